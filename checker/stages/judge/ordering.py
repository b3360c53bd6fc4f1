"""Claims that order two things by a figure they do not give: "临江省2024年
粮食产量高于青川省", "Tessaly Grid Energy generated more electricity than
Solvik in 2023", "The 2025 scheme offers more flats than the 2024 scheme
did".

Nothing in one passage need say so: the sources give each side its figure,
often in different documents. Each side is read as a claim of its own, the
claim's text with the order word replaced by a figure (``Ordering``); the
figures the sources state for it are found by judging that claim with each
figure of the passages that speak to it, so a figure counts only where the
whole judge binds it to the side's subject, measure and period. The two
sides' figures then say whether the claim orders them rightly.

Reads the claim's words only through the grammar files: the order words
(``greater_than``, ``less_than``, ``greater_adjectives``,
``less_adjectives``, ``closed_comparison_marks``, ``not_comparison_marks``,
the ``direction`` opposites) and the words for the year before
(``previous_year``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from checker.language.grammar import Grammar, find_cues, grammar
from checker.language.lexicon import Lexicon
from checker.language.normalise import normalise_for_match
from checker.language.values import parse_values
from checker.language.words import CJK_RUN, LATIN_WORD, named_with_kinds
from checker.model import Bearing, Claim, ClaimResult, Evidence, Value, Verdict
from checker.stages import compare
from checker.stages.analyse import clause_index, split_clauses
from checker.stages.index import PassageIndex
from checker.stages.judge.align import COMPARATIVE_LINKS, number_opens


@dataclass(frozen=True)
class Ordering:
    """A claim's two sides, each as the claim's words with the place where
    its figure goes: (text before, text after)."""

    first: tuple[str, str]
    second: tuple[str, str]
    larger: bool
    """Whether the claim says the first side's figure is the greater."""
    first_label: str
    second_label: str


Check = Callable[[Claim, PassageIndex, Lexicon], ClaimResult]


@lru_cache(maxsize=4096)
def read_ordering(text: str) -> Ordering | None:
    """The ordering TEXT (a claim's) states without figures, else None.
    The other side must be a name ("than Solvik", 高于青川省) or a period
    ("than in 2022", 比上年): "more than half", "higher than the national
    average" and "more than 300" order nothing the sources can name."""
    text = normalise_for_match(text)
    if any(v.kind in _FIGURE_KINDS for v in parse_values(text)):
        return None
    return _chinese_ordering(text) if CJK_RUN.search(text) else _english_ordering(text)


def orders_by_words(text: str) -> bool:
    """Whether TEXT (a claim's) orders two things by an order word alone,
    with no figure of its own, whatever its other side names: "OpenAI的预估
    亏损额,比智谱2024年的亏损额还低". (English: only as ``read_ordering`` reads
    it.)"""
    if read_ordering(text) is not None:
        return True
    text = normalise_for_match(text)
    if not CJK_RUN.search(text) or any(v.kind in _FIGURE_KINDS for v in parse_values(text)):
        return False
    zh = grammar("zh")
    found = _closed_chinese(text, zh) or _open_chinese(text, zh)
    return found is not None and bool(found[1].strip()) and not number_opens(found[1].strip())


# Figures a claim may not give itself: an ordering with one is compared
# where the sources give both (``compare.misordered``).
_FIGURE_KINDS = ("amount", "count", "percent", "physical", "multiple", "ordinal")


# -- English -----------------------------------------------------------------

# How many words before "than" its comparative may stand ("generated more
# electricity than", "carried more passengers in 2024 than").
_ADJECTIVE_REACH = 5
# A name: capitalised words, with digits and marks inside (01.AI, GLM-4.5),
# after an optional "the".
_ENGLISH_NAME = re.compile(
    r"(?:the\s+)?((?:[A-Z]|[a-z](?=[A-Z]))[\w.&-]*(?:\s+(?:[A-Z0-9][\w.&-]*))*)(['\u2019]s)?")
