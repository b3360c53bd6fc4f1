"""Read a saved web page (``.html``, ``.htm``): the article's main text.

The page is decoded (a BOM, else the charset its ``<meta>`` declares when the
bytes agree, else the loader's own detection: UTF-8, UTF-16, GB18030, Big5),
then trafilatura keeps the article and drops navigation, menus, scripts,
styles, comments, sidebars and footers. The text is one line per paragraph
of the article, the page's title first when the article does not start with
it; the title and the publication date are kept on the ``Document``.
Positions are lines of this extracted text (the original file is named in
every citation); the HTML report links to the page at the quoted words.

A page too short for trafilatura to call an article (a sentence or two, a
bare table) is read whole by a plain parser that drops the same clutter by
its tags. It does not run scripts, fetch anything, or read pages behind a
login: a page that holds no text at all is skipped with a warning.
"""
from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from checker.errors import SourceError
from checker.model import Document

STRICT_HINT = "fix the page's charset declaration, or save the page again"

# <meta charset="gbk">, <meta http-equiv="Content-Type" content="text/html; charset=big5">
#   matches: charset="gbk"  charset=big5  charset = 'UTF-8'
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
                           re.IGNORECASE)
_SNIFF_BYTES = 4096
# A page declares the encoding family; the superset decodes all of it the
# same way and more (a GBK page often holds a GB18030-only character).
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030",
              "big5": "big5hkscs", "cp950": "big5hkscs", "ascii": "utf-8",
              "latin-1": "cp1252", "iso8859-1": "cp1252"}
# trafilatura's defaults want 250 characters of text: a short Chinese article
# (four sentences, ~150 characters) says as much as a long English one, and
# below the threshold it falls back to a cruder extraction that merges the
# paragraphs and keeps the byline.
_MIN_TEXT = "25"


def read(data: bytes, shown: str) -> tuple[Document, str | None]:
    """The page's article text as a Document, and a warning (or None)."""
    text, encoding, warning = decode_page(data, shown)
    try:
        import trafilatura
    except ImportError:
        from checker.io.readers import missing_library
        raise missing_library(shown, "trafilatura", "web pages") from None
    try:
        extracted = trafilatura.bare_extraction(text, with_metadata=True,
                                                include_comments=False, include_tables=True,
                                                include_images=False, deduplicate=False,
                                                config=_config())
    except Exception:  # noqa: BLE001
        # A page can be anything (hostile markup, 100,000 nested divs); if the
        # extractor fails on it, the plain parser below still reads it.
        extracted = None
    body = getattr(extracted, "text", None) or ""
    lines = [line.strip() for line in body.replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    plain = plain_lines(text)
    if not lines:
        # trafilatura finds no article in a page of a sentence or two, or of
        # a bare table: then the page is all there is, less its clutter.
        lines = plain
    else:
        lines = _outside_clutter(lines, plain)
    if not lines:
        raise SourceError("no article text found in the page (only menus, scripts or markup)",
                          file=shown, hint="save the article's own page, or its text as .txt")
    title = _one_line(getattr(extracted, "title", None) or "")
    if title and title != lines[0]:
        lines.insert(0, title)
    date = getattr(extracted, "date", None) or ""
    return Document(path=shown, text="\n".join(lines), encoding=encoding, kind="html",
                    title=title, date=date), warning


def _outside_clutter(lines: list[str], plain: list[str]) -> list[str]:
    """LINES less those found only inside navigation, scripts and page
    furniture (the plain parser's ``_SKIPPED_TAGS``).

    On a short page trafilatura falls back to a cruder extraction that keeps
    a ``<nav>`` menu's links as text; the plain parser never does, so a line
    must be in both. Compared without spaces or the list and table marks
    either adds. If nothing would be left, the lines are kept as they are.
    """
    page = _squash("".join(plain))
    kept = [line for line in lines if _squash(line) in page]
    return kept or lines


def _squash(text: str) -> str:
    return re.sub(r"[\s|]+", "", text.removeprefix("- "))


def decode_page(data: bytes, shown: str) -> tuple[str, str, str | None]:
    """(text, encoding, warning): the declared charset when the bytes agree,
    else what the bytes are (the warning then says the declaration is wrong)."""
    from checker.decoding import decode_bytes

    written, declared = _declared_charset(data)
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                         codecs.BOM_UTF16_BE)):
        try:
            return data.decode(declared).replace("\r\n", "\n"), declared, None
        except UnicodeDecodeError:
            pass
    text, encoding = decode_bytes(data, shown)
    warning = None
    if declared and _family(declared) != _family(encoding):
        warning = (f"the page declares charset {written} but is {encoding}; "
                   f"read as {encoding}")
    return text, encoding, warning


def _declared_charset(data: bytes) -> tuple[str, str | None]:
    """(the charset as the page writes it, the codec to decode it with)."""
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        return "", None
    written = match.group(1).decode("ascii", errors="replace")
    try:
        name = codecs.lookup(written).name
    except LookupError:
        return written, None  # an unknown charset name: detect it instead
    return written, _SUPERSETS.get(name, name)


def _family(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    name = _SUPERSETS.get(name, name)
    return "utf-8" if name in ("utf-8", "utf-8-sig") else name


def _one_line(text: str) -> str:
    return " ".join(text.split())


_CONFIG = None


def _config():
    global _CONFIG
    if _CONFIG is None:
        from trafilatura.settings import use_config

        config = use_config()
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", _MIN_TEXT)
        config.set("DEFAULT", "MIN_OUTPUT_SIZE", _MIN_TEXT)
        config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal alarm: not main-thread safe
        _CONFIG = config
    return _CONFIG


# Elements whose text is never the article: code, styling, navigation and
# page furniture. Their content is skipped by the plain parser.
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "nav",
                           "header", "footer", "aside", "form", "button", "select", "iframe",
                           "object", "canvas"})
_VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                        "meta", "param", "source", "track", "wbr"})
# Elements that end a line of text.
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                         "blockquote", "pre", "section", "article", "main", "tr", "table", "ul",
                         "ol", "dl", "figcaption", "caption", "hr", "body", "title"})
_CELL_TAGS = frozenset({"td", "th"})


class _PlainText(HTMLParser):
    """Text of a page by lines, without the content of ``_SKIPPED_TAGS``;
    a table row on one line with its cells apart, as Word tables are read."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self._skipping: list[str] = []
        self._cells = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS and not self._skipping:
                self.lines.append("")
            return
        if self._skipping or tag in _SKIPPED_TAGS:
            self._skipping.append(tag)
        elif tag in _CELL_TAGS:
            if self._cells and self.lines[-1].strip():
                self.lines[-1] += " | "
            self._cells += 1
        elif tag in _BLOCK_TAGS:
            self._cells = 0
            self.lines.append("")

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag in self._skipping:  # close it, and whatever was left open inside
                del self._skipping[len(self._skipping) - 1 - self._skipping[::-1].index(tag):]
            return
        if tag in _BLOCK_TAGS:
            self._cells = 0
            self.lines.append("")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.lines[-1] += data


def plain_lines(page: str) -> list[str]:
    """The non-blank lines of PAGE's text, whitespace runs as one space."""
    parser = _PlainText()
    parser.feed(page)
    parser.close()
    lines = (" ".join(line.split()) for line in parser.lines)
    return [line.strip(" |") for line in lines if line.strip(" |")]
