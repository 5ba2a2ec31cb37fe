"""Syndicated copies: the same wire text published by several outlets, or re-posted.

Two articles are copies when the Jaccard similarity of their sets of word 5-shingles reaches
``settings.topic_copy_jaccard`` (0.8 by default: a copy may differ by a credit line, a dateline or a
trimmed last paragraph). Shingles are taken from the article's source text (its paragraphs, in the
original language: two outlets carrying the same Arabic wire text are copies whatever the
translation did), falling back to the English text; words are lower-cased, punctuation dropped.
A text shorter than five words is one shingle (so two headlines are copies only when identical).
Two texts whose word counts differ by more than the Jaccard bar allows are never copies.

Which pairs are compared is the caller's choice (``topics``: pairs already close in the clustering).
The work is bounded by one topic at a time: :class:`ShingleMatrix` holds the shingle sets of one
topic's members as a sparse 0/1 matrix (8 bytes a shingle), Jaccard similarities are computed for
arrays of pairs (:meth:`CopyFinder.add_pairs`) or for every pair across two sets of members by one
sparse product, a block of rows at a time (:meth:`CopyFinder.cross_pairs`: about :data:`CROSS_BLOCK`
pairs at a time, never a list of all pairs). Copies are grouped transitively. Each group is shown
once, by its *representative*: the earliest published, then the longest, then the smallest id.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
import numpy as np

from .article import Article

SHINGLE_WORDS = 5
MIN_VECTOR_SIM = 0.9
"""Text-vector cosine below which two articles are not copies (copies score about 1)."""
PAIR_BLOCK = 4096
"""Pairs whose shingle rows are gathered at once (:meth:`CopyFinder.add_pairs`)."""
CROSS_BLOCK = 1 << 21
"""Pairs (left rows × right side) whose shared shingles are counted by one sparse product in
:meth:`CopyFinder.cross_pairs` (at least one left row at a time)."""
_WORDS = re.compile(r"\w+")


def shingle_array(text: str, size: int = SHINGLE_WORDS, codes: dict[str, int] | None = None) -> tuple[np.ndarray, int]:
    """The distinct hashes of the ``size``-word shingles of ``text`` (sorted ``uint64``), and its word count.

    Lower-cased words; the whole text is one shingle if shorter. Each word is hashed with CRC-32
    (stable across processes, unlike Python's ``hash``; ``codes`` memoises them across texts) and a
    shingle is the polynomial combination of its words' hashes (64-bit, wrapping).
    """
    words = _WORDS.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint64), 0
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
    return np.unique(combined), len(words)


def copy_text(article: Article) -> str:
    """The text compared for copies: source paragraphs (original language), else the English text."""
    body = "\n".join(p.text for p in article.paragraphs if not p.heading)
    if body.strip():
        return body
    return article.english_text() or (article.title or "")


class ShingleMatrix:
    """The shingle sets of some articles (``rows``, indices into ``articles``) as a sparse 0/1 matrix.

    Row ``k`` is ``rows[k]``; ``sizes`` are the numbers of distinct shingles, ``words`` the word counts.
    """

    def __init__(self, articles: Sequence[Article], rows: Sequence[int], codes: dict[str, int]) -> None:
        from scipy import sparse

        self.rows = np.asarray(rows, dtype=np.int64)
        arrays, words = [], []
        for r in self.rows.tolist():
            found, n_words = shingle_array(copy_text(articles[r]), codes=codes)
            arrays.append(found)
            words.append(n_words)
        self.sizes = np.array([a.size for a in arrays], dtype=np.int64)
        self.words = np.array(words, dtype=np.int64)
        indptr = np.zeros(len(arrays) + 1, dtype=np.int64)
        np.cumsum(self.sizes, out=indptr[1:])
        flat = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.uint64)
        del arrays
        _, columns = np.unique(flat, return_inverse=True)
        del flat
        self.matrix = sparse.csr_matrix(
            (np.ones(columns.size, dtype=np.int32), columns.astype(np.int32).ravel(), indptr),
            shape=(len(self.rows), int(columns.max()) + 1 if columns.size else 0),
        )
        self.local = {r: k for k, r in enumerate(self.rows.tolist())}

    def positions(self, rows: np.ndarray) -> np.ndarray:
        """Matrix rows of the article ``rows`` (each must be one of ``self.rows``)."""
        return np.fromiter((self.local[r] for r in rows.tolist()), dtype=np.int64, count=len(rows))


class CopyFinder:
    """Copies among candidate pairs of ``articles``, fed one shingle matrix (one topic) at a time."""

    def __init__(self, articles: Sequence[Article], min_jaccard: float) -> None:
        self.articles = articles
        self.min_jaccard = min_jaccard
        self.parent: dict[int, int] = {}
        self.size_of: dict[int, int] = {}
        self.codes: dict[str, int] = {}
        self.compared = 0
        """Pairs whose Jaccard similarity was computed (those the word counts did not rule out)."""

    def matrix(self, rows: Sequence[int]) -> ShingleMatrix:
        """The shingle matrix of ``rows`` (word hashes memoised across calls)."""
        return ShingleMatrix(self.articles, rows, self.codes)

    def _copies(self, sm: ShingleMatrix, a: np.ndarray, b: np.ndarray, inter: np.ndarray) -> np.ndarray:
        """Which of the pairs (matrix rows ``a``, ``b`` with ``inter`` shingles in common) are copies."""
        sa, sb = sm.sizes[a], sm.sizes[b]
        with np.errstate(divide="ignore", invalid="ignore"):
            sim = inter / (sa + sb - inter)
        return (sa > 0) & (sb > 0) & (sim >= self.min_jaccard)

    def _length_ok(self, sm: ShingleMatrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Pairs whose word counts allow the Jaccard bar (Jaccard <= |smaller| / |larger|)."""
        wa, wb = sm.words[a], sm.words[b]
        return ~(np.minimum(wa, wb) < self.min_jaccard * np.maximum(wa, wb))

    def add_pairs(self, sm: ShingleMatrix, rows_a: np.ndarray, rows_b: np.ndarray) -> None:
        """Compare the candidate pairs ``(rows_a[k], rows_b[k])`` (article rows in ``sm``) and join the copies."""
        keep = rows_a != rows_b
        a, b = sm.positions(rows_a[keep]), sm.positions(rows_b[keep])
        ok = self._length_ok(sm, a, b)
        a, b = a[ok], b[ok]
        self.compared += int(a.size)
        for start in range(0, a.size, PAIR_BLOCK):
            pa, pb = a[start : start + PAIR_BLOCK], b[start : start + PAIR_BLOCK]
            inter = np.asarray(sm.matrix[pa].multiply(sm.matrix[pb]).sum(axis=1)).ravel()
            hit = self._copies(sm, pa, pb, inter)
            self.join(sm, sm.rows[pa[hit]], sm.rows[pb[hit]])

    def cross_pairs(self, sm: ShingleMatrix, left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Every pair of an article of ``left`` and one of ``right`` (article rows in ``sm``) that is a
        copy by shingles and word counts, as two arrays of article rows (not joined: the caller
        filters them further and calls :meth:`join`). Only pairs sharing a shingle are compared."""
        lp, rp = sm.positions(left), sm.positions(right)
        right_t = sm.matrix[rp].T.tocsr()
        out_a, out_b = [], []
        step = max(1, CROSS_BLOCK // max(1, rp.size))
        for start in range(0, lp.size, step):
            part = lp[start : start + step]
            inter = (sm.matrix[part] @ right_t).tocoo()
            a, b = part[inter.row], rp[inter.col]
            ok = self._length_ok(sm, a, b)
            self.compared += int(ok.sum())
            hit = ok & self._copies(sm, a, b, inter.data.astype(np.int64))
            out_a.append(sm.rows[a[hit]])
            out_b.append(sm.rows[b[hit]])
        empty = np.zeros(0, dtype=np.int64)
        return (np.concatenate(out_a) if out_a else empty), (np.concatenate(out_b) if out_b else empty)

    def join(self, sm: ShingleMatrix, rows_a: np.ndarray, rows_b: np.ndarray) -> None:
        """Join pairs of article rows of ``sm`` as copies (groups are transitive)."""
        for i, j in zip(rows_a.tolist(), rows_b.tolist()):
            for r in (i, j):
                if r not in self.size_of:
                    self.size_of[r] = int(sm.sizes[sm.local[r]])
            ri, rj = self._find(i), self._find(j)
            if ri != rj:
                self.parent[max(ri, rj)] = min(ri, rj)

    def groups(self) -> list[list[int]]:
        """Groups of two or more copies, representative first (earliest published, then longest
        text, then id), the rest in id order; sorted by their representative's id."""
        articles = self.articles
        groups: dict[int, list[int]] = {}
        for x in list(self.parent):
            groups.setdefault(self._find(x), []).append(x)
        out = []
        for members in groups.values():
            if len(members) < 2:
                continue
            rep = min(members, key=lambda i: _rep_key(articles[i], self.size_of[i]))
            rest = sorted((i for i in members if i != rep), key=lambda i: articles[i].id)
            out.append([rep, *rest])
        return sorted(out, key=lambda g: articles[g[0]].id)

    def _find(self, x: int) -> int:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x


def _rep_key(article: Article, n_shingles: int) -> tuple[int, str, int, str]:
    published = article.published or ""
    return (0 if published else 1, published, -n_shingles, article.id)
