"""Tests for checker.store.records: what a record keeps of a passage's frames
(their values as numbers among the passage's values), that what is read
back is what was stored, sharing the objects a fresh analysis shares, and
that a forged record is a DecodeError, never another exception."""
from __future__ import annotations

import math
import struct
from dataclasses import fields, replace
from pathlib import Path

import pytest

from checker import pipeline
from checker.io.load import load_documents
from checker.language.lexicon import load_lexicon
from checker.model import Analysis, Frame, Mention, Passage, Value
from checker.store import records
from checker.store.codec import DecodeError
from checker.store.records import _HEAD, _record, check_fields, inflate, pack, unpack

ROOT = Path(__file__).resolve().parents[2]

TEXT = "智谱2024年营收3.1亿元,亏损20亿元。"


def _value(kind: str, low: float, start: int, end: int, unit: str = "") -> Value:
    return Value(kind=kind, low=low, high=low, anchor=low, precision=1.0, unit=unit,
                 start=start, end=end, surface=TEXT[start:end])


def _pair() -> tuple[Passage, Analysis]:
    year = _value("date", 738886.0, 2, 7)
    revenue = _value("amount", 3.1e8, 9, 14, "CNY")
    loss = _value("amount", 2e9, 17, 22, "CNY")
    elsewhere = _value("amount", 1e6, 0, 2, "CNY")   # in no frame's passage values
    frames = (
        # An equal copy of a value of the passage, as analysis may hand over.
        Frame(("zhipu",), ("revenue",), "revenue", _value("amount", 3.1e8, 9, 14, "CNY"), year),
        Frame(("zhipu",), ("loss", "revenue"), "loss", loss, year, subject_explicit=False),
        Frame(("unnamed",), (), "", elsewhere),
    )
    passage = Passage(source="a.txt", index=0, paragraph=0, text=TEXT,
                      origin=tuple(range(len(TEXT) + 1)), excerpt=TEXT, line=1, start=0,
                      end=len(TEXT), clauses=((0, 15), (15, len(TEXT))))
    analysis = Analysis(text=TEXT, mentions=(Mention("entity", "zhipu", 0, 2, "智谱"),),
                        values=(year, revenue, loss), frames=frames,
                        terms=("智谱", "营收"), clauses=passage.clauses,
                        clause_subjects=((("zhipu",), True), ((), False)))
    return passage, analysis


def _round_trip(passage: Passage, analysis: Analysis) -> tuple[Passage, Analysis]:
    (record,) = inflate(pack([(passage, analysis)]))
    return unpack(record, passage.source)


def _numbers(value: Value) -> list:
    return [value.low, value.high, value.anchor, value.precision]


def test_the_fields_a_record_knows_are_the_models():
    check_fields()
    for cls in (Passage, Analysis, Mention, Value, Frame):
        assert records._FIELDS[cls] == tuple(f.name for f in fields(cls))


def test_a_field_a_record_does_not_know_refuses_the_cache(monkeypatch):
    monkeypatch.setitem(records._FIELDS, Mention, ("kind", "id", "start", "end"))
    with pytest.raises(TypeError, match="Mention"):
        check_fields()


def test_frames_come_back_equal_their_values_the_passages_own_objects():
    passage, analysis = _pair()
    read_passage, read = _round_trip(passage, analysis)
    assert read_passage == passage and read == analysis and read.frames == analysis.frames
    assert read.frames[0].value is read.values[1] and read.frames[1].value is read.values[2]
    assert read.frames[0].time is read.values[0] is read.frames[1].time
    # A value of no passage's value comes back whole.
    assert read.frames[2].value == analysis.frames[2].value
    assert all(read.frames[2].value is not v for v in read.values)
    assert [type(f) for f in read.frames] == [Frame] * 3
    assert read.clause_subjects == analysis.clause_subjects


def test_every_seed_passage_comes_back_equal():
    lexicon = load_lexicon()
    documents, _ = load_documents([ROOT / "seeds"])
    pairs = [pair for d in documents for pair in pipeline.analysed_passages(d, lexicon)]
    assert len(pairs) > 400 and any(a.frames for _, a in pairs)
    assert any(p.excerpt != p.text for p, _ in pairs)
    assert any(p.origin != tuple(range(len(p.text) + 1)) for p, _ in pairs)
    read = [unpack(r, "x") for i in range(0, len(pairs), 8) for r in inflate(pack(pairs[i:i + 8]))]
    for (passage, analysis), (read_passage, read_analysis) in zip(pairs, read):
        assert read_passage == replace(passage, source="x") and read_analysis == analysis
        assert read_passage.origin == passage.origin and read_analysis.terms == analysis.terms
        for a, b in zip(analysis.values, read_analysis.values):
            assert [type(n) for n in _numbers(a)] == [type(n) for n in _numbers(b)]


