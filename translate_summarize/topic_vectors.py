"""TF-IDF vectors of articles for topic clustering and story tracking.

Terms come from scikit-learn's English analyzer (lower-cased words of two or more characters,
scikit-learn's English stop words removed), Snowball-stemmed so that ``flood``/``floods``/``flooded``
(which translations vary freely) count as one term; keywords are shown as each stem's most frequent
word. Term frequency is sublinear (``1 + log tf``). Inverse
document frequency is estimated over *tonight's articles plus a bundled background corpus*
(``data/background_df.json``: document frequencies of 281 general English articles, the FLORES-200
devtest English side, CC BY-SA 4.0; rebuilt by ``bench/build_background_idf.py``):

    idf(t) = ln((1 + N_bg + N) / (1 + df_bg(t) + df(t))) + 1

Without the background a small batch (the five seeds are all about Putin and Aliyev) gives the
story's own names a low idf and every article's incidental words a high one, so distances depend on
the batch size; with it the same pair of articles gets about the same distance alone or among 60
others (seeds 000/003 unstemmed: 0.71 alone, 0.70 mixed with NTREX; 0.83 vs 0.73 without the
background).

An article's vector is ``title_weight * unit(title) + unit(body)``, L2-normalised; an article without
an English title is its body alone.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np

BACKGROUND_FILE = "data/background_df.json"
TITLE_WEIGHT = 1.5


def _base_analyzer() -> Any:
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


@dataclass(frozen=True, slots=True)
class IdfModel:
    """idf over tonight's documents plus the background; terms unseen tonight use df = 0 tonight."""

    background: Background
    n_docs: int
    df: Mapping[str, int]

    def idf(self, term: str) -> float:
        total = 1 + self.background.n_docs + self.n_docs
        return math.log(total / (1 + self.background.df.get(term, 0) + self.df.get(term, 0))) + 1.0

    def weights(self, terms: Sequence[str]) -> np.ndarray:
        return np.array([self.idf(t) for t in terms], dtype=np.float64)


@dataclass(frozen=True, slots=True)
class ArticleVectors:
    """Per-article TF-IDF rows (``matrix``, L2-normalised, CSR) over ``terms``.

    ``tf`` holds the unit-length sublinear term frequencies (no idf) of the whole text: story
    profiles are built from them so that a later night can weight them with its own idf.
    """

    terms: tuple[str, ...]
    matrix: Any
    tf: Any
    idf: IdfModel


def vectorize(
    titles: Sequence[str | None],
    bodies: Sequence[str],
    *,
    title_weight: float = TITLE_WEIGHT,
    background: Background | None = None,
    stem: Callable[[str], str] | None = None,
) -> ArticleVectors:
    """TF-IDF vectors for articles given as English title (or ``None``) and body text."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    bg = background if background is not None else load_background()
    full = [f"{t or ''}\n{b}" for t, b in zip(titles, bodies, strict=True)]
    vectorizer = TfidfVectorizer(analyzer=make_analyzer(stem), use_idf=False, norm=None, sublinear_tf=True, dtype=np.float64)
    try:
        tf_full = vectorizer.fit_transform(full)
    except ValueError:  # no terms at all (empty or stop-words-only texts)
        from scipy import sparse

        empty = sparse.csr_matrix((len(full), 0))
        return ArticleVectors((), empty, empty, IdfModel(bg, len(full), {}))
    terms = tuple(vectorizer.get_feature_names_out())
    df_counts = np.asarray((tf_full > 0).sum(axis=0)).ravel()
    model = IdfModel(bg, len(full), {t: int(c) for t, c in zip(terms, df_counts)})
    idf = model.weights(terms)
    title_rows = normalize(vectorizer.transform([t or "" for t in titles]).multiply(idf[None, :]).tocsr())
    body_rows = normalize(vectorizer.transform(list(bodies)).multiply(idf[None, :]).tocsr())
    matrix = normalize((title_weight * title_rows + body_rows).tocsr())
    return ArticleVectors(terms, matrix.tocsr(), normalize(tf_full).tocsr(), model)


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
