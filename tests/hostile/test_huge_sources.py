"""Issue 8: huge sources finish, with line numbers right.

A single 5 MB line is loaded and segmented in seconds, because ``segment``
cuts long sentences into bounded passages. The full runs (a 5 MB line and a
200 MB file through ``verify``) take minutes and gigabytes, so they are
marked ``slow`` and run only with ``CHECKER_SLOW=1``. The files are built at
run time from the seed articles.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from checker.io.load import load_documents
from checker.stages.segment import MAX_PASSAGE_CHARS, segment

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_TEXT = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
MB = 2**20
CLAIMS = """\
claims:
  - id: overseas
    text: MiniMax overseas revenue 73.1%
  - id: listing
    text: Zhipu listed 2026-01-08
  - 智谱拟募资51亿港元
"""
slow = pytest.mark.skipif(os.environ.get("CHECKER_SLOW") != "1",
                          reason="slow: set CHECKER_SLOW=1 to run")


def repeated(text: str, size: int) -> bytes:
    """TEXT repeated to SIZE bytes of UTF-8, cut at a character boundary."""
    data = text.encode()
    data = data * (size // len(data) + 1)
    return data[:size].decode("utf-8", errors="ignore").encode()


def write_repeated(path: Path, text: str, size: int) -> None:
    """Like ``repeated`` but streamed, for files too big to build in memory twice."""
    unit = text.encode()
    with path.open("wb") as handle:
        for _ in range(size // len(unit)):
            handle.write(unit)


def assert_passages_point_into(line: str, passages) -> None:
    assert passages
    assert {p.line for p in passages} == {1}
    assert max(len(p.text) for p in passages) <= MAX_PASSAGE_CHARS
    for p in passages:
        assert line[p.start:p.end] == p.excerpt


@pytest.mark.parametrize("kind", ["prose", "digits and commas"])
def test_5_mb_single_line_loads_and_segments(tmp_path, kind):
    unit = SEED_TEXT.replace("\n", " ") if kind == "prose" else "1,234,567,"
    path = tmp_path / "line.txt"
    path.write_bytes(repeated(unit, 5 * MB))
    # Not timed (issue 13: no wall-clock bounds in the default run); the
    # bounded passages below are what keeps it to seconds (measured ~2 s).
    (document,), warnings = load_documents([path])
    passages = segment(document)
    assert warnings == []
    assert "\n" not in document.text
    assert_passages_point_into(document.text, passages)


@pytest.mark.slow
@slow
def test_5_mb_single_line_through_verify(workdir, verify):
    (workdir / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    (workdir / "line.txt").write_bytes(repeated(SEED_TEXT.replace("\n", " "), 5 * MB))
    started = time.perf_counter()
    run = verify("claims.yaml", "--sources", "line.txt", "--format", "json",
                 "-o", "out/report.json")
    elapsed = time.perf_counter() - started
    assert run.code in (0, 1), run.err
    data = run.report(workdir)
    assert {e["line"] for c in data["claims"] for e in c["evidence"]} <= {1}
    assert elapsed < 600, f"{elapsed:.0f}s"  # measured: ~12 s


@pytest.fixture(scope="module")
def file_200_mb(tmp_path_factory) -> tuple[Path, int]:
    """A 200 MB file of the seed articles repeated, and its number of lines."""
    path = tmp_path_factory.mktemp("huge") / "huge.txt"
    unit = SEED_TEXT + "\n"
    write_repeated(path, unit, 200 * MB)
    return path, (200 * MB // len(unit.encode())) * unit.count("\n")


@pytest.mark.slow
@slow
def test_200_mb_file_loads_and_segments_with_lines_right(file_200_mb):
    path, lines = file_200_mb
    started = time.perf_counter()
    (document,), warnings = load_documents([path])
    passages = segment(document)
    elapsed = time.perf_counter() - started
    assert warnings == []
    assert elapsed < 1200, f"{elapsed:.0f}s"
    assert passages[-1].line == lines
    original = document.text.split("\n")
    assert len(original) == lines + 1  # the file ends with a line end
    for p in passages[::997]:
        assert original[p.line - 1][p.start:p.end] == p.excerpt


@pytest.mark.slow
@slow
def test_200_mb_file_through_verify(file_200_mb, workdir, verify):
    path, lines = file_200_mb
    (workdir / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    run = verify("claims.yaml", "--sources", path, "--format", "json", "-o", "out/report.json")
    assert run.code in (0, 1), run.err
    data = run.report(workdir)
    cited = [e for c in data["claims"] for e in c["evidence"]]
    assert cited and all(1 <= e["line"] <= lines for e in cited)
