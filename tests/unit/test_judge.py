"""Tests for checker.stages.judge.frames on hand-made passages: reading a claim, matching
subjects, and the stance of single passages (supports / contradicts / none)
for values, dates, qualifiers, people and descriptive claims. The person
tests that need a subject carried over from an earlier sentence run the
whole pipeline on a small folder written at run time."""
from __future__ import annotations

import pytest

from checker.language.lexicon import load_lexicon
from checker.model import Analysis, Claim, Document, Passage, Stance
from checker.pipeline import build_corpus
from checker.stages.analyse import Discourse, analyse
from checker.stages.judge.facts import ClaimView, read_claim
from checker.stages.judge.frames import judge, subjects_match
from checker.stages.judge.verdicts import check_claim
from checker.stages.segment import segment


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def view(text: str, lexicon) -> ClaimView:
    return read_claim(Claim(id="t", text=text), lexicon)


def passages(text: str, lexicon) -> list[tuple[Passage, Analysis]]:
    """Segment and analyse TEXT as one document, carrying the discourse."""
    discourse = Discourse()
    out = []
    for passage in segment(Document(path="t.txt", text=text, encoding="utf-8")):
        analysis, discourse = analyse(passage.text, lexicon, passage.clauses, discourse)
        out.append((passage, analysis))
    return out


def stance(claim: str, text: str, lexicon, index: int = -1) -> Stance:
    """The stance of the INDEX-th sentence of TEXT on CLAIM."""
    passage, analysis = passages(text, lexicon)[index]
    return judge(view(claim, lexicon), passage, analysis, lexicon)


# ------------------------------------------------------------------ read_claim

def test_read_claim_value_time_and_measure(lexicon):
    v = view("Zhipu had revenue of 300 million yuan in 2024", lexicon)
    assert v.subjects == ("zhipu",)
    assert v.qualifiers == ()
    assert v.measures == ("revenue",)
    assert [(f.value.kind, f.value.anchor, f.head_measure) for f in v.asserted] == [
        ("amount", 3e8, "revenue")]
    assert v.time is not None and v.time.unit == "year" and v.time.surface == "2024"
    assert v.durations == () and v.person == ()
    assert v.unread_number is False


def test_read_claim_date_is_asserted_and_exchange_is_a_qualifier(lexicon):
    v = view("MiniMax listed on the Hong Kong Stock Exchange in January 2026", lexicon)
    assert v.subjects == ("minimax",)
    assert v.qualifiers == ("hkex",)
    assert [f.value.kind for f in v.asserted] == ["date"]
    assert v.time is None                       # the date is the claim, not its period


def test_read_claim_duration_qualifies_a_value(lexicon):
    v = view("MiniMax lost 1 billion dollars over three years", lexicon)
    assert [f.value.kind for f in v.asserted] == ["amount"]
    assert [d.surface for d in v.durations] == ["three years"]


def test_read_claim_duration_alone_is_asserted(lexicon):
    v = view("MiniMax was founded three years ago", lexicon)
    assert [f.value.kind for f in v.asserted] == ["duration"]
    assert v.durations == ()
    assert v.measures == ("founding",)


@pytest.mark.parametrize("claim, subjects, qualifiers", [
    ("MiniMax's Talkie has 10 million users", ("minimax", "talkie"), ()),
    ("Talkie, MiniMax's app, has 10 million users", ("talkie",), ()),   # parent: no qualifier
    ("Kimi has 9 million monthly active users in 2025", ("kimi",), ()),
    ("Zhipu listed in Hong Kong", ("zhipu",), ("hong-kong",)),
    ("Bloomberg says Zhipu lost money", ("zhipu",), ("bloomberg",)),
])
def test_read_claim_subjects_and_qualifiers(lexicon, claim, subjects, qualifiers):
    v = view(claim, lexicon)
    assert v.subjects == subjects
    assert v.qualifiers == qualifiers


