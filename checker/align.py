"""Open alignment: judge a claim by what its words say, not only by the lexicon.

The lexicon judge (``checker.judge``) compares values bound to known
entities and measures. Most claims a user writes name neither, so this
module judges them by alignment, on any topic and in either language:

* the claim is read into **units**: its content words (Chinese words cut by
  jieba, each with its English glosses; English words stemmed; phrases
  looked up in CC-CEDICT and the glossary), its lexicon entities and
  measures (with all their aliases), numbers the value parser did not read,
  each weighted by how rare it is in the corpus being checked (IDF), and its
  **values** (numbers, dates, amounts), read by ``checker.values``;
* a passage **supports** the claim when most of the claim's weight is in it
  (names may stand in the sentences before it), no heavy word is wholly
  missing, every value of the claim agrees with one of the passage, and the
  passage neither negates what the claim asserts, nor denies it, nor only
  reports it as a rumour, nor only plans or expects it;
* it **contradicts** the claim when it covers the claim and denies it
  (不实, 谣言, false, hoax), or reports it while a sentence beside it (or a
  bare verdict after it: 是假的!) denies it, or says the opposite (a negation
  right before the claim's words, or none where the claim has one), or
  states a different number where the claim has one;
* otherwise it has no stance.

The thresholds are fractions of the claim's weight; a false "supported" is
the worst error, so support needs more than contradiction. Grammar words
(negation, denial, reporting, dispute, affirmation, modal) come from
``checker.grammar`` (data files). It does not read passages' frames (that
is ``analyse``) or decide verdicts (that is ``decide``).
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise

from checker import compare
from checker.grammar import find_cues, is_function_bigram, is_stop_word
from checker.lexicon import Lexicon
from checker.model import Analysis, Passage, Stance, Value
from checker.values import format_value

SUPPORT_COVERAGE = 0.8
"""Share of the claim's weight a passage must hold to support it."""
CORE_COVERAGE = 0.6
"""Share the passage must hold by itself (the rest may come from the
sentence before it: a subject stated once and referred to later)."""
DENIAL_COVERAGE = 0.6
"""Share a passage must hold for its denial (不实, false) to refute the claim."""
POLARITY_COVERAGE = 0.75
"""Share a passage must hold for its negation to refute an affirmative claim."""
NEGATED_CLAIM_COVERAGE = 0.6
"""Share a passage must hold to refute a negated claim by stating it plainly
("Sea level rise is not going to happen" / "sea levels will rise by 50 cm")."""
MIN_SUPPORT_UNITS = 3
"""Words a claim must have for alignment alone to support it ("Polar bear
numbers are increasing" has three); two are enough with an agreeing value."""
NEIGHBOUR_COVERAGE = 0.4
"""Share of the claim a sentence beside a passage must hold for its denial to
stop the passage supporting the claim."""
MAX_MISSING_WEIGHT = 0.12
"""Heaviest share of the claim's weight one wholly absent word may have in a
supporting passage: "吃荔枝会引发低血糖" is not supported by a passage that
has every word but 引发, however light the others."""
NEIGHBOURS = 2
"""Sentences either side of a passage where a denial of what it reports may stand."""
NUMERIC_KINDS = ("amount", "percent", "count", "ordinal", "multiple", "duration")
CONTRADICTING_KINDS = ("amount", "percent", "count", "ordinal", "multiple")
"""Kinds whose different value in an aligned passage contradicts; a duration
("over the past 30 years") frames a statement more often than it asserts."""
_MIN_WEIGHT = 0.1
SINGLE_CHARACTER_WEIGHT = 0.5

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*[A-Za-z0-9]|[A-Za-z]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_MAX_PHRASE_WORDS = 4


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
    weight: float = 1.0


