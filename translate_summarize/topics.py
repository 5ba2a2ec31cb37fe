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

KEYWORDS = 8
LABEL_TERMS = 3


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


def day_ordinals(dates: Sequence[dt.date | None]) -> np.ndarray:
    """Day numbers for the clustering (``clustering.UNDATED`` for an article without a date)."""
    from .clustering import UNDATED

    return np.array([d.toordinal() if d is not None else UNDATED for d in dates], dtype=np.int64)


def clustering_dates(
    articles: Sequence[Article], settings: Settings, run_date: dt.date | None
) -> tuple[list[dt.date | None], list[bool]]:
    """The date each article is clustered with, and whether it was inferred.

    An article without a (valid) publication date takes the run date when ``topics.undated`` is
    ``run-date`` and a run date is known (a nightly collection: it was published around tonight);
    otherwise it stays undated and shares topics only with other undated articles — never with
    dated stories, which may be years apart.
    """
    dates: list[dt.date | None] = []
    inferred: list[bool] = []
    for a in articles:
        d = parse_date(a.published)
        guess = d is None and settings.topic_undated == "run-date" and run_date is not None
        dates.append(run_date if guess else d)
        inferred.append(guess)
    return dates, inferred


def cluster_groups(matrix: Any, dates: Sequence[dt.date | None], *, threshold: float, window_days: int | None) -> list[list[int]]:
    """Groups of row indices: average-linkage clusters of ``matrix`` rows cut at distance ``threshold``.

    Two rows' similarity is their dot product; clusters merge while the average similarity of their
    member pairs is at least ``1 - threshold`` (``clustering.cluster_rows``). No two rows of a group
    are more than ``window_days`` apart (``None`` disables the window; undated rows are free).
    Groups are sorted by their first row.
    """
    from .clustering import cluster_rows

    return cluster_rows(matrix, day_ordinals(dates), cut=1.0 - threshold, window_days=window_days)


def feature_weights(settings: Settings) -> Any:
    """The clustering vector's make-up from the settings."""
    from .topic_vectors import FeatureWeights

    return FeatureWeights(
        name_weight=settings.topic_name_weight,
        short_terms=settings.topic_short_terms,
    )


def article_vectors(articles: Sequence[Article], stem: Any | None = None, settings: Settings | None = None) -> Any:
    """``topic_vectors.vectorize`` of articles (English title, English segments as the body), rows in order."""
    from .topic_vectors import article_terms, vectorize_terms

    weights = feature_weights(settings or Settings())
    analysed = [article_terms(a.title_en, [s.en for s in a.segments if s.en], stem) for a in articles]
    return vectorize_terms(analysed, weights)


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
        run_date: the night being processed (required with ``stories``; never read from a clock here);
            undated articles are clustered as published on it (``topics.undated``) and carry it as
            ``published_inferred``.

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
    dates, inferred = clustering_dates(ok, settings, run_date)
    if any(inferred):
        assert run_date is not None
        ok = [a.replace(published_inferred=run_date.isoformat()) if guess else a for a, guess in zip(ok, inferred)]
    vectors = article_vectors(ok, stem, settings)
    groups = cluster_groups(
        vectors.cluster,
        dates,
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
    topic_of = {aid: t for t in topics for aid in t.article_ids}
    clustered = {a.id: a for a in ok}
    out = [
        a.replace(topic_id=topic_of[a.id].topic_id, story_id=topic_of[a.id].story_id,
                  published_inferred=clustered[a.id].published_inferred) if a.ok else a
        for a in articles
    ]
    log.info("topics: %d articles -> %d topics", len(ok), len(topics))
    return out, topics


def _topic_order(t: Topic) -> tuple[int, int, int, str]:
    """Size descending, last published date most recent first (undated last), then topic id."""
    last = parse_date(t.last_published)
    return (-len(t.article_ids), 0 if last else 1, -last.toordinal() if last else 0, t.topic_id)
