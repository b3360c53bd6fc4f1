"""Fixtures of the fault suite (helpers are in ``faultkit.py``).

The user's cache folder is redirected into the test's folder
(``XDG_CACHE_HOME``), so nothing is written outside it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from faultkit import CLAIMS


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder of the runs, with claims.yaml; the user's cache
    folder is redirected under it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    return tmp_path