@dataclass(frozen=True)
class OpenClaim:
    """A claim as open alignment needs it."""

    units: tuple[Unit, ...]
    values: tuple[Value, ...]
    negated: bool
    """The claim negates what it states ("is not", 没有)."""
    denies: bool
    """The claim itself calls something false or reports a dispute (谣言,
    反驳, hoax, denied): a source's denial may then agree with it."""
    reports: bool
    """The claim itself reports a rumour (网传)."""
    numbers: tuple[str, ...]
    """Numbers no value was read from, with the character after them ("20日",
    "3D", "5G"): support needs each written so in the passage, or it would
    leave them unchecked."""
    terms: tuple[str, ...]
    """Index terms to retrieve candidate passages by (bigrams, lower-case words)."""
    modal: bool = False
    """The claim speaks of a plan or a possibility (计划, expected to): a
    passage that only expects something may support it, not a plain one."""
    cue_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """The user's grammar words by kind (from ``--lexicon`` files)."""

    def cues(self, text: str, kind: str) -> list[tuple[int, int, str]]:
        """``grammar.find_cues`` with the user's words of KIND."""
        words = dict(self.cue_words)
        return find_cues(text, kind, words.get(kind, ()), words.get("not_negation", ()))

    @property
    def total_weight(self) -> float:
        return sum(u.weight for u in self.units)


# --- reading a claim ---------------------------------------------------------------

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
            units.append(Unit(mention.surface, forms=_match_forms(forms), measure=mention.id))
        elif mention.kind != "qualifier":
            continue
        else:
            units.append(Unit(mention.surface, forms=_match_forms((mention.surface,))))
        covered.append((mention.start, mention.end))
    values = tuple(v for v in analysis.values if v.role == "value")
    covered += [(v.start, v.end) for v in analysis.values]
    user = dict(lexicon.grammar_words)

    def cues_of(kind: str) -> list[tuple[int, int, str]]:
        return find_cues(text, kind, user.get(kind, ()), user.get("not_negation", ()))

    cues = [(s, e) for kind in ("negation", "denial", "report", "dispute", "modal")
            for s, e, _ in cues_of(kind)]
    rest = _blank(text, covered + cues)
    numbers = _unread_numbers(rest)
    rest = _blank(rest, [m.span() for m in _NUMBER.finditer(rest)])
    vocabulary = _UserVocabulary.of(lexicon)
    units += _latin_units(rest, vocabulary)
    units += _cjk_units(rest, vocabulary)
    units += _value_modifiers(text, analysis.values, [(m.start, m.end) for m in analysis.mentions])
    units = _dedupe(units)
    weighted = tuple(_weighted(u, document_frequency, passages) for u in units)
    return OpenClaim(units=weighted, values=values,
                     negated=bool(cues_of("negation")),
                     denies=bool(cues_of("denial") or cues_of("dispute")),
                     reports=bool(cues_of("report")),
                     modal=bool(cues_of("modal")),
                     cue_words=lexicon.grammar_words,
                     numbers=numbers,
                     terms=_retrieval_terms(weighted))


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
        for match in _LATIN_WORD.finditer(text, value.start, value.end):
            inside_mention = any(a <= match.start() < b for a, b in mentions)
            if match.group().lower() not in own and not is_stop_word(match.group()) \
                    and not inside_mention:
                spans.append(match.span())
    if not spans:
        return []
    keep = "".join(ch if any(a <= i < b for a, b in spans) else " " for i, ch in enumerate(text))
    return _latin_units(keep, _UserVocabulary())


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    from checker.numerals import units

    english = units()["numbers"]["english"]
    return frozenset(str(w).lower() for w in english) - _month_words()


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    from checker.numerals import units

    return frozenset(str(m).lower() for m in units()["dates"]["months"])


@lru_cache(maxsize=1)
def _value_words() -> frozenset[str]:
    from checker.numerals import units

    words: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            words.update(w.lower() for w in _LATIN_WORD.findall(node))
        elif isinstance(node, dict):
            for key, item in node.items():
                if isinstance(item, (int, float)):
                    walk(key)  # {january: 1, thousand: 1000}: the key is a word
                walk(item)
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item)

    walk(units())
    return frozenset(words)


# A number the value parser did not read, with the letter or character after
# it: "20日", "3D", "5G", "00后", "24时"; inside a Latin word ("COVID-19",
# "GPT-4") it is part of the word instead.
_NUMBER = re.compile(r"(?<![A-Za-z0-9-])[0-9][0-9.,]*[A-Za-z\u3400-\u9fff]?")


