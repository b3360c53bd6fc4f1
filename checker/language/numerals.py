"""How number expressions are written: the units lexicon, numerals, the
regex grammar, and the normalised form for reports. values.py decides what
a match means; this module only knows how things are written.

What it does: loads ``checker/data/units.yaml`` once (and rejects a word that
YAML did not read as a string); parses one written number (Arabic
``101,865`` / ``21.95``, Chinese ``四`` / ``十二`` / ``一亿两千万`` / ``千万``,
English ``six`` / ``twenty-five`` / ``two hundred``) into its value and
precision; builds the regexes of the grammar from the lexicon, each
documented with what it matches; formats a ``Value`` ('9.2 billion CNY').

What it does not: find numbers in running text, choose between readings,
merge ranges or lists (values.py does all of that).

Precision is the unit of the last stated digit: ``21.95`` → 0.01, ``7000`` → 1
(trailing zeros count as significant). Numeral words below a hundred are
exact (``二十`` → 1); a written place of a hundred or more is the precision
(``三千`` → 1000, ``千万`` → 1e7), since ``三千`` is a round figure.

Longer than the house ~500 lines: the grammar's regexes sit with the word
lists they are built from, and splitting them from values.py's rules was the
one split available to this stage.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
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
        # libyaml where installed: faster, same result for the bundled files (tested).
        data = yaml.load(path.read_text(encoding="utf-8"),
                         Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
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
        # (A list of units, each a mapping of its factor and its word forms.)
        return next((found for i, item in enumerate(node)
                     if (found := _non_string_words(item, f"{path}[{i}]")
                         if isinstance(item, dict) else
                         "" if isinstance(item, str) else f"{path}: {item!r}")), "")
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
            if spaced and len(word) > 1 and (word[0].isalpha() or word[0] == "°"):
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

# Arabic number: digits with optional thousands groups, decimals and a
# power of ten. Matches "92", "101,865", "1,000", "21.95", "0.3", "9e9",
# "9.2E+9"; in "1,2345" only "1"; no exponent in "3D", "5e" or "2e9x".
# Possessive quantifiers: nothing inside a long digit run is re-tried.
# An exponent of two digits at most: "1e+400" is no figure (and no float).
ARABIC = r"(?:\d{1,3}(?:,\d{3})++(?!\d)|\d++)(?:\.\d++)?(?:[eE][+-]?\d{1,2}+(?![A-Za-z0-9]))?"


@cache
def chinese_chars() -> str:
    """Every character of a Chinese numeral (digits, places, 万/亿)."""
    numbers = units()["numbers"]
    return "".join([*numbers["chinese_digits"], *numbers["chinese_places"],
                    *numbers["chinese_sections"]])


@cache
def chinese_digits() -> str:
    """The characters of the Chinese digits one to nine (一, 两, 九; not 零,
    which begins words like 零售, nor 十, 万)."""
    return "".join(d for d, v in units()["numbers"]["chinese_digits"].items() if v)


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
    """'101,865' → 101865 (precision 1); '21.95' → 21.95 (precision 0.01);
    '9.2e9' → 9.2e9 (precision 1e8)."""
    digits = text.replace(",", "")
    mantissa, _, exponent = digits.lower().partition("e")
    _, _, decimals = mantissa.partition(".")
    power = int(exponent) if exponent else 0
    return Number(float(mantissa) * 10.0 ** power, 10.0 ** (power - len(decimals)))


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
        if right in numbers["chinese_digits"] and not zero_led:   # 两万五 = 25000
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
    if not text:
        return None
    if digit is not None and 10 < last_place < 10_000 and not zero:
        return Number(float(total + digit * last_place // 10), last_place / 10)  # 三千五
    round_place = digit is None and 100 <= last_place < 10_000       # 三千, 一百
    precision = float(last_place) if round_place else 1.0
    return Number(float(total + (digit or 0)), precision)


@cache
def _english_number_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z-]){english_pattern()}")


def english_numbers(text: str) -> list[tuple[int, int, float]]:
    """The numbers TEXT writes in English words ("Three hundred residents",
    "twelve miners"): (start, end, value) of each, two and above (one is as
    often an article: "one of the firms")."""
    found = []
    for match in _english_number_re().finditer(text):
        number = parse_english(match.group())
        if number is not None and number.value >= 2:
            found.append((match.start(), match.end(), number.value))
    return found


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
def subunit_forms() -> dict[str, tuple[tuple[str, ...], float]]:
    """Money-subunit form key ("cents", "p") → (the currencies it may be a
    hundredth of, the first read when nothing names one; its share of the
    unit) (units' ``money_subunits``)."""
    return {key(word): (tuple(entry["currencies"]), float(entry["per"]))
            for entry in units().get("money_subunits", []) for word in entry["words"]}


def shared_subunit(surface: str, currency: str) -> bool:
    """Whether the amount SURFACE is written in a subunit several currencies
    share ("48 cents": the dollar's, the euro's) of which CURRENCY is one: an
    amount in CURRENCY is then the same money, whichever the text meant."""
    written = key(surface)
    word = max((form for form in subunit_forms() if written.endswith(form)), key=len, default="")
    return bool(word) and currency in subunit_forms()[word][0]


def same_money_word(claim_surface: str, source_surface: str) -> bool:
    """Whether a claimed amount names no currency, only a word any currency's
    unit may be (元 of 1200元: ``generic_money_words``), and the source's is
    written with that word too (新台币1200元, 港币4万元): the claim's currency is
    then what the source names, not CNY. ("1200元" against "1200美元" stays
    a units trap: 美元 is a currency's name.)"""
    generic = _generic_money_words()
    claim_word = _money_word(claim_surface)
    return claim_word in generic and _money_word(source_surface) == claim_word \
        and not any(form in key(claim_surface) for form in currency_forms()[0])


def unnamed_money_of(claim_currency: str, source_surface: str) -> bool:
    """Whether a source's amount names no currency, only a word any of
    several currencies' units may be (3.1億元), one of which the claim names
    (``generic_money_currencies``: 港元, not 美元): which it is, the source's
    readers know, not the checker."""
    return claim_currency in units().get("generic_money_currencies", []) \
        and _money_word(source_surface) in _generic_money_words() \
        and not any(form in key(source_surface) for form in currency_forms()[0])


@cache
def _generic_money_words() -> frozenset[str]:
    return frozenset(key(word) for word in units().get("generic_money_words", []))


def _money_word(surface: str) -> str:
    """The longest currency word written after the figure of SURFACE ('' if none)."""
    written = key(surface)
    return max((form for form in currency_forms()[1] if written.endswith(form)),
               key=len, default="")


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
    return {key(form): as_float(spec["days"]) for spec in units()["durations"].values()
            for form in (*spec["after"], *spec.get("and_a_half", ()))}


@cache
def clock_duration_re() -> re.Pattern[str]:
    """2小时11分08秒, 2小时11分, 1分45秒91: hours then minutes, or minutes
    then seconds (and hundredths), in digits (units.yaml ``clock_durations``)."""
    forms = units()["clock_durations"]
    h, m, s = (alternation(forms[part]) for part in ("hours", "minutes", "seconds"))
    seconds = rf"(?P<s>\d{{1,2}}(?:\.\d+)?)(?:{s})(?P<f>\d{{1,2}}(?!\d))?"
    return re.compile(rf"(?:(?P<h>\d{{1,3}})(?:{h}))?(?P<m>\d{{1,3}})(?:{m})(?:{seconds})?"
                      rf"(?(h)|(?(s)|(?!)))")


@cache
def time_of_day_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Times of day (units.yaml ``times_of_day``): English, hours and minutes
    before am or pm ("8.40pm", "10:42 p.m.", "4am"); Chinese, a part of the
    day before hours and minutes (下午3点, 晚上10时42分, 凌晨4点半)."""
    forms = units()["times_of_day"]
    am, pm = alternation(forms["morning"]), alternation(forms["afternoon"])
    english = re.compile(rf"(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?\s?"
                         rf"(?:(?P<am>{am})|(?P<pm>{pm}))(?![A-Za-z])", re.IGNORECASE)
    hour, minute = alternation(forms["hour_marks"]), alternation(forms["minute_marks"])
    early, late = alternation(forms["zh_morning"]), alternation(forms["zh_afternoon"])
    chinese = re.compile(rf"(?:(?P<am>{early})|(?P<pm>{late}))(?P<h>1\d|2[0-4]|0?\d)(?:{hour})"
                         rf"(?:(?P<m>[0-5]?\d)(?:{minute})|(?P<half>半))?")
    return english, chinese


@cache
def half_duration_forms() -> frozenset[str]:
    """Keys of the duration forms that add half a unit (3年半, 一个半月)."""
    return frozenset(key(form) for spec in units()["durations"].values()
                     for form in spec.get("and_a_half", ()))


@cache
def physical_forms() -> dict[str, tuple[str, float, float]]:
    """Physical unit form key → (dimension, base units per unit, offset):
    公里 → ('length', 1000, 0), °f → ('temperature', 5/9, -160/9)."""
    return {key(written): (dimension, as_float(unit["per"]), as_float(unit.get("offset", 0)))
            for dimension, entries in units().get("physical", {}).items()
            for unit in entries for form in unit["forms"]
            for written in dict.fromkeys((form, form.replace(" ", "-")))}


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


# ------------------------------------------------------------- the grammar
# Regexes built from the lexicon, one per shape of number expression; each
# is documented with what it matches. checker.language.values anchors them and
# decides what the matches mean.


@cache
def anchor_re() -> re.Pattern[str]:
    """Where a value may start.

    digit: a digit that does not continue a number (the "9" of 92亿, not its
    "2"; not the "865" of 101,865 nor the "5" of 4.5); zh: the first
    character of a Chinese numeral run (四 of 四个月; not 亿 of 92亿, which
    belongs to the digits); latin: the first letter of a Latin word that
    may start a value (``latin_anchor``: July, six, top); special: 第 (第六),
    前 (前三), 半 (半数) and rank words (榜首).
    """
    zh = re.escape(chinese_chars())
    ords = units()["ordinals"]
    specials = [ords["chinese_prefix"], ords["top_prefix"], "半",
                *(w for w in ords["rank_one"] if not is_latin(w))]
    if any(is_latin(w) for w in specials):
        # Each branch starts with the character it takes and looks behind
        # past it ((?<![\d.].) after a digit: no digit or point before that
        # digit), so the engine skips the positions no branch can start at
        # instead of trying every lookbehind at each.
        return re.compile(rf"(?P<digit>\d(?<![\d.].)(?<!\d,.))|(?P<zh>[{zh}](?<![\d{zh}].))"
                          rf"|(?P<latin>{latin_anchor()})|(?P<special>{alternation(specials)})")
    # The same, written so that the pattern opens with one character class
    # of every character an anchor can start with: the engine then skips
    # the other positions at C speed (it only does so for a class, or for
    # branches that each open with a literal). The branch is told by a look
    # behind at that character, which also names it (the same group as
    # before); a special word takes its other characters as before, longest
    # first (榜首 then 首位 cannot both be anchors).
    firsts = re.escape("".join(sorted({w[0] for w in specials})))
    words = "|".join(f"(?<={re.escape(w[0])}){re.escape(w[1:])}"
                     for w in sorted(set(specials), key=lambda w: (-len(w), w)))
    latin = latin_anchor()
    assert latin.startswith(_LATIN_LETTER)
    return re.compile(
        rf"[\d{zh}A-Za-z{firsts}]"
        rf"(?:(?<=(?P<digit>\d))(?<![\d.].)(?<!\d,.)"
        rf"|(?<=(?P<zh>[{zh}]))(?<![\d{zh}].)"
        rf"|(?<=(?P<latin>[A-Za-z])){latin[len('[A-Za-z]'):]}"
        rf"|(?<=(?P<special>[{firsts}]))(?:{words}))")


_LATIN_LETTER = r"[A-Za-z](?<![A-Za-z].)"


def _any_case(letters: str) -> str:
    """'top' → '[tT][oO][pP]': ASCII letters in either case and no other
    (``re.IGNORECASE`` would also take the Kelvin sign for a k)."""
    return "".join(f"[{c}{c.upper()}]" if c.isalpha() else re.escape(c) for c in letters)


@cache
def latin_anchor() -> str:
    """The first letter of a Latin word (``WORD_RE``) that may start a
    value: one of ``latin_triggers`` in any case ("The", "July", "six") or
    any word before " hundred" ("a hundred"), the test ``values`` makes of
    every Latin word; the others (most of English prose) are no anchor.

    The letter is all a match takes, as for any other anchor (a digit
    inside "GPT4o" is still one); the rest of the word is looked ahead at.
    matches: the T of "Top 5", the s of "six", the a of "a hundred"
    no match: the M of "MiniMax", the t of "sixty" at its x (not a word start)
    """
    by_first: dict[str, set[str]] = {}
    for word in latin_triggers():
        if word.isascii() and word.isalpha():   # '1st' is no word of letters
            by_first.setdefault(word[0], set()).add(word[1:])
    # The branch starts with the letter it takes, as every anchor does (see
    # ``anchor_re``), then tells the word by its first letter.
    words = [f"(?<={_any_case(first)})(?:{'|'.join(map(_any_case, sorted(rests)))})"
             for first, rests in sorted(by_first.items())]
    return (_LATIN_LETTER
            + rf"(?=(?:{'|'.join(words)})(?![A-Za-z])|[A-Za-z]*+\s[hH][uU][nN][dD][rR][eE][dD])")


@cache
def name_exempt() -> frozenset[str]:
    u = units()
    return frozenset([*map(key, u["name_rule_exempt"]), *u["dates"]["months"],
                      *currency_forms()[0]])


@cache
def left_re() -> re.Pattern[str]:
    """Currency and hedge before a number, matched on the REVERSED text.

    In text order it reads [currency] [hedge] [currency] NUMBER: "约3亿",
    "超过30亿", "about $27.9", "HK$4.3", "合人民币约120元", "RMB 9.2". A word
    that only ends like a hedge (最近 "recently") stops the hedge.
    """
    currencies = reversed_alternation(currency_forms()[0])
    hedges = reversed_alternation(hedge_words("before"))
    not_hedges = reversed_alternation(units()["hedges"]["not_hedges"])
    return re.compile(rf"\s?(?P<c1>{currencies})?\s?(?:(?P<nh>{not_hedges})|(?P<h>{hedges}))?"
                      rf"\s?(?P<c2>{currencies})?")


@cache
def left_last_chars() -> frozenset[str]:
    """Characters a currency or hedge before a number can end with (a quick
    test before the left-context regex)."""
    words = [*currency_forms()[0], *hedge_words("before")]
    return frozenset(" " + "".join(w[-1] + w[-1].upper() for w in words))


@cache
def base_re() -> re.Pattern[str]:
    """A comparison-base marker right before a value, on the REVERSED text:
    较2024年下半年, 相比去年, compared with 2024; not 占比50% (a share)."""
    base = units()["comparison_base"]
    return re.compile(rf"\s?(?:(?P<no>{reversed_alternation(base['not_markers'])})"
                      rf"|(?P<yes>{reversed_alternation(base['markers'])}))")


@cache
def difference_re() -> re.Pattern[str]:
    """Words right after a figure that make it a difference from another
    quantity ("600 million euros more than its budget"), not a level; not
    before a number ("more than 40", a bound)."""
    words = [*units()["comparison_base"]["difference_after"], *units().get("gap_after", ())]
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s+(?:{alternation})\b(?!\s*[0-9])", re.IGNORECASE)


@cache
def difference_before_re() -> re.Pattern[str]:
    """A Chinese comparison ending right before a figure ("比智谱多亏", "比
    ……47亿港元多出"): a comparison marker, what is compared (in its clause),
    a comparative and at most one character of a verb. Read on the text
    before the figure."""
    base = units()["comparison_base"]
    markers = [m for m in base["markers"] if not m.isascii()]
    words = sorted(base["difference_before"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, markers))})([^,，。;；:：]{{1,30}}?)"
                      rf"({'|'.join(map(re.escape, words))})[\u4e00-\u9fff]?$")


def possessed_base(before: str) -> bool:
    """Whether BEFORE (the text before a Chinese figure) ends in a phrase a
    comparison marker opens at its clause's start and 的 closes, perhaps
    with the figure's noun after (较上年的9%, 较第十批的平均降幅55%): that
    figure is the base, unless a word of change follows the 的 (较上年同期的
    营收增长12% is this year's change), or a figure (较3月底的5.8年缩短0.2年:
    5.8年 is the base, 0.2年 the change)."""
    found = _possessed_base_re().search(before)
    return found is not None and not any(
        word in found.group(1) for word in units()["comparison_base"]["changes_after_base"])


@cache
def _possessed_base_re() -> re.Pattern[str]:
    markers = units()["comparison_base"]["possessed_base_markers"]
    return re.compile(rf"(?:^|[,，。;；:：\s])(?:{'|'.join(map(re.escape, markers))})"
                      rf"[^,，。;；:：]{{1,{_BASE_PHRASE_CHARS}}}\u7684([^,，。;；:：\d]{{0,{_BASE_NOUN_CHARS}}})$")


_BASE_PHRASE_CHARS = 14
_BASE_NOUN_CHARS = 6


@cache
def base_not_markers() -> tuple[str, ...]:
    """Words holding a comparison marker that mark no base (比例, 占比)."""
    return tuple(units()["comparison_base"]["not_markers"])


@cache
def change_verbs() -> tuple[str, ...]:
    """Verbs of change ending in a comparative (减少, 提高): a change."""
    return tuple(units()["comparison_base"]["change_verbs"])


@cache
def period_bases() -> tuple[str, ...]:
    """Words naming a period compared with (上年, 同期): a comparison with one
    is a change, not a difference between two things."""
    return tuple(units()["comparison_base"]["period_bases"])


@cache
def base_last_chars() -> frozenset[str]:
    markers = units()["comparison_base"]["markers"]
    return frozenset("".join(w[-1] + w[-1].upper() for w in markers))


@cache
def quantity_re() -> re.Pattern[str]:
    """A number with what follows it, anchored at the number.

    NUMBER [scale] [余|多|+] [unit] [post-hedge], where unit is one of: percent
    (73.1%, 41 percent), points (3个百分点), tenths (七成), duration (四个月,
    6年, 48 hours), currency (92亿元人民币, 300 million yuan), multiple (2倍,
    10x, 2-fold), or a count: classifier and/or noun (17轮, 32种语言, 500万用户,
    50000余名企业客户, 101,865亿tokens), or in English up to three words
    before the noun (15 funding rounds, 9 million monthly active users).
    """
    u = units()
    nouns = noun_units()
    stop = alternation(u["english_gap_stopwords"])
    latin_nouns = alternation(n for n in nouns if is_latin(n))
    not_tenths = "".join(u["percent"]["tenths_not_before"])
    # 三成五: 35%, a digit after 成 giving the hundredths.
    tenth_digits = "".join(d for d, v in u["numbers"]["chinese_digits"].items() if 1 <= v <= 9
                           and d not in u["numbers"].get("counting_only_digits", ()))
    tail = "|".join([
        rf"(?P<pct>{alternation(u['percent']['after'], spaced=True)})",
        rf"(?P<pts>{alternation(u['percent']['points_after'], spaced=True)})",
        (rf"(?P<tenths>{re.escape(u['percent']['tenths'])}(?![{not_tenths}]))"
         rf"(?:(?P<hundredths>[{tenth_digits}])(?![{re.escape(chinese_chars())}]))?"),
        (rf"(?P<price>{re.escape(u['percent'].get('price_tenths', ''))}"
         rf"(?![{''.join(u['percent'].get('price_tenths_not_before', ()))}]))"
         if u["percent"].get("price_tenths") else "(?P<price>(?!))"),
        rf"(?P<dur>{alternation(duration_forms(), spaced=True)})",
        # (A currency too: "a 20-yuan fine".)
        rf"(?:-(?=[A-Za-z]))?(?P<cur>{alternation(currency_forms()[1], spaced=True)})",
        # (Not the p of "3p.m.".)
        rf"(?P<sub>{alternation(subunit_forms(), spaced=True)})(?!\.m)",
        rf"(?P<mul>{alternation(u['multiples']['after'], spaced=True)})",
        # (Or joined by hyphens, as a modifier: "a 38-square-kilometre island".)
        rf"(?:-(?=[A-Za-z]))?(?P<phys>{alternation(physical_forms(), spaced=True)})",
        rf"(?P<clf>{alternation(u['classifiers'])})(?P<noun1>{alternation(nouns, spaced=True)})?",
        rf"(?P<noun2>{alternation(nouns, spaced=True)})",
        rf"(?:\s(?!{stop})[A-Za-z][A-Za-z'-]*+){{1,3}}?\s(?P<noun3>{latin_nouns})",
    ])
    return re.compile(
        rf"(?:(?P<ar>{ARABIC})|(?P<zh>{chinese_pattern()})|(?P<en>{english_pattern()}))"
        # (A scale word joined by a hyphen, not a letter, and ending the
        # modifier: "a $5-million grant", not "2025-M1" nor "a
        # 100-billion-parameter model", whose noun the hyphen joins.)
        rf"(?P<scale>(?:-(?=[a-z]{{2}})(?:{alternation(scale_forms())})(?![\w-])"
        rf"|{alternation(scale_forms(), spaced=True)}){_not_a_unit_start()})?"
        rf"(?P<approx>{alternation(hedge_words('after_number'))})?(?:{tail})?"
        rf"(?P<post>{alternation(hedge_words('after_unit'), spaced=True)})?")


def _not_a_unit_start() -> str:
    """A lookahead keeping a scale word from taking the first character of a
    unit it begins (千 of 千卡, kcal: "900千卡" is 900 kcal, not 900,000)."""
    rests = sorted({form[len(scale):] for form in physical_forms() for scale in scale_forms()
                    if not scale.isascii() and form.startswith(scale) and len(form) > len(scale)},
                   key=lambda r: (-len(r), r))
    # (Not a currency's first character: 克 of 克朗 after 亿, "13亿克朗".)
    money = [form for form in currency_forms()[1] if not form.isascii()]
    parts = []
    for rest in rests:
        longer = sorted({form[len(rest):] for form in money
                         if form.startswith(rest) and len(form) > len(rest)}, key=lambda r: (-len(r), r))
        parts.append(re.escape(rest) + (f"(?!{'|'.join(map(re.escape, longer))})" if longer else ""))
    return f"(?!{'|'.join(parts)})" if parts else ""


@cache
def chinese_date_re() -> re.Pattern[str]:
    """A year written with digits and what narrows it, anchored at the year.

    2025年 / 2025年全年 / 2025年度 (year); 2021年底, 2025年初 (year, about);
    2025年上半年, 2025下半年 (half); 2025年前9个月, 2025年前9月, 2025年前三季度
    2025年首九个月 (period from January); 2025年第三季度, 2025年Q3 (quarter); 2025年1-6月,
    2025年1月至6月 (period); 2025年12月, 2025年6月中旬 (month); 2026年1月8日,
    2025年截至9月30日 (day).
    """
    d = units()["dates"]
    seps = alternation(s.strip() for s in units()["range_separators"] if not is_latin(s))
    quarter = f"(?:{alternation(d['chinese_quarter'])})"
    inner = "|".join([
        (rf"(?:{alternation(d['chinese_first_part'])})"
         rf"(?P<first>\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})个?(?P<first_unit>月|{quarter})"),
        rf"第?(?P<q>[1-4一二三四]){quarter}|[Qq](?P<q2>[1-4])",
        rf"(?P<m1>\d{{1,2}})月?{seps}(?P<m2>\d{{1,2}})月",
        (rf"(?:{alternation(d['as_of'])})?(?P<m>\d{{1,2}})月"
         rf"(?:(?P<d>\d{{1,2}})[日号]|(?P<mpart>{alternation(d['month_parts'])})|份)?"),
        rf"(?P<whole>{alternation(d['whole_year_after'])})",
    ])
    # (A part is none where its last character opens a word: 2024年初中生 is
    # junior high school students of 2024, 初中.)
    apart = {part: "".join(after) for part, after in d.get("year_parts_not_before", {}).items()}
    year_parts = "|".join(re.escape(p) + (f"(?![{re.escape(apart[p])}])" if apart.get(p) else "")
                          for p in sorted(d["year_parts"], key=lambda w: (-len(w), w)))
    return re.compile(rf"(?P<y>\d{{4}})(?!\d)(?:(?P<ypart>{year_parts})"
                      rf"|年?(?P<half>{alternation(d['halves'])})|年(?:{inner})?)")


# 2026-01-08, 2026/1/8, 2026.1.8 (day); 2026-02 (month, '-' and two digits only).
NUMERIC_DATE_RE = re.compile(
    r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?(?![\d.])")


# 2025 H1, 2025Q3: a year then a half or quarter code.
YEAR_CODE_RE = re.compile(r"(?P<y>\d{4})\s?(?P<k>[HQ])(?P<n>[1-4])(?![A-Za-z\d])")


# 9M 2025, 1H25, 3Q 2025: months, half or quarter before the year.
PERIOD_CODE_RE = re.compile(r"(?P<n>\d{1,2})(?P<k>[MHQ])\s?(?P<y>\d{4}|\d{2})(?![\d])")


# A bare four-digit number: a year when nothing longer reads it (2024 revenue).
YEAR_RE = re.compile(r"\d{4}(?![\d])")


@cache
def english_date_res() -> dict[str, re.Pattern[str]]:
    """English dates, anchored at their first word.

    mdy: July 28, 2025 / Sept. 30 2025; dmy: 28 July 2025, the 28th of July
    2025 (at the digit);
    my: December 2025; mmy: January-June 2025, January to June 2025; md:
    July 28 (no year: a blocker); half: (the) first
    half of 2025; quarter: the third quarter of 2025; first: the first nine
    months of 2025; code: H1 2025, Q3 2025; part: end of 2021, late 2021,
    mid-2025 (the year, about); ytd: 2025 up to September 30 (the day, as
    2025年截至9月30日 is). half, quarter and first without a year are
    blockers, so "third" there is no rank.
    """
    d = units()["dates"]
    months = alternation(d["months"])
    year = r"(?P<y>\d{4})(?!\d)"
    of_year = rf"(?:\s(?i:of\s)?(?:(?i:the\syear)\s)?{year})?"
    return {
        "mdy": re.compile(rf"(?P<mon>{months})\.?\s(?P<d>\d{{1,2}})(?i:st|nd|rd|th)?(?:,\s?|\s){year}"),
        "dmy": re.compile(rf"(?P<d>\d{{1,2}})(?:(?i:st|nd|rd|th)\s(?i:of)|(?i:st|nd|rd|th)?)\s"
                          rf"(?P<mon>{months})\.?(?:,?\s{year})?"),
        "my": re.compile(rf"(?P<mon>{months})\.?,?\s(?i:of\s)?{year}"),
        "mmy": re.compile(rf"(?P<mon>{months})\.?\s?(?:[-–—~]|\s(?i:to|through|until)\s)\s?"
                          rf"(?P<mon2>{months})\.?,?\s(?i:of\s)?{year}"),
        "md": re.compile(rf"(?P<mon>{months})\.?\s\d{{1,2}}(?i:st|nd|rd|th)?(?![\d])"),
        "half": re.compile(rf"(?i:the\s)?(?P<w>{alternation(d['english_halves'])})\s(?i:half)"
                           rf"(?![A-Za-z]){of_year}"),
        "quarter": re.compile(rf"(?i:the\s)?(?P<w>{alternation(d['english_quarters'])})[\s-]"
                              rf"(?i:quarter)(?![A-Za-z]){of_year}"),
        "first": re.compile(rf"(?i:the\s)?(?i:first)\s(?P<n>\d{{1,2}}|{english_pattern()})\s"
                            rf"(?P<u>(?i:months|quarters))(?![A-Za-z]){of_year}"),
        "code": re.compile(rf"(?P<k>[HQ])(?P<n>[1-4])\s?(?i:of\s)?{year}"),
        "part": re.compile(rf"(?P<part>{alternation(d['english_year_parts'])})\s?{year}"),
        "ytd": re.compile(rf"{year}\s(?i:up\sto|through|until|to)\s"
                          rf"(?:(?P<mon>{months})\.?\s(?P<d>\d{{1,2}})(?i:st|nd|rd|th)?"
                          rf"|(?P<d2>\d{{1,2}})(?i:st|nd|rd|th)?\s(?P<mon2>{months}))(?![\d])"),
    }


# Numbers that are labels, not quantities: 01 / 02 (section numbers, 海螺02:
# a leading zero), 44030502002758 (nine or more digits: a licence or phone
# number), 90后 / 00后 (a generation), 90年代 (a decade).
LABEL_RE = re.compile(r"0\d++|\d{9,}+|[0-9]0后|\d0年代")


@cache
def month_no_year_re() -> re.Pattern[str]:
    """A month or day without a year: 12月11日, 6月18日, 7月初, 9月份, 3-4月,
    30日. Blocked: the year is unknown, and the digits are no count."""
    d = units()["dates"]
    seps = alternation(s.strip() for s in units()["range_separators"] if not is_latin(s))
    parts = alternation(d["month_parts"])
    return re.compile(rf"(?P<m>\d{{1,2}})(?:{seps}\d{{1,2}})?月(?:\d{{1,2}}[日号])?(?:{parts}|份)?"
                      rf"|\d{{1,2}}[日号]")


# "half", "half of": 50%; not "half-year", "half a day" (a duration).
# (Not the half of a year, "first-half net loss", "in the second half".)
ENGLISH_HALF_RE = re.compile(r"(?<![Ff]irst[- ])(?<![Ss]econd[- ])"
                             r"(?i:half)(?![A-Za-z-])(?!\s(?:an?|the|(?i:year|month|day|hour)s?)\b)")
# 1/7, 1/6: a fraction (kind multiple, anchor 1/7), numerator below denominator.
FRACTION_RE = re.compile(r"(?P<a>\d{1,3})/(?P<b>\d{1,3})(?![\d/])")


# 6th, 1st, 22nd: an ordinal written with digits.
ORDINAL_SUFFIX_RE = re.compile(r"(?P<n>\d{1,3})(?:st|nd|rd|th)(?![A-Za-z])")


DIGITS_RE = re.compile(r"\d++")


@cache
def rank_res() -> dict[str, re.Pattern[str]]:
    """English ranks, anchored at their first word.

    top: top 5, TOP 5, top-5, top five (not top 5%: a share); number: No. 1;
    verb: ranked 6, ranked sixth, ranks No. 2, ranked Wrenfield first (the
    value is the number);
    word: sixth, fifth, first place, second largest ("first" and "second"
    alone are too common to be ranks); one: number one, top spot; fraction:
    a seventh, one seventh, two-thirds (not a rank); share: one in ten, 3
    out of 4 (not "91 in 2019": the second number is no year).
    """
    o = units()["ordinals"]
    words = o["english"]
    denominators = units()["multiples"]["english_denominators"]
    sure = alternation(w for w in words if w not in o["ambiguous"])
    number = rf"(?P<n>\d{{1,3}}(?:st|nd|rd|th)?(?![A-Za-z\d])|{alternation(words)}|{english_pattern()})"
    return {
        "top": re.compile(rf"{alternation(o['top_english'])}[\s-]?(?P<n>\d{{1,3}}|{english_pattern()})"
                          r"(?![\d%.])"),
        "number": re.compile(rf"{alternation(o['number_sign'])}\s?(?P<n>\d{{1,3}})(?![\d.])"),
        # (Its object, a name, may stand between: "ranked Wrenfield first".)
        "verb": re.compile(rf"{alternation(o['rank_verbs'])}\s(?:[A-Z][\w'-]*\s){{0,3}}"
                           rf"(?:{alternation(o['number_sign'])}\s?)?{number}"),
        "word": re.compile(rf"(?P<w>{sure})|(?P<a>{alternation(o['ambiguous'])})\s"
                           rf"{alternation(o['place_nouns'])}"),
        "one": re.compile(alternation(w for w in o["rank_one"] if is_latin(w))),
        # a seventh, one seventh, two-thirds: a fraction, not a rank.
        "fraction": re.compile(
            rf"(?P<a>(?i:an?)|{english_pattern()})[\s-]"
            rf"(?P<d>{alternation([*denominators, *(w + 's' for w in words), *words])})"
            r"(?![A-Za-z])"),
        "share": re.compile(
            rf"(?P<a>\d{{1,3}}|{english_pattern()})\s(?i:{alternation(units()['multiples']['share_joiners'])})"
            rf"\s(?P<b>\d{{1,3}}(?:,\d{{3}})*|{english_pattern()})(?![\d.,]?\d)(?!\s?%)"),
    }


# URLs: https://vpshk.cn/20260224465.html, www.example.com/2025 (blocked).
URL_RE = re.compile(r"(?i:https?://|www\.)\S++")


WORD_RE = re.compile(r"[A-Za-z]++")


HUNDRED_RE = re.compile(r"\s(?i:hundred)")     # "a hundred": the only number after a/an


@cache
def latin_triggers() -> frozenset[str]:
    """First words of every English pattern: a Latin word not among them
    starts no value, and its rules are not tried (fast on English prose)."""
    u = units()
    d, o = u["dates"], u["ordinals"]
    phrases = [*d["months"], *d["english_halves"], *d["english_quarters"],
               *d["english_year_parts"], *o["top_english"], *o["rank_verbs"], *o["english"],
               *o["rank_one"], *o["number_sign"], *u["numbers"]["english"],
               *u["multiples"]["english_denominators"],
               *(w + "fold" for w in [*u["numbers"]["english"], "hundred", "thousand"]),
               "the", "h", "q", "http", "https", "www", "half", "within"]
    return frozenset(key(re.split(r"[\s.-]", phrase)[0]) for phrase in phrases if is_latin(phrase))


@cache
def special_res() -> dict[str, re.Pattern[str]]:
    """Chinese ranks and halves, anchored at their first character.

    ordinal: 第六, 第10, 第十大, 第三名 (第三季度 without a year is blocked);
    top: 前三, 前10, 前五名, 前十强; one: 榜首, 首位; half: 半数, 半年, 半个月.
    """
    o = units()["ordinals"]
    number = rf"(?P<n>{ARABIC}|{chinese_pattern()})"
    suffix = rf"(?P<sfx>{alternation(o['chinese_suffixes'])})?"
    quarter = f"(?:{alternation(units()['dates']['chinese_quarter'])})"
    return {
        "ordinal": re.compile(rf"{re.escape(o['chinese_prefix'])}{number}(?P<q>个?{quarter})?{suffix}"),
        "top": re.compile(rf"{re.escape(o['top_prefix'])}{number}{suffix}"),
        "one": re.compile(alternation(w for w in o["rank_one"] if not is_latin(w))
                          + (rf"(?!{alternation(o['rank_one_not_before'])})"
                             if o.get("rank_one_not_before") else "")),
        "half": re.compile(rf"半(?:(?P<pct>数)|(?P<dur>{alternation(duration_forms())}))"),
    }


@cache
def chinese_numeral_res() -> dict[str, re.Pattern[str]]:
    """percent: 百分之三十, 百分之73.1; fraction: 七分之一; half: 一半 (50%);
    month: 十二月, 七月初 (a month without a year: blocked); year: 二〇二五年
    (digit by digit)."""
    parts = alternation(units()["dates"]["month_parts"])
    before = alternation(units()["percent"]["before"])
    between = alternation(units()["multiples"]["fraction_between"])
    return {
        "percent": re.compile(rf"{before}(?P<n>{ARABIC}|{chinese_pattern()})"),
        "fraction": re.compile(rf"(?P<b>{chinese_pattern()}){between}(?P<a>{chinese_pattern()})"),
        "half": re.compile(alternation(w for w in units()["percent"]["half"] if w[0] != "半")),
        "month": re.compile(rf"(?P<n>{chinese_pattern()})月(?:{parts}|份)?"),
        "year": re.compile(r"(?P<y>[〇零一二三四五六七八九]{4})年"),
    }


@cache
def separators(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(exact forms, symbol forms that may have spaces around them) of a
    separator list in the lexicon."""
    forms = units()[name]
    return frozenset(forms), frozenset(f.strip() for f in forms if not is_latin(f) and f.strip())


# ---------------------------------------------------------------- formatting

_SCALE_NAMES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_HEDGE_WORDS = {"about": "about ", "over": "over ", "at_least": "at least ", "under": "under ",
                "at_most": "at most ", "nearly": "nearly ", "up_to": "up to "}
# (No quarters: "25 quarters" says six years and three months less plainly.)
_DURATION_UNITS = ((365.0, "year"), (365 / 12, "month"), (7.0, "week"),
                   (1.0, "day"), (1 / 24, "hour"), (1 / 1440, "minute"), (1 / 86400, "second"))


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
    # "company": companies; "day", "key": days, keys (a vowel before the y).
    if unit.endswith("y") and unit[-2:-1] not in ("a", "e", "o", "u"):
        return unit[:-1] + "ies"
    # "batch", "bus", "box": batches, buses, boxes.
    if unit.endswith(("ch", "sh", "s", "x", "z")):
        return unit + "es"
    return unit + "s"


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

    # (Else the largest unit it is one or more of: 46.98 seconds, not 0.000544 days.)
    size, name = next(((s, n) for s, n in _DURATION_UNITS if fits(s)), None) \
        or next(((s, n) for s, n in _DURATION_UNITS if value.anchor >= s * 0.999), (1.0, "day"))
    count = value.anchor / size
    phrase = _number_phrase(Value("duration", value.low / size, value.high / size, count,
                                  value.precision / size, hedge=value.hedge))
    return f"{phrase} {_plural(name, round(count, 9))}"


_FORMATTED: dict[Value, str] = {}


def format_value(value: Value) -> str:
    """Human-readable normalised form: '9.2 billion CNY', '27.9 million USD',
    '73.1%', 'over 11 million users', '2026-01-08', '2025 H1',
    '2025-01..2025-09', '4 months', 'rank 6', 'top 5', '2x'."""
    # Judging formats the same few claim values thousands of times: remember
    # them. A zero is left out, since -0.0 == 0.0 would share one entry.
    if not (value.low and value.high and value.anchor and value.precision):
        return _format_value(value)
    text = _FORMATTED.get(value)
    if text is None:
        if len(_FORMATTED) > 50_000:
            _FORMATTED.clear()
        text = _FORMATTED[value] = _format_value(value)
    return text


def _format_value(value: Value) -> str:
    if value.kind == "date":
        return _format_date(value)
    if value.kind == "duration":
        return _format_duration(value)
    if value.kind == "ordinal":
        return f"top {int(value.anchor)}" if value.hedge == "at_most" else f"rank {int(value.anchor)}"
    if value.kind == "clock":
        hours, minutes = divmod(round(value.anchor), 60)
        text = f"{hours:02d}:{minutes:02d}"
        return f"about {text}" if value.hedge == "about" else text
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
    if value.kind == "physical":
        # In the dimension's base unit, or its large one for large figures
        # (6,647 km, not 6.6 million m).
        # (… and a small one for small figures: 5.6 mg, not 0.0000056 kg.)
        unit, large, size = _BASE_UNITS.get(value.unit, (value.unit, "", 0))
        small = _SMALL_UNITS.get(value.unit, ())
        if large and abs(value.anchor) >= size:
            unit = large
        elif small and 0 < abs(value.anchor) < 0.01:
            unit, size = next(((name, of) for name, of in small if abs(value.anchor) >= of),
                              small[-1])
        else:
            size = 1.0
        return _number_phrase(replace(value, anchor=value.anchor / size, low=value.low / size,
                                      high=value.high / size,
                                      precision=value.precision / size), unit=unit)
    return value.surface


_BASE_UNITS = {"length": ("m", "km", 1000.0), "mass": ("kg", "t", 1000.0),
               "temperature": ("°C", "", 0.0), "area": ("m²", "km²", 1e6),
               "energy": ("kcal", "", 0.0), "concentration": ("ppm", "", 0.0),
               "electricity": ("kWh", "GWh", 1e6), "power": ("kW", "GW", 1e6)}
# Smaller units, largest first, for figures under a hundredth of the base
# unit: the largest the figure is one or more of.
_SMALL_UNITS = {"length": (("mm", 0.001),), "mass": (("g", 0.001), ("mg", 1e-6), ("µg", 1e-9)),
                "concentration": (("ppb", 0.001),),
                "power": (("W", 0.001), ("mW", 1e-6), ("µW", 1e-9))}


# --- numbers as news text writes them, for the stages ------------------------------

MONTH_AFTER = r"(?:(\d{1,2})月)?"
"""An optional month right after a relative date word (同年9月); group 1 is the month."""

_CHINESE_NUMERAL = "零一二两三四五六七八九十百千万亿"
NUMBER_CHARACTER_RE = re.compile(rf"[0-9{_CHINESE_NUMERAL}]")
"""A digit or a Chinese numeral character (a number may start there)."""
_NUMERAL_RUN_RE = re.compile(rf"[{_CHINESE_NUMERAL}]{{2,}}")
_NUMERAL_WORD_RE = re.compile(rf"[{_CHINESE_NUMERAL}]+")


def is_numeral_word(word: str) -> bool:
    """Whether WORD is a Chinese number written in words only (四, 三十)."""
    return bool(_NUMERAL_WORD_RE.fullmatch(word))


def numeral_run_at(text: str, pos: int) -> bool:
    """Whether two or more Chinese numerals start at POS (三十, 一百): a lone
    one inside a word (一家, 第一) is no figure."""
    return bool(_NUMERAL_RUN_RE.match(text, pos))


def states_month(text: str, month: int) -> bool:
    """Whether TEXT writes MONTH ("12月", "十二月", "December")."""
    return month in months_named(text)


def written_year(year: int) -> str:
    """YEAR as Chinese text writes it before the part of it a figure is for
    (2024年, of 2024年首九个月)."""
    return f"{year}年"


def month_day_at(text: str, number: str) -> tuple[int, int] | None:
    """(month, day) when NUMBER, a day written in TEXT ("1日"), follows its
    month there ("11月1日"); else None."""
    found = re.search(rf"(?<!\d)(\d{{1,2}})月{re.escape(number)}", text)
    if found is None and number.isdigit() and 1 <= int(number) <= 31:
        return _english_month_day(text, int(number))
    if found is None or not re.fullmatch(r"\d{1,2}[日号]", number):
        return None
    month, day = int(found.group(1)), int(number[:-1])
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _english_month_day(text: str, day: int) -> tuple[int, int] | None:
    """(month, day) when DAY stands right before or after an English month
    name in TEXT ("4 September", "September 4th"); else None."""
    return next(((m, d) for m, d in _english_month_days(text) if d == day), None)


def _english_month_days(text: str) -> Iterator[tuple[int, int]]:
    """(month, day) of each day TEXT writes beside an English month name."""
    months = units()["dates"]["months"]
    for match in _english_month_re().finditer(text):
        month = months[match.group(1).lower()]
        before = _DAY_BEFORE_RE.search(text, 0, match.start())
        after = _DAY_AFTER_RE.match(text, match.end())
        yield from ((month, int(found["d"])) for found in (before, after) if found)


def states_month_day(text: str, month: int, day: int) -> bool:
    """Whether TEXT writes the day with its month, with or without a year
    ("12月20日", "20 December", "December 20th")."""
    if re.search(rf"(?<!\d){month}月{day}[日号]", text):
        return True
    return (month, day) in _english_month_days(text)


def states_any_month(text: str) -> bool:
    """Whether TEXT names a month ("12月", "十二月")."""
    return bool(_ANY_MONTH_RE.search(text))


_ANY_MONTH_RE = re.compile(r"(?<!\d)(?:1[0-2]|[1-9])月|[一二三四五六七八九十]{1,2}月")


@cache
def month_without_year_re() -> re.Pattern[str]:
    """A month in digits with no year before it (年, a digit, a range's
    joiner) and no day after it: 9月份, 9月; the month is group 1."""
    return re.compile(r"(?<![\d.年/\-–~至到])(1[0-2]|0?[1-9])月(?:份)?"
                      r"(?![\d一二三四五六七八九十日号底末初中])")


@cache
def day_of_month_re() -> re.Pattern[str]:
    """A day written with its month ("1月15日", "March 15", "15 March"), or
    the end of December (12月底, "end of December"): no month as a period
    of its own."""
    names = "|".join(re.escape(n) for n in sorted(units()["dates"]["months"], key=len,
                                                   reverse=True) if n.isascii())
    return re.compile(rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})"
                      rf"[日号]|(?:12|十二)月(?:底|末|份底)|\b\d{{1,2}}\s+(?:{names})\b"
                      rf"|\b(?:{names})\.?\s+\d{{1,2}}\b(?!\d)|\bend\s+of\s+december\b",
                      re.IGNORECASE)