# Words a name may qualify, at most two ("the Isla Verano reefs").
_QUALIFIED = re.compile(r"(?:\s+[a-z][a-z-]*){1,2}?(?=\s*(?:$|[,.;:!?)]|\s(?:in|on|at|during|"
                        r"for|by|over|from|since|between|until|did|does|do|had|has|was|were|is|"
                        r"are)\b))")
# What may follow the other side's name: the clause's end, or a word
# opening a phrase of time, place or manner ("than Solvik in 2023"); not
# a noun it qualifies ("than the Isla Verano reefs").
_AFTER_NAME = re.compile(r"\s*(?:$|[,.;:!?)]|(?:in|on|at|during|for|by|over|from|since|"
                         r"between|until|to|and|as|last|this|that|among|across)\b)")
# Verbs repeating the first side's after its name ("than the 2024 scheme did").
_ECHO_VERBS = re.compile(r"\s*\b(?:did|does|do|had|has|have|was|were|is|are)\b")


def _english_ordering(text: str) -> Ordering | None:
    """"more … than B" (a comparative a few words before "than"), or an
    order word right before B ("ahead of", "behind", "exceeded": the
    ``greater_than`` and ``less_than`` words not ending in "than")."""
    lowered = text.lower()
    rules = grammar("en")
    marks = tuple(w.lower() for w in rules.closed_comparison_marks)
    clauses = split_clauses(text)
    pattern = "|".join(map(re.escape, marks))
    # (Past a period between them: "more daily token calls in the second
    # half of 2024 than …".)
    periods = [(v.start, v.end) for v in parse_values(text) if v.kind == "date"]
    found: list[tuple[int, int, int, bool]] = []   # (word start, word end, mark end, larger)
    for mark in re.finditer(rf"\b(?:{pattern})\b", lowered):
        start, _ = clauses[clause_index(clauses, mark.start())]
        words = [w for w in LATIN_WORD.finditer(lowered, start, mark.start())
                 if not any(a <= w.start() < b for a, b in periods)][-_ADJECTIVE_REACH:]
        adjectives = [(w, w.group() in rules.greater_adjectives) for w in words
                      if w.group() in (*rules.greater_adjectives, *rules.less_adjectives)]
        if adjectives:
            adjective, larger = adjectives[-1]
            found.append((adjective.start(), adjective.end(), mark.end(), larger))
    for words, larger in ((rules.greater_than, True), (rules.less_than, False)):
        for word in words:
            if not any(word.lower().endswith(m) for m in marks):
                found += [(m.start(), m.end(), m.end(), larger) for m in
                          re.finditer(rf"\b{re.escape(word.lower())}\b", lowered)]
    for word_start, word_end, mark_end, larger in sorted(found):
        start, end = clauses[clause_index(clauses, word_start)]
        rest = text[mark_end:end]
        side = _english_other_side(rest)
        if side is None:
            continue
        kind, label, used = side
        before = text[:word_start]
        after = _between(text, word_end, mark_end, marks) + rest[used:] + text[end:]
        first = (before, after)
        if kind == "name":
            subject = _english_subject(text, start, word_start)
            if subject is None or subject[0].lower() == label.lower():
                continue
            second = (_swap(before, subject, label), _swap(after, subject, label))
            return Ordering(first, second, larger, subject[0], label)
        return _period_ordering(first, kind, label, larger)
    return None


def _between(text: str, word_end: int, mark_end: int, marks: Sequence[str]) -> str:
    """The claim's words between its comparative and "than" ("more
    electricity than": " electricity"), without the mark; '' for an order
    word standing right before the other side."""
    inner = text[word_end:mark_end]
    for mark in marks:
        if inner.lower().endswith(mark):
            return inner[:len(inner) - len(mark)].rstrip()
    return ""


