"""Read claims from a spreadsheet: .csv, .tsv or .xlsx in, a ``ClaimsFile`` out.

Fact-checking desks keep claims in a sheet, one claim a row, under a header
row. pandas reads every cell as text (``dtype=str`` and no NA guessing, so
"NA" or "1.0" stay as written) and this module turns the rows into the same
``ClaimsFile`` a YAML claims file gives, with the row number in the role of
the line number: the header is row 1, the first claim row 2, as a spreadsheet
program numbers them (a CSV cell that spans several lines is still one row).

Columns, matched case-insensitively: the claim's text (``text``, else
``claim``, or the column named by ``text_column``), an optional ``id``
(default c1, c2, ... by position, as in YAML), optional ``sources`` and
``lexicons`` and any other column, kept in ``Claim.extra`` (sorted by column
name) so reports pass it through. ``sources`` and ``lexicons`` belong to the
file, not to a row: the first non-empty cell gives them (paths separated by
``;`` or line breaks, relative to the sheet's folder) and a later row that
names different ones is an error. Rows with every cell empty are skipped.

The same rules as YAML claims files apply (empty text, over-long text,
duplicate ids) and every problem is a ``ClaimsFileError`` naming the file
and, where there is one, the row. Text files are decoded like sources
(``checker.decoding.decode_bytes``: UTF-8 with or without BOM, UTF-16, GBK,
Big5). The module does not check that sources exist and does not look at
what the claims say. pandas is imported only when a sheet is read.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

from checker.decoding import decode_bytes
from checker.errors import BinaryFileError, ClaimsFileError, SourceError
from checker.io.claims import MAX_CLAIM_CHARS, ClaimsFile, read_claims_bytes
from checker.model import Claim

SEPARATORS = {".csv": ",", ".tsv": "\t"}
"""Text sheets and their cell separator (a .csv may also use ';', see ``_separator``)."""
WORKBOOK_SUFFIXES = frozenset({".xlsx"})
SHEET_SUFFIXES = frozenset(SEPARATORS) | WORKBOOK_SUFFIXES
# Spreadsheet formats recognised by name so the error says what to do,
# instead of the YAML reader calling them binary.
_OTHER_SPREADSHEETS = {".xls": "Excel 97-2003 (.xls)", ".xlsm": "macro-enabled Excel (.xlsm)",
                       ".xlsb": "binary Excel (.xlsb)", ".ods": "OpenDocument (.ods)",
                       ".numbers": "Numbers (.numbers)"}
TEXT_COLUMNS = ("text", "claim")
"""Header names of the claim-text column, in order of preference."""
ID_COLUMN = "id"
FILE_COLUMNS = ("sources", "lexicons")
"""Columns that hold settings of the whole file, not of a row."""
MAX_ID_CHARS = 200
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""Largest uncompressed workbook read: an .xlsx is a ZIP, and a few MiB can
unpack to gigabytes (a "zip bomb")."""

# "a; b", "a\nb" → two paths. Commas are left alone: they occur in file names.
_PATH_SEPARATORS = re.compile(r"[;\n]")
# pandas' C parser messages for a ragged row and an unclosed quote, e.g.
# "Expected 2 fields in line 4, saw 3" (line = 1-based row) and
# "EOF inside string starting at row 3" (row = 0-based).
_RAGGED_ROW = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")
_OPEN_QUOTE = re.compile(r"EOF inside string starting at row (\d+)")


def is_sheet(path: str | Path) -> bool:
    """Whether PATH is read by this module (by suffix, case-insensitively)."""
    suffix = Path(path).suffix.lower()
    return suffix in SHEET_SUFFIXES or suffix in _OTHER_SPREADSHEETS


def load_sheet_claims(path: str | Path, *, sheet: str | None = None,
                      text_column: str | None = None) -> ClaimsFile:
    """Read the claims in the spreadsheet at PATH; raises ClaimsFileError.

    SHEET names the worksheet of an .xlsx (default: the first); TEXT_COLUMN
    names the column holding the claims (default: ``text``, else ``claim``).
    """
    display = str(path)
    suffix = Path(display).suffix.lower()
    if suffix in _OTHER_SPREADSHEETS:
        raise ClaimsFileError(f"{_OTHER_SPREADSHEETS[suffix]} files are not read",
                              file=display, hint="save the sheet as .xlsx, .csv or .tsv")
    if suffix not in SHEET_SUFFIXES:
        raise ClaimsFileError("not a spreadsheet", file=display,
                              hint="give a .csv, .tsv or .xlsx file")
    raw = _read_bytes(display)
    if suffix in WORKBOOK_SUFFIXES:
        rows = _workbook_rows(raw, display, sheet)
    else:
        if sheet is not None:
            raise ClaimsFileError(f"a {suffix} file has no sheets to choose from", file=display,
                                  hint="--sheet is for .xlsx workbooks")
        rows = _text_rows(raw, display, suffix)
    return parse_rows(rows, display, text_column=text_column)


