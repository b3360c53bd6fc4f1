"""Build source documents at test time: saved web pages, PDFs and Word files.

Nothing here is committed as data: every test makes the documents it reads,
so the formats' hostile variants (a page in Big5, a PDF without text, a zip
that is not a DOCX) are built the same way as the good ones.
"""
from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",   # Debian fonts-wqy-microhei
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",     # Debian fonts-wqy-zenhei
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # Debian fonts-noto-cjk
)

# A news page as people save it: a menu whose links state a fact the article
# does not (智譜員工800名), a script and a comment with a false figure, a
# sidebar of other headlines, and the article in traditional Chinese.
MENU_FACT = "智譜員工人數達800名"
SCRIPT_FACT = "智譜擬募資999億港元"
ARTICLE_ZH = [
    "2026年1月8日,中國AI大模型初創公司智譜,正式在港交所掛牌上市,成為“全球大模型第一股”。",
    "招股書顯示,智譜擬募資51億港元,用於研發通用大模型。",
    "另一家模型公司MiniMax,也將緊隨其後敲鐘。MiniMax的境外收入,佔到了總收入的73.1%。",
    "分析人士認為,兩家公司的上市標誌著大模型行業進入新的階段,資本市場將以更嚴格的標準審視其商業化能力。",
]


def news_page_zh(charset: str = "utf-8", declare: bool = True) -> str:
    """A saved news page in traditional Chinese (text; encode it as CHARSET)."""
    meta = f'<meta charset="{charset}">' if declare else ""
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in ARTICLE_ZH)
    return f"""<!DOCTYPE html>
<html lang="zh-Hant"><head>{meta}
<title>智譜掛牌上市 成全球大模型第一股 | 科技新聞網</title>
<meta property="article:published_time" content="2026-01-08T10:00:00+08:00">
<style>.menu {{ color: red; }} body::before {{ content: "{SCRIPT_FACT}"; }}</style>
<script>var headline = "{SCRIPT_FACT}"; window.ads = ["MiniMax境外收入佔比50%"];</script>
</head><body>
<header><nav class="menu"><ul>
<li><a href="/">首頁</a></li><li><a href="/tech">科技</a></li><li><a href="/finance">財經</a></li>
<li><a href="/hot">熱門:{MENU_FACT}</a></li><li><a href="/login">登入</a></li>
</ul></nav></header>
<!-- 舊稿:智譜於2025年1月8日上市 -->
<main><article>
<h1>智譜掛牌上市 成全球大模型第一股</h1>
<p class="byline">記者 王小明 / 2026-01-08</p>
{paragraphs}
</article></main>
<aside class="sidebar"><h2>熱門文章</h2><ul>
<li><a href="/a/1">月之暗面完成新一輪融資</a></li>
<li><a href="/a/2">{MENU_FACT}</a></li>
<li><a href="/a/3">百川智能發布新模型</a></li>
</ul></aside>
<footer><p>版權所有 &copy; 2026 科技新聞網 | <a href="/about">關於我們</a> | <a href="/ads">廣告合作</a></p></footer>
<script>document.write("{SCRIPT_FACT}");</script>
</body></html>
"""


ARTICLE_EN = [
    ("Zhipu listed on the Hong Kong Stock Exchange on 8 January 2026, the first large-model "
     "start-up anywhere to go public."),
    "According to its prospectus, Zhipu plans to raise HK$5.1 billion, mostly for research.",
    "MiniMax, which follows a day later, earned 73.1% of its revenue overseas.",
]


