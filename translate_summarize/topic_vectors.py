"""TF-IDF vectors of articles for topic clustering and story tracking.

Terms come from scikit-learn's English analyzer (lower-cased words of two or more characters,
scikit-learn's English stop words removed), Snowball-stemmed so that ``flood``/``floods``/``flooded``
(which translations vary freely) count as one term; keywords are shown as each stem's most frequent
word. Term frequency is sublinear (``1 + log tf``). Inverse document frequency has two parts: how
rare a term is in general English, from a bundled background table, and how rare it is among
*tonight's* articles:

    idf(t) = ln((1 + N_bg) / (1 + df_bg(t))) + TONIGHT_IDF_WEIGHT * ln((1 + N) / (1 + df(t))) + 1

The background (``data/background_df.json``, rebuilt by ``bench/build_background_idf.py``) is the
English side of FLORES-200 devtest (281 Wikinews/Wikivoyage/Wikibooks articles; CC BY-SA 4.0,
https://github.com/facebookresearch/flores) plus 100,000 pseudo-documents of 100 words derived from
the ``wordfreq`` package's ``large`` English word frequencies (Wikipedia, subtitles, news, books, web
text, Twitter, Reddit; data CC BY-SA 4.0, https://github.com/rspeer/wordfreq): a term of summed word
frequency ``f`` is in ``100,000 * (1 - exp(-100 f))`` of them. The table keeps the terms with a
background df of at least ``bench/build_background_idf.MIN_DF``; a rarer term counts as unseen.

Without a background a small batch (the five seeds are all about Putin and Aliyev) gives the
story's own names a low idf and every article's incidental words a high one, so distances depend on
the batch size. The general-English part also tells a rare word from an everyday one that 281 short
articles happen to miss, which joins headline-only stories far more often (UCI headlines 0.679 ->
0.773 held out, docs/benchmarks.md "Topics: the clustering dev suite"). Before 2026-12-01 the table
was the FLORES part alone, pooled with tonight's counts (``ln((1 + N_bg + N) / (1 + df_bg + df)) + 1``).

An article's vector is ``title_weight * unit(title) + unit(body)``, L2-normalised; an article without
an English title is its body alone.
"""

from __future__ import annotations

import json
import math
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np

BACKGROUND_FILE = "data/background_df.json"
TITLE_WEIGHT = 1.5
TONIGHT_IDF_WEIGHT = 1.0
"""Weight of tonight's part of the idf beside the general-English part (chosen by cross-validation
over 1, 1.5 and 2 with the clustering settings, ``bench/topics_background.py``; not a setting: the
other points gained nothing held out)."""
IDF_VERSION = "general-english-1"
"""Bump when the idf formula changes; with the background table's bytes it is part of
:func:`idf_fingerprint`, which the render fingerprint includes so that a rerun redoes the topics."""
ANALYSIS_VERSION = "terms-1"
"""Bump when :func:`article_terms` changes what it produces: analyses cached by an older version
(``topics.text_key``) are then ignored."""


@lru_cache(maxsize=1)
def _base_analyzer() -> Any:
    """scikit-learn's English analyzer (built once per process: building it checks every stop word)."""
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(stop_words="english").build_analyzer()


def make_analyzer(stem: Callable[[str], str] | None = None) -> Callable[[str], list[str]]:
    """The analyzer shared by the vectors and the background table: words → Snowball stems."""
    from .summarizers.text import english_stemmer

    base = _base_analyzer()
    stemmer = stem or english_stemmer()

    def analyze(text: str) -> list[str]:
        return [stemmer(word) for word in base(text)]

    return analyze


