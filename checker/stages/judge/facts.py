"""How the judge reads a claim: its subjects, qualifiers, measures, asserted
values, period and person (``ClaimView``), and its atomic facts: one per
asserted value, each with its own subject, measures, qualifiers and period
(``fact_views``), or one per clause for a claim of several clauses that no
passage holds whole (``claim_clauses``).

It reads the claim only; how a passage bears on it is ``frames`` and ``align``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from checker.language import persons
from checker.language.grammar import change_part, find_cues, grammar, is_stop_word
from checker.language.lexicon import Lexicon
from checker.language.normalise import normalise_for_match
from checker.language.numerals import NUMBER_CHARACTER_RE, month_ranges, numeral_run_at
from checker.language.words import CJK_RUN, LATIN_WORD, NEXT_LATIN_WORD
from checker.model import Analysis, Claim, Frame, Value
from checker.stages import compare
from checker.stages.analyse import (
    Discourse,
    analyse,
    clause_index,
    possessive_owner,
)


@dataclass(frozen=True)
class ClaimView:
    """A claim as the judge needs it."""

    claim: Claim
    analysis: Analysis
    subjects: tuple[str, ...]
    qualifiers: tuple[str, ...]
    measures: tuple[str, ...]
    asserted: tuple[Frame, ...]
    time: Value | None
    durations: tuple[Value, ...]
    person: tuple[persons.Name, ...] = ()
    person_surface: str = ""
    person_measures: tuple[str, ...] = ()
    content_words: tuple[str, ...] = ()
    unread_number: bool = False
    """The claim has digits that no value was read from: coverage alone must
    not support it, since the number would go unchecked."""
    negated: bool = False
    """The claim denies something ("is not", "并非"): matching words prove
    nothing, and a matching figure is what the claim denies."""


def read_claim(claim: Claim, lexicon: Lexicon) -> ClaimView:
    text = normalise_for_match(claim.text)
    discourse = Discourse()
    if claim.context:
        # Read the sentences before the claim first, so that its pronouns
        # ("Both companies", "The company", 其) take their subjects.
        _, discourse = analyse(normalise_for_match(claim.context), lexicon)
    analysis, _ = analyse(text, lexicon, discourse=discourse)
    entity_ids = [m.id for m in analysis.mentions if m.kind == "entity"]
    subjects = next((s for s, explicit in analysis.clause_subjects if s and explicit), ())
    pronoun = any(m.kind == "pronoun" for m in analysis.mentions)
    if not subjects and claim.context and pronoun:
        subjects = next((s for s, _ in analysis.clause_subjects if s), ())
    if not subjects:
        subjects = tuple(dict.fromkeys(e for e in entity_ids if lexicon.is_subject_type(e)))[:1]
    frames = analysis.frames
    asserted = [f for f in frames if f.value.kind not in ("date", "duration")]
    if asserted and len(analysis.clause_subjects) == len(analysis.clauses):
        # The subject of the figure's own clause ("Zhipu is listed, while its
        # Shanghai rival MiniMax has lost …": MiniMax's loss).
        at = clause_index(analysis.clauses, asserted[0].value.start)
        own, explicit = analysis.clause_subjects[at]
        low, high = analysis.clauses[at]
        # (Named there, not carried from a clause before: "Talkie, MiniMax's
        # app, has 10 million users" is Talkie's; and in a clause a contrast
        # opens, after one saying something of its own subject: a time
        # clause before, "GLM-4.7发布后的10个月里，智谱……", names no rival.)
        opener = text[low:high].strip().lower()
        if own and explicit and at and any(
                opener.startswith(w) for language in ("en", "zh")
                for w in lexicon.grammar(language).contrast_conjunctions) \
                and any(m.kind == "entity" and m.id in own and low <= m.start < high
                        for m in analysis.mentions):
            subjects = own
    owner = possessive_owner(text, asserted[0].value, analysis.mentions, analysis.clauses,
                             lexicon) if asserted else ()
    if owner:
        # The figure's own owner ("Alibaba led MiniMax's US$600 million round").
        subjects = owner
    # A parent of the subject qualifies nothing (阿里云 of 阿里巴巴); a product
    # or model of it does: "月之暗面发布Kimi K2" is not "月之暗面推出Kimi Chat".
    qualifiers = tuple(dict.fromkeys(
        e for e in entity_ids if e not in subjects
        and not any(e in lexicon.entity_ancestors(s) for s in subjects)))
    measures = tuple(dict.fromkeys(m.id for m in analysis.mentions if m.kind == "measure"))

    durations = [f.value for f in frames if f.value.kind == "duration"]
    dates = [f.value for f in frames if f.value.kind == "date"]
    if not asserted and durations:
        asserted = [f for f in frames if f.value.kind == "duration"]
        durations = []
    # (Or the period the figure's own frame has, written in the claim, where
    # no date stands alone: "截至2024年12月31日止年度收益为……"; not a draft's
    # sentence before, whose date may be of something else.)
    own = asserted[0].time if len(asserted) == 1 else None
    written = own is not None and text[own.start:own.end] == own.surface
    time = dates[-1] if asserted and dates else own if written else None
    if written and len(dates) > 1:
        # Of several dates, the figure's own: "1.77 million … in September
        # 2025, up from fewer than 120,000 in 2023" is September 2025's.
        time = own
    if not asserted:
        asserted = [f for f in frames if f.value.kind == "date"]

    person, surface = _claim_person(text, analysis, lexicon)
    person_measures = tuple(m for m in measures if "person" in lexicon.measures[m].value_kinds)
    return ClaimView(
        claim=claim, analysis=analysis, subjects=tuple(subjects), qualifiers=qualifiers,
        measures=measures, asserted=tuple(asserted), time=time, durations=tuple(durations),
        person=person, person_surface=surface, person_measures=person_measures,
        content_words=_content_words(text, analysis, surface),
        unread_number=_has_unread_number(text, analysis),
        negated=_negates(text, analysis, asserted))


def _negates(text: str, analysis: Analysis, asserted: Sequence[Frame]) -> bool:
    """Whether the claim denies what it states: a negation word in the
    clause of one of its figures ("智谱并非在2025年上市"), or anywhere in a
    claim without one. A negation in another clause describes rather than
    denies ("是一家非营利机构,成立于1994年" dates the founding)."""
    cues = find_cues(text, "negation")
    if not cues or not asserted or not analysis.clauses:
        return bool(cues)
    clauses = analysis.clauses
    figures = {clause_index(clauses, f.value.start) for f in asserted}
    return any(clause_index(clauses, start) in figures for start, _, _ in cues)


@cache
def _leading_conjunction(words: tuple[str, ...]) -> re.Pattern[str]:
    """A conjunction opening a clause ("and Talkie's users grew"), left out of its label."""
    return re.compile(rf"^(?:{'|'.join(map(re.escape, words)) or '(?!x)x'})\s+", re.IGNORECASE)


def fact_views(view: ClaimView, lexicon: Lexicon) -> list[tuple[str, ClaimView]]:
    """The claim's atomic facts, when it asserts more than one value ("from
    0.57 billion in 2023 to 1.25 billion in 2024", "A holds 17%, B 14%"):
    each value with the claim's subject and measures and its own time, as a
    view of its own, and the words of the claim that state it."""
    if len(view.asserted) < 2:
        return []
    english = lexicon.grammar("en")
    text = view.analysis.text
    head_end = min(f.value.start for f in view.asserted)
    head = text[:head_end].rstrip(" ,，:：")
    ordered = sorted(view.asserted, key=lambda f: f.value.start)
    spread = len({clause_index(view.analysis.clauses, f.value.start) for f in ordered}) > 1
    facts = []
    for i, frame in enumerate(ordered):
        limit = ordered[i + 1].value.start if i + 1 < len(ordered) else len(text)
        # The claim's last date is a fact's period only in the same clause
        # when the facts stand in several.
        fallback = view.time if not spread or view.time is None or clause_index(
            view.analysis.clauses, view.time.start) == clause_index(
            view.analysis.clauses, frame.value.start) else None
        # Nor is a level reached the period of the figure it started from
        # ("dropped from 91% in 2019 to 84%": 84% is not 2019's).
        if fallback is not None and frame.time is None \
                and change_part(text, frame.value.start) == "level" \
                and any(f.time is fallback and change_part(text, f.value.start) == "start"
                        for f in ordered):
            fallback = None
        # Nor the period of a change that of where it started ("In the first
        # nine months of 2025, new users halved, from 10.283 million to
        # 5.516 million": the 10.283 million is of a time before).
        own_time = frame.time
        if change_part(text, frame.value.start) == "start" \
                and any(f is not frame and f.time is own_time
                        and change_part(text, f.value.start) == "level" for f in ordered):
            own_time = fallback = None
        time = None if frame.value.kind == "date" else own_time or fallback
        end = max(frame.value.end, time.end if time and time.start < limit else 0)
        # A count with a noun the parser did not know keeps it: "more than 100
        # sites", not "more than 100" for any count.
        counted = NEXT_LATIN_WORD.match(text, end) \
            if frame.value.kind == "count" and not frame.value.unit else None
        if counted and counted.end() <= limit and not is_stop_word(counted.group(1)):
            end = counted.end()
        # Each fact is about its own figure's owner ("…, ByteDance Doubao 14.1%"),
        # or the name right after it that does something with it ("two-thirds
        # of the more than 9.2 billion yuan MiniMax has lost").
        doer, end = _doer_after(view, end, limit)
        begin = frame.value.start
        if i and time is not None and ordered[i - 1].value.end <= time.start < begin:
            # (A Chinese figure's own date stands before it, with the words
            # of the change: "从2023年的11.97万增长到2025年9月的177.16万".)
            begin = ordered[i - 1].value.end
        words = text[begin:end].strip(" ,，、;；")
        label = f"{head} … {words}" if i and head else text[:end].strip()
        subjects = doer or (frame.subjects if frame.subject_explicit and frame.subjects
                            else view.subjects)
        if any(related_entity(s, subjects, lexicon) for s in view.subjects):
            # A product and its maker both named ("After GLM-4.7, Zhipu's ARR").
            subjects = tuple(dict.fromkeys((*view.subjects, *subjects)))
        owner_at = [m.start for m in view.analysis.mentions if m.kind == "entity"
                    and m.id in subjects and m.start < frame.value.start
                    and (not i or m.start >= ordered[i - 1].value.end)]
        ci = clause_index(view.analysis.clauses, frame.value.start)
        if spread and view.analysis.clauses:
            # Labelled from its own clause: "Talkie's users grew from … 147 million".
            clause_start = view.analysis.clauses[ci][0]
            first = min(f.value.start for f in ordered
                        if clause_index(view.analysis.clauses, f.value.start) == ci)
            opener = _leading_conjunction(english.clause_conjunctions)
            lead = opener.sub("", text[clause_start:first].strip(" ,，:："))
            label = opener.sub("", text[clause_start:end].strip(" ,")) \
                if frame.value.start == first else f"{lead} … {words}"
        if i and subjects != view.subjects and owner_at:
            label = text[min(owner_at):end].strip()
        # A fact needs the measures of its own clause ("Glow attracted 5
        # million users, and Talkie's users grew …": not growth for Glow).
        own = tuple(dict.fromkeys(
            m.id for m in view.analysis.mentions if m.kind == "measure"
            and clause_index(view.analysis.clauses, m.start) == ci))
        measures = own if spread and own else view.measures
        if not spread:
            measures = _not_the_next_figures(view, frame, ordered, measures)
        if spread and own and frame.value.kind == "percent" and i and not any(
                m.kind == "entity" and clause_index(view.analysis.clauses, m.start) == ci
                for m in view.analysis.mentions):
            # A share said of what the clause before named ("R&D spending was
            # $450 million, equal to 514% of its total revenue"): its own
            # clause names only the whole it is a share of. So is a change
            # ("快递业务收入达1.37万亿元，同比增长19.4%": the revenue's growth).
            before = clause_index(view.analysis.clauses, ordered[i - 1].value.start)
            measures = tuple(dict.fromkeys((*own, *(
                m.id for m in view.analysis.mentions if m.kind == "measure"
                and clause_index(view.analysis.clauses, m.start) == before))))
        qualifiers = tuple(q for q in view.qualifiers if q not in subjects and (not spread or any(
            m.id == q and clause_index(view.analysis.clauses, m.start) == ci
            for m in view.analysis.mentions)))
        durations = tuple(d for d in view.durations if not spread or clause_index(
            view.analysis.clauses, d.start) == ci)
        facts.append((label, replace(view, asserted=(frame,), time=time, subjects=subjects,
                                     measures=measures, qualifiers=qualifiers,
                                     durations=durations)))
    return facts


def _doer_after(view: ClaimView, end: int, limit: int) -> tuple[tuple[str, ...], int]:
    """The entity an English claim names right after a figure ending at END
    (before LIMIT) as the subject of a verb, and where that verb ends: "the
    9.2 billion yuan MiniMax has lost" is MiniMax's figure; else ((), END)."""
    text = view.analysis.text
    for m in view.analysis.mentions:
        if m.kind != "entity" or not end <= m.start < limit or text[end:m.start].strip():
            continue
        verb = NEXT_LATIN_WORD.match(text, m.end)
        word = verb.group(1).lower() if verb else ""
        if word in _AUXILIARIES or word.endswith("ed"):
            after = NEXT_LATIN_WORD.match(text, verb.end()) if word in _AUXILIARIES else None
            return (m.id,), min(after.end() if after else verb.end(), limit)
    return (), end


