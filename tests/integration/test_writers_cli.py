"""`checker quote` and `checker check` end to end through the CLI."""
from __future__ import annotations

import json
from pathlib import Path

import yaml

from checker.cli.main import checker_main

ROOT = Path(__file__).resolve().parents[2]
DRAFTS = ROOT / "tests" / "cases" / "drafts"


def test_quote_prints_a_citation_in_the_chosen_style(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    code = checker_main(["quote", "智谱2024年营收3亿元", "--style", "footnote", "--no-color"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("seeds/000_df31c1462ca96d06.txt:55:")
    assert "[^1]: seeds/000\\_df31c1462ca96d06.txt, line 55, col 1." in out


def test_quote_marks_contradicting_passages_apart(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert checker_main(["quote", "Speech-02 supports 23 languages", "--no-color"]) == 0
    out = capsys.readouterr().out
    head, _, rest = out.partition("The sources say otherwise:")
    assert "[supports]" not in head and "[contradicts]" in rest and "32种语言" in rest


def test_quote_json_has_context_and_citations(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert checker_main(["quote", "MiniMax overseas revenue 73.1%", "--style", "json",
                         "--context", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["passages"][0]
    assert (first["line"], first["stance"]) == (44, "supports")
    assert [n["line"] for n in first["context_before"]] == [44]
    assert set(first["citations"]) == {"plain", "markdown", "footnote"}


def test_check_gates_a_draft_and_emits_its_claims(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(ROOT)
    emitted = tmp_path / "found.yaml"
    report = tmp_path / "r.json"
    code = checker_main(["check", str(DRAFTS / "ipo-race-zh.md"), "--format", "json",
                         "--output", str(report), "--emit-claims", str(emitted)])
    assert code == 1  # a contradicted and a not_found sentence fail the default gate
    assert "5 checkable sentences, 1 skipped" in capsys.readouterr().err
    data = json.loads(report.read_text(encoding="utf-8"))
    assert {c["id"]: c["verdict"] for c in data["claims"]}["5:1"] == "contradicted"
    claims = yaml.safe_load(emitted.read_text(encoding="utf-8"))
    assert [c["id"] for c in claims["claims"]] == [c["id"] for c in data["claims"]]
    # The emitted file verifies on its own, with the same verdicts.
    out2 = tmp_path / "r2.json"
    assert checker_main(["verify", str(emitted), "--format", "json", "--output", str(out2)]) == 1
    again = json.loads(out2.read_text(encoding="utf-8"))
    assert [c["verdict"] for c in again["claims"]] == [c["verdict"] for c in data["claims"]]


def test_check_missing_draft_is_exit_2(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert checker_main(["check", "no-such-draft.md"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("no-such-draft.md: ")
