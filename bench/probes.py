"""Judging probes outside the eval sets: how many claims a version of the
checker gets wrong, and how many of those are false supports.

    .venv/bin/python bench/probes.py hunt            # bench/probes/hunt.yaml
    .venv/bin/python bench/probes.py seeds           # bench/probes/seeds-*.yaml
    .venv/bin/python bench/probes.py hunt --out a.json; ... --out b.json --diff a.json

``hunt`` holds small corpora written to catch one failure class each (a
figure of another subject, a forecast read as a fact, a word inside another
word); ``seeds`` holds claims about the bundled articles with hand-checked
gold verdicts. Both run in this process (no cache folder), in seconds, so a
judge change can be measured before and after. They are measurements, not
tests: many of their claims still fail (see the issue notes).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "bench" / "probes"


def _verdicts(corpus_folder: Path, texts: list[str]) -> list[tuple[str, str]]:
    from checker.language.lexicon import load_lexicon
    from checker.model import Claim
    from checker.pipeline import build_corpus
    from checker.stages.judge.verdicts import check_claim

    lexicon = load_lexicon()
    index = build_corpus([corpus_folder], lexicon).index
    results = [check_claim(Claim(id=f"c{i}", text=text), index, lexicon)
               for i, text in enumerate(texts, 1)]
    return [(str(r.verdict.value), r.reason) for r in results]


def run_hunt() -> dict[str, dict]:
    cases = yaml.safe_load((PROBES / "hunt.yaml").read_text(encoding="utf-8"))["cases"]
    rows: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as work:
        for case in cases:
            folder = Path(work) / case["name"]
            folder.mkdir()
            for name, text in case["sources"].items():
                (folder / name).write_text(text, encoding="utf-8")
            texts = [c["text"] for c in case["claims"]]
            for i, (claim, (verdict, reason)) in enumerate(
                    zip(case["claims"], _verdicts(folder, texts)), 1):
                allowed = claim["expect"].split("|") if claim["expect"] else [verdict]
                rows[f"{case['name']}:c{i}"] = {"text": claim["text"], "verdict": verdict,
                                                "expected": claim["expect"], "reason": reason,
                                                "ok": verdict in allowed}
    return rows


def run_seeds() -> dict[str, dict]:
    claims, gold = [], {}
    for path in sorted(PROBES.glob("seeds*-claims.yaml")):   # seeds-, seeds2-, ...
        claims += yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]
        gold_path = path.with_name(path.name.replace("-claims", "-gold"))
        gold |= yaml.safe_load(gold_path.read_text(encoding="utf-8"))["labels"]
    found = _verdicts(ROOT / "seeds", [c["text"] for c in claims])
    return {c["id"]: {"text": c["text"], "verdict": verdict, "expected": gold[c["id"]]["verdict"],
                      "reason": reason, "ok": verdict in gold[c["id"]]["verdict"].split("|")}
            for c, (verdict, reason) in zip(claims, found)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("probes", choices=["hunt", "seeds"])
    parser.add_argument("--out", type=Path, help="write every claim's result (JSON) here")
    parser.add_argument("--diff", type=Path, help="a result file of another run to compare with")
    args = parser.parse_args()
    rows = run_hunt() if args.probes == "hunt" else run_seeds()
    wrong = [r for r in rows.values() if not r["ok"]]
    false_supports = [r for r in wrong if r["verdict"] == "supported"]
    print(f"{args.probes}: {len(rows)} claims, {len(wrong)} wrong, "
          f"{len(false_supports)} false supports")
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.diff:
        before = json.loads(args.diff.read_text(encoding="utf-8"))
        for key, row in rows.items():
            old = before.get(key)
            if old and old["verdict"] != row["verdict"]:
                mark = "+" if row["ok"] and not old["ok"] else "-" if old["ok"] and not row["ok"] else "~"
                print(f"{mark} {key}: {old['verdict']} -> {row['verdict']} | {row['text'][:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