def news_page_en() -> str:
    """A saved English news page with a menu, a cookie banner, a script and related links."""
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in ARTICLE_EN)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Zhipu lists in Hong Kong - Tech Daily</title>
<script>gtag("config", "Zhipu plans to raise HK$99 billion");</script></head><body>
<div id="cookie-banner">We use cookies. <button>Accept all</button></div>
<div class="navbar"><a href="/">Home</a> | <a href="/markets">Markets</a> |
<a href="/tech">Tech</a> | <a href="/x">Zhipu has 800 employees</a></div>
<div class="content"><div class="story">
<h1>Zhipu lists in Hong Kong</h1>
<div class="dateline">Published 2026-01-08</div>
{paragraphs}
</div>
<div class="related"><h3>Related</h3><ul><li><a href="/r1">Moonshot raises again</a></li>
<li><a href="/r2">Baichuan ships a new model</a></li></ul></div></div>
<div class="footer">© 2026 Tech Daily. All rights reserved. <a href="/privacy">Privacy</a></div>
</body></html>
"""


def cjk_font() -> str | None:
    """The path of a CJK font fpdf2 can embed, or None when none is installed."""
    return next((path for path in CJK_FONTS if Path(path).is_file()), None)


def pdf_bytes(pages: Sequence[Sequence[str]], *, font: str | None = None,
              width: float = 0, encrypt: str | None = None, head: str = "",
              foot: str = "") -> bytes:
    """A PDF with one page per item of PAGES (more when the text overflows),
    each paragraph wrapped to the page width (or WIDTH mm). With FONT (a CJK
    font path) any script; without, Latin-1 text in a core font. HEAD and FOOT
    are printed on every page ("{page}" is the page number)."""
    from fpdf import FPDF

    class Document(FPDF):
        def header(self) -> None:
            if head:
                self.cell(0, 6, head.format(page=self.page_no()), new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            if foot:
                self.set_y(-12)
                self.cell(0, 6, foot.format(page=self.page_no()), align="C")

    pdf = Document()
    pdf.set_auto_page_break(True, margin=15)
    if font:
        pdf.add_font("cjk", fname=font, collection_font_number=0)
        pdf.set_font("cjk", size=11)
    else:
        pdf.set_font("helvetica", size=11)
    for paragraphs in pages:
        pdf.add_page()
        for paragraph in paragraphs:
            # Chinese layouts (Word, InDesign) break a line at any character;
            # fpdf2 breaks at spaces unless told to.
            wrap = "CHAR" if font and re.search(r"[\u4e00-\u9fff]", paragraph) else "WORD"
            pdf.multi_cell(width, 6, paragraph, new_x="LMARGIN", new_y="NEXT", wrapmode=wrap)
            pdf.ln(3)
    if encrypt is not None:
        pdf.set_encryption(owner_password="owner", user_password=encrypt)
    return bytes(pdf.output())


def scanned_pdf_bytes(text_first_page: str = "") -> bytes:
    """A two-page PDF of images only: what a scanner gives, no text layer.
    With TEXT_FIRST_PAGE, page 1 has that text and only page 2 is a scan."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for number, shade in enumerate((200, 120), 1):
        pdf.add_page()
        if number == 1 and text_first_page:
            pdf.multi_cell(0, 6, text_first_page)
            continue
        image = Image.new("L", (60, 80), shade)
        pdf.image(image, x=10, y=10, w=60)
    return bytes(pdf.output())


def docx_bytes(paragraphs: Sequence[str], table: Sequence[Sequence[str]] = (),
               after: Sequence[str] = ()) -> bytes:
    """A Word document: PARAGRAPHS, then TABLE (rows of cells), then AFTER."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=max(len(r) for r in table))
        for row, cells in zip(grid.rows, table):
            for cell, text in zip(row.cells, cells):
                cell.text = text
    for text in after:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """A zip archive with FILES: named .docx, it is not a Word document."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


def docx_with_paragraph_xml(paragraph_xml: str) -> bytes:
    """A Word document whose one paragraph is PARAGRAPH_XML (a ``<w:p>`` written
    by hand: tracked changes, hyperlinks, breaks that python-docx cannot add)."""
    data = docx_bytes(["PLACEHOLDER"])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    xml = files["word/document.xml"].decode("utf-8")
    start = xml.rfind("<w:p", 0, xml.index("PLACEHOLDER"))
    end = xml.index("</w:p>", start) + len("</w:p>")
    files["word/document.xml"] = (xml[:start] + paragraph_xml + xml[end:]).encode("utf-8")
    return zip_bytes(files)


def two_column_pdf_bytes(left: Sequence[str], right: Sequence[str], *,
                         font: str | None = None) -> bytes:
    """A one-page PDF in two columns, as annual reports and filings often are:
    LEFT's paragraphs in the left column, RIGHT's in the right one."""
    from fpdf import FPDF

    pdf = FPDF()
    if font:
        pdf.add_font("cjk", fname=font, collection_font_number=0)
        pdf.set_font("cjk", size=10)
    else:
        pdf.set_font("helvetica", size=10)
    pdf.add_page()
    for x, paragraphs in ((10, left), (110, right)):
        pdf.set_xy(x, 15)
        for paragraph in paragraphs:
            wrap = "CHAR" if font and re.search(r"[\u4e00-\u9fff]", paragraph) else "WORD"
            pdf.set_x(x)
            pdf.multi_cell(90, 5, paragraph, new_x="LEFT", new_y="NEXT", wrapmode=wrap,
                           align="L")
            pdf.ln(3)
    return bytes(pdf.output())
