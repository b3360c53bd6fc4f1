"""A linter's daily habits: --version everywhere, ``python -m checker``, several
claims files in one run, a reason per failing claim with -q, report folders
made as needed, the baseline counted in the summary, relative paths, help
texts that fit their command, and progress only on a terminal.

The judging pipeline is a stand-in (as in test_cli.py), so these pin the CLI alone.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import jsonschema
import pytest

import checker
from checker.cli.main import checker_main, verify_main
from checker.cli.progress import ProgressLine, progress_for, progress_text
from checker.model import Claim, ClaimResult, Evidence, Report
from checker.schemas import load_schema

ROOT = Path(__file__).resolve().parents[2]


class Fake:
    """checker.pipeline's verify_claims: every claim whose text has 'wrong' is
    contradicted, others supported; records each call."""

    def __init__(self) -> None:
        self.calls: list[dict] = []

    def verify_claims(self, claims, source_paths, lexicon_paths=(), claims_file="",
                      run=None, **_options):
        progress = getattr(run, "progress", None)
        self.calls.append({"ids": [c.id for c in claims], "sources": tuple(source_paths),
                           "claims_file": claims_file})
        if progress is not None:
            for done in range(1, 4):
                progress("analyse", done, 3)
        return Report(results=tuple(self._result(c, source_paths[0]) for c in claims),
                      claims_file=claims_file, sources=tuple(source_paths))

    @staticmethod
    def _result(claim: Claim, source: str) -> ClaimResult:
        wrong = "wrong" in claim.text
        evidence = (Evidence(source=f"{source}/a.txt", line=1, start=0, end=5,
                             stance="contradicts" if wrong else "supports", score=0.9,
                             excerpt="MiniMax的境外收入占73.1%。"),)
        return ClaimResult(claim=claim, verdict="contradicted" if wrong else "supported",
                           confidence=0.9,
                           reason="the sources say 73.1%, not 80%" if wrong else "stated",
                           evidence=evidence)


@pytest.fixture
def fake(monkeypatch) -> Fake:
    pipeline = Fake()
    module = types.ModuleType("checker.pipeline")
    module.RunOptions = types.SimpleNamespace  # how to run, as plain attributes
    module.verify_claims = pipeline.verify_claims
    monkeypatch.setitem(sys.modules, "checker.pipeline", module)
    monkeypatch.setattr(checker, "pipeline", module, raising=False)
    return pipeline


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("CI", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("MiniMax的境外收入占73.1%。\n", encoding="utf-8")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "prices.yaml").write_text(
        "sources: [../seeds]\nclaims:\n  - id: share\n    text: overseas share 73.1%\n"
        "  - id: size\n    text: a wrong figure\n", encoding="utf-8")
    (tmp_path / "claims" / "people.yaml").write_text(
        "sources: [../seeds]\nclaims:\n  - id: share\n    text: the wrong share\n"
        "  - id: ceo\n    text: the chief executive\n", encoding="utf-8")
    return tmp_path


def run(capsys, main, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- 1. --version, python -m checker, several claims files ----------------------

@pytest.mark.parametrize("argv, prog", [
    ((verify_main, ["--version"]), "verify"),
    ((checker_main, ["--version"]), "checker"),
    ((checker_main, ["verify", "--version"]), "checker"),
    ((checker_main, ["quote", "--version"]), "checker"),
    ((checker_main, ["check", "--version"]), "checker"),
    ((checker_main, ["index", "--version"]), "checker"),
])
def test_version_on_every_command(capsys, argv, prog):
    main, args = argv
    code, out, _ = run(capsys, main, *args)
    assert code == 0 and out == f"{prog} {checker.__version__}\n"


def test_python_dash_m_checker_runs_the_checker_group():
    done = subprocess.run([sys.executable, "-m", "checker", "--version"], cwd=ROOT, check=False,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout == f"checker {checker.__version__}\n"
    done = subprocess.run([sys.executable, "-m", "checker", "verify"], cwd=ROOT, check=False,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Missing argument 'CLAIMS...'" in done.stderr


def test_several_claims_files_in_one_run_each_claim_with_its_file(project, fake, capsys):
    code, out, _ = run(capsys, verify_main, "claims/prices.yaml", "claims/people.yaml",
                       "--format", "json")
    assert code == 1
    data = json.loads(out)
    jsonschema.validate(data, load_schema("report"))
    got = [(c["id"], c["claims_file"], c["verdict"]) for c in data["claims"]]
    # "share" is in both files: prefixed by the file's stem; other ids stay as written
    assert got == [("prices:share", "claims/prices.yaml", "supported"),
                   ("size", "claims/prices.yaml", "contradicted"),
                   ("people:share", "claims/people.yaml", "contradicted"),
                   ("ceo", "claims/people.yaml", "supported")]
    assert len(fake.calls) == 1  # one set of sources: one corpus


def test_a_quoted_pattern_is_expanded_sorted(project, fake, capsys):
    code, out, _ = run(capsys, verify_main, "claims/*.yaml", "--format", "json")
    assert code == 1
    files = [c["claims_file"] for c in json.loads(out)["claims"]]
    assert files == ["claims/people.yaml"] * 2 + ["claims/prices.yaml"] * 2


def test_a_pattern_matching_nothing_is_exit_2(project, fake, capsys):
    code, out, err = run(capsys, verify_main, "claims/*.yml")
    assert (code, out) == (2, "")
    assert err.startswith("claims/*.yml: no claims file matches this pattern")


def test_files_with_different_sources_each_use_their_own(project, fake, capsys):
    (project / "other").mkdir()
    (project / "other" / "a.txt").write_text("x\n", encoding="utf-8")
    (project / "claims" / "people.yaml").write_text(
        "sources: [../other]\nclaims:\n  - id: ceo\n    text: the chief executive\n",
        encoding="utf-8")
    _, out, _ = run(capsys, verify_main, "claims/prices.yaml", "claims/people.yaml",
                       "--format", "json")
    assert [call["ids"] for call in fake.calls] == [["share", "size"], ["ceo"]]
    evidence = [c["evidence"][0]["source"] for c in json.loads(out)["claims"]]
    assert evidence[-1].startswith("claims/../other") or evidence[-1].startswith("other")


def test_one_claims_file_reports_as_before(project, fake, capsys):
    _, out, _ = run(capsys, verify_main, "claims/prices.yaml", "--format", "json")
    assert all("claims_file" not in c for c in json.loads(out)["claims"])
    assert [c["id"] for c in json.loads(out)["claims"]] == ["share", "size"]
    assert fake.calls[0]["claims_file"] == "claims/prices.yaml"


def test_annotations_point_at_each_claims_own_file(project, fake, capsys):
    _, out, _ = run(capsys, verify_main, "claims/prices.yaml", "claims/people.yaml",
                       "--format", "github")
    errors = [line for line in out.splitlines() if line.startswith("::error")]
    assert any("file=claims/prices.yaml,line=" in line for line in errors)
    assert any("file=claims/people.yaml,line=" in line for line in errors)


# -- 2. -q with reasons, report folders, baseline in the summary, paths, help ---

def test_quiet_keeps_one_line_of_reason_per_failing_claim(project, fake, capsys):
    code, out, err = run(capsys, verify_main, "claims/prices.yaml", "-q")
    assert (code, err) == (1, "")
    assert out.splitlines()[:2] == [
        "CONTRADICTED  size: a wrong figure  (0.90)",
        "  the sources say 73.1%, not 80%"]
    assert "share" not in out  # a passing claim is not shown


def test_report_folders_are_made_as_needed(project, fake, capsys):
    code, _, err = run(capsys, verify_main, "claims/prices.yaml",
                       "--report", "junit=out/deep/claims.xml")
    assert code == 1
    assert (project / "out" / "deep" / "claims.xml").read_text().startswith("<?xml")
    assert "reports written to out/deep/claims.xml" in err or "report written" in err


def test_a_failed_run_leaves_no_folder_it_made(project, fake, capsys, monkeypatch):
    from checker.cli import output

    def broken(target, payload):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output, "_stage", broken)
    code, _, err = run(capsys, verify_main, "claims/prices.yaml",
                       "--report", "junit=out/deep/claims.xml")
    assert code == 2 and "No space left" in err
    assert not (project / "out").exists()


def test_a_file_where_the_folder_should_be_is_exit_2(project, fake, capsys):
    code, _, err = run(capsys, verify_main, "claims/prices.yaml",
                       "--report", "junit=claims/prices.yaml/x.xml")
    assert code == 2 and "claims/prices.yaml is not a folder" in err


def test_the_summary_counts_the_claims_the_baseline_excuses(project, fake, capsys):
    code, _, _ = run(capsys, verify_main, "claims/prices.yaml", "claims/people.yaml",
                     "--write-baseline", "known.json", "--format", "json")
    assert code == 0
    code, out, _ = run(capsys, verify_main, "claims/prices.yaml", "claims/people.yaml",
                       "--baseline", "known.json")
    assert code == 0
    assert out.splitlines()[-1] == ("4 claims: 2 supported, 2 contradicted, 0 not found, "
                                    "0 conflicting; 2 excused by the baseline")


def test_sources_outside_the_current_folder_are_shown_relative(tmp_path, monkeypatch, capsys):
    """End to end (the real pipeline on one small source): no absolute path in the
    report when a relative one exists, so reports are the same on every machine."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("MiniMax的境外收入占到了總收入的73.1%。\n",
                                               encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "sources: [seeds]\nclaims:\n  - MiniMax overseas revenue 73.1%\n", encoding="utf-8")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    code, out, _ = run(capsys, verify_main, str(tmp_path / "claims.yaml"), "--no-cache",
                       "--format", "json", "--report", "junit=out/c.xml")
    assert code == 0, out
    assert str(tmp_path) not in out
    assert json.loads(out)["claims"][0]["evidence"][0]["source"] == "../seeds/a.txt"
    assert 'file="../claims.yaml"' in (tmp_path / "work" / "out" / "c.xml").read_text()


