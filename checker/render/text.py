"""The human-readable report: what a fact-checker reads in a terminal.

Per claim a header line (verdict, id, text, confidence), the reason, and up
to three evidence lines ``path:line:col  [stance]  excerpt`` (col 1-based, so
editors and terminals can jump there), then one summary line. A claim the
baseline excuses is marked ``[baseline]``, a ``supported`` claim under
--min-confidence ``[below minimum confidence]``. Quiet mode shows, per
claim that fails the gate, its header and its reason on one line, then the summary. Colour is added only when the
options ask for it; the CLI decides that (terminal, NO_COLOR, --color). Text from sources is made safe to print: control characters are
shown escaped, so a hostile source cannot drive the terminal.

Does not decide verdicts or order evidence: it shows the report as given.
"""
from __future__ import annotations

from collections.abc import Sequence

from checker.gate import BASELINED, FAILED, Gate
from checker.model import Bearing, Claim, ClaimResult, Evidence, Quote, Report, Verdict
from checker.render import RenderOptions
from checker.render.cite import cite
from checker.render.common import LABELS as _LABELS
from checker.render.common import (
    evidence_place,
    focus_offset,
    one_line,
    place,
    printable,
    shorten,
)

MAX_EVIDENCE_LINES = 3

_LABEL_WIDTH = max(len(label) for label in _LABELS.values())

# SGR colour codes
_VERDICT_COLORS = {Verdict.SUPPORTED: "32", Verdict.CONTRADICTED: "31", Verdict.NOT_FOUND: "33",
                   Verdict.CONFLICTING: "35"}
_STANCE_COLORS = {Bearing.SUPPORTS: "32", Bearing.CONTRADICTS: "31"}
_BOLD, _DIM = "1", "2"

def render(report: Report, options: RenderOptions) -> str:
    """The text report, ending with the summary line and a newline."""
    results = report.results
    if options.quiet:
        results = options.gate.failed(report)
    blocks = [_render_result(result, options) for result in results]
    separator = "\n" if options.quiet else "\n\n"
    body = separator.join(blocks)
    return (body + "\n\n" if body else "") + summary_line(report, options.gate) + "\n"


def summary_line(report: Report, gate: Gate | None = None) -> str:
    """``4 claims: 2 supported, 1 contradicted, 1 not found, 0 conflicting``, and
    with a baseline ``; 1 excused by the baseline`` (a run that exits 0 while
    claims fail should say so)."""
    counts = report.summary()
    total = len(report.results)
    parts = ", ".join(f"{counts[v]} {_LABELS[v].lower()}" for v in _LABELS)
    line = f"{total} claim{'' if total == 1 else 's'}: {parts}"
    excused = len(gate.baseline.suppressed) if gate is not None and gate.baseline else 0
    if excused:
        line += f"; {excused} excused by the baseline"
    return line


def render_quotes(text: str, quotes: Sequence[Quote], options: RenderOptions) -> str:
    """Passages found by ``checker quote``: supporting ones first, then, apart,
    those that contradict TEXT; each with its location, its neighbours when
    asked, and a citation in the chosen style."""
    lines: list[str] = []
    supporting = [q for q in quotes if q.stance.stance == Bearing.SUPPORTS]
    contradicting = [q for q in quotes if q.stance.stance == Bearing.CONTRADICTS]
    for number, quote in enumerate(supporting, start=1):
        lines.extend(_quote_lines(quote, number, options))
    if contradicting:
        lines.append(_paint("The sources say otherwise:", _STANCE_COLORS[Bearing.CONTRADICTS],
                            options, bold=True))
        for number, quote in enumerate(contradicting, start=len(supporting) + 1):
            lines.extend(_quote_lines(quote, number, options))
    total = len(quotes)
    lines.append(f"{total} passage{'' if total == 1 else 's'} for \"{_safe(text)}\": "
                 f"{len(supporting)} supporting, {len(contradicting)} contradicting")
    return "\n".join(lines) + "\n"


