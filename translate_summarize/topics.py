"""Topics: cluster tonight's articles by their English text, label them, brief them, track stories.

Algorithm (``build_topics``):

1. Vectors (``topic_vectors``): TF-IDF over the English title and body (sublinear tf, English stop
   words, Snowball stems, idf over tonight plus a bundled background corpus), the text vector
   ``topics.title_weight * unit(title) + unit(body)`` beside a names sub-vector (capitalised words,
   weight ``topics.name_weight``); texts with fewer distinct terms than ``topics.short_terms``
   (headlines, feed items) have their similarities scaled up. Undated articles are clustered as
   published on the run date (``topics.undated``) and carry it as ``published_inferred``; for
   archive runs they stay undated (``none``) or are placed by their text (``free``).
2. Clustering (``clustering``): average linkage in bounded memory and near-linear time — a sparse
   nearest-neighbour candidate graph blocked by day, tight level-1 clusters, then upper levels by
   cluster centroids — cut at similarity ``1 - topics.threshold``; every two articles of a cluster
   are within ``topics.window_days``. Clusters the window split but whose profiles match are joined
   (one topic per story per night).
3. Syndicated copies (``duplicates``): members whose 5-word shingles overlap at least
   ``topics.copy_jaccard`` are one text: shown once with "also in", one source for the brief.
4. Labels: top TF-IDF terms of the topic centroid (``keywords``) and the most central headline.
5. Brief: ``briefs.build_brief`` over the most central members (cached by member content).
6. Stories: with a :class:`~translate_summarize.stories.StoryStore`, each topic joins the nearest live
   story of earlier nights within ``topics.story_threshold`` (same ``story_id``, ``new_story`` False;
   topics continuing one story become one) or starts a new one; the story keeps a timeline, one line
   per night (``stories/<story_id>.md``).

Everything is deterministic: articles are processed in id order, ``topic_id`` is ``t-`` + the first 12
hex digits of the sha1 of the sorted member ids, ties break on ids.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
from functools import lru_cache
from typing import Any, Iterator, Sequence

import numpy as np

from .article import Article, Topic
from .settings import Settings

log = logging.getLogger(__name__)

SHORT_FLOOR = 12
"""Texts with fewer distinct terms than this (a headline) are all scaled as if they had this many:
scaling a 4-term headline far above a 10-term one would only reward brevity."""
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
    dated stories, which may be years apart — except with ``free`` (archive runs), where undated
    articles are placed with the dated ones their text matches (:func:`_join_split_clusters`).
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
        title_weight=settings.topic_title_weight,
        name_weight=settings.topic_name_weight,
        short_terms=settings.topic_short_terms,
        short_floor=SHORT_FLOOR,
    )


def text_key(article: Article) -> str:
    """Cache key of an article's analysed English text: its title and segments, and the analysis code."""
    from .topic_vectors import ANALYSIS_VERSION

    h = hashlib.sha1(ANALYSIS_VERSION.encode())
    h.update((article.title_en or "").encode("utf-8"))
    for s in article.segments:
        if s.en:
            h.update(b"\x1f" + s.en.encode("utf-8"))
    return h.hexdigest()[:24]


def article_vectors(
    articles: Sequence[Article], stem: Any | None = None, settings: Settings | None = None,
    cache: Any | None = None, night: dt.date | None = None,
) -> Any:
    """``topic_vectors.vectorize_terms`` of articles (English title, English segments as the body), rows in order.

    ``cache``: a :class:`~translate_summarize.stories.StoryStore` whose cached analyses (by
    :func:`text_key`) are used, and which gets the new ones (marked used on ``night``).
    """
    from .summarizers.text import english_stemmer
    from .topic_vectors import ArticleTerms, article_terms, vectorize_terms

    weights = feature_weights(settings or Settings())
    stem = stem or english_stemmer()  # one memoising stemmer for the batch

    def analysed() -> Iterator[Any]:
        """Each article's terms, in chunks: cached ones looked up, fresh ones stored, none kept."""
        for start in range(0, len(articles), TERMS_CHUNK):
            chunk = articles[start : start + TERMS_CHUNK]
            keys = [text_key(a) for a in chunk] if cache is not None else []
            known = cache.cached("terms", keys) if cache is not None else {}
            fresh: dict[str, Any] = {}
            for k, a in enumerate(chunk):
                found = known.get(keys[k]) if keys else None
                if found is not None:
                    yield ArticleTerms.from_record(found)
                    continue
                terms = article_terms(a.title_en, [s.en for s in a.segments if s.en], stem)
                if keys:
                    fresh[keys[k]] = terms.to_record()
                yield terms
            if cache is not None and night is not None:
                cache.cache("terms", fresh, night)
                cache.touch("terms", list(known), night)

    return vectorize_terms(analysed(), weights)


