"""Small pieces several renderers share: names of verdicts, positions, highlights.

Positions follow STYLE.md: paths as the report gives them (relative, with
'/'), lines and columns 1-based, columns in code points. Evidence offsets in
the model are 0-based (the JSON contract), so a column is ``start + 1``.
Escaping is each renderer's own, except Markdown's (``escape_markdown``),
which the Markdown report and the Markdown citations of ``checker quote``
share.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from checker.model import ClaimResult, Comparison, Evidence, Location, Report, Verdict

# Bidirectional overrides and isolates reorder what a terminal or a browser
# shows ("Trojan Source"); shown escaped like control characters.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# Matches each character that means something inline in GitHub-flavoured
# Markdown, a table cell included (block syntax such as "# " or "- " is
# not read inside a line that starts with text or "> "):
#   \ ` * _ ~  emphasis, code, strike-through   [ ]  links and images
#   < > &      HTML tags, autolinks, entities    |    a table cell's end
#   $          maths ($x$)
# e.g. "<script>" → "\<script\>", "HK$7.4 | 47亿" → "HK\$7.4 \| 47亿".
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_~\[\]<>&|$])")

LABELS = {
    Verdict.SUPPORTED: "SUPPORTED",
    Verdict.CONTRADICTED: "CONTRADICTED",
    Verdict.NOT_FOUND: "NOT FOUND",
    Verdict.CONFLICTING: "CONFLICTING",
}
"""Verdict labels for people, in the contract's verdict order."""

TITLES = {
    Verdict.SUPPORTED: "Supported",
    Verdict.CONTRADICTED: "Contradicted",
    Verdict.NOT_FOUND: "Not found",
    Verdict.CONFLICTING: "Conflicting",
}


def label(verdict: str) -> str:
    """``NOT FOUND`` for ``not_found``; unknown verdicts upper-cased."""
    return LABELS.get(verdict, verdict.upper())


def title(verdict: str) -> str:
    """``Not found`` for ``not_found``."""
    return TITLES.get(verdict, verdict.replace("_", " ").capitalize())


def plural(count: int, noun: str) -> str:
    """``1 claim``, ``2 claims``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def evidence_place(evidence: Evidence) -> str:
    """``path:line:col`` of a passage, col 1-based; in a PDF or Word source
    its place in the original file (``report.pdf:p12:3``, ``memo.docx:para4``)."""
    return place(evidence.source, evidence.line, evidence.start, evidence.location)


def place(source: str, line: int, start: int, location: Location | None = None) -> str:
    """``path:line:col`` (col 1-based), or ``path:LABEL`` for a PDF or DOCX
    location; a web page's place is a line of its extracted text, as for text."""
    if location is not None and location.kind in ("pdf", "docx"):
        return f"{source}:{location.label}"
    return f"{source}:{line}:{start + 1}"


def link_fragment(location: Location | None, line: int, excerpt: str = "") -> str:
    """The ``#...`` that opens a source at a passage: ``#page=12`` for a PDF
    (browsers' PDF viewers), a text fragment for a web page (the quoted words,
    ``#:~:text=...``), ``#L44`` for text; '' for Word."""

    if location is None:
        return f"#L{line}" if line else ""
    if location.kind == "pdf":
        return f"#page={location.page}"
    if location.kind == "html" and excerpt.strip():
        words = " ".join(excerpt.split())
        if len(words) <= 80:
            return "#:~:text=" + _fragment_text(words)
        # A long passage by its start and end (textStart,textEnd), cut at
        # spaces: a text fragment matches whole words.
        head, tail = words[:40], words[-40:]
        head = head[:head.rfind(" ")] if " " in head else head
        tail = tail[tail.find(" ") + 1:] if " " in tail else tail
        return "#:~:text=" + _fragment_text(head) + "," + _fragment_text(tail)
    return ""


def _fragment_text(text: str) -> str:
    # '-', ',' and '&' mean something in a text fragment: always escaped.
    from urllib.parse import quote

    return quote(text, safe="").replace("-", "%2D")


def claims_file_of(report: Report, result: ClaimResult) -> str:
    """The claims file RESULT's claim comes from: its own (a run over several
    files) or the report's ('' when neither is known)."""
    return result.claim.claims_file or report.claims_file


def claim_place(report: Report, result: ClaimResult) -> str:
    """``claims.yaml:14`` (or as much of it as is known; '' when nothing is)."""
    claims_file = claims_file_of(report, result)
    if claims_file and result.claim.line:
        return f"{claims_file}:{result.claim.line}"
    return claims_file


