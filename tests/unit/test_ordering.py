"""How a claim ordering two things by figures it does not give is read
into its two sides (``checker.stages.judge.ordering``); whole verdicts are
in tests/cases/open/orderings.yaml."""
import pytest

from checker.stages.judge.ordering import read_ordering


def _sides(text):
    ordering = read_ordering(text)
    assert ordering is not None, text
    return ordering


def test_an_english_name_after_than_is_the_other_side():
    ordering = _sides("Arlow Power generated more electricity than Bexley Energy in 2023.")
    assert ordering.larger
    assert ordering.first == ("Arlow Power generated ", " electricity in 2023.")
    assert ordering.second == ("Bexley Energy generated ", " electricity in 2023.")


def test_a_possessive_side_and_a_smaller_order():
    ordering = _sides("Quayline's third-quarter revenue was lower than Brennick's.")
    assert not ordering.larger
    assert ordering.second[0].startswith("Brennick")


def test_a_year_after_than_is_the_other_sides_year():
    ordering = _sides("The ferry operator carried fewer passengers in 2024 than in 2023.")
    assert ordering.first_label == "2024" and ordering.second_label == "2023"
    assert "2023" in "".join(ordering.second) and "2024" not in "".join(ordering.second)


def test_the_year_before_is_computed_from_the_claims_year():
    ordering = _sides("岚城2024年接待游客人次多于上年。")
    assert ordering.second == ("岚城2023年接待游客人次为", "。")


def test_a_chinese_name_after_the_order_word_or_between_bi_and_the_adjective():
    first = _sides("云溪省2024年粮食产量高于白杉省。")
    assert first.first == ("云溪省2024年粮食产量为", "。")
    assert first.second == ("白杉省2024年粮食产量为", "。")
    second = _sides("乙岸快运2024年单票收入比甲岭物流更低。")
    assert not second.larger and second.second_label == "甲岭物流"


def test_a_latin_name_written_into_chinese_is_kept_apart_from_digits():
    ordering = _sides("智谱2024年的营收高于MiniMax。")
    assert ordering.second[0] == "MiniMax 2024年的营收为"


def test_an_order_word_before_the_other_side_and_a_name_in_lower_case_first():
    ordering = _sides("Zhipu placed ahead of iFlytek in the 2025 bid-winning ranking.")
    assert ordering.larger and ordering.second_label == "iFlytek"
    assert ordering.first == ("Zhipu placed ", " in the 2025 bid-winning ranking.")


def test_a_name_qualifying_a_noun_is_the_other_side_with_it():
    ordering = _sides("Fenwick Reef bleached less than the Isla Verano reefs in 2025.")
    assert ordering.second == ("the Isla Verano reefs bleached ", " in 2025.")


@pytest.mark.parametrize("text", [
    "Arlow Power generated more than half of the electricity in 2023.",
    "Arlow Power generated more than 20 terawatt-hours in 2023.",
    "Sea level is rising faster than the global average.",
    "Construction added more jobs than any other sector.",
    "云溪省2024年粮食产量超过600亿斤。",
    "云溪省2024年粮食产量高于全国平均水平。",
    "甲岭物流的单票收入比乙岸快运多0.3元。",
])
def test_no_ordering_without_a_named_other_side_or_with_a_figure(text):
    assert read_ordering(text) is None
