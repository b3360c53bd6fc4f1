"""Stage "judge": how one passage bears on one claim (supports, contradicts, none).

A claim is read into a ``ClaimView``: its subjects, the entities it names
besides them (qualifiers such as the exchange), its measures, the values it
asserts, the period they are for, and a person when it names one.

* supports: for every asserted value the passage has a value of the same kind
  whose subject, measures and period unify with the claim's and which agrees
  (``checker.stages.compare``);
* contradicts: subject, measures and period unify, the kinds match, and the
  values disagree, with no agreeing value for that claim value in the passage;
  the reason names the source's value;
* none: anything else. The right number under the wrong subject, measure,
  period or qualifier is no support.

Claims without values are judged on people (roles by pinyin) or, failing
that, on coverage of their content; coverage alone never contradicts.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, fields
from functools import cached_property

from checker.language import persons
from checker.language.grammar import change_part, find_cues, says_pronoun
from checker.language.lexicon import Lexicon
from checker.language.values import format_value
from checker.language.words import opens_with_name
from checker.model import Analysis, Bearing, Comparison, Frame, Mention, Passage, Stance, Value
from checker.stages import compare
from checker.stages.analyse import (
    clause_index,
    split_clauses,
    subjects_at,
)
from checker.stages.judge.facts import ClaimView, related_entity
from checker.stages.judge.requirements import SLOT_TYPES, required_measures

# --- judging one passage -----------------------------------------------------

def judge(view: ClaimView, passage: Passage, analysis: Analysis, lexicon: Lexicon,
          document_entities: frozenset[str] = frozenset(),
          paragraph_entities: frozenset[str] = frozenset()) -> Stance:
    if view.asserted and not view.qualifiers and not any(
            compare.comparable(f.value, frame.value) for f in view.asserted
            for frame in analysis.frames):
        # No figure of the passage can be compared with the claim's (another
        # currency, another kind): what follows would find none to weigh.
        # (A third of the candidates of a large archive.)
        return Stance(passage, Bearing.NONE, 0.0, "")
    if view.qualifiers and not _qualifiers_present(view, analysis, lexicon, document_entities,
                                                   paragraph_entities):
        other = _slot_filled_otherwise(view, passage, analysis, lexicon)
        if other is not None:
            return _negate(other) if view.negated else other
        # A qualifier named only elsewhere in the article (港交所 at its head,
        # "此次IPO募资……43亿港元" here) lets a figure contradict, not support.
        elsewhere = bool(view.asserted) and not view.negated and _qualifiers_present(
            view, analysis, lexicon, document_entities, document_entities)
        if not elsewhere or not _qualifier_words_agree(view, analysis):
            return Stance(passage, Bearing.NONE, 0.0,
                          "a named entity of the claim is not in this passage")
        stance = _judge_values(view, passage, analysis, lexicon)
        if stance.stance == Bearing.CONTRADICTS:
            return stance
        return Stance(passage, Bearing.NONE, 0.0, "")
    if view.qualifiers and _sole_slot(view, lexicon):
        # The claim's investor is in the passage, but another one fills the
        # slot beside the figure ("由阿里巴巴领投的6亿美元A轮融资, …腾讯…也加入").
        other = _slot_filled_otherwise(view, passage, analysis, lexicon, beside=True)
        if other is not None:
            return _negate(other) if view.negated else other
    if view.asserted and not view.negated:
        other = _qualified_otherwise(view, passage, analysis, lexicon, paragraph_entities)
        if other is not None:
            return other
    if not _qualifier_words_agree(view, analysis):
        return Stance(passage, Bearing.NONE, 0.0, "the passage is about another round or kind")
    if view.asserted:
        stance = _judge_values(view, passage, analysis, lexicon)
        if view.negated:
            return _negate(stance)
        return stance
    if view.negated:
        return Stance(passage, Bearing.NONE, 0.0, "")
    if view.person:
        return _judge_person(view, passage, analysis, lexicon)
    if any(v.role == "difference" for v in view.analysis.values):
        # "cost 600 million euros more than its budget": its words are not
        # the claim without its figure.
        return Stance(passage, Bearing.NONE, 0.0, "")
    return _judge_coverage(view, passage, analysis, lexicon)


def _negate(stance: Stance) -> Stance:
    """A passage that states what a negated claim denies contradicts it; one
    that disagrees with the denied figure does not confirm the denial."""
    if stance.stance == Bearing.SUPPORTS:
        return Stance(stance.passage, Bearing.CONTRADICTS, stance.score,
                      stance.reason.replace("sources state", "sources say", 1),
                      stance.comparisons, stance.time_key)
    return Stance(stance.passage, Bearing.NONE, 0.0, "")


# Places and groups ("in Hong Kong", "one of the six little tigers") set the
# scene of an article; they need not be repeated in the sentence with the figure.
_ARTICLE_WIDE_TYPES = ("org",)


def _qualifiers_present(view: ClaimView, analysis: Analysis, lexicon: Lexicon,
                        document_entities: frozenset[str],
                        paragraph_entities: frozenset[str]) -> bool:
    """Entities the claim names besides its subject are named in the passage's
    paragraph; places may be named anywhere in the article. A qualifier's
    parent stands in for it (阿里云 by 阿里巴巴), but not when the parent is
    the claim's subject: the subject is named anyway, and its model Kimi K2
    is not its product Kimi Chat."""
    sentence = {m.id for m in analysis.mentions if m.kind == "entity"}
    subjects = {a for s in view.subjects for a in (s, *lexicon.entity_ancestors(s))}
    for q in view.qualifiers:
        entity = lexicon.entities.get(q)
        if entity and entity.type in _ARTICLE_WIDE_TYPES:
            present = sentence | document_entities
        else:
            present = sentence | paragraph_entities
        related = {q, *(a for a in lexicon.entity_ancestors(q) if a not in subjects)}
        if not (present & related) and not any(q in lexicon.entity_ancestors(p) for p in present):
            return False
    return True




# Who may lead a round: a fund or a company (阿里巴巴领投, 米哈游领投).
_BACKER_TYPES = ("company", "investor")


def _same_slot_type(found: str, wanted: str, sole: bool) -> bool:
    return found == wanted or sole and found in _BACKER_TYPES and wanted in _BACKER_TYPES


def _sole_slot(view: ClaimView, lexicon: Lexicon) -> bool:
    text = view.analysis.text.lower()
    return any(w in text if not w.isascii() else re.search(rf"\b{re.escape(w)}\b", text)
               for w in lexicon.sole_slot_words)


def _slot_filled_otherwise(view: ClaimView, passage: Passage, analysis: Analysis,
                           lexicon: Lexicon, beside: bool = False) -> Stance | None:
    """A contradiction by another entity in the claim's slot: the passage says
    the claim's subject did the claim's measure (listed, led the round) with a
    different exchange or investor in the same clause ("智谱……在港交所挂牌上市"
    against "Zhipu listed on the Shanghai Stock Exchange"). BESIDE: the
    claim's entity is in the passage too, but not in that clause."""
    if not view.subjects or not view.measures:
        return None
    entities = [m for m in analysis.mentions if m.kind == "entity"]
    measures = [m for m in analysis.mentions if m.kind == "measure"]
    for wanted in view.qualifiers:
        entity = lexicon.entities.get(wanted)
        # A claim naming THE holder ("由腾讯领投") makes a slot of any company.
        if entity is None or entity.type not in SLOT_TYPES and not beside:
            continue
        for other in entities:
            found = lexicon.entities.get(other.id)
            if found is None or not _same_slot_type(found.type, entity.type, beside) \
                    or other.id == wanted \
                    or other.id in view.subjects \
                    or related_entity(other.id, (wanted,), lexicon):
                continue
            ci = clause_index(analysis.clauses, other.start)
            # The sentence is about the claim's subject and no other: "智谱,
            # 正式在港交所挂牌上市" (the exchange may head its own clause).
            subjects = tuple(dict.fromkeys(
                e for subj, _ in analysis.clause_subjects for e in subj
                if lexicon.is_subject_type(e) and lexicon.entities[e].type not in SLOT_TYPES
                and e not in (wanted, other.id)))
            if beside:
                # Other backers may head clauses of their own ("随后腾讯注资"):
                # the slot's clause is what must be about the claim's subject.
                here = analysis.clause_subjects[ci][0] if ci < len(analysis.clause_subjects) \
                    else ()
                if not subjects_match(view.subjects, subjects, lexicon) or not (
                        all(e == "unnamed" for e in here)
                        or subjects_match(view.subjects, here, lexicon)):
                    continue
            elif not subjects or not subjects_match(view.subjects, subjects, lexicon) or any(
                    not related_entity(e, view.subjects, lexicon) and e not in view.subjects
                    for e in subjects):
                continue
            if not any(clause_index(analysis.clauses, m.start) == ci and any(
                    lexicon.measures_related(c, m.id) for c in view.measures) for m in measures):
                continue
            if beside and any(clause_index(analysis.clauses, e.start) == ci and (
                    e.id == wanted or related_entity(e.id, (wanted,), lexicon))
                    for e in entities):
                continue  # the claim's one fills the slot here too
            if _another_event(view, analysis, ci):
                continue
            return Stance(passage, Bearing.CONTRADICTS, 0.75,
                          f"sources name {other.surface} ({other.id}), not {wanted}, "
                          f"{_where(passage)}",
                          (Comparison(wanted, other.surface, wanted, other.id, "same slot"),))
    return None


