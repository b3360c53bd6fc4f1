"""Language knowledge loaded from data files: entities, measures, binding words.

The bundled files live in ``checker/data/``; users add their own with
``--lexicon FILE`` (or ``lexicons:`` in the claims file). A user file may hold
``entities:`` and/or ``measures:`` lists in the bundled format; an entry whose
id already exists adds aliases/terms to it, a new id adds an entry.

This module only loads, validates and compiles term matchers. It does not
decide what a sentence means (that is ``analyse``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import yaml

from checker.errors import LexiconError
from checker.language.grammar import CHARACTER_KINDS, LIST_KINDS, Grammar, extended, no_direction
from checker.language.normalise import normalise_for_match

T = TypeVar("T")


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    aliases: tuple[str, ...]
    parent: str = ""


@dataclass(frozen=True)
class Measure:
    id: str
    parent: str
    value_kinds: tuple[str, ...]
    terms: tuple[str, ...]
    snapshot: bool = False
    context: bool = False
    before_figure: tuple[str, ...] = ()
    """Terms that say the measure only right before a figure ("up 8%"): 'up'
    elsewhere is no rise ("set up", "up to 130 cm")."""


@dataclass(frozen=True)
class Pronoun:
    word: str
    refers: str
    clause_start: bool


@dataclass(frozen=True)
class TermHit:
    """One match of a lexicon term in a text."""

    id: str
    start: int
    end: int
    surface: str


class TermMatcher:
    """Finds lexicon terms in normalised text, longest term first.

    Latin terms match case-insensitively and only on word boundaries ("list"
    does not match inside "listing"; "M1" would not match inside "GLM1");
    Chinese terms match as substrings, since Chinese has no spaces.
    """

    def __init__(self, terms: Iterable[tuple[str, str]],
                 before_figure: Iterable[str] = ()) -> None:
        # (Terms found only right before a figure: "up" of "up 8%".)
        self._before_figure = frozenset(normalise_for_match(t).strip().lower()
                                        for t in before_figure)
        by_term: dict[str, str] = {}
        capital_letter: set[str] = set()
        for term, ident in terms:
            key = normalise_for_match(term).strip()
            if key and key.lower() not in by_term:
                by_term[key.lower()] = ident
                if _CAPITAL_LETTER_WORD.match(key):
                    capital_letter.add(key.lower())
        self._ids = by_term
        # (A term opened by a capital letter standing as a word, "A share",
        # "H shares": written in lower case that letter is the article of
        # "48 cents a share".)
        self._capital_letter = frozenset(capital_letter)
        ordered = sorted(by_term, key=lambda t: (-len(t), t))
        if not ordered:
            self._regex = None
            return
        # Case folding beyond ASCII (σ/ς/Σ) can let two keys match the same
        # text; keep the plain alternation, whose order decides, matched
        # ignoring case. Otherwise every letter of the keys is lower-case
        # ASCII and the prefix tree is matched case-sensitively on the text
        # folded by ``fold_case`` (the same matches, 4-5× faster).
        self._folded = not any(_cased_non_ascii(t) for t in ordered)
        if self._folded:
            self._regex = re.compile(_trie_pattern(ordered))
        else:
            self._regex = re.compile("|".join(_bounded(t) for t in ordered), re.IGNORECASE)

    def find(self, text: str, folded: str | None = None) -> list[TermHit]:
        """The terms in TEXT; FOLDED, when given, is ``fold_case(text)``
        (a caller with several matchers folds once)."""
        if self._regex is None:
            return []
        if self._folded:
            subject = fold_case(text) if folded is None else folded
        else:
            subject = text
        hits = []
        for match in self._regex.finditer(subject):
            start, end = match.span()
            surface = text[start:end]
            key = surface.lower()
            if key in self._before_figure and no_direction(text, start, end):
                continue
            ident = self._ids.get(key) or self._ids.get(key[:-1]) or self._ids.get(key[:-2])
            if surface[:1].islower() and self._capital_letter and (
                    key in self._capital_letter or key[:-1] in self._capital_letter
                    or key[:-2] in self._capital_letter):
                continue
            hits.append(TermHit(ident, start, end, surface))
        return hits



_CAPITAL_LETTER_WORD = re.compile(r"[A-Z] ")

# What ``re.IGNORECASE`` makes equal to an ASCII letter, as that letter in
# lower case: A-Z, and K (Kelvin sign) for k, İ and ı for i, ſ for s (the
# engine's case equivalences; ``tests/unit/test_lexicon.py`` checks every code
# point against it).
_FOLD = {**{ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
         0x212A: "k", 0x130: "i", 0x131: "i", 0x17F: "s"}


def fold_case(text: str) -> str:
    """TEXT, as long as it, with every character that ``re.IGNORECASE``
    equates with an ASCII letter replaced by that letter in lower case: a
    pattern whose letters are lower-case ASCII (its other characters
    uncased) finds the same spans in it, matched case-sensitively, as in
    TEXT ignoring case. Other cased letters may be lowered too (str.lower:
    never to an ASCII or an uncased character), which such a pattern cannot
    tell apart."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        # str.lower() makes two characters of İ and leaves ı and ſ as they are.
        return text.translate(_FOLD)
    return text.lower()


