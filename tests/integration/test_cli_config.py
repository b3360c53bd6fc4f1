"""Configuration: checker.toml / [tool.checker], CHECKER_* variables, and their precedence.

Discovery and checking are the pure functions of ``checker.cli.config``; the
precedence (command line > environment > file) is the CLI's, so both are
tested here, the CLI with the stand-in pipeline of test_cli_reports.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

# The stand-in pipeline and the project folder are test_cli_reports's.
from test_cli_reports import FakePipeline, install_fake_pipeline, make_project, run

from checker.cli.config import find_config_file, load_settings, settings_from_environment
from checker.errors import ConfigError


@pytest.fixture
def fake(monkeypatch) -> FakePipeline:
    return install_fake_pipeline(monkeypatch)


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    return make_project(tmp_path, monkeypatch)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- discovery -------------------------------------------------------------------

def test_found_from_a_subfolder_upwards(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / "pyproject.toml", '[tool.checker]\nformat = "json"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    path, table, name = find_config_file(deep)
    assert path == (tmp_path / "pyproject.toml").resolve()
    assert (table, name) == ({"format": "json"}, "tool.checker")


def test_checker_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / "pyproject.toml", '[tool.checker]\nformat = "json"\n')
    write(tmp_path / "checker.toml", 'format = "junit"\n')
    settings = load_settings(tmp_path, {})
    assert settings.values == {"format": "junit"} and settings.file == "checker.toml"


def test_a_pyproject_without_the_table_is_passed_over(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / "checker.toml", 'format = "sarif"\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    settings = load_settings(tmp_path / "sub", {})
    assert settings.values == {"format": "sarif"} and settings.file == "../checker.toml"


def test_the_search_stops_at_the_repository_top(tmp_path):
    write(tmp_path / "checker.toml", 'format = "sarif"\n')
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    assert find_config_file(tmp_path / "repo") is None


def test_paths_are_relative_to_the_configuration_file(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / "checker.toml",
          'baseline = "ci/baseline.json"\n[reports]\njunit = "out/claims.xml"\n')
    (tmp_path / "sub").mkdir()
    values = load_settings(tmp_path / "sub", {}).values
    assert values == {"baseline": "../ci/baseline.json",
                      "reports": (("junit", "../out/claims.xml"),)}


# -- checking values ---------------------------------------------------------------

def test_unknown_keys_warn_with_a_suggestion(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / "checker.toml", 'formt = "json"\nfail-on = ["contradicted"]\n')
    settings = load_settings(tmp_path, {})
    assert settings.values == {"fail_on": ("contradicted",)}
    assert settings.warnings == (
        "checker.toml: unknown key 'formt' in checker.toml, ignored (did you mean 'format'?)",)


@pytest.mark.parametrize(("text", "message"), [
    ('[tool.checker]\nformat = "json"\nmin-confidence = 2\n',
     "pyproject.toml:3: min-confidence must be a number from 0 to 1 (fix it in [tool.checker])"),
    ('[tool.checker]\nfail_on = ["contradicted", "wrong"]\n',
     "pyproject.toml:2: fail_on unknown verdict 'wrong'"),
    ('[tool.checker]\nformat = "xml"\n', "pyproject.toml:2: format must be one of: "),
    ('[tool.checker]\nexit-zero = "maybe"\n', "pyproject.toml:2: exit-zero must be true or false"),
    ('[tool.checker]\nreports = {junit = 3}\n', "pyproject.toml:2: reports must map each format"),
    ('[tool.checker]\nformat = \n', "pyproject.toml:2: invalid TOML"),
])
def test_bad_values_name_the_file_and_line(tmp_path, text, message):
    (tmp_path / ".git").mkdir()
    write(tmp_path / "pyproject.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path, {})
    assert str(caught.value).startswith(message)


def test_environment_values_are_checked_and_empty_ones_ignored():
    values = settings_from_environment({
        "CHECKER_FORMAT": "JUnit", "CHECKER_FAIL_ON": "contradicted, not-found",
        "CHECKER_MIN_CONFIDENCE": "0.7", "CHECKER_EXIT_ZERO": "yes", "CHECKER_BASELINE": "",
        "CHECKER_REPORTS": "sarif=a.sarif,html=b.html", "CHECKER_REGENERATE": "1"})
    assert values == {"format": "junit", "fail_on": ("contradicted", "not_found"),
                      "min_confidence": 0.7, "exit_zero": True,
                      "reports": (("sarif", "a.sarif"), ("html", "b.html"))}
    with pytest.raises(ConfigError, match="CHECKER_MIN_CONFIDENCE must be a number"):
        settings_from_environment({"CHECKER_MIN_CONFIDENCE": "high"})


# -- precedence through the CLI ----------------------------------------------------

def test_file_then_environment_then_command_line(project, fake, capsys, monkeypatch):
    write(project / "checker.toml", 'format = "json"\nfail-on = ["contradicted"]\n')
    code, out, _ = run(capsys, "claims.yaml")
    assert code == 1 and json.loads(out)["summary"]["not_found"] == 1  # the file's format

    monkeypatch.setenv("CHECKER_FORMAT", "jsonl")
    monkeypatch.setenv("CHECKER_FAIL_ON", "conflicting")
    code, out, _ = run(capsys, "claims.yaml")
    assert code == 0 and len(out.splitlines()) == 4  # the environment wins over the file

    code, out, _ = run(capsys, "claims.yaml", "--format", "text", "--fail-on", "not_found")
    assert code == 1 and out.startswith("SUPPORTED ")  # the command line wins over both


def test_gate_and_reports_from_pyproject(project, fake, capsys):
    write(project / "pyproject.toml", '[tool.checker]\nexit-zero = true\nquiet = true\n'
                                      'reports = ["junit=out/claims.xml"]\n')
    code, out, err = run(capsys, "claims.yaml")
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("CONTRADICTED  bad:")  # quiet: failing claims only
    assert (project / "out" / "claims.xml").read_text(encoding="utf-8").startswith("<?xml")


def test_claimreview_publisher_from_the_configuration(project, fake, capsys):
    write(project / "checker.toml", 'format = "claimreview"\npublisher = "Desk"\n'
                                    'review-url = "https://example.org/checks"\n')
    code, out, _ = run(capsys, "claims.yaml")
    assert code == 1 and json.loads(out)[0]["author"]["name"] == "Desk"


def test_unknown_key_warns_on_stderr_and_the_run_goes_on(project, fake, capsys):
    write(project / "checker.toml", 'colour = "never"\n')
    code, out, err = run(capsys, "claims.yaml", "-q")
    assert code == 1 and out
    assert err == "checker.toml: unknown key 'colour' in checker.toml, ignored " \
                  "(did you mean 'color'?)\n"


def test_bad_configuration_is_exit_2_naming_the_file(project, fake, capsys):
    write(project / "checker.toml", 'format = "json"\nmin_confidence = "high"\n')
    code, out, err = run(capsys, "claims.yaml", "-o", "out/r.json")
    assert (code, out) == (2, "")
    assert err == ("checker.toml:2: min_confidence must be a number from 0 to 1 "
                   "(fix it in checker.toml)\n")
    assert fake.runs == 0 and not (project / "out" / "r.json").exists()


def test_bad_environment_value_is_exit_2_naming_the_variable(project, fake, capsys,
                                                             monkeypatch):
    monkeypatch.setenv("CHECKER_FAIL_ON", "contradicted,maybe")
    code, _, err = run(capsys, "claims.yaml")
    assert code == 2
    assert err.startswith("CHECKER_FAIL_ON unknown verdict 'maybe'")
