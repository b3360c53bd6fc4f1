"""Issue 8, sources: hostile source paths and files through the real command.

A named source that cannot be read is exit 2 with one line naming it; a bad
file inside a folder is skipped with a warning (an error with ``strict``);
text in any supported encoding or line-end convention gives the same
evidence, at the same lines, as the UTF-8 original.

Already pinned elsewhere: a missing --sources path or `sources:` entry
(tests/integration/test_cli.py), decoding every seed in GBK/Big5/UTF-16 and
with BOMs (tests/unit/test_load.py).
"""
from __future__ import annotations

import codecs
import os
import shutil
import zlib
from pathlib import Path

import pytest

from checker.errors import SourceError
from checker.io.load import load_documents

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
(SEED_002,) = SEEDS.glob("002_*.txt")  # traditional script; GBK and Big5 encode all of it
CLAIMS = """\
claims:
  - id: listing
    text: Zhipu listed 2026-01-08
  - id: overseas
    text: MiniMax overseas revenue 73.1%
  - 智谱拟募资51亿港元
"""
JSON = ("--format", "json", "-o", "out/report.json")
PDF = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 60 /Filter /FlateDecode >>\nstream\n"
       + zlib.compress("智谱于2026年1月8日上市。".encode() * 4) + b"\nendstream\nendobj\n")
DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(256)) * 8
BINARY = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8
skip_if_root = pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                                  reason="needs POSIX permissions and a non-root user")
needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")


@pytest.fixture
def claims(workdir: Path) -> str:
    (workdir / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    return "claims.yaml"


def evidence(data: dict) -> list[tuple]:
    """Per claim: verdict and evidence positions and text, without the file name."""
    return [(c["id"], c["verdict"],
             [(e["line"], e["start"], e["end"], e["excerpt"]) for e in c["evidence"]])
            for c in data["claims"]]


def cited_files(data: dict) -> set[str]:
    return {e["source"] for c in data["claims"] for e in c["evidence"]}


# -- named sources that cannot be read: exit 2, one line naming the file -------

NAMED = {
    "damaged PDF": ("report.pdf", PDF, "damaged PDF"),
    "damaged Word document": ("report.docx", DOCX, "not a Word document"),
    "empty file named .pdf": ("empty.pdf", b"", "not a PDF"),
    "legacy Word document": ("report.doc", DOCX, "unsupported format: Word"),
    "PDF misnamed .txt": ("report.txt", PDF, "unsupported format: PDF"),
    "binary named .txt": ("program.txt", BINARY, "looks binary"),
    "random bytes": ("noise.txt", bytes((i * 7919 + 13) % 255 + 1 for i in range(6000)),
                     "cannot decode"),
}


@pytest.mark.parametrize("case", sorted(NAMED))
def test_named_source_that_is_not_text_exits_2(workdir, verify, refused, claims, case):
    name, content, fragment = NAMED[case]
    (workdir / "src").mkdir()
    (workdir / "src" / name).write_bytes(content)
    run = verify(claims, "--sources", f"src/{name}", *JSON)
    refused(run, workdir, f"src/{name}", None, fragment)


def test_unsupported_format_names_the_formats_that_are_read(workdir, verify, claims):
    (workdir / "report.odt").write_bytes(DOCX)
    run = verify(claims, "--sources", "report.odt", *JSON)
    assert run.code == 2
    assert ".txt, .md" in run.err and ".html" in run.err and "PDF (.pdf)" in run.err \
        and "Word (.docx)" in run.err


@skip_if_root
def test_unreadable_named_file_exits_2(workdir, verify, refused, claims):
    path = workdir / "secret.txt"
    path.write_text("智谱上市。\n", encoding="utf-8")
    path.chmod(0)
    run = verify(claims, "--sources", "secret.txt", *JSON)
    refused(run, workdir, "secret.txt", None, "cannot read: Permission denied")


def deny_reading(monkeypatch, name: str) -> None:
    """Make reading files called NAME fail as a permission error does (chmod
    cannot stop root, and CI may run as root)."""
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)


