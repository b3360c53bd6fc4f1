"""Tests for checker.cache through the pipeline: a second build re-analyses
nothing, changed/added/removed files are handled, corrupt or stale entries
are rebuilt (never trusted), and the report is the same with or without the
cache."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import pipeline
from checker.cache import DEFAULT_FOLDER, STAGE_MODULES, CacheFolder, CacheMiss
from checker.lexicon import load_lexicon
from checker.model import Claim

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


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    """The paths of the documents analysed (the pipeline's only analysis entry)."""
    seen: list[str] = []
    original = pipeline.analyse_document

    def counting(document, lexicon, *rest):
        seen.append(Path(document.path).name)
        return original(document, lexicon, *rest)

    monkeypatch.setattr(pipeline, "analyse_document", counting)
    return seen


def report(sources: Path, cache_dir, jobs: int = 1, claims=CLAIMS) -> str:
    result = pipeline.verify_claims(claims, [sources], cache_dir=cache_dir, jobs=jobs)
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
    built = pipeline.build_index([sources], cache_dir=cache, jobs=2)
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
    folder = CacheFolder(cache, next(p for p in cache.iterdir() if p.is_dir()).name[3:])
    for entry in cache.rglob("*.entry"):
        header = folder.read_header(entry.stem)
        at = 8 + header["offsets"][3] + 10   # inside passage 3's pickle, after the magic
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
    assert len([p for p in cache.iterdir() if p.is_dir()]) == 2   # one namespace per key


def test_an_entry_written_under_another_key_is_stale(sources, tmp_path):
    cache = tmp_path / "cache"
    build(sources, cache)
    entry = next(cache.rglob("*.entry"))
    other = CacheFolder(cache, "another-key")
    target = Path(other.entry_path(entry.stem))
    target.parent.mkdir(parents=True)
    target.write_bytes(entry.read_bytes())
    with pytest.raises(CacheMiss):   # its header names the key it was written under
        other.read_header(entry.stem)


def test_the_default_cache_is_beside_the_sources(sources):
    plain = report(sources, None)
    assert report(sources, pipeline.AUTO) == plain
    folder = sources.parent / DEFAULT_FOLDER
    assert (folder / ".gitignore").read_text().strip().endswith("*")
    assert list(folder.rglob("*.entry"))


def test_an_unwritable_cache_folder_means_no_cache(sources, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    corpus = pipeline.build_corpus([sources], load_lexicon(), cache_dir=blocker / "cache")
    assert corpus.cache_folder == "" and corpus.analysed == 3
    assert report(sources, blocker / "cache") == report(sources, None)


def test_the_same_content_under_two_paths_keeps_each_path(sources, tmp_path):
    (sources / "copy.txt").write_bytes((sources / "doc0.txt").read_bytes())
    cache = tmp_path / "cache"
    corpus = build(sources, cache)
    corpus = build(sources, cache)
    names = {item.passage.source.rsplit("/", 1)[-1] for item in corpus.index.items}
    assert names == {"copy.txt", "doc0.txt", "doc1.txt", "doc2.txt"}


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
    import os

    from checker.cache import KEEP_NAMESPACES, CacheFolder

    root = tmp_path / "cache"
    for i in range(5):
        old = root / f"v1-old{i}"
        (old / "docs").mkdir(parents=True)
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    folder = CacheFolder(root, "current")
    folder.prepare()
    kept = sorted(p.name for p in root.glob("v*-*"))
    assert folder.folder.name in kept
    assert len(kept) == KEEP_NAMESPACES
    assert "v1-old4" in kept and "v1-old0" not in kept  # the most recently used survive
