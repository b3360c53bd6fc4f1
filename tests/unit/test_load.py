"""Tests for checker.io.load: decoding, folder walking, paths and errors.

Hostile inputs (other encodings, binary files, link loops) are built at run
time in tmp_path from the seed articles.
"""
from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

import pytest

from checker.decoding import decode_bytes
from checker.errors import SourceError
from checker.io.load import display_path, load_documents

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def seed_text(prefix: str) -> str:
    (path,) = [p for p in SEED_FILES if p.name.startswith(prefix)]
    return path.read_text(encoding="utf-8")


def encodable(text: str, encoding: str) -> str:
    """TEXT without the characters ENCODING cannot encode."""
    return "".join(c for c in text if _can_encode(c, encoding))


def _can_encode(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding, errors="strict")
    except UnicodeEncodeError:
        return False
    return True


def test_seed_files_exist():
    assert len(SEED_FILES) == 5


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("encoding", ["gb18030", "utf-16-le", "utf-16-be"])
def test_seed_reencoded_decodes_to_original(seed, encoding):
    text = seed.read_text(encoding="utf-8")
    data = text.encode(encoding)
    decoded, used = decode_bytes(data, "x.txt")
    assert decoded == text
    assert used.replace("_", "-") in {encoding, "gb18030"}


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("bom,encoding", [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
])
def test_seed_with_bom_decodes_to_original_without_bom(seed, bom, encoding):
    text = seed.read_text(encoding="utf-8")
    decoded, _ = decode_bytes(bom + text.encode(encoding), "x.txt")
    assert decoded == text
    assert not decoded.startswith("\ufeff")


@pytest.mark.parametrize("prefix", ["000", "002", "004"])
def test_gbk_seed_decodes_as_gb18030(prefix):
    # 000/004 are simplified, 002 traditional but GBK-encodable; GB18030 is
    # preferred because it decodes every GBK text the same way, and more.
    text = encodable(seed_text(prefix), "gbk")
    assert len(text) > 3000
    decoded, used = decode_bytes(text.encode("gbk"), "x.txt")
    assert decoded == text
    assert used == "gb18030"


def test_big5_traditional_seed_decodes():
    text = encodable(seed_text("002"), "big5")
    assert "總收入" in text
    decoded, used = decode_bytes(text.encode("big5"), "x.txt")
    assert decoded == text
    assert used in {"big5", "cp950", "big5hkscs"}


def test_short_gbk_sample():
    sample = "两家中国AI公司正在用每月近3亿元的亏损速度,争夺一个资本头衔"
    assert 28 <= len(sample) <= 35
    decoded, _ = decode_bytes(sample.encode("gbk"), "x.txt")
    assert decoded == sample


def test_crlf_and_cr_give_the_same_lines(tmp_path):
    lines = ["第一行。", "第二行,有逗号。", "", "第四行"]
    (tmp_path / "lf.txt").write_bytes("\n".join(lines).encode())
    (tmp_path / "crlf.txt").write_bytes("\r\n".join(lines).encode())
    (tmp_path / "cr.txt").write_bytes("\r".join(lines).encode())
    (tmp_path / "gbk_crlf.txt").write_bytes("\r\n".join(lines).encode("gbk"))
    documents, warnings = load_documents([tmp_path])
    assert warnings == []
    assert len(documents) == 4
    for document in documents:
        assert document.text.split("\n") == lines, document.path


def test_binary_file_in_folder_is_skipped_with_warning(tmp_path):
    (tmp_path / "good.txt").write_text("智谱上市。", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)))
    documents, warnings = load_documents([tmp_path])
    assert [Path(d.path).name for d in documents] == ["good.txt"]
    assert len(warnings) == 1
    assert "image.txt" in warnings[0]


def test_binary_file_in_folder_with_strict_raises(tmp_path):
    (tmp_path / "good.txt").write_text("智谱上市。", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\0\1\2\3" * 100)
    with pytest.raises(SourceError) as caught:
        load_documents([tmp_path], strict=True)
    assert "image.txt" in str(caught.value)


def test_named_binary_file_raises(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(b"\0\1\2\3\xff\xfe\x00" * 50)
    with pytest.raises(SourceError) as caught:
        load_documents([path])
    assert "data.txt" in str(caught.value)
    assert caught.value.hint


def test_named_undecodable_file_without_nul_raises(tmp_path):
    rng = random.Random(7)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(4000)))
    with pytest.raises(SourceError):
        load_documents([path])


def test_missing_path_raises_naming_it(tmp_path):
    missing = tmp_path / "no_such_folder"
    with pytest.raises(SourceError) as caught:
        load_documents([missing])
    assert "no_such_folder" in str(caught.value)
    assert caught.value.file is not None and "no_such_folder" in caught.value.file
    assert caught.value.hint


def test_folder_without_text_files_raises(tmp_path):
    (tmp_path / "table.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\0" * 64)
    with pytest.raises(SourceError) as caught:
        load_documents([tmp_path])
    assert "no readable text files" in str(caught.value)


def test_folder_walk_is_sorted_and_selects_text_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    root = Path("corpus")
    for name in ["b.txt", "a/z.md", "a/y.markdown", "c.text", "A.txt", "README",
                 "notes.json", "script.py", ".hidden.txt", ".git/HEAD", "d/e/f.txt"]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{name}的内容。", encoding="utf-8")
    documents, warnings = load_documents([root])
    assert warnings == []
    assert [d.path for d in documents] == [
        "corpus/A.txt", "corpus/README", "corpus/a/y.markdown", "corpus/a/z.md",
        "corpus/b.txt", "corpus/c.text", "corpus/d/e/f.txt",
    ]
    # The same call twice gives the same order (no file system order leaks).
    assert [d.path for d in load_documents([root])[0]] == [d.path for d in documents]


def test_extensionless_binary_is_skipped_even_when_strict(tmp_path):
    (tmp_path / "a.txt").write_text("文本。", encoding="utf-8")
    (tmp_path / "program").write_bytes(b"\x7fELF\2\1\1\0" + b"\0" * 64)
    documents, warnings = load_documents([tmp_path], strict=True)
    assert [Path(d.path).name for d in documents] == ["a.txt"]
    assert any("program" in w for w in warnings)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loop_does_not_hang(tmp_path):
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text("智谱。", encoding="utf-8")
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)
    (root / "self").symlink_to(root / "self")  # a link to itself
    (root / "same.txt").symlink_to(root / "sub" / "a.txt")
    documents, _ = load_documents([root])
    # a.txt is reachable three ways (directly, through the loop, through a
    # file link) and is loaded once.
    assert len(documents) == 1
    assert documents[0].text == "智谱。"


def test_file_named_twice_is_loaded_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("一句话。", encoding="utf-8")
    documents, _ = load_documents([tmp_path, path])
    assert len(documents) == 1


def test_empty_file_is_loaded(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    documents, warnings = load_documents([path])
    assert warnings == []
    assert documents[0].text == ""
    assert documents[0].encoding == "utf-8"


def test_display_path_relative_to_cwd_with_dotdot_elsewhere(tmp_path, monkeypatch):
    inside = tmp_path / "work"
    (inside / "src").mkdir(parents=True)
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("外部。", encoding="utf-8")
    monkeypatch.chdir(inside)
    assert display_path(inside / "src" / "x.txt") == "src/x.txt"
    assert display_path("src/../src/x.txt") == "src/x.txt"
    shown = display_path(outside)
    assert shown == "../elsewhere.txt"  # the same on every machine, unlike an absolute path
    documents, _ = load_documents([outside])
    assert documents[0].path == shown
