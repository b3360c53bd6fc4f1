"""Issue 13, walking folders: deep trees, paths over the system's limit and
links into folders the user may not enter.

A folder is walked with one system call per entry, so the work grows with the
number of entries, not with their depth: the test counts the calls rather
than timing them. What cannot even be looked at is skipped with a warning (an
error with ``--strict``), and a named source that cannot be looked at is exit
2 with one line.
"""
from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.errors import SourceError
from checker.io.load import load_documents

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX paths, links and permissions")
CLAIMS = "claims:\n  - 智谱2024年营收3亿元\n"
JSON = ("--format", "json", "-o", "out/report.json")


def chain(top: Path, depth: int, name: str, *, every_level: bool = False) -> None:
    """TOP/NAME/NAME/.../deep.txt, DEPTH folders deep (with EVERY_LEVEL, a
    text file in each), made relative to an open folder at each step, so the
    whole path may be longer than the system allows (open and mkdir by path
    would fail with ENAMETOOLONG)."""
    top.mkdir(parents=True, exist_ok=True)
    (top / "top.txt").write_text("智谱2024年营收3亿元。\n", encoding="utf-8")
    fd = os.open(top, os.O_RDONLY)
    try:
        for level in range(depth):
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
            if every_level:
                write_at(fd, f"{level}.txt", f"第{level}层。\n")
        write_at(fd, "deep.txt", "MiniMax营收1亿元。\n")
    finally:
        os.close(fd)


def write_at(folder_fd: int, name: str, text: str) -> None:
    out = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=folder_fd)
    try:
        os.write(out, text.encode())
    finally:
        os.close(out)


def path_limit() -> int:
    try:
        return os.pathconf("/", "PC_PATH_MAX")
    except (OSError, ValueError, AttributeError):
        return 4096


class SystemCalls:
    """Counts the calls that look at the file system (stat, lstat, readlink,
    scandir): resolving a path makes one per folder on the way."""

    NAMES = ("stat", "lstat", "readlink", "scandir")

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        for name in self.NAMES:
            monkeypatch.setattr(os, name, self._counted(getattr(os, name)))

    def _counted(self, real):
        def call(*args, **kwargs):
            self.count += 1
            return real(*args, **kwargs)
        return call


@posix_only
@pytest.mark.parametrize("where", ["under the current folder", "elsewhere"])
def test_walking_a_deep_tree_takes_work_linear_in_its_depth(tmp_path, monkeypatch, where):
    # Before: every folder, and every file outside the current folder, was
    # resolved, one lstat per folder on its path: 1,500 levels took 30 s (100 s
    # with a file on each level, from elsewhere); doubling the depth
    # quadrupled the calls.
    chain(tmp_path / "a", 150, "d", every_level=True)
    chain(tmp_path / "b", 300, "d", every_level=True)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / ("elsewhere" if where == "elsewhere" else ""))
    counts = []
    for top, depth in (("a", 150), ("b", 300)):
        with monkeypatch.context() as patch:
            calls = SystemCalls(patch)
            documents, warnings = load_documents([tmp_path / top])
            counts.append(calls.count)
        assert warnings == []
        assert len(documents) == depth + 2
        assert documents[-1].path.endswith(f"{top}/top.txt")
    small, large = counts
    assert small <= 10 * 150, counts  # a few calls per level, whatever its depth
    assert large <= 2 * small + 20, counts


@posix_only
def test_a_folder_deeper_than_the_path_limit_is_skipped_with_a_warning(tmp_path, monkeypatch):
    name = "d" * 100
    depth = path_limit() // (len(name) + 1) + 5
    chain(tmp_path / "src", depth, name)
    monkeypatch.chdir(tmp_path)
    documents, warnings = load_documents(["src"])
    assert [d.path for d in documents] == ["src/top.txt"]
    assert len(warnings) == 1, warnings
    warning = warnings[0]
    assert warning.startswith(f"skipped src/{name}/{name}/…(")
    assert warning.endswith(": cannot read: the path is longer than the system allows")
    assert len(warning) < 500  # the middle folders are left out, not 4 KB of path
    with pytest.raises(SourceError, match="longer than the system allows"):
        load_documents(["src"], strict=True)


