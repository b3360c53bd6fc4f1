"""A local Dask cluster of 2 workers against ``--jobs 2``: cold build and
warm verify, side by side.

    .venv/bin/python bench/dask_cluster.py                  # seeds and 10 MB, 1,000 claims
    .venv/bin/python bench/dask_cluster.py --sizes 0,10 --runs 3

Size 0 is the seeds folder. For each corpus it starts one
``distributed.LocalCluster(n_workers=2, threads_per_worker=1,
processes=True)`` in a process of its own (as a cluster is: started once,
used by many runs), then alternates the two ways over ``--runs`` rounds,
each measurement a fresh process through ``bench/run.py _build`` /
``_verify`` (the cluster's scheduler address given as JOBS). The first
round on the cluster is also its workers' first work (imports, the
bilingual dictionary): it is shown apart. Reports of both ways must be
byte-identical. Needs the ``dask`` extra.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
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


def _run(kind: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), f"_{kind}", *args],
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
    raise SystemExit(main())
