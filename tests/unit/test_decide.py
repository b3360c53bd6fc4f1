"""Tests for checker.stages.decide with hand-built stances: the verdict rules, the
refinements that keep 'conflicting' for real disagreements (weak
contradictions, other periods, snapshot measures), not_found reasons, and the
order and number of evidence items."""
from __future__ import annotations

import pytest

from checker.model import Claim, Comparison, Passage, Stance
from checker.stages.decide import MAX_EVIDENCE, decide

CLAIM = Claim(id="c1", text="X's revenue was 3 billion yuan")
YEAR_2024 = "738886-739251"
YEAR_2025 = "739252-739616"


def passage(index: int, source: str = "a.txt") -> Passage:
    text = f"passage {index}"
    return Passage(source=source, index=index, paragraph=index, text=text,
                   origin=tuple(range(len(text) + 1)), excerpt=text, line=index + 1,
                   start=0, end=len(text))


def support(index: int, score: float = 0.9, source: str = "a.txt", time_key: str = "") -> Stance:
    return Stance(passage(index, source), "supports", score, f"support {source}:{index}",
                  time_key=time_key)


def contra(index: int, score: float = 0.9, source: str = "a.txt", time_key: str = "",
           strong: bool = True) -> Stance:
    return Stance(passage(index, source), "contradicts", score, f"contra {source}:{index}",
                  time_key=time_key, strong=strong)


def places(result) -> list[tuple[str, int, str]]:
    return [(e.source, e.line - 1, e.stance) for e in result.evidence]


def test_supports_only_is_supported():
    result = decide(CLAIM, [support(3, 0.8), support(1, 0.95)], claim_has_time=True)
    assert result.verdict == "supported"
    assert result.confidence == 0.95
    assert result.reason == "support a.txt:1"
    assert places(result) == [("a.txt", 1, "supports"), ("a.txt", 3, "supports")]
    assert result.claim is CLAIM


def test_contradicts_only_is_contradicted():
    result = decide(CLAIM, [contra(2, 0.7), contra(4, 0.85)], claim_has_time=False)
    assert result.verdict == "contradicted"
    assert result.confidence == 0.85
    assert result.reason == "contra a.txt:4"
    assert [e.stance for e in result.evidence] == ["contradicts", "contradicts"]


def test_weak_contradiction_alone_still_contradicts():
    result = decide(CLAIM, [contra(2, 0.6, strong=False)], claim_has_time=True)
    assert result.verdict == "contradicted"


def test_strong_support_and_contradiction_conflict_with_interleaved_evidence():
    stances = [support(1, 0.9), support(2, 0.8), contra(3, 0.85), contra(4, 0.7), contra(5, 0.6)]
    result = decide(CLAIM, stances, claim_has_time=True)
    assert result.verdict == "conflicting"
    assert places(result) == [("a.txt", 1, "supports"), ("a.txt", 3, "contradicts"),
                              ("a.txt", 2, "supports"), ("a.txt", 4, "contradicts"),
                              ("a.txt", 5, "contradicts")]
    assert result.confidence == 0.85                 # the weaker of the two best
    assert result.reason.startswith("sources disagree: support a.txt:1; support a.txt:2 / ")
    assert "contra a.txt:3; contra a.txt:4" in result.reason
    assert "a.txt:5" not in result.reason


def test_weak_contradiction_next_to_a_support_is_dropped():
    result = decide(CLAIM, [support(1, 0.8), contra(2, 0.9, strong=False)], claim_has_time=True)
    assert result.verdict == "supported"
    assert places(result) == [("a.txt", 1, "supports")]


@pytest.mark.parametrize("contra_key, support_key, claim_has_time, verdict", [
    # undated claim: a contradiction about another stated period is another fact
    (YEAR_2024, "", False, "supported"),
    (YEAR_2024, YEAR_2025, False, "supported"),
    # ... but one about the period the support states is a real disagreement
    (YEAR_2024, YEAR_2024, False, "conflicting"),
    # undated on both sides
    ("", "", False, "conflicting"),
    # a dated claim keeps every contradiction (judge already matched the period)
    (YEAR_2024, "", True, "conflicting"),
])
def test_contradictions_about_other_periods(contra_key, support_key, claim_has_time, verdict):
    stances = [support(1, time_key=support_key), contra(2, time_key=contra_key)]
    assert decide(CLAIM, stances, claim_has_time=claim_has_time).verdict == verdict


