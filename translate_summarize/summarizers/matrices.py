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
