"""The process around a command: the stages imported late, the collector as
it was found."""
from __future__ import annotations

import subprocess
import sys

import pytest

_PROBE = """
import gc, sys
{before}
from checker.cli.process import import_pipeline
assert "checker.pipeline" not in sys.modules
threshold = gc.get_threshold()
pipeline = import_pipeline()
assert pipeline is sys.modules["checker.pipeline"] and import_pipeline() is pipeline
print(gc.isenabled(), gc.get_freeze_count() > 0, gc.get_threshold() == threshold)
"""


@pytest.mark.parametrize("before, expected", [
    ("", "True False True"),              # made unscanned, nothing left frozen
    ("gc.disable()", "False False True"),  # a paused collector stays paused
    ("gc.freeze()", "True True True"),     # a caller's frozen objects stay frozen
])
def test_the_pipeline_is_imported_with_the_collector_left_as_it_was(before, expected):
    done = subprocess.run([sys.executable, "-c", _PROBE.format(before=before)], check=True,
                          capture_output=True, text=True)
    assert done.stdout.strip() == expected
