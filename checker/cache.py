"""Where analysed passages live: in memory, or in a persistent cache folder.

The cache folder (``.checker-cache/`` beside the sources by default) holds,
under a namespace per cache key (format version, package version, a hash of
the checker's stage code, and the lexicon fingerprint: the bytes of the
bundled and user lexicon files):

* ``docs/XX/HASH.entry``: one file per document *content* (SHA-256 of its
  decoded text), with the passages, analyses and postings of that document.
  A header (checksummed pickle) holds the document-level data and an offset
  and CRC-32 per passage; passages are separate pickles read on demand with
  ``os.pread``, so a run loads only the passages it judges; the document's
  postings come last, read only when a source set's index is merged;
* ``sets/SETKEY.index``: for one list of source paths, the documents it had
  (display path, content hash) and the merged postings
  (``checker.index.PostingIndex``), checksummed.

Every file is written to a temporary name and renamed, so a reader never sees
half a file. Nothing read from the cache is trusted: a bad magic number,
checksum, pickle or key makes the entry stale, and the caller re-analyses the
document and rewrites it (``CacheMiss``). The cache never changes results:
the same passages come out of it as out of a fresh analysis.

It does not analyse anything itself (``pipeline`` does, through the
``rebuild`` callback) and never prints.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import struct
import tempfile
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path

import numpy as np

from checker import __version__
from checker.index import AnalysedPassage, IndexPart, PartBuilder, PostingIndex
from checker.lexicon import Lexicon
from checker.model import Analysis, Passage

FORMAT_VERSION = 1
DEFAULT_FOLDER = ".checker-cache"
_ENTRY_MAGIC = b"CKENTRY2"
_MAGIC_SIZE = 8
_TRAILER = struct.Struct("<Q32s")  # header length, SHA-256 of the header
_INDEX_MAGIC = b"CKINDEX2"
_HEAD = struct.Struct("<8sQ32s")  # magic, header length, SHA-256 of the header
# The modules whose code decides what an entry holds (loading, segmenting,
# analysing, indexing, storing, and what they import); judging and reporting
# read entries and may change freely. A test checks this covers their imports.
STAGE_MODULES = ("analyse", "cache", "errors", "grammar", "index", "lexicon", "load", "model",
                 "normalise", "numerals", "persons", "segment", "values", "vocabulary")
_LOADED_PASSAGES = 20_000  # passages kept in memory per process (~5 KB each)
_OPEN_FILES = 64


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


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def cache_key(lexicon: Lexicon, lexicon_paths: Sequence[str | Path] = ()) -> str:
    """What every entry depends on besides its document: the format, the
    package version, the code of the stages (any edit to them invalidates the
    cache, even without a version bump), the bundled and user lexicon files'
    bytes, and the content of the lexicon object itself."""
    digest = hashlib.sha256(f"format {FORMAT_VERSION}\nversion {__version__}\n".encode())
    digest.update(lexicon_fingerprint(lexicon).encode())
    package = resources.files("checker")
    for name in STAGE_MODULES:
        digest.update(name.encode() + b"\0" + package.joinpath(f"{name}.py").read_bytes())
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


def default_cache_dir(source_paths: Sequence[str | Path]) -> Path:
    """``.checker-cache/`` in the folder that holds the first source."""
    first = Path(os.path.abspath(source_paths[0])) if source_paths else Path.cwd()
    return first.parent / DEFAULT_FOLDER


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()  # what open() would give; mkstemp gives 0600


def _atomic_write(path: Path, chunks: Sequence[bytes]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
        os.chmod(tmp, _FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _pickle(obj: object) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


KEEP_NAMESPACES = 3
"""Namespaces (cache keys) kept in one cache folder, the current one included."""


class CacheFolder:
    """One namespace (cache key) of a cache folder."""

    def __init__(self, root: str | Path, key: str) -> None:
        self.root = Path(root)
        self.key = key
        self.folder = self.root / f"v{FORMAT_VERSION}-{key}"

    def prepare(self) -> None:
        """Create the folder; raises OSError when it cannot be written."""
        self.folder.mkdir(parents=True, exist_ok=True)
        os.utime(self.folder)  # marks it as in use, for pruning
        ignore = self.root / ".gitignore"
        if not ignore.exists():
            _atomic_write(ignore, [b"# created by the claim checker\n*\n"])
        self.prune()

    def prune(self) -> None:
        """Remove the least recently used other namespaces beyond ``KEEP_NAMESPACES``.

        Every code or lexicon change starts a new namespace; without pruning a
        cache of a 200 MB archive grew by 2.6 GB per change. A removed entry
        is only ever a cache miss: it is rebuilt when needed.
        """
        others = []
        for path in self.root.glob("v*-*"):
            if path.is_dir() and path != self.folder:
                try:
                    others.append((path.stat().st_mtime, path.name, path))
                except OSError:
                    continue
        others.sort(reverse=True)
        for _, _, path in others[KEEP_NAMESPACES - 1:]:
            shutil.rmtree(path, ignore_errors=True)

    # --- document entries --------------------------------------------------
    def entry_path(self, digest: str) -> str:
        return os.path.join(self.folder, "docs", digest[:2], f"{digest}.entry")

    def entry_writer(self, digest: str) -> EntryWriter:
        return EntryWriter(self, digest)

    def read_part(self, digest: str) -> IndexPart:
        """The postings of an entry; raises CacheMiss."""
        header = self.read_header(digest)
        last = len(header["crcs"]) - 1
        part = _safe_loads(self.read_blob(digest, header, last))
        if not isinstance(part, IndexPart) or part.size != last \
                or len(header["paragraph_entities"]) != last:
            raise CacheMiss("bad postings")
        return part

    def read_blob(self, digest: str, header: dict, number: int, fd: int | None = None) -> bytes:
        """Blob NUMBER of an entry (a passage, or the postings last), checked."""
        offsets = header["offsets"]
        start, end = offsets[number], offsets[number + 1]
        try:
            if fd is None:
                with open(self.entry_path(digest), "rb") as f:
                    blob = os.pread(f.fileno(), end - start, _MAGIC_SIZE + start)
            else:
                blob = os.pread(fd, end - start, _MAGIC_SIZE + start)
        except OSError as error:
            raise CacheMiss(str(error)) from None
        if len(blob) != end - start or zlib.crc32(blob) != header["crcs"][number]:
            raise CacheMiss("blob checksum")
        return blob

    def read_header(self, digest: str) -> dict:
        """The checked header (at the end of the entry); raises CacheMiss."""
        try:
            with open(self.entry_path(digest), "rb") as f:
                size = os.fstat(f.fileno()).st_size
                if size < _MAGIC_SIZE + _TRAILER.size or f.read(_MAGIC_SIZE) != _ENTRY_MAGIC:
                    raise CacheMiss("not an entry")
                length, checksum = _TRAILER.unpack(
                    os.pread(f.fileno(), _TRAILER.size, size - _TRAILER.size))
                at = size - _TRAILER.size - length
                if length <= 0 or at < _MAGIC_SIZE:
                    raise CacheMiss("bad trailer")
                header = os.pread(f.fileno(), length, at)
        except OSError as error:
            raise CacheMiss(str(error)) from None
        if hashlib.sha256(header).digest() != checksum:
            raise CacheMiss("header checksum")
        meta = _safe_loads(header)
        if not isinstance(meta, dict) or meta.get("key") != self.key \
                or meta.get("digest") != digest:
            raise CacheMiss("stale entry")
        offsets = array("q")
        offsets.frombytes(meta["offsets"])
        crcs = array("I")
        crcs.frombytes(meta["crcs"])
        if _MAGIC_SIZE + offsets[-1] != at or len(offsets) != len(crcs) + 1:
            raise CacheMiss("truncated entry")
        meta["offsets"], meta["crcs"] = offsets, crcs
        return meta

    def remove_entry(self, digest: str) -> None:
        try:
            os.unlink(self.entry_path(digest))
        except OSError:
            pass

    # --- source-set indexes ------------------------------------------------
    def index_path(self, set_key: str) -> Path:
        return self.folder / "sets" / f"{set_key}.index"

    def write_index(self, set_key: str, documents: list, postings: PostingIndex) -> None:
        """Save the merged postings of a source set: a checksummed header,
        then the arrays as raw bytes (loaded back without unpickling)."""
        arrays = [(name, np.ascontiguousarray(getattr(postings, name)))
                  for name in PostingIndex.ARRAYS]
        layout, at = [], 0
        for name, data in arrays:
            layout.append((name, data.dtype.str, len(data), at, zlib.crc32(data)))
            at += data.nbytes
        header = _pickle({"key": self.key, "documents": documents, "size": postings.size,
                          "feature_names": postings.feature_names, "arrays": layout})
        head = _HEAD.pack(_INDEX_MAGIC, len(header), hashlib.sha256(header).digest())
        _atomic_write(self.index_path(set_key),
                      [head, header, *(memoryview(data).cast("B") for _, data in arrays)])

    def read_index(self, set_key: str) -> tuple[list, PostingIndex] | None:
        """The documents and postings of a source set, or None when missing,
        corrupt or stale."""
        path = self.index_path(set_key)
        try:
            with open(path, "rb") as f:
                magic, length, checksum = _HEAD.unpack(f.read(_HEAD.size))
                if magic != _INDEX_MAGIC or length > 1 << 32:
                    return None
                header = f.read(length)
                if hashlib.sha256(header).digest() != checksum:
                    return None
                meta = _safe_loads(header)
                if not isinstance(meta, dict) or meta.get("key") != self.key:
                    return None
                arrays = {}
                for name, dtype, count, _, crc in meta["arrays"]:
                    data = np.fromfile(f, dtype=np.dtype(dtype), count=count)
                    if len(data) != count or zlib.crc32(data) != crc:
                        return None
                    arrays[name] = data
                if f.read(1):
                    return None
        except (OSError, struct.error, CacheMiss, KeyError, TypeError, ValueError):
            return None
        return meta["documents"], PostingIndex(meta["size"], meta["feature_names"], arrays)


class EntryWriter:
    """Writes one document's entry as its passages are analysed, so a huge
    document never has to be held whole: passages, then the postings, then
    the header, then a trailer (header length and checksum). The file
    appears under its name only when finished."""

    def __init__(self, folder: CacheFolder, digest: str) -> None:
        self.folder = folder
        self.digest = digest
        self.path = Path(folder.entry_path(digest))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.path.parent)
        self._out = os.fdopen(fd, "wb")
        self._out.write(_ENTRY_MAGIC)
        self._offsets = array("q", [0])
        self._crcs = array("I")
        self._part = PartBuilder()
        self._paragraphs: list[int] = []
        self._entities: dict[int, set[str]] = {}

    def _blob(self, blob: bytes) -> None:
        self._out.write(blob)
        self._offsets.append(self._offsets[-1] + len(blob))
        self._crcs.append(zlib.crc32(blob))

    def add(self, passage: Passage, analysis: Analysis) -> None:
        self._blob(_pickle((passage, analysis)))
        self._part.add(analysis)
        self._paragraphs.append(passage.paragraph)
        self._entities.setdefault(passage.paragraph, set()).update(
            m.id for m in analysis.mentions if m.kind == "entity")

    def finish(self, source: str) -> IndexPart:
        part = self._part.build()
        self._blob(_pickle(part))  # the postings, read only when a source set is merged
        header = _pickle({
            "key": self.folder.key, "digest": self.digest, "source": source,
            "offsets": self._offsets.tobytes(), "crcs": self._crcs.tobytes(),
            "paragraph_entities": tuple(frozenset(self._entities[p]) for p in self._paragraphs),
            "document_entities": frozenset(e for ids in self._entities.values() for e in ids)})
        self._out.write(header)
        self._out.write(_TRAILER.pack(len(header), hashlib.sha256(header).digest()))
        self._out.close()
        os.chmod(self._tmp, _FILE_MODE)
        os.replace(self._tmp, self.path)
        self._tmp = ""
        return part

    def abandon(self) -> None:
        """Remove the unfinished file (after an error); harmless once finished."""
        if self._tmp:
            self._out.close()
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = ""


def set_key(source_paths: Sequence[str | Path]) -> str:
    """A name for a list of source paths as given, from this folder (display
    paths depend on the current folder)."""
    text = "\0".join([os.getcwd(), *(os.path.abspath(p) for p in source_paths)])
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _safe_loads(data: bytes | memoryview) -> object:
    try:
        return pickle.loads(data)
    except Exception as error:  # noqa: BLE001 - any unpickling failure means a bad entry
        raise CacheMiss(f"unpickling failed: {error}") from None


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

    def item(self, number: int) -> AnalysedPassage:
        raise NotImplementedError

    def document_items(self, source: str) -> list[AnalysedPassage]:
        doc = self._by_source[source]
        return [self.item(i) for i in range(self.offsets[doc], self.offsets[doc + 1])]


class MemoryStore(PassageStore):
    """Every document's entry in memory (no cache folder)."""

    def __init__(self, sources: Sequence[str], entries: Sequence[DocumentEntry]) -> None:
        super().__init__(sources, [len(e.passages) for e in entries])
        self._items = [
            AnalysedPassage(_with_source(p, source), a, entry.document_entities, paragraph)
            for source, entry in zip(sources, entries)
            for p, a, paragraph in zip(entry.passages, entry.analyses, entry.paragraph_entities)]

    def item(self, number: int) -> AnalysedPassage:
        return self._items[number]


