"""Stage "index": find the passages worth judging for a claim.

Passages are indexed by what the analyser found in them: entity ids (named or
inherited as a clause subject), measure ids, and content terms (Latin words,
CJK character bigrams). A claim's candidates are the passages that share an
entity or a measure with it (cross-lingual by construction: "Zhipu" and 智譜
are both the entity ``zhipu``), ranked by weighted overlap. Only candidates are
judged, so the cost of a claim grows with its candidates, not with the corpus.

It does not decide anything about a candidate (that is ``judge``).
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checker.lexicon import Lexicon
from checker.model import Analysis, Passage


@dataclass(frozen=True)
class AnalysedPassage:
    passage: Passage
    analysis: Analysis
    document_entities: frozenset[str] = frozenset()
    """Entities named anywhere in the passage's document (for place qualifiers:
    an article about a Hong Kong listing need not repeat 香港 in every sentence)."""
    paragraph_entities: frozenset[str] = frozenset()
    """Entities named in the passage's paragraph ("...在港交所挂牌上市。一天后,
    MiniMax也将敲钟" names the exchange of the second sentence)."""


def passage_features(analysis: Analysis) -> set[str]:
    features = {f"e:{m.id}" for m in analysis.mentions if m.kind == "entity"}
    features |= {f"e:{s}" for subjects, _ in analysis.clause_subjects for s in subjects}
    features |= {f"m:{m.id}" for m in analysis.mentions if m.kind == "measure"}
    return features


class PassageIndex:
    """An inverted index from features and terms to passages."""

    def __init__(self, items: Sequence[AnalysedPassage]) -> None:
        self.items = list(items)
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._terms: dict[str, list[int]] = defaultdict(list)
        for i, item in enumerate(self.items):
            for feature in sorted(passage_features(item.analysis)):
                self._postings[feature].append(i)
            for term in item.analysis.terms:
                self._terms[term].append(i)

    def candidates(self, entity_ids: Iterable[str], measure_ids: Iterable[str],
                   terms: Iterable[str], lexicon: Lexicon, limit: int = 200) -> list[AnalysedPassage]:
        scores: dict[int, float] = defaultdict(float)
        for entity in set(entity_ids):
            for i in self._postings.get(f"e:{entity}", ()):
                scores[i] += 3.0
        for measure in set(measure_ids):
            related = {measure, *lexicon.measure_ancestors(measure)} | {
                m for m in lexicon.measures if lexicon.measure_covers(measure, m)}
            hit: set[int] = set()
            for m in related:
                hit.update(self._postings.get(f"m:{m}", ()))
            for i in hit:
                scores[i] += 2.0
        n = max(len(self.items), 1)
        for term in set(terms):
            posting = self._terms.get(term, ())
            if not posting or len(posting) > n / 2:
                continue
            weight = math.log(n / len(posting)) / 10
            for i in posting:
                if i in scores:
                    scores[i] += weight
        ranked = sorted(scores, key=lambda i: (-scores[i], i))
        return [self.items[i] for i in ranked[:limit]]
