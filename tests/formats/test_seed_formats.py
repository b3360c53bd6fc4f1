"""Issue 16: the seed articles saved as a web page, a PDF and a Word file give
the seed claims (claims/ipo-race.yaml) the same verdicts as the .txt files,
each cited in its own file's coordinates.

The conversions are made here at test time: HTML with a menu, a script and
a footer around the article; a PDF laid out by fpdf2 in a CJK font (Chinese
lines broken anywhere, as Word does); a DOCX with one paragraph per line.
"""
from __future__ import annotations

import html
from pathlib import Path

import pytest
from source_builders import cjk_font, docx_bytes, pdf_bytes

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CLAIMS = ROOT / "claims" / "ipo-race.yaml"


def seed_page(text: str, title: str) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n")
                           if line.strip())
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
            '<script>var x = "MiniMax拟募资999亿港元";</script></head><body>'
            '<nav><a href="/">首页</a> <a href="/ai">AI</a> <a href="/x">智谱共有800名员工</a></nav>'
            f"<article>{paragraphs}</article>"
            "<footer>版权所有 2026</footer></body></html>")


def convert(fmt: str, folder: Path) -> None:
    folder.mkdir()
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        if fmt == "html":
            (folder / f"{seed.stem}.html").write_text(seed_page(text, seed.stem),
                                                      encoding="utf-8")
        elif fmt == "pdf":
            lines = [line for line in text.split("\n") if line.strip()]
            half = len(lines) // 2  # two pages of paragraphs at least
            (folder / f"{seed.stem}.pdf").write_bytes(
                pdf_bytes([lines[:half], lines[half:]], font=cjk_font()))
        else:
            (folder / f"{seed.stem}.docx").write_bytes(docx_bytes(text.split("\n")))


def pdf_lines(path: Path) -> list[list[str]]:
    """Each page's text lines as pdfminer lays them out, unjoined."""
    from checker.io.readers import pdf

    return [[line.text for line in page] for page in pdf._pages(path.read_bytes(), "x.pdf")]


def verdicts(report: dict) -> dict[str, str]:
    return {claim["id"]: claim["verdict"] for claim in report["claims"]}


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx"])
def test_seed_claims_get_the_same_verdicts_from_other_formats(workdir, verify, fmt):
    if fmt == "pdf" and cjk_font() is None:
        pytest.skip("no CJK font installed (Debian fonts-wqy-microhei; .ci/run installs it)")
    baseline = verify(CLAIMS, "--sources", ROOT / "seeds", "--format", "json",
                      "--no-cache").json()
    convert(fmt, workdir / "converted")
    run = verify(CLAIMS, "--sources", "converted", "--format", "json", "--no-cache")
    report = run.json()
    assert verdicts(report) == verdicts(baseline)
    evidence = [e for claim in report["claims"] for e in claim["evidence"]]
    assert evidence
    for item in evidence:
        assert item["source"].startswith("converted/") and item["source"].endswith(f".{fmt}")
        location = item["location"]
        assert location["format"] == fmt
        if fmt == "pdf":
            assert location["cite"] == f"{item['source']}:p{location['page']}:{location['line']}"
            # The page's line, as laid out, starts the excerpt at that column.
            lines = pdf_lines(workdir / item["source"])[location["page"] - 1]
            laid_out = lines[location["line"] - 1][location["column"] - 1:]
            assert item["excerpt"].startswith(laid_out[:8]) or laid_out.startswith(
                item["excerpt"][:8]), (laid_out, item["excerpt"])
        elif fmt == "docx":
            # one paragraph per line of the seed: the paragraph is the seed's line
            assert location["cite"] == f"{item['source']}:para{location['paragraph']}"
        else:
            assert location["cite"] == f"{item['source']}:{item['line']}"
        assert "999" not in item["excerpt"] and "800名员工" not in item["excerpt"]
    if fmt == "docx":
        # The seed's own line numbers are the paragraphs: same places as the .txt.
        places = {(Path(e["source"]).stem, e["line"]) for c in baseline["claims"]
                  for e in c["evidence"]}
        assert {(Path(e["source"]).stem, e["location"]["paragraph"])
                for e in evidence} == places
