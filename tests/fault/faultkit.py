"""Helpers of the fault suite: the cache under concurrent runs, kills, a full
disk and special files (issue 13).

Each test builds its corpus from the seed articles at run time and runs the
real command line, in a subprocess where a process must be killed, run
concurrently or guarded by a timeout.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CLAIMS = """\
claims:
  - id: listing
    text: Zhipu listed on the Hong Kong Stock Exchange on 2026-01-08
  - id: overseas
    text: MiniMax overseas revenue 73.1%
  - id: wrong-share
    text: MiniMax overseas revenue was 80% of total revenue
  - id: loss
    text: 智谱2024年亏损20亿元
  - id: founder
    text: MiniMax was founded by Yan Junjie
  - id: absent
    text: 智谱共有800名员工
"""
GUARD_SECONDS = 300
"""A hang guard for subprocesses, not a performance threshold."""


def write_corpus(folder: Path, documents: int) -> Path:
    """DOCUMENTS source files, each a seed article with its lines rotated
    and a line of its own, so every file has different content."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(documents):
        lines = [line for line in SEEDS[n % len(SEEDS)].read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        turn = (n // len(SEEDS)) % len(lines)
        text = "\n".join([f"第{n}号文件。", *lines[turn:], *lines[:turn]]) + "\n"
        (folder / f"doc{n:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def command(*args: str) -> list[str]:
    """The ``checker`` command line, run with this interpreter."""
    return [sys.executable, "-m", "checker.cli.main", *args]


def verify_args(sources: Path, output: Path, *extra: str) -> list[str]:
    return command("verify", "claims.yaml", "--sources", str(sources), "--format", "json",
                   "--output", str(output), *extra)


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False,
                          timeout=GUARD_SECONDS, env=dict(os.environ))


def cold_report(workdir: Path, sources: Path) -> tuple[int, bytes]:
    """Exit code and JSON report of a run without any cache."""
    out = workdir / "cold.json"
    done = run(verify_args(sources, out, "--no-cache"), workdir)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, out.read_bytes()


def temp_files(root: Path) -> list[Path]:
    """Temporary files or folders the cache left under ROOT."""
    return sorted(p for p in root.rglob(".tmp-*"))


def found_while_written(root: Path, pattern: str) -> list[Path]:
    """``root.rglob(pattern)`` while a writer works under ROOT: a temporary
    folder it removes in the middle of the walk makes the walk start again
    (pathlib raises FileNotFoundError for it)."""
    while True:
        try:
            return sorted(root.rglob(pattern))
        except FileNotFoundError:
            continue


def entries(cache: Path) -> list[Path]:
    return sorted(cache.rglob("*.entry"))


def damage_passages(cache: Path) -> int:
    """Flip a byte inside every block of passages of every entry, in place
    (no new disk space needed); the headers stay sound, so the damage is
    found only when a passage is read. Returns the blocks damaged."""
    from checker.store.cache import CacheFolder

    damaged = 0
    for entry in entries(cache):
        folder = CacheFolder(cache, entry.parents[2].name.split("-", 1)[1])
        fd = folder.open_entry(entry.stem)
        try:
            header = folder.read_header(entry.stem, fd)
        finally:
            os.close(fd)
        with open(entry, "r+b") as f:
            for number in range(header.blocks):
                at = 8 + int(header.offsets[number]) + 1
                f.seek(at)
                byte = f.read(1)
                f.seek(at)
                f.write(bytes([byte[0] ^ 0x55]))
                damaged += 1
    return damaged
