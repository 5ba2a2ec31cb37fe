"""Run state in SQLite (WAL): ordered migrations, processed-article cache, run history, output lock.

``<output dir>/state.sqlite`` holds

* ``schema_migrations`` — which migration of which namespace ran when (other modules, e.g. story
  tracking, keep their tables in the same file under their own namespace);
* ``articles`` — the processed :class:`~translate_summarize.article.Article` record per article id
  with the cache key it was computed under (an article whose key is unchanged is not reprocessed),
  the digest of the translation-memory entries it depends on and the memory revision at which that
  digest was last confirmed (see :mod:`translate_summarize.translate.usage`);
* ``record_origins`` — per text (content id), the records (``url``, ``outlet``) earlier runs gave
  an article id: a syndicated copy keeps its id on every night (:func:`~translate_summarize.ingest.assign_record_ids`);
* ``runs`` — one row per run: when it started/finished and the digest of the article keys it rendered
  (a warm run whose digest equals the last completed run's skips topics and rendering).

``<output dir>/.lock`` is ``flock``-ed by the run that owns the directory and names its pid, host and start time.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import socket
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import Article
from .errors import LockedError, StateError
from .faults import guard_db
from .render.atomic import create_empty

if TYPE_CHECKING:
    from .ingest import RecordOrigin

log = logging.getLogger(__name__)

STATE_FILE = "state.sqlite"
LOCK_FILE = ".lock"
NAMESPACE = "run_state"

Migration = Callable[[sqlite3.Connection], None]


def utc_now() -> str:
    """Current UTC time, ISO-8601 with seconds precision and a Z suffix."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


STATE_DAMAGED_FIX = (
    "move it away (keep it for recovery); the next run starts afresh: every article is processed again "
    "and story ids start anew"
)


def connect(path: Path) -> sqlite3.Connection:
    """Open a SQLite file in WAL mode with autocommit (transactions are explicit)."""
    from .faults import db_fault, fs_fault

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fs_fault(path.parent, exc) from None
    create_empty(path)  # the mode the umask gives (SQLite's own is 0644 at most)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
    except sqlite3.Error as exc:
        raise db_fault(path, exc, "run state", STATE_DAMAGED_FIX) from None
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.Error as exc:
        conn.close()
        raise db_fault(path, exc, "run state", STATE_DAMAGED_FIX) from None
    return conn


def apply_migrations(conn: sqlite3.Connection, namespace: str, migrations: Sequence[Migration]) -> None:
    """Apply, in order, the migrations of ``namespace`` not yet recorded in ``schema_migrations``.

    Migration *n* (1-based position in ``migrations``) runs in its own transaction together with the
    row that records it, so a crash leaves either both or neither. Never reorder or remove entries;
    append new ones.
    """
    if conn.in_transaction:
        conn.commit()
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " namespace TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL,"
        " PRIMARY KEY (namespace, version))"
    )
    if conn.in_transaction:
        conn.commit()
    done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations WHERE namespace = ?", (namespace,))}
    if done and max(done) > len(migrations):
        raise StateError(
            f"state database has {namespace} migration {max(done)} but this version knows only {len(migrations)}; "
            "it was written by a newer translate-summarize"
        )
    for version, migration in enumerate(migrations, start=1):
        if version in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration(conn)
            conn.execute(
                "INSERT INTO schema_migrations (namespace, version, name, applied_at) VALUES (?, ?, ?, ?)",
                (namespace, version, getattr(migration, "__name__", f"migration_{version}"), utc_now()),
            )
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
        log.debug("applied migration %s #%d", namespace, version)


