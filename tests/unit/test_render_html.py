"""The HTML report on a hand-built report with every verdict, facts, copies and markup.

``rich_report()`` is also what ``tests/integration/test_html_browser.py``
opens in headless Chromium; here the page is checked as text: escaping, the
order of the claims, the summary bar's segments, the claimed / sources-say
table, the marked values (a traditional-script excerpt too), facts, copies,
folding and byte-identical output.
"""
from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import replace
from html.parser import HTMLParser
from itertools import pairwise

from checker.gate import Gate
from checker.model import Claim, ClaimResult, Comparison, Evidence, FactResult, Report
from checker.render import RenderOptions, render
from checker.render.html import CONTENT_SECURITY_POLICY, FONT_STACK, STYLE
from checker.stages.decide import with_value_spans

HOSTILE = "<script>document.body.setAttribute('data-pwned','1')</script>"


def _evidence(source: str, stance: str, excerpt: str, *compared: Comparison,
              line: int = 3, also_in: tuple[str, ...] = ()) -> Evidence:
    return Evidence(source=source, line=line, start=0, end=len(excerpt), stance=stance,
                    score=0.9 if stance == "contradicts" else 0.8, excerpt=excerpt,
                    comparisons=compared, also_in=also_in)


def rich_report() -> Report:
    """Every verdict, in an order the page must change: supported first, a
    low-confidence supported claim last, facts, copies, a traditional-script
    excerpt, a value the excerpt does not show, and markup everywhere."""
    raise_51 = Comparison("51亿港元", "51亿港元", "5.1 billion HKD", "5.1 billion HKD", "±50 million")
    raise_43 = Comparison("51亿港元", "达43亿港元", "5.1 billion HKD", "4.3 billion HKD",
                          "±50 million")
    conflicting = ClaimResult(
        Claim("zp-raise", "智谱IPO募资51亿港元", line=8), "conflicting", 0.85,
        "sources disagree: 51亿港元 / 达43亿港元",
        (_evidence("seeds/a.txt", "supports", "智谱此次计划募资51亿港元，用于研发。", raise_51),
         _evidence("seeds/hk.txt", "contradicts", "智譜此次募資達43億港元，創下紀錄。", raise_43,
                   line=12, also_in=("seeds/hk-copy.txt", "seeds/<b>mirror</b>.txt"))))
    users = Comparison("1100万", "1100萬", "11 million", "11 million", "exact")
    facts = ClaimResult(
        Claim("facts", "Talkie有1100万用户、300名员工和2亿收入", line=11), "supported", 0.9, "facts",
        tuple(_evidence("seeds/b.txt", "supports", f"Talkie用户达1100萬，第{n}段。", users, line=n)
              for n in range(1, 5)),
        facts=(FactResult("Talkie有1100万用户", "supported", "stated",
                          (_evidence("seeds/b.txt", "supports", "Talkie用户达1100萬。", users),)),
               FactResult("Talkie有300名员工", "supported", "stated"),
               FactResult("Talkie有2亿<i>收入</i>", "not_found", "no passage")))
    wrong = ClaimResult(
        Claim("evil <img src=x onerror=alert(1)>", 'raises HK$7.4 billion <b>now</b> "q"', line=2),
        "contradicted", 0.8, f"reason {HOSTILE}",
        (_evidence("seeds/evil dir/c.txt", "contradicts", f"募资47亿港元 {HOSTILE}",
                   Comparison("HK$7.4 billion", "47亿港元", "7.4 billion HKD",
                              "4.7 billion HKD", "±50 million"),
                   Comparison("HK$7.4 billion", "四十七亿", "7.4 billion HKD",
                              "4.7 billion HKD", "±50 million")),))
    # The values' places, as the pipeline gives them after deciding.
    return Report(results=tuple(with_value_spans(r) for r in (
        ClaimResult(Claim("fine", "MiniMax overseas revenue 73.1%", line=1), "supported", 0.95,
                    "sources state 73.1%",
                    (_evidence("seeds/a.txt", "supports", "海外收入占比73.1%。",
                               Comparison("73.1%", "73.1%", "73.1%", "73.1%", "±0.05")),)),
        wrong,
        ClaimResult(Claim("missing", "智谱共有800名员工", line=5), "not_found", 0.5, "no passage"),
        conflicting,
        facts,
        ClaimResult(Claim("low", "a weakly supported claim", line=14), "supported", 0.3, "weak",
                    (_evidence("seeds/a.txt", "supports", "weak support."),)),
    )), claims_file="claims/rich.yaml", sources=("seeds/a.txt", "seeds/b.txt", "seeds/hk.txt",
                                                 "seeds/evil dir/c.txt"))


GATE = Gate(min_confidence=0.5)