_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "were", "will", "would"})


def _not_the_next_figures(view: ClaimView, frame: Frame, ordered: Sequence[Frame],
                          measures: tuple[str, ...]) -> tuple[str, ...]:
    """MEASURES less those written after FRAME's figure and nearer the next
    figure of its kind ("US$600 million round … and valued the company at
    US$2.5 billion": the valuation is the 2.5 billion's, not the round's)."""
    later = [f.value for f in ordered if f.value.start > frame.value.end
             and compare.comparable(f.value, frame.value)]
    if not later:
        return measures
    after, nxt = frame.value.end, later[0]
    theirs = {m.id for m in view.analysis.mentions if m.kind == "measure"
              and after <= m.start and m.end <= nxt.start
              and nxt.start - m.end < m.start - after}
    mine = {m.id for m in view.analysis.mentions if m.kind == "measure"
            and not (after <= m.start and m.end <= nxt.start)}
    return tuple(m for m in measures if m not in theirs or m in mine)


# A clause shorter than this says too little to be a fact of its own ("郭树清:",
# "据报道,", "In fact, the trend"): it joins the clause after it.
_MIN_CLAUSE_CJK = 4


_MIN_CLAUSE_WORDS = 3


def claim_clauses(view: ClaimView) -> list[str]:
    """The claim's clauses, when it has two or more that each say something
    ("桃花、油菜花等颜色鲜艳的花, 花粉含量多, 是引发过敏的祸首"); a piece too
    short to be a fact ("据报道", "In 2007") joins the clause after it."""
    text = view.analysis.text
    # (Nor is a date by itself, with the word it is given as of: "截至2025年底,"
    # is the time of the clause after it.)
    # (Nor a span of months no value reads, "今年1至2月,".)
    dates = [(v.start, v.end) for v in view.analysis.values if v.kind == "date"] \
        + month_ranges(text)
    pieces: list[tuple[int, int]] = []
    carry = None
    # (A comma inside a date, "January 8, 2026", parts no clauses.)
    spans = [(v.start, v.end) for v in view.analysis.values if v.kind == "date"]
    clauses: list[tuple[int, int]] = []
    # (Nor is a clause opening with a comparison mark and giving no figure
    # one of its own: "……的预估亏损额,比智谱2024年的亏损额还低" orders what the
    # clause before names; "……,比去年多4.5元" says a figure of its own.)
    marks = tuple(m.lower() for language in ("zh", "en")
                  for m in grammar(language).comparison_marks)
    others = tuple(grammar("zh").not_comparison_marks)
    for start, end in view.analysis.clauses:
        opening = text[start:end].lstrip(" ,\uff0c").lower()
        figured = any(start <= v.start < end and v.kind != "date" for v in view.analysis.values)
        if clauses and (any(low < clauses[-1][1] < high for low, high in spans)
                        or opening.startswith(marks) and not opening.startswith(others)
                        and not figured):
            clauses[-1] = (clauses[-1][0], end)
        else:
            clauses.append((start, end))
    for start, end in clauses:
        start = start if carry is None else carry
        piece = "".join(" " if any(low <= i < high for low, high in dates) else ch
                        for i, ch in enumerate(text[start:end], start))
        piece = _as_of_words().sub(" ", piece)
        if sum(map(len, CJK_RUN.findall(piece))) < _MIN_CLAUSE_CJK and len(
                [w for w in LATIN_WORD.findall(piece) if not is_stop_word(w)]) < _MIN_CLAUSE_WORDS \
                or _basis_only(piece):
            # A name between commas is in apposition with the piece before
            # it, which says who the name is: "Brightwell's chief executive,
            # Kevin Adeyemi, will retire" is one fact of Adeyemi.
            if pieces and carry is None and _name_only(piece):
                start = pieces.pop()[0]
            carry = start
            continue
        carry = None
        pieces.append((start, end))
    if carry is not None and pieces:
        pieces[-1] = (pieces[-1][0], len(text))
    return [text[start:end].strip() for start, end in pieces] if len(pieces) >= 2 else []