def _figured_clause(analysis: Analysis, at: int, value: Value) -> bool:
    """Whether the clause of AT states a figure comparable with VALUE."""
    clause = clause_index(analysis.clauses, at)
    return any(clause_index(analysis.clauses, v.start) == clause and compare.comparable(value, v)
               for v in analysis.values)


def _another_event(view: ClaimView, analysis: Analysis, clause: int) -> bool:
    """Whether the passage's CLAUSE is of another event than the claim's: it
    names another of the claim's qualifiers' kind and not the claim's (A轮
    for "Series C"), or states a figure of the claim's kind that disagrees
    with the claim's ("6亿美元A轮融资" against "a round of nearly US$300
    million")."""
    in_clause = [m.id for m in analysis.mentions if m.kind == "qualifier"
                 and clause_index(analysis.clauses, m.start) == clause]
    claimed = {m.id for m in view.analysis.mentions if m.kind == "qualifier"}
    if claimed and in_clause and not claimed & set(in_clause):
        return True
    stated = [v for v in analysis.values if clause_index(analysis.clauses, v.start) == clause]
    return any(compare.comparable(f.value, v) for f in view.asserted for v in stated) \
        and not any(compare.comparable(f.value, v) and compare.relation(f.value, v) == "agree"
                    for f in view.asserted for v in stated)


