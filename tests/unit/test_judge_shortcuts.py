"""Shortcuts the judge takes for speed give what the long way gives: the
claim's words found in a passage by ``str.find`` rather than a pattern per
word, a scoped cue looked for only in a passage that has such a cue, and a
contradiction's reason and comparisons written only when first read."""
from __future__ import annotations

import pickle
import random
import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from checker import pipeline
from checker.language.grammar import within_clause, within_reach
from checker.language.lexicon import load_lexicon
from checker.language.words import LATIN_WORD, stem
from checker.model import Bearing, Claim, Stance
from checker.stages.judge import align, frames
from checker.stages.judge.facts import read_claim
from checker.stages.judge.verdicts import open_claim

ROOT = Path(__file__).resolve().parents[2]


def test_starts_are_what_a_literal_pattern_finds():
    rng = random.Random(5)
    texts = ["aaaa", "abababa", "智谱智谱谱", "", "a.b*c", "No No no"]
    texts += ["".join(rng.choice("ab谱.") for _ in range(rng.randint(0, 30))) for _ in range(300)]
    words = ["a", "aa", "aba", "谱", "智谱", ".", "a.b*", "No", "x"]
    for text in texts:
        for word in words:
            assert align._starts(word, text) == \
                [m.start() for m in re.finditer(re.escape(word), text)], (word, text)


def _scoped_cue_long_way(claim, passage_text: str, kind: str, adjacent: bool = False) -> str:
    """``align.scoped_cue`` as it was written before its shortcuts."""
    text = passage_text.lower()
    said = [u for u in claim.units if kind == "modal" or not u.entity and not u.name]
    found = {m.start() for u in said for f in (*u.forms, *u.variants) if f
             for m in re.finditer(re.escape(f), text)}
    stems = {s for u in said for s in (*u.stems, *(s for g in u.glossed for s in g))}
    found |= {m.start() for m in LATIN_WORD.finditer(text) if stem(m.group()) in stems}
    starts = sorted(found)
    for start, end, surface in claim.cues(passage_text, kind):
        if kind == "modal" and align._names_plan(claim, surface):
            continue
        if kind == "negation" and align._negates_list_item(text, start, end):
            continue
        for at in starts:
            if at < end:
                continue
            # A plan word reaches to the end of its clause, a negation a few words.
            reach = within_clause if kind == "modal" else within_reach
            if not text[end:at].strip() if adjacent else reach(text[end:at]):
                return surface
            break
    return ""


@cache
def _seeds():
    lexicon = load_lexicon()
    return pipeline.build_corpus([ROOT / "seeds"], lexicon), lexicon


@pytest.mark.parametrize("kind,adjacent", [("negation", False), ("negation", True),
                                           ("modal", False)])
def test_a_scoped_cue_is_the_same_the_short_way(kind, adjacent):
    corpus, lexicon = _seeds()
    cases = yaml.safe_load((ROOT / "tests" / "cases" / "regressions.yaml").read_text("utf-8"))
    claims = [Claim(id=c["id"], text=c["text"]) for c in cases["cases"]][:60]
    items = list(corpus.index.items)
    found = 0
    for claim in claims:
        words = open_claim(read_claim(claim, lexicon), corpus.index, lexicon)
        for item in items[::3]:
            expected = _scoped_cue_long_way(words, item.analysis.text, kind, adjacent)
            assert align.scoped_cue(words, item.analysis.text, kind, adjacent) == expected
            found += bool(expected)
    assert found > 0 or adjacent   # some pairs do have a scoped cue (none adjacent in the seeds)


def test_a_contradiction_written_on_first_use_is_the_stance_written_at_once():
    corpus, lexicon = _seeds()
    cases = yaml.safe_load((ROOT / "tests" / "cases" / "regressions.yaml").read_text("utf-8"))
    claims = [Claim(id=c["id"], text=c["text"]) for c in cases["cases"]]
    items = list(corpus.index.items)
    lazy = 0
    for claim in claims:
        view = read_claim(claim, lexicon)
        for item in items:
            stance = frames.judge(view, item.passage, item.analysis, lexicon,
                                  item.document_entities, item.paragraph_entities)
            if not isinstance(stance, frames._Contradiction):
                continue
            lazy += 1
            assert "reason" not in vars(stance) and "comparisons" not in vars(stance)
            top, matches = vars(stance)["_matches"]
            eager = Stance(stance.passage, Bearing.CONTRADICTS, top.score,
                           frames._contradiction_reason(top, stance.passage),
                           tuple(frames._comparison(m) for m in matches),
                           time_key=stance.time_key, strong=stance.strong)
            if lazy % 2:
                assert stance.comparisons == eager.comparisons and stance.comparisons
                assert stance.reason == eager.reason and stance.reason.startswith("sources say ")
            else:
                assert stance.reason == eager.reason
                assert stance.comparisons == eager.comparisons and stance.comparisons
            assert stance == eager and eager == stance and hash(stance) == hash(eager)
            fresh = frames.judge(view, item.passage, item.analysis, lexicon,
                                 item.document_entities, item.paragraph_entities)
            copy = pickle.loads(pickle.dumps(fresh))   # (before either is read)
            assert copy.comparisons == eager.comparisons and copy == eager
    assert lazy > 20


def test_a_passage_writing_the_claims_number_too_does_not_state_another():
    from checker.language.words import OpenClaim
    from checker.stages.judge.align import _other_number

    claim = OpenClaim(units=(), values=(), negated=False, negated_units=(), denies=False, corrects=False,
                      reports=False, numbers=("27日",), terms=())
    assert _other_number(claim, "北京3月28日电,截至3月27日24时,全国累计报告接种") is None
    assert _other_number(claim, "北京3月28日电,全国累计报告接种") == ("27日", "28日")


def test_a_number_ending_in_a_word_may_stand_before_another():
    from checker.stages.judge.align import _writes_number

    assert _writes_number("截至3月27日24时,全国累计", "3月")
    assert _writes_number("截至3月27日24时,全国累计", "27日")
    assert not _writes_number("截至30日", "3")
    assert not _writes_number("截至13月", "3月")
    # A month said as the end of a range of months is not said alone.
    assert not _writes_number("今年1-3月,全国销量达209万辆", "3月")
    assert not _writes_number("今年1至3月,全国销量达209万辆", "3月")
    # A number the claim counts things with is written only before them.
    assert _writes_number("the port handles 1850 ships a year", "1850", "ship")
    assert not _writes_number("1,500 ships docked in 1850", "1850", "ship")
