"""Read a saved web page (``.html``, ``.htm``): the article's main text.

The page is decoded (a BOM, else the charset its ``<meta>`` declares when the
bytes agree, else the loader's own detection: UTF-8, UTF-16, GB18030, Big5),
then trafilatura keeps the article and drops navigation, menus, scripts,
styles, comments, sidebars and footers. The text is one line per paragraph
of the article, the page's title first when the article does not start with
it; the title and the publication date are kept on the ``Document``.
Positions are lines of this extracted text (the original file is named in
every citation); the HTML report links to the page at the quoted words.

It does not run scripts, fetch anything, or read pages behind a login: a
page that holds no article text is skipped with a warning.
"""
from __future__ import annotations

import codecs
import re

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
        from checker.readers import missing_library
        raise missing_library(shown, "trafilatura", "web pages") from None
    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                            include_tables=True, include_images=False,
                                            deduplicate=False, config=_config())
    body = getattr(extracted, "text", None) or ""
    lines = [line.strip() for line in body.replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise SourceError("no article text found in the page (only menus, scripts or markup)",
                          file=shown, hint="save the article's own page, or its text as .txt")
    title = _one_line(getattr(extracted, "title", None) or "")
    if title and title != lines[0]:
        lines.insert(0, title)
    date = getattr(extracted, "date", None) or ""
    return Document(path=shown, text="\n".join(lines), encoding=encoding, kind="html",
                    title=title, date=date), warning


def decode_page(data: bytes, shown: str) -> tuple[str, str, str | None]:
    """(text, encoding, warning): the declared charset when the bytes agree,
    else what the bytes are (the warning then says the declaration is wrong)."""
    from checker.load import decode_bytes

    declared = _declared_charset(data)
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                         codecs.BOM_UTF16_BE)):
        try:
            return data.decode(declared).replace("\r\n", "\n"), declared, None
        except UnicodeDecodeError:
            pass
    text, encoding = decode_bytes(data, shown)
    warning = None
    if declared and _family(declared) != _family(encoding):
        warning = (f"the page declares charset {declared} but is {encoding}; "
                   f"read as {encoding}")
    return text, encoding, warning


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None  # an unknown charset name: detect it instead
    return _SUPERSETS.get(name, name)


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
