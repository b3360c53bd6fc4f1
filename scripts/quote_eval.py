#!/usr/bin/env python3
"""Measure `checker quote` on a labelled claim set: for every claim labelled
supported, is a gold evidence line among the top-N quotes?

    python scripts/quote_eval.py ../shared/eval/dev-claims.yaml ../shared/eval/dev-gold.yaml

Prints one line per claim and the hit rate; exit 0.
"""
from __future__ import annotations

import sys
from pathlib import PurePath

import yaml

from checker.language.lexicon import load_lexicon
from checker.pipeline import build_corpus
from checker.stages.judge.verdicts import ranked_stances


def main(claims_path: str, gold_path: str, sources: str = "seeds", top: int = 3) -> int:
    from pathlib import Path

    claims_doc = yaml.safe_load(Path(claims_path).read_text(encoding="utf-8"))
    claims = {c["id"]: c["text"] for c in claims_doc["claims"]}
    labels = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8"))["labels"]
    lexicon = load_lexicon()
    corpus = build_corpus([sources], lexicon)
    hits = total = 0
    for cid, label in labels.items():
        if label["verdict"] != "supported":
            continue
        total += 1
        stances = [s for s in ranked_stances(claims[cid], corpus.index, lexicon, top)
                   if s.stance == "supports"][:top]
        places = [f"{PurePath(s.passage.source).name}:{s.passage.line}" for s in stances]
        hit = any(p in label["evidence"] for p in places)
        hits += hit
        print(f"{'hit ' if hit else 'MISS'} {cid:<28} {', '.join(places)}")
    print(f"gold evidence in top {top}: {hits}/{total} = {hits / max(total, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
