"""Worker side of the Dask executor: the engine plugin and the three partition tasks.

Imported only where ``dask.distributed`` is installed: by :mod:`.dask_executor` on the client and,
through the pickled task references, by every worker process.

A partition goes through three tasks (the client drives them, see :mod:`.dask_executor`):

``extract_partition``  clean → language → segment (``InProcessExecutor.extract_chunk``); the result
                       stays in the worker's memory.
``lookup_texts``       the texts the translate stage will look up in the translation memory, found by
                       a dry run of ``translate_articles`` against a recording memory (no model runs,
                       nothing loaded); only these small lists travel to the client.
``finish_partition``   translate → summarize (``InProcessExecutor.finish_chunk``) against a read-only
                       :class:`SnapshotMemory` of the hits the client looked up; returns the articles
                       and the new model translations, which the client writes into its memory.

Workers never open the client's SQLite memory. Models are loaded by :class:`EnginePlugin`: one
``EngineRegistry`` per worker process (per distinct settings), so each model loads once per process
and every later task reuses it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from distributed import WorkerPlugin, get_worker

from .article import Article
from .errors import ModelError, TranslateSummarizeError
from .pipeline import ExecutionContext, InProcessExecutor, model_ids_for
from .reporting import NullReporter
from .settings import Settings
from .translate.memory import MemoryHit

log = logging.getLogger(__name__)

PLUGIN_NAME = "translate-summarize-engines"

Pair = tuple[str, str]


class EnginePlugin(WorkerPlugin):
    """Per worker process: one ``EngineRegistry`` per settings, so each model is loaded once."""

    name = PLUGIN_NAME

    def __init__(self) -> None:
        self.loads: dict[str, int] = {}
        self._registries: dict[Settings, Any] = {}
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]

    def setup(self, worker: Any) -> None:
        _restore_malloc_thresholds()

    def registry(self, settings: Settings) -> Any:
        """The registry of this process for ``settings`` (created on first use)."""
        with self._lock:
            registry = self._registries.get(settings)
            if registry is None:
                from .translate.engine import EngineRegistry

                registry = EngineRegistry(settings, backend_factory=self._load)
                self._registries[settings] = registry
            return registry

    def _load(self, package: Any, settings: Settings) -> Any:
        from .translate.engine import CTranslate2Backend

        pair = f"{package.from_code}->{package.to_code}"
        self.loads[pair] = self.loads.get(pair, 0) + 1
        return CTranslate2Backend(package, settings)

    def teardown(self, worker: Any) -> None:
        with self._lock:
            for registry in self._registries.values():
                registry.close()
            self._registries.clear()


# glibc mallopt parameters, and the ceilings glibc's own dynamic thresholds grow to on 64-bit
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_MMAP_THRESHOLD_MAX = 32 * 1024 * 1024
_TRIM_THRESHOLD = 2 * _MMAP_THRESHOLD_MAX


def _restore_malloc_thresholds() -> None:
    """Undo the nanny's ``MALLOC_TRIM_THRESHOLD_=65536`` for CTranslate2's sake (glibc only).

    Dask's nanny starts workers with that variable so freed memory goes back to the OS; setting it
    also freezes glibc's mmap threshold at 128 KiB, so every large decoder buffer is mmapped and
    unmapped again: decoding ran 1.75x slower in a worker than in a plain process (bench/scale.py).
    These are the values glibc's dynamic thresholds reach by themselves in a plain process.
    """
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        mallopt = getattr(libc, "mallopt", None)
    except OSError:
        mallopt = None
    if mallopt is None:
        return
    ok = mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_MAX) == 1 and mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD) == 1
    log.debug("malloc thresholds for CTranslate2 %s", "set" if ok else "not set")


@dataclass(frozen=True, slots=True)
class Extracted:
    """A partition after clean → language → segment (kept on the worker that made it)."""

    index: int
    articles: tuple[Article, ...]
    worker: str
    timings: dict[str, float]


@dataclass(frozen=True, slots=True)
class Lookups:
    """What the translate stage of a partition will ask the memory: texts and model ids per pair."""

    index: int
    texts: dict[Pair, tuple[str, ...]]
    model_ids: dict[Pair, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class MemorySnapshot:
    """The client's answers to a partition's :class:`Lookups` (read-only on the worker)."""

    hits: dict[Pair, dict[str, MemoryHit]]
    model_ids: dict[Pair, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class NewTranslations:
    """Model output a worker produced for one pair, to be cached in the client's memory."""

    source_lang: str
    target_lang: str
    model_id: str
    items: tuple[tuple[str, str, float | None], ...]


@dataclass(frozen=True, slots=True)
class Finished:
    """A processed partition: its articles and what the client must record."""

    index: int
    articles: tuple[Article, ...]
    worker: str
    segments: int
    timings: dict[str, float]
    translations: tuple[NewTranslations, ...] = ()
    lookups: tuple[tuple[str, str, int, int, int], ...] = ()
    """``(source, target, memory hits, cache hits, misses)`` the translate stage counted, for the client's memory."""


