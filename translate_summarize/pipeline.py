"""The nightly run: raw inputs → articles.jsonl, topics.jsonl, brief.md, Markdown pages, run.json.

Stages: ingest → clean → language → segment (``extract``) → translate → summarize → topics → render.

Client and executor
    The client (this module) ingests, computes cache keys, looks up the run state, imports memory
    files, and — after the executor has processed what needs work — builds topics and story links
    and renders. An :class:`Executor` runs extract → translate → summarize on the articles that need
    work and yields them back; :class:`InProcessExecutor` is the default, a distributed one plugs
    in behind the same protocol.

Incremental
    Each article's cache key hashes its content id, the settings that shape per-article output,
    the installed model ids and the package version. Articles committed under the same key are
    reused while the human translation-memory entries their texts look up are unchanged (a digest
    per article, rechecked only when the memory's revision moved: a correction reprocesses exactly
    the articles it touches); ``failed`` ones are always retried (a failure
    may be environmental: a model or memory pair added since). The executor's output is committed to
    ``state.sqlite`` every ``run.chunk_articles`` articles, so a killed run keeps finished chunks.
    When nothing needs work and the run's key digest (articles + run date + render inputs) equals
    the last completed run's, and its outputs are all there, topics and rendering are skipped
    (``run.json`` is rewritten with ``reused_outputs: true``).

Crash safety
    Outputs are rendered into ``DIR/.staging-<run id>/`` (every file written atomically) and the
    finished folder is renamed to ``DIR/<run date>`` (the previous one moved aside first and removed
    after). A kill at any point leaves either the old complete folder, the new complete folder, or
    none (between the two renames); the next run removes leftovers (only folders holding this tool's
    marker, see :mod:`.render.publish`) and renders again. Pages
    identical to the folder being replaced are hard-linked from it rather than rewritten. Story
    tracking is idempotent per night, so re-running a night after a crash gives the same story ids.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from .article import SCHEMA_VERSION, Article, Topic
from .errors import ConfigError, InputError
from .problems import ProblemGroup
from .render.markdown import TemplateProblem
from .render.publish import (
    check_night_folder, cleanup_leftovers, made_by_tool, outputs_complete, point_latest, prune_nights, publish, write_index,
    write_marker,
)
from .reporting import NullReporter, Reporter, run_context
from .settings import Settings, article_independent, by_config_key, parse_run_date
from .stages import apply_stage
from .state import OutputLock, RunState, keys_digest, utc_now

log = logging.getLogger(__name__)

SEEDS_DIR = "seeds"
SEED_MEMORY = "translation_memory.jsonl"

_TOPIC_SETTINGS = tuple(
    name for name in Settings.__dataclass_fields__ if name.startswith(("topic_", "story_"))
) + ("brief_sentences",)
"""Every setting that shapes topics, stories or briefs (not articles): part of the render fingerprint,
so a rerun of a night with one of them changed redoes the topics."""


# --- executor seam --------------------------------------------------------------------------------

@dataclass(slots=True)
class ExecutionContext:
    """What an executor needs from the client: settings, the memory, progress, and timing sinks."""

    settings: Settings
    memory: Any
    reporter: Reporter
    timings: dict[str, float] = field(default_factory=dict)

    def timed(self, stage: str, seconds: float) -> None:
        self.timings[stage] = self.timings.get(stage, 0.0) + seconds


class Executor(Protocol):
    """Runs extract → translate → summarize on articles that need work; yields every one back.

    Articles may come back in any order but each exactly once. Implementations record failures on
    the article (never drop one) and re-raise only when ``settings.fail_fast``.
    """

    name: str

    def process(self, articles: Sequence[Article], context: ExecutionContext) -> Iterator[Article]: ...

    def info(self) -> dict[str, Any]: ...

    def close(self) -> None: ...


def _chunks(items: Sequence[Article], size: int) -> Iterator[Sequence[Article]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class InProcessExecutor:
    """The default executor: this process, one chunk of ``run.chunk_articles`` articles at a time."""

    name = "in-process"

    def __init__(self, registry: Any = None) -> None:
        self._registry = registry
        self._own_registry = registry is None
        self.counts: dict[str, int] = {"articles": 0, "chunks": 0}

    def registry(self, settings: Settings) -> Any:
        if self._registry is None:
            from .translate.engine import EngineRegistry

            self._registry = EngineRegistry(settings)
        return self._registry

    def process(self, articles: Sequence[Article], context: ExecutionContext) -> Iterator[Article]:
        for chunk in _chunks(articles, context.settings.chunk_articles):
            done = self.finish_chunk(self.extract_chunk(chunk, context), context)
            self.counts["articles"] += len(done)
            self.counts["chunks"] += 1
            yield from done

    def extract_chunk(self, chunk: Sequence[Article], context: ExecutionContext) -> list[Article]:
        """clean → language → segment on each article (also run on Dask workers)."""
        from .extract import extract

        settings, reporter = context.settings, context.reporter
        t0 = time.perf_counter()
        extracted = []
        for article in chunk:
            extracted.append(apply_stage(article, "extract", lambda x: extract(x, settings), fail_fast=settings.fail_fast))
            reporter.advance("extract")
        context.timed("extract", time.perf_counter() - t0)
        return extracted

    def finish_chunk(self, extracted: Sequence[Article], context: ExecutionContext) -> list[Article]:
        """translate (one batch) → summarize on extracted articles (also run on Dask workers)."""
        from .summarize import summarize_article

        settings, reporter = context.settings, context.reporter
        t0 = time.perf_counter()
        progress = _ArticleProgress(reporter, "translate", extracted)
        translated = self._translate(list(extracted), context, progress)
        progress.finish()
        context.timed("translate", time.perf_counter() - t0)

        t0 = time.perf_counter()
        done = []
        for article in translated:
            done.append(apply_stage(article, "summarize", lambda x: summarize_article(x, settings), fail_fast=settings.fail_fast))
            reporter.advance("summarize")
        context.timed("summarize", time.perf_counter() - t0)
        return done

    def _translate(self, articles: list[Article], context: ExecutionContext, progress: Any = None) -> list[Article]:
        from .translate.stage import translate_articles

        settings = context.settings
        try:
            result = translate_articles(articles, settings, context.memory, self.registry(settings), progress=progress)
        except Exception as exc:
            if settings.fail_fast:
                raise
            log.exception("translation of a chunk of %d articles failed", len(articles))
            reason = f"internal error in stage translate: {type(exc).__name__}: {exc} (rerun with --fail-fast for a traceback)"
            return [a.fail("translate", reason) if a.ok else a for a in articles]
        if len(result) != len(articles):
            raise RuntimeError(f"translate stage returned {len(result)} articles for {len(articles)}")
        return list(result)

    def model_ids(self) -> dict[str, str]:
        return dict(self._registry.model_ids()) if self._registry is not None else {}

    def info(self) -> dict[str, Any]:
        return {"name": self.name, "workers": 1, "per_worker": {"local": dict(self.counts)}}

    def close(self) -> None:
        if self._registry is not None and self._own_registry:
            self._registry.close()


class _ArticleProgress:
    """Turns the translate stage's progress in segments into articles of a chunk, advanced as they go.

    The stage translates a whole chunk in one batch per language, reporting segments as the memory
    and then each language's batch cover them; the chunk's articles advance in proportion.
    """

    def __init__(self, reporter: Reporter, stage: str, articles: Sequence[Article]) -> None:
        self.reporter, self.stage, self.articles = reporter, stage, len(articles)
        self.units = sum((1 if a.title else 0) + sum(max(len(p.sentences), 1) for p in a.paragraphs) for a in articles if a.ok)
        self.done_units = 0
        self.advanced = 0

    def __call__(self, n: int) -> None:
        self.done_units += n
        reached = min(self.articles, self.articles * self.done_units // self.units) if self.units else 0
        if reached > self.advanced:
            self.reporter.advance(self.stage, reached - self.advanced)
            self.advanced = reached

    def finish(self) -> None:
        if self.advanced < self.articles:
            self.reporter.advance(self.stage, self.articles - self.advanced)
            self.advanced = self.articles


# --- result -----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RunResult:
    """What a run did. ``exit_code``: 0 all ok, 1 some not ok, 3 none ok or too many not ok."""

    run_id: str
    run_date: str
    output_dir: Path
    articles: tuple[Article, ...]
    topics: tuple[Topic, ...]
    info: dict[str, Any]
    reused_outputs: bool = False
    problems: tuple[str, ...] = ()
    status_counts: dict[str, int] | None = None
    """Set when ``articles`` were not loaded (a reused run); otherwise counted from ``articles``."""
    problem_groups: tuple[ProblemGroup, ...] = ()
    """The skipped and failed articles grouped by kind of reason, largest group first."""
    max_failed_ratio: float | None = None
    """``run.max_failed_ratio``: above this share of articles not ok, the night exits 3."""

    @property
    def failed_ratio(self) -> float:
        """Share of the night's articles that were skipped or failed (0.0 with no article)."""
        counts = self.counts
        total = sum(counts.values())
        return (counts["skipped"] + counts["failed"]) / total if total else 0.0

    @property
    def too_many_failed(self) -> bool:
        """More than ``max_failed_ratio`` of the articles were skipped or failed."""
        return self.max_failed_ratio is not None and self.failed_ratio > self.max_failed_ratio

    @property
    def counts(self) -> dict[str, int]:
        if self.status_counts is not None:
            return {"ok": 0, "skipped": 0, "failed": 0, **self.status_counts}
        out = {"ok": 0, "skipped": 0, "failed": 0}
        for a in self.articles:
            out[a.status] += 1
        return out

    @property
    def exit_code(self) -> int:
        counts = self.counts
        if counts["ok"] == 0 or self.too_many_failed:
            return 3
        if self.problems or counts["skipped"] or counts["failed"]:
            return 1
        return 0


