"""The JSON Schemas the checker ships: the claims file and the JSON report.

The files here are the packaged copies; ``schemas/`` at the top of the
repository holds byte-identical copies for people and editors (a test keeps
them in step). This module only loads them; validation happens where the data
is read (``checker.io.claims``) or in tests (the report).
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_NAMES = ("claims", "report")


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The packaged schema ``NAME.schema.json`` (``claims`` or ``report``), parsed."""
    if name not in SCHEMA_NAMES:
        raise ValueError(f"no schema named {name!r}; known: {', '.join(SCHEMA_NAMES)}")
    text = resources.files(__name__).joinpath(f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)
