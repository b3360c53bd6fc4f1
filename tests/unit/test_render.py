"""Renderers: every registered format renders a hand-built report."""
from __future__ import annotations

import json
import re
from dataclasses import replace

import jsonschema
import pytest

from checker.errors import ConfigError
from checker.gate import Gate
from checker.model import Claim, ClaimResult, Comparison, Evidence, Passage, Report, Stance
from checker.render import (
    BINARY_FORMATS,
    FORMATS,
    HUMAN_FORMATS,
    QUOTE_FORMATS,
    RenderOptions,
    get_renderer,
    render,
    render_quotes,
)
from checker.render.common import MAX_EXCERPT_WIDTH
from checker.render.common import shorten as _shorten
from checker.render.text import summary_line
from checker.schemas import load_schema

PLAIN = RenderOptions()
COLOUR = RenderOptions(color=True)
QUIET = RenderOptions(quiet=True)
PUBLISHING = {"publisher": "Example Fact Checks", "review_url": "https://example.org/checks"}
FAILURES_ONLY = {"sarif", "github", "gitlab"}
"""Formats that list only the claims failing the gate (findings, annotations)."""

def evidence(line: int, start: int, stance: str = "supports", excerpt: str = "摘录。",
             **kwargs) -> Evidence:
    return Evidence(source="seeds/002_61a020b1efeb3fe6.txt", line=line, start=start,
                    end=start + len(excerpt), stance=stance, score=0.91, excerpt=excerpt,
                    **kwargs)


def make_report() -> Report:
    compared = Comparison(claim_value="23 languages", source_value="32种语言",
                          claim_normalised="count 23 language",
                          source_normalised="count 32 language", tolerance="exact")
    results = (
        ClaimResult(
            claim=Claim("minimax-overseas", "MiniMax overseas revenue 73.1%", line=3,
                        extra=(("note", "from the issue"),)),
            verdict="supported", confidence=0.93,
            reason="73.1% of total revenue from overseas (境外收入)",
            evidence=(evidence(44, 10, excerpt="MiniMax的境外收入,占到了總收入的73.1%。"),),
        ),
        ClaimResult(
            claim=Claim("speech02", "Speech-02 supports 23 languages", line=5),
            verdict="contradicted", confidence=0.8,
            reason="the source says 32 languages",
            evidence=(evidence(12, 40, stance="contradicts",
                               excerpt="仅语音端的Speech-02就支持32种语言。",
                               comparisons=(compared,)),),
        ),
        ClaimResult(claim=Claim("c3", "DeepSeek has 500 employees"), verdict="not_found",
                    confidence=0.6, reason="no passage states a headcount for DeepSeek"),
        ClaimResult(
            claim=Claim("c4", "Zhipu was valued at 24.38 billion yuan"),
            verdict="conflicting", confidence=0.5, reason="sources disagree",
            evidence=tuple(evidence(79 + i, i, stance="supports" if i % 2 else "contradicts")
                           for i in range(5)),
        ),
    )
    return Report(results=results, claims_file="claims/x.yaml", sources=("seeds",))


def make_stances() -> list[Stance]:
    passage = Passage(source="seeds/004_184f11d0b628b473.txt", index=3, paragraph=2,
                      text="minimax已累计亏损92亿元人民币", origin=tuple(range(19)),
                      excerpt="MiniMax已累計虧損92億元人民幣", line=5, start=7, end=25)
    return [Stance(passage=passage, stance="supports", score=0.876,
                   reason="accumulated loss 9.2e9 CNY")]


# -- every format --------------------------------------------------------------

@pytest.mark.parametrize("fmt", sorted(set(FORMATS) - BINARY_FORMATS))
@pytest.mark.parametrize("options", [PLAIN, COLOUR, QUIET], ids=["plain", "colour", "quiet"])
def test_every_registered_format_renders(fmt, options):
    options = replace(options, **PUBLISHING)
    report = make_report()
    out = render(report, fmt, options)
    assert out.endswith("\n")
    assert out == render(make_report(), fmt, options)  # deterministic
    assert ("\x1b[" in out) == (fmt in HUMAN_FORMATS and options.color)
    # Every format names every claim that fails the gate, with its text.
    for failing in ("speech02", "c3", "c4"):
        assert failing in out, (fmt, failing)
    # (The HTML page marks the claimed value inside the text: read it without tags.)
    shown = re.sub(r"<[^>]+>", "", out) if fmt == "html" else out
    assert "Speech-02 supports 23 languages" in shown
    lists_all = fmt not in FAILURES_ONLY and not (options.quiet and fmt in ("text", "markdown"))
    assert ("minimax-overseas" in out) == lists_all
    assert ("MiniMax的境外收入" in out) == lists_all


