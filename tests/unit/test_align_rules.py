"""Single binding rules of the open judge, read on one passage: which figure
or role a passage gives to which of a claim's words. (The corpus cases of
``tests/cases/open`` show them in whole verdicts; a rule whose effect there
depends on the weights the corpus gives is pinned here.)"""
from __future__ import annotations

from functools import cache

import pytest

from checker import pipeline
from checker.language.lexicon import load_lexicon
from checker.language.normalise import normalise_for_match
from checker.model import Claim
from checker.stages.analyse import analyse
from checker.stages.judge import align
from checker.stages.judge.facts import read_claim
from checker.stages.judge.verdicts import check_claim, open_claim

SWEEPERS = ("分品牌看，湾鸣电器以24.6%的零售额份额位居第一，拓岚智能以18.2%紧随其后。"
            "国内洗地机市场零售量为86.2万台。")
HARBOUR = ("The decision was taken on 3 March, the board's chair, Maren Holloway, confirmed, "
           "and was carried by five votes to one, with Idris Talbot voting against.")


@cache
def _corpus(tmp_root: str, text: str):
    from pathlib import Path

    lexicon = load_lexicon()
    folder = Path(tmp_root)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return pipeline.build_corpus([folder], lexicon), lexicon


def _claim(tmp_path, text: str, source: str):
    corpus, lexicon = _corpus(str(tmp_path / "corpus"), source)
    return open_claim(read_claim(Claim(id="c", text=text), lexicon), corpus.index, lexicon), lexicon


@pytest.mark.parametrize("claim,apart", [
    ("湾鸣电器一季度的零售量份额为24.6%", True),    # volume, where the figure is of value
    ("湾鸣电器一季度的零售额份额为24.6%", False),
])
def test_a_word_differing_in_its_last_character_is_another_measure(tmp_path, claim, apart):
    words, _ = _claim(tmp_path, claim, SWEEPERS)
    text = normalise_for_match(SWEEPERS)
    assert align.sibling_at_figure(words, text, text.find("24.6%")) is apart


@pytest.mark.parametrize("claim,apart", [
    ("Idris Talbot chairs the board.", True),
    ("Maren Holloway chairs the board.", False),
])
def test_a_role_in_apposition_is_the_named_persons(tmp_path, claim, apart):
    words, lexicon = _claim(tmp_path, claim, HARBOUR)
    assert align._clause_of_another_name(words, normalise_for_match(HARBOUR), lexicon) is apart


@pytest.mark.parametrize("claim,same", [
    ("at more than 100 sites", False),     # a count of another noun than the passage's
    ("in more than 100 countries", True),
    ("more than 100", True),               # no noun: not told apart
])
def test_a_count_with_an_unknown_noun_counts_that_noun(claim, same):
    from checker.language.values import parse_values
    from checker.stages import compare

    passage = "at 112 sites in nine countries"
    value = next(v for v in parse_values(claim) if v.kind == "count")
    countries = next(v for v in parse_values(passage) if v.kind == "count")
    assert compare.same_counted(value, claim, countries, passage) is same


@pytest.mark.parametrize("total,listed", [(8, True), (9, False), (5, False)])
def test_counts_a_clause_lists_add_up_to_a_total(total, listed):
    from checker.language.values import parse_values

    text = normalise_for_match("卫生局今年1月抽验粉圆5件、芋圆3件，检验结果均符合规定。")
    analysis, _ = analyse(text, load_lexicon())
    claimed = next(v for v in parse_values(f"抽验的{total}件粉圆及芋圆") if v.kind == "count")
    stated = next(v for v in analysis.values if v.surface.startswith("3"))
    assert align.listed_total(claimed, analysis, stated) is listed


@pytest.mark.parametrize("text,figure,part", [
    ("营收增长了5%", "5%", "change"),
    ("县市场监管局共抽取了9批次样品", "9批次", ""),               # 了 after no direction
    ("从该公司仓库和两家超市共抽取样品9批次", "9批次", ""),       # 从 before a verb: a place
    ("估值从A轮的12亿美元升至25亿美元", "12亿", "start"),
])
def test_what_part_of_a_change_a_figure_is(text, figure, part):
    from checker.language.grammar import change_part

    assert change_part(text, text.find(figure)) == part


DIRECTOR = "春节档喜剧片《归乡列车》由新人导演葛清源执导、喜剧演员邵天佑领衔主演。"


@pytest.mark.parametrize("claim,another", [
    ("《归乡列车》由邵天佑执导", True),     # 执导 stands right after 葛清源
    ("《归乡列车》由葛清源执导", False),
    ("邵天佑领衔主演《归乡列车》", False),
])
def test_a_verb_right_after_another_persons_name_is_theirs(tmp_path, claim, another):
    words, lexicon = _claim(tmp_path, claim, DIRECTOR)
    assert align._done_by_another_person(words, normalise_for_match(DIRECTOR), lexicon) is another


