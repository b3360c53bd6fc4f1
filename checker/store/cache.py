"""Where analysed passages live: in memory, or in a persistent cache folder.

The cache folder is the user's cache folder (``platformdirs``: on Linux
``~/.cache/claim-checker``) unless a run names one (``--cache-dir``). It
holds one *namespace* folder per cache key (format version, package version,
a hash of the checker's stage code, byte order, and the lexicon fingerprint:
the bytes of the bundled and user lexicon files), named ``v2-KEY``:

* ``CACHEDIR.TAG``: the marker (fixed content, see ``MARKER``). The cache
  only ever uses, prunes or deletes a folder that carries it, and it writes
  nothing outside its namespace folders (no ``.gitignore`` beside them: the
  one it writes is inside, with ``*``);
* ``docs/XX/HASH.entry``: one file per document *content* (SHA-256 of its
  decoded text): one blob per block of passages, their passages and
  analyses stored compactly (``checker.store.records``: what can be derived is
  left out, the rest compressed integers, floats and strings), then a header (JSON, then as raw
  little-endian integers the blob offsets and CRC-32s and the table of the
  entities named in each paragraph, see ``EntryTables``) and a trailer
  (header length, SHA-256 of the header). A run reads only the header and
  the blocks of the passages it judges (``os.pread``);
* ``segs/NAME.seg``: the postings of some documents and a hash of each
  passage's text, read in part at query time (``checker.store.segments``);
* ``sets/SETKEY.index``: for one set of source paths (in any order, named
  from any folder: SETKEY is made of their resolved paths), the
  names of the segments its postings are in; ``sets/SETKEY.manifest``: what
  each of its source files was when last read (``checker.store.manifest``), so
  that a warm run opens none that is unchanged;
* ``tmp/``: files being written, renamed into place when complete.

Nothing read from the cache is trusted, since anyone who can write the folder
can forge a checksum. Nothing in it is code: JSON read by ``checker.store.codec``
(which builds only the declared dataclasses and checks every value's type
and length), records read by ``checker.store.records`` (which builds only
passages and their analyses from streams of numbers and strings, checking
every count), zlib data inflated up to a limit, and raw arrays of fixed
integer types read into arrays (``array``, ``np.frombuffer``). Names read from it (content
hashes, segment names) must be hexadecimal before they make a path.
Offsets, counts, spans and passage numbers are checked before use. Only
regular files are opened (a named pipe or device in place of a cache file
is a miss, not a hang). Any failure is a ``CacheMiss``: the
caller re-analyses the document and rewrites the entry. The cache never
changes results: the same passages come out of it as out of a fresh
analysis. A well-formed entry with wrong passages cannot be told from a
true one; keep ``--cache-dir`` out of folders others write.

How namespaces are marked, created, pruned and cleaned of abandoned
temporary files is ``checker.cachedir``'s part; a failed write removes its
own temporary file.

It does not analyse anything itself (``pipeline`` does, through the
``rebuild`` callback) and never prints.
"""
from __future__ import annotations

import errno
import functools
import hashlib
import os
import re
import struct
import sys
import tempfile
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from importlib import resources
from itertools import accumulate
from pathlib import Path
from typing import Protocol

import numpy as np

from checker import __version__
from checker.cachedir import (
    APP_NAME,
    FILE_MODE,
    KEEP_NAMESPACES,
    MARKER,
    MARKER_NAME,
    STALE_TEMP_SECONDS,
    Namespace,
    atomic_write,
    default_cache_dir,
    open_regular,
    temp_prefix,
    unlink_quietly,
)
from checker.errors import ConfigError
from checker.language.lexicon import Lexicon
from checker.model import Analysis, Passage
from checker.stages.index import AnalysedPassage, IndexPart
from checker.store.codec import Codec, DecodeError
from checker.store.manifest import SourceRecord, usable
from checker.store.records import BLOCK_PASSAGES, inflate, pack, unpack

FORMAT_VERSION = 2
_ENTRY_MAGIC = b"CKENTRY6"  # 6: records as integers, floats and strings, not JSON
_MAGIC_SIZE = 8
_TRAILER = struct.Struct("<Q32s")  # header length, SHA-256 of the header
_LEAD = struct.Struct("<I")  # length of the header's JSON
_SET_MAGIC = b"CKSETIX4"
_MANIFEST_MAGIC = b"CKFILES1"
_HEAD = struct.Struct("<8sQ32s")  # magic, header length, SHA-256 of the header
_OFFSET, _CRC, _WORD = np.dtype("<i8"), np.dtype("<u4"), np.dtype("<u4")
# (read as arrays of the same widths: ``array`` types "q", "I", "I")
# The modules whose code decides what an entry holds (loading, segmenting,
# analysing, indexing, storing, and what they import); judging and reporting
# read entries and may change freely. A test checks this covers their imports.
STAGE_MODULES = ("stages/analyse", "store/cache", "cachedir", "store/codec", "decoding", "errors",
                 "language/grammar", "stages/index", "language/lexicon", "io/load",
                 "store/manifest", "model", "language/normalise", "language/numerals",
                 "language/persons", "store/records", "stages/segment", "store/segments",
                 "language/sentences", "language/values", "language/vocabulary",
                 "language/dictfiles", "memo")
