"""Read typed values from normalised text: amounts, percents, counts, dates,
durations, ranks and multiples, each as an interval (``checker.model.Value``).

What it does: finds every number expression in a claim or passage (Arabic,
Chinese and English numerals, scale words, currencies, counting units, hedges
such as 约/超过/nearly, ranges, lists sharing one unit, dates and periods),
normalises it, marks values right after a comparison marker (较, compared
with) as role 'base', and formats a value for reports.

What it does not: decide what a value is about (subject, measure, period are
bound by the analyse stage), convert currencies, resolve dates written without
a year (12月11日, 今年4月: they yield nothing, and their digits are not
counts), or read vague numbers (数亿美元, 上百亿元, 几个月 yield nothing).

How: one pass over the text finds anchors (a digit run, a Chinese numeral,
a Latin word, 第/前/半/榜首); rules anchored there propose candidates; the
leftmost-longest candidates win (ties by priority: names, then dates, values,
blockers, bare numbers); then ranges (300-400亿元) and lists
(4720万、1.41亿和1.42亿美元) are merged. Blockers are candidates that claim
text and yield nothing: model names (GLM-4.5, Grok 4), dates without a
year, URLs, section numbers (01), identifiers. Every regex is anchored and
bounded, so the pass is linear in the text length.

The words (scales, currencies, units, hedges, months, ...) are data in
``checker/data/units.yaml``; numeral parsing, the regexes and formatting are
in ``checker.language.numerals``. Over the house ~500 lines because every kind of
value competes in one resolution step; the rules are grouped by anchor.
"""
from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from itertools import pairwise

from checker.language import numerals as grammar
from checker.language.grammar import is_stop_word
from checker.language.numerals import (
    Number,
    currency_forms,
    duration_forms,
    format_value,
    half_duration_forms,
    hedge_forms,
    key,
    noun_units,
    parse_arabic,
    parse_chinese,
    parse_english,
    physical_forms,
    scale_forms,
    subunit_forms,
    units,
)
from checker.model import Value

__all__ = ["format_value", "joins_list", "parse_values", "year_parts_named", "years_of"]

# Tie-break between candidates with the same span: the lower wins.
P_NAME, P_DATE, P_VALUE, P_BLOCK, P_BARE = range(5)
QUANTITY_KINDS = frozenset({"amount", "percent", "count", "duration", "multiple", "physical"})
_WINDOW = 32          # characters before a number searched for hedges and currencies


@dataclass
class _Cand:
    """A proposed reading of text[start:end]. Kind '' is a blocker: it claims
    its span (a model name, a date without a year) and yields no value."""

    start: int
    end: int
    kind: str = ""
    anchor: float = 0.0
    precision: float = 1.0
    unit: str = ""
    hedge: str = "exact"
    priority: int = P_VALUE
    low: float | None = None      # set for dates, ranks and ranges; else from the hedge
    high: float | None = None
    number: float = 0.0           # the numeral as written (300 of 300亿)
    scale: float = 1.0            # its scale word (亿 → 1e8)
    factor: float = 1.0           # anchor = number × factor (scale × days per unit × ...)
    bare: bool = False            # no unit, scale or hedge: a value only if a range or list says
    year: bool = False            # a bare four-digit year, which may be a number in a range


def year_parts_named(text: str) -> frozenset[tuple[int, int]]:
    """The parts of a year TEXT names without a year ("in the first quarter",
    上半年, 前三季度: units.yaml's ``parts_without_year``), as (first month,
    last month), the longest phrase at each place."""
    pattern, spans = _year_parts()
    return frozenset(spans[key(m.group())] for m in pattern.finditer(text.lower()))


@cache
def _year_parts() -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    spans = {}
    for phrase in units()["dates"].get("parts_without_year", ()):
        # ("in the first quarter" as "the first quarter of 2001", "first-quarter"
        # as "first-quarter 2001".)
        probe = (f"{phrase} of 2001" if phrase.startswith("in the ") else f"{phrase} 2001") \
            if phrase.isascii() else f"2001年{phrase}"
        found = next((v for v in parse_values(probe) if v.kind == "date"), None)
        if found is not None and found.unit != "year":
            spans[key(phrase)] = (date.fromordinal(int(found.low)).month,
                                  date.fromordinal(int(found.high)).month)
    ordered = sorted(spans, key=lambda p: (-len(p), p))
    return re.compile("|".join(map(re.escape, ordered)) or r"(?!x)x"), spans


def parse_values(text: str) -> list[Value]:
    """All values in `text`, in order of position, non-overlapping."""
    rules = _RULES
    proposed = [cand for match in grammar.anchor_re().finditer(text)
                for cand in rules[match.lastgroup](text, match.start())]   # (see _anchors)
    if not proposed:
        return []   # most sentences of prose
    chosen = _distribute_units(text, _merge_ranges(text, _join_durations(
        text, _join_sections(text, _resolve(proposed)))))
    ended = [_period_ended(text, c) if c.kind == "date" and c.unit in ("day", "month") else c
             for c in chosen]
    grown = [c for c, before in zip(ended, chosen) if c is not before]
    if grown:
        # (The words it took in are no value of their own: 六个月 of 止六个月.)
        chosen = [c for c in ended if any(c is g for g in grown) or not any(
            g.start < c.end and c.start < g.end for g in grown)]
    # A numeral too long for a float (four hundred nines) is no figure.
    return [_to_value(text, c) for c in chosen
            if c.kind and not c.bare and math.isfinite(c.anchor)]


