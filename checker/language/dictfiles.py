"""Dictionary tables kept as files in the cache namespace, memory-mapped.

The dictionaries judging reads (CC-CEDICT both ways in ``vocabulary``, the
pinyin readings in ``persons``) are built from installed packages, which
takes seconds and a hundred MB or more of Python objects per process. So
each is built once into a *table file* in the cache namespace's
``vocabulary/`` folder, keyed by what it is made from, and later runs map
the file and search it where it lies: a run pays a few milliseconds and only
the entries it looks up, and every process (forked workers, other runs)
shares the same pages of the page cache.

A table maps a string to a tuple of strings. The file is plain data, no
pickle: ``MAGIC``, one line of JSON (the table's name and key, the entry
count, the text's length and the SHA-256 of everything after the line;
padded with spaces so that what follows is 8-byte aligned), then the entry
starts (count + 1) and key ends (count) as little-endian int64, then the
text, entry i being ``key \\t value \\t value ...`` (UTF-8) at
``text[starts[i]:starts[i + 1]]``, keys sorted by their UTF-8 bytes (the
same order as by code points). A file is checked whole when it is opened
(magic, name, key, lengths, checksum, every offset inside the text and on a
character boundary, the text valid UTF-8); a file that does not check out
is rebuilt, never trusted. A well-formed file with false entries cannot be
told from a true one: the namespace is the cache's own (its marker is
checked), like the entries beside it.

Without a cache folder (``use_cache(None)``), or when the folder cannot be
written and holds no table yet, a table is built in memory (a dict) for the
process. This module does not know what the tables hold: the modules that
own them give the builder and the key.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import mmap
import os
import re
import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np

FORMAT = 2
"""Version of the table file's layout (part of every table's key)."""
FOLDER = "vocabulary"
"""The namespace's sub-folder holding the table files."""
MAGIC = b"claim-checker table\n"
_NAME = re.compile(r"[a-z]+")
_MAX_FILE_BYTES = 256 << 20

LOADS: Counter[str] = Counter()
"""Tables loaded in this process, by name (read from a file or built): what
a test counts to show that a run did not load a table it does not need."""

_folder: Path | None = None
_temp: Path | None = None

Entries = Mapping[str, Sequence[str]]


def use_cache(folder: str | Path | None, temp: str | Path | None = None) -> None:
    """Keep the table files in FOLDER's ``vocabulary/`` (FOLDER: a cache
    namespace folder, read only while it holds the cache's marker), writing
    them through TEMP (the namespace's ``tmp/``); without TEMP they are only
    read, never written. None: build tables in memory. Takes effect for
    tables not loaded yet (each is loaded once per process)."""
    global _folder, _temp
    _folder = Path(folder) if folder is not None else None
    _temp = Path(temp) if temp is not None else None


