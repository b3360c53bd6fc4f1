"""Bytes of a text file → str, for every reader of user files (sources, claims
files, lexicons, web pages).

Bytes are decoded in a fixed order: a BOM (UTF-8, UTF-16, UTF-32), strict
UTF-8, UTF-16 without a BOM when the NUL bytes fall on one parity, UTF-8 with
a few damaged bytes (a file cut mid-character), then charset-normalizer
restricted to Chinese encodings (GB18030 preferred over its subsets
GBK/GB2312, Big5). CRLF and lone CR become LF, so line numbers agree with
every editor.
"""
from __future__ import annotations

import codecs
import functools

from checker.errors import BinaryFileError, SourceError

_SNIFF_BYTES = 8192

# Longest BOM first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What charset-normalizer may choose from (LIBRARIES.md: restricting it to
# Chinese encodings takes short GBK samples from 9/20 to 17/20 right).
_CHINESE_ENCODINGS = ["gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950",
                      "utf_16", "utf_32"]
_GB18030_SUBSETS = frozenset({"gbk", "gb2312", "cp936"})
# C0 controls other than tab, LF, VT, FF, CR, plus DEL: prose has next to none.
_CONTROL_CHARS = frozenset(chr(c) for c in [*range(9), *range(14, 32), 127])
_MAX_CONTROL_SHARE = 0.01
# UTF-8 with damaged bytes is still UTF-8 when the valid non-ASCII characters
# outnumber the damaged sequences this many times. GBK or Big5 read as UTF-8
# gives almost only damaged sequences, so it never passes.
_DAMAGED_UTF8_RATIO = 20
_HINT_ENCODING = "convert it to UTF-8, e.g. iconv -f ENCODING -t UTF-8"


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode DATA read from PATH; return (text with LF line ends, encoding).

    Raises BinaryFileError when DATA looks binary and SourceError when no
    supported encoding decodes it cleanly (damaged UTF-8 included:
    ``load_documents`` accepts that with a warning, this function does not).
    """
    text, encoding, _ = decode(data, path, allow_damaged=False)
    return check_text(text, encoding, path), encoding


def decode(data: bytes, path: str, *, allow_damaged: bool) -> tuple[str, str, int]:
    """(text, encoding, number of damaged UTF-8 sequences replaced by U+FFFD)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, encoding, path), encoding, 0
    if b"\0" in data[:_SNIFF_BYTES]:
        encoding = _utf16_without_bom(data)
        try:
            if encoding is not None:
                return data.decode(encoding), encoding, 0
        except UnicodeDecodeError:
            pass  # NULs mostly on one side by chance: binary after all
        raise BinaryFileError("looks binary: NUL bytes in the first 8 KiB", file=path,
                              hint="give text files only")
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    if allow_damaged:
        damaged = _damaged_utf8(data)
        if damaged is not None:
            return damaged[0], "utf-8", damaged[1]
    return (*_decode_chinese(data, path), 0)


def check_text(text: str, encoding: str, path: str) -> str:
    """TEXT with LF line ends; raises SourceError when it looks binary."""
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise BinaryFileError(f"looks binary: decodes as {encoding} but is full of control "
                              "characters", file=path, hint="give text files only")
    # str.replace returns the same object when there is nothing to replace,
    # so a large LF file is not copied.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise SourceError(f"not valid {encoding} at byte {error.start}", file=path,
                          hint=_HINT_ENCODING) from None


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, damaged sequences) when DATA is UTF-8 with a few bad bytes, else None.

    A download cut mid-character, or one corrupted byte in a long article, should
    not lose the whole file; each damaged sequence becomes U+FFFD, which
    ``normalise`` drops as an artefact.
    """
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - damaged
    if 0 < damaged and damaged * _DAMAGED_UTF8_RATIO <= non_ascii:
        return text, damaged
    return None


def first_damaged_line(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[:error.start].decode("utf-8")
        return before.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    return 1


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the NUL bytes say so, else None.

    ASCII characters (newlines, digits, commas: plenty in Chinese news) have
    a NUL high byte, so NULs gather on odd offsets in LE and even ones in BE.
    A CJK character only gives a NUL when its code point ends in 00 (一 U+4E00),
    so the other parity may have a few; random binary has them on both.
    """
    if len(data) % 2:
        return None
    sample = data[:_SNIFF_BYTES]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 2 and even * 8 <= odd:
        return "utf-16-le"
    if even >= 2 and odd * 8 <= even:
        return "utf-16-be"
    return None


def _decode_chinese(data: bytes, path: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # lazy: only non-UTF-8 files need it

    match = from_bytes(data, cp_isolation=_CHINESE_ENCODINGS).best()
    if match is None:
        guess = _gb_or_big5(data)
        if guess is None:
            raise SourceError("cannot decode: not UTF-8, UTF-16, GB18030 or Big5", file=path,
                              hint=_HINT_ENCODING)
        return guess
    encoding = match.encoding
    if encoding in _GB18030_SUBSETS:
        # GB18030 decodes every GBK/GB2312 text the same way, and more.
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            pass
    return _decode_strict(data, encoding, path), encoding


def _gb_or_big5(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) for GB18030 or Big5 bytes charset-normalizer gave up on.

    It refuses text that is mostly ASCII with a few Chinese words (an English
    article naming 智谱 in GBK). Both encodings decode most such bytes, but
    only the right one gives common characters: GB2312's level-1 hanzi and
    symbols, or Big5's frequent hanzi and symbols. The better share wins if
    it is at least 90%; a tie goes to GB18030.
    """
    best: tuple[float, str, str] | None = None
    for encoding, is_common in (("gb18030", _common_gb), ("big5", _common_big5)):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        chars = [char for char in text[:_SNIFF_BYTES * 16] if char > "\x7f"]
        share = sum(map(is_common, chars)) / len(chars) if chars else 0.0
        if share >= 0.9 and (best is None or share > best[0]):
            best = (share, text, encoding)
    return (best[1], best[2]) if best else None


@functools.cache
def _common_gb(char: str) -> bool:
    try:
        code = char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and (0xA1 <= code[0] <= 0xA9 or 0xB0 <= code[0] <= 0xD7)


@functools.cache
def _common_big5(char: str) -> bool:
    try:
        code = char.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xA140 <= int.from_bytes(code, "big") <= 0xC67E


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:_SNIFF_BYTES]
    # str.count per control character runs in C: this is on every file's path.
    return sum(map(sample.count, _CONTROL_CHARS)) / len(sample)