# --- helpers ------------------------------------------------------------------------------------------

def _package_version() -> str:
    from . import __version__

    return __version__


def resolve_default_inputs(cwd: Path | None = None) -> tuple[list[Path], list[Path]]:
    """With no INPUT: ``seeds/*.txt`` in the current directory and the seeds' translation memory."""
    base = (cwd / SEEDS_DIR) if cwd is not None else Path(SEEDS_DIR)
    files = sorted(base.glob("*.txt")) if base.is_dir() else []
    if not files:
        raise ConfigError(
            f"INPUT: no input given and no {SEEDS_DIR}/*.txt in {(cwd or Path.cwd())}; pass INPUT files, folders or globs"
        )
    memory = [base / SEED_MEMORY] if (base / SEED_MEMORY).is_file() else []
    return files, memory


def model_ids_for(settings: Settings) -> dict[str, str]:
    """Installed package id per configured language pair (``{"ar->en": "translate-ar_en@1.9"}``)."""
    from .translate.models import find_package

    ids: dict[str, str] = {}
    for lang in settings.languages:
        if lang == settings.target_lang:
            continue
        pkg = find_package(settings.models_dir, lang, settings.target_lang)
        if pkg is not None:
            ids[f"{lang}->{settings.target_lang}"] = pkg.model_id
    return ids