# -- reading -----------------------------------------------------------------

def _read_bytes(path: str) -> bytes:
    return read_claims_bytes(path, "a .csv, .tsv or .xlsx file")


def _text_rows(raw: bytes, path: str, suffix: str) -> list[list[str]]:
    """The cells of a CSV or TSV file, row by row (row 1 first)."""
    import pandas as pd

    if raw.startswith(b"PK\x03\x04"):
        raise ClaimsFileError(f"this is a workbook (ZIP), not {suffix} text", file=path,
                              hint="name it .xlsx, or save the sheet as CSV")
    try:
        text, _encoding = decode_bytes(raw, path)
    except BinaryFileError:
        raise ClaimsFileError(f"the claims file looks binary, not like {suffix} text",
                              file=path, hint="save the sheet as CSV (UTF-8)") from None
    except SourceError as exc:
        raise ClaimsFileError(f"the claims file cannot be decoded: {exc.message}", file=path,
                              hint="save the sheet as CSV (UTF-8)") from None
    separator = _separator(text, suffix)
    if not text.strip():
        raise ClaimsFileError("the claims file is empty", file=path,
                              hint="put the column names (text, id, ...) in row 1 and a "
                                   "claim on each row below")
    try:
        frame = pd.read_csv(io.StringIO(text), sep=separator, header=None, dtype=str,
                            keep_default_na=False, na_filter=False, skip_blank_lines=False,
                            engine="c")
    except pd.errors.ParserError as exc:
        raise _parser_error(str(exc), path, separator) from None
    return _cells(frame)


def _separator(text: str, suffix: str) -> str:
    """',' for CSV unless the header row has ';' and no ',' (Excel in many
    European locales writes "id;text"); a tab for TSV."""
    if suffix != ".csv":
        return SEPARATORS[suffix]
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    return ";" if ";" in header and "," not in header else ","


def _parser_error(message: str, path: str, separator: str) -> ClaimsFileError:
    shown = "tab" if separator == "\t" else f"'{separator}'"
    ragged = _RAGGED_ROW.search(message)
    if ragged:
        expected, row, saw = (int(n) for n in ragged.groups())
        return ClaimsFileError(f"row {row} has {saw} cells but the header row has {expected}",
                               file=path, line=row,
                               hint=f"put a cell that contains a {shown} in double quotes")
    unclosed = _OPEN_QUOTE.search(message)
    if unclosed:
        row = int(unclosed.group(1)) + 1
        return ClaimsFileError("a quoted cell is never closed", file=path, line=row,
                               hint='close the double quote; inside a quoted cell write "" '
                                    'for a quote mark')
    return ClaimsFileError(f"cannot read the sheet: {message.splitlines()[-1]}", file=path,
                           hint="open it in a spreadsheet program and save it again as CSV")


def _workbook_rows(raw: bytes, path: str, sheet: str | None) -> list[list[str]]:
    """The cells of one worksheet of an .xlsx workbook, row by row."""
    import pandas as pd
    from openpyxl.utils.exceptions import InvalidFileException

    _check_archive(raw, path)
    # A damaged workbook can fail anywhere in unzipping or XML parsing; these
    # are what the readers raise for damaged input (ParseError is a SyntaxError).
    damaged = (zipfile.BadZipFile, zlib.error, KeyError, ValueError, TypeError, EOFError,
               SyntaxError, InvalidFileException)
    try:
        with pd.ExcelFile(io.BytesIO(raw), engine="openpyxl") as book:
            name = _pick_sheet([str(n) for n in book.sheet_names], sheet, path)
            frame = pd.read_excel(book, sheet_name=name, header=None, dtype=str,
                                  keep_default_na=False, na_filter=False)
    except damaged as exc:
        raise ClaimsFileError(f"cannot read the workbook: {type(exc).__name__}: {exc}",
                              file=path, hint="open it in a spreadsheet program and save it "
                                              "again as .xlsx") from None
    if frame.empty:
        raise ClaimsFileError(f"sheet '{name}' is empty", file=path,
                              hint="put the column names (text, id, ...) in row 1 and a claim "
                                   "on each row below, or choose another sheet with --sheet")
    return _cells(frame)


