"""Read a draft article (Markdown or plain text, English or Chinese) and pick
out the sentences that make checkable claims, with their line and column.

Markdown syntax is masked with spaces rather than removed, so every column
still points into the file as written: link targets, emphasis marks, list
markers and block quotes become blanks; headings, fenced code blocks, HTML
comments and front matter are skipped. A paragraph wrapped over several
lines is one text, and each sentence keeps the line and column it starts at.

A sentence is checkable when the analyser finds a value in it (amount,
percent, count, date, rank, ...), a person with a role, or an entity with a
measure. Everything else is counted as skipped. This module does not verify
anything (that is ``pipeline.check_draft``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from checker.analyse import analyse
from checker.lexicon import Lexicon
from checker.model import Claim
from checker.normalise import normalise_for_match


@dataclass(frozen=True)
class DraftSentence:
    text: str
    line: int
    """1-based line of the sentence's first character."""
    column: int
    """1-based column (code points) of the sentence's first character."""


# Markdown constructs masked with spaces (length kept):
#   [text](https://x.y "t")  → " text" + blanks    ![alt](img.png) → blanks
#   **bold**, *em*, __b__, _e_, `code`  → marks blanked
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MARKS = re.compile(r"\*\*|__|(?<![\w*])\*(?!\s)|(?<!\w)_(?!\s)|`")
# Line starts: "# ", "> ", "- ", "* ", "+ ", "12. ", "1) " (nested too).
_LINE_START = re.compile(r"^(\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+)?)")
# Sentence ends: Chinese 。!? (and full-width forms), or . ! ? followed by a
# space or the end in English ("9.2 billion" and "U.S. listing" do not end a
# sentence: a decimal point has no space after it, and a single capital
# letter before the dot is an initial).
_SENTENCE_END = re.compile(r"[。!?!?]+[”’\"']?|(?<!\b[A-Z])[.!?]+[”’\"')]?(?=\s|$)")


def _mask(line: str) -> str:
    def blank(match: re.Match) -> str:
        return " " * len(match.group(0))

    def keep_text(match: re.Match) -> str:
        inner = match.group(1)
        return " " + inner + " " * (len(match.group(0)) - len(inner) - 1)

    line = _IMAGE.sub(blank, line)
    line = _LINK.sub(keep_text, line)
    line = _MARKS.sub(blank, line)
    lead = _LINE_START.match(line)
    if lead and lead.group(1):
        line = " " * len(lead.group(1)) + line[len(lead.group(1)):]
    return line


def _paragraphs(text: str):
    """Yield paragraphs as (joined text, [(offset, line, column0) per char])."""
    lines = text.split("\n")
    in_fence = in_comment = False
    start = 0
    if lines and lines[0].strip() == "---":  # YAML front matter
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                start = i + 1
                break
    buffer: list[tuple[str, int]] = []
    for number in range(start, len(lines)):
        raw = lines[number]
        stripped = raw.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            yield from _flush(buffer)
            continue
        if in_fence:
            continue
        if stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
            continue
        if in_comment:
            in_comment = "-->" not in stripped
            continue
        if not stripped or re.match(r"^\s*(?:[-*+]\s|\d{1,3}[.)]\s|#{1,6}\s|>)", raw):
            yield from _flush(buffer)
        if re.match(r"^\s{0,3}#{1,6}\s", raw):
            continue  # a heading is a title, not a statement to check
        if stripped:
            buffer.append((_mask(raw), number + 1))
    yield from _flush(buffer)


def _flush(buffer: list[tuple[str, int]]):
    if not buffer:
        return
    text_parts: list[str] = []
    where: list[tuple[int, int]] = []
    for masked, line in buffer:
        if text_parts:
            text_parts.append(" ")
            where.append((line, 0))
        text_parts.append(masked)
        where.extend((line, col) for col in range(len(masked)))
    buffer.clear()
    yield "".join(text_parts), where


def draft_sentences(text: str) -> list[DraftSentence]:
    sentences = []
    for paragraph, where in _paragraphs(text):
        start = 0
        for match in _SENTENCE_END.finditer(paragraph):
            sentences.extend(_sentence(paragraph, where, start, match.end()))
            start = match.end()
        sentences.extend(_sentence(paragraph, where, start, len(paragraph)))
    return sentences


def _sentence(paragraph: str, where: list[tuple[int, int]], start: int, end: int):
    chunk = paragraph[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    body = " ".join(chunk.split())
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
    for sentence in draft_sentences(text):
        if is_checkable(sentence.text, lexicon):
            claims.append(Claim(id=f"{sentence.line}:{sentence.column}", text=sentence.text,
                                line=sentence.line))
        else:
            skipped += 1
    return claims, skipped


def claims_yaml(claims: list[Claim], sources: list[str], draft: str) -> str:
    """A claims file an editor can review and keep."""
    doc = {
        "version": 1,
        "sources": sources,
        "claims": [{"id": c.id, "text": c.text} for c in claims],
    }
    header = f"# Claims found in {draft} by `checker check --emit-claims`.\n"
    return header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)
