"""Compare a claim's value with a source's value: agree, disagree or neither.

Values are intervals with a stated precision and hedge (see ``Value``):

* two stated numbers (exact or "about") agree when the source's number lies
  within half the claim's last digit (9 billion ≈ 92亿; 2.2 billion ≈ 21.95亿)
  and within 5% of the claim (1亿 is not 0.51亿, however round),
  disagree when they are further apart than half the coarser last digit
  (73.1% vs 73.6%; 300 million vs 3 billion), and otherwise neither: a claim
  more precise than its source (280 million vs 3亿) is not confirmed by it;
* a bound or range agrees when the source's interval lies inside the claim's
  ("over 11 million" ← 月活超1100万), disagrees when the two are disjoint
  (80% vs 超过七成 is neither: over 70% allows 80%); two bounds in the same
  direction twice or more apart disagree ("over 110 million" vs 超1100万),
  and a bound on money or a count twice or more from the figure it holds
  does not agree with it ("over $250 million" vs 6亿美元 is neither);
* dates compare as day intervals at their stated granularity: the source must
  be at least as precise as the claim to agree.

It does not decide whether two values are about the same thing (``judge``).
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from checker.language.grammar import (
    change_part,
    direction_words,
    figure_role,
    find_cues,
    grammar,
    is_stop_word,
    opens_span,
    part_said,
    relative_figure,
    share_figure,
)
from checker.language.numerals import (
    english_numbers,
    hedge_words,
    same_money_word,
    shared_subunit,
    units,
    unnamed_money_of,
)
from checker.language.persons import tagged_words
from checker.language.values import measured_duration, parse_values, rate_base
from checker.language.words import CJK_RUN, LATIN_WORD, NEXT_LATIN_WORD, stem
from checker.model import Value

POINT_HEDGES = ("exact", "about")
# Relative slack of "about"/约 on each side, on top of the last-digit slack:
# small, so "about $4.2 billion" is not confirmed by 约40亿美元.
ABOUT_SLACK = 0.02
# The most a round number may be off from what it rounds: 5% either side
# ("1亿" accepts 0.95亿-1.05亿; "$70 million" 66.5-73.5 million).
ROUND_SLACK = 0.05
# The most a whole percentage may be off from what it rounds: a tenth of it
# ("5%" accepts 4.8%; "2%" is not 1.5%, however a writer rounds).
PERCENT_ROUND_SLACK = 0.1
# Two lower (or two upper) bounds whose figures are this far apart disagree:
# "over 110 million" and 超1100万 are not the same statement, nor are 突破2.15亿
# and 突破1.15亿 (a bound is written near its figure). A claimed bound this far
# from an exact figure says nothing of it.
BOUND_GAP = 2.0
SAME_BOUNDS_GAP = 1.5
_LOWER_BOUNDS = ("over", "at_least")
_UPPER_BOUNDS = ("under", "at_most", "nearly", "up_to")
EPS = 1e-9
NEARLY_REACH = 0.8
"""How far under its figure a "nearly" reaches before it is refuted (nearly
10%: not by 8.8%, by 7.9%)."""


def _eps(*anchors: float) -> float:
    """What a float's error may add to figures of ANCHORS' size: EPS of the
    largest, or of 1 for figures of none. (Not of 1 for small ones: a
    physical quantity is in base units, 16.3 µg a 1.63e-8 kg that 15.6 µg
    would be within EPS of.)"""
    return EPS * (max(abs(a) for a in anchors) or 1.0)
# How far (in days) the ends of a span may lie inside a claimed span's and
# still state it: within the year each end names.
SPAN_END_DAYS = 366
# A more precise figure this far or more into a round one's slack is about
# halfway to the next round number, which it may round to as well (八年六个月,
# 3,100 days, against "eight years", 2,920 ± 182.5).
HALFWAY = 0.95


def comparable(claim: Value, source: Value) -> bool:
    """Same kind, and for money the same currency (no exchange rates here);
    a fraction and a percentage are one kind ("two-thirds" is 66.7%)."""
    claim, source = as_percent(claim, source), as_percent(source, claim)
    if claim.kind == "count" and source.kind == "amount" and bare_magnitude(claim):
        return True
    if claim.kind != source.kind:
        return False
    if claim.kind == "amount":
        # No exchange rates: another currency is compared only for the same
        # figure (4.65亿元 against 4.65亿美元), which it then contradicts.
        return bool(claim.unit) and (claim.unit == source.unit or bool(source.unit)
                                     and claim.anchor == source.anchor != 0
                                     or same_money_word(claim.surface, source.surface)
                                     or same_money(claim, source))
    if claim.kind == "count":
        return not claim.unit or not source.unit or claim.unit == source.unit
    if claim.kind == "physical":
        return claim.unit == source.unit   # the same dimension: length, mass …
    if claim.kind == "percent":
        # A change of 2 percentage points is no change of 2%: "fell by 2
        # percentage points" says nothing of "fell by 2%".
        # Nor is a share of a price (八折: 80% of it) a share of anything else.
        return (claim.unit == "pp") == (source.unit == "pp") \
            and (claim.unit == "price") == (source.unit == "price")
    return True


def bare_magnitude(value: Value) -> bool:
    """Whether VALUE is a count that says nothing of what it counts, its
    surface ending in a scale word: a headline's "票房破10亿", "成交额破万亿",
    "revenue topped 1 billion" leave the currency out, and are compared with
    an amount in any currency ("1万亿元"). A count of something
    ("1万人", "超3000只", "10 million users") is not."""
    if value.kind != "count" or value.unit or value.anchor < 10_000:
        return False
    scales = units()["scales"]
    surface = value.surface.rstrip().lower()
    return surface.endswith((*scales["chinese"], *(f" {word}" for word in scales["english_words"])))


def same_part(value: Value, text: str, other: Value, other_text: str) -> bool:
    """Whether two figures are the same part of a change as their texts say
    (``grammar.change_part``): "rose to 5%" (the level reached) is not
    compared with "rose by 5%" (the change), nor "from 9%" with "to 9%", nor
    a valuation "从12亿美元" (where it started) with "升至25亿美元". A figure
    whose words do not say is compared with any; dates have their own
    ranges ("from 2019 to 2021"), and so have spans framing a statement; a
    measured duration changes as a figure does ("车程将由约55分钟缩短至25分钟"
    is no change of 30 minutes)."""
    if _unchanging(value) or _unchanging(other):
        return True
    own, theirs = change_part(text, value.start), change_part(other_text, other.start)
    if own and theirs and own != theirs:
        return False
    # Nor an amount a copula gives ("新增专项债券为30亿元") with one a change
    # adds ("较年初预算增加12亿元"): a level and a difference.
    # (Chinese both: "raised 240 million yuan" is a sum raised, no change.)
    if value.kind in _LEVEL_KINDS and {own, theirs} == {"", "change"} and _after_copula(
            *((text, value.start) if not own else (other_text, other.start))) \
            and _chinese_before(text, value.start) and _chinese_before(other_text, other.start):
        return False
    # Nor a change with a figure whose clause says of no change at all ("grew
    # by about 9 million" / "Kimi月活约900万"): that one is a level.
    if {own, theirs} == {"", "change"} \
            and _changed_by(*((text, value.start) if own else (other_text, other.start))) \
            and _no_change_said(*((text, value.start) if not own else (other_text, other.start))):
        return False
    # Nor a rate per another quantity ("每100克约含900千卡" / "每克约含9千卡").
    per, other_per = rate_base(text, value.start), rate_base(other_text, other.start)
    return per is None or other_per is None or math.isclose(per, other_per, rel_tol=1e-6)


def same_role(value: Value, text: str, other: Value, other_text: str) -> bool:
    """Whether two figures play the same role in a partitive as their texts
    say (``grammar.figure_role``): a whole ("23 of the bridge's 40 cables":
    40) states only a whole or a total ("The bridge has 40 cables"), not
    "corrosion in 40 cables" or "will cut 1,150 jobs"; a part states no
    total ("has 23 cables"); a subset (其中3起造成烫伤) only a claim that says
    what the subset is."""
    # (A claim's gap between events, "比……上市早了一年多", is not how long
    # something lasted, "下架约两个月". A claim's duration saying neither may
    # be either.)
    if value.kind == other.kind == "duration" and event_gap(text, value) \
            and not event_gap(other_text, other, offsets=True):
        return False
    if value.kind in _UNCHANGING_KINDS or other.kind in _UNCHANGING_KINDS:
        return True
    return roles_agree(text, value.start, value.end, other_text, other.start, other.end)


def event_gap(text: str, value: Value, offsets: bool = False) -> bool:
    """Whether the duration VALUE of TEXT is the time between two events, as
    a gap word right before it (``gap_words``: 早了一年多) or right after it
    ("a year earlier than", "two years apart") says; with OFFSETS, an
    ``earlier_offsets`` or ``later_offsets`` word beside it too (发布前一个月,
    一小时后, "two months before")."""
    kinds = ("gap_words", "earlier_offsets", "later_offsets") if offsets else ("gap_words",)
    lowered = text.lower()
    before = lowered[max(0, value.start - _GAP_CHARS):value.start].rstrip()
    # (A word or two may stand between: 早了整整14个月.)
    if any(end >= len(before) - _GAP_FILLER and not _GAP_FILLED.search(before, end)
           for kind in kinds for _, end, _ in find_cues(before, kind)):
        return True
    return _word_right_after(lowered, value.end, kinds)


def _word_right_after(text: str, at: int, kinds: Sequence[str]) -> bool:
    """Whether a word of one of the grammar's KINDS opens TEXT at AT, past
    spaces."""
    after = text[at:at + _GAP_CHARS + 8]
    skipped = len(after) - len(after.lstrip())
    return any(start == skipped for kind in kinds for start, _, _ in find_cues(after, kind))


_GAP_CHARS = 6
"""How far before a duration a gap word is read (早了 of 早了整整14个月)."""
_GAP_FILLER = 2
"""Characters that may stand between a gap word and its duration (整整)."""
_GAP_FILLED = re.compile(r"[0-9,，。;；:：]")
"""What ends a gap word's reach: a figure or a clause's end between."""


def same_span(value: Value, text: str, other: Value, other_text: str) -> bool:
    """Whether the claim's date VALUE, a moment, is not stated only as where
    a span starts (``grammar.opens_span``): "the largest blaze since 2007"
    does not date "the 2007 wildfire". (A span the claim opens, "since
    1952", the passage may start in other words: "since records began in
    1952".)"""
    if value.kind != "date" or other.kind != "date":
        return True
    return opens_span(text, value.start, value.end) \
        or not opens_span(other_text, other.start, other.end)


def same_counted(value: Value, text: str, other: Value, other_text: str) -> bool:
    """Whether a count whose noun the parser did not know ("more than 100
    sites" in TEXT) may count what OTHER counts ("nine countries"): the word
    after it is the same as OTHER's noun. Nor the other way round: a count of
    a noun the claim names ("20万 token") is no count the passage goes on
    to give a noun of its own ("20万汉字"), when no translation of the claim's
    noun opens it. Nor a rate over time a claim gives and a total ("three
    rounds a year", 17轮: ``per_period``); a claim may leave a passage's rate
    unsaid ("rent was $3,400" for "$3,400 a month")."""
    if value.kind in _RATED_KINDS and other.kind in _RATED_KINDS \
            and per_period(text, value) and not _rate_in_sentence(other_text):
        return False
    # Nor a rate per thing and a total: "134,820 tickets per home game"
    # against "Across 21 home games, the Comets sold 134,820 tickets".
    if value.kind in _RATED_KINDS and other.kind in _RATED_KINDS \
            and _rate_after(text, value, "rate_words") and not _rate_in_sentence(other_text) \
            and not find_cues(other_text.lower(), "rate_words") \
            and not find_cues(other_text.lower(), "averages"):
        return False
    # Nor a quantity of a named stuff ("180 kilograms of nitrogen") and one
    # of another ("yielded 8.4 tonnes"): the passage names the stuff right
    # after its figure or before it in its sentence ("the 2024 apple harvest
    # … down from 215,000 tonnes").
    if value.kind == other.kind == "physical" and not CJK_RUN.search(other_text):
        stuff = _stuff_words(text, value.end)
        if stuff:
            theirs = _stuff_words(other_text, other.end)
            if theirs:
                return bool(stuff & theirs)
            before = other_text[:other.start].lower()
            return bool(stuff & {stem(w) for w in LATIN_WORD.findall(before)})
    if value.kind == other.kind == "count" and value.unit and not other.unit:
        return _counts_alike(value, other_text[other.end:other.end + _NOUN_CHARS].lstrip())
    if not (value.kind == other.kind == "count" and not value.unit and other.unit):
        return True
    # A Chinese count of a noun the parser does not know ("十二个表演场地") is
    # no count of another unit ("举办演出8,940场": events), unless the passage
    # writes that noun beside its figure ("12场展览" for "12个展览").
    noun = CJK_RUN.match(text, value.end)
    if noun and CJK_RUN.search(other.surface):
        head = noun.group()[:2]
        return head in other_text[max(0, other.start - _NOUN_CHARS):other.start] \
            or head in other_text[other.end:other.end + _NOUN_CHARS]
    mine = NEXT_LATIN_WORD.match(text, value.end)
    words = LATIN_WORD.findall(other.surface)
    # A bare number closing its phrase counts nothing said ("participants over
    # 80, …": an age): no count of people.
    if mine is None and value.end < len(text) and text[value.end] in ",;:)" and words:
        return False
    if mine is None or is_stop_word(mine.group(1)) or not words:
        return True
    return stem(mine.group(1).lower()) == stem(words[-1].lower())


_NOUN_CHARS = 8
"""How far after a figure a noun it counts is read."""
_OF_NOUN = re.compile(r"\s+of\s+((?:[a-z][a-z-]+\s*){1,3})")


def _stuff_words(text: str, end: int) -> set[str]:
    """The stems of the words naming what the quantity ending at END of TEXT
    is of ("kilograms of flat oysters": flat, oyster), up to a grammar word;
    none for a name ("hectares of Marrow Moss")."""
    found = _OF_NOUN.match(text.lower(), end)
    if found and not text[found.start(1):found.start(1) + 1].islower():
        return set()   # (a place's name: "2,780 hectares of Marrow Moss")
    stems = set()
    for word in found.group(1).split() if found else ():
        if is_stop_word(word):
            break
        stems.add(stem(word))
    return stems


_RATED_KINDS = ("count", "amount")


def per_period(text: str, value: Value) -> bool:
    """Whether VALUE of TEXT is a rate over time: a ``per_period`` word
    stands right after it, past its counted noun ("three rounds a year",
    "$5 million annually", 3轮/年). (Not one before it: 月均交易用户, 日均载客
    name a measure that a passage may name otherwise.)"""
    return _rate_after(text, value, "per_period")


def states_apart(text: str, other: Value, other_text: str) -> bool:
    """Whether one of OTHER (of OTHER_TEXT) and TEXT, the claim's, is what
    was so once (an ``earlier_states`` word before it in its clause: "项目原定
    2024年底落成", "had originally said") and the other is not."""
    opened = max((m.end() for m in _CLAUSE_END.finditer(other_text, 0, other.start)), default=0)
    return bool(find_cues(other_text[opened:other.start].lower(), "earlier_states")) \
        != bool(find_cues(text.lower(), "earlier_states"))


_CLAUSE_END = re.compile(r"[,;:!?。，；：！？]")


def rate_only(text: str, value: Value, other_text: str) -> bool:
    """Whether VALUE of TEXT is a rate over time (``per_period``) and
    OTHER_TEXT a total over a span, with no rate of its own: "£35 million a
    year" refutes no "over its five years, … worth £175 million". (A claim
    naming no span may leave the rate unsaid: "rent rose to $4,300" against
    "$3,400 a month".)"""
    return value.kind in _RATED_KINDS and per_period(text, value) \
        and not _rate_in_sentence(other_text) \
        and (bool(find_cues(other_text.lower(), "sums"))
             or any(v.kind == "duration" for v in parse_values(other_text))
             or _span_adjective(other_text))


def _span_adjective(text: str) -> bool:
    """Whether TEXT names a span by a number joined to its unit ("over its
    ten-year term", "a 5-year deal"; not "a 10-year-old")."""
    return any(m.group(1).isdigit() or english_numbers(m.group(1) + " ")
               for m in _SPAN_ADJECTIVE.finditer(text.lower()))


_SPAN_ADJECTIVE = re.compile(r"\b([a-z]+|\d+)-(?:year|month|week|season|day)s?\b(?!-old)")


def _rate_after(text: str, value: Value, kind: str) -> bool:
    """Whether a KIND word (``per_period``, ``rate_words``) stands right
    after VALUE of TEXT, past its counted noun."""
    lowered = text.lower()
    # (Where a rate word may start: right after the figure, past one or two
    # words of its noun, or one or two Chinese characters.)
    spots = {_SPACES.match(lowered, value.end).end()}
    at = value.end
    for word in list(_NOUN_WORD.finditer(lowered, value.end,
                                         value.end + _RATE_AFTER_CHARS))[:_RATE_NOUN_WORDS]:
        if lowered[at:word.start()].strip():
            break
        at = word.end()
        spots.add(_SPACES.match(lowered, at).end())
    if CJK_RUN.match(lowered, value.end):
        spots |= {value.end + 1, value.end + 2}
    # (Not "a year ago", "a year earlier": a time, not a rate.)
    return any(start in spots and not _time_after(lowered, end)
               for start, end, _ in find_cues(lowered[:value.end + _RATE_AFTER_CHARS + 12], kind))


def _time_after(text: str, at: int) -> bool:
    """Whether a word right after AT of TEXT makes the period before it a
    time from an event rather than a rate ("a year ago", "a year earlier",
    一年前: ``gap_words``, ``earlier_offsets``, ``later_offsets``)."""
    return _word_right_after(text, at, ("gap_words", "earlier_offsets", "later_offsets"))


def _rate_in_sentence(text: str) -> bool:
    """Whether a ``per_period`` word stands anywhere in TEXT (a sentence): a
    rate may be written before its figure (每月现金消耗约2970万美元, 月均交易
    用户), past a comma ("150,000 of them (15万), pay monthly") or after its
    comparison's other side ("at least 7,000 steps a day … than … fewer than
    4,000")."""
    lowered = text.lower()
    return any(not _time_after(lowered, stop)
               for _, stop, _ in find_cues(lowered, "per_period"))


_SPACES = re.compile(r"\s*")
_NOUN_WORD = re.compile(r"[a-z][a-z-]*")
_RATE_NOUN_WORDS = 2
_RATE_AFTER_CHARS = 24
"""How far after a figure its counted noun and a rate word are read."""


def _counts_alike(value: Value, after: str) -> bool:
    """Whether AFTER (the text after a passage's count) may count what VALUE,
    a claim's count of a known noun, counts: it opens with no Chinese noun,
    or holds one of the noun's translations."""
    from checker.language.vocabulary import translations

    run = CJK_RUN.match(after)
    if run is None or len(run.group()) < 2:
        return True
    nouns = LATIN_WORD.findall(value.surface)
    first = tagged_words(run.group())[0]
    if not nouns or not first[1].startswith("n") or len(first[0]) < 2:
        return True   # a Chinese claim's noun says itself; a verb counts nothing (增长到)
    # (A modifier may come first: 20万注册用户.)
    return any(t in run.group() for t in translations(nouns[-1]) if len(t) >= 2)


def roles_agree(text: str, start: int, end: int, other_text: str, other_start: int,
                other_end: int) -> bool:
    """``same_role`` for the figures written at START:END of TEXT (the
    claim) and OTHER_START:OTHER_END of OTHER_TEXT (a passage)."""
    # (A share of a whole, "45 percent of the visits", is no relative
    # figure, "45 percent higher", nor the other way round.)
    if share_figure(text, end) and relative_figure(other_text, other_end) \
            or relative_figure(text, end) and share_figure(other_text, other_end):
        return False
    theirs = figure_role(other_text, other_start, other_end)
    if not theirs:
        return True
    own = figure_role(text, start, end)
    if theirs == "whole":
        return own in ("whole", "total")
    if theirs == "part":
        return own not in ("whole", "total")
    if theirs == "subset":
        return own in ("part", "subset") or not own and part_said(text, other_text, other_start,
                                                                  other_end)
    return True


def may_refute(value: Value, text: str, other: Value, other_text: str) -> bool:
    """Whether a source figure OTHER that disagrees with the claim's VALUE
    refutes it. A figure the claim gives as where a change started ("rose
    from $1.2 billion", 从12亿美元) is a past state: a figure of the measure
    at any later moment differs from it, so only another start refutes it.
    An ordinal naming an edition or a period (第52周, 第74届) names another
    one than the claim's, no figure against it. Nor does a rate over time
    (``rate_only``) refute a claim giving none."""
    if rate_only(other_text, other, text) or states_apart(text, other, other_text):
        return False
    if value.kind == "ordinal" and other.kind == "ordinal" \
            and (names_event(value, text) or names_event(other, other_text)):
        return False
    if value.kind in _UNCHANGING_KINDS or change_part(text, value.start) != "start":
        return True
    return change_part(other_text, other.start) == "start"


def names_event(value: Value, text: str) -> bool:
    """Whether VALUE, of TEXT, is an ordinal naming an edition or a period
    (第51周, 第74届: units.yaml ``event_heads``), as a date does."""
    return value.kind == "ordinal" \
        and text.startswith(tuple(units()["ordinals"].get("event_heads", ())) or ("\0",), value.end)


_UNCHANGING_KINDS = ("date", "duration")


_LEVEL_KINDS = ("amount", "count", "physical")
"""Kinds whose figures a copula gives as a level (percentages are as often
a rate of change: 增速为5%)."""


def says_no_change(text: str, start: int) -> bool:
    """Whether the clause of the figure at START of TEXT says of no change
    (``_no_change_said``): a level, not a change from another time."""
    return _no_change_said(text, start)


def _no_change_said(text: str, start: int) -> bool:
    """Whether the clause of the figure at START of TEXT holds no word of
    direction (增长, rose), no marker of a change (同比, year on year), no
    noun of one (增速, "an increase of") and no comparison (较, compared with)."""
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(text)]
    begin = max((e + 1 for e in edges if e < start), default=0)
    end = min((e for e in edges if e >= start), default=len(text))
    clause = text[begin:end].lower()
    # (Nor a word of the year before, which dates: "a year earlier" holds
    # the "a year" of a rate.)
    for word in (*units()["comparison_base"]["not_markers"],
                 *grammar("en").previous_year):
        clause = clause.replace(word, " ")
    return not any(w in clause for w in _change_said_words())


