"""The command line: exit codes, where output goes, and the error boundary.

The judging pipeline is replaced by a fake returning a hand-built report, so
these tests pin the CLI's behaviour alone; end-to-end runs on the seeds live
with the pipeline's tests.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import types
from pathlib import Path

import jsonschema
import pytest

import checker
from checker.cli import output as cli_output
from checker.cli.exit_codes import ExitCode
from checker.cli.main import checker_main, verify_main
from checker.errors import SourceError
from checker.model import Claim, ClaimResult, Evidence, Passage, Quote, Report, Stance
from checker.schemas import load_schema

OLD_REPORT = "an older report\n"
CLAIMS = """\
version: 1
claims:
  - id: good
    text: MiniMax overseas revenue 73.1%
  - id: bad
    text: Speech-02 supports 23 languages
  - DeepSeek has 500 employees
"""
VERDICTS = {"good": "supported", "bad": "contradicted", "c3": "not_found"}


class FakePipeline:
    """Stands in for checker.pipeline: records calls, returns a fixed report."""

    def __init__(self, verdicts: dict[str, str]) -> None:
        self.verdicts = verdicts
        self.calls: list[dict] = []

    def verify_claims(self, claims, source_paths, lexicon_paths=(), claims_file="", **_options):
        self.calls.append({"claims": list(claims), "sources": tuple(source_paths),
                           "lexicons": tuple(lexicon_paths), "claims_file": claims_file})
        results = tuple(self._result(claim) for claim in claims)
        return Report(results=results, claims_file=claims_file, sources=tuple(source_paths))

    def _result(self, claim: Claim) -> ClaimResult:
        verdict = self.verdicts.get(claim.id, "not_found")
        evidence = () if verdict == "not_found" else (Evidence(
            source="seeds/002_61a020b1efeb3fe6.txt", line=44, start=10, end=36,
            stance="supports" if verdict == "supported" else "contradicts", score=0.9,
            excerpt="MiniMax的境外收入,占到了總收入的73.1%。"),)
        return ClaimResult(claim=claim, verdict=verdict, confidence=0.9, reason="because",
                           evidence=evidence)

    def quote_passages(self, text, source_paths, lexicon_paths=(), top=5):
        self.calls.append({"text": text, "sources": tuple(source_paths), "top": top})
        passage = Passage(source="seeds/002_61a020b1efeb3fe6.txt", index=0, paragraph=0,
                          text="x", origin=(0, 1), excerpt="MiniMax的境外收入", line=44,
                          start=10, end=22)
        return [Stance(passage=passage, stance="supports", score=0.9, reason="r")][:top]

    def quote(self, text, source_paths, lexicon_paths=(), top=5, context=0, **_options):
        return [Quote(stance) for stance in self.quote_passages(text, source_paths,
                                                                lexicon_paths, top)]


def install_pipeline(monkeypatch, **functions) -> None:
    """Make ``from checker import pipeline`` give a module with FUNCTIONS.

    A stand-in module rather than patched attributes: these tests must not
    depend on the real stages importing (they are built concurrently).
    """
    module = types.ModuleType("checker.pipeline")
    module.RunOptions = types.SimpleNamespace  # how to run: the stand-in ignores it
    for name, function in functions.items():
        setattr(module, name, function)
    monkeypatch.setitem(sys.modules, "checker.pipeline", module)
    monkeypatch.setattr(checker, "pipeline", module, raising=False)


@pytest.fixture
def fake(monkeypatch) -> FakePipeline:
    pipeline = FakePipeline(dict(VERDICTS))
    install_pipeline(monkeypatch, verify_claims=pipeline.verify_claims,
                     quote_passages=pipeline.quote_passages, quote=pipeline.quote)
    return pipeline


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A working folder with seeds/, a claims file and an older report."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("MiniMax的境外收入占73.1%。\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "report.json").write_text(OLD_REPORT, encoding="utf-8")
    return tmp_path


def run_verify(capsys, *args: str) -> tuple[int, str, str]:
    code = verify_main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- exit 2: one line, names the file and line, leaves --output alone ----------

BAD_RUNS = {
    "malformed YAML": ("claims:\n  - a\n  - text: b\n    id: c: d\n",
                       [], "bad.yaml:4: malformed YAML"),
    "schema violation": ("claims:\n  - a\n  - id: x\n", [], "bad.yaml:3: the claim has no `text`"),
    "duplicate id": ("claims:\n  - id: x\n    text: a\n  - id: x\n    text: b\n", [],
                     "bad.yaml:4: duplicate claim id 'x'"),
    "missing claims file": (None, [], "missing.yaml: claims file not found"),
    "missing --sources path": (CLAIMS, ["--sources", "nowhere"], "nowhere: source not found"),
    "missing sources: key path": ("sources: [../gone]\nclaims: [a]\n", [],
                                  "bad.yaml:1: source ../gone not found"),
    "bad --fail-on": (CLAIMS, ["--fail-on", "contradicted,wrong"],
                      "--fail-on: unknown verdict 'wrong'"),
    "missing --lexicon": (CLAIMS, ["--lexicon", "nolex.yaml"], "nolex.yaml: lexicon file not"),
    "--output under a file": (CLAIMS, ["--output", "claims.yaml/r.json"],
                              "claims.yaml/r.json: cannot write the report"),
}


@pytest.mark.parametrize("case", sorted(BAD_RUNS))
def test_exit_2_is_one_line_on_stderr_and_no_output(project, fake, capsys, case):
    content, extra, expected = BAD_RUNS[case]
    claims = "missing.yaml" if content is None else "bad.yaml"
    if content is not None:
        (project / claims).write_text(content, encoding="utf-8")
    if "--output" not in extra:
        extra = [*extra, "--output", "out/report.json"]
    code, out, err = run_verify(capsys, claims, "--format", "json", *extra)
    assert code == ExitCode.ERROR == 2
    assert out == ""
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert expected in err
    assert "Traceback" not in err
    assert (project / "out" / "report.json").read_text(encoding="utf-8") == OLD_REPORT
    assert sorted(os.listdir(project / "out")) == ["report.json"]


def test_source_errors_from_the_pipeline_are_exit_2(project, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise SourceError("binary file, not text", file="seeds/a.txt",
                          hint="remove it from the sources")
    install_pipeline(monkeypatch, verify_claims=broken)
    code, out, err = run_verify(capsys, "claims.yaml", "-o", "out/report.json")
    assert (code, out) == (2, "")
    assert err == "seeds/a.txt: binary file, not text (remove it from the sources)\n"
    assert (project / "out" / "report.json").read_text(encoding="utf-8") == OLD_REPORT


def test_a_bug_is_exit_2_with_its_traceback(project, monkeypatch, capsys):
    def buggy(*args, **kwargs):
        raise ZeroDivisionError("oops")
    install_pipeline(monkeypatch, verify_claims=buggy)
    code, out, err = run_verify(capsys, "claims.yaml", "-o", "out/report.json")
    assert (code, out) == (2, "")
    assert "Traceback" in err and "ZeroDivisionError: oops" in err
    assert err.splitlines()[-1].startswith("internal error: this is a bug")
    assert (project / "out" / "report.json").read_text(encoding="utf-8") == OLD_REPORT


def test_usage_errors_exit_2(project, fake, capsys):
    code, _, err = run_verify(capsys, "claims.yaml", "--format", "xml")
    assert code == 2
    assert "Invalid value for '--format'" in err
    code, _, err = run_verify(capsys)
    assert code == 2 and "Missing argument 'CLAIMS...'" in err
    assert fake.calls == []


# -- the gate ------------------------------------------------------------------

def test_default_gate_fails_on_anything_but_supported(project, fake, capsys):
    code, out, err = run_verify(capsys, "claims.yaml")
    assert code == ExitCode.GATE_FAILED == 1
    assert out.splitlines()[-1] == \
        "3 claims: 1 supported, 1 contradicted, 1 not found, 0 conflicting"
    assert "seeds/002_61a020b1efeb3fe6.txt:44:11  [supports]" in out
    assert err == ""


@pytest.mark.parametrize(("fail_on", "verdicts", "code"), [
    ("contradicted", {"good": "supported", "bad": "supported", "c3": "not_found"}, 0),
    ("contradicted", VERDICTS, 1),
    ("not-found, conflicting", {"good": "supported", "bad": "contradicted"}, 1),
    ("", VERDICTS, 0),
    ("supported,contradicted,not_found,conflicting", {"good": "supported", "bad": "supported",
                                                      "c3": "supported"}, 1),
])
def test_fail_on_picks_the_failing_verdicts(project, fake, capsys, fail_on, verdicts, code):
    fake.verdicts = verdicts
    assert run_verify(capsys, "claims.yaml", "--fail-on", fail_on)[0] == code


def test_all_supported_is_exit_0(project, fake, capsys):
    fake.verdicts = {"good": "supported", "bad": "supported", "c3": "supported"}
    assert run_verify(capsys, "claims.yaml")[0] == ExitCode.OK == 0


# -- sources and lexicons ------------------------------------------------------

def test_sources_option_wins(project, fake, capsys):
    (project / "other").mkdir()
    run_verify(capsys, "claims.yaml", "--sources", "other", "--sources", "seeds/a.txt")
    assert fake.calls[0]["sources"] == ("other", "seeds/a.txt")
    assert fake.calls[0]["claims_file"] == "claims.yaml"
    assert [c.id for c in fake.calls[0]["claims"]] == ["good", "bad", "c3"]


def test_claims_file_sources_are_relative_to_it(project, fake, capsys):
    (project / "claims").mkdir()
    (project / "claims" / "c.yaml").write_text("sources: [../seeds]\nclaims: [a]\n",
                                               encoding="utf-8")
    run_verify(capsys, "claims/c.yaml")
    assert fake.calls[0]["sources"] == ("seeds",)


def test_seeds_folder_is_the_default(project, fake, capsys):
    run_verify(capsys, "claims.yaml")
    assert fake.calls[0]["sources"] == ("seeds",)


def test_no_sources_anywhere_is_exit_2(project, fake, capsys):
    (project / "seeds" / "a.txt").unlink()
    (project / "seeds").rmdir()
    code, _, err = run_verify(capsys, "claims.yaml")
    assert code == 2 and "no sources" in err and err.count("\n") == 1
    assert fake.calls == []


def test_lexicons_from_the_claims_file_then_the_option(project, fake, capsys):
    (project / "lex").mkdir()
    for name in ("a.yaml", "b.yaml"):
        (project / "lex" / name).write_text("{}\n", encoding="utf-8")
    (project / "c.yaml").write_text("lexicons: lex/a.yaml\nclaims: [x]\n", encoding="utf-8")
    run_verify(capsys, "c.yaml", "--lexicon", "lex/b.yaml", "--lexicon", "lex/a.yaml")
    assert fake.calls[0]["lexicons"] == ("lex/a.yaml", "lex/b.yaml")


# -- output --------------------------------------------------------------------

def test_json_report_validates_and_status_goes_to_stderr(project, fake, capsys):
    code, out, err = run_verify(capsys, "claims.yaml", "--format", "json")
    assert code == 1
    data = json.loads(out)
    jsonschema.Draft202012Validator(load_schema("report")).validate(data)
    assert [c["id"] for c in data["claims"]] == ["good", "bad", "c3"]
    assert data["claims"][0]["line"] == 3
    assert err == "3 claims: 1 supported, 1 contradicted, 1 not found, 0 conflicting\n"


def test_output_file_is_replaced_atomically(project, fake, capsys, monkeypatch):
    target = project / "out" / "report.json"
    seen = {}
    real_replace = os.replace

    def spy_replace(src, dst):
        # When the move happens the report is complete and the old one untouched.
        seen["src"], seen["dst"] = Path(src), Path(dst)
        seen["old"] = target.read_text(encoding="utf-8")
        seen["new"] = Path(src).read_text(encoding="utf-8")
        real_replace(src, dst)

    monkeypatch.setattr(cli_output.os, "replace", spy_replace)
    code, out, err = run_verify(capsys, "claims.yaml", "--format", "json",
                                "--output", "out/report.json")
    assert code == 1 and out == ""
    assert seen["src"].parent.resolve() == target.parent.resolve()
    assert seen["dst"] == Path("out/report.json")
    assert seen["old"] == OLD_REPORT
    written = target.read_text(encoding="utf-8")
    assert written == seen["new"] and json.loads(written)["summary"]["contradicted"] == 1
    assert sorted(os.listdir(project / "out")) == ["report.json"]
    assert "report written to out/report.json" in err


def test_new_output_file_gets_normal_permissions(project, fake, capsys):
    run_verify(capsys, "claims.yaml", "-o", "out/new.txt", "-q")
    umask = os.umask(0)
    os.umask(umask)
    assert (project / "out" / "new.txt").stat().st_mode & 0o777 == 0o666 & ~umask


def test_quiet_writes_no_status(project, fake, capsys):
    code, out, err = run_verify(capsys, "claims.yaml", "-o", "out/report.json", "-q")
    assert (code, out, err) == (1, "", "")
    text = (project / "out" / "report.json").read_text(encoding="utf-8")
    assert text.splitlines()[:4] == ["CONTRADICTED  bad: Speech-02 supports 23 languages  (0.90)",
                                     "  because",
                                     "NOT FOUND     c3: DeepSeek has 500 employees  (0.90)",
                                     "  because"]


def test_interrupt_exits_130_without_traceback_or_output(project, monkeypatch, capsys):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    install_pipeline(monkeypatch, verify_claims=interrupted)
    code, out, err = run_verify(capsys, "claims.yaml", "-o", "out/report.json")
    assert code == ExitCode.INTERRUPTED == 130
    assert out == "" and "Traceback" not in err
    assert (project / "out" / "report.json").read_text(encoding="utf-8") == OLD_REPORT
    assert sorted(os.listdir(project / "out")) == ["report.json"]


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix",
                    reason="POSIX signals")
def test_sigterm_exits_143_after_the_same_clean_up(project, monkeypatch, capsys):
    def terminated(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)  # the handler run() installs raises here
        raise AssertionError("SIGTERM did not stop the run")
    install_pipeline(monkeypatch, verify_claims=terminated)
    before = signal.getsignal(signal.SIGTERM)
    code, out, err = run_verify(capsys, "claims.yaml", "-o", "out/report.json")
    assert code == ExitCode.TERMINATED == 143
    assert out == "" and err.strip() == "terminated"
    assert sorted(os.listdir(project / "out")) == ["report.json"]
    assert signal.getsignal(signal.SIGTERM) is before  # run() puts the old handler back


def test_interrupt_while_writing_leaves_no_temp_file(project, fake, capsys, monkeypatch):
    def interrupted(src, dst):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli_output.os, "replace", interrupted)
    code, _, _ = run_verify(capsys, "claims.yaml", "-o", "out/report.json")
    assert code == 130
    assert sorted(os.listdir(project / "out")) == ["report.json"]
    assert (project / "out" / "report.json").read_text(encoding="utf-8") == OLD_REPORT


def test_colour_only_on_a_terminal_without_no_color(monkeypatch):
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    assert cli_output.wants_color(False, None, Tty())
    assert not cli_output.wants_color(True, None, Tty())
    assert not cli_output.wants_color(False, "report.txt", Tty())
    assert not cli_output.wants_color(False, None, object())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not cli_output.wants_color(False, None, Tty())


def test_output_is_never_coloured_when_captured(project, fake, capsys):
    assert "\x1b[" not in run_verify(capsys, "claims.yaml")[1]


# -- the checker group ---------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["claims.yaml"],
    ["claims.yaml", "--format", "json"],
    ["bad.yaml"],
    ["claims.yaml", "--fail-on", "nope"],
])
def test_checker_verify_is_verify(project, fake, capsys, args):
    (project / "bad.yaml").write_text("claims: [\n", encoding="utf-8")
    direct = run_verify(capsys, *args)
    code = checker_main(["verify", *args])
    captured = capsys.readouterr()
    assert (code, captured.out, captured.err) == direct


def test_quote_command(project, fake, capsys):
    code = checker_main(["quote", "MiniMax overseas revenue 73.1%", "--top", "3",
                         "--format", "json"])
    captured = capsys.readouterr()
    assert code == 0
    data = json.loads(captured.out)
    assert data["passages"][0]["source"] == "seeds/002_61a020b1efeb3fe6.txt"
    assert fake.calls == [{"text": "MiniMax overseas revenue 73.1%", "sources": ("seeds",),
                           "top": 3}]


def test_quote_rejects_empty_text(project, fake, capsys):
    assert checker_main(["quote", "  "]) == 2
    assert capsys.readouterr().err == "TEXT is empty (give the sentence to find support for)\n"


def test_version_and_help_exit_0(capsys):
    assert checker_main(["--version"]) == 0
    assert "0.1.0" in capsys.readouterr().out
    assert verify_main(["--help"]) == 0
    assert "--fail-on" in capsys.readouterr().out


# -- the real console entry point ----------------------------------------------

def test_entry_point_exit_status_in_a_real_process(tmp_path):
    entry = "from checker.cli.main import verify_entry; verify_entry()"
    bad = tmp_path / "bad.yaml"
    bad.write_text("claims:\n  - a\n  - [unclosed\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", entry, str(bad)], capture_output=True,
                          text=True, cwd=tmp_path, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and f"{bad}:" in done.stderr
    assert "Traceback" not in done.stderr
