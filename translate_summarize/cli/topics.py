"""CLI: ``translate-summarize topics INPUT...`` — cluster articles into topics with briefs (registered by ``cli/summarize.py``)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from .common import EXIT_CODES_HELP, EXIT_NOTHING, STDIN_HELP, ConfigOption, build_settings, cli_errors, err, exit_code_for, stdin_for

TOPICS_HELP = (
    "Group articles into topics (cross-language stories) with a label, keywords and a cited multi-article "
    "brief. INPUT is article JSONL with English (output of 'translate' or 'summarize'; English .txt files "
    "also work). Ok articles without a summary are summarised first (single-article topics use it as their "
    "brief). Writes topics JSONL. With --state, topics join stories of earlier nights kept in that SQLite "
    "file (the run state).\n\n" + EXIT_CODES_HELP
)


def topics_command(
    inputs: list[Path] = typer.Argument(..., metavar="INPUT", help="Article JSONL files (or English .txt files)." + STDIN_HELP),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the topics JSONL here (atomically); default: standard output."),
    state: Optional[Path] = typer.Option(None, "--state", help="SQLite run-state file for story tracking across nights (created if missing); default: no tracking."),
    threshold: Optional[float] = typer.Option(None, "--threshold", "-t", help="Average-linkage cut: articles share a topic while their average similarity is at least 1 - threshold (config: topics.threshold)."),
    window_days: Optional[int] = typer.Option(None, "--window-days", help="Articles published further apart never share a topic (config: topics.window_days)."),
    run_date: Optional[str] = typer.Option(None, "--run-date", help="The night being processed, YYYY-MM-DD, for story tracking and as the date of undated articles (default: today, UTC)."),
    articles_out: Optional[Path] = typer.Option(None, "--articles-out", help="Also write the articles with their topic_id (and summary) as JSONL here."),
    config: Optional[Path] = ConfigOption,
) -> None:
    from ..render.jsonl import dumps_line, write_jsonl
    from ..settings import parse_run_date
    from ..summarize import summarize_article
    from ..summary_inputs import read_inputs
    from ..topics import build_topics

    settings = build_settings(config, topic_threshold=threshold, topic_window_days=window_days)
    with cli_errors():
        night = parse_run_date(run_date) if run_date else dt.datetime.now(dt.timezone.utc).date()
    with cli_errors():
        articles = [a if (not a.ok or a.summary is not None) else summarize_article(a, settings) for a in read_inputs(inputs, stdin_for(inputs))]
        if state is not None:
            from ..state import connect
            from ..stories import StoryStore

            conn = connect(state)
            try:
                articles, topics = build_topics(articles, settings, stories=StoryStore(conn), run_date=night)
            finally:
                conn.close()
        else:  # the run date still dates undated articles (topics.undated)
            articles, topics = build_topics(articles, settings, run_date=night)
        if out is None:
            for t in topics:
                sys.stdout.write(dumps_line(t.to_record()) + "\n")
        else:
            write_jsonl(out, (t.to_record() for t in topics))
        if articles_out is not None:
            write_jsonl(articles_out, (a.to_record() for a in articles))
    _print_table(topics)
    where = f" → {escape(str(out))}" if out is not None else ""
    ok = sum(1 for a in articles if a.ok)
    err.print(f"{ok} of {len(articles)} articles in {len(topics)} topics (threshold {settings.topic_threshold}){where}", highlight=False)
    code = exit_code_for([a.status for a in articles]) if articles else EXIT_NOTHING
    raise typer.Exit(code)


def _print_table(topics: list) -> None:
    """One line per topic on stderr: id, size, languages, new or continuing story, label."""
    for t in topics:
        story = "new      " if t.new_story else "continues"
        err.print(f"{t.topic_id}  {len(t.article_ids):>3}  {','.join(t.languages):<8} {story}  {escape(t.label)}", highlight=False, overflow="ellipsis", no_wrap=True)