def surface_forms(texts: Iterable[str], stem: Callable[[str], str] | None = None) -> dict[str, str]:
    """Stem → its most frequent word in ``texts`` (ties: shorter, then alphabetical), for readable keywords."""
    from collections import Counter

    from .summarizers.text import english_stemmer

    base = _base_analyzer()
    stemmer = stem or english_stemmer()
    counts: Counter[tuple[str, str]] = Counter()
    for text in texts:
        counts.update((stemmer(w), w) for w in base(text))
    best: dict[str, tuple[int, int, str]] = {}
    for (term, word), n in counts.items():
        key = (-n, len(word), word)
        if term not in best or key < best[term]:
            best[term] = key
    return {term: key[2] for term, key in best.items()}


@dataclass(frozen=True, slots=True)
class Background:
    """Document frequencies of a fixed background corpus."""

    n_docs: int
    df: Mapping[str, int]


@lru_cache(maxsize=1)
def load_background() -> Background:
    """The bundled background table (read once per process; immutable)."""
    text = resources.files("translate_summarize").joinpath(BACKGROUND_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    return Background(n_docs=int(data["n_docs"]), df=dict(data["df"]))


@lru_cache(maxsize=1)
def idf_fingerprint() -> str:
    """Digest of what the idf is made of besides the articles: the formula's version and the bundled table."""
    import hashlib

    h = hashlib.sha256(f"{IDF_VERSION}\n{TONIGHT_IDF_WEIGHT!r}\n".encode())
    h.update(resources.files("translate_summarize").joinpath(BACKGROUND_FILE).read_bytes())
    return h.hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class IdfModel:
    """idf from the background and tonight's documents (module docstring); unseen terms have df = 0."""

    background: Background
    n_docs: int
    df: Mapping[str, int]

    def idf(self, term: str) -> float:
        general = math.log((1 + self.background.n_docs) / (1 + self.background.df.get(term, 0)))
        tonight = math.log((1 + self.n_docs) / (1 + self.df.get(term, 0)))
        return general + TONIGHT_IDF_WEIGHT * tonight + 1.0

    def weights(self, terms: Sequence[str]) -> np.ndarray:
        return np.array([self.idf(t) for t in terms], dtype=np.float64)


@dataclass(frozen=True, slots=True)
class ArticleVectors:
    """Per-article TF-IDF rows over ``terms``.

    ``matrix``: the text vector (``title_weight * unit(title) + unit(body)``, L2-normalised, CSR),
    used for keywords and centrality. ``cluster``: the vector articles are clustered with (see
    :func:`vectorize_terms`). ``tf`` holds the unit-length sublinear term frequencies (no idf) of the
    whole text: story profiles are built from them so that a later night can weight them with its
    own idf. ``n_terms``: distinct terms of each article's text.
    """

    terms: tuple[str, ...]
    matrix: Any
    tf: Any
    idf: IdfModel
    cluster: Any = None
    n_terms: Any = None


@dataclass(frozen=True, slots=True)
class ArticleTerms:
    """One article's analysed text (term -> count): title, body, and names (see :func:`name_words`)."""

    title: Mapping[str, int]
    body: Mapping[str, int]
    names: Mapping[str, int]

    def to_record(self) -> dict[str, dict[str, int]]:
        return {"title": dict(self.title), "body": dict(self.body), "names": dict(self.names)}

    @classmethod
    def from_record(cls, d: Mapping[str, Mapping[str, int]]) -> ArticleTerms:
        return cls(dict(d["title"]), dict(d["body"]), dict(d["names"]))


@dataclass(frozen=True, slots=True)
class FeatureWeights:
    """How the clustering vector is made from the sub-vectors (``Settings`` carries the values)."""

    title_weight: float = TITLE_WEIGHT
    name_weight: float = 0.0
    short_terms: int = 0
    short_power: float = 1.0
    short_floor: float = 1.0


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def name_words(lines: Iterable[str]) -> list[str]:
    """Capitalised words that look like names: not sentence-initial, or sentence-initial and also
    capitalised elsewhere in the text (``Aliyev``, ``Baku``; not ``The`` or ``After``). Lower-cased."""
    initial: list[str] = []
    inner: list[str] = []
    for line in lines:
        for sentence in _SENTENCE_END.split(line):
            for k, word in enumerate(_WORD.findall(sentence)):
                if len(word) > 1 and word[0].isupper():
                    (inner if k else initial).append(word.lower())
    seen = set(inner)
    return inner + [w for w in initial if w in seen]


def article_terms(title: str | None, body: Sequence[str], stem: Callable[[str], str] | None = None) -> ArticleTerms:
    """Analyse one article: stemmed title and body terms, and stemmed name words (stop words dropped)."""
    from collections import Counter

    from .summarizers.text import english_stemmer

    stemmer = stem or english_stemmer()
    base = _base_analyzer()
    stop = _stop_words()
    def stems(words: Iterable[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for word, count in Counter(words).items():  # stem each distinct word once
            term = stemmer(word)
            out[term] = out.get(term, 0) + count
        return out

    names = stems(w for w in name_words([title or "", *body]) if w not in stop)
    return ArticleTerms(stems(base(title or "")), stems(base("\n".join(body))), names)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def short_scale(n_terms: np.ndarray, weights: FeatureWeights) -> np.ndarray:
    """``h = min(1, n_terms / short_terms) ** short_power`` per article (1 when ``short_terms`` is 0)."""
    if weights.short_terms <= 0:
        return np.ones(len(n_terms))
    n = np.maximum(np.asarray(n_terms, dtype=np.float64), weights.short_floor)
    return np.minimum(1.0, n / weights.short_terms) ** weights.short_power


def vectorize(
    titles: Sequence[str | None],
    bodies: Sequence[str],
    *,
    title_weight: float = TITLE_WEIGHT,
    background: Background | None = None,
    stem: Callable[[str], str] | None = None,
    weights: FeatureWeights | None = None,
) -> ArticleVectors:
    """TF-IDF vectors for articles given as English title (or ``None``) and body text (lines)."""
    from .summarizers.text import english_stemmer

    stemmer = stem or english_stemmer()
    analysed = [article_terms(t, b.split("\n") if b else [], stemmer) for t, b in zip(titles, bodies, strict=True)]
    return vectorize_terms(analysed, weights or FeatureWeights(title_weight=title_weight), background=background)


def vectorize_terms(
    analysed: Iterable[ArticleTerms], weights: FeatureWeights, *, background: Background | None = None
) -> ArticleVectors:
    """Vectors of analysed articles; idf over them plus the background.

    ``cluster`` row = ``[text, sqrt(name_weight) * unit(names)]`` L2-normalised, then divided by
    ``sqrt(h)`` with ``h = min(1, n_terms / short_terms) ** short_power`` (``short_terms`` 0: h = 1).
    The dot product of two rows is then their combined cosine divided by ``sqrt(h_i h_j)``: short
    texts (headlines, feed items) share few words even when they report the same story, and
    this puts their similarity on the scale of full articles'.
    """
    from scipy import sparse
    from sklearn.preprocessing import normalize

    bg = background if background is not None else load_background()
    fields = ("title", "body", "names")
    vocab: dict[str, int] = {}
    coo = {f: (array("i"), array("i"), array("i")) for f in fields}  # 32-bit: 12 bytes an entry
    n = 0
    for i, a in enumerate(analysed):  # one pass: ``analysed`` may be a generator (bounded memory)
        n = i + 1
        for field in fields:
            rows, cols, vals = coo[field]
            for term, count in getattr(a, field).items():
                j = vocab.get(term)
                if j is None:
                    j = vocab[term] = len(vocab)
                rows.append(i)
                cols.append(j)
                vals.append(count)
    parts = [tuple(np.frombuffer(x, dtype=np.int32) for x in coo.pop(f)) for f in fields]
    if not vocab:
        empty = sparse.csr_matrix((n, 0))
        return ArticleVectors((), empty, empty, IdfModel(bg, n, {}), empty, np.zeros(n))
    terms_unsorted = list(vocab)
    order = sorted(range(len(terms_unsorted)), key=terms_unsorted.__getitem__)
    new_index = np.empty(len(order), dtype=np.int32)
    new_index[order] = np.arange(len(order), dtype=np.int32)
    terms = tuple(terms_unsorted[j] for j in order)
    V = len(terms)
    title_c, body_c, names_c = (
        sparse.csr_matrix((v, (r, new_index[c])), shape=(n, V)) for r, c, v in parts
    )
    del parts
    full_c = (title_c + body_c).tocsr()
    df_counts = np.diff(full_c.tocsc().indptr)
    model = IdfModel(bg, n, {t: int(c) for t, c in zip(terms, df_counts) if c})
    idf = model.weights(terms)

    def sublinear(m: Any) -> Any:
        m = m.tocsr().astype(np.float64)
        m.data = 1.0 + np.log(m.data)
        return m

    title_rows = normalize(sublinear(title_c).multiply(idf[None, :]).tocsr())
    body_rows = normalize(sublinear(body_c).multiply(idf[None, :]).tocsr())
    del title_c, body_c
    matrix = normalize((weights.title_weight * title_rows + body_rows).tocsr())
    del title_rows, body_rows
    tf = normalize(sublinear(full_c))
    n_terms = np.diff(full_c.indptr).astype(np.float64)
    del full_c
    cluster = matrix
    if weights.name_weight > 0:
        names_rows = normalize(sublinear(names_c).multiply(idf[None, :]).tocsr())
        cluster = normalize(sparse.hstack([matrix, math.sqrt(weights.name_weight) * names_rows]).tocsr())
    if weights.short_terms > 0:
        cluster = sparse.diags(1.0 / np.sqrt(short_scale(n_terms, weights))) @ cluster
    return ArticleVectors(terms, matrix.tocsr(), tf.tocsr(), model, sparse.csr_matrix(cluster), n_terms)


def profile(vectors: ArticleVectors, rows: Sequence[int], *, limit: int = 200) -> dict[str, float]:
    """Mean unit tf vector of ``rows`` as ``term -> weight``, keeping the ``limit`` terms with most tf·idf."""
    mean = np.asarray(vectors.tf[list(rows)].mean(axis=0)).ravel()
    nonzero = np.flatnonzero(mean)
    if nonzero.size == 0:
        return {}
    idf = vectors.idf.weights([vectors.terms[j] for j in nonzero])
    order = np.lexsort((np.array([vectors.terms[j] for j in nonzero]), -(mean[nonzero] * idf)))[:limit]
    return {vectors.terms[nonzero[k]]: round(float(mean[nonzero[k]]), 6) for k in order}


def profile_distance(a: Mapping[str, float], b: Mapping[str, float], idf: IdfModel) -> float:
    """Cosine distance between two tf profiles weighted by ``idf`` (1.0 when either is empty)."""
    return profile_distances([a], [b], idf)[0][0]


def profile_distances(
    rows: Sequence[Mapping[str, float]], columns: Sequence[Mapping[str, float]], idf: IdfModel
) -> list[list[float]]:
    """``profile_distance`` of every row profile to every column profile.

    Each profile's norm and each term's idf are computed once, not once per pair.
    """
    weights: dict[str, float] = {}

    def weight(term: str) -> float:
        value = weights.get(term)
        if value is None:
            value = weights[term] = idf.idf(term)
        return value

    def norm(p: Mapping[str, float]) -> float:
        return math.sqrt(sum((w * weight(t)) ** 2 for t, w in p.items()))

    column_norms = [norm(b) for b in columns]
    out: list[list[float]] = []
    for a in rows:
        na = norm(a)
        row: list[float] = []
        for b, nb in zip(columns, column_norms):
            if not a or not b or na == 0 or nb == 0:
                row.append(1.0)
                continue
            dot = sum(w * b[t] * weight(t) ** 2 for t, w in a.items() if t in b)
            row.append(max(0.0, 1.0 - dot / (na * nb)))
        out.append(row)
    return out
