#!/usr/bin/env python
"""Translation speed: raw CTranslate2 vs our engine vs argostranslate's translate(), in one run.

Builds once (cached in bench/.cache/, gitignored) a transformer-base-size Argos package for ar→en
(6+6 layers, d_model 512, 8 heads, FFN 2048, int8 weights, SentencePiece vocab of ~8000 trained on
the Arabic of ../shared/eval/) whose model copies its input (translate_summarize.translate.copy_model:
every layer computes at full size, and each output is exactly as long as its source), plus an sq→en
twin (Albanian vocab) for the two-pair memory figure. Then translates
FLORES-200 devtest Arabic (1,012 sentences), grouped into articles by metadata_devtest.tsv URL (one
paragraph per article, its sentences as segments), three ways with the same decoding settings
(beam 4, length_penalty 0.2, max_decoding_length 256, int8, same threads):

  raw     one ctranslate2.Translator.translate_batch over all pre-tokenised segments
          (batch_type="tokens", our token budget): the limit
  ours    translate_articles() with an empty translation memory (tokenise, dedup, sort, chunk,
          decode, guard, memory writes, article assembly all included)
  argos   argostranslate.translate.translate() per paragraph on the same package, installed into a
          temporary ARGOS_PACKAGES_DIR. Its sentence splitter (MiniSBD, which would download a model)
          is replaced by one returning our own segments, so both split identically and nothing is
          downloaded; any network connection attempt in this process raises.

Prints segments/s and target tokens/s per arm, the ratios (targets: ours >= 0.9x raw, >= 3x argos),
and the peak RSS of a fresh process with both language pairs loaded.

    python bench/translate_speed.py            # full run (1,012 segments)
    python bench/translate_speed.py --limit 60 # quick check
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"
CACHE = ROOT / "bench" / ".cache"
FLORES = EVAL / "flores200_devtest"
NTREX = EVAL / "ntrex128_dev"

MODEL_SHAPE = {"layers": 6, "d_model": 512, "heads": 8, "ffn": 2048, "vocab_size": 8000, "positions": 1024}
MAX_DECODING_LENGTH = 256  # argostranslate leaves CTranslate2's default; every arm uses it


def _block_network() -> None:
    def refuse(self: socket.socket, address: object) -> None:
        raise OSError(f"translate_speed: network access attempted ({address!r}); nothing may download")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]


def _lines(*paths: Path) -> list[str]:
    out: list[str] = []
    for p in paths:
        out += [line.strip() for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def _bench_settings(models_dir: Path, args: argparse.Namespace) -> Any:
    from translate_summarize.settings import Settings

    # length_ratio ~0 and length_extra 255: every chunk's limit is 256 tokens, like argostranslate's
    return Settings(
        models_dir=models_dir, beam_size=args.beam, threads=args.threads, compute_type="int8",
        max_batch_tokens=args.batch_tokens, length_penalty=0.2, length_ratio=1e-6,
        length_extra=MAX_DECODING_LENGTH - 1,
    )


def _build(lang: str, lines: list[str]) -> Path:
    from translate_summarize.translate.synthetic import build_argos_package

    return build_argos_package(CACHE, lang, "en", training_lines=lines, seed=0, quantization="int8", **MODEL_SHAPE)


def _install(archive: Path, models_dir: Path) -> Any:
    from translate_summarize.translate.install import install_file

    return install_file(archive, models_dir)


def flores_articles(limit: int | None) -> tuple[list[Any], list[str]]:
    """FLORES devtest Arabic as articles: consecutive sentences sharing a URL, one paragraph each."""
    from translate_summarize.article import Article, Paragraph

    import flores  # bench/ is on sys.path when this file runs as a script

    sentences = flores.load_sentences("ar", FLORES)
    assert len(sentences) == 1012, len(sentences)
    if limit:
        sentences = sentences[:limit]
    groups = [a.sentences[: len(sentences) - a.first] for a in flores.load_articles("ar", FLORES) if a.first < len(sentences)]
    articles = []
    for n, group in enumerate(groups):
        para = Paragraph.from_sentences(group, (n + 1, n + 1), lang="ar")
        articles.append(Article(id=f"flores-{n:04d}", source_file="flores200_devtest", lang="ar",
                                paragraphs=(para,)))
    return articles, sentences


def arm_raw(package: Any, sentences: list[str], args: argparse.Namespace) -> dict[str, float]:
    import sentencepiece as spm

    from translate_summarize.translate.engine import DecodingOptions, load_translator

    settings = _bench_settings(package.path.parent, args)
    translator = load_translator(package, settings)
    sp = spm.SentencePieceProcessor(model_file=str(package.tokenizer_path))
    tokens = [sp.encode(s, out_type=str) for s in sentences]
    kwargs = DecodingOptions.from_settings(settings).ct2_kwargs(MAX_DECODING_LENGTH)
    translator.translate_batch(tokens[:2], **kwargs)  # warm-up
    t0 = time.perf_counter()
    results = translator.translate_batch(tokens, **kwargs)
    elapsed = time.perf_counter() - t0
    out_tokens = sum(len(r.hypotheses[0]) for r in results)
    return {"seconds": elapsed, "segments": len(sentences), "target_tokens": out_tokens,
            "source_tokens": sum(map(len, tokens)),
            "at_limit": sum(len(r.hypotheses[0]) >= MAX_DECODING_LENGTH for r in results)}


def arm_ours(models_dir: Path, articles: list[Any], args: argparse.Namespace) -> dict[str, float]:
    from translate_summarize.translate.engine import EngineRegistry
    from translate_summarize.translate.memory import TranslationMemory
    from translate_summarize.translate.stage import translate_articles

    settings = _bench_settings(models_dir, args)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp, TranslationMemory(Path(tmp) / "memory.sqlite") as memory, \
            EngineRegistry(settings) as registry:
        backend = registry.get("ar", "en")
        backend.translate_batch(["مرحبا بالعالم.", "شكرا."])  # warm-up, like the other arms
        backend.tokens_out = backend.texts_translated = 0
        t0 = time.perf_counter()
        done = translate_articles(articles, settings, memory, registry)
        elapsed = time.perf_counter() - t0
        segments = sum(len(a.segments) for a in done)
        flagged = sum(1 for a in done for s in a.segments if s.flags)
        assert all(a.status == "ok" for a in done), [a.reason for a in done if a.status != "ok"][:3]
        return {"seconds": elapsed, "segments": segments, "target_tokens": backend.tokens_out,
                "decoded": backend.texts_translated, "flagged": flagged}


class _CountingTranslator:
    """Wraps argostranslate's ctranslate2.Translator to count target tokens (no behaviour change)."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.target_tokens = 0
        self.calls = 0

    def translate_batch(self, *a: Any, **kw: Any) -> Any:
        results = self.real.translate_batch(*a, **kw)
        self.calls += 1
        self.target_tokens += sum(len(r.hypotheses[0]) for r in results)
        return results