def _quote_lines(quote: Quote, number: int, options: RenderOptions) -> list[str]:
    stance = quote.stance
    passage = stance.passage
    where = _safe(place(passage.source, passage.line, passage.start, quote.location))
    tag = _paint(f"[{stance.stance}]", _STANCE_COLORS.get(stance.stance), options)
    focus = focus_offset(passage.excerpt, stance.comparisons)
    lines = [f"{where}  {tag}  {stance.score:.2f}  {shorten(_safe(passage.excerpt), focus)}"]
    if not options.quiet and stance.reason:
        lines.append("  " + _paint(_safe(stance.reason), _DIM, options))
    for neighbour in quote.before:
        lines.append("    " + _paint(f"{neighbour.line}: {_safe(neighbour.excerpt)}", _DIM,
                                     options))
    if quote.before or quote.after:
        lines.append("  > " + _safe(passage.excerpt))
    for neighbour in quote.after:
        lines.append("    " + _paint(f"{neighbour.line}: {_safe(neighbour.excerpt)}", _DIM,
                                     options))
    if options.citation_style and stance.stance == Bearing.SUPPORTS and not options.quiet:
        lines.extend("    " + row for row in
                     _safe_lines(cite(passage, options.citation_style, number,
                                      location=quote.location)))
        lines.append("")
    return lines


def _safe_lines(text: str) -> list[str]:
    return [_safe(row) for row in text.split("\n")]


def _render_result(result: ClaimResult, options: RenderOptions) -> str:
    claim = result.claim
    label = _LABELS.get(result.verdict, result.verdict.upper()).ljust(_LABEL_WIDTH)
    label = _paint(label, _VERDICT_COLORS.get(result.verdict), options, bold=True)
    lines = [f"{label}  {_where(claim)}{_safe(claim.id)}: {_safe(claim.text)}  "
             f"({result.confidence:.2f})" + _gate_mark(result, options)]
    if options.quiet:  # one line of why, so a CI log says what the sources say
        return lines[0] + ("\n  " + _safe(one_line(result.reason)) if result.reason else "")
    if result.reason:
        lines.append("  " + _safe(result.reason))
    for evidence in result.evidence[:MAX_EVIDENCE_LINES]:
        lines.append("  " + _evidence_line(evidence, options))
    hidden = len(result.evidence) - MAX_EVIDENCE_LINES
    if hidden > 0:
        lines.append(f"  (+{hidden} more passage{'' if hidden == 1 else 's'} "
                     "in the JSON report)")
    return "\n".join(lines)


def _where(claim: Claim) -> str:
    """``claims/a.yaml:5: `` before the id when a run read several files and
    the id does not already say where (a draft's ``post.md:3:1`` does)."""
    if not claim.claims_file or claim.id.startswith(claim.claims_file + ":"):
        return ""
    place = f"{claim.claims_file}:{claim.line}" if claim.line else claim.claims_file
    return _safe(place) + ": "


def _gate_mark(result: ClaimResult, options: RenderOptions) -> str:
    """A note after the header when the gate says more than the verdict does."""
    gate = options.gate
    outcome = gate.outcome(result)
    if outcome == BASELINED:
        return "  " + _paint("[baseline]", _DIM, options)
    if outcome == FAILED and gate.below_confidence(result):
        return "  " + _paint("[below minimum confidence]", _VERDICT_COLORS[Verdict.CONFLICTING], options)
    return ""


def _evidence_line(evidence: Evidence, options: RenderOptions) -> str:
    where = _safe(evidence_place(evidence))
    tag = _paint(f"[{evidence.stance}]", _STANCE_COLORS.get(evidence.stance), options)
    excerpt = shorten(_safe(evidence.excerpt), focus_offset(evidence.excerpt, evidence.comparisons))
    copies = f"  (also in {len(evidence.also_in)} files)" if evidence.also_in else ""
    return f"{where}  {tag}  {excerpt}{copies}"


def _paint(text: str, code: str | None, options: RenderOptions, bold: bool = False) -> str:
    if not options.color or not code:
        return text
    codes = f"{_BOLD};{code}" if bold else code
    return f"\x1b[{codes}m{text}\x1b[0m"


_safe = printable
