"""The dictionaries judging reads from table files (``checker.language.dictfiles``):
CC-CEDICT both ways (``vocabulary``) and the pinyin readings (``persons``)
built once into the cache namespace, read back, rebuilt when bad, and loaded
only by a run that needs them. The file format itself is tested in
test_dictfiles.py."""
from __future__ import annotations

import pytest

from checker.language import dictfiles, persons, vocabulary
from checker.store.cache import CacheFolder

ENGLISH = {"office": ("办事处", "办公室"), "stock exchange": ("证券交易所",),
           "carnegie mellon university": ("卡内基梅隆大学",), "zebra": ("斑马",)}
CHINESE = {"斑马": ("zebra",), "办公室": ("office",)}
COMMON = {"办公室": ("y",)}


def _clear() -> None:
    for function in (vocabulary._english_index, vocabulary._chinese_index,
                     vocabulary._common_index, vocabulary.translations, persons._pinyin_table, persons.readings,
                     persons._syllables):
        function.cache_clear()


@pytest.fixture
def built(monkeypatch):
    """_build_indexes replaced by ENGLISH and CHINESE, counting calls; the
    indexes reloaded."""
    calls = []

    def build(names):
        calls.append(sorted(names))
        return {name: {"english": dict(ENGLISH), "chinese": dict(CHINESE),
                       "common": dict(COMMON)}[name] for name in names}

    monkeypatch.setattr(vocabulary, "_build_indexes", build)
    _clear()
    yield calls
    vocabulary.use_cache(None)
    _clear()


def test_built_once_then_read(tmp_path, built):
    folder = CacheFolder(tmp_path, "a" * 24)
    folder.prepare()
    vocabulary.use_cache(folder.folder, folder.temp)
    assert vocabulary._english_index().get("offices") == ()
    assert vocabulary.translations("offices")[-2:] == ("办事处", "办公室")
    files = sorted(p.name for p in (folder.folder / "vocabulary").iterdir())
    assert files == [f"chinese-{vocabulary.index_key()}.idx",
                     f"common-{vocabulary.index_key()}.idx",
                     f"english-{vocabulary.index_key()}.idx"]
    _clear()
    assert "证券交易所" in vocabulary.translations("stock exchanges")
    assert vocabulary.glosses("斑马")[0] == "zebra"
    assert vocabulary.is_common_word("办公室") and not vocabulary.is_common_word("斑马")
    assert len(built) == 1   # all read from the files the first build wrote


def test_damaged_file_rebuilt(tmp_path, built):
    folder = CacheFolder(tmp_path, "a" * 24)
    folder.prepare()
    vocabulary.use_cache(folder.folder, folder.temp)
    vocabulary._chinese_index()
    path = folder.folder / "vocabulary" / f"chinese-{vocabulary.index_key()}.idx"
    path.write_bytes(path.read_bytes()[:100])
    _clear()
    assert vocabulary.glosses("斑马")[0] == "zebra"
    assert len(built) == 2
    dictfiles.decode_table(path.read_bytes(), "chinese", vocabulary.index_key())


def test_pinyin_table_matches_pypinyin_and_damage_is_rebuilt(tmp_path, built):
    from pypinyin.constants import PINYIN_DICT

    memory = persons._build_pinyin_table()
    folder = CacheFolder(tmp_path, "a" * 24)
    folder.prepare()
    vocabulary.use_cache(folder.folder, folder.temp)
    table = persons._pinyin_table()
    assert isinstance(table, dictfiles.Table) and len(table) == len(PINYIN_DICT) + 1
    for char in "闫俊杰单吕閆傑中A":
        assert persons.readings(char) == frozenset(memory.get(char, ()))
    assert persons.readings("单") >= {"dan", "shan"} and persons.readings("吕") == {"lv"}
    assert {"jun", "jie", "lv"} <= persons._syllables()
    path = next((folder.folder / "vocabulary").glob("pinyin-*.idx"))
    path.write_bytes(b"claim-checker table\n{}\n")
    _clear()
    assert persons.readings("杰") == {"jie"}
    dictfiles.decode_table(path.read_bytes(), "pinyin", path.name[7:-4])   # rewritten


def _verify(tmp_path, text: str, cache) -> None:
    from checker.model import Claim
    from checker.pipeline import RunOptions, verify_claims

    source = tmp_path / "src" / "a.txt"
    source.parent.mkdir(exist_ok=True)
    source.write_text("The office moved to a new stock exchange building.\n"
                      "斑马公司的办公室搬到了新的证券交易所大楼。\n", encoding="utf-8")
    verify_claims([Claim(id="c1", text=text)], [source.parent], run=RunOptions(cache_dir=cache))


def test_pipeline_writes_the_index_only_with_a_cache(tmp_path, monkeypatch, built):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _verify(tmp_path, "The zebra office moved", None)
    assert built == [["english"]] and not (tmp_path / "xdg").exists()   # --no-cache keeps nothing
    _clear()
    _verify(tmp_path, "The zebra office moved", tmp_path / "cache")
    assert len(list((tmp_path / "cache").glob("dictionaries/vocabulary/english-*.idx"))) == 1
    assert not list((tmp_path / "cache").glob("v*-*/vocabulary"))


