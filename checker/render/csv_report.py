"""CSV: one row per claim, for desks that sort and filter their claims in a sheet.

Columns, in this order: ``id``, ``line`` (the claim's line in a YAML claims
file, or its row in a sheet), ``text``, ``verdict``, ``confidence``,
``reason``, ``evidence`` (``file:line`` of the most decisive passage),
``excerpt`` (that passage as written), then the claims file's extra keys or
columns, sorted by name; an extra column named like a fixed one gets the
prefix ``extra.``. The rows come from ``Report.to_dict()`` (the same fields
and rounding as the JSON report), in report order.

Bytes are deterministic: UTF-8 without BOM, LF line ends, a fixed column
order, every cell written as text by us (pandas only quotes). A cell that
would start a formula (``=``, ``+``, ``-``, ``@``, tab or CR) gets a leading
``'`` so a spreadsheet shows it instead of running it: excerpts come from
sources the desk does not control. Plain numbers (``-5``, ``+3.2%``) are
left alone. ``claim_table`` and ``evidence_table`` are shared with the xlsx
renderer.
"""
from __future__ import annotations

import json
import re
from typing import Any

from checker.model import Report
from checker.render import RenderOptions

CLAIM_COLUMNS = ("id", "line", "text", "verdict", "confidence", "reason", "evidence",
                 "excerpt")
EVIDENCE_COLUMNS = ("id", "rank", "source", "line", "start", "end", "stance", "score",
                    "excerpt", "compared", "location")
"""One row per evidence item (xlsx second sheet); ``rank`` 1 is the most decisive,
``start``/``end`` are the JSON report's 0-based offsets in the line; ``location``
is where a passage from a PDF, Word file or web page is (``report.pdf:p12:3``)."""
EXTRA_PREFIX = "extra."

Cell = str | int | float | None

# Matches a cell a spreadsheet would read as a formula: "=HYPERLINK(...)",
# "+1+cmd|...", "-2+3", "@SUM(A1)", "\t=..." (OWASP "CSV injection").
_FORMULA_START = re.compile(r"[=+\-@\t\r]")
# Matches plain numbers, which are safe: "-5", "+3.2%", "-1,000.5".
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)*%?")


def render(report: Report, options: RenderOptions) -> str:
    """The claims table as CSV text ending with a newline."""
    import pandas as pd

    headers, rows = claim_table(report)
    frame = pd.DataFrame([[_csv_cell(cell) for cell in row] for row in rows],
                         columns=[_csv_cell(h) for h in headers], dtype=object)
    return frame.to_csv(index=False, lineterminator="\n")


def claim_table(report: Report) -> tuple[list[str], list[list[Cell]]]:
    """(headers, rows): one row per claim, in report order."""
    claims = report.to_dict()["claims"]
    extra_names = sorted({name for claim in claims for name in claim.get("extra", {})})
    fixed = {name.casefold() for name in CLAIM_COLUMNS}
    headers = [*CLAIM_COLUMNS,
               *(EXTRA_PREFIX + name if name.casefold() in fixed else name
                 for name in extra_names)]
    rows: list[list[Cell]] = []
    for claim in claims:
        best = claim["evidence"][0] if claim["evidence"] else None
        extra = claim.get("extra", {})
        rows.append([
            claim["id"], claim.get("line"), claim["text"], claim["verdict"],
            claim["confidence"], claim["reason"],
            _where(best) if best else None,
            best["excerpt"] if best else None,
            *(_extra_cell(extra.get(name)) for name in extra_names),
        ])
    return headers, rows


def evidence_table(report: Report) -> tuple[list[str], list[list[Cell]]]:
    """(headers, rows): one row per evidence item, claims in report order,
    each claim's evidence most decisive first."""
    rows: list[list[Cell]] = []
    for claim in report.to_dict()["claims"]:
        for rank, item in enumerate(claim["evidence"], start=1):
            compared = "; ".join(f"{c['claim_value']} → {c['source_value']}"
                                 for c in item.get("compared", ()))
            rows.append([claim["id"], rank, item["source"], item["line"], item["start"],
                         item["end"], item["stance"], item["score"], item["excerpt"],
                         compared or None, item.get("location", {}).get("cite")])
    return list(EVIDENCE_COLUMNS), rows


def _where(evidence: dict[str, Any]) -> str:
    """``file:line``, or where a PDF or Word passage is (``report.pdf:p12:3``)."""
    location = evidence.get("location")
    if location and location["format"] in ("pdf", "docx"):
        return location["cite"]
    return f"{evidence['source']}:{evidence['line']}"


def _extra_cell(value: Any) -> Cell:
    """A value passed through from the claims file: text and numbers as they
    are, anything else (true, lists, mappings from YAML) as compact JSON."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def _csv_cell(cell: Cell) -> str:
    if cell is None:
        return ""
    if not isinstance(cell, str):
        return str(cell)
    if _FORMULA_START.match(cell) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell
