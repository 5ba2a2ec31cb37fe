"""KL-Sum (Haghighi & Vanderwende 2009) exactly as sumy's ``KLSummarizer`` rates sentences, vectorised.

sumy greedily moves, one per pass, the sentence whose addition gives the lowest KL divergence
between the document's word distribution and the summary's, until every sentence has moved
(O(n²·words) in Python: 21 s for 200 sentences). Only the first ``count`` moves decide the
selection, so we run ``count`` passes, each one matrix operation over all remaining sentences.
sumy's quirks are kept so selections match: document words are stop-filtered before
lower-casing, candidate words after; the summary side of the joint distribution uses the chosen
sentences' raw words (case kept, stop words included); no stemming.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .matrices import count_matrix
from .ranking import first_extreme


def kl_select(words: Sequence[Sequence[str]], count: int, stop_words: frozenset[str]) -> list[int]:
    """Indices (document order) of the first ``count`` sentences KL-Sum would move into the summary."""
    n = len(words)
    count = min(count, n)
    if count <= 0:
        return []
    doc_terms = [w.lower() for ws in words for w in ws if w not in stop_words]
    if not doc_terms:
        return list(range(count))
    doc_counts, vocab = count_matrix([doc_terms])
    p = doc_counts.toarray().ravel() / len(doc_terms)
    log_p = np.log(p)
    content = [[w.lower() for w in ws if w.lower() not in stop_words] for ws in words]
    cand, _ = count_matrix(content, vocab)
    cand = cand.toarray()
    cand_len = np.array([len(c) for c in content], dtype=float)
    summary = np.zeros(len(vocab))
    summary_len = 0.0
    remaining = np.ones(n, dtype=bool)
    chosen: list[int] = []
    for _ in range(count):
        idx = np.flatnonzero(remaining)
        joint = cand[idx] + summary[None, :]
        total = cand_len[idx] + summary_len
        present = joint > 0
        with np.errstate(divide="ignore", invalid="ignore"):
            terms = p[None, :] * (log_p[None, :] - np.log(joint) + np.log(total)[:, None])
        kl = np.where(present, terms, 0.0).sum(axis=1)
        kl[total == 0] = 0.0
        best = int(idx[first_extreme(kl, largest=False)])
        chosen.append(best)
        remaining[best] = False
        raw, _ = count_matrix([list(words[best])], vocab)
        summary += raw.toarray().ravel()
        summary_len += len(words[best])
    return sorted(chosen)
