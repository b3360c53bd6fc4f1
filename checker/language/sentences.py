"""Where sentences end, in both languages: the one sentence splitter.

Sources (``checker.stages.segment``, one line at a time) and drafts
(``checker.stages.draft``, one paragraph at a time) are split by the same
rules: after each sentence end (。！？, and ASCII ! ? when they end a
sentence), with any closing quotes or brackets kept on the sentence they
close (…第一股。”); an English full stop ends a sentence before a space and
a capital or a digit, unless it ends an abbreviation (``abbreviations`` in
``checker/data/language/en.yaml``) or an initial.
"""
from __future__ import annotations

import re

from checker.language.grammar import grammar

# The last character of a sentence end. Full-width 。｡！？ always end one;
# ASCII ! and ? (which the seeds use in Chinese text) only before the end of
# the line, a space, a closing ASCII quote or bracket, or a non-ASCII character.
#   matches: 好。  吗?如果  真的?!  上市?”  Speech-02!
#   no match: 變?yōu (mojibake in seeds/001)  a?b  x!=y
_SENTENCE_END = re.compile(r"""(?:[。｡！？]|[!?](?=$|[\s"')\]]|[^\x00-\x7f]))+"""
                           r"""|\.(?=[)"'’”]*\s+[("'‘“]?[A-Z0-9])""")
# English: a full stop ends a sentence before a space and a capital or a
# digit, unless it ends an abbreviation (checker/data/language/en.yaml) or
# an initial.  matches: "in 2024. The company"  no match: "Mr. Smith"
# "U.S. officials"  "J. Smith"  "1.2 billion"  "e.g. this"
_WORD_BEFORE_STOP = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]+$")

# Closing marks that stay with the sentence they follow; ASCII " and ' only
# when they close a quote opened in the sentence (see _consume_closers).
_CLOSERS = frozenset("”’」』）)》〉】]")
_ASCII_QUOTES = frozenset("\"'")


def sentence_spans(line: str, abbreviations: frozenset[str] | None = None
                   ) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of LINE (unstripped, covering it).
    ABBREVIATIONS: words whose full stop ends no sentence (default: the
    bundled English grammar's; ``Lexicon.grammar("en")`` adds the user's)."""
    if abbreviations is None:
        abbreviations = grammar("en").abbreviations
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        if match.start() < start:  # already taken as a closer
            continue
        if match.group() == "." and _is_abbreviation(line, match.start(), abbreviations):
            continue
        if _inside_title(line, start, match.start()):
            continue
        end = _consume_closers(line, start, match.end())
        spans.append((start, end))
        start = end
    if start < len(line):
        spans.append((start, len(line)))
    return spans


def _inside_title(line: str, start: int, at: int) -> bool:
    """Whether AT stands inside a title in 《》 opened in the sentence begun
    at START and closed soon after: "一篇题为《重磅！澄溪市2025年起取消中考》的
    文章" is one sentence, the headline's ！ no end of it."""
    opened = line.rfind("\u300a", start, at)
    closed = line.find("\u300b", at)
    return opened > line.rfind("\u300b", start, at) and 0 <= closed - opened <= _TITLE_CHARS


_TITLE_CHARS = 80
"""The longest title in 《》 a sentence end may stand inside."""


def _is_abbreviation(line: str, stop: int, abbreviations: frozenset[str]) -> bool:
    word = _WORD_BEFORE_STOP.search(line, max(0, stop - 12), stop)
    if not word:
        return False
    text = word.group()
    return len(text) == 1 and text.isupper() or text.lower() in abbreviations


def _consume_closers(line: str, start: int, end: int) -> int:
    """Move END past the closing marks that follow a sentence end."""
    while end < len(line):
        char = line[end]
        # An ASCII quote after 。 may open the next sentence: it closes this
        # one only if the sentence holds an odd number of them.
        if char in _CLOSERS or (char in _ASCII_QUOTES and line.count(char, start, end) % 2):
            end += 1
        else:
            break
    return end