def key_base(settings: Settings, model_ids: dict[str, str]) -> str:
    """The part of every cache key that does not depend on the article.

    The translation memory is not part of it: each article's dependence on the memory is checked on
    its own (:mod:`translate_summarize.translate.usage`), so a memory change reprocesses only the
    articles whose texts it touches, and naming the same memory files again (or not) changes nothing.
    """
    shaping = {k: v for k, v in settings.to_record().items() if k not in article_independent()}
    payload = {"settings": shaping, "models": model_ids, "version": _package_version()}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def cache_key(base: str, article: Article) -> str:
    return hashlib.sha256(f"{base}\n{article.id}".encode()).hexdigest()[:32]


def _problem_key(article: Article) -> str:
    return "ingest:" + hashlib.sha256(f"{article.status}\n{article.reason}".encode()).hexdigest()[:24]


def render_fingerprint(settings: Settings) -> str:
    """What besides the articles decides topics and rendered files: topic settings, the idf's formula and
    background table, templates, version."""
    from .topic_vectors import idf_fingerprint

    h = hashlib.sha256(_package_version().encode())
    h.update(idf_fingerprint().encode())
    h.update(json.dumps({k: getattr(settings, k) for k in _TOPIC_SETTINGS}, sort_keys=True).encode())
    if settings.templates_dir is not None:
        for path in sorted(Path(settings.templates_dir).glob("*.j2")):
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _check_templates(settings: Settings) -> Any:
    """The renderer, after every template rendered against a sample night in the sandbox (exit 2 if not)."""
    from .render.markdown import MarkdownRenderer, TemplateProblem

    if settings.templates_dir is not None and not Path(settings.templates_dir).is_dir():
        raise ConfigError(f"--templates (output.templates): {settings.templates_dir} is not a folder")
    renderer = MarkdownRenderer(settings.templates_dir)
    try:
        renderer.check()
    except TemplateProblem as exc:
        if settings.templates_dir is None:
            raise  # a bundled template failing is a bug: keep the traceback
        raise ConfigError(f"--templates (output.templates): {exc}; fix the template (or remove it to use the bundled one)") from None
    return renderer


