"""Read a draft article (Markdown or plain text, English or Chinese) and pick
out the sentences that make checkable claims, with their line and column.

The draft is parsed as CommonMark (with GitHub tables) by markdown-it-py,
whose tokens carry the lines they come from. Only the text of paragraphs
(in list items and block quotes too) is checked; headings of both kinds
(``# Title`` and ``Title`` over ``=====``), tables (not at all: a cell is
rarely a sentence), code blocks, HTML blocks, front matter (``---`` or
``+++``) and link reference definitions never are. Inside a paragraph the
inline parser's own rules say what is syntax: link targets (``[text](url)``,
``[text][1]``), images, inline code, inline HTML, autolinks, entities and
emphasis marks are masked with spaces, so every column still points into
the file as written. A paragraph wrapped over several lines is one text,
and each sentence keeps the line and column it starts at.

Markers in HTML comments, in the style of Vale and ruff, leave text out:
``<!-- checker: ignore -->`` (also ``skip-next``) the next sentence,
``<!-- checker: skip -->`` the next paragraph, and ``<!-- checker: off -->``
… ``<!-- checker: on -->`` everything between. They work on a line of their
own and inside a paragraph.

A sentence is checkable when the analyser finds a value in it (amount,
percent, count, date, rank, ...), a person with a role, or an entity with a
measure. Everything else is counted as skipped. This module does not verify
anything (that is ``pipeline.check_draft``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from checker.language.lexicon import Lexicon
from checker.language.normalise import normalise_for_match
from checker.language.sentences import sentence_spans
from checker.model import Claim
from checker.stages.analyse import analyse


@dataclass(frozen=True)
class DraftSentence:
    text: str
    line: int
    """1-based line of the sentence's first character."""
    column: int
    """1-based column (code points) of the sentence's first character."""


# "the report ." → "the report.", "report , and" → "report, and"
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?)\]。,、;:!?」』”’])")
# "( source)" → "(source)" (the "[" of a link was masked)
_SPACE_AFTER_OPENING = re.compile(r"([(\[「『“‘])\s+")
# <!-- checker: off -->, <!-- Checker: ignore -->, <!--checker:skip-next-->
_MARKER = re.compile(r"<!--\s*checker:\s*(off|on|ignore|skip-next|skip)\s*-->", re.IGNORECASE)
# Front matter: YAML between "---" lines (closed by "---" or "..."), TOML between "+++".
_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}
# Inline rules whose whole match is syntax, not prose (a link's text is given
# back: see _Recorder.keep). "text", "newline" and "linkify" are prose.
_SYNTAX_RULES = frozenset({"backticks", "strikethrough", "emphasis", "link", "image",
                           "autolink", "html_inline", "entity"})


# -- the parser, instrumented --------------------------------------------------

@dataclass
class _Recorder:
    """What the inline rules matched in one paragraph's text (SRC): ranges
    of syntax to mask, ranges to keep (a link's text), and markers."""

    src: str
    ranges: list[tuple[int, int, bool]] = field(default_factory=list)
    """(start, end, keep) in SRC; nested ranges, the innermost wins."""
    markers: list[tuple[int, str]] = field(default_factory=list)
    depth: int = 0


_RECORDING: ContextVar[_Recorder | None] = ContextVar("draft_recording", default=None)


def _recorded(name: str, rule: Callable) -> Callable:
    def run(state, silent: bool) -> bool:
        start = state.pos
        matched = rule(state, silent)
        recorder = _RECORDING.get()
        # `is`: an image's alt text is parsed from a copy, whose offsets are not ours.
        if matched and not silent and recorder is not None and state.src is recorder.src:
            if name == "escape":  # \* : the backslash is syntax, the star is text
                recorder.ranges.append((start, start + 1, False))
            else:
                recorder.ranges.append((start, state.pos, False))
            if name == "html_inline":
                recorder.markers.extend((start, m.group(1).lower())
                                        for m in _MARKER.finditer(state.src, start, state.pos))
        return matched
    return run


