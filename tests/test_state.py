"""Run state: ordered migrations, incremental skip, --force, the output-dir lock and stale-lock takeover."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Iterator, Sequence

import pytest

from translate_summarize.article import Article
from translate_summarize.errors import LockedError, StateError
from translate_summarize.pipeline import ExecutionContext, InProcessExecutor, run
from translate_summarize.settings import load_settings
from translate_summarize.translate.memory import MemoryPair
from translate_summarize.state import LOCK_FILE, OutputLock, RunState, apply_migrations, utc_now

from runhelpers import invoke

RUN_DATE = "2026-01-03"


# --- migrations -----------------------------------------------------------------------------------

def _m1(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE a (x INTEGER)")


def _m2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE a ADD COLUMN y TEXT")


def _m3_broken(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE b (z INTEGER)")
    raise RuntimeError("boom")


def _rows(conn: sqlite3.Connection, namespace: str) -> list[tuple[int, str]]:
    return conn.execute(
        "SELECT version, name FROM schema_migrations WHERE namespace = ? ORDER BY version", (namespace,)
    ).fetchall()


def test_migrations_ordered_recorded_and_idempotent(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "s.sqlite", isolation_level=None)
    apply_migrations(conn, "demo", [_m1])
    assert _rows(conn, "demo") == [(1, "_m1")]
    apply_migrations(conn, "demo", [_m1, _m2])  # only the new one runs
    apply_migrations(conn, "demo", [_m1, _m2])
    assert _rows(conn, "demo") == [(1, "_m1"), (2, "_m2")]
    assert [r[1] for r in conn.execute("PRAGMA table_info(a)")] == ["x", "y"]
    apply_migrations(conn, "other", [lambda c: c.execute("CREATE TABLE o (v)")])
    assert _rows(conn, "other") == [(1, "<lambda>")]
    assert _rows(conn, "demo") == [(1, "_m1"), (2, "_m2")]


def test_failed_migration_rolls_back_and_is_not_recorded(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "s.sqlite", isolation_level=None)
    with pytest.raises(RuntimeError, match="boom"):
        apply_migrations(conn, "demo", [_m1, _m2, _m3_broken])
    assert _rows(conn, "demo") == [(1, "_m1"), (2, "_m2")]
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'b'").fetchone() is None


def test_newer_database_is_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "s.sqlite", isolation_level=None)
    apply_migrations(conn, "demo", [_m1, _m2])
    with pytest.raises(StateError, match="newer"):
        apply_migrations(conn, "demo", [_m1])


def test_run_state_tables(tmp_path: Path) -> None:
    with RunState(tmp_path) as state:
        assert [r[1] for r in _rows(state.conn, "run_state")] == ["_m001_articles", "_m002_runs", "_m003_memory_imports", "_m004_memory_digest", "_m005_record_origins"]
        assert state.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# --- incremental runs ------------------------------------------------------------------------------

class CountingExecutor(InProcessExecutor):
    """The real in-process executor, recording which articles it was asked to process."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def process(self, articles: Sequence[Article], context: ExecutionContext) -> Iterator[Article]:
        self.seen.extend(a.source_file for a in articles)
        return super().process(articles, context)


@pytest.fixture
def workspace(tmp_path: Path, seed_files: list[Path]) -> tuple[Path, list[str]]:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for f in seed_files:
        (inputs / f.name).write_bytes(f.read_bytes())
    (tmp_path / "models").mkdir()
    return tmp_path, [str(inputs)]


def _settings(work: Path, **overrides: object):
    return load_settings(None, {"output_dir": work / "out", "models_dir": work / "models", **overrides})


def _run(work: Path, inputs: list[str], memory: Path, *, force: bool = False, **overrides: object):
    ex = CountingExecutor()
    result = run(_settings(work, **overrides), inputs, memory_files=[memory], force=force, run_date=RUN_DATE, executor=ex)
    return result, ex.seen


def test_second_run_processes_nothing_and_keeps_outputs(workspace, seed_memory_file: Path) -> None:
    work, inputs = workspace
    first, seen1 = _run(work, inputs, seed_memory_file)
    assert len(seen1) == 5 and first.exit_code == 0 and not first.reused_outputs
    before = {p.name: p.read_bytes() for p in (work / "out" / RUN_DATE).glob("*.jsonl")}
    second, seen2 = _run(work, inputs, seed_memory_file)
    assert seen2 == [] and second.reused_outputs and second.exit_code == 0
    assert second.counts == {"ok": 5, "skipped": 0, "failed": 0}
    assert {p.name: p.read_bytes() for p in (work / "out" / RUN_DATE).glob("*.jsonl")} == before
    info = json.loads((work / "out" / RUN_DATE / "run.json").read_text())
    assert info["run_id"] == second.run_id and info["cache"]["reused_outputs"] is True
    assert info["cache"]["outputs_from_run"] == first.run_id


