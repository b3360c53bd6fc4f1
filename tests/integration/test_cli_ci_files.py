"""The CI files in the repository and the README's examples use options that exist.

The example workflow, the pre-commit hook and the README section "Use in CI"
are documentation people copy; these tests parse them and check every
command line and configuration key against the real CLI and configuration.
"""
from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import click
import pytest
import yaml

from checker.cli.main import verify_command
from checker.config import KEYS, settings_from_file
from checker.render import FORMATS

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def verify_commands(text: str) -> list[list[str]]:
    """Every ``verify ...`` command in TEXT (shell line continuations joined)."""
    joined = re.sub(r"\\\n\s*", " ", text)
    return [shlex.split(match)[1:] for match in re.findall(r"(?m)^\s*(?:- )?(verify .+)$", joined)]


def parse(args: list[str]) -> click.Context:
    """ARGS parsed as click would for ``verify`` (a usage error raises)."""
    return verify_command.make_context("verify", list(args))


def use_in_ci_section() -> str:
    text = README.read_text(encoding="utf-8")
    return text.split("## Use in CI", 1)[1].split("\n## ", 1)[0]


def test_workflow_runs_verify_with_real_options():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "claims.yml").read_text("utf-8"))
    steps = workflow["jobs"]["verify"]["steps"]
    commands = [cmd for step in steps for cmd in verify_commands(step.get("run", ""))]
    assert len(commands) == 1
    context = parse(commands[0])
    assert context.params["fmt"] == "auto"
    reports = dict(spec.split("=", 1) for spec in context.params["reports"])
    assert set(reports) == {"junit", "sarif", "html"}
    uploaded = next(step for step in steps if "upload-sarif" in step.get("uses", ""))
    assert uploaded["with"]["sarif_file"] == reports["sarif"]


def test_pre_commit_hook_runs_the_verify_console_script():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert {"id", "name", "entry", "language"} <= set(hook)
    assert hook["entry"] in pyproject["project"]["scripts"]
    assert hook["pass_filenames"] is False  # verify takes one claims file, given in args
    assert re.search(hook["files"], "claims/article.yaml")


def test_readme_commands_parse():
    commands = verify_commands(use_in_ci_section())
    assert len(commands) >= 2
    for args in commands:
        parse(args)


def test_readme_formats_table_lists_every_format():
    rows = re.findall(r"(?m)^\| `([a-z]+)`(?:, `([a-z]+)`)? \|", use_in_ci_section())
    listed = {name for row in rows for name in row if name}
    assert listed >= set(FORMATS) | {"auto"}


def test_readme_configuration_example_is_valid(tmp_path):
    block = re.search(r"```toml\n(.*?)```", use_in_ci_section(), re.DOTALL).group(1)
    table = tomllib.loads(block)["tool"]["checker"]
    values, warnings = settings_from_file(tmp_path / "pyproject.toml", table, "tool.checker",
                                          tmp_path)
    assert warnings == []
    assert set(values) <= set(KEYS) and values["min_confidence"] == 0.8


@pytest.mark.parametrize("name", sorted(KEYS))
def test_every_configuration_key_is_documented(name):
    section = use_in_ci_section()
    assert f"CHECKER_{name.upper()}" in section
