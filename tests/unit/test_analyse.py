"""Tests for checker.stages.analyse on short hand-made sentences: clause splitting,
clause subjects (coordination, pronouns, apposition, unnamed companies,
objects), and frames (head measure, time, comparison bases, per-unit
figures, parentheses, relative and as-of dates)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from checker.language.lexicon import load_lexicon
from checker.language.normalise import normalise_for_match
from checker.model import Analysis, Frame
from checker.stages.analyse import Discourse, analyse, content_terms, split_clauses, subjects_at


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def read(lexicon, *sentences: str) -> list[Analysis]:
    """Analyse consecutive sentences, carrying the discourse between them."""
    discourse = Discourse()
    out = []
    for sentence in sentences:
        analysis, discourse = analyse(normalise_for_match(sentence), lexicon, discourse=discourse)
        out.append(analysis)
    return out


def last(lexicon, *sentences: str) -> Analysis:
    return read(lexicon, *sentences)[-1]


def frame(analysis: Analysis, surface: str) -> Frame:
    hits = [f for f in analysis.frames if f.value.surface == surface]
    assert len(hits) == 1, [(f.value.surface, f.value.kind) for f in analysis.frames]
    return hits[0]


def subject_of(analysis: Analysis, word: str) -> tuple[str, ...]:
    return subjects_at(analysis, analysis.text.index(normalise_for_match(word)))[0]


def day(y: int, m: int, d: int) -> float:
    return float(date(y, m, d).toordinal())


# ------------------------------------------------------------------ clauses

@pytest.mark.parametrize("text, clauses", [
    ("营收达101,865亿元,同比增长", ["营收达101,865亿元", "同比增长"]),
    ("营收1,000,000元", ["营收1,000,000元"]),
    ("智谱、MiniMax和月之暗面均亏损", ["智谱、MiniMax和月之暗面均亏损"]),
    ("甲,乙;丙:丁。", ["甲", "乙", "丙", "丁"]),
    ("a, b", ["a", " b"]),
    ("1, 2", ["1", " 2"]),          # a comma before a space is a break
    ("结尾,", ["结尾"]),
])
def test_split_clauses(text, clauses):
    spans = split_clauses(text)
    assert [text[s:e] for s, e in spans] == clauses
    assert list(spans) == sorted(spans)


def test_split_clauses_of_empty_text_is_one_empty_clause():
    assert split_clauses("") == ((0, 0),)


def test_given_clauses_are_used(lexicon):
    text = "智谱营收3亿元,亏损20亿元"
    analysis, _ = analyse(text, lexicon, clauses=((0, len(text)),))
    assert analysis.clauses == ((0, len(text)),)
    assert len(analysis.clause_subjects) == 1


# ------------------------------------------------------------------ subjects

@pytest.mark.parametrize("sentence, word, subject", [
    ("智谱营收3亿元,MiniMax亏损92亿元。", "营收", ("zhipu",)),
    ("智谱营收3亿元,MiniMax亏损92亿元。", "亏损", ("minimax",)),
    ("智谱和MiniMax均已递交招股书。", "递交", ("zhipu", "minimax")),
    ("智谱、MiniMax及月之暗面均亏损。", "亏损", ("zhipu", "minimax", "moonshot")),
    ("月之暗面Kimi的月活为900万。", "月活", ("moonshot", "kimi")),
    ("Zhipu and MiniMax filed in December.", "filed", ("zhipu", "minimax")),
    ("智谱的客户包括MiniMax。", "客户", ("zhipu",)),   # not coordinated: a verb between
    ("据彭博社报道,智谱营收3亿元。", "营收", ("zhipu",)),   # media are not subjects
])
def test_clause_subject_is_first_entity_with_coordination(lexicon, sentence, word, subject):
    assert subject_of(last(lexicon, sentence), word) == subject


def test_clause_without_entity_inherits_earlier_clause(lexicon):
    analysis = last(lexicon, "MiniMax成立于2021年,去年营收7000万美元。")
    assert analysis.clause_subjects[1] == (("minimax",), True)
    assert frame(analysis, "7000万美元").subjects == ("minimax",)


@pytest.mark.parametrize("sentence, subject", [
    # A possessive and the nouns describing a name: the name is the subject.
    ("Zhipu is listed, while its Shanghai rival MiniMax has lost 9 billion yuan.", "minimax"),
    ("Zhipu is listed, while their rival MiniMax lost money.", "minimax"),
    # A grammar word between: the possessive's own thing is the subject.
    ("Zhipu is listed, while its stake in MiniMax rose.", "zhipu"),
])
def test_possessive_before_described_name(lexicon, sentence, subject):
    analysis = last(lexicon, sentence)
    assert analysis.clause_subjects[1] == ((subject,), True)


def test_clause_without_entity_takes_a_later_clause_before_the_topic(lexicon):
    analysis = last(lexicon, "智谱营收3亿元。", "去年,MiniMax亏损92亿元。")
    assert analysis.clause_subjects[0] == (("minimax",), True)


def test_sentence_without_entity_inherits_topic_as_implicit(lexicon):
    analysis = last(lexicon, "智谱营收3亿元。", "同期亏损达20亿元。")
    assert analysis.clause_subjects == ((("zhipu",), False),)
    found = frame(analysis, "达20亿元")
    assert found.subjects == ("zhipu",)
    assert found.subject_explicit is False


def test_first_sentence_without_entity_has_no_subject(lexicon):
    analysis = last(lexicon, "营收达3亿元。")
    assert analysis.clause_subjects == (((), False),)
    assert frame(analysis, "达3亿元").subjects == ()


@pytest.mark.parametrize("pronoun_sentence", [
    "它的估值为40亿美元。",
    "其估值为40亿美元。",
    "该公司估值为40亿美元。",
    "公司估值为40亿美元。",           # at a clause start 公司 is a pronoun
    "The company is valued at $4 billion.",
])
def test_pronoun_resolves_to_the_previous_topic(lexicon, pronoun_sentence):
    first, second = read(lexicon, "月之暗面的月活为900万。", pronoun_sentence)
    assert first.clause_subjects[0][0] == ("moonshot",)
    assert [f.subjects for f in second.frames] == [("moonshot",)]
    assert any(m.kind == "pronoun" and m.id == "topic" for m in second.mentions)


def test_pronoun_follows_the_latest_topic(lexicon):
    analysis = last(lexicon, "智谱营收3亿元。", "MiniMax亏损92亿元。", "它的估值为40亿美元。")
    assert frame(analysis, "40亿美元").subjects == ("minimax",)


def test_discourse_carries_topic_group_and_last_date(lexicon):
    _, discourse = analyse(normalise_for_match("2025年,智谱和MiniMax递交招股书。"), lexicon)
    assert discourse.topic == ("zhipu", "minimax")
    assert discourse.group == ("zhipu", "minimax")
    assert discourse.last_date is not None and discourse.last_date.surface == "2025年"
    _, after = analyse("天气很好。", lexicon, discourse=discourse)
    # Nothing new: everything carries over, but the period and the measures
    # only to the next sentence, and the last date a sentence older.
    assert discourse.measures == ("filing",)
    assert after == replace(discourse, period=None, measures=(), date_age=1)


def test_period_of_the_sentence_before(lexicon):
    _, discourse = analyse(normalise_for_match("2025年前9个月,新用户数出现下滑。"), lexicon)
    analysis, _ = analyse(normalise_for_match("Talkie的新用户数降至5104.5万。"), lexicon,
                          discourse=discourse)
    assert frame(analysis, "5104.5万").time.surface == "2025年前9个月"
    later, _ = analyse(normalise_for_match("Talkie的新用户数降至5104.5万。"), lexicon,
                       discourse=replace(discourse, period=None))
    assert frame(later, "5104.5万").time is None


@pytest.mark.parametrize("sentence, expected", [
    ("前者成立于2019年。", ("zhipu",)),
    ("后者成立于2021年。", ("minimax",)),
    ("两家公司均成立于2019年。", ("zhipu", "minimax")),
])
def test_former_latter_resolve_to_the_coordinated_pair(lexicon, sentence, expected):
    analysis = last(lexicon, "智谱和MiniMax先后递交招股书。", sentence)
    assert frame(analysis, "2019年" if "2019" in sentence else "2021年").subjects == expected


def test_former_and_latter_in_one_sentence(lexicon):
    analysis = last(lexicon, "智谱与MiniMax竞争激烈。", "前者成立于2019年,后者成立于2021年。")
    assert frame(analysis, "2019年").subjects == ("zhipu",)
    assert frame(analysis, "2021年").subjects == ("minimax",)


def test_company_noun_before_a_name_is_apposition(lexicon):
    analysis = last(lexicon, "MiniMax亏损92亿元。", "初创公司智谱营收3亿元。")
    assert frame(analysis, "3亿元").subjects == ("zhipu",)
    assert not any(m.kind == "pronoun" for m in analysis.mentions)


def test_company_inside_a_clause_is_no_pronoun(lexicon):
    analysis = last(lexicon, "MiniMax亏损92亿元。", "智谱是一家公司,营收3亿元。")
    assert frame(analysis, "3亿元").subjects == ("zhipu",)


def test_unnamed_company_blocks_carry_over(lexicon):
    analysis = last(lexicon, "MiniMax的市场份额为3.2%。", "排名第八的中国公司,市场份额为0.5%。")
    assert "minimax" not in frame(analysis, "0.5%").subjects
    assert frame(analysis, "0.5%").subjects == ("unnamed",)


def test_entity_after_object_marker_is_not_the_subject(lexicon):
    analysis = last(lexicon, "MiniMax完成新一轮融资。", "由阿里巴巴领投的6亿美元已到账。")
    found = frame(analysis, "6亿美元")
    assert found.subjects == ("minimax",)
    assert found.subject_explicit is False
    # Without the marker the investor is the subject of its clause.
    plain = last(lexicon, "MiniMax完成新一轮融资。", "阿里巴巴领投的6亿美元已到账。")
    assert frame(plain, "6亿美元").subjects == ("alibaba",)


def test_object_marker_in_english(lexicon):
    analysis = last(lexicon, "The round was led by Tencent and raised $600 million.")
    assert analysis.clause_subjects == (((), False),)
    assert last(lexicon, "Tencent raised $600 million.").clause_subjects == ((("tencent",), True),)


# ------------------------------------------------------------------ frames

def test_each_value_gets_its_own_head_measure(lexicon):
    analysis = last(lexicon, "智谱2024年营收3亿元,但亏损达20亿元。")
    revenue, loss = frame(analysis, "3亿元"), frame(analysis, "达20亿元")
    assert revenue.head_measure == "revenue" and loss.head_measure == "loss"
    assert revenue.measures == ("revenue", "loss")        # own clause first
    assert loss.measures == ("loss", "revenue")


def test_head_measure_is_the_nearest_whose_kinds_fit(lexicon):
    # 副总裁 is nearer to the date but takes a person; 上市 takes a date.
    analysis = last(lexicon, "2026年1月8日,副总裁李明宣布智谱上市。")
    found = frame(analysis, "2026年1月8日")
    assert found.measures[0] == "vice-president"
    assert found.head_measure == "listing"


def test_value_without_a_fitting_measure_has_no_head(lexicon):
    analysis = last(lexicon, "智谱的CEO有3亿元。")
    assert frame(analysis, "3亿元").head_measure == ""


def test_time_is_the_nearest_earlier_date_in_the_clause(lexicon):
    analysis = last(lexicon, "2024年智谱营收3亿元,2025年上半年营收1.9亿元。")
    first, second = frame(analysis, "3亿元"), frame(analysis, "1.9亿元")
    assert first.time is not None and first.time.surface == "2024年"
    assert second.time is not None and second.time.surface == "2025年上半年"
    assert second.time.unit == "half"


def test_time_falls_back_to_an_earlier_clause(lexicon):
    analysis = last(lexicon, "2024年,智谱营收3亿元。")
    assert frame(analysis, "3亿元").time.surface == "2024年"


def test_a_later_date_is_not_the_time(lexicon):
    analysis = last(lexicon, "智谱营收3亿元,于2025年公布。")
    assert frame(analysis, "3亿元").time is None


def test_series_gives_each_value_its_own_year(lexicon):
    analysis = last(lexicon, "智谱从2023年亏损7.9亿元,到2024年亏损29.6亿元。")
    assert frame(analysis, "7.9亿元").time.surface == "2023年"
    assert frame(analysis, "29.6亿元").time.surface == "2024年"


def test_respectively_pairs_values_with_dates_in_order(lexicon):
    analysis = last(lexicon, "2023年和2024年,智谱分别营收1.2亿元和3亿元。")
    assert frame(analysis, "1.2亿元").time.surface == "2023年"
    assert frame(analysis, "3亿元").time.surface == "2024年"


def test_each_respectively_pairs_the_values_up_to_the_next(lexicon):
    analysis = last(lexicon, "2023年及2024年,该公司分别录得研发开支4.36亿元及5.71亿元,"
                             "同期亏损分别为6.02亿元及7.48亿元。")
    assert frame(analysis, "4.36亿元").time.surface == "2023年"
    assert frame(analysis, "5.71亿元").time.surface == "2024年"
    assert frame(analysis, "6.02亿元").time.surface == "2023年"
    assert frame(analysis, "7.48亿元").time.surface == "2024年"


def test_respectively_pairs_values_with_subjects_in_order(lexicon):
    analysis = last(lexicon, "智谱和MiniMax分别亏损62亿元和92亿元。")
    assert frame(analysis, "62亿元").subjects == ("zhipu",)
    assert frame(analysis, "92亿元").subjects == ("minimax",)


def test_comparison_base_is_not_the_time(lexicon):
    analysis = last(lexicon, "智谱营收较2024年下半年增长50%。")
    growth = frame(analysis, "50%")
    assert growth.time is None
    assert growth.head_measure == "growth"
    base = [v for v in analysis.values if v.surface.startswith("2024")]
    assert [v.role for v in base] == ["base"]
    assert all(f.value.role == "value" for f in analysis.frames)


def test_dates_have_no_time_of_their_own(lexicon):
    analysis = last(lexicon, "2025年,智谱于2026年1月8日上市。")
    assert frame(analysis, "2026年1月8日").time is None


@pytest.mark.parametrize("sentence, kept", [
    ("MiniMax每赚一元钱,就要赔掉六元。", ["六元"]),
    ("MiniMax每赚1元,就亏损6元。", ["6元"]),
    ("MiniMax每月现金消耗2790万美元。", ["2790万美元"]),   # 每月 is a period, not a ratio
])
def test_per_unit_amounts_yield_no_frame(lexicon, sentence, kept):
    assert [f.value.surface for f in last(lexicon, sentence).frames] == kept


def test_figure_in_parentheses_belongs_to_the_name_before_it(lexicon):
    analysis = last(lexicon, "阿里通义(17.7%)、字节豆包(14.1%)位列前二。")
    assert frame(analysis, "17.7%").subjects == ("alibaba", "qwen")
    assert frame(analysis, "14.1%").subjects == ("bytedance", "doubao")
    assert frame(analysis, "14.1%").subject_explicit is True


def test_parenthesised_figure_after_other_text_keeps_the_clause_subject(lexicon):
    analysis = last(lexicon, "智谱营收大增(增长50%),豆包亦然。")
    assert frame(analysis, "50%").subjects == ("zhipu",)


def test_same_year_month_is_resolved_from_the_last_date(lexicon):
    analysis = last(lexicon, "智谱于2025年4月启动上市辅导。", "同年9月,智谱发布新模型。")
    found = frame(analysis, "同年9月")
    assert found.value.kind == "date" and found.value.unit == "month"
    assert (found.value.low, found.value.high) == (day(2025, 9, 1), day(2025, 9, 30))
    assert found.head_measure == "release"


def test_same_year_within_one_sentence(lexicon):
    analysis = last(lexicon, "智谱成立于2019年,次年发布首个模型。")
    found = frame(analysis, "次年")
    assert (found.value.low, found.value.high) == (day(2020, 1, 1), day(2020, 12, 31))


def test_a_day_later_is_the_next_day(lexicon):
    analysis = last(lexicon, "智谱于2026年1月8日在港交所上市。", "一天后,MiniMax也在港交所上市。")
    found = frame(analysis, "一天后")
    assert found.value.kind == "date" and found.value.unit == "day"
    assert found.value.low == found.value.high == day(2026, 1, 9)
    assert found.subjects == ("minimax",)
    assert not any(v.kind == "duration" for v in analysis.values)


def test_a_day_later_needs_a_day_to_count_from(lexicon):
    analysis = last(lexicon, "智谱于2026年1月上市。", "一天后,MiniMax也上市。")
    assert not any(f.value.kind == "date" for f in analysis.frames)


def test_relative_date_without_an_anchor_yields_nothing(lexicon):
    analysis = last(lexicon, "同年9月,智谱发布新模型。")
    assert not any(v.kind == "date" for v in analysis.values)


def test_as_of_date_is_no_frame_but_times_later_values(lexicon):
    analysis = last(lexicon, "截至2025年9月30日,MiniMax有1.2亿名用户,付费用户达177万。")
    assert [f.value.kind for f in analysis.frames] == ["count", "count"]
    for surface in ("1.2亿名用户", "达177万"):
        time = frame(analysis, surface).time
        assert time is not None and time.low == time.high == day(2025, 9, 30)
    assert frame(analysis, "达177万").head_measure == "paying-users"


def test_english_as_of_date_is_no_frame(lexicon):
    analysis = last(lexicon, "As of September 30, 2025, MiniMax had $1.05 billion in cash.")
    assert [f.value.kind for f in analysis.frames] == ["amount"]


# ------------------------------------------------------------------ misc

def test_mentions_are_sorted_and_point_into_the_text(lexicon):
    analysis = last(lexicon, "其中,智谱的付费用户与月活均增长。")
    spans = [(m.start, m.end) for m in analysis.mentions]
    assert spans == sorted(spans)
    for m in analysis.mentions:
        assert analysis.text[m.start:m.end] == m.surface
    assert not any(m.kind == "pronoun" for m in analysis.mentions)   # 其中 is not 其


def test_content_terms_are_words_and_bigrams():
    assert content_terms("Zhipu's GLM 大模型") == ("zhipu's", "glm", "zhipu", "大模", "模型")
    assert content_terms("智") == ("智",)


def test_figures_listed_respectively_over_a_range_of_years_get_one_year_each(lexicon):
    analysis = last(lexicon, "2022年至2024年,智谱研发费用分别为1亿元、2亿元和3亿元。")
    years = [date.fromordinal(int(frame(analysis, s).time.low)).year
             for s in ("1亿元", "2亿元", "3亿元")]
    assert years == [2022, 2023, 2024]


def test_more_figures_than_years_get_no_period(lexicon):
    analysis = last(lexicon, "2023年至2024年,智谱研发费用分别为1亿元、2亿元和3亿元。")
    assert frame(analysis, "2亿元").time is None


def test_a_demonstrative_measure_is_the_specific_one_of_the_sentence_before(lexicon):
    spent = read(lexicon, "智谱的云服务费用是最大的开支项。", "2024年,这项支出为1.41亿美元。")[-1]
    assert frame(spent, "1.41亿美元").head_measure == "cloud-spending"
    # Without the demonstrative, or with no specific measure before, it stays.
    plain = read(lexicon, "智谱的云服务费用是最大的开支项。", "2024年,公司支出为1.41亿美元。")[-1]
    assert frame(plain, "1.41亿美元").head_measure == "spending"
    alone = last(lexicon, "2024年,这项支出为1.41亿美元。")
    assert frame(alone, "1.41亿美元").head_measure == "spending"


def test_what_a_measure_is_spent_on_makes_it_that_kind(lexicon):
    # The kind's own terms name it ("cloud spending", 云服务支出): "on cloud
    # services" after the measure, 云服务上 or "cloud services" before it.
    for text, figure in (("Zhipu spent $141 million on cloud services in 2024.", "$141 million"),
                         ("Zhipu's cloud services spending was $141 million.", "$141 million"),
                         ("智谱在云服务上花费了1.41亿美元。", "1.41亿美元"),
                         ("智谱营销方面的支出为3亿元。", "3亿元")):
        head = frame(last(lexicon, text), figure).head_measure
        assert head == ("marketing-spending" if "营销" in text else "cloud-spending"), text
    # What the lexicon has no kind for leaves the measure general.
    for text, figure in (("Zhipu spent $141 million on office rent in 2024.", "$141 million"),
                         ("智谱在房租上花费了1.41亿美元。", "1.41亿美元")):
        assert frame(last(lexicon, text), figure).head_measure == "spending", text


def test_a_round_labelling_a_value_is_not_its_measure(lexicon):
    # "从A轮的12亿美元升至25亿美元": the valuation at the A round.
    analysis = last(lexicon, "一笔6亿美元B轮融资,让其估值翻倍,从A轮的12亿美元升至25亿美元。")
    assert frame(analysis, "12亿美元").head_measure == "valuation"
    assert frame(analysis, "6亿美元").head_measure == "fundraising"
    # Alone, the round still names what the figure is.
    assert frame(last(lexicon, "A轮的6亿美元由腾讯领投。"), "6亿美元").head_measure == "fundraising"


def test_measure_specifiers_come_from_the_kinds_terms(lexicon):
    specifiers = dict(lexicon.measure_specifiers("spending"))
    assert specifiers["cloud"] == "cloud-spending"
    assert specifiers["营销"] == "marketing-spending"
    # A word stands whole: "overspending" names no kind "over".
    assert all(not s.endswith(" ") for s in specifiers)
    assert lexicon.measure_specifiers("cloud-spending") == ()


def test_an_english_figure_takes_the_period_written_after_it(lexicon):
    analysis = last(lexicon, "Zhipu's users grew from 85,000 in 2022 to 632,000 in June 2024.")
    assert frame(analysis, "85,000").time.surface == "2022"
    assert frame(analysis, "632,000").time.surface == "June 2024"


def test_a_list_over_a_range_of_as_many_years_pairs_in_order(lexicon):
    analysis = last(lexicon, "Zhipu's R&D costs were $10 million, $20 million and $30 million "
                             "from 2021 to 2023.")
    years = [date.fromordinal(int(frame(analysis, s).time.low)).year
             for s in ("$10 million", "$20 million", "$30 million")]
    assert years == [2021, 2022, 2023]
    # Figures not listed together are not paired.
    apart = last(lexicon, "From 2021 to 2023 Zhipu earned $10 million, lost $20 million "
                          "in fees and paid $30 million.")
    assert frame(apart, "$20 million").time.surface == "2021 to 2023"
    assert frame(apart, "$20 million").time.hedge == "range"


@pytest.mark.parametrize(("first", "topic"), [
    ("甚至在DeepSeek走红前半年,智谱就推出了开源模型。", ("zhipu",)),
    ("After DeepSeek's launch, Zhipu released an open model.", ("zhipu",)),
    ("DeepSeek推出了开源模型,在智谱发布新模型之后。", ("deepseek",)),
])
def test_the_topic_is_a_main_clause_subject_not_one_of_a_clause_of_time(lexicon, first, topic):
    _, discourse = analyse(normalise_for_match(first), lexicon)
    assert discourse.topic == topic


@pytest.mark.parametrize(("first", "topic"), [
    ("智谱正在加快上市前的准备,DeepSeek则专注研发。", ("zhipu",)),
])
def test_a_word_holding_an_opener_does_not_make_a_clause_of_time(lexicon, first, topic):
    _, discourse = analyse(normalise_for_match(first), lexicon)
    assert discourse.topic == topic


@pytest.mark.parametrize("kind", ["respectively", "demonstrative"])
def test_cues_found_without_a_search_are_those_the_search_finds(kind):
    # _cues skips find_cues when no cue word stands in the folded text; on
    # random text of the words in any case (the Kelvin sign and the dotted
    # I fold to k and i), with or without a user's words, it finds the same.
    import random

    from checker.language.grammar import find_cues, grammar
    from checker.language.lexicon import fold_case
    from checker.stages.analyse import _cues

    base = load_lexicon()
    words = [*getattr(grammar("zh"), kind), *getattr(grammar("en"), kind)]
    assert words
    rng = random.Random(11)
    for lexicon in (base, replace(base, grammar_words=((kind, ("kelvinword", "该笔")),))):
        user = dict(lexicon.grammar_words).get(kind, ())
        pieces = [*words, *user, *(w.upper() for w in words), "K", "\u212a", "\u0130", "I",
                  " ", "x", "分", "这", "项", "智谱", "-", "'"]
        found = 0
        for _ in range(1500):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
            expected = find_cues(text, kind, user)
            assert _cues(text, kind, lexicon, fold_case(text)) == expected, text
            assert _cues(text, kind, lexicon) == expected, text
            found += bool(expected)
        assert found > 100


# Sentences that read the discourse each in its own way (topic, group, last
# date, period, measures), and sentences that set it, mixed at random below.
_CONTEXT = [
    "智谱于2024年3月完成新一轮融资。",
    "MiniMax和月之暗面的营收都在增长。",
    "2023年,云服务费用达到3亿元。",
    "Zhipu listed on the Hong Kong Stock Exchange on 2026-01-08.",
    "该公司没有公布具体数字。",
    "它的营收增长20%。",
    "前者的亏损为20亿元。",
    "同年9月,其用户数达到1000万。",
    "这项支出增至5亿元。",
    "新用户数出现下滑,降至5104.5万。",
    "The company said revenue rose 73.1%.",
    "一天后,股价上涨10%。",
]


@pytest.mark.parametrize("bounded", [False, True])
def test_a_passage_read_again_gives_what_analyse_gives_in_any_discourse(
        lexicon, monkeypatch, bounded):
    """``analyse_passage`` reuses a sentence's analysis only where the
    discourse fields it read hold the same values: sentences in random order
    (each after many different ones) read exactly as ``analyse`` reads them,
    while most are not analysed again; also when the bounds of what is kept
    are reached all the time."""
    import random

    from checker.stages import analyse as stage

    computed = []
    original = stage._read_sentence

    def counting(*args):
        computed.append(args[0])
        return original(*args)

    monkeypatch.setattr(stage, "_read_sentence", counting)
    monkeypatch.setattr(stage, "_remembered", {})
    monkeypatch.setattr(stage, "_seen", set())
    monkeypatch.setattr(stage, "_kept", [0])
    if bounded:
        monkeypatch.setattr(stage, "_REMEMBERED_SENTENCES", 3)
        monkeypatch.setattr(stage, "_REMEMBERED_ANALYSES", 5)
        monkeypatch.setattr(stage, "_VARIANTS", 2)
    chooser = random.Random(14)
    sentences = [normalise_for_match(s) for s in _CONTEXT]
    told: dict[str, set[str]] = {}
    total = 0
    for _ in range(60):   # documents
        plain = remembered = Discourse()
        for text in chooser.choices(sentences, k=8):
            clauses = split_clauses(text)
            expected, plain = analyse(text, lexicon, clauses, plain)
            computed_before = len(computed)
            got, remembered = stage.analyse_passage(text, lexicon, clauses, remembered)
            assert repr(got) == repr(expected) and repr(remembered) == repr(plain)
            total += len(computed) > computed_before
            told.setdefault(text, set()).add(repr(expected))
    # The discourse mattered (the same text read differently after different
    # sentences), and most passages were not analysed again.
    assert sum(len(readings) > 1 for readings in told.values()) >= 4
    assert stage._kept[0] == sum(known.count[0] for known in stage._remembered.values())
    assert stage._kept[0] <= (5 + 2 if bounded else 480)
    if not bounded:
        assert total < 480 // 2


def test_a_possessive_gives_its_noun_as_a_term_too():
    terms = content_terms("The glacier's area shrank, Chen's team said.")
    assert "glacier's" in terms and "glacier" in terms and "chen" in terms
    assert "'s" not in terms and "s" not in terms


def test_a_year_relative_to_the_dateline_is_narrowed_by_the_words_after_it(lexicon):
    text = "霞湾警务处2024年10月12日公布，今年首九个月共接获诈骗案举报21,437宗，去年上半年为9,870宗。"
    dates = {v.surface: v for v in last(lexicon, text).values if v.kind == "date"}
    nine = dates["今年首九个月"]
    assert (nine.unit, date.fromordinal(int(nine.low)), date.fromordinal(int(nine.high))) \
        == ("period", date(2024, 1, 1), date(2024, 9, 30))
    half = dates["去年上半年"]
    assert (half.unit, date.fromordinal(int(half.high))) == ("half", date(2023, 6, 30))
    # "今年以来" narrows nothing: the year it is.
    since = last(lexicon, "2024年3月5日电 今年以来营收增长5%。").values
    assert [(v.surface, v.unit) for v in since if v.kind == "date"][-1] == ("今年", "year")

