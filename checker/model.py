"""Plain data passed between the stages of the checker.

Every stage takes and returns these frozen dataclasses, so a stage can be
tested alone and every command (verify, quote, ...) is a composition of the
same stages. Nothing here does any work beyond small derived properties.

Offsets: ``start``/``end`` are code-point offsets, end exclusive. Lines are
1-based. Columns in the JSON report are 0-based offsets into the line (the
contract); the text report prints them 1-based as ``file:line:col``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    """What the sources say of a claim. A member is its name as a string
    ("supported"), so reports and comparisons with text see the same."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    NOT_FOUND = "not_found"
    CONFLICTING = "conflicting"


class Bearing(StrEnum):
    """How one passage bears on one claim (``Stance.stance``)."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    NONE = "none"


VERDICTS = tuple(Verdict)
STANCES = tuple(Bearing)


@dataclass(frozen=True)
class Document:
    """A decoded source file."""

    path: str
    """Display path: relative to the current folder where possible, with '/'."""
    text: str
    """The whole decoded text, line ends as in the file except CRLF/CR → LF."""
    encoding: str
    """The encoding the bytes were decoded with (e.g. 'utf-8', 'gb18030');
    'pdf' or 'docx' for text extracted from those."""
    kind: str = "text"
    """'text', or the format the text was extracted from: 'html', 'pdf', 'docx'."""
    places: tuple[Place, ...] = ()
    """For extracted text: where its lines came from, sorted by (line, offset)
    (``checker.io.locate`` turns a line and offset into a ``Location``)."""
    title: str = ""
    """A web page's title where it states one, else ''."""
    date: str = ""
    """The publication date a web page states (ISO 8601), else ''."""


@dataclass(frozen=True)
class Location:
    """Where a person finds a passage in the original file of an extracted
    source (PDF, DOCX, HTML); the text's own line and offsets stay on the
    passage and the evidence."""

    kind: str
    """'pdf', 'docx' or 'html'."""
    page: int = 0
    """PDF: 1-based page number (0 for other formats)."""
    line: int = 0
    """PDF: 1-based line on the page, counted from the top in reading order;
    HTML: 1-based line of the extracted main text; DOCX: 0."""
    column: int = 0
    """1-based column (code points) on that line, or in the DOCX paragraph."""
    paragraph: int = 0
    """DOCX: 1-based paragraph, counting every paragraph of the body in order
    (blank ones and those in table cells too), as Word numbers them."""
    table: int = 0
    """DOCX: 1-based table (in document order) holding the paragraph, else 0."""
    row: int = 0
    cell: int = 0
    """DOCX: 1-based row and cell of that table (0 outside tables)."""

    @property
    def label(self) -> str:
        """The position after the file name: ``p12:3``, ``para14``,
        ``table1:row2:cell3``, or for HTML the extracted line ``7``."""
        if self.kind == "pdf":
            return f"p{self.page}:{self.line}"
        if self.kind == "docx":
            if self.table:
                return f"table{self.table}:row{self.row}:cell{self.cell}"
            return f"para{self.paragraph}"
        return str(self.line)

    @property
    def words(self) -> str:
        """The position in words: ``page 12, line 3``, ``paragraph 14``,
        ``table 1, row 2, cell 3``, ``line 7 of the extracted text``."""
        if self.kind == "pdf":
            return f"page {self.page}, line {self.line}"
        if self.kind == "docx":
            if self.table:
                return f"table {self.table}, row {self.row}, cell {self.cell}"
            return f"paragraph {self.paragraph}"
        return f"line {self.line} of the extracted text"


@dataclass(frozen=True)
class Place:
    """Where a stretch of a line of extracted text comes from: from ``offset``
    in ``line`` of the text on, the original position is ``location``, with
    columns counted on from ``location.column``."""

    line: int
    """1-based line of the extracted text."""
    offset: int
    """0-based offset in that line where this stretch starts."""
    location: Location


