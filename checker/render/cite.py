"""Citations a writer can paste: the passage in its original script with where
it comes from, in a few house styles.

plain:     “excerpt” (seeds/002_x.txt, line 44, col 31)
markdown:  > excerpt
           >
           > — [002_x.txt:44](seeds/002_x.txt#L44)
footnote:  “excerpt”[^1] ... [^1]: seeds/002_x.txt, line 44, col 31.

A passage from a PDF, Word file or web page is cited where a person finds it
in that file (``checker.io.locate``): “excerpt” (report.pdf, page 12, line 3),
[report.pdf:p12:3](report.pdf#page=12), memo.docx, paragraph 4.

The markdown and footnote styles are Markdown, so the excerpt and the file
name are escaped as the Markdown report escapes them (``<script>``,
``onerror=``, ``[x](javascript:...)`` and control characters show as
written) and the link's target is percent-encoded, so no file name can turn
it into a ``javascript:`` link. The plain style is text: whoever shows it
escapes it for where it goes (the text renderer, for a terminal).

It formats; it does not find passages (that is ``pipeline.quote``).
"""
from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import quote

from checker.model import Location, Passage
from checker.render.common import escape_markdown, link_fragment

STYLES = ("plain", "markdown", "footnote")


def place(passage: Passage, location: Location | None = None) -> str:
    if location is not None and location.kind in ("pdf", "docx"):
        return f"{passage.source}, {location.words}"
    return f"{passage.source}, line {passage.line}, col {passage.start + 1}"


def cite(passage: Passage, style: str = "plain", number: int = 1,
         location: Location | None = None) -> str:
    """One citation of ``passage`` in ``style`` (see the module docstring);
    LOCATION: where it is in the original file of a PDF, DOCX or HTML source."""
    excerpt = passage.excerpt.strip()
    if style == "plain":
        return f"“{excerpt}” ({place(passage, location)})"
    if style == "markdown":
        name = PurePosixPath(passage.source).name
        name = f"{name}:{location.label}" if location is not None else f"{name}:{passage.line}"
        target = quote(passage.source, safe="/")  # ':' too: never a scheme
        fragment = link_fragment(location, passage.line, excerpt)
        return (f"> {escape_markdown(excerpt)}\n>\n"
                f"> — [{escape_markdown(name)}]({target}{fragment})")
    if style == "footnote":
        return (f"“{escape_markdown(excerpt)}”[^{number}]\n\n"
                f"[^{number}]: {escape_markdown(place(passage, location))}.")
    raise ValueError(f"unknown citation style {style!r}; choose from {', '.join(STYLES)}")
