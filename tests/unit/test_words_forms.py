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
