"""Time the same command in several worktrees, interleaved, and print medians.

    python scripts/time_runs.py --runs 5 --tree base=/work/wt-base --tree new=. -- \\
        verify ../shared/eval/dev2-claims.yaml --sources seeds --format json \\
        --output /tmp/x.json --no-cache

The command runs in each worktree with that worktree's ``.venv/bin`` first on
PATH; runs alternate between the trees (base, new, base, new, ...) so that a
busy shared machine slows both alike. Exit status 0 and 1 (claims not
supported) are both normal for ``verify``; any other stops the script. It
prints, per tree, the median wall time, the spread (min-max) and the ratio to
the first tree.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tree", action="append", required=True,
                        help="NAME=FOLDER of a worktree with its own .venv")
    parser.add_argument("--warmup", type=int, default=0, help="untimed runs per tree first")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    trees = [(name, Path(folder).resolve()) for name, folder in
             (t.split("=", 1) for t in args.tree)]
    times: dict[str, list[float]] = {name: [] for name, _ in trees}

    def run(folder: Path) -> float:
        env = dict(os.environ, PATH=f"{folder / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}")
        start = time.perf_counter()
        done = subprocess.run(command, check=False, cwd=folder, env=env,
                              stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        seconds = time.perf_counter() - start
        if done.returncode not in (0, 1):
            sys.exit(f"{folder}: exit {done.returncode}: {done.stderr.strip()[-500:]}")
        return seconds

    for _ in range(args.warmup):
        for _, folder in trees:
            run(folder)
    for _ in range(args.runs):
        for name, folder in trees:
            times[name].append(run(folder))
    first = statistics.median(times[trees[0][0]])
    for name, _ in trees:
        median = statistics.median(times[name])
        print(f"{name}: median {median:.2f} s (min {min(times[name]):.2f}, "
              f"max {max(times[name]):.2f}, n={len(times[name])}), "
              f"{median / first:.2f}× {trees[0][0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
