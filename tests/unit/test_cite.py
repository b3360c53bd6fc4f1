"""Citations a writer pastes, and quotes with their context."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.model import Passage
from checker.pipeline import quote
from checker.render.cite import cite

ROOT = Path(__file__).resolve().parents[2]

PASSAGE = Passage(source="seeds/002_x.txt", index=3, paragraph=43, text="x", origin=(0, 1),
                  excerpt="MiniMax的境外收入,占到了總收入的73.1%。", line=44, start=30, end=55)


def test_plain_citation_has_the_original_text_and_place():
    assert cite(PASSAGE, "plain") == (
        "“MiniMax的境外收入,占到了總收入的73.1%。” (seeds/002_x.txt, line 44, col 31)")


def test_markdown_citation_links_the_line():
    text = cite(PASSAGE, "markdown")
    assert text.startswith("> MiniMax的境外收入")
    assert text.endswith("[002\\_x.txt:44](seeds/002_x.txt#L44)")


def test_footnote_citation_is_numbered():
    text = cite(PASSAGE, "footnote", number=3)
    assert "[^3]" in text.split("\n")[0] and text.endswith(
        "[^3]: seeds/002\\_x.txt, line 44, col 31.")


HOSTILE = Passage(source="src/javascript:alert(1)\x1b[31m<b>.txt", index=0, paragraph=0,
                  text="x", origin=(0, 1), line=2, start=0, end=9,
                  excerpt='<script>alert(1)</script> <img src=x onerror="alert(2)"> '
                          '[cite](javascript:alert(3)) *a* `b` | c\x07')


def test_markdown_citation_escapes_html_links_and_controls():
    text = cite(HOSTILE, "markdown")
    quoted, _, link = text.split("\n")
    assert quoted == ("> \\<script\\>alert(1)\\</script\\> \\<img src=x onerror=\"alert(2)\"\\> "
                      "\\[cite\\](javascript:alert(3)) \\*a\\* \\`b\\` \\| c\\\\u0007")
    # The target is percent-encoded: no scheme, no raw control character.
    assert link == ("> — [javascript:alert(1)\\\\u001b\\[31m\\<b\\>.txt:2]"
                    "(src/javascript%3Aalert%281%29%1B%5B31m%3Cb%3E.txt#L2)")
    assert "\x1b" not in text and "\x07" not in text and "<" not in text.replace("\\<", "")


def test_footnote_citation_escapes_like_markdown():
    text = cite(HOSTILE, "footnote")
    assert text.startswith("“\\<script\\>")
    assert text.endswith("[^1]: src/javascript:alert(1)\\\\u001b\\[31m\\<b\\>.txt, line 2, col 1.")


def test_unknown_style_is_refused():
    with pytest.raises(ValueError):
        cite(PASSAGE, "apa")


@pytest.mark.parametrize("text, place", [
    ("MiniMax overseas revenue 73.1%", ("002_61a020b1efeb3fe6.txt", 44)),
    ("智谱2024年营收3亿元", ("000_df31c1462ca96d06.txt", 55)),
])
def test_quote_finds_the_passage_first_in_both_languages(text, place, monkeypatch):
    monkeypatch.chdir(ROOT)
    quotes = quote(text, ["seeds"], context=1)
    first = quotes[0]
    assert first.stance.stance == "supports"
    assert (Path(first.stance.passage.source).name, first.stance.passage.line) == place
    assert len(first.before) == 1 and first.before[0].index == first.stance.passage.index - 1
    assert len(first.after) == 1 and first.after[0].index == first.stance.passage.index + 1


def test_quote_lists_contradicting_passages_apart(monkeypatch):
    monkeypatch.chdir(ROOT)
    quotes = quote("MiniMax overseas revenue was 80% of total revenue", ["seeds"])
    assert quotes and all(q.stance.stance == "contradicts" for q in quotes)
    assert "73.1%" in quotes[0].stance.reason
