"""Read a PDF (``.pdf``): the text of each page, in reading order.

pdfminer.six (MIT) lays out each page's text lines in reading order (a page
in two columns is read left column first, as pdfminer alone pairs boxes
that sit at the same height in both columns). Lines
are joined back into paragraphs, because a sentence wraps across lines (and
pages) and the checker matches sentences: a line that reaches the right edge
of the text continues on the next one, unless a paragraph gap follows; page
numbers and running heads and feet (a line that opens or closes most pages)
are dropped from the text. Chinese
joins without a space, other scripts with one, and a word hyphenated at a
line end ("reve-" "nue") is joined whole.

Each paragraph is one line of the document's text; ``Document.places`` maps
every stretch of it back to its page and line on the page (counted from the
top, in reading order, page numbers included), so a citation reads
``report.pdf:p12:3``.

A PDF with no text layer (a scan), or whose fonts give no Unicode text, is
skipped with a warning that says so: there is no OCR. Pages without text in
an otherwise readable PDF are named in a warning. A damaged PDF, or one
encrypted with a password, is refused with a one-line reason.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass

from checker.errors import SourceError
from checker.language.numerals import PAGE_NUMBER_LINE_RE
from checker.model import Document, Location, Place

STRICT_HINT = "run OCR on the pages without text (e.g. ocrmypdf), or drop --strict"

# Glyphs pdfminer could not map to Unicode come out as (cid:123).
_CID = re.compile(r"\(cid:\d+\)")
_MAX_CID_SHARE = 0.2
_SPACES = re.compile(r"\s{2,}")
_DIGITS = re.compile(r"\d+")
# The first word of a line (Latin script): Zhipu  HK$5.1  large-model
_FIRST_WORD = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


@dataclass
class _Line:
    text: str
    page: int
    number: int  # on the page, 1-based
    column: int  # 1-based column of text[0] in the line as laid out
    x0: float
    x1: float
    top: float
    height: float
    char_width: float
    spaced: bool  # a space ended the line as laid out (before the break)
    right: float  # right edge of its column of text (0: the page's)


def read(data: bytes, shown: str) -> tuple[Document, str | None]:
    """The PDF's text as a Document, and a warning naming pages without text."""
    pages = _pages(data, shown)
    lines = [line for page in pages for line in page]
    chars = sum(len(line.text) for line in lines)
    unmapped = sum(len(m.group()) for line in lines for m in _CID.finditer(line.text))
    if not chars:
        raise SourceError("no text layer: the pages are images (a scan?) and the checker "
                          "does no OCR", file=shown,
                          hint="run OCR first (e.g. ocrmypdf), or give the text as .txt")
    if unmapped > chars * _MAX_CID_SHARE:
        raise SourceError("no usable text layer: its fonts do not say which characters "
                          "the glyphs are", file=shown,
                          hint="run OCR first (e.g. ocrmypdf), or give the text as .txt")
    text, places = _paragraphs(pages)
    empty = [number for number, page in enumerate(pages, 1) if not page]
    warning = None
    if empty:
        warning = (f"{_pages_named(empty)} of {len(pages)} ha{'s' if len(empty) == 1 else 've'}"
                   " no text layer (scanned?) and were not read; there is no OCR")
    return Document(path=shown, text=text, encoding="pdf", kind="pdf",
                    places=tuple(places)), warning


