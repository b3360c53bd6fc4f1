"""Tests for checker.language.lexicon: the bundled data loads, term matching (longest
match, Latin word boundaries, plurals, case), the entity and measure
hierarchies, and user lexicon files (new entries, merged aliases, and every
kind of invalid file reported with its file and line)."""
from __future__ import annotations

import dataclasses
import re
import textwrap

import pytest

from checker.errors import LexiconError
from checker.language import lexicon as lexicon_module
from checker.language.grammar import grammar
from checker.language.lexicon import Entity, Lexicon, TermMatcher, fold_case, load_lexicon
from checker.language.normalise import normalise_for_match
from checker.model import Document
from checker.stages.segment import segment


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def ids(matcher: TermMatcher, text: str) -> list[str]:
    return [hit.id for hit in matcher.find(text)]


def surfaces(matcher: TermMatcher, text: str) -> list[str]:
    return [hit.surface for hit in matcher.find(text)]


# ------------------------------------------------------------ bundled data

def test_bundled_lexicon_loads_entities_measures_and_binding_words(lexicon):
    assert "智谱" in lexicon.entities["zhipu"].aliases
    assert lexicon.entities["talkie"].parent == "minimax"
    assert "亏损" in lexicon.measures["loss"].terms
    assert lexicon.measures["valuation"].snapshot is True
    assert lexicon.measures["revenue"].snapshot is False
    assert lexicon.measures["ipo"].context is True
    assert "date" in lexicon.measures["listing"].value_kinds
    assert "company" in lexicon.subject_types and "media" not in lexicon.subject_types
    assert "闫" in lexicon.surnames and "欧阳" in lexicon.surnames
    assert {p.word for p in lexicon.pronouns} >= {"它", "其", "前者", "后者"}
    assert lexicon.relative_days["一天后"] == 1


def test_load_lexicon_is_cached_per_path_tuple(lexicon):
    assert load_lexicon() is lexicon
    assert load_lexicon(()) is lexicon


@pytest.mark.parametrize("entity, subject", [
    ("zhipu", True), ("kimi", True), ("hkex", True),
    ("bloomberg", False),   # media report facts, they are not their subject
    ("hong-kong", False),   # places are qualifiers
    ("no-such-id", False),
])
def test_is_subject_type(lexicon, entity, subject):
    assert lexicon.is_subject_type(entity) is subject


# ------------------------------------------------------------ term matching

@pytest.mark.parametrize("text, expected", [
    ("公司累计亏损92亿元", [("accumulated-loss", "累计亏损")]),
    ("亏损扩大", [("loss", "亏损")]),
    ("付费用户达到177万", [("paying-users", "付费用户")]),
    ("用户达到2亿", [("users", "用户")]),
    ("月活跃用户数", [("mau", "月活跃用户数")]),
    ("研发费用", [("rnd-spending", "研发费用")]),
])
def test_measure_matcher_prefers_the_longest_term(lexicon, text, expected):
    hits = lexicon.measure_matcher.find(text)
    assert [(h.id, h.surface) for h in hits] == expected
    for hit in hits:
        assert text[hit.start:hit.end] == hit.surface


@pytest.mark.parametrize("text, expected", [
    ("the company will list in Hong Kong", ["listing"]),
    ("its listing date", ["listing"]),                        # a term of its own
    ("enlisted soldiers", []),                                # no match inside a word
    ("two listing applications", ["filing"]),                 # plural of a term
    ("IPO proceeds", ["fundraising"]),                        # longest: not 'IPO'
    ("Monthly Active Users rose", ["mau", "growth"]),         # case-insensitive
    ("MAU", ["mau"]),
    ("MAUs", ["mau"]),
])
def test_measure_matcher_latin_terms(lexicon, text, expected):
    assert ids(lexicon.measure_matcher, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("sales were up 8% in 2025", ["revenue", "growth"]),     # "up" before a figure
    ("sales up 8% in 2025", ["revenue", "growth"]),          # a headline's "up"
    ("profit down $3 million", ["profit", "decline"]),
    ("sales picked up in the spring", ["revenue"]),          # no figure after it
    ("penguins up to 130 cm tall", []),
    ("subscriptions made up 64% of sales", ["revenue"]),     # a verb's particle
])
def test_measure_matcher_terms_before_a_figure(lexicon, text, expected):
    assert ids(lexicon.measure_matcher, text) == expected