def _qualifier_words_agree(view: ClaimView, analysis: Analysis) -> bool:
    """A qualifier of the claim ("Series C") is stated in the passage too."""
    wanted = {m.id for m in view.analysis.mentions if m.kind == "qualifier"}
    if not wanted:
        return True
    present = {m.id for m in analysis.mentions if m.kind == "qualifier"}
    return wanted <= present


def _frame_qualifiers_agree(view: ClaimView, analysis: Analysis, frame: Frame,
                            lexicon: Lexicon) -> bool:
    """The qualifier nearest to the value is the claim's: in "天使轮融资就近20亿元;
    次月又完成A轮融资" the 20亿 is the angel round's, not the Series A's."""
    for wanted in (m for m in view.analysis.mentions if m.kind == "qualifier"):
        nearest = _nearest_qualifier(analysis, frame, wanted, lexicon)
        if nearest is None or nearest.id != wanted.id:
            return False
    return True


def _nearest_qualifier(analysis: Analysis, frame: Frame, wanted: Mention,
                       lexicon: Lexicon) -> Mention | None:
    """The passage's qualifier of WANTED's group nearest to FRAME's value (in
    its clause, if one is there), or None."""
    groups = lexicon.qualifier_groups or {}
    group = groups.get(wanted.id)
    same_group = [m for m in analysis.mentions
                  if m.kind == "qualifier" and groups.get(m.id) == group]
    if not same_group:
        return None
    ci = clause_index(analysis.clauses, frame.value.start)
    in_clause = [m for m in same_group if clause_index(analysis.clauses, m.start) == ci]
    return min(in_clause or same_group, key=lambda m: (abs(m.start - frame.value.start), m.start))


def _qualified_otherwise(view: ClaimView, passage: Passage, analysis: Analysis,
                         lexicon: Lexicon,
                         paragraph_entities: frozenset[str] = frozenset()) -> Stance | None:
    """A contradiction when the passage gives the claim's very figure, for its
    subject and measure, to another thing of its qualifier's kind: "一笔6亿美元
    B轮融资" against "a $600 million Series A" (the round nearest the figure
    in its clause is another). The figure may be given to another party the
    claim names (its investor) when the paragraph names the claim's subject:
    the same deal seen from the other side."""
    wanted = [m for m in view.analysis.mentions if m.kind == "qualifier"]
    if not wanted:
        return None
    named = {m.id for m in view.analysis.mentions if m.kind == "entity"}
    present = paragraph_entities | {m.id for m in analysis.mentions if m.kind == "entity"}
    for claim_frame in view.asserted:
        required = required_measures(view, claim_frame, lexicon)
        for frame in analysis.frames:
            party = subjects_match(view.subjects, frame.subjects, lexicon, named) or (
                bool(frame.subjects) and set(frame.subjects) <= named
                and set(view.subjects) <= present)
            if not (party and compare.comparable(claim_frame.value, frame.value)
                    and compare.relation(claim_frame.value, frame.value) == "agree"
                    and _measures_match(required, frame, lexicon)
                    and _time_supports(view.time, frame.time)):
                continue
            ci = clause_index(analysis.clauses, frame.value.start)
            for qualifier in wanted:
                nearest = _nearest_qualifier(analysis, frame, qualifier, lexicon)
                # (Not where the passage names the claim's own one too, in a
                # clause with no figure of the kind: "天使轮融资就近20亿元……次月又
                # 火速完成A轮融资" leaves the A round's amount unsaid.)
                if nearest is not None and nearest.id != qualifier.id \
                        and clause_index(analysis.clauses, nearest.start) == ci \
                        and not any(m.kind == "qualifier" and m.id == qualifier.id
                                    and not _figured_clause(analysis, m.start, claim_frame.value)
                                    for m in analysis.mentions):
                    return Stance(passage, Bearing.CONTRADICTS, 0.7,
                                  f"sources say {frame.value.surface} was {nearest.surface}, "
                                  f"not {qualifier.surface}, {_where(passage)}",
                                  (Comparison(qualifier.surface, nearest.surface, qualifier.id,
                                              nearest.id, "same figure"),))
    return None


def subjects_match(claim_subjects: Sequence[str], source_subjects: Sequence[str],
                   lexicon: Lexicon, named: Collection[str] = ()) -> bool:
    """Every most-specific claim subject is a source subject; a claim subject
    that is the parent of another claim subject may be implied ("MiniMax's
    Talkie" ← "Talkie"), or the maker of a product the claim also NAMES that
    is the source's subject ("智谱发布GLM-130B" ← "GLM-130B的正式发布")."""
    if not claim_subjects:
        # A claim about no known entity ("ZP Labs's revenue", "token calls in
        # China") must not borrow a figure that belongs to a named company.
        return all(s == "unnamed" for s in source_subjects)
    if not source_subjects:
        return False
    source = set(source_subjects)
    implied = source | {a for s in source_subjects for a in lexicon.entity_ancestors(s)}
    for subject in claim_subjects:
        is_parent = any(subject in lexicon.entity_ancestors(o) for o in claim_subjects)
        if subject in source or (is_parent and subject in implied):
            continue
        if any(s in named and subject in lexicon.entity_ancestors(s) for s in source):
            continue
        return False
    return True


