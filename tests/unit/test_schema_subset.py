"""The quick schema check gives jsonschema's answer, or none."""
from __future__ import annotations

import subprocess
import sys

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.schemas import load_schema
from checker.schemas.subset import conforms

CLAIMS = load_schema("claims")

_text = st.sampled_from(["", " ", "a claim", " x ", "a\nb", "c1", "id with\rbreak",
                         "x" * 2001, "智谱2024年营收3亿元"])
_scalar = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from([1.0, 2.5]),
                    _text)
_json = st.recursive(_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=3),
    st.dictionaries(st.sampled_from(["text", "id", "context", "claims", "zeta"]), inner,
                    max_size=3)), max_leaves=8)
_good_text = st.sampled_from(["a claim", " x ", "智谱2024年营收3亿元", "c1", "z-1"])
_claim = st.one_of(_good_text, st.fixed_dictionaries(
    {"text": st.one_of(_good_text, _text)},
    optional={"id": st.one_of(_good_text, _text, _scalar), "checked": _json,
              "context": _json}), _text, _json)
_claims = st.lists(_claim, max_size=3)
_paths = st.one_of(_good_text, st.lists(_good_text, max_size=2), _text,
                   st.lists(st.one_of(_text, _scalar), max_size=2), _scalar)
_claims_file = st.one_of(
    _claims,
    st.fixed_dictionaries({"claims": _claims}, optional={
        "version": st.one_of(st.sampled_from([1, 1.0, True, 2, "1"]), _scalar),
        "sources": _paths, "lexicons": _paths}),
    st.fixed_dictionaries({}, optional={"claims": _json, "claim": _json, "version": _json}),
    _json)


@settings(max_examples=600, deadline=None)
@given(_claims_file)
def test_the_claims_schema_is_read_whole_and_answered_as_jsonschema_does(data):
    expected = jsonschema.Draft202012Validator(CLAIMS).is_valid(data)
    assert conforms(data, CLAIMS) is expected


@pytest.mark.parametrize("schema, instance, expected", [
    ({"type": "integer"}, 1, None),                       # left to jsonschema
    ({"patternProperties": {"a": True}}, {}, None),
    ({"$ref": "https://example.org/s.json"}, 1, None),
    ({"$ref": "#/$defs/missing"}, 1, None),
    ({"const": [1]}, [1], None),
    ({"type": "string"}, ("a",), None),                   # a tuple is not JSON
    ({"const": 1}, True, False),
    ({"const": 1}, 1.0, True),
    ({"if": {"type": "string"}, "then": {"minLength": 2}}, "a", False),
    ({"if": {"type": "string"}, "then": {"minLength": 2}}, 5, True),
    ({"then": {"type": "string"}}, 5, True),              # no `if`: ignored
    ({"additionalProperties": False, "properties": {"a": True}}, {"a": 1, "b": 2}, False),
])
def test_keywords_it_does_not_read_are_no_answer(schema, instance, expected):
    assert conforms(instance, schema) is expected


def test_a_valid_claims_file_is_read_without_importing_jsonschema(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text("claims:\n  - text: Zhipu listed in 2026\n    id: z\n", encoding="utf-8")
    code = ("import sys; from checker.io.claims import load_claims; "
            f"load_claims({str(path)!r}); print('jsonschema' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                          text=True)
    assert done.stdout.strip() == "False"
