"""Syndicated copies: the same wire text published by several outlets, or re-posted.

Two articles are copies when the Jaccard similarity of their sets of word 5-shingles reaches
``settings.topic_copy_jaccard`` (0.8 by default: a copy may differ by a credit line, a dateline or a
trimmed last paragraph). Shingles are taken from the article's source text (its paragraphs, in the
original language: two outlets carrying the same Arabic wire text are copies whatever the
translation did), falling back to the English text; words are lower-cased, punctuation dropped.
A text shorter than five words is one shingle (so two headlines are copies only when identical).

Only pairs that are already close in the clustering (``clustering.Graph`` edges of one topic, with a
text-vector cosine of at least :data:`MIN_VECTOR_SIM`, and word counts within the Jaccard bar of
each other) are compared, so the work is linear in the
number of articles; copies are grouped transitively. Each group is shown once, by its
*representative*: the earliest published, then the longest, then the smallest id.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

from .article import Article

SHINGLE_WORDS = 5
MIN_VECTOR_SIM = 0.9
"""Text-vector cosine below which two articles are not even compared (copies score about 1)."""
_WORDS = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS, codes: dict[str, int] | None = None) -> frozenset[int]:
    """Hashes of the ``size``-word shingles of ``text`` (lower-cased words; the whole text if shorter).

    Each word is hashed with CRC-32 (stable across processes, unlike Python's ``hash``; ``codes``
    memoises them across texts) and a shingle is the polynomial combination of its words' hashes
    (64-bit, wrapping), computed with numpy.
    """
    import numpy as np

    words = _WORDS.findall(text.lower())
    if not words:
        return frozenset()
    memo = codes if codes is not None else {}
    values = []
    for w in words:
        c = memo.get(w)
        if c is None:
            c = memo[w] = zlib.crc32(w.encode("utf-8"))
        values.append(c)
    hashed = np.array(values, dtype=np.uint64)
    width = min(size, len(words))
    combined = np.zeros(len(words) - width + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(width):
            combined = combined * np.uint64(1_000_003) + hashed[k : k + combined.size]
    return frozenset(combined.tolist())


def copy_text(article: Article) -> str:
    """The text compared for copies: source paragraphs (original language), else the English text."""
    body = "\n".join(p.text for p in article.paragraphs if not p.heading)
    if body.strip():
        return body
    return article.english_text() or (article.title or "")


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def copy_groups(
    articles: Sequence[Article], pairs: Sequence[tuple[int, int]], *, min_jaccard: float
) -> list[list[int]]:
    """Groups (of two or more indices into ``articles``) of copies among the candidate ``pairs``.

    Each group starts with its representative (earliest published, then longest text, then id);
    the rest follow in id order. Groups are sorted by their representative's id.
    """
    cache: dict[int, frozenset[int]] = {}
    codes: dict[str, int] = {}

    def sh(i: int) -> frozenset[int]:
        found = cache.get(i)
        if found is None:
            found = cache[i] = shingles(copy_text(articles[i]), codes=codes)
        return found

    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    words: dict[int, int] = {}

    def length(i: int) -> int:
        found = words.get(i)
        if found is None:
            found = words[i] = sum(1 for _ in _WORDS.finditer(copy_text(articles[i])))
        return found

    for i, j in pairs:
        if i == j:
            continue
        short, long_ = sorted((length(i), length(j)))
        if short < min_jaccard * long_:  # Jaccard <= |smaller| / |larger|: cannot reach the bar
            continue
        if jaccard(sh(i), sh(j)) >= min_jaccard:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        rep = min(members, key=lambda i: _rep_key(articles[i], len(sh(i))))
        rest = sorted((i for i in members if i != rep), key=lambda i: articles[i].id)
        out.append([rep, *rest])
    return sorted(out, key=lambda g: articles[g[0]].id)


def _rep_key(article: Article, n_shingles: int) -> tuple[int, str, int, str]:
    published = article.published or ""
    return (0 if published else 1, published, -n_shingles, article.id)
