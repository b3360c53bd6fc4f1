"""Read a claims file: YAML in, a validated ``ClaimsFile`` out.

The stage decodes the bytes the way sources are decoded (``checker.io.load``:
UTF-8 with or without BOM, UTF-16/32, GB18030/GBK, Big5), composes the YAML
node tree with a safe loader that refuses anchors, aliases, unusual tags and
deep nesting, validates the plain data against the packaged JSON Schema and
builds ``Claim`` objects that remember their line. Every problem is a
``ClaimsFileError`` naming the file and, where there is one, the line.

It does not check that sources or lexicons exist (the pipeline's loader does)
and does not look at what the claims say.
"""
from __future__ import annotations

import difflib
import math
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from checker.decoding import decode_bytes
from checker.errors import BinaryFileError, ClaimsFileError, SourceError
from checker.model import Claim
from checker.schemas import load_schema
from checker.schemas.subset import conforms

if TYPE_CHECKING:
    import jsonschema

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_CLAIM_CHARS = 2000
MAX_DEPTH = 32
"""Deepest nesting of lists and mappings; a claims file needs four levels."""
FORMAT_VERSION = 1

_TAG = "tag:yaml.org,2002:"
# Tags whose values map onto JSON. Anything else (!!binary, !!set,
# !!timestamp, !!python/..., local !tags) has no place in a claims file.
_ALLOWED_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "seq", "map")}
_COLLECTION_STARTS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
# A lone UTF-16 surrogate, which a "\uD800" escape gives: not a character,
# so no report (UTF-8, JSON, XML) could be written with it.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Reads one int or float scalar the way the loader will (0x1F, 1_000, 1.5e+3).
_NUMBERS = yaml.constructor.SafeConstructor()


@dataclass(frozen=True)
class ClaimsFile:
    """A claims file, read and validated."""

    path: str
    """The path as given."""
    claims: tuple[Claim, ...]
    sources: tuple[str, ...] = ()
    """The ``sources:`` key, each resolved against the claims file's folder."""
    lexicons: tuple[str, ...] = ()
    """The ``lexicons:`` key, resolved like ``sources``."""
    version: int = FORMAT_VERSION
    sources_line: int = 0
    """1-based line of the ``sources:`` key (0 when absent), for error messages."""
    lexicons_line: int = 0
    """1-based line of the ``lexicons:`` key (0 when absent)."""
    encoding: str = "utf-8"
    """The encoding the file was decoded with (e.g. 'utf-8', 'gb18030')."""


