"""News database exports: one article's record as Factiva or Nexis writes it, read as its article.

Monitoring desks and libraries pull articles out of news databases rather than off the outlets'
sites. The database writes its record of the article, its metadata in English whatever the
article's language, around the outlet's text:

* Factiva ("Full Article/Report plus Indexing"): a search summary and a "Page 1 of n" header, then
  one field per code, the code on its own line or before a tab ("HD" the headline, "BY" the
  byline, "WC" the word count, "PD" the publication date, "SN" the source's name, "LP" the lead
  paragraphs and "TD" the rest of the text, "NS", "RE", "AN" the indexing and the accession number
  after it); :func:`read_factiva`.
* Nexis (a full-text export): a cover page (user name, "Date and Time:", "Job Number:", the list of
  documents, search terms, filters), then each document as its headline, the publication's name,
  the date ("September 28, 2018 Friday"), the copyright, "Section:", "Length: N words",
  "Byline:" lines, "Body" over the text, "Graphic" and "Load-Date:" under it and "End of Document";
  :func:`read_nexis`.

:func:`read_export` hands the cleaner the record's headline, date line and text (and Nexis's "End
of Document", an end marker), one output line for every input line (the database's furniture
blanked, an inline code taken off its value), and the headline, date and publication the record
names as :class:`pagetext.PageText` hints. A record ends the article: with several in one export,
the first one is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .pagetext import PageText
from .textnorm import key

HEADLINE_CODE = "HD"
DATE_CODE = "PD"
BODY_CODES = frozenset({"LP", "TD"})
"""Factiva's codes of the article's text: the lead paragraphs and the rest."""
KEPT_CODES = frozenset({HEADLINE_CODE, DATE_CODE}) | BODY_CODES
"""Codes whose values stay in the text: the headline, its date line under it (a headline with its
date is how the cleaner knows one over a short text that lost its full stop) and the text."""
FACTIVA_CODES = frozenset(
    {"SE", "HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "VOL", "LA", "CY", "LP", "TD", "CT", "RF", "ART",
     "CLM", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN"}
)
"""Factiva's field codes: section, headline, byline, credit, word count, date, time, source name and
code, edition, page, volume, language, copyright, lead, text, contact, reference, caption, column,
coding (company, industry, subject, region), publisher and accession number."""
FACTIVA_MIN_CODES = 5
"""Distinct field codes that, with "HD" and "LP" or "TD" among them, make a text a Factiva record
(an article about high-definition screens may set "HD" on a line of its own, never five codes)."""
_CODE_LINE = re.compile(r"^\s*(?P<code>[A-Z]{2,3})\s*(?:(?:\t|\s{2,})\s*(?P<value>\S.*?))?\s*$")
_FACTIVA_CHROME = re.compile(r"(?:^\s*page \d+ of \d+\b|factiva,? inc)", re.I)
"""Factiva's page header and footer ("Page 1 of 3 © 2018 Factiva, Inc. All rights reserved."), also
where a page break falls inside the text."""

NEXIS_HEAD_LINES = 12
"""Lines between a Nexis document's date line and its "Body" label at most (copyright, distributor,
"Section:", "Length:", "Byline:", "Dateline:", "Highlight:" and the blank lines between them)."""
NEXIS_HEADLINE_LINES = 3
"""Lines a Nexis document's headline may take above the publication's name."""
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
_NEXIS_DATE = re.compile(
    rf"^\s*(?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}}(?:,?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?(?:\s+\d{{1,2}}:\d{{2}}.*)?\s*$"
)
"""A Nexis document's date line: "September 28, 2018 Friday", sometimes with a time and zone."""
_NEXIS_LENGTH = re.compile(r"^\s*Length:\s*\d[\d,]*\s+words\s*$", re.I)
_NEXIS_BODY = "body"
_NEXIS_END = "end of document"
_NEXIS_AFTER_BODY = ("graphic", "load date", "classification", "notes")
"""Keys of the lines that close a Nexis document's text: the pictures' captions, the date the
database loaded it, its indexing and notes (what follows them up to "End of Document" is the
record's too)."""


def read_export(raw: str) -> PageText | None:
    """``raw`` as the article it holds when it is a news database's record of one (a Factiva or a
    Nexis export, :func:`read_factiva`, :func:`read_nexis`), else ``None``."""
    rows = raw.split("\n")
    return read_factiva(rows) or read_nexis(rows)


@dataclass(frozen=True, slots=True)
class _Field:
    """One Factiva field: its code, the row of its code and the rows of its value."""

    code: str
    row: int
    value: tuple[int, ...]
    inline: str | None
    """The value's text on the code's own row ("HD<tab>Headline"), if any."""