def test_unreadable_named_file_exits_2_even_as_root(workdir, verify, refused, claims,
                                                    monkeypatch):
    (workdir / "secret.txt").write_text("智谱上市。\n", encoding="utf-8")
    deny_reading(monkeypatch, "secret.txt")
    run = verify(claims, "--sources", "secret.txt", *JSON)
    refused(run, workdir, "secret.txt", None, "cannot read: Permission denied "
                                              "(check the file's permissions)")


@needs_symlinks
@pytest.mark.parametrize("kind", ["loop", "dangling"])
def test_named_broken_symlink_exits_2(workdir, verify, claims, kind):
    link = workdir / "link.txt"
    link.symlink_to(link if kind == "loop" else workdir / "gone.txt")
    run = verify(claims, "--sources", "link.txt", *JSON)
    assert run.code == 2 and run.out == ""
    assert run.err.count("\n") == 1 and run.err.startswith("link.txt: "), run.err
    assert (workdir / "out" / "report.json").read_text(encoding="utf-8") == "an older report\n"


def test_named_broken_symlink_is_named_by_the_loader(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(link)
    with pytest.raises(SourceError, match="broken symbolic link"):
        load_documents([link])


@needs_fifo
def test_named_pipe_is_refused_without_blocking(workdir, verify, refused, claims):
    os.mkfifo(workdir / "pipe.txt")  # opening it to read would wait for a writer forever
    run = verify(claims, "--sources", "pipe.txt", *JSON)
    refused(run, workdir, "pipe.txt", None, "not a regular file or folder")


def test_folder_without_a_readable_text_file_exits_2(workdir, verify, refused, claims):
    (workdir / "src").mkdir()
    (workdir / "src" / "report.pdf").write_bytes(PDF)
    (workdir / "src" / "blob.txt").write_bytes(BINARY)
    run = verify(claims, "--sources", "src", *JSON)
    refused(run, workdir, "src", None, "no readable text files in this folder")


# -- folders with bad files mixed in: skipped with a warning -------------------

@pytest.fixture
def mixed(workdir: Path) -> Path:
    """src/ with seed 002, a binary .txt, a PDF, a Word file and an unreadable file."""
    src = workdir / "src"
    src.mkdir()
    shutil.copy(SEED_002, src / "002.txt")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)))
    (src / "scan.pdf").write_bytes(PDF)
    (src / "notes.docx").write_bytes(DOCX)
    (src / "secret.md").write_text("智谱上市。\n", encoding="utf-8")
    return src


SKIPPED = ["src/image.txt", "src/notes.docx", "src/scan.pdf", "src/secret.md"]


def test_folder_with_bad_files_is_read_and_they_are_skipped(workdir, verify, claims, mixed,
                                                             monkeypatch):
    deny_reading(monkeypatch, "secret.md")
    run = verify(claims, "--sources", "src", *JSON)
    assert run.code in (0, 1), run.err
    assert "Traceback" not in run.err
    assert cited_files(run.report(workdir)) == {"src/002.txt"}


def test_loader_warns_naming_each_skipped_file(workdir, mixed, monkeypatch):
    deny_reading(monkeypatch, "secret.md")
    documents, warnings = load_documents(["src"])
    assert [d.path for d in documents] == ["src/002.txt"]
    assert [w.split(":")[0].removeprefix("skipped ") for w in warnings] == SKIPPED
    assert "damaged PDF" in warnings[2]


@pytest.mark.parametrize("bad", SKIPPED)
def test_strict_loader_refuses_each_kind_of_bad_file(workdir, bad, monkeypatch):
    src = workdir / "src"
    src.mkdir()
    shutil.copy(SEED_002, src / "002.txt")
    content = {"src/image.txt": BINARY, "src/notes.docx": DOCX, "src/scan.pdf": PDF,
               "src/secret.md": b"x\n"}[bad]
    (workdir / bad).write_bytes(content)
    deny_reading(monkeypatch, "secret.md")
    assert len(load_documents(["src"])[0]) == 1
    with pytest.raises(SourceError) as caught:
        load_documents(["src"], strict=True)
    assert str(caught.value).startswith(f"{bad}: ")


