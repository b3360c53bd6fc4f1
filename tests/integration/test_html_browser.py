"""The HTML report opened in headless Chromium at 420 px and 1400 px wide.

The page is ``rich_report()`` from tests/unit/test_render_html.py (every
verdict, facts, copies, markup) plus a claim with a long unbroken id and
path. It is shown, exactly as rendered (its Content-Security-Policy
included), in an ``<iframe srcdoc>`` of the width under test: headless
Chromium will not make a window narrower than 500 px, and a frame's width is
its page's viewport. A probe script in the outer page measures the laid-out
report once everything has loaded and writes what it found into the outer
page, which ``--dump-dom`` returns.
The assertions are made here from those measurements: the verdict label,
the id, the gate's outcome and the claim's text of each card do not overlap
and stay inside their card, nothing is wider than the window, cards do not
overlap one another, the wide window uses two columns, the summary bar has
one segment per verdict present, and failing claims come first. Each width
also gets a screenshot (kept in ``$CHECKER_SCREENSHOTS`` when set, to look
at). Skipped, saying why, when Chromium (Debian package ``chromium``) is not
installed; the CJK check also when no Chinese font is (``fonts-noto-cjk``).
"""
from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from checker.gate import Gate
from checker.model import Claim, ClaimResult, Evidence, Report
from checker.render import RenderOptions, render

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
WIDTHS = (420, 1400)
HEIGHT = 3000

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="the HTML report's browser test needs headless Chromium "
                             "(Debian package chromium; .ci/run installs it when it can)")


def _load_rich_report():
    spec = importlib.util.spec_from_file_location(
        "test_render_html", ROOT / "tests" / "unit" / "test_render_html.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.rich_report


def page_report() -> Report:
    long_name = "seeds/" + "very-long-folder-name-" * 6 + "report.txt"
    long_claim = ClaimResult(
        Claim("an-id-much-longer-than-any-narrow-screen-" * 2 + "end", "长" * 80, line=20),
        "not_found", 0.4, "x" * 150,
        (Evidence(long_name, 7, 0, 10, "supports", 0.5, "0123456789" * 12),))
    report = _load_rich_report()()
    return replace(report, results=report.results + (long_claim,))


PROBE = r"""
window.addEventListener('load', function () {
  var frame = document.getElementById('page');
  var doc = frame.contentDocument, win = frame.contentWindow;
  function box(el) {
    if (!el) { return null; }
    var r = el.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom];
  }
  function all(selector) { return Array.prototype.slice.call(doc.querySelectorAll(selector)); }
  var out = {
    width: win.innerWidth,
    scrollWidth: doc.documentElement.scrollWidth,
    filterShown: !doc.getElementById('filter').hidden,
    segments: all('svg.bar rect.seg').map(function (s) {
      return [s.dataset.verdict, +s.dataset.count, box(s)];
    }),
    cards: all('article.claim').map(function (card) {
      return {id: card.id, verdict: card.dataset.verdict, classes: card.className,
              card: box(card), label: box(card.querySelector('.verdict')),
              claimId: box(card.querySelector('.claim-id')),
              outcome: box(card.querySelector('.outcome')),
              text: box(card.querySelector('.claim-text'))};
    }),
    font: win.getComputedStyle(doc.querySelector('.claim-text')).fontFamily
  };
  // Two different Han characters drawn in the page's font: identical pixels
  // mean both fell back to the same "missing glyph" box.
  function pixels(ch) {
    var canvas = doc.createElement('canvas');
    canvas.width = 64; canvas.height = 64;
    var ctx = canvas.getContext('2d');
    ctx.font = '48px ' + out.font;
    ctx.fillText(ch, 4, 52);
    return Array.prototype.join.call(ctx.getImageData(0, 0, 64, 64).data, '');
  }
  out.hanDistinct = pixels('中') !== pixels('文');
  out.hanInked = pixels('中') !== pixels(' ');
  // The filter, used as a reader would: type a search, pick a file, untick a verdict.
  function shown() {
    return all('article.claim').filter(function (a) { return !a.hidden; })
      .map(function (a) { return a.id; });
  }
  function visibleGroups() {
    return all('section.group').filter(function (g) { return !g.hidden; })
      .map(function (g) { return g.id; });
  }
  var search = doc.getElementById('search'), source = doc.getElementById('source');
  search.value = 'ZP-RAISE';
  search.dispatchEvent(new win.Event('input'));
  out.searched = [shown(), visibleGroups(), doc.getElementById('shown').textContent];
  search.value = '';
  search.dispatchEvent(new win.Event('input'));
  var copy = Array.prototype.slice.call(source.options)
    .filter(function (o) { return o.textContent === 'seeds/hk-copy.txt'; })[0];
  source.value = copy.value;
  source.dispatchEvent(new win.Event('change'));
  out.bySource = shown();
  source.value = '';
  source.dispatchEvent(new win.Event('change'));
  var box = doc.querySelector('#filter input[value=supported]');
  box.checked = false;
  box.dispatchEvent(new win.Event('change'));
  out.unticked = [shown().length, visibleGroups()];
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
"""


def _framed(page: str, width: int) -> str:
    """An outer page showing PAGE in a frame WIDTH px wide, with the probe."""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>body { margin: 0; } '
            'iframe { border: 0; display: block; }</style></head><body>'
            f'<iframe id="page" width="{width}" height="{HEIGHT}" '
            f'srcdoc="{html.escape(page, quote=True)}"></iframe>'
            f"<script>{PROBE}</script></body></html>")