def test_new_input_processes_only_it(workspace, seed_memory_file: Path, seeds_dir: Path) -> None:
    work, inputs = workspace
    _run(work, inputs, seed_memory_file)
    extra = Path(inputs[0]) / "copy_with_change.txt"
    extra.write_text((seeds_dir / "000_24618d5ee539ec34.txt").read_text(encoding="utf-8") + "\n\nShare\n", encoding="utf-8")
    result, seen = _run(work, inputs, seed_memory_file)
    assert seen == [str(extra)]
    assert not result.reused_outputs and len(result.articles) == 6


def test_changed_setting_reprocesses_and_unrelated_setting_does_not(workspace, seed_memory_file: Path) -> None:
    work, inputs = workspace
    _run(work, inputs, seed_memory_file)
    _, seen = _run(work, inputs, seed_memory_file, summary_sentences=2)  # shapes every article's summary
    assert len(seen) == 5
    result, seen = _run(work, inputs, seed_memory_file, summary_sentences=2, topic_threshold=0.64)  # topics only
    assert seen == [] and not result.reused_outputs  # topics and rendering redone, articles reused


def test_force_reprocesses_everything(workspace, seed_memory_file: Path) -> None:
    work, inputs = workspace
    _run(work, inputs, seed_memory_file)
    result, seen = _run(work, inputs, seed_memory_file, force=True)
    assert len(seen) == 5 and not result.reused_outputs
    assert invoke(["run", *inputs, "--out", str(work / "out"), "--models-dir", str(work / "models"), "--memory",
                   str(seed_memory_file), "--run-date", RUN_DATE, "--force", "-q"]).exit_code == 0


def test_failed_articles_are_retried(workspace, seed_memory_file: Path) -> None:
    work, inputs = workspace
    lines = seed_memory_file.read_text(encoding="utf-8").splitlines()
    partial = work / "partial.jsonl"
    partial.write_text("\n".join(l for l in lines if '"sq"' not in l) + "\n", encoding="utf-8")
    result, seen = _run(work, inputs, partial, memory_db=work / "mem1.sqlite")
    assert result.counts == {"ok": 4, "skipped": 0, "failed": 1}  # the Albanian seed has no memory and no model
    result, seen = _run(work, inputs, partial, memory_db=work / "mem1.sqlite")
    assert [Path(f).name for f in seen] == ["000_24618d5ee539ec34.txt"]  # only the failed one is retried
    result, seen = _run(work, inputs, seed_memory_file, memory_db=work / "mem1.sqlite")
    assert result.counts == {"ok": 5, "skipped": 0, "failed": 0}


# --- translation-memory corrections ---------------------------------------------------------------

