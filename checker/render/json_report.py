"""The JSON report: ``Report.to_dict()`` as pretty JSON, the contract's shape.

Every machine format is fed from ``Report.to_dict()``; this one only dumps it.
Keys keep the order ``to_dict`` gives; non-ASCII text is written as is
(UTF-8), so excerpts stay readable. The output validates against
``schemas/report.schema.json``.

When a baseline was used, an optional top-level ``baseline`` object follows
the claims: the baseline file, the ids of the claims it excused and the
entries that no longer match a failing claim. Without one the report is
exactly ``to_dict()``.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from checker.model import (
    Bearing,
    Passage,
    Quote,
    Report,
    Stance,
    comparisons_to_dicts,
    location_to_dict,
)
from checker.render import RenderOptions
from checker.render.cite import STYLES, cite


def render(report: Report, options: RenderOptions) -> str:
    """The report as JSON text ending with a newline; never coloured."""
    return json.dumps(report_data(report, options), ensure_ascii=False, indent=2,
                      sort_keys=False) + "\n"


def report_data(report: Report, options: RenderOptions) -> dict[str, Any]:
    """``report.to_dict()`` plus the ``baseline`` object when a baseline was used."""
    data = report.to_dict()
    baseline = options.gate.baseline
    if baseline is not None:
        data["baseline"] = {
            "file": baseline.file,
            "suppressed": list(baseline.suppressed),
            "stale": [{"id": claim_id, "text_sha256": digest}
                      for claim_id, digest in baseline.stale],
        }
    return data


def render_quotes(text: str, quotes: Sequence[Quote], options: RenderOptions) -> str:
    """``checker quote`` results: the text and its passages, supporting ones
    first; each with its neighbours (when asked) and ready-made citations."""
    payload = {
        "schema_version": "1",
        "text": text,
        "passages": [_quote_to_dict(quote, number)
                     for number, quote in enumerate(quotes, start=1)],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _quote_to_dict(quote: Quote, number: int) -> dict[str, Any]:
    out = _stance_to_dict(quote.stance)
    if quote.before or quote.after:
        out["context_before"] = [_neighbour(p) for p in quote.before]
        out["context_after"] = [_neighbour(p) for p in quote.after]
    if quote.location is not None:
        out["location"] = location_to_dict(quote.stance.passage.source, quote.location)
    if quote.stance.stance == Bearing.SUPPORTS:
        out["citations"] = {style: cite(quote.stance.passage, style, number,
                                        location=quote.location) for style in STYLES}
    return out


def _neighbour(passage: Passage) -> dict[str, Any]:
    return {"source": passage.source, "line": passage.line, "start": passage.start,
            "end": passage.end, "excerpt": passage.excerpt}


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
        out["compared"] = comparisons_to_dicts(stance.comparisons)
    return out
