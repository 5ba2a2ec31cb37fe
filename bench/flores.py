"""FLORES-200 devtest (``../shared/eval/flores200_devtest``) for the translation benchmarks.

1,012 line-aligned sentences per language; ``metadata_devtest.tsv`` gives each sentence's source
URL, so consecutive sentences with the same URL form one article (for article-shaped workloads).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "flores200_devtest"
FILES = {"ar": "arb_Arab.devtest", "sq": "als_Latn.devtest", "en": "eng_Latn.devtest"}
"""Our language codes → FLORES-200 file names."""


@dataclass(frozen=True, slots=True)
class FloresArticle:
    url: str
    first: int
    """Index of the article's first sentence in the devtest files."""
    sentences: tuple[str, ...]


def load_sentences(lang: str, directory: Path = DEFAULT_DIR) -> list[str]:
    """The devtest sentences of ``lang`` (``ar``, ``sq`` or ``en``), in file order."""
    if lang not in FILES:
        raise ValueError(f"no FLORES-200 devtest file for {lang!r} (have: {', '.join(FILES)})")
    lines = (directory / FILES[lang]).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines]


def load_articles(lang: str, directory: Path = DEFAULT_DIR) -> list[FloresArticle]:
    """Consecutive sentences sharing a metadata URL grouped into articles, in file order."""
    sentences = load_sentences(lang, directory)
    rows = (directory / "metadata_devtest.tsv").read_text(encoding="utf-8").splitlines()[1:]
    urls = [row.split("\t", 1)[0] for row in rows]
    if len(urls) != len(sentences):
        raise ValueError(f"{directory}: {len(urls)} metadata rows for {len(sentences)} sentences")
    articles: list[FloresArticle] = []
    start = 0
    for i in range(1, len(urls) + 1):
        if i == len(urls) or urls[i] != urls[start]:
            articles.append(FloresArticle(urls[start], start, tuple(sentences[start:i])))
            start = i
    return articles
