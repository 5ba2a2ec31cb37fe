"""Topic clustering at scale: 5,000 synthetic articles recombined from NTREX sentences, time and peak RSS.

Each synthetic article takes the headline and 4-8 body sentences of one NTREX dev document (its
"story") plus 1-3 sentences of other documents, with a published date spread over one week; ids are
distinct. ``run_cluster_bench`` times, in a fresh Python process (so the peak RSS is this work's own):
the TF-IDF vectors, the clustering (block-wise candidate graph + complete linkage per component, time
window on) and the whole ``build_topics`` (labels, briefs for every topic, story tracking into a new
SQLite store). Also: one topic brief over ~400 NTREX sentences (median of 5).
Usage: ``python bench/cluster_speed.py [--articles N]``; ``bench/summarize_speed.py`` calls
``topics_section`` as its last section.
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


def synthetic_articles(n_articles: int, seed: int = 2019) -> list[Any]:
    """``n_articles`` English articles recombined from NTREX dev sentences, dated over 7 days."""
    import datetime as dt

    from eval_summaries import english_article
    from ntrex import load_documents

    docs = load_documents()
    rng = random.Random(seed)
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
        published = (start + dt.timedelta(days=rng.randint(0, 6))).isoformat()
        out.append(english_article(f"syn-{k:05d}", f"synthetic/{k}.txt", doc.headline, lines, published))
    return out


def _measure(n_articles: int) -> dict[str, Any]:
    """The measurements, in this process (call through ``run_cluster_bench`` for a clean peak RSS)."""
    import datetime as dt
    import resource

    import psutil

    from translate_summarize.settings import Settings
    from translate_summarize.state import connect
    from translate_summarize.stories import StoryStore
    from translate_summarize.topic_vectors import vectorize
    from translate_summarize.topics import article_vectors, build_topics, cluster_groups, parse_date

    articles = synthetic_articles(n_articles)
    settings = Settings()
    vectorize(["warm up"], ["imports, background table and stemmer loaded before timing"])
    rss_before = psutil.Process().memory_info().rss
    ordered = sorted(articles, key=lambda a: a.id)
    t0 = time.perf_counter()
    vectors = article_vectors(ordered)
    t1 = time.perf_counter()
    groups = cluster_groups(vectors.matrix, [parse_date(a.published) for a in ordered],
                            threshold=settings.topic_threshold, window_days=settings.topic_window_days)
    t2 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "state.sqlite")
        t3 = time.perf_counter()
        _, topics = build_topics(articles, settings, stories=StoryStore(conn), run_date=dt.date(2019, 10, 8))
        t4 = time.perf_counter()
        conn.close()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sizes = sorted((len(t.article_ids) for t in topics), reverse=True)
    return {
        "articles": n_articles,
        "terms": len(vectors.terms),
        "vectorize_s": round(t1 - t0, 3),
        "cluster_s": round(t2 - t1, 3),
        "clusters": len(groups),
        "build_topics_s": round(t4 - t3, 3),
        "topics": len(topics),
        "largest_topics": sizes[:5],
        "singletons": sum(1 for s in sizes if s == 1),
        "rss_loaded_mib": round(rss_before / 2**20, 1),
        "peak_rss_mib": round(peak_kib / 1024, 1),
    }


def run_cluster_bench(n_articles: int = 5000) -> dict[str, Any]:
    """Run the clustering benchmark in a fresh interpreter and return its figures."""
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--articles", str(n_articles), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def describe(r: dict[str, Any]) -> str:
    return (
        f"clustering {r['articles']} synthetic articles ({r['terms']} terms): vectors {r['vectorize_s']:.2f} s, "
        f"clustering {r['cluster_s']:.2f} s -> {r['clusters']} clusters; whole build_topics (labels, briefs, "
        f"story store) {r['build_topics_s']:.2f} s -> {r['topics']} topics (largest {r['largest_topics']}, "
        f"{r['singletons']} singletons); peak RSS {r['peak_rss_mib']:.0f} MiB (after loading the articles: {r['rss_loaded_mib']:.0f} MiB)"
    )


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
    parser.add_argument("--json", action="store_true", help="measure in this process and print one JSON line")
    args = parser.parse_args(argv)
    if args.json:
        print(json.dumps(_measure(args.articles)))
        return 0
    from ntrex import load_documents

    total, seconds = brief_timing(load_documents())
    print(f"topic brief over {total} sentences: {seconds * 1000:.0f} ms (median of 5)")
    print(describe(run_cluster_bench(args.articles)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
