"""Scale-out: an :class:`~translate_summarize.pipeline.Executor` that runs on a Dask cluster.

``translate-summarize run --scheduler tcp://HOST:PORT`` uses a running cluster; ``--workers N``
starts a local one (N worker processes, one thread each, loopback only). ``dask[distributed]`` is
the optional ``dask`` extra, imported only here and in :mod:`.dask_worker`.

Division of work
    The client (the pipeline) ingests, reuses articles committed by earlier runs, and keeps the
    translation memory (SQLite), topics, story tracking and rendering. What needs work is cut into
    partitions of about ``dask.partition_segments`` segments (estimated from the raw text, in input
    order; the records of one text stay in one partition). For each partition a worker runs clean → language → segment and reports the texts the
    translate stage will look up; the client answers them from its memory; the worker translates what
    is left and summarizes (the same ``InProcessExecutor`` code as a local run) and returns the
    articles plus its new model translations, which the client writes into its memory so the next
    night finds them cached. Workers never open the client's database.

Models
    Every worker must have the models the client has (same ids): a preflight on each worker at start
    lists its installed pairs and the run stops with the worker's address and name, and the command
    to run there, when one lacks a pair. Workers read ``models_dir`` as given (a relative path is
    relative to each worker's working directory): use shared storage or the same path everywhere. Each worker process loads a model once
    (:class:`~translate_summarize.dask_worker.EnginePlugin`).

Failures
    A worker that dies mid-partition loses nothing: the scheduler reruns its tasks elsewhere (lost
    intermediate results are recomputed). A task that still fails (an error inside it, or
    ``distributed.scheduler.allowed-failures`` worker deaths) marks only that partition's articles
    failed, with the stage and the reason; ``--fail-fast`` re-raises instead.
"""

from __future__ import annotations

import logging
import math
import os
import re
import socket
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .article import Article
from .errors import ConfigError
from .settings import Settings

log = logging.getLogger(__name__)

EXTRA_HINT = "pip install 'translate-summarize[dask]'"
_SENTENCE_END = re.compile(r"[.!?؟…。]+(?=[\s\"'”»)]|$)")
TASK_RETRIES = 1


