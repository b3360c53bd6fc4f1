"""Stage "analyse": what a text asserts, as frames of subject/measure/value/time.

The same code reads claims and source passages, so both sides are understood
the same way. For one sentence it finds entity, pronoun and measure mentions
(from the lexicon), values (``checker.language.values``), resolves each clause's
subject, and binds every value to its subject, measures and time:

* the subject of a clause is its first entity or pronoun, with entities
  coordinated to it ("北京智谱华章和上海稀宇科技", "月之暗面Kimi"); a clause
  without one inherits the nearest earlier clause's, then a later clause's in
  the same sentence, then the topic of the previous sentence;
* a value's measures are all measure terms of its sentence, nearest first; its
  head measure is the nearest one whose kinds fit the value (a date binds to
  上市 rather than to 副总裁);
* a value's time is the nearest earlier date in its clause, then in earlier
  clauses; dates marked as comparison bases (较2024年下半年) are skipped.

It does not compare anything with a claim (that is ``judge``).
"""
from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from itertools import islice, pairwise
from operator import attrgetter

from checker.language.grammar import SEMICOLON, change_part, find_cues, grammar, is_stop_word
from checker.language.lexicon import Lexicon, Pronoun, TermHit, fold_case
from checker.language.numerals import MONTH_AFTER, month_without_year_re, units, written_year
from checker.language.values import (
    joined_run,
    joins_list,
    parse_values,
    per_unit_before,
    role_at,
    years_of,
)
from checker.model import Analysis, Frame, Mention, Value

NUMERIC_KINDS = ("amount", "percent", "count", "duration", "ordinal", "multiple", "physical",
                 "clock")

# Clause boundaries in normalised text: ASCII after NFKC, plus the Chinese
# enumeration-free separators. Matches "," ";" ":" "," (already folded) but
# not "、", which lists items inside one clause.
_CLAUSE_BREAK = re.compile(r"[,;:!?。!?]")


@dataclass(frozen=True)
class Discourse:
    """What carries over from one sentence to the next."""

    topic: tuple[str, ...] = ()
    """Subject of the last sentence that had one."""
    group: tuple[str, ...] = ()
    """The last group of two or more coordinated entities (for 前者/后者)."""
    last_date: Value | None = None
    """The last date stated, for relative dates (同年9月, 一天后), within
    ``DATE_REACH`` sentences: one stated further back may date another
    story (five paragraphs on, "同年" is the year of a founding never dated)."""
    date_age: int = 0
    """Sentences read since the one that stated ``last_date``."""
    period: Value | None = None
    """The last date of the sentence just before, in the same paragraph: the
    period of figures in a sentence that states none ("2025年前9个月,新用户数
    出现下滑。Talkie的新用户数……降至5104.5万")."""
    measures: tuple[str, ...] = ()
    """The measures the sentence just before named, in the same paragraph
    (for "这项支出" after "云服务费用")."""
    opened: bool = False
    """Whether a sentence of the document has been read."""
    now: Value | None = None
    """The day the document was written: that of a dateline opening its
    first sentence ("LONDON, 14 February 2024 —"), for "last year", 去年."""


def split_clauses(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        # A comma inside digits is a thousands separator, a colon a time of
        # day or a score (3:17 a.m., 3:1), not a clause break.
        if match.group() in ",:" and _between_digits(text, match.start()):
            continue
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans) or ((0, len(text)),)


