"""Renderers: turn a ``Report`` (or quoted passages) into the text of one format.

One module per format; this registry maps a format name to the module and
function that renders it, imported only when used. Adding a format is adding
a module with ``render(report, options) -> str`` and a line in ``FORMATS``
(and, if it can show ``checker quote`` results, a line in ``QUOTE_FORMATS``).

Renderers return text; they never print, write files or decide exit codes.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from checker.errors import ConfigError
from checker.model import Report, Stance


@dataclass(frozen=True)
class RenderOptions:
    """How to render, as decided by the CLI."""

    color: bool = False
    """ANSI colour; only ever honoured by human formats."""
    quiet: bool = False
    """Less detail: for text, one line per claim and the summary."""


ReportRenderer = Callable[[Report, RenderOptions], str]
QuoteRenderer = Callable[[str, Sequence[Stance], RenderOptions], str]

# name → "module:function"
FORMATS: dict[str, str] = {
    "text": "checker.render.text:render",
    "json": "checker.render.json_report:render",
}
QUOTE_FORMATS: dict[str, str] = {
    "text": "checker.render.text:render_quotes",
    "json": "checker.render.json_report:render_quotes",
}


def _load(registry: dict[str, str], name: str) -> Any:
    try:
        target = registry[name]
    except KeyError:
        raise ConfigError(f"unknown format '{name}'",
                          hint=f"choose one of: {', '.join(sorted(registry))}") from None
    module_name, _, function = target.partition(":")
    return getattr(importlib.import_module(module_name), function)


def get_renderer(name: str) -> ReportRenderer:
    """The report renderer registered as NAME; ConfigError if there is none."""
    return _load(FORMATS, name)


def get_quote_renderer(name: str) -> QuoteRenderer:
    """The renderer of ``checker quote`` results registered as NAME."""
    return _load(QUOTE_FORMATS, name)


def render(report: Report, fmt: str, options: RenderOptions = RenderOptions()) -> str:
    """REPORT in format FMT."""
    return get_renderer(fmt)(report, options)


def render_quotes(text: str, stances: Sequence[Stance], fmt: str,
                  options: RenderOptions = RenderOptions()) -> str:
    """The passages ``checker quote`` found for TEXT, in format FMT."""
    return get_quote_renderer(fmt)(text, stances, options)