def test_snapshot_drops_contradictions_when_a_support_exists():
    stances = [support(1, 0.8), contra(2, 0.95), contra(3, 0.9)]
    result = decide(CLAIM, stances, claim_has_time=False, snapshot=True)
    assert result.verdict == "supported"
    assert [e.stance for e in result.evidence] == ["supports"]


def test_snapshot_does_not_apply_to_a_dated_claim():
    stances = [support(1, 0.8), contra(2, 0.95)]
    assert decide(CLAIM, stances, claim_has_time=True, snapshot=True).verdict == "conflicting"


def test_snapshot_without_support_still_contradicts():
    result = decide(CLAIM, [contra(2, 0.95)], claim_has_time=False, snapshot=True)
    assert result.verdict == "contradicted"


def test_not_found_carries_the_near_miss_reason():
    near = "x and revenue are mentioned (a.txt:3), but no passage states the claimed value"
    result = decide(CLAIM, [], claim_has_time=False, near=near)
    assert result.verdict == "not_found"
    assert result.reason == near
    assert result.evidence == ()
    assert result.confidence == 0.5


def test_not_found_without_near_miss_has_a_default_reason():
    result = decide(CLAIM, [], claim_has_time=False)
    assert result.verdict == "not_found"
    assert result.reason == "no passage in the sources speaks to this claim"


def test_none_stances_are_ignored():
    none = Stance(passage(1), "none", 0.0, "")
    assert decide(CLAIM, [none], claim_has_time=False).verdict == "not_found"


def test_evidence_ordered_by_score_then_source_then_index():
    stances = [support(7, 0.8, "b.txt"), support(2, 0.8, "b.txt"), support(9, 0.8, "a.txt"),
               support(5, 0.9, "c.txt"), support(1, 0.7, "a.txt")]
    result = decide(CLAIM, stances, claim_has_time=False)
    assert [(e.source, e.line - 1) for e in result.evidence] == [
        ("c.txt", 5), ("a.txt", 9), ("b.txt", 2), ("b.txt", 7), ("a.txt", 1)]


def test_order_does_not_depend_on_input_order():
    stances = [support(i, 0.5 + (i % 3) / 10, f"{'ab'[i % 2]}.txt") for i in range(4)]
    forward = decide(CLAIM, stances, claim_has_time=False)
    backward = decide(CLAIM, list(reversed(stances)), claim_has_time=False)
    assert forward == backward


def test_at_most_five_evidence_items():
    stances = [support(i, 0.5 + i / 100) for i in range(8)]
    result = decide(CLAIM, stances, claim_has_time=False)
    assert len(result.evidence) == MAX_EVIDENCE == 5
    assert [e.line - 1 for e in result.evidence] == [7, 6, 5, 4, 3]


def test_at_most_five_evidence_items_when_conflicting():
    stances = [support(i, 0.9) for i in range(4)] + [contra(10 + i, 0.9) for i in range(4)]
    result = decide(CLAIM, stances, claim_has_time=True)
    assert result.verdict == "conflicting"
    assert [e.stance for e in result.evidence] == ["supports", "contradicts"] * 2 + ["supports"]


def test_evidence_copies_the_passage_place_and_comparisons():
    compared = (Comparison("3 billion yuan", "3亿元", "3 billion CNY", "300 million CNY", "±0.5"),)
    p = Passage(source="s.txt", index=0, paragraph=4, text="甲", origin=(0, 1), excerpt="甲",
                line=5, start=2, end=3)
    stance = Stance(p, "contradicts", 0.9, "r", comparisons=compared)
    (evidence,) = decide(CLAIM, [stance], claim_has_time=True).evidence
    assert (evidence.source, evidence.line, evidence.start, evidence.end) == ("s.txt", 5, 2, 3)
    assert evidence.excerpt == "甲" and evidence.score == 0.9
    assert evidence.comparisons == compared
