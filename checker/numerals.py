"""Numerals and the units lexicon: the words-to-numbers layer under values.py.

What it does: loads ``checker/data/units.yaml`` once; parses one written
number (Arabic ``101,865`` / ``21.95``, Chinese ``四`` / ``十二`` / ``一亿两千万`` /
``千万``, English ``six`` / ``twenty-five`` / ``two hundred``) into its value and
precision; and turns word lists from the lexicon into regex alternations.

What it does not: find numbers in running text, attach units, hedges or
currencies, or decide what a number means (values.py does all of that).

Precision is the unit of the last stated digit: ``21.95`` → 0.01, ``7000`` → 1
(trailing zeros count as significant). Numeral words below a hundred are
exact (``二十`` → 1); a written place of a hundred or more is the precision
(``三千`` → 1000, ``千万`` → 1e7), since ``三千`` is a round figure.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, timedelta
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import yaml

from checker.errors import LexiconError
from checker.model import Value

UNITS_FILE = "units.yaml"

_REQUIRED_KEYS = (
    "numbers", "scales", "currencies", "percent", "multiples", "durations", "classifiers",
    "count_nouns", "hedges", "comparison_base", "ordinals", "dates", "name_rule_exempt",
    "english_gap_stopwords", "list_separators", "range_separators", "plurals",
)


class Number(NamedTuple):
    """A parsed numeral: its value and the unit of its last stated digit."""

    value: float
    precision: float


@cache
def units() -> dict[str, Any]:
    """The units lexicon (checker/data/units.yaml), loaded and checked once."""
    path = resources.files("checker") / "data" / UNITS_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise LexiconError(f"cannot read the units lexicon: {error}", file=str(path)) from error
    if not isinstance(data, dict):
        raise LexiconError("the units lexicon is not a mapping", file=str(path))
    missing = [key for key in _REQUIRED_KEYS if key not in data]
    if missing:
        raise LexiconError(f"the units lexicon lacks {', '.join(missing)}", file=str(path),
                           hint="restore the keys from the packaged checker/data/units.yaml")
    odd = _non_string_words(data)
    if odd:
        raise LexiconError(f"the units lexicon has a word that is not a string: {odd}",
                           file=str(path), hint='quote YAML words such as "on" and "no"')
    return data


def _non_string_words(node: object, path: str = "") -> str:
    """The path of the first list item that YAML did not read as a string
    (unquoted on/no/yes become booleans), or ''."""
    if isinstance(node, dict):
        return next((found for name, child in node.items()
                     if (found := _non_string_words(child, f"{path}.{name}"))), "")
    if isinstance(node, list) and not path.endswith("year_range"):
        return next((f"{path}: {item!r}" for item in node if not isinstance(item, str)), "")
    return ""


def as_float(value: object) -> float:
    """A lexicon number: an int, a float or a fraction written as '1/24'."""
    return float(Fraction(str(value)))


# ---------------------------------------------------------------- regex help

def is_latin(word: str) -> bool:
    """True for words written in Latin letters (matched ignoring case)."""
    return any("a" <= c.lower() <= "z" for c in word)


def alternation(words: Iterable[str], *, spaced: bool = False) -> str:
    """A regex alternation of WORDS, longest first so the longest form wins.

    Latin words match in any case and must not run on into another letter
    ("m" matches the m of "5m" but not of "5min"). With ``spaced``, a Latin
    word of two or more letters may follow one whitespace ("300 million",
    "5 users"); one-letter forms ("x", "k") stay attached ("10x", "100k").
    """
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        part = re.escape(word)
        if is_latin(word):
            part = f"(?i:{part})"
            if word[-1].isalnum():
                part += "(?![A-Za-z])"
            if spaced and len(word) > 1 and word[0].isalpha():
                part = r"\s?" + part
        parts.append(part)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def reversed_alternation(words: Iterable[str]) -> str:
    """An alternation of WORDS written backwards, for matching the text
    before a position from right to left (see values.py's left context).

    A Latin word must start the word in the original text: in the reversed
    text no letter may follow it ("over" but not the end of "cover").
    """
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        part = re.escape(word[::-1])
        if is_latin(word):
            part = f"(?i:{part})"
            if word[0].isalpha():
                part += "(?![A-Za-z])"
        parts.append(part)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


# ------------------------------------------------------------ numeral shapes

# Arabic number: digits with optional thousands groups and decimals.
# Matches "92", "101,865", "1,000", "21.95", "0.3"; in "1,2345" only "1".
# Possessive quantifiers: nothing inside a long digit run is re-tried.
ARABIC = r"(?:\d{1,3}(?:,\d{3})++(?!\d)|\d++)(?:\.\d++)?"


@cache
def chinese_chars() -> str:
    """Every character of a Chinese numeral (digits, places, 万/亿)."""
    numbers = units()["numbers"]
    return "".join([*numbers["chinese_digits"], *numbers["chinese_places"],
                    *numbers["chinese_sections"]])


@cache
def chinese_pattern() -> str:
    """Chinese numeral run: "四", "十二", "两", "三千", "千万", "一亿两千万", "三点五"."""
    numbers = units()["numbers"]
    chars = re.escape(chinese_chars())
    digits = re.escape("".join(numbers["chinese_digits"]))
    sections = re.escape("".join(numbers["chinese_sections"]))
    point = re.escape(numbers["chinese_decimal_point"])
    return f"[{chars}]++(?:{point}[{digits}]++[{sections}]*+)?"


@cache
def english_pattern() -> str:
    """English cardinal: "six", "twenty-five", "twenty five", "two hundred",
    "a hundred and five". Case-insensitive; whole words only."""
    words = units()["numbers"]["english"]
    hundred = units()["numbers"]["english_hundred"]
    ones = alternation([w for w, v in words.items() if 0 < v < 10])
    teens = alternation([w for w, v in words.items() if 10 <= v < 20])
    tens = alternation([w for w, v in words.items() if v >= 20])
    below_100 = f"(?:{tens}(?:[-\\s]{ones})?|{teens}|{ones}|(?i:zero)(?![A-Za-z]))"
    head = f"(?:{ones}|(?i:an?)(?![A-Za-z]))"
    return f"(?:{head}\\s(?i:{hundred})(?:\\s(?i:and\\s)?{below_100})?(?![A-Za-z])|{below_100})"


# --------------------------------------------------------------- the parsers

def parse_arabic(text: str) -> Number:
    """'101,865' → 101865 (precision 1); '21.95' → 21.95 (precision 0.01)."""
    digits = text.replace(",", "")
    _, _, decimals = digits.partition(".")
    return Number(float(digits), 10.0 ** -len(decimals))


def parse_chinese(text: str) -> Number | None:
    """A Chinese numeral, or None when the run is not a well-formed number.

    '四' → 4; '十二' → 12; '二十' → 20; '三千' → 3000 (precision 1000);
    '千万' → 1e7; '一亿两千万' → 1.2e8 (precision 1e7); '三点五' → 3.5.
    Rejected: '一一', '二〇二五' (digit sequences, not numbers), a bare '万'/'亿',
    anything over 24 characters.
    """
    numbers = units()["numbers"]
    if len(text) > 24 or text in numbers["chinese_sections"]:
        return None
    whole, point, decimals = text.partition(numbers["chinese_decimal_point"])
    if not point:
        return _chinese_sections(whole, numbers)
    return _chinese_decimal(whole, decimals, numbers)


def _chinese_decimal(whole: str, decimals: str, numbers: dict) -> Number | None:
    digits = numbers["chinese_digits"]
    sections = numbers["chinese_sections"]
    scale = 1.0
    while decimals and decimals[-1] in sections:
        scale *= sections[decimals[-1]]
        decimals = decimals[:-1]
    head = _chinese_sections(whole, numbers)
    if head is None or not decimals or any(c not in digits for c in decimals):
        return None
    fraction = int("".join(str(digits[c]) for c in decimals)) / 10 ** len(decimals)
    precision = 10.0 ** -len(decimals)
    return Number((head.value + fraction) * scale, precision * scale)


def _chinese_sections(text: str, numbers: dict) -> Number | None:
    """Split at 亿 then 万: left × section + right, right below the section."""
    for char, size in sorted(numbers["chinese_sections"].items(), key=lambda kv: -kv[1]):
        if char not in text:
            continue
        left, _, right = text.partition(char)
        head = _chinese_sections(left, numbers) if left else Number(1.0, 1.0)
        zero_led = right[:1] in numbers["chinese_digits"] and numbers["chinese_digits"][right[0]] == 0
        tail = _chinese_sections(right.lstrip("零〇"), numbers) if right else None
        if head is None or (right and tail is None):
            return None
        if tail is None:
            return Number(head.value * size, head.precision * size)
        if len(right) == 1 and not zero_led:      # 两万五 = 25000: the next place down
            tail = Number(tail.value * size / 10, size / 10)
        if tail.value >= size:
            return None
        return Number(head.value * size + tail.value, tail.precision)
    return _chinese_section(text, numbers)


def _chinese_section(text: str, numbers: dict) -> Number | None:
    """A number below 万: digits and places in falling order, 零 between."""
    digits, places = numbers["chinese_digits"], numbers["chinese_places"]
    total, digit, last_place, zero = 0, None, 10_000, False
    for i, char in enumerate(text):
        if char in digits:
            if digit is not None:
                return None                        # 一一, 二〇: two digits in a row
            if digits[char] == 0:
                zero = True
            else:
                digit = digits[char]
        elif char in places and places[char] < last_place:
            if digit is None and (i > 0 or zero):
                return None                        # 二十百, 零十
            total += (1 if digit is None else digit) * places[char]
            digit, last_place = None, places[char]
        else:
            return None
    if not text or (zero and total == 0 and digit is None):
        return None if not text else Number(0.0, 1.0)
    if digit is not None and last_place > 10 and last_place < 10_000 and not zero:
        return Number(float(total + digit * last_place // 10), last_place / 10)  # 三千五
    precision = 1.0 if digit is not None or last_place < 100 else float(last_place)
    return Number(float(total + (digit or 0)), precision)


def parse_english(text: str) -> Number | None:
    """'six' → 6; 'twenty-five' → 25; 'two hundred' → 200 (precision 100);
    'a hundred and five' → 105. None when a word is not a number word."""
    numbers = units()["numbers"]
    words = numbers["english"]
    hundred = numbers["english_hundred"]
    total, precision = 0, 1.0
    for token in re.split(r"[\s-]+", text.lower().strip()):
        if token == "and":
            continue
        if token in ("a", "an"):
            total = 1
        elif token == hundred:
            total, precision = max(total, 1) * 100, 100.0
        elif token in words:
            total += words[token]
            precision = 1.0
        else:
            return None
    return Number(float(total), precision)


# ----------------------------------------------------------- lexicon lookups

def key(surface: str) -> str:
    """The lookup key of a surface form: trimmed, spaces collapsed, lower case."""
    return " ".join(surface.split()).lower()


def _index(groups: dict[str, list[str]]) -> dict[str, str]:
    """{id: [forms]} → {form key: id}."""
    return {key(form): name for name, forms in groups.items() for form in forms}


@cache
def currency_forms() -> tuple[dict[str, str], dict[str, str]]:
    """(before-form key → code, after-form key → code)."""
    data = units()["currencies"]
    before = _index({code: forms["before"] for code, forms in data.items()})
    after = _index({code: forms["after"] for code, forms in data.items()})
    return before, after


@cache
def hedge_forms() -> dict[str, str]:
    """Every hedge surface form (before or after the number) → its meaning."""
    out = {}
    for meaning, places in units()["hedges"].items():
        if isinstance(places, dict):
            for forms in places.values():
                out.update({key(form): meaning for form in forms})
    return out


@cache
def hedge_words(place: str) -> tuple[str, ...]:
    """Hedge forms written at PLACE: 'before', 'after_number' or 'after_unit'."""
    return tuple(form for places in units()["hedges"].values() if isinstance(places, dict)
                 for form in places.get(place, ()))


@cache
def duration_forms() -> dict[str, float]:
    """Duration unit form key → days per unit (年 → 365, 小时 → 1/24)."""
    return {key(form): as_float(spec["days"])
            for spec in units()["durations"].values() for form in spec["after"]}


@cache
def noun_units() -> dict[str, str]:
    """Counting noun form key → unit id (用户 → user, languages → language)."""
    return _index(units()["count_nouns"])


@cache
def scale_forms() -> dict[str, float]:
    """Scale word key → factor (亿 → 1e8, million → 1e6, bn → 1e9)."""
    scales = units()["scales"]
    return {key(form): float(factor) for group in scales.values()
            for form, factor in group.items()}


# ---------------------------------------------------------------- formatting

_SCALE_NAMES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_HEDGE_WORDS = {"about": "about ", "over": "over ", "at_least": "at least ", "under": "under ",
                "at_most": "at most ", "nearly": "nearly ", "up_to": "up to "}
_DURATION_UNITS = ((365.0, "year"), (91.25, "quarter"), (30.0, "month"), (7.0, "week"),
                   (1.0, "day"), (1 / 24, "hour"))


def _digits(number: float, precision: float) -> str:
    """NUMBER with the decimals its precision states, trailing zeros dropped."""
    places = 0 if precision >= 1 else min(6, math.ceil(-math.log10(precision) - 1e-9))
    text = f"{number:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _scaled(number: float, precision: float, scale_of: float | None = None) -> tuple[str, str]:
    """(digits, scale word): 9.2e9 → ('9.2', 'billion'); 50000 → ('50,000', '')."""
    reference = scale_of if scale_of is not None else number
    for size, name in _SCALE_NAMES:
        if abs(reference) >= size:
            return _digits(number / size, precision / size), name
    return _digits(number, precision), ""


def _plural(unit: str, number: float) -> str:
    if not unit or number == 1:
        return unit
    irregular = units()["plurals"]
    if unit in irregular:
        return irregular[unit]
    return unit[:-1] + "ies" if unit.endswith("y") else unit + "s"


def _number_phrase(value: Value, suffix: str = "", unit: str = "") -> str:
    """'about 9.2 billion CNY', '30-40 billion CNY', 'over 70%'."""
    def words(digits: str, scale: str) -> str:
        return " ".join(p for p in (digits + suffix if not scale else digits, scale) if p)

    if value.hedge == "range":
        low, scale = _scaled(value.low, value.precision, value.high)
        high, _ = _scaled(value.high, value.precision, value.high)
        body = f"{low}-{words(high, scale)}"
    else:
        body = _HEDGE_WORDS.get(value.hedge, "") + words(*_scaled(value.anchor, value.precision))
    if suffix and body.endswith(("illion", "trillion")):
        body += suffix
    return f"{body} {unit}".rstrip()


def _format_date(value: Value) -> str:
    first, last = date.fromordinal(int(value.low)), date.fromordinal(int(value.high))
    prefix = _HEDGE_WORDS.get(value.hedge, "")
    if value.unit == "day":
        return prefix + first.isoformat()
    if value.unit == "month":
        return prefix + first.isoformat()[:7]
    if value.unit == "year":
        return prefix + str(first.year)
    if value.unit == "half":
        return f"{prefix}{first.year} H{1 + (first.month > 6)}"
    if value.unit == "quarter":
        return f"{prefix}{first.year} Q{(first.month + 2) // 3}"
    whole_months = first.day == 1 and (last + timedelta(days=1)).day == 1
    if whole_months:
        return f"{prefix}{first.isoformat()[:7]}..{last.isoformat()[:7]}"
    return f"{prefix}{first.isoformat()}..{last.isoformat()}"


def _format_duration(value: Value) -> str:
    """In the largest unit that gives a whole or half number and is at most ten
    times the precision: 4 months (120 days), 0.5 years, 48 hours, 14 months."""
    def fits(size: float) -> bool:
        halves = value.anchor / size * 2
        return abs(halves - round(halves)) < 1e-6 and value.precision >= size / 10 * 0.999

    size, name = next(((s, n) for s, n in _DURATION_UNITS if fits(s)), (1.0, "day"))
    count = value.anchor / size
    phrase = _number_phrase(Value("duration", value.low / size, value.high / size, count,
                                  value.precision / size, hedge=value.hedge))
    return f"{phrase} {_plural(name, count)}"


def format_value(value: Value) -> str:
    """Human-readable normalised form: '9.2 billion CNY', '27.9 million USD',
    '73.1%', 'over 11 million users', '2026-01-08', '2025 H1',
    '2025-01..2025-09', '4 months', 'rank 6', 'top 5', '2x'."""
    if value.kind == "date":
        return _format_date(value)
    if value.kind == "duration":
        return _format_duration(value)
    if value.kind == "ordinal":
        return f"top {int(value.anchor)}" if value.hedge == "at_most" else f"rank {int(value.anchor)}"
    if value.kind == "percent":
        return _number_phrase(value, " pp" if value.unit == "pp" else "%")
    if value.kind == "multiple":
        if value.anchor < 1 and value.hedge == "exact":
            return f"{Fraction(value.anchor).limit_denominator(100)}x"
        return _number_phrase(value, "x")
    if value.kind == "amount":
        return _number_phrase(value, unit=value.unit)
    if value.kind == "count":
        return _number_phrase(value, unit=_plural(value.unit, value.anchor))
    return value.surface
