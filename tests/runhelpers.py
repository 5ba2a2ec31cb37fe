"""Helpers for the nightly-run tests: invoke the CLI, read outputs, validate them against the schemas."""

from __future__ import annotations

import contextlib
import json
import shutil
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from translate_summarize.cli import app
from translate_summarize.render.schemas import validator


def invoke(args: list[str]) -> Any:
    """Run ``translate-summarize ARGS`` in-process; returns click's Result (stdout/stderr separate)."""
    return CliRunner().invoke(app, args, catch_exceptions=False)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def schema_errors(name: str, records: list[dict[str, Any]]) -> list[str]:
    """Every schema violation of every record, as ``line N: path: message``."""
    v = validator(name)
    return [
        f"line {n}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
        for n, record in enumerate(records, 1)
        for e in v.iter_errors(record)
    ]


def seed_runs(work: Path, seeds_dir: Path, run_dates: list[str]) -> list[Any]:
    """``translate-summarize run --run-date D -q`` for each date, in ``work`` holding only a copy of
    ``seeds/`` and an empty ``models/`` (the README's first command on a fresh checkout)."""
    shutil.copytree(seeds_dir, work / "seeds")
    (work / "models").mkdir()
    with contextlib.chdir(work):
        return [invoke(["run", "--run-date", night, "-q"]) for night in run_dates]
