"""Stage "load": source paths → decoded ``Document``s.

A path is a file or a folder. A folder is walked recursively in sorted order,
taking text files (``*.txt``, ``*.md``, ``*.markdown``, ``*.text``, and files
without an extension that decode as text) and skipping hidden entries
(``.git``, ``.DS_Store``). Symbolic links are followed, but a folder is never
entered twice, so a link loop cannot hang the walk; a file reached twice is
loaded once. Web pages, PDF and DOCX files are read by ``checker.io.readers``;
documents the checker cannot read (legacy Word, spreadsheets) are refused by
name when given explicitly and skipped with a warning in a folder,
as is an entry that cannot even be looked at (a link into a folder the user
may not enter, a path longer than the system allows). The walk costs a
system call or two per entry whatever the depth: nothing is resolved on the
way. A file name that is not UTF-8 (GBK bytes) is read, and shown with those
bytes as ``\\xNN`` (``display_path``), so every report can carry it.

Bytes are decoded by ``checker.decoding``. It does not normalise or split the text (``checker.language.normalise`` and
``checker.stages.segment`` do), and it never prints: problems in a folder come back
as warnings, problems with a named path as ``SourceError``. With ``strict``
every warning about a source file is an error instead.
"""
from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from checker.decoding import check_text, decode, first_damaged_line
from checker.errors import SourceError
from checker.io.readers import READER_SUFFIXES, read_source, reader_for
from checker.model import Document

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})

# Document formats people keep next to their articles. Recognised by name,
# and by their first bytes when misnamed; never read as text.
_DOCUMENT_SUFFIXES = {
    ".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".odt": "OpenDocument",
    ".rtf": "RTF", ".epub": "EPUB", ".xls": "Excel", ".xlsx": "Excel",
    ".ods": "OpenDocument", ".ppt": "PowerPoint", ".pptx": "PowerPoint",
    ".odp": "OpenDocument", ".pages": "Pages", ".key": "Keynote", ".numbers": "Numbers",
}
_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP (Word, Excel, EPUB or another archive)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Microsoft Office"),
    (b"{\\rtf", "RTF"),
)

# A link to nothing, or a link loop: passed over in a folder, as before any
# read, without a warning (a folder of notes often holds a few).
_GONE = frozenset({errno.ENOENT, errno.ENOTDIR, errno.ELOOP})
# A file name's bytes that are not UTF-8 come from the operating system as
# lone surrogates (PEP 383), which no UTF-8 writer accepts: U+DC80-U+DCFF is
# the byte 0x80-0xFF, shown as \xNN; any other surrogate as \uXXXX.
_SURROGATE = re.compile("[\ud800-\udfff]")

Read = Callable[..., tuple[Document, "str | None"]]
"""Loads one file: ``read(path, strict=..., shown=...)`` → (document, warning)."""

Identity = tuple[int, int]
"""A file or folder as the operating system knows it: (device, inode)."""

_HINT_FORMATS = ("sources are plain text (.txt, .md, .markdown, .text), web pages (.html, .htm), "
                 "PDF (.pdf) or Word (.docx); convert it first, e.g. pandoc -t plain")


def load_documents(paths: Sequence[str | Path], *, strict: bool = False,
                   read: Read | None = None) -> tuple[list[Document], list[str]]:
    """Load every source under PATHS; return the documents and warnings.

    READ loads one file (``load_file``'s signature; the cache passes one that
    does not read a file unchanged since the last run).

    Raises SourceError for a missing path, a named file that is not text, or a
    folder without a readable text file; with STRICT also for any source file
    in a folder that would otherwise be skipped with a warning (unreadable,
    binary, undecodable, an unsupported document format, damaged UTF-8).
    """
    read = read or load_file
    documents: list[Document] = []
    warnings: list[str] = []
    seen: set[Identity] = set()
    for raw in paths:
        path = Path(raw)
        try:
            status = path.stat()
        except OSError as error:
            if error.errno in _GONE:
                raise _not_a_source(path, raw) from None
            # A link into a folder the user may not enter, a path too long.
            raise SourceError(f"cannot read: {_reason(error)}", file=_elided(display_path(path)),
                              hint="check the permissions of the folders on the way") from None
        if stat.S_ISDIR(status.st_mode):
            documents.extend(_load_folder(path, strict=strict, seen=seen, warnings=warnings,
                                          read=read))
        elif stat.S_ISREG(status.st_mode):
            document, warning = read(path, strict=strict)
            if warning:
                warnings.append(warning)
            if _first_visit((status.st_dev, status.st_ino), seen):
                documents.append(document)
        else:
            raise _not_a_source(path, raw)
    return documents, warnings