def _period_ended(text: str, cand: _Cand) -> _Cand:
    """The day or month CAND read as the last of the period of months the
    words after or before it give (截至2024年12月31日止年度, "the year ended 31
    December 2024": the year 2024; "the year ended March 2025": April 2024 to
    March 2025), when it ends a month; else CAND."""
    dates = units()["dates"]
    end, months = cand.end, 0
    for words, count in dates.get("period_ended_after", {}).items():
        if text.startswith(words, cand.end):
            end, months = cand.end + len(words), count
            break
    if not months:
        before = text[max(0, cand.start - _WINDOW):cand.start].rstrip().lower()
        months = next((count for words, count in dates.get("period_ended_before", {}).items()
                       if before.endswith(words)), 0)
    # (A month ends the period on its last day: "the year ended March 2025".)
    last = date.fromordinal(int(cand.high)) if cand.high is not None else None
    if not months or last is None or (last + timedelta(days=1)).day != 1 or months > 12:
        return cand
    month = last.month - months + 1
    first = date(last.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    unit = "year" if months == 12 and first.month == 1 else "period"
    return _date(cand.start, end, first, last, unit)


def _anchors(text: str) -> Iterator[tuple[str, int]]:
    """(kind, position) of every place a value may start (numerals.anchor_re)."""
    for match in grammar.anchor_re().finditer(text):
        yield match.lastgroup or "", match.start()


# ------------------------------------------------------------ shared helpers

def _ends_with(text: str, pos: int, words: Iterable[str]) -> bool:
    """Whether text[:pos], trailing spaces ignored, ends with one of WORDS."""
    head = text[max(0, pos - 24):pos].rstrip().lower()
    return head.endswith(_lowered(tuple(words)))


@cache
def _lowered(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word.lower() for word in words)


def _year_ok(year: int, marked: bool = False) -> bool:
    """Whether YEAR may be a year: a bare number within ``year_range``; one
    marked as a year (MARKED: 1881年, "12 February 1809", "March 1850")
    within the wider ``marked_year_range``."""
    dates = units()["dates"]
    low, high = dates.get("marked_year_range", dates["year_range"]) if marked \
        else dates["year_range"]
    return low <= year <= high


def _marks_year(match: re.Match[str]) -> bool:
    """Whether the unit after a number marks it as a year (1881年), not as a
    count of years ("1881 years")."""
    return key(match["dur"]) == "年"


def _small_int(written: str) -> int:
    """'9' → 9, '九' → 9, 'nine' → 9 (0 when unreadable)."""
    number = (parse_arabic(written) if written[0].isdigit()
              else parse_chinese(written) or parse_english(written))
    return int(number.value) if number and number.value.is_integer() else 0


def _block(start: int, end: int, priority: int = P_BLOCK) -> _Cand:
    return _Cand(start, end, priority=priority)


def _date(start: int, end: int, first: date, last: date, unit: str,
          hedge: str = "exact") -> _Cand:
    low, high = first.toordinal(), last.toordinal()
    return _Cand(start, end, "date", anchor=low, precision=high - low + 1, unit=unit,
                 hedge=hedge, priority=P_DATE, low=low, high=high)


def _months(start: int, end: int, year: int, first: int, last: int, unit: str,
            hedge: str = "exact") -> _Cand | None:
    if not (_year_ok(year, marked=True) and 1 <= first <= last <= 12):
        return None
    last_day = calendar.monthrange(year, last)[1]
    return _date(start, end, date(year, first, 1), date(year, last, last_day), unit, hedge)


def _day(start: int, end: int, year: int, month: int, day: int) -> _Cand | None:
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return _date(start, end, when, when, "day") if _year_ok(year, marked=True) else None


def _ordinal(start: int, end: int, rank: int, hedge: str = "exact") -> _Cand | None:
    if rank < 1:
        return None
    low = 1.0 if hedge == "at_most" else float(rank)
    return _Cand(start, end, "ordinal", anchor=rank, precision=1.0, hedge=hedge,
                 low=low, high=float(rank))


# ------------------------------------------------- names, labels, left context

def _latin_word_before(text: str, end: int) -> str:
    start = end
    while start > max(0, end - 20) and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _attached_to_name(text: str, pos: int) -> bool:
    """A digit run glued to Latin letters is part of a name: GLM-4.5, GPT-4o,
    K2, V3, B2B, Part.1, vpshk.cn/2026... (but not RMB9.2: a currency code)."""
    end = pos - 1 if pos > 0 and text[pos - 1] in "-./_" else pos
    if end == 0 or not (text[end - 1].isascii() and text[end - 1].isalpha()):
        return False
    word = _latin_word_before(text, end)
    return bool(word) and key(word) not in currency_forms()[0]


def _after_name(text: str, pos: int) -> bool:
    """A number after a Capitalised word and one space is a version (Grok 4,
    Sonnet 4.5, Gemini 2.5 Pro) unless the word is a month, a currency code
    or a common word (In 2024, Top 5)."""
    if pos < 2 or text[pos - 1] != " ":
        return False
    word = _latin_word_before(text, pos - 1)
    return bool(word) and word[0].isupper() and key(word) not in grammar.name_exempt()


def _left_context(text: str, pos: int) -> tuple[int, str, str]:
    """(start of the value including its prefix, hedge meaning, currency code)."""
    if pos == 0 or text[pos - 1] not in grammar.left_last_chars():
        return pos, "", ""
    match = grammar.left_re().match(text[max(0, pos - _WINDOW):pos][::-1])
    assert match is not None                      # every part is optional
    before = currency_forms()[0]
    currency, hedge, reach = "", "", 0
    if match["c1"]:
        currency, reach = before[key(match["c1"][::-1])], match.end("c1")
    if match["h"]:
        hedge, reach = hedge_forms()[key(match["h"][::-1])], match.end("h")
        if match["c2"]:
            currency, reach = currency or before[key(match["c2"][::-1])], match.end("c2")
    return pos - reach, hedge, currency


def role_at(text: str, start: int, end: int | None = None) -> str:
    """The role of a value at START..END of TEXT: 'base' after a comparison
    marker (较2024年, up from), 'difference' before "more than", else 'value'."""
    if end is not None and grammar.difference_re().match(text, end):
        return "difference"   # "cost 600 million euros more than its budget"
    before_figure = text[max(0, start - 40):start]
    for word in grammar.base_not_markers():   # (比 of 比例 compares nothing)
        before_figure = before_figure.replace(word, " " * len(word))
    compared = grammar.difference_before_re().search(before_figure)
    if compared and not any(w in compared.group(1) for w in grammar.period_bases()) \
            and not before_figure[:compared.end(2)].endswith(grammar.change_verbs()):
        return "difference"   # "MiniMax比智谱多亏约30亿元"
    before = text[start - 1] if start else ""
    if grammar.possessed_base(before_figure):
        return "base"   # 较第十批的平均降幅55%: the tenth batch's, compared with
    if not (before.isspace() or before in grammar.base_last_chars()) or not before:
        return "value"
    match = grammar.base_re().match(text[max(0, start - 20):start][::-1])
    return "base" if match and match["yes"] else "value"


# ----------------------------------------------------------------- quantity

def _numeral(match: re.Match[str]) -> Number | None:
    if match["ar"]:
        return parse_arabic(match["ar"])
    if match["zh"]:
        return parse_chinese(match["zh"])
    return parse_english(match["en"])


def _vague(text: str, start: int, end: int) -> bool:
    """数亿, 几十, 上百亿, 十几: a Chinese numeral made vague by its neighbours."""
    numbers = units()["numbers"]
    if text[start] in _numeral_places() and _ends_with(text, start, numbers["vague_before"]):
        return True
    if text[start] in "百千万" and _ends_with(text, start, numbers.get("vague_before_large", [])):
        return True
    return text.startswith(_vague_after(), end)


@cache
def _vague_after() -> tuple[str, ...]:
    return tuple(units()["numbers"]["vague_after"])


@cache
def _numeral_places() -> frozenset[str]:
    numbers = units()["numbers"]
    return frozenset({*numbers["chinese_places"], *numbers["chinese_sections"]})


def _reading(match: re.Match[str], number: Number, currency: str,
             hedge: str) -> tuple[str, str, float] | None:
    """(kind, unit, factor per unit) of a number from what follows it; kind ''
    for a bare number; None when the words are not a value here."""
    if match["pct"] or match["pts"]:
        return "percent", "pp" if match["pts"] else "", 1.0
    if match["tenths"]:
        ok = number.value.is_integer() and 1 <= number.value <= 10
        return ("percent", "", 10.0) if ok else None
    if match["price"]:
        # (八折, 7.5折; 六五折, two digits, is 65%.)
        if 0 < number.value < 10:
            return "percent", "price", 10.0
        digits = match["zh"] or ""
        return ("percent", "price", 1.0) if len(digits) == 2 and 10 < number.value < 100 else None
    if match["dur"]:
        is_year = match["ar"] and len(match["ar"]) == 4 \
            and _year_ok(int(number.value), marked=_marks_year(match))
        if is_year:
            return None
        if _years_of_age(match):
            return "count", "age", 1.0
        # A counting noun the duration's word begins (周岁 of 70周岁: an age).
        rest = key(match.string[match.start("dur"):match.start("dur") + _NOUN_REACH])
        begun = [n for n in _nouns_beginning(key(match["dur"])) if rest.startswith(n)]
        if begun:
            return "count", noun_units()[max(begun, key=len)], 1.0
        return "duration", "day", duration_forms()[key(match["dur"])]
    if match["cur"] and not currency and _pounds_weigh(match):
        return "physical", "mass", physical_forms()["lb"][1]
    if match["cur"]:
        # A currency named before the number names it, 元 after it being
        # only the word for a unit of money (港币4万元, 新台币500万元).
        return "amount", currency or currency_forms()[1][key(match["cur"])], 1.0
    if match["sub"]:
        if len(match["sub"]) == 1 and not match["sub"].islower():
            return None    # (P of "Type 3P" is no penny)
        currencies, per_unit = subunit_forms()[key(match["sub"])]
        return "amount", currency if currency in currencies else currencies[0], per_unit
    if match["mul"]:
        counted = key(match["mul"]) == "times" and match["scale"]
        return ("count", "time", 1.0) if counted else ("multiple", "", 1.0)
    if match["phys"]:
        dimension, per_unit, _ = physical_forms()[key(match["phys"])]
        return "physical", dimension, per_unit
    noun = match["noun1"] or match["noun2"] or match["noun3"]
    if noun and _year_before_singular(match, number, noun):
        return None
    if noun and _noun_runs_on(match, "noun1" if match["noun1"] else "noun2"):
        noun = ""   # 13个交易日: trading days, not deals (交易)
        if not match["clf"]:
            return None
    # (Nor a classifier that opens a word of its own: 位 of 两位数, "double-digit".)
    if match["clf"] and not noun and match.string.startswith(
            tuple(units().get("classifier_words", ())) or ("\0",), match.start("clf")):
        return None
    if noun or match["clf"]:
        unit = noun_units()[key(noun)] if noun else units()["classifiers"][match["clf"]]
        return "count", unit or "", 1.0
    if currency:
        return "amount", currency, 1.0
    # A bound before a numeral makes it a figure: 超过400, 逾四百 (one
    # character alone may be a word's: 超一流).
    bounded = hedge not in ("", "exact") and bool(match["ar"] or len(match["zh"] or "") >= 2)
    if bounded and _year_of_levels(match, number):
        return None   # "31 percent below 1990 levels": a year, no count under 1990
    if match["scale"] or bounded or _sectioned(match["zh"]):
        return "count", "", 1.0
    return "", "", 1.0


def _year_of_levels(match: re.Match[str], number: Number) -> bool:
    """Whether the number of MATCH is a year whose levels a figure is
    compared with ("below 1990 levels", "above 2019 level")."""
    written = match["ar"] or ""
    return len(written) == 4 and written.isdigit() and _year_ok(int(number.value)) \
        and _LEVELS_AFTER.match(match.string, match.end()) is not None


_LEVELS_AFTER = re.compile(r"\s+levels?\b", re.IGNORECASE)


def _pounds_weigh(match: re.Match[str]) -> bool:
    """Whether the "pounds" after the number of MATCH weigh something (units'
    ``pounds_as_mass``): "of" and a noun other than money after them ("353
    pounds of propellant"), or a word of weighing before the number ("weighed
    353 pounds")."""
    data = units().get("pounds_as_mass", {})
    if key(match["cur"]) not in {key(w) for w in data.get("words", ())}:
        return False
    text = match.string.lower()
    after = _POUNDS_OF.match(text, match.end())
    if after:
        return after.group(1) not in data.get("money_after_of", ())
    before = text[max(0, match.start() - _WINDOW):match.start()]
    return any(re.search(rf"\b{re.escape(w)}\s+(?:[a-z]+\s+)?$", before)
               for w in data.get("weighing_before", ()))


_NOUN_REACH = 8   # characters read for a counting noun a duration's word begins


@cache
def _nouns_beginning(word: str) -> tuple[str, ...]:
    """The counting nouns longer than WORD that begin with it (周岁 for 周)."""
    return tuple(n for n in noun_units() if len(n) > len(word) and n.startswith(word))


def _years_of_age(match: re.Match[str]) -> bool:
    """Whether the years after the number of MATCH are an age (units'
    ``years_as_age``): "was 30 years old", "40 years of age"."""
    data = units().get("years_as_age", {})
    if key(match["dur"]) not in {key(w) for w in data.get("words", ())}:
        return False
    rest = match.string[match.end():match.end() + _WINDOW].lower()
    return any(re.match(rf"\s+{re.escape(w)}\b", rest) for w in data.get("after", ()))


_POUNDS_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z']+)")


def _counted_before(text: str, start: int) -> str:
    """The unit of a Chinese counting noun that ends right before a figure
    written with a classifier alone (语言超过30种: language), link words
    (units' ``counted_before_links``) between; '' when there is none."""
    before = text[max(0, start - _NOUN_REACH * 2):start]
    links = units()["counted_before_links"]
    stripped = True
    while stripped:
        stripped = False
        for link in links:
            if before.endswith(link) and len(before) > len(link):
                before, stripped = before[:-len(link)], True
                break
    nouns = [n for n in noun_units() if not n.isascii() and before.endswith(n)]
    return noun_units()[max(nouns, key=len)] if nouns else ""


def _noun_runs_on(match: re.Match[str], group: str) -> bool:
    """Whether the Chinese counting noun of GROUP in MATCH is only the start
    of a longer word, as the segmenter cuts the text after it (交易 of
    交易日)."""
    noun = match[group]
    if not noun or noun.isascii():
        return False
    from checker.language.persons import tagged_words

    at = match.start(group)
    words = tagged_words(match.string[at:at + len(noun) + _RUN_ON_CHARS])
    return bool(words) and len(words[0][0]) > len(noun)


_RUN_ON_CHARS = 3
"""Characters after a counting noun read to tell whether it runs on."""


def _sectioned(written: str | None) -> bool:
    """A Chinese numeral led by a digit other than zero and holding 万 or 亿
    (一亿, 三百万): a figure, as 1亿 is; not 万一 ("in case"), 千万 ("by all
    means") or the name 零一万物."""
    numbers = units()["numbers"]
    return bool(written) and bool(numbers["chinese_digits"].get(written[0])) \
        and any(c in numbers["chinese_sections"] for c in written)


def _year_before_singular(match: re.Match[str], number: Number, noun: str) -> bool:
    """"2024 model revenue": a year-like number before a singular English noun
    is the noun's year, not a count (a count of 2024 would say "models")."""
    return bool(match["ar"] and len(match["ar"]) == 4 and not match["scale"]
                and _year_ok(int(number.value)) and noun.isascii() and not noun.endswith("s")
                and key(noun) not in _irregular_plurals())


def _only_before(text: str, start: int) -> bool:
    """Whether a word saying "only" (``only_words``) stands within
    ``only_reach`` characters before START in its clause (words for English),
    not after a negation: "只设一个", "only one"."""
    numbers = units()["numbers"]
    if start and text[start - 1].isascii():
        words = text[max(0, start - 12):start].lower().split()
        return bool(words) and words[-1] in numbers["only_words"]
    before = text[max(0, start - numbers["only_reach"] - 1):start]
    for word in numbers["only_words"]:
        at = before.rfind(word)
        if at >= 0 and not word.isascii():
            gap = before[at + len(word):]
            return not any(not c.isalnum() for c in gap) \
                and before[:at][-1:] not in numbers["magnitude_bound_negations"]
    return False


def _combined_hedge(before: str, *after: str | None) -> str:
    """The hedge before the number (a meaning) unless it is 'exact', else the
    first telling one after it (余, 以上 are surface forms)."""
    if before and before != "exact":
        return before
    if not any(after):
        return "exact"   # the usual case: nothing after the number says more
    meanings = (hedge_forms().get(key(form), "exact") for form in after if form)
    return next((m for m in meanings if m != "exact"), "exact")


def _hedge_inside(unit: str | None) -> str | None:
    """个多月 "over ... months": a hedge written inside a duration unit."""
    if not unit:
        return None
    return next((h for h in grammar.hedge_words("after_number") if unit and h in unit), None)


def _quantity(text: str, pos: int) -> list[_Cand]:
    match = grammar.quantity_re().match(text, pos)
    if match is not None and match.lastgroup == "ar":
        return _bare_digits(text, pos, match)
    if match is not None and match["zh"] and _magnitude_only(match["zh"]):
        bounded = _bounded_magnitude(text, pos, match)
        if bounded is not None:
            return bounded
    number = _numeral(match) if match else None
    if match is None or number is None:
        return []
    # A scale character that begins a unit's name is the unit's, not a number
    # (千 of 每千克, 千米, 千瓦时: per kilogram, not a thousand grams).
    if match["zh"] and len(match["zh"]) == 1 and match["phys"] \
            and key(match["zh"] + match["phys"]) in physical_forms():
        return []
    if match["zh"] and _vague(text, pos, match.end("zh")):
        return [_block(max(0, pos - 1), match.end())]
    start, pre_hedge, currency = _left_context(text, pos)
    return _quantity_reading(text, pos, match, number, start, pre_hedge, currency)


def _quantity_reading(text: str, pos: int, match: re.Match[str], number: Number, start: int,
                      pre_hedge: str, currency: str) -> list[_Cand]:
    """The candidate for a matched quantity, given what stands before it."""
    reading = _reading(match, number, currency, pre_hedge)
    if reading is None:
        return []
    kind, unit, per_unit = reading
    end = match.end()
    if kind == "count" and match["clf"] and _noun_runs_on(match, "noun1"):
        end = match.end("clf")   # (13个|交易日: the classifier's count)
    if kind == "count" and match["clf"] and not match["noun1"] \
            and unit in units()["counted_before_units"]:
        unit = _counted_before(text, start) or unit
    if kind == "duration" and key(text[start:pos]) in units()["hedges"]["not_before_durations"]:
        start, pre_hedge = pos, ""
    if currency and kind == "count":       # $5m round: an amount, the noun is what it is for
        kind, unit, end = "amount", currency, max(match.end(g) for g in ("ar", "zh", "en",
                                                                          "scale", "approx"))
    scale_word = (match["scale"] or "").lstrip("-")   # ("a $5-million grant")
    if scale_word and not currency and _metres_meant(text, scale_word, match.end("scale")):
        # "a 300m tall tower", "the 100m freestyle": metres, not millions.
        return [_Cand(start, match.end("scale"), "physical", anchor=number.value,
                      precision=number.precision, unit="length",
                      hedge=_combined_hedge(pre_hedge, "", "", ""), number=number.value)]
    if kind == "count" and not scale_word \
            and key(match["zh"] or match["en"] or "") in units()["numbers"]["article_ones"] \
            and not _only_before(text, start):
        return []                          # 一名投资人, one of them: an article, not a count
    scale = scale_forms()[key(scale_word)] if scale_word else 1.0
    factor = scale * per_unit
    # (Fahrenheit: a scale of its own, not only another size of degree.)
    offset = physical_forms()[key(match["phys"])][2] if kind == "physical" and match["phys"] \
        else 0.0
    precision = number.precision * factor
    if kind == "percent" and match["price"]:
        precision = min(precision, 1.0)    # (八折 is 80% of the price, no rounder)
    if kind == "percent" and match["hundredths"]:
        # 三成五: three tenths and five hundredths, 35%.
        offset, precision = float(units()["numbers"]["chinese_digits"][match["hundredths"]]), 1.0
    if kind == "duration" and key(match["dur"]) in half_duration_forms():
        # 3年半, two and a half years: stated to the half unit.
        offset, precision = factor / 2, min(precision, factor / 2)
    cand = _Cand(start, end, kind or "count", anchor=number.value * factor + offset,
                 precision=precision, unit=unit,
                 hedge=_combined_hedge(pre_hedge, match["approx"], _hedge_inside(match["dur"]),
                                       match["post"]),
                 number=number.value, scale=scale, factor=factor)
    if not kind:
        cand.start, cand.bare, cand.priority = pos, True, P_BARE
        if _after_name(text, pos):
            cand.kind, cand.priority = "", P_NAME
    return [cand]


def _magnitude_only(written: str) -> bool:
    """A Chinese numeral of places and sections only (万, 亿, 千万, 万亿)."""
    return all(c in _numeral_places() for c in written)


def _bounded_magnitude(text: str, pos: int, match: re.Match[str]) -> list[_Cand] | None:
    """A magnitude written alone after a bound, read as one of it: 破亿 (over
    100 million), 近万人, 超千万元; None when no bound stands before it, or when
    a word goes on after it that is no unit (千万不要: another word); no
    figure when a bound stands before it and such a word after it (突破万亿
    大关: a figure of speech)."""
    end = match.end("zh")
    if _vague(text, pos, end):
        return None
    start, hedge, currency = _left_context(text, pos)
    if hedge in ("", "exact"):
        start, hedge = _magnitude_bound(text, pos)
        if not hedge:
            return None
    unit_follows = match.end() > end
    if not unit_follows and _CJK_CHARACTER.match(text, end):
        return []
    number = parse_chinese(units()["numbers"]["magnitude_one"] + match["zh"])
    if number is None:
        return None
    cands = _quantity_reading(text, pos, match, number, start, hedge, currency)
    for cand in cands:
        if cand.bare:     # (no unit: a count, as 1亿 is)
            cand.kind, cand.start, cand.bare, cand.priority = "count", start, False, P_VALUE
    return cands


def _magnitude_bound(text: str, pos: int) -> tuple[int, str]:
    """(start, meaning) of a colloquial bound right before POS (破, 过), not
    negated (不过万 "no more than ten thousand"); else (POS, '')."""
    numbers = units()["numbers"]
    for word, meaning in numbers["magnitude_bounds"].items():
        at = pos - len(word)
        if at >= 0 and text.startswith(word, at) \
                and not (at and text[at - 1] in numbers["magnitude_bound_negations"]):
            return at, meaning
    return pos, ""


def _metres_meant(text: str, scale_word: str, end: int) -> bool:
    """Whether the scale abbreviation SCALE_WORD ending at END is the metre
    abbreviation before a word of length or of a race (``metre_abbreviation``
    in the units file)."""
    metre = units().get("metre_abbreviation") or {}
    if not metre or key(scale_word) != metre.get("form"):
        return False
    after = re.match(r"[\s-]*([A-Za-z]+)", text[end:end + 24])
    return bool(after) and after.group(1).lower() in metre.get("before", ())


def _bare_digits(text: str, pos: int, match: re.Match[str]) -> list[_Cand]:
    """Digits with nothing after them (the common case in long numeric text):
    a count when a hedge or currency stands before them, else bare."""
    start, hedge, currency = _left_context(text, pos)
    year = int(match["ar"]) if len(match["ar"]) == 4 and match["ar"].isdigit() else 0
    if hedge and not currency and _year_ok(year) and (_after_year_preposition(text, start)
                                                       or _YEAR_END.match(text, match.end())):
        return [c for c in [_months(start, match.end(), year, 1, 12, "year")] if c]
    if hedge and not currency and _year_ok(year) and _CJK_CHARACTER.match(text, match.end()):
        # A year before a word it dates is no count a hedge bounds: the 超 of
        # 女超2024赛季 ends a name (the Women's Super League).
        hedge = ""
    if hedge or currency:
        return _quantity_reading(text, pos, match, parse_arabic(match["ar"]), start, hedge,
                                 currency)
    number = parse_arabic(match["ar"])
    kind, priority = ("", P_NAME) if _after_name(text, pos) else ("count", P_BARE)
    # A thousands separator marks a figure ("200,000 Chinese characters"), not
    # an identifier or a year, so it is kept as a count with no unit.
    separated = kind == "count" and "," in match["ar"]
    return [_Cand(pos, match.end(), kind, anchor=number.value, precision=number.precision,
                  priority=priority, number=number.value, bare=not separated)]


# What may follow a hedged year that ends its clause ("will peak around 2035
# and then decline"): a count stands before what it counts.
_YEAR_END = re.compile(r"\s*(?:[,.;:!?)\]]|$|(?:and|then|or|but)\b)", re.IGNORECASE)


def _after_year_preposition(text: str, start: int) -> bool:
    """Whether the word before START is one after which a hedged year stands
    ("since at least 1995")."""
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 12):start])
    return bool(words) and words[-1].lower() in units()["dates"].get("year_prepositions", ())