def _record_ids(articles: list[Article], state: RunState, day: str) -> list[Article]:
    """Each ok input's id (``ingest.assign_record_ids``): the same record again (a second copy of a
    file, a repeated JSONL record, the same URL or outlet) is skipped as a duplicate; the same text
    from another outlet or URL, a syndicated copy, is kept under the id the run state gave that
    record before (else a new one), for the topics step to show once with "also in". Its
    translations come from the translation cache (or the same batch): not paid twice."""
    from .ingest import assign_record_ids

    known = state.record_origins([a.id for a in articles if a.ok])
    out, new = assign_record_ids(articles, known)
    state.remember_origins(new, day)
    return out


def _check_usage(
    settings: Settings, inputs: Sequence[str | Path] | None, memory_files: Sequence[str | Path]
) -> tuple[list[str], dict[Path, Any], Any]:
    """Everything that can be a usage error (exit 2) or an unwritable output (exit 4), checked before
    anything is written. Memory files are parsed here (a broken one is a usage error); their parsed
    pairs are returned for the import."""
    from .ingest import resolve_inputs
    from .translate.memory_formats import read_pairs

    memory_list = [Path(p) for p in (*settings.memory_files, *memory_files)]
    if inputs is None:
        input_list, seed_memory = resolve_default_inputs()
        memory_list += seed_memory
        inputs = [str(p) for p in input_list]
    if any(str(i) == "-" for i in inputs):
        raise ConfigError("INPUT '-': run reads files, folders or glob patterns (standard input is for extract, translate, summarize, topics)")
    resolve_inputs(list(inputs))
    parsed: dict[Path, Any] = {}
    for path in memory_list:
        if not path.is_file():
            raise ConfigError(f"--memory (translate.memory_files): {path} does not exist")
        try:
            parsed[path] = read_pairs(path)
        except InputError as exc:
            raise ConfigError(f"--memory (translate.memory_files): {exc}; fix the file or leave it out (nothing was written)") from None
    renderer = _check_templates(settings)
    _check_writable(Path(settings.output_dir), "--out (output.dir)")
    memory_db = Path(settings.memory_path)
    if memory_db.is_dir():
        raise ConfigError(f"translate.memory_db: {memory_db} is a folder; give the path of a file")
    _check_writable(memory_db.parent, "translate.memory_db")
    return [str(i) for i in inputs], parsed, renderer


def _check_writable(folder: Path, option: str) -> None:
    """``folder`` is (or can be made) a folder this process can write in: a usage error (exit 2) when a
    file is in the way, an environment fault (exit 4) when the filesystem or permissions refuse."""
    from .faults import fs_fault

    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        raise ConfigError(f"{option}: {probe} is a file, not a folder; pass a folder")
    try:
        fd, name = tempfile.mkstemp(prefix=".ts-probe-", dir=probe)
    except OSError as exc:
        raise fs_fault(probe, OSError(exc.errno, exc.strerror), option=option) from None  # the folder, not the probe file
    os.close(fd)
    os.unlink(name)


def _execute(
    executor: Executor, todo: list[Article], keys: dict[str, str], state: RunState, context: ExecutionContext,
    revision: str, memory_digests: dict[str, str],
) -> dict[str, Article]:
    """Run the executor over ``todo``, committing every ``chunk_articles`` results; all must come back.

    Each committed article carries the digest of the memory entries it depends on (added to
    ``memory_digests``), stamped with ``revision`` unless the memory changed during the run (then the
    stamp is left empty and the next run reprocesses the article).
    """
    reporter = context.reporter
    for stage in ("extract", "translate", "summarize"):
        reporter.stage_start(stage, len(todo))
    processed: dict[str, Article] = {}
    pending: list[tuple[Article, str]] = []

    def commit() -> None:
        from .translate.usage import memory_digests as digests_of

        digests = digests_of((a for a, _ in pending), context.settings, context.memory)
        unchanged = context.memory.revision() == revision
        memory_digests.update(digests)
        state.commit_articles(pending, {i: (d, revision) if unchanged else (None, None) for i, d in digests.items()})
        pending.clear()

    for article in executor.process(todo, context):
        article = article.replace(raw=None)
        processed[article.id] = article
        pending.append((article, keys[article.id]))
        if len(pending) >= context.settings.chunk_articles:
            commit()
    commit()
    for stage in ("extract", "translate", "summarize"):
        reporter.stage_end(stage, context.timings.get(stage, 0.0))
    missing = [a.id for a in todo if a.id not in processed]
    if missing:
        raise RuntimeError(f"executor {executor.name} lost {len(missing)} articles (e.g. {missing[0]})")
    return processed


# --- the run --------------------------------------------------------------------------------------------