def test_memory_correction_reprocesses_exactly_the_article_it_touches(workspace, seed_memory_file: Path) -> None:
    """The memory-correction night: `memory import fix.jsonl`, run again → only the affected article changes."""
    work, inputs = workspace
    first, _ = _run(work, inputs, seed_memory_file)
    day = work / "out" / RUN_DATE
    pages = {p.name: p.read_bytes() for p in (day / "articles").glob("*.md")}
    pair = json.loads(seed_memory_file.read_text(encoding="utf-8").splitlines()[1])  # a body sentence of the sq seed
    fix = work / "fix.jsonl"
    fix.write_text(json.dumps({**pair, "target": "CORRECTED: Baku saw the meeting as a win."}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    imported = invoke(["memory", "import", str(fix), "--db", str(work / "out" / "memory.sqlite")])
    assert imported.exit_code == 0 and "0 added, 1 updated" in imported.stdout

    second, seen = _run(work, inputs, seed_memory_file)  # the same command as every night
    assert [Path(f).name for f in seen] == ["000_24618d5ee539ec34.txt"]
    assert not second.reused_outputs
    sq = next(a for a in second.articles if a.lang == "sq")
    changed = {p.name for p in (day / "articles").glob("*.md") if p.read_bytes() != pages.get(p.name)}
    assert changed == {f"{sq.id}.md"}
    assert "CORRECTED: Baku saw the meeting as a win." in (day / "articles" / f"{sq.id}.md").read_text(encoding="utf-8")
    assert any(s.en == "CORRECTED: Baku saw the meeting as a win." for s in sq.segments)

    third, seen = _run(work, inputs, seed_memory_file)
    assert seen == [] and third.reused_outputs


def test_naming_the_memory_file_or_not_reprocesses_nothing(workspace, seed_memory_file: Path) -> None:
    work, inputs = workspace
    _run(work, inputs, seed_memory_file)
    result = run(_settings(work), inputs, memory_files=[], run_date=RUN_DATE, executor=(ex := CountingExecutor()))
    assert ex.seen == [] and result.reused_outputs
    info = json.loads((work / "out" / RUN_DATE / "run.json").read_text(encoding="utf-8"))
    assert info["memory"]["files"] == [] and info["inputs"] == inputs
    result, seen = _run(work, inputs, seed_memory_file)
    assert seen == [] and result.reused_outputs
    files = json.loads((work / "out" / RUN_DATE / "run.json").read_text(encoding="utf-8"))["memory"]["files"]
    digest = hashlib.sha256(seed_memory_file.read_bytes()).hexdigest()
    assert files == [{"path": str(seed_memory_file), "sha256": digest, "imported": False}]  # imported by the first run


def test_run_json_records_the_memory_import(workspace, seed_memory_file: Path) -> None:
    work, inputs = workspace
    result, _ = _run(work, inputs, seed_memory_file)
    files = result.info["memory"]["files"]
    assert [(f["path"], f["imported"], f["added"], f["updated"]) for f in files] == [(str(seed_memory_file), True, 69, 0)]
    assert result.info["inputs"] == inputs


def test_a_memory_change_during_the_run_leaves_the_articles_unconfirmed(workspace, seed_memory_file: Path) -> None:
    """A pair imported while the run translates: the next run cannot trust the digests and reprocesses."""
    work, inputs = workspace

    class ImportMidRun(InProcessExecutor):
        def process(self, articles: Sequence[Article], context: ExecutionContext) -> Iterator[Article]:
            context.memory.import_pairs([MemoryPair("ar", "en", "نص لا يظهر في أي مقال", "unused")], provenance="test")
            return super().process(articles, context)

    run(_settings(work), inputs, memory_files=[seed_memory_file], run_date=RUN_DATE, executor=ImportMidRun())
    _, seen = _run(work, inputs, seed_memory_file)
    assert len(seen) == 5
    _, seen = _run(work, inputs, seed_memory_file)
    assert seen == []


def test_moving_the_output_folder_keeps_its_cache_memory_and_stories(workspace, seed_memory_file: Path) -> None:
    """docs/running.md: stop the job, `mv` the folder, point --out at it: the next run reuses everything."""
    work, inputs = workspace
    first, _ = _run(work, inputs, seed_memory_file)
    stories = sorted(t.story_id for t in first.topics)
    (work / "out").rename(work / "moved")
    settings = load_settings(None, {"output_dir": work / "moved", "models_dir": work / "models"})
    result = run(settings, inputs, memory_files=[seed_memory_file], run_date=RUN_DATE, executor=(ex := CountingExecutor()))
    assert ex.seen == [] and result.reused_outputs  # nothing reprocessed, the memory file not imported again
    assert result.info["memory"]["files"][0]["imported"] is False
    assert (work / "moved" / "latest").resolve() == (work / "moved" / RUN_DATE).resolve()
    later = run(settings, inputs, memory_files=[seed_memory_file], run_date="2026-01-04", executor=(ex := CountingExecutor()))
    assert ex.seen == [] and sorted(t.story_id for t in later.topics) == stories  # the stories continue


# --- lock ----------------------------------------------------------------------------------------------

def _write_lock(out: Path, pid: int, started: str | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / LOCK_FILE).write_text(json.dumps({"pid": pid, "host": socket.gethostname(), "started": started or utc_now()}))


def test_live_lock_refuses_second_run(tmp_path: Path, seed_files: list[Path]) -> None:
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        import time

        time.sleep(0.2)
        _write_lock(tmp_path / "out", holder.pid)
        with pytest.raises(LockedError, match=f"pid {holder.pid}"):
            OutputLock(tmp_path / "out").acquire()
        result = invoke(["run", str(seed_files[0]), "--out", str(tmp_path / "out"), "-q"])
        assert result.exit_code == 2
        assert f"pid {holder.pid}" in result.stderr
        assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [LOCK_FILE]
    finally:
        holder.kill()
        holder.wait()


def test_lock_held_by_this_process_is_live(tmp_path: Path) -> None:
    with OutputLock(tmp_path) as lock:
        assert lock.info is not None
        with pytest.raises(LockedError):
            OutputLock(tmp_path).acquire()
    assert not (tmp_path / LOCK_FILE).exists()


def test_stale_lock_is_taken_over_with_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    _write_lock(tmp_path, dead.pid)
    with caplog.at_level(logging.WARNING, logger="translate_summarize.state"):
        with OutputLock(tmp_path) as lock:
            assert lock.info is not None
            held = json.loads((tmp_path / LOCK_FILE).read_text())
            assert held["pid"] == lock.info.pid != dead.pid
    assert any("stale lock" in r.message and f"pid {dead.pid}" in r.message for r in caplog.records)
    assert not (tmp_path / LOCK_FILE).exists()


def test_lock_from_reused_pid_is_stale(tmp_path: Path) -> None:
    """A lock naming a live pid that started *after* the lock was written belongs to a dead run."""
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _write_lock(tmp_path, holder.pid, started="2000-01-01T00:00:00.000000Z")
        with OutputLock(tmp_path) as lock:
            assert lock.info is not None and lock.info.pid != holder.pid
    finally:
        holder.kill()
        holder.wait()


# --- lock: atomic takeover, planted symlinks (issue 12 items 2 and 7) ----------------------------------

_RACER = r"""
import sys, time
from pathlib import Path
from translate_summarize.errors import LockedError
from translate_summarize.state import OutputLock

out, go = Path(sys.argv[1]), Path(sys.argv[2])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
lock = OutputLock(out)
try:
    lock.acquire()
except LockedError:
    print("locked", flush=True)
    sys.exit(0)
print("acquired", flush=True)
sys.stdin.read()  # hold the lock until the test closes stdin
lock.release()
"""


def _racers(out: Path, go: Path, n: int) -> list[subprocess.Popen[str]]:
    procs = [
        subprocess.Popen([sys.executable, "-c", _RACER, str(out), str(go)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
        for _ in range(n)
    ]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    return procs


def test_racing_runs_on_a_stale_lock_take_it_once(tmp_path: Path) -> None:
    """Six processes released at once on a dead run's lock: exactly one holds it (all hold until told)."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    _write_lock(tmp_path, dead.pid)
    go = tmp_path / "go"
    procs = _racers(tmp_path, go, 6)
    try:
        go.touch()
        outcomes = [proc.stdout.readline().strip() for proc in procs]  # type: ignore[union-attr]
        assert sorted(outcomes) == ["acquired"] + ["locked"] * 5
        winner = procs[outcomes.index("acquired")]
        assert json.loads((tmp_path / LOCK_FILE).read_text())["pid"] == winner.pid
    finally:
        for proc in procs:
            proc.communicate("")
    assert not (tmp_path / LOCK_FILE).exists()


def test_kernel_lock_excludes_even_when_the_file_names_a_dead_pid(tmp_path: Path) -> None:
    """Ownership is the flock, not the file's content: rewriting the content cannot steal a live lock."""
    go = tmp_path / "go"
    go.touch()
    (holder,) = _racers(tmp_path, go, 1)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "acquired\n"
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        _write_lock(tmp_path, dead.pid)  # same inode, content now names a dead process
        with pytest.raises(LockedError, match=f"another run is using {tmp_path} \\(pid {dead.pid}"):
            OutputLock(tmp_path).acquire()
    finally:
        holder.communicate("")
    with OutputLock(tmp_path) as lock:  # released by its holder: free again
        assert lock.info is not None and lock.info.pid == os.getpid()


def test_planted_symlinks_are_never_written_through(tmp_path: Path, seed_files: list[Path]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (out / f"{LOCK_FILE}.{os.getpid()}.tmp").symlink_to(victim)  # the old scheme's temp name
    with OutputLock(out) as lock:
        assert lock.info is not None
    assert victim.read_text(encoding="utf-8") == "precious"
    (out / LOCK_FILE).symlink_to(victim)
    with pytest.raises(StateError, match="is a symbolic link"):
        OutputLock(out).acquire()
    assert victim.read_text(encoding="utf-8") == "precious"
    assert (out / LOCK_FILE).is_symlink()


def test_lock_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / LOCK_FILE)
    with pytest.raises(StateError, match="not a regular file"):
        OutputLock(tmp_path).acquire()