@pytest.mark.parametrize("claim, surface, role", [
    ("Zhipu's CEO is Zhang Peng", "Zhang Peng", "ceo"),
    ("Yan Junjie co-founded MiniMax", "Yan Junjie", "founder"),
    ("智谱的CEO是张鹏", "张鹏", "ceo"),
])
def test_read_claim_person_and_role(lexicon, claim, surface, role):
    v = view(claim, lexicon)
    assert v.person_surface == surface
    assert v.person and role in v.person_measures
    assert v.asserted == ()


def test_read_claim_entity_words_are_no_person(lexicon):
    assert view("Zhipu Huazhang was founded in 2019", lexicon).person == ()


@pytest.mark.parametrize("claim, unread", [
    ("Zhipu has 7 offices", True),                   # 7: no unit, no value read
    ("Zhipu has 700 employees", False),
    ("智谱是一家公司", False),                        # 一家 is a word, not a figure
    ("Zhipu is a leading company", False),
])
def test_read_claim_unread_number(lexicon, claim, unread):
    assert view(claim, lexicon).unread_number is unread


# ------------------------------------------------------------------ subjects_match

@pytest.mark.parametrize("claim, source, ok", [
    (("minimax", "talkie"), ("talkie",), True),     # parent implied by the named child
    (("minimax",), ("talkie",), False),             # the child's figure is not the parent's
    (("talkie",), ("minimax",), False),
    (("minimax", "talkie"), ("minimax",), False),   # the child must be named
    (("zhipu",), ("zhipu", "minimax"), True),
    (("zhipu", "minimax"), ("zhipu",), False),
    ((), (), True),                                 # no subject asked
    (("zhipu",), (), False),
    (("zhipu",), ("unnamed",), False),
])
def test_subjects_match(lexicon, claim, source, ok):
    assert subjects_match(claim, source, lexicon) is ok


# ------------------------------------------------------------------ values

REVENUE = "智谱2024年营收3亿元,但亏损达20亿元。"


def test_right_value_supports(lexicon):
    result = stance("Zhipu had revenue of 300 million yuan in 2024", REVENUE, lexicon)
    assert result.stance == "supports"
    assert "3亿元" in result.reason and "t.txt:1" in result.reason
    assert [(c.claim_value, c.source_value) for c in result.comparisons] == [
        ("300 million yuan", "3亿元")]
    assert result.time_key != ""                 # the passage states the year


def test_wrong_scale_contradicts_and_names_the_source_value(lexicon):
    result = stance("Zhipu had revenue of 3 billion yuan in 2024", REVENUE, lexicon)
    assert result.stance == "contradicts"
    assert "3亿元" in result.reason
    assert result.strong is True


def test_another_measures_figure_never_supports(lexicon):
    # 20亿 is the loss: it neither supports a revenue of 2 billion nor hides 3亿.
    result = stance("Zhipu had revenue of 2 billion yuan in 2024", REVENUE, lexicon)
    assert result.stance == "contradicts"
    assert "3亿元" in result.reason and "20亿" not in result.reason
    loss = stance("Zhipu's loss in 2024 reached 2 billion yuan", REVENUE, lexicon)
    assert loss.stance == "supports" and "20亿元" in loss.reason


@pytest.mark.parametrize("claim", [
    "MiniMax had revenue of 300 million yuan in 2024",       # another subject
    "Zhipu had revenue of 300 million yuan in 2023",         # another year
    "Zhipu had 300 million users in 2024",                   # another measure and kind
])
def test_right_number_in_the_wrong_frame_is_no_stance(lexicon, claim):
    result = stance(claim, REVENUE, lexicon)
    assert result.stance == "none"
    assert result.comparisons == ()


def test_the_same_figure_in_another_currency_contradicts(lexicon):
    # No exchange rates: only the same figure is compared, and it is wrong.
    result = stance("Zhipu had revenue of 300 million US dollars in 2024", REVENUE, lexicon)
    assert result.stance == "contradicts" and "3亿元" in result.reason
    other = stance("Zhipu had revenue of 50 million US dollars in 2024", REVENUE, lexicon)
    assert other.stance == "none" and other.comparisons == ()


def test_undated_claim_is_supported_by_a_dated_passage(lexicon):
    result = stance("Zhipu had revenue of about 300 million yuan", REVENUE, lexicon)
    assert result.stance == "supports"


