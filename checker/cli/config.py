"""Configuration: ``checker.toml`` or ``[tool.checker]`` in ``pyproject.toml``, and ``CHECKER_*``.

Discovery starts in the current folder and goes up: in each folder a
``checker.toml`` (the whole file is the configuration) wins over a
``pyproject.toml`` with a ``[tool.checker]`` table; a ``pyproject.toml``
without that table is passed over. The search stops at the first folder
holding ``.git`` (the top of the repository), like black's project root.

Precedence is command line > environment > file. This module merges the last
two; the CLI lays its own options over the result. Keys may be written
``fail-on`` or ``fail_on``; values are checked here, so a bad one is a
``ConfigError`` naming the file (and the line) or the variable. Unknown keys
are not errors: they come back as warnings for the CLI to print. Paths in a
file are relative to that file's folder and are returned relative to the
current folder.

Pure functions apart from reading the configuration file: nothing is
printed, nothing exits.
"""
from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import ConfigError
from checker.model import VERDICTS

CONFIG_FILE = "checker.toml"
PYPROJECT = "pyproject.toml"
ENV_PREFIX = "CHECKER_"
COLOR_MODES = ("auto", "always", "never")
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


@dataclass(frozen=True)
class Settings:
    """Options from the environment and a configuration file, merged."""

    values: dict[str, Any] = field(default_factory=dict)
    """Canonical key (``fail_on``) → checked value."""
    origins: dict[str, str] = field(default_factory=dict)
    """Canonical key → where its value came from (``checker.toml``, ``CHECKER_FORMAT``)."""
    file: str | None = None
    """The configuration file read, relative to the current folder; None when none."""
    warnings: tuple[str, ...] = ()
    """Messages for standard error (unknown keys), each naming its file or variable."""


# -- the keys ------------------------------------------------------------------

def _format_names() -> tuple[str, ...]:
    from checker.render import FORMATS  # the registry; a light import

    return (*sorted(FORMATS), "auto")


def _choice(choices: Callable[[], tuple[str, ...]] | tuple[str, ...]) -> Callable[[Any], Any]:
    def check(value: Any) -> str:
        names = choices() if callable(choices) else choices
        if not isinstance(value, str) or value.strip().lower() not in names:
            raise ValueError(f"must be one of: {', '.join(names)}")
        return value.strip().lower()
    return check


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
        return value.strip().lower() in _TRUE
    raise ValueError("must be true or false")


def _confidence(value: Any) -> float:
    if isinstance(value, bool):  # TOML true is not 1.0
        raise ValueError("must be a number from 0 to 1")  # noqa: TRY004 - reported as a value
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError("must be a number from 0 to 1") from None
    if not 0.0 <= number <= 1.0:
        raise ValueError("must be a number from 0 to 1")
    return number


def _verdicts(value: Any) -> tuple[str, ...]:
    """A list of verdicts, or a comma-separated string of them; 'not-found' is accepted."""
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, list) and all(isinstance(part, str) for part in value):
        parts = value
    else:
        raise ValueError("must be a list of verdicts")
    names = [part.strip().lower().replace("-", "_") for part in parts]
    names = [name for name in names if name]
    for name in names:
        if name not in VERDICTS:
            raise ValueError(f"unknown verdict '{name}' (use: {', '.join(VERDICTS)})")
    return tuple(dict.fromkeys(names))


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty string")
    return value.strip()


def _reports(value: Any) -> tuple[tuple[str, str], ...]:
    """``{junit = "a.xml"}``, ``["junit=a.xml"]`` or ``"junit=a.xml,sarif=b.sarif"``."""
    if isinstance(value, dict):
        pairs = list(value.items())
    elif isinstance(value, (list, str)):
        items = value.split(",") if isinstance(value, str) else value
        pairs = [parse_report_spec(item) if isinstance(item, str) else (None, None)
                 for item in items if not isinstance(item, str) or item.strip()]
    else:
        raise ValueError("must be a table of FORMAT = PATH")  # noqa: TRY004 - as above
    formats = _format_names()
    out = []
    for fmt, path in pairs:
        if not isinstance(fmt, str) or not isinstance(path, str) or not path.strip():
            raise ValueError("must map each format to a file path")
        if fmt.strip().lower() not in formats:
            raise ValueError(f"unknown format '{fmt}' (use: {', '.join(formats)})")
        out.append((fmt.strip().lower(), path.strip()))
    return tuple(out)


KEYS: dict[str, Callable[[Any], Any]] = {
    "format": _choice(_format_names),
    "color": _choice(COLOR_MODES),
    "quiet": _bool,
    "fail_on": _verdicts,
    "min_confidence": _confidence,
    "exit_zero": _bool,
    "baseline": _text,
    "reports": _reports,
    "publisher": _text,
    "review_url": _text,
}
"""Every configurable option and the function that checks (and converts) its value."""

PATH_KEYS = ("baseline",)
"""Keys holding one path, resolved against the configuration file's folder."""


