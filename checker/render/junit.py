"""JUnit XML: one test case per claim, for CI test-report views (GitLab, Jenkins, Azure).

One ``<testsuite>`` per claims file, one ``<testcase>`` per claim named by its
id (names are unique: GitLab drops test cases with the same name). A claim
that fails the gate has a ``<failure>`` whose body gives the reason, the claim
with its ``file:line`` and the best excerpts; a ``not_found`` claim outside
--fail-on, and a failing claim the baseline excuses, are ``<skipped>``; every
other claim passes, with its verdict and reason in ``<system-out>``. The
counts on the suite elements are those of the gate, so
``tests - failures - skipped`` is the number of claims that passed.

Times are left out (there are none per claim, and the report must not change
between identical runs). Characters XML 1.0 cannot hold (most C0 controls)
are written as ``\\uXXXX``.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import PurePosixPath

from checker.gate import BASELINED, FAILED
from checker.model import ClaimResult, Report, Verdict
from checker.render import RenderOptions
from checker.render.common import (
    claim_place,
    claims_file_of,
    evidence_lines,
    finding_headline,
    one_line,
)

SUITE_NAME = "claim-checker"

# Matches what XML 1.0 forbids: C0 controls but tab/LF/CR, lone surrogates,
# U+FFFE/U+FFFF. E.g. "\x1b[2J" (a terminal escape) or "\x00".
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(report: Report, options: RenderOptions) -> str:
    """The JUnit XML document, UTF-8, ending with a newline."""
    gate = options.gate
    outcomes = [gate.outcome(result) for result in report.results]
    failures = outcomes.count(FAILED)
    skipped = sum(1 for result, outcome in zip(report.results, outcomes)
                  if _is_skipped(result, outcome))
    counts = {"tests": str(len(report.results)), "failures": str(failures), "errors": "0",
              "skipped": str(skipped)}
    root = ET.Element("testsuites", {"name": SUITE_NAME, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": _xml(report.claims_file or SUITE_NAME),
                                              **counts})
    classname = _classname(report.claims_file)
    used: set[str] = set()
    for result, outcome in zip(report.results, outcomes):
        _testcase(suite, report, result, outcome, _unique(result.claim.id, used), classname,
                  options)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _testcase(suite: ET.Element, report: Report, result: ClaimResult, outcome: str,
              name: str, classname: str, options: RenderOptions) -> None:
    attributes = {"name": _xml(name), "classname": classname}
    claims_file = claims_file_of(report, result)
    if claims_file:
        attributes["file"] = _xml(claims_file)
    if result.claim.line:
        attributes["line"] = str(result.claim.line)
    case = ET.SubElement(suite, "testcase", attributes)
    headline = finding_headline(result, options.gate.why(result))
    details = _details(report, result, headline)
    if outcome == FAILED:
        failure = ET.SubElement(case, "failure", {"message": _xml(headline),
                                                  "type": result.verdict})
        failure.text = _xml(details)
    elif _is_skipped(result, outcome):
        reason = "known finding, in the baseline: " if outcome == BASELINED else ""
        skipped = ET.SubElement(case, "skipped", {"message": _xml(reason + headline)})
        skipped.text = _xml(details)
    else:
        ET.SubElement(case, "system-out").text = _xml(details)


def _is_skipped(result: ClaimResult, outcome: str) -> bool:
    return outcome == BASELINED or (outcome != FAILED and result.verdict == Verdict.NOT_FOUND)


def _details(report: Report, result: ClaimResult, headline: str) -> str:
    place = claim_place(report, result)
    claim = f"claim {result.claim.id}: {one_line(result.claim.text)}"
    lines = [headline, claim + (f" ({place})" if place else ""),
             f"confidence {result.confidence:.2f}", *evidence_lines(result)]
    return "\n".join(lines) + "\n"


def _classname(claims_file: str) -> str:
    """``claims.ipo-race`` for ``claims/ipo-race.yaml``: dots separate packages in JUnit."""
    if not claims_file:
        return SUITE_NAME
    path = PurePosixPath(claims_file)
    parts = [part for part in path.with_suffix("").parts if part not in ("/", ".", "..")]
    return _xml(".".join(parts) or SUITE_NAME)


def _unique(name: str, used: set[str]) -> str:
    candidate, number = name, 1
    while candidate in used:
        number += 1
        candidate = f"{name} ({number})"
    used.add(candidate)
    return candidate


def _xml(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
