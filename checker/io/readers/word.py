"""Read a Word document (``.docx``): its paragraphs and table cells.

The body is walked in document order with python-docx (MIT): each
paragraph is one line of the document's text (blank ones as blank lines),
each table row one line with its cells apart (``智譜 | 51億港元``), so a
figure keeps the name beside it; content controls and nested tables are
read in place. A line break inside a paragraph becomes a space.
``Document.places`` maps every stretch back to its paragraph, counted as
Word counts them (every paragraph of the body in order, blank ones and those
in table cells too), and for a table to its table, row and cell: a citation
reads ``statement.docx:para14`` or ``statement.docx:table1:row2:cell3``.

Headers, footers, footnotes, comments and text boxes are not read. A file
that is not a zip, a zip without ``word/document.xml`` (another Office
format, an archive), or a damaged one is refused with a one-line reason.
"""
from __future__ import annotations

import io
import zipfile

from checker.errors import SourceError
from checker.model import Document, Location, Place

STRICT_HINT = "save the document again from Word"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
MAX_XML_BYTES = 256 * 1024 * 1024
"""An uncompressed document.xml larger than this is refused (a zip bomb)."""


def read(data: bytes, shown: str) -> tuple[Document, str | None]:
    """The document's paragraphs as a Document (one a line)."""
    _check_package(data, shown)
    try:
        import docx
        from docx.oxml.ns import qn
    except ImportError:
        from checker.io.readers import missing_library
        raise missing_library(shown, "python-docx", "Word documents") from None
    try:
        body = docx.Document(io.BytesIO(data)).element.body
        walker = _Walker(qn)
        walker.walk(body, None)
    except Exception as error:  # noqa: BLE001
        # python-docx and lxml raise many kinds (KeyError for a missing part,
        # XMLSyntaxError, ValueError) on damaged files: each means this file
        # cannot be read, which the caller reports in one line.
        raise SourceError(f"damaged Word document, cannot be read ({type(error).__name__})",
                          file=shown, hint="open and save it again in Word") from None
    if not any(line.strip() for line in walker.lines):
        raise SourceError("no text in the Word document", file=shown,
                          hint="check the file; text in headers or text boxes is not read")
    return Document(path=shown, text="\n".join(walker.lines), encoding="docx", kind="docx",
                    places=tuple(walker.places)), None


def _check_package(data: bytes, shown: str) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise SourceError("not a Word document: not a zip archive (damaged, or another "
                          "format named .docx)", file=shown,
                          hint="a .doc from old Word: save it as .docx") from None
    with archive:
        try:
            info = archive.getinfo("word/document.xml")
        except KeyError:
            raise SourceError("not a Word document: a zip archive without word/document.xml",
                              file=shown, hint="check the file, or rename it to what it is") \
                from None
        if info.file_size > MAX_XML_BYTES:
            raise SourceError(f"too large: its text unpacks to {info.file_size // 2**20} MiB",
                              file=shown, hint="split the document")


class _Walker:
    """Paragraphs of a body in document order; a table row on one line."""

    def __init__(self, qn) -> None:
        self.lines: list[str] = []
        self.places: list[Place] = []
        self.paragraphs = 0
        self.tables = 0
        self._p, self._tbl, self._tr, self._tc = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
        self._sdt, self._content = qn("w:sdt"), qn("w:sdtContent")
        # What a run's text is made of, and what to write for each.
        self._characters = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): " ",
                            qn("w:cr"): " ", qn("w:noBreakHyphen"): "-",
                            qn("w:softHyphen"): ""}
        # Not the paragraph's own text: deleted text (tracked changes), text
        # boxes and drawings (their paragraphs are not read), and the
        # fallback copy of alternate content.
        self._not_text = frozenset({qn("w:del"), qn("w:txbxContent"), qn("w:drawing"),
                                    qn("w:pict"), qn("w:object"), qn("w:instrText"),
                                    _FALLBACK})

    def _runs_text(self, element):
        """The text of a paragraph's runs, inserted text (tracked changes),
        hyperlinks, fields and smart tags included, in order."""
        for child in element.iterchildren():
            if child.tag in self._not_text:
                continue
            if child.tag in self._characters:
                text = self._characters[child.tag]
                yield child.text or "" if text is None else text
            else:
                yield from self._runs_text(child)

    def walk(self, element, cell: tuple[int, int, int] | None = None,
             row: list[tuple[str, Location]] | None = None) -> None:
        """Read ELEMENT's paragraphs and tables: each body paragraph on its own
        line, or, inside a table, into the pieces of the ROW being built."""
        for child in element.iterchildren():
            if child.tag == self._p:
                self._paragraph(child, cell, row)
            elif child.tag == self._tbl:
                self._table(child, row)
            elif child.tag == self._sdt:
                for content in child.iterchildren(self._content):
                    self.walk(content, cell, row)

    def _table(self, table, outer_row: list[tuple[str, Location]] | None) -> None:
        # A row is read as one line ("智譜 | 51億港元"), so a figure keeps the
        # name in its row; a table nested in a cell goes into that cell's row.
        self.tables += 1
        number = self.tables
        for row_number, row in enumerate(table.iterchildren(self._tr), 1):
            pieces = [] if outer_row is None else outer_row
            for cell_number, cell in enumerate(self._cells(row), 1):
                self.walk(cell, (number, row_number, cell_number), pieces)
            if outer_row is None:
                self._emit(pieces)

    def _cells(self, row):
        for child in row.iterchildren():
            if child.tag == self._tc:
                yield child
            elif child.tag == self._sdt:  # a content control around cells
                for content in child.iterchildren(self._content):
                    yield from content.iterchildren(self._tc)

    def _paragraph(self, element, cell: tuple[int, int, int] | None,
                   row: list[tuple[str, Location]] | None) -> None:
        self.paragraphs += 1
        text = "".join(self._runs_text(element))
        table, row_number, column = cell or (0, 0, 0)
        location = Location(kind="docx", paragraph=self.paragraphs, column=1, table=table,
                            row=row_number, cell=column)
        if row is None:
            self._emit([(text, location)], keep_blank=True)
        elif text.strip():
            row.append((text, location))

    def _emit(self, pieces: list[tuple[str, Location]], keep_blank: bool = False) -> None:
        """One line of text from PIECES: cells apart with ' | ', paragraphs of a cell with ' '."""
        if not pieces and not keep_blank:
            return
        number = len(self.lines) + 1
        line = ""
        previous: Location | None = None
        for text, location in pieces:
            if previous is not None:
                same_cell = (previous.table, previous.row, previous.cell) == \
                    (location.table, location.row, location.cell)
                line += " " if same_cell else " | "
            self.places.append(Place(line=number, offset=len(line), location=location))
            line += text
            previous = location
        self.lines.append(line)
