"""Issue 8, output: a write error or Ctrl-C is a clean exit, never half a report.

These run the console entry point in a real process: the faults (a file size
limit the report exceeds, SIGINT in the middle of a run) are the operating
system's, not stand-ins. In-process interrupt tests with a fake pipeline are
in tests/integration/test_cli.py. Nothing here waits a fixed time for
something to happen: a signal is sent once the run shows it is under way,
and a deadline only says how long a hang may last before the test fails.
"""
from __future__ import annotations

import json
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
# Ctrl-C as on a terminal: a suite started in the background (``cmd &`` in a
# script) has SIGINT ignored, every child inherits that, and Python then
# leaves it ignored, so no Ctrl-C could reach the checker.
TERMINAL_ENTRY = "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); " + ENTRY
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


def big_corpus(project: Path, copies: int = 40) -> None:
    """COPIES of every seed, each a little different (identical files are
    analysed once): a run long enough to be interrupted in the middle."""
    for n in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text(encoding="utf-8") + f"\n第{n}份。\n"
            (project / "seeds" / f"{n:03d}_{seed.name}").write_text(text, encoding="utf-8")


def start_on_a_terminal(args: list[str], project: Path) -> tuple[subprocess.Popen, int]:
    """Start the checker with standard error on a pseudo-terminal (so it shows
    its progress) and return the process and the terminal's reading end."""
    import pty

    master, slave = pty.openpty()
    env = environment()
    env.pop("CI", None)  # progress is shown on a terminal, never in CI
    process = subprocess.Popen([sys.executable, "-c", TERMINAL_ENTRY, *args], cwd=project,
                               env=env, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    return process, master


def read_until(master: int, marker: bytes) -> bytes:
    """What the terminal shows until MARKER (or until the process closes it)."""
    seen = b""
    while marker not in seen:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the process is gone
            break
        if not chunk:
            break
        seen += chunk
    return seen


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminals, signals")
@pytest.mark.parametrize("signum, code, said", [(signal.SIGINT, 130, "interrupted"),
                                                (signal.SIGTERM, 143, "terminated")])
def test_signal_mid_run_exits_cleanly_with_no_output(project, signum, code, said):
    # The signal is sent once the progress line shows the analysis under way,
    # not after a delay: on a busy machine a delay proves nothing.
    big_corpus(project)
    process, master = start_on_a_terminal(["claims.yaml", "--no-cache", "--format", "json",
                                           "-o", "out/report.json"], project)
    try:
        before = read_until(master, b"analysing sources: ")
        assert b"analysing sources: " in before, before
        process.send_signal(signum)
        out = process.stdout.read()
        process.wait(timeout=300)
        err = (before + read_until(master, b"\0")).decode()
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
    assert process.returncode == code, err
    assert out == b""
    assert "Traceback" not in err
    assert err.rstrip().endswith("\n" + said) or err.rstrip().endswith("\r" + said), err
    assert_old_report_intact(project)


# -- standard output that cannot take the report (issue 13) --------------------

def run_with_stdout(project: Path, stdout, *args: str, env: dict | None = None,
                    preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", ENTRY, "claims.yaml", *args], cwd=project,
                          env=env or environment(), stdout=stdout, stderr=subprocess.PIPE,
                          text=True, timeout=300, check=False, preexec_fn=preexec)


def assert_one_line_and_nothing_written(done: subprocess.CompletedProcess, project: Path,
                                        fragment: str) -> None:
    err = done.stderr.removeprefix("ready\n")
    assert done.returncode == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith("standard output: ") and fragment in err, err
    assert err.rstrip().endswith("--output FILE)"), err
    # The --report file is written only once standard output has the payload.
    assert_old_report_intact(project)
    assert not (project / "new.json").exists()
    assert [p.name for p in project.iterdir() if p.name.startswith(".new.json")] == []


REPORTS = ("--no-cache", "--report", "json=new.json", "--report", "markdown=out/report.json")


def test_stdout_in_ascii_is_one_line_and_writes_no_report(project):
    env = {**environment(), "PYTHONIOENCODING": "ascii"}
    done = run_with_stdout(project, subprocess.PIPE, *REPORTS, env=env)
    assert done.stdout == ""
    assert_one_line_and_nothing_written(done, project, "its encoding (ascii) cannot hold")


@posix_only
def test_closed_stdout_is_one_line_and_writes_no_report(project):
    done = run_with_stdout(project, subprocess.DEVNULL, *REPORTS, preexec=lambda: os.close(1))
    assert_one_line_and_nothing_written(done, project, "it is closed")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_stdout_on_a_full_disk_is_one_line_and_writes_no_report(project):
    with open("/dev/full", "w") as full:
        done = run_with_stdout(project, full, *REPORTS)
    assert_one_line_and_nothing_written(done, project, "No space left on device")


def test_stdout_in_ascii_takes_a_report_written_to_a_file(project):
    env = {**environment(), "PYTHONIOENCODING": "ascii"}
    done = run_with_stdout(project, subprocess.PIPE, "--no-cache", "--format", "json", "-o",
                           "new.json", env=env)
    assert done.returncode in (0, 1), done.stderr
    assert json.loads((project / "new.json").read_text(encoding="utf-8"))["claims"]


# -- worker processes end with the main process (issue 13) ---------------------

def children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is PID, from /proc."""
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(entry))
    return found


def alive(pids: set[int]) -> set[int]:
    live = set()
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
                if handle.read().rsplit(")", 1)[1].split()[0] != "Z":
                    live.add(pid)
        except OSError:
            pass
    return live


def wait_for(condition, what: str, deadline: float = 120.0):
    """Poll CONDITION until it is true; fail after DEADLINE seconds (a hang,
    not a slow machine: the conditions take well under a second)."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    pytest.fail(f"still waiting for {what} after {deadline:.0f} s")


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_workers_end_when_the_main_process_is_killed(project, signum):
    big_corpus(project, copies=60)
    process = subprocess.Popen([sys.executable, "-c", ENTRY, "claims.yaml", "--no-cache",
                                "--jobs", "2", "--format", "json", "-o", "out/report.json"],
                               cwd=project, env=environment(), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    workers: set[int] = set()
    try:
        workers = wait_for(lambda: len(children(process.pid)) >= 2 and children(process.pid),
                           "two worker processes")
        process.send_signal(signum)
        process.wait(timeout=300)
        # SIGTERM: the main process ends them; SIGKILL: they notice it is gone.
        # (Workers left running would also hold the pipes open: read after.)
        wait_for(lambda: not alive(workers), "the workers to end")
        out, err = process.communicate(timeout=300)
    finally:
        if process.poll() is None:
            process.kill()
        for pid in alive(workers | children(process.pid)):
            os.kill(pid, signal.SIGKILL)  # only on failure: never leave them behind
    assert out == ""
    if signum == signal.SIGTERM:
        assert process.returncode == 143, err
        assert err.strip().splitlines()[-1] == "terminated" and "Traceback" not in err, err
    else:
        assert process.returncode == -signal.SIGKILL
    assert_old_report_intact(project)
