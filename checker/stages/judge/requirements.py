"""What a passage must hold for the judge to find any stance but "none" in
it (``required_measures``, ``retrieval_filter``), read by both sides: the
index intersects postings with the filter, and the lexicon judge asks for
the same measures, so retrieval never drops a passage the judge would use.
"""
from __future__ import annotations

from checker.language.lexicon import Lexicon
from checker.language.numerals import units
from checker.model import Frame
from checker.stages.index import (
    NO_SUBJECT,
    Filter,
    covered_measures,
    related_measures,
    value_kind_key,
)
from checker.stages.judge.facts import ClaimView

# Entity types that fill one slot of a fact: a company lists on one exchange
# (or board) at a time, a round has its lead investor. A place is not here:
# an article names many places for other reasons.
SLOT_TYPES = ("exchange", "market", "investor")


def required_measures(view: ClaimView, frame: Frame, lexicon: Lexicon) -> list[str]:
    required = [m for m in view.measures if frame.value.kind in lexicon.measures[m].value_kinds]
    if len(required) > 1:
        # A context word frames the others ("raise ... in its IPO"); alone it
        # is the claim's measure ("Zhipu started its IPO in April 2025").
        required = [m for m in required if not lexicon.measures[m].context] or required
    # Figures of one kind the claim gives each its own measure ("lost 2
    # billion yuan on revenue of 300 million yuan"): one is not the measure
    # of the other's figure.
    others = {f.head_measure for f in view.asserted if f is not frame and f.head_measure
              and f.head_measure != frame.head_measure and f.value.kind == frame.value.kind}
    if others and frame.head_measure:
        required = [m for m in required if m not in others] or required
    return required



def retrieval_filter(view: ClaimView, lexicon: Lexicon) -> Filter:
    """What a passage must contain for ``judge`` to find any stance but
    "none" in it, as index features: only such passages are ranked.

    It mirrors the judge's conditions without weakening any: a value claim
    needs a frame of the same kind (money in any currency) about its subject with one
    of its required measures (or a kind of it) in context; a claim about a
    person, a measure related to the role; a descriptive claim, all its
    subjects and measures. Every claim needs its qualifier words (Series C).
    """
    wanted = sorted({m.id for m in view.analysis.mentions if m.kind == "qualifier"})
    qualifiers = tuple(frozenset({f"q:{q}"}) for q in wanted)
    groups = lexicon.qualifier_groups or {}
    # A value claim's figure given to another round is a contradiction
    # (``frames._qualified_otherwise``): any qualifier of the group will do.
    of_group = tuple(frozenset(f"q:{other}" for other, group in groups.items()
                               if group == groups.get(q)) or frozenset({f"q:{q}"})
                     for q in wanted)
    specific = [s for s in view.subjects
                if not any(s in lexicon.entity_ancestors(o) for o in view.subjects)]
    named = tuple(frozenset({f"e:{s}"}) for s in specific)
    if view.asserted:
        subject = specific[0] if specific else NO_SUBJECT
        # Or a product of the subject's that the claim names ("智谱发布GLM-130B":
        # ``frames.subjects_match``).
        owners = [subject, *(m.id for m in view.analysis.mentions if m.kind == "entity"
                             and subject in lexicon.entity_ancestors(m.id))]
        if any(m.kind == "qualifier" for m in view.analysis.mentions):
            # The figure given to another party the claim names, under
            # another round (``frames._qualified_otherwise``).
            owners += [m.id for m in view.analysis.mentions if m.kind == "entity"]
        owners = list(dict.fromkeys(owners))
        alternatives = []
        for frame in view.asserted:
            required = required_measures(view, frame, lexicon)
            value = frame.value
            if not required or (value.kind == "amount" and not value.unit):
                continue  # the judge can match no source value to this one
            # Money in another currency is compared too, for the same
            # figure (``compare.comparable``).
            kinds = [value_kind_key(value.kind, unit) for unit in units()["currencies"]] \
                if value.kind == "amount" else [value_kind_key(value.kind, value.unit)]
            clauses = [frozenset(f"f:{kind}|{owner}|{m}" for kind in kinds for owner in owners
                                 for m in covered_measures(required[0], lexicon))]
            clauses += [frozenset(f"m:{m}" for m in covered_measures(r, lexicon))
                        for r in required[1:]]
            alternatives.append((*clauses, *named[1:], *of_group))
        return tuple(alternatives)
    if view.person:
        if not view.person_measures:
            return ()
        roles = frozenset(f"m:{m}" for w in view.person_measures
                          for m in related_measures(w, lexicon))
        return ((roles, *named[:1], *qualifiers),)
    slot = any(lexicon.entities[q].type in SLOT_TYPES for q in view.qualifiers
               if q in lexicon.entities)
    if (not view.subjects and not view.measures) or view.unread_number \
            or not (view.content_words or slot and view.subjects and view.measures):
        return ()
    measures = tuple(frozenset(f"m:{m}" for m in covered_measures(c, lexicon))
                     for c in view.measures)
    everyone = tuple(frozenset({f"e:{s}"}) for s in view.subjects)
    return ((*everyone, *measures, *qualifiers),)