def _chromium(tmp_path: Path, width: int, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         f"--window-size={width},{HEIGHT}", *args],
        capture_output=True, text=True, timeout=180, check=False)


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    """Per width: the probe's measurements, and the screenshot's (width, height)."""
    tmp_path = tmp_path_factory.mktemp("html-browser")
    page = render(page_report(), "html", RenderOptions(gate=Gate(min_confidence=0.5)))
    plain = tmp_path / "report.html"
    plain.write_text(page, encoding="utf-8")
    keep = os.environ.get("CHECKER_SCREENSHOTS")
    results = {}
    for width in WIDTHS:
        probed = tmp_path / f"probed-{width}.html"
        probed.write_text(_framed(page, width), encoding="utf-8")
        done = _chromium(tmp_path, 1600, "--dump-dom", probed.as_uri())
        assert done.returncode == 0, done.stderr[-2000:]
        found = re.search(r'<pre id="probe">(.*?)</pre>', done.stdout, re.DOTALL)
        assert found, "the probe did not run"
        shot = tmp_path / f"report-{width}.png"
        done = _chromium(tmp_path, width, f"--screenshot={shot}", plain.as_uri())
        assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
        if keep:
            shutil.copy(shot, Path(keep) / shot.name)
        results[width] = (json.loads(html.unescape(found.group(1))), _png_size(shot))
    return results


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _overlap(a, b, slack: float = 0.5) -> bool:
    return (a[0] < b[2] - slack and b[0] < a[2] - slack
            and a[1] < b[3] - slack and b[1] < a[3] - slack)


def _inside(inner, outer, slack: float = 0.5) -> bool:
    return inner[0] >= outer[0] - slack and inner[2] <= outer[2] + slack


@needs_chromium
@pytest.mark.parametrize("width", WIDTHS)
def test_nothing_overlaps_and_nothing_is_wider_than_the_window(measured, width):
    probe, shot = measured[width]
    assert probe["width"] == width and shot[0] == width
    assert probe["filterShown"], "the page's own script did not run under its CSP"
    assert probe["scrollWidth"] <= width, "the page scrolls sideways"
    cards = probe["cards"]
    assert len(cards) == len(page_report().results)
    for card in cards:
        parts = {name: card[name] for name in ("label", "claimId", "outcome", "text")}
        for name, rect in parts.items():
            assert rect and rect[2] > rect[0], f"{card['id']}: no {name}"
            assert _inside(rect, card["card"]), f"{card['id']}: {name} leaves its card"
        names = sorted(parts)
        for i, first in enumerate(names):
            for second in names[i + 1:]:
                assert not _overlap(parts[first], parts[second]), \
                    f"{card['id']} at {width}px: {first} overlaps {second}"
        # The label heads the card: the claim's text starts below it.
        assert card["text"][1] >= card["label"][3] - 0.5
    for i, first in enumerate(cards):
        for second in cards[i + 1:]:
            assert not _overlap(first["card"], second["card"]), \
                f"{first['id']} overlaps {second['id']} at {width}px"


