"""Per-article extractive summaries over the English segments of a translated article.

``select_sentences`` is the algorithm-level API (sentences in, chosen indices out);
``summarize_article`` is the pipeline stage. Every sumy method is available by name: LexRank,
TextRank, LSA, KL-Sum, SumBasic and Reduction run as vectorised re-implementations that select
what sumy selects (``summarizers/``); Luhn and Edmundson (linear, fast enough) run through sumy
itself, fed from our own segmentation through sumy's document model (no NLTK data). ``lead``
takes the first body
sentences; ``default`` (= :data:`DEFAULT_METHOD`) is the linear scorer fitted to editors' picks
(``summarizers/supervised.py``). Every method skips headings and the page furniture that survived
cleaning (:func:`candidate_indices`).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from .article import Article, Sentence, Summary, SummarySentence
from .errors import ConfigError
from .settings import Settings
from .summarizers import DEFAULT_METHOD, METHODS, graph, kl, lexrank, lsa, sumbasic, supervised, sumy_methods
from .summarizers.furniture import furniture_kind, is_fragment
from .summarizers.ranking import best_indices
from .summarizers.text import english_stemmer, english_stop_words, prepare, to_words

__all__ = [
    "DEFAULT_METHOD",
    "METHODS",
    "candidate_indices",
    "lexrank_scores",
    "resolve_method",
    "select_sentences",
    "summarize_article",
    "summary_length",
]

log = logging.getLogger(__name__)

RESOLVED_METHODS: tuple[str, ...] = (DEFAULT_METHOD, *METHODS[1:])
_SUMY_DIRECT = ("luhn", "edmundson")


def resolve_method(method: str) -> str:
    """The algorithm a method name stands for (``default`` → :data:`DEFAULT_METHOD`)."""
    name = method.strip().lower()
    if name == "default":
        return DEFAULT_METHOD
    if name not in RESOLVED_METHODS:
        raise ConfigError(f"unknown summary method {method!r} (summary.method / --method); choose one of: {', '.join(METHODS)}")
    return name


def summary_length(n_body: int, *, count: int = 3, ratio: float | None = None) -> int:
    """Sentences to select: ``ceil(ratio * n_body)`` (at least 1) or ``count``, never more than ``n_body``."""
    if n_body <= 0:
        return 0
    wanted = max(1, math.ceil(ratio * n_body - 1e-9)) if ratio is not None else count
    return max(0, min(wanted, n_body))


def lexrank_scores(
    sentences: Sequence[str],
    *,
    threshold: float = lexrank.THRESHOLD,
    epsilon: float = lexrank.EPSILON,
    damping: float | None = None,
) -> np.ndarray:
    """LexRank centrality of each sentence: sumy's algorithm (idf-modified cosine, threshold, power method), vectorised.

    Words are lower-cased, sumy's English stop words removed and Snowball-stemmed, as our sumy
    adapter does. ``damping`` (the paper's random-jump probability) is off by default, as in sumy.
    """
    prepared = prepare(sentences, english_stop_words(), english_stemmer())
    return lexrank.lexrank_from_terms(prepared.terms, threshold=threshold, epsilon=epsilon, damping=damping)


def select_sentences(
    sentences: Sequence[str],
    *,
    method: str = "default",
    count: int = 3,
    ratio: float | None = None,
    headings: Sequence[bool] | None = None,
    title: str | None = None,
    paragraphs: Sequence[int] | None = None,
) -> list[int]:
    """Choose summary sentences.

    Args:
        sentences: the article's sentences in reading order (headings included, flagged).
        method: one of :data:`METHODS`.
        count: sentences wanted (ignored when ``ratio`` is given).
        ratio: fraction of the body sentences (rounded up, at least 1).
        headings: per sentence, whether it is an in-article heading (never chosen).
        title: the headline (used by ``default`` and ``edmundson``; never chosen).
        paragraphs: per sentence, its paragraph number (Edmundson's location method);
            default: each sentence its own paragraph.

    Returns:
        Indices into ``sentences``, in document order; never more than the candidate sentences
        (:func:`candidate_indices`: no headings, no page furniture, fragments only as a last resort).
    """
    name = resolve_method(method)
    flags = [bool(h) for h in headings] if headings is not None else [False] * len(sentences)
    if len(flags) != len(sentences):
        raise ValueError("headings must have one flag per sentence")
    body = candidate_indices(sentences, flags)
    k = summary_length(len(body), count=count, ratio=ratio)
    if k == 0:
        return []
    if name in _SUMY_DIRECT:
        keep = sorted({i for i, h in enumerate(flags) if h} | set(body))  # sumy reads headings too (Edmundson)
        chosen = sumy_methods.sumy_select(
            name, [sentences[i] for i in keep], k, headings=[flags[i] for i in keep],
            paragraphs=[paragraphs[i] for i in keep] if paragraphs is not None else keep, title=title,
        )
        return [keep[i] for i in chosen]
    if name == "lead":
        return body[:k]
    texts = [sentences[i] for i in body]
    other = [sentences[i] for i, h in enumerate(flags) if h] + ([title] if title else [])
    chosen = _select_body(name, texts, k, title, other)
    return [body[i] for i in chosen]


def candidate_indices(sentences: Sequence[str], headings: Sequence[bool]) -> list[int]:
    """Indices of the sentences a summary may choose from, in order.

    Headings and page furniture that survived cleaning (:func:`summarizers.furniture.furniture_kind`:
    datelines, bylines, photo credits, "read also" lines, crawl notices...) are never candidates;
    fragments (short lines without sentence punctuation: standfirsts, captions, unflagged
    subheadings) are candidates only when nothing else is left.
    """
    body = [i for i, h in enumerate(headings) if not h and furniture_kind(sentences[i]) is None]
    return [i for i in body if not is_fragment(sentences[i])] or body


def _select_body(name: str, texts: list[str], k: int, title: str | None, other: list[str]) -> list[int]:
    """Indices into ``texts`` (body sentences only) chosen by a vectorised method; ``other``: heading and title texts."""
    stop_words = english_stop_words()
    stemmer = english_stemmer()
    if name == "lsa":  # lsa and kl need only the words (prepare would also stem them)
        other_words = [w for t in other for w in to_words(t)]
        return best_indices(lsa.lsa_scores([to_words(t) for t in texts], other_words, stop_words, stemmer), k)
    if name == "kl":
        return kl.kl_select([list(to_words(t)) for t in texts], k, stop_words)
    prepared = prepare(texts, stop_words, stemmer)
    if name == "sumbasic":
        return sumbasic.sumbasic_select(prepared.terms, k)
    if name == "lexrank":
        scores = lexrank.lexrank_from_terms(prepared.terms)
    elif name == "textrank":
        scores = graph.textrank_scores(prepared.terms)
    elif name == "reduction":
        scores = graph.reduction_scores(prepared.terms)
    else:  # DEFAULT_METHOD
        title_terms = prepare([title], stop_words, stemmer).terms[0] if title else ()
        scores = supervised.supervised_scores(texts, prepared.terms, title_terms)
    return best_indices(scores, k)


@dataclass(frozen=True, slots=True)
class Unit:
    """A summarisable English sentence: ``segment`` indexes ``Article.segments``."""

    segment: int
    paragraph: int
    en: str
    heading: bool


Splitter = Callable[[str, str], Sequence[Sentence]]


def article_units(article: Article, split: Splitter) -> list[Unit]:
    """English sentences of the article's segments, in order; segments without English are left out.

    A segment holding several English sentences (a paragraph-level memory hit or passthrough) is
    split with ``split(text, "en")``; each piece remembers its segment.
    """
    units: list[Unit] = []
    for index, seg in enumerate(article.segments):
        if not seg.en or not seg.en.strip():
            continue
        heading = 0 <= seg.paragraph < len(article.paragraphs) and article.paragraphs[seg.paragraph].heading
        for sentence in split(seg.en, "en"):
            text = sentence.text.strip()
            if text:
                units.append(Unit(segment=index, paragraph=seg.paragraph, en=text, heading=heading))
    return units


def summarize_article(article: Article, settings: Settings) -> Article:
    """The summarize stage: set ``article.summary`` (articles that are not ok come back unchanged)."""
    if not article.ok:
        return article
    from .segment import split_sentences

    name = resolve_method(settings.summary_method)
    units = article_units(article, split_sentences)
    chosen = select_sentences(
        [u.en for u in units],
        method=name,
        count=settings.summary_sentences,
        ratio=settings.summary_ratio,
        headings=[u.heading for u in units],
        title=article.title_en or (article.title if article.lang == "en" else None),
        paragraphs=[u.paragraph for u in units],
    )
    summary = Summary(method=settings.summary_method.strip().lower(), algorithm=name,
                      sentences=tuple(SummarySentence(units[i].segment, units[i].en) for i in chosen))
    log.debug("article %s: %d of %d sentences by %s", article.id, len(chosen), len(units), name)
    return article.replace(summary=summary)
