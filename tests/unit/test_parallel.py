"""Tests for checker.parallel: results in the items' order whatever runs
them, chunks and batches as documented, the warm-up only for forked local
workers, and Dask neither needed nor imported without --scheduler."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from checker import parallel
from checker.cli.main import checker_main, verify_main
from checker.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]


def _square(offset: int, item: int) -> int:
    return item * item + offset


def _squares(offset: int, chunk: Sequence[int]) -> list[int]:
    return [item * item + offset for item in chunk]


class Recording:
    """An executor that runs every batch here, last first, and records
    what it was sent (as a remote cluster would see it)."""

    def __init__(self, workers: int, remote: bool) -> None:
        self.workers = workers
        self.remote = remote
        self.batches: list[list] = []
        self.contexts: list = []

    def map(self, function: Callable, items: Sequence, context, *, batch: int = 1) -> Iterator:
        batches = [list(items[i:i + batch]) for i in range(0, len(items), batch)]
        self.batches += batches
        self.contexts.append(context)
        done = {i: [function(context, item) for item in b]
                for i, b in reversed(list(enumerate(batches)))}
        for i in range(len(batches)):
            yield from done[i]


def test_map_each_keeps_the_order_and_reports_each_result():
    seen = []
    assert parallel.map_each(1, _square, [3, 1, 2], 10, done=seen.append) == [19, 11, 14]
    assert seen == [1, 2, 3]


def test_local_processes_give_the_same_results_in_order():
    items = list(range(200))
    assert parallel.map_each(2, _square, items, 5) == [i * i + 5 for i in items]
    chunks = parallel.map_chunks(2, _squares, items, 5, per_chunk=10, warm_up=3)
    assert chunks == [i * i + 5 for i in items]


def test_map_each_batches_items_for_many_per_worker():
    executor = Recording(workers=2, remote=True)
    items = list(range(1000))
    assert parallel.map_each(executor, _square, items, 0) == [i * i for i in items]
    assert [len(b) for b in executor.batches] == [16] * 62 + [8]   # at most 16 at once
    assert executor.contexts == [0]                      # the context once per map


def test_map_chunks_spreads_only_from_two_chunks_on():
    executor = Recording(workers=2, remote=True)
    assert parallel.map_chunks(executor, _squares, list(range(63)), 0, per_chunk=32) == \
        [i * i for i in range(63)]
    assert executor.batches == []          # below 2 × per_chunk: all here
    assert parallel.map_chunks(executor, _squares, list(range(100)), 1, per_chunk=32,
                               warm_up=8) == [i * i + 1 for i in range(100)]
    # A remote cluster shares nothing loaded here: no warm-up, every item sent.
    assert [len(b[0]) for b in executor.batches] == [32, 32, 32, 4]
    assert [x for b in executor.batches for x in b[0]] == list(range(100))


def test_map_chunks_makes_about_as_many_chunks_per_worker_as_asked():
    items = list(range(1000))
    sizes = {}
    for per_worker in (8, 4, 1):
        executor = Recording(workers=2, remote=True)
        assert parallel.map_chunks(executor, _squares, items, 0, per_chunk=32,
                                   chunks_per_worker=per_worker) == [i * i for i in items]
        sizes[per_worker] = [len(b[0]) for b in executor.batches]
    assert sizes == {8: [62] * 16 + [8], 4: [125] * 8, 1: [500] * 2}


def test_map_chunks_warms_up_here_for_local_workers():
    executor = Recording(workers=2, remote=False)
    seen = []
    results = parallel.map_chunks(executor, _squares, list(range(100)), 0, per_chunk=32,
                                  warm_up=8, done=seen.append)
    assert results == [i * i for i in range(100)]
    assert [x for b in executor.batches for x in b[0]] == list(range(8, 100))
    assert seen == [8, 40, 72, 100]


def test_one_worker_runs_here():
    executor = Recording(workers=1, remote=False)
    assert parallel.map_each(executor, _square, [1, 2], 0) == [1, 4]
    assert executor.batches == []


def test_resolve_jobs():
    assert parallel.resolve_jobs(3) == 3
    assert parallel.resolve_jobs(0) >= 1
    executor = Recording(workers=4, remote=True)
    assert parallel.resolve_jobs(executor) is executor
    assert isinstance(parallel.executor_for(1), parallel.InProcess)
    assert isinstance(parallel.executor_for(2), parallel.LocalProcesses)


def test_a_run_without_scheduler_does_not_import_dask(tmp_path):
    """Lazy: index and verify, even with --jobs 2, load neither dask nor distributed."""
    script = f"""
import sys
from checker.cli.main import checker_main, verify_main
assert checker_main(["index", {str(ROOT / "seeds")!r}, "--cache-dir", {str(tmp_path)!r},
                     "--jobs", "2", "-q"]) == 0
assert verify_main([{str(ROOT / "claims" / "ipo-race.yaml")!r}, "--cache-dir",
                    {str(tmp_path)!r}, "--jobs", "2", "-q", "--exit-zero",
                    "--output", {str(tmp_path / "report.txt")!r}]) == 0
print(sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed")))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_jobs_and_scheduler_contradict(capsys):
    assert verify_main([str(ROOT / "claims" / "ipo-race.yaml"), "--jobs", "2",
                        "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--jobs and --scheduler contradict" in err


@pytest.mark.parametrize("address, message", [
    ("", "the address is empty"),
    ("no port here", "missing port number"),
    ("gopher://host:70", "unknown address scheme 'gopher'"),
])
def test_a_malformed_address_is_one_line_and_exit_2(address, message, capsys):
    pytest.importorskip("distributed", reason="the `dask` extra is not installed")
    assert checker_main(["index", str(ROOT / "seeds"), "--scheduler", address]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_an_unreachable_scheduler_is_one_line_and_exit_2(monkeypatch, capsys):
    pytest.importorskip("distributed", reason="the `dask` extra is not installed")
    import socket

    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", 1.0)
    with socket.socket() as closed:   # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    assert checker_main(["index", str(ROOT / "seeds"), "--scheduler",
                         f"tcp://127.0.0.1:{port}"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in err


def test_scheduler_without_distributed_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)   # import fails
    with pytest.raises(ConfigError) as caught:
        parallel.DaskExecutor("tcp://127.0.0.1:8786").connect()
    assert "claim-checker[dask]" in str(caught.value)


def test_an_executor_sent_to_a_worker_runs_its_tasks_there():
    import pickle

    executor = pickle.loads(pickle.dumps(parallel.DaskExecutor("tcp://127.0.0.1:8786")))
    assert isinstance(executor, parallel.InProcess)
    assert pickle.loads(pickle.dumps(parallel.LocalProcesses(3))).workers == 3


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_worker_ended_with_sigterm_exits_quietly(capfd):
    """The command's SIGTERM handler, inherited by a forked worker that has
    not yet put its own in place, ends that worker without a traceback; in
    the command's own process it raises Terminated (exit 143 there)."""
    from checker.cli import process

    previous = process.on_sigterm(process.raise_terminated)
    try:
        child = os.fork()
        if child == 0:   # the worker: as if SIGTERM came before its initializer ran
            try:
                process.raise_terminated(signal.SIGTERM, None)
            finally:
                os._exit(1)  # never the test run's own way out
        _, status = os.waitpid(child, 0)
        with pytest.raises(process.Terminated):
            process.raise_terminated(signal.SIGTERM, None)
    finally:
        process.on_sigterm(previous)
    assert os.waitstatus_to_exitcode(status) == 143
    assert capfd.readouterr().err == ""