def arm_argos(archive: Path, articles: list[Any], args: argparse.Namespace, work: Path) -> dict[str, float]:
    # argostranslate reads its settings from the environment at import: point every folder it
    # creates or reads at a temp dir, and match our decoding settings
    os.environ.update({
        "XDG_DATA_HOME": str(work / "data"), "XDG_CONFIG_HOME": str(work / "config"),
        "XDG_CACHE_HOME": str(work / "cache"), "ARGOS_PACKAGES_DIR": str(work / "packages"),
        "ARGOS_BEAM_SIZE": str(args.beam), "ARGOS_INTRA_THREADS": str(args.threads),
        "ARGOS_INTER_THREADS": "1", "ARGOS_COMPUTE_TYPE": "int8", "ARGOS_DEVICE_TYPE": "cpu",
    })
    import ctranslate2
    import argostranslate.package
    import argostranslate.translate as at

    # argostranslate logs every call's inputs/outputs at INFO to stderr; keep its str() work (part of
    # its translate()) but not the terminal output
    logging.getLogger("argostranslate.utils").setLevel(logging.WARNING)

    paragraph_sentences = {a.paragraphs[0].text: [s.text for s in a.paragraphs[0].sentences] for a in articles}

    class OurSegments:
        """Stands in for MiniSBDSentencizer (which downloads its model): returns our segments."""

        def __init__(self, pkg: Any) -> None:
            self.pkg = pkg

        def split_sentences(self, text: str) -> list[str]:
            return paragraph_sentences.get(text, [text])

    at.MiniSBDSentencizer = OurSegments  # type: ignore[misc]
    argostranslate.package.install_from_path(archive)
    at.get_installed_languages.cache_clear()
    translation = at.get_translation_from_codes("ar", "en")
    package_translation = translation.underlying  # CachedTranslation -> PackageTranslation
    from argostranslate import settings as argos_settings

    counting = _CountingTranslator(ctranslate2.Translator(
        str(package_translation.pkg.package_path / "model"), device="cpu", compute_type=argos_settings.compute_type,
        inter_threads=argos_settings.inter_threads, intra_threads=argos_settings.intra_threads,
    ))
    package_translation.translator = counting
    at.translate("مرحبا بالعالم.", "ar", "en")  # warm-up
    counting.target_tokens = counting.calls = 0
    paragraphs = [a.paragraphs[0].text for a in articles]
    t0 = time.perf_counter()
    outputs = [at.translate(p, "ar", "en") for p in paragraphs]
    elapsed = time.perf_counter() - t0
    assert len(outputs) == len(paragraphs)
    segments = sum(len(v) for v in paragraph_sentences.values())
    return {"seconds": elapsed, "segments": segments, "target_tokens": counting.target_tokens,
            "ct2_calls": counting.calls}


