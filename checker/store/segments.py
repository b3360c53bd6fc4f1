"""A source set's postings as immutable segments, read in part at query time.

A segment (``segs/NAME.seg`` in a cache namespace) holds the merged postings
(``checker.stages.index.PostingIndex``) of some documents, numbered locally in the
segment's own document order: a checksummed JSON header (its documents as
content hash and passage count, the feature names, and for each array its
type, length, offset and a CRC-32 per 64 KiB block), then the arrays as raw
little-endian integers, each aligned to 8 bytes. Its name is a hash of the
cache key and of its documents, so the same documents always give the same
file.

A set's index names its segments, oldest first. A document is served by the
newest segment that holds its content; the passages of other copies in
older segments (changed or removed documents) are *deleted*: mapped to no
passage. A run that finds new documents writes one more (small) segment of
them and leaves the others as they are, so an update costs in proportion to
what changed; ``merge`` (run by ``checker index``, or when a set has more
than ``MAX_SEGMENTS``) rewrites the small segments as one. Whatever the
segments, ``SegmentedIndex`` answers each look-up with the same passages,
numbered by the corpus's document order, as one merged index would, so
results never depend on the history of the cache.

Like everything in the cache, a segment is untrusted: its header is checked
(SHA-256, then types, lengths and offsets against the file's size), its
small arrays (starts and term keys) are checked whole when it is opened,
and the blocks of a posting list are checked against their CRC-32 when a
list is first read, so a warm run reads only the lists its claims use. A list's passage numbers must be in range. A failure when
opening is a miss (the documents are indexed again from their entries); a
failure found while answering makes the index fall back to postings merged
afresh (``recover``), with the same answers.

It does not decide what is indexed (``checker.stages.index``) or where the
documents come from (``checker.pipeline``).
"""
from __future__ import annotations

import hashlib
import mmap
import os
import struct
import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from checker.stages.index import IndexPart, PostingIndex, term_key
from checker.store.cache import (
    SEGMENT_NAME,
    STALE_TEMP_SECONDS,
    CacheFolder,
    CacheMiss,
    decode_checked,
    open_regular,
    unlink_quietly,
)
from checker.store.codec import Codec

MAGIC = b"CKSEGMT1"
_HEAD = struct.Struct("<8sQ32s")  # magic, header length, SHA-256 of the header
BLOCK = 1 << 16
"""Bytes per checksummed block of an array."""
MAX_SEGMENTS = 8
"""More segments than this in a set and a run merges the small ones."""
_TYPES = {"feature_starts": np.dtype("<i8"), "feature_passages": np.dtype("<i4"),
          "term_keys": np.dtype("<u4"), "term_counts": np.dtype("<i4"),
          "term_firsts": np.dtype("<i4"), "term_widths": np.dtype("u1"),
          "term_starts": np.dtype("<i8"), "term_gaps1": np.dtype("u1"),
          "term_gaps2": np.dtype("<u2"), "term_gaps4": np.dtype("<u4"),
          "text_hashes": np.dtype("<u8")}
"""The only arrays a segment holds, and their types: nothing else is read.

``text_hashes`` holds the ``text_hash`` of each passage, so that copies of
a sentence are told apart without reading them (read per block, like the
lists).

A term's passages are stored as its first passage (``term_firsts``) and
the gaps between the next ones, all in the narrowest of ``term_gaps1``,
``term_gaps2`` and ``term_gaps4`` that holds its largest gap
(``term_widths``), from ``term_starts`` on: most gaps of a frequent term
are small, so a posting takes one or two bytes instead of four."""
_SMALL = ("feature_starts", "term_keys", "term_counts", "term_firsts", "term_widths",
          "term_starts")
_GAPS = {1: "term_gaps1", 2: "term_gaps2", 4: "term_gaps4"}
"""Arrays read and checked whole when a segment is opened (the others per block on use)."""
_EMPTY = np.zeros(0, dtype=np.int32)


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct VALUES, sorted, as ``np.unique`` gives them, without its
    test for a masked array: that imports ``numpy.ma``, whose import reads
    builtins' signatures with inspect's tokenizer (its pattern compiled),
    about 15 ms of a small run's start-up."""
    values = np.sort(values)
    if not len(values):
        return values
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


