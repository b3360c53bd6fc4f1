"""The error hierarchy: every failure a user can act on.

The CLI catches ``CheckerError`` once, prints ``str(error)`` (one line:
``FILE:LINE: what is wrong (what to do)``) to stderr and exits 2. Library code
raises these and never prints or exits.
"""
from __future__ import annotations


class CheckerError(Exception):
    """Root of every error the checker reports to a user."""

    def __init__(self, message: str, *, file: str | None = None,
                 line: int | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


class ClaimsFileError(CheckerError):
    """The claims file cannot be read or does not follow the format."""


class SourceError(CheckerError):
    """A source path is missing, unreadable, binary or undecodable."""


class BinaryFileError(SourceError):
    """A file looks binary (NUL bytes, control characters), not like text."""


class LexiconError(CheckerError):
    """A lexicon data file is invalid."""


class ConfigError(CheckerError):
    """An option or configuration value is invalid."""


class OutputError(CheckerError):
    """The report cannot be written."""


class ClusterError(CheckerError):
    """The Dask cluster of ``--scheduler`` cannot be reached, or failed during the run."""
