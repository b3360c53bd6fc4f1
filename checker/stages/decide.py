"""Stage "decide": from the stances of the passages to one verdict.

* any support and any contradiction from different passages → conflicting;
* else the one present; else not_found.

Refinements keep "conflicting" for real disagreements:

* a contradiction resting only on a range or bound (估值已达300-400亿元) does
  not outweigh a passage that states the exact figure; it still contradicts
  when nothing supports the claim;
* when the claim names no period, a contradiction about a stated period that
  no support shares is another fact (2024 revenue is not "the" revenue of a
  claim that matches 2025's), so it is dropped when a support exists;
* for a measure that changes over time (valuation, users: ``snapshot`` in the
  measure lexicon) an undated claim is true if some passage states it: other
  passages then give other moments, not a disagreement;
* a contradiction giving the claim's own figure as the one it corrects
  ("£6.8 million, not £7.8 million as originally stated") outweighs the
  passages stating that figure: its source knew them.

Evidence is ordered most decisive first: the stances that carry the verdict by
score, then the others. It does not judge passages (that is ``judge``).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from checker.language.normalise import value_spans
from checker.model import (
    Bearing,
    Claim,
    ClaimResult,
    Comparison,
    Evidence,
    FactResult,
    Stance,
    Verdict,
)

MAX_EVIDENCE = 5


def decide(claim: Claim, stances: Sequence[Stance], claim_has_time: bool,
           near: str = "", snapshot: bool = False) -> ClaimResult:
    """``snapshot``: the claim's measure changes over time (valuation, users);
    undated, it is true if the sources state it for some moment."""
    supports = _ordered([s for s in stances if s.stance == Bearing.SUPPORTS])
    contradicts = _ordered([s for s in stances if s.stance == Bearing.CONTRADICTS])
    if supports and snapshot and not claim_has_time:
        contradicts = []
    if supports and any(c.corrects for c in contradicts):
        # A source correcting the claim's own figure knows the report that
        # states it: the correction stands.
        supports = []
    if supports:
        support_times = {s.time_key for s in supports}
        contradicts = [c for c in contradicts if c.strong and (
            claim_has_time or not c.time_key or c.time_key in support_times or "" in support_times
            and not c.time_key)]
    if supports and contradicts:
        verdict = Verdict.CONFLICTING
        chosen = _interleave(supports, contradicts)
        confidence = min(supports[0].score, contradicts[0].score)
        reason = ("sources disagree: " + "; ".join(s.reason for s in supports[:2])
                  + " / " + "; ".join(c.reason for c in contradicts[:2]))
    elif supports:
        verdict, chosen, confidence = Verdict.SUPPORTED, supports, supports[0].score
        reason = supports[0].reason
    elif contradicts:
        verdict, chosen, confidence = Verdict.CONTRADICTED, contradicts, contradicts[0].score
        reason = contradicts[0].reason
    else:
        verdict, chosen, confidence = Verdict.NOT_FOUND, [], 0.5
        reason = near or "no passage in the sources speaks to this claim"
    return ClaimResult(claim=claim, verdict=verdict, confidence=confidence, reason=reason,
                       evidence=tuple(evidence_of(s) for s in chosen[:MAX_EVIDENCE]))


def _ordered(stances: Sequence[Stance]) -> list[Stance]:
    return sorted(stances, key=lambda s: (-round(s.score, 6), s.passage.source, s.passage.index))


def _interleave(first: Sequence[Stance], second: Sequence[Stance]) -> list[Stance]:
    out: list[Stance] = []
    for i in range(max(len(first), len(second))):
        out.extend(x[i] for x in (first, second) if i < len(x))
    return out


def evidence_of(stance: Stance) -> Evidence:
    """STANCE as the report's evidence."""
    p = stance.passage
    return Evidence(source=p.source, line=p.line, start=p.start, end=p.end,
                    stance=stance.stance, score=stance.score, excerpt=p.excerpt,
                    comparisons=stance.comparisons)


def decide_facts(claim: Claim, facts: Sequence[tuple[str, ClaimResult]]) -> ClaimResult:
    """The verdict of a claim from those of its atomic facts: supported when
    every fact is, contradicted when any is (the reason names the fact and
    what the sources say), conflicting when any fact is and none is
    contradicted, else not_found, naming the facts found and those not."""
    verdicts = [r.verdict for _, r in facts]
    results = tuple(FactResult(text, r.verdict, r.reason, r.evidence) for text, r in facts)
    if Verdict.CONTRADICTED in verdicts:
        verdict = Verdict.CONTRADICTED
    elif Verdict.CONFLICTING in verdicts:
        verdict = Verdict.CONFLICTING
    elif all(v == Verdict.SUPPORTED for v in verdicts):
        verdict = Verdict.SUPPORTED
    else:
        verdict = Verdict.NOT_FOUND
    deciding = [(t, r) for t, r in facts if r.verdict == verdict] or list(facts)
    if verdict == Verdict.NOT_FOUND:
        found = [t for t, r in facts if r.verdict != Verdict.NOT_FOUND]
        missing = [t for t, r in facts if r.verdict == Verdict.NOT_FOUND]
        reason = (f"{len(found)} of {len(facts)} facts found"
                  + (f" ({'; '.join(found)})" if found else "")
                  + f"; not found: {'; '.join(missing)}")
        confidence = 0.5
    else:
        reason = "; ".join(f"{t}: {r.reason}" for t, r in deciding[:3])
        confidence = min(r.confidence for _, r in deciding)
    return ClaimResult(claim=claim, verdict=verdict, confidence=confidence, reason=reason,
                       evidence=_merged_evidence([r for _, r in deciding], [r for _, r in facts]),
                       facts=results)


def _merged_evidence(first: Sequence[ClaimResult], rest: Sequence[ClaimResult]) -> tuple[Evidence, ...]:
    """Each deciding fact's best passage, then the others, once each."""
    ordered = [r.evidence[0] for r in first if r.evidence]
    ordered += [e for r in first for e in r.evidence[1:]]
    ordered += [e for r in rest for e in r.evidence]
    seen: set[tuple] = set()
    out = []
    for ev in ordered:
        key = (ev.source, ev.line, ev.start, ev.stance)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return tuple(out[:MAX_EVIDENCE])


def with_value_spans(result: ClaimResult) -> ClaimResult:
    """RESULT with each compared value's place in the claim's text and in the
    evidence's excerpt, so a renderer marks them without reading text again."""
    def marked(evidence: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        return tuple(replace(e, comparisons=tuple(_spanned(c, result.claim.text, e.excerpt)
                                                   for c in e.comparisons))
                     if e.comparisons else e for e in evidence)

    facts = tuple(replace(f, evidence=marked(f.evidence)) for f in result.facts)
    return replace(result, evidence=marked(result.evidence), facts=facts)


def _spanned(comparison: Comparison, claim_text: str, excerpt: str) -> Comparison:
    return replace(comparison, claim_spans=_value_spans(claim_text, comparison.claim_value),
                   source_spans=_value_spans(excerpt, comparison.source_value))


@lru_cache(maxsize=4096)
def _value_spans(text: str, value: str) -> tuple[tuple[int, int], ...]:
    # Claims of one topic cite the same passages and values: an excerpt not
    # holding a value verbatim is normalised once for all of them, not per
    # comparison.
    return tuple(value_spans(text, value))
