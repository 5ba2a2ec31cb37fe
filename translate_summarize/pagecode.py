"""Scraped pages that kept their code: scripts, styles and structured data blanked, line for line.

A naive scraper's text (every text node of the HTML one a line, as ``get_text("\\n")`` gives it)
keeps what browsers never show: inline CSS rules, JavaScript (tag managers, ad slots' calls inside
the article, a theme's settings object, the lazy loader), HTML comments and the page's JSON-LD
object. :func:`read_code` blanks those lines, so that a ``"headline": "..."`` or a stylesheet is
never taken for the title or the article, and reads the JSON-LD ``NewsArticle`` (or ``Article``,
``BlogPosting``...) for the headline, publication date and publisher it names
(:class:`pagetext.PageText`), which the cleaner checks against the page's own lines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from .pagetext import PageText

CODE_LINES = 2
"""Code lines (or one JSON-LD block) that make a page a scrape that kept its code; below that a
stray brace is left alone."""
JSON_LINES = 400
"""Lines a pretty-printed JSON block may take."""
CODE_CHARS = 4
CODE_DENSITY = 0.08
"""A line with at least :data:`CODE_CHARS` of ``{}[];=()<>`` making at least this share of its
characters, one of them a brace, is code (prose has parentheses, semicolons and "=": a results
line "Partizani 2-1 Vllaznia (Hoxha 88'); ...", a formula "f(x) = 2x + 3;")."""
ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
     "blogposting", "liveblogposting", "socialmediaposting", "report", "webpage"}
)
"""schema.org types whose ``headline`` is the article's (a ``WebPage`` only when no article type is given)."""

_IDENT = r"[A-Za-z_$][\w$]*"
_CODE = re.compile(
    rf"""^\s*(?:
        (?:var|let|const)\s+{_IDENT}\s*=                        # a declaration
      | (?:async\s+)?function\s*{_IDENT}?\s*\(                  # a function
      | [(!]\s*function\s*\(                                    # an immediately called one
      | (?:window|document|this)\.{_IDENT}                       # the browser's objects
      | {_IDENT}(?:\.{_IDENT})+\s*=[^=]                          # a property set
      | {_IDENT}(?:\.{_IDENT})*(?:\[[^\]]*\])?\s*\(.*\)\s*;\s*$   # a call statement
      | [^\s{{}}][^{{}}]*\{{[^{{}}]*:[^{{}}]*\}}\s*$                  # a CSS rule (selector, properties in braces)
      | @(?:media|font-face|import|keyframes|charset)\b          # a CSS at-rule
      | [}})\];,\s]+$                                           # the close of a block
      | /\*.*\*/\s*$ | <!--.* | .*-->\s*$ | //\s*<!\[CDATA\[     # comments
    )""",
    re.X,
)
_CODE_CHARS = re.compile(r"[{}\[\];=()<>]")


def read_code(raw: str) -> PageText | None:
    """``raw`` with its code lines and JSON blocks blanked, and what its JSON-LD names, when it
    holds at least :data:`CODE_LINES` code lines or a JSON-LD block; else ``None``."""
    rows = raw.split("\n")
    blank: set[int] = set()
    found: list[dict[str, Any]] = []
    for first, last, value in _json_blocks(rows):
        blank.update(range(first, last + 1))
        found.extend(_schema_objects(value))
    code = {i for i, row in enumerate(rows) if i not in blank and row.strip() and _code_line(row)}
    if not found and len(code) + len(blank) < CODE_LINES:
        return None
    blank |= code
    text = "\n".join("" if i in blank else row for i, row in enumerate(rows))
    article = next((o for o in found if _type(o) & (ARTICLE_TYPES - {"webpage"})), None) or next(
        (o for o in found if _type(o) & ARTICLE_TYPES), None
    )
    if article is None:
        return PageText(text)
    return PageText(text, _text(article.get("headline") or article.get("name")), _text(article.get("datePublished")), _publisher(article))


def _code_line(row: str) -> bool:
    if _CODE.match(row):
        return True
    marks = _CODE_CHARS.findall(row)
    visible = len(row) - row.count(" ")
    return len(marks) >= CODE_CHARS and len(marks) >= CODE_DENSITY * visible and any(m in "{}" for m in marks)


def _json_blocks(rows: list[str]) -> Iterator[tuple[int, int, Any]]:
    """``(first, last, value)`` of every JSON object (or list of objects) written over lines
    ``first``..``last``, one line or pretty-printed."""
    i = 0
    while i < len(rows):
        if rows[i].lstrip()[:1] not in ("{", "["):
            i += 1
            continue
        depth, j = 0, i
        while j < len(rows) and j < i + JSON_LINES:
            depth += _depth(rows[j])
            if depth <= 0:
                break
            j += 1
        try:
            value = json.loads("\n".join(rows[i : j + 1]))
        except ValueError:
            i += 1
            continue
        if isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, dict) for v in value)):
            yield i, j, value
            i = j + 1
        else:
            i += 1


def _depth(row: str) -> int:
    """Brackets opened minus closed on ``row``, outside JSON strings."""
    depth, quoted, escaped = 0, False, False
    for c in row:
        if quoted:
            escaped, quoted = (not escaped and c == "\\"), quoted and not (c == '"' and not escaped)
        elif c == '"':
            quoted = True
        elif c in "{[":
            depth += 1
        elif c in "}]":
            depth -= 1
    return depth


def _schema_objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _schema_objects(item)
    elif isinstance(value, dict):
        if "@type" in value:
            yield value
        yield from _schema_objects(value.get("@graph"))


def _type(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return value.strip() or None if isinstance(value, str) else None


def _publisher(article: dict[str, Any]) -> str | None:
    publisher = article.get("publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if isinstance(publisher, dict):
        return _text(publisher.get("name"))
    return _text(publisher)
