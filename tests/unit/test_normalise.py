"""Tests for checker.language.normalise: each step, and the offset map on real text."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import opencc
import pytest

from checker.language.normalise import normalise, normalise_for_match, value_spans
from checker.render.common import merge_spans

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
T2S = opencc.OpenCC("t2s")
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


def expected_images(char: str) -> str:
    """Every character CHAR may become: NFKC, dash folding, a Latin letter's
    plain letter, then t2s."""
    folded = unicodedata.normalize("NFKC", char)
    folded = "".join("-" if c in DASHES else c for c in folded)
    plain = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
    return folded + plain + T2S.convert(folded)


def assert_map_is_sound(original: str) -> None:
    norm = normalise(original)
    assert len(norm.origin) == len(norm.text) + 1
    assert norm.origin[-1] == len(original)
    assert list(norm.origin) == sorted(norm.origin)
    for i, char in enumerate(norm.text):
        source = original[norm.origin[i]]
        assert char in expected_images(source), (i, char, source)


def test_pinyin_note_removed_and_offsets_map_back():
    original = "行業(yè)競爭"
    norm = normalise(original)
    assert norm.text == "行业竞争"
    assert norm.origin == (0, 1, 6, 7, 8)
    # 业竞 maps back to 業(yè)競: the note is inside the original span.
    assert norm.to_original(1, 3) == (1, 7)
    start, end = norm.to_original(0, 2)
    assert original[start:end] == "行業"


def test_pinyin_note_in_full_width_parentheses():
    assert normalise("轉（zhuǎn）向").text == "转向"


@pytest.mark.parametrize("text, expected", [
    ("AGI(AGI)的定义", "AGI(AGI)的定义"),
    ("融资(约35亿美元)", "融资(约35亿美元)"),
    ("(Pro方案,不包含Opus 4.1的使用权益)", "(Pro方案,不包含Opus 4.1的使用权益)"),
    ("咖啡(café)", "咖啡(cafe)"),   # kept, its letters plain like all Latin letters
    ("方案(a)", "方案(a)"),
    ("(yè)开头", "(ye)开头"),
])
def test_ordinary_parentheses_are_kept(text, expected):
    assert normalise(text).text == expected


def test_latin_letters_lose_their_diacritics_and_keep_their_origins():
    text = "Caio Mendonça of Vitória, Søren Müller, Straße"
    normal = normalise(text)
    assert normal.text == "Caio Mendonca of Vitoria, Soren Muller, Strasse"
    start = normal.text.index("Mendonca")
    assert text[normal.origin[start]:normal.origin[start + len("Mendonca")]] == "Mendonça"
    # Kana and hangul decompose too, but into no Latin letter: they stay.
    assert normalise("が한").text == "が한"


@pytest.mark.parametrize("text, expected", [
    ("adding more CO 2 would", "adding more CO2 would"),
    ("CH 4 and SO 2, NO 2", "CH4 and SO2, NO2"),
    ("CO 2-equivalent", "CO2-equivalent"),
    ("排放CO 2约", "排放CO2约"),
    # (not a formula, or another number after the digit)
    ("CO 25 units", "CO 25 units"),
    ("PM 2.5 level", "PM 2.5 level"),
    ("US 2 years", "US 2 years"),
    ("Win 7 laptops", "Win 7 laptops"),
    ("SF 6 and N 2 O", "SF 6 and N 2 O"),
])
def test_formula_subscript_rejoins_its_formula(text, expected):
    normal = normalise(text)
    assert normal.text == expected
    # The excerpt cut back from the normal form is the original's.
    assert normal.to_original(0, len(normal.text)) == (0, len(text))


def test_traditional_to_simplified():
    assert normalise("智譜").text == "智谱"
    assert normalise("億").text == "亿"
    assert normalise("總收入的73.1%").text == "总收入的73.1%"


def test_full_width_folds_to_ascii():
    norm = normalise("收入１２３，４５６亿（约）：；")
    assert norm.text == "收入123,456亿(约):;"
    assert norm.origin == tuple(range(len(norm.text) + 1))


def test_dashes_fold_to_hyphen_minus():
    assert normalise("Speech\u201102").text == "Speech-02"
    assert normalise("GPT\u20114o").text == "GPT-4o"
    assert normalise("三家AI独角兽——MiniMax").text == "三家AI独角兽--MiniMax"
    for dash in DASHES:
        assert normalise(f"a{dash}b").text == "a-b"


def test_private_use_and_replacement_characters_are_dropped():
    original = "規(guī);\ue1f7涞仉A段\ufffd。"
    norm = normalise(original)
    assert "\ue1f7" not in norm.text and "\ufffd" not in norm.text
    assert norm.text == "规;涞仉A段。"
    assert norm.origin[:3] == (0, 6, 8)  # the note (1-5) and U+E1F7 (7) have no image
    assert original[norm.origin[2]] == "涞"


def test_nfkc_expansion_maps_to_one_origin():
    norm = normalise("第①名㈱")
    assert norm.text == "第1名(株)"
    assert norm.origin == (0, 1, 2, 3, 3, 3, 4)
    assert norm.to_original(3, 6) == (3, 4)


def test_case_and_whitespace_kept():
    assert normalise("MiniMax Speech\u00a0AI").text == "MiniMax Speech AI"


def test_empty_and_ascii():
    assert normalise("").text == ""
    assert normalise("").origin == (0,)
    assert normalise_for_match("OpenAI GPT-4o") == "OpenAI GPT-4o"


def test_lone_surrogate_is_dropped():
    assert normalise("智\ud800谱").text == "智谱"


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_offset_map_sound_on_every_seed_line(seed):
    for line in seed.read_text(encoding="utf-8").split("\n"):
        assert_map_is_sound(line)


def test_seed_001_notes_all_removed():
    (seed,) = [p for p in SEED_FILES if p.name.startswith("001")]
    text = normalise(seed.read_text(encoding="utf-8")).text
    assert "(yè)" not in text and "yè" not in text
    assert "产业" in text
    assert "(17.7%)" in text  # ordinary parentheses survive


def test_to_original_of_any_span_is_the_matching_substring():
    original = "12月11日,據(jù)市場消息,國內(nèi)兩家AI獨角獸MiniMax和智譜AI計劃"
    norm = normalise(original)
    for start in range(len(norm.text)):
        for end in range(start + 1, len(norm.text) + 1):
            o_start, o_end = norm.to_original(start, end)
            piece = normalise(original[o_start:o_end]).text
            assert piece == norm.text[start:end], (start, end, original[o_start:o_end])


def _spans(text, values):
    return merge_spans(s for v in values for s in value_spans(text, v))


def test_value_spans_are_cautious():
    """A value is found verbatim first, else through the normal form, and only
    where the original characters read as the same value."""
    assert _spans("募資達43億港元", ["达43亿港元"]) == [(2, 8)]
    assert _spans("43億 and 43亿", ["43亿"]) == [(8, 11)]  # verbatim wins when present
    assert _spans("nothing here", ["43亿", "", " "]) == []
    assert _spans("a 12 b 123", ["12", "123"]) == [(2, 4), (7, 10)]
