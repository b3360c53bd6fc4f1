"""Exit codes of every command, in one place (see CONTRACT.md)."""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    """Every claim passed the gate (or the command succeeded)."""
    GATE_FAILED = 1
    """At least one claim's verdict is in --fail-on."""
    ERROR = 2
    """The run could not be done: bad claims file, missing sources, bad option."""
    INTERRUPTED = 130
    """Stopped with Ctrl-C (128 + SIGINT, as shells report it)."""
    TERMINATED = 143
    """Stopped with SIGTERM (128 + SIGTERM), e.g. by a CI job's timeout; cleaned
    up as for Ctrl-C: nothing half-written, no worker process left."""
