"""How a passage and its analysis are stored in a cache entry: only what
cannot be derived, as compressed plain data (integers, floats and strings).

A passage as the stages hand it over says much twice: its text is also the
analysis's text and, mostly, its excerpt; its origin map has an integer per
character and is mostly the identity; its clauses are the analysis's; its
content terms are ``analyse.content_terms`` of the text; its source path is
replaced by the display path on reading anyway. A record keeps each of
those only where it differs from what can be derived, the origin map as
runs (where ``origin[i] - i`` changes), a frame's value and time as their
numbers among the passage's values (a record would hold each twice, and
decoding a value is most of the cost of reading a passage), and the
records of ``BLOCK_PASSAGES`` consecutive passages are compressed together
with zlib, each decoded only when read. On the bench corpus this takes an
entry from about 13 to about 2 times the size of its source.

A record is three streams: 64-bit integers, 64-bit floats (little-endian
arrays) and strings (their lengths, then their UTF-8 as one text), which
the reader takes from in the order the writer put them in (``_record``,
``_unpack``): no JSON to parse, no generic walk over declared types, and
an object built per mention, value and frame straight from the streams.
(It was JSON through ``checker.store.codec``: about 40% of a warm run's
time reading passages went into decoding it.) Decoding builds only
passages, analyses, mentions, values, frames, tuples, strings and numbers;
a count, a length or a number that does not fit what follows, or anything
left over, is a DecodeError.

``pack`` and ``unpack`` are exact inverses: a test checks that every seed
passage comes back equal. The entry's reader checks the spans of what was
built (``cache._check_passage``); a decompression bomb is refused by a size limit.
"""
from __future__ import annotations

import operator
import struct
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import fields
from itertools import accumulate, chain
from typing import NamedTuple

from checker.memo import IdentityMemo
from checker.model import Analysis, Frame, Mention, Passage, Value
from checker.stages.analyse import content_terms
from checker.store.codec import DecodeError

MAX_RECORD = 1 << 26
"""Bytes a block may decompress to: more is not one the checker wrote."""
BLOCK_PASSAGES = 8
"""Passages compressed together: neighbours share words and ids, so a block
compresses a quarter better than its passages one by one, and a passage
is rarely read without its neighbours."""
_LEVEL = 3
"""zlib's level for a block: on the bench corpus level 3 compresses in about
70% of level 6's time into 4% more bytes (entries about 2.8 times the
sources instead of 2.7); reading inflates either alike."""
_COUNT = struct.Struct("<I")


def pack(pairs: Sequence[tuple[Passage, Analysis]]) -> bytes:
    """The bytes an entry stores for a block of passages and their analyses:
    the records' count and ends (little-endian uint32), then the records,
    compressed together (a record is decoded only when its passage is read)."""
    records = [_record(p, a) for p, a in pairs]
    head = struct.pack(f"<{len(records) + 1}I", len(records), *accumulate(map(len, records)))
    return zlib.compress(b"".join([head, *records]), _LEVEL)


def inflate(data: bytes) -> list[bytes]:
    """The records of a block PACK made (each still to ``unpack``); raises DecodeError."""
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


_HEAD = struct.Struct("<IIII")
"""A record's lead: how many integers, floats and strings it holds, and how
many string lengths (none: its strings are cut at ``_SEPARATOR``)."""
_SEPARATOR = "\0"
_NONE = -1
"""A frame's time when it has none; the count of a field left out (derivable)."""
_BOOL = {0: False, 1: True}
_END = object()


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


