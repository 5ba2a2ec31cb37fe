"""Translation quality on FLORES-200 devtest: chrF and BLEU (sacrebleu), our engine vs argostranslate.

For every installed *real* package translating ar→en or sq→en (a package carrying a
``synthetic.json`` marker was built by ``translate_summarize.translate.synthetic``: its model copies
its input, so it is skipped unless ``--include-synthetic``), the devtest sentences (``arb_Arab`` /
``als_Latn``, 1,012 each) are translated two ways and scored against ``eng_Latn``:

* ``ours``: :class:`translate_summarize.translate.engine.CTranslate2Backend` (one deduplicated,
  length-sorted batch, decoding settings from the config); an output the degenerate-output guard
  rejects is scored as empty, because the pipeline delivers nothing for it (``flagged`` column);
* ``argostranslate``: argostranslate's own ``PackageTranslation.translate()`` per sentence on the
  same package folder, with its own decoding defaults (``bench/_argos_baseline.py``: offline, no
  sentence-splitter downloads). Not for a model brought with ``models install --ct2``: argostranslate
  cannot add the language tokens NLLB-200/M2M-100 need, so only ``ours`` is scored there.

Prints a table and exits 0. Where no real model is installed it says so (naming the models dir and
the install command) and exits 0: no figures can be produced without a model.

    python bench/translate_quality.py [--models-dir DIR] [--config FILE] [--pairs ar,sq] [--limit N]
                                      [--include-synthetic] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

import flores  # bench/ is on sys.path when this file runs as a script

from translate_summarize.errors import TranslateSummarizeError
from translate_summarize.render.atomic import write_text
from translate_summarize.settings import Settings, load_settings
from translate_summarize.translate.models import InstalledPackage, scan_packages

PAIRS = ("ar", "sq")
TARGET = "en"


@dataclass(frozen=True, slots=True)
class Score:
    pair: str
    model: str
    system: str
    chrf: float
    bleu: float
    sentences: int
    flagged: int | None
    seconds: float


def is_synthetic(package: InstalledPackage) -> bool:
    """True for test packages built by our synthetic builder (their models copy the input; marker file)."""
    from translate_summarize.translate.synthetic import is_synthetic as built_here

    return built_here(package.path)


def candidate_packages(
    settings: Settings, pairs: Sequence[str], include_synthetic: bool
) -> tuple[list[InstalledPackage], list[InstalledPackage], list[str]]:
    """``(packages to score, synthetic packages skipped, problems with broken package folders)``."""
    packages, problems = scan_packages(settings.models_dir)
    wanted = [p for p in packages if p.to_code == TARGET and p.from_code in pairs]
    synthetic = [p for p in wanted if is_synthetic(p)]
    chosen = [p for p in wanted if include_synthetic or p not in synthetic]
    return chosen, ([] if include_synthetic else synthetic), problems


def corpus_scores(hypotheses: Sequence[str], references: Sequence[str]) -> tuple[float, float]:
    """Corpus chrF and BLEU (sacrebleu defaults: chrF β=2 n=6, BLEU 13a tokenisation)."""
    import sacrebleu

    chrf = sacrebleu.corpus_chrf(list(hypotheses), [list(references)]).score
    bleu = sacrebleu.corpus_bleu(list(hypotheses), [list(references)]).score
    return float(chrf), float(bleu)


def translate_ours(package: InstalledPackage, settings: Settings, sources: Sequence[str]) -> tuple[list[str], int]:
    """Our engine on all sentences at once; guard-rejected outputs become ``""``. Returns (texts, flagged)."""
    from translate_summarize.translate.engine import CTranslate2Backend

    backend = CTranslate2Backend(package, settings)
    try:
        results = backend.translate_batch(list(sources))
    finally:
        backend.close()
    return [r.text if r.usable else "" for r in results], sum(not r.usable for r in results)


def translate_argos(package: InstalledPackage, settings: Settings, sources: Sequence[str]) -> list[str]:
    """argostranslate's ``translate()`` sentence by sentence on the same package folder."""
    from _argos_baseline import argos_translation

    translation = argos_translation(package.path, intra_threads=settings.threads)
    return [translation.translate(text) for text in sources]