def _measures_match(required: Sequence[str], source: Frame, lexicon: Lexicon) -> bool:
    """Every required claim measure is in the source value's context, and the
    value's head measure is one of them or more general.

    The value's head must be the claim's measure or a more general one:
    paying users (177.16万) say nothing for or against a claim about all
    users, and R&D spending nothing about all spending (nor about "spending
    on office rent", whose words the lexicon does not know).
    """
    if not required or not source.head_measure:
        return False
    for measure in required:
        if not any(lexicon.measure_covers(measure, m) for m in source.measures):
            return False
    if not any(lexicon.measure_covers(source.head_measure, m) for m in required):
        return False
    # What a change is of: the measure nearest the figure besides its head
    # (``Frame.measures`` is nearest first). In "营收为86.4亿元, 同比增长67.5%,
    # 归母净利润为19.2亿元, 同比增长112%" 112% is the profit's growth, not the
    # revenue's, though revenue is in its sentence.
    head = source.head_measure
    bases = [r for r in required if not lexicon.measure_covers(head, r)
             and not lexicon.measure_covers(r, head)]
    others = [m for m in source.measures if m != head and not lexicon.measure_covers(head, m)
              and not lexicon.measure_covers(m, head)]
    return not bases or not others or any(lexicon.measure_covers(r, others[0]) for r in bases)


def _of_a_group(view: ClaimView, frame: Frame, lexicon: Lexicon) -> bool:
    """Whether FRAME's amount or count is given to the claim's subject among
    others the claim does not name, nor their makers or products: a group's
    together, perhaps."""
    return frame.value.kind in ("amount", "count") and len(frame.subjects) > 1 and any(
        s not in view.subjects and not related_entity(s, view.subjects, lexicon)
        for s in frame.subjects)


def _time_supports(claim_time: Value | None, source_time: Value | None) -> bool:
    if claim_time is None:
        return True
    return (source_time is not None and source_time.low >= claim_time.low
            and source_time.high <= claim_time.high
            and not compare.before_end(claim_time, source_time))


def _snapshot(frame: Frame, lexicon: Lexicon) -> bool:
    """Whether FRAME's figure is a level at a moment (its measure's
    ``snapshot``); a figure of no known measure is taken as one."""
    measure = lexicon.measures.get(frame.head_measure) if frame.head_measure else None
    return measure is None or measure.snapshot


def _durations_present(view: ClaimView, analysis: Analysis) -> bool:
    """Each duration the claim qualifies its value with is stated in the passage.

    Anchors are compared as well as intervals: "over three years" in English
    is usually a span ("during"), not a bound, and 三年 states that span.
    """
    if not view.durations:
        return True
    source = [v for v in analysis.values if v.kind == "duration"]
    return all(any(compare.relation(d, s) == "agree" or d.anchor == s.anchor for s in source)
               for d in view.durations)


@dataclass(frozen=True)
class _Match:
    claim: Frame
    source: Frame
    relation: str
    score: float


class _ClaimFrames:
    """What ``_judge_values`` works out from the claim alone, and its answers
    on what a passage's frame shares with other passages' (subjects,
    measures): a claim is judged against some 80 passages in a row, whose
    frames name the same few subjects and measures."""

    __slots__ = ("as_of", "lexicon", "measures", "named", "qualified", "required", "subjects",
                 "view")

    def __init__(self, view: ClaimView, lexicon: Lexicon) -> None:
        self.view = view
        self.lexicon = lexicon
        self.named = {m.id for m in view.analysis.mentions if m.kind == "entity"}
        self.required = [required_measures(view, f, lexicon) for f in view.asserted]
        self.qualified = any(m.kind == "qualifier" for m in view.analysis.mentions)
        self.as_of = lexicon.grammar("zh").as_of + lexicon.grammar("en").as_of
        self.subjects: dict[tuple[str, ...], bool] = {}
        """``subjects_match`` of the claim's subjects by a frame's subjects."""
        self.measures: list[dict[tuple[str, tuple[str, ...]], bool]] = \
            [{} for _ in view.asserted]
        """Per claim frame: ``_measures_match`` by a frame's head measure and measures."""

    def subjects_match(self, subjects: tuple[str, ...]) -> bool:
        found = self.subjects.get(subjects)
        if found is None:
            found = self.subjects[subjects] = subjects_match(self.view.subjects, subjects,
                                                             self.lexicon, self.named)
        return found

    def measures_match(self, at: int, frame: Frame) -> bool:
        key = (frame.head_measure, frame.measures)
        found = self.measures[at].get(key)
        if found is None:
            found = self.measures[at][key] = _measures_match(self.required[at], frame,
                                                             self.lexicon)
        return found


_LAST_CLAIM: list[_ClaimFrames | None] = [None]
"""The claim last judged (with its lexicon): its passages come one after another."""


def _claim_frames(view: ClaimView, lexicon: Lexicon) -> _ClaimFrames:
    last = _LAST_CLAIM[0]
    if last is None or last.view is not view or last.lexicon is not lexicon:
        last = _LAST_CLAIM[0] = _ClaimFrames(view, lexicon)
    return last


def forget_claim() -> None:
    """Let go of what was remembered of the claim last judged (once its
    candidates are judged: nothing of it outlives the run)."""
    _LAST_CLAIM[0] = None


