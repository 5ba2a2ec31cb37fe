"""ROUGE-1/2 F1 with Porter stemming (Google's ``rouge-score`` package) for the summary evaluations.

Texts are tokenised by ``rouge-score`` (lower case, non-alphanumerics dropped, Porter stems for
words over three letters: the original ROUGE script's rule). :func:`rouge` scores a summary
against each reference separately and averages the F1 values, so a summary that repeats one fact
is not paid again for every reference that states it. :func:`truncate` cuts every system's output
to the same word budget. :func:`ngrams` and :func:`f1` are the same counts ``rouge-score`` uses,
for callers that score many candidate sets against one reference (the proxy-pick oracle).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Iterable, Sequence


@lru_cache(maxsize=1)
def _scorer() -> object:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)


@lru_cache(maxsize=1)
def _tokenizer() -> object:
    from rouge_score import tokenizers

    return tokenizers.DefaultTokenizer(use_stemmer=True)


def tokens(text: str) -> list[str]:
    """``rouge-score``'s tokens of ``text`` (stemmed)."""
    return _tokenizer().tokenize(text)  # type: ignore[attr-defined]


def ngrams(toks: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(zip(*(toks[i:] for i in range(n))))


def f1(candidate: Counter[tuple[str, ...]], reference: Counter[tuple[str, ...]]) -> float:
    """ROUGE-N F1 from n-gram counts (clipped overlap)."""
    overlap = sum((candidate & reference).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def rouge(summary: str, references: Sequence[str]) -> tuple[float, float]:
    """(ROUGE-1 F1, ROUGE-2 F1) of ``summary``, each the mean over ``references`` scored one by one."""
    if not references:
        raise ValueError("no reference")
    scores = [_scorer().score(ref, summary) for ref in references]  # type: ignore[attr-defined]
    return (
        sum(s["rouge1"].fmeasure for s in scores) / len(scores),
        sum(s["rouge2"].fmeasure for s in scores) / len(scores),
    )


def truncate(sentences: Iterable[str], budget: int) -> str:
    """The sentences joined in order and cut after ``budget`` whitespace-separated words."""
    words: list[str] = []
    for sentence in sentences:
        words.extend(sentence.split())
        if len(words) >= budget:
            break
    return " ".join(words[:budget])
