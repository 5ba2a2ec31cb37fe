"""JSONL and JSON outputs: one record per line, deterministic order, schema-versioned records."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..article import SCHEMA_VERSION, Article, Topic
from .atomic import write_text


def dumps_line(record: Mapping[str, Any]) -> str:
    """One compact JSON line (UTF-8 kept readable, key order as given)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def article_sort_key(article: Article) -> tuple[str, str]:
    return (article.source_file, article.id)


def write_jsonl(path: Path, records: Iterable[Mapping[str, Any]]) -> int:
    """Write records atomically, one JSON object per line; returns the line count."""
    lines = [dumps_line(r) for r in records]
    write_text(path, "".join(line + "\n" for line in lines))
    return len(lines)


def write_articles(path: Path, articles: Iterable[Article], run: Mapping[str, str] | None = None) -> int:
    """``articles.jsonl``: every article (skipped and failed too), sorted by source file then id.

    ``run`` (``run_id``, ``run_date``) is added to every record, so lines of many nights can be loaded together.
    """
    return write_jsonl(path, ({**a.to_record(), **(run or {})} for a in sorted(articles, key=article_sort_key)))


def write_topics(path: Path, topics: Iterable[Topic]) -> int:
    """``topics.jsonl``: topics in digest order (as given)."""
    return write_jsonl(path, (t.to_record() for t in topics))


def error_record(article: Article, run: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The ``errors.jsonl`` line of a skipped or failed article (schema: ``translate-summarize schema errors``)."""
    from ..problems import fix_for, split_reason

    what, advice = split_reason(article)
    return {
        "schema_version": SCHEMA_VERSION,
        "source_file": article.source_file,
        "id": article.id,
        "status": article.status,
        "stage": article.stage,
        "reason": article.reason,
        "fix": fix_for(what, advice),
        **(run or {}),
    }


def write_errors(path: Path, articles: Iterable[Article], run: Mapping[str, str] | None = None) -> int:
    """``errors.jsonl``: one line per skipped/failed input, sorted like ``articles.jsonl``."""
    bad = sorted((a for a in articles if not a.ok), key=article_sort_key)
    return write_jsonl(path, (error_record(a, run) for a in bad))


def write_json(path: Path, data: Mapping[str, Any]) -> None:
    """A pretty-printed JSON document, written atomically."""
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")
