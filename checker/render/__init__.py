"""Renderers: turn a ``Report`` (or quoted passages) into the text of one format.

One module per format; this registry maps a format name to the module and
function that renders it, imported only when used. Adding a format is adding
a module with ``render(report, options) -> str`` and a line in ``FORMATS``
(and, if it can show ``checker quote`` results, a line in ``QUOTE_FORMATS``).

Renderers return text (bytes for a format in ``BINARY_FORMATS``, such as
xlsx, which the CLI only writes to files); they never print, write files or
decide exit codes.
Which claims fail is the ``Gate``'s answer (``checker.gate``), passed
in the options, so every format agrees with the exit status. A module may
define ``check_options(options)`` raising ``ConfigError`` when it needs
options the others do not (``claimreview``: publisher and review URL); the
CLI calls it through ``check_options`` before doing any work.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from checker.errors import ConfigError
from checker.gate import Gate
from checker.model import Quote, Report, Stance


@dataclass(frozen=True)
class RenderOptions:
    """How to render, as decided by the CLI."""

    color: bool = False
    """ANSI colour; only ever honoured by human formats."""
    quiet: bool = False
    """Less detail: for text, one line per failing claim and the summary."""
    gate: Gate = field(default_factory=Gate)
    """Which claims fail the run (and which are baselined)."""
    publisher: str = ""
    """The organisation publishing fact checks (``claimreview``)."""
    review_url: str = ""
    """The page the fact checks are published on (``claimreview``)."""
    link_root: str = ""
    """Path from the folder the report is written to back to the current folder
    ('' when they are the same), so links in a page written elsewhere still work."""
    citation_style: str = ""
    """``checker quote``: plain, markdown or footnote citations under each
    passage ('' for none)."""


ReportRenderer = Callable[[Report, RenderOptions], str | bytes]
QuoteRenderer = Callable[[str, Sequence[Quote], RenderOptions], str]

# name → "module:function"
FORMATS: dict[str, str] = {
    "text": "checker.render.text:render",
    "json": "checker.render.json_report:render",
    "jsonl": "checker.render.jsonl:render",
    "junit": "checker.render.junit:render",
    "sarif": "checker.render.sarif:render",
    "github": "checker.render.github:render",
    "gitlab": "checker.render.gitlab:render",
    "markdown": "checker.render.markdown:render",
    "html": "checker.render.html:render",
    "claimreview": "checker.render.claimreview:render",
    "csv": "checker.render.csv_report:render",
    "xlsx": "checker.render.xlsx_report:render",
}
HUMAN_FORMATS = frozenset({"text"})
"""Formats that may be coloured; every other format is never coloured."""
BINARY_FORMATS = frozenset({"xlsx"})
"""Formats rendered as bytes, not text: written to files only, never to standard output."""
QUOTE_FORMATS: dict[str, str] = {
    "text": "checker.render.text:render_quotes",
    "json": "checker.render.json_report:render_quotes",
}


def _load_target(registry: dict[str, str], name: str) -> tuple[str, str]:
    try:
        target = registry[name]
    except KeyError:
        raise ConfigError(f"unknown format '{name}'",
                          hint=f"choose one of: {', '.join(sorted(registry))}") from None
    module_name, _, function = target.partition(":")
    return module_name, function


def _load(registry: dict[str, str], name: str) -> Any:
    module_name, function = _load_target(registry, name)
    return getattr(importlib.import_module(module_name), function)


def get_renderer(name: str) -> ReportRenderer:
    """The report renderer registered as NAME; ConfigError if there is none."""
    return _load(FORMATS, name)


def check_options(name: str, options: RenderOptions) -> None:
    """ConfigError when format NAME cannot render with OPTIONS (a missing option)."""
    module_name = _load_target(FORMATS, name)[0]
    checker_function = getattr(importlib.import_module(module_name), "check_options", None)
    if checker_function is not None:
        checker_function(options)


def get_quote_renderer(name: str) -> QuoteRenderer:
    """The renderer of ``checker quote`` results registered as NAME."""
    return _load(QUOTE_FORMATS, name)


def render(report: Report, fmt: str,
           options: RenderOptions = RenderOptions()) -> str | bytes:
    """REPORT in format FMT: text, or bytes for the BINARY_FORMATS."""
    return get_renderer(fmt)(report, options)


def render_quotes(text: str, quotes: Sequence[Quote | Stance], fmt: str,
                  options: RenderOptions = RenderOptions()) -> str:
    """The passages ``checker quote`` found for TEXT, in format FMT (bare stances
    are quotes without context)."""
    as_quotes = [q if isinstance(q, Quote) else Quote(q) for q in quotes]
    return get_quote_renderer(fmt)(text, as_quotes, options)
