"""Property-based tests (issue 8): random claims, random source bytes and
random YAML through the real ``verify`` command.

Whatever the input, the command returns an exit code in {0, 1, 2} without a
traceback; exit 2 is one line on stderr and leaves an existing report
untouched; a JSON report it writes validates against the schema; and the
same input run twice (the second time with a warm cache) gives the same
exit code and byte-identical output.

Each example runs in its own temporary folder, made the current folder, so
paths in reports and messages are short and no settings file applies.
Example counts are bounded (see ``EXAMPLES``) to keep the suite to well
under a minute.
"""
from __future__ import annotations

import codecs
import contextlib
import io
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from checker.cli.main import verify_main
from checker.schemas import load_schema

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
(SEED_002,) = SEEDS.glob("002_*.txt")
SOURCE_TEXT = SEED_002.read_text(encoding="utf-8")[:3000]
OLD_REPORT = "an older report\n"
VALIDATOR = jsonschema.Draft202012Validator(load_schema("report"))
FIXED_CLAIMS = """\
claims:
  - id: overseas
    text: MiniMax overseas revenue 73.1%
  - 智譜2026年1月8日在港交所掛牌上市
  - 智谱拟募资51亿港元
"""
EXAMPLES = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str
    report: bytes | None


@contextlib.contextmanager
def fresh_folder() -> Iterator[Path]:
    """A temporary current folder, without CHECKER_* settings."""
    saved_cwd = os.getcwd()
    saved_env = {k: v for k, v in os.environ.items()
                 if k.startswith(("CHECKER_", "GITHUB_")) or k == "NO_COLOR"}
    with tempfile.TemporaryDirectory() as name:
        for key in saved_env:
            del os.environ[key]
        os.environ["NO_COLOR"] = "1"
        os.chdir(name)
        try:
            (Path(name) / "out").mkdir()
            yield Path(name)
        finally:
            os.chdir(saved_cwd)
            os.environ.pop("NO_COLOR", None)
            os.environ.update(saved_env)


def run_verify(folder: Path, *args: str) -> Outcome:
    report = folder / "out" / "report.json"
    report.write_text(OLD_REPORT, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = verify_main([*args, "--format", "json", "-o", "out/report.json"])
    written = report.read_bytes()
    return Outcome(code, out.getvalue(), err.getvalue(),
                   None if written == OLD_REPORT.encode() else written)


def check_outcome(folder: Path, outcome: Outcome) -> None:
    assert isinstance(outcome.code, int)
    assert outcome.code in (0, 1, 2), outcome
    assert "Traceback" not in outcome.err and "internal error" not in outcome.err, outcome.err
    assert outcome.out == ""
    assert sorted(os.listdir(folder / "out")) == ["report.json"], "a temporary file was left"
    if outcome.code == 2:
        assert outcome.report is None, "exit 2 must leave the old report untouched"
        assert outcome.err.count("\n") == 1, outcome.err
    else:
        assert outcome.report is not None
        VALIDATOR.validate(json.loads(outcome.report))


def check_twice(folder: Path, *args: str) -> Outcome:
    """Run twice; both runs must pass the checks and agree byte for byte."""
    first = run_verify(folder, *args)
    check_outcome(folder, first)
    second = run_verify(folder, *args)
    check_outcome(folder, second)
    assert (second.code, second.report, second.err) == (first.code, first.report, first.err)
    event(f"exit {first.code}")  # shown by --hypothesis-show-statistics
    return first


# -- strategies ------------------------------------------------------------------

# Characters the checker has rules for, so random text exercises them:
# digits, scale words, currencies, punctuation, both scripts, pinyin marks,
# full-width forms, dashes, private-use and replacement characters.
CHARSET = ("0123456789.,%:-/ ()（）年月日亿万千百十元港美约超近逾第季度上市营收估值"
           "智谱譜稀宇科技MiniMaxZhipuKimiHKUSD$¥€亿億萬港元。！？,、；“”‘’「」"
           "ǎàèüā①１２，－—\u2011\xa0\ue000\ufffd\t")
claim_text = st.text(alphabet=st.sampled_from(CHARSET) | st.characters(codec="utf-8"),
                     max_size=120)


@st.composite
def encoded_text(draw) -> bytes:
    """Source-like text in a random encoding and line-end style, maybe cut short."""
    text = draw(st.text(alphabet=st.sampled_from(CHARSET + "\n"), max_size=600))
    text = text.replace("\n", draw(st.sampled_from(["\n", "\r\n", "\r"])))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16",
                                     "utf-16-le", "utf-16-be", "utf-32"]))
    data = text.encode(encoding, errors="ignore" if encoding == "big5" else "strict")
    if draw(st.booleans()):
        data = data[:draw(st.integers(0, len(data)))]
    return data