def _unread_numbers(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group().lower() for m in _NUMBER.finditer(text)))


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(end, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _match_forms(forms: Sequence[str]) -> tuple[str, ...]:
    from checker.normalise import normalise_for_match

    return tuple(dict.fromkeys(f for f in (normalise_for_match(x).lower() for x in forms) if f))


@dataclass(frozen=True)
class _UserVocabulary:
    """What a user's lexicon files add to the bundled vocabulary: glossary
    pairs both ways and stop words."""

    english: dict[str, tuple[str, ...]] = field(default_factory=dict)
    chinese: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stop_words: frozenset[str] = frozenset()

    @classmethod
    def of(cls, lexicon: Lexicon) -> _UserVocabulary:
        english: dict[str, list[str]] = {}
        chinese: dict[str, list[str]] = {}
        for en_terms, zh_terms in lexicon.glossary:
            for term in en_terms:
                english.setdefault(" ".join(term.lower().split()), []).extend(zh_terms)
            for term in zh_terms:
                chinese.setdefault(term, []).extend(en_terms)
        stops = dict(lexicon.grammar_words).get("stop_words", ())
        return cls({k: tuple(v) for k, v in english.items()},
                   {k: tuple(v) for k, v in chinese.items()}, frozenset(stops))

    def translations(self, phrase: str) -> tuple[str, ...]:
        from checker.vocabulary import translations

        return self.english.get(" ".join(phrase.lower().split()), ()) + translations(phrase)

    def is_stop_word(self, word: str) -> bool:
        return is_stop_word(word) or word.lower() in self.stop_words


def _latin_units(text: str, vocabulary: _UserVocabulary) -> list[Unit]:
    """English content words, phrases first ("Carnegie Mellon University",
    "stock exchange"), each with its Chinese translations and its stems."""
    translations = vocabulary.translations
    is_stop_word = vocabulary.is_stop_word

    words = [(m.group(), m.start()) for m in _LATIN_WORD.finditer(text)]
    units: list[Unit] = []
    i = 0
    while i < len(words):
        taken = 1
        for size in range(min(_MAX_PHRASE_WORDS, len(words) - i), 1, -1):
            run = words[i:i + size]
            if not _adjacent(text, run):
                continue
            phrase = " ".join(w for w, _ in run)
            if all(is_stop_word(w) for w, _ in run):
                continue  # "there is", "as well as": grammar, not content
            found = translations(phrase)
            if found:
                units.append(Unit(phrase, forms=_cjk_forms(found),
                                  stems=tuple(stem(w) for w, _ in run if not is_stop_word(w))))
                taken = size
                break
        else:
            word, start = words[i]
            # A month left over by the value parser ("January-" of
            # "January-June 2025") is the values' business; any other number
            # word it did not read ("Seventeen of the 18") must be there.
            if is_stop_word(word) or word.lower() in _month_words():
                pass
            elif word.lower() in _number_words():
                units.append(Unit(word, forms=(word.lower(),), stems=(stem(word),), name=True))
            elif len(word) > 1 and word.lower() not in _value_words():
                found = translations(word)
                # A capitalised word is a name ("Acme", "Ohio"), whatever a
                # dictionary makes of it (acme → 竿头): support needs it.
                # A claim's first word is capitalised anyway: a name only if
                # no dictionary knows it.
                name = word[0].isupper() and (start > 0 or not found)
                forms = _cjk_forms(found) + (word.lower(),)
                units.append(Unit(word, forms=forms, stems=(stem(word),), name=name))
        i += taken
    return units


def _adjacent(text: str, run: Sequence[tuple[str, int]]) -> bool:
    """Words separated by spaces or hyphens only (not by a removed value or cue)."""
    for (word, start), (_, following) in pairwise(run):
        gap = text[start + len(word):following]
        if gap.strip(" -") or len(gap) > 2:
            return False
    return True


def _cjk_forms(words: Sequence[str]) -> tuple[str, ...]:
    # One-character translations (度, 花) match inside unrelated words.
    return tuple(w for w in words if len(w) >= 2)


def _cjk_units(text: str, vocabulary: _UserVocabulary) -> list[Unit]:
    """Chinese content words, cut by jieba (rjieba); a word made only of
    function characters (的, 在) is no unit. A passage that lacks a long word
    whole may still hold part of it (``unit_share``)."""
    runs = _CJK_RUN.findall(text)
    if not runs:
        return []  # an English claim does not pay for jieba's dictionary
    import rjieba

    units = []
    for run in runs:
        for word in rjieba.cut(run):
            if not is_function_bigram(word):
                glossed = _glossed(word) + tuple(
                    tuple(stem(w) for w in _LATIN_WORD.findall(g) if not is_stop_word(w))
                    for g in vocabulary.chinese.get(word, ()))
                units.append(Unit(word, forms=(word,), glossed=tuple(o for o in glossed if o)))
    return units


def _glossed(word: str) -> tuple[tuple[str, ...], ...]:
    from checker.vocabulary import glosses

    options = []
    for gloss in glosses(word) if len(word) >= 2 else ():
        stems = tuple(stem(w) for w in _LATIN_WORD.findall(gloss) if not is_stop_word(w))
        if stems:
            options.append(stems)
    return tuple(dict.fromkeys(options))


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
    if len(unit.forms) == 1 and len(unit.forms[0]) == 1 and _CJK_RUN.match(unit.forms[0]):
        weight = SINGLE_CHARACTER_WEIGHT
    return replace(unit, weight=max(weight, _MIN_WEIGHT))


def _unit_terms(unit: Unit) -> list[str]:
    """Index terms of a unit: lower-case Latin words, and the first bigram of
    each Chinese form (or the character, for a one-character form)."""
    terms = []
    for form in unit.forms:
        if _CJK_RUN.fullmatch(form):
            terms.append(form[:2])
        elif form.isascii():
            terms.extend(w.lower() for w in _LATIN_WORD.findall(form))
    return terms


def _retrieval_terms(units: Sequence[Unit]) -> tuple[str, ...]:
    terms: list[str] = []
    for unit in units:
        # A Chinese word's glosses find English passages (index terms are
        # whole lower-case words, so the gloss words, not their stems).
        terms.extend(_gloss_words(unit))
        for form in unit.forms:
            for run in _CJK_RUN.findall(form):
                terms.extend(run[i:i + 2] for i in range(max(1, len(run) - 1)))
            terms.extend(w.lower() for w in _LATIN_WORD.findall(form))
        terms.extend(w.lower() for w in _LATIN_WORD.findall(unit.surface))
    return tuple(sorted(set(terms)))


def _gloss_words(unit: Unit) -> list[str]:
    if not unit.glossed:
        return []
    from checker.vocabulary import glosses

    words = [w.lower() for g in glosses(unit.surface) for w in _LATIN_WORD.findall(g)
             if not is_stop_word(w)]
    # The index holds words as written: "employ" must also find "employs".
    return [f for w in words for f in (w, f"{w}s", f"{w}es", f"{w}ed", f"{w}d", f"{w}ing")]


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer().stemWord(word.lower())


@lru_cache(maxsize=4096)
def passage_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _LATIN_WORD.findall(text))


