"""A local Dask cluster of 2 workers against ``--jobs 2``: cold build and
warm verify, side by side.

    .venv/bin/python bench/dask_cluster.py                  # seeds and 10 MB, 1,000 claims
    .venv/bin/python bench/dask_cluster.py --sizes 0,10 --runs 3

Size 0 is the seeds folder. For each corpus it starts one
``distributed.LocalCluster(n_workers=2, threads_per_worker=1,
processes=True)`` in a process of its own (as a cluster is: started once,
used by many runs), then alternates the two ways over ``--runs`` rounds,
each measurement a fresh process (``_build`` / ``_verify`` below, with
the scheduler's address as JOBS; the time taken to connect is not counted,
that of importing the checker neither). The first
round on the cluster is also its workers' first work (imports, the
bilingual dictionary): it is shown apart. Reports of both ways must be
byte-identical. Needs the ``dask`` extra.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_CLUSTER = """
import sys, time
from distributed import LocalCluster
cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
print(cluster.scheduler_address, flush=True)
sys.stdin.read()   # until the driver closes the pipe
cluster.close()
"""


def _jobs(text: str):
    """JOBS as given: processes, or a Dask scheduler's address."""
    if text.isdigit():
        return int(text)
    from checker.parallel import DaskExecutor

    return DaskExecutor(text).connect()


def measure_build(corpus: str, cache: str, jobs: str) -> dict:
    """A cold build: ``pipeline.build_index`` into an empty cache folder."""
    from checker import pipeline

    shutil.rmtree(cache, ignore_errors=True)
    executor = _jobs(jobs)
    start = time.perf_counter()
    pipeline.build_index([corpus], run=pipeline.RunOptions(cache_dir=cache, jobs=executor))
    return {"seconds": time.perf_counter() - start}


def measure_verify(corpus: str, cache: str, claims_file: str, jobs: str) -> dict:
    """A warm verify: ``pipeline.verify_claims`` with the cache built."""
    from checker import pipeline
    from checker.model import Claim

    claims = [Claim(id=c["id"], text=c["text"]) for c in json.loads(Path(claims_file).read_text())]
    executor = _jobs(jobs)
    start = time.perf_counter()
    report = pipeline.verify_claims(claims, [corpus], run=pipeline.RunOptions(cache_dir=cache, jobs=executor))
    seconds = time.perf_counter() - start
    payload = json.dumps(report.to_dict(), ensure_ascii=False, sort_keys=True).encode()
    return {"seconds": seconds, "digest": hashlib.sha256(payload).hexdigest()[:16]}


def _run(kind: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, f"_{kind}", *args],
                         check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _spread(values: list[float]) -> str:
    return (f"{statistics.median(values):.2f} s "
            f"({min(values):.2f}-{max(values):.2f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0,10", help="corpus sizes in MB (0: the seeds)")
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", default="/tmp/checker-bench")
    args = parser.parse_args(argv)

    from bench.corpus import make_claims, write_corpus

    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    claims_file = work / f"claims-{args.claims}.json"
    claims_file.write_text(json.dumps(make_claims(args.claims)))
    rows = []
    for size in (float(s) for s in args.sizes.split(",")):
        label = f"{size:g}"
        corpus = ROOT / "seeds" if size == 0 else write_corpus(work / f"corpus-{label}mb", size)
        cluster = subprocess.Popen([sys.executable, "-c", _CLUSTER], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            address = cluster.stdout.readline().strip()
            ways = {"jobs 2": "2", "dask 2 workers": address}
            times: dict[str, dict[str, list[float]]] = {w: {"build": [], "verify": []}
                                                        for w in ways}
            digests = set()
            for _ in range(args.runs):
                for way, jobs in ways.items():
                    cache = str(work / f"dask-bench-cache-{label}-{way.split()[0]}")
                    built = _run("build", str(corpus), cache, jobs)
                    verified = _run("verify", str(corpus), cache, str(claims_file), jobs)
                    times[way]["build"].append(built["seconds"])
                    times[way]["verify"].append(verified["seconds"])
                    digests.add(verified["digest"])
                    print(f"{label} MB {way}: build {built['seconds']:.2f} s, verify "
                          f"{verified['seconds']:.2f} s", file=sys.stderr)
        finally:
            cluster.stdin.close()
            cluster.wait(timeout=60)
        for way in ways:
            build, verify = times[way]["build"], times[way]["verify"]
            rows.append((f"{'seeds' if size == 0 else label + ' MB'}", way, _spread(build),
                         f"{build[0]:.2f} s", _spread(verify), f"{verify[0]:.2f} s",
                         "yes" if len(digests) == 1 else "NO"))
    print(f"load average {os.getloadavg()[0]:.1f}; medians of {args.runs} (min-max); "
          f"{args.claims} claims")
    print("| corpus | way | cold build | first build | warm verify | first verify | same |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("_build", "_verify"):
        measure = measure_build if sys.argv[1] == "_build" else measure_verify
        print(json.dumps(measure(*sys.argv[2:])))
        raise SystemExit(0)
    raise SystemExit(main())
