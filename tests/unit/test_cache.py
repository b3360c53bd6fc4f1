"""Tests for checker.store.cache through the pipeline: a second build re-analyses
nothing, changed/added/removed files are handled, corrupt or stale entries
are rebuilt (never trusted), and the report is the same with or without the
cache."""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import struct
import zlib
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from checker import pipeline
from checker.cachedir import DICTIONARIES, NAMESPACE
from checker.language.lexicon import load_lexicon
from checker.model import Claim
from checker.pipeline import RunOptions
from checker.stages.index import PostingIndex
from checker.store.cache import (
    FORMAT_VERSION,
    KEEP_NAMESPACES,
    MARKER,
    MARKER_NAME,
    STAGE_MODULES,
    CacheFolder,
    CacheMiss,
    set_key,
)
from checker.store.records import _record, inflate, unpack

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CLAIMS = [
    Claim(id="listing", text="Zhipu listed on the Hong Kong Stock Exchange on 2026-01-08"),
    Claim(id="overseas", text="MiniMax overseas revenue 73.1%"),
    Claim(id="wrong", text="MiniMax overseas revenue was 80% of total revenue"),
    Claim(id="loss", text="智谱2024年亏损20亿元"),
    Claim(id="founder", text="MiniMax was founded by Yan Junjie"),
    Claim(id="none", text="智谱共有800名员工"),
]


def _seed_lines(count: int) -> list[str]:
    lines = []
    for path in SEEDS:
        lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line)
    return lines[:count]


@pytest.fixture
def sources(tmp_path) -> Path:
    """Three small documents made of seed lines, in a folder of their own."""
    folder = tmp_path / "sources"
    folder.mkdir()
    lines = _seed_lines(150)
    for i in range(3):
        (folder / f"doc{i}.txt").write_text("\n".join(lines[i::3]) + "\n", encoding="utf-8")
    return folder


def report(sources: Path, cache_dir, jobs: int = 1, claims=CLAIMS) -> str:
    result = pipeline.verify_claims(claims, [sources], run=RunOptions(cache_dir=cache_dir, jobs=jobs))
    return json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)


def build(sources: Path, cache_dir) -> pipeline.Corpus:
    return pipeline.build_corpus([sources], load_lexicon(), cache_dir=cache_dir)


def test_second_build_reanalyses_nothing(sources, tmp_path, counted):
    cache = tmp_path / "cache"
    first = build(sources, cache)
    assert sorted(counted) == ["doc0.txt", "doc1.txt", "doc2.txt"] and first.analysed == 3
    counted.clear()
    second = build(sources, cache)
    assert counted == [] and second.analysed == 0
    assert [i.passage for i in second.index.items] == [i.passage for i in first.index.items]


def test_an_explicit_index_build_is_reused(sources, tmp_path, counted):
    cache = tmp_path / "cache"
    built = pipeline.build_index([sources], run=RunOptions(cache_dir=cache, jobs=2))
    assert built.analysed == 3 and built.cache_folder == str(cache)
    counted.clear()
    assert report(sources, cache) == report(sources, None)
    assert counted == ["doc0.txt", "doc1.txt", "doc2.txt"]   # only the run without cache


def test_output_is_the_same_with_and_without_the_cache(sources, tmp_path):
    plain = report(sources, None)
    assert report(sources, tmp_path / "cache") == plain      # cold
    assert report(sources, tmp_path / "cache") == plain      # warm
    assert json.loads(plain)["summary"]["supported"] >= 1    # the claims do find evidence


def test_a_changed_file_alone_is_reanalysed(sources, tmp_path, counted):
    cache = tmp_path / "cache"
    build(sources, cache)
    counted.clear()
    path = sources / "doc1.txt"
    path.write_text(path.read_text(encoding="utf-8") + "智谱的估值为999亿元。\n", encoding="utf-8")
    assert build(sources, cache).analysed == 1 and counted == ["doc1.txt"]
    assert report(sources, cache) == report(sources, None)


