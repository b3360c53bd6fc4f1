"""Compose the stages into commands: verify, quote.

load → normalise → segment → analyse → index (per corpus, once), then per
claim: read the claim (analyse) → candidates (index) → judge → decide.
Each command is a different ordering of the same stages; nothing here prints
or exits. Errors are raised as ``CheckerError`` subclasses.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.analyse import Discourse, analyse
from checker.decide import decide
from checker.errors import SourceError
from checker.index import AnalysedPassage, PassageIndex
from checker.judge import ClaimView, judge, read_claim
from checker.lexicon import Lexicon, load_lexicon
from checker.load import load_documents
from checker.model import Claim, ClaimResult, Document, Quote, Report, Stance
from checker.segment import segment


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    index: PassageIndex
    warnings: tuple[str, ...]


def build_corpus(source_paths: Sequence[str | Path], lexicon: Lexicon,
                 *, strict: bool = False) -> Corpus:
    documents, warnings = load_documents(source_paths, strict=strict)
    items: list[AnalysedPassage] = []
    for document in documents:
        discourse = Discourse()
        analysed = []
        for passage in segment(document):
            analysis, discourse = analyse(passage.text, lexicon, passage.clauses, discourse)
            analysed.append((passage, analysis))
        named = frozenset(m.id for _, a in analysed for m in a.mentions if m.kind == "entity")
        by_paragraph: dict[int, set[str]] = {}
        for p, a in analysed:
            by_paragraph.setdefault(p.paragraph, set()).update(
                m.id for m in a.mentions if m.kind == "entity")
        items.extend(AnalysedPassage(p, a, named, frozenset(by_paragraph[p.paragraph]))
                     for p, a in analysed)
    return Corpus(tuple(documents), PassageIndex(items), tuple(warnings))


def check_claim(claim: Claim, corpus: Corpus, lexicon: Lexicon) -> ClaimResult:
    view = read_claim(claim, lexicon)
    stances = [s for s in judge_candidates(view, corpus, lexicon) if s.stance != "none"]
    heads = {f.head_measure for f in view.asserted if f.head_measure}
    snapshot = bool(heads) and all(lexicon.measures[h].snapshot for h in heads)
    return decide(claim, stances, claim_has_time=view.time is not None,
                  near=_near_miss(view, corpus, lexicon), snapshot=snapshot)


def judge_candidates(view: ClaimView, corpus: Corpus, lexicon: Lexicon) -> list[Stance]:
    entity_ids = [m.id for m in view.analysis.mentions if m.kind == "entity"]
    candidates = corpus.index.candidates(entity_ids, view.measures, view.analysis.terms, lexicon)
    return [judge(view, item.passage, item.analysis, lexicon, item.document_entities,
                  item.paragraph_entities) for item in candidates]


def _near_miss(view: ClaimView, corpus: Corpus, lexicon: Lexicon) -> str:
    """What was close, for a not_found reason: a passage about the same
    subject and measure, or at least the subject."""
    names = ", ".join(view.subjects) or "the claim's subject"
    measures = ", ".join(view.measures) or "the claimed measure"
    for item in corpus.index.candidates(view.subjects, view.measures, (), lexicon, limit=5):
        ids = {m.id for m in item.analysis.mentions}
        subjects = {s for subj, _ in item.analysis.clause_subjects for s in subj}
        if set(view.subjects) <= (ids | subjects) and set(view.measures) & ids:
            where = f"{item.passage.source}:{item.passage.line}"
            return (f"{names} and {measures} are mentioned ({where}), but no passage states "
                    f"the claimed value for that subject, measure and period")
    if view.subjects and corpus.index.candidates(view.subjects, (), (), lexicon, limit=1):
        return f"{names} is mentioned in the sources, but no passage speaks to this claim"
    if view.subjects:
        return f"no passage in the sources names {names}"
    return "no passage in the sources speaks to this claim"


def verify_claims(claims: Sequence[Claim], source_paths: Sequence[str | Path],
                  lexicon_paths: Sequence[str | Path] = (), claims_file: str = "") -> Report:
    """Check every claim against the sources; raises CheckerError subclasses."""
    lexicon = load_lexicon(lexicon_paths)
    corpus = build_corpus(source_paths, lexicon)
    results = tuple(check_claim(claim, corpus, lexicon) for claim in claims)
    return Report(results=results, claims_file=claims_file,
                  sources=tuple(d.path for d in corpus.documents),
                  meta={"warnings": list(corpus.warnings)})


def quote(text: str, source_paths: Sequence[str | Path],
          lexicon_paths: Sequence[str | Path] = (), top: int = 5,
          context: int = 0) -> list[Quote]:
    """Passages for a writer's sentence: those that support it, best first,
    then those that contradict it, each with ``context`` neighbouring
    sentences of its document."""
    lexicon = load_lexicon(lexicon_paths)
    corpus = build_corpus(source_paths, lexicon)
    stances = _ranked_stances(text, corpus, lexicon, top)
    by_document: dict[str, list] = {}
    for item in corpus.index.items:
        by_document.setdefault(item.passage.source, []).append(item.passage)
    quotes = []
    for stance in stances:
        passages = by_document[stance.passage.source]
        i = stance.passage.index
        quotes.append(Quote(stance, tuple(passages[max(0, i - context):i]) if context else (),
                            tuple(passages[i + 1:i + 1 + context]) if context else ()))
    return quotes


def _ranked_stances(text: str, corpus: Corpus, lexicon: Lexicon, top: int) -> list[Stance]:
    view = read_claim(Claim(id="quote", text=text), lexicon)
    stances = judge_candidates(view, corpus, lexicon)
    supports = sorted((s for s in stances if s.stance == "supports"),
                      key=lambda s: (-s.score, s.passage.source, s.passage.index))
    contradicts = sorted((s for s in stances if s.stance == "contradicts"),
                         key=lambda s: (-s.score, s.passage.source, s.passage.index))
    return supports[:top] + contradicts[:top]


def check_draft(draft_path: str | Path, source_paths: Sequence[str | Path],
                lexicon_paths: Sequence[str | Path] = ()) -> tuple[Report, int]:
    """Verify the checkable sentences of a draft; also return how many
    sentences had nothing to check."""
    from checker.draft import checkable_claims
    from checker.load import decode_bytes, display_path

    path = Path(draft_path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError("draft not found", file=str(draft_path),
                          hint="check the path of the draft") from None
    except OSError as exc:
        raise SourceError(f"cannot read the draft: {exc.strerror}", file=str(draft_path)) from None
    text, _ = decode_bytes(data, str(draft_path))
    lexicon = load_lexicon(lexicon_paths)
    claims, skipped = checkable_claims(text, lexicon)
    corpus = build_corpus(source_paths, lexicon)
    results = tuple(check_claim(claim, corpus, lexicon) for claim in claims)
    report = Report(results=results, claims_file=display_path(path),
                    sources=tuple(d.path for d in corpus.documents),
                    meta={"warnings": list(corpus.warnings), "skipped_sentences": skipped})
    return report, skipped


def quote_passages(text: str, source_paths: Sequence[str | Path],
                   lexicon_paths: Sequence[str | Path] = (), top: int = 5) -> list[Stance]:
    """Passages that support TEXT, best first, then those that contradict it."""
    lexicon = load_lexicon(lexicon_paths)
    corpus = build_corpus(source_paths, lexicon)
    return _ranked_stances(text, corpus, lexicon, top)
