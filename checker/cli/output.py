"""Where the payload goes: standard output, or files written atomically.

A report file is written to a temporary file in the same folder and moved
into place with ``os.replace`` only once complete, so a reader (or a CI step)
never sees half a report and a failed run leaves an older report untouched.
With several reports (``--report``) every temporary file is written first and
only then are they all moved into place, so a report that cannot be written
leaves none of them changed. A payload is text (written as UTF-8 with LF
line ends) or bytes (a binary format such as xlsx, written as is and never to
standard output). Also decides whether colour is wanted. Status messages are
not written here.

Standard output fails like a file does: closed (``>&-``), on a full disk
(``>/dev/full``), or in an encoding that cannot hold the report (``ascii``)
is an ``OutputError``, and report files staged with ``staged_files`` are
then removed, never moved into place: exit 2 writes nothing.
"""
from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from checker.errors import OutputError


def wants_color(no_color: bool, output: str | None, stream: TextIO | None = None,
                mode: str = "auto") -> bool:
    """Whether to colour: --no-color or ``never`` say no, ``always`` says yes (over
    NO_COLOR, as the NO_COLOR convention asks of explicit options); ``auto``
    colours only a terminal, without NO_COLOR or TERM=dumb."""
    if no_color or mode == "never":
        return False
    if mode == "always":
        return True
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    if output not in (None, "-"):
        return False
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def check_output_path(output: str | None) -> None:
    """Fail before any work when --output cannot possibly be written.

    A missing folder is fine (it is made when the report is written, as
    ``--report junit=out/claims.xml`` in a fresh CI checkout needs); a file
    where a folder should be is not.
    """
    if output in (None, "-"):
        return
    target = Path(output)
    if target.is_dir():
        raise OutputError("--output names a folder", file=output, hint="give a file name")
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write the report: {folder} is not a folder",
                          file=output, hint="choose another path")


def write_payload(payload: str | bytes, output: str | None) -> None:
    """PAYLOAD to standard output (OUTPUT None or '-') or atomically to OUTPUT.

    Bytes (a binary report) are refused on standard output: a workbook
    printed to a terminal is garbage, and the CLI refuses it before any work.
    """
    if output in (None, "-"):
        if isinstance(payload, bytes):
            raise OutputError("a binary report cannot be written to standard output",
                              hint="write it to a file with --output FILE")
        write_stdout(payload)
        return
    write_atomically(Path(output), payload)


STDOUT = "standard output"
_HINT_STDOUT = "write the report to a file with --output FILE"


def check_stdout() -> None:
    """Fail before any work when standard output is closed (``>&-``)."""
    if sys.stdout is None:
        raise OutputError("it is closed", file=STDOUT, hint=_HINT_STDOUT)


def write_stdout(text: str) -> None:
    """TEXT to standard output, whole or not at all as far as we can tell:
    characters its encoding cannot hold are refused before anything is
    written, and a write error (a full disk) is an OutputError."""
    check_stdout()
    stream = sys.stdout
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)  # strict, whatever the stream's error handler
    except UnicodeEncodeError as error:
        char = error.object[error.start]
        raise OutputError(f"its encoding ({encoding}) cannot hold the report's character "
                          f"U+{ord(char):04X}", file=STDOUT,
                          hint="set PYTHONIOENCODING=utf-8 or a UTF-8 locale, or "
                               + _HINT_STDOUT) from None
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        raise  # the reader went away (`| head`): the CLI ends quietly
    except OSError as error:
        # What is left in the buffer would fail again when Python flushes at
        # exit (and turn the exit status into 120): send it nowhere.
        silence_stdout()
        raise OutputError(f"cannot write: {error.strerror or error}", file=STDOUT,
                          hint="check the free space, or " + _HINT_STDOUT) from None


def silence_stdout() -> None:
    """Point standard output at the null device, so nothing more fails on it."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):
        pass


def write_atomically(target: Path, payload: str | bytes) -> None:
    """Write PAYLOAD (text as UTF-8 with LF line ends, or bytes) to TARGET via a
    temporary file."""
    write_files([(target, payload)])


def write_files(files: Sequence[tuple[Path, str | bytes]]) -> None:
    """Write each (TARGET, PAYLOAD) atomically; all temporary files before any move."""
    with staged_files(files):
        pass


@contextmanager
def staged_files(files: Sequence[tuple[Path, str | bytes]]) -> Iterator[None]:
    """Write each (TARGET, PAYLOAD) to a temporary file next to it, run the
    block, and only when it ends without an error move them all into place;
    otherwise (an error, Ctrl-C) remove them, leaving every TARGET as it was."""
    staged: list[tuple[str, Path]] = []
    made: list[Path] = []
    current = files[0][0] if files else Path()
    try:
        for target, payload in files:
            current = target
            made.extend(_make_folders(target.parent))
            staged.append((_stage(target, payload), target))
        yield
        with _signals_held():  # Ctrl-C between two moves would leave a mixed set
            while staged:
                temp_name, current = staged[0]
                os.replace(temp_name, current)
                staged.pop(0)
    except BaseException as exc:  # includes KeyboardInterrupt: never leave a temp file
        for temp_name, _ in staged:
            Path(temp_name).unlink(missing_ok=True)
        for folder in reversed(made):  # only the folders this run made, and only if empty
            try:
                folder.rmdir()
            except OSError:
                pass
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
            raise _output_error(exc, current) from None
        if isinstance(exc, UnicodeEncodeError):
            raise OutputError("cannot write the report: it holds a character that is not "
                              f"valid Unicode (U+{ord(exc.object[exc.start]):04X})",
                              file=str(current), hint="please report this as a bug") from None
        raise


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back (POSIX) for a few system calls; they are
    delivered, and acted on, right after."""
    import signal

    held = {signal.SIGINT, signal.SIGTERM}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, OSError, ValueError):  # not POSIX
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _make_folders(folder: Path) -> list[Path]:
    """Make FOLDER and any missing parent; the folders made, outermost first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    made = []
    for path in reversed(missing):
        try:
            path.mkdir()
        except FileExistsError:  # made meanwhile by someone else: not ours to remove
            continue
        made.append(path)
    return made


def _stage(target: Path, payload: str | bytes) -> str:
    """PAYLOAD in a new temporary file next to TARGET, with TARGET's mode; its name."""
    mode = _mode_for(target)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                     dir=target.parent)
    try:
        if isinstance(payload, bytes):
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(payload)
        os.chmod(temp_name, mode)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return temp_name


def append_text(target: Path, text: str) -> None:
    """Add TEXT to the end of TARGET (created if missing), e.g. $GITHUB_STEP_SUMMARY."""
    try:
        with target.open("a", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as exc:
        raise _output_error(exc, target) from None


def link_root(output: str | None) -> str:
    """The path from OUTPUT's folder back to the current folder ('' for stdout or here)."""
    if output in (None, "-"):
        return ""
    folder = Path(output).resolve().parent
    try:
        relative = Path(os.path.relpath(Path.cwd(), folder)).as_posix()
    except ValueError:  # another drive (Windows): links stay relative to the current folder
        return ""
    return "" if relative == "." else relative


def _mode_for(target: Path) -> int:
    # mkstemp creates 0600; a report should get the mode a normal write would.
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _output_error(exc: OSError, target: Path) -> OutputError:
    reason = exc.strerror or str(exc)
    if isinstance(exc, FileNotFoundError):
        hint = "create the folder first"
    elif isinstance(exc, PermissionError):
        hint = "choose a folder you can write to"
    else:
        hint = "check the path and free space"
    return OutputError(f"cannot write the report: {reason}", file=str(target), hint=hint)
