"""Fixed cost of the dictionaries judging reads: each table (CC-CEDICT's
English and Chinese indexes, the pinyin readings) built in memory, as every
process paid before, against read back from its file in the cache namespace
(``checker.language.dictfiles``, memory-mapped).

    .venv/bin/python bench/fixed_cost.py --runs 5

Each measurement runs in a fresh process, alternating, and the script prints
the medians of the time to the first look-up and of the process's peak RSS
and, after the look-up, its private (anonymous) and file-mapped resident
memory. The table files are made first in a temporary cache folder.
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
LOOKUPS = {"english": "from checker import vocabulary; vocabulary.translations('stock exchange')",
           "chinese": "from checker import vocabulary; vocabulary.glosses('证券交易所')",
           "pinyin": "from checker import persons; persons.readings('杰'); persons._syllables()"}

_PROBE = """
import sys, time, json
sys.path.insert(0, {root!r})
import numpy
from checker.language import vocabulary
from checker.language import persons
from checker.store.cache import CacheFolder
folder = {folder!r}
if folder:
    namespace = CacheFolder(folder, "0" * 24)
    namespace.prepare()
    vocabulary.use_cache(namespace.folder, namespace.temp)
ready = time.perf_counter()
{lookup}
done = time.perf_counter()
import resource
with open("/proc/self/status") as status:
    fields = dict(line.split(":", 1) for line in status)
print(json.dumps({{"seconds": done - ready, "rss_mb": resource.getrusage(
    resource.RUSAGE_SELF).ru_maxrss / 1024, "anon_mb": int(fields["RssAnon"].split()[0]) / 1024,
    "file_mb": int(fields["RssFile"].split()[0]) / 1024}}))
"""


def _probe(folder: str, table: str) -> dict:
    code = _PROBE.format(root=str(ROOT), folder=folder, lookup=LOOKUPS[table])
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--table", action="append", choices=sorted(LOOKUPS),
                        help="a table to measure (repeatable; default: all)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        for table in args.table or sorted(LOOKUPS):
            _probe(folder, table)   # makes the file
            built, read = [], []
            for _ in range(args.runs):
                built.append(_probe("", table))
                read.append(_probe(folder, table))
            for name, runs in (("built in memory", built), ("read from its file", read)):
                seconds = [r["seconds"] for r in runs]
                print(f"{table} {name}: median {statistics.median(seconds):.3f} s "
                      f"(min {min(seconds):.3f}, max {max(seconds):.3f}), peak RSS "
                      f"{statistics.median(r['rss_mb'] for r in runs):.0f} MB (private "
                      f"{statistics.median(r['anon_mb'] for r in runs):.0f} MB, file-mapped "
                      f"{statistics.median(r['file_mb'] for r in runs):.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