@dataclass(frozen=True)
class SegmentMeta:
    """The JSON header of a segment."""

    key: str
    documents: tuple[tuple[str, int], ...]
    """(content hash, passages) per document, in the segment's order."""
    size: int
    feature_names: tuple[str, ...]
    arrays: tuple[tuple[str, str, int, int, tuple[int, ...]], ...]
    """(name, dtype, length, offset in the file, CRC-32 per block) per array."""


_CODEC: list[Codec] = []


def _codec() -> Codec:
    if not _CODEC:
        _CODEC.append(Codec(SegmentMeta))
    return _CODEC[0]


def segment_name(key: str, digests: Sequence[str]) -> str:
    text = "\0".join([key, *digests])
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def segment_path(folder: CacheFolder, name: str) -> Path:
    return folder.folder / "segs" / f"{name}.seg"


def _block_crcs(data: bytes | memoryview) -> tuple[int, ...]:
    return tuple(zlib.crc32(data[i:i + BLOCK]) for i in range(0, len(data), BLOCK))


_LAYOUT_ROUNDS = 16
"""Rounds of ``laid_out``: offsets only grow with the header (more digits)
and the header with them, so the layout settles, in a round more for each
power of ten the offsets cross on the way (four rounds seen)."""


def laid_out(described: list[tuple], lengths: Sequence[int],
             header_of: Callable[[list[tuple]], bytes]) -> tuple[list[tuple], bytes]:
    """The arrays DESCRIBED (name, type, length, offset, block checksums;
    LENGTHS their sizes in bytes) placed one after another, aligned, after
    the header HEADER_OF(them) makes, and that header: each round places
    them after the last round's header until the places no longer change."""
    for _ in range(_LAYOUT_ROUNDS):
        header = header_of(described)
        at = _align(_HEAD.size + len(header))
        placed = []
        for (n, t, length, _, crcs), size in zip(described, lengths):
            placed.append((n, t, length, at, crcs))
            at = _align(at + size)
        if placed == described:
            return described, header
        described = placed
    raise OSError("segment layout did not settle")   # (never seen: see _LAYOUT_ROUNDS)


def write_segment(folder: CacheFolder, digests: Sequence[str], sizes: Sequence[int],
                  postings: PostingIndex) -> str:
    """Save POSTINGS (of the documents DIGESTS with SIZES passages, in that
    order) as a segment; returns its name."""
    from checker.cachedir import atomic_write

    name = segment_name(folder.key, digests)
    tables = {"feature_starts": postings.feature_starts,
              "feature_passages": postings.feature_passages, "term_keys": postings.term_keys,
              "text_hashes": postings.text_hashes, **encode_terms(postings.term_starts, postings.term_passages)}
    arrays = [(n, np.ascontiguousarray(tables[n], dtype=t)) for n, t in _TYPES.items()]
    # Offsets depend on the header's length, which depends on the offsets'
    # digits: ``laid_out`` settles both.
    datas = [memoryview(a).cast("B") for _, a in arrays]
    described = [(n, a.dtype.str, len(a), 0, _block_crcs(data))
                 for (n, a), data in zip(arrays, datas)]
    described, header = laid_out(described, [len(d) for d in datas], lambda placed: _codec().dumps(
        SegmentMeta(folder.key, tuple(zip(digests, sizes)), postings.size,
                    tuple(postings.feature_names), tuple(placed))))
    chunks = [_HEAD.pack(MAGIC, len(header), hashlib.sha256(header).digest()), header]
    at = _HEAD.size + len(header)
    for (_, _, _, offset, _), data in zip(described, datas):
        chunks.append(b"\0" * (offset - at))
        chunks.append(data)
        at = offset + len(data)
    path = segment_path(folder, name)
    path.parent.mkdir(exist_ok=True)
    atomic_write(path, folder.temp, chunks)
    return name


