"""What each source file was when a run last read it, so that a warm run
need not read it again.

A source set's manifest (kept by ``checker.store.cache`` beside the set's index)
holds, per file loaded as plain text without a warning: its absolute path
(the same whichever folder the run starts in; display paths are worked out
by each run), size, modification and change times (nanoseconds), inode, the content hash
of its decoded text and its encoding. ``SourceManifest.read`` stands in for
``checker.io.load.load_file``: a file whose size, ``st_mtime_ns``,
``st_ctime_ns`` and inode are those recorded is not opened; it comes back as
an ``UnreadDocument`` (its text ``''``, its content hash known), and the
pipeline reads it only if it has to analyse it after all. Passages carry
their own text, so reports need no source text.

The known risk is a file rewritten with the same size within one tick of
the file system's clock, its times then equal to those recorded. Two things
narrow it: the change time (which no user tool can set back, unlike the
modification time that ``rsync -t`` or ``touch -r`` copy) and, as git does
for its index, a file modified less than ``RACY_SECONDS`` before it was
read is not recorded at all, so it is read again by the next run. A
manifest is untrusted like the rest of the cache: a forged one can name the
wrong content for a path, as a forged entry can hold wrong passages.

Files read through a reader (web pages, PDF, Word), files with a warning
(damaged UTF-8) and files that fail to load are never recorded: they are
loaded every time, as without a manifest.
"""
from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from checker.errors import SourceError
from checker.io.load import Read, display_path, load_file
from checker.model import Document

RACY_SECONDS = 2
"""A file modified this recently when read is read again next time (its
modification time may not change if it is rewritten within the same tick)."""
DIGEST = re.compile(r"[0-9a-f]{64}")
"""What a content hash looks like: cache paths are made of it, so a record
holding anything else is not used."""


@dataclass(frozen=True)
class SourceRecord:
    """A source file as a run read it, and what loading it gave."""

    path: str
    """Absolute path, as reached (``os.path.abspath``: the current folder
    joined to the path walked, links not resolved)."""
    size: int
    mtime: int
    """``st_mtime_ns``."""
    ctime: int
    """``st_ctime_ns``."""
    inode: int
    digest: str
    """Content hash of the document (``pipeline``'s: suffix and decoded text)."""
    encoding: str


@dataclass(frozen=True)
class UnreadDocument(Document):
    """A text source unchanged since its manifest record: not read in this
    run (``text`` is ''). ``readable`` loads it when its text is needed."""

    digest: str = ""
    """Content hash of the document, from the manifest."""
    file: str = ""
    """The path to open it by (the display path may not be one)."""


def _identity(info: os.stat_result) -> tuple[int, int, int, int]:
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


class SourceManifest:
    """Loads source files, skipping those unchanged since KNOWN (records of
    the last run by absolute path), and collects this run's records."""

    def __init__(self, known: dict[str, SourceRecord], digest: Callable[[Document], str],
                 load: Read = load_file) -> None:
        self._known = known
        self._digest = digest
        self._load = load
        self._kept: dict[str, SourceRecord] = {}
        self._read: dict[str, tuple[tuple[int, int, int, int], Document]] = {}
        self.unread = 0
        """Files not opened in this run."""

    def read(self, path: Path, *, strict: bool = False,
             shown: str | None = None) -> tuple[Document, str | None]:
        """``load_file``, or an ``UnreadDocument`` for a file unchanged."""
        shown = shown or display_path(path)
        try:
            info = os.stat(path)
        except OSError:
            return self._load(path, strict=strict, shown=shown)
        identity = _identity(info)
        where = os.path.abspath(path)   # no system call, unlike resolving
        known = self._known.get(where)
        if known is not None and (known.size, known.mtime, known.ctime, known.inode) == identity:
            self._kept[where] = known
            self.unread += 1
            return UnreadDocument(path=shown, text="", encoding=known.encoding,
                                  digest=known.digest, file=os.fspath(path)), None
        # Stat before reading: a change in between shows as a new identity next time.
        document, warning = self._load(path, strict=strict, shown=shown)
        racy = info.st_mtime_ns > time.time_ns() - RACY_SECONDS * 1_000_000_000
        if warning is None and document.kind == "text" and not racy:
            self._read[where] = (identity, document)
        return document, warning

    @property
    def changed(self) -> bool:
        """Whether the records differ from those known (a file read, added or gone)."""
        return bool(self._read) or len(self._kept) != len(self._known)

    def records(self) -> list[SourceRecord]:
        """The records to save: the files kept unread and those read now."""
        made = dict(self._kept)
        for where, ((size, mtime, ctime, inode), document) in self._read.items():
            made[where] = SourceRecord(where, size, mtime, ctime, inode,
                                       self._digest(document), document.encoding)
        return [made[path] for path in sorted(made)]


def usable(record: SourceRecord) -> bool:
    """Whether a record read from the cache may be used (its hash names a file)."""
    return bool(DIGEST.fullmatch(record.digest)) and record.size >= 0


def readable(document: Document, digest: Callable[[Document], str]) -> Document:
    """DOCUMENT with its text: an ``UnreadDocument`` is loaded now, and must
    still be the content the manifest named."""
    if not isinstance(document, UnreadDocument):
        return document
    loaded, _ = load_file(Path(document.file), shown=document.path)
    if digest(loaded) != document.digest:
        raise SourceError("the file changed while it was being checked", file=document.path,
                          hint="run again")
    return loaded
