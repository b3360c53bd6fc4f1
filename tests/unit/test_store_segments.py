"""Tests for checker.store.segments through the pipeline: an update writes one
segment of the changed documents and leaves the others untouched, the
segmented index answers every look-up as one merged index would (so reports
are the same after any history of updates), ``checker index`` merges small
segments, and a damaged segment costs a rebuild, never a wrong answer.
Work is counted (documents analysed, files written), not timed."""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from checker import pipeline
from checker.language.lexicon import load_lexicon
from checker.model import Claim
from checker.pipeline import RunOptions
from checker.stages.index import PostingIndex
from checker.store import segments
from checker.store.cache import FORMAT_VERSION, CacheFolder

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = [
    Claim(id="overseas", text="MiniMax overseas revenue 73.1%"),
    Claim(id="loss", text="智谱2024年亏损20亿元"),
    Claim(id="listing", text="Zhipu listed on the Hong Kong Stock Exchange on 2026-01-08"),
    Claim(id="value", text="智谱的估值为999亿元"),
]
OLD = 1_600_000_000


def _lines() -> list[str]:
    return [line for p in sorted((ROOT / "seeds").glob("*.txt"))
            for line in p.read_text(encoding="utf-8").splitlines() if line]


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    os.utime(path, (OLD, OLD))


@pytest.fixture
def sources(tmp_path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    lines = _lines()[:160]
    for i in range(4):
        _write(folder / f"doc{i}.txt", "\n".join(lines[i::4]) + "\n")
    return folder


def report(sources: Path, cache) -> str:
    result = pipeline.verify_claims(CLAIMS, [sources], run=RunOptions(cache_dir=cache))
    return json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)


def build(sources: Path, cache, **options) -> pipeline.Corpus:
    return pipeline.build_corpus([sources], load_lexicon(), cache_dir=cache, **options)


def _segments(cache: Path) -> dict[str, tuple[int, int, bytes]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
            for p in cache.rglob("*.seg")}


def _folder(cache: Path) -> CacheFolder:
    (name,) = [p.name for p in cache.iterdir() if p.name.startswith(f"v{FORMAT_VERSION}-")]
    return CacheFolder(cache, name.split("-", 1)[1])


def _update(sources: Path) -> None:
    """One document added, one changed."""
    _write(sources / "doc9.txt", "\n".join(_lines()[160:200]) + "\n智谱的估值为999亿元。\n")
    path = sources / "doc1.txt"
    _write(path, path.read_text(encoding="utf-8") + "智谱的估值为998亿元。\n")


def _same_postings(index: PostingIndex, merged: PostingIndex) -> None:
    """Every feature's and term's list of INDEX equals MERGED's, and so does
    every passage's text hash."""
    assert index.size == merged.size
    every = np.arange(merged.size)
    assert np.array_equal(index.hashes_of(every), merged.text_hashes)
    assert np.array_equal(index.hashes_of(every[::-3]), merged.text_hashes[::-3])
    for name in merged.feature_names:
        assert np.array_equal(index.postings(name), merged.postings(name)), name
    assert not len(index.postings("e:no-such-entity"))
    for i in range(len(merged.term_keys)):
        key = int(merged.term_keys[i])
        expected = merged.term_passages[merged.term_starts[i]:merged.term_starts[i + 1]]
        found = np.sort(np.concatenate(
            [m[s.term_postings(key)] for s, m in zip(index.segments, index.maps)]))
        assert np.array_equal(found[found >= 0], expected), key


def test_an_update_writes_one_segment_of_what_changed(sources, tmp_path, counted):
    cache = tmp_path / "cache"
    build(sources, cache)
    before = _segments(cache)
    assert len(before) == 1
    _update(sources)
    counted.clear()
    corpus = build(sources, cache)
    assert sorted(counted) == ["doc1.txt", "doc9.txt"] and corpus.analysed == 2
    after = _segments(cache)
    assert {k: v for k, v in after.items() if k in before} == before   # untouched
    (new,) = set(after) - set(before)
    segment = segments.Segment(next(cache.rglob(new)), _folder(cache).key)
    digests = {pipeline._document_hash(d): Path(d.path).name for d in corpus.documents}
    assert sorted(digests[d] for d, _ in segment.meta.documents) == ["doc1.txt", "doc9.txt"]


def test_reports_after_updates_equal_a_fresh_build(sources, tmp_path):
    cache = tmp_path / "cache"
    report(sources, cache)
    _update(sources)
    (sources / "doc2.txt").unlink()
    updated = report(sources, cache)
    assert updated == report(sources, None) == report(sources, tmp_path / "fresh")
    corpus = build(sources, cache)
    fresh = build(sources, None)
    assert len(corpus.index.postings.segments) == 2
    _same_postings(corpus.index.postings, fresh.index.postings)