TERMS_CHUNK = 2000
"""Articles analysed (and their cached terms read and written) at a time: a 100,000-article night
never holds every article's term dictionaries at once."""


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


MAX_BRIEF_ARTICLES = 40
"""A topic's brief is drawn from at most this many members (the most central, one per copy group):
LexRank over every sentence of a 1,000-article story would need a 10,000 × 10,000 matrix."""


def build_topics(
    articles: Sequence[Article],
    settings: Settings,
    *,
    stories: Any | None = None,
    run_date: dt.date | None = None,
    timings: dict[str, float] | None = None,
) -> tuple[list[Article], list[Topic]]:
    """Cluster the ok articles into topics (one per story tonight) with labels, briefs and story ids.

    Steps: vectors → average-linkage clusters within the time window (:func:`cluster_groups`) →
    syndicated copies inside each cluster (``duplicates``) → clusters the window split but whose
    profiles match (the same story over more days than the window) joined → each joined group
    matched against the live stories of earlier nights, groups joining one story merged → one
    :class:`Topic` per group: label, keywords, brief (from its most central members, copies
    counted once), story id, timeline.

    Args:
        articles: translated (and ideally summarised) articles; only ``ok`` ones are clustered.
        settings: the ``topics`` settings and ``brief_sentences``.
        stories: a :class:`~translate_summarize.stories.StoryStore` for story tracking across nights;
            without one every topic is a new story whose id derives from its topic id.
        run_date: the night being processed (required with ``stories``; never read from a clock here);
            undated articles are clustered as published on it (``topics.undated``) and carry it as
            ``published_inferred``.
        timings: if given, filled with the seconds each step took (``vectors``, ``clustering``,
            ``copies``, ``topics`` — labels and briefs —, ``stories``).

    Returns:
        The articles in input order with ``topic_id``/``story_id`` set on ok ones, and the topics
        sorted by size (descending), last published date (most recent first, undated last), then id.
    """
    from .summarizers.text import english_stemmer

    if stories is not None and run_date is None:
        raise ValueError("build_topics: run_date is required when a story store is given")
    unique: dict[str, Article] = {}
    for a in articles:
        if a.ok and a.id not in unique:
            unique[a.id] = a
    ok = [unique[k] for k in sorted(unique)]
    if not ok:
        return list(articles), []
    clock = _Clock(timings)
    stem = english_stemmer()
    ok, dates, vectors = prepare(ok, settings, run_date, stem, stories)
    clock.lap("vectors")
    clusters, graph, groups = topic_groups(ok, dates, vectors, settings)
    clock.lap("clustering")
    copies = _copies(ok, clusters, groups, dates, graph, vectors, settings)
    clock.lap("copies")

    joined: dict[str, Any] = {}
    if stories is not None:
        groups, joined = _join_live_stories(groups, ok, vectors, stories, run_date, settings)
        clock.lap("stories")

    drafts = [_topic(ok, rows, vectors, copies, stem) for rows in groups]
    topics = _with_briefs(drafts, settings, stem, stories, run_date)
    clock.lap("topics")
    if stories is not None:
        topics = _record_stories(topics, groups, ok, vectors, stories, run_date, joined)
        clock.lap("stories")
    else:
        night = run_date.isoformat() if run_date else None
        topics = [
            dataclasses.replace(t, story_first_seen=night, timeline=(_night(t, night),) if night else ())
            for t in topics
        ]
    topics.sort(key=_topic_order)
    topic_of = {aid: t for t in topics for aid in t.article_ids}
    clustered = {a.id: a for a in ok}
    out = [
        a.replace(topic_id=topic_of[a.id].topic_id, story_id=topic_of[a.id].story_id,
                  published_inferred=clustered[a.id].published_inferred) if a.ok else a
        for a in articles
    ]
    log.info("topics: %d articles -> %d clusters -> %d topics", len(ok), len(clusters), len(topics))
    return out, topics