def test_numbers_come_back_as_they_were_ints_included():
    # An int in a float field stays an int (5, not 5.0: everything formatted
    # from it is the same as without the cache), however large.
    passage, analysis = _pair()
    odd = [replace(analysis.values[1], low=5, high=10 ** 30, anchor=-(2 ** 63), precision=0),
           replace(analysis.values[1], low=float("nan"), high=float("inf"), anchor=-0.0,
                   precision=1e-300),
           replace(analysis.values[1], low=2 ** 53 + 1, high=True, anchor=7.5, precision=1)]
    analysis = replace(analysis, values=(*odd, analysis.values[2]),
                       frames=(replace(analysis.frames[0], value=odd[0], time=odd[1]),))
    _, read = _round_trip(passage, analysis)
    for a, b in zip(analysis.values, read.values):
        assert [type(n) for n in _numbers(b)] == [float if type(n) is float else int
                                                 for n in _numbers(a)]
        assert [repr(n) for n in _numbers(b)] == [repr(int(n) if type(n) is bool else n)
                                                 for n in _numbers(a)]
    assert math.isnan(read.values[1].low) and read.frames[0].time is read.values[1]


def test_strings_holding_the_separator_come_back_whole():
    passage, analysis = _pair()
    text = TEXT.replace("营收", "营\0")
    passage = replace(passage, text=text, excerpt=text + "\0", origin=tuple(range(len(text) + 1)))
    analysis = replace(analysis, text=text, terms=("\0", "", "a\0b"),
                       mentions=(Mention("entity", "zhi\0pu", 0, 2, ""),))
    read_passage, read = _round_trip(passage, analysis)
    assert read_passage == passage and read == analysis and read.terms == analysis.terms


def test_a_frame_value_number_out_of_range_does_not_decode():
    passage, analysis = _pair()
    record = _record(passage, analysis)
    n_ints = _HEAD.unpack_from(record)[0]
    ints = list(struct.unpack_from(f"<{n_ints}q", record, _HEAD.size))
    # The first frame's value number (after the counts, clauses, mention and
    # value spans): the record's one extra value is number -2, none is -3.
    at = records._COUNTS + 2 * 2 + 2 * 1 + 3 * 4 + 2
    assert ints[at] == 1
    for number in (4, -4, -1):
        forged = list(ints)
        forged[at] = number
        data = record[:_HEAD.size] + struct.pack(f"<{n_ints}q", *forged) \
            + record[_HEAD.size + 8 * n_ints:]
        with pytest.raises(DecodeError, match="out of range"):
            unpack(data, "a.txt")


def _forgeries(record: bytes):
    """RECORD with each integer set to odd numbers, and cut short at every length."""
    n_ints = _HEAD.unpack_from(record)[0]
    ints = list(struct.unpack_from(f"<{n_ints}q", record, _HEAD.size))
    rest = record[_HEAD.size + 8 * n_ints:]
    for at in range(len(ints)):
        for number in (-2, -1, 0, 1, 2, 3, 255, 1 << 40):
            forged = list(ints)
            forged[at] = number
            yield record[:_HEAD.size] + struct.pack(f"<{n_ints}q", *forged) + rest
    for length in range(len(record)):
        yield record[:length]
    for count in range(4):
        head = list(_HEAD.unpack_from(record))
        head[count] += 1
        yield _HEAD.pack(*head) + record[_HEAD.size:]


def test_a_forged_record_is_a_decode_error_or_plain_data_never_a_crash():
    passage, analysis = _pair()
    with_excerpt = replace(passage, excerpt=TEXT + " ", origin=(0, *range(2, len(TEXT) + 2)))
    cases = [(passage, analysis), (with_excerpt, replace(analysis, terms=("其他",)))]
    read = 0
    for case in cases:
        for data in _forgeries(_record(*case)):
            try:
                found = unpack(data, "a.txt")
            except DecodeError:
                continue
            read += 1
            assert isinstance(found[0], Passage) and isinstance(found[1], Analysis)
            assert all(type(m) is Mention for m in found[1].mentions)
    assert read > 0   # some forgeries are well formed (another paragraph number, say)