def encode_terms(starts: np.ndarray, passages: np.ndarray) -> dict[str, np.ndarray]:
    """The term table of a ``PostingIndex`` (lists ``passages[starts[i]:starts[i + 1]]``,
    ascending) as first passages and gaps (see ``_TYPES``)."""
    # int32 throughout (passage numbers are): at 100 MB the table has 25 M
    # postings, and every temporary of int64 would cost 200 MB.
    starts = np.asarray(starts, dtype=np.int64)
    counts = np.diff(starts)
    heads = starts[:-1]
    passages = np.asarray(passages, dtype=np.int32)
    gaps = np.diff(passages, prepend=np.int32(0))
    follows = np.ones(len(passages), dtype=bool)
    follows[heads] = False
    largest = np.zeros(len(counts), dtype=np.int32)
    if len(passages):
        # The largest gap of each list (a list's first passage is no gap).
        largest = np.maximum.reduceat(np.where(follows, gaps, 0), heads) if len(heads) \
            else largest
    widths = np.where(largest < 1 << 8, 1, np.where(largest < 1 << 16, 2, 4)).astype(np.uint8)
    owner = np.repeat(np.arange(len(counts), dtype=np.int32), counts)
    tables = {"term_counts": counts.astype(np.int32),
              "term_firsts": passages[heads].astype(np.int32) if len(heads) else
              np.zeros(0, dtype=np.int32),
              "term_widths": widths}
    term_starts = np.zeros(len(counts), dtype=np.int64)
    for width, name in _GAPS.items():
        mine = widths == width
        term_starts[mine] = np.concatenate(([0], np.cumsum(counts[mine] - 1)[:-1])) \
            if mine.any() else np.zeros(0, dtype=np.int64)
        chosen = follows & mine[owner] if len(passages) else follows
        tables[name] = gaps[chosen].astype(_TYPES[name])
    tables["term_starts"] = term_starts
    return tables