NOTICE = ("近日，一则题为“4月1日起澄岭全市禁止电动自行车上路”的消息在多个微信群流传。"
          "4月2日，交警支队发布声明称，该消息纯属谣言，澄岭从未发布过任何禁行通告，"
          "现行的电动自行车通行管理措施保持不变。")


@pytest.mark.parametrize("claim,another", [
    # (the rules the passage goes on to state plainly, not the message it calls false)
    ("澄岭现行的电动自行车通行管理措施是从2020年开始执行的", True),
    ("4月1日起澄岭全市禁止电动自行车上路", False),
])
def test_a_verdict_pointing_back_is_on_what_came_before(tmp_path, claim, another):
    words, lexicon = _claim(tmp_path, claim, NOTICE)
    rumour, verdict = (analyse(normalise_for_match(s), lexicon)[0]
                       for s in NOTICE.replace("。", "。\n").split("\n")[:2])
    denial = next(d for d in align._scoped_denials(words, verdict.text, lexicon)
                  if d[2] == "谣言")
    assert align._verdict_on_another(words, verdict, denial, [rumour], lexicon) is another


TRANSFERS = ("根据澄岭市2021年起试点的资金管理办法，企业账户单笔转账100万元以上、个人账户单笔转账"
             "20万元以上，需要登记资金来源或用途，但并不需要提前一天预约。")


@pytest.mark.parametrize("claim,apart", [
    # (the clauses without the negation state it together; 并不 negates the booking)
    ("澄岭的试点办法规定，个人账户单笔转账20万元以上需要登记资金来源或用途", True),
    ("澄岭的试点办法规定，个人账户单笔转账20万元以上需要提前一天预约", False),
])
def test_plain_clauses_together_outweigh_a_negated_one(tmp_path, claim, apart):
    words, lexicon = _claim(tmp_path, claim, TRANSFERS)
    analysis, _ = analyse(normalise_for_match(TRANSFERS), lexicon)
    assert align._said_plainly_apart(words, analysis, lexicon) is apart


DOCKET = ("截图中的所谓“新规”并不存在，网传文件文号“澄监〔2023〕9号”对应的实际是一份关于开展"
          "食品抽检工作的通知，与餐饮收费毫无关系。")


@pytest.mark.parametrize("claim,corrected", [
    # (what the passage says the document really is, after 实际是)
    ("文号为“澄监〔2023〕9号”的真实文件是一份关于食品抽检工作的通知", True),
    ("澄岭出台新规，餐馆收取包间费一律违法", False),
])
def test_a_report_the_passage_corrects_is_not_what_it_reports(tmp_path, claim, corrected):
    words, lexicon = _claim(tmp_path, claim, DOCKET)
    assert align._corrected_report(words, normalise_for_match(DOCKET), lexicon) is corrected


PLEA = "卢某辩称自己对资金去向并不知情，但法院经审查认为，对该辩解不予采纳。"


@pytest.mark.parametrize("claim,negated", [
    ("法院采纳了卢某称自己对资金去向不知情的辩解", True),    # 不予采纳; 不知情 the claim negates too
    ("法院没有采纳卢某称自己对资金去向不知情的辩解", False),
    ("卢某称自己对资金去向不知情", False),
])
def test_a_word_the_passage_only_negates_is_not_asserted(tmp_path, claim, negated):
    words, _ = _claim(tmp_path, claim, PLEA)
    assert align._negated_here_only(words, normalise_for_match(PLEA)) is negated


@pytest.mark.parametrize("claim, filled", [
    ("白沙县每万人口医师数为25人。", True),
    ("白沙县每万人口护理人员数为65人。", False),
    # (A word written twice stands twice in the claim: both are read.)
    ("白沙县人口每万人口医师数为25人。", True),
])
def test_a_word_missing_between_two_the_passage_fills_otherwise(tmp_path, claim, filled):
    source = "白沙县每万人口护理人员数为58.4人，低于全省平均的70.2人。"
    words, _ = _claim(tmp_path, claim, source)
    text = normalise_for_match(source).lower()
    missing = [u for u in words.units if u.surface.lower() not in text]
    assert align._slot_filled_otherwise(words, text, missing) is filled


@pytest.mark.parametrize("head, items", [
    # (The segmenter cuts each school's name in two: the items are whole.)
    ("2025年秋季第二小学和第五小学", ["第二小学", "第五小学"]),
    # (What follows 的 is said of every item.)
    ("青禾集团和远川电子的营业收入", ["青禾集团", "远川电子"]),
    ("revenue and profit rose", ["revenue", "profit"]),
])
def test_the_items_of_a_respectively_list_are_whole_names(head, items):
    assert align._list_words(head) == items


