"""Stage runner: every stage is a callable ``Article -> Article``; failures travel with the article.

A stage error marks only that article (``status``, ``stage``, ``reason``) and the batch goes on;
``fail_fast`` re-raises for debugging. Articles that are already skipped/failed pass through untouched.
"""

from __future__ import annotations

import logging
from typing import Callable

from .article import Article
from .errors import TranslateSummarizeError

log = logging.getLogger(__name__)

Stage = Callable[[Article], Article]


def apply_stage(article: Article, stage: str, fn: Stage, *, fail_fast: bool = False) -> Article:
    """Run ``fn`` on an ok article; record a failure on the article instead of raising."""
    if not article.ok:
        return article
    try:
        return fn(article)
    except TranslateSummarizeError as exc:
        if fail_fast:
            raise
        log.debug("%s: %s failed: %s", article.source_file, stage, exc)  # the caller reports the article
        return article.fail(stage, str(exc))
    except Exception as exc:  # a bug in a stage must not lose the rest of the batch
        if fail_fast:
            raise
        log.exception("%s: internal error in stage %s", article.source_file, stage)
        return article.fail(
            stage,
            f"internal error in stage {stage}: {type(exc).__name__}: {exc} "
            "(please report it; rerun with --fail-fast for a traceback)",
        )
