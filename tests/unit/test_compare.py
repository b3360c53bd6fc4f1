"""Tests for checker.stages.compare: which values are comparable, and how a claim's
value relates to a source's (agree / disagree / neither) by precision, hedge,
range, date granularity and the scale-gap rule."""
from __future__ import annotations

import pytest

from checker.language.values import parse_values
from checker.model import Value
from checker.stages.compare import comparable, is_strong, relation, tolerance_text


def value(text: str) -> Value:
    """The one value read from TEXT."""
    found = parse_values(text)
    assert len(found) == 1, [(v.surface, v.kind) for v in found]
    return found[0]


# ------------------------------------------------------------------ comparable

@pytest.mark.parametrize("claim, source, expected", [
    ("$70 million", "7000万美元", True),
    ("$70 million", "7000万元", True),             # the same figure in another currency
    ("$70 million", "5亿元", False),               # USD vs CNY: no exchange rates
    ("70 million yuan", "6000万港元", False),       # CNY vs HKD
    ("1000万用户", "1000万名用户", True),
    ("1000万用户", "1000万个token", False),         # users vs tokens
    ("1000万", "1000万用户", True),                # a unitless count fits any unit
    ("3.2%", "3.2%", True),
    ("2%", "2个百分点", False),                    # a change in points is no change in percent
    ("2 percentage points", "2个百分点", True),
    ("3.2%", "3.2亿元", False),                    # kinds differ
    ("2025年", "2025年上半年", True),
])
def test_comparable(claim, source, expected):
    assert comparable(value(claim), value(source)) is expected


@pytest.mark.parametrize("claim, source, expected", [
    ("more than $300 million", "近3亿美元", "disagree"),     # either side of one figure
    ("不到3亿美元", "超3亿美元", "disagree"),
    ("at least $300 million", "at most $300 million", "neither"),  # both may be 300
    ("more than $300 million", "超3亿美元", "agree"),
    ("突破2.15亿", "突破1.15亿", "disagree"),        # two bounds, figures far apart
    ("突破1.2亿", "突破1.15亿", "neither"),          # near: the same statement, rounded
])
def test_bounds_on_either_side_of_one_figure(claim, source, expected):
    assert relation(value(claim), value(source)) == expected


def test_the_same_figure_in_another_currency_disagrees():
    assert relation(value("4.65亿元"), value("4.65亿美元")) == "disagree"
    assert relation(value("$70 million"), value("7000万美元")) == "agree"


def test_amount_without_currency_is_not_comparable():
    bare = Value(kind="amount", low=5.0, high=5.0, anchor=5.0, precision=1.0, unit="")
    assert comparable(bare, bare) is False


# ------------------------------------------------------------------ exact values

EXACT = [
    # claim, source, relation, why
    ("9.2 billion yuan", "92亿元", "agree", "same number, other scale word"),
    ("9 billion yuan", "92亿元", "agree", "within half the claim's last digit"),
    ("2.2 billion yuan", "21.95亿元", "agree", "rounded claim"),
    ("280 million yuan", "3亿元", "neither", "claim more precise than the source"),
    ("73.1%", "73.6%", "disagree", "apart by more than either last digit"),
    ("3%", "3.2%", "agree", "claim stated to the unit"),
    ("3.0%", "3.2%", "disagree", "claim stated to a tenth"),
    ("3 billion yuan", "3亿元", "disagree", "tenfold scale slip"),
    ("6亿元", "62亿元", "disagree", "tenfold"),
    ("$70 million", "7000万美元", "agree", "same"),
    ("$7 million", "7000万美元", "disagree", "tenfold"),
    ("about 3 billion yuan", "31亿元", "agree", "about: last-digit slack"),
    ("about 900 million yuan", "9.05亿元", "agree", "about: relative slack"),
    ("900 million yuan", "9.05亿元", "disagree", "exact: no relative slack"),
    ("about 900 million yuan", "10亿元", "disagree", "about: a tenth off is too far"),
    ("第三", "第三", "agree", "rank"),
    ("第三", "第五", "disagree", "rank"),
    ("three years", "三年", "agree", "duration across languages"),
    ("八年", "八年六个月", "neither", "a more precise figure halfway to the next round one"),
    ("two hours", "two and a half hours", "neither", "a half hour rounds either way"),
    ("three years", "3年零2个月", "agree", "rounded claim of a compound duration"),
    ("8.5 years", "八年六个月", "agree", "a compound duration in one unit"),
    ("九年", "八年", "disagree", "whole years apart"),
]


