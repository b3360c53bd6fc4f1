"""Compose the stages into commands: index, verify, quote, check.

load → normalise → segment → analyse → index (per corpus, once; reused from
the cache folder when the documents have not changed), then per claim: read
the claim (analyse) → candidates (index) → judge → decide. Each command is a
different ordering of the same stages; nothing here prints or exits. Errors
are raised as ``CheckerError`` subclasses.

Work on many documents or many claims can be spread over processes or a
Dask cluster (``jobs``: a count or a ``checker.parallel`` Executor); results
are collected in input order, so the output is the same whatever runs them,
and the same with or without the cache.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from checker import parallel, vocabulary
from checker.align import (
    CORE_COVERAGE,
    NEIGHBOURS,
    Side,
    core_coverage,
    coverage,
    judge_open,
    may_bear,
    side_of_text,
    unit_share,
)
from checker.analyse import Discourse, analyse
from checker.cache import (
    CacheFolder,
    CacheMiss,
    DiskStore,
    DocumentEntry,
    EntryWriter,
    MemoryStore,
    cache_key,
    content_hash,
    default_cache_dir,
    set_key,
)
from checker.decide import decide, decide_facts
from checker.errors import SourceError
from checker.index import (
    NO_SUBJECT,
    Filter,
    IndexPart,
    PassageIndex,
    PostingIndex,
    covered_measures,
    index_part,
    related_measures,
    value_kind_key,
)
from checker.judge import (
    SLOT_TYPES,
    ClaimView,
    _required_measures,
    claim_clauses,
    fact_views,
    judge,
    person_spans,
    read_claim,
)
from checker.lexicon import Lexicon, load_lexicon
from checker.load import load_documents
from checker.locate import locate_quotes, locate_results
from checker.manifest import SourceManifest, UnreadDocument, readable
from checker.model import (
    Analysis,
    Claim,
    ClaimResult,
    Document,
    Evidence,
    Passage,
    Quote,
    Report,
    Stance,
)
from checker.normalise import normalise_for_match
from checker.parallel import Jobs, resolve_jobs
from checker.segment import segment
from checker.segments import open_set
from checker.words import OpenClaim, Unit, load_dictionaries, read_open_claim

AUTO = "auto"
"""``cache_dir`` default: the user's cache folder (``cache.default_cache_dir``)."""
CANDIDATE_LIMIT = 200
"""Passages judged per claim at most (the best ranked)."""
OPEN_CANDIDATE_LIMIT = 40
"""Passages judged by open alignment per claim at most (the best by shared rare words)."""
_CLAIMS_PER_JOB = 32  # below this many claims a second process does not pay
_WARM_UP_CLAIMS = 8

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``; stages are "load" (reading a large cache),
"analyse" and "judge"."""
LARGE_CACHE_DOCUMENTS = 200
"""From this many documents on, reading the cache is reported as the "load" stage."""
CacheDir = str | os.PathLike | None


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    """The documents, each text once. With a cache, a text file unchanged
    since the last run is an ``UnreadDocument`` (``checker.manifest``): its
    ``text`` is '' and ``readable`` loads it; nothing after indexing needs it."""
    index: PassageIndex
    warnings: tuple[str, ...]
    analysed: int = 0
    """Documents analysed in this run (the others came from the cache)."""
    cache_folder: str = ""
    """The cache folder used ('' when none)."""
    copies: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Per document with identical copies among the sources: its path and
    theirs. Only the first is indexed and judged."""

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source path, copies included, in load order of the kept ones."""
        others = dict(self.copies)
        return tuple(p for d in self.documents for p in (d.path, *others.get(d.path, ())))


# --- building the corpus ------------------------------------------------------

def analysed_passages(document: Document,
                      lexicon: Lexicon) -> Iterator[tuple[Passage, Analysis]]:
    """Segment and analyse one document, sentence by sentence, carrying the
    discourse (topic, last date) from each sentence to the next."""
    discourse = Discourse()
    paragraph = None
    for passage in segment(document):
        if passage.paragraph != paragraph:
            # A period carries to the next sentence only within a paragraph.
            discourse, paragraph = replace(discourse, period=None), passage.paragraph
        analysis, discourse = analyse(passage.text, lexicon, passage.clauses, discourse)
        yield passage, analysis


def analyse_document(document: Document, lexicon: Lexicon,
                     writer: EntryWriter | None = None) -> DocumentEntry | IndexPart:
    """Analyse DOCUMENT: its whole entry in memory, or, with a WRITER,
    streamed into a cache entry (only the postings are returned)."""
    if writer is not None:
        for passage, analysis in analysed_passages(document, lexicon):
            writer.add(passage, analysis)
        return writer.finish(document.path)
    pairs = list(analysed_passages(document, lexicon))
    passages = tuple(p for p, _ in pairs)
    analyses = tuple(a for _, a in pairs)
    named = frozenset(m.id for a in analyses for m in a.mentions if m.kind == "entity")
    by_paragraph: dict[int, set[str]] = {}
    for p, a in pairs:
        by_paragraph.setdefault(p.paragraph, set()).update(
            m.id for m in a.mentions if m.kind == "entity")
    return DocumentEntry(source=document.path, passages=passages, analyses=analyses,
                         paragraph_entities=tuple(frozenset(by_paragraph[p.paragraph])
                                                  for p in passages),
                         document_entities=named, part=index_part(analyses))


@dataclass(frozen=True)
class _Rebuild:
    """Re-analyse a document whose entry turned out bad while reading it
    (a class, not a closure, so that it pickles to worker processes)."""

    folder: CacheFolder
    documents: tuple[Document, ...]
    digests: tuple[str, ...]
    lexicon: Lexicon

    def write(self, doc: int) -> bool:
        """Rewrite the entry; False when the disk refuses (full, read-only)."""
        try:
            _write_entry(self.folder, readable(self.documents[doc], _document_hash),
                         self.digests[doc], self.lexicon)
        except OSError:
            return False
        return True

    def in_memory(self, doc: int) -> DocumentEntry:
        return analyse_document(readable(self.documents[doc], _document_hash), self.lexicon)


def _write_entry(folder: CacheFolder, document: Document, digest: str,
                 lexicon: Lexicon) -> IndexPart:
    writer = folder.entry_writer(digest)
    try:
        return analyse_document(document, lexicon, writer)
    finally:
        writer.abandon()


def build_corpus(source_paths: Sequence[str | Path], lexicon: Lexicon, *,
                 strict: bool = False, cache_dir: CacheDir = None, jobs: int = 1,
                 progress: Progress | None = None,
                 lexicon_paths: Sequence[str | Path] = (), compact: bool = False) -> Corpus:
    """Load, analyse and index the sources.

    ``cache_dir``: a cache folder to reuse and update (``AUTO``: the user's
    cache folder; None: none, everything in memory). A folder that cannot be
    written is not used. ``jobs``: processes for analysing documents (0:
    one per core).
    ``lexicon_paths``: the user lexicon files LEXICON was loaded from, part
    of the cache key (the lexicon's content is too). ``compact``: merge the
    small segments of the cache's index (``checker.segments``).
    """
    folder, note = _open_cache(cache_dir, lexicon, lexicon_paths)
    manifest = None
    if folder is not None:
        manifest = SourceManifest(folder.read_manifest(set_key(source_paths)), _document_hash)
    documents, warnings = load_documents(source_paths, strict=strict,
                                         read=manifest.read if manifest else None)
    documents, copies = unique_documents(documents)
    corpus = _build_corpus(documents, [*warnings, *filter(None, [note])], source_paths, lexicon,
                           folder, manifest, jobs=jobs, progress=progress, compact=compact)
    return replace(corpus, copies=tuple(sorted(copies.items()))) if copies else corpus


def unique_documents(documents: Sequence[Document]) -> tuple[list[Document], dict[str, tuple[str, ...]]]:
    """The documents with each text once (the first path that has it), and
    for each kept path the paths of its copies. Copies are judged once: 200
    copies of one article must not fill the candidates and push out the one
    source that disagrees, nor count as 200 sources."""
    kept: dict[str, Document] = {}
    copies: dict[str, list[str]] = {}
    for document in documents:
        digest = _document_hash(document)
        if digest in kept:
            copies.setdefault(kept[digest].path, []).append(document.path)
        else:
            kept[digest] = document
    return list(kept.values()), {path: tuple(others) for path, others in copies.items()}


def build_corpus_of(documents: Sequence[Document], warnings: Sequence[str],
                    source_paths: Sequence[str | Path], lexicon: Lexicon, *,
                    cache_dir: CacheDir = None, jobs: int = 1,
                    progress: Progress | None = None,
                    lexicon_paths: Sequence[str | Path] = ()) -> Corpus:
    """``build_corpus`` for documents already loaded."""
    folder, note = _open_cache(cache_dir, lexicon, lexicon_paths)
    return _build_corpus(documents, [*warnings, *filter(None, [note])], source_paths, lexicon,
                         folder, None, jobs=jobs, progress=progress)


def _build_corpus(documents: Sequence[Document], warnings: Sequence[str],
                  source_paths: Sequence[str | Path], lexicon: Lexicon,
                  folder: CacheFolder | None, manifest: SourceManifest | None, *,
                  jobs: int, progress: Progress | None, compact: bool = False) -> Corpus:
    jobs = resolve_jobs(jobs)
    sources = [d.path for d in documents]
    if folder is None:
        return _memory_corpus([readable(d, _document_hash) for d in documents], warnings,
                              lexicon, jobs, progress)
    digests = [_document_hash(d) for d in documents]
    try:
        postings, analysed = _cached_postings(folder, source_paths, documents, digests, lexicon,
                                              jobs, progress, compact)
        if manifest is not None and manifest.changed:
            folder.write_manifest(set_key(source_paths), manifest.records())
    except OSError as error:
        # A full disk or a file-size limit must not cost the run: the cache is
        # an optimisation, so go on without it and say so.
        reason = error.strerror or str(error)
        note = f"{folder.root}: cannot write the cache ({reason}); checked without it"
        return _memory_corpus([readable(d, _document_hash) for d in documents],
                              [*warnings, note], lexicon, jobs, progress)

    store = DiskStore(folder, sources, digests, postings.sizes,
                      _Rebuild(folder, tuple(documents), tuple(digests), lexicon),
                      index_key=postings.saved_key)
    return Corpus(tuple(documents), PassageIndex(postings=postings.index, store=store), tuple(warnings),
                  analysed=analysed, cache_folder=str(folder.root))


def _memory_corpus(documents: Sequence[Document], warnings: Sequence[str], lexicon: Lexicon,
                   jobs: int, progress: Progress | None) -> Corpus:
    """Analyse everything and keep it in memory (no cache)."""
    entries = _analyse_documents(documents, lexicon, jobs, progress, None)
    postings = PostingIndex.merge([e.part for e in entries])
    index = PassageIndex(postings=postings,
                         store=MemoryStore([d.path for d in documents], entries))
    return Corpus(tuple(documents), index, tuple(warnings), analysed=len(documents))


def build_index(source_paths: Sequence[str | Path], lexicon_paths: Sequence[str | Path] = (),
                *, cache_dir: CacheDir = AUTO, jobs: Jobs = 1, strict: bool = False,
                progress: Progress | None = None) -> Corpus:
    """Build (or bring up to date) the cache of SOURCE_PATHS: ``checker index``."""
    lexicon = load_lexicon(lexicon_paths)
    return build_corpus(source_paths, lexicon, strict=strict, cache_dir=cache_dir, jobs=jobs,
                        progress=progress, lexicon_paths=lexicon_paths, compact=True)


def _document_hash(document: Document) -> str:
    if isinstance(document, UnreadDocument):
        return document.digest   # what it was when read, unchanged since
    # The suffix too: a stage may one day read .md and .txt differently.
    return content_hash(Path(document.path).suffix.lower() + "\0" + document.text)


def _open_cache(cache_dir: CacheDir, lexicon: Lexicon,
                lexicon_paths: Sequence[str | Path]) -> tuple[CacheFolder | None, str]:
    """The cache folder to use, or None with a warning ('' when no cache
    was asked for)."""
    if cache_dir is None:
        # Nothing is kept, but the bilingual dictionary's index (built from
        # the installed package, not from any source) is read from the user's
        # cache folder when a cached run has made it.
        try:
            vocabulary.use_cache(CacheFolder(default_cache_dir(),
                                             cache_key(lexicon, lexicon_paths)).folder)
        except OSError:
            pass   # then it is built in memory
        return None, ""
    root = default_cache_dir() if cache_dir == AUTO else Path(cache_dir)
    try:
        folder = CacheFolder(root, cache_key(lexicon, lexicon_paths))
        folder.prepare()
        vocabulary.use_cache(folder.folder, folder.temp)
    except OSError as error:
        # Not writable, or not the cache's own: run without a cache rather than fail.
        reason = error.strerror or str(error)
        return None, f"{root}: cannot use the cache folder ({reason}); checked without it"
    return folder, ""


@dataclass(frozen=True)
class _Postings:
    index: PostingIndex
    sizes: tuple[int, ...]
    saved_key: str = ""
    """The source-set index they were read from."""


@dataclass(frozen=True)
class _Parts:
    """The postings of documents from their entries, analysing those whose
    entry is missing, stale or corrupt (a class, so that it pickles)."""

    folder: CacheFolder
    documents: tuple[Document, ...]
    digests: tuple[str, ...]
    lexicon: Lexicon
    jobs: int = 1

    def of(self, positions: Sequence[int], progress: Progress | None = None,
           analysed: list[int] | None = None) -> list[IndexPart]:
        parts: dict[str, IndexPart] = {}
        todo: dict[str, Document] = {}
        for position in positions:
            digest = self.digests[position]
            try:
                parts[digest] = self.folder.read_part(digest)
            except CacheMiss:
                todo[digest] = readable(self.documents[position], _document_hash)
        order = list(todo)
        made = _analyse_documents([todo[d] for d in order], self.lexicon, self.jobs, progress,
                                  self.folder)
        parts.update(zip(order, made))
        if analysed is not None:
            analysed.append(len(order))
        return [parts[self.digests[p]] for p in positions]

    def merged(self) -> PostingIndex:
        """Every document's postings merged afresh (a damaged segment's way out)."""
        return PostingIndex.merge(replace(self, jobs=1).of(range(len(self.documents))))


def _cached_postings(folder: CacheFolder, source_paths: Sequence[str | Path],
                     documents: Sequence[Document], digests: Sequence[str], lexicon: Lexicon,
                     jobs: int, progress: Progress | None,
                     compact: bool = False) -> tuple[_Postings, int]:
    """The postings of the documents from the segments of their source set
    (``checker.segments``), with a new segment for the documents none of
    them holds, from the documents' entries or analysed now. Returns them
    and the number of documents analysed."""
    key = set_key(source_paths)
    parts = _Parts(folder, tuple(documents), tuple(digests), lexicon, jobs)
    analysed: list[int] = []
    # A large cache may take a while to open: say so before it starts.
    large = len(documents) >= LARGE_CACHE_DOCUMENTS
    if large:
        _report(progress, "load", 0, len(documents))
    index, sizes, gone = open_set(folder, key, digests,
                                  lambda positions: parts.of(positions, progress, analysed),
                                  parts.merged, compact=compact)
    if large:
        _report(progress, "load", len(documents), len(documents))
    for digest in gone:
        folder.remove_entry(digest)  # a removed or changed file's entry
    return _Postings(index, tuple(sizes), key), sum(analysed)


@dataclass(frozen=True)
class _Work:
    """What every analysing or judging task needs, sent to each worker once."""

    lexicon: Lexicon
    folder: CacheFolder | None = None
    """Analysis: the cache folder to write entries into (None: entries come back)."""
    corpus: Corpus | None = None
    """Judging: the corpus to judge against."""


def _analyse_one(work: _Work, task: tuple[Document, str]) -> DocumentEntry | IndexPart:
    """A task: analyse; with a cache folder write the entry there and send
    back only the postings."""
    document, digest = task
    if work.folder is None:
        return analyse_document(document, work.lexicon)
    return _write_entry(work.folder, document, digest, work.lexicon)


def _analyse_documents(documents: Sequence[Document], lexicon: Lexicon, jobs: Jobs,
                       progress: Progress | None, folder: CacheFolder | None) -> list:
    """Entries (no folder) or postings (written to FOLDER) of DOCUMENTS, in order."""
    tasks = [(d, _document_hash(d)) for d in documents]
    return parallel.map_each(jobs, _analyse_one, tasks, _Work(lexicon, folder),
                             done=lambda n: _report(progress, "analyse", n, len(tasks)))


def _report(progress: Progress | None, stage: str, done: int, total: int) -> None:
    if progress is not None:
        progress(stage, done, total)


# --- checking claims ------------------------------------------------------------

def check_claim(claim: Claim, corpus: Corpus, lexicon: Lexicon) -> ClaimResult:
    """Judge CLAIM: fact by fact when it asserts several values and the
    sources speak to any of them, else as a whole."""
    view = read_claim(claim, lexicon)
    facts = fact_views(view, lexicon)
    if facts:
        results = [(text, _check_view(claim, fact, corpus, lexicon, open_alignment=False))
                   for text, fact in facts]
        if any(r.verdict != "not_found" for _, r in results):
            decided = decide_facts(claim, results)
            if decided.verdict == "not_found":
                # Some figures had no source figure to compare with (a count
                # where the lexicon wants money): one passage may still state
                # them all, word for word and value for value.
                whole = _check_view(claim, view, corpus, lexicon, lexicon_judge=False)
                if whole.verdict == "supported":
                    return whole
            return decided
        # Judged whole, the lexicon judge would give every value the claim's
        # last period; only alignment, which needs every value, is left.
        return _check_view(claim, view, corpus, lexicon, lexicon_judge=False)
    result = _check_view(claim, view, corpus, lexicon)
    clauses = claim_clauses(view) if result.verdict == "not_found" else []
    return _check_clauses(claim, view, clauses, result, corpus, lexicon) if clauses else result


# Share of the whole claim a passage refuting one of its clauses must hold: a
# short clause ("教育部网站公告") is covered by a passage about something else.
CLAUSE_REFUTATION_COVERAGE = 0.5


def _check_clauses(claim: Claim, view: ClaimView, clauses: Sequence[str], whole: ClaimResult,
                   corpus: Corpus, lexicon: Lexicon) -> ClaimResult:
    """No passage holds the whole claim (WHOLE): judge its CLAUSES as facts,
    by alignment. The first usually names the subject and the time, so each
    later clause is judged with it; or alone, when it is stated in a document
    that states the first, in a passage holding one of the first's words
    (the subject of "…启动, 11月在合肥举行" stands in the sentence before).
    All facts supported support the claim; a fact refuted by a passage that
    also holds much of the whole claim refutes it; else WHOLE stands."""
    def check(text: str, view: ClaimView | None = None) -> ClaimResult:
        part = replace(claim, text=text)
        return _check_view(part, view or read_claim(part, lexicon), corpus, lexicon,
                           lexicon_judge=False)

    head = clauses[0]
    head_view = read_claim(replace(claim, text=head), lexicon)
    first = check(head, head_view)
    head_words: list[Unit] | None = None  # read when a clause alone needs them
    results = [(head, first)]
    for clause in clauses[1:]:
        text = f"{head}, {clause}"
        # With two clauses, the first with the second is the claim itself.
        joined = whole if len(clauses) == 2 else check(text)
        if joined.verdict == "not_found" and first.verdict == "supported":
            alone = check(clause)
            if alone.verdict == "supported":
                if head_words is None:
                    head_words = [u for u in open_claim(head_view, corpus, lexicon).units
                                  if len(u.surface) >= 2]
                if _tied(alone, first, head_words, lexicon):
                    text, joined = clause, alone
        results.append((text, joined))
    if all(r.verdict == "supported" for _, r in results):
        return decide_facts(claim, results)
    words = open_claim(view, corpus, lexicon)
    if any(e.stance == "contradicts"
           and coverage(words, [_side_of(e)], lexicon)[0] >= CLAUSE_REFUTATION_COVERAGE
           for _, r in results if r.verdict == "contradicted" for e in r.evidence):
        return decide_facts(claim, results)
    return whole


def _side_of(evidence: Evidence) -> Side:
    return side_of_text(normalise_for_match(evidence.excerpt))


def _tied(result: ClaimResult, first: ClaimResult, head_words: Sequence[Unit],
          lexicon: Lexicon) -> bool:
    """Whether RESULT is supported by a passage of a document that supports
    FIRST, holding one of HEAD_WORDS (the first clause's)."""
    documents = {e.source for e in first.evidence if e.stance == "supports"}
    return any(e.stance == "supports" and e.source in documents
               and any(unit_share(u, _side_of(e), lexicon) == 1.0 for u in head_words)
               for e in result.evidence)


def _check_view(claim: Claim, view: ClaimView, corpus: Corpus, lexicon: Lexicon, *,
                open_alignment: bool = True, lexicon_judge: bool = True) -> ClaimResult:
    stances = []
    if lexicon_judge:
        stances = [s for s in judge_candidates(view, corpus, lexicon) if s.stance != "none"]
    words = None  # the claim's words, read once and only when needed
    if stances and not view.subjects:
        words = open_claim(view, corpus, lexicon)
        stances = _aligned_stances(words, stances, lexicon)
    elif not view.person and any(s.stance == "contradicts" for s in stances):
        # (A claim about a person is contradicted precisely by another name.)
        words = open_claim(view, corpus, lexicon)
        stances = _named_contradictions(words, stances, lexicon)
    if not stances and open_alignment:
        # The lexicon judge found nothing to compare: judge by alignment.
        words = words or open_claim(view, corpus, lexicon)
        stances = [s for s in judge_open_candidates(view, corpus, lexicon, words)
                   if s.stance != "none"]
        if view.person:
            stances = _said_of_person(view, words, stances, lexicon)
    heads = {f.head_measure for f in view.asserted if f.head_measure}
    snapshot = bool(heads) and all(lexicon.measures[h].snapshot for h in heads)
    # decide reads the near miss only for not_found, i.e. when no passage
    # supports or contradicts: only then is it worth looking for.
    near = "" if stances else _near_miss(view, corpus, lexicon)
    return decide(claim, stances, claim_has_time=view.time is not None, near=near,
                  snapshot=snapshot)


def check_claims(claims: Sequence[Claim], corpus: Corpus, lexicon: Lexicon, *, jobs: Jobs = 1,
                 progress: Progress | None = None) -> tuple[ClaimResult, ...]:
    """Check CLAIMS in order, over JOBS processes when there are enough;
    evidence from a document with copies names them."""
    results = _check_claims(claims, corpus, lexicon, jobs=jobs, progress=progress)
    if not corpus.copies:
        return results
    return tuple(with_copies(r, dict(corpus.copies)) for r in results)


def with_copies(result: ClaimResult, copies: dict[str, tuple[str, ...]]) -> ClaimResult:
    def mark(evidence: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        return tuple(replace(e, also_in=copies.get(e.source, ())) for e in evidence)

    facts = tuple(replace(f, evidence=mark(f.evidence)) for f in result.facts)
    return replace(result, evidence=mark(result.evidence), facts=facts)


def _check_claims(claims: Sequence[Claim], corpus: Corpus, lexicon: Lexicon, *,
                  jobs: Jobs = 1, progress: Progress | None = None) -> tuple[ClaimResult, ...]:
    # The claims judged here first load what judging loads lazily (the
    # bilingual dictionary, pinyin tables), which forked workers then share
    # instead of each loading it again; the dictionaries a Chinese claim
    # needs are loaded even when those first claims are English, and only
    # when some claim is Chinese.
    executor = parallel.executor_for(jobs)
    if not executor.remote and executor.workers > 1 and len(claims) >= 2 * _CLAIMS_PER_JOB:
        load_dictionaries(c.text for c in claims)
    return tuple(parallel.map_chunks(
        jobs, _check_chunk, claims, _Work(lexicon, corpus=corpus), per_chunk=_CLAIMS_PER_JOB,
        warm_up=_WARM_UP_CLAIMS, done=lambda n: _report(progress, "judge", n, len(claims))))


def _check_chunk(work: _Work, claims: Sequence[Claim]) -> list[ClaimResult]:
    """A task: judge CLAIMS against the corpus."""
    return [check_claim(c, work.corpus, work.lexicon) for c in claims]


def judge_candidates(view: ClaimView, corpus: Corpus, lexicon: Lexicon) -> list[Stance]:
    entity_ids = [m.id for m in view.analysis.mentions if m.kind == "entity"]
    candidates = corpus.index.candidates(entity_ids, view.measures, view.analysis.terms, lexicon,
                                         limit=CANDIDATE_LIMIT,
                                         where=retrieval_filter(view, lexicon))
    return [judge(view, item.passage, item.analysis, lexicon, item.document_entities,
                  item.paragraph_entities) for item in candidates]


def open_claim(view: ClaimView, corpus: Corpus, lexicon: Lexicon) -> OpenClaim:
    """The claim read into weighted words (``checker.words``), weighted by
    the corpus's index."""
    index = corpus.index
    return read_open_claim(view.analysis.text, view.analysis, lexicon, index.document_frequency,
                           len(index))


def judge_open_candidates(view: ClaimView, corpus: Corpus, lexicon: Lexicon,
                          claim: OpenClaim | None = None) -> list[Stance]:
    """Stances by open alignment (``checker.align``) of the passages that
    share the most rare words with the claim (CLAIM: its words, if read)."""
    index = corpus.index
    claim = claim or open_claim(view, corpus, lexicon)
    if not claim.units:
        return []
    stances = []
    for number in index.term_candidates(claim.terms, OPEN_CANDIDATE_LIMIT):
        item = index.item(number)
        # Most candidates hold too little of the claim for judge_open to
        # read their neighbours: those are not fetched.
        before, after = index.neighbours(number, NEIGHBOURS) \
            if may_bear(claim, item.analysis, lexicon) else ([], [])
        # Earlier sentences lend names only within the paragraph.
        before = [b for b in before if b.passage.paragraph == item.passage.paragraph] \
            or before[:1]
        stances.append(judge_open(claim, item.passage, item.analysis, lexicon,
                                  [b.analysis for b in before], [a.analysis for a in after]))
    return stances


def _aligned_stances(claim: OpenClaim, stances: Sequence[Stance],
                     lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's stances on a claim that names no known subject,
    kept only where the passage also holds most of the claim's words and
    every name it gives: with no subject to bind them, a figure and a measure
    word alone ("发布" in 2010) do not make a passage about the claim, and
    "founded in 1998" does not say "in Seattle"."""
    kept = []
    for stance in stances:
        share, missing = coverage(claim, [side_of_text(stance.passage.text)], lexicon)
        if share >= CORE_COVERAGE and not any(u.name for u in missing):
            kept.append(stance)
    return kept


def _said_of_person(view: ClaimView, claim: OpenClaim, stances: Sequence[Stance],
                    lexicon: Lexicon) -> list[Stance]:
    """Alignment's stances on a claim about a person, kept where what the
    claim says stands in what the passage says of that person ("CEO张鹏毕业于
    清华; 董事长刘德兵拥有……博士学位" does not give 张鹏 the doctorate)."""
    kept = []
    for stance in stances:
        spans = [side_of_text(span) for span in person_spans(view, stance.passage.text)]
        if spans and max(core_coverage(claim, s, lexicon) for s in spans) >= CORE_COVERAGE:
            kept.append(stance)
    return kept


def _named_contradictions(claim: OpenClaim, stances: Sequence[Stance],
                          lexicon: Lexicon) -> list[Stance]:
    """The lexicon judge's contradictions kept only where the passage names
    what the claim names besides its subject and measure: the gross margin
    of one business line says nothing against "the gross margin on API
    services"."""
    if not any(u.name for u in claim.units):
        return list(stances)
    return [s for s in stances if s.stance != "contradicts"
            or not any(u.name for u in coverage(claim, [side_of_text(s.passage.text)], lexicon)[1])]


def retrieval_filter(view: ClaimView, lexicon: Lexicon) -> Filter:
    """What a passage must contain for ``judge`` to find any stance but
    "none" in it, as index features: only such passages are ranked.

    It mirrors the judge's conditions without weakening any: a value claim
    needs a frame of the same kind (and currency) about its subject with one
    of its required measures (or a kind of it) in context; a claim about a
    person, a measure related to the role; a descriptive claim, all its
    subjects and measures. Every claim needs its qualifier words (Series C).
    """
    qualifiers = tuple(frozenset({f"q:{q}"}) for q in sorted(
        {m.id for m in view.analysis.mentions if m.kind == "qualifier"}))
    specific = [s for s in view.subjects
                if not any(s in lexicon.entity_ancestors(o) for o in view.subjects)]
    named = tuple(frozenset({f"e:{s}"}) for s in specific)
    if view.asserted:
        subject = specific[0] if specific else NO_SUBJECT
        alternatives = []
        for frame in view.asserted:
            required = _required_measures(view, frame, lexicon)
            value = frame.value
            if not required or (value.kind == "amount" and not value.unit):
                continue  # the judge can match no source value to this one
            kind = value_kind_key(value.kind, value.unit)
            clauses = [frozenset(f"f:{kind}|{subject}|{m}"
                                 for m in covered_measures(required[0], lexicon))]
            clauses += [frozenset(f"m:{m}" for m in covered_measures(r, lexicon))
                        for r in required[1:]]
            alternatives.append((*clauses, *named[1:], *qualifiers))
        return tuple(alternatives)
    if view.person:
        if not view.person_measures:
            return ()
        roles = frozenset(f"m:{m}" for w in view.person_measures
                          for m in related_measures(w, lexicon))
        return ((roles, *named[:1], *qualifiers),)
    slot = any(lexicon.entities[q].type in SLOT_TYPES for q in view.qualifiers
               if q in lexicon.entities)
    if (not view.subjects and not view.measures) or view.unread_number \
            or not (view.content_words or slot and view.subjects and view.measures):
        return ()
    measures = tuple(frozenset(f"m:{m}" for m in covered_measures(c, lexicon))
                     for c in view.measures)
    everyone = tuple(frozenset({f"e:{s}"}) for s in view.subjects)
    return ((*everyone, *measures, *qualifiers),)


def _near_miss(view: ClaimView, corpus: Corpus, lexicon: Lexicon) -> str:
    """What was close, for a not_found reason: the best-ranked passage about
    the same subject and measure, or at least the subject."""
    names = ", ".join(view.subjects) or "the claim's subject"
    measures = ", ".join(view.measures) or "the claimed measure"
    if view.measures:
        # Every subject (named or inherited) and one of the claim's measures.
        where = ((*(frozenset({f"e:{s}"}) for s in view.subjects),
                  frozenset(f"m:{m}" for m in view.measures)),)
        for item in corpus.index.candidates(view.subjects, view.measures, (), lexicon, limit=5,
                                            where=where):
            ids = {m.id for m in item.analysis.mentions}
            subjects = {s for subj, _ in item.analysis.clause_subjects for s in subj}
            if set(view.subjects) <= (ids | subjects) and set(view.measures) & ids:
                where = f"{item.passage.source}:{item.passage.line}"
                return (f"{names} and {measures} are mentioned ({where}), but no passage "
                        f"states the claimed value for that subject, measure and period")
    if view.subjects and all(corpus.index.mentions(f"e:{s}") for s in view.subjects):
        return f"{names} is mentioned in the sources, but no passage speaks to this claim"
    return "no passage in the sources speaks to this claim"


# --- commands -------------------------------------------------------------------

def verify_claims(claims: Sequence[Claim], source_paths: Sequence[str | Path],
                  lexicon_paths: Sequence[str | Path] = (), claims_file: str = "", *,
                  cache_dir: CacheDir = AUTO, jobs: Jobs = 1, strict: bool = False,
                  progress: Progress | None = None) -> Report:
    """Check every claim against the sources; raises CheckerError subclasses.

    ``cache_dir``: the cache folder (``AUTO``: the user's cache folder;
    None: no cache). ``jobs``: processes for analysis and judging, or an
    Executor of ``checker.parallel`` (a Dask cluster).
    ``strict``: a source the loader would skip (binary, unreadable) is an error.
    """
    lexicon = load_lexicon(lexicon_paths)
    corpus = build_corpus(source_paths, lexicon, cache_dir=cache_dir, jobs=jobs,
                          progress=progress, lexicon_paths=lexicon_paths, strict=strict)
    results = locate_results(check_claims(claims, corpus, lexicon, jobs=jobs,
                                          progress=progress), corpus.documents)
    return Report(results=results, claims_file=claims_file,
                  sources=corpus.sources,
                  meta={"warnings": list(corpus.warnings)})


def quote(text: str, source_paths: Sequence[str | Path],
          lexicon_paths: Sequence[str | Path] = (), top: int = 5,
          context: int = 0, *, cache_dir: CacheDir = AUTO, jobs: Jobs = 1,
          strict: bool = False) -> list[Quote]:
    """Passages for a writer's sentence: those that support it, best first,
    then those that contradict it, each with ``context`` neighbouring
    sentences of its document."""
    lexicon = load_lexicon(lexicon_paths)
    corpus = build_corpus(source_paths, lexicon, cache_dir=cache_dir, jobs=jobs,
                          lexicon_paths=lexicon_paths, strict=strict)
    stances = _ranked_stances(text, corpus, lexicon, top)
    quotes = []
    for stance in stances:
        passages = corpus.index.document_passages(stance.passage.source) if context else []
        i = stance.passage.index
        quotes.append(Quote(stance, tuple(passages[max(0, i - context):i]) if context else (),
                            tuple(passages[i + 1:i + 1 + context]) if context else ()))
    return locate_quotes(quotes, corpus.documents)


def _ranked_stances(text: str, corpus: Corpus, lexicon: Lexicon, top: int) -> list[Stance]:
    view = read_claim(Claim(id="quote", text=text), lexicon)
    stances = judge_candidates(view, corpus, lexicon)
    if not any(s.stance != "none" for s in stances):
        stances = judge_open_candidates(view, corpus, lexicon)
    supports = sorted((s for s in stances if s.stance == "supports"),
                      key=lambda s: (-s.score, s.passage.source, s.passage.index))
    contradicts = sorted((s for s in stances if s.stance == "contradicts"),
                         key=lambda s: (-s.score, s.passage.source, s.passage.index))
    return supports[:top] + contradicts[:top]


def check_draft(draft_path: str | Path, source_paths: Sequence[str | Path],
                lexicon_paths: Sequence[str | Path] = (), *, cache_dir: CacheDir = AUTO,
                jobs: Jobs = 1, strict: bool = False,
                progress: Progress | None = None) -> tuple[Report, int]:
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
    corpus = build_corpus(source_paths, lexicon, cache_dir=cache_dir, jobs=jobs,
                          progress=progress, lexicon_paths=lexicon_paths, strict=strict)
    results = locate_results(check_claims(claims, corpus, lexicon, jobs=jobs,
                                          progress=progress), corpus.documents)
    report = Report(results=results, claims_file=display_path(path),
                    sources=corpus.sources,
                    meta={"warnings": list(corpus.warnings), "skipped_sentences": skipped})
    return report, skipped
