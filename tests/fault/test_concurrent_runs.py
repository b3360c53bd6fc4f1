"""Two runs sharing one cache folder at the same time give the same reports
as a run without cache, cold and warm."""
from __future__ import annotations

import subprocess

from faultkit import GUARD_SECONDS, cold_report, temp_files, verify_args, write_corpus


def test_two_concurrent_runs_on_one_cache_give_identical_reports(workdir):
    sources = write_corpus(workdir / "sources", 12)
    code, expected = cold_report(workdir, sources)
    cache = workdir / "shared-cache"
    for round_ in ("cold", "warm"):
        outputs = [workdir / f"{round_}-{i}.json" for i in range(2)]
        runs = [subprocess.Popen(verify_args(sources, out, "--cache-dir", str(cache),
                                             "--jobs", str(i + 1)),
                                 cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                for i, out in enumerate(outputs)]
        for process in runs:
            _, err = process.communicate(timeout=GUARD_SECONDS)
            assert process.returncode == code, err.decode()
        assert [out.read_bytes() for out in outputs] == [expected, expected]
    assert list(cache.rglob("*.entry"))
    assert temp_files(cache) == []
