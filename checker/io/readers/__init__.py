"""Readers for sources that are not plain text: web pages, PDF, Word.

``checker.io.load`` hands a file here when its name ends in one of
``READER_SUFFIXES``; the reader for that format extracts the text a person
reads (a page's article, a PDF's pages in reading order, a Word file's
paragraphs and table cells) and returns a ``Document`` whose ``places`` say
where each line of that text is in the original file (``checker.io.locate``).

Each reader module is imported only when a file of its kind is loaded, so
its library (trafilatura, pdfminer.six, python-docx) costs nothing on a run
over ``.txt`` files. A file a reader cannot read (damaged, encrypted, not
what its name says, no text) raises ``SourceError``; ``load`` turns that into
a warning and a skip in a folder, an error when the file was named or under
``--strict``, as it does for text files.
"""
from __future__ import annotations

import importlib
from pathlib import Path

from checker.errors import SourceError
from checker.model import Document

READERS = {".html": "web", ".htm": "web", ".pdf": "pdf", ".docx": "word"}
"""File name suffix → reader module in this package."""
READER_SUFFIXES = frozenset(READERS)
MAX_SOURCE_BYTES = 512 * 1024 * 1024
"""A document larger than this is refused before it is read."""


def reader_for(path: Path) -> str | None:
    """The reader module's name for PATH, or None when it is read as text."""
    return READERS.get(path.suffix.lower())


def read_source(path: Path, shown: str, *, strict: bool = False) -> tuple[Document, str | None]:
    """The document at PATH (shown as SHOWN in reports) and a warning about it.

    Raises SourceError when it cannot be read; with STRICT also when it could
    only be read in part (the warning's case).
    """
    name = reader_for(path)
    if name is None:
        raise ValueError(f"no reader for {path}")
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(f"too large to read ({size // (1024 * 1024)} MiB)", file=shown,
                              hint="split the document or extract the pages you need")
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read: {error.strerror or error}", file=shown,
                          hint="check the file's permissions") from None
    module = importlib.import_module(f"checker.io.readers.{name}")
    document, warning = module.read(data, shown)
    if warning and strict:
        raise SourceError(warning, file=shown, hint=module.STRICT_HINT)
    return document, f"{shown}: {warning}" if warning else None


def missing_library(shown: str, package: str, what: str) -> SourceError:
    """The error for a reader whose library is not installed."""
    return SourceError(f"reading {what} needs the {package} package, which is not installed",
                       file=shown, hint=f"pip install {package}, or reinstall the checker")