def _basis_only(piece: str) -> bool:
    """Whether the clause PIECE says only what the clause after it is
    measured by (``rank_bases`` … ``rank_basis_closers``: "按订单量计算,",
    "By order volume,"): no fact of its own, but part of the next one's."""
    opening = piece.strip(_CLAUSE_END + "\uff0c").lower()
    zh, en = grammar("zh"), grammar("en")
    if opening.startswith(tuple(zh.rank_bases)) and opening.endswith(tuple(zh.rank_basis_closers)):
        return True
    words = opening.split()
    return any(words[:len(base.split())] == base.split() for base in en.rank_bases) \
        and not any(ch.isdigit() for ch in opening) and len(words) <= 6


@cache
def _as_of_words() -> re.Pattern[str]:
    """The words a date is given as of (截至, "as of"), in either language."""
    words = [w for language in ("zh", "en") for w in grammar(language).as_of]
    return re.compile("|".join(map(re.escape, words)) or r"(?!x)x", re.IGNORECASE)


def _name_only(piece: str) -> bool:
    """Whether PIECE is a name and nothing else: capitalised Latin words."""
    words = LATIN_WORD.findall(piece)
    return bool(words) and not CJK_RUN.search(piece) and all(w[0].isupper() for w in words)


def ends_with_speech_verb(piece: str) -> bool:
    """Whether the clause PIECE only brings in what a speaker says
    ("柯承远在致词中强调,", "The minister said")."""
    end = len(piece.rstrip(_CLAUSE_END))
    return any(stop == end for _, stop, _ in find_cues(piece, "speech_verbs"))


