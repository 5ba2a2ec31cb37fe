"""Clean stage: a raw page becomes title, body paragraphs (with their source lines) and metadata.

HTML pages and JSONL records carrying HTML go to :func:`html.clean_html`. Text page dumps (and
JSONL records with ``text``) are cleaned line by line here:

1. every non-blank line is scored as prose or furniture (:mod:`boilerplate`);
2. the title is the best headline-shaped line before the first run of prose: repeated on the page
   (dumps repeat titles in breadcrumbs, "Reading:" bars and captions), close to the prose,
   followed by a byline or date; pages without one (a dated line and then prose) get ``None``;
   copies of the title ("Title / RT" captions, repeats) become furniture;
3. the article is the contiguous run of lines after the title with the highest total score
   (maximum subarray: prose counts for, furniture against, so short headings and list items
   between paragraphs stay in while menus around it fall out). Transparent lines (title copies,
   captions, share buttons, ads, newsletter boxes, inline "read also" links) count zero, so they
   neither break an article nor extend it; prose after the closing marker (an end marker that
   follows the first paragraphs) counts half, so a long comment thread does not outweigh the
   article; the run is extended backwards over transparent lines to a lead paragraph they cut off;
4. the run is cut at boundary markers: "end" families (comments, related links, source/credit
   lines, disclaimers, tags, copyright) end the article (the first part holding a body wins); a
   bare "Read also:" followed by a headline and at most a few paragraphs up to the next end marker
   is another article's teaser and is furniture as a whole; an inline "Read also: headline" drops
   only that line; transparent lines and bare dates inside the run are dropped;
5. unpunctuated short lines inside the body are in-article headings.

Each body line is one :class:`Paragraph` with ``source_lines=(n, n)``; on hard-wrapped pages
(terminal dumps: no line longer than ~100 characters) the lines of one paragraph are joined with
single spaces into one paragraph spanning its lines (:func:`boilerplate.units`). A page without
any article body is ``skipped`` at this stage with a reason saying so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .article import Article, Paragraph
from .boilerplate import Line, analyse
from .ingest import is_html
from .metadata import find_credit, find_outlet, find_published, parse_date
from .settings import Settings
from .textnorm import key

log = logging.getLogger(__name__)

STAGE = "clean"
TITLE_WINDOW = 15
"""How many non-blank lines before the first prose the title may be."""
MIN_BODY_SCORE = 4.0
"""A run of lines scoring less than this in total is not an article."""
MIN_BODY_WORDS = 25
"""Fewer body words than this (an "About us" blurb, a lone caption) is not an article."""
CLOSED_DISCOUNT = 0.5
"""Factor on positive line scores after the article's closing marker (see :func:`_discounted`)."""
TEASER_TAIL = 3
"""A bare "read also" + headline followed by at most this many paragraphs before the next end
marker (or the end of the page) is another article's teaser; more means the article goes on."""
_DELIMS = (" / ", " | ", " - ", " – ", " — ", ": ", " > ", " » ")


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the text cleaner found: title line, body lines (1-based) and which are headings."""

    title: str | None
    title_line: int | None
    body: tuple[tuple[int, int], ...]
    """``(first, last)`` raw line range of every body paragraph, in order."""
    headings: frozenset[int]
    """First lines of the body paragraphs that are in-article headings."""


def clean(article: Article, settings: Settings) -> Article:
    """Clean one article: HTML through :func:`html.clean_html`, text dumps line by line.

    Returns the article with ``title``, ``title_line``, ``paragraphs``, ``published``,
    ``published_raw``, ``outlet`` and ``credited_source`` filled in, or marked ``skipped`` at stage
    ``clean`` when the page holds no article body.
    """
    if is_html(article):
        from .html import clean_html

        return clean_html(article, settings)
    raw = article.raw or ""
    found = extract_text(raw)
    if not found.body:
        log.debug("%s: no article body among %d lines", article.source_file, raw.count("\n") + 1)
        return article.fail(
            STAGE,
            f"{article.source_file}: no article body found: every line looks like page furniture "
            "(menus, link lists, share/comment widgets, footers) and no run of sentences was found; "
            "check that the file is a saved article page, not a section front, index or error page",
            "skipped",
        )
    lines = raw.split("\n")
    paragraphs = _paragraphs(lines, found)
    return _apply_metadata(article, lines, found, paragraphs)


def _apply_metadata(article: Article, lines: list[str], found: Extraction, paragraphs: tuple[Paragraph, ...]) -> Article:
    body = frozenset(n for p in paragraphs for n in range(p.source_lines[0], p.source_lines[1] + 1))
    title, title_line = found.title, found.title_line
    hinted_title = article.hints.get("title")
    if hinted_title:
        title = hinted_title
        title_line = next((i for i, line in enumerate(lines, 1) if line.strip() == hinted_title), None)
    anchor = title_line if title_line is not None else min(body)
    published, published_raw = find_published(lines, anchor=anchor, body=body, body_end=max(body))
    if article.hints.get("published"):
        published_raw = article.hints["published"]
        published = parse_date(published_raw, article.hints.get("lang"))[0]
    outlet = article.hints.get("outlet") or find_outlet(lines, body=body, title=title)
    credited = find_credit(lines, body=body, outlet=outlet)
    return article.replace(
        title=title,
        title_line=title_line,
        paragraphs=paragraphs,
        published=published,
        published_raw=published_raw,
        outlet=outlet,
        credited_source=credited,
    )


def extract_text(raw: str) -> Extraction:
    """Find title, body lines and heading lines of a text page dump (see the module docstring)."""
    lines = list(analyse(raw))
    if not lines:
        return Extraction(None, None, (), frozenset())
    keys = [key(line.text) for line in lines]
    teasers = _teaser_regions(lines)
    title_idx = _find_title(lines, keys, teasers)
    copies = _title_copies(lines, keys, title_idx) | _widget_boxes(lines) | _pull_quotes(keys)
    furniture = copies | teasers
    start = title_idx + 1 if title_idx is not None else 0
    scores = _run_scores(lines, copies, teasers)
    lo, hi, total = _best_run(scores, start)
    if hi < lo or total < MIN_BODY_SCORE:
        return Extraction(_title_text(lines, title_idx), _title_number(lines, title_idx), (), frozenset())
    lo = _extend_back(lines, scores, furniture, lo, start)
    kept = _cut(lines, list(range(lo, hi + 1)), furniture)
    kept = [i for i in kept if i not in furniture]
    if sum(lines[i].words for i in kept) < MIN_BODY_WORDS or not any(lines[i].end != "none" for i in kept):
        kept = []
    headings = frozenset(
        lines[i].number for pos, i in enumerate(kept) if _is_heading(lines, kept, pos)
    )
    return Extraction(
        _title_text(lines, title_idx),
        _title_number(lines, title_idx),
        tuple((lines[i].number, lines[i].last) for i in kept),
        headings,
    )


def _title_text(lines: list[Line], idx: int | None) -> str | None:
    return lines[idx].text if idx is not None else None


def _title_number(lines: list[Line], idx: int | None) -> int | None:
    return lines[idx].number if idx is not None else None


def _best_run(scores: list[float], start: int) -> tuple[int, int, float]:
    """Maximum-sum contiguous run of ``scores[start:]``: ``(first, last, total)``."""
    best = (start, start - 1, 0.0)
    run_start, run_total = start, 0.0
    for i in range(start, len(scores)):
        if run_total <= 0:
            run_start, run_total = i, 0.0
        run_total += scores[i]
        if run_total > best[2]:
            best = (run_start, i, run_total)
    return best


def _run_scores(lines: list[Line], copies: set[int], teasers: set[int]) -> list[float]:
    """Scores for the article run: transparent lines (title copies, captions, share buttons, ads,
    inline "read also" links) count zero so they neither break nor extend the article; teaser
    paragraphs count against it; positive scores after the closing marker count half."""
    scores = []
    for i, line in enumerate(lines):
        if i in teasers:
            scores.append(-3.0)
        elif i in copies or line.caption or line.action in ("skip", "teaser"):
            scores.append(0.0)
        else:
            scores.append(line.score)
    return _discounted(lines, scores)


def _discounted(lines: list[Line], scores: list[float]) -> list[float]:
    """Halve positive scores after a closing marker: an end marker ("Comments", "Related",
    "Source: ...") that follows at least two prose lines. Comment threads and teaser paragraphs
    there can be denser than the article itself; a marker before any prose ("Latest News" in a top
    bar) closes nothing."""
    out, prose_seen, closed = [], 0, False
    for line, score in zip(lines, scores):
        if not closed and line.action == "end" and prose_seen >= 2:
            closed = True
        prose_seen += line.prose
        out.append(score * CLOSED_DISCOUNT if closed and score > 0 else score)
    return out


def _first_prose(lines: list[Line], teasers: set[int]) -> int | None:
    """Index of the first line of the best prose run (ignoring title questions)."""
    lo, hi, total = _best_run(_run_scores(lines, set(), teasers), 0)
    if hi < lo:
        return None
    for i in range(lo, hi + 1):
        if lines[i].prose and lines[i].words >= 8 and lines[i].end == "strong" and not lines[i].repeated:
            return i
    return lo


def _find_title(lines: list[Line], keys: list[str], teasers: set[int]) -> int | None:
    """Index of the title line, or None when the page shows none before its prose.

    ``keys`` are the lines' :func:`textnorm.key`, ``teasers`` the :func:`_teaser_regions` lines.
    """
    first = _first_prose(lines, teasers)
    if first is None:
        return None
    recurring = _recurring_names(keys)
    best: tuple[float, int] | None = None
    for i in range(max(0, first - TITLE_WINDOW), first + 1):
        line = lines[i]
        if not _title_eligible(line) or (i == first and not line.repeated):
            continue
        copies = sum(1 for j, other in enumerate(lines) if j != i and lines[j].action is None and _is_copy(keys[i], keys[j], other.text, line.text))
        score = 3.0 * min(copies, 2) if line.words >= 3 else 0.0
        score += 2.0 if 4 <= line.words <= 20 else 0.0
        score -= 0.15 * (first - i)
        after = lines[i + 1 : i + 4]
        if any(a.dateish or a.byline for a in after):
            score += 1.0
        if any(f" {name} " in f" {keys[i]} " for name in recurring if name != keys[i]):
            score -= 2.0  # "Harbour Daily News staff": the site's name plus a word is not a title
        if best is None or score > best[0]:
            best = (score, i)
    if best is None or best[0] <= 0:
        return None
    # The first standalone occurrence of the chosen text is the title line.
    chosen = keys[best[1]]
    for i in range(max(0, first - TITLE_WINDOW), best[1] + 1):
        if keys[i] == chosen and lines[i].text == lines[best[1]].text:
            return i
    return best[1]


def _recurring_names(keys: list[str]) -> set[str]:
    """Short (2-6 word) line texts found in more than one line of the page: site names, sections."""
    out = set()
    for k in set(keys):
        if 2 <= len(k.split()) <= 6 and sum(f" {k} " in f" {other} " for other in keys) > 1:
            out.add(k)
    return out


def _title_eligible(line: Line) -> bool:
    if line.last != line.number:
        return False  # a title is one line (a wrapped unit is prose)
    if line.words < 2 or line.words > 30 or line.action is not None:
        return False
    if line.dateish or line.bullet or line.crumb or line.caption or line.byline:
        return False
    trimmed = line.text.rstrip("\"'”’»)")
    return not trimmed.endswith((":", ".", ";", ","))


def _is_copy(title_key: str, other_key: str, other: str, title: str) -> bool:
    """True when ``other`` repeats ``title``: verbatim, or with a prefix/suffix after a delimiter."""
    if not title_key or len(title_key.split()) < 2:
        return False
    if other_key == title_key:
        return True
    if title not in other:
        return False
    pos = other.index(title)
    before, after = other[:pos], other[pos + len(title) :]
    return (not before or before.rstrip().endswith((":", ">", "|", "/", "-", "–", "—", "»")) or before.endswith(_DELIMS)) and (
        not after or after.startswith(_DELIMS)
    )


def _title_copies(lines: list[Line], keys: list[str], title_idx: int | None) -> set[int]:
    if title_idx is None:
        return set()
    title = lines[title_idx].text
    tkey = keys[title_idx]
    return {
        i for i, line in enumerate(lines)
        if i != title_idx and _is_copy(tkey, keys[i], line.text, title)
    }


def _teaser_regions(lines: list[Line]) -> set[int]:
    """Lines of another article's teaser: a bare "Read also:", a headline, and the few paragraphs
    after it up to the next end marker or the end of the page (at most :data:`TEASER_TAIL`)."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if line.action != "teaser" or line.words > 4 or i + 1 >= len(lines) or not lines[i + 1].headline_like:
            continue
        region = [i + 1]
        j = i + 2
        while j < len(lines) and lines[j].action != "end" and not lines[j].bullet:
            region.append(j)
            j += 1
        if sum(lines[k].prose for k in region) <= TEASER_TAIL:
            out.update(region)
    return out


