"""Topic briefs: a multi-document extractive summary of a topic, one citation per sentence.

Candidates are the English sentence units of every member article (``summarize.article_units``:
each segment's English split with our segmentation; headings and untranslated segments excluded;
sentences under :data:`MIN_WORDS` words, and sentences ending in a colon — they introduce a quote
or list that does not follow them in a brief — are used only when nothing else exists).

Score of a candidate = ``(1 - POSITION_WEIGHT) * centrality + POSITION_WEIGHT * prior``. Centrality
is LexRank over all candidates of the topic (sumy's LexRank exactly as ``summarize.lexrank_scores``
computes it, from terms prepared once), scaled to a maximum of 1; ``prior = 1 / (1 + k)`` for the
candidate's position ``k`` among its article's candidates (news put the event first). The weight was
chosen on NTREX dev used as single documents, where the selector scores F1 0.497 against the editor
picks with this prior and weight 0.5 (0.474 with weight 0.4, 0.485 with ``1/sqrt(1 + k)``, 0.292
with no prior; ``bench/eval_summaries.py`` pins it). Selection is MMR (Carbonell & Goldstein 1998):
``MMR_LAMBDA * score - (1 - MMR_LAMBDA) * max cosine to the sentences already chosen``, on
idf-weighted stemmed-term vectors; a candidate whose cosine to a chosen sentence reaches
:data:`DUPLICATE_COSINE` is never chosen (a sentence carried by two outlets appears once).

Order: the brief lists sentences in selection order, i.e. the most important first (MMR's first pick is
the top-scoring sentence), which is how a reader skims a digest; each carries its citation.

A single-article topic's brief is that article's summary (computed here with the same algorithm when
the article has none).
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from .article import Article, BriefSentence
from .settings import Settings

POSITION_WEIGHT = 0.5
MMR_LAMBDA = 0.7
DUPLICATE_COSINE = 0.6
MIN_WORDS = 5


def build_brief(
    articles: Sequence[Article], settings: Settings, *, stem: Callable[[str], str] | None = None
) -> tuple[BriefSentence, ...]:
    """The brief of a topic made of ``articles`` (``settings.brief_sentences`` sentences at most).

    ``stem``: a (memoising) English stemmer to share across topics; default: a fresh one.
    """
    if len(articles) == 1 and articles[0].summary is not None:
        a = articles[0]
        return tuple(BriefSentence(en=s.en, article_id=a.id, segment=s.segment) for s in a.summary.sentences)
    from .segment import split_sentences
    from .summarize import article_units

    cands: list[tuple[str, int, int, str]] = []  # (article id, segment, position in article, text)
    for a in articles:
        units = [u for u in article_units(a, split_sentences) if not u.heading]
        for k, u in enumerate(units):
            cands.append((a.id, u.segment, k, u.en))
    standalone = [c for c in cands if len(c[3].split()) >= MIN_WORDS and not c[3].rstrip().endswith(":")]
    if standalone:
        cands = standalone
    chosen = select_mmr([c[3] for c in cands], [c[2] for c in cands], settings.brief_sentences, stem=stem)
    return tuple(BriefSentence(en=cands[i][3], article_id=cands[i][0], segment=cands[i][1]) for i in chosen)


def select_mmr(
    sentences: Sequence[str], positions: Sequence[int], count: int, *, stem: Callable[[str], str] | None = None
) -> list[int]:
    """Indices of up to ``count`` sentences chosen by score + MMR, in selection order."""
    if not sentences or count <= 0:
        return []
    from .summarizers.lexrank import lexrank_from_terms
    from .summarizers.text import english_stemmer, english_stop_words, prepare

    # the terms summarize.lexrank_scores would compute, prepared once for centrality and similarity
    terms = prepare(sentences, english_stop_words(), stem or english_stemmer()).terms
    centrality = np.asarray(lexrank_from_terms(terms), dtype=np.float64)
    top = centrality.max() if centrality.size else 0.0
    centrality = centrality / top if top > 0 else np.zeros(len(sentences))
    prior = 1.0 / (1.0 + np.asarray(positions, dtype=np.float64))
    score = (1.0 - POSITION_WEIGHT) * centrality + POSITION_WEIGHT * prior
    sim = sentence_similarity(sentences, terms)
    chosen: list[int] = []
    available = np.ones(len(sentences), dtype=bool)
    while len(chosen) < count and available.any():
        redundancy = sim[:, chosen].max(axis=1) if chosen else np.zeros(len(sentences))
        mmr = MMR_LAMBDA * score - (1.0 - MMR_LAMBDA) * redundancy
        mmr[~available] = -np.inf
        best = int(np.argmax(mmr))  # first index wins ties: deterministic
        chosen.append(best)
        available[best] = False
        available &= sim[:, best] < DUPLICATE_COSINE
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
