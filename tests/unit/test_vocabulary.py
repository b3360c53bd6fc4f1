"""The CC-CEDICT English index file: built once into the cache namespace,
read back checked, rebuilt when missing or bad, never read from a folder that
is not the cache's own, never written when only reading is allowed."""
from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from checker.language import vocabulary
from checker.pipeline import RunOptions
from checker.store.cache import CacheFolder

ENTRIES = {"office": ("办事处", "办公室"), "stock exchange": ("证券交易所",),
           "carnegie mellon university": ("卡内基梅隆大学",), "ü-bahn": ("地铁",),
           "a": ("一",), "zebra": ("斑马",)}


@pytest.fixture
def built(monkeypatch):
    """_build_entries replaced by ENTRIES, counting calls; the index reloaded."""
    calls = []

    def build():
        calls.append(1)
        return dict(ENTRIES)

    monkeypatch.setattr(vocabulary, "_build_entries", build)
    vocabulary._english_index.cache_clear()
    vocabulary.translations.cache_clear()
    yield calls
    vocabulary.use_cache(None)
    vocabulary._english_index.cache_clear()
    vocabulary.translations.cache_clear()


def test_round_trip_finds_every_key_and_nothing_else():
    index = vocabulary.decode_index(vocabulary.encode_index(ENTRIES, "k"), "k")
    assert len(index) == len(ENTRIES)
    for key, words in ENTRIES.items():
        assert index.get(key) == words
    for missing in ("", "offic", "offices", "zz", "\U0001f600", "stock"):
        assert index.get(missing) == ()


def test_empty_index():
    index = vocabulary.decode_index(vocabulary.encode_index({}, "k"), "k")
    assert len(index) == 0 and index.get("office") == ()


def _reseal(data: bytes, body: bytes, **header) -> bytes:
    """DATA with BODY and a header whose checksum fits it (a forged file)."""
    start = len(vocabulary._MAGIC)
    old = json.loads(data[start:data.index(b"\n", start)])
    old.update(header, sha256=hashlib.sha256(body).hexdigest())
    return vocabulary._MAGIC + json.dumps(old).encode() + b"\n" + body


@pytest.mark.parametrize("damage", ["key", "truncated", "flipped", "offsets", "split-char",
                                    "magic", "header"])
def test_a_bad_file_is_refused(damage):
    data = vocabulary.encode_index(ENTRIES, "k")
    body = data[data.index(b"\n", len(vocabulary._MAGIC)) + 1:]
    count = len(ENTRIES)
    if damage == "key":
        bad, key = data, "other"
    else:
        key = "k"
        if damage == "truncated":
            bad = data[:-3]
        elif damage == "flipped":
            bad = data[:-1] + bytes([data[-1] ^ 1])
        elif damage == "offsets":
            starts = np.frombuffer(body, "<i8", count + 1).copy()
            starts[2] = 10 ** 9
            bad = _reseal(data, starts.tobytes() + body[8 * (count + 1):])
        elif damage == "split-char":
            # An entry starting inside a multi-byte character (checksum right).
            starts = np.frombuffer(body, "<i8", count + 1).copy()
            tabs = np.frombuffer(body, "<i8", count, 8 * (count + 1))
            text = body[8 * (2 * count + 1):]
            i = next(i for i in range(1, count) if text[starts[i] - 1] >= 0x80)
            starts[i] -= 1
            bad = _reseal(data, starts.tobytes() + tabs.tobytes() + text)
        elif damage == "magic":
            bad = b"X" + data[1:]
        else:
            bad = vocabulary._MAGIC + b"[1, 2]\n" + body
    with pytest.raises(ValueError):
        vocabulary.decode_index(bad, key)


def test_built_once_then_read(tmp_path, built):
    folder = CacheFolder(tmp_path, "a" * 24)
    folder.prepare()
    vocabulary.use_cache(folder.folder, folder.temp)
    assert vocabulary._english_index().get("offices") == ()
    assert vocabulary.translations("offices")[-2:] == ("办事处", "办公室")
    files = list((folder.folder / "vocabulary").iterdir())
    assert [f.name for f in files] == [f"english-{vocabulary.index_key()}.idx"]
    vocabulary._english_index.cache_clear()
    vocabulary.translations.cache_clear()
    assert "证券交易所" in vocabulary.translations("stock exchanges")
    assert len(built) == 1   # the second load read the file


def test_damaged_file_rebuilt(tmp_path, built):
    folder = CacheFolder(tmp_path, "a" * 24)
    folder.prepare()
    vocabulary.use_cache(folder.folder, folder.temp)
    vocabulary._english_index()
    path = next((folder.folder / "vocabulary").iterdir())
    path.write_bytes(path.read_bytes()[:100])
    stale = path.with_name("english-" + "0" * 24 + ".idx")
    stale.write_bytes(b"old")
    vocabulary._english_index.cache_clear()
    assert vocabulary._english_index().get("zebra") == ("斑马",)
    assert len(built) == 2
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]   # the old key's removed
    vocabulary.decode_index(path.read_bytes(), vocabulary.index_key())


def test_read_only_writes_nothing_and_unmarked_folder_not_read(tmp_path, built):
    folder = CacheFolder(tmp_path / "ours", "a" * 24)
    folder.prepare()
    vocabulary.use_cache(folder.folder)   # no temp folder: read only
    assert vocabulary._english_index().get("office") == ("办事处", "办公室")
    assert not (folder.folder / "vocabulary").exists()
    # A file planted in a folder without the cache's marker is never read.
    planted = tmp_path / "planted"
    (planted / "vocabulary").mkdir(parents=True)
    forged = vocabulary.encode_index({"office": ("假",)}, vocabulary.index_key())
    (planted / "vocabulary" / f"english-{vocabulary.index_key()}.idx").write_bytes(forged)
    vocabulary.use_cache(planted)
    vocabulary._english_index.cache_clear()
    assert vocabulary._english_index().get("office") == ("办事处", "办公室")
    assert len(built) == 2


def test_pipeline_writes_the_index_only_with_a_cache(tmp_path, monkeypatch, built):
    from checker.model import Claim
    from checker.pipeline import verify_claims

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    source = tmp_path / "src" / "a.txt"
    source.parent.mkdir()
    source.write_text("The office moved to a new stock exchange building.\n", encoding="utf-8")
    claims = [Claim(id="c1", text="The zebra office moved")]
    verify_claims(claims, [source.parent], run=RunOptions(cache_dir=None))
    assert len(built) == 1 and not (tmp_path / "xdg").exists()   # --no-cache keeps nothing
    vocabulary._english_index.cache_clear()
    vocabulary.translations.cache_clear()
    verify_claims(claims, [source.parent], run=RunOptions(cache_dir=tmp_path / "cache"))
    assert len(list((tmp_path / "cache").glob("v*-*/vocabulary/english-*.idx"))) == 1
