"""Story tracking across nights: tonight's topics join yesterday's stories in the run state (SQLite).

Each night's topics are stored as *observations* of a story: the topic id, its article count, its
label and its term profile (mean unit sublinear-tf vector as ``term -> weight``, the 200 strongest
terms). Term profiles are comparable across nights with different vocabularies: at match time both
sides are weighted with tonight's idf (``topic_vectors.IdfModel``: background corpus + tonight).

A story is *live* on night ``D`` when it was observed on a night in ``[D - expiry_days, D)``; its
profile is the article-weighted mean of those observations. A topic joins the live story with the
smallest profile distance if that is within the threshold (several topics may join one story);
otherwise it starts a new story ``s-`` + 12 hex of sha1(run date, topic id).

Re-running a night is idempotent: the night's earlier observations (and stories it created) are
replaced, and only earlier nights are matched against, so a crashed and resumed run gets the same ids.
Dates always come from the caller (``run_date``), never from a clock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .article import StoryNight
from .state import apply_migrations

NAMESPACE = "stories"


def _m001_stories(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE stories (story_id TEXT PRIMARY KEY, first_seen TEXT NOT NULL, first_topic TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE story_observations ("
        " run_date TEXT NOT NULL, topic_id TEXT NOT NULL, story_id TEXT NOT NULL REFERENCES stories(story_id),"
        " n_articles INTEGER NOT NULL, label TEXT NOT NULL, profile TEXT NOT NULL,"
        " PRIMARY KEY (run_date, topic_id))"
    )
    conn.execute("CREATE INDEX story_observations_story ON story_observations (story_id, run_date)")


def _m002_timeline(conn: sqlite3.Connection) -> None:
    """What a story page's timeline shows per night: headline, outlets, languages, publication dates."""
    conn.execute("ALTER TABLE story_observations ADD COLUMN headline TEXT")
    conn.execute("ALTER TABLE story_observations ADD COLUMN outlets TEXT NOT NULL DEFAULT '[]'")
    conn.execute("ALTER TABLE story_observations ADD COLUMN languages TEXT NOT NULL DEFAULT '[]'")
    conn.execute("ALTER TABLE story_observations ADD COLUMN first_published TEXT")
    conn.execute("ALTER TABLE story_observations ADD COLUMN last_published TEXT")


def _m003_topic_cache(conn: sqlite3.Connection) -> None:
    """Per-article analysed text and per-topic briefs, so a night of unchanged articles is not redone."""
    conn.execute("CREATE TABLE topic_terms (text_key TEXT PRIMARY KEY, terms TEXT NOT NULL, used TEXT NOT NULL)")
    conn.execute("CREATE TABLE topic_briefs (brief_key TEXT PRIMARY KEY, brief TEXT NOT NULL, used TEXT NOT NULL)")


MIGRATIONS = (_m001_stories, _m002_timeline, _m003_topic_cache)
CACHE_DAYS = 30
"""Cached terms and briefs not used for this many days are dropped (at the next night's record)."""
_CACHE_TABLES = {"terms": ("topic_terms", "text_key", "terms"), "briefs": ("topic_briefs", "brief_key", "brief")}


@dataclass(frozen=True, slots=True)
class StoryCandidate:
    """A topic of tonight offered to the store."""

    topic_id: str
    label: str
    n_articles: int
    profile: Mapping[str, float]
    headline: str | None = None
    outlets: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    first_published: str | None = None
    last_published: str | None = None


@dataclass(frozen=True, slots=True)
class StoryMatch:
    story_id: str
    new_story: bool
    distance: float | None = None
    first_seen: str | None = None
    """The night the story was first seen (tonight for a new story)."""


@dataclass(frozen=True, slots=True)
class Story:
    """A story as seen from a given night: its observations before that night within the expiry window."""

    story_id: str
    first_seen: str
    last_seen: str
    label: str
    n_articles: int
    profile: Mapping[str, float]


