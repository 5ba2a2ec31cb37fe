"""Evaluation gate for summaries and topics: scores against pinned floors, exits 1 when one drops.

(a) Sentence selection on NTREX-128 dev English (60 documents; headline = first line, passed as the
    title; body lines are the sentences) against the editor picks in ``summary_picks.json``: for every
    method in ``summarize.METHODS`` (count per document = number of picks), micro precision, recall and
    F1 over all picked sentences. These are in-sample figures for ``default``, whose weights were
    fitted on these documents. Also checked: ``default`` >= ``lead`` and >= ``lexrank``; and the
    topic-brief selector used on single documents (a sanity floor for its position prior).
(a') The default held out: its configuration (``summary_model.json`` → ``model``) re-fitted
    without each fold and scored on it (``summary_model.held_out_f1``: NTREX folds by story), and
    the shipped weights on the ECB+ test topics (proxy picks, never used to fit or choose),
    each against the lead; the default must beat the lead on both. With ``--pages`` (slow: it
    extracts and translates 360 page dumps; ``tests/test_eval_summaries.py`` runs it as its own
    test) also on the NTREX page dumps through the real stages (``summary_pages.py``), tuning and
    held-out templates apart, each page scored by the configuration re-fitted without its document.
(b) Topics on the same 60 documents against ``stories.json`` (unlisted documents are single stories):
    pairwise precision / recall / F1 of "same topic" decisions, with a sweep over thresholds (the
    Settings default is chosen there; documents have no dates, so the time window does not apply).
    Story tracking: the same documents over two nights (first document of each story on night 1, the
    rest on night 2) — how many night-2 topics join the right story of night 1.
(d) Topic briefs on the proxy sets of ``brief_sets.py`` (NTREX story groups with editor-pick
    references, ECB+ events with held-back articles' leads as references, and their title + lead
    variant): ROUGE-1/2 F1 (stemmed, ``rouge-score``) of the brief, the round-robin lead and LexRank
    at the same word budget; the brief must reach the round-robin lead on the held-out ECB+ sets.
    No brief may be empty while its topic has text: checked (with ``build_brief`` itself) on the
    title + lead topics and on UCI headline-only topics (up to 30 headlines of each of the 87
    stories, no body). The ECB+ dev sets were tuned on: ``bench/tune_briefs.py`` reports them.
(c) The seeds through their reference English (``seeds/gold.json`` + ``seeds/translation_memory.jsonl``):
    000 and 003 share a topic, 002 and 004 are apart from them and from each other, and the brief of
    the 000+003 topic cites both articles.

Usage: ``python bench/eval_summaries.py [--floors FILE] [--ntrex DIR] [--seeds DIR] [--no-sweep] [--no-briefs] [--pages]``.
Floors: ``bench/summaries_floors.json``. Exit 0 when every metric is at or above its floor and every
check holds; 1 otherwise, naming each failing metric.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ntrex import DEFAULT_DIR as NTREX_DIR  # noqa: E402
from ntrex import Document, load_documents, load_picks  # noqa: E402

from translate_summarize.article import Article, Paragraph, Segment  # noqa: E402
from translate_summarize.settings import Settings  # noqa: E402

FLOORS = ROOT / "bench" / "summaries_floors.json"
UCI = ROOT.parent / "shared" / "eval" / "uci_headlines" / "headlines.jsonl"
UCI_PER_STORY = 30
REFIT_TOLERANCE = 1e-3
"""Relative change allowed between the shipped weights and a re-fit (solver tolerance, other CPUs)."""
SEEDS = ROOT / "seeds"
SWEEP = tuple(round(0.6 + 0.01 * i, 3) for i in range(31))  # 0.60 .. 0.90


# --- (a) sentence selection ------------------------------------------------------------------------

def selection_scores(docs: Sequence[Document], picks: dict[str, list[int]]) -> dict[str, dict[str, float]]:
    """Micro precision/recall/F1 of each method's selections against the picks."""
    from translate_summarize.summarize import METHODS, select_sentences

    out: dict[str, dict[str, float]] = {}
    for method in METHODS:
        hits = chosen_total = gold_total = 0
        for doc in docs:
            gold = set(picks[doc.doc_id])
            chosen = set(select_sentences(list(doc.body), method=method, count=len(gold), title=doc.headline))
            hits += len(chosen & gold)
            chosen_total += len(chosen)
            gold_total += len(gold)
        p = hits / chosen_total if chosen_total else 0.0
        r = hits / gold_total if gold_total else 0.0
        out[method] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


