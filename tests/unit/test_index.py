"""Tests for checker.stages.index: which passages are candidates for a claim (shared
entities or measures, including inherited subjects and related measures),
how they are ranked, the limit, and a deterministic order."""
from __future__ import annotations

import copy
import pickle

import numpy as np
import pytest

from checker.language.lexicon import load_lexicon
from checker.model import Document
from checker.stages.analyse import Discourse, analyse
from checker.stages.index import AnalysedPassage, PassageIndex, passage_features, text_hash
from checker.stages.segment import segment

SENTENCES = [
    "智谱2024年营收3亿元。",            # 0: zhipu, revenue
    "MiniMax的月活达到2000万。",        # 1: minimax, mau
    "智谱的用户超过1亿。",              # 2: zhipu, users
    "天气很好。",                      # 3: nothing (inherits zhipu as topic)
    "MiniMax的海外收入占比73%。",       # 4: minimax, overseas-revenue
    "北京的天气也很好。",               # 5: a place (inherits minimax as topic)
]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def build(lexicon, sentences) -> PassageIndex:
    document = Document(path="t.txt", text="\n".join(sentences) + "\n", encoding="utf-8")
    items = []
    discourse = Discourse()
    for passage in segment(document):
        analysis, discourse = analyse(passage.text, lexicon, passage.clauses, discourse)
        items.append(AnalysedPassage(passage, analysis))
    return PassageIndex(items)


@pytest.fixture(scope="module")
def index(lexicon) -> PassageIndex:
    return build(lexicon, SENTENCES)


def found(index, lexicon, entities=(), measures=(), terms=(), limit=200) -> list[int]:
    return [item.passage.index
            for item in index.candidates(entities, measures, terms, lexicon, limit=limit)]


def test_features_include_entities_inherited_subjects_and_measures(index):
    assert passage_features(index.items[0].analysis) == {"e:zhipu", "m:revenue"}
    assert passage_features(index.items[3].analysis) == {"e:zhipu"}   # inherited topic
    assert "e:beijing" in passage_features(index.items[5].analysis)


@pytest.mark.parametrize("entities, measures, expected", [
    (["zhipu"], [], [0, 2, 3]),                  # named, or inherited as subject
    (["minimax"], [], [1, 4, 5]),
    ([], ["paying-users"], [2]),                 # an ancestor (users) counts
    ([], ["loss"], []),
    (["no-such-entity"], ["no-such-measure"], []),
])
def test_candidates_share_an_entity_or_a_measure(index, lexicon, entities, measures, expected):
    assert sorted(found(index, lexicon, entities, measures)) == expected


def test_descendant_measures_count(index, lexicon):
    # users covers mau; revenue covers overseas-revenue.
    assert sorted(found(index, lexicon, measures=["users"])) == [1, 2]
    assert sorted(found(index, lexicon, measures=["revenue"])) == [0, 4]


def test_ancestor_measures_count(index, lexicon):
    # A claim about overseas revenue finds passages about revenue in general.
    assert sorted(found(index, lexicon, measures=["overseas-revenue"])) == [0, 4]
    assert sorted(found(index, lexicon, measures=["mau"])) == [1, 2]
    assert sorted(found(index, lexicon, measures=["dau"])) == [2]   # a sibling (mau) does not


def test_ranked_by_overlap(index, lexicon):
    # entity + measure (5) before entity alone (3) before measure alone (2)
    assert found(index, lexicon, ["zhipu"], ["revenue"]) == [0, 2, 3, 4]
    assert found(index, lexicon, ["minimax"], ["overseas-revenue"]) == [4, 1, 5, 0]


def test_measure_counts_once_however_many_related_measures_match(lexicon):
    index = build(lexicon, ["智谱的用户和月活都在增长。", "智谱和MiniMax都在增长。"])
    # passage 0: zhipu (3) + users/mau (2, once) = 5; passage 1: zhipu + minimax = 6.
    assert found(index, lexicon, ["zhipu", "minimax"], ["users"]) == [1, 0]


def test_terms_break_ties_but_add_no_candidates(index, lexicon):
    assert found(index, lexicon, ["zhipu"]) == [0, 2, 3]
    assert found(index, lexicon, ["zhipu"], terms=["用户"]) == [2, 0, 3]
    assert found(index, lexicon, terms=["用户", "天气"]) == []


def test_terms_in_most_passages_carry_no_weight(lexicon):
    index = build(lexicon, ["智谱营收3亿元。", "智谱营收大增。", "智谱亏损扩大。"])
    # 智谱 is in all three passages: no tie-break, index order stays
    assert found(index, lexicon, ["zhipu"], terms=["智谱"]) == [0, 1, 2]
    assert found(index, lexicon, ["zhipu"], terms=["亏损"]) == [2, 0, 1]


@pytest.mark.parametrize("limit, expected", [(1, [0]), (2, [0, 2]), (0, []), (50, [0, 2, 3, 4])])
def test_limit(index, lexicon, limit, expected):
    assert found(index, lexicon, ["zhipu"], ["revenue"], limit=limit) == expected


