"""SIGKILL during ``checker index``: the next run gives what a cold run gives,
and removes what the killed process left half-written."""
from __future__ import annotations

import signal
import subprocess
import time

from faultkit import (
    GUARD_SECONDS,
    cold_report,
    command,
    found_while_written,
    run,
    temp_files,
    verify_args,
    write_corpus,
)


def test_a_run_after_sigkill_during_index_equals_a_cold_run(workdir):
    sources = write_corpus(workdir / "sources", 100)   # ~1 MB: seconds of analysis
    cache = workdir / "cache"
    index = subprocess.Popen(command("index", str(sources), "--cache-dir", str(cache), "-q"),
                             cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + GUARD_SECONDS
    try:
        # Kill it mid-write: some entries finished and one being written.
        while not (len(found_while_written(cache, "*.entry")) >= 3
                   and found_while_written(cache, ".tmp-*")):
            assert index.poll() is None, "the index finished before it could be killed"
            assert time.monotonic() < deadline, "no entry appeared"
            time.sleep(0.01)
        index.send_signal(signal.SIGKILL)
    finally:
        index.kill()
        index.wait()
    assert index.returncode == -signal.SIGKILL
    # Usually the writer dies with its temporary file open; it may also have
    # renamed it in the instant between the check and the kill (entries are
    # small), which is the other state a kill can leave.
    left = temp_files(cache)
    entries = len(list(cache.rglob("*.entry")))
    assert entries < 100

    code, expected = cold_report(workdir, sources)
    warm = workdir / "warm.json"
    done = run(verify_args(sources, warm, "--cache-dir", str(cache)), workdir)
    assert done.returncode == code, done.stderr
    assert warm.read_bytes() == expected
    assert temp_files(cache) == []   # the dead writer's file is gone
    assert left or entries >= 3
    assert len(list(cache.rglob("*.entry"))) == 100
