"""Tests for the scale work in checker.pipeline and checker.stages.index: identical
output at any job count, a retrieval filter that never loses a stance the
judge would find, postings merged as a simple dictionary would hold them, and
speed-ups that keep behaviour (the prefix-tree term matcher)."""
from __future__ import annotations

import json
import random
import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from checker import pipeline
from checker.language.lexicon import TermMatcher, _bounded, load_lexicon
from checker.model import Claim
from checker.pipeline import RunOptions
from checker.stages.index import PostingIndex, filter_features, index_part, term_key
from checker.stages.judge.facts import read_claim
from checker.stages.judge.frames import judge
from checker.stages.judge.requirements import retrieval_filter

ROOT = Path(__file__).resolve().parents[2]


def _case_claims() -> list[Claim]:
    cases = yaml.safe_load((ROOT / "tests" / "cases" / "regressions.yaml").read_text("utf-8"))
    claims = [Claim(id=c["id"], text=c["text"]) for c in cases["cases"]]
    example = yaml.safe_load((ROOT / "claims" / "ipo-race.yaml").read_text("utf-8"))
    claims += [Claim(id=f"x{i}", text=c["text"] if isinstance(c, dict) else c)
               for i, c in enumerate(example["claims"])]
    return claims


@cache
def _seeds():
    lexicon = load_lexicon()
    return pipeline.build_corpus([ROOT / "seeds"], lexicon), lexicon


def _json(results) -> str:
    from checker.model import Report

    return json.dumps(Report(results=tuple(results)).to_dict(), ensure_ascii=False)


def test_output_is_identical_for_any_job_count(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "_CLAIMS_PER_JOB", 4)   # small sets go parallel too
    claims = _case_claims()
    reports = []
    for jobs, cache_dir in ((1, None), (2, None), (2, tmp_path / "c"), (3, tmp_path / "c"),
                            (0, tmp_path / "c")):
        report = pipeline.verify_claims(claims, [ROOT / "seeds"], run=RunOptions(cache_dir=cache_dir, jobs=jobs))
        reports.append(_json(report.results))
    assert len(set(reports)) == 1
    assert '"supported"' in reports[0] and '"contradicted"' in reports[0]


def test_progress_is_reported_in_order():
    seen = []
    lexicon = load_lexicon()
    corpus = pipeline.build_corpus([ROOT / "seeds"], lexicon,
                                   progress=lambda *a: seen.append(a))
    pipeline.check_claims(_case_claims()[:3], corpus, lexicon,
                          progress=lambda *a: seen.append(a))
    assert seen[:5] == [("analyse", i, 5) for i in range(1, 6)]
    assert seen[5:] == [("judge", i, 3) for i in range(1, 4)]


def test_a_repeated_claim_is_judged_once_with_the_result_it_gets_alone(monkeypatch):
    corpus, lexicon = _seeds()
    claims = _case_claims()[:4]
    again = [Claim(id="again", text=claims[1].text, line=9, extra=(("note", "x"),)),
             Claim(id="context", text=claims[1].text, context="MiniMax上市。"),
             Claim(id="last", text=claims[0].text)]
    alone = [pipeline.check_claims([c], corpus, lexicon)[0] for c in [*claims, *again]]
    judged = []
    check_claim = pipeline.check_claim
    monkeypatch.setattr(pipeline, "check_claim",
                        lambda c, *a: judged.append(c.id) or check_claim(c, *a))
    seen = []
    together = pipeline.check_claims([*claims, *again], corpus, lexicon,
                                     progress=lambda *a: seen.append(a))
    assert list(together) == alone
    assert [r.claim for r in together] == [*claims, *again]
    # The same text with another context is another claim; the same text and
    # context under another id, line or key is not judged again.
    assert sorted(judged) == sorted([c.id for c in claims] + ["context"])   # (in topic order)
    assert seen[-1] == ("judge", 7, 7) and [n for _, n, _ in seen] == sorted(n for _, n, _ in seen)


