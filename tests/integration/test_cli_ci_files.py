"""The CI files in the repository and the README's examples use options that exist.

The example workflow, the pre-commit hook and the README section "Use in CI"
are documentation people copy; these tests parse them and check every
command line and configuration key against the real CLI and configuration.
"""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import click
import pytest
import yaml

from checker.cli.config import KEYS, settings_from_file
from checker.cli.main import check_command, verify_command
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


def test_pre_commit_hooks_run_only_on_the_files_they_check():
    hooks = {hook["id"]: hook for hook in yaml.safe_load(
        (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert set(hooks) == {"verify-claims", "check-drafts"}
    for hook in hooks.values():
        assert {"id", "name", "entry", "language", "files"} <= set(hook)
        assert hook["entry"].split()[0] in pyproject["project"]["scripts"]
        assert hook.get("pass_filenames", True)  # the changed files, and only those
    claims, drafts = re.compile(hooks["verify-claims"]["files"]), \
        re.compile(hooks["check-drafts"]["files"])
    assert claims.search("claims/article.yaml") and claims.search("site/claims/a.csv")
    assert not claims.search("seeds/a.txt") and not claims.search(".github/workflows/x.yml")
    assert drafts.search("drafts/post.md") and not drafts.search("README.md")
    assert not claims.search("drafts/post.md") and not drafts.search("claims/a.yaml")
    # the entries parse with the hooks' own args and two staged files
    parse([*hooks["verify-claims"]["args"], "claims/a.yaml", "claims/b.yaml"])
    check_command.make_context("check", [*hooks["check-drafts"]["args"], "drafts/a.md",
                                         "drafts/b.md"])


def test_readme_pre_commit_example_has_no_placeholder_url():
    section = use_in_ci_section().split("### pre-commit", 1)[1]
    config = yaml.safe_load(re.search(r"```yaml\n(.*?)```", section, re.DOTALL).group(1))
    for repo in config["repos"]:
        assert repo["repo"] == "local" or "example" not in repo["repo"]
        for hook in repo["hooks"]:
            assert re.compile(hook["files"])


def action_script() -> tuple[dict, str]:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    step = next(step for step in action["runs"]["steps"] if step.get("id") == "check")
    return action, step["run"]


def test_action_is_composite_with_the_documented_inputs():
    action, script = action_script()
    assert action["runs"]["using"] == "composite"
    assert {"claims", "drafts", "sources", "format", "fail-on", "reports", "cache"} \
        <= set(action["inputs"])
    uses = [step.get("uses", "") for step in action["runs"]["steps"]]
    assert any(u.startswith("actions/cache/restore@") for u in uses)
    assert any(u.startswith("actions/cache/save@") for u in uses)
    assert "${{" not in script  # inputs come through the environment, never pasted in


def run_action(project: Path, tmp_path: Path, **inputs: str) -> tuple[int, str, str, str]:
    """The action's check step run by bash as the runner would, with INPUTS."""
    action, script = action_script()
    step = next(step for step in action["runs"]["steps"] if step.get("id") == "check")
    env = {**os.environ, "GITHUB_OUTPUT": str(tmp_path / "output"),
           "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"), "GITHUB_ACTIONS": "true",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    defaults = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    values = {**defaults, **inputs}
    for name, expression in step["env"].items():
        key = expression.strip("${} ").split(".", 1)[1]
        env[name] = values.get(key, str(tmp_path / "cache"))
    done = subprocess.run(["bash", "-c", script], cwd=project, env=env, check=False,
                          capture_output=True, text=True, timeout=600)
    output = (tmp_path / "output").read_text(encoding="utf-8")
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8") \
        if (tmp_path / "summary.md").exists() else ""
    return done.returncode, done.stdout + done.stderr, output, summary


def test_action_checks_claims_annotates_and_writes_the_summary(tmp_path):
    project = tmp_path / "repo"
    (project / "seeds").mkdir(parents=True)
    (project / "seeds" / "a.txt").write_text("MiniMax的境外收入占到了總收入的73.1%。\n",
                                             encoding="utf-8")
    (project / "claims").mkdir()
    (project / "claims" / "a b.yaml").write_text(
        "claims:\n  - id: share\n    text: MiniMax overseas revenue 80%\n", encoding="utf-8")
    code, log, output, summary = run_action(project, tmp_path, claims="claims/*.yaml",
                                            sources="seeds", reports="junit=out/claims.xml")
    assert code == 0, log  # the step records the code; a later step fails the job
    assert output == "exit-code=1\n"
    assert "::error file=claims/a b.yaml,line=2" in log
    assert summary.startswith("## Claim check:")
    assert (project / "out" / "claims.xml").is_file()
    assert any((tmp_path / "cache").iterdir())  # the cache to save for the next run


def test_action_without_claims_or_drafts_says_so(tmp_path):
    code, log, output, _ = run_action(tmp_path, tmp_path)
    assert code == 0 and output == "exit-code=2\n"
    assert "give the action 'claims' or 'drafts'" in log


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
