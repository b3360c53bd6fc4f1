"""Open-vocabulary judging on sources written in the case files themselves
(tests/cases/open/*.yaml): topics no lexicon entry covers, both languages.

Each file holds ``sources`` (file name → text) and ``cases`` (claim, expected
verdict, optional first-evidence place). The sources are written to a
temporary folder and checked with the whole pipeline.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.language.lexicon import load_lexicon
from checker.model import Claim
from checker.pipeline import RunOptions, build_corpus
from checker.stages.judge.verdicts import check_claim

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "tests" / "cases" / "open").glob("*.yaml"))
_CORPORA: dict[Path, object] = {}


def _cases():
    for path in FILES:
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            yield pytest.param(path, case, id=f"{path.stem}:{case['id']}")


def _corpus(path: Path, tmp_path_factory):
    if path not in _CORPORA:
        folder = tmp_path_factory.mktemp(path.stem)
        sources = yaml.safe_load(path.read_text(encoding="utf-8"))["sources"]
        for name, text in sources.items():
            (folder / name).write_text(text, encoding="utf-8")
        _CORPORA[path] = build_corpus([folder], load_lexicon())
    return _CORPORA[path]


@pytest.mark.parametrize(("path", "case"), list(_cases()))
def test_open_case(path, case, tmp_path_factory):
    corpus = _corpus(path, tmp_path_factory)
    result = check_claim(Claim(id=case["id"], text=case["text"]), corpus.index, load_lexicon())
    allowed = case["expect"] if isinstance(case["expect"], list) else [case["expect"]]
    assert result.verdict in allowed, f"{case['text']!r}: got {result.verdict} ({result.reason})"
    if case.get("evidence") and result.verdict != "not_found":
        top = result.evidence[0]
        places = case["evidence"] if isinstance(case["evidence"], list) else [case["evidence"]]
        assert f"{Path(top.source).name}:{top.line}" in places, result.evidence
    if case.get("reason"):   # what the reason must quote: the figure that refutes
        assert case["reason"] in result.reason, result.reason


def test_a_denied_claim_names_the_denial():
    path = ROOT / "tests" / "cases" / "open" / "general.yaml"
    case = next(c for c in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
                if c["id"] == "denied-en")
    corpus = _corpus(path, pytest.TempPathFactory.from_config if False else _Factory())
    result = check_claim(Claim(id="d", text=case["text"]), corpus.index, load_lexicon())
    assert result.verdict == "contradicted"
    assert "false" in result.reason


def test_the_slot_is_where_the_claims_words_before_it_agree_longest(tmp_path):
    """Two schools in one sentence: the contradiction names the one in the
    claim's slot (after 博士毕业于), not the first after 毕业于."""
    source = tmp_path / "src" / "bio.txt"
    source.parent.mkdir()
    source.write_text("研究所今年招收了三十名新员工。\n"
                      "张明本科毕业于清华大学,博士毕业于浙江大学化学专业,现任研究所所长。\n"
                      "该所的实验楼于去年落成。\n", encoding="utf-8")
    corpus = build_corpus([source.parent], load_lexicon())
    result = check_claim(Claim(id="s", text="张明博士毕业于南开大学化学专业"), corpus.index,
                         load_lexicon())
    assert result.verdict == "contradicted"
    assert "浙江大学" in result.reason and "清华大学" not in result.reason
    same = check_claim(Claim(id="t", text="张明博士毕业于浙江大学化学专业"), corpus.index,
                       load_lexicon())
    assert same.verdict == "supported"


class _Factory:
    """A stand-in for tmp_path_factory when the corpus is already built."""

    def mktemp(self, name):  # pragma: no cover - the corpus is cached by then
        import tempfile

        return Path(tempfile.mkdtemp(prefix=name))


