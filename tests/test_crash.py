"""Crash safety: a real `run` subprocess SIGKILLed during translation and during rendering, then rerun.

The kill point is reached through the normal code path: the progress reporter honours
``TRANSLATE_SUMMARIZE_PAUSE_AT=STAGE:N`` (read when the CLI builds the reporter) by printing
``paused at STAGE N`` and sleeping; the test waits for that line and sends SIGKILL.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

RUN_DATE = "2026-01-04"
COMPARED = ("articles.jsonl", "topics.jsonl", "brief.md", "errors.jsonl")


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, seed_files: list[Path]):
    work = tmp_path_factory.mktemp("crash")
    inputs = work / "in"
    inputs.mkdir()
    for f in seed_files:
        (inputs / f.name).write_bytes(f.read_bytes())
    (inputs / "empty.txt").write_bytes(b"")  # a skipped input, so errors.jsonl is not empty
    (work / "models").mkdir()
    config = work / "ts.toml"
    config.write_text("[run]\nchunk_articles = 1\n", encoding="utf-8")  # commit after every article
    reference = work / "reference"
    proc = _start(work, reference)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1, err
    return work, reference


def _start(work: Path, out: Path, pause: str | None = None, *extra: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "TRANSLATE_SUMMARIZE_PAUSE_AT"}
    if pause:
        env["TRANSLATE_SUMMARIZE_PAUSE_AT"] = pause
    cmd = [
        sys.executable, "-m", "translate_summarize", "run", str(work / "in"), "--out", str(out),
        "--memory", str(Path(__file__).resolve().parents[1] / "seeds" / "translation_memory.jsonl"),
        "--models-dir", str(work / "models"), "--config", str(work / "ts.toml"), "--run-date", RUN_DATE, *extra,
    ]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=work)


def _kill_when_paused(proc: subprocess.Popen[str], marker: str) -> list[str]:
    """Read stderr until ``marker``; SIGKILL the process there. Fails if the run ends first."""
    watchdog = threading.Timer(240, proc.kill)
    watchdog.start()
    seen: list[str] = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            seen.append(line)
            if line.strip() == marker:
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        watchdog.cancel()
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "".join(seen)
    return seen


def _committed(out: Path) -> int:
    conn = sqlite3.connect(out / "state.sqlite")
    try:
        return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def _rerun(work: Path, out: Path) -> dict:
    proc = _start(work, out)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1, err  # the empty input is skipped: exit 1
    assert "stale lock" in err
    return json.loads((out / RUN_DATE / "run.json").read_text(encoding="utf-8"))


def _without_run_id(path: Path) -> str:
    """The file's text; JSONL lines without their run_id (each run has its own, every other byte must match)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".jsonl":
        return text
    return "".join(json.dumps({k: v for k, v in json.loads(line).items() if k != "run_id"}, ensure_ascii=False) + "\n"
                   for line in text.splitlines())


def _assert_identical(out: Path, reference: Path) -> None:
    day, ref = out / RUN_DATE, reference / RUN_DATE
    for name in COMPARED:
        assert _without_run_id(day / name) == _without_run_id(ref / name), name
    for sub in ("articles", "topics"):
        mine = sorted(p.name for p in (day / sub).iterdir())
        assert mine == sorted(p.name for p in (ref / sub).iterdir())
        for name in mine:
            assert (day / sub / name).read_bytes() == (ref / sub / name).read_bytes(), f"{sub}/{name}"
    lines = (day / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6 and len(set(lines)) == 6
    assert len({json.loads(l)["id"] for l in lines}) == 6
    assert not list(out.glob(".staging-*")) and not list(out.glob(".old-*"))
    assert not [p for p in day.rglob("*") if p.name.endswith(".tmp")]
    assert os.readlink(out / "latest") == RUN_DATE


def test_killed_during_translation_resumes(setup) -> None:
    work, reference = setup
    out = work / "killed-translate"
    _kill_when_paused(_start(work, out, "translate:2"), "paused at translate 2")
    assert _committed(out) == 1  # the first chunk (one article) was committed before the kill
    assert not (out / RUN_DATE).exists() and not (out / "latest").exists()
    info = _rerun(work, out)
    assert info["cache"]["articles_reused"] == 1 and info["cache"]["articles_processed"] == 4
    _assert_identical(out, reference)


def test_killed_during_rendering_resumes(setup) -> None:
    work, reference = setup
    out = work / "killed-render"
    _kill_when_paused(_start(work, out, "render:3"), "paused at render 3")
    assert _committed(out) == 5
    assert not (out / RUN_DATE).exists()  # nothing published: the partial render is in the staging folder
    staging = list(out.glob(".staging-*"))
    assert len(staging) == 1 and (staging[0] / "articles.jsonl").is_file() and not (staging[0] / "brief.md").exists()
    info = _rerun(work, out)
    assert info["cache"]["articles_reused"] == 5 and info["cache"]["articles_processed"] == 0
    _assert_identical(out, reference)


def test_killed_while_replacing_complete_outputs_keeps_them(setup) -> None:
    """A --force rerun killed mid-render leaves the previous complete folder untouched."""
    work, reference = setup
    out = work / "killed-rerender"
    proc = _start(work, out)
    proc.communicate(timeout=300)
    before = {n: (out / RUN_DATE / n).read_bytes() for n in COMPARED}
    _kill_when_paused(_start(work, out, "render:4", "--force"), "paused at render 4")
    assert {n: (out / RUN_DATE / n).read_bytes() for n in COMPARED} == before
    _rerun(work, out)
    _assert_identical(out, reference)
