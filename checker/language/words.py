"""The word layer: a claim read into weighted units for open alignment.

A claim becomes **units**: Chinese words (cut by jieba) with their English
glosses, English words (Snowball stems) and phrases with their Chinese
translations (CC-CEDICT, the glossary and the user's glossary), lexicon
entities and measures with all their aliases, words the value parser took
into a value ("over 110 million *monthly active* users"), and numbers it did
not read ("20日", "3D"). Each unit weighs its IDF in the corpus being
checked. Grammar words (negation, denial, report, dispute, modal) are not
units: they set the claim's polarity and stance flags.

It does not look at passages (that is ``checker.stages.judge.align``).
"""
from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise

from checker.language import persons
from checker.language.grammar import (
    PREFIX_TAG,
    find_cues,
    grammar,
    is_chinese_stop_word,
    is_stop_word,
    within_clause,
    within_reach,
)
from checker.language.lexicon import Lexicon
from checker.language.numerals import (
    english_month,
    english_numbers,
    month_ranges,
    months_named,
    parse_english,
)
from checker.language.numerals import units as numeral_units
from checker.model import Analysis, Value

_MIN_WEIGHT = 0.1
SINGLE_CHARACTER_WEIGHT = 0.5

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*[A-Za-z0-9]|[A-Za-z]")
NEXT_LATIN_WORD = re.compile(r"\s+([A-Za-z][A-Za-z-]*)")
"""The English word after a place, past spaces ("sites" after "100")."""
CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_MAX_PHRASE_WORDS = 4
_POSSESSIVE = re.compile(r"'s?$")


@dataclass(frozen=True)
class Unit:
    """One content element of a claim and the forms it may take in a passage."""

    surface: str
    """As written in the (normalised) claim."""
    forms: tuple[str, ...] = ()
    """Strings to find in a passage's text: the Chinese bigram itself, CC-CEDICT
    translations of an English word, an entity's or a measure's aliases."""
    stems: tuple[str, ...] = ()
    """English stems that must all be among a passage's stems (same-language match)."""
    glossed: tuple[tuple[str, ...], ...] = ()
    """For a Chinese word, the stems of each of its English glosses: an English
    passage holds the word when it holds every stem of one gloss."""
    entity: str = ""
    """Lexicon entity id: present when the passage mentions it or is about it."""
    measure: str = ""
    """Lexicon measure id: present when the passage mentions a related measure."""
    name: bool = False
    """A name (capitalised word no dictionary knows): support needs it present."""
    variants: tuple[str, ...] = ()
    """Other Chinese words for the same thing: words that share a character and
    an English gloss with a Chinese unit (引发: 引起, 诱发; 容易: 易). A passage
    that says it in other words holds it; the weight stays the word's own."""
    month: int = 0
    """A month the claim names without a year ("in September"): the passage
    must name it (9月, Sept.); naming one other month instead contradicts."""
    month_range: bool = False
    """The month is an end of a range the claim names ("from March to May"):
    a passage names it as an end of its own range too ("between March and
    May")."""
    qualifier: str = ""
    """Lexicon qualifier id ("round-a"): the passage must give it to the claim's
    names when it names others of its group."""
    dimension: str = ""
    """For a verb saying only that the claim's figure of a dimension is its
    subject's ("covers" of "covers about 2,800 hectares"): the dimension
    (area), any figure of which in a passage says the verb."""
    person: tuple[persons.Name, ...] = ()
    """For a person's name written in Latin letters ("Zheng Can"), its pinyin
    readings: a Chinese passage holds it when characters there read so (郑灿)."""
    whole: bool = False
    """A word a passage holds only whole: a prefix's compound (非居民用水总量),
    whose parts a passage may say of other things (居民用水总量, 非居民用水价格)."""
    readings: tuple[persons.Name, ...] = ()
    """For a name written in pinyin that no dictionary knows ("Hongtai",
    "Qingchuan"), its syllables: a Chinese passage holds it when characters
    there read so (宏泰, 青川), as it holds a person's name."""
    spelled: tuple[str, ...] = ()
    """For a Chinese name, its spellings in pinyin (燕飞: "yanfei"; 康瑞婷:
    "kang ruiting"): an English passage holds it written so."""
    weight: float = 1.0


@dataclass(frozen=True)
class OpenClaim:
    """A claim as open alignment needs it."""

    units: tuple[Unit, ...]
    values: tuple[Value, ...]
    negated: bool
    """The claim negates what it states ("is not", 没有)."""
    negated_units: tuple[int, ...]
    """Indexes of the units a negation of the claim bears on ("不可靠": 可靠):
    a passage refutes a negated claim by stating these plainly, not by
    stating its other words."""
    denies: bool
    """The claim itself calls something false or reports a dispute (谣言,
    反驳, hoax, denied): a source's denial may then agree with it."""
    reports: bool
    """The claim itself reports a rumour (网传)."""
    corrects: bool
    """The claim reports something and says what it really is (网传……其实是):
    it denies the report, and a source stating the correction supports it
    without a denial of its own."""
    numbers: tuple[str, ...]
    """Numbers no value was read from, with the character after them ("20日",
    "3D", "5G"): support needs each written so in the passage, or it would
    leave them unchecked."""
    terms: tuple[str, ...]
    """Index terms to retrieve candidate passages by (bigrams, lower-case words)."""
    relation: bool = False
    """The claim orders or compares two of its names (before, 早于): words
    alone do not say which comes first."""
    exclusive: bool = False
    """The claim says nothing else is so (only, 唯一): a support must say so too."""
    universal: bool = False
    """The claim says something of every one (all, 所有): a support must say so too."""
    modal: bool = False
    """The claim speaks of a plan or a possibility (计划, expected to): a
    passage that only expects something may support it, not a plain one."""
    unsettled: bool = False
    """The claim leaves a question open (whether, 是否, unclear): a passage
    that asks it may support it, not one that answers it."""
    cue_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """The user's grammar words by kind (from ``--lexicon`` files)."""
    text: str = ""
    """The claim's normalised text (where its words stand, for slots)."""
    periods: tuple[Value | None, ...] = ()
    """For each of ``values``, the period the claim gives it ("从2023年的11.97万
    增长到2025年9月的177.16万": 2023 for 11.97万), or None."""
    heads: tuple[str, ...] = ()
    """For each of ``values``, the lexicon measure the claim heads it with
    ("raised $180 million": fundraising), or ''."""

    def cues(self, text: str, kind: str) -> list[tuple[int, int, str]]:
        """``grammar.find_cues`` with the user's words of KIND."""
        return find_cues(text, kind, *_user_cue_words(self.cue_words, kind))

    @property
    def total_weight(self) -> float:
        return sum(u.weight for u in self.units)


