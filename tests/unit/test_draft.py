"""Drafts checked as written: sentence finding with positions, and the
verdict per sentence on the case drafts in tests/cases/drafts/."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.draft import checkable_claims, claims_yaml, draft_sentences
from checker.lexicon import load_lexicon
from checker.pipeline import check_draft

ROOT = Path(__file__).resolve().parents[2]
DRAFTS = sorted((ROOT / "tests" / "cases" / "drafts").glob("*.md"))


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.stem)
def test_case_draft_verdicts(draft, monkeypatch):
    monkeypatch.chdir(ROOT)
    expected = yaml.safe_load(draft.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    report, skipped = check_draft(draft, ["seeds"])
    got = {r.claim.id: r.verdict for r in report.results}
    assert got == expected["claims"]
    assert skipped == expected["skipped"]


def test_columns_point_into_the_file_as_written():
    text = "Intro line.\n\n- See [the filing](https://x.y/z) for **92亿元** of losses at MiniMax.\n"
    sentences = draft_sentences(text)
    assert [s.line for s in sentences] == [1, 3]
    target = sentences[1]
    line = text.split("\n")[target.line - 1]
    assert line[target.column - 1:].startswith("See")
    assert "https" not in target.text and "**" not in target.text
    assert "the filing" in target.text


def test_wrapped_paragraph_is_one_text_and_decimals_do_not_split():
    text = "MiniMax lost 9.2 billion\nyuan in total. Zhipu's U.S. rivals\nare larger.\n"
    sentences = draft_sentences(text)
    assert [s.text for s in sentences] == [
        "MiniMax lost 9.2 billion yuan in total.", "Zhipu's U.S. rivals are larger."]
    assert (sentences[1].line, sentences[1].column) == (2, 16)


def test_code_comments_headings_and_front_matter_are_not_checked():
    text = ("---\ntitle: 73.1%\n---\n# Revenue was 3亿元\n```\nrevenue 73.1%\n```\n"
            "<!-- 73.6% -->\nPlain words only here.\n")
    assert [s.text for s in draft_sentences(text)] == ["Plain words only here."]


def test_checkable_claims_and_emitted_claims_file():
    lexicon = load_lexicon()
    claims, skipped = checkable_claims("智谱2024年营收3亿元。天气很好。Kimi has 9 million MAU.",
                                       lexicon)
    assert [c.text for c in claims] == ["智谱2024年营收3亿元。", "Kimi has 9 million MAU."]
    assert skipped == 1
    emitted = yaml.safe_load(claims_yaml(claims, ["../seeds"], "draft.md"))
    assert emitted["sources"] == ["../seeds"]
    assert [c["text"] for c in emitted["claims"]] == [c.text for c in claims]
    assert len({c["id"] for c in emitted["claims"]}) == len(claims)