def _cased_non_ascii(term: str) -> bool:
    return any(not c.isascii() and c.lower() != c.upper() for c in term)


def _trie_pattern(terms: Sequence[str]) -> str:
    """One regex equivalent to the alternation of ``_bounded(t)`` over TERMS
    (longest first), written as a prefix tree so the engine follows one path
    per position instead of trying every term (4-5× faster on the seeds).

    Every term that can match at a position lies on the one path the text
    spells (keys are lower-cased and case folding is ASCII-only here), and at
    each node the longer continuations are tried before ending, so the match
    is the longest term whose boundary conditions hold, as in the
    alternation ("ab" and "abc" → ``a(?:b(?:c<end>|<end>))``).
    """
    root: dict = {}
    for term in terms:
        node = root
        for char in term:
            node = node.setdefault(char, {})
        node[""] = True

    def node_pattern(node: dict, last: str) -> str:
        branches = [re.escape(char) + node_pattern(child, char)
                    for char, child in sorted(node.items()) if char]
        if "" in node:
            end = ""
            if re.match(r"[a-z]", last):
                end += r"(?:e?s)?"
            if re.match(r"[A-Za-z0-9]", last):
                end += r"(?![A-Za-z0-9])"
            branches.append(end)
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    branches = []
    for char, child in sorted(root.items()):
        # The word-boundary check comes after the first character (a
        # lookbehind over it and the one before), so that every branch
        # starts with a literal and the engine can skip positions whose
        # character starts no term.
        lead = r"(?<![A-Za-z0-9].)" if re.match(r"[A-Za-z0-9]", char) else ""
        branches.append(re.escape(char) + lead + node_pattern(child, char))
    return "|".join(branches)


def _bounded(term: str) -> str:
    # A Latin letter or digit at either end of the term must not continue into
    # a neighbouring word: "list" ✗ "listing", "IPO" ✓ "IPO募资", "AI" ✗ "AIGC".
    # A Latin term ending in a lower-case letter also matches its plural
    # ("listing application" ✓ "listing applications"), so data files need
    # not spell out every form.
    body = re.escape(term)
    if re.match(r"[A-Za-z0-9]", term):
        body = r"(?<![A-Za-z0-9])" + body
    if re.search(r"[a-z]$", term):
        body = body + r"(?:e?s)?"
    if re.search(r"[A-Za-z0-9]$", term):
        body = body + r"(?![A-Za-z0-9])"
    return body