HELD_OUT_SETS = (
    ("ntrex", "NTREX dev, cross-validated by story"),
    ("ecbplus-test", "ECB+ test topics, proxy picks"),
    ("pages-tuning", "NTREX pages, tuning templates, cv"),
    ("pages-heldout", "NTREX pages, held-out templates, cv"),
)


def held_out_default(*, pages: bool = False) -> dict[str, dict[str, float]]:
    """Held-out F1 of the shipped default's configuration and of the lead, per set (see (a')).

    NTREX and (with ``pages``) the page sets are scored by the configuration re-fitted without each
    fold's documents; ECB+ test by the shipped weights (never fitted or chosen on it).
    """
    import summary_model as sm

    from translate_summarize.summarizers.supervised import shipped_model

    record = json.loads((ROOT / "translate_summarize" / "data" / "summary_model.json").read_text(encoding="utf-8"))
    config = sm.Config.from_record(record["model"])
    sets = {"ntrex": sm.ntrex_docs(), "ecbplus-test": sm.ecbplus_docs("test")}
    for name in config.train:
        if name.startswith("ecbplus-"):
            sets[name] = sm.ecbplus_docs(name.removeprefix("ecbplus-"))
    if pages:
        sets.update(sm.page_docs())
    out: dict[str, dict[str, float]] = {}
    for name, _ in HELD_OUT_SETS:
        if name not in sets:
            continue
        default = (
            sm.micro_f1(sets[name], sm.linear_scorer(shipped_model())) if name == "ecbplus-test" else sm.held_out_f1(config, sets, name)
        )
        out[name] = {"default": default, "lead": sm.micro_f1(sets[name], sm.lead_scores), "documents": len(sets[name])}
    refit = sm.fit(config, [d for name in config.train for d in sets[name]])
    shipped = shipped_model()
    scale = max(abs(w) for w in shipped.weights) or 1.0
    drift = max(abs(a - b) for a, b in zip(refit.weights, shipped.weights)) / scale if refit and refit.features == shipped.features else float("inf")
    out["config"] = {"name": config.name, "refit_drift": drift}  # type: ignore[dict-item]
    return out