@cache
def _change_said_words() -> tuple[str, ...]:
    """Words saying a figure is a change: of direction, change markers and
    nouns, comparison markers, and a rate's (a rate, "3.8 millimetres a
    year", is a change per period)."""
    return (*direction_words(), *units()["change_markers"],
            *units()["comparison_base"]["markers"],
            *(w for language in ("zh", "en") for w in (*grammar(language).change_nouns,
                                                       *grammar(language).per_period)))


_CLAUSE_EDGE = re.compile(r"[,，。;；!?！？]")


def _changed_by(text: str, start: int) -> bool:
    """Whether the figure at START of TEXT is a change by the words right
    before it: a word of direction, then "by" in English ("grew by about 9
    million"; not "raised $300 million", "paid for by 150,000 developers"),
    or 了 or nothing in Chinese (增加了177.16万)."""
    before = _hedge_at_end().sub("", text[max(0, start - 40):start].lower()).rstrip()
    directions = direction_words()
    if CJK_RUN.search(before[-1:]):
        for particle in grammar("zh").change_before:
            before = before.removesuffix(particle)
        return before.endswith(tuple(w for w in directions if not w.isascii()))
    by = _BY_AT_END.search(before)
    return by is not None and by.group(1) in directions


@cache
def _hedge_at_end() -> re.Pattern[str]:
    """A hedge word before a figure (``hedge_words``: about, 约) at the end of a text."""
    words = sorted(hedge_words("before"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})\s*$")


