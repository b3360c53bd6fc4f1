"""HTML: one self-contained page for people who read a whole run, 8 claims or 500.

The page opens with a summary: a bar of the verdict counts drawn as inline
SVG (one segment per verdict present, in the order below), a legend that
says each verdict's name, count and share in words (so it reads without
colour), the gate's sentence and a list of the failing claims, each linked.
The claims follow grouped by verdict, failing verdicts first: contradicted,
conflicting, not found, then supported; within a group, claims that fail the
gate first, then report order. Each card shows the verdict label, the
claim's id and text (the claimed values marked), its ``file:line`` link, the
reason, its facts when it states several ("2 of 3 facts supported"), a table
"claimed / sources say / where" of every compared value, and the passages:
the first one open, the rest folded in ``<details>``. In each excerpt the
sources' value is marked where it occurs (``<mark class="contradicts">`` on
the contradicting side of a conflict), found verbatim or, when the excerpt
is in traditional script and the value was compared in simplified, through
the normalised form and its map back to the original; when it cannot be
found the value is shown beside the excerpt instead.

Without script every claim is shown; with it a filter by verdict, by source
file and by text hides the others, and ``#show=contradicted,not_found`` in
the address opens the page filtered (so a filtered view can be linked).

No external files: the style and the script are inline, with a font stack
that names the common CJK fonts before the generic ones, so Chinese never
falls back to boxes where such a font is installed but not the default.
Everything that comes from a claim, a source or a path goes through
``html.escape``; control and bidi-control characters are first shown as
``\\uXXXX``. A Content-Security-Policy allows only the page's own style and
script (by hash), so even a mistake in escaping could not run a script from
a source. Links are relative to the current folder, or to ``link_root`` in
the options when the page is written elsewhere. The same report gives the
same bytes: nothing depends on time, locale or the order of a set.
"""
from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable, Sequence
from urllib.parse import quote

from checker.gate import BASELINED, FAILED, PASSED
from checker.model import Bearing, ClaimResult, Comparison, Evidence, FactResult, Report, Verdict
from checker.render import RenderOptions
from checker.render.common import (
    claims_file_of,
    evidence_place,
    label,
    link_fragment,
    merge_spans,
    plural,
    printable,
    title,
)
from checker.render.text import summary_line

GROUP_ORDER = (Verdict.CONTRADICTED, Verdict.CONFLICTING, Verdict.NOT_FOUND, Verdict.SUPPORTED)
"""Order of the groups and of the bar's segments (the contract's verdicts): what needs
reading first."""

SYMBOLS = {Verdict.SUPPORTED: "✓", Verdict.CONTRADICTED: "✗", Verdict.NOT_FOUND: "?", Verdict.CONFLICTING: "≠"}
"""A sign beside each verdict label, so verdicts differ in shape, not only colour."""

_OUTCOME_RANK = {FAILED: 0, BASELINED: 1, PASSED: 2}

_CJK_SANS = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
             '"Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK TC", "PingFang TC", '
             '"Microsoft JhengHei"')
# CJK fonts first: their Latin letters are fine, and a UI font listed before
# them could draw Chinese in Japanese glyph shapes (system-ui on a ja locale).
FONT_STACK = f"{_CJK_SANS}, system-ui, -apple-system, \"Segoe UI\", sans-serif"
MONO_STACK = f'ui-monospace, "Noto Sans Mono CJK SC", Menlo, Consolas, {_CJK_SANS}, monospace'

