"""The layers point one way (docs/architecture.md): core ← index ← {ingest, answers} ← api
← staff ← {cli, app, pages}. import-linter checks the packages with the contracts in
pyproject.toml; app.py is a script, so its imports are read here."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _lint(cwd: Path, config: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(cwd))
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(config), "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_import_contracts_are_kept() -> None:
    result = _lint(ROOT, ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_contracts_catch_an_import_against_the_arrows(tmp_path: Path) -> None:
    """The same kind of contract fails on a lower layer that imports a higher one."""
    for name, body in {"core": "", "index": "", "answers": "import demo.api\n", "api": ""}.items():
        (tmp_path / "demo" / name).mkdir(parents=True)
        (tmp_path / "demo" / name / "__init__.py").write_text(body)
    (tmp_path / "demo" / "__init__.py").write_text("")
    config = tmp_path / "contracts.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "demo"\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "layers"\ntype = "layers"\n'
        'layers = ["demo.api", "demo.answers", "demo.index", "demo.core"]\n'
    )
    result = _lint(tmp_path, config)
    assert result.returncode != 0
    assert "demo.answers -> demo.api" in result.stdout


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_the_app_never_imports_ingest() -> None:
    modules = _imported_modules(ROOT / "app.py")
    assert not [m for m in modules if m == "ingest" or m.startswith("ingest.")]


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    """The AST reading above finds an ingest import where there is one."""
    script = tmp_path / "app.py"
    script.write_text("import os\nfrom ingest.pipeline import Indexer\n")
    assert "ingest.pipeline" in _imported_modules(script)