def table_key(*parts: str | bytes) -> str:
    """A table's key: a digest of the file layout and PARTS (what the table
    is made from: package versions, the owning module's code)."""
    digest = hashlib.sha256(f"table format {FORMAT}\n".encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()[:24]


def installed_version(distribution: str) -> str:
    """The installed version of DISTRIBUTION, for a table's key: read from
    the name of its ``NAME-VERSION.dist-info`` folder, the first on
    ``sys.path`` (where importlib.metadata finds it too), because importing
    importlib.metadata (email, zipfile, csv) takes 7-9 ms of a small run;
    from importlib.metadata where there is no such folder (an egg, a zip)."""
    prefix = re.sub(r"[-_.]+", "_", distribution).lower() + "-"
    for folder in sys.path:
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:
            continue
        for name in names:
            if name.lower().startswith(prefix) and name.endswith(".dist-info"):
                return name[len(prefix):-len(".dist-info")]
    from importlib.metadata import version

    return version(distribution)


class Table:
    """A table file's entries, searched by bisection in its bytes (a memory
    map or a bytes object)."""

    def __init__(self, buffer: mmap.mmap | bytes, base: int, starts: np.ndarray,
                 tabs: np.ndarray) -> None:
        self._buffer = buffer
        self._base = base          # where the text starts in BUFFER
        self._starts = starts
        self._tabs = tabs
        self._keys = _Keys(self)

    def __len__(self) -> int:
        return len(self._tabs)

    def _key(self, i: int) -> bytes:
        return self._buffer[self._base + int(self._starts[i]):self._base + int(self._tabs[i])]

    def get(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        wanted = key.encode("utf-8", "surrogatepass")
        i = bisect_left(self._keys, wanted)
        if i == len(self._tabs) or self._key(i) != wanted:
            return default
        value = self._buffer[self._base + int(self._tabs[i]) + 1:
                             self._base + int(self._starts[i + 1])]
        return tuple(value.decode().split("\t"))


class _Keys:
    """The sorted keys of a table, as bytes, for ``bisect``."""

    def __init__(self, table: Table) -> None:
        self._table = table

    def __len__(self) -> int:
        return len(self._table)

    def __getitem__(self, i: int) -> bytes:
        return self._table._key(i)


def encode_table(name: str, entries: Entries, key: str) -> bytes:
    """The table file's bytes for ENTRIES. A key or value holding a tab or a
    line break cannot be stored and is left out (the dictionaries have none),
    as is a key left with no value."""
    def storable(s: str) -> bool:
        return "\t" not in s and "\n" not in s

    rows = sorted((k.encode("utf-8", "surrogatepass"),
                   "\t".join(v for v in values if storable(v)).encode("utf-8", "surrogatepass"))
                  for k, values in entries.items() if storable(k))
    rows = [(k, v) for k, v in rows if v]
    starts, tabs, chunks, at = [], [], [], 0
    for k, values in rows:
        starts.append(at)
        tabs.append(at + len(k))
        chunks.append(k + b"\t" + values)
        at += len(k) + 1 + len(values)
    starts.append(at)
    body = (np.array(starts, dtype="<i8").tobytes() + np.array(tabs, dtype="<i8").tobytes()
            + b"".join(chunks))
    header = json.dumps({"name": name, "key": key, "entries": len(rows), "text": at,
                         "sha256": hashlib.sha256(body).hexdigest()}).encode()
    padding = -(len(MAGIC) + len(header) + 1) % 8
    return MAGIC + header + b" " * padding + b"\n" + body


def decode_table(data: mmap.mmap | bytes, name: str, key: str) -> Table:
    """The table in DATA (a table file's bytes, or its memory map); raises
    ValueError unless it is whole and well formed and was made as NAME for
    KEY."""
    if data[:len(MAGIC)] != MAGIC:
        raise ValueError("not a table file")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + 4096)
    if end < 0:
        raise ValueError("no header")
    header = json.loads(data[len(MAGIC):end])
    if not isinstance(header, dict) or header.get("name") != name or header.get("key") != key:
        raise ValueError("made for another table or key")
    count, size = header.get("entries"), header.get("text")
    if not (type(count) is int and type(size) is int and 0 <= count and 0 <= size):
        raise ValueError("bad counts")
    start = end + 1
    if len(data) - start != 8 * (2 * count + 1) + size:
        raise ValueError("truncated or padded")
    view = memoryview(data)
    if hashlib.sha256(view[start:]).hexdigest() != header.get("sha256"):
        raise ValueError("checksum")
    base = start + 8 * (2 * count + 1)
    # Every slice the table takes must lie inside the text, end at a tab and
    # start on a character boundary (not a UTF-8 continuation byte); the text
    # must decode, so every slice does. Decoded a megabyte at a time: the
    # whole text as one str would cost a process 10-20 MB for a moment.
    decoder = codecs.getincrementaldecoder("utf-8")()
    for at in range(base, len(data), 1 << 20):
        decoder.decode(view[at:at + (1 << 20)])
    decoder.decode(b"", final=True)
    starts = np.frombuffer(data, dtype="<i8", count=count + 1, offset=start)
    tabs = np.frombuffer(data, dtype="<i8", count=count, offset=start + 8 * (count + 1))
    raw = np.frombuffer(data, dtype=np.uint8, count=size, offset=base)
    if count and not (starts[0] == 0 and starts[-1] == size and np.all(starts[:-1] <= tabs)
                      and np.all(tabs + 1 < starts[1:]) and np.all(raw[tabs] == 9)
                      and np.all((raw[starts[1:-1]] & 0xC0) != 0x80)):
        raise ValueError("bad offsets")
    if not count and size:
        raise ValueError("bad offsets")
    return Table(data, base, starts, tabs)


def _file_name(name: str, key: str) -> str:
    return f"{name}-{key}.idx"


def load_table(name: str, key: str, build: Callable[[frozenset[str]], dict[str, Entries]],
               together: Sequence[str] = ()) -> Table | Entries:
    """Table NAME: its file in the cache namespace if it checks out, else
    built with BUILD (given the names of the tables to make: a dict of name
    → entries) and written when the folder can be written, together with
    the tables named in TOGETHER (made from the same source, so that it is
    read once). Callers keep what this returns (it is mapped or built once
    per process)."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"bad table name {name!r}")
    LOADS[name] += 1
    if _folder is None:
        return build(frozenset([name]))[name]
    path = _folder / FOLDER / _file_name(name, key)
    found = _read_table(_folder, path, name, key)
    if found is not None:
        return found
    if _temp is None:
        return build(frozenset([name]))[name]
    tables = build(frozenset([name, *together]))
    result: Table | Entries = tables[name]
    for other, entries in sorted(tables.items()):
        data = encode_table(other, entries, key)
        _write_table(_folder / FOLDER / _file_name(other, key), _temp, other, data)
        if other == name:
            result = decode_table(data, name, key)
    return result


def _read_table(namespace: Path, path: Path, name: str, key: str) -> Table | None:
    """The table file at PATH, mapped, if it checks out; else None."""
    from checker.cachedir import is_marked, open_regular

    if not is_marked(namespace):
        return None
    try:
        fd = open_regular(path)
    except OSError:
        return None
    try:
        size = os.fstat(fd).st_size
        if not 0 < size <= _MAX_FILE_BYTES:
            return None
        mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    finally:
        os.close(fd)   # the map keeps its own reference to the file
    try:
        return decode_table(mapped, name, key)
    except (ValueError, RecursionError):
        return None   # the map is dropped with it (arrays may still point into it)


def _write_table(path: Path, temp: Path, name: str, data: bytes) -> None:
    """Write the table file (atomically) and remove the folder's files of the
    same table with other keys (only names this module gives); a folder that
    cannot be written only costs the next run the build again."""
    from checker.cachedir import atomic_write, unlink_quietly

    stale = re.compile(re.escape(name) + r"-[0-9a-f]{24}\.idx")
    try:
        path.parent.mkdir(exist_ok=True)
        atomic_write(path, temp, [data])
        for other in path.parent.iterdir():
            if other != path and stale.fullmatch(other.name) and other.is_file():
                unlink_quietly(other)
    except OSError:
        pass
