"""SumBasic (Nenkova & Vanderwende 2005) exactly as sumy's ``SumBasicSummarizer`` rates sentences, vectorised.

Each pass picks the sentence with the highest average word probability and squares the
probability of each of its words once per occurrence (sumy's update). sumy runs a pass per
sentence; the selection only depends on the first ``count`` passes, which is all we run.

Ties are common (every sentence of once-seen words has the same average), and sumy breaks them
by the rounding of its left-to-right Python sums; to select exactly what sumy selects, the
averages are summed in the same order with the same float operations, vectorised across
sentences (one addition per word position).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np


def sumbasic_select(terms: Sequence[Sequence[str]], count: int) -> list[int]:
    """Indices (document order) of the first ``count`` sentences SumBasic picks; ``terms`` as sumy's content words."""
    n = len(terms)
    count = min(count, n)
    if count <= 0:
        return []
    vocab: dict[str, int] = {}
    for row in terms:
        for term in row:
            vocab.setdefault(term, len(vocab))
    lengths = np.array([len(t) for t in terms], dtype=np.int64)
    width = int(lengths.max()) if n else 0
    if width == 0:
        return list(range(count))
    # positions[i, j] = vocabulary index of sentence i's j-th content word (-1 past its end)
    positions = np.full((n, width), -1, dtype=np.int64)
    for i, row in enumerate(terms):
        positions[i, : len(row)] = [vocab[t] for t in row]
    totals = np.bincount(positions[positions >= 0], minlength=len(vocab)).astype(float)
    freq = totals / float(totals.sum())
    remaining = np.ones(n, dtype=bool)
    chosen: list[int] = []
    for _ in range(count):
        sums = np.zeros(n)
        for j in range(width):
            column = positions[:, j]
            live = column >= 0
            sums[live] = sums[live] + freq[column[live]]
        avg = np.zeros(n)
        np.divide(sums, lengths, out=avg, where=lengths > 0)
        avg[~remaining] = -np.inf
        best = int(np.argmax(avg))  # first maximum, as sumy's strict ``>`` scan
        chosen.append(best)
        remaining[best] = False
        for term in terms[best]:
            k = vocab[term]
            freq[k] = freq[k] * freq[k]
    return sorted(chosen)