def test_cli_warns_naming_the_skipped_files(workdir, verify, claims, mixed, monkeypatch):
    deny_reading(monkeypatch, "secret.md")
    run = verify(claims, "--sources", "src", *JSON)
    assert run.code in (0, 1)
    for name in SKIPPED:
        assert name in run.err


def test_cli_strict_makes_a_skipped_file_an_error(workdir, verify, refused, claims, mixed):
    (workdir / "src" / "scan.pdf").unlink()
    (workdir / "src" / "notes.docx").unlink()
    (workdir / "src" / "secret.md").unlink()
    run = verify(claims, "--sources", "src", "--strict", *JSON)
    refused(run, workdir, "src/image.txt", None, "looks binary")


def test_strict_lists_an_unlistable_subfolder_as_an_error(workdir, monkeypatch):
    (workdir / "src" / "locked").mkdir(parents=True)
    (workdir / "src" / "a.txt").write_text("智谱上市。\n", encoding="utf-8")
    real = Path.iterdir

    def iterdir(self: Path):
        if self.name == "locked":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)
    monkeypatch.setattr(Path, "iterdir", iterdir)
    documents, warnings = load_documents(["src"])
    assert len(documents) == 1
    assert warnings == ["skipped src/locked: cannot list: Permission denied"]
    with pytest.raises(SourceError, match="src/locked: cannot list"):
        load_documents(["src"], strict=True)


# -- awkward but readable files ------------------------------------------------

def test_empty_files_work_and_give_no_evidence(workdir, verify, claims):
    (workdir / "src").mkdir()
    (workdir / "src" / "empty.txt").write_bytes(b"")
    (workdir / "src" / "blank.md").write_bytes(b"\n\r\n   \n")
    run = verify(claims, "--sources", "src", *JSON)
    assert run.code == 1, run.err
    data = run.report(workdir)
    assert {c["verdict"] for c in data["claims"]} == {"not_found"}


def test_numbers_beyond_a_float_in_a_source_are_text(workdir, verify, claims):
    # "1e+400" overflowed a float and ended the run with a traceback; four
    # hundred nines were read as an infinite figure.
    (workdir / "huge.txt").write_text("估计为1e+400或2E-999个单位。MiniMax overseas revenue 9e+999%.\n"
                                      f"智谱营收为{'9' * 400}亿元。\n", encoding="utf-8")
    run = verify(claims, "--sources", "huge.txt", *JSON)
    assert run.code in (0, 1), run.err
    assert "Traceback" not in run.err
    assert len(run.report(workdir)["claims"]) == 3
    assert "inf " not in (workdir / "out" / "report.json").read_text(encoding="utf-8")


def test_empty_named_file_works(workdir, verify, claims):
    (workdir / "empty.txt").write_bytes(b"")
    run = verify(claims, "--sources", "empty.txt", *JSON)
    assert run.code == 1, run.err
    assert run.report(workdir)["summary"]["not_found"] == 3


@pytest.fixture
def reference(workdir, verify, claims) -> list[tuple]:
    """Verdicts and evidence for the claims against seed 002 as UTF-8 with LF."""
    (workdir / "ref").mkdir()
    shutil.copy(SEED_002, workdir / "ref" / "002.txt")
    run = verify(claims, "--sources", "ref/002.txt", *JSON)
    assert run.code in (0, 1), run.err
    rows = evidence(run.report(workdir))
    assert any(row[2] for row in rows), "seed 002 should give evidence"
    return rows


