"""Cut an over-long translation unit into pieces the model can take, at clause boundaries.

A unit (a sentence, or a paragraph the segmenter found no sentences in) longer than the model's
input or output limits would be cut off by CTranslate2 (1,024 input tokens, ``max_decoding_length``
output tokens) or make it raise (a position table of 2,048 rows). :func:`split_text` cuts it at the
strongest boundary that gives pieces within ``limit`` tokens, in this order:

1. sentence punctuation followed by a space (``. ! ? ؟ …``) the segmenter did not use;
2. semicolons and colons (``; : ؛``);
3. commas and dashes (``, ، – —``);
4. before a conjunction or clause opener (English, Albanian and Arabic word lists below);
5. between words;
6. inside a word, as a last resort (binary search on characters).

The pieces of one level are joined back into the fewest pieces within ``limit``, as even as
possible (a long unit becomes a few similar pieces, not many tiny ones or one big and one small),
each is checked against ``limit`` with the real tokenizer, and the caller joins the translated
pieces with single spaces.
"""

from __future__ import annotations

import math
import re
from typing import Callable, Pattern

CountTokens = Callable[[str], int]

_CONJUNCTIONS = (
    # English
    "and", "but", "or", "while", "whereas", "because", "although", "though", "which", "who", "where",
    "when", "after", "before", "since", "unless", "until", "so",
    # Albanian
    "dhe", "por", "ose", "apo", "sepse", "pasi", "ndërsa", "kurse", "megjithëse", "edhe", "që", "kur",
    "ku", "nëse", "sikur", "derisa", "prandaj", "mirëpo", "madje", "teksa", "ndonëse",
    # Arabic (standalone words and the frequent و/ف-prefixed clause openers of news prose)
    "ثم", "لكن", "ولكن", "لكنّ", "أو", "أم", "بل", "حيث", "بينما", "كما", "إذ", "لأن", "حتى", "إلا",
    "وقال", "وأضاف", "وأكد", "وأشار", "وأوضح", "وتابع", "فيما", "وفي", "ومن", "وهو", "وهي", "الذي",
    "التي", "الذين", "عندما", "بعدما", "قبل", "بعد",
)

LEVELS: tuple[Pattern[str], ...] = (
    re.compile(r"(?<=[.!?؟…])\s+"),
    re.compile(r"(?<=[;:؛])\s+"),
    re.compile(r"(?<=[,،])\s+|\s+(?=[–—]\s)"),
    re.compile(r"\s+(?=(?:" + "|".join(map(re.escape, _CONJUNCTIONS)) + r")(?!\w))", re.IGNORECASE),
    re.compile(r"\s+"),
)
"""Boundaries from strongest to weakest; the whitespace they match is dropped (pieces are re-joined with one space)."""


def split_text(text: str, count: CountTokens, limit: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` tokens (as ``count`` measures them).

    Returns ``[text]`` unchanged when it already fits. Pieces are stripped, non-empty and in order;
    ``" ".join(pieces)`` equals ``text`` up to whitespace.
    """
    if limit < 1:
        raise ValueError(f"limit must be >= 1, not {limit}")
    n = count(text)
    if n <= limit:
        return [text]
    return [p for p, _ in _split(text.strip(), count, limit, 0)]


def _split(text: str, count: CountTokens, limit: int, level: int) -> list[tuple[str, int]]:
    """Pieces (with their token counts) of ``text`` (over ``limit``) cut from boundary ``level`` on."""
    if level == len(LEVELS):
        return _hard_split(text, count, limit)
    parts = [p for p in LEVELS[level].split(text) if p.strip()]
    if len(parts) < 2:
        return _split(text, count, limit, level + 1)
    pieces: list[tuple[str, int]] = []
    for part in parts:
        m = count(part)
        pieces.extend([(part, m)] if m <= limit else _split(part, count, limit, level + 1))
    out: list[tuple[str, int]] = []
    for piece, m in _pack(pieces, limit):
        if m <= limit:
            out.append((piece, m))
        else:  # tokenisation was not additive across the join: cut this one finer
            out.extend(_split(piece, count, limit, level + 1))
    return out


def _pack(pieces: list[tuple[str, int]], limit: int) -> list[tuple[str, int]]:
    """Join consecutive pieces into the fewest pieces within ``limit``, and of those the most even
    (the smallest largest piece: greedy packing at the capacity found by binary search)."""

    def pack(capacity: int) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        for piece, m in pieces:
            if out and out[-1][1] + m <= capacity:
                prev, pm = out[-1]
                out[-1] = (f"{prev} {piece}", pm + m)
            else:
                out.append((piece, m))
        return out

    fewest = len(pack(limit))
    lo, hi = min(limit, max(max(m for _, m in pieces), math.ceil(sum(m for _, m in pieces) / fewest))), limit
    while lo < hi:
        mid = (lo + hi) // 2
        if len(pack(mid)) <= fewest:
            hi = mid
        else:
            lo = mid + 1
    return pack(lo)


def _hard_split(text: str, count: CountTokens, limit: int) -> list[tuple[str, int]]:
    """Last resort for a run of characters without boundaries: the longest prefixes that fit."""
    out: list[tuple[str, int]] = []
    rest = text
    while rest:
        m = count(rest)
        if m <= limit:
            out.append((rest, m))
            break
        lo, hi = 1, len(rest) - 1  # the longest prefix rest[:k] with count <= limit (k >= 1)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if count(rest[:mid]) <= limit:
                lo = mid
            else:
                hi = mid - 1
        out.append((rest[:lo], count(rest[:lo])))
        rest = rest[lo:]
    return out