def _english_other_side(rest: str) -> tuple[str, str, int] | None:
    """What REST (the words after "than" to the clause's end) names as the
    other side: ("name", the name, characters used), ("period", the period
    as written, …) or ("previous", …) for the year before; None for anything
    else."""
    stripped = rest.lstrip()
    lead = len(rest) - len(stripped)
    lowered = stripped.lower()
    if not stripped or number_opens(lowered):
        return None
    for phrase in sorted(grammar("en").previous_year, key=len, reverse=True):
        if lowered.startswith(phrase.lower()):
            return "previous", phrase, lead + len(phrase)
    # ("than in 2022", "than the 2024 scheme did": a year within its first words.)
    dates = [v for v in parse_values(stripped) if v.kind == "date"]
    # (Not after a name: "than Solvik in 2023" orders two generators.)
    opening = LATIN_WORD.findall(stripped[:dates[0].start]) if dates else []
    if dates and len(opening) <= 2 and all(w.islower() for w in opening):
        used = dates[0].end
        echo = _ECHO_VERBS.match(stripped, used)
        if not echo and LATIN_WORD.match(stripped, used + 1 if stripped[used:used + 1] == " " else used):
            # ("the 2024 scheme did": the words the year qualifies, then the verb.)
            following = _ECHO_VERBS.search(stripped, used)
            used = following.end() if following else len(stripped)
        elif echo:
            used = echo.end()
        return "period", dates[0].surface, lead + used
    name = _ENGLISH_NAME.match(stripped)
    if name is None or any(w.lower() in grammar("en").averages for w in name.group(1).split()):
        return None
    # (A full stop ending the sentence is no part of the name: "than DeepSeek.")
    written = name.group(1).rstrip(".")
    used = name.end() if name.group(2) else name.start(1) + len(written)
    # (Nor are the words it qualifies another thing: "than the Isla Verano
    # reefs" names the reefs.)
    nouns = _QUALIFIED.match(stripped, used)
    if nouns and not name.group(2) and not _AFTER_NAME.match(stripped, used):
        written, used = stripped[name.start():nouns.end()].strip(), nouns.end()
    echo = _ECHO_VERBS.match(stripped, used)
    used = echo.end() if echo else used
    if not _AFTER_NAME.match(stripped, used):
        return None
    return "name", written, lead + used


def _english_subject(text: str, start: int, stop: int) -> tuple[str, ...] | None:
    """The first side's name: the first capitalised name of its clause
    (TEXT[START:STOP]) that no preposition opens, in the forms the claim
    writes it (whole, and as a possessor)."""
    places = {w.lower() for w in (*grammar("en").place_prepositions,
                                  *grammar("en").body_prepositions, "of", "by", "from", "to",
                                  "for", "with")}
    for name in _ENGLISH_NAME.finditer(text, start, stop):
        before = LATIN_WORD.findall(text[start:name.start()].lower())
        if before and before[-1] in places:
            continue
        if name.group(1).lower() in {w.lower() for w in grammar("en").determiners}:
            continue
        return (name.group(1),)
    return None


# -- Chinese -----------------------------------------------------------------

_CLAUSE_END = "，,。；;！!？?"
# The most characters of the other side (比 / 高于 + name).
_SIDE_CHARS = 12
# The most characters of a word of degree between a period and the verb
# ordering it (有所, 略有, 明显).
_DEGREE_CHARS = 2


def _chinese_ordering(text: str) -> Ordering | None:
    zh = grammar("zh")
    found = _closed_chinese(text, zh) or _open_chinese(text, zh)
    if found is None:
        return None
    before, other, after, larger = found
    other = other.split("\u7684")[0].strip()     # 高于青川省的水平: 青川省
    before = before.rstrip("\u7684 ")
    first = (before + _CHINESE_COPULA, after)
    # The year before, or a period, perhaps with a word of degree after it
    # (比2023年有所下降).
    for phrase in sorted(zh.previous_year, key=len, reverse=True):
        if other.startswith(phrase) and len(other) - len(phrase) <= _DEGREE_CHARS:
            return _period_ordering(first, "previous", phrase, larger)
    dates = [v for v in parse_values(other) if v.kind == "date"]
    if dates and dates[0].start == 0 and len(other) - dates[0].end <= _DEGREE_CHARS:
        return _period_ordering(first, "period", dates[0].surface, larger)
    if not other or len(other) > _SIDE_CHARS or number_opens(other) or _unnamed(other, zh):
        return None
    subject = _chinese_subject(before, other)
    if subject is None or subject[0] in other or other in subject[0]:
        return None
    second = (_swap(first[0], subject, other), _swap(after, subject, other))
    return Ordering(first, second, larger, subject[0], other)


