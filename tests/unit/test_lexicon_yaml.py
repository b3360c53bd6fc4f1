"""The bundled YAML files (lexicon, grammars, units, glossary) are read with
libyaml's parser where it is installed, for start-up time: it must read every
one of them exactly as PyYAML's own parser does."""
from __future__ import annotations

from importlib import resources

import pytest
import yaml

BUNDLED = sorted(str(p.relative_to(resources.files("checker") / "data"))
                 for p in (resources.files("checker") / "data").rglob("*.yaml"))


def test_every_bundled_file_is_covered():
    assert {"entities.yaml", "measures.yaml", "names.yaml", "units.yaml", "glossary.yaml",
            "language/en.yaml", "language/zh.yaml"} <= set(BUNDLED)


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
@pytest.mark.parametrize("name", BUNDLED)
def test_libyaml_reads_the_bundled_file_as_pyyaml_does(name):
    text = (resources.files("checker") / "data" / name).read_text(encoding="utf-8")
    fast = yaml.load(text, Loader=yaml.CSafeLoader)
    slow = yaml.load(text, Loader=yaml.SafeLoader)
    assert fast == slow and repr(fast) == repr(slow)   # same values, types and key order
