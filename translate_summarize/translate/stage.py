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
   Usable outputs are stored in the memory under the model's id, so the next run makes no model call;
   outputs the guard rejected become segments with ``en=None`` and the guard's flags.
4. An article of a language with no installed model (or whose model failed to load) that still has
   uncovered text is marked ``failed`` at stage ``translate`` with the exact fix; the rest go on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from ..article import Article, Paragraph, Segment
from ..errors import ModelError, ModelMissingError, TranslateSummarizeError
from .engine import BackendProvider, TranslationResult
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
        self.used = [0, 0, 0]  # texts of the output that came from: a human pair, the model cache, neither

    def lookup(self, texts: Sequence[str]) -> None:
        model_ids = (self.model_id,) if self.model_id else ()
        self.hits = self.memory.get_many(self.lang, self.target, texts, model_ids=model_ids, count=False)

    def translate(self, keys: Sequence[str]) -> None:
        """Translate the normalised ``keys`` in one backend call; store usable outputs in the memory."""
        if not keys:
            return
        if self.model_id is None:
            self.error = ModelMissingError(self.lang, self.target)
            return
        try:
            backend = self.provider.get(self.lang, self.target)
            outputs = backend.translate_batch(list(keys))
        except TranslateSummarizeError as exc:
            if self.settings.fail_fast:
                raise
            self.error = exc
            return
        except Exception as exc:  # a decoder crash fails this language's articles, not the batch
            if self.settings.fail_fast:
                raise
            log.exception("%s->%s: translation failed", self.lang, self.target)
            self.error = ModelError(
                f"the {self.lang}->{self.target} model failed: {type(exc).__name__}: {exc} "
                "(rerun with --fail-fast for a traceback)"
            )
            return
        self.results = dict(zip(keys, outputs))
        usable = [(k, r.text, r.score) for k, r in self.results.items() if r.usable]
        if usable:
            self.memory.put_translations(self.lang, self.target, usable, model_id=backend.model_id)
        self.model_id = backend.model_id
        flagged = len(keys) - len(usable)
        log.info("%s->%s: %d texts translated by %s (%d rejected by the guard)",
                 self.lang, self.target, len(keys), backend.model_id, flagged)

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
            return None
        return Segment(
            paragraph=paragraph, sentence=sentence, source=text,
            en=result.text if result.usable else None, origin="model", model=self.model_id,
            score=result.score, low_confidence=self._low(result.score, "model") or not result.usable,
            flags=result.flags,
        )

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


def _finish(plan: _Plan, resolvers: dict[str, _Resolver], target: str) -> Article:
    """Assemble ``title_en`` and the segments (reading order) of one article."""
    article = plan.article
    title_en = None
    if article.title is not None:
        if plan.title_lang == target:
            title_en = article.title
        elif plan.title_lang is not None:
            seg = resolvers[plan.title_lang].segment(-1, None, article.title)
            title_en = seg.en if seg is not None else None
    by_paragraph: dict[int, list[Segment]] = dict(plan.passthrough)
    for p in plan.paragraphs:
        r = resolvers[p.lang]
        if r.covered(p.text) or not p.sentences:  # one segment for the whole paragraph
            seg = r.segment(p.index, None, p.text)
            by_paragraph[p.index] = [seg] if seg is not None else []
            continue
        segs = [r.segment(p.index, j, text) for j, text in p.sentences]
        by_paragraph[p.index] = [s for s in segs if s is not None]
    segments = tuple(s for i in sorted(by_paragraph) for s in by_paragraph[i])
    return article.replace(title_en=title_en, segments=segments)


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
        errors = {lang: resolvers[lang].error for lang, _ in items if resolvers[lang].error is not None}
        if errors:
            for lang, _ in items:
                resolvers[lang].used[2] += 1
            exc = next(iter(errors.values()))
            missing = sum(1 for lg, _ in items if lg in errors)
            total = _unit_count(plan, resolvers, target)
            out.append(article.fail(
                STAGE, f"{missing} of {total} segments (title included) are not in the translation memory and {exc}"
            ))
            continue
        out.append(_finish(plan, resolvers, target))
    count = getattr(memory, "count_lookups", None)
    if count is not None:
        for lang, resolver in resolvers.items():
            if any(resolver.used):
                count(lang, target, *resolver.used)
    return out