_CLAUSE_END = " ,:;\"'"


def speaker_and_statement(text: str) -> tuple[str, str] | None:
    """The speaker and what the claim (TEXT, normalised) says they said, where
    it opens by bringing in a speaker with a verb of saying or a colon before
    a comma or "that" ("郭树清:继续鼓励外资金融机构……", "……发言人马晓光称,民进党
    当局……", "The minister said that …"); else None. The speaker's part
    must be short and give no figure or date of its own: it names who spoke,
    and what was said is the fact."""
    markers = [(start, end) for start, end, _ in find_cues(text, "speech_verbs")]
    markers += [(m.start(), m.end()) for m in _SPEAKER_COLON.finditer(text)]
    # ("According to Marion Ashby, the city …": the comma closes the speaker.)
    leading = len(text) - len(text.lstrip())
    opened = next((end for start, end, _ in find_cues(text.lower(), "attribution_markers")
                   if start == leading), None)
    if opened is not None and (comma := text.find(",", opened)) > opened:
        markers.append((comma, comma + 1))
    for start, end in sorted(markers):
        head = text[:start].strip(_CLAUSE_END)
        if opened is not None:
            head = text[opened:start].strip(_CLAUSE_END)   # (据柯雨桐介绍: 柯雨桐)
            if len(head) < _SPEAKER_MIN_CHARS:
                return None   # (据悉, "it is learned": no one)
        after = _STATEMENT_OPENING.match(text, end)
        if not head or not (after.group(1) or text[start:end] in ":,"):
            # (说 of 说法 is followed by none; "said" with no "that" may be
            # said of someone: "the minister said Lin would resign".)
            continue
        statement = text[after.end():].strip()
        if len(head) > _SPEAKER_CHARS or not statement or NUMBER_CHARACTER_RE.search(head):
            return None
        return head, statement
    return None