# --- judging a passage -------------------------------------------------------------

@dataclass(frozen=True)
class Side:
    """A passage (or its context) as alignment reads it."""

    text: str
    """Normalised text, lower-cased."""
    stems: frozenset[str]
    entities: frozenset[str]
    measures: frozenset[str]


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
                frozenset(measures))
    if len(_SIDES) >= _MAX_SIDES:
        _SIDES.clear()
    _SIDES[id(analysis)] = (analysis, made)
    return made


def side_of_text(text: str) -> Side:
    """A passage known only by its normalised text (no lexicon mentions)."""
    return Side(text.lower(), passage_stems(text), frozenset(), frozenset())


def unit_share(unit: Unit, where: Side, lexicon: Lexicon) -> float:
    """How much of UNIT is in WHERE: 1 when a form is there; for a Chinese word
    of three or more characters found only in part ("首映式" in "首映"), the
    share of its character bigrams there; else 0."""
    if unit.entity and (unit.entity in where.entities or any(
            unit.entity in lexicon.entity_ancestors(e) for e in where.entities)):
        return 1.0
    # The claim's measure or a kind of it: "users" does not state "monthly
    # active users".
    if unit.measure and any(lexicon.measure_covers(unit.measure, m) for m in where.measures):
        return 1.0
    if any(form in where.text for form in unit.forms):
        return 1.0
    if unit.stems and all(s in where.stems for s in unit.stems):
        return 1.0
    if any(all(s in where.stems for s in option) for option in unit.glossed):
        return 1.0
    word = unit.forms[0] if len(unit.forms) == 1 else ""
    if len(word) >= 3 and _CJK_RUN.fullmatch(word):
        bigrams = [word[i:i + 2] for i in range(len(word) - 1)]
        return sum(b in where.text for b in bigrams) / len(bigrams)
    return 0.0


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
    return bool(claim.units) and \
        _core_coverage(claim, side(analysis), lexicon) >= min(CORE_COVERAGE, DENIAL_COVERAGE)


