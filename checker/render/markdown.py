"""Markdown: a table for a pull-request comment or a CI job summary.

A heading with the summary line, a sentence on the gate, then one table row
per claim: the gate's outcome, the verdict, the claim with its ``file:line``,
the confidence, the reason and the best passage (``file:line:col`` and the
excerpt, cut to fit around the compared value, which is in bold). Quiet mode
lists only the claims that fail the gate. GitHub-flavoured Markdown.

Text from claims and sources is escaped: Markdown and HTML syntax characters
are backslash-escaped (a ``<script>`` or ``[link](...)`` in a source shows as
written), ``|`` cannot end a cell, line breaks and control characters cannot
break a row. ``@name`` and ``#123`` are left as they are.
"""
from __future__ import annotations

from checker.gate import BASELINED, FAILED
from checker.model import ClaimResult, Report, Verdict
from checker.render import RenderOptions
from checker.render.common import (
    claim_place,
    escape_markdown,
    evidence_place,
    focus_offset,
    label,
    plural,
    printable,
    shorten,
    split_highlights,
)
from checker.render.text import summary_line

EXCERPT_WIDTH = 80
"""Terminal-style cells (a CJK character takes two): keeps the table readable."""

_STATUS = {FAILED: "❌ fail", BASELINED: "➖ baseline"}

def render(report: Report, options: RenderOptions) -> str:
    """The Markdown report, ending with a newline."""
    gate = options.gate
    failing = gate.failed(report)
    lines = [f"## Claim check: {summary_line(report)}", ""]
    if failing:
        lines.append(f"**{plural(len(failing), 'claim')} failed the gate.**")
    else:
        lines.append("**Every claim passed the gate.**")
    baselined = gate.baseline.suppressed if gate.baseline is not None else ()
    if baselined:
        lines.append(f"{plural(len(baselined), 'known finding')} excused by the baseline.")
    results = failing if options.quiet else report.results
    if results:
        lines += ["", "| | verdict | claim | confidence | reason | best evidence |",
                  "| --- | --- | --- | ---: | --- | --- |"]
        lines += [_row(report, result, options) for result in results]
    return "\n".join(lines) + "\n"


def _row(report: Report, result: ClaimResult, options: RenderOptions) -> str:
    outcome = options.gate.outcome(result)
    status = _STATUS.get(outcome, "✅ pass" if result.verdict == Verdict.SUPPORTED else "⚠️ pass")
    claim = f"**{escape(result.claim.id)}** {escape(result.claim.text)}"
    place = claim_place(report, result)
    if place:
        claim += f" ({_code(place)})"
    why = options.gate.why(result)
    reason = escape(result.reason)
    if why and why != result.verdict.replace("_", " "):
        reason = f"*{escape(why)}*; {reason}"
    cells = [status, label(result.verdict).lower(), claim, f"{result.confidence:.2f}", reason,
             _best_evidence(result)]
    return "| " + " | ".join(cells) + " |"


def _best_evidence(result: ClaimResult) -> str:
    if not result.evidence:
        return ""
    evidence = result.evidence[0]
    excerpt = printable(evidence.excerpt)
    short = shorten(excerpt, focus_offset(excerpt, evidence.comparisons), EXCERPT_WIDTH)
    pieces = [f"**{escape(text)}**" if marked else escape(text)
              for text, marked in split_highlights(short, evidence.comparisons)]
    more = len(result.evidence) - 1
    tail = f" (+{plural(more, 'more passage')})" if more else ""
    return f"{_code(evidence_place(evidence))} {evidence.stance}: {''.join(pieces)}{tail}"


escape = escape_markdown
"""TEXT as literal Markdown on one line inside a table cell."""


def _code(text: str) -> str:
    """TEXT as a code span; a path with a backtick falls back to escaped text."""
    text = printable(text)
    if "`" in text:
        return escape(text)
    return f"`{text.replace('|', chr(92) + '|')}`"