_BY_AT_END = re.compile(r"([a-z]+)\s+by$")


def _after_copula(text: str, start: int) -> bool:
    """Whether a Chinese copula (为, 是) stands right before the figure at START."""
    before = text[max(0, start - 4):start].rstrip()
    return before.endswith(tuple(grammar("zh").copulas) or ("\0",))


def _chinese_before(text: str, start: int) -> bool:
    return bool(CJK_RUN.search(text[max(0, start - 2):start]))


def _unchanging(value: Value) -> bool:
    return value.kind == "date" or value.kind == "duration" and not measured_duration(value)


FRACTION_PRECISION = 5.0
"""Percentage points a fraction stands for as a percentage (its slack is half)."""

# Scale slips are factors of 10 to 10^4 (3亿 read as 3 billion, 7000万 as
# 7,000); two figures further apart than this are different quantities, not a
# misstatement of one ("每赚一元钱,就要赔掉六元" says nothing about a 6.2
# billion loss).
MAX_SCALE_GAP = 1e5


def as_percent(value: Value, other: Value) -> Value:
    """VALUE as a percentage where it is a fraction (a multiple below one:
    两成…, "two-thirds", 七分之一) and OTHER a percentage (not of points);
    else VALUE."""
    if value.kind != "multiple" or other.kind != "percent" or other.unit == "pp" \
            or not 0 < value.high < 1:
        return value
    # A fraction is a round share ("about a third" of 35%): the nearest
    # twentieth, whatever digits 1/3 has.
    return replace(value, kind="percent", unit="", low=value.low * 100, high=value.high * 100,
                   anchor=value.anchor * 100,
                   precision=max(value.precision * 100, FRACTION_PRECISION))