@posix_only
def test_cli_reads_the_rest_of_a_tree_deeper_than_the_path_limit(workdir, verify):
    name = "d" * 100
    chain(workdir / "src", path_limit() // (len(name) + 1) + 5, name)
    (workdir / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    run = verify("claims.yaml", "--sources", "src", "--no-cache", *JSON)
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    assert run.err.count("\n") == 2, run.err  # the warning and the summary
    assert run.err.startswith("warning: skipped src/")
    assert run.report(workdir)["claims"][0]["evidence"][0]["source"] == "src/top.txt"


def unreadable_tree(root: Path) -> None:
    """src/ with a text file, a link to a folder inside locked/ and a link to a
    file inside it; locked/ is then closed to everyone but root."""
    (root / "src").mkdir()
    (root / "src" / "ok.txt").write_text("智谱2024年营收3亿元。\n", encoding="utf-8")
    (root / "locked" / "inner").mkdir(parents=True)
    (root / "locked" / "inner" / "a.txt").write_text("MiniMax营收1亿元。\n", encoding="utf-8")
    (root / "locked" / "b.txt").write_text("MiniMax营收2亿元。\n", encoding="utf-8")
    (root / "src" / "folder-link").symlink_to(root / "locked" / "inner",
                                              target_is_directory=True)
    (root / "src" / "file-link.txt").symlink_to(root / "locked" / "b.txt")
    (root / "locked").chmod(0)


EXPECTED_WARNINGS = [
    "skipped src/file-link.txt: cannot read: Permission denied",
    "skipped src/folder-link: cannot read: Permission denied",
]
WALK = """\
import json, sys
from checker.io.load import load_documents
documents, warnings = load_documents(["src"])
print(json.dumps([[d.path for d in documents], warnings]))
"""


@pytest.fixture
def open_folder(tmp_path: Path):
    """A folder any user may enter (tmp_path's parents are private to root)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="checker-walk-"))
    folder.chmod(0o755)
    yield folder
    if (folder / "locked").exists():
        (folder / "locked").chmod(0o755)
    shutil.rmtree(folder)


@posix_only
def test_links_into_an_unreadable_folder_are_skipped_as_a_non_root_user(tmp_path, open_folder):
    """The real thing: the walk runs as a user the folder is closed to (as
    ``nobody`` when the tests run as root, if that user can run Python here)."""
    if os.geteuid() == 0:
        nobody = 65534
        try:
            probe = subprocess.run([sys.executable, "-c", "import checker"], check=False,
                                   user=nobody, group=nobody, capture_output=True, cwd="/",
                                   env={**os.environ, "PYTHONPATH": _package_root()})
        except OSError:  # cannot even start it
            probe = None
        if probe is None or probe.returncode != 0:
            pytest.skip("root, and the unprivileged user cannot run this Python")
        root, kwargs = open_folder, {"user": nobody, "group": nobody}
    else:
        root, kwargs = tmp_path, {}
    unreadable_tree(root)
    try:
        done = subprocess.run([sys.executable, "-c", WALK], cwd=root, capture_output=True,
                              text=True, check=False, timeout=120,
                              env={**os.environ, "PYTHONPATH": _package_root()}, **kwargs)
    finally:
        (root / "locked").chmod(0o755)
    assert done.returncode == 0, done.stderr
    paths, warnings = json.loads(done.stdout)
    assert paths == ["src/ok.txt"]
    assert warnings == EXPECTED_WARNINGS


def _package_root() -> str:
    return str(Path(__file__).resolve().parents[2])


@posix_only
def test_links_into_an_unreadable_folder_are_skipped_simulated(tmp_path, monkeypatch):
    """The same, with the permission error made up: root passes any chmod."""
    unreadable_tree(tmp_path)
    (tmp_path / "locked").chmod(0o755)
    real = Path.stat

    def stat(self: Path, **kwargs):
        if "locked" in os.path.realpath(self) and self.name != "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self, **kwargs)
    monkeypatch.setattr(Path, "stat", stat)
    monkeypatch.chdir(tmp_path)
    documents, warnings = load_documents(["src"])
    assert [d.path for d in documents] == ["src/ok.txt"]
    assert warnings == EXPECTED_WARNINGS
    with pytest.raises(SourceError, match="src/file-link.txt: cannot read: Permission denied"):
        load_documents(["src"], strict=True)
    # Named: one line, exit 2 (the CLI's boundary prints str(error)).
    with pytest.raises(SourceError, match=r"^src/folder-link: cannot read: Permission denied"):
        load_documents(["src/folder-link"])


@posix_only
def test_named_link_into_an_unreadable_folder_is_one_line(workdir, verify, monkeypatch):
    unreadable_tree(workdir)
    (workdir / "locked").chmod(0o755)
    (workdir / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    real = Path.stat

    def stat(self: Path, **kwargs):
        if "locked" in os.path.realpath(self) and self.name != "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self, **kwargs)
    monkeypatch.setattr(Path, "stat", stat)
    run = verify("claims.yaml", "--sources", "src/folder-link", *JSON)
    assert run.code == 2 and run.out == ""
    assert run.err == ("src/folder-link: cannot read: Permission denied (check the permissions "
                       "of the folders on the way)\n")
