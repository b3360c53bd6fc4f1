"""Stage "index": find the passages worth judging for a claim.

Passages are indexed by what the analyser found in them, as postings (sorted
arrays of passage numbers) per feature:

* ``e:ID`` an entity named in the passage or inherited as a clause subject;
* ``m:ID`` a measure term; ``q:ID`` a qualifier word (Series C, 天使轮);
* ``f:KIND|SUBJECT|MEASURE`` a frame: a value of that kind (money with its
  currency) bound to that subject with that measure in its context
  (``f:amount:CNY|minimax|loss``); ``∅`` stands for "no named subject";
* content terms (lower-case Latin words, CJK character bigrams), kept apart
  in a compressed table keyed by an integer per term (``term_key``).

A claim is answered in two steps. A *filter* (``Filter``: an OR of ANDs of
ORs of features, built by ``pipeline`` from what the judge needs) intersects
postings, smallest first, to the passages that could possibly support or
contradict the claim; then those are ranked by weighted overlap (3 per shared
entity, 2 for a related measure, the IDF of each shared term / 10) and only
the best ``limit`` are judged. The cost of a claim grows with the postings of
its own features and its candidates, not with the corpus: "MiniMax" may be in
100k passages, but a frame key such as ``f:percent|minimax|overseas-revenue``
is in few.

It does not decide anything about a candidate (that is ``judge``), and it
does not store passages (``checker.store.cache``).
"""
from __future__ import annotations

import hashlib
import math
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from checker.language.lexicon import Lexicon
from checker.memo import IdentityMemo
from checker.model import Analysis, Passage

NO_SUBJECT = "∅"
"""Frame-key subject for values with no named subject (all ``unnamed``)."""

Filter = tuple[tuple[frozenset[str], ...], ...]
"""Alternatives (OR) of conjunctions (AND) of feature sets (OR): a passage
passes when, for some alternative, it has a feature of every set."""

_EMPTY = np.zeros(0, dtype=np.int32)
RARE_POSTINGS = 1 << 16
"""Postings of a claim's rarest terms scored first by ``PostingIndex.rank_terms``."""


@dataclass(frozen=True)
class AnalysedPassage:
    passage: Passage
    analysis: Analysis
    document_entities: frozenset[str] = frozenset()
    """Entities named anywhere in the passage's document (for place qualifiers:
    an article about a Hong Kong listing need not repeat 香港 in every sentence)."""
    paragraph_entities: frozenset[str] = frozenset()
    """Entities named in the passage's paragraph ("...在港交所挂牌上市。一天后,
    MiniMax也将敲钟" names the exchange of the second sentence)."""


def passage_features(analysis: Analysis) -> set[str]:
    """The entity and measure features that rank a passage."""
    return _mention_features(analysis, _RANKING_PREFIXES)


_RANKING_PREFIXES = {"entity": "e:", "measure": "m:"}
_FILTER_PREFIXES = {**_RANKING_PREFIXES, "qualifier": "q:"}


def _mention_features(analysis: Analysis, prefixes: dict[str, str]) -> set[str]:
    """``e:`` of the entities named and the clauses' subjects, and the
    features of the other kinds of mention in PREFIXES."""
    features = {"e:" + s for subjects, _ in analysis.clause_subjects for s in subjects}
    for mention in analysis.mentions:
        prefix = prefixes.get(mention.kind)
        if prefix is not None:
            features.add(prefix + mention.id)
    return features


def value_kind_key(kind: str, unit: str) -> str:
    """Money is only ever compared in one currency, so its key carries it."""
    return f"{kind}:{unit}" if kind == "amount" else kind


def filter_features(analysis: Analysis) -> set[str]:
    """The features a filter may ask for: ranking features, qualifier words
    and frame keys."""
    features = _mention_features(analysis, _FILTER_PREFIXES)
    for frame in analysis.frames:
        if not frame.head_measure:
            continue  # a value without a head measure never matches a claim's
        kind = value_kind_key(frame.value.kind, frame.value.unit)
        subjects = set(frame.subjects)
        if all(s == "unnamed" for s in frame.subjects):
            subjects.add(NO_SUBJECT)
        features |= {f"f:{kind}|{s}|{m}" for s in subjects for m in frame.measures}
    return features