def _judge_values(view: ClaimView, passage: Passage, analysis: Analysis,
                  lexicon: Lexicon) -> Stance:
    agreeing: list[_Match] = []
    disagreeing: list[_Match] = []
    unmatched = 0
    durations_ok = _durations_present(view, analysis)
    claim = _claim_frames(view, lexicon)
    for at, claim_frame in enumerate(view.asserted):
        required = claim.required[at]
        # A claim of several figures each dated ("1.77 million … in September
        # 2025, up from fewer than 120,000 in 2023") compares each for its own
        # date, not the claim's last.
        time = claim_frame.time if len(view.asserted) > 1 and claim_frame.time is not None \
            else view.time
        best_agree: _Match | None = None
        best_disagree: _Match | None = None
        for frame in analysis.frames:
            if not compare.comparable(claim_frame.value, frame.value):
                continue
            if not compare.same_part(claim_frame.value, view.analysis.text, frame.value,
                                     analysis.text) \
                    or not compare.same_role(claim_frame.value, view.analysis.text, frame.value,
                                             analysis.text) \
                    or not compare.same_counted(claim_frame.value, view.analysis.text, frame.value,
                                                analysis.text):
                continue
            if not claim.subjects_match(frame.subjects):
                continue
            if time is None and _deictic_otherwise(view, analysis, frame, lexicon):
                continue
            # Where a change started ("rose to $402 million from $187
            # million") is an earlier time's figure: not an undated claim's.
            if time is None and change_part(analysis.text, frame.value.start) == "start" \
                    and change_part(view.analysis.text, claim_frame.value.start) != "start":
                continue
            if not claim.measures_match(at, frame):
                continue
            if claim.qualified and not _frame_qualifiers_agree(view, analysis, frame, lexicon):
                continue
            rel = compare.relation(claim_frame.value, frame.value)
            score = _score(view, claim_frame, frame, required)
            # A level at a moment (users, staff) may be given for any time
            # within the claim's period; a flow or a change (revenue, "rose
            # 7%") for that period, not a part of it: March's growth is not
            # the year's.
            if rel == "agree" and durations_ok and (
                    _time_supports(time, frame.time) if _snapshot(claim_frame, lexicon)
                    else compare.for_period(time, frame.time, claim.as_of)):
                if best_agree is None or score > best_agree.score:
                    best_agree = _Match(claim_frame, frame, rel, score)
            # (An amount of several named together, "阿里巴巴、腾讯……累计投入15.55亿美元",
            # may be theirs jointly: it refutes no amount of one of them. A
            # date is each one's: "……和……同时递交招股文件".)
            elif rel == "disagree" and compare.for_period(time, frame.time, claim.as_of) \
                    and not _of_a_group(view, frame, lexicon) \
                    and not _start_of_the_claim(view, claim_frame, frame) \
                    and compare.may_refute(claim_frame.value, view.analysis.text, frame.value,
                                           analysis.text):
                if not compare.is_strong(frame.value):
                    score *= 0.7
                if best_disagree is None or score > best_disagree.score:
                    best_disagree = _Match(claim_frame, frame, rel, score)
        if best_agree:
            agreeing.append(best_agree)
        elif best_disagree:
            disagreeing.append(best_disagree)
        else:
            unmatched += 1
    if disagreeing:
        top = max(disagreeing, key=lambda m: m.score)
        return _contradiction(passage, top, disagreeing)
    # A figure the claim's change started from ("up from fewer than 120,000
    # in 2023") is asserted too, though it heads no frame: the passage must
    # state one agreeing with it.
    if agreeing and not unmatched and not all(
            compare.agrees_with_any(base, analysis.values)
            for base in view.analysis.values if base.role == "base"):
        return Stance(passage, Bearing.NONE, 0.0, "")
    if agreeing and not unmatched:
        score = min(m.score for m in agreeing)
        return Stance(passage, Bearing.SUPPORTS, score, _support_reason(agreeing, passage),
                      tuple(_comparison(m) for m in agreeing),
                      time_key=compare.period_key(agreeing[0].source.time))
    return Stance(passage, Bearing.NONE, 0.0, "")


def _deictic_otherwise(view: ClaimView, analysis: Analysis, frame: Frame,
                       lexicon: Lexicon) -> bool:
    """Whether the claim names a period relative to the writing
    (``deictic_periods``: 今年, "last year") and the clause of the passage's
    FRAME names only others, by the year each names in either language
    (``deictic_years``): "去年虧損達1,983億元" is no loss of the claim's 今年,
    whatever the year of writing. (Not a period a comparison is with:
    "较去年增长5%".)"""
    years = lexicon.deictic_years or {}
    claimed = {years.get(surface, surface)
               for _, _, surface in find_cues(view.analysis.text, "deictic_periods")}
    if not claimed:
        return False
    clauses = split_clauses(analysis.text)
    start, end = clauses[clause_index(clauses, frame.value.start)]
    clause = analysis.text[start:end]
    bases = tuple(w for language in ("zh", "en") for w in lexicon.grammar(language).base_markers)
    named = {years.get(surface, surface) for at, _, surface in find_cues(clause, "deictic_periods")
             if not clause[:at].rstrip().lower().endswith(bases)}
    return bool(named) and not named & claimed


def _start_of_the_claim(view: ClaimView, claim_frame: Frame, frame: Frame) -> bool:
    """Whether the passage's FRAME agrees with the figure the claim's change
    started from, written before CLAIM_FRAME's: "成本从3.4亿英镑膨胀至5.12亿英镑"
    is not refuted, in its 5.12亿, by "approved at a cost of £340 million"."""
    text = view.analysis.text
    return any(v.start < claim_frame.value.start
               and (v.role == "base" or change_part(text, v.start) == "start")
               and compare.agrees_with_any(v, [frame.value])
               for v in view.analysis.values)