def same_money(claim: Value, source: Value) -> bool:
    """Whether one of two amounts is written in a subunit several currencies
    share (cents) and the other is in one of them."""
    return shared_subunit(claim.surface, source.unit) or shared_subunit(source.surface, claim.unit)


def relation(claim: Value, source: Value) -> str:
    """'agree', 'disagree' or 'neither'."""
    claim, source = as_percent(claim, source), as_percent(source, claim)
    if claim.kind in ("amount", "count") and _orders_apart(claim.anchor, source.anchor):
        return "neither"
    if claim.kind == "amount" and claim.unit != source.unit \
            and not same_money_word(claim.surface, source.surface) and not same_money(claim, source):
        return "disagree" if claim.anchor == source.anchor \
            and not unnamed_money_of(claim.unit, source.surface) else "neither"
    if claim.kind == "date":
        found = _interval_relation((claim.low, claim.high), (source.low, source.high))
        # A span of years is not stated by a shorter span inside it: "between
        # 1982 and 2022" is not "between 1992 and 2022".
        if found == "agree" and claim.hedge == source.hedge == "range" \
                and max(source.low - claim.low, claim.high - source.high) > SPAN_END_DAYS:
            return "neither"
        return found
    if claim.hedge in POINT_HEDGES and source.hedge in POINT_HEDGES:
        return _point_relation(claim, source)
    if claim.hedge == "about" and source.hedge == "nearly" and claim.anchor == source.anchor:
        return "agree"   # "nearly 40%" is about 40%, just under it
    if claim.kind == "ordinal" and claim.hedge == source.hedge == "at_most" \
            and claim.high != source.high:
        # A band of places ("TOP 5") says another band neither way: not the
        # claim's narrower one ("top three"), nor, for what it says of all in
        # it ("排名前五的全部是美国公司"), a wider one.
        return "neither"
    if _other_age_group(claim, source) or _other_cap(claim, source):
        return "disagree"
    if _cap_above_range(claim, source):
        return "neither"
    relation = _interval_relation(_interval(claim), _interval(source))
    if relation == "neither" and (_bounds_far_apart(claim, source)
                                  or _bounds_exclude(claim, source)):
        return "disagree"
    if relation == "agree" and (_bound_far_from_figure(claim, source)
                                or _bounds_far_apart(claim, source)):
        return "neither"   # ("up to 1.5 cm" is not how one says "as much as 1.5 mm")
    # (A figure a little further under "nearly" than its interval reaches is
    # how some write it: 8.8% is "接近一成" to a reporter, though not nearly
    # 10% to a fact-checker.)
    if relation == "disagree" and claim.hedge == "nearly" and source.hedge in POINT_HEDGES \
            and NEARLY_REACH * claim.anchor <= source.anchor < claim.low:
        return "neither"
    return relation


