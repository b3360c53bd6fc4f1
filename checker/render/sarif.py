"""SARIF 2.1.0: failing claims as static-analysis results (GitHub code scanning, IDEs).

One result per claim that fails the gate, located at the claim's line in the
claims file, with every evidence passage as a related location (line, columns
and the excerpt as the snippet). There is one rule per verdict, so viewers
group findings by verdict. Columns are code points (``columnKind:
unicodeCodePoints``), 1-based, end exclusive, as SARIF defines them.

Claims the baseline excuses are results too, with an ``external`` suppression
(viewers hide them) and ``baselineState: unchanged``; the others are then
``new``. Each result carries a partial fingerprint from the claim's id and
text, so a result keeps its identity when the claim moves in the file.

The output validates against the official schema
(``../shared/schemas/sarif-schema-2.1.0.json``, checked in the tests).
"""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from checker import __version__
from checker.gate import BASELINED, PASSED, Gate, claim_key
from checker.model import VERDICTS, ClaimResult, Evidence, Report, Verdict, location_to_dict
from checker.render import RenderOptions
from checker.render.common import claims_file_of, finding_headline, one_line, title

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL_NAME = "claim-checker"

_RULE_TEXT = {
    Verdict.SUPPORTED: ("ClaimBelowMinimumConfidence",
                  "A supported claim below the minimum confidence",
                  ("A passage supports the claim, but with less confidence than "
                   "--min-confidence asks for. Check the passage by hand.")),
    Verdict.CONTRADICTED: ("ClaimContradicted",
                     "The sources state the same fact with a different value",
                     ("A passage states the claim's fact (same subject, measure and "
                      "period) with a different number, date, name or rank. Correct the "
                      "claim or the source.")),
    Verdict.NOT_FOUND: ("ClaimNotFound",
                  "No passage in the sources speaks to the claim",
                  ("Nothing in the given sources states the claim's fact. Add a source "
                   "that states it, or drop the claim.")),
    Verdict.CONFLICTING: ("ClaimConflicting",
                    "The sources disagree about the claim",
                    ("At least one passage supports the claim and another contradicts "
                     "it. Decide which source is right.")),
}


def render(report: Report, options: RenderOptions) -> str:
    """The SARIF log as JSON text ending with a newline."""
    return json.dumps(sarif_log(report, options), ensure_ascii=False, indent=2) + "\n"


def sarif_log(report: Report, options: RenderOptions) -> dict[str, Any]:
    """The SARIF log as data."""
    gate = options.gate
    results = [_result(report, result, gate) for result in report.results
               if gate.outcome(result) != PASSED]
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": TOOL_NAME,
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [_rule(verdict) for verdict in VERDICTS],
        }},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"summary": report.summary()},
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _rule(verdict: str) -> dict[str, Any]:
    name, short, full = _RULE_TEXT[verdict]
    return {
        "id": verdict,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": full},
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["fact-check", title(verdict).lower()]},
    }


def _result(report: Report, result: ClaimResult, gate: Gate) -> dict[str, Any]:
    claim = result.claim
    claim_id, digest = claim_key(claim)
    out: dict[str, Any] = {
        "ruleId": result.verdict,
        "ruleIndex": VERDICTS.index(result.verdict),
        "level": "error",
        "message": {"text": f"{claim_id}: {one_line(claim.text)} — "
                            f"{finding_headline(result, gate.why(result))}"},
    }
    claims_file = claims_file_of(report, result)
    if claims_file:
        location: dict[str, Any] = {"artifactLocation": _artifact(claims_file)}
        if claim.line:
            location["region"] = {"startLine": claim.line}
        out["locations"] = [{"physicalLocation": location}]
    if result.evidence:
        out["relatedLocations"] = [_related(number, evidence)
                                   for number, evidence in enumerate(result.evidence, 1)]
    out["partialFingerprints"] = {"claimIdAndText/v1": f"{claim_id}:{digest}"}
    if gate.baseline is not None:
        baselined = gate.outcome(result) == BASELINED
        out["baselineState"] = "unchanged" if baselined else "new"
        if baselined:
            out["suppressions"] = [{"kind": "external", "status": "accepted",
                                    "justification": f"listed in {gate.baseline.file}"}]
    out["properties"] = {"claimId": claim_id, "verdict": result.verdict,
                         "confidence": float(f"{result.confidence:.3f}")}
    return out


def _related(number: int, evidence: Evidence) -> dict[str, Any]:
    region = {
        "startLine": evidence.line,
        "startColumn": evidence.start + 1,
        "endColumn": max(evidence.end, evidence.start) + 1,
        "snippet": {"text": evidence.excerpt},
    }
    message = f"{evidence.stance} (score {evidence.score:.2f})"
    location = evidence.location
    if location is not None:
        # SARIF regions count lines of a text file; a PDF or Word file has
        # none, so the region gives the line on the page (PDF), the paragraph
        # (DOCX) or the line of the extracted text (HTML), and its
        # properties the rest of the position, cite included.
        width = max(evidence.end - evidence.start, 0)
        region["startLine"] = location.line or location.paragraph or evidence.line
        region["startColumn"] = location.column or 1
        region["endColumn"] = region["startColumn"] + width
        region["properties"] = location_to_dict(evidence.source, location)
        message += f" at {evidence.source}:{location.label}"
    return {
        "id": number,
        "physicalLocation": {"artifactLocation": _artifact(evidence.source), "region": region},
        "message": {"text": message},
    }


def _artifact(path: str) -> dict[str, str]:
    """A relative path as a URI against the source root; an absolute one as a file URI."""
    if path.startswith("/"):
        return {"uri": "file://" + quote(path, safe="/")}
    return {"uri": quote(path, safe="/"), "uriBaseId": "%SRCROOT%"}
