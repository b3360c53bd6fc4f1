"""Tests for checker.language.words: a name's or measure's match forms are
normalised once per process, whatever sequence they come in."""
from __future__ import annotations

from checker.language import normalise, words


def test_match_forms_are_normalised_once_per_set_of_forms(monkeypatch):
    words._normalised_forms.cache_clear()
    seen = []
    plain = normalise.normalise_for_match
    monkeypatch.setattr(normalise, "normalise_for_match", lambda x: seen.append(x) or plain(x))
    forms = ["智譜 AI", "Zhipu", "zhipu", ""]
    assert words._match_forms(forms) == ("智谱 ai", "zhipu")
    assert words._match_forms(tuple(forms)) == ("智谱 ai", "zhipu") and len(seen) == 4
    assert words._match_forms(("MiniMax",)) == ("minimax",) and len(seen) == 5


def test_a_name_of_capitalised_words_and_its_acronym_find_each_other():
    from checker.language.words import Unit, _with_initials, passage_stems

    stems = passage_stems("The Northern Rail Authority opened the line in the United States of America.")
    assert {"nra", "us", "usa"} <= stems
    assert "tnra" not in stems   # a capitalised grammar word opens the sentence
    unit = _with_initials(Unit("Northern Rail Authority", forms=("northern rail authority",)))
    assert "nra" in unit.forms
    # An acronym that is a grammar word is not looked for ("us").
    assert _with_initials(Unit("United States", forms=("united states",))).forms == ("united states",)