@dataclass(frozen=True)
class Lexicon:
    entities: dict[str, Entity]
    measures: dict[str, Measure]
    subject_types: frozenset[str]
    pronouns: tuple[Pronoun, ...]
    not_pronouns: tuple[str, ...]
    conjunctions: tuple[str, ...]
    clause_openers: tuple[str, ...]
    surnames: tuple[str, ...]
    generic_subjects: tuple[str, ...] = ()
    line_nouns: tuple[str, ...] = ()
    """Nouns for a maker's products in general (产品): a clause naming its
    figure's owner so, after a sentence about one product, is the maker's."""
    object_markers: tuple[str, ...] = ()
    sole_slot_words: tuple[str, ...] = ()
    """Words with which a claim gives THE holder of a slot ("由腾讯领投", "led by"):
    another holder named beside the claim's figure contradicts it."""
    qualifier_groups: dict[str, str] | None = None
    """Qualifier id → its group (round-c → round)."""
    qualifier_terms: tuple[tuple[str, str], ...] = ()
    relative_years: dict[str, int] | None = None
    relative_days: dict[str, int] | None = None
    deictic_years: dict[str, int] | None = None
    relative_periods: dict[str, int] | None = None
    """The period of the last date some years on ("上年同期": a year before)."""
    """Years relative to the document's own date ("去年", "last year")."""
    glossary: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    """User glossary entries: (English terms, Chinese terms), added to
    ``checker/data/glossary.yaml`` for open alignment."""
    grammar_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """User grammar words by kind (any list or character set of
    ``checker/data/language/*.yaml``), added to the bundled ones: see
    ``grammar``."""
    _matchers: dict = field(default_factory=dict, init=False, compare=False, repr=False)
    """Compiled matchers and other forms of its words (``derived``), built on
    first use and owned by this object (a copy made with dataclasses.replace
    gets its own)."""

    def derived(self, name: str, make: Callable[[Lexicon], T]) -> T:
        """MAKE(self), made on the first call with NAME and kept (for word
        lists in the form a stage reads them with, made once, not per text)."""
        try:
            return self._matchers[name]   # (no name of a matcher)
        except KeyError:
            made = self._matchers[name] = make(self)
            return made

    def grammar(self, language: str) -> Grammar:
        """The grammar of LANGUAGE ('zh' or 'en') with the user's words."""
        return extended(language, self.grammar_words)

    # --- hierarchy -------------------------------------------------------
    def entity_ancestors(self, entity_id: str) -> tuple[str, ...]:
        chain = []
        seen = {entity_id}
        current = self.entities.get(entity_id)
        while current and current.parent and current.parent not in seen:
            chain.append(current.parent)
            seen.add(current.parent)
            current = self.entities.get(current.parent)
        return tuple(chain)

    def measure_ancestors(self, measure_id: str) -> tuple[str, ...]:
        chain = []
        seen = {measure_id}
        current = self.measures.get(measure_id)
        while current and current.parent and current.parent not in seen:
            chain.append(current.parent)
            seen.add(current.parent)
            current = self.measures.get(current.parent)
        return tuple(chain)

    def measure_covers(self, general: str, specific: str) -> bool:
        """True when ``specific`` is ``general`` or a kind of it."""
        return general == specific or general in self.measure_ancestors(specific)

    def measures_related(self, a: str, b: str) -> bool:
        return self.measure_covers(a, b) or self.measure_covers(b, a)

    def measure_specifiers(self, measure_id: str) -> tuple[tuple[str, str], ...]:
        """What makes MEASURE one of its kinds, read off the kinds' own terms:
        (specifier, kind id) for every term of a kind that is a specifier
        and a term of MEASURE ("cloud" of "cloud spending", 云服务 of
        云服务支出), lower-cased, longest first."""
        table = self._matchers.get("specifiers")
        if table is None:
            table = {}
            for kind in self.measures.values():
                for general in self.measure_ancestors(kind.id):
                    words = {t.lower() for t in self.measures[general].terms} \
                        if general in self.measures else set()
                    pairs = table.setdefault(general, set())
                    for term in kind.terms:
                        term = term.lower()
                        for word in words:
                            if not term.endswith(word) or len(term) == len(word):
                                continue
                            head = term[:-len(word)]
                            # An English word stands whole: "cloud spending",
                            # not "overspending".
                            if word.isascii():
                                if not head.endswith(" "):
                                    continue
                                head = head.rstrip()
                            if head:
                                pairs.add((head, kind.id))
            table = {m: tuple(sorted(p, key=lambda s: (-len(s[0]), s))) for m, p in table.items()}
            self._matchers["specifiers"] = table
        return table.get(measure_id, ())

    def is_subject_type(self, entity_id: str) -> bool:
        entity = self.entities.get(entity_id)
        return entity is not None and entity.type in self.subject_types

    # --- matchers ----------------------------------------------------------
    @property
    def entity_matcher(self) -> TermMatcher:
        if "entity" not in self._matchers:
            self._matchers["entity"] = TermMatcher(
                (alias, e.id) for e in self.entities.values() for alias in e.aliases)
        return self._matchers["entity"]

    @property
    def measure_matcher(self) -> TermMatcher:
        if "measure" not in self._matchers:
            self._matchers["measure"] = TermMatcher(
                ((term, m.id) for m in self.measures.values()
                 for term in (*m.terms, *m.before_figure)),
                before_figure=(t for m in self.measures.values() for t in m.before_figure))
        return self._matchers["measure"]

    @property
    def qualifier_matcher(self) -> TermMatcher:
        if "qualifier" not in self._matchers:
            self._matchers["qualifier"] = TermMatcher(self.qualifier_terms)
        return self._matchers["qualifier"]


