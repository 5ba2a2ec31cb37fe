"""Sentence features for supervised extractive selection, computable offline from English text alone.

Each body sentence of an article (headings excluded) gets one row of :data:`NAMES` columns, every
value in [0, 1]:

``first``       1 for the first body sentence
``position``    1 / (1 + i)
``relative``    i / (n - 1): where in the article the sentence sits (0 for a one-sentence body)
``length``      min(1, words / LENGTH_FULL)
``short``       1 for sentences under SHORT_WORDS words
``title_cos``   cosine to the headline, idf-weighted stemmed content words (idf over the body)
``title_cover`` share of the headline's distinct content stems the sentence contains
``centrality``  LexRank (sumy's, on the same terms) divided by the article's maximum
``centroid``    cosine to the mean of the other sentences' idf-weighted vectors
``entities``    capitalised words not opening the sentence, per word (names of people, places, bodies)
``numbers``     1 when the sentence holds a figure (a digit or a spelled-out number word)
``quote``       1 when it holds quotation marks
``attribution`` 1 when it holds a reporting verb (said, told, according to, ...)
``first_person`` 1 when it holds I / we / my / our / us / me (mostly inside quotes: colour)
``opener``      1 when it opens with a word that points back (He, She, They, It, This, But, However, ...)
``question``    1 when it ends with a question mark
``long_doc``    min(1, n / LONG_DOC): how long the article is (lets a model weigh position by length)
``first_long``  ``first`` × ``long_doc``

Words and stems come from :mod:`text` (our regex words, sumy's stop words, Snowball stems), so the
features are the same wherever the text came from.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

import numpy as np

from .lexrank import lexrank_from_terms
from .matrices import count_matrix, smoothed_idf
from .text import to_words

NAMES: tuple[str, ...] = (
    "first", "position", "relative", "length", "short", "title_cos", "title_cover", "centrality",
    "centroid", "entities", "numbers", "quote", "attribution", "first_person", "opener", "question",
    "long_doc", "first_long",
)
"""Feature columns, in order."""

LENGTH_FULL = 15
SHORT_WORDS = 8
LONG_DOC = 20

_QUOTE = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb]|``|''|(?:^|\s)'(?=\w)")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|according to|stated|added|adds|announced|confirmed|reported|"
    r"explained|noted|insisted|claimed|warned|argued|wrote|tweeted)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|we|we're|we've|my|our|ours|us|me)\b")
_OPENER = frozenset(
    "he she they it its his her their them this that these those such but and however also yet "
    "meanwhile still instead there then so".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
    "hundreds thousand thousands million millions billion billions trillion percent dozen dozens half".split()
)
_DIGIT = re.compile(r"\d")


def sentence_features(
    texts: Sequence[str],
    terms: Sequence[Sequence[str]],
    title_terms: Sequence[str],
    *,
    centrality: np.ndarray | None = None,
) -> np.ndarray:
    """The feature matrix (``len(texts)`` × ``len(NAMES)``) of an article's body sentences.

    Args:
        texts: the body sentences in reading order.
        terms: their prepared terms (``text.prepare``: lower-cased, stop words removed, stemmed).
        title_terms: the headline's prepared terms (empty when there is no headline).
        centrality: LexRank scores if already computed (else computed here).
    """
    n = len(texts)
    if n == 0:
        return np.zeros((0, len(NAMES)))
    if len(terms) != n:
        raise ValueError("terms must have one row per sentence")
    index = np.arange(n, dtype=float)
    words = [to_words(t) for t in texts]
    counts = np.array([len(w) for w in words], dtype=float)
    central = lexrank_from_terms(terms) if centrality is None else np.asarray(centrality, dtype=float)
    top = central.max() if central.size else 0.0
    title_cos, title_cover, centroid = _similarities(terms, title_terms)
    long_doc = min(1.0, n / LONG_DOC)
    first = (index == 0).astype(float)
    columns = {
        "first": first,
        "position": 1.0 / (1.0 + index),
        "relative": index / (n - 1) if n > 1 else np.zeros(n),
        "length": np.minimum(1.0, counts / LENGTH_FULL),
        "short": (counts < SHORT_WORDS).astype(float),
        "title_cos": title_cos,
        "title_cover": title_cover,
        "centrality": central / top if top > 0 else np.zeros(n),
        "centroid": centroid,
        "entities": np.array([_entity_density(w) for w in words]),
        "numbers": np.array([_has_number(t, w) for t, w in zip(texts, words)], dtype=float),
        "quote": np.array([bool(_QUOTE.search(t)) for t in texts], dtype=float),
        "attribution": np.array([bool(_ATTRIBUTION.search(t)) for t in texts], dtype=float),
        "first_person": np.array([bool(_FIRST_PERSON.search(t)) for t in texts], dtype=float),
        "opener": np.array([bool(w) and w[0].lower() in _OPENER for w in words], dtype=float),
        "question": np.array([t.rstrip().rstrip("\"'\u201d\u2019) ").endswith("?") for t in texts], dtype=float),
        "long_doc": np.full(n, long_doc),
        "first_long": first * long_doc,
    }
    return np.column_stack([columns[name] for name in NAMES])


def _similarities(terms: Sequence[Sequence[str]], title_terms: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(cosine to the headline, headline coverage, cosine to the centroid of the other sentences)."""
    n = len(terms)
    counts, _ = count_matrix([*terms, title_terms])
    idf = smoothed_idf(counts, n)
    weighted = counts.multiply(idf[None, :]).tocsr().toarray()
    body, title = weighted[:n], weighted[n]
    norms = np.linalg.norm(body, axis=1)
    title_norm = float(np.linalg.norm(title))
    safe = np.where(norms > 0, norms, 1.0)
    title_cos = (body @ title) / (safe * title_norm) if title_norm > 0 else np.zeros(n)
    title_cos[norms == 0] = 0.0
    wanted = set(title_terms)
    cover = np.array([len(wanted & set(t)) / len(wanted) for t in terms]) if wanted else np.zeros(n)
    total = body.sum(axis=0)
    others = total[None, :] - body  # each row: the sum of the other sentences
    other_norms = np.linalg.norm(others, axis=1)
    denominator = safe * np.where(other_norms > 0, other_norms, 1.0)
    centroid = np.einsum("ij,ij->i", body, others) / denominator
    centroid[(norms == 0) | (other_norms == 0)] = 0.0
    return np.clip(title_cos, 0.0, 1.0), cover, np.clip(centroid, 0.0, 1.0)


def _entity_density(words: Sequence[str]) -> float:
    """Capitalised words after the first, per word (0 for an empty sentence)."""
    if len(words) < 2:
        return 0.0
    caps = sum(1 for w in words[1:] if w[:1].isupper())
    return caps / len(words)


def _has_number(text: str, words: Sequence[str]) -> bool:
    return bool(_DIGIT.search(text)) or any(w.lower() in _NUMBER_WORDS for w in words)


def feature_rows(
    texts: Sequence[str], title: str | None, stop_words: frozenset[str], stemmer: Callable[[str], str]
) -> np.ndarray:
    """Features of ``texts`` with terms prepared here (a convenience for scripts and tests)."""
    from .text import prepare

    terms = prepare(texts, stop_words, stemmer).terms
    title_terms = prepare([title], stop_words, stemmer).terms[0] if title else ()
    return sentence_features(texts, terms, title_terms)