@pytest.mark.parametrize("claim, source, expected, why", EXACT, ids=[c[3] for c in EXACT])
def test_relation_of_stated_numbers(claim, source, expected, why):
    assert relation(value(claim), value(source)) == expected


@pytest.mark.parametrize("claim, source", [
    ("6 yuan", "62亿元"),
    ("6元", "6.2亿元"),
    ("3 users", "3亿名用户"),
])
def test_scale_gap_over_a_hundred_thousandfold_is_neither(claim, source):
    # "每赚一元钱,就要赔掉六元" says nothing about a loss of billions.
    assert relation(value(claim), value(source)) == "neither"
    assert relation(value(source), value(claim)) == "neither"


def test_scale_gap_within_ten_thousandfold_still_disagrees():
    assert relation(value("6万元"), value("6亿元")) == "disagree"


# ------------------------------------------------------------------ bounds and ranges

BOUNDS = [
    ("over 10 million users", "超1100万用户", "agree", "source bound inside claim bound"),
    ("over 10 million users", "1100万用户", "agree", "source point above claim bound"),
    ("over 10 million users", "900万用户", "disagree", "source point below claim bound"),
    ("80%", "超过七成", "neither", "over 70% allows 80%"),
    ("60%", "超过七成", "disagree", "over 70% excludes 60%"),
    ("more than 70%", "超过七成", "agree", "same bound"),
    ("under 10 billion yuan", "98亿元", "agree", "under"),
    ("nearly 10 billion yuan", "98亿元", "agree", "nearly: just below"),
    ("nearly 10 billion yuan", "120亿元", "disagree", "nearly: above"),
    ("300-400亿元", "350亿元", "agree", "point inside claim range"),
    ("300-400亿元", "超过300亿元", "neither", "open bound overlaps range"),
    ("35 billion yuan", "300-400亿元", "neither", "point inside source range"),
    ("50 billion yuan", "300-400亿元", "disagree", "point outside source range"),
]


@pytest.mark.parametrize("claim, source, expected, why", BOUNDS, ids=[c[3] for c in BOUNDS])
def test_relation_of_bounds_and_ranges(claim, source, expected, why):
    assert relation(value(claim), value(source)) == expected


# ------------------------------------------------------------------ dates

DATES = [
    ("September 2025", "2025年9月30日", "agree", "source day inside claim month"),
    ("2025", "2025年上半年", "agree", "source half inside claim year"),
    ("January 2026", "2026年1月", "agree", "same month"),
    ("2025年9月30日", "2025年", "neither", "source less precise than the claim"),
    ("2025年上半年", "2025年", "neither", "half vs year"),
    ("2024年", "2025年3月", "disagree", "disjoint"),
    ("January 8, 2026", "2026年1月9日", "disagree", "next day"),
    ("between 1982 and 2022", "between 1992 and 2022", "neither", "a shorter span inside"),
    ("between 1992 and 2022", "1992年至2022年", "agree", "the same span"),
    ("2022年至2024年", "2022年3月至2024年12月", "agree", "each end inside its year"),
]


@pytest.mark.parametrize("claim, source, expected, why", DATES, ids=[c[3] for c in DATES])
def test_relation_of_dates(claim, source, expected, why):
    assert relation(value(claim), value(source)) == expected


# ------------------------------------------------------------------ strength, tolerance

@pytest.mark.parametrize("text, strong", [
    ("92亿元", True),
    ("约35亿美元", True),
    ("超过七成", False),
    ("300-400亿元", False),
    ("不到100亿元", False),
])
def test_is_strong(text, strong):
    assert is_strong(value(text)) is strong


@pytest.mark.parametrize("text, tolerance", [
    ("9.2 billion yuan", "±50 million"),
    ("73.1%", "±0.05"),
    ("over 10 million users", "over bound"),
    ("September 2025", "within the stated month"),
])
def test_tolerance_text(text, tolerance):
    assert tolerance_text(value(text)) == tolerance