def _check_archive(raw: bytes, path: str) -> None:
    """Refuse what is not a ZIP, and a ZIP that unpacks to too much, before reading it."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise ClaimsFileError("not an .xlsx workbook (not a ZIP archive)", file=path,
                              hint="if it is a CSV or an old .xls file, give it its real "
                                   "suffix; save .xls as .xlsx") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ClaimsFileError(f"the workbook unpacks to more than "
                              f"{MAX_UNPACKED_BYTES // 2**20} MiB", file=path,
                              hint="keep only the claims sheet, or split the workbook")


def _pick_sheet(names: list[str], wanted: str | None, path: str) -> str:
    """WANTED (exactly, else case-insensitively when unique), or the first sheet."""
    if not names:
        raise ClaimsFileError("the workbook has no sheets", file=path,
                              hint="save a sheet of claims in it")
    if wanted is None:
        return names[0]
    if wanted in names:
        return wanted
    folded = [name for name in names if name.casefold() == wanted.casefold()]
    if len(folded) == 1:
        return folded[0]
    raise ClaimsFileError(f"no sheet named '{wanted}'", file=path,
                          hint=f"the sheets are: {', '.join(names)}")


def _cells(frame) -> list[list[str]]:
    return [["" if cell is None else str(cell) for cell in row]
            for row in frame.fillna("").to_numpy().tolist()]


# -- rows to claims ----------------------------------------------------------

def parse_rows(rows: Sequence[Sequence[str]], path: str, *,
               text_column: str | None = None) -> ClaimsFile:
    """The claims in ROWS (row 1 the header); PATH names the file in errors and
    anchors relative ``sources``/``lexicons`` paths."""
    if not any(cell.strip() for row in rows for cell in row):
        raise ClaimsFileError("the claims file is empty", file=path,
                              hint="put the column names (text, id, ...) in row 1 and a "
                                   "claim on each row below")
    header = [cell.strip() for cell in rows[0]]
    if not any(header):
        raise ClaimsFileError("row 1 is empty; it must name the columns", file=path, line=1,
                              hint="put the column names (text, id, ...) in row 1")
    columns = _columns(header, rows, path)
    text_index = _text_index(columns, text_column, path)
    by_name = {name.casefold(): index for index, name in columns.items()}
    id_index = by_name.get(ID_COLUMN) if text_index != by_name.get(ID_COLUMN) else None
    reserved = {text_index, id_index} | {by_name.get(name) for name in FILE_COLUMNS}
    extra_columns = sorted((name, index) for index, name in columns.items()
                           if index not in reserved)

    claims: list[Claim] = []
    first_use: dict[str, tuple[int, bool]] = {}  # id → (row, explicit)
    settings = {name: _FileSetting(name) for name in FILE_COLUMNS}
    for row_number, row in enumerate(rows[1:], start=2):
        cells = [row[index] if index < len(row) else "" for index in range(len(header))]
        if not any(cell.strip() for cell in cells):
            continue
        claim = _claim(cells, row_number, len(claims), text_index, id_index, extra_columns,
                       path)
        explicit = bool(id_index is not None and cells[id_index].strip())
        if claim.id in first_use:
            _duplicate_id(claim.id, (row_number, explicit), first_use[claim.id], path)
        first_use[claim.id] = (row_number, explicit)
        for name, setting in settings.items():
            if name in by_name and by_name[name] not in (text_index, id_index):
                setting.add(cells[by_name[name]], row_number, path)
        claims.append(claim)
    if not claims:
        raise ClaimsFileError("no claims: every row below the header is empty", file=path,
                              hint="put a claim on each row below the header row")
    folder = os.path.dirname(path)
    return ClaimsFile(
        path=path,
        claims=tuple(claims),
        sources=_resolve(settings["sources"].paths, folder),
        lexicons=_resolve(settings["lexicons"].paths, folder),
        sources_line=settings["sources"].row,
        lexicons_line=settings["lexicons"].row,
    )


def _columns(header: list[str], rows: Sequence[Sequence[str]], path: str) -> dict[int, str]:
    """Column index → name for every named column; refuses duplicate names and
    data in a column without a name (an empty, unnamed column is ignored)."""
    columns: dict[int, str] = {}
    seen: dict[str, int] = {}
    for index, name in enumerate(header):
        if not name:
            if any(index < len(row) and row[index].strip() for row in rows[1:]):
                raise ClaimsFileError(f"column {column_letter(index)} has values but no name "
                                      "in row 1", file=path, line=1,
                                      hint="name it in the header row, or delete the column")
            continue
        key = name.casefold()
        if key in seen:
            raise ClaimsFileError(f"columns {column_letter(seen[key])} and "
                                  f"{column_letter(index)} are both named '{name}'",
                                  file=path, line=1, hint="give each column its own name")
        seen[key] = index
        columns[index] = name
    return columns


def _text_index(columns: dict[int, str], text_column: str | None, path: str) -> int:
    wanted = (text_column.strip(),) if text_column is not None else TEXT_COLUMNS
    for name in wanted:
        for index, given in columns.items():
            if given.casefold() == name.casefold():
                return index
    listed = ", ".join(columns.values())
    if text_column is not None:
        raise ClaimsFileError(f"no column named '{text_column}'", file=path, line=1,
                              hint=f"the columns are: {listed}")
    raise ClaimsFileError("no `text` column: row 1 must name the column of claims `text` "
                          "or `claim`", file=path, line=1,
                          hint=f"the columns are: {listed}; rename one, or pass "
                               "--text-column NAME")


def _claim(cells: list[str], row: int, position: int, text_index: int, id_index: int | None,
           extra_columns: list[tuple[str, int]], path: str) -> Claim:
    text = cells[text_index].strip()
    if not text:
        raise ClaimsFileError("the claim text is empty", file=path, line=row,
                              hint="write the claim, or clear the whole row")
    if len(text) > MAX_CLAIM_CHARS:
        raise ClaimsFileError(f"the claim text is {len(text):,} characters; the limit is "
                              f"{MAX_CLAIM_CHARS:,}", file=path, line=row,
                              hint="split it into shorter claims")
    claim_id = cells[id_index].strip() if id_index is not None else ""
    if len(claim_id) > MAX_ID_CHARS or "\n" in claim_id or "\r" in claim_id:
        raise ClaimsFileError(f"a claim id must be 1-{MAX_ID_CHARS} characters without line "
                              "breaks", file=path, line=row,
                              hint="choose a short id such as zhipu-listing")
    extra = tuple((name, cells[index]) for name, index in extra_columns)
    return Claim(id=claim_id or f"c{position + 1}", text=text, line=row, extra=extra)


def _duplicate_id(claim_id: str, this: tuple[int, bool], other: tuple[int, bool],
                  path: str) -> None:
    # As for YAML: blame the explicit id; a default id (c3) only collides
    # because someone chose an explicit one that looks like it.
    blamed, kept = (other, this) if other[1] and not this[1] else (this, other)
    how = "" if kept[1] else " as its default id"
    raise ClaimsFileError(
        f"duplicate claim id '{claim_id}': the claim on row {kept[0]} has it{how}",
        file=path, line=blamed[0],
        hint="give each claim its own id; claims without one are c1, c2, ... by position")


class _FileSetting:
    """A file-wide column (``sources``, ``lexicons``): the first non-empty cell
    sets it; a later cell may repeat it or stay empty, not differ."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.paths: tuple[str, ...] = ()
        self.row = 0

    def add(self, cell: str, row: int, path: str) -> None:
        paths = tuple(p.strip() for p in _PATH_SEPARATORS.split(cell) if p.strip())
        if not paths:
            return
        if not self.row:
            self.paths, self.row = paths, row
        elif paths != self.paths:
            raise ClaimsFileError(
                f"`{self.name}` differs from row {self.row}: a sheet has one set of "
                f"{self.name} for all its claims", file=path, line=row,
                hint=f"give the same {self.name} on every row, or only on the first")


def _resolve(paths: tuple[str, ...], folder: str) -> tuple[str, ...]:
    return tuple(os.path.normpath(os.path.join(folder, p)) for p in paths)


def column_letter(index: int) -> str:
    """Spreadsheet name of 0-based column INDEX: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