def rss_child(models_dir: str, beam: int, threads: int, batch_tokens: int) -> None:
    """Run in a fresh process: load both pairs through the registry, translate, print peak RSS."""
    import psutil

    from translate_summarize.translate.engine import EngineRegistry

    args = argparse.Namespace(beam=beam, threads=threads, batch_tokens=batch_tokens)
    before = psutil.Process().memory_info().rss
    with EngineRegistry(_bench_settings(Path(models_dir), args)) as reg:
        reg.get("ar", "en").translate_batch(_lines(FLORES / "arb_Arab.devtest")[:32])
        reg.get("sq", "en").translate_batch(_lines(FLORES / "als_Latn.devtest")[:32])
        loaded = sorted(reg.model_ids().values())
        rss = psutil.Process().memory_info().rss
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"models": loaded, "rss_before_mb": before / 2**20, "rss_loaded_mb": rss / 2**20,
                      "peak_rss_mb": peak_kib / 1024}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="translate only the first N FLORES sentences")
    parser.add_argument("--beam", type=int, default=4, help="beam size for every arm (default 4, as argostranslate)")
    parser.add_argument("--threads", type=int, default=0, help="CTranslate2 intra_threads for every arm (0 = auto)")
    parser.add_argument("--batch-tokens", type=int, default=4096, help="token budget per batch (raw and ours)")
    parser.add_argument("--skip-argos", action="store_true", help="leave out the argostranslate arm")
    parser.add_argument("--rss-child", metavar="MODELS_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _block_network()
    if args.rss_child:
        rss_child(args.rss_child, args.beam, args.threads, args.batch_tokens)
        return 0

    CACHE.mkdir(parents=True, exist_ok=True)
    import ctranslate2

    print(f"ctranslate2 {ctranslate2.__version__}, {os.cpu_count()} CPUs, beam {args.beam}, threads {args.threads}, "
          f"max_decoding_length {MAX_DECODING_LENGTH}, length_penalty 0.2, int8", flush=True)
    arabic = _lines(NTREX / "newstest2019-ref.arb.txt", FLORES / "arb_Arab.devtest")
    albanian = _lines(NTREX / "newstest2019-ref.sqi.txt", FLORES / "als_Latn.devtest")
    t0 = time.perf_counter()
    ar_archive = _build("ar", arabic)
    sq_archive = _build("sq", albanian)
    print(f"models ready in {time.perf_counter() - t0:.1f}s: {ar_archive.name}, {sq_archive.name}",
          flush=True)

    articles, sentences = flores_articles(args.limit)
    print(f"input: {len(sentences)} FLORES-200 devtest Arabic sentences in {len(articles)} articles", flush=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        work = Path(tmp)
        models = work / "models"
        ar_pkg = _install(ar_archive, models)
        _install(sq_archive, models)
        arms: dict[str, dict[str, float]] = {}
        arms["raw"] = arm_raw(ar_pkg, sentences, args)
        print(f"  raw   done in {arms['raw']['seconds']:.1f}s", flush=True)
        arms["ours"] = arm_ours(models, articles, args)
        print(f"  ours  done in {arms['ours']['seconds']:.1f}s", flush=True)
        if not args.skip_argos:
            arms["argos"] = arm_argos(ar_archive, articles, args, work / "argos")
            print(f"  argos done in {arms['argos']['seconds']:.1f}s", flush=True)
        rss = json.loads(subprocess.run(
            [sys.executable, __file__, "--rss-child", str(models), "--beam", str(args.beam),
             "--threads", str(args.threads), "--batch-tokens", str(args.batch_tokens)],
            check=True, capture_output=True, text=True,
        ).stdout.strip().splitlines()[-1])

    raw = arms["raw"]
    print(f"\nmean output/source tokens (raw arm): {raw['target_tokens'] / raw['source_tokens']:.2f}; "
          f"outputs at the {MAX_DECODING_LENGTH}-token limit: {raw['at_limit']}")
    print(f"ours: {arms['ours']['decoded']} texts decoded, {arms['ours']['flagged']} segments flagged by the guard")
    print(f"\n{'arm':<6} {'seconds':>8} {'segments':>9} {'seg/s':>8} {'tgt tok':>8} {'tok/s':>8}")
    for name, r in arms.items():
        print(f"{name:<6} {r['seconds']:8.2f} {int(r['segments']):9d} {r['segments'] / r['seconds']:8.2f} "
              f"{int(r['target_tokens']):8d} {r['target_tokens'] / r['seconds']:8.1f}")
    ours_vs_raw = raw["seconds"] / arms["ours"]["seconds"]
    print(f"\nours / raw  (segments/s): {ours_vs_raw:.2f}x  (target >= 0.9x)")
    if "argos" in arms:
        ours_vs_argos = arms["argos"]["seconds"] / arms["ours"]["seconds"]
        print(f"ours / argos (segments/s): {ours_vs_argos:.2f}x  (target >= 3x)")
    print(f"peak RSS, fresh process with {', '.join(rss['models'])} loaded: {rss['peak_rss_mb']:.0f} MB "
          f"(RSS before loading {rss['rss_before_mb']:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
