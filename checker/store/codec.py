"""Plain data ⇄ JSON for the frozen dataclasses the stages pass around.

The cache stores analysed passages; a cache file is untrusted input (it may
have been planted, committed, damaged or forged with a valid checksum), so
it must never be able to run code when read, as a pickle can. This module
turns a value of a *declared type* into JSON-able lists and back:

* a dataclass becomes the list of its ``__init__`` fields' values, in field
  order; it is decoded by its fields' type annotations, so a new field needs
  no code here;
* ``str``, ``int``, ``float``, ``bool``, ``None`` stay as they are; ``bytes``
  become base64 text; ``tuple``/``list`` become lists; ``frozenset``/``set``
  become sorted lists; ``dict`` becomes a list of ``[key, value]`` pairs;
  ``X | None`` is ``null`` or X; a union of several kinds that JSON cannot
  tell apart (two dataclasses, a tuple and a set) is ``[member number, value]``;
  ``Literal[...]`` is checked against its values.

Decoding never looks a class up by a name found in the data: the classes it
can build are those reachable from the declared root type through
annotations, and only frozen dataclasses of the ``checker`` package (or
classes passed as ``allowed``) qualify. Every value is checked against its
declared type (a list of the right length, a string where a string is
declared, ...); anything else raises ``DecodeError``. The checks of a
dataclass's or a fixed tuple's fields are written out as one small function
per type, from its annotations alone, and compiled when the codec is built. An annotation the codec
cannot check (``Any``, an arbitrary class) is refused with a TypeError when
the codec is built: the round-trip tests fail, and a run goes on without the
cache.

It knows nothing about files; ``checker.store.cache`` frames, checksums and stores
the bytes.
"""
from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import operator
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from typing import Any

Encode = Callable[[Any], Any]
Decode = Callable[[Any], Any]


class DecodeError(ValueError):
    """The data does not have the declared type (or is not JSON at all)."""


class Codec:
    """Encode values of type ROOT to UTF-8 JSON bytes and decode them back.

    ``allowed``: dataclasses outside the ``checker`` package that may be
    built (for tests and tools); ``checker`` dataclasses are always allowed.
    """

    def __init__(self, root: Any, allowed: Iterable[type] = ()) -> None:
        builder = _Builder(frozenset(allowed))
        self.root = root
        self._encode = builder.encoder(root)
        self._decode = builder.decoder(root)

    def encode(self, value: Any) -> Any:
        """VALUE as JSON-able lists, strings and numbers."""
        return self._encode(value)

    def decode(self, data: Any) -> Any:
        """A value of the root type from parsed JSON; raises DecodeError."""
        try:
            return self._decode(data)
        except DecodeError:
            raise
        except (TypeError, ValueError, IndexError, KeyError, RecursionError) as error:
            # A constructor or check refused the data in a way not foreseen.
            raise DecodeError(f"bad value: {error}") from None

    def dumps(self, value: Any) -> bytes:
        return json_bytes(self._encode(value))

    def loads(self, data: bytes | bytearray | memoryview) -> Any:
        """A value of the root type from JSON bytes; raises DecodeError."""
        try:
            parsed = json.loads(bytes(data).decode("utf-8", "surrogatepass"))
        except (ValueError, RecursionError) as error:   # UnicodeDecodeError is a ValueError
            raise DecodeError(f"not JSON: {error}") from None
        return self.decode(parsed)


def _scalar(value: Any) -> Any:
    """A numpy number (np.int64 is no int) as the Python number it holds."""
    item = getattr(value, "item", None)
    if item is None or type(value).__module__ != "numpy":
        raise TypeError(f"the cache codec cannot store {type(value).__name__}")
    return item()


# What json.dumps would make for every call (one encoder, not one per call).
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False,
                         default=_scalar)


def json_bytes(data: Any) -> bytes:
    """DATA, JSON-able lists (or tuples), strings and numbers, as the bytes
    ``Codec.dumps`` writes (for a writer that makes the lists itself)."""
    # surrogatepass: a lone surrogate decoded from a bad source survives.
    return _JSON.encode(data).encode("utf-8", "surrogatepass")


# --- building encoders and decoders from annotations ---------------------------------

def _fail(what: str, value: Any) -> DecodeError:
    return DecodeError(f"expected {what}, found {type(value).__name__}")


def _decode_str(value: Any) -> str:
    if type(value) is not str:
        raise _fail("a string", value)
    return value


def _decode_int(value: Any) -> int:
    if type(value) is not int:
        raise _fail("an integer", value)
    return value


def _decode_float(value: Any) -> float:
    if type(value) is not float and type(value) is not int:
        raise _fail("a number", value)
    return value


