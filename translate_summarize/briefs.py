"""Topic briefs: a multi-document extractive summary of a topic, one citation per sentence.

Candidates (:func:`brief_candidates`) are the English sentence units of every member article
(``summarize.article_units``: each segment's English split with our segmentation; headings and
untranslated segments excluded), less the page furniture a per-article summary skips
(``summarize.candidate_indices``: datelines, bylines, credits, "read also" lines, crawl notices).
Fragments (short unpunctuated lines), sentences under :data:`MIN_WORDS` words and sentences ending
in a colon (they introduce a quote or list that does not follow them in a brief) are used only when
nothing else exists. When no article of the topic has a body sentence at all (headline-only feed
items), the articles' English headlines are the candidates (cited with ``segment`` None), so a
brief is never empty while its topic has text.

Score of a candidate (:func:`select_mmr`, parameters :class:`BriefParams`)::

    score = (1 - w) * centrality + w * prior * min(1, relevance / gate)

Centrality is the relevance below (``centrality="centroid"``, shipped) or LexRank over all
candidates of the topic (``"lexrank"``: sumy's LexRank as ``summarize.lexrank_scores`` computes
it, from terms prepared once), scaled to a maximum of 1. Relevance is the cosine of the candidate
to the centroid of all the other candidates (idf-weighted stemmed terms), scaled to a maximum of 1:
how much of the topic it shares (LexRank cannot say: sumy's graph keeps each sentence's self-loop,
so a sentence linked to nothing keeps a middling score). ``prior = 1 / (1 + k)`` for the
candidate's position ``k`` among its article's candidates (news put the event first). The prior
counts fully only for candidates at least ``gate`` relevant: an off-topic lead, or a crawl notice
the furniture filter missed, gets no lead bonus for its position alone.

Selection is MMR (Carbonell & Goldstein 1998): ``mmr_lambda * score - (1 - mmr_lambda) * max
cosine to the sentences already chosen``, on idf-weighted stemmed-term vectors. A candidate is
a duplicate of a chosen sentence, and never chosen, when (a) their cosine reaches
``duplicate_cosine`` (a sentence carried by two outlets), (b) the overlap coefficient of their
stemmed content words (shared / the smaller set) reaches ``duplicate_overlap`` (a paraphrase, or a
short sentence saying part of a longer one), or (c) they state the same figure (a number other
than a year) and their overlap coefficient reaches ``duplicate_number_overlap`` (one statistic
restated another way). The parameters were chosen by cross-validation on the proxy evaluation
(``bench/tune_briefs.py``; figures there and in ``bench/eval_summaries.py``).

Order: the brief lists sentences in selection order, i.e. the most important first (MMR's first pick is
the top-scoring sentence), which is how a reader skims a digest; each carries its citation.

A single-article topic's brief is that article's summary (computed here with the same algorithm when
the article has none, or when its summary is empty).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from .article import Article, BriefSentence
from .settings import Settings

MIN_WORDS = 5


@dataclass(frozen=True, slots=True)
class BriefParams:
    """Scoring and redundancy parameters of :func:`select_mmr` (see the module docstring)."""

    position_weight: float
    gate: float
    centrality: str
    """``lexrank`` (sumy's LexRank) or ``centroid`` (the relevance below) as the score's centrality term."""
    mmr_lambda: float
    duplicate_cosine: float
    duplicate_overlap: float
    duplicate_number_overlap: float


PARAMS = BriefParams(
    position_weight=0.7, gate=0.75, centrality="centroid", mmr_lambda=0.85, duplicate_cosine=0.5, duplicate_overlap=0.8,
    duplicate_number_overlap=0.5,
)
"""The shipped parameters: the best point of ``bench/tune_briefs.py``'s grid on the tuning topics
(NTREX story groups, ECB+ dev events long and short; ROUGE-2 relative to the round-robin lead).
Relevance to the other candidates both gates the lead bonus and is the centrality term."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A brief candidate: the article, the segment it cites (None: the headline), its position among the article's candidates."""

    article_id: str
    segment: int | None
    position: int
    en: str


def build_brief(
    articles: Sequence[Article], settings: Settings, *, stem: Callable[[str], str] | None = None, params: BriefParams = PARAMS
) -> tuple[BriefSentence, ...]:
    """The brief of a topic made of ``articles`` (``settings.brief_sentences`` sentences at most).

    ``stem``: a (memoising) English stemmer to share across topics; default: a fresh one.
    """
    if len(articles) == 1 and articles[0].summary is not None and articles[0].summary.sentences:
        a = articles[0]
        return tuple(BriefSentence(en=s.en, article_id=a.id, segment=s.segment) for s in a.summary.sentences)
    cands = brief_candidates(articles)
    chosen = select_mmr([c.en for c in cands], [c.position for c in cands], settings.brief_sentences, stem=stem, params=params)
    return tuple(BriefSentence(en=cands[i].en, article_id=cands[i].article_id, segment=cands[i].segment) for i in chosen)


def brief_candidates(articles: Sequence[Article]) -> list[Candidate]:
    """The sentences a brief of ``articles`` chooses from (see the module docstring), in article order."""
    from .segment import split_sentences
    from .summarize import article_units, candidate_indices

    cands: list[Candidate] = []
    for a in articles:
        units = article_units(a, split_sentences)
        keep = candidate_indices([u.en for u in units], [u.heading for u in units])
        cands += [Candidate(a.id, units[i].segment, k, units[i].en) for k, i in enumerate(keep)]
    standalone = [c for c in cands if len(c.en.split()) >= MIN_WORDS and not c.en.rstrip().endswith(":")]
    if standalone:
        return _renumbered(standalone)
    if cands:
        return cands
    headlines: list[Candidate] = []
    seen: set[str] = set()
    for a in articles:
        title = a.title_en or (a.title if a.lang == "en" else None)
        if title and title.strip() and " ".join(title.lower().split()) not in seen:
            seen.add(" ".join(title.lower().split()))
            headlines.append(Candidate(a.id, None, 0, title.strip()))
    return headlines


def _renumbered(cands: list[Candidate]) -> list[Candidate]:
    """The same candidates with positions counted among those left of each article (its first is its lead)."""
    seen: dict[str, int] = {}
    out = []
    for c in cands:
        k = seen.get(c.article_id, 0)
        seen[c.article_id] = k + 1
        out.append(Candidate(c.article_id, c.segment, k, c.en))
    return out


@dataclass(frozen=True, slots=True)
class BriefInputs:
    """What :func:`select` needs about a topic's candidates, computed once (parameters vary)."""

    centrality: np.ndarray
    """LexRank over the candidates, scaled to a maximum of 1."""
    relevance: np.ndarray
    """Cosine to the centroid of the other candidates (idf-weighted), scaled to a maximum of 1."""
    prior: np.ndarray
    """1 / (1 + position in the article)."""
    cosine: np.ndarray
    """Cosine of idf-weighted stemmed-term vectors (1.0 for identical text)."""
    overlap: np.ndarray
    """Overlap coefficient of stemmed content-word sets (1.0 for identical text)."""
    same_figure: np.ndarray
    """Whether two candidates state a common number (years excluded)."""


def brief_inputs(
    sentences: Sequence[str], positions: Sequence[int], *, stem: Callable[[str], str] | None = None, lexrank: bool = True
) -> BriefInputs:
    """Centrality, relevance, prior and pairwise similarities of the candidates (``lexrank=False``: centrality zeros)."""
    from .summarizers.lexrank import lexrank_from_terms
    from .summarizers.text import english_stemmer, english_stop_words, prepare

    # the terms summarize.lexrank_scores would compute, prepared once for centrality and similarity
    terms = prepare(sentences, english_stop_words(), stem or english_stemmer()).terms
    centrality = np.asarray(lexrank_from_terms(terms), dtype=np.float64) if lexrank else np.zeros(len(sentences))
    top = centrality.max() if centrality.size else 0.0
    centrality = centrality / top if top > 0 else np.zeros(len(sentences))
    prior = 1.0 / (1.0 + np.asarray(positions, dtype=np.float64))
    relevance = centroid_similarity(terms)
    top = relevance.max() if relevance.size else 0.0
    relevance = relevance / top if top > 0 else np.zeros(len(sentences))
    cosine = sentence_similarity(sentences, terms)
    overlap = content_overlap(terms)
    figures = [figures_in(s) for s in sentences]
    n = len(sentences)
    same_figure = np.zeros((n, n), dtype=bool)
    for i in range(n):
        if figures[i]:
            for j in range(i + 1, n):
                if figures[i] & figures[j]:
                    same_figure[i, j] = same_figure[j, i] = True
    identical = cosine >= 1.0 - 1e-12
    overlap[identical] = 1.0
    return BriefInputs(centrality, relevance, prior, cosine, overlap, same_figure)


def select_mmr(
    sentences: Sequence[str],
    positions: Sequence[int],
    count: int,
    *,
    stem: Callable[[str], str] | None = None,
    params: BriefParams = PARAMS,
) -> list[int]:
    """Indices of up to ``count`` sentences chosen by score + MMR, in selection order."""
    if not sentences or count <= 0:
        return []
    return select(brief_inputs(sentences, positions, stem=stem, lexrank=params.centrality == "lexrank"), count, params)


def select(inputs: BriefInputs, count: int, params: BriefParams = PARAMS) -> list[int]:
    """MMR selection over prepared inputs (see the module docstring)."""
    n = len(inputs.centrality)
    if n == 0 or count <= 0:
        return []
    r = inputs.relevance
    c = inputs.centrality if params.centrality == "lexrank" else r
    gate = np.minimum(1.0, r / params.gate) if params.gate > 0 else np.ones(n)
    score = (1.0 - params.position_weight) * c + params.position_weight * inputs.prior * gate
    duplicate = (
        (inputs.cosine >= params.duplicate_cosine)
        | (inputs.overlap >= params.duplicate_overlap)
        | (inputs.same_figure & (inputs.overlap >= params.duplicate_number_overlap))
    )
    chosen: list[int] = []
    available = np.ones(n, dtype=bool)
    while len(chosen) < count and available.any():
        redundancy = inputs.cosine[:, chosen].max(axis=1) if chosen else np.zeros(n)
        mmr = params.mmr_lambda * score - (1.0 - params.mmr_lambda) * redundancy
        mmr[~available] = -np.inf
        best = int(np.argmax(mmr))  # first index wins ties: deterministic
        chosen.append(best)
        available[best] = False
        available &= ~duplicate[:, best]
    return chosen


def sentence_similarity(sentences: Sequence[str], terms: Sequence[Sequence[str]] | None = None) -> np.ndarray:
    """Cosine similarity of sentences as idf-weighted stemmed-term vectors (1.0 for identical text).

    ``terms``: the sentences' prepared terms (stop words removed, stemmed), if already computed.
    """
    from .summarizers.matrices import cosine_similarities, count_matrix, smoothed_idf

    if terms is None:
        from .summarizers.text import english_stemmer, english_stop_words, prepare

        terms = prepare(sentences, english_stop_words(), english_stemmer()).terms
    counts, _ = count_matrix(terms)
    sim = cosine_similarities(counts.multiply(smoothed_idf(counts)[None, :]))
    same_text: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        same_text.setdefault(" ".join(s.lower().split()), []).append(i)
    for group in same_text.values():
        sim[np.ix_(group, group)] = 1.0
    return sim


def centroid_similarity(terms: Sequence[Sequence[str]]) -> np.ndarray:
    """Cosine of each sentence to the sum of all the other sentences (idf-weighted stemmed terms)."""
    from .summarizers.matrices import count_matrix, smoothed_idf

    n = len(terms)
    counts, _ = count_matrix(terms)
    if n < 2 or counts.shape[1] == 0:
        return np.zeros(n)
    weighted = counts.multiply(smoothed_idf(counts)[None, :]).tocsr()
    total = np.asarray(weighted.sum(axis=0)).ravel()
    own_dot = np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel()
    with_total = weighted @ total
    dots = with_total - own_dot  # each row · (sum of the others)
    other_norms = np.sqrt(np.maximum(0.0, total @ total - 2.0 * with_total + own_dot))  # |total - row|
    denominator = np.sqrt(own_dot) * other_norms
    return np.divide(dots, denominator, out=np.zeros(n), where=denominator > 0)


def content_overlap(terms: Sequence[Sequence[str]]) -> np.ndarray:
    """Overlap coefficient |A ∩ B| / min(|A|, |B|) of the distinct terms of every pair (0 when one is empty)."""
    from .summarizers.matrices import count_matrix

    counts, _ = count_matrix([sorted(set(t)) for t in terms])
    binary = (counts > 0).astype(np.float64)
    shared = (binary @ binary.T).toarray()
    sizes = np.asarray(binary.sum(axis=1)).ravel()
    smaller = np.minimum.outer(sizes, sizes)
    return np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def figures_in(text: str) -> frozenset[str]:
    """Numbers stated in ``text`` (thousands separators dropped), years 1800-2099 and single digits left out."""
    out = set()
    for match in _FIGURE.finditer(text):
        value = match.group(0).replace(",", "")
        if _YEAR.fullmatch(value) or (len(value) == 1 and value.isdigit()):
            continue
        out.add(value)
    return frozenset(out)
