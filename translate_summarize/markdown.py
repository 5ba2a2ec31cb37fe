"""Pages saved as Markdown: read as the plain text dumps the cleaner knows, line for line.

Web-to-Markdown readers and crawlers (a reader service's "Title: / URL Source: / Published Time: /
Markdown Content:" header, a crawler's YAML front matter between ``---`` lines) hand over a whole
article page as Markdown: links as ``[text](url)``, pictures as ``![alt](url)``, headings
underlined with ``=`` or ``-`` or opened with ``#``, emphasis in ``**``. :func:`read_markdown`
gives the page's text as a browser shows it, one output line for every input line (so that line
numbers still point into the saved file): a link is its text, a picture or an icon-only link is
nothing, a line of links alone is a menu ("Home  Politics  Sport", their texts apart by two
spaces) or keeps its separators (a breadcrumb "Home » World"), heading marks and underlines,
emphasis, quote marks and escapes go. The header's fields are blanked out of the text and handed
back as :class:`pagetext.PageText` hints (headline, date, site name), which the page's own headline and
date lines are checked against.
"""

from __future__ import annotations

import re

from .pagetext import PageText

MARKDOWN_LINKS = 5
"""Markdown links or pictures to a web address that make a page without a reader's header a
Markdown dump (a plain text dump never writes ``[text](https://...)``)."""
HEADER_LINES = 12
"""Lines at the top of the page that a reader service's header fields may take."""
FRONT_MATTER_LINES = 40
"""Lines a crawler's front matter may take before its closing ``---``."""

_URL = r"(?:[^()\s]|\([^()\s]*\))*"
_TITLE_ATTR = r"(?:\s+\"[^\"]*\")?"
_PICTURE = re.compile(rf"!\[[^\]]*\]\({_URL}{_TITLE_ATTR}\)")
_LINKED_PICTURE = re.compile(rf"\[\s*!\[[^\]]*\]\({_URL}{_TITLE_ATTR}\)\s*\]\({_URL}{_TITLE_ATTR}\)")
_LINK = re.compile(rf"\[([^\[\]]*)\]\({_URL}{_TITLE_ATTR}\)")
_WEB_LINK = re.compile(r"\]\((?:https?:)?//")
_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:_\s*){3,}|(?:-\s*){3,})$")
_ATX = re.compile(r"^(\s{0,3})#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_FIELD = re.compile(r"^\s*([A-Za-z][A-Za-z _:-]{0,30}?)\s*:\s*(.*?)\s*$")
_READER_FIELDS = {"title", "url source", "published time", "markdown content", "warning", "description", "url"}
"""Fields of a web-to-Markdown reader service's header ("Title:", "URL Source:", ...)."""
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("published time", "published_time", "date", "published", "date_published", "datepublished", "pubdate")
_SITE_KEYS = ("site_name", "sitename", "site name", "publisher", "site")


def read_markdown(raw: str) -> PageText | None:
    """``raw`` read as text when it is a Markdown dump (a reader's header, a crawler's front
    matter, or at least :data:`MARKDOWN_LINKS` links to web addresses), else ``None``."""
    rows = raw.split("\n")
    fields, header = _header(rows)
    if not header and len(_WEB_LINK.findall(raw)) < MARKDOWN_LINKS:
        return None
    out = ["" if i in header else _line(row) for i, row in enumerate(rows)]
    for i, row in enumerate(rows):  # a setext heading's underline, under the heading's text
        if i not in header and _UNDERLINE.match(row) and i and out[i - 1].strip():
            out[i] = ""
    title = next((fields[k] for k in _TITLE_KEYS if fields.get(k)), None)
    published = next((fields[k] for k in _DATE_KEYS if fields.get(k)), None)
    site = next((fields[k] for k in _SITE_KEYS if fields.get(k)), None)
    return PageText("\n".join(out), _unquote(title), published, _unquote(site))


def _header(rows: list[str]) -> tuple[dict[str, str], set[int]]:
    """The fields of the page's header and the line indexes it takes: a reader service's field
    lines at the top up to "Markdown Content:", or front matter between two ``---`` lines."""
    first = next((i for i, row in enumerate(rows) if row.strip()), None)
    if first is None:
        return {}, set()
    if rows[first].strip() == "---":
        end = next((i for i in range(first + 1, min(len(rows), first + FRONT_MATTER_LINES)) if rows[i].strip() == "---"), None)
        if end is None:
            return {}, set()
        inside = [row for row in rows[first + 1 : end] if row.strip()]
        fields = _fields(inside)
        yaml = all(_FIELD.match(row) or row.startswith((" ", "\t", "- ")) for row in inside)  # (a plain page between rules is none)
        return (fields, set(range(first, end + 1))) if len(fields) >= 2 and yaml else ({}, set())
    taken: set[int] = set()
    fields: dict[str, str] = {}
    for i in range(first, min(len(rows), first + HEADER_LINES)):
        m = _FIELD.match(rows[i])
        if not rows[i].strip():
            taken.add(i)
            continue
        if not m or m.group(1).lower() not in _READER_FIELDS:
            break
        taken.add(i)
        fields[m.group(1).lower()] = m.group(2)
        if m.group(1).lower() == "markdown content":
            return fields, taken
    return {}, set()


def _fields(rows: list[str]) -> dict[str, str]:
    out = {}
    for row in rows:
        m = _FIELD.match(row)
        if m and not row.startswith((" ", "\t")):
            out[m.group(1).strip().lower()] = m.group(2)
    return out


def _unquote(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].replace('\\"', '"')
    return value or None


def _line(row: str) -> str:
    """One Markdown line as text (see the module docstring)."""
    if _RULE.match(row):
        return ""
    text = _LINKED_PICTURE.sub("\0", row)
    text = _PICTURE.sub("\0", text)
    links = list(_LINK.finditer(text))
    if links:
        gaps = _LINK.split(text)[::2]  # what lies between the links
        bare = all(not g.replace("\0", "").strip() for g in gaps)
        pieces = []
        for n, link in enumerate(links):
            pieces.append(gaps[n])
            pieces.append(link.group(1))
        pieces.append(gaps[-1])
        if bare:  # a line of links alone: a menu's items apart by two spaces
            text = "  ".join(p.strip() for p in pieces[1::2] if p.strip())
        else:
            text = "".join(pieces)
    text = text.replace("\0", "")
    atx = _ATX.match(text)
    if atx:
        text = atx.group(2)
    text = _QUOTE.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    return text if text.strip() else ""
