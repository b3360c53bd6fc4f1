"""Tests for checker.language.words: how a claim's English words find their
Chinese forms (compounds, acronym-led compounds) and which clauses name
their own subject."""
from __future__ import annotations

import pytest

from checker.language.lexicon import load_lexicon
from checker.language.normalise import normalise_for_match
from checker.language.words import (
    is_verb,
    modifier_before,
    opens_with_name,
    opens_with_noun,
    read_open_claim,
)
from checker.stages.analyse import analyse


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def units(text, lexicon):
    text = normalise_for_match(text)
    analysis, _ = analyse(text, lexicon)
    claim = read_open_claim(text, analysis, lexicon, lambda term: 0, 100)
    return {u.surface: u for u in claim.units}


def test_a_word_with_a_one_character_translation_is_found_in_a_compound(lexicon):
    found = units("Acme sells cloud services abroad", lexicon)
    # 云 alone would match anything cloudy; 云服务 is cloud + services.
    assert "云服务" in found["cloud"].forms
    assert "云" not in found["cloud"].forms


def test_an_acronym_led_compound_keeps_the_acronym(lexicon):
    found = units("Acme's AI-native products are popular", lexicon)
    assert "ai原生" in found["AI-native"].forms
    # A lower-case first part is translated as a word, not kept.
    found = units("Acme's home-grown products are popular", lexicon)
    assert not any(f.startswith("home") and f != "home-grown" for f in found["home-grown"].forms)


@pytest.mark.parametrize(("clause", "named"), [
    ("杨紫发文告别角色", True),
    ("11月在南京举办", False),
    # A tagger's person guess followed by a kind of name is a firm (北辰资本).
    ("北辰资本投资了星河科技", False),
    ("Smith said it was late", True),
    ("the company said it was late", False),
])
def test_a_clause_names_its_own_subject_when_it_opens_with_a_name(clause, named):
    assert opens_with_name(clause) is named


@pytest.mark.parametrize(("clause", "noun"), [
    ("两市成交额连续8个交易日破9000亿", True),
    ("研究成果填补空白", True),
    # A verb or a preposition first goes on with the clause before.
    ("搭建近万米实景科幻棚", False),
    ("并在11月于合肥举行", False),
    ("已在港交所上市", False),
    # (Nor a pronoun: 其 points back.)
    ("其股价上涨", False),
    ("the company said it was late", False),
])
def test_a_clause_names_its_own_subject_when_it_opens_with_a_noun(clause, noun):
    assert opens_with_noun(clause) is noun


def test_a_noun_cut_before_a_place_word_is_found_whole(lexicon):
    # jieba cuts 内部信中 as 内部|信中: the letter is 内部信 in a passage.
    found = units("唐杰在内部信中宣布将推出新模型", lexicon)
    assert "内部信" in found["信中"].forms
    # A word of its own keeps its forms (网上 is "online").
    assert units("他在网上宣布", lexicon)["网上"].forms == ("网上",)


def test_a_hyphenated_number_is_the_values_not_a_word(lexicon):
    # "thirty-two" is read as 32; a passage writing "32种语言" need not say it.
    found = units("Acme's app supports thirty-two languages", lexicon)
    assert "thirty-two" not in found
    assert "languages" in found


def test_translations_with_latin_letters_are_looked_for_lower_case(lexicon):
    # Passages are matched lower-cased; a glossary form "G端" must be too.
    found = units("Acme's government clients grew", lexicon)
    assert "g端" in found["government"].forms
    assert all(f == f.lower() for u in found.values() for f in u.forms)


def test_an_irregular_form_is_matched_and_looked_up_as_its_word(lexicon):
    from checker.language.words import stem

    # "said" is a form of "say" (passages' stems meet the claim's), and the
    # dictionary finds "grew" under "grow".
    assert stem("said") == stem("says")
    assert stem("rose") == stem("rising")
    found = units("Acme's exports grew", lexicon)
    assert "增长" in found["grew"].forms


def test_a_possessive_is_looked_up_as_its_noun(lexicon):
    found = units("Zorvex is the foundation's largest donor", lexicon)
    assert "基金会" in found["foundation's"].forms