@dataclass(slots=True)
class RecordingMemory:
    """A memory that answers nothing and records every lookup (for :func:`lookup_texts`)."""

    texts: dict[Pair, dict[str, None]] = field(default_factory=dict)
    model_ids: dict[Pair, tuple[str, ...]] = field(default_factory=dict)

    def get_many(
        self, source_lang: str, target_lang: str, sources: Iterable[str], *, model_ids: Collection[str] = (),
        count: bool = True,
    ) -> dict[str, MemoryHit]:
        pair = (source_lang, target_lang)
        self.texts.setdefault(pair, {}).update(dict.fromkeys(sources))
        self.model_ids[pair] = tuple(sorted(set(model_ids)))
        return {}

    def put_translations(self, *args: Any, **kwargs: Any) -> int:  # pragma: no cover - never reached
        raise AssertionError("the lookup dry run must not translate")


class SnapshotMemory:
    """Read-only memory of precomputed hits; records the model output written to it."""

    def __init__(self, snapshot: MemorySnapshot) -> None:
        self._snapshot = snapshot
        self.written: list[NewTranslations] = []
        self.counted: list[tuple[str, str, int, int, int]] = []

    def count_lookups(self, source_lang: str, target_lang: str, memory_hits: int, cache_hits: int, misses: int) -> None:
        self.counted.append((source_lang, target_lang, memory_hits, cache_hits, misses))

    def get_many(
        self, source_lang: str, target_lang: str, sources: Iterable[str], *, model_ids: Collection[str] = (),
        count: bool = True,
    ) -> dict[str, MemoryHit]:
        pair = (source_lang, target_lang)
        expected = self._snapshot.model_ids.get(pair, ())
        if tuple(sorted(set(model_ids))) != expected:
            raise ModelError(
                f"{source_lang}->{target_lang}: this worker's model {sorted(set(model_ids))} is not the one the "
                f"memory was looked up for {list(expected)}; install the same models on every worker"
            )
        table = self._snapshot.hits.get(pair, {})
        return {s: table[s] for s in sources if s in table}

    def put_translations(
        self, source_lang: str, target_lang: str, items: Iterable[tuple[str, str, float | None]], *, model_id: str
    ) -> int:
        batch = NewTranslations(source_lang, target_lang, model_id, tuple(items))
        self.written.append(batch)
        return len(batch.items)


class _LookupOnly:
    """A backend provider that knows the worker's model ids but refuses to translate."""

    def __init__(self, registry: Any) -> None:
        self._registry = registry

    def model_id(self, source_lang: str, target_lang: str) -> str | None:
        return self._registry.model_id(source_lang, target_lang)

    def get(self, source_lang: str, target_lang: str) -> Any:
        raise TranslateSummarizeError("lookup dry run: no model is loaded")


def _plugin() -> EnginePlugin:
    return get_worker().plugins[PLUGIN_NAME]  # type: ignore[return-value]


def _address() -> str:
    return str(get_worker().address)


def extract_partition(index: int, articles: Sequence[Article], settings: Settings) -> Extracted:
    """clean → language → segment on one partition."""
    context = ExecutionContext(settings, None, NullReporter())
    extracted = InProcessExecutor().extract_chunk(articles, context)
    return Extracted(index, tuple(extracted), _address(), dict(context.timings))


def lookup_texts(part: Extracted, settings: Settings) -> Lookups:
    """The memory lookups the translate stage will make for ``part`` (dry run, no model)."""
    from .translate.stage import translate_articles

    recorder = RecordingMemory()
    translate_articles(part.articles, settings.replace(fail_fast=False), recorder, _LookupOnly(_plugin().registry(settings)))
    texts = {pair: tuple(bucket) for pair, bucket in recorder.texts.items()}
    return Lookups(part.index, texts, dict(recorder.model_ids))


def finish_partition(part: Extracted, snapshot: MemorySnapshot, settings: Settings) -> Finished:
    """translate → summarize on one extracted partition, against the client's memory snapshot."""
    memory = SnapshotMemory(snapshot)
    context = ExecutionContext(settings, memory, NullReporter(), dict(part.timings))
    done = InProcessExecutor(registry=_plugin().registry(settings)).finish_chunk(part.articles, context)
    segments = sum(len(a.segments) for a in done)
    return Finished(part.index, tuple(done), _address(), segments, dict(context.timings), tuple(memory.written),
                    tuple(memory.counted))


def installed_pairs(settings: Settings, dask_worker: Any = None) -> dict[str, Any]:
    """Run on every worker at start: its name and the model id of each configured pair it has installed."""
    name = getattr(dask_worker, "name", None)
    return {"name": str(name) if name is not None else "", "pairs": model_ids_for(settings)}


def model_loads(dask_worker: Any = None) -> dict[str, int]:
    """How many times this worker process loaded each pair's model (1 per pair when all is well)."""
    plugin = dask_worker.plugins.get(PLUGIN_NAME) if dask_worker is not None else None
    return dict(plugin.loads) if plugin is not None else {}