@dataclass(frozen=True)
class NormalText:
    """Text in the matching form, with a map back to the original.

    ``origin[i]`` is the offset in the original text of normalised character
    ``i``; ``origin[len(text)]`` is the original length (so an end offset maps
    too). Several normalised characters may share one origin (an NFKC
    expansion); original characters may have no image (a stripped pinyin note).
    """

    text: str
    origin: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) span to an original [start, end) span."""
        o_start = self.origin[start]
        if end <= start:
            return o_start, o_start
        o_end = self.origin[end - 1] + 1
        return o_start, max(o_end, o_start)


@dataclass(frozen=True)
class Passage:
    """A sentence of a source document: the unit of evidence."""

    source: str
    """Document display path."""
    index: int
    """Position of the passage in its document (0-based)."""
    paragraph: int
    """Index of the paragraph (source line) the passage is in, for context carry-over."""
    text: str
    """Normalised text of the sentence (simplified script, half-width, artefacts removed)."""
    origin: tuple[int, ...]
    """Map from ``text`` offsets to offsets in ``excerpt`` (len(text) + 1 entries)."""
    excerpt: str
    """The sentence as written in the original file."""
    line: int
    """1-based line of the original file the sentence is on."""
    start: int
    """0-based offset of the sentence in its line (code points)."""
    end: int
    """End offset in the line, exclusive."""
    clauses: tuple[tuple[int, int], ...] = ()
    """[start, end) spans of the clauses inside ``text`` (split at commas, colons, semicolons)."""


@dataclass(frozen=True)
class Value:
    """A typed, normalised value read from text, as an interval.

    kind is one of: amount (money), percent, count, date, duration, ordinal,
    multiple (倍, x), person, entity. For dates ``low``/``high`` are proleptic
    Gregorian ordinals (``date.toordinal()``) of the first and last day of the
    stated period. For durations they are in days.
    """

    kind: str
    low: float
    high: float
    anchor: float
    """The stated number after scaling (e.g. 9.2e9 for 92亿); for a date, ``low``."""
    precision: float
    """Unit of the last stated digit after scaling (92亿 → 1e8; 73.1% → 0.1; a day → 1)."""
    unit: str = ""
    """Currency code (CNY, USD, HKD) for amounts; unit id (user, token, language,
    round, ...) for counts; granularity (day, month, quarter, half, year, period)
    for dates; 'day' for durations."""
    hedge: str = "exact"
    """exact, about, over, at_least, under, at_most, nearly, up_to, range."""
    start: int = 0
    end: int = 0
    """Span of the value's surface text in the analysed text."""
    surface: str = ""
    """The text the value was read from, e.g. '92亿元人民币'."""
    role: str = "value"
    """'value', or 'base' when the text marks it as a comparison base (较2024年...)."""


@dataclass(frozen=True)
class Mention:
    """An entity, measure, role or person found in an analysed text."""

    kind: str
    """'entity', 'measure', 'pronoun' or 'person'."""
    id: str
    """Canonical id (entity id, measure id, 'former'/'latter'/'it' for pronouns,
    the pinyin key for a person)."""
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class Frame:
    """What one value in a text asserts: subject, measure, value and time."""

    subjects: tuple[str, ...]
    """Entity ids the value is about (several when coordinated: A和B)."""
    measures: tuple[str, ...]
    """Measure ids in the value's context, nearest first."""
    head_measure: str
    """The measure nearest to the value ('' when none)."""
    value: Value
    time: Value | None = None
    """The period the value is for, when the text states one."""
    subject_explicit: bool = True
    """False when the subject was inherited from an earlier clause or sentence."""


@dataclass(frozen=True)
class Analysis:
    """Everything ``analyse`` reads from one text (a claim or a passage)."""

    text: str
    mentions: tuple[Mention, ...]
    values: tuple[Value, ...]
    frames: tuple[Frame, ...]
    terms: tuple[str, ...]
    """Content terms in the matching form (Chinese words/bigrams, English words
    translated where a dictionary knows them) for coverage and retrieval."""
    clauses: tuple[tuple[int, int], ...] = ()
    """[start, end) spans of the clauses of ``text``."""
    clause_subjects: tuple[tuple[tuple[str, ...], bool], ...] = ()
    """Per clause: the entity ids it is about, and whether they are named in it
    (False when inherited from an earlier clause or sentence)."""


@dataclass(frozen=True)
class Claim:
    """One claim from a claims file."""

    id: str
    text: str
    line: int = 0
    """1-based line of the claim in its claims file (0 when not from a file)."""
    extra: tuple[tuple[str, Any], ...] = ()
    """Other keys given with the claim, passed through to reports."""
    claims_file: str = ""
    """The claims file the claim comes from, set when one run reads several
    (``verify a.yaml b.yaml``); '' when the report's own ``claims_file`` says it."""
    context: str = ""
    """Text before the claim that its pronouns refer to ("Zhipu listed in
    January." before "The company raised …"): the previous sentences of a
    draft, or a claim's ``context:`` key. Read, never judged."""


@dataclass(frozen=True)
class Comparison:
    """The values a stance compared, for the report."""

    claim_value: str
    source_value: str
    claim_normalised: str
    source_normalised: str
    tolerance: str
    claim_spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    """Where claim_value stands in the claim's text (in either script), for
    renderers to mark; set after deciding (``decide.with_value_spans``)."""
    source_spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    """Where source_value stands in the evidence's excerpt."""


