"""The command line: parse options, call the library, render, write, exit.

Commands: ``verify CLAIMS`` (also ``checker verify``) and ``checker quote
TEXT``. Each command function returns an ``ExitCode``; ``run`` is the one
error boundary (a ``CheckerError`` becomes one line on stderr and exit 2) and
only the console entry points raise ``SystemExit``. The judging itself is
``checker.pipeline``; this module holds no checking logic.
"""
from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import NoReturn

import click

from checker import __version__
from checker.claims import ClaimsFile, load_claims
from checker.cli.exit_codes import ExitCode
from checker.cli.output import check_output_path, wants_color, write_payload
from checker.errors import CheckerError, ConfigError, LexiconError, SourceError
from checker.model import VERDICTS, Report
from checker.render import FORMATS, QUOTE_FORMATS, RenderOptions, render, render_quotes

DEFAULT_FAIL_ON = "contradicted,not_found,conflicting"
DEFAULT_SOURCES = "seeds"
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _source_options(command: Callable) -> Callable:
    command = click.option(
        "--lexicon", "lexicons", multiple=True, metavar="FILE",
        help="A user lexicon (YAML) to add to the bundled ones. Repeatable.")(command)
    return click.option(
        "--sources", "sources", multiple=True, metavar="PATH",
        help="Source file or folder. Repeatable. Default: the claims file's `sources:`, "
             "else seeds/ in the current folder.")(command)


def _output_options(command: Callable) -> Callable:
    for option in reversed((
        click.option("--output", "-o", metavar="FILE",
                     help="Write the payload to FILE (atomically) instead of standard output."),
        click.option("--no-color", is_flag=True, help="Never colour the output."),
        click.option("-q", "--quiet", is_flag=True, help="Less output; no status messages."),
    )):
        command = option(command)
    return command


@click.command("verify", context_settings=CONTEXT_SETTINGS)
@click.argument("claims_path", metavar="CLAIMS")
@_source_options
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text",
              show_default=True, help="Report format.")
@click.option("--fail-on", default=DEFAULT_FAIL_ON, show_default=True, metavar="VERDICTS",
              help="Comma-separated verdicts that make the run exit 1 ('' for none).")
@_output_options
def verify_command(claims_path: str, sources: tuple[str, ...], lexicons: tuple[str, ...],
                   fmt: str, fail_on: str, output: str | None, no_color: bool,
                   quiet: bool) -> ExitCode:
    """Check every claim in CLAIMS (a YAML file) against the sources."""
    gate = parse_fail_on(fail_on)
    check_output_path(output)
    claims_file = load_claims(claims_path)
    source_paths = resolve_sources(sources, claims_file)
    lexicon_paths = resolve_lexicons(lexicons, claims_file)
    from checker import pipeline  # late: bad input is reported without loading the stages

    report = pipeline.verify_claims(claims_file.claims, source_paths, lexicon_paths,
                                    claims_file=claims_path)
    options = RenderOptions(color=wants_color(no_color, output), quiet=quiet)
    write_payload(render(report, fmt, options), output)
    if not quiet:
        _report_status(report, fmt, output)
    failed = any(result.verdict in gate for result in report.results)
    return ExitCode.GATE_FAILED if failed else ExitCode.OK


@click.command("quote", context_settings=CONTEXT_SETTINGS)
@click.argument("text")
@_source_options
@click.option("--top", type=click.IntRange(min=1), default=5, show_default=True,
              help="How many passages to show.")
@click.option("--format", "fmt", type=click.Choice(sorted(QUOTE_FORMATS)), default="text",
              show_default=True, help="Output format.")
@_output_options
def quote_command(text: str, sources: tuple[str, ...], lexicons: tuple[str, ...], top: int,
                  fmt: str, output: str | None, no_color: bool, quiet: bool) -> ExitCode:
    """Rank the passages that support TEXT (then those that contradict it), with citations."""
    if not text.strip():
        raise ConfigError("TEXT is empty", hint="give the sentence to find support for")
    check_output_path(output)
    source_paths = resolve_sources(sources, None)
    lexicon_paths = resolve_lexicons(lexicons, None)
    from checker import pipeline

    stances = pipeline.quote_passages(text, source_paths, lexicon_paths, top=top)
    options = RenderOptions(color=wants_color(no_color, output), quiet=quiet)
    write_payload(render_quotes(text, stances, fmt, options), output)
    return ExitCode.OK


@click.group("checker", context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="checker")
def checker_group() -> None:
    """Check factual claims against a folder of source documents."""


checker_group.add_command(verify_command)
checker_group.add_command(quote_command)


# -- option handling -----------------------------------------------------------

