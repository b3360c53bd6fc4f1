"""Tests for checker.stages.segment: sentences, spans back into the original, clauses."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.model import Document
from checker.stages.segment import MAX_PASSAGE_CHARS, clause_spans, segment

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def seed_document(path: Path) -> Document:
    return Document(path=f"seeds/{path.name}", text=path.read_text(encoding="utf-8"),
                    encoding="utf-8")


def doc(text: str) -> Document:
    return Document(path="t.txt", text=text, encoding="utf-8")


def seed(prefix: str) -> Document:
    (path,) = [p for p in SEED_FILES if p.name.startswith(prefix)]
    return seed_document(path)


def test_seed_002_line_44_keeps_traditional_excerpt():
    document = seed("002")
    lines = document.text.split("\n")
    wanted = "MiniMax的境外收入,占到了總收入的73.1%。"
    (passage,) = [p for p in segment(document) if wanted in p.excerpt]
    assert passage.line == 44
    assert passage.paragraph == 43
    assert "总收入" in passage.text
    assert passage.excerpt == lines[43][passage.start:passage.end]
    assert passage.source == "seeds/002_61a020b1efeb3fe6.txt"


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_every_seed_passage_points_into_its_line(path):
    document = seed_document(path)
    lines = document.text.split("\n")
    passages = segment(document)
    assert passages
    assert [p.index for p in passages] == list(range(len(passages)))
    for p in passages:
        assert p.excerpt == lines[p.line - 1][p.start:p.end]
        assert p.paragraph == p.line - 1
        assert p.excerpt == p.excerpt.strip() and p.text == p.text.strip()
        assert len(p.origin) == len(p.text) + 1
        assert p.origin[-1] == len(p.excerpt)
        assert list(p.origin) == sorted(p.origin)
        assert all(0 <= o <= len(p.excerpt) for o in p.origin)
        assert len(p.text) <= MAX_PASSAGE_CHARS


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_clauses_cover_the_text(path):
    for p in segment(seed_document(path)):
        assert p.clauses[0][0] == 0
        assert p.clauses[-1][1] == len(p.text)
        for (_, end), (start, _) in zip(p.clauses, p.clauses[1:]):
            assert end == start
        assert all(start < end for start, end in p.clauses)


def test_seed_001_passages_have_no_pinyin_notes():
    passages = segment(seed("001"))
    note = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)")
    assert not [p.text for p in passages if note.search(p.text)]
    # ... while the excerpts keep them, as the file has them.
    assert any("(yè)" in p.excerpt for p in passages)


def test_seed_lines_without_content_are_skipped():
    passages = segment(seed("002"))
    assert not [p for p in passages if p.excerpt == "![]()"]


def test_split_at_full_stop_not_at_enumeration_comma():
    first, second = "智谱、MiniMax和月之暗面赴港上市。", "百川智能、零一万物没有。"
    passages = segment(doc(first + second))
    assert [p.text for p in passages] == [first, second]
    assert passages[0].clauses == ((0, len(first)),)
    assert [(p.start, p.end) for p in passages] == [
        (0, len(first)), (len(first), len(first) + len(second))]


def test_closing_quote_stays_with_its_sentence():
    text = "他说:“这是第一股。”随后离开。她问:“真的吗?”"
    passages = segment(doc(text))
    assert [p.excerpt for p in passages] == ["他说:“这是第一股。”", "随后离开。", "她问:“真的吗?”"]


def test_sentence_end_inside_a_title_ends_no_sentence():
    text = "一篇题为《重磅！溪城明年取消中考》的文章被转发。教育局回应。他读了《好！》。"
    passages = segment(doc(text))
    assert [p.excerpt for p in passages] == [
        "一篇题为《重磅！溪城明年取消中考》的文章被转发。", "教育局回应。", "他读了《好！》。"]


def test_ascii_quotes_close_only_an_open_quote():
    passages = segment(doc('AI赛道又一次"中国震撼"。"六小虎"降温了。'))
    assert [p.excerpt for p in passages] == ['AI赛道又一次"中国震撼"。', '"六小虎"降温了。']


def test_ascii_question_mark_ends_sentence_only_before_text_or_end():
    passages = segment(doc("能否跑通?如果能,就上市。變?yōu)椤盀樘囟"))
    assert [p.excerpt for p in passages] == ["能否跑通?", "如果能,就上市。", "變?yōu)椤盀樘囟"]


def test_lines_are_paragraphs_and_sentences_never_span_lines():
    passages = segment(doc("第一段没有句号\n\n  第二段。第二句\n![]()\n"))
    assert [(p.line, p.paragraph, p.excerpt) for p in passages] == [
        (1, 0, "第一段没有句号"), (3, 2, "第二段。"), (3, 2, "第二句")]
    assert passages[1].start == 2  # leading spaces are not part of the sentence


def test_clauses_split_at_comma_colon_semicolon_not_in_numbers():
    text = "据报道:MiniMax累计亏损101,865万元,时间10:30;智谱、月之暗面未回应。"
    (passage,) = segment(doc(text))
    pieces = [passage.text[s:e] for s, e in passage.clauses]
    assert pieces == ["据报道:", "MiniMax累计亏损101,865万元,", "时间10:30;", "智谱、月之暗面未回应。"]


def test_full_width_punctuation_normalised_and_split():
    (passage,) = segment(doc("智譜ＡＩ，估值２００億元：上市。"))
    assert passage.text == "智谱AI,估值200亿元:上市。"
    assert [passage.text[s:e] for s, e in passage.clauses] == ["智谱AI,", "估值200亿元:", "上市。"]
    assert passage.excerpt == "智譜ＡＩ，估值２００億元：上市。"


def test_origin_maps_text_back_into_excerpt():
    (passage,) = segment(doc("  行業(yè)競爭\ue1f7加劇。  "))
    assert passage.text == "行业竞争加剧。"
    assert passage.excerpt == "行業(yè)競爭\ue1f7加劇。"
    assert passage.start == 2
    start = passage.origin[2]  # 竞
    end = passage.origin[4]  # 加: end of 竞争 in the excerpt is before it
    assert passage.excerpt[start:end].startswith("競爭")
    assert passage.excerpt[passage.origin[0]:passage.origin[2]] == "行業(yè)"


def test_trailing_note_stays_in_excerpt():
    (passage,) = segment(doc("這是行業(yè)"))
    assert passage.text == "这是行业"
    assert passage.excerpt == "這是行業(yè)"
    assert passage.origin[-1] == len(passage.excerpt)


def test_long_sentence_is_cut_at_clause_ends():
    clause = "智谱的收入增长很快" * 10 + ","  # 91 characters
    line = clause * 60 + "结束。"
    passages = segment(doc(line))
    assert len(passages) > 1
    assert all(len(p.text) <= MAX_PASSAGE_CHARS for p in passages)
    assert all(p.text.endswith(",") for p in passages[:-1])  # cut after a comma
    assert "".join(p.excerpt for p in passages) == line
    assert [p.index for p in passages] == list(range(len(passages)))
    for p in passages:
        assert line[p.start:p.end] == p.excerpt


def test_long_clause_without_breaks_is_hard_cut():
    line = "字" * (MAX_PASSAGE_CHARS * 2 + 10)
    passages = segment(doc(line))
    assert [len(p.text) for p in passages] == [MAX_PASSAGE_CHARS, MAX_PASSAGE_CHARS, 10]
    assert passages[1].start == MAX_PASSAGE_CHARS


def test_huge_line_is_linear_enough():
    line = ("MiniMax累计亏损92亿元,智谱亏损62亿元。" * 20000)  # ~500k characters
    passages = segment(doc(line))
    assert len(passages) == 20000
    assert passages[-1].end == len(line)


def test_clause_spans_of_empty_and_plain_text():
    assert clause_spans("") == ()
    assert clause_spans("没有逗号") == ((0, 4),)
    assert clause_spans("a,b") == ((0, 2), (2, 3))


def test_empty_document_has_no_passages():
    assert segment(doc("")) == []
    assert segment(doc("\n\n   \n")) == []


def test_clause_breaks_are_where_the_plain_lookbehind_puts_them():
    # _CLAUSE_BREAK looks for the digit before an ASCII comma after the comma
    # (for speed); on random text, with a window too, it finds what the plain
    # form does.
    import random

    from checker.stages import segment as stage

    plain = re.compile(r"[;；﹔，﹐：﹕]|(?<!\d)[,:]|[,:](?!\d)")
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice("1,:;a，：９ ") for _ in range(rng.randint(0, 10)))
        start, end = sorted(rng.randint(0, len(text)) for _ in range(2))
        assert [m.span() for m in stage._CLAUSE_BREAK.finditer(text, start, end)] == \
            [m.span() for m in plain.finditer(text, start, end)], (text, start, end)


def test_clause_breaks_are_where_the_plain_branches_put_them():
    # _CLAUSE_BREAK opens with one class of every break (so the engine skips
    # other positions); on random text it finds what the plain branches find.
    import random

    from checker.stages.segment import _CLAUSE_BREAK

    plain = re.compile(r"[;；﹔，﹐：﹕]|[,:](?<!\d.)|[,:](?!\d)")
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice(";；﹔，﹐：﹕,:、0129a 智٣\n") for _ in range(rng.randint(0, 10)))
        assert [m.span() for m in _CLAUSE_BREAK.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], text
