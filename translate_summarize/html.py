"""HTML pages → the same article model as page dumps, through trafilatura (no network, ever).

``clean_html`` runs trafilatura's extractor on the page string (``extract`` never fetches; the
signal-based extraction timeout is switched off so it works in threads and workers; precision is
favoured and the date comes only from the page's metadata, never guessed from a © line), reads its XML
output (``<head rend="h2">`` headings, ``<p>``, list ``<item>``, ``<quote>``, table ``<cell>``) and
builds paragraphs. Each paragraph's ``source_lines`` is the 1-based line range of the raw HTML where
its text was found: the visible text of the page (tags, comments, ``<head>``, ``<script>``,
``<style>`` removed, entities decoded) is searched, whitespace ignored, in reading order; a
paragraph that cannot be located gets ``(0, 0)``. Soft hyphens, zero-width and bidi marks are
ignored on both sides (extractors drop them; Arabic pages are full of them).

Metadata: title, date (ISO ``YYYY-MM-DD``), site name (outlet) and URL come from trafilatura; the
credited wire/paper is found in the body by :func:`metadata.find_credit`; hints from a JSONL record
(``title``, ``published`` — parsed by :func:`metadata.parse_date` —, ``outlet``, ``url``) override them.
"""

from __future__ import annotations

import bisect
import html as htmllib
import logging
import re
from dataclasses import dataclass
from typing import Any

from .article import Article, Paragraph
from .settings import Settings

log = logging.getLogger(__name__)

STAGE = "clean"
_BLOCKS = frozenset({"p", "head", "item", "quote", "cell"})
_SKIP_CONTENT = frozenset({"script", "style", "head", "title", "noscript", "template", "svg"})
_TAG = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<![^>]*>|<\?.*?\?>|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>", re.S)
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?")
_SPACE = re.compile(r"\s+")
_INVISIBLE = frozenset("\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\ufeff")
"""Soft hyphen, zero-width and bidi marks: extractors drop them, so matching ignores them."""
_EDGE = 24
"""Visible characters matched at each end of a paragraph the extractor changed inside."""


def clean_html(article: Article, settings: Settings) -> Article:
    """Extract title, date, outlet, URL and body paragraphs from an HTML article.

    Returns the article with ``paragraphs`` filled, or marked ``skipped`` at stage ``clean`` when the
    page has no article body (boilerplate only).
    """
    raw = article.raw or ""
    try:
        root = _extract(raw)
    except HtmlTooDeep as exc:
        return article.fail(STAGE, f"{article.source_file}: {exc}")
    body = root.find("main") if root is not None else None
    blocks = _blocks(body) if body is not None else []
    meta: dict[str, Any] = dict(root.attrib) if root is not None else {}
    title = _clean_space(meta.get("title") or "") or None
    if blocks and title and blocks[0][1] and blocks[0][0] == title:
        blocks = blocks[1:]  # the page title repeated as the first heading is not body text
    if not any(not heading for _, heading in blocks):
        return article.fail(
            STAGE,
            f"{article.source_file}: no article body found in the HTML (only navigation or boilerplate); "
            "nothing to translate",
            "skipped",
        )
    locator = _TextLocator(raw)
    paragraphs = tuple(
        Paragraph(text=text, heading=heading, source_lines=locator.find(text))
        for text, heading in blocks
    )
    from .metadata import find_credit, parse_date

    hints = article.hints
    published = published_raw = meta.get("date") or None
    if hints.get("published"):
        published_raw = hints["published"]
        published = parse_date(published_raw, hints.get("lang"))[0]
    outlet = hints.get("outlet") or _clean_space(meta.get("sitename") or "") or None
    texts = [p.text for p in paragraphs]
    credited = find_credit(texts, body=frozenset(range(1, len(texts) + 1)), outlet=outlet)
    return article.replace(
        paragraphs=paragraphs,
        title=hints.get("title") or title,
        title_line=None if hints.get("title") or not title else locator.line_of(title),
        published=published,
        published_raw=published_raw,
        outlet=outlet,
        credited_source=credited,
        url=article.url or hints.get("url") or meta.get("url") or None,
    )


def _clean_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


MAX_HTML_DEPTH = 2048
"""Deepest element nesting read (libxml2's limit with ``huge_tree``; its default limit is 256)."""


class HtmlTooDeep(ValueError):
    """The page nests elements deeper than :data:`MAX_HTML_DEPTH`; its text cannot be reached."""


def _extract(raw: str) -> Any:
    """trafilatura's XML tree of the page, or None when it finds nothing.

    trafilatura's parser stops at 256 nested elements, which silently hides an article wrapped in
    more ``<div>``s: when it finds nothing and the page is that deep, the page is parsed again
    without that limit (up to :data:`MAX_HTML_DEPTH`, beyond which :class:`HtmlTooDeep` says so).
    """
    from lxml import etree

    xml = _trafilatura(raw)
    if not xml and _too_deep(raw, huge=False):
        if _too_deep(raw, huge=True):
            raise HtmlTooDeep(
                f"HTML nested more than {MAX_HTML_DEPTH:,} elements deep; the parser cannot reach the text "
                "(save the article's text as a .txt page instead)"
            )
        xml = _trafilatura(_parse(raw, huge=True)[0])
    if not xml:
        return None
    return etree.fromstring(xml.encode("utf-8"))


