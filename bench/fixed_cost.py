"""Fixed cost of the bilingual dictionary: the CC-CEDICT English index built
in memory from the 122k entries (what every process paid before) against the
index file read back from the cache namespace.

    .venv/bin/python bench/fixed_cost.py --runs 5

Each measurement runs in a fresh process, alternating, and the script prints
the medians. The index file is made first in a temporary cache folder.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_PROBE = """
import sys, time, json
sys.path.insert(0, {root!r})
start = time.perf_counter()
from checker.language import vocabulary
from checker.store.cache import CacheFolder
folder = {folder!r}
if folder:
    namespace = CacheFolder(folder, "0" * 24)
    namespace.prepare()
    vocabulary.use_cache(namespace.folder, namespace.temp)
ready = time.perf_counter()
vocabulary.translations("stock exchange")
done = time.perf_counter()
import resource
print(json.dumps({{"seconds": done - ready, "rss_mb": resource.getrusage(
    resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def _probe(folder: str) -> dict:
    out = subprocess.run([sys.executable, "-c", _PROBE.format(root=str(ROOT), folder=folder)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        _probe(folder)   # makes the file
        built, read = [], []
        for _ in range(args.runs):
            built.append(_probe(""))
            read.append(_probe(folder))
    for name, runs in (("built in memory", built), ("read from the index file", read)):
        seconds = [r["seconds"] for r in runs]
        print(f"{name}: median {statistics.median(seconds):.3f} s "
              f"(min {min(seconds):.3f}, max {max(seconds):.3f}), "
              f"peak RSS {statistics.median(r['rss_mb'] for r in runs):.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
