"""Topics: cluster tonight's articles by their English text, label them, brief them, track stories.

Algorithm (``build_topics``):

1. Vectors: TF-IDF over English title + body (``topic_vectors``: sublinear tf, English stop words,
   Snowball stems, title weighted 1.5, idf over tonight plus a bundled background corpus).
2. Clustering: agglomerative, **complete** linkage on cosine distance, cut at
   ``settings.topic_threshold`` (no fixed number of clusters). Complete linkage means every two
   articles of a topic are within the threshold. Time window: two articles whose published dates are
   more than ``settings.topic_window_days`` apart get distance :data:`BLOCKED` (above any threshold),
   so they never share a topic; undated articles are not constrained. To stay sub-quadratic in memory,
   a sparse graph of pairs within the threshold is built block by block and each of its connected
   components is clustered separately (a complete-linkage cluster is always inside one component).
3. Labels: top TF-IDF terms of the topic centroid (``keywords``) and the most central headline.
4. Brief: ``briefs.build_brief``.
5. Stories: with a :class:`~translate_summarize.stories.StoryStore`, each topic joins the nearest live
   story within the threshold (same ``story_id``, ``new_story`` False) or starts a new one.

Everything is deterministic: articles are processed in id order, ``topic_id`` is ``t-`` + the first 12
hex digits of the sha1 of the sorted member ids, ties break on ids.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from .article import Article, Topic
from .settings import Settings

log = logging.getLogger(__name__)

BLOCKED = 3.0
"""Distance given to pairs the time window keeps apart (settings allow thresholds up to 2)."""
LINKAGE = "complete"
KEYWORDS = 8
LABEL_TERMS = 3
_BLOCK_ROWS = 1024


def parse_date(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` (possibly followed by a time) as a date; ``None`` when absent or invalid."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def topic_id_for(article_ids: Sequence[str]) -> str:
    """``t-`` + 12 hex digits of sha1 over the sorted member ids."""
    digest = hashlib.sha1("\n".join(sorted(article_ids)).encode("utf-8")).hexdigest()
    return f"t-{digest[:12]}"


def cluster_groups(matrix: Any, dates: Sequence[dt.date | None], *, threshold: float, window_days: int | None) -> list[list[int]]:
    """Groups of row indices: complete-linkage clusters of cosine distance cut at ``threshold``.

    ``matrix`` holds L2-normalised rows. Pairs whose dates are more than ``window_days`` apart never
    share a group (``None`` disables the window). Groups are sorted by their first row.
    """
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial.distance import squareform

    n = matrix.shape[0]
    if n == 0:
        return []
    ordinals = np.array([d.toordinal() if d is not None else -1 for d in dates], dtype=np.int64)
    dated = ordinals >= 0

    def apart(i: np.ndarray, j: np.ndarray) -> np.ndarray:
        if window_days is None:
            return np.zeros(i.shape, dtype=bool)
        return dated[i] & dated[j] & (np.abs(ordinals[i] - ordinals[j]) > window_days)

    rows32 = matrix.astype(np.float32).tocsr()
    transposed = rows32.T.tocsc()
    edge_i: list[np.ndarray] = []
    edge_j: list[np.ndarray] = []
    min_sim = 1.0 - threshold - 1e-4  # generous: the graph only has to contain every mergeable pair
    for start in range(0, n, _BLOCK_ROWS):
        sims = (rows32[start : start + _BLOCK_ROWS] @ transposed).toarray()
        i, j = np.nonzero(sims >= min_sim)
        i = i + start
        keep = (j > i) & ~apart(i, j)
        edge_i.append(i[keep].astype(np.int32))
        edge_j.append(j[keep].astype(np.int32))
    ei, ej = np.concatenate(edge_i), np.concatenate(edge_j)
    graph = coo_matrix((np.ones(ei.size, dtype=np.int8), (ei, ej)), shape=(n, n))
    _, component = connected_components(graph, directed=False)

    groups: list[list[int]] = []
    members_of: dict[int, list[int]] = {}
    for row, comp in enumerate(component):
        members_of.setdefault(int(comp), []).append(row)
    for members in members_of.values():
        if len(members) == 1:
            groups.append(members)
            continue
        idx = np.array(members)
        sub = matrix[idx].astype(np.float64)
        dist = (sub @ sub.T).toarray()
        np.subtract(1.0, dist, out=dist)
        np.clip(dist, 0.0, 1.0, out=dist)
        np.fill_diagonal(dist, 0.0)
        if window_days is not None:  # row blocks keep the temporaries small on a giant component
            o, d = ordinals[idx], dated[idx]
            for start in range(0, idx.size, _BLOCK_ROWS):
                rows = slice(start, start + _BLOCK_ROWS)
                far = (np.abs(o[rows, None] - o[None, :]) > window_days) & d[rows, None] & d[None, :]
                dist[rows][far] = BLOCKED
        labels = fcluster(linkage(squareform(dist, checks=False), method=LINKAGE), t=threshold, criterion="distance")
        by_label: dict[int, list[int]] = {}
        for row, label in zip(members, labels):
            by_label.setdefault(int(label), []).append(row)
        groups.extend(by_label.values())
    return sorted(groups, key=lambda g: g[0])


def article_vectors(articles: Sequence[Article], stem: Any | None = None) -> Any:
    """``topic_vectors.vectorize`` of articles (English title, English segments as the body), rows in order."""
    from .topic_vectors import vectorize

    return vectorize([a.title_en for a in articles], ["\n".join(s.en for s in a.segments if s.en) for a in articles], stem=stem)


@dataclass(frozen=True, slots=True)
class _Draft:
    """A topic before story assignment."""

    topic: Topic
    rows: tuple[int, ...]


def _keywords(centroid: np.ndarray, terms: Sequence[str], surface: dict[str, str], limit: int = KEYWORDS) -> tuple[str, ...]:
    """The strongest centroid terms, each shown as its most frequent word in the topic."""
    nonzero = np.flatnonzero(centroid > 0)
    if nonzero.size == 0:
        return ()
    order = np.lexsort((np.array([terms[j] for j in nonzero]), -centroid[nonzero]))
    words: list[str] = []
    for k in order:
        word = surface.get(terms[nonzero[k]])
        if word and word not in words:
            words.append(word)
        if len(words) == limit:
            break
    return tuple(words)


def _first_sentence(article: Article, limit: int = 160) -> str | None:
    for seg in article.segments:
        if seg.en and seg.en.strip():
            text = " ".join(seg.en.split())
            if len(text) <= limit:
                return text
            return text[:limit].rsplit(" ", 1)[0] + "…"
    return None


def _headline(members: Sequence[Article], centrality: np.ndarray) -> str | None:
    """The title of the most central member that has one, else the first English sentence of the most central."""
    order = sorted(range(len(members)), key=lambda k: (-round(float(centrality[k]), 12), members[k].id))
    for k in order:
        if members[k].title_en and members[k].title_en.strip():
            return " ".join(members[k].title_en.split())
    return _first_sentence(members[order[0]]) if order else None


def _date_key(article: Article) -> tuple[int, str, str]:
    d = parse_date(article.published)
    return (0 if d else 1, d.isoformat() if d else "", article.id)


def build_topics(
    articles: Sequence[Article],
    settings: Settings,
    *,
    stories: Any | None = None,
    run_date: dt.date | None = None,
) -> tuple[list[Article], list[Topic]]:
    """Cluster the ok articles into topics with labels, briefs and story ids.

    Args:
        articles: translated (and ideally summarised) articles; only ``ok`` ones are clustered.
        settings: ``topic_threshold``, ``topic_window_days``, ``story_expiry_days``, ``brief_sentences``.
        stories: a :class:`~translate_summarize.stories.StoryStore` for story tracking across nights;
            without one every topic is a new story whose id derives from its topic id.
        run_date: the night being processed (required with ``stories``; never read from a clock here).

    Returns:
        The articles in input order with ``topic_id`` set on ok ones, and the topics sorted by size
        (descending), last published date (most recent first, undated last), then topic id.
    """
    from .briefs import build_brief
    from .summarizers.text import english_stemmer
    from .topic_vectors import profile, surface_forms

    if stories is not None and run_date is None:
        raise ValueError("build_topics: run_date is required when a story store is given")
    unique: dict[str, Article] = {}
    for a in articles:
        if a.ok and a.id not in unique:
            unique[a.id] = a
    ok = [unique[k] for k in sorted(unique)]
    if not ok:
        return list(articles), []
    stem = english_stemmer()
    vectors = article_vectors(ok, stem)
    groups = cluster_groups(
        vectors.matrix,
        [parse_date(a.published) for a in ok],
        threshold=settings.topic_threshold,
        window_days=settings.topic_window_days,
    )
    drafts: list[_Draft] = []
    for rows in groups:
        member_rows = sorted(rows, key=lambda r: _date_key(ok[r]))
        members = [ok[r] for r in member_rows]
        sub = vectors.matrix[member_rows]
        centroid = np.asarray(sub.mean(axis=0)).ravel()
        centrality = np.asarray(sub @ centroid).ravel()
        keywords = _keywords(centroid, vectors.terms, surface_forms((m.english_text() for m in members), stem))
        headline = _headline(members, centrality)
        key_terms = ", ".join(keywords[:LABEL_TERMS])
        label = f"{key_terms} — {headline}" if key_terms and headline else (headline or key_terms or "(no English text)")
        dates = sorted(d.isoformat() for d in (parse_date(m.published) for m in members) if d)
        ids = tuple(m.id for m in members)
        topic_id = topic_id_for(ids)
        topic = Topic(
            topic_id=topic_id,
            story_id=f"s-{topic_id[2:]}",
            label=label,
            keywords=keywords,
            article_ids=ids,
            languages=tuple(sorted({m.lang for m in members if m.lang})),
            first_published=dates[0] if dates else None,
            last_published=dates[-1] if dates else None,
            brief=build_brief(members, settings, stem=stem),
            headline=headline,
            new_story=True,
        )
        drafts.append(_Draft(topic, tuple(member_rows)))

    if stories is not None:
        from .stories import StoryCandidate

        candidates = [
            StoryCandidate(d.topic.topic_id, d.topic.label, len(d.rows), profile(vectors, d.rows)) for d in drafts
        ]
        matches = stories.assign(
            candidates,
            run_date,
            idf=vectors.idf,
            threshold=settings.topic_threshold,
            expiry_days=settings.story_expiry_days,
        )
        drafts = [
            _Draft(
                dataclasses.replace(
                    d.topic,
                    story_id=matches[d.topic.topic_id].story_id,
                    new_story=matches[d.topic.topic_id].new_story,
                ),
                d.rows,
            )
            for d in drafts
        ]

    topics = sorted((d.topic for d in drafts), key=_topic_order)
    topic_of = {aid: t.topic_id for t in topics for aid in t.article_ids}
    out = [a.replace(topic_id=topic_of[a.id]) if a.ok else a for a in articles]
    log.info("topics: %d articles -> %d topics", len(ok), len(topics))
    return out, topics


def _topic_order(t: Topic) -> tuple[int, int, int, str]:
    """Size descending, last published date most recent first (undated last), then topic id."""
    last = parse_date(t.last_published)
    return (-len(t.article_ids), 0 if last else 1, -last.toordinal() if last else 0, t.topic_id)
