#!/usr/bin/env python
"""Translation speed: raw CTranslate2 vs our engine vs argostranslate's translate(), in one run.

Builds once (cached in bench/.cache/, gitignored) a transformer-base-size Argos package for ar→en
(6+6 layers, d_model 512, 8 heads, FFN 2048, int8 weights, SentencePiece vocab of ~8000 trained on
the Arabic of ../shared/eval/) whose model copies its input (translate_summarize.translate.copy_model:
every layer computes at full size, and each output is exactly as long as its source), in the layout
of the OPUS-MT port ``translate-sq_en`` 1.9 by default (Marian ``config.json``, 2,048-row position
tables; ``--layout`` picks another), plus an sq→en twin (Albanian vocab) for the two-pair memory
figure and the long-paragraph arm. Then translates
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

Raw and ours run once per thread configuration (``--configs``): ``default`` (the engine's own
choice for ``translate.threads = 0``: every core, ``translate.inter_threads`` 0 = the engine's
default), ``1x1`` (one translator thread), ``1x2`` (one batch at a time on two intra-op threads) and
``2x1`` (two batches in parallel, one thread each). A configuration that resolves to the same layout
as ``default`` is not run twice.

The long-paragraph arm (``--skip-long`` leaves it out) translates, on the sq→en model with the
engine's default length settings (length_ratio 2, length_extra 10, max_decoding_length 256), the
first FLORES-200 Albanian sentences twice: as sentences (one article per URL, as above), and as ONE
paragraph of ~2,900 words with the sentence punctuation removed — the unit that used to take a
night down. It prints seconds per source token of each and their ratio (target: <= 1.25, time per
token must not blow up), the pieces the paragraph was cut into, whether the copy model gave every
word back, and what raw CTranslate2 would do with that paragraph (keep the first 1,024 ids).

Prints segments/s and target tokens/s per arm, the ratios (targets: ours >= 0.95x raw, >= 3x argos),
and the peak RSS of a fresh process with both language pairs loaded.

    python bench/translate_speed.py            # full run (1,012 segments, every configuration)
    python bench/translate_speed.py --limit 60 --configs default --skip-argos   # quick check
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
CONFIGS = {"default": (0, 0), "1x1": (1, 1), "1x2": (1, 2), "2x1": (2, 2)}
"""--configs name -> (translate.inter_threads, translate.threads); 0 = the engine's default."""
LONG_WORDS = 2900


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


def _bench_settings(models_dir: Path, args: argparse.Namespace, config: str = "default", *,
                    argos_lengths: bool = True) -> Any:
    from translate_summarize.settings import Settings

    inter, threads = CONFIGS[config]
    lengths = {}
    if argos_lengths:  # length_ratio ~0 and length_extra 255: every chunk's limit is 256 tokens, like argostranslate's
        lengths = {"length_ratio": 1e-6, "length_extra": MAX_DECODING_LENGTH - 1}
    return Settings(
        models_dir=models_dir, beam_size=args.beam, threads=threads or args.threads, inter_threads=inter,
        compute_type="int8", max_batch_tokens=args.batch_tokens, length_penalty=0.2,
        max_decoding_length=MAX_DECODING_LENGTH, **lengths,
    )


def _build(lang: str, lines: list[str], layout: str) -> Path:
    from translate_summarize.translate.synthetic import build_argos_package

    version = "1.9" if layout == "opus-mt" else "1.0"
    return build_argos_package(CACHE, lang, "en", training_lines=lines, seed=0, quantization="int8", layout=layout,
                               version=version, **MODEL_SHAPE)


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


def arm_raw(package: Any, sentences: list[str], args: argparse.Namespace, config: str) -> dict[str, float]:
    import sentencepiece as spm

    from translate_summarize.translate.engine import DecodingOptions, load_translator

    settings = _bench_settings(package.path.parent, args, config)
    translator = load_translator(package, settings)
    sp = spm.SentencePieceProcessor(model_file=str(package.tokenizer_path))
    tokens = [sp.encode(s, out_type=str) for s in sentences]
    kwargs = DecodingOptions.from_settings(settings).ct2_kwargs(MAX_DECODING_LENGTH)
    translator.translate_batch(tokens[:2], **kwargs)  # warm-up
    elapsed = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        results = translator.translate_batch(tokens, **kwargs)
        elapsed = min(elapsed, time.perf_counter() - t0)
    out_tokens = sum(len(r.hypotheses[0]) for r in results)
    return {"seconds": elapsed, "segments": len(sentences), "target_tokens": out_tokens,
            "source_tokens": sum(map(len, tokens)),
            "at_limit": sum(len(r.hypotheses[0]) >= MAX_DECODING_LENGTH for r in results)}


