"""The batched translation engine: Argos packages driven through CTranslate2 directly.

A backend implements one batch method (:class:`TranslationBackend`); the single-item call is
derived (:func:`translate_one`). :class:`CTranslate2Backend` loads an installed Argos package with
argostranslate's own tokenizer classes (``argostranslate.tokenizer``: SentencePiece or BPE — never
``argostranslate.translate``/``package``, which pull in sentence splitters that try to download and
create folders at import) and one ``ctranslate2.Translator`` per language pair.

``translate_batch`` deduplicates its inputs, tokenises them, sorts them by token length, groups the
sorted list by decoding limit (``length_ratio * tokens + length_extra`` rounded up to a step of 64
tokens; CTranslate2 has no per-example limit, so the guard enforces each item's own) and decodes each
group in one ``translate_batch`` call with ``batch_type="tokens"`` and ``max_batch_tokens``, letting
CTranslate2 cut its own batches; results are scattered back to input order.

**Score**: ``TranslationResult.score`` is the mean log-probability per output token, end-of-sentence
token included. CTranslate2 returns ``cumulative_logprob / L ** length_penalty`` with
``L = output tokens (+1 for </s> when decoding ended)``; we undo the penalty and divide by ``L``, so
the score is comparable across ``length_penalty`` settings (0 = the model is sure; -1.5 ≈ each token
had ~22% probability).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Protocol, Sequence

from ..errors import ModelError, ModelMissingError
from .guard import GuardConfig, check_output
from .models import InstalledPackage, find_package

if TYPE_CHECKING:
    from ..settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TranslationResult:
    """One translated text. ``flags`` non-empty means the guard rejected ``text`` (do not use it)."""

    text: str
    score: float | None
    tokens_in: int
    tokens_out: int
    flags: tuple[str, ...] = ()

    @property
    def usable(self) -> bool:
        return not self.flags


class TranslationBackend(Protocol):
    """Anything that translates a batch of texts of one language pair."""

    model_id: str

    def translate_batch(self, texts: Sequence[str]) -> list[TranslationResult]:
        """Translate ``texts``; the result list is aligned with the input."""
        ...


class BackendProvider(Protocol):
    """Gives the backend for a language pair (the stage's view of :class:`EngineRegistry`)."""

    def model_id(self, source_lang: str, target_lang: str) -> str | None:
        """Id of the model that would translate this pair (no loading), or None if none is installed."""
        ...

    def get(self, source_lang: str, target_lang: str) -> TranslationBackend:
        """The backend for the pair; raises ModelMissingError when none is installed."""
        ...


def translate_one(backend: TranslationBackend, text: str) -> TranslationResult:
    """The single-item call, derived from the batch method."""
    return backend.translate_batch([text])[0]


@dataclass(frozen=True, slots=True)
class DecodingOptions:
    """The decoding settings passed to ``ctranslate2.Translator.translate_batch``."""

    beam_size: int = 4
    max_batch_tokens: int = 4096
    length_ratio: float = 2.0
    length_extra: int = 10
    length_penalty: float = 0.2
    repetition_penalty: float = 1.0
    no_repeat_ngram_size: int = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> DecodingOptions:
        return cls(
            beam_size=settings.beam_size,
            max_batch_tokens=settings.max_batch_tokens,
            length_ratio=settings.length_ratio,
            length_extra=settings.length_extra,
            length_penalty=settings.length_penalty,
            repetition_penalty=settings.repetition_penalty,
            no_repeat_ngram_size=settings.no_repeat_ngram_size,
        )

    @property
    def guard(self) -> GuardConfig:
        return GuardConfig(length_ratio=self.length_ratio, length_extra=self.length_extra)

    def ct2_kwargs(self, max_decoding_length: int) -> dict[str, Any]:
        """Keyword arguments for ``translate_batch`` (also used verbatim by the speed benchmark)."""
        return {
            "max_batch_size": self.max_batch_tokens,
            "batch_type": "tokens",
            "beam_size": self.beam_size,
            "length_penalty": self.length_penalty,
            "repetition_penalty": self.repetition_penalty,
            "no_repeat_ngram_size": self.no_repeat_ngram_size,
            "max_decoding_length": max_decoding_length,
            "replace_unknowns": True,
            "return_scores": True,
        }


def resolve_compute_type(requested: str) -> str:
    """``requested`` if this CPU supports it, else CTranslate2's ``default`` (with a warning)."""
    import ctranslate2

    if requested in ("default", "auto"):
        return requested
    supported = ctranslate2.get_supported_compute_types("cpu")
    if requested not in supported:
        log.warning(
            "compute_type %s is not supported on this CPU (supported: %s); using the model's default",
            requested, ", ".join(sorted(supported)),
        )
        return "default"
    return requested


def load_translator(package: InstalledPackage, settings: Settings) -> Any:
    """Load the package's CTranslate2 model (compute type and threads from settings).

    Falls back to the model's own compute type, with a warning, when the requested one cannot be
    used; raises ModelError naming the package when the model cannot be loaded at all.
    """
    import ctranslate2

    compute_type = resolve_compute_type(settings.compute_type)
    kwargs = {"device": "cpu", "inter_threads": 1, "intra_threads": settings.threads}
    try:
        return ctranslate2.Translator(str(package.model_dir), compute_type=compute_type, **kwargs)
    except (RuntimeError, ValueError) as exc:
        if compute_type != "default":
            log.warning("%s: cannot load with compute_type %s (%s); retrying with the model's default",
                        package.model_id, compute_type, exc)
            try:
                return ctranslate2.Translator(str(package.model_dir), compute_type="default", **kwargs)
            except (RuntimeError, ValueError) as exc2:
                exc = exc2
        raise ModelError(f"cannot load model {package.model_id} from {package.model_dir}: {exc}") from None


def load_tokenizer(package: InstalledPackage) -> Any:
    """argostranslate's tokenizer for the package (SentencePieceTokenizer or BPETokenizer)."""
    from argostranslate.tokenizer import BPETokenizer, SentencePieceTokenizer

    if package.tokenizer == "bpe":
        return BPETokenizer(package.tokenizer_path, package.from_code, package.to_code)
    return SentencePieceTokenizer(package.tokenizer_path)


LIMIT_STEP = 64
"""Texts whose decoding limits round up to the same multiple of this many tokens share one call."""


def _length_groups(order: Sequence[int], limits: Sequence[int]) -> Iterator[list[int]]:
    """Cut ``order`` (sorted by length) into groups whose decoding limits round to the same step.

    Each group is one ``translate_batch`` call in which CTranslate2 makes its own token-budget
    batches (one call per group, not per batch: measured 0.77x raw CTranslate2 with a call per
    4,096-token batch vs ~1.0x this way), while a short text's limit stays close to its own.
    """
    group: list[int] = []
    step = -1
    for i in order:
        s = -(-limits[i] // LIMIT_STEP)
        if group and s != step:
            yield group
            group = []
        group.append(i)
        step = s
    if group:
        yield group


class CTranslate2Backend:
    """Translates with one installed Argos package through one ``ctranslate2.Translator``.

    ``batches`` counts :meth:`translate_batch` calls, ``calls`` the ``Translator.translate_batch``
    invocations they made (one per decoding-limit group), ``texts_translated`` the texts
    decoded and ``tokens_in``/``tokens_out`` their source/output tokens (tests, run statistics and
    the speed benchmark use them).
    """

    def __init__(self, package: InstalledPackage, settings: Settings, *, translator: Any = None) -> None:
        self.package = package
        self.model_id = package.model_id
        self.options = DecodingOptions.from_settings(settings)
        self._guard = self.options.guard
        self._tokenizer = load_tokenizer(package)
        self._translator = translator if translator is not None else load_translator(package, settings)
        self._prefix = package.target_prefix or None
        self._lock = threading.Lock()
        self.batches = 0
        self.calls = 0
        self.texts_translated = 0
        self.tokens_in = 0
        self.tokens_out = 0

    def tokenize(self, text: str) -> list[str]:
        return self._tokenizer.encode(text)

    def detokenize(self, tokens: Sequence[str]) -> str:
        text = self._tokenizer.decode(list(tokens))
        return text[1:] if text.startswith(" ") else text

    def translate_batch(self, texts: Sequence[str]) -> list[TranslationResult]:
        """Translate ``texts`` (duplicates decoded once); results in input order."""
        if not texts:
            return []
        self.batches += 1
        index: dict[str, int] = {}
        unique: list[str] = []
        for text in texts:
            if text not in index:
                index[text] = len(unique)
                unique.append(text)
        tokenized = [self.tokenize(t) if t.strip() else [] for t in unique]
        lengths = [len(t) for t in tokenized]
        results: list[TranslationResult | None] = [None] * len(unique)
        todo = [i for i in range(len(unique)) if lengths[i] > 0]
        for i in range(len(unique)):
            if lengths[i] == 0:
                results[i] = TranslationResult("", None, 0, 0, ("empty",))
        todo.sort(key=lambda i: (lengths[i], unique[i]))  # same set of texts -> same batches, same results
        limits = [self._guard.max_output_tokens(n) for n in lengths]
        for chunk in _length_groups(todo, limits):
            for i, result in zip(chunk, self._decode([tokenized[i] for i in chunk])):
                results[i] = result
        return [results[index[t]] for t in texts]  # type: ignore[misc]

    def _decode(self, batch: list[list[str]]) -> list[TranslationResult]:
        """Decode one group with CTranslate2 (it batches by token budget) and guard each output."""
        max_len = max(self._guard.max_output_tokens(len(toks)) for toks in batch)
        prefix = [[self._prefix] for _ in batch] if self._prefix else None
        with self._lock:
            outputs = self._translator.translate_batch(batch, target_prefix=prefix, **self.options.ct2_kwargs(max_len))
            self.calls += 1
            self.texts_translated += len(batch)
        lp = self.options.length_penalty
        results = []
        for toks, out in zip(batch, outputs):
            hyp = list(out.hypotheses[0])
            length = len(hyp) + (1 if len(hyp) < max_len else 0)
            score = None
            if out.scores:
                score = out.scores[0] * (length ** lp) / length if length else out.scores[0]
            if self._prefix and hyp and hyp[0] == self._prefix:
                hyp = hyp[1:]
            text = self.detokenize(hyp)
            flags = check_output(len(toks), hyp, text, self._guard)
            results.append(TranslationResult(text, score, len(toks), len(hyp), flags))
        self.tokens_in += sum(r.tokens_in for r in results)
        self.tokens_out += sum(r.tokens_out for r in results)
        return results

    def close(self) -> None:
        """Release the model (the backend must not be used afterwards)."""
        translator, self._translator = self._translator, None
        if translator is not None and hasattr(translator, "unload_model"):
            translator.unload_model()


class EngineRegistry:
    """One backend per language pair, created on first use and kept for the run.

    Implements :class:`BackendProvider`. ``backend_factory`` (default :class:`CTranslate2Backend`)
    lets callers substitute another backend class with the same constructor.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        backend_factory: Callable[[InstalledPackage, Settings], TranslationBackend] | None = None,
    ) -> None:
        self.settings = settings
        self._factory = backend_factory or CTranslate2Backend
        self._packages: dict[tuple[str, str], InstalledPackage | None] = {}
        self._backends: dict[tuple[str, str], TranslationBackend] = {}
        self._lock = threading.Lock()

    def package(self, source_lang: str, target_lang: str) -> InstalledPackage | None:
        key = (source_lang, target_lang)
        if key not in self._packages:
            self._packages[key] = find_package(self.settings.models_dir, source_lang, target_lang)
        return self._packages[key]

    def model_id(self, source_lang: str, target_lang: str) -> str | None:
        pkg = self.package(source_lang, target_lang)
        return pkg.model_id if pkg else None

    def get(self, source_lang: str, target_lang: str) -> TranslationBackend:
        key = (source_lang, target_lang)
        with self._lock:
            backend = self._backends.get(key)
            if backend is None:
                pkg = self.package(source_lang, target_lang)
                if pkg is None:
                    raise ModelMissingError(source_lang, target_lang)
                log.info("loading %s from %s", pkg.model_id, pkg.path)
                backend = self._factory(pkg, self.settings)
                self._backends[key] = backend
            return backend

    def model_ids(self) -> dict[str, str]:
        """``{"ar->en": "translate-ar_en@1.0"}`` for every backend loaded so far."""
        return {f"{s}->{t}": b.model_id for (s, t), b in sorted(self._backends.items())}

    def close(self) -> None:
        for backend in self._backends.values():
            close = getattr(backend, "close", None)
            if close is not None:
                close()
        self._backends.clear()

    def __enter__(self) -> EngineRegistry:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class StaticProvider:
    """A :class:`BackendProvider` over fixed backends (tests, and callers that built backends themselves)."""

    def __init__(self, backends: Mapping[tuple[str, str], TranslationBackend]) -> None:
        self._backends = dict(backends)

    def model_id(self, source_lang: str, target_lang: str) -> str | None:
        backend = self._backends.get((source_lang, target_lang))
        return backend.model_id if backend else None

    def get(self, source_lang: str, target_lang: str) -> TranslationBackend:
        backend = self._backends.get((source_lang, target_lang))
        if backend is None:
            raise ModelMissingError(source_lang, target_lang)
        return backend