def _decode_bool(value: Any) -> bool:
    if type(value) is not bool:
        raise _fail("a boolean", value)
    return value


def _decode_none(value: Any) -> None:
    if value is not None:
        raise _fail("null", value)


def _decode_bytes(value: Any) -> bytes:
    if type(value) is not str:
        raise _fail("base64 text", value)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise DecodeError("bad base64") from None


def _encode_bytes(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _identity(value: Any) -> Any:
    return value


@dataclasses.dataclass(frozen=True)
class _Decoder:
    decode: Decode
    """Checks a JSON value completely and returns the decoded value."""
    kinds: frozenset
    """The JSON types the encoded value may have."""
    plain: bool
    """Whether a JSON value of one of ``kinds`` is the decoded value as it
    is, so that a container can check it without calling ``decode``."""


_LIST = frozenset({list})
_SIMPLE_DECODERS: dict[Any, _Decoder] = {
    str: _Decoder(_decode_str, frozenset({str}), True),
    int: _Decoder(_decode_int, frozenset({int}), True),
    # An int stays an int: a float field that held 5 gives back 5, not 5.0,
    # so everything formatted from it is the same as without the cache.
    float: _Decoder(_decode_float, frozenset({int, float}), True),
    bool: _Decoder(_decode_bool, frozenset({bool}), True),
    type(None): _Decoder(_decode_none, frozenset({type(None)}), True),
    bytes: _Decoder(_decode_bytes, frozenset({str}), False),
}


def _list_builder(items: list[_Decoder], make: Any = list, names: Sequence[str] = ()
                  ) -> Callable[[Any], Any]:
    """A function that checks a JSON list of len(ITEMS) values, one per
    decoder, and returns the decoded values as MAKE: a list, a tuple, a
    dataclass built by its ``__init__``, or, with NAMES (its fields), an
    instance of the dataclass MAKE with those fields set directly.

    Its code is written for ITEMS (from the declared types, never from the
    data) and compiled once: checking each field's type and decoding it
    inline is several times faster than a loop over decoders, and a cache
    entry decodes tens of thousands of such lists per run."""
    n = len(items)
    scope: dict[str, Any] = {"DecodeError": DecodeError, "make": make, "new": object.__new__,
                             "put": object.__setattr__}
    checks, args = [], []
    for i, item in enumerate(items):
        if len(item.kinds) == 1:
            scope[f"k{i}"] = next(iter(item.kinds))
            checks.append(f"type(v{i}) is not k{i}")
        else:
            scope[f"k{i}"] = item.kinds
            checks.append(f"type(v{i}) not in k{i}")
        if item.plain:
            args.append(f"v{i}")
        else:
            scope[f"d{i}"] = item.decode
            args.append(f"d{i}(v{i})")
    what = f"the {n} fields of {make.__name__}" if dataclasses.is_dataclass(make) else \
        f"a list of {n} values of the declared types"
    scope["what"] = f"expected {what}"
    unpack = "".join(f"v{i}, " for i in range(n))
    lines = ["def build(value):",
             f"    if type(value) is not list or len(value) != {n}:",
             "        raise DecodeError(what)"]
    if n:
        lines += [f"    {unpack}= value",
                  f"    if {' or '.join(checks)}:",
                  "        raise DecodeError(what)"]
    if names:
        # Set one by one, not through obj.__dict__: an instance whose dict
        # was asked for keeps a dict of its own, twice the memory (the
        # passages a run keeps are mostly such objects).
        lines += ["    obj = new(make)", *(f"    put(obj, {k!r}, {a})" for k, a in zip(names, args)),
                  "    return obj"]
    elif make is list:
        lines.append(f"    return [{', '.join(args)}]")
    elif make is tuple:
        lines.append(f"    return ({''.join(a + ', ' for a in args)})")
    else:
        lines.append(f"    return make({', '.join(args)})")
    exec("\n".join(lines), scope)   # noqa: S102 - code written from the declared types
    return scope["build"]


def _names(kinds: frozenset) -> str:
    return " or ".join(sorted(k.__name__ for k in kinds))


def _sorted_items(items: list) -> list:
    # Sets are written sorted so the same set always gives the same bytes.
    try:
        return sorted(items)
    except TypeError:
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))


