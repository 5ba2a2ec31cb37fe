"""The batched translation engine: Argos packages driven through CTranslate2 directly.

A backend implements one batch method (:class:`TranslationBackend`); the single-item call is
derived (:func:`translate_one`). :class:`CTranslate2Backend` loads an installed Argos package with
argostranslate's own tokenizer classes (``argostranslate.tokenizer``: SentencePiece or BPE — never
``argostranslate.translate``/``package``, which pull in sentence splitters that try to download and
create folders at import) and one ``ctranslate2.Translator`` per language pair.

``translate_batch`` deduplicates its inputs, protects URLs, e-mail addresses, handles, hashtags and
numbers with placeholders (:mod:`.protect`), tokenises, cuts units longer than the model can take
into pieces at clause boundaries (:mod:`.split`), sorts the pieces by token length, groups the sorted
list by decoding limit (``length_ratio * tokens + length_extra`` rounded up to a step of 64 tokens;
CTranslate2 has no per-example limit, so the guard enforces each item's own) and decodes each group
in one ``translate_batch`` call with ``batch_type="tokens"`` and ``max_batch_tokens``, letting
CTranslate2 cut its own batches; pieces are joined, placeholders restored and results scattered
back to input order.

**Limits** (:mod:`.limits`): no input exceeds CTranslate2's 1,024-id input limit or the model's
encoder position table, and ``max_decoding_length`` never exceeds ``translate.max_decoding_length``
(256, as argostranslate) or the decoder's position table. A unit is split into pieces whose own
length limit fits under that cap, so nothing is cut silently; an output still stopped by the cap is
flagged ``truncated``.

**Containment**: a decode call that raises is retried by halves down to the single texts that make
it raise; only those get the ``error`` flag (with the message), every other text is translated.
A tokenizer that cannot be loaded (argostranslate's BPE loader calls ``sys.exit`` on a bad
``bpe.model``) is a :class:`~translate_summarize.errors.ModelError` naming the package and the fix,
raised when the backend is created.

**Score**: ``TranslationResult.score`` is the mean log-probability per output token, end-of-sentence
token included. CTranslate2 returns ``cumulative_logprob / L ** length_penalty`` with
``L = output tokens (+1 for </s> when decoding ended)``; we undo the penalty and divide by ``L``, so
the score is comparable across ``length_penalty`` settings (0 = the model is sure; -1.5 ≈ each token
had ~22% probability).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Protocol, Sequence, TypeVar

from ..errors import ModelError, ModelMissingError, TranslateSummarizeError
from .guard import ERROR, PARTIAL, TRUNCATED, GuardConfig, check_output, usable
from .limits import ModelLimits, read_model_limits
from .models import InstalledPackage, broken_for, find_package, missing_model_error, repair_advice
from .protect import Protected, protect, repair, restore
from .split import split_text

if TYPE_CHECKING:
    from ..settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TranslationResult:
    """One translated text. A rejecting flag (``guard.REJECTING``) means ``text`` must not be used;
    ``error`` says why a text flagged ``error`` (or ``partial``) could not be decoded."""

    text: str
    score: float | None
    tokens_in: int
    tokens_out: int
    flags: tuple[str, ...] = ()
    error: str | None = None

    @property
    def usable(self) -> bool:
        return usable(self.flags)


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
        """The backend for the pair; raises ModelMissingError when none is installed (a ModelError naming
        the broken package folders, what is wrong and the fix, when only broken ones are)."""
        ...


def translate_one(backend: TranslationBackend, text: str) -> TranslationResult:
    """The single-item call, derived from the batch method."""
    return backend.translate_batch([text])[0]


T = TypeVar("T")
R = TypeVar("R")

GIVE_UP_AFTER = 16
"""Failed single items, with no item succeeding, after which :func:`bisect_errors` stops trying."""


def describe_error(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def bisect_errors(
    call: Callable[[list[T]], list[R]],
    items: Sequence[T],
    on_error: Callable[[T, Exception], R],
    *,
    broken: Callable[[Exception], Exception],
    fail_fast: bool = False,
) -> list[R]:
    """``call(items)``; when it raises, each half again, down to the single items that raise.

    Each item that raises on its own becomes ``on_error(item, exc)``; the others keep their
    results, in order. Our own errors (:class:`TranslateSummarizeError`: a package problem) and
    ``BaseException`` (``SystemExit``, ``KeyboardInterrupt``) are not retried. When
    :data:`GIVE_UP_AFTER` single items failed and none succeeded, the model is broken, not one
    text: ``broken(exc)`` is raised. ``fail_fast`` re-raises the first exception.
    """
    done = {"ok": 0, "failed": 0}

    def go(batch: list[T]) -> list[R]:
        try:
            out = call(batch)
        except TranslateSummarizeError:
            raise
        except Exception as exc:
            if fail_fast:
                raise
            if len(batch) > 1:
                mid = len(batch) // 2
                return go(batch[:mid]) + go(batch[mid:])
            done["failed"] += 1
            if done["ok"] == 0 and done["failed"] >= GIVE_UP_AFTER:
                raise broken(exc) from exc
            return [on_error(batch[0], exc)]
        done["ok"] += len(batch)
        return out

    results = go(list(items))
    if done["failed"]:
        log.warning("%d of %d texts could not be decoded; the others were translated", done["failed"], len(items))
    return results


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
    max_decoding_length: int = 256

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
            max_decoding_length=settings.max_decoding_length,
        )

    @property
    def guard(self) -> GuardConfig:
        return GuardConfig(length_ratio=self.length_ratio, length_extra=self.length_extra)

    def ct2_kwargs(
        self, max_decoding_length: int, max_input_length: int = 1024, max_batch_tokens: int | None = None
    ) -> dict[str, Any]:
        """Keyword arguments for ``translate_batch`` (also used verbatim by the speed benchmark)."""
        return {
            "max_input_length": max_input_length,
            "max_batch_size": max_batch_tokens or self.max_batch_tokens,
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


def thread_layout(settings: Settings) -> tuple[int, int]:
    """``(inter_threads, intra_threads)`` for a translator from ``translate.threads``/``inter_threads``.

    ``threads`` is the total (0 = every core); ``inter_threads`` how many batches decode in
    parallel, each with ``threads // inter_threads`` threads (0 = :data:`DEFAULT_INTER_THREADS`,
    at most one per thread: 2 workers x 1 thread on 2 cores, 1 x 1 with ``threads = 1``).
    """
    total = settings.threads or os.cpu_count() or 1
    inter = settings.inter_threads or min(DEFAULT_INTER_THREADS, total)
    return inter, max(1, total // inter)


DEFAULT_INTER_THREADS = 2
"""Parallel batches per translator when ``translate.inter_threads`` is 0 (at most one per thread).