def judge_open(claim: OpenClaim, passage: Passage, analysis: Analysis, lexicon: Lexicon,
               before: Sequence[Analysis] = (), after: Sequence[Analysis] = ()) -> Stance:
    """How PASSAGE bears on CLAIM by alignment. BEFORE and AFTER are the
    sentences around it in its document, nearest first."""
    if not claim.units:
        return _none(passage)
    here = side(analysis)
    core = _core_coverage(claim, here, lexicon)
    if core < min(CORE_COVERAGE, DENIAL_COVERAGE):
        return _none(passage)
    full, missing = _with_context(claim, here, before[:NEIGHBOURS], lexicon)
    where = f"{passage.source}:{passage.line}"

    denial = [] if claim.cues(analysis.text, "affirmation") else claim.cues(analysis.text, "denial")
    if denial and not claim.denies and full >= DENIAL_COVERAGE:
        return Stance(passage, "contradicts", 0.5 + 0.3 * full,
                      f"the source calls it false ({denial[0][2]}), {where}")
    reports = bool(claim.cues(analysis.text, "report"))
    neighbour = _neighbour_denial(claim, before, after) if reports \
        else _verdict_after(claim, after)
    if neighbour and not claim.denies and full >= DENIAL_COVERAGE:
        return Stance(passage, "contradicts", 0.45 + 0.3 * full,
                      f"a source reports the claim and a sentence beside it calls it false "
                      f"({neighbour}), {where}")
    agreeing, disagreeing = _values(claim, analysis, before[:1], lexicon)
    values_agree = len(agreeing) == len(claim.values)
    negation = _scoped_negation(claim, analysis, lexicon)
    # A date the passage does not state does not keep it from saying the
    # opposite ("2020年5月,已有……药物" / "到目前为止,尚无……药物").
    numbers_agree = all(v in agreeing for v in claim.values if v.kind in NUMERIC_KINDS)
    polarity = NEGATED_CLAIM_COVERAGE if claim.negated else POLARITY_COVERAGE
    if full >= polarity and numbers_agree and not disagreeing \
            and bool(negation) != claim.negated:
        said = negation or "without the claim's negation"
        return Stance(passage, "contradicts", 0.45 + 0.3 * full,
                      f"the source says the opposite ({said}), {where}")
    dates_agree = all(v in agreeing for v in claim.values if v.kind not in NUMERIC_KINDS)
    if full >= SUPPORT_COVERAGE and disagreeing and dates_agree:
        claimed, stated = disagreeing[0]
        return Stance(passage, "contradicts", 0.45 + 0.3 * full,
                      f"sources say {stated.surface} ({format_value(stated)}), not "
                      f"{format_value(claimed)}, {where}")
    numbers_stated = all(any(re.search(rf"(?<![0-9.,]){re.escape(n)}(?![0-9])", a.text.lower())
                             for a in (analysis, *before[:1])) for n in claim.numbers)
    gap = max((u.weight for u in missing if unit_share(u, here, lexicon) == 0.0
               and not ((u.entity or u.name) and before)), default=0.0)
    denied_nearby = bool(_neighbour_denial(claim, before, after, lexicon)) and not claim.denies
    enough = len(claim.units) >= MIN_SUPPORT_UNITS or agreeing and len(claim.units) >= 2
    if (enough and full >= SUPPORT_COVERAGE and core >= CORE_COVERAGE and numbers_stated
            and gap <= MAX_MISSING_WEIGHT * claim.total_weight and not denied_nearby
            and values_agree and bool(negation) == claim.negated
            and not any(u.name for u in missing)
            and not (reports and not claim.reports)
            and not (_scoped_cue(claim, analysis, "modal") and not claim.modal)):
        covered = len(claim.units) - len(missing)
        return Stance(passage, "supports", 0.5 + 0.3 * full,
                      f"the passage states the claim ({covered}/{len(claim.units)} of its "
                      f"words{_values_text(agreeing)}), {where}")
    return _none(passage)


