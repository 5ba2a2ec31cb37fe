"""The ordering rule every sumy summarizer ends with, on index arrays instead of sentence objects."""

from __future__ import annotations

from typing import Sequence

import numpy as np


def best_indices(ratings: Sequence[float] | np.ndarray, count: int) -> list[int]:
    """Indices of the ``count`` best ratings, in document order.

    Same rule as sumy's ``AbstractSummarizer._get_best_sentences``: a stable sort by rating,
    descending (ties keep document order), the first ``count`` taken, then sorted by position.
    Ratings are compared to 12 significant digits, so sums that differ from sumy's only by
    summation order still tie.
    """
    values = _significant(np.asarray(ratings, dtype=float))
    order = np.argsort(-values, kind="stable")[: max(0, count)]
    return sorted(int(i) for i in order)


def first_extreme(values: np.ndarray, *, largest: bool, rel_tol: float = 1e-12) -> int:
    """Index of the first value within rounding error of the maximum (or minimum).

    sumy picks the first exact extreme in a Python loop; our vectorised sums can differ from its
    sums in the last bits, so values within ``rel_tol`` of the extreme count as tied.
    """
    target = values.max() if largest else values.min()
    slack = rel_tol * max(1.0, abs(float(target)))
    hits = values >= target - slack if largest else values <= target + slack
    return int(np.flatnonzero(hits)[0])


def _significant(values: np.ndarray, digits: int = 12) -> np.ndarray:
    """``values`` rounded to ``digits`` significant digits (zeros and non-finite values kept)."""
    out = values.copy()
    ok = np.isfinite(out) & (out != 0)
    if ok.any():
        magnitude = np.floor(np.log10(np.abs(out[ok])))
        scale = 10.0 ** (digits - 1 - magnitude)
        out[ok] = np.round(out[ok] * scale) / scale
    return out
