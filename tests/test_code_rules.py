"""Rules of the design card that code review would otherwise have to remember."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUFF = [sys.executable, "-m", "ruff"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", ["models", "certificates"])
def test_the_domain_and_the_pdfs_never_import_flask_or_the_web_app(package: str) -> None:
    for path in (ROOT / package).rglob("*.py"):
        if path.is_relative_to(ROOT / "models" / "migrations"):
            continue
        forbidden = _imports(path) & {"flask", "flask_babel", "flask_login", "flask_wtf", "webapp"}
        assert not forbidden, f"{path.relative_to(ROOT)} imports {forbidden}"


def test_ruff_check_is_clean() -> None:
    result = subprocess.run([*RUFF, "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = subprocess.run(
        [*RUFF, "format", "--check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