class _ClaimsLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text, refuses anchors and aliases and
    limits nesting.

    Refusing every anchor stops "billion laughs" files (a few lines of nested
    aliases that expand to gigabytes) before any expansion happens. The
    composer and the schema validator recurse once per level, so a file of
    300 nested brackets would otherwise end in a RecursionError.
    """

    depth = 0

    yaml_implicit_resolvers: ClassVar[dict] = {
        first: [(tag, rx) for tag, rx in resolvers if tag != _TAG + "timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _RefusedYAML(event.start_mark, f"alias *{event.anchor}")
        if getattr(event, "anchor", None):
            raise _RefusedYAML(event.start_mark, f"anchor &{event.anchor}")
        if not isinstance(event, _COLLECTION_STARTS):
            return super().compose_node(parent, index)
        if self.depth >= MAX_DEPTH:
            raise _TooDeep(event.start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


class _RefusedYAML(yaml.YAMLError):
    def __init__(self, mark: yaml.Mark, what: str) -> None:
        super().__init__(what)
        self.mark = mark
        self.what = what


class _TooDeep(yaml.YAMLError):
    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__("too deep")
        self.mark = mark


def load_claims(path: str | Path) -> ClaimsFile:
    """Read, validate and return the claims file at PATH; raises ClaimsFileError."""
    display = str(path)
    text, encoding = _decode(read_claims_bytes(display), display)
    return parse_claims(text, display, encoding=encoding)


def parse_claims(text: str, path: str, *, encoding: str = "utf-8") -> ClaimsFile:
    """Parse claims-file TEXT; PATH names it in errors and anchors relative sources.

    ENCODING is only recorded in the result (TEXT is already decoded).
    """
    root = _compose(text, path)
    if root is None or (isinstance(root, ScalarNode) and root.tag == _TAG + "null"
                        and root.value == ""):  # nothing but comments or `---`
        raise ClaimsFileError("the claims file is empty", file=path,
                              hint="add a `claims:` list; see the README")
    if not isinstance(root, MappingNode | SequenceNode):
        raise ClaimsFileError(
            f"the claims file must be a mapping with a `claims:` list, not {_node_kind(root)}",
            file=path, line=_line(root), hint="start the file with `claims:`")
    _check_nodes(root, path)
    data = _construct(text, root, path)
    _validate(data, root, path)
    return _build(data, root, path, encoding)


# -- reading -----------------------------------------------------------------

def read_claims_bytes(path: str, kinds: str = "a .yaml file") -> bytes:
    """The bytes of a claims file (any format), refusing folders and huge files."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ClaimsFileError("claims file not found", file=path,
                              hint="check the path") from None
    except IsADirectoryError:
        raise ClaimsFileError("this is a folder, not a claims file", file=path,
                              hint=f"pass {kinds}") from None
    except OSError as exc:
        raise ClaimsFileError(f"cannot read the claims file: {exc.strerror or exc}", file=path,
                              hint="check that the file is readable") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ClaimsFileError(f"the claims file is larger than {MAX_FILE_BYTES // 2**20} MiB",
                              file=path, hint="split it into several files")
    return raw


def _decode(raw: bytes, path: str) -> tuple[str, str]:
    """(text with LF line ends, encoding): detected as for sources, so a claims
    file saved as GBK or UTF-16 by a Chinese-locale editor is read as written."""
    try:
        return decode_bytes(raw, path)
    except BinaryFileError:
        binary = True
    except SourceError:
        binary = False
    bad = _first_non_utf8(raw)
    if binary and (bad is not None or b"\0" in raw):
        raise ClaimsFileError("the claims file looks binary, not like YAML text", file=path,
                              hint="give a .yaml text file, saved as UTF-8")
    if bad is None:  # UTF-8 with a stray control character: the YAML reader names its line
        return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"), "utf-8"
    raise ClaimsFileError(
        f"the claims file is not valid UTF-8 (byte 0x{raw[bad]:02X}), nor UTF-16, GB18030 or "
        "Big5", file=path, line=raw[:bad].count(b"\n") + 1, hint="save it as UTF-8")