def highlight_spans(excerpt: str, comparisons: Iterable[Comparison]) -> list[tuple[int, int]]:
    """[start, end) spans in EXCERPT of the source values a judgement compared.

    Every occurrence of each compared source value, sorted, overlaps merged.
    Values not found verbatim (the comparison quotes a normalised form) are
    simply not highlighted.
    """
    spans: list[tuple[int, int]] = []
    for comparison in comparisons:
        value = comparison.source_value
        if not value:
            continue
        found = excerpt.find(value)
        while found >= 0:
            spans.append((found, found + len(value)))
            found = excerpt.find(value, found + len(value))
    return merge_spans(spans)


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) SPANS sorted, with overlapping ones merged."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def split_highlights(excerpt: str, comparisons: Iterable[Comparison]) -> list[tuple[str, bool]]:
    """EXCERPT cut into (text, highlighted) pieces, in order, none empty."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in highlight_spans(excerpt, comparisons):
        if start > at:
            pieces.append((excerpt[at:start], False))
        pieces.append((excerpt[start:end], True))
        at = end
    if at < len(excerpt):
        pieces.append((excerpt[at:], False))
    return pieces


def one_line(text: str) -> str:
    """TEXT with line breaks and tabs turned into spaces."""
    return " ".join(text.replace("\t", " ").splitlines()) if text else text


MAX_EVIDENCE = 3
"""Passages quoted in a finding's text; every one is in the JSON report."""
MAX_EXCERPT_WIDTH = 100
"""Terminal cells an excerpt may take on one line; a CJK character takes two."""


def finding_headline(result: ClaimResult, why: str) -> str:
    """``contradicted: <reason>``: why the claim fails (or its verdict), then the reason."""
    head = why or result.verdict.replace("_", " ")
    reason = one_line(result.reason)
    return f"{head}: {reason}" if reason else head


def evidence_lines(result: ClaimResult, limit: int = MAX_EVIDENCE) -> list[str]:
    """``path:line:col [stance] excerpt`` for the best LIMIT passages, then a count of the rest."""
    lines = [f"{evidence_place(e)} [{e.stance}] {one_line(e.excerpt)}"
             for e in result.evidence[:limit]]
    hidden = len(result.evidence) - limit
    if hidden > 0:
        lines.append(f"(+{plural(hidden, 'more passage')} in the JSON report)")
    return lines


def printable(text: str) -> str:
    """TEXT on one line with control and bidi-control characters shown as ``\\uXXXX``
    (C0 and C1 controls such as ESC, BEL and CSI; lone surrogates too, the
    ones standing for undecodable bytes as ``\\xNN``).

    Tabs and line breaks become spaces. For output read in a terminal or a CI
    log, where a hostile source must not move the cursor, recolour the log or
    reorder what is shown.
    """
    out = []
    for char in text:
        if char in "\t\n\r":
            out.append(" ")
        elif "\udc80" <= char <= "\udcff":  # a byte of a name that is not UTF-8 (PEP 383)
            out.append(f"\\x{ord(char) - 0xDC00:02x}")
        elif unicodedata.category(char) in ("Cc", "Cs") or char in BIDI_CONTROLS:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


def escape_markdown(text: str) -> str:
    """TEXT as literal Markdown on one line (``printable``, then every
    Markdown and HTML syntax character backslash-escaped): a ``<script>``,
    ``<img onerror=...>`` or ``[link](javascript:...)`` shows as written."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", printable(text))


def focus_offset(excerpt: str, comparisons) -> int | None:
    """Offset in EXCERPT of the first compared source value, to keep in view."""
    for comparison in comparisons:
        if comparison.source_value:
            found = excerpt.find(comparison.source_value)
            if found >= 0:
                return found
    return None


def _cell_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def shorten(text: str, focus: int | None = None, width: int = MAX_EXCERPT_WIDTH) -> str:
    """TEXT cut to WIDTH cells with '…', keeping offset FOCUS in view.

    Without a focus the start is kept (the sentence's subject usually comes
    first); with one, the window is centred on it and either end may be cut.
    """
    if _width(text) <= width:
        return text
    if not focus or focus <= 0:
        return _take(text, width - 1) + "…"
    start, used = focus, 0
    while start > 0 and used + _cell_width(text[start - 1]) <= width // 2:
        start -= 1
        used += _cell_width(text[start])
    # Near the end of the text, move the window left to use the room.
    tail = _width(text[start:])
    while start > 0 and tail + _cell_width(text[start - 1]) <= width - 1:
        start -= 1
        tail += _cell_width(text[start])
    prefix = "…" if start > 0 else ""
    room = width - len(prefix)
    if tail <= room:
        return prefix + text[start:]
    return prefix + _take(text[start:], room - 1) + "…"


def _width(text: str) -> int:
    return sum(_cell_width(char) for char in text)


def _take(text: str, width: int) -> str:
    """The longest prefix of TEXT that fits in WIDTH cells."""
    used = 0
    for index, char in enumerate(text):
        used += _cell_width(char)
        if used > width:
            return text[:index]
    return text