@lru_cache(maxsize=256)
def _user_cue_words(cue_words: tuple[tuple[str, tuple[str, ...]], ...],
                    kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The user's words of KIND and their non-negations, as ``find_cues``
    takes them (looked up for every passage a claim is judged against)."""
    words = dict(cue_words)
    return tuple(words.get(kind, ())), tuple(words.get("not_negation", ()))


# --- reading a claim ---------------------------------------------------------------

def _superlative_by_negation(text: str, cue: tuple[int, int, str]) -> bool:
    """Whether the negation CUE opens TEXT (a claim's) and a comparison
    follows in its clause (``comparison_marks``: than, 比): "No lake in
    Avelland has a larger surface area than Lake Tamsel" says that Tamsel is
    the largest, and denies nothing."""
    start, end, _ = cue
    if text[:start].strip():
        return False
    lowered = text.lower()
    # (Not a comparison with a figure: "No act took home more than two
    # awards" bounds a count, and denies any more.)
    return any(within_clause(lowered[end:at]) and not _figure_next(lowered, at + len(mark))
               for mark in _comparison_marks()
               for at in [_word_at(lowered, mark, end)] if at >= 0)


def _figure_next(text: str, at: int) -> bool:
    """Whether a number, in digits or words, follows AT of TEXT."""
    rest = text[at:].lstrip()
    word = LATIN_WORD.match(rest)
    return bool(_DIGIT_NEXT.match(rest)) or word is not None and parse_english(word.group()) is not None


_DIGIT_NEXT = re.compile(r"[$\u00a3\u20ac\u00a5]?\d")


def _word_at(text: str, word: str, start: int) -> int:
    """Where WORD first stands in TEXT after START, as a word of its own if
    Latin ("than", not "thank"), or -1."""
    if not word.isascii():
        return text.find(word, start)
    found = re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text[start:])
    return start + found.start() if found else -1


def _with_other_prefixes(text: str, units: Sequence[Unit]) -> tuple[Unit, ...]:
    """UNITS, each Chinese one the claim writes right after a prefix making a
    word of another thing (``other_prefixes``: 核心 of 非核心项目) given the
    prefixed word as a form too: a passage writing 非核心 states it, though
    that passage's 核心 alone is not stated (``align._stands_in``)."""
    prefixes = grammar("zh").other_prefixes
    if not any(p in text for p in prefixes):
        return tuple(units)
    out = []
    for unit in units:
        at = text.find(unit.surface)
        if at > 0 and text[at - 1] in prefixes and CJK_RUN.fullmatch(unit.surface):
            unit = replace(unit, forms=(*unit.forms, text[at - 1] + unit.surface))
        out.append(unit)
    return tuple(out)


def read_open_claim(text: str, analysis: Analysis, lexicon: Lexicon,
                    document_frequency: Callable[[str], int], passages: int) -> OpenClaim:
    """Units and values of a claim (TEXT normalised, ANALYSIS its analysis);
    DOCUMENT_FREQUENCY(term) counts the passages holding an index term, out
    of PASSAGES, to weight the units."""
    covered: list[tuple[int, int]] = []
    units: list[Unit] = []
    for mention in analysis.mentions:
        if mention.kind == "entity":
            entity = lexicon.entities.get(mention.id)
            forms = entity.aliases if entity else (mention.surface,)
            units.append(Unit(mention.surface, forms=_match_forms(forms), entity=mention.id))
        elif mention.kind == "measure":
            measure = lexicon.measures.get(mention.id)
            forms = measure.terms if measure else (mention.surface,)
            # (Its English word's stem too: "fell ill" is said by "had fallen ill".)
            units.append(Unit(mention.surface, forms=_match_forms(forms), measure=mention.id,
                              stems=tuple(stem(w) for w in LATIN_WORD.findall(mention.surface)
                                          if mention.surface.isascii() and not is_stop_word(w))))
        elif mention.kind != "qualifier":
            continue
        else:
            # A qualifier in any of its terms: "angel round" is 天使轮.
            terms = [t for t, q in lexicon.qualifier_terms if q == mention.id]
            units.append(Unit(mention.surface, forms=_match_forms((mention.surface, *terms)),
                              qualifier=mention.id))
        covered.append((mention.start, mention.end))
    # A difference ("600 million euros more than …") is a figure no level states.
    values = tuple(v for v in analysis.values if v.role in ("value", "difference"))
    counted = tuple(numeral_units()["ordinals"].get("counted_after", ()))
    covered += [(v.start, v.end + (len(next((c for c in counted if text.startswith(c, v.end)), ""))
                                   if v.kind == "ordinal" else 0))
                for v in analysis.values]
    user = dict(lexicon.grammar_words)

    def cues_of(kind: str) -> list[tuple[int, int, str]]:
        return find_cues(text, kind, user.get(kind, ()), user.get("not_negation", ()))

    cues = [(s, e) for kind in ("negation", "denial", "report", "dispute", "modal", "unsettled")
            for s, e, _ in cues_of(kind)]
    if any(v.kind == "date" and v.unit == "year" for v in analysis.values):
        # "Acme's full-year revenue in 2024": the year says the whole year.
        cues += [(s, e) for s, e, _ in cues_of("whole_period")]
    rest = _blank(text, covered + cues)
    months = _chinese_months(rest)
    units += [unit for unit, _ in months]
    rest = _blank(rest, [span for _, span in months])
    unread = _unread_numbers(rest)
    numbers = tuple(dict.fromkeys(number for number, _ in unread))
    rest = _blank(rest, [span for _, span in unread])
    # A number in words no value read ("Twelve miners were rescued") is one
    # the passage must write, in digits or words.
    spelled = english_numbers(rest)
    numbers += tuple(dict.fromkeys(f"{value:.0f}" for _, _, value in spelled
                                   if value.is_integer() and f"{value:.0f}" not in numbers))
    rest = _blank(rest, [(start, end) for start, end, _ in spelled])
    vocabulary = _UserVocabulary.of(lexicon)
    named = _person_units(rest, lexicon.surnames, vocabulary)
    units += [unit for unit, _ in named]
    rest = _blank(rest, [span for _, span in named])
    # A title in title marks (《跨过鸭绿江》) names one work: a name, whole,
    # that may stand in the sentence before ("该片在北京举行了首映式").
    # So does a short Chinese term in quotation marks (“新三样”, 「星语」).
    titles = [m for m in [*_TITLE.finditer(rest), *_QUOTED_TERM.finditer(rest)]
              if m.group(1).strip()]
    units += [Unit(m.group(1), forms=(m.group(1).lower(),), name=True) for m in titles]
    rest = _blank(rest, [m.span() for m in titles])
    units += _with_descriptors(rest, [_with_initials(u) for u in _latin_units(rest, vocabulary)])
    units += _cjk_units(rest, vocabulary, lexicon.surnames)
    units += _value_modifiers(text, analysis.values, [(m.start, m.end) for m in analysis.mentions])
    units = _ranked_forms(text, analysis.values, _dedupe(_alternatives_merged(text, units)))
    if any(v.kind != "date" for v in values):
        # (Words that only tie a figure in, 由 of 由12%降至9%, are no words
        # of the claim's: a passage says it without them.)
        particles = {w for lang in ("zh", "en") for w in grammar(lang).figure_particles}
        units = [u for u in units if u.surface.lower() not in particles]
    weighted = tuple(_weighted(u, document_frequency, passages) for u in units)
    negations = [cue for cue in cues_of("negation") if not _superlative_by_negation(text, cue)]
    existential = user.get("existential", ())
    scoped = _scoped_units(text.lower(), negations, weighted, existential)
    if negations and len(scoped) == len(weighted) > 1:
        # "X is not going to happen": the negated verb of happening says only
        # that X is not so; a passage stating X need not say "happen" too.
        weighted = tuple(replace(u, weight=0.0) if _existential(u, existential) else u
                         for u in weighted)
    if any(v.kind != "date" for v in values):
        light = {w for lang in ("zh", "en") for w in grammar(lang).light_verbs}
        weighted = tuple(replace(u, weight=0.0) if u.surface.lower() in light else u
                         for u in weighted)
    weighted = _credential_verbs_light(text, weighted)
    weighted = _with_other_prefixes(text, weighted)
    # (A fraction is a figure too: "rose by more than a fifth".)
    fraction = any(v.kind == "multiple" and 0 < v.low < 1 for v in values)
    if fraction or any(v.kind in ("amount", "count", "percent", "physical") for v in values):
        weighted = _with_same_direction(weighted)
    if fraction or any(v.kind == "percent" for v in values):
        weighted = _with_share_verbs(weighted)
    weighted = _with_comparative_directions(text, weighted)
    # A verb saying only that a figure of a dimension is the subject's
    # ("covers about 2,800 hectares") is said by any figure of it ("a bog of
    # 2,780 hectares").
    for dimension in {v.unit for v in values if v.kind == "physical"}:
        implied = {w for lang in ("zh", "en") for w in _dimension_verbs(lang, dimension)}
        weighted = tuple(replace(u, dimension=dimension) if u.surface.lower() in implied else u
                         for u in weighted)
    periods = tuple(next((f.time for f in analysis.frames if f.value.start == v.start), None)
                    for v in values)
    heads = tuple(next((f.head_measure for f in analysis.frames if f.value.start == v.start), "")
                  for v in values)
    corrects = _corrects_report(cues_of("report"), cues_of("corrections"))
    return OpenClaim(units=weighted, values=values, text=text, periods=periods, heads=heads,
                     relation=_relates_two(text, analysis, weighted, cues_of("relations")),
                     exclusive=_excludes_others(text, analysis, cues_of("exclusive")),
                     universal=_excludes_others(text, analysis, [
                         (start, end, cue) for start, end, cue in cues_of("universal")
                         # "half of all vegetated land", "the largest of all":
                         # a part of all, not a claim about each. (Nor "every
                         # week": how often.)
                         if not text[:start].rstrip().lower().endswith(" of")
                         and not _names_period(text, end)]),
                     negated=bool(negations),
                     negated_units=scoped,
                     denies=bool(cues_of("denial") or cues_of("dispute")) or corrects
                     or _evidence_lacked(text, cues_of("absence"), cues_of("evidence")),
                     corrects=corrects,
                     reports=bool(cues_of("report")),
                     modal=bool(cues_of("modal")),
                     unsettled=bool(cues_of("unsettled")),
                     cue_words=lexicon.grammar_words,
                     numbers=numbers,
                     terms=_retrieval_terms(weighted))


def _credential_verbs_light(text: str, units: tuple[Unit, ...]) -> tuple[Unit, ...]:
    """UNITS, a verb saying only that a degree was had (``credential_verbs``)
    weighing nothing where a word of a degree (``credentials``) follows it
    within a few words ("earned his doctorate", 获得博士学位), and so a
    generic degree word after another ("undergraduate degree"): a source
    says "博士毕业于……", "本科毕业于……"."""
    rules = [grammar(lang) for lang in ("zh", "en")]
    degrees = {w for r in rules for w in r.credentials}
    lowered = text.lower()
    spots = sorted(at for d in degrees for at in _word_starts(d, lowered))
    if not spots:
        return units   # (most claims)
    verbs = {w for r in rules for w in r.credential_verbs}
    light = []
    for unit in units:
        word = unit.surface.lower()
        at = lowered.find(word)
        if word in verbs and at >= 0 and any(
                0 < spot - at <= len(word) + _CREDENTIAL_REACH for spot in spots):
            light.append(unit)
        elif word in degrees and at >= 0 and any(
                0 < at - spot <= _CREDENTIAL_REACH for spot in spots):
            light.append(unit)   # "undergraduate degree": the first says it
    return tuple(replace(u, weight=0.0) if any(u is v for v in light) else u for u in units)


_CREDENTIAL_REACH = 16
"""Characters after a verb within which the degree it has stands ("earned his
doctorate"), and before a degree word the other degree word it follows."""


def _word_starts(word: str, text: str) -> list[int]:
    """Where WORD stands in TEXT (both lower case): as a whole word, if Latin."""
    if not word.isascii():
        return [m.start() for m in re.finditer(re.escape(word), text)]
    return [m.start() for m in re.finditer(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text)]


def _ranked_forms(text: str, values: Sequence[Value], units: list[Unit]) -> list[Unit]:
    """UNITS, a Latin word right after an ordinal of TEXT ("fourth-largest",
    "fourth largest") also in the forms the rank joins it: a hyphen prefix
    turns the bare word round in a passage ("second-largest" is not
    "largest"), but not after the claim's own rank."""
    lowered = text.lower()
    joined: dict[str, tuple[str, ...]] = {}
    for value in values:
        if value.kind != "ordinal" or not value.surface.isascii():
            continue
        rank = value.surface.lower()
        after = _RANKED_WORD.match(lowered, value.end)
        if after:
            joined[after.group(1)] = (f"{rank}-{after.group(1)}", f"{rank} {after.group(1)}")
    if not joined:
        return units
    return [replace(u, forms=u.forms + joined[u.surface.lower()])
            if u.surface.lower() in joined else u for u in units]


_RANKED_WORD = re.compile(r"[- ]([a-z]+)\b")


def measure_modifiers(analysis: Analysis, claim: OpenClaim,
                      within: Sequence[tuple[int, int]] = (),
                      measures: Collection[str] = ()) -> list[Unit]:
    """The claim's words written right before one of its measures (in the
    spans WITHIN, when given: a fact's own clauses; of the MEASURES, when
    given: its figures' own, not "C轮" of 融资 for the valuation in
    "完成C轮融资后估值升至40亿美元"), which narrow the measure to a part of
    it ("Government clients", "office rent spending", "G端客户"): content
    words, not names or lexicon terms. A generic head noun before the
    measure ("MaaS business grew", "游戏业务收入") narrows nothing itself:
    the word before it does."""
    text = analysis.text
    found = []
    for mention in analysis.mentions:
        if mention.kind != "measure" or within and not any(
                start <= mention.start < end for start, end in within) \
                or measures and mention.id not in measures:
            continue
        before = _without_generic_heads(text[:mention.start].rstrip())
        if _ends_with_comparison_base(before, claim):
            continue   # (the base of a comparison is no part: 比|上年|上涨)
        # A change of a measure (旅游收入|同比增长) is narrowed by the words
        # before the measure it changes.
        while (inner := next((m for m in analysis.mentions if m.kind == "measure"
                              and m.id != mention.id and before.endswith(m.surface)),
                             None)) is not None:
            before = _without_generic_heads(before[:-len(inner.surface)].rstrip())
        # So is a word before that one which is no noun (批发|销量|同比增长:
        # wholesale, not retail, sales; a noun there is more often the
        # owner's name, 味庭|餐饮|外卖业务收入).
        # (Past a character of a kind, 类 of "医疗类客户": the word before it.)
        if before.endswith(grammar("zh").kind_characters):
            before = before[:-1]
        for count in range(MODIFIER_WORDS):
            unit = next((u for u in claim.units
                         if not (u.entity or u.measure or u.name) and len(u.surface) > 1
                         and before.endswith(u.surface)
                         and u.surface.lower() not in _grammar_before_measures()), None)
            if unit is None or count and _tagged_noun(unit.surface):
                break
            if unit not in found:
                found.append(unit)
            before = before[:-len(unit.surface)]
    return found


def comparison_base(claim: OpenClaim) -> list[Unit]:
    """The claim's comparison mark and the word right after it, the base it
    compares with (比|上年 of "猪肉价格比上年上涨9.6%"), or []."""
    text = claim.text.lower()
    for mark in _comparison_marks():
        at = text.find(mark)
        if at < 0:
            continue
        after = text[at + len(mark):].lstrip()
        base = next((u for u in claim.units if u.surface and after.startswith(u.surface.lower())), None)
        marks = [u for u in claim.units if u.surface.lower() == mark]
        return [*marks, base] if base else []
    return []


def _ends_with_comparison_base(before: str, claim: OpenClaim) -> bool:
    """Whether BEFORE ends with the base of a comparison, a comparison mark
    and a word of the claim (猪肉价格|比上年|上涨)."""
    return any(before.endswith(u.surface) and before[:-len(u.surface)].rstrip().lower()
               .endswith(_comparison_marks()) for u in claim.units if u.surface)


def _tagged_noun(word: str) -> bool:
    """Whether jieba tags the Chinese WORD a noun (any Latin word counts)."""
    if not CJK_RUN.fullmatch(word):
        return True
    tagged = persons.tagged_words(word)
    return len(tagged) != 1 or tagged[0][1].startswith("n")


MODIFIER_WORDS = 2
"""The most words right before a measure read as narrowing it."""


@lru_cache(maxsize=1)
def _comparison_marks() -> tuple[str, ...]:
    return tuple(w for lang in ("zh", "en") for w in grammar(lang).comparison_marks)


@lru_cache(maxsize=1)
def _grammar_before_measures() -> frozenset[str]:
    """Words before a measure that are not a part of it: those linking a
    figure to it ("相当于总收入的514%"), those of a phase ("完成C轮融资",
    judged apart: ``verdicts._same_phase``) and those only saying someone
    holds a role ("served as vice president", 担任副总裁)."""
    words = frozenset(w for lang in ("zh", "en")
                      for kind in ("copulas", "shares", "phase_start", "phase_end", "role_verbs")
                      for w in getattr(grammar(lang), kind))
    # (A role verb with its preposition: "served as".)
    return words | {f"{w} as" for w in grammar("en").role_verbs}


@lru_cache(maxsize=1)
def _generic_heads() -> tuple[str, ...]:
    return tuple(sorted({w for lang in ("zh", "en") for w in grammar(lang).generic_heads},
                        key=len, reverse=True))


def _without_generic_heads(text: str) -> str:
    """TEXT without the generic head nouns that end it ("game business",
    "游戏业务"), by the grammar's lists of both languages."""
    heads = _generic_heads()
    changed = True
    while changed:
        changed = False
        lowered = text.lower()
        for head in heads:
            if lowered.endswith(head) and (not head.isascii() or len(text) == len(head)
                                           or not text[-len(head) - 1].isalnum()):
                text = text[:-len(head)].rstrip()
                changed = True
                break
    return text


def load_dictionaries(texts: Iterable[str] | None = None) -> None:
    """Load what reading the claims TEXTS (None: any claim) loads lazily:
    CC-CEDICT's English index, the pinyin readings and, when a text holds
    Chinese, jieba's dictionary and the Chinese index. Called before forking
    workers, so that they share it instead of each building it again; a
    claim set without Chinese does not load the Chinese dictionaries."""
    from checker.language.persons import readings
    from checker.language.vocabulary import glosses, translations

    translations("language")
    readings("中")
    if texts is None or any(CJK_RUN.search(text) for text in texts):
        import rjieba

        rjieba.cut("中文")
        glosses("中文")


def opens_with_name(text: str) -> bool:
    """Whether TEXT (a clause) opens with a person's name, by the segmenter's
    part-of-speech tags ("杨紫发文……"), or, in English, with a capitalised
    word that does not begin a sentence of its own ("…, Smith said")."""
    text = text.strip()
    if CJK_RUN.match(text):
        return persons.leading_chinese_name(text) is not None
    first = LATIN_WORD.match(text)
    return bool(first) and first.group()[0].isupper() and not is_stop_word(first.group())


def whole_speech_verb(text: str, start: int, end: int, verb: str) -> bool:
    """Whether the verb of saying VERB at START..END of TEXT is a word of its
    own: 称 of 公司称, not of 名称 or 称为."""
    if verb.isascii():
        return True
    opening = max(text.rfind(mark, 0, start) for mark in "\uff0c,\u3002;\uff1b") + 1
    at = opening
    for word, _ in persons.tagged_words(text[opening:end + 2]):
        if at == start:
            return word == verb
        at += len(word)
        if at > start:
            return False
    return False


def opens_with_noun(text: str) -> bool:
    """Whether TEXT, a Chinese clause, opens with a noun, after any times and
    figures, by the segmenter's part-of-speech tags: its subject is its own
    ("两市成交额连续13交易日破万亿"), where a clause opening with a verb or a
    preposition ("搭建……", "11月在合肥举行") goes on with the one before."""
    text = text.strip()
    if not CJK_RUN.match(text):
        return False
    for word, tag in persons.tagged_words(CJK_RUN.match(text).group()):
        if tag[:1] in _LEADING_TIME_TAGS:
            continue
        return tag[:1] == "n" or tag == "j"
    return False


_LEADING_TIME_TAGS = frozenset("mtq")
"""jieba's tags of the figures and times a clause may open with (11月, 次日)."""


def _scoped_units(text: str, cues: Sequence[tuple[int, int, str]], units: Sequence[Unit],
                  existential: Sequence[str] = ()) -> tuple[int, ...]:
    """Indexes of the units that CUES (negations) in TEXT bear on: in Chinese
    the first unit within reach after each ("不可靠": 可靠; "没下针的情况":
    下针), in English every unit within reach ("no systematic increase"). A
    negated verb of being or happening ("is not going to happen", 并不存在)
    bears on the whole claim: every unit."""
    scoped: set[int] = set()
    for _, end, surface in cues:
        reached = []
        for i, unit in enumerate(units):
            if unit.entity or unit.name:
                continue
            forms = {f for f in (unit.surface.lower(), *unit.forms) if f}
            starts = [m.start() for form in forms for m in re.finditer(re.escape(form), text)
                      if m.start() >= end and within_reach(text[end:m.start()], surface)]
            if starts:
                reached.append((min(starts), i))
        if not surface.isascii():
            reached = sorted(reached)[:1]
        if any(_existential(units[i], existential) for _, i in reached):
            return tuple(range(len(units)))
        scoped.update(i for _, i in reached)
    return tuple(sorted(scoped))


def _existential(unit: Unit, extra: Sequence[str] = ()) -> bool:
    words, stems = _existential_forms(tuple(extra))
    return unit.surface.lower() in words or " ".join(unit.stems) in stems


@lru_cache(maxsize=8)
def _existential_forms(extra: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of being or happening (bundled and EXTRA), and their stems."""
    words = {w.lower() for lang in ("zh", "en") for w in grammar(lang).existential}
    words |= {w.lower() for w in extra}
    stems = {" ".join(stem(p) for p in w.split()) for w in words if w.isascii()}
    return frozenset(words), frozenset(stems)


def _value_modifiers(text: str, values: Sequence[Value],
                     mentions: Sequence[tuple[int, int]]) -> list[Unit]:
    """English words the value parser took into a value that say what is
    counted ("over 110 million *monthly active* users"): the passage must
    license them like any other word. Number, scale, currency, hedge and
    unit words are the value's own (``checker/data/units.yaml``)."""
    own = _value_words()
    spans = []
    for value in values:
        if value.kind not in ("amount", "count", "percent"):
            continue  # "the first half of 2025" is date grammar, not a modifier
        for match in LATIN_WORD.finditer(text, value.start, value.end):
            inside_mention = any(a <= match.start() < b for a, b in mentions)
            # (A number written with a hyphen is the value's too: thirty-two.)
            if not all(part in own for part in match.group().lower().split("-")) \
                    and not is_stop_word(match.group()) and not inside_mention:
                spans.append(match.span())
    if not spans:
        return []
    keep = "".join(ch if any(a <= i < b for a, b in spans) else " " for i, ch in enumerate(text))
    return _latin_units(keep, _UserVocabulary())


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    from checker.language.numerals import units

    english = units()["numbers"]["english"]
    return frozenset(str(w).lower() for w in english) - _month_words()


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    from checker.language.numerals import units

    return frozenset(str(m).lower() for m in units()["dates"]["months"])


@lru_cache(maxsize=1)
def _value_words() -> frozenset[str]:
    """Every Latin word of the units file's entries (a value's own words)."""
    return frozenset(w for entry in _value_entries() for w in entry.split())


@lru_cache(maxsize=1)
def _lone_value_words() -> frozenset[str]:
    """The units file's entries of one Latin word ("million", "percent")."""
    return frozenset(entry for entry in _value_entries() if " " not in entry)


@lru_cache(maxsize=1)
def _phrase_only_words() -> frozenset[str]:
    """Words of the units file's entries that are a value's only where their
    entry stands whole (the grammar's ``phrase_value_words``: "close" of
    "close to"), a verb of the claim elsewhere ("will close its plant")."""
    return frozenset(w.lower() for lang in ("en", "zh") for w in grammar(lang).phrase_value_words)


@lru_cache(maxsize=1)
def _value_names() -> frozenset[str]:
    """The words the units file writes capitalised in a currency's name
    ("Singapore dollars", "New Zealand dollar": places), lower case; not an
    adjective of another currency ("Chinese yuan")."""
    return frozenset(w.lower() for entry in _value_entries(cased=True)
                     if entry.lower().endswith(_DOLLARS)
                     for w in entry.split() if w[0].isupper())


_DOLLARS = ("dollar", "dollars")


@lru_cache(maxsize=1)
def _value_phrases() -> re.Pattern[str]:
    """The units file's entries of several Latin words ("close to", "Hong Kong
    dollars"): their words are the value's only where the whole entry stands."""
    phrases = sorted((e for e in _value_entries() if " " in e), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
                      + r")\b" if phrases else r"(?!x)x", re.IGNORECASE)


def _value_word_at(text: str, start: int, word: str) -> bool:
    """Whether WORD at START of TEXT is a value's word left over by the value
    parser: a word of the units file's entries, but a name (``_value_names``:
    "Singapore" of "Singapore dollars") where no entry holding it stands
    whole: "Singapore banned chewing gum" names a country.
    (A common word, "new", "lower", "close", stays the value's anywhere: a
    claim's "new budget" is the passage's "budget".)"""
    lowered = word.lower()
    if lowered in _bound_verbs():
        # ("topped 1 million", "topped more than 5%"; not "topped the league")
        return _FIGURE_AFTER.match(text, start + len(word)) is not None
    if lowered in _lone_value_words():
        return True
    if lowered not in _value_words():
        return False
    if (not word[0].isupper() or lowered not in _value_names()) \
            and lowered not in _phrase_only_words():
        return True
    return any(m.start() <= start < m.end()
               for m in _value_phrases().finditer(text, max(0, start - _PHRASE_REACH),
                                                  start + len(word) + _PHRASE_REACH))


_PHRASE_REACH = 40
"""Characters either side of a word within which an entry holding it is sought."""

# A figure within two words after a word: digits, a currency sign before them.
_FIGURE_AFTER = re.compile(r"[\s,]*(?:[A-Za-z]+\s+){0,2}[$£€¥]?\d")


@lru_cache(maxsize=1)
def _bound_verbs() -> frozenset[str]:
    return frozenset(w.lower() for lang in ("en", "zh") for w in grammar(lang).bound_verbs)


@lru_cache(maxsize=2)
def _value_entries(cased: bool = False) -> tuple[str, ...]:
    """The units file's entries, lower case (or as written, when CASED), as
    runs of Latin words joined by one space; entries without Latin words
    left out."""
    from checker.language.numerals import units

    entries: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            words = [w if cased else w.lower() for w in LATIN_WORD.findall(node)]
            if words:
                entries.append(" ".join(words))
        elif isinstance(node, dict):
            for key, item in node.items():
                # {january: 1, thousand: 1000}: the key is a word; not in a
                # unit's conversion ({per: 0.556, offset: -17.8}), whose keys
                # are the file's fields ("did not offset the loss").
                if isinstance(item, (int, float)) and "per" not in node:
                    walk(key)
                walk(item)
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item)

    # Ranks and time units the parser did not read into a value are the
    # claim's words: "the first person to fly", "the largest city", "$4,000
    # a year" (a passage must say them, not "second-largest" or "a month").
    walk({k: v for k, v in units().items() if k not in _WORDED_SECTIONS})
    return tuple(dict.fromkeys(entries))


_WORDED_SECTIONS = ("ordinals", "durations", "dates", "plurals", "year_before_plural_after",
                    "classifiers", "metre_abbreviation", "pounds_as_mass", "years_as_age",
                    "counted_before_units", "gap_after")
"""Sections of the units file whose words, unread into a value, are the
claim's. (The classifiers' unit names, building, vehicle, ship, are ids,
no grammar: "Norvik is building a wind farm" must say building; nor are the
words that tell a weight in pounds from money, "ordered to pay"; nor the
unit ids a counting noun before a figure may replace, "of any kind"; nor
the words of a gap after a figure, "sold outside Marland".)"""


# A number the value parser did not read, with the letter or character after
# it: "20日", "3D", "5G", "00后", "24时"; inside a Latin word ("COVID-19",
# "GPT-4") it is part of the word instead.
# A score is one number: "4比1", "98:91", "4-2" (not a 4 and a 1击 of 击败;
# with a dash, numbers of up to three digits: "2019-2020" are years).
SCORE_MARK = "(?:比|:|-|\u2013)"
SCORE = re.compile(r"(?<![0-9.,])([0-9]{1,3})" + SCORE_MARK + r"([0-9]{1,3})(?![0-9]|[.,][0-9])")
_NUMBER = re.compile(r"(?<![A-Za-z0-9-])(?<![0-9][.,])(?:[0-9]{1,3}" + SCORE_MARK
                     + r"[0-9]{1,3}(?![0-9]|[.,][0-9])"
                     r"|[0-9][0-9.,]*[A-Za-z\u3400-\u9fff]?)")


def _unread_numbers(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The numbers of TEXT no value read, each with the span to blank. Where
    the character after one begins a word of three characters or more
    (13交易日, without a counter), the word stays whole, a word of the claim:
    易日 is none."""
    found = []
    for m in _NUMBER.finditer(text):
        number, end = m.group().lower(), m.end()
        # (Not the full stop or comma after it: "in 1227.")
        trailing = len(number) - len(number.rstrip(".,"))
        number, end = number[:len(number) - trailing], end - trailing
        if CJK_RUN.match(number[-1]) and len(_first_word(text[end - 1:])) >= _WORD_AFTER_NUMBER:
            end -= 1
        found.append((number, (m.start(), end)))
    return found


_WORD_AFTER_NUMBER = 3
"""Characters of the word a number's next character must begin for the word
to be read whole: shorter ones (号线 of 6号线, 年级, 日至) say what the
number counts or names."""


def _first_word(text: str) -> str:
    import rjieba

    run = CJK_RUN.match(text)
    # (Dictionary words only: HMM glues a number's unit to a name, 日启澄.)
    return rjieba.cut(run.group(), False)[0] if run else ""


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(end, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _match_forms(forms: Sequence[str]) -> tuple[str, ...]:
    return _normalised_forms(tuple(forms))


@lru_cache(maxsize=4096)
def _normalised_forms(forms: tuple[str, ...]) -> tuple[str, ...]:
    # Remembered: every claim naming an entity normalises all its aliases.
    from checker.language.normalise import normalise_for_match

    return tuple(dict.fromkeys(f for f in (normalise_for_match(x).lower() for x in forms) if f))


@dataclass(frozen=True)
class _UserVocabulary:
    """What a user's lexicon files add to the bundled vocabulary: glossary
    pairs both ways and stop words."""

    english: dict[str, tuple[str, ...]] = field(default_factory=dict)
    chinese: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stop_words: frozenset[str] = frozenset()
    stop_phrases: frozenset[str] = frozenset()
    edge_characters: frozenset[str] = frozenset()
    """Characters a guessed word loses at its edges (function and clitic
    characters of the Chinese grammar, the user's included)."""

    @classmethod
    def of(cls, lexicon: Lexicon) -> _UserVocabulary:
        english: dict[str, list[str]] = {}
        chinese: dict[str, list[str]] = {}
        for en_terms, zh_terms in lexicon.glossary:
            for term in en_terms:
                english.setdefault(" ".join(term.lower().split()), []).extend(zh_terms)
            for term in zh_terms:
                chinese.setdefault(term, []).extend(en_terms)
        user = dict(lexicon.grammar_words)
        chinese_grammar = lexicon.grammar("zh")
        return cls({k: tuple(v) for k, v in english.items()},
                   {k: tuple(v) for k, v in chinese.items()},
                   frozenset(user.get("stop_words", ())),
                   frozenset(" ".join(p.split()) for p in user.get("stop_phrases", ())),
                   chinese_grammar.function_characters | chinese_grammar.clitic_characters)

    def is_stop_phrase(self, phrase: str) -> bool:
        phrase = " ".join(phrase.lower().split())
        return phrase in grammar("en").stop_phrases or phrase in self.stop_phrases

    def compound_translations(self, first: str, second: str) -> tuple[str, ...]:
        from checker.language.vocabulary import compound_translations

        return compound_translations(first, second)

    def translations(self, phrase: str) -> tuple[str, ...]:
        from checker.language.vocabulary import translations

        return self.english.get(" ".join(phrase.lower().split()), ()) + translations(phrase)

    def is_stop_word(self, word: str) -> bool:
        return is_stop_word(word) or word.lower() in self.stop_words


def _with_descriptors(text: str, units: list[Unit]) -> list[Unit]:
    """UNITS with a name in pinyin ("Chiheng", read as characters) and the
    capitalised words right after it ("Autodrive", "Power's") made one name:
    a company's name in English whose Chinese form the passage writes (驰衡
    智驾, 沃川动力) translates its descriptor loosely, so the name is found
    by its reading; an English passage holds it written so."""
    merged: list[Unit] = []
    i = 0
    while i < len(units):
        unit = units[i]
        at = text.find(unit.surface)
        if unit.surface[:1].isupper() and not unit.readings and i + 1 < len(units) \
                and units[i + 1].name:
            # A word a dictionary knows only as a name ("Lanxi": 兰溪, a
            # place) may be another name that reads so (澜汐机器人); a
            # first word before a name may be one ("Chiming Volcano": 赤溟).
            unit = replace(unit, name=unit.name or _names_only(unit.forms),
                           readings=tuple(persons.latin_name_variants([unit.surface])))
        j = i + 1
        end = at + len(unit.surface)
        # (A possessive ends the name: "Tingzhou's GDP" is Tingzhou's.)
        while unit.readings and at >= 0 and j < len(units) and units[j].name \
                and not (units[j].entity or units[j].measure or units[j].person) \
                and not _POSSESSIVE.search(text[at:end]) \
                and text.startswith(units[j].surface, end + 1) and text[end] == " ":
            end += 1 + len(units[j].surface)
            j += 1
        if j > i + 1:
            phrase = _POSSESSIVE.sub("", text[at:end])
            merged.append(Unit(phrase, forms=(phrase.lower(),),
                               stems=tuple(s for u in units[i:j] for s in u.stems),
                               name=True, readings=unit.readings))
        else:
            merged.append(unit)
        i = j
    return merged


def _names_only(translations: Sequence[str]) -> bool:
    """Whether every Chinese word of TRANSLATIONS is one a dictionary knows
    only as a name (兰溪, a place; not 竿头 of "acme")."""
    from checker.language.vocabulary import is_common_word

    words = [t for t in translations if CJK_RUN.fullmatch(t)]
    return bool(words) and not any(is_common_word(t) for t in words)


def _latin_units(text: str, vocabulary: _UserVocabulary) -> list[Unit]:
    """English content words, phrases first ("Carnegie Mellon University",
    "stock exchange"), each with its Chinese translations and its stems."""
    translations = vocabulary.translations
    compound_translations = vocabulary.compound_translations
    is_stop_word = vocabulary.is_stop_word

    words = [(m.group(), m.start()) for m in LATIN_WORD.finditer(text)]
    units: list[Unit] = []
    i = 0
    while i < len(words):
        taken = 1
        for size in range(min(_MAX_PHRASE_WORDS, len(words) - i), 1, -1):
            run = words[i:i + size]
            if not _adjacent(text, run):
                continue
            phrase = " ".join(w for w, _ in run)
            if vocabulary.is_stop_phrase(phrase):
                taken = size  # "due to", "in fact": grammar, though CC-CEDICT lists them
                break
            if all(is_stop_word(w) for w, _ in run):
                continue  # "there is", "as well as": grammar, not content
            found = translations(_POSSESSIVE.sub("", phrase))  # "Tsinghua University's"
            if not found and size == 2:
                found = compound_translations(run[0][0], run[1][0])  # "winning bid"
            if found and run[-1][0].lower() in grammar("en").object_prepositions:
                heads = [w for w, _ in run[:-1] if not is_stop_word(w)]
                if len(heads) == 1:   # "worked at": 力拚, and work's own 工作, 就职
                    found = tuple(dict.fromkeys(found + translations(heads[0])))
            if found:
                units.append(Unit(phrase, forms=_cjk_forms(found),
                                  stems=tuple(stem(w) for w, _ in run if not is_stop_word(w))))
                taken = size
                break
        else:
            word, start = words[i]
            # A month left over by the value parser ("January-" of
            # "January-June 2025") is the values' business; one on its own
            # ("reopened in March") must be there; any other number word it
            # did not read ("Seventeen of the 18") too.
            if word.lower() in _month_words():
                month = english_month(word) if months_named(
                    text[max(0, start - 8):start + len(word) + 3]) else 0
                if month and not _in_range(text, start, start + len(word)):
                    ranged = any(low <= start < high for low, high in month_ranges(text))
                    units.append(Unit(word, forms=(word.lower(),), month=month,
                                      month_range=ranged))
            elif _designation(text, words, i, units):
                # "Teodor-417 b", "Gliese 581 c": a letter naming one of a
                # numbered name's members belongs to the name.
                named = f"{units[-1].surface} {word}"
                units[-1] = replace(units[-1], surface=named, forms=(named.lower(),),
                                    stems=(*units[-1].stems, word.lower()), readings=())
            elif _grade_letter(text, start, word):
                # "由BB下调至B", "cut from BB to B": the letter names a grade.
                units.append(Unit(word, forms=(word.lower(),), name=True))
            elif is_stop_word(word) and not _acronym(word, text):
                pass
            elif word.lower() in _number_words():
                units.append(Unit(word, forms=(word.lower(),), stems=(stem(word),), name=True))
            elif len(word) > 1 and (not _value_word_at(text, start, word) or _acronym(word, text)):
                # A possessive is its noun's form ("the foundation's": 基金会).
                found = translations(_POSSESSIVE.sub("", word))
                parts = word.split("-")
                if not found and len(parts) == 2 and all(parts):
                    found = compound_translations(*parts)  # "bid-winning"
                    if not found and _kept_in_chinese(parts[0]):
                        # Chinese text keeps an acronym and translates the
                        # rest: "AI-native" is "AI原生", "5G-enabled" "5G赋能".
                        found = tuple(parts[0].lower() + t for t in translations(parts[1])
                                      if CJK_RUN.fullmatch(t))
                # A capitalised word is a name ("Acme", "Ohio"), whatever a
                # dictionary makes of it (acme → 竿头): support needs it.
                # A claim's first word is capitalised anyway: a name only if
                # no dictionary knows it.
                name = word[0].isupper() and (start > 0 or not found)
                # (A verb whose particle stands after its object, "put RMB 380
                # billion into", is read with it too: 投入.)
                found = found + _with_particle(words, i, text, translations)
                forms = _cjk_forms(found) + _composed(words, i, text, vocabulary) \
                    + (_POSSESSIVE.sub("", word).lower(),)   # "Acme's" is said by "Acme Corp"
                # A name in pinyin ("Hongtai Electric", "Qingchuan") may be
                # written in characters: of two syllables or more, even where
                # a dictionary knows the word ("the Chiming Volcano": 赤溟).
                readings = tuple(persons.latin_name_variants([_POSSESSIVE.sub("", word)])) \
                    if name else ()
                units.append(Unit(word, forms=forms, stems=(stem(word),), name=name,
                                  readings=readings))
        i += taken
    return units


def _with_particle(words: Sequence[tuple[str, int]], i: int, text: str,
                   translations: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """The translations of the word at I of WORDS with the first particle
    (``separable_particles``) after it in its clause, a few words on, where
    the dictionary knows the pair ("put … into": 投入); () otherwise."""
    particles = grammar("en").separable_particles
    word, start = words[i]
    stop = _CLAUSE_STOP.search(text, start)
    for later, at in words[i + 1:i + 1 + _PARTICLE_REACH]:
        if stop and at >= stop.start():
            break
        if later.lower() in particles:
            return translations(f"{word} {later.lower()}")
    return ()


_PARTICLE_REACH = 6
"""Words after a verb within which its particle is sought."""
_CLAUSE_STOP = re.compile(r"[,;:.!?]")


def _dimension_verbs(lang: str, dimension: str) -> tuple[str, ...]:
    """The grammar's verbs for figures of DIMENSION (area, mass, length)."""
    words = grammar(lang)
    return {"area": words.area_verbs, "mass": words.mass_verbs,
            "length": words.length_verbs}.get(dimension, ())


def _grade_letter(text: str, start: int, word: str) -> bool:
    """Whether WORD, at START of TEXT, is a capital letter standing alone
    for a grade: right after a Chinese character ("由BB下调至B"; not after a
    blank where a value stood, 第4C区 read as 第4 and C) or an English word
    of ``grade_before`` ("cut from BB to B"); not "I", nor one of a code
    (4C, B2) or an initial ("J.", "U.S.")."""
    if len(word) != 1 or not word.isupper() or word == "I":
        return False
    after, before = text[start + 1:start + 2], text[start - 1:start]
    if after in ("'", "\u2019", "&", "-") or before in (".", "-", "&") \
            or after.isascii() and after.isalnum() or before.isascii() and before.isalnum():
        return False
    opening = text[:start].rstrip()
    if CJK_RUN.match(opening[-1:]):
        return not before.isspace()
    # (In English, after a word saying a grade follows: "cut from BB to B";
    # not "vitamin D", a name its passage may leave to the sentence before.)
    previous = LATIN_WORD.findall(opening[-24:])
    # (As written: "To B" names a market, 面向企业.)
    return bool(previous) and previous[-1] in grammar("en").grade_before


def _acronym(word: str, text: str) -> bool:
    """Whether WORD, which spells a grammar or value word, is an acronym: in
    capitals in a TEXT not written in capitals ("its US patent" is no "us";
    the value parser takes "US$" and "US dollars" into their values)."""
    return len(word) > 1 and word.isupper() and not text.isupper()


def _designation(text: str, words: Sequence[tuple[str, int]], i: int,
                 units: Sequence[Unit]) -> bool:
    """Whether word I of WORDS is a single letter designating a member of
    the name before it, the last unit, ending in a digit ("Teodor-417 b"),
    a space between them; not the article of a phrase after ("Boeing 737 a
    decade ago")."""
    word, start = words[i]
    if len(word) != 1 or not word.isalpha() or i == 0 or not units or not units[-1].name:
        return False
    before, at = words[i - 1]
    after = text[start + 1:start + 3]
    return before == units[-1].surface and before[-1:].isdigit() \
        and text[at + len(before):start] == " " and not after[:1].isalnum() \
        and not (word == "a" and after[:1] == " " and after[1:2].isalpha())


def _person_units(text: str, surnames: Sequence[str],
                  vocabulary: _UserVocabulary) -> list[tuple[Unit, tuple[int, int]]]:
    """Persons' names in Latin letters ("Liu Debing", "Junjie Yan": two or
    three capitalised words, one of them a Chinese surname's reading), each
    one unit that a passage holds whole: written so, translated, or in
    characters that read so. Other capitalised runs ("Linear Capital") are
    left to the dictionary."""
    found = []
    for start, end, names in persons.find_latin_names(text, (), surnames):
        phrase = text[start:end]
        words = LATIN_WORD.findall(phrase)
        forms = _cjk_forms(vocabulary.translations(phrase)) + (" ".join(words).lower(),)
        found.append((Unit(phrase, forms=forms, stems=tuple(stem(w) for w in words),
                           name=True, person=tuple(names)), (start, end)))
    return found


def _relates_two(text: str, analysis: Analysis, units: Sequence[Unit],
                 cues: Sequence[tuple[int, int, str]]) -> bool:
    """Whether a relation word (CUES) stands between two of the claim's names:
    "Zhipu listed before MiniMax" orders them; "After GLM-4.7, Zhipu's ARR
    rose" only dates what follows. A Chinese one needs a party on each side."""
    lowered = text.lower()
    named = [(at, u.entity or u.surface.lower()) for u in units if names_a_party(u, text)
             if (at := lowered.find(u.surface.lower())) >= 0]
    for start, end, surface in cues:
        if any(v.start <= start < v.end for v in analysis.values):
            continue
        if not surface.isascii():
            if _parties_around(text, start, end, analysis):
                return True
            continue
        before = {n for at, n in named if at < start}
        after = {n for at, n in named if at >= end}
        if before and after and len(before | after) >= 2:
            return True
    return False


def names_a_party(unit: Unit, text: str) -> bool:
    """Whether UNIT of a claim (TEXT) names a party: an entity, a name, or a
    capitalised word opening the claim ("Instagram acquired …")."""
    return bool(unit.entity or unit.name) or unit.surface[:1].isupper() \
        and text.lstrip().startswith(unit.surface) and not unit.measure


def _names_period(text: str, end: int) -> bool:
    """Whether the English word after END of TEXT is a unit of time (week of
    "every week", quarter of "each quarter"): a frequency."""
    following = NEXT_LATIN_WORD.match(text, end)
    word = following.group(1).lower() if following else ""
    return bool(word) and (word in period_words() or word + "s" in period_words())


@lru_cache(maxsize=1)
def period_words() -> frozenset[str]:
    """Words of a duration (month, year, 月): what a rate of time is per."""
    from checker.language.numerals import units

    return frozenset(w.lower() for unit in units()["durations"].values()
                     for w in unit.get("after", ()))


def _excludes_others(text: str, analysis: Analysis,
                     cues: Sequence[tuple[int, int, str]]) -> bool:
    """Whether an exclusive word (CUES) says nothing else is so: "Only Zhipu
    plans to list"; "only 0.3%" is emphasis of a figure. (A universal word
    likewise: "all of the districts", not "all 48 districts".)"""
    return any(not re.match(r"\s*[0-9]", text[end:end + 3])
               and not any(v.start <= start < v.end for v in analysis.values)
               for start, end, _ in cues)


def _parties_around(text: str, start: int, end: int, analysis: Analysis) -> bool:
    """Whether a Chinese relation word at START:END has a party on each side
    within its clause ("蓝海创投领投了星河科技的……", "智谱早于MiniMax上市"), and
    does not only close a clause of time ("上市之后, ……"): two characters of
    words or a Latin name before it and after it, values left out."""
    clause = next(((s, e) for s, e in analysis.clauses if s <= start < e), (0, len(text)))
    blank = _blank(text, [(v.start, v.end) for v in analysis.values])

    def party(piece: str) -> bool:
        return sum(map(len, CJK_RUN.findall(piece))) >= 2 or bool(LATIN_WORD.search(piece))

    after = blank[end:clause[1]]
    # (Not a word the relation's noun is the subject of: "制造业投资增长13.4%",
    # investment, is no one investing in 增长.)
    if party(blank[clause[0]:start]) and party(after) and not _opens_with_verb(after):
        return True
    # "阿里巴巴被银河科技收购": both parties before the verb, around 被.
    before = blank[clause[0]:start]
    marks = [before.rfind(m) for m in grammar("zh").passive_markers]
    mark = max(marks, default=-1)
    return mark > 0 and party(before[:mark]) and party(before[mark + 1:])


def _opens_with_verb(text: str) -> bool:
    """Whether the Chinese TEXT opens with a word jieba tags as a verb."""
    run = CJK_RUN.match(text.lstrip())
    return run is not None and persons.tagged_words(run.group())[0][1] == "v"


def _in_range(text: str, start: int, end: int) -> bool:
    """Whether the word at START:END is one end of a range ("January-", "-June")."""
    return text[end:end + 1] in ("-", "–") or text[max(0, start - 1):start] in ("-", "–")


def _composed(words: Sequence[tuple[str, int]], i: int, text: str,
              vocabulary: _UserVocabulary) -> tuple[str, ...]:
    """Chinese compounds of word I with the content word beside it, made of
    their translations where one is a single character, which alone matches
    too much: "cloud services" is 云服务 (云 + 服务), though neither the
    phrase nor 云 may be looked for by itself."""
    found: list[str] = []
    for left, right in ((i - 1, i), (i, i + 1)):
        if left < 0 or right >= len(words) or not _adjacent(text, words[left:right + 1]) \
                or any(vocabulary.is_stop_word(w) for w, _ in words[left:right + 1]):
            continue
        heads = [t for t in vocabulary.translations(words[left][0]) if CJK_RUN.fullmatch(t)]
        tails = [t for t in vocabulary.translations(words[right][0]) if CJK_RUN.fullmatch(t)]
        found.extend(h + t for h in heads for t in tails
                     if (len(h) == 1 or len(t) == 1) and len(h) + len(t) >= 3)
    return tuple(dict.fromkeys(found))


def _kept_in_chinese(word: str) -> bool:
    """An acronym or a code ("AI", "5G", "GPT") that Chinese text writes as is."""
    return len(word) <= 5 and word.upper() == word and any(c.isalpha() for c in word)


def _adjacent(text: str, run: Sequence[tuple[str, int]]) -> bool:
    """Words separated by spaces or hyphens only (not by a removed value or cue)."""
    for (word, start), (_, following) in pairwise(run):
        gap = text[start + len(word):following]
        if gap.strip(" -") or len(gap) > 2:
            return False
    return True


_TITLE = re.compile(r"《([^《》]{1,40})》")
"""A work's title in Chinese title marks."""

_QUOTED_TERM = re.compile(r"[“「\"]([\u3400-\u9fff][\u3400-\u9fffA-Za-z0-9]{1,5})[”」\"]")
"""A short Chinese term in quotation marks: a name (a longer quotation is
what someone said)."""


def _chinese_months(text: str) -> list[tuple[Unit, tuple[int, int]]]:
    """Months a Chinese claim (TEXT, values blanked) names without a year
    (10月份, 十月), each with its span: the passage must name the month
    alone, not as the end of a range (1-10月份 is the ten months to October),
    as an English claim's "in October". Not an end of a range the claim
    names itself."""
    ranges = month_ranges(text)
    found = []
    for match in _CLAIM_MONTH.finditer(text):
        if any(low <= match.start() < high for low, high in ranges):
            continue
        month = next(iter(months_named(match.group())), 0)
        if month:
            found.append((Unit(match.group(), forms=(match.group(),), month=month), match.span()))
    return found


_CLAIM_MONTH = re.compile(r"(?<![\d.一二三四五六七八九十两零〇])"
                          r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?"
                          r"(?![日号]|[\d一二三四五六七八九十]+[日号])")


def _evidence_lacked(text: str, absences: Sequence[tuple[int, int, str]],
                     evidence: Sequence[tuple[int, int, str]]) -> bool:
    """Whether the claim says there is no evidence for what it names, the
    evidence word closing its clause after an absence word ("研究人员没有发现
    适量饮用咖啡会增加房颤风险的证据"): it denies that thing, as a source finding
    no evidence for it does."""
    # (The word closes the clause: the text after it opens another, or ends.)
    return any(end <= start and within_clause(text[end:start])
               and not within_clause(text[stop:].lstrip()[:1] or ".")
               for _, end, _ in absences for start, stop, _ in evidence)


def _corrects_report(reports: Sequence[tuple[int, int, str]],
                     corrections: Sequence[tuple[int, int, str]]) -> bool:
    """Whether a claim reports something and then says what it really is
    ("网传……视频拍的其实是……"): it denies what it reports, as a debunk does."""
    return bool(reports) and any(start > reports[0][1] for start, _, _ in corrections)


def _cjk_forms(words: Sequence[str]) -> tuple[str, ...]:
    # One-character translations (度, 花) match inside unrelated words. Forms
    # are looked for in lower-cased text: "G端", "API" as g端, api.
    return tuple(dict.fromkeys(w.lower() for w in words if len(w) >= 2))


def _cjk_units(text: str, vocabulary: _UserVocabulary,
               surnames: Collection[str] = ()) -> list[Unit]:
    """Chinese content words, cut by jieba (rjieba); a word made only of
    function characters (的, 在) is no unit. A passage that lacks a long word
    whole may still hold part of it (``unit_share``)."""
    runs = CJK_RUN.findall(text)
    if not runs:
        return []  # an English claim does not pay for jieba's dictionary

    units = []
    for run in runs:
        previous = ""
        cut = _cut_words(run, surnames)
        for at, (word, kind) in enumerate(cut):
            before, previous = previous, word
            after = _trimmed(cut[at + 1][0], vocabulary.edge_characters) if at + 1 < len(cut) else ""
            if kind == "name":
                units.append(Unit(word, forms=(word,), name=True, variants=_variants(word),
                                  spelled=_spelled_person(word)))
                continue
            if kind == "prefixed":
                units.append(Unit(word, forms=(word,), whole=True))
                continue
            if kind == "abbreviation":
                # A place, which a passage may name in full (在沪: 在上海).
                units.append(Unit(word, forms=(word, _abbreviated_places()[word]), name=True))
                continue
            word = _trimmed(word, vocabulary.edge_characters)
            if word and not is_chinese_stop_word(word) and word not in vocabulary.stop_words:
                glossed = _glossed(word) + tuple(
                    tuple(stem(w) for w in LATIN_WORD.findall(g) if not is_stop_word(w))
                    for g in vocabulary.chinese.get(word, ()))
                spelled = _spelled(word)
                if spelled and len(word) in (2, 3) and word[:1] in surnames:
                    spelled += _spelled_person(word)
                units.append(Unit(word, forms=(word, *_localised_noun(before, word, after)),
                                  spelled=spelled, glossed=tuple(o for o in glossed if o),
                                  variants=_variants(word)))
    return units


def _localised_noun(before: str, word: str, after: str = "") -> tuple[str, ...]:
    """The noun WORD cuts off when jieba joins a noun's last character to
    the place word after it (内部|信中 of 内部信中, 发布|会上 of 发布会上):
    BEFORE, the word before it, with that character (内部信), which a passage
    writes without the place word; () when WORD is a word of its own, or
    AFTER, the next word, is one character left alone, which the place
    character goes with (伊利亚|斯上|季 of 伊利亚斯上季: 上季, last season)."""
    from checker.language.vocabulary import is_common_word

    # (A verb of saying may come with it: 信中称 of 内部信中称; not 毒 of 酸中毒.)
    if not (len(word) == 2 or len(word) == 3 and word[2] in grammar("zh").speech_verbs) \
            or len(before) < 2 or is_chinese_stop_word(before) \
            or _tag_alone(word[1]) != _PLACE_WORD_TAG or is_common_word(word) \
            or len(word) == 2 and len(after) == 1:
        return ()
    # (The character cut off is a noun's, 信, or makes one with the word
    # before, 发布会; not 较 of 病例|较前|一周 nor 试 of 文凭|试中|文科.)
    if not _tag_alone(word[0]).startswith(_NOUN_TAG) and not is_common_word(before + word[0]):
        return ()
    return (before + word[0],)


_PLACE_WORD_TAG = "f"
"""jieba's tag of a word of place or direction (上, 中, 里)."""


_SPELLINGS = 8
"""Spellings kept of a name whose characters have several readings."""


def _spellings(characters: str) -> list[str]:
    """CHARACTERS written in pinyin without tones, each reading of a
    character with several (乐: le, yue), at most ``_SPELLINGS``; [] when a
    character has none."""
    spelled = [""]
    for char in characters:
        options = sorted(persons.readings(char))
        if not options:
            return []
        spelled = [s + o for s in spelled for o in options][:_SPELLINGS]
    return spelled


def _spelled(word: str) -> tuple[str, ...]:
    """A name's spellings in pinyin (燕飞: yanfei, 岭北: lingbei), which an
    English passage writes for it ("Yanfei Airlines"): for a word of two
    characters or more that the dictionary gives no common sense."""
    from checker.language.vocabulary import is_common_word

    if len(word) < 2 or not CJK_RUN.fullmatch(word) or is_common_word(word):
        return ()
    return tuple(_spellings(word))


def _spelled_person(name: str) -> tuple[str, ...]:
    """A person's name in pinyin as English writes it, either way round
    (康瑞婷: "kang ruiting", "ruiting kang")."""
    surname, given = name[:1], name[1:]
    forms = []
    for first in _spellings(surname):
        for rest in _spellings(given):
            forms += [f"{first} {rest}", f"{rest} {first}"]
    return tuple(forms[:_SPELLINGS])


def _cut_words(run: str, surnames: Collection[str]) -> list[tuple[str, str]]:
    """RUN (Chinese characters) cut into words by jieba, each with its kind:
    "name" for a person's name the tagger did not know whole (a surname it
    tags as a name's, then the single characters of the given name: 李涓子
    comes as 李 涓 子; a name without its person would go unchecked, since
    single characters weigh little), "prefixed" for a prefix and the words
    it qualifies, "abbreviation" for a place's one-character short name
    (沪 of 在沪举办: the grammar's ``abbreviated_places``), else ""."""
    import rjieba

    tagged = rjieba.tag(run)
    words: list[tuple[str, str]] = []
    at = 0
    while at < len(tagged):
        word, tag = tagged[at]
        if tag == PREFIX_TAG and at + 1 < len(tagged):
            # A prefix makes one word with the next (非居民: non-resident) and
            # the nouns after it, which it qualifies with it: 非居民用水总量 is
            # not 居民用水总量 beside 非居民 said of something else.
            end = at + 2
            while end < len(tagged) and tagged[end][1].startswith(_NOUN_TAG):
                end += 1
            words.append(("".join(w for w, _ in tagged[at:end]), "prefixed"))
            at = end
            continue
        # (Only after a preposition or a verb, 在沪, 赴港: the tagger also
        # calls the 川 of a name it does not know, 峤川氢能, an abbreviation;
        # it may tag the place itself a place or a name, 在京, 在杭.)
        # (Tagged otherwise, only before a verb: 深 of 由深创投 is a name's.)
        if word in _abbreviated_places() and at and tagged[at - 1][1][:1] in _BEFORE_PLACE_TAGS \
                and (tag == _ABBREVIATION_TAG
                     or tag in _PLACE_TAGS and _verb_first(tagged[at + 1:at + 2])):
            words.append((word, "abbreviation"))
            at += 1
            continue
        # A preposition the dictionary joined with the place and the verb
        # after it (在京举行, 于京召开): the place is read as above.
        if len(word) >= 2 and word[1] in _abbreviated_places() \
                and _tag_alone(word[0]) == _PREPOSITION_TAG \
                and _verb_first(rjieba.tag(word[2:]) if len(word) > 2 else tagged[at + 1:at + 2]):
            words.append((word[0], ""))
            words.append((word[1], "abbreviation"))
            words.extend((piece, "") for piece, _ in rjieba.tag(word[2:]))
            at += 1
            continue
        given = persons.given_name_after(tagged, at) \
            if len(word) == 1 and tag.startswith(persons.PERSON_TAG) and word in surnames else 0
        if given:
            words.append((word + "".join(w for w, _ in tagged[at + 1:at + 1 + given]), "name"))
            at += 1 + given
        else:
            words.append((word, ""))
            at += 1
    return words


_NOUN_TAG = "n"
"""jieba's part-of-speech tag of nouns (n, nz, ns …: kinds of them)."""

_ABBREVIATION_TAG = "j"
"""jieba's tag of an abbreviation (沪 of 在沪举办, 京沪)."""

_PLACE_TAGS = frozenset(("ns", "nr", "n"))
"""jieba's other tags of a place's short name after a preposition and
before a verb: a place (京 of 在京举办), a name (杭 of 在杭召开), a noun
(甬 of 在甬召开); not a classifier (台 of 在台上)."""

_PREPOSITION_TAG = "p"
_VERB_TAG = "v"


def _verb_first(tagged: Sequence[tuple[str, str]]) -> bool:
    """Whether the first of TAGGED words is a verb (举行 of 在京举行)."""
    return bool(tagged) and tagged[0][1][:1] == _VERB_TAG


@cache
def _tag_alone(character: str) -> str:
    """jieba's tag of CHARACTER as a word by itself."""
    import rjieba

    return rjieba.tag(character)[0][1]

_BEFORE_PLACE_TAGS = frozenset("pv")
"""jieba's tags of prepositions and verbs (在, 赴, 返), which a place follows."""


@cache
def _abbreviated_places() -> dict[str, str]:
    return dict(grammar("zh").abbreviated_places)

# jieba's tags of the names whose kind tells one slot: a place (ns) and an
# organisation (nt). Its person tag (nr) is left: it marks many a guessed
# word, and persons are read by ``persons``.
_NAME_TAGS = {"ns": "place", "nt": "organisation"}


@lru_cache(maxsize=4096)
def tagged_names(text: str) -> tuple[tuple[str, int, str], ...]:
    """The Chinese place and organisation names jieba's tagger finds in TEXT:
    (word, start, kind) with KIND "place" or "organisation". A word the
    dictionary also gives a sense that is no name (新建 "newly built", 上市,
    城市, which the tagger guesses are places) is not taken for one. A name
    the tagger does not know as a place but ending in the word of a kind of
    place (the last characters of the grammar's ``place_pointers``: 禾川市,
    潮屿|市) is one."""
    if not CJK_RUN.search(text):
        return ()
    import rjieba

    from checker.language.vocabulary import is_common_word

    kinds = {p[-1] for p in grammar("zh").place_pointers}
    found = []
    for run in CJK_RUN.finditer(text):
        at = run.start()
        before = ""
        for word, tag in rjieba.tag(run.group()):
            if tag in _NAME_TAGS and not is_common_word(word):
                found.append((word, at, _NAME_TAGS[tag]))
            elif word[-1] in kinds and not is_common_word(word[-2:]):
                # (Cut apart: 潮屿|市, 渚|州市.)
                if len(word) >= 3:
                    found.append((word, at, "place"))
                elif len(before) + len(word) == 3 and CJK_RUN.fullmatch(before) \
                        and not is_common_word(before):
                    found.append((before + word, at - len(before), "place"))
            before = word
            at += len(word)
    return tuple(found)


def named_with_kinds(text: str) -> tuple[tuple[str, int, str], ...]:
    """The place and organisation names of TEXT, (word, start, kind): the
    Chinese ones jieba's tagger finds (``tagged_names``), and English
    capitalised names right after a word that makes them a place or an
    organisation (``place_prepositions``, ``body_prepositions``: "based in
    Ashcombe", "studied at Kessler University"). A month or a weekday there
    ("in March") is no name."""
    found = list(tagged_names(text))
    if not LATIN_WORD.search(text):
        return tuple(found)
    english = grammar("en")
    for kind, words in (("place", english.place_prepositions),
                        ("organisation", english.body_prepositions)):
        for match in _english_slot_re(tuple(words)).finditer(text):
            name = match.group("name").rstrip(".'-")
            first = name.split()[0].lower()
            if english_month(first) or first in english.weekdays or is_stop_word(first):
                continue
            found.append((name, match.start("name"), kind))
    return tuple(sorted(found, key=lambda f: f[1]))


@lru_cache(maxsize=4)
def _english_slot_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """Capitalised words (with "of", "and", "&" between them) right after one
    of WORDS."""
    capitalised = r"[A-Z][\w'&.-]*"
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(map(re.escape, words)) or '(?!)'})\s+"
                      rf"(?P<name>{capitalised}(?:\s+(?:(?:of|and|&)\s+)?{capitalised})*)")


# jieba's tags of words that may say what kind of thing the next word names
# (免费娱乐|应用, 陪聊|App): nouns, verbs and adjectives, not time words (日前),
# adverbs (此番) or distinguishing words such as 所谓.
_MODIFIER_TAGS = frozenset({"n", "nz", "ng", "vn", "v", "a", "an", "ns", "nt"})


def modifier_before(text: str, at: int) -> str:
    """The content word that ends right before AT in TEXT (lower-cased
    normalised text): a Chinese noun, verb or adjective as jieba's tagger cuts
    and tags it, or a Latin word other than a stop word; else ''."""
    if at > 0 and CJK_RUN.match(text, at - 1):
        start = at - 1
        while start > 0 and CJK_RUN.match(text, start - 1):
            start -= 1
        import rjieba

        # The head's first characters go with it: jieba may cut across AT.
        following = text[at:at + 2] if CJK_RUN.match(text, at) else ""
        end = start
        for word, tag in rjieba.tag(text[start:at] + following):
            begin, end = end, end + len(word)
            if end == at:
                return word if tag in _MODIFIER_TAGS and not is_chinese_stop_word(word) else ""
            if end > at:
                # A compound ending in the head: 商品 of 商品住宅 for 住宅.
                part = text[begin:at]
                whole = begin < at and text.startswith(word[at - begin:], at) \
                    and len(part) >= 2 and tag in _MODIFIER_TAGS
                return part if whole and not is_chinese_stop_word(part) else ""
        return ""
    match = re.search(r"([a-z][a-z-]*)\s*$", text[max(0, at - 30):at])
    return match.group(1) if match and not is_stop_word(match.group(1)) else ""


def is_verb(word: str) -> bool:
    """Whether WORD, a claim's word, is a verb, whose next word is its object
    rather than a thing it names a kind of ("infringed copyright", 侵犯版权):
    an English past or present participle, a Chinese word jieba tags as a
    verb."""
    if word.isascii():
        lowered = word.lower()
        return len(lowered) > 4 and lowered.endswith(("ed", "ing"))
    import rjieba

    tagged = rjieba.tag(word)
    return len(tagged) == 1 and tagged[0][1] == "v"


def _trimmed(word: str, edge: frozenset[str]) -> str:
    """WORD without the function and clitic characters at its edges when it is
    a guess of the segmenter (no dictionary has it): jieba's guesser glues
    them to unknown words ("仍具" for 仍|具, "刘夙在" for 刘夙|在), which no
    passage then holds whole."""
    import rjieba

    from checker.language.vocabulary import glosses

    if len(word) < 2 or rjieba.cut(word, False) == [word] or glosses(word):
        return word
    start, end = 0, len(word)
    while start < end and word[start] in edge:
        start += 1
    while end > start and word[end - 1] in edge:
        end -= 1
    return word[start:end]


@lru_cache(maxsize=16384)
def _variants(word: str) -> tuple[str, ...]:
    """Words of two characters or more that share a character and an English
    gloss with WORD (CC-CEDICT): 引发 → 引起, 诱发; 具有 → 具备; or, two
    verbs sharing no character, two glosses or more, half the other's at
    least: 导致 → 造成 ("to cause", "to bring about"). The shared character
    or glosses keep them near-synonyms; one shared gloss alone ("cause":
    原因, 使) would not."""
    from checker.language.vocabulary import glosses, translations

    if len(word) < 2:
        return ()
    shared: dict[str, set[str]] = {}
    for gloss in glosses(word):
        for other in dict.fromkeys(translations(gloss)):
            if len(other) >= 2 and other != word and word not in other:
                shared.setdefault(other, set()).add(" ".join(map(stem, gloss.split())))
    # (Two glosses of a word, not forms of one, "back" and "backing" of 支持;
    # and half of the other's: two of many say little. Verbs only: nouns
    # sharing glosses, 企业 and 公司, are often one's part and the other's
    # whole in a passage.)
    verb = is_verb(word)
    return tuple(other for other, common in shared.items()
                 if set(other) & set(word)
                 or verb and len(common) >= _SHARED_GLOSSES
                 and 2 * len(common) >= len(glosses(other)) and is_verb(other))


_SHARED_GLOSSES = 2
"""English glosses two Chinese words sharing no character must share to be
variants (and half of the other's glosses at least)."""


_SHARED_PREFIX = 3


@lru_cache(maxsize=65536)
def same_family(word: str, other: str) -> bool:
    """Whether the English words WORD and OTHER (lower case) are forms of one
    family: their stems share all but the last letter of the shorter one, and
    the words share a Chinese translation (losing and loss: 损失; grow and
    growth: 增长). Like Chinese variants, the shared beginning keeps them one
    word's forms; a shared translation alone (lose, be beaten: 输) would not;
    nor would the beginning alone (retreat, retire).
    Only the English index is read (not CC-CEDICT's Chinese side, which an
    English check does not otherwise load)."""
    from checker.language.vocabulary import translations

    if len(word) < 4 or len(other) < 4 or is_stop_word(other):
        return False
    own, theirs = stem(word), stem(other)
    if own == theirs:
        return False
    shared = len(os.path.commonprefix([own, theirs]))
    if shared < max(_SHARED_PREFIX, min(len(own), len(theirs)) - 1):
        return False
    return bool(set(translations(word)) & set(translations(other)))


def _glossed(word: str) -> tuple[tuple[str, ...], ...]:
    from checker.language.vocabulary import glosses

    options = []
    for gloss in glosses(word) if len(word) >= 2 else ():
        stems = tuple(stem(w) for w in LATIN_WORD.findall(gloss) if not is_stop_word(w))
        if stems:
            options.append(stems)
    return tuple(dict.fromkeys(options))


def _alternatives_merged(text: str, units: Sequence[Unit]) -> list[Unit]:
    """UNITS with two words the claim (TEXT) joins by a disjunction ("good or
    excellent", 优或良) made one unit that either of them stands for."""
    words = [w for lang in ("zh", "en") for w in grammar(lang).disjunctions]
    if not words:
        return list(units)
    lowered = text.lower()
    merged = list(units)
    for word in words:
        pattern = rf"\s+{re.escape(word)}\s+" if word.isascii() else re.escape(word)
        for found in re.finditer(pattern, lowered):
            left = next((u for u in merged if lowered.endswith(u.surface.lower(), 0, found.start())
                         and not (u.entity or u.measure or u.person)), None)
            right = next((u for u in merged if lowered.startswith(u.surface.lower(), found.end())
                          and not (u.entity or u.measure or u.person)), None)
            if left is None or right is None or left is right:
                continue
            options = tuple(o for u in (left, right)
                            for o in ((u.stems,) if u.stems else ()) + u.glossed)
            either = Unit(f"{left.surface} {word} {right.surface}",
                          forms=tuple(dict.fromkeys(left.forms + right.forms)), glossed=options,
                          name=left.name and right.name,
                          variants=tuple(dict.fromkeys(left.variants + right.variants)))
            merged = [either if u is left else u for u in merged if u is not right]
    return merged


def _with_same_direction(units: Sequence[Unit]) -> tuple[Unit, ...]:
    """UNITS, a word of a direction or an extreme among them (of the
    ``direction`` and ``extreme`` opposites of its language) said by any
    other word or phrase of its side: in a claim with a figure, "grew" by
    "rose", "slipped" by "fell", "go up" by "up from", "biggest" by
    "largest", 扩大 by 增加; the figure tells how far. Not by a word that
    says how far itself (``multipliers``: doubled, 减半), nor by one that
    says only the direction of whatever figure it stands by
    (``figure_directions``: "up", "down", 年增)."""
    others = _same_direction_words()
    return tuple(replace(u, variants=tuple(dict.fromkeys((*u.variants, *others[word]))))
                 if (word := u.surface.lower()) in others and not u.name
                 else u for u in units)


def _with_comparative_directions(text: str, units: Sequence[Unit]) -> tuple[Unit, ...]:
    """UNITS, a Chinese comparative adjective standing between a base and a
    figure (``base_markers`` and ``greater_adjectives``, ``less_adjectives``:
    比去年多140人, 较上月少5家) said by any word of the side of the
    ``direction`` opposites it is on (增加, 减少): it says how the figure
    changed from the base."""
    found = _comparative_re().search(text)
    if found is None:
        return tuple(units)
    up, down = _unbarred_sides("zh", "direction")
    side = up if found.group(1) in grammar("zh").greater_adjectives else down
    return tuple(replace(u, variants=tuple(dict.fromkeys((*u.variants, *side))))
                 if u.surface == found.group(1) else u for u in units)


@cache
def _comparative_re() -> re.Pattern[str]:
    """A ``base_markers`` word, a few characters of the base, a comparative
    adjective (group 1) and a figure (``_with_comparative_directions``)."""
    zh = grammar("zh")
    markers = "|".join(map(re.escape, sorted(zh.base_markers, key=len, reverse=True)))
    adjectives = "".join(re.escape(a) for a in (*zh.greater_adjectives, *zh.less_adjectives)
                         if len(a) == 1)
    return re.compile(rf"(?:{markers})[^，。,;；\d]{{1,8}}?([{adjectives}])了?(?=[\d一二三四五六七八九十两几百千])")


def _with_share_verbs(units: Sequence[Unit]) -> tuple[Unit, ...]:
    """UNITS, a verb saying a figure is a share (``share_verbs``: "made up",
    "accounted for") said by any other of them: "made up about 19% of
    registrations" by "took 18.7% of registrations"."""
    verbs = {w.lower() for language in ("en", "zh") for w in grammar(language).share_verbs}
    return tuple(replace(u, variants=tuple(dict.fromkeys(
                     (*u.variants, *sorted(verbs - {u.surface.lower()})))))
                 if u.surface.lower() in verbs else u for u in units)


@cache
def _same_direction_words() -> dict[str, tuple[str, ...]]:
    """Each word or phrase of a side of the ``direction`` and ``extreme``
    opposites of either language (but ``multipliers`` and
    ``figure_directions``) → the others of its side
    (``_with_same_direction``)."""
    others: dict[str, tuple[str, ...]] = {}
    for language in ("en", "zh"):
        for name in ("direction", "extreme"):
            for words in _unbarred_sides(language, name):
                for word in words:
                    others.setdefault(word.lower(), tuple(w for w in words if w != word))
    return others


@cache
def _unbarred_sides(language: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The two sides of the opposites NAME of LANGUAGE's grammar, sorted,
    without its ``multipliers`` and ``figure_directions`` (words that say
    how far, or only which way a figure next to them went)."""
    rules = grammar(language)
    barred = {w.lower() for w in (*rules.multipliers, *rules.figure_directions)}
    return tuple(tuple(sorted({w for w in side if w.lower() not in barred}))
                 for pair_name, *pair in rules.opposites if pair_name == name for side in pair)


def _dedupe(units: Sequence[Unit]) -> list[Unit]:
    seen: set[tuple] = set()
    out = []
    for unit in units:
        key = (unit.forms, unit.stems, unit.entity, unit.measure)
        if key not in seen:
            seen.add(key)
            out.append(unit)
    return out


def _weighted(unit: Unit, document_frequency: Callable[[str], int], passages: int) -> Unit:
    """IDF of the unit's commonest form present in the corpus (a unit the
    corpus never has weighs most: a claim word no source uses is a gap).
    A one-character Chinese word weighs little: it is often a piece of a
    word the segmenter cut (物 | 联网) or an abbreviation (京)."""
    frequencies = [document_frequency(t) for t in _unit_terms(unit)]
    df = max((f for f in frequencies if f > 0), default=0)
    weight = math.log((passages + 1) / (df + 0.5))
    if len(unit.surface) == 1 and CJK_RUN.match(unit.surface):
        weight = SINGLE_CHARACTER_WEIGHT
    return replace(unit, weight=max(weight, _MIN_WEIGHT))


def _unit_terms(unit: Unit) -> list[str]:
    """Index terms of a unit: lower-case Latin words, and the first bigram of
    each Chinese form (or the character, for a one-character form)."""
    terms = []
    for form in unit.forms:
        if CJK_RUN.fullmatch(form):
            terms.append(form[:2])
        elif form.isascii():
            terms.extend(w.lower() for w in LATIN_WORD.findall(form))
    return terms


def _retrieval_terms(units: Sequence[Unit]) -> tuple[str, ...]:
    terms: list[str] = []
    for unit in units:
        # A Chinese word's glosses find English passages (index terms are
        # whole lower-case words, so the gloss words, not their stems).
        terms.extend(_gloss_words(unit))
        for form in (*unit.forms, *unit.variants, *unit.spelled):
            for run in CJK_RUN.findall(form):
                terms.extend(run[i:i + 2] for i in range(max(1, len(run) - 1)))
            terms.extend(w.lower() for w in LATIN_WORD.findall(form))
        terms.extend(w.lower() for w in LATIN_WORD.findall(unit.surface))
    return tuple(sorted(set(terms)))


def _gloss_words(unit: Unit) -> list[str]:
    if not unit.glossed:
        return []
    from checker.language.vocabulary import glosses

    words = [w.lower() for g in glosses(unit.surface) for w in LATIN_WORD.findall(g)
             if not is_stop_word(w)]
    # The index holds words as written: "employ" must also find "employs".
    return [f for w in words for f in (w, f"{w}s", f"{w}es", f"{w}ed", f"{w}d", f"{w}ing")]


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of WORD's base form: "said" and "says" stem alike."""
    return _stemmer().stemWord(grammar("en").base_form(word.lower()))


@lru_cache(maxsize=4096)
def _with_initials(unit: Unit) -> Unit:
    """UNIT, a name of several capitalised words ("United Kingdom"), also
    found as its acronym (uk), unless that is a grammar word (us)."""
    words = [w for w in unit.surface.split() if not is_stop_word(w)]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return unit
    initials = "".join(w[0] for w in words).lower()
    if is_stop_word(initials) or initials in unit.forms:
        return unit
    return replace(unit, forms=(*unit.forms, initials))


def passage_stems(text: str) -> frozenset[str]:
    """The stems of TEXT's English words, and the initials of its names of
    several capitalised words ("United Kingdom": uk; "United States of
    America": us, usa), which a claim may write as an acronym."""
    stems = {stem(w) for w in LATIN_WORD.findall(text)}
    for run in _CAPITALISED_RUN.finditer(text):
        initials = "".join(w[0] for w in run.group().split()
                           if w[0].isupper() and not is_stop_word(w)).lower()
        stems.update(initials[:n] for n in range(2, len(initials) + 1))
    return frozenset(stems)


_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][a-z]+)+")
