"""Stage "segment": a ``Document`` → ``Passage``s, one per sentence.

Every line is a paragraph, and a sentence never spans lines. A line is split
into sentences by ``checker.language.sentences`` (the one sentence splitter:
drafts are split by it too).
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
from itertools import islice
from typing import NamedTuple

from checker.language.normalise import normalise
from checker.language.sentences import sentence_spans
from checker.model import Document, Passage

# Real sentences are far shorter (the longest in seeds/ has 198 characters);
# the cap exists for minified or machine-made lines. ``analyse`` costs more
# than linear time per passage (each value looks at every measure and clause
# of its passage): on a dense hostile line (营收3亿元,营收3亿元,...) a 2,000-
# character cap costs ~480 s per MB, 500 ~40 s.
MAX_PASSAGE_CHARS = 500

# A clause ends after a semicolon, a full-width comma or colon, or an ASCII
# comma or colon that is not between two digits.
#   matches: 上周,国内  细节:MiniMax  数亿美元;同时  ，：；
#   no match: 101,865亿  10:30  MiniMax、智谱 (the list comma)
# (The pattern opens with one class of every character it takes, and the
# digit before an ASCII comma is looked for after it, (?<!\d.): the engine
# then skips the positions it cannot start at, which it does not for
# branches that open with classes of their own.)
_CLAUSE_BREAK = re.compile(r"[;；﹔，﹐：﹕,:](?:(?<=[;；﹔，﹐：﹕])|(?<!\d.)|(?!\d))")

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


def segment(document: Document, abbreviations: frozenset[str] | None = None) -> list[Passage]:
    """Split DOCUMENT into sentence passages, in document order (ABBREVIATIONS:
    see ``sentence_spans``)."""
    drafts = (draft for paragraph, line in enumerate(document.text.split("\n"))
              for draft in _line_drafts(line, paragraph, abbreviations))
    # A draft's fields are a passage's after its source and index.
    return [Passage(document.path, index, *draft) for index, draft in enumerate(drafts)]


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


def _line_drafts(line: str, paragraph: int,
                 abbreviations: frozenset[str] | None) -> Iterator[_Draft]:
    for start, end in sentence_spans(line, abbreviations):
        # Cut a huge sentence before normalising it, so that no offset map
        # larger than a passage is ever built.
        chunks = _cut(line, start, end, MAX_PASSAGE_CHARS) if end - start > MAX_PASSAGE_CHARS \
            else [(start, end)]
        for chunk_start, chunk_end in chunks:
            chunk_start, chunk_end = _strip(line, chunk_start, chunk_end)
            if chunk_start < chunk_end:
                yield from _sentence_drafts(line, chunk_start, chunk_end, paragraph)


def _sentence_drafts(line: str, start: int, end: int, paragraph: int) -> Iterator[_Draft]:
    """Passages for the stripped sentence LINE[start:end] (several if it is long)."""
    for text, origin, excerpt, o_start, o_end, clauses in _pieces(line[start:end]):
        yield _Draft(paragraph=paragraph, text=text, origin=origin, excerpt=excerpt,
                     line=paragraph + 1, start=start + o_start, end=start + o_end,
                     clauses=clauses)


_Piece = tuple[str, tuple[int, ...], str, int, int, tuple[tuple[int, int], ...]]
"""A passage's text, origin, excerpt, the excerpt's start and end in its
sentence, and its clauses: what a sentence alone decides."""

_REMEMBERED_SENTENCES = 16384
"""Sentences whose pieces a process keeps (about 1 KB each): an archive
repeats sentences (datelines, boilerplate, an article's earlier versions),
and normalising one is most of segmenting it. Only a sentence seen before
is kept, so that text that does not repeat costs a hash, not memory."""
_SEEN_SENTENCES = 1 << 17
"""Hashes of sentences seen once, kept at most."""
_remembered: dict[str, tuple[_Piece, ...]] = {}
_seen: set[int] = set()


def _pieces(sentence: str) -> tuple[_Piece, ...]:
    """``_cut_pieces`` of SENTENCE, kept for a sentence seen before (the
    pieces are immutable: passages of one sentence share them)."""
    known = _remembered.get(sentence)
    if known is not None:
        return known
    pieces = _cut_pieces(sentence)
    seen = hash(sentence)
    if seen not in _seen:
        if len(_seen) >= _SEEN_SENTENCES:
            _seen.clear()
        _seen.add(seen)
    else:
        if len(_remembered) >= _REMEMBERED_SENTENCES:
            # The oldest quarter goes (a dictionary keeps insertion order).
            for old in list(islice(_remembered, len(_remembered) // 4 + 1)):
                del _remembered[old]
        _remembered[sentence] = pieces
    return pieces


def _cut_pieces(sentence: str) -> tuple[_Piece, ...]:
    norm = normalise(sentence)
    size = len(norm.text)
    pieces = _cut(norm.text, 0, size, MAX_PASSAGE_CHARS) if size > MAX_PASSAGE_CHARS \
        else [(0, size)]
    found = []
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
        found.append((text, origin, sentence[o_start:o_end], o_start, o_end, clause_spans(text)))
    return tuple(found)


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