@pytest.mark.parametrize("claim, source, expected", [
    ("超2.5亿美元", "6亿美元", "neither"),        # over 250 million is not how 600 million is said
    ("超2.5亿美元", "2.6亿美元", "agree"),
    ("more than 250 million users", "6亿用户", "neither"),
    ("more than 250 million users", "4.9亿用户", "agree"),           # under twice the bound
    ("不到1000万用户", "300万用户", "neither"),
    ("不到1000万用户", "950万用户", "agree"),
    ("超过20%", "60%", "agree"),                   # a share keeps its bound: only money and counts
    ("up to 15 mm", "1.5 mm", "neither"),          # lengths too
    # Two bounds in one direction are written near one figure: "up to 1.5
    # cm" does not say "as much as 1.5 mm", though 1.5 mm is under 1.5 cm.
    ("up to 1.5 cm", "as much as 1.5 mm", "neither"),
    ("up to 1.5 mm", "as much as 1.5 mm", "agree"),
    ("超过1000万", "突破1100万", "agree"),
    ("超过100万", "突破1100万", "neither"),
])
def test_a_bound_far_from_the_figure_it_holds_does_not_agree(claim, source, expected):
    assert relation(value(claim), value(source)) == expected


@pytest.mark.parametrize("claim, source, expected", [
    ("unemployment rose by 5%", "unemployment rose to 5%", False),   # a change, a level
    ("unemployment rose 5%", "unemployment rose to 5%", False),      # a direction word: a change
    ("inflation fell to 9%", "inflation fell from 9% to 4%", False), # reached, started from
    ("失业率降至6%", "失业率从6%降至4%", False),
    ("unemployment rose to 5%", "unemployment climbed to 5%", True),
    ("turnout was 62%", "turnout rose to 62%", True),                # unsaid: compared with any
])
def test_a_level_and_a_change_are_not_the_same_part_of_a_change(claim, source, expected):
    from checker.stages.compare import same_part

    own = next(v for v in parse_values(claim) if v.kind == "percent")
    theirs = next(v for v in parse_values(source) if v.kind == "percent")
    assert same_part(own, claim, theirs, source) is expected


@pytest.mark.parametrize("claim, source, expected", [
    ("估值从12亿美元升至25亿美元", "估值从A轮的12亿美元升至25亿美元", True),  # the starts, words between
    ("valuation rose from $1.2 billion", "its valuation rose to $2.5 billion", False),
    ("users grew from 3 million", "users reached 8 million", False),
])
def test_money_and_counts_are_compared_as_the_same_part_of_a_change(claim, source, expected):
    from checker.stages.compare import same_part

    own = parse_values(claim)[0]
    theirs = parse_values(source)[0]
    assert same_part(own, claim, theirs, source) is expected


@pytest.mark.parametrize("claim, source, expected", [
    ("valuation rose from $1.2 billion", "the company is valued at about $4.2 billion", False),
    ("估值从10亿美元升至", "估值约42亿美元", False),     # a later figure may differ from a start
    ("估值从10亿美元升至", "估值从A轮的12亿美元升至", True),  # another start refutes it
    ("revenue was $10 million", "revenue was $12 million", True),
    ("由阿里巴巴领投的6亿美元", "由远山资本领投的8亿美元", True),  # 由 opens no start phrase
])
def test_only_another_start_refutes_where_a_change_started(claim, source, expected):
    from checker.stages.compare import may_refute

    own, theirs = parse_values(claim)[0], parse_values(source)[0]
    assert may_refute(own, claim, theirs, source) is expected


@pytest.mark.parametrize("claim, source, expected", [
    ("about 40%", "nearly 40%", "agree"),       # just under it is about it
    ("约40%", "近40%", "agree"),
    ("40%", "nearly 40%", "neither"),           # not exactly it
    ("about 40%", "nearly 50%", "disagree"),
    ("nearly 40%", "about 40%", "neither"),      # about may be over it
])
def test_nearly_a_figure_is_about_it(claim, source, expected):
    assert relation(value(claim), value(source)) == expected


def test_a_bare_number_closing_its_phrase_counts_no_one():
    from checker.language.values import parse_values
    from checker.stages.compare import same_counted

    text = "Among participants over 80, 9.8 per cent reported dizziness"
    age = parse_values(text)[0]
    people = parse_values("14 people were admitted to hospital")[0]
    assert not same_counted(age, text, people, "14 people were admitted to hospital")
    listed = "more than 100 people were evacuated"
    assert same_counted(parse_values(listed)[0], listed, people, "14 people were admitted")