def decode_terms(arrays: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """``encode_terms``'s inverse: (starts, passages) of the term table."""
    counts = arrays["term_counts"].astype(np.int64)
    starts = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    out = np.zeros(int(starts[-1]), dtype=np.int64)
    out[starts[:-1]] = arrays["term_firsts"]
    widths = arrays["term_widths"]
    for width, name in _GAPS.items():
        mine = np.flatnonzero(widths == width)
        if not len(mine):
            continue
        gaps = counts[mine] - 1
        # Where each of these lists' gaps go: after its first passage.
        at = np.repeat(starts[mine] + 1 - np.concatenate(([0], np.cumsum(gaps)[:-1])), gaps)
        out[at + np.arange(len(at))] = arrays[name][:int(gaps.sum())]
    total = np.cumsum(out)
    before = np.repeat(total[starts[:-1]] - out[starts[:-1]], counts)
    return starts, (total - before).astype(np.int32)


def _sound_terms(arrays: dict[str, np.ndarray], size: int,
                 lengths: dict[str, int] | None = None) -> bool:
    """Whether the term table's small arrays describe lists that fit: one
    count, first passage, width and start per key, the starts of each width
    where the gaps of the lists before end (LENGTHS: of the gap arrays, when
    ARRAYS does not hold them), and every first passage in range."""
    if lengths is None:
        lengths = {name: len(arrays[name]) for name in _GAPS.values()}
    keys, counts = arrays["term_keys"], arrays["term_counts"]
    firsts, widths, starts = arrays["term_firsts"], arrays["term_widths"], arrays["term_starts"]
    if not len(keys) == len(counts) == len(firsts) == len(widths) == len(starts):
        return False
    if len(keys) == 0:
        return all(lengths[n] == 0 for n in _GAPS.values())
    if int(counts.min()) < 1 or int(firsts.min()) < 0 or int(firsts.max()) >= size:
        return False
    if not np.isin(widths, list(_GAPS)).all():
        return False
    for width, name in _GAPS.items():
        mine = widths == width
        gaps = counts[mine].astype(np.int64) - 1
        expected = np.concatenate(([0], np.cumsum(gaps)))
        if not np.array_equal(starts[mine], expected[:-1]) \
                or int(expected[-1]) != lengths[name]:
            return False
    return True


def _align(n: int) -> int:
    return (n + 7) & ~7


class Segment:
    """An open segment; its posting lists are read (``os.pread``) and checked
    when first used.

    Lists are read into memory of this process rather than through a map of
    the file: mapped pages once touched count in the process's resident size
    for as long as the map lives, so a long run would come to hold every list
    any claim used (at 100 MB most of the file); read, a list is freed when
    done with. Only the text hashes, read a few at a time from anywhere, are
    read through the map (``hashes_of``)."""

    def __init__(self, path: Path, key: str) -> None:
        self.path = path
        self._fd = -1
        try:
            fd = open_regular(path)
        except OSError as error:
            raise CacheMiss(error.strerror or str(error)) from None
        self._fd = fd
        try:
            size = os.fstat(fd).st_size
            if size < _HEAD.size:
                raise CacheMiss("short segment")
            self._map = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as error:
            self.close()
            raise CacheMiss(str(error)) from None
        try:
            self._open(size, key)
        except BaseException:
            self.close()
            raise

    def _open(self, size: int, key: str) -> None:
        magic, length, checksum = _HEAD.unpack(self._pread(_HEAD.size, 0))
        if magic != MAGIC or length > size - _HEAD.size:
            raise CacheMiss("not a segment")
        header = self._pread(length, _HEAD.size)
        if hashlib.sha256(header).digest() != checksum:
            raise CacheMiss("segment checksum")
        meta = decode_checked(_codec(), header)
        if meta.key != key or [a[0] for a in meta.arrays] != list(_TYPES):
            raise CacheMiss("stale segment")
        if meta.size < 0 or any(n < 0 for _, n in meta.documents) \
                or sum(n for _, n in meta.documents) != meta.size:
            raise CacheMiss("bad document sizes")
        self.meta = meta
        self.size = meta.size
        self.lengths: dict[str, int] = {}
        """Items of each array."""
        self._blocks: dict[str, tuple[int, tuple[int, ...], np.ndarray]] = {}
        floor = _HEAD.size + length
        for name, dtype, count, offset, crcs in meta.arrays:
            kind = _TYPES[name]
            nbytes = count * kind.itemsize
            if dtype != kind.str or count < 0 or offset < floor or offset % 8 \
                    or offset + nbytes > size or len(crcs) != -(-nbytes // BLOCK):
                raise CacheMiss("bad array layout")
            floor = offset + nbytes
            self.lengths[name] = count
            self._blocks[name] = (offset, crcs, np.zeros(len(crcs), dtype=bool))
        self.arrays = {name: self._items(name, 0, self.lengths[name]) for name in _SMALL}
        """The small arrays, read whole (the others are read in part, ``_items``)."""
        bounds = self.arrays["feature_starts"]
        if len(bounds) != len(meta.feature_names) + 1 or bounds[0] != 0 \
                or bounds[-1] != self.lengths["feature_passages"] \
                or bool((bounds[1:] < bounds[:-1]).any()):
            raise CacheMiss("bad starts")
        if not _sound_terms(self.arrays, meta.size, self.lengths):
            raise CacheMiss("bad term table")
        if self.lengths["text_hashes"] != meta.size:
            raise CacheMiss("bad text hashes")
        keys = self.arrays["term_keys"]
        if bool((keys[1:] <= keys[:-1]).any()):
            raise CacheMiss("term keys out of order")
        self._feature_ids = {name: i for i, name in enumerate(meta.feature_names)}

    def _pread(self, length: int, at: int) -> bytes:
        try:
            data = os.pread(self._fd, length, at)
        except OSError as error:
            raise CacheMiss(error.strerror or str(error)) from None
        if len(data) != length:
            raise CacheMiss("short read")
        return data

    def _items(self, name: str, start: int, end: int) -> np.ndarray:
        """Items START:END of array NAME, read from the file; the blocks
        they are in are checked against their CRC-32 (once each)."""
        kind = _TYPES[name]
        if end <= start:
            return np.zeros(0, dtype=kind)
        offset, crcs, done = self._blocks[name]
        size, total = kind.itemsize, self.lengths[name] * kind.itemsize
        first, last = start * size // BLOCK, (end * size - 1) // BLOCK
        if done[first:last + 1].all():
            return np.frombuffer(self._pread((end - start) * size, offset + start * size),
                                 dtype=kind)
        low, high = first * BLOCK, min((last + 1) * BLOCK, total)
        data = memoryview(self._pread(high - low, offset + low))
        for block in range(first, last + 1):
            if not done[block]:
                lo, hi = block * BLOCK - low, min((block + 1) * BLOCK, total) - low
                if zlib.crc32(data[lo:hi]) != crcs[block]:
                    raise CacheMiss("segment block checksum")
                done[block] = True
        return np.frombuffer(data[start * size - low:end * size - low], dtype=kind)

    def hashes_of(self, local: np.ndarray) -> np.ndarray:
        """The text hashes of local passages LOCAL (in range), the blocks
        they are in checked (only those: a claim touches a few)."""
        done = self._blocks["text_hashes"][2]
        per_block = BLOCK // _TYPES["text_hashes"].itemsize
        for block in _distinct(local // per_block):
            if not done[block]:
                self._items("text_hashes", int(block) * per_block, int(block) * per_block + 1)
        offset = self._blocks["text_hashes"][0]
        hashes = np.frombuffer(self._map, dtype=_TYPES["text_hashes"], count=self.size,
                               offset=offset)
        return hashes[local]

    def _list(self, name: str, start: int, end: int) -> np.ndarray:
        found = self._items(name, start, end)
        if len(found) and (int(found[0]) < 0 or int(found[-1]) >= self.size
                           or int(found.min()) < 0 or int(found.max()) >= self.size):
            raise CacheMiss("passage out of range")
        return found

    def postings(self, feature: str) -> np.ndarray:
        """Local passage numbers of FEATURE, checked."""
        i = self._feature_ids.get(feature)
        if i is None:
            return _EMPTY
        starts = self.arrays["feature_starts"]
        return self._list("feature_passages", int(starts[i]), int(starts[i + 1]))

    def _term(self, key: int) -> int:
        """The position of KEY in the term table, or -1."""
        keys = self.arrays["term_keys"]
        i = int(np.searchsorted(keys, key))
        return -1 if i == len(keys) or keys[i] != key else i

    def term_count(self, key: int) -> int:
        """Passages (with repeats) of the term of KEY, deleted ones included."""
        i = self._term(key)
        return 0 if i < 0 else int(self.arrays["term_counts"][i])

    def term_postings(self, key: int) -> np.ndarray:
        """Local passage numbers of the term of KEY (``term_key``), checked."""
        i = self._term(key)
        if i < 0:
            return _EMPTY
        first, count = int(self.arrays["term_firsts"][i]), int(self.arrays["term_counts"][i])
        name = _GAPS[int(self.arrays["term_widths"][i])]
        start = int(self.arrays["term_starts"][i])
        gaps = self._items(name, start, start + count - 1)
        found = np.empty(count, dtype=np.int64)
        found[0] = first
        np.cumsum(gaps, dtype=np.int64, out=found[1:])
        found[1:] += first
        if int(found[-1]) >= self.size:   # (ascending from a first checked >= 0)
            raise CacheMiss("passage out of range")
        return found.astype(np.int32)

    def as_postings(self) -> PostingIndex:
        """The whole segment as a ``PostingIndex`` (every block checked)."""
        arrays = {name: self._items(name, 0, self.lengths[name]) for name in _TYPES}
        self._list("feature_passages", 0, self.lengths["feature_passages"])
        starts, passages = decode_terms(arrays)
        if len(passages) and (int(passages.min()) < 0 or int(passages.max()) >= self.size):
            raise CacheMiss("passage out of range")
        return PostingIndex(self.size, self.meta.feature_names, {
            "feature_starts": arrays["feature_starts"],
            "feature_passages": arrays["feature_passages"],
            "term_keys": arrays["term_keys"], "term_starts": starts,
            "term_passages": passages, "text_hashes": arrays["text_hashes"]})

    def close(self) -> None:
        self.arrays = {}
        self._blocks = {}
        mapped = getattr(self, "_map", None)
        if mapped is not None:
            try:
                mapped.close()
            except BufferError:
                pass   # an array still refers to it: the map goes with the array
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


class SegmentedIndex(PostingIndex):
    """The postings of a corpus served from segments: each segment's local
    passage numbers mapped to the corpus's (``maps``: -1 for a deleted
    passage), lists of several segments merged in order.

    ``recover`` gives the same postings merged afresh, used from the first
    damaged list on."""

    _CACHED = 8 << 20
    """Bytes of lists kept per process (a frequent term's list at 100 MB is 1.6 MB)."""
    _COUNTS = 1 << 16
    """Document frequencies kept per process."""

    def __init__(self, segments: Sequence[Segment], maps: Sequence[np.ndarray], size: int,
                 recover: Callable[[], PostingIndex]) -> None:
        self.size = size
        self.segments = list(segments)
        self._recover = recover
        self._fallback: PostingIndex | None = None
        self._cache: dict[tuple[str, str], np.ndarray] = {}
        self._cached = 0
        self._counts: dict[str, int] = {}
        self._dead = [bool((m < 0).any()) for m in maps]
        # A segment whose live passages keep their order needs no sort.
        self._ordered = [bool((live[1:] > live[:-1]).all())
                         for live in (m[m >= 0] if dead else m for m, dead in zip(maps, self._dead))]
        # Usually one segment numbered as the corpus is: its lists need no
        # mapping, and its map (4 bytes a passage) is not kept.
        self._identity = [len(m) == size and ordered and not dead
                          and (size == 0 or (int(m[0]) == 0 and int(m[-1]) == size - 1))
                          for m, ordered, dead in zip(maps, self._ordered, self._dead)]
        self._homes = _document_homes(self.segments, maps)
        self.maps: list[np.ndarray | None] = [None if identity else m
                                              for m, identity in zip(maps, self._identity)]

    def __getstate__(self) -> dict:
        # Segments are reopened by a process that is sent the index.
        return {**self.__dict__, "segments": [(s.path, s.meta.key) for s in self.segments],
                "_cache": {}, "_cached": 0, "_counts": {}}

    def __setstate__(self, state: dict) -> None:
        state["segments"] = [Segment(path, key) for path, key in state["segments"]]
        self.__dict__.update(state)

    @property
    def feature_names(self) -> tuple[str, ...]:  # type: ignore[override]
        return tuple(sorted({f for s in self.segments for f in s.meta.feature_names}))

    def _combined(self, kind: str, name: str, lists: Callable[[Segment], np.ndarray]) -> np.ndarray:
        found = self._cache.get((kind, name))
        if found is not None:
            return found
        parts = []
        for n, segment in enumerate(self.segments):
            try:
                local = lists(segment)
            except CacheMiss:
                self._damaged(segment)
                raise
            if not len(local):
                continue
            if self._identity[n]:
                parts.append(local)   # (read afresh: not a view of anything kept)
                continue
            mapped = self.maps[n][local]
            if self._dead[n]:
                mapped = mapped[mapped >= 0]
            if not self._ordered[n]:
                mapped = np.sort(mapped)
            parts.append(mapped)
        if not parts:
            found = _EMPTY
        elif len(parts) == 1:
            found = parts[0]
        else:
            found = np.sort(np.concatenate(parts))
        if self._cached + found.nbytes > self._CACHED:
            self._cache.clear()
            self._cached = 0
        self._cache[(kind, name)] = found
        self._cached += found.nbytes
        return found

    def _damaged(self, segment: Segment) -> None:
        """SEGMENT is damaged past its checksums: answer from postings merged
        afresh, and let the next run index its documents again."""
        unlink_quietly(segment.path)
        self._fallback = self._recover()
        self._cache.clear()
        self._cached = 0
        self._counts.clear()

    def hashes_of(self, numbers: np.ndarray) -> np.ndarray:
        if self._fallback is None:
            starts, homes, firsts = self._homes
            numbers = np.asarray(numbers, dtype=np.int64)
            doc = np.searchsorted(starts, numbers, side="right") - 1
            home, local = homes[doc], firsts[doc] + (numbers - starts[doc])
            found = np.empty(len(numbers), dtype=np.uint64)
            for n in _distinct(home):
                mine = home == n
                try:
                    found[mine] = self.segments[n].hashes_of(local[mine])
                except CacheMiss:
                    self._damaged(self.segments[n])
                    break
            else:
                return found
        return self._fallback.hashes_of(numbers)

    def postings(self, feature: str) -> np.ndarray:
        if self._fallback is None:
            try:
                return self._combined("f", feature, lambda s: s.postings(feature))
            except CacheMiss:
                pass
        return self._fallback.postings(feature)

    def term_count(self, term: str) -> int:
        # Every claim asks for the document frequency of each of its words,
        # and claims share most words: each is looked up once.
        found = self._counts.get(term)
        if found is None:
            if self._fallback is None and not any(self._dead):
                # No passage deleted: the stored counts are the lists' lengths.
                key = term_key(term)
                found = sum(s.term_count(key) for s in self.segments)
            else:
                found = len(self.term_postings(term))
            if len(self._counts) >= self._COUNTS:
                self._counts.clear()
            self._counts[term] = found
        return found

    def term_postings(self, term: str) -> np.ndarray:
        if self._fallback is None:
            key = term_key(term)
            try:
                return self._combined("t", term, lambda s: s.term_postings(key))
            except CacheMiss:
                pass
        return self._fallback.term_postings(term)

    def close(self) -> None:
        for segment in self.segments:
            segment.close()


def _document_homes(segments: Sequence[Segment],
                    maps: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where each served document's passages are: its first passage's number
    in the corpus (ascending), its segment and its first local number there.
    A document's passages are consecutive in both numberings (``live_maps``)."""
    found = []
    for n, (segment, m) in enumerate(zip(segments, maps)):
        at = 0
        for _, count in segment.meta.documents:
            if count and m[at] >= 0:
                found.append((int(m[at]), n, at))
            at += count
    found.sort()
    table = np.array(found, dtype=np.int64).reshape(-1, 3)
    return table[:, 0].copy(), table[:, 1].copy(), table[:, 2].copy()


def live_maps(segments: Sequence[Segment], digests: Sequence[str],
              sizes: Sequence[int]) -> tuple[list[np.ndarray], list[int]]:
    """Per segment, its local passages' numbers in a corpus of the documents
    DIGESTS (in order, with SIZES passages) served by the newest segment
    holding each (-1 for the others); and per document, its segment."""
    holder: dict[str, tuple[int, int, int]] = {}
    for n, segment in enumerate(segments):
        at = 0
        for digest, count in segment.meta.documents:
            holder[digest] = (n, at, count)
            at += count
    maps = [np.full(s.size, -1, dtype=np.int32) for s in segments]
    served = []
    start = 0
    for digest, size in zip(digests, sizes):
        n, at, count = holder[digest]
        if count != size:
            raise CacheMiss("passage count")
        maps[n][at:at + count] = np.arange(start, start + count, dtype=np.int32)
        served.append(n)
        start += size
    return maps, served


def merge_segments(segments: Sequence[Segment], maps: Sequence[np.ndarray],
                   digests: Sequence[str], sizes: Sequence[int]) -> PostingIndex:
    """The live postings of SEGMENTS as one ``PostingIndex`` numbered by the
    corpus order of their documents (DIGESTS with SIZES, the corpus's)."""
    starts = np.concatenate(([0], np.cumsum(sizes, dtype=np.int64)))
    kept = np.zeros(int(starts[-1]), dtype=bool)
    for m in maps:
        kept[m[m >= 0]] = True
    # Number the kept passages 0.. in corpus order.
    renumber = np.cumsum(kept, dtype=np.int64) - 1
    hashes = np.zeros(int(kept.sum()), dtype=np.uint64)
    parts = []
    for segment, m in zip(segments, maps):
        full = segment.as_postings()
        local = np.where(m >= 0, renumber[np.maximum(m, 0)], -1).astype(np.int64)
        hashes[local[local >= 0]] = full.text_hashes[local >= 0]
        features = {}
        for i, name in enumerate(full.feature_names):
            lst = local[full.feature_passages[full.feature_starts[i]:full.feature_starts[i + 1]]]
            lst = lst[lst >= 0]
            if len(lst):
                features[name] = lst.astype(np.int32).tobytes()
        counts = np.diff(full.term_starts)
        keys = np.repeat(full.term_keys, counts)
        owners = local[full.term_passages]
        live = owners >= 0
        parts.append(IndexPart(size=0, features=features,
                               term_keys=keys[live].astype(np.uint32).tobytes(),
                               term_passages=owners[live].astype(np.int32).tobytes(),
                               text_hashes=b""))
    merged = PostingIndex.merge(parts)   # sizes are 0: numbers are already global
    return PostingIndex(int(kept.sum()), merged.feature_names, {
        **{n: getattr(merged, n) for n in PostingIndex.ARRAYS}, "text_hashes": hashes})


def open_set(folder: CacheFolder, key: str, digests: Sequence[str],
             parts_for: Callable[[Sequence[int]], list[IndexPart]],
             recover: Callable[[], PostingIndex], *,
             compact: bool = False) -> tuple[SegmentedIndex, list[int], set[str]]:
    """The postings of the documents DIGESTS (a corpus, in order) from the
    segments of set KEY, with a new segment for the documents none holds
    (their postings from PARTS_FOR, given their positions), merging small
    segments when COMPACT or when there are too many. Returns the index,
    the passage count per document and the content hashes the segments
    hold but no longer serve (changed or removed documents).

    Raises OSError when a segment cannot be written."""
    names = list(folder.read_index(key) or ())
    segments = []
    for name in names:
        try:
            segments.append(Segment(segment_path(folder, name), folder.key))
        except CacheMiss:
            pass   # its documents are indexed again below
    held = {digest: count for s in segments for digest, count in s.meta.documents}
    missing = [i for i, digest in enumerate(digests) if digest not in held]
    if missing:
        parts = parts_for(missing)
        held.update((digests[i], part.size) for i, part in zip(missing, parts))
        name = write_segment(folder, [digests[i] for i in missing], [p.size for p in parts],
                             PostingIndex.merge(parts))
        segments.append(Segment(segment_path(folder, name), folder.key))
    sizes = [held[d] for d in digests]
    maps, served = live_maps(segments, digests, sizes)
    current = set(digests)
    gone = {d for s in segments for d, _ in s.meta.documents if d not in current}
    if compact or len(segments) > MAX_SEGMENTS:
        segments, maps = _compact(folder, segments, maps, served, digests, sizes)
    if [s.path.stem for s in segments] != names:
        folder.write_index(key, [s.path.stem for s in segments])
        _collect(folder, {Path(n).stem for n in names} - {s.path.stem for s in segments},
                 sweep=compact)
    elif compact:
        _collect(folder, set(), sweep=True)
    return SegmentedIndex(segments, maps, sum(sizes), recover), sizes, gone


def _compact(folder: CacheFolder, segments: list[Segment], maps: list[np.ndarray],
             served: Sequence[int], digests: Sequence[str],
             sizes: Sequence[int]) -> tuple[list[Segment], list[np.ndarray]]:
    """Merge the segments but the largest (it too when a quarter of it is
    deleted) into one, numbered in corpus order."""
    if not segments:
        return segments, maps
    largest = max(range(len(segments)), key=lambda n: (segments[n].size, -n))
    dead = int((maps[largest] < 0).sum())
    keep = [] if dead * 4 > segments[largest].size else [largest]
    merge = [n for n in range(len(segments)) if n not in keep]
    if not merge or (len(merge) == 1 and not (maps[merge[0]] < 0).any()):
        return segments, maps
    chosen = set(merge)
    positions = [p for p, n in enumerate(served) if n in chosen]
    if not positions:   # nothing of them is served any more: just drop them
        kept = [segments[n] for n in keep]
        for n in merge:
            segments[n].close()
        maps, _ = live_maps(kept, digests, sizes)
        return kept, maps
    merged = merge_segments([segments[n] for n in merge], [maps[n] for n in merge],
                            digests, sizes)
    name = write_segment(folder, [digests[p] for p in positions], [sizes[p] for p in positions],
                         merged)
    del merged
    kept = [segments[n] for n in keep]
    for n in merge:
        segments[n].close()
    kept.append(Segment(segment_path(folder, name), folder.key))
    maps, _ = live_maps(kept, digests, sizes)
    return kept, maps


def _collect(folder: CacheFolder, dropped: set[str], sweep: bool = False) -> None:
    """Remove the segments in DROPPED that no set's index names any more;
    with SWEEP also any segment no index names that is older than
    ``STALE_TEMP_SECONDS`` (left by a run that lost a race to write its
    set's index, or was killed before it)."""
    if not dropped and not sweep:
        return
    named = folder.indexed_segments()
    for name in dropped - named:
        unlink_quietly(segment_path(folder, name))
    if sweep:
        old = time.time() - STALE_TEMP_SECONDS
        try:
            found = list(os.scandir(folder.folder / "segs"))
        except OSError:
            return
        for entry in found:
            stem = entry.name[:-len(".seg")]
            if entry.name.endswith(".seg") and SEGMENT_NAME.fullmatch(stem) \
                    and stem not in named and entry.is_file(follow_symlinks=False) \
                    and entry.stat(follow_symlinks=False).st_mtime < old:
                unlink_quietly(entry.path)


def kept_documents(segments: Iterable[Segment], maps: Sequence[np.ndarray]) -> set[str]:
    """Content hashes of the documents the segments serve (not deleted)."""
    kept = set()
    for segment, m in zip(segments, maps):
        at = 0
        for digest, count in segment.meta.documents:
            if count == 0 or m[at] >= 0:
                kept.add(digest)
            at += count
    return kept
