"""CLI: ``translate-summarize extract INPUT...`` — raw pages to clean article JSONL."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..article import Article
from .common import EXIT_CODES_HELP, EXIT_USAGE, STDIN_HELP, ConfigOption, build_settings, cli_errors, err, exit_code_for, is_tty, stdin_for


def register(app: typer.Typer) -> None:
    """Add the ``extract`` command to the app."""
    app.command(
        "extract",
        help=(
            "Extract clean articles from raw inputs: .txt page dumps, .html/.htm pages, .jsonl records, "
            "folders (recursive) or glob patterns. Writes one JSON line per article (every input, "
            "skipped and failed ones with their reason) and prints a per-file table on stderr.\n\n"
            + EXIT_CODES_HELP
        ),
    )(extract_command)


def extract_command(
    inputs: list[str] = typer.Argument(..., metavar="INPUT", help="Files, folders or glob patterns to extract articles from." + STDIN_HELP),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the JSONL here (atomically); default: standard output."),
    config: Optional[Path] = ConfigOption,
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Skip inputs larger than this many bytes (config: input.max_bytes)."),
    fail_fast: Optional[bool] = typer.Option(None, "--fail-fast/--no-fail-fast", help="Re-raise the first stage error (for debugging) instead of recording it on the article."),
) -> None:
    from ..extract import extract_all
    from ..render.jsonl import dumps_line, write_jsonl

    settings = build_settings(config, max_input_bytes=max_bytes, fail_fast=fail_fast)
    articles: list[Article] = []
    with cli_errors():
        for article in extract_all(inputs, settings, stdin_for(inputs)):
            article = article.replace(raw=None)
            articles.append(article)
            if out is None:
                sys.stdout.write(dumps_line(article.to_record()) + "\n")
                sys.stdout.flush()
        if out is not None:
            try:
                write_jsonl(out, (a.to_record() for a in articles))
            except OSError as exc:
                err.print(f"[bold red]error:[/] --out: cannot write {escape(str(out))} ({exc.strerror or exc})", highlight=False)
                raise typer.Exit(EXIT_USAGE) from None
    _print_table(articles, out)
    raise typer.Exit(exit_code_for([a.status for a in articles]))


def _print_table(articles: list[Article], out: Path | None) -> None:
    table = Table(show_lines=False, pad_edge=False, box=None, header_style="bold")
    for column in ("file", "status", "lang", "title", "paragraphs", "reason"):
        table.add_column(column, overflow="fold")
    style = {"ok": "green", "skipped": "yellow", "failed": "red"}
    for a in articles:
        title = a.title or ""
        table.add_row(
            escape(a.source_file),
            f"[{style.get(a.status, '')}]{a.status}[/]",
            a.lang or "",
            escape(title if len(title) <= 50 else title[:49] + "…"),
            str(len(a.paragraphs)),
            escape(a.reason or ""),
        )
    console = err if is_tty() else Console(stderr=True, width=max(err.width, 200))  # logs: no folding
    console.print(table, highlight=False)
    counts = {s: sum(1 for a in articles if a.status == s) for s in ("ok", "skipped", "failed")}
    where = f" → {escape(str(out))}" if out is not None else ""
    err.print(
        f"{len(articles)} articles: {counts['ok']} ok, {counts['skipped']} skipped, {counts['failed']} failed{where}",
        highlight=False,
    )