def run(
    settings: Settings,
    inputs: Sequence[str | Path] | None = None,
    *,
    memory_files: Sequence[str | Path] = (),
    force: bool = False,
    reporter: Reporter | None = None,
    run_date: str | date | None = None,
    executor: Executor | None = None,
) -> RunResult:
    """Run the nightly pipeline over ``inputs`` into ``settings.output_dir``.

    Args:
        settings: the run's settings (``output_dir``, ``models_dir``, ``templates_dir``...).
        inputs: files, folders or globs; ``None`` → ``seeds/*.txt`` of the current directory (and
            ``seeds/translation_memory.jsonl`` as a memory file).
        memory_files: JSONL/TMX translation-memory files imported first (besides ``settings.memory_files``).
        force: reprocess every article and re-render even if nothing changed.
        reporter: progress sink (default: none).
        run_date: the output folder's date (default: today's UTC date at the start of the run).
        executor: where extract → translate → summarize run (default: :class:`InProcessExecutor`).

    Raises:
        ConfigError: bad inputs, memory files or templates (before anything is written).
        LockedError: another live run holds the output directory.
    """
    from .ingest import iter_articles

    reporter = reporter or NullReporter()
    started = utc_now()
    t_start = time.perf_counter()
    day = (run_date.isoformat() if isinstance(run_date, date) else run_date) or datetime.now(timezone.utc).date().isoformat()
    parse_run_date(day)
    run_id = started.replace("-", "").replace(":", "").split(".")[0] + "-" + uuid.uuid4().hex[:8]

    inputs, memory_parsed, renderer = _check_usage(settings, inputs, memory_files)

    out_dir = Path(settings.output_dir)
    final = out_dir / day
    timings: dict[str, float] = {}
    with ExitStack() as stack:
        stack.enter_context(run_context(run_id))
        stack.enter_context(_environment_faults())
        stack.enter_context(OutputLock(out_dir))
        cleanup_leftovers(out_dir)
        check_night_folder(final)
        state = stack.enter_context(RunState(out_dir))
        from .translate.memory import TranslationMemory

        memory = stack.enter_context(TranslationMemory(settings.memory_path))
        memory_imports = _import_memory(memory, memory_parsed, state)
        revision = memory.revision()

        t0 = time.perf_counter()
        reporter.stage_start("ingest")
        raw: list[Article] = []
        for article in iter_articles(inputs, settings):
            raw.append(article)
            reporter.advance("ingest")
        raw = _record_ids(raw, state, day)
        reporter.stage_end("ingest")
        timings["ingest"] = time.perf_counter() - t0

        models = model_ids_for(settings)
        base = key_base(settings, models)
        keys = {a.id: cache_key(base, a) for a in raw if a.ok}
        used = {"inputs": inputs, "memory": memory_imports}

        t0 = time.perf_counter()
        committed = {} if force else state.committed_keys(keys)
        candidates = [a.id for a in raw if a.ok and committed.get(a.id) == (keys[a.id], True)]
        digests = _memory_check(candidates, state, memory, settings, revision)
        needs_work = [a for a in raw if a.ok and a.id not in digests]
        digest = _run_digest(raw, keys, digests, day, settings)
        last = state.last_completed_run()
        if not force and not needs_work and last is not None and last.keys_digest == digest and outputs_complete(final):
            return _reuse(state, settings, final, run_id, day, started, models, timings, t_start, out_dir, len(keys), digest, used)
        cached = state.cached(keys) if not force else {}
        reuse = {i: a for i, a in cached.items() if a.status != "failed" and i in digests}
        timings["state"] = time.perf_counter() - t0

        state.start_run(run_id, day, started)
        executor = executor or InProcessExecutor()
        stack.callback(executor.close)
        context = ExecutionContext(settings, memory, reporter, timings)
        todo = [a for a in raw if a.ok and a.id not in reuse]
        raw = [a if a.ok and a.id not in reuse else a.replace(raw=None) for a in raw]  # keep page text only where needed
        processed = _execute(executor, todo, keys, state, context, revision, digests)
        digest = _run_digest(raw, keys, digests, day, settings)
        articles = [(reuse.get(a.id) or processed[a.id]).replace(source_file=a.source_file) if a.ok else a for a in raw]
        groups = _report_problems(articles)

        problems: list[str] = []
        t0 = time.perf_counter()
        reporter.stage_start("topics", sum(1 for a in articles if a.ok))
        articles, topics = _topics(articles, settings, state, day, problems)
        reporter.advance("topics", sum(1 for a in articles if a.ok))
        reporter.stage_end("topics")
        timings["topics"] = time.perf_counter() - t0

        model_ids = {**models, **_executor_models(executor)}
        info = _run_info(
            run_id, started, settings, model_ids, articles, timings, memory, executor.info(),
            cached=len(reuse), processed=len(todo), eligible=len(keys), reused=False, problems=problems, used=used,
            run_date=day,
        )
        t0 = time.perf_counter()
        staging = out_dir / f".staging-{run_id}"
        previous = final if made_by_tool(final) else None
        try:
            render_all(staging, day, articles, topics, renderer, info, reporter, t0, t_start, previous, run_id)
        except BaseException as exc:
            shutil.rmtree(staging, ignore_errors=True)
            if isinstance(exc, TemplateProblem):
                raise ConfigError(f"--templates (output.templates): {exc}; nothing was published") from None
            raise
        publish(staging, final, run_id)
        latest = _after_publish(out_dir, day, run_id, settings)
        state.finish_run(run_id, utc_now(), digest, str(final))
        result = RunResult(run_id, day, final, tuple(articles), tuple(topics), info, False, tuple(problems),
                           problem_groups=groups, max_failed_ratio=settings.max_failed_ratio)
        counts = ", ".join(f"{n} {s}" for s, n in result.counts.items())
        log.info("run %s: %s into %s (latest: %s)", run_id, counts, final, latest,
                 extra={"event": "run_end", "counts": result.counts})
        return result


