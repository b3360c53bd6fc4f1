"""The command line: parse options, call the library, render, write, exit.

Commands: ``verify CLAIMS`` (also ``checker verify``; CLAIMS is YAML or a
.csv/.tsv/.xlsx sheet, told apart by suffix), ``checker quote
TEXT`` and ``checker check DRAFT``. Each command function returns an ``ExitCode``; ``run`` is the one
error boundary (a ``CheckerError`` becomes one line on stderr and exit 2) and
only the console entry points raise ``SystemExit``. The judging itself is
``checker.pipeline``; this module holds no checking logic.
"""
from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

import click
from click.core import ParameterSource

from checker import __version__
from checker.cli.baseline import (
    baseline_of,
    dump_baseline,
    load_baseline,
    match_baseline,
    stale_note,
)
from checker.cli.claims_files import (
    expand_claims_paths,
    merge_draft_reports,
    merge_reports,
    tag_claims,
)
from checker.cli.config import COLOR_MODES, load_settings
from checker.cli.exit_codes import ExitCode
from checker.cli.options import (
    DEFAULT_FAIL_ON_TEXT,
    FORMAT_CHOICES,
    VerifyOptions,
    parse_fail_on,
    resolve_verify_options,
)
from checker.cli.output import (
    append_text,
    check_output_path,
    check_stdout,
    link_root,
    silence_stdout,
    staged_files,
    wants_color,
    write_payload,
)
from checker.cli.process import (
    Terminated,
    import_pipeline,
    on_sigterm,
    raise_terminated,
    reserve_standard_streams,
)
from checker.cli.progress import progress_for
from checker.errors import CheckerError, ConfigError, LexiconError, SourceError
from checker.gate import Gate
from checker.io.claims import ClaimsFile, load_claims
from checker.io.sheets import is_sheet, load_sheet_claims
from checker.model import Report
from checker.render import (
    HUMAN_FORMATS,
    QUOTE_FORMATS,
    RenderOptions,
    check_options,
    render,
    render_quotes,
)
from checker.render.common import printable

DEFAULT_FAIL_ON = DEFAULT_FAIL_ON_TEXT
DEFAULT_SOURCES = "seeds"
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
STEP_SUMMARY = "GITHUB_STEP_SUMMARY"

__all__ = ["checker_main", "parse_fail_on", "run", "verify_main"]


def _source_options(command: Callable, *, claims_file: bool = False) -> Callable:
    """--sources and --lexicon; only ``verify`` reads a claims file's defaults."""
    default = ("the claims file's `sources:`, else seeds/ in the current folder"
               if claims_file else "seeds/ in the current folder")
    command = click.option(
        "--lexicon", "lexicons", multiple=True, metavar="FILE",
        help="A user lexicon (YAML) to add to the bundled ones. Repeatable.")(command)
    return click.option(
        "--sources", "sources", multiple=True, metavar="PATH",
        help=f"Source file or folder (text, .html, .pdf, .docx). Repeatable. "
             f"Default: {default}.")(command)


def _claims_source_options(command: Callable) -> Callable:
    return _source_options(command, claims_file=True)


def _corpus_options(command: Callable, *, builds_only: bool = False) -> Callable:
    """How the sources are read: cache, processes, strictness. BUILDS_ONLY
    (``checker index``): no --no-cache, which would keep nothing, and no judging."""
    work = "analysis" if builds_only else "analysis and judging"
    options = [
        click.option("--cache-dir", metavar="DIR",
                     help="Where to keep the analysed sources between runs "
                          "(default: the user's cache folder, e.g. ~/.cache/claim-checker)."),
        click.option("--no-cache", is_flag=True, help="Analyse the sources afresh; keep nothing."),
        click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
                     metavar="N", help=f"Processes for {work} (0: every core). "
                                       "The output is the same for any N."),
        click.option("--scheduler", metavar="ADDRESS",
                     help=f"Spread the {work} over the Dask cluster whose scheduler is at "
                          "ADDRESS (e.g. tcp://host:8786) instead of --jobs; its workers "
                          "must reach --cache-dir at the same path. Needs the `dask` extra. "
                          "The output is the same."),
        click.option("--strict", is_flag=True,
                     help="A source file that would be skipped (binary, unreadable, damaged) "
                          "is an error."),
    ]
    if builds_only:
        del options[1]
    for option in reversed(options):
        command = option(command)
    return command