def require_dask() -> None:
    """Raise :class:`ConfigError` naming the extra to install when dask.distributed is missing."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise ConfigError(
            f"--scheduler/--workers (dask.scheduler/dask.workers) need dask.distributed, which is not installed "
            f"({exc}); install the extra: {EXTRA_HINT}"
        ) from None


def executor_for(settings: Settings) -> Any:
    """The executor ``settings`` ask for: None (in-process) or a :class:`DaskExecutor`.

    Raises:
        ConfigError: both ``dask.scheduler`` and ``dask.workers`` set, or dask is not installed.
    """
    if settings.dask_scheduler and settings.dask_workers:
        raise ConfigError("--scheduler and --workers (dask.scheduler, dask.workers) exclude each other: "
                          "use a running cluster or start a local one, not both")
    if not settings.dask_scheduler and not settings.dask_workers:
        return None
    if settings.dask_scheduler and not re.match(r"^[a-z][a-z0-9+]*://\S+$", settings.dask_scheduler):
        raise ConfigError(f"--scheduler (dask.scheduler): {settings.dask_scheduler!r} is not an address like tcp://HOST:PORT")
    if settings.dask_scheduler:
        probe_scheduler(settings.dask_scheduler)
    require_dask()
    return DaskExecutor(scheduler=settings.dask_scheduler, workers=settings.dask_workers)


SCHEDULER_PROBE_S = 5.0
"""How long ``run`` waits for a TCP connection to ``--scheduler`` before saying it is unreachable."""


def probe_scheduler(address: str, timeout: float = SCHEDULER_PROBE_S) -> None:
    """Fail fast, before the run writes anything, when nothing accepts connections at a tcp:// address.

    (The Dask client itself retries for its whole 30 s timeout, after the run state exists.) Other
    protocols are left to the client.

    Raises:
        ConfigError: the address has no port, or the connection is refused or times out.
    """
    from urllib.parse import urlsplit

    parts = urlsplit(address)
    if parts.scheme not in ("tcp", "tls"):
        return
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        host = port = None
    if not host or port is None:
        raise ConfigError(f"--scheduler (dask.scheduler): {address!r} has no host and port (tcp://HOST:PORT)")
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise ConfigError(
            f"--scheduler (dask.scheduler): cannot reach {address} ({reason}); start the scheduler there or fix the "
            "address (nothing was written)"
        ) from None


def estimate_segments(article: Article) -> int:
    """Segments an ingested article will have, estimated from its raw text (lines × sentence ends)."""
    lines = [line for line in (article.raw or "").splitlines() if line.strip()]
    return max(1, sum(max(1, len(_SENTENCE_END.findall(line))) for line in lines))


def partition(articles: Sequence[Article], max_segments: int, min_parts: int = 1) -> list[list[Article]]:
    """Groups of about ``max_segments`` estimated segments, in input order (smaller when that gives
    fewer than ``min_parts`` groups, so every worker gets work).

    The records of one text (syndicated copies: the same raw text under several ids) go into the
    partition of the first of them and count as one text's segments: the text is translated once, in
    one batch, as in an in-process chunk. Apart, two partitions running at once would both miss the
    client's memory and send it to the model twice.
    """
    from .ingest import content_id

    texts: dict[str, list[Article]] = {}
    for a in articles:
        texts.setdefault(content_id(a.raw) if a.raw is not None else a.id, []).append(a)
    units = list(texts.values())
    sizes = [estimate_segments(unit[0]) for unit in units]
    budget = max(1, min(max_segments, math.ceil(sum(sizes) / max(1, min_parts)))) if sizes else max_segments
    parts: list[list[Article]] = []
    current: list[Article] = []
    used = 0
    for unit, size in zip(units, sizes):
        if current and used + size > budget:
            parts.append(current)
            current, used = [], 0
        current.extend(unit)
        used += size
    if current:
        parts.append(current)
    return parts


def answer_lookups(lookups: Any, memory: Any) -> Any:
    """The client's memory answers to a partition's lookups: one batched query per language pair."""
    from .dask_worker import MemorySnapshot

    hits = {pair: memory.get_many(pair[0], pair[1], texts, model_ids=lookups.model_ids.get(pair, ()), count=False)
            for pair, texts in lookups.texts.items()}
    return MemorySnapshot(hits, dict(lookups.model_ids))


class DaskExecutor:
    """Runs extract → translate → summarize on a Dask cluster (a running one, or a local one it starts).

    Args:
        scheduler: address of a running scheduler (``tcp://HOST:PORT``), or None.
        workers: with no scheduler, start a ``LocalCluster`` of this many processes (1 thread each,
            127.0.0.1 only) for the run and close it afterwards.
        client: an already connected ``distributed.Client`` (tests, notebooks); not closed by us.
        retries: times a task that raised is rerun before its partition is marked failed (a worker
            death is not counted here: the scheduler reruns the task up to
            ``distributed.scheduler.allowed-failures`` times).
    """

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int = 0, *, client: Any = None,
                 retries: int = TASK_RETRIES) -> None:
        if client is None and not scheduler and workers < 1:
            raise ConfigError("dask executor: give a scheduler address or workers >= 1")
        self._scheduler = scheduler
        self._workers = workers
        self._retries = retries
        self._client = client
        self._own_client = client is None
        self._cluster: Any = None
        self._info: dict[str, Any] = {"name": self.name, "scheduler": scheduler, "cluster": "external" if scheduler or client else "local"}
        self._per_worker: dict[str, dict[str, Any]] = {}
        self._model_ids: dict[str, str] = {}

    # --- cluster ------------------------------------------------------------------------------------

    def client(self) -> Any:
        """The connected client (connects or starts the local cluster on first use)."""
        if self._client is None:
            from distributed import Client, LocalCluster

            if self._scheduler:
                log.info("connecting to the Dask scheduler at %s", self._scheduler)
                try:
                    self._client = Client(self._scheduler, timeout="30s")
                except OSError as exc:
                    raise ConfigError(f"--scheduler (dask.scheduler): cannot reach {self._scheduler}: {exc}") from None
            else:
                log.info("starting a local Dask cluster of %d worker processes", self._workers)
                self._cluster = LocalCluster(
                    n_workers=self._workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None, scheduler_port=0,
                    # no dashboard; the scheduler's HTTP endpoint (health, metrics) on a free loopback port
                    scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
                )
                self._client = Client(self._cluster)
        return self._client

    def worker_settings(self, settings: Settings) -> Settings:
        """Settings as workers see them.

        For a local cluster the models dir is made absolute and CPU threads (``threads = 0``) are
        split between the worker processes. On an external cluster both stay as given: a relative
        models dir is relative to each worker's working directory, 0 threads = all its cores.
        """
        if self._cluster is None:
            return settings
        changes: dict[str, Any] = {"models_dir": Path(settings.models_dir).resolve()}
        if settings.threads == 0:
            changes["threads"] = max(1, (os.cpu_count() or 1) // max(1, self._workers))
        return settings.replace(**changes)

    def preflight(self, settings: Settings) -> dict[str, dict[str, Any]]:
        """Check every worker has the models the client (or any worker) has; returns them per worker.

        Raises:
            ConfigError: no workers, or a worker lacks a pair (or has another version of it),
                naming the worker and the command to run there.
        """
        from .dask_worker import EnginePlugin, installed_pairs
        from .pipeline import model_ids_for

        client = self.client()
        if not client.scheduler_info().get("workers"):
            client.wait_for_workers(1, timeout=60)
        client.register_plugin(EnginePlugin())  # also installed on workers that join later
        found: dict[str, dict[str, Any]] = client.run(installed_pairs, settings)
        if not found:
            raise ConfigError(f"the Dask cluster at {client.scheduler.address} has no workers")
        wanted: dict[str, str] = dict(model_ids_for(settings))
        for report in found.values():
            for pair, model_id in report["pairs"].items():
                if model_id and pair not in wanted:
                    wanted[pair] = model_id
        for address, report in sorted(found.items()):
            for pair, model_id in sorted(wanted.items()):
                has = report["pairs"].get(pair)
                if has == model_id:
                    continue
                lang = pair.split("->")[0]
                who = f"Dask worker {address}" + (f" (name {report['name']})" if report["name"] else "")
                what = f"has {has}, not {model_id}" if has else f"has no {pair} model ({model_id} wanted)"
                raise ConfigError(
                    f"{who} {what} in {settings.models_dir}; on that machine run: translate-summarize models "
                    f"install {lang} --models-dir {settings.models_dir} (or put --models-dir on storage every worker shares)"
                )
        self._model_ids = wanted
        return found

    # --- the executor protocol ----------------------------------------------------------------------

    def process(self, articles: Sequence[Article], context: Any) -> Iterator[Article]:
        if not articles:
            return
        from distributed import as_completed

        from .dask_worker import extract_partition, finish_partition, lookup_texts

        client = self.client()
        settings = self.worker_settings(context.settings)
        workers = self.preflight(settings)
        reporter, memory = context.reporter, context.memory
        parts = partition(articles, settings.dask_partition_segments, min_parts=2 * len(workers))
        self._info.update(
            scheduler=client.scheduler.address, workers=len(workers), partitions=len(parts),
            partition_segments=settings.dask_partition_segments,
        )
        log.info("dask: %d articles in %d partitions on %d workers", len(articles), len(parts), len(workers))
        run = uuid.uuid4().hex[:8]
        extracted = {
            i: client.submit(extract_partition, i, part, settings, key=f"extract-{run}-{i}", retries=self._retries)
            for i, part in enumerate(parts)
        }
        stage_of: dict[str, tuple[str, int]] = {}
        pending = as_completed()
        for i, fut in extracted.items():
            lookup = client.submit(lookup_texts, fut, settings, key=f"lookup-{run}-{i}", retries=self._retries)
            stage_of[lookup.key] = ("extract", i)
            pending.add(lookup)
        accounted = 0
        for fut in pending:
            stage, i = stage_of.pop(fut.key)
            part = parts[i]
            try:
                # a result lost with its worker since it completed is recomputed: result() waits for it
                value = fut.result()
            except BaseException as exc:  # the task failed after its retries, or was cancelled
                if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
                    raise
                failed = self._failed(exc, stage, part, settings)
                extracted.pop(i, None)
                accounted += len(failed)
                for st in ("extract", "translate", "summarize") if stage == "extract" else ("translate", "summarize"):
                    reporter.advance(st, len(part))
                yield from failed
                continue
            if stage == "extract":
                reporter.advance("extract", len(part))
                done = client.submit(finish_partition, extracted[i], answer_lookups(value, memory), settings,
                                     key=f"finish-{run}-{i}", retries=self._retries)
                stage_of[done.key] = ("translate", i)
                pending.add(done)
                continue
            result = value
            extracted.pop(i, None)
            for batch in result.translations:
                memory.put_translations(batch.source_lang, batch.target_lang, batch.items, model_id=batch.model_id)
            for counted in result.lookups:
                memory.count_lookups(*counted)
            for name, seconds in result.timings.items():
                context.timed(name, seconds)
            self._count(result.worker, len(result.articles), result.segments)
            reporter.advance("translate", len(part))
            reporter.advance("summarize", len(part))
            accounted += len(result.articles)
            yield from result.articles
        if accounted != len(articles):
            raise RuntimeError(f"dask executor accounted for {accounted} of {len(articles)} articles")
        self._collect_loads(client)

    def _failed(self, exc: BaseException, stage: str, part: Sequence[Article], settings: Settings) -> list[Article]:
        """Mark a partition whose task failed (after retries) as failed at ``stage``."""
        if settings.fail_fast:
            raise exc
        reason = (f"Dask task for a partition of {len(part)} articles failed at stage {stage}: "
                  f"{type(exc).__name__}: {exc}")
        log.error("%s", reason)
        self._info["failed_partitions"] = self._info.get("failed_partitions", 0) + 1
        return [a.fail(stage, reason) if a.ok else a for a in part]

    def _count(self, worker: str, articles: int, segments: int) -> None:
        row = self._per_worker.setdefault(worker, {"partitions": 0, "articles": 0, "segments": 0})
        row["partitions"] += 1
        row["articles"] += articles
        row["segments"] += segments

    def _collect_loads(self, client: Any) -> None:
        from .dask_worker import model_loads

        try:
            loads = client.run(model_loads)
        except Exception as exc:  # informational only; the articles are already accounted for
            log.warning("could not collect model loads from the workers: %s", exc)
            return
        for address, counts in loads.items():
            if counts:
                self._per_worker.setdefault(address, {"partitions": 0, "articles": 0, "segments": 0})["model_loads"] = counts

    def model_ids(self) -> dict[str, str]:
        return dict(self._model_ids)

    def info(self) -> dict[str, Any]:
        return {**self._info, "per_worker": {k: dict(v) for k, v in sorted(self._per_worker.items())}}

    def close(self) -> None:
        if self._client is not None and self._own_client:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