def display_path(path: str | Path) -> str:
    """PATH relative to the current folder (with ``..`` when outside it), absolute
    only when no relative path exists (another drive); with '/'.

    Bytes of the name that are not UTF-8 (a GBK file name) are shown as
    ``\\xNN``, so the result is text every report format can carry.
    """
    absolute = Path(os.path.abspath(path))
    cwd = Path(os.path.abspath(os.getcwd()))
    try:
        return escape_undecodable(absolute.relative_to(cwd).as_posix())
    except ValueError:
        pass
    # Only now resolve: it costs a system call per folder of the path, which
    # for every file of a deep tree would make walking it quadratic.
    real, real_cwd = _resolved(absolute), _resolved(cwd)
    if real is not None and real_cwd is not None:  # None: a link loop
        try:
            return escape_undecodable(real.relative_to(real_cwd).as_posix())
        except ValueError:
            pass
        # Outside the current folder: ``../seeds/a.txt`` rather than the
        # absolute path, so reports are the same on every machine. Worked out
        # on resolved paths, since the system follows `..` after links.
        try:
            return escape_undecodable(Path(os.path.relpath(real, real_cwd)).as_posix())
        except ValueError:  # another drive (Windows): no relative path exists
            pass
    return escape_undecodable(absolute.as_posix())


def escape_undecodable(name: str) -> str:
    """NAME with the lone surrogates that stand for undecodable bytes shown as
    ``\\xNN`` (``\\uXXXX`` for any other surrogate)."""
    if not _SURROGATE.search(name):
        return name
    return _SURROGATE.sub(lambda m: f"\\x{ord(m[0]) - 0xDC00:02x}"
                          if "\udc80" <= m[0] <= "\udcff" else f"\\u{ord(m[0]):04x}", name)


# -- files and folders -----------------------------------------------------------

def _not_a_source(path: Path, raw: str | Path) -> SourceError:
    shown = display_path(path)
    if path.is_symlink():
        return SourceError("broken symbolic link: it points to a missing file or, through a "
                           "loop, to itself", file=shown, hint="fix or remove the link")
    if path.exists():
        return SourceError("not a regular file or folder", file=shown,
                           hint="give a text file or a folder of text files")
    return SourceError(f"no such file or folder: {raw}", file=shown,
                       hint="check the spelling, or give a folder of .txt/.md files")


def _unsupported(shown: str, format_name: str) -> SourceError:
    return SourceError(f"unsupported format: {format_name}, not plain text",
                       file=shown, hint=_HINT_FORMATS)


def load_file(path: Path, *, strict: bool = False,
              shown: str | None = None) -> tuple[Document, str | None]:
    """The document at PATH and a warning about it (or None); SHOWN is its
    ``display_path`` when the caller already knows it.

    Raises SourceError when it cannot be read or decoded; with STRICT also
    when it could only be read with damage (the warning's case).
    """
    shown = shown or display_path(path)
    if reader_for(path) is not None:  # a web page, PDF or Word file: checker.io.readers
        return read_source(path, shown, strict=strict)
    by_name = _DOCUMENT_SUFFIXES.get(path.suffix.lower())
    if by_name:  # refused before reading: such files can be hundreds of MB
        raise _unsupported(shown, by_name)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read: {error.strerror or error}", file=shown,
                          hint="check the file's permissions") from None
    by_content = next((name for magic, name in _MAGIC if data.startswith(magic)), None)
    if by_content:
        raise _unsupported(shown, by_content)
    text, encoding, damaged = decode(data, shown, allow_damaged=True)
    text = check_text(text, encoding, shown)
    warning = None
    if damaged:
        what = (f"{damaged} damaged UTF-8 byte sequence{'s' if damaged > 1 else ''}, "
                f"first on line {first_damaged_line(data)}")
        if strict:
            raise SourceError(what, file=shown, hint="repair or re-download the file")
        warning = f"{shown}: {what}; read with U+FFFD in place of the damaged bytes"
    return Document(path=shown, text=text, encoding=encoding), warning