def parse_fail_on(value: str) -> frozenset[str]:
    """The verdicts named in a --fail-on value ('not-found' is accepted too)."""
    names = [part.strip().lower().replace("-", "_") for part in value.split(",")]
    names = [name for name in names if name]
    unknown = [name for name in names if name not in VERDICTS]
    if unknown:
        raise ConfigError(f"--fail-on: unknown verdict '{unknown[0]}'",
                          hint=f"use a comma-separated list of: {', '.join(VERDICTS)}")
    return frozenset(names)


def resolve_sources(given: Sequence[str], claims_file: ClaimsFile | None) -> tuple[str, ...]:
    """--sources if given, else the claims file's ``sources:``, else seeds/ here."""
    if given:
        paths, origin, line = tuple(given), None, None
        hint = "check the --sources path"
    elif claims_file is not None and claims_file.sources:
        paths, origin, line = claims_file.sources, claims_file.path, claims_file.sources_line
        hint = "fix `sources:` in the claims file, or pass --sources"
    else:
        if not os.path.isdir(DEFAULT_SOURCES):
            raise SourceError("no sources: no --sources, no `sources:` key in the claims "
                              "file and no seeds/ folder here",
                              hint="pass --sources PATH")
        return (DEFAULT_SOURCES,)
    for path in paths:
        if not os.path.exists(path):
            if origin is None:
                raise SourceError("source not found", file=path, hint=hint)
            raise SourceError(f"source {path} not found", file=origin, line=line, hint=hint)
    return paths


def resolve_lexicons(given: Sequence[str], claims_file: ClaimsFile | None) -> tuple[str, ...]:
    """The claims file's ``lexicons:`` then --lexicon files, each once."""
    from_file = claims_file.lexicons if claims_file is not None else ()
    for path in given:
        if not os.path.isfile(path):
            raise LexiconError("lexicon file not found", file=path,
                               hint="check the --lexicon path")
    for path in from_file:
        if not os.path.isfile(path):
            raise LexiconError(f"lexicon {path} not found", file=claims_file.path,
                               line=claims_file.lexicons_line,
                               hint="fix `lexicons:` in the claims file")
    return tuple(dict.fromkeys((*from_file, *given)))


def _report_status(report: Report, fmt: str, output: str | None) -> None:
    """The summary on stderr when the payload does not already show it."""
    from checker.render.text import summary_line

    if output not in (None, "-"):
        click.echo(f"{summary_line(report)}; report written to {output}", err=True)
    elif fmt != "text":
        click.echo(summary_line(report), err=True)


# -- the error boundary and entry points ---------------------------------------

def run(command: click.Command, argv: Sequence[str] | None = None,
        prog_name: str | None = None) -> int:
    """Run COMMAND on ARGV and return the exit code; never raises SystemExit.

    The one place errors are turned into messages: a ``CheckerError`` is
    printed as one line, a usage error as click shows it, Ctrl-C as exit 130,
    and anything else (a bug) as its traceback with exit 2.
    """
    try:
        result = command.main(args=list(argv) if argv is not None else None,
                              prog_name=prog_name, standalone_mode=False)
    except CheckerError as error:
        click.echo(" ".join(str(error).splitlines()), err=True)
        return ExitCode.ERROR
    except click.ClickException as error:
        error.show()
        return ExitCode.ERROR
    except (click.Abort, KeyboardInterrupt):
        click.echo("interrupted", err=True)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return ExitCode.ERROR
    except Exception:  # noqa: BLE001 - the boundary for bugs; re-raising would exit 1
        # A bug, not a user error: show the traceback, but exit 2, because
        # Python's default exit 1 would tell CI that a claim failed the gate.
        traceback.print_exc()
        click.echo("internal error: this is a bug in the checker; please report it with "
                   "the traceback above", err=True)
        return ExitCode.ERROR
    return int(result) if result is not None else ExitCode.OK


def _silence_stdout() -> None:
    # The reader went away (`verify ... | head`): stop Python from failing
    # again when it flushes standard output at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def verify_main(argv: Sequence[str] | None = None) -> int:
    """``verify ARGV...``; returns the exit code."""
    return run(verify_command, argv, prog_name="verify")


def checker_main(argv: Sequence[str] | None = None) -> int:
    """``checker ARGV...``; returns the exit code."""
    return run(checker_group, argv, prog_name="checker")


def verify_entry() -> NoReturn:
    """Console script ``verify``."""
    raise SystemExit(verify_main())


def checker_entry() -> NoReturn:
    """Console script ``checker``."""
    raise SystemExit(checker_main())


if __name__ == "__main__":
    checker_entry()
