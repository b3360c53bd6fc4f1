"""Citations a writer can paste: the passage in its original script with where
it comes from, in a few house styles.

plain:     “excerpt” (seeds/002_x.txt, line 44, col 31)
markdown:  > excerpt
           >
           > — [002_x.txt:44](seeds/002_x.txt#L44)
footnote:  “excerpt”[^1] ... [^1]: seeds/002_x.txt, line 44, col 31.

It formats; it does not find passages (that is ``pipeline.quote``).
"""
from __future__ import annotations

from pathlib import PurePosixPath

from checker.model import Passage

STYLES = ("plain", "markdown", "footnote")


def place(passage: Passage) -> str:
    return f"{passage.source}, line {passage.line}, col {passage.start + 1}"


def cite(passage: Passage, style: str = "plain", number: int = 1) -> str:
    """One citation of ``passage`` in ``style`` (see the module docstring)."""
    excerpt = passage.excerpt.strip()
    if style == "plain":
        return f"“{excerpt}” ({place(passage)})"
    if style == "markdown":
        name = PurePosixPath(passage.source).name
        quoted = excerpt.replace("\n", " ")
        return f"> {quoted}\n>\n> — [{name}:{passage.line}]({passage.source}#L{passage.line})"
    if style == "footnote":
        return f"“{excerpt}”[^{number}]\n\n[^{number}]: {place(passage)}."
    raise ValueError(f"unknown citation style {style!r}; choose from {', '.join(STYLES)}")