__all__ = ["APP_NAME", "FORMAT_VERSION", "KEEP_NAMESPACES", "KEEP_SETS", "MARKER",
           "MARKER_NAME", "STAGE_MODULES", "STALE_TEMP_SECONDS", "CacheFolder", "CacheMiss",
           "DiskStore", "DocumentEntry", "EntryHeader", "EntryWriter", "MemoryStore",
           "PassageStore", "cache_key", "content_hash", "default_cache_dir", "set_key"]
_FRAMED_LIMIT = 1 << 30  # a set index or manifest larger than this is not one of ours
SEGMENT_NAME = re.compile(r"[0-9a-f]{32}")
"""A segment's name (``checker.store.segments``): set indexes naming anything else are not used."""
# What a process keeps of the entries it reads: bounded, so that a warm run's
# memory does not grow with the archive. Claims are judged in topic order
# (``pipeline``), so those that share passages come one after another: 3,000
# passages read 5,650 where 20,000 read 5,490 (30 MB bench corpus, 1,000
# claims), 10,100 where they read 9,100 at 100 MB.
_LOADED_PASSAGES = 3000  # passages kept in memory per process (~5 KB each)
_OPEN_FILES = 128
_HEADERS = 4096  # entry headers kept per process (~4 KB each with their entity sets)
_TAIL = 4 << 10  # bytes read at an entry's end for its trailer and (mostly) header
_DECODED_BLOCKS = 256  # blocks of passages kept inflated per process (~4 KB each)
KEEP_SETS = 16
"""Source-set indexes kept per namespace (the most recently used)."""


class CacheMiss(Exception):
    """A cache entry is missing, corrupt or stale; the caller rebuilds it."""


@dataclass(frozen=True)
class DocumentEntry:
    """A document's passages and analyses: what the cache stores per document."""

    source: str
    """Display path of the document when the entry was made."""
    passages: tuple[Passage, ...]
    analyses: tuple[Analysis, ...]
    paragraph_entities: tuple[frozenset[str], ...]
    """Per passage: entities named in its paragraph."""
    document_entities: frozenset[str]
    part: IndexPart


@dataclass(frozen=True)
class EntryMeta:
    """The JSON part of an entry's header."""

    key: str
    digest: str
    source: str
    count: int
    """Passages in the entry."""
    paragraphs: int
    """Paragraphs in the entry (rows of the paragraph table)."""
    references: int
    """Entity numbers in the paragraph table, all rows together."""
    document_entities: tuple[str, ...]
    """The entities named in the document, sorted (numbered in this order)."""


@dataclass(frozen=True)
class SetMeta:
    """A source set's index: the segments (``checker.store.segments``) of its
    postings, oldest first."""

    key: str
    segments: tuple[str, ...]


@dataclass(frozen=True)
class ManifestMeta:
    """A source set's manifest (``checker.store.manifest``)."""

    key: str
    files: tuple[SourceRecord, ...]


@dataclass(frozen=True)
class _Codecs:
    entry: Codec
    set: Codec
    manifest: Codec


@functools.cache
def _codecs() -> _Codecs:
    """The codecs of everything stored, built on first use (not at import: a
    field type the codec cannot store, or a field of the analyses a record
    does not know, must cost the cache, not every run)."""
    from checker.store.records import check_fields

    check_fields()
    return _Codecs(Codec(EntryMeta), Codec(SetMeta), Codec(ManifestMeta))


