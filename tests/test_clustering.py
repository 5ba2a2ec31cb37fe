"""Two-level average linkage (clustering.py): the same clusters as textbook average linkage, the
window, the candidate graph's bounds."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from translate_summarize.clustering import Graph, cluster_rows, neighbour_graph, reciprocal_merge


def naive_average_linkage(sim: np.ndarray, days: np.ndarray, cut: float, window: int | None) -> list[list[int]]:
    """Merge the pair of clusters with the highest average pair similarity while it is >= cut."""
    clusters = [[i] for i in range(sim.shape[0])]
    while True:
        best = None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                a, b = clusters[x], clusters[y]
                span = days[a + b]
                if window is not None and span.max() - span.min() > window:
                    continue
                avg = sim[np.ix_(a, b)].mean()
                if avg >= cut and (best is None or avg > best[0] + 1e-12):
                    best = (avg, x, y)
        if best is None:
            break
        _, x, y = best
        clusters[x] = sorted(clusters[x] + clusters[y])
        del clusters[y]
    return sorted(clusters, key=lambda c: c[0])


@pytest.mark.parametrize("seed", range(6))
def test_reciprocal_merge_equals_textbook_average_linkage(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 24
    centres = rng.random((4, 12))
    rows = np.vstack([centres[rng.integers(4)] + 0.6 * rng.random(12) for _ in range(n)])
    rows /= np.linalg.norm(rows, axis=1)[:, None]
    sim = rows @ rows.T
    days = rng.integers(0, 6, n)
    a, b = np.triu_indices(n, 1)
    graph = Graph(n, a, b, sim[a, b])  # every pair: exact average linkage
    for cut, window in ((0.9, None), (0.85, 2), (0.8, 3)):
        labels = reciprocal_merge(graph, np.ones(n), days, days, cut=cut, window_days=window)
        groups: dict[int, list[int]] = {}
        for i, lab in enumerate(labels):
            groups.setdefault(int(lab), []).append(i)
        assert sorted(groups.values(), key=lambda c: c[0]) == naive_average_linkage(sim, days, cut, window)


def test_two_levels_match_one_level_when_the_graph_is_complete() -> None:
    rng = np.random.default_rng(11)
    centres = rng.random((5, 30))
    rows = np.vstack([centres[i % 5] + 0.8 * rng.random(30) for i in range(60)])
    rows /= np.linalg.norm(rows, axis=1)[:, None]
    sim = rows @ rows.T
    days = np.zeros(60, dtype=np.int64)
    expected = naive_average_linkage(sim, days, 0.8, None)
    # k = 3 nearest neighbours only: level 1 under-merges, level 2 (exact sums) finishes the job
    assert cluster_rows(sparse.csr_matrix(rows), days, cut=0.8, window_days=None, k=3, keep_ratio=0.0) == expected


def test_neighbour_graph_keeps_k_per_row_within_the_window() -> None:
    rows = sparse.csr_matrix(np.ones((10, 3)))
    days = np.array([0, 0, 0, 0, 0, 10, 10, 10, 10, 10])
    graph = neighbour_graph(rows, days, k=2, min_sim=0.5, window_days=3, prune_terms=3)
    assert all(abs(int(days[a]) - int(days[b])) <= 3 for a, b in zip(graph.a, graph.b))
    degree = np.bincount(np.concatenate([graph.a, graph.b]), minlength=10)
    assert degree.min() >= 2  # each row kept its 2 nearest (ties: smaller ids), edges are symmetric
    assert np.allclose(graph.w, 3.0)
    everything = neighbour_graph(rows, days, k=2, min_sim=0.5, window_days=None, prune_terms=3)
    assert any(abs(int(days[a]) - int(days[b])) > 3 for a, b in zip(everything.a, everything.b)) or everything.a.size >= 10


def test_posting_cap_bounds_candidates_of_a_giant_story() -> None:
    # 400 identical rows: with a cap of 8 postings per term and day, each row is compared with at
    # most 8 others, yet every row still gets k neighbours and the story is one cluster
    rows = sparse.csr_matrix(np.ones((400, 5)))
    days = np.zeros(400, dtype=np.int64)
    graph = neighbour_graph(rows, days, k=4, min_sim=0.1, window_days=3, prune_terms=5, posting_cap=8)
    assert graph.a.size <= 400 * 4
    assert cluster_rows(rows, days, cut=0.5, window_days=3, k=4, posting_cap=8) == [list(range(400))]


def test_candidate_levels_reach_the_exact_clusters() -> None:
    # as above, but no level may compare every pair of clusters (exact_clusters=0): each upper level
    # compares a cluster only with its k nearest by centroid, and levels repeat until nothing merges
    rng = np.random.default_rng(11)
    centres = rng.random((5, 30))
    rows = np.vstack([centres[i % 5] + 0.8 * rng.random(30) for i in range(60)])
    rows /= np.linalg.norm(rows, axis=1)[:, None]
    days = np.zeros(60, dtype=np.int64)
    expected = naive_average_linkage(rows @ rows.T, days, 0.8, None)
    got = cluster_rows(sparse.csr_matrix(rows), days, cut=0.8, window_days=None, k=3, keep_ratio=0.0, exact_clusters=0)
    assert got == expected
    one_level = cluster_rows(sparse.csr_matrix(rows), days, cut=0.8, window_days=None, k=3, max_levels=0)
    assert len(one_level) > len(expected)  # the nearest-neighbour graph alone under-merges


def test_prune_rows_keeps_the_largest_and_breaks_ties_on_the_lower_column() -> None:
    from translate_summarize.clustering import _prune_rows

    rows = sparse.csr_matrix(np.array([
        [0.5, 0.2, 0.9, 0.2, 0.2, 0.0],  # keep 3: 0.9, 0.5, then the first 0.2 (column 1)
        [0.1, 0.0, 0.0, 0.0, 0.0, 0.3],  # two entries: kept whole
        [0.4, 0.4, 0.4, 0.4, 0.0, 0.0],  # all tied: columns 0-2
    ]))
    assert _prune_rows(rows, 3).toarray().tolist() == [
        [0.5, 0.2, 0.9, 0.0, 0.0, 0.0],
        [0.1, 0.0, 0.0, 0.0, 0.0, 0.3],
        [0.4, 0.4, 0.4, 0.0, 0.0, 0.0],
    ]