STYLE = ("""
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { font: 15px/1.5 FONT; margin: 0 auto; max-width: 110rem; padding: 1rem;
       color: #1b1f24; background: #fff; overflow-wrap: anywhere; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
code, .place { font-family: MONO; font-size: .9em; }
a { color: #0550ae; }
.summary { font-weight: 600; margin: .3rem 0; }
.gate { margin: .3rem 0; }
svg.bar { display: block; width: 100%; height: 28px; margin: .6rem 0 .3rem; }
svg.bar rect { stroke: #fff; stroke-width: 2px; }
.legend { list-style: none; padding: 0; margin: 0 0 .6rem; display: flex; flex-wrap: wrap;
          gap: .3rem 1.4rem; }
.legend a { color: inherit; text-decoration: none; }
.legend a:hover .name { text-decoration: underline; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px;
          vertical-align: -.1em; margin-right: .3em; }
.failing-list ol { columns: 18rem; margin: .3rem 0; }
.failing-list li { break-inside: avoid; }
#filter { border: 1px solid #d0d7de; border-radius: 6px; padding: .4rem .8rem; margin: .6rem 0;
          display: flex; flex-wrap: wrap; align-items: center; gap: .4rem 1.2rem; }
#filter label { white-space: nowrap; }
#filter select, #filter input[type=search] { font: inherit; }
#filter .source { display: flex; gap: .4rem; align-items: center; min-width: 0; max-width: 100%; }
#filter .source select { flex: 0 1 auto; min-width: 0; max-width: 30rem; }
#filter .search { flex: 1 1 14rem; display: flex; gap: .4rem; align-items: center; }
#filter .search input { flex: 1 1 auto; min-width: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 36rem), 1fr));
         gap: 1rem; align-items: start; }
article { border: 1px solid #d0d7de; border-left-width: 6px; border-radius: 6px;
          padding: .6rem 1rem; min-width: 0; }
.card-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .8rem;
             margin: 0; font-size: 1rem; }
.verdict { font-weight: 700; letter-spacing: .03em; color: #fff; border-radius: 4px;
           padding: 0 .45em; white-space: nowrap; }
.outcome { margin-left: auto; font-size: .85em; font-weight: 400; }
.failed .outcome { color: #cf222e; font-weight: 600; }
.claim-text { font-size: 1.05rem; margin: .4rem 0; }
.meta, .reason { color: #57606a; margin: .2rem 0; }
table.values { border-collapse: collapse; width: 100%; table-layout: fixed; margin: .5rem 0;
               font-size: .93em; }
table.values th, table.values td { border: 1px solid #d0d7de; padding: .2rem .4rem;
                                   text-align: left; vertical-align: top; }
table.values th { background: #f6f8fa; font-weight: 600; }
table.values small { display: block; color: #57606a; }
tr.contradicts td:nth-child(2) { background: #ffebe9; }
.facts { margin: .4rem 0; }
.facts p { margin: 0; font-weight: 600; }
.facts ul { margin: .2rem 0; padding-left: 1.2rem; }
.facts .fact-reason { color: #57606a; }
.chip { font-weight: 600; white-space: nowrap; }
ol.evidence { padding-left: 1.4rem; margin: .4rem 0; }
ol.evidence li { margin: .4rem 0; }
.also-in summary, details.more > summary { cursor: pointer; color: #0550ae; }
.also-in { display: inline; }
.also-in[open] { display: block; }
.also-in ul { margin: .1rem 0; }
blockquote { margin: .2rem 0; padding: .2rem .6rem; background: #f6f8fa;
             border-left: 3px solid #d0d7de; }
.contradicts blockquote { border-left-color: #cf222e; }
.supports blockquote { border-left-color: #1a7f37; }
mark { background: #fff8c5; color: inherit; font-weight: 600; }
mark.contradicts { background: #ffcecb; text-decoration: underline wavy #cf222e; }
mark.supports { background: #dafbe1; }
mark.claimed { background: #ddf4ff; }
.value-note { color: #57606a; font-size: .9em; }
.v-supported { background: #1a7f37; fill: #1a7f37; }
.v-contradicted { background: #cf222e; fill: #cf222e; }
.v-not_found { background: #9a6700; fill: #9a6700; }
.v-conflicting { background: #8250df; fill: #8250df; }
article.supported { border-left-color: #1a7f37; }
article.contradicted { border-left-color: #cf222e; }
article.not_found { border-left-color: #9a6700; }
article.conflicting { border-left-color: #8250df; }
.chip.supported { color: #1a7f37; }
.chip.contradicted { color: #cf222e; }
.chip.not_found { color: #9a6700; }
.chip.conflicting { color: #8250df; }
""".replace("MONO", MONO_STACK).replace("FONT", FONT_STACK).strip() + "\n")

