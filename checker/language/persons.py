"""Person names across scripts, matched by pinyin with no per-person entries.

A name is a sequence of syllable sets: "Yan Junjie" → [{yan}, {jun}, {jie}],
闫俊杰 → [readings of 闫, of 俊, of 杰]. Two names match when they have the
same length and every position shares a reading, so 闫俊杰, 閆俊傑 and
"Yan Junjie" are one person, and heteronym surnames (单 dan/shan) still match.
Homophones match too, which is why the judge also asks for the subject and the
role to agree before it trusts a name.

The readings come from pypinyin's table of 42k characters, whose import
alone takes about 0.2 s and 55 MB (it loads its phrase dictionary too). So
they are kept, tone marks already stripped, as a table file in the cache
namespace (``checker.language.dictfiles``, keyed by the pypinyin version and this
module's code), built once and memory-mapped; pypinyin is imported only to
build it, or in memory when there is no cache folder.

This module does not decide who holds which role (that is ``judge``).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from functools import cache, lru_cache
from pathlib import Path

from checker.language import dictfiles
from checker.language.grammar import grammar

Name = tuple[frozenset[str], ...]

# Characters that end a Chinese name read after a role word: "CEO张鹏毕业于"
# stops before 毕, "首席科学家唐杰更是" before 更. A name is 2-3 characters.
_NAME_STOP = set("的是于在曾毕表称说也更等和与及从就还将已带兼担为拥主发透领认指直告宣提写"
                 "对向被把让给以而但并且或了着过都又再仍亦即便若如因所之其该此这那年月日"
                 "上下中前后内外")
_CJK = re.compile(r"[\u3400-\u9fff]")
# Two or more capitalised Latin words: "Yan Junjie", "Tang Jie", "Junjie Yan".
_LATIN_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}\b")


@cache
def readings(char: str) -> frozenset[str]:
    """Tone-less pinyin readings of one character (all heteronyms)."""
    if len(char) != 1:
        return frozenset()   # the table's one other key, "", holds every syllable
    return frozenset(_pinyin_table().get(char, ()))


@cache
def _pinyin_table() -> dictfiles.Table | dictfiles.Entries:
    """Character → its tone-less readings; "" → every syllable."""
    key = dictfiles.table_key(f"pypinyin {dictfiles.installed_version('pypinyin')}",
                              Path(__file__).read_bytes())
    return dictfiles.load_table("pinyin", key, lambda _names: {"pinyin": _build_pinyin_table()})


def _build_pinyin_table() -> dict[str, tuple[str, ...]]:
    from pypinyin.constants import PINYIN_DICT

    table = {chr(code): tuple(sorted({_strip_tones(r) for r in raw.split(",")}))
             for code, raw in PINYIN_DICT.items() if raw}
    table[""] = tuple(sorted({r for readings in table.values() for r in readings}))
    return table


def _strip_tones(syllable: str) -> str:
    # ü is written v in pinyin without marks (吕 lv); fold it before NFD would
    # split off its diaeresis with the tone marks.
    syllable = re.sub("[üǖǘǚǜ]", "v", syllable)
    decomposed = unicodedata.normalize("NFD", syllable)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("ü", "v").lower()


@cache
def _syllables() -> frozenset[str]:
    return frozenset(_pinyin_table().get("", ()))


def chinese_name(text: str) -> Name:
    return tuple(readings(c) for c in text)


def latin_name_variants(words: Sequence[str]) -> list[Name]:
    """Ways to read Latin words as a pinyin name, surname-first or given-name-first."""
    per_word = [_segment(w.lower().replace("-", "")) for w in words]
    if any(not s for s in per_word):
        return []
    variants = []
    for order in (list(range(len(words))), [len(words) - 1, *range(len(words) - 1)]):
        for combo in _product([per_word[i] for i in order]):
            name = tuple(frozenset([syl]) for part in combo for syl in part)
            if 2 <= len(name) <= 4 and name not in variants:
                variants.append(name)
    return variants


@lru_cache(maxsize=4096)
def _variants_of(words: str) -> tuple[Name, ...]:
    """``latin_name_variants`` of capitalised WORDS of a passage, worked out
    once (every candidate passage is read for a claim's names)."""
    return tuple(latin_name_variants(re.split(r"[ -]", words)))


def _product(options: Sequence[list[list[str]]]) -> list[list[list[str]]]:
    result: list[list[list[str]]] = [[]]
    for choices in options:
        result = [prefix + [c] for prefix in result for c in choices]
    return result


def _segment(word: str) -> list[list[str]]:
    """All splits of a Latin word into pinyin syllables ("junjie" → [[jun, jie]])."""
    syllables = _syllables()
    results: list[list[str]] = []

    def walk(i: int, acc: list[str]) -> None:
        if len(results) > 8:
            return
        if i == len(word):
            results.append(list(acc))
            return
        for j in range(min(len(word), i + 6), i, -1):
            if word[i:j] in syllables:
                acc.append(word[i:j])
                walk(j, acc)
                acc.pop()

    walk(0, [])
    return results


def names_match(a: Name, b: Name) -> bool:
    return len(a) == len(b) and all(x & y for x, y in zip(a, b))


def find_latin_names(text: str, blocked: Sequence[tuple[int, int]],
                     surnames: Sequence[str]) -> list[tuple[int, int, list[Name]]]:
    """Latin person names in a claim, not inside entity names, whose surname
    (first or last word) reads as a Chinese surname."""
    surname_readings = _surname_readings(tuple(surnames))
    found = []
    for m in _LATIN_NAME.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in blocked):
            continue
        words = re.split(r"[ -]", m.group())
        if not ({words[0].lower(), words[-1].lower()} & surname_readings):
            continue
        variants = latin_name_variants(words)
        if variants:
            found.append((m.start(), m.end(), variants))
    return found