def test_order_is_deterministic(index, lexicon):
    first = found(index, lexicon, ["zhipu", "minimax"], ["revenue", "users"], ["用户", "海外"])
    again = found(index, lexicon, ["minimax", "zhipu"], ["users", "revenue"], ["海外", "用户"])
    assert first == again
    rebuilt = found(build(lexicon, SENTENCES), lexicon, ["zhipu", "minimax"],
                    ["revenue", "users"], ["用户", "海外"])
    assert first == rebuilt
    assert sorted(first) == [0, 1, 2, 3, 4, 5]


def test_duplicate_query_ids_count_once(index, lexicon):
    assert found(index, lexicon, ["minimax", "minimax"], ["mau", "mau"]) == \
        found(index, lexicon, ["minimax"], ["mau"])


def test_empty_index_has_no_candidates(lexicon):
    assert PassageIndex([]).candidates(["zhipu"], ["revenue"], ["营收"], lexicon) == []


class _CountingStore:
    """A store that counts the passages read from it."""

    def __init__(self, store) -> None:
        self.store, self.reads = store, []

    def item(self, number):
        self.reads.append(number)
        return self.store.item(number)

    def document_items(self, source):
        return self.store.document_items(source)


def test_distinct_tells_copies_apart_without_reading_them(lexicon):
    sentences = ["智谱2024年营收3亿元。", "智谱2024年营收3亿元。", "智谱的用户超过1亿。",
                 "智谱2024年营收3亿元。", "智谱的用户超过1亿。", "MiniMax的月活达到2000万。"]
    plain = build(lexicon, sentences)
    assert [int(h) for h in plain.postings.text_hashes] == [text_hash(i.passage.text) for i in plain.items]
    assert len(set(plain.postings.text_hashes)) == 3
    index = PassageIndex(postings=plain.postings, store=_CountingStore(plain.store))
    ranked = [3, 0, 1, 4, 2, 5, 1]

    def naive(limit):
        seen, out = set(), []
        for number in ranked:
            text = plain.item(number).passage.text
            if text not in seen:
                seen.add(text)
                out.append(number)
        return out[:limit]

    for limit in (1, 2, 3, 10):
        index.store.reads.clear()
        assert [i.passage.index for i in index.distinct(ranked, limit)] == naive(limit)
        # Only the passages kept are read: copies are known from the postings.
        assert index.store.reads == naive(limit)
    index.store.reads.clear()
    assert index.term_candidates(["智谱", "营收"], 10) == \
        [i.passage.index for i in plain.distinct(plain.postings.rank_terms(["智谱", "营收"], 80), 10)]
    assert index.store.reads == []


def test_a_ranking_asked_again_is_remembered_and_the_same(lexicon, monkeypatch):
    plain = build(lexicon, SENTENCES)
    ranked = []
    rank, rank_terms = plain.postings.rank, plain.postings.rank_terms
    monkeypatch.setattr(plain.postings, "rank", lambda *a, **k: ranked.append("rank") or rank(*a, **k))
    monkeypatch.setattr(plain.postings, "rank_terms",
                        lambda *a, **k: ranked.append("terms") or rank_terms(*a, **k))
    first = found(plain, lexicon, ["zhipu", "minimax"], ["mau"], ["营收"])
    # The same question in another order and with repeats: one ranking.
    assert found(plain, lexicon, ["minimax", "zhipu", "zhipu"], ["mau"], ["营收", "营收"]) == first
    assert ranked == ["rank"]
    assert found(plain, lexicon, ["zhipu"], ["mau"]) != first and ranked == ["rank", "rank"]
    assert plain.term_candidates(["营收", "智谱"], 5) == plain.term_candidates(["智谱", "营收"], 5)
    assert ranked.count("terms") == 1
    # Another lexicon may relate other measures: nothing is taken from memory.
    found(plain, copy.copy(lexicon), ["zhipu", "minimax"], ["mau"], ["营收"])
    assert ranked.count("rank") == 3
    # A worker is sent the index without what this process remembered.
    monkeypatch.undo()
    assert plain._rankings and pickle.loads(pickle.dumps(plain))._rankings == {}


def _full_rank_terms(postings, terms, limit):
    """``rank_terms`` as it was: every passage scored."""
    import math

    import numpy as np

    n = max(postings.size, 1)
    present = [postings.term_postings(t) for t in sorted(set(terms))]
    present = [p for p in present if len(p)]
    kept = [p for p in present if len(p) <= n / 2]
    if not kept or n <= limit:   # every word common, or a small archive: all kept, against N + 1
        kept, n = present, n + 1
    scores = np.zeros(postings.size, dtype=np.float64)
    for posting in kept:
        scores[posting] += math.log(n / len(posting))
    hits = np.flatnonzero(scores > 0)
    order = np.lexsort((hits, -scores[hits]))[:limit]
    return [int(i) for i in hits[order]]