def test_the_tables_outlive_a_lexicon_edit_and_serve_no_cache_runs(tmp_path, monkeypatch, built):
    # The tables are built from installed packages: a new namespace (a
    # lexicon or code edit) does not rebuild them, and a --no-cache run
    # reads what a cached run in the user's cache folder made.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _verify(tmp_path, "The zebra office moved", "auto")
    assert len(built) == 1
    monkeypatch.setattr("checker.pipeline.cache_key", lambda *args: "b" * 24)   # as after an edit
    _clear()
    _verify(tmp_path, "The zebra office moved", "auto")
    _clear()
    _verify(tmp_path, "The zebra office moved", None)
    assert len(built) == 1
    assert len(list((tmp_path / "xdg").glob("claim-checker/v*-*"))) == 2   # two namespaces


def test_a_foreign_dictionaries_folder_is_left_alone(tmp_path, built):
    planted = tmp_path / "cache" / "dictionaries"
    planted.mkdir(parents=True)
    (planted / "notes.txt").write_text("mine")
    _verify(tmp_path, "The zebra office moved", tmp_path / "cache")
    assert sorted(p.name for p in planted.iterdir()) == ["notes.txt"]
    assert len(list((tmp_path / "cache").glob("v*-*/vocabulary/english-*.idx"))) == 1


def test_an_english_claim_set_never_opens_the_chinese_index(tmp_path, built):
    dictfiles.LOADS.clear()
    _verify(tmp_path, "The zebra office moved to the stock exchange", tmp_path / "cache")
    assert dictfiles.LOADS["english"] == 1 and dictfiles.LOADS["chinese"] == 0
    # A Chinese claim against English words does open it, once.
    _verify(tmp_path, "斑马办公室搬迁了", tmp_path / "cache")
    assert dictfiles.LOADS["chinese"] == 1


def test_preloading_for_workers_skips_chinese_for_english_claims(tmp_path, built):
    from checker.language.words import load_dictionaries

    folder = CacheFolder(tmp_path, "a" * 24)
    folder.prepare()
    vocabulary.use_cache(folder.folder, folder.temp)
    dictfiles.LOADS.clear()
    load_dictionaries(["The office moved", "Revenue rose 5% in 2024"])
    assert dictfiles.LOADS["english"] == 1 and dictfiles.LOADS["pinyin"] == 1
    assert dictfiles.LOADS["chinese"] == 0
    load_dictionaries(["The office moved", "智谱在港交所上市"])
    assert dictfiles.LOADS["chinese"] == 1


def test_an_abbreviation_is_a_word_for_what_it_abbreviates():
    # CC-CEDICT glosses 清华 "abbr. for 清華大學|清华大学"; sources write 清华.
    entries = [{"simplified": "清华大学", "definitions": ["Tsinghua University, Beijing"]},
               {"simplified": "清华", "definitions": ["abbr. for 清華大學|清华大学[Qing1 hua2 Da4 xue2]"]},
               {"simplified": "京", "definitions": ["abbr. for 北京[Bei3 jing1]"]},
               {"simplified": "北京", "definitions": ["Beijing"]}]
    english = vocabulary._build_entries(entries)
    assert english["tsinghua university"] == ("清华", "清华大学")
    assert english["beijing"] == ("北京", "清华", "清华大学")   # (清华大学's own second gloss)
    chinese = vocabulary._build_glosses(entries)
    assert "tsinghua university" in chinese["清华"]
    assert not any(g.startswith("abbr.") for gs in chinese.values() for g in gs)


def test_a_classifier_note_is_no_gloss():
    # "CL:个[ge4]" follows thousands of nouns: read as a gloss, it made 上级
    # and 下午 words for 上午, and "上午" stood in "下午".
    entries = [{"simplified": "上午", "definitions": ["morning", "CL:個|个[ge4]"]},
               {"simplified": "上级", "definitions": ["higher authorities", "CL:個|个[ge4]"]}]
    chinese = vocabulary._build_glosses(entries)
    assert chinese["上午"] == ("morning",)
    assert chinese["上级"] == ("higher authorities",)


def test_a_word_with_a_sense_that_is_no_name_is_common():
    entries = [{"simplified": "新建", "definitions": ["Xinjian district of Nanchang", "newly built"]},
               {"simplified": "南京", "definitions": ["Nanjing subprovincial city",
                                                     "capital of China at different historical periods"]},
               {"simplified": "北京", "definitions": ["Beijing"]},
               {"simplified": "清华", "definitions": ["abbr. for 清華大學|清华大学"]},
               {"simplified": "书店", "definitions": ["bookstore", "CL:家[jia1]"]}]
    common = vocabulary._build_common(entries)
    assert set(common) == {"新建", "书店"}


def test_a_tagger_guess_of_a_place_that_is_a_common_word_is_no_name():
    from checker.language.words import tagged_names

    # jieba tags 新建 ("newly built") a place (a district of Nanchang).
    found = [word for word, _, _ in tagged_names("青州市政府宣布将新建一座市立图书馆")]
    assert "青州市" in found and "新建" not in found