def _core_coverage(claim: OpenClaim, here: Side, lexicon: Lexicon) -> float:
    """Coverage, in the passage itself, of what the claim says of its subject
    (its words other than entities and names, which may stand in an earlier
    sentence); of everything when it has no other words."""
    said = [u for u in claim.units if not (u.entity or u.name)]
    if not said:
        return coverage(claim, [here], lexicon)[0]
    total = sum(u.weight for u in said) or 1.0
    return sum(unit_share(u, here, lexicon) * u.weight for u in said) / total


def _with_context(claim: OpenClaim, here: Side, before: Sequence[Analysis],
                  lexicon: Lexicon) -> tuple[float, list[Unit]]:
    """Coverage of the passage, where the claim's entities and names may also
    be found in the sentence before it (a subject stated once and referred to
    later: "It employs 3,500 people"); its other words may not, or a passage
    would borrow the predicate of its neighbour."""
    if not before:
        return coverage(claim, [here], lexicon)
    previous = [side(b) for b in before]
    total = claim.total_weight or 1.0
    held = 0.0
    missing = []
    for unit in claim.units:
        share = unit_share(unit, here, lexicon)
        if unit.entity or unit.name:
            share = max([share, *(unit_share(unit, p, lexicon) for p in previous)])
        held += share * unit.weight
        if share < 1.0:
            missing.append(unit)
    return held / total, missing


def _none(passage: Passage) -> Stance:
    return Stance(passage, "none", 0.0, "")


# The longest sentence read as a bare verdict on the one before it: "是假的!",
# "纯属谣言。", "That is false."
_VERDICT_CHARS = 16


def _verdict_after(claim: OpenClaim, after: Sequence[Analysis]) -> str:
    """A denial standing alone right after the passage: a bare verdict on
    what the passage said ("“阳朔西塘公路山体滑坡?”" / "是假的!")."""
    if not after or len(after[0].text) > _VERDICT_CHARS:
        return ""
    cues = claim.cues(after[0].text, "denial")
    return cues[0][2] if cues and not claim.cues(after[0].text, "affirmation") else ""


def _neighbour_denial(claim: OpenClaim, before: Sequence[Analysis], after: Sequence[Analysis],
                      lexicon: Lexicon | None = None) -> str:
    """A denial word in a sentence beside a passage ("网传……" / "……系谣言"):
    how fact-checks are written. With LEXICON, only in a sentence that is
    about the claim too (a denial of something else two sentences away
    says nothing of it)."""
    for analysis in [*before[:NEIGHBOURS], *after[:NEIGHBOURS]]:
        cues = claim.cues(analysis.text, "denial")
        if not cues or claim.cues(analysis.text, "affirmation"):
            continue
        if lexicon is None or \
                coverage(claim, [side(analysis)], lexicon)[0] >= NEIGHBOUR_COVERAGE:
            return cues[0][2]
    return ""


# How far a negation word may stand before the word it negates: "没有传染性",
# "尚无专门用于", "并非「印度", "is not happening", "did not ever say".
_NEGATION_REACH_CJK = 3
_NEGATION_REACH_WORDS = 2