def test_subject_carried_from_the_previous_sentence(lexicon):
    text = "智谱是一家大模型公司。去年营收3亿元。"
    assert stance("Zhipu had revenue of 300 million yuan", text, lexicon).stance == "supports"
    assert stance("MiniMax had revenue of 300 million yuan", text, lexicon).stance == "none"


@pytest.mark.parametrize("claim, expected", [
    ("MiniMax's Talkie has more than 10 million monthly active users", "supports"),
    ("MiniMax has more than 10 million monthly active users", "none"),
    ("Talkie has more than 10 million monthly active users", "supports"),
    ("Talkie has 20 million monthly active users", "none"),   # a point above a bound
])
def test_parent_and_child_subjects(lexicon, claim, expected):
    assert stance(claim, "Talkie的月活超过1100万。", lexicon).stance == expected


LISTING = "MiniMax于2026年1月9日在港交所上市。"


@pytest.mark.parametrize("claim, expected", [
    ("MiniMax listed on the Hong Kong Stock Exchange in January 2026", "supports"),
    ("MiniMax listed in Hong Kong in March 2026", "contradicts"),
    ("MiniMax listed on Nasdaq in January 2026", "contradicts"),  # another exchange, same slot
    ("MiniMax listed in Hangzhou in January 2026", "none"),  # named place absent
])
def test_dates_and_named_qualifiers(lexicon, claim, expected):
    assert stance(claim, LISTING, lexicon).stance == expected


def test_another_exchange_in_the_slot_is_named(lexicon):
    result = stance("MiniMax listed on Nasdaq in January 2026", LISTING, lexicon)
    assert "港交所" in result.reason and "nasdaq" in result.reason


def test_missing_qualifier_entity_gives_a_reason(lexicon):
    result = stance("MiniMax listed in Hangzhou in January 2026", LISTING, lexicon)
    assert "not in this passage" in result.reason


@pytest.mark.parametrize("claim, expected", [
    ("Zhipu raised 1 billion yuan in its Series C round", "supports"),
    ("Zhipu raised 2 billion yuan in its Series C round", "contradicts"),
    # The very figure given to another round: that round is the claim's error.
    ("Zhipu raised 1 billion yuan in its Series B round", "contradicts"),
    ("Zhipu raised 3 billion yuan in its Series B round", "none"),   # another round's figure
])
def test_round_qualifier_words(lexicon, claim, expected):
    assert stance(claim, "智谱完成C轮融资10亿元。", lexicon).stance == expected


def test_bound_contradiction_is_weak(lexicon):
    result = stance("MiniMax gets 60% of its revenue from overseas",
                    "MiniMax超过七成的收入来自海外。", lexicon)
    assert result.stance == "contradicts"
    assert result.strong is False


def test_respectively_does_not_lend_one_subjects_figure_to_another(lexicon):
    result = stance("MiniMax lost 6.2 billion yuan", "智谱和MiniMax分别亏损62亿元和92亿元。",
                    lexicon)
    assert result.stance != "supports"


# ------------------------------------------------------------------ descriptive claims

DESCRIPTIVE_SOURCE = "智谱是一家大模型公司。智谱的总部在北京。"


def test_descriptive_claim_supported_by_coverage(lexicon):
    result = stance("Zhipu is a large model company", DESCRIPTIVE_SOURCE, lexicon, index=0)
    assert result.stance == "supports"
    assert "covers" in result.reason


@pytest.mark.parametrize("claim", [
    "Zhipu is a small hardware maker",
    "Zhipu makes phones",
    "Zhipu's headquarters are in Shenzhen",
    "MiniMax is a large model company",
])
@pytest.mark.parametrize("index", [0, 1])
def test_descriptive_claim_is_never_contradicted(lexicon, claim, index):
    assert stance(claim, DESCRIPTIVE_SOURCE, lexicon, index).stance != "contradicts"


def test_descriptive_claim_with_an_unread_number_is_not_supported(lexicon):
    result = stance("Zhipu is a large model company with 7 labs", DESCRIPTIVE_SOURCE, lexicon, 0)
    assert result.stance == "none"


