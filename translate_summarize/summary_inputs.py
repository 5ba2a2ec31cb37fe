"""Inputs of ``translate-summarize summarize``: translated-article JSONL or plain English text files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from .article import Article, Paragraph, Segment
from .errors import InputError


def read_inputs(paths: list[Path]) -> Iterator[Article]:
    """Articles from each path in order: ``.jsonl`` files hold Article records, anything else is English text."""
    for path in paths:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        if path.suffix.lower() == ".jsonl":
            yield from read_article_records(path)
        else:
            yield english_text_article(path)


def read_article_records(path: Path) -> Iterator[Article]:
    """Articles from a JSONL file of Article records (blank lines ignored; a bad line is an InputError naming it)."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield Article.from_record(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{path}:{number}: not an article record ({exc})") from None


def english_text_article(path: Path) -> Article:
    """An English article from a text file: first non-blank line the headline, each further line a paragraph.

    Each sentence of a paragraph (our English segmentation) becomes a passthrough segment.
    """
    from .ingest import content_id
    from .segment import split_sentences

    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason})") from None
    numbered = [(i, line.strip()) for i, line in enumerate(text.splitlines(), 1) if line.strip()]
    article_id = content_id(text)
    if not numbered:
        return Article(id=article_id, source_file=str(path)).fail("summarize", "empty text file", "skipped")
    (title_line, title), body = numbered[0], numbered[1:]
    paragraphs: list[Paragraph] = []
    segments: list[Segment] = []
    for number, line in body:
        sentences = split_sentences(line, "en")
        index = len(paragraphs)
        paragraphs.append(Paragraph(text=line, source_lines=(number, number), lang="en", sentences=sentences))
        segments += [Segment(paragraph=index, sentence=j, source=s.text, en=s.text, origin="passthrough") for j, s in enumerate(sentences)]
    return Article(
        id=article_id,
        source_file=str(path),
        lang="en",
        title=title,
        title_line=title_line,
        title_en=title,
        paragraphs=tuple(paragraphs),
        segments=tuple(segments),
    )