# -------------------------------------------------------------------- dates

def _chinese_date(text: str, pos: int) -> _Cand | None:
    match = grammar.chinese_date_re().match(text, pos)
    if match is None or not _year_ok(year := int(match["y"]), marked="年" in match.group()):
        return None
    end = match.end()
    if match["ypart"]:
        return _months(pos, end, year, 1, 12, "year", "about")
    if match["half"]:
        half = units()["dates"]["halves"][match["half"]]
        return _months(pos, end, year, 6 * half - 5, 6 * half, "half")
    narrowed = _narrowed_year(match, pos, end, year)
    if narrowed is not None or any(match[g] for g in ("first", "q", "q2", "m1", "m")):
        return narrowed or _months(pos, pos + 5, year, 1, 12, "year")
    return _months(pos, end, year, 1, 12, "year")


def _era_date(text: str, pos: int) -> _Cand | None:
    """A date whose year is counted in an era (``dates.eras``: 民國113年9月12日
    is 12 September 2024), read as its western year."""
    eras = units()["dates"].get("eras", {})
    era = next((word for word in eras if text.startswith(word, pos - len(word))), None)
    digits = re.match(r"\d{1,3}(?=年)", text[pos:])
    if era is None or digits is None:
        return None
    western = str(int(digits.group()) + eras[era])
    cand = _chinese_date(western + text[digits.end() + pos:], 0)
    if cand is None:
        return None
    cand.start, cand.end = pos - len(era), cand.end - len(western) + digits.end() + pos
    return cand


