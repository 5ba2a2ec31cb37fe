"""Translation memory and translation cache in one SQLite file.

Two kinds of rows share one table, told apart by ``origin``:

* ``memory`` -- human (imported) pairs. Always valid, and they win over the cache.
* ``model``  -- machine translations cached with the id of the model that made them
  (``code@version``). They are returned only when that model id is among the caller's current
  models, so upgrading one language pair's package invalidates only that package's entries.

Rows are keyed by ``(source_lang, target_lang, key, origin, model_id)`` where ``key`` is
:func:`normalize` of the source text (``model_id`` is ``''`` for human pairs, so a language pair has
at most one human translation per key, and one cached translation per key and model).

Imports are all-or-nothing per file: a file's pairs are written in one transaction, so a crash or
Ctrl-C never leaves half a file imported. Malformed lines (JSONL) or translation units (TMX) are not
fatal: they are skipped, counted and reported with their line number; the rest of the file is
imported. A file that cannot be read or parsed at all raises :class:`InputError` naming it.

Concurrency: one connection per instance; the database runs in WAL mode with a busy timeout, so
several processes can open the same file (readers never block the writer). Writes use
``BEGIN IMMEDIATE`` so two writers queue instead of failing on lock upgrade.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Collection, Iterable, Iterator, Literal, Sequence

from ..errors import StateError
from ..render.atomic import write_text
from ..state import apply_migrations, utc_now
from . import memory_formats
from .memory_formats import TMRow, primary_lang

log = logging.getLogger(__name__)

Origin = Literal["memory", "model"]
ExportFormat = Literal["jsonl", "tmx"]

TATWEEL = "\u0640"
MAX_SQL_PARAMS = 900
BUSY_TIMEOUT_S = 30.0


def normalize(text: str) -> str:
    """The memory key of a source text.

    NFC; Arabic tatweel (U+0640) removed; every run of Unicode whitespace (spaces, NBSP, tabs,
    newlines, ...) collapsed to one space; stripped. Case and diacritics are kept.
    """
    text = unicodedata.normalize("NFC", text).replace(TATWEEL, "")
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class MemoryHit:
    """A translation found in the memory (human pair) or the cache (model output)."""

    target: str
    origin: Origin
    model: str | None
    score: float | None


@dataclass(frozen=True, slots=True)
class MemoryPair:
    """One human translation pair to import."""

    source_lang: str
    target_lang: str
    source: str
    target: str


@dataclass(frozen=True, slots=True)
class ImportStats:
    """What one import did.

    ``skipped`` counts pairs not written: each bad line (explained in ``errors``, with its line
    number) and each earlier repeat of a key that a later line of the same input overrides (not an
    error). ``ok`` is true when there were no errors.
    """

    path: str
    added: int
    updated: int
    unchanged: int
    skipped: int
    errors: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


# --------------------------------------------------------------------------- schema & migrations


def _m1_create(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE pairs (
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            key         TEXT NOT NULL,
            origin      TEXT NOT NULL CHECK (origin IN ('memory', 'model')),
            model_id    TEXT NOT NULL DEFAULT '',
            source      TEXT NOT NULL,
            target      TEXT NOT NULL,
            score       REAL,
            provenance  TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            PRIMARY KEY (source_lang, target_lang, key, origin, model_id)
        ) WITHOUT ROWID
        """
    )
    conn.execute("CREATE INDEX pairs_model ON pairs (model_id) WHERE origin = 'model'")


def _m2_revision_and_lookups(conn: sqlite3.Connection) -> None:
    """A revision (database uid + a generation bumped by every change to a human pair) and hit counters."""
    conn.execute("CREATE TABLE memory_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO memory_meta VALUES ('uid', lower(hex(randomblob(8)))), ('generation', '0')")
    bump = "UPDATE memory_meta SET value = CAST(value AS INTEGER) + 1 WHERE name = 'generation'"
    conn.execute(f"CREATE TRIGGER pairs_memory_insert AFTER INSERT ON pairs WHEN NEW.origin = 'memory' BEGIN {bump}; END")
    conn.execute(
        "CREATE TRIGGER pairs_memory_update AFTER UPDATE ON pairs WHEN NEW.origin = 'memory' OR OLD.origin = 'memory' "
        f"BEGIN {bump}; END"
    )
    conn.execute(f"CREATE TRIGGER pairs_memory_delete AFTER DELETE ON pairs WHEN OLD.origin = 'memory' BEGIN {bump}; END")
    conn.execute(
        "CREATE TABLE lookups (source_lang TEXT NOT NULL, target_lang TEXT NOT NULL, memory_hits INTEGER NOT NULL,"
        " cache_hits INTEGER NOT NULL, misses INTEGER NOT NULL, PRIMARY KEY (source_lang, target_lang))"
    )