def _first_non_utf8(raw: bytes) -> int | None:
    """Offset of the first byte that is not valid UTF-8, or None."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return None


def _compose(text: str, path: str) -> Node | None:
    loader = None
    try:
        loader = _ClaimsLoader(text)  # the reader refuses control characters here
        return loader.get_single_node()
    except _RefusedYAML as exc:
        raise ClaimsFileError(f"YAML {exc.what} is not allowed", file=path,
                              line=exc.mark.line + 1,
                              hint="claims files refuse anchors and aliases; write each value "
                                   "out in full") from None
    except _TooDeep as exc:
        raise ClaimsFileError(f"the YAML is nested too deeply (over {MAX_DEPTH} levels)",
                              file=path, line=exc.mark.line + 1,
                              hint="claims files need only a list of mappings") from None
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, text, path) from None
    except RecursionError:
        raise ClaimsFileError("the YAML is nested too deeply", file=path,
                              hint="claims files need only a list of mappings") from None
    finally:
        if loader is not None:
            loader.dispose()


def _construct(text: str, root: Node, path: str) -> Any:
    loader = _ClaimsLoader("")
    try:
        return loader.construct_document(root)
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, text, path) from None
    finally:
        loader.dispose()


def _yaml_error(exc: yaml.YAMLError, text: str, path: str) -> ClaimsFileError:
    line = None
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        # An unclosed quote or bracket is found at the end of the file; the
        # line where it was opened is the one to fix.
        if exc.context_mark and "end of stream" in (exc.problem or "").replace("<stream end>",
                                                                                "end of stream"):
            mark = exc.context_mark
        line = mark.line + 1 if mark else None
        if mark is not None and _tab_at(text, mark.index):
            return ClaimsFileError("malformed YAML: a tab where YAML needs spaces; YAML "
                                   "indents with spaces only", file=path, line=line,
                                   hint="replace the tabs with spaces")
        parts = [p for p in (exc.context, exc.problem) if p]
        problem = ", ".join(parts) or "invalid YAML"
    elif isinstance(exc, yaml.reader.ReaderError):
        line = text.count("\n", 0, exc.position) + 1
        problem = f"character U+{exc.character:04X} is not allowed"
    else:
        problem = str(exc)
    return ClaimsFileError(f"malformed YAML: {problem}", file=path, line=line,
                           hint="fix the YAML syntax here")


def _tab_at(text: str, index: int) -> bool:
    """Whether the YAML error at INDEX is a tab in indentation (or after '- ').

    Matches: "\t- a", "  \ttext: b", "  -\ta"; not a tab inside a value.
    """
    if not 0 <= index < len(text) or text[index] != "\t":
        return False
    line_start = text.rfind("\n", 0, index) + 1
    return text[line_start:index].strip(" \t-?:") == ""


# -- checks on the node tree -------------------------------------------------

def _walk(root: Node) -> Iterator[Node]:
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, MappingNode):
            for key, value in reversed(node.value):
                stack.extend((value, key))


def _check_nodes(root: Node, path: str) -> None:
    """Refuse what YAML allows but JSON data cannot hold, naming the line."""
    for node in _walk(root):
        if node.tag not in _ALLOWED_TAGS:
            tag = node.tag.replace(_TAG, "!!", 1)
            raise ClaimsFileError(f"YAML tag {tag} is not allowed", file=path,
                                  line=_line(node),
                                  hint="use plain strings, numbers, lists and mappings")
        if node.tag in (_TAG + "int", _TAG + "float") and not _usable_number(node):
            shown = node.value if len(node.value) <= 24 else node.value[:20] + "..."
            raise ClaimsFileError(f"{shown} is not a usable number", file=path,
                                  line=_line(node), hint="quote it if it is meant as text")
        surrogate = _SURROGATE.search(node.value) if isinstance(node, ScalarNode) else None
        if surrogate:
            code = ord(surrogate[0])
            raise ClaimsFileError(f"\\u{code:04X} is half of a UTF-16 pair, not a character",
                                  file=path, line=_line(node),
                                  hint="write the character itself, or \\U0001F600 for one "
                                       "above U+FFFF")
        if isinstance(node, MappingNode):
            _check_keys(node, path)


def _usable_number(node: ScalarNode) -> bool:
    """False for .nan, .inf, floats that overflow (1.0e+400) and integers too
    long to convert (Python refuses over 4,300 digits; JSON readers lose
    precision long before)."""
    try:
        if node.tag == _TAG + "int":
            return abs(_NUMBERS.construct_yaml_int(node)) < 2**63
        return math.isfinite(_NUMBERS.construct_yaml_float(node))
    except ValueError:
        return False


def _check_keys(node: MappingNode, path: str) -> None:
    seen: set[str] = set()
    for key, _value in node.value:
        if key.tag == _TAG + "merge":
            raise ClaimsFileError("YAML merge keys (<<) are not allowed", file=path,
                                  line=_line(key), hint="write each key out in full")
        if not (isinstance(key, ScalarNode) and key.tag == _TAG + "str"):
            raise ClaimsFileError(f"a key must be a string, not {_node_kind(key)}", file=path,
                                  line=_line(key), hint="quote the key")
        if key.value in seen:
            raise ClaimsFileError(f"duplicate key '{key.value}'", file=path, line=_line(key),
                                  hint="give each key once per mapping")
        seen.add(key.value)


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _node_kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    kind = node.tag.removeprefix(_TAG)
    return {"str": "a string", "int": "a number", "float": "a number",
            "bool": "true/false", "null": "null"}.get(kind, kind)


def _node_at(root: Node, keys: Sequence[str | int]) -> Node:
    """The deepest node on the path KEYS that exists (the root at worst)."""
    node = root
    for key in keys:
        if isinstance(node, MappingNode):
            child = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, SequenceNode) and isinstance(key, int):
            child = node.value[key] if 0 <= key < len(node.value) else None
        else:
            child = None
        if child is None:
            break
        node = child
    return node


def _key_node(mapping: Node, key: str) -> Node:
    if isinstance(mapping, MappingNode):
        for k, _v in mapping.value:
            if k.value == key:
                return k
    return mapping


# -- schema validation -------------------------------------------------------

def _validate(data: Any, root: Node, path: str) -> None:
    schema = load_schema("claims")
    # Nearly every file is valid: jsonschema (0.06 s to import) is only
    # needed to find and describe the error.
    if conforms(data, schema):
        return
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    errors = list(validator.iter_errors(data))
    # A misspelt top-level key (`claim:`) also makes `claims` missing; the
    # spelling is the thing to fix, so it is reported first.
    error = next((e for e in errors if e.validator == "additionalProperties"
                  and not e.absolute_path), None) or jsonschema.exceptions.best_match(errors)
    if error is None:
        return
    keys = list(error.absolute_path)
    node = _node_at(root, keys)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = set(error.schema.get("properties", {}))
        unknown = sorted(k for k in error.instance if k not in known)
        node = _key_node(node, unknown[0])
        close = difflib.get_close_matches(unknown[0], sorted(known), n=1)
        guess = f"did you mean `{close[0]}`? " if close else ""
        raise ClaimsFileError(f"unknown key '{unknown[0]}'", file=path, line=_line(node),
                              hint=f"{guess}the keys are: {', '.join(sorted(known))}")
    message, hint = _describe(error, keys)
    raise ClaimsFileError(message, file=path, line=_line(node), hint=hint)


def _describe(error: jsonschema.ValidationError, keys: list[str | int]) -> tuple[str, str]:
    """A reader's message and hint for a schema error at KEYS."""
    what = _what(keys)
    kind, instance = error.validator, error.instance
    if kind == "type":
        expected = _expected(error.validator_value)
        if what == "a claim":
            message = f"a claim must be a string or a mapping with `text`, not {_value_kind(instance)}"
            return message, "quote it if it is meant as text"
        message = f"{what} must be {expected}, not {_value_kind(instance)}"
        if what == "`claims`":
            return message, "list the claims under it, one `- ` item each"
        if what in ("`sources`", "`lexicons`") or what.startswith("each item of"):
            return message, "give a path, or a list of paths"
        return message, "quote it if it is text"
    if kind == "required":
        missing = next((k for k in error.validator_value if k not in instance), "")
        if missing == "text":
            return "the claim has no `text`", "add `text: ...` with the claim"
        return f"`{missing}` is missing", f"add a `{missing}:` key"
    if kind in ("minLength", "pattern") and what in ("a claim", "`text`"):
        return "the claim text is empty", "write the claim, or remove the item"
    if kind == "maxLength" and what in ("a claim", "`text`"):
        message = f"the claim text is {len(instance):,} characters; the limit is {MAX_CLAIM_CHARS:,}"
        return message, "split it into shorter claims"
    if kind in ("minLength", "pattern", "maxLength") and what == "`id`":
        return ("a claim id must be 1-200 characters without line breaks or surrounding spaces",
                "choose a short id such as zhipu-listing")
    if kind == "minItems":
        return f"{what} is empty", "list at least one item, or remove the key"
    if kind == "const" and what == "`version`":
        return (f"unsupported version {instance!r}",
                f"only version {FORMAT_VERSION} exists; write `version: {FORMAT_VERSION}`")
    if kind == "minLength":
        return f"{what} is empty", "give a value, or remove the key"
    return f"{what}: {error.message}", "see schemas/claims.schema.json"


