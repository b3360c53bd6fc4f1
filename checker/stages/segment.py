"""Stage "segment": a ``Document`` → ``Passage``s, one per sentence.

Every line is a paragraph, and a sentence never spans lines. A line is split
after each sentence end (。！？, and ASCII ! ? when they end a sentence), with
any closing quotes or brackets kept on the sentence they close (…第一股。”).
Each sentence is normalised on its own (``checker.language.normalise``), so a
passage's ``text`` is in the matching form while its ``excerpt`` is cut from
the original line, and ``origin`` maps one onto the other. Clauses are the
spans of ``text`` between commas, colons and semicolons; the enumeration
comma 、 joins list items and does not end a clause.

A sentence longer than ``MAX_PASSAGE_CHARS`` is cut into pieces at clause
ends (hard cuts only inside a longer clause), so later stages see bounded
passages even on a line of minified text. All work is linear in the input.

It does not read numbers, entities or anything else in the text, and it does
not merge short sentences or carry context from one to the next (``Passage.
paragraph`` lets later stages do that).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from checker.language.grammar import grammar
from checker.language.normalise import normalise
from checker.model import Document, Passage

# Real sentences are far shorter (the longest in seeds/ has 198 characters);
# the cap exists for minified or machine-made lines. ``analyse`` costs more
# than linear time per passage (each value looks at every measure and clause
# of its passage): on a dense hostile line (营收3亿元,营收3亿元,...) a 2,000-
# character cap costs ~480 s per MB, 500 ~40 s.
MAX_PASSAGE_CHARS = 500

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

# A clause ends after a semicolon, a full-width comma or colon, or an ASCII
# comma or colon that is not between two digits.
#   matches: 上周,国内  细节:MiniMax  数亿美元;同时  ，：；
#   no match: 101,865亿  10:30  MiniMax、智谱 (the list comma)
_CLAUSE_BREAK = re.compile(r"[;；﹔，﹐：﹕]|(?<!\d)[,:]|[,:](?!\d)")

# What makes a sentence worth a passage: a CJK character or a run of two
# letters or digits.  matches: 好  AI  12    no match: ![]()  —  A.
_CONTENT = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]|[^\W_]{2}")


class _Draft(NamedTuple):
    paragraph: int
    text: str
    origin: tuple[int, ...]
    excerpt: str
    line: int
    start: int
    end: int
    clauses: tuple[tuple[int, int], ...]


def segment(document: Document) -> list[Passage]:
    """Split DOCUMENT into sentence passages, in document order."""
    drafts = (draft for paragraph, line in enumerate(document.text.split("\n"))
              for draft in _line_drafts(line, paragraph))
    return [Passage(source=document.path, index=index, **draft._asdict())
            for index, draft in enumerate(drafts)]


def clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    """[start, end) spans of the clauses of TEXT; together they cover TEXT."""
    spans = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


def _line_drafts(line: str, paragraph: int) -> Iterator[_Draft]:
    for start, end in _sentence_spans(line):
        # Cut a huge sentence before normalising it, so that no offset map
        # larger than a passage is ever built.
        chunks = _cut(line, start, end, MAX_PASSAGE_CHARS) if end - start > MAX_PASSAGE_CHARS \
            else [(start, end)]
        for chunk_start, chunk_end in chunks:
            chunk_start, chunk_end = _strip(line, chunk_start, chunk_end)
            if chunk_start < chunk_end:
                yield from _sentence_drafts(line, chunk_start, chunk_end, paragraph)


def _sentence_spans(line: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of LINE (unstripped, covering it)."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        if match.start() < start:  # already taken as a closer
            continue
        if match.group() == "." and _is_abbreviation(line, match.start()):
            continue
        end = _consume_closers(line, start, match.end())
        spans.append((start, end))
        start = end
    if start < len(line):
        spans.append((start, len(line)))
    return spans


def _is_abbreviation(line: str, stop: int) -> bool:
    word = _WORD_BEFORE_STOP.search(line, max(0, stop - 12), stop)
    if not word:
        return False
    text = word.group()
    return len(text) == 1 and text.isupper() or text.lower() in grammar("en").abbreviations


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


def _sentence_drafts(line: str, start: int, end: int, paragraph: int) -> Iterator[_Draft]:
    """Passages for the stripped sentence LINE[start:end] (several if it is long)."""
    sentence = line[start:end]
    norm = normalise(sentence)
    size = len(norm.text)
    pieces = _cut(norm.text, 0, size, MAX_PASSAGE_CHARS) if size > MAX_PASSAGE_CHARS \
        else [(0, size)]
    for a, b in pieces:
        a, b = _strip(norm.text, a, b)
        text = norm.text[a:b]
        if not _CONTENT.search(text):
            continue
        o_start = norm.origin[a]
        # The excerpt runs up to the next kept character, so a stripped note
        # or artefact at the end (…行業(yè)) stays in it; never short of the text.
        o_end = max(_rstrip(sentence, o_start, norm.origin[b]), norm.origin[b - 1] + 1)
        if a == 0 and b == size and o_end == len(sentence):
            origin = norm.origin  # the usual case: the whole sentence, no copy
        else:
            origin = tuple(o - o_start for o in norm.origin[a:b]) + (o_end - o_start,)
        yield _Draft(paragraph=paragraph, text=text, origin=origin,
                     excerpt=sentence[o_start:o_end], line=paragraph + 1,
                     start=start + o_start, end=start + o_end, clauses=clause_spans(text))


def _cut(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut TEXT[start:end] into pieces of at most LIMIT, at clause ends where possible."""
    bounds = [match.end() for match in _CLAUSE_BREAK.finditer(text, start, end)]
    bounds.append(end)
    pieces = []
    piece_start = last_bound = start
    for bound in bounds:
        while bound - piece_start > limit:
            cut = last_bound if last_bound > piece_start else piece_start + limit
            pieces.append((piece_start, cut))
            piece_start = cut
        last_bound = bound
    if end > piece_start:
        pieces.append((piece_start, end))
    return pieces


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past whitespace at both ends."""
    while start < end and text[start].isspace():
        start += 1
    return start, _rstrip(text, start, end)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
