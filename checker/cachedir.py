"""The cache's folders: where they are, how the cache tells its own from
anyone else's, and how they are created, pruned and cleaned.

A cache root (the user's cache folder, or ``--cache-dir``) may hold anything
of the user's. The cache only ever uses, prunes or deletes a *namespace*
folder that it made: one named ``vN-`` + 24 hex digits, or the dictionaries'
folder ``DICTIONARIES``, that holds the marker ``CACHEDIR.TAG`` with exactly
the content ``MARKER``. A namespace is built
in a temporary folder and renamed into place, so no one sees it without its
marker. It writes nothing else in the root (no ``.gitignore``: the one it
writes is inside the namespace).

Files are written in the namespace's ``tmp/`` under names that carry the
writer's host and process id, and renamed into place when complete. At the
start of a run, those whose writer is gone (or that are older than
``STALE_TEMP_SECONDS``, for another host) are removed; a writer still at
work is left alone.

What goes in a namespace (entries, indexes) is ``checker.store.cache``'s business.
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import socket
import stat
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

APP_NAME = "claim-checker"
MARKER_NAME = "CACHEDIR.TAG"
MARKER = (b"Signature: 8a477f597d28d172789f06886806bc55\n"
          b"# This folder is a cache made by the claim checker (claim-checker).\n"
          b"# It can be deleted; the checker rebuilds what it needs.\n")
"""The content of the marker of a namespace folder (a Cache Directory Tag,
so backup tools skip it too); checked byte for byte before a folder is used
or deleted."""
GITIGNORE = b"# made by the claim checker: a cache, never to be committed\n*\n"
# v1-abc, v2-notes, vendor-js are not namespace names: 24 hex digits are.
NAMESPACE = re.compile(r"v[0-9]+-[0-9a-f]{24}")
DICTIONARIES = "dictionaries"
"""The root's folder of the dictionary tables (``checker.language.dictfiles``),
kept apart from the namespaces: they are built from installed packages, not
from sources or lexicons, so a lexicon or code edit (a new namespace) does
not rebuild them. Each table file carries its own key; a rebuilt table
replaces its stale file, so the folder is never pruned."""
KEEP_NAMESPACES = 3
"""Namespaces (cache keys) kept in one cache folder, the current one included."""
STALE_TEMP_SECONDS = 30 * 60
"""Age after which a temporary file whose writer cannot be checked (another
host) is taken as abandoned. A writer on this host is checked by process id."""
_TEMP_NAME = re.compile(r"\.tmp-([0-9a-f]{8})-([0-9]+)-")


def default_cache_dir() -> Path:
    """The user's cache folder for the checker (``~/.cache/claim-checker`` on
    Linux, or under ``XDG_CACHE_HOME``)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()  # what open() would give; mkstemp gives 0600
_HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


def temp_prefix() -> str:
    # The process id is read at each call: forked workers write too.
    return f".tmp-{_HOST}-{os.getpid()}-"