SCRIPT = """
(function () {
  var form = document.getElementById('filter');
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox]'));
  var source = document.getElementById('source');
  var search = document.getElementById('search');
  var claims = Array.prototype.slice.call(document.querySelectorAll('article.claim'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('section.group'));
  var texts = claims.map(function (claim) { return claim.textContent.toLowerCase(); });
  function apply() {
    var wanted = {};
    boxes.forEach(function (box) { wanted[box.value] = box.checked; });
    var file = source ? source.value : '';
    var query = search.value.trim().toLowerCase();
    var shown = 0;
    claims.forEach(function (claim, i) {
      var show = wanted[claim.dataset.verdict] === true &&
        (file === '' || (' ' + claim.dataset.sources + ' ').indexOf(' ' + file + ' ') >= 0) &&
        (query === '' || texts[i].indexOf(query) >= 0);
      claim.hidden = !show;
      if (show) { shown += 1; }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('article.claim:not([hidden])');
    });
    document.getElementById('shown').textContent = shown + ' of ' + claims.length + ' shown';
  }
  function fromAddress() {
    var match = /(?:^#|&)show=([a-z_,]*)/.exec(window.location.hash);
    if (!match) { return; }
    var wanted = match[1].split(',');
    boxes.forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
  }
  boxes.forEach(function (box) {
    box.addEventListener('change', function () {
      var on = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      try { window.history.replaceState(null, '', '#show=' + on.join(',')); } catch (e) { }
      apply();
    });
  });
  if (source) { source.addEventListener('change', apply); }
  search.addEventListener('input', apply);
  window.addEventListener('hashchange', function () { fromAddress(); apply(); });
  form.hidden = false;
  fromAddress();
  apply();
})();
""".strip() + "\n"


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


CONTENT_SECURITY_POLICY = (f"default-src 'none'; style-src {_csp_hash(STYLE)}; "
                           f"script-src {_csp_hash(SCRIPT)}; base-uri 'none'; form-action 'none'")


def render(report: Report, options: RenderOptions) -> str:
    """The page, UTF-8, ending with a newline."""
    heading = "Claim check" + (f": {report.claims_file}" if report.claims_file else "")
    files = _source_files(report)
    numbered = list(enumerate(report.results, 1))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        f"<title>{_text(heading)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_text(heading)}</h1>",
        _summary(report, numbered, options),
        _filter(report, files),
        "</header>",
        "<main>",
        *(_group(report, verdict, numbered, files, options) for verdict in GROUP_ORDER),
        "</main>",
        _sources(report, options),
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


# -- summary and filter ----------------------------------------------------------

def _summary(report: Report, numbered: list[tuple[int, ClaimResult]],
             options: RenderOptions) -> str:
    gate = options.gate
    failing = [(n, r) for n, r in _in_page_order(numbered, gate) if gate.outcome(r) == FAILED]
    lines = ['<section class="overview" aria-label="Summary">',
             f'<p class="summary">{_text(summary_line(report, options.gate))}</p>',
             _bar(report), _legend(report),
             f'<p class="gate">{_gate_sentence(len(failing), gate)}</p>']
    if failing:
        items = "".join(f'<li><a href="#claim-{n}">{_text(r.claim.id)}</a> '
                        f'<span class="chip {r.verdict}">{_text(_verdict_words(r.verdict))}'
                        f'</span></li>' for n, r in failing)
        # Open when short enough to take in at once; folded for a long run.
        state = " open" if len(failing) <= 12 else ""
        lines.append(f'<details class="failing-list"{state}><summary>'
                     f'{_text(plural(len(failing), "failing claim"))}'
                     f'</summary><ol>{items}</ol></details>')
    lines.append("</section>")
    return "\n".join(lines)


def _present(report: Report) -> list[tuple[str, int]]:
    counts = report.summary()
    return [(verdict, counts[verdict]) for verdict in GROUP_ORDER if counts[verdict]]


def _percent(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}%" if total else "0.0%"


def _bar(report: Report) -> str:
    """One ``<rect>`` per verdict present, widths in percent of the bar."""
    total = len(report.results)
    if not total:
        return ""
    described = ", ".join(f"{count} {title(v).lower()}" for v, count in _present(report))
    rects, done = [], 0
    for verdict, count in _present(report):
        # Edges from the running total, so rounding never leaves a gap.
        x = 100 * done / total
        done += count
        width = 100 * done / total - x
        rects.append(f'<rect class="seg v-{verdict}" data-verdict="{verdict}" '
                     f'data-count="{count}" x="{x:.3f}%" y="0" width="{width:.3f}%" height="100%">'
                     f'<title>{_text(title(verdict))}: {count} ({_percent(count, total)})'
                     f'</title></rect>')
    return (f'<svg class="bar" role="img" aria-label="{_text(described)}" '
            f'xmlns="http://www.w3.org/2000/svg">{"".join(rects)}</svg>')


