"""The translate stage: articles with paragraphs/sentences in, articles with ``title_en``/``segments`` out.

For a batch of articles:

1. English paragraphs (and every paragraph of an English article) pass through untouched, one
   segment per sentence (origin ``passthrough``).
2. Every other paragraph is looked up in the translation memory as a whole first; a hit becomes one
   segment for the paragraph (``sentence=None``, origin ``memory`` for a human pair, ``model`` for a
   cached translation by the currently installed model). Otherwise each sentence is looked up.
   Titles are looked up the same way and become ``title_en``.
3. What the memory did not cover — for all articles of the batch together — goes to the backend in
   one ``translate_batch`` call per language pair (deduplicated on the memory's normalised key).
   Outputs without flags are stored in the memory under the model's id, so the next run makes no
   model call (and gives the same record); outputs the guard rejected become segments with
   ``en=None`` and the guard's flags. A backend call that raises is retried by halves down to the
   texts that raise (``engine.bisect_errors``): only those are flagged ``error``.
4. What no memory entry and no model could translate — the language has no installed model, its
   package is broken, the decoder raised on the text, the guard rejected the output — stays
   untranslated: a segment with ``en=None``, its flags and ``error``; a title becomes
   ``[untranslated] <source title>`` with ``title_flags``. An article fails at stage ``translate``
   (with the reason and the fix) only when the share of its segments that no model could
   translate (no model, broken package, decoder error; guard rejections are flagged, as always, and
   do not count) exceeds ``translate.max_untranslated_share``; the rest of the batch goes on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from ..article import Article, Paragraph, Segment
from ..errors import ModelError, ModelMissingError, TranslateSummarizeError
from .engine import (
    TRACEBACK_ADVICE, UNTRANSLATED, BackendProvider, TranslationBackend, TranslationResult,
    bisect_errors, describe_error,
)
from .guard import ERROR, NO_MODEL
from .memory import MemoryHit, normalize

if TYPE_CHECKING:
    from ..settings import Settings
    from .memory import TranslationMemory

log = logging.getLogger(__name__)

STAGE = "translate"


@dataclass(slots=True)
class _Paragraph:
    """Plan for one paragraph that needs translation."""

    index: int
    lang: str
    text: str
    sentences: tuple[tuple[int, str], ...]  # (index in Paragraph.sentences, text); empty: one unit


@dataclass(slots=True)
class _Plan:
    """What one article needs: its title, passthrough segments and paragraphs to translate."""

    article: Article
    title_lang: str | None
    passthrough: dict[int, list[Segment]] = field(default_factory=dict)
    paragraphs: list[_Paragraph] = field(default_factory=list)


def _passthrough(index: int, paragraph: Paragraph) -> list[Segment]:
    if not paragraph.sentences:
        return [Segment(paragraph=index, source=paragraph.text, en=paragraph.text, origin="passthrough")]
    return [
        Segment(paragraph=index, sentence=i, source=s.text, en=s.text, origin="passthrough")
        for i, s in enumerate(paragraph.sentences)
    ]


def _plan(article: Article, settings: Settings) -> _Plan:
    target = settings.target_lang
    lang = article.lang
    plan = _Plan(article, title_lang=lang if article.title else None)
    for i, p in enumerate(article.paragraphs):
        if not normalize(p.text):
            continue  # nothing to translate (and nothing a missing model should fail the article for)
        plang = p.lang if p.lang in settings.languages else lang
        if plang == target:
            plan.passthrough[i] = _passthrough(i, p)
        else:
            sentences = tuple((j, s.text) for j, s in enumerate(p.sentences) if normalize(s.text))
            plan.paragraphs.append(_Paragraph(i, plang, p.text, sentences))  # type: ignore[arg-type]
    return plan


class _Resolver:
    """Resolves source texts of one language: memory first, then the model (batched, deduplicated)."""

    def __init__(self, lang: str, settings: Settings, memory: TranslationMemory, provider: BackendProvider) -> None:
        self.lang = lang
        self.target = settings.target_lang
        self.settings = settings
        self.memory = memory
        self.provider = provider
        self.model_id = provider.model_id(lang, self.target)
        self.hits: dict[str, MemoryHit] = {}
        self.results: dict[str, TranslationResult] = {}  # normalised key -> model output
        self.error: TranslateSummarizeError | None = None
        """Why nothing of this language could be translated (no model, broken package or decoder)."""
        self.error_flag = NO_MODEL
        self.used = [0, 0, 0]  # texts of the output that came from: a human pair, the model cache, neither

    def lookup(self, texts: Sequence[str]) -> None:
        model_ids = (self.model_id,) if self.model_id else ()
        self.hits = self.memory.get_many(self.lang, self.target, texts, model_ids=model_ids, count=False)

    def translate(self, keys: Sequence[str]) -> None:
        """Translate the normalised ``keys`` in one backend call; store usable outputs in the memory."""
        if not keys:
            return
        if self.model_id is None:  # the provider says why: none installed, or only a broken package folder
            try:
                self.provider.get(self.lang, self.target)
                self.error = ModelMissingError(self.lang, self.target)
            except TranslateSummarizeError as exc:
                self.error = exc
            return
        try:
            backend = self.provider.get(self.lang, self.target)
        except TranslateSummarizeError as exc:  # the model or its tokenizer cannot be loaded
            if self.settings.fail_fast:
                raise
            log.debug("%s->%s: %s", self.lang, self.target, exc)
            self.error = exc
            return
        try:
            outputs = bisect_errors(
                backend.translate_batch, list(keys),
                lambda _key, exc: TranslationResult("", None, 0, 0, (ERROR,), describe_error(exc)),
                broken=lambda exc: self._broken(backend, describe_error(exc)), fail_fast=self.settings.fail_fast,
            )
        except TranslateSummarizeError as exc:  # a package error met while translating, or a broken decoder
            if self.settings.fail_fast:
                raise
            log.warning("%s->%s: %s", self.lang, self.target, exc)
            self.error, self.error_flag = exc, ERROR
            return
        if outputs and all(ERROR in r.flags for r in outputs):  # not one text: the model, not the texts
            self.error = self._broken(backend, outputs[0].error or "unknown error")
            self.error_flag = ERROR
            log.warning("%s->%s: %s", self.lang, self.target, self.error)
            return
        self.results = dict(zip(keys, outputs))
        # flagged outputs (even usable ones: truncated, partial) are not cached, so that a rerun gives
        # the same record with the same flags
        clean = [(k, r.text, r.score) for k, r in self.results.items() if not r.flags]
        if clean:
            self.memory.put_translations(self.lang, self.target, clean, model_id=backend.model_id)
        self.model_id = backend.model_id
        rejected = sum(1 for r in outputs if not r.usable)
        log.info("%s->%s: %d texts translated by %s (%d rejected)",
                 self.lang, self.target, len(keys), backend.model_id, rejected)

    def _broken(self, backend: TranslationBackend, described: str) -> ModelError:
        """The language's model failed on every text: the backend names its package and the fix when it can."""
        own = getattr(backend, "broken", None)  # CTranslate2Backend.broken
        if callable(own):
            return own(described)
        return ModelError(f"the {self.lang}->{self.target} model {backend.model_id} failed on every text it was given "
                          f"({described.replace('; ', ', ')}); {TRACEBACK_ADVICE}")

    def covered(self, text: str) -> bool:
        return text in self.hits

    def segment(self, paragraph: int, sentence: int | None, text: str) -> Segment | None:
        """The segment for ``text`` from memory or model output; None when neither has it."""
        hit = self.hits.get(text)
        self.used[2 if hit is None else 0 if hit.origin == "memory" else 1] += 1
        if hit is not None:
            return Segment(
                paragraph=paragraph, sentence=sentence, source=text, en=hit.target, origin=hit.origin,
                model=hit.model, score=hit.score, low_confidence=self._low(hit.score, hit.origin),
            )
        result = self.results.get(normalize(text))
        if result is None:
            if self.error is None:
                return None
            return Segment(  # what nothing could translate: the language's error travels with it
                paragraph=paragraph, sentence=sentence, source=text, en=None, origin="none",
                low_confidence=True, flags=(self.error_flag,), error=str(self.error),
            )
        return Segment(
            paragraph=paragraph, sentence=sentence, source=text,
            en=result.text if result.usable else None, origin="model", model=self.model_id,
            score=result.score, low_confidence=self._low(result.score, "model") or not result.usable,
            flags=result.flags, error=result.error,
        )

    def cause(self, segment: Segment) -> str:
        """Why ``segment`` (no memory entry, no model output) was not translated, with the fix."""
        if segment.origin == "none":
            return str(self.error)
        pair = f"{self.lang}->{self.target}"
        return f"the {pair} model failed on them: {segment.error} (rerun with --fail-fast for a traceback)"

    def _low(self, score: float | None, origin: str) -> bool:
        return origin == "model" and score is not None and score < self.settings.low_confidence