class _Streams:
    """The three streams of a record being written (see ``_record``)."""

    __slots__ = ("digits", "floats", "ints", "strings")

    def __init__(self) -> None:
        self.ints: list[int] = []
        self.floats: list[float] = []
        self.strings: list[str] = []
        self.digits: list[str] = []

    def spans(self, spans: tuple[tuple[int, int], ...]) -> None:
        for start, end in spans:
            self.ints += (start, end)

    def value(self, value: Value) -> None:
        mask = 0
        for bit, number in enumerate((value.low, value.high, value.anchor, value.precision)):
            mask |= self.number(number) << bit
        self.ints += (mask, value.start, value.end)
        self.strings += (value.kind, value.unit, value.hedge, value.surface, value.role)

    def number(self, number: float) -> int:
        """Write NUMBER (a float field, which may hold an int: an int must
        come back an int, for everything formatted from it); returns 0 for a
        float, 1 for an int the float written holds exactly, 16 for an int
        written as its digits."""
        if isinstance(number, float):
            self.floats.append(float(number))
            return 0
        whole = operator.index(number)
        try:
            exact = float(whole)
        except OverflowError:
            exact = None
        if exact is not None and int(exact) == whole:
            self.floats.append(exact)
            return 1
        self.floats.append(0.0)
        self.digits.append(str(whole))
        return 16

    def bytes(self, head: Sequence[int], lead: Sequence[str]) -> bytes:
        ints = [*head, len(self.digits), *self.ints]
        strings = [*lead, *self.digits, *self.strings]
        joined = _SEPARATOR.join(strings)
        # Split at a separator none of them holds (the usual case: C speed),
        # or cut by their lengths.
        lengths = [] if joined.count(_SEPARATOR) == len(strings) - 1 else list(map(len, strings))
        if lengths:
            joined = "".join(strings)
        return b"".join((_HEAD.pack(len(ints), len(self.floats), len(strings), len(lengths)),
                         struct.pack(f"<{len(ints)}q{len(self.floats)}d{len(lengths)}I",
                                     *ints, *self.floats, *lengths),
                         joined.encode("utf-8", "surrogatepass")))


def _frame_ref(found: int | Value, extras: list[Value]) -> int:
    if type(found) is int:
        return found
    extras.append(found)
    return -1 - len(extras)


def _record(passage: Passage, analysis: Analysis) -> bytes:
    """The record of a passage and its analysis: three streams of plain data,
    64-bit integers, 64-bit floats and strings. The integers open with the
    counts of every part (``_COUNTS``), so that the reader takes each part
    as a slice; then come the clauses, the mentions' spans, the values'
    number marks (``_Streams.number``) and spans, the frames' subject and
    measure counts, value and time numbers and whether the subject is
    explicit, the clause subjects' counts and whether explicit, the origin
    runs and the analysis's clauses. The strings: the text, the excerpt
    (when it is not the text), the terms (when they are not ``content_terms``
    of the text), the digits of ints too large for a float, then the
    mentions', values', frames' and clause subjects' strings. The floats:
    the values' four numbers each.

    A frame's value and time are their numbers in the passage's values
    (``_numbering``), or, when none is equal to them, -2, -3, ... for the
    record's extra values (written after the values); a time of None is -1.

    What comes of the analysis alone (``_AnalysisStreams``) is worked out
    once per analysis object (``_analysis_streams``): a sentence read again
    is one analysis for all its passages."""
    if analysis.text != passage.text:
        raise ValueError("an analysis of another text")
    text = passage.text
    own = _analysis_streams(analysis)
    runs = _runs(passage.origin)
    same_clauses = analysis.clauses == passage.clauses
    excerpt = () if passage.excerpt == text else (passage.excerpt,)
    head = (len(excerpt), _NONE if own.same_terms else len(analysis.terms),
            passage.index, passage.paragraph, passage.line, passage.start, passage.end,
            len(passage.clauses), len(analysis.mentions), len(analysis.values), own.extras,
            len(analysis.frames), len(analysis.clause_subjects), len(runs),
            _NONE if same_clauses else len(analysis.clauses))
    lead = (text, *excerpt, *(() if own.same_terms else analysis.terms))
    if own.packed is not None and not any(_SEPARATOR in s for s in lead):
        # The analysis's part as it packed it: the bytes ``_Streams.bytes``
        # would write (little-endian, no padding, UTF-8 concatenates).
        ints, floats, tail = own.packed
        before = [*head, len(own.digits), *chain.from_iterable(passage.clauses)]
        after = [*chain.from_iterable(runs),
                 *(() if same_clauses else chain.from_iterable(analysis.clauses))]
        return b"".join((_HEAD.pack(len(before) + len(own.ints) + len(after), len(own.floats),
                                    len(lead) + len(own.digits) + len(own.strings), 0),
                         struct.pack(f"<{len(before)}q", *before), ints,
                         struct.pack(f"<{len(after)}q", *after), floats,
                         _SEPARATOR.join(lead).encode("utf-8", "surrogatepass"), tail))
    out = _Streams()
    out.spans(passage.clauses)
    out.ints += own.ints
    out.floats, out.digits, out.strings = own.floats, own.digits, own.strings
    out.spans(runs)
    if not same_clauses:
        out.spans(analysis.clauses)
    return out.bytes(head, lead)


