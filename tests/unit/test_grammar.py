"""Tests for checker.language.grammar's cue finding: the spans of a kind's
words, each text and kind worked out once per process, and every caller
given a list of its own."""
from __future__ import annotations

from checker.language import grammar
from checker.language.grammar import find_cues


def test_cues_are_found_once_per_text_and_kind_and_each_caller_gets_its_own_list(monkeypatch):
    grammar._found_cues.cache_clear()
    scanned = []
    patterns = grammar._cue_patterns
    monkeypatch.setattr(grammar, "_cue_patterns",
                        lambda *a: scanned.append(a) or patterns(*a))
    text = "公司并未宣布上市, it did not announce a listing"
    first = find_cues(text, "negation")
    assert [surface for _, _, surface in first] == ["并未", "not"]
    assert all(text[start:end] == surface for start, end, surface in first)
    first.append((0, 1, "x"))   # the caller's own list
    assert find_cues(text, "negation") == first[:-1]
    assert find_cues(text, "negation", ["denied"]) == first[:-1]   # the user's words: another key
    assert len(scanned) == 2
    assert find_cues(text + " denied", "negation", ("denied",))[-1][2] == "denied"
