"""Tests for checker.store.codec: values of declared types go to JSON and come back
equal; anything that does not have the declared type is refused; types the
codec cannot check are refused when it is built."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pytest

from checker.io.load import load_documents
from checker.language.lexicon import load_lexicon
from checker.model import Analysis, Passage
from checker.pipeline import analysed_passages
from checker.stages.index import IndexPart, index_part
from checker.store.codec import Codec, DecodeError

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Leaf:
    name: str
    weight: float
    flag: bool = False


@dataclass(frozen=True)
class Tree:
    """Every shape the model's dataclasses use or may come to use."""

    words: tuple[str, ...]
    pairs: tuple[tuple[int, str], ...]
    nested: tuple[tuple[tuple[str, ...], bool], ...]
    maybe: Leaf | None
    maybe_number: float | None
    tags: frozenset[str]
    leaves: tuple[Leaf, ...]
    groups: frozenset[tuple[str, int]]
    table: dict[str, bytes]
    kind: Literal["a", "b"]
    either: Leaf | tuple[int, ...]
    text_or_number: str | int
    children: tuple[Tree, ...] = ()


def _tree(**changes) -> Tree:
    child = Tree(words=(), pairs=(), nested=(), maybe=None, maybe_number=1e9, tags=frozenset(),
                 leaves=(), groups=frozenset(), table={}, kind="a", either=Leaf("c", -1.5),
                 text_or_number="7")
    values: dict[str, Any] = {
        "words": ("营收", "revenue"), "pairs": ((1, "a"), (2, "b")),
        "nested": ((("minimax",), True), ((), False)), "maybe": Leaf("x", 0.5, True),
        "maybe_number": None, "tags": frozenset({"b", "a"}),
        "leaves": (Leaf("one", 1), Leaf("two", 2.25)),
        "groups": frozenset({("x", 1), ("y", 2)}), "table": {"f:a": b"\x00\x01\xff"},
        "kind": "b", "either": (3, 4), "text_or_number": 7, "children": (child,)}
    values.update(changes)
    return Tree(**values)


CODEC = Codec(Tree, allowed=[Tree, Leaf])


def test_a_synthetic_dataclass_comes_back_equal_with_its_types():
    tree = _tree()
    back = CODEC.loads(CODEC.dumps(tree))
    assert back == tree
    assert type(back.leaves) is tuple and type(back.tags) is frozenset
    assert type(back.children[0].either) is Leaf and type(back.either) is tuple
    assert type(back.leaves[0].weight) is int   # 1 stays 1 (not 1.0): same text when printed
    assert back.text_or_number == 7 and back.children[0].text_or_number == "7"


def test_the_same_value_gives_the_same_bytes():
    assert CODEC.dumps(_tree()) == CODEC.dumps(_tree(tags=frozenset(["a", "b"])))


def test_a_lone_surrogate_survives():
    tree = _tree(words=("\ud800x",))
    assert CODEC.loads(CODEC.dumps(tree)) == tree


def _mutated(path: list, value: Any) -> bytes:
    data = CODEC.encode(_tree())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return json.dumps(data).encode()


FIELDS = {name: i for i, name in enumerate(Tree.__dataclass_fields__)}


@pytest.mark.parametrize(("path", "value"), [
    ([FIELDS["words"]], "revenue"),               # a string where a list is declared
    ([FIELDS["words"], 0], 5),                    # an int among strings
    ([FIELDS["pairs"], 0], [1, "a", "extra"]),    # a pair of three
    ([FIELDS["pairs"], 0, 0], True),              # a bool is not an int
    ([FIELDS["pairs"], 0, 0], 1.5),               # nor a float
    ([FIELDS["nested"], 0, 1], 1),                # an int is not a bool
    ([FIELDS["maybe"]], [1, 2, 3]),               # a Leaf of the wrong shape
    ([FIELDS["maybe"], 1], "heavy"),
    ([FIELDS["maybe_number"]], "1e9"),
    ([FIELDS["tags"]], {"a": 1}),
    ([FIELDS["groups"], 0], ["x"]),
    ([FIELDS["table"], 0, 1], "not base64!"),
    ([FIELDS["table"], 0], ["key"]),
    ([FIELDS["kind"]], "c"),                      # not one of the literal's values
    ([FIELDS["either"]], [2, [1]]),               # no third member of the union
    ([FIELDS["either"]], [0, [1, 2]]),            # member 0 (Leaf) with a tuple's value
    ([FIELDS["text_or_number"]], 1.5),
    ([FIELDS["children"], 0], []),
])
def test_a_value_of_another_type_is_refused(path, value):
    with pytest.raises(DecodeError):
        CODEC.loads(_mutated(path, value))


@pytest.mark.parametrize("data", [
    b"", b"not json", b"\xff\xfe", b"null", b"{}", b"[]", b"[" * 100_000 + b"]" * 100_000,
    b"1" * 5000, json.dumps(CODEC.encode(_tree()) + [None]).encode(),
])
def test_malformed_data_is_refused(data):
    with pytest.raises(DecodeError):
        CODEC.loads(data)


def test_only_declared_checked_types_can_be_built():
    @dataclass(frozen=True)
    class Loose:
        anything: Any

    @dataclass
    class Mutable:
        name: str

    with pytest.raises(TypeError, match="cannot"):
        Codec(Loose, allowed=[Loose])
    with pytest.raises(TypeError, match="frozen dataclasses of the checker"):
        Codec(Mutable)
    with pytest.raises(TypeError, match="frozen dataclasses of the checker"):
        Codec(Tree)   # not of the checker package, and not allowed explicitly
    with pytest.raises(TypeError):
        Codec(tuple[object, ...])


def test_every_seed_passage_and_analysis_comes_back_equal():
    documents, _ = load_documents([ROOT / "seeds"])
    lexicon = load_lexicon()
    pairs = [pair for document in documents for pair in analysed_passages(document, lexicon)]
    assert len(pairs) > 400
    codec = Codec(tuple[Passage, Analysis])
    for pair in pairs:
        assert codec.loads(codec.dumps(pair)) == pair
    part = index_part([analysis for _, analysis in pairs])
    assert Codec(IndexPart).loads(Codec(IndexPart).dumps(part)) == part


@pytest.mark.parametrize(("root", "value"), [
    (str | None, None), (str | None, "x"), (tuple[int | None, ...], (1, None)),
    (dict[str, tuple[int, ...]], {"a": (1, 2), "b": ()}), (frozenset[tuple[str, int]], frozenset()),
    (int | float, 1), (int | float, 1.0), (bytes, b""), (Literal["x", 1], 1),
])
def test_roots_of_every_kind_come_back_equal_and_of_their_type(root, value):
    codec = Codec(root)
    back = codec.loads(codec.dumps(value))
    assert back == value and type(back) is type(value)


@dataclass(frozen=True)
class Ordered:
    low: int
    high: int

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError("low above high")


@dataclass(frozen=True)
class Empty:
    pass


def test_a_class_that_checks_itself_is_built_by_its_init_and_an_empty_one_decodes():
    codec = Codec(tuple[Ordered, Empty], allowed=[Ordered, Empty])
    assert codec.loads(b"[[1,2],[]]") == (Ordered(1, 2), Empty())
    for data in (b"[[2,1],[]]", b"[[1,2],[0]]", b"[[1,2.5],[]]", b"[[1],[]]"):
        with pytest.raises(DecodeError):
            codec.loads(data)