@pytest.mark.parametrize("fmt", sorted(BINARY_FORMATS))
def test_every_binary_format_renders_the_same_bytes(fmt):
    # Contents are checked per format (tests/unit/test_sheets.py for xlsx).
    out = render(make_report(), fmt, replace(COLOUR, **PUBLISHING))
    assert isinstance(out, bytes) and out
    assert out == render(make_report(), fmt, replace(COLOUR, **PUBLISHING))


@pytest.mark.parametrize("fmt", sorted(QUOTE_FORMATS))
def test_every_registered_quote_format_renders(fmt):
    out = render_quotes("MiniMax lost 9.2 billion yuan", make_stances(), fmt, PLAIN)
    assert "seeds/004_184f11d0b628b473.txt" in out
    assert "MiniMax已累計虧損92億元人民幣" in out
    assert out.endswith("\n")


def test_unknown_format_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown format 'xml'"):
        get_renderer("xml")


# -- text ----------------------------------------------------------------------

def test_text_shows_file_line_column_stance_and_summary():
    out = render(make_report(), "text", PLAIN)
    assert ("  seeds/002_61a020b1efeb3fe6.txt:44:11  [supports]  "
            "MiniMax的境外收入,占到了總收入的73.1%。") in out.splitlines()
    assert "SUPPORTED     minimax-overseas: MiniMax overseas revenue 73.1%  (0.93)" in out
    assert "  the source says 32 languages" in out.splitlines()
    assert out.splitlines()[-1] == \
        "4 claims: 1 supported, 1 contradicted, 1 not found, 1 conflicting"


def test_text_shows_at_most_three_evidence_lines():
    out = render(make_report(), "text", PLAIN)
    conflicting = out.split("CONFLICTING")[1]
    assert conflicting.count("seeds/002_61a020b1efeb3fe6.txt:") == 3
    assert "(+2 more passages in the JSON report)" in conflicting


def test_quiet_text_is_each_failing_claim_with_its_reason_and_the_summary():
    out = render(make_report(), "text", QUIET)
    assert out.splitlines() == [
        "CONTRADICTED  speech02: Speech-02 supports 23 languages  (0.80)",
        "  the source says 32 languages",
        "NOT FOUND     c3: DeepSeek has 500 employees  (0.60)",
        "  no passage states a headcount for DeepSeek",
        "CONFLICTING   c4: Zhipu was valued at 24.38 billion yuan  (0.50)",
        "  sources disagree",
        "",
        "4 claims: 1 supported, 1 contradicted, 1 not found, 1 conflicting",
    ]


def test_quiet_text_with_nothing_failing_is_the_summary_alone():
    gate = Gate(fail_on=frozenset())
    assert render(make_report(), "text", replace(QUIET, gate=gate)) == \
        "4 claims: 1 supported, 1 contradicted, 1 not found, 1 conflicting\n"


def test_colour_codes_only_when_asked():
    assert "\x1b[" not in render(make_report(), "text", PLAIN)
    coloured = render(make_report(), "text", COLOUR)
    assert "\x1b[1;32mSUPPORTED" in coloured
    assert "\x1b[31m[contradicts]\x1b[0m" in coloured


def test_summary_line_singular_and_empty():
    one = Report(results=make_report().results[:1])
    assert summary_line(one) == "1 claim: 1 supported, 0 contradicted, 0 not found, 0 conflicting"
    assert render(Report(results=()), "text", PLAIN) == \
        "0 claims: 0 supported, 0 contradicted, 0 not found, 0 conflicting\n"


def test_long_excerpt_is_shortened_to_the_width():
    long = "智谱" * 200
    report = Report(results=(ClaimResult(Claim("c1", "x"), "supported", 1.0, "r",
                                         (evidence(1, 0, excerpt=long),)),))
    line = next(li for li in render(report, "text", PLAIN).splitlines() if "[supports]" in li)
    excerpt = line.split("  [supports]  ")[1]
    assert excerpt.endswith("…") and excerpt.startswith("智谱")
    assert len(excerpt) <= MAX_EXCERPT_WIDTH // 2 + 1  # CJK characters take two cells


