"""Tests for checker.language.words: how a claim's English words find their
Chinese forms (compounds, acronym-led compounds) and which clauses name
their own subject."""
from __future__ import annotations

import pytest

from checker.language.lexicon import load_lexicon
from checker.language.normalise import normalise_for_match
from checker.language.words import opens_with_name, read_open_claim
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
    ("Smith said it was late", True),
    ("the company said it was late", False),
])
def test_a_clause_names_its_own_subject_when_it_opens_with_a_name(clause, named):
    assert opens_with_name(clause) is named


def test_translations_with_latin_letters_are_looked_for_lower_case(lexicon):
    # Passages are matched lower-cased; a glossary form "G端" must be too.
    found = units("Acme's government clients grew", lexicon)
    assert "g端" in found["government"].forms
    assert all(f == f.lower() for u in found.values() for f in u.forms)
