"""Check that a change left every verdict and report byte for byte the same.

    python scripts/same_reports.py run TREE OUT      # reports of TREE's code into OUT
    python scripts/same_reports.py compare OUT1 OUT2 # exit 1 on any difference

``run`` uses TREE's ``.venv/bin/verify`` (a worktree with its own venv) and
writes into OUT:

* ``dev.json``, ``dev2.json``: the JSON reports of the seed dev sets
  (``../shared/eval/dev*-claims.yaml`` against TREE's ``seeds/``);
* ``formats/``: TREE's example claims (``claims/*.yaml``) against ``seeds/``
  in every report format, the example drafts (``tests/cases/drafts/*.md``)
  checked with ``checker check``, and ``checker quote`` for each of a few
  sentences in each citation style;
* ``chef/``, ``climate-fever/``: the external harness's prediction files
  (``../shared/eval/external/harness.py run``), and the full JSON report of
  every batch (``work-*/batch*/report.json``).

``compare`` compares every such file of OUT1 with OUT2's; in the batch
reports the work folder's own path is taken out first (it differs between
two runs by construction). Nothing here is timed: for speed see
``scripts/time_runs.py``. The eval data stays in ``../shared`` (nothing of it
is copied into the project).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

EVAL = Path("../shared/eval")
SAMPLES = {"chef": "chef-dev.jsonl", "climate-fever": "climate-fever-dev.jsonl"}
FORMATS = ("text", "markdown", "html", "json", "jsonl", "junit", "sarif", "github", "gitlab",
           "csv", "xlsx", "claimreview")
QUOTES = ("智谱在港交所上市", "MiniMax overseas revenue 73.1%", "月之暗面融资")
QUOTE_STYLES = ("plain", "markdown", "footnote", "json")


def _run(tree: Path, argv: list[str], what: str) -> None:
    done = subprocess.run(argv, check=False, cwd=tree, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{what}: exit {done.returncode}: {done.stderr.strip()[-800:]}")


def _formats(tree: Path, out: Path) -> None:
    bin_ = tree / ".venv" / "bin"
    out.mkdir(parents=True, exist_ok=True)
    for claims in sorted((tree / "claims").glob("*.yaml")):
        for fmt in FORMATS:
            _run(tree, [str(bin_ / "verify"), str(claims), "--sources", "seeds", "--format", fmt,
                        "--output", str(out / f"{claims.stem}.{fmt}"), "--no-cache",
                        "--exit-zero", "--quiet", "--color", "never"], f"{claims.name} {fmt}")
    for draft in sorted((tree / "tests" / "cases" / "drafts").glob("*.md")):
        for fmt in ("text", "json"):
            _run(tree, [str(bin_ / "checker"), "check", str(draft), "--sources", "seeds",
                        "--format", fmt, "--output", str(out / f"draft-{draft.stem}.{fmt}"),
                        "--no-cache", "--exit-zero", "--quiet", "--color", "never"],
                 f"{draft.name} {fmt}")
    for number, text in enumerate(QUOTES):
        for style in QUOTE_STYLES:
            done = subprocess.run(
                [str(bin_ / "checker"), "quote", text, "--sources", "seeds", "--no-cache",
                 "--style", style], check=False, cwd=tree, capture_output=True)
            (out / f"quote-{number}.{style}").write_bytes(
                done.stdout + f"\nexit {done.returncode}\n".encode())


def run(tree: Path, out: Path) -> None:
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    verify = str(tree / ".venv" / "bin" / "verify")
    for name in ("dev", "dev2"):
        done = subprocess.run(
            [verify, str(EVAL / f"{name}-claims.yaml"), "--sources", "seeds", "--format",
             "json", "--output", str(out / f"{name}.json"), "--no-cache", "--exit-zero",
             "--quiet"], check=False, cwd=tree, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"{name}: exit {done.returncode}: {done.stderr.strip()}")
    _formats(tree, out / "formats")
    for name, sample in SAMPLES.items():
        done = subprocess.run(
            [str(tree / ".venv" / "bin" / "python"), str(EVAL / "external" / "harness.py"), "run",
             "--sample", str(EVAL / "external" / sample), "--verify", verify,
             "--work", str(out / f"work-{name}"), "--out", str(out / name)],
            check=False, cwd=tree, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"{name}: exit {done.returncode}: {done.stderr.strip()[-800:]}")


def _files(out: Path) -> dict[str, Path]:
    found = {p.name: p for p in out.glob("dev*.json")}
    found.update({f"formats/{p.name}": p for p in (out / "formats").glob("*")})
    for name in SAMPLES:
        found.update({f"{name}/{p.name}": p for p in (out / name).glob("predictions-*.jsonl")})
        found.update({str(p.relative_to(out)): p
                      for p in sorted((out / f"work-{name}").glob("*/report.json"))})
    return found


def _content(path: Path, out: Path) -> bytes:
    data = path.read_bytes()
    # The batch reports name their sources by absolute path inside OUT.
    return data.replace(str(out.resolve()).encode(), b"OUT")


def compare(first: Path, second: Path) -> int:
    a, b = _files(first), _files(second)
    differ = sorted(name for name in a.keys() & b.keys()
                    if _content(a[name], first) != _content(b[name], second))
    lonely = sorted(a.keys() ^ b.keys())
    for name in differ:
        print(f"differs: {name}")
    for name in lonely:
        print(f"only in one: {name}")
    same = len(a.keys() & b.keys()) - len(differ)
    print(f"{same} files identical, {len(differ)} differ, {len(lonely)} in one only")
    return 1 if differ or lonely or not same else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("tree", type=Path)
    r.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("first", type=Path)
    c.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    if args.command == "run":
        run(args.tree.resolve(), args.out)
        return 0
    return compare(args.first, args.second)


if __name__ == "__main__":
    raise SystemExit(main())