def arm_ours(models_dir: Path, articles: list[Any], args: argparse.Namespace, config: str) -> dict[str, float]:
    from translate_summarize.translate.engine import EngineRegistry
    from translate_summarize.translate.memory import TranslationMemory
    from translate_summarize.translate.stage import translate_articles

    settings = _bench_settings(models_dir, args, config)
    with EngineRegistry(settings) as registry:
        backend = registry.get("ar", "en")
        backend.translate_batch(["مرحبا بالعالم.", "شكرا."])  # warm-up, like the other arms
        elapsed = float("inf")
        for _ in range(args.repeat):  # an empty memory each time: every text goes to the model
            backend.tokens_out = backend.texts_translated = 0
            with tempfile.TemporaryDirectory(dir=CACHE) as tmp, TranslationMemory(Path(tmp) / "m.sqlite") as memory:
                t0 = time.perf_counter()
                done = translate_articles(articles, settings, memory, registry)
                elapsed = min(elapsed, time.perf_counter() - t0)
        segments = sum(len(a.segments) for a in done)
        flagged = sum(1 for a in done for s in a.segments if s.flags)
        assert all(a.status == "ok" for a in done), [a.reason for a in done if a.status != "ok"][:3]
        return {"seconds": elapsed, "segments": segments, "target_tokens": backend.tokens_out,
                "decoded": backend.texts_translated, "flagged": flagged}


def albanian_inputs(words: int) -> tuple[list[Any], Any, int]:
    """The first FLORES Albanian sentences reaching ``words`` words: as URL-grouped articles of
    sentences, and as one article of one paragraph without sentence punctuation; and the sentence count."""
    import re

    from translate_summarize.article import Article, Paragraph

    import flores

    sentences = flores.load_sentences("sq", FLORES)
    count = total = 0
    while total < words:
        total += len(sentences[count].split())
        count += 1
    groups = [a.sentences[: count - a.first] for a in flores.load_articles("sq", FLORES) if a.first < count]
    short = [Article(id=f"sq-{n:04d}", source_file="flores200_devtest", lang="sq",
                     paragraphs=(Paragraph.from_sentences(g, (n + 1, n + 1), lang="sq"),)) for n, g in enumerate(groups)]
    text = " ".join(re.sub(r"[.!?;:…]+(?=\s|$)", "", s) for s in sentences[:count])
    long = Article(id="sq-long", source_file="long paragraph", lang="sq", paragraphs=(Paragraph(text, (1, 1), lang="sq"),))
    return short, long, count


class _RecordingTranslator:
    """Wraps a ctranslate2.Translator and keeps every translate_batch call, to replay it raw."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls: list[tuple[Any, Any, dict[str, Any]]] = []

    def translate_batch(self, source: Any, target_prefix: Any = None, **kwargs: Any) -> Any:
        self.calls.append((source, target_prefix, kwargs))
        return self.real.translate_batch(source, target_prefix=target_prefix, **kwargs)

    def replay(self) -> float:
        """Seconds raw CTranslate2 takes for the same calls (same pieces, batches and limits)."""
        t0 = time.perf_counter()
        for source, prefix, kwargs in self.calls:
            self.real.translate_batch(source, target_prefix=prefix, **kwargs)
        return time.perf_counter() - t0


def arm_long(models_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Seconds per source token: FLORES Albanian as sentences vs the same words as one paragraph,
    ours and raw CTranslate2 replaying exactly the calls ours made."""
    from translate_summarize.translate.engine import CTranslate2Backend, EngineRegistry, load_translator
    from translate_summarize.translate.memory import TranslationMemory
    from translate_summarize.translate.stage import translate_articles

    short, long, count = albanian_inputs(LONG_WORDS)
    settings = _bench_settings(models_dir, args, argos_lengths=False)
    recorder: _RecordingTranslator | None = None

    def factory(pkg: Any, s: Any) -> CTranslate2Backend:
        nonlocal recorder
        recorder = _RecordingTranslator(load_translator(pkg, s))
        return CTranslate2Backend(pkg, s, translator=recorder)

    out: dict[str, Any] = {"count": count, "words": len(long.paragraphs[0].text.split())}
    with EngineRegistry(settings, backend_factory=factory) as registry:
        backend: Any = registry.get("sq", "en")
        assert recorder is not None
        backend.translate_batch(["Mirëdita.", "Faleminderit."])  # warm-up
        for name, articles in (("sentences", short), ("paragraph", [long])):
            seconds = raw_seconds = float("inf")
            for _ in range(args.repeat):  # ours, then raw CTranslate2 replaying ours' calls, alternately
                recorder.calls.clear()
                with tempfile.TemporaryDirectory(dir=CACHE) as tmp, TranslationMemory(Path(tmp) / "m.sqlite") as memory:
                    tokens_in, split_before, decoded = backend.tokens_in, backend.texts_split, backend.texts_translated
                    t0 = time.perf_counter()
                    done = translate_articles(articles, settings, memory, registry)
                    seconds = min(seconds, time.perf_counter() - t0)
                raw_seconds = min(raw_seconds, recorder.replay())
            segs = [s for a in done for s in a.segments]
            assert all(a.status == "ok" for a in done), [a.reason for a in done if a.status != "ok"][:3]
            out[name] = {"seconds": seconds, "raw_seconds": raw_seconds,
                         "source_tokens": backend.tokens_in - tokens_in,
                         "split": backend.texts_split - split_before, "segments": len(segs),
                         "decoded": backend.texts_translated - decoded,
                         "flagged": sum(1 for s in segs if s.flags),
                         "exact": all(s.en == backend.detokenize(backend.tokenize(s.source)) for s in segs)}
        out["piece_tokens"] = backend.piece_tokens
    return out


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