def test_user_before_figure_terms_extend_a_measure(tmp_path):
    path = write(tmp_path, "gain.yaml", """
        measures:
          - id: growth
            before_figure: [plus]
        """)
    matcher = load_lexicon([path]).measure_matcher
    assert ids(matcher, "exports plus 4% on the year") == ["growth"]
    assert ids(matcher, "exports plus imports") == []


@pytest.mark.parametrize("text, expected", [
    ("list", ["x"]),
    ("a list.", ["x"]),
    ("lists", ["x"]),          # plural
    ("LIST", ["x"]),           # case
    ("listing", []),           # word boundary
    ("blacklist", []),
    ("list2", []),
    ("列表list列表", ["x"]),    # CJK neighbours are boundaries
])
def test_latin_terms_match_on_word_boundaries(text, expected):
    assert ids(TermMatcher([("list", "x")]), text) == expected


def test_plural_forms_map_back_to_their_term():
    matcher = TermMatcher([("tax", "t"), ("listing application", "f")])
    hits = matcher.find("taxes and listing applications")
    assert [(h.id, h.surface) for h in hits] == [("t", "taxes"),
                                                 ("f", "listing applications")]


def test_latin_term_ends_at_a_chinese_character():
    assert ids(TermMatcher([("IPO", "ipo")]), "IPO募资") == ["ipo"]
    assert ids(TermMatcher([("AI", "ai")]), "AIGC") == []


def test_chinese_terms_match_as_substrings():
    matcher = TermMatcher([("亏损", "loss"), ("累计亏损", "acc")])
    assert ids(matcher, "累计亏损和亏损") == ["acc", "loss"]


def test_empty_matcher_finds_nothing():
    assert TermMatcher([]).find("anything 智谱") == []


def test_first_id_of_a_duplicate_term_wins():
    assert ids(TermMatcher([("Glow", "a"), ("glow", "b")]), "GLOW") == ["a"]


def _every_character() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_fold_case_equates_what_ignorecase_equates_with_an_ascii_letter():
    # Every code point: the characters the engine matches to a lower-case
    # ASCII letter ignoring case are exactly those fold_case makes that letter,
    # and those of [A-Za-z0-9] ignoring case exactly those it folds into it,
    # one character each, so a folded text keeps every offset.
    everything = _every_character()
    folded = [fold_case(c) for c in everything]
    assert all(len(f) == 1 for f in folded)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        engine = set(re.compile(letter, re.IGNORECASE).findall(everything))
        assert engine == {c for c, f in zip(everything, folded) if f == letter}, letter
    word = set(re.compile(r"[A-Za-z0-9]", re.IGNORECASE).findall(everything))
    assert word == {c for c, f in zip(everything, folded) if f.isascii() and f.isalnum()}
    # What it lowers beyond ASCII stays a cased character, which no pattern
    # of lower-case ASCII and uncased characters holds.
    assert all(f == c or not f.isascii() and f.lower() != f.upper() or f.isascii() and f.isalpha()
               for c, f in zip(everything, folded))
    assert fold_case("İstanbul ıs ſ KELVIN Σ") == "istanbul is s kelvin Σ"
    assert fold_case("İPO") == "ipo"


@pytest.mark.parametrize("text", ["İPO募资", "ıpo", "Iſ", "K2 LISTS", "MiniMax和智谱"])
def test_matching_on_the_folded_text_finds_what_ignoring_case_finds(text):
    terms = [("ipo", "a"), ("is", "b"), ("k2", "c"), ("list", "d"), ("minimax", "e"), ("智谱", "f")]
    matcher = TermMatcher(terms)
    plain = re.compile("|".join(lexicon_module._bounded(t) for t, _ in
                                sorted(terms, key=lambda t: (-len(t[0]), t[0]))), re.IGNORECASE)
    assert [(h.start, h.end, h.surface) for h in matcher.find(text)] == \
        [(m.start(), m.end(), m.group()) for m in plain.finditer(text)]


