"""Stage "load": source paths → decoded ``Document``s.

A path is a file or a folder. A folder is walked recursively in sorted order,
taking text files (``*.txt``, ``*.md``, ``*.markdown``, ``*.text``, and files
without an extension that decode as text) and skipping hidden entries
(``.git``, ``.DS_Store``). Symbolic links are followed, but a folder is never
entered twice, so a link loop cannot hang the walk; a file reached twice is
loaded once.

Bytes are decoded in a fixed order: a BOM (UTF-8, UTF-16, UTF-32), strict
UTF-8, UTF-16 without a BOM when the NUL bytes fall on one parity, then
charset-normalizer restricted to Chinese encodings (GB18030 preferred over
its subsets GBK/GB2312, Big5). CRLF and lone CR become LF, so line numbers
agree with every editor.

It does not normalise or split the text (``checker.normalise`` and
``checker.segment`` do), and it never prints: problems in a folder come back
as warnings, problems with a named path as ``SourceError``.
"""
from __future__ import annotations

import codecs
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from checker.errors import SourceError
from checker.model import Document

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
_SNIFF_BYTES = 8192

# Longest BOM first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What charset-normalizer may choose from (LIBRARIES.md: restricting it to
# Chinese encodings takes short GBK samples from 9/20 to 17/20 right).
_CHINESE_ENCODINGS = ["gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950",
                      "utf_16", "utf_32"]
_GB18030_SUBSETS = frozenset({"gbk", "gb2312", "cp936"})
# C0 controls other than tab, LF, VT, FF, CR, plus DEL: prose has next to none.
_CONTROL_CHARS = frozenset(chr(c) for c in [*range(9), *range(14, 32), 127])
_MAX_CONTROL_SHARE = 0.01

_HINT_ENCODING = "convert it to UTF-8, e.g. iconv -f ENCODING -t UTF-8"


def load_documents(paths: Sequence[str | Path], *,
                   strict: bool = False) -> tuple[list[Document], list[str]]:
    """Load every source under PATHS; return the documents and warnings.

    Raises SourceError for a missing path, a named file that is not text, or a
    folder without a readable text file; with STRICT also for a text file in a
    folder that cannot be read or decoded (otherwise skipped with a warning).
    """
    documents: list[Document] = []
    warnings: list[str] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            documents.extend(_load_folder(path, strict=strict, seen=seen, warnings=warnings))
        elif path.is_file():
            document = _load_file(path)
            if _first_visit(path, seen):
                documents.append(document)
        elif path.exists():
            raise SourceError("not a regular file or folder", file=display_path(path),
                              hint="give a text file or a folder of text files")
        else:
            raise SourceError(f"no such file or folder: {raw}", file=display_path(path),
                              hint="check the spelling, or give a folder of .txt/.md files")
    return documents, warnings


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode DATA read from PATH; return (text with LF line ends, encoding).

    Raises SourceError when DATA looks binary or no supported encoding decodes
    it cleanly.
    """
    text, encoding = _decode(data, path)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise SourceError(f"looks binary: decodes as {encoding} but is full of control "
                          "characters", file=path, hint="give text files only")
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def display_path(path: str | Path) -> str:
    """PATH relative to the current folder when under it, else absolute; with '/'."""
    absolute = Path(os.path.abspath(path))
    cwd = Path(os.path.abspath(os.getcwd()))
    for candidate, base in ((absolute, cwd), (absolute.resolve(), cwd.resolve())):
        try:
            return candidate.relative_to(base).as_posix()
        except ValueError:
            continue
    return absolute.as_posix()


def _decode(data: bytes, path: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, encoding, path), encoding
    if b"\0" in data[:_SNIFF_BYTES]:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise SourceError("looks binary: NUL bytes in the first 8 KiB", file=path,
                              hint="give text files only")
        return _decode_strict(data, encoding, path), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _decode_chinese(data, path)


def _decode_strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise SourceError(f"not valid {encoding} at byte {error.start}", file=path,
                          hint=_HINT_ENCODING) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the NUL bytes say so, else None.

    ASCII characters (newlines, digits, commas: plenty in Chinese news) have
    a NUL high byte, so NULs gather on odd offsets in LE and even ones in BE.
    A CJK character only gives a NUL when its code point ends in 00 (一 U+4E00),
    so the other parity may have a few; random binary has them on both.
    """
    if len(data) % 2:
        return None
    sample = data[:_SNIFF_BYTES]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 2 and even * 8 <= odd:
        return "utf-16-le"
    if even >= 2 and odd * 8 <= even:
        return "utf-16-be"
    return None


def _decode_chinese(data: bytes, path: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # lazy: only non-UTF-8 files need it

    match = from_bytes(data, cp_isolation=_CHINESE_ENCODINGS).best()
    if match is None:
        raise SourceError("cannot decode: not UTF-8, UTF-16, GB18030 or Big5", file=path,
                          hint=_HINT_ENCODING)
    encoding = match.encoding
    if encoding in _GB18030_SUBSETS:
        # GB18030 decodes every GBK/GB2312 text the same way, and more.
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            pass
    return _decode_strict(data, encoding, path), encoding


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:_SNIFF_BYTES]
    return sum(char in _CONTROL_CHARS for char in sample) / len(sample)


def _load_file(path: Path) -> Document:
    shown = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read: {error.strerror or error}", file=shown,
                          hint="check the file's permissions") from None
    text, encoding = decode_bytes(data, shown)
    return Document(path=shown, text=text, encoding=encoding)


def _load_folder(folder: Path, *, strict: bool, seen: set[Path],
                 warnings: list[str]) -> list[Document]:
    documents: list[Document] = []
    readable = 0
    for path in _walk(folder, warnings):
        try:
            document = _load_file(path)
        except SourceError as error:
            if strict and path.suffix.lower() in TEXT_SUFFIXES:
                raise
            warnings.append(f"skipped {error}")
            continue
        readable += 1
        if _first_visit(path, seen):
            documents.append(document)
    if not readable:
        raise SourceError("no readable text files in this folder", file=display_path(folder),
                          hint="sources are .txt, .md, .markdown or .text files")
    return documents


def _walk(root: Path, warnings: list[str]) -> Iterator[Path]:
    """Candidate text files under ROOT, depth first, each folder in name order."""
    visited = {_resolved(root)}
    stack = [iter(_sorted_entries(root, warnings))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            real = _resolved(entry)
            if real is not None and real not in visited:
                visited.add(real)
                stack.append(iter(_sorted_entries(entry, warnings)))
        elif entry.is_file() and (entry.suffix.lower() in TEXT_SUFFIXES or not entry.suffix):
            yield entry


def _sorted_entries(folder: Path, warnings: list[str]) -> list[Path]:
    try:
        return sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as error:
        warnings.append(f"skipped {display_path(folder)}: cannot list: "
                        f"{error.strerror or error}")
        return []


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return None


def _first_visit(path: Path, seen: set[Path]) -> bool:
    real = _resolved(path) or Path(os.path.abspath(path))
    if real in seen:
        return False
    seen.add(real)
    return True