def _lookups(plan: _Plan, target: str) -> Iterator[tuple[str, str]]:
    """``(lang, text)`` of every text of the article the memory is asked for: title, paragraphs, sentences."""
    if plan.title_lang is not None and plan.title_lang != target:
        yield plan.title_lang, plan.article.title or ""
    for p in plan.paragraphs:
        yield p.lang, p.text
        for _, text in p.sentences:
            yield p.lang, text


def lookup_texts(article: Article, settings: Settings) -> list[tuple[str, str]]:
    """``(lang, text)`` of every text the translate stage looks up in the memory for ``article``.

    Empty for an article that is not ok or has no language (the stage looks nothing up for those).
    """
    if not article.ok or not article.lang:
        return []
    return list(_lookups(_plan(article, settings), settings.target_lang))


def _pending(plan: _Plan, resolvers: dict[str, _Resolver]) -> list[tuple[str, str]]:
    """``(lang, text)`` of every text of the article the memory did not cover."""
    out: list[tuple[str, str]] = []
    if plan.title_lang is not None and plan.title_lang in resolvers:
        if not resolvers[plan.title_lang].covered(plan.article.title or ""):
            out.append((plan.title_lang, plan.article.title or ""))
    for p in plan.paragraphs:
        r = resolvers[p.lang]
        if r.covered(p.text):
            continue
        for s in [text for _, text in p.sentences] or [p.text]:
            if not r.covered(s):
                out.append((p.lang, s))
    return out


