"""GitLab Code Quality JSON: failing claims in merge-request widgets.

A JSON array with one issue per claim that fails the gate, located at the
claim's line in the claims file (the CodeClimate subset GitLab reads:
``description``, ``check_name``, ``fingerprint``, ``severity``,
``location.path``, ``location.lines.begin``). A failing claim the baseline
excuses is still listed, with severity ``info``, so it stays visible without
being counted as new.

GitLab tells new findings from old ones by fingerprint, so the fingerprint
comes from the claims file, the claim's id and text, and its verdict (not its
line): moving a claim keeps the finding, changing what it says or how it is
judged makes a new one. Fingerprints are unique within a report.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

from checker.gate import BASELINED, FAILED, Gate, claim_key
from checker.model import ClaimResult, Report, Verdict
from checker.render import RenderOptions
from checker.render.common import claims_file_of, finding_headline, one_line

SEVERITIES = {Verdict.CONTRADICTED: "critical", Verdict.CONFLICTING: "major", Verdict.NOT_FOUND: "minor",
              Verdict.SUPPORTED: "minor"}
"""Severity of a failing claim by verdict (``supported``: under --min-confidence)."""


def render(report: Report, options: RenderOptions) -> str:
    """The Code Quality report as JSON text ending with a newline."""
    gate = options.gate
    issues: list[dict[str, Any]] = []
    used: set[str] = set()
    for result in report.results:
        outcome = gate.outcome(result)
        if outcome in (FAILED, BASELINED):
            issues.append(_issue(report, result, gate, outcome, used))
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def _issue(report: Report, result: ClaimResult, gate: Gate, outcome: str,
           used: set[str]) -> dict[str, Any]:
    claim = result.claim
    claim_id, digest = claim_key(claim)
    description = f"{claim_id}: {one_line(claim.text)} — {finding_headline(result, gate.why(result))}"
    if outcome == BASELINED:
        description = "(known, in the baseline) " + description
    return {
        "type": "issue",
        "check_name": f"claim-{result.verdict.replace('_', '-')}",
        "description": description,
        "categories": ["Bug Risk"],
        "severity": "info" if outcome == BASELINED else SEVERITIES.get(result.verdict, "major"),
        "fingerprint": _fingerprint((claims_file_of(report, result), claim_id, digest,
                                     result.verdict), used),
        "location": {"path": claims_file_of(report, result) or claim_id,
                     "lines": {"begin": claim.line or 1}},
    }


def _fingerprint(parts: tuple[str, ...], used: set[str]) -> str:
    """sha256 of PARTS, made unique within the report (the same claim listed twice)."""
    seed = "\0".join(parts)
    fingerprint = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    number = 1
    while fingerprint in used:
        number += 1
        fingerprint = hashlib.sha256(f"{seed}\0{number}".encode()).hexdigest()
    used.add(fingerprint)
    return fingerprint