def test_a_latin_persons_name_is_one_unit_read_in_pinyin(lexicon):
    from checker.language.persons import chinese_name, names_match

    found = units("Zheng Lifan is a managing director", lexicon)
    assert "Zheng" not in found and "Lifan" not in found
    person = found["Zheng Lifan"]
    assert person.name
    assert any(names_match(chinese_name("郑立帆"), name) for name in person.person)
    assert not any(names_match(chinese_name("王立帆"), name) for name in person.person)


@pytest.mark.parametrize(("text", "name"), [
    ("清华大学计算机系教授李涓子", "李涓子"),     # the tagger cuts it 李 涓 子
    ("李涓子是清华大学计算机系教授", "李涓子"),
])
def test_a_chinese_name_the_tagger_cuts_apart_is_one_name(text, name, lexicon):
    found = units(text, lexicon)
    assert found[name].name
    assert not {"涓", "子"} & set(found)


def test_a_places_short_name_is_the_place(lexicon):
    # 沪 of 在沪举办 is Shanghai, a name a passage must hold (or name in
    # full); the same character inside a word (沪指 is tagged apart) or a
    # character the tagger does not call an abbreviation (深 of 深度) is not.
    short = units("澜芯科技在沪举办发布会", lexicon)["沪"]
    assert short.name and "上海" in short.forms
    assert "深" not in units("该研究有深度", lexicon)


def test_a_surname_before_a_verb_is_no_name(lexicon):
    # 马 is a surname; 马上 is "at once", 说 a verb.
    found = units("王说马上涨价", lexicon)
    assert not any(u.name for u in found.values())


@pytest.mark.parametrize(("text", "relation"), [
    ("Zorvex opened offices in Canada before Mexico", True),
    ("After the merger, Zorvex opened offices in Canada", False),   # dates what follows
    ("蓝海创投领投了星河科技的B轮融资", True),
    ("星河科技完成B轮融资之后,估值翻倍", False),                    # closes a clause of time
    ("星河科技获得蓝海创投投资", False),                             # nothing after the verb
])
def test_a_relation_between_two_parties_is_read(text, relation, lexicon):
    text = normalise_for_match(text)
    analysis, _ = analyse(text, lexicon)
    assert read_open_claim(text, analysis, lexicon, lambda term: 0, 100).relation is relation


@pytest.mark.parametrize(("text", "head", "word"), [
    ("top 5免费娱乐应用", "应用", "娱乐"),           # the kind of app
    ("上线了陪聊app glow", "app", "陪聊"),
    ("a free education app", "app", "education"),
    ("发布的所谓溯源报告", "溯源", ""),               # a grammar word
    ("在日前举行的论坛", "举行", ""),                 # a time word
    ("此前,公司推出的应用", "应用", ""),              # cut across: 推出的|应用 has 的 before
])
def test_the_word_before_a_head_is_read_only_when_it_may_name_a_kind(text, head, word):
    assert modifier_before(text, text.find(head)) == word


def test_a_verb_names_no_kind_of_its_object():
    assert is_verb("infringed") and is_verb("alleging") and is_verb("侵犯")
    assert not is_verb("education") and not is_verb("free") and not is_verb("教育")


def test_a_measure_is_narrowed_only_by_its_own_words(lexicon):
    from checker.language.words import measure_modifiers

    text = normalise_for_match("MiniMax完成C轮融资后估值升至40亿美元")
    analysis, _ = analyse(text, lexicon)
    claim = read_open_claim(text, analysis, lexicon, lambda term: 0, 100)
    # 完成 is a phase word, not a kind of round; C轮 narrows the round, not
    # the valuation the figure is of.
    assert [u.surface for u in measure_modifiers(analysis, claim)] == ["C轮"]
    assert measure_modifiers(analysis, claim, measures={"valuation"}) == []


@pytest.mark.parametrize(("text", "universal"), [
    ("All of the region's districts met the target", True),
    ("所有区县都达到了目标", True),
    ("All 48 districts met the target", False),              # before a number: the count
    ("as much as half of all vegetated land is green", False),   # a part of all
    ("12 of the region's 48 districts met the target", False),
])
def test_a_claim_about_every_one_is_read(text, universal, lexicon):
    text = normalise_for_match(text)
    analysis, _ = analyse(text, lexicon)
    assert read_open_claim(text, analysis, lexicon, lambda term: 0, 100).universal is universal