@dataclass(frozen=True)
class Stance:
    """How one passage bears on one claim."""

    passage: Passage
    stance: Bearing
    """supports, contradicts or none."""
    score: float
    """0..1; higher is more decisive for the stance."""
    reason: str
    comparisons: tuple[Comparison, ...] = ()
    time_key: str = ""
    """The period the passage's value is for ('' when unstated), so decide can
    tell a contradiction about another period from one about the same."""
    strong: bool = True
    """False when a contradiction rests only on a range or a bound (300-400亿,
    超过七成): an exact support elsewhere outweighs it."""
    corrects: bool = False
    """True when a contradiction gives the claim's own figure as the one it
    corrects ("£6.8 million, not £7.8 million as originally stated"): a
    passage merely stating that figure elsewhere does not outweigh it."""


@dataclass(frozen=True)
class Quote:
    """A passage found for a writer's sentence, with its neighbours for context."""

    stance: Stance
    before: tuple[Passage, ...] = ()
    """Up to N sentences before it in the same document, nearest last."""
    after: tuple[Passage, ...] = ()
    location: Location | None = None
    """Where the passage is in the original file of an extracted source."""


@dataclass(frozen=True)
class Evidence:
    source: str
    line: int
    start: int
    end: int
    stance: Bearing
    score: float
    excerpt: str
    comparisons: tuple[Comparison, ...] = ()
    location: Location | None = None
    """Where the passage is in the original file of a PDF, DOCX or HTML
    source (``line``/``start``/``end`` are then in its extracted text)."""
    also_in: tuple[str, ...] = ()
    """Other source files with the same text (copies judged once)."""


@dataclass(frozen=True)
class FactResult:
    """One atomic fact of a claim (one asserted value with its subject,
    measure and time) and how the sources bear on it."""

    text: str
    """The fact as the claim words it (the claim's shared head, then the value's part)."""
    verdict: Verdict
    reason: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class ClaimResult:
    claim: Claim
    verdict: Verdict
    confidence: float
    reason: str
    evidence: tuple[Evidence, ...] = ()
    facts: tuple[FactResult, ...] = ()
    """The claim's atomic facts when it states more than one, each judged alone."""


@dataclass(frozen=True)
class Report:
    results: tuple[ClaimResult, ...]
    claims_file: str = ""
    sources: tuple[str, ...] = ()
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    def summary(self) -> dict[str, int]:
        counts = {v: 0 for v in VERDICTS}
        for result in self.results:
            counts[result.verdict] += 1
        return counts

    def to_dict(self) -> dict:
        """The one serialisation seam every machine format is fed from."""
        return {
            "schema_version": "1",
            "summary": self.summary(),
            "claims": [_result_to_dict(r) for r in self.results],
        }


def _round(x: float) -> float:
    # Stable float formatting: the same run gives the same bytes.
    return float(f"{x:.3f}")


def _result_to_dict(result: ClaimResult) -> dict:
    out: dict[str, Any] = {
        "id": result.claim.id,
        "text": result.claim.text,
        "verdict": result.verdict,
        "confidence": _round(result.confidence),
        "reason": result.reason,
        "evidence": [_evidence_to_dict(e) for e in result.evidence],
    }
    if result.facts:
        out["facts"] = [{"text": f.text, "verdict": f.verdict, "reason": f.reason,
                         "evidence": [_evidence_to_dict(e) for e in f.evidence]}
                        for f in result.facts]
    if result.claim.claims_file:
        out["claims_file"] = result.claim.claims_file
    if result.claim.line:
        out["line"] = result.claim.line
    if result.claim.extra:
        out["extra"] = {k: v for k, v in result.claim.extra}
    return out


def _evidence_to_dict(ev: Evidence) -> dict:
    out: dict[str, Any] = {
        "source": ev.source,
        "line": ev.line,
        "start": ev.start,
        "end": ev.end,
        "stance": ev.stance,
        "score": _round(ev.score),
        "excerpt": ev.excerpt,
    }
    if ev.comparisons:
        out["compared"] = comparisons_to_dicts(ev.comparisons)
    if ev.also_in:
        out["also_in"] = list(ev.also_in)
    if ev.location is not None:
        out["location"] = location_to_dict(ev.source, ev.location)
    return out


def location_to_dict(source: str, location: Location) -> dict[str, Any]:
    """A passage's place in the original file, as every machine format writes
    it: the format, the non-zero coordinates, and the citation ``cite``."""
    out: dict[str, Any] = {"format": location.kind}
    for name in ("page", "line", "paragraph", "table", "row", "cell", "column"):
        value = getattr(location, name)
        if value:
            out[name] = value
    out["cite"] = f"{source}:{location.label}"
    return out


def comparisons_to_dicts(comparisons: tuple[Comparison, ...]) -> list[dict[str, str]]:
    """The values a stance compared, as every machine format writes them."""
    return [
        {
            "claim_value": c.claim_value,
            "source_value": c.source_value,
            "claim_normalised": c.claim_normalised,
            "source_normalised": c.source_normalised,
            "tolerance": c.tolerance,
        }
        for c in comparisons
    ]
