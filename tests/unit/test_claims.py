"""Reading claims files: the format, defaults, and every error with its line."""
from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path

import pytest

from checker.errors import ClaimsFileError
from checker.io.claims import MAX_CLAIM_CHARS, ClaimsFile, load_claims, parse_claims

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str, name: str = "claims.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> ClaimsFileError:
    path = write(tmp_path, text)
    with pytest.raises(ClaimsFileError) as caught:
        load_claims(path)
    assert caught.value.file == str(path)
    return caught.value


# -- the format ----------------------------------------------------------------

def test_bare_strings_get_default_ids_by_position_and_their_lines(tmp_path):
    loaded = load_claims(write(tmp_path, (
        "claims:\n"
        "  - Zhipu listed 2026-01-08\n"
        "  - id: minimax-overseas\n"
        "    text: MiniMax overseas revenue 73.1%\n"
        "  - 智谱2024年营收3亿元\n"
    )))
    assert [(c.id, c.text, c.line) for c in loaded.claims] == [
        ("c1", "Zhipu listed 2026-01-08", 2),
        ("minimax-overseas", "MiniMax overseas revenue 73.1%", 3),
        ("c3", "智谱2024年营收3亿元", 5),
    ]
    assert loaded.version == 1
    assert loaded.sources == () and loaded.lexicons == ()


def test_extra_keys_are_kept_sorted_by_key_and_text_is_stripped(tmp_path):
    loaded = load_claims(write(tmp_path, (
        "claims:\n"
        "  - text: |\n"
        "      MiniMax overseas revenue 73.1%\n"
        "    zeta: 1\n"
        "    alpha: [a, b]\n"
        "    checked: 2025-01-02\n"
    )))
    claim = loaded.claims[0]
    assert claim.text == "MiniMax overseas revenue 73.1%"
    # Dates stay text: YAML timestamps would not survive the JSON report.
    assert claim.extra == (("alpha", ["a", "b"]), ("checked", "2025-01-02"), ("zeta", 1))


def test_a_date_alone_is_claim_text_not_a_date(tmp_path):
    loaded = load_claims(write(tmp_path, "claims:\n  - 2026-01-08\n"))
    assert loaded.claims[0].text == "2026-01-08"


def test_top_level_list_is_accepted(tmp_path):
    loaded = load_claims(write(tmp_path, "- first claim\n- id: x\n  text: second claim\n"))
    assert [(c.id, c.line) for c in loaded.claims] == [("c1", 1), ("x", 2)]
    assert loaded.sources == ()


