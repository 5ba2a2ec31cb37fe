"""Choose the default per-article summary model by cross-validation across document sets, fit it, ship it.

Protocol (``summary_model.py`` has the sets, folds and candidate models):

1. Every candidate of ``summary_model.MENU`` is scored by held-out selection F1 on each selection
   set (``ntrex``: editor picks, folds by story; ``pages-tuning``: the same documents as page
   dumps of the tuning templates, through extraction and memory translation, scored by models
   fitted without their documents; ``ecbplus-dev``: proxy picks, folds by topic).
   A set the candidate does not train on is scored by the model fitted on all its training sets.
2. One-standard-error rule (Breiman et al. 1984; Hastie et al., ESL 7.10): the best mean
   held-out F1 over the selection sets, less its standard error (per set, documents as the unit;
   the mean's error is the root of the summed squares over the number of sets), is the bar; the
   first candidate of the menu (simplest first) at or above it wins. Differences inside one
   standard error are noise on a few hundred documents, and the simpler model is the safer bet on
   documents nobody has seen.
3. The winner is fitted on all of its training sets and written to
   ``translate_summarize/data/summary_model.json`` with the figures of this run.
4. Reported but never used to choose: F1 on ``ecbplus-test`` (held-out topics) of each candidate
   fitted on all its training sets, on ``pages-heldout`` (held-out templates: t75-t77 since 2026-12-03's tenth round, t72-t74 in its ninth, t69-t71 in its eighth, t66-t68 in its seventh, t63-t65 in its sixth, t60-t62 in its fifth, t57-t59 in its fourth, t54-t56 in its third, t51-t53 in its second, t48-t50 in its first, t45-t47 in 2026-12-02's seventh round, t42-t44 in its sixth, t39-t41 in its fifth, t36-t38 in its fourth, t33-t35 in its third, t30-t32 in its second, t27-t29 in its first, t24-t26 in 2026-12-01's third round, t21-t23 in its second, t18-t20 that morning, t6-t8 before; each page
   scored by a model fitted without its document), and the in-sample NTREX F1.

    .venv/bin/python bench/fit_summary_model.py [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import summary_model as sm  # noqa: E402

OUT = ROOT / "translate_summarize" / "data" / "summary_model.json"


def load_sets() -> dict[str, list[sm.Doc]]:
    return {
        "ntrex": sm.ntrex_docs(), **sm.page_docs(), "ecbplus-dev": sm.ecbplus_docs("dev"), "ecbplus-test": sm.ecbplus_docs("test"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Choose, fit and write the default summary model (cross-validated).")
    parser.add_argument("--dry-run", action="store_true", help="print the table, write nothing")
    parser.add_argument("--out", type=Path, default=OUT, help="model JSON to write")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    sets = load_sets()
    print("documents: " + ", ".join(f"{k} {len(v)}" for k, v in sets.items()))
    print("held-out selection F1 (cv: cross-validated; pages-heldout: held-out templates, documents held out by fold)")
    header = (
        f"{'candidate':<48} {'ntrex cv':>9} {'pages cv':>9} {'ecb-dev cv':>10} {'mean':>7} {'se':>6} "
        f"{'ecb-test':>9} {'pages-ho':>9} {'ntrex in':>9}"
    )
    print(header)
    rows = []
    for config in sm.MENU:
        scored = {s: sm.ratio(sm.held_out_hits(config, sets, s)) for s in sm.SELECTION_SETS}
        cv = {s: v[0] for s, v in scored.items()}
        mean = sum(cv.values()) / len(cv)
        error = sum(v[1] ** 2 for v in scored.values()) ** 0.5 / len(scored)
        full = sm.scorer_for(config, [d for s in config.train for d in sets[s]])
        test = sm.micro_f1(sets["ecbplus-test"], full)
        pages = sm.held_out_f1(config, sets, "pages-heldout")
        insample = sm.micro_f1(sets["ntrex"], full)
        rows.append((config, cv, mean, error, test, pages, insample))
        print(
            f"{config.name:<48} {cv['ntrex']:9.4f} {cv['pages-tuning']:9.4f} {cv['ecbplus-dev']:10.4f} {mean:7.4f} {error:6.4f} "
            f"{test:9.4f} {pages:9.4f} {insample:9.4f}",
            flush=True,
        )
    top = max(rows, key=lambda r: r[2])
    bar = top[2] - top[3]
    config, cv, mean, error, test, pages, insample = next(r for r in rows if r[2] >= bar - 1e-12)
    print(f"\nbest mean {top[2]:.4f} ({top[0].name}), standard error {top[3]:.4f}: bar {bar:.4f}")
    model = sm.fit(config, [d for s in config.train for d in sets[s]])
    print(f"chosen: {config.name} (mean held-out F1 {mean:.4f}: the simplest candidate at or above the bar)")
    if model is None:
        print("lead won: nothing to fit; the default would be the lead")
        return 1
    for name, weight in zip(model.features, model.weights):
        print(f"  {name:<13} {weight:+.4f}")
    record = {
        "about": (
            "Weights of the default per-article summary (translate_summarize/summarizers/supervised.py): "
            "score = sum of weight * feature (features.py). Written by bench/fit_summary_model.py, which chose "
            "this model among summary_model.MENU by cross-validated selection F1 across document sets (one-standard-error rule) "
            "and fitted it on all of its training sets; the figures below come from that run."
        ),
        "model": config.to_record(),
        **model.to_record(),
        "figures": {
            "cv_f1": {k: round(v, 4) for k, v in cv.items()},
            "cv_f1_mean": round(mean, 4),
            "best_cv_f1_mean": {"candidate": top[0].name, "mean": round(top[2], 4), "standard_error": round(top[3], 4)},
            "ecbplus_test_f1": round(test, 4),
            "pages_heldout_f1": round(pages, 4),
            "ntrex_in_sample_f1": round(insample, 4),
            "lead": {s: round(sm.micro_f1(sets[s], sm.lead_scores), 4) for s in sets},
        },
    }
    if not args.dry_run:
        from translate_summarize.render.atomic import write_text

        write_text(args.out, json.dumps(record, indent=2) + "\n")
        print(f"wrote {args.out}")
    print(f"{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
