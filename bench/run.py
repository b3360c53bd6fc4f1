"""Scale benchmark: fixed cost, cold build, warm verify, incremental update,
cache size and peak memory by corpus size, for several versions side by side.

    .venv/bin/python bench/run.py                                  # this tree, 10 MB
    .venv/bin/python bench/run.py --sizes 10,30,100 --tree new=. --tree main=../wt-main

Each ``--tree NAME=FOLDER`` is a worktree with its own ``.venv`` (its
``checker`` installed there in editable mode); every measurement runs in a
fresh process of that tree's interpreter, with that tree's cache folder
(the cache key covers the code, so each version builds its own), and the
runs alternate between the trees so that a busy machine slows them alike.
Corpora are synthetic (``bench/corpus.py``: the same bytes for a size and a
seed) and shared. Per size and tree it measures:

* cold build: ``pipeline.build_index`` into an empty cache folder, jobs
  ``--build-jobs`` (``--cold-runs`` times; 100 MB takes minutes);
* warm verify of ``--claims`` claims with jobs 1 and 2 (``--runs`` times):
  wall time in process (imports excluded), CPU time of the process and its
  workers, and peak memory (largest resident set of the main process and
  of any worker);
* update: one document added and one changed on the warm archive, then
  ``pipeline.build_index``; then both undone and built again (a removal and
  a change); the corpus is left as it was;
* cache size: the namespace's files (apparent size; not the dictionary's
  index, the same for any archive) against the corpus's.

Once per tree: the fixed cost, the seed dev set (``verify`` process of 31
claims against ``seeds/``, warm cache, wall time from outside, with the
tree's bytecode compiled as an installed package has it); and, once
per size, a naive baseline (rapidfuzz over every passage, no index: set-up
plus time per claim over as many claims as fit in ``--baseline-budget``
seconds, times the claim count). Figures are medians with (min-max); the
reports of every verify of one size are compared byte for byte, across
trees and job counts.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def _cpu_seconds() -> float:
    """User and system time of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(workers, 1)


# --- measurements, each run in its own process of a tree's interpreter --------------

def measure_build(corpus: str, cache: str, jobs: int, fresh: bool = True) -> dict:
    from checker import pipeline

    if fresh:
        shutil.rmtree(cache, ignore_errors=True)
    start, cpu = time.perf_counter(), _cpu_seconds()
    built = pipeline.build_index([corpus], run=pipeline.RunOptions(cache_dir=cache, jobs=jobs))
    seconds = time.perf_counter() - start
    own, workers = _peak_mb()
    return {"seconds": seconds, "cpu": _cpu_seconds() - cpu, "rss_mb": own,
            "worker_rss_mb": workers,
            "passages": len(built.index), "analysed": built.analysed}


def measure_verify(corpus: str, cache: str, claims_file: str, jobs: int) -> dict:
    from checker import pipeline
    from checker.model import Claim

    claims = [Claim(id=c["id"], text=c["text"]) for c in json.loads(Path(claims_file).read_text())]
    start, cpu = time.perf_counter(), _cpu_seconds()
    report = pipeline.verify_claims(claims, [corpus], run=pipeline.RunOptions(cache_dir=cache, jobs=jobs))
    seconds = time.perf_counter() - start
    own, workers = _peak_mb()
    payload = json.dumps(report.to_dict(), ensure_ascii=False, sort_keys=True).encode()
    return {"seconds": seconds, "cpu": _cpu_seconds() - cpu, "rss_mb": own, "worker_rss_mb": workers,
            "digest": hashlib.sha256(payload).hexdigest()[:16], "summary": report.summary()}


def measure_baseline(corpus: str, claims_file: str, budget: float) -> dict:
    """rapidfuzz over every passage for every claim: no index, no analysis.

    Returns the set-up time (load and split the corpus) and the time per
    claim, from as many claims as fit in BUDGET seconds."""
    from rapidfuzz import fuzz, process

    from checker.io.load import load_documents
    from checker.language.normalise import normalise_for_match
    from checker.stages.analyse import content_terms
    from checker.stages.segment import segment

    claims = json.loads(Path(claims_file).read_text())
    start = time.perf_counter()
    documents, _ = load_documents([corpus])
    choices = [" ".join(sorted(content_terms(p.text))) for d in documents for p in segment(d)]
    setup = time.perf_counter() - start
    done = 0
    for claim in claims:
        query = " ".join(sorted(content_terms(normalise_for_match(claim["text"]))))
        process.extract(query, choices, scorer=fuzz.token_set_ratio, limit=5)
        done += 1
        if time.perf_counter() - start - setup > budget:
            break
    per_claim = (time.perf_counter() - start - setup) / done
    own, _ = _peak_mb()
    return {"setup": setup, "per_claim": per_claim, "claims_done": done, "rss_mb": own,
            "passages": len(choices)}