def _unit_count(plan: _Plan, resolvers: dict[str, _Resolver], target: str) -> int:
    """Segments of the article plus its title when that needs translating."""
    n = sum(len(v) for v in plan.passthrough.values())
    n += 1 if plan.title_lang is not None and plan.title_lang != target else 0
    for p in plan.paragraphs:
        n += 1 if resolvers[p.lang].covered(p.text) else max(len(p.sentences), 1)
    return n


def _finish(plan: _Plan, resolvers: dict[str, _Resolver], settings: Settings) -> Article:
    """Assemble ``title_en`` and the segments (reading order) of one article, or fail it when more
    than ``max_untranslated_share`` of its segments could not be translated."""
    target = settings.target_lang
    article = plan.article
    title_en = None
    title_flags: tuple[str, ...] = ()
    if article.title is not None:
        if plan.title_lang == target:
            title_en = article.title
        elif plan.title_lang is not None:
            seg = resolvers[plan.title_lang].segment(-1, None, article.title)
            if seg is not None and seg.en is not None:
                title_en, title_flags = seg.en, seg.flags
            elif seg is not None:
                title_en, title_flags = f"{UNTRANSLATED} {article.title}", (UNTRANSLATED_FLAG, *seg.flags)
    by_paragraph: dict[int, list[Segment]] = dict(plan.passthrough)
    causes: dict[str, int] = {}
    for p in plan.paragraphs:
        r = resolvers[p.lang]
        if r.covered(p.text) or not p.sentences:  # one segment for the whole paragraph
            segs = [r.segment(p.index, None, p.text)]
        else:
            segs = [r.segment(p.index, j, text) for j, text in p.sentences]
        by_paragraph[p.index] = [s for s in segs if s is not None]
        for s in by_paragraph[p.index]:
            if s.en is None and (s.origin == "none" or ERROR in s.flags):  # guard rejections never fail it
                cause = r.cause(s)
                causes[cause] = causes.get(cause, 0) + 1
    segments = tuple(s for i in sorted(by_paragraph) for s in by_paragraph[i])
    untranslated = sum(causes.values())
    if untranslated and untranslated > settings.max_untranslated_share * len(segments):
        return article.fail(STAGE, _untranslated_reason(causes, len(segments), settings))
    return article.replace(title_en=title_en, title_flags=title_flags, segments=segments)


