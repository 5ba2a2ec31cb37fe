"""Extraction throughput: ingest → clean → langid → segment over many page dumps and HTML pages.

Builds N distinct inputs in a temporary folder (each seed and one HTML page, with a numbered line
appended so every file has its own content id), runs :func:`extract_all` once cold (includes
imports and model loading) and once warm, and prints files/s and the time per stage.

    python bench/extract_speed.py [--files 1000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from functools import partial
from pathlib import Path

from translate_summarize.extract import stages
from translate_summarize.ingest import iter_articles
from translate_summarize.settings import Settings
from translate_summarize.stages import apply_stage

ROOT = Path(__file__).resolve().parents[1]

HTML = """<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="الأخبار"></head><body><nav><a href="/">الرئيسية</a></nav>
<article><h1>{title}</h1>
{paragraphs}
</article><footer>© الأخبار</footer></body></html>
"""


def build(folder: Path, n: int) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    body = [line for line in texts[3].splitlines()[1:21] if line.strip()]
    html = HTML.format(title="بوتين يلتقي علييف في دوشنبه", paragraphs="\n".join(f"<p>{line}</p>" for line in body))
    kinds = len(texts) + 1
    for i in range(n):
        k = i % kinds
        if k < len(texts):
            (folder / f"{i:05d}.txt").write_text(texts[k] + f"\n{i}\n", encoding="utf-8")
        else:
            (folder / f"{i:05d}.html").write_text(html + f"<!-- {i} -->\n", encoding="utf-8")


def run(folder: Path, settings: Settings) -> tuple[float, dict[str, float], dict[str, int]]:
    steps = stages()
    per_stage: dict[str, float] = defaultdict(float)
    statuses: dict[str, int] = defaultdict(int)
    t0 = time.perf_counter()
    articles = iter(iter_articles([folder], settings))
    while True:
        t = time.perf_counter()
        article = next(articles, None)
        per_stage["ingest"] += time.perf_counter() - t
        if article is None:
            break
        for name, fn in steps:
            t = time.perf_counter()
            article = apply_stage(article, name, partial(fn, settings=settings))
            per_stage[name] += time.perf_counter() - t
        statuses[article.status] += 1
    return time.perf_counter() - t0, dict(per_stage), dict(statuses)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000, help="number of input files to build")
    args = parser.parse_args()
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build(folder, args.files)
        for label in ("cold", "warm"):
            total, per_stage, statuses = run(folder, settings)
            stages = "  ".join(f"{k} {v:.2f}s" for k, v in per_stage.items())
            print(f"{label}: {args.files} files in {total:.2f} s = {args.files / total:.0f} files/s "
                  f"({1000 * total / args.files:.1f} ms/file)  [{stages}]  statuses {statuses}")


if __name__ == "__main__":
    main()
