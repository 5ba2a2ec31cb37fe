"""TextRank and Reduction exactly as sumy rates sentences, vectorised.

Both weigh a pair of sentences by their shared words (with multiplicity, sumy's
``_rate_sentences_edge``: common-word count / (log len1 + log len2)); one sparse product gives all
pairs at once instead of sumy's Python loops over pairs and words.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .lexrank import power_method
from .matrices import count_matrix

TEXTRANK_DAMPING = 0.85
TEXTRANK_EPSILON = 1e-4
_ZERO_DIVISION_PREVENTION = 1e-7


def _overlap(terms: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Shared-word counts for every pair and log-length sums (log len_i + log len_j)."""
    counts, _ = count_matrix(terms)
    shared = (counts @ counts.T).toarray()
    lengths = np.array([len(t) for t in terms], dtype=float)
    with np.errstate(divide="ignore"):
        logs = np.where(lengths > 0, np.log(np.maximum(lengths, 1.0)), 0.0)
    return shared, logs[:, None] + logs[None, :]


def textrank_scores(terms: Sequence[Sequence[str]], *, damping: float = TEXTRANK_DAMPING, epsilon: float = TEXTRANK_EPSILON) -> np.ndarray:
    """sumy's TextRank ranks: edge weights, row-normalised, damped, undamped-normalisation power method."""
    n = len(terms)
    if n == 0:
        return np.zeros(0)
    shared, norm = _overlap(terms)
    close = np.isclose(norm, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        weights = np.where(shared == 0, 0.0, np.where(close, shared, shared / np.where(close, 1.0, norm)))
    weights /= weights.sum(axis=1)[:, None] + _ZERO_DIVISION_PREVENTION
    matrix = np.full((n, n), (1.0 - damping) / n) + damping * weights
    return power_method(matrix, epsilon, normalise=False)


def reduction_scores(terms: Sequence[Sequence[str]]) -> np.ndarray:
    """sumy's Reduction ratings: each sentence's summed edge weight to every other sentence."""
    n = len(terms)
    if n == 0:
        return np.zeros(0)
    shared, norm = _overlap(terms)
    with np.errstate(divide="ignore", invalid="ignore"):
        weights = np.where((shared == 0) | (norm == 0.0), 0.0, shared / np.where(norm == 0.0, 1.0, norm))
    np.fill_diagonal(weights, 0.0)
    return weights.sum(axis=1)
