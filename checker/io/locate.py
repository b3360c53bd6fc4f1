"""Positions in the original file of an extracted source (PDF, DOCX, HTML).

A PDF, Word file or web page is checked through its extracted text, so a
passage's ``line``/``start`` are in that text. The reader that extracted it
left ``Document.places``: for each stretch of a text line, where it came from
(PDF page and line on the page, DOCX paragraph or table cell). This module
turns a line and offset of the text back into that ``Location`` and attaches
it to evidence and quotes after judging, so the cache and the judging stages
never see it. Plain-text sources get no location.

It reads no file and knows no format beyond what the places say.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from checker.model import ClaimResult, Document, Evidence, Location, Passage, Quote


class Locator:
    """Looks up locations in the documents of one run, by display path."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self._documents = {d.path: d for d in documents if d.kind != "text"}
        self._keys = {path: [(p.line, p.offset) for p in d.places]
                      for path, d in self._documents.items()}

    def locate(self, source: str, line: int, start: int) -> Location | None:
        """Where offset START of LINE of SOURCE's text is in the original file."""
        document = self._documents.get(source)
        if document is None:
            return None
        if not document.places:  # HTML: the extracted text is the reference
            return Location(kind=document.kind, line=line, column=start + 1)
        keys = self._keys[source]
        at = bisect.bisect_right(keys, (line, start)) - 1
        if at < 0 or document.places[at].line != line:
            return None
        place = document.places[at]
        column = place.location.column + (start - place.offset)
        return replace(place.location, column=max(column, 1))

    def __bool__(self) -> bool:
        return bool(self._documents)

    def cite_in(self, text: str) -> str:
        """TEXT with each ``source:line`` of a PDF or DOCX source (as reasons
        cite a passage) put as its location there (``report.pdf:p12:3``); a
        web page's line is already the one to cite."""
        for source, document in self._documents.items():
            if document.kind in ("pdf", "docx") and f"{source}:" in text:
                text = re.sub(re.escape(source) + r":(\d+)(?![\d:])",
                              lambda m, s=source: self._label(s, int(m.group(1))), text)
        return text

    def _label(self, source: str, line: int) -> str:
        location = self.locate(source, line, 0)
        return f"{source}:{location.label}" if location else f"{source}:{line}"

    def passage(self, passage: Passage) -> Location | None:
        return self.locate(passage.source, passage.line, passage.start)

    def evidence(self, evidence: Evidence) -> Evidence:
        location = self.locate(evidence.source, evidence.line, evidence.start)
        return evidence if location is None else replace(evidence, location=location)


def locate_results(results: Sequence[ClaimResult],
                   documents: Iterable[Document]) -> tuple[ClaimResult, ...]:
    """RESULTS with every evidence from an extracted source given its location,
    and the reason citing it there (``report.pdf:p12:3`` for ``report.pdf:57``)."""
    locator = Locator(documents)
    if not locator:
        return tuple(results)
    located = []
    for result in results:
        evidence = tuple(locator.evidence(e) for e in result.evidence)
        facts = tuple(replace(f, evidence=tuple(locator.evidence(e) for e in f.evidence),
                              reason=locator.cite_in(f.reason)) for f in result.facts)
        located.append(replace(result, evidence=evidence, facts=facts,
                               reason=locator.cite_in(result.reason)))
    return tuple(located)


def locate_quotes(quotes: Sequence[Quote], documents: Iterable[Document]) -> list[Quote]:
    """QUOTES with the location of each passage from an extracted source."""
    locator = Locator(documents)
    out = []
    for quote in quotes:
        reason = locator.cite_in(quote.stance.reason)
        out.append(replace(quote, location=locator.passage(quote.stance.passage),
                           stance=replace(quote.stance, reason=reason)))
    return out

