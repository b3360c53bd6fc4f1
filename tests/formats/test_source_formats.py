"""Issue 16: web pages, PDF and Word files as sources, through the real command.

Every document is built here at test time (``source_builders``): a news page
in traditional Chinese with a menu, a script and a comment that state false
figures; a two-page PDF made with fpdf2; a Word file with a table. The tests
show that a claim is supported by the right page, paragraph or line, that
menus and scripts are never quoted, and that every report format cites the
passage where a person finds it in the original file.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from source_builders import (
    ARTICLE_EN,
    ARTICLE_ZH,
    MENU_FACT,
    SCRIPT_FACT,
    cjk_font,
    docx_bytes,
    news_page_en,
    news_page_zh,
    pdf_bytes,
    scanned_pdf_bytes,
    zip_bytes,
)

CLAIMS = """\
claims:
  - id: raise
    text: 智谱拟募资51亿港元
  - id: listing
    text: Zhipu listed 2026-01-08
  - id: staff
    text: 智谱共有800名员工
  - id: raise-999
    text: 智谱拟募资999亿港元
"""
JSON = ("--format", "json", "--no-cache")
needs_cjk_font = pytest.mark.skipif(
    cjk_font() is None,
    reason="no CJK font installed (Debian fonts-wqy-microhei; .ci/run installs it)")


def write_claims(folder: Path, text: str = CLAIMS) -> str:
    (folder / "claims.yaml").write_text(text, encoding="utf-8")
    return "claims.yaml"


def by_id(report: dict) -> dict[str, dict]:
    return {claim["id"]: claim for claim in report["claims"]}


def all_excerpts(report: dict) -> list[str]:
    return [e["excerpt"] for c in report["claims"] for e in c["evidence"]]


# -- web pages ------------------------------------------------------------------

def test_web_page_article_supports_and_menus_scripts_are_never_quoted(workdir, verify):
    (workdir / "src" / "news.html").write_text(news_page_zh(), encoding="utf-8")
    run = verify(write_claims(workdir), "--sources", "src", *JSON)
    report = run.json()
    claims = by_id(report)
    assert claims["raise"]["verdict"] == "supported"
    best = claims["raise"]["evidence"][0]
    # Line 1 is the title, then one line per paragraph of the article.
    assert (best["source"], best["line"]) == ("src/news.html", 3)
    assert best["excerpt"] == ARTICLE_ZH[1]
    assert best["location"] == {"format": "html", "line": 3, "column": 1,
                                "cite": "src/news.html:3"}
    # The menu, the sidebar and the script state these; the article does not.
    assert claims["staff"]["verdict"] == "not_found"
    assert claims["raise-999"]["verdict"] == "contradicted"
    assert all(e["excerpt"] in ARTICLE_ZH for e in claims["raise-999"]["evidence"])
    for excerpt in all_excerpts(report):
        assert MENU_FACT not in excerpt and SCRIPT_FACT not in excerpt
        assert not re.search(r"首頁|登入|版權所有|熱門|var |document\.write", excerpt)


def test_web_page_read_as_raw_text_would_quote_the_menu(workdir, verify):
    """The reason for a reader: the same page as .txt lets the menu support a claim."""
    (workdir / "src" / "news.txt").write_text(news_page_zh(), encoding="utf-8")
    report = verify(write_claims(workdir), "--sources", "src", *JSON).json()
    assert by_id(report)["staff"]["verdict"] == "supported"


@pytest.mark.parametrize("encoding, declare", [("big5hkscs", True), ("big5hkscs", False),
                                               ("gb18030", True), ("gb18030", False)])
def test_web_page_in_big5_or_gbk_gives_the_same_evidence(workdir, verify, encoding, declare):
    charset = {"big5hkscs": "big5", "gb18030": "gbk"}[encoding]
    page = news_page_zh(charset=charset, declare=declare).encode(encoding)
    (workdir / "src" / "news.htm").write_bytes(page)
    run = verify(write_claims(workdir), "--sources", "src", *JSON)
    assert "warning" not in run.err
    best = by_id(run.json())["raise"]["evidence"][0]
    assert (best["line"], best["excerpt"]) == (3, ARTICLE_ZH[1])


def test_web_page_whose_declared_charset_is_wrong_is_read_with_a_warning(workdir, verify):
    page = news_page_zh(charset="big5").encode("gb18030")  # says Big5, is GBK
    (workdir / "src" / "news.html").write_bytes(page)
    run = verify(write_claims(workdir), "--sources", "src", *JSON)
    assert "declares charset big5" in run.err and "gb18030" in run.err
    assert by_id(run.json())["raise"]["verdict"] == "supported"
    strict = verify(write_claims(workdir), "--sources", "src", "--strict", *JSON)
    assert strict.code == 2 and strict.out == ""
    assert strict.err.startswith("src/news.html: ") and strict.err.count("\n") == 1


def test_english_web_page_drops_navbar_cookie_banner_and_related_links(workdir, verify):
    (workdir / "src" / "en.html").write_text(news_page_en(), encoding="utf-8")
    claims = "claims:\n  - id: staff\n    text: Zhipu has 800 employees\n" \
             "  - id: raise\n    text: Zhipu plans to raise HK$5.1 billion\n"
    report = verify(write_claims(workdir, claims), "--sources", "src", *JSON).json()
    assert by_id(report)["staff"]["verdict"] == "not_found"
    best = by_id(report)["raise"]["evidence"][0]
    assert best["excerpt"] == ARTICLE_EN[1] and best["line"] == 3
    for excerpt in all_excerpts(report):
        assert "cookie" not in excerpt.lower() and "Related" not in excerpt


def test_a_page_too_short_to_be_an_article_is_read_whole_less_its_clutter(workdir, verify):
    page = ("<html><head><script>var s = '智譜擬募資999億港元';</script></head><body>"
            "<nav><a href='/'>首頁</a> <a href='/x'>智譜員工人數達800名</a></nav>"
            "<p>智譜擬募資51億港元。</p><footer>版權所有</footer></body></html>")
    (workdir / "src" / "short.html").write_text(page, encoding="utf-8")
    report = verify(write_claims(workdir), "--sources", "src", *JSON).json()
    claims = by_id(report)
    assert claims["raise"]["verdict"] == "supported"
    assert claims["raise"]["evidence"][0]["location"]["cite"] == "src/short.html:1"
    assert claims["staff"]["verdict"] == "not_found"
    assert all(e["excerpt"] == "智譜擬募資51億港元。" for e in claims["raise-999"]["evidence"])


# -- PDF --------------------------------------------------------------------------

def two_page_pdf(font: str | None = None) -> bytes:
    if font:
        return pdf_bytes([["智譜科技股份有限公司招股說明書。", ARTICLE_ZH[0]],
                          ["本次發行概況如下。", ARTICLE_ZH[1] * 3]], font=font)
    return pdf_bytes([["Prospectus of Zhipu.", ARTICLE_EN[0]],
                      ["The offering in brief.", ARTICLE_EN[1] + " " + ARTICLE_EN[1]]])


def test_pdf_claim_is_cited_at_its_page_and_line_in_every_format(workdir, verify):
    (workdir / "src" / "filing.pdf").write_bytes(two_page_pdf())
    claims = "claims:\n  - id: raise\n    text: Zhipu plans to raise HK$6 billion\n"
    write_claims(workdir, claims)
    report = verify("claims.yaml", "--sources", "src", *JSON).json()
    best = by_id(report)["raise"]["evidence"][0]
    assert by_id(report)["raise"]["verdict"] == "contradicted"
    # Page 2, line 2: the paragraph after the heading "The offering in brief."
    assert best["location"]["page"] == 2 and best["location"]["line"] == 2
    assert best["location"]["cite"] == "src/filing.pdf:p2:2"
    # The paragraph wraps onto page 2's line 3 and is read whole: the
    # sentence starts on line 2.
    assert best["excerpt"].startswith(ARTICLE_EN[1])
    assert "src/filing.pdf:p2:2" in by_id(report)["raise"]["reason"]

    text = verify("claims.yaml", "--sources", "src", "--no-cache").out
    assert "src/filing.pdf:p2:2  [contradicts]" in text
    sarif = json.loads(verify("claims.yaml", "--sources", "src", "--no-cache",
                              "--format", "sarif").out)
    related = sarif["runs"][0]["results"][0]["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "src/filing.pdf"
    assert related["region"]["startLine"] == 2
    assert related["region"]["properties"]["page"] == 2
    page = verify("claims.yaml", "--sources", "src", "--no-cache", "--format", "html").out
    assert 'href="src/filing.pdf#page=2"' in page and "src/filing.pdf:p2:2" in page
    for fmt in ("markdown", "junit", "github", "gitlab", "csv", "jsonl"):
        out = verify("claims.yaml", "--sources", "src", "--no-cache", "--format", fmt).out
        assert "src/filing.pdf:p2:2" in out, fmt
    review = verify("claims.yaml", "--sources", "src", "--no-cache", "--format", "claimreview",
                    "--publisher", "Desk", "--review-url", "https://example.org/r").out
    assert "src/filing.pdf:p2:2" in review


@needs_cjk_font
def test_chinese_pdf_supports_the_claim_from_page_two(workdir, verify):
    (workdir / "src" / "filing.pdf").write_bytes(two_page_pdf(cjk_font()))
    report = verify(write_claims(workdir), "--sources", "src", *JSON).json()
    claim = by_id(report)["raise"]
    assert claim["verdict"] == "supported"
    locations = {e["location"]["cite"] for e in claim["evidence"]}
    assert locations and all(cite.startswith("src/filing.pdf:p2:") for cite in locations)
    listing = by_id(report)["listing"]
    assert listing["verdict"] == "supported"
    assert listing["evidence"][0]["location"]["page"] == 1


def test_pdf_without_text_layer_is_skipped_with_a_warning_saying_so(workdir, verify):
    (workdir / "src" / "scan.pdf").write_bytes(scanned_pdf_bytes())
    (workdir / "src" / "news.html").write_text(news_page_zh(), encoding="utf-8")
    run = verify(write_claims(workdir), "--sources", "src", *JSON)
    assert "skipped src/scan.pdf: no text layer" in run.err and "OCR" in run.err
    assert by_id(run.json())["raise"]["verdict"] == "supported"
    strict = verify("claims.yaml", "--sources", "src", "--strict", *JSON)
    assert strict.code == 2 and strict.err.startswith("src/scan.pdf: no text layer")
    named = verify("claims.yaml", "--sources", "src/scan.pdf", *JSON)
    assert named.code == 2 and named.err.count("\n") == 1


def test_pdf_with_some_scanned_pages_is_read_with_a_warning_naming_them(workdir, verify):
    (workdir / "src" / "part.pdf").write_bytes(scanned_pdf_bytes(ARTICLE_EN[1]))
    claims = "claims:\n  - id: raise\n    text: Zhipu plans to raise HK$5.1 billion\n"
    run = verify(write_claims(workdir, claims), "--sources", "src", *JSON)
    assert "warning: src/part.pdf: page 2 of 2 has no text layer" in run.err
    assert by_id(run.json())["raise"]["evidence"][0]["location"]["cite"] == "src/part.pdf:p1:1"
    strict = verify("claims.yaml", "--sources", "src", "--strict", *JSON)
    assert strict.code == 2 and strict.err.startswith("src/part.pdf: page 2 of 2")


HOSTILE = {
    "encrypted PDF": ("locked.pdf", lambda: pdf_bytes([["secret"]], encrypt="pw"),
                      "encrypted: the PDF needs a password"),
    "truncated PDF": ("cut.pdf", lambda: two_page_pdf()[:700], "damaged PDF"),
    "PDF of garbage": ("noise.pdf", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 40,
                       "PDF"),
    "not a PDF at all": ("notes.pdf", lambda: "智譜".encode() * 50, "not a PDF"),
    "zip that is not a DOCX": ("data.docx", lambda: zip_bytes({"a.csv": b"1,2\n"}),
                               "not a Word document: a zip archive without word/document.xml"),
    "DOCX cut in half": ("cut.docx", lambda: docx_bytes(["智譜"])[:900],
                         "not a Word document"),
    "damaged DOCX": ("bad.docx", lambda: zip_bytes({"word/document.xml": b"<w:document"}),
                     "damaged Word document"),
    "empty web page": ("empty.html", lambda: b"<html><script>var a=1;</script></html>",
                       "no article text"),
    "binary named .html": ("image.html", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
                           "src/image.html"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_unreadable_document_is_a_warning_in_a_folder_and_exit_2_when_strict(
        workdir, verify, case):
    name, make, fragment = HOSTILE[case]
    (workdir / "src" / name).write_bytes(make())
    (workdir / "src" / "news.html").write_text(news_page_zh(), encoding="utf-8")
    run = verify(write_claims(workdir), "--sources", "src", *JSON)
    assert run.code == 1  # the staff claim is not found
    assert f"warning: skipped src/{name}: " in run.err and fragment in run.err
    assert "Traceback" not in run.err
    strict = verify("claims.yaml", "--sources", "src", "--strict", *JSON)
    assert (strict.code, strict.out) == (2, "")
    assert strict.err.startswith(f"src/{name}: ") and strict.err.count("\n") == 1


# -- Word -------------------------------------------------------------------------

def test_docx_paragraph_and_table_row_are_cited_where_they_are(workdir, verify, checker):
    paragraphs = ["智譜公告", "", ARTICLE_ZH[0]]
    table = [["公司", "事項"], ["智譜", "招股書顯示擬募資51億港元"]]
    (workdir / "src" / "memo.docx").write_bytes(docx_bytes(paragraphs, table, ["完"]))
    report = verify(write_claims(workdir), "--sources", "src", *JSON).json()
    listing = by_id(report)["listing"]["evidence"][0]
    assert listing["location"] == {"format": "docx", "paragraph": 3, "column": 1,
                                   "cite": "src/memo.docx:para3"}
    raise_ = by_id(report)["raise"]
    assert raise_["verdict"] == "supported"
    cell = raise_["evidence"][0]["location"]
    # paragraphs 4-5 are row 1's cells, 6-7 row 2's
    assert (cell["table"], cell["row"], cell["paragraph"]) == (1, 2, 6)
    assert cell["cite"] == "src/memo.docx:table1:row2:cell1"
    quoted = checker("quote", "智谱拟募资51亿港元", "--sources", "src", "--no-cache",
                     "--style", "plain")
    assert "src/memo.docx, table 1, row 2, cell 1" in quoted.out


# -- speed and laziness -----------------------------------------------------------

def test_a_text_run_does_not_import_the_format_libraries(tmp_path):
    (tmp_path / "a.txt").write_text("智譜於2026年1月8日上市。\n", encoding="utf-8")
    code = ("import sys\nfrom checker.io.load import load_documents\n"
            f"load_documents([{str(tmp_path)!r}])\n"
            "print(sorted(m for m in ('trafilatura', 'pdfminer', 'docx', 'lxml') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