def _other_age_group(claim: Value, source: Value) -> bool:
    """Bounds of ages in the same direction at different ages: an age bound
    names a group of people (12岁以下儿童), so "14岁以下" is another group,
    not a weaker bound of the same quantity (as 超过1亿 is of 超过1.2亿); nor
    is a range of ages inside another (13至14岁 of 13至15岁)."""
    if claim.unit == source.unit == "age" and claim.hedge == source.hedge == "range":
        return (claim.low, claim.high) != (source.low, source.high)
    return _same_direction(claim, source) and claim.unit == source.unit == "age" \
        and claim.anchor != source.anchor


def _other_cap(claim: Value, source: Value) -> bool:
    """Two caps (``up_to``: 不超过, "no more than") at different figures: a
    cap is the figure someone set, so "每天食盐摄入不超过6克" is not what a
    guideline capping it at 5 grams says, though 5 grams is under 6. (Caps
    far apart are left to ``_bounds_far_apart``: another unit's slip.)"""
    return claim.hedge == source.hedge == "up_to" and claim.unit == source.unit \
        and abs(claim.anchor - source.anchor) > _eps(claim.anchor) \
        and not _bounds_far_apart(claim, source)


def _cap_above_range(claim: Value, source: Value) -> bool:
    """Whether a claimed cap (``up_to``: "up to $60 million", 最多) stands
    above every figure of a stated range ("$35 million to $45 million"):
    the claim gives the range's top as its figure, and the top is another."""
    return claim.hedge == "up_to" and source.hedge == "range" and claim.unit == source.unit \
        and source.high < claim.anchor - _eps(claim.anchor)


