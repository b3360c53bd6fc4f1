"""Every report format on a real run of the bundled claims (claims/ipo-race.yaml on seeds/).

The pipeline runs once per session (``example_report``); each format is then
checked against what its consumers need: SARIF against the official 2.1.0
schema, JUnit counts against the summary, GitHub workflow-command syntax and
escaping line by line, GitLab fingerprints, golden bytes for text, Markdown
and GitHub output, and the HTML page in headless Chromium when it is
installed. Through the CLI: every format as ``--report`` at once, twice, for
byte-identical files.
"""
from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from checker.cli.main import verify_main
from checker.gate import Gate
from checker.model import Claim, ClaimResult, Comparison, Evidence, Report
from checker.render import BINARY_FORMATS, FORMATS, RenderOptions, render
from checker.schemas import load_schema

ROOT = Path(__file__).resolve().parents[2]
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
CLAIMS = "claims/ipo-race.yaml"
CHROMIUM = Path("/usr/bin/chromium")
PUBLISHING = RenderOptions(publisher="Example Fact Checks",
                           review_url="https://example.org/fact-checks")


def _load_regenerate():
    spec = importlib.util.spec_from_file_location("golden_regenerate",
                                                  ROOT / "tests" / "golden" / "regenerate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


regenerate = _load_regenerate()


@pytest.fixture(scope="session")
def example_report() -> Report:
    """The real report of claims/ipo-race.yaml, run from the repository root, once."""
    return regenerate.run_example()


@pytest.fixture
def at_root(monkeypatch):
    """Run from the repository root with no colour, CI or configuration variables."""
    monkeypatch.chdir(ROOT)
    for name in list(os.environ):
        if name.startswith(("CHECKER_", "GITHUB_")) or name == "NO_COLOR":
            monkeypatch.delenv(name)
    return ROOT


def claims_file_lines() -> list[str]:
    return (ROOT / CLAIMS).read_text(encoding="utf-8").splitlines()


def failing_ids(report: Report) -> list[str]:
    return [r.claim.id for r in Gate().failed(report)]


# -- the example is a useful test ----------------------------------------------

def test_the_example_has_passing_and_failing_claims_with_lines(example_report):
    verdicts = {r.verdict for r in example_report.results}
    assert "supported" in verdicts and len(verdicts) >= 3
    assert failing_ids(example_report)
    lines = claims_file_lines()
    for result in example_report.results:
        # Claim.line is the line of the claim in the claims file.
        assert result.claim.text[:20] in lines[result.claim.line - 1] \
            or f"id: {result.claim.id}" in lines[result.claim.line - 1]


# -- every format ----------------------------------------------------------------

@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_renders_the_real_report(example_report, fmt):
    out = render(example_report, fmt, PUBLISHING)
    if fmt in BINARY_FORMATS:  # bytes; contents checked in tests/unit/test_sheets.py
        assert isinstance(out, bytes) and out == render(example_report, fmt, PUBLISHING)
        return
    assert out.endswith("\n") and "\x1b" not in out
    for claim_id in failing_ids(example_report):
        assert claim_id in out
    assert out == render(example_report, fmt, PUBLISHING)


def test_every_format_through_the_cli_is_byte_identical_across_runs(at_root, tmp_path, capsys):
    runs = []
    for name in ("first", "second"):
        folder = tmp_path / name
        folder.mkdir()
        args = [CLAIMS, "--format", "json", "--publisher", "Example Fact Checks",
                "--review-url", "https://example.org/fact-checks"]
        for fmt in sorted(FORMATS):
            args += ["--report", f"{fmt}={folder / fmt}"]
        assert verify_main(args) == 1
        captured = capsys.readouterr()
        runs.append((captured.out, {fmt: (folder / fmt).read_bytes() for fmt in FORMATS}))
        assert sorted(os.listdir(folder)) == sorted(FORMATS)  # no temporary files left
    assert runs[0] == runs[1]
    stdout, files = runs[0]
    assert files["json"].decode("utf-8") == stdout
    assert files["text"] == (ROOT / "tests" / "golden" / "ipo-race.txt").read_bytes()


# -- golden files --------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(regenerate.GOLDEN_FILES.values()))
def test_golden_file_is_current(example_report, name):
    expected = regenerate.golden_outputs(example_report)[name]
    golden = ROOT / "tests" / "golden" / name
    assert golden.read_bytes() == expected, \
        f"tests/golden/{name} is stale: run python tests/golden/regenerate.py and review the diff"


def test_cli_writes_what_the_golden_files_hold(at_root, capsys):
    # The golden files are rendered from a Report; the CLI must print those bytes.
    assert verify_main([CLAIMS, "--format", "markdown"]) == 1
    out = capsys.readouterr().out
    assert out.encode("utf-8") == (ROOT / "tests" / "golden" / "ipo-race.md").read_bytes()


# -- JSON and JSON Lines ---------------------------------------------------------

def test_json_and_jsonl_hold_the_same_claims(example_report):
    data = json.loads(render(example_report, "json", RenderOptions()))
    jsonschema.Draft202012Validator(load_schema("report")).validate(data)
    lines = render(example_report, "jsonl", RenderOptions()).splitlines()
    assert [json.loads(line) for line in lines] == data["claims"]


# -- JUnit -----------------------------------------------------------------------

@pytest.mark.parametrize("fail_on", [None, frozenset({"contradicted", "conflicting"}),
                                     frozenset()])
def test_junit_counts_match_the_summary(example_report, fail_on):
    gate = Gate() if fail_on is None else Gate(fail_on=fail_on)
    root = ET.fromstring(render(example_report, "junit", RenderOptions(gate=gate)).encode())
    summary = example_report.summary()
    failing = sum(summary[v] for v in gate.fail_on)
    skipped = 0 if "not_found" in gate.fail_on else summary["not_found"]
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    for element in (root, suite):
        assert element.get("tests") == str(len(example_report.results)) == str(len(cases))
        assert element.get("failures") == str(failing)
        assert element.get("skipped") == str(skipped)
        assert element.get("errors") == "0"
    assert sum(1 for c in cases if c.find("failure") is not None) == failing
    assert sum(1 for c in cases if c.find("skipped") is not None) == skipped
    names = [c.get("name") for c in cases]
    assert names == [r.claim.id for r in example_report.results]
    assert len(set(names)) == len(names)
    for case, result in zip(cases, example_report.results):
        assert case.get("line") == str(result.claim.line)
        assert case.get("file") == CLAIMS
        failure = case.find("failure")
        if failure is not None:
            assert failure.get("type") == result.verdict
            assert result.reason in failure.text
            if result.evidence:
                assert result.evidence[0].excerpt in failure.text


# -- SARIF -----------------------------------------------------------------------

@pytest.fixture(scope="session")
def sarif_validator():
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the SARIF 2.1.0 schema is not at {SARIF_SCHEMA}")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def test_sarif_validates_and_points_at_claims_and_passages(example_report, sarif_validator):
    log = json.loads(render(example_report, "sarif", RenderOptions()))
    sarif_validator.validate(log)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert rules == ["supported", "contradicted", "not_found", "conflicting"]
    failing = Gate().failed(example_report)
    assert [r["properties"]["claimId"] for r in run["results"]] == [f.claim.id for f in failing]
    for sarif_result, result in zip(run["results"], failing):
        assert rules[sarif_result["ruleIndex"]] == sarif_result["ruleId"] == result.verdict
        location = sarif_result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == CLAIMS
        assert location["region"]["startLine"] == result.claim.line
        related = sarif_result.get("relatedLocations", [])
        assert len(related) == len(result.evidence)
        for item in related:
            physical = item["physicalLocation"]
            region = physical["region"]
            path = ROOT / unquote(physical["artifactLocation"]["uri"])
            line = path.read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
            # Columns are 1-based code points, end exclusive: they cut out the excerpt.
            assert line[region["startColumn"] - 1:region["endColumn"] - 1] == \
                region["snippet"]["text"]


def test_sarif_with_a_baseline_marks_known_findings_suppressed(example_report, sarif_validator):
    from checker.gate import BaselineStatus

    known = failing_ids(example_report)[0]
    gate = Gate(baseline=BaselineStatus(file="baseline.json", suppressed=(known,)))
    log = json.loads(render(example_report, "sarif", RenderOptions(gate=gate)))
    sarif_validator.validate(log)
    results = {r["properties"]["claimId"]: r for r in log["runs"][0]["results"]}
    assert results[known]["suppressions"][0]["kind"] == "external"
    assert results[known]["baselineState"] == "unchanged"
    assert all(r["baselineState"] == "new" for i, r in results.items() if i != known)


def test_sarif_hand_built_hostile_report_validates(sarif_validator):
    evidence = Evidence(source="seeds/a b%.txt", line=2, start=0, end=0, stance="contradicts",
                        score=1.0, excerpt="")
    report = Report(results=(
        ClaimResult(Claim("x", "a\nb", line=0), "contradicted", 0.5, "", (evidence,)),
        ClaimResult(Claim("y", "c", line=3), "supported", 0.2, "weak"),
    ), claims_file="/abs/claims file.yaml")
    log = json.loads(render(report, "sarif", RenderOptions(gate=Gate(min_confidence=0.5))))
    sarif_validator.validate(log)
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["contradicted", "supported"]
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "file:///abs/claims%20file.yaml"
    related = results[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]
    assert related["uri"] == "seeds/a%20b%25.txt"


# -- GitHub ----------------------------------------------------------------------

# ::error file=claims/x.yaml,line=3,title=Claim c1 failed%3A contradicted::message
_PROPERTY = r"[a-zA-Z]+=(?:[^%,:\r\n]|%25|%0D|%0A|%3A|%2C)*"
_GITHUB_LINE = re.compile(
    r"^::(?P<level>error|warning|notice)"
    rf"(?: (?P<props>{_PROPERTY}(?:,{_PROPERTY})*))?"
    r"::(?P<message>(?:[^%\r\n]|%25|%0D|%0A)*)$")


def _unescape(text: str) -> str:
    for escaped, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","),
                          ("%25", "%")):
        text = text.replace(escaped, char)
    return text