def test_added_and_removed_files(sources, tmp_path, counted):
    cache = tmp_path / "cache"
    build(sources, cache)
    counted.clear()
    (sources / "doc3.txt").write_text("\n".join(_seed_lines(200)[150:]) + "\n", encoding="utf-8")
    assert build(sources, cache).analysed == 1 and counted == ["doc3.txt"]
    assert report(sources, cache) == report(sources, None)
    counted.clear()
    entries = set(cache.rglob("*.entry"))
    (sources / "doc0.txt").unlink()
    corpus = build(sources, cache)
    assert corpus.analysed == 0 and counted == []
    assert [d.path.rsplit("/", 1)[-1] for d in corpus.documents] == \
        ["doc1.txt", "doc2.txt", "doc3.txt"]
    assert len(set(cache.rglob("*.entry"))) == len(entries) - 1   # its entry is gone
    assert report(sources, cache) == report(sources, None)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_a_corrupt_entry_is_rebuilt_not_trusted(sources, tmp_path, counted, damage):
    cache = tmp_path / "cache"
    expected = report(sources, None)
    report(sources, cache)
    counted.clear()
    for entry in cache.rglob("*.entry"):
        data = entry.read_bytes()
        if damage == "garbage":
            entry.write_bytes(b"not a cache entry at all" * 10)
        elif damage == "truncated":
            entry.write_bytes(data[: len(data) // 2])
        else:
            entry.write_bytes(b"")
    assert report(sources, cache) == expected
    assert counted, "a damaged entry must be re-analysed"
    counted.clear()
    assert report(sources, cache) == expected and counted == []   # and rewritten


def test_a_damaged_passage_is_detected_when_read_and_rebuilt(sources, tmp_path, counted):
    cache = tmp_path / "cache"
    fresh = [item.passage for item in build(sources, None).index.items]
    build(sources, cache)
    folder = CacheFolder(cache, next(p for p in cache.iterdir() if NAMESPACE.fullmatch(p.name)).name[3:])
    for entry in cache.rglob("*.entry"):
        fd = folder.open_entry(entry.stem)
        header = folder.read_header(entry.stem, fd)
        os.close(fd)
        at = 8 + int(header.offsets[3]) + 10   # inside passage 3's JSON, after the magic
        data = bytearray(entry.read_bytes())
        data[at] ^= 0xFF
        entry.write_bytes(bytes(data))
    counted.clear()
    corpus = build(sources, cache)
    assert corpus.analysed == 0   # headers and postings are sound
    assert [item.passage for item in corpus.index.items] == fresh
    assert sorted(counted) == ["doc0.txt", "doc1.txt", "doc2.txt"]   # rebuilt on reading


def test_a_corrupt_source_set_index_is_rebuilt(sources, tmp_path, counted):
    cache = tmp_path / "cache"
    expected = report(sources, None)
    report(sources, cache)
    (index,) = cache.rglob("*.index")
    data = bytearray(index.read_bytes())
    data[-3] ^= 0xFF
    index.write_bytes(bytes(data))
    counted.clear()
    assert report(sources, cache) == expected
    assert counted == []   # the entries were sound: only the merge is redone
    assert index.read_bytes() != bytes(data)


def test_a_stale_entry_from_another_lexicon_is_not_used(sources, tmp_path, counted):
    cache = tmp_path / "cache"
    build(sources, cache)
    user = tmp_path / "extra.yaml"
    user.write_text("entities:\n  - id: glow\n    type: product\n    aliases: [Glow, 星野]\n",
                    encoding="utf-8")
    counted.clear()
    lexicon = load_lexicon([user])
    corpus = pipeline.build_corpus([sources], lexicon, cache_dir=cache, lexicon_paths=[user])
    assert corpus.analysed == 3 and len(counted) == 3
    # One namespace per key, and the dictionaries' folder, which a lexicon
    # does not change.
    assert sorted(p.name for p in cache.iterdir() if p.is_dir() and not NAMESPACE.fullmatch(p.name)) \
        == [DICTIONARIES]
    assert len([p for p in cache.iterdir() if NAMESPACE.fullmatch(p.name)]) == 2


def test_an_entry_written_under_another_key_is_stale(sources, tmp_path):
    cache = tmp_path / "cache"
    build(sources, cache)
    entry = next(cache.rglob("*.entry"))
    other = CacheFolder(cache, "another-key")
    target = Path(other.entry_path(entry.stem))
    target.parent.mkdir(parents=True)
    target.write_bytes(entry.read_bytes())
    fd = other.open_entry(entry.stem)
    with pytest.raises(CacheMiss):   # its header names the key it was written under
        other.read_header(entry.stem, fd)
    os.close(fd)


def test_the_default_cache_is_in_the_users_cache_folder(sources, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    monkeypatch.chdir(sources)
    plain = report(sources, None)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert report(sources, pipeline.AUTO) == plain
    assert list((tmp_path / "home-cache" / "claim-checker").rglob("*.entry"))
    after = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")
                   if "home-cache" not in p.parts)
    assert after == before   # nothing beside the sources or in the current folder


def test_an_unwritable_cache_folder_means_no_cache(sources, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    corpus = pipeline.build_corpus([sources], load_lexicon(), cache_dir=blocker / "cache")
    assert corpus.cache_folder == "" and corpus.analysed == 3
    assert [w for w in corpus.warnings if "cannot use the cache folder" in w]
    assert report(sources, blocker / "cache") == report(sources, None)


def test_the_same_content_under_two_paths_is_indexed_once_and_names_both(sources, tmp_path):
    (sources / "copy.txt").write_bytes((sources / "doc0.txt").read_bytes())
    cache = tmp_path / "cache"
    corpus = build(sources, cache)
    corpus = build(sources, cache)
    names = {item.passage.source.rsplit("/", 1)[-1] for item in corpus.index.items}
    assert names == {"copy.txt", "doc1.txt", "doc2.txt"}  # copies are judged once
    copies = {k.rsplit("/", 1)[-1]: [p.rsplit("/", 1)[-1] for p in v] for k, v in corpus.copies}
    assert copies == {"copy.txt": ["doc0.txt"]}
    assert {p.rsplit("/", 1)[-1] for p in corpus.sources} == {"copy.txt", "doc0.txt", "doc1.txt",
                                                              "doc2.txt"}


def test_the_cache_key_covers_every_module_the_stages_import():
    import ast

    package = ROOT / "checker"
    for name in STAGE_MODULES:
        tree = ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and \
                    node.module.startswith("checker"):
                imported = [node.module.split(".")[1]] if "." in node.module \
                    else [a.name for a in node.names]
                for module in imported:
                    if (package / f"{module}.py").exists():
                        assert module in STAGE_MODULES, f"{name} imports {module}"


def test_old_namespaces_are_pruned_and_the_current_one_kept(tmp_path):
    root = tmp_path / "cache"
    for i in range(5):
        old = CacheFolder(root, f"{i:024x}")
        old.prepare()
        os.utime(old.folder / MARKER_NAME, (1_000_000 + i, 1_000_000 + i))
    folder = CacheFolder(root, "c" * 24)
    folder.prepare()
    kept = sorted(p.name for p in root.iterdir())
    assert folder.folder.name in kept
    assert len(kept) == KEEP_NAMESPACES
    assert f"v{FORMAT_VERSION}-{4:024x}" in kept and f"v{FORMAT_VERSION}-{0:024x}" not in kept


# --- the cache as untrusted input (issue 13) -------------------------------------------

class _Payload:
    """Unpickling this opens (creates) a file: what a planted cache could do."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def _payload(tmp_path: Path) -> tuple[bytes, Path]:
    """A live pickle payload and the file it would create (shown to work on
    a decoy path first, so the test cannot pass with a dud)."""
    decoy = tmp_path / "decoy-ran"
    pickle.loads(pickle.dumps(_Payload(decoy))).close()
    assert decoy.exists()
    sentinel = tmp_path / "payload-ran"
    return pickle.dumps(_Payload(sentinel)), sentinel


def _namespace(cache: Path) -> CacheFolder:
    (folder,) = [p for p in cache.iterdir() if p.name.startswith(f"v{FORMAT_VERSION}-")]
    return CacheFolder(cache, folder.name.split("-", 1)[1])


def _forge_entry(path: Path, folder: CacheFolder, blobs: dict[int, bytes],
                 meta: bytes | None = None) -> None:
    """Rewrite the entry at PATH with some blobs (or its header's JSON)
    replaced, and every CRC and the header's SHA-256 recomputed: a forgery
    that passes every checksum."""
    fd = folder.open_entry(path.stem)
    header = folder.read_header(path.stem, fd)
    os.close(fd)
    data = path.read_bytes()
    offsets = [int(o) for o in header.offsets]
    parts = [blobs.get(i, data[8 + offsets[i]:8 + offsets[i + 1]])
             for i in range(len(offsets) - 1)]
    (length, _) = struct.unpack("<Q32s", data[-40:])
    old = data[-40 - length:-40]
    (text_length,) = struct.unpack("<I", old[:4])
    text = old[4:4 + text_length] if meta is None else meta
    paragraph_table = old[4 + text_length + 8 * len(offsets) + 4 * len(parts):]
    new_offsets = [0]
    for part in parts:
        new_offsets.append(new_offsets[-1] + len(part))
    header_bytes = (struct.pack("<I", len(text)) + text
                    + struct.pack(f"<{len(new_offsets)}q", *new_offsets)
                    + struct.pack(f"<{len(parts)}I", *(zlib.crc32(p) for p in parts))
                    + paragraph_table)
    path.write_bytes(data[:8] + b"".join(parts) + header_bytes
                     + struct.pack("<Q32s", len(header_bytes),
                                   hashlib.sha256(header_bytes).digest()))


@pytest.mark.parametrize("plant", ["whole-file", "passage", "compressed-passage", "header",
                                   "set-index", "segment"])
def test_a_planted_pickle_never_runs_and_changes_nothing(sources, tmp_path, plant):
    cache = tmp_path / "cache"
    expected = report(sources, None)
    report(sources, cache)
    payload, sentinel = _payload(tmp_path)
    folder = _namespace(cache)
    for entry in cache.rglob("*.entry"):
        if plant == "whole-file":
            entry.write_bytes(payload)
        elif plant == "passage":
            _forge_entry(entry, folder, {0: payload, 2: payload})
        elif plant == "compressed-passage":
            _forge_entry(entry, folder, {1: zlib.compress(payload)})
        elif plant == "header":
            _forge_entry(entry, folder, {}, meta=payload)
    if plant == "set-index":
        (index,) = cache.rglob("*.index")
        index.write_bytes(b"CKSETIX4" + struct.pack("<Q32s", len(payload),
                                                    hashlib.sha256(payload).digest()) + payload)
    if plant == "segment":
        (segment,) = cache.rglob("*.seg")
        segment.write_bytes(b"CKSEGMT1" + struct.pack("<Q32s", len(payload),
                                                      hashlib.sha256(payload).digest()) + payload)
    assert report(sources, cache) == expected
    assert report(sources, cache) == expected   # and again, from what was rewritten
    assert list(build(sources, cache).index.items) == list(build(sources, None).index.items)
    assert not sentinel.exists()


def test_a_forged_entry_with_impossible_spans_is_rebuilt(sources, tmp_path, counted):
    """A well-formed record whose offsets point outside the text: the judge
    would index out of range; the cache rebuilds instead."""
    cache = tmp_path / "cache"
    fresh = list(build(sources, None).index.items)
    build(sources, cache)
    folder = _namespace(cache)
    for entry in cache.rglob("*.entry"):
        fd = folder.open_entry(entry.stem)
        header = folder.read_header(entry.stem, fd)
        records = inflate(folder.read_blob(header, 1, fd))
        os.close(fd)
        passage, analysis = unpack(records[0], "")
        # A clause reaching far past the passage's text.
        records[0] = _record(replace(passage, clauses=((0, 99999),)), analysis)
        ends = np.cumsum([len(r) for r in records]).astype("<u4").tobytes()
        block = struct.pack("<I", len(records)) + ends + b"".join(records)
        _forge_entry(entry, folder, {1: zlib.compress(block)})
    counted.clear()
    assert list(build(sources, cache).index.items) == fresh
    assert sorted(counted) == ["doc0.txt", "doc1.txt", "doc2.txt"]


def test_passages_and_analyses_come_back_equal_from_the_cache(tmp_path):
    seeds = ROOT / "seeds"
    lexicon = load_lexicon()
    fresh = pipeline.build_corpus([seeds], lexicon, cache_dir=None).index.items
    pipeline.build_corpus([seeds], lexicon, cache_dir=tmp_path / "cache")
    cached = pipeline.build_corpus([seeds], lexicon, cache_dir=tmp_path / "cache")
    assert cached.analysed == 0
    assert len(cached.index.items) == len(fresh) > 400
    for a, b in zip(cached.index.items, fresh):
        assert a == b


def _snapshot(root: Path, skip: str = "") -> dict:
    found = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if skip and rel.parts[0].startswith(skip):
            continue
        info = path.lstat()
        found[str(rel)] = (path.is_dir(), None if path.is_dir() else path.read_bytes(),
                           info.st_mtime_ns)
    return found


def test_a_cache_dir_holding_other_folders_leaves_them_untouched(sources, tmp_path):
    shared = tmp_path / "shared"
    for name, content in (("vendor-js/lib.js", b"x()"), ("v2-notes/todo.txt", b"notes"),
                          ("v1-abc/data.bin", b"\0\1"), ("valuable-notes/a.md", b"# a"),
                          (f"v{FORMAT_VERSION}-{'ab' * 12}/keep.txt", b"looks like ours"),
                          (f"v{FORMAT_VERSION}-{'cd' * 12}/{MARKER_NAME}",
                           b"Signature: 8a477f597d28d172789f06886806bc55\n# another tool\n"),
                          ("notes.txt", b"hello"), (".tmp-0badc0de-1-x", b"not ours either")):
        path = shared / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        os.utime(path, (1_000_000, 1_000_000))
    for folder in shared.iterdir():
        os.utime(folder, (1_000_000, 1_000_000))
    before = _snapshot(shared)
    for i in range(KEEP_NAMESPACES + 2):   # enough namespaces that pruning runs
        CacheFolder(shared, f"{i:024x}").prepare()
    assert report(sources, shared) == report(sources, None)
    after = _snapshot(shared)
    assert {k: v for k, v in after.items() if k in before} == before
    assert not (shared / ".gitignore").exists()
    ours = {Path(k).parts[0] for k in after if k not in before}
    assert DICTIONARIES in ours
    assert len(ours - {DICTIONARIES}) == KEEP_NAMESPACES   # pruned down to its own, marked folders
    for name in ours:
        assert (shared / name / MARKER_NAME).read_bytes() == MARKER
        assert (shared / name / ".gitignore").exists()


def test_a_folder_named_like_the_namespace_but_unmarked_is_not_used(sources, tmp_path):
    from checker.store.cache import cache_key

    cache = tmp_path / "cache"
    squatter = cache / f"v{FORMAT_VERSION}-{cache_key(load_lexicon())}"
    (squatter / "docs").mkdir(parents=True)
    (squatter / "docs" / "mine.txt").write_text("a user's file")
    corpus = build(sources, cache)
    assert corpus.cache_folder == "" and corpus.analysed == 3   # no cache, no error
    (warning,) = corpus.warnings
    assert "holds no marker of the cache" in warning
    assert sorted(p.name for p in squatter.rglob("*")) == ["docs", "mine.txt"]


def test_the_source_set_key_ignores_order_and_repeats(sources, tmp_path, counted):
    a, b, c = (str(sources / f"doc{i}.txt") for i in range(3))
    assert set_key([a, b, c]) == set_key([c, a, b, a]) != set_key([a, b])
    cache = tmp_path / "cache"
    pipeline.build_corpus([a, b, c], load_lexicon(), cache_dir=cache)
    counted.clear()
    again = pipeline.build_corpus([c, b, a, b], load_lexicon(), cache_dir=cache)
    assert again.analysed == 0 and counted == []
    assert len(list(cache.rglob("*.index"))) == 1


def test_the_source_set_key_is_the_same_from_any_folder_and_through_a_link(
        sources, tmp_path, monkeypatch):
    link = tmp_path / "link"
    link.symlink_to(sources, target_is_directory=True)
    monkeypatch.chdir(sources)
    here = set_key(["."])
    monkeypatch.chdir(tmp_path)
    assert set_key([sources.name]) == set_key([str(link)]) == set_key([str(sources)]) == here
    assert set_key([str(sources / "doc0.txt")]) != here


def test_abandoned_temporary_files_are_removed_at_the_next_start(tmp_path):
    import subprocess
    import sys
    import time

    from checker import cachedir as cache_module

    folder = CacheFolder(tmp_path / "cache", "e" * 24)
    folder.prepare()
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        host = cache_module._HOST
        dead = folder.temp / f".tmp-{host}-{ended.pid}-abc"
        running = folder.temp / f".tmp-{host}-{alive.pid}-abc"
        elsewhere = folder.temp / ".tmp-0badc0de-12345-abc"   # another host: by age only
        old = folder.temp / ".tmp-0badc0de-12346-abc"
        foreign = folder.temp / "a-note.txt"
        draft = folder.root / f".tmp-{host}-{ended.pid}-draft"   # an unfinished namespace
        draft.mkdir()
        (draft / MARKER_NAME).write_bytes(MARKER)
        for path in (dead, running, elsewhere, old, foreign):
            path.write_bytes(b"partial")
        stale = time.time() - cache_module.STALE_TEMP_SECONDS - 60
        os.utime(old, (stale, stale))
        folder.prepare()
        assert sorted(p.name for p in folder.temp.iterdir()) == \
            sorted([running.name, elsewhere.name, foreign.name])
        assert not draft.exists()
    finally:
        alive.kill()
        alive.wait()


def test_an_analysis_field_the_codec_cannot_store_costs_the_cache_not_the_run(
        sources, tmp_path, monkeypatch):
    from checker.store import cache as cache_module

    def refuse():
        raise TypeError("the cache codec cannot store values of type typing.Any")

    monkeypatch.setattr(cache_module, "_codecs", refuse)
    corpus = build(sources, tmp_path / "cache")
    assert corpus.cache_folder == "" and corpus.analysed == 3
    assert [w for w in corpus.warnings if "cannot store analyses" in w]
    assert not (tmp_path / "cache").exists()


def test_only_the_most_recently_used_source_set_indexes_are_kept(tmp_path):
    from checker.store.cache import KEEP_SETS

    folder = CacheFolder(tmp_path / "cache", "d" * 24)
    folder.prepare()
    sets = folder.folder / "sets"
    for i in range(KEEP_SETS + 4):
        path = sets / f"{i:024x}.index"
        path.write_bytes(b"x")
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
    (sets / "notes.txt").write_text("not an index")
    folder.prepare()
    kept = sorted(p.name for p in sets.iterdir())
    assert len(kept) == KEEP_SETS + 1 and "notes.txt" in kept
    assert f"{0:024x}.index" not in kept and f"{KEEP_SETS + 3:024x}.index" in kept


def _forge_segment(cache: Path, change) -> Path:
    """Rewrite the set's one segment with CHANGE(documents, postings) applied
    and every checksum right; returns its path."""
    from checker.store.segments import Segment, write_segment

    folder = _namespace(cache)
    (path,) = cache.rglob("*.seg")
    segment = Segment(path, folder.key)
    postings = segment.as_postings()
    arrays = {name: np.array(getattr(postings, name)) for name in postings.ARRAYS}
    documents = list(segment.meta.documents)
    segment.close()
    forged = PostingIndex(postings.size, postings.feature_names, arrays)
    documents = change(documents, forged)
    write_segment(folder, [d for d, _ in documents], [n for _, n in documents], forged)
    return path


@pytest.mark.parametrize("damage", ["passage-out-of-range", "starts-backwards", "sizes"])
def test_a_checksummed_segment_with_impossible_postings_is_rebuilt(sources, tmp_path, damage):
    from checker.store.segments import Segment

    cache = tmp_path / "cache"
    expected = report(sources, None)
    report(sources, cache)

    def change(documents, postings):
        if damage == "passage-out-of-range":
            postings.feature_passages[:] = postings.size + 5
        elif damage == "starts-backwards":
            postings.feature_starts[1] = postings.feature_starts[2] + 1
        else:
            documents[0] = (documents[0][0], documents[0][1] + 1)
        return documents

    path = _forge_segment(cache, change)
    if damage != "passage-out-of-range":   # that one shows only when its list is read
        with pytest.raises(CacheMiss):
            Segment(path, _namespace(cache).key)
    assert report(sources, cache) == expected
    assert report(sources, cache) == expected
    (path,) = cache.rglob("*.seg")
    Segment(path, _namespace(cache).key).as_postings()   # rewritten sound


def test_without_segments_the_postings_come_from_the_entries_not_a_new_analysis(
        sources, tmp_path, counted):
    cache = tmp_path / "cache"
    expected = report(sources, None)
    report(sources, cache)
    for path in [*cache.rglob("*.index"), *cache.rglob("*.seg")]:
        path.unlink()
    counted.clear()
    assert report(sources, cache) == expected
    assert counted == []
    assert len(list(cache.rglob("*.seg"))) == 1


def test_a_cache_committed_beside_the_sources_is_never_read(sources, tmp_path, monkeypatch):
    """The old default: `.checker-cache/` beside the sources, often inside a
    repository. A planted one (old or new format) is not looked at."""
    from checker.store.cache import cache_key

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    payload, sentinel = _payload(tmp_path)
    planted = sources.parent / ".checker-cache"
    for name in (f"v1-{cache_key(load_lexicon())}", f"v{FORMAT_VERSION}-{cache_key(load_lexicon())}"):
        for doc in sources.iterdir():
            digest = pipeline._document_hash(pipeline.load_documents([doc])[0][0])
            entry = planted / name / "docs" / digest[:2] / f"{digest}.entry"
            entry.parent.mkdir(parents=True, exist_ok=True)
            entry.write_bytes(payload)
        (planted / name / MARKER_NAME).write_bytes(MARKER)
    before = _snapshot(planted)
    assert report(sources, pipeline.AUTO) == report(sources, None)
    assert not sentinel.exists()
    assert _snapshot(planted) == before


def test_a_set_index_with_shifted_counts_is_an_error_once_then_rebuilt(sources, tmp_path):
    """Counts moved from one document to another keep every sum right, so
    the shift shows only when a passage is read: that run stops with one
    clear error (its numbering cannot be mended) and removes the index; the
    next run is right."""
    from checker.errors import CheckerError

    cache = tmp_path / "cache"
    expected = report(sources, None)
    report(sources, cache)

    def shift(documents, postings):
        (h0, n0), (h1, n1), *rest = documents
        return [(h0, n0 + 1), (h1, n1 - 1), *rest]

    _forge_segment(cache, shift)
    (index,) = cache.rglob("*.index")
    with pytest.raises(CheckerError, match="does not match the documents"):
        list(build(sources, cache).index.items)
    assert not index.exists()
    assert report(sources, cache) == expected


def test_what_can_be_derived_is_derived_only_when_used(sources, tmp_path, monkeypatch):
    """A passage read from an entry works out its origin map and terms on
    first use (most are judged, never quoted), and is then equal to one
    analysed afresh, pickled or not."""
    from checker.store import records

    cache = tmp_path / "cache"
    build(sources, cache)
    derived: list[str] = []
    terms, expand = records.content_terms, records._expand
    monkeypatch.setattr(records, "content_terms",
                        lambda text: derived.append("terms") or terms(text))
    monkeypatch.setattr(records, "_expand",
                        lambda runs, length: derived.append("origin") or expand(runs, length))
    read = list(build(sources, cache).index.items)
    assert len(read) > 100 and derived == []
    fresh = list(build(sources, None).index.items)
    assert [i.passage.origin for i in read] == [i.passage.origin for i in fresh]
    assert [i.analysis.terms for i in read] == [i.analysis.terms for i in fresh]
    assert 0 < derived.count("terms") <= len(read) and derived.count("origin") == len(read)
    derived.clear()
    assert read == fresh and fresh == read and derived == []   # each derived once
    assert pickle.loads(pickle.dumps(read)) == fresh
    assert pickle.loads(pickle.dumps(list(build(sources, cache).index.items))) == fresh
    assert {hash(i.passage) for i in read} == {hash(i.passage) for i in fresh}


@pytest.mark.parametrize("tail", [48, 1 << 16])
def test_a_header_longer_than_the_tail_read_is_read_apart(sources, tmp_path, monkeypatch, tail,
                                                         counted):
    from checker.store import cache as store

    cache = tmp_path / "cache"
    build(sources, cache)
    monkeypatch.setattr(store, "_TAIL", tail)
    counted.clear()
    assert list(build(sources, cache).index.items) == list(build(sources, None).index.items)
    assert counted == ["doc0.txt", "doc1.txt", "doc2.txt"]   # (the run without the cache)


def _entry_tables(path: Path) -> tuple[bytes, bytes, list[int]]:
    """An entry's bytes before its header, the header up to its paragraph
    table (lead, JSON, offsets, CRC-32s), and the table's uint32 words."""
    data = path.read_bytes()
    (length, _) = struct.unpack("<Q32s", data[-40:])
    header = data[-40 - length:-40]
    (text_length,) = struct.unpack("<I", header[:4])
    count = json.loads(header[4:4 + text_length])[3]
    blocks = -(-count // 8)
    at = 4 + text_length + 8 * (blocks + 1) + 4 * blocks
    words = list(struct.unpack(f"<{(len(header) - at) // 4}I", header[at:]))
    return data[:-40 - length], header[:at], words


def _rewrite_tables(path: Path, words: list[int], cut: int = 0) -> None:
    """The entry at PATH with another paragraph table (CUT bytes short), its
    header's checksum recomputed: a forgery every checksum passes."""
    body, head, _ = _entry_tables(path)
    table = struct.pack(f"<{len(words)}I", *words)
    header = head + table[:len(table) - cut]
    path.write_bytes(body + header + struct.pack("<Q32s", len(header),
                                                 hashlib.sha256(header).digest()))


def test_paragraph_entities_come_back_for_a_document_naming_many_entities(tmp_path):
    """The paragraph table numbers any count of entities (a bit mask stops at 64)."""
    lexicon = load_lexicon()
    names = sorted({e.aliases[0] for e in lexicon.entities.values() if e.aliases})[:150]
    sources = tmp_path / "sources"
    sources.mkdir()
    paragraphs = ["、".join(names[i:i + 30]) + "都在名单上。" + names[i] + "发布了新模型。"
                  for i in range(0, len(names), 30)]
    (sources / "many.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    fresh = list(build(sources, None).index.items)
    build(sources, tmp_path / "cache")
    cached = list(build(sources, tmp_path / "cache").index.items)
    assert len(fresh[0].document_entities) > 64
    assert len({i.paragraph_entities for i in fresh}) > 1
    assert [(i.document_entities, i.paragraph_entities) for i in cached] \
        == [(i.document_entities, i.paragraph_entities) for i in fresh]
    assert cached == fresh


@pytest.mark.parametrize("damage", ["paragraph number", "row end", "entity number", "short"])
def test_a_forged_paragraph_table_is_a_miss_and_rebuilt_not_a_crash(sources, tmp_path, counted,
                                                                    damage):
    cache = tmp_path / "cache"
    fresh = list(build(sources, None).index.items)
    build(sources, cache)
    folder = _namespace(cache)
    for entry in cache.rglob("*.entry"):
        _, head, words = _entry_tables(entry)
        count = json.loads(head[4:4 + struct.unpack("<I", head[:4])[0]])[3]
        if damage == "paragraph number":
            words[count - 1] = 1 << 20   # the last passage's paragraph: no such row
        elif damage == "row end":
            words[count + 1] = 1 << 20   # the first row ends past the entity numbers
        elif damage == "entity number":
            words[-1] = 1 << 20          # no such entity
        _rewrite_tables(entry, words, cut=4 if damage == "short" else 0)
        fd = folder.open_entry(entry.stem)
        try:
            if damage == "short":
                with pytest.raises(CacheMiss):
                    folder.read_header(entry.stem, fd)
            else:
                header = folder.read_header(entry.stem, fd)   # the sizes are right
                with pytest.raises(CacheMiss):
                    for local in range(header.meta.count):
                        header.paragraph_entities(local)
        finally:
            os.close(fd)
    counted.clear()
    assert list(build(sources, cache).index.items) == fresh
    assert sorted(counted) == ["doc0.txt", "doc1.txt", "doc2.txt"]   # each rebuilt


def test_a_forged_blob_offset_is_a_miss_not_a_crash(sources, tmp_path):
    cache = tmp_path / "cache"
    build(sources, cache)
    folder = _namespace(cache)
    entry = next(cache.rglob("*.entry"))
    fd = folder.open_entry(entry.stem)
    header = folder.read_header(entry.stem, fd)
    header.offsets[1] = header.offsets[2] + 1   # blob 1 would end before it starts
    try:
        with pytest.raises(CacheMiss):
            folder.read_blob(header, 1, fd)
    finally:
        os.close(fd)


def test_neighbours_read_nothing_of_another_document(sources, tmp_path):
    cache = tmp_path / "cache"
    build(sources, cache)
    index = build(sources, cache).index
    store = index.store
    first_end = store.offsets[1]
    asked: list[int] = []
    item = store.item
    store.item = lambda number: asked.append(number) or item(number)
    before, after = index.neighbours(first_end - 1, 3)   # the last passage of doc0
    assert after == [] and len(before) == 3
    assert max(asked) == first_end - 1
    asked.clear()
    before, after = index.neighbours(first_end, 3)        # the first of doc1
    assert before == [] and len(after) == 3 and min(asked) == first_end