@pytest.mark.parametrize("command, forbidden", [
    ("quote", ("claims file", "failing claims", "failing")),
    ("index", ("--no-cache", "judging", "claims file")),
    ("check", ("claims file's `sources:`",)),
])
def test_help_texts_fit_their_command(capsys, command, forbidden):
    code, out, _ = run(capsys, checker_main, command, "--help")
    assert code == 0
    flat = " ".join(out.split())
    for phrase in forbidden:
        assert phrase not in flat, phrase


def test_verify_help_speaks_of_the_claims_file_and_several_files(capsys):
    code, out, _ = run(capsys, verify_main, "--help")
    flat = " ".join(out.split())
    assert code == 0
    assert "CLAIMS..." in flat and "the claims file's `sources:`" in flat
    assert "its reason on one line" in flat


def test_shell_completion_script_is_offered():
    script = "from checker.cli.main import verify_entry; verify_entry()"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=False,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "_VERIFY_COMPLETE": "bash_source"})
    assert done.returncode == 0 and "complete -o nosort -F" in done.stdout


# -- 3. progress: count, rate, time left, only on a terminal --------------------

class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_text_has_count_rate_and_time_left():
    assert progress_text("analyse", 378, 1000, 7.27) == \
        "analysing sources: 378/1000, 52/s, 12 s left"
    assert progress_text("analyse", 1000, 1000, 19.2) == \
        "analysing sources: 1000/1000, 52/s, done in 19 s"
    assert progress_text("judge", 3, 500, 2.0) == "checking claims: 3/500, 1.5/s, 5 min 31 s left"
    assert progress_text("analyse", 5, 1000, 0.1) == "analysing sources: 5/1000"  # too early
    assert progress_text("load", 0, 4000, 0.0) == "loading the cache (4000 documents)..."


