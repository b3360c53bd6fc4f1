"""Fixtures shared by the unit tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import pipeline


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    """The paths of the documents analysed (the pipeline's only analysis entry)."""
    seen: list[str] = []
    original = pipeline.analyse_document

    def counting(document, lexicon, *rest):
        seen.append(Path(document.path).name)
        return original(document, lexicon, *rest)

    monkeypatch.setattr(pipeline, "analyse_document", counting)
    return seen
