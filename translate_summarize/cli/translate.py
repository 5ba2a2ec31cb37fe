"""CLI: ``translate-summarize translate INPUT...`` — articles to English (memory first, then models)."""

from __future__ import annotations

import contextlib
import json
import sys
import time
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Optional, Sequence

import typer
from rich.markup import escape

from ..article import Article
from ..errors import InputError
from .common import (
    EXIT_CODES_HELP,
    STDIN_HELP,
    ConfigOption,
    ModelsDirOption,
    build_settings,
    cli_errors,
    err,
    exit_code_for,
    is_tty,
    path_or_empty,
    stdin_for,
)


def register(app: typer.Typer) -> None:
    """Add the ``translate`` command to the app."""
    app.command(
        "translate",
        help=(
            "Translate articles to English. INPUT is raw pages (.txt, .html, .jsonl records, folders, globs; "
            "extracted first, as 'extract' does) or the JSONL that 'extract' wrote. Each paragraph is looked "
            "up in the translation memory first (then each sentence); the rest is translated by the "
            "installed Argos model of its language in large batches and cached in the memory, so a rerun "
            "makes no model call. Articles whose language has no model and that the memory does not cover "
            "are marked failed with the command that fixes it. Writes one JSON line per article.\n\n"
            + EXIT_CODES_HELP
        ),
    )(translate_command)


def translate_command(
    inputs: list[str] = typer.Argument(..., metavar="INPUT", help="Raw inputs (files, folders, globs) or extracted-article JSONL files." + STDIN_HELP),
    to: Optional[str] = typer.Option(None, "--to", help="Target language (config: languages.target; only 'en' has models)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the JSONL here (atomically); default: standard output."),
    memory: Optional[list[Path]] = typer.Option(None, "--memory", "-m", help="Translation-memory file (JSONL pairs or TMX 1.4) imported into the memory database first; repeatable."),
    memory_db: Optional[Path] = typer.Option(None, "--memory-db", help="Translation memory / cache SQLite file (config: translate.memory_db; default: <output dir>/memory.sqlite if it exists, else a temporary one for this command).", parser=path_or_empty, metavar="PATH"),
    models_dir: Optional[Path] = ModelsDirOption,
    config: Optional[Path] = ConfigOption,
    fail_fast: Optional[bool] = typer.Option(None, "--fail-fast/--no-fail-fast", help="Re-raise the first error (with a traceback) instead of recording it on the article."),
) -> None:
    from ..reporting import configure_logging
    from ..translate.engine import EngineRegistry
    from ..translate.memory import TranslationMemory
    from ..translate.stage import translate_articles

    settings = build_settings(config, target_lang=to, models_dir=models_dir, memory_db=memory_db, fail_fast=fail_fast)
    with configure_logging(-1 if is_tty() else 0), cli_errors():
        memory_files = [*settings.memory_files, *(memory or ())]
        for path in memory_files:
            if not Path(path).is_file():
                raise InputError(f"--memory: {path} does not exist")
        articles = [a.replace(raw=None) for a in load_articles(inputs, settings, stdin_for(inputs))]
        with contextlib.ExitStack() as stack:
            tm = stack.enter_context(TranslationMemory(_memory_path(settings, stack)))
            registry = stack.enter_context(EngineRegistry(settings))
            for path in memory_files:
                stats = tm.import_file(Path(path))
                for problem in stats.errors:
                    err.print(f"[yellow]memory:[/] {escape(problem)}", highlight=False)
            total = sum(_units(a) for a in articles if a.ok)
            translated: list[Article] = []
            with _progress(total) as advance:
                for chunk in _chunks(articles, settings.chunk_articles):
                    translated += translate_articles(chunk, settings, tm, registry, progress=advance)
            models = registry.model_ids()
        _write(translated, out)
    _summary(translated, models, out)
    raise typer.Exit(exit_code_for([a.status for a in translated]))


def _memory_path(settings: Any, stack: contextlib.ExitStack) -> Path:
    """The memory database to use: the configured one, the default one if it exists, else a temporary one.

    ``translate`` never creates ``<output dir>/memory.sqlite`` on its own (that is ``run``'s): without
    --memory-db (or translate.memory_db) and no existing default database, pairs from --memory and
    model output live in a temporary database for this command only.
    """
    path = Path(settings.memory_path)
    if settings.memory_db is not None or path.is_file():
        err.print(f"translation memory: {escape(str(path))}", highlight=False)
        return path
    import tempfile

    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="translate-summarize-memory-")))
    err.print(
        f"translation memory: none at {escape(str(path))} and no --memory-db: using a temporary one "
        "(model output is not kept for the next run; pass --memory-db FILE to keep it)",
        highlight=False,
    )
    return folder / "memory.sqlite"