_SPEAKER_COLON = re.compile(r":")
_STATEMENT_OPENING = re.compile(r"\s*([,:]\s*|that\s+)?", re.IGNORECASE)
_SPEAKER_MIN_CHARS = 2
"""The fewest characters of a speaker named after an attribution word."""
_SPEAKER_CHARS = 30
"""The most characters of a claim naming who said what it goes on to say."""


def related_entity(entity: str, subjects: Sequence[str], lexicon: Lexicon) -> bool:
    return any(entity in lexicon.entity_ancestors(s) or s in lexicon.entity_ancestors(entity)
               for s in subjects)


def _claim_person(text: str, analysis: Analysis, lexicon: Lexicon):
    blocked = [(m.start, m.end) for m in analysis.mentions if m.kind == "entity"]
    latin = persons.find_latin_names(text, blocked, lexicon.surnames)
    if latin:
        start, end, variants = latin[0]
        return tuple(variants), text[start:end]
    # A Chinese name after a role word or after 是/为/由: "CEO是张鹏", "由闫俊杰创立";
    # or after a title: "CEO是清华大学计算机系长聘教授唐杰".
    # (After a measure that takes a person: "技术发布周推出了" names no 周.)
    anchors = [m.end for m in analysis.mentions if m.kind == "measure"
               and "person" in lexicon.measures[m.id].value_kinds]
    anchors += [m.end() for m in re.finditer(_before_name(lexicon.grammar("zh").before_name), text)]
    anchors += [end for _, end, _ in find_cues(text, "name_titles") if not text[end:end + 1].isascii()]
    spans = [persons.chinese_name_at(text, pos, lexicon.surnames) for pos in sorted(anchors)]
    # Or a name the claim opens with: "张鹏是智谱的董事长".
    spans.append(persons.leading_chinese_name(text, lexicon.surnames))
    for span in spans:
        if span and not any(s < span[1] and span[0] < e for s, e in blocked):
            name = text[span[0]:span[1]]
            return (persons.chinese_name(name),), name
    return (), ""


