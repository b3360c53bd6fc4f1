"""The CLI's report options: formats, --report, colour, the gate and baselines.

The pipeline is a stand-in returning a fixed report (see test_cli.py), so
these tests pin the command line alone and run fast.
"""
from __future__ import annotations

import json
import os
import sys
import types
from pathlib import Path

import jsonschema
import pytest

import checker
from checker.cli import output as cli_output
from checker.cli.main import verify_main
from checker.model import Claim, ClaimResult, Evidence, Report
from checker.schemas import load_schema

CLAIMS = """\
claims:
  - id: good
    text: MiniMax overseas revenue 73.1%
  - id: weak
    text: Zhipu listed 2026-01-08
  - id: bad
    text: Speech-02 supports 23 languages
  - DeepSeek has 500 employees
"""
OLD = "an older report\n"


class FakePipeline:
    def __init__(self) -> None:
        self.verdicts = {"good": ("supported", 0.95), "weak": ("supported", 0.6),
                         "bad": ("contradicted", 0.9), "c4": ("not_found", 0.5)}
        self.runs = 0

    def verify_claims(self, claims, source_paths, lexicon_paths=(), claims_file="", **_options):
        self.runs += 1
        return Report(results=tuple(self._result(c) for c in claims), claims_file=claims_file,
                      sources=tuple(source_paths))

    def _result(self, claim: Claim) -> ClaimResult:
        verdict, confidence = self.verdicts.get(claim.id, ("not_found", 0.5))
        evidence = () if verdict == "not_found" else (Evidence(
            source="seeds/a.txt", line=1, start=0, end=19,
            stance="supports" if verdict == "supported" else "contradicts", score=0.9,
            excerpt="MiniMax的境外收入占73.1%。"),)
        return ClaimResult(claim, verdict, confidence, f"because {claim.id}", evidence)


def install_fake_pipeline(monkeypatch) -> FakePipeline:
    """Make ``from checker import pipeline`` give the stand-in."""
    pipeline = FakePipeline()
    module = types.ModuleType("checker.pipeline")
    module.RunOptions = types.SimpleNamespace  # how to run: the stand-in ignores it
    module.verify_claims = pipeline.verify_claims
    monkeypatch.setitem(sys.modules, "checker.pipeline", module)
    monkeypatch.setattr(checker, "pipeline", module, raising=False)
    return pipeline