# How a Chinese side states its figure ("……粮食产量为538.9亿斤").
_CHINESE_COPULA = "\u4e3a"


def _closed_chinese(text: str, zh: Grammar) -> tuple[str, str, str, bool] | None:
    """比 B (更) ADJ at a clause's end: (before 比, B, after ADJ, larger). The
    adjective may be a verb of change (比上年增加, 比2023年有所下降: the
    ``direction`` opposites)."""
    up, down = next(((one, other) for name, one, other in zh.opposites if name == "direction"),
                    ((), ()))
    others = [(m.start(), m.end()) for word in zh.not_comparison_marks
              for m in re.finditer(re.escape(word), text)]
    for mark in zh.closed_comparison_marks:
        for found in re.finditer(re.escape(mark), text):
            if any(start <= found.start() < end for start, end in others):
                continue   # (比例, 对比, 同比: no comparison)
            tail = text[found.end():]
            stop = next((i for i, ch in enumerate(tail) if ch in _CLAUSE_END), len(tail))
            clause = tail[:stop]
            for adjectives, larger in ((zh.greater_adjectives, True), (zh.less_adjectives, False),
                                       (up, True), (down, False)):
                adjective = next((a for a in sorted(adjectives, key=len, reverse=True)
                                  if clause.endswith(a)), "")
                if not adjective:
                    continue
                other = clause[:len(clause) - len(adjective)].rstrip(COMPARATIVE_LINKS)
                if other:
                    return text[:found.start()], other, tail[stop:], larger
    return None


def _open_chinese(text: str, zh: Grammar) -> tuple[str, str, str, bool] | None:
    """高于 B / 低于 B to a clause's end: (before the word, B, after B, larger)."""
    words = sorted(((w, True) for w in zh.greater_than), key=lambda t: -len(t[0])) \
        + sorted(((w, False) for w in zh.less_than), key=lambda t: -len(t[0]))
    for word, larger in words:
        at = text.find(word)
        if at < 0:
            continue
        tail = text[at + len(word):]
        stop = next((i for i, ch in enumerate(tail) if ch in _CLAUSE_END), len(tail))
        return text[:at], tail[:stop], tail[stop:], larger
    return None


def _unnamed(other: str, zh: Grammar) -> bool:
    """Whether the other side is no one thing the sources may give a figure
    of: an average (高于全国平均水平), the whole country (高于全国), all of
    something (比所有同行高), the province it is in (高于全省)."""
    return any(word in other for word in (*zh.averages, *zh.nation_pointers, *zh.place_pointers,
                                          *zh.universal))


def _chinese_subject(before: str, other: str) -> tuple[str, ...] | None:
    """The first side's name in BEFORE (the claim's words before its order
    word): the first place or organisation the tagger finds, else a name
    after an opening time ending as the OTHER side's does (黎霞市 for 甘泉市),
    else the words after the time up to the next time or 的 ("宏途快递2024年
    单票收入": 宏途快递)."""
    values = [v for v in parse_values(before) if v.kind == "date"]
    # (A name the tagger runs on from a date is cut where the date ends:
    # "2024年鹭川市" gives 年鹭川市.)
    named = [(w[max(0, v.end - at):], max(at, v.end)) if (v := next(
        (d for d in values if d.start <= at < d.end), None)) else (w, at)
        for w, at, _ in named_with_kinds(before)]
    named = [(w, at) for w, at in named if len(w) >= 2]
    if named:
        first = min(at for _, at in named)
        return (max((w for w, at in named if at == first), key=len),)
    start = values[0].end if values and values[0].start == 0 else 0
    while start < len(before) and before[start] in _CLAUSE_END + " ":
        start += 1
    kind = before.find(other[-1:], start + 1) if CJK_RUN.fullmatch(other[-1:] or "x") else -1
    if 0 < kind - start < _SIDE_CHARS and CJK_RUN.fullmatch(before[start:kind + 1]):
        return (before[start:kind + 1],)
    stops = [v.start for v in values if v.start > start] + [before.find("\u7684", start)]
    stop = min((s for s in stops if s > start), default=-1)
    if stop < 0 or stop - start < 2 or not CJK_RUN.match(before, start) and not before[start].isalpha():
        return None
    return (before[start:stop].strip(),)


