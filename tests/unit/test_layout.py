"""The package's shape, read from the source: imports go one way through the
layers, no module takes another stage's private names, and no language word
is written in code outside ``checker/language/``.

The layers, top to bottom (a module may import its own layer and any layer
below it, never one above):

    cli                      commands, options, configuration, output
    render                   one module per report format; reads the model only
    pipeline, parallel       the commands' work: stages wired, run in processes
    store                    the cache on disk (persists what index and analyse make)
    stages                   segment, analyse, index, judge/, compare, decide, draft
    io                       sources and claims files read and decoded
    language                 the data files and what a text says
    base                     model, errors, decoding, cachedir, gate, schemas, memo

``render`` sits above ``pipeline`` only in the picture: it may import the
base alone, so a report is drawn from the model and nothing else. ``io`` and
``stages`` do not import each other.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "checker"

BASE = {"checker", "checker.model", "checker.errors", "checker.decoding", "checker.cachedir",
        "checker.gate", "checker.schemas", "checker.schemas.subset", "checker.memo",
        "checker.__main__"}
ALLOWED = {
    "base": {"base"},
    "language": {"base", "language"},
    "io": {"base", "language", "io"},
    "stages": {"base", "language", "stages"},
    "store": {"base", "language", "io", "stages", "store"},
    "pipeline": {"base", "language", "io", "stages", "store", "pipeline"},
    "render": {"base", "render"},
    "cli": {"base", "language", "io", "stages", "store", "pipeline", "render", "cli"},
}
# ``checker.__main__`` only starts the CLI.
EXCEPTIONS = {("checker.__main__", "checker.cli.main")}

CJK_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> str:
    if module in BASE:
        return "base"
    if module in ("checker.pipeline", "checker.parallel"):
        return "pipeline"
    second = module.split(".")[1]
    if second in ("language", "io", "stages", "store", "render", "cli"):
        return second
    raise AssertionError(f"{module} is in no layer: add it to the picture in this test")


def _imports(path: Path, module: str) -> list[tuple[str, list[str], int]]:
    """(imported module, names taken from it, line) for every import of
    the checker in PATH, the source of MODULE, at any depth (lazy imports
    count too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [alias.name for alias in node.names]
            if target == "checker":
                # ``from checker import parallel``: each name is a module or the version
                for name in names:
                    whole = f"checker.{name}"
                    found.append((whole if (PACKAGE / name).exists()
                                  or (PACKAGE / f"{name}.py").exists() else "checker",
                                  [], node.lineno))
            elif target.startswith("checker"):
                found.append((target, names, node.lineno))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, [], node.lineno) for alias in node.names
                         if alias.name.startswith("checker"))
    return found


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _top_module(target: str) -> str:
    """The module TARGET names, or its package when it is a package."""
    parts = target.split(".")
    while parts:
        path = PACKAGE.parent.joinpath(*parts)
        if path.with_suffix(".py").exists() or (path / "__init__.py").exists():
            return ".".join(parts)
        parts.pop()
    return target


def test_every_module_is_in_a_layer():
    for path in _sources():
        _layer(_module_name(path))


def _back_arrows(path: Path, module: str) -> list[str]:
    layer, back = _layer(module), []
    for target, _names, line in _imports(path, module):
        target = _top_module(target)
        if (module, target) not in EXCEPTIONS and _layer(target) not in ALLOWED[layer]:
            back.append(f"{path.name}:{line}: {module} ({layer}) imports {target} "
                        f"({_layer(target)})")
    return back


def test_imports_go_down_the_layers():
    back = [arrow for path in _sources() for arrow in _back_arrows(path, _module_name(path))]
    assert not back, "imports against the layers:\n" + "\n".join(back)


def test_no_module_takes_another_modules_private_names():
    taken = []
    for path in _sources():
        for target, names, line in _imports(path, _module_name(path)):
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            if private:
                taken.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {', '.join(private)} "
                             f"from {target}")
    assert not taken, "private names used across modules:\n" + "\n".join(taken)


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """String literals of PATH that are code, not documentation (module,
    class, function and attribute docstrings are left out), as written in
    the source (a character range written with escapes is no word)."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    documentation = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for statement in body:
                if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                    documentation.add(id(statement.value))
    return [(node.lineno, ast.get_source_segment(source, node) or "") for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in documentation]


@pytest.mark.parametrize("path", [p for p in _sources() if "language" not in p.parts],
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_language_words_in_code_outside_language(path):
    words = [f"{path.relative_to(PACKAGE.parent)}:{line}: {text[:60]!r}"
             for line, text in _code_strings(path) if CJK_IDEOGRAPH.search(text)]
    assert not words, ("Chinese written in code; it belongs in checker/data/language/ "
                       "(read through checker.language):\n" + "\n".join(words))


def test_the_check_finds_back_arrows(tmp_path):
    """A lazy import up the layers, absolute or relative, is found; one down is not."""
    source = tmp_path / "fake.py"
    source.write_text("from checker.model import Claim\n"
                      "def f():\n"
                      "    from checker.pipeline import verify_claims\n"
                      "    from ..stages import analyse\n"
                      "    from checker import parallel\n")
    arrows = _back_arrows(source, "checker.language.fake")
    assert [a.split(" imports ")[1] for a in arrows] == [
        "checker.pipeline (pipeline)", "checker.stages (stages)",
        "checker.parallel (pipeline)"]
    assert _back_arrows(source, "checker.cli.fake") == []
