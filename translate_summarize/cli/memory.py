"""CLI: ``translate-summarize memory import|export|stats|purge`` over the translation memory / cache."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from ..errors import ConfigError, InputError
from ..translate.memory import ImportStats, TranslationMemory
from .common import EXIT_OK, EXIT_SOME_FAILED, ConfigOption, build_settings, cli_errors, err, out, path_or_empty

MAX_ERRORS_SHOWN = 20

memory_app = typer.Typer(
    help=(
        "Translation memory and translation cache (SQLite): import human pairs (JSONL or TMX 1.4), "
        "export, show statistics, purge a model's cached translations. Human pairs always win over "
        "cached model output; a model's cache is used only while that model version is installed."
    ),
    no_args_is_help=True,
)

DbOption = Annotated[
    Optional[Path],
    typer.Option("--db", help="Translation memory SQLite file (default: translate.memory_db, else <output dir>/memory.sqlite).",
                 parser=path_or_empty, metavar="PATH"),
]
OutOption = Annotated[
    Optional[Path],
    typer.Option("--out", "-o", help="Output folder of the runs whose memory to use, as 'run --out' (config: output.dir): its memory.sqlite.",
                 parser=path_or_empty, metavar="PATH"),
]


def _db_path(config: Path | None, db: Path | None, out_dir: Path | None) -> Path:
    """The database ``run`` would use with the same --config/--out (or the --db given)."""
    return build_settings(config, flags={"memory_db": "--db"}, memory_db=db, output_dir=out_dir).memory_path


def _existing_db(config: Path | None, db: Path | None, out_dir: Path | None) -> Path:
    path = _db_path(config, db, out_dir)
    if not path.is_file():
        with cli_errors():
            raise ConfigError(
                f"--db: no translation memory at {path}; pass --out (the run's output folder), --db or --config, "
                "or create one with: translate-summarize memory import FILE"
            )
    return path


def _summary(stats: ImportStats) -> str:
    return (
        f"{stats.path}: {stats.added} added, {stats.updated} updated, {stats.unchanged} unchanged, "
        f"{stats.skipped} skipped"
    )


@memory_app.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(help="JSONL pair files or TMX 1.4 files to import.", metavar="FILE", show_default=False)],
    db: DbOption = None,
    out_dir: OutOption = None,
    config: Optional[Path] = ConfigOption,
) -> None:
    """Import human translation pairs; re-importing the same file changes nothing.

    JSONL lines are {"source_lang", "target_lang", "source", "target"}; TMX is detected by the .tmx extension or its content. Each file is imported in one transaction; bad lines are skipped and listed with their line numbers. Exit 1 if any file had bad lines or could not be read, 2 if a FILE does not exist (nothing imported).
    """
    missing = [f for f in files if not f.is_file()]
    if missing:
        with cli_errors():
            raise ConfigError(f"FILE: {', '.join(map(str, missing))}: no such file (nothing was imported)")
    path = _db_path(config, db, out_dir)
    failed = False
    with cli_errors(), TranslationMemory(path) as memory:
        for file in files:
            try:
                stats = memory.import_file(file)
            except InputError as exc:  # this file only: report it and go on with the others
                err.print(f"[bold red]error:[/] {exc}", highlight=False)
                failed = True
                continue
            out.print(_summary(stats), highlight=False)
            for line in stats.errors[:MAX_ERRORS_SHOWN]:
                err.print(f"  {file}: {line}", highlight=False)
            if len(stats.errors) > MAX_ERRORS_SHOWN:
                err.print(f"  {file}: ... and {len(stats.errors) - MAX_ERRORS_SHOWN} more", highlight=False)
            failed = failed or bool(stats.errors)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@memory_app.command("export")
def export(
    file: Annotated[Path, typer.Argument(help="File to write (replaced atomically).", metavar="FILE", show_default=False)],
    fmt: Annotated[
        Optional[str],
        typer.Option("--format", help="jsonl or tmx (default: tmx for a .tmx file, else jsonl)."),
    ] = None,
    include_model: Annotated[
        bool, typer.Option("--include-model", help="Also export cached model translations (marked with their model id).")
    ] = False,
    db: DbOption = None,
    out_dir: OutOption = None,
    config: Optional[Path] = ConfigOption,
) -> None:
    """Export the human pairs (and optionally the model cache) as JSONL or TMX 1.4."""
    chosen = fmt or ("tmx" if file.suffix.lower() == ".tmx" else "jsonl")
    if chosen not in ("jsonl", "tmx"):
        with cli_errors():
            raise ConfigError(f"--format: expected jsonl or tmx, got {fmt!r}")
    path = _existing_db(config, db, out_dir)
    with cli_errors(), TranslationMemory(path) as memory:
        n = memory.export(file, chosen, include_model=include_model)  # type: ignore[arg-type]
    out.print(f"wrote {n} pairs to {file} ({chosen})", highlight=False)


@memory_app.command("stats")
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print the statistics as one JSON object.")] = False,
    db: DbOption = None,
    out_dir: OutOption = None,
    config: Optional[Path] = ConfigOption,
) -> None:
    """Show pairs per language pair (human and cached), cached entries per model id, the db size, and the hits.

    Hits count every lookup runs and commands made in this database: human pairs (memory hits), cached model output (cache hits) and misses.
    """
    path = _existing_db(config, db, out_dir)
    with cli_errors(), TranslationMemory(path) as memory:
        data = memory.stats()
    data.pop("session")  # this command's own lookups: none
    if as_json:
        out.print_json(json.dumps(data))
        return
    table = Table(title=f"translation memory {data['path']} ({data['db_bytes'] / 1e6:.2f} MB)")
    for column in ("language pair", "human pairs", "cached model translations", "memory hits", "cache hits", "misses", "hit rate"):
        table.add_column(column, justify="left" if column == "language pair" else "right")
    by_pair = data["lookups"]["by_pair"]
    for pair in sorted({*data["pairs"], *by_pair}):
        counts = data["pairs"].get(pair, {"memory": 0, "model": 0})
        hits = by_pair.get(pair, {"memory_hits": 0, "cache_hits": 0, "misses": 0, "hit_rate": 0.0})
        table.add_row(pair, str(counts["memory"]), str(counts["model"]), str(hits["memory_hits"]),
                      str(hits["cache_hits"]), str(hits["misses"]), f"{hits['hit_rate']:.0%}")
    if not data["pairs"] and not by_pair:
        table.add_row("(empty)", "0", "0", "0", "0", "0", "-")
    out.print(table)
    if data["models"]:
        models = Table(title="cache by model")
        models.add_column("model id")
        models.add_column("entries", justify="right")
        for model_id, n in data["models"].items():
            models.add_row(model_id, str(n))
        out.print(models)


@memory_app.command("purge")
def purge(
    model: Annotated[str, typer.Option("--model", help="Model id (code@version) whose cached translations to delete.", show_default=False)],
    db: DbOption = None,
    out_dir: OutOption = None,
    config: Optional[Path] = ConfigOption,
) -> None:
    """Delete the cached translations of one model id (human pairs are never purged)."""
    path = _existing_db(config, db, out_dir)
    with cli_errors(), TranslationMemory(path) as memory:
        n = memory.purge_model(model)
    out.print(f"purged {n} cached translations of {model}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add the ``memory`` command group to the app."""
    app.add_typer(memory_app, name="memory")