def make_project(tmp_path: Path, monkeypatch) -> Path:
    """A repository folder (cwd) with seeds/, claims.yaml and out/, and a clean environment."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("CHECKER_", "GITHUB_")) or name in ("NO_COLOR", "TERM"):
            monkeypatch.delenv(name)
    (tmp_path / ".git").mkdir()  # the configuration search stops here
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("MiniMax的境外收入占73.1%。\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    (tmp_path / "out").mkdir()
    return tmp_path


@pytest.fixture
def fake(monkeypatch) -> FakePipeline:
    return install_fake_pipeline(monkeypatch)


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    return make_project(tmp_path, monkeypatch)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = verify_main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- formats and --report --------------------------------------------------------

def test_several_reports_in_one_run(project, fake, capsys):
    (project / "out" / "claims.xml").write_text(OLD, encoding="utf-8")
    code, out, err = run(capsys, "claims.yaml", "--format", "github",
                         "--report", "junit=out/claims.xml", "--report", "sarif=out/claims.sarif",
                         "--report", "html=out/claims.html")
    assert code == 1 and fake.runs == 1
    assert out.startswith("::error file=claims.yaml,line=6,")
    assert (project / "out" / "claims.xml").read_text(encoding="utf-8").startswith("<?xml")
    assert json.loads((project / "out" / "claims.sarif").read_text())["version"] == "2.1.0"
    page = (project / "out" / "claims.html").read_text(encoding="utf-8")
    assert 'href="../claims.yaml#L6"' in page  # links work from where the page is
    assert sorted(os.listdir(project / "out")) == ["claims.html", "claims.sarif", "claims.xml"]
    assert err.endswith("reports written to out/claims.xml, out/claims.sarif, "
                        "out/claims.html\n")


@pytest.mark.parametrize(("args", "message"), [
    (["--report", "junit"], "--report: 'junit' is not FORMAT=PATH"),
    (["--report", "xml=out/a.xml"], "--report: unknown format 'xml'"),
    (["--report", "junit=-"], "a report needs a file"),
    (["--report", "junit=out/a.xml", "--report", "sarif=out/a.xml"], "name the same file"),
    (["--report", "junit=claims.yaml/a.xml"], "claims.yaml is not a folder"),
    (["--report", "json=./claims.yaml"], "json=./claims.yaml and the claims file name the"),
    (["-o", "claims.yaml"], "--output claims.yaml and the claims file name the same file"),
    (["--report", "junit=out/a.xml", "--format", "claimreview"],
     "the claimreview format needs the publisher's name"),
    (["--report", "claimreview=out/b.json", "--publisher", "P"],
     "needs the URL the reviews are published at"),
    (["--report", "junit=out/a.xml", "--format", "claimreview", "--publisher", "P",
      "--review-url", "example.org"], "is not an http(s) address"),
    (["--report", "junit=out/a.xml", "--baseline", "missing.json"],
     "missing.json: baseline file not found"),
])
def test_bad_report_options_exit_2_before_any_work_and_write_nothing(project, fake, capsys,
                                                                     args, message):
    (project / "out" / "a.xml").write_text(OLD, encoding="utf-8")
    code, out, err = run(capsys, "claims.yaml", *args)
    assert (code, out) == (2, "")
    assert message in err and err.count("\n") == 1
    assert fake.runs == 0
    assert sorted(os.listdir(project / "out")) == ["a.xml"]
    assert (project / "out" / "a.xml").read_text(encoding="utf-8") == OLD


def test_a_report_that_cannot_be_written_leaves_every_report_untouched(project, fake, capsys,
                                                                       monkeypatch):
    for name in ("a.xml", "b.sarif"):
        (project / "out" / name).write_text(OLD, encoding="utf-8")
    real_mkstemp = cli_output.tempfile.mkstemp
    calls = []

    def full_disk(*args, **kwargs):
        calls.append(kwargs.get("prefix"))
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(cli_output.tempfile, "mkstemp", full_disk)
    code, out, err = run(capsys, "claims.yaml", "--report", "junit=out/a.xml",
                         "--report", "sarif=out/b.sarif")
    assert (code, out) == (2, "")
    assert err == "out/b.sarif: cannot write the report: No space left on device " \
                  "(check the path and free space)\n"
    assert sorted(os.listdir(project / "out")) == ["a.xml", "b.sarif"]
    for name in ("a.xml", "b.sarif"):
        assert (project / "out" / name).read_text(encoding="utf-8") == OLD


def test_claimreview_needs_and_uses_publisher_and_url(project, fake, capsys):
    code, out, _ = run(capsys, "claims.yaml", "--format", "claimreview", "--publisher", "Desk",
                       "--review-url", "https://example.org/checks")
    assert code == 1
    reviews = json.loads(out)
    assert [r["url"] for r in reviews][:2] == ["https://example.org/checks#good",
                                               "https://example.org/checks#weak"]
    assert reviews[0]["author"]["name"] == "Desk"


def test_auto_format_is_text_outside_github_actions(project, fake, capsys, monkeypatch):
    assert run(capsys, "claims.yaml", "--format", "auto")[1].startswith("SUPPORTED ")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run(capsys, "claims.yaml", "--format", "auto")[1].startswith("::error ")


def test_step_summary_only_for_the_github_format(project, fake, capsys, monkeypatch):
    summary = project / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run(capsys, "claims.yaml", "--format", "json")
    assert not summary.exists()
    run(capsys, "claims.yaml", "--format", "github", "-q")
    run(capsys, "claims.yaml", "--format", "github", "-q")
    text = summary.read_text(encoding="utf-8")
    assert text.count("## Claim check: 4 claims") == 2
    assert "| ❌ fail | contradicted | **bad**" in text


# -- colour ----------------------------------------------------------------------

@pytest.mark.parametrize(("args", "env", "coloured"), [
    ([], {}, False),                                 # captured: not a terminal
    (["--color", "always"], {}, True),
    (["--color", "always"], {"NO_COLOR": "1"}, True),  # an explicit option beats NO_COLOR
    (["--color", "always", "--no-color"], {}, False),
    (["--color", "never"], {}, False),
    ([], {"CHECKER_COLOR": "always"}, True),
    (["--color", "auto"], {"CHECKER_COLOR": "always"}, False),
])
def test_color_option(project, fake, capsys, monkeypatch, args, env, coloured):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = run(capsys, "claims.yaml", *args)[1]
    assert ("\x1b[" in out) == coloured


def test_machine_formats_are_never_coloured(project, fake, capsys):
    for fmt in ("json", "github", "markdown"):
        assert "\x1b[" not in run(capsys, "claims.yaml", "--format", fmt, "--color", "always")[1]


def test_color_on_a_terminal_unless_no_color(monkeypatch):
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    assert cli_output.wants_color(False, None, Tty(), mode="auto")
    assert not cli_output.wants_color(False, None, Tty(), mode="never")
    monkeypatch.setenv("NO_COLOR", "1")
    assert not cli_output.wants_color(False, None, Tty(), mode="auto")
    assert cli_output.wants_color(False, None, object(), mode="always")


# -- the gate --------------------------------------------------------------------

@pytest.mark.parametrize(("args", "code"), [
    ([], 1),
    (["--fail-on", ""], 0),
    (["--fail-on", "", "--min-confidence", "0.6"], 0),     # 0.6 is not below 0.6
    (["--fail-on", "", "--min-confidence", "0.61"], 1),
    (["--exit-zero"], 0),
    (["--exit-zero", "--min-confidence", "0.9"], 0),
])
def test_gate_options(project, fake, capsys, args, code):
    assert run(capsys, "claims.yaml", *args)[0] == code


def test_min_confidence_failure_is_shown(project, fake, capsys):
    code, out, _ = run(capsys, "claims.yaml", "--fail-on", "", "--min-confidence", "0.8", "-q")
    assert code == 1
    assert out.splitlines()[0] == \
        "SUPPORTED     weak: Zhipu listed 2026-01-08  (0.60)  [below minimum confidence]"


def test_min_confidence_out_of_range_is_a_usage_error(project, fake, capsys):
    code, _, err = run(capsys, "claims.yaml", "--min-confidence", "1.5")
    assert code == 2 and "--min-confidence" in err and fake.runs == 0


def test_exit_zero_still_exits_2_when_the_run_cannot_be_done(project, fake, capsys):
    (project / "bad.yaml").write_text("claims: [\n", encoding="utf-8")
    assert run(capsys, "bad.yaml", "--exit-zero")[0] == 2


def test_junit_skips_not_found_outside_fail_on(project, fake, capsys):
    out = run(capsys, "claims.yaml", "--format", "junit", "--fail-on", "contradicted")[1]
    assert '<testsuites name="claim-checker" tests="4" failures="1" errors="0" skipped="1">' in out


# -- baselines -------------------------------------------------------------------

def test_write_baseline_records_failing_claims_and_passes(project, fake, capsys):
    code, _, err = run(capsys, "claims.yaml", "--write-baseline", "baseline.json")
    assert code == 0
    data = json.loads((project / "baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["claims_file"] == "claims.yaml"
    assert [(e["id"], e["verdict"]) for e in data["entries"]] == [("bad", "contradicted"),
                                                                 ("c4", "not_found")]
    assert all(len(e["text_sha256"]) == 64 for e in data["entries"])
    assert "baseline.json" in err


def test_baseline_excuses_known_failures_but_still_reports_them(project, fake, capsys):
    run(capsys, "claims.yaml", "--write-baseline", "baseline.json")
    code, out, err = run(capsys, "claims.yaml", "--baseline", "baseline.json")
    assert (code, err) == (0, "")
    assert "CONTRADICTED  bad: Speech-02 supports 23 languages  (0.90)  [baseline]" in out
    code, out, _ = run(capsys, "claims.yaml", "--baseline", "baseline.json", "--format", "json")
    data = json.loads(out)
    jsonschema.Draft202012Validator(load_schema("report")).validate(data)
    assert data["baseline"] == {"file": "baseline.json", "suppressed": ["bad", "c4"],
                                "stale": []}
    assert data["summary"]["contradicted"] == 1  # still reported


def test_baseline_matches_by_id_and_text_not_line(project, fake, capsys):
    run(capsys, "claims.yaml", "--write-baseline", "baseline.json")
    moved = "claims:\n  - id: new\n    text: something new\n" + CLAIMS.split("\n", 1)[1]
    (project / "claims.yaml").write_text(moved, encoding="utf-8")
    fake.verdicts["new"] = ("supported", 0.99)
    # c4 is now c5 (ids by position): a new failure, and its old entry is stale.
    code, out, err = run(capsys, "claims.yaml", "--baseline", "baseline.json", "-q")
    assert code == 1
    assert out.splitlines()[0].startswith("NOT FOUND     c5: DeepSeek has 500 employees")
    assert "[baseline]" not in out
    assert err == ("baseline.json: 1 baseline entry no longer matches a failing claim: c4 "
                   "(fixed, edited or removed; update the file with --write-baseline)\n")


def test_edited_claim_text_is_a_new_failure(project, fake, capsys):
    run(capsys, "claims.yaml", "--write-baseline", "baseline.json")
    edited = CLAIMS.replace("supports 23 languages", "supports 24 languages")
    (project / "claims.yaml").write_text(edited, encoding="utf-8")
    code, out, err = run(capsys, "claims.yaml", "--baseline", "baseline.json", "--format",
                         "json")
    assert code == 1
    data = json.loads(out)
    assert data["baseline"]["suppressed"] == ["c4"]
    assert [s["id"] for s in data["baseline"]["stale"]] == ["bad"]
    assert "no longer matches a failing claim: bad" in err


def test_rewrapped_claim_text_keeps_its_baseline_entry(project, fake, capsys):
    run(capsys, "claims.yaml", "--write-baseline", "baseline.json")
    rewrapped = CLAIMS.replace("Speech-02 supports 23 languages",
                               "Speech-02  supports\n      23 languages")
    (project / "claims.yaml").write_text(rewrapped, encoding="utf-8")
    assert run(capsys, "claims.yaml", "--baseline", "baseline.json")[0] == 0


@pytest.mark.parametrize(("content", "message"), [
    ("{\n  \"version\": 1,\n  oops\n}", "baseline.json:3: the baseline is not valid JSON"),
    ("[]", "baseline.json: not a claim checker baseline"),
    ('{"version": 1, "entries": [{"id": "x"}]}', "baseline entry 1 needs `id` and"),
])
def test_bad_baseline_is_exit_2(project, fake, capsys, content, message):
    (project / "baseline.json").write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "claims.yaml", "--baseline", "baseline.json")
    assert (code, out) == (2, "") and message in err and fake.runs == 0
