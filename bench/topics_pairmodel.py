"""Experiment (not shipped): a learned pair similarity for story clustering (issue 10, fifth pass).

Today two articles' similarity is one cosine over a weighted TF-IDF vector (title, body and names
sub-vectors), cut at one threshold. Held out, NTREX gets 0.839: the other folds choose title weight
1.0 / threshold 0.70, where two NTREX articles join the wrong story (docs/benchmarks.md, "NTREX held
out"). Here the similarity is learned instead: for every candidate pair several similarities are
measured, a logistic regression fitted on the *training* sets' gold pairs (same story or not) turns
them into a probability ``p``, and the articles are clustered by average linkage on ``p``.

Candidate pairs: every pair within the window whose product similarity (the clustering vector at the
shipped defaults) is at least :data:`MIN_SIM` (``clustering._cluster_graph`` over the article rows:
the exact pair list, not the product's k-nearest search, so that large stories are not split by
missing pairs: an upper bound on what a scalable version could give). A pair not in the list counts
as ``p = 0``.

Pair features (:data:`FEATURES`): ``combined`` the product's clustering similarity at the shipped
defaults (short-text scaling included); ``body``, ``title``, ``names``, ``numbers`` the cosines of
each part vectorised on its own by ``topic_vectors.vectorize_terms`` (sublinear tf, idf over that part
of tonight's articles plus the background; an article without the part has a zero row, cosine 0;
``numbers`` are the title and body terms made of digits); ``short`` the smaller of the two articles'
short-text factors ``h`` (``topic_vectors.short_scale`` at the shipped ``short_terms``, 1 for full
articles); ``length_ratio`` fewer over more distinct terms; ``both_titled`` 1 when both have a title.

Variants (:data:`VARIANTS`, fixed before the first held-out score): ``linear`` (the features above)
and ``short_interactions`` (the same plus ``combined``, ``body``, ``title`` and ``names`` times
``short``, so that a headline pair can weigh its cosines otherwise than a full-article pair).
Model: features standardised, scikit-learn ``LogisticRegression`` (L2, ``C`` = :data:`C_REG`,
lbfgs), pair weights such that every training fold counts once (``eval_topics.FOLDS``: the three
ECB+ cuts are one fold, each of them a third), every set's pairs equally within it, mean weight 1.

Protocol (as ``eval_topics.py --cv``): for every fold held out, both variants are fitted on the
other folds' pairs, each clusters every training set at every cut of :data:`CUTS` (average linkage
on ``p``, ``clustering.reciprocal_merge``, window as the product), and the (variant, cut) with the
best mean training F1 (``eval_topics.fold_means``; ties: the first variant, the lower cut) is scored
once on the held-out set. Also reported: each variant on its own (only the cut chosen), and the fit
on every fold (in-sample, not a result). ``--cv-stories K``: the story folds of ``eval_topics.py
--cv-stories`` (the model fitted on the training stories' pairs of every set, the cut and variant
chosen on training-pair F1, test pairs pooled).

Usage: ``python bench/topics_pairmodel.py [--sets a,b] [--cv-stories [K]] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_topics import fold_means, fold_pair_counts, set_folds, set_names, story_folds  # noqa: E402
from topic_sets import LOADERS, EvalSet, pair_scores, prf  # noqa: E402

from translate_summarize.settings import Settings  # noqa: E402

MIN_SIM = 0.02
"""Candidate pairs: product similarity at least this (the product's ``neighbour_graph`` floor)."""
PARTS = ("body", "title", "names", "numbers")
FEATURES = ("combined", *PARTS, "short", "length_ratio", "both_titled")
VARIANTS: dict[str, tuple[str, ...]] = {
    "linear": FEATURES,
    "short_interactions": FEATURES + ("combined*short", "body*short", "title*short", "names*short"),
}
CUTS = tuple(round(0.10 + 0.05 * i, 2) for i in range(17))  # 0.10 .. 0.90
"""Average-linkage cuts on ``p`` tried (the smallest average ``p`` at which two clusters merge)."""
C_REG = 1.0


def part_terms(analysed: Any, part: str) -> dict[str, int]:
    """One part of an article's ``ArticleTerms``; ``numbers``: its title and body terms made of digits."""
    if part != "numbers":
        return dict(getattr(analysed, part))
    out: dict[str, int] = {}
    for counts in (analysed.title, analysed.body):
        for term, n in counts.items():
            if term.isdigit():
                out[term] = out.get(term, 0) + n
    return out


def part_rows(analysed: Sequence[Any], part: str) -> Any:
    """Unit TF-IDF rows of one part, vectorised on its own by ``topic_vectors.vectorize_terms`` (the
    part as the body, no title: ``matrix`` is then ``unit(body)``; an empty part is a zero row)."""
    from translate_summarize.topic_vectors import ArticleTerms, FeatureWeights, vectorize_terms

    rows = (ArticleTerms({}, part_terms(a, part), {}) for a in analysed)
    return vectorize_terms(rows, FeatureWeights(title_weight=0.0)).matrix


class PairSet:
    """One labelled set as the product sees it at the shipped defaults, with its candidate pairs,
    their features and gold labels."""

    def __init__(self, data: EvalSet, settings: Settings | None = None) -> None:
        from translate_summarize.clustering import _cluster_graph, _pair_dots
        from translate_summarize.summarizers.text import english_stemmer
        from translate_summarize.topic_vectors import article_terms, short_scale
        from translate_summarize.topics import day_ordinals, feature_weights, prepare

        self.data = data
        self.settings = settings or Settings()
        stem = english_stemmer()
        ok, dates, vectors = prepare(sorted(data.articles, key=lambda a: a.id), self.settings, data.run_date, stem)
        self.ids = [a.id for a in ok]
        self.days = day_ordinals(dates)
        n = len(ok)
        analysed = [article_terms(a.title_en, [s.en for s in a.segments if s.en], stem) for a in ok]
        graph = _cluster_graph(vectors.cluster.tocsr(), np.ones(n), self.days, self.days, cut=MIN_SIM,
                               window_days=self.settings.topic_window_days, block_rows=512)
        a, b = graph.a, graph.b
        self.a, self.b = a, b
        cols: dict[str, np.ndarray] = {"combined": graph.w}
        for part in PARTS:
            cols[part] = _pair_dots(part_rows(analysed, part), a, b)
        h = short_scale(vectors.n_terms, feature_weights(self.settings))
        cols["short"] = np.minimum(h[a], h[b])
        terms = np.asarray(vectors.n_terms, dtype=np.float64)
        low, high = np.minimum(terms[a], terms[b]), np.maximum(terms[a], terms[b])
        cols["length_ratio"] = np.where(high > 0, low / np.where(high > 0, high, 1.0), 0.0)
        titled = np.array([bool(t.title) for t in analysed])
        cols["both_titled"] = (titled[a] & titled[b]).astype(np.float64)
        self.columns = cols
        story = {s: k for k, s in enumerate(sorted(set(data.gold.values()), key=str))}
        label = np.array([story[data.gold[i]] for i in self.ids])
        self.label = label
        self.y = label[a] == label[b]

    def features(self, names: Sequence[str], rows: np.ndarray | None = None) -> np.ndarray:
        """The pairs' features (columns in ``names`` order; ``x*y`` a product), all pairs or ``rows``."""
        out = []
        for name in names:
            value = np.ones(self.a.size)
            for factor in name.split("*"):
                value = value * self.columns[factor]
            out.append(value if rows is None else value[rows])
        return np.column_stack(out)

    def groups(self, p: np.ndarray, cut: float) -> dict[str, int]:
        """Article id -> cluster: average linkage on the pairs' ``p`` (missing pairs 0) cut at ``cut``."""
        from translate_summarize.clustering import Graph, reciprocal_merge

        n = len(self.ids)
        label = reciprocal_merge(Graph(n, self.a, self.b, p), np.ones(n), self.days, self.days, cut=cut,
                                 window_days=self.settings.topic_window_days)
        return dict(zip(self.ids, label.tolist()))


class PairModel:
    """Standardised features -> logistic regression -> ``p`` (same story)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        self.mean: np.ndarray | None = None
        self.scale: np.ndarray | None = None
        self.model: Any = None

    def fit(self, X: np.ndarray, y: np.ndarray, w: np.ndarray) -> PairModel:
        from sklearn.linear_model import LogisticRegression

        w = w / w.mean()
        self.mean = np.average(X, axis=0, weights=w)
        sd = np.sqrt(np.average((X - self.mean) ** 2, axis=0, weights=w))
        self.scale = np.where(sd > 0, sd, 1.0)
        self.model = LogisticRegression(C=C_REG, max_iter=2000).fit((X - self.mean) / self.scale, y, sample_weight=w)
        return self

    def p(self, X: np.ndarray) -> np.ndarray:
        return self.model.predict_proba((X - self.mean) / self.scale)[:, 1]

    def coefficients(self) -> dict[str, float]:
        """Per feature, the weight of one standard deviation (and the intercept)."""
        out = dict(zip(self.names, (round(float(c), 3) for c in self.model.coef_[0])))
        out["intercept"] = round(float(self.model.intercept_[0]), 3)
        return out


def training_weights(sizes: Mapping[str, int], groups: Sequence[Sequence[str]]) -> dict[str, float]:
    """Per training set, the weight of one of its pairs: every group (fold) counts once, its sets
    equally within it, a set's pairs equally (``sizes``: pairs per set; sets without pairs get 0)."""
    out: dict[str, float] = {}
    for members in groups:
        for name in members:
            out[name] = 1.0 / len(groups) / len(members) / sizes[name] if sizes[name] else 0.0
    return out


def fit(sets: Mapping[str, PairSet], groups: Sequence[Sequence[str]], variant: str,
        rows: Mapping[str, np.ndarray] | None = None) -> PairModel:
    """A model fitted on the pairs of the sets in ``groups`` (``rows``: per set, the pairs to use)."""
    names = VARIANTS[variant]
    train = [n for members in groups for n in members]
    take = {n: rows[n] if rows is not None else np.arange(sets[n].a.size) for n in train}
    weight = training_weights({n: take[n].size for n in train}, groups)
    X = np.vstack([sets[n].features(names, take[n]) for n in train])
    y = np.concatenate([sets[n].y[take[n]] for n in train])
    w = np.concatenate([np.full(take[n].size, weight[n]) for n in train])
    return PairModel(names).fit(X, y, w)


def f1_table(model: PairModel, sets: Mapping[str, PairSet], names: Sequence[str]) -> dict[str, list[float]]:
    """Per set of ``names``, its pair F1 at every cut of :data:`CUTS` with ``model``'s ``p``."""
    out: dict[str, list[float]] = {}
    for name in names:
        s = sets[name]
        p = model.p(s.features(model.names))
        out[name] = [float(pair_scores(s.groups(p, cut), s.data.gold)["f1"]) for cut in CUTS]
    return out


def choose(tables: Mapping[str, Mapping[str, Sequence[float]]], groups: Sequence[Sequence[str]]) -> tuple[str, int, float]:
    """The (variant, cut index) with the best mean F1 over ``groups`` (each group once); ties: the
    first variant of ``tables``, then the lower cut. Returns it with its mean."""
    best: tuple[str, int, float] | None = None
    for variant, table in tables.items():
        mean = fold_means(table, groups, len(CUTS))
        for k, value in enumerate(mean):
            if best is None or value > best[2]:
                best = (variant, k, value)
    assert best is not None
    return best


def leave_one_fold_out(sets: Mapping[str, PairSet], variants: Sequence[str]) -> dict[str, Any]:
    """Per held-out fold: models fitted and (variant, cut) chosen on the other folds, scored once on
    the held-out sets; per variant alone likewise; and the fit on every fold (in-sample)."""
    folds = set_folds(list(sets))
    out: dict[str, Any] = {"held_out": {}, "per_variant": {v: {} for v in variants}, "coefficients": {}}
    for fold, held in folds.items():
        train_groups = [m for f, m in folds.items() if f != fold]
        if not train_groups:
            continue
        train = [n for m in train_groups for n in m]
        models = {v: fit(sets, train_groups, v) for v in variants}
        tables = {v: f1_table(models[v], sets, train) for v in variants}
        variant, k, mean = choose(tables, train_groups)
        for v in variants:
            out["coefficients"][f"without {fold}: {v}"] = models[v].coefficients()
        held_tables = {v: f1_table(models[v], sets, held) for v in variants}
        for name in held:
            out["held_out"][name] = {"variant": variant, "cut": CUTS[k], "train_f1": mean,
                                     "f1": held_tables[variant][name][k], "trained_on": train}
            for v in variants:
                _, kv, mv = choose({v: tables[v]}, train_groups)
                out["per_variant"][v][name] = {"cut": CUTS[kv], "train_f1": mv, "f1": held_tables[v][name][kv]}
        print(f"    ... held out {fold}: {variant}, cut {CUTS[k]} (training F1 {mean:.3f})", file=sys.stderr, flush=True)
    groups = list(folds.values())
    models = {v: fit(sets, groups, v) for v in variants}
    tables = {v: f1_table(models[v], sets, list(sets)) for v in variants}
    variant, k, mean = choose(tables, groups)
    out["all_folds"] = {"variant": variant, "cut": CUTS[k], "mean_f1": mean,
                        "f1": {n: tables[variant][n][k] for n in sets}}
    for v in variants:
        out["coefficients"][f"all folds: {v}"] = models[v].coefficients()
    return out


def story_fold_cv(sets: Mapping[str, PairSet], variants: Sequence[str], k: int) -> dict[str, Any]:
    """``eval_topics.py --cv-stories`` with the model fitted per story fold on its training pairs."""
    names = list(sets)
    groups = list(set_folds(names).values())
    fold_of = {n: story_folds(sets[n].data.gold, k) for n in names}
    n_folds = max(max(f.values()) + 1 for f in fold_of.values())
    pooled = {n: {"tp": 0.0, "fp": 0.0, "fn": 0.0} for n in names}
    chosen = []
    for f in range(n_folds):
        rows = {}
        for n in names:
            s = sets[n]
            in_fold = np.array([fold_of[n][s.data.gold[i]] == f for i in s.ids])
            rows[n] = np.flatnonzero(~in_fold[s.a] & ~in_fold[s.b])
        best: tuple[float, str, int] | None = None
        counts: dict[tuple[str, int, str], dict[str, Any]] = {}
        for v in variants:
            model = fit(sets, groups, v, rows)
            train: dict[str, list[float]] = {n: [] for n in names}
            for n in names:
                s = sets[n]
                p = model.p(s.features(model.names))
                for j, cut in enumerate(CUTS):
                    c = fold_pair_counts(s.groups(p, cut), s.data.gold, fold_of[n], f)
                    counts[(v, j, n)] = c
                    train[n].append(prf(**c["train"])["f1"])
            mean = fold_means(train, groups, len(CUTS))
            for j, value in enumerate(mean):
                if best is None or value > best[0]:
                    best = (value, v, j)
        assert best is not None
        value, v, j = best
        chosen.append({"variant": v, "cut": CUTS[j], "train_f1": value})
        print(f"    ... story fold {f + 1}: {v}, cut {CUTS[j]} (training-pair F1 {value:.3f})", file=sys.stderr, flush=True)
        for n in names:
            test = counts[(v, j, n)]
            for c in pooled[n]:
                pooled[n][c] += test["within"][c] + 0.5 * test["cross"][c]
    return {"k": k, "folds": chosen, "held_out": {n: prf(**pooled[n]) for n in names}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Learned pair similarity, leave-one-set-out (experiment).")
    parser.add_argument("--sets", default=",".join(LOADERS))
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--cv-stories", type=int, nargs="?", const=5, metavar="K")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    names = set_names(parser, args.sets)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        parser.error(f"unknown variant(s): {', '.join(unknown)} (known: {', '.join(VARIANTS)})")
    t0 = time.perf_counter()
    sets = {n: PairSet(LOADERS[n]()) for n in names}
    for n, s in sets.items():
        print(f"    {n:<10} {len(s.ids):6d} articles, {s.a.size:8d} candidate pairs ({int(s.y.sum())} same-story)")
    cv = leave_one_fold_out(sets, variants)
    report: dict[str, Any] = {"cv": cv}
    print(f"\nleave one fold out (variants {', '.join(variants)}; cuts {CUTS[0]}..{CUTS[-1]})")
    print(f"    {'set':<10} {'held-out F1':>11}  choice   " + "  ".join(f"{v + ' alone':>24}" for v in variants)
          + f"  {'all folds (in-sample)':>21}")
    for n in names:
        h = cv["held_out"].get(n)
        alone = "  ".join(
            f"{cv['per_variant'][v][n]['f1']:11.3f} (cut {cv['per_variant'][v][n]['cut']:.2f})" if n in cv["per_variant"][v]
            else f"{'-':>24}" for v in variants)
        head = f"{h['f1']:11.3f}  {h['variant']}, cut {h['cut']:.2f}" if h else f"{'-':>11}"
        print(f"    {n:<10} {head}   {alone}  {cv['all_folds']['f1'][n]:21.3f}")
    a = cv["all_folds"]
    print(f"    all folds (in-sample, not a result): {a['variant']}, cut {a['cut']:.2f}, mean F1 {a['mean_f1']:.3f}")
    print("coefficients (per standard deviation):")
    for key, coef in cv["coefficients"].items():
        print(f"    {key}: " + ", ".join(f"{k} {v:+.3f}" for k, v in coef.items()))
    if args.cv_stories is not None:
        story = story_fold_cv(sets, variants, args.cv_stories)
        report["cv_stories"] = story
        print(f"\nstory folds ({args.cv_stories})")
        for f, c in enumerate(story["folds"]):
            print(f"    fold {f + 1}: {c['variant']}, cut {c['cut']:.2f} (training-pair F1 {c['train_f1']:.3f})")
        for n, s in story["held_out"].items():
            print(f"    {n:<10} P {s['precision']:.3f} / R {s['recall']:.3f} / F1 {s['f1']:.3f}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, sort_keys=True, default=float) + "\n", encoding="utf-8")
    print(f"\n{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
