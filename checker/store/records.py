"""How a passage and its analysis are stored in a cache entry: only what
cannot be derived, as compressed JSON.

A passage as the stages hand it over says much twice: its text is also the
analysis's text and, mostly, its excerpt; its origin map has an integer per
character and is mostly the identity; its clauses are the analysis's; its
content terms are ``analyse.content_terms`` of the text; its source path is
replaced by the display path on reading anyway. A ``StoredPassage`` keeps
each of those only where it differs from what can be derived (``None``
otherwise), the origin map as runs (where ``origin[i] - i`` changes), a
frame's value and time as their numbers among the passage's values (JSON
would hold each twice, and decoding a value is most of the cost of reading
a passage), and the records (JSON, ``checker.store.codec``) of ``BLOCK_PASSAGES`` consecutive
passages are compressed together with zlib, each decoded only when read. On the bench corpus
this takes an entry from about 13 to about 2 times the size of its source.

``pack`` and ``unpack`` are exact inverses: a test checks that every seed
passage comes back equal. ``unpack`` builds only declared plain data, and
the entry's reader checks the spans of what it built
(``cache._check_passage``); a decompression bomb is refused by a size limit.
"""
from __future__ import annotations

import struct
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, fields
from itertools import accumulate
from operator import attrgetter

from checker.model import Analysis, Frame, Mention, Passage, Value
from checker.stages.analyse import content_terms
from checker.store.codec import Codec, DecodeError, json_bytes

MAX_RECORD = 1 << 26
"""Bytes a block may decompress to: more is not one the checker wrote."""
BLOCK_PASSAGES = 8
"""Passages compressed together: neighbours share words and ids, so a block
compresses a quarter better than its passages one by one, and a passage
is rarely read without its neighbours."""
_LEVEL = 6
_COUNT = struct.Struct("<I")


@dataclass(frozen=True)
class StoredFrame:
    """A ``Frame`` as a record stores it: its value and its time as their
    numbers in the passage's ``values`` when they are one of them, whole
    otherwise. (The fields are ``Frame``'s, in its order: a test checks.)"""

    subjects: tuple[str, ...]
    measures: tuple[str, ...]
    head_measure: str
    value: int | Value
    time: int | Value | None = None
    subject_explicit: bool = True


@dataclass(frozen=True)
class StoredPassage:
    """A passage and its analysis as an entry stores them."""

    index: int
    paragraph: int
    text: str
    line: int
    start: int
    end: int
    clauses: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]
    values: tuple[Value, ...]
    frames: tuple[StoredFrame, ...]
    clause_subjects: tuple[tuple[tuple[str, ...], bool], ...]
    excerpt: str | None = None
    """None: the same as ``text``."""
    origin: tuple[tuple[int, int], ...] = ()
    """(i, origin[i] - i) where that difference changes (from 0 at the start)."""
    terms: tuple[str, ...] | None = None
    """None: ``content_terms(text)``."""
    analysis_clauses: tuple[tuple[int, int], ...] | None = None
    """None: the same as ``clauses``."""


_CODEC: list[Codec] = []


def codec() -> Codec:
    """The codec of a record (built on first use)."""
    if not _CODEC:
        _CODEC.append(Codec(StoredPassage))
    return _CODEC[0]


def pack(pairs: Sequence[tuple[Passage, Analysis]]) -> bytes:
    """The bytes an entry stores for a block of passages and their analyses:
    the records' count and ends (little-endian uint32), then the records,
    compressed together (a record is decoded only when its passage is read)."""
    records = [json_bytes(_record(p, a)) for p, a in pairs]
    head = struct.pack(f"<{len(records) + 1}I", len(records), *accumulate(map(len, records)))
    return zlib.compress(b"".join([head, *records]), _LEVEL)


def inflate(data: bytes) -> list[bytes]:
    """The records of a block PACK made (each still JSON); raises DecodeError."""
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(data, MAX_RECORD)
        if inflater.unconsumed_tail or not inflater.eof:
            raise DecodeError("not a whole block, or too large")
    except zlib.error as error:
        raise DecodeError(f"not compressed data: {error}") from None
    if len(raw) < _COUNT.size:
        raise DecodeError("short block")
    (count,) = _COUNT.unpack_from(raw)
    body = _COUNT.size + 4 * count
    if count > BLOCK_PASSAGES or len(raw) < body:
        raise DecodeError("bad block count")
    ends = struct.unpack_from(f"<{count}I", raw, _COUNT.size)
    if count and (list(ends) != sorted(ends) or body + ends[-1] != len(raw)):
        raise DecodeError("bad record ends")
    starts = [body, *(body + e for e in ends[:-1])]
    return [raw[a:body + b] for a, b in zip(starts, ends)]


