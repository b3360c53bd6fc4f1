"""The gate: which claims fail a run, as every renderer and the exit code see it.

A claim fails when its verdict is in ``fail_on`` (default: every verdict but
``supported``) or when it is ``supported`` with a confidence below
``min_confidence``. A failing claim listed in the baseline is *baselined*:
still reported, but it no longer fails the run. Renderers ask the gate rather
than testing verdicts themselves, so JUnit failures, SARIF results, GitHub
annotations and the exit status always agree.

Reading and writing baseline files is the CLI's job (``checker.cli.baseline``);
this module only holds the outcome of matching one.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from checker.model import VERDICTS, Claim, ClaimResult, Report, Verdict

DEFAULT_FAIL_ON: frozenset[str] = frozenset(v for v in VERDICTS if v != Verdict.SUPPORTED)

FAILED, BASELINED, PASSED = "failed", "baselined", "passed"
"""The three outcomes of a claim at the gate."""


def claim_key(claim: Claim) -> tuple[str, str]:
    """(id, sha256 of the normalised text): how a baseline and fingerprints know a claim.

    Not the line, so moving a claim in its file keeps its key; editing what it
    says makes it a new claim. The text is NFKC-folded with runs of white space
    made one space, so re-wrapping or full-width digits do not change the key.
    """
    text = " ".join(unicodedata.normalize("NFKC", claim.text).split())
    return claim.id, hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class BaselineStatus:
    """How a baseline file matched this run."""

    file: str
    """The baseline file as given (for messages and the JSON report)."""
    suppressed: tuple[str, ...] = ()
    """Ids of claims that would fail but are in the baseline, in report order."""
    stale: tuple[tuple[str, str], ...] = ()
    """(id, text_sha256) of baseline entries no claim failing now matches, sorted."""


@dataclass(frozen=True)
class Gate:
    """What fails a run."""

    fail_on: frozenset[str] = DEFAULT_FAIL_ON
    min_confidence: float = 0.0
    """A ``supported`` claim with a lower confidence fails (0: never)."""
    baseline: BaselineStatus | None = None

    def would_fail(self, result: ClaimResult) -> bool:
        """True when RESULT fails the gate, ignoring the baseline."""
        return result.verdict in self.fail_on or self.below_confidence(result)

    def below_confidence(self, result: ClaimResult) -> bool:
        """True for a ``supported`` claim under ``min_confidence``."""
        return result.verdict == Verdict.SUPPORTED and result.confidence < self.min_confidence

    def outcome(self, result: ClaimResult) -> str:
        """``failed``, ``baselined`` (failing, but known) or ``passed``."""
        if not self.would_fail(result):
            return PASSED
        if self.baseline is not None and result.claim.id in self.baseline.suppressed:
            return BASELINED
        return FAILED

    def fails(self, result: ClaimResult) -> bool:
        """True when RESULT makes the run fail (exit 1)."""
        return self.outcome(result) == FAILED

    def failed(self, report: Report) -> tuple[ClaimResult, ...]:
        """The results of REPORT that fail the run, in report order."""
        return tuple(r for r in report.results if self.fails(r))

    def why(self, result: ClaimResult) -> str:
        """Why RESULT fails (or would fail), in a few words; '' when it passes."""
        if self.below_confidence(result):
            return (f"supported with confidence {result.confidence:.2f}, "
                    f"below the minimum {self.min_confidence:.2f}")
        if result.verdict in self.fail_on:
            return result.verdict.replace("_", " ")
        return ""
