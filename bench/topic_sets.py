"""Labelled story-clustering sets for ``bench/eval_topics.py``, built directly as translated Articles.

Each set is a list of English :class:`~translate_summarize.article.Article` (passthrough segments, so
no model, memory or extraction stage is involved) with a gold story label per article id:

``ntrex``     the 60 NTREX-128 dev documents (headline + body), ``stories.json`` groups (unlisted
              documents are single stories); no dates.
``ecbplus``   982 ECB+ articles in 86 events (43 topics of two similar events each): first line as
              the title when the text has more than one line, the rest one paragraph per line; no dates.
``ecb_leads`` the same ECB+ articles cut to title + first two body lines (feed items: title and lead).
``ecb_titles`` the same ECB+ articles cut to their first line (a headline, or the lead sentence of the
              articles that have none): headline-only items from another source than ``uci``.
``uci``       6,366 UCI News Aggregator headlines (87 stories), headline only, dated by their time stamp.
``seeds``     the five seeds through their reference English (``eval_summaries.seed_articles``), gold
              story ids from ``seeds/gold.json`` (001 is undated).

Each set's ``run_date`` is the night it is clustered as (the date an undated article is taken to have
been collected): the day after the newest dated article, or for undated sets a fixed date.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping, Sequence

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"


@dataclass(frozen=True, slots=True)
class EvalSet:
    name: str
    articles: tuple  # tuple[Article, ...]
    gold: Mapping[str, str]
    run_date: dt.date
    about: str


def _article(article_id: str, title: str | None, lines: Sequence[str], published: str | None = None, outlet: str | None = None):  # type: ignore[no-untyped-def]
    from eval_summaries import english_article

    return english_article(article_id, f"{article_id}.txt", title, list(lines), published).replace(outlet=outlet)


def load_ntrex(shared: Path = SHARED) -> EvalSet:
    from eval_summaries import load_groups, ntrex_articles
    from ntrex import load_documents

    directory = shared / "ntrex128_dev"
    docs = load_documents(directory)
    groups = load_groups(directory)
    articles = tuple(ntrex_articles(docs))
    gold = {a.id: groups.get(a.id, a.id) for a in articles}
    return EvalSet("ntrex", articles, gold, dt.date(2019, 1, 1), "NTREX-128 dev, 60 documents, 9 multi-document stories, no dates")


def _ecb_records(shared: Path) -> list[dict]:
    path = shared / "ecbplus" / "ecbplus.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _ecb_split(text: str) -> tuple[str | None, list[str]]:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) > 1:
        return lines[0], lines[1:]
    return None, lines


def load_ecbplus(shared: Path = SHARED) -> EvalSet:
    records = _ecb_records(shared)
    articles = []
    for r in records:
        title, body = _ecb_split(r["text"])
        articles.append(_article(f"ecb-{r['doc_id']}", title, body))
    gold = {f"ecb-{r['doc_id']}": r["event"] for r in records}
    return EvalSet("ecbplus", tuple(articles), gold, dt.date(2014, 1, 1), "ECB+, 982 articles, 86 events in 43 pairs of similar events, no dates")


def load_ecb_leads(shared: Path = SHARED) -> EvalSet:
    records = _ecb_records(shared)
    articles = []
    for r in records:
        title, body = _ecb_split(r["text"])
        articles.append(_article(f"lead-{r['doc_id']}", title, body[:2]))
    gold = {f"lead-{r['doc_id']}": r["event"] for r in records}
    return EvalSet("ecb_leads", tuple(articles), gold, dt.date(2014, 1, 1), "ECB+ cut to title + two lead lines (feed items), no dates")


def load_ecb_titles(shared: Path = SHARED) -> EvalSet:
    records = _ecb_records(shared)
    articles = []
    for r in records:
        title, body = _ecb_split(r["text"])
        articles.append(_article(f"title-{r['doc_id']}", title or body[0], []))
    gold = {f"title-{r['doc_id']}": r["event"] for r in records}
    return EvalSet("ecb_titles", tuple(articles), gold, dt.date(2014, 1, 1), "ECB+ first lines only (headline-only feed items), no dates")


def load_uci(shared: Path = SHARED) -> EvalSet:
    path = shared / "uci_headlines" / "headlines.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = tuple(
        _article(f"uci-{r['id']}", r["title"], [], r["published"][:10], r.get("publisher")) for r in records
    )
    gold = {f"uci-{r['id']}": r["story"] for r in records}
    newest = max(dt.date.fromisoformat(r["published"][:10]) for r in records)
    return EvalSet("uci", articles, gold, newest + dt.timedelta(days=1), "UCI News Aggregator, 6,366 dated headlines, 87 stories")


def load_seeds(seeds: Path = ROOT / "seeds") -> EvalSet:
    from eval_summaries import seed_articles

    data = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))
    articles = tuple(seed_articles(seeds))
    gold = {e["file"].removesuffix(".txt"): e["story"] for e in data["articles"]}
    dates = [dt.date.fromisoformat(a.published) for a in articles if a.published]
    return EvalSet("seeds", articles, gold, max(dates) + dt.timedelta(days=1), "the five seeds (reference English), 4 stories, 001 undated")


LOADERS: dict[str, Callable[[], EvalSet]] = {
    "ntrex": load_ntrex,
    "ecbplus": load_ecbplus,
    "ecb_leads": load_ecb_leads,
    "ecb_titles": load_ecb_titles,
    "uci": load_uci,
    "seeds": load_seeds,
}
FOLDS: dict[str, tuple[str, ...]] = {
    "ntrex": ("ntrex",),
    "ecb": ("ecbplus", "ecb_leads", "ecb_titles"),  # the same events: held out together
    "uci": ("uci",),
    "seeds": ("seeds",),
}


def pair_scores(predicted: Mapping[str, object], gold: Mapping[str, str]) -> dict[str, float]:
    """Pairwise precision/recall/F1 of 'same cluster' over all pairs of gold's ids (contingency counts)."""
    from collections import Counter

    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    ids = list(gold)
    tp = pairs(Counter((predicted[i], gold[i]) for i in ids))
    pred = pairs(Counter(predicted[i] for i in ids))
    true = pairs(Counter(gold[i] for i in ids))
    return prf(tp, pred - tp, true - tp)


def prf(tp: float, fp: float, fn: float) -> dict[str, float]:
    """Precision, recall and F1 of pair counts (no predicted pair: precision 1; no true pair: recall 1)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}