def page_of(report: Report | None = None, gate: Gate = GATE) -> str:
    return render(report or rich_report(), "html", RenderOptions(gate=gate))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.texts: dict[str, str] = {}
        self._open: str = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._open = tag

    def handle_data(self, data):
        if self._open in ("script", "style"):
            self.texts[self._open] = self.texts.get(self._open, "") + data

    def handle_endtag(self, tag):
        self._open = ""


def _parsed(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


def _articles(page: str) -> list[tuple[str, str]]:
    """(claim id attribute, verdict) of each card, in page order."""
    return re.findall(r'<article class="claim [^"]*" id="(claim-\d+)" data-verdict="([a-z_]+)"',
                      page)


def test_the_page_is_byte_identical_across_renders_and_ends_with_a_newline():
    first, second = page_of(), page_of(rich_report())
    assert first == second and first.endswith("</html>\n")


def test_markup_from_claims_sources_and_paths_stays_text():
    page = page_of()
    parsed = _parsed(page)
    tags = [tag for tag, _ in parsed.tags]
    assert tags.count("script") == 1 and tags.count("style") == 1
    assert not {"img", "b", "i"} & set(tags)
    assert "evil &lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;now&lt;/b&gt; &quot;q&quot;" in page
    assert "reason &lt;script&gt;document.body" in page
    assert "Talkie有2亿&lt;i&gt;收入&lt;/i&gt;" in page
    assert 'href="seeds/%3Cb%3Emirror%3C/b%3E.txt"' in page
    assert ">seeds/&lt;b&gt;mirror&lt;/b&gt;.txt<" in page
    assert 'href="seeds/evil%20dir/c.txt#L3"' in page
    # The CSP blocks style="" attributes: the page must not need any.
    assert not any("style" in attrs for _, attrs in parsed.tags)


def test_the_policy_allows_exactly_the_pages_own_style_and_script():
    parsed = _parsed(page_of())

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert parsed.texts["style"] == STYLE
    assert f"style-src {digest(parsed.texts['style'])};" in CONTENT_SECURITY_POLICY
    assert f"script-src {digest(parsed.texts['script'])};" in CONTENT_SECURITY_POLICY
    assert CONTENT_SECURITY_POLICY.startswith("default-src 'none';")


def test_failing_verdicts_come_first_and_failing_claims_lead_their_group():
    page = page_of()
    assert _articles(page) == [("claim-2", "contradicted"), ("claim-4", "conflicting"),
                               ("claim-3", "not_found"),
                               # "low" fails the gate (confidence 0.30 < 0.50): first of its group
                               ("claim-6", "supported"), ("claim-1", "supported"),
                               ("claim-5", "supported")]
    groups = re.findall(r'<section class="group" id="group-([a-z_]+)">\n<h2>.*?\((\d+)\)</h2>',
                        page)
    assert groups == [("contradicted", "1"), ("conflicting", "1"), ("not_found", "1"),
                      ("supported", "3")]
    # Without the confidence rule "low" keeps its report order.
    assert [a for a, _ in _articles(page_of(gate=Gate()))][3:] == ["claim-1", "claim-5", "claim-6"]


def test_the_summary_lists_the_failing_claims_with_links_in_page_order():
    page = page_of()
    summary = page[page.index('<section class="overview"'):page.index("</section>")]
    links = re.findall(r'<li><a href="#(claim-\d+)">([^<]*)</a>', summary)
    assert [target for target, _ in links] == ["claim-2", "claim-4", "claim-3", "claim-6"]
    assert links[0][1] == "evil &lt;img src=x onerror=alert(1)&gt;"
    assert "4 failing claims" in summary and "4 claims failed the gate." in summary


def test_the_bar_has_one_segment_per_verdict_present_with_counts_and_shares():
    page = page_of()
    segments = re.findall(r'<rect class="seg v-(\w+)" data-verdict="\w+" data-count="(\d+)" '
                          r'x="([\d.]+)%" y="0" width="([\d.]+)%"', page)
    assert [(v, int(c)) for v, c, _, _ in segments] == [
        ("contradicted", 1), ("conflicting", 1), ("not_found", 1), ("supported", 3)]
    assert float(segments[-1][2]) + float(segments[-1][3]) == 100.0
    for (_, _, x, width), (_, _, next_x, _) in pairwise(segments):
        assert abs(float(x) + float(width) - float(next_x)) < 0.002  # no gap, no overlap
    # Words beside the colours: name, count and share of each verdict.
    assert re.search(r"✗ Contradicted</span></a> <strong>1</strong> \(16\.7%\)", page)
    assert re.search(r"✓ Supported</span></a> <strong>3</strong> \(50\.0%\)", page)
    assert 'aria-label="1 contradicted, 1 conflicting, 1 not found, 3 supported"' in page

    two = Report(results=rich_report().results[:2])
    assert re.findall(r'data-count="(\d+)"', page_of(two)) == ["1", "1"]
    assert "<rect" not in page_of(Report(results=()))


def test_each_compared_value_is_shown_claimed_beside_what_the_sources_say():
    page = page_of()
    card = _card(page, "claim-4")
    rows = re.findall(r'<tr class="(\w+)"><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>', card)
    assert [(stance, claimed.split("<")[0], said) for stance, claimed, said, _ in rows] == [
        ("supports", "51亿港元",
         '<mark class="supports">51亿港元</mark><small>= 5.1 billion HKD</small>'),
        ("contradicts", "51亿港元",
         '<mark class="contradicts">达43亿港元</mark><small>= 4.3 billion HKD</small>')]
    assert "<small>tolerance ±50 million</small>" in rows[0][1]
    assert 'href="#claim-4-passage-2">seeds/hk.txt:12:1</a>' in rows[1][3]
    assert "✗ contradicts" in rows[1][3]


def test_the_contradicting_value_is_marked_in_a_traditional_script_excerpt():
    card = _card(page_of(), "claim-4")
    assert "智譜此次募資<mark class=\"contradicts\">達43億港元</mark>，創下紀錄。" in card
    assert "智谱此次计划募资<mark class=\"supports\">51亿港元</mark>，用于研发。" in card
    # Both sides of the conflict are open; neither is folded away.
    assert "<details class=\"more\">" not in card
    # The claimed value is marked in the claim's text.
    assert '智谱IPO募资<mark class="claimed">51亿港元</mark>' in card


def test_a_value_the_excerpt_does_not_show_is_given_beside_it():
    card = _card(page_of(), "claim-2")
    assert "募资<mark class=\"contradicts\">47亿港元</mark> &lt;script&gt;" in card
    assert '(compared: <mark class="contradicts">四十七亿</mark>)' in card


def test_facts_copies_and_folded_passages():
    card = _card(page_of(), "claim-5")
    assert "<p>2 of 3 facts supported</p>" in card
    assert card.count('<li class="fact ') == 3
    assert '<li class="fact not_found"><span class="chip not_found">? Not found</span>' in card
    assert "<summary>3 more passages</summary>" in card
    opened = card[:card.index("<details class=\"more\">")]
    assert opened.count('id="claim-5-passage-') == 1
    also = _card(page_of(), "claim-4")
    assert "<summary>also in 2 files</summary>" in also


def test_the_filter_offers_every_verdict_and_every_file_a_passage_came_from():
    page = page_of()
    assert re.findall(r'<input type="checkbox" value="(\w+)" checked>', page) == [
        "contradicted", "conflicting", "not_found", "supported"]
    files = re.findall(r'<option value="(\d+)">([^<]*)</option>', page)
    assert [name for _, name in files] == [
        "seeds/a.txt", "seeds/b.txt", "seeds/hk.txt", "seeds/evil dir/c.txt",
        "seeds/&lt;b&gt;mirror&lt;/b&gt;.txt", "seeds/hk-copy.txt"]
    assert re.search(r'id="claim-4" data-verdict="conflicting" data-sources="0 2 4 5"', page)
    assert re.search(r'id="claim-3" data-verdict="not_found" data-sources=""', page)


def test_fonts_name_cjk_families_before_the_generic_ones():
    families = [f.strip().strip('"') for f in FONT_STACK.split(",")]
    for font in ("Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"):
        assert families.index(font) < families.index("sans-serif")
    assert families[-1] == "sans-serif"
    assert FONT_STACK in STYLE


def _card(page: str, anchor: str) -> str:
    start = page.index(f'id="{anchor}"')
    return page[start:page.index("</article>", start)]


def test_the_same_value_in_several_passages_is_one_row_of_the_table():
    card = _card(page_of(), "claim-5")
    rows = re.findall(r"<tr class=\"supports\">.*?</tr>", card)
    assert len(rows) == 1
    assert ('<a href="#claim-5-passage-1">seeds/b.txt:1:1</a>, '
            '<a href="#claim-5-passage-2">seeds/b.txt:2:1</a>, '
            '<a href="#claim-5-passage-3">seeds/b.txt:3:1</a>, and 1 more') in rows[0]


def test_five_hundred_claims_stay_readable():
    base = rich_report()
    results = tuple(replace(r, claim=replace(r.claim, id=f"{r.claim.id}-{n}"))
                    for n in range(84) for r in base.results)[:500]
    page = page_of(replace(base, results=results))
    assert page.count("<article ") == 500
    # Passages beyond the first of each stance are folded: 4 of every facts claim's 4.
    folded = sum(1 for r in results if r.claim.id.startswith("facts-"))
    assert page.count('<details class="more">') == folded
    # The list of failing claims is folded when long, and links every one of them.
    summary = page[page.index('<section class="overview"'):page.index("</section>")]
    assert '<details class="failing-list">' in summary
    assert summary.count('<li><a href="#claim-') == len(Gate(min_confidence=0.5).failed(
        replace(base, results=results)))