def _executor_models(executor: Any) -> dict[str, str]:
    get = getattr(executor, "model_ids", None)
    return dict(get()) if get else {}


@contextmanager
def _environment_faults() -> Iterator[None]:
    """An OSError escaping the run (a full disk while writing, a folder gone) becomes a one-line
    :class:`~translate_summarize.errors.EnvironmentFault` naming the path (exit 4)."""
    from .faults import fs_fault

    try:
        yield
    except OSError as exc:
        raise fs_fault(None, exc) from None


def _import_memory(memory: Any, files: dict[Path, Any], state: RunState) -> list[dict[str, Any]]:
    """Import memory files not yet imported into this memory database (by content digest).

    Returns one record per file for run.json: path, sha256, and what the import did (``imported``
    false when the same content was imported before).
    """
    from .translate.download import sha256_file

    db = memory.revision().partition(":")[0]
    used: list[dict[str, Any]] = []
    for path in files:
        digest = sha256_file(path)
        record: dict[str, Any] = {"path": str(path), "sha256": digest, "imported": False}
        used.append(record)
        if state.memory_imported(db, digest):
            log.debug("memory file %s already imported", path)
            continue
        rows, errors = files[path]
        stats = memory.import_rows(rows, errors, str(path))
        for problem in stats.errors[:20]:
            log.warning("memory file %s: %s", path, problem)
        record.update(imported=True, added=stats.added, updated=stats.updated, unchanged=stats.unchanged, skipped=stats.skipped)
        state.record_memory_import(db, digest, str(path))
    return used


def _memory_check(
    candidates: Sequence[str], state: RunState, memory: Any, settings: Settings, revision: str
) -> dict[str, str]:
    """Memory digests of the ``candidates`` (committed under their current key) that still hold.

    An article whose digest was confirmed at the memory's current ``revision`` holds as is; when the
    memory changed since, its digest is recomputed from its committed record, and it holds if equal
    (the confirmation is recorded). Articles missing from the result need processing.
    """
    from .translate.usage import memory_digests

    stamps = state.memory_stamps(candidates)
    holding = {i: d for i, (d, r) in stamps.items() if d is not None and r == revision}
    unchecked = [i for i in candidates if i not in holding and stamps.get(i, (None, None))[0] is not None]
    if unchecked:
        fresh = memory_digests(state.cached_records(unchecked).values(), settings, memory)
        still = {i: fresh[i] for i in unchecked if fresh.get(i) == stamps[i][0]}
        state.confirm_memory(still, revision)
        holding.update(still)
        if len(still) < len(unchecked):
            log.info("translation memory changed: %d of %d committed articles use changed entries and are reprocessed",
                     len(unchecked) - len(still), len(candidates))
    return holding


def _run_digest(raw: Sequence[Article], keys: dict[str, str], digests: dict[str, str], day: str, settings: Settings) -> str:
    """Digest of what the run's outputs are made of: article keys, memory digests, problems, date, render inputs."""
    all_keys = {i: f"{k}:{digests.get(i, '')}" for i, k in keys.items()}
    for a in raw:
        if not a.ok:
            all_keys.setdefault(f"{a.source_file}\0{a.id}", _problem_key(a))
    return keys_digest(all_keys, extra=day + "\n" + render_fingerprint(settings))


