"""`checker index` and `verify` with --scheduler on a local Dask cluster of
two worker processes: the documents are analysed and the claims judged on
the workers (the cluster's task stream shows it), the entries the workers
write are the cache a local run then reuses, and every report is byte for
byte the one of a run in one process and of --jobs 2."""
from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from checker import parallel
from checker.cli.main import checker_main, verify_main
from checker.errors import ClusterError, ConfigError

distributed = pytest.importorskip(
    "distributed", reason="the `dask` extra (distributed) is not installed: "
                          "pip install -e '.[test]' brings it")

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def cluster():
    # Processes, as a real cluster runs them: the workers then share nothing
    # with this process but what is sent to them (the lexicon, the corpus)
    # and the cache folder. One thread each, as the README advises.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as local, \
            distributed.Client(local, set_as_default=False) as client:
        yield local.scheduler_address, client


@pytest.fixture(scope="module")
def claims_file(tmp_path_factory) -> Path:
    """The regression cases and the example claims: enough claims (over
    100) for judging to be spread, in chunks, over the workers."""
    cases = yaml.safe_load((ROOT / "tests" / "cases" / "regressions.yaml").read_text("utf-8"))
    example = yaml.safe_load((ROOT / "claims" / "ipo-race.yaml").read_text("utf-8"))
    claims = [{"id": c["id"], "text": c["text"]} for c in cases["cases"]] + example["claims"]
    path = tmp_path_factory.mktemp("claims") / "claims.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "claims": claims}, allow_unicode=True),
                    "utf-8")
    return path


def _verify(claims: Path, out: Path, *options: str) -> bytes:
    assert verify_main([str(claims), "--sources", str(SEEDS), "--format", "json",
                        "--output", str(out), "--exit-zero", "-q", *options]) == 0
    return out.read_bytes()


def test_index_and_verify_on_a_cluster_match_one_process_and_jobs_2(cluster, claims_file,
                                                                    tmp_path, capsys):
    address, client = cluster
    on_cluster = tmp_path / "cluster-cache"
    with distributed.get_task_stream(client) as analysing:
        assert checker_main(["index", str(SEEDS), "--cache-dir", str(on_cluster),
                             "--scheduler", address]) == 0
    assert "5 analysed now" in capsys.readouterr().err
    with distributed.get_task_stream(client) as judging:
        dask = _verify(claims_file, tmp_path / "dask.json", "--cache-dir", str(on_cluster),
                       "--scheduler", address)
    # The five documents one task each; the claims in chunks of 32 at least
    # (or a sixteenth of them: 8 chunks per worker).
    claims = len(yaml.safe_load(claims_file.read_text("utf-8"))["claims"])
    assert claims >= 2 * 32
    assert len(analysing.data) == 5
    assert len(judging.data) == math.ceil(claims / max(32, claims // 16))
    assert all(t["key"].startswith("_run_batch-") for t in analysing.data + judging.data)

    one = _verify(claims_file, tmp_path / "one.json", "--no-cache")
    jobs = _verify(claims_file, tmp_path / "jobs.json", "--cache-dir",
                   str(tmp_path / "local-cache"), "--jobs", "2")
    assert dask == one == jobs
    assert b'"supported"' in dask and b'"contradicted"' in dask

    # The workers wrote the entries into the shared folder: a local run reuses them.
    assert checker_main(["index", str(SEEDS), "--cache-dir", str(on_cluster)]) == 0
    assert "0 analysed now" in capsys.readouterr().err


def test_no_cache_on_a_cluster_sends_the_entries_back(cluster, claims_file, tmp_path):
    address, _ = cluster
    assert _verify(claims_file, tmp_path / "dask.json", "--no-cache", "--scheduler", address) \
        == _verify(claims_file, tmp_path / "one.json", "--no-cache")


def test_a_relative_cache_dir_is_the_same_folder_for_the_workers(cluster, tmp_path, capsys,
                                                                 monkeypatch):
    address, _ = cluster
    monkeypatch.chdir(tmp_path)
    assert checker_main(["index", str(SEEDS), "--cache-dir", "cache", "--scheduler",
                         address]) == 0
    assert f"cache in {tmp_path / 'cache'}" in capsys.readouterr().err
    assert checker_main(["index", str(SEEDS), "--cache-dir", "cache"]) == 0
    assert "0 analysed now" in capsys.readouterr().err


def _fail(kind: str, item: int) -> int:
    if item == 3:
        if kind == "disk":
            raise OSError(28, "No space left on device")
        raise ConfigError("the cache's index does not match", file="cache", hint="run again")
    return item


@pytest.mark.parametrize("kind", ["disk", "checker"])
def test_a_task_error_on_a_worker_is_raised_as_here(cluster, kind):
    """A worker's own error (a full disk, a CheckerError) reaches the caller
    as a local pool would raise it, not as a cluster failure: a full disk
    then means a run without the cache, as with --jobs."""
    address, _ = cluster
    with parallel.DaskExecutor(address) as executor:
        results = executor.map(_fail, list(range(6)), kind)
        assert [next(results), next(results), next(results)] == [0, 1, 2]
        with pytest.raises(OSError if kind == "disk" else ConfigError) as caught:
            next(results)
    assert not isinstance(caught.value, ClusterError)
    assert str(caught.value) == ("[Errno 28] No space left on device" if kind == "disk"
                                 else "cache: the cache's index does not match (run again)")


def test_a_cluster_without_workers_is_a_one_line_error(monkeypatch, capsys):
    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", 1.0)
    with distributed.LocalCluster(n_workers=0, processes=False, protocol="tcp",
                                  dashboard_address=":0") as empty:
        assert checker_main(["index", str(SEEDS), "--scheduler", empty.scheduler_address]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "has no worker (no worker joined within 1 s)" in err


def test_workers_with_other_checker_code_are_refused(tmp_path, capsys):
    """A worker that would judge with other code (another version, a local
    edit) is found before any work: the reports could not be the same."""
    import shutil

    import checker

    copy = tmp_path / "other"
    shutil.copytree(Path(checker.__file__).parent, copy / "checker",
                    ignore=shutil.ignore_patterns("__pycache__"))
    with (copy / "checker" / "judge.py").open("a", encoding="utf-8") as edited:
        edited.write("\n# a local edit\n")
    # Run by the worker process when it starts: the copy first on its path.
    preload = tmp_path / "use_the_copy.py"
    preload.write_text(f"import sys\nsys.path.insert(0, {str(copy)!r})\n", "utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", preload=[str(preload)]) as other:
        assert checker_main(["index", str(SEEDS), "--cache-dir", str(tmp_path / "c"),
                             "--scheduler", other.scheduler_address]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "1 of 1 workers run other checker code or data than this process" in err
    assert not (tmp_path / "c").exists()
