"""Drafts checked as written: sentence finding with positions, and the
verdict per sentence on the case drafts in tests/cases/drafts/."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.language.lexicon import load_lexicon
from checker.pipeline import RunOptions, check_draft
from checker.stages.draft import checkable_claims, claims_yaml, draft_sentences

ROOT = Path(__file__).resolve().parents[2]
DRAFTS = sorted((ROOT / "tests" / "cases" / "drafts").glob("*.md"))


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.stem)
def test_case_draft_verdicts(draft, monkeypatch):
    monkeypatch.chdir(ROOT)
    expected = yaml.safe_load(draft.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    report, skipped = check_draft(draft, ["seeds"])
    got = {r.claim.id: r.verdict for r in report.results}
    assert got == expected["claims"]
    assert skipped == expected["skipped"]


def test_columns_point_into_the_file_as_written():
    text = "Intro line.\n\n- See [the filing](https://x.y/z) for **92亿元** of losses at MiniMax.\n"
    sentences = draft_sentences(text)
    assert [s.line for s in sentences] == [1, 3]
    target = sentences[1]
    line = text.split("\n")[target.line - 1]
    assert line[target.column - 1:].startswith("See")
    assert "https" not in target.text and "**" not in target.text
    assert "the filing" in target.text


def test_wrapped_paragraph_is_one_text_and_decimals_do_not_split():
    text = "MiniMax lost 9.2 billion\nyuan in total. Zhipu's U.S. rivals\nare larger.\n"
    sentences = draft_sentences(text)
    assert [s.text for s in sentences] == [
        "MiniMax lost 9.2 billion yuan in total.", "Zhipu's U.S. rivals are larger."]
    assert (sentences[1].line, sentences[1].column) == (2, 16)


def test_code_comments_headings_and_front_matter_are_not_checked():
    text = ("---\ntitle: 73.1%\n---\n# Revenue was 3亿元\n```\nrevenue 73.1%\n```\n"
            "<!-- 73.6% -->\nPlain words only here.\n")
    assert [s.text for s in draft_sentences(text)] == ["Plain words only here."]


def test_checkable_claims_and_emitted_claims_file():
    lexicon = load_lexicon()
    claims, skipped = checkable_claims("智谱2024年营收3亿元。天气很好。Kimi has 9 million MAU.",
                                       lexicon)
    assert [c.text for c in claims] == ["智谱2024年营收3亿元。", "Kimi has 9 million MAU."]
    assert skipped == 1
    emitted = yaml.safe_load(claims_yaml(claims, ["../seeds"], "draft.md"))
    assert emitted["sources"] == ["../seeds"]
    assert [c["text"] for c in emitted["claims"]] == [c.text for c in claims]
    assert len({c["id"] for c in emitted["claims"]}) == len(claims)


# -- Markdown read by a CommonMark parser (markdown-it-py) ----------------------

def place(text: str, sentence) -> str:
    """The draft's text from the sentence's LINE:COLUMN on (to check positions)."""
    return text.split("\n")[sentence.line - 1][sentence.column - 1:]


HOSTILE_DRAFT = """\
+++
title = "Revenue 73.1%"
+++
Revenue rose to 3亿元
=====================

Kimi has 9 million users, says the [report][1]. Zhipu lost 2 billion yuan.

| company | revenue |
| ------- | ------- |
| Zhipu   | 3亿元    |

Sub-title with 500 employees
----------------------------

<!-- checker: ignore -->
MiniMax employs 400 people. MiniMax employs 385 people.

<!-- checker: off -->
DeepSeek has 160 employees.

- Stepfun raised 1 billion.
<!-- checker: on -->

> Moonshot is valued at 4 billion dollars, <span>per</span> `code 99%` sources.
Zhipu listed on 2026-01-08. <!-- checker: ignore --> Zhipu listed on 2026-01-09.

<!-- checker: skip -->
A skipped paragraph with 12 figures.

Back to 7 checked figures &amp; more.

