"""The general-English idf background against the FLORES-only one it replaced (shipped 2026-12-01).

Until 2026-12-01 the topic idf (``topic_vectors.IdfModel``) pooled tonight's document counts with a
background of 281 FLORES-200 devtest articles. On a big night tonight's counts decided: the words of a
story reported hundreds of times (a product launch, a bankruptcy) got a low idf, and 281 short
documents cannot tell a rare word from an everyday one they happen to miss.

This experiment (now the product: ``bench/build_background_idf.py`` builds the bundled table from
the code here) adds a general-English table and changes the formula:

- **background**: the FLORES table plus :data:`WORDFREQ_DOCS` pseudo-documents of
  :data:`WORDFREQ_DOC_LENGTH` words from the ``wordfreq`` package's ``large`` English word frequencies
  (Wikipedia, subtitles, news, books, web text, Twitter, Reddit; data CC BY-SA 4.0). A term (the summed
  frequency ``f`` of the words that stem to it, through the topic analyzer) is in
  ``WORDFREQ_DOCS * (1 - exp(-f * WORDFREQ_DOC_LENGTH))`` of them, rounded (terms under one are left out);
- **idf**: ``ln((1 + N_bg) / (1 + df_bg(t))) + w * ln((1 + N) / (1 + df(t))) + 1``: rare in English
  *and* rare tonight weighs most; ``w`` (the weight of tonight's part) is a point of the grid.

Everything else is the product's path (``topics.prepare``, ``topics.topic_groups``); the report is the
leave-one-fold-out cross-validation of ``eval_topics.py --cv`` over ``eval_topics.GRID`` for the product
as shipped (since 2026-12-01 the bundled general table, its rarest terms left out), and over ``GRID`` x
``w`` for the full table. Measured before shipping (docs/benchmarks.md, "Topics: the clustering dev
suite"): held out, NTREX, ECB+, ECB+ leads and UCI gain (UCI 0.679 -> 0.773) but ECB+ headlines lose
(0.668 -> 0.665), and no grid point keeps ECB+ headlines and leads at their old floors; shipped at
w = 1, title weight 1.5, threshold 0.70 because the issue's target sets gain.

Usage: ``python bench/topics_background.py [--weights 1,1.5,2] [--json FILE]`` (needs ``wordfreq``, in
the ``eval`` extra and the lock; about five minutes here).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path
from typing import Any, Iterator, Mapping

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_topics import GRID, Clusterer, cross_validate, fold_means, print_cv  # noqa: E402
from topic_sets import FOLDS, LOADERS, pair_scores  # noqa: E402

from translate_summarize.settings import Settings  # noqa: E402

from build_background_idf import WORDFREQ_DOC_LENGTH, WORDFREQ_DOCS, general_df, pseudo_df  # noqa: E402,F401


def general_background(frequencies: Mapping[str, float] | None = None) -> Any:
    """The FLORES articles plus the wordfreq pseudo-documents, every term kept (``frequencies``: word ->
    frequency; default the wordfreq ``large`` English list). The bundled table is this with the
    terms under ``build_background_idf.MIN_DF`` left out."""
    from translate_summarize.topic_vectors import Background

    n_docs, df = general_df(frequencies=frequencies)
    return Background(n_docs=n_docs, df=df)


@contextlib.contextmanager
def general_idf(background: Any, weight: float) -> Iterator[None]:
    """Within the block, topic vectors use ``background`` and the product's idf
    (``topic_vectors.IdfModel.idf``) with ``weight`` as the weight of tonight's part."""
    import translate_summarize.topic_vectors as tv

    saved_background, saved_weight = tv.load_background, tv.TONIGHT_IDF_WEIGHT
    tv.load_background = lambda: background  # type: ignore[assignment]
    tv.TONIGHT_IDF_WEIGHT = weight
    try:
        yield
    finally:
        tv.load_background = saved_background  # type: ignore[assignment]
        tv.TONIGHT_IDF_WEIGHT = saved_weight


class GeneralClusterer(Clusterer):
    """``eval_topics.Clusterer`` whose vectors use the general background with the point's ``w``."""

    def __init__(self, data: Any, background: Any) -> None:
        super().__init__(data)
        self.background = background
        self._built: dict[tuple[Any, ...], Any] = {}

    def scores_at(self, weight: float, settings: Settings) -> dict[str, float]:
        from translate_summarize.summarizers.text import english_stemmer
        from translate_summarize.topics import prepare, topic_groups

        key = (weight, settings.topic_title_weight, settings.topic_name_weight, settings.topic_short_terms)
        if key not in self._built:
            self._stem = self._stem or english_stemmer()
            with general_idf(self.background, weight):
                self._built[key] = [*prepare(self.ordered, settings, self.data.run_date, self._stem), None]
        entry = self._built[key]
        ok, dates, vectors, graph = entry
        _, entry[3], groups = topic_groups(ok, dates, vectors, settings, graph)
        predicted = {ok[r].id: k for k, g in enumerate(groups) for r in g}
        s = pair_scores(predicted, self.data.gold)
        s["clusters"] = len(groups)
        return s


def _best_all_folds(cv: Mapping[str, Any], names: list[str]) -> int:
    folds = [[n for n in members if n in names] for members in FOLDS.values()]
    mean = fold_means(cv["f1"], [f for f in folds if f], len(cv["points"]))
    return max(range(len(mean)), key=lambda k: (mean[k], -k))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--weights", default="1,1.5,2", help="comma-separated w, the weight of tonight's idf part")
    parser.add_argument("--json", type=Path, help="write both cross-validations to this JSON file")
    args = parser.parse_args(argv)
    weights = tuple(float(w) for w in args.weights.split(","))
    names = list(LOADERS)
    base = Settings()
    shipped = {n: Clusterer(LOADERS[n]()) for n in names}
    print("the product as shipped (eval_topics.GRID):", file=sys.stderr, flush=True)
    before = cross_validate(shipped, GRID)
    background = general_background()
    general = {n: GeneralClusterer(c.data, background) for n, c in shipped.items()}
    grid = {**GRID, "idf_tonight_weight": weights}

    def score(c: GeneralClusterer, point: Mapping[str, Any]) -> float:
        settings = base.replace(**{k: v for k, v in point.items() if k != "idf_tonight_weight"})
        return float(c.scores_at(point["idf_tonight_weight"], settings)["f1"])

    print(f"general-English background ({len(background.df):,} terms, {background.n_docs:,} documents), "
          f"GRID x w {weights}:", file=sys.stderr, flush=True)
    after = cross_validate(general, grid, score)
    print("leave-one-fold-out, the product as shipped:")
    print_cv(before, names)
    print(f"\nleave-one-fold-out, general-English background, w in {weights}:")
    print_cv(after, names)
    k_before, k_after = _best_all_folds(before, names), _best_all_folds(after, names)
    print("\nper set: F1 at the best mean over all folds (in-sample: how defaults are chosen) and held out")
    print(f"    {'set':<10} {'shipped best':>12} {'general best':>12} {'shipped held-out':>16} {'general held-out':>16}")
    for n in names:
        print(f"    {n:<10} {before['f1'][n][k_before]:12.3f} {after['f1'][n][k_after]:12.3f} "
              f"{before['held_out'][n]['f1']:16.3f} {after['held_out'][n]['f1']:16.3f}")
    point = after["points"][k_after]
    print("    general best point: " + ", ".join(f"{k}={v}" for k, v in point.items()))
    if args.json:
        args.json.write_text(json.dumps({"shipped": before, "general": after}, indent=1, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