def _is_extracted_lines(lines: Iterable[str]) -> bool:
    """True when the first record of JSONL ``lines`` is an extracted article (``schema_version`` + ``paragraphs``)."""
    for line in lines:
        if line.strip():
            try:
                record = json.loads(line)
            except ValueError:
                return False
            return isinstance(record, dict) and "schema_version" in record and "paragraphs" in record
    return False


def is_extracted_jsonl(path: Path) -> bool:
    """True for a ``.jsonl`` file whose first record is an extracted article (``schema_version`` + ``paragraphs``)."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    with path.open(encoding="utf-8", errors="replace") as fh:
        return _is_extracted_lines(fh)


def _read_extracted_lines(lines: Iterable[str], name: str) -> list[Article]:
    articles = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            articles.append(Article.from_record(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{name}:{n}: not an extracted-article record ({exc})") from None
    return articles


def read_extracted(path: Path) -> list[Article]:
    """Articles from an extracted-articles JSONL file; a broken line is an InputError naming it."""
    with path.open(encoding="utf-8") as fh:
        return _read_extracted_lines(fh, str(path))


def load_articles(inputs: Sequence[str], settings: Any, stdin: BinaryIO | None = None) -> Iterator[Article]:
    """Articles from each input in order: extracted JSONL read as is, anything else extracted.

    ``-`` reads ``stdin``: extracted-article JSONL (what ``extract`` writes) or raw input.
    """
    from ..extract import extract, extract_all
    from ..ingest import STDIN, STDIN_NAME, stdin_articles

    raw: list[str] = []
    for item in inputs:
        if item == STDIN and stdin is not None:
            if raw:
                yield from extract_all(raw, settings)
                raw = []
            data = stdin.read()
            lines = data.decode("utf-8-sig", errors="replace").splitlines()
            if _is_extracted_lines(lines):
                yield from _read_extracted_lines(lines, STDIN_NAME)
            else:
                yield from (extract(a, settings) for a in stdin_articles(data, settings))
        elif is_extracted_jsonl(Path(item)):
            if raw:
                yield from extract_all(raw, settings)
                raw = []
            yield from read_extracted(Path(item))
        else:
            raw.append(item)
    if raw:
        yield from extract_all(raw, settings)


def _units(article: Article) -> int:
    return (1 if article.title else 0) + sum(max(len(p.sentences), 1) for p in article.paragraphs)


def _chunks(items: Sequence[Article], size: int) -> Iterator[Sequence[Article]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None]]:
    """A Rich bar with segments/s on a terminal; otherwise a plain line at most every 10 s."""
    if is_tty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:,.1f} segments/s" if speed else "– segments/s")

        with Progress(TextColumn("translate"), BarColumn(), MofNCompleteColumn(), Rate(), TimeElapsedColumn(),
                      console=err) as bar:
            task = bar.add_task("translate", total=total)
            yield lambda n: bar.advance(task, n)
            bar.update(task, completed=total)
        return
    started = last = time.perf_counter()
    done = 0

    def advance(n: int) -> None:
        nonlocal done, last
        done += n
        now = time.perf_counter()
        if now - last >= 10:
            last = now
            err.print(f"translate: {done}/{total} segments, {done / (now - started):.1f} segments/s", highlight=False)

    yield advance
    elapsed = time.perf_counter() - started
    rate = f", {done / elapsed:.1f} segments/s" if elapsed > 0 and done else ""
    err.print(f"translate: {done} segments done in {elapsed:.2f}s{rate}", highlight=False)


def _write(articles: list[Article], out: Path | None) -> None:
    from ..render.jsonl import dumps_line, write_jsonl

    if out is not None:
        write_jsonl(out, (a.to_record() for a in articles))
        return
    for article in articles:
        sys.stdout.write(dumps_line(article.to_record()) + "\n")
    sys.stdout.flush()


def _summary(articles: list[Article], models: dict[str, str], out: Path | None) -> None:
    counts = {s: sum(1 for a in articles if a.status == s) for s in ("ok", "skipped", "failed")}
    origins: dict[str, int] = {}
    for article in articles:
        for seg in article.segments:
            origins[seg.origin] = origins.get(seg.origin, 0) + 1
    where = f" → {escape(str(out))}" if out is not None else ""
    err.print(
        f"{len(articles)} articles: {counts['ok']} ok, {counts['skipped']} skipped, {counts['failed']} failed; "
        f"segments: {', '.join(f'{n} {o}' for o, n in sorted(origins.items())) or 'none'}; "
        f"models used: {', '.join(models.values()) or 'none loaded'}{where}",
        highlight=False,
    )
    for article in articles:
        if article.status == "failed":
            err.print(f"[red]failed:[/] {escape(article.source_file)}: {escape(article.reason or '')}", highlight=False)
