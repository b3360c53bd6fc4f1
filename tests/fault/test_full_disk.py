"""A full disk under the cache: the run succeeds (the cache skipped with a
warning, or a damaged entry kept in memory instead of rewritten), the report
equals a run without cache, and no temporary file is left.

Where the tests run as root and can mount a tmpfs, the disk is a real small
tmpfs; the same cases also run everywhere with ``ENOSPC`` simulated under
the cache's file writes.
"""
from __future__ import annotations

import errno
import io
import os
import subprocess
from pathlib import Path

import pytest
from faultkit import damage_passages, entries, temp_files, write_corpus

from checker import pipeline
from checker.cli.main import verify_main
from checker.store import cache as cache_module


def _verify(workdir: Path, sources: Path, name: str, *extra: str) -> tuple[int, bytes]:
    out = workdir / name
    code = verify_main(["claims.yaml", "--sources", str(sources), "--format", "json",
                        "--output", str(out), *extra])
    return code, out.read_bytes()


@pytest.fixture
def small_disk(tmp_path: Path):
    """A mount point of a 64 KB tmpfs (skips where mounting is not allowed)."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


class _FullDisk(io.RawIOBase):
    """A file that takes BUDGET bytes, then fails as a full disk does."""

    def __init__(self, fd: int, budget: int) -> None:
        self.fd = fd
        self.left = budget

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if len(data) > self.left:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.left -= len(data)
        return os.write(self.fd, data)

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


@pytest.fixture
def full_disk(monkeypatch):
    """``full_disk(FOLDER)``: from now on every file written under FOLDER
    through ``os.fdopen`` (as the cache writes) takes 4 KB, then fails with
    ENOSPC."""
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc to tell the cache's files from others")
    real = os.fdopen

    def enable(folder: Path) -> None:
        def fdopen(fd, mode="r", *args, **kwargs):
            if mode == "wb" and _path_of(fd).startswith(str(folder.resolve())):
                return io.BufferedWriter(_FullDisk(fd, 4096))
            return real(fd, mode, *args, **kwargs)
        monkeypatch.setattr(os, "fdopen", fdopen)
    return enable


def _path_of(fd: int) -> str:
    return os.readlink(f"/proc/self/fd/{fd}")


def test_a_cold_run_on_a_full_tmpfs_goes_on_without_the_cache(workdir, small_disk, capsys):
    sources = write_corpus(workdir / "sources", 3)
    expected = _verify(workdir, sources, "cold.json", "--no-cache")
    capsys.readouterr()
    assert _verify(workdir, sources, "full.json", "--cache-dir", str(small_disk)) == expected
    assert "cannot write the cache" in capsys.readouterr().err
    assert temp_files(small_disk) == []


def test_a_rebuild_on_a_full_tmpfs_keeps_the_document_in_memory(workdir, tmp_path):
    sources = write_corpus(workdir / "sources", 3)
    expected = _verify(workdir, sources, "cold.json", "--no-cache")
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)],
            capture_output=True, check=False).returncode:
        pytest.skip("cannot mount a tmpfs")
    try:
        assert _verify(workdir, sources, "warm.json", "--cache-dir", str(disk)) == expected
        assert entries(disk)
        with open(disk / "filler", "wb") as filler:   # fill the disk to the last byte
            try:
                while True:
                    filler.write(b"\0" * 65536)
                    filler.flush()
            except OSError as error:
                assert error.errno == errno.ENOSPC
        assert damage_passages(disk)
        assert _verify(workdir, sources, "rebuilt.json", "--cache-dir", str(disk)) == expected
        assert temp_files(disk) == []
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, check=False)


def test_a_cold_run_when_writes_fail_with_enospc_goes_on_without_the_cache(
        workdir, full_disk, capsys):
    sources = write_corpus(workdir / "sources", 3)
    expected = _verify(workdir, sources, "cold.json", "--no-cache")
    cache = workdir / "cache"
    full_disk(cache)
    capsys.readouterr()
    assert _verify(workdir, sources, "full.json", "--cache-dir", str(cache)) == expected
    assert "cannot write the cache (No space left on device)" in capsys.readouterr().err
    assert temp_files(cache) == [] and entries(cache) == []


def test_a_rebuild_when_writes_fail_with_enospc_keeps_the_document_in_memory(
        workdir, full_disk, monkeypatch):
    sources = write_corpus(workdir / "sources", 3)
    expected = _verify(workdir, sources, "cold.json", "--no-cache")
    cache = workdir / "cache"
    assert _verify(workdir, sources, "warm.json", "--cache-dir", str(cache)) == expected
    assert damage_passages(cache)
    written = []
    original = pipeline._write_entry

    def counting(*args):
        written.append(args[2])
        return original(*args)

    monkeypatch.setattr(pipeline, "_write_entry", counting)
    full_disk(cache)
    assert _verify(workdir, sources, "rebuilt.json", "--cache-dir", str(cache)) == expected
    assert written, "no damaged entry was rebuilt"
    assert temp_files(cache) == []


def test_abandon_after_a_failed_flush_removes_the_file_and_does_not_raise(tmp_path, full_disk):
    from checker.language.lexicon import load_lexicon
    from checker.model import Document

    folder = cache_module.CacheFolder(tmp_path / "cache", "f" * 24)
    folder.prepare()
    document = Document(path="a.txt", text="智谱2024年营收3.1亿元。\n", encoding="utf-8")
    (passage, analysis), = pipeline.analysed_passages(document, load_lexicon())
    full_disk(tmp_path)
    writer = folder.entry_writer("ab" * 32)
    for _ in range(5):   # over the 4 KB the disk takes, under the 8 KB buffer:
        writer.add(passage, analysis)   # refused only when flushed, by close()
    assert list(folder.temp.iterdir())
    writer.abandon()
    assert list(folder.temp.iterdir()) == []
    writer.abandon()   # twice is harmless