# --- loading -----------------------------------------------------------------

def load_lexicon(extra_paths: Sequence[str | Path] = ()) -> Lexicon:
    """The bundled lexicon merged with the user's files, validated."""
    return _load_cached(tuple(str(p) for p in extra_paths))


@cache
def _load_cached(extra_paths: tuple[str, ...]) -> Lexicon:
    entities_doc = _read_bundled("entities.yaml")
    measures_doc = _read_bundled("measures.yaml")
    names_doc = _read_bundled("names.yaml")
    entities: dict[str, Entity] = {}
    measures: dict[str, Measure] = {}
    origins: dict[tuple[str, str], tuple[str, int | None]] = {}
    _merge_entities(entities, entities_doc.get("entities", []), "checker/data/entities.yaml", None,
                    origins)
    _merge_measures(measures, measures_doc.get("measures", []), "checker/data/measures.yaml", None,
                    origins)
    glossary: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    grammar_words: dict[str, list[str]] = {}
    for path in extra_paths:
        doc, lines = _read_user_file(path)
        if not isinstance(doc, dict) or not (set(doc) & set(_CONTENT_KEYS)):
            raise LexiconError("a lexicon file must be a mapping with 'entities:', 'measures:', "
                               "'glossary:' or 'language:'", file=path, line=1,
                               hint="see checker/data/entities.yaml for the format")
        unknown = sorted(set(doc) - {*_CONTENT_KEYS, "version"})
        if unknown:
            raise LexiconError(f"unknown key '{unknown[0]}'", file=path,
                               line=lines.get(unknown[0], 1),
                               hint=f"allowed keys: {', '.join(_CONTENT_KEYS)}, version")
        _merge_entities(entities, doc.get("entities") or [], path, lines, origins)
        _merge_measures(measures, doc.get("measures") or [], path, lines, origins)
        glossary.extend(_user_glossary(doc.get("glossary") or [], path, lines))
        for kind, words in _user_grammar(doc.get("language") or {}, path, lines):
            grammar_words.setdefault(kind, []).extend(words)
    _check_parents(entities, measures, origins)
    return Lexicon(
        entities=entities,
        measures=measures,
        subject_types=frozenset(entities_doc.get("subject_types", [])),
        pronouns=tuple(Pronoun(normalise_for_match(p["word"]), p["refers"],
                               bool(p.get("clause_start", False)))
                       for p in names_doc.get("pronouns", [])),
        not_pronouns=tuple(normalise_for_match(w) for w in names_doc.get("not_pronouns", [])),
        conjunctions=tuple(names_doc.get("conjunctions", [])),
        clause_openers=tuple(names_doc.get("clause_openers", [])),
        surnames=tuple(names_doc.get("surnames", [])),
        generic_subjects=tuple(names_doc.get("generic_subjects", [])),
        line_nouns=tuple(names_doc.get("line_nouns", [])),
        object_markers=tuple(names_doc.get("object_markers", [])),
        sole_slot_words=tuple(str(w).lower() for w in names_doc.get("sole_slot_words", [])),
        qualifier_groups={q["id"]: q["group"] for q in names_doc.get("qualifiers", [])},
        qualifier_terms=tuple((t, q["id"]) for q in names_doc.get("qualifiers", [])
                              for t in q["terms"]),
        relative_years=dict(names_doc.get("relative_years", {})),
        relative_days=dict(names_doc.get("relative_days", {})),
        deictic_years=dict(names_doc.get("deictic_years", {})),
        relative_periods=dict(names_doc.get("relative_periods", {})),
        glossary=tuple(glossary),
        grammar_words=tuple((k, tuple(dict.fromkeys(v))) for k, v in sorted(grammar_words.items())),
    )