def _narrowed_year(match: re.Match[str], pos: int, end: int, year: int) -> _Cand | None:
    if match["first"]:
        months = _small_int(match["first"]) * (1 if match["first_unit"] == "月" else 3)
        return _months(pos, end, year, 1, months, "period")
    if match["q"] or match["q2"]:
        quarter = _small_int(match["q"] or match["q2"])
        return _months(pos, end, year, 3 * quarter - 2, 3 * quarter, "quarter")
    if match["m1"]:
        first, last = int(match["m1"]), int(match["m2"])
        return _months(pos, end, year, first, last, "period") if first < last else None
    if match["m"] and match["d"]:
        return _day(pos, end, year, int(match["m"]), int(match["d"]))
    if match["m"]:
        hedge = "about" if match["mpart"] else "exact"
        return _months(pos, end, year, int(match["m"]), int(match["m"]), "month", hedge)
    return None


def _numeric_date(text: str, pos: int) -> _Cand | None:
    match = grammar.NUMERIC_DATE_RE.match(text, pos)
    if match is None:
        return None
    year, month = int(match["y"]), int(match["m"])
    if match["d"]:
        return _day(pos, match.end(), year, month, int(match["d"]))
    if match["sep"] == "-" and len(match["m"]) == 2:
        return _months(pos, match.end(), year, month, month, "month")
    return None


def _code_period(pos: int, end: int, year: int, code: str, n: int) -> _Cand | None:
    if code == "H" and n <= 2:
        return _months(pos, end, year, 6 * n - 5, 6 * n, "half")
    if code == "Q" and n <= 4:
        return _months(pos, end, year, 3 * n - 2, 3 * n, "quarter")
    if code == "M":
        return _months(pos, end, year, 1, n, "period")
    return None


def _year_code(text: str, pos: int) -> _Cand | None:
    match = grammar.YEAR_CODE_RE.match(text, pos)
    if match is None:
        return None
    return _code_period(pos, match.end(), int(match["y"]), match["k"], int(match["n"]))


def _year_to_day(text: str, pos: int) -> _Cand | None:
    """"2025 up to September 30": the day, as of which the year's figure is
    given (as 2025年截至9月30日 is read)."""
    match = grammar.english_date_res()["ytd"].match(text, pos)
    if match is None:
        return None
    months = units()["dates"]["months"]
    month = months[key(match["mon"] or match["mon2"])]
    return _day(pos, match.end(), int(match["y"]), month, int(match["d"] or match["d2"]))


def _period_code(text: str, pos: int) -> _Cand | None:
    match = grammar.PERIOD_CODE_RE.match(text, pos)
    if match is None:
        return None
    year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
    return _code_period(pos, match.end(), year, match["k"], int(match["n"]))


_DECADE = re.compile(r"s\b")


def _bare_year(text: str, pos: int) -> _Cand | None:
    match = grammar.YEAR_RE.match(text, pos)
    if match is None or counts_plural(text, pos, match.end()):
        return None
    year = int(match.group())
    # After a year preposition with no plural noun after it, an older year
    # too ("completed in 1889"; not "resulted in 1700 deaths").
    marked = _after_year_preposition(text, pos) and not _plural_after(text, match.end())
    if not _year_ok(year, marked):
        return None
    decade = _DECADE.match(text, match.end())
    if decade and year % 10 == 0:
        # "the 1990s": ten years, not 1990.
        return _date(pos, decade.end(), date(year, 1, 1), date(year + 9, 12, 31), "period")
    cand = _months(pos, match.end(), year, 1, 12, "year")
    if cand is not None:
        cand.year, cand.number = True, float(year)
    return cand


_PLURAL_AFTER = re.compile(r" ([A-Za-z]+)\b")


@cache
def _irregular_plurals() -> frozenset[str]:
    """people, children, men, women (``plurals`` in units.yaml)."""
    return frozenset(key(word) for word in units()["plurals"].values())


