"""LexRank (Erkan & Radev 2004) exactly as sumy computes it, vectorised with numpy/scipy.

sumy's ``LexRankSummarizer`` builds the idf-modified-cosine matrix with a Python double loop
(O(n²) dictionary work); here the same numbers come from one sparse product. Steps, as in sumy:
tf = count / max count in the sentence; idf = log(n / (1 + n_j)); cosine of tf·idf vectors;
edges where cosine > ``threshold``; each row divided by its degree; power method from the uniform
vector, L2-normalised each step, until the step changes less than ``epsilon``.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .matrices import cosine_similarities, count_matrix

THRESHOLD = 0.1
EPSILON = 0.1
_MAX_ITERATIONS = 10_000


def lexrank_from_terms(
    terms: Sequence[Sequence[str]],
    *,
    threshold: float = THRESHOLD,
    epsilon: float = EPSILON,
    damping: float | None = None,
) -> np.ndarray:
    """LexRank scores of sentences given as term lists (already stop-worded and stemmed).

    Args:
        terms: one list of terms per sentence.
        threshold: cosine above which two sentences are linked (sumy: 0.1).
        epsilon: power-method stopping tolerance (sumy: 0.1).
        damping: probability of a random jump (the paper's d, e.g. 0.15); ``None`` is sumy's
            undamped power method.
    """
    n = len(terms)
    if n == 0:
        return np.zeros(0)
    counts, _ = count_matrix(terms)
    if counts.shape[1] == 0:
        return np.zeros(n)
    max_tf = counts.max(axis=1).toarray().ravel()
    max_tf[max_tf == 0] = 1.0
    tf = counts.multiply(1.0 / max_tf[:, None]).tocsr()
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    idf = np.log(n / (1.0 + df))
    cosine = cosine_similarities(tf.multiply(idf[None, :]))
    adjacency = (cosine > threshold).astype(float)
    degrees = adjacency.sum(axis=1)
    degrees[degrees == 0] = 1.0
    matrix = adjacency / degrees[:, None]
    if damping is not None:
        matrix = damping / n + (1.0 - damping) * matrix
    return power_method(matrix, epsilon)


def power_method(matrix: np.ndarray, epsilon: float, *, normalise: bool = True) -> np.ndarray:
    """sumy's power method: from the uniform vector, ``p = Mᵀp`` until a step changes less than ``epsilon``.

    LexRank L2-normalises each step (``normalise=True``), TextRank does not. An iteration cap and a
    zero-vector guard are added (sumy would loop forever or return NaN).
    """
    n = matrix.shape[0]
    transposed = matrix.T
    p = np.full(n, 1.0 / n)
    change = 1.0
    iterations = 0
    while change > epsilon and iterations < _MAX_ITERATIONS:
        nxt = transposed @ p
        if normalise:
            norm = np.linalg.norm(nxt)
            if norm == 0.0:
                return np.zeros(n)
            nxt /= norm
        change = np.linalg.norm(nxt - p)
        p = nxt
        iterations += 1
    return p
