"""Fit the learned title chooser (``translate_summarize/title_model.py``) and ship it.

Data: the generated page dumps (``tests/data/ntrex_pages/``, gold by construction) of every
template round of :data:`ROUNDS`: r1-r21, t1-t65 (r9-r21, t27-t65, each burned into tuning after
its blind round). t66-t68 (``bench/heldout_pages17.py``) and t69-t71 (``bench/heldout_pages18.py``),
tuning since 2026-12-03's eighth and ninth rounds, are not in them yet (the shipped file was fitted
while t66-t68 were held out). The held-out round (t72-t74, ``bench/heldout_pages19.py``) is in none
and is never read. Each page goes through the cleaner without the chooser; :func:`clean.title_choice`
gives what step 7 is shown there (the page as the cleaner reads it, the body found, the rules'
title); the candidates of :func:`title_model.candidates` are the rows, labelled 1 when the
candidate's text and first line are the gold title's. A page where the chooser is not asked (no
body, a chat message's headline) counts with the rules' title.

Protocol:

1. Leave one template round out: for each round, a model is fitted on the other rounds and the
   title exact rate of the rules alone and of the rules + model is measured on the left-out
   round, for every ensemble size of :data:`SIZES`, every threshold of :data:`THRESHOLDS` and both
   uses: ``rerank`` (the rules' choice is a feature; the model's best candidate replaces it at or
   above the threshold) and ``replace`` (no rules' features: the model judges the candidates on
   their own; the best is the title at or above the threshold, else the rules' choice stands).
2. The shipped setting is the one with the most left-out titles right, pooled over the rounds
   (ties: the larger threshold, the smaller ensemble); the model is then fitted on every
   round and written to ``translate_summarize/data/title_model.json`` with the left-out figures.
3. ``--report FIT:REPORT`` (e.g. ``--report r1-r8:r9``) fits on some rounds at the shipped setting
   and prints the title exact rates on others, writing nothing.
4. ``--shipped`` prints the title exact rates of the rules alone and of the shipped file per
   round (on the rounds the file was not fitted on, left-out figures), writing nothing.

The fit is deterministic (scikit-learn's gradient boosting, no subsampling, ``random_state=0``,
fixed data order; the file is checked to give the fitted model's probabilities); no network.
``--check`` refits and exits 1 when the result differs from the shipped file. One run with no
option does it all and writes the file: about 40 minutes on a loaded 2-core machine (reading the
2,535 pages 3 minutes, each of the 4 uses and sizes 21 left-out fits, 5-10 minutes).

    .venv/bin/python bench/fit_title_model.py [--dry-run | --check | --shipped] [--report r1-r8:r9]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402
from sklearn.ensemble import GradientBoostingClassifier  # noqa: E402

from fit_line_model import ROUNDS as LINE_ROUNDS, round_pages, rounds_arg  # noqa: E402

from translate_summarize.clean import TITLE_WINDOW, title_choice  # noqa: E402
from translate_summarize.title_model import FEATURES, MODEL_FILE, TitleModel, candidates, features, text_of  # noqa: E402

OUT = ROOT / "translate_summarize" / "data" / MODEL_FILE
ROUNDS: dict[str, tuple[str, ...]] = {
    **LINE_ROUNDS,
    "r9": ("t27", "t28", "t29"),
    "r10": ("t30", "t31", "t32"),
    "r11": ("t33", "t34", "t35"),
    "r12": ("t36", "t37", "t38"),
    "r13": ("t39", "t40", "t41"),
    "r14": ("t42", "t43", "t44"),
    "r15": ("t45", "t46", "t47"),
    "r16": ("t48", "t49", "t50"),
    "r17": ("t51", "t52", "t53"),
    "r18": ("t54", "t55", "t56"),
    "r19": ("t57", "t58", "t59"),
    "r20": ("t60", "t61", "t62"),
    "r21": ("t63", "t64", "t65"),
}
"""Template rounds in the order they were written (r5-r21: the blind rounds, each tuned on after its first score)."""
SIZES = ((100, 3), (100, 5))
"""(trees, depth) of the boosted ensembles tried."""
RATE = 0.1
THRESHOLDS = (0.0, 0.3, 0.5, 0.7, 0.9)
MODES = ("rerank", "replace")
RULES_COLUMNS = [FEATURES.index("rules"), FEATURES.index("rules_first")]


@dataclass
class Page:
    round: str
    template: str
    file: str
    x: np.ndarray
    """Feature rows of the candidates."""
    y: np.ndarray
    """1 where the candidate is the gold title."""
    rules: int
    """Index of the rules' choice among the candidates (-1: the rules found none, or the chooser is not asked)."""
    rules_right: bool
    """Whether the rules' title is the gold one."""


