"""Average-linkage clustering of article vectors in bounded memory and near-linear time.

Similarity of two articles is the dot product of their vectors (``topic_vectors.topic_features``);
the similarity of two clusters is the **average** over all their member pairs (average linkage,
UPGMA), which equals ``c_A · c_B / (|A| |B|)`` where ``c`` is the sum of a cluster's vectors.
Clusters merge, most similar first, while that average is at least ``cut``; a merge is refused when
the merged cluster's dates would span more than ``window_days`` (every two articles of a cluster
are within the window).

Levels, so that no dense n × n matrix and no all-pairs product is ever built:

1. **Candidate graph** (:func:`neighbour_graph`): for every article its ``k`` most similar articles
   within the time window, found with sparse products of row blocks (articles sorted by day, each
   day compared only with the days of its window: blocking by day) over vectors pruned to their
   ``prune_terms`` heaviest terms; the kept pairs are then scored exactly. Memory O(n k).
2. **Level 1** — average linkage on that graph (missing pairs count as similarity 0, so it merges
   less than exact average linkage would: tight clusters, high precision).
3. **Upper levels** — the clusters' sum vectors give exact averages between clusters. While there
   are more than ``exact_clusters`` clusters, each is compared only with its ``k`` nearest by
   centroid cosine (:func:`_cluster_candidates`, the same sparse search over the unit sum vectors,
   blocked by first day) and merged by average linkage again, level after level until a level
   merges nothing (at most ``max_levels``); once there are at most ``exact_clusters``, every pair
   whose average reaches ``keep_ratio * cut`` is compared (:func:`_cluster_graph`, ``C Cᵀ`` in row
   blocks) and the last level merges with those exact averages. Large stories, whose members are
   not all in each other's ``k`` nearest, come together at the upper levels. On small nights (at
   most ``exact_clusters`` level-1 clusters) this is the former two-level scheme exactly; a
   100,000-article night goes through two or three candidate levels first
   (``bench/cluster_speed.py --articles 100000``).

Every level runs :func:`reciprocal_merge`: in each round every cluster finds its most similar
neighbour and every reciprocal pair merges (Sumengen et al. 2021, "Scaling Hierarchical Agglomerative
Clustering to Billion-sized Datasets"); for a reducible linkage such as the average this gives the
same clusters as merging one pair at a time, with numpy doing each round over all edges at once.
Ties break on cluster ids, so the result never depends on input order beyond the ids.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

UNDATED = -10_000_000
"""Day number given to articles without a date: further from every real day than any window, so an
undated article only ever shares a cluster with other undated ones."""


@dataclass(frozen=True, slots=True)
class Graph:
    """Undirected weighted edges ``a < b`` (unique) over ``n`` nodes."""

    n: int
    a: np.ndarray
    b: np.ndarray
    w: np.ndarray


def _window_ok(lo: np.ndarray, hi: np.ndarray, window_days: int | None) -> np.ndarray:
    if window_days is None:
        return np.ones(lo.shape, dtype=bool)
    return hi - lo <= window_days


def _span(dmin: np.ndarray, dmax: np.ndarray, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first and last day of clusters a and b merged."""
    return np.minimum(dmin[a], dmin[b]), np.maximum(dmax[a], dmax[b])


