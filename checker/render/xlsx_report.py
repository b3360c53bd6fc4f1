"""Excel workbook (.xlsx): the claims sheet of the CSV report plus an evidence sheet.

Sheet ``Claims`` has the CSV report's columns (``csv_report.claim_table``),
sheet ``Evidence`` one row per evidence item (``csv_report.evidence_table``);
both with a bold, frozen header row and a filter on every column. Numbers
are numeric cells (sortable); every other value is a text cell, never a
formula, so an excerpt that starts with ``=`` is shown, not run. Characters
a workbook cannot hold (C0 controls) are written as ``\\uXXXX``.

The renderer returns bytes, not text: the CLI writes them to ``--output`` or
``--report`` files only, never to standard output. The bytes are the same
for the same report: the document properties (created, modified) and the
date of every ZIP entry are fixed to 2000-01-01, because openpyxl stamps
the time of saving on both.
"""
from __future__ import annotations

import datetime
import io
import zipfile

from checker.model import Report
from checker.render import RenderOptions
from checker.render.csv_report import Cell, claim_table, evidence_table

FIXED_TIME = datetime.datetime(2000, 1, 1)
"""Stands in for every timestamp in the workbook."""
MAX_CELL_CHARS = 32767
"""Excel's limit for one cell; longer text is cut with '…'."""
_WIDTHS = {"id": 24, "text": 60, "reason": 50, "evidence": 40, "excerpt": 70, "source": 40,
           "compared": 40, "verdict": 14, "stance": 12}
"""Column widths in characters; other columns get ``_DEFAULT_WIDTH``."""
_DEFAULT_WIDTH = 12
_CORE_PROPERTIES = "docProps/core.xml"


def render(report: Report, options: RenderOptions) -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    from openpyxl import Workbook

    book = Workbook()
    claims = book.active
    claims.title = "Claims"
    _fill(claims, *claim_table(report))
    _fill(book.create_sheet("Evidence"), *evidence_table(report))
    book.properties.creator = "claim-checker"
    book.properties.created = FIXED_TIME
    buffer = io.BytesIO()
    book.save(buffer)
    book.properties.modified = FIXED_TIME  # save() set it to now
    return _with_fixed_times(buffer.getvalue(), book.properties)


def _fill(sheet, headers: list[str], rows: list[list[Cell]]) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    for column, header in enumerate(headers, start=1):
        _set(sheet.cell(row=1, column=column), header).font = bold
        sheet.column_dimensions[get_column_letter(column)].width = _WIDTHS.get(
            header, _DEFAULT_WIDTH)
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            if value is not None:
                _set(sheet.cell(row=row_number, column=column), value)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"


def _set(cell, value: Cell):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", value)
        if len(text) > MAX_CELL_CHARS:
            text = text[:MAX_CELL_CHARS - 1] + "…"
        cell.value = text
        cell.data_type = "s"  # openpyxl makes "=..." a formula; text stays text
    else:
        cell.value = value
    return cell


def _with_fixed_times(data: bytes, properties) -> bytes:
    """DATA (an .xlsx) rewritten with every ZIP entry dated FIXED_TIME and the
    core properties as PROPERTIES now say."""
    from openpyxl.xml.functions import tostring

    core = tostring(properties.to_tree())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            payload = core if info.filename == _CORE_PROPERTIES else source.read(info)
            target.writestr(fixed, payload)
    return out.getvalue()