def test_progress_line_redraws_in_place_at_most_ten_times_a_second():
    now = [0.0]
    stream = Terminal()
    line = ProgressLine(stream, clock=lambda: now[0])
    line("analyse", 0, 100)
    for done in range(1, 101):  # 100 reports in 2 s
        now[0] = done * 0.02
        line("analyse", done, 100)
    out = stream.getvalue()
    draws = out.split("\r")[1:]
    assert len(draws) <= 22  # one per 0.1 s, and the last
    assert draws[-1] == "analysing sources: 100/100, 50/s, done in 2 s\n"
    assert out.count("\n") == 1


@pytest.mark.parametrize("stream, quiet, environ, shown", [
    (Terminal(), False, {}, True),
    (Terminal(), True, {}, False),         # --quiet
    (Terminal(), False, {"CI": "true"}, False),  # a CI log, even on a pseudo-terminal
    (io.StringIO(), False, {}, False),     # a file or a pipe
    (None, False, {}, False),              # closed
])
def test_progress_only_on_a_terminal(stream, quiet, environ, shown):
    assert (progress_for(stream, quiet, environ) is not None) == shown


def test_a_large_cache_says_it_is_loading(tmp_path, monkeypatch):
    from checker import pipeline
    from checker.language.lexicon import load_lexicon

    monkeypatch.setattr(pipeline, "LARGE_CACHE_DOCUMENTS", 3)
    (tmp_path / "src").mkdir()
    for number in range(4):
        (tmp_path / "src" / f"{number}.txt").write_text(f"Kimi has {number + 5} million users.\n",
                                                        encoding="utf-8")
    lexicon = load_lexicon()
    stages: list[tuple[str, int, int]] = []
    for _ in range(2):  # cold, then warm: only the warm run's reports are kept
        stages.clear()
        pipeline.build_corpus([tmp_path / "src"], lexicon, cache_dir=tmp_path / "cache",
                              progress=lambda *report: stages.append(report))
    assert stages[0] == ("load", 0, 4) and stages[-1] == ("load", 4, 4)
    assert not any(stage == "analyse" for stage, _, _ in stages)


