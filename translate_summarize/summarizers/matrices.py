"""Sparse term-count matrices shared by the vectorised summarizers."""

from __future__ import annotations

from typing import Sequence

import numpy as np
from scipy import sparse


def count_matrix(rows: Sequence[Sequence[str]], vocabulary: dict[str, int] | None = None) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """CSR matrix of term counts (sentences × terms) and the vocabulary it used.

    With a given ``vocabulary`` terms outside it are dropped; otherwise one is built in order of
    first appearance.
    """
    vocab: dict[str, int] = {} if vocabulary is None else vocabulary
    grow = vocabulary is None
    indptr = [0]
    indices: list[int] = []
    for row in rows:
        for term in row:
            j = vocab.get(term)
            if j is None:
                if not grow:
                    continue
                j = vocab[term] = len(vocab)
            indices.append(j)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=float)
    matrix = sparse.csr_matrix(
        (data, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
        shape=(len(rows), len(vocab)),
    )
    matrix.sum_duplicates()
    return matrix, vocab


def cosine_similarities(weighted: sparse.spmatrix) -> np.ndarray:
    """Dense cosine similarity of every pair of rows; 0 wherever a row has no weight."""
    weighted = sparse.csr_matrix(weighted)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    dots = (weighted @ weighted.T).toarray()
    denominator = np.outer(norms, norms)
    return np.divide(dots, denominator, out=np.zeros_like(dots), where=denominator > 0)


def smoothed_idf(counts: sparse.spmatrix, n_documents: int | None = None) -> np.ndarray:
    """idf = log((1 + n) / (1 + df)) + 1 over the first ``n_documents`` rows (default: all rows)."""
    rows = sparse.csr_matrix(counts)
    n = rows.shape[0] if n_documents is None else n_documents
    df = np.asarray((rows[:n] > 0).sum(axis=0)).ravel()
    return np.log((1.0 + n) / (1.0 + df)) + 1.0