def _m001_articles(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE articles ("
        " id TEXT PRIMARY KEY, cache_key TEXT NOT NULL, status TEXT NOT NULL, stage TEXT,"
        " record TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )


def _m002_runs(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE runs ("
        " run_id TEXT PRIMARY KEY, run_date TEXT NOT NULL, started TEXT NOT NULL, finished TEXT,"
        " keys_digest TEXT, outputs TEXT, status TEXT NOT NULL DEFAULT 'running')"
    )


def _m003_memory_imports(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE memory_imports ("
        " memory_db TEXT NOT NULL, sha256 TEXT NOT NULL, path TEXT NOT NULL, imported_at TEXT NOT NULL,"
        " PRIMARY KEY (memory_db, sha256))"
    )


def _m004_memory_digest(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE articles ADD COLUMN memory_digest TEXT")
    conn.execute("ALTER TABLE articles ADD COLUMN memory_revision TEXT")


def _m005_record_origins(conn: sqlite3.Connection) -> None:
    """Which record (url, outlet) holds which article id, per text: syndicated copies keep their ids.

    A store written before this table holds one article per id: that id is taken to belong to the
    record with the URL it was stored with (its outlet may have been read off the page, so it is not
    used). An id stored with no URL matches any record of its text, as the content id did before.
    """
    conn.execute(
        "CREATE TABLE record_origins (id TEXT PRIMARY KEY, text_id TEXT NOT NULL, url TEXT, outlet TEXT,"
        " first_seen TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX record_origins_text ON record_origins (text_id)")
    conn.execute(
        "INSERT INTO record_origins (id, text_id, url, outlet, first_seen)"
        " SELECT id, id, json_extract(record, '$.url'), NULL, updated_at FROM articles ORDER BY rowid"
    )


MIGRATIONS: tuple[Migration, ...] = (
    _m001_articles, _m002_runs, _m003_memory_imports, _m004_memory_digest, _m005_record_origins,
)


@dataclass(frozen=True, slots=True)
class RunRow:
    run_id: str
    run_date: str
    started: str
    finished: str | None
    keys_digest: str | None
    outputs: str | None
    status: str


def keys_digest(keys: Mapping[str, str], extra: str = "") -> str:
    """Digest of a run's article-id → cache-key set (order independent) plus ``extra`` (e.g. the run date)."""
    h = hashlib.sha256(extra.encode())
    for article_id in sorted(keys):
        h.update(f"\n{article_id}\t{keys[article_id]}".encode())
    return h.hexdigest()


@guard_db("run state", STATE_DAMAGED_FIX)
class RunState:
    """The run state of one output directory. Use as a context manager or call :meth:`close`.

    A SQLite error in any public method (a damaged file, a full disk) is a :class:`StateError`
    naming the file, what is wrong and the fix (:func:`~translate_summarize.faults.guard_db`).
    """

    def __init__(self, output_dir: Path) -> None:
        self.path = Path(output_dir) / STATE_FILE
        self.conn = connect(self.path)
        try:
            apply_migrations(self.conn, NAMESPACE, MIGRATIONS)
        except sqlite3.Error as exc:
            self.conn.close()
            from .faults import db_fault

            raise db_fault(self.path, exc, "run state", STATE_DAMAGED_FIX) from None

    def __enter__(self) -> RunState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # --- processed articles -------------------------------------------------------------------
    def _rows_for(self, columns: str, ids: Sequence[str]) -> Iterator[tuple[Any, ...]]:
        """``SELECT columns FROM articles`` for ``ids``, in chunks below SQLite's parameter limit."""
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            yield from self.conn.execute(f"SELECT {columns} FROM articles WHERE id IN ({marks})", chunk)

    def cached(self, keys: Mapping[str, str]) -> dict[str, Article]:
        """Committed articles whose cache key equals ``keys[id]`` (others need processing)."""
        return {
            article_id: Article.from_record(json.loads(record))
            for article_id, cache_key, record in self._rows_for("id, cache_key, record", list(keys))
            if keys.get(article_id) == cache_key
        }

    def committed_keys(self, keys: Mapping[str, str]) -> dict[str, tuple[str, bool]]:
        """``id -> (cache key, reusable)`` of committed articles among ``keys`` (no record parsing).

        ``reusable`` is False for ``failed`` articles: those are retried on every run.
        """
        return {
            article_id: (cache_key, status != "failed")
            for article_id, cache_key, status in self._rows_for("id, cache_key, status", list(keys))
        }

    def commit_articles(
        self, items: Iterable[tuple[Article, str]], memory: Mapping[str, tuple[str | None, str | None]] | None = None
    ) -> int:
        """Store processed articles with their cache keys in one transaction; return how many.

        ``memory`` maps article ids to ``(memory digest, memory revision)`` (absent: both NULL, so the
        article's memory dependence is unknown and the next run reprocesses it).
        """
        now = utc_now()
        stamps = memory or {}
        rows = [
            (a.id, key, a.status, a.stage, json.dumps(a.to_record(), ensure_ascii=False, sort_keys=True), now,
             *stamps.get(a.id, (None, None)))
            for a, key in items
        ]
        if not rows:
            return 0
        with self._transaction():
            self.conn.executemany(
                "INSERT INTO articles (id, cache_key, status, stage, record, updated_at, memory_digest, memory_revision)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET cache_key = excluded.cache_key, status = excluded.status,"
                " stage = excluded.stage, record = excluded.record, updated_at = excluded.updated_at,"
                " memory_digest = excluded.memory_digest, memory_revision = excluded.memory_revision",
                rows,
            )
        return len(rows)

    def memory_stamps(self, ids: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
        """``id -> (memory digest, memory revision)`` of committed articles among ``ids``."""
        return {i: (d, r) for i, d, r in self._rows_for("id, memory_digest, memory_revision", list(ids))}

    def confirm_memory(self, ids: Iterable[str], revision: str) -> None:
        """Record that the memory digests of ``ids`` still hold at memory ``revision``."""
        rows = [(revision, i) for i in ids]
        if rows:
            with self._transaction():
                self.conn.executemany("UPDATE articles SET memory_revision = ? WHERE id = ?", rows)

    def cached_records(self, ids: Sequence[str]) -> dict[str, Article]:
        """Committed articles among ``ids``, whatever their cache key."""
        return {i: Article.from_record(json.loads(r)) for i, r in self._rows_for("id, record", list(ids))}

    # --- records of one text ----------------------------------------------------------------------
    def record_origins(self, text_ids: Sequence[str]) -> dict[str, list[RecordOrigin]]:
        """``text id -> origins`` of the records earlier runs gave an id, oldest first (see
        :func:`~translate_summarize.ingest.assign_record_ids`)."""
        from .ingest import RecordOrigin

        unique = sorted(set(text_ids))
        out: dict[str, list[RecordOrigin]] = {}
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for text_id, article_id, url, outlet in self.conn.execute(
                f"SELECT text_id, id, url, outlet FROM record_origins WHERE text_id IN ({marks}) ORDER BY rowid", chunk
            ):
                out.setdefault(text_id, []).append(RecordOrigin(article_id, url, outlet))
        return out

    def remember_origins(self, origins: Iterable[tuple[str, RecordOrigin]], seen: str) -> None:
        """Record ``(text id, origin)`` pairs first seen on night ``seen`` (an id already held is kept)."""
        rows = [(o.id, text_id, o.url, o.outlet, seen) for text_id, o in origins]
        if rows:
            with self._transaction():
                self.conn.executemany(
                    "INSERT OR IGNORE INTO record_origins (id, text_id, url, outlet, first_seen) VALUES (?, ?, ?, ?, ?)", rows
                )

    # --- memory files ---------------------------------------------------------------------------
    def memory_imported(self, memory_db: str, sha256: str) -> bool:
        """True if a file with this content was imported into ``memory_db`` by an earlier run."""
        row = self.conn.execute(
            "SELECT 1 FROM memory_imports WHERE memory_db = ? AND sha256 = ?", (memory_db, sha256)
        ).fetchone()
        return row is not None

    def record_memory_import(self, memory_db: str, sha256: str, path: str) -> None:
        with self._transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO memory_imports (memory_db, sha256, path, imported_at) VALUES (?, ?, ?, ?)",
                (memory_db, sha256, path, utc_now()),
            )

    # --- runs ---------------------------------------------------------------------------------
    def start_run(self, run_id: str, run_date: str, started: str) -> None:
        with self._transaction():
            self.conn.execute(
                "INSERT INTO runs (run_id, run_date, started, status) VALUES (?, ?, ?, 'running')",
                (run_id, run_date, started),
            )

    def finish_run(self, run_id: str, finished: str, digest: str, outputs: str, status: str = "completed") -> None:
        with self._transaction():
            self.conn.execute(
                "UPDATE runs SET finished = ?, keys_digest = ?, outputs = ?, status = ? WHERE run_id = ?",
                (finished, digest, outputs, status, run_id),
            )

    def last_completed_run(self) -> RunRow | None:
        row = self.conn.execute(
            "SELECT run_id, run_date, started, finished, keys_digest, outputs, status FROM runs"
            " WHERE status = 'completed' ORDER BY finished DESC LIMIT 1"
        ).fetchone()
        return RunRow(*row) if row else None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()


# --- output-dir lock -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class LockInfo:
    pid: int
    host: str
    started: str

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host}, started {self.started}"


def _parse_lock(data: bytes) -> LockInfo | None:
    try:
        record: Any = json.loads(data.decode("utf-8"))
        return LockInfo(int(record["pid"]), str(record["host"]), str(record["started"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _read_fd(fd: int) -> LockInfo | None:
    try:
        return _parse_lock(os.pread(fd, 4096, 0))
    except OSError:
        return None


def _pid_alive(pid: int, started: str) -> bool:
    """True if ``pid`` runs and was started no later than the lock (pid reuse is detected)."""
    import psutil

    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE:
            return False
        created = proc.create_time()
    except (psutil.NoSuchProcess, ProcessLookupError):
        return False
    except psutil.AccessDenied:
        return psutil.pid_exists(pid)
    try:
        lock_started = datetime.strptime(started, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc).timestamp()
    except ValueError:
        return True
    return created <= lock_started + 1.0


_LOCK_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK


class OutputLock:
    """Exclusive lock on an output directory: ``flock`` on ``.lock``, held for the whole run.

    The kernel lock is what excludes a second run: it is taken atomically (no read → delete →
    re-link window), and it dies with its process, so a crashed run's lock is free at once. The
    file's content (pid, host, start time, written after the lock is taken) only names the holder in
    the message a second run prints. ``.lock`` is opened with ``O_NOFOLLOW`` and must be a regular
    file, so a planted symlink cannot make a run write through it. A lock file left by a dead run is
    taken over with a warning; a file naming a live process on this host is respected even without a
    kernel lock (a run of an older version, or a filesystem whose ``flock`` does nothing).
    """

    def __init__(self, output_dir: Path) -> None:
        self.path = Path(output_dir) / LOCK_FILE
        self.info: LockInfo | None = None
        self._fd: int | None = None

    def acquire(self) -> LockInfo:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        me = LockInfo(os.getpid(), socket.gethostname(), utc_now())
        for _ in range(5):
            fd = self._open()
            try:
                taken = self._take(fd, me)
            except BaseException:
                os.close(fd)
                raise
            if taken:
                self._fd, self.info = fd, me
                return me
            os.close(fd)  # the file we locked was unlinked by its releasing holder meanwhile: retry
        raise LockedError(f"{self.path}: could not take the lock (other runs keep taking it); try again")

    def _open(self) -> int:
        import stat

        try:
            fd = os.open(self.path, _LOCK_OPEN_FLAGS, 0o644)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise StateError(
                    f"{self.path} is a symbolic link; a lock file never is: remove it (and check who planted it)"
                ) from None
            from .faults import fs_fault

            raise fs_fault(self.path, exc, option="--out (output.dir)") from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise StateError(f"{self.path} is not a regular file; remove it")
        return fd

    def _take(self, fd: int, me: LockInfo) -> bool:
        """Lock ``fd`` and write ``me`` into it; False if the path no longer names that file."""
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_fd(fd)
            who = f"pid {holder.pid} on {holder.host}, started {holder.started}" if holder else "a run that is starting"
            raise LockedError(f"another run is using {self.path.parent} ({who}); wait for it to finish") from None
        except OSError as exc:
            raise StateError(f"{self.path}: cannot lock ({exc.strerror}); put --out on a filesystem that supports flock") from None
        if not _same_file(fd, self.path):
            return False
        previous = _read_fd(fd)
        if previous is not None and previous.host == me.host and previous.pid != me.pid and _pid_alive(previous.pid, previous.started):
            raise LockedError(
                f"another run is using {self.path.parent} (pid {previous.pid} on {previous.host}, started {previous.started}); "
                "wait for it to finish"
            )
        if previous is not None:
            log.warning("taking over stale lock %s (%s: process no longer running)", self.path, previous.describe())
        elif os.fstat(fd).st_size:
            log.warning("taking over stale lock %s (unreadable lock file)", self.path)
        data = json.dumps({"pid": me.pid, "host": me.host, "started": me.started}).encode()
        os.ftruncate(fd, 0)
        os.pwrite(fd, data, 0)
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd, self.info = self._fd, None, None
        try:
            if _same_file(fd, self.path):
                self.path.unlink(missing_ok=True)  # while still locked: a waiter that opened it re-checks
        finally:
            os.close(fd)

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _same_file(fd: int, path: Path) -> bool:
    """True if ``path`` (not followed) is the file open as ``fd``."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)