def _bound_far_from_figure(claim: Value, source: Value) -> bool:
    """A claimed bound BOUND_GAP or more from the stated figure it holds:
    "over $250 million" is not how one states 6亿美元, though 6亿 is over it
    (a bound is written near the figure it bounds)."""
    if claim.hedge not in (*_LOWER_BOUNDS, *_UPPER_BOUNDS) or source.hedge not in POINT_HEDGES \
            or claim.anchor <= 0 or source.anchor <= 0 \
            or claim.kind not in ("amount", "count", "physical"):
        return False
    return max(claim.anchor, source.anchor) / min(claim.anchor, source.anchor) >= BOUND_GAP


def _bounds_far_apart(claim: Value, source: Value) -> bool:
    """Bounds in the same direction, SAME_BOUNDS_GAP or more apart: a bound
    is written near the figure it bounds (超1100万 is about 11 million)."""
    if not _same_direction(claim, source) or claim.anchor <= 0 or source.anchor <= 0:
        return False
    return max(claim.anchor, source.anchor) / min(claim.anchor, source.anchor) >= SAME_BOUNDS_GAP


def _same_direction(claim: Value, source: Value) -> bool:
    """Whether both values are bounds on the same side (both lower, both upper)."""
    return claim.hedge in _LOWER_BOUNDS and source.hedge in _LOWER_BOUNDS \
        or claim.hedge in _UPPER_BOUNDS and source.hedge in _UPPER_BOUNDS