def _what(keys: Sequence[str | int]) -> str:
    if not keys:
        return "the claims file"
    last = keys[-1]
    if isinstance(last, int):
        parent = keys[-2] if len(keys) > 1 else "claims"
        return "a claim" if parent == "claims" else f"each item of `{parent}`"
    return f"`{last}`"


def _expected(types: str | list[str]) -> str:
    names = {"string": "a string", "array": "a list", "object": "a mapping",
             "number": "a number", "integer": "a whole number", "boolean": "true or false",
             "null": "null"}
    if isinstance(types, str):
        types = [types]
    return " or ".join(names.get(t, t) for t in types)


def _value_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "a string"


# -- building ----------------------------------------------------------------

def _build(data: Any, root: Node, path: str, encoding: str) -> ClaimsFile:
    if isinstance(data, list):
        data, items_node = {"claims": data}, root
    else:
        items_node = _node_at(root, ["claims"])
    folder = os.path.dirname(path)
    claims = _build_claims(data["claims"], items_node, path)
    return ClaimsFile(
        path=path,
        claims=claims,
        sources=_resolve(data.get("sources", ()), folder),
        lexicons=_resolve(data.get("lexicons", ()), folder),
        version=data.get("version", FORMAT_VERSION),
        sources_line=_key_line(root, "sources"),
        lexicons_line=_key_line(root, "lexicons"),
        encoding=encoding,
    )