# -- both languages ----------------------------------------------------------

def _year_of(value: Value) -> int:
    return date.fromordinal(int(value.low)).year


def _swap(text: str, subject: tuple[str, ...], other: str) -> str:
    """TEXT with the first side's name (any of its forms) written as OTHER."""
    for form in subject:
        at = text.find(form)
        if at >= 0:
            # (A Latin name is kept apart from digits or letters beside it:
            # "MiniMax 2024年", not "MiniMax2024年".)
            end = at + len(form)
            before = " " if at and other[:1].isascii() and text[at - 1].isalnum() else ""
            after = " " if other[-1:].isascii() and text[end:end + 1].isalnum() else ""
            return f"{text[:at]}{before}{other}{after}{text[end:]}"
    return text


def _period_ordering(first: tuple[str, str], kind: str, label: str,
                     larger: bool) -> Ordering | None:
    """The ordering of a figure of the claim's period against another
    period's: the one the other side names (LABEL, as written), or the same
    period a year before (KIND "previous"). The claim must name one period."""
    before, after = first
    dates = [v for v in parse_values(before + after) if v.kind == "date"]
    if len(dates) != 1:
        return None
    own = dates[0].surface
    if kind == "previous":
        year = str(_year_of(dates[0]))
        other = own.replace(year, str(int(year) - 1))
    else:
        other = label
    if other == own or own not in before + after:
        return None
    second = (before.replace(own, other, 1), after.replace(own, other, 1) if own not in before
              else after)
    return Ordering(first, second, larger, own, other)


def orders_in_words(text: str) -> bool:
    """Whether TEXT (a passage's) orders two things itself: an order word
    (``greater_than``, ``less_than``: 高于, "ahead of"), "than", or 比 with an
    adjective of order after it (比上年多); or gives two figures of a kind
    to compare. "对比智谱2024年全年收入的4200万美元,可见MiniMax……能力之强"
    orders nothing: it names both and gives one figure."""
    lowered = normalise_for_match(text).lower()
    if find_cues(lowered, "greater_than") or find_cues(lowered, "less_than") \
            or re.search(r"\bthan\b", lowered):
        return True
    if sum(v.kind in compare.ORDERED_KINDS for v in parse_values(lowered)) >= 2:
        return True
    zh = grammar("zh")
    adjectives = (*zh.greater_adjectives, *zh.less_adjectives)
    # (Not 比 of another word: 对比, 同比, 比例: ``not_comparison_marks``.)
    others = [(m.start(), m.end()) for word in zh.not_comparison_marks
              for m in re.finditer(re.escape(word), lowered)]
    for mark in zh.closed_comparison_marks:
        for found in re.finditer(re.escape(mark), lowered):
            if any(start <= found.start() < end for start, end in others):
                continue
            tail = lowered[found.end():found.end() + _SIDE_CHARS + 2]
            clause = tail[:next((i for i, ch in enumerate(tail) if ch in _CLAUSE_END), len(tail))]
            if any(a in clause for a in adjectives):
                return True
    return False



# -- judging -----------------------------------------------------------------

CANDIDATES = 8
"""Passages whose figures are tried for each side, the best by shared rare words."""
_Figure = tuple[Value, str, ClaimResult]
"""A figure the sources state for a side, as its passage writes it, and the
side's verdict with it."""