class _Clock:
    """Adds the seconds since the last lap to ``timings[name]`` (nothing when ``timings`` is None)."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        import time

        self.timings = timings
        self.now = time.perf_counter
        self.last = self.now()

    def lap(self, name: str) -> None:
        now = self.now()
        if self.timings is not None:
            self.timings[name] = self.timings.get(name, 0.0) + now - self.last
        self.last = now


def prepare(
    ok: Sequence[Article], settings: Settings, run_date: dt.date | None, stem: Any | None = None, cache: Any | None = None
) -> tuple[list[Article], list[dt.date | None], Any]:
    """The ok articles (undated ones marked with the date used), their clustering dates and vectors
    (``cache``: a story store holding analysed texts, see :func:`article_vectors`)."""
    dates, inferred = clustering_dates(ok, settings, run_date)
    out = list(ok)
    if any(inferred):
        assert run_date is not None
        out = [a.replace(published_inferred=run_date.isoformat()) if guess else a for a, guess in zip(ok, inferred)]
    return out, dates, article_vectors(out, stem, settings, cache, run_date)


def topic_groups(
    ok: Sequence[Article], dates: Sequence[dt.date | None], vectors: Any, settings: Settings, graph: Any = None
) -> tuple[list[list[int]], Any, list[list[int]]]:
    """Tonight's grouping before story tracking: ``(clusters, candidate graph, groups)``.

    ``clusters``: average-linkage clusters within the time window (:func:`cluster_groups`);
    ``groups``: the clusters with those the window split off the same story joined again
    (:func:`_join_split_clusters`). Row indices into ``ok``. ``graph``: the candidate graph of an
    earlier call with the same vectors and window (``clustering.cluster_rows``).
    """
    from .clustering import cluster_rows

    days = day_ordinals(dates)
    clusters, graph = cluster_rows(
        vectors.cluster, days, cut=1.0 - settings.topic_threshold, window_days=settings.topic_window_days,
        with_graph=True, graph=graph,
    )
    return clusters, graph, _join_split_clusters(clusters, vectors, days, settings)


def _copies(
    ok: Sequence[Article], clusters: Sequence[Sequence[int]], groups: Sequence[Sequence[int]],
    dates: Sequence[dt.date | None], graph: Any, vectors: Any, settings: Settings,
) -> dict[int, list[int]]:
    """Copy groups (row indices, representative first) keyed by their representative's row.

    Candidates (``duplicates``: copies when their shingles' Jaccard similarity reaches
    ``topics.copy_jaccard``) are pairs of one group (topic) whose text-vector cosine is at least
    ``duplicates.MIN_VECTOR_SIM``: the graph's pairs of one cluster, and with ``topics.undated =
    "free"`` every pair of an undated member placed in a group and a dated one (the candidate graph
    never links the two: the window keeps undated rows apart, so an undated re-post of a dated
    article would otherwise count as a second source). For those, the shingle similarity of every
    such pair is computed by sparse products a block at a time and the cosine only for the copies it
    finds, so no list of all pairs of a big topic is ever held. One group's shingles at a time.
    """
    from .duplicates import MIN_VECTOR_SIM, CopyFinder
    from .topic_vectors import short_scale

    cluster_of = np.empty(len(ok), dtype=np.int64)
    for k, rows in enumerate(clusters):
        cluster_of[rows] = k
    group_of = np.full(len(ok), -1, dtype=np.int64)
    for k, rows in enumerate(groups):
        group_of[rows] = k
    # graph weights are clustering similarities: undo the short-text scaling to compare cosines
    h = short_scale(vectors.n_terms, feature_weights(settings))
    cosine = graph.w * np.sqrt(h[graph.a] * h[graph.b])
    same = (cluster_of[graph.a] == cluster_of[graph.b]) & (cosine >= MIN_VECTOR_SIM)
    pair_a, pair_b = graph.a[same].astype(np.int64), graph.b[same].astype(np.int64)
    del cosine, same
    order = np.argsort(group_of[pair_a], kind="stable")
    pair_a, pair_b = pair_a[order], pair_b[order]
    bounds = np.searchsorted(group_of[pair_a], np.arange(len(groups) + 1))
    undated = np.array([d is None for d in dates]) if settings.topic_undated == "free" else np.zeros(len(ok), dtype=bool)
    finder = CopyFinder(ok, settings.topic_copy_jaccard)
    for k, g in enumerate(groups):
        rows = np.asarray(g, dtype=np.int64)
        ga, gb = pair_a[bounds[k] : bounds[k + 1]], pair_b[bounds[k] : bounds[k + 1]]
        u, d = rows[undated[rows]], rows[~undated[rows]]
        placed = bool(u.size and d.size)
        if not ga.size and not placed:
            continue
        sm = finder.matrix((rows if placed else np.union1d(ga, gb)).tolist())  # a cluster's pairs lie in its group
        finder.add_pairs(sm, ga, gb)
        if placed:
            a, b = finder.cross_pairs(sm, u, d)
            sims = np.asarray(vectors.cluster[a].multiply(vectors.cluster[b]).sum(axis=1)).ravel()
            keep = sims * np.sqrt(h[a] * h[b]) >= MIN_VECTOR_SIM  # undo the short-text scaling, as above
            finder.join(sm, a[keep], b[keep])
    log.debug("copies: %d pairs compared", finder.compared)
    return {g[0]: g for g in finder.groups()}


def _join_split_clusters(
    clusters: Sequence[Sequence[int]], vectors: Any, days: np.ndarray, settings: Settings
) -> list[list[int]]:
    """Join clusters of one story that only the time window kept apart (one story, one topic).

    Two clusters join when they would have been one cluster but for the window: the average
    similarity of their article pairs reaches the clustering cut (``1 - topics.threshold``) while
    their merged dates span more than ``topics.window_days``; and the gap between them is at most
    ``topics.story_expiry_days`` (the rule that keeps a story alive across nights). Joins chain: a
    story reported day after day becomes one topic.

    With ``topics.undated = "free"`` (archive runs), articles without a date, which the window kept
    out of every dated cluster, are first placed by their text (:func:`_attach_undated`): average
    linkage again over the clusters, at the same cut, with undated members counting for no day, so
    a group of them joins the dated articles it matches (all of them within the window) and two
    groups that match each other below the cut do not both join one. It never bridges dated
    articles further apart than the window: only the join above, by the same rule as for dated
    clusters, does that (a gap of at most ``topics.story_expiry_days``).
    """
    if settings.topic_undated == "free" and settings.topic_window_days is not None:  # no window: already free
        clusters = _attach_undated(clusters, vectors, days, settings.topic_window_days, 1.0 - settings.topic_threshold)
    return _join_window_split(clusters, vectors, days, settings)


def _join_window_split(
    clusters: Sequence[Sequence[int]], vectors: Any, days: np.ndarray, settings: Settings
) -> list[list[int]]:
    """The clusters with those the window split off one story joined (:func:`_join_split_clusters`)."""
    from .clustering import UNDATED

    window = settings.topic_window_days
    if len(clusters) < 2 or window is None:
        return [sorted(c) for c in clusters]
    lo, hi = _dated_spans(clusters, days)
    dated = lo != UNDATED
    if dated.sum() < 2 or hi[dated].max() - lo[dated].min() <= window:
        return [sorted(c) for c in clusters]
    P = _group_sums(clusters, vectors)
    size = np.array([len(c) for c in clusters], dtype=np.float64)
    min_sim = 1.0 - settings.topic_threshold
    parent = list(range(len(clusters)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in _joinable_pairs(P, size, lo, hi, dated, min_sim=min_sim, window=window,
                                gap_days=settings.story_expiry_days):
        rx, ry = find(i), find(j)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    joined: dict[int, list[int]] = {}
    for k, c in enumerate(clusters):
        joined.setdefault(find(k), []).extend(c)
    return [sorted(g) for g in joined.values()]


def _group_sums(groups: Sequence[Sequence[int]], vectors: Any) -> Any:
    """The sum of each group's clustering vectors (rows of a sparse matrix)."""
    from scipy import sparse

    n = vectors.cluster.shape[0]
    rows = np.concatenate([np.full(len(g), k) for k, g in enumerate(groups)])
    cols = np.concatenate([np.asarray(g) for g in groups])
    return (sparse.csr_matrix((np.ones(cols.size), (rows, cols)), shape=(len(groups), n)) @ vectors.cluster).tocsr()


