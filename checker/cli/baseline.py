"""Baseline files: known failing claims that should no longer fail the gate.

A baseline is a small JSON file written by ``--write-baseline FILE``::

    {
      "version": 1,
      "claims_file": "claims/ipo-race.yaml",
      "entries": [
        {"id": "minimax-ipo-raise", "text_sha256": "5f0c…", "verdict": "contradicted",
         "text": "MiniMax plans to raise HK$7.4 billion in its Hong Kong IPO"}
      ]
    }

An entry matches a claim by id and the sha256 of its normalised text
(``checker.gate.claim_key``), never by line, so claims can move; the
verdict and text are there for the person reviewing the file. A draft's
baseline (``checker check``) says ``"match": "text"``: its claims' ids are
their ``LINE:COLUMN``, which a paragraph added above changes, so its entries
match by the text's hash alone (the id is kept for the reader). Entries are
sorted, so the file diffs well and the same run writes the same bytes.
Matching gives the ``BaselineStatus`` the gate and the renderers use.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.errors import ConfigError
from checker.gate import BaselineStatus, Gate, claim_key
from checker.model import Report

BASELINE_VERSION = 1


MATCH_TEXT = "text"
"""``match`` of a baseline whose entries match by the text's hash alone (drafts)."""


@dataclass(frozen=True)
class Baseline:
    file: str
    keys: frozenset[tuple[str, str]]
    """(claim id, text sha256) of every entry."""
    by_text: bool = False
    """Match by the text's hash alone, whatever the id (a draft's LINE:COLUMN)."""

    def matches(self, key: tuple[str, str]) -> bool:
        if self.by_text:
            return key[1] in {digest for _, digest in self.keys}
        return key in self.keys


def load_baseline(path: str) -> Baseline:
    """Read the baseline file at PATH; ConfigError naming the file (and line) if unusable."""
    hint = "write one with --write-baseline FILE"
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError("baseline file not found", file=path, hint=hint) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not UTF-8 text"
        raise ConfigError(f"cannot read the baseline: {reason}", file=path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"the baseline is not valid JSON: {exc.msg}", file=path,
                          line=exc.lineno, hint=hint) from None
    keys = frozenset(_entries(data, path))
    return Baseline(file=path, keys=keys, by_text=data.get("match") == MATCH_TEXT)


def _entries(data: Any, path: str) -> list[tuple[str, str]]:
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION \
            or not isinstance(data.get("entries"), list):
        raise ConfigError("not a claim checker baseline (version 1 with `entries`)",
                          file=path, hint="write one with --write-baseline FILE")
    keys = []
    for number, entry in enumerate(data["entries"], 1):
        claim_id = entry.get("id") if isinstance(entry, dict) else None
        digest = entry.get("text_sha256") if isinstance(entry, dict) else None
        if not isinstance(claim_id, str) or not isinstance(digest, str):
            raise ConfigError(f"baseline entry {number} needs `id` and `text_sha256`",
                              file=path, hint="write the file again with --write-baseline")
        keys.append((claim_id, digest))
    return keys


def match_baseline(baseline: Baseline, report: Report, gate: Gate) -> BaselineStatus:
    """Which failing claims of REPORT BASELINE excuses, and which entries match none."""
    failing = {claim_key(r.claim) for r in report.results if gate.would_fail(r)}
    suppressed = tuple(r.claim.id for r in report.results
                       if gate.would_fail(r) and baseline.matches(claim_key(r.claim)))
    if baseline.by_text:
        digests = {digest for _, digest in failing}
        stale = tuple(sorted(key for key in baseline.keys if key[1] not in digests))
    else:
        stale = tuple(sorted(baseline.keys - failing))
    return BaselineStatus(file=baseline.file, suppressed=suppressed, stale=stale)


def baseline_of(report: Report, gate: Gate, file: str, by_text: bool = False) -> Baseline:
    """A baseline holding every claim of REPORT that fails GATE now (ignoring any baseline)."""
    keys = frozenset(claim_key(r.claim) for r in report.results if gate.would_fail(r))
    return Baseline(file=file, keys=keys, by_text=by_text)


def dump_baseline(report: Report, gate: Gate, by_text: bool = False) -> str:
    """The baseline file for REPORT: its failing claims, sorted, as JSON text."""
    entries = sorted(
        ({"id": claim_id, "text_sha256": digest, "verdict": r.verdict, "text": r.claim.text}
         for r in report.results if gate.would_fail(r)
         for claim_id, digest in [claim_key(r.claim)]),
        key=lambda entry: (entry["id"], entry["text_sha256"]))
    data: dict[str, Any] = {"version": BASELINE_VERSION, "claims_file": report.claims_file}
    if by_text:
        data["match"] = MATCH_TEXT
    data["entries"] = entries
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def stale_note(status: BaselineStatus) -> str:
    """One line for standard error about entries that match no failing claim; '' if none."""
    if not status.stale:
        return ""
    ids = ", ".join(claim_id for claim_id, _ in status.stale)
    count = len(status.stale)
    entries = "entry no longer matches" if count == 1 else "entries no longer match"
    return (f"{status.file}: {count} baseline {entries} a failing claim: {ids} "
            "(fixed, edited or removed; update the file with --write-baseline)")
