"""Nightly-run benchmark: a cold run vs a warm rerun (nothing changed) over >= 1,000 articles.

Corpus: the NTREX-128 dev documents (60 news documents) on their Arabic and Albanian sides, written
as ``.txt`` page dumps (headline, dateline, one paragraph per sentence) and replicated with a
distinct dateline per copy (copy k is dated k days later), so every page has its own content id.
The NTREX pairs (ar→en, sq→en, line-aligned with the English source) are the translation memory,
so no model is needed. Built once under ``bench/.cache/nightly/`` (gitignored).

Measures, in one process with the library API (``translate_summarize.pipeline.run``):
  cold  — fresh output dir: ingest, extract, translate (memory), summarize, topics, render;
  warm  — same inputs again: every article committed under the same key and the key digest equal to
          the last completed run's, so nothing is reprocessed and topics/render are skipped;
and, as a separate process, the warm rerun through the CLI (interpreter start and imports included);
then one new page is added (an unmatched line, so it is processed and ends failed for lack of memory
or model): only that page goes through the executor, topics and rendering are redone; then one
human pair is corrected in the memory: every article's memory digest is rechecked and only the
articles whose texts use that pair are reprocessed; last, the next night (run date + 1) with the same
inputs: every article cached, topics and story tracking redone against the first night's stories
(its topics-stage seconds are printed: the target is < 10 s for 3,000 articles, ``--replicas 25``).

    python bench/nightly.py [--replicas 9]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import DEFAULT_DIR, load_documents  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache" / "nightly"
LANG_FILES = {"ar": "newstest2019-ref.arb.txt", "sq": "newstest2019-ref.sqi.txt"}
MONTHS = {"ar": "مارس", "sq": "mars"}
RUN_DATE = "2026-03-01"
NEXT_DATE = "2026-03-02"


def build_corpus(replicas: int) -> tuple[Path, Path, int]:
    """Write the page dumps and the memory file (once); return (pages dir, memory file, page count)."""
    root = CACHE / f"corpus-{replicas}"
    pages, memory = root / "pages", root / "memory.jsonl"
    if memory.is_file() and pages.is_dir():
        return pages, memory, sum(1 for _ in pages.glob("*.txt"))
    shutil.rmtree(root, ignore_errors=True)
    pages.mkdir(parents=True)
    docs = load_documents(DEFAULT_DIR)
    sides = {lang: (DEFAULT_DIR / name).read_text(encoding="utf-8").splitlines() for lang, name in LANG_FILES.items()}
    pairs: list[dict[str, str]] = []
    count = 0
    offset = 0
    for doc in docs:
        english = [doc.headline, *doc.body]
        for lang, lines in sides.items():
            source = [s.strip() for s in lines[offset : offset + len(english)]]
            pairs += [{"source_lang": lang, "target_lang": "en", "source": s, "target": e} for s, e in zip(source, english) if s]
            for k in range(replicas):
                dateline = f"{1 + k} {MONTHS[lang]} 2024"  # copy k: published k days later, its own content id
                text = "\n\n".join([source[0], dateline, *source[1:]]) + "\n"
                (pages / f"{doc.doc_id}_{lang}_{k:02d}.txt").write_text(text, encoding="utf-8")
                count += 1
        offset += len(english)
    memory.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
    return pages, memory, count


def timed_run(settings, pages: Path, memory: Path, run_date: str = RUN_DATE):  # type: ignore[no-untyped-def]
    from translate_summarize.pipeline import run

    t0 = time.perf_counter()
    result = run(settings, [str(pages)], memory_files=[memory], run_date=run_date)
    return time.perf_counter() - t0, result


@contextlib.contextmanager
def topic_steps(steps: dict[str, float]) -> Iterator[None]:
    """While active, ``build_topics`` (as the pipeline calls it) adds its step timings to ``steps``."""
    import translate_summarize.topics as topics

    real = topics.build_topics

    def timed(*args: Any, **kwargs: Any) -> Any:
        return real(*args, **{**kwargs, "timings": steps})

    topics.build_topics = timed  # type: ignore[assignment]
    try:
        yield
    finally:
        topics.build_topics = real  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replicas", type=int, default=9, choices=range(1, 29), metavar="1..28",
                        help="copies of each ar/sq document (9 → 1,080 pages)")
    parser.add_argument("--keep", action="store_true", help="keep the output dir and print its path")
    args = parser.parse_args()

    from translate_summarize.settings import load_settings

    pages, memory, n_pages = build_corpus(args.replicas)
    work = Path(tempfile.mkdtemp(prefix="nightly-bench-"))
    (work / "models").mkdir()
    settings = load_settings(None, {"output_dir": work / "out", "models_dir": work / "models"})
    cold, cold_result = timed_run(settings, pages, memory)
    warm, warm_result = timed_run(settings, pages, memory)
    cmd = [sys.executable, "-m", "translate_summarize", "run", str(pages), "--memory", str(memory), "--out",
           str(work / "out"), "--models-dir", str(work / "models"), "--run-date", RUN_DATE, "-q"]
    t0 = time.perf_counter()
    cli = subprocess.run(cmd, capture_output=True, text=True)
    warm_cli = time.perf_counter() - t0
    # One new page: only it is processed; topics and rendering are redone for the whole run folder.
    extra = pages / "zz_new_page.txt"
    first = sorted(pages.glob("*_sq_00.txt"))[0].read_text(encoding="utf-8")
    extra.write_text(first.replace(" 2024\n", " 2024\n\nKorrespondenti ynë raporton.\n", 1), encoding="utf-8")
    try:
        incremental, inc_result = timed_run(settings, pages, memory)
    finally:
        extra.unlink()
    # A memory correction (one human pair's target edited, as `memory import fix.jsonl` does): every
    # committed article's memory digest is rechecked; only the articles using that pair are reprocessed.
    from translate_summarize.translate.memory import MemoryPair, TranslationMemory

    pair = json.loads(memory.read_text(encoding="utf-8").splitlines()[1])
    with TranslationMemory(settings.memory_path) as tm:
        tm.import_pairs([MemoryPair(pair["source_lang"], "en", pair["source"], pair["target"] + " (corrected)")], provenance="bench")
    corrected, cor_result = timed_run(settings, pages, memory)
    # The next night with the same inputs: every article cached, but a new night (new run date), so
    # topics, story tracking (against the first night's stories) and rendering run again.
    steps: dict[str, float] = {}
    with topic_steps(steps):
        next_night, next_result = timed_run(settings, pages, memory, NEXT_DATE)

    counts = cold_result.counts
    info = cold_result.info
    print(f"pages: {n_pages} ({counts['ok']} ok, {counts['skipped']} skipped, {counts['failed']} failed)")
    print("cold stage timings (s): " + ", ".join(f"{k} {v:.2f}" for k, v in info["timings_s"].items()))
    print(f"cold run:            {cold:8.2f} s")
    print(f"warm run:            {warm:8.3f} s   (reused outputs: {warm_result.reused_outputs}, exit {warm_result.exit_code})")
    print(f"ratio cold/warm:     {cold / warm:8.1f}x   (target >= 50x)")
    print(f"warm per 1,000:      {warm / n_pages * 1000:8.3f} s   (target < 5 s)")
    print(f"warm via CLI (new process, imports included): {warm_cli:.2f} s, exit {cli.returncode}; "
          f"per 1,000: {warm_cli / n_pages * 1000:.2f} s")
    inc = inc_result.info
    print(f"one new page:        {incremental:8.2f} s   (processed {inc['cache']['articles_processed']}, "
          f"reused {inc['cache']['articles_reused']}; topics {inc['timings_s']['topics']:.2f} s, "
          f"render {inc['timings_s']['render']:.2f} s)")
    cor = cor_result.info
    print(f"memory correction:   {corrected:8.2f} s   (processed {cor['cache']['articles_processed']}, "
          f"reused {cor['cache']['articles_reused']}; state check {cor['timings_s'].get('state', 0.0):.2f} s)")
    nxt = next_result.info
    print(f"next night, all cached: {next_night:6.2f} s   (processed {nxt['cache']['articles_processed']}, "
          f"reused {nxt['cache']['articles_reused']}; topics {nxt['timings_s']['topics']:.2f} s (target < 10 s), "
          f"render {nxt['timings_s']['render']:.2f} s; {nxt['counts']['topics']} topics, "
          f"{sum(1 for t in next_result.topics if not t.new_story)} continuing)")
    print("  its topics steps (s): " + ", ".join(f"{k} {v:.2f}" for k, v in steps.items()))
    if args.keep:
        print(f"outputs kept in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