class DiskStore(PassageStore):
    """Passages read from cache entries on demand, with a bounded memory.

    A missing or corrupt entry found while reading is rebuilt through
    REBUILD(document number), which re-analyses the document and rewrites
    its entry; results are the same either way.
    """

    def __init__(self, folder: CacheFolder, sources: Sequence[str], digests: Sequence[str],
                 sizes: Sequence[int], rebuild: Callable[[int], None]) -> None:
        super().__init__(sources, sizes)
        self.folder = folder
        self.digests = tuple(digests)
        self._rebuild = rebuild
        self._headers: dict[int, dict] = {}
        self._files: OrderedDict[int, int] = OrderedDict()
        self._loaded: OrderedDict[int, AnalysedPassage] = OrderedDict()

    def __getstate__(self) -> dict:
        # Worker processes open their own files.
        state = dict(self.__dict__)
        state["_files"] = OrderedDict()
        state["_loaded"] = OrderedDict()
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
            self._rebuild(doc)
            found = self._read(doc, local)
        self._loaded[number] = found
        if len(self._loaded) > _LOADED_PASSAGES:
            self._loaded.popitem(last=False)
        return found

    def _read(self, doc: int, local: int) -> AnalysedPassage:
        header = self._headers.get(doc)
        if header is None:
            header = self.folder.read_header(self.digests[doc])
            if len(header["crcs"]) != self.offsets[doc + 1] - self.offsets[doc] + 1:
                raise CacheMiss("passage count")
            self._headers[doc] = header
        blob = self.folder.read_blob(self.digests[doc], header, local, self._fd(doc))
        pair = _safe_loads(blob)
        if not (isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], Passage)
                and isinstance(pair[1], Analysis)):
            raise CacheMiss("not a passage")
        passage = _with_source(pair[0], self.sources[doc])
        return AnalysedPassage(passage, pair[1], header["document_entities"],
                               header["paragraph_entities"][local])

    def _fd(self, doc: int) -> int:
        fd = self._files.get(doc)
        if fd is not None:
            self._files.move_to_end(doc)
            return fd
        try:
            fd = os.open(self.folder.entry_path(self.digests[doc]), os.O_RDONLY)
        except OSError as error:
            raise CacheMiss(str(error)) from None
        self._files[doc] = fd
        if len(self._files) > _OPEN_FILES:
            _, old = self._files.popitem(last=False)
            os.close(old)
        return fd

    def _forget(self, doc: int) -> None:
        self._headers.pop(doc, None)
        fd = self._files.pop(doc, None)
        if fd is not None:
            os.close(fd)
        start, end = self.offsets[doc], self.offsets[doc + 1]
        for number in [n for n in self._loaded if start <= n < end]:
            del self._loaded[number]

    def close(self) -> None:
        for fd in self._files.values():
            os.close(fd)
        self._files.clear()


def _with_source(passage: Passage, source: str) -> Passage:
    # Entries are keyed by content; the same text under another path (or seen
    # from another folder) gets its display path here.
    if passage.source == source:
        return passage
    from dataclasses import replace

    return replace(passage, source=source)