def _plural_after(text: str, end: int) -> str:
    """The plural noun that follows END of TEXT (lower case), or ''."""
    after = _PLURAL_AFTER.match(text, end)
    noun = after.group(1).lower() if after else ""
    plural = noun.endswith("s") and not noun.endswith("ss") or noun in _irregular_plurals()
    # (A grammar word ending in s is no noun: "revenue for full-year 2025 was".)
    return noun if plural and not is_stop_word(noun) else ""


def counts_plural(text: str, start: int, end: int) -> bool:
    """Whether the four digits at START..END count the plural noun after them
    ("attracts 1997 visitors", "2000 people were evacuated") rather than
    date it: not after a word that leads a year ("in 2020 sales rose", "the
    2024 elections": ``year_before_plural_after``)."""
    noun = _plural_after(text, end)
    if not noun:
        return False
    before = re.search(r"([A-Za-z']+)\s*$", text[max(0, start - 16):start])
    if before is None:
        # First in its sentence: a count of things counted ("2000 people were
        # evacuated"), else a year ("2024 revenues rose").
        return not text[:start].strip() and (noun in noun_units() or noun in _irregular_plurals())
    word = before.group(1).lower()
    return word not in units().get("year_before_plural_after", ()) and not word.endswith("'s")


def _english_date(text: str, pos: int) -> _Cand | None:
    res = grammar.english_date_res()
    months = units()["dates"]["months"]
    if match := res["mdy"].match(text, pos):
        return _day(pos, match.end(), int(match["y"]), months[key(match["mon"])], int(match["d"]))
    if match := res["mmy"].match(text, pos):
        first, last = months[key(match["mon"])], months[key(match["mon2"])]
        return _months(pos, match.end(), int(match["y"]), first, last, "period")
    if match := res["my"].match(text, pos):
        month = months[key(match["mon"])]
        return _months(pos, match.end(), int(match["y"]), month, month, "month")
    if match := res["md"].match(text, pos):
        return _block(pos, match.end())
    return _english_period(text, pos)


def _english_period(text: str, pos: int) -> _Cand | None:
    res, d = grammar.english_date_res(), units()["dates"]
    if match := res["half"].match(text, pos):
        n, unit = d["english_halves"][key(match["w"])], "half"
    elif match := res["quarter"].match(text, pos):
        n, unit = d["english_quarters"][key(match["w"])], "quarter"
    elif match := res["first"].match(text, pos):
        n = _small_int(match["n"]) * (3 if key(match["u"]) == "quarters" else 1)
        unit = "period"
    elif match := res["code"].match(text, pos):
        return _code_period(pos, match.end(), int(match["y"]), match["k"], int(match["n"]))
    elif match := res["part"].match(text, pos):
        return _months(pos, match.end(), int(match["y"]), 1, 12, "year", "about")
    else:
        return None
    if not match["y"]:
        return _block(pos, match.end())
    code = {"half": "H", "quarter": "Q", "period": "M"}[unit]
    return _code_period(pos, match.end(), int(match["y"]), code, n)


def _day_first_date(text: str, pos: int) -> _Cand | None:
    match = grammar.english_date_res()["dmy"].match(text, pos)
    if match is None:
        return None
    if not match["y"]:
        return _block(pos, match.end())
    month = units()["dates"]["months"][key(match["mon"])]
    return _day(pos, match.end(), int(match["y"]), month, int(match["d"]))


# -------------------------------------------------------- blockers at digits

def _label(text: str, pos: int) -> _Cand | None:
    match = grammar.LABEL_RE.match(text, pos)
    return _block(pos, match.end(), P_NAME) if match else None


def _month_without_year(text: str, pos: int) -> _Cand | None:
    match = grammar.month_no_year_re().match(text, pos)
    if match and (not match["m"] or 1 <= int(match["m"]) <= 12):
        return _block(pos, match.end())
    return None


def _fraction(text: str, pos: int) -> _Cand | None:
    match = grammar.FRACTION_RE.match(text, pos)
    if match is None or (pos > 0 and text[pos - 1] == "/"):
        return None
    top, bottom = int(match["a"]), int(match["b"])
    if not 0 < top < bottom:
        return None
    # A fraction is exact; 0.001 keeps tolerances finite downstream.
    return _Cand(pos, match.end(), "multiple", anchor=top / bottom, precision=0.001)


def _fraction_of(text: str, pos: int, end: int, top: Number | None,
                 bottom: Number | None) -> _Cand | None:
    """A fraction written in words (七分之一, one seventh), with any hedge
    before it: a multiple, as 1/7 is."""
    if top is None or bottom is None or not 0 < top.value < bottom.value:
        return None
    start, hedge, _ = _left_context(text, pos)
    return _Cand(start, end, "multiple", anchor=top.value / bottom.value, precision=0.001,
                 hedge=hedge or "exact")


def _ordinal_suffix(text: str, pos: int) -> _Cand | None:
    match = grammar.ORDINAL_SUFFIX_RE.match(text, pos)
    return _ordinal(pos, match.end(), int(match["n"])) if match else None


# Which digit rules can match, by the length of the digit run and the
# character after it: a cheap filter that keeps long numeric text fast.
_Rule = Callable[[str, int], "_Cand | None"]
_DIGIT_RULES: tuple[tuple[Callable[[int, str, str], bool], _Rule], ...] = (
    (lambda n, c, first: first == "0" or n >= 9 or c in "后年", _label),
    (lambda n, c, first: n <= 2 and c in "月日号-~至到", _month_without_year),
    (lambda n, c, first: n == 4 and c in "年上下", _chinese_date),
    (lambda n, c, first: n <= 3 and c == "年", _era_date),
    (lambda n, c, first: n == 4 and c in "-/.", _numeric_date),
    (lambda n, c, first: n == 4 and c in " HQ", _year_code),
    (lambda n, c, first: n == 4 and c == " ", _year_to_day),
    (lambda n, c, first: n <= 2 and c in "MHQ", _period_code),
    (lambda n, c, first: n <= 2 and c in " sntr", _day_first_date),
    (lambda n, c, first: n == 4, _bare_year),
    (lambda n, c, first: c == "/", _fraction),
    (lambda n, c, first: c in "sntr", _ordinal_suffix),
)


def _digit_rules(text: str, pos: int) -> list[_Cand]:
    if _attached_to_name(text, pos):
        return []                    # GLM-4.5: no anchor inside a name claims the digits
    run = grammar.DIGITS_RE.match(text, pos)
    length = run.end() - pos if run else 0
    after = text[pos + length:pos + length + 1] or "\0"
    rules = _digit_rules_for(min(length, 9), after, text[pos] == "0")
    found = [cand for rule in (*rules, _share_in, _clock_duration, _time_of_day)
             if (cand := rule(text, pos)) is not None]
    quantities = _quantity(text, pos)
    if reach := max((cand.end for cand in found if not cand.kind), default=0):
        # "up to 30 September", 约3月: a hedge before a date without its
        # year does not make its day a count (the quantity would start at the
        # hedge, left of the blocker, and win).
        quantities = [cand for cand in quantities if cand.end > reach]
    return found + quantities


SHORT_DURATION_DAYS = 1.0
"""Durations below this many days are measurements, not spans framing a statement."""


def measured_duration(value: Value) -> bool:
    """Whether VALUE is a duration stated finer than its first unit: a
    result or a sentence (2小时11分08秒, 八年六个月, 3年半, 2.5 hours), not a
    span framing a statement ("over the past 30 years"). One shorter than a
    day is measured too ("exploded 74 seconds after lift-off", 耗时3小时):
    statements are framed by days and longer."""
    if value.kind != "duration":
        return False
    if value.high < SHORT_DURATION_DAYS:
        return True
    first = _duration_form_re().search(value.surface.lower())
    return first is not None and value.precision < duration_forms()[key(first.group())] * 0.999


@cache
def _duration_form_re() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(duration_forms(), key=len, reverse=True))))


def _clock_duration(text: str, pos: int) -> _Cand | None:
    """2小时11分08秒, 1分45秒91: one duration, as precise as its last part."""
    match = grammar.clock_duration_re().match(text, pos)
    if match is None:
        return None
    hours = int(match["h"] or 0)
    minutes = int(match["m"])
    seconds = float(match["s"] or 0) + (int(match["f"]) / 10 ** len(match["f"]) if match["f"]
                                        else 0.0)
    if match["h"] and minutes >= 60 or seconds >= 60:
        return None
    if match["f"]:
        precision = 10 ** -len(match["f"]) / 86400
    elif match["s"]:
        precision = parse_arabic(match["s"]).precision / 86400
    else:
        precision = 1 / 1440
    start, hedge, _ = _left_context(text, pos)
    return _Cand(start, match.end(), "duration",
                 anchor=hours / 24 + minutes / 1440 + seconds / 86400, precision=precision,
                 unit="day", hedge=hedge or "exact", factor=1.0)