class EntryHeader:
    """An entry's checked header: where each blob is, and the entities named
    in each passage's paragraph and in the document.

    After the JSON (``EntryMeta``) come raw little-endian integers: the blob
    offsets (int64, one more than the blobs), their CRC-32s (uint32), then
    uint32 words: each passage's paragraph number (``count`` of them), the
    start of each paragraph's row in the entity numbers (``paragraphs + 1``:
    row p is ``starts[p]:starts[p + 1]``) and the entity numbers of all rows
    (``references``: numbers in ``document_entities``). Arrays, not JSON: a
    header is read for nearly every document a run reads a passage of, and
    decoding hundreds of numbers from JSON was most of its cost. The sizes
    are checked when it is read; a number is checked when it is used (most
    are never used: a run reads a passage or two of most documents)."""

    __slots__ = (
        "_paragraph_sets",
        "_rows",
        "crcs",
        "document_entities",
        "entities",
        "identity",
        "meta",
        "offsets",
        "words",
    )

    def __init__(self, meta: EntryMeta, offsets: array, crcs: array,
                 identity: tuple[int, int, int], words: array) -> None:
        self.meta = meta
        self.offsets = offsets
        """Start of blob i (passages, then the postings) after the magic; one more at the end."""
        self.crcs = crcs
        """CRC-32 of blob i."""
        self.identity = identity
        """(inode, size, mtime) of the file it was read from."""
        # The same ids recur in every document: one object each.
        self.entities = tuple(map(sys.intern, meta.document_entities))
        """``meta.document_entities``, interned: what the entity numbers number."""
        self.document_entities = frozenset(self.entities)
        self.words = words
        """The uint32 words of the paragraph table (see above)."""
        self._rows = meta.count + meta.paragraphs + 1   # where the entity numbers start
        self._paragraph_sets: dict[int, frozenset[str]] = {}

    @property
    def blocks(self) -> int:
        return len(self.crcs)

    def blob_span(self, number: int) -> tuple[int, int]:
        """Where blob NUMBER starts and ends (after the magic); raises CacheMiss."""
        start, end = self.offsets[number], self.offsets[number + 1]
        if not 0 <= start <= end:
            raise CacheMiss("bad offsets")
        return start, end

    def paragraph_entities(self, local: int) -> frozenset[str]:
        """The entities named in the paragraph of passage LOCAL; raises CacheMiss."""
        words, count = self.words, self.meta.count
        paragraph = words[local]
        found = self._paragraph_sets.get(paragraph)
        if found is not None:
            return found
        if paragraph >= self.meta.paragraphs:
            raise CacheMiss("bad paragraph number")
        start, end = words[count + paragraph], words[count + paragraph + 1]
        if not start <= end <= self.meta.references:
            raise CacheMiss("bad paragraph table")
        numbers = words[self._rows + start:self._rows + end]
        names = self.entities
        if numbers and max(numbers) >= len(names):
            raise CacheMiss("bad entity number")
        found = self._paragraph_sets[paragraph] = _shared(frozenset([names[i] for i in numbers]))
        return found


_SETS: dict[frozenset[str], frozenset[str]] = {}
_SHARED_SETS = 2048
"""Distinct paragraph entity sets shared at most: small sets ({'zhipu'})
recur in many documents, most others in one (a larger bound kept 9 MB of
sets no passage held any more on a 100 MB archive)."""


def _shared(entities: frozenset[str]) -> frozenset[str]:
    """One object per distinct entity set in this process (bounded)."""
    if len(_SETS) >= _SHARED_SETS:
        _SETS.clear()
    return _SETS.setdefault(entities, entities)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def cache_key(lexicon: Lexicon, lexicon_paths: Sequence[str | Path] = ()) -> str:
    """What every entry depends on besides its document: the format, the
    package version, the code of the stages (any edit to them invalidates the
    cache, even without a version bump), the machine's byte order (entries
    hold native integer arrays), the bundled and user lexicon files' bytes,
    and the content of the lexicon object itself."""
    digest = hashlib.sha256(
        f"format {FORMAT_VERSION}\nversion {__version__}\n{sys.byteorder}\n".encode())
    digest.update(lexicon_fingerprint(lexicon).encode())
    package = resources.files("checker")
    for name in STAGE_MODULES:
        digest.update(name.encode() + b"\0" + package.joinpath(*f"{name}.py".split("/")).read_bytes())
    data = package.joinpath("data")
    for name in sorted(p.name for p in data.iterdir() if p.name.endswith(".yaml")):
        digest.update(name.encode() + b"\0" + data.joinpath(name).read_bytes())
    language = data.joinpath("language")
    for name in sorted(p.name for p in language.iterdir() if p.name.endswith(".yaml")):
        digest.update(b"language/" + name.encode() + b"\0" + language.joinpath(name).read_bytes())
    for path in lexicon_paths:
        digest.update(b"user\0" + Path(path).read_bytes())
    return digest.hexdigest()[:24]


