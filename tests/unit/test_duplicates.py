"""Copies of a source must not change a verdict (issue: 200 copies of one
article filled the candidate cap, pushed out the source that disagreed, and a
conflicting claim came back supported)."""
from __future__ import annotations

import pytest

from checker.language.lexicon import load_lexicon
from checker.model import Claim
from checker.pipeline import build_corpus, check_claims

AGREE = "某市2023年常住人口为512万人,比上年增加3.2万人。\n智谱于2026年1月8日在港交所上市。\n"
DISAGREE = "统计局称,某市2023年常住人口为498万人。\n另据报道,智谱于2026年1月9日在港交所上市。\n"
CLAIMS = [Claim("population", "某市2023年常住人口为512万人"),
          Claim("listing", "Zhipu listed on 2026-01-08")]


def _results(folder):
    lexicon = load_lexicon()
    return check_claims(CLAIMS, build_corpus([folder], lexicon), lexicon)


@pytest.mark.parametrize("copies", [1, 250])
def test_whole_copies_do_not_change_the_verdict(tmp_path, copies):
    for i in range(copies):
        (tmp_path / f"copy{i:03d}.txt").write_text(AGREE, encoding="utf-8")
    (tmp_path / "zz-other.txt").write_text(DISAGREE, encoding="utf-8")
    results = _results(tmp_path)
    assert [r.verdict for r in results] == ["conflicting", "conflicting"]
    for result in results:
        copied = [e for e in result.evidence if e.source.endswith("copy000.txt")]
        assert copied and len(copied[0].also_in) == copies - 1


def test_a_sentence_repeated_in_many_files_is_judged_once(tmp_path):
    # Not whole copies: each file differs, but shares the supporting sentence.
    for i in range(300):
        (tmp_path / f"article{i:03d}.txt").write_text(f"第{i}篇报道。\n{AGREE}", encoding="utf-8")
    (tmp_path / "zz-other.txt").write_text(DISAGREE, encoding="utf-8")
    results = _results(tmp_path)
    assert [r.verdict for r in results] == ["conflicting", "conflicting"]
    assert all(len({e.excerpt for e in r.evidence}) == len(r.evidence) for r in results)


def test_copies_of_a_sentence_are_not_read_from_the_cache(tmp_path, monkeypatch):
    """Copies are told apart by the text hashes of the postings: a warm run
    reads each text it judges once, not each of its 300 copies."""
    from checker.store import cache

    sources = tmp_path / "sources"
    sources.mkdir()
    for i in range(300):
        (sources / f"article{i:03d}.txt").write_text(f"第{i}篇报道。\n{AGREE}", encoding="utf-8")
    (sources / "zz-other.txt").write_text(DISAGREE, encoding="utf-8")
    lexicon = load_lexicon()
    build_corpus([sources], lexicon, cache_dir=tmp_path / "cache")
    reads: list[str] = []
    original = cache.DiskStore._read

    def counting(self, doc, local):
        item = original(self, doc, local)
        reads.append(item.passage.text)
        return item

    monkeypatch.setattr(cache.DiskStore, "_read", counting)
    corpus = build_corpus([sources], lexicon, cache_dir=tmp_path / "cache")
    results = check_claims(CLAIMS, corpus, lexicon)
    assert [r.verdict for r in results] == ["conflicting", "conflicting"]
    # (A neighbour of a judged passage is read too: the passage next to it.)
    assert 0 < len(reads) < 12
    assert reads.count(AGREE.splitlines()[0]) == 1
