"""Fixtures shared by the whole suite. Feature-specific fixtures live in their own test files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared is missing: expected at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    assert len(SEED_FILES) == 5
    return SEED_FILES


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_memory_file() -> Path:
    return SEEDS / "translation_memory.jsonl"
