"""A named pipe, a folder or a symlink where the cache expects one of its
files: the run neither hangs nor fails, and its report equals a run without
cache. Runs are subprocesses with a generous timeout, a guard against a hang
(opening a pipe for reading blocks until a writer comes), not a performance
threshold."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from faultkit import CLAIMS, cold_report, entries, run, verify_args, write_corpus

from checker.store.cache import MARKER_NAME


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """A folder with sources, claims, the report of a run without cache and
    a warm cache (copied by each test)."""
    workdir = tmp_path_factory.mktemp("special")
    (workdir / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    sources = write_corpus(workdir / "sources", 3)
    code, expected = cold_report(workdir, sources)
    assert run(verify_args(sources, workdir / "warm.json", "--cache-dir", str(workdir / "cache")),
               workdir).returncode == code
    return workdir, sources, code, expected


def _replace(path: Path, kind: str) -> None:
    path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
        (path / "inside").write_text("x")
    else:
        fifo = path.with_name("elsewhere.fifo")
        os.mkfifo(fifo)
        path.symlink_to(fifo)


@pytest.mark.parametrize(("target", "kind"), [
    ("entry", "fifo"), ("entry", "folder"), ("entry", "symlink"),
    ("index", "fifo"), ("marker", "fifo"),
])
def test_a_special_file_in_the_cache_is_a_miss_not_a_hang(prepared, target, kind):
    workdir, sources, code, expected = prepared
    cache = workdir / f"cache-{target}-{kind}"
    shutil.copytree(workdir / "cache", cache, symlinks=True)
    if target == "entry":
        for entry in entries(cache):
            _replace(entry, kind)
    elif target == "index":
        (index,) = cache.rglob("*.index")
        _replace(index, kind)
    else:   # the namespace's and the dictionaries' folder's
        markers = sorted(cache.rglob(MARKER_NAME))
        assert len(markers) == 2
        for marker in markers:
            _replace(marker, kind)
    out = workdir / f"{target}-{kind}.json"
    done = run(verify_args(sources, out, "--cache-dir", str(cache)), workdir)
    assert done.returncode == code, done.stderr
    assert out.read_bytes() == expected
    assert "Traceback" not in done.stderr
    if target == "entry" and kind != "folder":   # an entry the claims read was rewritten
        assert any(entry.is_file() and not entry.is_symlink() for entry in entries(cache))
