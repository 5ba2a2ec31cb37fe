"""Post streams: pages that list posts one after another, each opened by the same sender line.

A channel's or a feed's web view (a Telegram channel at ``t.me/s/...``, a social profile, a forum
thread printed as text) shows several posts, each under its sender's name: the article is one of
them, and its neighbours are other stories. Read as one page, the posts before the article look
like an article that has begun (so a label over the article's own headline reads as a teaser's
label) and the sender's name looks like a headline over it. :func:`article_post` finds the posts
and the one that holds the article, so that the cleaner looks for the title and body inside it only.

A post opens with a sender line: a short name (at most :data:`SENDER_WORDS` words, no sentence
end, no marker, date or list shape) that starts a block (the page's first line, or after a blank
line or a date or time line: the previous post's footer, a day's separator), followed within
:data:`OPENING_REACH` lines by a line of :data:`OPENING_WORDS` words or more (a headline, a
sentence). The same name opening at least :data:`POST_SENDERS` such blocks makes the page a post
stream. (A section name does not qualify: in a menu or a footer no long line follows it, and a
page's own section label opens one block only.)
"""

from __future__ import annotations

from collections.abc import Sequence

from .boilerplate import Line
from .textnorm import key

POST_SENDERS = 3
"""Blocks opened by the same sender line that make a page a stream of posts."""
SENDER_WORDS = 5
"""Most words of a sender line (a channel's, a page's or a user's name)."""
OPENING_REACH = 5
"""Lines under a sender line within which its post's headline or first sentence starts (past a
"forwarded from" line, a label, a photo marker and the upper line of a wrapped headline)."""
OPENING_WORDS = 6
"""Words of the line that shows a post has text (a headline or a sentence)."""


def _sender_shaped(line: Line) -> bool:
    """A name on its own line: few words, no sentence end, no marker, date, time or list shape."""
    return (
        0 < line.words <= SENDER_WORDS and line.end == "none" and line.action is None
        and not (line.dateish or line.stamp or line.timed or line.bullet or line.numbered or line.crumb or line.caption)
    )


def post_starts(lines: Sequence[Line]) -> list[int]:
    """Indexes of the sender lines that open the page's posts, or ``[]`` when the page is no post stream."""
    openings: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if not _sender_shaped(line):
            continue
        if i and line.number <= lines[i - 1].last + 1 and not (lines[i - 1].dateish or lines[i - 1].stamp):
            continue  # inside a block: not where a post starts
        if not any(lines[j].words >= OPENING_WORDS for j in range(i + 1, min(len(lines), i + 1 + OPENING_REACH))):
            continue
        openings.setdefault(key(line.text), []).append(i)
    best = max(openings.values(), key=len, default=[])
    return best if len(best) >= POST_SENDERS else []


def article_post(lines: Sequence[Line]) -> tuple[int, int] | None:
    """``(first, end)`` indexes (end exclusive) of the post that holds the article, past its
    sender line (a name, never the headline), or None when the page is no post stream
    (:func:`post_starts`). The article's post is the one whose best
    contiguous run of lines (prose scores for, furniture against; captions and buttons count
    zero) holds the most sentences, then scores highest: the posts around it show a headline and
    a sentence at most. The lines above the first post (the channel's header) count as one more
    block."""
    starts = post_starts(lines)
    if not starts:
        return None
    scores = [0.0 if line.caption or line.action in ("skip", "teaser") else line.score for line in lines]
    best: tuple[int, float] = (0, 0.0)
    chosen = None
    for lo, hi in zip([0, *(s + 1 for s in starts)], [*starts, len(lines)]):
        first, last, total = best_run(scores, lo, hi)
        value = (sum(lines[i].prose for i in range(first, last + 1)), total)
        if total > 0 and value > best:
            best, chosen = value, (lo, hi)
    return chosen


def best_run(scores: Sequence[float], lo: int, hi: int) -> tuple[int, int, float]:
    """Maximum-sum contiguous run of ``scores[lo:hi]``: ``(first, last, total)``; last < first for none."""
    best = (lo, lo - 1, 0.0)
    start, run = lo, 0.0
    for i in range(lo, hi):
        if run <= 0:
            start, run = i, 0.0
        run += scores[i]
        if run > best[2]:
            best = (start, i, run)
    return best
