"""The JSON report: ``Report.to_dict()`` as pretty JSON, the contract's shape.

Every machine format is fed from ``Report.to_dict()``; this one only dumps it.
Keys keep the order ``to_dict`` gives; non-ASCII text is written as is
(UTF-8), so excerpts stay readable. The output validates against
``schemas/report.schema.json``.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from checker.model import Report, Stance
from checker.render import RenderOptions


def render(report: Report, options: RenderOptions) -> str:
    """The report as JSON text ending with a newline; never coloured."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def render_quotes(text: str, stances: Sequence[Stance], options: RenderOptions) -> str:
    """``checker quote`` results: the text and its passages, best first."""
    payload = {
        "schema_version": "1",
        "text": text,
        "passages": [_stance_to_dict(stance) for stance in stances],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _stance_to_dict(stance: Stance) -> dict[str, Any]:
    # Same field names and rounding as evidence in the verify report.
    passage = stance.passage
    out: dict[str, Any] = {
        "source": passage.source,
        "line": passage.line,
        "start": passage.start,
        "end": passage.end,
        "stance": stance.stance,
        "score": float(f"{stance.score:.3f}"),
        "reason": stance.reason,
        "excerpt": passage.excerpt,
    }
    if stance.comparisons:
        out["compared"] = [
            {
                "claim_value": c.claim_value,
                "source_value": c.source_value,
                "claim_normalised": c.claim_normalised,
                "source_normalised": c.source_normalised,
                "tolerance": c.tolerance,
            }
            for c in stance.comparisons
        ]
    return out
