"""HTML: one self-contained page for people who read a whole run.

The page holds the summary, a filter by verdict, and per claim its verdict,
text, ``file:line`` link, confidence, reason and every evidence passage, each
with its ``file:line:col`` link and the excerpt in the original script with
the compared value highlighted (``<mark>``). No external files: the style and
a small script are inline. Without script every claim is shown; with it,
ticking verdicts filters the claims, and ``#show=contradicted,not_found`` in
the address opens the page filtered (so a filtered view can be linked).

Everything that comes from a claim, a source or a path goes through
``html.escape``; control and bidi-control characters are first shown as
``\\uXXXX``. A Content-Security-Policy allows only the page's own style and
script (by hash), so even a mistake in escaping could not run a script from
a source. Links are relative to the current folder, or to ``link_root`` in
the options when the page is written elsewhere.
"""
from __future__ import annotations

import base64
import hashlib
import html
from urllib.parse import quote

from checker.model import VERDICTS, ClaimResult, Evidence, Report
from checker.render import RenderOptions
from checker.render.common import (
    evidence_place,
    label,
    link_fragment,
    plural,
    printable,
    split_highlights,
    title,
)
from checker.render.gate import BASELINED, FAILED
from checker.render.text import summary_line

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem;
       color: #1b1f24; background: #fff; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1rem; margin: 0; }
code, .place { font-family: ui-monospace, monospace; font-size: .9em; }
.summary { font-weight: 600; }
#filter { border: 1px solid #d0d7de; border-radius: 6px; padding: .3rem .8rem; }
#filter label { margin-right: 1rem; white-space: nowrap; }
article { border: 1px solid #d0d7de; border-left-width: 6px; border-radius: 6px;
          margin: 1rem 0; padding: .6rem 1rem; }
article.supported { border-left-color: #1a7f37; }
article.contradicted { border-left-color: #cf222e; }
article.not_found { border-left-color: #9a6700; }
article.conflicting { border-left-color: #8250df; }
.verdict { font-weight: 700; letter-spacing: .03em; }
.outcome { float: right; font-size: .85em; }
.failed .outcome { color: #cf222e; font-weight: 600; }
.claim-text { font-size: 1.05rem; margin: .3rem 0; }
.meta, .reason { color: #57606a; margin: .2rem 0; }
ol.evidence { padding-left: 1.4rem; }
ol.evidence li { margin: .4rem 0; }
blockquote { margin: .2rem 0; padding: .2rem .6rem; background: #f6f8fa;
             border-left: 3px solid #d0d7de; }
.contradicts blockquote { border-left-color: #cf222e; }
.supports blockquote { border-left-color: #1a7f37; }
mark { background: #fff8c5; font-weight: 600; }
""".strip() + "\n"

SCRIPT = """
(function () {
  var form = document.getElementById('filter');
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox]'));
  var claims = Array.prototype.slice.call(document.querySelectorAll('article.claim'));
  function apply() {
    var shown = 0;
    claims.forEach(function (claim) {
      var box = form.querySelector('input[value="' + claim.dataset.verdict + '"]');
      claim.hidden = !(box && box.checked);
      if (!claim.hidden) { shown += 1; }
    });
    document.getElementById('shown').textContent = shown + ' shown';
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
    gate = options.gate
    heading = "Claim check" + (f": {report.claims_file}" if report.claims_file else "")
    failing = gate.failed(report)
    counts = report.summary()
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
        f'<p class="summary">{_text(summary_line(report))}</p>',
        f'<p class="gate">{_gate_sentence(len(failing), gate)}</p>',
        '<form id="filter" hidden><p>Show: ',
        *(f'<label><input type="checkbox" value="{verdict}" checked> '
          f'{title(verdict)} ({counts[verdict]})</label>' for verdict in VERDICTS),
        '<output id="shown"></output></p></form>',
        "</header>",
        "<main>",
        *(_claim(report, number, result, options)
          for number, result in enumerate(report.results, 1)),
        "</main>",
        _sources(report, options),
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


def _gate_sentence(failed: int, gate) -> str:
    sentence = (f"{plural(failed, 'claim')} failed the gate." if failed
                else "Every claim passed the gate.")
    if gate.baseline is not None and gate.baseline.suppressed:
        sentence += (f" {plural(len(gate.baseline.suppressed), 'known finding')} "
                     "excused by the baseline.")
    return _text(sentence)


def _claim(report: Report, number: int, result: ClaimResult, options: RenderOptions) -> str:
    gate = options.gate
    outcome = gate.outcome(result)
    claim = result.claim
    outcome_text = {FAILED: f"fails the gate: {gate.why(result)}",
                    BASELINED: f"known finding (baseline): {gate.why(result)}"}.get(outcome,
                                                                                   "passes")
    classes = f"claim {result.verdict} {outcome}"
    meta = []
    if report.claims_file:
        where = report.claims_file + (f":{claim.line}" if claim.line else "")
        meta.append(_link(report.claims_file, link_fragment(None, claim.line), where, options))
    meta.append(f"confidence {result.confidence:.2f}")
    lines = [
        f'<article class="{classes}" id="claim-{number}" data-verdict="{result.verdict}">',
        (f'<h2><span class="verdict">{_text(label(result.verdict))}</span> '
         f'<code class="claim-id">{_text(claim.id)}</code> '
         f'<span class="outcome">{_text(outcome_text)}</span></h2>'),
        f'<p class="claim-text">{_text(claim.text)}</p>',
        f'<p class="meta">{" · ".join(meta)}</p>',
    ]
    if result.reason:
        lines.append(f'<p class="reason">{_text(result.reason)}</p>')
    if result.evidence:
        lines.append('<ol class="evidence">')
        lines.extend(_evidence(evidence, options) for evidence in result.evidence)
        lines.append("</ol>")
    lines.append("</article>")
    return "\n".join(lines)


def _evidence(evidence: Evidence, options: RenderOptions) -> str:
    where = evidence_place(evidence)
    fragment = link_fragment(evidence.location, evidence.line, evidence.excerpt)
    excerpt = "".join(f"<mark>{_text(piece)}</mark>" if marked else _text(piece)
                      for piece, marked in split_highlights(printable(evidence.excerpt),
                                                            evidence.comparisons))
    return (f'<li class="{evidence.stance}">{_link(evidence.source, fragment, where, options)}'
            f' <span class="stance">{_text(evidence.stance)}</span>'
            f' ({evidence.score:.2f})<blockquote>{excerpt}</blockquote></li>')


def _sources(report: Report, options: RenderOptions) -> str:
    if not report.sources:
        return ""
    items = "".join(f"<li>{_link(source, '', source, options)}</li>" for source in report.sources)
    return (f"<footer><p>Judged against {plural(len(report.sources), 'source')} only:</p>"
            f"<ul>{items}</ul></footer>")


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
