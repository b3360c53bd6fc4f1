"""Judging regressions driven by case files in tests/cases/ (one test per claim).

Each case runs the whole pipeline on the bundled seeds and checks the verdict
and, where given, the first evidence place; a "supported" that the case does
not allow is the worst error and fails loudly.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from checker.language.lexicon import load_lexicon
from checker.model import Claim
from checker.pipeline import build_corpus
from checker.stages.judge.verdicts import check_claim

ROOT = Path(__file__).resolve().parents[2]
CASES = sorted((ROOT / "tests" / "cases").glob("*.yaml"))


def _load_cases():
    for path in CASES:
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            yield pytest.param(case, id=f"{path.stem}:{case['id']}")


@cache
def _corpus():
    lexicon = load_lexicon()
    return build_corpus([ROOT / "seeds"], lexicon), lexicon


@pytest.mark.parametrize("case", list(_load_cases()))
def test_case(case):
    corpus, lexicon = _corpus()
    result = check_claim(Claim(id=case["id"], text=case["text"]), corpus.index, lexicon)
    allowed = case["expect"] if isinstance(case["expect"], list) else [case["expect"]]
    assert result.verdict in allowed, f"{case['text']!r}: got {result.verdict} ({result.reason})"
    if result.verdict in ("contradicted", "conflicting"):
        assert "sources" in result.reason  # the reason names what the sources say
    if case.get("evidence") and result.verdict != "not_found":
        top = result.evidence[0]
        places = case["evidence"] if isinstance(case["evidence"], list) else [case["evidence"]]
        assert f"{Path(top.source).name}:{top.line}" in places