def _bounds_exclude(claim: Value, source: Value) -> bool:
    """Bounds on either side of one figure, neither holding it: "more than
    $300 million" against 近3亿美元 (just under it)."""
    strict = {("over", "under"), ("over", "nearly"), ("under", "over"), ("nearly", "over")}
    return (claim.hedge, source.hedge) in strict and claim.anchor == source.anchor > 0


def _orders_apart(a: float, b: float) -> bool:
    if a <= 0 or b <= 0:
        return False
    return max(a, b) / min(a, b) > MAX_SCALE_GAP


def _slack(value: Value, capped: bool = True) -> float:
    """What a stated number allows either side: half its last digit, but for
    a magnitude (money, a count) never more than ROUND_SLACK of it: "1亿" is a
    round number for 0.97亿, not for 0.51亿. A percentage keeps its digits
    ("3%" allows 3.2%), a whole one within a tenth of it ("2%" is not 1.5%)
    unless said to be about it ("roughly 3%" is 3.4% rounded; "roughly
    30%", a round one, is 31%, as "roughly 400 dollars" is 410).
    Uncapped, it is what the writer's rounding may hide,
    which keeps a more precise claim from contradicting a round source."""
    slack = 0.5 * value.precision
    if capped and value.kind in ("amount", "count"):
        slack = min(slack, ROUND_SLACK * abs(value.anchor))
    elif capped and value.kind == "percent" and value.precision >= 1 and value.hedge != "about":
        slack = min(slack, PERCENT_ROUND_SLACK * abs(value.anchor))
    if value.hedge == "about":
        slack = max(slack, ABOUT_SLACK * abs(value.anchor))
        # A round whole percentage said to be about it ("roughly 30%") is
        # rounded as a round number is: 31% is roughly 30%, 33% is not; and
        # so is a round magnitude ("roughly 400 dollars" is 410 dollars).
        if value.kind == "percent" and value.precision >= 1 and value.anchor % 5 == 0:
            slack = max(slack, ROUND_SLACK * abs(value.anchor))
        elif value.kind in ("amount", "count") and value.precision >= 1:
            slack = max(slack, min(0.5 * _rounded_to(value), ROUND_SLACK * abs(value.anchor)))
    return slack


def _rounded_to(value: Value) -> float:
    """The place VALUE's number, as written in its own scale, is rounded to:
    100 for 400 (dollars), 10亿 for 270亿, its precision for 512亿."""
    written, place = round(abs(value.anchor) / value.precision), 1
    while written >= 10 and written % 10 == 0:
        written, place = written // 10, place * 10
    return place * value.precision


def _point_relation(claim: Value, source: Value) -> str:
    gap = abs(claim.anchor - source.anchor)
    eps = _eps(claim.anchor, source.anchor)
    if gap <= _slack(claim) + eps:
        # A more precise figure (about) halfway between two round ones rounds
        # either way: 八年六个月 is not "eight years", nor 2.5 hours "two hours".
        halfway = gap >= HALFWAY * _slack(claim) > 0
        return "neither" if halfway and source.precision < claim.precision else "agree"
    if gap <= max(_slack(claim), _slack(source, capped=False)) + eps:
        return "neither"
    return "disagree"


def misordered(text: str, values: Sequence[Value]) -> tuple[Value, Value] | None:
    """Two figures of TEXT (a claim's, normalised) that a word between them
    orders (``greater_than``: "was higher than", 高于; ``less_than``) the
    other way round from what they are: (first, second), else None. The
    figures are the nearest comparable ones on either side of the word, in
    its sentence; a word right before a figure is that figure's bound
    ("more than 300")."""
    lowered = text.lower()
    for kind, larger in (("greater_than", True), ("less_than", False)):
        for start, end, _ in find_cues(lowered, kind):
            after = next((v for v in values if v.start >= end), None)
            if after is None or after.kind not in ORDERED_KINDS \
                    or not lowered[end:after.start].strip(" \t\"'“”"):
                continue
            before = next((v for v in reversed(values) if v.end <= start
                           and comparable(v, after) and v.unit == after.unit), None)
            if before is None or SENTENCE_BREAK.search(lowered, before.end, after.start):
                continue
            low, high = _interval(before)
            other_low, other_high = _interval(after)
            if larger and high < other_low or not larger and low > other_high:
                return before, after
    return None


