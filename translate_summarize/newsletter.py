"""A newsletter issue's web post on Substack, as a browser copies it (used by :mod:`clean`).

Substack prints the same frame around every post whatever the publication's language (its
interface was English only in 2018): the publication's name with "Subscribe" / "Sign in", the
post's title (one line: the post's single heading), its subtitle, the writer's name and the
date ("Sep 28, 2018"; the two run together on one line in some copies), the like and comment
counts and "Share" (one a line or run together), then the post, and at the foot "Subscribe to
<publication>", "Like" / "Comment" / "Share", the comments, the archive and Substack's own footer
("© 2018 <writer> ∙ Privacy ∙ Terms ∙ Publish on Substack"). The writer may open the issue with a
greeting line ("Good evening, and welcome to today's issue.") before the story.
"""

from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import Line
from .lexicon import ALSO_TODAY, NEWSLETTER_GREETINGS, SUBSTACK_FOOTER
from .textnorm import ascii_digits, key

FOOTER_WORDS = 14
"""Most words of the line carrying Substack's footer (the copyright, "Privacy ∙ Terms", "Publish on Substack" run together)."""
HEADER_REACH = 15
"""Lines from the top of the page within which Substack's post header ends (its "Share" button)."""
TITLE_BLOCK = 2
"""Lines of the post's title block over the writer's name: the title and its subtitle."""
WRITER_WORDS = 5
"""Most words of the writer's name on its own line."""
GREETING_WORDS = 15
"""Most words of a newsletter's greeting line."""

_SHORT_DATE = re.compile(r"(?:^|\s)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\s+\d{1,2},\s+\d{4}$")
"""Substack's post date ("Sep 28, 2018"), alone or after the writer's name on the line."""
_COUNTS_SHARE = re.compile(r"^(?:\d+\s+){0,2}share$", re.I)
"""The post's like and comment counts and its "Share" button ("8 3 Share", or "Share" alone under the counts)."""
_BAR = frozenset({"subscribe", "sign in", "subscribe sign in"})
"""The publication bar's buttons (keys): never part of the post's title block."""


def substack_post(lines: Sequence[Line]) -> bool:
    """True when a short line carries Substack's footer (:data:`lexicon.SUBSTACK_FOOTER`)."""
    return any(
        line.words <= FOOTER_WORDS and line.end != "strong" and any(mark in key(line.text) for mark in SUBSTACK_FOOTER)
        for line in lines
    )


def _touching(lines: Sequence[Line], upper: int, lower: int) -> bool:
    return lines[upper].last + 1 == lines[lower].number


def post_header(lines: Sequence[Line]) -> tuple[int, int | None, int] | None:
    """Substack's post header on a Substack post page: the indexes of the title line, of the subtitle
    line under it (None when the post has none) and of the header's last line (the "Share" button);
    None when the page is no Substack post or its header is not found. The header is the title
    block (one or two lines, the publication bar's buttons excluded, no blank line between), the
    writer's name and the date (or the two on one line), then the counts and "Share"."""
    if not substack_post(lines):
        return None
    for end in range(min(len(lines), HEADER_REACH)):
        if not _COUNTS_SHARE.match(ascii_digits(lines[end].text)):
            continue
        d = end - 1
        while d >= 0 and end - d <= 2 and ascii_digits(lines[d].text).isdigit() and _touching(lines, d, d + 1):
            d -= 1  # (the counts one a line over "Share")
        if d < 0 or not _touching(lines, d, d + 1):
            continue
        m = _SHORT_DATE.search(lines[d].text)
        if m is None:
            continue
        writer = d if lines[d].text[: m.start()].strip() else d - 1
        if writer < 1 or writer != d and not (_writer(lines[writer]) and _touching(lines, writer, d)):
            continue
        block: list[int] = []
        k = writer - 1
        while k >= 0 and len(block) < TITLE_BLOCK and _touching(lines, k, block[-1] if block else writer):
            if key(lines[k].text) in _BAR or lines[k].dateish:
                break
            block.append(k)
            k -= 1
        block.reverse()
        if not block or lines[block[0]].action is not None:
            continue  # (a subtitle may read like a label: "The day's story in the evening newsletter"; a title does not)
        return block[0], (block[1] if len(block) > 1 else None), end
    return None


def _writer(line: Line) -> bool:
    """The writer's name alone on its line: a few words, no digits, no punctuation at its end."""
    return 1 <= line.words <= WRITER_WORDS and line.end == "none" and not any(c.isdigit() for c in line.text)


def greeting(line: Line) -> bool:
    """A newsletter writer's greeting line (:data:`lexicon.NEWSLETTER_GREETINGS`, whole words at its
    start; at most :data:`GREETING_WORDS` words)."""
    k = key(line.text)
    return line.words <= GREETING_WORDS and any(k == g or k.startswith(g + " ") for g in NEWSLETTER_GREETINGS)


def post_button(line: Line) -> bool:
    """Substack's "Subscribe now" button, which a writer sets between a post's paragraphs and under it."""
    return key(line.text) == "subscribe now"


def next_items(lines: Sequence[Line], after: int) -> set[int]:
    """The issue's next items under the day's story of a Substack post (from ``after``): the line
    that is an "Also today" label (:data:`lexicon.ALSO_TODAY`) and the lines under it up to the
    writer's sign-off (the first line with a date) or the first marker line; empty when no such
    label stands between ``after`` and the sign-off."""
    labels = {key(label) for label in ALSO_TODAY}
    for i in range(after, len(lines)):
        if lines[i].dateish:
            return set()
        if key(lines[i].text) in labels:
            end = i + 1
            while end < len(lines) and not lines[end].dateish and lines[end].action is None:
                end += 1
            return set(range(i, end))
    return set()