def _between_digits(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


@dataclass(frozen=True)
class _Said:
    """What one sentence itself sets of the discourse for the next one
    (``_carried`` fills in the rest from the discourse before it)."""

    topic: tuple[str, ...]
    """() when it names no subject: the topic carries over."""
    group: tuple[str, ...] | None
    date: Value | None
    """The last date it states (the next sentence's period), None if none."""
    measures: tuple[str, ...]
    dateline: Value | None = None
    """A day it opens with (within ``DATELINE_REACH`` characters), None if none."""


DATE_REACH = 3
"""Sentences after a date within which a relative date is read against it."""

DATELINE_REACH = 40
"""Characters from a document's start within which a day dates it (a
dateline: "LONDON, 14 February 2024 —", "新华社北京2024年3月5日电")."""


def _carried(said: _Said, discourse: Discourse) -> Discourse:
    age = 0 if said.date is not None else discourse.date_age + 1
    last_date = said.date if said.date is not None \
        else discourse.last_date if age <= DATE_REACH else None
    return Discourse(topic=said.topic or discourse.topic,
                     group=discourse.group if said.group is None else said.group,
                     last_date=last_date, date_age=age,
                     period=said.date, measures=said.measures, opened=True,
                     now=discourse.now if discourse.opened else said.dateline)


def analyse(text: str, lexicon: Lexicon, clauses: Sequence[tuple[int, int]] | None = None,
            discourse: Discourse = Discourse()) -> tuple[Analysis, Discourse]:
    """Read one sentence (or a claim). Returns its analysis and the discourse
    state for the next sentence."""
    clause_spans = tuple(clauses) if clauses else split_clauses(text)
    analysis, said = _read_sentence(text, lexicon, clause_spans, discourse)
    return analysis, _carried(said, discourse)


class _Reading:
    """A discourse that notes the fields read from it (their first values),
    so that a sentence's analysis can be reused wherever those fields hold
    the same values."""

    __slots__ = ("_discourse", "reads")

    def __init__(self, discourse: Discourse) -> None:
        self._discourse = discourse
        self.reads: dict[str, object] = {}

    def __getattr__(self, name: str):   # only for names that are not slots
        value = getattr(self._discourse, name)
        self.reads.setdefault(name, value)
        return value


def _field_key(value: object) -> object:
    """A discourse field's value as a key: a tuple of names or None as it
    is, a ``Value`` as its repr (1 == 1.0, but a record stores them
    differently)."""
    return value if value is None or type(value) is tuple else repr(value)


_REMEMBERED_SENTENCES = 16384
"""Distinct sentences (text and clauses) whose analyses a process keeps
while building an index: an archive repeats sentences (datelines,
boilerplate, an article's earlier versions; the bench corpus recombines a
few thousand). Only a sentence seen before is kept: keeping every one costs
more than it saves on text that does not repeat (the cyclic garbage
collector walks what is kept, 4.5 s of 12 s on 5 MB of distinct text)."""
_SEEN_SENTENCES = 1 << 17
"""Hashes of sentences seen once, kept at most (about 60 bytes each)."""
_seen: set[int] = set()
_VARIANTS = 16
"""Analyses kept per sentence, for different discourse values it read (a
sentence without its own subject reads the topic, which varies)."""
_REMEMBERED_ANALYSES = 32768
"""Analyses kept in all (about 5 KB each)."""
_remembered: dict[tuple[str, tuple[tuple[int, int], ...]], _Remembered] = {}
_remembered_for: list[Lexicon] = []
_kept = [0]
"""Analyses in ``_remembered``."""


@dataclass(frozen=True)
class _Remembered:
    facts: _Facts
    variants: dict[tuple[str, ...], dict[tuple, tuple[Analysis, _Said]]]
    """By the discourse fields an analysis read (in the order read), by
    their values (``_field_key``): the analysis and what it says."""
    count: list[int]
    """Analyses in ``variants``."""


def analyse_passage(text: str, lexicon: Lexicon, clauses: Sequence[tuple[int, int]],
                    discourse: Discourse) -> tuple[Analysis, Discourse]:
    """``analyse`` for a source's sentence, the same result, reusing the
    analysis of a sentence with the same text and clauses already read in
    this process wherever the discourse fields it read have the same values
    (a sentence naming its own subject and dates reads none). Analyses are
    immutable, so one may stand for several passages."""
    clause_spans = tuple(clauses) if clauses else split_clauses(text)
    if not _remembered_for or _remembered_for[0] is not lexicon:
        _remembered.clear()
        _seen.clear()
        _kept[0] = 0
        _remembered_for[:] = [lexicon]
    key = (text, clause_spans)
    known = _remembered.get(key)
    if known is None:
        seen = hash(key)
        if seen not in _seen:
            if len(_seen) >= _SEEN_SENTENCES:
                _seen.clear()
            _seen.add(seen)
            analysis, said = _read_sentence(text, lexicon, clause_spans, discourse)
            return analysis, _carried(said, discourse)
        if len(_remembered) >= _REMEMBERED_SENTENCES or _kept[0] >= _REMEMBERED_ANALYSES:
            # The oldest quarter goes (a dictionary keeps insertion order).
            for old in list(islice(_remembered, len(_remembered) // 4 + 1)):
                _kept[0] -= _remembered.pop(old).count[0]
        known = _remembered[key] = _Remembered(_sentence_facts(text, lexicon, clause_spans),
                                               {}, [0])
    else:
        _remember_terms(text, known.facts.terms)
        for names, analyses in known.variants.items():
            found = analyses.get(tuple(_field_key(getattr(discourse, n)) for n in names))
            if found is not None:
                return found[0], _carried(found[1], discourse)
    reading = _Reading(discourse)
    analysis, said = _read_sentence(text, lexicon, clause_spans, reading, known.facts)
    if known.count[0] < _VARIANTS:
        # Read alike wherever the fields read hold these values: the same
        # reads, in the same order, the same result.
        values = tuple(map(_field_key, reading.reads.values()))
        known.variants.setdefault(tuple(reading.reads), {})[values] = (analysis, said)
        known.count[0] += 1
        _kept[0] += 1
    return analysis, _carried(said, discourse)


@dataclass(frozen=True)
class _Facts:
    """What a sentence says whatever the sentences before it said (the
    lists are never changed: several analyses may share them)."""

    folded: str
    entities: list[TermHit]
    found_measures: list[TermHit]
    """Measure mentions as found, before ``_pointed_back``."""
    measures: list[TermHit]
    """``found_measures`` after ``_specified``."""
    generics: list[TermHit]
    """Generic subjects with ``measures``."""
    pronouns: list[TermHit]
    values: list[Value]
    """Parsed values but relative dates, unsorted."""
    qualifiers: list[TermHit]
    terms: tuple[str, ...]


def _sentence_facts(text: str, lexicon: Lexicon,
                    clause_spans: tuple[tuple[int, int], ...]) -> _Facts:
    folded = fold_case(text)
    entities = lexicon.entity_matcher.find(text, folded)
    found = [h for h in lexicon.measure_matcher.find(text, folded) if not _overlaps(h, entities)]
    measures = _specified(text, found, clause_spans, lexicon)
    pronouns = _find_pronouns(text, lexicon, entities, clause_spans)
    values = [v for v in parse_values(text)
              if not _overlaps(v, entities) and not _is_per_unit(text, v)]
    return _Facts(folded=folded, entities=entities, found_measures=found, measures=measures,
                  generics=_find_generic_subjects(text, lexicon, entities, measures, pronouns),
                  pronouns=pronouns, values=values,
                  qualifiers=lexicon.qualifier_matcher.find(text, folded),
                  terms=content_terms(text))


def _read_sentence(text: str, lexicon: Lexicon, clause_spans: tuple[tuple[int, int], ...],
                   discourse: Discourse | _Reading,
                   facts: _Facts | None = None) -> tuple[Analysis, _Said]:
    """``analyse``'s work, from the sentence's FACTS when known; the
    discourse's fields are read only where the sentence needs them
    (``_Reading`` notes which)."""
    if facts is None:
        facts = _sentence_facts(text, lexicon, clause_spans)
    folded, entities, pronouns, qualifiers = \
        facts.folded, facts.entities, facts.pronouns, facts.qualifiers
    measures = _pointed_back(text, facts.found_measures, discourse, lexicon, folded)
    if all(map(operator.is_, measures, facts.found_measures)):
        # No measure pointed back (``_specified`` reads each hit alone).
        measures, generics = facts.measures, facts.generics
    else:
        measures = _specified(text, measures, clause_spans, lexicon)
        generics = _find_generic_subjects(text, lexicon, entities, measures, pronouns)
    values = list(facts.values)
    relative = _relative_dates(text, lexicon, values, discourse)
    if relative:
        # "一天后" is a date here, not the duration "一天" the parser saw in it.
        values = [v for v in values if not any(v.start < r.end and r.start < v.end
                                               for r in relative)] + relative
    values.sort(key=_START)

    clause_subjects, groups = _clause_subjects(text, lexicon, clause_spans, entities,
                                               pronouns + generics, discourse)
    labels = _point_labels(text, measures, qualifiers, values, lexicon)
    measure_clauses = [clause_index(clause_spans, h.start) for h in measures] if values else []
    frames = _pair_respectively(text, tuple(
        _frame(text, value, values, entities, measures, clause_spans, clause_subjects, lexicon,
               labels, measure_clauses)
        for value in values if value.role == "value" and not _is_reference_date(text, value, lexicon)
    ), values, clause_spans, clause_subjects, lexicon, folded)
    # A date read relative to the discourse's ("从上年同期的5512.1万降至5104.5万")
    # dates only the figures it stands by: the others keep the discourse's.
    derived = {id(v) for v in relative}
    if any(f.time is None and f.value.kind != "date" for f in frames) and not any(
            v.kind == "date" and v.role == "value" and id(v) not in derived for v in values) \
            and discourse.period is not None:
        frames = tuple(f if f.time is not None or f.value.kind == "date"
                       else replace(f, time=discourse.period) for f in frames)
    mentions = tuple(sorted(
        [Mention("entity", h.id, h.start, h.end, h.surface) for h in entities]
        + [Mention("qualifier", h.id, h.start, h.end, h.surface) for h in qualifiers]
        + [Mention("measure", h.id, h.start, h.end, h.surface) for h in measures]
        + [Mention("pronoun", h.id, h.start, h.end, h.surface) for h in pronouns],
        key=_MENTION_ORDER))
    analysis = Analysis(
        text=text, mentions=mentions, values=tuple(values), frames=frames,
        terms=facts.terms, clauses=clause_spans,
        clause_subjects=tuple(clause_subjects))
    # The topic is the subject of a main clause, not of a clause of time
    # ("甚至在ChatGPT发布前一个月,MiniMax就……": MiniMax).
    # (Only the first such clause is needed: the later ones are not read.)
    topic = next((subj for (subj, explicit), (start, end) in zip(clause_subjects, clause_spans)
                  if subj and explicit and not _adverbial(text[start:end], lexicon)), None)
    if topic is None:
        topic = next((subj for subj, explicit in clause_subjects if subj and explicit), ())
    dates = [v for v in values if v.kind == "date" and v.role == "value"]
    return analysis, _Said(topic=topic or (), group=groups[-1] if groups else None,
                           date=dates[-1] if dates else None,
                           measures=tuple(dict.fromkeys(h.id for h in measures)),
                           dateline=_dateline(values))


def _dateline(values: Sequence[Value]) -> Value | None:
    """The day a sentence opens with, within ``DATELINE_REACH`` characters:
    a document's first sentence so dates the document."""
    return next((v for v in values if v.kind == "date" and v.unit == "day"
                 and v.start < DATELINE_REACH), None)


def report_days(text: str, values: Sequence[Value], lexicon: Lexicon) -> list[Value]:
    """The days TEXT (a sentence, with its VALUES) says it was written or
    something was made known: a dateline's and a report's (``_report_day``).
    A figure such a day alone dates is of a time that ended by then."""
    return [day for day in (_dateline(values), _report_day(text, values, lexicon)) if day]


def _report_day(text: str, values: Sequence[Value], lexicon: Lexicon) -> Value | None:
    """The day the sentence says something was made known: after an English
    ``announcing_verbs`` word and "on" ("said on April 22, 2025 that"), or
    right before a Chinese one ("2025年4月22日宣布")."""
    days = [v for v in values if v.kind == "date" and v.unit == "day" and v.role == "value"]
    if not days:
        return None
    english, chinese = lexicon.derived("announcing verbs", _announcing_verbs)
    lowered = text.lower()
    for day in days:
        if english.search(lowered[:day.start]) or text[day.end:].lstrip().startswith(chinese):
            return day
    return None


def _announcing_verbs(lexicon: Lexicon) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """An English ``announcing_verbs`` word and "on" ending a text, and the
    Chinese words (made once per lexicon: ``_report_day`` reads every dated
    sentence)."""
    words = "|".join(map(re.escape, sorted(lexicon.grammar("en").announcing_verbs,
                                           key=lambda w: (-len(w), w))))
    return (re.compile(rf"\b(?:{words})\s+on\s*$" if words else r"(?!)"),
            tuple(lexicon.grammar("zh").announcing_verbs))


_START = attrgetter("start")
_MENTION_ORDER = attrgetter("start", "end", "kind", "id")


def _pointed_back(text: str, measures: Sequence[TermHit], discourse: Discourse | _Reading,
                  lexicon: Lexicon, folded: str | None = None) -> list[TermHit]:
    """MEASURES with one right after a demonstrative ("这项支出", "this
    expense") read as the more specific measure of its kind that the sentence
    before named (its discourse's measures: 云服务费用, a kind of 支出), when
    it named one."""
    if not measures:
        return list(measures)
    ends = {end for _, end, _ in _cues(text, "demonstrative", lexicon, folded)}
    earlier = discourse.measures if ends else ()   # read only when it can matter
    if not earlier:
        return list(measures)
    resolved = []
    for hit in measures:
        gap = next((end for end in ends if end <= hit.start and not text[end:hit.start].strip()),
                   None)
        kinds = [m for m in earlier if hit.id in lexicon.measure_ancestors(m)]
        resolved.append(replace(hit, id=kinds[0]) if gap is not None and kinds else hit)
    return resolved


def _specified(text: str, measures: Sequence[TermHit], clauses: Sequence[tuple[int, int]],
               lexicon: Lexicon) -> list[TermHit]:
    """MEASURES read as the kind of them their clause says they are spent on
    or made of: "spent $141 million on cloud services" is cloud spending,
    "在云服务上花费" too, when the lexicon has such a kind (its terms name it:
    "cloud spending", 云服务支出). Without one the measure stays general, so
    "spent … on office rent" is not read as any kind of spending."""
    resolved = []
    for hit in measures:
        specifiers = lexicon.measure_specifiers(hit.id)
        if not specifiers:
            resolved.append(hit)
            continue
        start, kind = _specifier_before(text, hit, specifiers, lexicon)
        if kind:
            # The mention spans its specifier, as the kind's own term would.
            resolved.append(replace(hit, id=kind, start=start, surface=text[start:hit.end]))
            continue
        kind = _specifier_after(text, hit, specifiers, clauses, lexicon)
        resolved.append(replace(hit, id=kind) if kind else hit)
    return resolved


def _specifier_after(text: str, hit: TermHit, specifiers: Sequence[tuple[str, str]],
                     clauses: Sequence[tuple[int, int]], lexicon: Lexicon) -> str:
    """The kind named in HIT's clause after it by an English object word
    ("… on cloud services"), or ''."""
    end = next((e for s, e in clauses if s <= hit.start < e), len(text))
    rest = text[hit.end:end].lower()
    for marker in lexicon.grammar("en").measure_objects:
        # (The word itself first: most clauses have no English in them.)
        found = _object_marker_re(marker).search(rest) if marker in rest else None
        if found is None:
            continue
        after = rest[found.end():]
        for specifier, kind in specifiers:
            if _specifier_after_re(specifier).match(after):
                return kind
    return ""


@cache
def _object_marker_re(marker: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(marker)}\s+")


@cache
def _specifier_after_re(specifier: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(specifier)}(?![a-z0-9])|{re.escape(specifier)}s\b")


@cache
def _specifier_before_re(specifier: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(specifier)}s?\s+$")


def _specifier_before(text: str, hit: TermHit, specifiers: Sequence[tuple[str, str]],
                      lexicon: Lexicon) -> tuple[int, str]:
    """Where the kind named right before HIT starts, and the kind ("云服务上的
    支出", "cloud services spending"), or (0, '')."""
    before = text[:hit.start].lower()
    joiners = ("", *lexicon.grammar("zh").measure_objects)
    # An English specifier ends in spaces before the measure (\s+$ takes the
    # last character in any case): most measures stand after no space.
    spaced = before[-1:].isspace()
    for specifier, kind in specifiers:
        if specifier.isascii():
            found = _specifier_before_re(specifier).search(before) if spaced else None
            if found:
                return found.start(), kind
            continue
        for joiner in joiners:
            if before.endswith(specifier + joiner):
                return len(before) - len(specifier + joiner), kind
    return 0, ""


def _cues(text: str, kind: str, lexicon: Lexicon,
          folded: str | None = None) -> list[tuple[int, int, str]]:
    """``find_cues`` of KIND with the lexicon's own words of that kind, found
    without a search when none of the words stands in the text (most
    sentences): a cue matches its word ignoring case, so the word in lower
    case stands in FOLDED (``fold_case(text)``), a substring test far
    cheaper than the cue regexes."""
    words, user = lexicon.derived(f"cue words: {kind}", lambda lx: _cue_words(lx, kind))
    if words is not None:
        folded = fold_case(text) if folded is None else folded
        if not any(word in folded for word in words):
            return []
    return find_cues(text, kind, user)


def _cue_words(lexicon: Lexicon, kind: str) -> tuple[tuple[str, ...] | None, tuple[str, ...]]:
    """(the words of KIND ``find_cues`` looks for, in lower case; None when
    one has a cased letter beyond ASCII, which ``fold_case`` may not fold
    as the regex's case-insensitive match does), and the user's words of
    KIND."""
    user = dict(lexicon.grammar_words).get(kind, ())
    words = (*getattr(grammar("zh"), kind), *getattr(grammar("en"), kind), *user)
    if any(not c.isascii() and c.lower() != c.upper() for word in words for c in word):
        return None, user
    return tuple(dict.fromkeys(word.lower() for word in words)), user


def _adverbial(clause: str, lexicon: Lexicon) -> bool:
    """Whether CLAUSE is one of time or circumstance: in Chinese opened by
    在/随着… (after an adverb or two) and closed by 前/后/时…, possibly before
    a duration ("在ChatGPT发布前一个月"); in English opened by after/when…."""
    clause = clause.strip()
    english, opener = lexicon.derived("adverbial openers", _adverbial_openers)
    first = clause.split(" ", 1)[0].lower()
    if first in english:
        return True
    head = clause[:_OPENER_REACH + 4]
    if not opener.search(head):
        return False  # most clauses: no segmenter (nor its dictionary) needed
    chinese = lexicon.grammar("zh")
    # The opener is a word of its own among the clause's first ("甚至|在|
    # ChatGPT"), not a piece of another (正在, 现在, 存在).
    import rjieba

    words = rjieba.cut(head)
    at = 0
    for word in words[:3]:
        if word in chinese.adverbial_openers:
            # The closer may have a duration after it ("发布前一个月").
            return any(w in clause[at + len(word):] for w in chinese.adverbial_closers)
        at += len(word)
    return False


def _adverbial_openers(lexicon: Lexicon) -> tuple[frozenset[str], re.Pattern[str]]:
    """The English openers; a regex that finds any of the Chinese ones."""
    chinese = lexicon.grammar("zh").adverbial_openers
    return (frozenset(lexicon.grammar("en").adverbial_openers),
            re.compile("|".join(map(re.escape, chinese)) or "(?!x)x"))


_OPENER_REACH = 4
"""Characters before a clause's opener at most (an adverb or two: 甚至, 早在)."""


def _overlaps(item: TermHit | Value, hits: Sequence[TermHit]) -> bool:
    return any(item.start < h.end and h.start < item.end for h in hits)


def _is_per_unit(text: str, value: Value) -> bool:
    return per_unit_before(text[max(0, value.start - 3):value.start])


def _find_generic_subjects(text: str, lexicon: Lexicon, entities: Sequence[TermHit],
                           measures: Sequence[TermHit],
                           pronouns: Sequence[TermHit]) -> list[TermHit]:
    """Unnamed-company nouns ("排名第八的中国公司"), as subjects that match nothing."""
    taken = [*entities, *measures, *pronouns]
    hits = []
    for word, pattern in lexicon.derived("generic subjects", _generic_subject_patterns):
        if word not in text:  # a substring test first: most sentences have none
            continue
        for m in pattern.finditer(text):
            hit = TermHit("unnamed", m.start(), m.end(), m.group())
            if _overlaps(hit, taken) or _overlaps(hit, hits):
                continue
            # Apposition: "初创公司智谱", "AI独角兽——MiniMax" name the company;
            # so does a name in Latin letters no lexicon knows ("数据公司FlightAware").
            follow = text[m.end():m.end() + 3].lstrip(" —-:")
            if any(e.start >= m.end() and text.startswith(follow[:1], e.start) and follow
                   and e.start - m.end() <= 3 for e in entities) \
                    or follow[:1].isascii() and follow[:1].isupper():
                continue
            hits.append(hit)
    return hits


def _generic_subject_patterns(lexicon: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The generic subjects, longest first, each with its regex."""
    return tuple((word, re.compile(re.escape(word)))
                 for word in sorted(lexicon.generic_subjects, key=len, reverse=True))


# --- pronouns ----------------------------------------------------------------

def _find_pronouns(text: str, lexicon: Lexicon, entities: Sequence[TermHit],
                   clauses: Sequence[tuple[int, int]]) -> list[TermHit]:
    not_pronouns, pronouns = lexicon.derived("pronouns", _pronoun_patterns)
    lowered = text.lower()
    hits = []
    blocked = None
    for pronoun, word, latin, pattern in pronouns:
        if word not in lowered:
            continue
        if blocked is None:   # read only when a pronoun's word is there at all
            blocked = [(m.start(), m.end()) for blocker, regex in not_pronouns if blocker in text
                       for m in regex.finditer(text)]
        for m in pattern.finditer(lowered):
            s, e = m.start(), m.end()
            if latin and ((s > 0 and lowered[s - 1].isalnum())
                          or (e < len(lowered) and lowered[e].isalnum())):
                continue
            if any(bs <= s and e <= be for bs, be in blocked):
                continue
            if any(s < h.end and h.start < e for h in entities):
                continue
            if pronoun.clause_start and not _at_clause_start(text, s, clauses, lexicon):
                continue
            hits.append(TermHit(pronoun.refers, s, e, text[s:e]))
    hits.sort(key=lambda h: (h.start, -h.end))
    kept: list[TermHit] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _pronoun_patterns(lexicon: Lexicon) -> tuple[tuple[tuple[str, re.Pattern[str]], ...],
                                                  tuple[tuple[Pronoun, str, bool,
                                                              re.Pattern[str]], ...]]:
    """The words that are no pronoun, each with its regex; the pronouns, each
    with its word in lower case, whether that is Latin, and its regex."""
    blocking = tuple((word, re.compile(re.escape(word))) for word in lexicon.not_pronouns)
    pronouns = []
    for pronoun in lexicon.pronouns:
        word = pronoun.word.lower()
        pronouns.append((pronoun, word, word[:1].isascii() and word[:1].isalpha(),
                         re.compile(re.escape(word))))
    return blocking, tuple(pronouns)


def _at_clause_start(text: str, pos: int, clauses: Sequence[tuple[int, int]],
                     lexicon: Lexicon) -> bool:
    for start, end in clauses:
        if start <= pos < end:
            lead = text[start:pos].strip(" \t\"'“”「」『』()")
            for opener in sorted(lexicon.clause_openers, key=len, reverse=True):
                if lead.startswith(opener):
                    lead = lead[len(opener):].strip()
            return lead == ""
    return False


# --- subjects ----------------------------------------------------------------

def _clause_subjects(text: str, lexicon: Lexicon, clauses: Sequence[tuple[int, int]],
                     entities: Sequence[TermHit], pronouns: Sequence[TermHit],
                     discourse: Discourse | _Reading):
    """Resolve the subject of each clause; also return the coordinated groups."""
    subject_hits = [h for h in entities
                    if lexicon.is_subject_type(h.id) and not _after_object_marker(text, h, lexicon)]
    named: list[tuple[str, ...]] = []
    groups: list[tuple[str, ...]] = []
    # Sorted once by position (a stable sort: at one position a subject
    # before a pronoun), then cut by clause.
    candidates = sorted(subject_hits + list(pronouns), key=lambda h: h.start)
    for start, end in clauses:
        first = None
        for hit in candidates:
            if start <= hit.start < end:
                first = hit
                break
        if first is None:
            named.append(())
            continue
        if first.id == "unnamed":
            named.append(("unnamed",))
            continue
        if first in pronouns:
            # "its Shanghai rival MiniMax": the name the pronoun's nouns
            # describe is the subject, not the one the pronoun points at.
            described = _described_by_possessive(text, first, subject_hits, end)
            if described is not None:
                first = described
            else:
                named.append(_resolve_pronoun(first, named, groups, discourse))
                continue
        group = _coordinated(text, first, [h for h in subject_hits if h.start >= first.start],
                             lexicon)
        named.append(group)
        if len(group) >= 2:
            groups.append(group)
    # The nearest later clause's subject, for each clause (one pass back).
    later: list[tuple[str, ...]] = []
    following: tuple[str, ...] = ()
    for subj in reversed(named):
        later.append(following)
        following = subj or following
    later.reverse()
    resolved: list[tuple[tuple[str, ...], bool]] = []
    earlier: tuple[str, ...] = ()
    for subj, after, (start, end) in zip(named, later, clauses):
        if subj:
            resolved.append((subj, True))
            earlier = subj
        elif earlier:
            resolved.append((earlier, True))
        elif after:
            resolved.append((after, True))
        else:
            resolved.append((_line_owner(text[start:end], discourse.topic, lexicon), False))
    return resolved, groups


def _described_by_possessive(text: str, pronoun: TermHit, subjects: Sequence[TermHit],
                             end: int) -> TermHit | None:
    """The subject named right after an English possessive PRONOUN and the
    nouns describing it ("its Shanghai rival MiniMax", "their parent
    company Acme"), before END; None where a word between is a grammar word
    ("its stake in MiniMax")."""
    if not _POSSESSIVE_PRONOUN.fullmatch(text[pronoun.start:pronoun.end]):
        return None
    after = next((h for h in subjects if pronoun.end <= h.start < end), None)
    if after is None:
        return None
    words = text[pronoun.end:after.start].split()
    if not 1 <= len(words) <= _DESCRIBING_WORDS or not all(
            w.isalpha() and not is_stop_word(w) for w in words):
        return None
    return after


_POSSESSIVE_PRONOUN = re.compile(r"its|their", re.IGNORECASE)
_DESCRIBING_WORDS = 3
"""Words at most between a possessive and the name they describe."""


def _line_owner(clause: str, topic: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """The subject a CLAUSE naming none takes from the sentence before
    (TOPIC): the topic's maker where the clause speaks of products in
    general (``line_nouns``: "AI原生产品付费用户数" after a sentence about
    Talkie), else the topic."""
    if not topic or not any(noun in clause for noun in lexicon.line_nouns):
        return topic
    makers = [next((a for a in lexicon.entity_ancestors(e)
                    if not lexicon.entity_ancestors(a) or lexicon.entities[a].type != "product"),
                   e) for e in topic]
    return tuple(dict.fromkeys(makers))


def _after_object_marker(text: str, hit: TermHit, lexicon: Lexicon) -> bool:
    before = text[max(0, hit.start - 4):hit.start].rstrip()
    spaced, latin, others = lexicon.derived("object markers", _object_marker_forms)
    lowered = before.lower()
    # A Latin marker is a word of its own (" by", or all of it); others end it.
    return lowered.endswith(spaced) or lowered in latin or before.endswith(others)


def _object_marker_forms(lexicon: Lexicon) -> tuple[tuple[str, ...], frozenset[str],
                                                    tuple[str, ...]]:
    latin = [m for m in lexicon.object_markers if m.isascii()]
    return (tuple(" " + m for m in latin), frozenset(latin),
            tuple(m for m in lexicon.object_markers if not m.isascii()))


def _resolve_pronoun(hit: TermHit, named: Sequence[tuple[str, ...]],
                     groups: Sequence[tuple[str, ...]],
                     discourse: Discourse | _Reading) -> tuple[str, ...]:
    if hit.id in ("former", "latter", "both"):
        group = groups[-1] if groups else discourse.group
        return group[:1] if hit.id == "former" else group[-1:] if hit.id == "latter" else group
    earlier = next((s for s in named if s), ())
    return earlier or discourse.topic


def _coordinated(text: str, first: TermHit, following: Sequence[TermHit],
                 lexicon: Lexicon) -> tuple[str, ...]:
    """The first entity plus those joined to it: "A和B", "A、B及C", "月之暗面Kimi"."""
    ids = [first.id]
    end = first.end
    for hit in following[1:]:
        if hit.start < end:
            continue
        gap = text[end:hit.start].strip(" '’s\"“”")
        if gap == "" or gap in lexicon.grammar("zh").possessive or gap in lexicon.conjunctions or gap.lower() in lexicon.conjunctions:
            if hit.id not in ids:
                ids.append(hit.id)
            end = hit.end
        else:
            break
    return tuple(ids)


def subjects_at(analysis: Analysis, pos: int) -> tuple[tuple[str, ...], bool]:
    """The resolved subject of the clause containing ``pos``."""
    for (start, end), subj in zip(analysis.clauses, analysis.clause_subjects):
        if start <= pos < end:
            return subj
    return ((), False)


def clause_index(clauses: Sequence[tuple[int, int]], pos: int) -> int:
    for i, (start, end) in enumerate(clauses):
        if start <= pos < end:
            return i
    # Positions on a boundary character belong to the clause before it.
    for i in range(len(clauses) - 1, -1, -1):
        if clauses[i][0] <= pos:
            return i
    return 0


# --- frames ------------------------------------------------------------------

def _bare(text: str, clause: tuple[int, int], value: Value) -> bool:
    """Whether CLAUSE holds VALUE and at most one character besides (在, 于)."""
    rest = text[clause[0]:value.start] + text[value.end:clause[1]]
    return len(rest.strip()) <= 1


def _point_labels(text: str, measures: Sequence[TermHit], qualifiers: Sequence[TermHit],
                  values: Sequence[Value], lexicon: Lexicon) -> frozenset[int]:
    """Starts of measure terms that are also qualifiers and stand as a
    value's label ("从A轮的12亿美元升至25亿美元": the valuation at the A
    round, not the round's amount), joined to it by a possessive."""
    if not qualifiers:
        return frozenset()
    particles = lexicon.grammar("zh").possessive
    starts = {v.start for v in values}
    return frozenset(
        h.start for h in measures
        if any(q.start == h.start and q.end == h.end for q in qualifiers)
        and any(text.startswith(p, h.end) and h.end + len(p) in starts for p in particles))


def _frame(text: str, value: Value, values: Sequence[Value], entities: Sequence[TermHit],
           measures: Sequence[TermHit], clauses: Sequence[tuple[int, int]],
           clause_subjects: Sequence[tuple[tuple[str, ...], bool]],
           lexicon: Lexicon, labels: frozenset[int] = frozenset(),
           measure_clauses: Sequence[int] | None = None) -> Frame:
    """The frame of VALUE; MEASURE_CLAUSES: the clause of each of MEASURES
    (``clause_index``), when the caller has them."""
    ci = clause_index(clauses, value.start)
    if value.kind == "date" and ci + 1 < len(clauses) and _bare(text, clauses[ci], value):
        # A date standing alone opens what follows ("2022年8月,……GLM-130B的
        # 正式发布"): its subject and measure are the next clause's.
        ci += 1
    subjects, explicit = clause_subjects[ci] if ci < len(clause_subjects) else ((), False)
    owner = _parenthesis_owner(text, value, entities) \
        or _gapped_owner(text, value, values, entities, clauses, lexicon) \
        or possessive_owner(text, value, entities, clauses, lexicon)
    if owner:
        subjects, explicit = owner, True
    else:
        subjects = _with_products_named(value, subjects, entities, clauses, lexicon)
    if value.kind == "multiple" and subjects:
        # "价格是Claude Code的1/6": Claude Code is what the figure is a
        # fraction of, not whose it is; the subject is the one before.
        base = _comparison_base(text, value, entities, lexicon)
        if base in subjects:
            rest = tuple(s for s in subjects if s != base)
            subjects, explicit = (rest, explicit) if rest else next(
                ((subj, False) for subj, _ in reversed(clause_subjects[:ci]) if subj), ((), False))
    # Same clause first; outside it, a measure written before the value before
    # one after it ("G端客户不到20%,互联网占比50%;...毛利率..." gives 50% to 客户).
    # (A stable sort: the measure's number breaks ties, and no hit is compared.)
    if measure_clauses is None:
        measure_clauses = [clause_index(clauses, h.start) for h in measures]
    # Not one past a semicolon after it: "业务量……,同比增长19.4%;快递业务收入
    # ……" is no growth of revenue.
    ordered = [hit for *_, hit in sorted(
        (at != ci, at > ci, _distance(hit, value), hit.start, n, hit)
        for n, (hit, at) in enumerate(zip(measures, measure_clauses))
        if hit.start < value.end or not SEMICOLON.search(text, value.end, hit.start))]
    fitting = [h for h in ordered if value.kind in lexicon.measures[h.id].value_kinds]
    # A label of the value's point (LABELS) heads it only when nothing else can.
    if labels:
        fitting = [h for h in fitting if h.start not in labels] \
            + [h for h in fitting if h.start in labels]
    head = _share_head(text, value, fitting, lexicon) or (fitting[0].id if fitting else "")
    measure_ids = tuple(dict.fromkeys([h.id for h in ordered]))
    time = None if value.kind == "date" else (
        _date_after(text, value, values, lexicon) or _time_for(text, value, values, clauses, ci))
    return Frame(subjects=subjects, measures=measure_ids, head_measure=head, value=value,
                 time=time, subject_explicit=explicit)


# How far a measure may stand before the share word that makes it the part
# ("境外收入,占到了总收入的73.1%").
SHARE_GAP = 3


def _share_head(text: str, value: Value, fitting: Sequence[TermHit], lexicon: Lexicon) -> str:
    """The measure a share figure is of, when the text before it says "A占B":
    A, not B, the nearer ("营销支出占收入的285%" is marketing spending's
    share of revenue, not revenue's; so is "……,仍占73.6%" after it). ''
    when no share word before the figure follows a measure."""
    words = lexicon.grammar("zh").shares
    if not words or value.kind != "percent":
        return ""
    before = text[:value.start]
    found = sorted({m.start() for w in words for m in re.finditer(re.escape(w), before)},
                   reverse=True)
    for at in found:
        # Another measure after the base is the figure's own ("A占B的30%,
        # C增长了5%").
        if len({h.id for h in fitting if at < h.start and h.end <= value.start}) > 1:
            return ""
        parts = [h for h in fitting if h.end <= at and at - h.end <= SHARE_GAP]
        if parts:
            return max(parts, key=lambda h: h.end).id
    return ""


def _pair_respectively(text: str, frames: tuple[Frame, ...], values: Sequence[Value],
                       clauses: Sequence[tuple[int, int]],
                       clause_subjects: Sequence[tuple[tuple[str, ...], bool]],
                       lexicon: Lexicon, folded: str | None = None) -> tuple[Frame, ...]:
    # "分别" / "respectively": the values after it pair in order with the
    # subjects or dates listed before it ("智谱和MiniMax分别亏损62亿元和92亿元").
    if len(frames) < 2:
        return frames   # nothing to pair, with or without the word (nor by _pair_years)
    markers = _cues(text, "respectively", lexicon, folded)
    if not markers:
        return _pair_years(text, frames, values)
    # Each marker pairs the values up to the next one ("2023年及2024年分别录得研发
    # 开支4.36亿元及5.71亿元, 同期亏损分别为6.02亿元及7.48亿元").
    for (marker_start, marker_end, _), following in zip(
            markers, [*(m[0] for m in markers[1:]), len(text)]):
        frames = _pair_after(text, frames, values, clauses, clause_subjects,
                             marker_start, marker_end, following)
    return frames


def _pair_after(text: str, frames: tuple[Frame, ...], values: Sequence[Value],
                clauses: Sequence[tuple[int, int]],
                clause_subjects: Sequence[tuple[tuple[str, ...], bool]],
                marker_start: int, marker_end: int, until: int) -> tuple[Frame, ...]:
    """FRAMES with the values between a "respectively" (MARKER_START to
    MARKER_END) and UNTIL paired with the subjects or dates before it; or,
    where none follow it, the values of the list it closes ("… were 158
    million, 264 million and 391 million yuan respectively") with those
    before that list."""
    figures = sorted((f for f in frames if f.value.kind != "date"), key=lambda f: f.value.start)
    after = _joined_run([f for f in figures if marker_end <= f.value.start < until], text)
    if len(after) < 2:
        before = [f for f in figures if f.value.end <= marker_start]
        after = _joined_run(before[::-1], text)[::-1]
        if len(after) < 2 or text[after[-1].value.end:marker_start].strip(" ,"):
            return frames
        marker_start = after[0].value.start
    subjects, _ = clause_subjects[clause_index(clauses, marker_start)]
    dates = [v for v in values if v.kind == "date" and v.role == "value"
             and v.end <= marker_start]
    # (The list is the marker's clause's, not a date of the source before it:
    # "据……2026年1月发布的数据,2023年、2024年和2025年……分别为……".)
    listed = [v for v in dates if v.start >= clauses[clause_index(clauses, marker_start)][0]]
    if len(listed) == len(after) < len(dates):
        dates = listed
    if len(dates) == 1 and len(years_of(dates[0])) == len(after):
        # One value per year of a range: "2023年至2025年前9个月,这项支出分别为
        # 4720万、1.41亿和1.42亿美元" gives 1.41亿 to 2024.
        dates = years_of(dates[0])
    paired: dict[int, Frame] = {}
    for i, frame in enumerate(after):
        new_subjects = (subjects[i],) if len(subjects) == len(after) else frame.subjects
        # With as many dates as values, each value has its own date; otherwise
        # the period of each value is unknown ("2023年和2025年,……分别为4720万、
        # 1.41亿和1.42亿美元" lists three values for two dates).
        new_time = dates[i] if len(dates) == len(after) else None
        paired[id(frame)] = Frame(subjects=new_subjects, measures=frame.measures,
                                  head_measure=frame.head_measure, value=frame.value,
                                  time=new_time, subject_explicit=frame.subject_explicit)
    return tuple(paired.get(id(f), f) for f in frames)


def _joined_run(listed: list[Frame], text: str) -> list[Frame]:
    """The first frames of LISTED (in text order, or reversed) whose figures
    are the items of one list: in "收入分别为1.58亿元、2.64亿元及3.91亿元，
    2025年首六个月收入为2.27亿元" the last figure has a period of its own."""
    return listed[:joined_run([f.value for f in listed], text)]


def _pair_years(text: str, frames: tuple[Frame, ...], values: Sequence[Value]) -> tuple[Frame, ...]:
    """A list of figures and one range of as many calendar years in the
    sentence, without "respectively": the figures are the years' in order,
    as a list over a span of years is read ("were $47.2 million, $141
    million and $142 million from 2023 to the first nine months of 2025")."""
    ranges = [v for v in values if v.kind == "date" and v.role == "value"]
    listed = sorted((f for f in frames if f.value.kind != "date"), key=lambda f: f.value.start)
    if len(ranges) != 1 or len(listed) < 2:
        return frames
    years = years_of(ranges[0])
    if len(years) != len(listed) or len({f.value.kind for f in listed}) != 1 or not all(
            joins_list(text[a.value.end:b.value.start]) for a, b in pairwise(listed)):
        return frames
    paired = {id(f): replace(f, time=year) for f, year in zip(listed, years)}
    return tuple(paired.get(id(f), f) for f in frames)


def _with_products_named(value: Value, subjects: tuple[str, ...], entities: Sequence[TermHit],
                         clauses: Sequence[tuple[int, int]], lexicon: Lexicon) -> tuple[str, ...]:
    """SUBJECTS of a figure whose own clause names none, with the products of
    theirs named in the clause or the two before it: in "智谱MaaS开放平台中面向
    开发者的订阅产品GLM Coding, ARR在上线2个月内, 就快速突破了1亿元" the figure
    is GLM Coding's as well as Zhipu's."""
    ci = clause_index(clauses, value.start)
    before = [h for h in entities if h.start < value.start]
    if not subjects or any(h.id in subjects and clause_index(clauses, h.start) == ci
                           for h in before):
        return subjects
    products = [h.id for h in before if ci - 2 <= clause_index(clauses, h.start) <= ci
                and any(s in lexicon.entity_ancestors(h.id) for s in subjects)]
    return tuple(dict.fromkeys((*subjects, *products)))


def _gapped_owner(text: str, value: Value, values: Sequence[Value], entities: Sequence[TermHit],
                  clauses: Sequence[tuple[int, int]], lexicon: Lexicon) -> tuple[str, ...]:
    """In one clause listing figures of several subjects, the names written
    between the previous figure and this one own it: "Alibaba Tongyi holds
    17.7% and ByteDance Doubao 14.1%", "Zhipu raised HK$5.1 billion and
    MiniMax HK$4.7 billion" (the verb is not repeated). A name after an
    object marker ("1 billion from Alibaba and 2 billion") is not an owner."""
    ci = clause_index(clauses, value.start)
    previous = [v.end for v in values if v.kind == value.kind and v.end <= value.start
                and clause_index(clauses, v.start) == ci]
    if not previous:
        return ()
    names = [h for h in entities if max(previous) <= h.start and h.end <= value.start
             and lexicon.is_subject_type(h.id)]
    if not names or _marked_object(text, names[0], lexicon):
        return ()
    return tuple(dict.fromkeys(h.id for h in names))


# An English possessive: "MiniMax's", "MiniMax’s" (NFKC leaves the curly one).
_POSSESSIVE = re.compile(r"\s*['’]s?\b")


def possessive_owner(text: str, value: Value, entities: Sequence[TermHit | Mention],
                      clauses: Sequence[tuple[int, int]], lexicon: Lexicon) -> tuple[str, ...]:
    """The owner named in the possessive before a figure in its clause, when
    another name comes first: "Alibaba led MiniMax's US$600 million round"
    is about MiniMax's round; Alibaba is its investor."""
    ci = clause_index(clauses, value.start)
    names = [h for h in entities if h.end <= value.start
             and clause_index(clauses, h.start) == ci and lexicon.is_subject_type(h.id)
             and getattr(h, "kind", "entity") == "entity"]
    if len(names) < 2:
        return ()
    last = names[-1]
    if not _POSSESSIVE.match(text, last.end) or text[last.end:value.start].count(",") or \
            any(h.start < last.start and h.id == last.id for h in names):
        return ()
    return (last.id,)


def _comparison_base(text: str, value: Value, entities: Sequence[TermHit],
                     lexicon: Lexicon) -> str:
    """The entity a multiple or fraction is taken of: after a copula and
    before the figure in Chinese ("是Claude Code的1/6", "为后者的1/7"),
    after the figure and "of" in English ("one sixth of Claude's"); or ''."""
    zh, en = lexicon.grammar("zh"), lexicon.grammar("en")
    for hit in entities:
        if hit.end <= value.start:
            between = text[hit.end:value.start].strip()
            before = text[max(0, hit.start - 4):hit.start].strip()
            if between in ("", *zh.possessive) and any(before.endswith(w) for w in zh.copulas):
                return hit.id
        elif hit.start >= value.end:
            between = text[value.end:hit.start].strip().lower()
            if between in en.copulas:
                return hit.id
    return ""


def _marked_object(text: str, hit: TermHit, lexicon: Lexicon) -> bool:
    """Whether an object marker (由, from) stands right before HIT."""
    before = text[max(0, hit.start - 12):hit.start].rstrip().lower()
    return any(before.endswith(marker) and (not marker.isascii() or not before[
        :len(before) - len(marker)][-1:].isalpha()) for marker in lexicon.object_markers)


def _parenthesis_owner(text: str, value: Value, entities: Sequence[TermHit]) -> tuple[str, ...]:
    """A figure in parentheses right after a name is that name's:
    "阿里通义(17.7%)、字节豆包(14.1%)" gives 14.1% to ByteDance's Doubao."""
    open_at = text.rfind("(", 0, value.start)
    if open_at < 0 or ")" in text[open_at:value.start] or text[open_at + 1:value.start].strip():
        return ()
    chain: list[str] = []
    end = open_at
    for hit in sorted(entities, key=lambda h: -h.end):
        if hit.end == end:
            chain.insert(0, hit.id)
            end = hit.start
    return tuple(chain)


def _is_reference_date(text: str, value: Value, lexicon: Lexicon) -> bool:
    """"截至2025年9月30日" / "as of September 30, 2025": a date the figures are
    as of, never the date of an event (it must not read as a filing date)."""
    if value.kind != "date":
        return False
    before = text[max(0, value.start - 6):value.start].rstrip().lower()
    surface = value.surface.lower()
    return any(m in surface or before.endswith(m)
               for m in lexicon.grammar("zh").as_of + lexicon.grammar("en").as_of)


def _relative_dates(text: str, lexicon: Lexicon, values: Sequence[Value],
                    discourse: Discourse | _Reading) -> list[Value]:
    """Dates written relative to the last stated one: 同年9月, 次年, 一天后.

    The anchor is the nearest date before the expression in the same sentence,
    else the last date of the previous sentences (the discourse's, read only then).
    """
    def anchor_for(pos: int) -> Value | None:
        before = [v for v in values if v.kind == "date" and v.role == "value" and v.end <= pos]
        return before[-1] if before else discourse.last_date

    found: list[Value] = []
    years, days = lexicon.derived("relative dates", _relative_date_patterns)
    lowered = text.lower()
    for word, offset, pattern in lexicon.derived("deictic years", _deictic_year_patterns):
        if word not in lowered:
            continue
        now = discourse.now if discourse.opened else _dateline(values)
        if now is None:
            continue
        year = date.fromordinal(int(now.low)).year + offset
        found += [_narrowed_deictic(text, m, year)
                  or _date_value(date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal(),
                                 "year", m) for m in pattern.finditer(text)]
    for word, offset, pattern in lexicon.derived("relative periods", _relative_period_patterns):
        if word not in lowered:
            continue
        for m in pattern.finditer(text):
            # Only opening its clause does it date the clause's figures ("上年
            # 同期营收为1.13亿元"); elsewhere it names what a figure is compared
            # with ("从上年同期的5512.1万降至5104.5万", "较上年同期增长"), and
            # dates the figure right after it and a possessive ("高于上年同期的
            # 6200万元": that period's level).
            before = text[:m.start()].rstrip()
            anchor = anchor_for(m.start())
            # (In English it dates the figure right before it: "up from 6,580
            # a year earlier".)
            # ("55 million in the same period a year earlier": a preposition
            # of time between.)
            bare = _PREPOSITION_AT_END.sub("", before) if word.isascii() else before
            # ("In the previous year revenue had risen 5.9%": opening its
            # clause after a preposition of time.)
            opening = not before or _CLAUSE_BREAK.match(before[-1]) or word.isascii() \
                and _OPENING_PREPOSITION.fullmatch(before) is not None
            if anchor is not None and (opening
                                       or owns_next_figure(text, m.end(), values)
                                       or any(v.kind != "date" and v.end == len(bare)
                                              for v in values) and word.isascii()):
                found.append(_date_value(_years_on(anchor.low, offset),
                                         _years_on(anchor.high, offset), anchor.unit, m))
    # (A part of a year or a month the sentence's own report dates: "said on
    # April 22, 2025 that it opened 96 outlets in the first quarter".)
    now = (discourse.now if discourse.opened else _dateline(values)) \
        or _report_day(text, values, lexicon)
    found += _year_parts(text, lowered, anchor_for, now)
    found += _months_without_year(text, anchor_for, now)
    for word, offset, pattern in years:
        if word not in text:
            continue
        for m in pattern.finditer(text):
            anchor = anchor_for(m.start())
            if anchor is None:
                continue
            year = date.fromordinal(int(anchor.low)).year + offset
            if m.group(1) and 1 <= int(m.group(1)) <= 12:
                month = int(m.group(1))
                low = date(year, month, 1)
                high = date(year + (month == 12), month % 12 + 1, 1).toordinal() - 1
                found.append(_date_value(low.toordinal(), high, "month", m))
            else:
                found.append(_date_value(date(year, 1, 1).toordinal(),
                                         date(year, 12, 31).toordinal(), "year", m))
    for word, offset, pattern in days:
        if word not in text:
            continue
        for m in pattern.finditer(text):
            anchor = anchor_for(m.start())
            if anchor is not None and anchor.unit == "day":
                day = int(anchor.low) + offset
                found.append(_date_value(day, day, "day", m))
    taken = [v for v in values if v.kind != "duration"]
    kept: list[Value] = []
    for v in sorted(found, key=lambda v: (v.start, -v.end)):
        if not any(v.start < t.end and t.start < v.end for t in taken):
            kept.append(v)
            taken.append(v)
    return kept


def _year_parts(text: str, lowered: str, anchor_for: Callable[[int], Value | None],
                now: Value | None = None) -> list[Value]:
    """Parts of a year written without it and opening a clause (上半年, "in
    the first quarter"), in the year of the last date before them when that
    date lies in one year: "……发布2024年半年度报告。上半年,公司……" is the first
    half of 2024. Elsewhere in the sentence, in the year of the document's
    dateline (NOW) when they ended before it: "OSLAND, May 8, 2025 — Halvorn
    … reported first-quarter revenue of …" is the first quarter of 2025."""
    found = []
    for word in units()["dates"].get("parts_without_year", ()):
        if word not in lowered:
            continue
        for m in re.finditer(re.escape(word), lowered):
            before = lowered[:m.start()].rstrip()
            anchor = anchor_for(m.start())
            if anchor is not None and (not before or _CLAUSE_BREAK.match(before[-1])):
                first, last = date.fromordinal(int(anchor.low)), date.fromordinal(int(anchor.high))
                if first.year == last.year:
                    found += [v for v in [_narrowed_deictic(text, m, first.year, word)] if v]
            elif now is not None and not _year_with_part(lowered, m.start(), m.end()):
                dated = _narrowed_deictic(text, m, date.fromordinal(int(now.low)).year, word)
                if dated is not None and dated.high < now.low:
                    found.append(dated)
    return found


def _months_without_year(text: str, anchor_for: Callable[[int], Value | None],
                         now: Value | None) -> list[Value]:
    """Months written in digits without a year or a day (9月份, 9月): opening
    a clause, in the year of the last date before them when that date lies
    in one year; elsewhere in the year of the document's dateline (NOW) when
    they ended before it: "香江土地登记处2025年10月3日公布，9月份共录得……" is
    September 2025. (A month to come, "将于12月上线", is left: which year it
    is, is not said.)"""
    found = []
    for m in month_without_year_re().finditer(text):
        month = int(m.group(1))
        before = text[:m.start()].rstrip()
        anchor = anchor_for(m.start())
        opening = not before or _ANY_CLAUSE_BREAK.match(before[-1]) is not None
        if anchor is not None and opening:
            first, last = date.fromordinal(int(anchor.low)), date.fromordinal(int(anchor.high))
            year, dated = (first.year, False) if first.year == last.year else (0, False)
        else:
            year, dated = (date.fromordinal(int(now.low)).year, True) if now is not None else (0, False)
        if not year:
            continue
        low = date(year, month, 1).toordinal()
        high = date(year + (month == 12), month % 12 + 1, 1).toordinal() - 1
        if dated and high >= now.low:
            continue
        found.append(_date_value(low, high, "month", m))
    return found


_ANY_CLAUSE_BREAK = re.compile(r"[,;:!?。，；：！？]")



def _year_with_part(lowered: str, start: int, end: int) -> bool:
    """Whether a year, or a word for one, goes with the part of a year at
    START-END of LOWERED (units' ``year_before_part``, ``year_after_part``,
    or digits after it): "2024年一季度", "last year's first quarter", "in the
    first quarter of 2024"."""
    dates = units()["dates"]
    before = lowered[:start].rstrip()
    after = lowered[end:].lstrip(" '")
    return before.endswith(tuple(dates.get("year_before_part", ()))) \
        or after[:1].isdigit() or any(
            after.startswith(w) and (not w[-1:].isalpha() or not after[len(w):len(w) + 1].isalpha())
            for w in dates.get("year_after_part", ()))


def _narrowed_deictic(text: str, match: re.Match, year: int, word: str = "") -> Value | None:
    """The part of the year YEAR that the words after a relative year word
    (MATCH) narrow it to, read as they would be after the year written out:
    今年首九个月 as 2024年首九个月, 去年上半年 as 2023年上半年; None when they
    narrow nothing."""
    written = written_year(year)
    # (WORD: the part of the year itself, read after the year: 上半年, "in
    # the first half" as "the first half of 2024".)
    english = word.isascii() and bool(word)
    following = word if word else text[match.end():match.end() + _NARROWING_CHARS]
    # ("in the first quarter" as "the first quarter of 2024"; "first-quarter"
    # as "first-quarter 2024".)
    probe = (f"{word[3:]} of {year}" if word.startswith("in the ") else f"{word} {year}") \
        if english else written + following
    narrowed = next((v for v in parse_values(probe) if v.start == 0 and v.kind == "date"), None)
    if narrowed is None or narrowed.unit == "year" or not english and narrowed.end <= len(written):
        return None
    end = match.end() if word else match.end() + narrowed.end - len(written)
    return Value(kind="date", low=narrowed.low, high=narrowed.high, anchor=narrowed.low,
                 precision=narrowed.precision, unit=narrowed.unit, start=match.start(), end=end,
                 surface=text[match.start():end], role=role_at(text, match.start()))


_NARROWING_CHARS = 12
"""Characters after a relative year word read for the part of the year they name."""


def _relative_date_patterns(lexicon: Lexicon) -> tuple[tuple[tuple[str, int, re.Pattern[str]], ...],
                                                        tuple[tuple[str, int, re.Pattern[str]], ...]]:
    """The words of relative years (longest first, with a month after them)
    and of relative days, each with its offset and its regex."""
    years = sorted((lexicon.relative_years or {}).items(), key=lambda kv: -len(kv[0]))
    return (tuple((w, n, re.compile(re.escape(w) + MONTH_AFTER)) for w, n in years),
            tuple((w, n, re.compile(re.escape(w))) for w, n in (lexicon.relative_days or {}).items()))


def _deictic_year_patterns(lexicon: Lexicon) -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    """The words of years relative to the document's date, with their offsets."""
    return _word_patterns(lexicon.deictic_years or {})


_PREPOSITION_AT_END = re.compile(r"\s+(?:in|for|during|over)$", re.IGNORECASE)
_OPENING_PREPOSITION = re.compile(r"(?:.*[,;:]\s*)?(?:in|for|during|over)", re.IGNORECASE)


def owns_next_figure(text: str, end: int, values: Sequence[Value]) -> bool:
    """Whether a figure (of VALUES) stands right after END of TEXT and a
    possessive (上年同期的|6200万元, 从上年同期的|5512.1万)."""
    rest = text[end:]
    mark = next((p for p in grammar("zh").possessive if rest.startswith(p)), "")
    return bool(mark) and any(v.start == end + len(mark) and v.kind != "date" for v in values)


def _relative_period_patterns(lexicon: Lexicon) -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    """The words of a period some years from the last date, with their offsets."""
    return _word_patterns(lexicon.relative_periods or {})


def _word_patterns(words: dict[str, int]) -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    """WORDS, longest first, each lower-cased with its offset and its regex
    (a Latin word whole, any case)."""
    return tuple((w.lower(), n, re.compile(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])",
                                           re.IGNORECASE))
                 for w, n in sorted(words.items(), key=lambda kv: -len(kv[0])))


def _years_on(ordinal: float, years: int) -> int:
    """The day YEARS years on from the day ORDINAL (28 February for 29)."""
    day = date.fromordinal(int(ordinal))
    try:
        return day.replace(year=day.year + years).toordinal()
    except ValueError:
        return day.replace(year=day.year + years, day=28).toordinal()


def _date_value(low: int, high: int, unit: str, match: re.Match) -> Value:
    # "较上年同期增长71.7%": the year is the comparison's base, not the
    # period of the figure after it.
    return Value(kind="date", low=float(low), high=float(high), anchor=float(low),
                 precision=float(high - low + 1), unit=unit, start=match.start(),
                 end=match.end(), surface=match.group(0),
                 role=role_at(match.string, match.start()))


def _distance(hit: TermHit, value: Value) -> int:
    if hit.end <= value.start:
        return value.start - hit.end
    if value.end <= hit.start:
        return hit.start - value.end
    return 0


# The figure's counted noun may stand between a figure and its period ("1.8
# million cars in 2023"), and a rate ("150 billion tonnes of ice per year
# between 2002 and 2020"): up to four lower-case words, no clause break,
# and a short aside in brackets ("424.6 parts per million (ppm) in 2024").
_NOUN_BETWEEN = r"(?:\s+[a-z][a-z-]*){0,4}(?:\s*\([^()]{1,24}\))?\s*"
_WORDS_BETWEEN = re.compile(_NOUN_BETWEEN, re.IGNORECASE)


# Between an English figure and the period it is for: "1.25 billion in 2024",
# "53.4 million for the first nine months of 2025".
@cache
def _period_after(words: tuple[str, ...]) -> re.Pattern[str]:
    # (The period may take an article: "lost 6.8 gigatonnes of ice in the
    # 2022-23 mass-balance year".)
    return re.compile(_NOUN_BETWEEN + rf"(?:{'|'.join(map(re.escape, words)) or '(?!x)x'})"
                      r"(?:\s+the)?\s*$", re.IGNORECASE)


def _date_after(text: str, value: Value, values: Sequence[Value], lexicon: Lexicon) -> Value | None:
    """The date right after VALUE, before the next figure, joined to it by a
    preposition: in English the period follows its figure ("from 119,700 in
    2023 to 1.77 million in September 2025"). In Chinese it comes first
    (2024年营收3亿元: ``_time_for``)."""
    words = lexicon.grammar("en").before_period
    following = [v for v in values if v.start >= value.end]
    limit = min((v.start for v in following if v.kind != "date"), default=len(text))
    deictic = {**(lexicon.deictic_years or {}), **(lexicon.relative_periods or {})}
    for date_value in following:
        if date_value.kind == "date" and date_value.role == "value" \
                and date_value.start < limit \
                and (_period_after(words).fullmatch(text[value.end:date_value.start])
                     # "rose to £212m last year", "from 6,580 a year earlier":
                     # the words are the period.
                     or date_value.surface.lower() in deictic
                     and _WORDS_BETWEEN.fullmatch(text[value.end:date_value.start])):
            return date_value
    return None


def _time_for(text: str, value: Value, values: Sequence[Value],
              clauses: Sequence[tuple[int, int]], ci: int) -> Value | None:
    dates = [v for v in values if v.kind == "date" and v.role == "value" and v.end <= value.start
             and not dates_event(text, v)]
    if dates and change_part(text, value.start) == "level":
        # The date of where a change started ("渗透率由2023年的38.5%提升至47.1%",
        # "from 38.5% in 2023 to 47.1%") is not the level's it reached.
        dates = [d for d in dates if not dates_start(text, d, values, value)]
    # Nor is the base year of a change before it ("up 6.1% from 2022, with a
    # load factor of 82%") any later figure's.
    dates = [d for d in dates if not _base_year_of_change(text, d, values)]
    same_clause = [d for d in dates if clause_index(clauses, d.start) == ci]
    if same_clause:
        return same_clause[-1]
    if len(dates) > 1 and dates[-1].unit == "day" and _ON_DAY.search(text, 0, dates[-1].start) \
            and change_part(text, value.start) == "change":
        # The day a figure was reported on ("reported revenue of £184.6
        # million for 2024 on 12 September 2025, up 11% …") dates no change
        # of it after it: the change is over the figure's own period.
        periods = [d for d in dates[:-1] if d.unit != "day"]
        if periods:
            return periods[-1]
    return dates[-1] if dates else None


_ON_DAY = re.compile(r"(?<![a-z])on\s+$", re.IGNORECASE)


def _base_year_of_change(text: str, date_value: Value, values: Sequence[Value]) -> bool:
    """Whether DATE_VALUE follows a change figure and a word of start right
    after it ("up 6.1% from 2022"): the year the change is measured from."""
    before = text[:date_value.start].rstrip()
    opener = next((w for w in grammar("en").start_before if before.lower().endswith(" " + w)), "")
    # (Not a date naming the start's figure after it: "from the 2022 peak
    # of 5.96 metres" dates the 5.96.)
    if not opener or not _BASE_YEAR_END.match(text, date_value.end):
        return False
    figure = max((v for v in values if v.end <= len(before) - len(opener) and v.kind != "date"),
                 key=lambda v: v.end, default=None)
    return figure is not None and not text[figure.end:len(before) - len(opener)].strip() \
        and change_part(text, figure.start) == "change"


_BASE_YEAR_END = re.compile(r"\s*(?:[,.;:)]|$|(?:and|with|while|but)\b)")


def dates_event(text: str, date_value: Value) -> bool:
    """Whether DATE_VALUE stands right after a word of an event that happens
    once (founded, born, 成立: the grammar's ``single_slot``): "成立于2015年,
    营收为3亿元" and "its highest since the event was founded in 1988" date
    the founding, not the figures around it."""
    lowered = text.lower()
    before = lowered[:date_value.start].rstrip()
    links = _event_date_links().search(before, max(0, len(before) - 24))
    end = len((before[:links.start()] if links else before).rstrip())
    return any(stop == end for _, stop, _ in find_cues(lowered, "single_slot"))


@cache
def _event_date_links() -> re.Pattern[str]:
    """The grammar's ``event_date_links`` at the end of a text (before a date)."""
    words = sorted({w for language in ("en", "zh") for w in grammar(language).event_date_links},
                   key=lambda w: (-len(w), w))
    parts = [rf"(?<![a-z]){re.escape(w)}" if w.isascii() else re.escape(w) for w in words]
    return re.compile(f"(?:{'|'.join(parts) or '(?!x)x'})$")


def dates_start(text: str, date_value: Value, values: Sequence[Value], level: Value) -> bool:
    """Whether DATE_VALUE labels the figure where a change started, standing
    between it and LEVEL (the figure the change reached): after a word of
    start and before a possessive (由2023年的38.5%), or after the figure with
    a preposition of time (from 38.5% in 2023; not "fell 37% in 2023")."""
    chinese, english = grammar("zh"), grammar("en")
    opened = text[:date_value.start].rstrip().endswith(tuple(chinese.start_before) or ("\0",))
    for figure in values:
        if figure.kind == "date" or figure is level or figure.start >= level.start:
            continue
        if opened and date_value.end <= figure.start \
                and text[date_value.end:figure.start].strip() in chinese.possessive:
            return True
        if figure.end <= date_value.start and change_part(text, figure.start) == "start" \
                and text[figure.end:date_value.start].strip().lower() in english.before_period:
            return True
    return False


# --- content terms -------------------------------------------------------------

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&.'-]*")
# A CJK character's term: the bigram it starts, or the character alone when
# it is a run of its own (the last of a longer run starts none). A look-ahead
# that captures, so that findall gives the overlapping bigrams in C.
#   matches: 智谱 谱上 上市 of 智谱上市; 年 of "1年"    no match: the 市 of 上市
_CJK_TERM = re.compile(
    r"(?=([\u3400-\u9fff](?:[\u3400-\u9fff]|(?<![\u3400-\u9fff].)(?![\u3400-\u9fff]))))")


def content_terms(text: str) -> tuple[str, ...]:
    """Lower-case Latin words and CJK character bigrams (a run of one
    character: itself), for retrieval and coverage."""
    terms = _reused_terms.get(text)
    return _content_terms(text) if terms is None else terms


# The terms of the last sentences whose analysis ``analyse_passage`` reused:
# an entry writer asks again for the terms of each passage just analysed, to
# store them only when they are not these.
_reused_terms: dict[str, tuple[str, ...]] = {}


def _remember_terms(text: str, terms: tuple[str, ...]) -> None:
    if len(_reused_terms) >= 64:
        _reused_terms.clear()
    _reused_terms[text] = terms


# The last texts' terms (the entry writer's question, for a passage just analysed).
@lru_cache(maxsize=64)
def _content_terms(text: str) -> tuple[str, ...]:
    words = _LATIN_WORD.findall(text)
    if not words:
        return tuple(dict.fromkeys(_CJK_TERM.findall(text)))
    terms = [w.lower().strip(".'-") for w in words]
    # A possessive is its noun's term too: "the glacier's area" is found by
    # "glacier".
    terms += [t[:-2] for t in terms if t.endswith("'s") and len(t) > 3]
    terms += _CJK_TERM.findall(text)
    return tuple(dict.fromkeys(filter(None, terms)))