def _topics(
    articles: list[Article], settings: Settings, state: RunState, day: str, problems: list[str]
) -> tuple[list[Article], list[Topic]]:
    """Build topics over the ok articles (story links in the run state); a failure is a run problem."""
    ok = [a for a in articles if a.ok]
    if not ok:
        return articles, []
    try:
        from .stories import StoryStore
        from .topics import build_topics

        with_topics, topics = build_topics(ok, settings, stories=StoryStore(state.conn), run_date=date.fromisoformat(day))
    except Exception as exc:
        if settings.fail_fast:
            raise
        log.exception("topics failed")
        problems.append(f"topics: {type(exc).__name__}: {exc}")
        return articles, []
    by_id = {a.id: a for a in with_topics}
    return [by_id.get(a.id, a) if a.ok else a for a in articles], list(topics)


def _run_info(
    run_id: str, started: str, settings: Settings, model_ids: dict[str, str], articles: Sequence[Article],
    timings: dict[str, float], memory: Any, executor_info: dict[str, Any], *, cached: int, processed: int,
    eligible: int, reused: bool, problems: Sequence[str], used: dict[str, Any], run_date: str,
) -> dict[str, Any]:
    by_status = {"ok": 0, "skipped": 0, "failed": 0}
    by_stage: dict[str, int] = {}
    for a in articles:
        by_status[a.status] += 1
        if not a.ok:
            by_stage[a.stage or "unknown"] = by_stage.get(a.stage or "unknown", 0) + 1
    mem = memory.stats()["session"]
    return {
        "schema_version": SCHEMA_VERSION,
        "run_id": run_id,
        "run_date": run_date,
        "started": started,
        "finished": None,
        "version": _package_version(),
        "settings": by_config_key(settings),
        "model_ids": dict(sorted(model_ids.items())),
        "counts": {"articles": len(articles), "status": by_status, "not_ok_by_stage": dict(sorted(by_stage.items()))},
        "timings_s": {k: round(v, 4) for k, v in timings.items()},
        "cache": {
            "articles_eligible": eligible,
            "articles_reused": cached,
            "articles_processed": processed,
            "hit_rate": round(cached / eligible, 4) if eligible else 0.0,
            "reused_outputs": reused,
        },
        "inputs": list(used["inputs"]),
        "memory": {
            "path": str(memory.path),
            "revision": memory.revision(),
            "files": list(used["memory"]),
            "memory_hits": mem["memory_hits"],
            "cache_hits": mem["cache_hits"],
            "misses": mem["misses"],
            "hit_rate": round(float(mem["hit_rate"]), 4),
        },
        "executor": executor_info,
        "problems": list(problems),
    }


def story_page_name(story_id: str) -> str:
    """``<story_id>.md`` for a story id of the form the story store makes (``s-`` + 12 hex digits)."""
    import re

    if not re.fullmatch(r"s-[0-9a-f]{12}", story_id):
        raise ValueError(f"not a story id: {story_id!r}")
    return f"{story_id}.md"


def render_all(
    staging: Path, day: str, articles: Sequence[Article], topics: Sequence[Topic], renderer: Any,
    info: dict[str, Any], reporter: Reporter, t_render: float, t_start: float, previous: Path | None = None,
    run_id: str = "",
) -> None:
    """Write every output file of the run into ``staging`` (each atomically); run.json, then the
    marker with the manifest of every file, last.

    The marker is written first of all (so an interrupted staging folder is recognisably this
    tool's). One page per article id: where an id has several records (a duplicate input), the ok
    one. Topic and article pages identical to those in ``previous`` (the folder being replaced) are
    hard-linked from it instead of written again.
    """
    from .render.jsonl import write_articles, write_errors, write_json, write_topics
    from .render.atomic import fsync_dir, write_text, write_text_reusing
    from .render.markdown import by_id_preferring_ok
    from .render.publish import manifest

    staging.mkdir(parents=True, exist_ok=False)
    write_marker(staging, run_id or info.get("run_id", ""))
    ordered = list(topics)
    topic_by_id = {t.topic_id: t for t in topics}
    unique = list(by_id_preferring_ok(articles).values())
    reporter.stage_start("render", 4 + len(ordered) + len(unique))
    run = {"run_id": run_id or info.get("run_id", ""), "run_date": day}
    write_articles(staging / "articles.jsonl", articles, run)
    reporter.advance("render")
    write_topics(staging / "topics.jsonl", ordered)
    reporter.advance("render")
    write_errors(staging / "errors.jsonl", articles, run)
    reporter.advance("render")
    write_text(staging / "brief.md", renderer.brief(day, ordered, articles))
    reporter.advance("render")
    linked = 0
    for topic in ordered:
        name = f"topics/{topic.topic_id}.md"
        linked += write_text_reusing(staging / name, renderer.topic(topic, articles), previous / name if previous else None)
        name = f"stories/{story_page_name(topic.story_id)}"
        linked += write_text_reusing(staging / name, renderer.story(topic), previous / name if previous else None)
        reporter.advance("render")
    for article in unique:
        name = f"articles/{article.id}.md"
        page = renderer.article(article, topic_by_id.get(article.topic_id or ""))
        linked += write_text_reusing(staging / name, page, previous / name if previous else None)
        reporter.advance("render")
    for sub in ("topics", "stories", "articles"):
        if (staging / sub).is_dir():
            fsync_dir(staging / sub)
    info["render"] = {"pages": 2 * len(ordered) + len(unique), "pages_unchanged_linked": linked}
    info["counts"]["topics"] = len(ordered)
    now = time.perf_counter()
    info["timings_s"]["render"] = round(now - t_render, 4)
    info["timings_s"]["total"] = round(now - t_start, 4)
    info["finished"] = utc_now()
    write_json(staging / "run.json", info)
    write_marker(staging, run_id or info.get("run_id", ""), manifest(staging))
    reporter.stage_end("render")


