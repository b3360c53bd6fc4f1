"""Where the payload goes: standard output, or a file written atomically.

A report file is written to a temporary file in the same folder and moved
into place with ``os.replace`` only once complete, so a reader (or a CI step)
never sees half a report and a failed run leaves an older report untouched.
Also decides whether colour is wanted. Status messages are not written here.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from checker.errors import OutputError


def wants_color(no_color: bool, output: str | None, stream: TextIO | None = None) -> bool:
    """Colour only for a terminal, and never with --no-color or NO_COLOR set."""
    if no_color or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    if output not in (None, "-"):
        return False
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def check_output_path(output: str | None) -> None:
    """Fail before any work when --output cannot possibly be written."""
    if output in (None, "-"):
        return
    target = Path(output)
    if target.is_dir():
        raise OutputError("--output names a folder", file=output, hint="give a file name")
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write the report: folder {folder} does not exist",
                          file=output, hint="create the folder first")


def write_payload(payload: str, output: str | None) -> None:
    """PAYLOAD to standard output (OUTPUT None or '-') or atomically to OUTPUT."""
    if output in (None, "-"):
        sys.stdout.write(payload)
        sys.stdout.flush()
        return
    write_atomically(Path(output), payload)


def write_atomically(target: Path, payload: str) -> None:
    """Write PAYLOAD (UTF-8, LF line ends) to TARGET via a temporary file."""
    folder = target.parent
    mode = _mode_for(target)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                         dir=folder)
    except OSError as exc:
        raise _output_error(exc, target) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(payload)
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException as exc:  # includes KeyboardInterrupt: never leave the temp file
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _output_error(exc, target) from None
        raise


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