UNTRANSLATED_FLAG = "untranslated"
"""``title_flags`` entry of a title no memory entry or model could translate."""


def _untranslated_reason(causes: dict[str, int], total: int, settings: Settings) -> str:
    """Why an article failed: how many segments could not be translated, why, and what to do."""
    count = sum(causes.values())
    if len(causes) == 1:
        text = f"{count} of {total} segments are not in the translation memory and {next(iter(causes))}"
    else:
        parts = "; ".join(f"{n}: {cause}" for cause, n in causes.items())
        text = f"{count} of {total} segments are not in the translation memory and could not be translated ({parts})"
    if count < total:
        text += f" (more than translate.max_untranslated_share = {settings.max_untranslated_share:g})"
    return text


def translate_articles(
    articles: Sequence[Article],
    settings: Settings,
    memory: TranslationMemory,
    registry: BackendProvider,
    *,
    progress: Callable[[int], None] | None = None,
) -> list[Article]:
    """Translate a batch of articles to ``settings.target_lang``; returns them in input order.

    Articles that are not ``ok`` pass through unchanged. ``registry`` is an
    :class:`~translate_summarize.translate.engine.EngineRegistry` or any object with
    ``model_id(src, tgt)`` and ``get(src, tgt)``. ``progress`` is called with numbers of segments
    done (memory and passthrough first, then per language as its model batch finishes).
    """
    target = settings.target_lang
    plans: list[_Plan | None] = []
    for article in articles:
        if not article.ok:
            plans.append(None)
        elif not article.lang:
            plans.append(None)
        else:
            plans.append(_plan(article, settings))

    # 1. memory lookups, one per source language
    texts: dict[str, dict[str, None]] = {}
    for plan in plans:
        if plan is None:
            continue
        for lang, text in _lookups(plan, target):
            texts.setdefault(lang, {})[text] = None
    resolvers = {lang: _Resolver(lang, settings, memory, registry) for lang in texts}
    for lang, bucket in texts.items():
        resolvers[lang].lookup(list(bucket))

    # 2. what is left goes to the model, one batch per language
    pending = [_pending(plan, resolvers) if plan is not None else [] for plan in plans]
    if progress is not None:
        units = sum(_unit_count(plan, resolvers, target) for plan in plans if plan is not None)
        progress(units - sum(len(items) for items in pending))
    for lang, resolver in resolvers.items():
        texts_of_lang = [t for items in pending for lg, t in items if lg == lang]
        keys = dict.fromkeys(normalize(t) for t in texts_of_lang)
        resolver.translate([k for k in keys if k])
        if progress is not None and texts_of_lang:
            progress(len(texts_of_lang))

    # 3. assemble
    out: list[Article] = []
    for article, plan, items in zip(articles, plans, pending):
        if plan is None:
            out.append(article.fail(STAGE, "article language is unknown; cannot choose a translation model")
                       if article.ok else article)
            continue
        used = {lang: list(r.used) for lang, r in resolvers.items()}
        done = _finish(plan, resolvers, settings)
        if not done.ok:  # no output: its texts count as lookups that found nothing usable
            for lang, r in resolvers.items():
                r.used[:] = used[lang]
            for lang, _ in items:
                resolvers[lang].used[2] += 1
        out.append(done)
    count = getattr(memory, "count_lookups", None)
    if count is not None:
        for lang, resolver in resolvers.items():
            if any(resolver.used):
                count(lang, target, *resolver.used)
    return out