def _pull_quotes(keys: list[str]) -> set[int]:
    """Short lines (5-25 words) whose text recurs inside a longer line: pull quotes, highlighted
    excerpts and "key sentence" boxes that repeat a paragraph (``keys``: the lines' keys)."""
    out: set[int] = set()
    for i, k in enumerate(keys):
        if 5 <= len(k.split()) <= 25:
            if any(j != i and len(other) > len(k) and f" {k} " in f" {other} " for j, other in enumerate(keys)):
                out.add(i)
    return out


def _widget_boxes(lines: list[Line]) -> set[int]:
    """Lines framed by two markers of one family at most two lines apart on each side: the blurb of
    a newsletter box ("Sign up" / "Get our top stories every morning." / "Subscribe")."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if line.family is not None:
            continue
        before = {lines[j].family for j in range(max(0, i - 2), i) if lines[j].family}
        after = {lines[k].family for k in range(i + 1, min(len(lines), i + 3)) if lines[k].family}
        if before & after:
            out.add(i)
    return out


def _transparent(line: Line, i: int, furniture: set[int]) -> bool:
    return i in furniture or line.caption or line.action == "skip"


def _extend_back(lines: list[Line], scores: list[float], furniture: set[int], lo: int, start: int) -> int:
    """Move the run's start back over title copies/captions to positive lines they interrupt."""
    i = lo - 1
    while i >= start:
        if _transparent(lines[i], i, furniture):
            i -= 1
            continue
        if scores[i] > 0 and lines[i].action is None:
            lo = i
            i -= 1
            continue
        break
    return lo