@pytest.mark.parametrize("seed", range(4))
def test_ranking_by_words_scores_only_the_rarest_terms_passages_when_that_suffices(
        seed, monkeypatch):
    import random

    from checker.stages import index as index_module
    from checker.stages.index import IndexPart, PostingIndex, term_key

    rng = random.Random(seed)
    words = [f"w{i}" for i in range(12)]
    frequency = {w: rng.choice([0.002, 0.01, 0.05, 0.2, 0.45, 0.7]) for w in words}
    parts = []
    for _ in range(4):
        size = 500
        keys, owners = [], []
        for passage in range(size):
            for word in words:
                if rng.random() < frequency[word]:
                    keys.append(term_key(word))
                    owners.append(passage)
        parts.append(IndexPart(size, {}, np.array(keys, dtype=np.uint32).tobytes(),
                               np.array(owners, dtype=np.int32).tobytes(),
                               np.zeros(size, dtype=np.uint64).tobytes()))
    postings = PostingIndex.merge(parts)
    monkeypatch.setattr(index_module, "RARE_POSTINGS", 40)   # a small pool, often enough
    best, calls = index_module._best, []
    monkeypatch.setattr(index_module, "_best", lambda *a: calls.append(1) or best(*a))
    pruned = 0
    for _ in range(60):
        terms = rng.sample(words, rng.randint(1, 6))
        limit = rng.choice([1, 5, 20, 320])
        expected = _full_rank_terms(postings, terms, limit)
        calls.clear()
        assert postings.rank_terms(terms, limit) == expected
        pruned += len(calls) == 1   # the rarest terms' passages were enough
    assert pruned > 10   # the shortcut is taken, and gives the same list


def test_a_lone_source_is_searched_although_every_word_of_the_claim_is_in_it(tmp_path):
    """In an archive of one short document every word of a claim stands in
    more than half the passages; they still find the passage."""
    from checker.model import Claim
    from checker.pipeline import build_corpus
    from checker.stages.judge.verdicts import check_claim

    (tmp_path / "note.txt").write_text("The museum reopened in May after repairs.\n",
                                       encoding="utf-8")
    corpus = build_corpus([tmp_path], load_lexicon())
    result = check_claim(Claim(id="m", text="The museum reopened after repairs"),
                         corpus.index, load_lexicon())
    assert result.verdict == "supported", result.reason


def test_measure_sets_are_worked_out_once_per_lexicon(monkeypatch):
    from checker.language.lexicon import Lexicon
    from checker.stages import index
    from checker.stages.index import covered_measures, related_measures

    monkeypatch.setattr(index, "_MEASURE_SETS", {})   # nothing remembered from other tests
    lexicon = load_lexicon()
    measure = min(lexicon.measures)
    calls = []
    covers = Lexicon.measure_covers
    monkeypatch.setattr(Lexicon, "measure_covers",
                        lambda self, *a: calls.append(a) or covers(self, *a))
    expected = {m for m in lexicon.measures if covers(lexicon, measure, m)} | {measure}
    first = covered_measures(measure, lexicon)
    assert first == expected and len(calls) == len(lexicon.measures)
    first.add("not-a-measure")   # the caller's own copy
    assert covered_measures(measure, lexicon) == expected and len(calls) == len(lexicon.measures)
    assert related_measures(measure, lexicon) >= expected
    assert len(calls) == 2 * len(lexicon.measures)
    other = copy.copy(lexicon)   # another lexicon: its own answer
    assert covered_measures(measure, other) == expected and len(calls) == 3 * len(lexicon.measures)


def test_membership_is_the_same_whichever_array_is_searched():
    # _contains searches the shorter of the two sorted arrays in the other:
    # it must answer as a search of every value in the posting does.
    from checker.stages.index import _contains

    def plain(posting, values):
        return np.array([v in set(posting.tolist()) for v in values.tolist()], dtype=bool)

    rng = np.random.default_rng(14)
    for _ in range(500):
        high = int(rng.integers(1, 400))
        posting = np.unique(rng.integers(0, high, int(rng.integers(0, 200)))).astype(np.int32)
        values = np.unique(rng.integers(0, high, int(rng.integers(0, 200)))).astype(np.int32)
        found = _contains(posting, values)
        assert found.dtype == bool
        assert found.tolist() == plain(posting, values).tolist()


def test_a_small_archive_ranks_every_passage_holding_a_word_of_the_claim(tmp_path):
    """Two sentences: the second holds only words the first holds too, none
    of them in at most half the passages; it is ranked all the same."""
    from checker.model import Claim
    from checker.pipeline import build_corpus
    from checker.stages.judge.verdicts import check_claim

    (tmp_path / "cars.txt").write_text(
        "Velora delivered 1.3 million cars in 2022. In 2023 it delivered 1.8 million cars.\n",
        encoding="utf-8")
    lexicon = load_lexicon()
    index = build_corpus([tmp_path], lexicon).index
    result = check_claim(Claim("c", "Velora delivered 1.8 million cars in 2023"), index, lexicon)
    assert result.verdict.value == "supported"
    assert result.evidence[0].excerpt.startswith("In 2023")

