"""Tests for checker.language.grammar's cue finding: the spans of a kind's
words, each text and kind worked out once per process, and every caller
given a list of its own."""
from __future__ import annotations

from checker.language import grammar
from checker.language.grammar import find_cues


def test_cues_are_found_once_per_text_and_kind_and_each_caller_gets_its_own_list(monkeypatch):
    grammar._found_cues.cache_clear()
    scanned = []
    patterns = grammar._cue_patterns
    monkeypatch.setattr(grammar, "_cue_patterns",
                        lambda *a: scanned.append(a) or patterns(*a))
    text = "公司并未宣布上市, it did not announce a listing"
    first = find_cues(text, "negation")
    assert [surface for _, _, surface in first] == ["并未", "not"]
    assert all(text[start:end] == surface for start, end, surface in first)
    first.append((0, 1, "x"))   # the caller's own list
    assert find_cues(text, "negation") == first[:-1]
    assert find_cues(text, "negation", ["denied"]) == first[:-1]   # the user's words: another key
    assert len(scanned) == 2
    assert find_cues(text + " denied", "negation", ("denied",))[-1][2] == "denied"


def test_opposites_pair_words_of_both_languages_and_the_nearer_one_decides():
    from checker.language.grammar import opposed

    assert opposed("用户从3万减少到12万", "用户从3万增长到12万") == ("减少", "增长")
    assert opposed("users fell to 2 million", "用户增长到200万") == ("fell", "增长")
    assert opposed("a top-3 paid game", "a top-3 free game") == ("paid", "free")
    # The same side, or a claim saying both sides, opposes nothing.
    assert opposed("用户从3万增长到12万", "用户从3万增长到12万") is None
    assert opposed("收入增长但利润下降", "收入下降") is None
    # Both sides in the passage: the one nearer the claim's figure is what it says.
    passage = "用户从3万增长到12万,但人均支出从8美元下滑至5美元"
    assert opposed("用户从3万减少到12万", passage) is None
    assert opposed("用户从3万减少到12万", passage, passage.index("3万")) == ("减少", "增长")
    assert opposed("人均支出从8美元增长到5美元", passage, passage.index("8美元")) == ("增长", "下滑")


def test_a_grammar_file_with_a_malformed_pair_of_opposites_is_refused(monkeypatch):
    import pytest

    from checker.errors import LexiconError

    real = grammar.resources.files
    text = real("checker.data").joinpath("language").joinpath("en.yaml").read_text(encoding="utf-8")

    class Fake:
        def joinpath(self, _):
            return self

        def read_text(self, encoding):
            return text + "\nopposites: {direction: [[rise]]}\n"

    monkeypatch.setattr(grammar.resources, "files", lambda _: Fake())
    grammar.grammar.cache_clear()
    try:
        with pytest.raises(LexiconError, match="opposites"):
            grammar.grammar("en")
    finally:
        grammar.grammar.cache_clear()


def test_a_chinese_word_made_of_grammar_words_is_a_stop_word():
    # 还是 and 其中 are listed; 的是 and 他们的 are made of listed words and
    # function characters; a content word sharing their characters is not.
    for word in ("其中", "还是", "的是", "他们的", "我们"):
        assert grammar.is_chinese_stop_word(word), word
    for word in ("治疗", "富贵", "中其", "是因为", "可以"):
        assert not grammar.is_chinese_stop_word(word), word


def test_british_and_american_spellings_share_a_base_form_and_short_words_keep_theirs():
    en = grammar.grammar("en")
    for british, american in (("vapour", "vapor"), ("centre", "center"),
                              ("organisations", "organizations"), ("analysed", "analyzed"),
                              ("favourite", "favorite")):
        assert en.base_form(british) == en.base_form(american), british
    # Too short before the ending to be a spelling variant: "hours" would
    # otherwise become "hors" (horse's stem).
    for word in ("hours", "yours", "rise", "four", "ours"):
        assert en.base_form(word) == word
    assert en.base_form("said") == "say"   # irregular forms come first


def test_a_capitalised_cue_word_after_a_lower_case_word_is_a_name():
    assert find_cues("The museum reopened in May after repairs.", "modal") == []
    assert find_cues("Prices may rise.", "modal")
    assert find_cues("Sea Levels May Rise", "modal")   # a title-cased headline
    assert find_cues("It is NOT true", "negation")


def test_a_one_character_negation_does_not_reach_the_next_list_item():
    from checker.language.grammar import within_reach

    assert within_reach("问芯穹", "无")
    assert not within_reach("问芯穹\u3001", "无")          # 无问芯穹、硅基流动
    assert within_reach("问芯穹\u3001", "没有")            # 没有A、B negates B too


def test_no_cue_reaches_past_the_end_of_its_clause():
    from checker.language.grammar import within_reach

    assert within_reach(" new ", "without")
    assert not within_reach(" new subsidies, the plant ", "without")
    assert not within_reach("\uff0c该厂", "无法")


def test_a_capitalised_cue_word_before_another_capitalised_word_names_something():
    from checker.language.grammar import find_cues

    # A title, not a negation: "Never Let Me Go"; one capitalised word after
    # may be a subject ("Only Zorvex opened …").
    assert find_cues("Never Let Me Go was published in 2005.", "negation") == []
    assert find_cues("Only Zorvex opened offices in Canada.", "exclusive")
    # A title-cased headline is read as usual, and so is a cue in lower case.
    assert find_cues("Sea Levels May Rise", "modal")
    assert find_cues("It was never published.", "negation")


def test_phrases_with_a_negation_word_that_negate_nothing():
    from checker.language.grammar import find_cues

    assert find_cues("No wonder the town's population doubled in the 1990s.", "negation") == []
    assert find_cues("The mayor, none other than its founder, spoke.", "negation") == []
    assert find_cues("The population did not double.", "negation")
    # (远不及 compares: "falls far short of", no negation of what follows.)
    assert find_cues("铁含量远不及每日15毫克的建议摄取量", "negation") == []
    assert find_cues("铁含量并不高", "negation")


def test_a_denial_in_one_copula_is_a_denial_in_each():
    from checker.language.grammar import find_cues

    assert [c[2] for c in find_cues("有两张照片是拼接的", "denial")] == ["是拼接"]
    assert [c[2] for c in find_cues("该视频为旧闻翻炒", "denial")] == ["为旧闻"]
    assert find_cues("这是拼音输入法", "denial") == []


def test_a_prefix_negates_nothing_but_the_same_character_alone_does():
    from checker.language.grammar import is_prefix

    assert is_prefix("非居民用水总量", 0)
    assert not is_prefix("这并非事实", 3)
    assert [c[2] for c in find_cues("非居民用水价格", "negation")] == []
    assert [c[2] for c in find_cues("这并非事实", "negation")] == ["并非"]


def test_a_plan_word_inside_a_longer_word_plans_nothing():
    assert find_cues("他带着一份创业计划书离开", "modal") == []
    assert [c[2] for c in find_cues("该市计划于明年起提高额度", "modal")] == ["计划"]
    # A cue jieba cuts across words is still one: 若|是因为.
    assert [c[2] for c in find_cues("若是因为心脏问题", "modal")] == ["若是"]


def test_a_personal_pronoun_is_found_as_a_word_of_its_own():
    from checker.language.grammar import says_pronoun

    assert says_pronoun("但在2021年12月,他带着计划离开")
    assert says_pronoun("in 2021 she left the firm")
    assert not says_pronoun("其他公司也离开")
    assert not says_pronoun("the firm left")