def test_long_excerpt_keeps_the_compared_value_in_view():
    long = "前文" * 100 + "支持32种语言" + "后文" * 100
    compared = Comparison("23 languages", "32种语言", "23", "32", "exact")
    report = Report(results=(ClaimResult(
        Claim("c1", "x"), "contradicted", 1.0, "r",
        (evidence(1, 0, "contradicts", excerpt=long, comparisons=(compared,)),)),))
    out = render(report, "text", PLAIN)
    excerpt = next(li for li in out.splitlines() if "[contradicts]" in li).split("]  ")[1]
    assert "32种语言" in excerpt
    assert excerpt.startswith("…") and excerpt.endswith("…")


@pytest.mark.parametrize(("focus", "head", "tail"), [
    (5, False, True),       # near the start: cut only at the end
    (200, True, True),      # in the middle: both ends
    (395, True, False),     # near the end: cut only at the start
])
def test_shortening_around_a_focus_fits_the_width(focus, head, tail):
    text = "".join(chr(ord("a") + i % 26) for i in range(400))
    short = _shorten(text, focus, 60)
    assert len(short) == 60
    assert short.startswith("…") == head and short.endswith("…") == tail
    assert text[focus:focus + 5] in short


def test_control_characters_from_sources_are_escaped():
    report = Report(results=(ClaimResult(
        Claim("c1", "x"), "supported", 1.0, "reason\x1b[2J",
        (evidence(1, 0, excerpt="evil\x1b]0;title\x07 and\nnewline\u202e"),)),))
    out = render(report, "text", COLOUR)
    assert "\x1b[2J" not in out and "\x1b]" not in out and "\x07" not in out
    assert "\u202e" not in out
    assert "evil\\u001b]0;title\\u0007 and newline\\u202e" in out
    assert "reason\\u001b[2J" in out


# -- json ----------------------------------------------------------------------

def test_json_is_to_dict_and_validates_against_the_report_schema():
    report = make_report()
    out = render(report, "json", COLOUR)
    assert "\x1b" not in out
    data = json.loads(out)
    assert data == report.to_dict()
    jsonschema.Draft202012Validator(load_schema("report")).validate(data)
    assert data["claims"][1]["evidence"][0]["compared"][0]["source_value"] == "32种语言"
    assert "MiniMax的境外收入" in out  # written as UTF-8, not \u escapes
    assert out.startswith('{\n  "schema_version": "1",\n  "summary": {')


def test_report_schema_rejects_what_the_contract_forbids():
    validator = jsonschema.Draft202012Validator(load_schema("report"))
    data = make_report().to_dict()
    data["claims"][0]["verdict"] = "maybe"
    data["claims"][1]["evidence"][0]["line"] = 0
    data["claims"][2]["confidence"] = 1.5
    paths = sorted(tuple(e.absolute_path) for e in validator.iter_errors(data))
    assert paths == [("claims", 0, "verdict"), ("claims", 1, "evidence", 0, "line"),
                     ("claims", 2, "confidence")]


def test_quote_json_shape():
    data = json.loads(render_quotes("MiniMax lost 9.2 billion yuan", make_stances(), "json",
                                    PLAIN))
    assert data == {
        "schema_version": "1",
        "text": "MiniMax lost 9.2 billion yuan",
        "passages": [{
            "source": "seeds/004_184f11d0b628b473.txt", "line": 5, "start": 7, "end": 25,
            "stance": "supports", "score": 0.876, "reason": "accumulated loss 9.2e9 CNY",
            "excerpt": "MiniMax已累計虧損92億元人民幣",
            "citations": {
                "plain": "“MiniMax已累計虧損92億元人民幣” "
                         "(seeds/004_184f11d0b628b473.txt, line 5, col 8)",
                "markdown": "> MiniMax已累計虧損92億元人民幣\n>\n> — "
                            "[004\\_184f11d0b628b473.txt:5](seeds/004_184f11d0b628b473.txt#L5)",
                "footnote": "“MiniMax已累計虧損92億元人民幣”[^1]\n\n"
                            "[^1]: seeds/004\\_184f11d0b628b473.txt, line 5, col 8.",
            },
        }],
    }


def test_quote_text_lines():
    out = render_quotes("MiniMax lost 9.2 billion yuan", make_stances(), "text", PLAIN)
    assert out.splitlines() == [
        "seeds/004_184f11d0b628b473.txt:5:8  [supports]  0.88  MiniMax已累計虧損92億元人民幣",
        "  accumulated loss 9.2e9 CNY",
        '1 passage for "MiniMax lost 9.2 billion yuan": 1 supporting, 0 contradicting',
    ]