def new_story_id(run_date: dt.date, topic_id: str) -> str:
    return "s-" + hashlib.sha1(f"{run_date.isoformat()}\n{topic_id}".encode()).hexdigest()[:12]


class StoryStore:
    """Stories and their nightly observations in a SQLite connection (the run state's, usually)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        apply_migrations(conn, NAMESPACE, MIGRATIONS)

    def cached(self, kind: str, keys: Sequence[str]) -> dict[str, Any]:
        """Cached values (``kind``: ``terms`` or ``briefs``) for the keys that have one, decoded from JSON."""
        table, key_col, value_col = _CACHE_TABLES[kind]
        out: dict[str, Any] = {}
        unique = sorted(set(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for key, value in self.conn.execute(
                f"SELECT {key_col}, {value_col} FROM {table} WHERE {key_col} IN ({marks})", chunk
            ):
                out[key] = json.loads(value)
        return out

    def cache(self, kind: str, values: Mapping[str, Any], used: dt.date) -> None:
        """Store (or refresh) cached values, marking every given key as used on ``used``."""
        table, key_col, value_col = _CACHE_TABLES[kind]
        self._write(
            f"INSERT OR REPLACE INTO {table} ({key_col}, {value_col}, used) VALUES (?, ?, ?)",
            [(k, json.dumps(v, sort_keys=True, ensure_ascii=False), used.isoformat()) for k, v in values.items()],
        )

    def touch(self, kind: str, keys: Sequence[str], used: dt.date) -> None:
        """Mark cached keys as used on ``used`` (so pruning keeps them)."""
        table, key_col, _ = _CACHE_TABLES[kind]
        self._write(f"UPDATE {table} SET used = ? WHERE {key_col} = ? AND used < ?",
                    [(used.isoformat(), k, used.isoformat()) for k in keys])

    def prune_cache(self, today: dt.date) -> None:
        """Drop cached terms and briefs not used in the last :data:`CACHE_DAYS` days."""
        since = (today - dt.timedelta(days=CACHE_DAYS)).isoformat()
        for table, _, _ in _CACHE_TABLES.values():
            self._write(f"DELETE FROM {table} WHERE used < ?", [(since,)])

    def _write(self, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """``executemany`` in one transaction (the connection is in autocommit mode)."""
        if not rows:
            return
        if self.conn.in_transaction:
            self.conn.commit()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.executemany(sql, rows)
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()

    def live_stories(self, run_date: dt.date, expiry_days: int) -> list[Story]:
        """Stories observed on a night in ``[run_date - expiry_days, run_date)``, by story id."""
        since = (run_date - dt.timedelta(days=expiry_days)).isoformat()
        rows = self.conn.execute(
            "SELECT o.story_id, s.first_seen, o.run_date, o.n_articles, o.label, o.profile"
            " FROM story_observations o JOIN stories s USING (story_id)"
            " WHERE o.run_date >= ? AND o.run_date < ? ORDER BY o.story_id, o.run_date, o.topic_id",
            (since, run_date.isoformat()),
        ).fetchall()
        grouped: dict[str, list[tuple[Any, ...]]] = {}
        for row in rows:
            grouped.setdefault(row[0], []).append(row)
        return [_merge(story_id, obs) for story_id, obs in grouped.items()]

    def story(self, story_id: str, run_date: dt.date, expiry_days: int) -> Story | None:
        """The live story ``story_id`` as seen from ``run_date`` (``None`` if unknown or expired)."""
        return next((s for s in self.live_stories(run_date, expiry_days) if s.story_id == story_id), None)

    def match(
        self,
        candidates: Sequence[StoryCandidate],
        run_date: dt.date,
        *,
        idf: Any,
        threshold: float,
        expiry_days: int,
    ) -> dict[str, StoryMatch]:
        """The live story (from earlier nights) each candidate joins, if any; nothing is written.

        A candidate joins the live story with the smallest profile distance when that is within
        ``threshold``; the others get ``StoryMatch(None-like new id, True)`` via :meth:`record`.
        Returns only the candidates that join a story.
        """
        live = self.live_stories(run_date, expiry_days)
        first_seen = {s.story_id: s.first_seen for s in live}
        matches: dict[str, StoryMatch] = {}
        nearest = nearest_profiles([c.profile for c in candidates], [s.profile for s in live], idf, threshold)
        for cand, found in zip(candidates, nearest):
            if found is not None:
                story_id = live[found[0]].story_id
                matches[cand.topic_id] = StoryMatch(story_id, False, round(found[1], 6), first_seen[story_id])
        return matches

    def record(
        self, run_date: dt.date, candidates: Sequence[StoryCandidate], joined: Mapping[str, StoryMatch]
    ) -> dict[str, StoryMatch]:
        """Record tonight's observations (one transaction, replacing an earlier run of this night).

        Candidates in ``joined`` continue that story; every other one starts the story
        ``new_story_id(run_date, topic_id)``. Returns every candidate's match.
        """
        night = run_date.isoformat()
        if self.conn.in_transaction:
            self.conn.commit()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._forget_night(night)
            matches: dict[str, StoryMatch] = {}
            for cand in candidates:
                found = joined.get(cand.topic_id)
                if found is not None:
                    matches[cand.topic_id] = found
                    continue
                story_id = new_story_id(run_date, cand.topic_id)
                self.conn.execute(
                    "INSERT OR REPLACE INTO stories (story_id, first_seen, first_topic) VALUES (?, ?, ?)",
                    (story_id, night, cand.topic_id),
                )
                matches[cand.topic_id] = StoryMatch(story_id, True, None, night)
            self.conn.executemany(
                "INSERT INTO story_observations (run_date, topic_id, story_id, n_articles, label, profile,"
                " headline, outlets, languages, first_published, last_published)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (night, c.topic_id, matches[c.topic_id].story_id, c.n_articles, c.label,
                     json.dumps(dict(c.profile), sort_keys=True), c.headline, json.dumps(list(c.outlets)),
                     json.dumps(list(c.languages)), c.first_published, c.last_published)
                    for c in candidates
                ],
            )
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()
        self.prune_cache(run_date)
        return matches

    def assign(
        self,
        candidates: Sequence[StoryCandidate],
        run_date: dt.date,
        *,
        idf: Any,
        threshold: float,
        expiry_days: int,
    ) -> dict[str, StoryMatch]:
        """Give every candidate topic a story id and record tonight's observations (:meth:`match` + :meth:`record`).

        Args:
            candidates: tonight's topics with their term profiles.
            run_date: tonight.
            idf: an object with ``idf(term) -> float`` (``topic_vectors.IdfModel``).
            threshold: largest profile cosine distance at which a topic joins a story.
            expiry_days: a story not observed for more than this many days is closed.
        """
        joined = self.match(candidates, run_date, idf=idf, threshold=threshold, expiry_days=expiry_days)
        return self.record(run_date, candidates, joined)

    def timeline(self, story_id: str, up_to: dt.date) -> list[StoryNight]:
        """Every night the story was observed on, up to and including ``up_to``, oldest first.

        Several topics of one night (an older run that split the story) are summed into one line.
        """
        rows = self.conn.execute(
            "SELECT run_date, n_articles, headline, outlets, languages, first_published, last_published"
            " FROM story_observations WHERE story_id = ? AND run_date <= ? ORDER BY run_date, n_articles DESC, topic_id",
            (story_id, up_to.isoformat()),
        ).fetchall()
        nights: list[StoryNight] = []
        for night, n, headline, outlets, languages, first, last in rows:
            if nights and nights[-1].run_date == night:
                prev = nights[-1]
                firsts = [d for d in (prev.first_published, first) if d]
                lasts = [d for d in (prev.last_published, last) if d]
                nights[-1] = StoryNight(
                    night, prev.n_articles + int(n), prev.headline or headline,
                    tuple(sorted(set(prev.outlets) | set(json.loads(outlets)))),
                    tuple(sorted(set(prev.languages) | set(json.loads(languages)))),
                    min(firsts) if firsts else None, max(lasts) if lasts else None,
                )
                continue
            nights.append(StoryNight(night, int(n), headline, tuple(json.loads(outlets)), tuple(json.loads(languages)), first, last))
        return nights

    def _forget_night(self, night: str) -> None:
        """Drop a night's observations and the stories it created (a rerun of that night redoes them)."""
        self.conn.execute("DELETE FROM story_observations WHERE run_date = ?", (night,))
        self.conn.execute(
            "DELETE FROM stories WHERE first_seen = ?"
            " AND story_id NOT IN (SELECT story_id FROM story_observations)",
            (night,),
        )