def test_full_collections_are_rarer_while_judging_and_put_back_after(monkeypatch):
    import gc

    corpus, lexicon = _seeds()
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    during = []
    check_claim = pipeline.check_claim
    monkeypatch.setattr(pipeline, "check_claim",
                        lambda c, *a: during.append((gc.get_threshold(), gc.get_freeze_count() > 0))
                        or check_claim(c, *a))
    pipeline.check_claims(_case_claims()[:2], corpus, lexicon)
    # What was loaded before judging is frozen (left out of collections) while judging.
    assert during == [((*before[:2], max(before[2], pipeline._FULL_COLLECTION_EVERY)), True)] * 2
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    monkeypatch.setattr(pipeline, "check_claim", lambda *a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        pipeline.check_claims(_case_claims()[:1], corpus, lexicon)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    # A caller's own frozen objects stay frozen.
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        monkeypatch.setattr(pipeline, "check_claim", check_claim)
        pipeline.check_claims(_case_claims()[:1], corpus, lexicon)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_the_retrieval_filter_loses_no_stance():
    """Every passage of the seeds judged against every claim: the stances
    other than "none" all come from passages the filter lets through."""
    corpus, lexicon = _seeds()
    items = list(corpus.index.items)
    dev = ROOT.parent / "shared" / "eval" / "dev-claims.yaml"
    claims = _case_claims()
    if dev.exists():
        claims += [Claim(id=c["id"], text=c["text"])
                   for c in yaml.safe_load(dev.read_text("utf-8"))["claims"]]
    checked = 0
    for claim in claims:
        view = read_claim(claim, lexicon)
        passing = set(corpus.index.postings.passing(retrieval_filter(view, lexicon)))
        for number, item in enumerate(items):
            stance = judge(view, item.passage, item.analysis, lexicon, item.document_entities,
                           item.paragraph_entities)
            if stance.stance != "none":
                assert number in passing, f"{claim.text!r} loses {item.passage.excerpt!r}"
                checked += 1
    assert checked > 50


def test_filtered_candidates_are_few():
    corpus, lexicon = _seeds()
    view = read_claim(Claim(id="c", text="MiniMax overseas revenue 73.1%"), lexicon)
    where = retrieval_filter(view, lexicon)
    everything = corpus.index.postings.rank(["minimax"], view.measures, (), lexicon, limit=10**6)
    filtered = corpus.index.postings.rank(["minimax"], view.measures, (), lexicon, limit=10**6,
                                          where=where)
    assert set(filtered) < set(everything) and 0 < len(filtered) < len(everything) / 5


def test_merged_postings_match_a_dictionary():
    corpus, _ = _seeds()
    items = list(corpus.index.items)
    expected: dict[str, list[int]] = {}
    terms: dict[str, list[int]] = {}
    for number, item in enumerate(items):
        for feature in filter_features(item.analysis):
            expected.setdefault(feature, []).append(number)
        for term in item.analysis.terms:
            terms.setdefault(term, []).append(number)
    # Merged from two parts, as from two documents.
    half = len(items) // 2
    merged = PostingIndex.merge([index_part([i.analysis for i in items[:half]]),
                                 index_part([i.analysis for i in items[half:]])])
    assert merged.size == len(items)
    for feature, numbers in expected.items():
        assert merged.postings(feature).tolist() == numbers
    keys: dict[int, set[str]] = {}
    for term in terms:
        keys.setdefault(term_key(term), set()).add(term)
    for term, numbers in terms.items():
        if len(keys[term_key(term)]) == 1:   # no hash collision with another word
            assert merged.term_postings(term).tolist() == numbers
    assert merged.postings("e:no-such-entity").tolist() == []
    assert merged.term_postings("龘龘").tolist() == []


def test_term_keys_are_exact_for_cjk_and_distinct_by_kind():
    assert term_key("智谱") != term_key("谱智")
    assert term_key("智") != term_key("智谱")
    assert len({term_key(t) for t in ("智", "智谱", "ipo", "zhipu", "㐀㐀", "鿿鿿")}) == 6
    assert all(0 <= term_key(t) < 2**32 for t in ("智谱", "ipo", "a-very-long-latin-word"))


def _alternation(terms) -> TermMatcher:
    matcher = TermMatcher(terms)
    ordered = sorted(matcher._ids, key=lambda t: (-len(t), t))
    matcher._regex = re.compile("|".join(_bounded(t) for t in ordered), re.IGNORECASE)
    return matcher


@pytest.mark.parametrize("kind", ["entity", "measure"])
def test_prefix_tree_matcher_finds_what_the_alternation_finds(kind):
    lexicon = load_lexicon()
    if kind == "entity":
        terms = [(a, e.id) for e in lexicon.entities.values() for a in e.aliases]
    else:
        terms = [(t, m.id) for m in lexicon.measures.values() for t in m.terms]
    fast, plain = TermMatcher(terms), _alternation(terms)
    pieces = [t for t, _ in terms] + ["s", "es", "a", "1", " ", "的", "X", "ing", "-", "AI"]
    rng = random.Random(3)
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for _ in range(3000):
        text = "".join(rng.choice(pieces)[:rng.randint(1, 12)] for _ in range(rng.randint(1, 6)))
        texts.append(text.upper() if rng.random() < 0.3 else text)
    for text in texts:
        assert fast.find(text) == plain.find(text), text
