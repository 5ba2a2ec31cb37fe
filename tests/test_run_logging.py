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
    for stage, done in (("ingest", 5), ("extract", 5), ("translate", 5), ("summarize", 5), ("topics", 5), ("render", 13)):
        assert any(f"stage {stage}: started" in l for l in lines), stage
        assert any(f"stage {stage}: finished, {done} done" in l for l in lines), stage
    assert "5 ok, 0 skipped, 0 failed" in result.stdout


def test_log_json_lines(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    result = invoke([*_args(tmp_path, seed_files, seed_memory_file), "--log-json"])
    assert result.exit_code == 0
    records = [json.loads(l) for l in result.stderr.splitlines()]
    assert records and all(set(r) >= {"time", "level", "logger", "message"} for r in records)
    assert all(r["time"].endswith("Z") for r in records)
    assert any(r["message"] == "stage render: started (13 to do)" for r in records)


def test_quiet_prints_nothing_on_success(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    result = invoke([*_args(tmp_path, seed_files, seed_memory_file), "-q"])
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == ""


def test_log_json_lines_carry_fields_and_the_run_id(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    result = invoke([*_args(tmp_path, seed_files, seed_memory_file), "--log-json"])
    assert result.exit_code == 0
    records = [json.loads(l) for l in result.stderr.splitlines()]
    run_id = json.loads((tmp_path / "out" / "2026-01-05" / "run.json").read_text(encoding="utf-8"))["run_id"]
    assert {r.get("run_id") for r in records} == {run_id}
    ends = {r["stage"]: r for r in records if r.get("event") == "stage_end"}
    assert set(ends) == {"ingest", "extract", "translate", "summarize", "topics", "render"}
    assert {r["stage"]: r["done"] for r in ends.values()} == {
        "ingest": 5, "extract": 5, "translate": 5, "summarize": 5, "topics": 5, "render": 13}
    starts = [r for r in records if r.get("event") == "stage_start"]
    assert {(r["stage"], r.get("total")) for r in starts} >= {("ingest", None), ("extract", 5), ("render", 13)}
    (end,) = [r for r in records if r.get("event") == "run_end"]
    assert end["counts"] == {"ok": 5, "skipped": 0, "failed": 0}


def test_stage_lines_report_each_stage_its_own_time(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    result = invoke([*_args(tmp_path, seed_files, seed_memory_file), "--log-json"])
    timings = json.loads((tmp_path / "out" / "2026-01-05" / "run.json").read_text(encoding="utf-8"))["timings_s"]
    ends = {r["stage"]: r["seconds"] for r in map(json.loads, result.stderr.splitlines()) if r.get("event") == "stage_end"}
    for stage in ("extract", "translate", "summarize"):
        assert ends[stage] == round(timings[stage], 4)  # the stage's own work, not the span of the three
    assert ends["extract"] + ends["translate"] + ends["summarize"] <= sum(timings[s] for s in ("extract", "translate", "summarize")) + 1e-3


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, int | None]] = []

    def stage_start(self, stage: str, total: int | None = None) -> None:
        self.calls.append(("start", stage, total))

    def advance(self, stage: str, n: int = 1) -> None:
        self.calls.append(("advance", stage, n))

    def stage_end(self, stage: str, seconds: float | None = None) -> None:
        self.calls.append(("end", stage, None))


def test_progress_advances_per_article_not_per_chunk(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    from translate_summarize.pipeline import run
    from translate_summarize.settings import load_settings

    (tmp_path / "models").mkdir()
    settings = load_settings(None, {"output_dir": tmp_path / "out", "models_dir": tmp_path / "models"})  # chunk: 200
    recorder = _Recorder()
    run(settings, [str(f) for f in seed_files], memory_files=[seed_memory_file], reporter=recorder, run_date="2026-01-05")
    steps = {stage: [n for kind, s, n in recorder.calls if kind == "advance" and s == stage] for stage in ("extract", "summarize")}
    assert steps == {"extract": [1, 1, 1, 1, 1], "summarize": [1, 1, 1, 1, 1]}
    translate = [n for kind, s, n in recorder.calls if kind == "advance" and s == "translate"]
    assert sum(translate) == 5


def test_log_reporter_progress_lines_show_rate_and_eta(caplog) -> None:
    import logging

    from translate_summarize.reporting import LogReporter, eta_seconds

    assert eta_seconds(25, 100, 10.0) == 30.0 and eta_seconds(0, 100, 1.0) is None and eta_seconds(5, None, 1.0) is None
    reporter = LogReporter(interval=0.0)
    with caplog.at_level(logging.INFO, logger="translate_summarize.reporting"):
        reporter.stage_start("extract", 4)
        for _ in range(4):
            reporter.advance("extract")
        reporter.stage_end("extract", seconds=2.0)
    progress = [r for r in caplog.records if getattr(r, "event", None) == "progress"]
    assert [r.done for r in progress] == [1, 2, 3, 4] and all(r.total == 4 for r in progress)
    assert all(r.eta_s is not None and r.getMessage().split(", ETA ")[1].count(":") == 1 for r in progress)
    assert progress[-1].eta_s == 0.0
    assert caplog.records[-1].getMessage() == "stage extract: finished, 4 done in 2.00s, 2.0/s"