source_bytes = st.binary(max_size=3000) | encoded_text()

yaml_scalars = st.none() | st.booleans() | st.integers() | \
    st.floats(allow_nan=False, allow_infinity=False) | claim_text
yaml_values = st.recursive(yaml_scalars, lambda children: st.lists(children, max_size=4)
                           | st.dictionaries(st.text(max_size=8), children, max_size=4),
                           max_leaves=12)
stated_claim = claim_text.filter(str.strip)
claims_documents = (
    # Mostly well-formed files (to reach the judging), with odd ids, keys and values.
    st.fixed_dictionaries({"claims": st.lists(stated_claim | st.fixed_dictionaries(
        {"text": stated_claim}, optional={"id": st.text(max_size=10), "note": yaml_values}),
        min_size=1, max_size=4)}, optional={"version": st.sampled_from([1, 2, "1"]),
                                           "sources": st.just("src.txt"),
                                           "extra": yaml_values})
    | yaml_values
)


def dump(document: object) -> str:
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


YAML_NOISE = ["claims:", "- ", "  - ", "\t", ": ", "&a ", "*a", "!!binary ", "{", "}", "[",
              "]", "'", '"', "#", "\n", "---\n", "text: ", "id: ", "<<: ", "? ", "|\n", "%YAML"]
yaml_like_text = st.lists(st.sampled_from(YAML_NOISE) | claim_text, max_size=30).map("".join)


# -- properties ------------------------------------------------------------------

@EXAMPLES
@given(claims=st.lists(claim_text, min_size=1, max_size=4))
def test_random_claims(claims):
    with fresh_folder() as folder:
        (folder / "src.txt").write_text(SOURCE_TEXT, encoding="utf-8")
        (folder / "claims.yaml").write_text(dump({"claims": claims}), encoding="utf-8")
        check_twice(folder, "claims.yaml", "--sources", "src.txt")


@EXAMPLES
@given(data=source_bytes, named=st.booleans())
def test_random_bytes_as_a_source_file(data, named):
    with fresh_folder() as folder:
        (folder / "src").mkdir()
        (folder / "src" / "random.txt").write_bytes(data)
        if not named:  # in a folder next to a good file: skipped at worst
            (folder / "src" / "good.txt").write_text(SOURCE_TEXT, encoding="utf-8")
        (folder / "claims.yaml").write_text(FIXED_CLAIMS, encoding="utf-8")
        outcome = check_twice(folder, "claims.yaml", "--sources",
                              "src/random.txt" if named else "src")
        if not named:
            assert outcome.code in (0, 1), outcome.err


@EXAMPLES
@given(document=claims_documents)
def test_random_yaml_documents_as_claims_files(document):
    with fresh_folder() as folder:
        (folder / "src.txt").write_text(SOURCE_TEXT, encoding="utf-8")
        (folder / "claims.yaml").write_text(dump(document), encoding="utf-8")
        outcome = check_twice(folder, "claims.yaml", "--sources", "src.txt")
        if outcome.code == 2:
            assert outcome.err.startswith("claims.yaml"), outcome.err


@EXAMPLES
@given(text=yaml_like_text, encoding=st.sampled_from(["utf-8", "utf-16", "gb18030"]))
def test_random_yaml_text_as_claims_files(text, encoding):
    with fresh_folder() as folder:
        (folder / "src.txt").write_text(SOURCE_TEXT, encoding="utf-8")
        raw = text.encode(encoding, errors="replace")
        (folder / "claims.yaml").write_bytes(raw)
        outcome = check_twice(folder, "claims.yaml", "--sources", "src.txt")
        if outcome.code == 2:
            assert outcome.err.startswith("claims.yaml"), outcome.err


@EXAMPLES
@given(data=st.binary(max_size=2000) | encoded_text())
def test_random_bytes_as_claims_files(data):
    with fresh_folder() as folder:
        (folder / "src.txt").write_text(SOURCE_TEXT, encoding="utf-8")
        (folder / "claims.yaml").write_bytes(codecs.BOM_UTF8 + data if data[:1] == b"\xef"
                                             else data)
        outcome = check_twice(folder, "claims.yaml", "--sources", "src.txt")
        if outcome.code == 2:
            assert outcome.err.startswith("claims.yaml"), outcome.err


def test_the_suite_sees_failures():
    # A property that can never fail proves nothing: a broken report must trip it.
    with fresh_folder() as folder, pytest.raises(AssertionError):
        check_outcome(folder, Outcome(1, "", "", b'{"schema_version": "1"}'))