def _index_corpus_options(command: Callable) -> Callable:
    return _corpus_options(command, builds_only=True)


def _corpus_kwargs(given: dict) -> dict:
    """The library's ``RunOptions`` fields for --cache-dir/--no-cache/--jobs/--scheduler/--strict,
    removed from GIVEN; without --cache-dir the library's default folder is used."""
    cache_dir = given.pop("cache_dir", None)
    no_cache = given.pop("no_cache", False)
    if no_cache and cache_dir:
        raise ConfigError("--no-cache and --cache-dir contradict each other",
                          hint="give one of them")
    kwargs = {"jobs": given.pop("jobs", 1), "strict": given.pop("strict", False)}
    scheduler = given.pop("scheduler", None)
    if scheduler is not None:
        kwargs["jobs"] = _cluster(scheduler)
        # The workers' current folder is not ours: they need the whole path.
        cache_dir = os.path.abspath(cache_dir) if cache_dir else cache_dir
    if no_cache or cache_dir:
        kwargs["cache_dir"] = None if no_cache else cache_dir
    return kwargs


def _cluster(address: str):
    """The Dask cluster of --scheduler, connected now (a bad address is an
    error before any work) and closed when the command ends."""
    ctx = click.get_current_context()
    if ctx.get_parameter_source("jobs") == ParameterSource.COMMANDLINE:
        raise ConfigError("--jobs and --scheduler contradict each other",
                          hint="give --jobs to run here, --scheduler to run on a Dask cluster")
    from checker.parallel import DaskExecutor

    return ctx.with_resource(DaskExecutor(address))


def _progress(quiet: bool):
    """The progress line on stderr: only on a terminal, never in CI or with --quiet."""
    return progress_for(sys.stderr, quiet)


def _output_options(command: Callable, *,
                    quiet_help: str = "Less output: only the claims that fail, each with "
                                      "its reason on one line; no status messages.") -> Callable:
    for option in reversed((
        click.option("--output", "-o", metavar="FILE",
                     help="Write the payload to FILE (atomically) instead of standard output."),
        click.option("--color", type=click.Choice(COLOR_MODES), default="auto",
                     show_default=True,
                     help="Colour the text format: on a terminal only (auto), always or never."),
        click.option("--no-color", is_flag=True, help="Never colour (same as --color never)."),
        click.option("-q", "--quiet", is_flag=True, help=quiet_help),
    )):
        command = option(command)
    return command


def _quote_output_options(command: Callable) -> Callable:
    return _output_options(command, quiet_help="Less output: each passage without its "
                                               "reason and citation.")


def _gate_options(command: Callable) -> Callable:
    """Options shared by the commands that write a verification report."""
    for option in reversed((
        click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="text",
                     show_default=True,
                     help="Report format; auto is github under GitHub Actions, else text."),
        click.option("--report", "reports", multiple=True, metavar="FORMAT=PATH",
                     help="Also write a report in FORMAT to PATH (atomically, only when the "
                          "run succeeds). Repeatable."),
        click.option("--fail-on", default=DEFAULT_FAIL_ON, show_default=True, metavar="VERDICTS",
                     help="Comma-separated verdicts that make the run exit 1 ('' for none)."),
        click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0,
                     metavar="X", help="A supported claim with a lower confidence fails too."),
        click.option("--exit-zero", is_flag=True,
                     help="Exit 0 even when claims fail (2 still means the run could not be "
                          "done)."),
        click.option("--baseline", metavar="FILE",
                     help="Known failing claims (from --write-baseline): reported, but not "
                          "failing."),
        click.option("--write-baseline", metavar="FILE",
                     help="Record the claims failing now in FILE; they then pass this run."),
        click.option("--publisher", metavar="NAME", help="Publisher name (claimreview format)."),
        click.option("--review-url", metavar="URL",
                     help="Address the reviews are published at (claimreview format)."),
    )):
        command = option(command)
    return command


