"""The human-readable report: what a fact-checker reads in a terminal.

Per claim a header line (verdict, id, text, confidence), the reason, and up
to three evidence lines ``path:line:col  [stance]  excerpt`` (col 1-based, so
editors and terminals can jump there), then one summary line. Colour is added
only when the options ask for it; the CLI decides that (terminal, NO_COLOR,
--no-color). Text from sources is made safe to print: control characters are
shown escaped, so a hostile source cannot drive the terminal.

Does not decide verdicts or order evidence: it shows the report as given.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from checker.model import Evidence, Report, Stance
from checker.render import RenderOptions

MAX_EVIDENCE_LINES = 3
MAX_EXCERPT_WIDTH = 100
"""Terminal cells; a CJK character takes two."""

_LABELS = {
    "supported": "SUPPORTED",
    "contradicted": "CONTRADICTED",
    "not_found": "NOT FOUND",
    "conflicting": "CONFLICTING",
}
_LABEL_WIDTH = max(len(label) for label in _LABELS.values())

# SGR colour codes
_VERDICT_COLORS = {"supported": "32", "contradicted": "31", "not_found": "33",
                   "conflicting": "35"}
_STANCE_COLORS = {"supports": "32", "contradicts": "31"}
_BOLD, _DIM = "1", "2"

# Bidirectional overrides and isolates reorder what a terminal shows
# ("Trojan Source"); shown escaped like control characters.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def render(report: Report, options: RenderOptions) -> str:
    """The text report, ending with the summary line and a newline."""
    blocks = [_render_result(result, options) for result in report.results]
    separator = "\n" if options.quiet else "\n\n"
    body = separator.join(blocks)
    return (body + "\n\n" if body else "") + summary_line(report) + "\n"


def summary_line(report: Report) -> str:
    """``4 claims: 2 supported, 1 contradicted, 1 not found, 0 conflicting``."""
    counts = report.summary()
    total = len(report.results)
    parts = ", ".join(f"{counts[v]} {_LABELS[v].lower()}" for v in _LABELS)
    return f"{total} claim{'' if total == 1 else 's'}: {parts}"


def render_quotes(text: str, stances: Sequence[Stance], options: RenderOptions) -> str:
    """Passages found by ``checker quote``: a location line each, then a count."""
    lines: list[str] = []
    for stance in stances:
        passage = stance.passage
        where = f"{passage.source}:{passage.line}:{passage.start + 1}"
        tag = _paint(f"[{stance.stance}]", _STANCE_COLORS.get(stance.stance), options)
        focus = _focus(passage.excerpt, stance.comparisons)
        lines.append(f"{where}  {tag}  {stance.score:.2f}  "
                     f"{_shorten(_safe(passage.excerpt), focus)}")
        if not options.quiet and stance.reason:
            lines.append("  " + _paint(_safe(stance.reason), _DIM, options))
    supporting = sum(1 for s in stances if s.stance == "supports")
    contradicting = sum(1 for s in stances if s.stance == "contradicts")
    total = len(stances)
    lines.append(f"{total} passage{'' if total == 1 else 's'} for \"{_safe(text)}\": "
                 f"{supporting} supporting, {contradicting} contradicting")
    return "\n".join(lines) + "\n"


def _render_result(result, options: RenderOptions) -> str:
    claim = result.claim
    label = _LABELS.get(result.verdict, result.verdict.upper()).ljust(_LABEL_WIDTH)
    label = _paint(label, _VERDICT_COLORS.get(result.verdict), options, bold=True)
    lines = [f"{label}  {_safe(claim.id)}: {_safe(claim.text)}  ({result.confidence:.2f})"]
    if options.quiet:
        return lines[0]
    if result.reason:
        lines.append("  " + _safe(result.reason))
    for evidence in result.evidence[:MAX_EVIDENCE_LINES]:
        lines.append("  " + _evidence_line(evidence, options))
    hidden = len(result.evidence) - MAX_EVIDENCE_LINES
    if hidden > 0:
        lines.append(f"  (+{hidden} more passage{'' if hidden == 1 else 's'} "
                     "in the JSON report)")
    return "\n".join(lines)


def _evidence_line(evidence: Evidence, options: RenderOptions) -> str:
    where = f"{evidence.source}:{evidence.line}:{evidence.start + 1}"
    tag = _paint(f"[{evidence.stance}]", _STANCE_COLORS.get(evidence.stance), options)
    excerpt = _shorten(_safe(evidence.excerpt), _focus(evidence.excerpt, evidence.comparisons))
    return f"{where}  {tag}  {excerpt}"


def _focus(excerpt: str, comparisons) -> int | None:
    """Offset in EXCERPT of the first compared source value, to keep in view."""
    for comparison in comparisons:
        if comparison.source_value:
            found = excerpt.find(comparison.source_value)
            if found >= 0:
                return found
    return None


def _paint(text: str, code: str | None, options: RenderOptions, bold: bool = False) -> str:
    if not options.color or not code:
        return text
    codes = f"{_BOLD};{code}" if bold else code
    return f"\x1b[{codes}m{text}\x1b[0m"


def _safe(text: str) -> str:
    """TEXT on one line with control and bidi-control characters escaped."""
    out = []
    for char in text:
        if char in "\t\n\r":
            out.append(" ")
        elif unicodedata.category(char) == "Cc" or char in _BIDI_CONTROLS:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


def _cell_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _shorten(text: str, focus: int | None = None, width: int = MAX_EXCERPT_WIDTH) -> str:
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