def _cut(lines: list[Line], run: list[int], furniture: set[int]) -> list[int]:
    """Apply boundary markers to a run of line indexes; return the indexes that stay."""
    parts: list[list[int]] = [[]]
    for i in run:
        if lines[i].action == "end":
            parts.append([])
        else:
            parts[-1].append(i)
    # The article is the first part that holds a body on its own (what follows an end marker is
    # comments, related links, footers); failing that, the part with the most prose.
    weight = [sum(max(lines[i].score, 0.0) for i in p) for p in parts]
    firsts = [p for p, w in zip(parts, weight) if w >= MIN_BODY_SCORE and sum(lines[i].prose for i in p) >= 2]
    part = firsts[0] if firsts else max(zip(weight, parts), key=lambda wp: wp[0])[1]
    kept: list[int] = []
    skip_next_headline = False
    for i in part:
        line = lines[i]
        if line.action == "teaser":
            skip_next_headline = line.words <= 4  # a bare "Read also:" announces a headline
            continue
        if skip_next_headline:
            skip_next_headline = False
            if line.headline_like:
                continue
        if line.action == "skip" or line.caption or line.dateish or i in furniture:
            continue
        kept.append(i)
    while kept and lines[kept[-1]].score <= 0 and lines[kept[-1]].end == "none":
        kept.pop()  # never end on a headline-shaped line
    return kept


def _is_heading(lines: list[Line], kept: list[int], pos: int) -> bool:
    line = lines[kept[pos]]
    if pos + 1 >= len(kept) or line.end != "none" or line.bullet or line.numbered:
        return False
    return line.words <= 20


def _paragraphs(raw_lines: list[str], found: Extraction) -> tuple[Paragraph, ...]:
    """One paragraph per body unit: its stripped line(s), joined by a space when hard-wrapped."""
    out = []
    for first, last in found.body:
        text = " ".join(line.strip() for line in raw_lines[first - 1 : last] if line.strip())
        out.append(Paragraph(text=text, source_lines=(first, last), heading=first in found.headings))
    return tuple(out)
