"""Tests for checker.store.manifest through the pipeline: a warm run does not open
the source files unchanged since the last run, reads again those that
changed (even with the modification time set back), and a damaged or forged
manifest only costs reading the files again. Work is counted, not timed."""
from __future__ import annotations

import json
import os
import pathlib
import time
from pathlib import Path

import pytest

from checker import pipeline
from checker.language.lexicon import load_lexicon
from checker.model import Claim
from checker.pipeline import RunOptions
from checker.store.cache import FORMAT_VERSION, CacheFolder, set_key
from checker.store.manifest import SourceRecord, UnreadDocument

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = [
    Claim(id="overseas", text="MiniMax overseas revenue 73.1%"),
    Claim(id="loss", text="智谱2024年亏损20亿元"),
    Claim(id="listing", text="Zhipu listed on the Hong Kong Stock Exchange on 2026-01-08"),
]
OLD = 1_600_000_000   # a modification time long past: not "racy"


def _age(folder: Path) -> None:
    for path in folder.iterdir():
        os.utime(path, (OLD, OLD))


@pytest.fixture
def sources(tmp_path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    lines = [line for p in sorted((ROOT / "seeds").glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if line][:120]
    for i in range(3):
        (folder / f"doc{i}.txt").write_text("\n".join(lines[i::3]) + "\n", encoding="utf-8")
    _age(folder)
    return folder


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Names of the source files whose bytes were read."""
    seen: list[str] = []
    original = pathlib.Path.read_bytes

    def counting(self):
        if self.suffix == ".txt":
            seen.append(self.name)
        return original(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", counting)
    return seen


def report(sources: Path, cache) -> str:
    result = pipeline.verify_claims(CLAIMS, [sources], run=RunOptions(cache_dir=cache))
    return json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)


def _folder(cache: Path) -> CacheFolder:
    (name,) = [p.name for p in cache.iterdir() if p.name.startswith(f"v{FORMAT_VERSION}-")]
    return CacheFolder(cache, name.split("-", 1)[1])


def test_a_warm_run_opens_no_unchanged_source(sources, tmp_path, opened):
    cache = tmp_path / "cache"
    expected = report(sources, None)
    opened.clear()
    assert report(sources, cache) == expected
    assert sorted(opened) == ["doc0.txt", "doc1.txt", "doc2.txt"]
    opened.clear()
    corpus = pipeline.build_corpus([sources], load_lexicon(), cache_dir=cache)
    assert opened == [] and corpus.analysed == 0
    assert all(isinstance(d, UnreadDocument) for d in corpus.documents)
    assert report(sources, cache) == expected and opened == []


def test_a_changed_file_is_read_again_even_with_its_old_modification_time(
        sources, tmp_path, opened):
    cache = tmp_path / "cache"
    report(sources, cache)
    path = sources / "doc1.txt"
    text = path.read_text(encoding="utf-8")
    # Same size, same modification time: only the change time tells.
    path.write_text(text.replace("MiniMax", "Minimax", 1), encoding="utf-8")
    os.utime(path, (OLD, OLD))
    assert path.stat().st_size == len(text.encode("utf-8"))
    opened.clear()
    assert report(sources, cache) == report(sources, None)
    assert opened.count("doc1.txt") == 2 and "doc0.txt" in opened   # the second run had no cache
    opened.clear()
    report(sources, cache)
    assert opened == []   # recorded again


def test_a_file_modified_just_before_it_was_read_is_read_again_next_time(
        sources, tmp_path, opened):
    cache = tmp_path / "cache"
    now = time.time()
    os.utime(sources / "doc2.txt", (now, now))
    report(sources, cache)
    opened.clear()
    report(sources, cache)
    assert opened == ["doc2.txt"]


def test_added_and_removed_files_are_noticed(sources, tmp_path, opened):
    cache = tmp_path / "cache"
    report(sources, cache)
    (sources / "doc0.txt").unlink()
    (sources / "doc3.txt").write_text("智谱2024年亏损20亿元。\n", encoding="utf-8")
    os.utime(sources / "doc3.txt", (OLD, OLD))
    opened.clear()
    assert report(sources, cache) == report(sources, None)
    assert opened == ["doc3.txt", "doc1.txt", "doc2.txt", "doc3.txt"]   # then the run without


@pytest.mark.parametrize("damage", ["garbage", "truncated", "forged-digest", "other-key"])
def test_a_damaged_or_forged_manifest_costs_a_read_not_a_wrong_result(
        sources, tmp_path, opened, damage):
    cache = tmp_path / "cache"
    expected = report(sources, None)
    report(sources, cache)
    folder = _folder(cache)
    key = set_key([sources])
    path = folder.manifest_path(key)
    records = list(folder.read_manifest(key).values())
    assert len(records) == 3
    if damage == "garbage":
        path.write_bytes(b"CKFILES1" + b"\0" * 100)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:-9])
    elif damage == "forged-digest":   # a path out of the cache folder, checksums right
        folder.write_manifest(key, [SourceRecord(r.path, r.size, r.mtime, r.ctime, r.inode,
                                                 "../../../escape", r.encoding)
                                    for r in records])
    else:
        other = CacheFolder(tmp_path / "other", "f" * 24)
        other.prepare()
        other.write_manifest(key, records)
        path.write_bytes(other.manifest_path(key).read_bytes())
    assert folder.read_manifest(key) == {}
    opened.clear()
    assert report(sources, cache) == expected
    assert sorted(opened) == ["doc0.txt", "doc1.txt", "doc2.txt"]
    opened.clear()
    assert report(sources, cache) == expected and opened == []   # rewritten sound


def test_a_manifest_naming_the_wrong_content_for_an_unread_file_is_caught_when_read(
        sources, tmp_path):
    """A file the manifest says is unchanged but whose entry is gone must be
    read for analysis; if its content is not the one named, the run stops
    with a clear error rather than index the wrong text."""
    from checker.errors import SourceError

    cache = tmp_path / "cache"
    report(sources, cache)
    folder = _folder(cache)
    key = set_key([sources])
    records = sorted(folder.read_manifest(key).values(), key=lambda r: r.path)
    forged = [SourceRecord(r.path, r.size, r.mtime, r.ctime, r.inode, "0" * 64, r.encoding)
              if r.path.endswith("doc0.txt") else r for r in records]
    folder.write_manifest(key, forged)
    with pytest.raises(SourceError, match="changed while it was being checked"):
        pipeline.build_corpus([sources], load_lexicon(), cache_dir=cache)


def test_reading_a_small_framed_file_takes_memory_for_its_size_only(tmp_path):
    # f.read(limit) reserves the whole limit (a gigabyte) before reading.
    import tracemalloc

    from checker.store import cache

    path = tmp_path / "small.framed"
    cache._write_framed(path, tmp_path, cache._MANIFEST_MAGIC, b"x" * 1000)
    tracemalloc.start()
    try:
        cache._read_framed(path, cache._MANIFEST_MAGIC, cache._codecs().manifest)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 2**20


def test_a_run_from_another_folder_reuses_the_set_index_and_manifest(
        sources, tmp_path, opened, monkeypatch):
    """``checker index`` run in one folder and ``verify`` in another: the
    second reads no source, no entry and merges no postings (the source set
    is keyed by resolved paths, the manifest by absolute paths), and its
    report names the sources relative to its own folder."""
    from checker.store.cache import CacheFolder

    cache = tmp_path / "cache"
    first, second = tmp_path / "a", tmp_path / "b" / "deeper"
    first.mkdir()
    second.mkdir(parents=True)
    monkeypatch.chdir(first)
    pipeline.build_index([os.path.relpath(sources)], run=RunOptions(cache_dir=cache))
    monkeypatch.chdir(second)
    expected = json.dumps(pipeline.verify_claims(CLAIMS, [os.path.relpath(sources)]).to_dict(),
                          ensure_ascii=False, sort_keys=True)
    assert "../../sources/doc0.txt" in expected
    rebuilt: list[str] = []
    original = CacheFolder.read_analyses

    def counting(self, digest):
        rebuilt.append(digest)
        return original(self, digest)

    monkeypatch.setattr(CacheFolder, "read_analyses", counting)
    opened.clear()
    corpus = pipeline.build_corpus([os.path.relpath(sources)], load_lexicon(), cache_dir=cache)
    assert (corpus.analysed, rebuilt, opened) == (0, [], [])
    assert {d.path for d in corpus.documents} == {f"../../sources/doc{i}.txt" for i in range(3)}
    result = pipeline.verify_claims(CLAIMS, [os.path.relpath(sources)],
                                    run=RunOptions(cache_dir=cache))
    assert json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True) == expected
    assert (rebuilt, opened) == ([], [])