def test_text_report_of_several_files_says_each_claims_file(project, fake, capsys):
    _, out, _ = run(capsys, verify_main, "claims/prices.yaml", "claims/people.yaml")
    assert "CONTRADICTED  claims/prices.yaml:5: size: a wrong figure  (0.90)" in out
    assert "CONTRADICTED  claims/people.yaml:3: people:share: the wrong share  (0.90)" in out


# -- 5. drafts: several in one run, a baseline that survives edits --------------

@pytest.fixture
def drafts(tmp_path, monkeypatch) -> Path:
    """A source and a draft whose one checkable sentence the sources contradict."""
    monkeypatch.chdir(tmp_path)
    for name in ("CI", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("MiniMax的境外收入占到了總收入的73.1%。\n",
                                               encoding="utf-8")
    (tmp_path / "post.md").write_text(
        "# Title\n\nMiniMax overseas revenue was 80% of the total.\n", encoding="utf-8")
    return tmp_path


def check(capsys, *args: str) -> tuple[int, str, str]:
    return run(capsys, checker_main, "check", *args, "--sources", "seeds", "--no-cache")


def test_moving_a_paragraph_of_a_baselined_draft_keeps_the_baseline(drafts, capsys):
    code, _, _ = check(capsys, "post.md", "--write-baseline", "known.json")
    assert code == 0
    assert json.loads((drafts / "known.json").read_text())["match"] == "text"
    code, out, _ = check(capsys, "post.md")
    assert code == 1 and "3:1: MiniMax" in out  # no baseline: it fails
    # a paragraph added above moves the sentence to 7:1; the baseline still holds
    (drafts / "post.md").write_text(
        "# Title\n\nA new first paragraph.\n\nAnother one.\n\n"
        "MiniMax overseas revenue was 80% of the total.\n", encoding="utf-8")
    code, out, err = check(capsys, "post.md", "--baseline", "known.json")
    assert code == 0, out
    assert "7:1: MiniMax" in out and "1 excused by the baseline" in out
    assert "no longer match" not in err
    # editing the sentence makes it a new finding
    (drafts / "post.md").write_text("MiniMax overseas revenue was 81% of the total.\n",
                                    encoding="utf-8")
    code, _, err = check(capsys, "post.md", "--baseline", "known.json")
    assert code == 1 and "1 baseline entry no longer matches" in err


def test_several_drafts_in_one_run_each_claim_at_its_place(drafts, capsys):
    (drafts / "other.md").write_text((drafts / "post.md").read_text(), encoding="utf-8")
    code, out, err = check(capsys, "post.md", "other.md", "--format", "json")
    assert code == 1
    data = json.loads(out)
    jsonschema.validate(data, load_schema("report"))
    assert [(c["id"], c["claims_file"]) for c in data["claims"]] == [
        ("post.md:3:1", "post.md"), ("other.md:3:1", "other.md")]
    assert "2 checkable sentences" in err
    code, _, err = check(capsys, "post.md", "other.md", "--emit-claims", "c.yaml")
    assert code == 2 and "--emit-claims writes the claims of one draft" in err