def test_a_user_lexicon_extends_grammar_words_and_the_glossary(tmp_path):
    from checker.pipeline import verify_claims

    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "a.txt").write_text("市长将辞职的说法是胡扯。\n该市本周出现了罕见的热浪。\n",
                                   encoding="utf-8")
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text("glossary:\n  - {en: [scorcher, scorchers], zh: [热浪]}\n"
                       "language:\n  zh: {denial: [胡扯]}\n", encoding="utf-8")
    claims = [Claim("resign", "市长将辞职")]

    def verdict(lexicons):
        return verify_claims(claims, [sources], lexicons, run=RunOptions(cache_dir=None)).results[0].verdict

    # Unknown to the bundled data, 胡扯 ("nonsense") does not deny the claim.
    assert verdict([]) != "contradicted"
    assert verdict([lexicon]) == "contradicted"

    def forms(lexicons):
        from checker.language.words import read_open_claim
        from checker.stages.judge.facts import read_claim

        lex = load_lexicon(lexicons)
        view = read_claim(Claim("heat", "a scorcher"), lex)
        claim = read_open_claim(view.analysis.text, view.analysis, lex, lambda term: 0, 10)
        return {f for unit in claim.units for f in unit.forms}

    assert "热浪" not in forms([])
    assert "热浪" in forms([lexicon])  # the user's glossary bridges the languages


def test_a_bad_glossary_entry_is_an_error_naming_the_file(tmp_path):
    from checker.errors import LexiconError

    bad = tmp_path / "bad.yaml"
    bad.write_text("glossary:\n  - {en: [x]}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_lexicon([bad])
    assert "bad.yaml" in str(error.value) and "glossary" in str(error.value)


def test_a_user_lexicon_extends_stop_phrases_and_existential_verbs(tmp_path):
    from checker.language.words import read_open_claim
    from checker.stages.judge.facts import read_claim

    mine = tmp_path / "mine.yaml"
    mine.write_text("language:\n  en: {stop_phrases: [truth be told],"
                    " existential: [materialise]}\n", encoding="utf-8")

    def read(text, lexicons):
        lex = load_lexicon(lexicons)
        view = read_claim(Claim("c", text), lex)
        return read_open_claim(view.analysis.text, view.analysis, lex, lambda term: 0, 10)

    lucky = "Truth be told the merger of the two harbour firms went ahead"
    assert "truth" in {u.surface.lower() for u in read(lucky, []).units}
    assert "truth" not in {u.surface.lower() for u in read(lucky, [mine]).units}
    # A negated verb of happening bears on the whole claim: "X did not materialise"
    # is refuted by a passage stating X.
    merger = "The merger of the two harbour firms did not materialise"
    bundled, extended = read(merger, []), read(merger, [mine])
    assert len(bundled.negated_units) < len(bundled.units)
    assert len(extended.negated_units) == len(extended.units)


def test_a_negated_verb_of_happening_is_not_a_word_a_passage_must_hold():
    from checker.language.words import read_open_claim
    from checker.stages.judge.facts import read_claim

    lex = load_lexicon([])
    view = read_claim(Claim("c", "The harbour merger is not going to happen"), lex)
    claim = read_open_claim(view.analysis.text, view.analysis, lex, lambda term: 0, 10)
    weights = {u.surface.lower(): u.weight for u in claim.units}
    assert weights["happen"] == 0.0
    assert all(w > 0 for word, w in weights.items() if word != "happen")
    # Affirmed, the verb stays a word of the claim.
    view = read_claim(Claim("c", "The harbour merger is going to happen"), lex)
    claim = read_open_claim(view.analysis.text, view.analysis, lex, lambda term: 0, 10)
    assert {u.surface.lower(): u.weight for u in claim.units}["happen"] > 0


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_case_file_names_each_source_and_case_once(path):
    """YAML keeps the last of two equal keys: a second source of one name
    would silently replace the first, and its cases would test nothing."""
    class Unique(yaml.SafeLoader):
        pass

    def mapping(loader, node):
        keys = [loader.construct_object(key) for key, _ in node.value]
        repeated = {k for k in keys if keys.count(k) > 1}
        assert not repeated, f"{path.name}: repeated keys {sorted(repeated)}"
        return loader.construct_mapping(node)

    Unique.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=Unique)
    ids = [case["id"] for case in data["cases"]]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