def load_pages() -> list[Page]:
    out = []
    for round_name, rec, raw, _ in round_pages(ROUNDS):  # (a new blind round's pages are never read)
        found, shown = title_choice(raw)
        if shown is None:  # (the chooser is not asked: the rules' title stands)
            ok = found.title_line == rec["title_line"] and found.title == rec["title"]
            out.append(Page(round_name, rec["template"], rec["file"], np.zeros((0, len(FEATURES))), np.zeros(0, dtype=int), -1, ok))
            continue
        lines, rules = shown.lines, shown.rules
        cands = candidates(lines, shown.body, rules, TITLE_WINDOW)
        rows = features(lines, shown.keys, shown.body, shown.teasers, cands, rules) if cands else []
        y = [int(lines[c.first].number == rec["title_line"] and text_of(lines, c) == rec["title"]) for c in cands]
        choice = cands.index(rules) if rules is not None else -1
        out.append(Page(
            round_name, rec["template"], rec["file"],
            np.array(rows, dtype=float).reshape(-1, len(FEATURES)), np.array(y, dtype=int),
            choice, choice >= 0 and y[choice] == 1,
        ))
    return out


def _columns(x: np.ndarray, mode: str) -> np.ndarray:
    if mode == "replace":
        x = x.copy()
        x[:, RULES_COLUMNS] = 0.0
    return x


def fit(pages: list[Page], size: tuple[int, int], mode: str) -> GradientBoostingClassifier:
    x = _columns(np.vstack([p.x for p in pages if len(p.x)]), mode)
    y = np.concatenate([p.y for p in pages])
    model = GradientBoostingClassifier(n_estimators=size[0], max_depth=size[1], learning_rate=RATE, random_state=0)
    return model.fit(x, y)


def probabilities(pages: list[Page], model: GradientBoostingClassifier, mode: str) -> list[np.ndarray]:
    """Every page's candidate probabilities under a fitted model."""
    return [model.predict_proba(_columns(p.x, mode))[:, 1] if len(p.x) else np.zeros(0) for p in pages]


def right(pages: list[Page], probs: list[np.ndarray] | None, threshold: float) -> int:
    """Pages whose chosen title is the gold one (``probs`` None: the rules alone)."""
    n = 0
    for k, p in enumerate(pages):
        choice = p.rules
        if probs is not None and len(p.x):
            prob = probs[k]
            best = min(range(len(prob)), key=lambda j: (-prob[j], j != p.rules, j))
            if prob[best] >= threshold:
                choice = best
        n += int(p.y[choice] == 1) if choice >= 0 and choice != p.rules else int(p.rules_right)
    return n


def model_json(pages: list[Page], model: GradientBoostingClassifier, setting: dict, per_round: dict, pooled: dict) -> dict:
    """The shipped file; checks that :class:`title_model.TitleModel` reads the same probabilities from it."""
    trees = []
    for [est] in model.estimators_:
        t = est.tree_
        trees.append({
            "left": [int(v) for v in t.children_left], "right": [int(v) for v in t.children_right],
            "feature": [int(v) if left >= 0 else -1 for v, left in zip(t.feature, t.children_left)],
            "threshold": [float(v) if left >= 0 else 0.0 for v, left in zip(t.threshold, t.children_left)],
            "value": [float(v[0][0]) for v in t.value],
        })
    prior = float(np.mean(np.concatenate([p.y for p in pages])))
    data = {
        "about": "Gradient-boosted trees over translate_summarize.title_model.FEATURES, fitted by bench/fit_title_model.py "
                 "on the generated page dumps of every template round; use, size and threshold chosen by "
                 "leave-one-template-round-out title exact rate.",
        "features": list(FEATURES),
        "init": float(np.log(prior / (1 - prior))),
        "rate": RATE,
        "threshold": setting["threshold"],
        "setting": setting,
        "rounds": {r: list(ts) for r, ts in ROUNDS.items()},
        "leave_round_out": per_round,
        "leave_round_out_pooled": pooled,
        "trees": trees,
    }
    shipped = TitleModel.from_json(json.loads(json.dumps(data)))
    x = _columns(np.vstack([p.x for p in pages if len(p.x)]), setting["mode"])
    want = model.predict_proba(x)[:, 1]
    got = np.array(shipped.probabilities(x.tolist()))
    if np.max(np.abs(got - want)) > 1e-9:
        raise SystemExit(f"the shipped trees do not reproduce the fitted model (max difference {np.max(np.abs(got - want))})")
    return data


