"""User lexicons through the CLI: they extend what the checker knows, and a bad
one is a clear exit-2 error that names the file and line."""
from __future__ import annotations

import json
from pathlib import Path

from checker.cli.main import verify_main

ROOT = Path(__file__).resolve().parents[2]


def _claims(tmp_path: Path, text: str, extra: str = "") -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(f"sources: [{ROOT / 'seeds'}]\n{extra}claims:\n  - id: c\n    text: {text}\n",
                    encoding="utf-8")
    return path


def _verdict(out: Path) -> str:
    return json.loads(out.read_text(encoding="utf-8"))["claims"][0]["verdict"]


def test_user_alias_lets_a_claim_find_its_subject(tmp_path):
    # "ZP Labs" is not a bundled alias of Zhipu; without the user
    # lexicon the claim has no subject and cannot be supported.
    claims = _claims(tmp_path, "ZP Labs's 2024 revenue was 300 million yuan")
    out = tmp_path / "r.json"
    assert verify_main([str(claims), "--format", "json", "--output", str(out)]) == 1
    assert _verdict(out) == "not_found"

    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text("entities:\n  - id: zhipu\n    aliases: [ZP Labs]\n",
                       encoding="utf-8")
    code = verify_main([str(claims), "--lexicon", str(lexicon), "--format", "json",
                        "--output", str(out)])
    assert code == 0
    assert _verdict(out) == "supported"


def test_lexicons_key_in_the_claims_file_is_relative_to_it(tmp_path):
    (tmp_path / "terms.yaml").write_text(
        "entities:\n  - id: zhipu\n    aliases: [ZP Labs]\n", encoding="utf-8")
    claims = _claims(tmp_path, "ZP Labs's 2024 revenue was 300 million yuan",
                     extra="lexicons: [terms.yaml]\n")
    out = tmp_path / "r.json"
    assert verify_main([str(claims), "--format", "json", "--output", str(out)]) == 0
    assert _verdict(out) == "supported"


def test_bad_lexicon_exits_2_naming_file_and_line(tmp_path, capsys):
    claims = _claims(tmp_path, "MiniMax overseas revenue 73.1%")
    lexicon = tmp_path / "bad.yaml"
    lexicon.write_text("entities:\n  - id: ok\n    aliases: [Fine]\n  - aliases: [No id]\n",
                       encoding="utf-8")
    out = tmp_path / "r.json"
    out.write_text("previous report", encoding="utf-8")
    code = verify_main([str(claims), "--lexicon", str(lexicon), "--output", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and "bad.yaml:4:" in err[0] and "Traceback" not in err[0]
    assert out.read_text(encoding="utf-8") == "previous report"


def test_malformed_lexicon_yaml_names_the_line(tmp_path, capsys):
    claims = _claims(tmp_path, "MiniMax overseas revenue 73.1%")
    lexicon = tmp_path / "broken.yaml"
    lexicon.write_text("entities:\n  - id: x\n    aliases: [unclosed\n", encoding="utf-8")
    assert verify_main([str(claims), "--lexicon", str(lexicon)]) == 2
    err = capsys.readouterr().err
    assert "broken.yaml:" in err and "invalid YAML" in err