def _load_folder(folder: Path, *, strict: bool, seen: set[Identity],
                 warnings: list[str], read: Read) -> list[Document]:
    documents: list[Document] = []
    readable = 0
    for path, identity, shown in _walk(folder, warnings, strict=strict):
        try:
            document, warning = read(path, strict=strict, shown=shown)
        except SourceError as error:
            # An extensionless file is only a candidate (README, LICENSE, a
            # program): not being text is no surprise, even when strict.
            if strict and path.suffix:
                raise
            warnings.append(f"skipped {error}")
            continue
        if warning:
            warnings.append(warning)
        readable += 1
        if _first_visit(identity, seen):
            documents.append(document)
    if not readable:
        raise SourceError("no readable text files in this folder", file=display_path(folder),
                          hint="sources are .txt, .md, .markdown or .text files")
    return documents


def _walk(root: Path, warnings: list[str], *,
          strict: bool) -> Iterator[tuple[Path, Identity | None, str]]:
    """Candidate files under ROOT with their identity and ``display_path``,
    depth first, each folder in name order.

    Candidates are text files by name, files without an extension and
    documents in a format the checker cannot read (so they are reported).
    Nothing here resolves a path, which costs a system call per folder on
    the way and would make a deep tree quadratic: folders are told apart by
    identity, and an entry's displayed path is its folder's plus its name
    (only a symbolic link is displayed afresh). An entry that cannot even be
    looked at (a link into a folder the user may not enter, a path longer
    than the system allows) is skipped with a warning.
    """
    visited = {_identity(root)}
    stack = [(iter(_sorted_entries(root, warnings, strict=strict)), display_path(root))]
    while stack:
        entries, folder_shown = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        shown = _child_shown(folder_shown, entry.name)
        try:
            status = entry.lstat()  # one system call per entry, two for a link
            if stat.S_ISLNK(status.st_mode):
                status = entry.stat()
                shown = display_path(entry)
        except OSError as error:
            if error.errno not in _GONE:
                _cannot(shown, f"cannot read: {_reason(error)}", warnings, strict=strict)
            continue
        identity = (status.st_dev, status.st_ino)
        if stat.S_ISDIR(status.st_mode):
            if identity not in visited:
                visited.add(identity)
                stack.append((iter(_sorted_entries(entry, warnings, strict=strict,
                                                   shown=shown)), shown))
        elif stat.S_ISREG(status.st_mode) and _is_candidate(entry):
            yield entry, identity, shown


def _child_shown(folder_shown: str, name: str) -> str:
    name = escape_undecodable(name)
    if folder_shown in ("", "."):
        return name
    return f"{folder_shown.rstrip('/')}/{name}"


def _is_candidate(path: Path) -> bool:
    suffix = path.suffix.lower()
    return (not suffix or suffix in TEXT_SUFFIXES or suffix in _DOCUMENT_SUFFIXES
            or suffix in READER_SUFFIXES)


def _sorted_entries(folder: Path, warnings: list[str], *, strict: bool,
                    shown: str | None = None) -> list[Path]:
    try:
        return sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as error:
        _cannot(shown or display_path(folder), f"cannot list: {_reason(error)}", warnings,
                strict=strict)
        return []


def _cannot(shown: str, message: str, warnings: list[str], *, strict: bool) -> None:
    """Warn that SHOWN (a displayed path) is skipped, or with STRICT raise SourceError."""
    shown = _elided(shown)
    if strict:
        raise SourceError(message, file=shown,
                          hint="check the permissions, or move the files to a shorter path")
    warnings.append(f"skipped {shown}: {message}")


def _elided(shown: str, limit: int = 240) -> str:
    """SHOWN with the middle folders left out when it is over LIMIT characters
    (a path too long for the system can be tens of KB)."""
    if len(shown) <= limit:
        return shown
    parts = shown.split("/")
    return "/".join([*parts[:3], f"…({len(parts) - 4} folders)…", parts[-1]])


def _reason(error: OSError) -> str:
    if error.errno == errno.ENAMETOOLONG:
        return "the path is longer than the system allows"
    return error.strerror or str(error)


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return None


def _identity(path: Path) -> Identity | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def _first_visit(identity: Identity | None, seen: set[Identity]) -> bool:
    if identity is None:  # vanished since it was read: nothing to compare
        return True
    if identity in seen:
        return False
    seen.add(identity)
    return True