def test_sources_and_lexicons_resolve_against_the_claims_file_folder(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    absolute = str(tmp_path / "elsewhere" / "x.txt")
    path = write(folder, (
        "version: 1\n"
        f"sources: [../seeds, extra/one.txt, {absolute}]\n"
        "lexicons: my-lexicon.yaml\n"
        "claims: [a claim]\n"
    ))
    loaded = load_claims(path)
    assert loaded.sources == (str(tmp_path / "seeds"), str(folder / "extra" / "one.txt"),
                              absolute)
    assert loaded.lexicons == (str(folder / "my-lexicon.yaml"),)
    assert (loaded.sources_line, loaded.lexicons_line) == (2, 3)


def test_relative_claims_path_gives_relative_sources(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    write(tmp_path / "claims", "sources: ../seeds\nclaims: [x]\n", "c.yaml")
    assert load_claims("claims/c.yaml").sources == ("seeds",)


def test_claim_text_at_the_limit_is_accepted(tmp_path):
    text = "字" * MAX_CLAIM_CHARS
    assert load_claims(write(tmp_path, f"claims:\n  - {text}\n")).claims[0].text == text


def test_bundled_example_loads_and_points_at_the_seeds():
    loaded = load_claims(ROOT / "claims" / "ipo-race.yaml")
    ids = [claim.id for claim in loaded.claims]
    assert {"zhipu-listing", "minimax-overseas"} <= set(ids)
    assert len(ids) == len(set(ids)) >= 8
    assert [Path(s).resolve() for s in loaded.sources] == [ROOT / "seeds"]


def test_parse_claims_names_the_given_path():
    loaded = parse_claims("claims: [x]\n", "some/where.yaml")
    assert isinstance(loaded, ClaimsFile)
    assert loaded.path == "some/where.yaml"


# -- encodings -----------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_boms_are_honoured(tmp_path, encoding):
    text = "claims:\n  - id: 智谱\n    text: 智譜2024年營收3億元\n"
    raw = text.encode(encoding)
    if encoding == "utf-16-le":
        raw = codecs.BOM_UTF16_LE + raw
    elif encoding == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + raw
    path = tmp_path / "c.yaml"
    path.write_bytes(raw)
    loaded = load_claims(path)
    assert [(c.id, c.text, c.line) for c in loaded.claims] == [("智谱", "智譜2024年營收3億元", 2)]


def test_gbk_bytes_are_decoded_like_sources(tmp_path):
    # A Chinese-locale editor saves GBK; the claims file is read as written.
    path = tmp_path / "c.yaml"
    path.write_bytes("claims:\n  - ok\n  - 智谱2024年营收3亿元,亏损24.66亿元\n".encode("gbk"))
    loaded = load_claims(path)
    assert [(c.text, c.line) for c in loaded.claims] == [
        ("ok", 2), ("智谱2024年营收3亿元,亏损24.66亿元", 3)]
    assert loaded.encoding == "gb18030"


def test_utf16_without_bom_is_detected(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_bytes("claims:\n  - 智谱上市\n".encode("utf-16-le"))
    loaded = load_claims(path)
    assert [(c.text, c.line) for c in loaded.claims] == [("智谱上市", 2)]
    assert loaded.encoding == "utf-16-le"


def test_bytes_in_no_supported_encoding_are_refused_with_their_line(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_bytes(b"claims:\n  - ok\n  - caf\xe9 \xff\xfe\xfd\n")
    with pytest.raises(ClaimsFileError) as caught:
        load_claims(path)
    assert caught.value.line == 3
    assert "not valid UTF-8" in str(caught.value)
    assert str(caught.value).startswith(f"{path}:3: ")


# -- errors, each with its line ------------------------------------------------

@pytest.mark.parametrize(("text", "line", "fragment"), [
    # malformed YAML: the line from the YAML mark
    ("claims:\n  - a\n  - text: b\n    id: c: d\n", 4, "malformed YAML"),
    ("claims:\n  - a\n\t- b\n", 3, "malformed YAML"),
    ("claims:\n  - ok\n  - \"unclosed\n  - next\n", 3, "malformed YAML"),
    ("claims: [a]\n---\nclaims: [b]\n", 2, "single document"),
    ("claims:\n  - a\x07\n", 2, "U+0007"),
    # top level
    ("just a sentence\n", 1, "must be a mapping"),
    ("version: 1\nsources: x\n", 1, "`claims` is missing"),
    ("version: 1\nsource: ../seeds\nclaims: [a]\n", 2, "unknown key 'source'"),
    ("version: 2\nclaims: [a]\n", 1, "unsupported version 2"),
    ("claims: []\n", 1, "`claims` is empty"),
    ("sources: []\nclaims: [a]\n", 1, "`sources` is empty"),
    ("sources:\n  - ok\n  - 3\nclaims: [a]\n", 3, "must be a string"),
    # claims
    ("claims:\n  - a\n  - text: '   '\n", 3, "text is empty"),
    ("claims:\n  - a\n  - ''\n", 3, "text is empty"),
    ("claims:\n  - a\n  - id: x\n    note: no text\n", 3, "has no `text`"),
    ("claims:\n  - a\n  - text:\n", 3, "must be a string, not null"),
    ("claims:\n  - a\n  - 42\n", 3, "string or a mapping"),
    ("claims:\n  - a\n  - id: 7\n    text: b\n", 3, "`id` must be a string"),
    ("claims:\n  - a\n  - id: ' spaced '\n    text: b\n", 3, "claim id"),
    ("claims:\n  - a\n  - " + "x" * (MAX_CLAIM_CHARS + 1) + "\n", 3, "2,001 characters"),
    ("claims:\n  - a\n  - text: " + "y" * (MAX_CLAIM_CHARS + 5) + "\n", 3, "limit is 2,000"),
    # YAML that JSON data cannot hold
    ("claims:\n  - text: a\n    text: b\n", 3, "duplicate key 'text'"),
    ("claims:\n  - text: a\n    1: b\n", 3, "key must be a string"),
    ("claims:\n  - ok\n  - !!binary aGVsbG8=\n", 3, "!!binary"),
    ("claims:\n  - ok\n  - !!python/object:os.system x\n", 3, "not allowed"),
    ("claims:\n  - text: a\n    weight: .nan\n", 3, "not a usable number"),
    ("claims:\n  - text: a\n    <<: {b: 1}\n", 3, "merge keys"),
    ("base: &b x\nclaims:\n  - *b\n", 1, "anchor &b"),
    ("claims:\n  - ok\n  - &x second\n", 3, "anchor &x"),
])
def test_errors_name_the_line(tmp_path, text, line, fragment):
    error = error_of(tmp_path, text)
    assert error.line == line, str(error)
    assert fragment in str(error)
    assert str(error).startswith(f"{error.file}:{line}: ")
    assert "\n" not in str(error)
    assert "(" in str(error) and str(error).endswith(")")  # says what to do


def test_empty_file_is_an_error_without_a_line(tmp_path):
    error = error_of(tmp_path, "# only a comment\n")
    assert error.line is None
    assert "empty" in str(error)


def test_missing_file(tmp_path):
    path = tmp_path / "nope.yaml"
    with pytest.raises(ClaimsFileError) as caught:
        load_claims(path)
    assert str(caught.value) == f"{path}: claims file not found (check the path)"


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(ClaimsFileError, match="folder"):
        load_claims(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a non-root user")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "claims: [x]\n")
    path.chmod(0)
    with pytest.raises(ClaimsFileError, match="cannot read"):
        load_claims(path)


# -- duplicate ids -------------------------------------------------------------

def test_duplicate_explicit_ids_blame_the_second(tmp_path):
    error = error_of(tmp_path, (
        "claims:\n"
        "  - id: same\n"
        "    text: a\n"
        "  - text: b\n"
        "    id: same\n"
    ))
    assert error.line == 5
    assert "duplicate claim id 'same'" in str(error)
    assert "line 2" in str(error)


@pytest.mark.parametrize(("text", "line"), [
    # an explicit id after the default one it collides with
    ("claims:\n  - a\n  - id: c1\n    text: b\n", 3),
    # an explicit id before the default one it collides with: still the explicit one
    ("claims:\n  - id: c2\n    text: a\n  - b\n", 2),
])
def test_explicit_id_colliding_with_a_default_id_is_blamed(tmp_path, text, line):
    error = error_of(tmp_path, text)
    assert error.line == line
    assert "default id" in str(error)


# -- billion laughs ------------------------------------------------------------

def test_billion_laughs_is_refused_before_any_expansion(tmp_path):
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        prev, name = chr(ord("a") + n - 1), chr(ord("a") + n)
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    text = "\n".join(levels) + "\nclaims:\n  - *j\n"
    # Counted, not timed: refused at the first anchor, before any expansion,
    # it takes the same few thousand calls on any machine; expanding the
    # aliases would take billions.
    calls = 0

    def count(frame, event, arg) -> None:
        nonlocal calls
        calls += event in ("call", "c_call")
    sys.setprofile(count)
    try:
        error = error_of(tmp_path, text)
    finally:
        sys.setprofile(None)
    assert calls < 50_000, calls
    assert error.line == 1
    assert "anchor &a" in str(error)


def test_deep_nesting_is_an_error_not_a_crash(tmp_path):
    error = error_of(tmp_path, "claims: " + "[" * 5000 + "]" * 5000 + "\n")
    assert "nested too deeply" in str(error)


# -- schemas -------------------------------------------------------------------

@pytest.mark.parametrize("name", ["claims.schema.json", "report.schema.json"])
def test_top_level_schemas_are_the_packaged_ones(name):
    assert (ROOT / "schemas" / name).read_bytes() == \
        (ROOT / "checker" / "schemas" / name).read_bytes()


def test_a_claim_may_carry_the_context_its_pronouns_refer_to(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("claims:\n  - text: The company was founded in 2021.\n"
                    "    context: MiniMax listed in Hong Kong.\n    desk: tech\n", encoding="utf-8")
    claim = load_claims(path).claims[0]
    assert claim.context == "MiniMax listed in Hong Kong."
    assert dict(claim.extra) == {"desk": "tech"}  # context is read, not passed through