def test_negated_descriptive_claim_is_not_supported(lexicon):
    result = stance("Zhipu is not a large model company", DESCRIPTIVE_SOURCE, lexicon, index=0)
    assert result.stance != "supports"


# ------------------------------------------------------------------ people

@pytest.fixture(scope="module")
def ceo_corpus(tmp_path_factory, lexicon):
    folder = tmp_path_factory.mktemp("ceo")
    (folder / "a.txt").write_text("智谱是国内领先的大模型公司。CEO张鹏毕业于清华。\n"
                                  "首席科学家唐杰是清华教授。\n", encoding="utf-8")
    return build_corpus([folder], lexicon)


def check(claim: str, corpus, lexicon):
    return check_claim(Claim(id="p", text=claim), corpus.index, lexicon)


def test_other_person_in_the_role_contradicts(ceo_corpus, lexicon):
    result = check("Zhipu's chief executive is Tang Jie", ceo_corpus, lexicon)
    assert result.verdict == "contradicted"
    assert "张鹏" in result.reason
    (evidence,) = result.evidence
    assert evidence.excerpt == "CEO张鹏毕业于清华。"
    assert (evidence.line, evidence.start, evidence.end) == (1, 14, 25)
    assert evidence.comparisons[0].source_value == "张鹏"


@pytest.mark.parametrize("claim", [
    "Zhipu's chief executive is Zhang Peng",
    "Zhang Peng is the CEO of Zhipu",
    "Zhipu's chief scientist is Tang Jie",
])
def test_right_person_in_the_role_supports(ceo_corpus, lexicon, claim):
    assert check(claim, ceo_corpus, lexicon).verdict == "supported"


def test_person_of_another_subject_is_not_found(ceo_corpus, lexicon):
    assert check("MiniMax's chief executive is Tang Jie", ceo_corpus, lexicon).verdict == \
        "not_found"


def test_unnamed_person_in_a_filled_role_contradicts(ceo_corpus, lexicon):
    result = check("Zhipu's chief executive is Liu Wei", ceo_corpus, lexicon)
    assert result.verdict == "contradicted"
    assert "not Liu Wei" in result.reason


def test_person_in_another_role_is_no_support(ceo_corpus, lexicon):
    assert check("Zhipu's chairman is Zhang Peng", ceo_corpus, lexicon).verdict == "not_found"


def test_not_found_reason_does_not_invent_a_mention(ceo_corpus, lexicon):
    result = check("MiniMax's chief executive is Tang Jie", ceo_corpus, lexicon)
    assert "is mentioned in the sources" not in result.reason


def test_person_claim_with_a_wrong_predicate_is_not_supported(ceo_corpus, lexicon):
    result = check("Zhipu's CEO Zhang Peng graduated from Peking University", ceo_corpus,
                   lexicon)
    assert result.verdict != "supported"


# ------------------------------------------------- a product named beside its maker

def test_a_product_of_the_subject_is_a_qualifier_its_maker_does_not_stand_for(lexicon):
    from checker.model import Bearing

    assert view("月之暗面于2024年推出Kimi K2", lexicon).qualifiers == ("kimi-k2",)
    text = "2023年,月之暗面推出首款核心产品Kimi Chat。"
    # The maker's other product, dated otherwise, says nothing of Kimi K2.
    assert stance("月之暗面于2024年推出Kimi K2", text, lexicon).stance != Bearing.CONTRADICTS
    assert stance("月之暗面于2024年推出Kimi Chat", text, lexicon).stance == Bearing.CONTRADICTS


@pytest.mark.parametrize("fillers, year", [(1, 2022), (4, None)])
def test_a_relative_year_is_read_against_a_date_stated_shortly_before(lexicon, fillers, year):
    from datetime import date

    text = "2022年8月,智谱发布GLM-130B。" + "这家公司继续扩张团队。" * fillers \
        + "同年,月之暗面推出Kimi Chat。"
    _, analysis = passages(text, lexicon)[-1]
    years = [date.fromordinal(int(v.low)).year for v in analysis.values if v.kind == "date"]
    assert years == ([year] if year else [])