def _legend(report: Report) -> str:
    total = len(report.results)
    items = "".join(
        f'<li><a href="#group-{verdict}"><span class="swatch v-{verdict}"></span>'
        f'<span class="name">{_text(_verdict_words(verdict))}</span></a> '
        f'<strong>{count}</strong> ({_percent(count, total)})</li>'
        for verdict, count in _present(report))
    return f'<ul class="legend">{items}</ul>' if items else ""


def _gate_sentence(failed: int, gate) -> str:
    sentence = (f"{plural(failed, 'claim')} failed the gate." if failed
                else "Every claim passed the gate.")
    if gate.baseline is not None and gate.baseline.suppressed:
        sentence += (f" {plural(len(gate.baseline.suppressed), 'known finding')} "
                     "excused by the baseline.")
    return _text(sentence)


def _filter(report: Report, files: Sequence[str]) -> str:
    counts = report.summary()
    boxes = "".join(f'<label><input type="checkbox" value="{verdict}" checked> '
                    f'{_text(title(verdict))} ({counts[verdict]})</label>'
                    for verdict in GROUP_ORDER)
    select = ""
    if len(files) > 1:
        options = "".join(f'<option value="{index}">{_text(path)}</option>'
                          for index, path in enumerate(files))
        select = (f'<label class="source">Source <select id="source"><option value="">any file</option>'
                  f'{options}</select></label>')
    return ('<form id="filter" hidden><span>Show:</span> ' + boxes + select +
            '<label class="search">Search <input type="search" id="search" '
            'placeholder="id, text, source"></label><output id="shown"></output></form>')


def _source_files(report: Report) -> list[str]:
    """Every file a passage came from (copies too): the run's sources first, then the rest sorted."""
    seen = set(report.sources)
    extra: set[str] = set()
    for result in report.results:
        for evidence in _all_evidence(result):
            extra.update(f for f in (evidence.source, *evidence.also_in) if f not in seen)
    return [*report.sources, *sorted(extra)]


def _all_evidence(result: ClaimResult) -> Iterable[Evidence]:
    yield from result.evidence
    for fact in result.facts:
        yield from fact.evidence


# -- claims ------------------------------------------------------------------------

def _in_page_order(numbered: list[tuple[int, ClaimResult]], gate) -> list[tuple[int, ClaimResult]]:
    """Grouped by verdict in GROUP_ORDER; within a group failing claims first, then report order."""
    return sorted(numbered, key=lambda item: (GROUP_ORDER.index(item[1].verdict),
                                              _OUTCOME_RANK[gate.outcome(item[1])], item[0]))


def _group(report: Report, verdict: str, numbered: list[tuple[int, ClaimResult]],
           files: Sequence[str], options: RenderOptions) -> str:
    members = [item for item in _in_page_order(numbered, options.gate) if item[1].verdict == verdict]
    if not members:
        return ""
    index = {path: str(i) for i, path in enumerate(files)}
    cards = "\n".join(_claim(report, number, result, index, options) for number, result in members)
    return (f'<section class="group" id="group-{verdict}">\n'
            f'<h2><span class="chip {verdict}">{_text(_verdict_words(verdict))}</span> '
            f'({len(members)})</h2>\n<div class="cards">\n{cards}\n</div>\n</section>')


def _verdict_words(verdict: str) -> str:
    return f"{SYMBOLS.get(verdict, '•')} {title(verdict)}"


