"""Tests for checker.language.persons: pinyin readings, Latin ↔ Chinese name matching
across scripts and name orders, Chinese names after role words, and Latin
names in claims."""
from __future__ import annotations

import pytest

from checker.language.lexicon import load_lexicon
from checker.language.persons import (
    chinese_name,
    chinese_name_at,
    find_latin_names,
    find_name,
    latin_name_variants,
    names_match,
    readings,
)


@pytest.fixture(scope="module")
def surnames():
    return load_lexicon().surnames


def matches(latin: str, chinese: str) -> bool:
    return any(names_match(v, chinese_name(chinese)) for v in latin_name_variants(latin.split()))


@pytest.mark.parametrize("char, expected, absent", [
    ("闫", {"yan"}, set()),
    ("閆", {"yan"}, set()),                      # traditional form reads the same
    ("單", {"dan", "shan", "chan"}, set()),      # heteronym surname: every reading
    ("杰", {"jie"}, set()),
    ("a", set(), set()),
])
def test_readings(char, expected, absent):
    found = readings(char)
    assert expected <= found
    assert not (absent & found)
    assert all(r == r.lower() and r.isascii() for r in found)
    if not expected:
        assert found == frozenset()


@pytest.mark.parametrize("latin, chinese, same", [
    ("Yan Junjie", "闫俊杰", True),
    ("Yan Junjie", "閆俊傑", True),             # traditional script
    ("Junjie Yan", "闫俊杰", True),             # given name first
    ("Yan Jun-jie", "闫俊杰", True),            # hyphenated given name
    ("yan junjie", "闫俊杰", True),             # case
    ("Shan Lei", "單磊", True),                 # heteronym: shan
    ("Dan Lei", "單磊", True),                  # heteronym: dan
    ("Zhang Peng", "张鹏", True),
    ("Zhang Peng", "闫俊杰", False),            # another person
    ("Yan Junjie", "闫俊", False),              # other length
    ("Yan Junjun", "闫俊杰", False),            # one syllable off
    ("Tang Jie", "张鹏", False),
])
def test_latin_name_matches_chinese_name(latin, chinese, same):
    assert matches(latin, chinese) is same


def test_u_umlaut_is_written_v():
    assert "lv" in readings("吕")
    assert matches("Lv Jun", "吕军")


def test_latin_name_variants_include_both_orders():
    variants = latin_name_variants(["Yan", "Junjie"])
    as_text = [tuple(next(iter(s)) for s in v) for v in variants]
    assert ("yan", "jun", "jie") in as_text
    assert ("jun", "jie", "yan") in as_text
    assert len(variants) == len(set(variants))
    assert all(2 <= len(v) <= 4 for v in variants)


@pytest.mark.parametrize("words", [["Hello", "Xyzzy"], ["Qqq", "Wang"], ["Smith", "Brown"]])
def test_words_that_are_not_pinyin_give_no_variants(words):
    assert latin_name_variants(words) == []


@pytest.mark.parametrize("text, pos, name", [
    ("CEO张鹏毕业于清华", 3, "张鹏"),          # stops before 毕
    ("首席科学家唐杰更是清华教授", 5, "唐杰"),   # stops before 更
    ("董事长刘德华表示", 3, "刘德华"),          # at most two given characters
    ("创始人欧阳娜娜说", 3, "欧阳娜娜"),        # double surname
    ("CEO张三的", 3, "张三"),
    ("首席科学家唐杰同时是清华教授", 5, "唐杰"),  # 同时 is a word, not 杰同
    ("首席科学家王小明说", 5, "王小明"),        # a given name of two characters stays
])
def test_chinese_name_at(surnames, text, pos, name):
    span = chinese_name_at(text, pos, surnames)
    assert span is not None
    assert text[span[0]:span[1]] == name
    assert span[0] == pos


@pytest.mark.parametrize("text, pos", [
    ("CEO清华大学", 3),    # 清 is no surname
    ("CEO张", 3),          # a surname alone is no name
    ("CEO张的", 3),        # nothing but a stop character after it
    ("CEO张Wei", 3),       # the given name must be Chinese
    ("CEO", 3),            # at the end of the text
])
def test_chinese_name_at_needs_a_surname_and_a_given_name(surnames, text, pos):
    assert chinese_name_at(text, pos, surnames) is None


def test_find_latin_names_reads_surname_first_and_last(surnames):
    text = "Zhipu's CEO Zhang Peng met Junjie Yan."
    found = find_latin_names(text, [], surnames)
    assert [text[s:e] for s, e, _ in found] == ["Zhang Peng", "Junjie Yan"]
    (_, _, peng), (_, _, yan) = found
    assert any(names_match(v, chinese_name("张鹏")) for v in peng)
    assert any(names_match(v, chinese_name("闫俊杰")) for v in yan)


@pytest.mark.parametrize("text", [
    "Hello World",              # no Chinese surname reading
    "Frost Sullivan",
    "Dark Side",
])
def test_find_latin_names_skips_non_surnames(surnames, text):
    assert find_latin_names(text, [], surnames) == []


def test_find_latin_names_skips_spans_inside_entity_names(surnames):
    text = "Tang Jie Labs hired Tang Jie"
    found = find_latin_names(text, [(0, 13)], surnames)
    assert [(s, e) for s, e, _ in found] == [(20, 28)]


def test_find_name_locates_every_reading_match():
    name = latin_name_variants(["Yan", "Junjie"])[0]
    text = "闫俊杰说,閆俊傑也说,燕俊杰不同吗"
    assert find_name(text, name) == [(0, 3), (5, 8), (11, 14)]   # 燕 also reads yan


def test_find_name_reads_latin_letters_as_pinyin_either_way_round():
    name = chinese_name("张鹏")
    text = "ab张鹏, Zhang Peng and Peng Zhang, not Zhang Ping"
    assert [text[s:e] for s, e in find_name(text, name)] == ["张鹏", "Zhang Peng", "Peng Zhang"]
    assert find_name("张", name) == []


def test_a_leading_name_needs_a_surname_when_surnames_are_given():
    from checker.language.lexicon import load_lexicon
    from checker.language.persons import leading_chinese_name

    surnames = load_lexicon().surnames
    # The tagger reads 华为 and 比亚迪 as persons' names; no surname opens them.
    assert leading_chinese_name("华为2023年营收7042亿元") is not None
    assert leading_chinese_name("华为2023年营收7042亿元", surnames) is None
    assert leading_chinese_name("比亚迪2023年销量302万辆", surnames) is None
    assert leading_chinese_name("张鹏是智谱的董事长", surnames) == (0, 2)


def test_find_name_reads_a_name_inside_a_longer_capitalised_run():
    name = chinese_name("李俊豪")
    text = "Midfielder Li Junhao has joined, said Coach Junhao Li Smith"
    assert [text[s:e] for s, e in find_name(text, name)] == ["Li Junhao", "Junhao Li"]


def test_a_name_holding_a_grammar_character_is_read_where_the_tagger_reads_it():
    # 若 of 杜若溪 is also "if": the tagger reads the three characters as a
    # person's name, so they are one; 王若是 ("if Wang is") is no name of three.
    from checker.language.lexicon import load_lexicon

    surnames = load_lexicon().surnames
    text = "知行教育创始人杜若溪则是北京航空航天大学计算机硕士"
    assert chinese_name_at(text, text.index("杜"), surnames) == (7, 10)
    assert chinese_name_at("王若是不来", 0, surnames) is None