def _pages(data: bytes, shown: str) -> list[list[_Line]]:
    """The text lines of every page, in reading order; raises SourceError."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError:
        from checker.io.readers import missing_library
        raise missing_library(shown, "pdfminer.six", "PDF files") from None
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise SourceError("not a PDF: it does not start with %PDF", file=shown,
                          hint="check the file, or rename it to what it is")
    pages: list[list[_Line]] = []
    try:
        for number, layout in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams()), 1):
            pages.append(_page_lines(layout, number))
    except PDFPasswordIncorrect:
        raise SourceError("encrypted: the PDF needs a password to open", file=shown,
                          hint="save an unencrypted copy (e.g. qpdf --decrypt)") from None
    except Exception as error:  # noqa: BLE001
        # pdfminer raises anything from PSSyntaxError to KeyError, TypeError or
        # RecursionError on damaged or hostile files: every one of them means
        # this file cannot be read, which the caller reports in one line.
        what = type(error).__name__
        raise SourceError(f"damaged PDF, cannot be read ({what})", file=shown,
                          hint="re-download or re-export the PDF") from None
    return pages


def _page_lines(layout, number: int) -> list[_Line]:
    from pdfminer.layout import LTTextContainer, LTTextLine

    boxes = []
    for element in layout:
        if not isinstance(element, LTTextContainer):
            continue
        children = [element] if isinstance(element, LTTextLine) else list(element)
        boxes.append((element, [c for c in children if isinstance(c, LTTextLine)]))
    lines = []
    for box, children in _in_columns(boxes):
        # A box of several lines is a column of text: its right edge is the
        # one a wrapped line reaches (0: use the page's).
        box_right = box.x1 if len(children) > 1 else 0.0
        for line in children:
            raw = line.get_text().rstrip("\n").replace("\n", " ").replace("\r", " ")
            stripped = raw.lstrip()
            # Justified lines come out with runs of spaces: one is enough
            # (columns after such a run are then a little early).
            text = _SPACES.sub(" ", stripped.rstrip())
            if not text:
                continue
            width = (line.x1 - line.x0) / max(len(raw.strip()), 1)
            lines.append(_Line(text=text, page=number, number=len(lines) + 1,
                               column=len(raw) - len(stripped) + 1, x0=line.x0, x1=line.x1,
                               top=layout.height - line.y1, height=line.height,
                               char_width=width, spaced=stripped != stripped.rstrip(),
                               right=box_right))
    return lines


def _in_columns(boxes: list) -> list:
    """BOXES (text box, its lines) in reading order for a page in two columns:
    top to bottom, each stretch between full-width boxes read left column
    first, then right. pdfminer pairs boxes that sit at the same height in
    both columns (left 1, right 1, left 2, ...), which cuts sentences apart.
    A page without a clear gutter keeps pdfminer's order."""
    gutter = _gutter([box for box, _ in boxes], [len(lines) for _, lines in boxes])
    if gutter is None:
        return boxes
    ordered, left, right = [], [], []
    for box, lines in sorted(boxes, key=lambda item: -item[0].y1):
        if box.x1 <= gutter:
            left.append((box, lines))
        elif box.x0 >= gutter:
            right.append((box, lines))
        else:  # spans both columns: what came before it is read first
            ordered += left + right + [(box, lines)]
            left, right = [], []
    return ordered + left + right


def _gutter(boxes: list, sizes: list[int]) -> float | None:
    """An x between two columns of running text (each side has a box of three
    lines or more; few boxes cross it), or None. Tables, whose cells are
    one-line boxes, have none."""
    if len(boxes) < 2:
        return None
    low = min(box.x0 for box in boxes)
    high = max(box.x1 for box in boxes)
    best: tuple[int, float] | None = None
    for step in range(25, 76):
        x = low + (high - low) * step / 100
        crossing = sum(1 for box in boxes if box.x0 < x < box.x1)
        left = any(box.x1 <= x and size >= 3 for box, size in zip(boxes, sizes))
        right = any(box.x0 >= x and size >= 3 for box, size in zip(boxes, sizes))
        if left and right and crossing * 10 <= len(boxes) * 3 \
                and (best is None or crossing < best[0]):
            best = (crossing, x)
    return best[1] if best else None


