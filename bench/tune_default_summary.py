"""Choose (and honestly score) the weights of the default summary method on NTREX-128 dev.

For each of the 60 dev documents the four features of ``summarizers/positional.py`` are computed
once; every weight vector on a coarse grid (position fixed at 1, the others in GRID) is scored by
mean sentence-selection F1 against the editor picks. Printed: the best in-sample weights and F1,
and leave-one-out cross-validated F1 (weights chosen on 59 documents, scored on the held-out one),
next to lead and LexRank. The constants in positional.py were set from this output.

    .venv/bin/python bench/tune_default_summary.py
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ntrex import load_documents, load_picks, selection_f1  # noqa: E402

from translate_summarize.summarize import select_sentences  # noqa: E402
from translate_summarize.summarizers import positional  # noqa: E402
from translate_summarize.summarizers.ranking import best_indices  # noqa: E402
from translate_summarize.summarizers.text import english_stemmer, english_stop_words, prepare  # noqa: E402

GRID = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0)


def main() -> None:
    picks = load_picks()
    docs = [d for d in load_documents() if d.doc_id in picks]
    stop, stem = english_stop_words(), english_stemmer()
    features = []
    for d in docs:
        p = prepare(d.body, stop, stem)
        title = prepare([d.headline], stop, stem).terms[0]
        features.append(positional.feature_matrix(p.terms, [len(w) for w in p.words], title))
    grid = [(1.0, *w) for w in itertools.product(GRID, repeat=3)]
    # table[g, d] = F1 of weights g on document d
    table = np.array([
        [selection_f1(best_indices(positional.combine(f, w), len(picks[d.doc_id])), picks[d.doc_id]) for d, f in zip(docs, features)]
        for w in grid
    ])
    means = table.mean(axis=1)
    best = int(np.argmax(means))  # first best in grid order (smaller weights first)
    loo = []
    for j in range(len(docs)):
        rest = np.delete(table, j, axis=1).mean(axis=1)
        loo.append(table[int(np.argmax(rest)), j])
    current = (positional.W_POSITION, positional.W_CENTRALITY, positional.W_TITLE, positional.W_LENGTH)
    cur = grid.index(current) if current in grid else None

    def baseline(method: str) -> float:
        return float(np.mean([selection_f1(select_sentences(d.body, method=method, count=len(picks[d.doc_id]), title=d.headline), picks[d.doc_id]) for d in docs]))

    print(f"documents: {len(docs)}  grid: {len(grid)} weight vectors (position, centrality, title, length)")
    print(f"lead                      F1 {baseline('lead'):.4f}")
    print(f"lexrank                   F1 {baseline('lexrank'):.4f}")
    print(f"best in-sample weights    {grid[best]}  F1 {means[best]:.4f}")
    if cur is not None:
        print(f"shipped weights           {current}  F1 {means[cur]:.4f} (in-sample)")
    print(f"leave-one-out CV          F1 {np.mean(loo):.4f} (weights re-chosen on the other 59 documents each time)")
    top = np.argsort(-means, kind="stable")[:8]
    print("top weight vectors (in-sample):")
    for g in top:
        print(f"  {grid[g]}  {means[g]:.4f}")


if __name__ == "__main__":
    main()
