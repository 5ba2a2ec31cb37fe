"""Extraction: raw inputs → clean, language-tagged, segmented articles (ingest → clean → langid → segment).

Each stage runs through :func:`~translate_summarize.stages.apply_stage`: a failure is recorded on
that article (``status``, ``stage``, ``reason``) and the batch goes on; ``settings.fail_fast``
re-raises. Articles skipped or failed at ingest pass through untouched.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Sequence

from .article import Article
from .ingest import iter_articles
from .settings import Settings
from .stages import apply_stage


def stages() -> tuple[tuple[str, Callable[..., Article]], ...]:
    """``(name, function)`` of the extraction stages after ingest, in order."""
    from .clean import clean
    from .langid import identify
    from .segment import segment

    return (("clean", clean), ("langid", identify), ("segment", segment))


def extract(article: Article, settings: Settings) -> Article:
    """Run clean → langid → segment on one ingested article."""
    for name, fn in stages():
        article = apply_stage(article, name, partial(fn, settings=settings), fail_fast=settings.fail_fast)
    return article


def extract_all(inputs: Sequence[str | Path], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Article]:
    """Ingest ``inputs`` (files, folders, globs; ``-`` reads ``stdin``) and extract every article, in input order.

    Raises:
        InputNotFound: before the first article, when an input does not exist or matches nothing.
    """
    for article in iter_articles(inputs, settings, stdin):
        yield extract(article, settings)
