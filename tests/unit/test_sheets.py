"""Claims from spreadsheets (checker.io.sheets) and the csv/xlsx reports (issue 9).

Every sheet is built here at run time: CSV and TSV as text in several
encodings, workbooks with openpyxl. Errors are checked for their message and
row, the reports are read back with pandas.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from checker.errors import ClaimsFileError
from checker.io.claims import MAX_CLAIM_CHARS
from checker.io.sheets import column_letter, is_sheet, load_sheet_claims, parse_rows
from checker.model import Claim, ClaimResult, Comparison, Evidence, Report
from checker.render import BINARY_FORMATS, FORMATS, render
from checker.render.csv_report import CLAIM_COLUMNS, EVIDENCE_COLUMNS
from checker.render.xlsx_report import FIXED_TIME


def write(tmp_path: Path, text: str, name: str = "claims.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def workbook(tmp_path: Path, sheets: dict[str, list[list]], name: str = "claims.xlsx") -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def error_of(path: Path, **options) -> ClaimsFileError:
    with pytest.raises(ClaimsFileError) as caught:
        load_sheet_claims(path, **options)
    assert caught.value.file == str(path)
    assert "\n" not in str(caught.value)
    return caught.value


def rows(claims) -> list[tuple]:
    return [(c.id, c.text, c.line) for c in claims]


# -- reading -------------------------------------------------------------------

def test_csv_header_is_matched_in_any_case_and_extra_columns_are_kept_sorted(tmp_path):
    loaded = load_sheet_claims(write(tmp_path, (
        "ID,Text,zeta,Alpha\n"
        "zhipu-listing,Zhipu listed 2026-01-08,z1,a1\n"
        ",MiniMax overseas revenue 73.1%,,NA\n"
    )))
    assert rows(loaded.claims) == [("zhipu-listing", "Zhipu listed 2026-01-08", 2),
                                   ("c2", "MiniMax overseas revenue 73.1%", 3)]
    assert loaded.claims[0].extra == (("Alpha", "a1"), ("zeta", "z1"))
    # "NA" stays text and an empty cell is an empty string, not a missing value.
    assert loaded.claims[1].extra == (("Alpha", "NA"), ("zeta", ""))
    assert loaded.sources == () and loaded.lexicons == ()


def test_rows_are_numbered_as_a_spreadsheet_does_and_empty_rows_are_skipped(tmp_path):
    loaded = load_sheet_claims(write(tmp_path, (
        "text,id\n"
        "\n"
        '"a claim that\nspans two lines",0012\n'
        ",\n"
        "Zhipu listed 2026-01-08,\n"
    )))
    # Row 2 and row 4 are empty; the quoted cell is one row (3) over two lines.
    assert rows(loaded.claims) == [("0012", "a claim that\nspans two lines", 3),
                                   ("c2", "Zhipu listed 2026-01-08", 5)]


def test_a_claim_column_is_used_when_there_is_no_text_column(tmp_path):
    loaded = load_sheet_claims(write(tmp_path, "Claim,reviewer\n智谱拟募资51亿港元,ana\n"))
    assert rows(loaded.claims) == [("c1", "智谱拟募资51亿港元", 2)]
    assert loaded.claims[0].extra == (("reviewer", "ana"),)


def test_text_column_names_the_claims_column_and_the_others_become_extra(tmp_path):
    path = write(tmp_path, "text,Statement\nold wording,  Zhipu listed 2026-01-08  \n")
    loaded = load_sheet_claims(path, text_column="statement")
    assert rows(loaded.claims) == [("c1", "Zhipu listed 2026-01-08", 2)]
    assert loaded.claims[0].extra == (("text", "old wording"),)


def test_sources_and_lexicons_come_from_the_first_non_empty_cell(tmp_path):
    loaded = load_sheet_claims(write(tmp_path, (
        "text,sources,lexicons\n"
        "first claim,,\n"
        "second claim,../seeds; more,terms.yaml\n"
        "third claim,../seeds;more,\n"
    )))
    folder = str(tmp_path)
    assert loaded.sources == (os.path.normpath(os.path.join(folder, "../seeds")),
                              os.path.join(folder, "more"))
    assert loaded.lexicons == (os.path.join(folder, "terms.yaml"),)
    assert (loaded.sources_line, loaded.lexicons_line) == (3, 3)
    assert all(claim.extra == () for claim in loaded.claims)


def test_tsv_and_encodings_a_desk_saves(tmp_path):
    text = "id\ttext\nzhipu-raise\t智譜擬募資51億港元, a quoted \"\"word\"\"\n"
    for encoding in ("utf-8-sig", "utf-16", "gb18030", "big5"):
        body = text if encoding != "big5" else text.replace("智譜擬募資51億港元", "智譜擬募資")
        loaded = load_sheet_claims(write(tmp_path, body, f"claims-{encoding}.tsv", encoding))
        assert loaded.claims[0].id == "zhipu-raise", encoding
        assert loaded.claims[0].text.startswith("智譜擬募資"), encoding


def test_semicolon_separated_csv_is_recognised_by_its_header(tmp_path):
    loaded = load_sheet_claims(write(tmp_path, "id;text\na;MiniMax revenue 1,5 billion\n"))
    assert rows(loaded.claims) == [("a", "MiniMax revenue 1,5 billion", 2)]


def test_xlsx_first_sheet_or_named_sheet_with_cells_read_as_text(tmp_path):
    path = workbook(tmp_path, {
        "Notes": [["nothing here"]],
        "Claims": [["id", "text", "count"], [7, "Zhipu listed 2026-01-08", 1.5],
                   [None, None, None], ["x", "MiniMax overseas revenue 73.1%", "NA"]],
    })
    with pytest.raises(ClaimsFileError, match="no `text` column"):
        load_sheet_claims(path)  # the first sheet is Notes
    for name in ("Claims", "claims"):
        loaded = load_sheet_claims(path, sheet=name)
        assert rows(loaded.claims) == [("7", "Zhipu listed 2026-01-08", 2),
                                       ("x", "MiniMax overseas revenue 73.1%", 4)]
        assert [c.extra for c in loaded.claims] == [(("count", "1.5"),), (("count", "NA"),)]


def test_is_sheet_goes_by_suffix():
    assert is_sheet("a/claims.CSV") and is_sheet("c.tsv") and is_sheet("c.xlsx")
    assert is_sheet("old.xls")  # recognised, to be refused with advice
    assert not is_sheet("claims.yaml") and not is_sheet("claims")


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA"]


# -- errors ----------------------------------------------------------------------

@pytest.mark.parametrize("text, message, line", [
    ("id,note\na,b\n", r"no `text` column.*\(the columns are: id, note;", 1),
    ("text\nfine\n   \n", None, None),  # a blank row is skipped, not an error
    ("text,id\nfine,a\n  ,b\n", r"the claim text is empty", 3),
    ("text,id\none,a\ntwo,b\nthree,a\n",
     r"duplicate claim id 'a': the claim on row 2 has it \(", 4),
    # An explicit id that clashes with a default one is blamed, wherever it is.
    ("text,id\none,\ntwo,c1\n",
     r"duplicate claim id 'c1': the claim on row 2 has it as its default id", 3),
    ("text,id\none,c2\ntwo,\n", r"the claim on row 3 has it as its default id", 2),
    ("text,note,Note\none,a,b\n", r"columns B and C are both named 'Note'", 1),
    ("text,,note\none,x,y\n", r"column B has values but no name in row 1", 1),
    ("", r"the claims file is empty", None),
    ("\n\n", r"the claims file is empty", None),
    (",,\nclaim,,\n", r"row 1 is empty; it must name the columns", 1),
    ("text,id\n", r"no claims: every row below the header is empty", None),
    ("text,id\n\n\n", r"no claims", None),
    ("text,id\none,a\ntwo,b,extra\n",
     r"row 3 has 3 cells but the header row has 2 \(put a cell that contains a ',' in double", 3),
    ('text,id\none,a\n\n"two,b\n', r"a quoted cell is never closed", 4),
    ("text,sources\none,../a\ntwo,\nthree,../b\n",
     r"`sources` differs from row 2: a sheet has one set of sources", 4),
    ("text,id\n" + "x" * (MAX_CLAIM_CHARS + 1) + ",a\n",
     rf"the claim text is {MAX_CLAIM_CHARS + 1:,} characters", 2),
    ('text,id\none,"a\nb"\n', r"a claim id must be 1-200 characters without line breaks", 2),
])
def test_csv_errors_name_file_and_row(tmp_path, text, message, line):
    path = write(tmp_path, text)
    if message is None:
        assert len(load_sheet_claims(path).claims) == 1
        return
    error = error_of(path)
    assert error.line == line
    assert re.search(message, str(error)), str(error)


def test_text_column_that_is_not_there(tmp_path):
    error = error_of(write(tmp_path, "text,id\none,a\n"), text_column="Statement")
    assert str(error) == (f"{tmp_path / 'claims.csv'}:1: no column named 'Statement' "
                          "(the columns are: text, id)")


def test_binary_and_misnamed_files(tmp_path):
    assert "looks binary" in str(error_of(write(tmp_path, "text\n\x00\x01\x02\x03" * 50)))
    zipped = workbook(tmp_path, {"Claims": [["text"], ["one"]]}, name="real.xlsx")
    misnamed = tmp_path / "claims.csv"
    misnamed.write_bytes(zipped.read_bytes())
    assert "this is a workbook (ZIP), not .csv text (name it .xlsx" in str(error_of(misnamed))
    not_zip = write(tmp_path, "text\none\n", "claims.xlsx")
    assert "not an .xlsx workbook (not a ZIP archive)" in str(error_of(not_zip))


def test_damaged_workbook_is_one_line_not_a_traceback(tmp_path):
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")  # truncated XML, no workbook
    message = str(error_of(path))
    assert message.startswith(f"{path}: cannot read the workbook: ")
    assert message.endswith("(open it in a spreadsheet program and save it again as .xlsx)")


def test_workbook_that_unpacks_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr("checker.io.sheets.MAX_UNPACKED_BYTES", 1000)
    path = workbook(tmp_path, {"Claims": [["text"], ["one"]]})
    assert "the workbook unpacks to more than 0 MiB" in str(error_of(path))


def test_sheet_errors(tmp_path):
    path = workbook(tmp_path, {"Claims": [["text"], ["one"]], "Empty": []})
    assert str(error_of(path, sheet="Missing")) == (
        f"{path}: no sheet named 'Missing' (the sheets are: Claims, Empty)")
    assert "sheet 'Empty' is empty" in str(error_of(path, sheet="Empty"))
    csv = write(tmp_path, "text\none\n")
    assert "a .csv file has no sheets to choose from (--sheet is for .xlsx workbooks)" in str(
        error_of(csv, sheet="Claims"))


def test_other_spreadsheet_formats_are_refused_with_advice(tmp_path):
    path = write(tmp_path, "whatever", "claims.xls")
    assert str(error_of(path)) == (f"{path}: Excel 97-2003 (.xls) files are not read "
                                   "(save the sheet as .xlsx, .csv or .tsv)")


def test_missing_file(tmp_path):
    assert "claims file not found" in str(error_of(tmp_path / "nope.csv"))


def test_parse_rows_works_without_a_file():
    loaded = parse_rows([["Text"], ["Zhipu listed 2026-01-08"]], "sheet")
    assert rows(loaded.claims) == [("c1", "Zhipu listed 2026-01-08", 2)]


# -- the csv and xlsx reports --------------------------------------------------

def evidence(line: int, stance: str = "supports", excerpt: str = "MiniMax的境外收入,73.1%。",
             comparisons: tuple = ()) -> Evidence:
    return Evidence(source="seeds/002.txt", line=line, start=3, end=20, stance=stance,
                    score=0.9123, excerpt=excerpt, comparisons=comparisons)


def report() -> Report:
    compared = Comparison(claim_value="80%", source_value="73.1%", claim_normalised="80%",
                          source_normalised="73.1%", tolerance="exact")
    return Report(results=(
        ClaimResult(Claim("overseas", "MiniMax overseas revenue 73.1%", line=2,
                          extra=(("Verdict", "checked by ana"), ("note", "from the issue"))),
                    "supported", 0.93, "sources state 73.1%",
                    (evidence(44), evidence(45, excerpt="=HYPERLINK(\"http://x\")\x07"))),
        ClaimResult(Claim("share", "-5% growth; overseas share 80%", line=3,
                          extra=(("flags", ["a", "b"]), ("n", 2), ("ok", True))),
                    "contradicted", 0.8, "+1+cmd|' /C calc'!A0",
                    (evidence(44, "contradicts", comparisons=(compared,)),)),
        ClaimResult(Claim("c3", "DeepSeek has 500 employees", line=4), "not_found", 0.5,
                    "no passage"),
    ), claims_file="claims.csv")


def test_binary_formats_are_registered():
    assert {"csv", "xlsx"} <= set(FORMATS)
    assert BINARY_FORMATS == {"xlsx"}


def test_csv_report_columns_values_and_formula_escaping():
    text = render(report(), "csv")
    assert isinstance(text, str) and text.endswith("\n") and "\r" not in text
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert list(frame.columns) == [*CLAIM_COLUMNS, "extra.Verdict", "flags", "n", "note", "ok"]
    assert frame.to_dict("records")[0] == {
        "id": "overseas", "line": "2", "text": "MiniMax overseas revenue 73.1%",
        "verdict": "supported", "confidence": "0.93", "reason": "sources state 73.1%",
        "evidence": "seeds/002.txt:44", "excerpt": "MiniMax的境外收入,73.1%。",
        "extra.Verdict": "checked by ana", "flags": "", "n": "", "note": "from the issue",
        "ok": ""}
    second = frame.to_dict("records")[1]
    # A formula-like cell gets a leading ' ; a plain number would not.
    assert second["text"] == "'-5% growth; overseas share 80%"
    assert second["reason"] == "'+1+cmd|' /C calc'!A0"
    assert (second["flags"], second["n"], second["ok"]) == ('["a", "b"]', "2", "true")
    third = frame.to_dict("records")[2]
    assert (third["verdict"], third["evidence"], third["excerpt"]) == ("not_found", "", "")
    assert text == render(report(), "csv")


def test_xlsx_report_sheets_cells_and_no_formulas():
    data = render(report(), "xlsx")
    assert isinstance(data, bytes) and data.startswith(b"PK\x03\x04")
    sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, dtype=str,
                           keep_default_na=False)
    assert list(sheets) == ["Claims", "Evidence"]
    claims, evidence_sheet = sheets["Claims"], sheets["Evidence"]
    assert list(claims.columns) == [*CLAIM_COLUMNS, "extra.Verdict", "flags", "n", "note", "ok"]
    assert list(claims["id"]) == ["overseas", "share", "c3"]
    assert list(claims["text"])[1] == "-5% growth; overseas share 80%"  # no ' in a workbook
    assert list(evidence_sheet.columns) == list(EVIDENCE_COLUMNS)
    assert evidence_sheet[["id", "rank", "line", "stance"]].values.tolist() == [
        ["overseas", "1", "44", "supports"], ["overseas", "2", "45", "supports"],
        ["share", "1", "44", "contradicts"]]
    assert list(evidence_sheet["compared"]) == ["", "", "80% → 73.1%"]
    book = openpyxl.load_workbook(io.BytesIO(data))
    hostile = book["Evidence"]["I3"]
    assert (hostile.value, hostile.data_type) == ('=HYPERLINK("http://x")\\u0007', "s")
    assert book["Claims"]["E2"].value == 0.93  # numbers stay numbers, for sorting
    assert book["Claims"].freeze_panes == "A2"


def test_xlsx_report_bytes_do_not_depend_on_the_clock():
    first = render(report(), "xlsx")
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {
            FIXED_TIME.timetuple()[:6]}
        core = archive.read("docProps/core.xml").decode()
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert core.count(stamp) == 2 and core.count("Z</dcterms") == 2  # created, modified
    assert render(report(), "xlsx") == first