def term_key(term: str) -> int:
    """A 32-bit integer per content term: exact for CJK unigrams and bigrams
    (the offsets of their characters in U+3400-U+9FFF, 15 bits each; bit 30
    marks a unigram), a 31-bit hash with bit 31 set for Latin words (a rare
    collision only merges two words' weights in the ranking)."""
    first = term[:1]
    if "\u3400" <= first <= "\u9fff":
        if len(term) == 1:
            return (1 << 30) | (ord(first) - 0x3400)
        if len(term) == 2 and "\u3400" <= term[1] <= "\u9fff":
            return ((ord(first) - 0x3400) << 15) | (ord(term[1]) - 0x3400)
    digest = hashlib.blake2b(term.encode("utf-8"), digest_size=4).digest()
    return (1 << 31) | (int.from_bytes(digest, "big") & 0x7FFFFFFF)


_TERM_KEYS: dict[str, int] = {}  # per process; bigrams repeat across documents


def text_hash(text: str) -> int:
    """A 64-bit hash of a passage's text, stored with the postings so that
    copies of a sentence are told apart without reading any of them
    (``PassageIndex.distinct``). Two different texts share one with odds of
    about 1 in 10^19 per pair: rarer than a damaged disk the checksums miss."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


@dataclass(frozen=True)
class IndexPart:
    """The postings of one document, with passage numbers local to it."""

    size: int
    features: dict[str, bytes]
    """Feature → local passage numbers (``array('i')`` bytes, ascending)."""
    term_keys: bytes
    """``term_key`` of each (term, passage) pair (uint32 bytes)."""
    term_passages: bytes
    """The passage of each pair (int32 bytes)."""
    text_hashes: bytes
    """``text_hash`` of each passage's text (uint64 bytes)."""


class PartBuilder:
    """Collects the postings of one document, passage by passage."""

    def __init__(self) -> None:
        self.size = 0
        self._features: dict[str, array] = {}
        self._keys = array("I")
        self._owners = array("i")
        self._hashes = array("Q")

    def add(self, analysis: Analysis) -> None:
        i = self.size
        features = self._features
        postings = _postings_of(analysis)
        for feature in postings.features:
            passages = features.get(feature)
            if passages is None:
                passages = features[feature] = array("i")
            passages.append(i)
        self._keys.extend(postings.term_keys)
        self._owners.extend(array("i", (i,)) * len(postings.term_keys))
        self._hashes.append(postings.text_hash)
        self.size += 1

    def build(self) -> IndexPart:
        return IndexPart(size=self.size,
                         features={f: a.tobytes() for f, a in sorted(self._features.items())},
                         term_keys=self._keys.tobytes(), term_passages=self._owners.tobytes(),
                         text_hashes=self._hashes.tobytes())


@dataclass(frozen=True)
class _Postings:
    """What one analysis puts in the postings, whichever passage it is."""

    features: tuple[str, ...]
    """``filter_features``, in no particular order."""
    term_keys: array
    """``term_key`` of each of its terms, in order (never changed)."""
    text_hash: int


def _derive_postings(analysis: Analysis) -> _Postings:
    terms = analysis.terms
    keys = list(map(_TERM_KEYS.get, terms))
    if None in keys:
        # The terms not seen yet get their keys first; then all are looked
        # up again at C speed (a comprehension over every term cost more).
        if len(_TERM_KEYS) > 1 << 20:
            _TERM_KEYS.clear()
        for term in set(terms).difference(_TERM_KEYS):
            _TERM_KEYS[term] = term_key(term)
        keys = list(map(_TERM_KEYS.__getitem__, terms))
    return _Postings(tuple(filter_features(analysis)), array("I", keys),
                     text_hash(analysis.text))


_postings_of = IdentityMemo(_derive_postings, 1 << 15)
"""An analysis's postings, worked out once per analysis object: a sentence
read again while building is one analysis for all its passages
(``analyse_passage``)."""


def index_part(analyses: Sequence[Analysis]) -> IndexPart:
    builder = PartBuilder()
    for analysis in analyses:
        builder.add(analysis)
    return builder.build()