ORDERED_KINDS = ("amount", "count", "percent", "physical")
SENTENCE_BREAK = re.compile(r"[。！？;；]|\. ")


def order_of(first: Value, second: Value) -> str:
    """How FIRST stands to SECOND, two figures of one kind and unit:
    'greater' or 'less' when its interval (its slack, for an exact or
    rounded figure) lies wholly above or below the other's, else ''. Two
    bare numbers (kind "number": "23 deaths … compared with 9") compare as
    written."""
    if first.kind == second.kind == "number":
        return "greater" if first.anchor > second.anchor \
            else "less" if first.anchor < second.anchor else ""
    if first.kind not in ORDERED_KINDS or not comparable(first, second) \
            or first.unit != second.unit:
        return ""
    low, high = _interval(first)
    other_low, other_high = _interval(second)
    return "greater" if low > other_high else "less" if high < other_low else ""


def _interval(value: Value) -> tuple[float, float]:
    if value.hedge in POINT_HEDGES:
        slack = _slack(value)
        return value.anchor - slack, value.anchor + slack
    return value.low, value.high


def _interval_relation(claim: tuple[float, float], source: tuple[float, float]) -> str:
    c_low, c_high = claim
    s_low, s_high = source
    eps = _eps(c_low, c_high if c_high != float("inf") else c_low)
    if s_low >= c_low - eps and s_high <= c_high + eps:
        return "agree"
    if s_high < c_low - eps or s_low > c_high + eps:
        return "disagree"
    return "neither"


def agrees_with_any(claim: Value, values: Sequence[Value]) -> bool:
    """Whether one of VALUES is comparable with CLAIM and agrees with it."""
    return any(comparable(claim, v) and relation(claim, v) == "agree" for v in values)


def tolerance_text(claim: Value) -> str:
    if claim.kind == "date":
        return f"within the stated {claim.unit or 'period'}"
    if claim.hedge in POINT_HEDGES:
        return f"±{_format_number(_slack(claim))}"
    return f"{claim.hedge} bound"


def _format_number(x: float) -> str:
    if x == 0:
        return "0"
    if abs(x) >= 1e9:
        return f"{x / 1e9:g} billion"
    if abs(x) >= 1e6:
        return f"{x / 1e6:g} million"
    return f"{x:g}"


def is_strong(source: Value) -> bool:
    """A stated figure, not a range or a bound: it can outweigh a support."""
    return source.hedge in POINT_HEDGES


def for_period(claim_time: Value | None, source_time: Value | None,
               as_of: Sequence[str] = ()) -> bool:
    """Whether a figure for SOURCE_TIME is one for the claim's period: the
    same period, or its last day written as a date the figure is given as
    of (AS_OF words: "2025年截至9月30日" for "the first nine months of 2025")
    when the period opens the year."""
    if claim_time is None:
        return True
    if source_time is None:
        return False
    if source_time.low == claim_time.low and source_time.high == claim_time.high:
        return True
    if _end_of(claim_time) and source_time.low == source_time.high \
            and claim_time.high - (claim_time.high - claim_time.low) * END_SHARE \
            <= source_time.low <= claim_time.high:
        return True   # "截至2025年9月底" for "截至2025年9月30日"
    opens_year = date.fromordinal(int(claim_time.low)).timetuple().tm_yday == 1
    return (source_time.low == source_time.high == claim_time.high and opens_year
            and claim_time.high > claim_time.low
            and any(word in source_time.surface.lower() for word in as_of))


END_SHARE = 0.1
"""The last share of a period whose days a claim's "end of" it (9月底, the end
of 2025) names."""


def before_end(claim_time: Value, source_time: Value) -> bool:
    """Whether SOURCE_TIME ends before the last days of the period whose end
    CLAIM_TIME names (截至2025年7月 for 截至2025年底, "the end of 2025"): a
    level then is no level at its end."""
    return _end_of(claim_time) and source_time.high < \
        claim_time.high - (claim_time.high - claim_time.low) * END_SHARE


def _end_of(time: Value) -> bool:
    """Whether TIME names the end of its period (9月底, 年末, the end of 2025)."""
    surface = time.surface.lower()
    return time.low < time.high and any(
        part in surface if part.isascii() else surface.endswith(part)
        for part in units()["dates"]["end_parts"])


def period_key(time: Value | None) -> str:
    """The reporting period a value is for: a year, half, quarter or month.

    A single day is an as-of or event date ("2025年12月30日 ... 递交招股文件,
    前者拟募资51亿港元"), not a period, so it does not make the value another
    fact than an undated one.
    """
    if time is None or time.unit == "day":
        return ""
    return f"{time.low:g}-{time.high:g}"