@pytest.mark.parametrize("text, expected", [
    ("智譜上市", ["zhipu"]),          # traditional script, normalised first
    ("北京智谱华章科技", ["zhipu"]),   # one longest alias, not 北京 + 智谱
    ("ZHIPU AI and minimax", ["zhipu", "minimax"]),
    ("月之暗面Kimi", ["moonshot", "kimi"]),
    ("Kimi K2 Thinking", ["kimi-k2"]),
    ("AIGC", []),
])
def test_entity_matcher(lexicon, text, expected):
    assert ids(lexicon.entity_matcher, normalise_for_match(text)) == expected


# ------------------------------------------------------------ hierarchies

@pytest.mark.parametrize("entity, ancestors", [
    ("talkie", ("minimax",)),
    ("kimi-k2", ("moonshot",)),
    ("volcano-engine", ("bytedance",)),
    ("hkex", ("hong-kong",)),
    ("zhipu", ()),
    ("no-such-id", ()),
])
def test_entity_ancestors(lexicon, entity, ancestors):
    assert lexicon.entity_ancestors(entity) == ancestors


@pytest.mark.parametrize("measure, ancestors", [
    ("accumulated-loss", ("loss",)),
    ("mau", ("users",)),
    ("senior-vice-president", ("vice-president",)),
    ("founder", ("founding",)),
    ("revenue", ()),
])
def test_measure_ancestors(lexicon, measure, ancestors):
    assert lexicon.measure_ancestors(measure) == ancestors


@pytest.mark.parametrize("general, specific, covers", [
    ("users", "mau", True),
    ("users", "paying-users", True),
    ("mau", "users", False),
    ("revenue", "overseas-revenue", True),
    ("overseas-revenue", "revenue", False),
    ("loss", "loss", True),
    ("loss", "revenue", False),
    ("mau", "dau", False),
])
def test_measure_covers(lexicon, general, specific, covers):
    assert lexicon.measure_covers(general, specific) is covers


@pytest.mark.parametrize("a, b, related", [
    ("users", "mau", True),
    ("mau", "users", True),
    ("mau", "dau", False),          # siblings are not related
    ("spending", "rnd-spending", True),
    ("loss", "profit", False),
])
def test_measures_related_is_symmetric(lexicon, a, b, related):
    assert lexicon.measures_related(a, b) is related
    assert lexicon.measures_related(b, a) is related


def test_ancestor_chains_stop_on_a_cycle(lexicon):
    looped = dataclasses.replace(lexicon, entities={
        "a": Entity("a", "company", ("Aaa",), parent="b"),
        "b": Entity("b", "company", ("Bbb",), parent="a"),
    })
    assert looped.entity_ancestors("a") == ("b",)


# ------------------------------------------------------------ user lexicons

def write(tmp_path, name: str, body: str):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
    return path


def test_user_file_adds_an_entity_the_matcher_finds(tmp_path):
    path = write(tmp_path, "extra.yaml", """
        entities:
          - id: acme-robotics
            type: company
            aliases: [Acme Robotics, 极点机器人]
        """)
    lexicon = load_lexicon([path])
    assert lexicon.entities["acme-robotics"].aliases == ("Acme Robotics", "极点机器人")
    assert lexicon.is_subject_type("acme-robotics")
    assert ids(lexicon.entity_matcher, "极点机器人与ACME ROBOTICS") == ["acme-robotics"] * 2
    assert "acme-robotics" not in load_lexicon().entities   # the bundled one is untouched


def test_user_file_merges_aliases_into_an_existing_id(tmp_path):
    path = write(tmp_path, "merge.yaml", """
        entities:
          - id: talkie
            aliases: [Talkie AI, 星野海外版]
        """)
    lexicon = load_lexicon([path])
    talkie = lexicon.entities["talkie"]
    assert talkie.aliases[0] == "Talkie"                     # old aliases kept, first
    assert {"Talkie AI", "星野海外版"} <= set(talkie.aliases)
    assert talkie.parent == "minimax" and talkie.type == "product"
    assert ids(lexicon.entity_matcher, "星野海外版") == ["talkie"]   # beats 星野 (xingye)


