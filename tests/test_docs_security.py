"""docs/security.md names, for each boundary, the test that shows it: every named test must exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)?::(\w+)`")


def _references() -> list[tuple[str, str]]:
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    refs: list[tuple[str, str]] = []
    current = None
    for file, name in REFERENCE.findall(text):
        current = file or current
        assert current is not None, f"::{name} names no file before it"
        refs.append((current, name))
    return refs


def test_every_test_named_in_the_security_page_exists() -> None:
    refs = _references()
    assert len(refs) >= 30
    missing = []
    for file, name in refs:
        path = ROOT / file
        tree = ast.parse(path.read_text(encoding="utf-8")) if path.is_file() else None
        names = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)} if tree else set()
        if name not in names:
            missing.append(f"{file}::{name}")
    assert missing == []