class PostingIndex:
    """Postings of a whole corpus: global passage numbers in document order.

    Both tables are flat arrays, so that they can be saved and memory-mapped
    (``checker.store.segments``, which stores the term table as gaps): for
    features, ``feature_starts[i]:feature_starts[i + 1]`` of
    ``feature_passages`` are the passages of ``feature_names[i]``; for terms
    likewise, by position of the term's key in ``term_keys``; ``text_hashes``
    holds the ``text_hash`` of each passage.
    """

    ARRAYS = ("feature_starts", "feature_passages", "term_keys", "term_starts",
              "term_passages", "text_hashes")

    def __init__(self, size: int, feature_names: Sequence[str], arrays: dict) -> None:
        self.size = size
        self.feature_names = tuple(feature_names)
        self._feature_ids = {name: i for i, name in enumerate(self.feature_names)}
        self.feature_starts = arrays["feature_starts"]
        self.feature_passages = arrays["feature_passages"]
        self.term_keys = arrays["term_keys"]
        self.term_starts = arrays["term_starts"]
        self.term_passages = arrays["term_passages"]
        self.text_hashes = arrays["text_hashes"]

    @classmethod
    def merge(cls, parts: list[IndexPart | None]) -> PostingIndex:
        """Merge document parts (in corpus order) with one sort per table of
        (id << 32 | passage) numbers. PARTS is consumed (each entry set to
        None once copied), so memory stays near 16 bytes per posting."""
        names = sorted({f for part in parts if part for f in part.features})
        ids = {name: i for i, name in enumerate(names)}
        feature_total = sum(len(d) // 4 for part in parts if part for d in part.features.values())
        term_total = sum(len(part.term_keys) // 4 for part in parts if part)
        features = np.empty(feature_total, dtype=np.uint64)
        terms = np.empty(term_total, dtype=np.uint64)
        hashes = np.concatenate([np.frombuffer(part.text_hashes, dtype=np.uint64)
                                 for part in parts if part] or [np.zeros(0, dtype=np.uint64)])
        offset = f_at = t_at = 0
        for n, part in enumerate(parts):
            if part is None:
                raise ValueError("a part was merged twice")
            # All of a part's features at once: each posting with its feature's id.
            local = np.frombuffer(b"".join(part.features.values()), dtype=np.int32)
            owners = np.repeat(np.fromiter((ids[name] for name in part.features), np.uint64,
                                           len(part.features)),
                               [len(data) // 4 for data in part.features.values()])
            features[f_at:f_at + len(local)] = (owners << np.uint64(32)) \
                | (local.astype(np.uint64) + np.uint64(offset))
            f_at += len(local)
            keys = np.frombuffer(part.term_keys, dtype=np.uint32).astype(np.uint64)
            owners = np.frombuffer(part.term_passages, dtype=np.int32).astype(np.uint64)
            terms[t_at:t_at + len(keys)] = (keys << np.uint64(32)) | (owners + np.uint64(offset))
            t_at += len(keys)
            offset += part.size
            parts[n] = None
        feature_ids, feature_passages = _split_sorted(features)
        del features
        feature_starts = np.searchsorted(
            feature_ids, np.arange(len(names) + 1, dtype=np.uint32)).astype(np.int64)
        del feature_ids
        term_ids, term_passages = _split_sorted(terms)
        del terms
        if len(term_ids):
            bounds = np.flatnonzero(term_ids[1:] != term_ids[:-1]) + 1
            term_starts = np.concatenate(([0], bounds, [len(term_ids)])).astype(np.int64)
            term_keys = term_ids[term_starts[:-1]]
        else:
            term_starts = np.zeros(1, dtype=np.int64)
            term_keys = np.zeros(0, dtype=np.uint32)
        return cls(offset, names, {
            "feature_starts": feature_starts, "feature_passages": feature_passages,
            "term_keys": term_keys, "term_starts": term_starts, "term_passages": term_passages,
            "text_hashes": hashes})

    # --- look-ups ----------------------------------------------------------
    def postings(self, feature: str) -> np.ndarray:
        i = self._feature_ids.get(feature)
        if i is None:
            return _EMPTY
        return self.feature_passages[self.feature_starts[i]:self.feature_starts[i + 1]]

    def hashes_of(self, numbers: np.ndarray) -> np.ndarray:
        """The ``text_hash`` of passages NUMBERS (uint64)."""
        return self.text_hashes[numbers]

    def term_postings(self, term: str) -> np.ndarray:
        key = term_key(term)
        i = int(np.searchsorted(self.term_keys, key))
        if i == len(self.term_keys) or self.term_keys[i] != key:
            return _EMPTY
        return self.term_passages[self.term_starts[i]:self.term_starts[i + 1]]

    def term_count(self, term: str) -> int:
        """``len(self.term_postings(term))``, without building the list where
        an index can tell (a segmented one, ``checker.store.segments``)."""
        return len(self.term_postings(term))

    def union(self, features: Iterable[str]) -> np.ndarray:
        arrays = [a for a in (self.postings(f) for f in sorted(set(features))) if len(a)]
        if not arrays:
            return _EMPTY
        if len(arrays) == 1:
            return arrays[0]
        return _sorted_unique(np.concatenate(arrays))

    def passing(self, where: Filter) -> np.ndarray:
        """The passages that pass the filter WHERE, ascending.

        Per conjunction, the feature set with the fewest postings is merged
        and the others only tested against it, so no large posting list is
        ever merged or copied.
        """
        found = []
        for conjunction in where:
            if not conjunction:
                continue
            sets = sorted((sorted(any_of) for any_of in conjunction),
                          key=lambda fs: (sum(len(self.postings(f)) for f in fs), fs))
            result = self.union(sets[0])
            for other in sets[1:]:
                if not len(result):
                    break
                result = result[self.contains_any(other, result)]
            found.append(result)
        if not found:
            return _EMPTY
        return found[0] if len(found) == 1 else _sorted_unique(np.concatenate(found))

    def contains_any(self, features: Iterable[str], values: np.ndarray) -> np.ndarray:
        """For each of VALUES, whether a passage with any of FEATURES."""
        hit = np.zeros(len(values), dtype=bool)
        for feature in features:
            hit |= _contains(self.postings(feature), values)
        return hit

    # --- ranking -----------------------------------------------------------
    def rank(self, entity_ids: Iterable[str], measure_ids: Iterable[str],
             terms: Iterable[str], lexicon: Lexicon, limit: int = 200,
             where: Filter | None = None) -> list[int]:
        """The best LIMIT passages that share an entity or a related measure
        with the claim (and pass WHERE, when given), best first.

        Score: 3 per shared entity, 2 per claim measure with a related measure
        present (itself, an ancestor or a descendant), and
        log(N/df)/10 for each shared term of a scored passage whose df is at
        most N/2; ties go to the earlier passage.
        """
        entity_features = [f"e:{e}" for e in sorted(set(entity_ids))]
        measure_features = [sorted(f"m:{m}" for m in related_measures(measure, lexicon))
                            for measure in sorted(set(measure_ids))]
        if where is None:
            pool = self.union([*entity_features, *(f for fs in measure_features for f in fs)])
        else:
            pool = self.passing(where)
        if not len(pool):
            return []
        scores = np.zeros(len(pool), dtype=np.float64)
        for feature in entity_features:
            scores += 3.0 * _contains(self.postings(feature), pool)
        for features in measure_features:
            scores += 2.0 * self.contains_any(features, pool)
        scored = scores > 0
        pool, scores = pool[scored], scores[scored]
        if not len(pool):
            return []
        n = max(self.size, 1)
        for term in sorted(set(terms)):
            df = self.term_count(term)
            if not df or df > n / 2:
                continue
            posting = self.term_postings(term)
            scores += (math.log(n / len(posting)) / 10) * _contains(posting, pool)
        return _best(pool, scores, limit)


    def rank_terms(self, terms: Iterable[str], limit: int) -> list[int]:
        """The LIMIT passages sharing the most weight of TERMS with a claim,
        best first, whatever entities or measures they name: retrieval for
        open alignment (``checker.stages.judge.align``). A term's weight is its IDF; terms
        in more than half the passages are skipped. Ties go to the earlier
        passage.

        Only the passages holding one of the rarest terms are scored when
        that is enough: if the LIMIT-th best of them scores more than all
        the other terms weigh together, no other passage can make the list
        (a claim's common words are in 100,000s of passages of a large
        archive). Otherwise every passage is scored.

        In a small archive (one document, a few sentences) a claim's words
        may all stand in more than half the passages; they are then all
        kept, each weighing log((N + 1) / df), so that a claim is still
        checked against a lone source that states it; so they are in an
        archive of no more passages than LIMIT ("Tesla delivered … In 2023
        it delivered …": the second holds no rare word)."""
        n = max(self.size, 1)
        present = [(t, df) for t, df in ((t, self.term_count(t)) for t in sorted(set(terms))) if df]
        weighted = [(term, df) for term, df in present if df <= n / 2]
        if not weighted or n <= limit:
            # (An archive of no more passages than asked for: every one
            # holding a claim's word is ranked, by all its words.)
            if not present:
                return []
            weighted = present
            n += 1
        rare: set[str] = set()
        pooled = 0
        for term, df in sorted(weighted, key=lambda pair: (pair[1], pair[0])):
            if rare and pooled + df > RARE_POSTINGS:
                break
            rare.add(term)
            pooled += df
        rest = sum(math.log(n / df) for term, df in weighted if term not in rare)
        pool = self.union_terms(sorted(rare))
        scores = np.zeros(len(pool), dtype=np.float64)
        for term, _ in weighted:   # in the order of the full scoring: the same sums
            posting = self.term_postings(term)
            scores += math.log(n / len(posting)) * _contains(posting, pool)
        best = _best(pool, scores, limit)
        if not rest or (limit > 0 and len(best) == limit
                        and float(scores[np.searchsorted(pool, best[-1])]) > rest * (1 + 1e-9)):
            return best
        scores = np.zeros(self.size, dtype=np.float64)
        for term, _ in weighted:
            posting = self.term_postings(term)
            scores[posting] += math.log(n / len(posting))
        hits = np.flatnonzero(scores > 0)
        if not len(hits):
            return []
        return _best(hits, scores[hits], limit)

    def union_terms(self, terms: Iterable[str]) -> np.ndarray:
        """The passages holding any of TERMS, ascending."""
        arrays = [a for a in (self.term_postings(t) for t in terms) if len(a)]
        if not arrays:
            return _EMPTY
        return _sorted_unique(np.concatenate(arrays)) if len(arrays) > 1 \
            else _sorted_unique(arrays[0].copy())


def _best(numbers: np.ndarray, scores: np.ndarray, limit: int) -> list[int]:
    """The LIMIT NUMBERS of highest SCORES, best first, ties to the lower number."""
    if len(numbers) > limit > 0:
        # Sort only what can make the cut: every number scoring at least the
        # LIMIT-th best (ties included, so the order is the same as sorting
        # them all); a claim naming a common entity has a pool of 100,000s.
        kth = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        keep = scores >= kth
        numbers, scores = numbers[keep], scores[keep]
    order = np.lexsort((numbers, -scores))[:limit]
    return [int(i) for i in numbers[order]]


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    # Sorting beats np.unique's hashing on the few-thousand-element arrays here.
    values.sort()
    if len(values) < 2:
        return values
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


def _split_sorted(pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sort (id << 32 | passage) numbers in place; return ids and passages."""
    pairs.sort()
    halves = pairs.view(np.uint32).reshape(-1, 2)
    low, high = (0, 1) if np.little_endian else (1, 0)
    return halves[:, high].copy(), halves[:, low].astype(np.int32)


def related_measures(measure: str, lexicon: Lexicon) -> set[str]:
    """The measure, its ancestors and its descendants."""
    return set(_measures("related", measure, lexicon))


def covered_measures(measure: str, lexicon: Lexicon) -> set[str]:
    """The measure and its descendants: what a passage may name for it."""
    return set(_measures("covered", measure, lexicon))


_MEASURE_SETS: dict[tuple[str, str, int], tuple[Lexicon, frozenset[str]]] = {}
"""Per process: each claim asks for these, and each answer scans every
measure of the lexicon (which holds it, so that its id is not reused)."""


def _measures(kind: str, measure: str, lexicon: Lexicon) -> frozenset[str]:
    found = _MEASURE_SETS.get((kind, measure, id(lexicon)))
    if found is not None and found[0] is lexicon:
        return found[1]
    below = {m for m in lexicon.measures if lexicon.measure_covers(measure, m)}
    made = frozenset(below | {measure, *lexicon.measure_ancestors(measure)} if kind == "related"
                     else below | {measure})
    if len(_MEASURE_SETS) >= 4096:
        _MEASURE_SETS.clear()
    _MEASURE_SETS[(kind, measure, id(lexicon))] = (lexicon, made)
    return made


def _contains(posting: np.ndarray, values: np.ndarray) -> np.ndarray:
    """For each of VALUES (ascending, each once), whether it is in the
    ascending array POSTING."""
    if not len(posting) or not len(values):
        return np.zeros(len(values), dtype=bool)
    if len(posting) < len(values):
        # The few looked for in the many: a claim's pool is often 100,000s
        # of passages and a rare term's posting a few thousand (a binary
        # search per posting instead of one per passage of the pool).
        hit = np.zeros(len(values), dtype=bool)
        at = np.searchsorted(values, posting)
        inside = at < len(values)
        at = at[inside]
        hit[at[values[at] == posting[inside]]] = True
        return hit
    at = np.searchsorted(posting, values)
    at[at == len(posting)] = 0
    return posting[at] == values



DUPLICATE_ALLOWANCE = 8
"""Ranked passages looked at per candidate wanted, when some are copies."""
RANKINGS_KEPT = 4096
"""Rankings remembered per index and process (under 1 KB each)."""


class PassageIndex:
    """The postings of a corpus and the store its passages are read from.

    ``PassageIndex(items)`` indexes passages held in memory;
    ``PassageIndex(postings=..., store=...)`` serves a corpus whose passages
    are read on demand (``checker.store.cache``).
    """

    def __init__(self, items: Sequence[AnalysedPassage] = (), *,
                 postings: PostingIndex | None = None, store=None) -> None:
        if postings is None:
            items = list(items)
            postings = PostingIndex.merge([index_part([i.analysis for i in items])])
            store = _ListStore(items)
        self.postings = postings
        self.store = store
        """Anything with ``item(number) -> AnalysedPassage`` and
        ``document_items(source)``."""
        self._rankings: dict[tuple, array] = {}
        self._ranked_with: Lexicon | None = None

    def __getstate__(self) -> dict:
        # Rankings are remembered per process, not sent to workers.
        return {**self.__dict__, "_rankings": {}, "_ranked_with": None}

    def __len__(self) -> int:
        return self.postings.size

    @property
    def items(self) -> Sequence[AnalysedPassage]:
        """Every passage, in corpus order (read on demand)."""
        return _Items(self.store, self.postings.size)

    def item(self, number: int) -> AnalysedPassage:
        return self.store.item(number)

    def mentions(self, feature: str) -> bool:
        """Whether any passage has FEATURE (``e:zhipu``, ``m:revenue``)."""
        return len(self.postings.postings(feature)) > 0

    def candidates(self, entity_ids: Iterable[str], measure_ids: Iterable[str],
                   terms: Iterable[str], lexicon: Lexicon, limit: int = 200,
                   where: Filter | None = None) -> list[AnalysedPassage]:
        """The best LIMIT passages for a claim (see ``PostingIndex.rank``),
        each text once (``distinct``)."""
        entity_ids, measure_ids, terms = (tuple(sorted(set(x))) for x in
                                          (entity_ids, measure_ids, terms))
        numbers = self._remembered(
            ("rank", entity_ids, measure_ids, terms, limit, where), lexicon,
            lambda: self.first_texts(self.postings.rank(entity_ids, measure_ids, terms, lexicon,
                                                        limit * DUPLICATE_ALLOWANCE, where),
                                     limit))
        return [self.store.item(number) for number in numbers]

    def _remembered(self, key: tuple, lexicon: Lexicon | None,
                    rank: Callable[[], list[int]]) -> array:
        """The ranking KEY names (RANK works it out the first time): claims
        of one file often ask for the same one (the same subject, measure and
        words, another figure), and the postings do not change while the
        index is open. A ranking depends on the lexicon (related measures):
        another lexicon forgets them all."""
        if lexicon is not self._ranked_with:
            self._rankings.clear()
            self._ranked_with = lexicon
        found = self._rankings.get(key)
        if found is None:
            if len(self._rankings) >= RANKINGS_KEPT:
                self._rankings.clear()
            found = self._rankings[key] = array("i", rank())   # 4 bytes a number
        return found

    def distinct(self, ranked: Sequence[int], limit: int) -> list[AnalysedPassage]:
        """The first LIMIT passages of RANKED whose text was not seen before:
        the same sentence in many files is judged once, so copies cannot fill
        the candidates and push out a passage that says otherwise. Copies are
        told apart by the text hashes of the postings: only the passages
        kept are read."""
        return [self.store.item(number) for number in self.first_texts(ranked, limit)]

    def first_texts(self, ranked: Sequence[int], limit: int) -> list[int]:
        """The first LIMIT numbers of RANKED whose text was not seen before
        (by ``text_hash``), in order; nothing is read."""
        if not len(ranked) or limit <= 0:
            return []
        numbers = np.asarray(ranked, dtype=np.int64)
        _, first = np.unique(self.postings.hashes_of(numbers), return_index=True)
        first.sort()
        return [int(n) for n in numbers[first[:limit]]]

    def term_candidates(self, terms: Iterable[str], limit: int) -> list[int]:
        """Numbers of the best LIMIT passages by shared TERMS (``rank_terms``),
        each text once."""
        terms = tuple(sorted(set(terms)))
        return list(self._remembered(
            ("terms", terms, limit), self._ranked_with,
            lambda: self.first_texts(self.postings.rank_terms(terms, limit * DUPLICATE_ALLOWANCE),
                                     limit)))

    def document_frequency(self, term: str) -> int:
        """How many passages hold the index term TERM."""
        return self.postings.term_count(term)

    def neighbours(self, number: int, count: int) -> tuple[list[AnalysedPassage],
                                                             list[AnalysedPassage]]:
        """Up to COUNT passages of the same document before passage NUMBER
        (nearest first) and after it."""
        source = self.store.item(number).passage.source
        # A store that knows where documents start and end (``checker.store.cache``)
        # is not asked for a passage of the next document only to find it is one.
        span = getattr(self.store, "document_span", None)
        low, high = span(number) if span is not None else (0, self.postings.size)
        sides: tuple[list[AnalysedPassage], list[AnalysedPassage]] = ([], [])
        for side, step in zip(sides, (-1, 1)):
            at = number + step
            while len(side) < count and low <= at < high:
                item = self.store.item(at)
                if item.passage.source != source:
                    break
                side.append(item)
                at += step
        return sides

    def up_to(self, source: str, local: int, count: int) -> list[AnalysedPassage]:
        """Passage LOCAL of document SOURCE and the COUNT before it, in order,
        without reading the rest of the document where the store can tell
        where it starts."""
        number_of = getattr(self.store, "number_of", None)
        first = max(0, local - count)
        if number_of is None:
            return self.document_items(source)[first:local + 1]
        return [self.store.item(number_of(source, i)) for i in range(first, local + 1)]

    def document_passages(self, source: str) -> list[Passage]:
        return [item.passage for item in self.document_items(source)]

    def document_items(self, source: str) -> list[AnalysedPassage]:
        """Every passage of the document SOURCE, in order."""
        return self.store.document_items(source)


class _ListStore:
    def __init__(self, items: list[AnalysedPassage]) -> None:
        self._items = items

    def item(self, number: int) -> AnalysedPassage:
        return self._items[number]

    def document_items(self, source: str) -> list[AnalysedPassage]:
        return [i for i in self._items if i.passage.source == source]


class _Items(Sequence):
    def __init__(self, store, size: int) -> None:
        self._store = store
        self._size = size

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, number):
        if isinstance(number, slice):
            return [self._store.item(i) for i in range(*number.indices(self._size))]
        if number < 0:
            number += self._size
        if not 0 <= number < self._size:
            raise IndexError(number)
        return self._store.item(number)
