"""Open alignment: judge a claim by what its words say, not only by the lexicon.

The lexicon judge (``checker.stages.judge.frames``) compares values bound to known
entities and measures. Most claims a user writes name neither, so this
module judges them by alignment, on any topic and in either language:

* the claim is read into weighted **units** and **values** by
  ``checker.language.words`` (the word layer);
* a passage **supports** the claim when most of the claim's weight is in it
  (names may stand in the sentences before it), no heavy word is wholly
  missing, every value of the claim agrees with one of the passage, and the
  passage neither negates what the claim asserts, nor denies it, nor only
  reports it as a rumour, nor only plans or expects it, nor gives a word of
  the claim another modifier (免费娱乐应用 for "free education app"), nor
  has a word of the claim only in another list item or another firm's
  clause than the claim's subject;
* it **contradicts** the claim when it covers the claim and denies it
  (不实, 谣言, false, hoax), or reports it while a sentence beside it (or a
  bare verdict after it: 是假的!) denies it, or says the opposite (a negation
  right before the claim's words, or none where the claim has one, or the
  opposite word in place of one of the claim's: declining for increasing),
  or states a different number where the claim has one, or names another
  thing in the claim's slot (another university of the same kind; another
  place or organisation where a relation holds one: 在上海成立 against
  成立于北京);
* otherwise it has no stance.

The thresholds are fractions of the claim's weight; a false "supported" is
the worst error, so support needs more than contradiction. Grammar words
(negation, denial, reporting, dispute, affirmation, modal) come from
``checker.language.grammar`` (data files). It does not read passages' frames (that
is ``analyse``) or decide verdicts (that is ``decide``).
"""
from __future__ import annotations

import math
import re
from collections.abc import Collection, Container, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate, combinations, pairwise

from checker.language import persons
from checker.language.grammar import (
    SEMICOLON,
    change_part,
    continues_clause,
    converse,
    direction_at,
    direction_words,
    ends_with_word,
    figure_role,
    find_cues,
    grammar,
    is_chinese_stop_word,
    is_prefix,
    is_stop_word,
    names_change,
    negation_as_side,
    noun_end_at,
    opposed,
    prefix_opens_word,
    relative_figure,
    said_direction,
    says_pronoun,
    within_clause,
    within_reach,
)
from checker.language.lexicon import Lexicon
from checker.language.normalise import normalise_for_match
from checker.language.numerals import (
    chinese_chars,
    chinese_digits,
    dateline_days,
    day_of_month_re,
    day_ranges,
    digit_month_spans,
    english_numbers,
    is_numeral_word,
    month_day_at,
    month_name,
    months_named,
    parse_english,
    physical_forms,
    states_any_month,
    states_day,
    states_month,
    states_month_day,
)
from checker.language.numerals import units as numeral_units
from checker.language.persons import tagged_words
from checker.language.values import (
    counts_plural,
    format_value,
    joined_run,
    joins_list,
    measured_duration,
    parse_values,
    year_parts_named,
)
from checker.language.words import (
    CJK_RUN,
    LATIN_WORD,
    SCORE,
    SCORE_MARK,
    OpenClaim,
    Unit,
    is_verb,
    modifier_before,
    named_with_kinds,
    names_a_party,
    passage_stems,
    period_words,
    read_open_claim,
    same_family,
    stem,
    tagged_names,
    whole_speech_verb,
)
from checker.model import Analysis, Bearing, Frame, Passage, Stance, Value
from checker.stages import compare
from checker.stages.analyse import (
    analyse,
    clause_index,
    dates_event,
    dates_start,
    owns_next_figure,
    report_days,
    split_clauses,
)

SUPPORT_COVERAGE = 0.8
"""Share of the claim's weight a passage must hold to support it."""
CORE_COVERAGE = 0.6
"""Share the passage must hold by itself (the rest may come from the
sentence before it: a subject stated once and referred to later)."""
DENIAL_COVERAGE = 0.6
"""Share a passage must hold for its denial (不实, false) to refute the claim."""
DISPUTED_SHARE = 0.25
"""Share of the claim what a dispute word brings in must hold itself when
the speaker's own clause follows it (", noting that …")."""
POLARITY_COVERAGE = 0.75
"""Share a passage must hold for its negation to refute an affirmative claim."""
NEGATED_CLAIM_COVERAGE = 0.6
"""Share a passage must hold to refute a negated claim by stating it plainly
("Sea level rise is not going to happen" / "sea levels will rise by 50 cm")."""
NEAR_WORDS = 4
NEAR_CJK = 6
"""How near (Latin words, Chinese characters) a negation stands to the word a
negated claim negates for the passage to negate something of its own there
(``_negation_apart``): wider than a negation's own reach."""
MIN_SUPPORT_UNITS = 3
"""Words a claim must have for alignment alone to support it ("Polar bear
numbers are increasing" has three); two are enough with an agreeing value or
a number written the same ("10月在武汉举办")."""
NEIGHBOUR_COVERAGE = 0.4
"""Share of the claim a sentence beside a passage must hold for its denial to
stop the passage supporting the claim."""
MAX_MISSING_WEIGHT = 0.12
"""Heaviest share of the claim's weight one wholly absent word may have in a
supporting passage: "吃荔枝会引发低血糖" is not supported by a passage that
has every word but 引发, however light the others."""
QUOTED_MATTER_COVERAGE = 0.5
"""Share of a negated claim the quotations of a passage negating it in its
own words must hold for those quotations to be what it calls false."""
NEIGHBOURS = 2
"""Sentences either side of a passage where a denial of what it reports may stand."""
WINDOW_COVERAGE = 0.6
"""Share of the claim a passage and the sentences right beside it must hold
together for the passage's denial or negation to refute it: a fact-check
spreads what it refutes over the sentences around its verdict ("茄子……
老茄子" / "……食用不会出现中毒反应")."""
WINDOW_CORE_COVERAGE = 0.5
"""Share of the claim such a passage must hold by itself."""
MIN_BEARING_COVERAGE = min(CORE_COVERAGE, DENIAL_COVERAGE, WINDOW_CORE_COVERAGE)
"""Below this share a passage bears on no claim, whatever stands around it."""
NUMERIC_KINDS = ("amount", "percent", "count", "ordinal", "multiple", "duration", "physical",
                 "clock")
CONTRADICTING_KINDS = ("amount", "percent", "count", "ordinal", "multiple", "physical", "clock")
"""Kinds whose different value in an aligned passage contradicts; a duration
("over the past 30 years") frames a statement more often than it asserts,
unless measured finer than its unit (``measured_duration``)."""


def contradicting(value: Value, text: str = "") -> bool:
    """Whether a different figure in an aligned passage contradicts VALUE (of
    TEXT, when given): a duration only when measured, an interval
    (``interval_words``: "每10分钟一班", "every 10 minutes"), a penalty
    (``penalty_words``: 有期徒刑十四年, "sentenced to eight years") or a run
    (连续十年)."""
    return value.kind in CONTRADICTING_KINDS or measured_duration(value) \
        or value.kind == "duration" and (_after_cue_word(text, value.start, "interval_words")
                                         or _after_cue_word(text, value.start, "penalty_words")
                                         or _in_a_row(text, value.start))


def _in_a_row(text: str, start: int) -> bool:
    """Whether the figure at START of TEXT counts times in a row (连续十年,
    连续第21年: ``consecutive_before``) and TEXT dates it not: a run a
    different run refutes. (A run grows with time: "2021年……连续第六年" is
    not refuted by an undated "连续五年" written a year before.)"""
    before = text[max(0, start - 8):start].rstrip()
    return before.endswith(tuple(numeral_units()["ordinals"].get("consecutive_before", ())) or ("\0",)) \
        and not _dated_text(text)


@lru_cache(maxsize=4096)
def _dated_text(text: str) -> bool:
    return any(v.kind == "date" for v in _parsed_values(text))


def _after_cue_word(text: str, start: int, kind: str) -> bool:
    """Whether a word of the grammars' list KIND closes TEXT right before START."""
    before = text[max(0, start - 16):start].lower().rstrip()
    return any(before.endswith(w) for w in getattr(grammar("zh"), kind)) \
        or any(re.search(rf"(?<![a-z]){re.escape(w)}$", before)
               for w in getattr(grammar("en"), kind))
# --- judging a passage -------------------------------------------------------------

@dataclass(frozen=True)
class Side:
    """A passage (or its context) as alignment reads it."""

    text: str
    """Normalised text, lower-cased."""
    stems: frozenset[str]
    entities: frozenset[str]
    measures: frozenset[str]
    dimensions: frozenset[str] = frozenset()
    """The dimensions of its physical figures (area, length)."""


_SIDES: dict[int, tuple[Analysis, Side]] = {}
_MAX_SIDES = 4096


def side(analysis: Analysis) -> Side:
    # A passage is read as a side once for every claim that ranks it and for
    # every neighbour it is to others: remembered by identity (the entry
    # keeps the analysis alive, so its id cannot be reused while it is here).
    found = _SIDES.get(id(analysis))
    if found is not None and found[0] is analysis:
        return found[1]
    entities = {m.id for m in analysis.mentions if m.kind == "entity"}
    entities |= {s for subjects, _ in analysis.clause_subjects for s in subjects}
    measures = {m.id for m in analysis.mentions if m.kind == "measure"}
    made = Side(analysis.text.lower(), passage_stems(analysis.text), frozenset(entities),
                frozenset(measures),
                frozenset(v.unit for v in analysis.values if v.kind == "physical"))
    if len(_SIDES) >= _MAX_SIDES:
        _SIDES.clear()
    _SIDES[id(analysis)] = (analysis, made)
    return made


@lru_cache(maxsize=8192)
def side_of_text(text: str) -> Side:
    """A passage known only by its normalised text (no lexicon mentions).
    Remembered: the clauses of a passage are read again for every claim
    that ranks it."""
    return Side(text.lower(), passage_stems(text), frozenset(), frozenset())


def unit_share(unit: Unit, where: Side, lexicon: Lexicon) -> float:
    """How much of UNIT is in WHERE: 1 when a form is there; for a Chinese word
    of three or more characters found only in part ("首映式" in "首映"), the
    share of its character bigrams there, if its first two characters are;
    else 0."""
    if unit.month:
        return 1.0 if unit.month in months_named(where.text, alone=not unit.month_range) else 0.0
    if unit.dimension and unit.dimension in where.dimensions:
        return 1.0   # "covers" said by "a bog of 2,780 hectares"
    if unit.entity and (unit.entity in where.entities or any(
            unit.entity in lexicon.entity_ancestors(e) for e in where.entities)):
        return 1.0
    # The claim's measure or a kind of it: "users" does not state "monthly
    # active users".
    if unit.measure and any(lexicon.measure_covers(unit.measure, m) for m in where.measures):
        return 1.0
    if any(_stands_in(form, where.text) for form in unit.forms):
        return 1.0
    # A product named with its maker ("MiniMax M1") is named when both words
    # stand in the text ("MiniMax打造的……M1模型").
    if (unit.entity or unit.name) and any(_words_stand(form, where.text) for form in unit.forms):
        return 1.0
    if any(_stands_in(variant, where.text) for variant in unit.variants):
        return 1.0
    if unit.person and any(persons.find_name(where.text, name) for name in unit.person):
        return 1.0
    if unit.spelled and any(_stands_in(form, where.text) for form in unit.spelled):
        return 1.0
    if unit.readings and CJK_RUN.search(where.text) \
            and any(persons.find_name(where.text, name) for name in unit.readings):
        return 1.0
    # (A numbered name is its forms: "Teodor-417" does not stand in the
    # "Teodor-417 c" its stems are in.)
    if unit.stems and all(s in where.stems for s in unit.stems) \
            and not (unit.name and unit.surface[-1:].isdigit()):
        return 1.0
    if any(all(s in where.stems for s in option) for option in unit.glossed):
        return 1.0
    if any(_said_alike(unit, w) for w in _latin_words(where.text)):
        return 1.0
    if _in_compound(unit, where.text):
        return 1.0
    # A word saying a figure is a total is said by any other (``total_words``:
    # 合计 of "合计25千克" by "共25公斤").
    if unit.surface.lower() in _total_words() and _total_word_re().search(where.text):
        return 1.0
    # A word saying a change is year on year (按年, 同比, 年增) is said by a
    # comparison with the year before: "较2024年的695亿港元增加约17%" (for
    # 2025's), "较去年同月成长6.7%", "up 9% from a year earlier".
    if unit.surface.lower() in _year_on_year_words() and _from_the_year_before(where.text):
        return 1.0
    word = unit.forms[0] if len(unit.forms) == 1 and not unit.whole else ""
    # A Chinese abbreviation holds the first character of each word of the
    # full name, in order and close together (市场监管局 of 市场监督管理局,
    # 发改委 of 发展和改革委员会).
    if len(word) >= 3 and CJK_RUN.fullmatch(word) and word[0] in where.text \
            and any(len(m.group()) - len(word) >= ABBREVIATION_SKIPS
                    for m in _abbreviation_re(word).finditer(where.text)):
        return 1.0
    # Only a word whose first part is there: "首映" holds part of 首映式, but
    # 北京大学 holds nothing of 南京大学 (its 京大 and 大学 are another name's).
    if len(word) >= 3 and CJK_RUN.fullmatch(word) and word[:2] in where.text:
        bigrams = [word[i:i + 2] for i in range(len(word) - 1)]
        return sum(b in where.text for b in bigrams) / len(bigrams)
    return 0.0


@lru_cache(maxsize=4096)
def _total_infixed_re(word: str) -> re.Pattern[str]:
    infixes = "|".join(map(re.escape, grammar("zh").total_infixes)) or "(?!x)x"
    return re.compile("|".join(f"{re.escape(word[:i])}(?:{infixes}){re.escape(word[i:])}"
                               for i in range(1, len(word))))


@cache
def _total_words() -> frozenset[str]:
    return frozenset(w.lower() for lang in ("zh", "en") for w in grammar(lang).total_words)


@cache
def _total_word_re() -> re.Pattern[str]:
    """A word of ``total_words`` in a text (lower case): a Latin one whole, a
    Chinese one of one character only right before a number (共25公斤;
    公共, 共同 say nothing of a total). (Not the words of speech as such a
    group: 认为 is no 表示, and who said what is the question.)"""
    numeral = f"[0-9{re.escape(chinese_chars())}]"
    parts = [rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii()
             else re.escape(w) if len(w) > 1 else rf"{re.escape(w)}(?={numeral})"
             for w in sorted(_total_words(), key=len, reverse=True)]
    return re.compile("|".join(parts) or "(?!x)x")


@cache
def _year_on_year_words() -> frozenset[str]:
    return frozenset(w.lower() for lang in ("zh", "en") for w in grammar(lang).year_on_year)


@lru_cache(maxsize=4096)
def _from_the_year_before(text: str) -> bool:
    """Whether TEXT (lower case) measures a change from the year before: a
    word saying so (``year_on_year``, ``previous_year``: 同比, 较去年同期, "a
    year earlier"), or a base marker before a year it also states the year
    after of ("2025年……较2024年的695亿港元增加"). (Remembered: a passage is
    read for each claim it is a candidate of.)"""
    if _year_on_year(text):
        return True
    years = {int(y) for y in _YEAR.findall(text)}
    return any(int(y) + 1 in years for y in _base_year_re().findall(text))


_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")


@cache
def _base_year_re() -> re.Pattern[str]:
    """A year written in Chinese after a base marker (较2024年); \u5e74 is the
    character of a year."""
    markers = "|".join(re.escape(w) for w in grammar("zh").base_markers) or "(?!x)x"
    return re.compile(rf"(?:{markers})\s*((?:19|20)\d\d)\u5e74")


def _in_compound(unit: Unit, text: str) -> bool:
    """Whether an English word of TEXT is a compound ending in UNIT's English
    word, of its kind: the compound's translations end as the word's do
    ("wildfires", 山火, are fires, 火; "rainforest", 雨林, a forest, 林), not
    another word that ends in its letters ("support", 支持, is no port, 港)."""
    from checker.language.vocabulary import translations

    head = unit.surface.lower()
    # (A side's text is lower case: most passages lack the letters at all.)
    if head not in text or unit.name or unit.entity or unit.person \
            or len(head) < _COMPOUND_HEAD or not (head.isascii() and head.isalpha()) \
            or is_stop_word(head):
        return False
    # (Not after a prefix making another thing of it: "anti-government",
    # "antigovernment" protests are no government's.)
    others = tuple(grammar("en").hyphen_prefixes)
    compounds = [w for w in _latin_words(text)
                 if len(w) - len(head) >= _COMPOUND_HEAD - 1 and w.endswith(head)
                 and w[:-len(head)].isalpha() and not w.startswith(others)]
    if not compounds:
        return False
    ends = {t[-1] for t in translations(head)}
    return any(t[-1] in ends for w in compounds for t in translations(w))


_COMPOUND_HEAD = 4
"""Letters of the shortest word read as a compound's head ("fire"), and one
more than the fewest letters before it ("wild")."""


def _said_alike(unit: Unit, word: str) -> bool:
    """Whether the English WORD (of a passage, lower case) says the English
    word of UNIT in another form of its family ("losing" / "mass loss") or
    in another word with a common Chinese word of two or three characters
    among its translations ("noticed" and "discovered": 发现; "fired" and
    "dismissed": 解雇): a sense they share."""
    if unit.name or " " in unit.surface or not unit.surface.isascii():
        return False
    if unit.stems and same_family(unit.surface.lower(), word):
        return True
    # (A word of direction is said by one of the same direction only: "raised
    # its guidance" and "kept its guidance" share 喂养, of animals.)
    sides = _direction_sides()
    own = next((side for side in sides if unit.surface.lower() in side), None)
    if own is not None and word not in own:
        return False
    return unit.surface[:1].islower() and len(unit.surface) >= 4 and _translated_alike(unit, word)


@cache
def _direction_sides() -> tuple[frozenset[str], ...]:
    """The English words of each side of the ``direction`` opposites."""
    return tuple(frozenset(w for w in side if w.isascii())
                 for name, *sides in grammar("en").opposites if name == "direction"
                 for side in sides)


def _translated_alike(unit: Unit, word: str) -> bool:
    """Whether WORD (of a passage) and UNIT share a translation that is a
    word of its own: not a name (悉尼 of "Sydney", glossed "Australia" too),
    nor a list of four words or more glossed by each of them (红橙黄绿蓝靛紫:
    "red", "green"; 伯仲叔季: "eldest", "second")."""
    from checker.language.vocabulary import is_common_word, translations

    if len(word) < 4 or not word[:1].islower() or is_stop_word(word) \
            or _inflection(word) != _inflection(unit.surface.lower()):
        return False
    # (A measure's forms are the lexicon's words for it: its own translations
    # say what it shares with another word, "decreased" and "shrank": 缩小.)
    own = translations(unit.surface.lower()) if unit.measure else unit.forms
    return any(2 <= len(term) <= 3 and term in own and is_common_word(term)
               for term in translations(word))


def _inflection(word: str) -> str:
    """The ending that says what WORD (lower case) is: a past form ("ed", an
    irregular one too), "ing", a plural or third person ("s"), else "". Two
    words translated alike say the same only in the same form: "sacked" is
    not "discharges" (of sewage), though 解雇 translates both."""
    if word.endswith("ed") or word in _irregular_forms():
        return "ed"
    if word.endswith("ing"):
        return "ing"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return "s"
    return ""


@cache
def _irregular_forms() -> frozenset[str]:
    return frozenset(form for form, _ in grammar("en").irregular_forms)


@lru_cache(maxsize=8192)
def _abbreviation_re(word: str) -> re.Pattern[str]:
    gap = f"[\u4e00-\u9fff]{{0,{ABBREVIATION_GAP}}}"
    return re.compile(gap.join(map(re.escape, word)))


ABBREVIATION_GAP = 3
"""The most characters between two of an abbreviation's in the full name."""
ABBREVIATION_SKIPS = 2
"""The fewest characters of the full name an abbreviation leaves out: one
is a longer word (销售总额 for 销售额), not an abbreviation."""


def _stands_in(form: str, text: str) -> bool:
    """Whether FORM stands in TEXT: a Chinese form anywhere; one that begins
    or ends with a Latin letter as a whole word there, with a plural,
    possessive or comparative ending at most ("gas" in "gases", "high" in
    "highest"; not "legal" in "illegal", "ports" in "exports"), and not
    after a prefix that turns it round ("non-voting", "second-largest":
    ``hyphen_prefixes`` in the grammar) nor before a suffix that makes it
    another ("brother-in-law": ``hyphen_suffixes``)."""
    if form not in text:
        return False
    if not (form[:1].isascii() and form[:1].isalnum() or form[-1:].isascii() and form[-1:].isalnum()):
        return not _prefixed_word_only(form, text)
    return _whole_word(form).search(text) is not None


def _prefixed_word_only(form: str, text: str) -> bool:
    """Whether the Chinese FORM stands in TEXT only right after a prefix
    making a word of another thing (``other_prefixes``: 税收 of 非税收入, 出口
    of 进出口), one opening a word (not 远非 nor 并非, which negate), where FORM
    does not open with that prefix itself. (A claim writing the prefix has the
    prefixed word among its forms: ``words.read_open_claim``.)"""
    prefixes = _other_prefixes()
    if not prefixes or not any(p in text for p in prefixes) or form[:1] in prefixes:
        return False
    at = text.find(form)
    while at >= 0:
        if text[at - 1:at] not in prefixes or not prefix_opens_word(text, at - 1):
            return False
        at = text.find(form, at + 1)
    return True


@cache
def _other_prefixes() -> frozenset[str]:
    return frozenset(grammar("zh").other_prefixes)


@lru_cache(maxsize=16384)
def _whole_word(form: str) -> re.Pattern[str]:
    # Latin letters and digits only: a Latin word stands whole beside Chinese
    # characters ("智谱ai的", "minimax的m1模型").
    before = after = ""
    if form[:1].isascii() and form[:1].isalnum():
        before = "(?<![A-Za-z0-9])" + "".join(
            f"(?<!{re.escape(prefix)}-)" for prefix in grammar("en").hyphen_prefixes)
    if form[-1:].isascii() and form[-1:].isalnum():
        after = r"(?:s|es|'s|’s|er|est)?(?![A-Za-z0-9])" + "".join(
            f"(?!-{re.escape(suffix)}(?![a-z]))" for suffix in grammar("en").hyphen_suffixes)
    if form[-1:].isdigit():
        # Nor a numbered name's member the letter after it designates:
        # "Teodor-417 c" is a planet of the star Teodor-417.
        after += rf"(?!{_DESIGNATION.pattern})"
    return re.compile(before + re.escape(form) + after)


def _words_stand(form: str, text: str) -> bool:
    """Whether FORM, a name of two or more Latin words, has each of its words
    standing whole in TEXT (not inside another word)."""
    words = LATIN_WORD.findall(form)
    return len(words) >= 2 and all(w.lower() in _latin_words(text) for w in words)


@lru_cache(maxsize=4096)
def _latin_words(text: str) -> frozenset[str]:
    return frozenset(LATIN_WORD.findall(text))


def coverage(claim: OpenClaim, where: Sequence[Side], lexicon: Lexicon) -> tuple[float, list[Unit]]:
    """Share of the claim's weight present in WHERE (each unit counted where
    it is most present), and the units not wholly present."""
    total = claim.total_weight
    if total <= 0:
        return 0.0, []
    held = 0.0
    missing = []
    for unit in claim.units:
        share = max((unit_share(unit, s, lexicon) for s in where), default=0.0)
        held += share * unit.weight
        if share < 1.0:
            missing.append(unit)
    return held / total, missing


def may_bear(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether ``judge_open`` can find any stance but "none" in the passage
    of ANALYSIS: false when the passage itself holds too little of the claim,
    which it decides before it reads the sentences around the passage (so
    they need not be fetched)."""
    if not claim.units:
        return False
    here = side(analysis)
    if not refers_back(analysis):
        return core_coverage(_head_named(claim, analysis.text), here, lexicon) \
            >= MIN_BEARING_COVERAGE
    # (Its subject may be its names alone or those and the words after them,
    # "Velmora tree frog": the sentence before, not read here, decides.)
    named = _subject_named(claim)
    return core_coverage(named, here, lexicon) >= MIN_BEARING_COVERAGE or named is not claim \
        and core_coverage(claim, here, lexicon) >= MIN_BEARING_COVERAGE


def refers_back(analysis: Analysis) -> bool:
    """Whether the passage opens with a word that stands for a subject named
    earlier ("The company employs …", "It stands …", "该公司……", "其……")."""
    if any(m.kind == "pronoun" and m.id == "topic" and m.start <= 1 for m in analysis.mentions):
        return True
    text = analysis.text.lower()
    # After a clause giving only its date: "12月15日,该片在北京举行了首映式".
    if len(analysis.clauses) > 1:
        start, end = analysis.clauses[0]
        if end - start <= _DATE_CLAUSE and months_named(text[start:end]):
            text = text[end:].lstrip(" ,，、:：")
    opening = LATIN_WORD.match(text)
    return opening is not None and opening.group() in grammar("en").referring_openers \
        or any(text.startswith(w) for w in grammar("zh").referring_openers)


_DATE_CLAUSE = 16
"""Characters of an opening clause that may give only a date ("12月15日",
"On 15 December")."""


def _subject_named(claim: OpenClaim, before: Analysis | None = None) -> OpenClaim:
    """CLAIM with its first word taken for its subject's name, for a passage
    that refers back to a subject: the subject ("Mount Everest", 华为) may
    then stand in the sentence before ("… It stands 8,849 metres …"). The
    words of a Chinese name the segmenter cuts apart (云栈|科技) are taken
    together when the sentence BEFORE writes them together ("云栈科技公布财报。
    该公司营收为86.3亿元"), and so are an English name and the nouns after it
    ("The Velmora tree frog is …. It was first described in 2023")."""
    names = leading_names(claim)
    if names and not names[0].surface.isascii():
        return claim
    run = opening_run(claim) or _latin_opening_run(claim)
    # (The longest start of the run written there: 澜栈|科技 of 澜栈|科技|全年,
    # "Velmora tree frog" of "The Velmora tree frog was first described …".)
    lowered = claim.text.lower()
    while before is not None and len(run) > 1 and lowered[
            lowered.find(run[0].surface.lower()):
            lowered.find(run[-1].surface.lower()) + len(run[-1].surface)] \
            not in before.text.lower():
        run = run[:-1]
    if names and len(run) <= len(names):
        return claim   # (an English name the sentence before writes with no noun after it)
    if len(run) > 1 and (before is not None or names):   # (without BEFORE: what it may be)
        named = {id(u) for u in run}
    else:
        first = _first_unit(claim)
        if first is None:
            return claim
        named = {id(first)}
    units = tuple(replace(u, name=True) if id(u) in named else u for u in claim.units)
    return replace(claim, units=units)


def _latin_opening_run(claim: OpenClaim) -> list[Unit]:
    """The claim's English words written one after another, a space apart,
    from its first (after "The"): its subject's noun phrase ("Velmora tree
    frog"), up to ``OPENING_WORDS`` and leaving one word at least."""
    lowered = claim.text.lower()
    placed = sorted(((at, u) for u in claim.units if u.surface.isascii()
                     and (at := lowered.find(u.surface.lower())) >= 0), key=lambda pair: pair[0])
    if not placed or lowered[:placed[0][0]].strip() not in ("", "the"):
        return []
    run, end = [], placed[0][0]
    for at, unit in placed:
        if at != end or unit.measure or len(run) == OPENING_WORDS:
            break
        run.append(unit)
        end = at + len(unit.surface) + 1
    return run[:len(claim.units) - 1]   # (a word at least is what it says of the subject)


def _head_named(claim: OpenClaim, text: str,
                before: Sequence[Analysis] | None = None) -> OpenClaim:
    """CLAIM with the words of its opening Chinese name taken for its
    subject's name when the passage (TEXT) opens with that name's last two
    characters, its head noun ("禾川青溪河特大桥全长3.8公里" / "大桥全长3.8公里,
    ……"): the passage refers back, and the name may stand in the sentence
    before."""
    head = text[:2]
    if len(head) < 2 or not CJK_RUN.fullmatch(head) or leading_names(claim):
        return claim
    placed = sorted(((at, u) for u in claim.units
                     if (at := claim.text.find(u.surface)) >= 0 and CJK_RUN.fullmatch(u.surface)),
                    key=lambda pair: (pair[0], -len(pair[1].surface)))
    subject, end = [], 0
    for at, unit in placed:
        if at != end or unit.measure or unit.entity:
            break
        subject.append(unit)
        end = at + len(unit.surface)
        # The name must stand whole in a sentence before, when they are read
        # ("水利局称白石" is no name the passage refers back to).
        if claim.text[:end].endswith(head) and len(subject) > 1 and (
                before is None or any(claim.text[:end] in b.text for b in before)):
            named = {id(u) for u in subject}
            return replace(claim, units=tuple(replace(u, name=True) if id(u) in named else u
                                              for u in claim.units))
    return claim


def shortened_names(claim: OpenClaim, text: str) -> list[list[Unit]]:
    """The claim's English names of two words ("Pemberley Aggregates",
    units written one after the other) that TEXT writes by their first word
    only ("Pemberley, headquartered in Ashcombe, …"): a report names a
    company in full once, then by its first word. Persons are not read here, nor longer names ("Castellan Interagency
    Fire Centre": Castellan, its first word, is the country's name too)."""
    passage = text.lower()
    found = []
    for run in _name_runs(claim):
        if len(run) != 2 or any(u.person for u in run):
            continue
        full = _run_text(run)
        first = re.compile(rf"(?<![a-z]){re.escape(run[0].surface.lower())}(?![a-z])")
        # The short name opens the sentence, as the subject a report goes on
        # about ("Pemberley, headquartered in …"); met further in, it is as
        # often another party (", approved when Ridgeview bought …", "patented
        # by Ostvik"). Nor is a possessor ("Fenwick's regional partner Tiller
        # Air") the company.
        opening = first.match(passage.lstrip(_OPENING_MARKS))
        if full not in passage and opening \
                and not _POSSESSIVE_END.match(passage.lstrip(_OPENING_MARKS)[opening.end():][:2]):
            found.append(run)
    return found


# Marks a sentence may open with before its first word.
_OPENING_MARKS = " \"'\u201c\u2018([-\u2014"


def _shortened_name_given(claim: OpenClaim, text: str,
                          earlier: Sequence[Analysis]) -> OpenClaim:
    """CLAIM with a name the passage (TEXT) writes short taken as its first
    word, weighing what the whole name weighs, when a sentence EARLIER in
    its document writes it in full ("Pemberley Aggregates" in the opening
    sentence, "Pemberley" after): the passage speaks of the same company."""
    runs = [run for run in shortened_names(claim, text)
            if any(_run_text(run) in e.text.lower() for e in earlier)]
    if not runs:
        return claim
    heads = {id(run[0]): sum(u.weight for u in run) for run in runs}
    dropped = {id(u) for run in runs for u in run[1:]}
    return replace(claim, units=tuple(replace(u, weight=heads[id(u)]) if id(u) in heads else u
                                      for u in claim.units if id(u) not in dropped))


def _first_unit(claim: OpenClaim, skipped: Collection[int] = ()) -> Unit | None:
    """The unit written first in the claim, but those whose ids are SKIPPED."""
    lowered = claim.text.lower()
    placed = [(at, i) for i, u in enumerate(claim.units) if id(u) not in skipped
              and (at := lowered.find(u.surface.lower())) >= 0]
    return claim.units[min(placed)[1]] if placed else None


def judge_open(claim: OpenClaim, passage: Passage, analysis: Analysis, lexicon: Lexicon,
               before: Sequence[Analysis] = (), after: Sequence[Analysis] = (),
               in_paragraph: int | None = None, lead: Analysis | None = None) -> Stance:
    """How PASSAGE bears on CLAIM by alignment. BEFORE and AFTER are the
    sentences around it in its document, nearest first; IN_PARAGRAPH, when
    given, how many of BEFORE stand in its paragraph; LEAD, when given, the
    document's opening sentence."""
    if not claim.units:
        return _none(passage)
    if before and refers_back(analysis) and (
            _pronoun_for_another(claim, analysis.text, before[0].text)
            or _pronoun_for_opening(claim, analysis.text, before[0].text)):
        return _none(passage)   # "Hurricane Ilsa made landfall …. It caused …" is not Marlow's
    if _named_another_of_kind(claim, analysis.text):
        # Nor a passage naming another of its kind and not the claim's, which
        # a sentence before may name: "Hurricane Pellow … killed 22 people".
        return _none(passage)
    if before and refers_back(analysis):
        claim = _subject_named(claim, before[0])
    elif before:
        claim = _head_named(claim, analysis.text, before[:NEIGHBOURS])
    claim = _shortened_name_given(claim, analysis.text,
                                  [*before[:NEIGHBOURS], *([lead] if lead else [])])
    here = side(analysis)
    swapped = _swapped_word(claim, passage, analysis, here, lexicon)
    if swapped is not None:
        return swapped
    core = core_coverage(claim, here, lexicon)
    denied_figure = _figure_denied(claim, analysis) \
        if core >= DENIED_FIGURE_COVERAGE and not claim.negated and not claim.denies else None
    if denied_figure is not None:
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * core,
                      f"the source says there was no such figure ({denied_figure}), "
                      f"{passage.source}:{passage.line}")
    none = _counted_none(claim, analysis) \
        if core >= SUPPORT_COVERAGE and not claim.negated and not claim.denies else ""
    if none:
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * core,
                      f"the source counts none ({none}), {passage.source}:{passage.line}")
    if core < MIN_BEARING_COVERAGE and not _opposite_aside(claim, here, lexicon):
        return _denied_generally(claim, passage, analysis, here, before, lexicon) \
            or _denied_within(claim, passage, analysis, lexicon) or _none(passage)
    # A passage lacking the claim's subject and naming its own says nothing
    # of the claim's, whatever it negates ("In the women's race, Lindqvist
    # … fell short of her own course record").
    named_before = [*before[:NEIGHBOURS], *([lead] if lead is not None else [])]
    names_own = bool(before or after) and _names_its_own(claim, analysis, here, lexicon,
                                                         named_before)
    if names_own:
        # Its subject is its own, not a sentence beside's nor the opening's.
        before = after = []
        lead = None
    if (before or lead is not None) and place_of_its_own(claim, analysis.text):
        before, lead = [], None   # "其中,禾川市GDP增速为6.9%" is not 澜州市's
    # The setting a claim closes with ("… injured in the floods") may be the
    # article's, stated in the sentence before ("… after floods struck …").
    setting = _setting_before(claim, here, before[:NEIGHBOURS], lexicon)
    full, missing = _with_context(claim, here, before[:NEIGHBOURS], lexicon, setting, lead)
    if setting:
        core = max(core, core_coverage(_without_units(claim, setting), here, lexicon))
    where = f"{passage.source}:{passage.line}"

    # A denial of another figure than the claim's ("wrongly said it cost $40
    # million" against "cost $45 million") is none of the claim.
    agreeing, disagreeing = _values(claim, analysis, [*before[:1], *_lead_dates(
        claim, analysis, here, lead, lexicon)], lexicon, before[:NEIGHBOURS])
    called_false = _scoped_denials(claim, analysis.text, lexicon)
    denial = called_false if not disagreeing else []
    # A figure of the claim the sentence does not state is no figure it
    # calls false ("该消息系谣言" against "……从艺已超过60年").
    figures_said = all(v in agreeing for v in claim.values if v.kind in NUMERIC_KINDS)
    negation = _scoped_negation(claim, analysis, lexicon)
    # A report word governs the clause it stands in, or the one it opens
    # ("网传,……"); a rumour later in the sentence reports something else
    # ("……,计划冲刺A股;但……后,传闻称其可能放弃A股").
    reports = bool(claim.cues(analysis.text, "report")) and bool(
        scoped_cue(claim, analysis.text, "report", lexicon=lexicon,
                   context=[b.text for b in before[:1]])
        or framing_cue(claim, analysis.text, "report")) \
        or _quoted_mention(claim, analysis.text, lexicon) \
        or _reported_quotation(claim, analysis.text, lexicon) \
        or _reported_after_noun(claim, analysis.text, lexicon) \
        or _said_by_message(claim, analysis.text, lexicon) \
        or _stated_in_a_correction(claim, analysis, lexicon) \
        or bool(claim.cues(analysis.text, "anonymous_sources"))
    # A report the passage negates ("没有网传所谓「……」的说法") is no report:
    # the passage says what it reports is not so. Nor one it corrects, where
    # the claim is what it says instead ("网传文件文号……对应的实际是一份……通知").
    # Nor one it says is right ("原稿中旅游总收入48.7亿元的数据无误"): it states it.
    if reports and (negation and _negates_report(claim, analysis.text)
                    or _corrected_report(claim, analysis.text, lexicon)
                    or _stated_after_denied_figure(claim, analysis, agreeing)
                    or not called_false and not claim.denies
                    and claim.cues(analysis.text, "confirmed_reports")):
        reports = False
    # A message the passage quotes, which a sentence beside it calls false
    # ("收到简讯,内容称「……」。" / "……该简讯为诈骗讯息"), is reported, whatever
    # word brings it in; a quotation no one calls false may be a source's own
    # words.
    # (In English a quotation in straight quotes as often gives a source's
    # own words: a verdict after it must call it false, "The claim: a post
    # says that \"…\". Our verdict: this claim is mostly false.")
    straight = not reports and not CJK_RUN.search(analysis.text) \
        and _quoted_only(claim, analysis.text, lexicon, straight=True)
    if straight:
        reports = any(verdict_clause(claim, a.text) for a in (analysis, *after[:1])) \
            or _disputed_after_quotation(claim, analysis.text, _STRAIGHT_QUOTATION)
    elif not reports and not claim.negated and _quoted_only(claim, analysis.text, lexicon):
        reports = any(verdict_clause(claim, a.text) for a in (analysis, *after[:1])) \
            or bool(_neighbour_denial(claim, [], after, lexicon)) \
            or bool(after) and _points_at_message(claim, after[0].text) \
            or _pointed_at_after(claim, analysis.text) \
            or _disputed_after_quotation(claim, analysis.text, _QUOTATION)
    # A negated claim the passage states negated after a verdict pointing
    # back ("该说法没有科学依据,目前没有任何一种食物能够治愈糖尿病") agrees with
    # it; one the passage reports ("网传'喝一瓶啤酒不算酒驾'的说法是错误的",
    # "有流言称,剃成光头,就不会有头皮屑") is denied.
    # The passage with the claim's figure in place of the one it corrects
    # (“……误写为13.4%，正确应为14.0%”; "An earlier version … said … cancelled
    # 428 operations …. The correct figure is 284"), whatever it calls false.
    # (Nor of another date, in it or the sentence before: a correction of
    # 2023's profit gives none of 2024's first quarter.)
    confirmed = _correction_confirms(claim, analysis, after[:1]) \
        if full >= SUPPORT_COVERAGE and not claim.negated and not claim.denies \
        and not _dated_otherwise_nearby(claim, [analysis, *before[:1]]) else ""
    if confirmed:
        return Stance(passage, Bearing.SUPPORTS, 0.45 + 0.3 * full,
                      f"a correction gives {confirmed} in place of the figure it corrects, {where}")
    if denial and not claim.denies and full >= DENIAL_COVERAGE and figures_said \
            and _figures_written(claim, analysis, before[:1], lexicon, spelled=True) \
            and not _verdict_on_another(claim, analysis, denial[0], before[:1], lexicon) \
            and not _dates_disagree(claim, analysis) \
            and not _given_instead(claim, analysis, denial[0]) \
            and not _figures_corrected_to(claim, analysis, agreeing) \
            and not _figures_outside_report(claim, analysis, agreeing) \
            and not _denies_the_opposite(claim, analysis.text, denial[0]) \
            and not _affirmed_apart(claim, analysis.text, lexicon) \
            and not _presupposed_only(claim, analysis, agreeing) \
            and not (claim.negated and negation
                     and _verdict_then_negation(claim, analysis.text, denial[0], negation)) \
            and not (claim.negated and not negation) \
            and not (claim.negated and (_negated_unquoted(claim, analysis.text, lexicon)
                                        or _quotes_it_unnegated(claim, analysis.text, lexicon))):
        return Stance(passage, Bearing.CONTRADICTS, 0.5 + 0.3 * full,
                      f"the source calls it false ({denial[0][2]}), {where}")
    if full < DENIAL_COVERAGE and not disagreeing:
        within = _denied_within(claim, passage, analysis, lexicon)
        if within is not None:
            return within
    # A passage that ends by confirming what it reports ("有人说……是谣言,其实
    # 确有其事") is not refuted by a denial beside it.
    confirms = not denial and bool(claim.cues(analysis.text, "affirmation"))
    # (A verdict closing the paragraph before, "该消息纯属谣言", is on what
    # that paragraph reports, not on what this one goes on to say.)
    neighbour = "" if confirms or disagreeing else _neighbour_denial(
        claim, before if in_paragraph is None else before[:in_paragraph], after,
        own_figures=True, matters=lexicon) if reports else _verdict_after(claim, after)
    if neighbour and not reports and _beside_quotation(claim, analysis.text, lexicon):
        neighbour = ""   # the verdict after is on what the passage quotes
    # The reported passage must say it as the claim does: a denial of "将全面
    # 禁止机车……" beside it agrees with "从未规划全面禁止机车……".
    # Nor is a report dated otherwise ("… will strike Varno on 3 June") the
    # claim's ("… struck the Varno area on 21 May").
    # (Nor a number the claim writes that no value reads, "总分仍为50分", where
    # the report writes none: what is called false is another matter.)
    if neighbour and not claim.denies and full >= DENIAL_COVERAGE and figures_said \
            and any(numbers_written(claim, a.text) for a in (analysis, *before[:NEIGHBOURS])) \
            and bool(negation) == claim.negated \
            and not _dated_apart(claim, analysis, agreeing) \
            and not _figures_outside_report(claim, analysis, agreeing) \
            and not _numbers_only_replaced(claim, analysis.text):
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"a source reports the claim and a sentence beside it calls it false "
                      f"({neighbour}), {where}")
    # A report the correction after it replaces ("Correction: the original
    # report said the council spent £412,000 …. The council has since said
    # the correct figure is £341,000").
    corrected = _correction_after(claim, analysis, after[:1]) \
        if reports and figures_said and full >= DENIAL_COVERAGE else None
    # Or a correction the passage announces of the claim's words ("Correction
    # notice: … has corrected the figure for knife-related offences in
    # Vennick") that a sentence after gives ("The correct figure … is 1,284,
    # not 1,482").
    if corrected is None and full >= SUPPORT_COVERAGE and not claim.negated \
            and _correction_cues(claim, analysis.text.lower()) \
            and not any(v.kind in NUMERIC_KINDS for v in agreeing):
        corrected = _correction_announced(claim, after[:_ANNOUNCED_REACH])
    if corrected is not None:
        claimed, stated = corrected
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"a correction gives {stated.surface} ({format_value(stated)}), not "
                      f"{format_value(claimed)}, {where}", corrects=not _attributed(claim))
    # "是否可以治愈……还需要更多的研究证实" states neither the claim nor its
    # opposite; nor does a question ("Does the vaccine cause infertility?").
    asks = leaves_open(claim, analysis.text) or is_question(analysis.text)
    values_agree = len(agreeing) == len(claim.values)
    # A date the passage does not state does not keep it from saying the
    # opposite ("2020年5月,已有……药物" / "到目前为止,尚无……药物").
    numbers_agree = all(v in agreeing for v in claim.values if v.kind in NUMERIC_KINDS)
    polarity = NEGATED_CLAIM_COVERAGE if claim.negated else POLARITY_COVERAGE
    # A negated claim is refuted by a passage stating what it negates
    # ("混检结果不可靠" by "结果是可靠的"), not by one that has its other words.
    plainly = not claim.negated or any(
        unit_share(claim.units[i], here, lexicon) == 1.0 for i in claim.negated_units) \
        and not _last_negated_missing(claim, here, lexicon)
    # A claim that itself disputes something ("科学家反驳……", "X is a myth")
    # agrees with a source negating it.
    # A claim under a condition ("If the effect were saturated, more CO2
    # would add none") is not refuted by the plain statement. Nor one by a
    # passage lacking a count it writes ("47 retreated" says nothing against
    # "Five of the 52 glaciers did not retreat").
    # (A rumour the passage reports, "网传……将全面禁止……", is not what it says.)
    # (A negation inside a quotation the passage reports is the quoted one's.)
    stated = _own_negation(claim, analysis, lexicon) if negation else ""
    if full >= polarity and numbers_agree and not disagreeing and plainly and not asks \
            and (_figures_written(claim, analysis, before[:1], lexicon) if stated
                 else _spelled_written(claim, analysis.text)) \
            and bool(stated) != claim.negated and not claim.denies \
            and not names_own \
            and not (reports and not claim.reports) \
            and not (stated and _said_plainly_apart(claim, analysis, lexicon)) \
            and not (stated and _negates_the_opposite(claim, analysis.text, stated)) \
            and not (stated and _figure_clause_unnegated(claim, analysis, agreeing, lexicon)) \
            and not (stated and _negation_of_an_earlier_state(claim, analysis.text)) \
            and not claim.cues(claim.text, "conditions") \
            and not (stated and _other_alternative_denied(claim, analysis, lexicon)) \
            and not (claim.negated and _negation_apart(claim, analysis.text, lexicon)) \
            and not (claim.negated and not stated
                     and scoped_cue(claim, analysis.text, "dispute", lexicon=lexicon)) \
            and not (claim.negated and not stated
                     and scoped_cue(claim, analysis.text, "prohibitions")) \
            and not (claim.negated and not stated
                     and negation_as_side(claim.text, analysis.text.lower())) \
            and not (claim.negated and not stated and _event_awaited(claim, analysis.text)) \
            and not (claim.negated and not stated and _done_in_part(claim, analysis)) \
            and not (stated and _dates_disagree(claim, analysis)) \
            and not (stated and _negation_in_relative_clause(claim, analysis.text, stated)) \
            and not (stated and _misstatement_of_another(claim, analysis, stated, agreeing)) \
            and not (stated and _figures_outside_report(claim, analysis, agreeing, stated)) \
            and not (claim.negated and any(_absent(u, here, before, lexicon)
                                           for u in leading_names(claim) if u in missing)) \
            and not (stated and _negation_in_condition(claim, analysis.text, stated)) \
            and not (stated and _privation_alike(claim, analysis.text, stated)) \
            and not (stated and _negates_a_dispute(claim, analysis.text)) \
            and not (claim.negated and not stated and _negated_comparison(claim)) \
            and not (claim.negated and not stated and not claim.cues(claim.text, "conditions")
                     and _said_under_condition(claim, analysis.text, lexicon)) \
            and not (scoped_cue(claim, analysis.text, "appeals", lexicon=lexicon)
                     and not claim.cues(claim.text, "appeals")):
        # (Nor does a passage rejecting what a negated claim negates: "the
        # jury rejected the claim that the infringement was willful" against
        # "did not find it willful".)
        # (What a passage urges, "呼吁市民……确认已接种", it does not state:
        # neither the claim nor its opposite. Nor does a passage lacking the
        # name a negated claim gives, "百川智能已表示暂不考虑IPO", say it: "冲刺
        # IPO的各家……" is about others. Nor does a passage saying the claim's
        # words under a condition, "如果业绩不达标或上市失败", say that anything
        # did or did not happen.)
        said = stated or "without the claim's negation"
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"the source says the opposite ({said}), {where}")
    dates_agree = all(v in agreeing for v in claim.values if v.kind not in NUMERIC_KINDS)
    # "Polar bear numbers are increasing" / "……populations are declining".
    # (A figure of the claim the passage does not state is no figure of the
    # other side either: "would close 45 underperforming cafés" says nothing
    # of "open 150 new cafés".)
    # (Nor is a forecast's word a fact's opposite: "expected revenue growth
    # of around 6%, unchanged from its earlier guidance" for "grew about 6%".)
    forecast = not claim.modal and bool(
        scoped_cue(claim, analysis.text, "modal", lexicon=lexicon)
        or framing_cue(claim, analysis.text, "modal", _figure_at(agreeing, analysis)))
    anchor, claim_anchor = _figure_at(agreeing, analysis, strict=True), \
        _claim_figure_at(agreeing, analysis)
    turnable = not asks and not disagreeing and numbers_agree and dates_agree \
        and not _counted_otherwise(claim, analysis.text) and not (forecast and claim.values) \
        and not _prefix_dropped(claim, analysis.text.lower()) \
        and not _prefixed_otherwise(claim, analysis.text.lower())
    swapped = _opposite_word(claim, here, before, lexicon, negation,
                             analysis, _figure_at(agreeing, analysis),
                             anchor, claim_anchor) if turnable else None
    anchored = False
    if turnable and not swapped and anchor < 0 and said_direction(claim.text) != 0 \
            and not any(v.kind in NUMERIC_KINDS for v in claim.values):
        # (A claim of no figure says its way of the word before it: "paying
        # users fell between 2023 and 2025" is not said by "付费用户数从……增长
        # 到……，但平均支出……下滑", which says both ways.)
        anchor, claim_anchor = _way_anchor(claim, analysis)
        anchored = anchor >= 0
        swapped = _opposite_word(claim, here, before, lexicon, negation, analysis,
                                 _figure_at(agreeing, analysis), anchor, claim_anchor) \
            if anchored else None
    # (Nor the whole's way against a part's: "citywide emissions fell" says
    # nothing of "waste emissions rose".)
    if swapped and _whole_for_part(claim, analysis.text):
        swapped = None
    # (Nor, for a claim of no figure, unless the first word of a way after
    # its word in the passage's part is the other way, alone in its clause:
    # "合约销售金额……同比下降12.3%，合约销售面积35.2万平方米" gives the area no
    # way, "6月营收可能较5月持平或小幅下滑" both.)
    if swapped and anchored and not _way_after(claim, analysis.text.lower(), anchor):
        swapped = None
    # (Nor another figure's way: "nitrous oxide emissions rose 18%, trimming
    # the net climate benefit to about 35%" for "the benefit falls to 35%".)
    if swapped and _way_of_another_figure(claim, analysis, swapped[1]):
        swapped = None
    # (Nor against a figure worked out from two the passage states, whose
    # way was read from them: "improved to 84.7% from 81.9%, while Corvane's
    # … slipped" for "rose by 2.8 percentage points".)
    if swapped and any(v.kind in NUMERIC_KINDS and not any(a is v for a, _ in _agreeing_pairs(
            [v], analysis)) for v in agreeing):
        swapped = None
    if swapped:
        claimed, stated = swapped
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"the source says {stated}, not {claimed}, {where}")
    # "Deaths this year were lower than at the same point last year" against
    # "23 dengue deaths …, compared with 9 at the same point last year".
    ordered = _figures_ordered(claim, analysis, lexicon) \
        if full >= SUPPORT_COVERAGE and not claim.negated and not asks and not reports \
        and not forecast else None
    if ordered and not ordered[0]:
        _, first, second = ordered
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"the source gives {first.surface} against {second.surface}, {where}")
    # A figure the passage calls false ("wrongly stated that it cost $12
    # million") is no figure against the claim's.
    disagreeing = [(c, v) for c, v in disagreeing
                   # (Nor a figure that states one the claim gives in another
                   # clause: "MiniMax累计亏损92亿元,而智谱的亏损也高达62亿元" for "Zhipu
                   # has lost 6.2 billion yuan, while MiniMax has lost …". A series
                   # in one clause may have its figures swapped.)
                   if not _states_another_clause_figure(claim, c, v)
                   and not _group_figure(claim, analysis, before[:1])
                   and not figure_of_another(claim, analysis.text, v.start, lexicon, analysis.values)
                   and not figure_apart(claim, analysis, v.start, lexicon)
                   and not figure_modifies_other(claim, analysis.text, v.start, lexicon)
                   and not _measured_otherwise(claim, analysis, v.start, lexicon)
                   and not opening_after_figure(claim, analysis.text, v.start)
                   and not held_jointly(claim, analysis.text, lexicon, v.start)
                   and not segment_figure(claim, analysis.text, v.start)
                   and not part_of_a_sibling(claim, analysis.text, v.start)
                   and not change_of_another_quantity(claim, analysis, v.start, lexicon)
                   and not sibling_at_figure(claim, analysis.text, v.start)
                   and not numbered_sibling_at(claim, analysis.text, v.start)
                   and not denied_as_said(claim, analysis.text.lower(), v.start)
                   # (Nor one a notice says was misstated: "误指……为3.2年，特此更正".)
                   and not misstated_at(claim, analysis.text.lower(), v.start)
                   and not any(a <= v.start < b for a, b in _corrected_statements(claim, analysis.text))
                   and not replaced_at(claim, analysis.text.lower(), v.start)
                   and not share_against_change(claim, analysis.text, v.start)
                   and not level_against_change(claim, analysis.text, v.start)
                   and not difference_against_level(claim, analysis, v.start)
                   and not sum_of_periods(claim, analysis.text, v.start)
                   # (Nor a list's sum: "两家公司合计实现营业收入86.4亿元".)
                   and not item_of_a_sum(claim, analysis.text, v.start, first=True)
                   and not (v.kind != "date" and month_apart(claim, analysis.text, v.start))
                   and not _work_titled_otherwise(claim, analysis.text)
                   and not counts_other_noun(claim, c, analysis.text, v.end)
                   and not noun_modified_otherwise(claim, analysis.text, v.start)
                   and not year_part_apart(claim, analysis.text, v.start)
                   and not listed_total(c, analysis, v)
                   and not _whole_of_a_part(analysis.text, v.start)
                   and not part_against_whole(claim, analysis.text, v.start)
                   and not part_for_whole(claim, analysis.text, v.start)
                   and not _month_lent(claim, analysis, before[:1])
                   # (Nor a part's after 其中: "其中，同城快递业务量为7.3亿件".)
                   and not part_figure(claim, analysis.text, v.start, lexicon)
                   and not _dated_by_base(claim, analysis, v.start)
                   and not _dated_only_as_base(claim, analysis)
                   and not share_of_another_base(claim, analysis.text, v.start)
                   and not _narrowed_otherwise(claim, analysis, v.start)
                   # (Nor a change on another base: year on year for month on month.)
                   and not opposed(claim.text, here.text, v.start, kind="contrasts")
                   # (A goal, "全年交付目标为30万辆", is not what came in.)
                   and not (not claim.modal and planned_at(claim, analysis.text, v.start))
                   # (Nor the other side's: "after the 57-square-kilometre Orm Major".)
                   and not _figure_of_other_side(claim, analysis.text, v.start)
                   and not _dated_for_rival(claim, v.start, _agreeing_figures(claim, analysis),
                                            fact_clauses(analysis.text.lower(), analysis.values),
                                            analysis)]
    if _BARE_NUMBER.search(analysis.text):
        # Nor does the sentence before lend one against a passage writing a
        # number of its own ("… 14 people still missing. The number of
        # injured was unchanged at 212.").
        disagreeing = [(c, v) for c, v in disagreeing if v in analysis.values]
    elif names_change(normalise_for_match(analysis.text)):
        # Nor to a passage naming a change of its own, which it gives no
        # figure ("第四季營收將較第三季顯著成長，但未提供具體數字" after
        # "……產品營收年增逾七成"): the figures before are other changes'.
        disagreeing = [(c, v) for c, v in disagreeing if v in analysis.values or v.kind == "date"]
    # The sentence before lends a number only to a passage that writes none
    # ("Lincoln was elected in 1860. He was assassinated in 1865.").
    lenders = (analysis,) if _BARE_NUMBER.search(analysis.text) else (analysis, *before[:1])
    # A number in a name (5号线, line 5) is the subject's: a passage referring
    # back to it ("该线路全长……") finds it where it finds the subject.
    numbers_stated = all(any(_writes_number(a.text.lower(), n, _counted(claim.text, n),
                                            claim.text)
                             for a in (*lenders, *before[:NEIGHBOURS])
                             if a in lenders or _designates(claim.text, n))
                         for n in claim.numbers) \
        and not _range_ends_only(claim, analysis)
    # A month the claim names is checked apart: absent, it blocks support,
    # and a figure of another month refutes nothing; another in its place
    # contradicts (``_other_month``).
    months_missing = [u for u in missing if u.month and _absent(u, here, before, lexicon)]
    # A figure of a passage lacking the claim's other numbers ("71% of 16- to
    # 24-year-olds" against the 62% of all adults) is another group's.
    # (Nor one of another edition or period: 第52周 for a claim of 第51周.)
    events_agree = all(v in agreeing for v in claim.values if compare.names_event(v, claim.text))
    # (Nor one lacking a span the claim dates its figure by, "通车满一年后每日
    # 运量已达10万人次": the first month's 6.9万 is another time's.)
    spans_agree = all(v in agreeing or v.surface.lower() in analysis.text.lower() or any(
        s.kind == "duration" and compare.relation(v, s) == "agree" for s in analysis.values)
        for v in claim.values if v.kind == "duration" and _dates_by_span(claim.text, v)
        and not any(v is c for c, _ in disagreeing))
    if (full >= SUPPORT_COVERAGE or _start_for_level(claim, analysis, disagreeing)
            and opposed(claim.text, here.text, -1)
            and _with_context(_undirected(claim), here, before[:NEIGHBOURS], lexicon)[0]
            >= SUPPORT_COVERAGE) \
            and disagreeing and dates_agree and events_agree and spans_agree \
            and not _held_as_rate_only(claim, analysis, here, lexicon) \
            and not called_false and not months_missing \
            and numbers_stated and not _place_unnamed(claim, analysis.text, before) \
            and not _slot_filled_otherwise(claim, analysis.text.lower(), missing) \
            and not _prefix_dropped(claim, analysis.text.lower()) \
            and not _prefixed_otherwise(claim, analysis.text.lower()) \
            and not _done_against_planned(claim, analysis.text) \
            and not _subject_only_related(claim, analysis.text) \
            and not _figure_of_another_date(claim, analysis, *disagreeing[0]) \
            and not _planned_against_done(claim, analysis, disagreeing[0][1].start, lexicon):
        # (A figure that was is none against one forecast or planned: "its
        # 2024 research grant income was £6.8 million" against "forecasts
        # grant income of £8 million in 2025", as for the lexicon judge; nor
        # the reverse.)
        claimed, stated = disagreeing[0]
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"sources say {stated.surface} ({format_value(stated)}), not "
                      f"{format_value(claimed)}, {where}",
                      time_key=_period_of(stated, analysis))
    # "……满12个月的证明,而非网传的“满36个月”": the claim's figure stands only
    # where the passage says it is not so, another in its place.
    # (A passage naming the claim's subject that gives its figure so may say
    # the rest in other words: "its 2024 research grant income was £6.8
    # million, not £7.8 million as originally stated" against "secured £7.8
    # million in research grants".)
    named = leading_names(claim)
    instead = _figure_instead(claim, analysis) \
        if (full >= SUPPORT_COVERAGE or full >= DENIAL_COVERAGE and named
            and all(unit_share(u, here, lexicon) == 1.0 for u in named)
            and not _attributed(claim)) \
        and not disagreeing and not months_missing \
        and not _done_against_planned(claim, analysis.text) else None
    if instead is not None:
        claimed, stated = instead
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"sources say {stated.surface} ({format_value(stated)}), not "
                      f"{format_value(claimed)}, {where}", corrects=not _attributed(claim))
    window = _window_refutation(claim, analysis, here, core, before[:1], after[:1], lexicon)
    if window and not disagreeing and numbers_agree and not asks \
            and _figures_written(claim, analysis, before[:1], lexicon, spelled=True) \
            and not _said_plainly_apart(claim, analysis, lexicon) \
            and not _figure_clause_unnegated(claim, analysis, agreeing, lexicon) \
            and not _dates_disagree(claim, analysis) \
            and not _figures_corrected_to(claim, analysis, agreeing) \
            and not _figures_outside_report(claim, analysis, agreeing, window) \
            and not _negates_the_opposite(claim, analysis.text, window) \
            and not _negation_in_relative_clause(claim, analysis.text, window) \
            and not _presupposed_only(claim, analysis, agreeing) \
            and not _privation_alike(claim, analysis.text, window) \
            and not _misstatement_of_another(claim, analysis, window, agreeing):
        # Weaker than a passage stating the claim whole: it does not make
        # the sources disagree with one (``decide``).
        return Stance(passage, Bearing.CONTRADICTS, 0.4 + 0.3 * core,
                      f"the source says the opposite ({window}), {where}", strong=False)
    if months_missing:
        rest = _without_months(claim)
        core = core_coverage(rest, here, lexicon)
        full = _with_context(rest, here, before[:NEIGHBOURS], lexicon)[0]
    # The heaviest word the passage lacks; a long word only a piece of which
    # is there ("大学" of 斯坦福大学 in 卡内基梅隆大学) is lacked too. Names and
    # entities may stand in the sentences before; wholly absent, they block.
    leading = leading_names(claim)
    gap = max((u.weight * (1 - share) for u in missing
               if (share := unit_share(u, here, lexicon)) < 0.5
               and not (u in leading and before) and u not in setting and not u.month),
              default=0.0)
    denied_nearby = bool(_neighbour_denial(claim, before, after, lexicon, own_figures=True)) \
        and not claim.denies
    kind_named = _kind_name_of(claim, lexicon) if missing else {}
    name_like = _name_like_subject(claim, analysis.text) if missing else set()
    # Two words are enough with a value (agreeing, to support) or a number
    # written the same, though a phrase holds both ("The trial ran": trial run).
    enough = _content_words(claim) >= MIN_SUPPORT_UNITS \
        or bool(claim.values or claim.numbers) and _content_words(claim) >= 2 \
        or _two_words_together(claim, analysis.text)
    # The figure after the claim's noun where the agreeing one follows another
    # ("支付货款6540万元及违约金980万元" for 违约金6540万元).
    rival = _figure_of_claims_noun(claim, analysis, agreeing)
    if rival is not None and enough and full >= SUPPORT_COVERAGE and core >= CORE_COVERAGE \
            and bool(negation) == claim.negated and compare.relation(*rival) == "disagree":
        claimed, stated = rival
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"sources say {stated.surface} ({format_value(stated)}), not "
                      f"{format_value(claimed)}, {where}")
    worded = (enough and full >= SUPPORT_COVERAGE and core >= CORE_COVERAGE
               and gap <= MAX_MISSING_WEIGHT * claim.total_weight and not denied_nearby
               and bool(negation) == claim.negated
               # So do the words of a Chinese name of a kind (滨海|农业大学).
               and not any((u.name or u.entity or id(u) in kind_named or id(u) in name_like)
                           and _absent(u, here, before, lexicon) for u in missing)
               # And a word it quotes (证据质量被评为“高”): the passage says “低”.
               and not _quoted_word_missing(claim, missing)
               and not _number_in_another_clause(claim, analysis.text)
               and not _date_in_another_clause(claim, analysis, lexicon)
               and not base_otherwise(claim, analysis.text, _figure_at(agreeing, analysis))
               and not rival
               and not _figure_ahead(claim, analysis.text, _figure_at(agreeing, analysis))
               and not (reported_in_quotes(claim, analysis.text, _figure_at(agreeing, analysis))
                        and not claim.reports)
               and not _excluded_only(claim, analysis.text)
               and not _still_needed(claim, analysis, agreeing)
               and not (reports and not claim.reports) and not asks
               and not is_question(analysis.text) and not added_qualifier(claim, analysis.text)
               and not ((scoped_cue(claim, analysis.text, "modal", lexicon=lexicon)
                         and not _figure_before_plans(claim, analysis.text,
                                                      _figure_at(agreeing, analysis))
                         or framing_cue(claim, analysis.text, "modal",
                                        _figure_at(agreeing, analysis))) and not claim.modal)
               # "…St Aidan's, Fenwick Lane and Oakridge. Together they have 214
               # pupils" gives no school's own figure.
               and not ((claim.values or claim.numbers) and _group_figure(claim, analysis, before[:1]))
               # "该中心将于今年下半年在50所学校开展讲座" has not yet held them.
               and not (claim.cues(claim.text, "done_words")
                        and (scoped_cue(claim, analysis.text, "future_words")
                             or future_verb(claim, analysis.text, lexicon)))
               # What a source urges, "网络要求政府于明年推出租金津贴", no one
               # plans: it is not said that the government will.
               and not ((scoped_cue(claim, analysis.text, "appeals", lexicon=lexicon)
                         or scoped_cue(claim, analysis.text, "demands", lexicon=lexicon))
                        and not claim.cues(claim.text, "appeals")
                        and not any(w in claim.text for w in grammar("zh").demands))
               # "if Corvane opens the plant in June, the state will pay" says
               # what would follow, not that it opened.
               and not (_said_under_condition(claim, analysis.text, lexicon)
                        and not claim.cues(claim.text, "conditions"))
               # "could double by 2050" is no "will double by 2050".
               and not (scoped_cue(claim, analysis.text, "possibilities")
                        and not claim.cues(claim.text, "possibilities"))
               # "The company denied that it had laid off 500 workers".
               and not ((scoped_cue(claim, analysis.text, "dispute", lexicon=lexicon,
                                    context=[b.text for b in before[:1]])
                         or undone_after(claim, analysis.text, lexicon, "dispute"))
                        and not claim.denies)
               # "put the chance of an El Nino developing by December at 62%".
               and not _chance_given(claim, analysis.text)
               # "had abandoned plans to build a wind farm", "暂停其……扩张计划".
               and not ((scoped_cue(claim, analysis.text, "halts") or undone_after(claim, analysis.text, lexicon))
                        and not claim.cues(claim.text, "halts"))
               # "would consider an appeal" is no appeal.
               and not (scoped_cue(claim, analysis.text, "deliberations")
                        and not claim.cues(claim.text, "deliberations"))
               # "The council rejected the budget" is not said by "voted to
               # approve the budget": a claim's denial needs one in the passage.
               and not (claim.denies and not claim.corrects and not _denies_too(claim, analysis.text))
               and not _qualified_otherwise(claim, analysis, lexicon)
               and not _borrowed_over_another(claim, here, lexicon)
               and not _borrowed_among_rivals(claim, analysis.text, before[:1], lexicon)
               and not _sibling_named(missing, here, lexicon)
               and not _quoted_name_instead(claim, missing, here, lexicon)
               and not _closing_verb_missing(claim, missing)
               and not _prefixed_otherwise(claim, analysis.text)
               and not _owned_otherwise(claim, analysis.text)
               and not _placed_otherwise(claim, analysis.text)
               and not _act_placed_otherwise(claim, analysis.text)
               and not _one_of_respective_dates(claim, analysis)
               and not _place_unnamed(claim, analysis.text, before)
               and not _work_titled_otherwise(claim, analysis.text)
               and not _name_run_apart(claim, analysis.text)
               and not _name_in_other_conjunct(claim, analysis, lexicon)
               and not _swapped_between_clauses(claim, analysis.text)
               and not _object_of_another(claim, analysis.text, [b.text for b in before[:1]])
               and not _listed_with_another(claim, analysis.text)
               and not _item_of_another_list(claim, analysis.text)
               and not named_in_relative(claim, analysis.text, lexicon)
               and not designated_otherwise(claim, analysis.text)
               and not parties_swapped(claim, analysis.text, lexicon)
               and not _compared_the_other_way(claim, analysis.text, lexicon)
               and not ordered_the_other_way(claim, analysis.text)
               and not _order_unsaid(claim, analysis, lexicon)
               and not _described_otherwise(claim, analysis, agreeing)
               and not _counted_beside(claim, analysis, agreeing)
               and not held_jointly(claim, analysis.text, lexicon)
               and not _subject_as_object(claim, analysis.text, lexicon)
               and not _done_by_another(claim, analysis.text)
               and not _acted_on(claim, analysis.text)
               # (Unless it gives the claim's figure in place of the one it
               # calls false: "成交价误植为2.18亿元，正确应为1.28亿元".)
               and not (not claim.denies and _said_only_where_denied(claim, analysis.text, lexicon)
                        and not any(_given_instead(claim, analysis, found)
                                    for found in denials(claim, analysis.text)))
               and not _said_of_the_saying(claim, analysis.text, lexicon)
               and not _filled_otherwise(claim, missing, here, lexicon)
               and not _entity_replaced(claim, missing, analysis, lexicon)
               and not _possessor_only(claim, analysis.text)
               and not _party_only_possessor(claim, analysis.text)
               and not owner_of_another_party(claim, analysis.text)
               and not _role_of_another(claim, analysis.text, lexicon)
               and not _named_in_a_title(claim, analysis.text)
               and not _stated_in_a_title(claim, analysis.text, lexicon)
               and not _titled_otherwise(claim, analysis.text, lexicon)
               and not _negated_again(claim, analysis.text, lexicon)
               and not _negated_here_only(claim, analysis.text)
               and not multiplier_unsaid(claim, analysis.text)
               and not _weekday_unsaid(claim, analysis, before)
               and not _asked_nearby(claim, before, after, lexicon))
    # A number in words the parser read as no figure ("双向四车道" / 双向六车道)
    # is a figure the passage must state; one it states otherwise before the
    # same word contradicts (``_other_numeral_before``).
    numeral_missing = any(is_numeral_word(u.surface) for u in missing)
    numeral_rival = _other_numeral_before(claim, analysis.text.lower()) \
        if worded and values_agree and numeral_missing else None
    worded = worded and not numeral_missing
    aligned = worded and values_agree
    if aligned and claim.relation and numbers_stated and not months_missing \
            and not related_in_order(claim, analysis.text, lexicon):
        return _none(passage)  # which of its names comes first is not said so
    if aligned and claim.exclusive and not claim.cues(analysis.text, "exclusive"):
        return _none(passage)  # "Only Zhipu …" is not stated by "Zhipu …"
    if aligned and claim.universal and not claim.cues(analysis.text, "universal"):
        return _none(passage)  # "All of the districts …" is not stated by "12 of the 48 …"
    if aligned and _each_unsaid(claim, analysis.text):
        return _none(passage)  # "三座机场……均实现增长" is not stated by the group's growth
    if aligned and not claim.negated and _universal_negated(claim, analysis.text):
        # "Not all of the glaciers are shrinking at the same pace": false of
        # all of them, and not said of any.
        if claim.universal:
            return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                          f"the source says not all, {where}")
        return _none(passage)
    if aligned and before and _all_borrowed(claim, analysis, here, lexicon):
        return _none(passage)  # "… fell to 4.1%. The population grew." says nothing of it
    figure_at = _figure_at(agreeing, analysis) if aligned else -1
    if aligned and figure_at < 0 and claim.numbers:
        # A number the parser read as no figure ("砍下31分") stands where the
        # passage writes it: another fact's there, as a figure would be.
        figure_at = _written_at(claim, analysis.text)
    # "原定于2024年9月发射" against "原定于2024年6月发射的……将推迟至2024年9月下旬":
    # the plan's date is another.
    planned = _planned_otherwise(claim, analysis) if aligned else None
    if planned:
        claimed, stated = planned
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"the source says {stated.surface}, not {claimed.surface}, {where}")
    part_rival = _rival_part(claim, analysis.text) if aligned else None
    if aligned and numbers_stated and not months_missing and not part_rival \
            and not opposed(claim.text, here.text, _figure_at(agreeing, analysis, strict=True)
                            if figure_at >= 0 else -1,
                            claim_anchor=_claim_figure_at(agreeing, analysis)) \
            and not opposed(claim.text, here.text, figure_at, kind="contrasts") \
            and not (figure_at < 0 and _direction_elsewhere(claim, here.text)) \
            and not month_elsewhere(claim, analysis, figure_at) \
            and not planned_unlike(claim, analysis.text, figure_at) \
            and not _date_of_another_event(claim, analysis, agreeing) \
            and not _date_of_another_person(claim, analysis, agreeing, lexicon) \
            and not _labels_swapped(claim, analysis, agreeing) \
            and not _superlative_of_another(claim, analysis.text) \
            and not named_after_preposition_otherwise(claim, analysis.text) \
            and not _named_as_other_side(claim, analysis.text) \
            and not _parties_swapped(claim, analysis.text) \
            and not multiplier_unsaid(claim, analysis.text) \
            and not rate_unsaid(claim, analysis.text) \
            and not role_named_otherwise(claim, analysis.text) \
            and not _label_elsewhere(claim, analysis, agreeing) \
            and not _figures_paired_otherwise(claim, analysis, agreeing) \
            and not _words_paired_otherwise(claim, analysis, agreeing, lexicon) \
            and not _figure_of_sibling_part(claim, analysis, agreeing) \
            and not _counts_another_thing(claim, analysis, agreeing) \
            and not _of_another_name(claim, analysis, agreeing, before[:1]) \
            and not _word_bound_elsewhere(claim, analysis, agreeing) \
            and not _base_unstated(claim, analysis) \
            and not _deictic_part_apart(claim, analysis.text, lexicon) \
            and not _deictic_year_unstated(claim, analysis, before[:1], lexicon) \
            and not named_only_as_base(claim, analysis) \
            and not _narrowed_otherwise(claim, analysis, figure_at) \
            and not _date_of_a_start(claim, analysis, agreeing) \
            and not _date_of_a_share_base(claim, analysis, agreeing) \
            and not dated_words_elsewhere(claim, analysis.text, lexicon) \
            and not (_planned_figure(claim, agreeing, analysis)
                     # (nor a figure that could be for one that will: "could
                     # exceed half of revenue by 2028" for "will surpass half")
                     and (not claim.modal or _possible_figure(claim, agreeing, analysis))) \
            and not _plan_unsaid(claim, agreeing, analysis) \
            and not part_for_whole(claim, analysis.text, figure_at) \
            and not earlier_figure(claim, analysis.text, figure_at) \
            and not _said_of_a_former_state(claim, analysis.text, lexicon) \
            and not _misstated_only(claim, analysis, agreeing) \
            and not dated_otherwise(claim, analysis, figure_at) \
            and not other_modifier(claim, here, lexicon, lead.text if lead is not None else "") \
            and not _narrowed_at_figure(claim, analysis, figure_at) \
            and not listed_apart(claim, here, lexicon) \
            and not slot_apart(claim, here, lexicon) \
            and not (bound_apart(claim, analysis, lexicon)
                     # (its rival is the figure a correction replaces: "全省蔬菜产量
                     # “4,318.6万吨”有误,应为“4,138.6万吨”")
                     and not given_by_correction(claim, analysis.text, figure_at)) \
            and not named_after_figure(claim, analysis.text, figure_at, lexicon) \
            and not _word_with_later_figure(claim, analysis.text, figure_at) \
            and not part_figure(claim, analysis.text, figure_at, lexicon) \
            and not whole_figure(claim, analysis.text, figure_at) \
            and not _share_as_change(claim, analysis.text, figure_at) \
            and not change_of_another(claim, analysis, figure_at, lexicon) \
            and not _change_unnamed(claim, analysis.text, figure_at, lexicon) \
            and not part_of_year_elsewhere(claim, analysis.text) \
            and not year_part_apart(claim, analysis.text, figure_at) \
            and not share_base_elsewhere(claim, analysis.text) \
            and not _clause_of_another_name(claim, analysis.text, lexicon) \
            and not _done_by_another_person(claim, analysis.text, lexicon) \
            and not _agent_of_another_verb(claim, analysis.text) \
            and not _figure_of_other_side(claim, analysis.text, figure_at) \
            and not _another_subject_instead(claim, here, analysis.text, lexicon) \
            and not _agent_of_another_item(claim, analysis.text, lexicon) \
            and not _figure_of_another_person(claim, analysis.text, figure_at, lexicon) \
            and not cause_of_figure(claim, analysis.text, figure_at, lexicon) \
            and not possessed_otherwise(claim, analysis.text, figure_at) \
            and not _title_in_a_modifier(claim, analysis.text) \
            and not sibling_at_figure(claim, analysis.text, _fact_at(claim, agreeing, analysis,
                                                                     figure_at),
                                      figure=figure_at >= 0) \
            and not any(figure_modifies_other(claim, analysis.text, s.start, lexicon)
                        for _, s in _agreeing_pairs(agreeing, analysis)) \
            and not _changes_only(claim, analysis, agreeing) \
            and not _predicate_modifies_other(claim, analysis.text, lexicon) \
            and not _rival_fact_apart(claim, analysis, agreeing, lexicon) \
            and not segment_apart(claim, analysis, figure_at, lexicon) \
            and not referring_figure_apart(claim, analysis, figure_at, lexicon) \
            and not said_across_segments(claim, analysis, lexicon) \
            and not _said_across_contrast(claim, analysis, lexicon) \
            and not measured_across_contrast(claim, analysis.text, figure_at, analysis.values) \
            and not _speaker_across_contrast(claim, analysis.text, lexicon) \
            and not figure_item_apart(claim, analysis, figure_at) \
            and not bound_of_a_spread(claim, analysis, figure_at) \
            and not remainder_apart(claim, analysis.text, figure_at, lexicon) \
            and not word_of_the_start(claim, analysis, figure_at, lexicon) \
            and not _ranked_otherwise(claim, analysis) \
            and not _month_of_another_word(claim, analysis.text) \
            and not _replaced_in_place(claim, analysis.text, here, lexicon) \
            and not figure_of_another_opening_name(claim, analysis.text, figure_at, lexicon) \
            and not _borrowed_place_rivalled(claim, analysis, here, lexicon) \
            and not _head_of_a_longer_name(claim, [analysis.text.lower(), *(
                b.text.lower() for b in before[:NEIGHBOURS])], lexicon) \
            and not _measured_from_another_period(claim, analysis, figure_at) \
            and not item_of_a_sum(claim, analysis.text, figure_at) \
            and not any(numbered_sibling_at(claim, analysis.text, s.start)
                        for _, s in _agreeing_pairs(agreeing, analysis)) \
            and not any(numbered_sibling_at(claim, analysis.text, at)
                        for at in _numbers_at(claim, analysis.text.lower())):
        covered = len(claim.units) - len(missing)
        return Stance(passage, Bearing.SUPPORTS, 0.5 + 0.3 * full,
                      f"the passage states the claim ({covered}/{len(claim.units)} of its "
                      f"words{_values_text(agreeing)}), {where}")
    # (A month dating a figure the passage gives for another month, "12月份
    # 急诊……超过1.1万" against 11月份's, is that month's figure: no rival.)
    swapped_number = ((not any(contradicting(v, claim.text) for v in claim.values)
                       or _month_of_a_day(claim, months_missing))
                      and _other_month(months_missing, analysis, before[:1])
                      or part_rival or _other_number(claim, analysis.text)) if aligned \
        else numeral_rival
    if swapped_number and not _named_only_after_another(claim, analysis.text, lexicon,
                                                         swapped_number[1]) \
            and not (claim.text.isascii() and opening_after_figure(
                claim, analysis.text, analysis.text.lower().find(swapped_number[1].lower()))) \
            and not named_in_apposition(claim, analysis.text, analysis.text.lower().find(
                swapped_number[1].lower()), analysis.values):
        claimed, stated = swapped_number
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"sources say {stated}, not {claimed}, {where}")
    # (Nor is a figure of a passage naming its own subject another of the
    # claim's subject's: "The planet, designated Teodor-417 c, …" after a
    # sentence naming the star Teodor-417.)
    rival = _rival_figure(claim, analysis, lexicon) \
        if aligned and numbers_stated and not months_missing and not names_own else None
    if rival and not _named_only_after_another(claim, analysis.text, lexicon, rival[1]):
        claimed, stated = rival
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"sources say {stated}, not {claimed}, {where}")
    dated = _event_dated_otherwise(claim, analysis, lexicon) \
        if worded and numbers_agree and not months_missing and not claim.relation else None
    if dated and not sibling_at_figure(claim, analysis.text, dated[1].start):
        claimed, stated = dated
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"sources say {stated.surface} ({format_value(stated)}), not "
                      f"{format_value(claimed)}, {where}")
    # (Its words but those of direction, which a change the other way round
    # writes otherwise: "rose from $5 to $8" / "fell from $8 to $5".)
    undirected = _undirected(claim)
    ends = _ends_swapped(claim, analysis) \
        if _with_context(undirected, here, before[:NEIGHBOURS], lexicon)[0] >= SUPPORT_COVERAGE \
        and core_coverage(undirected, here, lexicon) >= CORE_COVERAGE \
        and not months_missing and not names_own and not claim.negated else None
    if ends:
        first, last = ends
        return Stance(passage, Bearing.CONTRADICTS, 0.45 + 0.3 * full,
                      f"the source says from {last.surface} to {first.surface}, the other "
                      f"way round, {where}")
    return _none(passage)


def _undirected(claim: OpenClaim) -> OpenClaim:
    """The claim without its words of direction (rose, 下降)."""
    directed = {w.lower() for w in direction_words()}
    return _without_units(claim, [u for u in claim.units if u.surface.lower() in directed])


def _held_as_rate_only(claim: OpenClaim, analysis: Analysis, here: Side, lexicon: Lexicon) -> bool:
    """Whether a word of the claim stands in the passage (HERE) only as what
    an English figure is per ("48 cents a share", "$3 per litre") while the
    claim writes it as no rate: "Marlow's stock climbed to $61.85" is not
    about "its quarterly dividend to 48 cents a share"."""
    if CJK_RUN.search(analysis.text):
        return False
    text = analysis.text
    spans = [m.span() for v in analysis.values if v.kind in NUMERIC_KINDS
             if (m := _RATE_AFTER.match(text, v.end))]
    if not spans:
        return False   # (most passages)
    rest = side_of_text(_masked(text, spans))
    # (Nor a word the claim gives a figure per too: "rose to 70 cents a share".)
    rated = {u.surface for u in rate_units(claim)} | {
        m.group().split()[-1] for v in claim.values if (m := _RATE_AFTER.match(claim.text, v.end))}
    return any(u.weight > 0 and not u.measure and not u.name and u.surface not in rated
               and unit_share(u, here, lexicon) > 0 and unit_share(u, rest, lexicon) == 0
               for u in claim.units)


_RATE_AFTER = re.compile(r"\s+(?:a|an|per|each)\s+[A-Za-z-]+")


def _masked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """TEXT with the characters of SPANS blanked."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def claimed_for_year_before(claim: OpenClaim, value: Value) -> bool:
    """Whether the claim gives its figure VALUE, and no date, for the year
    before the time it speaks of (``previous_year`` among its words: "the
    average price a year earlier was £307,500", 上年营收)."""
    if value.kind == "date" or any(v.kind == "date" for v in claim.values) \
            or not compare.says_no_change(claim.text, value.start):
        return False   # (nor the base of a change: "较上年降低0.3个百分点")
    claimed = claim.text.lower()
    words = claimed[slice(*_figure_span(claimed, claim.values, value.start))]
    # (Not a word for the year before now, 去年, "last year": the deictic
    # judge's, a source's own time may be that year.)
    deictic = {surface for _, _, surface in claim.cues(words, "deictic_periods")}
    return any(surface not in deictic for _, _, surface in claim.cues(words, "previous_year"))


def of_another_time_than_year_before(claim: OpenClaim, text: str, values: Sequence[Value],
                                     at: int) -> bool:
    """Whether the figure at AT of TEXT (a passage's, normalised), with
    VALUES, has no word of the year before (``previous_year``) nor a date
    among its words: it is of the time the passage speaks of, not the year
    before ("rose by £11,400 to £318,900", "rose to $6.1 million from $5.2
    million a year earlier": 6.1 is this year's)."""
    lowered = text.lower()
    start, end = _figure_span(lowered, values, at)
    return not claim.cues(lowered[start:end], "previous_year") \
        and not any(v.kind == "date" and start <= v.start < end for v in values)


def _figure_span(text: str, values: Sequence[Value], at: int) -> tuple[int, int]:
    """Where the words of the figure at AT of TEXT stand: its clause between
    the figures (not dates) before and after it."""
    clauses = split_clauses(text)
    start, end = clauses[clause_index(clauses, at)]
    opened = max((v.end for v in values if v.kind != "date" and start <= v.end <= at),
                 default=start)
    closed = min((v.start for v in values if v.kind != "date" and at < v.start < end),
                 default=end)
    return opened, closed


def _start_for_level(claim: OpenClaim, analysis: Analysis,
                     disagreeing: Sequence[tuple[Value, Value]]) -> bool:
    """Whether a figure of the claim that the passage's level refutes is
    where the passage's change started, the claim giving it as no start:
    "raised its target price to 150p" against "cut … to 110p from 150p"
    takes the start for the level, which the claim's direction word, the
    passage's opposite, does not hold against."""
    return any(change_part(claim.text, value.start) != "start"
               and any(s.kind == value.kind and compare.relation(value, s) == "agree"
                       and _superseded(s, analysis.text, analysis.values)
                       for s in analysis.values)
               for value, _ in disagreeing)


def _ends_swapped(claim: OpenClaim, analysis: Analysis) -> tuple[Value, Value] | None:
    """The claim's start and end figures of a change (从5美元升至8美元: 5, 8)
    when the passage gives each as the other's (从8美元下滑至5美元); else None."""
    claimed, lowered = claim.text.lower(), analysis.text.lower()
    parts = [(v, change_part(claimed, v.start)) for v in claim.values if v.kind in NUMERIC_KINDS]
    starts = [v for v, part in parts if part == "start"]
    levels = [v for v, part in parts if part == "level"]
    if len(starts) != 1 or len(levels) != 1:
        return None

    def parts_of(value: Value) -> set[str]:
        return {change_part(lowered, s.start) for s in analysis.values
                if compare.comparable(value, s) and compare.relation(value, s) == "agree"}

    if parts_of(starts[0]) == {"level"} and parts_of(levels[0]) == {"start"}:
        return starts[0], levels[0]
    return None


def _period_of(figure: Value, analysis: Analysis) -> str:
    """The period the clause of a passage's FIGURE dates it to
    (``compare.period_key``): "于2021年被处以罚款42万元" is a fine of 2021,
    which does not make the sources disagree on an undated claim that another
    passage states."""
    clauses = split_clauses(analysis.text)
    own = clause_index(clauses, figure.start)
    return next((compare.period_key(v) for v in analysis.values
                 if v.kind == "date" and clause_index(clauses, v.start) == own), "")


def numbers_written(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's, normalised) writes each number of the
    claim that no value reads (10 of 10月第二周, 28 of 28种)."""
    lowered = text.lower()
    return all(_writes_number(lowered, n, _counted(claim.text, n), claim.text)
               for n in claim.numbers)


def related_in_order(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT (a passage's, normalised) says a relation word of the
    claim with the claim's parties in the same places around it, in one
    clause: before it and after it, or before and after a passive marker
    ("Satya Nadella has led Microsoft since 2014" by the same words;
    "Microsoft was acquired by Google" not for "Microsoft acquired Google",
    "MiniMax被阿里巴巴收购" not for "阿里巴巴收购MiniMax")."""
    claim_text = claim.text.lower()
    lowered = text.lower()
    names = [u for u in claim.units if names_a_party(u, claim.text)]
    stated = claim.cues(text, "relations")
    for start, end, surface in claim.cues(claim.text, "relations"):
        # A Chinese party need not be a name the claim reads as one (银河科技).
        parties = claim.units if CJK_RUN.match(surface) else names
        spans = _party_spans(claim_text, start, end)
        if CJK_RUN.match(surface) and len(spans) == 2:
            # The party after the word ends at the next verb: "击败江北队夺得
            # 总冠军" relates 江北队, and goes on to say what else was done.
            verbs = [at for u in parties if is_verb(u.surface)
                     and spans[1][0] <= (at := _first_at(u, claim_text)) < spans[1][1]]
            if verbs:
                spans = [spans[0], (spans[1][0], min(verbs))]
        groups = [[u for u in parties if low <= _first_at(u, claim_text) < high]
                  for low, high in spans]
        if sum(bool(g) for g in groups) < 2:
            continue
        for at, until, said in stated:
            if relation_key(said, lexicon) != relation_key(surface, lexicon):
                continue
            places = _party_spans(lowered, at, until)
            if len(places) == len(spans) and all(
                    _party_said(u, i, groups, places, claim_text, lowered)
                    for i, group in enumerate(groups) for u in group):
                return True
    return False


def _party_said(unit: Unit, at: int, groups: Sequence[Sequence[Unit]],
                places: Sequence[tuple[int, int]], claim_text: str, text: str) -> bool:
    """Whether the party word UNIT of the claim (in group AT of GROUPS)
    stands in its place in TEXT: within the relation's clause (PLACES).
    The first, its subject, may be a personal pronoun there instead. Of a
    Chinese claim's words before the verb (all its words are parties), only
    the first need stand there; the others may be said earlier in the
    sentence ("总冠军赛第六战……举行,主场的竹风勇士以98比91击败台中雷鹰" for
    "竹风勇士在总冠军赛第六战……击败台中雷鹰"), or not at all (what a passage
    lacks is weighed by its coverage), but not after the verb."""
    low, high = places[at]
    if _said_between(unit, text, low, high):
        return True
    if at != 0:
        return False
    absent = not _said_between(unit, text, 0, len(text))
    # The subject may be a person named before and referred to here ("In
    # 1911 he succeeded Piet Langard …"): the judge finds the name before.
    if absent and says_pronoun(text[low:high]):
        return True
    if len(places) != 2 or not CJK_RUN.match(unit.surface) \
            or unit is min(groups[0], key=lambda u: _first_at(u, claim_text)):
        return False
    return absent or _said_between(unit, text, 0, high)


def _two_words_together(claim: OpenClaim, text: str) -> bool:
    """Whether a claim of two words says what TEXT says of them in one
    breath: the two in the claim's order, a short link between them and no
    clause break ("微波属于非电离辐射" for "微波是一种非电离辐射")."""
    if len(claim.units) != 2 or _content_words(claim) != 2:
        return False
    lowered = text.lower()
    first, second = sorted(claim.units, key=lambda u: _first_at(u, claim.text))
    for head in (f for f in first.forms if f):
        for at in _starts(head, lowered):
            link = lowered[at + len(head):at + len(head) + _LINK_CHARS + max(map(len, second.forms))]
            if any(0 < (i := link.find(f)) <= _LINK_CHARS and not _CLAUSE_BREAK.search(link[:i])
                   and not set(link[:i]) & _negating_characters() for f in second.forms if f):
                return True
    return False


@cache
def _negating_characters() -> frozenset[str]:
    """The one-character negations (不, 非, 未): none may stand in the link
    ("微波属于非电离辐射" does not say 微波是电离辐射)."""
    return frozenset(w for w in grammar("zh").negation if len(w) == 1)


_LINK_CHARS = 4
_CLAUSE_BREAK = re.compile(r"[,;:!?。，；：！？]")


def _content_words(claim: OpenClaim) -> int:
    """How many words the claim's units hold: a unit each, an English phrase
    its words other than grammar words ("capital of Australia": two)."""
    return sum(max(1, sum(not is_stop_word(w) for w in LATIN_WORD.findall(u.surface)))
               if u.surface.isascii() else 1 for u in claim.units)


def rate_units(claim: OpenClaim) -> list[Unit]:
    """The claim's words its figures are per: the word after a rate word
    ("per teacher", 每名教师: ``rate_words`` in the grammar, a Chinese
    classifier between)."""
    text = claim.text.lower()
    classifiers = numeral_units()["classifiers"]
    periods = period_words()
    found = []
    for _, end, _ in claim.cues(claim.text, "rate_words"):
        at = end + len(text[end:]) - len(text[end:].lstrip())
        at += text[at:at + 1] in classifiers
        # (Not a period: "per month" is a rate of time, which values compare.)
        found += [u for u in claim.units if not u.measure and u.surface.lower() not in periods
                  and any(text.startswith(f.lower(), at) for f in (u.surface, *u.forms) if f)]
    return found


def relation_key(word: str, lexicon: Lexicon) -> str:
    """A relation word as compared: the lexicon measure it is a whole term of
    (acquired, bought, 收购: acquisition), else its stem, for an English one
    (acquired, acquires)."""
    hits = lexicon.measure_matcher.find(word)
    if len(hits) == 1 and hits[0].end - hits[0].start == len(word):
        return "m:" + hits[0].id
    return " ".join(stem(w) for w in word.lower().split()) if word.isascii() else word


def _party_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the parties of the relation word at START..END of TEXT (lower
    case) stand in its clause: before and after it; in the passive voice
    ("was acquired by", 被……收购), the one acted on, the one acting and the
    rest of the clause."""
    clauses = split_clauses(text)
    low, high = clauses[clause_index(clauses, start)]
    if CJK_RUN.match(text, start):
        mark = max((text.rfind(m, low, start) for m in grammar("zh").passive_markers),
                   default=-1)
        if mark >= 0:
            return [(low, mark), (mark + 1, start), (end, high)]
        return [(low, start), (end, high)]
    before = re.findall(r"[a-z']+", text[max(low, start - 12):start])
    if before and before[-1] in grammar("en").passive_markers \
            or re.match(r"\s+by\b", text[end:end + 6]):
        return [(low, start), (start, start), (end, high)]
    return [(low, start), (end, high)]


def _first_at(unit: Unit, text: str) -> int:
    return min((at for f in unit.forms if f and (at := text.find(f.lower())) >= 0), default=-1)


def _said_between(unit: Unit, text: str, low: int, high: int) -> bool:
    return any(low <= at and at + len(f) <= high
               for f in unit.forms if f for at in _starts(f.lower(), text))


def _word_with_later_figure(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether a common word of an English claim stands in TEXT (a
    passage's) only after the figure at AT, each time as the next item of a
    list, right before a number of its own: in "price increases contributing
    5.2 percentage points and volumes 1.6 points" 5.2 is the price's, not
    the volumes'."""
    if at < 0 or not claim.text.isascii():
        return False
    lowered = text.lower()
    for unit in claim.units:
        if not unit.weight or unit.name or unit.entity or not unit.surface.isascii():
            continue
        own = {stem(unit.surface.lower()), *unit.stems}
        spots = [m for m in LATIN_WORD.finditer(lowered) if stem(m.group()) in own]
        if spots and all(m.start() > at and _NUMBER_NEXT.match(lowered, m.end())
                         and _LIST_ITEM_BEFORE.search(lowered, at, m.start()) for m in spots):
            return True
    return False


_NUMBER_NEXT = re.compile(r"\s+\d")
# (Not a comma alone: ", repurchasing 7.9 million shares" is no item.)
_LIST_ITEM_BEFORE = re.compile(r"\b(?:and|while|whereas)\s+(?:[a-z-]+\s+)?$")


def named_after_figure(claim: OpenClaim, text: str, at: int, lexicon: Lexicon | None = None,
                       ) -> bool:
    """Whether the claim's subject stands in TEXT (a passage's, normalised)
    only after its figure at AT, past a semicolon: in "芯澜科技……营收分别为
    4.86亿元、9.12亿元和8.37亿元;同期昊微半导体营收分别为……" 8.37亿元 is
    芯澜科技's, not 昊微半导体's. A subject the passage does not name is left
    to the other tests."""
    if at < 0:
        return False
    lowered = text.lower()
    firsts = []
    # (Not a place the claim's figure is of, "在香港累计票房为……": the subject
    # is the other name.)
    names = leading_names(claim)
    subjects = [u for u in names if lexicon is None or not u.entity
                or (found := lexicon.entities.get(u.entity)) is None
                or found.type not in PLACE_TYPES]
    # (A name the passage gives only by its kind, "the council" for
    # Ferrisham County Council, stands where that does.)
    kind = _kind_spots(claim, lowered) if names and not _unit_spots(names[0], text, lowered) \
        else []
    for unit in [] if kind else subjects or names:
        spots = _unit_spots(unit, text, lowered)
        if not spots:
            return False
        firsts.append(min(spots))
    firsts += kind[:1]
    if not firsts or min(firsts) <= at:
        return False
    first = min(firsts)
    if SEMICOLON.search(text, at, first):
        return True
    # Or past a comma, in a clause with a figure of the kind of its own
    # ("算川云以8.7%的市场份额排名第二，澄域数据以5.1%的份额排名第四"; "…, or
    # 46.8% of those cast, against 10,585 (34.9%) for Gregor Ashdown").
    values = _parsed_values(text)
    figure = next((v for v in values if v.start == at), None)
    clauses = split_clauses(text)
    own = clause_index(clauses, first)
    return figure is not None and own != clause_index(clauses, at) and any(
        v.kind == figure.kind and v.start != at and clause_index(clauses, v.start) == own
        for v in values)


def _kind_spots(claim: OpenClaim, lowered: str) -> list[int]:
    """Where LOWERED (a passage's text, lower case) names the claim's
    leading name by the common noun it ends with ("the council" for
    Ferrisham County Council)."""
    from checker.language.vocabulary import translations

    opening = _SUBJECT_NAME.match(claim.text)
    words = opening.group(1).split() if opening else []
    if len(words) < 2 or not translations(words[-1].lower()):
        return []   # (a name of one word, or one ending in no common noun)
    head = words[-1]
    return [m.start() for m in re.finditer(rf"\bthe\s+{re.escape(head.lower())}\b", lowered)]


def part_figure(claim: OpenClaim, text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether the figure at AT of TEXT (a passage's, normalised) is a part's:
    it stands after a word opening a part of its sentence (``part_openers``:
    其中, "of which") with a place or organisation the claim does not name
    between them ("海外的收入占比为47%,其中日本是最大的海外市场,贡献了约19%
    的收入": Japan's share, not the overseas markets')."""
    if at < 0:
        return False
    lowered = text.lower()
    start = max(lowered.rfind(mark, 0, at) for mark in _SENTENCE_ENDS) + 1
    openers = claim.cues(lowered[start:at], "part_openers")
    forms = {f.lower() for u in claim.units for f in u.forms if f}
    if not openers:
        # (Or one opening the sentence, its parts between semicolons each a
        # part's: "其中，同城……;国际及港澳台快递业务量为1.2亿件".)
        whole = max(lowered.rfind(mark, 0, at) for mark in _FULL_STOPS) + 1
        opening = claim.cues(lowered[whole:start], "part_openers")
        return bool(opening) and not lowered[whole:opening[0][0]].strip(" ,，") \
            and _part_modified(claim, lowered, start, at, forms)
    part = start + openers[-1][1]
    claimed = claim.text.lower()
    if _part_modified(claim, lowered, part, at, forms):
        return True
    # (A part the claim names, its subject, is its own: "其中,Talkie已成为……,
    # 用户数……1.47亿".)
    subject = {id(u) for u in opening_run(claim)}
    if any(_unit_spots(u, text[part:at], lowered[part:at])
           for u in claim.units if u.entity or u.name or u.person or id(u) in subject):
        return False
    return any(word.lower() not in claimed and not any(word.lower() in f or f in word.lower()
                                                       for f in forms if len(f) > 1)
               for word, _, _ in tagged_names(text[part:at])) \
        or bool(_other_names(claim, text, part, at, lexicon))


def _part_modified(claim: OpenClaim, lowered: str, part: int, at: int,
                   forms: Collection[str]) -> bool:
    """Whether a Chinese word the claim lacks stands right before one of its
    words between a part's opener at PART and the figure at AT of LOWERED (a
    passage's text): the part is named by it ("全市居民人均可支配收入为52,186元;
    其中城镇居民人均可支配收入61,407元" gives the urban residents' income, not
    the residents')."""
    claimed = claim.text.lower()
    for unit in claim.units:
        if unit.weight <= 0 or unit.name or unit.person or unit.month:
            continue
        for form in unit.forms[:1]:
            if len(form) < 2 or not CJK_RUN.fullmatch(form):
                continue
            # (The nearest before the figure: "其中加盟门店占比超过九成，直营门店
            # 仅约1400家" gives 直营门店 theirs.)
            for spot in _starts(form.lower(), lowered[part:at])[-1:]:
                word = modifier_before(lowered, part + spot)
                if len(word) == 1 and spot >= 2 and CJK_RUN.fullmatch(pair := lowered[
                        part + spot - 2:part + spot]) and not is_chinese_stop_word(pair[0]) \
                        and not is_verb(pair[0]):
                    # (A word the segmenter cut into characters, 同|城 of 同城快递.)
                    word = pair
                elif not word and spot:
                    # (Or one its tagger takes for no modifier: 港澳台, tagged m.)
                    tagged = tagged_words(lowered[max(part, part + spot - 6):part + spot])
                    last, tag = tagged[-1] if tagged else ("", "")
                    word = last if len(last) >= 2 and CJK_RUN.fullmatch(last) \
                        and not tag.startswith(("v", "p", "c", "u", "r", "d", "t")) else ""
                # (Not a word inside a name the claim writes otherwise:
                # 有限 of "鑫禾食品有限公司" for 鑫禾食品公司.)
                ahead = lowered[part:part + spot - len(word)]
                # (Nor a verb taking it as object: 使用 of 使用食品添加剂; a
                # verb of the claim's before the word is no name's part either:
                # 受理|刑事|案件.)
                if len(word) >= 2 and word not in claimed and not is_verb(word) \
                        and not any(word in f or f in word for f in forms if len(f) > 1) \
                        and not any(ahead.endswith(f) for f in forms
                                    if len(f) > 1 and not is_verb(f)):
                    return True
    return False


def whole_figure(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (a passage's, normalised) is a
    whole's and the claim's one of its parts: a word of the claim stands in
    the passage only after a word opening a part of the figure's sentence
    (``part_openers``) written after the figure ("recovered assets worth
    about 620 million yuan, including … a stake in a hotel" is no figure of
    the stake; "農業損失……約新台幣1.37億元，其中以高山蔬菜……受創最重" none of the
    vegetables')."""
    if at < 0:
        return False
    lowered = text.lower()
    end = min((e for mark in _SENTENCE_ENDS if (e := lowered.find(mark, at)) >= 0),
              default=len(lowered))
    openers = claim.cues(lowered[at:end], "part_openers")
    if not openers:
        return False   # (most passages)
    part = at + openers[0][1]
    # (A claim giving the part's figure too speaks of both: "……83名新生儿中,
    # 有3名出现发热" for "共收治新生儿83名,其中3名……出现发热", "half of them".)
    # (Not a date: "… in 2023, of which 51 were at Tarrow's" dates the whole.)
    if any(at < v.start < end and v.kind != "date" and compare.comparable(c, v)
           and compare.relation(c, v) == "agree"
           for v in _parsed_values(text) for c in claim.values):
        return False
    for unit in claim.units:
        if unit.weight <= 0 or unit.measure or unit.month:
            continue
        spots = [s for f in unit.forms if f for s in _starts(f.lower(), lowered)]
        if spots and all(part <= s < end for s in spots):
            return True
    return False


def _unit_spots(unit: Unit, text: str, lowered: str) -> list[int]:
    """Where UNIT (a name) stands in TEXT: a form, or a reading of it."""
    return [start for start, _ in _unit_extents(unit, text, lowered)]


def _unit_extents(unit: Unit, text: str, lowered: str) -> list[tuple[int, int]]:
    """The spans of TEXT where UNIT (a name) stands (``_unit_spots``)."""
    spans = [(at, at + len(f)) for f in (*unit.forms, *unit.spelled) if f
             for at in _starts(f.lower(), lowered)]
    for name in (*unit.person, *unit.readings):
        spans += persons.find_name(text, name)
    return spans


def _first_spans(units: Sequence[Unit], text: str, lowered: str) -> list[tuple[int, int]] | None:
    """Where each of UNITS first stands in TEXT (``_unit_spots``), or None
    when one does not."""
    spans = []
    for unit in units:
        spots = _unit_spots(unit, text, lowered)
        if not spots:
            return None
        spans.append((min(spots), min(spots) + len(unit.surface)))
    return spans


def remainder_apart(claim: OpenClaim, text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a word of the claim stands in TEXT (a passage's, normalised)
    only in clauses about what is left of a whole (opened by a word of the
    grammar's ``remainders``), not in the clause of the claim's figure at AT:
    "游戏……收入占比约为65%，其余来自数据中心业务" does not say 65% came from
    data centres."""
    lowered = text.lower()
    words = [w for language in ("en", "zh") for w in grammar(language).remainders]
    if at < 0 or not any(w in lowered for w in words):
        return False   # (most passages)
    openers = [w for language in ("en", "zh") for w in grammar(language).clause_conjunctions]
    clauses = fact_clauses(lowered)
    opened = set()
    for i, (start, end) in enumerate(clauses):
        head = lowered[start:end].lstrip(" ,")
        head = next((head[len(o):].lstrip() for o in openers if head.startswith(o + " ")), head)
        if any(head.startswith(w) for w in words):
            opened.add(i)
    if not opened:
        return False
    own = clause_index(clauses, at)
    if own in opened:
        # Nor is the figure of what is left the claim's, whose words stand only
        # in another clause: "Three … were in a serious condition, while the
        # other eight had minor injuries" does not say eight were seriously
        # injured.
        sides = [side_of_text(lowered[start:end]) for start, end in clauses]
        return any(any(held) and not held[own] for unit in claim.units
                   if not (unit.name or unit.entity or unit.weight <= 0)
                   for held in [[unit_share(unit, where, lexicon) == 1.0 for where in sides]])
    for unit in claim.units:
        if unit.name or unit.entity or unit.weight <= 0:
            continue
        spots = {clause_index(clauses, a) for f in unit.forms if f for a in _starts(f.lower(), lowered)}
        if spots and spots <= opened:
            return True
    return False


def opening_after_figure(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the words a Chinese claim opens with (its subject,
    ``opening_run``) stand in TEXT (a passage's, normalised) only after its
    figure at AT, in a later clause, not joined to it by a phrase ending in
    的: in "D轮融资约13.2亿元,领投方为嘉禾产业集团" the figure is the round's,
    not what 嘉禾产业集团 put in; "营收13.2亿元的嘉禾集团" gives it to 嘉禾集团.
    So do the names an English claim opens with: "The trust employs 2,950
    nurses across its two hospitals, Wexcombe Royal and St Nyssa's" gives
    no figure of St Nyssa's."""
    opening = opening_run(claim) or (leading_names(claim) if claim.text.isascii() else [])
    if at < 0 or not opening:
        return False
    lowered = text.lower()
    if opening[0].surface.isascii():
        # (Whole words: "St" is none of "trust". And only as an item of a
        # list of names, the parts of a whole: "drugmaker Calloway
        # Biologics said" after the figure is its source.)
        spots = [[m.start() for f in u.forms if f
                  for m in _whole_latin_word(f.lower()).finditer(lowered)] for u in opening]
        if not all(spots):
            return False
        first = min(min(found) for found in spots)
        if not (_LISTED_BEFORE.search(text[max(0, first - _LIST_REACH):first])
                or _LISTED_AFTER.match(text, first + len(opening[-1].surface))):
            return False
    else:
        spans = _first_spans(opening, text, lowered)
        if spans is None:
            return False
        first = min(start for start, _ in spans)
    # In the figure's own clause the words after it may still be its owner's
    # title and name ("第二人民医院……主任医师韩立新").
    clauses = split_clauses(lowered)
    return first > at and clause_index(clauses, first) != clause_index(clauses, at) and not any(
        marker in lowered[at:first] for marker in grammar("zh").relative_markers)


_LISTED_BEFORE = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s*(?:,|\band)\s*$")
_LISTED_AFTER = re.compile(r"[\w'-]*(?:\s+[A-Z][\w'-]*)*\s*(?:,|\band\b)\s*[A-Z]")
"""A name listed with another before it ("Corrin General, Hale Park and "),
or after it (within ``_LIST_REACH``)."""


def figure_of_another(claim: OpenClaim, text: str, at: int, lexicon: Lexicon,
                      values: Sequence[Value] = ()) -> bool:
    """Whether the figure at AT of TEXT (a passage's) is another subject's:
    its clause names, before it, a subject the claim lacks and not the
    claim's own ("Norway ranked first in the index, Denmark second …": first
    is Norway's, not Denmark's). VALUES: the passage's, not to be cut."""
    lowered = text.lower()
    if _rival_of_kind(claim, lowered, at) or _whole_before_part(claim, lowered, at, lexicon):
        return True
    if possessed_otherwise(claim, text, at):
        return True
    clauses = fact_clauses(lowered, values)
    start, _ = clauses[clause_index(clauses, at)]
    leading = leading_names(claim)
    if not leading:
        subject = opening_run(claim)
        return place_before_figure(claim, text, at, values) or bool(subject) and not any(
            _said_between(u, lowered, start, at) for u in subject) \
            and _opens_with_other_name(claim, lowered, start, at, lexicon)
    opening = LATIN_WORD.match(lowered[start:at].lstrip(" ,"))
    if opening is not None and opening.group() in grammar("en").passive_markers:
        # A clause opening with its verb ("…, the RV Merrow, launched in 1998,
        # is 74 metres long") has its subject before it, in the sentence: a
        # name there the claim lacks, and not all of the claim's, owns the
        # figure, though a word of the claim's name ("RV") stands there too.
        first = _sentence_start(lowered, start)
        return not all(_said_between(u, lowered, first, at) for u in leading) \
            and bool(_other_names(claim, text, first, at, lexicon))
    if opening is not None and opening.group() in grammar("en").relative_pronouns:
        # A relative clause is of the name it follows ("…, behind Oxhollow
        # International, which handled 44.1 million passengers"): one the
        # claim lacks owns the figure, where the clause before names none of
        # the claim's ("operate Bluecrest's three wind farms in the North Sea,
        # which have …" describes the farms).
        head = text[:start].rstrip(" ,")
        named = _NAME_BEFORE_RELATIVE.search(head)
        before = clauses[clause_index(clauses, len(head) - 1)][0] if head else 0
        if named and not any(_said_between(u, lowered, before, named.end()) for u in leading):
            return True
    if named_in_apposition(claim, text, at, values):
        return True
    if any(_said_between(u, lowered, start, at) for u in leading):
        return False
    return bool(_other_names(claim, text, start, at, lexicon)) \
        or _opens_with_other_name(claim, lowered, start, at, lexicon)


# Capitalised words ending a text: the name a relative clause after it describes.
_NAME_BEFORE_RELATIVE = re.compile(r"(?<![\w'-])(?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*$")


def named_in_apposition(claim: OpenClaim, text: str, at: int,
                        values: Sequence[Value] = ()) -> bool:
    """Whether the claim's names stand, before the figure at AT of TEXT (a
    passage's), only in an apposition describing another name that opens a
    clause: "Jinyang, the capital of Tongchuan province, … earned 203.5
    billion yuan" is Jinyang's, "Tamsin Beauty, the brand owned by Rowanfield
    Group, said … sales rose 9.4%" Tamsin's. VALUES: the passage's."""
    leading = leading_names(claim)
    if at < 0 or not leading:
        return False
    lowered = text.lower()
    clauses = fact_clauses(lowered, values)
    first = _sentence_start(lowered, clauses[clause_index(clauses, at)][0])
    if not _APPOSED.search(text, first, at):
        return False   # (most passages)
    spots = [s for u in leading for f in u.forms if f
             for s in _starts(f.lower(), lowered) if first <= s < at]
    return bool(spots) and any(all(apposed.start(2) <= s < apposed.end(2) for s in spots)
                               for apposed in _APPOSED.finditer(text, first, at))


def _opens_with_other_name(claim: OpenClaim, text: str, start: int, at: int,
                           lexicon: Lexicon) -> bool:
    """Whether the clause of TEXT (lower case) from START opens, before AT,
    with a Chinese name the tagger reads as one (its first words tagged as
    names, a character of a name after them) that no dictionary knows as a
    common word and the claim does not write: "麦缇2025年收入为18.4亿元" is
    麦缇's revenue, not 澜牧's, whatever the document names besides."""
    from checker.language.vocabulary import is_common_word

    opening = text[start:at].lstrip(" ,;:\uff0c\uff1b\uff1a")
    run = CJK_RUN.match(opening)
    if run is None:
        return False
    name = ""
    for word, tag in tagged_words(run.group()):
        if tag in _NAME_TAGS or name and tag == _NAME_CHARACTER:
            name += word
        else:
            break
    # (Nor one the claim gives in other words: 丰源 for "Fengyuan"; nor one
    # written right before a word of the claim, which it narrows: 归母 of
    # 归母净利润.)
    after = opening[len(name):]
    # (Nor a list's first item, another item standing nearer the figure:
    # "阿里通义(17.7%)、字节豆包(14.1%)和deepseek(10.3%)".)
    if any(mark in after for mark in (*_LIST_MARKS, *grammar("zh").list_joiners)):
        return False
    return len(name) >= 2 and not is_common_word(name) and name not in claim.text.lower() \
        and not any(unit_share(u, side_of_text(name), lexicon) > 0.0 for u in claim.units) \
        and not any(len(f) >= 2 and after.startswith(f) for u in claim.units for f in u.forms)


_NAME_CHARACTER = "g"   # a character of a name the tagger leaves alone (麦|缇)
_LIST_MARKS = ("\u3001", ",", ";")   # 、 (and the list joiners of the grammar)


_APPOSED = re.compile(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*),\s+((?:the|a|an|[A-Z][\w-]*['’]s)\s[^,;]{1,60}),")
"""A name opening a clause and an apposition describing it ("Jinyang, the
capital of Tongchuan province,", "Corvanne, Ashgrove's second-largest
airline after Brightwing,")."""


def place_before_figure(claim: OpenClaim, text: str, at: int,
                        values: Sequence[Value] = ()) -> bool:
    """Whether the figure at AT of TEXT (a passage's, normalised) is
    another place's than the one the claim opens with (岭东县农损……: a place
    by the tagger): its clause names no place and goes on with the clause
    before it in its sentence, which names another ("……岭东县以2亿650万元居次,
    清水县则为9,870万元,排名第三": 第三 is 清水县's)."""
    own = opening_place(claim)
    if not own:
        return False
    lowered = text.lower()
    clauses = fact_clauses(lowered, values)
    index = clause_index(clauses, at)
    start = clauses[index][0]
    if index == 0 or _sentence_start(lowered, start) >= start \
            or _said_between(own[0], lowered, start, at) or _places_named(claim, text, start, at):
        return False
    previous = clauses[index - 1][0]
    return not _said_between(own[0], lowered, previous, start) \
        and bool(_places_named(claim, text, previous, start))


def _done_in_part(claim: OpenClaim, analysis: Analysis) -> bool:
    """Whether the passage says what a negated claim negates only in part:
    a share under the whole after the negated word in its clause ("实际完成投资
    31.2亿元,完成年度计划的82.1%" has not done what "没有完成年度投资计划" says
    was not done; "completed 82% of the work"), or a count of it beside the
    claim's count of what was not done."""
    text = analysis.text.lower()
    clauses = split_clauses(text)
    counts = [v for v in claim.values if v.kind in ("count", "amount")]
    for i in claim.negated_units:
        for form in claim.units[i].forms:
            for at in _starts(form.lower(), text) if form else ():
                end = clauses[clause_index(clauses, at)][1]
                after = [v for v in analysis.values if at < v.start < end]
                if any(v.kind == "percent" and v.high < 100 for v in after):
                    return True
                # (Or a count of what was done beside the claim's count of
                # what was not: "已交车48辆,其余12辆预计……交付" for "尚有12辆未交车".)
                done = next((v for v in after if v.kind in ("count", "amount")), None)
                if done is not None and counts and not any(
                        compare.comparable(c, done) and compare.relation(c, done) == "agree"
                        for c in counts) and any(
                        compare.comparable(c, v) and compare.relation(c, v) == "agree"
                        for c in counts for v in analysis.values):
                    return True
    return False


def opening_place(claim: OpenClaim) -> list[Unit]:
    """The claim's first word, when the tagger reads it as a place (岭东县
    of 岭东县农损……)."""
    first = next((u for u in claim.units if u.surface and claim.text.startswith(u.surface)), None)
    return [first] if first is not None and CJK_RUN.fullmatch(first.surface) \
        and len(first.surface) > 1 and tuple(tagged_words(first.surface)) == ((first.surface, "ns"),) \
        else []


def _places_named(claim: OpenClaim, text: str, start: int, end: int) -> list[str]:
    """The places TEXT[START:END] names that the claim does not (清水县
    against a claim of 岭东县): words the tagger reads as places that end
    with, or stand before, the word of a kind of place (县, 市: the kinds
    ``place_pointers`` end with)."""
    claimed = claim.text.lower()
    kinds = {pointer[-1] for pointer in grammar("zh").place_pointers}
    found = []
    for run in CJK_RUN.finditer(text, start, end):
        at = run.start()
        for word, tag in tagged_words(run.group()):
            at += len(word)
            if tag == "ns" and len(word) > 1 and word.lower() not in claimed \
                    and (word[-1] in kinds or text[at:at + 1] in kinds):
                found.append(word)
    return found


def possessed_otherwise(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (a passage's, normalised) follows a
    name the claim lacks and its possessive: "received 18,906 votes to
    Haskard's 18,494" gives 18,494 to Haskard."""
    owner = _POSSESSOR_BEFORE.search(text, max(0, at - 40), at) if at > 0 else None
    return owner is not None and owner.group(1).lower() not in claim.text.lower()


# A capitalised name and its possessive right before a figure: its owner.
_POSSESSOR_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w-]+)['’]s\s+(?:\$|£|€)?$")


def _whole_before_part(claim: OpenClaim, lowered: str, at: int, lexicon: Lexicon) -> bool:
    """Whether the figure at AT of LOWERED (a passage's) is said of a whole
    before a word opening its parts (``part_openers``: 其中, "of which") that
    names a word of the subject the claim opens with that its sentence does
    not write before the figure: in "2023年全市粮食总产量……增长2.4%,其中禾丰县、丰南县
    产量分别占全市的12.4%和15.8%" 2.4% is the city's, not 禾丰县's."""
    subject = [u for u in (*leading_names(claim), *opening_run(claim)) if len(u.surface) > 1]
    if not subject:
        return False
    start = max(lowered.rfind(mark, 0, at) for mark in _SENTENCE_ENDS) + 1
    ends = [e for mark in _SENTENCE_ENDS if (e := lowered.find(mark, at)) >= 0]
    end = min(ends, default=len(lowered))
    before = side_of_text(lowered[start:at])
    unsaid = [u for u in subject if unit_share(u, before, lexicon) < 1.0]
    for _, opener_end, _ in claim.cues(lowered[at:end], "part_openers"):
        part = side_of_text(lowered[at + opener_end:end])
        if any(unit_share(u, part, lexicon) == 1.0 for u in unsaid):
            return True
    return False


def _rival_of_kind(claim: OpenClaim, lowered: str, at: int) -> bool:
    """Whether the words before the figure at AT of LOWERED (a passage's,
    back to a semicolon) give the head of the compound a Chinese claim opens
    with another modifier where they last name it: "同省竞品禾岭酒业……营收为
    52.7亿元,同比增长9.8%" is a rival's growth, not 澄泉|酒业's; "一级医疗机构
    ……,三级医疗机构维持60%" is 三级's. (Not after a word pointing back: 该公司
    is the claim's company.) Each word of the opening run is a head of the
    one before it: 澄泉|酒业|营业 of "澄泉酒业营业总收入"."""
    opening = opening_run(claim)
    start = max(lowered.rfind(";", 0, at), lowered.rfind("\uff1b", 0, at)) + 1
    claimed = claim.text.lower()
    # (A person is one, whatever words describe them: 来自禾州的祝婉宁. Nor
    # does a preposition modify: 按照|国际 of "按照国际标准" is 依照国际标准.)
    return any(_modified_otherwise(modifier.surface.lower(), head.surface.lower(), lowered,
                                   start, at, claimed)
               for modifier, head in pairwise(opening)
               if not (head.person or tagged_words(head.surface) == ((head.surface, "nr"),)
                       or tagged_words(modifier.surface) == ((modifier.surface, _PREPOSITION),)))


_PREPOSITION = "p"   # jieba's tag of a preposition (按照, 依照, 在)


def _modified_otherwise(modifier: str, head: str, lowered: str, start: int, at: int,
                        claimed: str) -> bool:
    """Whether LOWERED, from START to AT, last writes HEAD with another
    modifier before it than MODIFIER, in a compound CLAIMED (the claim's
    text) does not write too (协作|机器人 of "澜启机器人在国内协作机器人市场"
    is no rival of 澜启|机器人): see ``_rival_of_kind``."""
    if not CJK_RUN.fullmatch(head) or len(head) < 2:
        return False
    last = lowered.rfind(head, start, at)   # the nearest before the figure decides
    if last < 0:
        return False
    if len(modifier) < 2 or not CJK_RUN.fullmatch(modifier):
        return False   # (江屿|省|居民: a place's kind word is no modifier of 居民)
    before = lowered[max(start, last - len(modifier)):last]
    # (The claim's modifier a word or two before it is its own: 城乡居民基本|
    # 养老保险 for 城乡居民|养老保险.)
    near = lowered[max(start, last - len(modifier) - _MODIFIER_GAP):last]
    # (Nor a word pointing back, or one written after it: 该|公司 is the
    # claim's company.)
    # (Nor a pointer and a kind, 该校 of "今年该校人工智能学院……": a word of
    # two characters, the first a pointer, the second none, unlike 其他.)
    pointing = lowered[max(start, last - len(modifier) - 1):last]
    pointers = {p for p in grammar("zh").referring_openers if len(p) == 1}
    if not (len(before) == len(modifier) and CJK_RUN.fullmatch(before)
            and modifier not in near and before + head not in claimed
            and not any(before.endswith(p) or pointing.startswith(p)
                        for p in grammar("zh").referring_openers)
            and not (len(before) == 2 and before[0] in pointers and before[1] not in pointers)):
        return False
    # (A verb before the head is no modifier of it: "共开展乳制品抽检"; nor a
    # word pointing at the claim's place, 全省 of 岚川省.)
    words = tagged_words(lowered[max(start, last - _MODIFIER_WINDOW):last])
    return bool(words) and not words[-1][1].startswith("v") \
        and not any(words[-1][0] == p and modifier.endswith(p[-1])
                    for p in grammar("zh").place_pointers)


_MODIFIER_WINDOW = 8
"""Characters before a compound's head read to find the word before it."""


_MODIFIER_GAP = 3
"""Characters a compound's modifier may stand before its head, a word between."""


def figure_modifies_other(claim: OpenClaim, text: str, at: int, lexicon: Lexicon,
                          last: int = -1) -> bool:
    """Whether what the claim says at AT of TEXT (a passage's, normalised: its
    figure, or its words from AT to LAST) stands in a phrase modifying a noun
    after it (``relative_markers``) that is not the claim's subject:
    "包括2021年上市的玄武晶核" dates 玄武晶核's listing, not 深瞳算力's; in
    "2019年成立的星岚汽车、……上市的驰越科技以及总部位于青屿市的蓝湾动力" each
    phrase is its noun's. The noun must hold a word of its own the claim
    lacks and none of its subject's (its leading names, or the words a
    Chinese claim opens with), and be a name (one the segmenter tags, or a
    name of a kind) or follow a phrase saying what happened to it once (上市,
    成立; ``single_slot``): "支持20万汉字上下文输入的长文本处理能力" says what
    the subject's capability is. Nor is it another's after a copula
    ("深瞳算力是2024年上市的首家……公司")."""
    if at < 0:
        return False
    lowered = text.lower()
    clauses = split_clauses(lowered)
    start, end = clauses[clause_index(clauses, at)]
    leading = leading_names(claim) or opening_run(claim)
    if not leading:
        return False
    if last < 0:
        figure = next((v for v in _parsed_values(text) if v.start == at), None)
        last = figure.end if figure else at
    zh = grammar("zh")
    marked = [found for marker in zh.relative_markers
              if 0 <= (found := lowered.find(marker, last, end)) <= last + _RELATIVE_CHARS]
    if not marked:
        return False
    marker = min(marked)
    phrase = lowered[at:marker]
    # The phrase is one item of a list, or the clause's first words.
    if any(joiner in phrase for joiner in (_LIST_COMMA, *zh.list_joiners)):
        return False
    if any(_said_between(u, lowered, start, at) for u in leading) \
            and any(c in lowered[start:at] for c in zh.copulas):
        return False   # "深瞳算力是……上市的首家公司": the noun is the subject
    head = CJK_RUN.match(lowered, marker + 1)
    if head is None:
        return False
    once = any(word in phrase for word in (*zh.single_slot, *zh.once_intransitive))
    own = named = False
    for word, tag in tagged_words(head.group()):
        if tag[:1] in ("v", "p", "u", "c") or word in _LIST_COMMA:
            break
        # (A name of a kind, 机场 of 东湖机场, is no word of the subject's own.)
        if word not in zh.name_kinds \
                and any(unit_share(u, side_of_text(word), lexicon) == 1.0 for u in leading):
            return False
        if len(word) > 1 and not is_chinese_stop_word(word) and word not in zh.name_kinds \
                and not any(unit_share(u, side_of_text(word), lexicon) == 1.0
                            for u in claim.units):
            own = True
            named = named or tag in _NAME_TAGS
        named = named or any(word.endswith(k) and len(word) > len(k) for k in zh.name_kinds)
    return own and (named or once)


_RELATIVE_CHARS = 10
"""The most characters between a figure and the particle ending the phrase
it stands in (2021年在港交所主板上市的)."""


def _event_dated_otherwise(claim: OpenClaim, analysis: Analysis,
                           lexicon: Lexicon) -> tuple[Value, Value] | None:
    """The claim's date and the passage's other date for an event that
    happens once (founded, born, listed, 成立, 毕业: the grammar's
    ``single_slot``), when the passage's clause saying that word dates it
    only otherwise: "Charles Darwin was born on 12 February 1809 and died …"
    against "born in 1882". (claimed, stated) or None."""
    dates = [v for v in claim.values if v.kind == "date"]
    if len(dates) != 1 or len(claim.values) != 1:
        return None
    claimed = dates[0]
    # (Nor a claim giving a number of its own no value read, which the
    # passage does not write: "completed 980 homes in the year to March 2022"
    # is a count, of a year the passage may not give. A number of a name,
    # 101大楼, is the name's.)
    if any(n not in claimed.surface and not _designates(claim.text, n)
           and not numbers_written(claim, analysis.text) for n in claim.numbers):
        return None
    lowered_claim = claim.text.lower()
    words = [w for language in ("en", "zh") for w in lexicon.grammar(language).single_slot
             if _stands_in(w, lowered_claim)]
    once = {w for language in ("en", "zh") for w in lexicon.grammar(language).once_intransitive
            if _without_object(w, lowered_claim, lexicon)}
    words += sorted(once)
    if not words:
        return None
    text = analysis.text.lower()
    clauses = fact_clauses(text, analysis.values)
    for word in words:
        pattern = rf"(?<![a-z]){re.escape(word)}(?![a-z])" if word.isascii() else re.escape(word)
        for found in re.finditer(pattern, text):
            if word in once and word.isascii() and not _object_free(text, found.end(), lexicon):
                continue   # "opened a museum in 1990" dates the museum
            at = clause_index(clauses, found.start())
            start, end = clauses[at]
            stated = [v for v in analysis.values if v.kind == "date" and start <= v.start < end
                      and compare.comparable(claimed, v)]
            # Or a short clause before it giving the time ("但在2021年12月,就在
            # 商汤上市前两周,他……离开").
            for first, last in reversed(clauses[max(0, at - 2):at]):
                if stated or last - first > _DATE_CLAUSE:
                    break
                stated = [v for v in analysis.values if v.kind == "date"
                          and first <= v.start < last and compare.comparable(claimed, v)]
            # (Nor a date that was so once, "项目原定2024年底落成", against a
            # claim saying what is so now, nor the other way round.)
            stated = [v for v in stated if not compare.states_apart(claim.text, v, analysis.text)]
            relations = [compare.relation(claimed, v) for v in stated]
            if stated and "agree" not in relations and "disagree" in relations:
                return claimed, next(v for v, r in zip(stated, relations) if r == "disagree")
    return None


def _without_object(word: str, text: str, lexicon: Lexicon) -> bool:
    """Whether WORD stands in TEXT (lower-cased) with no object after it
    anywhere: "the bridge opened in 1932", "was signed on 4 March". A
    Chinese verb is taken with its object ("于2021年12月离开商汤"): the
    object's words must stand in the passage too, so the date is of that
    one event."""
    if not word.isascii():
        return word in text
    found = [m.end() for m in re.finditer(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text)]
    return bool(found) and all(_object_free(text, end, lexicon) for end in found)


def _object_free(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether what follows a verb ending at END of TEXT is a time, a place
    or nothing: a preposition, a number or the end of the clause."""
    after = text[end:].lstrip()
    if not after or not after[0].isalpha():
        return True
    english = lexicon.grammar("en")
    first = LATIN_WORD.match(after)
    return first is not None and first.group() in (*english.object_prepositions,
                                                    *english.before_period)


def added_qualifier(claim: OpenClaim, text: str) -> str:
    """A word the passage (normalised TEXT) puts on the claim's words that
    makes them another thing, the claim saying them bare: a title word right
    before them ("Vice President", "former chief executive", 副总裁) or a
    partitive ("one of the largest", "最大的城市之一"); else ''."""
    lowered = text.lower()
    if not claim.cues(claim.text, "role_modifiers"):
        # "副所长王芳" but also "所长李强": the title is said bare too.
        title = always_before(claim, text, "role_modifiers")
        if title:
            return title
    if not claim.cues(claim.text, "partitives"):
        cue = scoped_cue(claim, text, "partitives")
        if cue:
            return cue
    # A Chinese partitive closes its phrase: a claim word before it in its clause.
    for start, _, surface in claim.cues(text, "partitives"):
        if surface.isascii() or claim.cues(claim.text, "partitives"):
            continue
        clause = lowered[:start].rsplit(",", 1)[-1]
        if any(f and f in clause for u in claim.units if not (u.entity or u.name)
               for f in u.forms):
            return surface
    return ""


def _glossed_acronym(unit: Unit) -> bool:
    """Whether UNIT is an English acronym the dictionaries translate (CFO,
    首席财务官): a term, which a title word before it qualifies ("interim
    CFO"), not a name."""
    return unit.surface.isascii() and unit.surface.isupper() and len(unit.surface) > 1 \
        and any(CJK_RUN.fullmatch(f) for f in unit.forms)


def always_before(claim: OpenClaim, text: str, kind: str) -> str:
    """A KIND word of the passage (normalised TEXT) that stands right before
    every place the passage says one of the claim's words (other than its
    names), or '': "非营利机构" says 营利机构 only negated, while "which did
    not grow, the firm grew revenue" also says "grew" plainly."""
    cues = claim.cues(text, kind)
    if not cues:
        return ""
    lowered = text.lower()
    ends = {end: surface for _, end, surface in cues}
    # (A name too, where each negation before it follows a comma: "the cause
    # was a disease outbreak, not acidification" names what it is not.)
    contrasted = {end: surface for start, end, surface in cues
                  if lowered[:start].rstrip().endswith((",", "\uff0c"))}
    for unit in claim.units:
        if (unit.entity or unit.name) and not _glossed_acronym(unit):
            if not contrasted or unit.entity:
                continue
            places = [at for f in unit.forms if f for at in _starts(f, lowered)]
            if places and all(any(e <= at and not lowered[e:at].strip() for e in contrasted)
                              for at in places):
                return next(contrasted[e] for e in contrasted
                            if e <= places[0] and not lowered[e:places[0]].strip())
            continue
        # (An English phrase is found by its words, not by forms: "not
        # statistically significant".)
        written = (unit.surface.lower(),) if unit.surface.isascii() and " " in unit.surface else ()
        places = [at for f in (*unit.forms, *written) if f for at in _starts(f, lowered)]
        before = [next((ends[e] for e in ends if e <= at and not lowered[e:at].strip()), "")
                  for at in places]
        if places and all(before):
            return before[0]
    return ""


def is_question(text: str) -> bool:
    """Whether a passage (normalised TEXT) asks rather than states: it ends
    with a question mark ("Did the company really earn $5 billion in 2023?")
    outside a quotation (a sentence cut at a question inside one, "杨紫发文
    告别角色:“贺顿,你知道……吗?", states what it quotes)."""
    stripped = text.rstrip()
    if not stripped.endswith("?"):
        # (Nor does one with a word or two of answer after its question, as
        # a fact check's heading has: "Does the vaccine cause infertility?
        # No.")
        asked = stripped.rfind("?")
        answer = stripped[asked + 1:].strip(" .!。！")
        if asked < 0 or not answer or len(answer.split()) > _ANSWER_WORDS \
                or CJK_RUN.search(answer) and len(answer) > _ANSWER_CHARACTERS:
            return False
        text = stripped[:asked + 1]
    opened = sum(text.count(q) for q in _OPENING_QUOTES)
    closed = sum(text.count(q) for q in _CLOSING_QUOTES)
    return opened <= closed and text.count('"') % 2 == 0


_ANSWER_WORDS = 2
_ANSWER_CHARACTERS = 4
"""How long a bare answer after a question may be ("No.", "Not really.", 不是)."""


def _measured_otherwise(claim: OpenClaim, analysis: Analysis, at: int, lexicon: Lexicon) -> bool:
    """Whether the passage's figure at AT stands in a clause naming a
    quantity (a lexicon measure of amounts or counts) the claim does not,
    and none the claim does: "with like-for-like sales up 3.4%" says nothing
    of pre-tax profit."""
    quantity = {m for m in lexicon.measures
                if {"amount", "count"} & set(lexicon.measures[m].value_kinds)}
    claimed = {u.measure for u in claim.units if u.measure in quantity}
    if not claimed:
        return False
    clauses = fact_clauses(analysis.text.lower(), analysis.values)
    start, end = clauses[clause_index(clauses, at)]
    own = {m.id for m in analysis.mentions
           if m.kind == "measure" and m.id in quantity and start <= m.start < end}
    return bool(own) and not any(lexicon.measures_related(c, o) for c in claimed for o in own)


def _negated_again(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether a negated claim stands in a clause of TEXT that holds more
    negations than the claim: "隔夜茶并非完全没有问题" and "这并不意味着吃多少
    都没关系" deny what "隔夜茶完全没有问题", "吃多少都没关系" say."""
    if not claim.negated:
        return False
    own = len(claim.cues(claim.text, "negation"))
    for start, end in split_clauses(text):
        clause = text[start:end]
        if len(claim.cues(clause, "negation")) > own \
                and coverage(claim, [side_of_text(clause)], lexicon)[0] >= SUPPORT_COVERAGE:
            return True
    return False


def _negated_here_only(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT negates, wherever it writes it, a Chinese word the claim
    asserts (not one the claim negates too): "……对该辩解不予采纳" does not say
    the court 采纳了 the plea, though the claim's other negation (不知情)
    stands there too."""
    lowered = text.lower()
    negations = claim.cues(lowered, "negation")
    if not negations:
        return False
    claimed = claim.text.lower()
    # (Nor one the claim negates itself: 並不會經由 negates 經由 too.)
    own = [end for _, end, _ in claim.cues(claimed, "negation")]
    for i, unit in enumerate(claim.units):
        if i in claim.negated_units or unit.weight <= 0 or unit.name or unit.entity \
                or not CJK_RUN.fullmatch(unit.surface) or any(
                    0 <= at - end <= _NEGATED_GAP + 1
                    for at in _starts(unit.surface, claimed) for end in own):
            continue
        spots = _starts(unit.surface, lowered)
        if spots and all(any(0 <= spot - end <= _NEGATED_GAP for _, end, _ in negations)
                         for spot in spots):
            return True
    return False


_NEGATED_GAP = 1   # 不予|采纳, 未|获


def _named_in_a_title(claim: OpenClaim, text: str) -> bool:
    """Whether the Chinese subject the claim opens with stands in TEXT only
    inside quotation marks that go on to name something else ("锦程物流数据
    泄露案" in quotation marks is a case, not the company of "锦程物流被处罚款
    ……")."""
    run = opening_run(claim)
    claimed = claim.text.lower()
    at = claimed.find(run[0].surface.lower()) if run else -1
    if at < 0:
        return False
    subject = claimed[at:at + sum(len(u.surface) for u in run)]
    lowered = text.lower()
    spots = [m.start() for m in re.finditer(re.escape(subject), lowered)]
    if not spots:
        return False
    for spot in spots:
        opened = max(lowered.rfind(q, 0, spot) for q in _OPENING_QUOTES)
        closed = max(lowered.rfind(q, 0, spot) for q in _CLOSING_QUOTES)
        end = min((i for q in _CLOSING_QUOTES if (i := lowered.find(q, spot)) >= 0), default=-1)
        rest = "".join(CJK_RUN.findall(lowered[spot + len(subject):end])) if end > 0 else ""
        # (What the quotation goes on with, the claim does not say: 数据泄露案;
        # a quotation holding the claim's other words is what it speaks of:
        # "一段题为'芮茶记奶茶检出塑化剂……'的短视频" for 芮茶记"塑化剂"视频.)
        quoted = lowered[opened:end]
        if not opened > closed or len(rest) < 2 or rest[:2] in claimed or any(
                f in quoted for u in claim.units if u not in run for f in u.forms if f):
            return False
    return True


def _negated_unquoted(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT (a passage's, normalised) quotes something and negates
    the claim's words outside the quotation: a negated claim it then states
    in its own words, whatever it calls false in what it quotes ("登革熱……
    並不會經由飲用水傳染……網傳內容「純屬謠言」" agrees with "喝自來水並不會感染
    登革熱"; "有流言称,剃成光头,就不会有头皮屑" quotes nothing: it reports)."""
    quoted = " ".join(m.group() for m in _QUOTATION.finditer(text))
    if not quoted:
        return False
    # (What it quotes must be the claim's matter, not only its verdict:
    # "流传该片因特效未完成而推迟上映的说法……称相关传言“完全不实”" reports the
    # negation with the rest.)
    if core_coverage(claim, side_of_text(quoted), lexicon) < QUOTED_MATTER_COVERAGE:
        return False
    unquoted = _QUOTATION.sub(lambda m: " " * len(m.group()), text)
    return bool(scoped_cue(claim, unquoted, "negation", names=True))


def _quotes_it_unnegated(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT (a passage's, normalised) quotes the matter of a negated
    claim without its negation, which the passage then calls false: "网传
    「山岚号已通过全部安全审查」并不正确" agrees with "山岚号尚未通过全部安全审查"."""
    quoted = " ".join(m.group() for m in _QUOTATION.finditer(text))
    return bool(quoted) and not claim.cues(quoted, "negation") \
        and core_coverage(claim, side_of_text(quoted), lexicon) >= QUOTED_MATTER_COVERAGE


def _stated_in_a_title(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT (a passage's, normalised) holds the claim only inside a
    title in 《》 that is a headline, not a name: "一篇题为《澄星科技自研3纳米芯片
    量产,……》的文章在……转发" reports what the article says. A short title
    standing for a work the claim names (《悬崖之上》) is a name like any other."""
    titles = _TITLE.findall(text)
    if not titles:
        return False   # (most passages)
    named = [u for u in claim.units
             if any(f and f in title and len(title) <= len(f) + _TITLE_SLACK
                    for f in u.forms for title in titles)]
    rest = _without_units(claim, named)
    blanked = _TITLE.sub(lambda m: " " * len(m.group()), text)
    return bool(rest.units) and core_coverage(rest, side_of_text(blanked), lexicon) < CORE_COVERAGE


_TITLE = re.compile("\u300a([^\u300b]*)\u300b")   # 《……》
# Characters a title may hold besides the name it is (《悬崖之上》, 《峰爆》第二季).
_TITLE_SLACK = 4


_OPENING_QUOTES = "\u201c\u300c\u300e\u2018"   # “ 「 『 ‘
_CLOSING_QUOTES = "\u201d\u300d\u300f\u2019"   # ” 」 』 ’


def other_modifier(claim: OpenClaim, here: Side, lexicon: Lexicon, lead: str = "") -> str:
    """A word the passage (HERE) puts right before a word of the claim where
    the claim has one of its own the passage lacks: "TOP 5免费娱乐应用" gives
    the app another kind than "a top-5 free education app", "陪聊App Glow"
    than "Glow was a productivity app". The passage then does not state the
    claim, whatever else agrees; it is the passage's word, or ''. (Not a
    word pointing at the claim's place by its kind where the document's
    opening sentence, LEAD, names that place: 全省法院 for 澜江省法院.)"""
    text = here.text
    lowered = claim.text.lower()
    placed = sorted(((at, u) for u in claim.units
                     if (at := lowered.find(u.surface.lower())) >= 0), key=lambda p: p[0])
    own = [f.lower() for u in claim.units for f in (*u.forms, *u.variants)]
    leading = {id(u) for u in leading_names(claim)}
    pointers = set(grammar("zh").place_pointers)
    for (start, modifier), (at, head) in pairwise(placed):
        between = claim.text[start + len(modifier.surface):at]
        # (A capitalised first word translated by a common word is a word:
        # "Woodland bird populations …" against "farmland birds"; not a
        # name, "Siemens employed …" against "The company employed …".)
        if between.strip(" -") or modifier.entity or modifier.name or modifier.measure \
                or id(modifier) in leading and not (start == 0 and _common_word_in(modifier)) \
                or modifier.qualifier or modifier.person or modifier.month \
                or is_verb(modifier.surface) \
                or claim.text[:start].rstrip().endswith(grammar("zh").adverbial_openers) \
                or unit_share(head, here, lexicon) < 1.0:
            continue   # (nor a place where something is done: 在武汉举办)
        found = [modifier_before(text, i) for f in head.forms if len(f) >= 2
                 for i in _starts(f.lower(), text)]
        # A title before a person's name ("麻醉科主任柯致远") is the person's,
        # whatever else the passage says the modifier of: "心外科主任柯致远"
        # gives another of its kind (麻醉科 is in a list of departments).
        elsewhere = unit_share(modifier, here, lexicon) == 1.0
        if elsewhere and not _person_named_at(lowered, at + len(head.surface), lexicon):
            continue
        # (Where the passage's word before it is that pointer: not "占全市……"
        # for "汶阳全市", nor, pointed at, the claim's place said of it.)
        if modifier.surface.lower() in lead.lower() \
                and (pointed_at(claim, modifier.forms, text)
                     or pointed_at(claim, modifier.forms, text, lead)
                     and all(w in pointers for w in found)):
            continue
        if found and all(w and not any(w in o or o in w for o in own)
                         and (not elsewhere or _of_kind(w, modifier.surface)) for w in found):
            return found[0]
    return ""


# Characters before a noun read for the two words modifying it.
_RUN_REACH = 40


def _narrowed_at_figure(claim: OpenClaim, analysis: Analysis, at: int) -> bool:
    """Whether the English clause of the passage's figure at AT writes a noun
    of the claim after the claim's modifier and another word of its own
    ("real regular pay was up 2.0%" for "Real total pay rose 2.0%", a word
    saying the whole, ``whole_modifiers``, standing for nothing) where
    another clause writes the claim's pair ("… while real total pay rose
    2.6%"): the figure is the part's."""
    if at < 0 or not claim.text.isascii():
        return False
    text = analysis.text.lower()
    clauses = fact_clauses(text, analysis.values)
    start, end = clauses[clause_index(clauses, at)]
    wholes = {w.lower() for w in grammar("en").whole_modifiers}
    words = [w.lower() for w in LATIN_WORD.findall(claim.text)]
    own = set(words)
    # (A name's descriptor is no part: "the Corvid-3 survey drone" is the
    # Corvid-3 drone.)
    named = {u.surface.lower() for u in claim.units if u.name or u.entity or u.person}
    clause, rest = text[start:end], text[:start] + " " + text[end:]
    whole = "|".join(map(re.escape, sorted(wholes)))
    for first, second in pairwise([w for w in words if w not in wholes]):
        if is_stop_word(first) or is_stop_word(second) or first in named:
            continue
        runs = [LATIN_WORD.findall(clause[max(0, m.start() - _RUN_REACH):m.start()])[-2:]
                for m in re.finditer(rf"\b{re.escape(second)}\b", clause)]
        # (Only where another clause writes the claim's own pair, the whole
        # the part is set against: "emergency department visits" alone are
        # the claim's "emergency visits".)
        pair = rf"\b{re.escape(first)}\s+(?:(?:{whole})\s+)?{re.escape(second)}\b"
        if runs and re.search(pair, rest) and all(
                len(r) == 2 and r[0] == first and r[1] not in own and r[1] not in wholes
                and not is_stop_word(r[1]) for r in runs):
            return True
    return False


def _common_word_in(unit: Unit) -> bool:
    """Whether a Chinese form of UNIT (an English word's translations) is a
    common word: the English word is one too, not a name (西门子)."""
    from checker.language.vocabulary import is_common_word

    return any(CJK_RUN.fullmatch(f) and is_common_word(f) for f in unit.forms)


# What parts the items of a Chinese list: 、 between them, a list joiner of
# the grammar (和, 及) before the last.
_LIST_COMMA = "、"


def _work_titled_otherwise(claim: OpenClaim, text: str) -> bool:
    """Whether the claim names a work by its title in title marks (《盐田之夜》),
    or a thing by a short name in quotation marks (「岭晖苑」), that TEXT (a
    passage's, normalised) does not write, while TEXT titles or names
    another so: "《北角旧事》仅以一票之差屈居次席" says nothing of 《盐田之夜》,
    "「映湾苑」已于今年10月落成" nothing of 「岭晖苑」."""
    claimed = set(_TITLE.findall(claim.text)) | set(_QUOTED_NAME.findall(claim.text))
    if not claimed:
        return False   # (most claims)
    named = set(_TITLE.findall(text)) | set(_QUOTED_NAME.findall(text))
    return bool(named - claimed) and not any(t in text for t in claimed)


_QUOTED_NAME = re.compile(r"[“「]([\u3400-\u9fff][\u3400-\u9fffA-Za-z0-9]{1,5})[”」]")
"""A short Chinese name in quotation marks (a longer quotation is what
someone said)."""


def _titled_otherwise(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether the claim gives a person a title with a word before it
    ("知芽教育创始人是韩明哲") and TEXT writes that title before the person's
    name with another word before it, one the claim does not say ("慧语科技
    创始人韩明哲"): the title the passage gives is another's."""
    claimed = claim.text.lower()
    lowered = text.lower()
    linking = grammar("zh").before_name
    joiners = (*grammar("zh").role_joiners, *grammar("en").role_joiners, _LIST_COMMA)
    for unit in claim.units:
        head = unit.surface.lower()
        at = claimed.find(head)
        if at < 0 or not CJK_RUN.fullmatch(head) or unit.name:
            continue
        after = at + len(head)
        after += next((len(w) for w in linking if claimed.startswith(w, after)), 0)
        span = _person_named_at(claimed, after, lexicon)
        own = modifier_before(claimed, at)
        if span is None or not own:
            continue
        name = claimed[span[0]:span[1]]
        for spot in _starts(head + name, lowered):
            # (Not another title joined to it: "创立发起人兼首席科学家唐杰".)
            if lowered[:spot].endswith(joiners):
                continue
            theirs = modifier_before(lowered, spot)
            if theirs and theirs != own and theirs not in claimed:
                return True
    return False


def _person_named_at(text: str, at: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The span of a Chinese person's name at AT of TEXT (a surname and one
    or two characters), not one whose first two characters are a
    dictionary's word (区间测 of 设置区间测速); else None."""
    from checker.language.vocabulary import is_common_word

    span = persons.chinese_name_at(text, at, lexicon.surnames)
    return None if span is None or is_common_word(text[span[0]:span[0] + 2]) else span


def _of_kind(word: str, other: str) -> bool:
    """Whether two Chinese words of two characters or more end in the same
    kind word (心外科, 麻醉科): two of one kind."""
    return len(word) >= 2 and len(other) >= 2 and CJK_RUN.fullmatch(word + other) is not None \
        and word[-1] == other[-1] and word != other


def listed_apart(claim: OpenClaim, here: Side, lexicon: Lexicon) -> bool:
    """Whether a word of the claim stands in the passage (HERE) only in other
    items of a list than the one naming the claim's subject: in "M1模型、海螺
    视频V2和语音Speech-02等系列模型" 语音 (audio) is Speech-02's, and "Hailuo is
    MiniMax's audio model" is not stated."""
    text = here.text
    names = [u for u in claim.units if u.entity or u.name]
    words = [u for u in claim.units if not (u.entity or u.name)]
    if names and _in_clauses_of_another(claim, names, words, here, lexicon):
        return True
    # A claim that lists too ("科学、专业、严肃和负责任的态度") has its words
    # in the items of the passage's list.
    if _LIST_COMMA not in text or _LIST_COMMA in claim.text:
        return False
    for start, end in split_clauses(text):
        clause = text[start:end]
        if _LIST_COMMA not in clause:
            continue
        items = _list_items(clause)
        named = {i for u in names for f in u.forms if len(f) >= 2
                 for at in _starts(f.lower(), clause) if (i := _item_at(items, at)) >= 0}
        if not named:
            continue
        # After a word closing the list (等) the words are every item's.
        closers = [at + len(w) for w in grammar("zh").list_closers
                   if (at := clause.find(w, items[-1][0])) >= 0]
        shared = start + min(closers) if closers else end
        for unit in words:
            places = [at for f in unit.forms if len(f) >= 2 for at in _starts(f.lower(), text)]
            if places and all(start <= at < shared for at in places) \
                    and not {_item_at(items, at - start) for at in places} & named:
                return True
    return False


def _in_clauses_of_another(claim: OpenClaim, names: Sequence[Unit], words: Sequence[Unit],
                           here: Side, lexicon: Lexicon) -> bool:
    """Whether a word of the claim stands only in clauses that name another
    entity of the lexicon and none of the claim's names, while another clause
    names the claim's: "仅语音端的Speech-02就支持32种语言,视频生成端'海螺02'
    更是跻身行业前列" gives 语音 to Speech-02."""
    text = here.text
    own = {u.entity for u in names if u.entity}
    # The claim's most specific entities (Hailuo, not its maker MiniMax): a
    # product of theirs is theirs, a sibling (Speech-02) another's.
    specific = {e for e in own if not any(e in lexicon.entity_ancestors(o) for o in own)}
    related = specific | {a for e in specific for a in lexicon.entity_ancestors(e)}
    others = [e for e in here.entities if e not in related and e in lexicon.entities
              and not specific & set(lexicon.entity_ancestors(e))]
    if not others:
        return False
    clauses = split_clauses(text)

    def clauses_of(forms: Sequence[str]) -> set[int]:
        return {clause_index(clauses, at) for f in forms if len(f) >= 2
                for at in _starts(f.lower(), text)}

    named = set().union(*(clauses_of(u.forms) for u in names))
    if not named:
        return False
    another = set().union(*(clauses_of(lexicon.entities[e].aliases) for e in others))
    for unit in words:
        found = clauses_of(unit.forms)
        if found and not found & named and found <= another:
            return True
    return False


def _list_items(clause: str) -> list[tuple[int, int]]:
    """Spans of the items of the list in CLAUSE: the parts between 、, the
    last cut again at its first list joiner (和, 及); the words before the first 、
    and after the last item are the first and the last item's."""
    bounds = [i for i, c in enumerate(clause) if c == _LIST_COMMA]
    spans, start = [], 0
    for at in bounds:
        spans.append((start, at))
        start = at + 1
    joiners = [(at, w) for w in grammar("zh").list_joiners if (at := clause.find(w, start)) >= 0]
    if joiners:
        at, joiner = min(joiners)
        spans.append((start, at))
        start = at + len(joiner)
    spans.append((start, len(clause)))
    return spans


def _item_at(items: Sequence[tuple[int, int]], at: int) -> int:
    return next((i for i, (start, end) in enumerate(items) if start <= at < end), -1)


def bound_of_a_spread(claim: OpenClaim, analysis: Analysis, at: int) -> bool:
    """Whether the passage's figure at AT is a bound of a span of figures
    that vary among a group's members ("十一年至二年不等"): no member's."""
    own = next((v for v in analysis.values if v.start == at), None)
    if own is None:
        return False
    text = analysis.text.lower()
    separators = tuple(s.strip() for s in numeral_units()["range_separators"] if s.strip())
    for other in analysis.values:
        if other.kind != own.kind or other is own:
            continue
        first, second = (own, other) if own.start < other.start else (other, own)
        if text[first.end:second.start].strip() in separators \
                and claim.cues(text[second.end:second.end + _SPREAD_REACH], "spreads"):
            return True
    return False


_SPREAD_REACH = 4   # 十一年至二年|不等


def figure_item_apart(claim: OpenClaim, analysis: Analysis, at: int) -> bool:
    """Whether the passage's figure at AT is an item of a list of figures
    (、) and a word of the claim stands in its clause only in another item,
    one with a figure of its own: in "算力提升約2.4倍、能效比提升约80%" the 2.4
    times is the compute's, not the efficiency's."""
    text = analysis.text.lower()
    if at < 0 or _LIST_COMMA not in text or _LIST_COMMA in claim.text:
        return False
    clauses = split_clauses(text)
    start, end = clauses[clause_index(clauses, at)]
    clause = text[start:end]
    if _LIST_COMMA not in clause:
        return False
    items = _list_items(clause)
    own = _item_at(items, at - start)
    # (Only where the figure's own item names something the claim does not,
    # 算力; the words before a list, 共有学校300所、医院120家, are every item's.)
    claimed = claim.text.lower()
    if own < 0 or not any(len(w) >= 2 and w not in claimed and not is_chinese_stop_word(w)
                          for run in CJK_RUN.findall(clause[items[own][0]:at - start])
                          for w, _ in tagged_words(run)):
        return False
    # (A time of day, 凌晨1时, is no item's figure in a list of amounts.)
    kind = next((v.kind for v in analysis.values if v.start == at), "")
    figured = {_item_at(items, v.start - start) for v in analysis.values
               if start <= v.start < end and v.kind in NUMERIC_KINDS
               and (v.kind != "clock" or kind == "clock")}
    for unit in claim.units:
        if unit.weight <= 0 or unit.name or unit.entity:
            continue
        places = {_item_at(items, spot) for f in unit.forms if len(f) >= 2
                  for spot in _starts(f.lower(), clause)}
        if places and own not in places and places <= figured - {-1}:
            return True
    return False


def _opposite_word(claim: OpenClaim, here: Side, before: Sequence[Analysis], lexicon: Lexicon,
                   negation: str, analysis: Analysis, figure_at: int = -1, anchor: int = -1,
                   claim_anchor: int = -1) -> tuple[str, str] | None:
    """The claim's word and the opposite one the passage says in its place,
    when the passage holds the rest of the claim as a passage saying the
    opposite must (``POLARITY_COVERAGE``), without a negation of its own;
    around the claim's figure, at FIGURE_AT, not after a conjunction opening
    another fact ("revenue of 1.84 billion dollars, up 9% …, while rival
    Harcastle said its sales fell 3%" does not say the 9% fell)."""
    if negation or claim.negated or claim.denies:
        return None
    # (A passage saying both sides says the one nearer the claim's figure,
    # at ANCHOR, a quantity rather than a period: "获得男子100米自由泳亚军……;
    # 冠军为潘子越"; a claim saying both, the one nearer its own, at
    # CLAIM_ANCHOR.)
    found = opposed(claim.text, here.text, anchor, claim_anchor=claim_anchor)
    if not found or converse(*found) and not _same_doer(claim, found, here.text):
        return None
    if figure_at >= 0:
        # From the clause before the figure's ("营收下降, 为1.84亿元") to a
        # conjunction opening another fact after it.
        lowered = analysis.text.lower()
        clauses = split_clauses(lowered)
        own = clause_index(clauses, figure_at)
        end = min((c for c in _word_cuts(lowered, ("clause_conjunctions",), analysis.values)
                   if c > figure_at), default=len(lowered))
        if found[1].lower() not in lowered[clauses[max(own - 1, 0)][0]:end]:
            return None
    if _said_of_another_measure(claim, analysis, found[1], lexicon):
        return None
    rest = _without_word(claim, found[0])
    full, missing = _with_context(rest, here, before[:NEIGHBOURS], lexicon)
    # (Nor with a Chinese word of the claim missing where the passage names
    # another of its kind: "红隧每日车流量可减少约9,000架次" says nothing of the
    # 西隧 of "西隧每日车流预计增加约9,000架次".)
    rivalled = any(unit_share(u, here, lexicon) == 0.0 and CJK_RUN.fullmatch(u.surface)
                   and len(u.surface) >= 2 and _kind_rival(u.surface, here.text)
                   for u in missing)
    # (Nor with a person the claim names missing, where the passage names
    # another: "孟凡舟……夺冠" says nothing against "景一帆获……亚军".)
    unnamed = any(_person_unit(u) and _absent(u, here, before, lexicon) for u in missing) \
        and _names_another_person(claim, here.text)
    return found if full >= POLARITY_COVERAGE and len(rest.units) >= MIN_SUPPORT_UNITS - 1 \
        and not rivalled and not unnamed else None


def _person_unit(unit: Unit) -> bool:
    """Whether UNIT is a person's name: read as one, or a Chinese word jieba
    tags a person's (景一帆)."""
    return bool(unit.person) or bool(unit.spelled) and CJK_RUN.fullmatch(unit.surface) is not None \
        and tagged_words(unit.surface) == ((unit.surface, persons.PERSON_TAG),)


def _names_another_person(claim: OpenClaim, text: str) -> bool:
    """Whether the Chinese TEXT names a person, by jieba's tag, whom the claim
    does not name."""
    if not CJK_RUN.search(text):
        return False
    return any(len(word) >= 2 and tag.startswith(persons.PERSON_TAG) and word not in claim.text
               for run in CJK_RUN.findall(text) for word, tag in tagged_words(run))


def _said_of_another_measure(claim: OpenClaim, analysis: Analysis, word: str,
                             lexicon: Lexicon) -> bool:
    """Whether the measure named last before the passage's WORD is another
    than the claim's: in "a net loss of 186 million yuan, …, as revenue
    slipped 4.2%" the slip is the revenue's, not the loss's."""
    # (Not a measure of the change itself, growth or decline: its words are
    # the ones turned round.)
    directions = {w.lower() for w in direction_words()}

    def of_change(measure: str) -> bool:
        known = lexicon.measures.get(measure)
        return known is not None and any(t.lower() in directions for t in known.terms)

    claimed = {u.measure for u in claim.units if u.measure and not of_change(u.measure)}
    spots = _starts(word.lower(), analysis.text.lower())
    if not claimed or not spots:
        return False

    clauses = split_clauses(analysis.text)

    def another(at: int) -> bool:
        named = [m for m in analysis.mentions
                 if m.kind == "measure" and m.end <= at and not of_change(m.id)]
        last = max(named, key=lambda m: m.end) if named else None
        # (Not where the claim's measure stands in the word's clause too:
        # "单用户平均收入(ARPU)同比下降7%".)
        low, high = clauses[clause_index(clauses, at)]
        return last is not None and last.id in lexicon.measures and not any(
            lexicon.measures_related(measure, last.id) for measure in claimed) and not any(
            m.kind == "measure" and low <= m.start < high and any(
                lexicon.measures_related(measure, m.id) for measure in claimed)
            for m in analysis.mentions)

    # (Every time the passage says the word: "游客……同比增长8.7%；……旅游收入
    # ……同比增长6.2%" says it of the revenue too.)
    return all(another(at) for at in spots)


def _same_doer(claim: OpenClaim, words: tuple[str, str], text: str) -> bool:
    """Whether the party the claim names before its word of a pair of
    converses (WORDS: the claim's, TEXT's; bought / sold) stands in TEXT
    before TEXT's word as well: "Valtera sold a stake to CPF" is "CPF bought
    a stake from Valtera", but "Valtera bought" is not."""
    doers = _doers(claim, words[0])
    theirs = text.lower().find(words[1].lower())
    return bool(doers) and bool(_party_places(doers[-1], text.lower()[:theirs], ""))


def multiplier_unsaid(claim: OpenClaim, text: str) -> bool:
    """Whether the claim gives a change as a multiple (``multipliers``:
    doubled, 翻倍) and TEXT (a passage's) says no multiple at all: "Mistral AI
    的最新估值为140亿美元" does not say the valuation "more than doubled … to
    $14 billion"."""
    # (A multiple before the level in its clause, "doubled … to reach $14
    # billion"; not one of a figure named before, "roughly double that
    # valuation".)
    clauses = split_clauses(claim.text)
    leading = any(v.start >= end and clause_index(clauses, v.start) == clause_index(clauses, end)
                  for _, end, _ in claim.cues(claim.text, "multipliers") for v in claim.values)
    return leading and not claim.cues(text, "multipliers") \
        and not any(v.kind == "multiple" for v in _parsed_values(text))


def role_named_otherwise(claim: OpenClaim, text: str) -> bool:
    """Whether an English claim's name of two words or more ("Graham Pike
    is the manager of Portvale") stands nowhere in TEXT (a passage's), which
    writes a word of the claim right before another such name ("Portvale
    manager Simon Grady"): the passage names another holder of the role, and
    the claim's name, borrowed from a sentence before, is not its subject."""
    if not claim.text.isascii():
        return False
    lowered = text.lower()
    names = [_run_text(run) for run in _name_runs(claim)]
    if not names or any(name in lowered for name in names):
        return False
    named = {w for name in names for w in name.split()}
    for unit in claim.units:
        if unit.name or unit.entity or is_stop_word(unit.surface) or not unit.surface.isascii():
            continue
        for match in re.finditer(rf"\b{re.escape(unit.surface.lower())}\s+", lowered):
            if not text[match.start()].islower():
                continue   # (a name's word there: "the Cedar Ridge Unified …")
            other = _PERSON_AFTER.match(text, match.end())
            if other and not {w.lower() for w in other.group().split()} & named:
                return True
    return False


# Two capitalised words or more: a person's name after a title word.
_PERSON_AFTER = re.compile(r"[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)+")


def _run_text(run: Sequence[Unit]) -> str:
    """A run of name words as one name, lower case, without a possessive
    ending ("Marrowe Province's": marrowe province)."""
    return _POSSESSIVE_END.sub("", " ".join(u.surface.lower() for u in run))


def _name_runs(claim: OpenClaim) -> list[list[Unit]]:
    """The claim's names of two words or more written one after the other
    ("Graham Pike", "Pemberley Aggregates"), persons or not."""
    lowered = claim.text.lower()
    placed = sorted(((at, u) for u in claim.units
                     if u.name and u.surface.isascii()
                     and (at := lowered.find(u.surface.lower())) >= 0), key=lambda p: p[0])
    runs: list[list[Unit]] = []
    end = -1
    for at, unit in placed:
        # (A possessive ends a name: "Cedar Ridge's Measure K" is two.)
        if runs and at == end + 1 and claim.text[end:at] == " " and unit.surface[:1].isupper() \
                and not _POSSESSIVE_END.search(runs[-1][-1].surface):
            runs[-1].append(unit)
        else:
            runs.append([unit])
        end = at + len(unit.surface)
    return [run for run in runs if len(run) >= 2]



def rate_unsaid(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's) writes a number of the claim that no value
    reads only as a rate (``per_period``: "an average of 412 flights per
    day") where the claim writes it without one ("operated 412 flights in
    2023"): a day's figure is no year's."""
    rates = [w.lower() for language in ("en", "zh") for w in grammar(language).per_period]
    lowered, claimed = text.lower(), claim.text.lower()

    def rated(written: str, at: int) -> bool:
        after = written[at:at + _RATE_REACH]
        return any(re.match(rf"\s*(?:[\w'-]+\s+){{0,2}}{re.escape(r)}\b" if r.isascii()
                            else rf".{{0,4}}{re.escape(r)}", after) for r in rates)

    for number in claim.numbers:
        alone = re.compile(rf"(?<![\d.,]){re.escape(number)}(?!\d)")
        found = [m.end() for m in alone.finditer(lowered)]
        claimed_at = [m.end() for m in alone.finditer(claimed)]
        if found and claimed_at and all(rated(lowered, at) for at in found) \
                and not any(rated(claimed, at) for at in claimed_at):
            return True
    return False


_RATE_REACH = 30
"""Characters after a number within which a rate phrase makes it a rate."""


def _parties_swapped(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's) writes the claim's word of a pair of
    converses (below, sold) with the party the claim names before it only
    after it: "Stanholm finished …, three places below Marlow Bay" does not
    say "Marlow Bay finished below Stanholm"."""
    lowered, claimed = text.lower(), claim.text.lower()
    for word in _converse_words(claimed):
        doers = _doers(claim, word)
        # (And the party after it in the claim stands before it in TEXT: the
        # two changed places. Not "April and May rainfall was 40 per cent
        # below normal" against "rainfall 40 per cent below normal in April
        # and May".)
        at = claimed.find(word)
        others = [name for start, _, name in _party_names(claim, claimed) if start > at]
        said = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", lowered)]
        if doers and others and said:
            places = _party_places(doers[-1], lowered, "")
            theirs = _party_places(others[0], lowered, "")
            if places and all(p > max(said) for p, _ in places) \
                    and theirs and any(p < min(said) for p, _ in theirs):
                return True
    return False


def _converse_words(text: str) -> list[str]:
    """The English words of TEXT (lower case) that stand on a side of a pair
    of converses."""
    return [w for w in dict.fromkeys(LATIN_WORD.findall(text)) if _is_converse_word(w)]


@cache
def _is_converse_word(word: str) -> bool:
    """Whether WORD stands on a side of a pair of opposites whose parties may
    swap: the converses (bought, sold) and a standing (above, below)."""
    rules = grammar("en")
    return any(word in side for name, *sides in rules.opposites
               if name in rules.converses or name == "standing" for side in sides)


def _doers(claim: OpenClaim, word: str) -> list[str]:
    """The parties the claim names before WORD, its word of a pair of
    converses. (Without one, "revenue came in above forecasts", the other
    side refutes it as any opposite does.)"""
    claim_text = claim.text.lower()
    at = claim_text.find(word.lower())
    return [name for start, _, name in _party_names(claim, claim_text) if start < at]


def _prefixed_otherwise(claim: OpenClaim, text: str) -> bool:
    """Whether a Chinese word of the claim stands in TEXT (a passage's,
    normalised) only after a prefix making another noun of it, one the claim
    does not write before it: 非 of "非电离辐射" (non-ionising) does not say
    "电离辐射"."""
    for unit in claim.units:
        form = unit.surface
        places = _starts(form, text) if CJK_RUN.fullmatch(form) else []
        if places and all(at > 0 and is_prefix(text, at - 1) for at in places) \
                and not any(at > 0 and claim.text[at - 1] == text[places[0] - 1]
                            for at in _starts(form, claim.text)):
            return True
    return False


def _head_of_a_longer_name(claim: OpenClaim, texts: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a Chinese word of the claim stands in TEXTS (a passage's and
    the sentences before it, normalised) only at the head of a longer name of
    a kind (a name of its own, then a word of ``name_kinds``) that the claim
    does not write: 嫩原县 of "嫩原县丰禾农机
    合作社……该社去年大豆平均亩产182公斤" names the cooperative, whose figures
    are not the county's."""
    from checker.language.vocabulary import is_common_word

    kinds = frozenset(lexicon.grammar("zh").name_kinds)
    for unit in claim.units:
        form = unit.surface
        # (A name: a word with a common sense, 企图 of "……真实企图新疆维吾尔自治区
        # 人民政府……", heads no name.)
        if len(form) < 2 or unit.measure or not CJK_RUN.fullmatch(form) \
                or is_common_word(form):
            continue
        spots = [(text, at) for text in texts for at in _starts(form, text)]
        if spots and all(_name_runs_on(text, at + len(form), kinds) for text, at in spots) \
                and not any(_name_runs_on(claim.text, at + len(form), kinds)
                            for at in _starts(form, claim.text)):
            return True
    return False


# jieba's tags of names: persons, places, organisations, other proper nouns.
_PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})


def _name_runs_on(text: str, end: int, kinds: frozenset[str]) -> bool:
    """Whether the Chinese words of TEXT after END, up to three, go on to a
    word of KINDS (合作社, 集团), one of them a name of its own: tagged one,
    and no dictionary gives it a common sense (丰禾; not 卫生防护 of 特区卫生
    防护中心, a body of the place, which speaks for it)."""
    from checker.language.vocabulary import is_common_word

    run = CJK_RUN.match(text, end)
    if run is None:
        return False
    own = False
    bodies = tuple(grammar("zh").place_bodies)
    for word, tag in tagged_words(run.group())[:4]:
        if word.endswith(bodies):
            return False   # (the place's own body: 西云省道路交通安全委员会)
        if word in kinds or any(word.endswith(k) and len(word) > len(k) for k in kinds):
            return own
        if not (tag.startswith("n") or len(word) > 1 and tag not in _NOT_NAME_TAGS) \
                or tag.startswith("v") and tag != "vn":
            return False
        own = own or len(word) > 1 and tag in _PROPER_TAGS and not is_common_word(word)
    return False


def figure_of_another_opening_name(claim: OpenClaim, text: str, at: int,
                                   lexicon: Lexicon) -> bool:
    """Whether the figure at AT of TEXT (a passage's, normalised) stands in a
    clause about another organisation than the claim's: its own clause, or
    one before it in its sentence that it goes on from (clauses naming none
    of the claim's names), opens with a Chinese name of a kind (苍湾港务有限
    公司) while the claim's name stands elsewhere in TEXT: in "溪源港务集团利润
    总额8.9亿元，苍湾港务有限公司利润总额3.2亿元，同比增长18%" 18% is 苍湾's."""
    if at < 0 or not CJK_RUN.search(text):
        return False
    lowered = text.lower()
    spots = _claim_name_spans(claim, text, lowered, lexicon)
    if not spots:
        return False
    kinds = tuple(lexicon.grammar("zh").name_kinds)
    clauses = split_clauses(lowered)
    opened = max(lowered.rfind(mark, 0, at) for mark in _SENTENCE_ENDS) + 1
    for i in range(clause_index(clauses, at), -1, -1):
        start, end = clauses[i]
        end = min(end, at)
        if end <= opened:
            break
        if any(start <= spot < end for spot, _ in spots):
            return False
        if _opening_kind_name(text, max(start, opened), end, kinds):
            return True
    return False


def _claim_name_spans(claim: OpenClaim, text: str, lowered: str,
                      lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where TEXT writes the claim's names: its Chinese names of a kind, its
    entities and names (by a reading too: "Xiyuan Port Group" in 溪源港务集团)."""
    spans = [(at, at + len(name)) for name in kind_names(claim, lexicon)
             for at in _starts(name.lower(), lowered)]
    return spans + [span for u in claim.units if u.entity or u.name or u.person
                    for span in _unit_extents(u, text, lowered)]


def _opening_kind_name(text: str, start: int, end: int, kinds: tuple[str, ...]) -> bool:
    """Whether TEXT[START:END] opens (after a word of time) with a Chinese
    name of a kind: nouns, one of them at least no common word, up to a word
    of KINDS or one ending with it (苍湾|港务|有限公司)."""
    from checker.language.vocabulary import is_common_word

    run = CJK_RUN.search(text, start, end)
    if run is None or text[start:run.start()].strip(" ,\uff0c0123456789."):
        return False
    words = list(tagged_words(run.group()))
    if words and words[0][1] in ("t", "m"):
        words = words[1:]
    # (Not the whole place's: 全澳酒店, 全省医院 are all of them.)
    pointers = tuple(grammar("zh").place_pointers)
    if words and (words[0][0].startswith(pointers) or words[0][0][:1] in {p[0] for p in pointers}):
        return False
    own = False
    for word, tag in words[:4]:
        if own and (word in kinds or word.endswith(kinds)):
            return True
        if not (tag.startswith("n") or tag in ("vn", "j")) or tag == "nr":
            return False
        own = own or not is_common_word(word)
    return False


def _prefix_dropped(claim: OpenClaim, text: str) -> bool:
    """Whether a word the claim writes with a prefix (非私营单位: "non-private
    units") stands in TEXT (a passage's, lower case) only without it: the
    passage speaks of the others (私营单位), whose figure refutes nothing."""
    return any(unit.whole and len(unit.surface) > 2 and is_prefix(unit.surface, 0)
               and unit.surface not in text and unit.surface[1:] in text
               for unit in claim.units)


def _sibling_named(missing: Sequence[Unit], here: Side, lexicon: Lexicon) -> bool:
    """Whether a Chinese word of three characters the passage (HERE) lacks
    has a sibling there, a word with its first and last characters and
    another between them: "岷东省……增长8.3%" says nothing of 岷西省, whatever
    sentence before it names both. (Not a word of two: a noun ending as
    another does is as often a word for the same, 经费 for 费用.) Nor a word
    of four or more the passage writes with a character more inside it
    (外贸进出口 for 外贸出口), unless the character makes it a total (粮食总产量
    for 粮食产量: ``total_infixes``) and the passage holds the claim's other
    words itself: "……百强房企销售总额同比下降约28%" says nothing of 华承集团's
    销售额, whatever sentence before it names the company."""
    return any(len(u.surface) == 3 and CJK_RUN.fullmatch(u.surface)
               and unit_share(u, here, lexicon) == 0.0
               and any(m.group() != u.surface for m in _sibling_re(u.surface).finditer(here.text))
               or len(u.surface) >= 4 and CJK_RUN.fullmatch(u.surface)
               and unit_share(u, here, lexicon) < 1.0 and _widened_re(u.surface).search(here.text)
               and not (len(missing) == 1 and _total_infixed_re(u.surface).search(here.text))
               for u in missing)


def _quoted_name_instead(claim: OpenClaim, missing: Sequence[Unit], here: Side,
                         lexicon: Lexicon) -> bool:
    """Whether the passage (HERE) writes a quoted name the claim lacks right
    before the word the claim writes after a Chinese word of its own the
    passage lacks: "“白沙口”断面……34毫克/升" is another section's figure than
    the claim's 柳湾桥断面."""
    lacking = [u.surface.lower() for u in missing
               if CJK_RUN.fullmatch(u.surface) and unit_share(u, here, lexicon) == 0.0] \
        if _QUOTATION.search(here.text) else []
    claimed = claim.text.lower()
    for quoted in _QUOTATION.finditer(here.text) if lacking else ():
        after = here.text[quoted.end():quoted.end() + 2]
        if len(after) < 2 or not CJK_RUN.fullmatch(after) or quoted.group()[1:-1] in claimed:
            continue
        for word in lacking:
            at = claimed.find(word) + len(word)
            if at >= len(word) and after in claimed[at:at + 2 + len(after)]:
                return True
    return False


def _closing_verb_missing(claim: OpenClaim, missing: Sequence[Unit]) -> bool:
    """Whether a Chinese claim of no figure closes with a verb the passage
    lacks: what it says happened is that verb. "……的点球被门将吴昊扑出" is not
    said by "……将球罚中横梁,门将吴昊随即……庆祝", which has its other words."""
    if claim.values or claim.numbers or not missing:
        return False
    closing = claim.text.lower().rstrip(" \u3002.!\uff01")
    lacking = [u for u in missing if CJK_RUN.fullmatch(u.surface) and u.weight > 0
               and not (u.name or u.entity or u.measure)]
    # (The segmenter may cut the verb in characters: 扑|出.)
    verb = ""
    while unit := next((u for u in lacking if closing.endswith(u.surface.lower())), None):
        verb = unit.surface + verb
        closing = closing[:-len(unit.surface)]
    return len(verb) >= 2 and all(tag == "v" for _, tag in tagged_words(verb))


@lru_cache(maxsize=4096)
def _widened_re(word: str) -> re.Pattern[str]:
    """WORD with one Chinese character more inside it: 外贸进出口 (imports and
    exports) for 外贸出口, another thing."""
    return re.compile("|".join(f"{re.escape(word[:k])}[\u4e00-\u9fff]{re.escape(word[k:])}"
                               for k in range(2, len(word) - 1)))


@lru_cache(maxsize=4096)
def _sibling_re(word: str) -> re.Pattern[str]:
    return re.compile(f"{re.escape(word[0])}[\u4e00-\u9fff]{re.escape(word[-1])}")


def _borrowed_place_rivalled(claim: OpenClaim, analysis: Analysis, here: Side,
                             lexicon: Lexicon) -> bool:
    """Whether a Chinese place of the claim (a word ending with a place's kind
    character: 西岭区) stands only in the sentences around the passage, while
    the passage names another place of that kind (东湖区……死亡人数由17人降至9人
    after "在东湖区和西岭区……推行区间测速"): the passage's figures are the other
    place's."""
    from checker.language.vocabulary import is_common_word

    kinds = {w[-1] for w in lexicon.grammar("zh").place_pointers}
    for unit in claim.units:
        word = unit.surface
        # (The segmenter may cut the kind off: 西岭|区.)
        at = claim.text.find(word)
        if word[-1:] not in kinds and at >= 0 and claim.text[at + len(word):][:1] in kinds:
            word = claim.text[at:at + len(word) + 1]
        if len(word) < 3 or word[-1] not in kinds or not CJK_RUN.fullmatch(word) \
                or word[:-1] in analysis.text:
            continue
        rivals = [m.group() for m in re.finditer(rf"[\u3400-\u9fff]{{2,3}}{re.escape(word[-1])}",
                                                 analysis.text)]
        # (A name: its words tagged as one, 东湖|区; not 年全|县 of "2023年全县".)
        if any(r != word and not r.endswith(word) and not is_common_word(r[-2:])
               and not is_common_word(r) and all(tag in _PROPER_TAGS for _, tag in tagged_words(r[:-1]))
               for r in rivals):
            return True
    return False


def _kind_rival(word: str, text: str) -> bool:
    """Whether TEXT writes another word ending as WORD does (红隧 for 西隧)."""
    return any(text[at - 1:at + 1] != word[-2:] and CJK_RUN.match(text[at - 1])
               for at in _starts(word[-1], text) if at > 0)


def _all_borrowed(claim: OpenClaim, analysis: Analysis, here: Side, lexicon: Lexicon) -> bool:
    """Whether the passage would take both the claim's subject and its
    figures from the sentence before, holding neither itself: each may be
    lent ("It employs 3,500 people"; "Lincoln was elected in 1860. He was
    assassinated in 1865."), not both, or any sentence with the claim's
    verb ("The population grew last year.") would state "Unemployment in
    Vestria rose to 4.1 percent" after a sentence giving 4.1%."""
    if not claim.values or not any(unit_share(u, here, lexicon) < 1.0
                                   for u in leading_names(claim)):
        return False
    own, _ = _values(claim, analysis, (), lexicon)
    return not own


def _denied_generally(claim: OpenClaim, passage: Passage, analysis: Analysis, here: Side,
                      before: Sequence[Analysis], lexicon: Lexicon) -> Stance | None:
    """A contradiction by a passage that calls false what the claim says
    without its closing adjunct: "rumours that the Ferris Dam had failed
    were untrue" refutes "The Ferris Dam failed during the storm" a
    fortiori. Not where the passage dates it otherwise, and weaker than a
    denial of the claim whole."""
    if claim.denies or not claim.cues(analysis.text, "denial"):
        return None
    general = _without_adjunct(claim)
    if general is claim or core_coverage(general, here, lexicon) < DENIAL_COVERAGE:
        return None
    agreeing, _ = _values(claim, analysis, before[:1], lexicon)
    if any(v.kind == "date" and v not in agreeing for v in claim.values) \
            and any(v.kind == "date" for v in analysis.values):
        return None
    # (Nor where it calls false another figure than the claim's: "今年考研报名
    # 人数将突破500万" against 4.02 million.)
    said, _ = _values(general, analysis, before[:1], lexicon)
    if any(v.kind in NUMERIC_KINDS and v not in said for v in general.values):
        return None
    full = _with_context(general, here, before[:NEIGHBOURS], lexicon)[0]
    denial = _scoped_denials(general, analysis.text, lexicon)
    if not denial or full < DENIAL_COVERAGE or any(
            (u.name or u.entity) and _absent(u, here, before, lexicon) for u in general.units):
        return None   # (every name of it there: "the Kelso Dam" says nothing of a bridge)
    return Stance(passage, Bearing.CONTRADICTS, 0.4 + 0.3 * full,
                  f"the source calls false what the claim says and more ({denial[0][2]}), "
                  f"{passage.source}:{passage.line}", strong=False)


REVERSE_DENIAL_COVERAGE = 0.8
"""Share of what a denial calls false that the claim must say, for the
denial to refute a claim saying that and more (``_denied_within``)."""
WITHIN_DENIAL_COVERAGE = 0.35
"""Share of the claim that what the denial calls false must hold."""
_DENIAL_FRAME_KINDS = ("denial", "report", "reported_things", "speech_verbs", "evidence",
                       "verdict_subjects", "message_nouns", "anonymous_sources",
                       "statement_words", "absence", "unsettled", "dispute", "topic_markers")
"""Cue words of a denial's clause that are no part of what it calls false."""


def _denied_within(claim: OpenClaim, passage: Passage, analysis: Analysis,
                   lexicon: Lexicon) -> Stance | None:
    """A contradiction by a passage that calls false something the claim
    says together with more: what its denial's clause calls false, less the
    words of the denial and the report ("关于全省中学暑假提前的网传消息并不
    属实", "the claim that lemon water kills the flu virus is not supported
    by evidence"), is nearly all said by the claim ("2024年起全省中学暑假统一
    提前到6月1日", "Lemon water with green tea kills the flu virus"), stating
    no figure the claim does not. Weaker than a denial of the claim whole."""
    if claim.denies or claim.negated:
        return None
    text = analysis.text.lower()
    clauses = split_clauses(text)
    claimed = side_of_text(claim.text.lower())
    for start, end, surface in denials(claim, analysis.text):
        first, last = clauses[clause_index(clauses, start)]
        said = _that_clause(text, end) if claim.cues(surface, "evidence") else None
        scope = said if said is not None else text[first:last]
        # (Not who says it is false: "Doctors say the claim that …".)
        spoken = [stop for _, stop, _ in claim.cues(scope, "speech_verbs")
                  if stop <= start - first]
        scope = scope[max(spoken, default=0):]
        for kind in _DENIAL_FRAME_KINDS:
            for at, stop, _ in sorted(claim.cues(scope, kind), reverse=True):
                scope = scope[:at] + " " + scope[stop:]
        if _bare_verdict(scope):
            continue   # (a verdict pointing back: "这是谣言")
        denied = _read_denied(scope, lexicon)
        said = coverage(denied, [claimed], lexicon)[0]
        if len(denied.units) < 2 or said < REVERSE_DENIAL_COVERAGE:
            continue
        if coverage(claim, [side_of_text(scope)], lexicon)[0] < WITHIN_DENIAL_COVERAGE:
            continue
        stated = _parsed_values(scope)
        if any((v.kind in NUMERIC_KINDS or v.kind == "date")
               and not compare.agrees_with_any(v, claim.values) for v in stated):
            continue   # (it calls false another figure or date than the claim's)
        return Stance(passage, Bearing.CONTRADICTS, 0.3 + 0.2 * said,
                      f"the source calls false part of what the claim says ({surface}), "
                      f"{passage.source}:{passage.line}", strong=False)
    return None


def _read_denied(text: str, lexicon: Lexicon) -> OpenClaim:
    """TEXT (what a denial calls false) read into words as a claim is, each
    of one weight."""
    read = read_open_claim(text, analyse(text, lexicon)[0], lexicon, lambda _: 1, 100)
    # (A character left of a cue word, 并 of 并不属实, is none.)
    return replace(read, units=tuple(u for u in read.units
                                     if not (len(u.surface) == 1 and CJK_RUN.match(u.surface))))


def _setting_before(claim: OpenClaim, here: Side, before: Sequence[Analysis],
                    lexicon: Lexicon) -> list[Unit]:
    """The words of the claim's closing prepositional phrase (``_without_adjunct``:
    "in the floods", "during the storm") that the passage lacks and the
    sentence before it holds, every one of them; else []."""
    if not before or claim.values and not _BARE_NUMBER.search(here.text):
        return []   # (nor to a passage borrowing the claim's figure too)
    general = _without_adjunct(claim)
    if general is claim:
        return []
    kept = {id(u) for u in general.units}
    setting = [u for u in claim.units if id(u) not in kept]
    if len(setting) > _SETTING_WORDS:
        return []   # more than a setting: "in the placebo group withdrew because …"
    absent = [u for u in setting if unit_share(u, here, lexicon) < 1.0]
    if len(absent) < len(setting) and _setting_modified_otherwise(claim, setting, absent, here):
        # The passage gives a setting of its own, one of the claim's words
        # after another: "in its third weekend" against "in its opening weekend".
        return []
    previous = [side(b) for b in before]
    if absent and all(any(unit_share(u, p, lexicon) == 1.0 for p in previous) for u in absent):
        return absent
    return []


def _setting_modified_otherwise(claim: OpenClaim, setting: Sequence[Unit],
                                absent: Sequence[Unit], here: Side) -> bool:
    """Whether a word of the claim's SETTING that the passage holds stands
    there after a content word the claim lacks ("fourth" of "its fourth
    weekend"), while another word of the setting is ABSENT from it."""
    text = here.text.lower()
    claimed = claim.text.lower()
    for unit in setting:
        if unit in absent:
            continue
        for form in unit.forms:
            at = text.find(form.lower())
            modifier = modifier_before(text, at) if at > 0 else ""
            if modifier and modifier not in claimed:
                return True
    return False


_SETTING_WORDS = 2
"""Words a closing phrase may hold to be a setting the sentence before may state."""


def _without_units(claim: OpenClaim, units: Sequence[Unit]) -> OpenClaim:
    dropped = {id(u) for u in units}
    return replace(claim, units=tuple(u for u in claim.units if id(u) not in dropped))


def _without_adjunct(claim: OpenClaim) -> OpenClaim:
    """CLAIM without the words of its closing prepositional phrase ("during
    the storm", "in Ohio"'s words but names), when words are left before
    it; CLAIM itself when it has none (English: the grammar's prepositions
    of time and objects)."""
    english = grammar("en")
    words = {*english.before_period, *english.object_prepositions}
    lowered = claim.text.lower()
    starts = [m.start() for m in LATIN_WORD.finditer(lowered) if m.group() in words]
    if not starts:
        return claim
    cut = starts[-1]
    kept = tuple(u for u in claim.units if u.name or u.entity or u.person or u.month
                 or lowered.find(u.surface.lower()) < cut)
    # (Words said before it besides names and dates: a claim opening "On
    # November 19" has no closing phrase to drop.)
    said = [u for u in kept if not (u.name or u.entity or u.person or u.month)]
    return replace(claim, units=kept) if said and len(kept) < len(claim.units) else claim


def _opposite_aside(claim: OpenClaim, here: Side, lexicon: Lexicon) -> bool:
    """Whether the passage (HERE) says the opposite of a word of the claim
    and, that word aside, holds what the claim says of its subject: "fell to
    4.1 percent" against "Unemployment rose to 4.1 percent", whose only word
    besides its names is the one reversed."""
    found = opposed(claim.text, here.text)
    if not found:
        return False
    rest = _without_word(claim, found[0])
    return bool(rest.units) and len(rest.units) < len(claim.units) \
        and core_coverage(rest, here, lexicon) >= MIN_BEARING_COVERAGE


def _other_alternative_denied(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether the passage's negated clause denies another alternative than
    the claim's (it holds a word of its own), which a clause beside it
    affirms: "该影片实为在花莲县拍摄的旧影片, 并非在大坑地区拍摄" affirms
    "影片是在花莲拍摄的" (the claim's 花莲 stands beside, with the verb the
    negated clause shares with the claim); "青禾科技在北京成立, 并非在上海成立"
    still denies "青禾科技在上海成立"."""
    lowered = analysis.text.lower()
    clauses = split_clauses(lowered)
    first = _first_unit(claim)
    words = [u for u in claim.units if u.weight > 0 and not (u.entity or u.person)]
    sides = [side_of_text(lowered[slice(*c)]) for c in clauses]
    negated = [i for i, (start, end) in enumerate(clauses)
               if scoped_cue(claim, lowered[start:end], "negation")]
    # The negation word itself is no word of the clause's own.
    blanked = list(analysis.text)
    for start, end, _ in claim.cues(lowered, "negation"):
        blanked[start:end] = " " * (end - start)
    unnegated = replace(analysis, text="".join(blanked))
    for i in negated:
        held = [u for u in words if unit_share(u, sides[i], lexicon) == 1.0]
        # (Not the claim's subject, which a negated clause need not repeat.)
        lacking = [u for u in words if u not in held and u is not first]
        if not lacking or not held or not _has_own_word(claim, unnegated, clauses[i], lexicon):
            return False
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(clauses) and j not in negated
                  and not claim.cues(lowered[slice(*clauses[j])], "negation")]
        if not any(any(unit_share(u, sides[j], lexicon) == 1.0 for u in lacking)
                   and any(unit_share(u, sides[j], lexicon) == 1.0 for u in held)
                   for j in beside):
            return False
    return bool(negated)


def _negation_apart(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT says the word a negated claim negates in a clause that
    negates something itself ("found no increase in the risk" against "has
    not been found to raise the risk"), or says it of something else, in a
    clause that a contrast conjunction parts from the claim's other words
    ("found Aske guilty of fraud but acquitted him of money laundering"
    against "not guilty of money laundering")."""
    negated = [claim.units[i] for i in claim.negated_units]
    if not negated:
        return False
    lowered = text.lower()
    cuts = _word_cuts(lowered, ("contrast_conjunctions",))
    clauses = _cut(lowered, cuts)
    sides = [side_of_text(lowered[first:last]) for first, last in clauses]
    holding = [i for i, here in enumerate(sides)
               if any(unit_share(u, here, lexicon) == 1.0 for u in negated)]
    # (A Chinese passage writing the claim's own negation word in the sentence
    # of its words negates them in another order: "成为“中国的OpenAI”……,不再作为一种
    # 定位或目标,被中国厂商们频频提起" for "……已不再频频把成为……当作……目标".)
    claimed = {cue for _, _, cue in claim.cues(claim.text.lower(), "negation")
               if CJK_RUN.fullmatch(cue) and len(cue) > 1}
    if claimed and holding and claimed & {cue for _, _, cue in claim.cues(lowered, "negation")}:
        return True
    for i in holding:
        clause = lowered[slice(*clauses[i])]
        places = [at for u in negated for f in u.forms if f for at in _starts(f, clause)]
        places += [m.start() for m in LATIN_WORD.finditer(clause)
                   if stem(m.group()) in {s for u in negated for s in u.stems}]
        # Before the word or right after it ("found no increase").
        if any(_near(clause[end:at] if end <= at else clause[at:start])
               for start, end, _ in claim.cues(clause, "negation") for at in places):
            return True
    words = [u for u in claim.units if u.weight > 0 and not (u.name or u.entity or u.person)]
    for i in holding:
        lacking = [u for u in words if unit_share(u, sides[i], lexicon) < 1.0]
        if not lacking:
            return False
        # The clause right before or after it, across the contrast word.
        parted = [j for j in (i - 1, i + 1) if 0 <= j < len(clauses)
                  and max(clauses[i][0], clauses[j][0]) in cuts]
        if not any(all(unit_share(u, sides[j], lexicon) == 1.0 for u in lacking)
                   for j in parted):
            return False
    return bool(holding)


def _near(gap: str) -> bool:
    """Whether GAP, between a negation and a word, is short: a few words
    ("no increase in the risk"), wider than a negation's own reach."""
    return len(LATIN_WORD.findall(gap)) <= NEAR_WORDS \
        and sum(len(r) for r in CJK_RUN.findall(gap)) <= NEAR_CJK


def _without_word(claim: OpenClaim, word: str) -> OpenClaim:
    """CLAIM without the units that hold WORD (the one a passage reverses)."""
    return replace(claim, units=tuple(u for u in claim.units if word not in u.surface.lower()))


def segment_apart(claim: OpenClaim, analysis: Analysis, at: int, lexicon: Lexicon) -> bool:
    """Whether the passage's figure at AT stands in one of its parts between
    semicolons that lacks a word of the claim (but its subject's names) that
    another part holds, and that has a word of its own: in "其中网上购物骗案
    8,216宗,……;投资骗案4,105宗,但涉款达17.2亿元" 17.2亿元 is the investment
    frauds', not the online-shopping ones'. The word must name which of
    several things the claim's compound is (网上购物|骗案) where the part gives
    its head (骗案) too. Parts a semicolon separates are facts of their own,
    whatever kinds of figure they hold."""
    text = analysis.text.lower()
    cuts = [m.end() for m in SEMICOLON.finditer(text)]
    if at < 0 or not cuts:
        return False
    bounds = [0, *cuts, len(text)]
    parts = list(pairwise(bounds))
    own = next((i for i, (start, end) in enumerate(parts) if start <= at < end), len(parts) - 1)
    own_text = text[slice(*parts[own])]
    here = side_of_text(own_text)
    others = [side_of_text(text[start:end]) for i, (start, end) in enumerate(parts) if i != own]
    claimed = claim.text.lower()
    words = [u for u in claim.units if u.weight > 0 and not u.entity and not u.measure
             and len(u.surface) > 1]
    # (A head of two characters or more: 占 of "企业占一半" is a verb.)
    heads = {u.surface.lower(): h.surface.lower() for u in words for h in claim.units
             if CJK_RUN.fullmatch(u.surface + h.surface) and len(h.surface) > 1
             and claimed.find(u.surface.lower() + h.surface.lower()) >= 0}
    # Only a word naming which of several things (网上购物 of 网上购物|骗案, where
    # the part has 投资骗案), not the sentence's subject stated once before
    # (whose words the claim opens with, unless they modify a head the part
    # has: 霞湾 of "霞湾网上购物骗案……", not 网上|购物).
    leading = {id(u) for u in (*leading_names(claim), *opening_run(claim))
               if heads.get(u.surface.lower(), "\0") not in own_text}
    # (An English word of a claim on a Chinese passage has no head written
    # after it there: "AI hardware accounted for 15.2% of …'s revenue", where
    # AI智能硬件 is another part's than the 15.2%.)
    # (Nor does a qualifier the claim gives its figure stand only in another
    # part, where the figure's part gives another of its group: "B+轮……融资
    # 金额为6亿元;……Pre-IPO轮……" is not the Pre-IPO round's amount.)
    groups = lexicon.qualifier_groups or {}
    rivals = {groups.get(m.id) for m in analysis.mentions if m.kind == "qualifier"
              and parts[own][0] <= m.start < parts[own][1]}
    taken = [u for u in words if id(u) not in leading and unit_share(u, here, lexicon) < 1.0
             and any(unit_share(u, other, lexicon) == 1.0 for other in others)
             and (heads.get(u.surface.lower(), "\0") in own_text
                  or LATIN_WORD.fullmatch(u.surface) and CJK_RUN.search(own_text)
                  or u.qualifier and groups.get(u.qualifier) in rivals)]
    return bool(taken) and _has_own_word(claim, analysis, parts[own], lexicon)


def said_across_segments(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether the claim stands in the passage only across parts a semicolon
    separates, none holding nearly all of it (``SUPPORT_COVERAGE`` of its
    weight, with what none holds, as lent from the sentence before): in
    "全年合併營收412.5億元,年增9.8%,創歷史新高;稅後純益38.6億元,年減3.1%" the
    record is the revenue's, not the net profit's (``segment_apart``: such
    parts are facts of their own); or a figure or a measure of it stands
    only in another part than the one saying most of it. A part with a word
    pointing back ("…; 1,500 died when it sank") has the words of the parts
    before it."""
    text = analysis.text.lower()
    cuts = [m.end() for m in SEMICOLON.finditer(text)]
    if not cuts:
        return False   # (most passages)
    words = [u for u in claim.units if u.weight > 0]
    spans = list(pairwise([0, *cuts, len(text)]))
    held, shares = _part_shares(claim, analysis, spans, lexicon)
    if not shares:
        return False
    if max(shares) < SUPPORT_COVERAGE:
        return True
    anywhere = set().union(*held)
    # A figure of the claim stated only in another part than the one saying
    # the rest is that part's fact ("快递业务量完成1586亿件,同比增长19.4%;快递
    # 业务收入1.37万亿元,同比增长13.2%": 13.2% is not the parcels' growth).
    best = {i for i, share in enumerate(shares) if share == max(shares)}
    # The subject the claim opens with, lacking where a sibling of it opens
    # the part saying the rest ("……烟税为389亿元，酒税为223亿元;酒税年增2.3%,
    # 是……唯一成长的项目"), is not that part's.
    opening = [u for u in opening_run(claim) if u.weight > 0]
    if opening and all(any(id(u) not in held[i] for u in opening)
                       and _opens_with_sibling(claim, text[slice(*spans[i])]) for i in best):
        return True
    # So is a measure of it stated only in another part than one with a
    # measure of its own (净利润 there, 营收 here: "营收86.2亿元,……,创历史新高;
    # 净利润7.9亿元").
    for unit in (u for u in words if u.measure and id(u) in anywhere):
        if all(id(unit) not in held[i] and any(
                m.kind == "measure" and spans[i][0] <= m.start < spans[i][1]
                and m.id in lexicon.measures and not lexicon.measures_related(unit.measure, m.id)
                for m in analysis.mentions) for i in best):
            return True
    for value in claim.values:
        if value.kind not in NUMERIC_KINDS:
            continue
        parts = {i for i, (start, end) in enumerate(spans) for stated in analysis.values
                 if start <= stated.start < end and compare.comparable(value, stated)
                 and compare.relation(value, stated) == "agree"}
        if parts and not parts & best:
            return True
    # So is a name of it stated only in another part ("完成由礼来亚洲基金领投的
    # C轮融资……;……完成由淡马锡领投的Pre-IPO轮融资": 淡马锡 led no C round), but
    # for the subject the claim opens with, which the sentence names once; and
    # a qualifier ("完成由深创投领投的A轮融资;……完成B轮融资": 深创投 led no B
    # round).
    opening = {id(u) for u in (*leading_names(claim), *opening_run(claim))}
    return any((u.name or u.entity or u.person or u.qualifier or _proper_noun(u.surface))
               and id(u) in anywhere and id(u) not in opening
               and all(id(u) not in held[i] for i in best) for u in words)


def _proper_noun(word: str) -> bool:
    """Whether the segmenter tags the Chinese WORD, whole, a name (of a
    person, place, organisation or thing: 淡马锡, 腾讯)."""
    if not CJK_RUN.fullmatch(word):
        return False
    tagged = tagged_words(word)
    return len(tagged) == 1 and tagged[0][1] in ("nr", "ns", "nt", "nz")


def _part_shares(claim: OpenClaim, analysis: Analysis, spans: Sequence[tuple[int, int]],
                 lexicon: Lexicon) -> tuple[list[set[int]], list[float]]:
    """For each part (SPANS) of the passage: the ids of the claim's words it
    holds, and their share of the claim's weight, a word no part holds
    counting for each (it may be lent from the sentence before); no shares
    for a claim of no weight. The subject the claim opens with, stated once
    where the sentence opens, is each part's ("2024年澜港完成货物吞吐量……;集装箱
    吞吐量……"); a part with a word pointing back has the words of the parts
    before it."""
    text = analysis.text.lower()
    words = [u for u in claim.units if u.weight > 0]
    held = [{id(u) for u in words if unit_share(u, side_of_text(text[start:end]), lexicon) == 1.0}
            for start, end in spans]
    anywhere = set().union(*held)
    topic = held[0] & {id(u) for u in (*leading_names(claim), *opening_run(claim))}
    openers = set(grammar("en").referring_openers)
    for i, (start, end) in enumerate(spans):
        part = text[start:end]
        # (So does a Chinese part naming no subject before its verb: "……纷纷
        # 押注;次月又完成A轮融资,吸引蓝海创投参与".)
        if i and (openers & {w.lower() for w in LATIN_WORD.findall(part)}
                  or any(w in part for w in grammar("zh").referring_openers)
                  or _opens_without_subject(part)):
            held[i] |= set().union(*held[:i])
        # (Not into a part naming a subject of its own: "郝某被判处……;苗某被
        # 判处……,缓刑二年" gives the probation to 苗某.)
        if not (i and (names_another(claim, part, lexicon, persons=True)
                       or _opens_with_sibling(claim, part))):
            held[i] |= topic
    total = sum(u.weight for u in words)
    if not total:
        return held, []
    return held, [sum(u.weight for u in words if id(u) in h or id(u) not in anywhere) / total
                  for h in held]


def _opens_with_sibling(claim: OpenClaim, part: str) -> bool:
    """Whether the Chinese PART opens, before its verb, with a word of the
    kind of the claim's opening word that is not it, the two ending alike
    (酒税 for 烟税: "……其中烟税为389亿元，酒税为223亿元;酒税年增2.3%,是……唯一
    成长的项目" says that of the liquor tax)."""
    heads = {u.surface[-1] for u in opening_run(claim) if len(u.surface) > 1}
    if not heads or not CJK_RUN.search(part):
        return False
    claimed = {u.surface.lower() for u in claim.units}
    # (A word pointing at the claim's place, 全市 for 溪岳市, is no sibling.)
    pointers = set(grammar("zh").place_pointers)
    return any(len(word) > 1 and word[-1] in heads and word not in claimed
               and word not in pointers
               for word, _ in _before_verb(part.lstrip(" ,，;；")))


def _figure_of_sibling_part(claim: OpenClaim, analysis: Analysis,
                            agreeing: Sequence[Value]) -> bool:
    """Whether a figure of the claim stands in the passage only in parts
    between semicolons that open with another name made of the claim's
    opening name and an inserted character (``_opens_with_inserted``): "鹿鸣站发送旅客1280万人次，同比增长4.9%；鹿鸣南站发送旅客
    2460万人次，同比增长15.2%" gives 鹿鸣站 no growth of 15.2%."""
    text = analysis.text
    cuts = [m.end() for m in SEMICOLON.finditer(text)]
    if not cuts or not CJK_RUN.search(text):
        return False
    parts = list(pairwise([0, *cuts, len(text)]))
    spots: dict[int, list[int]] = {}
    for value, stated in _agreeing_pairs(agreeing, analysis):
        if value.kind in NUMERIC_KINDS:
            spots.setdefault(id(value), []).append(stated.start)
    return any(places and all(_opens_with_inserted(claim, text[slice(*parts[clause_index(parts, at)])])
                              for at in places) for places in spots.values())


def _opens_with_inserted(claim: OpenClaim, part: str) -> bool:
    """Whether the Chinese PART opens with the claim's opening name and a
    word inserted before the character that follows it in the claim: 鹿鸣南站
    for 鹿鸣站 (the segmenter cuts both after 鹿鸣), another station."""
    run = opening_run(claim)
    if not run or not CJK_RUN.fullmatch(run[0].surface):
        return False
    name = run[0].surface
    at = claim.text.find(name)
    follows = claim.text[at + len(name):at + len(name) + 1] if at >= 0 else ""
    opened = part.lstrip(" ,，;；")
    where = opened.find(name)
    if not follows or not CJK_RUN.fullmatch(follows) or not 0 <= where <= _SIBLING_REACH:
        return False
    after = opened[where + len(name):where + len(name) + 3]
    if after.startswith(follows) or follows not in after[1:]:
        return False
    # (A word of the sentence is no part of a name: 澄阳市共接待 is 澄阳市's.)
    inserted = after[:after.index(follows, 1)]
    zh = grammar("zh")
    return not (inserted in (*zh.total_words, *zh.total_infixes) or all(
        ch in zh.function_characters or ch in zh.clitic_characters for ch in inserted))


_SIBLING_REACH = 6
"""Characters a part may open with before the name (a date, a marker)."""


def _said_across_contrast(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether the claim stands in the passage only across a contrast, the
    clause a concessive conjunction opens and the rest, neither holding nearly
    all of it: "The ice is predominantly first-year ice, although thicker
    multi-year floes drift in" does not say the ice is mostly multi-year.
    (A claim contrasting two things itself is said across one.)"""
    text = analysis.text.lower()
    if claim.cues(claim.text, "concessives"):
        return False
    clauses = split_clauses(text)
    cuts = sorted({first for start, _, _ in claim.cues(text, "concessives")
                   for first, _ in clauses[clause_index(clauses, start):][:1]
                   if first and text[first:start].strip() == ""})
    if not cuts:
        return False
    _, shares = _part_shares(claim, analysis, list(pairwise([0, *cuts, len(text)])), lexicon)
    return bool(shares) and max(shares) < SUPPORT_COVERAGE


def measured_across_contrast(claim: OpenClaim, text: str, at: int,
                             values: Sequence[Value] | None = None) -> bool:
    """Whether a word of the claim stands in the passage only in clauses a
    contrast conjunction opens (``contrast_conjunctions``) that give no
    figure, apart from the figure at AT: in "The average sugar content … fell
    by 34% …, while the total volume of soft drinks purchased was unchanged"
    the 34% is not the volume's fall. (A clause giving a figure of its own,
    ", while BYD delivered 3 million", leaves out what it shares.)"""
    if at < 0:
        return False
    lowered = text.lower()
    cues = [start for start, _, _ in claim.cues(lowered, "contrast_conjunctions")
            if lowered[:start].rstrip().endswith((",", "\uff0c"))]
    if not cues:
        return False   # (most passages)
    clauses = split_clauses(lowered)
    own = clause_index(clauses, at)
    opened = {clause_index(clauses, start) for start in cues} - {own}
    figures = values if values is not None else parse_values(text)
    figureless = {i for i in opened
                  if not any(clause_index(clauses, v.start) == i for v in figures)}
    if not figureless:
        return False
    for unit in claim.units:
        if unit.weight <= 0 or unit.entity or unit.name or len(unit.surface) < 2:
            continue
        places = {clause_index(clauses, spot) for f in unit.forms if f
                  for spot in _starts(f.lower(), lowered)}
        if places and places <= figureless:
            return True
    return False


def _speaker_across_contrast(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether the claim's speaker (its words before a speech verb: "The CWA
    said …") stands in the passage only on the other side of a contrast
    (", but"; ``contrast_conjunctions``) from what the claim has it say:
    "Some television stations described Kirana as the strongest typhoon …,
    but a CWA forecaster said the data did not support that ranking"."""
    said = claim.cues(claim.text, "speech_verbs")
    if not said:
        return False
    lowered, claimed = text.lower(), claim.text.lower()
    speaker = [u for u in claim.units if 0 <= claimed.find(u.surface.lower()) < said[0][0]]
    rest = [u for u in claim.units if claimed.find(u.surface.lower()) >= said[0][1] and u.weight > 0]
    cuts = [start for start, _, _ in claim.cues(text, "contrast_conjunctions")
            if lowered[:start].rstrip().endswith((",", "\uff0c"))]
    if not speaker or not rest or not cuts:
        return False
    parts = [side_of_text(lowered[a:b]) for a, b in pairwise([0, *sorted(cuts), len(lowered)])]
    speaking = {i for i, p in enumerate(parts) if all(_holds(p, u, lexicon) for u in speaker)}
    if not speaking:
        return False
    shares = [sum(u.weight for u in rest if _holds(p, u, lexicon)) for p in parts]
    best = max(range(len(parts)), key=lambda i: shares[i])
    return best not in speaking and shares[best] >= SUPPORT_COVERAGE * sum(u.weight for u in rest)


def _rival_fact_apart(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value],
                      lexicon: Lexicon) -> bool:
    """Whether the passage's figure agreeing with the claim's first figure
    (not a date) is another fact's, whose clause holds words the claim says
    of that figure and a rival figure of its kind (``figure_apart``)."""
    pair = next(((v, s) for v, s in _agreeing_pairs(agreeing, analysis) if v.kind != "date"), None)
    return pair is not None and figure_apart(claim, analysis, pair[1].start, lexicon,
                                             pair[1].kind, pair[0])


def _predicate_modifies_other(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether what a claim says of its subject, besides its figures, stands
    in TEXT (a passage's, normalised) together in a phrase modifying a noun
    that is not its subject (``figure_modifies_other``): "总部位于青屿市的蓝湾
    动力" does not place 星岚汽车's head office."""
    subject = {id(u) for u in (leading_names(claim) or opening_run(claim))}
    words = [u for u in claim.units if id(u) not in subject and u.weight > 0
             and len(u.surface) > 1 and CJK_RUN.fullmatch(u.surface)]
    if not subject or not words:
        return False
    lowered = text.lower()
    spans = _first_spans(words, text, lowered)
    if spans is None:
        return False
    at, last = min(a for a, _ in spans), max(b for _, b in spans)
    return last - at <= _PREDICATE_CHARS and figure_modifies_other(claim, text, at, lexicon, last)


_PREDICATE_CHARS = 16
"""The most characters over which a claim's words, found together, are read
as one phrase of the passage."""


def _agreeing_pairs(agreeing: Sequence[Value], analysis: Analysis) -> list[tuple[Value, Value]]:
    """Each of the claim's AGREEING figures with each figure of the passage
    agreeing with it, in the claim's order."""
    return [(value, stated) for value in agreeing for stated in analysis.values
            if compare.comparable(value, stated) and compare.relation(value, stated) == "agree"]


def _whole_of_a_part(text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT is the whole a number before it is
    part of ("71 of the 165 seats"): the whole refutes no figure the claim
    gives of a part ("would have 90 seats between them")."""
    return _part_of_before_re().search(text, 0, at) is not None


@cache
def _part_of_before_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in grammar("en").part_of)
    return re.compile(rf"[0-9][0-9,.]*\s+(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)


def _lettered_otherwise(word: str, text: str, at: int) -> bool:
    """Whether WORD, a Chinese word a letter opens (A+轮, B类), is written in
    TEXT's sentence before the figure at AT last with another letter: in
    "完成B+轮融资,融资金额为2.4亿元,投后估值较2023年A+轮时大幅提升" 2.4亿元 is
    the B+ round's."""
    lettered = _LETTERED.fullmatch(word)
    if not lettered:
        return False
    lowered = text.lower()
    start = max(lowered.rfind(end, 0, at) for end in _SENTENCE_ENDS) + 1
    found = [m.group(1) for m in re.finditer(
        rf"(?<![a-z])([a-z]\+?){re.escape(lettered.group(2))}", lowered[start:at])]
    return bool(found) and found[-1] != lettered.group(1).lower()


def _prefixed_in_part(claim: OpenClaim, part: str) -> bool:
    """Whether PART (a passage's part holding a figure, lowered) writes a
    Chinese word of the claim only after a prefix making a word of another
    thing (``other_prefixes``: "非内地旅客……按年增长21.4%" is no figure of
    内地旅客), names and entities too."""
    prefixes = _other_prefixes()
    if not any(p in part for p in prefixes):
        return False   # (most passages)
    for unit in claim.units:
        forms = [f for f in (*unit.forms, *unit.variants) if f and CJK_RUN.fullmatch(f)]
        found = [f for f in forms if f in part]
        if found and not any(_stands_in(f, part) for f in found):
            return True
    return False


def _variant_named_otherwise(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the claim names its thing by a run of Latin names whose last
    words mark a variant ("X7 Core", "Galaxy S24 Ultra"), and the passage's
    sentence writes that run whole in another clause with a figure of its own,
    while the part before the figure at AT names it last without those words:
    in "The X7 costs €1,099 …; a version without the dock, the X7 Core, costs
    €799" €1,099 is the X7's, not the X7 Core's. (A run whose whole stands in
    a clause without a figure, "Domari Home, the maker, said Domari's …",
    names one thing twice.)"""
    runs = _latin_name_runs(claim)
    if at < 0 or not runs:
        return False
    lowered = text.lower()
    start = _sentence_start(lowered, at)
    stop = _FULL_STOP.search(lowered, at)
    sentence_from = max((m.end() for m in _FULL_STOP.finditer(lowered, 0, at)), default=0)
    sentence_to = stop.start() if stop else len(lowered)
    clauses = split_clauses(lowered)
    own = clause_index(clauses, at)
    for run in runs:
        whole = [m for m in _word_spots(" ".join(run).lower(), lowered, sentence_from, sentence_to)
                 if clause_index(clauses, m) != own]
        if not any(_DIGIT.search(lowered, m, clauses[min(clause_index(clauses, m) + 1,
                                                        len(clauses) - 1)][1])
                   for m in whole):
            continue
        for cut in range(len(run) - 1, 0, -1):
            head = " ".join(run[:cut]).lower()
            rest = [w.lower() for w in run[cut:]]
            found = _word_spots(head, lowered, start, at)
            if not found:
                continue
            after = lowered[found[-1] + len(head):]
            clause = lowered[slice(*clauses[own])]
            if not after.startswith(" " + " ".join(rest)) \
                    and not any(_word_spots(w, clause, 0, len(clause)) for w in rest):
                return True
            break
    return False


def _latin_name_runs(claim: OpenClaim) -> list[tuple[str, ...]]:
    """The runs of two or more Latin names the claim writes one after another,
    with numbers between them ("X7 Core", "Vela 5 Max"), persons' names aside:
    each run's words."""
    spans: list[list[int]] = []
    for unit in claim.units:
        if not unit.name or unit.person or not _LATIN_NAME.fullmatch(unit.surface):
            continue
        at = claim.text.find(unit.surface, spans[-1][1] if spans else 0)
        if at < 0:
            continue
        if spans and _NUMBERS_BETWEEN.fullmatch(claim.text, spans[-1][1], at):
            spans[-1][1] = at + len(unit.surface)
        else:
            spans.append([at, at + len(unit.surface)])
    runs = [tuple(claim.text[start:end].split()) for start, end in spans]
    return [run for run in runs if len(run) > 1]


def _word_spots(word: str, text: str, start: int, end: int) -> list[int]:
    """Where WORD stands in TEXT[START:END] as a whole word (``_whole_word``)."""
    return [m.start() for m in _whole_word(word).finditer(text, start, end)]


_LATIN_NAME = re.compile(r"[A-Za-z0-9][\w+-]*")
# What may stand between two names of one run: spaces and numbers ("Vela 5 Max").
_NUMBERS_BETWEEN = re.compile(r"\s+(?:[0-9][\w.]*\s+)*")


# A label of a letter (and a plus) and the Chinese word it labels: A+轮, B类.
_LETTERED = re.compile(r"([A-Za-z]\+?)([\u4e00-\u9fff]+)")


def _counts_another_thing(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value]) -> bool:
    """Whether a Chinese count of the claim is the passage's count of
    another thing: the noun right after it in the claim ("156批次西瓜") stands
    nowhere in the passage, which writes another right after its count
    ("156批次葡萄")."""
    for claimed, stated in _agreeing_pairs(agreeing, analysis):
        end = noun_end_at(claim.text, claimed.end) if claimed.kind == "count" else -1
        if end < 0 or claim.text[claimed.end:end] in analysis.text:
            continue
        other = noun_end_at(analysis.text, stated.end)
        if other > 0 and analysis.text[stated.end:other] != claim.text[claimed.end:end]:
            return True
    return False


def dated_words_elsewhere(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether a day or month of the claim agrees only with dates of TEXT (an
    English passage's, normalised) whose words (back to the date before, or
    to the sentence's opening) hold no word of the claim but its subject's
    and one of their own, while the words of another date hold one: in
    "published its final report on 21 November 2024 into the runway
    incursion at Kelsbury Airport on 3 February 2024" 3 February dates the
    incursion, not the report. (A date opening the sentence, "On 3 February,
    …", sets the scene of all of it.)"""
    if CJK_RUN.search(text) or not any(v.kind == "date" for v in claim.values):
        return False
    dates = [v for v in _parsed_values(text) if v.kind == "date" and v.unit in _EXACT_DATES]
    if len(dates) < 2:
        return False
    subject = {id(u) for u in leading_names(claim)}
    words = [u for u in claim.units if u.weight > 0 and id(u) not in subject
             and not (u.name or u.entity or u.month)]
    if not words:
        return False
    spans = [(dates[i - 1].end if i else 0, d.start) for i, d in enumerate(dates)]
    held = [any(unit_share(u, side_of_text(text[slice(*span)]), lexicon) == 1.0 for u in words)
            for span in spans]
    forms = {f.lower() for u in claim.units for f in (*u.forms, *u.variants) if f}
    own = [any(len(w) > 2 and not is_stop_word(w) and w.lower() not in forms
               and not months_named(w) for w in LATIN_WORD.findall(text[slice(*span)]))
           for span in spans]
    for claimed in claim.values:
        if claimed.kind != "date":
            continue
        found = [i for i, d in enumerate(dates) if compare.comparable(claimed, d)
                 and compare.relation(claimed, d) == "agree"]
        if not found or any(held[i] or not own[i] for i in found):
            continue
        if any(held[j] and compare.comparable(claimed, d) and compare.relation(claimed, d) == "disagree"
               for j, d in enumerate(dates) if j not in found):
            return True
    return False


# The units of a date that dates one event: a day or a month, not a year.
_EXACT_DATES = frozenset({"day", "month"})


def _date_of_a_share_base(claim: OpenClaim, analysis: Analysis,
                          agreeing: Sequence[Value]) -> bool:
    """Whether a date of the claim agrees only with dates of the passage
    inside what a Chinese share is of, between the date and 的 right before
    the percentage ("总体调整水平为2024年底退休人员月人均基本养老金的2%": the
    pensions of 2024's end, not the adjustment of 2024)."""
    text = analysis.text
    clauses = split_clauses(text)
    shares = [v for v in analysis.values if v.kind == "percent" and text[v.start - 1:v.start] == _OF]
    if not shares:
        return False   # (most passages)
    # Where what it is a share of opens: after its link (为, 是, 占), not
    # before ("2024年的境外收入占总收入的62.4%": 2024 is the revenue's year).
    opens = {share.start: max((m.end() for m in _share_links().finditer(text, 0, share.start)),
                              default=-1) for share in shares}
    for value in claim.values:
        if value.kind != "date":
            continue
        stated = [s for c, s in _agreeing_pairs(agreeing, analysis) if c is value]
        if stated and all(any(opens[share.start] <= s.start and share.start > s.end
                              and clause_index(clauses, share.start) == clause_index(clauses, s.start)
                              and not any(s.end <= v.start < share.start for v in analysis.values)
                              for share in shares) for s in stated):
            return True
    return False


_OF = "\u7684"   # 的


@cache
def _share_links() -> re.Pattern[str]:
    """The Chinese words after which what a share is of opens (为, 是, 占)."""
    zh = grammar("zh")
    return re.compile("|".join(map(re.escape, (*zh.copulas, *zh.figure_links, *zh.shares))))


def _date_of_a_start(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value]) -> bool:
    """Whether a date of the claim agrees only with dates of an English
    passage that date where a change started ("fell 8% to 231 in 2023, down
    from 251 in 2022": 2022 is the 251's), while the claim gives no figure a
    change started from: the fall is 2023's, not 2022's."""
    text = analysis.text
    lowered = text.lower()
    claimed = claim.text.lower()
    # (A claim's own start may be a number no value reads: "dropped from 8.11
    # in 1988 to 8.05 in 2020".)
    if CJK_RUN.search(text) or any(change_part(claimed, m.start()) == "start"
                                   for m in _BARE_NUMBER.finditer(claimed)):
        return False
    periods = grammar("en").before_period

    # (The figure may be a bare number no value reads: "from 251 in 2022".)
    figures = [(v.start, v.end) for v in analysis.values if v.kind != "date"] \
        + [m.span() for m in _BARE_NUMBER.finditer(lowered)]

    markers = tuple(m for m in numeral_units()["comparison_base"]["markers"] if m.isascii())
    # (Unless the start's figure is the claim's: "up from 1.1 million
    # hectares in 2023" does say 2023's 1.1 million.)
    claimed_figures = {s.start for c, s in _agreeing_pairs(agreeing, analysis)
                       if c.kind in NUMERIC_KINDS}

    def of_a_start(stated: Value) -> bool:
        # (Or a comparison's base: "at 17 of the 38 sites, compared with 9
        # sites in 2020".)
        return any(end <= stated.start and start not in claimed_figures
                   and _without_counted(lowered[end:stated.start].strip()) in periods
                   and (change_part(lowered, start) == "start"
                        or lowered[:start].rstrip().endswith(markers))
                   for start, end in figures)

    for value in claim.values:
        stated = [s for c, s in _agreeing_pairs(agreeing, analysis) if c is value]
        if value.kind == "date" and stated and all(of_a_start(s) for s in stated) \
                and not _start_dated(claim, value):
            return True
    return False


def _without_counted(gap: str) -> str:
    """GAP without the word that opens it before its last: the noun a figure
    counts ("sites in" of "9 sites in 2020") or a participle ("approved in")."""
    words = gap.split()
    return " ".join(words[1:]) if len(words) >= 2 and words[0].isalpha() else gap


def _deictic_part_apart(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether the clause of TEXT (a passage's, normalised) holding most of
    the claim names a period relative to the writing that the claim does not
    (last year for "this year"), while another clause names the claim's:
    "Last year Harwick lost four of its nine planning appeals; this year it
    has lost two of five so far" says four of last year, not of this one."""
    # (By the year each names, in either language: "next year" is 明年.)
    years = lexicon.deictic_years or {}
    claimed = {years.get(surface, surface)
               for _, _, surface in claim.cues(claim.text, "deictic_periods")}
    if not claimed:
        return False   # (most claims)
    clauses = [text[start:end] for start, end in split_clauses(text)]
    # (Not one a comparison is with: "较去年春节……的187.2万人次" is no period
    # of the clause's own.)
    bases = _comparison_bases()
    named = [{years.get(surface, surface) for start, _, surface in claim.cues(c, "deictic_periods")
              if not c[:start].rstrip().lower().endswith(bases)} for c in clauses]
    # (The clause writing the claim's numbers, where one does: "this year it
    # has lost two of five" says two of this year.)
    figures = [v for v in claim.values if v.kind in NUMERIC_KINDS]

    def written(i: int) -> bool:
        if claim.numbers or not figures:
            return all(_writes_number(clauses[i].lower(), n) for n in claim.numbers)
        # (Or its figures, in a clause naming its own period: "……今年以来……5次,
        # 去年全年为9次"; one naming none, "累计已达1,236例", takes the period
        # of the scene, not of a sibling figure's clause, "本周新增……48例".)
        stated = _parsed_values(clauses[i])
        return bool(named[i]) and all(any(compare.comparable(f, s)
                                          and compare.relation(f, s) == "agree"
                                          for s in stated) for f in figures)

    shares = [coverage(claim, [side_of_text(c)], lexicon)[0] + written(i)
              for i, c in enumerate(clauses)]
    best = max(range(len(clauses)), key=lambda i: shares[i])
    # A clause naming none has the period of the clause before that names one
    # ("今年春节……总运量达198.6万人次,……,平均每日运量为19.86万人次").
    own = next((named[i] for i in range(best, -1, -1) if named[i]), set())
    return bool(own) and not own & claimed


@cache
def _comparison_bases() -> tuple[str, ...]:
    """The grammar's ``base_markers`` of both languages (较, "compared with")."""
    return tuple(w for language in ("zh", "en") for w in grammar(language).base_markers)


def named_only_as_base(claim: OpenClaim, analysis: Analysis) -> bool:
    """Whether a word of the claim other than a name stands in the passage
    (ANALYSIS) only right after a word bringing in what a figure is compared
    with (``base_markers``, not those opening where a change started), and
    the claim compares with nothing so: in "……4月载客量为10.6万人次，较首月减少
    约6%" 首月 is the base, and 10.6万 no figure of the first month's. (A
    base written with the claim's figure, "增速较9月份的7.6%有所放缓", gives
    that figure to it.)"""
    lowered, claimed = analysis.text.lower(), claim.text.lower()
    # (A claim comparing its own way, 快于上年同期, may name the base so.)
    if any(w in claimed for w in _standing_words()):
        return False
    for unit in claim.units:
        # (Only a noun, a word of time or place or a numeral is a base: not 下降 of 同比
        # 下降, nor 约 after 占比.)
        if unit.weight <= 0 or unit.entity or unit.name or unit.person or is_verb(unit.surface) \
                or CJK_RUN.fullmatch(unit.surface) \
                and tagged_words(unit.surface)[0][1][:1] not in _BASE_TAG_STARTS:
            continue
        spots = [(at, at + len(form)) for form in unit.forms if form
                 for at in _starts(form.lower(), lowered)]
        if spots and all(_after_base_marker(lowered, at) for at, _ in spots) \
                and not any(0 <= v.start - end <= _BASE_FIGURE_GAP and compare.agrees_with_any(c, [v])
                            for _, end in spots for v in analysis.values for c in claim.values) \
                and not any(_after_base_marker(claimed, at) for form in unit.forms if form
                            for at in _starts(form.lower(), claimed)):
            return True
    return False


def _after_base_marker(text: str, at: int) -> bool:
    """Whether a word bringing in a comparison's base ends right before AT
    of TEXT (lower case), but for stop words between ("than in the")."""
    before = text[:at].rstrip()
    for _ in range(_BASE_GAP_WORDS + 1):
        if any(before.endswith(m) and not (m.isascii() and before[-len(m) - 1:-len(m)].isalpha())
               for m in _base_only_markers()):
            return True
        last = re.search(r"([a-z]+)$", before)
        if last is None or not is_stop_word(last.group(1)):
            return False
        before = before[:last.start()].rstrip()
    return False


@cache
def _figure_of_another_date(claim: OpenClaim, analysis: Analysis, claimed: Value,
                            stated: Value) -> bool:
    """Whether the passage's figure STATED, against the claim's CLAIMED, has
    a date of its own in its clause other than the claim's: "added 2,340
    megawatts … in 2025" refutes nothing of 2026's (which the dateline,
    "January 21, 2026", does not date the figure by)."""
    if stated not in analysis.values:
        return False
    lowered = analysis.text.lower()
    clauses = fact_clauses(lowered, analysis.values)
    # (Not a change measured from a base its clause dates: "…in 2024, up 8
    # ppb from 2023".)
    end = clauses[clause_index(clauses, stated.start)][1]
    after = lowered[stated.end:end]
    if change_part(lowered, stated.start) == "change" and any(
            re.search(rf"\b{re.escape(w)}\b", after) if w.isascii() else w in after
            for language in ("en", "zh") for w in grammar(language).base_markers):
        return False
    return _dated_otherwise(claim, claimed, stated.start, clauses, analysis)


def _subject_only_related(claim: OpenClaim, text: str) -> bool:
    """Whether the name the claim opens with stands in TEXT only right after
    a word relating another thing to it (``relations``, ``standing``
    opposites: "Vellan Province added 1,980 megawatts …, ranking second …
    behind Tarrow", 仅次于): the figure is the other thing's."""
    # (The first: the kind word after it, "Province", may head another's
    # name, "Vellan Province".)
    # (A Latin name: a Chinese figure is as often compared with a standard
    # named after 低于, "均低于国家标准规定的……5毫瓦限值".)
    names = [u for u in leading_names(claim) if u.name or u.entity][:1]
    if not names or not names[0].surface.isascii():
        return False
    if not names:
        return False
    lowered = text.lower()
    words = tuple(w.lower() for language in ("zh", "en") for w in grammar(language).relations) \
        + _standing_words()

    # (A name's word the passage writes in no form, "Province", tells nothing.)
    spots = [[at for form in unit.forms if form for at in _starts(form.lower(), lowered)]
             for unit in names]
    return any(spots) and all(ends_with_word(lowered[:at].rstrip(), words)
                              for places in spots for at in places)


def _standing_words() -> tuple[str, ...]:
    """The words of the grammar's ``standing`` opposites (高于, 快于, "ahead of"),
    lower case."""
    return tuple(w.lower() for language in ("zh", "en")
                 for name, one, other in grammar(language).opposites if name == "standing"
                 for w in (*one, *other))


def _without_bases(text: str) -> str:
    """TEXT (lower case) with the words right after a comparison's base
    marker blanked (较2月, "than in May")."""
    for marker in _base_only_markers():
        for at in _starts(marker, text):
            end = min(len(text), at + len(marker) + _BASE_SPAN)
            text = text[:at] + " " * (end - at) + text[end:]
    return text


_BASE_SPAN = 8
"""Characters after a base marker read as the base (较2月, "than in May")."""
_BASE_GAP_WORDS = 2
_BASE_FIGURE_GAP = 2
"""Characters between a base and its own figure (较9月份的7.6%)."""
_BASE_TAG_STARTS = "ntsm"
"""jieba's tags of nouns, words of time and place, and numerals (首|月) begin so."""


@cache
def _base_only_markers() -> tuple[str, ...]:
    """The Chinese ``base_markers`` but those opening where a change started
    (从, 由), and the English ``comparison_words`` ("than", not "over" of "over
    recent decades")."""
    return tuple(w for w in grammar("zh").base_markers if w not in grammar("zh").start_before) \
        + tuple(grammar("en").comparison_words)


def _deictic_year_unstated(claim: OpenClaim, analysis: Analysis, before: Sequence[Analysis],
                           lexicon: Lexicon) -> bool:
    """Whether the claim names a year relative to the writing other than the
    writing's own (去年, next year) that neither the passage nor the sentence
    before names, and the passage dates nothing by a year: "……医学系最低
    录取分数为86.4分" in a report of this year's results does not say 去年的."""
    years = lexicon.deictic_years or {}
    # (Not one a comparison is with, "较去年的93.2%下降", "比去年多了7,000户": no
    # period of its own.)
    bases = _comparison_bases()
    claimed = {years[surface] for start, _, surface in claim.cues(claim.text, "deictic_periods")
               if years.get(surface) and not claim.text[:start].rstrip().lower().endswith(bases)}
    if not claimed:
        return False   # (most claims)
    if any(v.kind == "date" for v in analysis.values):
        return False   # (its dates are compared as dates)
    named = {years.get(surface) for a in (analysis, *before)
             for start, _, surface in claim.cues(a.text, "deictic_periods")
             if not a.text[:start].rstrip().lower().endswith(bases)}
    return not claimed & named


def _narrowed_otherwise(claim: OpenClaim, analysis: Analysis, at: int) -> bool:
    """Whether the English passage narrows the group of its figure at AT
    (``group_restrictors``: "Among children with two short-sighted parents,
    58% were myopic") by words the claim does not say: the figure is that
    group's, not the claim's ("58% of children", "58% of children with
    neither parent short-sighted"). A narrowing goes with the figure nearest
    to it."""
    text = analysis.text
    if at < 0 or CJK_RUN.search(text):
        return False
    figures = [v for v in analysis.values if v.kind in NUMERIC_KINDS]
    claimed = {stem(w) for w in LATIN_WORD.findall(claim.text)}
    for match in _restrictor_re().finditer(text):
        # (After a noun of the claim's, the group it narrows: "children
        # with …"; not an adverbial, "Without new subsidies, …".)
        noun = _LAST_WORD.search(text, 0, match.start())
        if noun is None or stem(noun.group(1)) not in claimed:
            continue
        # (Nor one bringing in what was done, "without declaring that …".)
        words = LATIN_WORD.findall(match.group(1))
        if words and words[0].lower().endswith("ing"):
            continue
        start, end = match.span(1)
        distances = sorted((v.start - end if v.start >= end else start - v.end, v.start)
                           for v in figures if v.start >= end or v.end <= start)
        if not distances or distances[0][1] != at \
                or len(distances) > 1 and distances[1][0] == distances[0][0]:
            continue
        if any(not is_stop_word(w) and stem(w) not in claimed for w in words):
            return True
    return False


_LAST_WORD = re.compile(r"([A-Za-z][\w'-]*)\s+$")


@cache
def _restrictor_re() -> re.Pattern[str]:
    """A narrowing word and the words after it up to a mark or a figure."""
    words = grammar("en").group_restrictors
    if not words:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(map(re.escape, words))
    return re.compile(rf"\b(?:{alternatives})\b((?:\s+[A-Za-z][\w'-]*){{1,5}})", re.IGNORECASE)


def _base_unstated(claim: OpenClaim, analysis: Analysis) -> bool:
    """Whether a figure the claim's change started from ("up from fewer than
    100,000 in 2023", a base no claim value holds) agrees with no figure of
    the passage: the passage's 119,700 does not state it."""
    bases = [v for v in _parsed_values(claim.text) if v.role == "base" and v.kind in NUMERIC_KINDS]
    return any(not compare.agrees_with_any(base, analysis.values) for base in bases)


def _word_bound_elsewhere(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value],
                          ) -> bool:
    """Whether a word of the claim (not a name) stands in the passage only
    where it is joined (``figure_links``) to another figure of
    the kind of one the passage agrees with: in "78% of members voted for
    strike action on a turnout of 64%" the turnout is 64%, and "turnout was
    78%" is not stated."""
    lowered = analysis.text.lower()
    # (A claim's capitalised first word is a word where the passage writes it
    # in lower case: "Turnout in the … ballot was 78%".)
    words = [u for u in claim.units if u.weight > 0 and not (u.entity or u.person or u.month)
             and (not u.name or claim.text.startswith(u.surface)
                  and u.surface.lower() in analysis.text)]
    for claimed, stated in _agreeing_pairs(agreeing, analysis):
        # (Where a change of the other figure started is that figure's
        # measure's: "Unemployment was 5.2% in June, up from 4.9% in May".)
        if claimed.kind not in NUMERIC_KINDS or change_part(lowered, stated.start) == "start":
            continue
        # (A figure the claim states too is none: "造成2名工人死亡、3名工人受伤".)
        rivals = [v.start for v in analysis.values if v.kind == stated.kind
                  and v.start != stated.start and compare.comparable(claimed, v)
                  and not any(compare.agrees_with_any(c, (v,)) for c in claim.values)]
        if not rivals:
            continue
        for unit in words:
            spots = [(at, at + len(f)) for f in {f.lower() for f in unit.forms if len(f) >= 2}
                     for at in _starts(f, lowered)]
            if spots and all(any(_linked(lowered, end, start) for start in rivals)
                             for _, end in spots):
                return True
    return False


def _linked(lowered: str, end: int, start: int) -> bool:
    """Whether the words of LOWERED between END (a noun's) and START (a
    figure's) are a figure link. (Not nothing: a verb right before a list
    of figures is each one's, "delivered 40,000 tractors in 2021 and 35,000
    in 2020".)"""
    if start < end or start - end > _FIGURE_LINK_CHARS:
        return False
    return lowered[end:start].strip() in _figure_links()


_FIGURE_LINK_CHARS = 14
"""The most characters between a noun and the figure a link joins to it."""


@cache
def _figure_links() -> frozenset[str]:
    return frozenset(w for language in ("zh", "en") for w in grammar(language).figure_links)


def _of_another_name(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value],
                     before: Sequence[Analysis]) -> bool:
    """Whether an English figure of the claim is said of a name ("31 hours of
    Hubble Space Telescope time") and the agreeing figure of the passage, or
    of the sentence BEFORE it that lends it, of another name before the same
    noun ("31 hours of Webb time"): that name's figure, whatever else of the
    claim the passage says."""
    pairs = [(claimed, stated, owner) for owner in (analysis, *before)
             for claimed, stated in _agreeing_pairs(agreeing, owner)]
    for claimed, stated, owner in pairs:
        said = _OF_NAME.match(claim.text, claimed.end)
        found = _OF_NAME.match(owner.text, stated.end)
        # (The claim's noun may follow a word of its name: "Keck telescope time".)
        if said and found and found.group(2).split()[0].lower() in said.group(2).lower().split() \
                and not set(said.group(1).lower().split()) & set(found.group(1).lower().split()):
            return True
    return False


# A figure's "of", a capitalised name and the nouns after it.
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)+)([a-z]+(?:\s+[a-z]+)?)\b")


def _figure_at(agreeing: Sequence[Value], analysis: Analysis, strict: bool = False) -> int:
    """Where in the passage the first of the claim's agreeing figures stands
    (not a date), or -1. STRICT: a quantity's only, not an ordinal's nor a
    duration's (第三届 of "第三届……亚军获得了20万元" names the contest, 前10个月
    of "前10个月……下降1.9%" the period)."""
    pairs = [(v, s) for v, s in _agreeing_pairs(agreeing, analysis) if v.kind != "date"]
    if strict:
        pairs = [(v, s) for v, s in pairs if v.kind not in ("ordinal", "duration")]
    return next((s.start for _, s in pairs), -1)


def _claim_figure_at(agreeing: Sequence[Value], analysis: Analysis) -> int:
    """Where in the claim stands its figure that ``_figure_at(…, strict=True)``
    finds in the passage, or -1."""
    return next((v.start for v, _ in _agreeing_pairs(agreeing, analysis)
                 if v.kind not in ("date", "ordinal", "duration")), -1)


def _fact_at(claim: OpenClaim, agreeing: Sequence[Value], analysis: Analysis,
             figure_at: int) -> int:
    """Where the passage states what the claim says: its figure, else its
    agreeing date, else the claim's heaviest word (not a name); or -1."""
    if figure_at >= 0:
        return figure_at
    dated = next((s.start for _, s in _agreeing_pairs(agreeing, analysis)), -1)
    if dated >= 0:
        return dated
    lowered = analysis.text.lower()
    digits = chinese_digits()
    spots = [(-u.weight, at) for u in claim.units if u.weight > 0 and not u.name and not u.entity
             and u.surface[:1] not in digits   # (三期 of 分三期实施 says nothing where)
             for f in u.forms[:1] if f and (at := lowered.find(f)) >= 0]
    return min(spots)[1] if spots else -1


def _way_after(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether TEXT (lower case) writes the other way than the claim's in the
    clause at AT or the one after it, the first word of a way from AT, with
    no word of the claim's way in its clause."""
    clauses = split_clauses(text)
    own = clause_index(clauses, at)
    reach = clauses[min(own + 1, len(clauses) - 1)][1]
    found = opposed(claim.text, text[at:reach], 0)
    if found is None:
        return False
    where = text.find(found[1].lower(), at)
    start, end = clauses[clause_index(clauses, where)]
    return opposed(claim.text, text[start:end]) is not None


def _word_spans(text: str, words: Collection[str]) -> list[tuple[int, int]]:
    """Where WORDS stand in TEXT (lower case): Chinese ones anywhere, Latin
    ones as whole words."""
    return [(at, at + len(w)) for w in words for at in _starts(w, text)
            if not w.isascii() or (at == 0 or not text[at - 1].isalnum())
            and (at + len(w) == len(text) or not text[at + len(w)].isalnum())]


def _way_anchor(claim: OpenClaim, analysis: Analysis) -> tuple[int, int]:
    """Where the passage, and where the claim, write what a claim of no
    figure says rose or fell: of the claim's words the passage writes once
    (平均浓度 of "PM2.5平均浓度……下降8.8%;PM10平均浓度……持平" says nothing where
    PM10 does), its subject's (临泽市 of "江岚市……增长4.9%;……临泽市为405亿元,
    同比下降1.8%"; its first), else the one nearest its word of direction,
    else the heaviest; not a word of the base (同比) nor of direction. (-1, -1)
    when the passage holds none."""
    lowered = analysis.text.lower()
    claimed = claim.text.lower()
    directed = {w.lower() for w in direction_words()}
    way = min((start for start, _ in _word_spans(claimed, directed)), default=len(claimed))
    leading = {id(u) for u in (*leading_names(claim), *opening_run(claim))}
    spots = [(len(set(found)) > 1, id(u) not in leading,
              where if id(u) in leading else abs(way - where), -u.weight,
              min(found), where)
             for u in claim.units
             if u.weight > 0 and u.surface.lower() not in directed
             and u.surface.lower() not in _year_on_year_words()
             and (where := claimed.find(u.surface.lower())) >= 0
             and (found := [at for f in u.forms if f for at in _starts(f.lower(), lowered)])]
    if not spots:
        return -1, -1
    *_, at, where = min(spots)
    return at, where


def _planned_figure(claim: OpenClaim, agreeing: Sequence[Value], analysis: Analysis) -> bool:
    """Whether a figure of the claim stands in the passage only right after a
    plan word (``planned_at``) that the claim does not write ("abandoned
    plans for a 500-megawatt wind farm" speaks of the plans too)."""
    plans = claim.cues(analysis.text, "modal")
    claimed = set(LATIN_WORD.findall(claim.text.lower()))
    if not plans or any(surface.lower().split()[0] in claimed for _, _, surface in plans):
        return False
    for value in (v for v in agreeing if v.kind != "date"):
        spots = [s.start for s in analysis.values if compare.comparable(value, s)
                 and compare.relation(value, s) == "agree"]
        if spots and all(planned_at(claim, analysis.text, at) for at in spots):
            return True
    return False


def _possible_figure(claim: OpenClaim, agreeing: Sequence[Value], analysis: Analysis) -> bool:
    """Whether a figure of the claim stands in the passage only within reach
    after a word of possibility (``possibilities``) while the claim writes
    none: "could exceed half of revenue by 2028" does not say it will."""
    for value in (v for v in agreeing if v.kind in NUMERIC_KINDS):
        spots = [s.start for s in analysis.values if compare.comparable(value, s)
                 and compare.relation(value, s) == "agree"]
        if spots and all(possible_at(claim, analysis.text, at) for at in spots):
            return True
    return False


def possible_at(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether a word of possibility (``possibilities``) the claim does not
    write stands within reach before the figure at AT of TEXT ("could
    exceed $2 billion")."""
    return at >= 0 and not claim.cues(claim.text, "possibilities") and any(
        end <= at and within_reach(text[end:at], surface)
        for _, end, surface in claim.cues(text, "possibilities"))


def _presupposed_only(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value]) -> bool:
    """Whether each figure of the claim stands in the passage only right
    after a possessive determiner (``possessive_determiners``: "denied
    reports that it would close two of its six stations"): what the denied
    report presupposes, not what it says."""
    owners = tuple(w for language in ("en", "zh") for w in grammar(language).possessive_determiners)
    lowered = analysis.text.lower()
    # Where the passage writes each figure: a value, or a number no value
    # reads ("six regional fire stations").
    spots = [[s.start for s in analysis.values if compare.comparable(value, s)
              and compare.relation(value, s) == "agree"]
             for value in agreeing if value.kind in NUMERIC_KINDS]
    # (Not a number naming a thing, "5G".)
    spots += [[m.start() for m in _number_pattern(number).finditer(lowered)]
              + [start for start, _, value in english_numbers(lowered)
                 if number.isdigit() and value == int(number)]
              for number in claim.numbers if not _NAMING_NUMBER.fullmatch(number)]
    if not owners or not spots:
        return False

    def owned(text: str, at: int) -> bool:
        return ends_with_word(text[:at].rstrip(), owners)

    # (A claim owning its figure too says what the report says of it: "will
    # close some of its 11 hostels" is what is denied.)
    claimed = claim.text.lower()
    if any(owned(claimed, v.start) for v in claim.values) or any(
            owned(claimed, m.start()) for n in claim.numbers for m in _number_pattern(n).finditer(claimed)):
        return False
    return all(places and all(owned(lowered, at) for at in places) for places in spots)


def _negated_comparison(claim: OpenClaim) -> bool:
    """Whether the claim negates a comparison for every time (``never_words``:
    "has never measured higher heat stress than the 2025 peak", 从未比……更高):
    a superlative said the other way round, which a passage calling the
    thing the highest does not contradict."""
    claimed = claim.text.lower()
    nevers = {w.lower() for language in ("en", "zh") for w in grammar(language).never_words}
    negations = [start for start, _, word in claim.cues(claimed, "negation")
                 if word.lower() in nevers]
    return any(start < mark for start in negations for mark, _ in _comparison_marks(claimed))


def _privation_alike(claim: OpenClaim, text: str, negation: str) -> bool:
    """Whether the passage's NEGATION is one of lacking (``privation_words``:
    "without") before a word the claim writes right after a verb of losing
    it (``privatives``): "left 214,000 customers without power" says they
    "lost power"."""
    if negation.lower() not in grammar("en").privation_words:
        return False
    lost = tuple(w for language in ("en", "zh") for w in grammar(language).privatives)
    claimed = claim.text.lower()
    for found in re.finditer(rf"\b{re.escape(negation.lower())}\s+([a-z]+)", text.lower()):
        thing = found.group(1)
        if any(re.search(rf"\b{re.escape(verb)}\s+(?:\w+\s+)?{re.escape(thing)}\b", claimed)
               for verb in lost):
            return True
    return False


_NAMING_NUMBER = re.compile(r"[0-9]+[A-Za-z]+")
"""A number written into a name ("5G", "4K")."""


def _plan_unsaid(claim: OpenClaim, agreeing: Sequence[Value], analysis: Analysis) -> bool:
    """Whether the claim gives a figure as planned or forecast (``planned_at``:
    "forecast hail up to 7 centimetres") and the passage, stating it, holds
    no word of plan at all: what came in is not what was forecast."""
    return not claim.cues(analysis.text, "modal") and any(
        v.kind in NUMERIC_KINDS and planned_at(claim, claim.text, v.start) for v in agreeing)


def planned_at(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether a plan word stands right before the figure at AT of TEXT
    ("below the government's target of 5%", 目标为5.5%): a goal, not what
    came in. Not a word naming the measure ("预期营收": ``naming_modals``),
    unless it stands right before the figure (市值预计超过500亿港元, 市场预期的
    13.1亿元). An English one governs too the clauses going on with its
    verb phrase ("expects Line 6 to carry 180,000 passengers a day …,
    rising to 350,000 by 2030")."""
    naming = grammar("zh").naming_modals
    # (Nor an auxiliary between: 订单量预计将超过2万辆.)
    between = "".join(grammar("zh").possessive) + "".join(grammar("zh").clitic_characters) \
        + "".join(grammar("zh").function_characters)
    # (A figure's value may open with a word of its own, "达到510亿元": the
    # clause it stands in opens with that word.)
    lead = _LEADING_WORDS.match(text, at).group() if at >= 0 else ""
    return any(end <= at and (within_reach(text[end:at], surface)
                              or _forecast_clause(surface, text[end:at] + lead)
                              or not CJK_RUN.match(surface) and "," in text[end:at]
                              and continues_clause(text[end:at])
                              or _purpose_after(text[end:at]))
               and (surface not in naming or not text[end:at].strip(" " + between)
                    or _verb_next(text, end))
               for _, end, surface in claim.cues(text, "modal"))


_LEADING_WORDS = re.compile(r"[^\d.,\s]{0,4}")


def _purpose_after(between: str) -> bool:
    """Whether BETWEEN (from a plan word to a figure) crosses one clause
    break only, into a clause opening with a word of purpose (使, 以便:
    "计划2026年增聘研发人员约300人，使研发团队总数达到2,100人")."""
    parts = _CLAUSE_BREAK.split(between)
    return len(parts) == 2 and parts[1].lstrip().startswith(
        tuple(grammar("zh").purpose_openers) or ("\0",))


def planned_unlike(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the claim gives its figure as a plan or goal (计划总投资为67.3
    亿元, "a target of 5%") and the passage's figure at AT of TEXT
    (normalised) is what was done by a date (``as_of``, ``done_words`` in
    its clause) where another of its kind is a plan (计划总投资129.8亿元,……
    截至5月底累计完成投资67.3亿元): what came in is not what was planned. (A
    passage giving no plan may word one otherwise: "budgeted", 合计.)"""
    planned = [v for v in claim.values if v.kind in NUMERIC_KINDS
               and planned_at(claim, claim.text, v.start)]
    if at < 0 or not planned or planned_at(claim, text, at):
        return False
    clauses = split_clauses(text)
    clause = text[slice(*clauses[clause_index(clauses, at)])]
    if not claim.cues(clause, "as_of") and not claim.cues(clause, "done_words"):
        return False
    values = parse_values(text)
    found = next((s for s in values if s.start <= at < s.end or s.start == at), None)
    return found is not None and any(compare.comparable(v, found) for v in planned) and any(
        s is not found and compare.comparable(s, found) and planned_at(claim, text, s.start)
        for s in values)


def _verb_next(text: str, at: int) -> bool:
    """Whether a word of change or level stands at AT of TEXT (预计|增长, 预计|
    达到): a plan word before it forecasts, it names no measure (预计|营收).
    (Not by the tagger's verbs: it calls 营收 one.)"""
    words = (*_change_openers(), *grammar("zh").level_before, *grammar("zh").verb_continuers)
    if text.startswith(words, at):
        return True
    # Or a verb the dictionary glosses first as one (预计|覆盖15万人: it
    # covers them; 营收, 产量 are glossed as nouns), the segmenter's word.
    from checker.language.vocabulary import glossed_as_verb

    run = CJK_RUN.match(text, at)
    tagged = tagged_words(run.group()[:_VERB_LOOKAHEAD]) if run else ()
    return bool(tagged) and glossed_as_verb(tagged[0][0]) is True


_VERB_LOOKAHEAD = 6
"""Characters after a plan word read to find the word that follows it."""


def _forecast_clause(cue: str, gap: str) -> bool:
    """Whether a Chinese plan word governs the figure GAP (the text between
    them) away, in its clause or one going on with its verb phrase, and with
    no contrast between: "预测澜岳汽车10月交付量将达到4.2万辆", "预计增长5%左右,
    达到510亿元", not "……预期为5亿元,但实际仅为4亿元"."""
    return bool(CJK_RUN.match(cue)) and continues_clause(gap) \
        and not any(w in gap for w in grammar("zh").contrast_conjunctions)


def _month_of_another_word(claim: OpenClaim, text: str) -> bool:
    """Whether an English passage gives a verb of the claim a month of its
    own, another than the claim's: the part of its clause the verb stands
    in (to "and", "but" or a comma) names a month, and none of the claim's. "The finches leave the wetlands in late October
    and return in early April" does not say they return in late October."""
    months = {u.month for u in claim.units if u.month}
    if not months or CJK_RUN.search(text):
        return False
    lowered = text.lower()
    if not months & months_named(lowered):
        return False
    # (A verb of it, not its first word: "finches" stands in each part of
    # "finches leave … and return …", as "Unemployment" in each of
    # "Unemployment was 5.2% in June, up from 4.9% in May".)
    first = _first_unit(claim)
    for unit in claim.units:
        if unit.month or unit.name or unit.entity or unit is first or not _english_verb(unit):
            continue
        # (Its first word of content: "return" of "return to", "average" of
        # "on average".)
        word = next((w for w in unit.surface.lower().split() if not is_stop_word(w)), "")
        found = re.search(rf"\b{re.escape(word)}", lowered) if word else None
        if found is None:
            continue
        start = max((m.end() for m in _CONJUNCT_END.finditer(lowered, 0, found.start())), default=0)
        end = _CONJUNCT_END.search(lowered, found.end())
        named = months_named(lowered[start:end.start() if end else len(lowered)])
        if named and not named & months:
            return True
    return False


def _english_verb(unit: Unit) -> bool:
    """Whether an English word of a claim is a verb: half or more of its first
    Chinese translations are ("return to": 回到, 返回; not "finches": 雀类)."""
    translated = [f for f in unit.forms[:_VERB_FORMS] if CJK_RUN.fullmatch(f)]
    return bool(translated) and sum(map(is_verb, translated)) * 2 >= len(translated)


_VERB_FORMS = 4
_CONJUNCT_END = re.compile(r",|;|\s(?:and|but|while|whereas)\s")


def month_elsewhere(claim: OpenClaim, analysis: Analysis, figure: int) -> bool:
    """Whether a month or a date the claim names stands in the passage only in
    clauses other than the one of the claim's figure (at FIGURE), clauses
    with a number of their own: in "1,450 patients waited … in January, up
    from 980 in December" December is the 980's month, not the 1,450's."""
    months = {u.month for u in claim.units if u.month}
    dates = [v for v in claim.values if v.kind == "date"]
    if not (months or dates):
        return False
    text = analysis.text
    clauses = fact_clauses(text.lower(), analysis.values)
    # A month the passage names only beside another event than the one its
    # agreeing year dates: "the bus, which entered service in 2019, had passed
    # its inspection in September" does not date the service September 2019.
    for claimed in dates:
        if claimed.unit != "month":
            continue
        month = {date.fromordinal(int(claimed.low)).month}
        years = [clause_index(clauses, v.start) for v in analysis.values
                 if v.kind == "date" and v.unit == "year"
                 and v.low <= claimed.low and claimed.high <= v.high]
        named = {i for i, (start, end) in enumerate(clauses) if month & months_named(text[start:end])}
        if years and named and not named & set(years) and any(
                _clause_holds_words(claim, text[slice(*clauses[i])]) for i in years):
            return True
    if figure < 0:
        return False
    own = clause_index(clauses, figure)
    # (A month the claim names alone is not an end of a range of months:
    # "1-10月累计交付16.9万辆" is no figure of October's.)
    alone = {u.month for u in claim.units if u.month and not u.month_range}
    # A month carries on from the clause naming it to the clauses after it
    # in its sentence that name none: in "10月交付新车2.05万辆,同比增长62.4%"
    # 62.4% is October's.
    # (Not a month a span of months ends in: "截至2月底止首两个月营业额……，按年
    # 增长5.2%".)
    # (Nor a month a comparison is with: "较2月增加11.2%" names February as
    # its base, not as its figure's month.)
    dated = [i for i, (start, end) in enumerate(clauses[:own + 1])
             if months_named(_without_bases(text[start:end].lower()))]
    carried = dated[-1] if dated and not _FULL_STOP.search(
        text, clauses[dated[-1]][1], clauses[own][0]) \
        and not any(v.kind == "duration" and clauses[dated[-1]][0] <= v.start < clauses[dated[-1]][1]
                    for v in analysis.values) else -1
    for month in months:
        named = [i for i, (start, end) in enumerate(clauses)
                 if month in months_named(text[start:end], alone=month in alone)]
        if named and own not in named and carried not in named \
                and all(_number_of_its_own(analysis, *clauses[i]) for i in named):
            return True
    # A year likewise, where it dates the figure a change started from ("310
    # million … last year, up from 290 million in 2023"), not one that
    # shares the claim's topic ("fixed 92% of the leaks reported in 2024,
    # leaving about 1,100").
    lowered = text.lower()
    for claimed in dates:
        if _start_dated(claim, claimed):
            continue   # the claim's own start: "up from less than 40% the year before"
        named = {clause_index(clauses, v.start) for v in analysis.values
                 if v.kind == "date" and compare.comparable(claimed, v)
                 and compare.relation(claimed, v) == "agree"}
        if named and own not in named and all(
                any(v.kind != "date" and clause_index(clauses, v.start) == i
                    and change_part(lowered, v.start) == "start" for v in analysis.values)
                for i in named):
            return True
    return False


def _start_dated(claim: OpenClaim, claimed: Value) -> bool:
    """Whether the date CLAIMED of the claim dates the figure its change
    started from, written right before it ("up from less than 40% the year
    before", "from 6,580 in 2023") or after a word of start ("从2023年的11.97万")."""
    lowered = claim.text.lower()
    periods = ("", *grammar("en").before_period)
    # (Or right after a word of start before the figure: "从2023年的11.97万",
    # or before a word of the level reached later in its clause: a fact's
    # words "由2023年 … 增至2025年9月的……".)
    if _dates_a_start(lowered, claimed, _parsed_values(claim.text)):
        return True
    zh = grammar("zh")
    if lowered[:claimed.start].rstrip().endswith(tuple(zh.start_before) or ("\0",)):
        clauses = split_clauses(lowered)
        rest = lowered[claimed.end:clauses[clause_index(clauses, claimed.start)][1]]
        if any(w in rest for w in (*zh.level_before, *zh.restating_verbs)):
            return True
    return any(v.kind != "date" and v.end <= claimed.start
               and (v.role == "base" or change_part(lowered, v.start) == "start")
               and lowered[v.end:claimed.start].strip() in periods
               for v in _parsed_values(claim.text))


def _labels_swapped(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value]) -> bool:
    """Whether two figures of the claim, each written right before a word of
    its own (3人死亡、2人受伤), stand in the passage each right before the
    other's word (2名工人死亡、3名工人受伤): the passage gives them otherwise."""
    lowered = claim.text.lower()
    labels = {}
    for value in claim.values:
        label = _label_after(claim, lowered, value.end)
        if value.kind in NUMERIC_KINDS and label is not None:
            labels[id(value)] = label
    if len(set(labels.values())) < 2:
        return False
    text = analysis.text.lower()
    for value, stated in _agreeing_pairs(agreeing, analysis):
        own = labels.get(id(value))
        found = _label_after(claim, text, stated.end)
        if own is not None and found is not None and found != own and found in labels.values():
            return True
    return False


def _figures_paired_otherwise(claim: OpenClaim, analysis: Analysis,
                              agreeing: Sequence[Value]) -> bool:
    """Whether two figures of the claim stand in the passage in no one
    clause together, and each clause holding one of them holds another
    figure of the other's kind instead ("年满70周岁的……增加20元,年满80周岁的……
    增加50元" against "年满70周岁的……增加50元"): the passage pairs them
    otherwise."""
    numeric = [v for v in claim.values if v.kind in NUMERIC_KINDS]
    if len(numeric) < 2:
        return False
    # (Items of a list, each with figures of both kinds, pair them as clauses
    # do: "第2名子女每月6,000元、第3名以上子女每月7,000元".)
    clauses = _list_pieces(analysis.text, analysis.values)
    pairs = _agreeing_pairs(agreeing, analysis)
    spots = {id(v): {clause_index(clauses, s.start) for c, s in pairs if c is v} for v in numeric}
    if any(all(i in spots[id(v)] for v in numeric) for i in range(len(clauses))):
        return False
    def rivalled(value: Value, other: Value) -> bool:
        # Every clause with VALUE holds another figure of OTHER's kind.
        return bool(spots[id(value)]) and all(
            any(clause_index(clauses, s.start) == i and compare.comparable(other, s)
                and compare.relation(other, s) != "agree" and not compare.agrees_with_any(value, [s])
                for s in analysis.values)
            for i in spots[id(value)])

    # (Both ways: 70周岁 beside 20元, and 50元 beside 80周岁.)
    return any(rivalled(v, w) and rivalled(w, v) for v, w in combinations(numeric, 2))


def _words_paired_otherwise(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value],
                            lexicon: Lexicon) -> bool:
    """Whether two figures the claim gives in clauses of their own stand in
    the passage each only in clauses lacking a word the claim's clause of it
    alone has, which stands in the clause of the other figure instead (both
    ways round): "个人住房贷款占比42%，小微企业贷款占比不足两成" against "小微企业
    贷款占比42%，个人住房贷款占比不到20%" pairs the words and figures the other
    way."""
    numeric = [v for v in claim.values if v.kind in NUMERIC_KINDS and v in agreeing]
    if len(numeric) < 2:
        return False
    lowered = claim.text.lower()
    own_clauses = split_clauses(claim.text)
    owning = {id(v): clause_index(own_clauses, v.start) for v in numeric}
    if len(set(owning.values())) < 2:
        return False
    placed = [(clause_index(own_clauses, at), u) for u in claim.units
              if u.weight > 0 and not (u.entity or u.name)
              and (at := lowered.find(u.surface.lower())) >= 0]
    clauses = _list_pieces(analysis.text, analysis.values)
    sides = [side_of_text(analysis.text[a:b].lower()) for a, b in clauses]
    pairs = _agreeing_pairs(numeric, analysis)
    spots = {id(v): {clause_index(clauses, s.start) for c, s in pairs if c is v} for v in numeric}

    def moved(value: Value, other: Value) -> bool:
        # A word of VALUE's clause alone (not 占比 and 贷款, which the other
        # figures' clauses have too) held only in OTHER's clauses.
        own = owning[id(value)]
        words = [u for i, u in placed if i == own and not any(
            j != own and w.surface == u.surface for j, w in placed)]
        for unit in words:
            held = {i for i, side in enumerate(sides) if unit_share(unit, side, lexicon) > 0}
            if held and spots[id(value)] and not held & spots[id(value)] \
                    and held & spots[id(other)]:
                return True
        return False

    return any(owning[id(v)] != owning[id(w)] and moved(v, w) and moved(w, v)
               for v, w in combinations(numeric, 2))


def _list_pieces(text: str, values: Sequence[Value]) -> list[tuple[int, int]]:
    """TEXT's clauses, each cut again at the Chinese enumeration comma (、)
    where every item with a figure (of VALUES) has two or more: a list of
    single figures ("17.7%、14.1%和10.3%") stays one clause."""
    pieces = []
    for first, last in split_clauses(text):
        cuts = [m.end() for m in re.finditer("\u3001", text[first:last])]
        items = list(pairwise([first, *(first + c for c in cuts), last]))
        counts = [sum(a <= v.start < b and v.kind in NUMERIC_KINDS for v in values)
                  for a, b in items]
        pieces += items if all(n == 0 or n >= 2 for n in counts) else [(first, last)]
    return pieces


def _planned_otherwise(claim: OpenClaim, analysis: Analysis) -> tuple[Value, Value] | None:
    """A figure of the claim right after a word of plan (``modal``: 原定于,
    计划) and a figure of its kind the passage writes right after the same
    word, which disagrees with it: (claimed, stated), else None. The plan's
    figure is that one, whatever else the passage states ("原定于2024年6月发射
    的……将推迟至2024年9月下旬发射")."""
    lowered = claim.text.lower()
    text = analysis.text.lower()
    for start, end, _ in claim.cues(lowered, "modal"):
        claimed = next((v for v in claim.values if end <= v.start <= end + _PLAN_GAP
                        and not lowered[end:v.start].strip(_plan_joiners())), None)
        if claimed is None:
            continue
        word = lowered[start:end]
        for at in (m.end() for m in re.finditer(re.escape(word), text)):
            stated = next((v for v in analysis.values if at <= v.start <= at + _PLAN_GAP
                           and not text[at:v.start].strip(_plan_joiners())), None)
            if stated is None or not compare.comparable(claimed, stated) \
                    or compare.relation(claimed, stated) != "disagree":
                continue
            # (Not where the plan lists the claim's figure after it: "计划于
            # 2025年6月开工、2029年底建成通车".)
            clauses = split_clauses(text)
            end = clauses[clause_index(clauses, stated.start)][1]
            if not any(stated.end <= v.start < end and compare.comparable(claimed, v)
                       and compare.relation(claimed, v) == "agree"
                       and _plan_listed(text[stated.end:v.start]) for v in analysis.values):
                return claimed, stated
    return None


def _plan_listed(between: str) -> bool:
    """Whether BETWEEN, the text between two figures after a word of plan,
    joins them in a list ("2025年6月开工、2029年底", "in May and in
    August"), with no word of a change between ("……发射的……将推迟至")."""
    joiners = ("、", ",", *grammar("zh").list_joiners, *grammar("en").list_joiners)
    changes = (*direction_words(), *grammar("zh").level_before, *grammar("zh").restating_verbs,
               *grammar("en").change_before)
    lowered = between.lower()
    return any(j in lowered for j in joiners) and not any(w in lowered for w in changes)


# What may stand between a word of plan and its figure: spaces and a
# preposition ("原定于 2024年", "planned for 2024").
_PLAN_GAP = 6


@cache
def _plan_joiners() -> str:
    """Characters that may stand between a word of plan and its figure."""
    return " for" + "".join(sorted(grammar("zh").function_characters))


def _superlative_of_another(claim: OpenClaim, text: str) -> bool:
    """Whether an English claim gives its opening name a superlative ("The
    Arlen Union was the world's largest soybean exporter"; ``_superlative_words``)
    that TEXT (a passage's) gives the name it writes
    last before that word in its sentence, one the claim does not hold,
    naming the claim's only after it ("made Parandor the world's largest
    soybean exporter …, ahead of the Arlen Union")."""
    if CJK_RUN.search(claim.text):
        return _chinese_superlative_of_another(claim, text.lower())
    opening = _SUBJECT_NAME.match(claim.text)
    if opening is None:
        return False
    name = opening.group(1)
    lowered = claim.text.lower()
    for word in (w for w in _superlative_words() if re.search(rf"\b{re.escape(w)}\b", lowered)):
        for m in re.finditer(rf"\b{re.escape(word)}\b", text.lower()):
            sentence = text[:m.start()]
            sentence = sentence[sentence.rfind(". ") + 1:]
            if name in sentence or name not in text[m.end():]:
                continue
            owners = [r for r in _CAPITALISED_RUN.findall(sentence)
                      if not (" " not in r and is_stop_word(r.lower()))]
            if owners and owners[-1].split("'")[0] not in claim.text:
                return True
    # Or gives it, with a copula, to a name after it in a sentence without the
    # claim's ("the strongest storm in the basin was Cyclone Talwyn in 1997").
    for word in (w for w in _superlative_words() if re.search(rf"\b{re.escape(w)}\b", lowered)):
        for m in re.finditer(rf"\b{re.escape(word)}\b", text.lower()):
            start = text.rfind(". ", 0, m.start()) + 1
            found = _SENTENCE_STOP.search(text, m.end())
            sentence = text[start:found.start() if found else len(text)]
            if name in sentence:
                continue
            owner = _OWNER_AFTER_COPULA.match(text, m.end(), found.start() if found else len(text))
            if owner and owner.group(1).split()[-1] not in claim.text:
                return True
    return False


@cache
def _chinese_superlative_of_another(claim: OpenClaim, text: str) -> bool:
    """Whether a Chinese claim's superlative (``extreme``, ``ranking``: 最多)
    stands in TEXT (lower case) in a clause without the subject the claim
    opens with, which TEXT names only in a clause after it: "信息技术业吸纳
    毕业生最多，……，制造业以18.7%位居第二" makes IT the largest, not
    manufacturing."""
    opening = [u for u in opening_run(claim) if len(u.surface) > 1]
    lowered = claim.text.lower()
    # (Said of the subject as the top of its kind, "……最多的行业"; not a
    # measure's name, "最低录取分数".)
    marks = grammar("zh").relative_markers
    words = {w for kind, one, other in grammar("zh").opposites if kind in ("extreme", "ranking")
             for w in (*one, *(other if kind == "extreme" else ()))
             if any(w + mark in lowered for mark in marks)}
    if not opening or not words:
        return False
    forms = [f.lower() for u in opening for f in u.forms if f]
    clauses = split_clauses(text)
    for word in words:
        for at in _starts(word, text):
            start, end = clauses[clause_index(clauses, at)]
            if not any(f in text[start:end] for f in forms) \
                    and any(text.find(f, end) >= 0 for f in forms) \
                    and not any(0 <= text.find(f) < start for f in forms):
                return True
    return False


def _superlative_words() -> tuple[str, ...]:
    """The one-word English superlatives of the grammar's ``extreme`` and
    ``ranking`` opposites (largest, strongest; not "second-largest")."""
    return tuple(sorted({w for kind, one, other in grammar("en").opposites
                         if kind in ("extreme", "ranking")
                         for w in (*one, *(other if kind == "extreme" else ()))
                         if w.isalpha()}))


# A copula after a superlative and the capitalised name it gives it to, in
# the clause ("the strongest storm in the basin was Cyclone Talwyn").
_OWNER_AFTER_COPULA = re.compile(
    r"[^,;.]{0,60}?\b(?:was|is|were|are|remains|remained)\s+(?:the\s+)?"
    r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
_SENTENCE_STOP = re.compile(r"[.!?;](?:\s|$)")


_SUBJECT_NAME = re.compile(r"(?:The\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")
_CAPITALISED_RUN = re.compile(r"\b([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")


def named_after_preposition_otherwise(claim: OpenClaim, text: str) -> bool:
    """Whether an English claim writes a preposition and a capitalised name
    ("imports from Portavia") that TEXT (a passage's) never writes after that
    preposition, among the names it lists there, while it writes another
    name there the claim does not hold ("imported … from Vennmark, … ahead
    of Portavia"): the passage says it of that one."""
    if CJK_RUN.search(claim.text):
        return False
    for match in _PREPOSED_NAMES.finditer(claim.text):
        word = match.group(1).lower()
        names = _listed_names(match.group(2))
        stated = [_listed_names(m.group(2)) for m in _PREPOSED_NAMES.finditer(text)
                  if m.group(1).lower() == word]
        if stated and not any(set(names) & set(found) for found in stated) \
                and any(n not in claim.text for found in stated for n in found):
            return True
    return False


def _named_as_other_side(claim: OpenClaim, text: str) -> bool:
    """Whether an English passage (TEXT) writes the claim's opening name
    only after a word naming the other side of a comparison (``other_sides``:
    "Marlow Bay Airport is the country's second-busiest airport after Kestrel
    Field, having handled 14.8 million passengers"; "With an area of 64
    square kilometres, it is the second-largest glacier after the Hjelde Ice
    Field"), not opening with that name itself: what it says is its
    subject's."""
    opening = _SUBJECT_NAME.match(claim.text)
    subject = _SUBJECT_NAME.match(text)
    if opening is None or CJK_RUN.search(claim.text) or subject is not None \
            and not is_stop_word(subject.group(1).split()[0].lower()) \
            and subject.group(1).split()[0] in claim.text:
        return False
    name = opening.group(1)
    places = [m.start() for m in re.finditer(re.escape(name), text)]
    sides = grammar("en").other_sides
    return bool(places) and all(
        re.search(rf"\b(?:{'|'.join(map(re.escape, sides))})\s+(?:the\s+)?$", text[:at])
        for at in places)


def _figure_of_other_side(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the English passage's figure at AT stands right after a word
    naming the other side of a comparison (``other_sides``) that the claim
    does not write, and right before a name: in "Pellow is the second-largest
    island …, after the 52-square-kilometre Corvane Major" the 52 square
    kilometres are Corvane Major's."""
    if at < 0 or CJK_RUN.search(text):
        return False
    claimed = claim.text.lower()
    found = _other_side_before().search(text.lower()[:at])
    if found is None or re.search(rf"\b{re.escape(found.group(1))}\b", claimed):
        return False
    # (Modifying the name after it: not "was followed by a 35 per cent fall".)
    figure = next((v for v in _parsed_values(text) if v.start == at), None)
    return figure is not None and re.match(r"\s+[A-Z]", text[figure.end:]) is not None


@cache
def _other_side_before() -> re.Pattern[str]:
    """An ``other_sides`` word ending a text, perhaps with an article after it."""
    sides = "|".join(map(re.escape, grammar("en").other_sides))
    return re.compile(rf"\b({sides})\s+(?:the\s+|an?\s+)?$")


def _listed_names(run: str) -> list[str]:
    """The names of a list after a preposition ("Vennmark and Portavia")."""
    return [n.strip() for n in re.split(r",|\band\b|\bor\b", run) if n.strip()]


# A preposition of origin or destination and the capitalised names after it.
_PREPOSED_NAMES = re.compile(
    r"\b(from|to|into)\s+((?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*"
    r"(?:(?:,\s*|\s+(?:and|or)\s+)(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)*)")


def _label_elsewhere(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value]) -> bool:
    """Whether a figure of the claim written right before a word of its own
    ("不到三成的营收"), or right after one ("营收的28%", "政府客户占比50%"),
    agrees only with a figure of the passage written with another word,
    while the claim's word goes with another figure of that kind there ("仅
    占28%下载量却贡献了超60%的营收": 28% is the downloads' share; "政府客户不
    到20%,互联网占比50%": 50% is the internet firms')."""
    lowered = claim.text.lower()
    text = analysis.text.lower()
    pairs = _agreeing_pairs(agreeing, analysis)

    def labelled(where: str, figure: Value, label: int) -> bool:
        # (The noun before a figure is its own where none follows it: "7所
        # 学校的31个班级" counts classes, of schools.)
        return _label_after(claim, where, figure.end) == label \
            or figure.kind in _LABELLED_BEFORE and not _noun_right_after(where, figure.end) \
            and label in _labels_before(claim, where, figure.start)

    # The claim's words that go with a figure of its own.
    labels = {label for v in claim.values if v.kind in NUMERIC_KINDS
              for label in (_label_after(claim, lowered, v.end),
                            _label_before(claim, lowered, v.start)
                            if v.kind in _LABELLED_BEFORE else None) if label is not None}

    def unlabelled(figure: Value) -> bool:
        # (No noun of the passage's own there, nor another figure's word of
        # the claim: nothing says whose it is. A word of the claim going with
        # none of its figures, 其中6起涉及……, says what it did.)
        after = _label_after(claim, text, figure.end)
        before = figure.kind in _LABELLED_BEFORE
        return (after is None or after not in labels) \
            and not _noun_of_its_own(claim, text, figure.end) \
            and not (before and _label_before(claim, text, figure.start) is not None) \
            and not (before and _noun_of_its_own_before(claim, text, figure.start))

    for value in {id(v): v for v, _ in pairs}.values():
        own = None
        if value.kind in NUMERIC_KINDS:
            own = _label_after(claim, lowered, value.end)
        if own is None and value.kind in _LABELLED_BEFORE:
            own = _label_before(claim, lowered, value.start)
        stated = [s for v, s in pairs if v is value]
        # (The word after the passage's figure may be another of the claim's:
        # "美国用户占下载量的六成以上,却只贡献了28%的营收" puts 28% on 营收.)
        if own is None or any(labelled(text, s, own) or unlabelled(s) for s in stated):
            continue
        if any(other.kind == value.kind and all(other.start != s.start for s in stated)
               and labelled(text, other, own) for other in analysis.values):
            return True
    return False


_LABELLED_BEFORE = ("amount", "count", "percent", "physical")
"""Kinds of figure whose noun may be written before them (营收的28%); not an
ordinal, which the noun before does not own (本届进博会首次)."""


def _before_link(text: str, start: int) -> tuple[str, bool]:
    """The few characters of TEXT before START, past a word joining a noun to
    the figure at START: the possessive (的), a ``figure_links`` word (为,
    达) or a word saying the figure is a share (占比, 占); and whether such a
    word stands there."""
    window = text[max(0, start - _LABEL_REACH - _NOUN_LINK_CHARS):start]
    link = next((w for w in _noun_links() if window.endswith(w)), "")
    return window[:len(window) - len(link)], bool(link)


@cache
def _noun_links() -> tuple[str, ...]:
    """The Chinese words joining a noun to its figure (``_before_link``), longest first."""
    words = {*grammar("zh").possessive, *_figure_links(), *grammar("zh").shares,
             *grammar("zh").share_nouns}
    return tuple(sorted((w for w in words if w and not w.isascii()), key=len, reverse=True))


def _label_before(claim: OpenClaim, text: str, start: int) -> int | None:
    """The index of the claim's Chinese word that ends right before START of
    TEXT, past a link (``_before_link``: 营收的28%, 营收为28%, 政府客户占比
    50%) or, a noun, right before it (政府客户不到20%), or None. Not a word of
    a name, nor one saying when or how (平均每天10克)."""
    window, linked = _before_link(text, start)
    found = [i for i, u in enumerate(claim.units)
             if CJK_RUN.fullmatch(u.surface) and len(u.surface) >= 2
             and not (u.name or u.entity) and window.endswith(u.surface)
             and (linked or _noun_word(u.surface))]
    return found[0] if found else None


def _labels_before(claim: OpenClaim, text: str, start: int) -> set[int]:
    """The indexes of the claim's Chinese words in the noun right before
    START of TEXT (``_label_before``), any of its words: 生猪 and 养殖场 of
    "生猪养殖场146家"."""
    label = _label_before(claim, text, start)
    if label is None:
        return set()
    window, _ = _before_link(text, start)
    noun = CJK_RUN.search(window[::-1])
    phrase = noun.group()[::-1] if noun else ""
    return {label} | {i for i, u in enumerate(claim.units)
                      if CJK_RUN.fullmatch(u.surface) and len(u.surface) >= 2
                      and not (u.name or u.entity) and u.surface in phrase}


def _noun_word(word: str) -> bool:
    """Whether jieba tags the Chinese WORD, alone, a noun."""
    tagged = tagged_words(word)
    return len(tagged) == 1 and tagged[0][1].startswith(_NOUN_TAGS)


def _noun_right_after(text: str, end: int) -> bool:
    """Whether the Chinese word right after END of TEXT is a noun, by its tag
    (班级 of "31个班级"; not 涉及 of "146家,涉及")."""
    run = CJK_RUN.match(text, end)
    return run is not None and tagged_words(run.group()[:_LABEL_REACH])[0][1].startswith(_NOUN_TAGS)


def _noun_of_its_own_before(claim: OpenClaim, text: str, start: int) -> bool:
    """Whether the Chinese word right before START of TEXT, past a link
    (``_before_link``), is a noun that is none of the claim's: 互联网 of
    "互联网占比50%" (not 全县 of "全县约4.2万人", with no link)."""
    window, linked = _before_link(text, start)
    run = re.search(f"(?:{CJK_RUN.pattern})$", window) if linked else None
    if run is None:
        return False
    word, tag = tagged_words(run.group())[-1]
    # (A noun, by its tag: 其中 of "其中6起", 增长 of "增长6%" say whose it is not.)
    return tag.startswith(_NOUN_TAGS) and not is_chinese_stop_word(word) and not any(
        word in u.forms or u.surface.endswith(word) for u in claim.units)


_NOUN_LINK_CHARS = 2
"""The longest link word read between a noun and its figure (约为, 达到, 占比)."""


def _noun_of_its_own(claim: OpenClaim, text: str, end: int) -> bool:
    """Whether the word right after END of TEXT (lower case; past 的 or
    "of") is a content word that is none of the claim's: 下载 of "28%下载量",
    not 涉及 of "6起涉及" nor "in"."""
    rest = text[end:]
    latin = _LATIN_LABEL.match(rest)
    if latin is not None:
        word = latin.group(1)
        return not is_stop_word(word) and not any(
            u.surface.lower().split()[:1] == [word] or stem(word) in u.stems for u in claim.units)
    run = CJK_RUN.match(rest.lstrip("".join(grammar("zh").possessive)))
    if run is None:
        return False
    word = tagged_words(run.group()[:_LABEL_REACH])[0][0]
    return not is_chinese_stop_word(word) and not any(word in u.forms for u in claim.units)


def _label_after(claim: OpenClaim, text: str, end: int) -> int | None:
    """The index of the claim's word that follows END of TEXT within a few
    characters (a classifier or a noun between: 名工人), or None."""
    # (An English figure's word follows it: "25% sodium chloride and 75%
    # potassium chloride".)
    latin = _LATIN_LABEL.match(text, end)
    if latin is not None:
        return next((i for i, u in enumerate(claim.units) if u.weight > 0
                     and u.surface.lower().split()[:1] == [latin.group(1)]), None)
    window = text[end:end + _LABEL_REACH]
    found = [(at, i) for i, u in enumerate(claim.units)
             if CJK_RUN.fullmatch(u.surface) and len(u.surface) >= 2
             and (at := window.find(u.surface)) >= 0
             and (not at or CJK_RUN.fullmatch(window[:at]) is not None)]
    return min(found)[1] if found else None


_LABEL_REACH = 6
"""How far after a figure the word it counts is looked for (3人死亡, 2名工人死亡)."""
# The word an English figure counts, right after it ("25% sodium chloride").
_LATIN_LABEL = re.compile(r"\s+(?:of\s+)?([a-z][a-z-]+)")


def _date_of_another_event(claim: OpenClaim, analysis: Analysis,
                           agreeing: Sequence[Value]) -> bool:
    """Whether a date of the claim stands in the passage only where it dates
    an event that happens once (``dates_event``: "founded in 1988") while the
    claim names no such event and dates a figure ("sold 212,000 tickets in
    1988"; "was set up in 2004" may name the founding in other words)."""
    if claim.cues(claim.text.lower(), "single_slot") \
            or not any(v.kind in NUMERIC_KINDS for v in claim.values):
        return False
    dated: dict[int, list[bool]] = {}
    for value, stated in _agreeing_pairs(agreeing, analysis):
        if value.kind == "date":
            dated.setdefault(id(value), []).append(dates_event(analysis.text, stated))
    return any(all(events) for events in dated.values())


def _date_of_another_person(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value],
                            lexicon: Lexicon) -> bool:
    """Whether a date of a Chinese claim naming a person stands in the
    passage only in a clause naming another person and not the claim's: in
    "马骁……进球数达到21个,追平了……纪录,该纪录由周凯在2019赛季创造" 2019 is
    周凯's; in "分别是……签下的德文·哈里斯,以及今年1月加盟的伊万·彼得罗夫" January
    is 彼得罗夫's."""
    from checker.language.vocabulary import is_common_word

    if not CJK_RUN.search(claim.text):
        return False
    people = _persons_named(claim.text, lexicon) + _transliterated_names(claim.text)
    # (The tagger may not read the name a claim opens with as one: 马骁.)
    opening = claim.units[0].surface if claim.units else ""
    if 2 <= len(opening) <= 3 and CJK_RUN.fullmatch(opening) and claim.text.startswith(opening) \
            and opening[0] in lexicon.surnames and not is_common_word(opening):
        people.append(opening)
    if not people:
        return False
    lowered = analysis.text.lower()
    clauses = split_clauses(lowered)
    # (A month without a year, 今年1月, is a word of the claim, not a date.)
    spots = [[stated.start for value, stated in _agreeing_pairs(agreeing, analysis)
              if value is date_value]
             for date_value in agreeing if date_value.kind == "date"]
    spots += [_starts(u.surface.lower(), lowered) for u in claim.units if u.month]

    def apart(at: int) -> bool:
        clause = lowered[slice(*clauses[clause_index(clauses, at)])]
        return not any(p in clause for p in people) and any(
            not any(p in q or q in p for p in people)
            for q in _persons_named(clause, lexicon) + _transliterated_names(clause))

    return any(places and all(apart(at) for at in places) for places in spots)


def _transliterated_names(text: str) -> list[str]:
    """The family names of the foreign persons' names TEXT writes in Chinese
    characters with a dot between the names (德文·哈里斯: 哈里斯)."""
    return [words[0][0] for m in _TRANSLITERATED.finditer(text)
            if (words := tagged_words(m.group(1))) and words[0][1].startswith("nr")]


_TRANSLITERATED = re.compile("[\u4e00-\u9fff][\u00b7\u2022\u2027\u30fb]([\u4e00-\u9fff]+)")


def _clause_holds_words(claim: OpenClaim, clause: str) -> bool:
    """Whether CLAUSE holds a word of the claim besides its months."""
    lowered = clause.lower()
    return any(not u.month and _first_at(u, lowered) >= 0 for u in claim.units)


def _borrowed_over_another(claim: OpenClaim, here: Side, lexicon: Lexicon) -> bool:
    """Whether an entity of the claim that the passage lacks (and borrows from
    the sentence before) has a rival in the passage: another entity of its
    type, not a part or a whole of it. "……铺开Talkie和海螺AI等产品。……Talkie
    ……月活超1100万" gives the figure to Talkie, not to Hailuo. Only a claim
    with a figure: what else a passage says of a person's companies is no rival."""
    if not any(v.kind in NUMERIC_KINDS for v in claim.values):
        return False
    # (Nor a work's title in title marks, 《雾港》, where the passage names
    # another: "……的《南洋纸船》夺得,该片本届入围9项".)
    claimed = claim.text.lower()
    if any(unit.name and unit_share(unit, here, lexicon) < 1.0
           and any(f"\u300a{f}\u300b" in claimed for f in unit.forms if f)
           for unit in claim.units) and _TITLE_MARKED.search(here.text):
        return True
    for unit in claim.units:
        wanted = lexicon.entities.get(unit.entity) if unit.entity else None
        if wanted is None or unit_share(unit, here, lexicon) == 1.0:
            continue
        for other in here.entities:
            found = lexicon.entities.get(other)
            if found is not None and found.type == wanted.type and other != unit.entity \
                    and other not in lexicon.entity_ancestors(unit.entity) \
                    and unit.entity not in lexicon.entity_ancestors(other):
                return True
    return False


_TITLE_MARKED = re.compile("\u300a[^\u300b]+\u300b")


def _borrowed_among_rivals(claim: OpenClaim, text: str, before: Sequence[Analysis],
                           lexicon: Lexicon) -> bool:
    """Whether a Chinese name of a kind of a claim with a figure (清水县: of
    a place, by the kinds ``place_pointers`` end with) is not in TEXT (a
    passage's) but in the sentence BEFORE it, which names others of its kind
    too (溪南县……岭东县……清水县……): the passage, naming none, may speak of any
    of them or of all ("受损作物……文旦柚次之,损失金额9,300万元" is the whole
    country's)."""
    if not before or not any(v.kind in NUMERIC_KINDS for v in claim.values):
        return False
    lowered, previous = text.lower(), before[0].text.lower()
    zh = lexicon.grammar("zh")
    places = {pointer[-1] for pointer in zh.place_pointers}
    kinds = (*zh.name_kinds, *places)
    grammar_characters = zh.function_characters | zh.clitic_characters
    pointers = {*zh.place_pointers, *zh.place_referrers}
    names = [name for name, _ in _kind_names(claim, kinds)] + [
        u.surface for u in claim.units
        if len(u.surface) > 2 and CJK_RUN.fullmatch(u.surface) and u.surface[-1] in places]
    for name in names:
        name = name.lower()
        kind = next((k for k in kinds if name.endswith(k)), "")
        if not kind or name in lowered or name not in previous:
            continue
        if kind in places:
            # (Places by the tagger; none where the passage points at the
            # document's own, 全省, 该市.)
            if any(p.endswith(kind) and p in lowered for p in pointers):
                continue
            others = {p for p in _places_named(claim, before[0].text, 0, len(previous))
                      if not name.startswith(p.lower())}
        else:
            others = {m.group() for m in re.finditer(rf"[\u4e00-\u9fff]{{2}}{re.escape(kind)}", previous)
                      if not set(m.group()[:2]) & grammar_characters
                      and not name.endswith(m.group()) and not m.group().endswith(name)}
        if others:
            return True
    return False


_POSSESSED = re.compile(r"([A-Za-z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s\s+([A-Za-z]+)")


def _owned_otherwise(claim: OpenClaim, text: str) -> bool:
    """Whether the passage (TEXT) gives what the claim says is one owner's
    ("Castell Power's chief executive") to another ("Norvik's chief
    executive, Tom Reyes"), the claim's owner not in it (borrowed from the
    sentence before)."""
    lowered = text.lower()
    for owner, word in _POSSESSED.findall(claim.text):
        if owner.lower() in lowered:
            continue
        for other, theirs in _POSSESSED.findall(text):
            if stem(theirs) == stem(word) and other.lower() not in owner.lower():
                return True
    return False


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    words = "|".join(map(re.escape, grammar("en").role_prepositions)) or "(?!x)x"
    return re.compile(rf"\b({words})\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)")


def _whole_for_part(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's) writes a noun of the claim after a word of
    the whole (``whole_modifiers``: citywide, overall) where the claim writes
    it after a word of its own that the passage lacks: "citywide emissions
    fell" is the whole's way, none of "waste emissions"."""
    lowered = text.lower()
    said = {stem(w) for w in LATIN_WORD.findall(lowered)}
    wholes = grammar("en").whole_modifiers
    # (Common words of the claim, not names: "Marlow's first-quarter revenue"
    # has no part before "first".)
    common = {u.surface.lower() for u in claim.units if u.weight and not (u.name or u.entity)}
    words = [w.lower() for w in LATIN_WORD.findall(claim.text)]
    return any(modifier in common and noun in common and stem(modifier) not in said
               and re.search(rf"\b(?:{'|'.join(map(re.escape, wholes))})\s+{re.escape(noun)}\b",
                             lowered)
               for modifier, noun in pairwise(words)) if wholes else False


def _slot_filled_otherwise(claim: OpenClaim, lowered: str, missing: Sequence[Unit]) -> bool:
    """Whether a Chinese word of the claim MISSING from the passage stands
    between two of its words that the passage writes with other words
    between them (LOWERED: the passage's text): "每万人口医师数为20人" against
    "每万人口护理人员数为61.3人" measures nurses, not doctors."""
    claimed = claim.text.lower()
    # (Every place a word stands: a word written twice stands twice.)
    spots = sorted({at: u for u in claim.units if CJK_RUN.match(u.surface)
                    for at in _starts(u.surface.lower(), claimed)}.items(),
                   key=lambda spot: spot[0])
    for (_, before), (at, unit), (_, after) in zip(spots, spots[1:], spots[2:]):
        if len(unit.surface) < 2 or not unit.weight or not any(unit is m for m in missing) \
                or not claimed.startswith(before.surface.lower() + unit.surface.lower()
                                          + after.surface.lower(), at - len(before.surface)):
            continue
        # (Words of their own between, sharing no character with the claim's:
        # not 三重区的国小 for 三重|区国|小, a word the segmenter cut apart.)
        between = re.search(rf"{re.escape(before.surface.lower())}([\u4e00-\u9fff]{{1,6}}?)"
                            rf"{re.escape(after.surface.lower())}", lowered)
        if between and not set(between.group(1)) & set(unit.surface.lower()):
            return True
    return False


def _replaced_in_place(claim: OpenClaim, text: str, here: Side, lexicon: Lexicon) -> bool:
    """Whether a noun or name of the claim that the passage (TEXT, HERE)
    lacks stands in the claim between words the passage writes around
    another noun or name: "每天喝300毫升骨头汤可获得约300毫克钙" against "每天喝
    300毫升牛奶,即可获得约300毫克钙" is milk's, "lent $120 million to Maravia"
    against "lent $120 million to neighbouring Corlesia" Corlesia's."""
    claimed = claim.text.lower()
    lowered = text.lower()
    for unit in claim.units:
        if unit.weight <= 0 or unit.month or unit.measure or unit.qualifier \
                or unit_share(unit, here, lexicon) > 0:
            continue
        surface = unit.surface.lower()
        at = claimed.find(surface)
        if at == 0 and len(surface) >= 2 and CJK_RUN.fullmatch(surface) \
                and _opening_replaced(surface, claimed[len(surface):len(surface) + 2], lowered):
            return True
        if at <= 0:
            continue
        end = at + len(surface)
        if CJK_RUN.fullmatch(surface):
            if len(surface) >= 2 and not is_verb(unit.surface) \
                    and _cjk_replaced(surface, claimed[at - 2:at], claimed[end:end + 2], lowered):
                return True
        elif _LATIN_WORD.fullmatch(surface) and not is_verb(unit.surface) \
                and _latin_replaced(unit, claimed[:at], claimed[end:], text):
            return True
    return False


_LATIN_WORD = re.compile(r"[a-z][a-z'-]+")
_REPLACED_REACH = 6   # characters a Chinese word standing in another's place may take


def _cjk_replaced(word: str, left: str, right: str, lowered: str) -> bool:
    """Whether LOWERED writes LEFT and RIGHT (two characters each, the
    claim's around WORD) with a word of two characters or more between them
    that shares none with WORD (a comma may stand between too)."""
    if not (len(left) == len(right) == 2 and CJK_RUN.fullmatch(left + right)):
        return False
    between = re.search(rf"{re.escape(left)}([^\u3002;\uff1b!?]{{1,{_REPLACED_REACH}}}?)"
                        rf"{re.escape(right)}", lowered)
    if between is None or set(between.group(1)) & set(word):
        return False
    # (A noun right after LEFT, then at most a comma and a grammar word: "牛奶,
    # 即"; not "市政府表示," of "岚港市政府表示,环状线……", a clause of its own.)
    replaced = _REPLACING_NOUN.fullmatch(between.group(1))
    return replaced is not None and all(
        tag.startswith("n") for _, tag in tagged_words(replaced.group(1)))


_REPLACING_NOUN = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:,[\u4e00-\u9fff]{0,2})?")


def _opening_replaced(word: str, right: str, lowered: str) -> bool:
    """Whether LOWERED opens a clause with a noun of two to four characters
    sharing none with WORD (but a last character both end with), the word a
    Chinese claim opens with, right
    before RIGHT (the claim's two characters after WORD): "南湾港一季度外贸
    货物吞吐量占比为47%" for "北汀港一季度外贸……" is 南湾港's."""
    if len(right) < 2 or not CJK_RUN.fullmatch(right):
        return False
    from checker.language.vocabulary import is_common_word

    pointers = tuple(grammar("zh").place_pointers)
    for match in re.finditer(rf"(?:^|[,\u3002;:\uff0c\uff1b\uff1a\s])([\u4e00-\u9fff]{{2,4}}?)"
                             rf"{re.escape(right)}", lowered):
        other = match.group(1)
        # (Not a word pointing at the place itself, 全市 of "全市中小学生", nor
        # a common noun referring back, 公司 of "公司第一季营收".)
        if other.startswith(pointers) or other[:1] in {p[0] for p in pointers} \
                or is_common_word(other):
            continue
        # (A name of the same kind shares its kind character: 南湾港, 北汀港.)
        shared = set(other) & set(word)
        words = tagged_words(other)
        # (A name first, 南湾|港; not 公司|速冻 of "公司速冻食品营收占比".)
        if (not shared or shared == {word[-1]} and other[-1] == word[-1]) \
                and all(tag.startswith("n") or tag == "j" for _, tag in words) \
                and not is_common_word(words[0][0]):
            return True
    return False


def _measured_from_another_period(claim: OpenClaim, analysis: Analysis, at: int) -> bool:
    """Whether the claim measures its change from the period just before
    (``period_on_period``: 环比, 月增, "month on month") and the passage its
    figure at AT from a year before (``year_on_year``, ``previous_year``,
    ``yearly_directions``), or the other way round: "up 7.2% from a year
    earlier but down 3.1% from September" gives no rise of 7.2% on the
    month (月增7.2%). The words of the passage's figure: ``_figure_span``."""
    if at < 0:
        return False
    claimed = claim.text.lower()
    sequential = bool(claim.cues(claimed, "period_on_period"))
    yearly = bool(claim.cues(claimed, "year_on_year") or claim.cues(claimed, "previous_year")
                  or claim.cues(claimed, "yearly_directions"))
    if sequential == yearly:
        return False   # (most claims: neither)
    text = analysis.text.lower()
    words = text[slice(*_figure_span(text, analysis.values, at))]
    said_sequential = bool(claim.cues(words, "period_on_period"))
    # (Not the year before's month: "较去年12月上涨约18%" is on the month before.)
    said_yearly = bool(claim.cues(words, "year_on_year") or claim.cues(words, "yearly_directions")
                       or any(not _MONTH_AFTER.match(words, end)
                              for _, end, _ in claim.cues(words, "previous_year")))
    return said_yearly and not said_sequential if sequential else said_sequential and not said_yearly


_MONTH_AFTER = re.compile(r"\s*[0-9]{1,2}\u6708")   # (12月: a month)


def _latin_replaced(unit: Unit, before: str, after: str, text: str) -> bool:
    """Whether TEXT writes the claim's two words before UNIT (BEFORE: the
    claim up to it, lower case), one of them no stop word, followed by one
    to three words other than UNIT's, ending in a capitalised name where
    UNIT is one, and then the claim's next word (anything where UNIT, a
    name, ends the claim)."""
    left = before.split()[-2:]
    if len(left) < 2 or all(is_stop_word(w) for w in left):
        return False
    following = after.split()[:1]
    closing = not following or not following[0].strip(".,;:!?")
    name = unit.name or unit.surface[:1].isupper()
    if not name and closing:
        return False
    own = {unit.surface.lower(), *unit.stems}
    for match in re.finditer(rf"(?<![\w-]){re.escape(left[0])}\s+{re.escape(left[1])}\s+",
                             text, re.IGNORECASE):
        words = [w.strip(".,;:!?") for w in text[match.end():].split()[:4]]
        for size in range(1, 4):
            said, rest = words[:size], words[size:size + 1]
            if len(said) < size or any(w.lower() in own or not w for w in said):
                break
            if (not closing and rest == [following[0].strip(".,;:!?")]
                    or closing and said[-1][:1].isupper()) \
                    and (not name or said[-1][:1].isupper()):
                return True
    return False


def _place_unnamed(claim: OpenClaim, text: str, before: Sequence[Analysis]) -> bool:
    """Whether the claim names a place (澄州市) that neither the passage (TEXT)
    nor the sentences BEFORE it name, while the passage names another (or,
    naming none, follows a sentence pointing at a whole of another kind): "邻近
    的临川市……自2025年起将中考总分……调整为700分" is 临川市's, whatever words
    of the claim it holds (the segmenter may cut the claim's name apart:
    澄|州市)."""
    # (Not a word referring to a place, 该市 of "专家预计该市房价将下降".)
    referrers = grammar("zh").place_referrers
    claimed = claim.text.lower()
    places = [p for p in named_places(claimed) if not p.endswith(referrers)]
    if not places:
        return False   # (most claims)
    # (Its last two characters are enough: the first may be a grammar
    # character before a name of two, 在|江州.)
    lowered = text.lower()
    if any(p[1:] in lowered or any(p[1:] in b.text.lower() for b in before[:NEIGHBOURS])
           for p in places):
        return False
    # (Nor one the passage points at by its kind, 全市 of 岚江市: the place
    # its document names.)
    if any(pointer[-1] == p[-1] and pointer in lowered
           for pointer in grammar("zh").place_pointers for p in places):
        return False
    named = named_places(lowered)
    if not named and before:
        # Naming none, a passage after a sentence pointing at a whole of
        # another kind than the claim's place is the whole's: "……全省11个
        # 市……受灾。此轮降雨造成直接经济损失48.6亿元" is the province's
        # loss, no city's. (A place named before may be a part of the
        # claim's, 中坜区 of 桃园市.)
        wholes = [w for w in grammar("zh").place_pointers if w in before[0].text.lower()]
        return bool(wholes) and all(w[-1] != p[-1] for w in wholes for p in places)
    return any(p not in claimed and not p.endswith(referrers) for p in named)


def _placed_otherwise(claim: OpenClaim, text: str) -> bool:
    """Whether the passage (TEXT) puts another name after a preposition the
    claim puts one of its names after, and never the claim's ("joined the
    company from Arden" for "joined Arden from Kestrel"; the grammar's
    ``role_prepositions``)."""
    if not any(w in claim.text for w in grammar("en").role_prepositions):
        return False   # (most claims)
    lowered = text.lower()
    for word, name in _role_pattern().findall(claim.text):
        theirs = [other for w, other in _role_pattern().findall(text) if w == word]
        if theirs and not any(name.lower() in other.lower() or other.lower() in name.lower()
                              for other in theirs) \
                and f"{word} {name.lower()}" not in lowered:
            return True
    return False


def _act_placed_otherwise(claim: OpenClaim, text: str) -> bool:
    """Whether the claim places an act at a name by a preposition after its
    verb ("was found in Northfield") and the passage (TEXT), naming that name
    elsewhere, puts another name after the same verb and preposition: "a girl
    reported missing from Northfield … had been found safe and well in
    Portsley" does not say she was found in Northfield."""
    if not claim.text.isascii():
        return False
    lowered = text.lower()
    for verb, preposition, name in _PLACED_ACT.findall(claim.text):
        # (A verb: a participle or an irregular form, "found", "held"; not a
        # noun, "new entrants at Elmstead".)
        if is_stop_word(verb) or name.lower() not in lowered \
                or not is_verb(verb) and grammar("en").base_form(verb) == verb:
            continue
        root = stem(verb.lower())
        placed = [after.group(2).lower() for found in LATIN_WORD.finditer(text)
                  if stem(found.group().lower()) == root
                  and (after := _PLACED_AFTER.match(text, found.end())) is not None
                  and after.group(1).lower() == preposition.lower()]
        # (Placed at the claim's name anywhere, the act is said: "Marie was
        # born in Warsaw, Pierre in Paris".)
        if placed and not any(p.startswith(name.lower()) or name.lower().startswith(p)
                              for p in placed):
            return True
    return False


_PLACED_ACT = re.compile(r"\b([a-z]{3,})\s+(in|at)\s+(?:the\s+)?([A-Z][\w-]*)")
"""A verb, a preposition of place and the capitalised name after it."""
_PLACED_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(in|at)\s+(?:the\s+)?([A-Z][\w-]*)")
"""What follows a verb in a passage: up to three words ("safe and well"),
then a preposition of place and a capitalised name."""


def _one_of_respective_dates(claim: OpenClaim, analysis: Analysis) -> bool:
    """Whether the claim says a date of all its things ("两部机组都在2024年
    停机", "both units", ``universal`` or ``distributives``) and the passage
    dates them respectively (分别于2024年5月及2025年5月), the claim's date
    agreeing with some of its dates only."""
    if not (claim.cues(claim.text, "universal") or claim.cues(claim.text, "distributives")) \
            or not claim.cues(analysis.text, "respectively"):
        return False   # (most claims)
    stated = [v for v in analysis.values if v.kind == "date"]
    for claimed in (v for v in claim.values if v.kind == "date"):
        found = {compare.relation(claimed, v) for v in stated if compare.comparable(claimed, v)}
        if {"agree", "disagree"} <= found:
            return True
    return False


def _qualified_otherwise(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether the passage, naming two or more qualifiers of a group the claim
    names one of (天使轮, A轮), gives the claim's names only the others: in
    "天使轮融资近20亿元,红杉中国……纷纷押注;次月完成A轮融资,吸引美团龙珠……"
    Sequoia is in the angel round, and "Sequoia invested in the Series A" is
    not stated, though every word is there."""
    groups = lexicon.qualifier_groups or {}
    qualified = [u for u in claim.units if groups.get(u.qualifier)]
    if not qualified:
        return False
    named = None  # where the passage names the claim's names, found when needed
    for unit in qualified:
        group = groups[unit.qualifier]
        marks = [m for m in analysis.mentions
                 if m.kind == "qualifier" and groups.get(m.id) == group]
        if len({m.id for m in marks}) < 2:
            continue
        named = named if named is not None else _named_positions(claim, analysis, lexicon)
        bound = {_governing(at, marks, analysis.clauses) for at in named} - {""}
        if bound and unit.qualifier not in bound:
            return True
    return False


def _named_positions(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> list[int]:
    """Where the passage names what the claim names: its lexicon entities,
    its names in Latin letters and its Chinese names of a kind (北辰资本)."""
    entities = {u.entity for u in claim.units if u.entity}
    found = [m.start for m in analysis.mentions if m.kind == "entity" and m.id in entities]
    text = analysis.text.lower()
    names = [u.forms[-1] for u in claim.units if u.name and u.forms]
    names += [name for name, _ in _kind_names(claim, lexicon.grammar("zh").name_kinds)]
    # (And a party the tagger names, 淡马锡, but the subject it opens with:
    # the firm raising is in every round.)
    opening = {id(u) for u in (*leading_names(claim), *opening_run(claim))}
    names += [u.surface for u in claim.units if id(u) not in opening and _proper_noun(u.surface)]
    for name in names:
        found += [m.start() for m in re.finditer(re.escape(name.lower()), text)]
    return found


def _governing(at: int, marks: Sequence, clauses: Sequence[tuple[int, int]]) -> str:
    """The qualifier id governing position AT: the nearest in its clause, else
    the last one in the clauses before it; '' when none stands before it."""
    own = clause_index(clauses, at) if clauses else 0
    span = clauses[own] if clauses else (0, at + 1)
    inside = [m for m in marks if span[0] <= m.start < span[1]]
    if inside:
        return min(inside, key=lambda m: (abs(m.start - at), m.start)).id
    earlier = [m for m in marks if m.start < span[0]]
    return max(earlier, key=lambda m: m.start).id if earlier else ""


def _without_months(claim: OpenClaim) -> OpenClaim:
    return replace(claim, units=tuple(u for u in claim.units if not u.month))


def _other_month(missing: Sequence[Unit], analysis: Analysis,
                 before: Sequence[Analysis]) -> tuple[str, str] | None:
    """A month of the claim (MISSING from the passage) where the passage, or
    the sentence before it, names exactly one other: (claimed, stated). A
    month alone is not refuted by a range's end ("10月份" by 1-10月份, the ten
    months to October)."""
    if not missing:
        return None
    alone = not missing[0].month_range
    named = months_named(analysis.text, alone=alone) or frozenset().union(
        *(months_named(b.text, alone=alone) for b in before))
    if len(named) != 1:
        return None
    return missing[0].surface, month_name(next(iter(named)))


def _month_of_a_day(claim: OpenClaim, months: Sequence[Unit]) -> bool:
    """Whether the first of the claim's MONTHS is written with a day ("from 1
    September", 9月1日): the date of an event, which another stated in its
    place refutes, not the period of a figure (11月份……超过1万)."""
    if not months:
        return False
    text = claim.text.lower()
    at = text.find(months[0].surface.lower())
    if at < 0:
        return False
    end = at + len(months[0].surface)
    return bool(_DAY_BEFORE.search(text[:at]) or _DAY_AFTER.match(text, end))


_DAY_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_DAY_AFTER = re.compile(r"\s*[0-9]{1,2}(?![0-9])")


def _writes_number(text: str, number: str, counted: str = "", claim_text: str = "") -> bool:
    """Whether TEXT (a passage's, lower case) writes NUMBER, a number the parser
    could not read in the claim ("3D", "27日"): not inside a longer number
    ("3" in "30"); where the claim counts a plural noun with it, COUNTED
    ("carried 1850 passengers"), before that noun too (not "1,500 passengers
    in 1850", nor "300 kg" for "300 pounds"); one ending in a word may stand
    before another ("3月" in "3月27日24时"); with CLAIM_TEXT, where it plays
    the claim's number's role in a partitive there (``compare.same_role``)."""
    month = months_named(number)
    if len(month) == 1 and number[:-1].isdigit():
        # A month, said alone: "今年1-3月" does not say 3月.
        return month <= months_named(text, alone=True)
    # A day the claim writes with its month ("11月1日") is that month's: not
    # said by "自10月1日……至11月15日".
    day = month_day_at(claim_text.lower(), number) if claim_text else None
    if day is not None:
        return states_month_day(text, *day)
    own = claim_text.lower().find(number) if claim_text else -1
    described = _words_before_noun(claim_text.lower(), own + len(number)) if own >= 0 else ()
    if any((not counted or _counted_noun(text, m.end()) in (counted, None))
           and (own < 0 or compare.roles_agree(claim_text, own, own + len(number), text,
                                               m.start(), m.end()))
           and _described_alike(described, _words_before_noun(text, m.end()))
           for m in _number_pattern(number).finditer(text)):
        return True
    # Written in words: "Three hundred residents" writes 300. (Not the
    # number of a name, "Game 2", which "two games apiece" does not write.)
    if own > 0 and _NUMBERED_NAME_BEFORE.search(claim_text, 0, own):
        return False
    return number.isdigit() and any(
        value == int(number) and (not counted or _counted_noun(text, end) in (counted, None))
        for _, end, value in english_numbers(text))


def _written_at(claim: OpenClaim, text: str) -> int:
    """Where TEXT first writes the claim's first number no value was read
    from (``_writes_number``), or -1."""
    found = _number_pattern(claim.numbers[0]).search(text.lower())
    return found.start() if found else -1


def _number_pattern(number: str) -> re.Pattern[str]:
    """How a passage writes NUMBER, a number of a claim no value was read
    from: not inside a longer number; a score with either mark (4比1, 4:1)."""
    score = SCORE.fullmatch(number)
    if score:
        # (English writes a tally "by 121 votes to 88".)
        return re.compile(rf"(?<![0-9.,]){score[1]}(?:{SCORE_MARK}|\s+(?:[a-z]+\s+)?to\s+)"
                          rf"{score[2]}(?![0-9])")
    # (Nor the whole part of a decimal: 4 is not written by 4.37.)
    after = "(?![0-9]|[.,][0-9])" if number[-1:].isdigit() else ""
    if CJK_RUN.fullmatch(number[-1:]) and number[:-1].isdigit():
        # A number before a word may take a classifier that counts nothing
        # (13交易日 of "第13个交易日").
        return re.compile(rf"(?<![0-9.,]){number[:-1]}{_plain_classifiers()}?{re.escape(number[-1])}")
    return re.compile(rf"(?<![0-9.,]){re.escape(number)}{after}")


@cache
def _plain_classifiers() -> str:
    """The classifiers that say no kind of thing (个), as one pattern."""
    plain = [c for c, kind in numeral_units()["classifiers"].items() if not kind]
    return "(?:" + "|".join(map(re.escape, plain)) + ")" if plain else "(?!)"


def _words_before_noun(text: str, at: int) -> tuple[str, ...]:
    """The English words right after AT in TEXT (lower case) that describe the
    plural noun after them, a number's ("14 lunar days": lunar), or ()."""
    words = _WORDS_AFTER.match(text, at)
    if words is None:
        return ()
    found = words.group(1).split()
    for i, word in enumerate(found[1:], 1):
        if word.endswith("s") and not word.endswith("ss") and not is_stop_word(word):
            described = found[:i]
            return () if any(is_stop_word(w) for w in described) else tuple(described)
    return ()


_WORDS_AFTER = re.compile(r"\s+((?:[a-z][a-z-]*\s*){1,3})")


def _described_otherwise(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value]) -> bool:
    """Whether a figure of the claim counts a noun it describes ("2,900 rural
    stations") that the passage describes otherwise wherever it states the
    figure ("4,200 rural stations with 2,900 urban ones")."""
    claim_text, text = claim.text.lower(), analysis.text.lower()
    spots: dict[int, list[Value]] = {}
    for value, spot in _agreeing_pairs(agreeing, analysis):
        if value.kind in NUMERIC_KINDS:
            spots.setdefault(id(value), []).append(spot)
    for value in claim.values:
        described = _words_before_noun(claim_text, value.end)
        found = spots.get(id(value), [])
        if described and found and all(
                (stated := _words_before_noun(text, spot.end))
                and not _described_alike(described, stated) for spot in found):
            return True
    return False


def _counted_beside(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value]) -> bool:
    """Whether a figure of the claim counts English words ("1,140 cannon
    shot") that the passage counts with another number ("1,140 musket balls
    and 37 cannon shot") while it counts other words wherever it states the
    claim's figure: the figure of a sibling in a list."""
    claim_text, text = claim.text.lower(), analysis.text.lower()
    for value in (v for v in agreeing if v.kind in ("count", "")):
        counted = _counted_words(claim_text, value.end)
        stated = [_counted_words(text, s.end) for _, s in _agreeing_pairs([value], analysis)]
        if counted and any(stated) and not any(words & counted for words in stated) \
                and any(counted & _counted_words(text, m.end()) for m in _ANY_NUMBER.finditer(text)):
            return True
    return False


def _counted_words(text: str, at: int) -> frozenset[str]:
    """The stems of the words a number ending at AT of TEXT (lower case)
    counts: up to three words right after it, to a grammar word or a mark."""
    words = _WORDS_AFTER.match(text, at)
    if words is None:
        return frozenset()
    found: list[str] = []
    for word in words.group(1).split():
        if is_stop_word(word):
            break
        found.append(stem(word))
    return frozenset(found)


def _described_alike(claimed: Sequence[str], stated: Sequence[str]) -> bool:
    """Whether a passage's words describing a number's noun (STATED: "Earth"
    of "14 Earth days") do not say another kind than the claim's (CLAIMED:
    "lunar"): either says none, or they share one."""
    return not claimed or not stated or bool(set(claimed) & set(stated))


def _noun_after(text: str, at: int) -> str:
    """The stem of the word right after AT in TEXT, or ''."""
    found = _NEXT_LATIN_WORD.match(text, at)
    return stem(found.group(1)) if found else ""


def _before_latin_word(text: str, number: str) -> bool:
    """Whether NUMBER stands in TEXT before an English word ("48 reef sites";
    not 10日, a day or a duration a Chinese claim writes with its unit)."""
    return re.search(rf"(?<![0-9.,]){re.escape(number)}\s+[A-Za-z]", text) is not None


def counts_other_noun(claim: OpenClaim, claimed: Value, text: str, end: int) -> bool:
    """Whether the claim's figure CLAIMED and the passage's ending at END of
    TEXT count plural nouns of other stems ("15 seats" / "5,967 votes"), or,
    for a Chinese claim, a noun none of its words means: figures of other
    things."""
    if claimed.kind != "count" or end < 0:
        return False
    own = _counted_noun(claim.text.lower(), claimed.end)
    other = _counted_noun(text.lower(), end)
    if not own and other and claimed.unit and CJK_RUN.search(claimed.surface):
        # A Chinese claim's count by a classifier (18家亏损门店) against an
        # English passage's: another thing's when no word of the claim means
        # the noun counted ("cut about 650 jobs").
        meant = {stem(word) for u in claim.units for gloss in u.glossed
                 for phrase in gloss for word in phrase.split()}
        meant |= {stem(f) for u in claim.units for f in u.forms if f.isascii()}
        return other != claimed.unit and other not in meant
    return bool(own) and bool(other) and own != other


def _counted_otherwise(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's, normalised) counts a plural noun the claim
    counts with a number of the claim's that no value reads, with another
    number only ("would close 45 underperforming cafés" against "open 150
    new cafés")."""
    lowered = text.lower()
    for number in claim.numbers:
        counted = _counted(claim.text, number)
        if counted and not _writes_number(lowered, number, counted, claim.text) \
                and any(_counted_noun(lowered, m.end()) == counted
                        for m in _ANY_NUMBER.finditer(lowered)):
            return True
    return False


_ANY_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\d])")


def _counted(text: str, number: str) -> str:
    """The stem of the plural noun that NUMBER counts in TEXT (a claim:
    "carried 1850 passengers"), or ''."""
    lowered = text.lower()
    for m in re.finditer(rf"(?<![0-9.,]){re.escape(number)}(?![0-9])", lowered):
        described = _words_before_noun(lowered, m.end())
        if described and number.isdigit():
            return _counted_noun(lowered, m.end()) or ""   # "23 temporary shelters"
        if number.isdigit() and counts_plural(lowered, m.start(), m.end()) \
                and not is_stop_word(noun := _noun_after(lowered, m.end())):
            return noun   # (not "is" of "Route 66 is …")
    return ""


_YEAR_BEFORE = re.compile(r"(?<![0-9.,])(?:1[0-9]{3}|20[0-9]{2})$")


def _counted_noun(text: str, at: int) -> str | None:
    """The stem of the noun a number ending at AT in TEXT (lower case)
    counts, past the words describing it ("41 temporary shelters": shelter),
    or of the word right after it (''; none); None where Chinese follows it
    or a partitive ("17个中标工程项目", "17 of the viaduct's 52 piers"): the
    noun is not told there."""
    if CJK_RUN.match(text[at:].lstrip()):
        return None
    after = _NEXT_LATIN_WORD.match(text, at)
    if after is not None and (after.group(1) in grammar("en").part_of
                              or is_stop_word(after.group(1))
                              and not _YEAR_BEFORE.search(text, 0, at)):
        return None   # (nor where the noun is left out: "from six a year to 19 in 2023")
    if after is None:
        return ""
    described = _words_before_noun(text, at)
    if not described:
        return _noun_after(text, at)
    words = LATIN_WORD.findall(text[at:])
    return stem(words[len(described)]) if len(words) > len(described) else ""


def _other_number(claim: OpenClaim, text: str) -> tuple[str, str] | None:
    """A number the claim writes with a word after it that no value reads
    ("9月", a month without its year) and the passage states otherwise, with
    the same word after it ("10月"), or a score it writes otherwise (2比1
    for 2比0), everything else aligned: (claimed,
    stated), or None. A passage that also writes the claim's number ("新华社
    北京3月28日电……截至3月27日24时") states it."""
    for number in claim.numbers:
        score = SCORE.fullmatch(number)
        if score:
            # A score the passage writes otherwise, its only one: 2比1 for 2比0.
            written = {(m[1], m[2]): m.group() for m in SCORE.finditer(text.lower())}
            if (score[1], score[2]) not in written and len(written) == 1:
                return number, next(iter(written.values()))
            continue
        found = re.fullmatch(r"([0-9]+)([^0-9.,])", number)
        if not found or _designates(claim.text, number):
            continue
        after = found.group(2)
        written = {m.group() for m in re.finditer(rf"(?<![0-9.,])[0-9]+{re.escape(after)}",
                                                  text.lower())}
        if number not in written and len(written) == 1:
            return number, written.pop()
    return _other_count(claim, text.lower())


def _numbered_names(text: str) -> list[tuple[int, str, str]]:
    """The names TEXT writes as a capitalised word and a number ("Line 6",
    "Terminal 2"; not a month's day) or a number, a designator and a word
    (6号线): (start, word in lower case, number) each."""
    found = [(m.start(), m.group(1).lower(), m.group(2)) for m in _LATIN_NUMBERED.finditer(text)
             if not is_stop_word(m.group(1).lower()) and not months_named(m.group(1))]
    for designator in grammar("zh").designators:
        found += [(m.start(), m.group(2), m.group(1))
                  for m in re.finditer(rf"([0-9]+){re.escape(designator)}([\u4e00-\u9fff])", text)]
    return sorted(found)


_LATIN_NUMBERED = re.compile(r"(?<![A-Za-z0-9-])([A-Z][a-z]{2,}) ([0-9]{1,3})(?![0-9.,%]|\s*(?:%|per|st|nd|rd|th)\b)")


def numbered_sibling_at(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the nearest name of a word and a number before AT in TEXT (a
    passage's) is one of the claim's words with another number than the
    claim gives it: in "Line 6 runs 34.1 km with 25 stations, while Line 9
    covers 24.2 km with 16 stations" the 16 stations are Line 9's, not
    Line 6's."""
    if at < 0:
        return False
    claimed = {word: number for _, word, number in _numbered_names(claim.text)}
    if not claimed:
        return False   # (most claims)
    before = [(word, number) for start, word, number in _numbered_names(text[:at])
              if word in claimed]
    return bool(before) and before[-1][1] != claimed[before[-1][0]]


def _numbers_at(claim: OpenClaim, text: str) -> list[int]:
    """Where TEXT (lower case) writes the claim's numbers no value was read
    from, but those of its numbered names (the 6 of "Line 6")."""
    named = {number for _, _, number in _numbered_names(claim.text)}
    return [m.start() for n in claim.numbers if n not in named
            for m in _number_pattern(n).finditer(text)]


# A capitalised word right before a number, which it numbers ("Game 2", "Line 5").
_NUMBERED_NAME_BEFORE = re.compile(r"(?<![\w'’])[A-Z][a-z]+ $")


def _designates(text: str, number: str) -> bool:
    """Whether NUMBER (digits and a character) is part of a name in TEXT: a
    designator (号) with a word going on after it (3号线: line 3)."""
    if number[-1:] not in grammar("zh").designators:
        return False
    at = text.find(number)
    return at >= 0 and bool(CJK_RUN.match(text, at + len(number)))


def _other_count(claim: OpenClaim, text: str) -> tuple[str, str] | None:
    """A number the claim counts a noun with ("three engineers", "3
    engineers") that the passage counts otherwise, before the same noun
    ("two engineers", "2 engineers"), once and never as the claim does:
    (claimed, stated), or None."""
    claim_text = claim.text.lower()
    for number in claim.numbers:
        # (Nor a number naming the subject after a capitalised word: "Solar
        # Cycle 25 peaked …" is a name, not a count; "as a Category 5
        # hurricane" is a grade.)
        if not number.isdigit() or _OPENING_DESIGNATOR.match(claim.text) \
                and _OPENING_DESIGNATOR.match(claim.text).group(1) == number:
            continue
        nouns = {noun for end in _number_ends(claim_text, int(number))
                 if (noun := _noun_after(claim_text, end)) and not is_stop_word(noun)}
        if len(nouns) != 1:
            continue
        noun = nouns.pop()
        # The claim's number written with no noun after it may count the
        # claim's noun, left out: "opened 48 clinics, while the capital
        # opened 17" does not deny "the capital opened 17 clinics"; unless
        # it is another period's ("1,450 …, up from 980 in December").
        if any((not (after := _noun_after(text, end)) or is_stop_word(after))
               and not _other_period_after(claim, text, end)
               for end in _number_ends(text, int(number))):
            continue
        # (A change's size, "fell by 85 deaths", is compared with sizes only,
        # not with the level reached: "dropped to 212 deaths".)
        by = any(_BY_NUMBER.search(claim_text[:m.start()]) is not None
                 for m in re.finditer(rf"(?<![0-9.,]){number}(?![0-9])", claim_text))
        counts = [(value, start, end) for value, start, end in _counts(text)
                  if _noun_after(text, end) == noun
                  and (_BY_NUMBER.search(text[:start]) is not None) == by]
        if len({value for value, _, _ in counts}) == 1 and counts[0][0] != int(number):
            _, start, end = counts[0]
            noun_end = _NEXT_LATIN_WORD.match(text, end).end()
            noun_end += len(_HYPHENATED_REST.match(text, noun_end).group())   # "co-sponsors"
            return number, text[start:noun_end]
    return None


# What ends right before the size of a change: "fell by ", "rose by about ".
_BY_NUMBER = re.compile(r"\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$")

# A claim opening with a capitalised name ending in a number: "Solar Cycle 25".
_OPENING_DESIGNATOR = re.compile(r"(?:The\s+)?(?:[A-Z][\w-]*\s+)+([0-9]+)\b")


def _other_numeral_before(claim: OpenClaim, text: str) -> tuple[str, str] | None:
    """A Chinese numeral the claim writes right before a word with no
    classifier between (四|车道 of 双向四车道), which the passage writes only
    with another numeral before that word (六车道): (claimed, stated), or
    None."""
    numerals = chinese_chars()
    lowered = claim.text.lower()
    for unit in claim.units:
        if len(unit.surface) != 1 or unit.surface not in numerals:
            continue
        at = lowered.find(unit.surface)
        noun = next((u.surface for u in claim.units if len(u.surface) >= 2
                     and lowered.startswith(u.surface.lower(), at + 1)), "")
        if not noun:
            continue
        stated = {text[i - 1:i + len(noun)] for i in _starts(noun.lower(), text)
                  if i and text[i - 1] in numerals}
        if len(stated) == 1 and unit.surface + noun not in stated:
            return unit.surface + noun, stated.pop()
    return None


def _other_period_after(claim: OpenClaim, text: str, end: int) -> bool:
    """Whether the clause of TEXT after a number ending at END names a month
    or a year the claim does not ("980 in December")."""
    rest = text[end:]
    rest = rest[:min((rest.find(p) for p in ",;:." if p in rest), default=len(rest))]
    years = set(re.findall(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])", rest))
    return bool(months_named(rest) - {u.month for u in claim.units}) \
        or any(year not in claim.text for year in years)


def _number_ends(text: str, value: int) -> list[int]:
    """Where the numbers TEXT writes with VALUE end, in digits or English words."""
    return [m.end() for m in re.finditer(r"(?<![0-9.,])[0-9]+(?![0-9]|[.,][0-9])", text)
            if int(m.group()) == value] \
        + [end for _, end, found in english_numbers(text) if found == value]


def _counts(text: str) -> list[tuple[float, int, int]]:
    """The whole numbers TEXT writes, in digits or English words: (value, start, end)."""
    return [(float(m.group().replace(",", "")), m.start(), m.end())
            for m in re.finditer(r"(?<![0-9.,])[0-9][0-9,]*(?![0-9.])", text)] \
        + [(value, start, end) for start, end, value in english_numbers(text)]


def _partitives(text: str) -> list[tuple[float, float, str]]:
    """The parts TEXT (lower case) gives of a whole, counted ("two of the
    district's six centres", "23 of the bridge's 40 cables"): (part, whole,
    as written), the whole a figure ``figure_role`` reads as one."""
    counts = sorted(_counts(text), key=lambda c: c[1])
    found = []
    for (part, part_start, part_end), (whole, start, end) in pairwise(counts):
        between = text[part_end:start]
        if figure_role(text, start, end) == "whole" and len(between) <= _PARTITIVE_GAP \
                and _PARTITIVE_OF.search(between):
            found.append((part, whole, text[part_start:end]))
    return found


_PARTITIVE_GAP = 30
_PARTITIVE_OF = re.compile(r"^\s+of\s")


def _rival_part(claim: OpenClaim, text: str) -> tuple[str, str] | None:
    """The claim's part of a whole and the passage's other part of the same
    whole, when the passage gives no such part as the claim's: "two of the
    district's six centres" against "three of the district's six": (claimed,
    stated), or None."""
    stated = _partitives(text.lower())
    for part, whole, written in _partitives(claim.text.lower()):
        rivals = [w for p, wh, w in stated if wh == whole and p != part]
        if rivals and not any(wh == whole and p == part for p, wh, _ in stated):
            return written, rivals[0]
    return None


def _window_refutation(claim: OpenClaim, analysis: Analysis, here: Side, core: float,
                       before: Sequence[Analysis], after: Sequence[Analysis],
                       lexicon: Lexicon) -> str:
    """The denial or the negation by which a passage refutes CLAIM when the
    passage and the sentences right beside it (BEFORE, AFTER) hold enough of
    the claim together, and the passage enough by itself (CORE: its
    ``core_coverage``); else ''. The negation must stand right before one of
    the claim's words, and the claim must neither negate nor dispute anything
    itself."""
    if claim.negated or claim.denies or not (before or after):
        return ""
    if core < WINDOW_CORE_COVERAGE \
            or coverage(claim, [here], lexicon)[0] < WINDOW_CORE_COVERAGE:
        return ""
    text = analysis.text
    denial = _scoped_denials(claim, text, lexicon)
    # A negation only right before a claim's word: with the rest of the
    # claim around the passage, one a word away is as often another's.
    said = denial[0][2] if denial else scoped_cue(
        claim, _reported_quotations_blanked(claim, text), "negation", adjacent=True)
    if not said or denial and _verdict_on_another(claim, analysis, denial[0], before, lexicon):
        return ""
    around = [here, *(side(a) for a in (*before, *after))]
    return said if coverage(claim, around, lexicon)[0] >= WINDOW_COVERAGE else ""


def _swapped_word(claim: OpenClaim, passage: Passage, analysis: Analysis, here: Side,
                  lexicon: Lexicon) -> Stance | None:
    """A contradiction when the passage states all the claim says but one
    word, and names another thing of that word's kind in its place
    ("博士毕业于卡内基梅隆大学" against "博士毕业于斯坦福大学"). The word is
    usually in no source at all, so it weighs most: the passage is judged on
    the claim's other words, every one of which it must hold."""
    if len(claim.units) < MIN_SUPPORT_UNITS or claim.negated or claim.denies or claim.numbers:
        return None
    # Read for every candidate passage: stop at the second word it lacks,
    # the words of one name of a kind (北京|大学) counting as one.
    missing: list[Unit] = []
    named = _kind_name_of(claim, lexicon)
    for unit in claim.units:
        # (A word weighing nothing need not be there: "earned" of "earned his
        # doctorate".)
        if unit.weight > 0 and unit_share(unit, here, lexicon) < 1.0:
            if missing and named.get(id(unit)) is not None \
                    and named.get(id(unit)) == named.get(id(missing[0])):
                continue
            missing.append(unit)
            if len(missing) > 1:
                return None
    text = analysis.text
    # A claim with figures or dates: the passage must state each of them
    # ("2025年4月,……接受中金公司上市辅导" against "……接受中信证券上市辅导").
    if claim.values and len(_values(claim, analysis, (), lexicon)[0]) < len(claim.values):
        return None
    # (Another thing with the claim's figure is no other in its slot, two
    # reservoirs may both stand at 62%, unless the slot holds one: who led
    # a round, where a company listed.)
    if any(v.kind in NUMERIC_KINDS for v in claim.values) \
            and not claim.cues(claim.text, "single_slot"):
        return None
    if _asserts(claim, text):
        swapped = _other_of_kind(claim, missing, passage, text, lexicon)
        if swapped is not None:
            return swapped
    # A name in the slot of the claim's place or organisation: read in its
    # clause, whatever the rest of the passage reports or negates.
    name, other, clause = _other_named(claim, missing[0], analysis, here, lexicon) \
        if missing else ("", "", "")
    if other and _asserts(claim, clause):
        return Stance(passage, Bearing.CONTRADICTS, 0.75,
                      f"sources name {other} where the claim has {name}, "
                      f"{passage.source}:{passage.line}")
    return None


def _kind_name_of(claim: OpenClaim, lexicon: Lexicon) -> dict[int, str]:
    """The Chinese name of a kind of two words (北京|大学) each of the claim's
    words is part of, by the word's id (a longer run the segmenter's words
    make, 所长|李强|拥有|中国|科学院, is no one name)."""
    return {id(u): name for name, units in _kind_names(claim, lexicon.grammar("zh").name_kinds)
            if len(units) == 2 for u in units}


def _other_of_kind(claim: OpenClaim, missing: Sequence[Unit], passage: Passage, text: str,
                   lexicon: Lexicon) -> Stance | None:
    """Another name of the kind (大学, 公司) of the claim's one missing word
    (or the name it ends: 斯坦福|大学) in its slot of TEXT; or, with every
    word there, a name that stands in another slot than the claim's
    ("本科毕业于清华大学,博士毕业于卡内基梅隆大学" against "博士毕业于清华大学")."""
    kinds = lexicon.grammar("zh").name_kinds
    names = _kind_names(claim, kinds)
    if missing:
        # An entity or a name alone is the lexicon judge's or must be there;
        # as part of a name of a kind (北京|大学) its slot is read here.
        own = [] if missing[0].entity or missing[0].name else [missing[0].surface]
        surfaces = [*own, *(n for n, units in names if missing[0] in units)]
    else:
        surfaces = [n for n, _ in names]
    for surface in surfaces:
        # A thing of another kind in the slot is another thing only when the
        # claim's own stands elsewhere in the passage (浙江大学 / 麻省理工学院);
        # else it may be the same one worded otherwise.
        other = _other_in_slot(claim, surface, text, kinds if surface in text else ())
        # (Not where another person's clause holds the slot: "蒋丽娟……庄志恒
        # 个人挥霍,……被……判处有期徒刑十五年" is no sentence of 庄志恒's.)
        if other and not _figure_of_another_person(claim, text, text.find(other), lexicon):
            return Stance(passage, Bearing.CONTRADICTS, 0.75,
                          f"sources name {other} where the claim has {surface}, "
                          f"{passage.source}:{passage.line}")
    for unit in claim.units:
        other = _other_in_glossed_slot(claim, unit, text, kinds)
        if other:
            return Stance(passage, Bearing.CONTRADICTS, 0.75,
                          f"sources name {other} where the claim has {unit.surface}, "
                          f"{passage.source}:{passage.line}")
    return None


def _other_in_glossed_slot(claim: OpenClaim, unit: Unit, text: str, kinds: Sequence[str]) -> str:
    """For a claim's word in Latin letters whose Chinese forms are names of
    a kind (Peking University: 北京大学), the other name of that kind a
    Chinese passage (TEXT) writes right after the Chinese form of the claim's
    word before it: "Yang did his undergraduate studies at Peking
    University" against "杨植麟本科毕业于清华大学" (本科 for "undergraduate
    studies"), where the claim's own does not stand after it ("received his
    PhD from Tsinghua University" against "本科毕业于清华大学,博士毕业于卡内基
    梅隆大学"); else ''."""
    if CJK_RUN.search(unit.surface) or not CJK_RUN.search(text):
        return ""
    own = [f for f in unit.forms if CJK_RUN.fullmatch(f) and f.endswith(tuple(kinds))]
    if not own:
        return ""
    kind = next(k for k in kinds if own[0].endswith(k))
    claimed = claim.text.lower()
    at = claimed.find(unit.surface.lower())
    # (Past a word weighing nothing: "degree" of "undergraduate degree".)
    before = [u for u in claim.units if 0 <= claimed.find(u.surface.lower()) < at and u.weight > 0]
    previous = max(before, key=lambda u: claimed.find(u.surface.lower()), default=None)
    if previous is None:
        return ""
    found = []
    for form in (f for f in previous.forms if f and CJK_RUN.fullmatch(f)):
        for start in _starts(form, text):
            after = text[start + len(form):start + len(form) + _GLOSSED_SLOT_CHARS]
            run = CJK_RUN.match(after)
            found.append(_kind_name_in(tagged_words(run.group()) if run else (), kind))
    names = [n for n in found if n]
    return "" if any(n in own for n in names) else next(iter(names), "")


def _kind_name_in(words: Sequence[tuple[str, str]], kind: str) -> str:
    """The first name of KIND among tagged WORDS: the nouns written together
    that end in it (毕业|于|卡内基|梅隆|大学: 卡内基梅隆大学), more than the kind word."""
    run = ""
    for word, tag in words:
        run = run + word if tag[:1] in ("n", "j", "x") else ""
        if run.endswith(kind) and len(run) > len(kind):
            return run
    return ""


# How far after the word before it a glossed slot's name may stand (本科毕业于清华大学).
_GLOSSED_SLOT_CHARS = 10


def _asserts(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT states what it says without negating, denying, reporting
    (unless the claim reports too) or forecasting it (unless the claim does)."""
    return not (claim.cues(text, "negation") or claim.cues(text, "denial")
                or (claim.cues(text, "report") and not claim.reports)
                or (scoped_cue(claim, text, "modal") and not claim.modal))


# Lexicon entity types of places and of organisations. A city is no other
# place than its country: a name jieba tags as a place is compared only with
# places (a lexicon country with countries).
PLACE_TYPES = ("place", "country")
ORGANISATION_TYPES = ("company", "investor", "org")


def _entity_kind(entity_type: str) -> str:
    if entity_type in PLACE_TYPES:
        return entity_type
    return "organisation" if entity_type in ORGANISATION_TYPES else ""


def _name_of(unit: Unit, claim: OpenClaim, lexicon: Lexicon) -> tuple[str, str]:
    """The name UNIT is or is part of, and its kind ("place", "country",
    "organisation"): a name jieba's tagger finds in the claim (北京大学 for
    the place 北京 in it), else a lexicon place or organisation; ('', '') for
    other words."""
    entity = lexicon.entities.get(unit.entity) if unit.entity else None
    tagged = [(word, kind) for word, _, kind in named_with_kinds(claim.text)
              if unit.surface in word and len(word) > (len(unit.surface) if entity else 1)]
    if tagged:
        return max(tagged, key=lambda t: len(t[0]))
    if entity:
        kind = _entity_kind(entity.type)
        return (unit.surface, kind) if kind else ("", "")
    return next(((w, k) for w, _, k in named_with_kinds(claim.text) if w == unit.surface), ("", ""))


def _other_named(claim: OpenClaim, unit: Unit, analysis: Analysis, here: Side,
                 lexicon: Lexicon) -> tuple[str, str, str]:
    """The claim's name that UNIT is or is part of, the one other name of
    its kind (a place, an organisation) that a passage lacking UNIT gives in
    the clause where it says what the claim says of it: "公司自2021年底在上海
    成立" against "MiniMax成立于北京", "唐杰更是清华大学计算机系长聘教授"
    against "唐杰是北京大学计算机系长聘教授", and the clause. The clause is
    the one holding the claim's word nearest the name; with two other names
    of the kind there, or none, which one fills the slot is not known. A name
    within the other (上海 / 上海浦东), or a lexicon entity within the other
    (its parent), is the same thing told finer or coarser."""
    slot = _slot(claim, unit, lexicon)
    if slot is None:
        return "", "", ""
    name, kind, anchor = slot
    text = here.text
    found = next((i for f in anchor.forms if (i := text.find(f.lower())) >= 0), -1)
    if found < 0:
        return "", "", ""
    clauses = split_clauses(text)
    start, end = clauses[clause_index(clauses, found)]
    # A word the lexicon knows as another kind of thing is that (中国, a
    # country, to jieba a place).
    known = [(m.start, m.end) for m in analysis.mentions if m.kind == "entity"
             and _entity_kind(lexicon.entities[m.id].type) != kind]
    others = {word for word, where, kind_of in named_with_kinds(analysis.text)
              if kind_of == kind and start <= where < end and len(word) >= 2
              and not any(s <= where < e for s, e in known)}
    others |= {m.surface for m in analysis.mentions
               if m.kind == "entity" and start <= m.start < end and m.id != unit.entity
               and _entity_kind(lexicon.entities[m.id].type) == kind
               and unit.entity not in lexicon.entity_ancestors(m.id)
               and m.id not in lexicon.entity_ancestors(unit.entity)}
    # The claim's own name told otherwise, or another name the claim gives.
    own = [name.lower(), *(f.lower() for f in unit.forms)]
    given = {f.lower() for u in claim.units if u is not unit for f in u.forms}
    others = {o for o in others if o.lower() not in given
              and not any(o.lower() in f or f in o.lower() for f in own)}
    if len(others) != 1:
        return "", "", ""
    other = next(iter(others))
    # (Nor is the subject of the passage's clause in the slot of the claim's
    # subject: "智谱AI也……提交申请" says nothing of whether Baichuan "has
    # filed for a Hong Kong listing". A name after the verb is: "a round led
    # by Alibaba" for "Tencent led the round".)
    spoken = split_clauses(claim.text)
    at = claim.text.find(name)
    if not claim.text[spoken[clause_index(spoken, at)][0]:at].strip() \
            and analysis.text[start:end].lower().lstrip().startswith(other.lower()):
        return "", "", ""
    return name, other, analysis.text[start:end]


def _slot(claim: OpenClaim, unit: Unit, lexicon: Lexicon) -> tuple[str, str, Unit] | None:
    """The name UNIT is or is part of, its kind, and the claim's word nearest
    it (the anchor of its slot), when the claim's clause holding it states a
    relation that holds one place or organisation ("成立于北京", "holds a PhD
    from Tsinghua"; not "起诉了腾讯"); else None."""
    name, kind = _name_of(unit, claim, lexicon)
    at = claim.text.find(name)
    if not kind or at < 0:
        return None
    spoken = split_clauses(claim.text)
    cues = claim.cues(claim.text[slice(*spoken[clause_index(spoken, at)])], "single_slot")
    if not cues:
        return None
    words = [u for u in claim.units if u is not unit and not u.entity and not u.name
             and (where := claim.text.find(u.surface)) >= 0
             and not at <= where < at + len(name)]
    # (The word of the relation itself where it is one of the claim's: "did
    # his PhD at Stanford", not "founder" further off.)
    relation = [u for u in claim.units if u is not unit and claim.text.find(u.surface) >= 0
                and any(cue.lower() == u.surface.lower() for _, _, cue in cues)]
    if relation and claim.text.isascii():
        words = relation
    if not words:
        return None
    return name, kind, min(words, key=lambda u: abs(claim.text.find(u.surface) - at))


def slot_apart(claim: OpenClaim, here: Side, lexicon: Lexicon) -> bool:
    """Whether a place or organisation of the claim's slot stands in the
    passage (HERE) only outside the clauses where the passage says what the
    claim says of it, while those clauses name another of its kind:
    "董事长刘德兵拥有中科院计算所博士学位,……;首席科学家唐杰更是清华大学
    计算机系长聘教授" names 清华大学, but not as the school of the chairman's
    degree."""
    text = here.text
    clauses = split_clauses(text)
    given = {f.lower() for u in claim.units for f in u.forms if len(f) >= 2}
    for unit in claim.units:
        slot = _slot(claim, unit, lexicon)
        if slot is None:
            continue
        name, kind, anchor = slot
        forms = {f.lower() for f in (*unit.forms, name) if len(f) >= 2}
        held = {clause_index(clauses, at) for f in anchor.forms if f
                for at in _starts(f.lower(), text)}
        if not held or any(f in text[slice(*clauses[i])] for i in held for f in forms):
            continue
        others = [word for word, at, kind_of in named_with_kinds(text)
                  if kind_of == kind and len(word) >= 2 and clause_index(clauses, at) in held
                  and not any(word.lower() in g or g in word.lower() for g in given)]
        if others:
            return True
    return False


def bound_apart(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether a figure or date of the claim stands in the passage only in
    clauses that are facts of their own (with a word of their own the claim
    lacks) and lack a word of the claim, which the passage says in another
    clause, of another figure of the same kind: in "born on 12 February 1809
    and died on 19 April 1882" 1882 is the death's, in "300 schools and 120
    hospitals" 120 the hospitals', in "甲公司营收增长12%,乙公司营收增长30%"
    30% is 乙's. A clause with no word of its own ("…1.8 million in 2023 and
    1.3 million in 2022"; "……营收3.5亿元,2025年前三季度营收……") says its
    figure of what the clause before it names."""
    text = analysis.text.lower()
    clauses = fact_clauses(text, analysis.values)
    paired: list[Value] = []   # the claim's dates the passage gives its figure
    for value in claim.values:
        spots = [v for v in analysis.values if compare.comparable(value, v)
                 and compare.relation(value, v) == "agree"]
        # (An ordinal of another thing is no rival: 第三届 and 首次.)
        rivals = [v for v in analysis.values if compare.comparable(value, v) and v not in spots
                  and (value.kind != "ordinal" or _same_head(value, claim.text, v, analysis.text))]
        if value.kind == "date" and spots and rivals and _dated_by_list(claim, value, analysis):
            paired.append(value)
            continue
        if not (spots and rivals) or value.kind == "date" and (
                _start_dated(claim, value)
                # (nor the base of a change the claim's figure is worked back
                # from: "89.4%,比2024年下降0.7个百分点" gives 2024's 90.1%)
                or _worked_back_to(claim, value, analysis, lexicon)):
            continue   # (the date of the claim's own start is the start's)
        units = _fact_units(claim, value.start)
        if all(_spot_apart(claim, units, v.start, [r.start for r in rivals], clauses, analysis,
                           lexicon)
               or _dated_otherwise(claim, value, v.start, clauses, analysis)
               or _dated_for_rival(claim, v.start, rivals, clauses, analysis) for v in spots):
            return True
    if _listed_otherwise(claim, analysis, lexicon) or _named_apart(claim, analysis, lexicon):
        return True
    numbers = [(m.start(), m.group()) for m in _BARE_NUMBER.finditer(text)]
    # A number with a letter or character joined to it ("101大楼", "3D") names
    # something rather than counting it.
    for digits in (n for n in claim.numbers if _BARE_NUMBER.fullmatch(n)):
        if any(digits in v.surface for v in paired):
            continue
        spots = [at for at, number in numbers if number == digits]
        # (Nor a figure against a year, 48.2 against "below 1990 levels", nor
        # another year the claim writes itself.)
        claimed = {m.group() for m in _BARE_NUMBER.finditer(claim.text)}
        year = _YEAR_WRITTEN.fullmatch(digits) is not None
        rivals = [at for at, number in numbers if number != digits
                  and (not year or _YEAR_WRITTEN.fullmatch(number) and number not in claimed)]
        units = _fact_units(claim, claim.text.find(digits))
        if spots and rivals and all(
                _spot_apart(claim, units, at, rivals, clauses, analysis, lexicon) for at in spots):
            return True
    return False


def _period_only(claim: OpenClaim, analysis: Analysis, clause: tuple[int, int]) -> bool:
    """Whether the passage's CLAUSE says nothing but a period the claim
    names, its figure and a copula ("今年以来已累计执行发射任务5次,去年全年为9次"):
    it says its figure of what the clause before names, for that period."""
    start, end = clause
    written = analysis.text.lower()[start:end]
    values = [v for v in analysis.values if start <= v.start < end]
    claimed = {s.lower() for _, _, s in claim.cues(claim.text, "deictic_periods")}
    said = claim.cues(written, "deictic_periods")
    if not (any(w.lower() in claimed for _, _, w in said)
            or any(compare.comparable(c, v) and compare.relation(c, v) == "agree"
                   for c in claim.values if c.kind == "date" for v in values if v.kind == "date")):
        return False
    # (What is left once its values, its period and its copula are taken out.)
    spans = [(v.start - start, v.end - start) for v in values] + [(a, b) for a, b, _ in said]
    residue = "".join(" " if any(a <= i < b for a, b in spans) else ch
                      for i, ch in enumerate(written))
    zh = grammar("zh")
    for word in sorted((*zh.whole_period, *zh.copulas, *grammar("en").whole_period),
                       key=len, reverse=True):
        residue = residue.replace(word.lower(), " " * len(word))
    return not any(c.isalnum() and c not in zh.function_characters for c in residue)


def _dated_by_list(claim: OpenClaim, date_value: Value, analysis: Analysis) -> bool:
    """Whether the passage pairs a figure of the claim with its date
    DATE_VALUE through a list ("2022年、2023年和2024年分别实现营收……, 同期净利润
    分别为……和0.3亿元" gives 0.3亿元 to 2024, a date of another clause)."""
    numbers = [v for v in claim.values if v.kind in NUMERIC_KINDS]
    return any(f.time is not None and compare.comparable(date_value, f.time)
               and compare.relation(date_value, f.time) == "agree"
               and any(compare.comparable(n, f.value) and compare.relation(n, f.value) == "agree"
                       for n in numbers)
               for f in analysis.frames)


def _named_apart(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether the claim's subject stands in the passage only in clauses
    that say something of their own, while a word the claim says of it
    stands in another clause, of another name: in "John Smith is the chief
    executive, and Jane Doe is the chair" the chair is Jane Doe's; in "Marie
    Curie was born in Warsaw …, and her husband Pierre was born in Paris"
    Paris is Pierre's. A clause with nothing of its own but names and
    figures ("…, and Samsung 260 million") says what the clause before it
    says."""
    text = analysis.text
    lowered = text.lower()
    # Persons: a name of two capitalised words or a Chinese name's reading
    # (an organisation first in a claim is as often where the figure comes
    # from: "In QuestMobile's data, …", "Bloomberg reported that …").
    leading = leading_names(claim)
    subjects = [u for u in leading if u.person] or _capitalised_run(claim, leading)
    if not subjects:
        return False
    clauses = fact_clauses(lowered, analysis.values)
    said = [u for u in claim.units if u not in subjects and u.weight > 0]
    spots = {clause_index(clauses, at) for u in subjects for f in u.forms if f
             for at in _starts(f, lowered)}
    if not spots or not said:
        return False
    sides = [side_of_text(lowered[slice(*c)]) for c in clauses]
    others = [bool(_other_names(claim, text, start, end, lexicon, persons=True))
              for start, end in clauses]
    for own in spots:
        # The subject's clause and those after it until one names another
        # ("…的GLM Coding Plan, 月费……, 价格是……的1/6").
        scope = [own]
        while scope[-1] + 1 < len(clauses) and not others[scope[-1] + 1]:
            scope.append(scope[-1] + 1)
        held = [u for u in said if any(unit_share(u, sides[i], lexicon) == 1.0 for i in scope)]
        lacking = [u for u in said if u not in held]
        if not lacking or not held and not _has_own_word(claim, analysis, clauses[own], lexicon):
            return False   # all said here, or a clause of names and figures only
        if not any(others[i] and any(unit_share(u, sides[i], lexicon) == 1.0 for u in lacking)
                   for i in range(len(clauses)) if i not in scope):
            return False
    return True


def _capitalised_run(claim: OpenClaim, units: Sequence[Unit]) -> list[Unit]:
    """Those of UNITS that open the claim as one run of two or more
    capitalised words ("John Smith is …", "Marie Curie was …"), or []."""
    run, at = [], 0
    for unit in sorted(units, key=lambda u: claim.text.find(u.surface)):
        if claim.text.find(unit.surface) != at or not _capitalised(unit.surface):
            break
        run.append(unit)
        at += len(unit.surface) + 1
    return run if len(LATIN_WORD.findall(" ".join(u.surface for u in run))) >= 2 else []


def _listed_otherwise(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether a "respectively" list of the passage pairs the claim's figure
    with another item than the claim's word: "Revenue and profit rose 10%
    and 5% respectively" (营收和净利润分别增长10%和5%) gives 10% to revenue.
    The items are the words either side of the list's joiners before the
    figures."""
    text = analysis.text.lower()
    clauses = split_clauses(text)
    numeric = [v for v in analysis.values if v.kind in NUMERIC_KINDS]
    for start, end, _ in claim.cues(text, "respectively"):
        first, last = clauses[clause_index(clauses, start)]
        listed = [v for v in numeric if first <= v.start < last]
        after = [v for v in listed if v.start >= end]
        if len(after) >= 2:
            listed = after   # (not an ordinal naming an item: 第三中学和第七中学分别……)
        closed = _list_closed_by(text, numeric, start)
        if len(listed) < 2 and len(closed) > 1:
            # "… losses of $5 million and $7 million, respectively": the
            # list stands before the word, in the clause of its first figure.
            listed = closed
            first = clauses[clause_index(clauses, closed[0].start)][0]
        head_end = min(start, listed[0].start if listed else start)
        items = _list_words(text[first:head_end])
        periods = [v for v in analysis.values if v.kind == "date" and first <= v.start < head_end]
        if not items and len(listed) >= 2:
            # "其中教育支出128.6亿元,社会保障和就业支出96.7亿元,同比分别增长5.5%和
            # 7.9%": the items are the clauses before, one figure each.
            items = _parallel_clauses(text, clauses, clause_index(clauses, start), numeric,
                                      len(listed))
        # A list of periods ("2022年、2023年及2024年收入分别为……") pairs the
        # figures with its dates (the frames say which), not with words.
        if len(listed) < 2 or len(items) != len(listed) or len(periods) == len(listed):
            continue
        # (A word every item holds, 支出 of both, tells none of them apart.)
        holders = [(u.surface, {i for i, item in enumerate(items)
                                if unit_share(u, side_of_text(item), lexicon) == 1.0})
                   for u in claim.units]
        # (An ordinal of the claim names an item too: 第七中学.)
        holders += [(v.surface, {i for i, item in enumerate(items) if v.surface.lower() in item})
                    for v in claim.values if v.kind == "ordinal"]
        holders = [(word, held) for word, held in holders if held and len(held) < len(items)]
        owners = {i for _, held in holders for i in held}
        for value in (v for v in claim.values if v.kind in NUMERIC_KINDS and v.kind != "ordinal"
                      or v.kind == "ordinal" and not any(
                          v.surface.lower() in item for item in items)):
            # Where the claim's words are in several items, the one nearest
            # before its figure says whose it is: "青川省环境罚没款同比增长" is
            # 罚没款's, though the first item's clause names 青川省 and 环境.
            before = [(at, held) for word, held in holders if len(held) == 1
                      and 0 <= (at := claim.text.rfind(word, 0, value.start))]
            own = max(before, key=lambda pair: pair[0])[1] if len(owners) > 1 and before \
                else owners
            agree = {i for i, v in enumerate(listed)
                     if compare.comparable(value, v) and compare.relation(value, v) == "agree"}
            if agree and len(own) == 1 and not own & agree:
                return True
    return False


def _parallel_clauses(text: str, clauses: Sequence[tuple[int, int]], at: int,
                      numeric: Sequence[Value], count: int) -> list[str]:
    """The COUNT clauses right before clause AT of TEXT when each holds one
    figure of NUMERIC (a list of items given one figure each, before the
    clause that adds a figure to each "respectively"); [] otherwise."""
    if at < count:
        return []
    before = clauses[at - count:at]
    if any(sum(first <= v.start < last for v in numeric) != 1 for first, last in before):
        return []
    return [text[first:last] for first, last in before]


def _list_closed_by(text: str, values: Sequence[Value], at: int) -> list[Value]:
    """The figures of the list that ends right before AT in TEXT (an English
    "respectively" closes it), first to last; [] when none ends there."""
    before = [v for v in values if v.end <= at]
    if not before or text[before[-1].end:at].strip(" ,"):
        return []
    backwards = before[::-1]
    return backwards[:joined_run(backwards, text)][::-1]


def _list_words(head: str) -> list[str]:
    """The items of the list HEAD ends with ("revenue and profit rose",
    "营收和净利润分别增长"): the word before its first joiner and the word after
    each joiner; [] when it lists nothing."""
    joiners = {*grammar("en").list_joiners, *grammar("zh").list_joiners, _LIST_COMMA, ","}
    words = []
    for piece in re.findall(r"[a-z][a-z0-9'-]*|[\u3400-\u9fff]+|[,\u3001]", head):
        if CJK_RUN.fullmatch(piece):
            import rjieba

            words += rjieba.cut(piece)
        else:
            words.append(piece)
    marks = [i for i, w in enumerate(words) if w in joiners]
    if not marks or marks[0] == 0:
        return []
    last = words[marks[-1] + 1:]
    if last and all(CJK_RUN.fullmatch(w) for w in last):
        return _chinese_list_items(words, marks, last)
    return [words[marks[0] - 1]] + [words[i + 1] for i in marks if i + 1 < len(words)]


def _chinese_list_items(words: list[str], marks: list[int], last: list[str]) -> list[str]:
    """The items of a Chinese list (WORDS as the segmenter cut them, MARKS
    where its joiners stand, LAST the words after the last one) that ends
    right before its figures' verb: the items are alike, each as many words
    as the last, which ends the list ("第三中学和第七中学分别招收……" lists 第三中学
    and 第七中学, not 中学 and 第七). After 的 the last words are either the
    last item's own, where it ends as the item before its joiner does
    ("有……之称的禾川市和地处沿海的潮屿市": the items are the names), or what
    is said of every item ("青禾集团和远川电子的营业收入分别为……")."""
    particle = "\u7684"   # 的
    if particle in last:
        after = len(last) - last[::-1].index(particle)
        if last[-1][-1:] == words[marks[-1] - 1][-1:]:
            last = last[after:]
        else:
            last = last[:last.index(particle)]
    size = len(last)
    if not size:
        return []
    items = []
    for at in marks:
        item = words[max(0, at - size):at]
        # (An item starts after a 的 or a mark before it: "之称的禾川|市".)
        cut = max((i + 1 for i, w in enumerate(item) if w == particle or not CJK_RUN.fullmatch(w)),
                  default=0)
        items.append("".join(item[cut:]))
    return items + ["".join(last)]


def _fact_units(claim: OpenClaim, at: int) -> list[Unit]:
    """The claim's words that its figure at AT is said of: those of its own
    clause and of clauses stating no figure ("北方书店成立8年开设了12家分店,
    其中今年新开3家": 今年 and 新开 are the 3's, not the 12's)."""
    text = claim.text.lower()
    clauses = fact_clauses(text, claim.values)
    # (A date or a period sets the scene of a figure of another kind: "室温
    # 放置24小时的炒青菜,亚硝酸盐含量为……" says what the 24 hours are of; not
    # of another period: "判处有期徒刑三年,缓刑四年".)
    kind = next((v.kind for v in claim.values if v.start <= at < v.end), "")
    setting = {"date", "duration"} - {kind}
    scene = [(v.start, v.end) for v in claim.values if v.kind in setting]
    figures = {clause_index(clauses, v.start) for v in claim.values if v.kind not in setting}
    figures |= {clause_index(clauses, m.start()) for m in _BARE_NUMBER.finditer(text)
                if not any(low <= m.start() < high for low, high in scene)}
    own = clause_index(clauses, at)
    kept = []
    for unit in claim.units:
        where = text.find(unit.surface.lower())
        if where < 0 or (i := clause_index(clauses, where)) == own or i not in figures:
            kept.append(unit)
    return _without_share_words(claim, kept) if kind == "percent" else kept


_SHARE_KINDS = ("shares", "share_verbs", "share_nouns")
"""The grammar's words saying a figure is a share (占, accounted for, 占比)."""


def _without_share_words(claim: OpenClaim, units: Sequence[Unit]) -> list[Unit]:
    """UNITS but the words saying a percentage of the claim is a share
    (``_SHARE_KINDS``; the segmenter may cut one, 占|比), which no fact
    owns: "G端客户不到20%,互联网占比50%" gives 20% as a share too. Only for a
    claim with a percentage."""
    if not any(v.kind == "percent" for v in claim.values):
        return list(units)
    text = claim.text.lower()
    spans = [(start, end) for kind in _SHARE_KINDS for start, end, _ in claim.cues(text, kind)]
    return [u for u in units if not any(
        start <= at < end for start, end in spans
        if (at := text.find(u.surface.lower(), start)) >= 0)]


_BARE_NUMBER = re.compile(r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)*")


def _number_of_its_own(analysis: Analysis, start: int, end: int) -> bool:
    """Whether the passage's text from START to END holds a number that is no
    part of a date: the 6 of "今年6月" is the month's."""
    return any(start <= m.start() < end for m in _numbers_outside(analysis, ("date",)))


def _numbers_outside(analysis: Analysis, kinds: Container[str] | None = None) -> list[re.Match[str]]:
    """The numbers of the passage's text outside its values (of KINDS, or
    any) and its months written in digits."""
    spans = [(v.start, v.end) for v in analysis.values if kinds is None or v.kind in kinds] \
        + digit_month_spans(analysis.text)
    return [m for m in _BARE_NUMBER.finditer(analysis.text)
            if not any(low <= m.start() < high for low, high in spans)]


def fact_clauses(text: str, values: Sequence[Value] = ()) -> list[tuple[int, int]]:
    """TEXT's clauses, cut also before a conjunction that opens one ("… and
    died on …", "… while costs rose …": ``clause_conjunctions`` of the
    grammar), except inside a value ("between 1990 and 2020")."""
    return list(_fact_clauses(text, tuple(values)))


@lru_cache(maxsize=4096)
def _fact_clauses(text: str, values: tuple[Value, ...]) -> tuple[tuple[int, int], ...]:
    # Remembered: every claim that ranks a passage asks for its clauses.
    # A list of labelled figures ("旺季120元、淡季80元") is a list of facts:
    # cut after each figure the enumeration comma follows.
    cuts = [v.end for v in values if text.startswith(_LIST_COMMA, v.end)]
    # The other side of a comparison is a fact of its own too ("14 percent of
    # patients taking the drug compared with 5 percent of those on placebo").
    cuts += _word_cuts(text, ("clause_conjunctions", "comparison_words"), values)
    cuts += _opener_cuts(text, values)
    return tuple(_with_bases_joined(text, _cut(text, cuts), values))


def _with_bases_joined(text: str, spans: Sequence[tuple[int, int]],
                       values: Sequence[Value]) -> list[tuple[int, int]]:
    """SPANS, one that opens with where the figure before it started joined
    to the span before it ("41,600 calls in 2024, up from 33,900 in 2023": a
    ``figure_directions`` word and a ``start_before`` one): the base of a
    figure is part of its fact, not a fact of its own. Not one with words of
    its own besides its figures: "up from 51.3% at the 2021 assembly
    election" says what the base was. (A Chinese change after a level,
    "……96.2万亩,比上年增加7.5万亩", joined so, lent the level's words to
    changes of other things; left apart.)"""
    english = grammar("en")
    # (Nor are words before a year its own: "in fiscal 2023".)
    dated = numeral_units()["dates"].get("year_prepositions", ())
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        base = next((v for v in values if start <= v.start < end), None)
        words = text[start:base.start].strip(" ,").lower().split() if base is not None else []
        rest = text[base.end:end] if base is not None else ""
        for v in values:
            if base is not None and base.end <= v.start and v.end <= end:
                rest = rest.replace(v.surface, " ")
        if joined and base is not None and base.role == "base" and len(words) == 2 \
                and words[0] in english.figure_directions and words[1] in english.start_before \
                and all(is_stop_word(w) or w.lower() in dated for w in LATIN_WORD.findall(rest)):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _opener_cuts(text: str, values: Sequence[Value]) -> list[int]:
    """Where a preposition of the grammar's ``second_figure_openers`` opens the
    phrase of a figure after one of its kind in TEXT ("lost $2 billion on
    revenue of $300 million"): the last such word between the two."""
    cuts = []
    numeric = sorted((v for v in values if v.kind in NUMERIC_KINDS and v.kind != "date"),
                     key=lambda v: v.start)
    for first, second in pairwise(numeric):
        if first.kind != second.kind or first.end > second.start:
            continue
        found = [m.start() for pattern in _cut_patterns(("second_figure_openers",))
                 for m in pattern.finditer(text, first.end, second.start)]
        # (A phrase naming the figure's measure runs from it to the figure:
        # not "38% of those on the drug and 9% on placebo", where "on the
        # drug" is the first figure's, nor "3,100 rural schools with 1,800
        # urban ones", the other side of a comparison.)
        if found and _FIGURE_PHRASE.fullmatch(text[max(found):second.start]):
            cuts.append(max(found))
    return cuts


_FIGURE_PHRASE = re.compile(r"\s\w+(?:\s[\w-]+){0,3}\sof\s(?:[a-z]+\s)?")


def _word_cuts(text: str, kinds: Sequence[str], values: Sequence[Value] = ()) -> list[int]:
    """Where a word of the grammar's KINDS opens a clause in TEXT (a Latin
    word between spaces), outside VALUES."""
    cuts = []
    for pattern in _cut_patterns(tuple(kinds)):
        cuts += [m.start() for m in pattern.finditer(text)
                 if not any(v.start <= m.start() < v.end for v in values)]
    return cuts


@cache
def _cut_patterns(kinds: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """One pattern per word of the grammar's KINDS, in both languages (a
    word may stand inside another, so each is found on its own)."""
    return tuple(re.compile(rf"\s{re.escape(word)}\s" if word.isascii() else re.escape(word))
                 for language in ("en", "zh") for kind in kinds
                 for word in getattr(grammar(language), kind))


def _cut(text: str, cuts: Sequence[int]) -> list[tuple[int, int]]:
    """TEXT's clauses, each cut again at CUTS."""
    spans = []
    for start, end in split_clauses(text):
        for at in sorted(c for c in cuts if start < c < end):
            spans.append((start, at))
            start = at
        spans.append((start, end))
    return spans


def _spot_apart(claim: OpenClaim, units: Sequence[Unit], at: int, rivals: Sequence[int],
                clauses: Sequence[tuple[int, int]], analysis: Analysis,
                lexicon: Lexicon) -> bool:
    """Whether the claim's figure at AT is another fact's: its clause, with a
    word of its own, lacks a word of the claim's fact (UNITS) that another
    clause holding a figure of its kind (one of RIVALS) has."""
    text = analysis.text.lower()
    own = clause_index(clauses, at)
    rival_clauses = {clause_index(clauses, r) for r in rivals} - {own}
    if not rival_clauses:
        return False
    if _period_only(claim, analysis, clauses[own]):
        return False
    # A clause holding a figure and what it did only ("增长7.4%") goes on with
    # the clause before it when that states a figure of another kind: "城镇
    # 居民……为41260元,增长5.2%;农村居民……为21870元,增长7.4%" gives 7.4% to 农村.
    figured = rival_clauses | {own}
    rival_facts = {i for r in rival_clauses
                   for i in _figure_clauses(claim, r, figured, clauses, analysis, lexicon)}
    own_facts = _figure_clauses(claim, own, figured, clauses, analysis, lexicon)
    if _modifier_swapped(claim, text, [clauses[i] for i in own_facts],
                         [clauses[i] for i in rival_facts]):
        return True
    # What the clauses before it with no figure of the kind say sets the
    # scene for it too ("国内AI助手排名中,豆包……分列月活前三").
    held = [side_of_text(text[slice(*clauses[i])]) for i in range(own + 1)
            if i == own or i not in rival_clauses]
    # Not a clause naming a subject of its own before its figure, after a
    # rival's ("…, retreated by 64 metres in 2023, while the much smaller
    # Vadret da Lüm retreated by 112 metres"): the scene is the rival's.
    own_subject = any(r < own for r in rival_clauses) and bool(_other_names(
        claim, analysis.text, clauses[own][0], at, lexicon, persons=True))
    if own_subject:
        held = held[-1:]
        rival_facts |= set(range(min(rival_clauses)))
    # So does the subject a rival's clause before it opens with, when the
    # claim opens with it too and the figure's clauses name no one of their
    # own ("澄泉智算实现营收2.46亿元,……,净亏损收窄至1.37亿元"; not "宁德时代营收
    # 4009亿元;比亚迪营收6023亿元", "……黄美玲,后者得票率为44.1%").
    # Nor does the scene lend a word a rival's clause gives its own figure:
    # "……受贿、滥用职权案公开宣判,以受贿罪判处其有期徒刑十三年,……以滥用职权
    # 罪判处有期徒刑三年" gives 13 years for the bribes.
    rivals_words = [side_of_text(text[slice(*clauses[i])]) for i in rival_facts]
    own_text = " ".join(text[slice(*clauses[i])] for i in own_facts)
    scene = " ".join(text[slice(*clauses[i])] for i in range(own) if i not in rival_clauses)
    opening = opening_run(claim)
    lacking = [u for u in units if u.weight > 0 and (
        all(unit_share(u, where, lexicon) < 1.0 for where in held)
        or unit_share(u, side_of_text(own_text), lexicon) < 1.0 and CJK_RUN.fullmatch(u.surface)
        and len(u.surface) > 1 and u not in opening and not (u.name or u.entity or u.person)
        and any(unit_share(u, where, lexicon) == 1.0 for where in rivals_words)
        and _sibling_in(u.surface, scene, own_text))]
    if not lacking:
        return False
    # (The claim's subject: its opening run, or a Chinese claim's words
    # before its first figure or date, "青叶线延伸段第一期预计于2026年6月通车";
    # an ordinal is part of a name there.)
    first_value = min((v.start for v in claim.values if v.kind != "ordinal"), default=-1)
    subject = [u for u in claim.units if u in opening or CJK_RUN.match(claim.text)
               and 0 <= claim.text.find(u.surface) < first_value]
    if all(u in subject for u in lacking) \
            and not any(_names_own(claim, analysis, clauses[i], lexicon) for i in own_facts):
        subjects = [side_of_text(_clause_subject(text[slice(*clauses[i])]))
                    for i in sorted(rival_clauses) if i < own]
        if all(any(unit_share(u, where, lexicon) == 1.0 for where in subjects) for u in lacking):
            return False   # only the subject lacking, and the sentence's subject it is
    taken = [u for u in lacking if any(
        unit_share(u, side_of_text(text[slice(*clauses[i])]), lexicon) == 1.0
        for i in rival_facts)]
    if not taken:
        return False
    # Only the subject lacking, the clause may go on saying of it ("Darwin was
    # born in 1809 and died in 1882"): it is another's only with a name of its own.
    names_only = all(u.name or u.entity or u.person or " " in u.surface and _capitalised(u.surface)
                     for u in taken)
    # A clause of time right before it sets its scene, with words of its own
    # ("至2031年……全面入伙后, 将增至每日约7万人次": not the first year's).
    setting = min(own_facts) - 1 if own_facts else -1
    scene = text[slice(*clauses[setting])].rstrip() if setting >= 0 else ""
    if scene and setting not in rival_clauses \
            and any(end == len(scene) for _, end, _ in claim.cues(scene, "adverbial_closers")):
        own_facts = [setting, *own_facts]
    # So does a clause of what was done, with no figure, right before a
    # clause with nothing of its own but the figure: "……,夺得冠军,获得奖金
    # 180万元,亚军奖金为60万元" gives 180万元 to the champion. (Not a part
    # of a phrase a conjunction cuts off: "followed by fire | and emergency
    # medical services at $139 million".)
    elif setting >= 0 and setting not in rival_clauses and own_facts == [own] \
            and clauses[setting][1] < clauses[own][0] \
            and not _has_own_word(claim, analysis, clauses[own], lexicon, names_only) \
            and not any(clauses[setting][0] <= v.start < clauses[setting][1] for v in analysis.values):
        own_facts = [setting, own]
    return any(_has_own_word(claim, analysis, clauses[i], lexicon, names_only) for i in own_facts)


def _sibling_in(word: str, scene: str, clause: str) -> bool:
    """Whether SCENE lists WORD with another item (受贿、滥用职权) that CLAUSE
    holds: the clause is that item's."""
    for at in _starts(word, scene):
        before = _RUN_BEFORE_COMMA.search(scene, 0, at)
        after = _RUN_AFTER_COMMA.match(scene, at + len(word))
        siblings = [*(tagged_words(before.group(1))[-1:] if before else ()),
                    *(tagged_words(after.group(1))[:1] if after else ())]
        if any(len(w) >= 2 and w in clause for w, _ in siblings):
            return True
    return False


_RUN_BEFORE_COMMA = re.compile(f"([\u3400-\u9fff]+){_LIST_COMMA}$")
_RUN_AFTER_COMMA = re.compile(f"{_LIST_COMMA}([\u3400-\u9fff]+)")


def _names_own(claim: OpenClaim, analysis: Analysis, span: tuple[int, int],
               lexicon: Lexicon) -> bool:
    """Whether the passage's clause at SPAN names something of its own: an
    entity the claim lacks, a pronoun (后者, 其), or a name."""
    entities = {u.entity for u in claim.units if u.entity}
    start, end = span
    return any(start <= m.start < end and (m.kind == "pronoun" or m.kind == "entity"
                                           and m.id not in entities)
               for m in analysis.mentions) \
        or bool(_other_names(claim, analysis.text, start, end, lexicon, persons=True)) \
        or _parallel_subject(claim, analysis.text, span, lexicon)


def _parallel_subject(claim: OpenClaim, text: str, span: tuple[int, int],
                      lexicon: Lexicon) -> bool:
    """Whether the passage's Chinese clause at SPAN opens with words of its
    own where the claim opens with its subject, then says the claim's other
    words before its figure: "乙岸快运2024年单票收入为2.31元" after "甲岭物流
    2024年单票收入为2.05元" names a subject no tagger knows, unlike "净亏损
    收窄至1.37亿元", which goes on with the clause before."""
    opening = opening_run(claim)
    first = min((v.start for v in claim.values if v.kind != "date"), default=-1)
    claimed = claim.text.lower()
    if not opening or first < 0:
        return False
    subject_end = claimed.find(opening[-1].surface.lower()) + len(opening[-1].surface)
    said = [u for u in claim.units if u not in opening and u.weight > 0
            and subject_end <= claimed.find(u.surface.lower()) < first]
    clause = text.lower()[slice(*span)].strip()
    held = [where for u in said for f in u.forms if (where := clause.find(f.lower())) >= 0]
    if not said or not all(any(_stands_in(f.lower(), clause) for f in u.forms) for u in said):
        return False
    stop = min((*held, *(v.start for v in parse_values(clause) if v.kind == "date")), default=0)
    own = clause[:stop].strip()
    # (Words the claim writes too are no other subject: 第四季 of "……2025年第四季
    # 营收约为61.8亿元".)
    return len(own) >= 2 and bool(CJK_RUN.fullmatch(own)) and own not in claimed \
        and not any(unit_share(u, side_of_text(own), lexicon) > 0 for u in opening) \
        and not all(is_chinese_stop_word(w) for w, _ in tagged_words(own))


def _clause_subject(clause: str) -> str:
    """The words a Chinese clause opens with before its first verb (澄泉|智算
    of "澄泉智算实现营收2.46亿元"), or '' when it has none."""
    words: list[str] = []
    # (The segmenter may tag a name's first word a verb: 启明|光电.)
    for word, tag in tagged_words(clause.strip()):
        if tag.startswith("v") and words:
            return "".join(words)
        words.append(word)
    return ""


def opening_run(claim: OpenClaim) -> list[Unit]:
    """The claim's Chinese words written one after another from its start
    (澄泉|智算 of "澄泉智算2025年上半年……"), or from after the time it opens
    with (禾阳市 of "2023年禾阳市……", "截至2024年6月末,禾阳市……"): its subject."""
    claimed = claim.text.lower()
    run, at = [], _after_opening_time(claim)
    for unit in sorted(claim.units, key=lambda u: claimed.find(u.surface.lower())):
        if claimed.find(unit.surface.lower()) < at and not run:
            continue   # (a word of the time: 截至)
        if claimed.find(unit.surface.lower()) != at or not CJK_RUN.fullmatch(unit.surface) \
                or unit.measure or run and _verb_tag(tagged_words(unit.surface)[0][1],
                                                     run[-1].surface) \
                or len(run) == OPENING_WORDS:
            break
        run.append(unit)
        at += len(unit.surface)
    return run


OPENING_WORDS = 3
"""The most words of a Chinese claim's opening run read as its subject."""


def _verb_tag(tag: str, previous: str) -> bool:
    """Whether jieba's part-of-speech TAG is a verb's, after the word
    PREVIOUS: not a verbal noun after a name (vn: 体育 of 凌峰体育, 运输 of
    岚江运输), which names with it as a noun does (after a common word, 今年|
    统测, it may say what was done)."""
    from checker.language.vocabulary import is_common_word

    return tag.startswith("v") and not (tag == "vn" and not is_common_word(previous))


def _after_opening_time(claim: OpenClaim) -> int:
    """Where the words of a claim start after the dates it opens with, each
    perhaps after a word of ``as_of`` or ``adverbial_openers`` (截至, 在) and
    before one of ``adverbial_closers`` (以来) and a comma: 0 for a claim
    opening otherwise."""
    claimed = claim.text.lower()
    dates = {v.start: v.end for v in claim.values if v.kind == "date" and v.start is not None}
    openers = [*claim.cues(claimed, "as_of"), *claim.cues(claimed, "adverbial_openers")]
    closers = claim.cues(claimed, "adverbial_closers")
    at = 0
    while True:
        opener = next((end for start, end, _ in openers if start == at and end in dates), at)
        if opener not in dates:
            return at
        at = dates[opener]
        at = max((end for start, end, _ in closers if start == at), default=at)
        at += len(claimed[at:]) - len(claimed[at:].lstrip(" ,\uff0c"))


def _modifier_swapped(claim: OpenClaim, text: str, own: Sequence[tuple[int, int]],
                      rivals: Sequence[tuple[int, int]]) -> bool:
    """Whether a Chinese compound of the claim (货物|吞吐量) stands in a
    rival figure's clauses (RIVALS of TEXT) while the figure's OWN clauses
    give its head another noun before it (集装箱吞吐量): in "货物吞吐量5.92亿吨,
    同比增长6.4%;集装箱吞吐量1630万标准箱,同比增长9.1%" 9.1% is the
    containers'."""
    claimed = claim.text.lower()
    own_text = "".join(text[start:end] + "," for start, end in own)
    rival_text = "".join(text[start:end] + "," for start, end in rivals)
    words = {u.surface.lower() for u in claim.units}
    ordered = sorted(words, key=claimed.find)
    for first, head in pairwise(ordered):
        compound = first + head
        if not (CJK_RUN.fullmatch(compound) and compound in claimed and compound in rival_text) \
                or compound in own_text:
            continue
        for run in CJK_RUN.findall(own_text):
            tagged = tagged_words(run)
            if any(word == head and tag_before.startswith("n") and before not in words
                   for (before, tag_before), (word, _) in pairwise(tagged)):
                return True
    return False


def _figure_clauses(claim: OpenClaim, at: int, figured: Collection[int],
                    clauses: Sequence[tuple[int, int]], analysis: Analysis,
                    lexicon: Lexicon) -> list[int]:
    """Clause AT, and the one before it when AT says nothing of its own but
    its figure (增长7.4%) and the one before states a quantity of another kind
    than the FIGURED clauses' (the fact it goes on with; a period before it,
    "即便2025年前9个月有所控制,仍占73.6%", only dates it), or AT opens with a
    word giving a figure of what the clause before says ("最大降雨出现在梅岭镇,
    为263毫米")."""
    if at > 0 and at - 1 not in figured and (any(
            clauses[at - 1][0] <= v.start < clauses[at - 1][1] and v.kind in NUMERIC_KINDS
            for v in analysis.values) or _opens_with_figure_word(analysis.text[slice(*clauses[at])])) \
            and not _has_own_word(claim, analysis, clauses[at], lexicon):
        return [at - 1, at]
    return [at]


def _opens_with_figure_word(clause: str) -> bool:
    """Whether CLAUSE opens with a word that gives a figure of what the
    clause before it says (为, at)."""
    clause = clause.lstrip().lower()
    return any(clause.startswith(word) and (CJK_RUN.match(word) or not clause[len(word):][:1].isalnum())
               for language in ("en", "zh") for word in grammar(language).figure_openers)


def figure_apart(claim: OpenClaim, analysis: Analysis, at: int, lexicon: Lexicon,
                 rival_kind: str = "", claimed: Value | None = None) -> bool:
    """Whether the passage's figure at AT is another fact's than the claim's:
    its clause, with a word of its own, lacks a word of the claim (but its
    subject's names) that neither it nor the clauses before it hold, and
    another clause of the passage holds that word. "北美市场贡献收入12.7亿元,
    欧洲市场……, 其余来自东南亚……" gives 12.7亿元 to North America, no
    figure against a claim of Southeast Asia's revenue. With RIVAL_KIND, that
    clause or the one after it must state a figure of that kind ("前五大客户
    贡献收入占比为63.5%,最大客户为……驰远汽车,占比22.8%"): a claim's word for
    something else it says ("是传统公司均值的2倍") makes no rival fact. With
    CLAIMED (the claim's figure compared), only the words the claim says of
    it count ("……41.7万人受灾,5.8万人紧急转移安置": 转移 is the 5.8万's)."""
    text = analysis.text.lower()
    clauses = fact_clauses(text, analysis.values)
    own = clause_index(clauses, at)
    # (A name an English claim writes after its figure is what it says of the
    # figure, not its subject: "Thisbe will be 1.9 billion kilometres from
    # Earth".)
    claim_text = claim.text.lower()
    leading = {id(u) for u in leading_names(claim)
               if claimed is None or claimed.kind == "date" or CJK_RUN.search(claim.text)
               or claim_text.find(u.surface.lower()) < claimed.start}
    said = _fact_units(claim, claimed.start) if claimed is not None \
        else _without_share_words(claim, claim.units)
    words = [u for u in said if u.weight > 0 and id(u) not in leading
             and not u.entity and not u.measure]
    sides = [side_of_text(text[slice(*c)]) for c in clauses]
    # A clause referring back (", its highest level in three years" after
    # "pushing the participation rate up to 63.2%") has the clause before for
    # its subject, not the clauses before that.
    first = own - 1 if _refers_to_clause_before(text, clauses, own) \
        and _has_own_word(claim, analysis, clauses[own - 1], lexicon) else 0
    lacking = [u for u in words
               if not any(unit_share(u, sides[i], lexicon) == 1.0 for i in range(first, own + 1))]
    rivals = [*range(first), *range(own + 1, len(clauses))]
    if rival_kind:
        # The clause itself, or a clause after it giving only the figure
        # ("……最大客户为驰远汽车,占比22.8%").
        # (An ordinal of another thing is none: 第三届 and 首次.)
        kin = [v for v in analysis.values if v.kind == rival_kind
               and (claimed is None or claimed.kind != "ordinal"
                    or _same_head(claimed, claim.text, v, analysis.text))]
        figured = {clause_index(clauses, v.start) for v in kin}
        continued = {clause_index(clauses, v.start) - 1 for v in kin
                     if _figure_only(text, clauses, v)}
        rivals = [i for i in range(own + 1, len(clauses)) if i in figured | continued]
    if not lacking or not any(unit_share(u, sides[i], lexicon) == 1.0 for u in lacking
                              for i in rivals):
        return False
    if first:
        return True   # (the clause before has a word of its own, read above)
    if own and not _has_own_word(claim, analysis, clauses[own], lexicon) \
            and _continues_figure(text[slice(*clauses[own])]):
        # A clause giving only the change of what the one before names
        # ("……零售总额为1,512亿元,同比增长4.7%") has that clause's words.
        return _has_own_word(claim, analysis, (clauses[own - 1][0], clauses[own][1]), lexicon)
    return _has_own_word(claim, analysis, clauses[own], lexicon)


def head_of_another(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether TEXT (a passage's, normalised), before its figure at AT, lacks
    a Chinese word of four characters or more of the claim and writes the
    word's last two (its head) after two others: "全体居民人均可支配收入……增长
    5.3%" gives the growth of all residents' income, not of the 城镇居民 the
    claim names."""
    lowered = text.lower()
    for unit in claim.units:
        word = unit.surface
        if len(word) < 4 or unit.name or unit.entity or not CJK_RUN.fullmatch(word) \
                or any(f in lowered for f in (*unit.forms, *unit.variants) if f):
            continue
        head, modifier = word[-2:], word[-4:-2]
        if any(CJK_RUN.fullmatch(lowered[p - 2:p]) and lowered[p - 2:p] != modifier
               for p in _starts(head, lowered[:at]) if p >= 2):
            return True
    return False


def sibling_at_figure(claim: OpenClaim, text: str, at: int, figure: bool = True) -> bool:
    """Whether the clause of the passage's figure at AT lacks a Chinese word
    of the claim and holds one that differs from it only in its last
    character ("以22.8%的零售额份额位居第一" gives a share of sales value, not
    of the 零售量 (volume) the claim names, though the passage says 零售量 of
    something else), or only in the numeral it opens with (一期工程 is not the
    claim's 三期工程, though "分三期实施" stands in the sentence). Without
    FIGURE (AT is where the passage says the claim's words), only the latter."""
    if at < 0:
        return False
    # Its clause, or the item of a list it stands in (between a colon or
    # semicolons: "一期工程……,长22.5公里,……;二期工程……").
    # (A numbered word, in the whole sentence when no list parts it: "4号线
    # 一期工程已获批复,……,总投资约148亿元".)
    cuts = [m.end() for m in _LIST_ITEM_END.finditer(text)]
    part = text[max((c for c in cuts if c <= at), default=0):
                min((c for c in cuts if c > at), default=len(text))].lower()
    clauses = split_clauses(text)
    clause = text[slice(*clauses[clause_index(clauses, at)])].lower()
    if _numbered_otherwise(claim.text.lower(), clause):
        return True
    numerals = chinese_chars()
    digits = chinese_digits()

    @cache
    def clause_words() -> tuple[str, ...]:
        return tuple(w for run in CJK_RUN.findall(clause) for w, _ in tagged_words(run))

    if figure and _variant_named_otherwise(claim, text, at):
        return True
    if figure and _prefixed_in_part(claim, part):
        return True
    for unit in claim.units:
        word = unit.surface
        if figure and _lettered_otherwise(word, text, at):
            return True
        # (Not 万一 nor 千万: a digit, then no numeral.)
        numbered = word[:1] in digits and not any(c in numerals for c in word[1:])
        scope = part if numbered else clause
        # (A numbered word is checked even where the claim's opening words
        # are taken for a name the sentence before may give.)
        if unit.name and not numbered or unit.entity or len(word) < (2 if numbered else 3) \
                or not CJK_RUN.fullmatch(word) \
                or any(f in scope for f in (*unit.forms, *unit.variants) if f):
            continue
        if numbered and re.search(f"[{re.escape(digits)}]{re.escape(word[1:])}", scope):
            return True
        if not numbered and figure and any(len(w) == len(word) and w != word and w[:-1] == word[:-1]
                                           for w in clause_words()):
            return True
    return False


_LIST_ITEM_END = re.compile(r"[;:\uff1b\uff1a]")


def _numbered_otherwise(claim_text: str, clause: str) -> bool:
    """Whether CLAUSE (a passage's, lowered) lacks a numbered English
    compound of CLAIM_TEXT ("five-year", "2-bedroom") and holds one with the
    same noun and another number: "the two-year fixed rate fell to 5.12%"
    is no five-year rate's."""
    said = set(_numbered_compounds(clause))
    return any((n, noun) not in said and any(m == noun and k != n for k, m in said)
               for n, noun in _numbered_compounds(claim_text))


def noun_modified_otherwise(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the clause of the passage's figure at AT of TEXT writes the
    noun of the claim's opening words (its subject: "Energy prices", "online
    sales") after another word than the claim's, which the clause lacks:
    "Producer input prices were down 2.6%" is no figure against "Energy
    prices fell 8.5%", "like-for-like sales up 3.4%" none against "online
    sales grew 7%". In Chinese, the measure's noun right after a word of
    the claim ("税收收入") standing last before AT after another word
    ("一般公共预算收入……同比增长5.2%")."""
    if at >= 0 and CJK_RUN.search(claim.text):
        return _chinese_noun_modified_otherwise(claim, text.lower(), at)
    if at < 0 or not claim.text.isascii():
        return False
    opening = _opening_words(claim)
    if CJK_RUN.search(text):
        if len(opening) < 2:
            return False
        modifier, noun = opening[-2].lower(), opening[-1].lower()
        return not _modifier_excluded(claim, opening) \
            and noun in {u.surface.lower() for u in claim.units if u.measure} \
            and _translated_noun_unmodified(claim, modifier, noun, text.lower(), at)
    clauses = split_clauses(text)
    said = [w.lower() for w in LATIN_WORD.findall(text[slice(*clauses[clause_index(clauses, at)])])]
    claimed = {w.lower() for w in LATIN_WORD.findall(claim.text)}
    measured = {u.surface.lower() for u in claim.units if u.measure}
    weighted = {u.surface.lower() for u in claim.units if u.weight > 0 and not u.name}
    if len(opening) >= 2 and not _modifier_excluded(claim, opening):
        modifier, noun = opening[-2].lower(), opening[-1].lower()
        # (A noun of the claim's that no lexicon measures too, after a word
        # written in lower case, not a name, and before a word of direction,
        # so a subject's noun: "corn exports slipped 12%" is no figure of
        # "soybean exports grew".)
        if modifier not in said and (noun in measured or noun in weighted
                                     and opening[-2].islower()
                                     and _direction_after(claim.text, opening[-1])) and any(
                later == noun and not is_stop_word(word) and word not in claimed
                and parse_english(word) is None for word, later in pairwise(said)):
            return True
        # (Nor the claim's two words with a noun of its own between them:
        # "Soybean meal exports rose 8%" is no figure of soybean exports.)
        if not any((first, second) == (modifier, noun) for first, second in pairwise(said)) \
                and any((first, third) == (modifier, noun) and not is_stop_word(second)
                        and second not in claimed and parse_english(second) is None
                        for first, second, third in zip(said, said[1:], said[2:])):
            return True
    # (The noun phrase the words open with, for a bare noun: "Youth
    # unemployment" of "Youth unemployment in Aldermoor fell".)
    stop = next((i for i, w in enumerate(opening) if i and is_stop_word(w)), len(opening))
    phrase = opening[:stop]
    return len(phrase) >= 2 and not _modifier_excluded(claim, phrase) \
        and phrase[-2].lower() not in said \
        and _noun_unmodified(claim, phrase[-2].lower(), phrase[-1].lower(), said, text)


def _modifier_excluded(claim: OpenClaim, opening: Sequence[str]) -> bool:
    """Whether the word before the last of OPENING (a claim's opening words)
    modifies nothing a passage must say: a grammar word, a possessive, a
    name, or a capitalised word opening more than two words."""
    modifier = opening[-2].lower()
    named = {u.surface.lower() for u in claim.units if u.name or u.entity or u.person}
    return is_stop_word(modifier) or "'" in modifier or modifier in named \
        or opening[-2][:1].isupper() and len(opening) > 2


def _noun_unmodified(claim: OpenClaim, modifier: str, noun: str, said: Sequence[str],
                     text: str) -> bool:
    """Whether the clause of a passage's figure (its words SAID) writes the
    noun of the claim's subject bare, with no word of its own before it, and
    its sentence (TEXT) nowhere the claim's word before that noun: the whole's
    figure ("Unemployment in the federation fell to 6.1%"), none of a part
    ("Youth unemployment … fell to 14.6%"). Not where the claim's word says
    the whole itself (``whole_modifiers``: "overall unemployment"), nor a
    period (quarterly) or a verb."""
    lowered = text.lower()
    if modifier in period_words() or "-" in modifier or is_verb(modifier) \
            or claim.cues(modifier, "whole_modifiers") or claim.cues(modifier, "per_period") \
            or re.search(rf"\b{re.escape(modifier)}", lowered) or noun not in said \
            or is_verb(noun) or not any(
                u.surface.lower() == noun and u.weight > 0 for u in claim.units):
        return False
    # (Bare: after a mark, a dateline's dash, or a grammar word.)
    for found in re.finditer(rf"\b{re.escape(noun)}\b", lowered):
        before = lowered[:found.start()].rstrip()
        if not before or not before[-1].isalpha() or is_stop_word(before.split()[-1]):
            return True
    return False


def _translated_noun_unmodified(claim: OpenClaim, modifier: str, noun: str, text: str,
                                at: int) -> bool:
    """Whether the sentence of a Chinese passage's figure at AT says the
    noun of an English claim's subject ("investment") before it, in any of
    its translations, but nowhere the claim's word before that noun
    ("infrastructure"): "上半年全市固定资产投资同比增长4.6%" is no figure of
    "Ningchuan's infrastructure investment". A period's modifier
    ("second-quarter") is left to dates; then whether the passage's noun
    stands after a word of its own instead (核心电商业务收入)."""
    def translations(word: str) -> list[str]:
        unit = next((u for u in claim.units if u.surface.lower() == word), None)
        return [f for f in unit.forms if len(f) >= 2 and CJK_RUN.fullmatch(f)] if unit else []

    start = _sentence_start(text, at)
    found = _SENTENCE_END.search(text, at)
    sentence = text[start:found.start() if found else len(text)]
    nouns, modifiers = translations(noun), translations(modifier)
    if "-" in modifier or modifier in period_words() or any(c.isdigit() for c in modifier):
        # A period's modifier ("second-quarter revenue"): dates say that; the
        # passage's noun after a word of its own is another's ("核心电商业务
        # 收入……9.6%"), not after a word of a total (总营收).
        spot = max((text.rfind(f, start, at) for f in nouns), default=-1)
        own = modifier_before(text, spot) if spot > 0 else ""
        claimed = {f for u in claim.units for f in u.forms}
        return bool(own) and own not in claimed \
            and not own.startswith(tuple(grammar("zh").totals) or ("\0",))
    return bool(nouns) and bool(modifiers) and any(f in text[start:at] for f in nouns) \
        and not any(f in sentence for f in modifiers)


def _chinese_noun_modified_otherwise(claim: OpenClaim, text: str, at: int) -> bool:
    claimed = claim.text.lower()
    # (The whole sentence, over semicolons: "一般公共预算支出……;其中教育支出……".)
    sentence = text.rfind("\u3002", 0, at) + 1
    # A measure's noun anywhere, or any noun before the claim's figure: "国小
    # 平均每班学生数为24.5人" is not "国中平均每班学生数为26.8人".
    figure = min((v.start for v in claim.values), default=-1)
    for unit in claim.units:
        noun = unit.surface.lower()
        if not CJK_RUN.fullmatch(noun) or not unit.measure and (
                unit.name or unit.entity or len(noun) < 2 or figure < 0):
            continue
        spot = claimed.find(noun)
        if not unit.measure and not 0 < spot < figure:
            continue
        # (A verb before the noun takes it as its object, 相当于总收入, 占总收入:
        # no word of a kind. The tagger calls some nouns verbs, 预算 of 预算收入,
        # so only a verb of one character is taken so in the passage.)
        if not unit.measure:
            # (Its two characters before, against the passage's, where the
            # tagger cut a word it does not know apart, 国|小 of 国小平均.)
            # (Not where the character next to the noun is the same, 中使 and
            # 可使 of 使脑内: the word before is the same.)
            last = text.rfind(noun, sentence, at)
            pair, stated = _characters_before(claimed, spot), _characters_before(text, last)
            if pair and stated and pair[-1] != stated[-1] \
                    and _in_units(claim, claimed, spot - 2, spot) \
                    and pair not in text[sentence:at]:
                return True
            continue
        modifier = modifier_before(claimed, spot) if spot > 0 else ""
        if not modifier or is_verb(modifier) or not any(
                u.surface.lower() == modifier for u in claim.units
                if not (u.name or u.entity or u.measure)):
            continue
        last = text.rfind(noun, sentence, at)
        stated = modifier_before(text, last) if last > 0 else ""
        if stated and stated != modifier and modifier not in text[sentence:at] \
                and not (len(stated) == 1 and is_verb(stated)):
            return True
    return False


def _in_units(claim: OpenClaim, claimed: str, start: int, end: int) -> bool:
    """Whether every character of CLAIMED (the claim's lower-cased text) from
    START to END is a unit of the claim by itself: the pieces of a word the
    tagger did not know (国|小 of 国小)."""
    covered: set[int] = set()
    for unit in claim.units:
        surface = unit.surface.lower()
        at = claimed.find(surface) if len(surface) == 1 and not (unit.name or unit.entity) else -1
        while at >= 0:
            covered.update(range(at, at + len(surface)))
            at = claimed.find(surface, at + 1)
    return start >= 0 and all(i in covered for i in range(start, end))


def _characters_before(text: str, at: int) -> str:
    """The two Chinese characters right before AT in TEXT, when neither is a
    function character (的, 在); else ''."""
    pair = text[max(0, at - 2):at] if at >= 2 else ""
    return pair if len(pair) == 2 and CJK_RUN.fullmatch(pair) \
        and not any(is_chinese_stop_word(c) for c in pair) else ""


def _direction_after(text: str, word: str) -> bool:
    """Whether the word after the first WORD of TEXT is a word of direction
    ("exports grew")."""
    found = re.search(rf"\b{re.escape(word)}\b", text)
    after = LATIN_WORD.match(text[found.end():].lstrip()) if found else None
    return after is not None and after.group().lower() in {w.lower() for w in direction_words()}


def _opening_words(claim: OpenClaim) -> list[str]:
    """The claim's words before its first figure (or number), word of a
    direction or level word ("Energy prices" of "Energy prices fell 8.5%"),
    from its last possessive on ("online sales" of "Pellworth's online sales
    grew")."""
    text = claim.text
    ends = set(grammar("en").level_before) | set(direction_words())
    digit = re.search(r"\d", text)
    words = []
    for match in LATIN_WORD.finditer(text[:min((v.start for v in claim.values),
                                              default=digit.start() if digit else len(text))]):
        word = match.group()
        if word.lower() in ends:
            break
        words.append(word)
        if "'" in word:
            words = []
    return words


def _numbered_compounds(text: str) -> list[tuple[float, str]]:
    """TEXT's numbered English compounds ("five-year", "2-bedroom") as
    (number, noun)."""
    found = []
    for match in _NUMBERED_COMPOUND.finditer(text):
        number, noun = match.group(1), match.group(2)
        if noun in _figure_nouns():
            continue
        value = float(number) if number.isdigit() else getattr(parse_english(number), "value", None)
        if value is not None:
            found.append((value, noun))
    return found


@cache
def _figure_nouns() -> frozenset[str]:
    """Words making a multiple, a fraction or a physical quantity after a
    number ("10-fold", "two-thirds", "500-megawatt"): a figure, no numbered
    compound."""
    multiples = numeral_units()["multiples"]
    return frozenset({w.strip("-") for w in multiples["after"]}
                     | set(multiples["english_denominators"])
                     | {form for form in physical_forms() if form.isalpha()})


_NUMBERED_COMPOUND = re.compile(r"(?<![\w-])([0-9]+|[a-z]+)-([a-z]{3,})\b")


def listed_total(value: Value, analysis: Analysis, stated: Value) -> bool:
    """Whether STATED, a figure of the passage, is one of several of its kind
    and unit its clause lists ("抽验粉圆5件、芋圆3件") that add up to the
    claim's VALUE ("抽验的8件粉圆及芋圆"): the claim counts them together."""
    clauses = split_clauses(analysis.text)
    own = clause_index(clauses, stated.start)
    listed = [v.anchor for v in analysis.values if v.kind == stated.kind and v.unit == stated.unit
              and clause_index(clauses, v.start) == own]
    return len(listed) >= 2 and math.isclose(sum(listed), value.anchor, rel_tol=1e-9)


def share_base_elsewhere(claim: OpenClaim, text: str) -> bool:
    """Whether the claim gives a share of a base (占其总支出的73.6%: the words
    after ``shares`` up to ``relative_markers``) that TEXT (a passage's)
    does not name: "营销支出占收入的285%……仍占73.6%" is a share of revenue."""
    zh = grammar("zh")
    lowered = text.lower()
    for _, end, _ in claim.cues(claim.text, "shares"):
        run = CJK_RUN.match(claim.text, end)
        if run is None:
            continue
        # (Only a base a marker ends: not 占比为10.3%, 占有率.)
        marked = [run.group().split(m, 1)[0] for m in zh.relative_markers if m in run.group()]
        if not marked:
            continue
        base = min(marked, key=len)
        base = base[1:] if base[:1] in zh.referring_openers else base
        if len(base) >= 2 and base.lower() not in lowered:
            return True
    return False


def share_of_another_base(claim: OpenClaim, text: str, figure: int) -> bool:
    """Whether the figure at FIGURE of TEXT (a passage's) is a share of a
    base written between a ``shares`` word and a relative marker right
    before it, that the claim does not name (``_base_named``: "海外用户已占其
    API调用量的60%" against "全部用户中有一半来自美国市场"): a share of API
    calls, not of users."""
    if figure < 0:
        return False
    zh = grammar("zh")
    lowered = text.lower()
    for _, end, _ in claim.cues(lowered[:figure], "shares"):
        between = lowered[end:figure]
        marker = next((m for m in zh.relative_markers if between.endswith(m)), "")
        base = between[:len(between) - len(marker)] if marker else ""
        base = base[1:] if base[:1] in zh.referring_openers else base
        # (Words only: "占比由2023年的15%" names a year, no base.)
        if 2 <= len(base) <= _SHARE_BASE_CHARS and within_clause(base) \
                and not any(c.isdigit() for c in base) and not _base_named(claim, base):
            return True
    return False


def _base_named(claim: OpenClaim, base: str) -> bool:
    """Whether the claim names BASE (lower case), past an owner the claim
    names, or a word of two characters of it (收入 of 了总收入 in one of its
    words' forms: overseas revenue's 境外收入), or one of its Latin words
    (API)."""
    forms = [claim.text.lower(), *(f.lower() for u in claim.units for f in u.forms)]
    # (Not by its owner, the words the claim opens with: 星遥科技|API调用量.)
    owners = [f.lower() for u in claim.units if u.name or u.entity for f in u.forms if f]
    lowered, at = claim.text.lower(), 0
    while opening := next((f.lower() for u in claim.units for f in u.forms[:1]
                           if f and lowered.startswith(f.lower(), at)), ""):
        owners.append(opening)
        at += len(opening)
    while owner := next((f for f in owners if base.startswith(f) and len(f) < len(base)), ""):
        base = base[len(owner):].lstrip("".join(grammar("zh").possessive))
    pairs = {base[i:i + 2] for i in range(len(base) - 1) if CJK_RUN.fullmatch(base[i:i + 2])}
    words = set(LATIN_WORD.findall(base))
    return any(p in f for p in pairs for f in forms) \
        or any(re.search(rf"\b{re.escape(w)}\b", forms[0]) for w in words)


_SHARE_BASE_CHARS = 12


def part_of_year_elsewhere(claim: OpenClaim, text: str) -> bool:
    """Whether the claim names a part of a year without its year ("in the
    first quarter", 一季度) and TEXT (a passage's) names only others ("in
    the second quarter")."""
    claimed = year_parts_named(claim.text)
    if not claimed:
        return False
    stated = year_parts_named(text)
    return bool(stated) and not claimed & stated


def year_part_apart(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the clause of the figure at AT of TEXT (a passage's) names,
    before it, parts of a year none of which the claim names: in "上半年……增长
    4.7%,……;其中二季度单季增长4.1%" the 4.1% is the second quarter's, not the
    half-year's. A part named as the base of a change is not the figure's."""
    claimed = year_parts_named(claim.text)
    if at < 0 or not claimed:
        return False
    stated = _year_parts_before(claim, text, at) or _year_parts_after(text, at)
    return bool(stated) and not claimed & stated


def _year_parts_after(text: str, at: int) -> frozenset[tuple[int, int]]:
    """The parts of a year an English clause names right after the figure at
    AT of TEXT, before any other figure ("from 15,070 in the third
    quarter")."""
    if CJK_RUN.search(text):
        return frozenset()   # (Chinese names the period before the figure)
    clauses = split_clauses(text)
    _, end = clauses[clause_index(clauses, at)]
    following = next((v.start for v in _parsed_values(text) if at < v.start < end
                      and v.kind != "date"), end)
    figure = next((v for v in _parsed_values(text) if v.start == at), None)
    return year_parts_named(text[figure.end if figure else at:following])


def part_against_whole(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (a passage's) is of a part of a year
    (its clause names one before it) and the claim names none: "2024年前三季度
    累计销量为41.7万辆" says nothing against "2024年全年销量为60万辆"."""
    return at >= 0 and not year_parts_named(claim.text) \
        and (bool(_year_parts_before(claim, text, at)) or _period_after(claim, text, at)
             or _part_unnamed(claim, text, at) or _month_of_a_year(claim, text, at)
             or _span_of_a_year(claim, text, at))


def _span_of_a_year(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the claim dates its figure by a year alone and the last date
    of TEXT before the figure at AT is a span of months shorter than a year
    ("2025年1至10月，鹿鸣站……；鹿鸣南站发送旅客2460万人次" says nothing against
    "鹿鸣南站2025年全年发送旅客突破3000万人次")."""
    if not _year_alone(claim):
        return False
    dates = [v for v in _parsed_values(text) if v.kind == "date" and v.end <= at]
    # (Not one a word of the whole year dates again: "2024年1-6月，……完成全年目标
    # 任务7.5万人的54.7%".)
    return bool(dates) and dates[-1].unit == "period" \
        and _PART_OF_YEAR_DAYS[0] < dates[-1].high - dates[-1].low < _PART_OF_YEAR_DAYS[1] \
        and not claim.cues(text[dates[-1].end:at], "whole_period")


def _year_alone(claim: OpenClaim) -> bool:
    """Whether the claim dates its figure by a year alone: no month, no other
    part of a year, no span."""
    return any(v.kind == "date" and v.unit == "year" for v in claim.values) \
        and not any(v.kind == "date" and v.unit != "year" or v.kind == "duration"
                    for v in claim.values) and not months_named(claim.text)


def _month_of_a_year(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the claim dates its figure by a year alone, naming no month
    or span, and the clause of the figure at AT of TEXT names a month before
    it: "12月单月，全省快递业务量为5.1亿件" and "In February it carried 2.34
    million passengers" say nothing against a year's figure."""
    if not _year_alone(claim):
        return False
    # (In its part between semicolons, as a month, not a day's: "1月15日发布".)
    start = max((m.end() for m in SEMICOLON.finditer(text, 0, at)), default=0)
    start = max(start, max(text.rfind(mark, 0, at) for mark in _SENTENCE_ENDS) + 1)
    # (English may name it after: "carried 1.86 million passengers in February".)
    clauses = split_clauses(text)
    end = at if CJK_RUN.search(text) else clauses[clause_index(clauses, at)][1]
    days = [(v.start, v.end) for v in _parsed_values(text) if v.kind == "date" and v.unit == "day"]
    said = "".join(" " if any(a <= i < b for a, b in days) else ch
                   for i, ch in enumerate(text[start:end], start))
    # (Nor a day without its year, "1月15日发布", "on March 15", nor the
    # year's end, "截至12月底".)
    said = day_of_month_re().sub(lambda m: " " * len(m.group()), said)
    return bool(months_named(said, alone=True))


def _month_lent(claim: OpenClaim, analysis: Analysis, before: Sequence[Analysis]) -> bool:
    """Whether the passage of ANALYSIS dates nothing itself and the sentence
    BEFORE it names a month, which its figures are of, against a claim dating
    its figure by a year alone ("9月份共录得……。其中住宅买卖合约4,388宗" says
    nothing against "2025年全年住宅买卖合约突破5万宗")."""
    if not before or any(v.kind == "date" for v in analysis.values) or not _year_alone(claim):
        return False
    # (A month dating a figure there, in its clause: not "figures published in
    # February 2024", nor "最低值……出现在8月".)
    lender = before[0]
    clauses = split_clauses(lender.text)
    return any(v.kind == "date" and v.unit == "month" and any(
        w.kind in NUMERIC_KINDS and w.start >= v.end
        and clause_index(clauses, w.start) == clause_index(clauses, v.start)
        for w in lender.values) for v in lender.values)


def _part_unnamed(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the clause of the figure at AT of TEXT (a passage's) gives it
    as a part's of a year the passage does not name here (``unnamed_parts``:
    "total revenue for the quarter, C$318 million", 该季度, 单季), while the
    claim gives a whole year and no part of one or span."""
    if not any(v.kind == "date" and v.unit == "year" for v in claim.values) \
            or any(v.kind == "duration" for v in claim.values) \
            or claim.cues(claim.text.lower(), "unnamed_parts"):
        return False
    clauses = split_clauses(text)
    index = clause_index(clauses, at)
    start, end = clauses[index]
    # (A figure set off by commas, "total revenue for the quarter, C$318
    # million, and …", is the clause before's.)
    figure = next((v for v in _parsed_values(text) if v.start == at), None)
    rest = text[start:at] + text[figure.end if figure else at:end]
    if index and not LATIN_WORD.search(rest) and not CJK_RUN.search(rest):
        start = clauses[index - 1][0]
    return bool(claim.cues(text[start:end].lower(), "unnamed_parts"))


def earlier_figure(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether a word setting an earlier state of things (``earlier_states``:
    "initially said", "had originally proposed", 最初) stands before the
    figure at AT of TEXT (a passage's) in its clause, the claim saying no
    such thing: the figure was so once, and may have been revised ("had
    initially said that 'fewer than 5 million' users were affected, before
    revising the figure")."""
    if at < 0 or claim.cues(claim.text, "earlier_states"):
        return False
    clauses = split_clauses(text)
    own = clause_index(clauses, at)
    return any(start < at and clause_index(clauses, start) == own
               for start, _, _ in claim.cues(text, "earlier_states"))


def _misstated_only(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value]) -> bool:
    """Whether the passage states a figure of the claim only as what was
    misstated (``misstated_at``: "本新闻稿较早前版本误指……为3.7年，特此更正")."""
    spots = [s for _, s in _agreeing_pairs(agreeing, analysis) if s.kind in NUMERIC_KINDS]
    lowered = analysis.text.lower()
    return bool(spots) and all(misstated_at(claim, lowered, s.start) for s in spots)


def _said_of_a_former_state(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT (a passage's) says what the claim says only of a state of
    things that is past (``former_states``: "It was once the valley's
    second-largest settlement but was overtaken …", 曾是), the claim saying
    no such thing: the clause after such a word holds the claim's words."""
    cues = claim.cues(text, "former_states")
    if not cues or claim.cues(claim.text, "former_states"):
        return False
    lowered = text.lower()
    clauses = split_clauses(lowered)
    return any(core_coverage(claim, side_of_text(lowered[start:clauses[clause_index(
        clauses, start)][1]]), lexicon) >= CORE_COVERAGE for start, _, _ in cues)


def dated_otherwise(claim: OpenClaim, analysis: Analysis, at: int) -> bool:
    """Whether the figure at AT of ANALYSIS (a passage's) is dated by a date
    of its own, in its clause, that is none the claim gives: right after it
    ("… in 2023, down from 44 in 2022", "rose to 41 in 2023 from 23 in
    2022") or right before it (2022年的23起). (Not by any date of its clause:
    "up 4% from £300,000 in 2022" dates the base. Nor by a date the figure
    is compared with, "较2022年".)"""
    claimed = [v for v in claim.values if v.kind == "date"]
    # (An ordinal names a thing rather than counting it: 第一期 of "第一期工程
    # 已于……完成土建,预计……通车".)
    if at < 0 or not claimed or any(v.start == at and v.kind in ("ordinal", "duration")
                                    for v in analysis.values):
        return False
    text = analysis.text
    clauses = split_clauses(text)
    start, end = clauses[clause_index(clauses, at)]
    dates = [v for v in analysis.values
             if v.kind == "date" and v.role != "base" and start <= v.start and v.end <= end]
    if not dates:
        return False
    written = _BARE_NUMBER.match(text, at)
    figure_end = written.end() if written else at
    own = [d for d in dates
           if d.start >= figure_end and _date_after_figure().fullmatch(text[figure_end:d.start])
           or d.end <= at and _date_before_figure().fullmatch(text[d.end:at])]
    # (Nor a change's start the claim gives one of, undated: "In the first
    # half of 2025 … fell from 22,900 to 18,400" / "from 22,900 in the same
    # period a year earlier".)
    if own and change_part(text.lower(), at) == "start" \
            and _undated_start(claim, claimed):
        return False
    return bool(own) and not any(c.low <= d.high and d.low <= c.high
                                 for c in claimed for d in own)


def _undated_start(claim: OpenClaim, dates: Sequence[Value]) -> bool:
    """Whether the claim gives a figure where a change started with no date
    of its own (of DATES, the claim's) right after or before it."""
    text = claim.text
    for value in claim.values:
        if value.kind == "date" or change_part(text.lower(), value.start) != "start":
            continue
        if not any(d.start >= value.end and _date_after_figure().fullmatch(text[value.end:d.start])
                   or d.end <= value.start and _date_before_figure().fullmatch(
                       text[d.end:value.start]) for d in dates):
            return True
    return False


@cache
def _date_after_figure() -> re.Pattern[str]:
    """What stands between a figure and a date of its own after it: its
    counted noun, at most two words, and a word before a period (the
    grammar's ``before_period``: "44 serious incidents in 2022")."""
    words = sorted(grammar("en").before_period, key=len, reverse=True)
    return re.compile(r"(?:\s+[A-Za-z]+){0,2}\s+(?:" + "|".join(map(re.escape, words)) + r")\s+",
                      re.IGNORECASE)


@cache
def _date_before_figure() -> re.Pattern[str]:
    """What stands between a date and a figure of its own after it: a
    relative marker or a link (2022年的23起, 2022年为23起; the grammar's
    ``relative_markers``, ``figure_links``)."""
    zh = grammar("zh")
    words = sorted({*zh.relative_markers, *zh.figure_links}, key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, words)) + r")?\s*")


def _dated_by_base(claim: OpenClaim, analysis: Analysis, at: int) -> bool:
    """Whether the nearest date before the figure at AT, in its clause, is
    the date of what a change is compared with ("较2024年同期的44.1%提高8.2个
    百分点") and no date of the claim's agrees with it: the figure is that
    earlier period's."""
    clauses = split_clauses(analysis.text)
    start, _ = clauses[clause_index(clauses, at)]
    dates = [v for v in analysis.values if v.kind == "date" and start <= v.start and v.end <= at]
    if not dates:
        return False
    nearest = max(dates, key=lambda v: v.start)
    return nearest.role == "base" and not any(
        compare.agrees_with_any(c, [nearest]) for c in claim.values if c.kind == "date")


def _dated_only_as_base(claim: OpenClaim, analysis: Analysis) -> bool:
    """Whether a date of the claim agrees with the passage's dates only where
    the passage gives one as what a change is compared with ("成本降至每公斤
    14.3元，较2023年下降1.9元"): the passage's figures are of the period
    after it, none of the claim's."""
    stated = [v for v in analysis.values if v.kind == "date"]
    for claimed in (c for c in claim.values if c.kind == "date"):
        agreeing = [v for v in stated
                    if compare.comparable(claimed, v) and compare.relation(claimed, v) == "agree"]
        if agreeing and all(v.role == "base" for v in agreeing):
            return True
    return False


def part_for_whole(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the claim says its figure is a whole year's ("2025年全年……",
    "full-year": the grammar's ``whole_period``) and the clause of the
    figure at AT of TEXT (a passage's) names a month or a part of a year
    before it ("其中9月单月……渗透率达到57.6%"): a part's figure, not the
    year's."""
    if at < 0 or not claim.cues(claim.text, "whole_period") or year_parts_named(claim.text) \
            or months_named(claim.text):
        return False
    clauses = split_clauses(text)
    start, _ = clauses[clause_index(clauses, at)]
    before = text[start:at]
    # (A day is an event's date, "12月18日三读通过……", not a period.)
    periods = {m for m in months_named(before)
               if not any(states_month_day(before, m, day) for day in range(1, 32))}
    # (Nor is a range of days, a holiday's: "“五一”假期（5月1日至5日）".)
    return bool(year_parts_named(before) or periods or day_ranges(before))


def _period_after(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the clause of the figure at AT of TEXT (a passage's) gives it,
    after it, a part of a year or a span of months or days shorter than one
    ("carried 4.8 million passengers in the three months to 30 September",
    "in the third quarter"), while the claim gives a whole year and no span:
    the figure of a part, no rival to a year's."""
    if not any(v.kind == "date" and v.unit == "year" for v in claim.values) \
            or any(v.kind == "duration" for v in claim.values):
        return False
    clauses = split_clauses(text)
    _, end = clauses[clause_index(clauses, at)]
    after = text[at:end]
    if year_parts_named(after):
        return True
    # (Or a date of several months, not a year: "for the first nine months of
    # 2024"; not a month, which may date the next figure, "从2022年的8.5万
    # 增长到2024年6月的63.2万".)
    return any(v.kind == "duration" and v.start > at and v.end <= end and v.high < 365
               and _SPAN_BEFORE.search(text, max(0, v.start - 20), v.start)
               or v.kind == "date" and v.start > at and v.end <= end
               and _PART_OF_YEAR_DAYS[0] < v.high - v.low < _PART_OF_YEAR_DAYS[1]
               for v in _parsed_values(text))


_PART_OF_YEAR_DAYS = (45, 360)
"""Days a date of several months spans, a part of a year (nine months: 273)."""


# "the" (and a word) right before a span of time: "in the three months", "over
# the past 90 days".
_SPAN_BEFORE = re.compile(r"\bthe\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _year_parts_before(claim: OpenClaim, text: str, at: int) -> frozenset[tuple[int, int]]:
    """The parts of a year the clause of the figure at AT of TEXT names before
    it, but for the one a change is from (较2024年下半年激增约363%)."""
    clauses = split_clauses(text)
    own = clause_index(clauses, at)
    start, _ = clauses[own]
    before = text[start:at]
    bases = [mark for mark, _, _ in claim.cues(before.lower(), "base_markers")]
    parts = year_parts_named(before[:min(bases, default=len(before))])
    if parts or _YEAR_WRITTEN.search(before) or months_named(before) \
            or not any(v.kind == "date" and v.unit == "year" for v in claim.values):
        return parts
    # A clause naming no period has the one of the clause before that names
    # one ("2025年前三季度……零售销量为46.8万辆,占……总量的52.3%"), against a
    # claim of a year.
    for first, last in reversed(clauses[:own]):
        earlier = text[first:last]
        if claim.cues(earlier.lower(), "base_markers"):
            continue
        parts = year_parts_named(earlier)
        if parts or _YEAR_WRITTEN.search(earlier) or months_named(earlier):
            return parts
    return frozenset()


def cause_of_figure(claim: OpenClaim, text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a word of the claim stands in TEXT (a passage's, normalised)
    only after a word bringing in what drove the figure at AT
    (``cause_markers``), in its sentence, and not before: in "a 4.8 percent
    increase over … that officials said was driven largely by rising pension
    contributions" the 4.8 percent is the budget's, not the contributions'."""
    if at < 0:
        return False
    lowered = text.lower()
    marks = [m for language in ("en", "zh") for w in grammar(language).cause_markers
             if (m := _first_word_at(lowered, w, at)) >= 0]
    if not marks:
        return False
    cut = min(marks)
    before, after = side_of_text(lowered[:cut]), side_of_text(lowered[cut:])
    return any(unit_share(u, after, lexicon) == 1.0 and unit_share(u, before, lexicon) == 0.0
               for u in claim.units if u.weight > 0 and not u.month)


def _first_word_at(lowered: str, word: str, start: int) -> int:
    """Where WORD (lower case) first stands in LOWERED from START, as a whole
    word when Latin; -1 when it does not."""
    if not word.isascii():
        return lowered.find(word, start)
    found = _whole_latin_word(word).search(lowered, start)
    return found.start() if found else -1


@lru_cache(maxsize=1024)
def _whole_latin_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z]){re.escape(word)}(?![a-z])")


def _done_against_planned(claim: OpenClaim, text: str) -> bool:
    """Whether the claim gives a plan or forecast (a ``modal`` word) and the
    English passage (TEXT) none: "its 2024 research grant income was £6.8
    million" says nothing against "forecasts grant income of £8 million in
    2025". (Chinese writes a plan without one as often: "报告提出,2024年……
    经费压减8%".)"""
    return claim.modal and not CJK_RUN.search(text) and not claim.cues(text, "modal")


def _planned_against_done(claim: OpenClaim, analysis: Analysis, at: int,
                          lexicon: Lexicon) -> bool:
    """Whether the passage's figure at AT is one planned or forecast (a plan
    word stands before it in its clause, or frames that clause; not a plain
    future, ``plain_futures``) while the claim states what was:
    "预计提供4.2万个职缺" is no figure against "实际提供了4.5万个职缺"."""
    return not claim.modal and at >= 0 and _figure_planned(claim, analysis, at)


def _figure_planned(claim: OpenClaim, analysis: Analysis, at: int) -> bool:
    """Whether the passage's figure at AT is planned or forecast: a plan word
    stands before it in its clause, or frames that clause (not a plain
    future, ``plain_futures``)."""
    futures = {w for language in ("zh", "en") for w in grammar(language).plain_futures}
    clauses = split_clauses(analysis.text)
    own = clause_index(clauses, at)
    # (Before the figure in its clause, "预计提供4.2万个职缺", not in another,
    # "……为62.4万人次,……县府目标全年突破120万人次"; nor a plain future: "will
    # pay a dividend of 1.10 dollars" is decided.)
    cues = [surface for start, _, surface in claim.cues(analysis.text, "modal")
            if start < at and clause_index(clauses, start) == own]
    framing = framing_cue(claim, analysis.text, "modal", at)
    return any(c.lower() not in futures for c in (*cues, *([framing] if framing else [])))


def _change_unnamed(claim: OpenClaim, text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether the Chinese word right before the claim's change (``_changed_word``:
    发电量 of "风电发电量同比增长23.7%") has nothing of it in the part of the
    passage's sentence (TEXT, Chinese too; to a semicolon) holding its figure
    at AT: a change there ("风电装机1290万千瓦,同比增长
    23.7%") is another quantity's, however few the claim's other words. (A
    part of the word is enough: 收盘价 of "收盘报33.9港元,较发行价上涨18.5%".)"""
    if at < 0 or not CJK_RUN.search(claim.text) or not CJK_RUN.search(text):
        return False
    changed = _changed_word(claim)
    if changed is None or changed.entity or changed.name or len(changed.surface) < 2 \
            or not CJK_RUN.fullmatch(changed.surface):
        return False
    lowered = claim.text.lower()
    end = lowered.find(changed.surface.lower()) + len(changed.surface)
    # (A comparison's base, "时间比商汤上市早约两周", is no change's.)
    if not lowered.startswith(_change_openers(), end):
        return False
    start, end = sentence_span(text, at)
    part = text[start:end].lower()
    return unit_share(changed, side_of_text(part), lexicon) == 0.0 \
        and changed.surface[:2].lower() not in part


def change_of_another(claim: OpenClaim, analysis: Analysis, at: int, lexicon: Lexicon) -> bool:
    """Whether the passage's figure at AT is a change given in a clause of its
    own right after a clause stating another quantity ("……资产总额为812.6亿元,
    各项存款余额为689.3亿元,较年初增长7.5%": the deposits' growth): the clause
    before names, ahead of its figure, nothing of what the claim says changed
    (资产总额), which another clause names with a figure of its own, before
    or after ("……接待国内游客5360万人次,同比增长41%,旅游收入达到615亿元": the
    visitors' growth, not the tourism income's)."""
    if at < 0:
        return False
    text = analysis.text.lower()
    clauses = fact_clauses(text, analysis.values)
    own = clause_index(clauses, at)
    if own < 1 or not text[slice(*clauses[own])].lstrip().startswith(
                (*_change_openers(), *base_markers())) \
            or _has_own_word(claim, analysis, _after_change_words(text, clauses[own]), lexicon):
        return False
    start, end = clauses[own - 1]
    figures = [v.start for v in analysis.values if start <= v.start < end and v.kind in NUMERIC_KINDS]
    # (A clause before giving a change too, "同比增长9.3%,环比增长15.8%", goes
    # on with the same quantity.)
    if not figures or text[start:end].lstrip().startswith((*_change_openers(), *base_markers())):
        return False
    head = _changed_word(claim)
    if head is None or unit_share(head, side_of_text(text[start:min(figures)]), lexicon) > 0.0:
        return False
    # (Named with a figure of its own: "该行资产总额为642.3亿元", not in a
    # report's name, "……排行榜显示".)
    return any(unit_share(head, side_of_text(text[slice(*clauses[i])]), lexicon) == 1.0
               and any(clauses[i][0] <= v.start < clauses[i][1] and v.kind in NUMERIC_KINDS
                       for v in analysis.values)
               for i in range(len(clauses)) if i not in (own - 1, own))


def opens_with_change(clause: str) -> bool:
    """Whether CLAUSE opens with a Chinese word of change or its base (同比,
    较上年, 增长): it goes on with the quantity of the clause before."""
    return clause.lstrip(" ,\uff0c").startswith((*_change_openers(), *base_markers()))


def _after_change_words(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """SPAN of TEXT without the words of change and base it opens with (同比,
    增长 of "同比增长约150%"): an English claim holds none of them, and they are
    no word of the clause's own."""
    start, end = span
    words = sorted((*_change_openers(), *base_markers()), key=len, reverse=True)
    while True:
        rest = text[start:end]
        skipped = len(rest) - len(rest.lstrip(" ,\uff0c"))
        word = next((w for w in words if rest.startswith(w, skipped)), "")
        if not word:
            return start, end
        start += skipped + len(word)


def _changed_word(claim: OpenClaim) -> Unit | None:
    """The claim's last word before the change it states (资产总额 of "……资产
    总额较年初增长7.5%"): what changed."""
    lowered = claim.text.lower()
    opening = min((at for word in (*_change_openers(), *base_markers())
                   if (at := lowered.find(word)) > 0), default=-1)
    if opening < 0 and (found := direction_at(lowered)) > 0:
        opening = found   # "Tinglan's revenue grew about 150%"
    placed = [(at, u) for u in claim.units if u.weight > 0
              and 0 <= (at := lowered.find(u.surface.lower())) < opening]
    return max(placed, key=lambda p: p[0])[1] if placed else None


@cache
def base_markers() -> tuple[str, ...]:
    """The Chinese words that bring in a comparison's base (较, 相比)."""
    return tuple(w for w in numeral_units()["comparison_base"]["markers"] if CJK_RUN.match(w))


def _continues_figure(clause: str) -> bool:
    """Whether CLAUSE only goes on with a figure of what the clause before
    names: it opens with a figure word (为), or with a comparison's base
    (同比) or a direction (增长) of the Chinese grammar's word pairs."""
    opening = clause.lstrip().lower()
    return _opens_with_figure_word(clause) or any(
        opening.startswith(word) for word in _change_openers())


def _direction_elsewhere(claim: OpenClaim, text: str) -> bool:
    """Whether a word of the claim (not a name) stands in TEXT (a passage's,
    normalised) only nearer the opposite of the claim's direction than its
    own: "Coal's share … fell to 31 percent … Total power demand grew by 1.8
    percent" does not say "Electricity demand … fell"."""
    lowered = text.lower()
    for unit in claim.units:
        if unit.name or unit.entity or unit.weight <= 0:
            continue
        spots = [at for f in unit.forms if f for at in _starts(f.lower(), lowered)] + [
            m.start() for m in LATIN_WORD.finditer(lowered) if stem(m.group()) in unit.stems]
        if spots and all(opposed(claim.text, text, at) for at in spots):
            return True
    return False


def change_of_another_quantity(claim: OpenClaim, analysis: Analysis, at: int,
                               lexicon: Lexicon, with_level: bool = False) -> bool:
    """Whether the passage's change at AT ("up 3.1%") follows, in its
    sentence, a figure of another quantity than the claim's change: one of
    another kind than every level the claim gives it, or, with none, one
    whose words there lack what the claim says changed. "shipped 41.8
    million smartphones in the third quarter, up 3.1%" is the shipments'
    rise, no rival to "营收同比增长30.5%(，达到925亿元)". WITH_LEVEL: only
    where the claim gives a level (the lexicon judge has bound the measure
    of a change stated alone)."""
    text = analysis.text
    if at < 0 or change_part(text, at) != "change":
        return False
    start = _sentence_start(text, at)
    # (A span, 四年间, is the period of the change, no quantity.)
    before = [v for v in analysis.values if start <= v.start and v.end <= at
              and contradicting(v, text)]
    # (A span, 前10个月, is the period of the change, no level.)
    levels = [v for v in claim.values if contradicting(v, claim.text) and v.kind != "percent"
              and change_part(claim.text, v.start) != "change"]
    changed = _changed_word(claim)
    if with_level and not levels and changed is not None and not changed.measure \
            and not (changed.entity or changed.name) and before \
            and changed.surface not in grammar("zh").per_period:
        # (The lexicon judge binds no quantity to a change of a word it does
        # not know, "风电发电量同比增长21.4%": the passage's sentence must hold
        # it whole, not 发电 of "发电总装机容量……增加1048万千瓦,同比增长12.8%";
        # after the figure too, "……较发售价上涨52.0%,按收盘价计……". A rate's
        # word, 年均, says what kind of change, not of what.)
        return unit_share(changed, side_of_text(text[start:sentence_end(text, at)]), lexicon) < 1.0
    # (A change after another, "同比增长71.2%,环比增长8.9%", goes on with the
    # same quantity; so does one with no figure before it.)
    if not before or change_part(text, before[-1].start) == "change":
        return False
    if levels:
        # (Of the claim's kind, the level may still be another measure's:
        # "一般公共预算收入完成486.3亿元,同比增长5.2%" is no rise of spending.)
        return not any(compare.comparable(level, before[-1]) for level in levels) \
            or changed is not None and bool(changed.measure) \
            and unit_share(changed, side_of_text(text[start:at]), lexicon) == 0.0
    return not with_level and changed is not None and not changed.entity and not changed.name \
        and unit_share(changed, side_of_text(text[start:at]), lexicon) == 0.0


def part_of_a_sibling(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (a passage's, normalised) stands in a
    part between semicolons that opens with a sibling of the claim's subject
    (a Chinese word of it before its figure), a word ending as it ends,
    while another part names the subject: in "金融及保险业……居各业之冠;……;资讯及通讯传播业为
    63,540元,排名第三" the third place is 资讯及通讯传播业's."""
    lowered = text.lower()
    cuts = [m.end() for m in SEMICOLON.finditer(lowered)]
    if at < 0 or not cuts:
        return False
    parts = list(pairwise([0, *cuts, len(lowered)]))
    start, end = next(((a, b) for a, b in parts if a <= at < b), parts[-1])
    own = lowered[start:end]
    opening = lowered[start:min(end, at, start + _SIBLING_OPENING)]
    claimed = claim.text.lower()
    first = min((v.start for v in claim.values), default=len(claimed))
    opening_words = [w for w, _ in tagged_words(opening) if len(w) >= 2 and CJK_RUN.fullmatch(w)]
    for unit in claim.units:
        word = unit.surface.lower()
        if len(word) < 2 or not CJK_RUN.fullmatch(word) or unit.measure \
                or not 0 <= claimed.find(word) < first or word in own or word not in lowered:
            continue
        if any(w != word and w.endswith(word[-1]) for w in opening_words):
            return True
        # (A name jieba cuts across its kind, 西河|区以, opens the part all
        # the same: as long as the claim's word, give or take a character.)
        heads = (opening[:n] for n in range(max(2, len(word) - 1), len(word) + 2))
        if any(h != word and h.endswith(word[-1]) and CJK_RUN.fullmatch(h) for h in heads):
            return True
    return False


_SIBLING_OPENING = 12
"""Characters from a part's start read for the subject it opens with."""


def segment_figure(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (a passage's, normalised) is a part's
    the claim does not name: its clause names, before it, a part by a word
    of ``generic_heads`` after a word the claim lacks ("其中,云计算业务收入为
    52.6亿元" is no figure of the company's revenue)."""
    if at < 0:
        return False
    clauses = split_clauses(text)
    start, _ = clauses[clause_index(clauses, at)]
    before = text[start:at].lower()
    claimed = claim.text.lower()
    if not CJK_RUN.search(text):
        # (In English, the part's head before the figure, the claim naming
        # none in either language: "while the freight and cold-chain segment
        # handled 550 million" against 丰禾物流's total.)
        said, named = set(LATIN_WORD.findall(before)), set(LATIN_WORD.findall(claimed))
        return any(head in said for head in grammar("en").generic_heads) \
            and not any(head in named for head in grammar("en").generic_heads) \
            and not any(head in claimed for head in grammar("zh").generic_heads)
    for head in grammar("zh").generic_heads:
        found = before.rfind(head)
        if found <= 0 or head in claimed:
            continue
        run = CJK_RUN.search(before[:found][::-1])
        narrowing = run.group()[::-1] if run and run.start() == 0 else ""
        words = tagged_words(narrowing) if narrowing else ()
        # (Or its last two words, both nouns, where the claim's name ends in
        # the last: 储能|电池 of 其中储能电池业务 is no part of 华港新能源电池.)
        if words and (words[-1][0] not in claimed or len(words) >= 2
                      and words[-2][1].startswith("n") and words[-1][1].startswith("n")
                      and words[-2][0] + words[-1][0] not in claimed):
            return True
    return False


def change_for_level(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the passage's figure at AT of TEXT (normalised) is a change
    (人均月增加约89元, "rose by 89 yuan") while the claim, naming no change
    (``grammar.names_change``), gives its figure as a level (人均月养老金为89元).
    (A word of direction must stand before it: "reported by 11 percent of
    patients" changes nothing. A claim comparing with a base names a
    change: "比上届多了9席".)"""
    if at < 0 or names_change(claim.text) or _comparison_marks(claim.text.lower()):
        return False
    lowered = text.lower()
    clauses = split_clauses(lowered)
    start = clauses[clause_index(clauses, at)][0]
    return change_part(lowered, at) == "change" and names_change(lowered[start:at])


def _share_as_change(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the claim gives its figure as a share (``shares``: 占四成)
    and the passage's figure at AT, in a clause with no such word, is a
    change (a ``base`` or ``direction`` word before it: "较上一年增加约四成")."""
    if at < 0 or not claim.cues(claim.text, "shares") \
            or any(word in claim.text for word in _change_openers()):
        return False   # (nor a claim of a change of a share: "占比较上年提高了9个百分点")
    clauses = split_clauses(text)
    start, end = clauses[clause_index(clauses, at)]
    return not claim.cues(text[start:end], "shares") \
        and any(word in text[start:at] for word in _change_openers())


def level_against_change(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the claim gives its figures as changes ("fell by just over 6%",
    增加了约1.37亿) and the passage's figure at AT of TEXT as a level or the
    one a change started from ("fell to 3.2% from 3.5%", 猛增至2025年9月的
    1.47亿): neither refutes a change."""
    if at < 0:
        return False
    part = change_part(text, at)
    if part == "":
        clauses = split_clauses(text)
        start = clauses[clause_index(clauses, at)][0]
        part = "level" if claim.cues(text[start:at].lower(), "restating_verbs") else ""
    if part not in ("level", "start"):
        return False
    figures = [v for v in claim.values if v.kind in NUMERIC_KINDS]
    return bool(figures) and all(_given_as_change(claim.text, v) for v in figures)


def difference_against_level(claim: OpenClaim, analysis: Analysis, at: int) -> bool:
    """Whether the claim gives its figures as differences between two things
    (比对照组长3.5个月, "3.5 months longer than the control group") and the
    passage's figure at AT is neither a difference nor a change: a level
    (对照组为7.9个月) refutes no difference."""
    figure = next((v for v in analysis.values if v.start == at), None)
    figures = [v for v in claim.values if v.kind in NUMERIC_KINDS]
    if figure is None or not figures \
            or not all(_difference_at(claim.text, v) for v in figures):
        return False
    return not _difference_at(analysis.text, figure) \
        and change_part(analysis.text.lower(), at) != "change"


def _difference_at(text: str, value: Value) -> bool:
    """Whether VALUE of TEXT is a difference between two things: a comparative
    right after it ("3.5 months longer", ``relative_after``), or, in Chinese,
    one right before it (``greater_adjectives``, ``less_adjectives``, then 了
    or 出 perhaps) after a comparison mark of its clause ("比对照组长3.5个月",
    "比去年多出9席")."""
    lowered = text.lower()
    if relative_figure(lowered, value.end):
        return True
    clauses = split_clauses(lowered)
    start = clauses[clause_index(clauses, value.start)][0]
    before = lowered[start:value.start].rstrip()
    rules = grammar("zh")
    before = before[:-1] if before.endswith(_DIFFERENCE_PARTICLES) else before
    return before.endswith(tuple(rules.greater_adjectives) + tuple(rules.less_adjectives) or ("\0",)) \
        and any(end <= len(before) for _, end in _comparison_marks(before))


_DIFFERENCE_PARTICLES = ("\u4e86", "\u51fa")   # 了, 出: 长了3.5个月, 高出4个百分点


def _given_as_change(text: str, value: Value) -> bool:
    """Whether VALUE of TEXT (a claim's) is given as a change: after a word
    of direction, a hedge perhaps between ("fell by just over 6%")."""
    part = change_part(text, value.start)
    if part == "":
        clauses = split_clauses(text)
        before = text[clauses[clause_index(clauses, value.start)][0]:value.start].lower()
        if not names_change(before):
            return False
        # (Not where a word of the level follows the direction: 上调至每吨3.5元.)
        changes = (*direction_words(), *(w for language in ("zh", "en")
                                         for w in grammar(language).change_nouns))
        last = max((before.rfind(w) + len(w) for w in changes if w in before), default=0)
        after = before[last:].lstrip()
        return not any(w in after.split() if w.isascii() else after.startswith(w)
                       for language in ("zh", "en") for w in grammar(language).level_before)
    return part == "change"


def _figure_ahead(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the clause of the passage's figure at AT of TEXT puts it after
    a future auxiliary (``future_auxiliaries``: "……将由目前的每日120万吨提升
    至每日185万吨", "2025年底全澳可供房间将增至4.8万间"): it is yet to be
    reached, whatever the claim says, unless it says its figure is to come
    too (a plan word, or an auxiliary of its own before it), and does not
    say it is reached (``done_words``: 已达)."""
    if at < 0 or not CJK_RUN.search(text):
        return False
    if claim.cues(claim.text, "done_words"):
        return _after_future_auxiliary(claim, text, at)
    # (Else only a level to be reached, "将增至4.8万间"; not a change to come
    # on a day the claim gives, "将由下月1日起平均加价4.3%", nor 将 taking
    # its object, "将目标价由14.2港元上调至15.6港元".)
    if claim.modal or claim.cues(claim.text, "deictic_periods") or any(
            _after_future_auxiliary(claim, claim.text, v.start) for v in claim.values
            if v.kind in NUMERIC_KINDS):
        return False
    before = text[:at].rstrip()
    levels = grammar("zh").level_before
    return (before.endswith(levels) or before[:-1].endswith(levels)) \
        and _after_future_auxiliary(claim, text, at, verb=True)


def _after_future_auxiliary(claim: OpenClaim, text: str, at: int, verb: bool = False) -> bool:
    """Whether a future auxiliary stands before AT of TEXT in its clause, with
    no word saying it is done before it; with VERB, right before a verb."""
    clauses = split_clauses(text)
    before = text[clauses[clause_index(clauses, at)][0]:at]
    auxiliaries = set(grammar("zh").future_auxiliaries)
    tagged = tagged_words(before) if CJK_RUN.search(before) else []
    for i, (word, _) in enumerate(tagged):
        # (Not 将 taking its object, 将其出售, nor after a word saying it is
        # done: "已於2022年2月將受惠年齡由65歲下調至60歲".)
        if word in auxiliaries and not (i + 1 < len(tagged) and tagged[i + 1][1] == "r") \
                and not (verb and not (i + 1 < len(tagged) and tagged[i + 1][1].startswith("v"))):
            return not claim.cues(before, "done_words")
    return False


def _figure_of_claims_noun(claim: OpenClaim, analysis: Analysis,
                           agreeing: Sequence[Value]) -> tuple[Value, Value] | None:
    """A figure of the claim and the passage's figure of its kind right after
    the Chinese noun right before the claim's (违约金 of 支付违约金6540万元),
    where the agreeing figure has another noun right before it ("支付货款
    6540万元及违约金980万元": 6540万元 is the payment's); else None."""
    text = analysis.text.lower()
    for value, stated in _agreeing_pairs(agreeing, analysis):
        if value.kind not in NUMERIC_KINDS:
            continue
        before = claim.text[:value.start].lower()
        word = next((u for u in claim.units if u.surface and CJK_RUN.fullmatch(u.surface)
                     and len(u.surface) > 1 and before.endswith(u.surface.lower())), None)
        if word is None or any(text[:stated.start].endswith(f.lower()) for f in word.forms) \
                or not _noun_last(word.surface):
            continue
        # (The agreeing figure's own noun: not a verb or a joiner, "增至8.9万辆",
        # "分别增长9%和4%", which go on with the noun before.)
        window = text[max(0, stated.start - _NOUN_REACH):stated.start]
        runs = list(CJK_RUN.finditer(window))
        if not runs or runs[-1].end() != len(window) or not _noun_last(runs[-1].group()):
            continue
        # (Not a base it is compared with: 较第十批的平均降幅55%.)
        other = next((o for o in analysis.values if o is not stated and o.kind == stated.kind
                      and o.role != "base"
                      and any(text[:o.start].endswith(f.lower()) for f in word.forms)), None)
        if other is not None:
            return value, other
    return None


_NOUN_REACH = 8
"""Characters before a figure read for the noun it is of."""


def _noun_last(run: str) -> bool:
    """Whether the last word jieba cuts RUN (Chinese) into is a noun of two
    characters or more."""
    word, tag = tagged_words(run)[-1]
    return len(word) > 1 and tag.startswith("n")


def base_otherwise(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the claim gives a change year on year (the first side of the
    grammar's ``base`` contrast: 同比) and the clause of the passage's figure
    at AT of TEXT compares with a base of no year (较平日增长约4倍, 比上月):
    the figure is a change on another base."""
    rules = grammar("zh")
    yearly = [w for name, one, _ in rules.contrasts if name == "base" for w in one]
    if at < 0 or not any(w in claim.text for w in yearly):
        return False
    clauses = split_clauses(text)
    before = text[clauses[clause_index(clauses, at)][0]:at]
    if any(w in before for w in yearly):
        return False
    skipped = tuple(numeral_units()["comparison_base"].get("not_markers", ()))
    directions = [w for name, *sides in rules.opposites if name == "direction"
                  for side in sides for w in side]
    for marker in base_markers():
        at_marker = before.rfind(marker)
        if at_marker < 0 or any(before.find(w, max(0, at_marker - len(w)), at_marker + len(w)) >= 0
                                and marker in w for w in skipped):
            continue
        rest = before[at_marker + len(marker):]
        ends = [rest.find(w) for w in directions if 0 < rest.find(w) <= _BASE_REACH]
        if not ends:
            continue
        base = rest[:min(ends)]
        words = tagged_words(base) if CJK_RUN.fullmatch(base) else []
        # (A base is a noun or a time, not a degree: 较快增长.)
        if words and words[0][1][:1] in ("n", "t", "f") \
                and not any(c.isdigit() for c in base) \
                and not any(w in base for w in rules.year_bases):
            return True
    return False


_BASE_REACH = 8
"""Characters between a base marker (较) and the word of direction after it."""


def month_apart(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the clause of the figure at AT of TEXT (a passage's) names
    months, none of them the claim's ("8月1日公布,7月份……回落至365宗"
    against 8月份's): the figure is another month's."""
    claimed = months_named(claim.text, alone=True)
    if at < 0 or not claimed:
        return False
    clauses = split_clauses(text)
    start, end = clauses[clause_index(clauses, at)]
    stated = months_named(text[start:end], alone=True)
    return bool(stated) and not claimed & stated


def sum_of_periods(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the claim gives its figure as a sum (``sums``: 合计, combined)
    over two dates or more ("2023年和2024年两年……亏损合计约7.34亿美元") and
    the clause of the passage's figure at AT of TEXT gives none: one
    period's figure is no rival to a sum. (Not of two names: "MiniMax累计
    亏损超过92亿元，智谱累计亏损则为26亿元" sums nothing of the two.)"""
    if at < 0 or sum(v.kind == "date" for v in claim.values) < 2 \
            or not claim.cues(claim.text.lower(), "sums"):
        return False
    clauses = split_clauses(text)
    start, end = clauses[clause_index(clauses, at)]
    # (A sum word of another figure of the clause is not this one's: "阿里通义
    # (17.7%)、……三家合计占比已超40%".)
    return not claim.cues(text[start:min(end, at + _SUM_AFTER)].lower(), "sums")


_SUM_AFTER = 12
"""Characters after a figure where a word making it a sum may stand ("42% combined")."""


def item_of_a_sum(claim: OpenClaim, text: str, at: int, first: bool = False) -> bool:
    """Whether the figure at AT of TEXT (a passage's, normalised) is the sum
    of a list's items (a ``sums`` word right after the list, in the clauses
    of its sentence before the figure: "全省风电、光伏合计发电量为128亿千瓦时,
    同比增长23.4%", "Wind and solar combined generated …"; or after words
    pointing back at a list before, ``pair_pointers``: "溪源港务集团与苍湾港务
    有限公司分别公布……,两家公司合计实现营业收入86.4亿元") of which the claim
    names some but not all, and gives it as no sum: it is no figure of the
    items it names ("光伏发电量同比增长23.4%"). FIRST: only the figure the
    sums word brings in, none after another figure ("共计1.3万余间房屋……受损,
    其中倒塌房屋约420间": 420 is a part)."""
    if at < 0 or claim.cues(claim.text.lower(), "sums"):
        return False
    lowered = text.lower()
    start = max(lowered.rfind(mark, 0, at) for mark in _SENTENCE_ENDS) + 1
    for cue_start, cue_end, _ in claim.cues(lowered[start:at], "sums"):
        cue = start + cue_start
        if first and _DIGIT.search(lowered, start + cue_end, at):
            continue
        breaks = [m.end() for m in _CLAUSE_BREAK_BEFORE_SUM.finditer(lowered, start, cue)]
        opened = max(breaks, default=start)
        # (A clause opening with the word goes on with the one before: "两家
        # 公司合计实现营业收入86.4亿元,合计利润总额12.1亿元".)
        closed = cue
        if not lowered[opened:cue].strip() and breaks:
            opened = max(breaks[:-1], default=start)
            closed = start + min((s for s, _, _ in claim.cues(lowered[start:cue], "sums")
                                  if start + s >= opened), default=cue - start)
        items = _items_of_list(lowered[opened:closed])
        if len(items) < 2 and len(lowered[opened:closed].strip()) <= _POINTER_PHRASE \
                and claim.cues(lowered[opened:closed], "pair_pointers"):
            items = next((found for found in (_items_of_list(piece) for piece in reversed(
                _CLAUSE_BREAK_BEFORE_SUM.split(lowered[start:opened]))) if len(found) >= 2), [])
        if len(items) < 2:
            continue
        # (Not by a character alone: 省 of 西陵省 names no 全省风电; nor by a
        # word every item holds: 港务 of 溪源港务集团 and 苍湾港务有限公司.)
        # (A name by its reading too: "Cangwan Port Co." of 苍湾港务有限公司.)
        holding = [{id(u) for u in claim.units if u.weight > 0 and (any(
            len(f) > 1 and f.lower() in item for f in (u.surface, *u.forms, *u.stems))
            or u.readings and _unit_extents(u, item, item))} for item in items]
        shared = set.intersection(*holding)
        named = [bool(held - shared) for held in holding]
        if any(named) and not all(named):
            return True
    return False


# Characters of a phrase pointing back at a list (两家公司, "both companies"), at most.
_POINTER_PHRASE = 16


def _items_of_list(piece: str) -> list[str]:
    """The items of the list PIECE is (风电、光伏; "wind and solar"), or
    PIECE alone."""
    return [i.strip() for i in _LIST_ITEM_SPLIT.split(piece) if i.strip()]


_CLAUSE_BREAK_BEFORE_SUM = re.compile(r"[,\uff0c;\uff1b:\uff1a]")
# (The items of a list: 风电、光伏; "wind and solar"; 风电和光伏.)
_LIST_ITEM_SPLIT = re.compile("\u3001|\\band\\b|\u548c|\u53ca|\u4e0e")


def share_against_change(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the claim gives its figure as a change (a ``base`` or
    ``direction`` word before it in its clause, no ``shares`` word: 同比增长9%)
    and the passage's figure at AT as a share, with no such word before it
    in its clause ("占一般公共预算收入的比重为72.4%"): a share refutes no change."""
    if at < 0 or claim.cues(claim.text, "shares"):
        return False
    first = min((v.start for v in claim.values if v.kind == "percent"), default=-1)
    if first < 0:
        return False
    claimed = split_clauses(claim.text)
    start, _ = claimed[clause_index(claimed, first)]
    if not any(word in claim.text[start:first] for word in _change_openers()) \
            and change_part(claim.text, first) != "change":
        return False
    clauses = split_clauses(text)
    start, end = clauses[clause_index(clauses, at)]
    # (So is a share of a whole after 的: "完成年度预算的101.4%".)
    shared = bool(claim.cues(text[start:end], "shares")) \
        or text[:at].rstrip().endswith(tuple(grammar("zh").relative_markers) or ("\0",))
    return shared and change_part(text, at) != "change" \
        and not any(word in text[start:at] for word in _change_openers())


@cache
def _change_openers() -> tuple[str, ...]:
    """The Chinese words of the grammar's ``base`` and ``direction`` pairs."""
    return tuple(w for language in ("zh", "en") for name, *groups in grammar(language).contrasts
                 + grammar(language).opposites if name in ("base", "direction")
                 for group in groups for w in group if CJK_RUN.match(w))


def _refers_to_clause_before(text: str, clauses: Sequence[tuple[int, int]], own: int) -> bool:
    """Whether the clause OWN of TEXT (lower case) opens with an English word
    referring back (its, their) to what the clause before names."""
    first = LATIN_WORD.match(text[slice(*clauses[own])].lstrip()) if own else None
    return first is not None and first.group() in grammar("en").referring_openers


def referring_figure_apart(claim: OpenClaim, analysis: Analysis, at: int,
                           lexicon: Lexicon) -> bool:
    """``figure_apart`` for a figure in a clause referring back to the one
    before it: "The unemployment rate rose to 4.3%, …, pushing the
    participation rate up to 63.2%, its highest level in three years" does
    not say the unemployment rate is at its highest in three years."""
    if at < 0:
        return False
    clauses = fact_clauses(analysis.text.lower(), analysis.values)
    return _refers_to_clause_before(analysis.text.lower(), clauses, clause_index(clauses, at)) \
        and figure_apart(claim, analysis, at, lexicon)


def quotes(text: str, fragment: str) -> bool:
    """Whether TEXT (normalised) holds FRAGMENT (normalised: a clause of a
    claim) inside quotation marks: what a source quotes, to call it false
    ("传言宣称「白宫拼命封锁消息」,不符事实"), it says of the claim's words."""
    fragment = fragment.strip(" ,;.，；。!！?？")
    return len(fragment) >= QUOTED_CLAUSE_CHARS and any(
        fragment in m.group() for m in _QUOTATION.finditer(text))


QUOTED_CLAUSE_CHARS = 5
"""The fewest characters of a claim's clause that a quotation of it holds."""


def _figure_only(text: str, clauses: Sequence[tuple[int, int]], value: Value) -> bool:
    """Whether VALUE's clause of TEXT says little but it ("占比22.8%")."""
    start, end = clauses[clause_index(clauses, value.start)]
    rest = (text[start:value.start] + text[value.end:end]).strip(" ,;.，；。")
    return len(rest) <= FRAME_CHARS


def _rival_figure(claim: OpenClaim, analysis: Analysis,
                  lexicon: Lexicon) -> tuple[str, str] | None:
    """The claim's figure and the passage's other figure (as written), when
    the claim's stands only in another fact's clause (``bound_apart``) and
    the clause holding what that clause lacks states a figure of its kind
    that differs, with no word of its own: "Tesla delivered 1.8 million cars
    in 2023, while BYD delivered 3 million" refutes "BYD delivered 1.8
    million cars"; in "300 schools and 120 hospitals" 120 refutes "300
    hospitals". What the clause leaves out it shares with the clause of the
    claim's figure."""
    text = analysis.text.lower()
    clauses = fact_clauses(text, analysis.values)
    year_on_year = _year_on_year(claim.text.lower())
    for value in (v for v in claim.values if contradicting(v)):
        spots = [v.start for v in analysis.values if compare.comparable(value, v)
                 and compare.relation(value, v) == "agree"]
        # (Not another subject's: the whole's before 其中 that names the claim's.
        # Nor, for a claim comparing with the year before, a comparison's base,
        # that year's figure: "达24.6亿元,较去年同期的27.3亿元下降9.9%" for
        # "24.6亿元,同比下降".)
        rivals = {v.start: v.surface for v in analysis.values if compare.comparable(value, v)
                  and compare.relation(value, v) == "disagree"
                  and not (v.role == "base" != value.role and year_on_year)
                  and compare.may_refute(value, claim.text, v, analysis.text)
                  and not figure_of_another(claim, analysis.text, v.start, lexicon,
                                            analysis.values)}
        found = _rival_clause_figures(claim, value.start, spots, rivals, clauses, analysis,
                                      lexicon)
        if found:
            return format_value(value), found
    # A number no value reads ("48 clinics", "opened 17"): another whole number
    # outside every value is its rival.
    loose = [m for m in _BARE_NUMBER.finditer(text)
             if not any(v.start <= m.start() < v.end for v in analysis.values)]
    for digits in (n for n in claim.numbers if _BARE_NUMBER.fullmatch(n)):
        spots = [m.start() for m in loose if m.group() == digits]
        rivals = {m.start(): m.group() for m in loose if m.group() != digits}
        found = _rival_clause_figures(claim, claim.text.lower().find(digits), spots, rivals,
                                      clauses, analysis, lexicon)
        if found:
            return digits, found
    return None


def _rival_clause_figures(claim: OpenClaim, at: int, spots: Sequence[int],
                          rivals: dict[int, str], clauses: Sequence[tuple[int, int]],
                          analysis: Analysis, lexicon: Lexicon) -> str:
    """The one figure (as written) among RIVALS that ``_rival_figure`` finds
    for the claim's figure at AT, written in the passage at SPOTS; ''."""
    if not spots or not rivals:
        return ""
    units = [u for u in _fact_units(claim, at) if u.weight > 0]
    if not all(_spot_apart(claim, units, spot, list(rivals), clauses, analysis, lexicon)
               for spot in spots):
        return ""
    text = analysis.text.lower()
    sides = [side_of_text(text[slice(*clause)]) for clause in clauses]
    spot_clauses = {clause_index(clauses, spot) for spot in spots}

    def holds(i: int, unit: Unit) -> bool:
        return unit_share(unit, sides[i], lexicon) == 1.0

    # What the clauses before the figure's say sets its scene ("景区门票价格
    # ……, 目前仍为旺季120元、淡季80元").
    rival_clauses = {clause_index(clauses, start) for start in rivals}
    scene = [i for i in range(max(spot_clauses) + 1) if i not in rival_clauses]
    lacking = [u for u in units if not any(holds(i, u) for i in scene)]
    # (A word of another clause of the claim, "經季節調整後,……失業率是3.39%",
    # that the figure's clause holds and a rival's lacks sets them apart:
    # "失業率為3.37%……;經季節調整後為3.39%".)
    claimed = claim.text.lower()
    parts = split_clauses(claimed)
    figure_part = clause_index(parts, at) if parts and at >= 0 else -1
    beside = [u for u in units if len(parts) > 1 and (place := claimed.find(u.surface.lower())) >= 0
              and clause_index(parts, place) != figure_part
              and any(holds(i, u) for i in spot_clauses)]
    found = set()
    for start, written in rivals.items():
        own = clause_index(clauses, start)
        if own in spot_clauses or _has_own_word(claim, analysis, clauses[own], lexicon) \
                or any(not holds(own, u) for u in beside):
            continue
        if lacking and all(holds(own, u) for u in lacking):
            found.add(written)
    return found.pop() if len(found) == 1 else ""


def _dated_otherwise(claim: OpenClaim, value: Value, at: int,
                     clauses: Sequence[tuple[int, int]], analysis: Analysis) -> bool:
    """Whether the clause of the passage's figure at AT (the claim's VALUE)
    dates it otherwise than the claim: "1.8 million cars in 2023 and 1.3
    million in 2022" gives 1.8 million to 2023, not 2022."""
    start, end = clauses[clause_index(clauses, at)]
    dates = [v for v in analysis.values if v.kind == "date" and start <= v.start < end]
    # (Nor by the date of where a change started: "由2023年的38.5%提升至47.1%".)
    figure = next((v for v in analysis.values if v.start == at), None)
    if figure is not None and change_part(analysis.text, at) == "level":
        dates = [d for d in dates if not dates_start(analysis.text, d, analysis.values, figure)]
    # (Nor a change by the date of its base after it: "up 3.4 ppm from 421.2
    # ppm in 2023" is the change to the level the clause before dates.)
    if figure is not None and change_part(analysis.text, at) == "change":
        dates = [d for d in dates if d.start < at
                 or not dates_start(analysis.text, d, analysis.values, d)]
    # A figure of a list paired with a list of periods ("in 2022, 2023 and
    # 2024 was 158, 264 and 391 million respectively") has its own period.
    listed = any(joins_list(analysis.text[a.end:b.start])
                 for a, b in pairwise(d for d in dates if d.start < at))
    paired = [f.time for f in analysis.frames if f.value.start == at and f.time is not None
              and listed]
    dates = paired or dates
    # (The claim's start has the date written after it, its level the others:
    # "47% in 2023, up from less than 40% the year before".)
    start = value.role == "base" or change_part(claim.text.lower(), value.start) == "start"
    # (A figure the claim gives a period of its own is compared for that one:
    # "119,700 paying users in 2023, growing to about 1.77 million by
    # September 2025" dates the 1.77 million September 2025 only.)
    own = next((p for v, p in zip(claim.values, claim.periods or ()) if v is value), None)
    for claimed in claim.values:
        if claimed is value or claimed.kind != "date" or _start_dated(claim, claimed) != start \
                or own is not None and claimed is not own:
            continue
        relations = [compare.relation(claimed, d) for d in dates if compare.comparable(claimed, d)]
        if relations and "agree" not in relations and "disagree" in relations:
            return True
    return False


def _dated_for_rival(claim: OpenClaim, at: int, rivals: Sequence[Value],
                     clauses: Sequence[tuple[int, int]], analysis: Analysis) -> bool:
    """Whether the passage gives each of the claim's dates only in a clause
    after its figure's at AT, one holding a rival figure (RIVALS; a date
    before the figure may govern both, "2024年营收3亿元,但亏损达20亿元"):
    "growth over the past decade averaged 2.6 ppm per year, compared with
    1.6 ppm per year in the 1990s" dates the 1.6, not the 2.6, whether the
    claim gives the 1990s 2.6 (the rival: 1.6) or 1.6 (its rival, 2.6, is
    then no figure against it)."""
    own = clause_index(clauses, at)
    claimed = [c for c in claim.values if c.kind == "date"]
    if not claimed:
        return False
    for claimed_date in claimed:
        dates = [v for v in analysis.values
                 if v.kind == "date" and compare.comparable(claimed_date, v)]
        said = [v for v in dates if compare.relation(claimed_date, v) == "agree"]
        # (Not a series of dates, paired with figures otherwise: "2022年、
        # 2023年及2024年研发开支分别为……"; nor where a change started, "421.3
        # ppm last year, up 2.6 ppm from 2022".)
        if len(dates) > 1 or not said \
                or any(change_part(analysis.text, v.start) == "start" for v in said) or any(
                clause_index(clauses, v.start) <= own
                or not any(clause_index(clauses, r.start) == clause_index(clauses, v.start)
                           for r in rivals) for v in said):
            return False
    return True


def _agreeing_figures(claim: OpenClaim, analysis: Analysis) -> list[Value]:
    """The passage's figures agreeing with a figure of the claim."""
    return [s for s in analysis.values for c in claim.values if c.kind in NUMERIC_KINDS
            and compare.comparable(c, s) and compare.relation(c, s) == "agree"]


def parties_swapped(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT (a passage's, in English) relates two of the claim's
    parties by a verb or noun of the claim the other way round, in one
    clause: "Ostrelia agreed to pay Varnland" does not say "Varnland paid
    Ostrelia", nor "the takeover of Fairgate by Solano" "Fairgate's takeover
    of Solano". Which party does it is read alike on both sides
    (``_party_role``); a clause relating them the claim's way too keeps it."""
    if CJK_RUN.search(claim.text):
        return False
    claim_text = claim.text.lower()
    lowered = text.lower()
    clauses = split_clauses(lowered)
    for first, second in pairwise(_party_names(claim, claim_text)):
        low, high = first[0], second[0]
        for verb in (u for u in claim.units if first[1] <= _first_at(u, claim_text) < high
                     and u.weight > 0 and not names_a_party(u, claim.text)):
            at_verb = _first_at(verb, claim_text)
            end_verb = at_verb + len(claim_text[at_verb:].split(None, 1)[0])
            wanted = (_party_role(claim_text, low, at_verb, end_verb),
                      _party_role(claim_text, high, at_verb, end_verb))
            if wanted[0] == wanted[1]:
                continue
            roles = set()
            for index, (start, end) in enumerate(clauses):
                clause = lowered[start:end]
                verb_spans = [(m.start(), m.end()) for m in LATIN_WORD.finditer(clause)
                              if unit_share(verb, side_of_text(m.group()), lexicon) == 1.0]
                if not verb_spans:
                    continue
                before = lowered[clauses[index - 1][0]:start] if index else ""
                at_first = _party_places(first[2], clause, before)
                at_second = _party_places(second[2], clause, before)
                roles |= {(_party_role(clause, a, v, e, b if ra else -1),
                           _party_role(clause, b, v, e, a if rb else -1))
                          for v, e in verb_spans for a, ra in at_first for b, rb in at_second
                          if a != b}
            if wanted[::-1] in roles and wanted not in roles:
                return True
    return False


def _party_names(claim: OpenClaim, lowered: str) -> list[tuple[int, int, str]]:
    """The claim's parties (``names_a_party``) as they stand in LOWERED, its
    text: where each starts and ends, and its name; words of a party written
    next to each other make one name ("Ardent" and "Glass" of "Ardent
    Glass")."""
    spans = sorted((at, at + len(u.surface)) for u in claim.units
                   if names_a_party(u, claim.text) and (at := lowered.find(u.surface.lower())) >= 0)
    names: list[list[int]] = []
    for at, end in spans:
        if names and not lowered[names[-1][1]:at].strip():
            names[-1][1] = max(names[-1][1], end)
        else:
            names.append([at, end])
    # (A possessive is no part of the name: "Brightmeadow's takeover".)
    return [(at, end, _POSSESSIVE_END.sub("", lowered[at:end])) for at, end in names]


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def _party_places(name: str, clause: str, before: str) -> list[tuple[int, bool]]:
    """Where the party NAME stands in CLAUSE (lowered), or the first word of
    its name where the name is not written whole ("Ardent Glass" … "to pay
    Ardent"); and the clause's start, marked True, where the clause opens
    with a relative pronoun and the clause BEFORE it names the party last
    ("Liftwerk, which Korvath has owned …": the pronoun stands for it)."""
    places = _starts(name, clause)
    if not places and " " in name:
        head = name.split()[0]
        places = [m.start() for m in LATIN_WORD.finditer(clause)
                  if _POSSESSIVE_END.sub("", m.group()) == head]
    found = [(at, False) for at in places]
    opener = LATIN_WORD.match(clause.lstrip())
    if opener and opener.group() in grammar("en").relative_pronouns \
            and before.rstrip(" ,").endswith(name):
        found.append((len(clause) - len(clause.lstrip()), True))
    return found


# How near "by" stands before a party it makes the doer ("by event promoter
# Solano Live"), in words.
_AGENT_GAP = 4


def _party_role(text: str, at: int, verb_at: int, verb_end: int, other: int = -1) -> str:
    """Whether the party at AT in TEXT (lowered) is the doer ("agent") or
    what is done to ("patient") of the verb or noun at VERB_AT..VERB_END:
    before it, the doer, unless a passive marker stands between, for this
    verb ("Fairgate was bought", not "was ordered to pay"), "by" follows it
    ("Fairgate's takeover by"), or the other party, at OTHER (given for a
    relative pronoun at AT), stands between ("Liftwerk, which Korvath has
    owned"); after it, what is done to, unless
    "by" stands just before the party ("the takeover of Fairgate by Solano")."""
    agent_marks = grammar("en").agent_marks
    if at < verb_at:
        between = [m.group() for m in LATIN_WORD.finditer(text, at, verb_at)]
        markers = [i for i, word in enumerate(between) if word in grammar("en").passive_markers]
        after = LATIN_WORD.search(text, verb_end)
        passive = markers and "to" not in between[markers[-1]:] \
            or after and after.group() in agent_marks or at < other < verb_at
        return "patient" if passive else "agent"
    before = [m.group() for m in LATIN_WORD.finditer(text, verb_end, at)][-_AGENT_GAP:]
    return "agent" if set(before) & set(agent_marks) else "patient"


def ordered_the_other_way(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's, normalised) orders two of the claim's names
    by a word after both (之后, 之前: ``postposed_relations``) the other way
    round: the name nearer the word is the one the other follows or leads,
    so "智谱排名第五,……位列……阿里云之后" does not say "阿里云排名在智谱之后"."""
    claim_text, lowered = claim.text.lower(), text.lower()
    for mark in grammar("zh").postposed_relations:
        at = claim_text.find(mark)
        if at < 0 or mark not in lowered:
            continue
        # (In the mark's clause: not "《智能超参数》的……榜单显示," before it.)
        clauses = split_clauses(claim_text)
        names = _named_runs(claim, claim_text[:at], clauses[clause_index(clauses, at)][0])
        if len(names) < 2:
            continue
        first, last = names[0], names[-1]
        for place in _starts(mark, lowered):
            start = max((i + len(end) for end in _SENTENCE_ENDS
                         if (i := lowered.rfind(end, 0, place)) >= 0), default=0)
            lead = lowered[start:place]
            near_first = max((lead.rfind(f) for f in first), default=-1)
            near_last = max((lead.rfind(f) for f in last), default=-1)
            if near_first >= 0 and near_last >= 0:
                return near_first > near_last
    return False


def _named_runs(claim: OpenClaim, lead: str, start: int = 0) -> list[tuple[str, ...]]:
    """The things LEAD (the claim's text up to a word ordering them, lower
    case) names from START on, in order, each as the forms it may be written
    in: an entity's or name's forms, or a run of words written together that
    are no verb (青松|软件 of "青松软件排名在……"), as written."""
    placed = sorted((found, u) for u in claim.units if u.weight > 0 and u.surface
                    and start <= (found := lead.find(u.surface.lower(), start))
                    and not is_verb(u.surface)
                    and not any(v.start <= found < v.end for v in claim.values))
    runs: list[list[object]] = []
    for found, unit in placed:
        if unit.entity or unit.name:
            runs.append([found, found + len(unit.surface),
                         tuple(f.lower() for f in unit.forms if f)])
        elif runs and not runs[-1][2] and runs[-1][1] == found:
            runs[-1][1] = found + len(unit.surface)
        else:
            runs.append([found, found + len(unit.surface), ()])
    return [forms or (lead[start:end],) for start, end, forms in runs]


# (Not "." alone: the point of "1.6亿元".)
_SENTENCE_ENDS = ("\u3002", "!", "?", ". ", ";", "\uff1b", "\uff01", "\uff1f")
_FULL_STOPS = ("\u3002", "!", "?", ". ", "\uff01", "\uff1f")


def _compared_the_other_way(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT (a passage's, normalised) compares the two things the
    claim compares the other way round: a word of the claim's side before
    the comparison mark (than, 比; ``comparison_marks``) stands in the
    passage only after one, and a word of its other side only before it,
    in one clause ("化纤衣物比棉质衣物更容易产生静电" against "棉质衣物比化纤
    衣物更容易产生静电")."""
    claim_text = claim.text.lower()
    marks = _comparison_marks(claim_text)
    if not marks:
        return False
    lowered = text.lower()
    clauses = split_clauses(claim_text)
    for at, end in marks:
        low, high = clauses[clause_index(clauses, at)]
        before = side_of_text(claim_text[low:at])
        after = side_of_text(claim_text[end:high])
        first = [u for u in claim.units if _holds(before, u, lexicon) and not _holds(after, u, lexicon)]
        second = [u for u in claim.units if _holds(after, u, lexicon) and not _holds(before, u, lexicon)]
        if not first or not second:
            continue
        passage_clauses = split_clauses(lowered)
        for mark_at, mark_end in _comparison_marks(lowered):
            index = clause_index(passage_clauses, mark_at)
            start, stop = passage_clauses[index]
            left = side_of_text(lowered[start:mark_at])
            # A mark opening its clause compares with what a clause before
            # says ("stronger in men, whose risk was 31 percent higher, than
            # in women").
            while index and not any(_holds(left, u, lexicon) for u in (*first, *second)) \
                    and index > clause_index(passage_clauses, mark_at) - _COMPARED_CLAUSES_BACK:
                index -= 1
                start = passage_clauses[index][0]
                left = side_of_text(lowered[start:mark_at])
            right = side_of_text(lowered[mark_end:stop])
            if any(_holds(right, u, lexicon) and not _holds(left, u, lexicon) for u in first) \
                    and any(_holds(left, u, lexicon) and not _holds(right, u, lexicon)
                            for u in second):
                return True
    return False


def _free_order_word(claim: OpenClaim) -> tuple[int, int, bool] | None:
    """The word of a claim without figures of its own that orders two
    things (``greater_than``, ``less_than``: "Deaths this year were lower
    than at the same point last year", 低于去年同期): (start, end, whether
    it says the first is the greater), else None. (Right before a figure
    the word is that figure's bound: "more than 7 million".)"""
    if any(v.kind in NUMERIC_KINDS for v in claim.values):
        return None
    lowered = claim.text.lower()
    found = [(start, end, larger) for kind, larger in (("greater_than", True), ("less_than", False))
             for start, end, _ in claim.cues(lowered, kind)
             if not number_opens(lowered[end:].lstrip())]
    return min([*found, *_closed_comparisons(lowered)], default=None)


@lru_cache(maxsize=4096)
def _closed_comparisons(text: str) -> tuple[tuple[int, int, bool], ...]:
    """The comparison marks of TEXT (a claim's, lower case) whose clause ends
    in an adjective saying which is the larger (``greater_adjectives``,
    ``less_adjectives``: "……的跌幅较小型单位为大"), with something compared
    between them, or in English with such a comparative a few words before
    the mark ("had fewer heart attacks than the comparison group"): (the
    mark's start, its end, whether the first is larger). (Read for every
    passage a claim meets: kept once per text.)"""
    clauses = split_clauses(text)
    found = []
    for start, end in _comparison_marks(text, "closed_comparison_marks"):
        if CJK_RUN.fullmatch(text[start:end]):
            rules = grammar("zh")
            rest = text[end:clauses[clause_index(clauses, start)][1]].rstrip("。.!！?？ ")
            for adjectives, larger in ((rules.greater_adjectives, True),
                                       (rules.less_adjectives, False)):
                closing = next((a for a in adjectives if rest.endswith(a)), "")
                compared = rest[:len(rest) - len(closing)].rstrip(COMPARATIVE_LINKS)
                if closing and len(compared) >= 2:
                    found.append((start, end, larger))
        elif not number_opens(text[end:].lstrip()):   # ("fewer than 7 million" bounds a figure)
            rules = grammar("en")
            words = LATIN_WORD.findall(text[clauses[clause_index(clauses, start)][0]:start])
            for adjectives, larger in ((rules.greater_adjectives, True),
                                       (rules.less_adjectives, False)):
                if any(w in adjectives for w in words[-_COMPARATIVE_WORDS:-1]):
                    found.append((start, end, larger))
    return tuple(found)
    for start, end in _comparison_marks(text, "closed_comparison_marks"):
        if not CJK_RUN.fullmatch(text[start:end]):
            continue
        rest = text[end:clauses[clause_index(clauses, start)][1]].rstrip("。.!！?？ ")
        for adjectives, larger in ((rules.greater_adjectives, True), (rules.less_adjectives, False)):
            closing = next((a for a in adjectives if rest.endswith(a)), "")
            compared = rest[:len(rest) - len(closing)].rstrip(COMPARATIVE_LINKS)
            if closing and len(compared) >= 2:
                found.append((start, end, larger))
    return found


def number_opens(text: str) -> bool:
    """Whether TEXT opens with a number no value may read, which a word
    ordering things right before it bounds ("more than a dozen stars",
    "more than a thousand people", 超过一千人)."""
    return text[:1].isdigit() or text[:1] in chinese_chars() \
        or bool(_COUNTED_ROUND.match(text)) or any(start == 0 for start, _, _ in english_numbers(text))


_COUNTED_ROUND = re.compile(r"an?\s+(?:dozen|score|hundred|thousand|million|billion)\b")


def _figures_ordered(claim: OpenClaim, analysis: Analysis,
                     lexicon: Lexicon) -> tuple[bool, Value, Value] | None:
    """Whether the passage's two figures that a comparison word orders
    ("23 dengue deaths had been confirmed, compared with 9 at the same point
    last year") stand as the claim's order word says they do: (agrees, the
    figure before the word, the one after), else None. The figure after the
    word is the claim's other side when a word of the claim's after its
    order word stands there and not before it (the same point last year)."""
    word = _free_order_word(claim)
    if word is None:
        return None
    start, end, larger = word
    claim_text = claim.text.lower()
    clauses = split_clauses(claim_text)
    low, high = clauses[clause_index(clauses, start)]
    left, right = side_of_text(claim_text[low:start]), side_of_text(claim_text[end:high])
    others = [u for u in claim.units if _holds(right, u, lexicon) and not _holds(left, u, lexicon)]
    if not others:
        return None
    text = analysis.text.lower()
    passage_clauses = split_clauses(text)
    figures = _figures_of(analysis)
    for mark_at, mark_end, _ in claim.cues(text, "comparison_words"):
        second = next((v for v in figures if v.start >= mark_end), None)
        if second is None or compare.SENTENCE_BREAK.search(text, mark_end, second.start):
            continue
        first = next((v for v in reversed(figures) if v.end <= mark_at), None)
        if first is None or compare.SENTENCE_BREAK.search(text, first.end, mark_at):
            continue
        order = compare.order_of(first, second)
        stop = passage_clauses[clause_index(passage_clauses, second.start)][1]
        base, own = side_of_text(text[mark_end:stop]), side_of_text(text[:mark_at])
        if order and any(_holds(base, u, lexicon) and not _holds(own, u, lexicon) for u in others):
            return (order == "greater") == larger, first, second
    # Or one figure for each side, each with a word of its side only beside
    # it: "小型单位3月按月跌2.1%,……大型单位则跌0.9%" for "大型单位的跌幅较小型
    # 单位为大"; "in 4.8% of the glovatide group and 4.6% of the comparison
    # group" for "had fewer heart attacks than the comparison group".
    # (A month sets the scene of both: 3月份.)
    ones = [u for u in claim.units if _holds(left, u, lexicon) and not _holds(right, u, lexicon)
            and not u.month]
    # (Not where the passage orders them in words itself: "目前水位为112.5米,低于
    # 汛限水位1.5米" gives a difference after its order word.)
    if not ones or claim.cues(text, "greater_than") or claim.cues(text, "less_than") \
            or _closed_comparisons(text):
        return None
    # (A bare number too, "struck 44 winners", but not a month's, 3月.)
    figures = [v for v in figures if v.kind != "number" or not CJK_RUN.match(analysis.text, v.end)]
    for kind in dict.fromkeys(v.kind for v in figures):
        stated = [v for v in figures if v.kind == kind]
        windows = [side_of_text(_figure_window(v, stated, text, passage_clauses)) for v in stated]
        held = {id(u): {i for i, w in enumerate(windows) if _holds(w, u, lexicon)}
                for u in (*ones, *others)}
        sides = []
        for i in range(len(stated)):
            said = {1 for u in ones if held[id(u)] == {i}} \
                | {2 for u in others if held[id(u)] == {i}}
            sides.append(said.pop() if len(said) == 1 else 0)
        mine = [i for i, side_of in enumerate(sides) if side_of == 1]
        theirs = [i for i, side_of in enumerate(sides) if side_of == 2]
        # (Side by side, no figure of the kind between them: "营收为2.86亿元,
        # ……净亏损为5.9亿元;……营收为4.02亿元" compares no losses.)
        if len(mine) == 1 and len(theirs) == 1 and abs(mine[0] - theirs[0]) == 1:
            first, second = stated[mine[0]], stated[theirs[0]]
            order = compare.order_of(first, second) if compare.comparable(first, second) else ""
            if order:
                return (order == "greater") == larger, first, second
    return None


COMPARATIVE_LINKS = "\u4e3a\u66f4\u8fd8\u8981\u5f97"   # 为 更 还 要 得 before the adjective
_COMPARATIVE_WORDS = 6
"""How many words before "than" an English comparative may stand, with what
it compares between them ("fewer heart attacks and strokes than")."""


def _way_of_another_figure(claim: OpenClaim, analysis: Analysis, word: str) -> bool:
    """Whether WORD, a direction the passage gives, stands everywhere right
    before a figure (a few words or characters on) that agrees with none of
    the claim's, before one that does: that figure's way, not the claim's."""
    figures = [v for v in analysis.values if v.kind in NUMERIC_KINDS]
    # (A figure of the claim's own, not an ordinal naming its week: 第24周.)
    claimed = [c for c in claim.values if c.kind in NUMERIC_KINDS and c.kind != "ordinal"]
    agree = [v for v in figures if any(compare.comparable(c, v) and compare.relation(c, v) == "agree"
                                       for c in claimed)]
    if not agree:
        return False
    text = analysis.text.lower()
    spots = _starts(word.lower(), text)
    # (After the claim's figure, the way goes on with its subject: "毛入学率达到
    # 97.2%,比上年提高0.6个百分点" says the rate rose.)
    if any(spot > min(v.start for v in agree) for spot in spots):
        return False
    for spot in spots:
        after = [v for v in figures if v.start >= spot + len(word)]
        first = min(after, key=lambda v: v.start, default=None)
        if first is None or first in agree or first.start - spot - len(word) > _WAY_REACH \
                or not within_clause(text[spot + len(word):first.start]):
            return False
    return bool(spots)


_WAY_REACH = 12
"""Characters from a direction word to the figure it gives the way of."""


def _each_unsaid(claim: OpenClaim, text: str) -> bool:
    """Whether a Chinese claim says something of each of several things by
    an adverb of ``distributives`` (均, 都: "三座机场……均实现同比增长") and
    TEXT (a passage's, normalised) has no such word, nor one of
    ``universal``: the group's growth is not each one's."""
    if claim.negated or not CJK_RUN.search(claim.text) \
            or not _distributive_adverb(claim.text, counted=True):
        return False
    return not _distributive_adverb(text) and not claim.cues(text, "universal") \
        and not claim.cues(text, "respectively")


@lru_cache(maxsize=4096)
def _distributive_adverb(text: str, counted: bool = False) -> bool:
    """Whether TEXT has a one-character word of the grammar's
    ``distributives`` that the tagger reads as an adverb (均实现, 都出现; not
    均 of 平均 or 人均); with COUNTED, only after a count of things (三座机场
    ……均: not "A与B都已……", which names each)."""
    words = [w for w in grammar("zh").distributives if len(w) == 1]
    if not any(w in text for w in words):
        return False
    for run in CJK_RUN.findall(text):
        tagged = tagged_words(run)
        for i, (word, tag) in enumerate(tagged):
            if word in words and tag == "d" and (
                    not counted or any(t == "m" and not w.isdigit() for w, t in tagged[:i])):
                return True
    return False


def _figure_before_plans(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the claim's figure, at AT of TEXT (a passage's, normalised),
    and its names stand in a clause before every plan word of the passage: "The plant,
    which cost 380 million dollars to build and opened in January 2025, will
    employ … and produce up to 1.2 million refrigerators" plans the
    refrigerators, not the cost."""
    if at < 0:
        return False
    cues = claim.cues(text, "modal")
    if not cues or not all(start > at and not within_clause(text[at:start])
                           for start, _, _ in cues):
        return False
    # (And the claim's names before them too: "Carrick Bay Police recorded a
    # 300% rise in e-scooter thefts, which … may have been confused with the
    # Lowmarsh robbery figures" gives Lowmarsh's only in the plan's clause.)
    first = min(start for start, _, _ in cues)
    lowered = text.lower()
    # (A name the passage leaves to the sentence before is none after them.)
    for unit in (u for u in claim.units if u.name or u.entity):
        spots = [lowered.find(f.lower()) for f in unit.forms if f and f.lower() in lowered]
        if spots and min(spots) > first:
            return False
    return True


def _figure_window(figure: Value, figures: Sequence[Value], text: str,
                   clauses: Sequence[tuple[int, int]]) -> str:
    """The words of TEXT (lower case) that say what FIGURE is of: in Chinese
    those before it back to the figure before or its clause's start (小型单位
    3月按月跌2.1%), in English those after it up to the next figure or its
    clause's end ("4.6% of the comparison group")."""
    first, last = clauses[clause_index(clauses, figure.start)]
    if CJK_RUN.search(text[first:figure.start]):
        start = max([first, *(v.end for v in figures if first <= v.end <= figure.start)])
        return text[start:figure.start]
    end = min([last, *(v.start for v in figures if figure.end <= v.start < last)])
    # (Up to a word joining another statement: "struck 44 winners but also
    # committed 51 unforced errors".)
    joined = _WINDOW_JOINER.search(text, figure.end, end)
    return text[figure.end:joined.start() if joined else end]


_WINDOW_JOINER = re.compile(r"\s(?:and|but|while|whereas|against|versus|compared)\s")


def _figures_of(analysis: Analysis) -> list[Value]:
    """The passage's figures in order: its values of a number, and the bare
    numbers no value reads ("23 dengue deaths"), as values of kind "number"."""
    figures = [v for v in analysis.values if v.kind in NUMERIC_KINDS]
    read = [(v.start, v.end) for v in analysis.values]
    for found in _BARE_NUMBER.finditer(analysis.text):
        if not any(low <= found.start() < high for low, high in read):
            number = float(found.group().replace(",", ""))
            figures.append(Value(kind="number", low=number, high=number, anchor=number,
                                 precision=1.0, surface=found.group(), start=found.start(),
                                 end=found.end()))
    return sorted(figures, key=lambda v: v.start)


def _order_unsaid(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether the claim orders two things by a word (``_free_order_word``)
    that the passage does not say: it has no word ordering things either
    way, no word of direction and no figures ordered as the claim's
    ("Deaths were lower than last year" is not said by "23 deaths were
    confirmed this year")."""
    if _free_order_word(claim) is None:
        return False
    text = analysis.text.lower()
    if claim.cues(text, "greater_than") or claim.cues(text, "less_than") \
            or direction_at(text) >= 0 or _closed_comparisons(text):
        return False
    ordered = _figures_ordered(claim, analysis, lexicon)
    return not (ordered and ordered[0])


_COMPARED_CLAUSES_BACK = 2
"""How many clauses before a comparison mark opening its clause may hold
what it compares."""


def _holds(where: Side, unit: Unit, lexicon: Lexicon) -> bool:
    return unit_share(unit, where, lexicon) == 1.0


def held_jointly(claim: OpenClaim, text: str, lexicon: Lexicon, figure_at: int = -1) -> bool:
    """Whether TEXT (a passage's, normalised) gives the claim's amount, count
    or quantity (with FIGURE_AT, the figure written there) for one of the claim's names
    joined by a list word with another name the claim lacks, and not to
    each (``distributives``): "around 3,200 residents of Brackenridge and
    the neighbouring village of Tolley Cross" is no figure of Brackenridge
    alone, nor does "隨着祥澗灣及北嶺兩個大型屋邨陸續落成,……將有約2.6萬個公屋
    單位供應" refute a figure of 祥澗灣's."""
    figures = [v for v in claim.values if v.kind in ("amount", "count", "physical")]
    if not figures or claim.cues(text, "distributives"):
        return False
    clauses = split_clauses(text)
    # Only in the clause of a figure agreeing with the claim's, or in those
    # right before it that state no figure ("智譜和MiniMax,兩家公司在過去三年里
    # 燒了近110億元"); "……递交招股文件,前者拟募资51亿港元" gives it to one.
    values = _parsed_values(text)
    # (A count far below the claim's, "两个大型屋邨", counts the names listed.)
    figured = {clause_index(clauses, v.start) for v in values
               if not all(v.kind == "count" and 0 < v.anchor * _GROUP_COUNT_GAP < f.anchor
                          for f in figures)}
    held = set()
    figure_clauses: set[int] = set()
    for v in values:
        if v.start == figure_at if figure_at >= 0 else any(
                compare.comparable(f, v) and compare.relation(f, v) == "agree" for f in figures):
            at = clause_index(clauses, v.start)
            held.add(at)
            figure_clauses.add(at)
            while at > 0 and at - 1 not in figured:
                at -= 1
                held.add(at)
    claim_text = claim.text.lower()
    # (Names a claim lists itself, "阿里巴巴、米哈游、腾讯等", are its group.)
    joiners = [w for language in ("en", "zh") for w in (*grammar(language).list_joiners, *(
        m for m in grammar(language).name_separators if m not in claim.text))
               if w not in grammar(language).disjunctions]
    lowered = text.lower()
    starts = [(at, at + len(form)) for unit in claim.units if names_a_party(unit, claim.text)
              for form in unit.forms if form for at in _starts(form.lower(), lowered)]
    if any(clause_index(clauses, at) in held
           and _joined_before(claim, text[max(0, at - _BEFORE_CHARS):at], joiners, lexicon)
           for at, _ in starts):
        return True
    ends = [end for _, end in starts]
    # A Chinese claim's subject is what it opens with, as far as the passage
    # writes the same characters (岚启科技 of "岚启科技和Novaris……"), or a
    # word of its own before its figure that no lexicon measures (北郊 of
    # "澜州北郊水厂日供水量达68万吨" against "由北郊、西岭两座水厂供水,两厂日供水量
    # 合计约68万吨").
    if CJK_RUN.match(claim_text):
        first = min((v.start for v in figures), default=len(claim_text))
        # (Not one the figure's own clause names as well: "……中标杭州城投、京西
        # 智谷等项目,其中杭州城投项目金额超6000万元".)
        ends += [at + len(u.surface) for u in claim.units
                 if len(u.surface) >= 2 and CJK_RUN.fullmatch(u.surface) and not u.measure
                 and 0 <= claim_text.find(u.surface) < first
                 and not any(clause_index(clauses, at) in figure_clauses
                             for at in _starts(u.surface, lowered))
                 for at in _starts(u.surface, lowered)]
        for at in _starts(claim_text[:2], lowered):
            end = at
            while end - at < len(claim_text) and end < len(lowered) \
                    and lowered[end] == claim_text[end - at]:
                end += 1
            ends.append(end)
    return any(clause_index(clauses, end - 1) in held
               and _joined_name(text[end:], joiners, claim_text) for end in ends)


# How many times smaller than a claimed figure a count is that counts the
# things a passage lists rather than stating the claim's quantity.
_GROUP_COUNT_GAP = 1000

_JOINED_LATIN = re.compile(r"\s+(?:[a-z][\w'-]*\s+){0,5}?([A-Z][\w'-]+)")


def _joined_name(after: str, joiners: Sequence[str], claim_text: str) -> bool:
    """Whether AFTER (the text after a name) opens with a list word and then,
    within a few words, a name that CLAIM_TEXT does not hold."""
    for joiner in joiners:
        if joiner.isascii():
            found = re.match(rf"\s+{re.escape(joiner)}\b", after)
            name = _JOINED_LATIN.match(after, found.end()) if found else None
            if name and name.group(1).lower() not in claim_text:
                return True
        elif after.startswith(joiner):
            rest = after[len(joiner):len(joiner) + 12]
            latin = _NAME_RUN_START.match(rest)
            run = CJK_RUN.match(rest)
            words = tagged_words(run.group()) if run else ()
            name = latin.group() if latin else words[0][0] \
                if words and words[0][1] in _NAME_TAGS else ""
            if name and name.lower() not in claim_text:
                return True
    return False


_NAME_RUN_START = re.compile(r"[A-Z][\w'-]*")
_BEFORE_CHARS = 80


def _joined_before(claim: OpenClaim, before: str, joiners: Sequence[str],
                   lexicon: Lexicon) -> bool:
    """Whether BEFORE (the text before a name of the claim) ends with another
    name and a list word ("Brackenridge and the neighbouring village of", 智谱和):
    a capitalised word, Chinese characters ending in a noun as jieba tags
    it, or a lexicon entity the claim does not name."""
    claim_text = claim.text.lower()
    own = {u.entity for u in claim.units if u.entity}
    for joiner in joiners:
        if joiner.isascii():
            found = re.search(rf"([A-Z][\w'-]+)\s+{re.escape(joiner)}\s+(?:[a-z][\w'-]*\s+){{0,5}}$",
                              before)
            if found and found.group(1).lower() not in claim_text:
                return True
            continue
        if not before.endswith(joiner):
            continue
        head = before[:-len(joiner)]
        named = {hit.id for hit in lexicon.entity_matcher.find(head) if hit.end == len(head)}
        if named & own:
            continue   # the claim names it too ("Zhipu and MiniMax …" for 智谱和MiniMax)
        if named:
            return True
        latin = re.search(r"([A-Z][\w'-]*)$", head)
        run = re.search(r"[\u3400-\u9fff]+$", head)
        words = tagged_words(run.group()) if run else ()
        # A noun phrase of Chinese characters joined to the claim's name is
        # another holder ("岚启科技和Novaris,两家公司……").
        name = latin.group(1) if latin else run.group() \
            if words and words[-1][1].startswith("n") else ""
        if name and name.lower() not in claim_text:
            return True
    return False


def _comparison_marks(text: str, kind: str = "comparison_marks") -> list[tuple[int, int]]:
    """Spans of the comparison marks of TEXT (lower case; KIND: the grammar's
    list of them): Latin ones as whole words, Chinese ones only as words of
    their own, as jieba cuts their run (比, not 比 of 同比 or 比例)."""
    spans = []
    marks = [mark for language in ("en", "zh") for mark in getattr(grammar(language), kind)]
    for mark in (m for m in marks if m.isascii()):
        spans += [m.span() for m in re.finditer(rf"\b{re.escape(mark)}\b", text)]
    chinese = [m for m in marks if not m.isascii()]
    for run in CJK_RUN.finditer(text) if chinese else ():
        if not any(mark in run.group() for mark in chinese):
            continue
        offset = run.start()
        for word, _ in tagged_words(run.group()):
            if word in chinese:
                spans.append((offset, offset + len(word)))
            offset += len(word)
    return sorted(spans)


def _subject_as_object(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether a Chinese claim's subject (the name it opens with) stands in
    TEXT only as the object of a verb, in clauses that lack the rest of the
    claim, which clauses of the sentence's own subject say: in "东湾流浪以2比1
    击败北区骏马, 夺得联赛冠军" the title is 东湾流浪's, not 北区骏马's. So in
    English, where a verb's object follows it: "The Eastport Mariners won the
    cup, defeating the Valley Stags 104-97" is not the Stags' win."""
    if not CJK_RUN.match(claim.text):
        return _subject_as_english_object(claim, text, lexicon)
    from checker.language.vocabulary import is_common_word

    first = min(claim.units, key=lambda u: _first_at(u, claim.text), default=None)
    # (A name the tagger does not know, 银湖|飞马, is no word a dictionary has.)
    if first is None or _first_at(first, claim.text) != 0 or not CJK_RUN.match(first.surface) \
            or not (first.name or first.entity or first.person or any(
                tag in _NAME_TAGS for _, tag in tagged_words(first.surface))
                or len(first.surface) >= 2 and not is_common_word(first.surface)):
        return False
    rest = [u for u in claim.units if u is not first and u.weight > 0]
    clauses = split_clauses(text)
    places = [at for f in first.forms if f for at in _starts(f, text)]
    if not places or not rest:
        return False
    for at in places:
        start, end = clauses[clause_index(clauses, at)]
        if all(unit_share(u, side_of_text(text[start:end]), lexicon) == 1.0 for u in rest):
            return False
        if not _object_at(text[start:at]):
            return False
    return True


def _subject_as_english_object(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """``_subject_as_object`` for an English claim opening with a name."""
    names = leading_names(claim)
    if not names or not claim.text.lstrip().lower().startswith(("the ", names[0].surface.lower())) \
            or _PASSIVE.search(claim.text):
        return False   # ("Lucan Medd was sentenced to …" is what a verb's object undergoes)
    rest = [u for u in claim.units if u not in names and u.weight > 0]
    text = text.lower()
    places = [at for f in names[0].forms if f for at in _starts(f.lower(), text)]
    if not places or not rest:
        return False
    clauses = split_clauses(text)
    for at in places:
        start, end = clauses[clause_index(clauses, at)]
        if all(unit_share(u, side_of_text(text[start:end]), lexicon) == 1.0 for u in rest):
            return False
        words = LATIN_WORD.findall(text[start:at])
        if words and words[-1].lower() in ("the", "a", "an"):
            words.pop()   # (not "noting that …": "that" opens a clause)
        verb = words[-1].lower() if words else ""
        if not verb or is_stop_word(verb) or not verb.endswith(("ing", "ed")):
            return False
    return True


_PASSIVE = re.compile(r"(?i)\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")


def _acted_on(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's, normalised) gives a Chinese claim's verb in
    the passive (被, 遭: ``passive_markers``) where the claim gives it in the
    active, its subject not the agent after the marker: "北川钢铁……被对手
    打出一波12比0的攻击波" does not say "北川钢铁打出……"."""
    if not CJK_RUN.match(claim.text):
        return False
    markers = grammar("zh").passive_markers
    claimed = claim.text.lower()
    ordered = sorted((u for u in claim.units if _first_at(u, claimed) >= 0),
                     key=lambda u: _first_at(u, claimed))
    if not ordered:
        return False
    subject = ordered[0]
    verbs = [u for u in ordered[1:] if CJK_RUN.fullmatch(u.surface)
             and tagged_words(u.surface) == ((u.surface, "v"),)]
    if not verbs or any(m in claimed[:_first_at(verbs[0], claimed)] for m in markers):
        return False
    clauses = split_clauses(text)
    for form in (f for f in verbs[0].forms if f):
        for at in _starts(form.lower(), text):
            start, _ = clauses[clause_index(clauses, at)]
            mark = max((text.rfind(m, start, at) for m in markers), default=-1)
            if mark < 0 or _said_between(subject, text, mark, at):
                return False
    return any(_starts(f.lower(), text) for f in verbs[0].forms if f)


def _entity_replaced(claim: OpenClaim, missing: Sequence[Unit], analysis: Analysis,
                     lexicon: Lexicon) -> bool:
    """Whether an entity of the claim the passage lacks (MISSING; a sentence
    before may name it) has another of its type in the passage that the
    claim does not name, nor as a part or parent of that entity: "全球首个能操作
    手机的通用Agent,是智谱发布的AutoGLM" says nothing of 月之暗面 releasing it,
    whatever the sentence before says of 月之暗面."""
    wanted = {u.entity for u in missing if u.entity in lexicon.entities}
    if not wanted:
        return False
    claimed = {u.entity for u in claim.units if u.entity}
    # (Its own parent or part is no other: 阿里云 for 阿里巴巴. The parent of
    # another entity the claim names may be: AutoGLM is 智谱's.)
    related = claimed | {a for e in wanted for a in lexicon.entity_ancestors(e)}
    types = {lexicon.entities[e].type for e in wanted}
    return any(m.kind == "entity" and m.id in lexicon.entities and m.id not in related
               and lexicon.entities[m.id].type in types
               and not set(lexicon.entity_ancestors(m.id)) & wanted
               for m in analysis.mentions)


def _filled_otherwise(claim: OpenClaim, missing: Sequence[Unit], here: Side,
                      lexicon: Lexicon) -> bool:
    """Whether a Chinese word of the claim the passage (HERE) lacks stands in
    the claim in a frame (the characters between it and the claim's words
    either side: 在……中的) that the passage fills with other words between
    the same two words: "氯吡脲在葡萄、猕猴桃等水果中的最大残留限量" gives the
    limit to other fruits than the 草莓 of "氯吡脲在草莓中的最大残留限量",
    though the article names strawberries elsewhere."""
    text = here.text
    claimed = claim.text.lower()
    placed = sorted(((at, u) for u in claim.units
                     if (at := claimed.find(u.surface.lower())) >= 0), key=lambda p: p[0])
    for (_, before), (at, unit), (_, after) in zip(placed, placed[1:], placed[2:]):
        if unit not in missing or not CJK_RUN.fullmatch(unit.surface) or unit.name or unit.entity:
            continue
        left = claimed[claimed.find(before.surface.lower()) + len(before.surface):at]
        right = claimed[at + len(unit.surface):claimed.find(after.surface.lower())]
        if not (left or right) or len(left) + len(right) > SLOT_FRAME:
            continue   # (no frame, or the claim's own words around the word)
        for start in _starts(before.surface.lower(), text):
            end = start + len(before.surface)
            stop = text.find(after.surface.lower(), end)
            filler = text[end:stop]
            if 0 <= stop - end <= SLOT_REACH and within_clause(filler) \
                    and filler.startswith(left) and filler.endswith(right) \
                    and any(len(w) >= 2 and not is_chinese_stop_word(w) and w not in claimed
                            for run in CJK_RUN.findall(filler) for w, _ in tagged_words(run)):
                return True
    return False


SLOT_FRAME = 3
"""The most characters of the claim's framing a word (在……中的)."""
SLOT_REACH = 16
"""The most characters a passage fills the same frame with."""


def _said_only_where_denied(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether a word of the claim stands in TEXT (a passage's, normalised)
    only in a clause holding a denial (``denials``), which calls it false,
    though too little of the claim stands there for the denial to refute it:
    "最初是作为牛蛙的饵料引进的,'所谓处理尸体的说法完全是编造'" states no
    "引进我国是为了处理尸体"."""
    found = denials(claim, text)
    if not found or claim.negated or denials(claim, claim.text):
        return False   # (a claim calling something false itself: "……是伪造文件")
    clauses = split_clauses(text)
    denied = {clause_index(clauses, start) for start, _, _ in found}
    rest = side_of_text(" ".join(text[slice(*span)] for i, span in enumerate(clauses)
                                 if i not in denied))
    # (The claim's subject may stand there: "网传'滨海将……'的消息不实,但该市计划……".)
    subject = {id(u) for u in (*leading_names(claim), *opening_run(claim))}
    return any(unit_share(u, side_of_text(text[slice(*clauses[i])]), lexicon) == 1.0
               and unit_share(u, rest, lexicon) < 1.0
               for u in claim.units if not (u.entity or u.name) and id(u) not in subject
               for i in denied)


def _said_of_the_saying(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether a verb of the claim stands in TEXT (a passage's, normalised)
    only where a speaker is brought in, before the verb of saying
    (``speech_verbs``), while the claim's other words stand in what is said
    after it: "远廷集团12月2日发布澄清公告称,……已完成一笔5亿美元票据的展期"
    issues an announcement, not the note of "远廷集团发行一笔5亿美元票据"; nor
    does "Acme issued a statement saying …" issue the note. Not a verb in a
    modifier of the speaker ("未参与研究的……主任贺兰舟表示" says he took no
    part); and a claim citing its source ("according to prosecutors") is
    said by the speaker."""
    if claim.cues(claim.text, "speech_verbs") or claim.cues(claim.text, "speech_participles") \
            or claim.cues(claim.text, "report"):
        return False
    subject = {id(u) for u in (*leading_names(claim), *opening_run(claim))}
    verbs = [u for u in claim.units if id(u) not in subject and is_verb(u.surface)
             and not (u.name or u.entity or u.person or u.measure)]
    if not verbs:
        return False
    others = [u for u in claim.units if id(u) not in subject and u not in verbs]
    clauses = split_clauses(text)
    for start, end, verb in [*claim.cues(text, "speech_verbs"),
                             *claim.cues(text, "speech_participles")]:
        if not whole_speech_verb(text, start, end, verb):
            continue
        opening = clauses[clause_index(clauses, start)][0]
        said, earlier = side_of_text(text[end:]), side_of_text(text[:opening])
        if not any(unit_share(u, said, lexicon) == 1.0 for u in others):
            continue
        for unit in verbs:
            at = min((found for f in (*unit.forms, *unit.variants)
                      if (found := text.find(f.lower(), opening, end)) >= 0), default=-1)
            if at >= 0 and MODIFIER_MARK not in text[at:start] \
                    and not _written_with_neighbour(claim, unit, text[opening:end]) \
                    and not _person_between(text, at, start) \
                    and unit_share(unit, said, lexicon) < 1.0 \
                    and unit_share(unit, earlier, lexicon) < 1.0:
                return True
    return False


def _person_between(text: str, start: int, end: int) -> bool:
    """Whether a person is named in TEXT between START and END: a verb before
    the speaker ("……揭批……企图新闻发言人徐贵相……说", a headline run into the
    sentence) is not the speaker's act."""
    between = text[start:end]
    if CJK_RUN.search(between):
        return any(tag == "nr" for _, tag in tagged_words(between))
    return _NAME_RUN.search(between) is not None


def _written_with_neighbour(claim: OpenClaim, unit: Unit, text: str) -> bool:
    """Whether UNIT stands in TEXT joined to a word the claim writes right
    before or after it: 市立 of 北城市立医院 is part of a name, not a verb."""
    claimed = claim.text.lower()
    at = claimed.find(unit.surface.lower())
    if at < 0:
        return False
    end = at + len(unit.surface)
    for other in claim.units:
        surface = other.surface.lower()
        if other is not unit and (claimed.startswith(surface, end) and f"{unit.surface}{surface}"
                                  in text or claimed.endswith(surface, 0, at)
                                  and f"{surface}{unit.surface}" in text):
            return True
    return False


MODIFIER_MARK = "\u7684"
"""的: a verb before it in a speaker's clause modifies the speaker."""


def _done_by_another(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's, in English) gives a verb of the claim in the
    passive with another agent than the name the claim opens with: "The
    original verdict had been delivered by Judge Conrad Mayhew" does not say
    "Justice Holloway delivered the original verdict"."""
    opening = _NAME_RUN.match(claim.text)
    if opening is None or " by " not in text:
        return False
    named = {w.lower() for w in LATIN_WORD.findall(claim.text)}
    verbs = {stem(w.lower()) for w in LATIN_WORD.findall(claim.text[opening.end():])
             if not is_stop_word(w)}
    # (An agent the claim names is its own: "Acme was acquired by Globex".)
    return any(stem(found.group(1).lower()) in verbs
               and not {w.lower() for w in LATIN_WORD.findall(found.group(2))} & named
               for found in _PASSIVE_AGENT.finditer(text))


def _possessor_only(claim: OpenClaim, text: str) -> bool:
    """Whether the name an English claim opens with (its subject) stands in
    TEXT only after the claim's verb, as the owner of something the claim
    does not name: "…saved two championship points … before breaking
    Karsavin's serve" does not say "Karsavin saved two championship points".
    (Before it, an owner may be the subject's: "Medd's lawyers said he would
    appeal".)"""
    opening = _OPENING_NAME.match(claim.text)
    if opening is None:
        return False
    verb = next((w for w in LATIN_WORD.findall(claim.text[opening.end():])
                 if not is_stop_word(w)), "")
    said_at = next((m.start() for m in LATIN_WORD.finditer(text)
                    if verb and stem(m.group().lower()) == stem(verb.lower())), -1)
    name = opening.group().split()[-1]
    places = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    said = {stem(w.lower()) for w in LATIN_WORD.findall(claim.text)}
    return said_at >= 0 and bool(places) and all(
        at.start() > said_at and (owned := _OWNED_AFTER.match(text, at.end()))
        and stem(owned.group(1).lower()) not in said for at in places)


def _party_only_possessor(claim: OpenClaim, text: str) -> bool:
    """Whether a party of an English claim after its first (what is done to,
    or with) stands in TEXT only as the owner of something the claim does not
    name: "lent $120 million to Pellham's rival Akerby Tankers" does not say
    "Meridian lent Pellham $120 million"."""
    if CJK_RUN.search(claim.text):
        return False
    said = {stem(w.lower()) for w in LATIN_WORD.findall(claim.text)}
    lowered = text.lower()
    names = _party_names(claim, claim.text.lower())
    if len(names) < 2:
        return False
    # (After the first party: an owner before it may own the first party's
    # title, "Kestrel's chief executive, Lena Fischer, joined …".)
    first = lowered.find(names[0][2])
    for _, _, name in names[1:]:
        places = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lowered))
        if first >= 0 and places and all(
                m.start() > first and (owned := _OWNED_AFTER.match(text, m.end()))
                and stem(owned.group(1).lower()) not in said for m in places):
            return True
    return False


def owner_of_another_party(claim: OpenClaim, text: str) -> bool:
    """Whether the claim's subject stands in TEXT only as the owner of
    another party the claim does not name (``party_nouns``) or in a modifier
    of another name of its kind: "华屹汽车的竞争对手启辰动力……关闭了……工厂"
    does not say that 华屹汽车 closed it, nor "Meridian's rival Akerby lent
    …" that Meridian lent, nor "与北川市相邻的南塘市……降水偏多两成" that
    北川市's rain will."""
    lowered = text.lower()
    subject = next((s for s in _subject_texts(claim) if s in lowered), "")
    if len(subject) < 2:
        return False
    claimed = claim.text.lower()
    nouns = [n for n in _party_nouns() if n not in claimed]
    of_kind = _another_of_kind_re(subject[-1]) if CJK_RUN.fullmatch(subject[-1]) else None
    return all(
        any(rest.startswith(n) and (CJK_RUN.match(n) or not rest[len(n):len(n) + 1].isalpha())
            for n in nouns)
        or of_kind is not None and (other := of_kind.match(lowered, found.end())) is not None
        and other.group(1) != subject
        for found in re.finditer(re.escape(subject), lowered)
        for rest in [lowered[_OWNER_MARK.match(lowered, found.end()).end():]])


def _another_of_kind_re(kind: str) -> re.Pattern[str]:
    """A short modifier closed by 的 and a name ending in KIND, the last
    character of the name before it (相邻的南塘市 after 北川市)."""
    return re.compile(rf"[^\W\d_]{{0,6}}?\u7684([\u4e00-\u9fff]{{1,5}}{re.escape(kind)})")


def _subject_texts(claim: OpenClaim) -> list[str]:
    """The claim's subject as written, lowered, longest first: its leading
    names, or a Chinese claim's opening run, from the first word to each
    (an opening run may run on into the predicate: 华屹|汽车|裁员)."""
    claimed = claim.text.lower()
    spans = sorted((at, at + len(u.surface)) for u in leading_names(claim) or opening_run(claim)
                   if (at := claimed.find(u.surface.lower())) >= 0)
    return [claimed[spans[0][0]:end].strip() for _, end in reversed(spans)]


@lru_cache(maxsize=1)
def _party_nouns() -> tuple[str, ...]:
    return tuple(sorted((w.lower() for lang in ("zh", "en") for w in grammar(lang).party_nouns),
                        key=len, reverse=True))


# What may stand between an owner and what it owns: 的, "'s" (or "'" after an s), spaces.
_OWNER_MARK = re.compile(r"\s*(?:\u7684|['\u2019]s\b|(?<=s)['\u2019])?\s*")


# A capitalised run opening a claim, not itself an owner ("Karsavin saved …").
_OPENING_NAME = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?!['’\w-])")
# An owner's mark and the word it owns ("'s serve").
_OWNED_AFTER = re.compile(r"['’]s\s+([A-Za-z]+)")


# A verb in the passive and the name after "by" ("delivered by Judge Conrad Mayhew").
_PASSIVE_AGENT = re.compile(r"\b([a-z]+ed)\s+by\s+((?:[A-Z][\w.'-]*\s?)+)")


def _object_at(before: str) -> bool:
    """Whether a word after BEFORE (its clause up to it) is a verb's object:
    a verb right before it ("击败北区骏马"), or before a word that describes
    and 的 ("压倒同分的银湖飞马"). (Not a verb right before 的, nor its object,
    which as often make a relative clause of the subject: "由沈阳执导的都市
    情感剧", "位于九龙的康怡联合医院".)"""
    from checker.language.vocabulary import glossed_as_verb

    tagged = [(word, tag) for word, tag in tagged_words(before) if word.strip()]
    if len(tagged) >= 3 and tagged[-1][1] == _DE_TAG and tagged[-2][1][:1] in _DESCRIBING_TAGS:
        tagged = tagged[:-2]
    # Past the words that describe the name, a place and a title the tagger
    # takes for a verb ("战胜日本选手松田健太"; "督察组组长彭立新要求": 组长 is
    # no verb), to the word before them, which the tagger may take for a
    # noun (战胜).
    for skipped in range(_DESCRIBING_NOUNS):
        if not tagged:
            return False
        word, tag = tagged[-1]
        verb = glossed_as_verb(word)
        if tag.startswith("v") and tag != "vn" and verb is not False \
                or skipped and verb and tag[:1] == "n":
            return True
        if not (tag == "v" and verb is False or tag == _PLACE_TAG):
            return False
        tagged = tagged[:-1]
    return False


_DESCRIBING_NOUNS = 3
"""Words before a name that may describe it ("日本|选手") and stand between it
and the verb whose object it is."""
_PLACE_TAG = "ns"
_DE_TAG = "uj"
_VERB_TAG = "v"
"""jieba's tag of verbs (v, vn: a verb used as a noun, 预测)."""
"""jieba's tag of the particle 的."""

_DESCRIBING_TAGS = frozenset("adbmq")
"""jieba's tags of adjectives, adverbs, distinguishing words, numerals and
measure words: what describes a noun, not an object."""


# jieba's tags of names: persons, places, organisations, other proper nouns.
_NAME_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg"})


def _name_run_apart(claim: OpenClaim, text: str) -> bool:
    """Whether a run of capitalised words of the claim ("Thomas Crane") has
    its words in the passage TEXT only apart, each in another name ("Ada
    Crane …, her brother Thomas"): the run is not written there, and its
    last word stands only after another capitalised word that is no title
    ("President Obama" still says Obama)."""
    titles = set(grammar("en").name_titles)
    for run in _NAME_RUN.finditer(claim.text):
        words = run.group().split()
        while words and is_stop_word(words[0]):
            words = words[1:]
        if len(words) < 2 or months_named(" ".join(words)):
            continue
        joined = r"\s+(?:[A-Z]\.\s+)?".join(map(re.escape, words))
        if re.search(rf"(?<![A-Za-z]){joined}(?![a-z])", text):
            continue
        last = words[-1]
        places = [m.start() for m in re.finditer(rf"(?<![A-Za-z]){re.escape(last)}(?![a-z])",
                                                 text)]
        if places and not any(_alone_at(text, at, words, titles) for at in places):
            return True
    return False


def _name_in_other_conjunct(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether a name the claim gives what it says of its subject stands in
    the passage only in another clause than the claim's other words, the
    clauses parts a conjunction joins, each with a predicate of its own: in
    "It was founded in 1962 by the Kestrel Horticultural Society and is
    managed today by the Fenwick Parks Trust" the trust did not found the
    garden and the society does not manage it. The later clause needs a word
    of its own the claim lacks, and where it holds the claim's other words, a
    name of its own; the claim's subject may stand in either ("Ruiz joined
    Arden in 1990 and became its chief executive in 2001")."""
    openers = grammar("en").clause_conjunctions
    text = analysis.text
    if not any(f" {w} " in text for w in openers):
        return False   # (most passages)
    lowered = text.lower()
    clauses = fact_clauses(lowered, analysis.values)
    if len(clauses) < 2:
        return False

    def places(unit: Unit) -> set[int]:
        return {clause_index(clauses, at) for at in _unit_spots(unit, text, lowered)}

    def conjunct(i: int) -> bool:
        return any(lowered[clauses[i][0]:].lstrip(" ,").startswith(w + " ") for w in openers)

    said = [places(u) for u in claim.units if not (u.name or u.entity) and u.weight > 0]
    said = [p for p in said if p]
    common = set.intersection(*said) if said else set()
    if not common:
        return False
    subject = {id(u) for u in leading_names(claim)}
    for unit in claim.units:
        # (A place the dictionary glosses is a name too: "the Barents Sea".)
        phrase = " " in unit.surface and all(w[:1].isupper() for w in unit.surface.split())
        spots = places(unit) | {clause_index(clauses, at) for at in _starts(
            unit.surface.lower(), lowered)} if unit.name or phrase else set()
        if not spots or spots & common:
            continue
        if id(unit) in subject or phrase and not unit.name:
            # The subject stands in a later conjunct only, while the clause
            # with the claim's words names its own: "Ice in the Beaufort Sea
            # was unusually thin, while the Laptev Sea opened earlier" says
            # nothing thin of the Laptev Sea.
            if all(i > max(common) and conjunct(i) for i in spots) and all(
                    _has_own_word(claim, analysis, clauses[i], lexicon, names_only=True)
                    for i in common):
                return True
            continue
        if all(i > min(common) and conjunct(i) and _has_own_word(claim, analysis, clauses[i], lexicon)
               for i in spots):
            return True
        if all(i > max(spots) and conjunct(i)
               and _has_own_word(claim, analysis, clauses[i], lexicon, names_only=True)
               for i in common):
            return True
    return False


def _object_of_another(claim: OpenClaim, text: str, context: Sequence[str] = ()) -> bool:
    """Whether a Chinese verb of the claim right before one of its names
    (出自 of "首个MoE大模型出自月之暗面") has another noun right after it
    wherever the passage (TEXT, normalised) writes it, one the claim does not
    write, and never the name: "……大模型,出自智源“悟道”,……Kimi,来自月之暗面"
    gives the model another maker. A passage lacking the verb is read with
    the sentence before it (CONTEXT), whose words it borrows."""
    claimed, lowered = claim.text.lower(), text.lower()
    if not CJK_RUN.search(claimed):
        return False
    if context and not any(u.surface.lower() in lowered for u in claim.units
                           if CJK_RUN.fullmatch(u.surface) and is_verb(u.surface)):
        return any(_object_of_another(claim, other) for other in context)
    placed = sorted(((at, u) for u in claim.units
                     if (at := claimed.find(u.surface.lower())) >= 0), key=lambda p: p[0])
    for (at, verb), (name_at, name) in pairwise(placed):
        # (Only a name: a common noun the passage may write otherwise, 先心病
        # for 先天性心脏病, or in the next clause of a list.)
        if verb.name or verb.entity or claimed[at + len(verb.surface):name_at].strip() \
                or len(verb.surface) < 2 or not CJK_RUN.fullmatch(verb.surface) \
                or not is_verb(verb.surface) or not (name.name or name.entity):
            continue
        spots = _starts(verb.surface.lower(), lowered)
        forms = [f.lower() for f in name.forms if f]
        objects = [_chinese_noun_after(lowered, s + len(verb.surface)) for s in spots]
        clauses = split_clauses(lowered)
        # (The name anywhere after the verb in its clause is its object's
        # head: 夺得队史首个联赛总冠军 for 夺得总冠军.)
        if spots and all(objects) and not any(
                any(f in lowered[s:clauses[clause_index(clauses, s)][1]] for f in forms)
                for s in spots) \
                and not any(o in claimed for o in objects):
            return True
    return False


_OBJECT_SKIP = 2
"""Marks that may stand between a verb and its object (“, 「)."""


def _chinese_noun_after(text: str, at: int) -> str:
    """The Chinese noun right after AT of TEXT (past a quotation mark), by
    jieba's tag, or ''."""
    start = at + len(text[at:at + _OBJECT_SKIP]) - len(text[at:at + _OBJECT_SKIP].lstrip("“「\"'"))
    run = CJK_RUN.match(text, start)
    if run is None:
        return ""
    word, tag = tagged_words(run.group())[0]
    return word if tag.startswith(_NOUN_TAGS) else ""


_NOUN_TAGS = ("n",)
"""jieba's tags of nouns and names (n, nr, ns, nt, nz)."""


def _swapped_between_clauses(claim: OpenClaim, text: str) -> bool:
    """Whether two clauses of a Chinese claim each have a word the passage
    (TEXT, normalised) writes only in the clause where it says the other's:
    "青禾与北辰同属技术派,远帆则是商业派的代表" against "青禾与远帆同属技术派,
    北辰则为商业派代表" swaps 北辰 and 远帆."""
    claimed, lowered = claim.text.lower(), text.lower()
    if not CJK_RUN.search(claimed):
        return False
    own_clauses, clauses = split_clauses(claimed), split_clauses(lowered)
    if len(own_clauses) < 2 or len(clauses) < 2:
        return False
    placed: dict[int, list[tuple[Unit, set[int]]]] = {}
    for unit in claim.units:
        at = claimed.find(unit.surface.lower())
        spots = {clause_index(clauses, s) for f in unit.forms if f for s in _starts(f.lower(), lowered)}
        if at >= 0 and spots and unit.weight > 0 and len(unit.surface) >= 2:
            placed.setdefault(clause_index(own_clauses, at), []).append((unit, spots))
    # Each claim clause's home: the passage clause holding most of its words
    # (of two, the one holding fewer of the other clauses').
    def held(i: int, c: int) -> tuple[int, int]:
        return (sum(i in spots for _, spots in placed[c]),
                -sum(i in spots for d in placed if d != c for _, spots in placed[d]))

    homes = {c: max(range(len(clauses)), key=lambda i: held(i, c)) for c in placed}

    def strays(c: int, into: int) -> bool:
        return any(spots == {into} for _, spots in placed[c])

    return any(homes[a] != homes[b] and strays(a, homes[b]) and strays(b, homes[a])
               for a in homes for b in homes if a < b)


def designated_otherwise(claim: OpenClaim, text: str) -> bool:
    """Whether a name of the claim stands in TEXT (a passage's) only with a
    designation in brackets right after it that the claim does not write: a
    branch or subsidiary of its own ("Victoria Harbour Bank (China)"). A
    name's own entity or a capitalised run only, not a Chinese run of words."""
    lowered, claimed = text.lower(), claim.text.lower()
    for unit in claim.units:
        if not (unit.name or unit.entity or " " in unit.surface and _capitalised(unit.surface)):
            continue
        forms = {f.lower() for f in (*unit.forms, unit.surface) if f}
        spots = [(at, f) for f in forms for at in _starts(f, lowered)]
        if spots and all((m := _DESIGNATION_AFTER.match(text, at + len(f))) is not None
                         and m.group(1).lower() not in claimed
                         # (In the name's script: "Medd (卢坎·梅德)" translates it.)
                         and bool(CJK_RUN.match(m.group(1))) == bool(CJK_RUN.match(f))
                         for at, f in spots):
            return True
    return False


# A designation in brackets right after a name, in a few letters or
# characters: "(China)", "(香港)" (not a reading in lower case, "(zhǔn)", as
# converted text writes one, nor a description with 的).
_DESIGNATION_AFTER = re.compile(r"\s*[(\uff08]((?:[A-Z]|[\u4e00-\u9fff])[^()\uff08\uff09\u7684]{0,7})[)\uff09]")


def named_in_relative(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether the name an English claim opens with stands in TEXT (a
    passage's) only inside a relative clause describing another name
    (``relative_pronouns`` after it, to the next comma), the sentence going
    on after it: in "Thornleigh, which is owned by the Dutch group Vaalberg
    Materials, reported operating profit of £23 million" Thornleigh
    reported it, not Vaalberg."""
    leading = [u for u in leading_names(claim) if u.surface.isascii()]
    if not leading or CJK_RUN.search(text):
        return False
    spans = [m.span(1) for m in _relative_clause_re().finditer(text)]
    if not spans:
        return False   # (most passages)
    lowered = text.lower()
    # (Not where the relative clause says the claim: "Vaalberg owns Thornleigh".)
    words = [u for u in claim.units if not (u.name or u.entity) and u.weight > 0]
    spans = [(start, end) for start, end in spans
             if not words or not all(unit_share(u, side_of_text(text[start:end]), lexicon) == 1.0
                                     for u in words)]
    for unit in leading:
        spots = [at for f in unit.forms if f and f.isascii() for at in _starts(f.lower(), lowered)]
        if spots and all(any(start < at < end for start, end in spans) for at in spots):
            return True
    return False


@cache
def _relative_clause_re() -> re.Pattern[str]:
    """A relative clause after a capitalised name, between commas, with the
    sentence going on after it: ", which is owned by …, reported"."""
    words = "|".join(re.escape(w) for w in grammar("en").relative_pronouns)
    return re.compile(rf"\b[A-Z][\w'-]*(,\s(?:{words})\b[^,;.]*,)(?=\s[a-z])")


def _item_of_another_list(claim: OpenClaim, text: str) -> bool:
    """Whether a Chinese claim lists items (、) two or more of which the
    passage (TEXT, normalised) lists together without another: "杭州六小龙指的
    是DeepSeek、宇树科技、……和月之暗面" is not said by a passage listing
    "DeepSeek、宇树科技、……、强脑科技", whatever it says of 月之暗面 elsewhere."""
    claimed, lowered = claim.text.lower(), text.lower()
    if _LIST_COMMA not in claimed or _LIST_COMMA not in lowered:
        return False
    joiners = grammar("zh").list_joiners
    items = []
    for piece in claimed.split(_LIST_COMMA)[1:]:
        piece = re.split(r"[,，。;；]", piece)[0]
        # (Names, not figures nor phrases: "的份额分别约为17.7%" lists no item.)
        items += [p for p in re.split("|".join(map(re.escape, joiners)), piece)
                  if 2 <= len(p) <= _LIST_ITEM_CHARS and not re.search(r"[0-9]", p)]
    lists = [m.span() for m in _LIST_RUN.finditer(lowered)]
    if len(items) < 3 or not lists:
        return False
    # (A list holding two of them and lacking one does not say that one is listed.)
    return any(2 <= sum(item in lowered[start:end] for item in items) < len(items)
               for start, end in lists)


# The longest item of a list read as a name (云深处科技, 阶跃星辰).
_LIST_ITEM_CHARS = 10
# A list of two or more items between clause marks: "智谱、MiniMax、百川智能".
_LIST_RUN = re.compile(r"[^,，。;；、]+(?:、[^,，。;；、]+)+")


def _listed_with_another(claim: OpenClaim, text: str) -> bool:
    """Whether the passage (TEXT, normalised) lists a word of the claim with
    a list word (``list_joiners``: 与, 和) where the claim lists another after
    it, which the passage writes only in other clauses: "青禾科技与远帆智能同属
    技术派,北辰数据则为商业派代表" does not list 北辰 with 青禾."""
    claimed, lowered = claim.text.lower(), text.lower()
    clauses = split_clauses(lowered)
    if len(clauses) < 2:
        return False
    for joiner in grammar("zh").list_joiners:
        for at in _starts(joiner, claimed):
            before = next((u for u in claim.units if claimed[:at].endswith(u.surface.lower())), None)
            after = next((u for u in claim.units
                          if claimed.startswith(u.surface.lower(), at + len(joiner))), None)
            if before is None or after is None:
                continue
            listed = {clause_index(clauses, s) for f in before.forms if f
                      for s in _starts(f.lower() + joiner, lowered)}
            spots = {clause_index(clauses, s) for f in after.forms if f
                     for s in _starts(f.lower(), lowered)}
            if listed and spots and not listed & spots:
                return True
    return False


def _alone_at(text: str, at: int, words: Sequence[str], titles: Collection[str]) -> bool:
    """Whether the word at AT of TEXT is not the end of another name: the
    word before it is no capitalised word, or a title, or one of WORDS."""
    before = re.search(r"([A-Za-z][A-Za-z.'-]*)\s+\Z", text[:at])
    if before is None:
        return True
    word = before.group(1)
    return not word[0].isupper() or word.rstrip(".").lower() in titles or word in words


def _capitalised(surface: str) -> bool:
    """Whether SURFACE is Latin words all capitalised ("Charles Darwin", a
    name a dictionary knows)."""
    words = LATIN_WORD.findall(surface)
    return bool(words) and all(w[0].isupper() for w in words)


def _has_own_word(claim: OpenClaim, analysis: Analysis, span: tuple[int, int],
                  lexicon: Lexicon, names_only: bool = False) -> bool:
    """Whether the passage's clause at SPAN holds a content word (with
    NAMES_ONLY, a name) that is no word of the claim nor part of a figure: a
    predicate or a subject of its own."""
    start = span[0]
    clause = analysis.text[start:span[1]]
    blanked = list(clause)
    for v in analysis.values:
        for i in range(max(v.start, start), min(v.end, span[1])):
            blanked[i - start] = " "
    rest = "".join(blanked)
    # "… and 5% respectively" is the list's figure, not a fact of its own; nor
    # is a verb giving the measure before a new figure ("2023年交付新车5.2万辆，
    # 2024年增至9.8万辆", "…, and rose to 98,000 in 2024").
    for language in ("en", "zh"):
        for word in (*grammar(language).respectively, *grammar(language).restating_verbs):
            rest = re.sub(re.escape(word), " " * len(word), rest, flags=re.IGNORECASE)
    # Longest first: 增长 blanked first would leave the 同比 of 同比增长.
    # (A measure's terms in both languages: "lost" is said by 亏损.)
    terms = {t for u in claim.units if u.measure in lexicon.measures
             for t in lexicon.measures[u.measure].terms}
    for form in sorted({f for u in claim.units for f in (*u.forms, *u.variants) if f} | terms,
                       key=lambda f: (-len(f), f)):
        rest = re.sub(re.escape(form), " " * len(form), rest, flags=re.IGNORECASE)
    words = [w for w in LATIN_WORD.findall(rest) if not is_stop_word(w) and not w.isdigit()]
    stems = {s for u in claim.units for s in (*u.stems, *(s for g in u.glossed for s in g))}
    # A month the claim does not name is the clause's own ("…, up from 4.9%
    # in May"), though "May" is also a grammar word.
    if not names_only and months_named(rest) - {u.month for u in claim.units}:
        return True
    if names_only:
        # A capitalised word other than a month: "…, while BYD delivered 3 million".
        words = [w for w in words if w[:1].isupper() and not months_named(w)]
    if any(stem(w.lower()) not in stems for w in words):
        return True
    # A person it speaks of ("He was also fined 20 million yuan, while the
    # company itself …") is a subject of its own for a claim naming no one.
    if not any(u.person for u in claim.units) \
            and _person_pronoun(rest) and not _person_pronoun(claim.text):
        return True
    if names_only:
        entities = {u.entity for u in claim.units if u.entity}
        return any(m.kind == "entity" and m.id not in entities and start <= m.start < span[1]
                   for m in analysis.mentions) or any(
            not any(unit_share(u, side_of_text(word), lexicon) == 1.0 for u in claim.units)
            for word, _, _ in tagged_names(rest))
    import rjieba

    clitics = grammar("zh").clitic_characters
    for run in CJK_RUN.findall(rest):
        for word in rjieba.cut(run):
            if not is_chinese_stop_word(word) and word not in clitics and not any(
                    unit_share(u, side_of_text(word), lexicon) == 1.0 for u in claim.units):
                return True
    return False


def _person_pronoun(text: str) -> bool:
    """Whether TEXT holds a personal pronoun (``personal_pronouns``): a
    Latin one as a word, a Chinese one as the segmenter's word (not 他 of 其他)."""
    latin = {w.lower() for w in LATIN_WORD.findall(text)}
    if latin & set(grammar("en").personal_pronouns):
        return True
    pronouns = set(grammar("zh").personal_pronouns)
    return any(word in pronouns for run in CJK_RUN.findall(text) for word, _ in tagged_words(run))


def _kind_names(claim: OpenClaim, kinds: Sequence[str]) -> list[tuple[str, tuple[Unit, ...]]]:
    """The claim's Chinese names of a kind (KINDS: 大学, 公司…), each with the
    words it is made of: adjacent words the segmenter cut apart are one name
    (卡内基|梅隆|大学)."""
    placed = sorted(((at, at + len(u.surface), u) for u in claim.units
                     if not u.name and CJK_RUN.fullmatch(u.surface)
                     and (at := claim.text.find(u.surface)) >= 0), key=lambda p: p[:2])
    # A one-character word is looked for where it first stands, perhaps
    # inside a longer word of the claim (大 of 大学): there it is not itself.
    placed = [p for p in placed if p[1] - p[0] > 1 or not any(
        q[0] <= p[0] < q[1] and q[1] - q[0] > 1 for q in placed)]
    runs: list[tuple[int, int, tuple[Unit, ...]]] = []
    for start, end, unit in placed:
        if runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], end, (*runs[-1][2], unit))
        elif end - start > 1:
            # A one-character word (任, 于) is grammar or a verb, never a
            # name's start; it may end one the segmenter cut badly (史丹佛大|学).
            runs.append((start, end, (unit,)))
    # Each stretch of a run that ends with a kind is a name: 北京大学 and
    # 北京大学数据科学研究院 in 北京大学数据科学研究院大数据中心副主任.
    names = []
    for start, _, units in runs:
        for last in range(len(units)):
            end = claim.text.find(units[last].surface, start) + len(units[last].surface)
            if any(claim.text[start:end].endswith(k) and end - start > len(k) for k in kinds):
                names.append((claim.text[start:end], units[:last + 1]))
    # The longest first: its slot is the most telling (北京大学数据科学研究院
    # against 清华数据科学研究院).
    return sorted(names, key=lambda n: -len(n[0]))


# Characters of the claim before a word that place it: the same characters in
# a passage, then another word ending as it does, fill the same slot.
SLOT_CONTEXT = 2


def _other_in_slot(claim: OpenClaim, surface: str, text: str,
                   kinds: Sequence[str] = ()) -> str:
    """The word of TEXT (a passage) in the slot of the claim's word SURFACE
    when it is another thing of its kind, else ''. A Chinese word of three or more characters names its
    kind by its last two (大学, 医院, 公司); its slot is the claim's characters
    right before it. Of several such places in the passage, the one whose
    characters before it agree longest with the claim's is the slot
    ("博士毕业于" over "本科毕业于"); where the claim's own word stands in a
    place that agrees as long, the slot is its."""
    at = claim.text.find(surface)
    if len(surface) < 3 or not CJK_RUN.fullmatch(surface) or at < 0:
        return ""
    # A name of another kind in the slot is another thing too (浙江大学 /
    # 麻省理工学院).
    # (The last two characters name a kind, not as a word of quality or of
    # action: 稳定 of 保持稳定 is no kind, and 趋于稳定 no other thing of it.)
    ending = [] if tagged_words(surface[-2:])[-1][1][:1] in _NO_KIND_TAGS else [surface[-2:]]
    kinds = [k for k in kinds if surface.endswith(k)] + ending + list(kinds)
    if not kinds:
        return ""
    left = claim.text[max(0, at - SLOT_CONTEXT):at]
    if len(left) < SLOT_CONTEXT or not CJK_RUN.fullmatch(left) or left not in text:
        return _other_before(claim, surface, text, kinds)
    pattern = re.escape(left) + rf"([\u3400-\u9fff]{{1,{len(surface) + 4}}}?)" \
        + f"({'|'.join(map(re.escape, dict.fromkeys(kinds)))})"
    best, agreed, own = "", 0, 0
    for match in re.finditer(pattern, text):
        other = match.group(1) + match.group(2)
        length = _common_suffix(claim.text[:at], text[:match.start(1)])
        # The claim's word with words between ("新建一座市立图书馆" for
        # "新建市立图书馆") is the same thing worded otherwise.
        if surface in other or other in surface or _in_order(surface, other):
            own = max(own, length)
        elif length > agreed:
            best, agreed = other, length
    return best if agreed > own else ""


_NO_KIND_TAGS = "avdil"
"""jieba's tags of adjectives, verbs, adverbs, idioms and set phrases begin so."""


def _other_before(claim: OpenClaim, surface: str, text: str, kinds: Sequence[str]) -> str:
    """``_other_in_slot`` where the slot is told by the characters right
    after the claim's word ("……北京大学博士" / "……也是清华大学博士"): the other
    word of its kind TEXT writes before them, else ''."""
    end = claim.text.find(surface) + len(surface)
    right = CJK_RUN.match(claim.text, end)
    right_text = right.group()[:SLOT_CONTEXT] if right else ""
    if len(right_text) < SLOT_CONTEXT or right_text not in text:
        return ""
    pattern = f"({'|'.join(map(re.escape, dict.fromkeys(kinds)))}){re.escape(right_text)}"
    own_kind = next((k for k in kinds if surface.endswith(k)), "")
    if not own_kind or len(surface) - len(own_kind) > _NAME_CHARS:
        return ""   # (a run the segmenter's words make look like a name)
    others = []
    for match in re.finditer(pattern, text):
        kind = match.group(1)
        reach = max(1, len(surface) - len(kind))
        start = match.start()
        while start > match.start() - reach and start > 0 and CJK_RUN.match(text[start - 1]):
            start -= 1
        other = text[start:match.end(1)]
        if len(other) <= len(kind) or other in surface or surface in other \
                or _in_order(surface, other) or _in_order(other, surface):
            return ""   # the claim's word, one of its kind with no name, or its short form
        if not all(tag[:1] in _NAME_TAG_STARTS for _, tag in tagged_words(text[start:match.start(1)])):
            continue    # not a name before the kind word (仍是|集团)
        others.append(other)
    return others[0] if len(set(others)) == 1 else ""


_NAME_CHARS = 4
"""Characters of a name before its kind word that a slot is read for."""
_NAME_TAG_STARTS = frozenset("njxg")
"""jieba's tags (first letter) of the words of a name: nouns, names, abbreviations,
strings it does not know, morphemes."""


def _in_order(short: str, long: str) -> bool:
    """Whether the characters of SHORT stand in LONG in the same order."""
    rest = iter(long)
    return all(char in rest for char in short)


def _common_suffix(first: str, second: str) -> int:
    length = 0
    while length < min(len(first), len(second)) and first[-1 - length] == second[-1 - length]:
        length += 1
    return length


def _weekday_unsaid(claim: OpenClaim, analysis: Analysis, before: Sequence[Analysis]) -> bool:
    """Whether the claim names a day of the week (``weekdays``) that neither
    the passage nor the sentences before it name, in any of its forms (周三,
    星期三): "延至下星期三举行" is not stated by "延至下星期一舉行"."""
    days = _weekdays_in(claim, claim.text)
    if not days:
        return False
    said = set().union(*(_weekdays_in(claim, t) for t in
                         (analysis.text, *(b.text for b in before[:NEIGHBOURS]))))
    return not days <= said


def _weekdays_in(claim: OpenClaim, text: str) -> set[str]:
    # A Chinese day by its last character (星期三, 周三, 礼拜三: 三).
    return {surface[-1] if CJK_RUN.match(surface) else surface
            for _, _, surface in claim.cues(text.lower(), "weekdays")}


def _absent(unit: Unit, here: Side, before: Sequence[Analysis], lexicon: Lexicon) -> bool:
    """Whether UNIT is neither in the passage nor in the sentences before it."""
    return max([unit_share(unit, here, lexicon),
                *(unit_share(unit, side(b), lexicon) for b in before[:NEIGHBOURS])]) < 1.0


def core_coverage(claim: OpenClaim, here: Side, lexicon: Lexicon) -> float:
    """Coverage, in the passage itself, of what the claim says of its subject
    (its words other than entities and names, which may stand in an earlier
    sentence); of everything when it has no other words. A place the
    passage points at by its kind (全省) it holds."""
    leading = {id(u) for u in leading_names(claim)}
    said = [u for u in claim.units if not (u.entity or u.name or id(u) in leading) and u.weight]
    if not said:
        return coverage(claim, [here], lexicon)[0]
    total = sum(u.weight for u in said) or 1.0
    return sum(u.weight * (share if (share := unit_share(u, here, lexicon)) == 1.0
                           or not pointed_at(claim, u.forms, here.text) else 1.0)
               for u in said) / total


def _with_context(claim: OpenClaim, here: Side, before: Sequence[Analysis],
                  lexicon: Lexicon, setting: Sequence[Unit] | None = None,
                  lead: Analysis | None = None) -> tuple[float, list[Unit]]:
    """Coverage of the passage, where the claim's entities and names may also
    be found in the sentence before it (a subject stated once and referred to
    later: "It employs 3,500 people"), and so may its closing SETTING
    (``_setting_before``, read here when not given); its other words may
    not, or a passage would borrow the predicate of its neighbour. A place
    the passage points at by its kind (全省) may be named there or in LEAD,
    the document's opening sentence."""
    if not before and lead is None:
        return coverage(claim, [here], lexicon)
    previous = [side(b) for b in before]
    named = [*previous, side(lead)] if lead is not None else previous
    total = claim.total_weight or 1.0
    held = 0.0
    missing = []
    joint = None
    if setting is None:
        setting = _setting_before(claim, here, before, lexicon)
    leading = [*(leading_names(claim) or _opening_subject_left(claim, here, lexicon)), *setting]
    for unit in claim.units:
        share = unit_share(unit, here, lexicon)
        if unit in leading:
            share = max([share, *(unit_share(unit, p, lexicon) for p in previous)])
            if share < 1.0 and any(len(LATIN_WORD.findall(f)) >= 2 for f in unit.forms):
                # The maker named before, the product here ("MiniMax……" /
                # "它们首推……M1模型").
                joint = joint or side_of_text(" ".join([here.text, *(p.text for p in previous)]))
                share = max(share, unit_share(unit, joint, lexicon))
        if share < 1.0 and pointed_at(claim, unit.forms, here.text) \
                and any(unit_share(unit, n, lexicon) == 1.0 for n in named):
            share = 1.0
        if share < 1.0 and unit.name and _named_by_its_head(
                claim, unit, here.text, [*before, *([lead] if lead is not None else [])], lexicon):
            share = 1.0
        held += share * unit.weight
        if share < 1.0:
            missing.append(unit)
    return held / total, missing


def _figure_instead(claim: OpenClaim, analysis: Analysis) -> tuple[Value, Value] | None:
    """A figure of the claim and the one the passage gives in its place, when
    the passage writes the claim's only right after a word bringing in what
    is replaced (``rather_than``: "……满12个月的证明,而非网传的“满36个月”",
    "12 months, not 36 as reported") and the other before it in the
    sentence; else None."""
    text = analysis.text.lower()
    cues = claim.cues(text, "rather_than")
    if not cues:
        return None   # (most passages)
    for value in (v for v in claim.values if v.kind != "date"):
        comparable = [s for s in analysis.values if compare.comparable(value, s)]
        agreeing = [s for s in comparable if compare.relation(value, s) == "agree"]
        if not agreeing:
            continue
        negated = [s for s in agreeing if any(
            end <= s.start and _NEGATED_FIGURE_GAP.fullmatch(text[end:s.start]) for _, end, _ in cues)]
        if len(negated) < len(agreeing):
            return None
        first = min(s.start for s in negated)
        other = [s for s in comparable if s.end <= first and compare.relation(value, s) != "agree"]
        if other:
            return value, other[-1]
    return None


def _item_for_total(claim: OpenClaim, value: Value, stated: Value, owner: Analysis) -> bool:
    """Whether the claim's VALUE is a total (after a ``joint_words`` word in
    its clause: "三家合计占比不足四成") and STATED, a figure of the passage,
    is not, while one of its kind after such a word is: STATED is an item's
    own ("阿里通义(17.7%)、……三家合计占比已超40%")."""
    if value.kind == "date" or not _after_joint_word(claim, claim.text.lower(), value.start):
        return False
    text = owner.text.lower()
    return not _after_joint_word(claim, text, stated.start) and any(
        v.kind == stated.kind and v.unit == stated.unit and _after_joint_word(claim, text, v.start)
        for v in owner.values)


def _after_joint_word(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether a ``joint_words`` word stands before AT in its clause of TEXT."""
    clauses = split_clauses(text)
    own = clause_index(clauses, at)
    return any(end <= at and clause_index(clauses, start) == own
               for start, end, _ in claim.cues(text, "joint_words"))


def _group_figure(claim: OpenClaim, analysis: Analysis, before: Sequence[Analysis]) -> bool:
    """Whether the passage gives the claim's figures to several things at
    once: after a word of ``joint_words`` ("Together they have 214 pupils",
    三校合计) that follows a list of the claim's subject with others, in the
    passage or in the sentence BEFORE it ("The schools affected are St
    Aidan's, Fenwick Lane and Oakridge."), the subject not named again after
    it. Figures the passage writes before that word are the items' own
    ("阿里通义(17.7%)、字节豆包(14.1%)……三家合计占比已超40%")."""
    text = analysis.text.lower()
    joint = claim.cues(text, "joint_words")
    # (Not where the claim speaks of the total itself, "三家合计占比超过四成", nor
    # where the passage gives each item its own, "份额分别约为……，三家合计……".)
    if not joint or claim.cues(claim.text, "joint_words") or claim.cues(text, "distributives"):
        return False
    at = joint[0][0]
    stated = [s.start for v in claim.values for s in analysis.values if compare.comparable(v, s)] \
        + ([m.start() for m in _BARE_NUMBER.finditer(text)] if claim.numbers else [])
    if not stated or min(stated) < at:
        return False
    listed = " ".join([before[0].text] if before else []) + " " + analysis.text[:at]

    def find(form: str, where: str) -> int:
        # (Not as the last word of a longer name: "Antarctica" of "West
        # Antarctica and East Antarctica" is not listed.)
        pattern = rf"(?<!\w){re.escape(form)}(?!\w)" if form.isascii() else re.escape(form)
        for found in re.finditer(pattern, where, re.IGNORECASE):
            previous = re.search(r"([A-Za-z][\w'-]*)\s+$", where[:found.start()])
            if not (form.isascii() and previous and previous.group(1)[0].isupper()
                    and where[:previous.start()].rstrip()[-1:] not in ("", ".")):
                return found.start()
        return -1

    for unit in leading_names(claim):
        forms = [f for f in unit.forms if f]
        if any(find(f, analysis.text[at:]) >= 0 for f in forms):
            return False
        for form in forms:
            spot = find(form, listed)
            if spot < 0:
                continue
            rules = grammar("en" if form.isascii() else "zh")
            joiners = [*rules.list_joiners, *rules.name_separators]
            # (A list word near it in its sentence: "St Aidan's CE Primary,
            # Fenwick Lane Primary and Oakridge Infant School"; not a comma
            # alone, "East Antarctica, by contrast, gained …".)
            end = min((i for i in (listed.find(". ", spot), listed.find("\u3002", spot)) if i >= 0),
                      default=len(listed))
            near = listed[max(0, spot - _LIST_REACH):end]
            if any(re.search(rf"(?<!\w){re.escape(j)}(?!\w)" if j.isascii() and j.isalpha()
                             else re.escape(j), near, re.IGNORECASE) for j in joiners):
                return True
    return False


_LIST_REACH = 30
"""Characters before a name (and after it, to its sentence's end) within
which a list word makes it an item of a list."""


def _states_another_clause_figure(claim: OpenClaim, claimed: Value, stated: Value) -> bool:
    """Whether STATED agrees with a figure of the claim other than CLAIMED
    that stands in another clause of the claim."""
    clauses = split_clauses(claim.text)
    own = clause_index(clauses, claimed.start)
    return any(other is not claimed and clause_index(clauses, other.start) != own
               and compare.comparable(other, stated) and compare.relation(other, stated) == "agree"
               for other in claim.values)


def _figures_outside_report(claim: OpenClaim, analysis: Analysis,
                            agreeing: Sequence[Value], negation: str = "") -> bool:
    """Whether the passage reports a quotation (a ``report`` word right
    before it, or a report word or a reported thing after it in its clause)
    and states the claim's figures only in clauses of its own after it
    ("网传'……'的说法在多个微信群流传，截至3月12日相关文章阅读量已超过120万次",
    "一则'……'的短视频近期在网络上流传，播放量超过85万次，……判定为错误信息"):
    how far the rumour spread is no part of it, and a verdict on the rumour
    does not refute it. Nor does a NEGATION the passage writes, unless it
    stands in a figure's own clause ("播放量并未超过85万次")."""
    text = analysis.text.lower()
    figures = [s for v in agreeing if v.kind in NUMERIC_KINDS for s in analysis.values
               if compare.comparable(v, s) and compare.relation(v, s) == "agree"]
    if not figures:
        return False
    clauses = split_clauses(text)
    speech = [w for language in ("en", "zh") for w in grammar(language).speech_verbs]

    def reported(quotation: re.Match[str]) -> bool:
        if any(0 <= quotation.start() - end <= _REPORT_TO_QUOTATION
               for _, end, _ in claim.cues(text, "report")):
            return True
        # (Named after it, the message is what the quotation says, and a
        # figure after it is the message's unless a speaker says it: "一名
        # 自称'护士长'的女子声称,……已造成12人面瘫" reports the figure.)
        _, clause_end = clauses[clause_index(clauses, quotation.end() - 1)]
        rest = text[quotation.end():clause_end]
        return bool(claim.cues(rest, "report") or claim.cues(rest, "reported_things")) \
            and not any(w in text[quotation.end():v.start] for v in figures for w in speech)

    quoted = [m for m in _QUOTATION.finditer(text) if reported(m)]
    if not quoted:
        return False
    closed = clause_index(clauses, quoted[0].end() - 1)
    # (Not where a clause goes on reporting: "……的消息在微信群流传，称某地已有
    # 37人因此住院", "并配文称'已有三名孩子失踪'".)
    def own(at: int) -> bool:
        start, end = clauses[clause_index(clauses, at)]
        clause = text[start:end]
        return not claim.cues(clause, "report") and not any(w in clause for w in speech) \
            and not (negation and negation in clause) \
            and not any(m.start() <= at < m.end() for m in _QUOTATION.finditer(text))

    return all(clause_index(clauses, v.start) > closed and own(v.start) for v in figures)


_REPORT_TO_QUOTATION = 2
"""Characters between a report word and the quotation it brings in (网传："……")."""


def _correction_after(claim: OpenClaim, analysis: Analysis,
                      after: Sequence[Analysis]) -> tuple[Value, Value] | None:
    """A figure of the claim and the one a correction gives in its place, in
    the passage reporting it or the sentence AFTER it (after the last
    ``correction_words`` word: "the correct figure is £341,000", 正确应为), of
    the same kind and disagreeing; else None."""
    for sentence in (analysis, *after):
        cues = _correction_cues(claim, sentence.text)
        if not cues:
            continue
        # (After the last: “……增长46.5%”有误，正确数据为“……36.5%” gives 36.5%.)
        cue_end = max(end for _, end, _ in cues)
        lowered = sentence.text.lower()
        for value in claim.values:
            # (Not the figure that was wrong: "完工时间误植为2024年".)
            given = [s for s in sentence.values if s.start >= cue_end
                     and compare.comparable(value, s)
                     and not misstated_at(claim, lowered, s.start)
                     and not replaced_at(claim, lowered, s.start)
                     and not corrected_statement_at(claim, sentence.text, s.start)]
            # (Nor where it gives the claim's own: "(…; an earlier version
            # said 4.8 hours) — … lost power for 3.8 hours in 2025, down from
            # 5.1 hours in 2024".)
            if any(compare.relation(value, s) == "agree" for s in given):
                continue
            stated = [s for s in given if compare.relation(value, s) == "disagree"]
            if stated:
                return value, stated[0]
    return None


def _correction_announced(claim: OpenClaim,
                          after: Sequence[Analysis]) -> tuple[Value, Value] | None:
    """A figure of the claim and the one a correction in a sentence AFTER
    gives in its place, that sentence writing the claim's figure too, as the
    one replaced ("… is 1,284, not 1,482"); else None."""
    figures = [v for v in claim.values if v.kind in NUMERIC_KINDS]
    for sentence in after:
        found = _correction_after(claim, sentence, ())
        if found and any(compare.comparable(v, s) and compare.relation(v, s) == "agree"
                         and replaced_at(claim, sentence.text.lower(), s.start)
                         for v in figures for s in sentence.values):
            return found
    return None


_ANNOUNCED_REACH = 2
"""Sentences after a passage announcing a correction within which it is given."""


def _correction_cues(claim: OpenClaim, text: str) -> list[tuple[int, int, str]]:
    """The words of TEXT that make it a correction: ``correction_words``
    (更正, "an earlier version"), and ``revised_to``, a word bringing in the
    right figure that corrects by itself ("总诊疗人次由原公布的4810万人次修订为
    4630万人次")."""
    return sorted([*claim.cues(text, "correction_words"), *claim.cues(text, "revised_to")])


def given_by_correction(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (a passage's, normalised) is the one a
    correction gives: it stands after the last ``correction_words`` word
    before it, not right after a misstatement word (“……46.5%”有误，正确数据为
    “同比增长36.5%”: 36.5%)."""
    lowered = text.lower()
    cues = [end for _, end, _ in _correction_cues(claim, lowered) if end <= at]
    if at < 0 or not cues:
        return False
    # (Not one a correction or a denial word follows, the figure it corrects:
    # “……增长46.5%”有误; nor one it replaces, "应为6,240元，而非6,420元"; nor
    # one in what it says was stated: "Correction: An earlier version of
    # this story said … fell 43%.")
    rest = _without_verdicts_on_earlier(claim, lowered, at)
    # (Nor what an earlier report gave, named after the right figure: "将……人均
    # 消费修订为2,105澳门元，早前公布为2,180澳门元".)
    clauses = split_clauses(lowered)
    opened = clauses[clause_index(clauses, at)][0]
    earlier = [end for _, end, _ in claim.cues(lowered[opened:at], "earlier_reports")]
    if earlier and not _DIGIT.search(lowered, opened + max(earlier), at):
        return False
    return not misstated_at(claim, lowered, at) and not replaced_at(claim, lowered, at) \
        and not _base_of_comparison(lowered, at) \
        and not claim.cues(lowered[max(cues):at], "denial") \
        and not claim.cues(rest, "denial") \
        and not claim.cues(rest, "correction_words") \
        and not any(start <= at < end for start, end in _corrected_statements(claim, text))


def _base_of_comparison(text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (lower case) is what a figure is
    compared with: a comparison word (``comparison_base``: 较, compared with)
    stands before it in its clause with no figure between ("正确数字应为93.1%，
    即较上学年的94.8%下跌1.7个百分点": 94.8% is the year before's)."""
    base = numeral_units()["comparison_base"]
    clauses = split_clauses(text)
    start = clauses[clause_index(clauses, at)][0]
    before = text[start:at]
    # (Nor a marker of a change: 比 of 同比, "正确数字应为1026亿元,同比增长5.4%".)
    for word in (*base["not_markers"], *numeral_units()["change_markers"]):
        before = before.replace(word, " " * len(word))
    spots = [before.rfind(m) + len(m) for m in base["markers"] if m in before]
    return bool(spots) and not _DIGIT.search(before, max(spots))


def _without_verdicts_on_earlier(claim: OpenClaim, text: str, at: int) -> str:
    """TEXT (lower case) from AT on, without its clauses after the one at AT
    that give no figure and name an earlier report (``earlier_reports``): a
    verdict there is on that report ("……为6箱共计132公斤，首次通报数据有误")."""
    clauses = split_clauses(text)
    first = clause_index(clauses, at)
    kept = [text[at:clauses[first][1]]]
    for start, end in clauses[first + 1:]:
        clause = text[start:end]
        # (Nor past a semicolon, where a part giving figures of its own is a
        # fact of its own: "……应为“4,138.6万吨”;同比增速相应由“5.1%”更正为
        # “0.7%”" corrects the growth there.)
        if SEMICOLON.search(text, clauses[first][1], start) and any(c.isdigit() for c in clause):
            break
        # (Nor past a clause correcting a figure of its own, before its
        # correction word: "……正确应为1.68亿元，同比增长率由9.4%更正为-1.2%".)
        cues = claim.cues(clause, "correction_words")
        if cues and _DIGIT.search(clause, 0, cues[0][0]):
            break
        if not (claim.cues(clause, "earlier_reports") and not any(c.isdigit() for c in clause)):
            kept.append(clause)
    return " , ".join(kept)


def misstated_at(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (lower case) is the one a
    misstatement word before it in its clause gives, no other figure between
    ("misstated Valmont Tools' first-half net loss as 221 million yuan",
    误植为2024年; a date between is what the figure is of: "误将2024/25学年入学率
    写成91.3%")."""
    clauses = split_clauses(text)
    own = clause_index(clauses, at)
    cues = [end for _, end, _ in claim.cues(text, "misstatements")
            if end <= at and clause_index(clauses, end - 1) == own]
    if not cues:
        return False
    # (With a school or fiscal year's second year: "2024/25学年".)
    masked = text
    for v in _parsed_values(text):
        if v.kind == "date":
            tail = _YEAR_TAIL.match(text, v.end)
            stop = tail.end() if tail else v.end
            masked = masked[:v.start] + " " * (stop - v.start) + masked[stop:]
    # (And a month without its year: "误指西线3月乘客量按年上升1.6%".)
    for start, stop in digit_month_spans(text):
        masked = masked[:start] + " " * (stop - start) + masked[stop:]
    return any(not _DIGIT.search(masked, end, at) for end in cues)


_DIGIT = re.compile(r"[0-9]")
# "from" before the figure a change starts at (English).
_CHANGED_FROM = re.compile(r"\bfrom\b")
_YEAR_TAIL = re.compile(r"[/-][0-9]{2,4}(?![0-9])")


def _dated_otherwise_nearby(claim: OpenClaim, sentences: Sequence[Analysis]) -> bool:
    """Whether SENTENCES state a date comparable with one of the claim's and
    none agreeing with it."""
    for value in claim.values:
        if value.kind != "date":
            continue
        stated = [s for a in sentences for s in a.values if compare.comparable(value, s)]
        if stated and not any(compare.relation(value, s) == "agree" for s in stated):
            return True
    return False


def _correction_confirms(claim: OpenClaim, analysis: Analysis,
                         after: Sequence[Analysis]) -> str:
    """The figures a correction gives in place of those the passage reports,
    written as the source writes them, when they are the claim's: every
    figure and number of the claim stands after a ``correction_words`` word
    in the passage or the sentence AFTER it (“……增长46.5%”有误，正确数据为
    “同比增长36.5%”; "…. The correct figure is 284"), not right after a
    misstatement word; else ''."""
    values = [c for c in claim.values if c.kind in NUMERIC_KINDS]
    if not values and not claim.numbers:
        return ""
    # (Nor where the claim gives the figure the correction replaces: "runs for
    # up to 200 minutes" against "An earlier version … gave … as 200 minutes.
    # … the correct figure is 180 minutes", which a bound would let agree.)
    replaced = [s for sentence in (analysis, *after) for s in sentence.values
                if s.kind in NUMERIC_KINDS
                and corrected_statement_at(claim, sentence.text, s.start)]
    if any(compare.comparable(c, s) and c.anchor == s.anchor for c in values for s in replaced):
        return ""
    for sentence in (analysis, *after):
        text = sentence.text.lower()
        if not _correction_cues(claim, text):
            continue
        # (Not a figure the parts after a semicolon give another thing:
        # "……梨损失最重,……被害面积为620公顷;其次为甜柿,……" has no area of 甜柿's.)
        given = [s for s in sentence.values if given_by_correction(claim, sentence.text, s.start)
                 and not _word_past_semicolon(claim, text, s.start)]
        # (Nor where it gives the claim's figure the other way: "误指……上升
        # 0.7%，实为下跌0.7%".)
        if any(turned_at(claim, sentence.text, sentence.values, s) for s in given for c in values
               if compare.comparable(c, s) and compare.relation(c, s) == "agree"):
            continue
        stated = [next((s.surface for s in given if compare.comparable(c, s)
                        and compare.relation(c, s) == "agree"), "") for c in values]
        written = [n for n in claim.numbers
                   if any(given_by_correction(claim, sentence.text, at)
                          for at in (m.start() for m in _number_pattern(n).finditer(text)))]
        if all(stated) and len(written) == len(claim.numbers):
            return ", ".join([*stated, *written])
    return ""


def turned_at(claim: OpenClaim, text: str, values: Sequence[Value], figure: Value) -> bool:
    """Whether the words of FIGURE in TEXT (of VALUES), from the figure before
    it in its clause, say the other way than the claim ("误指……上升0.7%，实为
    下跌0.7%": 实为下跌 of the second 0.7%)."""
    clauses = split_clauses(text)
    start = max([clauses[clause_index(clauses, figure.start)][0],
                 *(v.end for v in values if v.end <= figure.start)])
    return bool(opposed(claim.text, normalise_for_match(text[start:figure.end])))


def _word_past_semicolon(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether a word of the claim's (no measure, no entity) stands in TEXT
    (lower case) only in another part than the figure at AT's, the parts a
    semicolon separates."""
    cuts = [m.end() for m in SEMICOLON.finditer(text)]
    if not cuts:
        return False
    parts = list(pairwise([0, *cuts, len(text)]))
    own = clause_index(parts, at)
    for unit in claim.units:
        if unit.weight <= 0 or len(unit.surface) < 2 or unit.entity or unit.measure:
            continue
        places = {clause_index(parts, found) for form in _word_heads(unit)
                  for found in _starts(form, text)}
        if places and own not in places:
            return True
    return False


def said_wrong_at(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (a passage's, normalised) is one a
    correction says was wrong: misstated, replaced, or in what it says an
    earlier report stated ("“……订单量同比增长18%”亦有误，应为同比增长8%": 18%)."""
    lowered = text.lower()
    return misstated_at(claim, lowered, at) or replaced_at(claim, lowered, at) \
        or any(start <= at < end for start, end in _corrected_statements(claim, text))


def replaced_at(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (lower case) stands right after a
    word bringing in what is replaced (``rather_than``: "应为5,840元，而非
    5,480元") or calling it false (``denial``: "成交价误植为2.18亿元"): the
    source gives it as not so, no rival to the claim's."""
    return any(end <= at and _NEGATED_FIGURE_GAP.fullmatch(text[end:at])
               for kind in ("rather_than", "denial") for _, end, _ in claim.cues(text, kind))


def replacing_at(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (lower case) is given in place of the
    next figure of its kind, which a word of what is replaced brings in
    right after it ("应为2.15亿元，而非3.15亿元", "is 284, not 248")."""
    values = _parsed_values(text)
    figure = next((v for v in values if v.start == at), None)
    after = next((v for v in values if figure is not None and v.start >= figure.end
                  and v.kind != "date"), None)
    if after is None or after.kind != figure.kind or not replaced_at(claim, text, after.start):
        return False
    return any(figure.end <= start and _NEGATED_FIGURE_GAP.fullmatch(text[end:after.start])
               and not text[figure.end:start].strip(" ,，;；、")
               for kind in ("rather_than",) for start, end, _ in claim.cues(text, kind))


# What may stand between such a word and the figure it replaces: a word
# reporting it, a quotation mark ("而非网传的“满36个月”", "not the 36 reported").
_NEGATED_FIGURE_GAP = re.compile(r"[\s\w\u201c\u300c\"]{0,8}")


def _pronoun_for_another(claim: OpenClaim, text: str, previous: str) -> bool:
    """Whether an English claim opens with a name of two capitalised words or
    more ("Hurricane Marlow") that neither TEXT (a passage opening with a
    word pointing back) nor the sentence before (PREVIOUS) holds, while that
    sentence names another of its kind, sharing its first or last word
    ("Hurricane Ilsa …. It caused at least 230 deaths"): the word points
    back at that one."""
    opening = _NAME_RUN.match(claim.text)
    if opening is None or CJK_RUN.search(claim.text):
        return False
    name = opening.group(1)
    words = name.split()
    # (Its own words past the first, its kind or title, name it: "Professor
    # Ruth Adebanjo-Klein" is "Professor Adebanjo-Klein".)
    if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", f"{text} {previous}")
           for w in words[1:]):
        return False
    others = [other.group(1).split() for other in _NAME_RUN.finditer(previous)]
    return any(other != words and (other[0] == words[0] or other[-1] == words[-1])
               for other in others)


def _named_another_of_kind(claim: OpenClaim, text: str) -> bool:
    """Whether an English claim opens with a name of two capitalised words
    ("Hurricane Cassius") whose second TEXT (a passage's) lacks in any case,
    while TEXT names another of two words with the same first ("Hurricane
    Pellow"): the passage speaks of that one."""
    opening = _NAME_RUN.match(claim.text)
    if opening is None or CJK_RUN.search(claim.text):
        return False
    words = opening.group(1).split()
    if len(words) != 2 or re.search(rf"(?<![\w-]){re.escape(words[1])}(?![\w-])", text,
                                    re.IGNORECASE):
        return False
    return any(len(other := found.group(1).split()) == 2 and other[0] == words[0]
               and other[1] != words[1] for found in _NAME_RUN.finditer(text))


def _pronoun_for_opening(claim: OpenClaim, text: str, previous: str) -> bool:
    """Whether TEXT (a passage's) opens with a pronoun for a thing
    (``referring_openers`` but persons': it, its, they), the claim opens
    with its name, and the English sentence before it (PREVIOUS) opens with
    a name of two words or more that is none of the claim's and names the
    claim's only after it ("Ashcombe District Council, which borders
    Calderbridge to the south, set its budget …. It raised council tax by
    4.99 per cent"): the pronoun points back at that sentence's subject, not
    at the claim's. (Not "The company", which may be a thing the claim
    names only in passing.)"""
    english = grammar("en")
    first = LATIN_WORD.match(text.lower())
    if first is None or first.group() not in english.referring_openers \
            or first.group() in english.personal_pronouns:
        return False
    # (The claim's subject is its opening name, not "The Kelsworth stabbing".)
    names = [f.lower() for u in claim.units if u.name or u.entity for f in u.forms
             if f and f.isascii()]
    if not any(claim.text.lower().startswith(f) for f in names):
        return False
    opening = _NAME_RUN.match(previous)
    if opening is None or CJK_RUN.search(previous) or opening.start(1) > _OPENING_THE:
        return False
    subject = opening.group(1).lower()
    rest = previous[opening.end():].lower()
    return not any(f in subject for f in names) \
        and any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", rest) for f in names)


_OPENING_THE = 4   # "The " before a name opening a sentence


# Two capitalised words or more in a row, after "The": a name ("Hurricane
# Marlow").
_NAME_RUN = re.compile(r"(?:(?<![\w-])The\s+)?((?!The\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+)")


def _named_by_its_head(claim: OpenClaim, unit: Unit, text: str,
                       before: Sequence[Analysis], lexicon: Lexicon) -> bool:
    """Whether TEXT (a passage's, lower case) refers to the name UNIT by the
    common noun the claim writes after it, with "the" ("the glacier's surface
    area" for the Vardell Glacier), and the sentences BEFORE name it so and
    no other of that noun ("Its neighbour, the Osk Glacier, …" leaves "the
    glacier" unclear). What the claim says of it must stand in the clause
    of that noun, every figure too: not "… show that the island itself is
    sinking by about 1.2 millimetres per year, which accounts for part of
    the relative rise" for "Taluvai Island is rising by 1.2 millimetres"."""
    head = _kind_named_by(claim, unit, text)
    if head is None:
        return False
    named = [m.group(1) for b in before
             for m in re.finditer(rf"\b([A-Z][\w-]*)\s+{head}\b", b.text)]
    if unit.surface not in named or set(named) != {unit.surface}:
        return False
    lowered = text.lower()
    clauses = split_clauses(lowered)
    index = clause_index(clauses, lowered.find(f"the {head.lower()}"))
    first, last = clauses[index]
    # (With the appositions after it, which restate it: "…, a drop of about
    # 21 percent".)
    for start, end in clauses[index + 1:]:
        if not _APPOSITION.match(lowered, start):
            break
        last = end
    clause = lowered[first:last]
    stated = _parsed_values(clause)
    # (But for the words before the claim's verb, its subject, which a clause
    # before may hold: "… conifer plantations, which now cover roughly a
    # quarter of the peninsula".)
    said = _without_units(claim, _subject_words(claim))
    return core_coverage(said, side_of_text(clause), lexicon) >= CORE_COVERAGE and all(
        compare.agrees_with_any(v, stated) for v in claim.values if v.kind in NUMERIC_KINDS)


_APPOSITION = re.compile(r"[\s,;:]*(?:a|an)\s")


def _subject_words(claim: OpenClaim) -> list[Unit]:
    """The units of an English claim written before its first verb."""
    lowered = claim.text.lower()
    placed = sorted(((at, i) for i, u in enumerate(claim.units)
                     if (at := lowered.find(u.surface.lower())) >= 0))
    verb = next((at for at, i in placed if _english_verb(claim.units[i])), -1)
    return [claim.units[i] for at, i in placed if at < verb]


def _kind_named_by(claim: OpenClaim, unit: Unit, text: str) -> str | None:
    """The common noun the claim writes after its name UNIT ("Lagoon" of
    "Saltmere Lagoon") when TEXT writes it, or its singular ("the airline"
    for Grayport Airlines), after "the"; else None."""
    found = re.search(rf"(?<![\w-]){re.escape(unit.surface)}\s+([A-Z][a-z]+)\b", claim.text)
    if found is None:
        return None
    kind = found.group(1).lower()
    singular = kind[:-1] if kind.endswith("s") and not kind.endswith("ss") else kind
    if re.search(rf"\bthe\s+(?:{kind}|{singular})\b", text.lower()) is None:
        return None
    return found.group(1)


def refers_by_kind(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's) names one of the claim's names by its kind
    ("the lagoon" for Saltmere Lagoon), which a sentence before may name."""
    return any(u.name and _kind_named_by(claim, u, text) for u in claim.units)


def place_of_its_own(claim: OpenClaim, text: str) -> bool:
    """Whether the first clause of TEXT (a passage's, normalised) names a
    place (two characters before a kind word of ``place_pointers``: 禾川市)
    the claim does not, when the claim names one and the passage lacks it:
    its subject is its own ("其中,禾川市GDP增速为6.9%" says nothing of 澜州市's,
    "云岫省……全省……增长17.5%" nothing of 白岫州's)."""
    kinds = {p[-1] for p in grammar("zh").place_pointers}
    claimed = claim.text.lower()
    # (Its first clause but a short opener, "其中,"; nor one with none of the
    # claim's words and no place, "值得注意的是,邻近的临川市……".)
    clauses = [(start, end) for start, end in split_clauses(text) if end - start > FRAME_CHARS]
    forms = {f.lower() for u in claim.units for f in u.forms if len(f) > 1}
    own = []
    for start, end in clauses or [(0, len(text))]:
        opening = text[start:end]
        own = _places(opening, kinds)
        if own or any(f in opening.lower() for f in forms):
            break
    if not own:
        return False   # (most passages)
    claims = _places(claimed, kinds)
    return bool(claims) and any(place not in claimed for place in own) \
        and not any(place in text for place in claims)


def named_places(text: str) -> list[str]:
    """The places TEXT (normalised, lower case) names by a name and a kind
    word after it (禾川市, 东海省, 柏城市): ``_places``."""
    return _places(text, {p[-1] for p in grammar("zh").place_pointers})


def _places(text: str, kinds: Collection[str]) -> list[str]:
    """Two Chinese characters and a kind word after them (禾川市), wherever
    TEXT writes a kind word, the first of the two none (not 市|地区; 澜州|市
    is a place), and not as a word pointing at a place (年|全县). The kind
    word must end a word, and not a common one: not 省 of 省外, 市 of 市场,
    镇 of 城镇; nor follow a grammar character (卫生院和|村)."""
    if not any(ch in kinds for ch in text):
        return []
    from checker.language.vocabulary import is_common_word

    pointers = grammar("zh").place_pointers
    characters = grammar("zh").function_characters
    ends, at = {0}, 0
    # (The segmenter may join the kind word to the next one, 岚阳|省全|社会:
    # a kind word opening a word after a place's name ends a name too.)
    opening: set[int] = set()
    tag_before = ""
    for word, tag in tagged_words(text):
        if word[0] in kinds and len(word) > 1 and tag_before == "ns":
            opening.add(at)
        tag_before = tag
        at += len(word)
        ends.add(at)
    # (A common word the kind word ends, 港区 or 城市, still ends a name the
    # segmenter reads whole (东港区), or one opening the text or a clause
    # (柏|城市2024年…): not 在|城市, 2024年|地区.)
    return [text[at - 2:at + 1] for at, ch in enumerate(text)
            if ch in kinds and at >= 2 and (at + 1 in ends or at in opening)
            and CJK_RUN.fullmatch(text[at - 2:at])
            and text[at - 2] not in kinds and text[at - 1] not in characters
            and not any(text.endswith(p, 0, at + 1) for p in pointers)
            and (not is_common_word(text[at - 1:at + 1])
                 or at - 2 in ends and not {at - 1, at} & ends
                 or at - 2 in ends and text[at - 2] not in characters
                 and (at == 2 or not text[at - 3].isalnum()))]


def _lead_dates(claim: OpenClaim, analysis: Analysis, here: Side, lead: Analysis | None,
                lexicon: Lexicon) -> list[Analysis]:
    """LEAD, the document's opening sentence, with its dates only, when the
    passage states no date and points at a place of the claim (全省) or names
    one of its names by its kind ("the airline" for Grayport Airlines) that
    the lead names: a bulletin's passages are of the time its opening gives
    ("澄江省统计局关于2022年全省粮食生产情况的公告" / "全省粮食总产量……", "Grayport
    Airlines reported … for the first quarter of 2026" / "The airline said
    its load factor was 81.2%"); else []."""
    if lead is None or any(v.kind == "date" for v in analysis.values):
        return []
    there = side(lead)
    if not any(unit_share(u, here, lexicon) < 1.0 and (
            pointed_at(claim, u.forms, here.text) or u.name and _kind_named_by(claim, u, here.text))
               and unit_share(u, there, lexicon) == 1.0 for u in claim.units):
        times = _measured_in_lead(claim, analysis, here, lead, there, lexicon)
        return [replace(lead, values=tuple(times))] if times else []
    # (Not a day, the one it was made known on: "…, the company said on April
    # 23, 2026" dates no figure of the second quarter.)
    return [replace(lead, values=tuple(v for v in lead.values
                                       if v.kind == "date" and v.unit != "day"))]


def _measured_in_lead(claim: OpenClaim, analysis: Analysis, here: Side, lead: Analysis,
                      there: Side, lexicon: Lexicon) -> list[Value]:
    """The periods (not days) of the figures the opening sentence LEAD gives
    of what the passage, stating no date, gives a figure of: a word of the
    claim other than its names, right before a figure in both ("2025年全省高考
    报名人数为68.4万人" / "省会青川市报名人数为14.8万人" is 2025's too); []
    when there are none."""
    times: list[Value] = []
    for unit in claim.units:
        if unit.entity or unit.name or not unit.weight or len(unit.surface) < 2 \
                or unit_share(unit, here, lexicon) < 1.0 or unit_share(unit, there, lexicon) < 1.0 \
                or not _figures_after_word(unit, analysis):
            continue
        for value in _figures_after_word(unit, lead):
            frame = _frame_of(value, lead)
            if frame is not None and frame.time is not None and frame.time.unit != "day" \
                    and frame.time not in times:
                times.append(frame.time)
    return times


def _figures_after_word(unit: Unit, analysis: Analysis) -> list[Value]:
    """The figures of ANALYSIS a form of UNIT stands before in their clause,
    within a few characters in Chinese (报名人数为68.4万人), anywhere before
    them in an English one ("Unemployment in the Lowen Coast region stood at
    6.7%")."""
    lowered = analysis.text.lower()
    clauses = split_clauses(lowered)
    found = []
    for value in analysis.values:
        if value.kind not in NUMERIC_KINDS:
            continue
        start = clauses[clause_index(clauses, value.start)][0]
        reach = max(start, value.start - _LEAD_FIGURE_REACH) if CJK_RUN.search(
            lowered[start:value.start]) else start
        if any(f and _stands_in(f, lowered[reach:value.start]) for f in unit.forms):
            found.append(value)
    return found


_LEAD_FIGURE_REACH = 8
"""Characters before a figure where the Chinese word it is a figure of stands."""


def pointed_at(claim: OpenClaim, forms: Sequence[str], text: str, lead: str = "") -> bool:
    """Whether TEXT (a passage's, normalised) points at the place named by
    FORMS (a unit's, or a name) by the word of its kind (``place_pointers``:
    全省 of 青岚省) near the start of a clause ("1-10月,全省规模以上工业增加
    值……"), where no name of its own stands before the pointer. (The name may
    be written apart from its kind word, a word of its own: 临溪|市, not
    第三季度|国内; or without it, where the document's opening sentence, LEAD,
    writes it with it: 澄州 of "澄州市科学技术局……".)"""
    clauses = split_clauses(text)
    claimed = claim.text.lower()
    lead = lead.lower()
    for start, _, pointer in claim.cues(text, "place_pointers"):
        kind = pointer[-1]
        apart = any(u.surface == kind for u in claim.units)
        if not any(CJK_RUN.fullmatch(f) and (len(f) > 1 and f.endswith(kind)
                                             or apart and f + kind in claimed
                                             or len(f) > 1 and f + kind in lead)
                   for f in forms):
            continue
        first = clauses[clause_index(clauses, start)][0]
        if sum(map(len, CJK_RUN.findall(text[first:start]))) <= _POINTER_OPENING_CJK:
            return True
    return False


_POINTER_OPENING_CJK = 4   # 其中, 年末, 10月份


def _opening_subject_left(claim: OpenClaim, here: Side, lexicon: Lexicon) -> list[Unit]:
    """The words a Chinese claim naming no name opens with (its subject,
    ``opening_run``), when the passage names no subject of its own
    (``names_no_subject``) and the claim compares nothing: "港湾今年麻疹累计
    17宗" may take 港湾 from "港湾特区卫生防护中心……公布……" before "这是本月
    录得的第4宗麻疹个案,今年累计个案增至17宗"; not from a sentence before
    "玄武晶核则于2021年上市"."""
    opening = opening_run(claim)
    # (Only a word the passage lacks is lent: most passages need no segmenting.)
    if all(unit_share(u, here, lexicon) == 1.0 for u in opening) \
            or not names_no_subject(claim, here.text, lexicon):
        return []
    # A claim comparing two things ("澜屿高原夏季升温比冬季更明显") needs its
    # words where the passage compares them: the subject lent would leave
    # the comparison unread ("升温在冬季最为明显").
    return [] if _comparison_marks(claim.text.lower()) else opening


def names_no_subject(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether the first clause of TEXT (a passage's, normalised) has no
    subject of its own before its verb: none at all ("来自23个国家和地区的……企业
    参展"), or only pronouns, times, numbers, grammar words and the claim's
    words ("这是……", "付费用户方面,……"), or a word the claim opens with
    ("城南片区仅因……抢修" for "禾丰城南……")."""
    clauses = split_clauses(text)
    if not clauses:
        return False
    opening = opening_run(claim)
    words = _before_verb(text[slice(*clauses[0])])
    for at, (word, _) in enumerate(words):
        # (A kind word alone, 市 of 澜州|市, is not the claim's subject in
        # 禾川市.)
        if not any(len(u.surface) > 1 and unit_share(u, side_of_text(word), lexicon) == 1.0
                   for u in opening):
            continue
        # (Not when a word of its own stands before it: 禾岭|酒业 is another
        # firm than 澄泉|酒业.)
        previous, tag = words[at - 1] if at else ("", "x")
        if _subjectless(previous, tag) or any(
                unit_share(u, side_of_text(previous), lexicon) == 1.0 for u in claim.units):
            return True
    return all(_subjectless(word, tag) or _after_digits(words, at)
               or any(unit_share(u, side_of_text(word), lexicon) == 1.0 for u in claim.units)
               for at, (word, tag) in enumerate(words))


def _after_digits(words: Sequence[tuple[str, str]], at: int) -> bool:
    """Whether the word AT of WORDS is a short one right after digits, the
    unit of a figure or a time that the segmenter cut from it (2025|年度,
    10|月份): no subject."""
    return at > 0 and words[at - 1][0].isdigit() and len(words[at][0]) <= _FIGURE_UNIT_CHARS


_FIGURE_UNIT_CHARS = 2
"""The longest word after digits read as their unit (年度, 月份, 财年)."""


def _before_verb(clause: str) -> list[tuple[str, str]]:
    """The words of a Chinese CLAUSE before its first verb, with jieba's tags."""
    words = []
    for word, tag in tagged_words(clause.strip()):
        if tag.startswith("v"):
            break
        words.append((word, tag))
    return words


def _opens_without_subject(text: str) -> bool:
    """Whether TEXT opens with a Chinese clause naming no subject before its
    verb, only a time or an adverb ("次月又完成A轮融资"): it goes on with the
    subject before it. (Not one opening with what the segmenter calls a
    verb: 快递 of 快递业务收入 is tagged one.)"""
    clauses = split_clauses(text)
    if not clauses or not CJK_RUN.match(first := text[slice(*clauses[0])].lstrip(" ,")):
        return False
    words = _before_verb(first)
    return bool(words) and all(_subjectless(word, tag) for word, tag in words)


def opens_with_party_of(claim: OpenClaim, text: str, context: str) -> bool:
    """Whether TEXT opens with a Chinese clause whose subject before its verb
    holds a name of its own (a word the dictionary gives no common sense,
    none of the claim's) that CONTEXT, the sentence before naming the
    claim's subject, names too: "宁远电子……已完成对晶澜半导体的收购。晶澜半导体
    成立于2012年……" goes on about 晶澜, another party of that sentence."""
    from checker.language.vocabulary import is_common_word

    clauses = split_clauses(text)
    if not clauses or not CJK_RUN.match(first := text[slice(*clauses[0])].lstrip(" ,")):
        return False
    claimed = claim.text.lower()
    return any(len(word) > 1 and CJK_RUN.fullmatch(word) and not is_common_word(word)
               and word.lower() not in claimed and word in context
               for word, tag in _before_verb(first) if not _subjectless(word, tag))


def _subjectless(word: str, tag: str) -> bool:
    return is_chinese_stop_word(word) or tag[:1] in _SUBJECTLESS_TAGS or not CJK_RUN.match(word)


_SUBJECTLESS_TAGS = frozenset("rmtpdqxucf")
"""jieba's tags of words that name no subject: pronouns, numbers, times,
prepositions, adverbs, classifiers, punctuation, particles, conjunctions,
places of direction (前, 上)."""


def _names_its_own(claim: OpenClaim, analysis: Analysis, here: Side, lexicon: Lexicon,
                   named_before: Sequence[Analysis] = ()) -> bool:
    """Whether the passage lacks the claim's subject (a name it would borrow
    from the sentence before) and names another subject of its own: a
    Chinese name of a kind (金川公司) or a capitalised Latin word the claim
    lacks ("Brava's sales rose 4%. 金川公司……增长6%" says nothing of Brava's).
    NAMED_BEFORE: the sentences that may name the claim's subject."""
    # A person the claim names, whom the passage does not, is not the
    # subject of a passage naming another person before the claim's words
    # ("……对时任财务总监柯晓岚处以300万元罚款。此外,邬承志被采取……市场禁入措施").
    person = CJK_RUN.match(claim.text) is not None and any(
        name not in analysis.text for name in _persons_named(claim.text, lexicon))
    if not person and not any(unit_share(u, here, lexicon) < 1.0 for u in leading_names(claim)):
        return False
    # (Not where it names the claim's subject by its kind: "Saltmere Lagoon
    # is …" / "According to the Authority's census, the lagoon hosted …".)
    if any(u.name and _named_by_its_head(claim, u, analysis.text, named_before, lexicon)
           for u in leading_names(claim)):
        return False
    return names_another(claim, analysis.text, lexicon, persons=person) \
        or _another_subject_first(claim, analysis.text)


def _name_like_subject(claim: OpenClaim, text: str) -> set[int]:
    """Ids of the words of a Chinese claim's opening run that no dictionary
    knows, whole or as two words it knows (华屹 of 华屹|汽车, but not 监管|部门),
    when TEXT (a passage's) opens with such a noun of its own, not a person's
    name: a name of another subject, where the passage or a sentence before
    it must hold the claim's as it must a name the claim's analysis marks
    ("华屹汽车的竞争对手启辰动力……。启辰动力前三季度销量……同比下降8.1%" says
    nothing of 华屹汽车's)."""
    opening = CJK_RUN.match(text)
    if opening is None or not CJK_RUN.match(claim.text):
        return set()
    word, tag = tagged_words(opening.group())[0]
    if not (_name_like(word) and tag.startswith("n") and tag != "nr"):
        return set()
    # (Not where the passage holds a piece of it: 桐川|三孩 and 桐川市.)
    first = opening_run(claim)[:1]
    return {id(u) for u in first if not u.entity and _name_like(u.surface)
            and not any(u.surface[at:at + 2] in text for at in range(len(u.surface) - 1))}


def _name_like(word: str) -> bool:
    """Whether a Chinese WORD of two characters or more is none a dictionary
    knows, whole or as two words it knows (监管|部门, 民政|局)."""
    from checker.language.vocabulary import is_common_word

    return len(word) >= 2 and CJK_RUN.fullmatch(word) is not None \
        and not is_common_word(word) and not any(
            is_common_word(word[:cut]) and (len(word) - cut == 1 or is_common_word(word[cut:]))
            for cut in range(2, len(word)))


def _still_needed(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value]) -> bool:
    """Whether a clause of the passage says that what the claim says is
    still needed (the grammar's ``pending``: "最终方案仍需中国证监会批准", "still
    needs approval from the competition regulator"), the claim saying no
    such thing: the clause holds the claim's figure, where it has one, else
    one of its words after the cue. AGREEING: the claim's values the
    passage agrees with."""
    text = analysis.text
    cues = claim.cues(text, "pending")
    if not cues or claim.cues(claim.text, "pending"):
        return False   # (most passages)
    clauses = split_clauses(text)
    lowered = text.lower()
    figures = [s for v, s in _agreeing_pairs(agreeing, analysis) if v.kind in NUMERIC_KINDS]
    for start, end, _ in cues:
        at = clause_index(clauses, start)
        clause_start, clause_end = clauses[at]
        if at and not text[clause_start:start].strip(" ,\uff0c"):
            # A clause the cue opens qualifies the one before: "plans to
            # issue 22 billion yuan …, subject to approval by the province".
            clause_start = clauses[at - 1][0]
        # (A claim of a plan says no more than the plan: "plans to issue …,
        # subject to approval" states it, unless what is pending is a word
        # of the claim: "has approved the plan".)
        if figures and not claim.modal:
            if any(clause_start <= v.start < clause_end for v in figures):
                return True
        elif any(end <= at < clause_end for unit in claim.units if unit.weight > 0
                 for at, _ in _unit_places(unit, lowered)):
            return True
    return False


def _excluded_only(claim: OpenClaim, text: str) -> bool:
    """Whether a word of the claim stands in TEXT (a passage's, normalised),
    in the clause holding most of the claim's other words, only where a word
    of the grammar's ``exclusions`` makes its phrase everything but it
    ("南湖市已取消主城六区以外区域的住房限购,但主城六区仍执行……", "lifted the cap
    in all areas other than the six central districts"), the claim
    excluding nothing: the passage does not say it of the claim's thing."""
    lowered = text.lower()
    cues = claim.cues(lowered, "exclusions")
    if not cues or claim.cues(claim.text, "exclusions"):
        return False   # (most passages)
    clauses = split_clauses(lowered)
    places = {id(unit): _unit_places(unit, lowered) for unit in claim.units if unit.weight > 0}
    for unit in claim.units:
        excluded = {clause_index(clauses, start) for start, end in places.get(id(unit), ())
                    if _excluded_at(lowered, start, end, cues)}
        if not excluded:
            continue
        plain = {clause_index(clauses, start) for start, end in places[id(unit)]
                 if not _excluded_at(lowered, start, end, cues)}
        # (Each clause by how many of the claim's other words it holds.)
        held = [sum(any(clauses[i][0] <= start < clauses[i][1] for start, _ in spots)
                    for key, spots in places.items() if key != id(unit))
                for i in range(len(clauses))]
        only_excluded = excluded - plain
        if only_excluded and max(held[i] for i in only_excluded) \
                > max((held[i] for i in plain), default=-1):
            return True
    return False


def _unit_places(unit: Unit, lowered: str) -> set[tuple[int, int]]:
    """Where UNIT's forms, or English words of its stems, stand in LOWERED."""
    places = {(at, at + len(form)) for form in unit.forms if form
              for at in _starts(form.lower(), lowered)}
    stems = _stem_places([unit], lowered)
    return places | {(m.start(), m.end()) for m in LATIN_WORD.finditer(lowered)
                     if m.start() in stems}


def _excluded_at(lowered: str, start: int, end: int,
                 cues: Sequence[tuple[int, int, str]]) -> bool:
    """Whether the word at [START, END) of LOWERED is what one of CUES
    (``exclusions``) excludes: in the phrase after an English one, or on
    either side of a Chinese one (主城六区以外, 除主城六区)."""
    for cue_start, cue_end, surface in cues:
        if cue_end <= start and _EXCLUDED_GAP.fullmatch(lowered[cue_end:start]):
            return True
        if CJK_RUN.match(surface) and cue_start == end:
            return True
    return False


# (The words of its phrase before it: "other than the six central districts".)
_EXCLUDED_GAP = re.compile(r"\s*(?:[\w'-]+\s+){0,3}")


def _event_awaited(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's, normalised) says the words a negated claim
    negates only to date a time before them (the grammar's ``before_events``:
    "就在商汤上市前两周", "two weeks ahead of its listing"): it does not say
    the event had happened, so it refutes no "当时商汤尚未上市"."""
    lowered = text.lower()
    places = {place for i in claim.negated_units for place in _unit_places(claim.units[i], lowered)}
    return bool(places) and all(_dated_before(lowered, start, end) for start, end in places)


def _dated_before(lowered: str, start: int, end: int) -> bool:
    """Whether the event word at [START, END) of LOWERED has a word of
    ``before_events`` after it (Chinese: 上市前两周, not 盈利前景) or before
    it ("ahead of its listing")."""
    for word in grammar("zh").before_events:
        if lowered.startswith(word, end):
            following = lowered[end + len(word):end + len(word) + 1]
            # (A one-character word makes no word with what follows, 前景 and
            # 前往, but for a numeral or the possessive: 上市前两周, 上市前的估值.)
            if len(word) > 1 or not CJK_RUN.match(following) or following in chinese_chars() \
                    or following in grammar("zh").possessive:
                return True
    return bool(_before_event_re().search(lowered[:start]))


@cache
def _before_event_re() -> re.Pattern[str]:
    english = grammar("en")
    words = "|".join(re.escape(w) for w in sorted(english.before_events, key=len, reverse=True))
    determiners = "|".join(re.escape(w) for w in english.determiners)
    # (With a determiner or an owner between: "ahead of Corvane's listing".)
    return re.compile(rf"\b(?:{words})\s+(?:(?:{determiners}|an?)\s+|[\w-]+['\u2019]s\s+)?$")


def _last_negated_missing(claim: OpenClaim, here: Side, lexicon: Lexicon) -> bool:
    """Whether the last word a negated English claim negates, where its
    negation ends but for a closing adjunct ("did not find the infringement
    to be willful": willful), stands not in the passage (HERE): a passage
    stating the rest ("after finding that the pump infringed two patents")
    does not say the opposite."""
    cues = claim.cues(claim.text, "negation")
    if not claim.text.isascii() or not cues:
        return False
    lowered = claim.text.lower()
    clauses = split_clauses(lowered)
    _, end = clauses[clause_index(clauses, cues[0][0])]
    # (Not a word of its closing adjunct: "has not recovered since the 2008
    # die-off" negates the recovery.)
    kept = {id(u) for u in _without_adjunct(claim).units}
    after = [(at, u) for u in claim.units if id(u) in kept
             and cues[0][1] <= (at := lowered.rfind(u.surface.lower())) < end]
    if not after:
        return False
    unit = max(after, key=lambda pair: pair[0])[1]
    return unit.weight > 0 and not (unit.name or unit.entity) \
        and unit_share(unit, here, lexicon) < 1.0


def _chance_given(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's, normalised) gives, in a clause holding a
    word of the claim other than its names, how likely something is
    (``chances``: "put the chance of an El Nino event developing by December
    at 62 percent", 出现拉尼娜现象的概率为70%), when the claim gives no chance:
    the passage does not say that it happens."""
    cues = claim.cues(text, "chances")
    if not cues or claim.cues(claim.text, "chances"):
        return False
    lowered = text.lower()
    clauses = split_clauses(lowered)
    for start, _, _ in cues:
        clause = lowered[slice(*clauses[clause_index(clauses, start)])]
        if any(_starts(f.lower(), clause) for u in claim.units
               if not (u.name or u.entity) and u.weight > 0 for f in u.forms if f):
            return True
    return False


def _another_subject_instead(claim: OpenClaim, here: Side, text: str, lexicon: Lexicon) -> bool:
    """Whether the passage lacks a word of the claim's subject (its names, or
    a Chinese claim's opening run: 肝寧平) and brings in another subject
    before the claim's words (``_another_subject_first``: "瑞亞生醫另一項候選
    藥物RY-205……在小鼠模型中可使肝纖維化程度降低約40%")."""
    subject = leading_names(claim) or opening_run(claim)
    return any(unit_share(u, here, lexicon) < 1.0 for u in subject) \
        and _another_subject_first(claim, text)


def _another_subject_first(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's, normalised) brings in a subject as another
    one (``other_subjects``: "a different antibody, solanumab, developed by
    Brightwater", 另一款) before the first of the claim's words it holds."""
    lowered = text.lower()
    words_at = [at for u in claim.units for f in u.forms if f for at in _starts(f.lower(), lowered)]
    first = min(words_at, default=len(text))
    return any(start < first for start, _, _ in claim.cues(text, "other_subjects"))


def _role_of_another(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether a word of a claim about a person stands in TEXT (a passage's,
    normalised, with Chinese persons' names) only in clauses naming another
    person and not the claim's: in "栖梧影业由韩栖梧与葛知秋共同创立,目前由葛知秋
    担任总经理" the general manager is 葛知秋, whatever else is said of 韩栖梧;
    so for "Han Qiwu is the general manager" (a name in pinyin)."""
    lowered = text.lower()
    if CJK_RUN.match(claim.text):
        persons = [(name, ()) for name in _persons_named(claim.text, lexicon)]
        spots = [_starts(name, lowered) for name, _ in persons]
    else:
        persons = [(u.surface, (u,)) for u in claim.units if u.person]
        spots = [_unit_spots(u, text, lowered) for _, (u,) in persons]
    if not persons or not all(spots) or not CJK_RUN.search(text):
        return False   # (most claims; a person the passage lacks is judged elsewhere)
    clauses = split_clauses(text)
    held = {clause_index(clauses, at) for places in spots for at in places}
    named = [u for _, units in persons for u in units]
    own = {f for u in claim.units for f in u.forms if f and len(f) > 2 and CJK_RUN.fullmatch(f)}
    for unit in claim.units:
        if unit in named or any(unit.surface in name for name, _ in persons) \
                or unit.weight <= 0 or unit.entity or unit.name:
            continue
        # (Its short forms count where it does: 清华 names 清华大学 in "张鹏毕业于
        # 清华计算机系", whatever the clause of another person says; not a
        # synonym, 来自 of 出自, said there of another thing.)
        short = [v for v in unit.variants if v in unit.surface]
        places = {clause_index(clauses, at) for f in (*unit.forms, *short)
                  if f and CJK_RUN.fullmatch(f) and len(f) > 1 for at in _starts(f, lowered)}
        # (A name inside a word of the claim names no one: 梅隆 of 卡内基梅隆大学.)
        if places and all(i not in held
                          and _persons_named(_blanked(text[slice(*clauses[i])], own), lexicon)
                          for i in places):
            return True
    return False


def _blanked(text: str, words: Collection[str]) -> str:
    """TEXT with each of WORDS written blank."""
    for word in sorted(words, key=len, reverse=True):
        text = text.replace(word, " " * len(word))
    return text


def _clause_of_another_name(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether the words an English claim says of its names stand in TEXT (a
    passage's, normalised) only with another name: in a clause about the name
    right before it (", where the district intends to add four portable
    classrooms" after "Ridgeview Elementary", not the "Oakmere Elementary"
    named before), or beside another person's name in apposition ("the
    board's chair, Fiona Arkwright," does not make Ronan Gilly the chair)."""
    if CJK_RUN.search(claim.text):
        return _said_of_a_sibling(claim, text)
    if CJK_RUN.search(text):
        return False
    names = [u for u in claim.units if (u.name or u.entity) and u.weight > 0]
    words = [u for u in claim.units if not (u.name or u.entity) and u.weight > 0]
    if not names or not words:
        return False
    return _said_in_relative_clause(names, words, text, lexicon) \
        or _role_in_apposition(names, words, text) \
        or _said_in_contrasted_clause(claim, names, words, text, lexicon) \
        or _verb_of_another_name(names, words, text)


def _verb_of_another_name(names: Sequence[Unit], words: Sequence[Unit], text: str) -> bool:
    """Whether a verb of the claim stands in TEXT (a passage's) only right
    after another name opening its clause, none of the claim's NAMES ("…
    to cut a regional campus: Marlow College closed two in 2021" does not
    say that Tidewater closed two)."""
    clauses = split_clauses(text)
    lowered = text.lower()
    named = {w.lower() for u in names for w in u.surface.split()}
    for unit in words:
        if not is_verb(unit.surface):
            continue
        spots = [m.start() for m in re.finditer(rf"\b{re.escape(unit.surface.lower())}\b",
                                                lowered)]
        if not spots:
            continue
        openers = [_CLAUSE_NAME.fullmatch(text[clauses[clause_index(clauses, at)][0]:at])
                   for at in spots]
        if all(o and not {w.lower() for w in o.group(1).split()} & named
               and not any(is_stop_word(w) for w in o.group(1).split()) for o in openers):
            return True
    return False


# A clause that is a name of two capitalised words or more up to the word
# after it ("Marlow College closed"; not "Fires burned", "The FCA fined").
_CLAUSE_NAME = re.compile(r"\s*((?:[A-Z][\w'&-]*\s+){2,})")


def _said_of_a_sibling(claim: OpenClaim, text: str) -> bool:
    """Whether a Chinese claim opening with a word and its kind's word (嘉德|
    指数) has a word standing in TEXT (a passage's, normalised) only in
    clauses opening with another name of that kind, while another clause
    names its own: "恒岭指数以临时买卖合约日期计算,嘉德指数则以注册日期计算"
    does not compute 嘉德指数 by the provisional date."""
    units = [u for u in claim.units if u.weight > 0 and CJK_RUN.fullmatch(u.surface)]
    if len(units) < 3:
        return False
    name, kind = units[0], units[1]
    lowered, claimed = text.lower(), claim.text.lower()
    at = claimed.find(name.surface.lower())
    if at < 0 or not claimed.startswith(kind.surface.lower(), at + len(name.surface)) \
            or len(kind.surface) < 2 or kind.surface not in lowered:
        return False
    clauses = split_clauses(lowered)
    own, others = set(), set()
    for i, (first, last) in enumerate(clauses):
        clause = lowered[first:last]
        head = clause.find(kind.surface)
        if head < 0:
            continue
        if name.surface.lower() in clause[:head]:
            own.add(i)
        elif head <= _KIND_NAME_REACH and (words := tagged_words(
                _TRAILING_CJK.search(clause[:head]).group())) \
                and len(words[-1][0]) >= 2 and words[-1][1] in _NAME_TAGS:
            others.add(i)   # (a name: not 全市 nor 两项)
    if not own or not others:
        return False
    for unit in units[2:]:
        held = {i for i, (first, last) in enumerate(clauses)
                if any(f and f.lower() in lowered[first:last] for f in unit.forms)}
        if held and held <= others:
            return True
    return False


_KIND_NAME_REACH = 6
"""The most characters before a kind's word where it opens its clause's name."""
_TRAILING_CJK = re.compile(r"[\u3400-\u9fff]*$")


def _said_in_relative_clause(names: Sequence[Unit], words: Sequence[Unit], text: str,
                             lexicon: Lexicon) -> bool:
    pronouns = grammar("en").relative_pronouns
    if not pronouns:
        return False
    for opener in re.finditer(rf",\s+(?:{'|'.join(map(re.escape, pronouns))})\b", text, re.IGNORECASE):
        before, clause = text[:opener.start()], text[opener.end():]
        antecedent = _TRAILING_NAME.search(before)
        if antecedent is None:
            continue
        head = side_of_text(antecedent.group())
        earlier = side_of_text(before[:len(before) - len(antecedent.group())])
        # (Names sharing a word are still others': "Ridgeview Elementary"
        # after "Oakmere Elementary".)
        if not any(unit_share(u, head, lexicon) < 1.0 and unit_share(u, earlier, lexicon) == 1.0
                   for u in names):
            continue
        inside = side_of_text(clause)
        said = [u for u in words if unit_share(u, inside, lexicon) == 1.0
                and unit_share(u, earlier, lexicon) < 1.0]
        if sum(u.weight for u in said) * 2 >= sum(u.weight for u in words):
            return True
    return False


def _said_in_contrasted_clause(claim: OpenClaim, names: Sequence[Unit], words: Sequence[Unit],
                               text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT holds parts set against each other ("…, while …",
    "…; …") and a word or number of the claim stands only in parts that
    name another person and not the claim's names, which another part
    holds: "Darnell Kirkby … was jailed for 16 years, while his lieutenant,
    Callum Frewen, received 11 years" does not jail Frewen for 16."""
    parts = [p for p in _CONTRAST_CUT.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    sides = [side_of_text(p) for p in parts]
    own = [i for i, here in enumerate(sides)
           if all(unit_share(u, here, lexicon) == 1.0 for u in names)]
    if not own:
        return False
    others = {i for i, p in enumerate(parts) if i not in own
              and any(not any(unit_share(u, side_of_text(run), lexicon) == 1.0 for u in names)
                      for run in _NAME_RUN.findall(p))}
    numbers = re.findall(r"[0-9][0-9,.]*", claim.text)
    for unit in words:
        held = {i for i, here in enumerate(sides) if unit_share(unit, here, lexicon) == 1.0}
        if held and held <= others:
            return True
    return any((held := {i for i, p in enumerate(parts) if re.search(
        rf"(?<![0-9.,]){re.escape(n)}(?![0-9])", p)}) and held <= others for n in numbers)


_CONTRAST_CUT = re.compile(r",?\s+(?:while|whereas)\s+|;\s+", re.IGNORECASE)

_TRAILING_NAME = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*)+$")


def _role_in_apposition(names: Sequence[Unit], words: Sequence[Unit], text: str) -> bool:
    """Whether a word of the claim stands in TEXT only right before or after
    a person's name in apposition that is none of the claim's ("the board's
    chair, Fiona Arkwright,", "Fiona Arkwright, the board's chair")."""
    own = {w for u in names for w in LATIN_WORD.findall(u.surface.lower())}
    for unit in words:
        if not unit.stems:
            continue
        spots = [m for m in LATIN_WORD.finditer(text) if stem(m.group().lower()) in unit.stems]
        if spots and all(_in_apposition(text, m.start(), m.end(), own) for m in spots):
            return True
    return False


def _in_apposition(text: str, start: int, end: int, own: Collection[str]) -> bool:
    after = re.match(r",?\s*([A-Z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*)+)\s*(?:,|$)", text[end:])
    before = re.search(r"([A-Z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*)+),\s+(?:the|a|an)\s+"
                       r"(?:[\w'’]+\s+){0,3}$", text[:start])
    found = after or before
    return found is not None \
        and not any(w.lower() in own for w in LATIN_WORD.findall(found.group(1)))


def _title_in_a_modifier(claim: OpenClaim, text: str) -> bool:
    """Whether each title of the claim (《风起青萍》) stands in TEXT only as the
    object of a verb in a phrase modifying a noun after it ("曾执导《风起青萍》
    的动画导演柯望舒"): the passage says who the noun is, nothing of the work."""
    titles = [m.group() for m in _TITLE.finditer(claim.text)]
    if not titles:
        return False
    markers = grammar("zh").relative_markers
    # A title before a noun it modifies ("《山海小神》的导演周岚此前凭借《小龙
    # 归海》获得……") names whom the noun is, when the passage's other title is
    # what the rest is said of; a claim with a figure may give the title's
    # ("《流浪地球》的票房达到40亿元").
    others = not any(v.kind in NUMERIC_KINDS for v in claim.values) and any(
        m.group().lower() not in claim.text.lower() for m in _TITLE.finditer(text))
    for title in titles:
        spots = _starts(title.lower(), text.lower())
        if not spots or not all(
                text.startswith(markers, at + len(title)) and (others or _verb_before(text, at))
                for at in spots):
            return False
    return True


def _verb_before(text: str, at: int) -> bool:
    """Whether the Chinese word right before AT of TEXT is a verb, as jieba tags it."""
    window = text[max(0, at - 12):at]
    runs = list(CJK_RUN.finditer(window))
    words = tagged_words(runs[-1].group()) if runs and runs[-1].end() == len(window) else ()
    return bool(words) and words[-1][1].startswith("v")


def _agent_of_another_item(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether the agent an English claim gives its thing ("The seismometer
    was built by the University of Adelaide") stands in TEXT (a passage's,
    normalised) only after a participle of another thing, while the claim's
    thing has an agent of its own there: "a radar built by the University of
    Adelaide and a seismometer supplied by the Institut de Physique …"."""
    claimed = claim.text.lower()
    at = claimed.find(" by ")
    if at < 0 or not claimed.isascii():
        return False
    agents = [u for u in claim.units if claimed.find(u.surface.lower(), at) > at]
    things = [u for u in claim.units if 0 <= claimed.find(u.surface.lower()) < at
              and not (u.name or u.entity) and u.surface[:1].islower() and u.weight > 0]
    lowered = text.lower()
    agent_at = [m.start() for u in agents[:1] for f in u.forms if f
                for m in re.finditer(rf"\bby (?:the )?{re.escape(f.lower())}", lowered)]
    if not agent_at or not things:
        return False
    for start in agent_at:
        # The words of the noun phrase the agent's participle follows.
        phrase = _BY_PHRASE.search(lowered[max(0, start - _BY_REACH):start])
        if phrase is None or any(_starts(f.lower(), phrase.group(1)) for u in things
                                 for f in u.forms if f):
            return False
    # The claim's thing with a participle and an agent of its own.
    return any(_OWN_AGENT.match(lowered, m.end())
               for u in things for f in u.forms if f
               for m in re.finditer(rf"\b{re.escape(f.lower())}\b", lowered))


# The noun phrase before a participle and "by" ("a ground-penetrating radar
# built "), after an article; what a thing's own agent looks like after it.
_BY_REACH = 60
_BY_PHRASE = re.compile(r"\b(?:a|an|the)\s+([a-z -]+?)\s+[a-z]+\s+$")
_OWN_AGENT = re.compile(r"\s+[a-z]+\s+by\s")


def _done_by_another_person(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether the verb a Chinese claim gives its person right after the name
    ("由邵天佑执导") stands in TEXT (a passage's, normalised) only right after
    another person's name: "由新人导演葛清源执导、喜剧演员邵天佑领衔主演" has
    葛清源 direct, whatever else 邵天佑 does."""
    if not CJK_RUN.search(claim.text) or not CJK_RUN.search(text):
        return False
    people = _persons_named(claim.text, lexicon)
    if not people:
        return False
    lowered = text.lower()
    # (The tagger may glue a character to a name: 孙洋则 is 孙洋.)
    others = [q for q in _persons_named(text, lexicon)
              if not any(p in q or q in p for p in people)]
    if not others:
        return False
    claimed = claim.text.lower()
    for person in people:
        after = claimed.find(person) + len(person)
        verb = next((u.surface for u in claim.units if u.weight > 0 and len(u.surface) > 1
                     and claimed.startswith(u.surface.lower(), after)), "")
        spots = _starts(verb.lower(), lowered) if verb else []
        if spots and all(any(lowered.endswith(q, 0, at) for q in others) for at in spots):
            return True
    return False


def _agent_of_another_verb(claim: OpenClaim, text: str) -> bool:
    """Whether the name an English claim gives after "by" to its verb ("was
    described by Owen Barrie") stands in TEXT (a passage's) only after
    another "by" than the first one after that verb, which gives another
    name: "described … in 1911 by the botanist Henrietta Lisle from
    specimens collected by … Owen Barrie" has Lisle describe it."""
    found = _AGENT.search(claim.text)
    if found is None or CJK_RUN.search(text):
        return False
    verb, agent = found.group(1).lower(), found.group(2)
    lowered = text.lower()
    done = re.search(rf"\b{re.escape(stem(verb))}\w*", lowered)
    if done is None or agent.lower() not in lowered:
        return False
    first_by = re.search(r"\bby\s+((?:the\s+)?(?:[a-z-]+\s+){0,3}?)([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)",
                         text[done.end():])
    return first_by is not None and agent.split()[0] not in first_by.group(2)


_AGENT = re.compile(r"\b([a-z]{3,}ed)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
"""A verb of a claim and the name it gives its doer after "by"."""


def _figure_of_another_person(claim: OpenClaim, text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether the passage's figure at AT is said, in its sentence, of
    another person named before the claim's person, who stands there only
    inside that person's clause: in "副总经理蒋丽娟明知资金……用于……庄志恒个人
    挥霍,……被以集资诈骗罪判处有期徒刑十五年" the fifteen years are 蒋丽娟's."""
    if at < 0 or not CJK_RUN.search(claim.text) or not CJK_RUN.search(text):
        return False
    people = _persons_named(claim.text, lexicon)
    if not people:
        return False
    lowered = text.lower()
    start = _sentence_start(lowered, at)
    before = lowered[start:at]
    named = _persons_named(before, lexicon)
    mine = [i for p in people if (i := before.find(p)) >= 0]
    others = [i for q in named if not any(p in q or q in p for p in people)
              if (i := before.find(q)) >= 0]
    if not mine or not others or min(others) > min(mine):
        return False
    opening = before[:min(mine)]
    cut = max((i + 1 for i, c in enumerate(opening) if c in _CLAUSE_MARKS), default=0)
    return len(opening) - cut > _NAME_OPENING_CHARS


_CLAUSE_MARKS = ",\uff0c;\uff1b:\uff1a"
_NAME_OPENING_CHARS = 8
"""Characters before a name in its clause within which it still opens the
clause: a title or role (公司副总经理蒋丽娟, 财务总监包文涛)."""


def _persons_named(text: str, lexicon: Lexicon) -> list[str]:
    """The Chinese persons' names TEXT gives: a surname and one or two
    characters whose first two are no dictionary word, starting in a word
    of ``_PERSON_WORD_TAGS`` (葛知秋; the tagger may glue a grammar
    character to it: 由葛知|秋)."""
    from checker.language.vocabulary import is_common_word

    grammar_characters = grammar("zh").function_characters | set(grammar("zh").before_name)
    found = []
    for run in CJK_RUN.finditer(text):
        words = tagged_words(run.group())
        ends = set(accumulate((len(w) for w, _ in words), initial=run.start()))
        at = run.start()
        for word, tag in words:
            # A name starts the word, or follows a grammar character glued to it.
            starts = (at, at + 1) if word[0] in grammar_characters else (at,)
            span = next((span for p in starts if tag in _PERSON_WORD_TAGS
                         and (span := _person_named_at(text, p, lexicon))), None)
            # ... and ends where a word does, or before a grammar character
            # (林澜|科技 is a firm's name).
            name = text[slice(*span)] if span else ""
            # (A name of two characters only as the tagger reads one: 纪录 is a record.)
            if name and (span[1] in ends or text[span[1]:span[1] + 1] in grammar_characters) \
                    and not is_common_word(name) \
                    and (len(name) > 2 or (word, tag) == (name, "nr")):
                found.append(name)
            at += len(word)
    return found


# Tags of the words a Chinese person's name may start in: the tagger's
# person tags, a word it does not know, and the nouns and abbreviations it
# glues a name into (由苗|见川).
_PERSON_WORD_TAGS = frozenset({"nr", "nrfg", "nrt", "x", "n", "j"})


def names_kind_subject(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether normalised TEXT names the Chinese name of a kind the claim
    opens with, its subject (金川公司……), whole or written apart; True for a
    claim that opens otherwise."""
    lowered = text.lower()
    kinds = lexicon.grammar("zh").name_kinds
    return all(name.lower() in lowered or _written_apart(name, units, lowered, kinds)
               for name, units in kind_subject(claim, lexicon))


def kind_subject(claim: OpenClaim, lexicon: Lexicon) -> list[tuple[str, tuple[Unit, ...]]]:
    """The Chinese name of a kind the claim opens with (金川公司营收……), with
    its words, when it is a word and a kind (not 县|政府, not 该市|共有|医院,
    where the segmenter's words run on to a kind word); else []."""
    return [(name, units) for name, units in _kind_names(claim, lexicon.grammar("zh").name_kinds)
            if claim.text.startswith(name) and len(units) == 2
            and len(units[0].surface) > 1][:1]


def named_otherwise(claim: OpenClaim, text: str, lexicon: Lexicon, lead: str = "") -> bool:
    """Whether the passage (normalised TEXT) lacks a Chinese name of a kind
    the claim gives (金川公司, 青石中学) and names another of its own: "白石公司
    的营收……增长9%" says nothing of 金川公司's, though both are "a company".
    (A place its document's opening sentence, LEAD, names, it may point at
    by its kind with what the place holds after: 全省法院 for 澜江省法院.)"""
    lowered = text.lower()
    kinds = lexicon.grammar("zh").name_kinds
    # (An entity of the lexicon after the claim's first is no such name but
    # the filler of a slot, which the lexicon judge reads: the passage may name
    # it by another alias, 港交所 for 香港交易所, or another in its place.)
    claimed = claim.text.lower()
    entities = sorted((at, u.entity) for u in claim.units
                      if u.entity and (at := claimed.find(u.surface.lower())) >= 0)
    first = entities[0][1] if entities else ""
    names = [(name, units) for name, units in _kind_names(claim, kinds)
             if not any(u.entity and u.entity != first for u in units)]
    # (A place the passage points at by its kind, 全市, it does not lack.)
    return bool(names) and not any(name.lower() in lowered or _written_apart(name, units, lowered, kinds)
                                   or pointed_at(claim, (name.lower(),), lowered)
                                   or len(units) > 1 and units[0].surface.lower() in lead.lower()
                                   and pointed_at(claim, (units[0].surface.lower(),), lowered)
                                   and name.lower()[len(units[0].surface):] in lowered
                                   for name, units in names) \
        and names_another(claim, text, lexicon)


def _written_apart(name: str, units: Sequence[Unit], text: str, kinds: Sequence[str]) -> bool:
    """Whether TEXT writes the name of a kind NAME (made of UNITS) as its
    first word and the rest apart, the rest more than the kind word
    ("青州市……市立图书馆" for 青州市立图书馆: a place and what it holds; not
    "金川……白石公司" for 金川公司)."""
    first = units[0].surface.lower()
    rest = name.lower()[len(first):]
    kind = max((k for k in kinds if rest.endswith(k)), key=len, default="")
    return len(units) > 1 and name.lower().startswith(first) and first in text \
        and len(rest) > len(kind) and rest in text


def kind_names(claim: OpenClaim, lexicon: Lexicon) -> list[str]:
    """The claim's Chinese names of a kind (金川公司, 青石中学)."""
    return [name for name, _ in _kind_names(claim, lexicon.grammar("zh").name_kinds)]


def names_another(claim: OpenClaim, text: str, lexicon: Lexicon, persons: bool = False) -> bool:
    """Whether TEXT names, before the first of the claim's other words it
    holds (where a subject stands), something the claim does not: a Chinese
    name of a kind or a capitalised Latin word other than a grammar word
    (with PERSONS, a person's name the tagger marks too)."""
    lowered = text.lower()
    named = _named_units(claim, lexicon)
    words_at = [at for u in claim.units if id(u) not in named
                for f in u.forms if f for at in _starts(f, lowered)]
    end = min(words_at, default=len(text))
    # A name before a speech verb is the speaker's, not the subject's ("Chief
    # financial officer Dale Persson said the company would not pay …"), and
    # so is one before a denial ("Brightwell denied claims that …").
    start = max((stop for kind in ("speech_verbs", "denial", "dispute")
                 for _, stop, _ in claim.cues(text[:end], kind)), default=0)
    if start and _speaker_taken_up(lowered, start, lexicon):
        # Unless what is said opens by pointing back at the speaker: "云途快递
        # 发布公告称，公司2025年全国包裹量……" is the speaker's own figure.
        start = 0
    return bool(_other_names(claim, text, start, end, lexicon, persons))


def spoken_for_another(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT (a passage's, normalised) opens with an organisation's
    speaking part (``speaking_bodies``) after a name the claim does not give,
    before a verb of saying, and gives none of the claim's names after it:
    "恒乐管理层表示，网上销售占2024年收入的18%" is 恒乐's share, not 康华's,
    whatever sentence before names 康华."""
    lowered = text.lower()
    said = min((stop for _, stop, _ in claim.cues(lowered, "speech_verbs")), default=-1)
    if said < 0:
        return False   # (most passages)
    for start, _, _ in claim.cues(lowered[:said], "speaking_bodies"):
        name = _name_before(text, start)
        if name and not any(unit_share(u, side_of_text(name.lower()), lexicon) > 0.0
                            for u in claim.units) \
                and not any(f and f in lowered[said:] for u in claim.units
                            if u.name or u.entity for f in u.forms):
            return True
    return False


def _name_before(text: str, at: int) -> str:
    """The name right before AT of TEXT: the Chinese run back to a mark, of
    two characters or more and no common word nor word pointing back (该公司),
    or capitalised Latin words (with a possessive "'s"); else ''."""
    from checker.language.vocabulary import is_common_word

    run = _CJK_RUN_AT_END.search(text[:at])
    if run is not None and len(run.group()) >= 2:
        name = run.group()
        pointing = tuple(grammar("zh").referring_openers)
        return "" if is_common_word(name) or name.startswith(pointing) \
            or is_chinese_stop_word(name) else name
    words = re.search(r"((?:[A-Z][\w&-]*\s+)*[A-Z][\w&-]*?)(?:'s)?\s+$", text[:at])
    return words.group(1) if words is not None and not is_stop_word(words.group(1)) else ""


_CJK_RUN_AT_END = re.compile(f"(?:{CJK_RUN.pattern})$")


def _speaker_taken_up(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether what is said after a speech verb ending at AT of TEXT (lower
    case) opens with a Chinese word of a kind of organisation (公司, 集团)
    or a word referring back, the organisation speaking."""
    said = text[at:].lstrip(" ,，:：")
    chinese = lexicon.grammar("zh")
    return said.startswith((*chinese.name_kinds, *(w + k for w in chinese.referring_openers
                                                    for k in chinese.name_kinds)))


def _named_only_after_another(claim: OpenClaim, text: str, lexicon: Lexicon,
                              stated: str) -> bool:
    """Whether TEXT (a passage's, normalised) names another than the claim's
    names where its subject stands (``names_another``), and the claim's
    names only after the figure it STATES: "The Caspar Institute …
    counted 12 named storms in 2025, saying two systems the WMFC included
    …" gives the institute's count, not the WMFC's."""
    names = [u for u in claim.units if u.name or u.entity]
    if not names or not names_another(claim, text, lexicon):
        return False
    lowered = text.lower()
    at = lowered.find(stated.lower())
    return at >= 0 and not any(spot < at for u in names for f in u.forms if f
                               for spot in _starts(f, lowered))


def _named_units(claim: OpenClaim, lexicon: Lexicon) -> set[int]:
    """Ids of the claim's units that name (entities, names, persons, the
    words of its Chinese names of a kind: 金川|公司)."""
    kinds = lexicon.grammar("zh").name_kinds
    return {id(u) for u in claim.units if u.entity or u.name or u.person} \
        | {id(u) for _, units in _kind_names(claim, kinds) for u in units}


def _other_names(claim: OpenClaim, text: str, start: int, end: int,
                 lexicon: Lexicon, persons: bool = False) -> list[str]:
    """The names TEXT[START:END] gives that the claim does not: Chinese names
    of a kind (with PERSONS, persons jieba's tagger marks too), capitalised
    Latin words other than grammar words."""
    kinds = lexicon.grammar("zh").name_kinds
    names = []
    for run in CJK_RUN.finditer(text, start, end):
        tagged = tagged_words(run.group())
        # The segmenter cuts a name of a kind apart (金川|公司, 乙|公司): the
        # noun before the kind word is its name, not a pronoun, numeral or
        # adjective (该|公司, 两家|公司, 新|公司).
        # Nor a noun a demonstrative governs (该|季度|公司: the company, in
        # that quarter) or a word of time (去年|公司).
        names += [w + k for (_, before), (w, tag), (k, _) in pairwise3(tagged) if k in kinds
                  and (tag.startswith("n") or len(w) > 1 and tag not in _NOT_NAME_TAGS)
                  and before != "r" and not is_chinese_stop_word(w)]
        names += [w for w, tag in tagged if persons and tag.startswith("nr") and len(w) > 1
                  or any(w.endswith(k) and len(w) > len(k) + 1 for k in kinds)]
    # (A word the dictionary knows as a common noun names no one: 上市公司, 子公司.)
    if names:
        from checker.language.vocabulary import is_common_word

        names = [name for name in names if not is_common_word(name)]
    # A sentence's first word is capitalised anyway: a name only where a name
    # reads so ("Ericsson, a rival, …", "Southfield Markets earned …"), or
    # where it stands in the claim's subject's place, before the claim's
    # word after it ("Tesla delivered …" for "BYD delivered …"), or where no
    # dictionary knows it; not "Revenue rose …".
    from checker.language.vocabulary import translations

    names += [m.group() + _DESIGNATION.match(text, m.end()).group()
              if m.group()[-1].isdigit() and _DESIGNATION.match(text, m.end()) else m.group()
              for m in LATIN_WORD.finditer(text, start, end) if m.group()[0].isupper()
              and not is_stop_word(m.group()) and not months_named(m.group())
              and (text[:m.start()].strip() or _NAME_AFTER.match(text, m.end())
                   or m.group().endswith("'s")   # "Harbin's population grew …"
                   or _in_subjects_place(claim, text, m.end())
                   or not translations(m.group()))]   # "Brightwater cut its …"
    claimed = claim.text.lower()
    # A Latin name the claim has in another form ("Brava's") or translated
    # is its own; a Chinese one must be the claim's whole (白石公司 is not
    # 金川公司, though both hold 公司).
    return [name for name in names if not (_stands_in(name.lower(), claimed) or any(
        name.lower() in u.forms if CJK_RUN.match(name)
        else unit_share(u, side_of_text(name), lexicon) == 1.0 for u in claim.units))]


_NAME_AFTER = re.compile(r"\s*,|'s\b|\s+[A-Z]")
_DESIGNATION = re.compile(r" [b-hj-z](?![\w-])")
"""The letter after a numbered name designating one of its members ("Teodor-417 c")."""


# jieba's tags of words that do not name: pronouns, numerals, adjectives, adverbs.
def pairwise3(tagged: Sequence[tuple[str, str]]) -> list[tuple[tuple[str, str], ...]]:
    """Each pair of TAGGED words with the word before the pair (("", "") first)."""
    padded = [("", ""), *tagged]
    return list(zip(padded, padded[1:], padded[2:]))


_NOT_NAME_TAGS = frozenset({"r", "m", "mq", "a", "ad", "d", "zg", "q", "t"})


def _in_subjects_place(claim: OpenClaim, text: str, end: int) -> bool:
    """Whether the word after END of TEXT is the claim's first word after its
    leading names: the word before END then stands where the claim's subject
    does."""
    leading = {id(u) for u in leading_names(claim)}
    if not leading:
        return False
    unit = _first_unit(claim, leading)
    after = _NEXT_LATIN_WORD.match(text, end)
    if unit is None or after is None:
        return False
    word = after.group(1).lower()
    return stem(word) in unit.stems or word in (f.lower() for f in unit.forms)


def leading_names(claim: OpenClaim) -> list[Unit]:
    """The claim's entities and names written before its other words: its
    subject, which a passage may have stated a sentence before ("It employs
    …"). A name after them ("half of them in Japan") is what the claim says
    of the subject, and must be in the passage itself."""
    text = claim.text.lower()
    # A capitalised first word a dictionary knows ("Nokia employed …") may be
    # a name as well as a sentence's first word: it may be the subject.
    named_ids = {id(u) for u in claim.units if u.entity or u.name
                 or claim.text.startswith(u.surface) and u.surface[:1].isupper()
                 and " " not in u.surface and not u.measure}
    # The segmenter cuts an invented Chinese name (星河|云智): a word of two
    # characters or more that no dictionary glosses written right after a
    # name is the rest of it.
    ends = {text.find(u.surface.lower()) + len(u.surface) for u in claim.units
            if id(u) in named_ids}
    for unit in claim.units:
        at = text.find(unit.surface.lower())
        if at in ends and id(unit) not in named_ids and len(unit.surface) > 1 \
                and CJK_RUN.fullmatch(unit.surface) \
                and CJK_RUN.match(text[at - 1]) and not (unit.glossed or unit.measure or unit.entity):
            named_ids.add(id(unit))
            ends.add(at + len(unit.surface))
    said = [text.find(u.surface.lower()) for u in claim.units if id(u) not in named_ids]
    first = min((at for at in said if at >= 0), default=-1)
    named = [(at, u) for u in claim.units if id(u) in named_ids
             and (at := text.find(u.surface.lower())) >= 0]
    if first < 0:
        # A claim of names alone ("The six tigers are Zhipu, MiniMax … and
        # DeepSeek"): its subject is the first; the others are what it says.
        return [min(named, key=lambda pair: pair[0])[1]] if named else []
    return [u for at, u in named if at < first]


def _none(passage: Passage) -> Stance:
    return Stance(passage, Bearing.NONE, 0.0, "")


# The longest sentence read as a bare verdict on the one before it: "是假的!",
# "纯属谣言。", "That is false."
_VERDICT_CHARS = 16


def _verdict_after(claim: OpenClaim, after: Sequence[Analysis]) -> str:
    """A denial standing alone right after the passage: a bare verdict on
    what the passage said ("“阳朔西塘公路山体滑坡?”" / "是假的!")."""
    if not after or len(after[0].text) > _VERDICT_CHARS or _another_figure_judged(claim, after[0]):
        return ""
    # (Not a verb of denying, which denies its own object: "选管会否认故障
    # 影响选举结果" after the passage on the fault.)
    cues = [c for c in denials(claim, after[0].text) if not _denial_verb(c[2])]
    # (A labelled rating closing a fact-check, "Rating: False.", rates the
    # claim the article checks, not the sentence before it.)
    if cues and _RATING_LABEL.fullmatch(after[0].text[:cues[0][0]]):
        return ""
    return cues[0][2] if cues else ""


_RATING_LABEL = re.compile(r"\s*[^\W\d][\w ]{0,20}[:\uff1a]\s*")
"""A label and a colon opening a rating ("Rating: ", "Our verdict: ", 查核结果：)."""


def _another_figure_judged(claim: OpenClaim, verdict: Analysis) -> bool:
    """Whether the sentence of a VERDICT names a figure of its own, one
    comparable with a figure of the claim and agreeing with none: "网传的
    “150万元”并无依据" calls false the 150万, not the 100万 the passage
    before it states."""
    claimed = [v for v in claim.values if v.kind in NUMERIC_KINDS]
    if not claimed:
        return False
    # (A figure in the denial's own clause: "……院内并无该名护士长,全院今年已有
    # 约1,640人接种" gives another fact beside the verdict.)
    clauses = split_clauses(verdict.text)
    found = denials(claim, verdict.text)
    denied = {clause_index(clauses, start) for start, _, _ in found}
    stated = [s for s in verdict.values if clause_index(clauses, s.start) in denied
              and any(compare.comparable(v, s) for v in claimed)]
    if not stated and denied:
        # (Or in a clause before one pointing back at it: "对于网传“……将突破
        # 20万”的说法,……表示该数字没有任何依据".)
        last = max(denied)
        start = min(at for at, _, _ in found if clause_index(clauses, at) == last)
        if _points_back(claim, verdict.text[clauses[last][0]:start]):
            stated = [s for s in verdict.values if clause_index(clauses, s.start) < last
                      and any(compare.comparable(v, s) for v in claimed)]
    return bool(stated) and not any(compare.relation(v, s) == "agree"
                                    for v in claimed for s in stated)


def verdict_clause(claim: OpenClaim, text: str) -> str:
    """A denial word of TEXT in a clause that says nothing else ("该简讯为
    诈骗讯息", "这是谣言"): a verdict on what was said before it."""
    for start, end, surface in denials(claim, text):
        if _verdict_at(claim, text, start, end):
            return surface
    return ""


def _verdict_at(claim: OpenClaim, text: str, start: int, end: int) -> bool:
    """Whether the denial word at [START, END) of TEXT is a verdict on what
    was said before it (``verdict_clause``)."""
    clauses = split_clauses(text)
    first, last = clauses[clause_index(clauses, start)]
    # Or one whose denial follows a word pointing back, after whoever says
    # it ("人社厅回应称这是谣言").
    return _bare_verdict(text[first:start] + " " + text[end:last]) or any(
        start - first - cue_end <= _VERDICT_GAP
        for _, cue_end, _ in claim.cues(text[first:start], "verdict_subjects"))


_VERDICT_GAP = 2   # 这是|谣言, 该消息系|谣言, "this is | false"


def _neighbour_denial(claim: OpenClaim, before: Sequence[Analysis], after: Sequence[Analysis],
                      lexicon: Lexicon | None = None, own_figures: bool = False,
                      matters: Lexicon | None = None) -> str:
    """A denial word in a sentence beside a passage ("网传……" / "……系谣言"):
    how fact-checks are written. With LEXICON, only in a sentence that is
    about the claim too (a denial of something else two sentences away
    says nothing of it), and not a verdict before the passage pointing back
    at what came before it ("……发布辟谣声明称,该消息系谣言,……。" /
    "2024年全省……接种率为98.7%。" is no verdict on the figures after it);
    with OWN_FIGURES, not one calling false a figure of its own
    (``_another_figure_judged``); with LEXICON or MATTERS, not one calling
    false a matter it reports itself (``_reports_another_matter``)."""
    for analysis in [*before[:NEIGHBOURS], *after[:NEIGHBOURS]]:
        cues = denials(claim, analysis.text) if lexicon is None \
            else _scoped_denials(claim, analysis.text, lexicon)
        # (Nor one of another report, which it names: "denied reports that
        # the team would trade Price".)
        cues = [c for c in cues if not _denies_another_report(claim, analysis.text, c)]
        # (Nor a verb of denying, which denies its own object: "…, but
        # neither side disclosed terms" is not what "Vale denied that …"
        # beside it denies.)
        cues = [c for c in cues if not _denial_verb(c[2])]
        if not cues or own_figures and _another_figure_judged(claim, analysis):
            continue
        if lexicon is not None and any(analysis is b for b in before) \
                and all(_verdict_at(claim, analysis.text, start, end) for start, end, _ in cues):
            continue
        # (Where the passage itself reports the claim, only a quoted matter
        # is another: "dismissed online claims that its growth figures were
        # inflated" is on all the posts allege, the passage's too.)
        reader = lexicon or matters
        if reader is not None and _reports_another_matter(claim, analysis.text, cues[0][0], reader,
                                                          unquoted=lexicon is not None):
            continue
        if lexicon is None or \
                coverage(claim, [side(analysis)], lexicon)[0] >= NEIGHBOUR_COVERAGE:
            return cues[0][2]
    return ""


def _reports_another_matter(claim: OpenClaim, text: str, at: int, lexicon: Lexicon,
                            unquoted: bool = True) -> bool:
    """Whether TEXT (a sentence beside a passage) quotes a matter of its own
    between a report word and its denial at AT, one holding little of the
    claim: "近日网传"东岚省将对猪肉实施限价"，……回应称，该消息不实" calls
    the price cap false, not the forecast of prices quoted in the sentence
    before."""
    reported = [end for _, end, _ in claim.cues(text[:at], "report")]
    if not reported:
        return False
    # (What it quotes, in Chinese: a report word pointing back, "网传消息
    # 不实", or at a part of the matter, "网传三张照片中有两张系拼接", reports
    # nothing else. An English clause says it, when UNQUOTED ones count:
    # "claims it would close a maternity ward were untrue".)
    quoted = [m.group() for m in _QUOTATION.finditer(text, max(reported), at)]
    matter = " ".join(quoted) if quoted or CJK_RUN.search(text) or not unquoted \
        else text[max(reported):at]
    said = len([w for w in LATIN_WORD.findall(matter) if not is_stop_word(w)]) >= _MATTER_WORDS \
        or bool(quoted)
    # (A matter stating none of the claim's figures is another: "网传“云岭
    # 茶叶因农残超标被欧盟退货”" says nothing of the tonnes exported.)
    figures = [v for v in claim.values if v.kind in NUMERIC_KINDS]
    return said and (figures and not any(
        compare.comparable(v, s) and compare.relation(v, s) == "agree"
        for v in figures for s in _parsed_values(matter))
        or coverage(claim, [side_of_text(matter.lower())], lexicon)[0] < NEIGHBOUR_COVERAGE)


_MATTER_WORDS = 3
"""English words an unquoted matter a sentence reports holds at least."""


def _denies_another_report(claim: OpenClaim, text: str, cue: tuple[int, int, str]) -> bool:
    """Whether CUE disputes a report it names ("denied reports that …") whose
    clause holds none of the claim's words."""
    _, end, surface = cue
    said = _that_clause(text, end)
    if said is None or not claim.cues(surface, "reported_things"):
        return False
    return not any(form and form.lower() in said.lower() for u in claim.units if u.weight > 0
                   for form in u.forms)


def leaves_open(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's, normalised) leaves the claim open: a word
    of the grammar's ``unsettled`` that asks about words of the claim after
    it in its clause ("是否可以治愈……", "whether the drug works"), or that
    closes a clause saying one of them ("……的原因尚不清楚", "remains
    unproven").
    A question in a clause of its own asks about something else: "MiniMax
    凭借M1大模型……彻底出圈,但其M2大模型能否持续吸引用户……" states the
    release of M1, though not of M2, a word of the claim said only in the
    asking clause."""
    cues = claim.cues(text, "unsettled")
    if not cues or claim.unsettled:
        return False
    if scoped_cue(claim, text, "unsettled"):
        return True
    clauses = split_clauses(text)
    asking = {clause_index(clauses, start) for start, _, _ in cues}
    closing = {at for start, end, _ in cues
               if len(_WORD_CHARS.findall(text[end:clauses[at := clause_index(clauses, start)][1]]))
               <= _CLOSING_CHARS}
    # A short clause a cue closes speaks of the matter before it ("……已向
    # 健保署申请纳入健保给付,目前仍在审查中").
    if any(at > 0 and _short_clause(text[slice(*clauses[at])]) for at in closing):
        return True
    lowered = text.lower()
    for unit in claim.units:
        places = {clause_index(clauses, at) for form in unit.forms if form
                  for at in _starts(form.lower(), lowered)}
        if unit.weight > 0 and places and (places <= asking or not (unit.name or unit.entity)
                                           and places & closing):
            return True
    return False


def _short_clause(clause: str) -> bool:
    """Whether CLAUSE is a few words only: "委员会正在研究", "which remains
    unclear"."""
    return sum(len(run) for run in CJK_RUN.findall(clause)) <= _SHORT_CLAUSE_CJK \
        and len(LATIN_WORD.findall(clause)) <= _SHORT_CLAUSE_WORDS


# A cue closing its clause may take a particle or a short object after it
# ("有待进一步研究", "尚不清楚了").
_CLOSING_CHARS = 2
# A status clause: "目前仍在审查中" (cue and all), "but it remains unproven".
_SHORT_CLAUSE_CJK = 10
_SHORT_CLAUSE_WORDS = 5
_WORD_CHARS = re.compile(r"[\w\u3400-\u9fff]")


def _asked_nearby(claim: OpenClaim, before: Sequence[Analysis], after: Sequence[Analysis],
                  lexicon: Lexicon) -> bool:
    """Whether a sentence beside a passage, about the claim too, leaves it
    open ("……对治疗小儿肾炎具有一定的疗效。" / "但是,单纯玉米须煮水是否可以
    治愈小儿肾炎,还需要更多的研究证实。")."""
    return not claim.unsettled and any(
        claim.cues(analysis.text, "unsettled")
        and coverage(claim, [side(analysis)], lexicon)[0] >= NEIGHBOUR_COVERAGE
        for analysis in [*before[:NEIGHBOURS], *after[:NEIGHBOURS]])


def denials(claim: OpenClaim, text: str) -> list[tuple[int, int, str]]:
    """The denial words of TEXT that stand after its last affirmation: the
    word that comes last is the source's conclusion ("确实存在……，……通通都是
    假的!" denies; "有人说是谣言……其实是真的" affirms). A denial inside an
    affirmation (谣言 in 并非谣言) is none, and an affirmation inside a
    denial (属实 in 不属实) too."""
    found = [cue for cue in claim.cues(text, "denial") if not _names_a_thing(claim, text, cue)]
    # (An affirmation inside a denial is none: 属实 of 不属实.)
    affirmations = [a for a in claim.cues(text, "affirmation")
                    if not any(start <= a[0] and a[1] <= end for start, end, _ in found)]
    if not found or not affirmations:
        return found
    last = max(end for _, end, _ in affirmations)
    return [cue for cue in found if cue[0] >= last]


_NEXT_LATIN_WORD = re.compile(r"(?:\s+|-)([A-Za-z]+)")   # "500 engineers", "500-megawatt"
_HYPHENATED_REST = re.compile(r"(?:-[A-Za-z]+)*")


def _clarified(claim: OpenClaim, text: str, denial: tuple[int, int, str],
               lexicon: Lexicon) -> bool:
    """Whether DENIAL is a word of clarifying (``clarifications``: 澄清) that
    closes its clause, and what follows it in its sentence holds the claim
    with every value the claim gives, agreeing: it says so, not otherwise
    (unlike "有议员早前声称……只设一个……,卫生局澄清,……设有两个")."""
    _, end, surface = denial
    if surface not in grammar("zh").clarifications or not _CLAUSE_BREAK.match(text, end):
        return False
    said = text[end:sentence_end(text, end)]
    stated = _parsed_values(said)
    return core_coverage(claim, side_of_text(said.lower()), lexicon) >= DENIAL_COVERAGE \
        and all(compare.agrees_with_any(v, stated) for v in claim.values)


def _scoped_denials(claim: OpenClaim, text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """``denials`` of TEXT (a passage's, normalised) kept only where they
    bear on the claim: a denial calls false what its own clause says
    ("目前没有任何研究证明喝醋能够软化血管", "利用……杀灭新型冠状病毒这一说法缺乏
    科学依据"), not a clause beside it ("心内科专家李明表示, ……" is not
    denied, nor "过量饮用还可能损伤胃黏膜" after it); a bare verdict of a clause,
    or one pointing back ("……, 这是谣言", "…, but that is false": the
    grammar's ``verdict_subjects``), what the clauses before it say; a bare
    verdict between clauses only when those before it say the claim ("The
    old census, known to be inaccurate, counted …" describes the census: the
    count comes after), and one opening the sentence what follows
    ("有流言称, ……")."""
    found = denials(claim, text)
    if not found:
        return found
    # A lack of evidence that something is so ("found no evidence that
    # moderate coffee drinking raises the risk") denies that thing, not what
    # the clause says of who looked ("A meta-analysis of 11 studies …").
    found = [d for d in found if not _evidence_denied_apart(claim, text, d, lexicon)]
    # A clarification closing its clause brings in what is so: "医院澄清,新翼
    # 大楼预计明年第二季启用,而非今年底" states a claim it agrees with.
    found = [d for d in found if not _clarified(claim, text, d, lexicon)]
    # A correction of a figure ("misstated the net loss as 168 million
    # yuan") calls false no claim giving none of its kind nor writing a
    # number ("the loss nearly doubled").
    stated = [v for v in _parsed_values(text) if v.kind in NUMERIC_KINDS]
    if stated and any(claim.cues(surface, "correction_words") for _, _, surface in found) \
            and not claim.numbers and not any(
            compare.comparable(v, figure) for v in claim.values for figure in stated):
        found = [d for d in found if not claim.cues(d[2], "correction_words")]
    # Nor one whose wrong statement gives none of the claim's values: "An
    # earlier version of this report said … Lucy Ferrand had won … by 14
    # votes" calls false no "Ferrand says she will stand again in 2027".
    if claim.values and any(claim.cues(surface, "correction_words")
                                       for _, _, surface in found) \
            and not any(compare.comparable(v, s) and compare.relation(v, s) == "agree"
                        for v in claim.values for s in _parsed_values(text)):
        found = [d for d in found if not claim.cues(d[2], "correction_words")]
    clauses = split_clauses(text)
    # A verb of denying calls false what it denies, only that: its object.
    found = [d for d in found if not _denial_verb(d[2])
             or _denied_object_holds(claim, text, d, clauses, lexicon)]
    if len(clauses) < 2:
        return found   # (most passages: one clause, the denial's)
    kept = []
    for start, end, surface in found:
        first, last = clauses[clause_index(clauses, start)]
        rest = text[first:start] + " " + text[end:last]
        # (Its subject may stand in a sentence before: what is said of it
        # must stand here.)
        own = core_coverage(claim, side_of_text(rest), lexicon) >= DENIAL_COVERAGE
        # (What it calls false negated, "网传“……此次不涨”也系误读", the claim
        # does not negate: it is the claim the source upholds.)
        # (Not a quotation of the verdict itself: 的说法“没有依据”.)
        own = own and (claim.negated or not any(
            claim.cues(quoted.group(), "negation") and not denials(claim, quoted.group())
            for quoted in _QUOTATION.finditer(text, first, last)))
        # (Nor where what it lacks of the claim stands in a clause a contrast
        # opens: "no evidence that El Nino events have become more frequent
        # …, although some models suggest that extreme El Nino events could
        # double" does not deny that they will double.)
        own = own and not _rest_across_contrast(claim, text, last, rest, lexicon)
        # A dispute of what was reported reaches the clause it brings in, over
        # an aside: "has rejected the suggestion, frequently repeated on social
        # media, that methane … is already the main driver"; only that clause
        # and who disputes it, not what the disputer says before: "said the
        # offences were 'calculated and cruel' and rejected the suggestion that
        # Linton had intended to complete the jobs" disputes nothing of the first.
        if claim.cues(surface, "reported_things") and claim.cues(surface, "dispute") \
                and _THAT_AFTER_ASIDE.match(text, end):
            said = _SENTENCE_END.search(text, end)
            stop = said.start() if said else len(text)
            disputer = text[first:start]
            disputer = disputer[:min((at for at, _, _ in claim.cues(disputer, "speech_verbs")),
                                     default=len(disputer))]
            own = core_coverage(claim, side_of_text(disputer + " " + text[end:stop]),
                                lexicon) >= DENIAL_COVERAGE
            # (Not where what is disputed holds next to nothing of the claim,
            # all of it standing in a clause of the speaker's own after it,
            # ", noting that …": what the speaker says is not disputed. One
            # repeating the denial, ", saying it was 'not for sale'", counts
            # with what it disputes.)
            speaker = min((end + at for at, _, _ in claim.cues(text[end:stop], "speech_participles")
                           if text[end:end + at].rstrip().endswith(",")), default=stop)
            if own and speaker < stop and core_coverage(
                    claim, side_of_text(text[end:speaker]), lexicon) < DISPUTED_SHARE:
                own = False
        # A verdict on the clauses before it: pointing back, or bare.
        # (A bare verdict naming what was reported, "讯息内容与事实不符", is on
        # the report, not on the source's own clauses before it, unless they
        # report it: "……水位将上涨7米的消息,此消息为虚假消息".)
        # (Not one denying the evidence for what follows it, "并没有任何证据表明
        # 它具有致癌性": that is its own clause's, however short.)
        # (Nor one whose object is a quotation, "不存在“年底清零”的规定": it
        # denies what is quoted. One opening the sentence reaches up to a
        # later verdict: "她澄清,网传“……不涨”也系误读,……同步调整" denies the
        # quotation, not the correction after it.)
        back = (_points_back(claim, text[first:start])
                or _bare_verdict(rest) and not _denies_what_follows(surface, text[end:last])
                and not _names_what_it_denies(claim, text[end:last], lexicon)
                and not _quotes_another_thing(claim, text[end:last]) and (
            _opening_verdict_covers(claim, text, end, found, lexicon) if not first
            else coverage(claim, [side_of_text(text[:first])], lexicon)[0]
            >= DENIAL_COVERAGE) and not (claim.cues(rest, "reported_things")
                                         and not claim.cues(text[:first], "report")
                                         and not claim.cues(text[:first], "reported_things"))) \
            and not _said_apart(claim, text, clauses[:clause_index(clauses, start)], lexicon)
        if own or back:
            kept.append((start, end, surface))
    return kept


def _denial_verb(surface: str) -> bool:
    """Whether SURFACE, a denial cue, is a verb of denying (``denial_verbs``:
    否认, denied) rather than a verdict."""
    return surface.lower() in _denial_verbs()


@cache
def _denial_verbs() -> frozenset[str]:
    return frozenset(w.lower() for lang in ("zh", "en") for w in grammar(lang).denial_verbs)


def _denied_object_holds(claim: OpenClaim, text: str, denial: tuple[int, int, str],
                         clauses: Sequence[tuple[int, int]], lexicon: Lexicon) -> bool:
    """Whether what the verb of denying DENIAL denies, the rest of its clause
    (its subject may stand before it), holds the claim as a denial must, and
    its clause every figure and date the claim gives: "否认了公司将被收购的传闻"
    denies no revenue of the company's, "denied that the coalition had agreed
    to raise the retirement age" no retirement age of 67."""
    start, end, _ = denial
    first, last = clauses[clause_index(clauses, start)] if clauses else (0, len(text))
    if core_coverage(claim, side_of_text(text[end:last]), lexicon) < DENIAL_COVERAGE:
        return False
    stated = _parsed_values(text[first:last])
    return numbers_written(claim, text[first:last]) and all(
        any(compare.comparable(v, s) and compare.relation(v, s) == "agree" for s in stated)
        for v in claim.values)


def _evidence_denied_apart(claim: OpenClaim, text: str, denial: tuple[int, int, str],
                           lexicon: Lexicon) -> bool:
    """Whether DENIAL is of the evidence for what the clause after it says
    ("no evidence that …", or without a "that": "“no evidence” linking the
    drug to thousands of deaths") and that clause holds next to nothing of
    the claim (``DISPUTED_SHARE``)."""
    _, end, surface = denial
    if not claim.cues(surface, "evidence"):
        return False
    said = _that_clause(text, end)
    if said is None:
        stop = _CLAUSE_BREAK.search(text, end)
        said = text[end:stop.start() if stop else len(text)]
        if not _WORD_CHARACTER.search(said.strip(" .。\"'\u201d\u300d")):
            return False   # (the denial closes its clause: "……缺乏科学依据。")
    return core_coverage(claim, side_of_text(said), lexicon) < DISPUTED_SHARE


def _stated_in_a_correction(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether the passage corrects a report (``correction_words``) and
    holds the claim in what a verb of saying says that report stated:
    "Correction: A report published on Sunday stated that the victim … was
    25 years old …. He is 22" reports the 25, and states the 22. A figure
    of the claim standing there is enough (“……97.6亿元”应为“……79.6亿元”):
    the rest of the claim may be said around it."""
    text = analysis.text
    spans = _corrected_statements(claim, text)
    return any(coverage(claim, [side_of_text(text.lower()[start:end])], lexicon)[0]
               >= SUPPORT_COVERAGE for start, end in spans) \
        or any(start <= v.start < end and compare.agrees_with_any(c, [v])
               for start, end in spans for v in analysis.values
               for c in claim.values if c.kind in NUMERIC_KINDS)


def corrected_statement_at(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (a passage's, normalised) stands in
    what a correction says an earlier report stated (``_corrected_statements``:
    项目总投资“36.4亿元”应为“43.6亿元” gives 36.4亿元 as the error)."""
    return at >= 0 and any(start <= at < end for start, end in _corrected_statements(claim, text))


def _corrected_statements(claim: OpenClaim, text: str) -> list[tuple[int, int]]:
    """The spans of TEXT (a passage's) that a correction says an earlier
    report stated: the clause a "that" opens after a verb of saying; and
    what stands right before a word bringing in the right figure, the
    quotation closing there or else the clause (更正说明称,“……97.6亿元,……”应为
    “……”; 同比增长率由9.4%更正为-1.2%)."""
    lowered = text.lower()
    if not _correction_cues(claim, lowered):
        return []   # (most passages)
    corrected_to = claim.cues(lowered, "corrected_to")
    spans = []
    clauses = split_clauses(lowered)
    quotations = list(_QUOTATION.finditer(lowered))
    for start, end, _ in corrected_to:
        quoted = next((m for m in quotations if m.end() == start), None)
        at = clause_index(clauses, start)
        opened = clauses[at][0]
        if at and not _DIGIT.search(lowered, opened, start):
            # (The clause before, where the word's own holds no figure: "早前
            # 公布的参观人次为228万，经核实后修订为218万".)
            opened = clauses[at - 1][0]
        spans.append(quoted.span() if quoted else (opened, start))
        # (Or what it was changed from, after the right figure: "was restated
        # to 5.82 billion dollars from the 6.07 billion dollars originally
        # reported".)
        former = _CHANGED_FROM.search(lowered, end, clauses[at][1])
        if former and _DIGIT.search(lowered, end, former.start()):
            spans.append((former.start(), clauses[at][1]))
    for _, end, _ in claim.cues(lowered, "speech_verbs"):
        # (Only a report's saying, not a speaker's after the correction:
        # "(…; an earlier version of this story said 4.8 hours) — the
        # authority said the average customer lost power for 3.8 hours".)
        opened = max([0, *(m.end() for m in _ASIDE_CLOSE.finditer(lowered, 0, end))])
        if not claim.cues(lowered[opened:end], "correction_words") \
                and not claim.cues(lowered[opened:end], "earlier_reports"):
            continue
        # (Or the clause right after the verb, without a "that": "An earlier
        # version of this article said Thornbury … cancelled 428 operations".)
        said = _that_clause(lowered, end)
        if said:
            start = lowered.find(said, end)
            spans.append((start, start + len(said)))
        else:
            spans.append((end, _aside_end(lowered, end, clauses)))
    # (What a report word quotes: "更正，指原报道中「额外印花税期限由3年缩短至1年」
    # 一句并无消息来源支持".)
    reported = [end for _, end, _ in claim.cues(lowered, "report")]
    spans += [m.span() for m in quotations
              if any(0 <= m.start() - end <= _REPORT_TO_QUOTATION for end in reported)]
    for _, end, word in claim.cues(lowered, "correction_words"):
        # (An earlier version's whole clause, whatever its verb: "An earlier
        # version of this story gave the capacity of Harbour Arena as 13,500;
        # it is 12,500.")
        if claim.cues(word, "earlier_reports"):
            spans.append((end, _aside_end(lowered, end, clauses)))
    return spans


def _aside_end(text: str, at: int, clauses: Sequence[tuple[int, int]]) -> int:
    """The end of the clause of TEXT at AT, or of the aside it stands in,
    closed by a bracket or a dash before that ("(…; an earlier version said
    4.8 hours) — the authority said …")."""
    stop = clauses[clause_index(clauses, at)][1]
    closing = _ASIDE_CLOSE.search(text, at, stop)
    return closing.start() if closing else stop


_ASIDE_CLOSE = re.compile(r"[)）]|\s[\u2014\u2013-]\s|\u2014")


def _that_clause(text: str, end: int, that: re.Pattern[str] | None = None) -> str | None:
    """The clause a "that" right after END of TEXT (past an aside) opens, to
    its clause's end ("no evidence that X, …": X); None without one. THAT:
    another pattern ending in the "that"."""
    joined = (that or _THAT_AFTER_ASIDE).match(text, end)
    if joined is None:
        return None
    stop = _CLAUSE_BREAK.search(text, joined.end())
    return text[joined.end():stop.start() if stop else len(text)]


def _said_apart(claim: OpenClaim, text: str, before: Sequence[tuple[int, int]],
                lexicon: Lexicon) -> bool:
    """Whether the clauses BEFORE a verdict say the claim only where the
    verdict does not point: in a clause naming a speaker ("营养科主任林晓梅
    表示,") or in one that says it negated, unreported ("……同食不会产生任何
    有毒物质, 这种说法并无科学依据": the verdict agrees with it and points at
    the rumour)."""
    # (A clause reporting something is no speaker's, whatever ends it: "针对
    # 网络流传的“……”一说," brings in what the verdict points at.)
    speakers = [(s, e) for s, e in before if _ends_with_cue(claim, text[s:e], "speech_verbs")
                and not claim.cues(text[s:e], "report")]
    spoken = " ".join(text[s:e] for s, e in speakers)
    if spoken and coverage(claim, [side_of_text(spoken)], lexicon)[0] >= DENIAL_COVERAGE:
        return True
    said = " ".join(text[s:e] for s, e in before if (s, e) not in speakers)
    # The clause right before the verdict is the one it answers.
    last = text[slice(*before[-1])] if before and before[-1] not in speakers else ""
    return bool(last) and bool(claim.cues(last, "negation")) and not claim.cues(said, "report") \
        and coverage(claim, [side_of_text(said)], lexicon)[0] >= DENIAL_COVERAGE


def opens_with_speaker(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT's first clause names who speaks ("郑雅琳表示,"): what
    follows is what they said, of whatever subject."""
    clauses = split_clauses(text)
    return bool(clauses) and _ends_with_cue(claim, text[slice(*clauses[0])], "speech_verbs")


def _ends_with_cue(claim: OpenClaim, clause: str, kind: str) -> bool:
    """Whether CLAUSE ends with a KIND word (but punctuation)."""
    stripped = clause.rstrip(" ,，:：")
    return any(end == len(stripped) for _, end, _ in claim.cues(stripped, kind))


def _negation_of_an_earlier_state(claim: OpenClaim, text: str) -> bool:
    """Whether every negation of TEXT stands in a clause set at an earlier
    state of things (``earlier_states``: "最初的目标并非港交所"), which a claim
    not set so ("智谱于2026年1月8日在港交所挂牌") is not denied by."""
    if claim.cues(claim.text, "earlier_states"):
        return False
    earlier = claim.cues(text, "earlier_states")
    if not earlier:
        return False
    clauses = split_clauses(text)
    return all(any(clause_index(clauses, at) == clause_index(clauses, start) and at < start
                   for at, _, _ in earlier)
               for start, _, _ in claim.cues(text, "negation"))


def _dates_disagree(claim: OpenClaim, analysis: Analysis) -> bool:
    """Whether a date of the claim disagrees with every date of its kind the
    passage gives with its year ("in March 2025" against "on 31 January
    2025"; not 2018 against 2018年11月, which it holds, nor a 上半年 whose
    year the passage leaves to its reader), in a clause that negates or
    denies (not "…, and the highest … was recorded in 2023")."""
    clauses = split_clauses(analysis.text)
    negating = {i for i, span in enumerate(clauses)
                if any(claim.cues(analysis.text[slice(*span)], kind)
                       for kind in ("negation", "denial", "dispute"))}
    for value in claim.values:
        stated = [s for s in analysis.values if value.kind == "date" and s.kind == "date"
                  and _YEAR_WRITTEN.search(s.surface) and compare.comparable(value, s)
                  and clause_index(clauses, s.start) in negating]
        if stated and all(compare.relation(value, s) == "disagree" for s in stated):
            return True
    return False


_YEAR_WRITTEN = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")


def _date_in_another_clause(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether the passage gives the claim's month only in clauses holding
    none of the claim's words but its names, and another month in a clause
    holding some: the month is another event's ("「映湾苑」已于今年10月落成,
    ……首批住户已于11月入伙" does not say they moved in in October)."""
    claimed = months_named(claim.text, alone=True)
    if len(claimed) != 1:
        return False   # (most claims)
    text = analysis.text.lower()
    named = {id(u) for u in leading_names(claim)}
    words = [u for u in claim.units if id(u) not in named and u.weight > 0
             and not u.month and not u.name and not u.entity]
    same = other = False
    for start, end in split_clauses(text):
        clause = text[start:end]
        months = months_named(clause, alone=True)
        if not months:
            continue
        where = side_of_text(clause)
        said = any(unit_share(u, where, lexicon) == 1.0 for u in words)
        if months & claimed:
            if said:
                return False
            same = True
        elif said:
            other = True
    return same and other


def _changes_only(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value]) -> bool:
    """Whether a figure of the claim agrees only with changes of the passage
    where the claim gives a level (``change_for_level``): "平均到达现场时间为
    9分42秒,……缩短76秒" states "不到10分钟" by its level, whatever the change."""
    pairs = _agreeing_pairs(agreeing, analysis)
    for value in {id(v): v for v, _ in pairs}.values():
        stated = [s for v, s in pairs if v is value and s.kind in NUMERIC_KINDS]
        if stated and all(change_for_level(claim, analysis.text, s.start) for s in stated):
            return True
    return False


def _ranked_otherwise(claim: OpenClaim, analysis: Analysis) -> bool:
    """Whether an English passage writes a rank right before a word of the
    claim, which gives none ("the third best-selling VR headset" against
    "the best-selling VR headset"): the claim's word is ranked otherwise."""
    if any(v.kind == "ordinal" for v in claim.values) or CJK_RUN.search(analysis.text):
        return False
    lowered = analysis.text.lower()
    words = {u.surface.lower() for u in claim.units if not (u.name or u.entity)}
    for value in analysis.values:
        if value.kind == "ordinal":
            after = _NEXT_LATIN_WORD.match(lowered, value.end)
            if after and any(w == after.group(1) or w.startswith(after.group(1) + "-")
                             for w in words):
                return True
    return False


def word_of_the_start(claim: OpenClaim, analysis: Analysis, at: int, lexicon: Lexicon) -> bool:
    """Whether the passage's figure at AT is the level a change reached, and
    a word of the claim stands in the passage only in the phrase of where
    that change started: "由年初的48.6亿元调增至53.9亿元" gives 53.9亿元 as no
    year-start (年初) figure."""
    text = analysis.text
    if at < 0 or change_part(text, at) != "level":
        return False
    starts = [v for v in analysis.values if v.end <= at and change_part(text, v.start) == "start"]
    if not starts:
        return False
    start = starts[-1]
    lowered = text.lower()
    opener = max((lowered.rfind(w, 0, start.start) for language in ("zh", "en")
                  for w in grammar(language).start_before), default=-1)
    if opener < 0 or not within_clause(lowered[opener:start.start]):
        return False
    phrase = side_of_text(lowered[opener:start.start])
    rest = side_of_text(lowered[:opener] + " " + lowered[start.end:])
    # (A rate, "由……的每户每年1200元提高至1500元", is both figures'; so is a
    # word of one character.)
    rates = {id(u) for u in rate_units(claim)}
    per = grammar("zh").rate_words
    return any(unit_share(u, phrase, lexicon) == 1.0 and unit_share(u, rest, lexicon) < 1.0
               for u in claim.units
               if u.weight > 0 and len(u.surface) > 1 and not (u.name or u.entity)
               and id(u) not in rates
               and not (CJK_RUN.match(u.surface) and u.surface.startswith(per)))


def _dates_by_span(text: str, span: Value) -> bool:
    """Whether the duration SPAN of TEXT dates what follows by its end or its
    start: an adverbial closer after it (满一年后, 三个月内 is no such) or an
    opener before it ("after a year", "within four months")."""
    lowered = text.lower()
    return lowered.startswith(grammar("zh").adverbial_closers, span.end) \
        or lowered[:span.start].rstrip().endswith(grammar("en").adverbial_openers + ("within",))


def _affirmed_apart(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether a clause of TEXT holding an affirmation word and no denial
    (``affirmation``: "辟谣称,……确有发生多起追尾事故,但是根本没有所谓的80多辆
    车") holds the claim's words: the source confirms that part, whatever it
    denies beside it."""
    clauses = split_clauses(text)
    for first, last in clauses:
        clause = text[first:last]
        if claim.cues(clause, "affirmation") and not denials(claim, clause) \
                and core_coverage(claim, side_of_text(clause), lexicon) >= DENIAL_COVERAGE:
            return True
    # Nor where the claim's words no other clause holds stand in an affirmed
    # one ("网传'……因设备故障大面积停运',……回应称,当日确有1列动车组因设备故障晚点
    # ……,不存在大面积停运情况" confirms the delayed train: 动车组, 晚点).
    affirmed = [text[first:last] for first, last in clauses
                if claim.cues(text[first:last], "affirmation")
                and not denials(claim, text[first:last])]
    if not affirmed:
        return False
    rest = side_of_text(" ".join(text[first:last] for first, last in clauses
                                 if text[first:last] not in affirmed))
    own = [u for u in claim.units if u.weight > 0 and unit_share(u, rest, lexicon) == 0.0]
    if len(own) < _AFFIRMED_WORDS:
        return False   # (a place alone, 山顶 of "山顶确实有一座玻璃观景台", says no more)
    confirmed = side_of_text(" ".join(affirmed))
    # (Most of them, by count: a number in other words, 一列 for 1列, weighs
    # as a word the passage lacks.)
    held = sum(unit_share(u, confirmed, lexicon) == 1.0 for u in own)
    return bool(own) and held > len(own) / 2 \
        and core_coverage(claim, side_of_text(text), lexicon) >= DENIAL_COVERAGE


_AFFIRMED_WORDS = 2
"""The fewest words of the claim an affirmed clause alone must hold to
confirm it beside a denial."""


def _denies_the_opposite(claim: OpenClaim, text: str, denial: tuple[int, int, str]) -> bool:
    """Whether what the DENIAL of TEXT (a passage's, normalised) calls false,
    the rest of its clause, says the opposite of a word of the claim ("there
    is no evidence that the ice sheet gained mass" against "a net loss of
    mass"): it denies the claim's opposite."""
    clauses = split_clauses(text)
    _, end = clauses[clause_index(clauses, denial[1])]
    return opposed(claim.text.lower(), text[denial[1]:end].lower()) is not None


def _negates_the_opposite(claim: OpenClaim, text: str, word: str) -> bool:
    """Whether the negation WORD of TEXT (a passage's, normalised) negates
    the opposite of a word of the claim (``_denies_the_opposite``)."""
    at = text.lower().find(word.lower())
    return at >= 0 and _denies_the_opposite(claim, text, (at, at + len(word), word))


def _figures_corrected_to(claim: OpenClaim, analysis: Analysis,
                          agreeing: Sequence[Value]) -> bool:
    """Whether the claim's figures (AGREEING: those the passage states) are
    those a correction in the passage gives (``given_by_correction``): what it
    calls wrong then is what it corrects ("更正：……为6箱共计132公斤，首次通报
    数据有误")."""
    figures = [v for v in agreeing if v.kind in NUMERIC_KINDS]
    return bool(figures) and all(
        any(compare.comparable(v, s) and compare.relation(v, s) == "agree"
            and given_by_correction(claim, analysis.text, s.start) for s in analysis.values)
        for v in figures)


def _given_instead(claim: OpenClaim, analysis: Analysis, verdict: tuple[int, int, str]) -> bool:
    """Whether a value of the claim stands in the passage only after the
    VERDICT (a denial's span), with one of its kind before it that disagrees,
    before the verdict or after it: "报道称《北渡》出版于2023年,有误,应为2024年3月"
    calls 2023 false and gives 2024 instead, the claim's, and so does
    "出版年份误植为2023年，正确应为2024年"."""
    start, end, _ = verdict
    for value in claim.values:
        # (Not the date of the verdict itself: "Vostra Energy on 22 July 2025
        # denied media reports that it would shut … in 2026.")
        stated = [s for s in analysis.values if compare.comparable(value, s)
                  and not (s.kind == "date" and s.end <= start
                           and _DATED_ACT.search(analysis.text, 0, s.start)
                           and not analysis.text[s.end:start].strip())]
        agree = [s for s in stated if compare.relation(value, s) == "agree"]
        if agree and all(s.start >= end for s in agree) and any(
                s.end <= agree[0].start and compare.relation(value, s) == "disagree"
                for s in stated):
            return True
    return False


# "on" or "in" right before a date, dating what follows ("… on 22 July 2025
# denied …").
_DATED_ACT = re.compile(r"\b(?:on|in)\s+$", re.IGNORECASE)


def _numbers_only_replaced(claim: OpenClaim, text: str) -> bool:
    """Whether each number the claim writes stands in TEXT (a passage's,
    normalised) only where a change starts ("总分由750分降至650分"): a report
    of that change, called false, does not say the start was false, and
    "总分依然是750分" is no claim of what it reports."""
    lowered = text.lower()
    spots = [[at for at in _starts(n, lowered)
              if not lowered[at - 1:at].isdigit() and not lowered[at + len(n):at + len(n) + 1].isdigit()]
             for n in claim.numbers]
    return bool(spots) and all(places and all(change_part(lowered, at) == "start" for at in places)
                               for places in spots)


def _figure_clause_unnegated(claim: OpenClaim, analysis: Analysis,
                             agreeing: Sequence[Value], lexicon: Lexicon) -> bool:
    """Whether the claim's count or amount agrees with one of the passage's
    that stands in a clause holding no negation and more of the claim than
    any negated clause: "共收到相关故障报告17起，……，未接到人员受伤报告" states
    the 17 reports, and its negation is of the injuries."""
    text = analysis.text.lower()
    figure = _figure_at(agreeing, analysis, strict=True)
    if figure < 0:
        # (Or a number the claim writes bare, "17 fault reports".)
        figure = next((m.start() for n in claim.numbers
                       for m in re.finditer(rf"(?<![\d.]){re.escape(n)}(?![\d.])", text)), -1)
    if figure < 0:
        return False
    clauses = fact_clauses(text, analysis.values)
    own = text[slice(*clauses[clause_index(clauses, figure)])]
    # (Not a figure the passage quotes or reports: "另有网传“……将提高至每小时130
    # 公里”,……目前没有提高限速的计划".)
    if claim.cues(own, "negation") or claim.cues(own, "report") \
            or any(m.start() < figure < m.end() for m in _QUOTATION.finditer(text)):
        return False
    held = coverage(claim, [side_of_text(own)], lexicon)[0]
    return held >= FIGURE_CLAUSE_COVERAGE and all(
        coverage(claim, [side_of_text(text[start:end])], lexicon)[0] < held
        for start, end in clauses if claim.cues(text[start:end], "negation"))


FIGURE_CLAUSE_COVERAGE = 0.5
"""Share of the claim the clause of its figure must hold to state it apart
from a negation in another clause."""


def _said_plainly_apart(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> bool:
    """Whether a clause of the passage with no negation states the claim by
    itself, its words and figures: the negation beside it negates something
    else ("……最高罚款为新台币1200元,并无3万元罚则")."""
    text = analysis.text.lower()
    clauses = [text[start:end] for start, end in fact_clauses(text, analysis.values)]
    held = [coverage(claim, [side_of_text(c)], lexicon) for c in clauses]
    negated = [(side_of_text(c), share) for c, (share, _) in zip(clauses, held)
               if claim.cues(c, "negation")]
    whole = side_of_text(text)
    # (A word of the subject's name the clause shortens, "Westvale" for
    # "Westvale Trains", may stand in a negated clause: "with no trains at
    # all on the Branmoor line" says nothing against the claim.)
    subject = {id(u) for u in leading_names(claim)}
    for clause, (share, missing) in zip(clauses, held):
        # (A clause reporting it, "此前有媒体报道称……", does not state it.)
        if claim.cues(clause, "negation") or claim.cues(clause, "report") \
                or not _figures_stated(claim, clause):
            continue
        # (Or most of it, where the negated clauses hold little of it and the
        # sentence nothing of what it lacks: "……并不含氯,因此……不可能产生二噁英,
        # 而二噁英一般要在……燃烧含氯物料时才会形成"; not "built by the county
        # militia, not, as is often said, by convicts".)
        if share >= SUPPORT_COVERAGE or share >= DENIAL_COVERAGE and negated \
                and all(h * 2 <= share for _, h in negated) \
                and not any(unit_share(u, whole, lexicon) == 1.0 for u in missing
                            if id(u) not in subject):
            return True
    # Or the clauses before the first negation together, every name of it
    # there: "……个人账户单笔取现10万元以上,需要登记资金来源或用途,但并不需要
    # 提前一天预约". (Those after a negation may be in its reach: "… of the
    # Bishop of Arlen, not, as is sometimes claimed, by envoys of the Emperor".)
    first = next((i for i, c in enumerate(clauses) if claim.cues(c, "negation")), len(clauses))
    plain = " ".join(c for c in clauses[:first] if not claim.cues(c, "report"))
    if len(plain) < len(text) and _figures_stated(claim, plain):
        share, missing = coverage(claim, [side_of_text(plain)], lexicon)
        return not any(u.name or u.entity for u in missing) and (
            share >= SUPPORT_COVERAGE or share >= DENIAL_COVERAGE and negated
            and all(h * 2 <= share for _, h in negated)
            and not any(unit_share(u, whole, lexicon) == 1.0 for u in missing
                            if id(u) not in subject))
    return False


def _figures_stated(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT writes the claim's numbers and states a value agreeing
    with each of its values."""
    # (A number before a range's mark or 之 is the number: "7.35到7.45之间"
    # writes 7.35 and 7.45, as does "7.35至7.45之间".)
    if not all(n.rstrip(_RANGE_MARKS) in text for n in claim.numbers):
        return False
    stated = _parsed_values(text) if claim.values else ()
    return all(any(compare.comparable(value, v) and compare.relation(value, v) == "agree"
                   for v in stated) for value in claim.values)


_RANGE_MARKS = "\u5230\u81f3\u4e4b~-"   # 到, 至, 之


def _verdict_then_negation(claim: OpenClaim, text: str, denial: tuple[int, int, str],
                           negation: str) -> bool:
    """Whether the DENIAL of TEXT is a verdict pointing back at what was said
    before it (``_points_back``: "该说法没有科学依据"), or a verb of disputing
    it (``dispute``: "天文台今日澄清,天文台从未作出有关预测"), and the NEGATION
    stands after it, the speaker's own statement."""
    clauses = split_clauses(text)
    start, end = clauses[clause_index(clauses, denial[0])]
    found = text.find(negation, denial[1])
    # (A disputing verb's own clause is what it disputes: "denied claims that
    # he failed to declare"; in Chinese, the clause after it the speaker's
    # statement: "天文台今日澄清,天文台从未作出有关预测". English goes on with
    # what is disputed over commas: "denied reports that one of …, the Lumen
    # spectrometer, had failed".)
    return found >= 0 and (_points_back(claim, text[start:denial[0]])
                           or bool(claim.cues(denial[2], "dispute")) and found >= end
                           and bool(CJK_RUN.match(denial[2])))


def _universal_negated(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT negates a word saying something holds of all ("Not all
    of …", "并非所有……")."""
    lowered = text.lower()
    negations = claim.cues(lowered, "negation")
    return any(end <= start and not lowered[end:start].strip()
               for start, _, _ in claim.cues(lowered, "universal")
               for _, end, _ in negations)


# An English clause brought in by "that", maybe after an aside between commas
# ("the suggestion, frequently repeated on social media, that …").
_THAT_AFTER_ASIDE = re.compile(r"(?:\s*,[^,]*,)?\s*that\b", re.IGNORECASE)


def _verdict_on_another(claim: OpenClaim, analysis: Analysis, denial: tuple[int, int, str],
                        before: Sequence[Analysis], lexicon: Lexicon) -> bool:
    """Whether the passage's verdict (DENIAL) is on what was said before it,
    and the claim is what the passage goes on to state plainly: "该消息纯属
    谣言,……从未发布过……通告,现行的……尾号限行措施保持不变" calls the message
    of the sentence before false, not the rules in force. The claim's words
    stand more in the clauses after the verdict that neither negate, deny
    nor report than in the verdict's clause, the clauses before it and the
    sentence BEFORE."""
    text = analysis.text.lower()
    clauses = split_clauses(text)
    at = clause_index(clauses, denial[0])
    first, end = clauses[at]
    # Nor on what a speaker goes on to say in the clause after it: "……等讯息
    # 提出澄清,强调补选投票日仍为11月30日" states the date it keeps.
    stated = at + 1 < len(clauses) and _opens_with_speech(text[slice(*clauses[at + 1])])
    if not stated and not _points_back(claim, text[first:denial[0]]):
        return False   # "有流言称,……" calls false what follows
    # The claim's figures given after the verdict, and not in what it is on,
    # are what the source says instead: "上述报道'不实',本轮融资总额为8.5亿元".
    figures = [v for v in claim.values if v.kind in NUMERIC_KINDS]
    if figures and all(_agreeing_after(v, analysis.values, end) for v in figures) \
            and not any(_agreeing_after(v, a.values, 0)
                        for v in figures for a in before[:1]) \
            and not any(_agreeing_after(v, [s for s in analysis.values if s.start < end], 0)
                        for v in figures):
        return True
    plain = " ".join(text[start:stop] for start, stop in clauses if start >= end and not any(
        claim.cues(text[start:stop], kind) for kind in ("negation", "denial", "report")))
    if not plain.strip():
        return False
    target = [side_of_text(text[:end]), *(side(a) for a in before[:1])]
    said, denied = coverage(claim, [side_of_text(plain)], lexicon)[0], \
        coverage(claim, target, lexicon)[0]
    return said > denied or stated and said == denied == 1.0


def _agreeing_after(claimed: Value, values: Sequence[Value], start: int) -> bool:
    """Whether one of VALUES from START on agrees with CLAIMED."""
    return any(v.start >= start and compare.comparable(claimed, v)
               and compare.relation(claimed, v) == "agree" for v in values)


def _opens_with_speech(clause: str) -> bool:
    """Whether CLAUSE opens with a verb of saying (``speech_verbs``: 强调,
    表示; "saying")."""
    opening = clause.lstrip(" ,，、")
    return any(opening.startswith(verb) for verb in grammar("zh").speech_verbs) \
        or any(re.match(rf"(?:and\s+)?{re.escape(verb)}\b", opening)
               for verb in grammar("en").speech_verbs)


def stated_after_verdict(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether every denial of TEXT (a passage's, normalised) stands in a
    clause before that of the figure at AT and points back at what was said
    before it ("相关传言“完全不实”，公司目前员工总数约为2.1万人"): the figure is
    what the source states instead."""
    lowered = text.lower()
    cues = claim.cues(lowered, "denial")
    if at < 0 or not cues:
        return False
    clauses = split_clauses(lowered)
    own = clause_index(clauses, at)
    return all(clause_index(clauses, start) < own and _points_back(
        claim, lowered[clauses[clause_index(clauses, start)][0]:start]) for start, _, _ in cues)


def _points_back(claim: OpenClaim, opening: str) -> bool:
    """Whether OPENING (a clause up to its denial word) opens with a word
    pointing back at what came before ("事实上这是……", "but this is"; not
    "said the claim that …", which says what it denies)."""
    for at, subject_end, _ in claim.cues(opening, "verdict_subjects"):
        before = opening[:at]
        if sum(map(len, CJK_RUN.findall(before))) <= _OPENER_CJK_CHARS \
                and all(is_stop_word(w) for w in LATIN_WORD.findall(before)):
            return True
        # (Or after a speaker, the denial right after it: "市教育考试院表示该数字
        # 没有任何依据"; not "said the claim that vinegar softens arteries is
        # false".)
        end = len(before.rstrip(" ,:\uff0c\uff1a"))
        if any(stop == end for _, stop, _ in claim.cues(before, "speech_verbs")) \
                and len(opening[subject_end:].strip()) <= _OPENER_CJK_CHARS:
            return True
    return False


_OPENER_CJK_CHARS = 3   # 事实上, 但是


# A clause holding no more than this besides its denial word is a bare
# verdict on the clauses before it ("这是谣言", "but this is false").
_VERDICT_CJK_CHARS = 8
_VERDICT_LATIN_WORDS = 4


def _denies_what_follows(surface: str, after: str) -> bool:
    """Whether a denial word (SURFACE) says there is no evidence for AFTER,
    the words after it in its clause ("并没有任何证据|表明它具有致癌性", "no
    evidence|that it causes cancer")."""
    lowered = surface.lower()
    return bool(CJK_RUN.search(after) or LATIN_WORD.search(after)) \
        and any(w in lowered for lang in ("zh", "en") for w in grammar(lang).evidence)


def _names_what_it_denies(claim: OpenClaim, after: str, lexicon: Lexicon) -> bool:
    """Whether AFTER, the Chinese words after a denial word in its clause,
    name a thing of their own that it denies ("不存在|提前终止的安排"): none of
    the claim's words (not "不存在|全线停运情况" for 全线停运), nor a word
    pointing back ("不存在|此类情况": ``referring_openers``,
    ``verdict_subjects``). The clauses before it are not called false."""
    run = "".join(CJK_RUN.findall(after))
    zh = grammar("zh")
    if len(run) < _DENIED_OBJECT_CHARS or run.startswith((*zh.referring_openers,
                                                          *zh.verdict_subjects)):
        return False
    said = side_of_text(after)
    return not any(unit_share(u, said, lexicon) == 1.0 for u in claim.units if u.weight > 0)


_DENIED_OBJECT_CHARS = 5
"""Chinese characters after a denial word that name a thing of its own."""


def _rest_across_contrast(claim: OpenClaim, text: str, end: int, denied: str,
                          lexicon: Lexicon) -> bool:
    """Whether a word of the claim that DENIED (what a denial's clause says)
    lacks stands in TEXT after END in a clause a contrast conjunction opens
    (``contrast_conjunctions``, after a comma)."""
    lowered = text.lower()
    cuts = [start for start, _, _ in claim.cues(lowered[end:], "contrast_conjunctions")
            if lowered[:end + start].rstrip().endswith((",", "\uff0c"))]
    if not cuts:
        return False
    after = side_of_text(lowered[end + min(cuts):])
    held = side_of_text(denied)
    return any(u.weight > 0 and unit_share(u, held, lexicon) < 1.0
               and unit_share(u, after, lexicon) == 1.0 for u in claim.units)


def _number_in_another_clause(claim: OpenClaim, text: str) -> bool:
    """Whether a number of the claim no value reads (5微 of "每升5微克") stands
    in TEXT (a passage's) only in clauses lacking a word of the claim that
    another clause holds beside a number of the same form: in "……规定锑的限值
    为每升5微克,世界卫生组织的指导值为每升20微克" the 5 is not the WHO's."""
    # (One number: a claim of several pairs each with its word, "过程性评价占
    # 15分,现场统一考试占45分"; nor a day or a month, dated apart.)
    if len(claim.numbers) != 1 or claim.numbers[0][-1:] in _DATE_UNITS:
        return False   # (most claims)
    lowered = text.lower()
    words = [u for u in claim.units if u.weight > 0 and len(u.surface) > 1
             and not (u.entity or u.measure)]
    # (Clauses, or the parts semicolons separate: "……在60℃下放置7天,……最高为每升
    # 2.1微克;在常温25℃下……,仅为每升0.3微克".)
    cuts = [m.end() for m in SEMICOLON.finditer(lowered)]
    for clauses in (split_clauses(lowered), list(pairwise([0, *cuts, len(lowered)]))):
        for number in claim.numbers:
            found = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)(\D+)", number)
            if not found:
                continue
            form = re.compile(rf"(?<![0-9.,])[0-9]+(?:\.[0-9]+)?{re.escape(found.group(2))}")
            at_clause = {clause_index(clauses, m.start()): m.group()
                         for m in form.finditer(lowered)}
            own = {i for i, written in at_clause.items() if written == number}
            others = set(at_clause) - own
            if not own or not others:
                continue
            for unit in words:
                places = {clause_index(clauses, at) for f in _word_heads(unit)
                          for at in _starts(f, lowered)}
                if places and not places & own and places & others:
                    return True
    return False


_DATE_UNITS = "\u5e74\u6708\u65e5\u53f7\u65f6\u70b9"   # 年月日号时点


def _word_heads(unit: Unit) -> list[str]:
    """UNIT's forms, lowered, and for a Chinese word of three characters or
    more its first two (常温 of 常温下, written "常温25℃下")."""
    forms = [f.lower() for f in unit.forms if f]
    return forms + [f[:2] for f in forms if len(f) >= 3 and CJK_RUN.fullmatch(f)]


def _quoted_word_missing(claim: OpenClaim, missing: Sequence[Unit]) -> bool:
    """Whether a word of the claim the passage lacks (MISSING) is a short
    quotation of the claim by itself ("被评为“高”", "rated 'high'"): what is
    quoted is what the claim asserts."""
    if not missing:
        return False
    quoted = {q.group()[1:-1].strip().lower() for q in _QUOTATION.finditer(claim.text)}
    return any(u.surface.lower() in quoted for u in missing)


def _quotes_another_thing(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (what follows a denial in its clause) quotes something
    holding no word of the claim: "不存在“年底清零”的规定" denies that, not
    what the claim says ("并无网传所谓「增肌激素」的说法" denies the claim's)."""
    # (A quotation of the verdict itself, "澄清说法「绝无此事」", names nothing.)
    quoted = " ".join(q.group() for q in _QUOTATION.finditer(text)
                      if not denials(claim, q.group())
                      and not claim.cues(q.group(), "negation")).lower()
    return bool(quoted) and not any(f and f.lower() in quoted for u in claim.units
                                    if u.weight > 0 for f in u.forms)


def _opening_verdict_covers(claim: OpenClaim, text: str, end: int,
                            found: Sequence[tuple[int, int, str]], lexicon: Lexicon) -> bool:
    """Whether a verdict opening TEXT (ending at END) reaches the claim: when
    a later denial of FOUND closes a clause with more said after it, what
    stands up to that clause must hold the claim ("她澄清,网传“……不涨”也系
    误读,……同步调整": the correction after it is not denied)."""
    later = [start for start, _, _ in found if start >= end]
    if not later:
        return True
    clauses = split_clauses(text)
    stop = clauses[clause_index(clauses, min(later))][1]
    return not text[stop:].strip(" \u3002.!?\uff01\uff1f") \
        or coverage(claim, [side_of_text(text[:stop])], lexicon)[0] >= DENIAL_COVERAGE


def _bare_verdict(rest: str) -> bool:
    """Whether REST (a clause without its denial word) says nothing else."""
    return sum(map(len, CJK_RUN.findall(rest))) <= _VERDICT_CJK_CHARS \
        and len(LATIN_WORD.findall(rest)) <= _VERDICT_LATIN_WORDS


def _names_a_thing(claim: OpenClaim, text: str, cue: tuple[int, int, str]) -> bool:
    """Whether a denial word of TEXT describes a thing rather than calling a
    statement false. In English: it follows a prefix ("anti-fake news law") or
    stands before a noun that is neither a word of the claim nor a
    statement ("a false alarm", "mistaken identity"; not "false claims
    that …" or "falsely claimed": ``statement_words`` in the grammar),
    begins a name ("False Creek"), or is the object of a word of a topic
    ("spread misinformation", "from Greek myth"). In Chinese: it names a
    kind (谣言类案件) or follows a word of a topic (散布谣言)."""
    start, end, surface = cue
    if not surface.isascii():
        # Chinese: a kind (谣言类案件, ``kind_characters``) or what an act
        # is done to (散布谣言: ``topic_before``).
        zh = grammar("zh")
        return text[end:end + 1] in zh.kind_characters \
            or text[:start].endswith(tuple(zh.topic_before) or ("\0",))
    if text[max(0, start - 1):start] == "-":
        return True
    # Talked of, not called so: "platforms that spread misinformation",
    # "objects from Greek myth" (``topic_before`` in the grammar).
    # (The word before, or the one before a capitalised one: "from Greek
    # myth"; not "The study found no evidence".)
    before = LATIN_WORD.findall(text[max(0, start - 30):start])[-2:]
    topic = grammar("en").topic_before
    if before and (before[-1].lower() in topic or len(before) == 2
                   and before[-1][:1].isupper() and before[0].lower() in topic):
        return True
    after = _NEXT_LATIN_WORD.match(text, end)
    if after is None:
        return False
    if surface[:1].isupper() and after.group(1)[:1].isupper():
        return True   # a name: "False Creek"
    word = after.group(1).lower()
    if is_stop_word(word) or word in grammar("en").statement_words:
        return False
    return not any(word == f.lower() or stem(word) in u.stems for u in claim.units for f in u.forms)


def _scoped_negation(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> str:
    """A negation word of the passage right before one of the claim's words
    found there: "尚无专门用于预防…的药物" negates what "已有专门预防…的药物"
    asserts, while a negation elsewhere in the sentence ("未上市的公司")
    says nothing about the claim's words. A negation before one of the
    claim's names negates what is said of it too: "总部并不在上海" does not
    state "总部在上海"."""
    return scoped_cue(claim, analysis.text, "negation", names=True) \
        or _plan_negated(claim, analysis.text)


def _own_negation(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> str:
    """``_scoped_negation``, but not one inside a quotation the passage
    reports or calls false: "网传“……今年不再发放津贴”的说法系误读,……继续按月
    领取" does not say the opposite of "……继续按月领取高龄津贴"."""
    text = _reported_quotations_blanked(claim, analysis.text)
    if text == analysis.text:
        return _scoped_negation(claim, analysis, lexicon)
    return scoped_cue(claim, text, "negation", names=True) or _plan_negated(claim, text)


def _misstatement_of_another(claim: OpenClaim, analysis: Analysis, negation: str,
                             agreeing: Sequence[Value]) -> bool:
    """Whether NEGATION is a misstatement word (``misstatements``: 误植) and
    the claim's figure the passage states is not the one it calls misstated:
    "误植为4.1%,正确数字应为3.4%" says nothing against the 3.4%."""
    at = _figure_at(agreeing, analysis, strict=True)
    return at >= 0 and bool(claim.cues(negation, "misstatements")) \
        and not misstated_at(claim, analysis.text.lower(), at)


def _negation_in_relative_clause(claim: OpenClaim, text: str, negation: str) -> bool:
    """Whether every NEGATION word of TEXT (a passage's, English) stands in a
    relative clause, a relative pronoun and at most two words before it
    ("… as farmers who could not plant wheat switched crops"): it says what
    the noun before is, not the opposite of the main clause."""
    pronouns = grammar("en").relative_pronouns
    lowered = text.lower()
    found = [start for start, _, surface in claim.cues(text, "negation") if surface == negation]
    return bool(found) and all(
        (words := [m.group() for m in LATIN_WORD.finditer(lowered[max(0, at - 40):at])][-3:])
        and any(w in pronouns for w in words) for at in found)


def _negation_in_condition(claim: OpenClaim, text: str, negation: str) -> bool:
    """Whether every NEGATION word of TEXT (a passage's) stands in a clause
    a condition word (``conditions``: 如果, "if") opens before it: "如果业绩不达标
    或上市失败,投资方可能要求公司回购股份" says what would follow, not that
    anything failed."""
    conditions = [start for start, _, _ in claim.cues(text, "conditions")]
    if not conditions:
        return False   # (most passages)
    clauses = split_clauses(text)
    found = [start for start, _, surface in claim.cues(text, "negation") if surface == negation]
    return bool(found) and all(
        any(clauses[clause_index(clauses, at)][0] <= c < at for c in conditions) for at in found)


def _said_under_condition(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether a clause of TEXT (a passage's) that a condition word opens
    (``conditions``: 如果, "if") holds most of the claim's words: "if Tarrow
    Foods opens its bakery in June, the county will pay" says what would
    follow, not that it opened. (Not a condition holding one word of it:
    "There is no evidence it causes arthritis, but if cracking comes with
    pain, see a doctor".)"""
    conditions = claim.cues(text, "conditions")
    if not conditions:
        return False   # (most passages)
    clauses = split_clauses(text)
    for start, _, _ in conditions:
        at = clause_index(clauses, start)
        first, end = clauses[at]
        held = coverage(claim, [side_of_text(text[start:end])], lexicon)[0]
        # (Not a claim stating the rule, the condition and some of what
        # follows: "血液pH值低于7.35时属于酸中毒" of "若血液pH值低于7.35，就是酸中毒".)
        if held >= CONDITION_COVERAGE and not (
                held < SUPPORT_COVERAGE and at + 1 < len(clauses)
                and coverage(claim, [side_of_text(text[start:clauses[at + 1][1]])],
                             lexicon)[0] - held >= RULE_COVERAGE):
            return True
        # And the clause after one opening with the condition, which says
        # what would follow, where the claim drops the condition: "若反应理想，
        # 明年将增开花莲来回班次" does not say that the service will be added.
        if at + 1 < len(clauses) and not _WORD_CHARACTER.search(text, first, start) \
                and held == 0.0 \
                and coverage(claim, [side_of_text(text[slice(*clauses[at + 1])])],
                             lexicon)[0] >= CONDITION_COVERAGE:
            return True
    return False


_WORD_CHARACTER = re.compile(r"[^\W_]")
"""A letter, digit or Chinese character: a word before a condition word."""


CONDITION_COVERAGE = 0.5
"""Share of the claim's words a clause under a condition must hold to be
taken for the claim said under it."""
RULE_COVERAGE = 0.2
"""Share of the claim's words the clause after a condition adds when the
claim states the rule, the condition with what follows from it."""


def _reported_quotations_blanked(claim: OpenClaim, text: str) -> str:
    """TEXT with the negation words blanked that stand inside a quotation a
    report word brings in or a denial closes in its clause (the quoted words
    are someone else's; a negation before the quotation is the passage's:
    "并无网传所谓「增肌激素」的说法")."""
    if not _QUOTATION.search(text):
        return text   # (most passages)
    clauses = split_clauses(text)
    reports = [start for start, _, _ in claim.cues(text, "report")]
    denied = [start for start, _, _ in denials(claim, text)]
    negations = claim.cues(text, "negation")
    blanked = text
    for quoted in _QUOTATION.finditer(text):
        first, last = clauses[clause_index(clauses, quoted.start())]
        if any(first <= at < quoted.start() for at in reports) \
                or any(quoted.end() <= at < last for at in denied):
            for start, end, _ in negations:
                if quoted.start() < start and end < quoted.end():
                    blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    return blanked


def _plan_negated(claim: OpenClaim, text: str) -> str:
    """A negation right before a plan word (``modal``) of the passage, where
    the claim states a plan and a word of it follows in the plan's clause:
    "has no plans to exit its professional services business" negates
    "plans to sell its professional services unit"."""
    if not claim.cues(claim.text, "modal"):
        return ""
    lowered = text.lower()
    clauses = split_clauses(lowered)
    said = [u for u in claim.units if not (u.entity or u.name)]
    for _, end, surface in claim.cues(text, "negation"):
        plan = next(((s, e) for s, e, _ in claim.cues(text, "modal") if not lowered[end:s].strip()),
                    None)
        if plan is None:
            continue
        rest = lowered[plan[1]:clauses[clause_index(clauses, plan[0])][1]]
        if any(_stands_in(f.lower(), rest) for u in said for f in u.forms if f):
            return surface
    return ""


# Characters a clause may hold besides a cue word for the cue to frame the
# clause after it ("专家预计,", "据悉,").
FRAME_CHARS = 4
FRAME_CLAUSE_CHARS = 10
"""The most characters of a clause framing the next ("网上近日有传言指")."""


def framing_cue(claim: OpenClaim, passage_text: str, kind: str, figure: int = -1) -> str:
    """A KIND word ('modal') that stands in a short clause of its own and so
    frames the clause after it ("专家预计,明年该市房价将下降10%"), when that
    clause holds one of the claim's words other than its names; else ''."""
    clauses = split_clauses(passage_text)
    lowered = passage_text.lower()
    contents = [form for unit in claim.units if not unit.entity and not unit.name
                for form in unit.forms if form]
    for start, end, surface in claim.cues(passage_text, kind):
        at = clause_index(clauses, start)
        first, last = clauses[at]
        # A short clause holding none of the claim's words frames the next
        # one however its cue is dressed ("网上近日有传言指,……").
        bare = last - first <= FRAME_CLAUSE_CHARS and at + 1 < len(clauses) \
            and not any(form in lowered[first:last] for form in contents)
        # So does a clause of any length a Chinese plan verb closes, as a verb
        # of saying does ("……旅游厅在节前预测,黄金周……将突破6000万人次"), when
        # the clauses after it hold more of the claim's words than the rest of
        # the passage (not 目标 of "不但完成了目标,还新增……", nor "首席预报员梁绮文
        # 介绍,根据……预测,今冬……" for "梁绮文是……首席预报员").
        if not bare and kind == "modal" and at + 1 < len(clauses) \
                and not lowered[end:last].strip(_CLOSING_MARKS) and _plan_verb(surface):
            framed_start = clauses[at + 1][0]
            found = _SENTENCE_END.search(lowered, framed_start)
            framed_end = found.start() if found else len(lowered)
            rest = lowered[:framed_start] + " " + lowered[framed_end:]
            bare = sum(form in lowered[framed_start:framed_end] for form in contents) \
                > sum(form in rest for form in contents)
        if not bare and start - first <= FRAME_CHARS \
                and (last - first) - (end - start) > FRAME_CHARS:
            # A cue opening a longer clause frames the rest of it ("预计今年该市
            # GDP将增长5%"), when the claim's figure (at FIGURE) stands there.
            if not end <= figure < last:
                continue
            framed = lowered[end:last]
        elif not bare and ((last - first) - (end - start) > FRAME_CHARS
                           or at + 1 >= len(clauses)):
            continue
        else:
            # (A plan verb closing its clause frames its sentence to the end:
            # "气象台预计,……仍将维持……高温天气,局地最高气温可达40℃"; not another
            # cue, "我们或许只能看到,……": ``_framed_sentence``.)
            framed = lowered[slice(*clauses[at + 1])]
            if bare and _plan_verb(surface) and not lowered[end:last].strip(_CLOSING_MARKS):
                framed = _framed_sentence(lowered, clauses, at, end)
        if any(form in framed for form in contents):
            return surface
    return ""


_CLOSING_MARKS = " ,;:，；：、"
"""What may follow a cue closing its clause."""


def _framed_sentence(text: str, clauses: Sequence[tuple[int, int]], at: int, end: int) -> str:
    """The clauses of TEXT after clause AT, whose plan verb ends at END, to
    the end of its sentence or a clause a contrast opens ("超出市府预期;但……"
    frames nothing past its semicolon; "……,但……" turns to another fact)."""
    stop = sentence_end(text, end)
    turns = grammar("zh").contrast_conjunctions
    framed = []
    for start, last in clauses[at + 1:]:
        if start >= stop or text[start:last].lstrip().startswith(turns):
            break
        framed.append(text[start:last])
    return " ".join(framed)


def _plan_verb(word: str) -> bool:
    """Whether WORD, a Chinese plan word, is a verb by jieba's tag (预测,
    预计; not 目标, 计划 as nouns)."""
    tagged = tagged_words(word) if CJK_RUN.fullmatch(word) else ()
    return len(tagged) == 1 and tagged[0][1].startswith(_VERB_TAG)


_COMMA_CUES = ("demands", "future_words")
"""Cues that reach over a comma right after them to the clause it opens."""
_CLAUSE_CUES = ("dispute", "report", "modal", "appeals", "demands", "future_words", "unsettled")


def scoped_cue(claim: OpenClaim, passage_text: str, kind: str, adjacent: bool = False,
               lexicon: Lexicon | None = None, names: bool = False,
               context: Sequence[str] = ()) -> str:
    """A KIND word of the passage ('negation', 'modal'; PASSAGE_TEXT: its
    normalised text) right before one of the claim's words found there (with
    ADJACENT, with nothing but spaces between them), or ''. A 'dispute' or
    'report' word reaches to the end of its clause: "denied reports that it
    had cut 200 jobs", "It is rumoured that the singer earned …"; with
    LEXICON, not when the passage states the claim outside that reach too
    ("共有12名跑者……接受救治,网传'有跑者……猝死'的消息不实" reports only the
    rumour, though a word of the claim stands in it; the sentences of
    CONTEXT, before it, may hold the topic it leaves out there: "嘉禾县文旦
    产销协会……" then "……否认网络传言「今年文旦……」, 指出今年产量约2.6万公吨").
    With NAMES, a cue before one of the claim's names counts too."""
    cues = claim.cues(passage_text, kind)
    if not cues:
        return ""   # (most passages: the claim's words need not be looked for)
    text = passage_text.lower()
    # A plan word governs the places and names after it too ("计划明年在科创板
    # 上市"); other cues only what is said of them.
    said = [u for u in claim.units if kind == "modal" or names or not u.entity and not u.name]
    # A near synonym counts where the word itself is not said: "委托……检验所检测,
    # 结果均未检出塑胶成分" tested the samples, though 检出 (a variant of
    # 检测) stands after 未.
    found = {at for u in said for f in (*u.forms, *_unsaid_variants(u, text)) if f
             for at in _starts(f, text)}
    # English words of the passage whose stem is one of the claim's (or of
    # its Chinese words' glosses): "is not open" for 不对……开放.
    found |= _stem_places(said, text)
    # And those saying one of them in other words ("has not yet started" for
    # "has begun").
    found |= {m.start() for m in LATIN_WORD.finditer(text) if m.start() not in found
              and any(_said_alike(u, m.group()) for u in said)}
    starts = sorted(found)
    for start, end, surface in cues:
        if kind == "modal" and _names_plan(claim, surface):
            continue   # "abandoned plans for a wind farm" is about the plan
        if kind == "negation" and (_negates_list_item(text, start, end)
                                   or _negates_subject_modifier(claim.text, text, start, end)):
            continue
        # 无 of "无机砷" makes a noun (inorganic): it negates no word after it.
        noun_end = noun_end_at(text, start) if kind == "negation" and end - start == 1 else -1
        for at in starts:
            if at < end:
                continue
            if noun_end >= 0 and at >= noun_end:
                break
            gap = text[end:at]
            if _reach_cut(gap, kind) or kind == "negation" and _corrected(text, end, starts):
                break   # "并非食人鱼,而是淡水白鲳", "该传言源于……的一份征求意见稿"
            if kind == "negation" and _negates_another_word(gap):
                break   # "would not veto the budget" negates the veto, not the budget
            if kind == "negation" and names and _described_after(claim, text, at):
                break   # "played without Kovac, who fractured his wrist" asserts the fracture
            if not gap.strip() if adjacent \
                    else within_clause(gap) or kind == "report" and _speech_carries(claim, gap, surface) \
                    or kind in _COMMA_CUES and gap[:1] in ",:" and within_clause(gap[1:]) \
                    or kind == "modal" and continues_clause(gap) \
                    if kind in _CLAUSE_CUES else within_reach(_unsaid(claim, gap), surface) \
                    or kind == "halts" and _undone_described(gap) \
                    or kind == "negation" and _no_before_predicate(claim, surface, gap,
                                                                   text, at):
                if lexicon is not None and kind in _CLAUSE_CUES \
                        and _stated_outside(claim, text, cues, lexicon, kind, context):
                    return ""
                return surface
            break
    return ""


def _no_before_predicate(claim: OpenClaim, cue: str, gap: str, text: str, at: int) -> bool:
    """Whether the negation CUE is "no" before a noun phrase of at most
    ``NOUN_PHRASE_WORDS`` words and the GAP after it ends in a form of "be"
    (``passive_markers``) and at most an adverb, and the claim's word at AT
    of TEXT (a passage's, lowered) is said after a form of "be" in the claim
    too: "no Sorrel fever vaccine is currently approved" denies "BTX-7 has
    been approved" (not "received 74 reports" by "no injuries have been
    reported")."""
    if cue.lower() != "no" or not within_clause(gap):
        return False
    words = LATIN_WORD.findall(gap.lower())
    markers = grammar("en").passive_markers
    first = next((i for i, w in enumerate(words) if w in markers), -1)
    rest = words[first + 1:]
    if not (1 <= first <= NOUN_PHRASE_WORDS and len([w for w in rest if w not in markers]) <= 1
            and all(w in markers or w.endswith("ly") or w == "yet" for w in rest)):
        return False
    word = LATIN_WORD.match(text, at)
    claimed = LATIN_WORD.findall(claim.text.lower())
    return word is not None and any(
        stem(w) == stem(word.group()) and i and claimed[i - 1] in markers
        for i, w in enumerate(claimed))


NOUN_PHRASE_WORDS = 4
"""Words of the noun phrase a "no" before a form of "be" may deny."""


def _described_after(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether a name of the claim starts at AT of TEXT (a passage's,
    lowered) and a relative clause describing it follows ("Kovac, who
    fractured his wrist"): a negation before the name does not reach what
    the clause says of it."""
    forms = sorted({f.lower() for u in claim.units if u.name or u.person or u.entity
                    for f in u.forms if f}, key=len, reverse=True)
    end = at
    # (Past each word of a name of several: "Andre Kovac, who …".)
    while form := next((f for f in forms if text.startswith(f, end)), ""):
        end += len(form)
        end += len(text[end:]) - len(text[end:].lstrip(" "))
    if end == at:
        return False
    pronoun = LATIN_WORD.match(text[end:end + _RELATIVE_REACH].lstrip(" ,"))
    if not pronoun or pronoun.group() not in grammar("en").relative_pronouns:
        return False
    # What the claim says of the name must all stand in that clause: "Kovac
    # played in the final" is what "played without … Kovac, who …" denies.
    said = [u for u in claim.units if not (u.name or u.person or u.entity) and u.weight > 0]
    places = {p for u in said for f in u.forms if f for p in _starts(f.lower(), text)}
    places |= _stem_places(said, text)
    return bool(places) and min(places) > end


def _stem_places(units: Sequence[Unit], text: str) -> set[int]:
    """Where the English words of TEXT (lowered) stand whose stem is one of
    UNITS' or of their glosses'."""
    stems = {s for u in units for s in (*u.stems, *(s for g in u.glossed for s in g))}
    return {m.start() for m in LATIN_WORD.finditer(text) if stem(m.group()) in stems}


_RELATIVE_REACH = 12
"""Characters after a name within which a relative pronoun describes it."""


def undone_after(claim: OpenClaim, text: str, lexicon: Lexicon, kind: str = "halts") -> bool:
    """Whether a KIND word stopping or undoing something (``halts``) or
    disputing it (``dispute``) stands in TEXT (a passage's) in the passive
    after the words of its clause, and those words hold a figure or most
    words of the claim: "the 2020 award was cancelled" says no medal was
    awarded in 2020 (2020年的颁奖被取消 likewise), and "The claim that the SS
    Ellen … was the first passenger steamer in Avelland is disputed" does
    not say that it was."""
    lowered = text.lower()
    clauses = split_clauses(lowered)
    markers = tuple(w for language in ("zh", "en") for w in grammar(language).passive_markers)
    for start, _, _ in claim.cues(lowered, kind):
        first, _ = clauses[clause_index(clauses, start)]
        before = lowered[first:start].rstrip()
        if not before.endswith(markers):
            continue
        # (What is stopped is the claim's: its figure, or most of its words.)
        if claim.values:
            if any(v.surface.lower() in before for v in claim.values):
                return True
            continue
        words = [u for u in claim.units if u.weight > 0 and not (u.entity or u.name or u.person)]
        subject = side_of_text(before)
        held = sum(u.weight for u in words if unit_share(u, subject, lexicon) == 1.0)
        if words and held >= _HALTED_SHARE * sum(u.weight for u in words):
            return True
    return False


_HALTED_SHARE = 0.5
"""Share of the claim's words (not its names) before a halting word that
makes what is halted the claim's."""


def _undone_described(gap: str) -> bool:
    """Whether GAP, between a word undoing a decision and a word of the
    claim, is the object undone and a relative clause describing it: "overturned
    a 2023 ruling that had ordered …" undoes the order."""
    words = [m.group() for m in LATIN_WORD.finditer(gap.lower())]
    return within_clause(gap) and len(words) <= _UNDONE_WORDS \
        and any(w in grammar("en").noun_relatives for w in words[1:])


# Words an object undone and its relative pronoun may take ("a 2023 ruling
# that had").
_UNDONE_WORDS = 7


def _negates_another_word(gap: str) -> bool:
    """Whether GAP, between an English negation and a word of the claim, is
    a verb of its own and the article of its object, the verb being what is
    negated: "would not veto the budget" says nothing against "warned of a
    budget gap". (Not "is not expected to pass", nor "did not win the".) The
    verb may take a preposition: "declined to comment on a report that …"
    denies nothing the report says."""
    words = gap.split()
    if len(words) == 3 and words[1].isalpha() and is_stop_word(words[1]):
        words = [words[0], words[2]]
    return len(words) == 2 and words[1].lower() in grammar("en").determiners \
        and words[0].isalpha() and not is_stop_word(words[0]) \
        and not words[0].lower().endswith("ly")


def _negates_list_item(text: str, start: int, end: int) -> bool:
    """Whether the Chinese negation at START-END of TEXT opens a list's item
    that a relative clause makes (", 以及无法使用其他……治疗方案的人群"): it
    says who the item is, not that the sentence's predicate does not hold."""
    before = text[:start].rstrip()
    if not before.endswith((_LIST_COMMA, *grammar("zh").list_joiners)):
        return False
    clauses = split_clauses(text)
    clause = text[end:clauses[clause_index(clauses, start)][1]].rstrip("。.;；!！ ")
    # The item ends with the noun its relative clause describes (……的老人).
    return any(0 < (at := clause.rfind(marker)) and 0 < len(clause) - at - len(marker) <= 4
               and CJK_RUN.fullmatch(clause[at + len(marker):]) is not None
               for marker in grammar("zh").relative_markers)


def _negates_subject_modifier(claim_text: str, text: str, start: int, end: int) -> bool:
    """Whether the Chinese negation at START-END of TEXT opens its clause
    inside a relative clause describing the clause's subject, with what is
    said of it after (",未越过停止线的车辆应当停车等待"), where the claim
    describes its subject by the same words (已经越过停止线的车): it says
    which vehicles, not that none crossed. (Not where the claim says the
    relative clause's words of its subject: "未参与研究的……贺兰舟表示" says
    "贺兰舟并未参与这项研究".)"""
    clauses = split_clauses(text)
    low, high = clauses[clause_index(clauses, start)]
    if not CJK_RUN.fullmatch(text[end:end + 1] or "x") \
            or text[low:start].strip(" ,\uff0c;\uff1b") != "":
        return False
    clause = text[end:high]
    claimed = claim_text.lower()
    for marker in grammar("zh").relative_markers:
        at = clause.find(marker)
        # (The noun the relative clause describes, then a predicate of it.)
        if 0 < at and len(clause) - at - len(marker) > _SUBJECT_AND_PREDICATE_CJK \
                and CJK_RUN.match(clause[at + len(marker):]) \
                and clause[max(0, at - 2):at] + marker in claimed:
            return True
    return False


_SUBJECT_AND_PREDICATE_CJK = 4


def _negates_report(claim: OpenClaim, text: str) -> bool:
    """Whether a negation of TEXT reaches a report word after it ("没有网传",
    "无法靠传言宣称"): what is reported is then denied."""
    reports = claim.cues(text, "report")
    return any(end <= start and within_reach(text[end:start], surface)
               for _, end, surface in claim.cues(text, "negation")
               for start, _, _ in reports)


def _figure_denied(claim: OpenClaim, analysis: Analysis) -> str | None:
    """The figure of the claim a negation of the passage denies as something
    said (a ``statement_words`` word between: "根本没有所谓的100多辆车", "no
    so-called 100 cars"), the same figure of the same thing; else None. What
    the passage says of it is that it was not so, however little else of
    the claim it words."""
    text = analysis.text.lower()
    if not claim.cues(text, "negation"):
        return None   # (most passages)
    for value in (v for v in claim.values if v.kind in NUMERIC_KINDS):
        for stated in analysis.values:
            if compare.comparable(value, stated) and compare.relation(value, stated) == "agree" \
                    and _thing_after(claim.text.lower(), value.end) == _thing_after(text, stated.end) \
                    and denied_as_said(claim, text, stated.start):
                return stated.surface
    return None


def _counted_none(claim: OpenClaim, analysis: Analysis) -> str:
    """A count of none in the passage (0个) whose clause holds a word of a
    claim that gives no figure and says some of a thing exist
    (``existence_words``: "仍有……断面水质为劣Ⅴ类" against "劣Ⅴ类断面为0个"),
    as the passage writes it; else ''."""
    if any(v.kind in NUMERIC_KINDS for v in claim.values) \
            or not claim.cues(claim.text, "existence_words"):
        return ""
    text = analysis.text.lower()
    clauses = split_clauses(text)
    for value in analysis.values:
        if value.kind == "count" and value.anchor == 0 and value.hedge == "exact":
            said = text[clauses[clause_index(clauses, value.start)][0]:value.start]
            if any(len(f) > 1 and f.lower() in said for u in claim.units if u.weight
                   for f in u.forms):
                return value.surface
    return ""


def _stated_after_denied_figure(claim: OpenClaim, analysis: Analysis,
                                agreeing: Sequence[Value]) -> bool:
    """Whether each figure of the claim agrees with the passage only after a
    figure the passage denies as said ("并没有所谓的300多家,实际停业的蛋鸡场为17
    家"): the claim is what the source gives instead, not what it reports."""
    text = analysis.text.lower()
    denied = [v for v in analysis.values if denied_as_said(claim, text, v.start)]
    numeric = [v for v in claim.values if v.kind in NUMERIC_KINDS]
    if not denied or not numeric:
        return False
    pairs = _agreeing_pairs(agreeing, analysis)
    return all(any(c is v and s.start >= denied[0].end for c, s in pairs) for v in numeric)


def denied_as_said(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT (lower case) stands right after a
    negation and a word bringing it in as something said ("根本没有所谓的100
    多辆车"): the source states no such figure."""
    said = [w for language in ("en", "zh") for w in grammar(language).statement_words]
    for _, end, _ in claim.cues(text, "negation"):
        gap = text[end:at]
        if end <= at and len(gap) <= _DENIED_FIGURE_GAP and any(word in gap for word in said) \
                and not _unsaid(claim, gap).strip(" \u7684").strip():
            return True
    # So does a figure in a quotation right after a negation ("并无「全面调涨
    # 30%」之事").
    quoted = next((m for m in _QUOTATION.finditer(text) if m.start() < at < m.end()), None)
    return quoted is not None and any(
        end <= quoted.start() and not _unsaid(claim, text[end:quoted.start()]).strip(" \u7684").strip()
        for _, end, _ in claim.cues(text[:quoted.start()], "negation"))


def _thing_after(text: str, at: int) -> str:
    """What the figure ending at AT of TEXT counts: the stem of the Latin word
    after it, or the Chinese character (车 of 100多辆车); '' when neither."""
    if CJK_RUN.match(text, at):
        return text[at]
    return _noun_after(text, at)


DENIED_FIGURE_COVERAGE = 0.1
"""Share of the claim a passage denying its very figure must hold (``_figure_denied``)."""
_DENIED_FIGURE_GAP = 12
"""Characters between such a negation and the figure."""


def _unsaid(claim: OpenClaim, gap: str) -> str:
    """GAP, between a negation and a word of the claim, without the words
    that only bring in what is negated as something said (``report``, the
    grammar's ``statement_words``, quotation marks): "没有网传所谓「促长荷尔蒙」
    的说法" negates 促长荷尔蒙 as "没有「促长荷尔蒙」的说法" does."""
    said = [(start, end) for start, end, _ in claim.cues(gap, "report")]
    for language in ("en", "zh"):
        for word in grammar(language).statement_words:
            if not word.isascii():
                said += [(m.start(), m.end()) for m in re.finditer(re.escape(word), gap)]
    kept = "".join(ch for at, ch in enumerate(gap) if not any(s <= at < e for s, e in said))
    return kept.translate(_QUOTATION_MARKS)


_QUOTATION_MARKS = str.maketrans("", "", "\"'\u201c\u201d\u2018\u2019\u300c\u300d\u300e\u300f")


def _spelled_written(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's, normalised) writes each count the claim
    writes that no value reads, in words or digits ("Five" of "Five of the
    52 glaciers"): a passage saying the opposite of the rest says nothing
    of the five ("47 retreated"), unlike one negating all ("no other
    councillors")."""
    lowered = text.lower()
    # (Nor one lacking a count it writes in digits: "211 defects …, of which
    # 163 have been fixed" says nothing against "48 had not yet been fixed".)
    return all(_writes_number(lowered, n, _counted(claim.text, n), claim.text)
               for n in claim.numbers if _BARE_NUMBER.match(n))


def counts_written(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's, normalised) writes each count the claim
    writes before an English word and no value reads ("21" of "approved 21
    of the 212 applications"): a passage giving only the 212 states none of
    the 21."""
    lowered = text.lower()
    return all(_writes_number(lowered, n, _counted(claim.text, n), claim.text)
               for n in claim.numbers if _before_latin_word(claim.text, n))


def _figures_written(claim: OpenClaim, analysis: Analysis, before: Sequence[Analysis],
                     lexicon: Lexicon, spelled: bool = False) -> bool:
    """Whether the passage states each figure of the claim and writes each
    of its counts, or the sentence BEFORE it writes the very number: what a
    denial or a negation calls false ("相关说法不属实" after a rumour about
    tax rebates) is not any figure of the sentence before that satisfies
    the claim's bound ("出口增速超过11%" by "……出口增长41.5%"), while a
    rumour's own figure it is ("1200元")."""
    # (A count no value reads, "48 reef sites", must be written there too:
    # a denial of what a sentence says of the reef is none of the 48 sites.)
    # (With SPELLED, so must a number the claim spells: a correction of "25
    # engines" calls false no "Eighteen fire engines". A negation may say
    # the count otherwise: "no other councillors" against "two other".)
    if not all(any(_writes_number(a.text.lower(), n, _counted(claim.text, n), claim.text)
                   for a in (analysis, *before))
               for n in claim.numbers
               if _before_latin_word(claim.text, n)
               or spelled and n.isdigit() and n not in claim.text):
        return False
    numbers = [v for v in claim.values if v.kind in NUMERIC_KINDS]
    if not numbers:
        return True
    agreeing, _ = _values(claim, analysis, (), lexicon)
    return all(v in agreeing or any(compare.comparable(v, s) and s.anchor == v.anchor
                                    for b in before for s in b.values)
               for v in numbers)


def _unsaid_variants(unit: Unit, text: str) -> tuple[str, ...]:
    """UNIT's variants, when TEXT holds none of its forms; else ()."""
    return () if any(f and f in text for f in unit.forms) else unit.variants


def _dated_apart(claim: OpenClaim, analysis: Analysis, agreeing: Sequence[Value]) -> bool:
    """Whether a date of the claim is not among the passage's AGREEING values
    while the passage gives another date of the same kind, or a month the
    claim names (21 May) is not named there while another is (3 June)."""
    named = months_named(analysis.text, alone=True)
    return any(v.kind == "date" and v not in agreeing
               and any(s.kind == "date" and compare.comparable(v, s) for s in analysis.values)
               for v in claim.values) \
        or bool(named) and any(u.month and u.month not in named for u in claim.units) \
        or _decimal_apart(claim, analysis.text)


def _decimal_apart(claim: OpenClaim, text: str) -> bool:
    """Whether the claim writes a decimal number the passage does not while
    the passage writes another ("a magnitude 4.2 earthquake" / "a magnitude
    7.5 earthquake"): no value the parser reads, but a measure all the same."""
    written = {m.group() for m in _DECIMAL.finditer(text)}
    return bool(written) and any(m.group() not in written for m in _DECIMAL.finditer(claim.text))


_DECIMAL = re.compile(r"(?<![0-9.,])[0-9]+\.[0-9]+(?![0-9])")


def _corrected(text: str, end: int, starts: Sequence[int]) -> bool:
    """Whether a correction word (``corrections``) follows the negation that
    ends at END of TEXT in its sentence, with a word of the claim (at one of
    STARTS) after it: "视频中的鱼并非食人鱼,而是淡水白鲳" says what the fish
    is, though 鱼 of 食人鱼 stands right after the negation."""
    found = _SENTENCE_END.search(text, end)
    stop = found.start() if found else len(text)
    corrections = [at for language in ("en", "zh") for word in grammar(language).corrections
                   if (at := text.find(word, end, stop)) >= 0]
    return bool(corrections) and any(min(corrections) < at < stop for at in starts)


def _corrected_report(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether a correction word after a report word of TEXT ("网传……实际是")
    brings in what is true instead, and that holds more of the claim than
    what is reported: the report is what the passage corrects, not what it
    reports of the claim."""
    lowered = text.lower()
    reported = [end for _, end, _ in claim.cues(lowered, "report")]
    if not reported:
        return False
    found = [(at, at + len(word)) for language in ("zh", "en")
             for word in grammar(language).corrections
             if (at := lowered.find(word, min(reported))) >= 0]
    if not found:
        return False
    start, _ = min(found)
    instead = coverage(claim, [side_of_text(lowered[start:])], lexicon)[0]
    return instead >= WINDOW_CORE_COVERAGE and instead > coverage(
        claim, [side_of_text(lowered[min(reported):start])], lexicon)[0]


def _reach_cut(gap: str, kind: str) -> bool:
    """Whether GAP, between a KIND word and a word of the claim, ends the
    word's reach: a negation at a correction that says what is true instead
    (``corrections``: "并非食人鱼,而是淡水白鲳"), a report word at what the
    report came from (``report_origins``: "该传言源于……发布的一份征求意见稿",
    "The rumour appears to have started after a … quake hit …") or at a
    correction ("网传文件文号……对应的实际是一份……的通知")."""
    fields = {"negation": ("corrections",),
              "report": ("report_origins", "corrections")}.get(kind, ())
    return any(_stands_in(word, gap) for language in ("en", "zh") for field in fields
               for word in getattr(grammar(language), field))


def mentioned_in_quotes(text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT stands inside a quotation named as a
    thing talked about (``quote_mentions``: "拒绝就“已获……10亿元订单”的市场
    传闻置评"): the passage mentions it, it does not state it."""
    words = tuple(w for language in ("zh", "en") for w in grammar(language).quote_mentions)
    return at >= 0 and any(m.start() < at < m.end() and text.startswith(words, m.end())
                           for m in _QUOTATION.finditer(text))


def reported_in_quotes(claim: OpenClaim, text: str, at: int) -> bool:
    """Whether the figure at AT of TEXT stands inside a quotation that a
    word for what was reported brings in within its clause (``report``,
    ``reported_things``: "与此前部分媒体报道的“增长两成”不符", "reports of a
    "20% jump""): the passage reports the figure, it does not state it."""
    if at < 0 or not _QUOTATION.search(text):
        return False   # (most passages)
    for quoted in _QUOTATION.finditer(text):
        if quoted.start() < at < quoted.end():
            clauses = split_clauses(text)
            before = text[clauses[clause_index(clauses, quoted.start())][0]:quoted.start()]
            return bool(claim.cues(before, "reported_things") or claim.cues(before, "report"))
    return False


def _quoted_mention(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether the passage says the claim only inside a quotation it names as
    a thing (``quote_mentions``: "一则“马青山因心脏病突发去世”的消息在社交平台
    传播"), which mentions the claim rather than asserting it."""
    words = [w for language in ("zh", "en") for w in grammar(language).quote_mentions]
    shares = _quotation_coverage(claim, text, lexicon, words)
    return shares is not None and shares[0] >= SUPPORT_COVERAGE and shares[1] < SUPPORT_COVERAGE


def _reported_quotation(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether the passage says the claim only inside a quotation after a
    report word ("一段……视频在网络流传,……配文称“……超市销售塑料大米……”"): it
    reports the claim, whatever clause the report word stands in."""
    cues = claim.cues(text, "report")
    return bool(cues) and _quoted_only(claim, text, lexicon,
                                       after=min(start for start, _, _ in cues))


def _reported_after_noun(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether the passage says the claim in a clause that a noun for what
    was reported brings in ("responding to a report in the Evening Post that
    a listing was being prepared"): the clause is the report's, not the
    passage's. (Not a relative clause, "a report that showed …", "a report
    that was published …"; nor a report the passage confirms, nor one it
    disputes, "rejected reports that …": the dispute says so.)"""
    things = claim.cues(text, "reported_things")
    if not things or CJK_RUN.search(text) or claim.cues(text, "affirmation") \
            or claim.cues(text, "dispute"):
        return False   # (most passages: no report noun)
    for _, end, _ in things:
        # (To its clause's end: ", noting that …" is the speaker's own.)
        clause = _that_clause(text, end, _REPORT_THAT)
        first = LATIN_WORD.match(clause.lstrip()) if clause else None
        word = first.group() if first else ""
        if not word or word.lower() in grammar("en").passive_markers \
                or not (is_stop_word(word) or word[0].isupper()):
            continue
        if core_coverage(claim, side_of_text(clause), lexicon) >= POLARITY_COVERAGE:
            return True
    return False


# A report noun's "that" after at most a few words naming where it ran ("a
# report in the Xiamen Evening Post that …").
_REPORT_THAT = re.compile(r"(?:\s+(?:in|by|from|on)(?:\s+[\w'’-]+){1,5}?)?\s+that\s+",
                          re.IGNORECASE)


def _quoted_only(claim: OpenClaim, text: str, lexicon: Lexicon, after: int = -1,
                 straight: bool = False) -> bool:
    """Whether TEXT says the claim only inside a quotation (opening after
    AFTER; with STRAIGHT, in straight quotes around any words). Its names
    may stand outside: "… show the chain is "in managed decline"" quotes
    what "Brightmoor is in managed decline" says of Brightmoor."""
    shares = _quotation_coverage(claim, text, lexicon, after=after, straight=straight)
    if shares is not None and shares[0] < SUPPORT_COVERAGE:
        said = replace(claim, units=tuple(u for u in claim.units if not (u.name or u.entity)))
        if said.units and len(said.units) < len(claim.units):
            shares = _quotation_coverage(said, text, lexicon, after=after, straight=straight)
    return shares is not None and shares[0] >= SUPPORT_COVERAGE and shares[1] < SUPPORT_COVERAGE


# Characters from a sentence's start within which it may point back at a
# message ("近期，这样一条消息……"), and between the pointer and the message word
# ("这条配有红头文件截图的微信消息").
_POINTER_REACH = 30
_POINTER_GAP = 12


def _disputed_after_quotation(claim: OpenClaim, text: str, quotation: re.Pattern[str]) -> bool:
    """Whether a word disputing or denying (``dispute``, ``denial``) follows
    a quotation of TEXT in its sentence: the quotation is a view someone
    rejects ("… showed Alvena was "losing the supermarket battle", a reading
    the company rejected"; "“每天喝醋能软化血管”——这条养生帖近日被医生逐一
    驳斥")."""
    for m in quotation.finditer(text):
        rest = text[m.end():]
        end = min((i for mark in _SENTENCE_ENDS if (i := rest.find(mark)) >= 0), default=len(rest))
        if claim.cues(rest[:end], "dispute") or claim.cues(rest[:end], "denial"):
            return True
    return False


def _said_by_message(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether an English passage says the claim in what a thing shared
    online says (``message_nouns`` opening the subject of a verb of saying:
    "The video, posted on 8 February by an account called …, says that
    'over 1 million active volcanoes' …"): the passage reports it."""
    if CJK_RUN.search(text):
        return False
    lowered = text.lower()
    nouns = grammar("en").message_nouns
    for start, end, _ in claim.cues(lowered, "speech_verbs"):
        opening = lowered[:start].split(",", 1)[0].split()[:_MESSAGE_SUBJECT_WORDS]
        if not any(noun in opening for noun in nouns if " " not in noun) \
                and not any(noun in " ".join(opening) for noun in nouns if " " in noun):
            continue
        said = lowered[end:sentence_end(lowered, end)]
        if core_coverage(claim, side_of_text(said), lexicon) >= POLARITY_COVERAGE:
            return True
    return False


_MESSAGE_SUBJECT_WORDS = 4
"""How many words the subject of a shared thing's saying opens with ("a
widely shared video")."""


def _points_at_message(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT, the sentence after a quotation, opens by pointing back
    at it as a message ("这样一条消息在……被大量转发", "The message was shared
    …"): the quotation is a report."""
    opening = text[:_POINTER_REACH].lower()
    things = claim.cues(opening, "reported_things")
    return any(0 <= thing - end <= _POINTER_GAP and within_clause(opening[end:thing])
               for _, end, _ in claim.cues(opening, "message_pointers")
               for thing, _, _ in things)


def _pointed_at_after(claim: OpenClaim, text: str) -> bool:
    """Whether the words after a quotation of TEXT point back at it as a
    message ("“……学生票取消”——近日，该说法在多个社交平台传播")."""
    return any(_points_at_message(claim, text[m.end():].lstrip(_AFTER_QUOTATION))
               for m in _QUOTATION.finditer(text))


def quoted_message(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether TEXT says the claim only inside a quotation that the words
    after it point back at as a message: it reports the claim."""
    return _pointed_at_after(claim, text) and _quoted_only(claim, text, lexicon)


_AFTER_QUOTATION = " ,:;-\u2014\u2013"
"""What may part a quotation from the words pointing back at it ("“……”——近日")."""


def _beside_quotation(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether the passage quotes something and says the claim outside the
    quotation only: a verdict after it ("该说法纯属谣言") is on what it quotes
    ("一段称“……”的短视频……传播, 播放量超过200万次")."""
    shares = _quotation_coverage(claim, text, lexicon)
    return shares is not None and shares[1] >= SUPPORT_COVERAGE and shares[0] < DENIAL_COVERAGE


def _quotation_coverage(claim: OpenClaim, text: str, lexicon: Lexicon,
                        followers: Sequence[str] | None = None,
                        after: int = -1, straight: bool = False) -> tuple[float, float] | None:
    """The claim's coverage inside TEXT's quotations (with FOLLOWERS, those
    one of them follows; with AFTER, those opening after it; with STRAIGHT,
    those in straight quotes around any words) and outside them; None
    without quotations."""
    spans = [m.span() for m in (_STRAIGHT_QUOTATION if straight else _QUOTATION).finditer(text)
             if (followers is None or any(text.startswith(w, m.end()) for w in followers))
             and m.start() > after]
    if not spans:
        return None
    inside = " ".join(text[start:end] for start, end in spans)
    outside = list(text)
    for start, end in spans:
        outside[start:end] = " " * (end - start)
    return coverage(claim, [side_of_text(inside)], lexicon)[0], \
        coverage(claim, [side_of_text("".join(outside))], lexicon)[0]


# Straight quotes count around Chinese text, where they stand for “ ” (text
# typed on a Latin keyboard); around English text they as often quote speech.
_QUOTATION = re.compile(r"\u201c[^\u201d]*\u201d|\u300c[^\u300d]*\u300d|\u300e[^\u300f]*\u300f"
                        r'|"[^"]*[\u3400-\u9fff][^"]*"')
_STRAIGHT_QUOTATION = re.compile(r'"[^"]+"')


def _speech_carries(claim: OpenClaim, gap: str, cue: str = "") -> bool:
    """Whether a report word (CUE) reaches on over GAP, the text after it,
    to the end of its sentence: the first clause break in GAP follows or
    opens a verb of saying ("……的图片在家长群中流传, 称因流感高发, 全市中小学将
    停课7天"), or the report word is one ("一名女子声称, 今年……, 已造成……")."""
    if _SENTENCE_END.search(gap):
        return False
    first = min((gap.find(mark) for mark in ",\uff0c" if mark in gap), default=-1)
    if first < 0:
        return False
    before, after = gap[:first], gap[first + 1:].lstrip()
    if _QUOTATION.fullmatch(before.strip()):
        return False   # (it quotes what was said: "否认网络传言「……」, 指出……" is the denier's)
    if _ends_with_cue(claim, before, "speech_verbs") or any(
            start == 0 for start, _, _ in claim.cues(after, "speech_verbs")):
        return True
    # A report word that is itself a verb of saying reaches over the clauses
    # after it up to another speaker's ("……报道称,……;对此……回应称,……").
    return not before.strip() and _ends_with_cue(claim, cue, "speech_verbs") \
        and not claim.cues(after, "speech_verbs") and not claim.cues(after, "dispute")


def _reach_end(claim: OpenClaim, text: str, clauses: Sequence[tuple[int, int]],
               start: int, end: int, kind: str) -> int:
    """Where the reach of a KIND word at START-END of TEXT ends: its clause's
    end, or for a report word carried by a verb of saying its sentence's, for
    a demand a comma follows the next clause's."""
    clause_end = clauses[clause_index(clauses, start)][1] if clauses else len(text)
    if kind == "modal":
        # A plan reaches over the clauses that go on with its verb phrase
        # ("计划……扩充至3,000辆，并进入中东市场").
        at = clause_index(clauses, start) if clauses else 0
        while at + 1 < len(clauses) and continues_clause(text[clause_end:clauses[at + 1][1]]):
            at += 1
            clause_end = clauses[at][1]
        return clause_end
    if kind in _COMMA_CUES and text[end:end + 1] in (",", ":") and clauses:
        # (Past the comma after it, to the next clause: "要求,临源市应在……报送",
        # "据……测算,……日均客流约18万人次".)
        at = clause_index(clauses, start)
        return clauses[at + 1][1] if at + 1 < len(clauses) else clause_end
    if kind != "report":
        return clause_end
    found = _SENTENCE_END.search(text, end)
    sentence_end = found.start() if found else len(text)
    return sentence_end if _speech_carries(claim, text[end:sentence_end], text[start:end]) \
        else clause_end


_SENTENCE_END = re.compile(r"[;!?\uff1b\uff01\uff1f\u3002]|\.(?![0-9])")
_FULL_STOP = re.compile(r"[!?\uff01\uff1f\u3002]|\.(?![0-9])")
"""A sentence's end; not a semicolon (……为12.6万辆；其中新能源汽车……)."""


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence (or the part a semicolon closes) holding AT of TEXT starts."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)


def sentence_end(text: str, at: int) -> int:
    """Where the sentence (or the part a semicolon closes) holding AT of TEXT ends."""
    found = _SENTENCE_END.search(text, at)
    return found.start() if found else len(text)


def sentence_span(text: str, at: int) -> tuple[int, int]:
    """Where the sentence (or the part a semicolon closes) holding AT of TEXT
    starts and ends."""
    return _sentence_start(text, at), sentence_end(text, at)


def _names_plan(claim: OpenClaim, cue: str) -> bool:
    """Whether the claim itself names the plan the modal word CUE makes
    (plans, 计划): its first word, as a word of the claim's text."""
    head = cue.split()[0].lower() if cue.isascii() else cue
    if not head.isascii():
        return head in claim.text
    return stem(head) in {stem(w) for w in LATIN_WORD.findall(claim.text.lower())}


def _stated_outside(claim: OpenClaim, text: str, cues: Sequence[tuple[int, int, str]],
                    lexicon: Lexicon, kind: str, context: Sequence[str] = ()) -> bool:
    """Whether TEXT (lower case) holds the claim, its words and its figures,
    outside the clause and the reach of every one of CUES, KIND words
    (``_reach_end``), its words perhaps in the sentences of CONTEXT."""
    if not any(v.kind in NUMERIC_KINDS for v in claim.values):
        context = ()   # (a figure stated outside the reach anchors what the context lends)
    clauses = split_clauses(text)
    outside = list(text)
    for start, end, _ in cues:
        reach = _reach_end(claim, text, clauses, start, end, kind)
        # (From the start of the cue's clause where the cue reaches a word of
        # the claim: in "宜宾基地二期计划于2025年底投产" the plan is what is said
        # of the words before it too, and 投产 of 投产仪式 in another clause does
        # not state "宜宾基地二期已经投产". Not where it reaches none: "根据最新的
        # 气候趋势预测" leaves 气候 said.)
        reached = side_of_text(text[end:reach])
        opening = clauses[clause_index(clauses, start)][0] if clauses and any(
            u.weight > 0 and unit_share(u, reached, lexicon) == 1.0 for u in claim.units) \
            else start
        for i in range(min(opening, start), reach):
            outside[i] = " "
    rest = "".join(outside)
    sides = [side_of_text(rest), *(side_of_text(t.lower()) for t in context)]
    return _figures_stated(claim, rest) and coverage(claim, sides, lexicon)[0] >= SUPPORT_COVERAGE


@lru_cache(maxsize=4096)
def _parsed_values(text: str) -> tuple[Value, ...]:
    return tuple(parse_values(text))


def _denies_too(claim: OpenClaim, text: str) -> bool:
    """Whether TEXT (a passage's) holds a word of denial, dispute or negation,
    as a claim that denies something ("rejected", "debunked", 否认) needs; not
    one a negation right before turns round ("It did not dispute the
    figures", 并未否认), nor that negation, unless the claim is negated too;
    nor one of an answer that is none ("declined to comment on", "neither
    confirmed nor denied")."""
    lowered = text.lower()
    for start, end, _ in claim.cues(lowered, "non_answers"):
        lowered = lowered[:start] + " " * (end - start) + lowered[end:]
    if claim.negated:
        return any(claim.cues(lowered, kind) for kind in ("denial", "dispute", "negation"))
    negations = claim.cues(lowered, "negation")
    disputes = [(start, end) for kind in ("denial", "dispute")
                for start, end, _ in claim.cues(lowered, kind)]
    turned = {(s, e) for s, e in disputes
              for _, n_end, _ in negations if n_end <= s and _near(lowered[n_end:s])}
    return any(span not in turned for span in disputes) or any(
        not any(n_end <= s and _near(lowered[n_end:s]) for s, _ in turned)
        for _, n_end, _ in negations)


def _negates_a_dispute(claim: OpenClaim, text: str) -> bool:
    """Whether every negation of TEXT (a passage's) turns round a word of
    dispute right after it ("并未否认将出售物流业务", "did not deny that …"):
    not denying something says neither it nor its opposite."""
    lowered = text.lower()
    negations = claim.cues(lowered, "negation")
    disputes = [start for kind in ("denial", "dispute") for start, _, _ in claim.cues(lowered, kind)]
    return bool(negations) and all(any(end <= at and _DISPUTE_AFTER_NEGATION.fullmatch(lowered[end:at])
                                       for at in disputes)
                                   for _, end, _ in negations)


# What may stand between a negation and the dispute it turns round: nothing
# (并未否认), or one word ("did not publicly deny").
_DISPUTE_AFTER_NEGATION = re.compile(r"\s*(?:[a-z]+\s+)?")


def future_verb(claim: OpenClaim, text: str, lexicon: Lexicon) -> bool:
    """Whether a verb of the claim stands in TEXT (a passage's) right after a
    future auxiliary (``future_auxiliaries``), or after one and where its
    change starts, and nowhere without one: "年内将推出售价低于15万元的入门车型"
    has not launched it; nor has a passage that puts the verb in a year to
    come ("明年起将把……权重由10%提高到15%": ``deictic_years``)."""
    lowered = text.lower()
    auxiliaries = tuple(grammar("zh").future_auxiliaries)
    clauses = split_clauses(lowered)
    years = lexicon.deictic_years or {}
    coming = [start for start, _, surface in claim.cues(lowered, "deictic_periods")
              if years.get(surface, 0) > 0]
    # (Not after a word saying it is done, in its clause: "已於2022年2月將受惠
    # 年齡……下調" has lowered it; 將 takes its object there.)
    done = [start for start, _, _ in claim.cues(lowered, "done_words")]
    for unit in claim.units:
        # (A word of a measure of the lexicon is an event's too: 挂牌上市.)
        if not CJK_RUN.fullmatch(unit.surface) or not (is_verb(unit.surface) or unit.measure):
            continue
        # (Or, where it is not written, a word the lexicon gives it: 敲钟 for
        # 上市.)
        spots = _starts(unit.surface, lowered) or sorted(
            {s for f in unit.forms if CJK_RUN.fullmatch(f) for s in _starts(f, lowered)})
        if spots and all((_after_auxiliary(lowered, at, auxiliaries)
                          or any(clauses[clause_index(clauses, at)][0] <= c < at for c in coming))
                         and not any(clauses[clause_index(clauses, at)][0] <= d < at for d in done)
                         for at in spots):
            return True
    return False


def _after_auxiliary(text: str, at: int, auxiliaries: tuple[str, ...]) -> bool:
    """Whether one of AUXILIARIES stands right before AT of TEXT, or before a
    phrase of where the change starts (将由10%提高到15%: ``start_before``)."""
    before = text[:at]
    if before.endswith(auxiliaries):
        return True
    # (Or past an adverb of a few characters: 将紧随其后敲钟.)
    if any(before.endswith(aux, 0, len(before) - gap) and CJK_RUN.fullmatch(before[-gap:])
           for aux in auxiliaries for gap in range(1, _ADVERB_CHARS + 1)):
        return True
    starts = tuple(grammar("zh").start_before)
    for aux in auxiliaries:
        found = before.rfind(aux)
        if found >= 0 and before.startswith(starts, found + len(aux)) \
                and within_clause(before[found:]) and len(before) - found <= _AUXILIARY_REACH:
            return True
    return False


_ADVERB_CHARS = 4
"""The most characters of an adverb between a future auxiliary and its verb."""
_AUXILIARY_REACH = 12
"""Characters from a future auxiliary to its verb over a phrase of where the
change starts (将由10%提高)."""


def _starts(word: str, text: str) -> list[int]:
    """Where WORD stands in TEXT, without overlaps, left to right: what
    ``re.finditer(re.escape(word), text)`` finds, without a pattern per word."""
    found = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + len(word))
    return found


def _superseded(value: Value, text: str, values: Sequence[Value]) -> bool:
    """Whether VALUE, one of the VALUES of TEXT, is where a change started, a
    figure since replaced by another of its kind in the same clause: a word
    of the start (由, 从, from) close before it and a level reached after it
    ("额度由1.2万元提高至1.8万元", "缴费期由原定的2024年12月31日截止延长至
    2025年2月28日", "raised the cap from 12,000 to 18,000 yuan", "fell to
    9.8% from 10.7%")."""
    text = text.lower()
    clauses = split_clauses(text)
    first, end = clauses[clause_index(clauses, value.start)]
    # (The level reached may come first: "fell to 9.8% from 10.7%".)
    if not any(v.kind == value.kind and first <= v.start < end and v.start != value.start
               and change_part(text, v.start) == "level" for v in values):
        return False
    # (Dates with figures date them: "从2022年的8.5万增长到2024年6月的63.2万".)
    if value.kind == "date" and any(v.kind != "date" and value.end <= v.start < end for v in values):
        return False
    return _start_word_at(text, max(first, value.start - _START_REACH), value.start) >= 0


def _start_word_at(text: str, low: int, high: int) -> int:
    """Where in TEXT[LOW:HIGH] the last word of a change's start (由, 从,
    from) stands, or -1."""
    found = [m.start() for m in _start_words().finditer(text, low, high)]
    return max(found) if found else -1


@cache
def _start_words() -> re.Pattern[str]:
    """The words of a change's start of both grammars (Latin ones whole)."""
    words = [w for language in ("zh", "en") for w in grammar(language).start_before]
    return re.compile("|".join(rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii()
                               else re.escape(w) for w in words))


def _start_dated_as(start: Value, owner: Analysis, dates: Sequence[Value]) -> bool:
    """Whether the passage dates the figure START where a change started by a
    date agreeing with one of the claim's DATES, between the word of the
    start and the figure ("从2023年的11.97万") or right after it ("from
    $1.2 billion in 2023")."""
    if start.kind == "date":
        return False
    text = owner.text.lower()
    opened = _start_word_at(text, max(0, start.start - _START_REACH - _DATE_REACH), start.start)
    return any(v.kind == "date" and (0 <= opened <= v.start < start.start
                                     or start.end <= v.start <= start.end + _DATE_REACH
                                     and within_clause(owner.text[start.end:v.start]))
               and compare.comparable(d, v) and compare.relation(d, v) == "agree"
               for v in owner.values for d in dates)


# How far before a figure a word of a change's start may stand ("由原定的"),
# and a date of the figure ("从2023年的", "in 2023").
_START_REACH = 8
_DATE_REACH = 12


def _base_dated_as(claim: OpenClaim, base: Value, owner: Analysis, dates: Sequence[Value]) -> bool:
    """Whether the comparison base BASE of OWNER is dated right after it
    ("up from 4.9% in May", "down from 68% in 2019") as the claim dates its
    figure: by a date agreeing with one of DATES, or the claim's month."""
    after = [v for v in owner.values if v.kind == "date" and base.end <= v.start <= base.end + 12
             and within_clause(owner.text[base.end:v.start])]
    near = owner.text[base.end:base.end + 16]
    first, end = split_clauses(near)[0]
    near = near[:end] if first == 0 else ""
    return any(compare.comparable(d, v) and compare.relation(d, v) == "agree"
               for d in dates for v in after[:1]) \
        or any(u.month and u.month in months_named(near, alone=True) for u in claim.units)


def _values(claim: OpenClaim, analysis: Analysis, context: Sequence[Analysis],
            lexicon: Lexicon, document: Sequence[Analysis] = (),
            ) -> tuple[list[Value], list[tuple[Value, Value]]]:
    """The claim's values that a value of the passage (or of the sentence
    before it) agrees with, and the numeric ones only contradicted. A value
    the passage binds to another entity than the claim's is neither: "62亿"
    that belongs to Zhipu says nothing of a MiniMax claim."""
    entities = [u.entity for u in claim.units if u.entity]
    here = side(analysis)
    # Products of the claim the passage names in words its analysis did not
    # read as the product, so it bound the figure to their maker ("MiniMax打造
    # 出……100万Token……的M1模型"). A product it did read (Talkie) it would
    # have given the figure if the figure were the product's.
    named = {u.entity for u in claim.units if u.entity and u.entity not in here.entities
             and unit_share(u, here, lexicon) == 1.0}
    source = [(v, analysis) for v in analysis.values] + [(v, a) for a in context for v in a.values]
    dates = [v for v in claim.values if v.kind == "date"]
    # A figure of no measure the lexicon knows is taken for a level at a moment.
    measures = [lexicon.measures[u.measure] for u in claim.units if u.measure in lexicon.measures]
    snapshot = not measures or any(m.snapshot for m in measures)
    as_of = lexicon.grammar("zh").as_of + lexicon.grammar("en").as_of
    agreeing, disagreeing = [], []
    # "68% … last year": the year depends on when the source was written, so
    # a figure the passage dates itself ("down from 68% in 2019") is not it.
    deictic = not dates and bool(claim.cues(claim.text, "deictic_periods"))
    # The periods of levels worked back from a change (``_start_computed``):
    # the claim's date of such a figure is stated with it.
    worked: list[Value] = []
    for value, period, head in zip(claim.values, claim.periods or [None] * len(claim.values),
                                   claim.heads or [""] * len(claim.values)):
        # A figure the claim gives a period of its own is compared for that
        # period only; else for any of the claim's dates.
        # (Where a change started is of a time before the claim's period:
        # "In the first half of 2025 … fell from 22,900 to 18,400".)
        periods = [period] if period is not None else [] \
            if value.kind != "date" and change_part(claim.text, value.start) == "start" else dates
        # (A figure the claim gives for the year before is compared with the
        # passage's of that year only: ``claimed_for_year_before``.)
        year_before = claimed_for_year_before(claim, value)
        relations = [(compare.relation(value, s), s, owner) for s, owner in source
                     if compare.comparable(value, s)
                     # A comparison's base ("up from 68%", 较上年的3亿) is
                     # another time's figure than the claim's own, unless
                     # dated as the claim is ("up from 4.9% in May").
                     and (s.role != "base" or value.role == "base" or value.kind == "date"
                          or _base_dated_as(claim, s, owner, dates)
                          # (or the year before's, "比去年同期的128元", for a
                          # claim of the year before: "去年同期……为135元")
                          or year_before
                          and not of_another_time_than_year_before(claim, owner.text,
                                                                   owner.values, s.start))
                     # A difference ("600 million euros more than its
                     # budget") is compared with differences only.
                     and (s.role == "difference") == (value.role == "difference")
                     and not (deictic and (_dated(s, owner)
                                           and not _dated_as_deictic(claim, s, owner)
                                           or _dated_otherwise_deictic(claim, s, owner)))
                     # A passage writing a day of its own (1月8日, no year)
                     # borrows no date from the sentence before.
                     and not (s.kind == "date" and owner is not analysis
                              and (_MONTH_DAY.search(analysis.text)
                                   or _months_outside(s, analysis.text)
                                   # (nor the base of its comparison: "比去年
                                   # 增加9个" dates nothing after it)
                                   or s.role == "base"))
                     and _same_head(value, claim.text, s, owner.text)
                     and not _part_of_whole_year(claim, value, s)
                     and compare.same_part(value, claim.text, s, owner.text)
                     and compare.same_role(value, claim.text, s, owner.text)
                     and compare.same_span(value, claim.text, s, owner.text)
                     and _bound_to(s, owner, entities, lexicon, named if owner is analysis else ())
                     and not _item_for_total(claim, value, s, owner)
                     and _measured_as(s, owner, head, lexicon)
                     and not pronoun_for_another(claim, owner.text, s.start, lexicon, value.start)
                     and not (year_before and of_another_time_than_year_before(
                         claim, owner.text, owner.values, s.start))
                     and (value.kind == "date"
                          or _of_period(s, owner, periods, snapshot, as_of, lexicon))]
        # A claim's month stated only by the day a report is dated, in a
        # sentence naming another month ("KESSINGTON, 18 July 2025 - … handled
        # 1.43 million passengers in June"), is not the figures' month.
        if value.kind == "date" and value.unit == "month":
            relations = [t for t in relations if not _dated_report_only(value, t[1], t[2], lexicon)]
        # Where a change started is a value since replaced (由1.2万元提高至
        # 1.8万元, 由原定的12月31日延长至2月28日): it states no claim but one
        # giving it as replaced too, or dated as the passage dates it. The
        # level reached refutes an undated claim of it, not a dated one: the
        # claim may be of the time before.
        replaced = [(r, s, owner) for r, s, owner in relations
                    if r == "agree" and _superseded(s, owner.text, owner.values)
                    and not _superseded(value, claim.text, claim.values)
                    and change_part(claim.text, value.start) != "start"
                    and not _start_dated_as(s, owner, dates)]
        if replaced:
            relations = [] if dates and value.kind != "date" else \
                [t for t in relations if t not in replaced]
        # The claim's figure stated as the other side of a comparison is
        # neither agreeing nor refuted: the passage states it of another.
        if any(r == "agree" and not _compared_alike(claim, value, s, owner)
               for r, s, owner in relations):
            continue
        # The sentence before lends a figure only to a passage that states
        # none to compare: "Tesla delivered 1.8 million cars. BYD delivered
        # 3 million." does not say BYD delivered 1.8 million.
        own = [(r, s, owner) for r, s, owner in relations if owner is analysis]
        if value.kind == "date" and own and all(r != "agree" and _dates_a_start(analysis.text, s, analysis.values)
                                                for r, s, _ in own):
            # A date of where a change started ("从上年同期的318.4万降至276.2万")
            # is that figure's, not the passage's: its period is the one before.
            relations = [t for t in relations if t[2] is not analysis]
        elif own:
            relations = own
            # A figure agreeing with the claim's that the passage gives an
            # item its clause names and the claim does not ("The Fenwick Ice
            # Cap accounted for 38 gigatonnes and the Drummond Ice Cap for
            # 23") is that item's, where another clause gives the claim's
            # item its own: that is the one to compare.
            if value.kind in NUMERIC_KINDS \
                    and any(r == "disagree" and _own_item_figure(claim, analysis, s)
                            for r, s, _ in relations) \
                    and all(_named_item_figure(claim, analysis, s, lexicon)
                            for r, s, _ in relations if r == "agree"):
                relations = [t for t in relations if t[0] != "agree"]
        elif value.kind in NUMERIC_KINDS and any(v.kind in NUMERIC_KINDS for v in analysis.values):
            # Nor a figure to a passage counting something else ("全线设互通
            # 立交19座,其中……三期工程占8座" after the phases' lengths).
            relations = []
        elif value.kind != "date" and _rival_number_written(value, analysis):
            # Nor to one writing a number like it that no value reads:
            # "Sandvold's personal best remains 46.70" after "winning in
            # 46.98 seconds".
            relations = []
        texts = [analysis.text, *(a.text for a in context if not _MONTH_DAY.search(analysis.text))]
        if not any(r == "agree" for r, _, _ in relations):
            base = None
            if _change_computed(claim, value, analysis, entities, lexicon) or (
                    base := _start_computed(claim, value, periods, analysis, entities,
                                            lexicon, _context_period(analysis, context))) \
                    is not None:
                relations.append(("agree", value, analysis))
            if base is not None:
                worked.append(base)
        if any(r == "agree" for r, _, _ in relations) or value.kind == "date" \
                and not any(r == "disagree" for r, _, _ in relations) \
                and not _spanned_only(claim, value, source) \
                and not any(_part_of_whole_year(claim, value, s) for s, owner in source
                            if owner is analysis) \
                and (_date_without_year(value, texts)
                     or _dateline_agrees(value, [analysis.text, *(a.text for a in document)],
                                          lexicon.grammar("zh").dateline)
                     or _unowned_date_agrees(value, analysis, lexicon)):
            agreeing.append(value)
        elif contradicting(value, claim.text):
            # (A part's figure refutes none of the whole's: Talkie's users are
            # not MiniMax's.)
            disagreeing.extend((value, s) for r, s, owner in relations if r == "disagree"
                               and compare.may_refute(value, claim.text, s, owner.text)
                               and not _of_a_part(s, owner, entities, lexicon))
    for value in dates:
        if value not in agreeing and any(compare.relation(value, base) == "agree" for base in worked):
            agreeing.append(value)
            disagreeing = [(v, s) for v, s in disagreeing if v is not value]
    return agreeing, disagreeing


def _attributed(claim: OpenClaim) -> bool:
    """Whether the claim says who stated it ("Brackley said it had 3,920 new
    students"): another source's correction of the figure does not make
    that statement unsaid."""
    return bool(claim.cues(claim.text, "speech_verbs") or claim.cues(claim.text, "announcing_verbs"))


def _named_item_figure(claim: OpenClaim, analysis: Analysis, figure: Value,
                       lexicon: Lexicon) -> bool:
    """Whether the clause of the passage's FIGURE names, before it, a name
    the claim does not give, and none of the claim's leading names."""
    start = _fact_clause_start(analysis, figure)
    return bool(_other_names(claim, analysis.text, start, figure.start, lexicon)) \
        and not any(_said_between(u, analysis.text.lower(), start, figure.start)
                    for u in leading_names(claim))


def _own_item_figure(claim: OpenClaim, analysis: Analysis, figure: Value) -> bool:
    """Whether the clause of the passage's FIGURE names, before it, the
    subject the claim opens with (its leading names, else its opening run)."""
    subject = leading_names(claim) or opening_run(claim)
    start = _fact_clause_start(analysis, figure)
    return bool(subject) and all(_said_between(u, analysis.text.lower(), start, figure.start)
                                 for u in subject)


def _fact_clause_start(analysis: Analysis, figure: Value) -> int:
    """Where the clause (``fact_clauses``) of the passage's FIGURE starts."""
    clauses = fact_clauses(analysis.text.lower(), analysis.values)
    return clauses[clause_index(clauses, figure.start)][0]


def _dates_a_start(text: str, value: Value, values: Sequence[Value]) -> bool:
    """Whether the date VALUE of TEXT labels the figure (of VALUES) a change
    started from, after a word of start and before a possessive and that
    figure (从上年同期的5512.1万降至5104.5万, 由2023年的38.5%提升至47.1%)."""
    return text[:value.start].rstrip().endswith(tuple(grammar("zh").start_before) or ("\0",)) \
        and owns_next_figure(text, value.end, values)


def _range_ends_only(claim: OpenClaim, analysis: Analysis) -> bool:
    """Whether a number of the claim stands in the passage only as an end of
    a range ("每股介乎38.15港元至38.90港元"): the passage states no figure at
    that end."""
    ranges = [(v.start, v.end) for v in analysis.values if v.hedge == "range"]
    if not ranges or not claim.numbers:
        return False   # (most passages)
    text = analysis.text.lower()
    claimed = claim.text.lower()
    own = [(v.start, v.end) for v in _parsed_values(claimed) if v.hedge == "range"]
    for number in claim.numbers:
        digits = _BARE_NUMBER.match(number)
        if digits and any(low <= m.start() < high for m in _BARE_NUMBER.finditer(claimed)
                          if m.group() == digits.group() for low, high in own):
            continue   # (the claim's own range: "介乎38.15港元至38.90港元")
        spots = [m.start() for m in _BARE_NUMBER.finditer(text)
                 if digits and m.group() == digits.group()]
        if spots and all(any(low <= at < high for low, high in ranges)
                                    for at in spots):
            return True
    return False


def _rival_number_written(value: Value, analysis: Analysis) -> bool:
    """Whether the passage writes, outside its values and dates, a number
    with a decimal point of the size of VALUE's (a claim's), within a factor
    of two, and another."""
    claimed = _BARE_NUMBER.search(value.surface)
    if claimed is None:
        return False
    number = float(claimed.group().replace(",", ""))
    for m in _numbers_outside(analysis):
        if "." not in m.group():
            continue
        written = float(m.group().replace(",", ""))
        if written != number and number > 0 and 0.5 < written / number < 2:
            return True
    return False


def _spanned_only(claim: OpenClaim, value: Value, source: Sequence[tuple[Value, Analysis]]) -> bool:
    """Whether the claim's date VALUE, a moment, agrees with a date of SOURCE
    only where a span starts ("the largest since 2007"): it is not stated."""
    return any(s.kind == "date" and compare.comparable(value, s)
               and compare.relation(value, s) == "agree"
               and not compare.same_span(value, claim.text, s, owner.text)
               for s, owner in source)


def _change_computed(claim: OpenClaim, value: Value, analysis: Analysis,
                     entities: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the claim's VALUE, a change ("减少了124家", "提高了8.6个百分点",
    "increased by 145 million euros", "rose by more than a fifth"), is what
    two levels the passage states make of it: the level reached less where
    the change started, or that difference as a share of the start
    (``_level_pairs``). Where the claim dates the change, the level must be
    of its period: "41,600 calls in 2024, up from 33,900 in 2023" gives no
    change of 2023's."""
    fraction = value.kind == "multiple" and value.low < 1
    if value.kind not in ("count", "amount", "percent", "physical") and not fraction \
            or change_part(claim.text, value.start) != "change":
        return False
    dates = [v for v in claim.values if v.kind == "date"]
    # (A change the other way is no change of the claim's: users up from
    # 11.97万 to 177.16万 say nothing of spending that "fell by more than half".)
    direction = said_direction(claim.text)
    for level, start in _level_pairs(analysis, entities, lexicon):
        if direction * (level.anchor - start.anchor) < 0:
            continue
        when = _level_date(level, start, analysis)
        if dates and when is not None and not any(
                compare.comparable(d, when) and compare.relation(d, when) == "agree"
                for d in dates):
            continue
        size = abs(level.anchor - start.anchor)
        if value.kind == level.kind:
            unit = "pp" if value.unit == "pp" and level.kind == "percent" else level.unit
            if unit != value.unit and value.kind != "count":
                continue
            change = replace(level, low=size, high=size, anchor=size, hedge="exact", unit=unit,
                             precision=max(level.precision, start.precision))
        elif (value.kind == "percent" and value.unit != "pp" or fraction) \
                and level.kind in ("count", "amount", "physical") and start.anchor > 0:
            # The change as a share of where it started ("up from 33,900" to
            # 41,600 is a rise of 22.7%, more than a fifth).
            rate = size / start.anchor
            change = replace(value, kind="multiple", low=rate, high=rate, anchor=rate,
                             hedge="exact", precision=value.precision) if fraction else \
                replace(value, low=rate * 100, high=rate * 100, anchor=rate * 100,
                        hedge="exact")
        else:
            continue
        if compare.comparable(value, change) and compare.relation(value, change) == "agree":
            return True
    return False


# How far apart a level and where its change started may stand in English,
# "41,600 calls in 2024, up from 33,900 in 2023" (characters between them).
_START_AFTER_REACH = 60


def _level_pairs(analysis: Analysis, entities: Sequence[str],
                 lexicon: Lexicon) -> list[tuple[Value, Value]]:
    """Each (level reached, where its change started) the passage states:
    the start before the level in its clause after a ``start_before`` word
    ("由年初的2,410家减少至2,286家", "from 38.5% in 2023 to 47.1%"), or right
    after it as the base the level is compared with ("41,600 calls in 2024,
    up from 33,900 in 2023"; "£2.50, up from £2.20"). Both figures of one
    kind and unit, the level the claim's subject's."""
    text = analysis.text
    starts = grammar("zh").start_before + grammar("en").start_before
    clauses = split_clauses(text)
    lowered = text.lower()
    pairs = []
    for level in analysis.values:
        if level.kind not in ("count", "amount", "percent", "physical") \
                or not _bound_to(level, analysis, entities, lexicon):
            continue
        part = change_part(text, level.start)
        if part == "level":
            first, _ = clauses[clause_index(clauses, level.start)]
            before = [v for v in analysis.values if v.kind == level.kind and first <= v.start
                      and v.end <= level.start and v.unit == level.unit]
            opening = lowered[first:before[-1].start] if before else ""
            if any(w in opening.split() if w.isascii() else w in opening for w in starts):
                pairs.append((level, before[-1]))
                continue
        if part != "start":
            after = next((v for v in analysis.values if v.start >= level.end
                          and v.kind == level.kind), None)
            # (The start need not be a comparison's base: "fell to 41,200 in
            # April from 44,900 in March" writes it after the level too.)
            if after is not None \
                    and (after.unit == level.unit or level.kind == "count" and not after.unit) \
                    and change_part(text, after.start) == "start" \
                    and after.start - level.end <= _START_AFTER_REACH \
                    and not compare.SENTENCE_BREAK.search(text, level.end, after.start):
                pairs.append((level, after))
    return pairs


def _level_date(level: Value, start: Value, analysis: Analysis) -> Value | None:
    """The date of the LEVEL a change reached from START: one between them
    ("41,600 calls in 2024, up from 33,900"), else the one the passage's
    frame gives it ("由2023年的1,300万增至2024年的1,560万"), else None."""
    between = [v for v in analysis.values if v.kind == "date" and v.role == "value"
               and level.end <= v.start and v.end <= start.start]
    if between:
        return between[0]
    frame = _frame_of(level, analysis)
    return frame.time if frame is not None else None


def _dated_report_only(month: Value, stated: Value, owner: Analysis, lexicon: Lexicon) -> bool:
    """Whether STATED, a date of OWNER, is the day of its dateline (a day it
    was reported on, ``report_days``, before a dash: "KESSINGTON, 18 July
    2025 - …"), and the sentence, but for those days, names a month and not
    the claim's MONTH: the figures are that month's. (Not an event's day:
    "It opened on 9 September 2024, eight months later than … January".)"""
    days = report_days(owner.text, owner.values, lexicon)
    if not any(stated is d for d in days) or not _DATELINE_END.match(owner.text, stated.end):
        return False
    text = owner.text
    for day in days:
        text = text[:day.start] + " " * (day.end - day.start) + text[day.end:]
    named = months_named(text)
    return bool(named) and date.fromordinal(int(month.low)).month not in named


def _context_period(analysis: Analysis, context: Sequence[Analysis]) -> Value | None:
    """The date the sentences of CONTEXT give a passage stating none ("2025年
    全县……。全县粮食总产量41.3万吨,比上年减少0.8万吨"): their last."""
    if any(v.kind == "date" for v in analysis.values):
        return None
    return next((v for a in context for v in reversed(a.values)
                 if v.kind == "date" and v.role == "value"), None)


_DATELINE_END = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?-")


def _start_computed(claim: OpenClaim, value: Value, periods: Sequence[Value],
                    analysis: Analysis, entities: Sequence[str],
                    lexicon: Lexicon, dated: Value | None = None) -> Value | None:
    """The period (one of PERIODS, the claim's dates for its VALUE, a level)
    the passage gives VALUE for by a level it states less its change from
    that period, else None: "补贴标准为每亩115元,较上年提高5元" gives the
    year before's 110元, "录取率为89.4%,比2024年下降0.7个百分点" 2024's
    90.1%, "742 stores, 86 more than a year earlier" 656. Only a change in
    the level's own unit (percentage points of a percentage): a rate of
    change rounded gives no figure to compare. (DATED: the period of a
    passage stating none, from the sentences before it.)"""
    if not periods or value.kind not in _WORKED_KINDS or value.role != "value" \
            or change_part(claim.text, value.start) not in ("", "level"):
        return None
    for level, change, base in _level_changes(analysis, entities, lexicon, dated):
        if not any(compare.comparable(d, base) and compare.relation(d, base) == "agree"
                   for d in periods):
            continue
        start = _worked_back(level, change, analysis.text)
        if start is not None and compare.comparable(value, start) \
                and compare.relation(value, start) == "agree":
            return base
    return None


def _worked_back_to(claim: OpenClaim, period: Value, analysis: Analysis,
                    lexicon: Lexicon) -> bool:
    """Whether a figure of the claim is worked back to PERIOD, one of its
    dates, from a level of the passage and its change (``_start_computed``)."""
    entities = [u.entity for u in claim.units if u.entity]
    return any(_start_computed(claim, value, [period], analysis, entities, lexicon) is not None
               for value in claim.values if value.kind in _WORKED_KINDS)


_WORKED_KINDS = ("count", "amount", "percent", "physical")
# How long the words opening a change's clause may be ("，较去年同期减少",
# ", an increase of") and how far after the change its base may stand
# (" from a year earlier").
_CHANGE_OPENER_REACH = 16
_CHANGE_BASE_REACH = 30


def _level_changes(analysis: Analysis, entities: Sequence[str], lexicon: Lexicon,
                   dated: Value | None = None) -> list[tuple[Value, Value, Value]]:
    """Each (level, its change, the period the change is from) the passage
    states: a figure of the claim's subject, then in the next clause a
    change of the same kind opened by nothing but its base and its direction
    ("，较上年提高5元", "，比2024年下降0.7个百分点", ", up £18.3 million from
    a year earlier"). The base is a date the change is measured from, or the
    year before the level's period (上年, 同比, "a year earlier"; DATED, where
    the passage dates the level nowhere)."""
    text = analysis.text
    found = []
    for n, change in enumerate(analysis.values):
        if change.kind not in _WORKED_KINDS or change.role != "value" \
                or change_part(text, change.start) != "change":
            continue
        level = next((v for v in reversed(analysis.values[:n]) if v.kind == change.kind), None)
        if level is None or level.role != "value" \
                or change_part(text, level.start) not in ("", "level") \
                or not _in_units_of(change, level) \
                or not _bound_to(level, analysis, entities, lexicon):
            continue
        opening = max(text.rfind(mark, level.end, change.start) for mark in ",，")
        # (With the change: "up" says a direction only before a figure.)
        opener = text[opening + 1:change.end].strip().lower() if opening >= 0 else ""
        if opening < 0 or not 0 < change.start - opening - 1 <= _CHANGE_OPENER_REACH \
                or compare.SENTENCE_BREAK.search(text, level.end, change.start) \
                or not _opens_change(opener) or said_direction(opener) == 0:
            continue
        after = re.split(r"[,，。;；:：]", text[change.end:change.end + _CHANGE_BASE_REACH])[0]
        base = next((v for v in analysis.values if v.kind == "date" and v.role == "base"
                     and opening < v.start and v.end <= change.end + len(after)), None)
        if base is None and _year_on_year(f"{opener} {after.lower()}"):
            frame = _frame_of(level, analysis)
            time = frame.time if frame is not None and frame.time is not None else dated
            base = _year_before(time) if time is not None else None
        if base is not None:
            found.append((level, change, base))
    return found


def _in_units_of(change: Value, level: Value) -> bool:
    """Whether CHANGE is counted in LEVEL's unit: a percentage's in
    percentage points, a sum of money in its currency."""
    if level.kind == "percent":
        return change.unit == "pp" and level.unit != "pp"
    return change.unit == level.unit or level.kind == "count" and not (change.unit and level.unit)


def _opens_change(opener: str) -> bool:
    """Whether OPENER, the words before a change in its clause (lower case),
    begins with a word of its base or its direction (较上年增加, 同比下降,
    "up", "an increase of"), not with a noun of another figure (净利润增加)."""
    opener = re.sub(r"^(?:an?|the)\s+", "", opener)
    words = [w for language in ("zh", "en")
             for w in (*grammar(language).base_markers, *grammar(language).year_on_year)]
    return any(opener.startswith(w) and not (w.isascii() and opener[len(w):len(w) + 1].isalpha())
               for w in words) or direction_at(opener) == 0


def _year_on_year(text: str) -> bool:
    """Whether TEXT (lower case) says a change is from the year before."""
    return bool(find_cues(text, "previous_year") or find_cues(text, "year_on_year"))


def _year_before(time: Value) -> Value | None:
    """TIME (a date value) a year earlier."""
    def back(day: date) -> date:
        return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)
    try:
        low, high = back(date.fromordinal(int(time.low))), back(date.fromordinal(int(time.high)))
    except ValueError:
        return None
    return replace(time, low=float(low.toordinal()), high=float(high.toordinal()),
                   anchor=float(low.toordinal()), role="base")


def _worked_back(level: Value, change: Value, text: str) -> Value | None:
    """The figure LEVEL stood at before CHANGE (a change after it in TEXT):
    less the change where it rose, plus it where it fell."""
    if level.hedge not in compare.POINT_HEDGES or change.hedge not in compare.POINT_HEDGES:
        return None
    direction = said_direction(text[level.end:change.end].lower())
    figure = level.anchor - direction * change.anchor
    if direction == 0 or figure <= 0:
        return None
    hedge = "about" if "about" in (level.hedge, change.hedge) else "exact"
    return replace(level, low=figure, high=figure, anchor=figure, hedge=hedge,
                   precision=max(level.precision, change.precision))


def _same_head(value: Value, text: str, other: Value, other_text: str) -> bool:
    """Whether two ordinals rank the same kind of thing: when both are followed
    by a Chinese character, the same one ("第一名" and "第五名"; not "第一股",
    the first listed, and "第十大……公司"); whether two counts count it.
    Other values always do."""
    if not compare.same_counted(value, text, other, other_text):
        return False
    if value.kind != "ordinal" or other.kind != "ordinal":
        return True
    # (Past grammar characters: 首次被描述 and 首次描述 rank the same act.)
    at, other_at = _past_function_characters(text, value.end), \
        _past_function_characters(other_text, other.end)
    after, other_after = text[at:at + 1], other_text[other_at:other_at + 1]
    if not (CJK_RUN.match(after) and CJK_RUN.match(other_after)):
        # In English, the noun after them, past a list of ordinals ("the
        # third goal" / "in the 23rd and 67th minutes").
        words, other_words = _ranked_words(text, value.end), _ranked_words(other_text, other.end)
        return not (words and other_words) or bool(words & other_words)
    if after == other_after:
        return True
    # An ordinal of times ranks the act after it, which the passage may write
    # a few words on: 首次被纳入 and 首次将……纳入 (not 首度入围 and 首度获奖).
    run = CJK_RUN.match(text, at)
    verb = tagged_words(run.group())[0] if run else ("", "")
    if not verb[1].startswith("v") or len(verb[0]) < 2:
        return False
    found = other_text.find(verb[0], other_at, other_at + _ACT_REACH)
    return found >= 0 and not _CLAUSE_BREAK.search(other_text, other_at, found)


_ACT_REACH = 24
"""The most characters from an ordinal of times to the act it ranks."""


def _past_function_characters(text: str, at: int) -> int:
    """Where the first character of TEXT from AT on that is no Chinese
    function character stands (len(TEXT) at the end)."""
    function = grammar("zh").function_characters
    while at < len(text) and text[at] in function:
        at += 1
    return at


def _ranked_words(text: str, end: int) -> set[str]:
    """The stems of the two English words after an ordinal ending at END of
    TEXT, past "and" and further ordinals, up to a grammar word ("free game"
    of "top-3 free game", "minutes" of "23rd and 67th minutes")."""
    found = _RANKED_WORDS.match(text, end)
    words = found.group(1).split() if found else []
    kept = []
    for word in words:
        if is_stop_word(word):
            break
        kept.append(stem(word.lower()))
    return set(kept)


_RANKED_WORDS = re.compile(
    r"(?:\s*(?:,|and|or)\s*[0-9]+(?:st|nd|rd|th))*\s+([A-Za-z][a-z]+(?:\s+[A-Za-z][a-z]+)?)")


def _unowned_date_agrees(value: Value, analysis: Analysis, lexicon: Lexicon) -> bool:
    """A date of the passage that agrees with the claim's date VALUE and that
    the passage gives to no named subject: a clause of its own ("……排行榜
    显示,2025年1-6月,智谱排名第五")."""
    for stated in analysis.values:
        if stated.kind != "date" or not compare.comparable(value, stated) \
                or compare.relation(value, stated) != "agree" \
                or _superseded(stated, analysis.text, analysis.values):
            continue
        frame = next((f for f in analysis.frames if f.value.start == stated.start), None)
        if frame is None or not any(s in lexicon.entities for s in frame.subjects):
            return True
    return False


def _date_without_year(value: Value, texts: Sequence[str]) -> bool:
    """A claimed day stated without its year, as news text does ("12月20日",
    or "28日" after the month): the parts written agree, and the year is
    taken from the claim since no date of the passage says otherwise."""
    if value.unit not in ("day", "month"):
        return False
    day = date.fromordinal(int(value.low))
    for text in texts:
        if value.unit == "month":
            if states_month(text, day.month):
                return True
            continue
        if states_month_day(text, day.month, day.day):
            return True
        # A bare day ("7日发布", "截至当地时间25日") is of the month the text
        # names, or, when no text names a month, of the news item's own month.
        if states_day(text, day.day) and (
                any(states_month(t, day.month) for t in texts)
                or not any(states_any_month(t) for t in texts)):
            return True
    return False


def _dateline_agrees(value: Value, texts: Sequence[str], words: Sequence[str]) -> bool:
    """Whether the claim's leading day ("2021年1月12日，……": the date of a
    report) is that of a dateline in TEXTS ("伦敦1月11日电"; WORDS end a
    dateline) or the day after it: a report appears on the day of its
    dispatch or the next."""
    if value.unit != "day" or value.start != 0:
        return False
    day = date.fromordinal(int(value.low))
    for text in texts:
        for month, on in dateline_days(text, tuple(words)):
            try:
                sent = date(day.year, month, on)
            except ValueError:
                continue
            if 0 <= (day - sent).days <= 1:
                return True
    return False


def _frame_of(value: Value, analysis: Analysis) -> Frame | None:
    """The passage's frame of its VALUE, if any."""
    return next((f for f in analysis.frames if f.value.start == value.start), None)


def _dated_otherwise_deictic(claim: OpenClaim, value: Value, analysis: Analysis) -> bool:
    """Whether the clause of the passage's VALUE names a period relative to
    the writing (``deictic_periods``) that the claim does not: "今年累计个案增至
    17宗" is this year's, no count of the claim's 本月."""
    clauses = split_clauses(analysis.text)
    start, end = clauses[clause_index(clauses, value.start)]
    claimed = {surface for _, _, surface in claim.cues(claim.text, "deictic_periods")}
    return any(surface not in claimed
               for _, _, surface in claim.cues(analysis.text[start:end], "deictic_periods"))


def _dated_as_deictic(claim: OpenClaim, value: Value, analysis: Analysis) -> bool:
    """Whether the clause of the passage's VALUE names a period relative to
    the writing that the claim names too ("今年考研报名人数将突破500万" for the
    claim's 今年), whatever date the passage's analysis gives it."""
    clauses = split_clauses(analysis.text)
    start, end = clauses[clause_index(clauses, value.start)]
    claimed = {surface for _, _, surface in claim.cues(claim.text, "deictic_periods")}
    return any(surface in claimed
               for _, _, surface in claim.cues(analysis.text[start:end], "deictic_periods"))


def _clause_years(value: Value, analysis: Analysis, units: Collection[str] = ("year",)
                  ) -> list[Value]:
    """The dates of whole years (or of UNITS) in the clause of the passage's
    VALUE, not the base of a comparison nor the date of an event
    ("成立于2015年")."""
    clauses = split_clauses(analysis.text)
    own = clause_index(clauses, value.start)
    return [v for v in analysis.values if v.kind == "date" and v.unit in units
            and v.role != "base" and clause_index(clauses, v.start) == own
            and not dates_event(analysis.text, v)]


_PERIOD_UNITS = ("year", "half", "quarter", "month", "period")
"""Date granularities of a period a figure may be for, coarser than a day."""


def _dated(value: Value, analysis: Analysis) -> bool:
    """Whether the passage binds its VALUE to a date it states."""
    frame = _frame_of(value, analysis)
    return frame is not None and frame.time is not None


def _of_period(value: Value, analysis: Analysis, dates: Sequence[Value],
               snapshot: bool = True, as_of: Sequence[str] = (),
               lexicon: Lexicon | None = None) -> bool:
    """Whether the passage's VALUE may be for one of the claim's DATES: the
    passage binds it to no period, or to one of them. "从2023年的11.97万增长到
    2025年9月的177.16万" gives 11.97万 for 2023, not for September 2025. A
    flow or a change (not SNAPSHOT) is for the claim's whole period: "rose 7%
    in March 2024" is not 2024's growth. (LEXICON, where given, tells the
    days a sentence says it was written or reported on.)"""
    if not dates:
        return True
    frame = _frame_of(value, analysis)
    own = _clause_years(value, analysis, _PERIOD_UNITS) if frame is not None \
        and frame.time is not None and frame.time.unit == "day" \
        and value.kind in NUMERIC_KINDS and lexicon is not None \
        and frame.time in report_days(analysis.text, analysis.values, lexicon) else []
    if own:
        # Dated by the day it was written or made known (a dateline, "reported
        # on 5 June 2025 that …"), a figure is of the period its clause names:
        # "【统计公报 2025年3月18日】……辖下十二个表演场地2024年共举办……", "PORT
        # HASKELL, 8 August 2024 - The … zone … measured 14,200 square
        # kilometres in late July 2024".
        return any(compare.comparable(d, t) and compare.relation(d, t) != "disagree"
                   for d in dates for t in own)
    if (frame is None or frame.time is None) and value.kind in NUMERIC_KINDS:
        # A figure no frame dates is of the year its clause names, if any:
        # "6.42 million for the 2024-25 season, …, the league said on 4 June
        # 2025" is no figure of 2025.
        own = _clause_years(value, analysis)
        return not own or any(compare.comparable(d, t) and compare.relation(d, t) != "disagree"
                              for d in dates for t in own)
    if frame is None or frame.time is None:
        return True
    if not snapshot and value.kind in NUMERIC_KINDS:
        return any(compare.for_period(d, frame.time, as_of) for d in dates)
    return any(compare.comparable(d, frame.time) and compare.relation(d, frame.time) != "disagree"
               and not compare.before_end(d, frame.time) for d in dates)


def _bound_to(value: Value, analysis: Analysis, entities: Sequence[str], lexicon: Lexicon,
              named: Collection[str] = ()) -> bool:
    """Whether the passage's VALUE may belong to the claim's ENTITIES: its
    frame names no subject, or one of them (or a part of one), or the maker
    of one the passage names (NAMED)."""
    if not entities:
        return True
    frame = _frame_of(value, analysis)
    if frame is None or not frame.subjects:
        return True
    # (A figure the frame gives a maker is also its product's when the
    # product heads the phrase before it: ``analyse`` adds the product.)
    return any(e == s or e in lexicon.entity_ancestors(s)
               or e in named and s in lexicon.entity_ancestors(e)
               for e in entities for s in frame.subjects)


def _of_a_part(value: Value, analysis: Analysis, entities: Sequence[str],
               lexicon: Lexicon) -> bool:
    """Whether the frame of the passage's VALUE names only parts or products
    of the claim's ENTITIES (Talkie, MiniMax's app), none of them itself."""
    frame = _frame_of(value, analysis) if entities else None
    if frame is None or not frame.subjects:
        return False
    # (Named in the passage itself, not carried from the sentence before.)
    named = {m.id for m in analysis.mentions if m.kind == "entity"}
    return not any(s in entities for s in frame.subjects) and all(
        s in named for s in frame.subjects) and all(
        any(e in lexicon.entity_ancestors(s) for e in entities) for s in frame.subjects)


def _measured_as(value: Value, analysis: Analysis, head: str, lexicon: Lexicon) -> bool:
    """Whether the passage's sum or count VALUE may be of the lexicon measure
    HEAD the claim gives its figure: the measure the passage's frame heads it
    with is that one or more general, or either has none. "C轮融资金额为6.5亿元,
    …… 投后估值达到85亿元" gives 85亿元 to the valuation, not to money raised;
    overseas revenue says nothing for or against all revenue, nor paying
    users for or against all users."""
    # (Sums and counts only: a change's head, growth or decline, is also the
    # direction the opposite-word test weighs.)
    if not head or value.kind not in ("amount", "count"):
        return True
    frame = _frame_of(value, analysis)
    if frame is None or not frame.head_measure:
        return True
    return lexicon.measure_covers(frame.head_measure, head)


def _compared_alike(claim: OpenClaim, value: Value, source: Value, owner: Analysis) -> bool:
    """Whether the claim's VALUE and the passage's SOURCE (of OWNER) are both
    the other side of a comparison, or neither: in "a lower risk than those
    who walked fewer than 4,000 steps" 4,000 is the other group's, not of
    "people who walked fewer than 4,000 steps had a lower risk"."""
    return _compared(claim, owner.text, source.start, owner.values) \
        == _compared(claim, claim.text, value.start, claim.values)


# Words between a comparison word and the figure it compares with ("than
# those who walked fewer than 4,000"), at most.
_COMPARED_WORDS = 6


def _compared(claim: OpenClaim, text: str, at: int, values: Sequence[Value]) -> bool:
    """Whether the figure at AT of TEXT follows a comparison word in its
    clause, a few words before it (the hedge of a figure of VALUES, "fewer
    than", "more than a fifth", is no comparison)."""
    clauses = split_clauses(text)
    start, _ = clauses[clause_index(clauses, at)]
    for cue_start, end, _ in claim.cues(text[start:at], "comparison_words"):
        between = text[start + end:at]
        if 0 < len(LATIN_WORD.findall(between)) <= _COMPARED_WORDS \
                and not _BARE_NUMBER.search(between) \
                and not any(v.start <= start + cue_start < v.end for v in values):
            return True
    return False


def pronoun_for_another(claim: OpenClaim, text: str, at: int, lexicon: Lexicon,
                        claim_at: int = -1) -> bool:
    """Whether the figure at AT of TEXT stands in a clause whose subject is
    前者 or 后者 (the former, the latter) standing for the other of a pair the
    claim's name for its figure at CLAIM_AT is one of: in "蓝海集团和远山科技的
    营收分别为……,前者同比增长12%,后者同比下降5%" 12% is 蓝海集团's, not 远山科技's.
    The claim's name for a figure is the one its own clause gives ("远山科技拟
    募资38亿港元，蓝海集团则计划融资29亿港元"), else the claim's subject."""
    lowered = text.lower()
    pairs = [p for p in lexicon.pronouns if p.refers in ("former", "latter") and p.word in lowered]
    if not pairs:
        return False   # (most passages)
    clauses = split_clauses(lowered)
    start, _ = clauses[clause_index(clauses, at)]
    refers = {p.refers for p in pairs if 0 <= lowered.find(p.word, start) < at}
    if not refers:
        return False
    joins = [c.lower() for c in lexicon.conjunctions]
    for spans in _figure_name_spans(claim, text, lowered, claim_at, lexicon):
        sides = {side for first, last in spans if last <= start
                 and (side := _side_of_pair(lowered, first, last, joins))}
        if len(sides) == 1:
            return sides == {"former"} and "latter" in refers \
                or sides == {"latter"} and "former" in refers
    return False


# What may stand between a name's first word and the conjunction after it,
# where a reading matched only that word: the rest of the name ("Wuchuan
# Shipping" read in 雾川|航运和…), a Chinese word or two Latin ones.
_NAME_REST = re.compile(r"[\u3400-\u9fff]{1,2}|(?:\s+[a-z][\w'&.-]*){1,2}\s*")


def _side_of_pair(lowered: str, first: int, last: int, joins: Sequence[str]) -> str | None:
    """'latter' when the name at [FIRST, LAST) of LOWERED is the second of a
    pair (a conjunction of JOINS right before it), 'former' when the first.
    (The second first: in "A和B同日……" B is followed by 同 as well.)"""
    if any(lowered[:first].rstrip().endswith(j) for j in joins):
        return "latter"
    rest = _NAME_REST.match(lowered, last)
    ends = {last + len(lowered[last:]) - len(lowered[last:].lstrip())}
    if rest:
        ends |= {rest.end()} | ({last + 1} if rest.end() == last + 2 else set())
    if any(lowered.startswith(j, end) for end in ends for j in joins):
        return "former"
    return None


def _figure_name_spans(claim: OpenClaim, text: str, lowered: str, claim_at: int,
                       lexicon: Lexicon) -> list[list[tuple[int, int]]]:
    """Where each of the claim's candidate names for its figure at CLAIM_AT
    stands in TEXT, most telling first: the names of the figure's own clause
    (nearest first) and its first word, then the claim's subject (a name or
    entity, else a Chinese name of a kind, else its first word). A name runs
    on over the claim's words written right after it that the passage writes
    right after it too: the segmenter cuts an invented name (雾川|航运)."""
    claim_lowered = claim.text.lower()
    placed = sorted(((where, where + len(u.surface), u) for u in claim.units
                     if (where := claim_lowered.find(u.surface.lower())) >= 0),
                    key=lambda p: p[:2])
    candidates: list[Unit] = []
    if claim_at >= 0:
        own = split_clauses(claim.text)
        clause_start, _ = own[clause_index(own, claim_at)]
        in_clause = [p for p in reversed(placed) if clause_start <= p[0] < claim_at]
        candidates += [u for _, _, u in in_clause if u.entity or u.name or u.person]
        candidates += [u for _, _, u in in_clause[-1:]]
    candidates += leading_names(claim)[:1]
    spans = [_run_extents(u, placed, claim_lowered, text, lowered) for u in candidates]
    first = _first_unit(claim)
    names = kind_names(claim, lexicon)[:1] or ([first.surface.lower()] if first is not None else [])
    spans += [[(at, at + len(name)) for at in _starts(name.lower(), lowered)] for name in names]
    return [found for found in spans if found]


def _run_extents(unit: Unit, placed: Sequence[tuple[int, int, Unit]], claim_lowered: str,
                 text: str, lowered: str) -> list[tuple[int, int]]:
    """The spans of TEXT where UNIT stands, each run on over the claim's
    units (PLACED: start, end, unit in CLAIM_LOWERED) that follow UNIT there
    with nothing but spaces between and follow it in TEXT too."""
    at = next((i for i, p in enumerate(placed) if p[2] is unit), None)
    if at is None:
        return []
    run = [unit]
    for (_, end, _), (start, _, following) in zip(placed[at:], placed[at + 1:]):
        if claim_lowered[end:start].strip():
            break
        run.append(following)
    spans = []
    for first, last in _unit_extents(unit, text, lowered):
        for following in run[1:]:
            nxt = [e for s, e in _unit_extents(following, text, lowered)
                   if s == last or s == last + 1 and lowered[last].isspace()]
            if not nxt:
                break
            last = max(nxt)
        spans.append((first, last))
    return spans


# A month and day written without a year (1月8日).
_MONTH_DAY = re.compile(r"\d{1,2}\s*\u6708\s*\d{1,2}\s*[\u65e5\u53f7]")


def _months_outside(value: Value, text: str) -> bool:
    """Whether TEXT (a passage's) names months of its own and none within
    the date VALUE of the sentence before: "… in the first quarter. Revenue
    … reached 87.5 million euros in the April-June period" is not the first
    quarter's."""
    named = months_named(text)
    if not named:
        return False
    first, last = date.fromordinal(int(value.low)), date.fromordinal(int(value.high))
    within = set(range(first.month, last.month + 1)) if first.year == last.year else set(range(1, 13))
    return not named & within


def _part_of_whole_year(claim: OpenClaim, value: Value, source: Value) -> bool:
    """Whether VALUE, the claim's year, is said to be whole (全年, "full
    year": the grammar's ``whole_period``) and SOURCE is a date within it and
    shorter: what a half year did (上半年……按年上升) is no full year's."""
    return value.kind == source.kind == "date" and value.unit == "year" \
        and source.unit != "year" and value.low <= source.low and source.high <= value.high \
        and bool(claim.cues(claim.text, "whole_period"))


def _values_text(values: Sequence[Value]) -> str:
    if not values:
        return ""
    return ", " + ", ".join(format_value(v) for v in values)