class _AnalysisStreams(NamedTuple):
    """The part of a record that comes of the analysis alone (tuples of
    plain data, which the garbage collector does not walk)."""

    ints: tuple[int, ...]
    """The mentions' spans to the clause subjects' counts (see ``_record``)."""
    floats: tuple[float, ...]
    digits: tuple[str, ...]
    strings: tuple[str, ...]
    extras: int
    """Extra values written after the analysis's own."""
    same_terms: bool
    """Whether the terms are ``content_terms`` of the text (then not written)."""
    packed: tuple[bytes, bytes, bytes] | None
    """INTS and FLOATS packed, and the digits and strings joined after a
    separator (nothing when there are none), UTF-8; None when one of them
    holds the separator (then strings are written by their lengths)."""


def _write_analysis(analysis: Analysis) -> _AnalysisStreams:
    out = _Streams()
    ints, strings = out.ints, out.strings
    for m in analysis.mentions:
        ints += (m.start, m.end)
        strings += (m.kind, m.id, m.surface)
    values = analysis.values
    for v in values:
        out.value(v)
    number = _numbering(values)
    extras: list[Value] = []
    refs = [(_frame_ref(number(f.value), extras),
             _NONE if f.time is None else _frame_ref(number(f.time), extras))
            for f in analysis.frames]
    for v in extras:
        out.value(v)
    for f, (value, time) in zip(analysis.frames, refs):
        ints += (len(f.subjects), len(f.measures), value, time, 1 if f.subject_explicit else 0)
        strings += (*f.subjects, *f.measures, f.head_measure)
    for subjects, explicit in analysis.clause_subjects:
        ints += (len(subjects), 1 if explicit else 0)
        strings += subjects
    tail = (*out.digits, *strings)
    packed = None
    if not any(_SEPARATOR in s for s in tail):
        joined = "".join(_SEPARATOR + s for s in tail)
        packed = (struct.pack(f"<{len(ints)}q", *ints),
                  struct.pack(f"<{len(out.floats)}d", *out.floats),
                  joined.encode("utf-8", "surrogatepass"))
    return _AnalysisStreams(tuple(ints), tuple(out.floats), tuple(out.digits), tuple(strings),
                            len(extras), analysis.terms == content_terms(analysis.text), packed)


_analysis_streams = IdentityMemo(_write_analysis, 1 << 15)
"""A process's analyses in use (those ``analyse_passage`` keeps to reuse, at
most 32,768, and the block being written), each with its streams."""


_FIELDS = {
    Passage: ("source", "index", "paragraph", "text", "origin", "excerpt", "line", "start",
              "end", "clauses"),
    Analysis: ("text", "mentions", "values", "frames", "terms", "clauses", "clause_subjects"),
    Mention: ("kind", "id", "start", "end", "surface"),
    Value: ("kind", "low", "high", "anchor", "precision", "unit", "hedge", "start", "end",
            "surface", "role"),
    Frame: ("subjects", "measures", "head_measure", "value", "time", "subject_explicit"),
}
"""The fields a record writes and reads, by class."""


def check_fields() -> None:
    """Raise TypeError when a class a record stores has other fields than
    ``_record`` and ``_unpack`` know: a record would leave a new field out
    (the cache is then not used, and the tests fail, until they know it)."""
    for cls, names in _FIELDS.items():
        found = tuple(f.name for f in fields(cls))
        if found != names:
            raise TypeError(f"a cache record stores {cls.__name__} as {names}, not {found}")


_COUNTS = 16
"""Integers a record opens with: whether it has an excerpt of its own, its
terms (-1: derived), index, paragraph, line, start, end, and its clauses,
mentions, values, extra values, frames, clause subjects, origin runs,
analysis clauses (-1: the passage's) and digit strings."""


def unpack(data: bytes, source: str) -> tuple[Passage, Analysis]:
    """The passage (from SOURCE) and analysis of a record of ``inflate``;
    raises DecodeError. What can be derived is derived on first use (the
    origin map, the terms): most passages read are judged, never quoted, and
    few judgements look at a passage's terms. The origin runs are checked
    here, so that deriving them later cannot fail."""
    try:
        return _unpack(data, source)
    except DecodeError:
        raise
    except (IndexError, KeyError, ValueError, TypeError, OverflowError, StopIteration,
            struct.error) as error:
        # Counts, numbers or lengths that do not fit what follows them.
        raise DecodeError(f"bad record: {type(error).__name__}") from None


