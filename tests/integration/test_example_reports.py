"""The example reports in reports/ are what the tool writes for claims/ipo-race.yaml.

Regenerate after an intended change with:

    CHECKER_REGENERATE=1 python -m pytest tests/integration/test_example_reports.py

and review the diff.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from checker.cli.main import verify_main

ROOT = Path(__file__).resolve().parents[2]
REPORTS = {"text": "ipo-race.txt", "json": "ipo-race.json"}


@pytest.mark.parametrize("fmt", sorted(REPORTS))
def test_example_report_is_current(fmt, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    out = tmp_path / REPORTS[fmt]
    code = verify_main(["claims/ipo-race.yaml", "--format", fmt, "--output", str(out)])
    assert code == 1  # the example has claims that fail the default gate
    written = out.read_bytes()
    golden = ROOT / "reports" / REPORTS[fmt]
    if os.environ.get("CHECKER_REGENERATE"):
        golden.write_bytes(written)
    assert written == golden.read_bytes(), f"reports/{REPORTS[fmt]} is stale: regenerate it"