def _after_publish(out_dir: Path, day: str, run_id: str, settings: Settings) -> str:
    """Point ``latest`` (never backwards), apply ``output.keep_nights``, rewrite ``index.md``."""
    from .render.publish import current_latest

    latest = point_latest(out_dir, day)
    prune_nights(out_dir, settings.keep_nights, run_id, protect={day, current_latest(out_dir) or day})
    write_index(out_dir)
    return latest


def _reuse(
    state: RunState, settings: Settings, final: Path, run_id: str, day: str, started: str,
    models: dict[str, str], timings: dict[str, float], t_start: float, out_dir: Path, eligible: int, digest: str,
    used: dict[str, Any],
) -> RunResult:
    """Nothing changed since the last completed run: keep its outputs, rewrite run.json only."""
    from .render.jsonl import write_json

    previous = json.loads((final / "run.json").read_text(encoding="utf-8"))
    state.start_run(run_id, day, started)
    info = dict(previous)
    info.update(schema_version=SCHEMA_VERSION, run_id=run_id, run_date=day, started=started, settings=by_config_key(settings),
                model_ids=models, inputs=list(used["inputs"]))
    info["memory"] = {**info.get("memory", {}), "files": list(used["memory"])}
    info["cache"] = {
        "articles_eligible": eligible, "articles_reused": eligible, "articles_processed": 0,
        "hit_rate": 1.0 if eligible else 0.0, "reused_outputs": True, "outputs_from_run": previous.get("run_id"),
    }
    info["executor"] = {"name": "none (nothing to process)", "workers": 0}
    timings["total"] = time.perf_counter() - t_start
    info["timings_s"] = {k: round(v, 4) for k, v in timings.items()}
    info["finished"] = utc_now()
    write_json(final / "run.json", info)
    _after_publish(out_dir, day, run_id, settings)
    state.finish_run(run_id, info["finished"], digest, str(final))
    counts = {k: int(v) for k, v in previous.get("counts", {}).get("status", {}).items()}
    groups = _report_problems(_error_articles(final / "errors.jsonl"))
    log.info("run %s: nothing changed since run %s; outputs in %s kept", run_id, previous.get("run_id"), final,
             extra={"event": "run_end", "counts": counts})
    return RunResult(run_id, day, final, (), (), info, True, tuple(previous.get("problems", ())), counts,
                     problem_groups=groups, max_failed_ratio=settings.max_failed_ratio)


def _report_problems(articles: Sequence[Article]) -> tuple[ProblemGroup, ...]:
    """One WARNING per skipped or failed article (its path once, then what and why); the groups."""
    from .problems import group_problems, split_reason

    for a in articles:
        if a.ok:
            continue
        what, advice = split_reason(a)
        reason = f"{what}; {advice}" if advice else what
        log.warning("%s: %s at %s: %s", a.source_file, a.status, a.stage or "unknown stage", reason,
                    extra={"event": "article_problem", "article_id": a.id, "source_file": a.source_file,
                           "status": a.status, "stage": a.stage, "reason": reason})
    return tuple(group_problems(articles))


def _error_articles(path: Path) -> list[Article]:
    """The skipped/failed articles of a published night, from its ``errors.jsonl``."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        out.append(Article(id=r["id"], source_file=r["source_file"], status=r["status"], stage=r.get("stage"), reason=r.get("reason")))
    return out