def lexicon_fingerprint(lexicon: Lexicon) -> str:
    """A hash of what the lexicon holds (its public fields, sets sorted)."""
    digest = hashlib.sha256()
    for f in fields(lexicon):
        if f.name.startswith("_"):
            continue
        value = getattr(lexicon, f.name)
        if isinstance(value, (set, frozenset)):
            value = sorted(value)
        digest.update(f"{f.name}={value!r}\n".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def set_key(source_paths: Sequence[str | Path]) -> str:
    """A name for a set of source paths, whatever their order and repeats and
    whichever folder they are named from: resolved paths, so that ``verify``
    run from another folder than ``checker index`` (or through a link) finds
    the set's index and manifest. Nothing stored under it depends on the
    current folder: display paths are worked out in each run, and the
    manifest is keyed by absolute path (``checker.store.manifest``)."""
    paths = sorted({os.path.realpath(p) for p in source_paths})
    text = "\0".join(paths)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


# --- files ------------------------------------------------------------------------

def _open(path: str | Path) -> int:
    """A descriptor of the regular file PATH; raises CacheMiss."""
    try:
        return open_regular(path)
    except OSError as error:
        raise CacheMiss(error.strerror or str(error)) from None


def _pread(fd: int, length: int, at: int) -> bytes:
    try:
        data = os.pread(fd, length, at)
    except OSError as error:
        raise CacheMiss(error.strerror or str(error)) from None
    if len(data) != length:
        raise CacheMiss("short read")
    return data


class CacheFolder(Namespace):
    """The namespace of one cache key in a cache root: its entries and
    source-set indexes."""

    def __init__(self, root: str | Path, key: str) -> None:
        super().__init__(root, f"v{FORMAT_VERSION}-{key}")
        self.key = key

    def prepare(self) -> None:
        """See ``Namespace.prepare``; also raises OSError when the analyses
        have a field type the codec cannot store (a test catches that first)."""
        try:
            _codecs()
        except (TypeError, NameError) as error:   # NameError: an annotation that does not resolve
            raise OSError(errno.ENOTSUP, f"cannot store analyses: {error}") from None
        super().prepare()

    def prune(self) -> None:
        """Old namespaces (see ``Namespace.prune``), and source-set indexes
        beyond the ``KEEP_SETS`` most recently used."""
        super().prune()
        self._prune_sets()

    def _prune_sets(self) -> None:
        sets = []
        try:
            for entry in os.scandir(self.folder / "sets"):
                if entry.name.endswith(".index") and entry.is_file(follow_symlinks=False):
                    sets.append((entry.stat(follow_symlinks=False).st_mtime, entry.name))
        except OSError:
            return
        sets.sort(reverse=True)
        for _, name in sets[KEEP_SETS:]:
            unlink_quietly(self.folder / "sets" / name)
            unlink_quietly(self.manifest_path(name[:-len(".index")]))

    # --- document entries --------------------------------------------------
    def entry_path(self, digest: str) -> str:
        return os.path.join(self.folder, "docs", digest[:2], f"{digest}.entry")

    def entry_writer(self, digest: str) -> EntryWriter:
        return EntryWriter(self, digest)

    def open_entry(self, digest: str) -> int:
        """A descriptor of the entry file (a regular file); raises CacheMiss."""
        return _open(self.entry_path(digest))

    def read_analyses(self, digest: str) -> list[Analysis]:
        """The analyses of an entry's passages, in order, for indexing them
        again (an entry does not store postings: segments do); raises CacheMiss."""
        fd = self.open_entry(digest)
        analyses = []
        try:
            header = self.read_header(digest, fd)
            for block in range(header.blocks):
                records = read_block(self.read_blob(header, block, fd), block, header.meta.count)
                analyses.extend(read_record(record, "", at)[1]
                                for at, record in enumerate(records, block * BLOCK_PASSAGES))
        finally:
            os.close(fd)
        return analyses

    def read_blob(self, header: EntryHeader, number: int, fd: int) -> bytes:
        """Blob NUMBER of an entry (a block of passages), checked against its CRC-32."""
        start, end = header.blob_span(number)
        blob = _pread(fd, end - start, _MAGIC_SIZE + start)
        if zlib.crc32(blob) != header.crcs[number]:
            raise CacheMiss("blob checksum")
        return blob

    def read_header(self, digest: str, fd: int) -> EntryHeader:
        """The checked header of the entry open as FD; raises CacheMiss."""
        try:
            info = os.fstat(fd)
        except OSError as error:
            raise CacheMiss(str(error)) from None
        size = info.st_size
        if size < _MAGIC_SIZE + _TRAILER.size or _pread(fd, _MAGIC_SIZE, 0) != _ENTRY_MAGIC:
            raise CacheMiss("not an entry")
        # The trailer and, mostly, the header before it in one read.
        tail = _pread(fd, min(size - _MAGIC_SIZE, _TAIL), size - min(size - _MAGIC_SIZE, _TAIL))
        length, checksum = _TRAILER.unpack(tail[-_TRAILER.size:])
        at = size - _TRAILER.size - length
        if length < _LEAD.size or at < _MAGIC_SIZE:
            raise CacheMiss("bad trailer")
        header = tail[-_TRAILER.size - length:-_TRAILER.size] \
            if length + _TRAILER.size <= len(tail) else _pread(fd, length, at)
        if hashlib.sha256(header).digest() != checksum:
            raise CacheMiss("header checksum")
        (text_length,) = _LEAD.unpack_from(header)
        meta = decode_checked(_codecs().entry, header[_LEAD.size:_LEAD.size + text_length])
        if meta.key != self.key or meta.digest != digest:
            raise CacheMiss("stale entry")
        return _checked_header(meta, header[_LEAD.size + text_length:], at,
                               (info.st_ino, size, info.st_mtime_ns))

    def remove_entry(self, digest: str) -> None:
        unlink_quietly(self.entry_path(digest))

    # --- source-set indexes ------------------------------------------------
    def index_path(self, set_key: str) -> Path:
        return self.folder / "sets" / f"{set_key}.index"

    def write_index(self, set_key: str, segments: Sequence[str]) -> None:
        """Save the names of a source set's segments, oldest first."""
        data = _codecs().set.dumps(SetMeta(self.key, tuple(segments)))
        self.index_path(set_key).parent.mkdir(exist_ok=True)
        _write_framed(self.index_path(set_key), self.temp, _SET_MAGIC, data)

    def read_index(self, set_key: str) -> tuple[str, ...] | None:
        """The segment names of a source set, or None when missing, corrupt
        or stale."""
        path = self.index_path(set_key)
        meta = _read_framed(path, _SET_MAGIC, _codecs().set)
        if meta is None or meta.key != self.key \
                or not all(SEGMENT_NAME.fullmatch(n) for n in meta.segments):
            return None
        try:
            os.utime(path)   # marks it as in use, for pruning
        except OSError:
            pass
        return meta.segments

    def indexed_segments(self) -> set[str]:
        """The segments any source set's index names."""
        names: set[str] = set()
        try:
            found = [e.path for e in os.scandir(self.folder / "sets")
                     if e.name.endswith(".index")]
        except OSError:
            return names
        for path in found:
            meta = _read_framed(Path(path), _SET_MAGIC, _codecs().set)
            if meta is not None:
                names.update(meta.segments)
        return names

    # --- source manifests --------------------------------------------------
    def manifest_path(self, set_key: str) -> Path:
        return self.folder / "sets" / f"{set_key}.manifest"

    def write_manifest(self, set_key: str, records: Sequence[SourceRecord]) -> None:
        """Save what the source files of a set were when read (``checker.store.manifest``)."""
        data = _codecs().manifest.dumps(ManifestMeta(self.key, tuple(records)))
        self.manifest_path(set_key).parent.mkdir(exist_ok=True)
        _write_framed(self.manifest_path(set_key), self.temp, _MANIFEST_MAGIC, data)

    def read_manifest(self, set_key: str) -> dict[str, SourceRecord]:
        """The usable records of a set's manifest by absolute path; none
        when it is missing, corrupt or stale."""
        meta = _read_framed(self.manifest_path(set_key), _MANIFEST_MAGIC, _codecs().manifest)
        if meta is None or meta.key != self.key:
            return {}
        return {r.path: r for r in meta.files if usable(r)}


def _write_framed(path: Path, temp: Path, magic: bytes, data: bytes) -> None:
    """Write DATA with a lead: MAGIC, its length and its SHA-256."""
    head = _HEAD.pack(magic, len(data), hashlib.sha256(data).digest())
    atomic_write(path, temp, [head, data])


def _read_framed(path: Path, magic: bytes, codec: Codec):
    """What ``_write_framed`` wrote at PATH, decoded; None on any failure."""
    try:
        fd = open_regular(path)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as f:
            # Read what the file holds (f.read(limit) would reserve the
            # whole limit, a gigabyte, up front), never more than the limit.
            size = os.fstat(f.fileno()).st_size
            data = f.read(min(size, _FRAMED_LIMIT) + 1)
    except OSError:
        return None
    if len(data) < _HEAD.size or len(data) > _FRAMED_LIMIT:
        return None
    found, length, checksum = _HEAD.unpack_from(data)
    body = data[_HEAD.size:]
    if found != magic or length != len(body) or hashlib.sha256(body).digest() != checksum:
        return None
    try:
        return decode_checked(codec, body)
    except CacheMiss:
        return None


def _checked_header(meta: EntryMeta, tables: bytes, at: int,
                    identity: tuple[int, int, int]) -> EntryHeader:
    """The header of META and its raw TABLES (see ``EntryHeader``), the blobs
    ending at AT; raises CacheMiss unless the tables have the sizes META says."""
    count, paragraphs, references = meta.count, meta.paragraphs, meta.references
    if min(count, paragraphs, references) < 0 or (count and not paragraphs):
        raise CacheMiss("bad header counts")
    blocks = -(-count // BLOCK_PASSAGES)
    crcs_at = (blocks + 1) * _OFFSET.itemsize
    words_at = crcs_at + blocks * _CRC.itemsize
    if len(tables) != words_at + (count + paragraphs + 1 + references) * _WORD.itemsize:
        raise CacheMiss("bad header size")
    offsets, crcs, words = array(_OFFSET.char), array(_CRC.char), array(_WORD.char)
    offsets.frombytes(tables[:crcs_at])
    crcs.frombytes(tables[crcs_at:words_at])
    words.frombytes(tables[words_at:])
    if sys.byteorder != "little":
        for table in (offsets, crcs, words):
            table.byteswap()
    if offsets[0] != 0 or _MAGIC_SIZE + offsets[-1] != at:
        raise CacheMiss("bad offsets")
    return EntryHeader(meta, offsets, crcs, identity, words)


def decode_checked(codec: Codec, data: bytes):
    """DATA decoded by CODEC; data that does not decode is a cache miss."""
    try:
        return codec.loads(data)
    except DecodeError as error:
        raise CacheMiss(f"bad data: {error}") from None


class EntryWriter:
    """Writes one document's entry as its passages are analysed, so a huge
    document never has to be held whole: passages, then the postings, then
    the header, then a trailer (header length and checksum). The file
    appears under its name only when finished; ``abandon`` removes it after
    a failure (a full disk included) and never raises."""

    def __init__(self, folder: CacheFolder, digest: str) -> None:
        self.folder = folder
        self.digest = digest
        self.path = Path(folder.entry_path(digest))
        self.path.parent.mkdir(exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=temp_prefix(), dir=folder.temp)
        try:
            self._out = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            unlink_quietly(self._tmp)
            raise
        self._offsets = array("q", [0])
        self._crcs = array("I")
        self._sets: dict[int, int] = {}   # paragraph → its number in paragraph sets
        self._passage_sets = array("i")
        self._pending: list[tuple[Passage, Analysis]] = []
        self._entities: list[set[str]] = []
        self._out.write(_ENTRY_MAGIC)

    def _blob(self, blob: bytes) -> None:
        self._out.write(blob)
        self._offsets.append(self._offsets[-1] + len(blob))
        self._crcs.append(zlib.crc32(blob))

    def add(self, passage: Passage, analysis: Analysis) -> None:
        self._pending.append((passage, analysis))
        if len(self._pending) == BLOCK_PASSAGES:
            self._blob(pack(self._pending))
            self._pending.clear()
        number = self._sets.setdefault(passage.paragraph, len(self._sets))
        if number == len(self._entities):
            self._entities.append(set())
        self._passage_sets.append(number)
        self._entities[number].update(m.id for m in analysis.mentions if m.kind == "entity")

    def finish(self, source: str) -> None:
        if self._pending:
            self._blob(pack(self._pending))
            self._pending.clear()
        named = sorted(frozenset().union(*self._entities))
        number = {e: i for i, e in enumerate(named)}
        rows = [sorted(number[e] for e in entities) for entities in self._entities]
        starts = [0, *accumulate(map(len, rows))]
        meta = EntryMeta(key=self.folder.key, digest=self.digest, source=source,
                         count=len(self._passage_sets), paragraphs=len(rows),
                         references=starts[-1], document_entities=tuple(named))
        text = _codecs().entry.dumps(meta)
        words = [*self._passage_sets, *starts, *(n for row in rows for n in row)]
        header = b"".join((_LEAD.pack(len(text)), text,
                           np.asarray(self._offsets, dtype=_OFFSET).tobytes(),
                           np.asarray(self._crcs, dtype=_CRC).tobytes(),
                           np.asarray(words, dtype=_WORD).tobytes()))
        self._out.write(header)
        self._out.write(_TRAILER.pack(len(header), hashlib.sha256(header).digest()))
        self._out.close()
        os.chmod(self._tmp, FILE_MODE)
        os.replace(self._tmp, self.path)
        self._tmp = ""

    def abandon(self) -> None:
        """Remove the unfinished file (after an error); harmless once finished.
        Closing may fail too (flushing onto a full disk): the file goes anyway."""
        if self._tmp:
            try:
                self._out.close()
            except OSError:
                pass
            unlink_quietly(self._tmp)
            self._tmp = ""


# --- stores: passages by global number ------------------------------------------


class PassageStore:
    """Passages of a corpus by global number (documents in load order)."""

    def __init__(self, sources: Sequence[str], sizes: Sequence[int]) -> None:
        self.sources = tuple(sources)
        self.offsets = [0]
        for size in sizes:
            self.offsets.append(self.offsets[-1] + size)
        self._by_source = {s: i for i, s in reversed(list(enumerate(self.sources)))}

    def __len__(self) -> int:
        return self.offsets[-1]

    def locate(self, number: int) -> tuple[int, int]:
        """(document number, passage number in the document)."""
        from bisect import bisect_right

        doc = bisect_right(self.offsets, number) - 1
        return doc, number - self.offsets[doc]

    def number_of(self, source: str, local: int) -> int:
        """The global number of passage LOCAL of document SOURCE."""
        return self.offsets[self._by_source[source]] + local

    def document_span(self, number: int) -> tuple[int, int]:
        """The numbers of the first passage of passage NUMBER's document and
        of the first after it."""
        doc, _ = self.locate(number)
        return self.offsets[doc], self.offsets[doc + 1]

    def item(self, number: int) -> AnalysedPassage:
        raise NotImplementedError

    def document_items(self, source: str) -> list[AnalysedPassage]:
        doc = self._by_source[source]
        return [self.item(i) for i in range(self.offsets[doc], self.offsets[doc + 1])]


def _entry_item(entry: DocumentEntry, source: str, local: int) -> AnalysedPassage:
    return AnalysedPassage(_with_source(entry.passages[local], source), entry.analyses[local],
                           entry.document_entities, entry.paragraph_entities[local])


class MemoryStore(PassageStore):
    """Every document's entry in memory (no cache folder)."""

    def __init__(self, sources: Sequence[str], entries: Sequence[DocumentEntry]) -> None:
        super().__init__(sources, [len(e.passages) for e in entries])
        self._items = [_entry_item(entry, source, local)
                       for source, entry in zip(sources, entries)
                       for local in range(len(entry.passages))]

    def item(self, number: int) -> AnalysedPassage:
        return self._items[number]


class Rebuild(Protocol):
    """How a ``DiskStore`` gets a document again when its entry is bad."""

    def write(self, doc: int) -> bool:
        """Re-analyse document DOC into its entry; False when it cannot be written."""

    def in_memory(self, doc: int) -> DocumentEntry:
        """Re-analyse document DOC and return its entry."""


class DiskStore(PassageStore):
    """Passages read from cache entries on demand, with a bounded memory.

    A missing or corrupt entry found while reading is rebuilt through
    REBUILD, which re-analyses the document and rewrites its entry, or, when
    that cannot be written or read back (a full disk), keeps the document's
    entry in memory; results are the same either way.
    """

    def __init__(self, folder: CacheFolder, sources: Sequence[str], digests: Sequence[str],
                 sizes: Sequence[int], rebuild: Rebuild, index_key: str = "") -> None:
        super().__init__(sources, sizes)
        self.folder = folder
        self.digests = tuple(digests)
        self.index_key = index_key
        """The source-set index SIZES came from ('' when merged in this run)."""
        self._rebuild = rebuild
        self._headers: OrderedDict[int, EntryHeader] = OrderedDict()
        self._files: OrderedDict[int, int] = OrderedDict()
        self._loaded: OrderedDict[int, AnalysedPassage] = OrderedDict()
        self._blocks: OrderedDict[tuple[int, int], list[bytes]] = OrderedDict()
        self._memory: dict[int, DocumentEntry] = {}

    def __getstate__(self) -> dict:
        # Worker processes open their own files.
        state = dict(self.__dict__)
        state["_files"] = OrderedDict()
        state["_loaded"] = OrderedDict()
        state["_blocks"] = OrderedDict()
        return state

    def item(self, number: int) -> AnalysedPassage:
        found = self._loaded.get(number)
        if found is not None:
            self._loaded.move_to_end(number)
            return found
        doc, local = self.locate(number)
        try:
            found = self._read(doc, local)
        except CacheMiss:
            self._forget(doc)
            found = self._recover(doc, local)
        self._loaded[number] = found
        if len(self._loaded) > _LOADED_PASSAGES:
            self._loaded.popitem(last=False)
        return found

    def _recover(self, doc: int, local: int) -> AnalysedPassage:
        if self._rebuild.write(doc):
            try:
                return self._read(doc, local)
            except CacheMiss:
                self._forget(doc)   # replaced again meanwhile, or unreadable
        entry = self._rebuild.in_memory(doc)
        if len(entry.passages) != self.offsets[doc + 1] - self.offsets[doc]:
            # The saved index numbered the passages by counts its entries do
            # not have (forged, or damaged past its checksums): this run's
            # numbering cannot be mended, the next run's can.
            if self.index_key:
                unlink_quietly(self.folder.index_path(self.index_key))
            raise ConfigError("the cache's index of these sources does not match the "
                              "documents (damaged or forged); it has been removed",
                              file=str(self.folder.folder), hint="run again, or use --no-cache")
        self._memory[doc] = entry
        return _entry_item(entry, self.sources[doc], local)

    def _read(self, doc: int, local: int) -> AnalysedPassage:
        entry = self._memory.get(doc)
        if entry is not None:
            return _entry_item(entry, self.sources[doc], local)
        fd, header = self._fd(doc)
        block = local // BLOCK_PASSAGES
        # A passage's neighbours are often read next (copies, context): the
        # last blocks read are kept inflated (each passage decoded when read).
        found = self._blocks.get((doc, block))
        if found is None:
            found = read_block(self.folder.read_blob(header, block, fd), block,
                               header.meta.count)
            self._blocks[(doc, block)] = found
            if len(self._blocks) > _DECODED_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end((doc, block))
        passage, analysis = read_record(found[local - block * BLOCK_PASSAGES], self.sources[doc],
                                        local)
        return AnalysedPassage(passage, analysis, header.document_entities,
                               header.paragraph_entities(local))

    def _fd(self, doc: int) -> tuple[int, EntryHeader]:
        """The open entry of DOC and its header, read (again if the file
        was replaced since, or the header was let go)."""
        fd, header = self._files.get(doc), self._headers.get(doc)
        if fd is not None and header is not None:
            self._files.move_to_end(doc)
            self._headers.move_to_end(doc)
            return fd, header
        opened = fd is None
        if opened:
            fd = self.folder.open_entry(self.digests[doc])
        try:
            info = os.fstat(fd)
            if header is None or header.identity != (info.st_ino, info.st_size,
                                                      info.st_mtime_ns):
                header = self.folder.read_header(self.digests[doc], fd)
                if header.meta.count != self.offsets[doc + 1] - self.offsets[doc]:
                    raise CacheMiss("passage count")
        except BaseException:
            if opened:
                os.close(fd)
            raise
        self._headers[doc] = header
        if len(self._headers) > _HEADERS:
            self._headers.popitem(last=False)
        if opened:
            self._files[doc] = fd
            if len(self._files) > _OPEN_FILES:
                _, old = self._files.popitem(last=False)
                os.close(old)
        return fd, header

    def _forget(self, doc: int) -> None:
        self._headers.pop(doc, None)
        fd = self._files.pop(doc, None)
        if fd is not None:
            os.close(fd)
        start, end = self.offsets[doc], self.offsets[doc + 1]
        for number in [n for n in self._loaded if start <= n < end]:
            del self._loaded[number]
        for block in [b for b in self._blocks if b[0] == doc]:
            del self._blocks[block]

    def close(self) -> None:
        for fd in self._files.values():
            os.close(fd)
        self._files.clear()


def read_block(blob: bytes, block: int, count: int) -> list[bytes]:
    """The records of block BLOCK of an entry of COUNT passages (still to
    decode, ``read_record``); raises CacheMiss."""
    try:
        found = inflate(blob)
    except DecodeError as error:
        raise CacheMiss(f"bad data: {error}") from None
    if len(found) != min(BLOCK_PASSAGES, count - block * BLOCK_PASSAGES):
        raise CacheMiss("block size")
    return found


def read_record(record: bytes, source: str, local: int) -> tuple[Passage, Analysis]:
    """Passage LOCAL of an entry, from SOURCE, and its analysis, checked;
    raises CacheMiss."""
    try:
        passage, analysis = unpack(record, source)
    except DecodeError as error:
        raise CacheMiss(f"bad data: {error}") from None
    _check_passage(passage, analysis, local)
    return passage, analysis


def _check_passage(passage: Passage, analysis: Analysis, local: int) -> None:
    """What later stages index by must be in range: a forged entry may not
    crash the judge. (``unpack`` checked the origin map.)"""
    length = len(passage.text)
    if passage.index != local or analysis.text != passage.text \
            or not 0 <= passage.start <= passage.end or passage.line < 1:
        raise CacheMiss("inconsistent passage")
    for start, end in (*passage.clauses, *analysis.clauses,
                       *((s.start, s.end) for s in (*analysis.mentions, *analysis.values))):
        if not 0 <= start <= end <= length:
            raise CacheMiss("span out of range")


def _with_source(passage: Passage, source: str) -> Passage:
    # Entries are keyed by content; the same text under another path (or seen
    # from another folder) gets its display path here.
    if passage.source == source:
        return passage
    return replace(passage, source=source)
