"""Label ECB+ articles with proxy summary picks by a stated rule (no person picked these).

ECB+ has no editor picks, but every event is reported by several outlets. What the *other*
outlets put in their headline and opening sentence is what the event is; an article's best summary
sentences are the ones that say it. Rule, for each article ``d`` of an event:

1. Candidates: ``d``'s body sentences that a summary may choose (``summarize.candidate_indices``:
   no datelines, bylines, credits or other furniture; fragments only when nothing else is left).
   Articles with fewer than 2 candidates are not labelled.
2. Reference: for every other article of the event that is not a copy of ``d`` nor of an article
   already used (``ecbplus.is_copy``), its headline (when it has one) and its first candidate
   sentence of at least 5 words. Articles with fewer than 2 such other articles are not labelled.
3. Count: as in the NTREX editor picks: 3 when there are at least 6 candidates, 2 for 3-5, else 1.
4. Picks: greedily add the candidate that maximises (ROUGE-1 F1 + ROUGE-2 F1) / 2 of the picked
   sentences (in document order) against the reference (``rouge.tokens``: Porter-stemmed, as
   ``rouge-score``); ties go to the earlier sentence.

Output: ``bench/data/ecbplus_picks.json``: per labelled article its split (``dev``/``test``, see
``ecbplus.py``), ``n_body`` and ``picks`` (sorted 0-based indices into the body as
``ecbplus.load_articles`` gives it). Rerun after changing the rule or the candidate filter:

    .venv/bin/python bench/label_ecbplus.py
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import ecbplus  # noqa: E402
import rouge  # noqa: E402

from translate_summarize.summarize import candidate_indices  # noqa: E402

OUT = ROOT / "bench" / "data" / "ecbplus_picks.json"
MIN_REFERENCE_WORDS = 5
MIN_OTHERS = 2


def pick_count(n: int) -> int:
    return 3 if n >= 6 else 2 if n >= 3 else 1


def candidates(article: ecbplus.Article) -> list[int]:
    return candidate_indices(article.body, [False] * len(article.body))


def reference_lead(article: ecbplus.Article) -> list[str]:
    """The headline (if any) and the first candidate sentence of at least 5 words."""
    lead = [article.body[i] for i in candidates(article) if len(article.body[i].split()) >= MIN_REFERENCE_WORDS][:1]
    return ([article.headline] if article.headline else []) + lead


def oracle(sentences: list[list[str]], reference: list[str], count: int) -> list[int]:
    """Greedy (ROUGE-1 + ROUGE-2) / 2 oracle: indices into ``sentences`` (token lists), sorted."""
    ref1, ref2 = rouge.ngrams(reference, 1), rouge.ngrams(reference, 2)
    chosen: list[int] = []
    for _ in range(min(count, len(sentences))):
        best, best_value = -1, -1.0
        for i in range(len(sentences)):
            if i in chosen:
                continue
            toks = [t for j in sorted([*chosen, i]) for t in sentences[j]]
            value = (rouge.f1(rouge.ngrams(toks, 1), ref1) + rouge.f1(rouge.ngrams(toks, 2), ref2)) / 2
            if value > best_value + 1e-12:
                best, best_value = i, value
        chosen.append(best)
    return sorted(chosen)


def label(articles: list[ecbplus.Article]) -> dict[str, dict[str, object]]:
    sets = ecbplus.content_sets(articles)
    out: dict[str, dict[str, object]] = {}
    for members in ecbplus.events(articles).values():
        for d in members:
            cands = candidates(d)
            if len(cands) < 2:
                continue
            used: list[ecbplus.Article] = []
            for o in members:
                if o is d or ecbplus.is_copy(sets[d.doc_id], sets[o.doc_id]):
                    continue
                if any(ecbplus.is_copy(sets[o.doc_id], sets[u.doc_id]) for u in used):
                    continue
                used.append(o)
            if len(used) < MIN_OTHERS:
                continue
            reference = rouge.tokens(" ".join(s for o in used for s in reference_lead(o)))
            chosen = oracle([rouge.tokens(d.body[i]) for i in cands], reference, pick_count(len(cands)))
            out[d.doc_id] = {"split": d.split, "n_body": len(d.body), "picks": [cands[i] for i in chosen]}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write ECB+ proxy summary picks (see the module docstring for the rule).")
    parser.add_argument("--ecbplus", type=Path, default=ecbplus.DEFAULT_FILE, help="ecbplus.jsonl")
    parser.add_argument("--out", type=Path, default=OUT, help="output JSON")
    args = parser.parse_args(argv)
    docs = label(ecbplus.load_articles(args.ecbplus))
    about = (__doc__ or "").split("\n\n")[1:5]
    record = {"about": " ".join(" ".join(p.split()) for p in about), "docs": docs}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    from translate_summarize.render.atomic import write_text

    write_text(args.out, json.dumps(record, indent=1, ensure_ascii=False) + "\n")
    splits = [d["split"] for d in docs.values()]
    print(f"{len(docs)} articles labelled ({splits.count('dev')} dev, {splits.count('test')} test) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