def _scoped_negation(claim: OpenClaim, analysis: Analysis, lexicon: Lexicon) -> str:
    """A negation word of the passage right before one of the claim's words
    found there: "尚无专门用于预防…的药物" negates what "已有专门预防…的药物"
    asserts, while a negation elsewhere in the sentence ("未上市的公司")
    says nothing about the claim's words."""
    return _scoped_cue(claim, analysis, "negation")


def _scoped_cue(claim: OpenClaim, analysis: Analysis, kind: str) -> str:
    """A KIND word of the passage ('negation', 'modal') right before one of
    the claim's words found there, or ''."""
    text = analysis.text.lower()
    said = [u for u in claim.units if not u.entity and not u.name]
    found = {m.start() for u in said for f in u.forms if f for m in re.finditer(re.escape(f), text)}
    # English words of the passage whose stem is one of the claim's (or of
    # its Chinese words' glosses): "is not open" for 不对……开放.
    stems = {s for u in said for s in (*u.stems, *(s for g in u.glossed for s in g))}
    found |= {m.start() for m in _LATIN_WORD.finditer(text) if stem(m.group()) in stems}
    starts = sorted(found)
    for start, end, surface in claim.cues(analysis.text, kind):
        for at in starts:
            if at < end:
                continue
            gap = text[end:at]
            if len(_CJK_RUN.sub("", gap).split()) <= _NEGATION_REACH_WORDS \
                    and sum(len(r) for r in _CJK_RUN.findall(gap)) <= _NEGATION_REACH_CJK:
                return surface
            break
    return ""


def _values(claim: OpenClaim, analysis: Analysis, context: Sequence[Analysis],
            lexicon: Lexicon) -> tuple[list[Value], list[tuple[Value, Value]]]:
    """The claim's values that a value of the passage (or of the sentence
    before it) agrees with, and the numeric ones only contradicted. A value
    the passage binds to another entity than the claim's is neither: "62亿"
    that belongs to Zhipu says nothing of a MiniMax claim."""
    entities = [u.entity for u in claim.units if u.entity]
    source = [(v, analysis) for v in analysis.values] + [(v, a) for a in context for v in a.values]
    agreeing, disagreeing = [], []
    for value in claim.values:
        relations = [(compare.relation(value, s), s) for s, owner in source
                     if compare.comparable(value, s) and _bound_to(s, owner, entities, lexicon)]
        if any(r == "agree" for r, _ in relations) or value.kind == "date" and not any(r == "disagree" for r, _ in relations) \
                and _date_without_year(value, [analysis.text, *(a.text for a in context)]):
            agreeing.append(value)
        elif value.kind in CONTRADICTING_KINDS:
            disagreeing.extend((value, s) for r, s in relations if r == "disagree")
    return agreeing, disagreeing


def _date_without_year(value: Value, texts: Sequence[str]) -> bool:
    """A claimed day stated without its year, as news text does ("12月20日",
    or "28日" after the month): the parts written agree, and the year is
    taken from the claim since no date of the passage says otherwise."""
    if value.unit not in ("day", "month"):
        return False
    day = date.fromordinal(int(value.low))
    month = f"{day.month}月"
    for text in texts:
        if value.unit == "month":
            if re.search(rf"(?<!\d){month}", text):
                return True
            continue
        if re.search(rf"(?<!\d){month}{day.day}[日号]", text):
            return True
        if re.search(rf"(?<![\d月]){day.day}[日号]", text) and \
                any(re.search(rf"(?<!\d){month}", t) for t in texts):
            return True
    return False


def _bound_to(value: Value, analysis: Analysis, entities: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the passage's VALUE may belong to the claim's ENTITIES: its
    frame names no subject, or one of them (or a part of one)."""
    if not entities:
        return True
    frame = next((f for f in analysis.frames if f.value.start == value.start), None)
    if frame is None or not frame.subjects:
        return True
    return any(e == s or e in lexicon.entity_ancestors(s) for e in entities for s in frame.subjects)


def _values_text(values: Sequence[Value]) -> str:
    if not values:
        return ""
    return ", " + ", ".join(format_value(v) for v in values)