def months_named(text: str, alone: bool = False) -> frozenset[int]:
    """The months TEXT names, with or without a year: "9月", "九月",
    "September", "Sept." (case-insensitive; "may" only where it is a month:
    after a preposition or before a day or a year, not the verb). ALONE:
    not as an end of a range of months ("1-3月", "January to March")."""
    ranges = [] if alone else [m.group() for m in _month_range_re().finditer(text)]
    if alone:
        text = _month_range_re().sub(lambda m: " " * len(m.group()), text)
    found = {int(m.group(1)) for m in _DIGIT_MONTH_RE.finditer(text)}
    # (A range's ends are months, "May" too: "between March and May".)
    found |= {units()["dates"]["months"][m.group().lower()] for r in ranges
              for m in _english_month_word_re().finditer(r)}
    found |= {_chinese_month(m.group(1)) for m in _CHINESE_MONTH_RE.finditer(text)}
    for match in _english_month_re().finditer(text):
        word = match.group(1).lower()
        if word == "may" and not _MAY_MONTH_RE.search(text, max(0, match.start() - 8)):
            continue
        found.add(units()["dates"]["months"][word])
    return frozenset(found - {0})


def digit_month_spans(text: str) -> list[tuple[int, int]]:
    """Where TEXT writes a month in digits ("6月"): a number there is the
    month's, no figure."""
    return [m.span() for m in _DIGIT_MONTH_RE.finditer(text)]


