"""Story-clustering dev suite: pairwise P/R/F1 per labelled set, cross-validated tuning, pinned floors.

Sets (``bench/topic_sets.py``, built directly as translated English articles, so the figures do not
depend on extraction or translation): ``ntrex`` (NTREX-128 dev, 60 documents), ``ecbplus`` (982 ECB+
articles, 86 events), ``ecb_leads`` (the same ECB+ articles cut to title + two lead lines), ``uci``
(6,366 dated UCI headlines, 87 stories) and ``seeds`` (the five seeds' reference English; every pair
of ``gold.json`` story ids). Each set is clustered as one night (its ``run_date``) with the
product's own code path.

Gate (default): every set at the shipped ``Settings`` defaults; exit 1 when a pinned floor
(``bench/topics_floors.json``: pair F1 per set, seeds pair errors) is not met, naming it.

``--cv``: the tuning report. Every point of :data:`GRID` is scored on every set; then for each fold
(``ntrex``; ``ecb`` = ecbplus + ecb_leads, the same events; ``uci``; ``seeds``) the grid point with the
best mean F1 over the *other* folds' sets is chosen and reported on the held-out fold (leave-one-
fold-out; the training score of a point is the mean over the training folds of each fold's mean F1,
so every fold counts once), beside the best point tuned on the set itself (in-sample, an upper bound,
not a result). The line "best mean over all folds" is in-sample over everything: how the shipped
defaults are chosen, not a result. It measures a kind of news that none of the training sets resembles.

``--cv-stories K``: cross-validation over the stories within every set (K = 5 when given without a
value); it measures unseen *stories* of the kinds of news the sets hold, which is what a night brings.
Protocol, fixed before its first run:

- each set's gold stories, sorted by id, are dealt round-robin into min(K, stories) folds (the seeds'
  4 stories: leave one story out), so no story is in two folds and every article's fold is its story's;
- each grid point clusters every set once, as one night, exactly as the gate does (the clustering never
  sees a label); only the pair scoring is split. For fold k, a set's *test* pairs are its article pairs
  with at least one article in a fold-k story, its *training* pairs those with both articles in other
  folds' stories;
- for fold k the point with the best mean training-pair F1 over the sets is chosen (weighted as ``--cv``:
  every group of ``FOLDS`` counts once, the sets within a group equally; ties go to the first grid
  point), and every set's TP/FP/FN on its fold-k test pairs are counted at that point;
- the counts are pooled over the folds per set into held-out P/R/F1. A pair with its articles in folds
  j and k (never a same-story pair) is a test pair of both folds and counts half in each, so every pair
  counts once in the pool, and a point chosen by every fold scores exactly its in-sample figure.

``--choice``: the rule that picks a grid point from the training folds, in ``--cv`` (each held-out
fold and the all-fold line) and ``--cv-stories`` (each story fold) alike. ``mean`` (default): the best
mean over the training folds of each fold's F1 (a fold's F1: the mean of its sets', as above).
``minimax`` (minimax regret, pre-registered for issue 10's sixth NTREX pass): a training fold t's
regret at point g is its best F1 over the grid minus its F1 at g; the point with the smallest largest
regret is chosen (ties: the smaller mean regret, then the first point), so no training fold is traded
far below its own best for another's gain. The all-fold line then prints every set's in-sample
P/R/F1 at the chosen point against its floor.

The chosen point of every fold is printed, then the table: per set the leave-one-set-out held-out F1
(``--cv``), the story-fold held-out P/R/F1 and the defaults (in-sample).

Usage: ``python bench/eval_topics.py [--floors FILE] [--sets a,b] [--cv] [--cv-stories [K]] [--choice {mean,minimax}] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from array import array
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from topic_sets import FOLDS, LOADERS, EvalSet, pair_scores, prf  # noqa: E402

from translate_summarize.settings import Settings  # noqa: E402

FLOORS = ROOT / "bench" / "topics_floors.json"
GRID: dict[str, tuple[Any, ...]] = {
    "topic_title_weight": (1.5, 1.0),
    "topic_name_weight": (0.25, 0.5),
    "topic_short_terms": (0, 40),
    "topic_threshold": tuple(round(0.56 + 0.02 * i, 2) for i in range(16)),  # 0.56 .. 0.86
}
"""The tuned settings and the values tried (every combination)."""


FEATURE_SETTINGS = ("topic_title_weight", "topic_name_weight", "topic_short_terms")
"""Settings that change the article vectors (the rest only change the clustering of the same vectors)."""


class Clusterer:
    """The product's clustering on one set, with its vectors built once per feature-shaping setting."""

    def __init__(self, data: EvalSet) -> None:
        self.data = data
        self.ordered = sorted(data.articles, key=lambda a: a.id)
        self._vectors: dict[tuple[Any, ...], Any] = {}
        self._graphs: dict[tuple[Any, ...], Any] = {}
        self._stem: Any = None
        self._labels: dict[Settings, array] = {}

    def groups(self, settings: Settings) -> list[list[str]]:
        """Tonight's topics as ``build_topics`` forms them (``topics.prepare`` + ``topics.topic_groups``:
        clustering and joining window-split clusters; no story store), as lists of article ids."""
        from translate_summarize.summarizers.text import english_stemmer
        from translate_summarize.topics import prepare, topic_groups

        key = tuple(getattr(settings, f) for f in FEATURE_SETTINGS) + (settings.topic_undated,)
        if key not in self._vectors:
            self._stem = self._stem or english_stemmer()
            self._vectors[key] = prepare(self.ordered, settings, self.data.run_date, self._stem)
        ok, dates, vectors = self._vectors[key]
        graph_key = key + (settings.topic_window_days,)
        _, graph, groups = topic_groups(ok, dates, vectors, settings, self._graphs.get(graph_key))
        self._graphs[graph_key] = graph
        return [[ok[r].id for r in g] for g in groups]

    def predicted(self, settings: Settings) -> dict[str, int]:
        """Article id -> its topic's number at ``settings``; remembered (compactly) per settings, so
        ``--cv`` and ``--cv-stories`` cluster each set once per grid point."""
        if settings not in self._labels:
            index = {a.id: j for j, a in enumerate(self.ordered)}
            labels = array("i", [-1] * len(self.ordered))
            for k, g in enumerate(self.groups(settings)):
                for aid in g:
                    labels[index[aid]] = k
            self._labels[settings] = labels
        return {a.id: k for a, k in zip(self.ordered, self._labels[settings]) if k >= 0}

    def scores(self, settings: Settings) -> dict[str, float]:
        predicted = self.predicted(settings)
        s = pair_scores(predicted, self.data.gold)
        s["clusters"] = len(set(predicted.values()))
        return s