TEXT = SEED_002.read_text(encoding="utf-8")
VARIANTS = {
    "GBK": TEXT.encode("gbk"),
    "GB18030": TEXT.encode("gb18030"),
    "Big5": TEXT.encode("big5"),
    "UTF-16 LE without BOM": TEXT.encode("utf-16-le"),
    "UTF-16 BE without BOM": TEXT.encode("utf-16-be"),
    "UTF-16 with BOM": TEXT.encode("utf-16"),
    "UTF-8 with BOM": codecs.BOM_UTF8 + TEXT.encode(),
    "UTF-32 with BOM": TEXT.encode("utf-32"),
    "CRLF": TEXT.replace("\n", "\r\n").encode(),
    "CR": TEXT.replace("\n", "\r").encode(),
    "GBK with CRLF": TEXT.replace("\n", "\r\n").encode("gbk"),
    "Big5 with CR": TEXT.replace("\n", "\r").encode("big5"),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_other_encodings_and_line_ends_give_the_same_evidence(workdir, verify, claims,
                                                             reference, variant):
    (workdir / "variant.txt").write_bytes(VARIANTS[variant])
    run = verify(claims, "--sources", "variant.txt", *JSON)
    assert run.code in (0, 1), run.err
    assert evidence(run.report(workdir)) == reference


def test_utf8_cut_mid_character_is_read_with_a_warning(workdir, verify, claims, reference):
    data = TEXT.encode()
    cut = data + "智".encode()[:2]  # a download that stopped inside the last character
    (workdir / "cut.txt").write_bytes(cut)
    run = verify(claims, "--sources", "cut.txt", *JSON)
    assert run.code in (0, 1), run.err
    assert evidence(run.report(workdir)) == reference
    documents, warnings = load_documents(["cut.txt"])
    assert documents[0].text == TEXT + "\ufffd"
    last_line = TEXT.count("\n") + 1
    assert warnings == [(f"cut.txt: 1 damaged UTF-8 byte sequence, first on line {last_line}; "
                         "read with U+FFFD in place of the damaged bytes")]
    with pytest.raises(SourceError, match="damaged UTF-8"):
        load_documents(["cut.txt"], strict=True)


def test_one_corrupted_byte_does_not_lose_the_file(tmp_path):
    data = bytearray(TEXT.encode())
    line = 40
    offset = len("\n".join(TEXT.split("\n")[:line - 1]).encode()) + 1
    data[offset] = 0xFF
    (tmp_path / "a.txt").write_bytes(bytes(data))
    documents, warnings = load_documents([tmp_path / "a.txt"])
    assert documents[0].encoding == "utf-8"
    assert documents[0].text.split("\n")[:line - 1] == TEXT.split("\n")[:line - 1]
    assert f"first on line {line}" in warnings[0]


@pytest.mark.parametrize(("text", "encoding"), [
    ("Zhipu (智谱) listed in Hong Kong on 2026-01-08.\n", "gbk"),
    ("MiniMax (稀宇科技) and Zhipu (智譜華章) listed; Moonshot (月之暗面) did not.\n", "big5"),
])
def test_english_text_naming_chinese_companies_is_decoded(tmp_path, text, encoding):
    # Mostly ASCII with a few Chinese words: UTF-8 fails on each of them, it is
    # not damaged UTF-8, and charset-normalizer gives up on so little.
    (tmp_path / "a.txt").write_bytes((text * 20).encode(encoding))
    documents, warnings = load_documents([tmp_path / "a.txt"])
    assert documents[0].text == text * 20
    assert warnings == []


@needs_symlinks
def test_symlink_loop_in_a_folder_finishes_and_reads_each_file_once(workdir, verify, claims,
                                                                   reference):
    src = workdir / "src"
    (src / "sub").mkdir(parents=True)
    shutil.copy(SEED_002, src / "sub" / "002.txt")
    (src / "sub" / "back").symlink_to(src, target_is_directory=True)
    (src / "self").symlink_to(src / "self")
    (src / "again.txt").symlink_to(src / "sub" / "002.txt")
    run = verify(claims, "--sources", "src", *JSON)
    assert run.code in (0, 1), run.err
    data = run.report(workdir)
    assert evidence(data) == reference
    assert len(cited_files(data)) <= 1


@needs_fifo
def test_named_pipe_in_a_folder_is_passed_over(workdir, verify, claims, reference):
    (workdir / "src").mkdir()
    shutil.copy(SEED_002, workdir / "src" / "002.txt")
    os.mkfifo(workdir / "src" / "pipe.txt")
    run = verify(claims, "--sources", "src", *JSON)
    assert run.code in (0, 1), run.err
    assert evidence(run.report(workdir)) == reference