class _Builder:
    def __init__(self, allowed: frozenset[type]) -> None:
        self.allowed = allowed
        self._encoders: dict[Any, Encode] = {}
        self._decoders: dict[Any, _Decoder] = {}

    # --- encoders --------------------------------------------------------------
    def encoder(self, tp: Any) -> Encode:
        try:
            return self._encoders[tp]
        except (KeyError, TypeError):
            pass
        if dataclasses.is_dataclass(tp):
            return self._dataclass_encoder(tp)
        made = self._make_encoder(tp)
        self._encoders[tp] = made
        return made

    def _make_encoder(self, tp: Any) -> Encode:
        if tp in (str, int, float, bool, type(None)):
            return _identity
        if tp is bytes:
            return _encode_bytes
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin is typing.Literal:
            self._literal_values(tp)
            return _identity
        if origin in (tuple, list):
            return self._sequence_encoder(tp, args)
        if origin in (frozenset, set):
            item = self.encoder(args[0])
            return lambda value: _sorted_items([item(v) for v in value])
        if origin is dict:
            key, val = self.encoder(args[0]), self.encoder(args[1])
            return lambda value: [[key(k), val(v)] for k, v in value.items()]
        if _is_union(tp):
            return self._union_encoder(tp)
        raise TypeError(f"the cache codec cannot store values of type {tp!r}")

    def _sequence_encoder(self, tp: Any, args: tuple) -> Encode:
        if not args:
            raise TypeError(f"the cache codec needs the item type of {tp!r}")
        if len(args) == 2 and args[1] is Ellipsis or typing.get_origin(tp) is list:
            item = self.encoder(args[0])
            if item is _identity:
                return list
            return lambda value: [item(v) for v in value]
        items = [self.encoder(a) for a in args]
        if all(item is _identity for item in items):
            size = len(items)
            return lambda value: list(value[:size])
        return lambda value: [enc(v) for enc, v in zip(items, value)]

    def _union_encoder(self, tp: Any) -> Encode:
        members = typing.get_args(tp)
        optional = _optional_member(members)
        if optional is not None:
            inner = self.encoder(optional)
            if inner is _identity:
                return _identity
            return lambda value: None if value is None else inner(value)
        if _self_describing(members):
            encoders = {m: self.encoder(m) for m in members}
            return lambda value: encoders[_member_of(value, members)](value)
        encoders = [self.encoder(m) for m in members]

        def encode(value: Any) -> list:
            number = members.index(_member_of(value, members))
            return [number, encoders[number](value)]
        return encode

    def _dataclass_encoder(self, cls: type) -> Encode:
        self._check_class(cls)
        names: list[str] = []
        # Set once the fields' encoders are made: the fields' values in one
        # call, and the fields whose values are not written as they are.
        fields: list[Callable[[Any], tuple]] = []
        encoded: list[tuple[int, Encode]] = []

        def encode(value: Any) -> list:
            values = list(fields[0](value))
            for i, enc in encoded:
                values[i] = enc(values[i])
            return values

        self._encoders[cls] = encode   # before the fields: a class may nest itself
        for i, (name, field_type) in enumerate(self._fields(cls)):
            names.append(name)
            enc = self.encoder(field_type)
            if enc is not _identity:
                encoded.append((i, enc))
        getter = operator.attrgetter(*names) if names else None
        fields.append(getter if len(names) > 1 else
                      (lambda value: (getter(value),)) if names else (lambda value: ()))
        return encode

    # --- decoders --------------------------------------------------------------
    def decoder(self, tp: Any) -> Decode:
        return self._decoder(tp).decode

    def _decoder(self, tp: Any) -> _Decoder:
        try:
            return self._decoders[tp]
        except (KeyError, TypeError):
            pass
        if dataclasses.is_dataclass(tp):
            return self._dataclass_decoder(tp)
        made = self._make_decoder(tp)
        self._decoders[tp] = made
        return made

    def _make_decoder(self, tp: Any) -> _Decoder:
        simple = _SIMPLE_DECODERS.get(tp)
        if simple is not None:
            return simple
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin is typing.Literal:
            values = self._literal_values(tp)

            def literal(value: Any) -> Any:
                if not any(type(value) is type(v) and value == v for v in values):
                    raise DecodeError(f"{value!r} is not one of {values!r}")
                return value
            return _Decoder(literal, frozenset(type(v) for v in values), False)
        if origin in (tuple, list):
            return self._sequence_decoder(tp, origin, args)
        if origin in (frozenset, set):
            return _Decoder(self._sequence_decoder(tp, origin, (args[0], ...)).decode, _LIST,
                            False)
        if origin is dict:
            pairs = self._sequence_decoder(tp, list, (tuple[args[0], args[1]], ...)).decode
            return _Decoder(lambda value: dict(pairs(value)), _LIST, False)
        if _is_union(tp):
            return self._union_decoder(tp)
        raise TypeError(f"the cache codec cannot read values of type {tp!r}")

    def _sequence_decoder(self, tp: Any, origin: type, args: tuple) -> _Decoder:
        if not args:
            raise TypeError(f"the cache codec needs the item type of {tp!r}")
        if len(args) == 2 and args[1] is Ellipsis or origin is list:
            item = self._decoder(args[0])
            kinds = item.kinds
            if item.plain:
                # Terms, origins: every item's type checked in one C loop.
                def plain_items(value: Any) -> Any:
                    if type(value) is not list or not kinds.issuperset(map(type, value)):
                        raise DecodeError(f"expected a list of {_names(kinds)}")
                    return origin(value)
                return _Decoder(plain_items, _LIST, False)
            decode_item = item.decode

            def items(value: Any) -> Any:
                if type(value) is not list:
                    raise _fail("a list", value)
                return origin(map(decode_item, value))
            return _Decoder(items, _LIST, False)
        return _Decoder(_list_builder([self._decoder(a) for a in args], origin), _LIST, False)

    def _union_decoder(self, tp: Any) -> _Decoder:
        members = typing.get_args(tp)
        optional = _optional_member(members)
        if optional is not None:
            inner = self._decoder(optional)
            decode_inner = inner.decode
            return _Decoder(lambda value: None if value is None else decode_inner(value),
                            inner.kinds | {type(None)}, inner.plain)
        decoders = [self._decoder(m) for m in members]
        if _self_describing(members):
            def first_fit(value: Any) -> Any:
                for member in decoders:
                    if type(value) in member.kinds:
                        try:
                            return member.decode(value)
                        except DecodeError:
                            continue
                raise DecodeError(f"no member of {tp!r} fits")
            kinds = frozenset().union(*(d.kinds for d in decoders))
            return _Decoder(first_fit, kinds, False)

        def tagged(value: Any) -> Any:
            if type(value) is not list or len(value) != 2:
                raise _fail("a [member, value] pair", value)
            number, inner = value
            if type(number) is not int or not 0 <= number < len(decoders):
                raise DecodeError("bad union member number")
            return decoders[number].decode(inner)
        return _Decoder(tagged, _LIST, False)

    def _dataclass_decoder(self, cls: type) -> _Decoder:
        self._check_class(cls)
        # A class may nest itself: its own fields decode it through HOLDER,
        # filled once its code is built.
        holder: list[Decode] = []
        self._decoders[cls] = _Decoder(lambda value: holder[0](value), _LIST, False)
        fields = self._fields(cls)
        items = [self._decoder(field_type) for _, field_type in fields]
        # Without a __post_init__, __init__ only assigns the fields: setting
        # them directly gives the same object, several times faster.
        direct = not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__") \
            and all(f.init for f in dataclasses.fields(cls))
        decode = _list_builder(items, cls, [n for n, _ in fields] if direct else ())
        holder.append(decode)
        made = self._decoders[cls] = _Decoder(decode, _LIST, False)
        return made

    # --- shared --------------------------------------------------------------------
    def _check_class(self, cls: type) -> None:
        if cls in self.allowed:
            return
        params = getattr(cls, "__dataclass_params__", None)
        if not cls.__module__.startswith("checker.") or params is None or not params.frozen:
            raise TypeError(f"the cache codec only stores frozen dataclasses of the checker "
                            f"package, not {cls.__module__}.{cls.__qualname__}")

    @staticmethod
    def _fields(kind: type) -> list[tuple[str, Any]]:
        hints = typing.get_type_hints(kind)
        return [(f.name, hints[f.name]) for f in dataclasses.fields(kind) if f.init]

    @staticmethod
    def _literal_values(tp: Any) -> tuple:
        values = typing.get_args(tp)
        if not all(type(v) in (str, int, bool) for v in values):
            raise TypeError(f"the cache codec cannot store {tp!r}")
        return values


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def _optional_member(members: tuple) -> Any:
    """X for the union X | None (None for any other union)."""
    if len(members) == 2 and type(None) in members:
        return members[0] if members[1] is type(None) else members[1]
    return None


def _self_describing(members: tuple) -> bool:
    """Whether JSON alone tells the union's members apart: at most one member
    that is not a primitive, and not both int and float (an int in a float
    field stays an int) nor bool with a number."""
    structured = [m for m in members if m not in (str, int, float, bool, type(None))]
    numbers = {int, float, bool} & set(members)
    return len(structured) <= 1 and len(numbers) <= 1 and \
        not (structured and structured[0] is bytes and str in members)


def _member_of(value: Any, members: tuple) -> Any:
    """The union member VALUE is an instance of (exact primitive types first)."""
    for member in members:
        if member is type(None):
            if value is None:
                return member
            continue
        if type(value) is member:
            return member
    for member in members:
        origin = typing.get_origin(member) or member
        if origin is not type(None) and isinstance(origin, type) and \
                isinstance(value, origin) and not (origin is int and type(value) is bool):
            return member
    raise TypeError(f"{type(value).__name__} is none of {members!r}")
