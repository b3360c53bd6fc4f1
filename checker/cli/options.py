"""The options of ``verify``, merged: command line > environment > configuration file.

``resolve_verify_options`` takes what click parsed, asks click which options
were really given on the command line, and fills the rest from the
``Settings`` of ``checker.cli.config`` and then from the built-in defaults. It
checks what click cannot (verdict names, FORMAT=PATH pairs, two reports on
one file, a binary format such as xlsx bound for standard output) and
resolves ``auto``. Nothing here reads claims or runs checks.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from checker.cli.config import Settings, parse_report_spec
from checker.errors import ConfigError
from checker.gate import DEFAULT_FAIL_ON
from checker.model import VERDICTS
from checker.render import BINARY_FORMATS, FORMATS

DEFAULT_FAIL_ON_TEXT = ",".join(v for v in VERDICTS if v in DEFAULT_FAIL_ON)
FORMAT_CHOICES = (*sorted(FORMATS), "auto")


@dataclass(frozen=True)
class VerifyOptions:
    """Everything ``verify`` needs to know besides the claims and sources."""

    fmt: str
    """The payload's format, ``auto`` resolved."""
    output: str | None
    color: str
    """auto, always or never (``--no-color`` is never)."""
    quiet: bool
    fail_on: frozenset[str]
    min_confidence: float
    exit_zero: bool
    baseline: str | None
    write_baseline: str | None
    reports: tuple[tuple[str, str], ...]
    """(format, path) of each extra report, ``auto`` resolved."""
    publisher: str
    review_url: str


def resolve_verify_options(ctx: click.Context, given: Mapping[str, Any], settings: Settings,
                           environ: Mapping[str, str],
                           claims_paths: str | Sequence[str]) -> VerifyOptions:
    """The options that apply, from GIVEN (click's values), SETTINGS and the defaults."""
    def pick(param: str, key: str, default: Any) -> Any:
        if ctx.get_parameter_source(param) == ParameterSource.COMMANDLINE:
            return given[param]
        return settings.values.get(key, default)

    fail_on = pick("fail_on", "fail_on", DEFAULT_FAIL_ON_TEXT)
    color = "never" if given.get("no_color") else pick("color", "color", "auto")
    if ctx.get_parameter_source("reports") == ParameterSource.COMMANDLINE:
        reports = tuple(_report_option(spec) for spec in given["reports"])
    else:
        reports = tuple(settings.values.get("reports", ()))
    reports = tuple((resolve_format(fmt, environ), path) for fmt, path in reports)
    options = VerifyOptions(
        fmt=resolve_format(pick("fmt", "format", "text"), environ),
        output=given.get("output"),
        color=color,
        quiet=bool(pick("quiet", "quiet", False)),
        fail_on=parse_fail_on(fail_on),
        min_confidence=float(pick("min_confidence", "min_confidence", 0.0)),
        exit_zero=bool(pick("exit_zero", "exit_zero", False)),
        baseline=pick("baseline", "baseline", None),
        write_baseline=given.get("write_baseline"),
        reports=reports,
        publisher=pick("publisher", "publisher", "") or "",
        review_url=pick("review_url", "review_url", "") or "",
    )
    _check_targets(options, (claims_paths,) if isinstance(claims_paths, str) else claims_paths)
    _check_binary_payload(options)
    return options


def parse_fail_on(value: str | tuple[str, ...] | list[str]) -> frozenset[str]:
    """The verdicts named in a --fail-on value ('not-found' is accepted too)."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    names = [part.strip().lower().replace("-", "_") for part in parts]
    names = [name for name in names if name]
    unknown = [name for name in names if name not in VERDICTS]
    if unknown:
        raise ConfigError(f"--fail-on: unknown verdict '{unknown[0]}'",
                          hint=f"use a comma-separated list of: {', '.join(VERDICTS)}")
    return frozenset(names)


def resolve_format(fmt: str, environ: Mapping[str, str]) -> str:
    """``auto`` → ``github`` under GitHub Actions (GITHUB_ACTIONS=true), else ``text``."""
    if fmt != "auto":
        return fmt
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"


def _report_option(spec: str) -> tuple[str, str]:
    hint = "write --report FORMAT=PATH, e.g. --report junit=reports/claims.xml"
    try:
        fmt, path = parse_report_spec(spec)
    except ValueError as exc:
        raise ConfigError(f"--report: {exc}", hint=hint) from None
    if fmt not in FORMAT_CHOICES:
        raise ConfigError(f"--report: unknown format '{fmt}'",
                          hint=f"choose one of: {', '.join(FORMAT_CHOICES)}")
    if path == "-":
        raise ConfigError("--report: a report needs a file, not '-'",
                          hint="use --format for standard output")
    return fmt, path


def _check_binary_payload(options: VerifyOptions) -> None:
    """A binary format (xlsx) goes to a file: on a terminal or in a pipe it is garbage."""
    if options.fmt in BINARY_FORMATS and options.output in (None, "-"):
        raise ConfigError(f"--format {options.fmt} writes a binary file, not text for "
                          "standard output",
                          hint=f"add --output FILE.{options.fmt}, or use --report "
                               f"{options.fmt}=FILE.{options.fmt}")


def _check_targets(options: VerifyOptions, claims_paths: Sequence[str]) -> None:
    """No two reports (nor the baseline being written) into one file, none over the claims."""
    seen: dict[Path, str] = {Path(path).resolve(): "the claims file" for path in claims_paths}
    targets = [(f"--report {fmt}={path}", path) for fmt, path in options.reports]
    if options.output not in (None, "-"):
        targets.insert(0, (f"--output {options.output}", options.output))
    if options.write_baseline:
        targets.append((f"--write-baseline {options.write_baseline}", options.write_baseline))
    for what, path in targets:
        key = Path(path).resolve()
        if key in seen:
            raise ConfigError(f"{what} and {seen[key]} name the same file",
                              hint="give each report its own file")
        seen[key] = what