def _stored(passage: Passage, analysis: Analysis) -> StoredPassage:
    if analysis.text != passage.text:
        raise ValueError("an analysis of another text")
    text = passage.text
    terms = None if analysis.terms == content_terms(text) else analysis.terms
    record = StoredPassage(
        index=passage.index, paragraph=passage.paragraph, text=text, line=passage.line,
        start=passage.start, end=passage.end, clauses=passage.clauses,
        mentions=analysis.mentions, values=analysis.values,
        frames=_stored_frames(analysis.frames, analysis.values),
        clause_subjects=analysis.clause_subjects,
        excerpt=None if passage.excerpt == text else passage.excerpt,
        origin=_runs(passage.origin), terms=terms,
        analysis_clauses=None if analysis.clauses == passage.clauses else analysis.clauses)
    return record


def _stored_frames(frames: tuple[Frame, ...],
                   values: tuple[Value, ...]) -> tuple[StoredFrame, ...]:
    number = _numbering(values)
    return tuple(StoredFrame(f.subjects, f.measures, f.head_measure, number(f.value),
                             f.time if f.time is None else number(f.time),
                             f.subject_explicit) for f in frames)


def _numbering(values: tuple[Value, ...]):
    """A function: a value → its number in VALUES, or the value itself when
    none is equal to it. An equal value stands for the frame's (the last, as
    a dict keeps it): equal values are interchangeable, and a read frame
    shares its object."""
    table: dict[Value, int] = {}

    def by_equality(value: Value) -> int | Value:
        if not table:
            table.update((v, i) for i, v in enumerate(values))
        return table.get(value, value)

    if len({(v.start, v.end) for v in values}) < len(values):
        return by_equality
    # No two of VALUES are equal (their spans differ), so a frame's value that
    # is one of them (the usual case) is its number without hashing it (a
    # dataclass's hash and equality are Python code, field by field).
    identity = {id(v): i for i, v in enumerate(values)}

    def number(value: Value) -> int | Value:
        found = identity.get(id(value))
        return by_equality(value) if found is None else found
    return number


_MENTION = attrgetter(*(f.name for f in fields(Mention)))
_VALUE = attrgetter(*(f.name for f in fields(Value)))


def _record(passage: Passage, analysis: Analysis) -> tuple:
    """What ``codec().encode(_stored(passage, analysis))`` makes, up to
    tuples for lists (the same JSON), made directly: a record of every
    passage is written at build time, and the stored dataclasses and the
    codec's generic walk over them cost more than the JSON itself
    (``tests/unit/test_store_records.py`` compares the bytes)."""
    if analysis.text != passage.text:
        raise ValueError("an analysis of another text")
    text = passage.text
    values = analysis.values
    number = _numbering(values)

    def stored(value: int | Value) -> int | tuple:
        return value if type(value) is int else _VALUE(value)

    frames = [(f.subjects, f.measures, f.head_measure, stored(number(f.value)),
               None if f.time is None else stored(number(f.time)), f.subject_explicit)
              for f in analysis.frames]
    clauses = analysis.clauses
    return (passage.index, passage.paragraph, text, passage.line, passage.start, passage.end,
            passage.clauses, [_MENTION(m) for m in analysis.mentions], [_VALUE(v) for v in values],
            frames, analysis.clause_subjects,
            None if passage.excerpt == text else passage.excerpt, _runs(passage.origin),
            None if analysis.terms == content_terms(text) else analysis.terms,
            None if clauses == passage.clauses else clauses)


def unpack(data: bytes, source: str) -> tuple[Passage, Analysis]:
    """The passage (from SOURCE) and analysis of a record of ``inflate``;
    raises DecodeError. What can be derived is derived on first use (the
    origin map, the terms): most passages read are judged, never quoted, and
    few judgements look at a passage's terms. The origin runs are checked
    here, so that deriving them later cannot fail."""
    record = codec().loads(data)
    text = record.text
    excerpt = text if record.excerpt is None else record.excerpt
    low, high = _origin_range(record.origin, len(text) + 1)
    if low < 0 or high > len(excerpt):
        raise DecodeError("origin outside the excerpt")
    # Fields are set one by one, never through __dict__ (see ``_put``).
    passage = object.__new__(_ReadPassage)
    _put(passage, "source", source)
    _put(passage, "index", record.index)
    _put(passage, "paragraph", record.paragraph)
    _put(passage, "text", text)
    _put(passage, "excerpt", excerpt)
    _put(passage, "line", record.line)
    _put(passage, "start", record.start)
    _put(passage, "end", record.end)
    _put(passage, "clauses", record.clauses)
    _put(passage, "_origin_runs", record.origin)
    _share(record)
    if len(_SUBJECTS) > 1 << 16:
        _SUBJECTS.clear()
    analysis = object.__new__(_ReadAnalysis)
    _put(analysis, "text", text)
    _put(analysis, "mentions", record.mentions)
    _put(analysis, "values", record.values)
    _put(analysis, "frames", _frames(record.frames, record.values))
    _put(analysis, "clauses",
         record.clauses if record.analysis_clauses is None else record.analysis_clauses)
    _put(analysis, "clause_subjects",
         tuple(_SUBJECTS.setdefault(c, c) for c in record.clause_subjects))
    if record.terms is not None:
        _put(analysis, "terms", record.terms)
    return passage, analysis


