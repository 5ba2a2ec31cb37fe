"""Fit the learned second opinion on body lines (``translate_summarize/line_model.py``) and ship it.

Data: the generated page dumps of the tuning templates (``tests/data/ntrex_pages/``, gold by
construction). Each page goes through the rules of :func:`clean.extract_text` without the model
(``vet=False``); every line from three lines before the first kept line to three after the last
is a row, labelled body when the gold body ranges hold it. Only the templates of :data:`ROUNDS`
are read (the tuning rounds r1-r8, t1-t26: the shipped model was fitted on them). The later
tuning rounds (r9-r21, t27-t65, in the title fitter's :data:`fit_title_model.ROUNDS` under the
same names; t66-t68, ``bench/heldout_pages17.py``, t69-t71, ``bench/heldout_pages18.py``, and t72-t74,
``bench/heldout_pages19.py``, tuning since 2026-12-03's eighth, ninth and tenth rounds) are not in them
yet. The held-out round (t75-t77, ``bench/heldout_pages20.py``) is in none and is never read.

Protocol:

1. Leave one template round out: for each round, a model is fitted on the other rounds and the
   body-line precision/recall/F1 of the rules alone and of the rules + model are measured on the
   left-out round, at every candidate threshold.
2. The shipped threshold is the one with the best pooled left-out F1 (ties: the lowest, which drops
   the fewest lines); the model is then fitted on every round and written to
   ``translate_summarize/data/line_model.json`` with the left-out figures at that threshold.
3. ``--report FIT:REPORT`` (e.g. ``--report r1-r6:r7-r8``) prints the figures of a model fitted on
   some rounds and scored on others, at the shipped threshold, without writing anything.

The fit is deterministic (scikit-learn's L2 logistic regression, lbfgs, fixed data order); no
network, no randomness.

    .venv/bin/python bench/fit_line_model.py [--dry-run] [--report r1-r6:r7-r8]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from translate_summarize.boilerplate import analyse  # noqa: E402
from translate_summarize.clean import _entry_stamps, _find_title, _on_topic, _teaser_regions, extract_text
from translate_summarize.textnorm import key  # noqa: E402
from translate_summarize.ingest import iter_articles  # noqa: E402
from translate_summarize.line_model import FEATURES, MODEL_FILE, candidate, features  # noqa: E402
from translate_summarize.settings import Settings  # noqa: E402

PAGES = ROOT / "tests" / "data" / "ntrex_pages"
OUT = ROOT / "translate_summarize" / "data" / MODEL_FILE
ROUNDS: dict[str, tuple[str, ...]] = {
    "r1": ("t1", "t2", "t3", "t4", "t5"),
    "r2": ("t9", "t10", "t11"),
    "r3": ("t12", "t13", "t14", "t15"),
    "r4": ("t16", "t17"),
    "r5": ("t6", "t7", "t8"),
    "r6": ("t18", "t19", "t20"),
    "r7": ("t21", "t22", "t23"),
    "r8": ("t24", "t25", "t26"),
}
"""Template rounds in the order they were written (r5-r8: the blind rounds, each tuned on after its first score)."""
WINDOW = 3
THRESHOLDS = (0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
C = 1.0


@dataclass
class Page:
    round: str
    x: np.ndarray
    """Feature rows of the window's lines."""
    y: np.ndarray
    """1 where the gold holds the line as body."""
    kept: np.ndarray
    """1 where the rules kept the line."""
    candidate: np.ndarray
    """1 where the model may drop the line (:func:`line_model.candidate`, not on the article's topic: :func:`clean._on_topic`)."""
    missed: int
    """Gold body lines outside the window's kept lines that the rules missed (recall's denominator)."""


def load_pages() -> list[Page]:
    out = []
    for round_name, rec, raw, lines in round_pages(ROUNDS):
        body = {n for lo, hi in rec["body_lines"] for n in range(lo, hi + 1)}
        found = extract_text(raw, vet=False)
        kept_numbers = {first for first, _ in found.body}
        kept = [i for i, line in enumerate(lines) if line.number in kept_numbers]
        protect = _on_topic(lines, kept, found.title) | _opening(lines, found)
        label = [any(n in body for n in range(line.number, line.last + 1)) for line in lines]
        if kept:
            lo, hi = max(0, kept[0] - WINDOW), min(len(lines), kept[-1] + WINDOW + 1)
        else:
            lo = hi = 0
        rows = features(lines)[lo:hi] if hi > lo else []
        in_window = set(range(lo, hi))
        missed = sum(1 for i, lab in enumerate(label) if lab and i not in in_window)
        out.append(Page(
            round_name,
            np.array(rows, dtype=float).reshape(-1, len(FEATURES)),
            np.array(label[lo:hi], dtype=int),
            np.array([i in set(kept) for i in range(lo, hi)], dtype=int),
            np.array([candidate(lines[i]) and i not in protect for i in range(lo, hi)], dtype=int),
            missed,
        ))
    return out


