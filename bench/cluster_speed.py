"""Topic clustering at scale: synthetic articles recombined from NTREX sentences, time, peak RSS, quality.

Each synthetic article takes the headline and 4-8 body sentences of one NTREX dev document (its
"story") plus 1-3 sentences of other documents, with a published date spread over one week; ids are
distinct. ``run_cluster_bench`` measures, in a fresh Python process (so the peak RSS is this work's
own): the vectors, the clustering (``topics.topic_groups``: nearest-neighbour candidate graph, average
linkage in levels — candidate levels, then exact — window-split clusters joined) and the whole ``build_topics`` (labels, copies, briefs
for every topic, story tracking into a new SQLite store); and the pair precision/recall/F1 of the
clusters against the documents the articles were drawn from. With ``--baseline`` (only sensible up to
a few thousand articles: it builds a dense n × n matrix) it also runs the method this replaced — exact
complete linkage on cosine distance of the text vectors cut at 0.72, the window as a blocked distance
— on the same articles, for the quality comparison. Also: one topic brief over ~400 NTREX sentences.

Issue 10's targets: ``--articles 100000`` within 300 s and 2 GiB peak RSS, with the quality of
``--articles 5000 --baseline``'s baseline or better at 5,000.

``--undated-share F``: that share of the articles (drawn with their own seed, the rest unchanged)
have no date and the night runs with ``topics.undated = "free"`` (archive runs: undated articles
placed by their text), to measure that path at scale.

Usage: ``python bench/cluster_speed.py [--articles N] [--baseline] [--undated-share F]``;
``bench/summarize_speed.py`` calls ``topics_section`` as its last section.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


_story_of: dict[str, str] = {}
"""Synthetic article id -> the NTREX document it was drawn from (filled by :func:`synthetic_articles`)."""


def synthetic_articles(n_articles: int, seed: int = 2019, undated_share: float = 0.0) -> list[Any]:
    """``n_articles`` English articles recombined from NTREX dev sentences, dated over 7 days
    (``undated_share`` of them, drawn with a separate seed, undated)."""
    import datetime as dt

    from eval_summaries import english_article
    from ntrex import load_documents

    docs = load_documents()
    rng = random.Random(seed)
    undated = random.Random(seed + 1)
    start = dt.date(2019, 10, 1)
    out = []
    for k in range(n_articles):
        doc = rng.choice(docs)
        body = list(doc.body)
        take = sorted(rng.sample(range(len(body)), min(len(body), rng.randint(4, 8))))
        lines = [body[i] for i in take]
        for _ in range(rng.randint(1, 3)):
            other = rng.choice(docs)
            lines.insert(rng.randint(1, len(lines)), rng.choice(other.body))
        published: str | None = (start + dt.timedelta(days=rng.randint(0, 6))).isoformat()
        if undated_share and undated.random() < undated_share:
            published = None
        out.append(english_article(f"syn-{k:06d}", f"synthetic/{k}.txt", doc.headline, lines, published))
        _story_of[f"syn-{k:06d}"] = doc.doc_id
    return out


def exact_complete_linkage(matrix: Any, dates: Sequence[Any], threshold: float = 0.72, window_days: int = 3) -> list[list[int]]:
    """The clustering this project used before the two-level average linkage (kept here as the
    quality baseline): complete linkage on a dense cosine-distance matrix of the text vectors, cut at
    ``threshold``; pairs further apart than the window get distance 3 (never merged)."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    dense = (matrix @ matrix.T).toarray()
    dist = np.clip(1.0 - dense, 0.0, 1.0)
    np.fill_diagonal(dist, 0.0)
    days = np.array([d.toordinal() for d in dates])
    dist[np.abs(days[:, None] - days[None, :]) > window_days] = 3.0
    labels = fcluster(linkage(squareform(dist, checks=False), method="complete"), t=threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        groups.setdefault(int(label), []).append(row)
    return sorted(groups.values(), key=lambda g: g[0])


def pair_quality(groups: Sequence[Sequence[int]], stories: Sequence[str]) -> dict[str, float]:
    """Pair precision/recall/F1 of ``groups`` (row indices) against each row's source story."""
    from topic_sets import pair_scores

    predicted = {r: k for k, g in enumerate(groups) for r in g}
    s = pair_scores(predicted, {r: stories[r] for r in range(len(stories))})
    return {k: round(float(s[k]), 4) for k in ("precision", "recall", "f1")}


def _measure(n_articles: int, baseline: bool = False, undated_share: float = 0.0) -> dict[str, Any]:
    """The measurements, in this process (call through ``run_cluster_bench`` for a clean peak RSS)."""
    import datetime as dt
    import resource

    import psutil

    from eval_summaries import load_groups
    from ntrex import DEFAULT_DIR

    from translate_summarize.settings import Settings
    from translate_summarize.state import connect
    from translate_summarize.stories import StoryStore
    from translate_summarize.topic_vectors import vectorize
    from translate_summarize.topics import build_topics

    articles = synthetic_articles(n_articles, undated_share=undated_share)
    same_story = load_groups(DEFAULT_DIR)  # NTREX documents of one story (stories.json) are one story here too
    story_of = {a.id: same_story.get(_story_of[a.id], _story_of[a.id]) for a in articles}
    settings = Settings().replace(topic_undated="free") if undated_share else Settings()
    run_date = dt.date(2019, 10, 8)
    vectorize(["warm up"], ["imports, background table and stemmer loaded before timing"])
    rss_before = psutil.Process().memory_info().rss
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "state.sqlite")
        t0, c0 = time.perf_counter(), time.process_time()
        _, topics = build_topics(articles, settings, stories=StoryStore(conn), run_date=run_date, timings=timings)
        t1, c1 = time.perf_counter(), time.process_time()
        conn.close()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    index = {a.id: k for k, a in enumerate(articles)}
    labels = [story_of[a.id] for a in articles]
    quality = pair_quality([[index[i] for i in t.article_ids] for t in topics], labels)
    base = None
    if baseline:
        from translate_summarize.topics import prepare

        ordered = sorted(articles, key=lambda a: a.id)
        _, dates, vectors = prepare(ordered, settings, run_date)
        tb = time.perf_counter()
        groups = exact_complete_linkage(vectors.matrix, dates)
        base = {"clusters": len(groups), "seconds": round(time.perf_counter() - tb, 3),
                **pair_quality(groups, [story_of[a.id] for a in ordered])}
    sizes = sorted((len(t.article_ids) for t in topics), reverse=True)
    return {
        "articles": n_articles,
        "undated_share": undated_share,
        "build_topics_s": round(t1 - t0, 3),
        "build_topics_cpu_s": round(c1 - c0, 3),
        "steps_s": {k: round(v, 3) for k, v in timings.items()},
        "quality": quality,
        "baseline": base,
        "topics": len(topics),
        "largest_topics": sizes[:5],
        "singletons": sum(1 for s in sizes if s == 1),
        "rss_loaded_mib": round(rss_before / 2**20, 1),
        "peak_rss_mib": round(peak_kib / 1024, 1),
    }


