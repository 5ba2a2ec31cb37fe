"""The default per-article method: a linear sentence scorer fitted to editors' picks.

Each body sentence gets the features of :mod:`features`; its score is their weighted sum with the
weights in ``translate_summarize/data/summary_model.json``, and the ``count`` best sentences are
taken in document order. The weights file is written by ``bench/fit_summary_model.py``, which
chooses the model (and the data it is fitted on) by cross-validation across document sets and
records the held-out figures next to the weights; nothing here is tuned by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np

from .features import NAMES, sentence_features

MODEL_FILE = "summary_model.json"


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Feature names (a subset of :data:`features.NAMES`) and one weight per feature."""

    features: tuple[str, ...]
    weights: tuple[float, ...]

    def __post_init__(self) -> None:
        unknown = [f for f in self.features if f not in NAMES]
        if unknown:
            raise ValueError(f"summary model: unknown feature(s) {', '.join(unknown)}; known: {', '.join(NAMES)}")
        if len(self.features) != len(self.weights):
            raise ValueError(f"summary model: {len(self.features)} features but {len(self.weights)} weights")

    @property
    def columns(self) -> list[int]:
        """Column of each feature in the full feature matrix."""
        return [NAMES.index(f) for f in self.features]

    @property
    def uses_centrality(self) -> bool:
        return any(w != 0.0 for f, w in zip(self.features, self.weights) if f == "centrality")

    def scores(self, features: np.ndarray) -> np.ndarray:
        """Score of each row of a full feature matrix."""
        return features[:, self.columns] @ np.asarray(self.weights, dtype=float)

    @classmethod
    def from_record(cls, record: dict) -> LinearModel:
        return cls(tuple(record["features"]), tuple(float(w) for w in record["weights"]))

    def to_record(self) -> dict:
        return {"features": list(self.features), "weights": list(self.weights)}


@lru_cache(maxsize=1)
def shipped_model() -> LinearModel:
    """The model in the package's ``data/summary_model.json`` (read once per process)."""
    text = resources.files("translate_summarize").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return LinearModel.from_record(json.loads(text))


def supervised_scores(
    texts: Sequence[str],
    terms: Sequence[Sequence[str]],
    title_terms: Sequence[str],
    model: LinearModel | None = None,
) -> np.ndarray:
    """Scores of the body sentences ``texts`` (with their prepared ``terms``) under ``model`` (default: shipped)."""
    model = model or shipped_model()
    if not texts:
        return np.zeros(0)
    centrality = None if model.uses_centrality else np.zeros(len(texts))  # LexRank only when it counts
    return model.scores(sentence_features(texts, terms, title_terms, centrality=centrality))
