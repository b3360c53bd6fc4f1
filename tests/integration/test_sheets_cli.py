"""`verify` on claims kept in a spreadsheet, and the csv/xlsx reports (issue 9).

The example claims (claims/ipo-race.yaml) are written here as a CSV, a TSV
and an XLSX workbook; each is verified once per module through the CLI and
compared with the YAML run: same verdicts, same JSON apart from the line
(the row) and the extra columns. The YAML run also writes the csv and xlsx
reports, read back with pandas.
"""
from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pandas as pd
import pytest

from checker.cli.main import verify_main
from checker.io.claims import load_claims
from checker.render.csv_report import CLAIM_COLUMNS, EVIDENCE_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = "claims/ipo-race.yaml"
SHEETS = ("csv", "tsv", "xlsx")


def example_frame(folder: Path) -> pd.DataFrame:
    """The example claims as a desk's sheet: the sources path on the first row
    only, no id where YAML gives none (the bare string, c6)."""
    claims = load_claims(ROOT / CLAIMS).claims
    seeds = os.path.relpath(ROOT / "seeds", folder)
    return pd.DataFrame([{
        "ID": "" if re.fullmatch(r"c\d+", claim.id) else claim.id,
        "Text": claim.text,
        "note": dict(claim.extra).get("note", ""),
        "sources": seeds if position == 0 else "",
    } for position, claim in enumerate(claims)])


def write_sheets(folder: Path) -> dict[str, Path]:
    frame = example_frame(folder)
    paths = {kind: folder / f"ipo-race.{kind}" for kind in SHEETS}
    frame.to_csv(paths["csv"], index=False)
    frame.to_csv(paths["tsv"], index=False, sep="\t")
    with pd.ExcelWriter(paths["xlsx"]) as writer:  # claims on the second sheet
        pd.DataFrame({"about": ["the claims are on the next sheet"]}).to_excel(
            writer, sheet_name="Read me", index=False)
        frame.to_excel(writer, sheet_name="Claims", index=False)
    return paths


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict:
    """Each run's exit code and files: the YAML run (with csv and xlsx reports)
    and one run per sheet, from the repository root, once per module."""
    folder = tmp_path_factory.mktemp("sheets")
    sheets = write_sheets(folder)
    results: dict = {"sheets": sheets, "folder": folder}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        for name in list(os.environ):
            if name.startswith(("CHECKER_", "GITHUB_")):
                patch.delenv(name)
        results["yaml"] = verify_main([
            CLAIMS, "--format", "json", "--output", str(folder / "yaml.json"),
            "--report", f"csv={folder / 'report.csv'}",
            "--report", f"xlsx={folder / 'report.xlsx'}"])
        for kind, path in sheets.items():
            args = [str(path), "--format", "json", "--output", str(folder / f"{kind}.json")]
            if kind == "xlsx":
                args += ["--sheet", "Claims", "--report", f"sarif={folder / 'xlsx.sarif'}"]
            results[kind] = verify_main(args)
    return results


def report_of(runs: dict, kind: str) -> dict:
    return json.loads((runs["folder"] / f"{kind}.json").read_text(encoding="utf-8"))


def without_position(report: dict) -> dict:
    claims = [{k: v for k, v in claim.items() if k not in ("line", "extra")}
              for claim in report["claims"]]
    return {**report, "claims": claims}


# -- a sheet behaves as the equivalent YAML file -------------------------------

@pytest.mark.parametrize("kind", SHEETS)
def test_a_sheet_gives_the_same_verdicts_and_json_as_the_yaml_file(runs, kind):
    assert runs["yaml"] == 1 and runs[kind] == 1  # the example has failing claims
    yaml_report, sheet_report = report_of(runs, "yaml"), report_of(runs, kind)
    assert [(c["id"], c["verdict"]) for c in sheet_report["claims"]] == [
        (c["id"], c["verdict"]) for c in yaml_report["claims"]]
    assert without_position(sheet_report) == without_position(yaml_report)
    # The row plays the line's part: header row 1, the claims on rows 2-9.
    assert [c["line"] for c in sheet_report["claims"]] == list(range(2, 10))
    for yaml_claim, sheet_claim in zip(yaml_report["claims"], sheet_report["claims"],
                                       strict=True):
        given = {k: v for k, v in sheet_claim["extra"].items() if v}
        assert given == yaml_claim.get("extra", {})


def test_a_sarif_result_points_at_the_row_of_the_sheet(runs):
    sarif = json.loads((runs["folder"] / "xlsx.sarif").read_text(encoding="utf-8"))
    rows = {claim["id"]: claim["line"] for claim in report_of(runs, "xlsx")["claims"]}
    results = sarif["runs"][0]["results"]
    assert results
    for result in results:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"].endswith("ipo-race.xlsx")
        assert location["region"]["startLine"] == rows[result["properties"]["claimId"]]


# -- the csv and xlsx reports ------------------------------------------------------