def _streams(data: bytes) -> tuple[tuple[int, ...], tuple[float, ...], list[str]]:
    """The three streams of a record (see ``_record``), checked for size."""
    n_ints, n_floats, n_strings, n_lengths = _HEAD.unpack_from(data)
    text_at = _HEAD.size + 8 * n_ints + 8 * n_floats + 4 * n_lengths
    if text_at > len(data) or n_lengths not in (0, n_strings) or n_ints < _COUNTS:
        raise DecodeError("short record")
    numbers = struct.unpack_from(f"<{n_ints}q{n_floats}d{n_lengths}I", data, _HEAD.size)
    joined = data[text_at:].decode("utf-8", "surrogatepass")
    if n_lengths:
        ends = list(accumulate(numbers[n_ints + n_floats:]))
        strings = [joined[a:b] for a, b in zip([0, *ends], ends)]
        if ends[-1] != len(joined):
            raise DecodeError("string lengths")
    else:
        strings = joined.split(_SEPARATOR)
        if len(strings) != n_strings:
            raise DecodeError("string count")
    return numbers[:n_ints], numbers[n_ints:n_ints + n_floats], strings


def _unpack(data: bytes, source: str) -> tuple[Passage, Analysis]:
    ints, floats, strings = _streams(data)
    (excerpts, terms, index, paragraph, line, start, end, n_clauses, n_mentions, n_values,
     n_extras, n_frames, n_subjects, n_runs, n_analysis, n_digits) = ints[:_COUNTS]
    if min(n_clauses, n_mentions, n_values, n_extras, n_frames, n_subjects, n_runs,
           n_digits, terms + 1, n_analysis + 1) < 0 or excerpts not in (0, 1):
        raise DecodeError("bad counts")
    n_numbers = n_values + n_extras
    p = _COUNTS + 2 * n_clauses
    if len(ints) != p + 2 * n_mentions + 3 * n_numbers + 5 * n_frames + 2 * n_subjects \
            + 2 * n_runs + 2 * max(n_analysis, 0) or len(floats) != 4 * n_numbers:
        raise DecodeError("bad sizes")
    # Every slice below is inside INTS; those of STRINGS are checked at the end.
    text = strings[0]
    excerpt = strings[1] if excerpts else text
    s = 1 + excerpts + max(terms, 0)
    terms = None if terms == _NONE else tuple(strings[1 + excerpts:s])
    digits = iter(strings[s:s + n_digits])
    s += n_digits
    intern, new, put = sys.intern, object.__new__, _put
    clauses = _pairs(ints[_COUNTS:p])

    # The ids, kinds and names, repeated in every passage, are interned: a
    # passage kept in memory is about half the size for it.
    spans = ints[p:p + 2 * n_mentions]
    p += 2 * n_mentions
    texts = strings[s:s + 3 * n_mentions]
    s += 3 * n_mentions
    mentions = []
    for kind, name, surface, start_at, end_at in zip(
            map(intern, texts[0::3]), map(intern, texts[1::3]), map(intern, texts[2::3]),
            spans[0::2], spans[1::2]):
        mention = new(Mention)
        put(mention, "kind", kind)
        put(mention, "id", name)
        put(mention, "start", start_at)
        put(mention, "end", end_at)
        put(mention, "surface", surface)
        mentions.append(mention)

    numbers = []
    if n_numbers:
        marks = ints[p:p + 3 * n_numbers]
        p += 3 * n_numbers
        texts = strings[s:s + 5 * n_numbers]
        s += 5 * n_numbers
        for kind, unit, hedge, surface, role, mask, start_at, end_at, *four in zip(
                *(map(intern, texts[i::5]) for i in range(5)), marks[0::3], marks[1::3],
                marks[2::3], floats[0::4], floats[1::4], floats[2::4], floats[3::4]):
            if mask:
                four = _exact(mask, four, digits)
            value = new(Value)
            put(value, "kind", kind)
            put(value, "low", four[0])
            put(value, "high", four[1])
            put(value, "anchor", four[2])
            put(value, "precision", four[3])
            put(value, "unit", unit)
            put(value, "hedge", hedge)
            put(value, "start", start_at)
            put(value, "end", end_at)
            put(value, "surface", surface)
            put(value, "role", role)
            numbers.append(value)
    values, extras = tuple(numbers[:n_values]), numbers[n_values:]

    frames = []
    table = ints[p:p + 5 * n_frames]
    p += 5 * n_frames
    for n_names, n_measures, value, time, explicit in zip(
            table[0::5], table[1::5], table[2::5], table[3::5], table[4::5]):
        if n_names < 0 or n_measures < 0:
            raise DecodeError("bad counts")
        subjects = tuple(map(intern, strings[s:s + n_names]))
        s += n_names
        measures = tuple(map(intern, strings[s:s + n_measures]))
        s += n_measures
        frame = new(Frame)
        put(frame, "subjects", subjects)
        put(frame, "measures", measures)
        put(frame, "head_measure", intern(strings[s]))
        put(frame, "value", _frame_value(value, values, extras))
        put(frame, "time", None if time == _NONE else _frame_value(time, values, extras))
        put(frame, "subject_explicit", _BOOL[explicit])
        s += 1
        frames.append(frame)

    clause_subjects = []
    table = ints[p:p + 2 * n_subjects]
    p += 2 * n_subjects
    for count, explicit in zip(table[0::2], table[1::2]):
        if count < 0:
            raise DecodeError("bad counts")
        subjects = (tuple(strings[s:s + count]), _BOOL[explicit])
        s += count
        clause_subjects.append(_SUBJECTS.setdefault(subjects, subjects))
    if len(_SUBJECTS) > 1 << 16:
        _SUBJECTS.clear()
    if s != len(strings) or next(digits, None) is not None:
        raise DecodeError("more or fewer strings than the record describes")

    runs = _pairs(ints[p:p + 2 * n_runs])
    p += 2 * n_runs
    low, high = _origin_range(runs, len(text) + 1)
    if low < 0 or high > len(excerpt):
        raise DecodeError("origin outside the excerpt")

    passage = new(_ReadPassage)
    put(passage, "source", source)
    put(passage, "index", index)
    put(passage, "paragraph", paragraph)
    put(passage, "text", text)
    put(passage, "excerpt", excerpt)
    put(passage, "line", line)
    put(passage, "start", start)
    put(passage, "end", end)
    put(passage, "clauses", clauses)
    put(passage, "_origin_runs", runs)
    analysis = new(_ReadAnalysis)
    put(analysis, "text", text)
    put(analysis, "mentions", tuple(mentions))
    put(analysis, "values", values)
    put(analysis, "frames", tuple(frames))
    put(analysis, "clauses", clauses if n_analysis == _NONE else _pairs(ints[p:]))
    put(analysis, "clause_subjects", tuple(clause_subjects))
    if terms is not None:
        put(analysis, "terms", terms)
    return passage, analysis


