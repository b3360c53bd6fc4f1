"""Units of the format readers: PDF paragraphs rejoined across lines and
pages, page numbers dropped, every stretch located on its page and line;
``checker.io.locate`` mapping extracted offsets back and rewriting reasons."""
from __future__ import annotations

import pytest
from source_builders import ARTICLE_EN, cjk_font, pdf_bytes

from checker.io.locate import Locator
from checker.io.readers import pdf
from checker.language.numerals import PAGE_NUMBER_LINE_RE
from checker.model import Document, Location, Place

needs_cjk_font = pytest.mark.skipif(
    cjk_font() is None,
    reason="no CJK font installed (Debian fonts-wqy-microhei; .ci/run installs it)")


def test_pdf_paragraph_running_over_the_page_break_is_one_line_located_on_both_pages():
    long = " ".join([ARTICLE_EN[0]] * 6)
    data = pdf_bytes([["Heading.", long * 12]])
    document, warning = pdf.read(data, "x.pdf")
    assert warning is None
    lines = document.text.split("\n")
    assert lines[0] == "Heading." and lines[1] == long * 12
    pages = {p.location.page for p in document.places if p.line == 2}
    assert pages == {1, 2}
    # every stretch starts where its text is in the joined line
    second_page = next(p for p in document.places if p.location.page == 2)
    assert second_page.location.line == 1 and second_page.offset > 0


def test_pdf_page_numbers_alone_on_a_line_are_not_text():
    assert PAGE_NUMBER_LINE_RE.match("- 3 -") and PAGE_NUMBER_LINE_RE.match("第 3 页")
    assert PAGE_NUMBER_LINE_RE.match("Page 3 of 10") and PAGE_NUMBER_LINE_RE.match("12")
    assert not PAGE_NUMBER_LINE_RE.match("2026年1月8日") and not PAGE_NUMBER_LINE_RE.match("73.1%")


def test_pdf_joins_chinese_without_space_and_a_hyphenated_word_whole():
    assert pdf._joiner("智譜擬募", "資51億港元", None, 0) == ""
    assert pdf._joiner("reve-", "nue rose", None, 0) == "-"
    assert pdf._joiner("the", "company", None, 0) == " "


def test_locator_maps_an_offset_to_the_stretch_it_falls_in():
    places = (Place(1, 0, Location("pdf", page=3, line=7, column=1)),
              Place(1, 40, Location("pdf", page=3, line=8, column=1)),
              Place(2, 0, Location("pdf", page=4, line=1, column=5)))
    locator = Locator([Document("r.pdf", "x" * 60 + "\ny", "pdf", kind="pdf", places=places),
                       Document("a.txt", "z", "utf-8")])
    assert locator.locate("r.pdf", 1, 45) == Location("pdf", page=3, line=8, column=6)
    assert locator.locate("r.pdf", 2, 0).label == "p4:1"
    assert locator.locate("a.txt", 1, 0) is None
    assert locator.cite_in("sources say X, r.pdf:1 and r.pdf:2") == \
        "sources say X, r.pdf:p3:7 and r.pdf:p4:1"


def test_docx_paragraph_text_keeps_insertions_and_links_and_drops_deletions():
    from source_builders import docx_with_paragraph_xml

    from checker.io.readers import word

    paragraph = ('<w:p><w:r><w:t xml:space="preserve">智譜擬募資</w:t></w:r>'
                 '<w:del w:id="1" w:author="a"><w:r><w:delText>99</w:delText></w:r></w:del>'
                 '<w:ins w:id="2" w:author="a"><w:r><w:t>51</w:t></w:r></w:ins>'
                 '<w:hyperlink w:anchor="x"><w:r><w:t>億港元</w:t></w:r></w:hyperlink>'
                 '<w:r><w:br/><w:t>第二行</w:t><w:tab/><w:t>完</w:t></w:r></w:p>')
    document, _ = word.read(docx_with_paragraph_xml(paragraph), "x.docx")
    assert document.text == "智譜擬募資51億港元 第二行\t完"
    assert document.places[0].location.label == "para1"


def test_pdf_running_heads_and_feet_do_not_cut_a_paragraph_at_the_page_break():
    long = " ".join([ARTICLE_EN[0]] * 100)
    data = pdf_bytes([["Opening.", long]], head="Zhipu prospectus, chapter 3",
                     foot="Page {page} of the prospectus")
    document, _ = pdf.read(data, "x.pdf")
    assert document.text.split("\n") == ["Opening.", long]
    assert "prospectus, chapter" not in document.text
    pages = sorted({p.location.page for p in document.places if p.line == 2})
    assert len(pages) >= 3
    # the head is line 1 of every page: the body starts on line 2
    assert all(p.location.line >= 2 for p in document.places)


def test_pdf_in_two_columns_is_read_column_by_column():
    from source_builders import two_column_pdf_bytes

    left = [" ".join([ARTICLE_EN[0]] * 2), " ".join([ARTICLE_EN[1]] * 2)]
    right = [" ".join([ARTICLE_EN[2]] * 2), "Moonshot AI raised again in 2025. " * 3]
    document, _ = pdf.read(two_column_pdf_bytes(left, right), "x.pdf")
    # pdfminer alone reads left 1, right 1, left 2, right 2 (paired by height)
    assert document.text.split("\n") == [p.strip() for p in left + right]
    starts = [p.location.line for p in document.places if p.offset == 0]
    assert starts == sorted(starts)  # lines numbered in reading order


@needs_cjk_font
def test_chinese_pdf_in_two_columns_is_read_column_by_column():
    from source_builders import ARTICLE_ZH, cjk_font, two_column_pdf_bytes

    left, right = [p * 2 for p in ARTICLE_ZH[:2]], [p * 2 for p in ARTICLE_ZH[2:]]
    document, _ = pdf.read(two_column_pdf_bytes(left, right, font=cjk_font()), "x.pdf")
    assert document.text.split("\n") == left + right


def test_web_page_charset_from_http_equiv_meta_and_a_bom_wins_over_it():
    from checker.io.readers import web

    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            "</head><body><p>智谱拟募资51亿港元。</p></body></html>")
    text, encoding, warning = web.decode_page(page.encode("gb18030"), "x.html")
    assert (encoding, warning) == ("gb18030", None) and "智谱拟募资" in text
    bom = "\ufeff" + page.replace("gb2312", "big5")
    text, encoding, warning = web.decode_page(bom.encode("utf-8"), "x.html")
    assert encoding == "utf-8-sig" and "智谱拟募资" in text


def test_located_results_cite_the_page_in_evidence_facts_and_reasons():
    from checker.io.locate import locate_results
    from checker.model import Claim, ClaimResult, Evidence, FactResult

    places = (Place(1, 0, Location("pdf", page=1, line=4, column=1)),
              Place(2, 0, Location("pdf", page=2, line=3, column=1)))
    document = Document("r.pdf", "a\nb", "pdf", kind="pdf", places=places)
    evidence = Evidence("r.pdf", 2, 0, 1, "supports", 0.9, "b")
    result = ClaimResult(Claim("c", "t"), "supported", 0.9, "sources state b, r.pdf:2",
                         (evidence,), facts=(FactResult("t", "supported", "r.pdf:2", (evidence,)),))
    (located,) = locate_results([result], [document])
    assert located.reason == "sources state b, r.pdf:p2:3"
    assert located.evidence[0].location.label == "p2:3"
    assert located.facts[0].evidence[0].location.label == "p2:3"
    assert located.facts[0].reason == "r.pdf:p2:3"