def _parse(raw: str, *, huge: bool) -> tuple[Any, Any]:
    """``(tree, parser)``: the page parsed like trafilatura does, with or without libxml2's depth limit."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True, huge_tree=huge)
    try:
        tree = lxml.html.fromstring(raw.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):  # hopeless input: "not too deep" is then the answer
        return None, parser
    return tree, parser


def _too_deep(raw: str, *, huge: bool) -> bool:
    _, parser = _parse(raw, huge=huge)
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def _trafilatura(page: Any) -> str | None:
    """trafilatura's XML output for a page (a string or an lxml tree), or None."""
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return trafilatura.extract(
        page,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        favor_precision=True,  # furniture must not reach translation
        date_extraction_params={"extensive_search": False, "original_date": True},  # no guessing from © lines
        config=config,
    )


def _blocks(main: Any) -> list[tuple[str, bool]]:
    """``(text, is_heading)`` for every innermost block element of trafilatura's ``<main>``."""
    for lb in main.iter("lb"):
        lb.text = " "
    out: list[tuple[str, bool]] = []
    for el in main.iter():
        if el.tag not in _BLOCKS:
            continue
        if any(child.tag in _BLOCKS for child in el.iterdescendants()):
            continue  # a container (quote of paragraphs, list inside a cell): its parts come separately
        text = _clean_space("".join(el.itertext()))
        if text:
            out.append((text, el.tag == "head"))
    return out


@dataclass(frozen=True, slots=True)
class _Visible:
    chars: str
    """Visible non-whitespace characters of the page, in order."""
    offsets: tuple[int, ...]
    """Raw-string offset of each character in ``chars``."""


class _TextLocator:
    """Finds where extracted text sits in the raw HTML (whitespace-insensitive, in reading order)."""

    __slots__ = ("_visible", "_newlines", "_cursor")

    def __init__(self, raw: str) -> None:
        self._visible = _visible_text(raw)
        self._newlines = [i for i, ch in enumerate(raw) if ch == "\n"]
        self._cursor = 0

    def _line(self, offset: int) -> int:
        return bisect.bisect_right(self._newlines, offset - 1) + 1 if offset else 1

    def _search(self, text: str, start: int) -> int:
        needle = _needle(text)
        return self._visible.chars.find(needle, start) if needle else -1

    def find(self, text: str) -> tuple[int, int]:
        """Line range of ``text``, searching after the previous paragraph first; (0, 0) if not found.

        When the whole text is not found verbatim (the extractor normalised a character), its first
        and last :data:`_EDGE` visible characters are located instead.
        """
        needle = _needle(text)
        span = self._locate(needle, self._cursor) or self._locate(needle, 0)
        if span is None:
            log.debug("could not locate paragraph in the HTML source: %.60s", text)
            return (0, 0)
        pos, end = span
        self._cursor = end + 1
        offsets = self._visible.offsets
        return (self._line(offsets[pos]), self._line(offsets[end]))

    def _locate(self, needle: str, start: int) -> tuple[int, int] | None:
        chars = self._visible.chars
        if not needle:
            return None
        pos = chars.find(needle, start)
        if pos >= 0:
            return pos, pos + len(needle) - 1
        if len(needle) < 2 * _EDGE:
            return None
        head = chars.find(needle[:_EDGE], start)
        if head < 0:
            return None
        tail = chars.find(needle[-_EDGE:], head + _EDGE)
        if tail < 0 or tail - head > 2 * len(needle):
            return None
        return head, tail + _EDGE - 1

    def line_of(self, text: str) -> int | None:
        pos = self._search(text, 0)
        return self._line(self._visible.offsets[pos]) if pos >= 0 else None


def _needle(text: str) -> str:
    """``text`` as the locator compares it: no whitespace, no invisible marks."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in _INVISIBLE)


def _visible_text(raw: str) -> _Visible:
    """Non-whitespace visible characters of ``raw`` with their offsets (entities decoded)."""
    chars: list[str] = []
    offsets: list[int] = []
    skip_until: str | None = None
    pos = 0

    def emit(segment_start: int, segment: str) -> None:
        i = 0
        for m in _ENTITY.finditer(segment):
            _emit_plain(chars, offsets, segment_start + i, segment[i:m.start()])
            decoded = htmllib.unescape(m.group())
            for ch in decoded:
                if not ch.isspace() and ch not in _INVISIBLE:
                    chars.append(ch)
                    offsets.append(segment_start + m.start())
            i = m.end()
        _emit_plain(chars, offsets, segment_start + i, segment[i:])

    for m in _TAG.finditer(raw):
        if skip_until is None and m.start() > pos:
            emit(pos, raw[pos:m.start()])
        pos = m.end()
        name = (m.group(2) or "").lower()
        closing = m.group(1) == "/"
        if skip_until is not None:
            if (closing and name == skip_until) or (skip_until == "head" and name == "body"):
                skip_until = None
            continue
        if name in _SKIP_CONTENT and not closing and not m.group().endswith("/>"):
            skip_until = name
    if skip_until is None and pos < len(raw):
        emit(pos, raw[pos:])
    return _Visible("".join(chars), tuple(offsets))


def _emit_plain(chars: list[str], offsets: list[int], start: int, text: str) -> None:
    for i, ch in enumerate(text):
        if not ch.isspace() and ch not in _INVISIBLE:
            chars.append(ch)
            offsets.append(start + i)