[1]: https://example.org/report-2025 "Report 2025"
"""


def test_a_hostile_draft_is_checked_exactly_where_it_should_be():
    sentences = draft_sentences(HOSTILE_DRAFT)
    assert [s.text for s in sentences] == [
        "Kimi has 9 million users, says the report.",
        "Zhipu lost 2 billion yuan.",
        "MiniMax employs 385 people.",
        "Moonshot is valued at 4 billion dollars, per sources.",
        "Zhipu listed on 2026-01-08.",
        "Back to 7 checked figures more.",
    ]
    assert [(s.line, s.column) for s in sentences] == [
        (7, 1), (7, 49), (17, 29), (25, 3), (26, 1), (31, 1)]
    for sentence in sentences:  # every position points at the sentence's first word
        assert place(HOSTILE_DRAFT, sentence).startswith(sentence.text.split()[0])


def test_setext_headings_tables_and_reference_definitions_are_never_checked():
    texts = " ".join(s.text for s in draft_sentences(HOSTILE_DRAFT))
    for never in ("3亿元", "Sub-title", "| Zhipu", "company", "example.org", "Report 2025",
                  "[1]", "73.1%", "code 99%", "<span>"):
        assert never not in texts, never


def test_reference_and_inline_links_keep_their_text_only():
    text = ("See [the filing][f] and [the *annual* report](https://x.y/a(b) \"T\"), "
            "<https://auto.link/9> and ![chart 12%](c.png) for 92亿元.\n\n[f]: https://f.g/9\n")
    (sentence,) = draft_sentences(text)
    assert sentence.text == "See the filing and the annual report, and for 92亿元."
    assert (sentence.line, sentence.column) == (1, 1)


def test_an_unknown_reference_stays_text_as_commonmark_says():
    (sentence,) = draft_sentences("Zhipu raised 3亿元 [citation needed][9].\n")
    assert sentence.text == "Zhipu raised 3亿元 [citation needed][9]."


def test_markers_inside_a_paragraph_and_case_insensitive():
    text = ("One is 1. <!-- Checker: OFF --> Two is 2. Three is 3. <!--checker:on--> Four is 4. "
            "<!-- checker: skip-next --> Five is 5. Six is 6.\n")
    assert [s.text for s in draft_sentences(text)] == ["One is 1.", "Four is 4.", "Six is 6."]


def test_crlf_and_list_and_quote_positions():
    text = "Intro.\r\n\r\n1. First item has 5 rows\r\n   wrapped here.\r\n\r\n> > Quoted 7 times.\r\n"
    sentences = draft_sentences(text)
    assert [(s.text, s.line, s.column) for s in sentences] == [
        ("Intro.", 1, 1), ("First item has 5 rows wrapped here.", 3, 4),
        ("Quoted 7 times.", 6, 5)]


@pytest.mark.parametrize("text", [
    "[" * 5000 + " Kimi has 9 million users.",
    "[a](" * 2000 + " Kimi has 9 million users.",
    "*a " * 3000 + "Kimi has 9 million users.",
    ">" * 2000 + " Kimi has 9 million users.",
    "`" * 3000 + "a Kimi has 9 million users.",
    "&amp;" * 3000 + " Kimi has 9 million users.",
    "<!-- checker: on -->\n" * 500 + "Kimi\thas 9\tmillion users.\n",
    "\t- Kimi has\n\t  9 million users.\n",
], ids=["brackets", "open-links", "stars", "deep-quote", "backticks", "entities", "markers",
        "tabs"])
def test_hostile_markdown_is_read_without_error_and_positions_hold(text):
    sentences = draft_sentences(text)
    for sentence in sentences:
        assert place(text, sentence)[:1] == sentence.text[:1]
    assert sum("Kimi" in s.text for s in sentences) <= 1


def test_a_pronoun_takes_its_subject_from_the_sentences_before(tmp_path):
    from checker.language.lexicon import load_lexicon

    draft = tmp_path / "d.md"
    draft.write_text("MiniMax listed in Hong Kong in January 2026. "
                     "The company was founded in 2021.\n", encoding="utf-8")
    claims, _ = checkable_claims(draft.read_text(encoding="utf-8"), load_lexicon())
    second = next(c for c in claims if c.text.startswith("The company"))
    assert "MiniMax" in second.context
    report, _ = check_draft(draft, [ROOT / "seeds"], run=RunOptions(cache_dir=None))
    verdicts = {r.claim.text: r.verdict for r in report.results}
    # MiniMax was founded in 2021: only the previous sentence says whose founding it is.
    assert verdicts["The company was founded in 2021."] == "supported"
    alone, _ = check_draft(_write(tmp_path / "alone.md", "The company was founded in 2021.\n"),
                           [ROOT / "seeds"], run=RunOptions(cache_dir=None))
    assert alone.results[0].verdict != "supported"


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path
