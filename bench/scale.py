#!/usr/bin/env python
"""Scale-out throughput: the in-process executor vs a Dask LocalCluster of 1 and 2 worker processes.

Workload (``bench/scale_corpus.py``): NTREX-128 dev documents as page dumps — ``--memory-docs`` on
the Arabic side with the NTREX ar→en pairs as translation memory, ``--model-docs`` on the Albanian
side with no memory, translated by a synthetic sq→en model (real CTranslate2 decoding at
``--layers``/``--d-model``/``--ffn``, int8, SentencePiece trained on the Albanian text; the model
copies its input, so each output is exactly as long as its source), each page replicated
``--replicas`` times with its own dateline. Built under ``bench/.cache/scale/`` (gitignored).

Every arm runs ``translate_summarize.pipeline.run`` on the same inputs into a fresh output dir (fresh
memory: nothing cached), with the same settings (beam 4, int8, 1 CTranslate2 thread per process):

  in-process      the default executor, threads 1
  in-process x2   (--threads2) the default executor, threads 2 (one process using both cores)
  in-proc chunk N (--small-chunks N) the default executor translating N articles per batch call:
                  its output differs from the first arm's only by batching, a yardstick for the rest
  dask 1 worker   LocalCluster(1 process, 1 thread), started and its workers' imports done
                  before the timer (a long-running cluster's state; printed separately)
  dask 2 workers  LocalCluster(2 processes, 1 thread each), the same

Prints articles/s and segments/s per arm and the ratios to the in-process arm; checks that every
arm's articles.jsonl is identical (sorted) to the in-process one when CTranslate2 batches are the
same (``--max-batch-tokens 16``: one text per batch), and reports when they are not.

    python bench/scale.py                                  # 20 memory + 30 model pages
    python bench/scale.py --model-docs 5 --memory-docs 5   # quick check
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_corpus import SIDES, write_corpus  # noqa: E402
from ntrex import DEFAULT_DIR  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache" / "scale"
RUN_DATE = "2026-03-02"


def build_model(args: argparse.Namespace) -> Path:
    from translate_summarize.translate.synthetic import build_argos_package

    lines = [s.strip() for s in (DEFAULT_DIR / SIDES["sq"]).read_text(encoding="utf-8").splitlines() if s.strip()]
    return build_argos_package(
        CACHE / "archives", "sq", "en", training_lines=lines, vocab_size=2000, layers=args.layers,
        d_model=args.d_model, heads=args.heads, ffn=args.ffn,
        quantization="int8", seed=0,
    )


def _warm() -> None:
    """Import what a task imports, as a long-running worker already has (model loads stay timed)."""
    import ctranslate2  # noqa: F401

    import translate_summarize.dask_worker  # noqa: F401
    import translate_summarize.extract  # noqa: F401
    import translate_summarize.summarize  # noqa: F401
    import translate_summarize.translate.stage  # noqa: F401


def timed(settings: Any, corpus: Any, executor: Any = None) -> tuple[float, Any]:
    from translate_summarize.pipeline import run

    t0 = time.perf_counter()
    result = run(settings, [str(corpus.pages)], memory_files=[corpus.memory], run_date=RUN_DATE, executor=executor)
    return time.perf_counter() - t0, result


def _records(folder: Path) -> dict[str, dict[str, Any]]:
    lines = (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, lines)}


def _segment_difference(a: dict[str, Any], b: dict[str, Any], single: bool) -> str:
    """'' when equal; 'cache' for a recurring sentence taken from the cache as a paragraph-level hit
    (sentence 0 vs null, all else equal); 'limit' for a guard-rejected output that ran into the
    batch's length limit (score only); 'rounding' for a score differing by < 1e-4 (float rounding of
    another batch shape; same text); 'other' otherwise. See docs/scaling.md."""
    if a == b:
        return ""
    if single and {a["sentence"], b["sentence"]} == {0, None} and {**a, "sentence": 0} == {**b, "sentence": 0}:
        return "cache"
    if {**a, "score": 0} == {**b, "score": 0}:
        if "too_long" in a["flags"] and "too_long" in b["flags"]:
            return "limit"
        if a["score"] is not None and b["score"] is not None and abs(a["score"] - b["score"]) < 1e-4:
            return "rounding"
    return "other"


def compare(reference: Path, output: Path) -> str:
    """'identical' (articles.jsonl, sorted), or which documented batching effects explain the difference."""
    if sorted((reference / "articles.jsonl").read_text(encoding="utf-8").splitlines()) == \
            sorted((output / "articles.jsonl").read_text(encoding="utf-8").splitlines()):
        return "identical"
    a, b = _records(reference), _records(output)
    kinds: dict[str, int] = {}
    for key, ra in a.items():
        rb = b.get(key)
        if rb == ra:
            continue
        if rb is None or len(ra["segments"]) != len(rb["segments"]) or \
                {**ra, "segments": None} != {**rb, "segments": None}:
            kinds["other"] = kinds.get("other", 0) + 1
            continue
        paragraphs = [seg["paragraph"] for seg in ra["segments"]]
        for sa, sb in zip(ra["segments"], rb["segments"]):
            kind = _segment_difference(sa, sb, paragraphs.count(sa["paragraph"]) == 1)
            if kind:
                kinds[kind] = kinds.get(kind, 0) + 1
    if "other" in kinds:
        return f"DIFFERENT ({kinds})"
    names = {"cache": "recurring sentence(s) as paragraph-level cache hits", "limit": "length-limited reject score(s)",
             "rounding": "score(s) differing < 1e-4"}
    return "identical except " + ", ".join(f"{n} {names[k]}" for k, n in sorted(kinds.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--memory-docs", type=int, default=20, help="NTREX documents on the Arabic side (memory-backed)")
    parser.add_argument("--model-docs", type=int, default=30, help="NTREX documents on the Albanian side (model-translated)")
    parser.add_argument("--replicas", type=int, default=1,
                        help="copies of each page, each with its own dateline (copies repeat sentences: see docs/scaling.md)")
    parser.add_argument("--threads2", action="store_true", help="also run the in-process executor with 2 CTranslate2 threads")
    parser.add_argument("--small-chunks", type=int, default=0, metavar="N",
                        help="also run the in-process executor with run.chunk_articles N: how much batching alone changes")
    parser.add_argument("--partition-segments", type=int, default=100, help="dask.partition_segments")
    parser.add_argument("--max-batch-tokens", type=int, default=16, help="translate.max_batch_tokens (16: one text per batch)")
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--d-model", type=int, default=512)
    parser.add_argument("--heads", type=int, default=8)
    parser.add_argument("--ffn", type=int, default=2048)
    parser.add_argument("--keep", action="store_true", help="keep the work folder (outputs of every arm) and print its path")
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    from translate_summarize.dask_executor import DaskExecutor
    from translate_summarize.settings import Settings
    from translate_summarize.translate.install import install_file

    work = Path(tempfile.mkdtemp(prefix="scale-"))
    try:
        corpus = write_corpus(work / "corpus", args.memory_docs, args.model_docs, args.replicas)
        models = work / "models"
        install_file(build_model(args), models)
        pages = corpus.memory_pages + corpus.model_pages
        print(f"workload: {pages} pages ({corpus.memory_pages} memory-backed ar, {corpus.model_pages} model-bound sq, "
              f"{corpus.model_segments} sq sentences); model {args.layers}+{args.layers} layers d_model {args.d_model} "
              f"ffn {args.ffn} int8, beam 4", flush=True)

        def settings(name: str, threads: int = 1) -> Settings:
            return Settings(models_dir=models, output_dir=work / name, threads=threads,
                            max_batch_tokens=args.max_batch_tokens, dask_partition_segments=args.partition_segments)

        arms: list[tuple[str, float, Any]] = []
        seconds, result = timed(settings("inproc"), corpus)
        arms.append(("in-process", seconds, result))
        if args.threads2:
            seconds, result = timed(settings("inproc2", threads=2), corpus)
            arms.append(("in-process x2", seconds, result))
        if args.small_chunks:
            seconds, result = timed(settings("inproc-chunks").replace(chunk_articles=args.small_chunks), corpus)
            arms.append((f"in-proc chunk {args.small_chunks}", seconds, result))
        for n in (1, 2):
            t0 = time.perf_counter()
            with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                              dashboard_address=None, scheduler_port=0) as cluster, Client(cluster) as client:
                client.wait_for_workers(n)
                client.run(_warm)
                startup = time.perf_counter() - t0
                seconds, result = timed(settings(f"dask{n}"), corpus, DaskExecutor(client=client))
            print(f"  (LocalCluster of {n} started and its workers' imports done in {startup:.1f} s, not counted)", flush=True)
            arms.append((f"dask {n} worker{'s' if n > 1 else ''}", seconds, result))

        base = arms[0]
        reference = base[2].output_dir
        print(f"\n{'arm':<16}{'seconds':>9}{'articles/s':>12}{'segments/s':>12}{'ratio':>8}  "
              "extract/translate/summarize s (summed over workers)  output vs in-process")
        for name, seconds, result in arms:
            segments = sum(len(a.segments) for a in result.articles)
            t = result.info["timings_s"]
            stages = "/".join(f"{t.get(k, 0):.1f}" for k in ("extract", "translate", "summarize"))
            print(f"{name:<16}{seconds:>9.2f}{len(result.articles) / seconds:>12.2f}{segments / seconds:>12.1f}"
                  f"{base[1] / seconds:>7.2f}x  {stages:<52}{result.counts} {compare(reference, result.output_dir)}")
        dask2 = arms[-1][2].info["executor"]["per_worker"]
        print("dask 2 workers, per worker:", {k: {f: v[f] for f in ("partitions", "articles", "segments")} for k, v in dask2.items()})
    finally:
        if args.keep:
            print("kept:", work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
