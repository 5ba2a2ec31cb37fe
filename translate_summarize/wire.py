"""News agency wire feeds saved as text: a story sent in takes is read as one story.

A subscriber's feed receiver writes the agency's items one after another (IPTC 7901 / ANPA style:
"ZCZC" ... "NNNN" around each item, or rules of "="; a transmission line with the item number,
priority and category; a keyword line; the story; "(End)"; the editors' initials and the time).
A long story comes in takes: the first ends with "more follows" ("/vijon/", "يتبع", "MORE") and
the next opens with its own transmission and keyword lines marked as an add ("Shtesa 1",
"إضافة أولى", "1st add"). :func:`read_wire` blanks each such break, line for line, so that the
cleaner reads the story's paragraphs on both sides of it as one run; the items' own markers
("(End)", "NNNN") are end markers of :data:`lexicon.MARKERS` and part the feed's stories.
"""

from __future__ import annotations

import re

from .pagetext import PageText
from .textnorm import key

TRANSMISSION_LINES = 2
"""Transmission lines ("AKL0891 3 POL /ALB-1847 025 words") that make a text a wire feed."""
TAKE_BREAK_LINES = 8
"""Lines from a "more follows" line to the next take's add label at most (initials, time, the
item's end and start markers, its transmission and keyword lines)."""

_TRANSMISSION = re.compile(r"^\s*[A-Za-z]{1,5}\d{3,5}\s+\d\s+[A-Za-z]{1,4}\b")
_MORE = frozenset(key(p) for p in ("more", "more follows", "vijon", "vazhdon", "يتبع", "يتبع لاحقا", "mas", "more to come"))
_ADD = re.compile(
    r"(?:\b(?:shtesa|shtojca|add|take)\s*\d+\b|\b\d+(?:st|nd|rd|th)\s+add\b|إضافة\s+(?:أولى|اولى|ثانية|ثالثة|رابعة|\d+))", re.I
)


def read_wire(raw: str) -> PageText | None:
    """``raw`` with its take breaks blanked when it is a wire feed (at least
    :data:`TRANSMISSION_LINES` transmission lines) and has one; else ``None``."""
    rows = raw.split("\n")
    if sum(1 for row in rows if _TRANSMISSION.match(row)) < TRANSMISSION_LINES:
        return None
    blank: set[int] = set()
    for i, row in enumerate(rows):
        if key(row) not in _MORE:
            continue
        add = next((j for j in range(i + 1, min(len(rows), i + 1 + TAKE_BREAK_LINES)) if _ADD.search(rows[j])), None)
        if add is not None and any(_TRANSMISSION.match(rows[j]) for j in range(i + 1, add + 1)):
            blank.update(range(i, add + 1))
    if not blank:
        return None
    return PageText("\n".join("" if i in blank else row for i, row in enumerate(rows)))