@cache
def _month_range_re() -> re.Pattern[str]:
    """A range of months: 1-3月, 1至3月, 一至三月, January-March, January to March."""
    names = "|".join(re.escape(n) for n in sorted(units()["dates"]["months"], key=len,
                                                   reverse=True))
    digit = r"(?:1[0-2]|0?[1-9])"
    chinese = "(?:十[一二]?|[一二三四五六七八九])"
    joiner = r"\s*[-–~至到]\s*"
    return re.compile(rf"(?<![\d.]){digit}月?{joiner}{digit}月|{chinese}月?{joiner}{chinese}月"
                      rf"|(?<![A-Za-z])(?:{names})\.?\s*(?:[-–]|\s(?:to|through|until)\s)\s*"
                      rf"(?:{names})(?![A-Za-z])"
                      rf"|(?<![A-Za-z])between\s+(?:{names})\.?\s+and\s+(?:{names})(?![A-Za-z])",
                      re.IGNORECASE)


@cache
def _english_month_word_re() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(units()["dates"]["months"], key=len,
                                                   reverse=True) if n.isascii())
    return re.compile(rf"(?<![A-Za-z])(?:{names})(?![A-Za-z])", re.IGNORECASE)


def day_ranges(text: str) -> list[tuple[int, int]]:
    """The spans of TEXT's ranges of days (5月1日至5日, 10月1日-7日,
    "1-7 October", "from 1 to 7 October"): a holiday or an event's days, a
    part of its year."""
    return [m.span() for m in _day_range_re().finditer(text)]