class _Contradiction(Stance):
    """A contradicting ``Stance`` whose reason and comparisons are written
    when first read: most contradicting passages are outweighed or never
    reported (22,689 of 46,164 passages judged by the bench's 1,000 claims
    contradict), and formatting their values was a tenth of judging them.
    Equal to a ``Stance`` of the same fields."""

    # (Not ``__getattr__``: ``comparisons`` has a default, a class attribute
    # of ``Stance`` that would be found first.)
    @cached_property
    def reason(self) -> str:
        top, _ = self.__dict__["_matches"]
        return _contradiction_reason(top, self.passage)

    @cached_property
    def comparisons(self) -> tuple[Comparison, ...]:
        _, matches = self.__dict__["_matches"]
        return tuple(_comparison(m) for m in matches)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Stance):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in _STANCE_FIELDS)

    __hash__ = Stance.__hash__


_STANCE_FIELDS = tuple(f.name for f in fields(Stance))


def _contradiction(passage: Passage, top: _Match, matches: list[_Match]) -> Stance:
    """What ``Stance(passage, CONTRADICTS, top.score, _contradiction_reason(top,
    passage), tuple(map(_comparison, matches)), ...)`` is, the reason and
    comparisons written on first use."""
    stance = object.__new__(_Contradiction)
    put = object.__setattr__   # the fields of a frozen dataclass, one by one
    put(stance, "passage", passage)
    put(stance, "stance", Bearing.CONTRADICTS)
    put(stance, "score", top.score)
    put(stance, "time_key", compare.period_key(top.source.time))
    put(stance, "strong", all(compare.is_strong(m.source.value) for m in matches))
    put(stance, "_matches", (top, matches))
    return stance


def _score(view: ClaimView, claim_frame: Frame, frame: Frame, required: Sequence[str]) -> float:
    score = 0.6
    if frame.subject_explicit:
        score += 0.15
    if frame.head_measure in required:
        score += 0.1
    if abs(claim_frame.value.anchor - frame.value.anchor) <= 1e-9 * max(1.0, abs(frame.value.anchor)):
        score += 0.1
    if view.time is not None and frame.time is not None:
        score += 0.05
    return min(score, 1.0)




def first_source_surface(stance: Stance) -> str:
    """The first source value a stance compared, as written ('' when none),
    without writing a lazy contradiction's comparisons (``_Contradiction``)."""
    lazy = stance.__dict__.get("_matches")
    if lazy is not None and "comparisons" not in stance.__dict__:
        _, matches = lazy
        return matches[0].source.value.surface if matches else ""
    return stance.comparisons[0].source_value if stance.comparisons else ""


def _where(passage: Passage) -> str:
    return f"{passage.source}:{passage.line}"


def _comparison(match: _Match) -> Comparison:
    return Comparison(
        claim_value=match.claim.value.surface,
        source_value=match.source.value.surface,
        claim_normalised=format_value(match.claim.value),
        source_normalised=format_value(match.source.value),
        tolerance=compare.tolerance_text(match.claim.value))


def _support_reason(matches: Sequence[_Match], passage: Passage) -> str:
    parts = ", ".join(f"{m.source.value.surface} ({format_value(m.source.value)})" for m in matches)
    return f"sources state {parts}, {_where(passage)}"


def _contradiction_reason(match: _Match, passage: Passage) -> str:
    source = match.source.value
    return (f"sources say {source.surface} ({format_value(source)}), not "
            f"{format_value(match.claim.value)}, {_where(passage)}")


# --- people ------------------------------------------------------------------

def _role_attached(text: str, analysis: Analysis, pos: int, lexicon: Lexicon) -> list[str]:
    """Role measures written right before a name: "首席科学家唐杰", "创始人兼CEO闫俊杰"."""
    roles = []
    cursor = pos
    for mention in sorted((m for m in analysis.mentions if m.kind == "measure"),
                          key=lambda m: -m.end):
        if mention.end == cursor or (mention.end == cursor - 1
                                     and text[cursor - 1] in lexicon.grammar("zh").role_joiners):
            roles.append(mention.id)
            cursor = mention.start
    return roles


def _titled_by(text: str, analysis: Analysis, pos: int, lexicon: Lexicon) -> tuple[str, ...]:
    """The entities written right before the roles that title the name at
    POS ("商汤科技副总裁闫俊杰": sensetime), or ()."""
    roles = [m for m in analysis.mentions if m.kind == "measure"
             and m.id in _role_attached(text, analysis, pos, lexicon)]
    if not roles:
        return ()
    first = min(m.start for m in roles)
    return tuple(m.id for m in analysis.mentions if m.kind == "entity" and m.end == first)


# Where what a sentence says of one person ends: "CEO张鹏毕业于清华;
# 董事长刘德兵拥有……博士学位" lists people one after another.
_PERSON_LIST_BREAK = re.compile(r"[;。!?]")
_ITEM_BREAKS = ";"
"""Of ``_PERSON_LIST_BREAK``, those that end an item of a list, not a sentence."""


