"""Stage "normalise": text → the matching form, with a map back to the original.

The same function runs on source passages and on claims, so both sides meet in
one form:

1. inline pinyin notes left by a script converter are removed
   (``業(yè)務`` → ``業務``; seeds/001 has 233 of them);
2. conversion artefacts are dropped: private-use characters (mojibake such as
   ``規(guī);瘮U張``), U+FFFD replacement characters and lone surrogates;
3. every remaining character is NFKC-folded on its own (full-width ``１２，``
   → ``12,``, NBSP → space); an expansion (``①`` → ``1``, ``㈱`` → ``(株)``)
   maps all of its characters to the one original character;
4. every dash and hyphen variant becomes ``-`` (``Speech‑02`` with U+2011 in
   seeds/003 → ``Speech-02``);
5. a Latin letter with a diacritic becomes its plain letter (``Mendonça`` →
   ``Mendonca``, ``Müller`` → ``Muller``, ``Łódź`` → ``Lodz``): claims are
   often typed without the marks a source prints, and a word cut at its
   first accented letter ("Mendon") would match others;
6. a formula's subscript that text extraction set apart with a space
   rejoins it (``CO 2`` → ``CO2``, ``CH 4`` → ``CH4``: encyclopedia text
   copied from HTML writes greenhouse gases so, claims write ``CO2``);
7. traditional script becomes simplified with OpenCC ``t2s``, which never
   changes the length (LIBRARIES.md), so positions survive it.

Each step is recorded in ``NormalText.origin`` so any span of the normal form
maps back to the original (excerpts are always cut from the original).

It does not change case, collapse whitespace, touch curly quotes, repair
mojibake (no library can: the damaged words are simply lost) or split text;
segmenting is ``checker.stages.segment``'s job.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING

from checker.model import NormalText

if TYPE_CHECKING:  # opencc is imported lazily: it loads dictionaries on first use.
    import opencc

# Tone-marked vowels (and ü, which needs no tone mark to be pinyin-only), with
# the plain letter each stands for.
_TONE_VOWELS = {
    **dict.fromkeys("āáǎà", "a"), **dict.fromkeys("ēéěè", "e"),
    **dict.fromkeys("īíǐì", "i"), **dict.fromkeys("ōóǒò", "o"),
    **dict.fromkeys("ūúǔù", "u"), **dict.fromkeys("ǖǘǚǜü", "v"),
    **dict.fromkeys("ńňǹ", "n"), "ḿ": "m",
}
_PLAIN_VOWELS = str.maketrans(_TONE_VOWELS)

# A pinyin note in parentheses right after the character it annotates.
#   matches:  業(yè)  轉(zhuǎn)  變（biàn）  樘囟\ue7beI(yè)  (the mojibake in seeds/001
#             left a Latin letter before one note)
#   no match: (AGI)  (約35億美元)  (Pro方案,不包含...)  說(shuō 的) -- space,
#             and a note at the start of a line (nothing to annotate)
# Whether the letters really form one toned syllable is checked in code
# (_is_toned_syllable), which rejects e.g. 咖啡(café).
_PINYIN_NOTE = re.compile(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
    r"\ue000-\uf8ff\ufffdA-Za-z])"
    r"[(（]([a-z" + "".join(_TONE_VOWELS) + r"]{1,7})[)）]"
)

# The shape of one pinyin syllable once tone marks are plain letters (ü → v):
# optional initial, 1-3 vowels, optional n/ng/r final, or a syllabic n/m/ng.
#   matches: ye zhuan chuang lv er ng    no match: cafe agi pro sota
_SYLLABLE = re.compile(
    r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]{1,3}(?:ng|n|r)?|[nm]g?"
)

# Characters that may change under steps 2-4. Printable ASCII, tab, newline
# and the CJK unified ideographs (the bulk of the corpus) never do, so they
# are copied in runs; everything else goes through _fold_char.
#   matches: ， （ １ ‑ — \xa0 \ue1f7 。 “    no match: a 1 , 業 智
_NEEDS_FOLD = re.compile(r"[^\t\n -~\u4e00-\u9fff]")

_DASHES = str.maketrans(dict.fromkeys(
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"))

# Latin letters that no Unicode decomposition takes to a plain letter.
_UNDECOMPOSED_LETTERS = str.maketrans({
    "\u00f8": "o", "\u00d8": "O", "\u0142": "l", "\u0141": "L", "\u0111": "d",
    "\u0110": "D", "\u00df": "ss", "\u00e6": "ae", "\u00c6": "AE", "\u0153": "oe",
    "\u0152": "OE", "\u0131": "i",
})


def normalise(text: str) -> NormalText:
    """Return TEXT in the matching form with a map back to TEXT's offsets."""
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    for start, end in sorted(_pinyin_note_spans(text) + _formula_gaps(text)):
        _fold_range(text, pos, start, pieces, origin)
        pos = end
    _fold_range(text, pos, len(text), pieces, origin)
    origin.append(len(text))
    return NormalText(_to_simplified("".join(pieces)), tuple(origin))


@functools.lru_cache(maxsize=8192)
def normalise_for_match(text: str) -> str:
    """Just the normalised text, for callers that need no offsets.
    (Remembered: the judge asks again for each passage of each claim it is
    a candidate of, 29,000 calls for 4,600 texts in a run of 1,000 claims.)"""
    return normalise(text).text