def _paragraphs(pages: list[list[_Line]]) -> tuple[str, list[Place]]:
    """The text, one paragraph a line, and where each stretch of it came from."""
    out: list[str] = []
    places: list[Place] = []
    current = ""
    previous: _Line | None = None
    previous_right = 0.0  # the right edge of the text on PREVIOUS's page
    # The text's right edge: a page with one short line must not make that
    # line look full, so no page's edge is taken left of the usual one.
    edges = sorted(max(line.x1 for line in page) for page in pages if page)
    usual = edges[len(edges) // 2] if edges else 0.0
    running = _running_lines(pages)
    for page in pages:
        body = _body_lines(page, running)
        right = max([usual, *(line.x1 for line in body)])
        for line in body:
            if current and not _continues(previous, line, previous.right or previous_right):
                out.append(current)
                current = ""
            joiner = _joiner(current, line.text, previous,
                             previous.right or previous_right) if current else ""
            if joiner == "-":  # a hyphenated word: drop the hyphen
                current, joiner = current[:-1], ""
            current += joiner
            location = Location(kind="pdf", page=line.page, line=line.number, column=line.column)
            places.append(Place(line=len(out) + 1, offset=len(current), location=location))
            current += line.text
            previous, previous_right = line, right
        if not body:
            previous = None
    if current:
        out.append(current)
    return "\n".join(out), places


def _running_lines(pages: list[list[_Line]]) -> frozenset[str]:
    """Running heads and feet: texts (digits aside) that open or close at
    least half the pages, two at least ("智譜 招股說明書", "Annual report 2025")."""
    counts: dict[str, int] = {}
    for page in pages:
        edges = {_DIGITS.sub("#", line.text) for line in (*page[:2], *page[-2:])}
        for text in edges:
            counts[text] = counts.get(text, 0) + 1
    needed = max(2, (len(pages) + 1) // 2)
    return frozenset(text for text, count in counts.items() if count >= needed)


def _body_lines(page: list[_Line], running: frozenset[str]) -> list[_Line]:
    """PAGE without the page numbers and running heads and feet on its first
    and last two lines, so a paragraph can run on over the page break."""
    def furniture(line: _Line) -> bool:
        return bool(PAGE_NUMBER_LINE_RE.match(line.text)) or _DIGITS.sub("#", line.text) in running

    body = list(page)
    for _ in range(2):
        if body and furniture(body[-1]):
            body.pop()
        if body and furniture(body[0]):
            body.pop(0)
    return body


def _continues(previous: _Line | None, line: _Line, right: float) -> bool:
    """Whether LINE goes on the paragraph that PREVIOUS ended."""
    if previous is None:
        return False
    # The line was wrapped when the next line's first word would not have fit
    # after it: a layout breaks Latin text before a word, Chinese anywhere.
    word = _FIRST_WORD.match(line.text)
    room = (len(word.group()) + 1 if word else 1) * line.char_width
    if previous.x1 + room < right - previous.char_width:
        return False
    if previous.page != line.page:
        return True  # a paragraph running over the page break
    gap = line.top - (previous.top + previous.height)
    return -previous.height < gap < 0.8 * previous.height


def _joiner(before: str, after: str, previous: _Line | None, right: float) -> str:
    """What goes between two lines of a paragraph: '' in Chinese text, '-' for
    a word hyphenated at the line end, else ' '.

    A Chinese layout breaks a line anywhere, inside a Latin word or a number
    too (101,86|5亿): a full line with Chinese on it joins the next without a
    space. A Latin layout breaks at spaces, so its lines join with one.
    """
    if _CJK.match(before[-1]) or _CJK.match(after[0]):
        return ""
    if len(before) >= 2 and before[-1] == "-" and before[-2].islower() and after[0].islower():
        return "-"
    if previous is not None and _CJK.search(previous.text) \
            and not previous.spaced and previous.x1 >= right - 0.9 * previous.char_width:
        return ""
    return " "


def _pages_named(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    shown = ", ".join(map(str, numbers[:10])) + (", ..." if len(numbers) > 10 else "")
    return f"pages {shown}"