def nearest_profiles(
    rows: Sequence[Mapping[str, float]], columns: Sequence[Mapping[str, float]], idf: Any, threshold: float
) -> list[tuple[int, float] | None]:
    """For each row profile, the column with the smallest ``topic_vectors.profile_distance`` if that
    is within ``threshold`` (ties: the first column), as ``(column, distance)``; else ``None``.

    Only pairs sharing a term are compared (a sparse product: the terms are the index), so matching
    a night's topics against the live stories costs what they share, not topics × stories. A
    threshold of 1 or more also accepts pairs sharing nothing: then every pair is compared.
    """
    if threshold >= 1.0:
        from .topic_vectors import profile_distances

        out: list[tuple[int, float] | None] = []
        for row in profile_distances(rows, columns, idf):
            best = min(range(len(row)), key=lambda j: (row[j], j), default=None)
            out.append((best, row[best]) if best is not None and row[best] <= threshold else None)
        return out
    import numpy as np
    from scipy import sparse
    from sklearn.preprocessing import normalize

    vocab: dict[str, int] = {}

    def triplets(profiles: Sequence[Mapping[str, float]]) -> tuple[list[int], list[int], list[float]]:
        """(row, term column, weight) of every entry; the columns are known only once both are read."""
        r: list[int] = []
        c: list[int] = []
        v: list[float] = []
        for i, p in enumerate(profiles):
            for term, weight in p.items():
                r.append(i)
                c.append(vocab.setdefault(term, len(vocab)))
                v.append(weight)
        return r, c, v

    parts = [triplets(rows), triplets(columns)]
    if not vocab or not rows or not columns:
        return [None] * len(rows)
    weights = idf.weights(list(vocab))
    A, B = (
        normalize(sparse.csr_matrix((np.asarray(v, dtype=np.float64) * weights[np.asarray(c, dtype=np.int64)], (r, c)),
                                    shape=(n, len(vocab))))
        for (r, c, v), n in zip(parts, (len(rows), len(columns)))
    )
    sims = (A @ B.T).tocsr()
    result: list[tuple[int, float] | None] = []
    for i in range(len(rows)):
        lo, hi = sims.indptr[i], sims.indptr[i + 1]
        dist = np.maximum(0.0, 1.0 - sims.data[lo:hi])
        cols = sims.indices[lo:hi]
        within = dist <= threshold
        if not within.any():
            result.append(None)
            continue
        dist, cols = dist[within], cols[within]
        k = np.lexsort((cols, np.round(dist, 12)))[0]
        result.append((int(cols[k]), float(dist[k])))
    return result


def _merge(story_id: str, observations: Sequence[tuple[Any, ...]]) -> Story:
    """One story from its observations (rows ordered by night): article-weighted mean profile."""
    total = sum(int(o[3]) for o in observations)
    merged: dict[str, float] = {}
    for o in observations:
        weight = int(o[3]) / total
        for term, value in json.loads(o[5]).items():
            merged[term] = merged.get(term, 0.0) + weight * float(value)
    last = observations[-1]
    return Story(
        story_id=story_id,
        first_seen=observations[0][1],
        last_seen=last[2],
        label=last[4],
        n_articles=total,
        profile=merged,
    )