def person_span(text: str, clauses: Sequence[tuple[int, int]], pos: int) -> str:
    """The part of TEXT (normalised; CLAUSES its clause spans) that may speak
    of the person named at POS: from the start of the name's clause to the
    end of its item in a list of people (a semicolon) or of the sentence, or
    to a later clause opening with another name ("张伟此前曾在华为工作十年,
    刘洋则毕业于浙江大学计算机系": the school is 刘洋's)."""
    at = clause_index(clauses, pos) if clauses else 0
    start = clauses[at][0] if clauses else 0
    stop = _PERSON_LIST_BREAK.search(text, pos)
    end = stop.start() if stop else len(text)
    # An item after a semicolon that speaks of "him" and names no one else
    # goes on with the person ("在商汤期间,闫俊杰……;但在2021年12月,……他……离开").
    while stop is not None and stop.group() in _ITEM_BREAKS:
        following = _PERSON_LIST_BREAK.search(text, stop.end())
        item = text[stop.end():following.start() if following else len(text)]
        if not says_pronoun(item) or opens_with_name(item.lstrip()):
            break
        stop = following
        end = stop.start() if stop else len(text)
    for first, _ in clauses[at + 1:]:
        if first >= end:
            break
        if opens_with_name(text[first:]):
            end = first
            break
    return text[start:end]


def person_spans(view: ClaimView, text: str) -> list[str]:
    """``person_span`` of each place TEXT names the claim's person."""
    clauses = split_clauses(text)
    return [person_span(text, clauses, pos) for name in view.person
            for pos, _ in persons.find_name(text, name)]


def _judge_person(view: ClaimView, passage: Passage, analysis: Analysis,
                  lexicon: Lexicon) -> Stance:
    text = analysis.text
    wanted = view.person_measures
    if not wanted:
        return Stance(passage, Bearing.NONE, 0.0, "")
    measures = [m for m in analysis.mentions if m.kind == "measure"]
    for name in view.person:
        for pos, end in persons.find_name(text, name):
            subjects, explicit = subjects_at(analysis, pos)
            # (The organisation may title the name with the role: "由前商汤科
            # 技副总裁闫俊杰创立" names 商汤科技's vice-president, whatever
            # the clause's subject.)
            titled = _titled_by(text, analysis, pos, lexicon)
            if not subjects_match(view.subjects, subjects, lexicon) \
                    and not (titled and subjects_match(view.subjects, titled, lexicon)):
                continue
            explicit = explicit or bool(titled)
            ci = clause_index(analysis.clauses, pos)
            in_clause = [m for m in measures if clause_index(analysis.clauses, m.start) == ci]
            if not any(lexicon.measures_related(w, m.id) for w in wanted for m in in_clause):
                continue
            attached = _role_attached(text, analysis, pos, lexicon)
            other_role = attached and not any(lexicon.measures_related(w, a)
                                              for w in wanted for a in attached)
            # The name carries another role here; accept only when the claim's
            # role word in the clause is not another person's.
            if other_role and any(_name_after(text, m.end, lexicon) for m in in_clause
                                  if any(lexicon.measure_covers(w, m.id) for w in wanted)):
                continue
            if not _words_covered(view.content_words,
                                  person_span(text, analysis.clauses, pos)):
                continue  # the claim says more about the person than the passage
            surface = text[pos:end]
            score = 0.8 + (0.1 if explicit else 0.0)
            return Stance(passage, Bearing.SUPPORTS, score,
                          f"sources name {surface} ({view.person_surface}), {_where(passage)}",
                          (Comparison(view.person_surface, _original(passage, pos, end - pos),
                                      view.person_surface, surface, "same pinyin"),))
    for mention in measures:
        # Only a role noun names the holder of a role ("CEO张鹏"); a verb such
        # as 创立 may be followed by anything ("创立于大模型爆发前夜").
        if lexicon.measures[mention.id].value_kinds != ("person",):
            continue
        if not any(lexicon.measure_covers(w, mention.id) for w in wanted):
            continue
        span = _name_after(text, mention.end, lexicon)
        if not span:
            continue
        # A former, deputy or acting holder (原首席执行官柏昭宁) holds no rival role.
        if any(end == mention.start for _, end, _ in find_cues(text[:mention.start],
                                                                "role_modifiers")):
            continue
        candidate = persons.chinese_name(text[span[0]:span[0] + len(view.person[0])])
        if any(persons.names_match(candidate, name) for name in view.person):
            continue
        if _role_names_claimed(view, text, measures, wanted, lexicon):
            continue   # two firms' founders: the claim's is named with its role too
        subjects, explicit = subjects_at(analysis, mention.start)
        if not subjects_match(view.subjects, subjects, lexicon) or not subjects:
            continue
        found = text[span[0]:span[1]]
        return Stance(passage, Bearing.CONTRADICTS, 0.75 + (0.1 if explicit else 0.0),
                      f"sources name {found} as {mention.surface}, not {view.person_surface}, "
                      f"{_where(passage)}",
                      (Comparison(view.person_surface, _original(passage, span[0], span[1] - span[0]),
                                  view.person_surface, found, "same pinyin"),))
    return Stance(passage, Bearing.NONE, 0.0, "")


