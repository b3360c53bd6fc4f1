"""Tests for checker.store.records: what a record keeps of a passage's frames
(their values as numbers among the passage's values) and that what is read
back is what was stored, sharing the objects a fresh analysis shares."""
from __future__ import annotations

import json
from dataclasses import fields, replace
from pathlib import Path

import pytest

from checker import pipeline
from checker.io.load import load_documents
from checker.language.lexicon import load_lexicon
from checker.model import Analysis, Frame, Mention, Passage, Value
from checker.store.codec import DecodeError, json_bytes
from checker.store.records import StoredFrame, _record, _stored, codec, inflate, pack, unpack

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
                        terms=("智谱", "营收"), clauses=passage.clauses)
    return passage, analysis


def test_a_stored_frame_has_the_fields_of_a_frame_in_its_order():
    assert [f.name for f in fields(StoredFrame)] == [f.name for f in fields(Frame)]


def test_frames_come_back_equal_their_values_the_passages_own_objects():
    passage, analysis = _pair()
    (record,) = inflate(pack([(passage, analysis)]))
    stored = json.loads(record)[9]
    # Values of the passage are written as their numbers, others whole.
    assert [f[3] for f in stored[:2]] == [1, 2] and [f[4] for f in stored[:2]] == [0, 0]
    assert isinstance(stored[2][3], list) and stored[2][4] is None
    read_passage, read = unpack(record, "a.txt")
    assert read_passage == passage and read == analysis and read.frames == analysis.frames
    assert read.frames[0].value is read.values[1] and read.frames[1].value is read.values[2]
    assert read.frames[0].time is read.values[0] is read.frames[1].time
    assert read.frames[2].value == analysis.frames[2].value
    assert [type(f) for f in read.frames] == [Frame] * 3


@pytest.mark.parametrize("number", [3, -1])
def test_a_frame_value_number_out_of_range_does_not_decode(number):
    passage, analysis = _pair()
    (record,) = inflate(pack([(passage, analysis)]))
    forged = json.loads(record)
    forged[9][0][3] = number
    with pytest.raises(DecodeError, match="out of range"):
        unpack(json.dumps(forged, ensure_ascii=False).encode(), "a.txt")



def _written_both_ways(passage: Passage, analysis: Analysis) -> tuple[bytes, bytes]:
    return json_bytes(_record(passage, analysis)), codec().dumps(_stored(passage, analysis))


def test_a_record_is_written_as_the_codec_writes_the_stored_passage():
    # pack writes records directly, without the stored dataclasses: the
    # bytes must be the codec's, for every seed passage.
    lexicon = load_lexicon()
    documents, _ = load_documents([ROOT / "seeds"])
    pairs = [pair for d in documents for pair in pipeline.analysed_passages(d, lexicon)]
    assert len(pairs) > 400 and any(a.frames for _, a in pairs)
    assert any(p.excerpt != p.text for p, _ in pairs)
    for passage, analysis in pairs:
        direct, generic = _written_both_ways(passage, analysis)
        assert direct == generic, passage.text


def test_a_record_of_odd_frames_is_written_as_the_codec_writes_it():
    passage, analysis = _pair()
    year, revenue, loss = analysis.values
    odd = [
        # Two equal values (the same span twice): the last one's number.
        replace(analysis, values=(year, revenue, replace(revenue))),
        # A frame's time that is no value of the passage, and one equal to one.
        replace(analysis, frames=(replace(analysis.frames[0], time=replace(loss, start=0)),
                                  replace(analysis.frames[1], time=replace(loss)))),
        replace(analysis, terms=("其他",), clauses=((0, len(TEXT)),)),
        replace(analysis, values=(), frames=()),
    ]
    cases = [(p, a) for a in odd for p in (passage, replace(passage, excerpt=TEXT + " ",
                                                            origin=(0, *range(2, len(TEXT) + 2))))]
    for case in cases:
        direct, generic = _written_both_ways(*case)
        assert direct == generic
    assert json.loads(_written_both_ways(*cases[0])[0])[9][0][3] == 2
