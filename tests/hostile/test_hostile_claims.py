"""Issue 8, claims files: each hostile claims file either works as a user
would expect or exits 2 with one line ``FILE:LINE: what (what to do)``,
writing nothing.

Rows already pinned elsewhere are not repeated: malformed YAML and duplicate
ids at the command line (tests/integration/test_cli.py), every schema error's
line (tests/unit/test_claims.py).
"""
from __future__ import annotations

import codecs
import random
import shutil
from pathlib import Path

import pytest

from checker.io.claims import MAX_DEPTH, MAX_FILE_BYTES

CLAIMS = "claims.yaml"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def billion_laughs() -> bytes:
    """Ten levels of nine aliases each: 10^9 "lol"s once expanded."""
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        prev, name = chr(ord("a") + n - 1), chr(ord("a") + n)
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return ("\n".join(levels) + "\nclaims:\n  - *j\n").encode()


def png() -> bytes:
    rng = random.Random(8)
    return b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(rng.randrange(256) for _ in range(2000))


REFUSED = {
    # wrong types
    "claims is a string": (b"claims: one claim\n", 1, "`claims` must be a list, not a string"),
    "claims is a mapping": (b"claims:\n  a: b\n", 2, "`claims` must be a list, not a mapping"),
    "text is a list": (b"claims:\n  - text: [a, b]\n", 2, "`text` must be a string, not a list"),
    "a claim is a number": (b"claims:\n  - ok\n  - 42\n", 3, "a claim must be a string or"),
    "sources is a number": (b"sources: 3\nclaims: [a]\n", 1, "`sources` must be a string or"),
    "version is text": (b"version: '1'\nclaims: [a]\n", 1, "unsupported version '1'"),
    # unknown keys: an error, with the allowed keys (and the likely one) as the hint
    "unknown top-level key": (b"claims: [a]\nsauces: ../seeds\n", 2,
                              ("unknown key 'sauces' (did you mean `sources`? the keys are: "
                               "claims, lexicons, sources, version)")),
    "misspelt claims key": (b"version: 1\nclaim:\n  - a\n", 2,
                            "unknown key 'claim' (did you mean `claims`?"),
    # empty
    "empty file": (b"", None, "the claims file is empty"),
    "only comments": (b"# to do\n\n", None, "the claims file is empty"),
    "only a document marker": (b"---\n", None, "the claims file is empty"),
    "empty claim list": (b"claims: []\n", 1, "`claims` is empty"),
    "empty claim text": (b"claims:\n  - ok\n  - ''\n", 3, "the claim text is empty"),
    "blank claim text": (b"claims:\n  - ok\n  - text: '   '\n", 3, "the claim text is empty"),
    # sizes
    "claim over 2,000 characters": (b"claims:\n  - ok\n  - " + b"x" * 2001 + b"\n", 3,
                                    "the claim text is 2,001 characters; the limit is 2,000"),
    "Chinese claim over 2,000 characters": (("claims:\n  - " + "字" * 2500 + "\n").encode(), 2,
                                            "2,500 characters"),
    "file over 10 MiB": (b"claims: [a]\n# " + b"x" * MAX_FILE_BYTES, None,
                         "larger than 10 MiB"),
    # resource attacks
    "billion laughs": (billion_laughs(), 1, "YAML anchor &a is not allowed"),
    "nesting 300 deep": (b"claims:\n  - text: a\n    x: " + b"[" * 300 + b"]" * 300 + b"\n", 3,
                         f"nested too deeply (over {MAX_DEPTH} levels)"),
    "integer of 5,000 digits": (b"claims:\n  - text: a\n    n: " + b"9" * 5000 + b"\n", 3,
                                "is not a usable number"),
    "float that overflows": (b"claims:\n  - text: a\n    n: 1.0e+400\n", 3,
                             "1.0e+400 is not a usable number"),
    # layout and bytes
    "tab-indented list": (b"claims:\n\t- a\n\t- b\n", 2, "a tab where YAML needs spaces"),
    "tab-indented key": (b"claims:\n  - id: x\n\ttext: y\n", 3, "a tab where YAML needs spaces"),
    "binary (PNG bytes)": (png(), None, "looks binary"),
    "binary (a spreadsheet)": (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4, None,
                               "looks binary"),
    "Latin-1 bytes": (b"claims:\n  - ok\n  - caf\xe9 \xff\xfe\xfd\n", 3, "not valid UTF-8"),
    # escapes that make no character (issue 13: a traceback when the report was written)
    "lone surrogate escape in a claim": (b'claims:\n  - ok\n  - "MiniMax \\uD800 revenue"\n', 3,
                                         "\\uD800 is half of a UTF-16 pair, not a character"),
    "lone low surrogate in an id": (b'claims:\n  - id: "a\\udc00"\n    text: ok\n', 2,
                                    "\\uDC00 is half of a UTF-16 pair"),
    "surrogate pair as two escapes": (b'claims:\n  - "\\ud83d\\ude00 ok"\n', 2,
                                      "write the character itself, or \\U0001F600"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_bad_claims_file_exits_2_with_one_line(workdir, verify, refused, case):
    content, line, fragment = REFUSED[case]
    (workdir / CLAIMS).write_bytes(content)
    (workdir / "src.txt").write_text("智谱上市。\n", encoding="utf-8")
    run = verify(CLAIMS, "--sources", "src.txt", "--format", "json", "-o", "out/report.json")
    refused(run, workdir, CLAIMS, line, fragment)


def test_billion_laughs_is_refused_before_any_expansion(workdir, verify, refused):
    # Nine more levels would be 10^18 strings: a refusal that took longer or
    # used more memory with the depth of the aliases would not finish.
    levels = billion_laughs().decode().replace("claims:\n  - *j\n", "")
    for n in range(10, 19):
        name, prev = f"l{n}", "j" if n == 10 else f"l{n - 1}"
        levels += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    (workdir / CLAIMS).write_text(levels + "claims:\n  - *l18\n", encoding="utf-8")
    run = verify(CLAIMS, "--sources", ".", "--format", "json", "-o", "out/report.json")
    refused(run, workdir, CLAIMS, 1, "YAML anchor &a is not allowed")


# -- claims files that work ----------------------------------------------------

# Traditional Chinese that GBK and Big5 can both encode, and English, checked
# against seed 002 (traditional), which states all three (the last as 43億).
WORKING = """\
version: 1
claims:
  - id: listing
    text: 智譜於2026年1月8日在港交所掛牌上市
  - id: overseas
    text: MiniMax overseas revenue 73.1%
  - 智譜此次IPO募資規模預計達51億港元
"""


def claims_rows(data: dict) -> list[tuple]:
    return [(c["id"], c["text"], c.get("line"), c["verdict"],
             [(e["line"], e["start"], e["end"]) for e in c["evidence"]]) for c in data["claims"]]


@pytest.fixture
def reference(workdir, verify) -> list[tuple]:
    """The report rows for WORKING saved as plain UTF-8."""
    (seed,) = SEEDS.glob("002_*.txt")
    shutil.copy(seed, workdir / "002.txt")
    (workdir / "utf8.yaml").write_text(WORKING, encoding="utf-8")
    run = verify("utf8.yaml", "--sources", "002.txt", "--format", "json", "-o", "out/report.json")
    assert run.code in (0, 1), run.err
    rows = claims_rows(run.report(workdir))
    assert [row[:3] for row in rows] == [
        ("listing", "智譜於2026年1月8日在港交所掛牌上市", 3),
        ("overseas", "MiniMax overseas revenue 73.1%", 5),
        ("c3", "智譜此次IPO募資規模預計達51億港元", 7),
    ]
    assert any(row[4] for row in rows), "the source should give evidence for some claim"
    return rows


ENCODINGS = {
    "GBK": lambda text: text.encode("gbk"),
    "GB18030": lambda text: text.encode("gb18030"),
    "Big5": lambda text: text.encode("big5"),
    "UTF-8 with BOM": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "UTF-16 LE with BOM": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "UTF-16 BE with BOM": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "UTF-16 LE without BOM": lambda text: text.encode("utf-16-le"),
    "UTF-16 BE without BOM": lambda text: text.encode("utf-16-be"),
    "CRLF line ends": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "CR line ends": lambda text: text.replace("\n", "\r").encode("utf-8"),
    "GBK with CRLF": lambda text: text.replace("\n", "\r\n").encode("gbk"),
}


@pytest.mark.parametrize("variant", sorted(ENCODINGS))
def test_claims_file_in_other_encodings_and_line_ends_reads_the_same(workdir, verify, reference,
                                                                    variant):
    (workdir / "variant.yaml").write_bytes(ENCODINGS[variant](WORKING))
    run = verify("variant.yaml", "--sources", "002.txt", "--format", "json",
                 "-o", "out/report.json")
    assert run.code in (0, 1), run.err
    assert claims_rows(run.report(workdir)) == reference
