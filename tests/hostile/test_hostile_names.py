"""Issue 13, file names: bytes that are not UTF-8, and control characters.

A source whose name is GBK bytes is read, and its name is shown with the
undecodable bytes as ``\\xNN`` in every format. A name holding ESC, BEL, CR,
LF, a C1 control or a bidi override never reaches a terminal raw: the text
report, ``checker quote``, warnings and error lines show them escaped, and
Markdown (the report and ``quote --style markdown``) escapes HTML and
link syntax as well.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

from checker.cli.main import checker_main
from checker.render import FORMATS

CLAIMS = "claims:\n  - 智谱2024年营收3亿元\n"
SENTENCE = "智谱2024年营收3亿元。\n"
GBK_NAME = "智谱营收.txt".encode("gbk")
# What the report shows for GBK_NAME: the bytes that are not UTF-8 as \xNN
# (Ӫ is d3 aa, which happens to be valid UTF-8).
GBK_SHOWN = "\\xd6\\xc7\\xc6\\xd7Ӫ\\xca\\xd5.txt"
# ESC ] (a window title), BEL, ESC [ (colour), CR LF, a C1 CSI, a right-to-left
# override, and the Markdown/HTML a renderer must not pass through.
HOSTILE_NAME = "a\x1b]0;pwned\x07\x1b[31m\r\n\x9b\u202e<img src=x onerror=alert(1)>.txt"
RAW = ("\x1b", "\x07", "\r", "\x9b", "\u202e")
needs_bytes_names = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                       reason="the file system must accept any bytes in a name")


@pytest.fixture
def claims(workdir: Path) -> str:
    (workdir / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    (workdir / "src").mkdir()
    return "claims.yaml"


def run_checker(capsys, *args: str) -> tuple[int, str, str]:
    code = checker_main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@needs_bytes_names
@pytest.mark.parametrize("fmt", sorted(set(FORMATS) - {"xlsx"}))
def test_source_named_in_gbk_bytes_is_read_and_shown_escaped(workdir, claims, capsys, fmt):
    # A contradicted claim: every format, the CI ones too, shows its evidence.
    (workdir / claims).write_text("claims:\n  - 智谱2024年营收5亿元\n", encoding="utf-8")
    with open(os.path.join(b"src", GBK_NAME), "wb") as handle:
        handle.write(SENTENCE.encode("utf-8"))
    code, out, err = run_checker(capsys, "verify", claims, "--sources", "src", "--format", fmt,
                                 "--publisher", "P", "--review-url", "https://example.org/")
    assert code == 1, err
    assert "Traceback" not in err
    assert GBK_SHOWN in out.replace("\\\\", "\\") or json.dumps(GBK_SHOWN)[1:-1] in out
    out.encode("utf-8")  # no lone surrogate left: strict UTF-8 takes it


@needs_bytes_names
def test_gbk_named_source_in_the_json_report(workdir, claims, verify):
    with open(os.path.join(b"src", GBK_NAME), "wb") as handle:
        handle.write(SENTENCE.encode("utf-8"))
    run = verify(claims, "--sources", "src", "--format", "json", "-o", "out/report.json")
    assert run.code == 0, run.err
    data = run.report(workdir)
    assert data["claims"][0]["evidence"][0]["source"] == "src/" + GBK_SHOWN
    assert data["sources"] == ["src/" + GBK_SHOWN] if "sources" in data else True


@needs_bytes_names
def test_named_source_in_gbk_bytes_that_is_missing_is_one_line(workdir, claims, capsys):
    missing = os.fsdecode(b"src/" + GBK_NAME)
    code, out, err = run_checker(capsys, "verify", claims, "--sources", missing)
    assert code == 2 and out == ""
    assert err == f"src/{GBK_SHOWN}: source not found (check the --sources path)\n"


def hostile_source(workdir: Path) -> None:
    (workdir / "src" / HOSTILE_NAME).write_text(SENTENCE, encoding="utf-8")
    (workdir / "src" / ("bin\x1b[2J\x07.txt")).write_bytes(b"\0\1\2" * 100)


def assert_no_raw_controls(text: str) -> None:
    for char in RAW:
        assert char not in text, repr(text)
    # Every line break is one the renderer wrote, not one from the name.
    assert "name" not in text or "\npwned" not in text


@needs_bytes_names
def test_text_report_and_warnings_escape_control_characters(workdir, claims, capsys):
    hostile_source(workdir)
    code, out, err = run_checker(capsys, "verify", claims, "--sources", "src")
    assert code == 0, err
    assert_no_raw_controls(out)
    assert_no_raw_controls(err)
    assert "src/a\\u001b]0;pwned\\u0007\\u001b[31m  \\u009b\\u202e<img" in out
    assert err.startswith("warning: skipped src/bin\\u001b[2J\\u0007.txt: looks binary")


@needs_bytes_names
def test_error_line_escapes_control_characters(workdir, claims, capsys):
    hostile_source(workdir)
    code, out, err = run_checker(capsys, "verify", claims, "--sources",
                                 "src/bin\x1b[2J\x07.txt")
    assert code == 2 and out == ""
    assert err == ("src/bin\\u001b[2J\\u0007.txt: looks binary: NUL bytes in the first 8 KiB "
                   "(give text files only)\n")


@needs_bytes_names
@pytest.mark.parametrize("style", ["plain", "markdown", "footnote"])
def test_quote_escapes_control_characters(workdir, claims, capsys, style):
    hostile_source(workdir)
    code, out, err = run_checker(capsys, "quote", "智谱2024年营收3亿元", "--sources", "src",
                                 "--style", style)
    assert code == 0, err
    assert_no_raw_controls(out)
    assert_no_raw_controls(err)
    assert out.startswith("src/a\\u001b]0;pwned")


@needs_bytes_names
def test_quote_markdown_escapes_html_and_links_like_the_markdown_report(workdir, claims,
                                                                       capsys):
    hostile_source(workdir)
    code, out, _ = run_checker(capsys, "quote", "智谱2024年营收3亿元", "--sources", "src",
                               "--style", "markdown")
    assert code == 0
    citation = [line.strip() for line in out.splitlines() if line.strip().startswith("> —")]
    assert len(citation) == 1
    assert not re.search(r"(?<!\\)<", citation[0])
    assert "\\<img src=x onerror=alert(1)\\>" in citation[0]
    # The link target is percent-encoded: no raw '<', ':' or control character.
    target = citation[0].rsplit("](", 1)[1]
    assert target.startswith("src/a%1B%5D0%3Bpwned%07%1B%5B31m%0D%0A%C2%9B%E2%80%AE%3Cimg")
    code, out, _ = run_checker(capsys, "verify", claims, "--sources", "src", "--format",
                               "markdown")
    # Outside code spans (which Markdown shows literally) every '<' is escaped.
    assert not re.search(r"(?<!\\)<", re.sub(r"`[^`\n]*`", "", out))
    assert "\\<img src=x onerror=alert(1)\\>" in out
    assert_no_raw_controls(out)
