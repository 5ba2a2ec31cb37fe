"""Sentences with character offsets, for Albanian, Arabic and English (sentencex plus fixes).

sentencex proposes the cut points; the fixes below remove cuts it gets wrong in news text:

* abbreviations that never end a sentence (Albanian ``p.sh.``, ``z.``, ``znj.``, ``Dr.``,
  ``Prof.``, ``nr.``...; Arabic ``د.``; English ``e.g.``, ``i.e.``, titles), and ones that end a
  sentence only before a capital (``etj.``, ``etc.``, ``sh.``): merged when a lowercase word or a
  digit follows;
* numbered list items: ``1. të ndalojë ...`` is one sentence, not ``1.`` plus the rest;
* single-letter initials (``J. Smith``);
* quotations: a cut inside an open quotation (« », “ ”, „ “, " ") is removed when the quotation
  closes within :data:`QUOTE_MAX_CHARS` characters of the sentence start.

Offsets are into the paragraph text: ``text[s.start:s.end] == s.text``; sentences are in order,
do not overlap, carry no leading/trailing whitespace, and together cover every non-space character.
Arabic ``؟`` and ``.`` end sentences; ``،`` and ``؛`` do not.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from .article import Article, Paragraph, Sentence
from .settings import Settings

QUOTE_MAX_CHARS = 600
"""A quotation that closes further than this from its sentence's start is split at its sentences."""

_ALWAYS = {
    "sq": ("p.sh.", "z.", "znj.", "zj.", "dr.", "prof.", "nr.", "mr.", "mrs.", "ing.", "av.", "gjen.", "kol.", "f.", "fq.", "vol.", "rr.", "n.j.", "pra."),
    "en": ("e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "sgt.", "capt.", "cf.", "vs.", "no.", "nos.", "fig.", "vol.", "pp.", "approx.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."),
    "ar": ("د.", "أ.", "م.د.", "أ.د.", "ص.ب."),
}
"""Abbreviations after which a sentence never ends (compared lower-cased, on the last word)."""

_BEFORE_LOWER = {
    "sq": ("etj.", "sh.", "etc.", "psh."),
    "en": ("etc.", "inc.", "ltd.", "co.", "corp.", "jr.", "sr.", "a.m.", "p.m."),
    "ar": (),
}
"""Abbreviations that end a sentence only when a capital (or nothing) follows."""

_EVERYWHERE = ("e.g.", "i.e.")
"""Latin abbreviations used in every language."""

_ITEM = re.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|[ivxIVX]{1,4}\.)$")
_INITIAL = re.compile(r"(?:^|\s)[A-ZÇË]\.$")
_LAST_WORD = re.compile(r"(\S+)$")
_END_PUNCT = frozenset(".?!؟…")
_CLOSERS = frozenset("\"”»’'“)]›")
_OPENERS = {"«": "»", "“": "”“", "„": "“”", '"': '"', "”": "”“", "‹": "›"}
"""Opening quote → characters that close it (“ also closes “ : pages use it for both)."""


def _boundaries(text: str, lang: str) -> list[int]:
    """Cut offsets proposed by sentencex, as offsets into ``text``.

    sentencex sees the text with every whitespace run collapsed to one space and no leading or
    trailing space, so its decisions do not depend on how the paragraph was wrapped or indented
    (which makes segmentation idempotent on its own joined output).
    """
    import sentencex

    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if not tokens:
        return []
    starts: list[int] = []
    pos = 0
    for a, b in tokens:
        starts.append(pos)
        pos += b - a + 1
    normalised = " ".join(text[a:b] for a, b in tokens)
    try:
        found = sentencex.get_sentence_boundaries(lang, normalised)
    except Exception:  # an unknown language code: English rules are the safest fallback
        found = sentencex.get_sentence_boundaries("en", normalised)
    cuts = set()
    for b in found:
        cut = int(b["end_index"])
        k = bisect.bisect_right(starts, cut) - 1
        if k < 0:
            continue
        inside = cut - starts[k]
        a, e = tokens[k]
        if 0 < inside < e - a and (not _ends_sentence(text[a:a + inside]) or text[a + inside] in _END_PUNCT):
            continue  # a cut inside a word not after end punctuation (e.g. after an opening quote)
        cuts.add(a + inside if inside <= e - a else e)
    return sorted(c for c in cuts if 0 < c < len(text))