def parse_report_spec(spec: str) -> tuple[str, str]:
    """``junit=out/claims.xml`` → ('junit', 'out/claims.xml'); ValueError if malformed."""
    fmt, equals, path = spec.partition("=")
    if not equals or not fmt.strip() or not path.strip():
        raise ValueError(f"'{spec}' is not FORMAT=PATH")
    return fmt.strip().lower(), path.strip()


# -- discovery -----------------------------------------------------------------

def find_config_file(start: Path) -> tuple[Path, dict[str, Any], str] | None:
    """The first configuration from START upwards: (path, table, table name), or None.

    Raises ConfigError (with the line) when a file on the way is not valid TOML,
    naming it relative to START.
    """
    folder = start.resolve()
    while True:
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate, _read_toml(candidate, _display(candidate, start)), ""
        candidate = folder / PYPROJECT
        if candidate.is_file():
            table = _read_toml(candidate, _display(candidate, start)).get("tool", {}).get("checker")
            if isinstance(table, dict):
                return candidate, table, "tool.checker"
        if (folder / ".git").exists() or folder.parent == folder:
            return None
        folder = folder.parent


def _read_toml(path: Path, shown: str) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        # "Invalid value (at line 3, column 9)": keep the line for the message.
        match = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(f"invalid TOML: {message}", file=shown,
                          line=int(match.group(1)) if match else None,
                          hint="fix the syntax") from None
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration: {exc.strerror or exc}",
                          file=shown) from None
    except UnicodeDecodeError:
        raise ConfigError("the configuration is not UTF-8", file=shown) from None


# -- reading values ------------------------------------------------------------

def settings_from_file(path: Path, table: Mapping[str, Any], table_name: str,
                       cwd: Path) -> tuple[dict[str, Any], list[str]]:
    """The checked values of TABLE (read from PATH) and warnings for unknown keys."""
    shown = _display(path, cwd)
    where = f"[{table_name}]" if table_name else shown
    values: dict[str, Any] = {}
    warnings: list[str] = []
    for raw_key, raw_value in table.items():
        key = raw_key.replace("-", "_")
        if key not in KEYS:
            warnings.append(f"{shown}: unknown key '{raw_key}' in {where}, ignored"
                            f"{_suggestion(key)}")
            continue
        try:
            value = KEYS[key](raw_value)
        except ValueError as exc:
            raise ConfigError(f"{raw_key} {exc}", file=shown,
                              line=_key_line(path, raw_key, table_name),
                              hint=f"fix it in {where}") from None
        if key in PATH_KEYS:
            value = _relative_to(path.parent, value, cwd)
        elif key == "reports":
            value = tuple((fmt, _relative_to(path.parent, target, cwd)) for fmt, target in value)
        values[key] = value
    return values, warnings


def settings_from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    """Checked values of the ``CHECKER_*`` variables; empty ones count as unset.

    Other ``CHECKER_*`` variables are left alone (tools and tests use some).
    """
    values: dict[str, Any] = {}
    for key, check in KEYS.items():
        name = ENV_PREFIX + key.upper()
        raw = environ.get(name, "")
        if not raw.strip():
            continue
        try:
            values[key] = check(raw)
        except ValueError as exc:
            raise ConfigError(f"{name} {exc}", hint="fix or unset the environment variable") \
                from None
    return values


def load_settings(cwd: Path, environ: Mapping[str, str]) -> Settings:
    """The configuration that applies in CWD: environment over the nearest file."""
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    warnings: list[str] = []
    shown = None
    found = find_config_file(cwd)
    if found is not None:
        path, table, table_name = found
        shown = _display(path, cwd)
        file_values, warnings = settings_from_file(path, table, table_name, cwd)
        values.update(file_values)
        origins.update(dict.fromkeys(file_values, shown))
    env_values = settings_from_environment(environ)
    values.update(env_values)
    origins.update({key: ENV_PREFIX + key.upper() for key in env_values})
    return Settings(values=values, origins=origins, file=shown, warnings=tuple(warnings))


# -- helpers -------------------------------------------------------------------

def _display(path: Path, cwd: Path) -> str:
    try:
        return Path(os.path.relpath(path, cwd.resolve())).as_posix()
    except ValueError:  # another drive (Windows)
        return path.as_posix()


def _relative_to(folder: Path, value: str, cwd: Path) -> str:
    target = Path(value).expanduser()
    if not target.is_absolute():
        target = folder / target
    return _display(target, cwd)


def _suggestion(key: str) -> str:
    close = difflib.get_close_matches(key, KEYS, n=1)
    if close:
        return f" (did you mean '{close[0].replace('_', '-')}'?)"
    return f" (known keys: {', '.join(k.replace('_', '-') for k in KEYS)})"


def _key_line(path: Path, key: str, table_name: str) -> int | None:
    """Best effort: the line of ``KEY =`` inside TABLE_NAME ('' for the top level)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    table = ""
    assignment = re.compile(r'^\s*["\']?' + re.escape(key) + r'["\']?\s*=')
    for number, line in enumerate(lines, 1):
        header = re.match(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$", line)
        if header:
            table = header.group(1).replace(" ", "")
        elif table == table_name and assignment.match(line):
            return number
    return None