def _pinyin_note_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the pinyin notes in TEXT, parentheses included."""
    return [m.span() for m in _PINYIN_NOTE.finditer(text) if _is_toned_syllable(m.group(1))]


# A chemical formula of two element symbols or more, one of them carbon,
# hydrogen or oxygen, a space, and its last subscript: the space is dropped.
#   matches: CO 2  CH 4  SO 2  NO 2  CO 2-equivalent
#   no match: CO 25  PM 2.5  A 4  Win 7  US 2  NY 5  CO2 (no space)  N 2 O (one symbol)
_FORMULA_GAP = re.compile(r"(?<![A-Za-z0-9])((?:[A-Z][a-z]?){2,3}) [2-9](?![\d.,]?\d|[A-Za-z])")
# (The elements of the gases and compounds news writes so; not every symbol,
# or "BA 2", "In 3" would be formulas.)
_ELEMENTS = frozenset({"C", "H", "O", "N", "S", "F", "P", "Cl", "Br", "Si", "Na", "K", "Ca"})
_ELEMENT_SYMBOL = re.compile(r"[A-Z][a-z]?")
_ORGANIC = frozenset("CHO")


def _formula_gaps(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the spaces that set a formula's subscript apart
    (the space of ``CO 2``), where every symbol before it is an element's and
    one is carbon, hydrogen or oxygen."""
    if " " not in text:
        return []
    return [(m.end(1), m.end(1) + 1) for m in _FORMULA_GAP.finditer(text)
            if all(s in _ELEMENTS for s in _symbols(m.group(1)))
            and any(s in _ORGANIC for s in _symbols(m.group(1)))]


def _symbols(formula: str) -> list[str]:
    return _ELEMENT_SYMBOL.findall(formula)


def _is_toned_syllable(letters: str) -> bool:
    # A tone mark (or ü) is required: plain lowercase words in parentheses,
    # e.g. 方案(a), are ordinary text far more often than toneless notes.
    plain = letters.translate(_PLAIN_VOWELS)
    return plain != letters and _SYLLABLE.fullmatch(plain) is not None


def _fold_range(text: str, start: int, end: int,
                pieces: list[str], origin: list[int]) -> None:
    """Append the folded form of TEXT[start:end] to PIECES, its origins to ORIGIN."""
    pos = start
    for match in _NEEDS_FOLD.finditer(text, start, end):
        i = match.start()
        char = text[i]
        folded = _fold_char(char)
        if folded == char:
            continue   # unchanged (。 “ 、): part of the run copied as it is
        if i > pos:
            pieces.append(text[pos:i])
            origin.extend(range(pos, i))
        pieces.append(folded)
        origin.extend([i] * len(folded))
        pos = i + 1
    if end > pos:
        pieces.append(text[pos:end])
        origin.extend(range(pos, end))


@functools.cache
def _fold_char(char: str) -> str:
    """Steps 2-5 for one character: '' for an artefact, else NFKC with dashes
    folded and a Latin letter's diacritics dropped."""
    code = ord(char)
    if (0xE000 <= code <= 0xF8FF or code >= 0xF0000  # private use (BMP, planes 15-16)
            or code == 0xFFFD or 0xD800 <= code <= 0xDFFF):
        return ""
    folded = unicodedata.normalize("NFKC", char).translate(_DASHES)
    if len(folded) == 1 and folded.isalpha() and not folded.isascii():
        plain = "".join(c for c in unicodedata.normalize("NFD", folded)
                        if not unicodedata.combining(c)).translate(_UNDECOMPOSED_LETTERS)
        # (Only to plain letters: kana and hangul decompose too, into no
        # Latin letter.)
        if plain.isascii() and plain.isalpha():
            return plain
    return folded


def _to_simplified(text: str) -> str:
    if text.isascii():
        return text
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    # Never seen (LIBRARIES.md), but the offset map depends on it: fall back
    # to converting one character at a time, keeping any that would change length.
    return "".join(_simplified_char(char) for char in text)


@functools.cache
def _simplified_char(char: str) -> str:
    converted = _t2s().convert(char)
    return converted if len(converted) == 1 else char


@functools.cache
def _t2s() -> opencc.OpenCC:
    import opencc

    return opencc.OpenCC("t2s")


def value_spans(text: str, value: str) -> list[tuple[int, int]]:
    """[start, end) spans of TEXT where VALUE stands, for marking it in a report.

    VALUE is looked for verbatim; when it is not there, in the matching form
    of both (traditional → simplified, full-width → half-width), mapped back
    to the original text, so ``43億港元`` in a Hong Kong source is found for
    the compared ``43亿港元``. A blank value is found nowhere.
    """
    return _verbatim(text, value) or _through_normal_form(text, value)


def _verbatim(text: str, value: str) -> list[tuple[int, int]]:
    spans = []
    if value.strip():  # a blank value would mark every space
        found = text.find(value)
        while found >= 0:
            spans.append((found, found + len(value)))
            found = text.find(value, found + len(value))
    return spans


def _through_normal_form(text: str, value: str) -> list[tuple[int, int]]:
    if not value.strip():
        return []
    normal_text, normal_value = normalise(text), normalise(value).text
    if not normal_value.strip():
        return []
    spans = []
    for start, end in _verbatim(normal_text.text, normal_value):
        original = normal_text.to_original(start, end)
        # Cautious: keep a span only if it maps back to the same value, so a
        # stripped note or an expansion never marks the wrong characters.
        if original[1] > original[0] and normalise(text[original[0]:original[1]]).text == \
                normal_value:
            spans.append(original)
    return spans