_put = object.__setattr__
"""Sets a field of a frozen dataclass instance being built. Asking for an
instance's ``__dict__`` gives it a dict object of its own, which doubles its
memory (a Mention: 120 → 250 bytes); a run keeps thousands of passages of
tens of such objects each."""


_SUBJECTS: dict = {}
"""One object per distinct clause subject (``(('zhipu',), True)``) in this process."""


def _share(record: StoredPassage) -> None:
    """Give the freshly decoded RECORD the sharing an analysis has: the ids
    and kinds, repeated in every passage, are interned (and a frame's value
    and time are objects of ``values``: ``_frames``). A passage kept in
    memory is about half the size for it."""
    intern, put = sys.intern, _put
    for mention in record.mentions:
        put(mention, "kind", intern(mention.kind))
        put(mention, "id", intern(mention.id))
        put(mention, "surface", intern(mention.surface))   # names and terms recur
    for value in record.values:
        put(value, "kind", intern(value.kind))
        put(value, "unit", intern(value.unit))
        put(value, "hedge", intern(value.hedge))
        put(value, "role", intern(value.role))
        put(value, "surface", intern(value.surface))   # years, periods


def _frames(stored: tuple[StoredFrame, ...], values: tuple[Value, ...]) -> tuple[Frame, ...]:
    """The frames of a record, their values and times the objects of VALUES
    they are numbers of; raises DecodeError for a number out of range."""
    frames = []
    new, put, intern = object.__new__, _put, sys.intern
    for f in stored:
        frame = new(Frame)
        put(frame, "subjects", tuple(map(intern, f.subjects)))
        put(frame, "measures", tuple(map(intern, f.measures)))
        put(frame, "head_measure", intern(f.head_measure))
        put(frame, "value", _value(f.value, values))
        put(frame, "time", None if f.time is None else _value(f.time, values))
        put(frame, "subject_explicit", f.subject_explicit)
        frames.append(frame)
    return tuple(frames)


def _value(value: int | Value, values: tuple[Value, ...]) -> Value:
    if type(value) is not int:
        return value
    if not 0 <= value < len(values):
        raise DecodeError("a frame's value number out of range")
    return values[value]


def _same(a, b, names: tuple[str, ...]) -> bool:
    return all(getattr(a, n) == getattr(b, n) for n in names)


_PASSAGE_FIELDS = tuple(f.name for f in fields(Passage))
_ANALYSIS_FIELDS = tuple(f.name for f in fields(Analysis))


class _ReadPassage(Passage):
    """A ``Passage`` read from an entry, its origin map expanded from its
    runs on first use. Equal to a ``Passage`` of the same fields."""

    def __getattr__(self, name: str):
        if name != "origin":
            raise AttributeError(name)
        runs = object.__getattribute__(self, "_origin_runs")
        origin = _expand(runs, len(self.text) + 1)
        object.__setattr__(self, "origin", origin)
        return origin

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Passage):
            return NotImplemented
        return _same(self, other, _PASSAGE_FIELDS)

    __hash__ = Passage.__hash__


class _ReadAnalysis(Analysis):
    """An ``Analysis`` read from an entry, its terms (when they are
    ``content_terms`` of its text) worked out on first use. Equal to an
    ``Analysis`` of the same fields."""

    def __getattr__(self, name: str):
        if name != "terms":
            raise AttributeError(name)
        terms = content_terms(self.text)
        object.__setattr__(self, "terms", terms)
        return terms

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Analysis):
            return NotImplemented
        return _same(self, other, _ANALYSIS_FIELDS)

    __hash__ = Analysis.__hash__


def _origin_range(runs: tuple[tuple[int, int], ...], length: int) -> tuple[int, int]:
    """The least and greatest value of the origin map of LENGTH entries
    the RUNS describe (see ``_expand``), without expanding it; raises
    DecodeError when they are not in order or not inside it."""
    low, high = float("inf"), float("-inf")   # (the last run is never empty)
    shift, at = 0, 0
    for i, delta in runs:
        if not at <= i < length:
            raise DecodeError("origin runs out of order")
        if i > at:
            low, high = min(low, at + shift), max(high, i - 1 + shift)
        at, shift = i, delta
    return min(low, at + shift), max(high, length - 1 + shift)


def _runs(origin: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    if origin == tuple(range(len(origin))):
        return ()   # the usual case, told at C speed
    runs = []
    last = 0
    for i, o in enumerate(origin):
        if o - i != last:
            last = o - i
            runs.append((i, last))
    return tuple(runs)


def _expand(runs: tuple[tuple[int, int], ...], length: int) -> tuple[int, ...]:
    """The origin map of LENGTH entries the RUNS describe; raises DecodeError
    when they are not in order or not inside it."""
    out = []
    shift, at = 0, 0
    for i, delta in runs:
        if not at <= i < length:
            raise DecodeError("origin runs out of order")
        out.extend(range(at + shift, i + shift))
        at, shift = i, delta
    out.extend(range(at + shift, length + shift))
    return tuple(out)
