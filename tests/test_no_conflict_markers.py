"""No merge-conflict marker survives in the project's own text files.

A merge once landed docs/benchmarks.md with its ``<<<<<<< HEAD`` / ``=======`` / ``>>>>>>> branch``
lines: the suite passed because nothing read that page. Generated page dumps under ``tests/data``
are left out (a page may print any line of text).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = re.compile(r"^(<<<<<<<|>>>>>>>)( |$)|^\|\|\|\|\|\|\| ", re.MULTILINE)
SUFFIXES = {".py", ".md", ".toml", ".json", ".txt", ".cfg", ".ini", ".j2", ".html", ".yml", ".yaml", ".sh"}


def _project_files() -> list[Path]:
    files = [ROOT / name for name in ("README.md", "pyproject.toml", "Makefile", ".ci/run")]
    for folder in ("translate_summarize", "bench", "docs", "tests", "models", "seeds", ".ci"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and (path.suffix in SUFFIXES) and "data" not in path.relative_to(ROOT).parts[1:2]:
                files.append(path)
    return [path for path in files if path.is_file()]


def test_no_file_holds_a_conflict_marker() -> None:
    files = _project_files()
    assert len(files) > 100
    marked = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        match = MARKER.search(text)
        if match:
            line = text.count("\n", 0, match.start()) + 1
            marked.append(f"{path.relative_to(ROOT)}:{line}")
    assert marked == []
