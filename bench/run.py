"""Scale benchmark: cold index build, warm verify and peak memory by corpus size.

    .venv/bin/python bench/run.py                    # 1 and 10 MB; 100 and 1,000 claims
    .venv/bin/python bench/run.py --sizes 1,10,100 --claims 100,1000,10000

For each corpus size (a synthetic corpus from the seed articles, see
``bench/corpus.py``) it measures, each in a fresh process and as the median
of ``--runs`` runs:

* cold build: ``pipeline.build_index`` into an empty cache folder;
* warm verify: ``pipeline.verify_claims`` of N claims with the cache built;
* peak memory: the largest resident set of the main process and of any
  worker process (``resource.getrusage``);
* a naive baseline: every claim scored against every passage with rapidfuzz
  (``token_set_ratio`` on character bigrams, top 5): the set-up (load and
  split the corpus) plus the time per claim measured over as many claims as
  fit in ``--baseline-budget`` seconds, times the claim count (``~`` marks
  an extrapolation beyond the claims actually run).

It prints a Markdown table with the ratio baseline / warm verify, and the
slope of warm verify time against corpus size (log-log; below 1 is
sub-linear). Reports of the same claims with jobs=1 and jobs=N are compared
byte for byte.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(workers, 1)


# --- measurements, each run in its own process ----------------------------------

def measure_build(corpus: str, cache: str, jobs: int) -> dict:
    from checker import pipeline

    shutil.rmtree(cache, ignore_errors=True)
    start = time.perf_counter()
    built = pipeline.build_index([corpus], cache_dir=cache, jobs=jobs)
    seconds = time.perf_counter() - start
    own, workers = _peak_mb()
    return {"seconds": seconds, "rss_mb": own, "worker_rss_mb": workers,
            "passages": len(built.index), "analysed": built.analysed}


def _patch_load() -> None:
    """With --fast-load: the C-speed control-character count proposed for
    checker/load.py (same result: a test of equality runs first)."""
    from checker import load

    def control_share(text: str) -> float:
        if not text:
            return 0.0
        sample = text[:load._SNIFF_BYTES]
        return sum(map(sample.count, load._CONTROL_CHARS)) / len(sample)

    for text in ("", "abc\x01\x02", "中文\x7f" * 99, "x" * 9000 + "\x03", "\t\n\x0b\x0c\r"):
        assert control_share(text) == load._control_share(text)
    load._control_share = control_share


def measure_verify(corpus: str, cache: str, claims_file: str, jobs: int) -> dict:
    from checker import pipeline
    from checker.model import Claim

    if os.environ.get("BENCH_FAST_LOAD"):
        _patch_load()

    claims = [Claim(id=c["id"], text=c["text"]) for c in json.loads(Path(claims_file).read_text())]
    start = time.perf_counter()
    report = pipeline.verify_claims(claims, [corpus], cache_dir=cache, jobs=jobs)
    seconds = time.perf_counter() - start
    own, workers = _peak_mb()
    payload = json.dumps(report.to_dict(), ensure_ascii=False, sort_keys=True).encode()
    return {"seconds": seconds, "rss_mb": own, "worker_rss_mb": workers,
            "digest": hashlib.sha256(payload).hexdigest()[:16], "summary": report.summary()}


def measure_baseline(corpus: str, claims_file: str, budget: float) -> dict:
    """rapidfuzz over every passage for every claim: no index, no analysis.

    Returns the set-up time (load and split the corpus) and the time per
    claim, from as many claims as fit in BUDGET seconds."""
    from rapidfuzz import fuzz, process

    from checker.analyse import content_terms
    from checker.load import load_documents
    from checker.normalise import normalise_for_match
    from checker.segment import segment

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


# --- the driver -------------------------------------------------------------------

def _run(kind: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, f"_{kind}", *args], check=True,
                         capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _median(runs: list[dict], key: str = "seconds") -> float:
    return statistics.median(r[key] for r in runs)


def _fmt(seconds: float, estimated: bool = False) -> str:
    text = f"{seconds:.2f}" if seconds < 100 else f"{seconds:.0f}"
    return ("~" if estimated else "") + text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10", help="corpus sizes in MB (100 is slow)")
    parser.add_argument("--claims", default="100,1000", help="claim-set sizes")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--big-runs", type=int, default=3,
                        help="runs for corpora of 100 MB or more (each cold build takes minutes)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--workdir", default="/tmp/checker-bench")
    parser.add_argument("--baseline-budget", type=float, default=60.0,
                        help="seconds per baseline run before extrapolating")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--fast-load", action="store_true",
                        help="patch checker.load's control-character count (a proposed fix)")
    args = parser.parse_args(argv)
    if args.fast_load:
        os.environ["BENCH_FAST_LOAD"] = "1"

    from bench.corpus import make_claims, write_corpus

    work = Path(args.workdir)
    sizes = [float(s) for s in args.sizes.split(",")]
    counts = [int(c) for c in args.claims.split(",")]
    rows = []
    slope_points = []
    for size in sizes:
        label = f"{size:g}"
        corpus = write_corpus(work / f"corpus-{label}mb", size)
        megabytes = sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 1e6
        cache = str(work / f"cache-{label}mb")
        runs = args.big_runs if size >= 100 else args.runs
        builds = [_run("build", str(corpus), cache, str(args.jobs)) for _ in range(runs)]
        print(f"{label} MB: cold build {_median(builds):.1f} s", file=sys.stderr)
        baseline = []
        if not args.no_baseline:
            probe = work / "claims-baseline.json"
            probe.write_text(json.dumps(make_claims(1000)))
            baseline = [_run("baseline", str(corpus), str(probe), str(args.baseline_budget))
                        for _ in range(runs)]
        for count in counts:
            claims_file = work / f"claims-{count}.json"
            claims_file.write_text(json.dumps(make_claims(count)))
            verifies = [_run("verify", str(corpus), cache, str(claims_file), str(args.jobs))
                        for _ in range(runs)]
            same = len({v["digest"] for v in verifies}) == 1
            if count == counts[0]:
                single = _run("verify", str(corpus), cache, str(claims_file), "1")
                same = same and single["digest"] == verifies[0]["digest"]
            warm = _median(verifies)
            if count == 1000:
                slope_points.append((megabytes, warm))
            naive = None
            if baseline:
                naive = _median(baseline, "setup") + _median(baseline, "per_claim") * count
                extrapolated = count > min(b["claims_done"] for b in baseline)
            rows.append({
                "MB": f"{megabytes:.0f}", "passages": builds[0]["passages"], "claims": count,
                "cold build s": _fmt(_median(builds)),
                "build peak MB (main/worker)":
                    f"{_median(builds, 'rss_mb'):.0f}/{_median(builds, 'worker_rss_mb'):.0f}",
                "warm verify s": _fmt(warm),
                "verify peak MB (main/worker)":
                    f"{_median(verifies, 'rss_mb'):.0f}/{_median(verifies, 'worker_rss_mb'):.0f}",
                "baseline s": _fmt(naive, extrapolated) if naive is not None else "-",
                "baseline / warm": f"{naive / warm:.0f}×" if naive is not None else "-",
                "runs": runs,
                "same output": "yes" if same else "NO",
                "verdicts": " ".join(f"{k[:4]}={v}" for k, v in verifies[0]["summary"].items()),
            })
            print(json.dumps(rows[-1], ensure_ascii=False), file=sys.stderr)
    _print_table(rows)
    if len(slope_points) >= 2:
        xs = [math.log(m) for m, _ in slope_points]
        ys = [math.log(t) for _, t in slope_points]
        mx, my = statistics.mean(xs), statistics.mean(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
        print(f"\nwarm verify of 1,000 claims grows as size^{slope:.2f} "
              f"(log-log slope over {len(slope_points)} sizes; 1 = linear)")
    return 0


def _print_table(rows: list[dict]) -> None:
    if not rows:
        return
    keys = list(rows[0])
    print("| " + " | ".join(keys) + " |")
    print("| " + " | ".join("---" for _ in keys) + " |")
    for row in rows:
        print("| " + " | ".join(str(row[k]) for k in keys) + " |")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1].startswith("_"):
        kind, rest = sys.argv[1][1:], sys.argv[2:]
        if kind == "build":
            result = measure_build(rest[0], rest[1], int(rest[2]))
        elif kind == "verify":
            result = measure_verify(rest[0], rest[1], rest[2], int(rest[3]))
        else:
            result = measure_baseline(rest[0], rest[1], float(rest[2]))
        print(json.dumps(result))
        raise SystemExit(0)
    raise SystemExit(main())
