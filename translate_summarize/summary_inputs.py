"""Inputs of ``translate-summarize summarize``: translated-article JSONL or plain English text files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Sequence

from .article import Article, Paragraph, Segment
from .errors import InputError


STDIN = "-"
STDIN_NAME = "<stdin>"


def read_inputs(paths: Sequence[Path], stdin: BinaryIO | None = None) -> Iterator[Article]:
    """Articles from each path in order: ``.jsonl`` files hold Article records, anything else is English text.

    ``-`` reads ``stdin``: Article records when its first character is ``{``, else English text.
    """
    from .ingest import InputNotFound

    for path in paths:  # every path first: a missing one is a usage error before any article is read
        if not (str(path) == STDIN and stdin is not None) and not path.is_file():
            what = "is a folder, not a file" if path.is_dir() else "does not exist"
            raise InputNotFound(f"INPUT {str(path)!r} {what}")
    for path in paths:
        if str(path) == STDIN and stdin is not None:
            text = _utf8(stdin.read(), STDIN_NAME)
            if text.lstrip().startswith("{"):
                yield from _article_records(text.splitlines(), STDIN_NAME)
            else:
                yield english_text(text, STDIN_NAME)
            continue
        if path.suffix.lower() == ".jsonl":
            yield from read_article_records(path)
        else:
            yield english_text_article(path)


def _utf8(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text ({exc.reason})") from None


def read_article_records(path: Path) -> Iterator[Article]:
    """Articles from a JSONL file of Article records (blank lines ignored; a bad line is an InputError naming it)."""
    with path.open(encoding="utf-8") as fh:
        yield from _article_records(fh, str(path))


def _article_records(lines: Iterable[str], name: str) -> Iterator[Article]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield Article.from_record(json.loads(line))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{name}:{number}: not an article record ({exc})") from None


def english_text_article(path: Path) -> Article:
    """An English article from a text file: first non-blank line the headline, each further line a paragraph.

    Each sentence of a paragraph (our English segmentation) becomes a passthrough segment.
    """
    return english_text(_utf8(path.read_bytes(), str(path)), str(path))


def english_text(text: str, source: str) -> Article:
    """An English article from ``text`` (see :func:`english_text_article`) named ``source``."""
    from .ingest import content_id
    from .segment import split_sentences

    numbered = [(i, line.strip()) for i, line in enumerate(text.splitlines(), 1) if line.strip()]
    article_id = content_id(text)
    if not numbered:
        return Article(id=article_id, source_file=source).fail("summarize", "empty text file", "skipped")
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
        source_file=source,
        lang="en",
        title=title,
        title_line=title_line,
        title_en=title,
        paragraphs=tuple(paragraphs),
        segments=tuple(segments),
    )