def _time_of_day(text: str, pos: int) -> _Cand | None:
    """8.40pm, 4 a.m., 下午3点, 晚上10时42分: a time of day, in minutes after
    midnight (a Chinese one from the part of the day before its digits)."""
    english, chinese = grammar.time_of_day_res()
    match = english.match(text, pos)
    start = pos
    if match is None:
        opening = max(0, pos - 2)
        match = next((m for m in (chinese.match(text, at) for at in (opening, pos - 1) if at >= 0)
                      if m and m.start("h") == pos), None)
        if match is None:
            return None
        start = match.start()
    hours = int(match["h"])
    if match.re is english:
        hours = hours % 12 + (12 if match["pm"] else 0)   # 12am: midnight, 12pm: noon
    elif match["pm"] and hours < 12:
        hours += 12                                       # 下午3点; 中午12点 stays noon
    minutes = int(match["m"]) if match["m"] else 30 if match.groupdict().get("half") else 0
    begin, hedge, _ = _left_context(text, start)
    anchor = float(hours * 60 + minutes)
    # A hedge on a time of day is minutes wide, not a share of the hour.
    low, high = {"about": (anchor - CLOCK_SLACK, anchor + CLOCK_SLACK),
                 "nearly": (anchor - CLOCK_SLACK, anchor), "over": (anchor, DAY_MINUTES),
                 "at_least": (anchor, DAY_MINUTES), "under": (0.0, anchor),
                 "at_most": (0.0, anchor)}.get(hedge, (anchor, anchor))
    return _Cand(begin, match.end(), "clock", anchor=anchor, precision=1.0, unit="minute",
                 hedge=hedge or "exact", low=low, high=high)


CLOCK_SLACK = 15.0
"""Minutes either side of a time of day "about" it."""
DAY_MINUTES = 1440.0
"""Minutes in a day: the end of a time of day "after" or "at least" it."""


def _share_in(text: str, pos: int) -> _Cand | None:
    """'one in ten', '3 out of 4': a share, as 1/10 is."""
    match = grammar.rank_res()["share"].match(text, pos)
    if match is None:
        return None
    top, bottom = (parse_arabic(w) if w[0].isdigit() else parse_english(w)
                   for w in (match["a"], match["b"]))
    return _fraction_of(text, pos, match.end(), top, bottom)


@cache
def _digit_rules_for(length: int, after: str, zero: bool) -> tuple[_Rule, ...]:
    return tuple(rule for applies, rule in _DIGIT_RULES
                 if applies(length, after, "0" if zero else "1"))


# ------------------------------------------------------------ ranks (latin)

def _rank_number(written: str) -> int:
    words = units()["ordinals"]["english"]
    return words.get(key(written)) or _small_int(re.sub(r"(?i)(st|nd|rd|th)$", "", written))


def _after_cardinal(text: str, pos: int) -> bool:
    """'a third', 'two fifths': an ordinal word after a cardinal is a fraction."""
    word = key(_latin_word_before(text, pos - 1)) if pos > 1 and text[pos - 1] == " " else ""
    return word in ("a", "an") or word in units()["numbers"]["english"]


def _english_rank(text: str, pos: int) -> _Cand | None:
    res = grammar.rank_res()
    if match := res["fraction"].match(text, pos):
        words = units()["ordinals"]["english"]
        denominators = units()["multiples"]["english_denominators"]
        written = key(match["d"])
        bottom = denominators.get(written) or words.get(written) or words.get(written[:-1])
        top = 1 if key(match["a"]) in ("a", "an") else _small_int(match["a"])
        if bottom:
            return _fraction_of(text, pos, match.end(), Number(float(top), 1.0),
                                Number(float(bottom), 1.0))
    if match := res["top"].match(text, pos):
        return _ordinal(pos, match.end(), _small_int(match["n"]), "at_most")
    if match := res["number"].match(text, pos):
        return _ordinal(pos, match.end(), int(match["n"]))
    if match := res["verb"].match(text, pos):
        return _ordinal(match.start("n"), match.end(), _rank_number(match["n"]))
    if (match := res["word"].match(text, pos)) and (not _after_cardinal(text, pos)
                                                     or _rank_follows(text, match.end())):
        return _ordinal(pos, match.end(), _rank_number(match["w"] or match["a"]))
    if match and match["w"] and key(_latin_word_before(text, pos - 1)) in ("a", "an") \
            and not text.startswith("-", match.end()):
        # "a seventh": the article is the numerator.
        article = pos - 1 - len(_latin_word_before(text, pos - 1))
        cand = _fraction_of(text, article, match.end(), Number(1.0, 1.0),
                            Number(float(_rank_number(match["w"])), 1.0))
        if cand is not None:
            return cand
    if match := res["one"].match(text, pos):
        return _ordinal(pos, match.end(), 1)
    word = grammar.WORD_RE.match(text, pos)
    denominator = units()["multiples"]["english_denominators"].get(key(word.group())) \
        if word else None
    if denominator and key(_latin_word_before(text, pos - 1)) in ("a", "an") \
            and not text.startswith("-", word.end()):
        # "a quarter of the forests": the article is the numerator.
        article = pos - 1 - len(_latin_word_before(text, pos - 1))
        if denominator == 2 and _AND_BEFORE.search(text, 0, article):
            # "a year and a half": the half of a mixed number, no fraction.
            return _article_and_a_half(text, word.end()) or _block(article, word.end())
        return _fraction_of(text, article, word.end(), Number(1.0, 1.0),
                            Number(float(denominator), 1.0))
    return None


_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)


def _rank_follows(text: str, end: int) -> bool:
    """Whether the word after an ordinal ending at END makes it a rank ("a
    fifth straight year", "a third term"): ``rank_after`` of the multiples."""
    word = re.match(r"\s+([A-Za-z]+)", text[end:end + 20])
    return bool(word) and key(word.group(1)) in units()["multiples"]["rank_after"]


def _latin_rules(text: str, pos: int) -> list[_Cand]:
    word = grammar.WORD_RE.match(text, pos)
    if word is None or (key(word.group()) not in grammar.latin_triggers()
                        and not grammar.HUNDRED_RE.match(text, word.end())):
        return []
    if match := grammar.URL_RE.match(text, pos):
        return [_block(pos, match.end(), P_NAME)]
    found = [cand for rule in (_english_date, _english_rank, _english_half, _english_fold,
                               _share_in, _within_one_unit)
             if (cand := rule(text, pos)) is not None]
    return found + _quantity(text, pos)


def _within_one_unit(text: str, pos: int) -> _Cand | None:
    """'within a month', 'within its first year': a span of one unit, as
    'within one month' (and 一个月内) is, from the article on."""
    match = _within_one_unit_re().match(text, pos)
    if match is None:
        return None
    days = duration_forms()[key(match["form"])]
    return _Cand(match.start("one"), match.end(), "duration", anchor=days, precision=days,
                 unit="day")


@cache
def _within_one_unit_re() -> re.Pattern[str]:
    forms = sorted((f for f in duration_forms() if f.isascii() and f.isalpha() and f[-1:] != "s"),
                   key=len, reverse=True)
    return re.compile(rf"{WITHIN}\s+(?P<one>an?|(?:its|the|their|his|her)\s+first)\s+"
                      rf"(?P<form>{'|'.join(map(re.escape, forms)) or '(?!x)x'})(?![A-Za-z])",
                      re.IGNORECASE)


WITHIN = "within"
"""The English word before a span of one unit written with an article."""


_FOLD_SCALES = {"hundred": 100, "thousand": 1000}


def _article_and_a_half(text: str, end: int) -> _Cand | None:
    """'a year and a half', 'an hour and a half' ending at END: one unit and
    a half (the ``and_a_half`` forms written after the unit); else None."""
    match = _article_half_re().search(text, max(0, end - _ARTICLE_HALF_CHARS), end)
    if match is None:
        return None
    days = duration_forms()[key(match["form"])]
    start, hedge, _ = _left_context(text, match.start())
    if key(text[start:match.start()]) in units()["hedges"]["not_before_durations"]:
        start, hedge = match.start(), ""   # "over a year and a half": during it
    return _Cand(start, end, "duration", anchor=1.5 * days, precision=days / 2,
                 unit="day", hedge=hedge or "exact")


_ARTICLE_HALF_CHARS = 24


@cache
def _article_half_re() -> re.Pattern[str]:
    forms = sorted((f for f in half_duration_forms() if f[:1].isalpha() and f.isascii()
                    and not f.startswith("and ")), key=len, reverse=True)
    return re.compile(rf"\ban?\s+(?P<form>{'|'.join(map(re.escape, forms)) or '(?!x)x'})$",
                      re.IGNORECASE)


def _english_fold(text: str, pos: int) -> _Cand | None:
    """'tenfold', 'threefold': a multiple written as one word."""
    word = grammar.WORD_RE.match(text, pos)
    written = key(word.group()) if word else ""
    if not written.endswith("fold"):
        return None
    number = units()["numbers"]["english"].get(written[:-4]) or _FOLD_SCALES.get(written[:-4])
    if not number:
        return None
    start, hedge, _ = _left_context(text, pos)
    return _Cand(start, word.end(), "multiple", anchor=float(number), precision=1.0,
                 hedge=hedge or "exact")


