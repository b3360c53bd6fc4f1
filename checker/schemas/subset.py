"""Whether data conforms to a JSON Schema written in a small set of keywords.

Importing ``jsonschema`` (with ``referencing``, ``attrs`` and ``rpds``) costs
about 0.06 s, a tenth of a small ``verify`` run, and nearly every claims file
is valid. So ``checker.io.claims`` asks this module first and imports
``jsonschema`` only when the answer is not a plain yes: to find the error to
report, or for a schema this module does not read.

``conforms`` gives True or False exactly as JSON Schema 2020-12 would for the
keywords it knows (``type`` with the JSON types a YAML or JSON document can
hold, ``properties``, ``required``, ``additionalProperties``, ``items``,
``minItems``, ``minLength``, ``maxLength``, ``pattern``, ``const`` of a
string, number, true/false or null, ``if``/``then``/``else``, ``$ref`` to
``#/$defs/NAME``, and the annotations), and None when the schema uses any
other keyword or the data holds a value outside JSON. It does not say what
is wrong (``jsonschema`` does).
"""
from __future__ import annotations

import re
from typing import Any

_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "$defs", "title", "description",
                          "examples", "default"})
_SCALARS = (str, int, float, bool, type(None))


class _Unknown(Exception):
    """The schema or the data is outside what this module reads."""


def conforms(instance: Any, schema: dict[str, Any]) -> bool | None:
    """Whether INSTANCE is valid against SCHEMA; None when this cannot tell."""
    try:
        return _valid(instance, schema, schema)
    except _Unknown:
        return None


def _valid(instance: Any, schema: Any, root: dict[str, Any]) -> bool:
    if schema is True:
        return True
    if schema is False:
        return False
    if not isinstance(schema, dict):
        raise _Unknown
    for keyword, value in schema.items():
        if keyword in _ANNOTATIONS or keyword in ("then", "else"):
            continue
        check = _KEYWORDS.get(keyword)
        if check is None:
            raise _Unknown
        if not check(instance, value, schema, root):
            return False
    return True


def _type_of(instance: Any) -> str:
    if isinstance(instance, bool):
        return "boolean"
    if instance is None:
        return "null"
    if isinstance(instance, str):
        return "string"
    if type(instance) in (int, float):
        return "number"
    if isinstance(instance, list):
        return "array"
    if isinstance(instance, dict) and all(isinstance(k, str) for k in instance):
        return "object"
    raise _Unknown


def _type(instance: Any, types: Any, _schema: dict, _root: dict) -> bool:
    names = [types] if isinstance(types, str) else types
    # "integer" is the one JSON type whose test differs between drafts and
    # versions (1.0): left to jsonschema.
    if not isinstance(names, list) or not set(names) <= {"string", "number", "boolean", "null",
                                                          "array", "object"}:
        raise _Unknown
    return _type_of(instance) in names


def _properties(instance: Any, properties: Any, _schema: dict, root: dict) -> bool:
    if not isinstance(properties, dict):
        raise _Unknown
    if _type_of(instance) != "object":
        return True
    return all(_valid(instance[name], sub, root) for name, sub in properties.items()
               if name in instance)


def _additional(instance: Any, additional: Any, schema: dict, root: dict) -> bool:
    if _type_of(instance) != "object":
        return True
    if "patternProperties" in schema:
        raise _Unknown
    named = schema.get("properties", {})
    return all(_valid(value, additional, root) for name, value in instance.items()
               if name not in named)


def _required(instance: Any, names: Any, _schema: dict, _root: dict) -> bool:
    return _type_of(instance) != "object" or all(name in instance for name in names)


def _items(instance: Any, items: Any, schema: dict, root: dict) -> bool:
    if _type_of(instance) != "array":
        return True
    if "prefixItems" in schema:
        raise _Unknown
    return all(_valid(item, items, root) for item in instance)


def _min_items(instance: Any, least: Any, _schema: dict, _root: dict) -> bool:
    return _type_of(instance) != "array" or len(instance) >= least


def _min_length(instance: Any, least: Any, _schema: dict, _root: dict) -> bool:
    return _type_of(instance) != "string" or len(instance) >= least


def _max_length(instance: Any, most: Any, _schema: dict, _root: dict) -> bool:
    return _type_of(instance) != "string" or len(instance) <= most


def _pattern(instance: Any, pattern: Any, _schema: dict, _root: dict) -> bool:
    # jsonschema searches anywhere in the string with Python's re, as here.
    return _type_of(instance) != "string" or re.search(pattern, instance) is not None


def _const(instance: Any, value: Any, _schema: dict, _root: dict) -> bool:
    if not isinstance(value, _SCALARS):
        raise _Unknown
    if _type_of(instance) in ("array", "object"):
        return False
    # JSON equality: 1 and 1.0 are equal, true and 1 are not.
    if isinstance(value, bool) or isinstance(instance, bool):
        return type(value) is type(instance) and value == instance
    return _type_of(instance) == _type_of(value) and value == instance


def _if(instance: Any, condition: Any, schema: dict, root: dict) -> bool:
    branch = "then" if _valid(instance, condition, root) else "else"
    return _valid(instance, schema.get(branch, True), root)


def _ref(instance: Any, ref: Any, _schema: dict, root: dict) -> bool:
    prefix = "#/$defs/"
    name = ref[len(prefix):] if isinstance(ref, str) and ref.startswith(prefix) else None
    defs = root.get("$defs", {})
    if not name or "/" in name or "~" in name or name not in defs:
        raise _Unknown
    return _valid(instance, defs[name], root)


_KEYWORDS = {
    "type": _type, "properties": _properties, "additionalProperties": _additional,
    "required": _required, "items": _items, "minItems": _min_items,
    "minLength": _min_length, "maxLength": _max_length, "pattern": _pattern,
    "const": _const, "if": _if, "$ref": _ref,
}
