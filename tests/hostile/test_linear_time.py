"""Issue 8: the text stages stay linear on long hostile lines.

The default run counts work instead of timing it (issue 13: timings fail on
a busy machine): each stage runs on a hostile string and on one twice as
long under a profiler that counts the function calls it makes, Python's and
C's (each regex search, each str method). The counts are the same on any
machine, and quadratic work in the stages' own code shows as doubling the
input quadrupling the calls.

Work inside one C call (a regex backtracking) is invisible to that count, so
the timed tests stay too, behind the ``slow`` marker (``CHECKER_SLOW=1``):
catastrophic backtracking shows as a time that explodes. Their bounds are
generous because test machines are noisy: a linear stage passes with a wide
margin, a quadratic one fails by orders of magnitude.

``analyse`` reads one passage at a time, and ``segment`` cuts passages to at
most ``MAX_PASSAGE_CHARS``, so it is timed as the pipeline runs it: on every
passage of a hostile text. (Called directly on one huge string it is not
linear: each value looks at every measure and clause of its text.)
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

import pytest

from checker.language.lexicon import load_lexicon
from checker.language.normalise import normalise
from checker.language.values import parse_values
from checker.model import Document
from checker.stages.analyse import analyse
from checker.stages.segment import MAX_PASSAGE_CHARS, segment

MB = 2**20
SECONDS_PER_MB = 20.0  # measured: 0.1-7 s per MB (parse_values on 智1智1... is the slowest)
# analyse matches the whole lexicon at every position: measured up to ~35 s per
# MB of dense hostile text (营收3亿元,...), ~8 s per MB of prose. Quadratic
# work would take hours per MB.
ANALYSE_SECONDS_PER_MB = 120.0
DOUBLING = 3.0  # linear: about 2; quadratic: 4
SLACK = 0.1  # seconds: timer and allocator noise on small timings

slow = pytest.mark.skipif(os.environ.get("CHECKER_SLOW") != "1",
                          reason="slow, timed: set CHECKER_SLOW=1 to run")
COUNTED_CHARS = 16_384
"""Input for the counted tests: profiling every call is slow, and the counts
are exact, so a small input tells as much as a large one."""
CALL_DOUBLING = 2.3  # linear: 2 or less; quadratic: 4
CALL_SLACK = 50  # set-up calls that do not grow with the input

HOSTILE = {
    "digits and commas": "1,234,567,",
    "repeated 亿万": "亿万",
    "long Latin word": "supercalifragilisticexpialidocious",
    "Latin words": "listing revenue valuation ",
    "alternating CJK and ASCII": "智a",
    "alternating CJK and digits": "智1",
    "pinyin notes": "業(yè)",
    "open brackets": "(（[",
    "sentence ends": "。!?”",
    "dates": "2026年1月8日-",
    "measures and values": "营收3亿元,",
    "pronouns": "其,",
}


def hostile(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def timed(function: Callable[[str], object], text: str, runs: int = 1) -> float:
    """The best of RUNS timings: the machine is shared, and the minimum is the
    least disturbed measure of the work itself."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - started)
    return best


def assert_linear(function: Callable[[str], object], unit: str, chars: int,
                  seconds_per_mb: float = SECONDS_PER_MB) -> None:
    small = timed(function, hostile(unit, chars // 2), runs=2)
    large = timed(function, hostile(unit, chars), runs=2)
    assert large < seconds_per_mb * chars / MB, f"{large:.2f}s for {chars:,} characters"
    assert large < DOUBLING * small + SLACK, f"{small:.2f}s → {large:.2f}s when doubled"


def calls(function: Callable[[str], object], text: str) -> int:
    """How many functions FUNCTION(TEXT) calls, Python and C ones alike."""
    count = 0

    def profile(frame, event, arg) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1
    sys.setprofile(profile)
    try:
        function(text)
    finally:
        sys.setprofile(None)
    return count


def assert_linear_calls(function: Callable[[str], object], unit: str, chars: int) -> None:
    function(hostile(unit, chars // 4))  # warm up: lazy loads and compiled patterns
    small = calls(function, hostile(unit, chars))
    large = calls(function, hostile(unit, 2 * chars))
    assert large <= CALL_DOUBLING * small + CALL_SLACK, f"{small:,} → {large:,} calls when doubled"


STAGES: dict[str, Callable[[str], object]] = {
    "normalise": normalise,
    "segment": lambda text: segment(Document(path="x.txt", text=text, encoding="utf-8")),
    "parse_values": parse_values,
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
@pytest.mark.parametrize("stage", sorted(STAGES))
def test_stage_makes_linear_calls_on_a_hostile_line(stage, case):
    assert_linear_calls(STAGES[stage], HOSTILE[case], COUNTED_CHARS)


@pytest.mark.slow
@slow
@pytest.mark.parametrize("case", sorted(HOSTILE))
@pytest.mark.parametrize("stage", sorted(STAGES))
def test_stage_is_linear_on_a_1_mb_hostile_line(stage, case):
    assert_linear(STAGES[stage], HOSTILE[case], MB)


@pytest.fixture(scope="module")
def lexicon():
    lexicon = load_lexicon()
    analyse("智谱上市。", lexicon)  # warm up: matchers compile on first use
    return lexicon


def analyse_passages(text: str, lexicon) -> None:
    for passage in segment(Document(path="x.txt", text=text, encoding="utf-8")):
        analyse(passage.text, lexicon, passage.clauses)


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_analyse_makes_linear_calls_over_the_passages_of_hostile_text(lexicon, case):
    assert_linear_calls(lambda text: analyse_passages(text, lexicon), HOSTILE[case],
                        COUNTED_CHARS // 8)


@pytest.mark.slow
@slow
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_analyse_is_linear_over_the_passages_of_hostile_text(lexicon, case):
    assert_linear(lambda text: analyse_passages(text, lexicon), HOSTILE[case], MB // 16,
                  ANALYSE_SECONDS_PER_MB)


@pytest.mark.slow
@slow
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_analyse_of_the_longest_passage_is_quick(lexicon, case):
    seconds = timed(lambda text: analyse(text, lexicon), hostile(HOSTILE[case], MAX_PASSAGE_CHARS))
    assert seconds < 1.0


def test_segment_bounds_every_passage_of_a_hostile_line():
    text = hostile("1,234,567,", MB)
    passages = segment(Document(path="x.txt", text=text, encoding="utf-8"))
    assert max(len(p.text) for p in passages) <= MAX_PASSAGE_CHARS
    assert {p.line for p in passages} == {1}
    # Together the passages cover the line: nothing is lost at the cuts.
    assert "".join(p.excerpt for p in passages) == text