def test_github_lines_are_workflow_commands(example_report):
    out = render(example_report, "github", RenderOptions())
    lines = out.splitlines()
    failing = Gate().failed(example_report)
    errors = []
    for line in lines:
        match = _GITHUB_LINE.match(line)
        assert match, line
        props = dict(prop.split("=", 1) for prop in (match["props"] or "").split(",") if prop)
        if match["level"] == "error":
            errors.append((props, _unescape(match["message"])))
    assert len(errors) == len(failing)
    for (props, message), result in zip(errors, failing):
        assert props["file"] == CLAIMS
        assert props["line"] == str(result.claim.line)
        assert result.claim.id in _unescape(props["title"])
        assert message.splitlines()[0].endswith(result.reason)
        assert f"claim: {result.claim.text}" in message.splitlines()
    assert lines[-1].startswith("::notice title=claim checker::")


def test_github_escapes_data_and_properties():
    claim = Claim("id,with:colon", "50% up\r\nnext line", line=7)
    report = Report(results=(ClaimResult(claim, "contradicted", 0.5, "a%b, c: d"),),
                    claims_file="dir/claims,1.yaml")
    line = render(report, "github", RenderOptions()).splitlines()[0]
    assert line == ("::error file=dir/claims%2C1.yaml,line=7,"
                    "title=Claim id%2Cwith%3Acolon failed%3A contradicted"
                    "::contradicted: a%25b, c: d%0Aclaim: 50%25 up  next line")
    assert _GITHUB_LINE.match(line)