def round_pages(rounds: dict[str, tuple[str, ...]]) -> Iterator[tuple[str, dict, str, list]]:
    """``(round, gold record, raw text, lines)`` of every generated page of a template in
    ``rounds``, its lines as :func:`clean.extract_text` reads them (live-blog stamps set aside).
    A page of a template no round lists (a held-out round) is never read."""
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    round_of = {t: r for r, ts in rounds.items() for t in ts}
    settings = Settings()
    for rec in gold["articles"]:
        if rec["template"] not in round_of:
            continue
        [article] = list(iter_articles([PAGES / rec["file"]], settings))
        raw = article.raw or ""
        lines = list(analyse(raw))
        stamps = _entry_stamps(lines)
        yield round_of[rec["template"]], rec, raw, [line for i, line in enumerate(lines) if i not in stamps]


def _opening(lines: list, found) -> set[int]:
    """The title's opening lines (standfirst, lead lines), which :func:`clean.extract_text` never lets the model drop."""
    title = _find_title(lines, [key(line.text) for line in lines], _teaser_regions(lines))
    return set(title.opening()) if title is not None else set()


def fit(pages: list[Page]) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    x = np.vstack([p.x for p in pages])
    y = np.concatenate([p.y for p in pages])
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit((x - mean) / scale, y)
    return mean, scale, model


def counts(pages: list[Page], mean: np.ndarray, scale: np.ndarray, model: LogisticRegression | None, threshold: float) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of body lines (``model`` None: the rules alone)."""
    tp = fp = fn = 0
    for p in pages:
        keep = p.kept.astype(bool)
        if model is not None and len(p.x):
            keep &= (p.candidate == 0) | (model.predict_proba((p.x - mean) / scale)[:, 1] >= threshold)
        tp += int((keep & (p.y == 1)).sum())
        fp += int((keep & (p.y == 0)).sum())
        fn += int((~keep & (p.y == 1)).sum()) + p.missed
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}


def score(pages: list[Page], mean: np.ndarray, scale: np.ndarray, model: LogisticRegression | None, threshold: float) -> dict[str, float]:
    return prf(*counts(pages, mean, scale, model, threshold))


def pooled(pages: list[Page], per_round_models: dict[str, tuple], threshold: float | None) -> dict[str, float]:
    """Body-line P/R/F1 pooled over the rounds, each scored by the model fitted without it."""
    total = np.zeros(3, dtype=int)
    for r, (mean, scale, model) in per_round_models.items():
        test = [p for p in pages if p.round == r]
        total += counts(test, mean, scale, None if threshold is None else model, threshold or 0.0)
    return prf(*(int(v) for v in total))


def rounds_arg(text: str, rounds: dict[str, tuple[str, ...]] = ROUNDS) -> list[str]:
    """The rounds named by ``r1-r6`` (a range in written order) or ``r7`` among ``rounds``."""
    lo, _, hi = text.partition("-")
    names = list(rounds)
    if lo not in rounds or (hi and hi not in rounds):
        raise SystemExit(f"unknown round in {text!r}; rounds are {', '.join(names)}")
    return names[names.index(lo) : names.index(hi or lo) + 1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    ap.add_argument("--report", metavar="FIT:REPORT", help="fit on rounds FIT (r1-r6), score on rounds REPORT (r7-r8); writes nothing")
    args = ap.parse_args(argv)
    pages = load_pages()
    if args.report:
        fit_part, _, report_part = args.report.partition(":")
        fit_rounds, report_rounds = rounds_arg(fit_part), rounds_arg(report_part)
        mean, scale, model = fit([p for p in pages if p.round in fit_rounds])
        threshold = json.loads(OUT.read_text(encoding="utf-8"))["threshold"] if OUT.exists() else 0.1
        for r in report_rounds:
            test = [p for p in pages if p.round == r]
            print(f"{r} {','.join(ROUNDS[r])}: rules {score(test, mean, scale, None, 0)}  rules+model@{threshold} {score(test, mean, scale, model, threshold)}")
        test = [p for p in pages if p.round in report_rounds]
        print(f"all {report_part}: rules {score(test, mean, scale, None, 0)}  rules+model {score(test, mean, scale, model, threshold)}")
        return 0
    models = {}
    for r in ROUNDS:
        models[r] = fit([p for p in pages if p.round != r])
    table = {"rules": pooled(pages, models, None)}
    for t in THRESHOLDS:
        table[str(t)] = pooled(pages, models, t)
    for name, row in table.items():
        print(f"left-out pooled {name:>6}: {row}")
    best = max(THRESHOLDS, key=lambda t: (table[str(t)]["f1"], -t))
    per_round = {}
    for r, (mean, scale, model) in models.items():
        test = [p for p in pages if p.round == r]
        per_round[r] = {"rules": score(test, mean, scale, None, 0), "model": score(test, mean, scale, model, best)}
        print(f"  {r} {','.join(ROUNDS[r]):<16} rules {per_round[r]['rules']}  +model@{best} {per_round[r]['model']}")
    mean, scale, model = fit(pages)
    data = {
        "about": "Logistic regression over translate_summarize.line_model.FEATURES, fitted by bench/fit_line_model.py "
                 "on the tuning templates' page dumps; threshold chosen by leave-one-template-round-out F1.",
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "threshold": best,
        "rounds": {r: list(ts) for r, ts in ROUNDS.items()},
        "leave_round_out": per_round,
        "leave_round_out_pooled": {"rules": table["rules"], "model": table[str(best)]},
    }
    if args.dry_run:
        print(json.dumps({k: data[k] for k in ("threshold", "leave_round_out_pooled")}, indent=1))
        return 0
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