Measured on the 2-core machine (transformer-base-size copy model, int8, beam 4, 120 FLORES Arabic
sentences, the configurations interleaved 5 times, best of each, other jobs running): two workers of
one thread each 12.8 s, one worker of two threads 14.4 s, one thread 16.6 s; two workers with
CTranslate2's plain 4,096-token batches 17.7 s (a call that fits in one batch keeps one worker busy:
hence :meth:`CTranslate2Backend._batch_budget`). The weights are shared between workers; each has its
own buffers. ``python bench/translate_speed.py`` compares the configurations (``--configs``)."""


def load_translator(package: InstalledPackage, settings: Settings) -> Any:
    """Load the package's CTranslate2 model (compute type and threads from settings).

    Falls back to the model's own compute type, with a warning, when the requested one cannot be
    used; raises ModelError naming the package when the model cannot be loaded at all.
    """
    import ctranslate2

    compute_type = resolve_compute_type(settings.compute_type)
    inter, intra = thread_layout(settings)
    kwargs = {"device": "cpu", "inter_threads": inter, "intra_threads": intra}
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
        raise package_error(package, f"its model cannot be loaded ({_load_problem(package, exc)})") from None


def _load_problem(package: InstalledPackage, exc: Exception) -> str:
    """What is wrong with a model CTranslate2 refused: what a full read of model.bin finds (truncated...), else its message."""
    from .ct2_model import inspect_model

    try:
        inspect_model(package.model_dir)
    except ModelError as found:
        return str(found).removeprefix(f"{package.path}/").removesuffix("; reinstall the package")
    return f"{type(exc).__name__}: {exc}".replace("; ", ", ")


def package_error(package: InstalledPackage, problem: str, first: str = "") -> ModelError:
    """A ModelError naming the package, what is wrong with it and how to reinstall or remove it (after ``first``)."""
    advice = repair_advice(package.path.parent, [package.path.name], package.from_code, package.to_code,
                           package.source if package.brought else "")
    return ModelError(f"package {package.model_id} ({package.path}): {problem}; {first + '; ' if first else ''}{advice}")


FAILED_EVERYWHERE = "its model failed on every text it was given ({})"
TRACEBACK_ADVICE = "rerun with --fail-fast for a traceback"


class SplitSentencePiece:
    """Two SentencePiece models (OPUS-MT's ``source.spm``/``target.spm``): encode with one, decode with the other."""

    def __init__(self, source: Path, target: Path) -> None:
        from argostranslate.tokenizer import SentencePieceTokenizer

        self.source, self.target = SentencePieceTokenizer(source), SentencePieceTokenizer(target)
        self.source.lazy_processor()
        self.target.lazy_processor()

    def encode(self, text: str) -> list[str]:
        return self.source.encode(text)

    def decode(self, tokens: list[str]) -> str:
        return self.target.decode(tokens)


def load_tokenizer(package: InstalledPackage) -> Any:
    """argostranslate's tokenizer for the package (SentencePieceTokenizer or BPETokenizer), loaded now.

    argostranslate loads tokenizers lazily and its BPE loader writes to stderr and calls
    ``sys.exit`` on a malformed ``bpe.model``: the file is read here, stderr captured, and any
    failure (``SystemExit`` included) becomes a :func:`package_error`.
    """
    from argostranslate.tokenizer import BPETokenizer, SentencePieceTokenizer

    name = package.tokenizer_path.name
    captured = io.StringIO()
    try:
        with contextlib.redirect_stderr(captured):
            if package.tokenizer == "bpe":
                tokenizer: Any = BPETokenizer(package.tokenizer_path, package.from_code, package.to_code)
                tokenizer.lazy_load()
            elif package.target_tokenizer_path is not None:
                tokenizer = SplitSentencePiece(package.tokenizer_path, package.target_tokenizer_path)
            else:
                tokenizer = SentencePieceTokenizer(package.tokenizer_path)
                tokenizer.lazy_processor()
    except (Exception, SystemExit) as exc:
        said = " ".join(captured.getvalue().split())
        detail = said or (describe_error(exc) if not isinstance(exc, SystemExit) else f"exit status {exc.code}")
        raise package_error(package, f"its tokenizer {name} cannot be loaded ({detail})") from None
    return tokenizer


LIMIT_STEP = 64
"""Texts whose decoding limits round up to the same multiple of this many tokens share one call."""

MIN_PIECE_TOKENS = 16
"""Units are not split finer than this for the output cap (a smaller cap truncates instead)."""

UNTRANSLATED = "[untranslated]"
"""Stands in the text for a piece (or a title) that could not be translated."""


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


def _combine(pieces: Sequence[TranslationResult]) -> TranslationResult:
    """One result for a unit translated in pieces: texts joined, a failed piece marked ``[untranslated]``."""
    good = [r for r in pieces if r.usable]
    tokens_in = sum(r.tokens_in for r in pieces)
    tokens_out = sum(r.tokens_out for r in pieces)
    errors = [r.error for r in pieces if r.error]
    if not good:
        flags = tuple(dict.fromkeys(f for r in pieces for f in r.flags))
        return TranslationResult("", None, tokens_in, tokens_out, flags, errors[0] if errors else None)
    text = " ".join(r.text if r.usable else UNTRANSLATED for r in pieces)
    scored = [(r.score, r.tokens_out + 1) for r in good if r.score is not None]
    score = sum(s * w for s, w in scored) / sum(w for _, w in scored) if scored else None
    flags = ((PARTIAL,) if len(good) < len(pieces) else ()) + (
        (TRUNCATED,) if any(TRUNCATED in r.flags for r in good) else ()
    )
    return TranslationResult(text, score, tokens_in, tokens_out, flags, errors[0] if errors else None)


class CTranslate2Backend:
    """Translates with one installed Argos package through one ``ctranslate2.Translator``.

    ``batches`` counts :meth:`translate_batch` calls, ``calls`` the ``Translator.translate_batch``
    invocations they made (one per decoding-limit group, more when a group raised and was retried
    by halves), ``texts_translated`` the texts (pieces) decoded, ``texts_split`` the units cut into
    pieces first, ``errors`` the texts that could not be decoded and ``tokens_in``/``tokens_out``
    their source/output tokens (tests, run statistics and the speed benchmark use them).

    ``translator``, ``tokenizer`` (``encode(text) -> tokens``, ``decode(tokens) -> text``) and
    ``limits`` replace what would be loaded from the package (tests and benchmarks).
    """

    def __init__(
        self,
        package: InstalledPackage,
        settings: Settings,
        *,
        translator: Any = None,
        tokenizer: Any = None,
        limits: ModelLimits | None = None,
    ) -> None:
        self.package = package
        self.model_id = package.model_id
        self.options = DecodingOptions.from_settings(settings)
        self.fail_fast = settings.fail_fast
        self.inter_threads = thread_layout(settings)[0]
        self._guard = self.options.guard
        self._tokenizer = tokenizer if tokenizer is not None else load_tokenizer(package)
        self._translator = translator if translator is not None else load_translator(package, settings)
        self.limits = limits if limits is not None else read_model_limits(package.model_dir)
        self._prefix = package.target_prefix or None
        # NLLB/M2M-100: language token before each source, </s> after it (see translate/ct2_import.py)
        self._wrap = ([package.source_prefix] if package.source_prefix else [], [package.source_suffix] if package.source_suffix else [])
        self.max_source_tokens = max(1, self.limits.max_source_tokens() - len(self._wrap[0]) - len(self._wrap[1]))
        self.max_decoding_length = self.limits.max_decoding_length(
            self.options.max_decoding_length, 1 if self._prefix else 0
        )
        room = self.max_decoding_length - self.options.length_extra
        by_output = int(room / self.options.length_ratio) if room > 0 else 0
        self.piece_tokens = min(self.max_source_tokens, by_output) if by_output >= MIN_PIECE_TOKENS else self.max_source_tokens
        """Units longer than this many tokens are split before decoding."""
        self._lock = threading.Lock()
        self.batches = 0
        self.calls = 0
        self.texts_translated = 0
        self.texts_split = 0
        self.errors = 0
        self.tokens_in = 0
        self.tokens_out = 0

    def tokenize(self, text: str) -> list[str]:
        try:
            return list(self._tokenizer.encode(text))
        except SystemExit as exc:  # argostranslate's BPE code exits the process on bad input
            raise package_error(self.package, f"its tokenizer exited (status {exc.code}) on a text") from None

    def detokenize(self, tokens: Sequence[str]) -> str:
        text = self._tokenizer.decode(list(tokens))
        return text[1:] if text.startswith(" ") else text

    def translate_batch(self, texts: Sequence[str]) -> list[TranslationResult]:
        """Translate ``texts`` (duplicates decoded once); results in input order."""
        if not texts:
            return []
        self.batches += 1
        unique = list(dict.fromkeys(texts))
        results: dict[str, TranslationResult] = {}
        protected: dict[str, Protected] = {}
        todo: list[str] = []
        for text in unique:
            if not text.strip():
                results[text] = TranslationResult("", None, 0, 0, ("empty",))
                continue
            p = protected[text] = protect(text)
            if p.only_items:  # nothing but URLs, numbers, handles...: nothing for the model to do
                results[text] = TranslationResult(restore(p.text, p)[0], None, 0, 0)
            else:
                todo.append(text)
        retry: list[str] = []
        for text, result in zip(todo, self._translate([protected[t].text for t in todo])):
            p = protected[text]
            if p.items and result.usable:
                restored, missing = restore(result.text, p)
                if missing:
                    retry.append(text)  # the model lost a placeholder: translate the text as it is
                result = replace(result, text=restored)
            results[text] = result
        if retry:
            log.info("%s: %d texts lost a placeholder; translating them without protection", self.model_id, len(retry))
            for text, result in zip(retry, self._translate(retry)):
                if result.usable:
                    results[text] = replace(result, text=repair(result.text, protected[text]))
        return [results[t] for t in texts]

    def _translate(self, texts: Sequence[str]) -> list[TranslationResult]:
        """Tokenise, split over-long units, decode every piece (grouped by limit), reassemble per text."""
        pieces: list[list[str]] = []
        cut: list[bool] = []  # the piece's tokens were cut to the input limit
        owners: list[list[int]] = []  # piece indices of each text
        failed: dict[int, TranslationResult] = {}
        for i, text in enumerate(texts):
            try:
                tokens = self.tokenize(text)
                parts = [tokens]
                if len(tokens) > self.piece_tokens:
                    parts = [self.tokenize(t) for t in split_text(text, lambda t: len(self.tokenize(t)), self.piece_tokens)]
                    self.texts_split += 1
            except TranslateSummarizeError:
                raise
            except Exception as exc:  # one text the tokenizer chokes on
                if self.fail_fast:
                    raise
                failed[i] = TranslationResult("", None, 0, 0, (ERROR,), describe_error(exc))
                owners.append([])
                continue
            owners.append([])
            for toks in parts:
                if not toks:
                    continue
                owners[-1].append(len(pieces))
                cut.append(len(toks) > self.max_source_tokens)
                pieces.append(toks[: self.max_source_tokens])
        if len(pieces) > sum(1 for o in owners if o):
            log.info("%s: %d over-long texts split into pieces of at most %d tokens",
                     self.model_id, sum(1 for o in owners if len(o) > 1), self.piece_tokens)

        lengths = [len(t) for t in pieces]
        limits = [min(self._guard.max_output_tokens(n), self.max_decoding_length) for n in lengths]
        order = sorted(range(len(pieces)), key=lambda i: (lengths[i], pieces[i]))  # same input -> same batches
        decoded: list[TranslationResult | None] = [None] * len(pieces)
        for group in _length_groups(order, limits):
            outs = bisect_errors(
                self._decode, [pieces[i] for i in group], self._decode_error,
                broken=self._broken, fail_fast=self.fail_fast,
            )
            for i, result in zip(group, outs):
                decoded[i] = replace(result, flags=result.flags + (TRUNCATED,)) if cut[i] and TRUNCATED not in result.flags else result

        out: list[TranslationResult] = []
        for i, own in enumerate(owners):
            if i in failed:
                out.append(failed[i])
            elif not own:
                out.append(TranslationResult("", None, 0, 0, ("empty",)))
            elif len(own) == 1:
                out.append(decoded[own[0]])  # type: ignore[arg-type]
            else:
                out.append(_combine([decoded[j] for j in own]))  # type: ignore[misc]
        return out

    def _decode_error(self, tokens: list[str], exc: Exception) -> TranslationResult:
        self.errors += 1
        log.warning("%s: a text of %d tokens could not be decoded: %s", self.model_id, len(tokens), describe_error(exc))
        return TranslationResult("", None, len(tokens), 0, (ERROR,), describe_error(exc))

    def broken(self, described: str) -> ModelError:
        """The error of this package's model failing on every text it was given: the package, the error, the fix."""
        return package_error(self.package, FAILED_EVERYWHERE.format(described.replace("; ", ", ")), TRACEBACK_ADVICE)

    def _broken(self, exc: Exception) -> Exception:
        return self.broken(describe_error(exc))

    def _batch_budget(self, batch: list[list[str]]) -> int:
        """Tokens per CTranslate2 batch for one call: ``max_batch_tokens``, but with ``inter_threads``
        workers a call small enough to fit one batch is cut into one batch per worker, so that they
        all decode (not one while the others wait)."""
        budget = self.options.max_batch_tokens
        if self.inter_threads > 1:
            share = -(-sum(len(t) for t in batch) // self.inter_threads)
            budget = max(min(budget, share), max(len(t) for t in batch))
        return budget

    def _decode(self, batch: list[list[str]]) -> list[TranslationResult]:
        """Decode one group with CTranslate2 (it batches by token budget) and guard each output."""
        max_len = min(max(self._guard.max_output_tokens(len(toks)) for toks in batch), self.max_decoding_length)
        prefix = [[self._prefix] for _ in batch] if self._prefix else None
        before, after = self._wrap
        source = [[*before, *toks, *after] for toks in batch] if before or after else batch
        kwargs = self.options.ct2_kwargs(max_len, self.max_source_tokens + self.limits.source_specials + len(before) + len(after),
                                         self._batch_budget(batch))
        with self._lock:
            self.calls += 1
            outputs = self._translator.translate_batch(source, target_prefix=prefix, **kwargs)
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
            flags = check_output(len(toks), hyp, text, self._guard, max_len)
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
            pkg = self._packages[key] = find_package(self.settings.models_dir, source_lang, target_lang)
            if pkg is not None:
                for broken in broken_for(self.settings.models_dir, source_lang, target_lang):
                    log.warning("%s->%s: using %s; ignoring the broken package folder %s; %s",
                                source_lang, target_lang, pkg.model_id, broken.what, broken.advice())
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
                if pkg is None:  # none installed, or only broken folders: say which, and the fix
                    raise missing_model_error(self.settings.models_dir, source_lang, target_lang)
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

    def model_ids(self) -> dict[str, str]:
        """``{"ar->en": "translate-ar_en@1.0"}`` for every backend (as :meth:`EngineRegistry.model_ids`)."""
        return {f"{s}->{t}": b.model_id for (s, t), b in sorted(self._backends.items())}
