"""Progress reporting and logging for long runs: Rich bars on a terminal, periodic log lines otherwise.

The pipeline talks to a :class:`Reporter` (``stage_start``/``advance``/``stage_end``); it never
prints. :class:`LogReporter` writes a line per stage at most every ``interval`` seconds (cron
friendly), :class:`RichReporter` draws one bar per stage. Both honour a :class:`PauseHook`, read from
``TRANSLATE_SUMMARIZE_PAUSE_AT=STAGE:N`` when the reporter is built: after ``N`` units of ``STAGE``
the process logs ``paused at STAGE N`` and sleeps, so a crash test can SIGKILL a real run at a named
point of the normal code path.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import os
import sys
import time
from dataclasses import dataclass
from typing import Any, Iterator, Protocol

log = logging.getLogger(__name__)

PAUSE_ENV = "TRANSLATE_SUMMARIZE_PAUSE_AT"

LOG_FIELDS: tuple[str, ...] = (
    "event", "stage", "article_id", "source_file", "status", "reason", "fix", "files", "count", "counts",
    "done", "total", "rate", "eta_s", "seconds",
)
"""Structured fields a log call may pass in ``extra``; ``--log-json`` writes each one present (and the run id)."""

RUN_ID: contextvars.ContextVar[str | None] = contextvars.ContextVar("translate_summarize_run_id", default=None)


@contextlib.contextmanager
def run_context(run_id: str) -> Iterator[None]:
    """Every log record made inside carries ``run_id`` (``--log-json`` writes it)."""
    token = RUN_ID.set(run_id)
    try:
        yield
    finally:
        RUN_ID.reset(token)


class Reporter(Protocol):
    """What the pipeline reports: named stages with optional totals, advanced in units (articles, files).

    ``stage_end`` may be given the seconds the stage itself worked (stages that interleave, such as
    extract/translate/summarize over chunks, each report their own time rather than the wall time
    from their start to their end).
    """

    def stage_start(self, stage: str, total: int | None = None) -> None: ...

    def advance(self, stage: str, n: int = 1) -> None: ...

    def stage_end(self, stage: str, seconds: float | None = None) -> None: ...


class NullReporter:
    """Reports nothing."""

    def stage_start(self, stage: str, total: int | None = None) -> None:
        pass

    def advance(self, stage: str, n: int = 1) -> None:
        pass

    def stage_end(self, stage: str, seconds: float | None = None) -> None:
        pass


@dataclass(frozen=True, slots=True)
class PauseHook:
    """Sleep once ``stage`` has advanced ``after`` units (see module docstring)."""

    stage: str
    after: int
    seconds: float = 3600.0

    @classmethod
    def from_environ(cls, environ: Any = None) -> PauseHook | None:
        value = (os.environ if environ is None else environ).get(PAUSE_ENV, "")
        if not value:
            return None
        stage, _, count = value.partition(":")
        return cls(stage.strip(), int(count or 1))

    def check(self, stage: str, before: int, done: int) -> None:
        if stage == self.stage and before < self.after <= done:
            sys.stderr.write(f"paused at {stage} {done}\n")
            sys.stderr.flush()
            time.sleep(self.seconds)


class _Counting:
    def __init__(self, pause: PauseHook | None) -> None:
        self.pause = pause
        self.done: dict[str, int] = {}
        self.total: dict[str, int | None] = {}

    def _count(self, stage: str, n: int) -> int:
        before = self.done.get(stage, 0)
        self.done[stage] = before + n
        if self.pause is not None:
            self.pause.check(stage, before, before + n)
        return self.done[stage]


def eta_seconds(done: int, total: int | None, elapsed: float) -> float | None:
    """Seconds left at the rate so far; None when unknown (no total, nothing done yet)."""
    if total is None or done <= 0 or elapsed <= 0:
        return None
    return max(total - done, 0) * elapsed / done


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else f"{seconds // 60}:{seconds % 60:02d}"


class LogReporter(_Counting):
    """Plain log lines: stage start, progress (done/total, rate, ETA) at most every ``interval`` s, stage end."""

    def __init__(self, interval: float = 10.0, pause: PauseHook | None = None) -> None:
        super().__init__(pause)
        self.interval = interval
        self.started: dict[str, float] = {}
        self.last: dict[str, float] = {}

    def stage_start(self, stage: str, total: int | None = None) -> None:
        self.total[stage] = total
        self.done.setdefault(stage, 0)
        self.started[stage] = self.last[stage] = time.perf_counter()
        log.info("stage %s: started%s", stage, f" ({total} to do)" if total is not None else "",
                 extra={"event": "stage_start", "stage": stage, "total": total})

    def advance(self, stage: str, n: int = 1) -> None:
        done = self._count(stage, n)
        now = time.perf_counter()
        if now - self.last.get(stage, now) >= self.interval:
            self.last[stage] = now
            total = self.total.get(stage)
            elapsed = now - self.started.get(stage, now)
            rate = done / elapsed if elapsed > 0 else None
            eta = eta_seconds(done, total, elapsed)
            log.info(
                "stage %s: %d%s done%s%s", stage, done, f"/{total}" if total is not None else "",
                f", {rate:.1f}/s" if rate else "", f", ETA {_duration(eta)}" if eta is not None else "",
                extra={"event": "progress", "stage": stage, "done": done, "total": total,
                       "rate": round(rate, 3) if rate else None, "eta_s": round(eta, 1) if eta is not None else None},
            )

    def stage_end(self, stage: str, seconds: float | None = None) -> None:
        if seconds is None:
            seconds = time.perf_counter() - self.started.get(stage, time.perf_counter())
        done = self.done.get(stage, 0)
        rate = f", {done / seconds:.1f}/s" if seconds > 0 and done else ""
        log.info("stage %s: finished, %d done in %.2fs%s", stage, done, seconds, rate,
                 extra={"event": "stage_end", "stage": stage, "done": done, "seconds": round(seconds, 4)})


class RichReporter(_Counting):
    """One Rich progress bar per stage (for terminals). Use as a context manager."""

    def __init__(self, console: Any, pause: PauseHook | None = None) -> None:
        super().__init__(pause)
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("ETA"), TimeRemainingColumn(), console=console, transient=False,
        )
        self.tasks: dict[str, Any] = {}

    def __enter__(self) -> RichReporter:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def stage_start(self, stage: str, total: int | None = None) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        else:
            self.progress.update(self.tasks[stage], total=total)

    def advance(self, stage: str, n: int = 1) -> None:
        if stage not in self.tasks:
            self.stage_start(stage)
        self.progress.advance(self.tasks[stage], n)
        self._count(stage, n)

    def stage_end(self, stage: str, seconds: float | None = None) -> None:
        task = self.tasks.get(stage)
        if task is not None:
            done = self.done.get(stage, 0)
            self.progress.update(task, total=done, completed=done)


class JsonFormatter(logging.Formatter):
    """One JSON object per log line: time (UTC), level, logger, message, the run id during a run, and
    the structured fields of :data:`LOG_FIELDS` the call passed (+ exception text)."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        run_id = getattr(record, "run_id", None) or RUN_ID.get()
        if run_id:
            data["run_id"] = run_id
        for name in LOG_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                data[name] = value
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at emit time (survives stream swaps, e.g. test runners)."""

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


@contextlib.contextmanager
def configure_logging(verbosity: int = 0, json_lines: bool = False) -> Iterator[None]:
    """Log to stderr for the duration of a command: ``-q`` warnings only, default info, ``-v`` debug.

    The root logger's handlers and levels are restored on exit, so library callers (and test
    runners invoking several commands in one process) never inherit a command's logging setup.
    """
    level = logging.WARNING if verbosity < 0 else logging.DEBUG if verbosity > 0 else logging.INFO
    handler = _StderrHandler()
    if json_lines:
        handler.setFormatter(JsonFormatter())
    else:
        formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%dT%H:%M:%SZ")
        formatter.converter = time.gmtime
        handler.setFormatter(formatter)
    root = logging.getLogger()
    package = logging.getLogger("translate_summarize")
    saved = (root.level, package.level)
    root.addHandler(handler)
    root.setLevel(level)
    package.setLevel(level)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(saved[0])
        package.setLevel(saved[1])