@lru_cache(maxsize=1)
def _parser():
    """CommonMark with GitHub tables, its inline rules wrapped to record what
    they match; the core's own inline pass is off (``_paragraphs`` runs it)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    md.disable("inline")
    for rule in md.inline.ruler.__rules__:
        if rule.name in _SYNTAX_RULES or rule.name == "escape":
            rule.fn = _recorded(rule.name, rule.fn)
    md.inline.ruler.__cache__ = None
    tokenize = md.inline.tokenize

    def tokenize_recorded(state) -> None:
        # Called again from inside the link rule for the link's text: keep it.
        recorder = _RECORDING.get()
        if recorder is not None and state.src is recorder.src:
            if recorder.depth:
                recorder.ranges.append((state.pos, state.posMax, True))
            recorder.depth += 1
            try:
                tokenize(state)
            finally:
                recorder.depth -= 1
        else:
            tokenize(state)

    md.inline.tokenize = tokenize_recorded
    return md


def _masked(content: str, env: dict) -> tuple[str, list[tuple[int, str]]]:
    """CONTENT (a paragraph's text) with its Markdown syntax blanked, and the
    markers found inside it as (offset, kind)."""
    recorder = _Recorder(content)
    token = _RECORDING.set(recorder)
    try:
        _parser().inline.parse(content, _parser(), env, [])
    finally:
        _RECORDING.reset(token)
    chars = list(content)
    # Longest first, so an inner range (a link's text inside the link) wins.
    for start, end, keep in sorted(recorder.ranges, key=lambda r: r[0] - r[1]):
        chars[start:end] = content[start:end] if keep else " " * (end - start)
    return "".join(chars), recorder.markers


# -- paragraphs with their positions -------------------------------------------

@dataclass
class _Paragraph:
    text: str
    """The masked text, lines joined by one space each."""
    where: list[tuple[int, int]]
    """(1-based line, 0-based column) of each character of ``text``."""
    markers: list[tuple[int, str]]
    """(offset in ``text``, kind) of markers inside the paragraph."""
    skipped: bool = False
    """Left out by ``<!-- checker: skip -->`` before it."""


def _blank_front_matter(lines: list[str]) -> None:
    """Blank the front matter in place (lines kept, so numbers stay right)."""
    closers = _FRONT_MATTER.get(lines[0].strip()) if lines else None
    if not closers:
        return
    for number in range(1, len(lines)):
        if lines[number].strip() in closers:
            lines[:number + 1] = [""] * (number + 1)
            return


def _source_columns(lines: list[str], first: int, content: str) -> list[tuple[int, int]]:
    """Where each line of CONTENT (a paragraph as the parser gives it, its
    container marks and indentation removed) starts: (line index, column)."""
    starts = []
    for offset, part in enumerate(content.split("\n")):
        number = first + offset
        source = lines[number] if number < len(lines) else ""
        trimmed = source.rstrip()
        if trimmed.endswith(part.rstrip()):
            column = len(trimmed) - len(part.rstrip())
        else:  # a tab split by the indentation: find it, else trust the start
            found = source.find(part.strip())
            column = max(found, 0)
        starts.append((number, column))
    return starts


def _paragraphs(text: str) -> Iterator[_Paragraph | tuple[str, int]]:
    """The draft's paragraphs in order, and its block-level markers as (kind, line)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    _blank_front_matter(lines)
    env: dict = {}
    tokens = _parser().parse("\n".join(lines), env)
    for index, token in enumerate(tokens):
        if token.type == "html_block":
            for match in _MARKER.finditer(token.content):
                yield match.group(1).lower(), token.map[0] + 1 if token.map else 0
            continue
        # Only a paragraph's text: not a heading's, not a table cell's.
        if token.type != "inline" or index == 0 or tokens[index - 1].type != "paragraph_open":
            continue
        masked, inline_markers = _masked(token.content, env)
        starts = _source_columns(lines, token.map[0], token.content)
        where: list[tuple[int, int]] = []
        for (number, column), part in zip(starts, masked.split("\n")):
            if where:  # the line break before this line, read as a space
                where.append(where[-1])
            where.extend((number + 1, column + i) for i in range(len(part)))
        yield _Paragraph(masked.replace("\n", " "), where, inline_markers)


def draft_sentences(text: str, abbreviations: frozenset[str] | None = None
                    ) -> list[DraftSentence]:
    """The sentences of the draft's paragraphs that no marker leaves out
    (ABBREVIATIONS: see ``checker.language.sentences.sentence_spans``)."""
    sentences: list[DraftSentence] = []
    state = {"off": False, "ignore": 0, "skip": False}

    def mark(kind: str) -> None:
        if kind in ("off", "on"):
            state["off"] = kind == "off"
        elif kind == "skip":
            state["skip"] = True
        else:  # ignore, skip-next
            state["ignore"] += 1

    for item in _paragraphs(text):
        if isinstance(item, tuple):
            mark(item[0])
            continue
        skip_paragraph, state["skip"] = state["skip"], False
        markers = sorted(item.markers)
        start = 0
        # Sentences end where they end in sources (``checker.language.sentences``).
        for _, end in sentence_spans(item.text, abbreviations):
            while markers and markers[0][0] <= start + _lead(item.text, start, end):
                mark(markers.pop(0)[1])
            found = _sentence(item.text, item.where, start, end)
            start = end
            if not found:
                continue
            if skip_paragraph or state["off"]:
                continue
            if state["ignore"]:
                state["ignore"] -= 1
                continue
            sentences.extend(found)
        for _, kind in markers:
            mark(kind)
    return sentences


def _lead(paragraph: str, start: int, end: int) -> int:
    """Blanks before the sentence in PARAGRAPH[START:END] (a marker there comes before it)."""
    chunk = paragraph[start:end]
    return len(chunk) - len(chunk.lstrip())


def _sentence(paragraph: str, where: list[tuple[int, int]], start: int, end: int):
    chunk = paragraph[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    # A masked link target leaves blanks before the punctuation that followed it.
    body = _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(chunk.split()))
    body = _SPACE_AFTER_OPENING.sub(r"\1", body)
    if not body or not re.search(r"[\w\u3400-\u9fff]", body):
        return []
    line, column = where[start + lead]
    return [DraftSentence(body, line, column + 1)]


def is_checkable(sentence: str, lexicon: Lexicon) -> bool:
    """A value, a person with a role, or an entity with a measure."""
    analysis, _ = analyse(normalise_for_match(sentence), lexicon)
    if analysis.values:
        return True
    kinds = {m.kind for m in analysis.mentions}
    return "entity" in kinds and "measure" in kinds


def checkable_claims(text: str, lexicon: Lexicon) -> tuple[list[Claim], int]:
    """Claims for the checkable sentences of a draft, and how many were skipped.

    A claim's id is ``LINE:COLUMN`` of its sentence in the draft, so every
    report format points at the place to fix.
    """
    claims: list[Claim] = []
    skipped = 0
    before: list[str] = []
    for sentence in draft_sentences(text, lexicon.grammar("en").abbreviations):
        if is_checkable(sentence.text, lexicon):
            # The sentences before it, for its pronouns ("Both companies …",
            # "The company …", 该公司, 其).
            claims.append(Claim(id=f"{sentence.line}:{sentence.column}", text=sentence.text,
                                line=sentence.line, context=" ".join(before[-CONTEXT_SENTENCES:])))
        else:
            skipped += 1
        before.append(sentence.text)
    return claims, skipped


CONTEXT_SENTENCES = 2
"""Sentences of a draft before a claim that its pronouns may refer to."""


def claims_yaml(claims: list[Claim], sources: list[str], draft: str) -> str:
    """A claims file an editor can review and keep."""
    doc = {
        "version": 1,
        "sources": sources,
        "claims": [{"id": c.id, "text": c.text, **({"context": c.context} if c.context else {})}
                   for c in claims],
    }
    header = f"# Claims found in {draft} by `checker check --emit-claims`.\n"
    return header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)
