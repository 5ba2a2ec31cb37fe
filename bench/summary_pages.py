"""Per-article summaries measured the way the nightly run makes them: from page dumps, not clean text.

The NTREX page set (``tests/data/ntrex_pages/``, ``bench/make_pages.py``: Arabic and Albanian page
dumps of the 60 NTREX dev documents in seventy-seven site templates, t75-t77 held out) goes through
the real stages: ingest → extract (clean, language, segmentation) → translate, with a translation
memory of the NTREX line alignment (each Arabic/Albanian line → its English original) and no model, so a
sentence the segmenter cut differently from the NTREX lines stays untranslated, as it would without
a model. The summarizer then sees what the pipeline gives it: the extracted title's English, the
body's English sentences, and whatever furniture the cleaner left.

Each chosen sentence is mapped back to the NTREX English body line it came from (the exact line,
or the line containing it) and scored against the editor picks of that document, as in
``summary_model``: hits are distinct picked lines chosen, the count per page is the number of
picks. Only ``full`` pages (the whole document on the page) are used: short pages lack lines the
editor picked.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Sequence

from ntrex import DEFAULT_DIR as NTREX_DIR
from ntrex import Document, load_documents, load_picks

from translate_summarize.article import Article
from translate_summarize.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "ntrex_pages"
SOURCES = {"ar": "newstest2019-ref.arb.txt", "sq": "newstest2019-ref.sqi.txt"}


class NoModels:
    """A backend provider with no installed model: what the memory does not cover stays untranslated."""

    def model_id(self, source: str, target: str) -> None:
        return None

    def get(self, source: str, target: str) -> object:
        from translate_summarize.errors import ModelMissingError

        raise ModelMissingError(source, target)


def translated_pages(pages: Path = PAGES, ntrex: Path = NTREX_DIR) -> tuple[list[dict], dict[str, Article]]:
    """``(gold entries, translated article by page file name)`` for every page of the set."""
    from translate_summarize.extract import extract
    from translate_summarize.ingest import iter_articles
    from translate_summarize.translate.memory import MemoryPair, TranslationMemory
    from translate_summarize.translate.stage import translate_articles

    gold = json.loads((pages / "gold.json").read_text(encoding="utf-8"))["articles"]
    settings = Settings()
    english = (ntrex / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        memory = TranslationMemory(Path(tmp) / "memory.sqlite")
        try:
            for lang, name in SOURCES.items():
                lines = (ntrex / name).read_text(encoding="utf-8").splitlines()
                memory.import_pairs(
                    (MemoryPair(lang, "en", s.strip(), e.strip()) for s, e in zip(lines, english) if s.strip() and e.strip()),
                    provenance="ntrex",
                )
            articles = [extract(a, settings) for a in iter_articles([str(pages / g["file"]) for g in gold], settings)]
            articles = translate_articles(articles, settings, memory, NoModels())
        finally:
            memory.close()
    return gold, {Path(a.source_file).name: a for a in articles}


def line_of(text: str, doc: Document) -> int:
    """The NTREX body line ``text`` is (or is part of); -1 for anything else (furniture, other articles)."""
    stripped = text.strip()
    for i, line in enumerate(doc.body):
        if line.strip() == stripped:
            return i
    for i, line in enumerate(doc.body):
        if stripped and stripped in line:
            return i
    return -1


def page_inputs(entries: Sequence[dict], articles: dict[str, Article]) -> list[tuple[dict, Article, Document, list[int]]]:
    """``(gold entry, article, NTREX document, picks)`` of every ``full`` page whose document has picks."""
    docs = {d.doc_id: d for d in load_documents()}
    picks = load_picks()
    out = []
    for entry in entries:
        article = articles.get(entry["file"])
        if entry["kind"] != "full" or article is None or entry["doc_id"] not in picks:
            continue
        out.append((entry, article, docs[entry["doc_id"]], picks[entry["doc_id"]]))
    return out