def test_user_file_adds_measure_terms(tmp_path):
    path = write(tmp_path, "measures.yaml", """
        version: 1
        measures:
          - id: revenue
            en: [takings]
          - id: patents
            values: [count]
            en: [patents]
            zh: [专利]
        """)
    lexicon = load_lexicon([path])
    assert ids(lexicon.measure_matcher, "its takings and 专利") == ["revenue", "patents"]
    assert lexicon.measures["revenue"].value_kinds == load_lexicon().measures["revenue"].value_kinds
    assert lexicon.measures["patents"].value_kinds == ("count",)


def test_user_file_with_a_known_parent_links_the_hierarchy(tmp_path):
    path = write(tmp_path, "child.yaml", """
        entities:
          - id: acme-app
            type: product
            parent: zhipu
            aliases: [AcmeChat]
        """)
    assert load_lexicon([path]).entity_ancestors("acme-app") == ("zhipu",)


INVALID = [
    # id, file body, line of the bad item, words of the message
    ("malformed-yaml", """
        entities:
          - id: good
            aliases: [Good]
          - id: bad: colon
            aliases: [Bad]
        """, 4, "invalid YAML"),
    ("item-without-id", """
        entities:
          - id: good
            aliases: [Good]
          - type: company
            aliases: [Nameless]
        """, 4, "without an 'id'"),
    ("aliases-not-a-list", """
        entities:
          - id: good
            aliases: [Good]
          - id: bad
            aliases: {zh: 坏}
        """, 4, "'aliases' must be a list"),
    ("measure-terms-not-a-list", """
        measures:
          - id: good
            en: [good]
          - id: bad
            en: {x: 1}
        """, 4, "must be lists of strings"),
    ("measure-before-figure-not-a-list", """
        measures:
          - id: good
            en: [good]
          - id: bad
            en: [bad]
            before_figure: {up: 1}
        """, 4, "must be lists of strings"),
    ("unknown-top-level-key", """
        entities:
          - id: good
            aliases: [Good]
        measurez:
          - id: typo
        """, 4, "unknown key 'measurez'"),
    ("not-a-mapping", """
        - id: good
          aliases: [Good]
        """, 1, "must be a mapping"),
]


@pytest.mark.parametrize("name, body, line, message", INVALID, ids=[c[0] for c in INVALID])
def test_invalid_user_file_names_file_and_line(tmp_path, name, body, line, message):
    path = write(tmp_path, f"{name}.yaml", body)
    with pytest.raises(LexiconError) as caught:
        load_lexicon([path])
    assert caught.value.file == str(path)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert message in str(caught.value)


def test_missing_user_file_names_the_file(tmp_path):
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(LexiconError) as caught:
        load_lexicon([path])
    assert str(caught.value).startswith(f"{path}: ")
    assert "not found" in str(caught.value)


def test_gbk_user_file_is_decoded_like_a_source(tmp_path):
    path = tmp_path / "gbk.yaml"
    # Detection needs a few dozen characters, as any real lexicon has.
    aliases = ["智谱集团", "北京智谱华章科技有限公司", "智谱清言", "大模型公司", "人工智能企业"]
    text = "entities:\n  - id: x\n    aliases: [" + ", ".join(aliases) + "]\n"
    path.write_bytes(text.encode("gbk"))
    assert load_lexicon([path]).entities["x"].aliases == tuple(aliases)


def test_binary_user_file_is_a_lexicon_error(tmp_path):
    path = tmp_path / "bin.yaml"
    path.write_bytes(b"\x00\x01\x02PNG\x00" * 200)
    with pytest.raises(LexiconError) as caught:
        load_lexicon([path])
    assert str(path) in str(caught.value)