@cache
def _day_range_re() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(units()["dates"]["months"], key=len,
                                                   reverse=True) if n.isascii())
    day = r"(?:3[01]|[12]\d|0?[1-9])"
    joiner = r"\s*[-–~至到]\s*"
    return re.compile(rf"(?<![\d.])(?:1[0-2]|0?[1-9])月{day}日{joiner}(?:(?:1[0-2]|0?[1-9])月)?{day}日"
                      rf"|(?<![\d.]){day}(?:{joiner}|\s+to\s+){day}\s+(?:{names})(?![A-Za-z])"
                      rf"|(?<![A-Za-z])(?:{names})\s+{day}(?:{joiner}|\s+to\s+){day}(?![\d])",
                      re.IGNORECASE)


def month_ranges(text: str) -> list[tuple[int, int]]:
    """The spans of TEXT's ranges of months (1-3月, "January to March",
    "between March and May")."""
    return [m.span() for m in _month_range_re().finditer(text)]


def month_name(month: int) -> str:
    """The English name of MONTH (the longest of its words in the units file)."""
    names = [w for w, n in units()["dates"]["months"].items() if n == month]
    return max(names, key=len).capitalize() if names else str(month)


def english_month(word: str) -> int:
    """The month an English month name stands for (0 when WORD is none)."""
    return units()["dates"]["months"].get(word.lower(), 0)


