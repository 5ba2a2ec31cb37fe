"""Page furniture that survived cleaning, recognised in English summary candidates.

The cleaner removes most furniture from a page, but a dateline, a byline, a photo credit or a
"read also" teaser inside the article body reaches the summarizers as a sentence. Summaries skip
them. :func:`furniture_kind` reuses the cleaner's own line analysis (:func:`boilerplate.analyse`:
bare dates and times, author lines, caption credits, the marker families of :mod:`lexicon`) and
adds the English-only forms translation produces (BBC-style "Image caption" / "Media caption"
labels, "Reporting by" lines) and web-archive crawl notices.

:func:`is_fragment` marks short lines without sentence punctuation (a standfirst, a caption, a
subheading the cleaner did not flag): summaries use them only when nothing else is left.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..boilerplate import analyse, marker_family

FRAGMENT_MAX_WORDS = 12
"""Unpunctuated lines up to this many words are fragments."""
_FULL_ANALYSIS_MAX_WORDS = 20
"""Longer sentences can only be marker lines or crawl notices (dates, bylines and credits are short)."""

_CRAWL = re.compile(
    r"\b(?:wayback machine|web\.archive\.org|archive\.(?:org|today|is|ph)|internet archive|"
    r"archived from the original|(?:page|article|snapshot) (?:was |has been )?(?:archived|captured|crawled)|"
    r"captured \d+ times?|crawled on)\b",
    re.I,
)
_LABEL = re.compile(
    r"^\W*(?:image|media|video|photo|picture|pictured|graphic|getty|footage)\s+(?:caption|copyright|source|credit)\b"
    r"|^\W*(?:photo|image|picture|video|credit|photograph)s?\s*(?:by|credit|courtesy)\b",
    re.I,
)
_CRAWL_MAX_WORDS = 25
"""A crawl-notice phrase marks only a short line (a news sentence about web archives stays)."""
_URL_ONLY = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.I)
_STRONG_END = re.compile(r"[.!?\u061f\u2026][\"'\u201d\u2019\u00bb)\]]*\s*$")


@lru_cache(maxsize=8192)
def furniture_kind(text: str) -> str | None:
    """What kind of page furniture ``text`` is (``dateline``, ``byline``, ``caption``, ``crawl``,
    ``url``, or a :data:`lexicon.MARKERS` family such as ``read_also``), or None for a sentence.

    Memoised: syndicated copies and repeated furniture lines are looked at once.
    """
    stripped = text.strip()
    if not stripped:
        return None
    n = len(stripped.split())
    if n <= _CRAWL_MAX_WORDS and _CRAWL.search(stripped):
        return "crawl"
    if _URL_ONLY.match(stripped):
        return "url"
    if _LABEL.match(stripped):
        return "caption"
    if n > _FULL_ANALYSIS_MAX_WORDS:
        return marker_family(stripped)[0]
    lines = analyse(stripped)
    if not lines:
        return None
    line = lines[0]
    if line.family is not None:
        return line.family
    if line.dateish:
        return "dateline"
    if line.byline:
        return "byline"
    if line.caption:
        return "caption"
    return None


def is_fragment(text: str) -> bool:
    """A short line without sentence-final punctuation (up to :data:`FRAGMENT_MAX_WORDS` words)."""
    stripped = text.strip()
    return len(stripped.split()) <= FRAGMENT_MAX_WORDS and not _STRONG_END.search(stripped)