def test_huge_number_in_user_file_is_a_lexicon_error(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_text("entities:\n  - id: x\n    aliases: [a]\n    n: " + "9" * 5000 + "\n",
                    encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon([path])
    assert str(caught.value).startswith(f"{path}: ")


def test_unknown_parent_names_file_and_line(tmp_path):
    path = write(tmp_path, "orphan.yaml", """
        entities:
          - id: good
            aliases: [Good]
          - id: orphan
            parent: no-such-company
            aliases: [Orphan]
        """)
    with pytest.raises(LexiconError) as caught:
        load_lexicon([path])
    assert "no-such-company" in str(caught.value)
    assert str(caught.value).startswith(f"{path}:4: ")


def test_unknown_measure_parent_is_rejected(tmp_path):
    path = write(tmp_path, "orphan-measure.yaml", """
        measures:
          - id: widgets
            parent: no-such-measure
            en: [widgets]
        """)
    with pytest.raises(LexiconError, match="unknown parent 'no-such-measure'"):
        load_lexicon([path])


def test_entry_error_hint_is_spelled_right(tmp_path):
    path = write(tmp_path, "hint.yaml", """
        entities:
          - aliases: [Nameless]
        """)
    with pytest.raises(LexiconError) as caught:
        load_lexicon([path])
    assert "each entity needs an 'id'" in str(caught.value)


def test_each_lexicon_object_gets_its_own_matcher(lexicon):
    # Lexicons made with dataclasses.replace (not cached by load_lexicon) die
    # when rebound; CPython soon reuses their ids.
    for i in range(2000):
        alias = f"Alias{i}x"
        fresh = dataclasses.replace(lexicon, entities={"e": Entity("e", "company", (alias,))})
        assert ids(fresh.entity_matcher, f"{alias} said") == ["e"], f"stale at {i}"


def test_derived_forms_are_made_once_per_lexicon_object(lexicon):
    made: list[int] = []

    def make(lex: Lexicon) -> tuple[str, ...]:
        made.append(1)
        return tuple(sorted(lex.object_markers))

    fresh = dataclasses.replace(lexicon, object_markers=("由", "by"))
    assert fresh.derived("test sorted markers", make) == ("by", "由")
    assert fresh.derived("test sorted markers", make) == ("by", "由") and len(made) == 1
    other = dataclasses.replace(fresh, object_markers=("从",))   # its own, not the copy's
    assert other.derived("test sorted markers", make) == ("从",) and len(made) == 2


def test_a_user_lexicon_extends_every_list_of_the_grammar(tmp_path):
    """Any list or character set of the grammar files takes the user's words,
    each to its language (Latin words to English); the bundled ones stay."""
    user = tmp_path / "words.yaml"
    user.write_text("language:\n"
                    "  en: {abbreviations: [gvt], as_of: [as at]}\n"
                    "  zh: {before_name: [系], clitic_characters: 乃, respectively: [各]}\n",
                    encoding="utf-8")
    lexicon = load_lexicon([str(user)])
    english, chinese = lexicon.grammar("en"), lexicon.grammar("zh")
    assert "gvt" in english.abbreviations and "mr" in english.abbreviations
    assert english.as_of[-1] == "as at" and "as of" in english.as_of
    assert "系" in chinese.before_name and "是" in chinese.before_name
    assert "乃" in chinese.clitic_characters and "各" in chinese.respectively
    assert "gvt" not in chinese.abbreviations
    assert load_lexicon().grammar("en").abbreviations == grammar("en").abbreviations


def test_a_user_abbreviation_keeps_a_sentence_whole(tmp_path):
    user = tmp_path / "words.yaml"
    user.write_text("language:\n  en: {abbreviations: [gvt]}\n", encoding="utf-8")
    document = Document(path="a.txt", text="The gvt. Ten ministers said so.",
                        encoding="utf-8")
    bundled = segment(document, load_lexicon().grammar("en").abbreviations)
    extended = segment(document, load_lexicon([str(user)]).grammar("en").abbreviations)
    assert len(bundled) == 2 and len(extended) == 1


def test_an_unknown_grammar_kind_is_an_error_naming_the_file(tmp_path):
    user = tmp_path / "words.yaml"
    user.write_text("language:\n  en: {adverbs: [quickly]}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon([str(user)])
    assert "words.yaml" in str(caught.value.file) and "abbreviations" in (caught.value.hint or "")
