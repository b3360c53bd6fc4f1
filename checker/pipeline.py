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

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from checker import parallel
from checker.cachedir import DictionaryFolder, Namespace
from checker.errors import SourceError
from checker.io.load import load_documents
from checker.io.locate import locate_quotes, locate_results
from checker.language import vocabulary
from checker.language.lexicon import Lexicon, load_lexicon
from checker.language.normalise import normalise_for_match
from checker.language.words import load_dictionaries
from checker.model import (
    Analysis,
    Claim,
    ClaimResult,
    Document,
    Evidence,
    Passage,
    Quote,
    Report,
)
from checker.parallel import Jobs, resolve_jobs
from checker.stages.analyse import Discourse, analyse_passage
from checker.stages.decide import with_value_spans
from checker.stages.index import (
    IndexPart,
    PartBuilder,
    PassageIndex,
    PostingIndex,
    index_part,
)
from checker.stages.judge.verdicts import check_claim, ranked_stances
from checker.stages.segment import segment
from checker.store.cache import (
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
from checker.store.manifest import SourceManifest, UnreadDocument, readable
from checker.store.segments import open_set

AUTO = "auto"
"""``cache_dir`` default: the user's cache folder (``cache.default_cache_dir``)."""
_CLAIMS_PER_JOB = 32  # below this many claims a second process does not pay
_WARM_UP_CLAIMS = 8
_CHUNKS_PER_WORKER = 4
"""Chunks of topic-ordered claims per worker: a topic cut in two is read by
both workers (with 8, ``--jobs 2`` spent about 10% more CPU on a warm 100 MB
run than with 4; 2 gave no more, and fewer chunks even out the workers' load
less)."""

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``; stages are "load" (reading a large cache),
"analyse" and "judge"."""
LARGE_CACHE_DOCUMENTS = 200
"""From this many documents on, reading the cache is reported as the "load" stage."""
CacheDir = str | os.PathLike | None


@dataclass(frozen=True)
class RunOptions:
    """How a command runs, never what it finds: the output is the same for
    any of these."""

    cache_dir: CacheDir = AUTO
    """The cache folder (``AUTO``: the user's cache folder; None: no cache)."""
    jobs: Jobs = 1
    """Processes for analysis and judging (0: every core), or an Executor of
    ``checker.parallel`` (a Dask cluster)."""
    strict: bool = False
    """A source the loader would skip (binary, unreadable) is an error."""
    progress: Progress | None = None


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    """The documents, each text once. With a cache, a text file unchanged
    since the last run is an ``UnreadDocument`` (``checker.store.manifest``): its
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
    for passage in segment(document, lexicon.grammar("en").abbreviations):
        if passage.paragraph != paragraph:
            # A period or a measure carries to the next sentence only within a paragraph.
            # (``replace`` is slow, and most paragraphs start with neither to drop.)
            if discourse.period is not None or discourse.measures:
                discourse = replace(discourse, period=None, measures=())
            paragraph = passage.paragraph
        analysis, discourse = analyse_passage(passage.text, lexicon, passage.clauses, discourse)
        yield passage, analysis


def analyse_document(document: Document, lexicon: Lexicon,
                     writer: EntryWriter | None = None) -> DocumentEntry | IndexPart:
    """Analyse DOCUMENT: its whole entry in memory, or, with a WRITER,
    streamed into a cache entry (only the postings are returned: the index
    segment of the set stores them, entries do not)."""
    if writer is not None:
        postings = PartBuilder()
        for passage, analysis in analysed_passages(document, lexicon):
            writer.add(passage, analysis)
            postings.add(analysis)
        writer.finish(document.path)
        return postings.build()
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
    small segments of the cache's index (``checker.store.segments``).
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
                *, run: RunOptions = RunOptions()) -> Corpus:
    """Build (or bring up to date) the cache of SOURCE_PATHS: ``checker index``."""
    lexicon = load_lexicon(lexicon_paths)
    return _corpus(source_paths, lexicon, lexicon_paths, run, compact=True)


def _corpus(source_paths: Sequence[str | Path], lexicon: Lexicon,
            lexicon_paths: Sequence[str | Path], run: RunOptions, *,
            compact: bool = False) -> Corpus:
    return build_corpus(source_paths, lexicon, strict=run.strict, cache_dir=run.cache_dir,
                        jobs=run.jobs, progress=run.progress, lexicon_paths=lexicon_paths,
                        compact=compact)


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
        # Nothing is kept, but the dictionary tables (built from installed
        # packages, not from any source) are read from the user's cache
        # folder when a cached run has made them.
        try:
            vocabulary.use_cache(DictionaryFolder(default_cache_dir()).folder)
        except OSError:
            pass   # then they are built in memory
        return None, ""
    root = default_cache_dir() if cache_dir == AUTO else Path(cache_dir)
    try:
        folder = CacheFolder(root, cache_key(lexicon, lexicon_paths))
        folder.prepare()
    except OSError as error:
        # Not writable, or not the cache's own: run without a cache rather than fail.
        reason = error.strerror or str(error)
        return None, f"{root}: cannot use the cache folder ({reason}); checked without it"
    dictionaries: Namespace = DictionaryFolder(root)
    try:
        dictionaries.prepare()
    except OSError:
        dictionaries = folder   # a foreign folder of that name: the tables go in the namespace
    vocabulary.use_cache(dictionaries.folder, dictionaries.temp)
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
                parts[digest] = index_part(self.folder.read_analyses(digest))
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
    (``checker.store.segments``), with a new segment for the documents none of
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
    unique, mine = _distinct_claims(claims)
    executor = parallel.executor_for(jobs)
    # Claims naming the same entities and measures share most of their
    # candidates: judged one after another, their passages are read once
    # and kept only while they are needed (the store's memory is bounded,
    # so claims in file order read many passages again); in the same chunks,
    # one worker reads them and ranks them, not every worker. (Results keep
    # claim order.)
    if not executor.remote and executor.workers > 1 and len(unique) >= 2 * _CLAIMS_PER_JOB:
        load_dictionaries(c.text for c in unique)
    judged: list[ClaimResult] = [None] * len(unique)  # type: ignore[list-item]
    # (Marking the spans inside too: the first allocations after the
    # collections are restored would scan everything judging kept. The
    # topics too: building the lexicon's matchers makes enough objects for a
    # full collection, 10 ms of a small run, over everything loaded.)
    with _rare_full_collections():
        order = sorted(range(len(unique)), key=lambda i: _topic(unique[i].text, lexicon))
        answers = [0] * len(unique)   # claims each judged one answers
        for position in mine:
            answers[position] += 1
        covered = [0]   # claims answered once the first N of ORDER are judged
        for position in order:
            covered.append(covered[-1] + answers[position])
        judged_in_order = parallel.map_chunks(
            jobs, _check_chunk, [unique[i] for i in order], _Work(lexicon, corpus=corpus),
            per_chunk=_CLAIMS_PER_JOB, warm_up=_WARM_UP_CLAIMS,
            chunks_per_worker=_CHUNKS_PER_WORKER, done=lambda n: _report(progress, "judge", covered[n], len(claims)))
        for position, result in zip(order, judged_in_order):
            # Marked once per distinct claim: a repeated claim's text, and so
            # its spans, are the same.
            judged[position] = with_value_spans(result)
    return tuple(judged[p] if c is unique[p] else replace(judged[p], claim=c)
                 for c, p in zip(claims, mine))


_FULL_COLLECTION_EVERY = 100
"""Collections of the middle generation per full collection while judging
(Python's default: 10)."""


@contextmanager
def _rare_full_collections() -> Iterator[None]:
    """Judging keeps what it reads (thousands of passages of tens of small
    objects each, the lexicon, the dictionaries) and makes little cyclic
    garbage: each full collection scans all of it for nothing, 8% of a
    warm run on a large archive. They are made rarer while claims are judged
    (in forked workers too), what exists before is left out of them
    (``gc.freeze``), and both are undone after."""
    young, middle, full = gc.get_threshold()
    gc.set_threshold(young, middle, max(full, _FULL_COLLECTION_EVERY))
    # What is loaded by now (modules, the lexicon, the corpus's index) lives
    # as long as the run: frozen, no collection scans it.
    # (Unless a caller froze objects of its own: those it may want to keep so.)
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    try:
        yield
    finally:
        if freeze:
            gc.unfreeze()
        gc.set_threshold(young, middle, full)


def _distinct_claims(claims: Sequence[Claim]) -> tuple[list[Claim], list[int]]:
    """The judge reads nothing of a claim but its text and context, so claims
    that repeat both are judged once and each gets that result as its own.
    Returns the first claim of each text and context, and the position of
    each claim's among them."""
    positions: dict[tuple[str, str], int] = {}
    unique: list[Claim] = []
    for claim in claims:
        if positions.setdefault((claim.text, claim.context), len(unique)) == len(unique):
            unique.append(claim)
    return unique, [positions[(c.text, c.context)] for c in claims]


def _topic(text: str, lexicon: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The entities and measures TEXT names (by the lexicon's words alone):
    where a claim is judged, never what it is judged to be."""
    text = normalise_for_match(text)
    return (tuple(sorted({h.id for h in lexicon.entity_matcher.find(text)})),
            tuple(sorted({h.id for h in lexicon.measure_matcher.find(text)})))


def _check_chunk(work: _Work, claims: Sequence[Claim]) -> list[ClaimResult]:
    """A task: judge CLAIMS against the corpus."""
    return [check_claim(c, work.corpus.index, work.lexicon) for c in claims]


# --- commands -------------------------------------------------------------------

def verify_claims(claims: Sequence[Claim], source_paths: Sequence[str | Path],
                  lexicon_paths: Sequence[str | Path] = (), claims_file: str = "", *,
                  run: RunOptions = RunOptions()) -> Report:
    """Check every claim against the sources; raises CheckerError subclasses."""
    lexicon = load_lexicon(lexicon_paths)
    corpus = _corpus(source_paths, lexicon, lexicon_paths, run)
    results = locate_results(check_claims(claims, corpus, lexicon, jobs=run.jobs,
                                          progress=run.progress), corpus.documents)
    return Report(results=results, claims_file=claims_file,
                  sources=corpus.sources,
                  meta={"warnings": list(corpus.warnings)})


def quote(text: str, source_paths: Sequence[str | Path],
          lexicon_paths: Sequence[str | Path] = (), top: int = 5,
          context: int = 0, *, run: RunOptions = RunOptions()) -> list[Quote]:
    """Passages for a writer's sentence: those that support it, best first,
    then those that contradict it, each with ``context`` neighbouring
    sentences of its document."""
    lexicon = load_lexicon(lexicon_paths)
    corpus = _corpus(source_paths, lexicon, lexicon_paths, run)
    stances = ranked_stances(text, corpus.index, lexicon, top)
    quotes = []
    for stance in stances:
        passages = corpus.index.document_passages(stance.passage.source) if context else []
        i = stance.passage.index
        quotes.append(Quote(stance, tuple(passages[max(0, i - context):i]) if context else (),
                            tuple(passages[i + 1:i + 1 + context]) if context else ()))
    return locate_quotes(quotes, corpus.documents)


def check_draft(draft_path: str | Path, source_paths: Sequence[str | Path],
                lexicon_paths: Sequence[str | Path] = (), *,
                run: RunOptions = RunOptions()) -> tuple[Report, int]:
    """Verify the checkable sentences of a draft; also return how many
    sentences had nothing to check."""
    from checker.decoding import decode_bytes
    from checker.io.load import display_path
    from checker.stages.draft import checkable_claims

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
    corpus = _corpus(source_paths, lexicon, lexicon_paths, run)
    results = locate_results(check_claims(claims, corpus, lexicon, jobs=run.jobs,
                                          progress=run.progress), corpus.documents)
    report = Report(results=results, claims_file=display_path(path),
                    sources=corpus.sources,
                    meta={"warnings": list(corpus.warnings), "skipped_sentences": skipped})
    return report, skipped