def score_package(package: InstalledPackage, settings: Settings, limit: int | None) -> list[Score]:
    sources = flores.load_sentences(package.from_code)[:limit]
    references = flores.load_sentences(TARGET)[: len(sources)]
    pair = f"{package.from_code}->{package.to_code}"
    scores = []
    start = time.perf_counter()
    ours, flagged = translate_ours(package, settings, sources)
    elapsed = time.perf_counter() - start
    scores.append(Score(pair, package.model_id, "ours", *corpus_scores(ours, references), len(sources), flagged, elapsed))
    if package.brought:  # argostranslate cannot put NLLB/M2M-100 language tokens around the source
        return scores
    start = time.perf_counter()
    theirs = translate_argos(package, settings, sources)
    elapsed = time.perf_counter() - start
    scores.append(Score(pair, package.model_id, "argostranslate", *corpus_scores(theirs, references), len(sources), None, elapsed))
    return scores


def format_table(scores: Sequence[Score]) -> str:
    header = ("pair", "model", "system", "chrF", "BLEU", "sentences", "flagged", "seconds")
    rows = [
        (s.pair, s.model, s.system, f"{s.chrf:.2f}", f"{s.bleu:.2f}", str(s.sentences),
         "-" if s.flagged is None else str(s.flagged), f"{s.seconds:.1f}")
        for s in scores
    ]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) if i < 3 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))) for row in (header, *rows)]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models-dir", type=Path, help="Argos package store (default: models/ or models.dir in the config).")
    parser.add_argument("--config", type=Path, help="TOML config file (decoding settings for our engine).")
    parser.add_argument("--pairs", default=",".join(PAIRS), help="Source languages to score, comma-separated (ar, sq).")
    parser.add_argument("--limit", type=int, help="Score only the first N devtest sentences (default: all 1,012).")
    parser.add_argument("--include-synthetic", action="store_true", help="Also score synthetic test packages (their models copy the input).")
    parser.add_argument("--json", type=Path, help="Also write the scores to this JSON file.")
    args = parser.parse_args(argv)
    args.pairs = tuple(p.strip() for p in args.pairs.split(",") if p.strip())
    unknown = [p for p in args.pairs if p not in PAIRS]
    if unknown or not args.pairs:
        parser.error(f"--pairs: expected some of {', '.join(PAIRS)}, got {args.pairs!r}")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be >= 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        settings = load_settings(args.config, {"models_dir": args.models_dir})
    except TranslateSummarizeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    packages, skipped, problems = candidate_packages(settings, args.pairs, args.include_synthetic)
    for problem in problems:
        print(f"warning: skipping broken package: {problem}", file=sys.stderr)
    if not packages:
        wanted = " or ".join(f"{p}->{TARGET}" for p in args.pairs)
        note = f" ({len(skipped)} synthetic test package(s) skipped; --include-synthetic scores them)" if skipped else ""
        print(
            f"no model installed: no real {wanted} package in {settings.models_dir}{note}. "
            f"Install one with: translate-summarize models install {' '.join(args.pairs)} "
            f"(or: translate-summarize models install --file PACKAGE.argosmodel)"
        )
        return 0
    scores: list[Score] = []
    for package in packages:
        print(f"scoring {package.model_id} ({package.path}) ...", file=sys.stderr)
        try:
            scores.extend(score_package(package, settings, args.limit))
        except TranslateSummarizeError as exc:
            print(f"error: {package.model_id}: {exc}", file=sys.stderr)
            return 1
    print(format_table(scores))
    print(
        f"\nFLORES-200 devtest -> eng_Latn; sacrebleu chrF (beta 2) and BLEU (13a). ours: beam {settings.beam_size}, "
        f"compute {settings.compute_type}, length_penalty {settings.length_penalty}, batch {settings.max_batch_tokens} tokens, "
        "guard-rejected outputs scored as empty; argostranslate: its own defaults (beam 4, 32-token batches, "
        "length_penalty 0.2), one translate() call per sentence."
    )
    if args.json:
        write_text(args.json, json.dumps([asdict(s) for s in scores], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