def _claim(report: Report, number: int, result: ClaimResult, index: dict[str, str],
           options: RenderOptions) -> str:
    gate = options.gate
    outcome = gate.outcome(result)
    claim = result.claim
    outcome_text = {FAILED: f"fails the gate: {gate.why(result)}",
                    BASELINED: f"known finding (baseline): {gate.why(result)}"}.get(outcome,
                                                                                   "passes")
    meta = []
    claims_file = claims_file_of(report, result)
    if claims_file:
        where = claims_file + (f":{claim.line}" if claim.line else "")
        meta.append(_link(claims_file, link_fragment(None, claim.line), where, options))
    meta.append(f"confidence {result.confidence:.2f}")
    sources = sorted({index[f] for e in _all_evidence(result) for f in (e.source, *e.also_in)},
                     key=int)
    comparisons = [c for e in result.evidence for c in e.comparisons]
    claim_text = _marked(claim.text, [s for c in comparisons for s in c.claim_spans], "claimed")
    lines = [
        (f'<article class="claim {result.verdict} {outcome}" id="claim-{number}" '
         f'data-verdict="{_text(result.verdict)}" data-sources="{" ".join(sources)}">'),
        (f'<h3 class="card-head"><span class="verdict v-{_text(result.verdict)}">'
         f'{_text(SYMBOLS.get(result.verdict, "•") + " " + label(result.verdict))}</span> '
         f'<code class="claim-id">{_text(claim.id)}</code> '
         f'<span class="outcome">{_text(outcome_text)}</span></h3>'),
        f'<p class="claim-text">{claim_text}</p>',
        f'<p class="meta">{" · ".join(meta)}</p>',
    ]
    if result.reason:
        lines.append(f'<p class="reason">{_text(result.reason)}</p>')
    if result.facts:
        lines.append(_facts(result.facts, options))
    if comparisons:
        lines.append(_values_table(number, result.evidence, options))
    if result.evidence:
        lines.append(_evidence_list(number, result.evidence, options))
    lines.append("</article>")
    return "\n".join(lines)


def _facts(facts: Sequence[FactResult], options: RenderOptions) -> str:
    supported = sum(1 for fact in facts if fact.verdict == Verdict.SUPPORTED)
    items = []
    for fact in facts:
        place = ""
        if fact.evidence:
            first = fact.evidence[0]
            place = " " + _evidence_link(first, options)
        reason = f' <span class="fact-reason">{_text(fact.reason)}</span>' if fact.reason else ""
        items.append(f'<li class="fact {_text(fact.verdict)}"><span class="chip '
                     f'{_text(fact.verdict)}">{_text(_verdict_words(fact.verdict))}</span> '
                     f'{_text(fact.text)}{reason}{place}</li>')
    return (f'<div class="facts"><p>{supported} of {plural(len(facts), "fact")} supported</p>'
            f'<ul>{"".join(items)}</ul></div>')


# Places listed in one row of the values table; the rest are counted.
MAX_PLACES = 3


def _values_table(number: int, evidence: Sequence[Evidence], options: RenderOptions) -> str:
    """Claimed / sources say / where: one row per compared value and stance,
    listing every passage that gave it (the same value in four passages is one row)."""
    rows: dict[tuple[str, Comparison], list[tuple[int, Evidence]]] = {}
    for position, item in enumerate(evidence, 1):
        for compared in item.comparisons:
            rows.setdefault((item.stance, compared), []).append((position, item))
    out = []
    for (stance, compared), places in rows.items():
        links = [f'<a href="#claim-{number}-passage-{position}">{_text(_place(item))}</a>'
                 for position, item in places[:MAX_PLACES]]
        if len(places) > MAX_PLACES:
            links.append(_text(f"and {len(places) - MAX_PLACES} more"))
        out.append(
            f'<tr class="{_text(stance)}">'
            f'<td>{_text(compared.claim_value)}'
            f'{_normalised(compared.claim_value, compared.claim_normalised)}'
            f'{_tolerance(compared.tolerance)}</td>'
            f'<td><mark class="{_text(stance)}">{_text(compared.source_value)}</mark>'
            f'{_normalised(compared.source_value, compared.source_normalised)}</td>'
            f'<td>{", ".join(links)} <span class="chip {_stance_class(stance)}">'
            f'{_text(_stance_words(stance))}</span></td></tr>')
    return ('<table class="values"><thead><tr><th scope="col">Claimed</th>'
            '<th scope="col">Sources say</th><th scope="col">Where</th></tr></thead>'
            f'<tbody>{"".join(out)}</tbody></table>')


def _normalised(value: str, normalised: str) -> str:
    if not normalised or normalised == value:
        return ""
    return f"<small>= {_text(normalised)}</small>"


def _tolerance(tolerance: str) -> str:
    return f"<small>tolerance {_text(tolerance)}</small>" if tolerance else ""


