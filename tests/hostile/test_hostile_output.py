"""Issue 8, output: a write error or Ctrl-C is a clean exit, never half a report.

These run the console entry point in a real process: the faults (a file size
limit the report exceeds, SIGINT in the middle of a run) are the operating
system's, not stand-ins. In-process interrupt tests with a fake pipeline are
in tests/integration/test_cli.py.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
OLD_REPORT = "an older report\n"
# Says "ready" once the command is about to run (imports done), so a signal
# sent after it lands inside the command's error boundary.
ENTRY = ("import sys; from checker.cli.main import verify_entry; "
         "sys.stderr.write('ready\\n'); sys.stderr.flush(); verify_entry()")
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX resource limits and signals")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "claims.yaml").write_text(
        "claims:\n  - MiniMax overseas revenue 73.1%\n  - 智谱拟募资51亿港元\n", encoding="utf-8")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "report.json").write_text(OLD_REPORT, encoding="utf-8")
    return tmp_path


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("CHECKER_") and not k.startswith("GITHUB_")}
    env["NO_COLOR"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # only the checker's own writes meet the limit
    return env


def assert_old_report_intact(project: Path) -> None:
    assert (project / "out" / "report.json").read_text(encoding="utf-8") == OLD_REPORT
    assert sorted(os.listdir(project / "out")) == ["report.json"]


@posix_only
def test_write_error_is_exit_2_and_leaves_the_old_report(project):
    import resource

    def limit_file_size() -> None:  # no file can grow past 64 bytes: EFBIG, like a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (64, 64))

    done = subprocess.run([sys.executable, "-c", ENTRY, "claims.yaml", "--format", "json",
                           "-o", "out/report.json"], cwd=project, env=environment(),
                          capture_output=True, text=True, timeout=300,
                          preexec_fn=limit_file_size, check=False)
    err = done.stderr.removeprefix("ready\n")
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert "File too large" in err
    assert_old_report_intact(project)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a non-root user")
def test_read_only_output_folder_is_exit_2(project):
    (project / "out").chmod(0o555)
    try:
        done = subprocess.run([sys.executable, "-c", ENTRY, "claims.yaml", "-o",
                               "out/report.json"], cwd=project, env=environment(),
                              capture_output=True, text=True, timeout=300, check=False)
    finally:
        (project / "out").chmod(0o755)
    err = done.stderr.removeprefix("ready\n")
    assert done.returncode == 2
    assert err.count("\n") == 1 and err.startswith("out/report.json: "), err
    assert_old_report_intact(project)


@posix_only
def test_ctrl_c_mid_run_exits_130_with_no_output(project):
    # Enough text that the run is still going when the signal comes.
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    (project / "seeds" / "big.txt").write_text(text * 40, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-c", ENTRY, "claims.yaml", "--format", "json",
                                "-o", "out/report.json"], cwd=project, env=environment(),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr.readline() == "ready\n"
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err
    assert out == ""
    assert "Traceback" not in err
    assert err.strip() == "interrupted"
    assert_old_report_intact(project)