def score_shipped(pages: list[Page]) -> None:
    """Print the title exact rates of the rules alone and of the shipped file, per round and pooled
    (on a round the file was not fitted on, a left-out figure)."""
    data = json.loads(OUT.read_text(encoding="utf-8"))
    shipped, mode = TitleModel.from_json(data), data["setting"]["mode"]
    probs = [np.array(shipped.probabilities(_columns(p.x, mode).tolist())) if len(p.x) else np.zeros(0) for p in pages]
    fitted_on = set(data["rounds"])
    for r in [*ROUNDS, "all"]:
        k = [i for i, p in enumerate(pages) if r in ("all", p.round)]
        held = [pages[i] for i in k]
        rules = right(held, None, 0)
        model = right(held, [probs[i] for i in k], shipped.threshold)
        seen = "" if r == "all" else " (fitted on)" if r in fitted_on else " (left out)"
        print(f"  {r:<4} {len(held):>4} pages: rules {rules / len(held):.4f}  shipped {model / len(held):.4f}{seen}")
    left = [i for i, p in enumerate(pages) if p.round not in fitted_on]
    if left:
        held = [pages[i] for i in left]
        print(f"  left out {len(held)} pages: rules {right(held, None, 0) / len(held):.4f}  "
              f"shipped {right(held, [probs[i] for i in left], shipped.threshold) / len(held):.4f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    ap.add_argument("--check", action="store_true", help="refit and exit 1 when the shipped file differs")
    ap.add_argument("--report", metavar="FIT:REPORT", help="fit on rounds FIT (r1-r8), score on rounds REPORT (r9); writes nothing")
    ap.add_argument("--shipped", action="store_true", help="score the shipped file on every round; writes nothing")
    args = ap.parse_args(argv)
    pages = load_pages()
    if args.shipped:
        score_shipped(pages)
        return 0
    if args.report:
        shipped = json.loads(OUT.read_text(encoding="utf-8"))["setting"]
        fit_part, _, report_part = args.report.partition(":")
        fit_rounds, report_rounds = rounds_arg(fit_part, ROUNDS), rounds_arg(report_part, ROUNDS)
        fitted = fit([p for p in pages if p.round in fit_rounds], (shipped["trees"], shipped["depth"]), shipped["mode"])
        test = [p for p in pages if p.round in report_rounds]
        for t in sorted({p.template for p in test}, key=lambda t: int(t[1:])) + ["all"]:
            tp = [p for p in test if t in ("all", p.template)]
            print(f"{t:<4} {len(tp):>3} pages, fitted on {fit_part}: rules {right(tp, None, 0) / len(tp):.4f}  "
                  f"model {right(tp, probabilities(tp, fitted, shipped['mode']), shipped['threshold']) / len(tp):.4f}")
        return 0
    total = len(pages)
    rules_right = right(pages, None, 0)
    held = {r: [p for p in pages if p.round == r] for r in ROUNDS}
    table: dict[tuple, int] = {}
    probs: dict[tuple, dict] = {}
    for mode in MODES:
        for size in SIZES:
            probs[(mode, size)] = {r: probabilities(held[r], fit([p for p in pages if p.round != r], size, mode), mode) for r in ROUNDS}
            for t in THRESHOLDS:
                table[(mode, size, t)] = sum(right(held[r], probs[(mode, size)][r], t) for r in ROUNDS)
                print(f"left-out pooled {mode:<7} trees,depth={size} t={t:<4} {table[(mode, size, t)]}/{total}", flush=True)
    print(f"left-out pooled rules {rules_right}/{total} = {rules_right / total:.4f}")
    mode, size, t = max(table, key=lambda k: (table[k], k[2], -k[1][0] * 2 ** k[1][1]))
    setting = {"mode": mode, "trees": size[0], "depth": size[1], "threshold": t}
    per_round = {}
    for r in ROUNDS:
        n = len(held[r])
        per_round[r] = {"pages": n, "rules": round(right(held[r], None, 0) / n, 4),
                        "model": round(right(held[r], probs[(mode, size)][r], t) / n, 4)}
        print(f"  {r} {','.join(ROUNDS[r]):<16} {per_round[r]}")
    pooled = {"pages": total, "rules": round(rules_right / total, 4), "model": round(table[(mode, size, t)] / total, 4)}
    print(f"chosen {setting}: pooled {pooled}")
    data = model_json(pages, fit(pages, size, mode), setting, per_round, pooled)
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("shipped model reproduced" if same else f"refit differs from {OUT}")
        return 0 if same else 1
    if args.dry_run:
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
