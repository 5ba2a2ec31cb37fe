"""How `run` reports when not on a terminal (cron): plain stage log lines, or JSON lines with --log-json."""

from __future__ import annotations

import json
from pathlib import Path

from runhelpers import invoke


def _args(tmp_path: Path, seed_files: list[Path], memory: Path) -> list[str]:
    (tmp_path / "models").mkdir(exist_ok=True)
    return ["run", *map(str, seed_files), "--memory", str(memory), "--out", str(tmp_path / "out"),
            "--models-dir", str(tmp_path / "models"), "--run-date", "2026-01-05"]


def test_plain_log_lines_per_stage(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    result = invoke(_args(tmp_path, seed_files, seed_memory_file))
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    for stage, done in (("ingest", 5), ("extract", 5), ("translate", 5), ("summarize", 5), ("topics", 5), ("render", 12)):
        assert any(f"stage {stage}: started" in l for l in lines), stage
        assert any(f"stage {stage}: finished, {done} done" in l for l in lines), stage
    assert "5 ok, 0 skipped, 0 failed" in result.stdout


def test_log_json_lines(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    result = invoke([*_args(tmp_path, seed_files, seed_memory_file), "--log-json"])
    assert result.exit_code == 0
    records = [json.loads(l) for l in result.stderr.splitlines()]
    assert records and all(set(r) >= {"time", "level", "logger", "message"} for r in records)
    assert all(r["time"].endswith("Z") for r in records)
    assert any(r["message"] == "stage render: started (12 to do)" for r in records)


def test_quiet_prints_nothing_on_success(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    result = invoke([*_args(tmp_path, seed_files, seed_memory_file), "-q"])
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == ""
