"""Summary and topic speed, measured in one run.

    .venv/bin/python bench/summarize_speed.py

Sections run in order (``SECTIONS``); each prints its own figures and ratios:

1. LexRank, sumy vs ours, on 50/100/200/400 NTREX sentences: identical selections on 50 and 100,
   times and speed-up (target: ours >= 10x faster at 400).
2. The other vectorised methods (KL-Sum, LSA, TextRank, SumBasic, Reduction), sumy vs ours.
3. Per-article summary time for a 30-sentence article, every method (target: default <= 20 ms).
4. Topic-brief-size input: our LexRank over 400 sentences (target <= 0.3 s).

The topics benchmark (clustering 5,000 synthetic articles) is added as a further section by its
module's owner: append a callable taking the NTREX documents to ``SECTIONS``.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ntrex import Document, load_documents  # noqa: E402

from translate_summarize.article import Article, Paragraph, Segment  # noqa: E402
from translate_summarize.settings import Settings  # noqa: E402
from translate_summarize.summarize import METHODS, lexrank_scores, select_sentences, summarize_article  # noqa: E402
from translate_summarize.summarizers import graph, lsa  # noqa: E402
from translate_summarize.summarizers.sumy_methods import sumy_select  # noqa: E402
from translate_summarize.summarizers.text import english_stemmer, english_stop_words, prepare  # noqa: E402

SIZES = (50, 100, 200, 400)
IDENTICAL_SIZES = (50, 100)
PICK = 5
OTHER_METHODS = (("kl", (50, 100)), ("lsa", (100, 400)), ("textrank", (200,)), ("sumbasic", (200,)), ("reduction", (200,)))


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Best wall time of ``repeat`` calls (seconds) and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def body_sentences(docs: Sequence[Document], n: int) -> list[str]:
    """The first ``n`` body sentences of the NTREX documents, in file order."""
    sentences = [s for d in docs for s in d.body]
    if len(sentences) < n:
        raise SystemExit(f"need {n} sentences, NTREX dev has {len(sentences)}")
    return sentences[:n]


def ratings(method: str, sentences: Sequence[str]) -> object:
    """Our per-sentence ratings for the rating-based methods (None for the greedy ones)."""
    stop, stem = english_stop_words(), english_stemmer()
    prepared = prepare(sentences, stop, stem)
    if method == "lexrank":
        return lexrank_scores(sentences)
    if method == "lsa":
        return lsa.lsa_scores(prepared.words, (), stop, stem)
    if method == "textrank":
        return graph.textrank_scores(prepared.terms)
    if method == "reduction":
        return graph.reduction_scores(prepared.terms)
    return None


def compare(method: str, sentences: Sequence[str], ours: list[int], theirs: list[int]) -> str:
    """'identical', or how the selections differ (and whether only by an exact tie in the ratings)."""
    if ours == theirs:
        return "identical"
    note = f"DIFFER ours={ours} sumy={theirs}"
    scores = ratings(method, sentences)
    if scores is not None:
        only_ours = sorted(set(ours) - set(theirs))
        only_theirs = sorted(set(theirs) - set(ours))
        if [scores[i] for i in only_ours] == [scores[i] for i in only_theirs]:
            note += f" (exact tie: {only_ours} and {only_theirs} rate the same; we keep the earlier, sumy's pick is rounding noise)"
    return note


def lexrank_section(docs: Sequence[Document]) -> None:
    print("## LexRank: sumy vs ours (select 5 sentences)")
    print(f"{'sentences':>9} {'sumy s':>9} {'ours s':>9} {'speed-up':>9}  selections")
    for n in SIZES:
        sentences = body_sentences(docs, n)
        t_sumy, theirs = timed(lambda: sumy_select("lexrank", sentences, PICK), 1 if n >= 200 else 3)
        t_ours, ours = timed(lambda: select_sentences(sentences, method="lexrank", count=PICK), 5)
        same = compare("lexrank", sentences, ours, theirs)
        if n not in IDENTICAL_SIZES:
            same += " (not required)"
        print(f"{n:>9} {t_sumy:>9.3f} {t_ours:>9.4f} {t_sumy / t_ours:>8.1f}x  {same}")


def other_methods_section(docs: Sequence[Document]) -> None:
    print("## Other vectorised methods: sumy vs ours (select 5 sentences; sumy timed once)")
    print(f"{'method':>9} {'sentences':>9} {'sumy s':>9} {'ours s':>9} {'speed-up':>9}  selections")
    for method, sizes in OTHER_METHODS:
        for n in sizes:
            sentences = body_sentences(docs, n)
            t_sumy, theirs = timed(lambda: sumy_select(method, sentences, PICK), 1)
            t_ours, ours = timed(lambda: select_sentences(sentences, method=method, count=PICK), 5)
            same = compare(method, sentences, ours, theirs)
            print(f"{method:>9} {n:>9} {t_sumy:>9.3f} {t_ours:>9.4f} {t_sumy / t_ours:>8.1f}x  {same}")


def article_of(sentences: Sequence[str], title: str) -> Article:
    """A translated-looking article: one paragraph per sentence, one model segment each."""
    paragraphs = tuple(Paragraph(text=s, source_lines=(i + 2, i + 2)) for i, s in enumerate(sentences))
    segments = tuple(Segment(paragraph=i, source=s, en=s, origin="model", sentence=0) for i, s in enumerate(sentences))
    return Article(id="bench", source_file="bench", title_en=title, paragraphs=paragraphs, segments=segments)


def article_section(docs: Sequence[Document]) -> None:
    article = article_of(body_sentences(docs, 30), docs[0].headline)
    print("## Per-article summary, 30 sentences, 3 picked (summarize_article, median of 20 runs after one warm-up)")
    print(f"{'method':>10} {'ms':>8}")
    for method in METHODS:
        settings = Settings(summary_method=method, summary_sentences=3)
        summarize_article(article, settings)
        runs = []
        for _ in range(20):
            start = time.perf_counter()
            summarize_article(article, settings)
            runs.append(time.perf_counter() - start)
        print(f"{method:>10} {statistics.median(runs) * 1000:>8.2f}")


def brief_section(docs: Sequence[Document]) -> None:
    sentences = body_sentences(docs, 400)
    t, scores = timed(lambda: lexrank_scores(sentences), 5)
    print("## Topic-brief-size input: our LexRank centrality over 400 sentences (best of 5)")
    print(f"lexrank_scores(400 sentences): {t:.4f} s ({len(scores)} scores; target <= 0.3 s)")


SECTIONS: list[Callable[[Sequence[Document]], None]] = [lexrank_section, other_methods_section, article_section, brief_section]

from cluster_speed import topics_section  # noqa: E402  (owner: topics; 400-sentence brief + 5,000-article clustering)

SECTIONS.append(topics_section)


def main() -> None:
    docs = load_documents()
    print(f"NTREX-128 dev: {len(docs)} documents, {sum(len(d.body) for d in docs)} body sentences; python {sys.version.split()[0]}")
    for section in SECTIONS:
        print()
        section(docs)


if __name__ == "__main__":
    main()