_CONTENT_KEYS = ("entities", "measures", "glossary", "language")
GRAMMAR_KINDS = (*LIST_KINDS, *CHARACTER_KINDS)


def _words(value: object) -> tuple[str, ...] | None:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or \
            not all(isinstance(w, str) and w.strip() for w in value):
        return None
    return tuple(normalise_for_match(w).strip() for w in value)


def _user_glossary(items: object, path: str, lines: dict) -> list[tuple[tuple[str, ...],
                                                                       tuple[str, ...]]]:
    """``glossary:`` entries of a user file: ``{en: [...], zh: [...]}`` each."""
    line = lines.get("glossary", 1)
    if not isinstance(items, list):
        raise LexiconError("glossary must be a list of {en: [...], zh: [...]} entries",
                           file=path, line=line)
    entries = []
    for item in items:
        english = _words(item.get("en")) if isinstance(item, dict) else None
        chinese = _words(item.get("zh")) if isinstance(item, dict) else None
        if english is None or chinese is None or set(item) - {"en", "zh"}:
            raise LexiconError("a glossary entry needs 'en:' and 'zh:' lists of terms and "
                               "nothing else", file=path, line=line,
                               hint="e.g. {en: [heat wave], zh: [热浪]}")
        entries.append((english, chinese))
    return entries


def _user_grammar(doc: object, path: str, lines: dict) -> list[tuple[str, tuple[str, ...]]]:
    """``language:`` of a user file: ``{zh: {denial: [...]}, en: {...}}``."""
    line = lines.get("language", 1)
    kinds = ", ".join(GRAMMAR_KINDS)
    if not isinstance(doc, dict) or set(doc) - {"zh", "en"}:
        raise LexiconError("language must map 'zh' and/or 'en' to lists of words by kind",
                           file=path, line=line, hint=f"kinds: {kinds}")
    found = []
    for language in sorted(doc):
        lists = doc[language]
        if not isinstance(lists, dict) or set(lists) - set(GRAMMAR_KINDS):
            raise LexiconError(f"language.{language} must map kinds to lists of words",
                               file=path, line=line, hint=f"kinds: {kinds}")
        for kind in sorted(lists):
            words = _words(lists[kind])
            if words is None:
                raise LexiconError(f"language.{language}.{kind} must be a list of words",
                                   file=path, line=line)
            found.append((kind, tuple(w.lower() for w in words)))
    return found


def _read_bundled(name: str) -> dict:
    text = resources.files("checker.data").joinpath(name).read_text(encoding="utf-8")
    # libyaml's parser where installed: 5-10x faster at start-up, and the
    # bundled files read the same with it (tests/unit/test_lexicon_yaml.py).
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


def _read_user_file(path: str) -> tuple[object, dict]:
    """Parse a user lexicon; also return the line of each list item / key.

    Bytes are decoded as sources are (UTF-8, BOMs, UTF-16, GBK, Big5);
    anything YAML cannot turn into plain data (a 5,000-digit number, nesting
    deep enough to exhaust the stack) is an error naming the file.
    """
    from checker.decoding import decode_bytes
    from checker.errors import SourceError

    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise LexiconError("lexicon file not found", file=path,
                           hint="check the --lexicon path or the claims file's 'lexicons:' key"
                           ) from None
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon file: {exc.strerror or exc}", file=path,
                           hint="check the file's permissions") from None
    try:
        text, _ = decode_bytes(data, path)
    except SourceError as exc:
        raise LexiconError(exc.message, file=path, hint="lexicon files are YAML text") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise LexiconError(f"invalid YAML: {problem}", file=path, line=line,
                           hint="fix the YAML syntax") from None
    except (ValueError, RecursionError) as exc:
        raise LexiconError(f"not usable as a lexicon: {type(exc).__name__}", file=path,
                           hint="keep to lists of words and short numbers") from None
    return doc, _item_lines(node)