def cache_size(cache: str) -> int:
    """Bytes of the files of the cache's namespaces (apparent size), but the
    bilingual dictionary's index (``vocabulary/``: the same for any archive)."""
    return sum(p.stat().st_size for p in Path(cache).rglob("*")
               if p.is_file() and "vocabulary" not in p.parts)


# --- corpus changes for the update measurement ---------------------------------------

ADDED = "zz-bench-added.txt"


def change_corpus(corpus: Path) -> bytes:
    """Add one document and change another; returns the changed one's bytes."""
    first = sorted(corpus.rglob("doc*.txt"))[len(list(corpus.rglob("doc*.txt"))) // 2]
    original = first.read_bytes()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    (corpus / ADDED).write_bytes(seeds[0].read_bytes())
    first.write_bytes(original + "智谱的估值为999亿元。\n".encode())
    return original


def restore_corpus(corpus: Path, original: bytes) -> None:
    first = sorted(p for p in corpus.rglob("doc*.txt"))[len(list(corpus.rglob("doc*.txt"))) // 2]
    (corpus / ADDED).unlink(missing_ok=True)
    first.write_bytes(original)


# --- the driver --------------------------------------------------------------------

def _run(tree: Path, kind: str, *args: str) -> dict:
    python = tree / ".venv" / "bin" / "python"
    out = subprocess.run([str(python), str(Path(__file__)), f"_{kind}", *args], check=True,
                         capture_output=True, text=True, cwd=tree)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _fixed_cost(tree: Path, cache: Path, runs: int) -> list[float]:
    verify = tree / ".venv" / "bin" / "verify"
    args = [str(verify), str(EVAL / "dev-claims.yaml"), "--sources", "seeds", "--format", "json",
            "--output", os.devnull, "--cache-dir", str(cache), "--exit-zero", "--quiet"]
    # An installed package has its bytecode (pip compiles it); a tree run
    # with PYTHONDONTWRITEBYTECODE (as on these machines) would compile
    # every module in every process, about 0.1 s that no user pays.
    subprocess.run([str(tree / ".venv" / "bin" / "python"), "-m", "compileall", "-q", "checker"],
                   check=True, cwd=tree, capture_output=True,
                   env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    subprocess.run(args, check=True, cwd=tree, capture_output=True)   # warm the cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, cwd=tree, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def _stat(values: list[float], digits: int = 2) -> str:
    if not values:
        return "-"
    median = statistics.median(values)
    if len(values) == 1:
        return f"{median:.{digits}f}"
    return f"{median:.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10", help="corpus sizes in MB (100 is slow)")
    parser.add_argument("--tree", action="append", help="NAME=FOLDER (default: this tree)")
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="warm verify and update runs")
    parser.add_argument("--cold-runs", type=int, default=1)
    parser.add_argument("--build-jobs", type=int, default=2)
    parser.add_argument("--workdir", default="/tmp/checker-bench")
    parser.add_argument("--steps", default="fixed,cold,warm,update,size,baseline")
    parser.add_argument("--baseline-budget", type=float, default=30.0)
    parser.add_argument("--distinct", action="store_true",
                        help="corpora of nearly all distinct sentences (bench/corpus.py unique)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from bench.corpus import make_claims, write_corpus

    trees = [(n, Path(f).resolve()) for n, f in
             (t.split("=", 1) for t in (args.tree or [f"this={ROOT}"]))]
    steps = set(args.steps.split(","))
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    claims_file = work / f"claims-{args.claims}.json"
    claims_file.write_text(json.dumps(make_claims(args.claims)))
    rows: list[tuple[str, str, dict[str, str]]] = []

    def row(size: str, what: str, values: dict[str, str]) -> None:
        rows.append((size, what, values))
        print(json.dumps([size, what, values], ensure_ascii=False), file=sys.stderr, flush=True)

    if "fixed" in steps and EVAL.exists():
        times = {name: [] for name, _ in trees}
        for _ in range(2):   # alternated rounds of 3
            for name, tree in trees:
                times[name] += _fixed_cost(tree, work / f"cache-seeds-{name}", 3)
        row("seeds", "dev set verify, warm, process (s)", {n: _stat(t) for n, t in times.items()})

    for size in (float(s) for s in args.sizes.split(",")):
        label = f"{size:g} MB" + " distinct" * args.distinct
        corpus = write_corpus(work / f"corpus-{size:g}mb{'-distinct' * args.distinct}", size,
                              distinct=args.distinct)
        megabytes = sum(p.stat().st_size for p in corpus.rglob("*.txt"))
        caches = {name: str(work / f"cache-{label.replace(' ', '-')}-{name}") for name, _ in trees}
        if "cold" in steps or any(not Path(c).exists() for c in caches.values()):
            builds = {name: [] for name, _ in trees}
            for _ in range(args.cold_runs):
                for name, tree in trees:
                    builds[name].append(_run(tree, "build", str(corpus), caches[name],
                                             str(args.build_jobs)))
            row(label, f"cold build, jobs {args.build_jobs} (s)",
                {n: _stat([b["seconds"] for b in v], 1) for n, v in builds.items()})
            row(label, "cold build CPU time, all processes (s)",
                {n: _stat([b["cpu"] for b in v], 1) for n, v in builds.items()})
            row(label, "cold build peak MB (main/worker)",
                {n: f"{v[0]['rss_mb']:.0f}/{v[0]['worker_rss_mb']:.0f}" for n, v in builds.items()})
        digests = set()
        if "warm" in steps:
            for jobs in (1, 2):
                verifies = {name: [] for name, _ in trees}
                for name, tree in trees:   # one untimed run: the cache up to date
                    _run(tree, "verify", str(corpus), caches[name], str(claims_file), str(jobs))
                for _ in range(args.runs):
                    for name, tree in trees:
                        verifies[name].append(_run(tree, "verify", str(corpus), caches[name],
                                                   str(claims_file), str(jobs)))
                digests |= {v["digest"] for vs in verifies.values() for v in vs}
                row(label, f"warm verify {args.claims} claims, jobs {jobs} (s)",
                    {n: _stat([x["seconds"] for x in v]) for n, v in verifies.items()})
                row(label, f"warm verify CPU time, jobs {jobs}, all processes (s)",
                    {n: _stat([x["cpu"] for x in v]) for n, v in verifies.items()})
                row(label, f"warm peak MB, jobs {jobs} (main/worker)",
                    {n: f"{statistics.median(x['rss_mb'] for x in v):.0f}/"
                        f"{statistics.median(x['worker_rss_mb'] for x in v):.0f}"
                     for n, v in verifies.items()})
            row(label, "reports identical (trees, jobs 1 and 2)",
                {n: "yes" if len(digests) == 1 else f"NO ({len(digests)})" for n, _ in trees})
        if "update" in steps:
            added = {name: [] for name, _ in trees}
            undone = {name: [] for name, _ in trees}
            for _ in range(args.runs):
                for name, tree in trees:
                    _run(tree, "build", str(corpus), caches[name], "1", "warm")
                    original = change_corpus(corpus)
                    try:
                        added[name].append(_run(tree, "build", str(corpus), caches[name], "1",
                                                "warm")["seconds"])
                    finally:
                        restore_corpus(corpus, original)
                    undone[name].append(_run(tree, "build", str(corpus), caches[name], "1",
                                             "warm")["seconds"])
            row(label, "update: 1 added + 1 changed, index (s)",
                {n: _stat(v) for n, v in added.items()})
            row(label, "update undone: 1 removed + 1 changed (s)",
                {n: _stat(v) for n, v in undone.items()})
        if "size" in steps:
            row(label, "cache size / corpus size",
                {n: f"{cache_size(c) / megabytes:.2f}× ({cache_size(c) / 1e6:.0f} MB)"
                 for n, c in caches.items()})
        if "baseline" in steps:
            result = _run(trees[0][1], "baseline", str(corpus), str(claims_file),
                          str(args.baseline_budget))
            naive = result["setup"] + result["per_claim"] * args.claims
            row(label, f"naive baseline, {args.claims} claims (s)",
                {trees[0][0]: ("~" if result["claims_done"] < args.claims else "")
                 + f"{naive:.0f}"})
    _print_table(rows, [n for n, _ in trees])
    return 0


def _print_table(rows: list[tuple[str, str, dict[str, str]]], names: list[str]) -> None:
    print("| size | measure | " + " | ".join(names) + " |")
    print("| --- | --- | " + " | ".join("---" for _ in names) + " |")
    for size, what, values in rows:
        print(f"| {size} | {what} | " + " | ".join(values.get(n, "-") for n in names) + " |")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1].startswith("_"):
        # A measurement: this tree's interpreter imports its own checker.
        kind, rest = sys.argv[1][1:], sys.argv[2:]
        if kind == "build":
            result = measure_build(rest[0], rest[1], int(rest[2]), fresh=rest[3:] != ["warm"])
        elif kind == "verify":
            result = measure_verify(rest[0], rest[1], rest[2], int(rest[3]))
        else:
            result = measure_baseline(rest[0], rest[1], float(rest[2]))
        print(json.dumps(result))
        raise SystemExit(0)
    raise SystemExit(main())
