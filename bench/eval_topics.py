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
defaults are chosen, not a result.

Usage: ``python bench/eval_topics.py [--floors FILE] [--sets a,b] [--cv] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from topic_sets import FOLDS, LOADERS, EvalSet, pair_scores  # noqa: E402

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

    def scores(self, settings: Settings) -> dict[str, float]:
        groups = self.groups(settings)
        predicted = {aid: k for k, g in enumerate(groups) for aid in g}
        s = pair_scores(predicted, self.data.gold)
        s["clusters"] = len(groups)
        return s


def grid_points(grid: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    names = list(grid)
    return [dict(zip(names, values)) for values in itertools.product(*(grid[n] for n in names))]


def cross_validate(
    clusterers: Mapping[str, Any], grid: Mapping[str, Sequence[Any]],
    score: Callable[[Any, Mapping[str, Any]], float] | None = None,
) -> dict[str, Any]:
    """Scores of every grid point on every set, in-sample bests and leave-one-fold-out choices.

    ``score(clusterer, point)``: a set's pair F1 at a grid point (default: ``clusterer.scores`` at the
    shipped ``Settings`` with the point's settings replaced; experiments pass their own).
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
    folds = {fold: [m for m in members if m in clusterers] for fold, members in FOLDS.items()}
    folds = {fold: members for fold, members in folds.items() if members}
    listed = {n for members in folds.values() for n in members}
    folds.update({name: [name] for name in clusterers if name not in listed})  # a set of its own
    for fold, held in folds.items():
        train_folds = [f for f in folds if f != fold]
        if not train_folds:
            continue
        mean = fold_means(table, [folds[f] for f in train_folds], len(points))
        best = max(range(len(points)), key=lambda k: (mean[k], -k))
        train = [n for f in train_folds for n in folds[f]]
        for name in held:
            out["held_out"][name] = {"point": points[best], "f1": table[name][best], "trained_on": train}
    everything = fold_means(table, list(folds.values()), len(points))
    best = max(range(len(points)), key=lambda k: (everything[k], -k))
    out["all_sets"] = {"point": points[best], "mean_f1": everything[best]}
    return out


def fold_means(table: Mapping[str, Sequence[float]], folds: Sequence[Sequence[str]], n_points: int) -> list[float]:
    """Per grid point, the mean over ``folds`` of each fold's mean F1: every fold counts once, so the
    three ECB+ cuts of the same 86 events do not outvote the other sets three to one."""
    return [sum(sum(table[n][k] for n in members) / len(members) for members in folds) / len(folds) for k in range(n_points)]


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
    print(f"    best mean F1 over all folds (in-sample, not a result): {cv['all_sets']['mean_f1']:.3f} at {_point(cv['all_sets']['point'])}")


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
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    args = parser.parse_args(argv)
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
        cv = cross_validate(clusterers, GRID)
        report["cv"] = cv
        print(f"\ncross-validation over {len(cv['points'])} grid points ({', '.join(GRID)})")
        print_cv(cv, list(clusterers))
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