def _role_names_claimed(view: ClaimView, text: str, measures: Sequence[Mention],
                        wanted: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether TEXT names the claim's person right after a role word of the
    claim's ("创始人孟棠……；……创始人钱越"): the passage gives the role to two
    people, and which firm each leads is not for a contradiction to guess."""
    for mention in measures:
        if not any(lexicon.measure_covers(w, mention.id) for w in wanted):
            continue
        span = _name_after(text, mention.end, lexicon)
        if span and any(persons.names_match(
                persons.chinese_name(text[span[0]:span[0] + len(name)]), name)
                for name in view.person):
            return True
    return False


def _subjects_within(subjects: Sequence[str], analysis: Analysis, start: int, end: int,
                     clauses: Sequence[int]) -> bool:
    """Whether each of SUBJECTS is named in ANALYSIS's text between START and
    END, or is the subject of one of its CLAUSES that a pronoun there points
    back to (该公司)."""
    within = [m for m in analysis.mentions if start <= m.start < end]
    named = {m.id for m in within if m.kind == "entity"}
    if any(m.kind == "pronoun" for m in within):
        named |= {s for i in clauses if i < len(analysis.clause_subjects)
                  for s in analysis.clause_subjects[i][0]}
    return all(s in named for s in subjects)


def _words_covered(words: Sequence[str], text: str) -> bool:
    from checker.language.vocabulary import translations

    for word in words:
        options = [word] if re.match(r"[\u3400-\u9fff]", word) else translations(word)
        if not any(o and o in text for o in options):
            return False
    return True


def _name_after(text: str, pos: int, lexicon: Lexicon) -> tuple[int, int] | None:
    # Skip a chain of further roles joined by 兼 ("创始人兼CEO闫俊杰").
    while pos < len(text) and text[pos] in lexicon.grammar("zh").role_joiners:
        match = lexicon.measure_matcher.find(text[pos + 1:pos + 12])
        if not match or match[0].start != 0:
            break
        pos = pos + 1 + match[0].end
    return persons.chinese_name_at(text, pos, lexicon.surnames)


def _original(passage: Passage, start: int, length: int) -> str:
    o_start = passage.origin[start]
    o_end = passage.origin[start + length - 1] + 1
    return passage.excerpt[o_start:o_end]


# --- descriptive claims ------------------------------------------------------

def _bigram_similarity(claim_terms: Sequence[str], passage_terms: Sequence[str]) -> float:
    """0..1 overlap of the two texts' terms (CJK bigrams and words), to rank
    passages that cover a descriptive claim equally well. token_set_ratio on
    bigram strings is what ranked true passages first in LIBRARIES.md."""
    from rapidfuzz import fuzz

    if not claim_terms or not passage_terms:
        return 0.0
    return fuzz.token_set_ratio(" ".join(sorted(claim_terms)), " ".join(sorted(passage_terms))) / 100


def _covers(options: Sequence[str], text: str) -> float:
    """How far one of OPTIONS, a claim word's forms or translations, stands in
    TEXT: 1 for a form of two characters or more; half for a one-character
    translation, which stands inside many other words ("next" as 下 in 下半年,
    "year" as 年 in 今年)."""
    found = [o for o in options if o and o in text]
    if any(len(o) > 1 for o in found):
        return 1.0
    return 0.5 if found else 0.0


COVERAGE_CLAUSES = 2
"""Consecutive clauses of a passage within which a claim without a figure
must find its words."""


def _judge_coverage(view: ClaimView, passage: Passage, analysis: Analysis,
                    lexicon: Lexicon) -> Stance:
    from checker.language.vocabulary import translations

    if (not view.subjects and not view.measures) or view.unread_number:
        return Stance(passage, Bearing.NONE, 0.0, "")
    subjects = {s for s, _ in analysis.clause_subjects for s in s}
    mentioned = {m.id for m in analysis.mentions if m.kind == "entity"} | subjects
    if view.subjects and not all(s in mentioned for s in view.subjects):
        return Stance(passage, Bearing.NONE, 0.0, "")
    passage_measures = [m.id for m in analysis.mentions if m.kind == "measure"]
    if not all(any(lexicon.measure_covers(c, p) for p in passage_measures) for c in view.measures):
        return Stance(passage, Bearing.NONE, 0.0, "")
    words = view.content_words
    if not words:
        return Stance(passage, Bearing.NONE, 0.0, "")
    # The words must stand together, within two clauses next to each other:
    # "接受中金公司上市辅导,……;……传闻称其可能放弃A股" does not say 放弃……辅导.
    text = analysis.text
    spans = analysis.clauses or ((0, len(text)),)
    windows = [(spans[i][0], spans[min(i + COVERAGE_CLAUSES, len(spans)) - 1][1])
               for i in range(len(spans))]
    # With the claim's subjects: "B轮融资,由腾讯领投;……C轮融资,……老股东腾讯、
    # 红杉中国继续加注" does not say 红杉中国 led the B round.
    windows = [(start, end) for i, (start, end) in enumerate(windows)
               if _subjects_within(view.subjects, analysis, start, end,
                                   range(i, min(i + COVERAGE_CLAUSES, len(spans))))]
    options = [[word] if re.match(r"[\u3400-\u9fff]", word) else translations(word)
               for word in words]
    # (Words of a window that negates them do not say the claim, nor a
    # negated claim's words one that does not: "补充维生素C并不能降低感冒的发生
    # 率" is no support of "补充维生素C能降低感冒的发生率".)
    windows = [(start, end) for start, end in windows
               if bool(find_cues(text[start:end], "negation")) == view.negated]
    covered = max((sum(_covers(found, text[start:end]) for found in options)
                   for start, end in windows), default=0)
    ratio = covered / len(words)
    if ratio >= 0.75 and covered >= 1:
        return Stance(passage, Bearing.SUPPORTS, 0.5 + 0.2 * ratio + 0.1 * _bigram_similarity(
                          view.analysis.terms, analysis.terms),
                      f"the passage covers the claim's terms ({covered:g}/{len(words)}), "
                      f"{_where(passage)}")
    return Stance(passage, Bearing.NONE, 0.0, "")