def _layouts(args: argparse.Namespace) -> dict[str, tuple[int, int]]:
    """``--configs`` with the (inter, intra) threads each resolves to; a repeat of ``default``'s is dropped."""
    from translate_summarize.translate.engine import thread_layout

    out: dict[str, tuple[int, int]] = {}
    for name in args.configs.split(","):
        if name not in CONFIGS:
            raise SystemExit(f"--configs: unknown configuration {name!r} (known: {', '.join(CONFIGS)})")
        layout = thread_layout(_bench_settings(Path("."), args, name))
        if name != "default" and layout == out.get("default"):
            print(f"  ({name} is the default layout here: not run twice)")
            continue
        out[name] = layout
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="translate only the first N FLORES sentences")
    parser.add_argument("--beam", type=int, default=4, help="beam size for every arm (default 4, as argostranslate)")
    parser.add_argument("--threads", type=int, default=0, help="CTranslate2 threads of the default configuration and the argos arm (0 = every core)")
    parser.add_argument("--configs", default="default,1x1,1x2,2x1",
                        help=f"thread configurations for raw and ours, comma-separated ({', '.join(CONFIGS)})")
    parser.add_argument("--layout", default="opus-mt", choices=("opus-mt", "project", "argos-1.0"),
                        help="package layout of the synthetic models (default: the OPUS-MT port, 2,048 positions)")
    parser.add_argument("--batch-tokens", type=int, default=4096, help="token budget per batch (raw and ours)")
    parser.add_argument("--repeat", type=int, default=1, help="time each arm N times and keep the fastest (noisy machines)")
    parser.add_argument("--skip-argos", action="store_true", help="leave out the argostranslate arm")
    parser.add_argument("--skip-long", action="store_true", help="leave out the long-paragraph arm")
    parser.add_argument("--rss-child", metavar="MODELS_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _block_network()
    if args.rss_child:
        rss_child(args.rss_child, args.beam, args.threads, args.batch_tokens)
        return 0

    CACHE.mkdir(parents=True, exist_ok=True)
    import ctranslate2

    layouts = _layouts(args)
    print(f"ctranslate2 {ctranslate2.__version__}, {os.cpu_count()} CPUs, beam {args.beam}, "
          f"max_decoding_length {MAX_DECODING_LENGTH}, length_penalty 0.2, int8, layout {args.layout}; configurations "
          + ", ".join(f"{n} = inter {i} x intra {t}" for n, (i, t) in layouts.items()), flush=True)
    arabic = _lines(NTREX / "newstest2019-ref.arb.txt", FLORES / "arb_Arab.devtest")
    albanian = _lines(NTREX / "newstest2019-ref.sqi.txt", FLORES / "als_Latn.devtest")
    t0 = time.perf_counter()
    ar_archive = _build("ar", arabic, args.layout)
    sq_archive = _build("sq", albanian, args.layout)
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
        for config in layouts:
            arms[f"raw {config}"] = arm_raw(ar_pkg, sentences, args, config)
            print(f"  raw  {config:<8} done in {arms[f'raw {config}']['seconds']:.1f}s", flush=True)
            arms[f"ours {config}"] = arm_ours(models, articles, args, config)
            print(f"  ours {config:<8} done in {arms[f'ours {config}']['seconds']:.1f}s", flush=True)
        if not args.skip_argos:
            arms["argos"] = arm_argos(ar_archive, articles, args, work / "argos")
            print(f"  argos done in {arms['argos']['seconds']:.1f}s", flush=True)
        long = None if args.skip_long else arm_long(models, args)
        rss = json.loads(subprocess.run(
            [sys.executable, __file__, "--rss-child", str(models), "--beam", str(args.beam),
             "--threads", str(args.threads), "--batch-tokens", str(args.batch_tokens)],
            check=True, capture_output=True, text=True,
        ).stdout.strip().splitlines()[-1])

    first = next(iter(layouts))
    raw = arms[f"raw {first}"]
    print(f"\nmean output/source tokens (raw arm): {raw['target_tokens'] / raw['source_tokens']:.2f}; "
          f"outputs at the {MAX_DECODING_LENGTH}-token limit: {raw['at_limit']}")
    ours = arms[f"ours {first}"]
    print(f"ours: {ours['decoded']} texts decoded, {ours['flagged']} segments flagged")
    print(f"\n{'arm':<14} {'seconds':>8} {'segments':>9} {'seg/s':>8} {'tgt tok':>8} {'tok/s':>8}")
    for name, r in arms.items():
        print(f"{name:<14} {r['seconds']:8.2f} {int(r['segments']):9d} {r['segments'] / r['seconds']:8.2f} "
              f"{int(r['target_tokens']):8d} {r['target_tokens'] / r['seconds']:8.1f}")
    print()
    for config, (inter, intra) in layouts.items():
        ratio = arms[f"raw {config}"]["seconds"] / arms[f"ours {config}"]["seconds"]
        print(f"ours / raw, {config} (inter {inter} x intra {intra}): {ratio:.2f}x  (target >= 0.95x)")
    if len(layouts) > 1:
        fastest = min(layouts, key=lambda c: arms[f"ours {c}"]["seconds"])
        print(f"fastest configuration for ours: {fastest} "
              + ", ".join(f"{c} {arms[f'ours {fastest}']['seconds'] / arms[f'ours {c}']['seconds']:.2f}x" for c in layouts))
    if "argos" in arms:
        ours_vs_argos = arms["argos"]["seconds"] / ours["seconds"]
        print(f"ours {first} / argos (segments/s): {ours_vs_argos:.2f}x  (target >= 3x)")
    if long is not None:
        print(f"\nlong paragraph: the first {long['count']} FLORES Albanian sentences ({long['words']} words), engine "
              f"length settings (length_ratio 2, length_extra 10, max_decoding_length {MAX_DECODING_LENGTH})")
        per = {}
        for name in ("sentences", "paragraph"):
            r = long[name]
            per[name] = (r["seconds"] / r["source_tokens"], r["raw_seconds"] / r["source_tokens"])
            print(f"  as {r['segments']:>3} {name:<9}: ours {r['seconds']:7.2f}s, raw replay {r['raw_seconds']:7.2f}s, "
                  f"{r['source_tokens']} source tokens, {per[name][0] * 1000:.2f} ms/token, decoded as {r['decoded']} "
                  f"texts, flagged {r['flagged']}, every word back: {r['exact']}")
        p = long["paragraph"]
        print(f"  the paragraph was cut into {p['decoded']} pieces of <= {long['piece_tokens']} tokens; raw "
              f"CTranslate2 on it whole would keep the first 1,024 of its {p['source_tokens']} ids and decode at most "
              f"{MAX_DECODING_LENGTH} tokens")
        print(f"  time per token, paragraph / sentences: ours {per['paragraph'][0] / per['sentences'][0]:.2f}, raw "
              f"{per['paragraph'][1] / per['sentences'][1]:.2f} (longer units cost more per token in the model "
              f"itself); ours / raw on the paragraph: {p['raw_seconds'] / p['seconds']:.2f}x  (target >= 0.95x)")
    print(f"peak RSS, fresh process with {', '.join(rss['models'])} loaded: {rss['peak_rss_mb']:.0f} MB "
          f"(RSS before loading {rss['rss_before_mb']:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