def _pairs(flat: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    pairs = iter(flat)
    return tuple(zip(pairs, pairs))


def _exact(mask: int, numbers: list[float], digits: Iterator[str]) -> tuple:
    """NUMBERS with those MASK marks as ints made ints again (see ``_Streams.number``)."""
    if not 0 < mask < 256:
        raise DecodeError("bad number marks")
    out = []
    for bit, number in enumerate(numbers):
        as_float, as_digits = mask >> bit & 1, mask >> (4 + bit) & 1
        if as_float and (as_digits or not number.is_integer()):
            raise DecodeError("bad number marks")
        if as_digits:
            number = int(next(digits))   # StopIteration: no more digit strings
        out.append(int(number) if as_float else number)
    return tuple(out)


def _frame_value(number: int, values: tuple[Value, ...], extras: list[Value]) -> Value:
    """Value NUMBER of a frame (see ``_record``); raises DecodeError when there is none."""
    if 0 <= number < len(values):
        return values[number]
    if 0 <= -2 - number < len(extras):
        return extras[-2 - number]
    raise DecodeError("a frame's value number out of range")


_put = object.__setattr__
"""Sets a field of a frozen dataclass instance being built. Asking for an
instance's ``__dict__`` gives it a dict object of its own, which doubles its
memory (a Mention: 120 → 250 bytes); a run keeps thousands of passages of
tens of such objects each. (``__dict__.update`` would decode a record in 15%
fewer instructions, about 0.1 s of a warm 100 MB run, for 11 MB more at peak.)"""


_SUBJECTS: dict = {}
"""One object per distinct clause subject (``(('zhipu',), True)``) in this process."""


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