def run_cluster_bench(n_articles: int = 5000, baseline: bool = False, undated_share: float = 0.0) -> dict[str, Any]:
    """Run the clustering benchmark in a fresh interpreter and return its figures."""
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--articles", str(n_articles), "--json"]
        + (["--baseline"] if baseline else []) + (["--undated-share", str(undated_share)] if undated_share else []),
        capture_output=True, text=True, check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def describe(r: dict[str, Any]) -> str:
    q = r["quality"]
    steps = ", ".join(f"{k} {v:.2f}" for k, v in r["steps_s"].items())
    text = (
        f"build_topics on {r['articles']} synthetic articles"
        + (f" ({r['undated_share']:.0%} undated, topics.undated = free)" if r.get("undated_share") else "")
        + f": {r['build_topics_s']:.2f} s wall, "
        f"{r['build_topics_cpu_s']:.2f} s CPU ({steps}) -> {r['topics']} topics (largest {r['largest_topics']}, "
        f"{r['singletons']} singletons); pair P {q['precision']:.3f} R {q['recall']:.3f} F1 {q['f1']:.3f} against the "
        f"source stories; peak RSS {r['peak_rss_mib']:.0f} MiB (after loading the articles: {r['rss_loaded_mib']:.0f} MiB)"
        f"\n(issue 10 target at 100,000 articles: build_topics <= 300 s, peak RSS <= 2048 MiB)"
    )
    b = r.get("baseline")
    if b:
        text += (f"\nbaseline (the replaced exact complete linkage, dense matrix) on the same articles: {b['clusters']} "
                 f"clusters, pair P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.3f}, {b['seconds']:.2f} s")
    return text


def brief_timing(docs: Sequence[Any], sentences: int = 400, repeats: int = 5) -> tuple[int, float]:
    """Median seconds of ``briefs.build_brief`` over NTREX documents totalling about ``sentences`` sentences."""
    import statistics

    from eval_summaries import ntrex_articles

    from translate_summarize.briefs import build_brief
    from translate_summarize.settings import Settings

    chosen, total = [], 0
    for doc in docs:
        if total >= sentences:
            break
        chosen.append(doc)
        total += len(doc.body)
    articles = ntrex_articles(chosen)
    build_brief(articles, Settings())  # warm imports and stemmer caches
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        build_brief(articles, Settings())
        times.append(time.perf_counter() - t0)
    return total, statistics.median(times)


def topics_section(docs: Sequence[Any]) -> None:
    """The topics part of ``bench/summarize_speed.py``: a 400-sentence brief and 5,000-article clustering."""
    total, seconds = brief_timing(docs)
    print(f"topic brief (LexRank + position prior + MMR) over {total} sentences: {seconds * 1000:.0f} ms "
          "(median of 5; target <= 300 ms)")
    print(describe(run_cluster_bench(5000)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Topic clustering benchmark on synthetic NTREX articles.")
    parser.add_argument("--articles", type=int, default=5000, help="number of synthetic articles")
    parser.add_argument("--baseline", action="store_true", help="also run the replaced exact complete linkage (dense: small N only)")
    parser.add_argument("--json", action="store_true", help="measure in this process and print one JSON line")
    parser.add_argument("--undated-share", type=float, default=0.0,
                        help="share of articles without a date, clustered with topics.undated = free (0-1)")
    args = parser.parse_args(argv)
    if not 0.0 <= args.undated_share <= 1.0:
        parser.error("--undated-share must be between 0 and 1")
    if args.undated_share and args.baseline:
        parser.error("--baseline needs every article dated (the replaced method had no undated rule): drop --undated-share")
    if args.json:
        print(json.dumps(_measure(args.articles, args.baseline, args.undated_share)))
        return 0
    from ntrex import load_documents

    total, seconds = brief_timing(load_documents())
    print(f"topic brief over {total} sentences: {seconds * 1000:.0f} ms (median of 5)")
    print(describe(run_cluster_bench(args.articles, args.baseline, args.undated_share)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