def _has_unread_number(text: str, analysis: Analysis) -> bool:
    covered = [(m.start, m.end) for m in analysis.mentions if m.kind == "entity"]
    covered += [(v.start, v.end) for v in analysis.values]
    return any(not any(s <= m.start() < e for s, e in covered)
               for m in NUMBER_CHARACTER_RE.finditer(text)
               if m.group().isdigit() or numeral_run_at(text, m.start()))


@cache
def _before_name(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words) or r"(?!x)x"


def _content_words(text: str, analysis: Analysis, person: str = "") -> tuple[str, ...]:
    covered = [(m.start, m.end) for m in analysis.mentions]
    if person and person in text:
        covered.append((text.index(person), text.index(person) + len(person)))
    covered += [(v.start, v.end) for v in analysis.values]
    rest = "".join(" " if any(s <= i < e for s, e in covered) else ch for i, ch in enumerate(text))
    # (A verb only saying the person holds the role is no word the passage
    # must hold: "闫俊杰曾担任商汤科技副总裁" / "前商汤科技副总裁闫俊杰".)
    roles = find_cues(rest.lower(), "role_verbs")
    rest = "".join(" " if any(s <= i < e for s, e, _ in roles) else ch for i, ch in enumerate(rest))
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]+", rest)]
    words = [w for w in words if not is_stop_word(w) and len(w) > 2]
    cjk = re.findall(r"[\u3400-\u9fff]{2,}", rest)
    return tuple(dict.fromkeys(words + cjk))

