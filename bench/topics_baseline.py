"""The issue-10 baseline on the clustering dev suite: plain scikit-learn TF-IDF + agglomerative clustering.

Each article is its English title and body as one text; ``TfidfVectorizer(sublinear_tf=True,
stop_words="english")`` fitted on the set itself; agglomerative clustering on cosine distance
(SciPy's ``linkage``, average or complete, the same as scikit-learn's ``AgglomerativeClustering``
with ``metric="cosine"``) cut at a distance threshold. No dates, no window. It builds the dense
``n × n`` distance matrix (UCI: 6,366 headlines, about 160 MB), which is fine for a benchmark.

The grid (linkage × threshold) is scored on every set and reported twice by ``eval_topics``'s
:func:`~eval_topics.cross_validate`: tuned on the set itself (in-sample: how the issue quotes the
baseline, ECB+ 0.86 and UCI 0.70) and leave-one-fold-out (tuned on the other folds, as the
product's defaults are judged). Compare with ``eval_topics.py --cv``.

Usage: ``python bench/topics_baseline.py [--sets a,b] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Mapping

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_topics import cross_validate, print_cv, set_names  # noqa: E402
from topic_sets import LOADERS, EvalSet, pair_scores  # noqa: E402

GRID: dict[str, tuple[Any, ...]] = {
    "linkage": ("average", "complete"),
    "threshold": tuple(round(0.50 + 0.02 * i, 2) for i in range(25)),  # 0.50 .. 0.98
}


def article_text(article: Any) -> str:
    lines = [article.title_en or ""] + [s.en for s in article.segments if s.en]
    return "\n".join(line for line in lines if line)


class Baseline:
    """TF-IDF vectors of one set and their agglomerative trees (one per linkage, built on first use)."""

    def __init__(self, data: EvalSet) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.data = data
        self.ordered = sorted(data.articles, key=lambda a: a.id)
        self.matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
            [article_text(a) for a in self.ordered]
        )
        self._trees: dict[str, Any] = {}

    def tree(self, linkage: str) -> Any:
        from scipy.cluster.hierarchy import linkage as scipy_linkage
        from sklearn.metrics.pairwise import cosine_distances

        if linkage not in self._trees:
            d = cosine_distances(self.matrix)
            np.fill_diagonal(d, 0.0)
            n = d.shape[0]
            condensed = d[np.triu_indices(n, k=1)].clip(0.0, None)
            del d
            self._trees[linkage] = scipy_linkage(condensed, method=linkage)
        return self._trees[linkage]

    def scores(self, point: Mapping[str, Any]) -> dict[str, float]:
        from scipy.cluster.hierarchy import fcluster

        labels = fcluster(self.tree(point["linkage"]), t=point["threshold"], criterion="distance")
        predicted = {a.id: int(k) for a, k in zip(self.ordered, labels)}
        return pair_scores(predicted, self.data.gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="scikit-learn TF-IDF + agglomerative baseline on the clustering dev suite")
    parser.add_argument("--sets", default=",".join(LOADERS), help=f"comma-separated sets (default: {','.join(LOADERS)})")
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    args = parser.parse_args(argv)
    names = set_names(parser, args.sets)
    t0 = time.perf_counter()
    baselines = {n: Baseline(LOADERS[n]()) for n in names}
    cv = cross_validate(baselines, GRID, lambda b, point: float(b.scores(point)["f1"]))
    print("baseline: sklearn TF-IDF (sublinear tf, English stop words) + agglomerative on cosine distance")
    print_cv(cv, names)
    if args.json:
        args.json.write_text(json.dumps(cv, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\n{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