def judge_ordering(claim: Claim, ordering: Ordering, index: PassageIndex, lexicon: Lexicon,
                   check: Check, candidates: Callable[[Claim], Sequence[int]]) -> ClaimResult | None:
    """The verdict on CLAIM, which states ORDERING, from the figures the
    sources give each side (CHECK judges a side with a figure in it;
    CANDIDATES ranks the passages speaking to a side without one), or None
    when either side has no one figure the sources state, or the two are
    too close to order."""
    first = _stated_figures(claim, ordering.first, index, lexicon, check, candidates)
    second = _stated_figures(claim, ordering.second, index, lexicon, check, candidates) \
        if first else []
    pairs = [(a, b) for a in first for b in second
             if compare.comparable(a[0], b[0]) and a[0].unit == b[0].unit]
    orders = {compare.order_of(a[0], b[0]) for a, b in pairs}
    if len(orders) != 1 or "" in orders:
        return None
    (_, a_written, a_result), (_, b_written, b_result) = pairs[0]
    # A passage giving both figures and ordering them in words itself
    # ("水位为112.5米,低于汛限水位1.5米": 1.5米 is the gap) is read as it says.
    shared = {(e.source, e.line) for e in _support(a_result)} \
        & {(e.source, e.line) for e in _support(b_result)}
    if shared and any(find_cues(normalise_for_match(e.excerpt).lower(), kind)
                      for e in _support(a_result) for kind in ("greater_than", "less_than")):
        return None
    agrees = (orders.pop() == "greater") == ordering.larger
    stance = Bearing.SUPPORTS if agrees else Bearing.CONTRADICTS
    evidence = tuple(replace(e, stance=stance) for e in (*_support(a_result), *_support(b_result)))
    where = ", ".join(dict.fromkeys(f"{e.source}:{e.line}" for e in evidence))
    said = (f"the sources give {ordering.first_label} {a_written} and "
            f"{ordering.second_label} {b_written}")
    reason = f"{said}, as the claim orders them" if agrees \
        else f"{said}, which the claim orders the other way round"
    return ClaimResult(claim, Verdict.SUPPORTED if agrees else Verdict.CONTRADICTED, 0.7,
                       f"{reason} ({where})", evidence)


def _support(result: ClaimResult) -> tuple[Evidence, ...]:
    return tuple(e for e in result.evidence if e.stance == Bearing.SUPPORTS)[:1]


def _figure_written(value: Value, text: str) -> str:
    """VALUE as its passage (TEXT) writes it, with the Chinese unit written
    right after a count no value reads one of, when it ends the phrase
    (538.9亿斤, 7150万亩: a harvest is no sown area)."""
    after = text[value.end:value.end + 2]
    if value.kind == "count" and not value.unit and CJK_RUN.fullmatch(after[:1]) \
            and not CJK_RUN.fullmatch(after[1:2] or "x") \
            and after[:1] not in grammar("zh").function_characters:   # (538.9亿的)
        return value.surface + after[:1]
    return value.surface


def _written_in(before: str, figure: str, after: str) -> str:
    """A side's text with FIGURE where its figure goes: between words in
    English, written on in Chinese."""
    if CJK_RUN.search(before + after):
        return f"{before}{figure}{after}"
    return re.sub(r"\s+([,.;:!?])", r"\1", " ".join(p for p in (before.strip(), figure,
                                                               after.strip()) if p))


def _stated_figures(claim: Claim, side: tuple[str, str], index: PassageIndex,
                    lexicon: Lexicon, check: Check,
                    candidates: Callable[[Claim], Sequence[int]]) -> list[_Figure]:
    """The figures the sources state for SIDE: each figure of the passages
    speaking to it that, written into it, makes a claim the judge finds
    supported. Figures of more than one size for one kind mean the side is
    not read rightly: none then."""
    before, after = side
    bare = Claim(id=claim.id, text=f"{before}{after}", context=claim.context)
    found: list[_Figure] = []
    tried: set[str] = set()
    for number in candidates(bare):
        analysis = index.item(number).analysis
        for value in analysis.values:
            figure = _figure_written(value, analysis.text)
            # (Not places in a ranking: which one a passage gives whom is
            # read too loosely, "Cole … finished fourth" for another runner.)
            if value.kind not in compare.ORDERED_KINDS or figure in tried:
                continue
            tried.add(figure)
            text = _written_in(before, figure, after)
            result = check(Claim(id=claim.id, text=text, context=claim.context), index, lexicon)
            if result.verdict == Verdict.SUPPORTED:
                found.append((value, figure, result))
    for kind in {(v.kind, v.unit) for v, _, _ in found}:
        same = [v for v, _, _ in found if (v.kind, v.unit) == kind]
        if any(compare.order_of(x, y) for x in same for y in same):
            return []
    return found
