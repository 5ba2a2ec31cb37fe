"""CLI: ``run`` (the nightly job), ``doctor`` (environment checks), ``schema`` and ``config``."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.markup import escape

from .common import EXIT_CODES_HELP, ConfigOption, ModelsDirOption, build_settings, cli_errors, err, is_tty, out, path_or_empty

RUN_HELP = (
    "Run the nightly job: ingest → clean → language → segment → translate → summarize → topics → render.\n\n"
    "With no INPUT it processes seeds/*.txt of the current directory (with seeds/translation_memory.jsonl) "
    "into output/. Writes DIR/<run date>/ (articles.jsonl, topics.jsonl, brief.md, topics/*.md, "
    "stories/*.md, articles/*.md, run.json, errors.jsonl), points DIR/latest at it and lists every night "
    "in DIR/index.md. Articles already processed "
    "with the same content, settings and models are not reprocessed (--force does); a killed run is "
    "resumed by running it again.\n\n" + EXIT_CODES_HELP
)


def register(app: typer.Typer) -> None:
    """Add ``run``, ``doctor``, ``schema`` and ``config`` to the app."""
    app.command("run", help=RUN_HELP)(run_command)
    app.command(
        "doctor",
        help="Check the environment: Python, dependencies, models dir and installed pairs, translation "
        "memory, output dir, config. Prints a fix for every problem; exit 1 if there is any.",
    )(doctor_command)
    app.command("schema", help="Print the JSON Schema (draft 2020-12) of articles.jsonl, topics.jsonl or errors.jsonl records, or of run.json.")(schema_command)
    app.command(
        "config",
        help="Print every setting with its TOML key, effective value and help (--toml: a commented "
        "translate-summarize.toml with every key).",
    )(config_command)


def run_command(
    inputs: Optional[list[str]] = typer.Argument(None, metavar="INPUT", help="Files, folders or glob patterns (.txt, .html, .jsonl). Default: seeds/*.txt."),
    out_dir: Optional[str] = typer.Option(None, "--out", "-o", metavar="DIR", help="Output folder (config: output.dir; default output/)."),
    memory: Optional[list[Path]] = typer.Option(None, "--memory", "-m", help="Translation-memory file (JSONL pairs or TMX) to import first; repeatable."),
    config: Optional[Path] = ConfigOption,
    models_dir: Optional[Path] = ModelsDirOption,
    templates: Optional[Path] = typer.Option(None, "--templates", help="Folder of Jinja2 templates (brief.md.j2, topic.md.j2, article.md.j2) overriding the bundled ones; missing ones fall back.", parser=path_or_empty, metavar="PATH"),
    force: bool = typer.Option(False, "--force", help="Reprocess every article and re-render even if nothing changed."),
    keep_nights: Optional[int] = typer.Option(None, "--keep-nights", min=0, metavar="N", help="Keep only the N newest night folders in --out (config: output.keep_nights; 0 = keep all). Only folders this tool made are removed."),
    fail_fast: Optional[bool] = typer.Option(None, "--fail-fast/--no-fail-fast", help="Re-raise the first stage error (with a traceback) instead of recording it on the article."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, show_default=False, help="More log output (debug)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only warnings and errors (no progress)."),
    log_json: bool = typer.Option(False, "--log-json", help="Log lines as JSON objects on stderr (for log collectors)."),
    run_date: Optional[str] = typer.Option(None, "--run-date", metavar="YYYY-MM-DD", help="Date of the output folder (default: today's UTC date)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="tcp://HOST:PORT", help="Run extract/translate/summarize on this running Dask cluster (needs the dask extra; config: dask.scheduler)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=0, help="Start a local Dask cluster of N worker processes for the run (needs the dask extra; config: dask.workers; 0 = in this process)."),
    max_failed_ratio: Optional[float] = typer.Option(None, "--max-failed-ratio", metavar="RATIO", help="Exit 3 (for alerting) when more than this share (0-1) of the articles were skipped or failed (config: run.max_failed_ratio; unset: any problem exits 1)."),
) -> None:
    from ..dask_executor import executor_for
    from ..pipeline import run
    from ..reporting import LogReporter, NullReporter, PauseHook, RichReporter, configure_logging

    settings = build_settings(config, output_dir=out_dir, models_dir=models_dir, templates_dir=templates, fail_fast=fail_fast, keep_nights=keep_nights,
                              dask_scheduler=scheduler, dask_workers=workers, max_failed_ratio=max_failed_ratio)
    with cli_errors():
        pause = PauseHook.from_environ()
        executor = executor_for(settings)
    verbosity = -1 if quiet else verbose
    rich_bars = is_tty() and not quiet and not log_json
    with contextlib.ExitStack() as stack:
        stack.enter_context(configure_logging(verbosity if not rich_bars or verbosity > 0 else -1, log_json))
        reporter: Any
        if quiet:
            reporter = NullReporter() if pause is None else LogReporter(pause=pause)
        elif rich_bars:
            reporter = stack.enter_context(RichReporter(err, pause=pause))
        else:
            reporter = LogReporter(pause=pause)
        with cli_errors():
            result = run(settings, inputs or None, memory_files=memory or (), force=force, reporter=reporter, run_date=run_date, executor=executor)
        report_problems(result, log_json)  # even with -q: what went wrong tonight, and the fix
    counts = result.counts
    if not quiet:
        reused = " (nothing changed: outputs of the last run kept)" if result.reused_outputs else ""
        out.print(
            f"{counts['ok']} ok, {counts['skipped']} skipped, {counts['failed']} failed → "
            f"{escape(str(result.output_dir))}{reused}; brief: {escape(str(result.output_dir / 'brief.md'))}",
            highlight=False,
        )
    for problem in result.problems:  # run-level errors are shown even with -q
        err.print(f"[bold red]problem:[/] {escape(problem)}", highlight=False)
    raise typer.Exit(result.exit_code)


def report_problems(result: Any, log_json: bool) -> None:
    """The night's problems grouped by reason on stderr (count, what, fix), and the alert of --max-failed-ratio.

    Plain lines, or with --log-json one JSON log line per group (fields: count, status, stage, reason, fix, files).
    """
    import logging

    log = logging.getLogger(__name__)

    def say(text: str, level: int, extra: dict[str, Any], plain: str) -> None:
        if log_json:
            log.log(level, text, extra=extra)
        else:
            err.print(plain.format(escape(text)), highlight=False)

    counts = result.counts
    if result.problem_groups:
        head = (f"{counts['skipped'] + counts['failed']} of {sum(counts.values())} articles not processed "
                f"({counts['skipped']} skipped, {counts['failed']} failed), by reason:")
        say(head, logging.WARNING, {"event": "problems", "counts": counts}, "{}")
        for g in result.problem_groups:
            say(f"{g.count} {g.status} at {g.stage}: {g.reason} → fix: {g.fix}", logging.WARNING,
                {"event": "problem_group", "count": g.count, "status": g.status, "stage": g.stage, "reason": g.reason,
                 "fix": g.fix, "files": [f for f, _ in g.members]}, "  {}")
    if result.too_many_failed:
        alert = (f"alert: {result.failed_ratio:.0%} of the articles were skipped or failed, above run.max_failed_ratio "
                 f"{result.max_failed_ratio:g}: exit 3")
        say(alert, logging.ERROR, {"event": "alert", "counts": counts}, "[bold red]{}[/]")


def schema_command(
    name: str = typer.Argument(..., metavar="NAME", help="Which schema: articles, topics, errors or run."),
) -> None:
    from ..render.schemas import schema_text

    with cli_errors():
        text = schema_text(name)
    sys.stdout.write(text)


def config_command(
    config: Optional[Path] = ConfigOption,
    toml: bool = typer.Option(False, "--toml", help="Print a commented translate-summarize.toml with every key and its effective value."),
    as_json: bool = typer.Option(False, "--json", help="Print the settings as JSON lines: key, field, value, default, origin, help, allowed (the values it accepts, or null)."),
    show_origin: bool = typer.Option(False, "--show-origin", help="Also show where each value comes from: default, or the config file that sets it."),
) -> None:
    from ..settings import allowed, describe, setting_origins

    settings = build_settings(config)
    with cli_errors():
        origins = setting_origins(config)
    rows = [(key, name, getattr(settings, name), default, help_) for key, name, default, help_ in describe()]
    if as_json:
        for key, name, value, default, help_ in rows:
            record = {"key": key, "field": name, "value": _plain(value), "default": _plain(default), "origin": origins[name], "help": help_, "allowed": allowed(name)}
            sys.stdout.write(json.dumps(record) + "\n")
        return
    if toml:
        sys.stdout.write(toml_example(rows, origins if show_origin else None))
        return
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("key", "value", *(("origin",) if show_origin else ()), "help"):
        table.add_column(column, overflow="fold")
    for key, name, value, _default, help_ in rows:
        origin = (escape(origins[name]),) if show_origin else ()
        table.add_row(key, escape(_toml_value(value) or "(unset)"), *origin, escape(help_))
    out.print(table)


def _plain(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _toml_value(value: Any) -> str | None:
    """A TOML literal for a setting value; ``None`` (no TOML null) for unset."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml_value(v) or '""' for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def toml_example(rows: list[tuple[str, str, Any, Any, str]], origins: dict[str, str] | None = None) -> str:
    """A commented TOML document with every key (unset keys commented out; with ``origins``, where each value comes from)."""
    lines = ["# translate-summarize.toml — every key, with its help. Unset keys are commented out.", ""]
    section = None
    for key, name, value, _default, help_ in rows:
        sec, _, leaf = key.partition(".")
        if sec != section:
            if section is not None:
                lines.append("")
            lines.append(f"[{sec}]")
            section = sec
        lines.append(f"# {help_}")
        if origins is not None:
            lines.append(f"# (from: {origins[name]})")
        literal = _toml_value(value)
        lines.append(f"{leaf} = {literal}" if literal is not None else f"# {leaf} = (unset by default)")
    return "\n".join(lines) + "\n"


# --- doctor --------------------------------------------------------------------------------------------

def doctor_command(
    config: Optional[Path] = ConfigOption,
    models_dir: Optional[Path] = ModelsDirOption,
    out_dir: Optional[Path] = typer.Option(None, "--out", "-o", help="Output folder to check (config: output.dir).", parser=path_or_empty, metavar="PATH"),
) -> None:
    from ..doctor import run_checks

    problems = 0
    for check in run_checks(config, models_dir=models_dir, output_dir=out_dir):
        mark = "[green]     ok[/]" if check.ok else "[bold red]PROBLEM[/]"
        out.print(f"{mark}  {escape(check.name)}: {escape(check.detail)}", highlight=False)
        if not check.ok:
            problems += 1
            out.print(f"         fix: {escape(check.fix or '')}", highlight=False)
    out.print(f"{problems} problem{'s' if problems != 1 else ''} found", highlight=False)
    raise typer.Exit(1 if problems else 0)
