"""The report formats one by one on hand-built reports: the gate, escaping, edge cases.

Real runs of the bundled claims are in tests/integration/test_formats.py;
these build the awkward inputs (markup, control characters, duplicate ids,
baselines) that the example does not have.
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from checker.errors import ConfigError
from checker.gate import BASELINED, FAILED, PASSED, BaselineStatus, Gate, claim_key
from checker.model import Claim, ClaimResult, Comparison, Evidence, Report
from checker.render import RenderOptions, check_options, render
from checker.render.common import highlight_spans, split_highlights
from checker.schemas import load_schema


def result(claim_id: str, verdict: str, confidence: float = 0.9, text: str = "",
           reason: str = "because", excerpt: str = "摘录。", line: int = 3) -> ClaimResult:
    evidence = () if verdict == "not_found" else (Evidence(
        source="seeds/a.txt", line=5, start=2, end=2 + len(excerpt),
        stance="contradicts" if verdict == "contradicted" else "supports", score=0.8,
        excerpt=excerpt),)
    return ClaimResult(Claim(claim_id, text or f"claim {claim_id}", line=line), verdict,
                       confidence, reason, evidence)


def report_of(*results: ClaimResult) -> Report:
    return Report(results=results, claims_file="claims/x.yaml", sources=("seeds/a.txt",))


MIXED = report_of(result("ok", "supported"), result("low", "supported", confidence=0.4),
                  result("wrong", "contradicted"), result("missing", "not_found"),
                  result("split", "conflicting"))
KNOWN = BaselineStatus(file="baseline.json", suppressed=("wrong",),
                       stale=(("gone", "0" * 64),))


# -- the gate ----------------------------------------------------------------------

def test_gate_outcomes():
    gate = Gate(fail_on=frozenset({"contradicted", "not_found"}), min_confidence=0.5,
                baseline=KNOWN)
    outcomes = {r.claim.id: gate.outcome(r) for r in MIXED.results}
    assert outcomes == {"ok": PASSED, "low": FAILED, "wrong": BASELINED, "missing": FAILED,
                        "split": PASSED}
    assert [r.claim.id for r in gate.failed(MIXED)] == ["low", "missing"]
    low = MIXED.results[1]
    assert gate.why(low) == "supported with confidence 0.40, below the minimum 0.50"
    assert gate.why(MIXED.results[3]) == "not found"
    assert gate.why(MIXED.results[0]) == ""


def test_claim_key_ignores_line_and_white_space_but_not_words():
    base = claim_key(Claim("a", "MiniMax revenue 73.1%", line=3))
    assert claim_key(Claim("a", "MiniMax  revenue\n73.1%", line=9)) == base
    assert claim_key(Claim("a", "MiniMax revenue ７３.１%")) == base  # full-width digits
    assert claim_key(Claim("a", "MiniMax revenue 73.2%")) != base
    assert claim_key(Claim("b", "MiniMax revenue 73.1%")) != base


def test_highlights_are_every_occurrence_merged():
    compared = (Comparison("", "51亿", "", "", ""), Comparison("", "亿港元", "", "", ""))
    assert highlight_spans("募资51亿港元,再51亿", compared) == [(2, 7), (9, 12)]
    assert split_highlights("ab51亿", compared[:1]) == [("ab", False), ("51亿", True)]
    assert split_highlights("none", compared) == [("none", False)]


# -- text and JSON with a baseline -------------------------------------------------

def test_text_marks_baselined_and_low_confidence_claims():
    out = render(MIXED, "text", RenderOptions(gate=Gate(min_confidence=0.5, baseline=KNOWN)))
    headers = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert headers[1].endswith("(0.40)  [below minimum confidence]")
    assert headers[2].endswith("(0.90)  [baseline]")
    assert headers[0].endswith("(0.90)")


def test_json_baseline_object_validates_and_is_absent_without_a_baseline():
    plain = json.loads(render(MIXED, "json", RenderOptions()))
    assert "baseline" not in plain
    data = json.loads(render(MIXED, "json", RenderOptions(gate=Gate(baseline=KNOWN))))
    jsonschema.Draft202012Validator(load_schema("report")).validate(data)
    assert data["baseline"] == {"file": "baseline.json", "suppressed": ["wrong"],
                                "stale": [{"id": "gone", "text_sha256": "0" * 64}]}
    assert list(data) == ["schema_version", "summary", "claims", "baseline"]


# -- JSON Lines ----------------------------------------------------------------------

def test_jsonl_is_one_line_per_claim_even_with_unicode_line_breaks():
    report = report_of(result("a", "supported", text="first\u2028second\u0085third"),
                       result("b", "not_found", reason="x\ny"))
    out = render(report, "jsonl", RenderOptions())
    lines = out.splitlines()  # splits at U+2028 and U+0085 too
    assert len(lines) == 2
    assert json.loads(lines[0])["text"] == "first\u2028second\u0085third"
    assert [json.loads(line) for line in lines] == report.to_dict()["claims"]


# -- JUnit ---------------------------------------------------------------------------

def test_junit_with_control_characters_duplicate_ids_and_a_baseline():
    report = report_of(result("dup", "contradicted", excerpt="evil\x1b[2J\x00 text"),
                       result("dup", "supported"), result("wrong", "contradicted"),
                       result("missing", "not_found"))
    gate = Gate(fail_on=frozenset({"contradicted"}),
                baseline=BaselineStatus(file="b.json", suppressed=("wrong",)))
    out = render(report, "junit", RenderOptions(gate=gate))
    root = ET.fromstring(out.encode("utf-8"))  # parses: no characters XML cannot hold
    cases = root.find("testsuite").findall("testcase")
    assert [c.get("name") for c in cases] == ["dup", "dup (2)", "wrong", "missing"]
    assert (root.get("failures"), root.get("skipped")) == ("1", "2")
    assert "evil\\u001b[2J\\u0000 text" in cases[0].find("failure").text
    assert cases[2].find("skipped").get("message").startswith("known finding, in the baseline")
    assert cases[3].find("skipped") is not None
    assert cases[1].find("system-out").text.startswith("supported: because")
    assert cases[0].get("classname") == "claims.x"


# -- GitHub --------------------------------------------------------------------------

def test_github_levels_follow_the_gate():
    gate = Gate(fail_on=frozenset({"contradicted"}), baseline=BaselineStatus(
        file="b.json", suppressed=("wrong",)))
    report = report_of(result("ok", "supported"), result("wrong", "contradicted"),
                       result("bad", "contradicted"), result("missing", "not_found"))
    levels = [line.split(" ", 1)[0] for line in render(report, "github",
                                                       RenderOptions(gate=gate)).splitlines()]
    assert levels == ["::notice", "::error", "::warning", "::notice"]


def test_github_shows_control_characters_escaped():
    report = report_of(result("c", "contradicted", excerpt="\x1b[31mred\u202e"))
    out = render(report, "github", RenderOptions())
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\u001b[31mred\\u202e" in out


# -- GitLab --------------------------------------------------------------------------

def test_gitlab_fingerprints_are_unique_even_for_repeated_claims():
    report = report_of(result("dup", "contradicted"), result("dup", "contradicted"),
                       result("other", "not_found", line=0))
    issues = json.loads(render(report, "gitlab", RenderOptions()))
    assert len({i["fingerprint"] for i in issues}) == 3
    assert issues[2]["location"]["lines"]["begin"] == 1
    assert [i["severity"] for i in issues] == ["critical", "critical", "minor"]


def test_gitlab_lists_baselined_claims_as_info():
    gate = Gate(baseline=BaselineStatus(file="b.json", suppressed=("wrong",)))
    issues = json.loads(render(MIXED, "gitlab", RenderOptions(gate=gate)))
    by_id = {i["description"].split(":")[0].removeprefix("(known, in the baseline) "): i
             for i in issues}
    assert by_id["wrong"]["severity"] == "info"
    assert sorted(by_id) == ["missing", "split", "wrong"]


# -- Markdown ------------------------------------------------------------------------

def test_markdown_escapes_markup_and_keeps_rows_whole():
    report = report_of(result("x", "contradicted", text="a | b <script>alert(1)</script>",
                              reason="*bold* [link](javascript:x) $x$ `code`\nnext",
                              excerpt="说32种语言"))
    out = render(report, "markdown", RenderOptions())
    row = out.splitlines()[-1]
    assert row.startswith("| ❌ fail | contradicted | **x** a \\| b \\<script\\>alert(1)\\</script\\>")
    assert "\\*bold\\* \\[link\\](javascript:x) \\$x\\$ \\`code\\` next" in row
    assert row.count(" | ") == 5  # six cells: no pipe from the text splits a cell
    assert "<script>" not in out


def test_markdown_bolds_the_compared_value():
    compared = Comparison("23", "32种语言", "", "", "")
    evidence = Evidence("seeds/a.txt", 5, 0, 10, "contradicts", 0.9, "仅Speech-02就支持32种语言。",
                        (compared,))
    report = report_of(ClaimResult(Claim("c", "t", line=1), "contradicted", 0.8, "r",
                                   (evidence,)))
    assert "`seeds/a.txt:5:1` contradicts: 仅Speech-02就支持**32种语言**。" in \
        render(report, "markdown", RenderOptions())


# -- HTML ----------------------------------------------------------------------------

def test_html_escapes_bidi_controls_and_quotes_in_attributes():
    report = report_of(result('a"b', "supported", excerpt="x\u202ey"))
    page = render(report, "html", RenderOptions())
    assert "\u202e" not in page and "x\\u202ey" in page
    assert "a&quot;b" in page


# -- ClaimReview ---------------------------------------------------------------------

@pytest.mark.parametrize(("publisher", "url", "message"), [
    ("", "https://example.org", "needs the publisher's name"),
    ("Desk", "", "needs the URL"),
    ("Desk", "ftp://example.org/x", "is not an http(s) address"),
    ("Desk", "https://", "is not an http(s) address"),
])
def test_claimreview_needs_publisher_and_url(publisher, url, message):
    options = RenderOptions(publisher=publisher, review_url=url)
    with pytest.raises(ConfigError, match=re.escape(message)):
        check_options("claimreview", options)
    with pytest.raises(ConfigError, match=re.escape(message)):
        render(MIXED, "claimreview", options)
    check_options("json", options)  # other formats do not care


def test_claimreview_url_fragment_is_the_claim_id_escaped():
    report = report_of(result("a b/c", "contradicted"))
    options = RenderOptions(publisher="Desk", review_url="https://example.org/checks#old")
    review = json.loads(render(report, "claimreview", options))[0]
    assert review["url"] == "https://example.org/checks#a%20b%2Fc"
    assert review["reviewRating"]["alternateName"] == "Contradicted by the sources"
    assert review["citation"][0]["name"] == "seeds/a.txt:5:3"