# Ordered (recorded per namespace by state.apply_migrations); never edit a released one, append.
MIGRATION_NAMESPACE = "translation_memory"
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_m1_create, _m2_revision_and_lookups)
SCHEMA_VERSION = len(MIGRATIONS)


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class TranslationMemory:
    """SQLite translation memory + model-output cache. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._counts: dict[tuple[str, str], list[int]] = {}  # (source, target) -> [memory hits, cache hits, misses]
        self._flushed: dict[tuple[str, str], list[int]] = {}
        try:
            self._conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StateError(f"{self.path}: cannot open translation memory ({exc})") from None
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except StateError:
            self._conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StateError(
                f"{self.path}: not a usable translation memory database ({exc}); "
                "move it away or point --db / translate.memory_db elsewhere"
            ) from None

    # -- lifecycle

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._flush_lookups()
            self._conn.close()

    def _flush_lookups(self) -> None:
        """Add this instance's not yet recorded hit/miss counts to the ``lookups`` table (best effort)."""
        rows = []
        for pair, counts in self._counts.items():
            done = self._flushed.setdefault(pair, [0, 0, 0])
            delta = [c - d for c, d in zip(counts, done)]
            if any(delta):
                rows.append((*pair, *delta))
                done[:] = counts
        if not rows:
            return
        try:
            with self._write() as conn:
                conn.executemany(
                    "INSERT INTO lookups VALUES (?, ?, ?, ?, ?) ON CONFLICT (source_lang, target_lang) DO UPDATE SET"
                    " memory_hits = memory_hits + excluded.memory_hits, cache_hits = cache_hits + excluded.cache_hits,"
                    " misses = misses + excluded.misses",
                    rows,
                )
        except sqlite3.Error as exc:  # a read-only or busy database loses only these counters
            log.debug("%s: could not record lookup counts (%s)", self.path, exc)

    def revision(self) -> str:
        """``uid:generation`` of the human pairs: changes whenever a human pair is added, changed or deleted.

        The uid tells databases apart (a replaced file is a new database); cached model output does not
        change the revision.
        """
        with self._lock:
            meta = dict(self._conn.execute("SELECT name, value FROM memory_meta").fetchall())
        return f"{meta['uid']}:{meta['generation']}"

    def _migrate(self) -> None:
        with self._lock:
            try:
                apply_migrations(self._conn, MIGRATION_NAMESPACE, MIGRATIONS)
            except sqlite3.OperationalError:
                # Another process opening the same new file migrated it between our check and our
                # write (apply_migrations reads the done list outside its transaction): it has
                # committed by now, so a second pass sees its versions and has nothing left to do.
                apply_migrations(self._conn, MIGRATION_NAMESPACE, MIGRATIONS)

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (all or nothing), serialised against other writers and threads."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # -- lookups

    def get_many(
        self,
        source_lang: str,
        target_lang: str,
        sources: Iterable[str],
        *,
        model_ids: Collection[str] = (),
        count: bool = True,
    ) -> dict[str, MemoryHit]:
        """Translations for ``sources``, keyed by the given (un-normalised) source strings.

        Human pairs (origin ``memory``) always count and win; cached model output (origin ``model``)
        counts only when its model id is in ``model_ids`` (the most recently written wins if several
        current models have one). Sources with no valid entry are absent from the result. With
        ``count``, each distinct source string counts once towards the hit/miss counters; the
        translate stage passes ``count=False`` and reports what it used with :meth:`count_lookups`.
        """
        source_lang, target_lang = primary_lang(source_lang), primary_lang(target_lang)
        by_key: dict[str, list[str]] = {}
        for source in dict.fromkeys(sources):
            by_key.setdefault(normalize(source), []).append(source)
        model_list = sorted(set(model_ids))
        keys = list(by_key)
        best: dict[str, tuple[int, str, str, MemoryHit]] = {}
        chunk = MAX_SQL_PARAMS - 2 - len(model_list)
        if chunk < 1:
            raise ValueError(f"too many model ids ({len(model_list)})")
        model_clause = f" OR (origin = 'model' AND model_id IN ({','.join('?' * len(model_list))}))" if model_list else ""
        with self._lock:
            for part in _chunks(keys, chunk):
                sql = (
                    "SELECT key, origin, model_id, target, score, updated_at FROM pairs "
                    f"WHERE source_lang = ? AND target_lang = ? AND key IN ({','.join('?' * len(part))}) "
                    f"AND (origin = 'memory'{model_clause})"
                )
                for key, origin, model_id, target, score, updated in self._conn.execute(
                    sql, (source_lang, target_lang, *part, *model_list)
                ):
                    rank = 1 if origin == "memory" else 0
                    hit = MemoryHit(target, origin, model_id or None, score)
                    old = best.get(key)
                    if old is None or (rank, updated, model_id) > old[:3]:
                        best[key] = (rank, updated, model_id, hit)
        result: dict[str, MemoryHit] = {}
        counts = {"memory": 0, "model": 0, None: 0}
        for key, originals in by_key.items():
            found = best.get(key)
            counts[found[3].origin if found else None] += len(originals)
            if found is not None:
                result.update((source, found[3]) for source in originals)
        if count:
            self.count_lookups(source_lang, target_lang, counts["memory"], counts["model"], counts[None])
        return result

    def count_lookups(self, source_lang: str, target_lang: str, memory_hits: int, cache_hits: int, misses: int) -> None:
        """Add to the hit/miss counters of a language pair (kept in the database when this instance closes)."""
        pair = (primary_lang(source_lang), primary_lang(target_lang))
        with self._lock:
            mine = self._counts.setdefault(pair, [0, 0, 0])
            mine[0] += memory_hits
            mine[1] += cache_hits
            mine[2] += misses

    def human_targets(self, source_lang: str, target_lang: str, keys: Iterable[str]) -> dict[str, str]:
        """The human translation of each normalised ``key`` that has one (no hit counting)."""
        source_lang, target_lang = primary_lang(source_lang), primary_lang(target_lang)
        found: dict[str, str] = {}
        with self._lock:
            for part in _chunks(list(dict.fromkeys(keys)), MAX_SQL_PARAMS - 2):
                found.update(self._conn.execute(
                    f"SELECT key, target FROM pairs WHERE source_lang = ? AND target_lang = ? AND origin = 'memory' "
                    f"AND key IN ({','.join('?' * len(part))})",
                    (source_lang, target_lang, *part),
                ).fetchall())
        return found

    def hit_rate(self) -> float:
        """Share of looked-up source strings this instance found (memory or cache); 0.0 before any lookup."""
        return _lookup_totals(list(self._counts.values()))["hit_rate"]

    # -- writes

    def put_translations(
        self,
        source_lang: str,
        target_lang: str,
        items: Iterable[tuple[str, str, float | None]],
        *,
        model_id: str,
    ) -> int:
        """Cache model output ``(source, target, score)`` under ``model_id``; returns rows written."""
        if not model_id:
            raise ValueError("model_id is required for cached model translations")
        source_lang, target_lang = primary_lang(source_lang), primary_lang(target_lang)
        now = utc_now()
        rows = [
            (source_lang, target_lang, key, model_id, src, tgt, score, now, now)
            for src, tgt, score in items
            if (key := normalize(src))
        ]
        if not rows:
            return 0
        with self._write() as conn:
            conn.executemany(
                """
                INSERT INTO pairs (source_lang, target_lang, key, origin, model_id, source, target, score,
                                   provenance, created_at, updated_at)
                VALUES (?, ?, ?, 'model', ?, ?, ?, ?, 'model', ?, ?)
                ON CONFLICT (source_lang, target_lang, key, origin, model_id) DO UPDATE SET
                    source = excluded.source, target = excluded.target, score = excluded.score,
                    updated_at = excluded.updated_at
                """,
                rows,
            )
        return len(rows)

    def purge_model(self, model_id: str) -> int:
        """Delete every cached translation made by ``model_id``; returns how many."""
        with self._write() as conn:
            return conn.execute("DELETE FROM pairs WHERE origin = 'model' AND model_id = ?", (model_id,)).rowcount

    def import_pairs(self, pairs: Iterable[MemoryPair], *, provenance: str) -> ImportStats:
        """Import human pairs in one transaction. Latest import wins on conflict (counted as updated)."""
        rows = [
            TMRow(p.source_lang, p.target_lang, p.source, p.target, where=f"pair {n}")
            for n, p in enumerate(pairs, 1)
        ]
        return self._import_rows(rows, [], provenance)

    def import_file(self, path: Path) -> ImportStats:
        """Import a JSONL or TMX 1.4 file in one transaction; bad lines are skipped and reported.

        Raises:
            InputError: the file cannot be read or is not JSONL/TMX at all (nothing is imported).
        """
        path = Path(path)
        rows, errors = memory_formats.read_pairs(path)
        return self._import_rows(rows, errors, str(path))

    def _import_rows(self, raw: Iterable[TMRow], errors: list[str], provenance: str) -> ImportStats:
        """Validate, de-duplicate (the last of equal keys wins) and write ``raw`` in one transaction."""
        latest: dict[tuple[str, str, str, str, str], TMRow] = {}
        superseded = 0
        for row in raw:
            try:
                row = _validated(row)
            except ValueError as exc:
                errors.append(f"{row.where}: {exc}")
                continue
            ident = (row.source_lang, row.target_lang, normalize(row.source), row.origin, row.model_id)
            superseded += ident in latest
            latest[ident] = row
        added = updated = unchanged = 0
        now = utc_now()
        with self._write() as conn:
            for ident, row in latest.items():
                found = conn.execute(
                    "SELECT target, score FROM pairs WHERE source_lang = ? AND target_lang = ? AND key = ? "
                    "AND origin = ? AND model_id = ?",
                    ident,
                ).fetchone()
                if found is None:
                    conn.execute(
                        "INSERT INTO pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (*ident, row.source, row.target, row.score, provenance, now, now),
                    )
                    added += 1
                elif tuple(found) == (row.target, row.score):
                    unchanged += 1
                else:
                    conn.execute(
                        "UPDATE pairs SET source = ?, target = ?, score = ?, provenance = ?, updated_at = ? "
                        "WHERE source_lang = ? AND target_lang = ? AND key = ? AND origin = ? AND model_id = ?",
                        (row.source, row.target, row.score, provenance, now, *ident),
                    )
                    updated += 1
        errors.sort(key=_error_position)
        stats = ImportStats(provenance, added, updated, unchanged, len(errors) + superseded, tuple(errors))
        log.info(
            "memory import %s: %d added, %d updated, %d unchanged, %d skipped (%d repeated in the input)",
            provenance, added, updated, unchanged, stats.skipped, superseded,
        )
        return stats

    # -- export & stats

    def iter_rows(self, *, include_model: bool = False) -> Iterator[TMRow]:
        """Every human pair (and cached model output if asked), in a stable order."""
        where = "" if include_model else "WHERE origin = 'memory'"
        with self._lock:
            rows = self._conn.execute(
                f"SELECT source_lang, target_lang, source, target, origin, model_id, score FROM pairs {where} "
                "ORDER BY source_lang, target_lang, origin, model_id, key"
            ).fetchall()
        for r in rows:
            yield TMRow(*r)

    def export(self, path: Path, fmt: ExportFormat = "jsonl", *, include_model: bool = False) -> int:
        """Write the memory to ``path`` atomically (temp file + rename); returns pairs written."""
        writers = {"jsonl": memory_formats.write_jsonl, "tmx": memory_formats.write_tmx}
        if fmt not in writers:
            raise ValueError(f"unknown export format {fmt!r} (jsonl or tmx)")
        rows = list(self.iter_rows(include_model=include_model))
        buffer = io.StringIO()
        writers[fmt](rows, buffer)  # fully serialised before anything touches the disk
        write_text(Path(path), buffer.getvalue())
        return len(rows)

    def stats(self) -> dict[str, Any]:
        """Pairs per language pair and origin, cached entries per model id, db size, revision, and hits.

        ``lookups``: every lookup ever counted in this database (all runs and commands, this instance's
        included), in total and per language pair; ``session``: this instance's lookups only.
        """
        with self._lock:
            counts = self._conn.execute(
                "SELECT source_lang, target_lang, origin, COUNT(*) FROM pairs "
                "GROUP BY source_lang, target_lang, origin ORDER BY 1, 2, 3"
            ).fetchall()
            models = self._conn.execute(
                "SELECT model_id, COUNT(*) FROM pairs WHERE origin = 'model' GROUP BY model_id ORDER BY 1"
            ).fetchall()
            page_count = self._conn.execute("PRAGMA page_count").fetchone()[0]
            page_size = self._conn.execute("PRAGMA page_size").fetchone()[0]
            recorded = {
                (src, tgt): [m, c, x]
                for src, tgt, m, c, x in self._conn.execute("SELECT * FROM lookups ORDER BY 1, 2").fetchall()
            }
        pairs: dict[str, dict[str, int]] = {}
        for src, tgt, origin, n in counts:
            pairs.setdefault(f"{src}->{tgt}", {"memory": 0, "model": 0})[origin] = n
        for pair, mine in self._counts.items():  # counts of this instance not yet written to the table
            done = self._flushed.get(pair, [0, 0, 0])
            total = recorded.setdefault(pair, [0, 0, 0])
            total[:] = [t + c - d for t, c, d in zip(total, mine, done)]
        return {
            "path": str(self.path),
            "schema_version": SCHEMA_VERSION,
            "revision": self.revision(),
            "db_bytes": page_count * page_size,
            "pairs": pairs,
            "models": dict(models),
            "lookups": {
                **_lookup_totals(list(recorded.values())),
                "by_pair": {f"{s}->{t}": _lookup_totals([c]) for (s, t), c in sorted(recorded.items())},
            },
            "session": _lookup_totals(list(self._counts.values())),
        }