def reciprocal_merge(
    graph: Graph,
    sizes: np.ndarray,
    dmin: np.ndarray,
    dmax: np.ndarray,
    *,
    cut: float,
    window_days: int | None,
) -> np.ndarray:
    """Average-linkage clusters of ``graph`` (edge weight = summed similarity of the two clusters).

    Args:
        graph: edges between the starting clusters, weight ``S(A, B)`` = sum of member-pair similarities.
        sizes: members per starting cluster; dmin/dmax: their first/last day number.
        cut: smallest average similarity ``S(A, B) / (|A| |B|)`` at which two clusters merge.
        window_days: largest day span of a merged cluster (``None``: no limit).

    Returns:
        For each starting cluster, the smallest starting-cluster index of its final cluster.
    """
    n = graph.n
    label = np.arange(n, dtype=np.int64)  # starting cluster -> current cluster (its smallest member)
    size = sizes.astype(np.float64).copy()
    dmin = dmin.astype(np.int64).copy()
    dmax = dmax.astype(np.int64).copy()
    a, b, w = graph.a.astype(np.int64), graph.b.astype(np.int64), graph.w.astype(np.float64)
    fits = _window_ok(*_span(dmin, dmax, a, b), window_days)
    a, b, w = a[fits], b[fits], w[fits]  # a span only grows: a pair the window refuses now, it always will
    rounds = 0
    while a.size:
        rounds += 1
        avg = w / (size[a] * size[b])
        ok = avg >= cut  # edges below the cut stay: their similarity counts in later averages
        if not ok.any():
            break
        ca, cb, cavg = a[ok], b[ok], avg[ok]
        # best neighbour of every node: highest average, ties to the smaller neighbour id (no sort:
        # a maximum, then a minimum over the edges reaching it, both by unbuffered ufunc.at)
        node = np.concatenate([ca, cb])
        other = np.concatenate([cb, ca])
        value = np.concatenate([cavg, cavg])
        top_value = np.full(n, -np.inf)
        np.maximum.at(top_value, node, value)
        at_top = value == top_value[node]
        best = np.full(n, n, dtype=np.int64)
        np.minimum.at(best, node[at_top], other[at_top])
        mutual = (best[cb] == ca) & (best[ca] == cb)
        if not mutual.any():  # cannot happen with a strict order on edges; guard against a loop
            break
        ma, mb = ca[mutual], cb[mutual]
        lo_m, hi_m = _span(dmin, dmax, ma, mb)
        size[ma] += size[mb]
        dmin[ma], dmax[ma] = lo_m, hi_m
        remap = np.arange(n, dtype=np.int64)
        remap[mb] = ma
        label = remap[label]
        merged = np.zeros(n, dtype=bool)
        merged[ma] = True
        merged[mb] = True
        touched = merged[a] | merged[b]  # only these edges change ends, spans, or can become duplicates
        ta, tb, tw = remap[a[touched]], remap[b[touched]], w[touched]
        keep = ta != tb
        ta, tb, tw = ta[keep], tb[keep], tw[keep]
        key = np.minimum(ta, tb) * n + np.maximum(ta, tb)
        uniq, inverse = np.unique(key, return_inverse=True)
        tw = np.bincount(inverse, weights=tw, minlength=uniq.size)
        ta, tb = uniq // n, uniq % n
        fits = _window_ok(*_span(dmin, dmax, ta, tb), window_days)
        rest = ~touched
        a = np.concatenate([a[rest], ta[fits]])
        b = np.concatenate([b[rest], tb[fits]])
        w = np.concatenate([w[rest], tw[fits]])
    log.debug("reciprocal_merge: %d nodes, %d rounds", n, rounds)
    return label