def _stance_words(stance: str) -> str:
    return {Bearing.SUPPORTS: "✓ supports", Bearing.CONTRADICTS: "✗ contradicts"}.get(stance, stance)


def _stance_class(stance: str) -> str:
    return {Bearing.SUPPORTS: Verdict.SUPPORTED, Bearing.CONTRADICTS: Verdict.CONTRADICTED}.get(stance, "")


def _open_positions(evidence: Sequence[Evidence]) -> set[int]:
    """The passages shown open: the first of each stance (so both sides of a
    conflict are in view); the rest are folded, so 500 claims stay readable."""
    first: dict[str, int] = {}
    for position, item in enumerate(evidence, 1):
        first.setdefault(item.stance, position)
    return set(first.values())


def _evidence_list(number: int, evidence: Sequence[Evidence], options: RenderOptions) -> str:
    opened = _open_positions(evidence)
    shown, folded = [], []
    for position, item in enumerate(evidence, 1):
        (shown if position in opened else folded).append(
            _evidence(number, position, item, options))
    out = f'<ol class="evidence">{"".join(shown)}</ol>'
    if folded:
        out += (f'<details class="more"><summary>{_text(plural(len(folded), "more passage"))}'
                f'</summary><ol class="evidence">{"".join(folded)}</ol></details>')
    return out


def _evidence(number: int, position: int, evidence: Evidence, options: RenderOptions) -> str:
    excerpt = _marked(evidence.excerpt, [s for c in evidence.comparisons for s in c.source_spans],
                      evidence.stance)
    missing = [c.source_value for c in evidence.comparisons if c.source_value and not c.source_spans]
    if missing:  # the value was compared in a form the excerpt does not show: say it beside
        excerpt += (' <span class="value-note">(compared: ' +
                    ", ".join(f'<mark class="{_text(evidence.stance)}">{_text(v)}</mark>'
                              for v in missing) + ")</span>")
    also = ""
    if evidence.also_in:
        links = "".join(f"<li>{_link(path, '', path, options)}</li>" for path in evidence.also_in)
        also = (f' <details class="also-in"><summary>also in '
                f'{_text(plural(len(evidence.also_in), "file"))}</summary><ul>{links}</ul>'
                '</details>')
    return (f'<li class="{_text(evidence.stance)}" id="claim-{number}-passage-{position}" '
            f'value="{position}">'
            f'{_evidence_link(evidence, options)}'
            f' <span class="stance">{_text(evidence.stance)}</span>'
            f' ({evidence.score:.2f}){also}<blockquote>{excerpt}</blockquote></li>')


def _place(evidence: Evidence) -> str:
    return evidence_place(evidence)


def _evidence_link(evidence: Evidence, options: RenderOptions) -> str:
    fragment = link_fragment(evidence.location, evidence.line, evidence.excerpt)
    return _link(evidence.source, fragment, _place(evidence), options)


# -- highlighting --------------------------------------------------------------

def _marked(text: str, spans: Iterable[tuple[int, int]], kind: str) -> str:
    """TEXT escaped, with its SPANS in ``<mark class=KIND>``."""
    out, at = [], 0
    for start, end in merge_spans(spans):
        out.append(_text(text[at:start]))
        out.append(f'<mark class="{_text(kind)}">{_text(text[start:end])}</mark>')
        at = end
    out.append(_text(text[at:]))
    return "".join(out)


# -- links and escaping -------------------------------------------------------------

def _sources(report: Report, options: RenderOptions) -> str:
    if not report.sources:
        return ""
    items = "".join(f"<li>{_link(source, '', source, options)}</li>" for source in report.sources)
    return (f"<footer><h2>Sources</h2><p>Judged against {plural(len(report.sources), 'source')} "
            f"only:</p><ul>{items}</ul></footer>")


def _link(path: str, fragment: str, shown: str, options: RenderOptions) -> str:
    """``<a>`` to PATH (relative to the current folder), at FRAGMENT (``#L14``,
    ``#page=12``) where there is one."""
    target = path
    if options.link_root and not path.startswith("/"):
        target = f"{options.link_root.rstrip('/')}/{path}"
    href = quote(target, safe="/") + fragment
    return f'<a class="place" href="{html.escape(href)}">{_text(shown)}</a>'


def _text(text: str) -> str:
    return html.escape(printable(text), quote=True)