def test_the_csv_report_has_one_row_per_claim(runs):
    data = (runs["folder"] / "report.csv").read_bytes()
    assert b"\r" not in data and data.endswith(b"\n")
    frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
    report = report_of(runs, "yaml")
    assert list(frame.columns) == [*CLAIM_COLUMNS, "note"]
    assert list(frame["id"]) == [c["id"] for c in report["claims"]]
    assert list(frame["verdict"]) == [c["verdict"] for c in report["claims"]]
    assert list(frame["line"]) == [str(c["line"]) for c in report["claims"]]
    for row, claim in zip(frame.to_dict("records"), report["claims"], strict=True):
        best = claim["evidence"][0] if claim["evidence"] else None
        assert row["evidence"] == (f"{best['source']}:{best['line']}" if best else "")
        assert row["excerpt"] == (best["excerpt"] if best else "")
        assert row["note"] == claim.get("extra", {}).get("note", "")
        assert float(row["confidence"]) == claim["confidence"]


def test_the_xlsx_report_has_claims_and_evidence_sheets(runs):
    sheets = pd.read_excel(runs["folder"] / "report.xlsx", sheet_name=None)
    report = report_of(runs, "yaml")
    assert list(sheets) == ["Claims", "Evidence"]
    claims, evidence = sheets["Claims"], sheets["Evidence"]
    assert list(claims.columns) == [*CLAIM_COLUMNS, "note"]
    assert claims[["id", "verdict", "line"]].values.tolist() == [
        [c["id"], c["verdict"], c["line"]] for c in report["claims"]]
    assert list(evidence.columns) == list(EVIDENCE_COLUMNS)
    expected = [[c["id"], rank, e["source"], e["line"], e["stance"], e["excerpt"]]
                for c in report["claims"] for rank, e in enumerate(c["evidence"], start=1)]
    assert evidence[["id", "rank", "source", "line", "stance", "excerpt"]].values.tolist() \
        == expected


def test_a_sheet_run_writes_the_same_xlsx_claims_as_the_yaml_run(runs, tmp_path, at_root):
    # Byte-identical renders are checked in the unit tests and, for every
    # format, by tests/integration/test_formats.py.
    first = tmp_path / "first.xlsx"
    assert verify_main([str(runs["sheets"]["csv"]), "--format", "xlsx", "-o", str(first),
                        "-q"]) == 1
    claims = pd.read_excel(first, sheet_name="Claims", dtype=str, keep_default_na=False)
    yaml_claims = pd.read_excel(runs["folder"] / "report.xlsx", sheet_name="Claims",
                                dtype=str, keep_default_na=False)
    assert claims.drop(columns="line").equals(yaml_claims.drop(columns="line"))


# -- errors: exit 2, one line naming file and row, nothing written ---------------------

@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)
    for name in list(os.environ):
        if name.startswith(("CHECKER_", "GITHUB_")):
            monkeypatch.delenv(name)


def run_error(args: list[str], capsys) -> str:
    assert verify_main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


def test_xlsx_is_refused_on_standard_output_before_any_work(at_root, capsys):
    assert run_error([CLAIMS, "--format", "xlsx"], capsys) == (
        "--format xlsx writes a binary file, not text for standard output "
        "(add --output FILE.xlsx, or use --report xlsx=FILE.xlsx)")
    assert run_error([CLAIMS, "--format", "xlsx", "--output", "-"], capsys).startswith(
        "--format xlsx writes a binary file")


@pytest.mark.parametrize("text, expected", [
    ("id,note\na,b\n", ":1: no `text` column"),
    ("text,id\none,a\n,b\n", ":3: the claim text is empty"),
    ("text,id\none,a\ntwo,a\n", ":3: duplicate claim id 'a': the claim on row 2 has it"),
    ("text,sources\none,no-such-folder\n", ":2: source "),
])
def test_bad_sheets_exit_2_naming_file_and_row(at_root, tmp_path, capsys, text, expected):
    sheet = tmp_path / "desk.csv"
    sheet.write_text(text, encoding="utf-8")
    output = tmp_path / "report.json"
    output.write_text("older report\n", encoding="utf-8")
    message = run_error([str(sheet), "--format", "json", "--output", str(output)], capsys)
    assert message.startswith(f"{sheet}{expected}"), message
    assert output.read_text(encoding="utf-8") == "older report\n"


def test_sheet_options_on_a_yaml_file_and_unknown_sheets(at_root, runs, capsys):
    assert run_error([CLAIMS, "--sheet", "Claims", "--text-column", "x"], capsys) == (
        f"{CLAIMS}: --sheet and --text-column only apply to a .csv, .tsv or .xlsx claims "
        "file (remove --sheet and --text-column, or give the claims as a sheet)")
    xlsx = runs["sheets"]["xlsx"]
    assert run_error([str(xlsx), "--sheet", "Nope"], capsys) == (
        f"{xlsx}: no sheet named 'Nope' (the sheets are: Read me, Claims)")
    # Without --sheet the first sheet is read, and it has no claims column.
    assert run_error([str(xlsx)], capsys).startswith(f"{xlsx}:1: no `text` column")
    assert run_error([str(runs["sheets"]["csv"]), "--text-column", "Notes"], capsys) == (
        f"{runs['sheets']['csv']}:1: no column named 'Notes' "
        "(the columns are: ID, Text, note, sources)")