def test_a_qualifier_named_only_elsewhere_in_the_article_lets_a_figure_contradict(lexicon):
    from checker.model import Bearing

    # The exchange is named at the article's head, the figure paragraphs later.
    passage, analysis = passages("智谱此次IPO募资规模预计达43亿港元。", lexicon)[0]
    article = frozenset({"zhipu", "hkex"})
    paragraph = frozenset({"zhipu"})

    def bearing(claim):
        return judge(view(claim, lexicon), passage, analysis, lexicon, article, paragraph).stance

    assert bearing("智谱此次港股IPO拟募资51亿港元") == Bearing.CONTRADICTS
    assert bearing("智谱此次港股IPO拟募资43亿港元") == Bearing.NONE   # support needs it near


def test_a_count_given_otherwise_quotes_the_hyphenated_noun(tmp_path, lexicon):
    from checker.model import Bearing

    (tmp_path / "a.txt").write_text("The bill has 12 co-sponsors, all from her own party.\n"
                                    "The weather was fine.\n", encoding="utf-8")
    index = build_corpus([tmp_path], lexicon).index
    result = check_claim(Claim(id="c", text="The bill has 21 co-sponsors"), index, lexicon)
    assert result.verdict.value == "contradicted"
    assert "12 co-sponsors" in result.reason
    assert Bearing.CONTRADICTS in {e.stance for e in result.evidence}


def test_a_not_found_reason_names_no_internal_placeholder(tmp_path, lexicon):
    # An unnamed company's noun (该公司, 甲公司) is a subject that matches
    # nothing; the reason says "the claim's subject", not its id.
    (tmp_path / "a.txt").write_text("乙公司一季度营收增长30%。\n", encoding="utf-8")
    index = build_corpus([tmp_path], lexicon).index
    result = check_claim(Claim(id="c", text="甲公司一季度营收增长30%"), index, lexicon)
    assert result.verdict.value == "not_found"
    assert "unnamed" not in result.reason
    assert result.reason.startswith("the claim's subject")


@pytest.mark.parametrize(("claim", "split"), [
    ("钟允和:将继续推动银行扩大首贷户规模。", ("钟允和", "将继续推动银行扩大首贷户规模。")),
    ("市场人士称,理性看待产品", ("市场人士", "理性看待产品")),
    ("The minister said that prices rose.", ("The minister", "prices rose.")),
    ("According to Marion Ashby, the city will build 1,200 homes.",
     ("Marion Ashby", "the city will build 1,200 homes.")),
    ("据柯雨桐介绍,成年人亚硝酸盐的中毒剂量一般为200至500毫克",
     ("柯雨桐", "成年人亚硝酸盐的中毒剂量一般为200至500毫克")),
    # (据悉, "it is learned", names no one.)
    ("据悉,该公司将上市", None),
    # "said" with no "that" may be said of someone; 说 of 说法 says nothing.
    ("The minister said Lin would resign.", None),
    ("这种说法不对", None),
    # A speaker's part with a figure or a date of its own is no speaker's.
    ("国台办13日称,民进党当局……", None),
])
def test_a_claim_naming_who_said_it_is_split_into_speaker_and_statement(claim, split):
    from checker.stages.judge.facts import speaker_and_statement

    assert speaker_and_statement(claim) == split


def test_a_statement_quoted_after_its_speaker_is_brought_in_is_theirs(tmp_path, lexicon):
    (tmp_path / "a.txt").write_text(
        "在座谈会上,市商务局副局长顾言表示,全市外贸企业订单总体平稳。\n"
        "随后,市工商联主席范溪发言称,民营企业面临的最大困难仍是融资。\n"
        "我们建议进一步扩大政府性融资担保规模。\n", encoding="utf-8")
    index = build_corpus([tmp_path], lexicon).index
    said = check_claim(Claim(id="c", text="范溪表示,建议进一步扩大政府性融资担保规模"), index, lexicon)
    assert said.verdict.value == "supported"
    # The speaker's sentence is evidence beside the statement's.
    assert {e.line for e in said.evidence} == {2, 3}
    other = check_claim(Claim(id="c", text="顾言表示,建议进一步扩大政府性融资担保规模"), index, lexicon)
    assert other.verdict.value == "not_found"