def _version_option(command: Callable) -> Callable:
    """``--version`` on every command, not only on the group."""
    def show(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
        if value and not ctx.resilient_parsing:
            # The program as typed (verify, checker), also for `checker quote --version`.
            click.echo(f"{ctx.find_root().info_name or 'checker'} {__version__}")
            ctx.exit()

    return click.option("--version", is_flag=True, expose_value=False, is_eager=True,
                        callback=show, help="Show the version and exit.")(command)


@click.command("verify", context_settings=CONTEXT_SETTINGS)
@click.argument("claims_paths", nargs=-1, required=True, metavar="CLAIMS...")
@_claims_source_options
@click.option("--sheet", metavar="NAME",
              help="The worksheet of an .xlsx claims file to read. Default: the first.")
@click.option("--text-column", metavar="NAME",
              help="The column of a .csv/.tsv/.xlsx claims file that holds the claims. "
                   "Default: `text`, else `claim`.")
@_corpus_options
@_gate_options
@_output_options
@_version_option
@click.pass_context
def verify_command(ctx: click.Context, claims_paths: tuple[str, ...], sources: tuple[str, ...],
                   lexicons: tuple[str, ...], sheet: str | None, text_column: str | None,
                   **given) -> ExitCode:
    """Check every claim in CLAIMS (YAML files, or .csv, .tsv or .xlsx sheets)
    against the sources.

    Several files (or a quoted pattern such as 'claims/*.yaml') are checked in
    one run and reported together, each claim with its file; an id used in two
    files gets the file's name before it (prices:c1).

    Options can also be set in [tool.checker] of pyproject.toml or in checker.toml
    (found from the current folder up) and in CHECKER_* environment variables;
    the command line wins over the environment, which wins over the file.
    """
    corpus_kwargs = _corpus_kwargs(given)
    paths = expand_claims_paths(claims_paths)
    options, base, baseline = _prepare(ctx, given, paths)
    shown = [_display_path(path) for path in paths]
    files = tag_claims([load_claims_file(path, sheet=sheet, text_column=text_column)
                        for path in paths], shown)
    runs: dict[tuple[tuple[str, ...], tuple[str, ...]], list[ClaimsFile]] = {}
    for claims_file in files:  # one corpus per set of sources, in the order first named
        key = (resolve_sources(sources, claims_file), resolve_lexicons(lexicons, claims_file))
        runs.setdefault(key, []).append(claims_file)
    pipeline = import_pipeline()  # late: bad input is reported without loading the stages

    reports = [pipeline.verify_claims([c for f in group for c in f.claims], source_paths,
                                      lexicon_paths,
                                      claims_file=shown[0] if len(paths) == 1 else "",
                                      run=pipeline.RunOptions(**corpus_kwargs,
                                                              progress=_progress(options.quiet)))
               for (source_paths, lexicon_paths), group in runs.items()]
    return _finish(merge_reports(reports, [c for f in files for c in f.claims]),
                   options, base, baseline)


@click.command("check", context_settings=CONTEXT_SETTINGS)
@click.argument("draft_paths", nargs=-1, required=True, metavar="DRAFT...")
@_source_options
@_corpus_options
@_gate_options
@click.option("--emit-claims", metavar="FILE",
              help="Also write the claims found in DRAFT (one draft) as a claims file to "
                   "review and keep.")
@_output_options
@_version_option
@click.pass_context
def check_command(ctx: click.Context, draft_paths: tuple[str, ...], sources: tuple[str, ...],
                  lexicons: tuple[str, ...], emit_claims: str | None, **given) -> ExitCode:
    """Check draft articles (Markdown or plain text) as written.

    Finds the sentences that make checkable claims (figures, dates, ranks, roles,
    an entity with a measure), verifies each as `verify` would and reports it at
    its LINE:COLUMN in the draft. Other sentences are skipped and counted;
    Markdown headings, tables, code, HTML and front matter are never checked,
    nor text between <!-- checker: off --> and <!-- checker: on -->, nor the
    sentence after <!-- checker: ignore -->. A baseline of a draft matches by
    the sentence's text, so adding or moving paragraphs keeps it valid.
    """
    corpus_kwargs = _corpus_kwargs(given)
    paths = expand_claims_paths(draft_paths, what="draft")
    options, base, baseline = _prepare(ctx, given, paths)
    check_output_path(emit_claims)
    if emit_claims and len(paths) > 1:
        raise ConfigError("--emit-claims writes the claims of one draft",
                          hint="give one draft, or leave out --emit-claims")
    source_paths = resolve_sources(sources, None)
    lexicon_paths = resolve_lexicons(lexicons, None)
    pipeline = import_pipeline()

    run = pipeline.RunOptions(**corpus_kwargs, progress=_progress(options.quiet))
    checked = [pipeline.check_draft(path, source_paths, lexicon_paths, run=run)
               for path in paths]
    report = merge_draft_reports([report for report, _ in checked],
                                 [_display_path(path) for path in paths])
    skipped = sum(count for _, count in checked)
    files: list[tuple[Path, str | bytes]] = []
    if emit_claims:
        from checker.stages.draft import claims_yaml

        relative = [os.path.relpath(os.path.abspath(p), os.path.dirname(os.path.abspath(
            emit_claims))).replace(os.sep, "/") for p in source_paths]
        files.append((Path(emit_claims), claims_yaml(
            [r.claim for r in report.results], relative, _display_path(paths[0]))))
    if not options.quiet:
        _status(f"{len(report.results)} checkable sentence"
                f"{'' if len(report.results) == 1 else 's'}, {skipped} skipped "
                "(nothing to check)")
    return _finish(report, options, base, baseline, files, by_text=True)


def _prepare(ctx: click.Context, given: dict, input_paths: str | Sequence[str]):
    """Resolve the options and check every target before any work is done."""
    settings = load_settings(Path.cwd(), os.environ)
    for warning in settings.warnings:
        _status(warning)
    options = resolve_verify_options(ctx, given, settings, os.environ, input_paths)
    base = RenderOptions(publisher=options.publisher, review_url=options.review_url)
    for fmt in dict.fromkeys([options.fmt, *(fmt for fmt, _ in options.reports)]):
        check_options(fmt, base)
    for target in (options.output, *(path for _, path in options.reports),
                   options.write_baseline):
        check_output_path(target)
    if options.output in (None, "-"):
        check_stdout()
    baseline = load_baseline(options.baseline) if options.baseline else None
    return options, base, baseline


def _finish(report: Report, options: VerifyOptions, base: RenderOptions,
            baseline, files: list[tuple[Path, str | bytes]] | None = None,
            by_text: bool = False) -> ExitCode:
    """Apply the gate and baseline, write every report (and FILES, all or
    none), and say the exit code. BY_TEXT: a baseline written now matches by
    the claims' text alone (a draft's ids are positions)."""
    gate = Gate(fail_on=options.fail_on, min_confidence=options.min_confidence)
    files = list(files or ())
    if options.write_baseline:
        files.append((Path(options.write_baseline), dump_baseline(report, gate, by_text)))
        baseline = baseline_of(report, gate, options.write_baseline, by_text)
    if baseline is not None:
        gate = Gate(fail_on=gate.fail_on, min_confidence=gate.min_confidence,
                    baseline=match_baseline(baseline, report, gate))
    _write_reports(report, options, replace(base, gate=gate), files)
    _print_warnings(report)  # after the writes: a run that fails says only why
    if gate.baseline is not None and not options.write_baseline:
        note = stale_note(gate.baseline)
        if note:
            _status(note)
    if not options.quiet:
        _report_status(report, options, gate)
    if options.exit_zero or not gate.failed(report):
        return ExitCode.OK
    return ExitCode.GATE_FAILED


def _write_reports(report: Report, options: VerifyOptions, base: RenderOptions,
                   files: list[tuple[Path, str | bytes]]) -> None:
    """Render every report first, then stage the files, write the payload to
    standard output, and only then move the files into place: when standard
    output fails (closed, full, a narrow encoding) no file is written."""
    color = options.fmt in HUMAN_FORMATS and wants_color(False, options.output,
                                                         mode=options.color)
    payload = render(report, options.fmt, replace(base, color=color, quiet=options.quiet,
                                                  link_root=link_root(options.output)))
    for fmt, path in options.reports:
        files.append((Path(path), render(report, fmt, replace(base, link_root=link_root(path)))))
    summary_file = os.environ.get(STEP_SUMMARY, "")
    summary = render(report, "markdown", base) if options.fmt == "github" and summary_file \
        else ""
    to_file = options.output not in (None, "-")
    if to_file:
        files.insert(0, (Path(options.output), payload))
    with staged_files(files):
        if not to_file:
            write_payload(payload, None)
    if summary:
        append_text(Path(summary_file), summary + "\n")


@click.command("quote", context_settings=CONTEXT_SETTINGS)
@click.argument("text")
@_source_options
@_corpus_options
@click.option("--top", type=click.IntRange(min=1), default=5, show_default=True,
              help="How many passages to show (of each stance).")
@click.option("--style", type=click.Choice(("plain", "markdown", "footnote", "json")),
              default="plain", show_default=True,
              help="Citation style to paste; json writes the machine format.")
@click.option("--context", type=click.IntRange(min=0), default=0, show_default=True,
              metavar="N", help="Show N neighbouring sentences before and after each passage.")
@click.option("--format", "fmt", type=click.Choice(sorted(QUOTE_FORMATS)), default="text",
              show_default=True, help="Output format (json is the same as --style json).")
@_quote_output_options
@_version_option
def quote_command(text: str, sources: tuple[str, ...], lexicons: tuple[str, ...], top: int,
                  style: str, context: int, fmt: str, output: str | None, color: str,
                  no_color: bool, quiet: bool, **given) -> ExitCode:
    """Passages that support TEXT, best first, ready to cite; those that contradict
    it are listed apart, marked as such."""
    if not text.strip():
        raise ConfigError("TEXT is empty", hint="give the sentence to find support for")
    corpus_kwargs = _corpus_kwargs(given)
    check_output_path(output)
    if output in (None, "-"):
        check_stdout()
    source_paths = resolve_sources(sources, None)
    lexicon_paths = resolve_lexicons(lexicons, None)
    pipeline = import_pipeline()

    quotes = pipeline.quote(text, source_paths, lexicon_paths, top=top, context=context,
                            run=pipeline.RunOptions(**corpus_kwargs))
    if style == "json":
        fmt = "json"
    options = RenderOptions(color=fmt == "text" and wants_color(no_color, output, mode=color),
                            quiet=quiet, citation_style="" if style == "json" else style)
    write_payload(render_quotes(text, quotes, fmt, options), output)
    return ExitCode.OK


@click.command("index", context_settings=CONTEXT_SETTINGS)
@click.argument("sources", nargs=-1, required=True, metavar="SOURCES...")
@click.option("--lexicon", "lexicons", multiple=True, metavar="FILE",
              help="A user lexicon (YAML) to add to the bundled ones. Repeatable.")
@_index_corpus_options
@click.option("-q", "--quiet", is_flag=True, help="No status message, no progress line.")
@_version_option
def index_command(sources: tuple[str, ...], lexicons: tuple[str, ...], quiet: bool,
                  **given) -> ExitCode:
    """Build or bring up to date the cache of SOURCES, so later runs start warm."""
    corpus_kwargs = _corpus_kwargs(given)
    source_paths = resolve_sources(sources, None)
    lexicon_paths = resolve_lexicons(lexicons, None)
    pipeline = import_pipeline()

    corpus = pipeline.build_index(source_paths, lexicon_paths,
                                  run=pipeline.RunOptions(**corpus_kwargs,
                                                          progress=_progress(quiet)))
    for warning in corpus.warnings:
        _status(f"warning: {warning}")
    if not quiet:
        where = corpus.cache_folder or "nowhere (the folder could not be written)"
        _status(f"indexed {len(corpus.documents)} documents ({len(corpus.index)} passages), "
                f"{corpus.analysed} analysed now, cache in {where}")
    return ExitCode.OK


@click.group("checker", context_settings=CONTEXT_SETTINGS)
@_version_option
def checker_group() -> None:
    """Check factual claims against a folder of source documents."""


checker_group.add_command(verify_command)
checker_group.add_command(quote_command)
checker_group.add_command(check_command)
checker_group.add_command(index_command)


# -- option handling -----------------------------------------------------------

def load_claims_file(path: str, *, sheet: str | None = None,
                     text_column: str | None = None) -> ClaimsFile:
    """The claims in PATH: a spreadsheet by its suffix (.csv, .tsv, .xlsx), else YAML."""
    if is_sheet(path):
        return load_sheet_claims(path, sheet=sheet, text_column=text_column)
    given = [name for name, value in (("--sheet", sheet), ("--text-column", text_column))
             if value is not None]
    if given:
        verb = "applies" if len(given) == 1 else "apply"
        raise ConfigError(f"{' and '.join(given)} only {verb} to a .csv, .tsv or .xlsx "
                          "claims file", file=path,
                          hint=f"remove {' and '.join(given)}, or give the claims as a sheet")
    return load_claims(path)


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
        # lexists: a link that cannot be followed (broken, or into a folder
        # the user may not enter) is the loader's to name precisely.
        if not os.path.lexists(path):
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


def _print_warnings(report: Report) -> None:
    """What the loader passed over (binary, unreadable, damaged files), on stderr;
    shown even with --quiet, since a skipped source changes what was checked."""
    for warning in report.meta.get("warnings", ()):
        _status(f"warning: {warning}")


def _report_status(report: Report, options: VerifyOptions, gate: Gate) -> None:
    """The summary on stderr when the payload does not already show it."""
    from checker.render.text import summary_line

    written = [path for _, path in options.reports]
    if options.output not in (None, "-"):
        written.insert(0, options.output)
    if options.write_baseline:
        written.append(options.write_baseline)
    if written:
        noun = "report" if len(written) == 1 else "reports"
        _status(f"{summary_line(report, gate)}; {noun} written to {', '.join(written)}")
    elif options.fmt != "text":
        _status(summary_line(report, gate))


def _status(message: str) -> None:
    """MESSAGE on one line of standard error, with control characters (from a
    file name: ESC, BEL, a bidi override) shown escaped so the terminal does
    not act on them."""
    click.echo(printable(message), err=True)


def _display_path(path: str) -> str:
    """PATH as reports show it: as given when relative, else relative to the
    current folder (``..`` included) where one exists, with '/' (bytes of the
    name that are not UTF-8 shown as ``\\xNN``)."""
    from checker.io.load import display_path, escape_undecodable

    if Path(path).is_absolute():
        return display_path(path)
    return escape_undecodable(Path(path).as_posix())


# -- the error boundary and entry points ---------------------------------------

def run(command: click.Command, argv: Sequence[str] | None = None,
        prog_name: str | None = None) -> int:
    """Run COMMAND on ARGV and return the exit code; never raises SystemExit.

    The one place errors are turned into messages: a ``CheckerError`` is
    printed as one line (control characters escaped), a usage error as click
    shows it, Ctrl-C as exit 130, SIGTERM as exit 143 (both after the same
    clean-up: no report half-written, no worker process left), and anything
    else (a bug) as its traceback with exit 2.
    """
    previous = on_sigterm(raise_terminated)
    try:
        result = command.main(args=list(argv) if argv is not None else None,
                              prog_name=prog_name, standalone_mode=False)
    except CheckerError as error:
        _status(str(error))
        return ExitCode.ERROR
    except click.ClickException as error:
        error.show()
        return ExitCode.ERROR
    except (click.Abort, KeyboardInterrupt) as error:
        if isinstance(error, Terminated) or isinstance(error.__context__, Terminated):
            _status("terminated")
            return ExitCode.TERMINATED
        _status("interrupted")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        silence_stdout()
        return ExitCode.ERROR
    except Exception:  # noqa: BLE001 - the boundary for bugs; re-raising would exit 1
        # A bug, not a user error: show the traceback, but exit 2, because
        # Python's default exit 1 would tell CI that a claim failed the gate.
        traceback.print_exc()
        click.echo("internal error: this is a bug in the checker; please report it with "
                   "the traceback above", err=True)
        return ExitCode.ERROR
    finally:
        on_sigterm(previous)
    return int(result) if result is not None else ExitCode.OK


def verify_main(argv: Sequence[str] | None = None) -> int:
    """``verify ARGV...``; returns the exit code."""
    return run(verify_command, argv, prog_name="verify")


def checker_main(argv: Sequence[str] | None = None) -> int:
    """``checker ARGV...``; returns the exit code."""
    return run(checker_group, argv, prog_name="checker")


def verify_entry() -> NoReturn:
    """Console script ``verify``."""
    reserve_standard_streams()
    raise SystemExit(verify_main())


def checker_entry() -> NoReturn:
    """Console script ``checker``."""
    reserve_standard_streams()
    raise SystemExit(checker_main())


if __name__ == "__main__":
    checker_entry()
