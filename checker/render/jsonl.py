"""JSON Lines: one claim per line, for ``jq``, log shippers and spreadsheets.

Each line is one element of the JSON report's ``claims`` list (the same
``Report.to_dict()`` shape, so the same fields and rounding), written compactly
in report order. There is no summary line: count the lines by verdict.

JSON allows U+0085, U+2028 and U+2029 raw inside strings, but many line
readers (Python's ``str.splitlines``, JavaScript) break lines there, so they
are written as ``\\uXXXX`` escapes: one claim is always exactly one line.
"""
from __future__ import annotations

import json

from checker.model import Report
from checker.render import RenderOptions

_LINE_BREAKS = {ord(c): f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"}


def render(report: Report, options: RenderOptions) -> str:
    """One compact JSON object per claim, each ending with a newline."""
    return "".join(_line(claim) for claim in report.to_dict()["claims"])


def _line(claim: dict) -> str:
    text = json.dumps(claim, ensure_ascii=False, separators=(",", ":"))
    # These characters can only occur inside JSON strings, where \u escapes mean the same.
    return text.translate(_LINE_BREAKS) + "\n"