def test_github_cli_appends_the_markdown_report_to_the_step_summary(at_root, tmp_path,
                                                                   monkeypatch, capsys):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert verify_main([CLAIMS, "--format", "auto"]) == 1
    out = capsys.readouterr().out
    assert all(_GITHUB_LINE.match(line) for line in out.splitlines())
    markdown = (ROOT / "tests" / "golden" / "ipo-race.md").read_text(encoding="utf-8")
    assert summary.read_text(encoding="utf-8") == "earlier step\n" + markdown + "\n"


# -- GitLab ----------------------------------------------------------------------

def test_gitlab_code_quality_issues(example_report):
    issues = json.loads(render(example_report, "gitlab", RenderOptions()))
    failing = Gate().failed(example_report)
    assert len(issues) == len(failing)
    fingerprints = [issue["fingerprint"] for issue in issues]
    assert len(set(fingerprints)) == len(fingerprints)
    for issue, result in zip(issues, failing):
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"] == {"path": CLAIMS, "lines": {"begin": result.claim.line}}
        assert result.claim.id in issue["description"]


def test_gitlab_fingerprints_do_not_depend_on_lines(example_report):
    moved = replace(example_report, results=tuple(
        replace(r, claim=replace(r.claim, line=r.claim.line + 10))
        for r in example_report.results))
    before = [i["fingerprint"] for i in json.loads(render(example_report, "gitlab",
                                                          RenderOptions()))]
    after = [i["fingerprint"] for i in json.loads(render(moved, "gitlab", RenderOptions()))]
    assert before == after


# -- ClaimReview -----------------------------------------------------------------

def test_claimreview_per_claim(example_report):
    reviews = json.loads(render(example_report, "claimreview", PUBLISHING))
    assert len(reviews) == len(example_report.results)
    for review, result in zip(reviews, example_report.results):
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == result.claim.text
        assert review["url"] == f"https://example.org/fact-checks#{result.claim.id}"
        assert review["author"] == {"@type": "Organization", "name": "Example Fact Checks"}
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["name"] == result.verdict
        assert result.verdict.split("_")[0] in rating["alternateName"].lower()
        assert "relative to the given" in rating["ratingExplanation"]


# -- HTML ------------------------------------------------------------------------

HOSTILE = "<script>document.body.setAttribute('data-pwned','1')</script>"


def hostile_report() -> Report:
    """A report whose source excerpt and claim carry markup that must stay text."""
    compared = Comparison("23", "32种", "23", "32", "exact")
    evidence = Evidence(source="seeds/evil.txt", line=3, start=4, end=60, stance="contradicts",
                        score=0.9, excerpt=f"支持32种语言 {HOSTILE}", comparisons=(compared,))
    return Report(results=(
        ClaimResult(Claim("evil-claim", 'Speech-02 <img src=x onerror="alert(1)"> 23种', line=2),
                    "contradicted", 0.8, "reason with <b>markup</b>", (evidence,)),
        ClaimResult(Claim("fine-claim", "plain", line=4), "supported", 0.9, "ok"),
    ), claims_file="claims/evil.yaml", sources=("seeds/evil.txt",))


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.script = ""
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script += data


def test_html_escapes_sources_and_claims_and_allows_only_its_own_script():
    page = render(hostile_report(), "html", RenderOptions())
    parser = _Elements()
    parser.feed(page)
    tags = [tag for tag, _ in parser.tags]
    assert tags.count("script") == 1 and "img" not in tags and "b" not in tags
    assert "&lt;script&gt;document.body" in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    assert '<mark class="contradicts">32种</mark>' in page
    csp = next(attrs["content"] for tag, attrs in parser.tags
               if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy")
    digest = base64.b64encode(hashlib.sha256(parser.script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert 'href="claims/evil.yaml#L2"' in page and 'href="seeds/evil.txt#L3"' in page


def test_html_links_are_relative_to_where_the_page_is_written():
    page = render(hostile_report(), "html", RenderOptions(link_root="../.."))
    assert 'href="../../seeds/evil.txt#L3"' in page


def test_html_of_the_real_report_shows_every_claim(example_report):
    page = render(example_report, "html", RenderOptions())
    for result in example_report.results:
        assert f'data-verdict="{result.verdict}"' in page
        assert ">" + result.claim.id + "<" in page
    assert page.count("<article ") == len(example_report.results)
    assert "<mark class=\"contradicts\">" in page and "<mark class=\"supports\">" in page


def _chromium_dom(page: Path, tmp_path: Path, fragment: str = "") -> str:
    profile = tmp_path / "profile"
    done = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", f"--user-data-dir={profile}", "--dump-dom",
         page.as_uri() + fragment],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.skipif(not CHROMIUM.exists(),
                    reason="headless check of the HTML report needs /usr/bin/chromium "
                           "(Debian package chromium); not installed here")
def test_html_in_headless_chromium(example_report, tmp_path):
    report = replace(example_report, results=example_report.results + hostile_report().results)
    page = tmp_path / "report.html"
    page.write_text(render(report, "html", RenderOptions()), encoding="utf-8")

    dom = _chromium_dom(page, tmp_path)
    # The page's own script ran under its Content-Security-Policy: the filter is shown.
    assert re.search(r'<form id="filter">', dom), "the filter script did not run"
    assert "data-pwned" not in re.search(r"<body[^>]*>", dom).group()
    assert dom.count("<script") == 1
    assert "&lt;script&gt;document.body.setAttribute" in dom
    for result in report.results:
        assert ">" + result.claim.id + "<" in dom
    articles = re.findall(r"<article [^>]*>", dom)
    assert len(articles) == len(report.results)
    assert not any(" hidden" in article for article in articles)
    assert "<mark class=\"contradicts\">" in dom
    assert f"{len(report.results)} of {len(report.results)} shown" in dom

    filtered = _chromium_dom(page, tmp_path, "#show=contradicted")
    shown = [a for a in re.findall(r"<article [^>]*>", filtered) if " hidden" not in a]
    expected = [r for r in report.results if r.verdict == "contradicted"]
    assert len(shown) == len(expected) and all("contradicted" in a for a in shown)
    assert f"{len(expected)} of {len(report.results)} shown" in filtered