def _lookup_totals(counts: list[list[int]]) -> dict[str, Any]:
    """Sum ``[memory hits, cache hits, misses]`` rows into named counts and a hit rate."""
    memory_hits, cache_hits, misses = (sum(c[i] for c in counts) for i in range(3))
    total = memory_hits + cache_hits + misses
    rate = (memory_hits + cache_hits) / total if total else 0.0
    return {"memory_hits": memory_hits, "cache_hits": cache_hits, "misses": misses, "hit_rate": rate}


def _validated(row: TMRow) -> TMRow:
    """``row`` with primary-subtag languages; raises ValueError saying what is wrong."""
    fields = (("source_lang", row.source_lang), ("target_lang", row.target_lang), ("source", row.source), ("target", row.target))
    for name, value in fields:
        if not isinstance(value, str):
            raise ValueError(f"{name} must be a string, got {type(value).__name__}")
    src_lang, tgt_lang = primary_lang(row.source_lang), primary_lang(row.target_lang)
    if src_lang == tgt_lang:
        raise ValueError(f"source and target language are both {src_lang!r}")
    if not normalize(row.source):
        raise ValueError("empty source")
    if not row.target.strip():
        raise ValueError("empty target")
    if row.origin not in ("memory", "model"):
        raise ValueError(f"origin must be 'memory' or 'model', got {row.origin!r}")
    if (row.origin == "model") != bool(row.model_id):
        raise ValueError("a model translation needs its model id (and only a model translation has one)")
    if row.score is not None and (isinstance(row.score, bool) or not isinstance(row.score, (int, float))):
        raise ValueError(f"score must be a number, got {row.score!r}")
    score = float(row.score) if row.score is not None else None
    return replace(row, source_lang=src_lang, target_lang=tgt_lang, score=score)


def _error_position(message: str) -> int:
    """The N of a ``line N: ...`` / ``pair N: ...`` message, so errors read in file order."""
    match = re.match(r"(?:line|pair) (\d+):", message)
    return int(match.group(1)) if match else 0