def neighbour_graph(
    matrix: Any,
    days: np.ndarray,
    *,
    k: int,
    min_sim: float,
    window_days: int | None,
    prune_terms: int,
    posting_cap: int = 64,
    block_rows: int = 512,
) -> Graph:
    """The ``k`` nearest neighbours (similarity >= ``min_sim``) of every row, within the window.

    Candidates come from an inverted index: vectors pruned to each row's ``prune_terms`` heaviest
    terms, and each term's postings on one day capped to the ``posting_cap`` rows where it weighs
    most (so a term shared by thousands of articles of one big story costs ``posting_cap`` per day,
    not thousands: the work is linear in the number of articles). Pairs that share none of these
    are never compared; the best ``2 k`` candidates of a row are then scored with the full vectors
    and the best ``k`` kept. Rows are compared in blocks of
    ``block_rows``, each block only with the rows whose day lies within the window of the block's
    days.
    """
    from scipy import sparse

    X = sparse.csr_matrix(matrix, dtype=np.float32)
    n = X.shape[0]
    if n < 2:
        return Graph(n, np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    pruned = _prune_rows(X, prune_terms)
    order = np.lexsort((np.arange(n), days))  # by day, then row
    sorted_days = days[order]
    P = pruned[order]
    PT = _cap_postings(P, sorted_days, posting_cap).T.tocsr()
    out_a: list[np.ndarray] = []
    out_b: list[np.ndarray] = []
    cand_k = 2 * k
    for start in range(0, n, block_rows):
        stop = min(n, start + block_rows)
        block_days = sorted_days[start:stop]
        c0, c1 = 0, n
        if window_days is not None:
            c0 = int(np.searchsorted(sorted_days, block_days.min() - window_days, "left"))
            c1 = int(np.searchsorted(sorted_days, block_days.max() + window_days, "right"))
        sims = (P[start:stop] @ PT[:, c0:c1]).tocsr()
        if window_days is not None and block_days.max() - block_days.min() > window_days:
            coo = sims.tocoo()  # the block spans several days: drop pairs outside each row's window
            near = np.abs(block_days[coo.row] - sorted_days[coo.col + c0]) <= window_days
            sims = sparse.csr_matrix((coo.data[near], (coo.row[near], coo.col[near])), shape=sims.shape)
        rows, cols = _top_per_row(sims, cand_k)
        out_a.append(rows + start)
        out_b.append(cols + c0)
    cand_a = np.concatenate(out_a) if out_a else np.zeros(0, np.int64)
    cand_b = np.concatenate(out_b) if out_b else np.zeros(0, np.int64)
    keep = cand_a != cand_b
    if window_days is not None:
        keep &= np.abs(sorted_days[cand_a] - sorted_days[cand_b]) <= window_days
    cand_a, cand_b = order[cand_a[keep]], order[cand_b[keep]]
    exact = _pair_dots(X, cand_a, cand_b)
    good = exact >= min_sim
    cand_a, cand_b, exact = cand_a[good], cand_b[good], exact[good]
    # the best k per row by exact similarity (ties: smaller neighbour), then both directions merged
    sel = np.lexsort((cand_b, -exact, cand_a))
    cand_a, cand_b, exact = cand_a[sel], cand_b[sel], exact[sel]
    starts = np.r_[0, np.flatnonzero(np.diff(cand_a)) + 1]
    rank = np.arange(cand_a.size) - np.repeat(starts, np.diff(np.r_[starts, cand_a.size]))
    top = rank < k
    a, b, w = cand_a[top], cand_b[top], exact[top]
    lo_ab, hi_ab = np.minimum(a, b), np.maximum(a, b)
    key = lo_ab * n + hi_ab
    uniq, first = np.unique(key, return_index=True)
    return Graph(n, uniq // n, uniq % n, w[first].astype(np.float64))


def _cap_postings(P: Any, days: np.ndarray, cap: int) -> Any:
    """``P`` (rows sorted by day) with each column's entries on each day cut to the ``cap`` largest."""
    from scipy import sparse

    C = P.tocsc()
    lengths = np.diff(C.indptr)
    if lengths.size == 0 or lengths.max() <= cap:
        return P
    cols = np.repeat(np.arange(C.shape[1]), lengths)
    row_day = days[C.indices]
    order = np.lexsort((C.indices, -C.data, row_day, cols))  # per column and day: largest first
    c_sorted, d_sorted = cols[order], row_day[order]
    new_group = np.ones(order.size, dtype=bool)
    new_group[1:] = (c_sorted[1:] != c_sorted[:-1]) | (d_sorted[1:] != d_sorted[:-1])
    starts = np.flatnonzero(new_group)
    rank = np.arange(order.size) - np.repeat(starts, np.diff(np.r_[starts, order.size]))
    chosen = order[rank < cap]
    return sparse.csr_matrix((C.data[chosen], (C.indices[chosen], cols[chosen])), shape=P.shape)


def _prune_rows(X: Any, keep: int) -> Any:
    """Each row reduced to its ``keep`` largest entries (ties: lower column), for candidate generation.

    Only rows longer than ``keep`` are touched, each with a partial sort (``np.partition`` for the
    ``keep``-th largest value, then the entries above it and the lowest columns equal to it): no sort
    of every stored entry (sum vectors of upper clustering levels hold tens of millions)."""
    from scipy import sparse

    X = X.tocsr()
    lengths = np.diff(X.indptr)
    if lengths.size == 0 or lengths.max() <= keep:
        return X
    indptr, indices, data = X.indptr, X.indices, X.data
    chosen = np.ones(data.size, dtype=bool)
    for r in np.flatnonzero(lengths > keep).tolist():
        lo, hi = int(indptr[r]), int(indptr[r + 1])
        values = data[lo:hi]
        kth = np.partition(values, values.size - keep)[values.size - keep]  # the keep-th largest
        above = values > kth
        equal = np.flatnonzero(values == kth)
        if equal.size > keep - int(above.sum()):  # ties at the bar: the lowest columns
            equal = equal[np.argsort(indices[lo:hi][equal], kind="stable")][: keep - int(above.sum())]
        row_keep = above
        row_keep[equal] = True
        chosen[lo:hi] = row_keep
    rows = np.repeat(np.arange(X.shape[0]), lengths)
    return sparse.csr_matrix((data[chosen], (rows[chosen], indices[chosen])), shape=X.shape)


def _top_per_row(sims: Any, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of each row's ``k`` largest stored values (a partial sort per row; which of
    equal values are kept is up to ``argpartition``, so ties at the k-th place are kept arbitrarily
    but reproducibly)."""
    indptr, data, indices = sims.indptr, sims.data, sims.indices
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for r in range(sims.shape[0]):
        lo, hi = indptr[r], indptr[r + 1]
        if hi - lo <= k:
            chosen = indices[lo:hi]
        else:
            chosen = indices[lo:hi][np.argpartition(-data[lo:hi], k - 1)[:k]]
        cols.append(chosen.astype(np.int64))
        rows.append(np.full(chosen.size, r, dtype=np.int64))
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(rows), np.concatenate(cols)


def _pair_dots(X: Any, a: np.ndarray, b: np.ndarray, chunk: int = 20_000) -> np.ndarray:
    """``X[a[i]] · X[b[i]]`` for every pair, in chunks."""
    out = np.empty(a.size, dtype=np.float64)
    for s in range(0, a.size, chunk):
        ra, rb = X[a[s : s + chunk]], X[b[s : s + chunk]]
        out[s : s + chunk] = np.asarray(ra.multiply(rb).sum(axis=1)).ravel()
    return out


def cluster_rows(
    matrix: Any,
    days: np.ndarray,
    *,
    cut: float,
    window_days: int | None,
    k: int = 30,
    min_sim: float = 0.02,
    prune_terms: int = 40,
    posting_cap: int = 64,
    keep_ratio: float = 0.25,
    block_rows: int = 512,
    exact_clusters: int = 2000,
    max_levels: int = 8,
    with_graph: bool = False,
    graph: Graph | None = None,
) -> Any:
    """Average-linkage clusters of the rows of ``matrix`` (levels, see the module docstring).

    Returns groups of row indices, each sorted, sorted by their first row; with ``with_graph``, a
    tuple ``(groups, graph)`` where ``graph`` is the candidate :class:`Graph` of nearest neighbours.
    A ``graph`` from an earlier call on the same rows, days and window (it does not depend on
    ``cut``) is reused instead of searched again.
    """
    from scipy import sparse

    n = matrix.shape[0]
    if n == 0:
        return ([], Graph(0, np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))) if with_graph else []
    days = np.asarray(days, dtype=np.int64)
    X = sparse.csr_matrix(matrix, dtype=np.float64)
    if graph is None:
        graph = neighbour_graph(X, days, k=k, min_sim=min_sim, window_days=window_days,
                                prune_terms=prune_terms, posting_cap=posting_cap, block_rows=block_rows)
    ones = np.ones(n)
    final = reciprocal_merge(graph, ones, days, days, cut=cut, window_days=window_days)
    # upper levels: averages between the clusters so far from their sum vectors, merged again
    for _ in range(max_levels):
        roots, member_of = np.unique(final, return_inverse=True)
        m = roots.size
        if m < 2:
            break
        indicator = sparse.csr_matrix((ones, (member_of, np.arange(n))), shape=(m, n))
        sums = (indicator @ X).tocsr()
        size = np.bincount(member_of, minlength=m).astype(np.float64)
        dmin = np.full(m, np.iinfo(np.int64).max)
        np.minimum.at(dmin, member_of, days)
        dmax = np.full(m, np.iinfo(np.int64).min)
        np.maximum.at(dmax, member_of, days)
        exact = m <= exact_clusters
        if exact:
            upper = _cluster_graph(sums, size, dmin, dmax, cut=cut * keep_ratio, window_days=window_days, block_rows=block_rows)
        else:
            upper = _cluster_candidates(sums, size, dmin, dmax, cut=cut * keep_ratio, window_days=window_days, k=k,
                                        prune_terms=prune_terms, posting_cap=posting_cap, block_rows=block_rows)
        merged = reciprocal_merge(upper, size, dmin, dmax, cut=cut, window_days=window_days)
        left = np.unique(merged).size
        log.debug("cluster_rows: level of %d clusters (%s) -> %d", m, "exact" if exact else "candidates", left)
        final = roots[merged][member_of]
        if exact or left == m:
            break
    groups: dict[int, list[int]] = {}
    for row, g in enumerate(final.tolist()):
        groups.setdefault(g, []).append(row)
    out = sorted(groups.values(), key=lambda g: g[0])
    return (out, graph) if with_graph else out


def centroid_neighbours(
    sums: Any, first_days: np.ndarray, *, k: int, window_days: int | None, prune_terms: int,
    posting_cap: int = 64, block_rows: int = 512,
) -> Graph:
    """Each group's ``k`` nearest groups by centroid cosine (:func:`neighbour_graph` over the unit
    rows of ``sums``, blocked by ``first_days``), weighted by the exact summed similarity
    ``sums_a · sums_b`` (the cosine times both norms). Shared by the upper clustering levels and
    ``topics``' joins of whole groups on large nights."""
    from scipy import sparse

    norms = np.sqrt(np.asarray(sums.multiply(sums).sum(axis=1)).ravel())
    unit = sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ sums
    near = neighbour_graph(unit, first_days, k=k, min_sim=0.0, window_days=window_days, prune_terms=prune_terms,
                           posting_cap=posting_cap, block_rows=block_rows)
    return Graph(near.n, near.a, near.b, near.w * norms[near.a] * norms[near.b])


def _cluster_candidates(
    sums: Any, size: np.ndarray, dmin: np.ndarray, dmax: np.ndarray, *, cut: float, window_days: int | None,
    k: int, prune_terms: int, posting_cap: int, block_rows: int,
) -> Graph:
    """Edges between clusters, as :func:`_cluster_graph`, but only for each cluster's ``k`` nearest by
    centroid cosine (:func:`neighbour_graph` over the unit sum vectors, by first day: two clusters
    whose first days are further apart than the window can never merge). ``S(A, B)`` is the centroid
    cosine times both sums' norms: exact for every pair kept."""
    near = centroid_neighbours(sums, dmin, k=k, window_days=window_days, prune_terms=prune_terms,
                               posting_cap=posting_cap, block_rows=block_rows)
    r, c, v = near.a, near.b, near.w
    keep = v / (size[r] * size[c]) >= cut
    r, c, v = r[keep], c[keep], v[keep]
    keep = _window_ok(*_span(dmin, dmax, r, c), window_days)
    return Graph(sums.shape[0], r[keep], c[keep], v[keep])


def _cluster_graph(
    sums: Any, size: np.ndarray, dmin: np.ndarray, dmax: np.ndarray, *, cut: float, window_days: int | None, block_rows: int
) -> Graph:
    """Edges between clusters whose exact average similarity is at least ``cut`` and whose span fits."""
    m = sums.shape[0]
    T = sums.T.tocsr()
    out_a: list[np.ndarray] = []
    out_b: list[np.ndarray] = []
    out_w: list[np.ndarray] = []
    for start in range(0, m, block_rows):
        stop = min(m, start + block_rows)
        prod = (sums[start:stop] @ T).tocoo()
        r = prod.row.astype(np.int64) + start
        c = prod.col.astype(np.int64)
        keep = c > r
        r, c, v = r[keep], c[keep], prod.data[keep]
        keep = v / (size[r] * size[c]) >= cut
        r, c, v = r[keep], c[keep], v[keep]
        lo, hi = _span(dmin, dmax, r, c)
        keep = _window_ok(lo, hi, window_days)
        out_a.append(r[keep])
        out_b.append(c[keep])
        out_w.append(v[keep])
    if not out_a:
        return Graph(m, np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    return Graph(m, np.concatenate(out_a), np.concatenate(out_b), np.concatenate(out_w))
