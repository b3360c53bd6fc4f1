"""--cache-dir, --no-cache, --jobs and `checker index` through the CLI."""
from __future__ import annotations

from pathlib import Path

from checker.cli.main import checker_main, verify_main

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = ROOT / "claims" / "ipo-race.yaml"


def _run(tmp_path: Path, name: str, *extra: str) -> bytes:
    out = tmp_path / name
    assert verify_main([str(CLAIMS), "--format", "json", "--output", str(out), *extra]) == 1
    return out.read_bytes()


def test_index_then_verify_from_the_cache_gives_the_same_report(tmp_path, capsys):
    cache = tmp_path / "cache"
    assert checker_main(["index", str(ROOT / "seeds"), "--cache-dir", str(cache)]) == 0
    err = capsys.readouterr().err
    assert "indexed 5 documents" in err and "5 analysed now" in err
    assert any(cache.rglob("*")), "the index command wrote nothing"
    warm = _run(tmp_path, "warm.json", "--cache-dir", str(cache))
    cold = _run(tmp_path, "cold.json", "--no-cache")
    assert warm == cold
    assert checker_main(["index", str(ROOT / "seeds"), "--cache-dir", str(cache)]) == 0
    assert "0 analysed now" in capsys.readouterr().err


def test_output_is_the_same_for_any_job_count(tmp_path):
    assert _run(tmp_path, "one.json", "--no-cache", "--jobs", "1") == \
        _run(tmp_path, "two.json", "--no-cache", "--jobs", "2")


def test_no_cache_with_cache_dir_is_exit_2(tmp_path, capsys):
    assert verify_main([str(CLAIMS), "--no-cache", "--cache-dir", str(tmp_path)]) == 2
    assert "--no-cache and --cache-dir" in capsys.readouterr().err


def test_index_does_not_offer_no_cache(capsys):
    assert checker_main(["index", str(ROOT / "seeds"), "--no-cache"]) == 2
    assert "No such option '--no-cache'" in capsys.readouterr().err
    assert checker_main(["index", "--help"]) == 0
    assert "--no-cache" not in capsys.readouterr().out
