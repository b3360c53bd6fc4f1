"""Where the time of one ``verify`` process goes: the fixed cost broken down.

    .venv/bin/python bench/phases.py --runs 5 -- ../shared/eval/dev-claims.yaml \\
        --sources seeds --format json --output /dev/null --cache-dir /tmp/c

Runs ``verify ARGS`` in a fresh process of this interpreter, RUNS times,
with timers around the stages (start-up imports, the lexicon, the claims
file, opening the corpus, judging) and around the dictionaries and the
imports judging makes lazily (jieba's dictionary, the stemmer, ...), and
prints the median of each (seconds; a stage includes what it loads, so the
dictionary lines are part of "judge claims"). Timers nest: an import made
inside a timed stage counts in both. Any tree whose ``checker`` has these
functions can be measured (main and a branch side by side).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

_PROBE = r'''
import builtins, functools, json, resource, sys, time
started = time.perf_counter()
from checker.cli.main import verify_entry
import checker.cli.main as cli
from checker import pipeline
from checker.language import lexicon
from checker.language import persons
from checker.language import vocabulary
ready = time.perf_counter()
times = {"start-up imports (CLI, pipeline)": ready - started}

def timed(module, name, label):
    function = getattr(module, name, None)
    if function is None:
        return
    depth = [0]
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        if depth[0]:
            return function(*args, **kwargs)
        depth[0] += 1
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            depth[0] -= 1
            times[label] = times.get(label, 0.0) + time.perf_counter() - start
    setattr(module, name, wrapper)

timed(pipeline, "load_lexicon", "lexicon")
timed(cli, "load_claims_file", "claims file")
timed(pipeline, "build_corpus", "open the corpus")
timed(pipeline, "check_claims", "judge claims (all)")
timed(persons, "readings", "  pinyin readings (first use)")
timed(persons, "_syllables", "  pinyin syllables")
timed(vocabulary, "_english_index", "  CC-CEDICT English index")
timed(vocabulary, "_chinese_index", "  CC-CEDICT Chinese index")
timed(vocabulary, "_common_index", "  CC-CEDICT common words")
real_import, depth = builtins.__import__, [0]

def timed_import(name, *args, **kwargs):
    if depth[0] or name in sys.modules:
        return real_import(name, *args, **kwargs)
    depth[0] += 1
    start = time.perf_counter()
    try:
        return real_import(name, *args, **kwargs)
    finally:
        depth[0] -= 1
        label = "  import " + name.split(".")[0]
        times[label] = times.get(label, 0.0) + time.perf_counter() - start

builtins.__import__ = timed_import
sys.argv = ["verify", *json.loads(sys.argv[1])]
try:
    verify_entry()
except SystemExit:
    pass
times["whole process after start-up"] = time.perf_counter() - ready
times["peak MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(times))
'''


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    verify_args = args.args[1:] if args.args[:1] == ["--"] else args.args
    runs = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(verify_args)], check=True,
                             capture_output=True, text=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    labels = list(dict.fromkeys(label for run in runs for label in run))
    for label in labels:
        values = [run.get(label, 0.0) for run in runs]
        if label.startswith("  import") and statistics.median(values) < 0.005:
            continue
        print(f"{label:40s} {statistics.median(values):8.3f}  ({min(values):.3f}-{max(values):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