def uci_topics(path: Path = UCI, per_story: int = UCI_PER_STORY) -> list[list[Article]]:
    """Headline-only English articles (no body), grouped by the aggregator's story, ``per_story`` at most each."""
    stories: dict[str, list[Article]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        group = stories.setdefault(r["story"], [])
        if len(group) < per_story:
            group.append(Article(id=f"uci-{r['id']}", source_file=f"uci/{r['id']}", lang="en", title=r["title"], title_en=r["title"], published=r["published"][:10]))
    return list(stories.values())


def brief_selection_f1(docs: Sequence[Document], picks: dict[str, list[int]]) -> float:
    """Micro F1 of the topic-brief selector (centrality + position prior + MMR) run on each document alone."""
    from translate_summarize.briefs import select_mmr

    hits = total = 0
    for doc in docs:
        gold = set(picks[doc.doc_id])
        chosen = set(select_mmr(list(doc.body), list(range(len(doc.body))), len(gold)))
        hits += len(chosen & gold)
        total += len(gold)
    return hits / total if total else 0.0


# --- (b) topics on NTREX ---------------------------------------------------------------------------

def english_article(article_id: str, source_file: str, headline: str, lines: Sequence[str], published: str | None = None) -> Article:
    """An English article: headline as title, one paragraph and one passthrough segment per line."""
    paragraphs = tuple(Paragraph(text=line, source_lines=(i + 2, i + 2), lang="en") for i, line in enumerate(lines))
    segments = tuple(Segment(paragraph=i, source=line, en=line, origin="passthrough") for i, line in enumerate(lines))
    return Article(id=article_id, source_file=source_file, lang="en", title=headline, title_en=headline,
                   published=published, paragraphs=paragraphs, segments=segments)


def ntrex_articles(docs: Sequence[Document]) -> list[Article]:
    """One English article per document: headline as title, one paragraph/segment per body line."""
    return [english_article(doc.doc_id, f"ntrex/{doc.doc_id}", doc.headline, doc.body) for doc in docs]


def load_groups(directory: Path) -> dict[str, str]:
    data = json.loads((directory / "stories.json").read_text(encoding="utf-8"))
    return {doc_id: name for name, ids in data["groups"].items() for doc_id in ids}


def pairwise(predicted: dict[str, str], gold: dict[str, str], ids: Sequence[str]) -> dict[str, float]:
    """Pairwise precision/recall/F1 of 'same cluster' over all pairs of ``ids``."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(ids, 2):
        same_pred = predicted[a] == predicted[b]
        same_gold = gold.get(a, a) == gold.get(b, b)
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def topic_scores(articles: Sequence[Article], gold: dict[str, str], threshold: float) -> dict[str, float]:
    """Pairwise scores of the full ``build_topics`` at ``threshold``."""
    from translate_summarize.topics import build_topics

    settings = Settings().replace(topic_threshold=threshold)
    _, topics = build_topics(articles, settings)
    predicted = {aid: t.topic_id for t in topics for aid in t.article_ids}
    scores = pairwise(predicted, gold, [a.id for a in articles])
    scores["topics"] = len(topics)
    return scores


def topic_sweep(articles: Sequence[Article], gold: dict[str, str], thresholds: Sequence[float]) -> list[dict[str, float]]:
    """Pairwise scores per threshold: the vectors are built once, only the clustering cut is repeated."""
    from translate_summarize.topics import article_vectors, cluster_groups, parse_date

    ordered = sorted(articles, key=lambda a: a.id)
    vectors = article_vectors(ordered)
    dates = [parse_date(a.published) for a in ordered]
    rows = []
    for t in thresholds:
        groups = cluster_groups(vectors.cluster, dates, threshold=t, window_days=Settings().topic_window_days)
        predicted = {ordered[r].id: str(g[0]) for g in groups for r in g}
        scores = pairwise(predicted, gold, [a.id for a in ordered])
        scores["topics"] = len(groups)
        scores["threshold"] = t
        rows.append(scores)
    return rows


def story_tracking(articles: Sequence[Article], gold: dict[str, str]) -> dict[str, int]:
    """Two nights on one story store: night 1 has the first document of every multi-document story and
    every other single story, night 2 the rest. Counts night-2 topics that join the right story
    (``joined_ok``), a wrong one (``joined_wrong``), miss theirs (``missed``) or rightly start one."""
    import datetime as dt
    import sqlite3

    from translate_summarize.stories import StoryStore
    from translate_summarize.topics import build_topics

    by_id = {a.id: a for a in articles}
    first: set[str] = set()
    seen: set[str] = set()
    for a in articles:  # file order
        story = gold.get(a.id)
        if story is not None and story not in seen:
            seen.add(story)
            first.add(a.id)
    singles = [a.id for a in articles if a.id not in gold]
    first.update(singles[::2])
    second = [i for i in by_id if i not in first]
    conn = sqlite3.connect(":memory:", isolation_level=None)
    store, settings = StoryStore(conn), Settings()
    night1, night2 = dt.date(2019, 1, 1), dt.date(2019, 1, 2)
    _, t1 = build_topics([by_id[i].replace(published=night1.isoformat()) for i in sorted(first)], settings, stories=store, run_date=night1)
    _, t2 = build_topics([by_id[i].replace(published=night2.isoformat()) for i in second], settings, stories=store, run_date=night2)
    conn.close()
    story_of = {aid: t.story_id for t in t1 for aid in t.article_ids}
    counts = {"joined_ok": 0, "joined_wrong": 0, "missed": 0, "new_ok": 0}
    for t in t2:
        expected = {a for a in first if gold.get(a) and any(gold.get(a) == gold.get(m) for m in t.article_ids)}
        if not t.new_story:
            joined = {a for a, sid in story_of.items() if sid == t.story_id}
            counts["joined_ok" if expected and joined <= expected else "joined_wrong"] += 1
        else:
            counts["missed" if expected else "new_ok"] += 1
    return counts


# --- (c) seeds -------------------------------------------------------------------------------------

def seed_articles(seeds: Path = SEEDS) -> list[Article]:
    """The seeds as translated articles built from the gold annotations and the reference memory.

    ``title_en`` is the memory target of the title line; every non-blank body line is one paragraph
    (heading flags from gold) with one ``memory`` segment. Ids are the file names without ``.txt``.
    """
    gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))
    memory: dict[str, str] = {}
    for line in (seeds / "translation_memory.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            pair = json.loads(line)
            memory[pair["source"]] = pair["target"]
    out = []
    for entry in gold["articles"]:
        raw = (seeds / entry["file"]).read_text(encoding="utf-8").split("\n")
        headings = set(entry["heading_lines"])
        paragraphs: list[Paragraph] = []
        segments: list[Segment] = []
        for first, last in entry["body_lines"]:
            for number in range(first, last + 1):
                text = raw[number - 1].strip()
                if not text:
                    continue
                paragraphs.append(Paragraph(text=text, source_lines=(number, number), heading=number in headings, lang=entry["lang"]))
                segments.append(Segment(paragraph=len(paragraphs) - 1, source=text, en=memory[text], origin="memory"))
        out.append(Article(
            id=entry["file"].removesuffix(".txt"), source_file=entry["file"], lang=entry["lang"],
            title=entry["title"], title_en=memory[entry["title"]] if entry["title"] else None,
            published=entry["published"], outlet=entry["outlet"], credited_source=entry["credited_source"],
            paragraphs=tuple(paragraphs), segments=tuple(segments),
        ))
    return out


def seed_checks(seeds: Path = SEEDS) -> tuple[list[tuple[str, bool, str]], list[Any]]:
    """(check name, passed, detail) for each seed story constraint, and the topics."""
    from translate_summarize.summarize import summarize_article
    from translate_summarize.topics import build_topics

    settings = Settings()
    gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))
    articles = [summarize_article(a, settings) for a in seed_articles(seeds)]
    _, topics = build_topics(articles, settings)
    topic_of = {aid: t for t in topics for aid in t.article_ids}
    checks: list[tuple[str, bool, str]] = []
    for a, b in gold["stories"]["must_share_topic"]:
        a, b = a.removesuffix(".txt"), b.removesuffix(".txt")
        same = topic_of[a].topic_id == topic_of[b].topic_id
        checks.append((f"share {a[:3]}+{b[:3]}", same, f"{topic_of[a].topic_id} / {topic_of[b].topic_id}"))
        cited = {s.article_id for s in topic_of[a].brief}
        checks.append((f"brief cites {a[:3]}+{b[:3]}", same and {a, b} <= cited, f"cited: {sorted(x[:3] for x in cited)}"))
    for a, b in gold["stories"]["must_not_share_topic"] + [["002_6d2f08d76ddc822d.txt", "004_761cb0edd2caddef.txt"]]:
        a, b = a.removesuffix(".txt"), b.removesuffix(".txt")
        apart = topic_of[a].topic_id != topic_of[b].topic_id
        checks.append((f"apart {a[:3]}/{b[:3]}", apart, f"{topic_of[a].topic_id} / {topic_of[b].topic_id}"))
    return checks, topics


# --- gate ------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Summaries and topics evaluation gate (pinned floors).")
    parser.add_argument("--floors", type=Path, default=FLOORS, help="JSON file of floors")
    parser.add_argument("--ntrex", type=Path, default=NTREX_DIR, help="NTREX-128 dev folder")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder with gold.json, memory and seed files")
    parser.add_argument("--no-sweep", action="store_true", help="skip the threshold sweep table")
    parser.add_argument("--no-briefs", action="store_true", help="skip the topic-brief ROUGE tables (d)")
    parser.add_argument("--pages", action="store_true", help="also score the default on the NTREX page dumps through extraction (slow)")
    args = parser.parse_args(argv)
    floors = json.loads(args.floors.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    failures: list[str] = []

    def floor(metric: str, value: float, minimum: float | None) -> str:
        if minimum is None:
            return ""
        if value + 1e-9 < minimum:
            failures.append(f"{metric} = {value:.4f} < floor {minimum:.4f}")
            return f"  FAIL (floor {minimum:.3f})"
        return f"  ok (floor {minimum:.3f})"

    docs = load_documents(args.ntrex)
    picks = load_picks(args.ntrex)
    docs = [d for d in docs if d.doc_id in picks]
    print(f"(a) sentence selection on NTREX dev: {len(docs)} documents, {sum(len(p) for p in picks.values())} picked sentences")
    print(f"    {'method':<10} {'P':>6} {'R':>6} {'F1':>6}")
    selection = selection_scores(docs, picks)
    for method, s in selection.items():
        status = floor(f"selection_f1.{method}", s["f1"], floors["selection_f1"].get(method))
        print(f"    {method:<10} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}{status}")
    for other in ("lead", "lexrank"):
        ok = selection["default"]["f1"] + 1e-9 >= selection[other]["f1"]
        print(f"    check default >= {other}: {'ok' if ok else 'FAIL'}")
        if not ok:
            failures.append(f"selection_f1.default ({selection['default']['f1']:.4f}) < selection_f1.{other} ({selection[other]['f1']:.4f})")

    brief = brief_selection_f1(docs, picks)
    print(f"    brief selector (briefs.select_mmr) used on single documents: F1 {brief:.3f}"
          + floor("brief_single_doc_f1", brief, floors.get("brief_single_doc_f1")))

    held = held_out_default(pages=args.pages)
    print(f"\n(a') the default held out ({held['config']['name']}): selection F1 against the lead")
    drift = held["config"]["refit_drift"]
    reproduced = drift <= REFIT_TOLERANCE
    print(f"    shipped weights re-fitted from their training sets: {'ok' if reproduced else 'FAIL'} (largest change {drift:.2e} of the largest weight)")
    if not reproduced:
        failures.append(f"summary_model.json is not what bench/fit_summary_model.py fits now (drift {drift:.2e}); rerun it")
    for set_name, label in HELD_OUT_SETS:
        if set_name not in held:
            continue
        h = held[set_name]
        status = floor(f"default_held_out_f1.{set_name}", h["default"], floors["default_held_out_f1"].get(set_name))
        print(f"    {label:<38} {int(h['documents']):4d} docs  default {h['default']:.3f}  lead {h['lead']:.3f}{status}")
        if h["default"] <= h["lead"]:
            failures.append(f"default_held_out_f1.{set_name} ({h['default']:.4f}) <= lead ({h['lead']:.4f})")
            print("    FAIL: the default does not beat the lead here")

    articles = ntrex_articles(docs)
    gold_groups = load_groups(args.ntrex)
    chosen = Settings().topic_threshold
    if not args.no_sweep:
        print(f"\n(b) topic threshold sweep on NTREX dev ({len(articles)} documents, {len(set(gold_groups.values()))} multi-document stories)")
        print(f"    {'threshold':>9} {'P':>6} {'R':>6} {'F1':>6} {'topics':>6}")
        for s in topic_sweep(articles, gold_groups, SWEEP):
            t = s["threshold"]
            mark = "  <- Settings default" if abs(t - chosen) < 1e-9 else ""
            print(f"    {t:9.3f} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['topics']:6d}{mark}")
    s = topic_scores(articles, gold_groups, chosen)
    print(f"\n(b) topics at the default threshold {chosen}: P {s['precision']:.3f} R {s['recall']:.3f} "
          f"F1 {s['f1']:.3f} (tp {s['tp']}, fp {s['fp']}, fn {s['fn']}, {s['topics']} topics)"
          + floor("topic_f1", s["f1"], floors["topic_f1"]))

    st = story_tracking(articles, gold_groups)
    print(f"\n(b) story tracking, two nights on one store: {st['joined_ok']} joined the right story, "
          f"{st['joined_wrong']} a wrong one, {st['missed']} missed theirs, {st['new_ok']} rightly new"
          + floor("story_joined_ok", st["joined_ok"], floors.get("story_joined_ok")))
    most_wrong = floors.get("story_joined_wrong_max")
    if most_wrong is not None and st["joined_wrong"] > most_wrong:
        failures.append(f"story_joined_wrong = {st['joined_wrong']} > max {most_wrong}")
        print(f"    FAIL: more wrong joins than {most_wrong}")

    if not args.no_briefs:
        import brief_sets as bs

        print(f"\n(d) topic briefs, ROUGE-1/2 F1 x 100 at {bs.BUDGET} words (ntrex was tuned on; ecbplus-test* held out)")
        print(f"    {'set':<20} {'topics':>6} " + " ".join(f"{name:>18}" for name in bs.systems()))
        empty: list[str] = []
        for set_name in bs.GATE_SETS:
            topics_ = bs.load_set(set_name)
            row = {name: bs.score(topics_, system) for name, system in bs.systems().items()}
            print(f"    {set_name:<20} {len(topics_):6d} " + " ".join(f"{r1:8.2f} / {r2:6.2f}  " for r1, r2 in row.values()))
            minimum = floors["brief_rouge2"].get(set_name)
            status = floor(f"brief_rouge2.{set_name}", row["brief"][1], minimum)
            if status:
                print(f"    {'':<20} brief ROUGE-2{status}")
            if set_name.startswith("ecbplus-test") and row["brief"][1] + 1e-9 < row["round-robin lead"][1]:
                failures.append(f"brief_rouge2.{set_name} ({row['brief'][1]:.2f}) < round-robin lead ({row['round-robin lead'][1]:.2f})")
                print(f"    FAIL: the brief is below the round-robin lead on {set_name}")
            if set_name.endswith("-short"):  # title + lead items: the proxy topics most likely to come out empty
                empty += [f"{set_name}/{topics_[i].name}" for i in bs.empty_briefs([t.articles for t in topics_])]
        uci = uci_topics()
        empty += [f"uci/{uci[i][0].id}" for i in bs.empty_briefs(uci)]
        print(f"    empty briefs while the topic has text: {len(empty)} (title + lead topics and {len(uci)} UCI headline-only topics)")
        if empty:
            failures.append("empty briefs: " + ", ".join(empty[:5]))

    checks, topics = seed_checks(args.seeds)
    print("\n(c) seed story constraints (reference English, default settings)")
    for t in topics:
        print(f"    {t.topic_id} {t.story_id} [{', '.join(a[:3] for a in t.article_ids)}] {t.label}")
    for name, passed, detail in checks:
        print(f"    {name:<22} {'ok' if passed else 'FAIL'}  ({detail})")
        if not passed:
            failures.append(f"seeds.{name.replace(' ', '_')}")

    print(f"\n{time.perf_counter() - t0:.1f} s")
    if failures:
        print("GATE FAILED: " + "; ".join(failures))
        return 1
    print("gate passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
