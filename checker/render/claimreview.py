"""schema.org ClaimReview JSON-LD: one fact check per claim, for publishers.

A JSON array with one ``ClaimReview`` per claim, ready to embed in a page in
``<script type="application/ld+json">``: the claim (``claimReviewed``), the
review's address (the review URL with the claim id as fragment), the
publisher as ``author``, the passages relied on as ``citation`` and a
``reviewRating`` whose ``alternateName`` names the verdict. The rating's
explanation says what the checker can say: the verdict is relative to the
given sources, not a judgement of the claim's truth in general.

There is no ``datePublished``: the report must be byte-identical across runs;
the publishing system adds the date. The publisher name and review URL come
from options (``--publisher``, ``--review-url`` or configuration); without
them this format cannot be rendered (``check_options`` raises ``ConfigError``).
"""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote, urldefrag, urlsplit

from checker.errors import ConfigError
from checker.model import ClaimResult, Report, Verdict
from checker.render import RenderOptions
from checker.render.common import evidence_place, plural

RATING_NAMES = {
    Verdict.SUPPORTED: "Supported by the sources",
    Verdict.CONTRADICTED: "Contradicted by the sources",
    Verdict.NOT_FOUND: "Not found in the sources",
    Verdict.CONFLICTING: "Conflicting: the sources disagree",
}


def check_options(options: RenderOptions) -> None:
    """ConfigError unless a publisher name and an http(s) review URL are given."""
    if not options.publisher.strip():
        raise ConfigError("the claimreview format needs the publisher's name",
                          hint="pass --publisher NAME or set publisher in the configuration")
    if not options.review_url.strip():
        raise ConfigError("the claimreview format needs the URL the reviews are published at",
                          hint="pass --review-url URL or set review-url in the configuration")
    parts = urlsplit(options.review_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"review URL '{options.review_url}' is not an http(s) address",
                          hint="give the full address, e.g. https://example.org/fact-checks")


def render(report: Report, options: RenderOptions) -> str:
    """The ClaimReview objects as a JSON array, ending with a newline."""
    check_options(options)
    reviews = [_review(report, result, options) for result in report.results]
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"


def _review(report: Report, result: ClaimResult, options: RenderOptions) -> dict[str, Any]:
    claim = result.claim
    organisation = {"@type": "Organization", "name": options.publisher.strip()}
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{urldefrag(options.review_url.strip())[0]}#{quote(claim.id, safe='')}",
        "identifier": claim.id,
        "claimReviewed": claim.text,
        "itemReviewed": {"@type": "Claim", "text": claim.text},
        "author": organisation,
        "publisher": organisation,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": RATING_NAMES.get(result.verdict, result.verdict),
            "name": result.verdict,
            "ratingExplanation": _explanation(report, result),
        },
    }
    if result.reason:
        review["reviewBody"] = result.reason
    if result.evidence:
        review["citation"] = [{"@type": "CreativeWork", "name": evidence_place(evidence),
                               "text": evidence.excerpt} for evidence in result.evidence]
    return review


def _explanation(report: Report, result: ClaimResult) -> str:
    sources = plural(len(report.sources), "source document") if report.sources else "sources"
    scope = (f"This rating is relative to the given {sources} only; it says what they state, "
             "not whether the claim is true in general.")
    return f"{scope} {result.reason}" if result.reason else scope