@needs_chromium
def test_a_narrow_window_stacks_the_cards_and_a_wide_one_uses_two_columns(measured):
    narrow = measured[420][0]["cards"]
    assert len({round(card["card"][0]) for card in narrow}) == 1
    wide = measured[1400][0]["cards"]
    lefts = sorted({round(card["card"][0]) for card in wide})
    assert len(lefts) == 2
    rights = max(card["card"][2] for card in wide)
    assert rights - min(lefts) > 1000  # the cards use the width, not a narrow column


@needs_chromium
@pytest.mark.parametrize("width", WIDTHS)
def test_the_bar_has_a_visible_segment_per_verdict_present(measured, width):
    segments = measured[width][0]["segments"]
    counts = {r.verdict: 0 for r in page_report().results}
    for result in page_report().results:
        counts[result.verdict] += 1
    assert [(v, c) for v, c, _ in segments] == [
        (v, counts[v]) for v in ("contradicted", "conflicting", "not_found", "supported")
        if v in counts]
    widths = [rect[2] - rect[0] for _, _, rect in segments]
    assert all(w > 0 for w in widths)
    # Widths follow the counts: supported (3 claims) is three times contradicted (1).
    assert widths[-1] == pytest.approx(3 * widths[0], rel=0.05)


@needs_chromium
@pytest.mark.parametrize("width", WIDTHS)
def test_failing_claims_come_first_on_the_page(measured, width):
    cards = measured[width][0]["cards"]
    failing = [" failed" in f" {card['classes']}" for card in cards]
    assert failing == sorted(failing, reverse=True) and any(failing) and not all(failing)
    # In reading order too: no passing card starts above a failing one (in two
    # columns, the last failing card may share its row with a passing one).
    last_failing = max(card["card"][1] for card, fails in zip(cards, failing) if fails)
    first_passing = min(card["card"][1] for card, fails in zip(cards, failing) if not fails)
    assert last_failing <= first_passing


@needs_chromium
def test_the_filter_searches_picks_a_file_and_unticks_a_verdict(measured):
    probe = measured[420][0]
    total = len(page_report().results)
    assert probe["searched"] == [["claim-4"], ["group-conflicting"], f"1 of {total} shown"]
    assert probe["bySource"] == ["claim-4"]  # the copy is only in the conflicting claim's passage
    supported = sum(1 for r in page_report().results if r.verdict == "supported")
    # (Ticking also rewrites the address to #show=...; a srcdoc frame has no
    # address to rewrite, and reading one is tested in test_formats.py.)
    assert probe["unticked"] == [
        total - supported, ["group-contradicted", "group-conflicting", "group-not_found"]]


def _has_cjk_font() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    done = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True,
                          check=False)
    return bool(done.stdout.strip())


@needs_chromium
@pytest.mark.skipif(not _has_cjk_font(),
                    reason="no Chinese font installed (Debian package fonts-noto-cjk), so "
                           "there is nothing for the page's font stack to find")
def test_chinese_is_drawn_with_a_cjk_font_not_boxes(measured):
    for width in WIDTHS:
        probe = measured[width][0]
        assert "Noto Sans CJK SC" in probe["font"]
        assert probe["hanDistinct"] and probe["hanInked"], \
            "中 and 文 are drawn alike: the page's fonts have no Chinese glyphs"
