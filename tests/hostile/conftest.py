"""Shared fixtures for the hostile-input tests (issue 8).

Every test here runs the real ``verify`` command in a fresh folder with an
older report in ``out/report.json``, so each can assert the issue's rule: the
run works, or it exits 2 with one line naming the file (and line) and leaves
that report untouched.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest

from checker.cli.main import verify_main
from checker.schemas import load_schema

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
OLD_REPORT = "an older report\n"
REPORT = "out/report.json"


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def report(self, folder: Path) -> dict:
        """The JSON report written to out/report.json, validated against the schema."""
        data = json.loads((folder / REPORT).read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(load_schema("report")).validate(data)
        return data


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A current folder with out/report.json (an older report) and no settings."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("CHECKER_") or name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "out").mkdir()
    (tmp_path / REPORT).write_text(OLD_REPORT, encoding="utf-8")
    return tmp_path


@pytest.fixture
def verify(capsys: pytest.CaptureFixture[str]):
    """Run ``verify ARGS...`` in-process; return its exit code, stdout and stderr."""
    def run(*args: str | Path) -> Run:
        code = verify_main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)
    return run


@pytest.fixture
def refused():
    """The check that a run was refused the way issue 8 asks."""
    return assert_refused


def assert_refused(run: Run, folder: Path, file: str, line: int | None, fragment: str) -> None:
    """Exit 2, one line `FILE:LINE: ...` (or `FILE: ...`), no output, old report intact."""
    where = f"{file}:{line}: " if line else f"{file}: "
    assert run.code == 2, run.err
    assert run.out == ""
    assert run.err.count("\n") == 1 and run.err.endswith("\n"), run.err
    assert run.err.startswith(where), run.err
    assert fragment in run.err, run.err
    assert run.err.rstrip().endswith(")"), "the message should say what to do"
    assert "Traceback" not in run.err
    assert (folder / REPORT).read_text(encoding="utf-8") == OLD_REPORT
    assert sorted(os.listdir(folder / "out")) == ["report.json"]