def _dated_spans(groups: Sequence[Sequence[int]], days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First and last day of each group's dated members (``clustering.UNDATED`` for both when it has none)."""
    from .clustering import UNDATED

    m = len(groups)
    of = np.repeat(np.arange(m), [len(g) for g in groups])
    d = days[np.concatenate([np.asarray(g, dtype=np.int64) for g in groups])] if m else np.zeros(0, np.int64)
    dated = d != UNDATED
    lo = np.full(m, np.iinfo(np.int64).max)
    hi = np.full(m, np.iinfo(np.int64).min)
    np.minimum.at(lo, of[dated], d[dated])
    np.maximum.at(hi, of[dated], d[dated])
    none = lo == np.iinfo(np.int64).max
    lo[none] = UNDATED
    hi[none] = UNDATED
    return lo, hi


def _attach_undated(
    groups: Sequence[Sequence[int]], vectors: Any, days: np.ndarray, window: int, min_sim: float
) -> list[list[int]]:
    """The groups merged again by average linkage with undated members free of the window.

    The clustering kept groups of undated rows apart from every dated one; here every group is a
    node, undated groups count for no day, and groups merge, most similar first, while the average
    similarity of their article pairs is at least ``min_sim`` and the dated members of the merged
    group stay within ``window`` days (``clustering.reciprocal_merge``). Averages are over all the
    members merged so far, so two undated groups that are unlike each other do not both join one
    dated group unless the merged group's average allows it; an undated group never bridges dated
    members further apart than the window (see :func:`_join_split_clusters`).
    """
    from .clustering import UNDATED, Graph, reciprocal_merge

    undated = days == UNDATED
    if not undated.any() or undated.all() or len(groups) < 2:
        return [sorted(g) for g in groups]
    lo, hi = _dated_spans(groups, days)
    free = lo == UNDATED
    if free.all() or not free.any():
        return [sorted(g) for g in groups]
    far = np.int64(1) << 40  # an undated group's span is empty: min(far, x) = x and max(-far, x) = x
    dmin = np.where(free, far, lo)
    dmax = np.where(free, -far, hi)
    P = _group_sums(groups, vectors)
    size = np.array([len(g) for g in groups], dtype=np.float64)
    i, j, v = _group_pairs(P, np.zeros(len(groups), dtype=np.int64), window=None)
    keep = j > i
    label = reciprocal_merge(Graph(len(groups), i[keep], j[keep], v[keep]), size, dmin, dmax,
                             cut=min_sim - 1e-12, window_days=window)
    out: dict[int, list[int]] = {}
    for k, g in enumerate(groups):
        out.setdefault(int(label[k]), []).extend(g)
    return [sorted(g) for g in out.values()]


EXACT_JOIN_CLUSTERS = 2000
"""Up to this many clusters, every pair is checked for a window-split join; above, each cluster is
checked against its nearest clusters by centroid only (``clustering.neighbour_graph``)."""


def _joinable_pairs(
    P: Any, size: np.ndarray, lo: np.ndarray, hi: np.ndarray, dated: np.ndarray, *,
    min_sim: float, window: int, gap_days: int,
) -> list[tuple[int, int]]:
    """Pairs ``i < j`` of clusters (sum vectors ``P``) that :func:`_join_split_clusters` joins.

    Up to :data:`EXACT_JOIN_CLUSTERS` clusters every pair sharing a term is scored (``P Pᵀ`` in
    row blocks); above, only each cluster's 30 nearest by centroid cosine among the clusters whose
    first day is within ``window + gap_days`` of its own (a joinable pair always is), so a night of
    100,000 articles in tens of thousands of clusters is not an all-pairs product.
    """
    i, j, v = _group_pairs(P, lo, window=window + gap_days)
    keep = (j > i) & (v / (size[i] * size[j]) >= min_sim - 1e-12) & dated[i] & dated[j]
    i, j = i[keep], j[keep]
    span = np.maximum(hi[i], hi[j]) - np.minimum(lo[i], lo[j])
    gap = np.maximum(lo[i], lo[j]) - np.minimum(hi[i], hi[j])
    keep = (span > window) & (gap <= gap_days)
    return list(zip(i[keep].tolist(), j[keep].tolist()))


def _group_pairs(P: Any, lo: np.ndarray, *, window: int | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of groups (sum vectors ``P``, both directions) with their summed similarity ``P_i · P_j``.

    Up to :data:`EXACT_JOIN_CLUSTERS` groups every pair sharing a term; above, each group's 30
    nearest by centroid cosine among those whose first day ``lo`` is within ``window`` of its own.
    """
    m = P.shape[0]
    if m <= EXACT_JOIN_CLUSTERS:
        PT = P.T.tocsr()
        pieces = []
        for start in range(0, m, 512):
            sims = (P[start : start + 512] @ PT).tocoo()
            pieces.append((sims.row.astype(np.int64) + start, sims.col.astype(np.int64), sims.data))
        i = np.concatenate([p[0] for p in pieces])
        j = np.concatenate([p[1] for p in pieces])
        v = np.concatenate([p[2] for p in pieces])
    else:
        from .clustering import centroid_neighbours

        near = centroid_neighbours(P, lo, k=30, window_days=window, prune_terms=40)
        i, j, v = np.r_[near.a, near.b], np.r_[near.b, near.a], np.r_[near.w, near.w]
    return i, j, v


def _candidate(ok: Sequence[Article], rows: Sequence[int], vectors: Any, topic_id: str, label: str, headline: str | None) -> Any:
    from .stories import StoryCandidate
    from .topic_vectors import profile

    members = [ok[r] for r in rows]
    dates = sorted(d.isoformat() for d in (parse_date(m.published) for m in members) if d)
    return StoryCandidate(
        topic_id, label, len(rows), profile(vectors, rows), headline,
        tuple(sorted({m.outlet for m in members if m.outlet})), tuple(sorted({m.lang for m in members if m.lang})),
        dates[0] if dates else None, dates[-1] if dates else None,
    )


def _join_live_stories(
    groups: list[list[int]], ok: Sequence[Article], vectors: Any, stories: Any, run_date: Any, settings: Settings
) -> tuple[list[list[int]], dict[str, Any]]:
    """Match tonight's groups to earlier nights' stories; groups continuing one story are merged.

    Returns the (merged) groups and, keyed by the merged group's topic id, the story each continues.
    """
    candidates = [_candidate(ok, g, vectors, topic_id_for([ok[r].id for r in g]), "", None) for g in groups]
    matches = stories.match(
        candidates, run_date, idf=vectors.idf, threshold=settings.story_threshold, expiry_days=settings.story_expiry_days
    )
    by_story: dict[str, list[int]] = {}
    merged: list[list[int]] = []
    story_of_group: list[Any] = []
    for g, cand in zip(groups, candidates):
        match = matches.get(cand.topic_id)
        if match is None:
            merged.append(list(g))
            story_of_group.append(None)
            continue
        k = by_story.get(match.story_id)
        if k is None:
            by_story[match.story_id] = len(merged)
            merged.append(list(g))
            story_of_group.append(match)
        else:
            merged[k].extend(g)
    out_groups = [sorted(g) for g in merged]
    joined = {
        topic_id_for([ok[r].id for r in g]): m for g, m in zip(out_groups, story_of_group) if m is not None
    }
    return out_groups, joined


def _topic(
    ok: Sequence[Article], rows: Sequence[int], vectors: Any, copies: dict[int, list[int]], stem: Any
) -> tuple[Topic, list[Article]]:
    """One topic without its brief (members ordered by date, label, keywords, copies), and the
    members its brief is drawn from: the most central ones, each copy group by its representative."""
    from .topic_vectors import surface_forms

    member_rows = sorted(rows, key=lambda r: _date_key(ok[r]))
    members = [ok[r] for r in member_rows]
    sub = vectors.matrix[member_rows]
    centroid = np.asarray(sub.mean(axis=0)).ravel()
    centrality = np.asarray(sub @ centroid).ravel()
    central = {r: float(c) for r, c in zip(member_rows, centrality)}
    groups = [copies[r] for r in member_rows if r in copies]
    copy_rows = {r for g in groups for r in g[1:]}
    shown = [r for r in member_rows if r not in copy_rows]
    for_brief = sorted(shown, key=lambda r: (-round(central[r], 12), ok[r].id))[:MAX_BRIEF_ARTICLES]
    brief_members = [ok[r] for r in sorted(for_brief, key=lambda r: _date_key(ok[r]))]
    keywords = _keywords(centroid, vectors.terms, surface_forms((m.english_text() for m in brief_members), stem))
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
        brief=(),
        headline=headline,
        new_story=True,
        outlets=tuple(sorted({m.outlet for m in members if m.outlet})),
        copies=tuple(tuple(ok[r].id for r in g) for g in sorted(groups, key=lambda g: ok[g[0]].id)),
        undated_articles=tuple(m.id for m in members if parse_date(m.published) is None),
    )
    return topic, brief_members


def brief_key(members: Sequence[Article], settings: Settings) -> str:
    """Cache key of a brief: the code that makes briefs, its settings, and each member's text and summary."""
    h = hashlib.sha1(_brief_code().encode())
    h.update(f"{settings.brief_sentences}".encode())
    for m in members:
        summary = m.summary.to_record() if m.summary else None
        h.update(f"\x1e{m.id}\x1f{text_key(m)}\x1f{summary}".encode("utf-8"))
    return h.hexdigest()[:24]


@lru_cache(maxsize=1)
def _brief_code() -> str:
    """Fingerprint of the source of the modules a brief depends on (a changed algorithm redoes briefs)."""
    from importlib import resources

    pkg = resources.files("translate_summarize")
    h = hashlib.sha1()
    for name in ("briefs.py", "summarize.py", "segment.py"):
        h.update(pkg.joinpath(name).read_bytes())
    for entry in sorted(pkg.joinpath("summarizers").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".py"):
            h.update(entry.read_bytes())
    return h.hexdigest()


def _with_briefs(
    drafts: Sequence[tuple[Topic, list[Article]]], settings: Settings, stem: Any, cache: Any | None, night: Any
) -> list[Topic]:
    """The topics with their briefs; with a cache (the story store), unchanged briefs are reused."""
    from .article import BriefSentence
    from .briefs import build_brief

    keys = [brief_key(members, settings) for _, members in drafts] if cache is not None else []
    known = cache.cached("briefs", keys) if cache is not None else {}
    fresh: dict[str, Any] = {}
    out = []
    for k, (topic, members) in enumerate(drafts):
        found = known.get(keys[k]) if keys else None
        if found is not None:
            brief = tuple(BriefSentence(s["en"], s["article_id"], int(s["segment"])) for s in found)
        else:
            brief = build_brief(members, settings, stem=stem)
            if keys:
                fresh[keys[k]] = [s.to_record() for s in brief]
        out.append(dataclasses.replace(topic, brief=brief))
    if cache is not None and night is not None:
        cache.cache("briefs", fresh, night)
        cache.touch("briefs", list(known), night)
    return out


def _night(topic: Topic, night: str) -> Any:
    from .article import StoryNight

    return StoryNight(night, len(topic.article_ids), topic.headline, topic.outlets, topic.languages,
                      topic.first_published, topic.last_published)


def _record_stories(
    topics: list[Topic], groups: Sequence[Sequence[int]], ok: Sequence[Article], vectors: Any,
    stories: Any, run_date: Any, joined: dict[str, Any],
) -> list[Topic]:
    """Record tonight's topics in the story store; set story ids, first-seen nights and timelines."""
    candidates = [_candidate(ok, g, vectors, t.topic_id, t.label, t.headline) for t, g in zip(topics, groups)]
    matches = stories.record(run_date, candidates, joined)
    out = []
    for t in topics:
        m = matches[t.topic_id]
        out.append(dataclasses.replace(
            t, story_id=m.story_id, new_story=m.new_story, story_first_seen=m.first_seen,
            timeline=tuple(stories.timeline(m.story_id, run_date)),
        ))
    return out


def _topic_order(t: Topic) -> tuple[int, int, int, str]:
    """Size descending, last published date most recent first (undated last), then topic id."""
    last = parse_date(t.last_published)
    return (-len(t.article_ids), 0 if last else 1, -last.toordinal() if last else 0, t.topic_id)