def read_factiva(rows: list[str]) -> PageText | None:
    """The headline and text of a Factiva record (the headline's field and the lead's and text's
    kept, an inline code taken off its value, everything else blanked) with the headline, date
    ("PD", "ET") and source ("SN") it names; ``None`` when ``rows`` hold no record (at least
    :data:`FACTIVA_MIN_CODES` distinct codes, "HD" and "LP" or "TD" among them)."""
    fields = _factiva_fields(rows)
    codes = {f.code for f in fields}
    if HEADLINE_CODE not in codes or not codes & BODY_CODES or len(codes) < FACTIVA_MIN_CODES:
        return None
    out = [""] * len(rows)
    named: dict[str, str] = {}
    for field in fields:
        text = [rows[i].strip() for i in field.value if rows[i].strip()]
        if field.inline is not None:
            text.insert(0, field.inline)
        named.setdefault(field.code, " ".join(text))
        if field.code in KEPT_CODES:
            if field.inline is not None:
                out[field.row] = field.inline
            for i in field.value:
                out[i] = "" if _FACTIVA_CHROME.search(rows[i]) else rows[i]
    published = " ".join(v for v in (named.get(DATE_CODE), named.get("ET")) if v) or None
    return PageText("\n".join(out), title=named.get(HEADLINE_CODE) or None, published=published, site=named.get("SN") or None)


def _factiva_fields(rows: list[str]) -> list[_Field]:
    """The fields of the first Factiva record in ``rows``: each code line opens one, its value
    runs to the next code line; a second "HD" begins the next record."""
    starts = [(i, m) for i, m in ((i, _CODE_LINE.match(row)) for i, row in enumerate(rows)) if m and m["code"] in FACTIVA_CODES]
    fields: list[_Field] = []
    for (i, match), nxt in zip(starts, [s[0] for s in starts[1:]] + [len(rows)]):
        if match["code"] == HEADLINE_CODE and any(f.code == HEADLINE_CODE for f in fields):
            break
        fields.append(_Field(match["code"], i, tuple(range(i + 1, nxt)), match["value"]))
    if fields and fields[-1].code not in BODY_CODES:  # (the last field's value is its own paragraph, not the page's rest)
        last = fields[-1]
        value = []
        for i in last.value:
            if not rows[i].strip() and (value or last.inline is not None):
                break
            value.append(i)
        fields[-1] = _Field(last.code, last.row, tuple(value), last.inline)
    return fields


def read_nexis(rows: list[str]) -> PageText | None:
    """The headline, date line and text of the first document of a Nexis export, and its "End of
    Document" (an end marker, :data:`lexicon.MARKERS`: the article's last line above it, an
    author's note that lost its full stop, is read as its closing line), with the cover, the
    document's other head lines, "Body", what follows the text and the other documents blanked;
    and the headline, date and publication it names; ``None`` when ``rows`` hold no such document (a
    "Body" line with "End of Document" under it, and a date line and a "Length: N words" line in
    the :data:`NEXIS_HEAD_LINES` above it)."""
    keys = [key(row) for row in rows]
    for body in (i for i, k in enumerate(keys) if k == _NEXIS_BODY):
        end = next((j for j in range(body + 1, len(rows)) if keys[j] == _NEXIS_END), None)
        if end is None:
            continue
        head = range(max(0, body - NEXIS_HEAD_LINES), body)
        dated = next((i for i in head if _NEXIS_DATE.match(rows[i])), None)
        if dated is None or not any(_NEXIS_LENGTH.match(rows[i]) for i in head):
            continue
        publication = _above(rows, dated)
        headline = _headline_rows(rows, publication) if publication is not None else []
        close = next((j for j in range(body + 1, end) if keys[j].startswith(_NEXIS_AFTER_BODY) and _label_row(rows[j])), end)
        out = [""] * len(rows)
        for i in [*headline, dated, *range(body + 1, close), end]:  # (the date line: see KEPT_CODES)
            out[i] = rows[i]
        return PageText(
            "\n".join(out),
            title=" ".join(rows[i].strip() for i in headline) or None,
            published=rows[dated].strip(),
            site=rows[publication].strip() if publication is not None else None,
        )
    return None


def _above(rows: list[str], i: int) -> int | None:
    """The row right above row ``i`` when it holds text."""
    return i - 1 if i > 0 and rows[i - 1].strip() else None


def _headline_rows(rows: list[str], publication: int) -> list[int]:
    """The rows of a Nexis document's headline: the text right above its publication's name, up to
    a blank row (at most :data:`NEXIS_HEADLINE_LINES`), blank rows between them and it skipped."""
    i = publication - 1
    while i >= 0 and not rows[i].strip() and publication - i <= 2:
        i -= 1
    found: list[int] = []
    while i >= 0 and rows[i].strip() and len(found) < NEXIS_HEADLINE_LINES:
        found.insert(0, i)
        i -= 1
    return found


_LABEL = re.compile(r"^[A-Za-z-]+(?:\s[A-Za-z-]+)?:")


def _label_row(row: str) -> bool:
    """A Nexis label row: the label alone ("Graphic") or before a colon ("Load-Date: ...")."""
    text = row.strip()
    return len(text.split()) <= 2 or bool(_LABEL.match(text))