def _ends_sentence(head: str) -> bool:
    """True when ``head`` ends with end punctuation, optionally followed by one closing quote/bracket."""
    if head[-1:] in _END_PUNCT:
        return True
    return len(head) >= 2 and head[-1] in _CLOSERS and head[-2] in _END_PUNCT


def _settle(text: str, cuts: list[int]) -> list[int]:
    """Move each cut past closing quotes/brackets standing alone after it (``Go. " Next`` → ``Go. "``)."""
    settled = []
    for cut in cuts:
        i = cut
        while i < len(text) and text[i].isspace():
            i += 1
        j = i
        while j < len(text) and text[j] in _CLOSERS:
            j += 1
        if j > i and (j == len(text) or text[j].isspace()):
            cut = j
        settled.append(cut)
    return sorted(set(c for c in settled if 0 < c < len(text)))


def _spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """Whitespace-trimmed, non-empty spans between consecutive cuts."""
    spans = []
    for start, end in zip([0, *cuts], [*cuts, len(text)]):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _open_quote(s: str) -> str | None:
    """The quotation still open at the end of ``s``, if any."""
    open_q: str | None = None
    for ch in s:
        if open_q is None:
            if ch in _OPENERS:
                open_q = ch
        elif ch in _OPENERS[open_q]:
            open_q = None
    return open_q


def _starts_lower(s: str) -> bool:
    """True when ``s`` starts (after quotes/brackets) with a lowercase letter or a digit."""
    for ch in s:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return True
        if not (ch.isspace() or ch in "\"'«“„(-–—"):
            return False
    return False


def _glue(current: str, following: str, lang: str) -> bool:
    """True when the cut between ``current`` and ``following`` is wrong."""
    if _ITEM.match(current):
        return True
    m = _LAST_WORD.search(current)
    word = m.group(1).lower().lstrip("(\"'«“„") if m else ""
    family = lang if lang in _ALWAYS else "en"
    if word in _ALWAYS[family] or word in _EVERYWHERE:
        return True
    if word in _BEFORE_LOWER[family] and _starts_lower(following):
        return True
    if _INITIAL.search(current) and following[:1].isupper() and len(current) > 2:
        return True
    return False


def split_sentences(text: str, lang: str | None) -> tuple[Sentence, ...]:
    """Split one paragraph into sentences with offsets into ``text``.

    Args:
        text: the paragraph.
        lang: ``sq``, ``ar``, ``en`` (other codes use sentencex's rules for that code, English fixes).
    """
    lang = (lang or "en").lower()
    spans = _spans(text, _settle(text, _boundaries(text, lang)))
    merged: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        i += 1
        while i < len(spans):
            current, following = text[start:end], text[spans[i][0]:spans[i][1]]
            if _glue(current, following, lang):
                end = spans[i][1]
                i += 1
                continue
            if _open_quote(current) is not None:
                j = i
                while j < len(spans) and spans[j][1] - start <= QUOTE_MAX_CHARS:
                    if _open_quote(text[start:spans[j][1]]) is None:
                        break
                    j += 1
                if j < len(spans) and spans[j][1] - start <= QUOTE_MAX_CHARS:
                    end = spans[j][1]
                    i = j + 1
                    continue
            break
        merged.append((start, end))
    return tuple(Sentence(text=text[s:e], start=s, end=e) for s, e in merged)


def segment(article: Article, settings: Settings) -> Article:
    """Fill ``sentences`` of every paragraph (paragraph language, else the article's)."""
    paragraphs: list[Paragraph] = []
    for p in article.paragraphs:
        sentences = split_sentences(p.text, p.lang or article.lang)
        paragraphs.append(dataclasses.replace(p, sentences=sentences))
    return article.replace(paragraphs=tuple(paragraphs))