def _english_half(text: str, pos: int) -> _Cand | None:
    """'half of them', 'about half': 50%, as 一半 is (not a half-year, nor
    the first half of a year, which a date rule reads)."""
    match = grammar.ENGLISH_HALF_RE.match(text, pos)
    return _percent_word(text, pos, match.end(), Number(50.0, 10.0)) if match else None


# ------------------------------------------------- 第, 前, 半, 榜首 (special)

def _chinese_rank(text: str, pos: int) -> _Cand | None:
    res, o = grammar.special_res(), units()["ordinals"]
    if _ends_with(text, pos, o.get("consecutive_before", [])) \
            and text.startswith(o["chinese_prefix"], pos):
        # 连续第13个交易日: the 13th in a row is 13 in a row, a count or a
        # time like 连续13个交易日.
        counted = [c for c in _quantity(text, pos + len(o["chinese_prefix"]))
                   if c.kind in ("count", "duration")]
        if counted:
            counted[0].start = pos
            return counted[0]
    if match := res["ordinal"].match(text, pos):
        # 第三方, 第三产业: a word of its own (a third party, the tertiary
        # sector), no rank.
        if any(text.startswith(w, match.end()) for w in o.get("word_heads", ())):
            return _block(pos, match.end())
        rank = _small_int(match["n"])
        return _block(pos, match.end()) if match["q"] else _ordinal(pos, match.end(), rank)
    if match := res["top"].match(text, pos):
        after_n = text[match.end("n"):match.end("n") + 3]
        if _ends_with(text, pos, o["top_not_after"]) or any(
                after_n.startswith(w) for w in o["top_not_before"]):
            return None
        return _ordinal(pos, match.end(), _small_int(match["n"]), "at_most")
    if match := res["one"].match(text, pos):
        return _ordinal(pos, match.end(), 1)
    return None


def _half(text: str, pos: int) -> _Cand | None:
    match = grammar.special_res()["half"].match(text, pos)
    if match is None:
        return None
    if pos > 0 and text[pos - 1] in "上下" and match["dur"] == "年":
        return _block(pos - 1, match.end())            # 今年上半年: a half without a year
    if match["pct"]:
        return _percent_word(text, pos, match.end(), Number(50.0, 10.0))
    days = duration_forms()[key(match["dur"])] / 2
    return _Cand(pos, match.end(), "duration", anchor=days, precision=days, unit="day")


def _special_rules(text: str, pos: int) -> list[_Cand]:
    return [cand for rule in (_chinese_rank, _half) if (cand := rule(text, pos)) is not None]


# -------------------------------------------------- Chinese numeral anchors

def _percent_word(text: str, pos: int, end: int, number: Number) -> _Cand:
    """A percent written in words (百分之三十, 半数), with any hedge before it."""
    start, hedge, _ = _left_context(text, pos)
    return _Cand(start, end, "percent", anchor=number.value, precision=number.precision,
                 hedge=hedge or "exact")


def _chinese_numeral_word(text: str, pos: int) -> _Cand | None:
    res = grammar.chinese_numeral_res()
    ahead = text[pos:pos + 8]
    if match := res["percent"].match(text, pos):
        number = parse_arabic(match["n"]) if match["n"][0].isdigit() else parse_chinese(match["n"])
        return _percent_word(text, pos, match.end(), number) if number else None
    if match := res["half"].match(text, pos):
        return _percent_word(text, pos, match.end(), Number(50.0, 10.0))
    if match := res["fraction"].match(text, pos):
        return _fraction_of(text, pos, match.end(), parse_chinese(match["a"]),
                            parse_chinese(match["b"]))
    month = "月" in ahead and res["month"].match(text, pos)
    if month and 1 <= _small_int(month["n"]) <= 12:
        return _block(pos, month.end())
    if "年" in ahead and (match := res["year"].match(text, pos)):
        digits = units()["numbers"]["chinese_digits"]
        year = int("".join(str(digits[c]) for c in match["y"]))
        return _months(pos, match.end(), year, 1, 12, "year")
    return None


def _chinese_rules(text: str, pos: int) -> list[_Cand]:
    cand = _chinese_numeral_word(text, pos)
    return ([cand] if cand else []) + _quantity(text, pos)


_RULES = {"digit": _digit_rules, "zh": _chinese_rules, "latin": _latin_rules,
          "special": _special_rules}


# ------------------------------------------------ choosing and combining

def _resolve(proposed: list[_Cand]) -> list[_Cand]:
    """Leftmost-longest non-overlapping candidates; same span: lower priority wins."""
    proposed.sort(key=lambda c: (c.start, c.start - c.end, c.priority))
    chosen: list[_Cand] = []
    reach = 0
    for cand in proposed:
        if cand.start >= reach and cand.end > cand.start:
            chosen.append(cand)
            reach = cand.end
    return chosen


_CJK_CHARACTER = re.compile(r"[\u3400-\u9fff]")


