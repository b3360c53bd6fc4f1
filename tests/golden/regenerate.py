"""Regenerate the golden files of the renderers from a real run.

    python tests/golden/regenerate.py          # rewrite the files, then review the diff
    python tests/golden/regenerate.py --check  # exit 1 if any file is stale

The golden files pin the exact bytes of the text (no colour), Markdown and
GitHub output of ``verify claims/ipo-race.yaml`` run from the repository root
against ``seeds/``, with the default gate and no configuration.
``tests/integration/test_formats.py`` checks them with the same functions.
A change in judging changes them too: regenerate, read the diff, commit.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent
CLAIMS = "claims/ipo-race.yaml"
GOLDEN_FILES = {"text": "ipo-race.txt", "markdown": "ipo-race.md", "github": "ipo-race.github"}
"""Format → golden file name under tests/golden/."""


def run_example():
    """The Report of ``verify claims/ipo-race.yaml``, run from the repository root."""
    sys.path.insert(0, str(ROOT))
    from checker import pipeline
    from checker.cli.main import resolve_lexicons, resolve_sources
    from checker.io.claims import load_claims

    before = Path.cwd()
    os.chdir(ROOT)
    try:
        claims_file = load_claims(CLAIMS)
        return pipeline.verify_claims(claims_file.claims, resolve_sources((), claims_file),
                                      resolve_lexicons((), claims_file), claims_file=CLAIMS)
    finally:
        os.chdir(before)


def golden_outputs(report) -> dict[str, bytes]:
    """Golden file name → the bytes the CLI writes for REPORT in that format."""
    from checker.render import RenderOptions, render

    return {name: render(report, fmt, RenderOptions()).encode("utf-8")
            for fmt, name in GOLDEN_FILES.items()}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, data in golden_outputs(run_example()).items():
        path = GOLDEN / name
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(name)
        if not check:
            path.write_bytes(data)
    verb = "stale" if check else "rewritten"
    print(f"{len(stale)} golden file(s) {verb}: {', '.join(stale) or '-'}", file=sys.stderr)
    return 1 if check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
