"""Several claims files (or drafts) in one run: ``verify a.yaml b.yaml``,
``verify 'claims/*.yaml'``, ``checker check a.md b.md``.

A pattern the shell did not expand (quoted, or on Windows) is expanded here,
sorted, so the same files come in the same order on every machine. When more
than one file is read, each claim carries the file it comes from
(``Claim.claims_file``, the optional ``claims_file`` key of the JSON
report), and an id given in two files is made unique by prefixing the
file's stem (``prices:c1``); ids that do not clash are left as written, so
a baseline written for one file still matches. Nothing here checks a claim.
"""
from __future__ import annotations

import glob
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from checker.errors import ConfigError
from checker.io.claims import ClaimsFile
from checker.model import Claim, Report

_GLOB_CHARS = frozenset("*?[")


def expand_claims_paths(given: Sequence[str], what: str = "claims file") -> tuple[str, ...]:
    """GIVEN with each pattern that names no file expanded (sorted), each file once.

    A pattern that matches nothing is an error (a typo in CI should not pass
    as "nothing to check"); a plain path is left for the loader to report.
    """
    paths: list[str] = []
    for arg in given:
        if os.path.lexists(arg) or not _GLOB_CHARS & set(arg):
            paths.append(arg)
            continue
        matches = sorted(m for m in glob.glob(arg, recursive=True) if os.path.isfile(m))
        if not matches:
            raise ConfigError(f"no {what} matches this pattern", file=arg,
                              hint="check the pattern, or quote it so the shell leaves it to "
                                   "the checker")
        paths.extend(matches)
    first: dict[str, str] = {}
    for path in paths:  # a file named twice (a.yaml 'a*.yaml') is read once
        first.setdefault(os.path.normcase(os.path.abspath(path)), path)
    return tuple(first.values())


def tag_claims(files: Sequence[ClaimsFile], shown: Sequence[str]) -> list[ClaimsFile]:
    """FILES with each claim told its file (SHOWN: the path as reports print
    it) and ids that clash between files prefixed with the file's stem.

    A single file is returned as it is: its reports look as they always did.
    """
    if len(files) < 2:
        return list(files)
    owners: dict[str, int] = {}
    for file in files:
        for claim_id in {claim.id for claim in file.claims}:
            owners[claim_id] = owners.get(claim_id, 0) + 1
    prefixes = _prefixes(shown)
    tagged = []
    for file, display, prefix in zip(files, shown, prefixes):
        claims = tuple(replace(claim, claims_file=display,
                               id=f"{prefix}:{claim.id}" if owners[claim.id] > 1 else claim.id)
                       for claim in file.claims)
        tagged.append(replace(file, claims=claims))
    counts = Counter(claim.id for file in tagged for claim in file.claims)
    clash = next((claim_id for claim_id, count in counts.items() if count > 1), None)
    if clash is not None:
        raise ConfigError(f"claim id '{clash}' is given twice across the claims files, even "
                          "with the file's name before it", hint="rename one of the claims")
    return tagged


def _prefixes(shown: Sequence[str]) -> list[str]:
    """The stem of each file (``claims/prices.yaml`` → ``prices``), or its
    whole path without suffix when two files share a stem."""
    stems = [os.path.splitext(os.path.basename(path))[0] for path in shown]
    return [stem if stems.count(stem) == 1 else os.path.splitext(path)[0]
            for stem, path in zip(stems, shown)]


def merge_reports(reports: Sequence[Report], order: Sequence[Claim]) -> Report:
    """One report from REPORTS (one per set of sources), its results in the
    order of the claims in ORDER (file by file, as given)."""
    if len(reports) == 1:
        return reports[0]
    # Ids are unique across the run (tag_claims), and survive the trip to a
    # worker process, where object identity would not.
    by_id = {result.claim.id: result for report in reports for result in report.results}
    results = tuple(by_id[claim.id] for claim in order)
    warnings = dict.fromkeys(w for report in reports for w in report.meta.get("warnings", ()))
    sources = dict.fromkeys(s for report in reports for s in report.sources)
    return Report(results=results, claims_file=reports[0].claims_file, sources=tuple(sources),
                  meta={"warnings": list(warnings)})


def merge_draft_reports(reports: Sequence[Report], shown: Sequence[str]) -> Report:
    """One report for several drafts (SHOWN: each draft's path as reports
    print it): each claim told its draft, its ``LINE:COLUMN`` id made
    ``draft.md:LINE:COLUMN``, a place a terminal or an editor can open."""
    if len(reports) == 1:
        return reports[0]
    results = tuple(
        replace(result, claim=replace(result.claim, claims_file=display,
                                      id=f"{display}:{result.claim.id}"))
        for report, display in zip(reports, shown) for result in report.results)
    warnings = dict.fromkeys(w for report in reports for w in report.meta.get("warnings", ()))
    sources = dict.fromkeys(s for report in reports for s in report.sources)
    skipped = sum(report.meta.get("skipped_sentences", 0) for report in reports)
    return Report(results=results, sources=tuple(sources),
                  meta={"warnings": list(warnings), "skipped_sentences": skipped})