def test_checker_index_merges_the_small_segments_with_the_same_answers(sources, tmp_path):
    cache = tmp_path / "cache"
    build(sources, cache)
    for n in range(3):
        _write(sources / f"new{n}.txt", f"第{n}号。\n" + "\n".join(_lines()[200 + 30 * n:230 + 30 * n]))
        build(sources, cache)
    (sources / "doc0.txt").unlink()
    assert len(build(sources, cache).index.postings.segments) == 4
    merged = pipeline.build_index([sources], run=RunOptions(cache_dir=cache))
    assert len(merged.index.postings.segments) == 2
    assert len(_segments(cache)) == 2   # the merged ones are gone
    _same_postings(merged.index.postings, build(sources, None).index.postings)
    assert report(sources, cache) == report(sources, None)


def test_too_many_segments_are_merged_by_any_run(sources, tmp_path, monkeypatch):
    monkeypatch.setattr(segments, "MAX_SEGMENTS", 2)
    cache = tmp_path / "cache"
    build(sources, cache)
    for n in range(3):
        _write(sources / f"new{n}.txt", f"第{n}号。\n" + "\n".join(_lines()[200 + 30 * n:230 + 30 * n]))
        assert len(build(sources, cache).index.postings.segments) <= 2
    assert report(sources, cache) == report(sources, None)


def test_an_unchanged_warm_run_writes_nothing(sources, tmp_path):
    cache = tmp_path / "cache"
    build(sources, cache)
    build(sources, cache)
    def files():   # (the marker and the index are touched as used)
        return {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in cache.rglob("*")
                if p.is_file() and p.suffix not in (".index", ".TAG")}

    before = files()
    build(sources, cache)
    assert files() == before


@pytest.mark.parametrize("array", ["feature_passages", "term_gaps1", "text_hashes"])
def test_a_damaged_block_is_found_when_read_and_answered_from_a_fresh_merge(
        sources, tmp_path, counted, array):
    cache = tmp_path / "cache"
    expected = report(sources, None)
    report(sources, cache)
    (path,) = cache.rglob("*.seg")
    segment = segments.Segment(path, _folder(cache).key)
    offset = {a[0]: a[3] for a in segment.meta.arrays}[array]
    length = segment.lengths[array] * segments._TYPES[array].itemsize
    assert length
    segment.close()
    data = bytearray(path.read_bytes())
    for at in range(offset, offset + length, 97):   # every block, so any claim's list
        data[at] ^= 0x5A
    path.write_bytes(bytes(data))
    counted.clear()
    assert report(sources, cache) == expected
    assert counted == []   # merged afresh from the entries, not analysed again
    assert not path.exists()   # and removed, so that the next run indexes again
    assert report(sources, cache) == expected
    assert path.exists()


def test_a_set_index_naming_a_path_outside_the_cache_is_not_used(sources, tmp_path, counted):
    cache = tmp_path / "cache"
    expected = report(sources, None)
    report(sources, cache)
    folder = _folder(cache)
    (index,) = cache.rglob("*.index")
    folder.write_index(index.stem, ["../../../../etc/passwd"])
    assert folder.read_index(index.stem) is None
    counted.clear()
    assert report(sources, cache) == expected and counted == []


def test_term_lists_come_back_exactly_from_first_passages_and_gaps():
    rng = np.random.default_rng(5)
    for _ in range(100):
        # Lists with repeats, small gaps, and gaps over 255 and 65,535.
        lists = [np.sort(rng.choice(int(rng.choice([9, 400, 200_000])), size=int(rng.integers(1, 30))))
                 for _ in range(int(rng.integers(0, 25)))]
        starts = np.concatenate(([0], np.cumsum([len(x) for x in lists]))).astype(np.int64)
        passages = (np.concatenate(lists) if lists else np.zeros(0)).astype(np.int32)
        tables = segments.encode_terms(starts, passages)
        tables["term_keys"] = np.arange(len(lists), dtype=np.uint32)
        assert segments._sound_terms(tables, 200_000)
        found_starts, found = segments.decode_terms(tables)
        assert np.array_equal(found_starts, starts) and np.array_equal(found, passages)