@cache
def _surname_readings(surnames: tuple[str, ...]) -> frozenset[str]:
    """The readings of the one-character surnames, worked out once."""
    return frozenset().union(*(readings(s[0]) for s in surnames if len(s) == 1))


def chinese_name_at(text: str, pos: int, surnames: Sequence[str]) -> tuple[int, int] | None:
    """A 2-3 character Chinese name starting at ``pos``, led by a known surname."""
    double = text[pos:pos + 2]
    if double in surnames and len(double) == 2:
        length = 2
    elif pos < len(text) and text[pos] in surnames:
        length = 1
    else:
        return None
    end = pos + length
    given = 0
    while end < len(text) and given < 2 and _CJK.match(text[end]) and text[end] not in _NAME_STOP:
        end += 1
        given += 1
    if given < 2 and end < len(text) and text[end] in _NAME_STOP:
        # A grammar character may be a name's (杜若溪, 陈之恒): when the tagger
        # reads a person's name of three characters there, it is one.
        tagged = _tagged_from(text, pos)
        if tagged and len(tagged[0][0]) == length + 2 and tagged[0][1].startswith(PERSON_TAG):
            return pos, pos + length + 2
    if given == 0:
        return None
    if given == 2:
        # A given name of one character before a word of two or more, as the
        # tagger reads them: 唐杰|同时是, not 唐杰同.
        tagged = _tagged_from(text, pos)
        if len(tagged) > 1 and len(tagged[0][0]) == length + 1 \
                and tagged[0][1].startswith(PERSON_TAG) and len(tagged[1][0]) >= 2:
            return pos, pos + length + 1
    return pos, end


def _tagged_from(text: str, pos: int) -> tuple[tuple[str, str], ...]:
    """jieba's words and tags of the Chinese run of TEXT from POS on."""
    run = _CJK_RUN.match(text, pos)
    return tagged_words(run.group()) if run else ()


@lru_cache(maxsize=4096)
def tagged_words(run: str) -> tuple[tuple[str, str], ...]:
    """jieba's words of RUN with their part-of-speech tags, remembered (a
    passage's clauses are read again for every claim it is a candidate of)."""
    import rjieba

    return tuple(rjieba.tag(run))


def leading_chinese_name(text: str, surnames: Collection[str] = ()) -> tuple[int, int] | None:
    """The span of a person's name that opens TEXT ("张鹏是……", "闫俊杰创立
    ……"), by the segmenter's part-of-speech tags (a surname it tags apart
    joins the given name after it); 2-3 characters, else None. With
    SURNAMES, only a name beginning with one: the tagger reads firms as
    persons too (华为, 比亚迪)."""
    start = len(text) - len(text.lstrip())
    run = _CJK_RUN.match(text, start)
    if not run:
        return None
    if surnames and text[start] not in surnames and text[start:start + 2] not in surnames:
        return None
    import rjieba

    tagged = rjieba.tag(run.group())
    if not tagged or not tagged[0][1].startswith(PERSON_TAG):
        return None
    length = len(tagged[0][0])
    if length == 1 and len(tagged) > 1 and tagged[1][1].startswith(PERSON_TAG):
        length += len(tagged[1][0])
    elif length == 1:
        length += given_name_after(tagged, 0)
    # A word of a name's kind after it makes it a firm's or a school's name
    # (北辰资本, 张江中学), whatever the tagger guessed.
    if any(text.startswith(kind, start + length) for kind in grammar("zh").name_kinds):
        return None
    return (start, start + length) if 2 <= length <= 3 else None


def given_name_after(tagged: Sequence[tuple[str, str]], at: int) -> int:
    """How many characters after the surname tagged at AT of TAGGED (jieba's
    words and tags) are a given name the tagger does not know: it comes
    apart into single characters of other kinds (李涓子: 李 涓 子); a verb,
    preposition or particle ends it (张说, 王在). 0 to 2."""
    length = 0
    for word, tag in tagged[at + 1:at + 3]:
        if len(word) != 1 or tag.startswith(NOT_IN_NAMES):
            break
        length += 1
    return length


PERSON_TAG = "nr"
"""jieba's part-of-speech tag of a person's name (nrfg, nrt: of kinds of them)."""
NOT_IN_NAMES = ("v", "p", "c", "u", "d", "r", "m", "q", "f", "x", "y", "e")
"""jieba's tags of words no given name is read from: verbs, prepositions,
conjunctions, particles, adverbs, pronouns, numerals, classifiers, places
of direction, punctuation, modal and interjection words."""
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def find_name(text: str, name: Name) -> list[tuple[int, int]]:
    """Spans of ``text`` that read as ``name``: Chinese characters, or Latin
    words spelling it in pinyin either way round ("Yang Zhilin", "Zhilin
    Yang"), so a claim naming a person in one script finds sources in the
    other and in its own."""
    n = len(name)
    hits = []
    for i in range(len(text) - n + 1):
        if all(_CJK.match(text[i + k]) and readings(text[i + k]) & name[k] for k in range(n)):
            hits.append((i, i + n))
    for m in _LATIN_NAME.finditer(text):
        # The run may hold a title or a word before the name ("Midfielder Li
        # Junhao"): each run of two words or more within it is tried.
        words = [(w.start(), w.end()) for w in re.finditer(r"[A-Za-z]+", m.group())]
        for first in range(len(words) - 1):
            for last in range(len(words) - 1, first, -1):
                start, end = m.start() + words[first][0], m.start() + words[last][1]
                if any(names_match(name, variant) for variant in _variants_of(text[start:end])):
                    hits.append((start, end))
    return sorted(set(hits))
