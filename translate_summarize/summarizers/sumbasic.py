"""SumBasic (Nenkova & Vanderwende 2005) exactly as sumy's ``SumBasicSummarizer`` rates sentences, vectorised.

Each pass picks the sentence with the highest average word probability and squares the
probability of each of its words once per occurrence (sumy's update). sumy runs a pass per
sentence; the selection only depends on the first ``count`` passes, which is all we run.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .matrices import count_matrix
from .ranking import first_extreme


def sumbasic_select(terms: Sequence[Sequence[str]], count: int) -> list[int]:
    """Indices (document order) of the first ``count`` sentences SumBasic picks; ``terms`` as sumy's content words."""
    n = len(terms)
    count = min(count, n)
    if count <= 0:
        return []
    counts, vocab = count_matrix(terms)
    total = counts.sum()
    if total == 0:
        return list(range(count))
    freq = np.asarray(counts.sum(axis=0)).ravel() / total
    lengths = np.array([len(t) for t in terms], dtype=float)
    remaining = np.ones(n, dtype=bool)
    chosen: list[int] = []
    for _ in range(count):
        idx = np.flatnonzero(remaining)
        sums = counts[idx] @ freq
        with np.errstate(divide="ignore", invalid="ignore"):
            avg = np.where(lengths[idx] > 0, sums / lengths[idx], 0.0)
        best = int(idx[first_extreme(avg, largest=True)])
        chosen.append(best)
        remaining[best] = False
        row = counts.getrow(best)
        freq[row.indices] = freq[row.indices] ** (2.0 ** row.data)
    return sorted(chosen)