@pytest.mark.parametrize("gap, within", [
    ("由目前的18.4:1", True),     # a point and a colon inside a number
    ("from 3,200 to 4.5", True),
    ("目前,由", False),
    ("the plant closed. it", False),
])
def test_a_mark_inside_a_number_breaks_no_clause(gap, within):
    from checker.language.grammar import within_clause

    assert within_clause(gap) is within


RENTS = "按面积划分，小型商铺租金下跌2.4%，大型商铺租金则下跌0.7%。"
CLINICS = ("Over twelve months, complaints were filed by 3.9% of patients at the Marrow Lane "
           "clinic and 3.1% of patients at the Ashby Road clinic, the health board said.")


@pytest.mark.parametrize("claim, source, agrees", [
    ("大型商铺租金的跌幅较小型商铺为大。", RENTS, False),
    ("大型商铺租金的跌幅较小型商铺为小。", RENTS, True),
    (("Patients at the Marrow Lane clinic filed fewer complaints than patients at the Ashby "
     "Road clinic."), CLINICS, False),
    (("Patients at the Marrow Lane clinic filed more complaints than patients at the Ashby "
     "Road clinic."), CLINICS, True),
])
def test_a_comparison_is_read_from_one_figure_for_each_side(tmp_path, claim, source, agrees):
    words, lexicon = _claim(tmp_path, claim, source)
    ordered = align._figures_ordered(words, analyse(normalise_for_match(source), lexicon)[0],
                                     lexicon)
    assert ordered is not None and ordered[0] is agrees


@pytest.mark.parametrize("claim, contrasted", [
    ("Acidification caused the fall in Tarrow mussel output, growers say.", "not"),
    ("A parasite outbreak caused the fall in Tarrow mussel output, growers say.", ""),
])
def test_a_name_after_a_comma_and_not_is_what_it_is_not(tmp_path, claim, contrasted):
    source = ("The Tarrow Mussel Growers' Association said mussel output fell 15% in 2025, but "
              "said the cause was a parasite outbreak, not acidification.")
    words, _ = _claim(tmp_path, claim, source)
    assert align.always_before(words, normalise_for_match(source), "negation") == contrasted


def test_a_capital_letter_alone_is_a_grade(tmp_path):
    words, _ = _claim(tmp_path, "信衡评级将华岭地产的评级由AA下调至A。", "信衡评级维持其AA评级。")
    assert [u.surface for u in words.units if u.name] == ["AA", "A"]


EXAMS = ("河陵省教育考试院2025年6月3日发布消息，2025年全省中考报名人数为41.2万人，比2024年的39.5万人增加1.7万人。\n"
         "今年全省共设中考考点86个，比去年增加6个。\n"
         "省会秀川市报名人数为9.3万人，占全省报名总数的22.6%。\n")


@pytest.mark.parametrize("claim, verdict", [
    ("秀川市2024年中考报名人数为8.1万人。", "not_found"),    # 去年 is the base of 86's rise
    ("秀川市2025年中考报名人数为8.1万人。", "contradicted"),
])
def test_the_base_of_a_comparison_dates_no_sentence_after_it(tmp_path, claim, verdict):
    corpus, lexicon = _corpus(str(tmp_path / "corpus"), EXAMS)
    assert check_claim(Claim(id="c", text=claim), corpus.index, lexicon).verdict.value == verdict


LEAD = ("河陵省教育考试院2025年6月3日发布消息，2025年全省中考报名人数为41.2万人，比2024年的39.5万人增加1.7万人。\n"
        "2024年，全省中考考点为80个。\n"
        "省会秀川市中考报名人数为9.3万人，占全省报名总数的22.6%。\n")


@pytest.mark.parametrize("claim, verdict", [
    ("秀川市2025年中考报名人数为9.3万人。", "supported"),
    ("秀川市2025年中考报名人数为8.1万人。", "contradicted"),
])
def test_a_figure_of_the_leads_word_is_of_the_leads_period(tmp_path, claim, verdict):
    corpus, lexicon = _corpus(str(tmp_path / "corpus"), LEAD)
    assert check_claim(Claim(id="c", text=claim), corpus.index, lexicon).verdict.value == verdict


@pytest.mark.parametrize("claim, source, alike", [
    ("applied 180 kilograms of nitrogen per hectare",
     "plots yielded 8.4 tonnes per hectare at the same nitrogen rate", False),
    ("harvested 151,000 tonnes of apples in 2023",
     "the 2024 apple harvest will reach about 140,000 tonnes, down from 215,000 tonnes", True),
    ("harvested 151,000 tonnes of apples", "pear growers picked 90,000 tonnes of pears", False),
])
def test_a_quantity_of_a_named_stuff_is_compared_with_that_stuffs(claim, source, alike):
    from checker.language.values import parse_values
    from checker.stages import compare

    mine = next(v for v in parse_values(claim) if v.kind == "physical")
    theirs = [v for v in parse_values(source) if v.kind == "physical"][-1]
    assert compare.same_counted(mine, claim, theirs, source) is alike