def _chinese_month(written: str) -> int:
    number = parse_chinese(written)
    value = int(number.value) if number and number.value.is_integer() else 0
    return value if 1 <= value <= 12 else 0


_DIGIT_MONTH_RE = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])月")
_CHINESE_MONTH_RE = re.compile(r"(?<![一二三四五六七八九十两零〇])(十[一二]?|[一二三四五六七八九])月")
_MAY_MONTH_RE = re.compile(r"\b(?:in|of|since|until|by|from|to|early|late|mid-?|last|next|this)"
                           r"\s+may\b|\bmay\s+\d", re.IGNORECASE)


_DAY_BEFORE_RE = re.compile(r"(?<!\d)(?P<d>[1-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+$")
_DAY_AFTER_RE = re.compile(r"\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th)?(?![\d:])")


@cache
def _english_month_re() -> re.Pattern[str]:
    names = sorted(units()["dates"]["months"], key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(n) for n in names)
                      + r")(?![A-Za-z])\.?", re.IGNORECASE)


@cache
def _dateline_re(words: tuple[str, ...]) -> re.Pattern[str]:
    ending = "|".join(re.escape(w) for w in words) or r"(?!x)x"
    return re.compile(rf"(?<!\d)(1[0-2]|[1-9])月([1-3]?\d)日(?:{ending})")


def dateline_days(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(month, day) of each news dateline in TEXT: a date followed by one of
    WORDS ("伦敦1月11日电" with 电)."""
    return [(int(m[1]), int(m[2])) for m in _dateline_re(words).finditer(text)]


def states_day(text: str, day: int) -> bool:
    """Whether TEXT writes the day alone ("28日"), as news text does after the month."""
    return bool(re.search(rf"(?<![\d月]){day}[日号]", text))


PAGE_NUMBER_LINE_RE = re.compile(
    r"^\s*(?:[-–—]\s*\d+\s*[-–—]|\d+(?:\s*/\s*\d+)?|第\s*\d+\s*[页頁]"
    r"(?:\s*[,，/]?\s*共\s*\d+\s*[页頁])?|(?:page|p\.)\s*\d+"
    r"(?:\s*(?:of|/)\s*\d+)?)\s*$", re.IGNORECASE)
"""A page number alone on a line: 3  - 3 -  — 3 —  第3页  第 3 頁  Page 3  3 / 10  Page 3 of 10."""