def open_regular(path: str | Path) -> int:
    """A descriptor of PATH for reading, only if it is a regular file (not a
    symlink, pipe or device: opening a named pipe must never block)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
    except BaseException:
        os.close(fd)
        raise
    return fd


def is_marked(folder: str | Path) -> bool:
    """Whether FOLDER is a real folder (not a symlink) holding the marker."""
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
        fd = open_regular(os.path.join(folder, MARKER_NAME))
    except OSError:
        return False
    try:
        return os.read(fd, len(MARKER) + 1) == MARKER
    except OSError:
        return False
    finally:
        os.close(fd)


def _writer_gone(name: str, mtime: float) -> bool:
    """Whether the temporary file or folder NAME (ours) is abandoned: its
    process on this host has ended, or it is old."""
    match = _TEMP_NAME.match(name)
    if match is None:
        return False
    if time.time() - mtime > STALE_TEMP_SECONDS:
        return True
    if match[1] != _HOST or os.name != "posix":
        return False  # no process to ask (on Windows os.kill would end it)
    pid = int(match[2])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists (another user's) or cannot be asked
    return False


def atomic_write(path: Path, temp_folder: Path, chunks: Sequence[bytes]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(), dir=temp_folder)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        unlink_quietly(tmp)
        raise


def unlink_quietly(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _remove_draft(draft: Path) -> None:
    """Remove a namespace folder that was never put in place: only the files
    and empty folders this module puts in a new one, never anything else."""
    for name in (MARKER_NAME, ".gitignore"):
        unlink_quietly(draft / name)
    for name in (*Namespace.SUBFOLDERS, ""):
        try:
            os.rmdir(draft / name)
        except OSError:
            pass


class Namespace:
    """One namespace folder of a cache root."""

    SUBFOLDERS = ("docs", "sets", "tmp")

    def __init__(self, root: str | Path, name: str) -> None:
        self.root = Path(root)
        self.folder = self.root / name
        self.temp = self.folder / "tmp"

    def prepare(self) -> None:
        """Create (or reuse) the namespace folder, remove abandoned temporary
        files and prune old namespaces; raises OSError when the folder cannot
        be written or is not the cache's own."""
        self.root.mkdir(parents=True, exist_ok=True)
        if not is_marked(self.folder):
            self._create()
        os.utime(self.folder / MARKER_NAME)  # marks it as in use, for pruning
        self.temp.mkdir(exist_ok=True)
        self.remove_stale_temps()
        self.prune()

    def _create(self) -> None:
        """Make the namespace in a temporary folder and rename it into place,
        so no one ever sees it without its marker."""
        draft = Path(tempfile.mkdtemp(prefix=temp_prefix(), dir=self.root))
        try:
            (draft / MARKER_NAME).write_bytes(MARKER)
            (draft / ".gitignore").write_bytes(GITIGNORE)
            for name in self.SUBFOLDERS:
                (draft / name).mkdir()
            os.rename(draft, self.folder)
        except OSError:
            _remove_draft(draft)
            if is_marked(self.folder):   # another run made it meanwhile
                return
            if os.path.lexists(self.folder):
                raise OSError(errno.EEXIST, "a folder of the cache's name holds no marker of "
                              "the cache; it is left alone", str(self.folder)) from None
            raise
        else:
            os.chmod(self.folder, 0o777 & ~_umask())  # mkdtemp made it 0700

    def remove_stale_temps(self) -> None:
        """Remove abandoned temporary files of this namespace and abandoned
        namespace drafts in the root (ours only: named by ``temp_prefix``)."""
        for folder, is_draft in ((self.temp, False), (self.root, True)):
            try:
                found = list(os.scandir(folder))
            except OSError:
                continue
            for entry in found:
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                kind = stat.S_ISDIR if is_draft else stat.S_ISREG
                if kind(info.st_mode) and _writer_gone(entry.name, info.st_mtime):
                    if is_draft:
                        _remove_draft(Path(entry.path))
                    else:
                        unlink_quietly(entry.path)

    def prune(self) -> None:
        """Remove the least recently used other namespaces beyond
        ``KEEP_NAMESPACES``.

        Every code or lexicon change starts a new namespace; without pruning a
        cache of a 200 MB archive grew by 2.6 GB per change. Only folders with
        the marker are candidates. A removed entry is only ever a cache miss.
        """
        others = []
        for entry in os.scandir(self.root):
            if entry.name == self.folder.name or not NAMESPACE.fullmatch(entry.name) \
                    or not is_marked(entry.path):
                continue
            try:
                used = os.lstat(os.path.join(entry.path, MARKER_NAME)).st_mtime
            except OSError:
                continue
            others.append((used, entry.name))
        others.sort(reverse=True)
        for _, name in others[KEEP_NAMESPACES - 1:]:
            if is_marked(self.root / name):
                shutil.rmtree(self.root / name, ignore_errors=True)


class DictionaryFolder(Namespace):
    """The root's ``DICTIONARIES`` folder: made and marked like a namespace,
    with only a ``tmp/`` (the tables go in the ``vocabulary/`` that
    ``dictfiles`` makes); it prunes no namespace and none prunes it."""

    SUBFOLDERS = ("tmp",)

    def __init__(self, root: str | Path) -> None:
        super().__init__(root, DICTIONARIES)

    def prune(self) -> None:
        pass
