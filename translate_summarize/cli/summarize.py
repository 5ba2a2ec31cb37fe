"""CLI: ``translate-summarize summarize INPUT...`` — per-article extractive summaries.

``register(app)`` adds this module's commands; each command is one function below (the
``topics`` command is added here too).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from .common import EXIT_CODES_HELP, STDIN_HELP, ConfigOption, build_settings, cli_errors, err, exit_code_for, stdin_for


def register(app: typer.Typer) -> None:
    """Add the summary commands to the app."""
    app.command(
        "summarize",
        help=(
            "Summarise articles extractively. INPUT is translated-article JSONL (.jsonl, Article records) "
            "or plain English text files (first line the headline, one paragraph per line). Writes the "
            "articles with their summary as JSONL.\n\n" + EXIT_CODES_HELP
        ),
    )(summarize_command)
    from .topics import TOPICS_HELP, topics_command

    app.command("topics", help=TOPICS_HELP)(topics_command)


def summarize_command(
    inputs: list[Path] = typer.Argument(
        ..., metavar="INPUT", help="Article JSONL files or English .txt files." + STDIN_HELP
    ),
    method: Optional[str] = typer.Option(
        None, "--method", help="default, lead, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic or reduction (config: summary.method)."
    ),
    sentences: Optional[int] = typer.Option(None, "--sentences", "-n", help="Summary length in sentences (config: summary.sentences)."),
    ratio: Optional[float] = typer.Option(None, "--ratio", "-r", help="Summary length as a fraction of the article's sentences, rounded up (config: summary.ratio)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the JSONL here (atomically); default: standard output."),
    config: Optional[Path] = ConfigOption,
) -> None:
    from ..render.jsonl import dumps_line, write_jsonl
    from ..summarize import summarize_article
    from ..summary_inputs import read_inputs

    if sentences is not None and ratio is not None:
        err.print("[bold red]error:[/] give --sentences or --ratio, not both", highlight=False)
        raise typer.Exit(2)
    settings = build_settings(config, summary_method=method, summary_sentences=sentences, summary_ratio=ratio)
    with cli_errors():
        articles = [summarize_article(a, settings) for a in read_inputs(inputs, stdin_for(inputs))]
        if out is None:
            for a in articles:
                sys.stdout.write(dumps_line(a.to_record()) + "\n")
        else:
            write_jsonl(out, (a.to_record() for a in articles))
    summarised = sum(1 for a in articles if a.summary is not None)
    where = f" → {escape(str(out))}" if out is not None else ""
    err.print(f"{len(articles)} articles, {summarised} summarised by {settings.summary_method}{where}", highlight=False)
    raise typer.Exit(exit_code_for([a.status for a in articles]))