def _item_lines(node: object) -> dict:
    """Map top-level keys to lines and (key, index) to the line of each item."""
    lines: dict = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            lines[key] = key_node.start_mark.line + 1
            if isinstance(value_node, yaml.SequenceNode):
                for i, item in enumerate(value_node.value):
                    lines[(key, i)] = item.start_mark.line + 1
    return lines


def _entry_error(message: str, path: str, lines: dict | None, key: str, index: int) -> LexiconError:
    line = (lines or {}).get((key, index)) if lines is not None else None
    return LexiconError(message, file=path, line=line,
                        hint=f"each {'entity' if key == 'entities' else 'measure'} needs an 'id' and a list of "
                             f"{'aliases' if key == 'entities' else 'terms (en:/zh:)'}")


def _string_list(value: object) -> list[str] | None:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return [str(v) for v in value]
    return None


def _merge_entities(into: dict[str, Entity], items: object, path: str, lines: dict | None,
                    origins: dict) -> None:
    if not isinstance(items, list):
        raise LexiconError("'entities' must be a list", file=path,
                           line=(lines or {}).get("entities"), hint="use '- id: ...' items")
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            raise _entry_error("entity without an 'id'", path, lines, "entities", i)
        aliases = _string_list(item.get("aliases"))
        if aliases is None:
            raise _entry_error("'aliases' must be a list of strings", path, lines, "entities", i)
        ident = item["id"]
        if "parent" in item:
            origins[("entity", ident)] = (path, (lines or {}).get(("entities", i)))
        old = into.get(ident)
        if old:
            into[ident] = Entity(ident, item.get("type", old.type),
                                 old.aliases + tuple(a for a in aliases if a not in old.aliases),
                                 item.get("parent", old.parent) or "")
        else:
            into[ident] = Entity(ident, str(item.get("type", "company")), tuple(aliases),
                                 str(item.get("parent", "") or ""))


def _merge_measures(into: dict[str, Measure], items: object, path: str, lines: dict | None,
                    origins: dict) -> None:
    if not isinstance(items, list):
        raise LexiconError("'measures' must be a list", file=path,
                           line=(lines or {}).get("measures"), hint="use '- id: ...' items")
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            raise _entry_error("measure without an 'id'", path, lines, "measures", i)
        en, zh = _string_list(item.get("en")), _string_list(item.get("zh"))
        kinds = _string_list(item.get("values"))
        before_figure = _string_list(item.get("before_figure"))
        if en is None or zh is None or kinds is None or before_figure is None:
            raise _entry_error("'en', 'zh', 'values' and 'before_figure' must be lists of strings",
                               path, lines, "measures", i)
        ident = item["id"]
        if "parent" in item:
            origins[("measure", ident)] = (path, (lines or {}).get(("measures", i)))
        old = into.get(ident)
        terms = tuple(en + zh)
        if old:
            into[ident] = Measure(ident, item.get("parent", old.parent) or "",
                                  tuple(kinds) or old.value_kinds,
                                  old.terms + tuple(t for t in terms if t not in old.terms),
                                  bool(item.get("snapshot", old.snapshot)),
                                  bool(item.get("context", old.context)),
                                  old.before_figure + tuple(t for t in before_figure
                                                            if t not in old.before_figure))
        else:
            into[ident] = Measure(ident, str(item.get("parent", "") or ""), tuple(kinds), terms,
                                  bool(item.get("snapshot", False)),
                                  bool(item.get("context", False)), tuple(before_figure))


def _check_parents(entities: dict[str, Entity], measures: dict[str, Measure],
                   origins: dict) -> None:
    for kind, table in (("entity", entities), ("measure", measures)):
        for item in table.values():
            if item.parent and item.parent not in table:
                path, line = origins.get((kind, item.id), (None, None))
                raise LexiconError(f"{kind} '{item.id}' has unknown parent '{item.parent}'",
                                   file=path, line=line,
                                   hint=f"add the parent {kind} or fix the id")
