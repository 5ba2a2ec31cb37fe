"""A saved page read as the text a reader sees, with what its own markup says of the article.

Readers of a page's source (:mod:`markdown` for Markdown dumps, :mod:`pagecode` for scraped text
that kept scripts, styles and structured data) return a :class:`PageText`: the page's text with
the markup blanked or turned into text, one line for every line of the saved file (so that line
numbers still point into it), and the headline, date and site the markup names, which the cleaner
checks against the page's own lines (:func:`clean._headline_named`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageText:
    """``text`` has as many lines as the saved file; ``title``, ``published`` and ``site`` are what
    the page's header, front matter or structured data says (or ``None``); ``sent`` is the day the
    page was mailed (a forwarded mail's header date), which dates the article only when its own
    text shows no date (a press release forwarded on the day it came out)."""

    text: str
    title: str | None = None
    published: str | None = None
    site: str | None = None
    sent: str | None = None
