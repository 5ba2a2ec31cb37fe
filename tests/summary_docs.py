"""Inline documents and the NTREX loader shared by the summary tests."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]

# A short council story: 0, 1, 4 and 5 are about the school budget; 3 and 6 are off-topic.
BUDGET = (
    "The city council approved a new budget for public schools on Monday.",
    "Council members said the budget adds ten million dollars for teachers.",
    "Parents had protested for months outside the council building.",
    "The weather was sunny.",
    "The mayor said the school budget will be signed next week.",
    "Some parents said the new budget for schools is still too small.",
    "A local bakery opened a second shop downtown.",
)
BUDGET_TITLE = "Council approves school budget"


def ntrex() -> ModuleType:
    """``bench/ntrex.py`` (NTREX dev documents, editor picks, selection F1)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import ntrex as module
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return module