@pytest.mark.parametrize("forgery", ["start", "width", "first", "count"])
def test_a_term_table_whose_lists_do_not_fit_is_refused(forgery):
    lists = [np.array([1, 2, 300]), np.array([5]), np.array([0, 70_000])]
    starts = np.concatenate(([0], np.cumsum([len(x) for x in lists]))).astype(np.int64)
    tables = segments.encode_terms(starts, np.concatenate(lists).astype(np.int32))
    tables["term_keys"] = np.arange(3, dtype=np.uint32)
    assert segments._sound_terms(tables, 100_000)
    if forgery == "start":
        tables["term_starts"][0] += 1
    elif forgery == "width":
        tables["term_widths"][1] = 3
    elif forgery == "first":
        tables["term_firsts"][1] = 100_000
    else:
        tables["term_counts"][0] += 1
    assert not segments._sound_terms(tables, 100_000)


def test_term_counts_are_the_lists_lengths_with_and_without_deleted_passages(sources, tmp_path):
    cache = tmp_path / "cache"
    for step in ("fresh", "updated"):
        if step == "updated":
            _update(sources)
        corpus = build(sources, cache)
        merged = build(sources, None).index.postings
        assert any(corpus.index.postings._dead) == (step == "updated")
        terms = {t for item in list(corpus.index.items)[:60] for t in item.analysis.terms}
        for term in sorted(terms) + ["no-such-term"]:
            assert corpus.index.postings.term_count(term) == len(merged.term_postings(term))


def test_each_term_count_is_looked_up_once(sources, tmp_path, monkeypatch):
    """Claims share most words: a document frequency asked again is not
    looked up in the segments again."""
    cache = tmp_path / "cache"
    build(sources, cache)
    postings = build(sources, cache).index.postings
    looked: list[int] = []
    original = segments.Segment.term_count
    monkeypatch.setattr(segments.Segment, "term_count",
                        lambda self, key: looked.append(key) or original(self, key))
    counts = [postings.term_count(t) for t in ("智谱", "营收", "智谱", "minimax", "营收")]
    assert counts[0] == counts[2] > 0 and counts[1] == counts[4] > 0
    assert len(looked) == 3 * len(postings.segments)


def test_checker_index_sweeps_old_segments_no_index_names_and_nothing_else(sources, tmp_path):
    cache = tmp_path / "cache"
    build(sources, cache)
    (segment,) = cache.rglob("*.seg")
    old_orphan = segment.with_name("a" * 32 + ".seg")
    new_orphan = segment.with_name("b" * 32 + ".seg")
    foreign = segment.with_name("notes.txt")
    for path in (old_orphan, new_orphan, foreign):
        path.write_bytes(segment.read_bytes())
    for path in (old_orphan, foreign):
        os.utime(path, (OLD, OLD))
    pipeline.build_index([sources], run=RunOptions(cache_dir=cache))
    assert not old_orphan.exists()
    assert new_orphan.exists() and foreign.exists() and segment.exists()   # a run may be writing it


def test_merging_segments_that_serve_nothing_any_more_drops_them(sources, tmp_path):
    cache = tmp_path / "cache"
    build(sources, cache)
    _write(sources / "extra.txt", "智谱的估值为999亿元。\n")
    assert len(build(sources, cache).index.postings.segments) == 2
    (sources / "extra.txt").unlink()
    merged = pipeline.build_index([sources], run=RunOptions(cache_dir=cache))
    assert len(merged.index.postings.segments) == 1 and len(_segments(cache)) == 1
    assert report(sources, cache) == report(sources, None)
def test_the_layout_settles_when_offsets_cross_powers_of_ten_round_after_round():
    # A header that writes its offsets in digits: the first placing after an
    # empty header puts the arrays below 1,000, the next one past it, which
    # lengthens the header again (a real segment of a two-passage document
    # needed four rounds, and three were allowed).
    from checker.store.segments import _HEAD, laid_out

    def header_of(described):
        return b" " * 852 + ",".join(str(d[3]) for d in described).encode()

    lengths = [8] * 12   # (placed after 880, then past 1,000: four rounds; three were allowed)
    described = [(f"a{i}", "<i8", n // 8, 0, ()) for i, n in enumerate(lengths)]
    placed, header = laid_out(described, lengths, header_of)
    assert header == header_of(placed)
    ends = [d[3] + n for d, n in zip(placed, lengths)]
    assert placed[0][3] >= _HEAD.size + len(header)
    assert all(later[3] >= end for later, end in zip(placed[1:], ends))
    assert [d[3] for d in placed] == sorted(d[3] for d in placed)


@pytest.mark.parametrize("values", [[], [3], [5, 1, 5, 2, 1], list(range(9, -1, -1)) * 2])
def test_distinct_values_are_those_np_unique_gives(values):
    array = np.array(values, dtype=np.int64)
    found = segments._distinct(array)
    assert found.dtype == array.dtype and found.tolist() == np.unique(array).tolist()
