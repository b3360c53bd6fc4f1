"""Tests for checker.memo, and for the stages that remember what they worked
out per sentence or per analysis while building an index: remembered or not,
the same passages, records and postings."""
from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

from checker.language.lexicon import load_lexicon
from checker.memo import IdentityMemo
from checker.model import Document
from checker.pipeline import analysed_passages
from checker.stages import index
from checker.stages import segment as segment_stage
from checker.store import records

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@dataclass(frozen=True)
class Box:
    value: int


def test_a_memo_derives_once_per_live_object_and_forgets_it_when_collected():
    calls = []
    memo = IdentityMemo(lambda box: calls.append(box.value) or box.value * 2, limit=10)
    a, b = Box(1), Box(1)   # equal, but two objects: derived for each
    assert (memo(a), memo(a), memo(b), memo(a)) == (2, 2, 2, 2)
    assert calls == [1, 1]
    del b
    gc.collect()
    assert len(memo) == 1
    assert memo(Box(3)) == 6 and calls == [1, 1, 3]


def test_a_memo_past_its_limit_forgets_all_and_stays_right():
    memo = IdentityMemo(lambda box: box.value, limit=3)
    boxes = [Box(n) for n in range(10)]
    assert [memo(b) for b in boxes] == list(range(10))
    assert len(memo) <= 3
    assert [memo(b) for b in boxes] == list(range(10))


def _document(repeats: int) -> Document:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))[:3])
    return Document(path="d.txt", text="\n".join([text] * repeats), encoding="utf-8")


def test_remembered_sentences_segment_as_fresh_ones(monkeypatch):
    document = _document(3)   # every sentence seen three times: remembered
    segment_stage._remembered.clear()
    segment_stage._seen.clear()
    remembered = segment_stage.segment(document)
    assert segment_stage._remembered
    monkeypatch.setattr(segment_stage, "_pieces", segment_stage._cut_pieces)
    assert remembered == segment_stage.segment(document)


def test_records_and_postings_of_a_reused_analysis_are_those_worked_out_afresh(monkeypatch):
    lexicon = load_lexicon()
    pairs = list(analysed_passages(_document(3), lexicon))
    reused = len(pairs) - len({id(a) for _, a in pairs})
    assert reused > len(pairs) // 4   # the third copy at least reuses analyses
    blocks = [records.pack(pairs[i:i + 8]) for i in range(0, len(pairs), 8)]
    part = index.index_part([a for _, a in pairs])
    monkeypatch.setattr(records, "_analysis_streams", records._write_analysis)
    monkeypatch.setattr(index, "_postings_of", index._derive_postings)
    assert blocks == [records.pack(pairs[i:i + 8]) for i in range(0, len(pairs), 8)]
    assert part == index.index_part([a for _, a in pairs])
    # The analysis's part packed ahead is what the streams write (all of it).
    monkeypatch.setattr(records, "_analysis_streams",
                        lambda a: records._write_analysis(a)._replace(packed=None))
    assert blocks == [records.pack(pairs[i:i + 8]) for i in range(0, len(pairs), 8)]