def _join_sections(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """1亿5千万元, 3万5千人, 新台币1亿5千万元: a number in digits ending in a
    Chinese scale word, then right after it a smaller one, is one figure,
    the sum (in the currency named before it, if one is)."""
    joined: list[_Cand] = []
    for cand in chosen:
        prev = joined[-1] if joined else None
        if prev is not None and prev.end == cand.start and not prev.bare \
                and (prev.kind == "count" and prev.unit == "" or prev.kind == cand.kind == "amount") \
                and prev.scale > 1.0 and _CJK_CHARACTER.match(text, prev.end - 1) \
                and cand.kind in QUANTITY_KINDS and cand.hedge in ("exact", "about") \
                and not cand.bare and 0 < cand.number * cand.scale < prev.scale:
            head = prev.anchor if prev.kind == "amount" \
                else (_in_units_of(prev, cand) or (prev.anchor, 0.0))[0]
            total = head + cand.anchor
            joined[-1] = replace(cand, start=prev.start, anchor=total, number=total / cand.factor,
                                 unit=prev.unit if prev.kind == "amount" else cand.unit,
                                 hedge=prev.hedge if prev.hedge != "exact" else cand.hedge)
        else:
            joined.append(cand)
    return joined


def _join_durations(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """八年六个月, 3年零2个月, eight years and six months: a duration, then
    one in a smaller unit after a joining word (units.yaml
    ``duration_joiners``), is one span, the sum, as precise as its last
    part."""
    # (零 between them is read as a number of its own: no figure here.)
    chosen = [c for i, c in enumerate(chosen) if not (
        0 < i < len(chosen) - 1 and chosen[i - 1].kind == chosen[i + 1].kind == "duration"
        and _gap_in(text[chosen[i - 1].end:chosen[i + 1].start], "duration_joiners"))]
    joined: list[_Cand] = []
    for cand in chosen:
        prev = joined[-1] if joined else None
        if prev is not None and prev.kind == cand.kind == "duration" \
                and "range" not in (prev.hedge, cand.hedge) and prev.start < cand.start \
                and cand.factor / cand.scale < prev.factor / prev.scale \
                and _gap_in(text[prev.end:cand.start], "duration_joiners"):
            total = prev.anchor + cand.anchor
            joined[-1] = replace(prev, end=cand.end, anchor=total, precision=cand.precision,
                                 number=total / prev.factor,
                                 hedge=prev.hedge if prev.hedge != "exact" else cand.hedge)
        else:
            joined.append(cand)
    return joined


def _gap_in(gap: str, name: str, *, spaced: bool = False) -> bool:
    """Whether GAP is one of the separators in lexicon list NAME; with SPACED,
    a symbol may have spaces around it (300 - 400)."""
    exact, symbols = grammar.separators(name)
    return gap in exact or (spaced and gap.strip() in symbols)


def _merge_ranges(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """300-400亿元, 25-30亿美元, 3-4倍, 2022年12月至2025年1月: two ends, one value."""
    merged: list[_Cand] = []
    for cand in chosen:
        prev = merged[-1] if merged else None
        if (prev is not None and _is_range_gap(text, prev, cand)
                and (joined := _range(prev, cand)) is not None):
            merged[-1] = joined
        else:
            merged.append(cand)
    return merged


def _is_range_gap(text: str, first: _Cand, last: _Cand) -> bool:
    """300-400, 300 to 400, between 300 and 400; not from 300 to 400 (a change)
    unless both ends are dates (从2022年12月至2025年1月 is a period)."""
    u, gap = units(), text[first.end:last.start]
    if not gap or len(gap) > 5:
        return False
    if _ends_with(text, first.start, u["range_between"]):
        return _gap_in(gap, "range_between_separators", spaced=True)
    if first.kind == "date" != last.kind and _after_year_preposition(text, first.start):
        return False  # "… in 2023 to 119,700": a year, then the next figure
    dates = first.kind == last.kind == "date"       # from 2022 to 2024 is a period
    return (_gap_in(gap, "range_separators", spaced=True)
            and (dates or not _ends_with(text, first.start, u["range_not_after"]))
            and not (not dates and _change_then_level(text, first, last)))


RANGE_SPREAD = 3.0
"""How many times its first a range's end may be: beyond it, a change
before a level ("rose 30p to £7.80", "up $2 to $48") is no range."""


def _change_then_level(text: str, first: _Cand, last: _Cand) -> bool:
    """Whether FIRST, right after a word of direction, is a change and LAST
    the level it reached, not two ends of a range: the level is more than
    ``RANGE_SPREAD`` times the change ("rose 5% to 48%"; not "expected to
    grow 3% to 5%")."""
    from checker.language.grammar import change_part

    start = _in_units_of(first, last)
    return change_part(text, first.start) == "change" and start is not None \
        and start[0] > 0 and last.anchor > RANGE_SPREAD * start[0]


def _raw(cand: _Cand) -> tuple[float, float, float]:
    """(numeral, its precision, its scale) as written, before units."""
    if cand.year:
        return cand.number, 1.0, 1.0
    return cand.number, cand.precision / cand.factor, cand.scale


def _unitless(cand: _Cand) -> bool:
    return cand.bare or cand.year or (cand.kind == "count" and cand.unit == "")


def _in_units_of(cand: _Cand, model: _Cand) -> tuple[float, float] | None:
    """(value, precision) of CAND read in MODEL's unit: 300 of 300-400亿元 is
    3e10; None when the scale would be a guess (3、5亿)."""
    if cand.kind == model.kind and cand.unit == model.unit and not _unitless(cand):
        return cand.anchor, cand.precision
    if not _unitless(cand):
        return None
    number, precision, scale = _raw(cand)
    per_unit = model.factor / model.scale
    factor = scale * per_unit if scale != 1.0 else model.factor
    return number * factor, precision * factor


def _range(first: _Cand, last: _Cand) -> _Cand | None:
    if first.kind == "date" and last.kind == "date" and not first.bare:
        if first.low is None or last.high is None or first.low > last.high:
            return None
        return _date(first.start, last.end, date.fromordinal(int(first.low)),
                     date.fromordinal(int(last.high)), "period", "range")
    if last.kind not in QUANTITY_KINDS or last.bare or last.hedge == "range":
        return None
    start = _in_units_of(first, last)
    if start is None or start[0] > last.anchor:
        return None
    low, precision = start
    return _Cand(first.start, last.end, last.kind, anchor=(low + last.anchor) / 2,
                 precision=max(precision, last.precision), unit=last.unit, hedge="range",
                 low=low, high=last.anchor, number=last.number, scale=last.scale,
                 factor=last.factor)


def _distribute_units(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """4720万、1.41亿和1.42亿美元: a unit written after the last item of a list
    applies to the unitless items before it."""
    for i in range(len(chosen) - 1, 0, -1):
        last, prev = chosen[i], chosen[i - 1]
        carries = last.kind in QUANTITY_KINDS and not _unitless(last)
        if prev.year and _after_year_preposition(text, prev.start):
            continue                                    # "285% in 2024 and 73.6%": a year
        if not (carries and _unitless(prev)
                and _gap_in(text[prev.end:last.start], "list_separators")):
            continue
        if _raw(prev)[2] == 1.0 and last.scale != 1.0:
            continue                                    # 3、5亿: 3 or 3亿? unknown
        value, precision = _in_units_of(prev, last) or (prev.anchor, prev.precision)
        chosen[i - 1] = replace(prev, kind=last.kind, unit=last.unit, anchor=value,
                                precision=precision, bare=False, year=False,
                                low=None, high=None, priority=P_VALUE)
    return chosen


def _interval(anchor: float, precision: float, hedge: str) -> tuple[float, float]:
    """The interval a hedged value stands for (see checker.model.Value)."""
    half = precision / 2
    if hedge == "about":
        return max(0.0, min(anchor * 0.9, anchor - half)), max(anchor * 1.1, anchor + half)
    if hedge == "nearly":
        return anchor * 0.9, anchor
    if hedge in ("over", "at_least"):
        return anchor, math.inf
    if hedge in ("under", "up_to", "at_most"):
        return 0.0, anchor
    return anchor, anchor


def _tidy(number: float) -> float:
    """Drop binary noise from scaling: 4.65 × 1e8 → 465000000.0, not ...006."""
    if type(number) is float and number.is_integer() and -1e12 < number < 1e12:
        return number   # 12 digits write it exactly: the common case, no formatting
    return float(f"{number:.12g}") if math.isfinite(number) else number


def _to_value(text: str, cand: _Cand) -> Value:
    if cand.low is not None and cand.high is not None:
        low, high = cand.low, cand.high
    else:
        low, high = _interval(cand.anchor, cand.precision, cand.hedge)
    anchor, start = cand.anchor, cand.start
    if _minus_before(text, start) and cand.kind in _SIGNED_KINDS:
        # "净利润分别为-1.37亿元、-0.64亿元": a loss written as a negative profit.
        low, high, anchor, start = -high, -low, -anchor, start - 1
    return Value(kind=cand.kind, low=_tidy(low), high=_tidy(high), anchor=_tidy(anchor),
                 precision=_tidy(cand.precision), unit=cand.unit, hedge=cand.hedge,
                 start=start, end=cand.end, surface=text[start:cand.end],
                 role=role_at(text, start, cand.end))


_SIGNED_KINDS = frozenset({"amount", "percent"})


def _minus_before(text: str, start: int) -> bool:
    """Whether a minus sign stands right before the figure at START: after a
    space, a separator or a verb, not inside a word or between figures
    ("COVID-19", "2022-2024", "10-15%")."""
    return start > 0 and text[start - 1] in "-\u2212" and (
        start == 1 or not (text[start - 2].isascii() and text[start - 2].isalnum()
                           or text[start - 2] in "%.)"))


# "每赚一元钱,就要赔掉六元": an amount right after 每 + a verb is a unit of a
# ratio, not a figure of the subject. 每月/每年/每天 ("每月现金消耗高达2790万美元")
# name a period and do not count.
_PER_UNIT = re.compile(r"每[^月年天日周季百千万亿\d][^,;:]{0,1}$")
_RATE_BASE = re.compile(
    r"(?:每|per)\s*(?P<number>[0-9][0-9,.]*)?\s*(?P<unit>[a-z\u3400-\u9fff]{1,12}?)"
    r"\s*(?:约|约为|含|含有|为|达|of|约含|is|contains)?\s*$", re.IGNORECASE)


def per_unit_before(before: str) -> bool:
    """Whether BEFORE, the few characters before an amount, make it the unit
    of a ratio ("每赚一元钱") rather than a figure; not a rate per thing
    counted ("每人新台币3000元", 每户: a classifier after 每) or per measure
    ("每公斤5.6毫克": a unit of measurement after 每)."""
    found = _PER_UNIT.search(before)
    return bool(found) and found.group()[1] not in units()["classifiers"] \
        and key(found.group()[1:]) not in physical_forms()


def rate_base(text: str, start: int) -> float | None:
    """How much of a measured thing the figure at START of TEXT is per, when
    a rate word and a unit of measurement stand right before it ("每100克约含
    900千卡": 0.1 kg; "每克": 0.001 kg; "per kilogram"), in the unit's base;
    else None."""
    found = _RATE_BASE.search(text[max(0, start - 16):start])
    if found is None:
        return None
    unit = physical_forms().get(key(found.group("unit")))
    if unit is None:
        return None
    number = parse_arabic(found.group("number")) if found.group("number") else None
    return (number.value if number is not None else 1.0) * unit[1]


def years_of(value: Value) -> list[Value]:
    """A date range over several calendar years split into its years, the
    first and last cut to the range ("2023年至2025年前9个月": 2023, 2024, and
    January-September 2025), for figures listed "respectively" over it; []
    for anything else."""
    if value.kind != "date" or value.hedge != "range":
        return []
    first, last = date.fromordinal(int(value.low)), date.fromordinal(int(value.high))
    if first.year == last.year:
        return []
    years = []
    for year in range(first.year, last.year + 1):
        low = max(first, date(year, 1, 1)).toordinal()
        high = min(last, date(year, 12, 31)).toordinal()
        whole = low == date(year, 1, 1).toordinal() and high == date(year, 12, 31).toordinal()
        years.append(replace(value, low=low, high=high, anchor=low, precision=high - low + 1,
                             unit="year" if whole else "period", hedge="exact"))
    return years


def joined_run(values: Sequence[Value], text: str) -> int:
    """How many of VALUES (in text order, or in reverse) from the first on
    are the items of one list in TEXT, joined by what ``joins_list`` reads
    and of one kind: in "亏损分别为3.06亿元、2.41亿元及1.58亿元,三年累计亏损……"
    the duration after the comma starts something else."""
    for i, (a, b) in enumerate(pairwise(values)):
        first, second = (a, b) if a.start < b.start else (b, a)
        if a.kind != b.kind or not joins_list(text[first.end:second.start]):
            return i + 1
    return len(values)


def joins_list(gap: str) -> bool:
    """Whether GAP, the text between two figures, is what stands between the
    items of a list ("、", "和", ", ", " and ")."""
    # A sign before the next figure is the figure's ("、-0.64亿元").
    gap = gap.rstrip("-+\u2212")
    core = gap.strip(" ,\uff0c")
    return not core or any(_gap_in(g, "list_separators", spaced=True)
                           for g in (gap, core, f" {core} "))
