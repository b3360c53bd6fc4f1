"""Fixtures for the source-format tests (issue 16): a clean current folder and
the real ``verify``/``checker`` commands run in-process."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest

from checker.cli.main import checker_main, verify_main
from checker.schemas import load_schema


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def json(self) -> dict:
        """Stdout as a JSON report, validated against the report schema."""
        data = json.loads(self.out)
        jsonschema.Draft202012Validator(load_schema("report")).validate(data)
        return data


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("CHECKER_") or name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "src").mkdir()
    return tmp_path


@pytest.fixture
def verify(capsys: pytest.CaptureFixture[str]):
    def run(*args: str | Path) -> Run:
        code = verify_main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)
    return run


@pytest.fixture
def checker(capsys: pytest.CaptureFixture[str]):
    def run(*args: str | Path) -> Run:
        code = checker_main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)
    return run
