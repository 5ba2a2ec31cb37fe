"""The story-clustering dev sets through the whole product: ``translate-summarize run FILE.jsonl``.

``bench/eval_topics.py`` builds translated articles directly, so its figures do not depend on
ingest and clean. This script writes a set as the JSONL an operator would feed the product (one
English record per article: ``url`` = the set's doc id, ``title``, ``text``, ``published``,
``outlet``; a headline-only item's text is its headline), runs the nightly pipeline on it into a
temporary folder (no model, no memory: English passes through) and scores the topics it published
against the set's stories (pair P/R/F1, articles mapped back by ``url``); records the pipeline
skipped or failed count as singletons and are reported.

``--undated MODE`` runs with ``topics.undated = MODE``. ECB+ is an archive (articles of 2005-2013
run as one night): clean finds the dateline of 286 of its 982 records, the rest are undated. At the
nightly default (``run-date``) those are taken as published on the run date and kept apart from
their dated siblings (0.749); ``free`` (the archive setting) places them by their text (0.817).

    python bench/topics_via_run.py [--sets ecbplus,uci] [--undated run-date|none|free]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from topic_sets import LOADERS, EvalSet, pair_scores  # noqa: E402

from translate_summarize.settings import UNDATED_CHOICES  # noqa: E402


def write_records(data: EvalSet, path: Path) -> None:
    """One JSONL record per article of the set."""
    with path.open("w", encoding="utf-8") as f:
        for a in data.articles:
            body = [s.en for s in a.segments if s.en]
            text = "\n\n".join(body) if body else (a.title_en or "")
            record = {"url": f"https://eval.invalid/{a.id}", "title": a.title_en, "text": text, "lang": "en"}
            if a.published:
                record["published"] = a.published
            if a.outlet:
                record["outlet"] = a.outlet
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def via_run(data: EvalSet, undated: str | None = None) -> dict[str, object]:
    from translate_summarize.pipeline import run
    from translate_summarize.settings import load_settings

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        src = work / f"{data.name}.jsonl"
        write_records(data, src)
        (work / "models").mkdir()
        settings = load_settings(None, {"output_dir": work / "out", "models_dir": work / "models", "topic_undated": undated})
        t0 = time.perf_counter()
        result = run(settings, [str(src)], run_date=data.run_date.isoformat())
        seconds = time.perf_counter() - t0
        day = work / "out" / data.run_date.isoformat()
        records = [json.loads(line) for line in (day / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
        set_id = {r["id"]: r["url"].rsplit("/", 1)[1] for r in records if r.get("url")}
        predicted: dict[str, object] = {aid: f"alone-{aid}" for aid in data.gold}
        for line in (day / "topics.jsonl").read_text(encoding="utf-8").splitlines():
            topic = json.loads(line)
            for aid in topic["article_ids"]:
                predicted[set_id[aid]] = topic["topic_id"]
        scores = pair_scores(predicted, data.gold)
        not_ok = sum(1 for r in records if r["status"] != "ok")
        return {"set": data.name, "articles": len(data.articles), "not_ok": not_ok, "topics": len(result.topics),
                "seconds": round(seconds, 1), "timings_s": result.info.get("timings_s", {}), **scores}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="ecbplus,uci", help="comma-separated sets of bench/topic_sets.py")
    parser.add_argument("--undated", choices=UNDATED_CHOICES, help="topics.undated for the run (default: the shipped default)")
    args = parser.parse_args(argv)
    print(f"    {'set':<10} {'articles':>8} {'not ok':>6} {'topics':>6} {'P':>6} {'R':>6} {'F1':>6} {'run s':>7}")
    for name in (n.strip() for n in args.sets.split(",") if n.strip()):
        r = via_run(LOADERS[name](), args.undated)
        print(f"    {r['set']:<10} {r['articles']:8d} {r['not_ok']:6d} {r['topics']:6d} {r['precision']:6.3f} "
              f"{r['recall']:6.3f} {r['f1']:6.3f} {r['seconds']:7.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