def _key_line(root: Node, key: str) -> int:
    node = _key_node(root, key)
    return _line(node) if node is not root else 0


def _build_claims(items: list[Any], items_node: Node, path: str) -> tuple[Claim, ...]:
    claims: list[Claim] = []
    first_use: dict[str, tuple[int, bool]] = {}  # id → (index, explicit)
    for index, item in enumerate(items):
        node = _node_at(items_node, [index])
        if isinstance(item, str):
            item = {"text": item}
        explicit = "id" in item
        claim_id = item["id"] if explicit else f"c{index + 1}"
        if claim_id in first_use:
            _duplicate_id(claim_id, (index, explicit), first_use[claim_id], items_node, path)
        first_use[claim_id] = (index, explicit)
        extra = tuple(sorted((k, v) for k, v in item.items() if k not in ("id", "text", "context")))
        context = item.get("context")
        claims.append(Claim(id=claim_id, text=item["text"].strip(), line=_line(node),
                            extra=extra, context=context.strip() if isinstance(context, str) else ""))
    return tuple(claims)


def _duplicate_id(claim_id: str, this: tuple[int, bool], other: tuple[int, bool],
                  items_node: Node, path: str) -> None:
    # Point at the explicit id: a default id (c3) only collides because
    # someone chose an explicit one that looks like it.
    blamed, kept = (other, this) if other[1] and not this[1] else (this, other)

    def where(entry: tuple[int, bool]) -> Node:
        item = _node_at(items_node, [entry[0]])
        return _key_node(item, "id") if entry[1] else item

    how = "" if kept[1] else " as its default id"
    raise ClaimsFileError(
        f"duplicate claim id '{claim_id}': the claim on line {_line(where(kept))} has it{how}",
        file=path, line=_line(where(blamed)),
        hint="give each claim its own id; unnamed claims are c1, c2, ... by position")


def _resolve(value: str | list[str] | tuple[()], folder: str) -> tuple[str, ...]:
    paths = [value] if isinstance(value, str) else list(value)
    return tuple(os.path.normpath(os.path.join(folder, p)) for p in paths)
