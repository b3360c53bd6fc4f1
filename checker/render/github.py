"""GitHub Actions workflow commands: claims as annotations on the claims file.

Every line is a workflow command, so nothing in a claim or a source can be
read by the runner as a command of its own:

- a claim that fails the gate: ``::error file=F,line=N,title=T::MESSAGE``;
- a failing claim the baseline excuses: ``::notice`` (known finding);
- any other claim whose verdict is not ``supported``: ``::warning``;
- last, ``::notice title=claim checker::`` with the summary line.

``supported`` claims that pass are not annotated. The message is the reason,
the claim and its best excerpts, one per line.

Escaping follows the runner (``@actions/core`` ``command.ts``): in the
message ``%``, CR and LF become ``%25``, ``%0D``, ``%0A``; in property values
also ``:`` and ``,`` become ``%3A`` and ``%2C``. Control and bidi-control
characters from sources are first shown as ``\\uXXXX`` so they cannot recolour
or reorder the log. The full Markdown report for ``$GITHUB_STEP_SUMMARY`` is
the ``markdown`` format; the CLI appends it.
"""
from __future__ import annotations

from checker.gate import BASELINED, FAILED
from checker.model import ClaimResult, Report, Verdict
from checker.render import RenderOptions
from checker.render.common import claims_file_of, evidence_lines, finding_headline, printable
from checker.render.text import summary_line

SUMMARY_TITLE = "claim checker"


def render(report: Report, options: RenderOptions) -> str:
    """One workflow command per line, the summary notice last."""
    lines = []
    for result in report.results:
        line = _annotation(report, result, options)
        if line:
            lines.append(line)
    lines.append(command("notice", {"title": SUMMARY_TITLE}, summary_line(report, options.gate)))
    return "\n".join(lines) + "\n"


def _annotation(report: Report, result: ClaimResult, options: RenderOptions) -> str:
    gate = options.gate
    outcome = gate.outcome(result)
    claim = result.claim
    if outcome == FAILED:
        level, what = "error", f"Claim {claim.id} failed: {gate.why(result)}"
    elif outcome == BASELINED:
        level, what = "notice", f"Claim {claim.id}: {gate.why(result)} (known, in the baseline)"
    elif result.verdict != Verdict.SUPPORTED:
        level, what = "warning", f"Claim {claim.id}: {result.verdict.replace('_', ' ')}"
    else:
        return ""
    properties: dict[str, str] = {}
    claims_file = claims_file_of(report, result)
    if claims_file:
        properties["file"] = claims_file
        if claim.line:
            properties["line"] = str(claim.line)
    properties["title"] = printable(what)
    message_lines = [finding_headline(result, gate.why(result)), f"claim: {claim.text}",
                     *evidence_lines(result)]
    return command(level, properties, "\n".join(printable(line) for line in message_lines))


def command(name: str, properties: dict[str, str], message: str) -> str:
    """``::name key=value,...::message`` with the runner's escaping."""
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """``%`` → ``%25``, CR → ``%0D``, LF → ``%0A`` (the message after ``::``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """As ``escape_data``, and ``:`` → ``%3A``, ``,`` → ``%2C`` (a property value)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