def grid_points(grid: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    names = list(grid)
    return [dict(zip(names, values)) for values in itertools.product(*(grid[n] for n in names))]


def cross_validate(
    clusterers: Mapping[str, Any], grid: Mapping[str, Sequence[Any]],
    score: Callable[[Any, Mapping[str, Any]], float] | None = None, choice: str = "mean",
) -> dict[str, Any]:
    """Scores of every grid point on every set, in-sample bests and leave-one-fold-out choices.

    ``score(clusterer, point)``: a set's pair F1 at a grid point (default: ``clusterer.scores`` at the
    shipped ``Settings`` with the point's settings replaced; experiments pass their own). ``choice``:
    the rule that picks a point from the training folds (:func:`choose`: ``mean`` or ``minimax``).
    """
    points = grid_points(grid)
    base = Settings()
    if score is None:
        def score(c: Any, point: Mapping[str, Any]) -> float:
            return float(c.scores(base.replace(**point))["f1"])
    table: dict[str, list[float]] = {name: [] for name in clusterers}
    for k, point in enumerate(points):
        if k % 16 == 0:
            print(f"    ... grid point {k + 1}/{len(points)}: {_point(point)}", file=sys.stderr, flush=True)
        for name, c in clusterers.items():
            table[name].append(score(c, point))
    out: dict[str, Any] = {"points": points, "f1": table, "in_sample": {}, "held_out": {}}
    for name, row in table.items():
        best = max(range(len(points)), key=lambda k: (row[k], -k))
        out["in_sample"][name] = {"point": points[best], "f1": row[best]}
    folds = set_folds(clusterers)
    for fold, held in folds.items():
        train_folds = [f for f in folds if f != fold]
        if not train_folds:
            continue
        best = choose(table, [folds[f] for f in train_folds], len(points), choice)
        train = [n for f in train_folds for n in folds[f]]
        for name in held:
            out["held_out"][name] = {"point": points[best], "f1": table[name][best], "trained_on": train}
    everything = fold_means(table, list(folds.values()), len(points))
    best = choose(table, list(folds.values()), len(points), choice)
    out["all_sets"] = {"point": points[best], "mean_f1": everything[best],
                       "max_regret": max(fold_regrets(table, list(folds.values()), len(points))[best]), "choice": choice}
    return out


def set_folds(names: Sequence[str] | Mapping[str, Any]) -> dict[str, list[str]]:
    """The groups of :data:`FOLDS` among ``names`` (a set no group lists is a group of its own)."""
    folds = {fold: [m for m in members if m in names] for fold, members in FOLDS.items()}
    folds = {fold: members for fold, members in folds.items() if members}
    listed = {n for members in folds.values() for n in members}
    folds.update({name: [name] for name in names if name not in listed})
    return folds


def story_folds(gold: Mapping[str, str], k: int) -> dict[str, int]:
    """Each gold story's fold: the story ids, sorted, dealt round-robin into ``min(k, stories)`` folds."""
    stories = sorted(set(gold.values()), key=str)
    n = min(k, len(stories))
    return {story: i % n for i, story in enumerate(stories)}


def fold_pair_counts(predicted: Mapping[str, object], gold: Mapping[str, str], fold_of: Mapping[str, int],
                     fold: int) -> dict[str, dict[str, float]]:
    """Pair counts (``tp``, ``fp``, ``fn``) of one story fold: ``train`` the pairs with both articles in
    other folds' stories, ``within`` both in the fold's stories, ``cross`` one of each (the fold's test
    pairs are ``within`` + ``cross``; a cross pair is never a same-story pair, so only ``fp`` can count)."""
    inside = {i: s for i, s in gold.items() if fold_of[s] == fold}
    outside = {i: s for i, s in gold.items() if fold_of[s] != fold}
    total, within, train = (pair_scores(predicted, g) for g in (gold, inside, outside))
    counts = ("tp", "fp", "fn")
    out = {"train": {c: train[c] for c in counts}, "within": {c: within[c] for c in counts}}
    out["cross"] = {c: total[c] - within[c] - train[c] for c in counts}
    return out


def story_cross_validate(
    clusterers: Mapping[str, Any], grid: Mapping[str, Sequence[Any]], k: int,
    predict: Callable[[Any, Mapping[str, Any]], Mapping[str, object]] | None = None, choice: str = "mean",
) -> dict[str, Any]:
    """Cross-validation over the stories within every set (the protocol of the module docstring).

    ``predict(clusterer, point)``: article id -> cluster at a grid point (default: ``clusterer.predicted``
    at the shipped ``Settings`` with the point's settings replaced); a clusterer needs ``data.gold``.
    ``choice``: the rule that picks each fold's point from the training-pair F1s (:func:`choose`).
    Returns the points, each set's story folds, per fold the chosen point, and per set the pooled
    held-out counts and P/R/F1.
    """
    points = grid_points(grid)
    base = Settings()
    if predict is None:
        def predict(c: Any, point: Mapping[str, Any]) -> Mapping[str, object]:
            return c.predicted(base.replace(**point))
    names = list(clusterers)
    fold_of = {name: story_folds(c.data.gold, k) for name, c in clusterers.items()}
    n_folds = max(max(f.values()) + 1 for f in fold_of.values())
    # counts[name][point][fold]: fold_pair_counts of that set at that point
    counts: dict[str, list[list[dict[str, dict[str, float]]]]] = {name: [] for name in names}
    for j, point in enumerate(points):
        if j % 16 == 0:
            print(f"    ... story folds, grid point {j + 1}/{len(points)}: {_point(point)}", file=sys.stderr, flush=True)
        for name, c in clusterers.items():
            predicted = predict(c, point)
            counts[name].append([fold_pair_counts(predicted, c.data.gold, fold_of[name], f) for f in range(n_folds)])
    groups = list(set_folds(names).values())
    pooled = {name: {"tp": 0.0, "fp": 0.0, "fn": 0.0} for name in names}
    chosen = []
    for f in range(n_folds):
        train = {name: [prf(**counts[name][j][f]["train"])["f1"] for j in range(len(points))] for name in names}
        mean = fold_means(train, groups, len(points))
        best = choose(train, groups, len(points), choice)
        chosen.append({"point": points[best], "train_f1": mean[best],
                       "max_regret": max(fold_regrets(train, groups, len(points))[best])})
        for name in names:
            test = counts[name][best][f]
            for c in pooled[name]:
                pooled[name][c] += test["within"][c] + 0.5 * test["cross"][c]
    held_out = {name: prf(**pooled[name]) for name in names}
    return {"points": points, "k": k, "story_folds": fold_of, "folds": chosen, "held_out": held_out}


def fold_means(table: Mapping[str, Sequence[float]], folds: Sequence[Sequence[str]], n_points: int) -> list[float]:
    """Per grid point, the mean over ``folds`` of each fold's mean F1: every fold counts once, so the
    three ECB+ cuts of the same 86 events do not outvote the other sets three to one."""
    return [sum(sum(table[n][k] for n in members) / len(members) for members in folds) / len(folds) for k in range(n_points)]


CHOICES = ("mean", "minimax")
"""The rules that choose a grid point from training folds (:func:`choose`)."""


def fold_regrets(table: Mapping[str, Sequence[float]], folds: Sequence[Sequence[str]], n_points: int) -> list[list[float]]:
    """Per grid point, each fold's regret: the fold's best F1 over the points minus its F1 at the point,
    a fold's F1 being the mean of its sets' F1 (the weighting of :func:`fold_means`)."""
    per_fold = [[sum(table[n][k] for n in members) / len(members) for k in range(n_points)] for members in folds]
    best = [max(row) for row in per_fold]
    return [[best[t] - per_fold[t][k] for t in range(len(folds))] for k in range(n_points)]


def choose(table: Mapping[str, Sequence[float]], folds: Sequence[Sequence[str]], n_points: int,
           choice: str = "mean") -> int:
    """The index of the grid point chosen from the training ``folds``.

    ``mean``: the best mean over the folds of each fold's F1 (:func:`fold_means`); ties to the first point.
    ``minimax`` (minimax regret): the point whose largest fold regret (:func:`fold_regrets`) is smallest,
    so that every training fold stays near its own best; ties go to the smaller mean regret, then to
    the first point.
    """
    if choice == "mean":
        mean = fold_means(table, folds, n_points)
        return max(range(n_points), key=lambda k: (mean[k], -k))
    if choice == "minimax":
        regrets = fold_regrets(table, folds, n_points)
        return min(range(n_points), key=lambda k: (max(regrets[k]), sum(regrets[k]) / len(regrets[k]), k))
    raise ValueError(f"unknown choice rule {choice!r} (known: {', '.join(CHOICES)})")


def _point(point: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in point.items())


def print_cv(cv: Mapping[str, Any], names: Sequence[str]) -> None:
    """The cross-validation table of :func:`cross_validate`: per set its in-sample best and held-out figure."""
    print(f"    {'set':<10} {'in-sample F1':>12}  {'held-out F1':>11}  held-out choice (tuned on the other folds)")
    for name in names:
        ins = cv["in_sample"][name]
        held = cv["held_out"].get(name)
        held_text = f"{held['f1']:11.3f}  {_point(held['point'])}" if held else f"{'-':>11}"
        print(f"    {name:<10} {ins['f1']:12.3f}  {held_text}   (in-sample best: {_point(ins['point'])})")
    a = cv["all_sets"]
    rule = "best mean F1" if a.get("choice", "mean") == "mean" else "minimax-regret choice"
    print(f"    {rule} over all folds (in-sample, not a result): mean F1 {a['mean_f1']:.3f}, "
          f"largest fold regret {a['max_regret']:.3f} at {_point(a['point'])}")


def print_story_cv(story_cv: Mapping[str, Any], cv: Mapping[str, Any] | None, defaults: Mapping[str, Any]) -> None:
    """The story-fold choices, then per set: leave-one-set-out held out, story-fold held out, defaults."""
    for f, chosen in enumerate(story_cv["folds"]):
        print(f"    story fold {f + 1}: {_point(chosen['point'])} (mean training-pair F1 {chosen['train_f1']:.3f}, "
              f"largest fold regret {chosen['max_regret']:.3f})")
    print(f"    {'set':<10} {'stories':>7} {'set CV F1':>9}  {'story-fold P / R / F1':>21}  defaults P / R / F1 (in-sample)")
    for name, s in story_cv["held_out"].items():
        held = cv["held_out"].get(name) if cv else None
        d = defaults[name]
        n = len(story_cv["story_folds"][name])
        print(f"    {name:<10} {n:7d} {format(held['f1'], '9.3f') if held else '-':>9}  "
              f"{s['precision']:5.3f} / {s['recall']:5.3f} / {s['f1']:5.3f}  "
              f"{d['precision']:5.3f} / {d['recall']:5.3f} / {d['f1']:5.3f}")


def set_names(parser: argparse.ArgumentParser, text: str) -> list[str]:
    """The comma-separated set names of ``--sets``; an unknown one is a usage error naming the known ones."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in LOADERS]
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)} (known: {', '.join(LOADERS)})")
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Story-clustering dev suite (pinned floors).")
    parser.add_argument("--floors", type=Path, default=FLOORS, help="JSON file of floors")
    parser.add_argument("--sets", default=",".join(LOADERS), help=f"comma-separated sets (default: {','.join(LOADERS)})")
    parser.add_argument("--cv", action="store_true", help="also run the cross-validated tuning report over GRID")
    parser.add_argument("--cv-stories", type=int, nargs="?", const=5, metavar="K",
                        help="also run the cross-validation over the stories within every set, K folds (default 5)")
    parser.add_argument("--choice", choices=CHOICES, default="mean",
                        help="how --cv and --cv-stories choose a grid point from the training folds: the best mean "
                             "F1 over the folds (default) or minimax regret (every fold near its own best)")
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    args = parser.parse_args(argv)
    if args.cv_stories is not None and args.cv_stories < 2:
        parser.error("--cv-stories needs K >= 2")
    floors = json.loads(args.floors.read_text(encoding="utf-8"))
    names = set_names(parser, args.sets)
    t0 = time.perf_counter()
    clusterers = {n: Clusterer(LOADERS[n]()) for n in names}
    failures: list[str] = []
    report: dict[str, Any] = {"defaults": {}}
    settings = Settings()
    print(f"story clustering at the shipped defaults (threshold {settings.topic_threshold}, name weight "
          f"{settings.topic_name_weight}, short texts < {settings.topic_short_terms} terms, window {settings.topic_window_days} days)")
    print(f"    {'set':<10} {'articles':>8} {'stories':>7} {'clusters':>8} {'P':>6} {'R':>6} {'F1':>6}")
    for name, c in clusterers.items():
        s = c.scores(settings)
        report["defaults"][name] = s
        status = ""
        minimum = floors["pair_f1"].get(name)
        if minimum is not None:
            if s["f1"] + 1e-9 < minimum:
                failures.append(f"{name}.pair_f1 = {s['f1']:.4f} < floor {minimum:.4f}")
                status = f"  FAIL (floor {minimum:.3f})"
            else:
                status = f"  ok (floor {minimum:.3f})"
        print(f"    {name:<10} {len(c.data.articles):8d} {len(set(c.data.gold.values())):7d} {s['clusters']:8d} "
              f"{s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}{status}")
        if name == "seeds":
            errors = int(s["fp"] + s["fn"])
            most = floors.get("seeds_pair_errors_max")
            print(f"    seeds: {errors} wrong story pair(s) of {len(c.data.gold) * (len(c.data.gold) - 1) // 2}"
                  + ("" if most is None else f" (max {most})"))
            if most is not None and errors > most:
                failures.append(f"seeds.pair_errors = {errors} > max {most}")
    if args.cv:
        cv = cross_validate(clusterers, GRID, choice=args.choice)
        report["cv"] = cv
        print(f"\ncross-validation over {len(cv['points'])} grid points ({', '.join(GRID)}; choice: {args.choice})")
        print_cv(cv, list(clusterers))
        chosen = settings.replace(**cv["all_sets"]["point"])
        report["cv"]["all_sets"]["scores"] = {}
        print("    at that point (in-sample), against the floors:")
        for name, c in clusterers.items():
            s = c.scores(chosen)
            report["cv"]["all_sets"]["scores"][name] = s
            minimum = floors["pair_f1"].get(name)
            mark = "" if minimum is None else f"  {'ok' if s['f1'] + 1e-9 >= minimum else 'BELOW'} (floor {minimum:.3f})"
            print(f"    {name:<10} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}{mark}")
    if args.cv_stories is not None:
        story_cv = story_cross_validate(clusterers, GRID, args.cv_stories, choice=args.choice)
        report["cv_stories"] = story_cv
        print(f"\ncross-validation over the stories within every set ({args.cv_stories} folds; choice: {args.choice}; "
              f"leave-one-set-out column: --cv, '-' without it)")
        print_story_cv(story_cv, report.get("cv"), report["defaults"])
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\n{time.perf_counter() - t0:.1f} s")
    if failures:
        print("GATE FAILED: " + "; ".join(failures))
        return 1
    print("gate passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
