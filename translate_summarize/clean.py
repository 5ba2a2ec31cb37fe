"""Clean stage: a raw page becomes title, body paragraphs (with their source lines) and metadata.

HTML pages and JSONL records carrying HTML go to :func:`html.clean_html`. Text page dumps (and
JSONL records with ``text``) are cleaned line by line here, as a reader sees them: a page saved as
Markdown as its text (:mod:`markdown`), a scrape without the scripts, styles and JSON-LD it kept
(:mod:`pagecode`), a wire story whole across its takes (:mod:`wire`), a news database's record of an
article as its headline and text (:mod:`exports`), a text browser's dump without its link numbers,
each line for line (what the markup names of the headline, date and site is
believed where the page agrees):

1. every non-blank line is scored as prose or furniture (:mod:`boilerplate`); on a stream of posts
   (a channel's web view: posts one after another under the sender's name, :mod:`posts`) only the
   post that holds the article, past its sender line, is read on;
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
5. a learned second opinion (:mod:`line_model`, a logistic regression over site-independent line,
   block and page features, fitted on the tuning templates) drops kept lines that are no sentence,
   no list item and share no content word with the article when it judges them furniture (a poll
   or a match card between paragraphs, a page jump);
6. unpunctuated short lines inside the body are in-article headings;
7. a learned title chooser (:mod:`title_model`, gradient-boosted trees over site-independent
   features of the candidate lines above the body: position, shape, words shared with the lead
   and the body, copies on the page, neighbours) judges the lines above the article's first body
   line, alone and joined in pairs; its best candidate replaces the rules' title of step 2 when
   its probability reaches the shipped threshold.

Each body line is one :class:`Paragraph` with ``source_lines=(n, n)``; on hard-wrapped pages
(terminal dumps: no line longer than ~100 characters) the lines of one paragraph are joined with
single spaces into one paragraph spanning its lines (:func:`boilerplate.units`). A page without
any article body is ``skipped`` at this stage with a reason saying so.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
from dataclasses import dataclass
from functools import cache

from .article import Article, Paragraph
from .boilerplate import RUN_ON_LETTERS, SINGLE_FAMILIES, WIDE_GAP, Line, analyse, caption_opening, closes_dateline, label_family, marker_family, page_signals, without_link_numbers, without_spacer_lines
from .ingest import is_html
from .exports import read_export
from .mail import read_forward
from .markdown import read_markdown
from .newsletter import greeting, next_items, post_button, post_header
from .pagecode import read_code
from .pagetext import PageText
from .wire import read_wire
from .metadata import FOLLOW_BUTTON, MENU_ROW, READ_TIME, SITE_HEADER_NAMES, field_blocks, menu_items, find_credit, record_blocks, find_dates, find_outlet, find_published, parse_date, post_tab_caption, site_header, title_bar_site, TAB_TITLE_LINES, POST_HEADER_LINES
from .posts import ChatExport, article_post, best_post, best_run, chat_export, chat_outlet, chat_post, entry_post, entry_starts, headline_shaped, past_label, post_starts, post_title, reddit_page, thread_page, tweet_headline, unroll_page, ENTRY_LABEL_WORDS
from .settings import Settings
from .line_model import candidate as line_model_candidate, shipped as shipped_line_model
from .title_model import Candidate as TitleCandidate, shipped as shipped_title_model, text_of as title_model_text
from .lexicon import LOADERS, READ_MORE, REPORTING_VERBS, STOPWORDS, WEEKDAYS
from .textnorm import ascii_digits, fold, key, words

log = logging.getLogger(__name__)

STAGE = "clean"
TITLE_WINDOW = 15
"""How many non-blank lines before the first prose the title may be."""
MIN_BODY_SCORE = 4.0
"""A run of lines scoring less than this in total is not an article."""
MIN_BODY_WORDS = 25
"""Fewer body words than this (an "About us" blurb, a lone caption) is not an article, unless it
sits right under its headline (:func:`_attached`)."""
MIN_SHORT_SCORE = 2.0
"""The least run score of an article right under its headline: one sentence of six words."""
CLOSING_REACH = 6
"""Lines between a source line and the prose above it that it can still close (:func:`_closes`)."""
CLOSED_DISCOUNT = 0.5
"""Factor on positive line scores after the article's closing marker (see :func:`_discounted`)."""
TEASER_TAIL = 3
"""A bare "read also" + headline followed by at most this many paragraphs before the next end
marker (or the end of the page) is another article's teaser; more means the article goes on."""
PAGE_CLOSERS = frozenset({"copyright", "comments"})
"""End families that close the page rather than the article (the footer's copyright, the comment
thread): teasers set after an article run up to them too."""
_DELIMS = (" / ", " | ", " - ", " – ", " — ", ": ", " > ", " » ")
SHORT_LINE = 3
"""Lines of at most this many words (names, roles, kickers, buttons) may sit between a headline
and its article; one is the title only when no longer headline lies above it."""
JOIN_MAX_WORDS = 24
"""Two adjacent headline-shaped lines with no other cue are one wrapped headline up to this many words."""
COHESION = 2
TOPIC_WORDS = 12
"""Words of text after a label needed to judge that it turns to another story (:func:`_topic_cut`)."""
"""Content words a headline shares with its article's first lines (see :func:`_lead_is_body`)."""
PUNCTUATED_TITLE_WORDS = 15
"""A headline may end with a full stop up to this many words ("Tsunami toll soars above 800.")."""
_CLOSERS = "\"'”’»)“‘«"
_CARRIES_ON = (",", "،", ":")
"""Endings of the upper line of a headline wrapped over two lines ("Livingston - Rangers 1-0:")."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the text cleaner found: title line, body lines (1-based) and which are headings."""

    title: str | None
    title_line: int | None
    body: tuple[tuple[int, int], ...]
    """``(first, last)`` raw line range of every body paragraph, in order."""
    headings: frozenset[int]
    """First lines of the body paragraphs that are in-article headings."""


@dataclass(frozen=True)
class TitleChoice:
    """What the learned title chooser (step 7) is shown on a page: its lines as the cleaner reads
    them, their keys, the body found, the teaser regions and the rules' title (line indices)."""

    lines: list[Line]
    keys: list[str]
    body: list[int]
    teasers: set[int]
    rules: TitleCandidate | None


def clean(article: Article, settings: Settings) -> Article:
    """Clean one article: HTML through :func:`html.clean_html`, text dumps line by line.

    Returns the article with ``title``, ``title_line``, ``paragraphs``, ``published``,
    ``published_raw``, ``outlet`` and ``credited_source`` filled in, or marked ``skipped`` at stage
    ``clean`` when the page holds no article body.
    """
    if is_html(article):
        from .html import clean_html

        return clean_html(article, settings)
    raw, chat, page = _reading(article.raw or "")
    if article.kind == "record" and not article.hints.get("raw", chat is not None or _furnished(raw) or read_forward(article.raw or "") is not None):
        marked = read_markdown(article.raw or "")  # (a record's text is the article: its links read as text, nothing blanked as code)
        return _clean_record(article, without_link_numbers(marked.text if marked else article.raw or ""))
    found = _extract(raw, chat)
    found = _caption_headline(raw.split("\n"), found)
    if page is not None:  # (a Markdown page's header says what its headline, date and site are)
        found = _headline_named(raw.split("\n"), found, page.title, page.site)
        if page.site and not article.hints.get("outlet"):
            article = article.replace(hints={**article.hints, "outlet": page.site})
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
    paragraphs = _paragraphs(list(chat.lines) if chat else lines, found)  # (a chat's without stamps and senders)
    sender = chat_outlet(chat, found.title_line or found.body[0][0]) if chat else None
    cleaned = _apply_metadata(article, lines, found, paragraphs, outlet=sender)
    if page is None or article.hints.get("published"):
        return cleaned
    if page.published:
        return _named_date(cleaned, page.published)
    return _sent_date(cleaned, page.sent) if page.sent else cleaned


def _sent_date(article: Article, sent: str) -> Article:
    """``article`` dated the day its page was mailed (a forwarded mail's header date) when its own
    text shows no date: a press release or notice forwarded with no dateline of its own was out by
    then (the article's own date, when it shows one, is always taken over the mail's)."""
    if article.published is not None:
        return article
    iso, _ = parse_date(sent)
    return article if iso is None else article.replace(published=iso, published_raw=sent)


NAMED_DATE_DAYS = 1
"""Days by which the page's own date may differ from the one its markup names (a JSON-LD or reader
header's UTC time of an article dated after midnight in its own zone) and still be taken."""


def _named_date(article: Article, named: str) -> Article:
    """``article`` with the date its page's markup names when the page shows none, or one more
    than :data:`NAMED_DATE_DAYS` away from it (a masthead's or a related item's date)."""
    iso, _ = parse_date(named)
    if iso is None:
        return article
    if article.published is not None:
        gap = abs((dt.date.fromisoformat(article.published) - dt.date.fromisoformat(iso)).days)
        if gap <= NAMED_DATE_DAYS:
            return article
    return article.replace(published=iso, published_raw=named)


PAGE_SIGNALS = 2
"""A JSONL record's text with at least this many :func:`boilerplate.page_signals` is a page dump."""
RECORD_DATE_LINES = 3
"""Bare date lines among a record's first lines are its dateline, not body."""


def looks_like_page_dump(text: str) -> bool:
    """True when a record's ``text`` shows web-page furniture (at least :data:`PAGE_SIGNALS` of
    share bars, comment or "most read" markers, copyright lines, menus, breadcrumbs): a saved page
    to clean like a ``.txt`` dump. A feed item, a crawler's extracted body or a headline shows none
    or one (a dateline with "|" is not a breadcrumb). A chat export (:func:`posts.chat_export`) is
    a page dump too: its article is one of its messages; so is a thread's tweet page
    (:func:`posts.thread_page`) or a thread unrolled by Thread Reader App (:func:`posts.unroll_page`),
    whose interface is in English whatever the thread's language and names few of the usual signals
    (a Reddit post page too: :func:`posts.reddit_page`),
    and so is a forwarded e-mail (:func:`mail.read_forward`: a forward header at the top, its note,
    the outlet's share-by-mail copy and the mail's footer around the article)."""
    return (
        chat_export(text) is not None or thread_page(text) is not None or unroll_page(text) is not None
        or reddit_page(text) is not None
        or read_forward(text) is not None or _furnished(text)
    )


def _furnished(text: str) -> bool:
    """At least :data:`PAGE_SIGNALS` signals of page furniture (:func:`boilerplate.page_signals`)."""
    return page_signals(analyse(text)) >= PAGE_SIGNALS


def _reading(raw: str) -> tuple[str, ChatExport | None, PageText | None]:
    """``raw`` as the cleaner reads it: a Markdown page as its text (:func:`markdown.read_markdown`),
    a scrape without its scripts, styles and JSON-LD (:func:`pagecode.read_code`), a wire feed's
    story whole across its takes (:func:`wire.read_wire`), a news database's record as its article's
    headline and text (:func:`exports.read_export`), a forwarded e-mail as the mail it forwards
    (:func:`mail.read_forward`), without a text browser's link numbers ("[12]Politics": :func:`boilerplate.without_link_numbers`)
    and with lines of invisible spacers blank (a caption's "⠀" lines: :func:`boilerplate.without_spacer_lines`),
    with a thread's tweet headers and counts blanked on a tweet page (:func:`posts.thread_page`)
    and what follows an unrolled thread blanked (:func:`posts.unroll_page`), all but a Reddit
    post's title and the article it carries blanked (:func:`posts.reddit_page`),
    and as a chat export when it is one (:func:`posts.chat_export`)."""
    page = read_markdown(raw) or read_code(raw) or read_wire(raw) or read_export(raw) or read_forward(raw)
    text = without_spacer_lines(without_link_numbers(page.text if page is not None else raw))
    text = thread_page(text) or unroll_page(text) or reddit_page(text) or text
    return text, chat_export(text), page


TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " • ", " · ")
"""What parts a page's ``<title>`` into the headline and the site's name ("Headline | Site")."""


def _headline_named(rows: list[str], found: Extraction, named: str | None, site: str | None = None) -> Extraction:
    """``found`` with the title its page's markup names ("Title: Headline | Site", a front
    matter's ``title:``, a JSON-LD ``headline``) when a line (or two lines) above the body reads as
    it, the site's name apart (the nearest such line to the body); the markup is only believed
    where the page shows the same headline."""
    if not named or not found.body:
        return found
    wanted = {key(named)}
    for sep in TITLE_SEPARATORS:  # "Headline | Site", "Site - Headline": the longer part is the headline
        for parts in (named.rsplit(sep, 1), named.split(sep, 1)):
            if len(parts) == 2:
                wanted.add(key(max(parts, key=lambda part: len(words(part)))))
    wanted -= {"", key(site or "")}
    top = found.body[0][0]  # (the headline may have been taken for the body's first line)
    texts = [(n, row.strip()) for n, row in enumerate(rows[:top], 1) if row.strip()]
    for (n, text), nxt in reversed(list(zip(texts, texts[1:] + [None]))):  # (the copy nearest the body)
        if nxt is not None and nxt[0] <= n + 2 and nxt[0] <= top and (key(nxt[1]) or _digits_named(nxt[1], named)) and key(f"{text} {nxt[1]}") in wanted:
            return _titled(found, f"{text} {nxt[1]}", n, nxt[0])  # (a headline on two lines; a line of digits, a date, is no part of it)
        if key(text) in wanted:
            return found if found.title_line == n else _titled(found, text, n, n)
    return found


def _digits_named(line: str, named: str) -> bool:
    """True when the numbers of a line of digits under a headline ("3 - 1") stand in that order in
    the headline the markup names ("Harbour United 3 - 1 City Rovers"): the score or the year is
    the headline's second line; a date line's digits the markup's headline does not hold."""
    digits = " ".join(words(ascii_digits(line)))
    return bool(digits) and f" {digits} " in f" {' '.join(words(ascii_digits(named)))} "


def _caption_headline(rows: list[str], found: Extraction) -> Extraction:
    """``found`` with the caption's first line as its title on a post page whose tab title quotes
    the caption's first words (:func:`metadata.post_tab_caption`): the caption opens with the
    headline, so the line at or above the body's start that begins with the quoted words is it
    (a headline ending in a full stop may otherwise be read as the body's first sentence)."""
    top_rows = 2 * (TAB_TITLE_LINES + POST_HEADER_LINES)  # (blank lines between them)
    if not found.body:
        return found
    caption = post_tab_caption([row for row in rows[:top_rows] if row.strip()])
    if caption is None:
        return _caption_opening_headline(rows, found)
    want, top = key(caption), found.body[0][0]
    for n, row in enumerate(rows[:top], 1):
        k = key(row)
        if k.startswith(want) and len(k) > len(want):
            return found if found.title_line == n else _titled(found, row.strip(), n, n)
    return found


def _caption_opening_headline(rows: list[str], found: Extraction) -> Extraction:
    """``found`` with the first line of a post page's caption (:func:`boilerplate.caption_opening`)
    as its title when no title was found under the caption's author line (none, or one above it in
    the page's header) and that line opens the body with more of it following: a news account's
    caption opens with the headline, which, ending in a full stop, reads like a first sentence."""
    first = caption_opening(rows)
    if first is None or (found.title_line is not None and found.title_line >= first):
        return found
    if len(found.body) < 2 or found.body[0][0] != first:
        return found
    return _titled(found, rows[first - 1].strip(), first, first)


def _titled(found: Extraction, title: str, first: int, last: int) -> Extraction:
    """``found`` with ``title`` on lines ``first``..``last``, which leave the body."""
    body = tuple(span for span in found.body if span[1] < first or span[0] > last)
    if not body:
        return found  # (a page of its headline alone keeps it as its text)
    return Extraction(title, first, body, found.headings - set(range(first, last + 1)))


def _clean_record(article: Article, raw: str) -> Article:
    """A JSONL record whose text is the article itself: every non-blank line is body, except a
    headline-shaped first line followed by more text (the title, unless the record gives one) and
    bare date lines among the first lines (its dateline). Nothing is dropped for being short,
    unpunctuated or furniture-like: a headline-only item is one body line."""
    units = list(analyse(raw))
    hinted = article.hints.get("title")
    title_idx: int | None = None
    if len(units) > 1 and (key(units[0].text) == key(hinted) if hinted else _record_headline(units[0])):
        title_idx = 0
    start = 0 if title_idx is None else 1
    kept = [i for i in range(start, len(units)) if not (units[i].dateish and i < start + RECORD_DATE_LINES)]
    if not kept:  # a title (and a date) only: the headline is the text
        kept = [0]
        title_idx = None if not hinted else title_idx
    found = Extraction(
        units[title_idx].text if title_idx is not None else None,
        units[title_idx].number if title_idx is not None else None,
        tuple((units[i].number, units[i].last) for i in kept),
        frozenset(units[i].number for pos, i in enumerate(kept) if _is_heading(units, kept, pos)),
    )
    lines = raw.split("\n")
    return _apply_metadata(article, lines, found, _paragraphs(lines, found))


def _record_headline(line: Line) -> bool:
    """A record's first line that reads as its headline: one line of 2-30 words, no date, not a sentence."""
    return line.last == line.number and 2 <= line.words <= 30 and line.end != "strong" and not line.dateish and line.action is None


def _apply_metadata(
    article: Article, lines: list[str], found: Extraction, paragraphs: tuple[Paragraph, ...], outlet: str | None = None
) -> Article:
    """Fill in the title, date, outlet and credited wire; ``outlet`` is the one the page's shape
    names (a chat message's sender), taken unless the input gives one."""
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
    outlet = article.hints.get("outlet") or outlet or find_outlet(lines, body=body, title=title)
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


def extract_text(raw: str, vet: bool = True, rerank: bool = True) -> Extraction:
    """Find title, body lines and heading lines of a text page dump (see the module docstring).

    ``vet=False`` skips the learned second opinion on the kept lines (step 5; used to fit it);
    ``rerank=False`` the learned title chooser (step 7; used to fit it)."""
    return _extract(*_reading(raw)[:2], vet=vet, rerank=rerank)


def title_choice(raw: str) -> tuple[Extraction, TitleChoice | None]:
    """:func:`extract_text` without the learned title chooser, and what the chooser is shown on
    the page (None where it is not asked: no body, a message's headline; used to fit it)."""
    shown: list[TitleChoice] = []
    found = _extract(*_reading(raw)[:2], rerank=False, shown=shown)
    return found, shown[0] if shown else None


def _extract(raw: str, chat: ChatExport | None, vet: bool = True, rerank: bool = True, shown: list[TitleChoice] | None = None) -> Extraction:
    """:func:`extract_text` of a page already read (:func:`_reading`); ``shown`` collects what
    the learned title chooser is shown (:func:`title_choice`)."""
    lines = list(analyse("\n".join(chat.lines) if chat else raw))
    entries = [] if chat or post_starts(lines) else entry_starts(lines)
    if entries and _one_story(lines, entries):
        entries = []  # (a live blog of one story under headed updates is one article)
    if entries:  # a live page's stories, each under its time: the article is one of them
        post = entry_post(lines, entries)
    else:
        stamps = _entry_stamps(lines)
        lines = [line for i, line in enumerate(lines) if i not in stamps]
        post = chat_post(lines, chat.starts) if chat else article_post(lines) or _record_post(lines)
    if post is not None:  # a stream of posts: the article is one of them (see posts.py)
        lines = lines[post[0]:post[1]]
    if not lines:
        return Extraction(None, None, (), frozenset())
    keys = [key(line.text) for line in lines]
    teasers = _teaser_regions(lines)
    title = _find_title(lines, keys, teasers)
    if chat and lines[0].number >= chat.starts[0]:
        message = _message_headline(lines)
    else:  # (an entry of a live page, not the lines above its first entry)
        message = _entry_headline(lines) if entries and post is not None and post[0] > 0 else None
    if message is not None and (title is None or title.last < message):
        title = _Title(message, message)  # (the label over it is no title; see _message_headline)
    else:
        message = None
    tweet = tweet_headline(lines) if post is None and not entries else None
    if tweet is not None and message is None and (title is None or title.first != tweet):  # (the same title keeps its standfirst)
        title = _Title(tweet, tweet)  # (a tweet page: the account's tweet is the headline; see posts.tweet_headline)
    posted = post_title(lines) if tweet is None and message is None else None
    if posted is not None and (title is None or title.first != posted):  # (a Reddit post's title: see posts.reddit_page)
        title = _Title(posted, posted, lead=_opening_line(lines, posted))  # (its standfirst or unpunctuated lead under it)
    newsletter = post_header(lines) if chat is None and post is None and not entries else None
    frame: set[int] = set()
    if newsletter is not None:
        title, frame = _newsletter_title(lines, newsletter, title)
        teasers = teasers | next_items(lines, max(frame | {title.last}) + 1)
    span = (title.first, title.last) if title else None
    title_text = " ".join(lines[i].text for i in range(span[0], span[1] + 1)) if span else None
    title_number = lines[span[0]].number if span else None
    boxes = _widget_boxes(lines)
    if newsletter is not None:
        boxes = {i for i in boxes if not _between_post_buttons(lines, i)}
    copies = _title_copies(lines, keys, span) | boxes | _pull_quotes(lines, keys) | _link_lists(lines)
    if newsletter is not None:
        copies |= frame
    furniture = copies | teasers
    start = span[1] + 1 if span is not None else 0
    scores = _run_scores(lines, copies, teasers)
    lo, hi, total = _best_run(scores, start)
    closing = _closing_marker(lines)
    if title is not None and start < closing <= lo:
        # the best run lies after the closing marker: a short article under its headline comes first
        early = _best_run(scores[:closing], start)
        if early[1] >= early[0] and early[2] >= MIN_SHORT_SCORE and _attached(lines, title, early[0], frame):
            lo, hi, total = early
        else:
            bare = _bare_body(lines, title, furniture, stamped=message is not None)  # a short article that lost its full stops
            if bare and bare[-1] < closing:
                return Extraction(title_text, title_number, tuple((lines[i].number, lines[i].last) for i in bare), frozenset())
    attached = title is not None and hi >= lo and _attached(lines, title, lo, frame)
    if hi < lo or total < (MIN_SHORT_SCORE if attached else MIN_BODY_SCORE):
        stamped = message is not None or posted is not None or (title is not None and _post_header_above(lines, title.first))  # (dated above it)
        bare = _bare_body(lines, title, furniture, stamped=stamped) if title is not None else []
        if newsletter is not None and not bare:
            bare = _newsletter_body(lines, max(frame | {start - 1}) + 1, furniture)
        return Extraction(title_text, title_number, tuple((lines[i].number, lines[i].last) for i in bare), frozenset())
    lo = _extend_back(lines, scores, furniture, lo, start)
    kept = _cut(lines, list(range(lo, hi + 1)), furniture)
    kept = [i for i in kept if i not in furniture]
    if title is not None and kept:
        lead_lines = [i for i in title.opening() if i < kept[0] and i not in furniture and not _label_pair(lines[i])]
        kept = lead_lines + kept  # standfirst, lead lines (a dateline "City - Name" under the headline is none)
    kept = _topic_cut(lines, _next_header_cut(lines, kept), title_text)
    kept = _resume_after_box(lines, kept, furniture, title_text)
    kept = _drop_inserts(lines, kept, title_text)
    kept = kept + _quote_tail(lines, kept, furniture)
    while kept and lines[kept[-1]].end == "none" and lines[kept[-1]].words <= LABEL_WORDS:
        kept.pop()  # never end on a label (what closed the article may have been a box)
    if kept and kept[-1] + 1 < len(lines) and kept[-1] + 1 not in furniture and _closing_line(lines, kept[-1] + 1):
        kept.append(kept[-1] + 1)
    if not attached and (sum(lines[i].words for i in kept) < MIN_BODY_WORDS or not any(lines[i].end != "none" for i in kept)):
        kept = []
    if newsletter is not None and not kept:
        kept = _newsletter_body(lines, max(frame | {start - 1}) + 1, furniture)  # (a short post opening with a subheading)
    if vet and any(line_model_candidate(lines[i]) for i in kept):  # (else nothing for it to judge)
        opening = set(title.opening()) if title is not None else set()  # (the headline's standfirst, lead lines)
        kept = shipped_line_model().vet(lines, kept, protect=_on_topic(lines, kept, title_text) | opening)
    headings = frozenset(  # (the headline's standfirst heads no section)
        lines[i].number for pos, i in enumerate(kept) if _is_heading(lines, kept, pos) and not (title and i == title.standfirst)
    )
    own = _coherent_headline(lines, kept, furniture, title) if title is not None and newsletter is None else None
    if own is not None:
        title_text, title_number = lines[own].text, lines[own].number
        kept = [i for i in kept if i != own]  # (the headline was taken for the standfirst)
        headings = headings - {lines[own].number}
        span = (own, own)
    if (rerank or shown is not None) and kept and message is None and newsletter is None:  # (a message's headline is where the channel put it)
        rules = TitleCandidate(*span) if span is not None else None
        if shown is not None:
            shown.append(TitleChoice(lines, keys, kept, teasers, rules))
        chosen = shipped_title_model().choose(lines, keys, kept, teasers, rules, TITLE_WINDOW) if rerank else None
        if chosen is not None and chosen != rules:
            title_text, title_number = title_model_text(lines, chosen), lines[chosen.first].number
    return Extraction(title_text, title_number, tuple((lines[i].number, lines[i].last) for i in kept), headings)


def _newsletter_title(lines: list[Line], header: tuple[int, int | None, int], found: _Title | None) -> tuple[_Title, set[int]]:
    """The title of a Substack post (see :mod:`newsletter`) and the frame lines around its story:
    the title line of the post's header (never joined to the subtitle under it); the subtitle is
    the standfirst when it tells the story (a sentence, or :func:`_tells_the_story`), else the
    writer's own line about the issue, furniture like the writer's name, the date, the counts and
    a greeting line opening the post. The headline-shaped lines that the title ``found`` by the
    walk leads into the first sentence open the body, as under any headline."""
    head, sub, end = header
    frame = set(range(head + 1, end + 1))
    if end + 1 < len(lines) and greeting(lines[end + 1]):
        end += 1
        frame.add(end)
    told = sub is not None and (lines[sub].end == "strong" or _tells_the_story(lines, sub, head, end + 1))
    standfirst = sub if told else None
    frame.discard(standfirst)
    lead = tuple(i for i in found.lead if i > end) if found is not None else ()  # (the headline-shaped lines over the first sentence)
    return _Title(head, head, standfirst, lead), frame


POST_LINES = 6
"""Sentences of a newsletter post's opening that its subtitle is checked against (:func:`_post_stems`)."""


def _post_stems(lines: list[Line], after: int) -> set[str]:
    """Content-word stems of the first :data:`POST_LINES` sentences of a newsletter post (from
    ``after``), up to its sign-off (a date) or a closing marker: not the subscribe box's description."""
    out: set[str] = set()
    told = 0
    for line in lines[after:]:
        if line.dateish or line.action == "end" or told >= POST_LINES:
            break
        if line.prose:
            out |= _stems(line.text)
            told += 1
    return out


def _between_post_buttons(lines: list[Line], i: int) -> bool:
    """True when the markers that frame line ``i`` as a box (:func:`_widget_boxes`) are all the
    "Subscribe now" button a Substack post sets between its paragraphs and under its sign-off
    (:func:`newsletter.post_button`): the post's text, not a box's blurb."""
    near = [j for j in range(max(0, i - 2), min(len(lines), i + 3)) if j != i and lines[j].family not in _UNFRAMED]
    return bool(near) and all(post_button(lines[j]) for j in near)


def _tells_the_story(lines: list[Line], sub: int, head: int, after: int) -> bool:
    """True when the unpunctuated subtitle ``sub`` of a newsletter post is its standfirst: it shares
    :data:`COHESION` content words with the title ``head`` and the post's first sentences (from
    ``after``), one at least with the title (the writer's line about the issue, "The day's story in
    the evening newsletter", shares none with the title, and a word with the story only by chance)."""
    words = _stems(lines[sub].text)
    titled = words & _stems(lines[head].text)
    return bool(titled) and len(titled | (words & _post_stems(lines, after))) >= COHESION


def _newsletter_body(lines: list[Line], after: int, furniture: set[int]) -> list[int]:
    """A short Substack post's text (one or two sentences, too short for a run of prose): the lines
    right under the post's header and greeting (from ``after``) up to the first furniture line, a
    date (the writer's sign-off) or a button; none unless a sentence is among them."""
    out: list[int] = []
    for i in range(after, len(lines)):
        if i in furniture or lines[i].action is not None or lines[i].dateish:
            break
        out.append(i)
    return out if any(lines[i].prose for i in out) else []


def _menu_item(line: Line) -> bool:
    """A short unpunctuated line (at most :data:`LABEL_WORDS` words) such as a menu stacks one per line."""
    return line.end == "none" and not line.prose and 0 < line.words <= LABEL_WORDS


LEAD_LINES = 3
"""Body lines whose content words a headline is checked against (:func:`_coherent_headline`)."""


def _coherent_headline(lines: list[Line], kept: list[int], furniture: set[int], title: _Title) -> int | None:
    """The article's own headline when the title found is not: a title sharing no content word with
    the article's first :data:`LEAD_LINES` lines (a section name, a menu's last item, a box's label,
    another story's headline) gives way to the headline-shaped line in the window above the body,
    outside it (but for the line taken for the standfirst of a title that is the last of a menu's
    items, :func:`_menu_item`) and its furniture, that shares the
    most (at least :data:`COHESION`) with them, the nearest to the body on ties. None keeps the title
    found."""
    listed = title.first >= 2 and all(_menu_item(lines[k]) for k in range(title.first - 2, title.first + 1))
    rest = [i for i in kept if i != title.standfirst or not listed]
    if not rest:
        return None
    lead: set[str] = set()
    for i in rest[:LEAD_LINES]:
        lead |= _stems(lines[i].text)
    if _stems(" ".join(lines[i].text for i in range(title.first, title.last + 1))) & lead:
        return None
    body, best = set(rest), None
    for i in range(max(0, rest[0] - TITLE_WINDOW), rest[0]):
        if i in body or i in furniture or not _title_eligible(lines[i], signed=True):
            continue
        shared = len(_stems(lines[i].text) & lead)
        if shared >= COHESION and (best is None or shared >= best[0]):
            best = (shared, i)
    return best[1] if best else None


BARE_WORDS = 8
"""Words of an unpunctuated line that may be an article's text when the page holds no sentence."""


def _bare(line: Line) -> bool:
    """A line of text that lost its full stop: long, unpunctuated, no marker, date, list or caption."""
    return (
        line.end == "none" and line.words >= BARE_WORDS and line.action is None and line.last == line.number
        and not (line.dateish or line.byline or line.caption or line.crumb or line.bullet or line.numbered or line.timed)
    )


def _bare_start(lines: list[Line], teasers: set[int]) -> int | None:
    """For a page without a sentence (a short article whose lines lost their full stops): the
    first long unpunctuated line under a dated headline (a headline, then a date or byline, then
    the line), outside teasers and not itself followed by a date (a list of dated headlines)."""
    for i, line in enumerate(lines):
        if i in teasers or not _bare(line) or _dated_next(lines, i):
            continue
        walk = _walk_up(lines, teasers, i)
        if walk.dated and not walk.lead:
            return i
    return None


def _bare_body(lines: list[Line], title: _Title, furniture: set[int], stamped: bool = False) -> list[int]:
    """The article of a page without a sentence: the long unpunctuated lines right under the
    title's header (past its dates, bylines, captions, the headline's copy in a picture's alt
    text, and short lines), up to the first other line,
    when a date or byline is among the header lines, none follows them (a "Latest news" list of
    headlines, each over its date, is no article) and, when there are several, the first shares a
    content word with the headline (a list of other stories' headlines under a "Popular" item
    shares none). ``stamped``: the title heads an entry or a message under its time stamp (its date)."""
    i, dated = title.last + 1, stamped
    while i < len(lines) and (i not in furniture or lines[i].caption) and _between_title_and_body(lines[i]) and not _bare(lines[i]):
        dated = dated or lines[i].dateish or lines[i].byline
        i += 1
    body = []
    while i < len(lines) and i not in furniture and _bare(lines[i]):
        body.append(i)
        i += 1
    if not (dated and body) or (_dated_next(lines, body[-1]) and lines[body[-1] + 1].family != "source"):
        return []  # (a date on the source line under the text, "Source: X, 1 October 2018", dates no list item)
    headline = _stems(" ".join(lines[k].text for k in range(title.first, title.last + 1)))
    return body if len(body) == 1 or headline & _stems(lines[body[0]].text) else []  # not a list of other stories


def _dated_next(lines: list[Line], i: int) -> bool:
    """True when a date or time follows line ``i``: an item of a list of dated headlines, not text."""
    return i + 1 < len(lines) and (lines[i + 1].dateish or lines[i + 1].stamp)


def _attached(lines: list[Line], title: _Title, lo: int, frame: set[int] | None = None) -> bool:
    """True when the title is a headline (more than :data:`SHORT_LINE` words) and only the lines
    that sit under a headline (dates, bylines, captions, buttons, labels, the standfirst and lead
    lines, the ``frame`` of a newsletter's post header) lie between it and the run starting at
    ``lo``: the run is that headline's article, however short."""
    if sum(lines[i].words for i in range(title.first, title.last + 1)) <= SHORT_LINE:
        return False  # "About us" over a blurb: a label, not a headline
    opening = set(title.opening()) | (frame or set())
    return all(i in opening or _between_title_and_body(lines[i]) for i in range(title.last + 1, lo))


def _best_run(scores: list[float], start: int) -> tuple[int, int, float]:
    """Maximum-sum contiguous run of ``scores[start:]``: ``(first, last, total)``."""
    return best_run(scores, start, len(scores))


def _run_scores(lines: list[Line], copies: set[int], teasers: set[int]) -> list[float]:
    """Scores for the article run: transparent lines (title copies, captions, share buttons, ads,
    inline "read also" links) count zero so they neither break nor extend the article; teaser
    paragraphs count against it; positive scores after the closing marker count half."""
    scores = []
    for i, line in enumerate(lines):
        if i in teasers:
            scores.append(-3.0)
        elif i in copies or line.caption or line.action in ("skip", "teaser") or _entry_stamp(lines, i):
            scores.append(0.0)
        else:
            scores.append(line.score)
    return _discounted(lines, scores)


def _entry_stamp(lines: list[Line], i: int) -> bool:
    """A time stamp between two sentences: the time of a live-blog entry, not furniture that ends
    the article."""
    return lines[i].stamp and 0 < i < len(lines) - 1 and lines[i - 1].prose and lines[i + 1].prose


ENTRY_STAMPS = 2
"""Stamps right after a sentence, each opening an entry, that make a page a live blog."""


def _entry_stamps(lines: list[Line]) -> set[int]:
    """The time stamps of a live blog's entries: lines holding only a time (or a date, a relative
    time), each followed by the entry's text (a sentence or a headline-shaped line of four words or
    more), when at least :data:`ENTRY_STAMPS` of them follow the previous entry's sentence. They are
    set aside before the article is looked for, like blank lines, so that the entries read as one
    article under its headline. (A comment's time follows its author's name, not a sentence.)"""
    opening = [
        i for i, line in enumerate(lines)
        if line.stamp and i + 1 < len(lines) and (lines[i + 1].prose or (lines[i + 1].headline_like and lines[i + 1].words >= 4))
    ]
    if sum(1 for i in opening if i > 0 and lines[i - 1].prose) < ENTRY_STAMPS:
        return set()
    return set(opening)


def _discounted(lines: list[Line], scores: list[float]) -> list[float]:
    """Halve positive scores after a closing marker: an end marker ("Comments", "Related",
    "Source: ...") under prose (:func:`_closes`). Comment threads and teaser paragraphs
    there can be denser than the article itself; a marker before any prose ("Latest News" in a top
    bar) closes nothing."""
    out, last_prose, closed = [], None, False
    for i, (line, score) in enumerate(zip(lines, scores)):
        closed = closed or _closes(line, i, last_prose)
        if line.prose:
            last_prose = i
        out.append(score * CLOSED_DISCOUNT if closed and score > 0 else score)
    return out


def _first_prose(lines: list[Line], teasers: set[int], end: int | None = None) -> int | None:
    """Index of the first sentence of the best prose run before line ``end`` (ignoring title questions)."""
    scores = _run_scores(lines, _link_lists(lines), teasers)[:end]
    lo, hi, total = _best_run(scores, 0)
    if hi < lo or total < MIN_SHORT_SCORE:
        return None
    for i in range(lo, hi + 1):
        if lines[i].prose and lines[i].words >= 8 and lines[i].end == "strong" and not lines[i].repeated and not _header_sentence(lines, i):
            return i
    return _under_header(lines, lo, len(lines) if end is None else end) if _header_sentence(lines, lo) else lo


def _under_header(lines: list[Line], head: int, end: int) -> int:
    """The first line of a short article whose headline ends in a full stop (``head``, over its
    date): the first sentence past the lines under the headline (dates, bylines, the video block,
    the credit line), however short ("It is a very sad day."); ``head`` when there is none before
    ``end`` (a list of other stories' headlines, each over its date)."""
    k = head + 1
    while k < end and _between_title_and_body(lines[k]) and lines[k].end != "strong":
        k += 1
    if k < end and lines[k].end == "strong" and lines[k].action is None and not (lines[k].caption or lines[k].timed):
        return k
    return head


def _record_post(lines: list[Line]) -> tuple[int, int] | None:
    """``(first, end)`` indexes of the record that holds the article in a report of records each
    under its block of fields (:func:`metadata.field_blocks`: a press-monitoring report's clips,
    "Source: ... / Date: ... / Page: ..." over each), chosen as :func:`posts.article_post` chooses
    a post (the lines above the first block, a previous record's tail, count as one more block,
    which a record under its fields wins a tie against);
    None when the page has no block of fields that opens a record (:func:`metadata.record_blocks`)."""
    starts = [lo for lo, _ in record_blocks([line.text for line in lines])]
    if not starts:
        return None
    blocks = list(zip([0, *starts], [*starts, len(lines)]))
    return best_post(lines, blocks, [lo in starts for lo, _ in blocks])  # (on a tie a record, not a previous one's tail)


def _field_block(lines: list[Line], lo: int, hi: int) -> bool:
    """True when a block of fields (:func:`metadata.field_blocks`: "Source: ...", "Date: ...",
    "Page: 20", one a line) lies between ``lo`` and ``hi``: the header of a document of its own (a
    press-monitoring report's clip, a database export's record), so the text under it is not what
    a marker above it closed."""
    return bool(field_blocks([line.text for line in lines[max(lo, 0) : hi]]))


def _header_sentence(lines: list[Line], i: int) -> bool:
    """A sentence right over a date line, or over a byline naming someone that has text or a date under it: a
    headline ending in a full stop, a standfirst or a teaser's sentence over its date, never the
    first sentence of an article's text (which the date and byline lines precede). (An author line
    closing a short article, "Prepared by: X", has markers or nothing under it.)"""
    if not lines[i].prose or i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    after = lines[i + 2] if i + 2 < len(lines) else None
    return below.dateish or (below.byline and _named(below) and after is not None and (after.prose or after.dateish))


def _named(line: Line) -> bool:
    """A byline naming someone: no word after its first starts in lower case ("Nga Besnik Krasniqi",
    "بقلم سارة العلي"; not "Nga i njëjti autor", a "more by this author" label)."""
    return not any(w[:1].islower() for w in line.text.split()[1:])


def _unpunctuated_paragraph(line: Line) -> bool:
    """A paragraph that lost its full stop (or was cut short): unpunctuated and longer than any
    headline (more than 30 words), no marker, date, byline, caption, list or crumb shape."""
    return (
        line.end == "none" and line.words > 30 and line.action is None and line.last == line.number
        and not (line.dateish or line.byline or line.caption or line.crumb or line.bullet or line.numbered or line.timed)
    )


def _paragraph_start(lines: list[Line], teasers: set[int], first: int) -> int:
    """The article's first line given its first sentence ``first``: the paragraphs right above it
    that lost their full stop (:func:`_unpunctuated_paragraph`) open the article too, so that the
    walk up to the headline starts above them."""
    while first >= 1 and first - 1 not in teasers and _unpunctuated_paragraph(lines[first - 1]):
        first -= 1
    return first


def _closing_marker(lines: list[Line]) -> int:
    """Index of the first end marker that closes an article (:func:`_closes`; the page length if none)."""
    last_prose = None
    for i, line in enumerate(lines):
        if _closes(line, i, last_prose):
            return i
        if line.prose:
            last_prose = i
    return len(lines)


def _closes(line: Line, i: int, last_prose: int | None) -> bool:
    """True when line ``i``, an end marker, closes an article: some prose lies above it (the last
    prose line at ``last_prose``), and for a source line ("Source: X", "Read the full story at X")
    within :data:`CLOSING_REACH` lines: a forum post or an aggregator names its source above the
    article as well as under it, and the sentence of a welcome or cookie notice high above is no
    article that the line could close."""
    return line.action == "end" and last_prose is not None and (line.family != "source" or i - last_prose <= CLOSING_REACH)


@dataclass(frozen=True, slots=True)
class _Title:
    """Indexes of the title's first and last line, and of its standfirst when one was found."""

    first: int
    last: int
    standfirst: int | None = None
    lead: tuple[int, ...] = ()
    """Headline-shaped lines between the title and the first sentence that open the body."""

    def opening(self) -> list[int]:
        """The lines under the title that open the body (standfirst, lead lines), in order."""
        return sorted({i for i in (self.standfirst, *self.lead) if i is not None and i > self.last})


def _find_title(lines: list[Line], keys: list[str], teasers: set[int]) -> _Title | None:
    """The title line(s), or None when the page shows none before its prose.

    The title is the headline nearest above the article's first sentence. Walking up from that
    sentence: headline-shaped lines right above it (no other line between) may be the title or the
    article's own first lines (a subheading, a lead without its full stop, a short sentence); above
    them, over the lines that sit between a headline and its article (dates, bylines, captions,
    share and ad buttons, short labels and counters), the first headline-shaped line. That upper
    line is the title when metadata (a date, a byline, a caption, a button) separates it from the
    lines right above the sentence and :func:`_lead_is_body`. A sentence or a clearly longer line
    right under a headline is its standfirst (part of the body); a headline wrapped over two lines
    is joined (:func:`_continues_title`, :func:`_joinable`). Other articles' headlines (tickers,
    "most read" lists, teasers) lie above the page's own headline or after the article, so the walk
    does not reach them; when it meets a list or a sentence before any headline,
    :func:`_scored_title` chooses. ``keys`` are the lines' :func:`textnorm.key`, ``teasers`` the
    :func:`_teaser_regions` lines.
    """
    first = _first_prose(lines, teasers)
    if first is None:
        first = _bare_start(lines, teasers)
        if first is None:
            return None
    first = _paragraph_start(lines, teasers, first)
    headed = _under_site_header(lines, first)
    if headed is not None:
        return headed  # (a blog theme's entry headline, maybe ending in a full stop, under the site's header)
    if _under_post_header(lines, first):
        return _Title(first, first, None, _opening_line(lines, first))  # (a blog post's headline ending in a full stop, under its date and reading time)
    if first == 0 and _top_headline(lines):
        return _Title(0, 0, None, _opening_line(lines, 0))
    walk = _walk_up(lines, teasers, first)
    if not walk.lead and walk.found is None and walk.short is None:
        bare = _bare_start(lines, teasers)  # the sentences found are furniture above it (a cookie notice)
        if bare is not None and bare > first:
            first, walk = bare, _walk_up(lines, teasers, bare)
    else:
        # the sentence is an item of a "Related" list or a comment (its "headline" another comment),
        # under a short article that lost its full stop: the bare line over the marker is the article
        bare = _bare_start(lines, teasers)
        if bare is not None and bare < first:
            marker = next((k for k in range(bare + 1, first) if lines[k].action == "end" and lines[k].family != "source"), None)
            if marker is not None and (walk.found is None or walk.found > marker):
                first, walk = bare, _walk_up(lines, teasers, bare)
    closing = _closing_marker(lines)
    if closing < first and not _field_block(lines, closing, first):
        # the best prose lies after the article's closing marker (teasers under a short article):
        # the article is the prose before the marker, when a headline sits above it (not when a
        # block of fields, a clip's or a record's, opens a document of its own between the two)
        before = _first_prose(lines, teasers, closing)
        early = _walk_up(lines, teasers, before) if before is not None else None
        if before is not None and early is not None and (early.lead or early.found is not None):
            first, walk = before, early
        else:
            bare = _bare_start(lines, teasers)  # a short article that lost its full stops
            if bare is not None and bare < closing:
                first, walk = bare, _walk_up(lines, teasers, bare)
    if not walk.dated:
        first, walk = _dated_start(lines, teasers, first, walk)
    flashes = _flash_lines(lines, first)
    if flashes:
        teasers = teasers | flashes
        walk = _walk_up(lines, teasers, first)
    standfirst = walk.standfirst
    if (
        walk.lead and walk.found is not None and walk.metadata and _lead_is_body(lines, walk, first)
        and not _post_header_above(lines, walk.lead[-1])  # (a blog post's header dates the headline under it, not a line above it)
    ):
        chosen = walk.found
    elif walk.lead:
        top = walk.lead[-1]
        if len(walk.lead) >= 2 and _tagged_copy(lines[top], keys[walk.lead[-2]]):
            top = walk.lead[-2]  # a forum's thread title ("[News] Headline") over the headline pasted into the post
        below = top + 1
        apart = _set_apart(lines, top)  # (a sentence ended at the top line goes on in no line set apart under it)
        if below in walk.lead and _consecutive(lines, top) and (
            (_continues_title(lines[top], lines[below]) and not (apart and lines[top].end == "strong"))
            or (_joinable(lines[top], lines[below]) and not apart)
        ):
            if not _standfirst_of(lines[below], lines[top]):
                return _first_copy(lines, keys, _Title(top, below, None, walk.lead), first)
        title = _with_upper(lines, top, None, flashes, teasers, first)
        return _first_copy(lines, keys, _Title(title.first, title.last, None, walk.lead), first)
    elif walk.found is not None:
        chosen = walk.found
    elif walk.short is not None:
        chosen = walk.short
    else:
        scored = _scored_title(lines, keys, first)
        return _Title(scored, scored, _standfirst_over_byline(lines, scored, first)) if scored is not None else None
    above = chosen - 1
    if (
        standfirst is None and above >= 0 and above not in flashes | teasers and _pairs_with(lines[above])
        and not _continues_title(lines[above], lines[chosen]) and not _finishes(lines[above], lines[chosen])
        and not _tab_title_over(lines[above], lines[chosen])
        and not (above >= 1 and _headline(lines[above - 1]) and _story_split(lines, chosen, first) == "apart")
    ):  # (the last of a strip of other stories' headlines, none of the article's words, has no standfirst here)
        if (
            ((_standfirst_of(lines[chosen], lines[above]) or _longer_under(lines, above, chosen, first)) and not _listed(lines, above))
            or _restates(lines[chosen], lines[above])
            or _nearer_the_story(lines, above, chosen, first)
        ):
            chosen, standfirst = above, chosen  # the line found is the standfirst under the headline
    elif standfirst is None and above >= 1 and not {above, above - 1} & (flashes | teasers) and _standfirst_under_wrapped(lines, above, chosen):
        chosen, standfirst = above, chosen  # under a headline wrapped over two lines: its standfirst
    elif standfirst is None and above >= 1 and not {above, above - 1} & flashes and _consecutive(lines, above - 1) and _wrapped_over_sentence(lines, above, chosen):
        # a headline wrapped over two lines, then its first (short) sentence
        return _first_copy(lines, keys, _Title(above - 1, above, chosen, walk.lead), first)
    elif standfirst is None and above >= 0 and above not in flashes | teasers and _sentence_over(lines, above, chosen, first):
        chosen, standfirst = above, chosen  # a headline ending in a full stop over its standfirst or a short quote
    elif standfirst is None and (signed := _signed_headline(lines, chosen, first)) is not None and not set(range(signed, chosen)) & (flashes | teasers):
        chosen, standfirst = signed, chosen  # a headline, its byline, then its standfirst (a blog theme's excerpt)
    title = _with_upper(lines, chosen, standfirst, flashes, teasers, first)
    wrapped = title.first == title.last and standfirst is None and _consecutive(lines, title.last) and (
        _copied_pair(lines, keys, title.last, first) or _tail_on_story(lines, keys, title.last, first)
        or _visibly_wrapped(lines, title.last, first)
    )
    return _first_copy(lines, keys, _Title(title.first, title.last + wrapped, standfirst, walk.lead), first)


TAIL_WORDS = 6
"""Most words of the lower half of a headline wrapped over two lines with no cue at the break."""


def _visibly_wrapped(lines: list[Line], upper: int, first: int | None = None) -> bool:
    """True when the line under headline line ``upper`` (above the article's first line ``first``)
    visibly carries on its sentence, whatever sits around the two: it opens in lower case ("... nga
    cunami" / "në Indonezi shkon mbi 800."), or it closes a quotation the upper line left open
    ("... “është përballur me poshtërsinë" / "dhe zemëratën” e ..."). It is headline-shaped (it may
    end in a full stop) and the two together are of headline length."""
    lower = upper + 1
    if upper < 0 or lower >= len(lines) or (first is not None and lower >= first):
        return False
    top, line = lines[upper], lines[lower]
    if not _pairs_with(top, cue=True) or not _title_eligible(line, signed=True) or top.words + line.words > JOIN_MAX_WORDS:
        return False
    head = line.text.lstrip("\"'“”‘’«»„(")
    return (head[:1].isalpha() and head[:1].islower()) or (_quote_marks(top.text) % 2 == 1 and _quote_marks(line.text) % 2 == 1)


def _quote_marks(text: str) -> int:
    """Double quotation marks in ``text`` (straight, curly, low-9 and guillemets alike)."""
    return sum(text.count(mark) for mark in '"“”„«»')


def _tail_on_story(lines: list[Line], keys: list[str], upper: int, first: int) -> bool:
    """True when the short line under headline line ``upper`` (above the article's first line
    ``first``) is its lower half: unpunctuated, at most :data:`TAIL_WORDS` words, no marker, date,
    byline, caption, list or crumb shape, not an author's name over a date, the two together of
    headline length, not found elsewhere on the page without the upper half, and sharing a content
    word with the article's first sentences ("... جراء تسونامي" / "إندونيسيا إلى 832"): a kicker, a
    button or an author's name under a headline is not about the story."""
    lower = upper + 1
    if lower >= first or lines[upper].end != "none":
        return False
    line = lines[lower]
    if line.end != "none" or line.action is not None or not 1 <= line.words <= TAIL_WORDS or lines[upper].words + line.words > JOIN_MAX_WORDS:
        return False
    if line.dateish or line.byline or line.caption or line.crumb or line.bullet or line.numbered or line.timed or _signature(lines, lower):
        return False
    if closes_dateline(line.text):
        return False  # (a dateline under the headline: "SHKODËR, 30 shtator /AKL/ -")
    tail, joined = keys[lower], key(f"{lines[upper].text} {line.text}")
    for j, page_key in enumerate(keys):
        text = f" {page_key} "
        if j not in (upper, lower) and f" {tail} " in text and f" {joined} " not in text:
            return False  # an author's name found again in a bio or a "More by" line, a section's in a menu
    return bool(_stems(line.text) & _opening_stems(lines, first))


def _copied_pair(lines: list[Line], keys: list[str], upper: int, first: int) -> bool:
    """True when the line under headline line ``upper`` (above the article's first line ``first``)
    is its lower half: the two joined recur elsewhere on the page as a whole (a breadcrumb, the
    browser title, a "Reading:" bar), though no word at the break shows the wrap ("... në
    Virxhinian" / "Perëndimore, YouTube Channel")."""
    lower = upper + 1
    if lower >= first or lines[lower].action is not None or not 1 <= lines[lower].words <= JOIN_MAX_WORDS:
        return False
    if lines[lower].dateish or lines[lower].byline or lines[lower].caption or lines[lower].crumb:
        return False
    joined = f"{lines[upper].text} {lines[lower].text}"
    joined_key = key(joined)
    return any(j not in (upper, lower) and _is_copy(joined_key, keys[j], lines[j].text, joined) for j in range(len(lines)))


_LABELLED = re.compile(r"^(?:[^\w\s\"'“”‘’«»(\[]+\s*)?[^\W\d_]+(?:\s+[^\W\d_]+){0,2}(?:\s+[\d٠-٩]{1,2}[:.][\d٠-٩]{2})?\s*[:|]\s")
"""A line opening with a label of one to three words (and a time) and a colon or bar: "BREAKING: ...",
"عاجل | ...", "E FUNDIT 12:30 | ..."."""
_SYMBOL_START = re.compile(r"^[^\w\s\"'“”‘’«»(\[]")
"""A line opening with a symbol (🔴, ⚡, ●) rather than a letter, a digit, a quote or a bracket."""
FLASH_CONTEXT = 8
"""Lines from the article's first sentence whose words tell its own headline from a flash line."""


def _flash_lines(lines: list[Line], first: int) -> set[int]:
    """Flash and breaking-news lines in the title window: a headline-shaped line that opens with a
    label ("BREAKING:", "🔴 عاجل |", "E FUNDIT:") or a symbol and shares at most one content word
    with the article's first lines while a headline-shaped line below it shares more; or that stands
    under a label line of its own ("LAJM I FUNDIT" over it), right over a dated headline, and shares
    none of the article's words while that headline shares :data:`COHESION` (the halves of a
    headline wrapped under its section label both tell the story): another story's headline, never
    the title or its upper half."""
    article = _stems(" ".join(line.text for line in lines[first : first + FLASH_CONTEXT]))
    window = range(max(0, first - TITLE_WINDOW), first)
    shared = {i: len(_stems(lines[i].text) & article) for i in window}
    related = [i for i in window if _headline(lines[i], lines[i + 1])]
    out = set()
    for i in window:
        line, text = lines[i], lines[i].text
        if line.words < 4 or line.action is not None or line.dateish or line.byline or _counter(line) or find_dates(text) or shared[i] > 1:
            continue  # (a share bar, "Share: Facebook | X", is a marker, not a flash)
        if label_family(text) == "caption" or _link_row(text):
            continue  # "Watch: ..." opens a video's headline, not a flash; nor does a row of links
        if (_LABELLED.match(text) or _SYMBOL_START.match(text)) and any(j > i and shared[j] > shared[i] for j in related):
            out.add(i)  # a headline closer to the article's words lies below it
        elif i >= 1 and i + 1 < first and _label(lines[i - 1]) and _dated_headline(lines, i + 1) and shared[i] == 0 and shared[i + 1] >= COHESION:
            out.add(i)  # "BREAKING" over another story's headline (none of the article's words), over the page's own
    return out


LINK_ROW_PARTS = 3
"""Fewest items of a :func:`_link_row`."""


def _link_row(text: str) -> bool:
    """A row of at least :data:`LINK_ROW_PARTS` items around one kind of delimiter, each after the
    first (which may carry a label) of at most :data:`PAIR_PART_WORDS` words: a share bar ("Print |
    Email | PDF | Share"), a breadcrumb ("You are here: Home » News » Sport"), a menu. A flash line
    ("BREAKING | <headline>") has a headline after its label."""
    for delim in ("|", "»", "›", ">", "/"):
        parts = text.split(delim)
        if len(parts) >= LINK_ROW_PARTS:
            return all(1 <= len(words(part)) <= PAIR_PART_WORDS for part in parts[1:])
    return False


def _dated_headline(lines: list[Line], i: int) -> bool:
    """A headline with a date or byline right under it."""
    return i + 1 < len(lines) and _headline(lines[i]) and (lines[i + 1].dateish or lines[i + 1].byline)


def _with_upper(
    lines: list[Line],
    chosen: int,
    standfirst: int | None,
    flashes: set[int] = frozenset(),  # type: ignore[assignment]
    teasers: set[int] = frozenset(),  # type: ignore[assignment]
    first: int | None = None,
) -> _Title:
    """The title ending at ``chosen``, starting one line higher when that line is its first half
    (never a flash line, ``flashes``, nor a teaser line, ``teasers``). With the article's first
    line ``first``, the words of the article's opening sentences tell two headline-shaped lines
    with no cue at the break apart (:func:`_story_split`)."""
    if chosen - 1 in flashes or _stamped_item(lines, chosen - 1) or not _consecutive(lines, chosen - 1):
        return _Title(chosen, chosen, standfirst)
    if _visibly_wrapped(lines, chosen - 1):
        return _Title(chosen - 1, chosen, standfirst)  # (even when the upper half was read as a teaser's)
    if chosen - 1 in teasers:
        return _Title(chosen, chosen, standfirst)
    if chosen >= 1 and _pairs_with(lines[chosen - 1], cue=True) and _continues_title(lines[chosen - 1], lines[chosen]):
        return _Title(chosen - 1, chosen, standfirst)
    if chosen >= 1 and _colon_upper(lines[chosen - 1], lines[chosen]):
        return _Title(chosen - 1, chosen, standfirst)
    if chosen >= 1 and _pairs_with(lines[chosen - 1], cue=True) and _finishes(lines[chosen - 1], lines[chosen]):
        return _Title(chosen - 1, chosen, standfirst)  # a long headline wrapped over two lines, ending in a full stop
    if chosen >= 1 and _pairs_with(lines[chosen - 1]):
        upper, lower = lines[chosen - 1], lines[chosen]
        listed = (  # a list of headlines is not one wrapped headline (an item under its own time is no part of it)
            chosen >= 2 and _headline(lines[chosen - 2]) and chosen - 2 not in teasers and not _stamped_item(lines, chosen - 2)
        )
        split = _story_split(lines, chosen, first) if first is not None else None
        if split is not None:
            listed = listed and split != "upper"
        if _continues_title(upper, lower) or (_joinable(upper, lower) and not listed and split != "apart"):
            return _Title(chosen - 1, chosen, standfirst)
    return _Title(chosen, chosen, standfirst)


def _consecutive(lines: list[Line], upper: int) -> bool:
    """True when line ``upper`` and the line under it are printed with no blank line between: a
    dump prints a headline wrapped over two lines that way, never a blank line between its halves
    (a slogan, a teaser or a flash line set apart over the headline is no upper half of it)."""
    return 0 <= upper and upper + 1 < len(lines) and lines[upper + 1].number == lines[upper].last + 1


def _story_split(lines: list[Line], chosen: int, first: int) -> str | None:
    """How the headline-shaped line over the headline ``chosen`` relates to the article's story
    (the content words of the sentences under ``chosen`` down to the article's first lines from
    ``first``), when no word at the break shows a
    wrap: ``"apart"`` when it shares none of them while ``chosen`` shares :data:`COHESION` and a
    label or another headline lies over it (a "Breaking" strip: another story's headline over the
    page's own; the halves of a headline under its date may each tell part of it), ``"upper"`` when it shares
    :data:`COHESION` and more than the line over it, an item of a list of headlines (the page's own
    headline wrapped under a "Breaking" strip: its halves both tell the story), else None."""
    article = _stems(" ".join(line.text for line in lines[chosen + 1 : first + 6] if line.prose))  # (a standfirst too)
    if not article:
        return None
    up, low = (len(_stems(lines[k].text) & article) for k in (chosen - 1, chosen))
    if up == 0 and low >= COHESION and chosen >= 2 and (_label(lines[chosen - 2]) or _headline(lines[chosen - 2])):
        if not _finishes(lines[chosen - 1], lines[chosen]):
            return "apart"
    above = len(_stems(lines[chosen - 2].text) & article) if chosen >= 2 else 0
    if up >= COHESION and up > above:
        return "upper"
    return None


TOP_HEADLINE_WORDS = 11
"""Most words of a sentence at the top of a page over its paragraphs that is read as its headline."""


def _message_headline(lines: list[Line]) -> int | None:
    """The headline of a chat message that relays a news story (``lines`` are the message's, see
    :func:`posts.chat_export`): its first line, or the next when the first (the words on the
    stamp's line) is a label of at most :data:`LABEL_WORDS` words and no sentence ("🔴 BREAKING",
    "📰", "*URGENT | Politics*"), when it is headline-shaped (:func:`_title_eligible`; under a
    label, as long as a headline may be whatever its end) with a
    sentence of the message among the next two lines. A news channel's message opens with the
    story's headline, however it ends ("Tsunami toll soars above 800."), where the cleaner would
    read a sentence; None when the message opens with anything else."""
    top = past_label(lines, 0, LABEL_WORDS)
    if top >= len(lines) or not _title_eligible(lines[top], signed=top == 1) or not any(line.prose for line in lines[top + 1 : top + 3]):
        return None
    return top


def _one_story(lines: list[Line], cuts: list[tuple[int, int]]) -> bool:
    """True when a live page's entries (:func:`posts.entry_starts`) follow one story: at least half
    of their headlines share a content word with the headline-shaped lines above the first entry
    (the live page's own title, not its menu nor its key points' list items: "Live: storm hits the northern coast" over "Power cut in
    three villages after the storm"). A day's live coverage of many stories has a title of its own
    ("Live: Sunday 30 September 2018") and its key points list the entries' headlines (list items)."""
    header = set().union(*(_stems(line.text) for line in lines[: cuts[0][0]] if headline_shaped(line)))
    heads = [next((k for k in range(start, min(len(lines), start + 2)) if headline_shaped(lines[k])), None) for _, start in cuts]
    heads = sorted({k for k in heads if k is not None})
    return bool(heads) and 2 * sum(1 for k in heads if _stems(lines[k].text) & header) >= len(heads)


def _entry_headline(lines: list[Line]) -> int | None:
    """The headline of a live page's entry (``lines`` are the entry's, past its time stamp): its
    first line, or the next under a short label ("BREAKING", "📌 Pinned"), when it is shaped as
    :func:`posts.entry_starts` found most entries' headlines and more of the entry follows (its
    sentence may have lost its full stop)."""
    top = past_label(lines, 0, ENTRY_LABEL_WORDS)
    return top if top + 1 < len(lines) and headline_shaped(lines[top]) else None


def _top_headline(lines: list[Line]) -> bool:
    """True when the page's first line, a sentence (a headline ending in a full stop: "Tsunami
    toll soars above 800."), is its headline: nothing above it, at most :data:`TOP_HEADLINE_WORDS`
    words (an article's lead is a full sentence of twelve words or more; a headline is short), a
    blank line under it, and a sentence of the article among the next two lines; or, up to
    :data:`MAX_TITLE_WORDS`, over a :func:`_kicker` and then a sentence. A page of a reader-mode copy
    or a bare text export starts with its headline."""
    if len(lines) < 2 or lines[0].number != lines[0].last or lines[1].number <= lines[0].last + 1:
        return False
    top = lines[0]
    if top.end != "strong" or top.words < 2:
        return False
    if top.words <= TOP_HEADLINE_WORDS and _title_eligible(top) and any(line.prose for line in lines[1:3]):
        return True
    return _kicker(lines[1]) and any(line.prose for line in lines[2:4]) and _title_eligible(top, signed=True)


KICKER_WORDS = 6
"""Most words of a kicker, quote or subheading set apart under a headline ("It Didn't Go Well")."""


def _kicker(line: Line) -> bool:
    """A short line of its own (at most :data:`KICKER_WORDS` words, no marker, date, byline, caption or
    list shape): under the page's first line it makes that line a headline, however long (an
    article's lead sentence is followed by more text, not by a line of a few words)."""
    return (
        line.words <= KICKER_WORDS and line.number == line.last and line.action is None
        and not (line.dateish or line.byline or line.caption or line.crumb or line.bullet or line.numbered or line.timed)
    )


def _finishes(upper: Line, lower: Line) -> bool:
    """True when ``lower``, a short sentence (under :data:`STANDFIRST_WORDS` words) right under the
    unpunctuated headline-shaped ``upper``, ends the sentence begun there: the two make one headline
    ending in a full stop, wrapped over two lines (:func:`_joinable`), not a headline and its
    standfirst (which is longer) nor two headlines (the upper would end a sentence of its own)."""
    if lower.end != "strong" or upper.end != "none":
        return False
    if lower.words < STANDFIRST_WORDS and _joinable(upper, lower):
        return True
    return upper.words + lower.words <= MAX_TITLE_WORDS and _carries_on(upper, lower)


MAX_TITLE_WORDS = 30
"""Most words of a title (:func:`_title_eligible`), also of a headline wrapped over two lines."""


def _carries_on(upper: Line, lower: Line) -> bool:
    """True when ``lower`` visibly goes on with the sentence of ``upper``: it starts with a small
    letter (a standfirst is a sentence of its own, which starts with a capital), or ``upper`` ends
    with a comma or with a function word ("... veshur një" / "kapele me mbishkrimin MAGA ... SNL.")."""
    head = lower.text.lstrip("\"'“”‘’«»(")
    if head[:1].isalpha() and head[:1].islower():
        return True
    return upper.text.rstrip(_CLOSERS).endswith(_CARRIES_ON[:2]) or _ends_in_function_word(upper.text)


def _set_apart(lines: list[Line], top: int) -> bool:
    """True when the page's first line ``top`` (nothing above it) stands apart from the line under
    it by a blank line: a headline over its unpunctuated first line (a subheading, a standfirst
    that lost its full stop), not one headline wrapped over two lines, which a dump prints on
    consecutive lines. (With no cue at the break: a lower-case start or a function word still joins.)"""
    return top == 0 and top + 1 < len(lines) and lines[top + 1].number > lines[top].last + 1


def _stamped_item(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is an item of a list of timed headlines with each time on its own line
    OVER its headline ("Latest news" / "18:27" / headline / "18:12" / headline...), the item before
    it timed the same way: its headline ends at its own line, so it is never the upper half of the
    headline under it. The alternation of times and headlines above ``i`` must begin with a time (a
    list whose times follow their headlines ends with a time, and the line after it is the page's
    own headline)."""
    if i < 3 or not (lines[i - 1].stamp and lines[i - 3].stamp and _headline(lines[i - 2])):
        return False
    k = i - 1  # walk up the alternation: a time under a headline, a headline under a time
    while k >= 1 and (_headline(lines[k - 1]) and not lines[k - 1].stamp if lines[k].stamp else lines[k - 1].stamp):
        k -= 1
    return lines[k].stamp


COLON_UPPER_WORDS = 10
"""Most words of the upper half of a headline wrapped after a colon ("Livingston - Rangers 1-0:")."""


def _colon_upper(upper: Line, lower: Line) -> bool:
    """True when ``upper`` is the first half of a headline wrapped after its colon: a short
    headline-shaped line ending in a colon over an unpunctuated ``lower`` half (a sentence that
    introduces a quote ends in a colon too, but is long and stands over a sentence)."""
    return (
        upper.text.endswith(":") and upper.words <= COLON_UPPER_WORDS and lower.end == "none"
        and _pairs_with(upper, cue=True, colon=True) and _continues_title(upper, lower)
    )


def _first_copy(lines: list[Line], keys: list[str], title: _Title, prose: int) -> _Title:
    """The first standalone occurrence of a one-line title above the article ("Title" repeated
    under the date) is the title line, when at most :data:`COPY_GAP` lines lie between the two (a
    forum's thread title over a post's header and the poster's card is not the article's)."""
    if title.first != title.last:
        return title
    for i in range(max(0, prose - TITLE_WINDOW, title.first - 1 - COPY_GAP), title.first):
        if keys[i] == keys[title.first] and lines[i].text == lines[title.first].text:
            return _Title(i, i, title.standfirst, title.lead)
    for i in range(max(0, prose - TITLE_WINDOW, title.first - 1 - COPY_GAP), title.first):
        if _cut_copy(lines, keys, i, title.first):  # (the line found opens the body)
            return _Title(i, i, title.standfirst, title.lead if title.first in title.lead else (*title.lead, title.first))
    return title


CUT_COPY_WORDS = 6
"""Fewest words of a headline that a longer line under its meta block repeats and goes on from."""
CUT_COPY_MORE = 4
"""Most words that longer line adds (the headline's cut tail: "and kill them", "dhe t'i vrasë")."""


def _cut_copy(lines: list[Line], keys: list[str], i: int, chosen: int) -> bool:
    """Line ``i`` is the page's headline over its meta block (a date, maybe a byline and a comment
    count between, each a short line) and the line ``chosen`` under them repeats it word for word
    and goes on for a few words (at most :data:`CUT_COPY_MORE`): the post's text opening with its
    full headline, pasted with the article under the title the site's field holds ("Vaccine can
    teach the immune system to see rogue cells" over "... to see rogue cells and kill them"). The
    line under it opens the body."""
    head, lower = keys[i], keys[chosen]
    if len(head.split()) < CUT_COPY_WORDS or not lower.startswith(head + " ") or len(lower.split()) - len(head.split()) > CUT_COPY_MORE:
        return False
    between = range(i + 1, chosen)
    return _title_eligible(lines[i]) and bool(between) and all(
        lines[m].dateish or lines[m].byline or lines[m].action == "skip" or (lines[m].words <= 3 and lines[m].end == "none") for m in between
    ) and any(lines[m].dateish for m in between)


COPY_GAP = 3
"""Most lines between a title and an earlier copy of it that is the title line (a date, a byline, a caption)."""
_TAGGED = re.compile(r"^\s*[\[(【]\s*[^\W\d_][^\])】]{0,24}[\])】]\s*(?P<rest>\S.*)$")
"""A line opening with a bracketed tag: "[News] Headline", "[خبر] ...", "(Video) ..."."""


def _tagged_copy(line: Line, other_key: str) -> bool:
    """``line`` is a headline with a bracketed tag before it ("[Lajm] Headline", a forum thread's
    title) and the line keyed ``other_key`` is the same headline without it."""
    m = _TAGGED.match(line.text)
    return m is not None and key(m.group("rest")) == other_key


@dataclass(frozen=True, slots=True)
class _Walk:
    """What lies above the article's first sentence (indexes, nearest first)."""

    lead: tuple[int, ...]
    """Headline-shaped lines right above the sentence, no other line between."""
    found: int | None
    """The first headline-shaped line above those, over lines that may sit between a headline and its article."""
    short: int | None
    """The nearest two- or three-word headline-shaped line on the way."""
    metadata: bool
    """True when a date, byline, caption or button lies between ``found`` and the lead lines."""
    dated: bool
    """True when a date or byline line lies between ``found`` and the first sentence."""
    standfirst: int | None
    """A sentence right under ``found``, passed on the way up."""


def _walk_up(lines: list[Line], teasers: set[int], first: int) -> _Walk:
    stop = max(-1, first - 1 - TITLE_WINDOW)

    def blocked(i: int) -> bool:
        line = lines[i]
        return i in teasers or line.action in ("end", "teaser") or line.bullet or line.numbered or line.timed

    lead: list[int] = []
    i = first - 1
    while i > stop and not blocked(i) and (_headline(lines[i]) or _ad_slot_over(lines, i)) and not find_dates(lines[i].text):
        if lines[i].family != "ad":
            lead.append(i)
        i -= 1
    found: int | None = None
    short: int | None = None
    standfirst: int | None = None
    metadata = dated = False
    while i > stop and not blocked(i):
        line = lines[i]
        below = lines[i + 1] if i + 1 < len(lines) else None
        if _standfirst_shaped(line) and i >= 1 and not blocked(i - 1) and not _signed_under_flash(lines, i) and (
            _headline(lines[i - 1], line) or _sentence_headline(lines, i - 1) or _wrapped_tail(lines, i - 1)
        ):
            if _finishes(lines[i - 1], line):
                found = i  # a headline's lower half
                break
            found, standfirst = i - 1, i  # a sentence right under a headline: its standfirst
            break
        if _headline(line, below, lines[i + 2] if i + 2 < len(lines) else None):
            found = i
            break
        if _title_eligible(line) and line.end != "strong" and i >= 1 and _pairs_with(lines[i - 1], cue=True) and not _signature(lines, i):
            if _continues_title(lines[i - 1], line):
                found = i  # the last two or three words of a headline wrapped over two lines
                break
        if _title_eligible(line) and short is None and line.end != "strong" and not _counter(line) and not _profile_header(lines, i):
            short = i  # a two- or three-word headline, unless a longer one lies above
        if not _between_title_and_body(line):
            break
        metadata = metadata or _metadata(line)
        dated = dated or line.dateish or line.byline
        i -= 1
    return _Walk(tuple(lead), found, short, metadata, dated and found is not None, standfirst)


def _ad_slot_over(lines: list[Line], i: int) -> bool:
    """An advertisement label (an ad slot: "Advertisement", "إعلان", "Reklamë") right above the
    article's first sentence or its lead lines, under a headline-shaped line: a portal sets a slot
    after the opening lines, and the walk up to the lead lines (a subheading, a lead that lost its
    full stop) passes over it as over a blank line, so the page reads as it would without the ad.
    The label itself is no lead line."""
    return lines[i].family == "ad" and i >= 1 and _headline(lines[i - 1])


PROFILE_ROW_LINES = 6
"""Most lines (a publication's sections, one a line) between a profile's name and its "follow" button."""


def _profile_header(lines: list[Line], i: int) -> bool:
    """True when line ``i`` names a profile or a publication: a "follow" button under it, maybe
    under a row of its sections of one to three words each (a blog platform's publication header:
    "Name" / "News  Reports  Opinion" / "Follow"), never a short headline. A section of the site's
    own menu bar alone over the button is what the button follows, under the story's short
    headline ("Budget passed" / "Economy" / "Follow"), not a publication's sections."""
    for j in range(i + 1, min(len(lines), i + 2 + PROFILE_ROW_LINES)):
        if FOLLOW_BUTTON.match(lines[j].text.strip()):
            return j != i + 2 or not _site_section(lines, i + 1)
        if lines[j].end != "none" or not (lines[j].words <= 3 or MENU_ROW.search(lines[j].text)):
            return False
    return False


def _site_section(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is one of the sections a menu bar of the page lists."""
    k = key(lines[i].text)
    return any(k in menu_items(line.text) for line in lines if line is not lines[i])


def _signed_headline(lines: list[Line], chosen: int, first: int) -> int | None:
    """The headline over the byline above the line ``chosen`` when ``chosen`` is its standfirst
    (Ghost's Casper and other blog themes print the post's custom excerpt under the author, the
    date and the reading time), else None. The line right above ``chosen`` is a date line with a
    reading time (a blog post's own byline; a card of another post over the page's headline shows
    a date, or a reading time alone, never both), maybe under the author's name on a line of its
    own (up to :data:`SHORT_LINE` words); over them, the headline pairs with a standfirst and is no
    item of a list of headlines; ``chosen`` reads as its standfirst (a sentence or clearly longer,
    :func:`_standfirst_of`; or restating it, :func:`_restates`); and the headline is on the story:
    :data:`COHESION` content words of the article's first sentences, or one of ``chosen``'s
    (another post's card over a byline shares none)."""
    signed = chosen - 1
    if signed < 1 or not lines[signed].dateish or READ_TIME.search(lines[signed].text) is None:
        return None
    upper = signed - 1
    name = lines[upper]
    if upper >= 1 and name.end == "none" and name.words <= SHORT_LINE and name.action is None and not name.crumb:
        upper -= 1  # (the author's name over the date line)
    headline, line = lines[upper], lines[chosen]
    if not _pairs_with(headline) or _listed(lines, upper) or not (_standfirst_of(line, headline) or _restates(line, headline)):
        return None
    article = _opening_stems(lines, first)
    on_story = len(_stems(headline.text) & article) >= COHESION or bool(_stems(headline.text) & _stems(line.text))
    return upper if on_story else None


def _sentence_over(lines: list[Line], above: int, chosen: int, first: int) -> bool:
    """True when the headline-shaped line ``chosen`` sits under the page's headline ending in a full
    stop (``above``): a complete sentence of headline length that the line under it does not carry
    on, on the article's story (:data:`COHESION` content words shared with its first lines, which
    another story's teaser above a headline seldom shares), not the last item of a list of headlines.
    The line under it is a standfirst, a kicker or a quote set apart ("It is very bad")."""
    upper, lower = lines[above], lines[chosen]
    if upper.end != "strong" or upper.words <= SHORT_LINE or not _title_eligible(upper, signed=True):
        return False
    head = lower.text.lstrip("\"'“”‘’«»(")
    if (head[:1].isalpha() and head[:1].islower()) or _listed(lines, above):
        return False  # (after a full stop only a lower-case start carries the sentence on)
    article = _stems(" ".join(line.text for line in lines[first : first + 6]))
    return len(_stems(upper.text) & article) >= COHESION


def _wrapped_over_sentence(lines: list[Line], above: int, chosen: int) -> bool:
    """True when the short sentence ``chosen`` (a quote: "It is very sad.") sits under a headline
    wrapped over two lines that ends in a full stop: ``above``, no longer than the line over it,
    visibly carries it on (a lower-case start, a comma or a function word at the break)."""
    line, tail, head = lines[chosen], lines[above], lines[above - 1]
    if line.end != "strong" or tail.end != "strong" or not _title_eligible(tail, signed=True):
        return False
    if not _pairs_with(head, cue=True) or tail.words > head.words:
        return False
    start = tail.text.lstrip("\"'“”‘’«»(")
    head_words = words(fold(head.text))
    return (start[:1].isalpha() and start[:1].islower()) or head.text.rstrip(_CLOSERS).endswith((",", "،")) or (
        bool(head_words) and head_words[-1] in _function_words()
    )


def _signature(lines: list[Line], i: int) -> bool:
    """A name of two or three words right over a date: the author's byline, not a headline's tail."""
    line = lines[i]
    if not (_name_line(line) and 2 <= line.words <= 3 and i + 1 < len(lines) and lines[i + 1].dateish):
        return False
    first = words(fold(line.text))[:1]
    if first and first[0] in _function_words():
        return False  # "على مكسيكو سيتي" carries a headline on
    return not (i >= 1 and _ends_in_function_word(lines[i - 1].text))  # "... plagos për" / "vdekje fermerin kinez"


def _wrapped_tail(lines: list[Line], i: int) -> bool:
    """True when line ``i`` (a label-short line) is the lower half of a headline wrapped over two
    lines: unpunctuated, under a line it carries on or joins (:func:`_continues_title`, :func:`_joinable`)."""
    if i < 1 or not _title_eligible(lines[i]) or lines[i].end == "strong" or not _pairs_with(lines[i - 1]):
        return False
    return _continues_title(lines[i - 1], lines[i]) or _joinable(lines[i - 1], lines[i])


def _signed_under_flash(lines: list[Line], i: int) -> bool:
    """True when line ``i``, a sentence-shaped headline over its date or byline, sits under a
    shorter-than-it flash line ("🔴 E FUNDIT: ... 800.", "BREAKING: ..."): the headline, not the
    standfirst of that flash."""
    line, upper = lines[i], lines[i - 1]
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is None or not (below.byline or below.dateish) or not _headline(line, below):
        return False
    return bool(_LABELLED.match(upper.text) or _SYMBOL_START.match(upper.text)) and line.words < upper.words


def _sentence_headline(lines: list[Line], i: int) -> bool:
    """A long headline ending in a full stop over its standfirst: the top line of the header (no
    sentence above it), sharing a content word with the sentence under it, which is followed by a
    byline, a date or a name."""
    line, standfirst = lines[i], lines[i + 1]
    after = lines[i + 2] if i + 2 < len(lines) else None
    if not _title_eligible(line, signed=True) or line.words <= SHORT_LINE or after is None:
        return False
    if not (after.byline or after.dateish or (after.words <= SHORT_LINE and after.end == "none")):
        return False
    return (i == 0 or not lines[i - 1].prose) and bool(_stems(line.text) & _stems(standfirst.text))


def _headline(line: Line, below: Line | None = None, under: Line | None = None) -> bool:
    """Title-eligible and longer than a label, and not a counter ("Koha e leximit: 3 min"); a
    long headline ending in a full stop counts when a byline or date follows it (``below``), or an
    author's name over a date (``below`` and ``under``)."""
    signed = below is not None and (
        below.byline or below.dateish or (under is not None and under.dateish and _name_line(below) and 2 <= below.words <= 3)
    )
    return _title_eligible(line, signed) and line.words > SHORT_LINE and not _counter(line)


def _counter(line: Line) -> bool:
    """A short line holding a number: reading time, comment or view counts, a time."""
    return line.words <= 5 and any(c.isdigit() for c in line.text)


def _dated_start(lines: list[Line], teasers: set[int], first: int, walk: _Walk) -> tuple[int, _Walk]:
    """A later start of the same prose run under a dated headline (a headline, then a date or
    byline, then the sentence), when the run's first sentence has none: teasers (headline and
    sentence) stacked above the article run into it. ``(first, walk)`` unchanged when there is none."""
    for i in range(first + 1, min(len(lines), first + 1 + 2 * TITLE_WINDOW)):
        if lines[i].action == "end":
            break  # the run ended
        if lines[i].prose and lines[i].words >= 8 and not lines[i - 1].prose and not _header_sentence(lines, i) and not _profile_blurb(lines, i):
            later = _walk_up(lines, teasers, i)
            if later.dated:
                return i, later
    return first, walk


def _profile_blurb(lines: list[Line], i: int) -> bool:
    """True when the sentence ``i`` sits right under a "follow" button: a profile's or
    publication's description in its box ("Name" / "Follow" / "An independent platform..."),
    never an article's first sentence."""
    return i >= 1 and FOLLOW_BUTTON.match(lines[i - 1].text.strip()) is not None


def _standfirst_shaped(line: Line) -> bool:
    """A sentence, or an unpunctuated line too long for a headline."""
    return line.prose or (line.action is None and line.end == "none" and line.words > 30)


def _metadata(line: Line) -> bool:
    """A line that belongs under a headline: date, byline, caption, share/ad button, counter."""
    return line.dateish or line.byline or line.caption or line.action == "skip" or any(c.isdigit() for c in line.text)


def _lead_is_body(lines: list[Line], walk: _Walk, first: int) -> bool:
    """True when the lines right above the first sentence are the article's own first lines
    (a subheading, a lead without its full stop) and the headline found above them is the
    article's: it shares at least :data:`COHESION` content words with the article's first lines
    (another article's headline above a dated title seldom shares more than one), or the lines
    look like body (a sentence, a short subheading) and the headline shares as many words as they do."""
    assert walk.found is not None
    if walk.standfirst is not None and walk.dated:
        return True  # headline, standfirst, then a date or byline: the lines below open the body
    if _pasted_again(lines, walk):
        return False  # the lines above the sentence are the headline again (a post's title over the pasted article)
    if any(_meta_comment_count(lines[k]) for k in range(walk.found + 1, walk.lead[-1])):
        return True  # a post's header: the headline, its meta block closed by the comment count, then the post
    top = lines[walk.lead[-1]]
    leads = {key(lines[i].text) for i in walk.lead}
    # (a lead line repeated in the article, a quote set apart, shares its words with its own copy: not counted)
    opening = list(itertools.takewhile(lambda line: line.action != "end", lines[first : first + 6]))  # (not past the article's end)
    article = _stems(" ".join(line.text for line in opening if key(line.text) not in leads))
    headline = lines[walk.found].text
    if walk.found >= 1 and _pairs_with(lines[walk.found - 1]):
        headline = f"{lines[walk.found - 1].text} {headline}"  # a wrapped headline's upper half counts too
    shared = len(_stems(headline) & article)
    if shared >= COHESION:
        return True
    if walk.dated and shared > len(_stems(top.text) & article):
        return True  # headline, its date or byline, then a lead line further from the article's words
    if _standfirst_of(top, lines[walk.found]) and (_stems(headline) & _stems(top.text) or _run_on_overlap(headline, top.text)):
        return True  # a standfirst without its full stop: clearly longer than the headline, on its story
    return (top.end == "strong" or top.words <= 6) and shared >= len(_stems(top.text) & article)


RUN_ON_SHARED = 10
"""Letters in a row two texts whose spaces were lost must share to be on one story."""


def _run_on_overlap(upper: str, lower: str) -> bool:
    """Two texts whose spaces were lost (a run-on word of more than :data:`boilerplate.RUN_ON_LETTERS`
    letters in each: "طلابجامعةهارفارديتلقون") share :data:`RUN_ON_SHARED` letters in a row
    ("جامعةهارفارد"): on one story, as shared content words show for spaced text (:func:`_stems`,
    which a run of words glued together defeats)."""
    glued = [[w for w in key(t).split() if len(w) > RUN_ON_LETTERS] for t in (upper, lower)]
    if not all(glued):
        return False
    text = " ".join(glued[1])
    return any(w[k : k + RUN_ON_SHARED] in text for w in glued[0] for k in range(len(w) - RUN_ON_SHARED + 1))


def _meta_comment_count(line: Line) -> bool:
    """A comment count in a post's meta block (a ``counter`` line, see ``boilerplate._meta_counts``:
    "0 Comments" under the author and the category): it closes the post's header."""
    return line.family == "counter" and marker_family(re.sub(r"[\d٠-٩]+", " ", line.text).strip())[0] == "comments"


def _pasted_again(lines: list[Line], walk: _Walk) -> bool:
    """The lead lines above the first sentence, read top down, are the headline ``walk.found``
    again, maybe without its bracketed tag ("[News] Headline" as a forum post's title, the article
    pasted under it with its headline wrapped over two lines)."""
    assert walk.found is not None
    text = " ".join(lines[i].text for i in sorted(walk.lead))
    lead, found = key(text), lines[walk.found]
    if not lead or text.lstrip()[:1] in "[(【":
        return False  # ("[Headline]": a picture's placeholder repeating it, no headline)
    return key(found.text) == lead or _tagged_copy(found, lead)


def _stems(text: str) -> set[str]:
    """Content-word stems of ``text``: function words dropped, Arabic clitics stripped, first five letters."""
    out = set()
    for w in key(text).split():
        if w in _function_words():
            continue
        for prefix in ("وال", "بال", "فال", "كال", "لل", "ال"):
            if w.startswith(prefix) and len(w) - len(prefix) >= 3:
                w = w[len(prefix) :]
                break
        if len(w) >= 3:
            out.add(w[:5])
    return out


def _scored_title(lines: list[Line], keys: list[str], first: int) -> int | None:
    """The best-scoring headline-shaped line in the window before ``first`` (used when the walk
    up from the article meets a list or a sentence before any headline): repeated on the page
    (dumps repeat titles in breadcrumbs, "Reading:" bars and captions), of headline length, close
    to the article, followed by a byline or a date."""
    recurring = _recurring_names(keys)
    best: tuple[float, int] | None = None
    for i in range(max(0, first - TITLE_WINDOW), first + 1):
        line = lines[i]
        if not _title_eligible(line) or (i == first and not (line.repeated or _stamped_first(lines, i))):
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
    return _first_copy(lines, keys, _Title(best[1], best[1]), first).first


STANDFIRST_MIN_WORDS = 12
"""Fewest words of a standfirst set between the headline and its byline (:func:`_standfirst_over_byline`)."""
BYLINE_BLOCK_LINES = 3
"""Most short lines of the byline block (author, date, reading time) under such a standfirst."""
BYLINE_LINE_WORDS = 8
"""Most words of a line of that block."""


def _standfirst_over_byline(lines: list[Line], title: int, first: int) -> int | None:
    """The standfirst a blogging platform or a theme sets right under the headline and over the
    byline block ("Headline" / "<a sentence or two on the story>" / "Author" / "Sep 28, 2018 · 1 min
    read"; Medium's subtitle): the line right under the headline, in its block, clearly longer than
    it and no furniture, followed by one to :data:`BYLINE_BLOCK_LINES` short lines holding a date,
    then the article (``first``, its first sentence). None when there is no such line."""
    below = title + 1
    if below >= first or lines[below].number != lines[title].last + 1:
        return None
    line = lines[below]
    if line.action is not None or line.caption or line.dateish or line.byline or line.words < max(STANDFIRST_MIN_WORDS, 2 * lines[title].words):
        return None
    block = []
    for j in range(below + 1, min(first, below + 1 + BYLINE_BLOCK_LINES)):
        if lines[j].words > BYLINE_LINE_WORDS or lines[j].prose:
            break
        block.append(lines[j])
    return below if block and any(b.dateish for b in block) else None


def _opening_line(lines: list[Line], title: int) -> tuple[int, ...]:
    """The line under the headline ``title`` when it is no sentence and no marker: a line of the
    article that lost its full stop opens the body (its lead lines), else nothing."""
    below = title + 1
    return (below,) if below < len(lines) and not lines[below].prose and lines[below].action is None else ()


BLOG_HEADER_LINES = 4
"""Most lines of a blog post's header between the author's name and the headline (date, reading
time, "Updated:" date, a menu button)."""


def _under_site_header(lines: list[Line], first: int) -> _Title | None:
    """The entry's headline under a blog theme's site header (:func:`metadata.site_header`: "Skip to
    content", the site's title and tagline, "Menu"), given the article's first sentence ``first``:
    the block of text right under the header, after the entry's date when a theme prints it over
    the headline. The block is the headline, one line (up to :data:`MAX_TITLE_WORDS` words, maybe
    ending in a full stop: dated from above like a headline signed under it) or a headline wrapped
    over two lines (:func:`_continues_title`, :func:`_finishes`, :func:`_joinable`), when a blank
    line sets it apart and the article starts right under it (its first sentence within the next
    two lines). A sentence longer than :data:`PUNCTUATED_TITLE_WORDS` words right over another
    opens a post printed without a headline. None otherwise (the walk up from the sentence finds
    the headline)."""
    end = site_header([(line.number, line.text) for line in lines[: SITE_HEADER_NAMES + 3]])
    if end is None or any(line.last != line.number for line in lines[: end + 1]):
        return None
    top = end + 1
    if top < len(lines) and lines[top].dateish and not lines[top].prose and _consecutive(lines, top):
        top += 1  # (the entry's date over its headline)
    if top + 1 >= len(lines):
        return None
    last = top + 1 if _consecutive(lines, top) else top
    if last + 1 >= len(lines) or _consecutive(lines, last) or not top <= first <= last + 2:
        return None
    if not any(lines[j].prose for j in range(last + 1, min(len(lines), last + 3))):
        return None
    lower = lines[last]
    if not _title_eligible(lower, signed=True):
        return None
    if last == top and lower.end == "strong" and lower.words > PUNCTUATED_TITLE_WORDS and lines[last + 1].prose:
        return None  # (a long sentence over another: a post without a headline opens with its text)
    if last > top:
        upper = lines[top]
        if not _pairs_with(upper, cue=True) or upper.words + lower.words > MAX_TITLE_WORDS:
            return None
        if not (_continues_title(upper, lower) or _finishes(upper, lower) or _joinable(upper, lower)):
            return None
    return _Title(top, last, None, _opening_line(lines, last))


def _under_post_header(lines: list[Line], i: int) -> bool:
    """True when the sentence ``i``, short enough for a headline, sits right under a blog post's
    header as website builders' and blogging platforms' blogs print it over the headline (Wix,
    Medium, Ghost: "Name" / "Oct 2, 2018 · 1 min read" / "Updated: Oct 3, 2018" / "More actions"):
    up to :data:`BLOG_HEADER_LINES` lines of dates, a reading time (:data:`metadata.READ_TIME`) and
    buttons, no blank line between, with a date and a reading time among them and no headline over
    them nor over the author's name atop them. The sentence is the post's headline ending in a full
    stop (dated from above, like a headline signed under it: up to :data:`MAX_TITLE_WORDS` words),
    not its first sentence. A news page that prints a reading time in the byline under its headline,
    or a platform that prints the author's box under the headline, has that headline over the block,
    and the sentence under it opens the article."""
    line = lines[i]
    return line.end == "strong" and _title_eligible(line, signed=True) and _post_header_above(lines, i)


def _post_header_above(lines: list[Line], i: int) -> bool:
    """True when a blog post's header (date and reading time, see :func:`_under_post_header`) sits
    right over line ``i``: the headline it dates."""
    j, timed, dated = i - 1, False, False
    while j >= 0 and i - j <= BLOG_HEADER_LINES and lines[j].last + 1 == lines[j + 1].number:
        above = lines[j]
        if READ_TIME.search(above.text):
            timed = True
        elif not above.dateish and above.action != "skip":
            break
        dated = dated or above.dateish
        j -= 1
    return timed and dated and not any(_headline(lines[k]) for k in (j, j - 1) if k >= 0)  # (nor over the author's name)


def _stamped_first(lines: list[Line], i: int) -> bool:
    """True when the first sentence ``i``, short enough for a headline, sits right under a date or
    a reading time and over a line that is no sentence: a headline ending in a full stop under a
    blog platform's byline ("Name" / "Follow" / "Sep 30 · 4 min read"), over its standfirst."""
    return (
        i >= 1 and i + 1 < len(lines) and (lines[i - 1].dateish or READ_TIME.search(lines[i - 1].text) is not None)
        and not lines[i + 1].prose and lines[i + 1].action is None
    )


LABEL_LINE_WORDS = 6
"""Most words of a label ending in a colon that may sit between a headline and its article."""


def _between_title_and_body(line: Line) -> bool:
    """Lines that may sit between a headline and its article's first sentence."""
    if line.dateish or line.byline or line.caption or line.crumb or line.action == "skip":
        return True
    if line.end != "strong" and line.last == line.number and "\t" not in line.text and _cell_row(line.text):
        return True  # a row of buttons or figures apart by wide gaps ("☆ Star  Save to read later  Share"); (a row of
        # table cells, "Reply\tThread tools\tDisplay", closes a forum thread's header above its posts)
    if line.end == "strong" and line.words >= 6:
        return False  # a sentence: another article's teaser, or the end of a list of them
    if line.words <= SHORT_LINE:
        return True  # names, roles, kickers, buttons ("Shiko videon"), site names
    if line.words <= LABEL_LINE_WORDS and line.text.rstrip().endswith(":"):
        return True  # a label over a list of links or languages ("This story is also in:")
    return _counter(line)  # "5 min read", "Komente (3)"


def _pairs_with(line: Line, cue: bool = False, colon: bool = False) -> bool:
    """A line that can be the upper part of a title: headline-shaped and more than a label (two
    words are enough when the lower line visibly carries on its sentence, ``cue``); with ``colon``
    it may end in a colon ("Livingston - Rangers 1-0:" over the rest of the headline)."""
    if line.last != line.number or line.action is not None or line.words < (2 if cue else SHORT_LINE + 1) or line.words > 30:
        return False
    if line.dateish or line.bullet or line.numbered or line.crumb or line.caption or line.byline or line.timed:
        return False
    return line.end == "none" or line.text.rstrip(_CLOSERS).endswith(_CARRIES_ON if colon else _CARRIES_ON[:2])


def _continues_title(upper: Line, lower: Line) -> bool:
    """True when ``lower`` carries on the sentence of ``upper``: it starts in lower case, or the
    upper line ends with a comma or a function word ("në", "في"), or a short lower line opens with
    one. Otherwise a clearly longer lower line is a standfirst, not the rest of the headline."""
    if lower.byline or lower.dateish:
        return False  # "by Name via Outlet · 30 Sep 2018": the headline's byline, not its lower half
    head = lower.text.lstrip("\"'“”‘’«»(")
    lower_case = head[:1].isalpha() and head[:1].islower()
    first = head.split()[0] if head.split() else ""
    if lower_case and first == first.lower() and lower.words <= MAX_TITLE_WORDS - upper.words:
        return True  # (a standfirst, however long, opens its own sentence with a capital, or a name: "iPhone sales ...")
    if (lower.end == "strong" and lower.words > 15) or _standfirst_of(lower, upper):
        return False
    if lower_case:
        return True
    if upper.text.rstrip(_CLOSERS).endswith(_CARRIES_ON):
        return True
    lower_words = words(fold(lower.text))
    if lower.words <= 6 and lower_words and lower_words[0] in _function_words():
        return True  # "... رماد" / "على مكسيكو سيتي": a short tail opening with a preposition
    return _ends_in_function_word(upper.text)


def _ends_in_function_word(text: str) -> bool:
    """True when the last word of ``text`` is a function word ("... në", "... في"), that word
    alone: not the clitic of a hyphenated word ("MB-së")."""
    last = text.split()[-1:]
    parts = words(fold(last[0])) if last else []
    return len(parts) == 1 and parts[0] in _function_words()


def _opening_stems(lines: list[Line], first: int) -> set[str]:
    """Content-word stems of the sentences among the article's first six lines (from ``first``)."""
    return _stems(" ".join(line.text for line in lines[first : first + 6] if line.prose))


STANDFIRST_MIN_WORDS = 12
STANDFIRST_RATIO = 1.5
"""A line under a headline of at least :data:`STANDFIRST_MIN_WORDS` words and this many times its
length is its standfirst, not its lower half."""


def _standfirst_of(lower: Line, upper: Line) -> bool:
    """True when ``lower`` is the standfirst under headline ``upper``: a sentence, or clearly longer."""
    if lower.end == "strong" and lower.words >= 6:
        return True
    return lower.words >= STANDFIRST_MIN_WORDS and lower.words >= STANDFIRST_RATIO * upper.words


def _longer_under(lines: list[Line], above: int, chosen: int, first: int) -> bool:
    """True when the unpunctuated line ``chosen`` is the standfirst (lost its full stop) of the
    headline ``above`` it: too long to be the rest of that headline (together over
    :data:`JOIN_MAX_WORDS`), longer than it and of standfirst length, and the headline is on the
    article's story (:data:`COHESION` content words of its first sentences, from ``first``): a
    "Breaking" item of another story over the page's own long headline shares none."""
    upper, lower = lines[above], lines[chosen]
    if lower.end != "none" or upper.words + lower.words <= JOIN_MAX_WORDS or not lower.words > upper.words > SHORT_LINE:
        return False
    return lower.words >= STANDFIRST_WORDS and len(_stems(upper.text) & _opening_stems(lines, first)) >= COHESION


def _standfirst_under_wrapped(lines: list[Line], tail: int, chosen: int) -> bool:
    """True when line ``chosen`` is the standfirst under a headline wrapped over two lines whose
    lower half is ``tail`` ("Ayr 38 - 17 Melrose: Ayr i" / "pamposhtshëm
    kryeson listat", a word at the break carries it on: :func:`_continues_title`): a sentence, or
    unpunctuated and half as long again as the whole headline."""
    if not _wrapped_tail(lines, tail) or not _continues_title(lines[tail - 1], lines[tail]):
        return False
    line, headline = lines[chosen], lines[tail - 1].words + lines[tail].words
    return (line.end == "strong" and line.words >= 6) or (line.words >= STANDFIRST_WORDS and line.words >= 1.5 * headline)


def _nearer_the_story(lines: list[Line], upper: int, lower: int, first: int) -> bool:
    """True when headline-shaped ``upper``, right over the line ``lower`` found as the title, is
    the headline and ``lower`` its standfirst or a caption: ``upper`` shares at least
    :data:`COHESION` content words with the article's first sentences and ``lower`` fewer (a
    caption or a standfirst may tell another part of the story; another story's headline over the
    page's own seldom shares two of its words), and ``upper`` is no item of a list of headlines."""
    if _listed(lines, upper) or not _headline(lines[upper]) or _joinable(lines[upper], lines[lower]):
        return False  # (two halves of one headline wrapped over two lines are joined)
    article = _opening_stems(lines, first)
    return len(_stems(lines[upper].text) & article) >= COHESION > len(_stems(lines[lower].text) & article)


_TAB_DELIMS = (" | ", " - ", " – ", " — ")
"""What a browser tab's title puts between the headline and the site's name."""
TAB_SITE_WORDS = 4
"""Most words of the site's or platform's name after the headline in a browser tab's title."""


def _tab_title_over(upper: Line, lower: Line) -> bool:
    """``upper`` is the browser tab's title over the headline ``lower``: the same headline, then a
    dash or a bar and a short name ("<headline> – Telegraph", "<headline> | Site"), as a copy of a
    page keeps it atop the headline. A standfirst never opens with its headline word for word."""
    if not upper.text.startswith(lower.text):
        return False
    tail = upper.text[len(lower.text) :]
    name = tail.lstrip()[1:] if tail.startswith(_TAB_DELIMS) else ""
    return bool(key(name)) and len(name.split()) <= TAB_SITE_WORDS and name.rstrip()[-1:] not in ".!?؟"


def _listed(lines: list[Line], i: int) -> bool:
    """True when headline-shaped line ``i`` is the last item of a list of headlines ("Most read"):
    the two lines right above it are headline-shaped too and the one above does not carry on into
    it (:func:`_continues_title`). The page's own longer headline under such a list is no
    standfirst of its last item."""
    if i < 2 or not all(_headline(lines[k]) for k in (i - 2, i - 1, i)):
        return False
    return not _continues_title(lines[i - 1], lines[i])


STANDFIRST_WORDS = 12
"""Words of an unpunctuated line under a headline that may make it the headline's standfirst."""


def _restates(lower: Line, upper: Line) -> bool:
    """True when ``lower`` is a standfirst without its full stop under headline ``upper``: too long
    to be the rest of a headline wrapped over two lines (:data:`JOIN_MAX_WORDS` together), at least
    :data:`STANDFIRST_WORDS` long, and on the headline's story (:data:`COHESION` content words shared).
    A standfirst need not be longer than its headline; another story's headline above a page's own
    seldom shares two content words with it. A line at least as long that repeats
    :data:`RESTATED_WORDS` of the headline's content words restates it whatever its length: the
    halves of one wrapped headline do not say the same thing twice."""
    if not _headline(upper):
        return False
    shared = len(_stems(upper.text) & _stems(lower.text))
    if shared >= RESTATED_WORDS and lower.words >= upper.words:
        return True
    if lower.words < STANDFIRST_WORDS or upper.words + lower.words <= JOIN_MAX_WORDS:
        return False
    return shared >= COHESION


RESTATED_WORDS = 3
"""Content words shared by a headline and the line under it that make that line its restatement."""


def _joinable(upper: Line, lower: Line) -> bool:
    """Two short headline-shaped lines with nothing between them make one headline wrapped in two
    (the lower may end in a full stop when the two make a headline of :data:`PUNCTUATED_TITLE_WORDS`),
    unless the lower restates the upper (:data:`RESTATED_WORDS` content words shared, or
    :data:`COHESION` of them in a clearly longer line: :data:`STANDFIRST_RATIO`) or either is a
    :func:`_label_pair`."""
    if upper.words < 4 or lower.words < 3 or upper.words + lower.words > JOIN_MAX_WORDS:
        return False
    if _label_pair(upper) or _label_pair(lower):
        return False
    shared = len(_stems(upper.text) & _stems(lower.text))
    if shared >= RESTATED_WORDS:
        return False
    if shared >= COHESION and lower.words >= STANDFIRST_MIN_WORDS and lower.words >= STANDFIRST_RATIO * upper.words:
        return False  # (a clearly longer line taking up two of the headline's words is its standfirst, not its lower half)
    if lower.end == "strong":  # (a headline ending in a full stop is short)
        return upper.end == "none" and upper.words + lower.words <= PUNCTUATED_TITLE_WORDS and not find_dates(upper.text)
    if lower.end != "none":
        return False
    return not find_dates(upper.text)


PAIR_PART_WORDS = 3
"""Most words of each side of a :func:`_label_pair`."""


def _label_pair(line: Line) -> bool:
    """Two short names around one delimiter, at most :data:`PAIR_PART_WORDS` words each: a page
    label ("Page 18 - World"), a dateline ("Amman - Omar al-Shami"), a section path. Never half
    of a headline wrapped over two lines."""
    if ":" in line.text:
        return False  # ("Livingston - Rangers 1 - 0: Menga" is a score headline's upper half)
    for delim in (" - ", " – ", " — ", " / ", " | "):
        parts = line.text.split(delim)
        if len(parts) == 2:
            return all(1 <= len(words(part)) <= PAIR_PART_WORDS for part in parts)
    return False


@cache
def _function_words() -> frozenset[str]:
    """Folded stop words of every language (words a wrapped headline line can end or start with)."""
    return frozenset(fold(w) for vocab in STOPWORDS.values() for w in vocab)


def _recurring_names(keys: list[str]) -> set[str]:
    """Short (2-6 word) line texts found in more than one line of the page: site names, sections."""
    out = set()
    for k in set(keys):
        if 2 <= len(k.split()) <= 6 and sum(f" {k} " in f" {other} " for other in keys) > 1:
            out.add(k)
    return out


HEADLINE_CELL_WORDS = 5
"""Fewest words of the headline's cell in a line of two cells apart by a tab ("Politics\tHeadline")."""


def _cell_row(text: str) -> bool:
    """``text`` is a row of cells apart by tabs or wide gaps (:data:`boilerplate.WIDE_GAP`): three or
    more, or two with none of headline length ("Reply\tThread tools\tDisplay", "22:00\tMbrëmje folk",
    "☆ Star  Save to read later  Share"); a section's label and the headline in the cell beside it
    ("Politics\tCity council approves ...") is the headline's line."""
    cells = [c for c in WIDE_GAP.split(text.strip()) if c.strip()]
    return len(cells) > 2 or (len(cells) == 2 and max(len(words(c)) for c in cells) < HEADLINE_CELL_WORDS)


def _title_eligible(line: Line, signed: bool = False) -> bool:
    """Headline-shaped: one line of 2-30 words, no marker, date, list item, crumb, caption or byline,
    not ending in a comma, colon or semicolon; a headline ending in a full stop has at most
    :data:`PUNCTUATED_TITLE_WORDS` words unless it is ``signed`` (a byline or date right under it)."""
    if line.last != line.number:
        return False  # a title is one line (a wrapped unit is prose)
    if line.words < 2 or line.words > 30 or line.action is not None or not any(c.isalpha() for c in line.text):
        return False  # (a gallery's "1/4", a score "2-1": no words, no headline)
    if line.dateish or line.bullet or line.numbered or line.crumb or line.caption or line.byline:
        return False
    if _cell_row(line.text):
        return False  # cells of a table row or a toolbar ("Reply\tThread tools\tDisplay"), never a headline
    trimmed = line.text.rstrip(_CLOSERS)
    if trimmed.endswith((":", ";", ",", "،", "؛")):
        return False
    return line.end != "strong" or line.words <= PUNCTUATED_TITLE_WORDS or signed


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


def _title_copies(lines: list[Line], keys: list[str], span: tuple[int, int] | None) -> set[int]:
    if span is None:
        return set()
    title = " ".join(lines[i].text for i in range(span[0], span[1] + 1))
    tkey = key(title)
    return {
        i for i, line in enumerate(lines)
        if not span[0] <= i <= span[1] and (_is_copy(tkey, keys[i], line.text, title) or title_bar_site(line.text, title))
    }


def _teaser_regions(lines: list[Line]) -> set[int]:
    """Lines of other articles' teasers.

    * A bare "Read also:", a headline, and the paragraphs after it up to the next end marker or the
      end of the page, when they are few (at most :data:`TEASER_TAIL`) or about that headline rather
      than about the page's own (:func:`_about_teaser`): a short article followed by a longer
      "read also" teaser keeps only its own lines.
    * A headline and one or two sentences closed by a bare "Read more" link: another article's
      teaser block (above the page's own headline, or between articles). The headline is no
      statement: a short article's lead of fifteen words or fewer, full stop and all, is prose
      (:func:`_stated`), and a "Read more" under it announces the next story; a question is a
      headline ("Will the new bus lanes be ready before winter?").
    * A summary block's items, each a headline, its date, an excerpt and "Read more"
      (:func:`_summary_items`); their "Read more" announces nothing under it.
    * The next story an infinite scroll loaded under a "Loading..." placeholder
      (:func:`_scroll_loader`), as under a "next article" label.
    """
    out = _summary_items(lines)
    for i, line in enumerate(lines):
        if _listed_links(lines, i):
            continue  # (a list of links set in the article: see _link_lists)
        if i in out:
            continue  # (the "Read more" that closes a summary block's item announces no headline under it)
        unknown = _label(line) and _dated_above(lines, i)
        if (line.action != "teaser" or line.words > 4) and not unknown and not _scroll_loader(lines, i):
            continue
        if unknown:
            region = _labelled_region(lines, i)
            if region and _tells_another_story(lines, i, region):
                out.update(region)
            continue
        if key(line.text) in _read_more():
            head = next((k for k in (i - 2, i - 3) if k >= 0 and _headline(lines[k]) and not _stated(lines[k])
                         and all(lines[m].action is None and not lines[m].dateish for m in range(k + 1, i))), None)
            if head is not None:
                out.update(range(head, i))
                continue
        head = i + 1 + _section_over(lines, i + 1)
        # (the bare label announces a headline: one ending in a full stop counts at any headline length)
        if head >= len(lines) or not _title_eligible(lines[head], signed=True) or _counter(lines[head]):
            continue  # (a counter, "list 1 of 4", opens a list of links set in the article: a box, see _cut)
        out.update(range(i + 1, head))  # (the teaser's section)
        region = [head]
        j = head + 1
        while j < len(lines) and lines[j].action != "end" and not lines[j].bullet:
            region.append(j)
            j += 1
        if (sum(lines[k].prose for k in region) <= TEASER_TAIL and not _article_goes_on(lines, i, region)) or _about_teaser(lines, i, region):
            out.update(region)
    return out | _teaser_list(lines) | _author_bios(lines) | _labelled_list(lines)


SUMMARY_EXCERPT_LINES = 2
"""Most lines of a summary block item's excerpt (between its date and its "Read more" link)."""
SHORT_DATE_WORDS = 4
"""Most words of a summary item's date line ("Sep 28, 2018", "28 shtator 2018")."""


def _summary_item(lines: list[Line], i: int) -> int | None:
    """The headline of the summary block item that the bare "Read more" link on line ``i`` closes:
    a headline, its date alone on the line under it, an excerpt of one or two lines (its first
    sentence, or the words its author typed), then the link (Squarespace's summary block and a
    blog's "recent posts" widget with excerpts). The date under it makes the line a headline even
    when it ends in a full stop; None when line ``i`` closes no such item."""
    if key(lines[i].text) not in _read_more():
        return None
    for head in range(i - 3, i - 3 - SUMMARY_EXCERPT_LINES, -1):
        if head < 0 or not lines[head + 1].dateish or lines[head + 1].words > SHORT_DATE_WORDS:
            continue
        excerpt = range(head + 2, i)
        if _headline(lines[head], lines[head + 1]) and all(lines[m].action is None and not lines[m].dateish for m in excerpt):
            return head
    return None


def _summary_items(lines: list[Line]) -> set[int]:
    """Lines of a summary block's items (:func:`_summary_item`): two or more in a row, each headline
    right under the previous item's "Read more" link, as a site lists its recent posts; a lone
    headline, date, lead and "Read more" (an article page's own "continue reading" link) is none."""
    items = [(head, i) for i in range(len(lines)) if (head := _summary_item(lines, i)) is not None]
    out: set[int] = set()
    for (head, end), (after, later) in zip(items, items[1:]):
        if after == end + 1:
            out.update(range(head, later + 1))
    return out


_QUESTION_END = re.compile(r"[?؟!][\"'”’»)\]]*\s*$")
"""A line ending in a question or exclamation mark (closing quotes allowed): a headline may, a lead does not."""


def _stated(line: Line) -> bool:
    """True when ``line`` is a sentence stated with its full stop (prose, not ending in "?" or "!"): a
    lead, not another story's headline over a "Read more" (:func:`_teaser_regions`)."""
    return line.prose and not _QUESTION_END.search(line.text)


LISTED_LINKS = 2
"""Bulleted or numbered lines under a bare "read more" label that make it a list of links."""


def _listed_links(lines: list[Line], i: int) -> list[int]:
    """The lines of a list of links set in an article under a bare "Read more" / "Read also" label
    (line ``i``, at most four words): :data:`LISTED_LINKS` or more bulleted or numbered lines right
    under it, no blank line between ("READ MORE" / "- Headline" / "• Headline", as an outlet's page
    lists its other stories, or a browser's translation of it renders them), half of them or more
    unpunctuated, as headlines are. The article goes on after the list; an empty list (no bullet
    right under the label) is none, and so is a list of sentences, each with its full stop: the
    article's own points ("Read more" / "• The wing has 40 beds." / "• It will be staffed by ...")."""
    if lines[i].action != "teaser" or lines[i].words > 4:
        return []
    run: list[int] = []
    j = i + 1
    while j < len(lines) and (lines[j].bullet or lines[j].numbered) and lines[j].number == lines[j - 1].last + 1:
        run.append(j)
        j += 1
    headlines = sum(lines[k].end != "strong" for k in run)
    return run if len(run) >= LISTED_LINKS and headlines * 2 >= len(run) else []


def _scroll_loader(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is a "Loading..." placeholder (:data:`lexicon.LOADERS`) under an article
    (a sentence above it) and over the next story's header: its headline (maybe under its section,
    :func:`_section_over`) with a byline or date right under it, or an author's name over a date.
    That is where an infinite-scroll page loaded the next story; at the top of a page the
    placeholder is a ticker's or a box's still loading."""
    if key(lines[i].text) not in _loaders() or not any(line.prose for line in lines[:i]):
        return False
    head = i + 1 + _section_over(lines, i + 1)
    if head + 1 >= len(lines):
        return False
    below, under = lines[head + 1], lines[head + 2] if head + 2 < len(lines) else None
    return _headline(lines[head], below, under) and (below.byline or below.dateish or (under is not None and under.dateish))


@cache
def _loaders() -> frozenset[str]:
    """Keys of :data:`lexicon.LOADERS`."""
    return frozenset(key(p) for p in LOADERS)


SECTION_WORDS = 3
"""Most words of the section name a "next article" label may stand over, above the teaser's headline."""


def _section_over(lines: list[Line], i: int) -> bool:
    """True when line ``i``, right under a "read also" / "next article" label, is the teaser's
    section ("Next article" / "Sport" / <headline>, as an infinite-scroll page loads the next
    story): at most :data:`SECTION_WORDS` words, no digit, no punctuation or marker, with a
    headline-shaped line right under it (a headline of two words is a headline, not a section,
    when a sentence follows it)."""
    if i + 1 >= len(lines):
        return False
    line = lines[i]
    return (
        _name_line(line) and line.words <= SECTION_WORDS and not line.byline and lines[i + 1].number == line.last + 1
        and _title_eligible(lines[i + 1], signed=lines[i + 1].end != "strong") and not lines[i + 1].prose
    )


def _label(line: Line) -> bool:
    """A box label the word lists may not hold ("Don't miss", "لا تفوت", "Recommended reading"): one
    to four words on their own line, no punctuation, digit, date, byline, marker or list shape, not
    repeated (section names recur in menus and breadcrumbs)."""
    return (
        _name_line(line) and line.words <= LABEL_WORDS and not line.repeated and not line.timed
        and not line.byline and not line.stamp
    )


def _dated_above(lines: list[Line], i: int) -> bool:
    """True when a dated header (a headline with a date or byline in the three lines under it) lies
    within :data:`TITLE_WINDOW` lines above line ``i`` and, between its last date or byline line
    and ``i``, text (a sentence or a paragraph that lost its full stop) sharing a content word with
    that headline: ``i`` is under an article that has begun. (A mail's headers, "To:" and "Date:",
    and the newsletter's dated name line over a greeting or an editor's sentence begin none.)"""
    for k in range(i - 2, max(-1, i - 1 - TITLE_WINDOW), -1):
        if _headline(lines[k]) and any(m < i - 1 and (lines[m].dateish or lines[m].byline) for m in range(k + 1, k + 4)):
            last = max(m for m in range(k + 1, i) if lines[m].dateish or lines[m].byline)
            text = [lines[m].text for m in range(last + 1, i) if lines[m].prose or _bare(lines[m])]
            return bool(text) and bool(_stems(lines[k].text) & _stems(" ".join(text)))
    return False


def _labelled_region(lines: list[Line], i: int) -> list[int]:
    """The teaser under an unknown label at ``i``: its headline (the next line) and the lines after
    it up to an end marker, a date or byline, or a dated headline (the next article's header)."""
    if i + 1 >= len(lines) or not _headline(lines[i + 1], lines[i + 2] if i + 2 < len(lines) else None):
        return []
    region = [i, i + 1]
    for j in range(i + 2, len(lines)):
        line = lines[j]
        if line.action == "end" or line.dateish or line.byline or line.bullet:
            break
        if j + 1 < len(lines) and _headline(line) and (lines[j + 1].dateish or lines[j + 1].byline):
            break
        region.append(j)
    return region if any(lines[k].prose or _bare(lines[k]) for k in region[2:]) else []


def _tells_another_story(lines: list[Line], label: int, region: list[int]) -> bool:
    """True when the text under an unknown label tells another story than the lines above it: its
    first two sentences share at least :data:`COHESION` content words with the headline under the
    label and fewer with the nearest headline above the label and the text between."""
    paragraphs = _stems(" ".join([lines[k].text for k in region[2:] if lines[k].prose or _bare(lines[k])][:2]))
    own = next((k for k in range(label - 1, max(-1, label - 1 - TITLE_WINDOW), -1) if _headline(lines[k])), None)
    if own is None or len(_stems(lines[region[1]].text) & paragraphs) < COHESION:
        return False  # a teaser's sentences are about its headline
    before = _stems(" ".join(lines[k].text for k in range(own, label)))
    return len(before & paragraphs) < COHESION


LIST_PAIRS = 2
"""Pairs in a row (a section label over a headline) that make a list of other articles."""


def _labelled_list(lines: list[Line]) -> set[int]:
    """A list of other articles, each a short label (its section) over its headline: at least
    :data:`LIST_PAIRS` such pairs in a row, each followed by the next pair (a label over a headline)
    or by a headline (the page's own). The page's own section label and headline are followed by a standfirst, a
    byline or a date, so they end the list; the list's own label line above it goes with it."""
    label, head = [_label(line) for line in lines], [_headline(line) for line in lines]
    out: set[int] = set()
    k = 0
    while k + 1 < len(lines):
        run: list[int] = []
        j = k
        while j + 2 < len(lines) and label[j] and head[j + 1] and (
            (label[j + 2] and j + 3 < len(lines) and head[j + 3]) or head[j + 2]
        ):
            run += [j, j + 1]
            j += 2
        if len(run) >= 2 * LIST_PAIRS:
            if k >= 1 and label[k - 1]:
                run.append(k - 1)
            out.update(run)
            k = j
        else:
            k += 1
    return out


def _author_bios(lines: list[Line]) -> set[int]:
    """An author's bio box: a name on its own line, then a sentence opening with that name, when
    the name is also found elsewhere on the page (the byline, "More by <name>"). A "follow"
    button may sit between the name and the bio (a blogging platform's "WRITTEN BY" box: "Name" /
    "Follow" / "Name is a reporter who...")."""
    out: set[int] = set()
    for i in range(1, len(lines)):
        button = i >= 2 and FOLLOW_BUTTON.match(lines[i - 1].text.strip()) is not None
        top = i - 2 if button else i - 1
        name, bio = lines[top], lines[i]
        if not (_name_line(name) and name.words >= 2 and bio.end == "strong" and bio.text.startswith(name.text + " ")):
            continue
        k = key(name.text)
        if any(j not in range(top, i + 1) and f" {k} " in f" {key(other.text)} " for j, other in enumerate(lines)):
            out.update(range(top, i + 1))
    return out


TEASER_PAIRS = 2
"""Pairs in a row (headline and sentence; name and comment) that make a list of teasers or comments."""


def _teaser_list(lines: list[Line]) -> set[int]:
    """Lists of other articles' teasers and readers' comments, under any label or none.

    * Teasers: at least :data:`TEASER_PAIRS` pairs in a row of a headline-shaped line and one
      sentence, each pair sharing at most one content word in eight (and at least one) with the
      next (a different story each time) and most of them sharing one with their own headline. An article's subheadings, each
      over a paragraph, tell one story: their pairs share words.
    * Comments: at least :data:`TEASER_PAIRS` pairs in a row of a name (one to three words, no
      digits, no punctuation) and a sentence, under different names, each sentence sharing at
      most one content word with the next (a label, a headline, an author and a standfirst of one
      story share more).
    """
    teasers: list[tuple[int, set[str], bool]] = []
    comments: list[tuple[int, str, set[str]]] = []
    for i in range(len(lines) - 1):
        head, sentence = lines[i], lines[i + 1]
        if not sentence.prose and not (sentence.end == "strong" and sentence.action is None and 3 <= sentence.words):
            continue
        single = i + 2 >= len(lines) or not lines[i + 2].prose
        if single and sentence.prose and head.words >= 4 and head.end != "strong" and _title_eligible(head, signed=True):
            own, text = _stems(head.text), _stems(sentence.text)
            teasers.append((i, own | text, bool(own & text)))
        elif single and _name_line(head):
            comments.append((i, key(head.text), _stems(sentence.text)))
    out: set[int] = set()
    run: list[tuple[int, set[str], bool]] = []
    for k, pair in enumerate(teasers + [(-9, set(), False)]):
        if run and pair[0] == run[-1][0] + 2 and len(run[-1][1] & pair[1]) <= max(1, len(pair[1]) // 8):
            run.append(pair)
            continue
        if len(run) >= TEASER_PAIRS and 2 * sum(p[2] for p in run) >= len(run):
            out.update(j for p in run for j in (p[0], p[0] + 1))
        run = [pair]
    names: list[tuple[int, str, set[str]]] = []
    for pair in comments + [(-9, "", set())]:
        if names and pair[0] == names[-1][0] + 2 and pair[1] not in {n for _, n, _ in names} and len(pair[2] & names[-1][2]) <= 1:
            names.append(pair)
            continue
        if len(names) >= TEASER_PAIRS:
            out.update(j for p in names for j in (p[0], p[0] + 1))
        names = [pair]
    return out


def _name_line(line: Line) -> bool:
    """A user or author name on its own line: one to three words, no digits, no punctuation, no marker."""
    return (
        1 <= line.words <= 3 and line.end == "none" and line.action is None and not line.dateish
        and not any(c.isdigit() for c in line.text) and not (line.bullet or line.numbered or line.crumb or line.caption)
    )


def _about_teaser(lines: list[Line], marker: int, region: list[int]) -> bool:
    """True when the first paragraphs after a "read also" headline belong to that headline's
    article: they share at least :data:`COHESION` content words with it and more than with the
    page's own headline (the nearest headline-shaped line before the marker), or they share fewer
    than :data:`COHESION` with the page's own headline and text before the marker (a different story)."""
    paragraphs = _stems(" ".join([lines[k].text for k in region[1:] if lines[k].prose][:2]))
    teaser = len(_stems(lines[region[0]].text) & paragraphs)
    # (the page's headline lies above the article's sentences: a short sentence of the article is none)
    own = next((k for k in range(marker - 1, max(-1, marker - 1 - 4 * TITLE_WINDOW), -1) if _headline(lines[k]) and not lines[k].prose), None)
    if own is None:
        return teaser >= COHESION
    mine = len(_stems(lines[own].text) & paragraphs)
    if teaser >= COHESION and teaser > mine:
        return True
    before = _stems(" ".join(lines[k].text for k in range(own, marker) if lines[k].prose or k == own))
    return len(before & paragraphs) < COHESION


def _article_goes_on(lines: list[Line], marker: int, region: list[int]) -> bool:
    """True when the few paragraphs after an inline "Read also" and its headline are the article
    going on, not that headline's teaser: they end at the article's source line ("Source:
    Reuters", which closes an article, not a teaser under it), the linked headline shares fewer
    than :data:`COHESION` content words with them, and the page's own headline and text before the
    marker share at least :data:`COHESION` (a teaser's sentences tell its headline's story)."""
    after = region[-1] + 1
    if after >= len(lines) or lines[after].action != "end" or lines[after].family in PAGE_CLOSERS:
        return False
    last = next((k for k in range(marker - 1, -1, -1) if lines[k].prose), None)
    if last is None or any(lines[k].family in ("share", "subscribe") for k in range(last + 1, marker)):
        return False  # (a share bar or a "follow us" box closed the article before the marker)
    paragraphs = _stems(" ".join(lines[k].text for k in region[1:] if lines[k].prose))
    if not paragraphs or len(_stems(lines[region[0]].text) & paragraphs) >= COHESION:
        return False
    own = next((k for k in range(marker - 1, max(-1, marker - 1 - 4 * TITLE_WINDOW), -1) if _headline(lines[k]) and not lines[k].prose), None)
    if own is None:
        return False
    before = _stems(" ".join(lines[k].text for k in range(own, marker) if lines[k].prose or k == own))
    return len(before & paragraphs) >= COHESION


@cache
def _read_more() -> frozenset[str]:
    """Keys of the "read more" links that close a teaser (:data:`lexicon.READ_MORE`)."""
    return frozenset(key(p) for p in READ_MORE)


def _pull_quotes(lines: list[Line], keys: list[str]) -> set[int]:
    """Short lines (5-25 words) whose text recurs inside a longer line, or a quoted line whose
    text is another line's: pull quotes, highlighted excerpts and "key sentence" boxes that repeat
    a paragraph (``keys``: the lines' keys)."""
    out: set[int] = set()
    for i, k in enumerate(keys):
        if 5 <= len(k.split()) <= 25:
            for j, other in enumerate(keys):
                if j == i:
                    continue
                if len(other) > len(k) and f" {k} " in f" {other} ":
                    out.add(i)
                elif other == k and _quoted(lines[i].text) and not _quoted(lines[j].text):
                    out.add(i)
    return out


def _quoted(text: str) -> bool:
    """Wrapped in quotation marks as a whole."""
    return len(text) > 2 and text[0] in "\"'“”‘’«»„" and text.rstrip(".")[-1] in "\"'“”‘’«»"


_UNFRAMED = SINGLE_FAMILIES | {None, "ad"}
"""Families that frame no box (:func:`_widget_boxes`): the lines that stand alone, and the
advertisement labels ("Advertisement", "إعلان", "Reklamë"): a label marks the slot of one ad (a
picture or a script, gone from a dump), and a portal sets a slot every two or three paragraphs, so
two labels frame the article's own paragraphs, not a box."""


def _widget_boxes(lines: list[Line]) -> set[int]:
    """Lines framed by two markers of one family at most two lines apart on each side: the blurb of
    a newsletter box ("Sign up" / "Get our top stories every morning." / "Subscribe"). Lines that
    stand alone (:data:`boilerplate.SINGLE_FAMILIES`: captions, addresses, page counters) and
    advertisement labels frame no box (:data:`_UNFRAMED`): an article with pictures has a paragraph
    or two between two captions, one with ads a paragraph or two between two ad slots. An ad's
    own copy between its labels is one all the same (:func:`_ad_copy`)."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if line.family is not None:
            continue
        if _ad_copy(lines, i):
            out.add(i)
            continue
        before = {lines[j].family for j in range(max(0, i - 2), i) if lines[j].family not in _UNFRAMED}
        after = {lines[k].family for k in range(i + 1, min(len(lines), i + 3)) if lines[k].family not in _UNFRAMED}
        framing = before & after
        if framing == {"share"} and (
            not any(lines[j].prose for j in range(max(0, i - 2 - SHARE_REACH), i)) or _between_share_bars(lines, i)
        ):
            continue  # share bars over and under a one- or two-sentence article, with no text above them: no box
        if framing and _between_paragraphs(lines, i):
            continue  # the middle paragraph of a three-paragraph text between a post's "Follow" and its counts
        if framing:
            out.add(i)
    return out


def _between_paragraphs(lines: list[Line], i: int) -> bool:
    """Line ``i`` has a paragraph of prose right above it and right under it, and no marker
    adjacent on either side: markers two lines off then frame the text those paragraphs belong
    to (a short article between a post's header with its "Follow" button and its likes count), not
    a box's blurb, which stands right against one of its markers ("Sign up" / blurb / "Subscribe")."""
    return 0 < i < len(lines) - 1 and lines[i - 1].prose and lines[i + 1].prose


def _ad_copy(lines: list[Line], i: int) -> bool:
    """Line ``i`` is an advertisement's copy set in its slot: one line right between two ad labels,
    in one block with both ("Reklamë" / "Hapni llogarinë tuaj online sot ...!" / "Reklamë"), the slot
    standing alone. A portal's slots between the article's paragraphs stand two paragraphs or more
    apart, or apart from them by blank lines (:data:`_UNFRAMED`), or follow every paragraph: a third
    label one line beyond either label ("Advertisement" / paragraph / "Advertisement" / paragraph /
    "Advertisement") is such a run, not an ad's copy."""
    if not 0 < i < len(lines) - 1 or lines[i - 1].family != "ad" or lines[i + 1].family != "ad":
        return False
    run = (i >= 3 and lines[i - 3].family == "ad") or (i + 3 < len(lines) and lines[i + 3].family == "ad")
    return not run and lines[i].number == lines[i - 1].last + 1 and lines[i + 1].number == lines[i].last + 1


SHARE_REACH = 3
"""Lines above a share bar within which text shows the bar to stand inside an article (a box under it)."""


def _between_share_bars(lines: list[Line], i: int) -> bool:
    """Line ``i`` and the sentence over it are all the text between two share bars (a news theme's
    bar with its counters over a two-sentence article, its compact buttons under it): no text within
    :data:`SHARE_REACH` lines above the upper bar nor below the lower one."""
    top = min((j for j in range(max(0, i - 2), i) if lines[j].family == "share"), default=i)
    bottom = max((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k].family == "share"), default=i)
    return not any(lines[j].prose for j in [*range(max(0, top - SHARE_REACH), top), *range(bottom + 1, min(len(lines), bottom + 1 + SHARE_REACH))])


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
    for pos, i in enumerate(part):
        line = lines[i]
        if line.action == "teaser":
            skip_next_headline = line.words <= 4  # a bare "Read also:" announces a headline
            continue
        if skip_next_headline:
            if line.headline_like or _list_label(line) or _listed_sentence(lines, part, pos):
                continue  # its headlines, and the list's labels ("list 1 of 3", "end of list")
            skip_next_headline = False
        if line.action == "skip" or line.caption or line.dateish or i in furniture or (line.byline and _named(line)):
            continue  # (a byline naming the author between the standfirst and the text is no subheading)
        kept.append(i)
    while kept and lines[kept[-1]].score <= 0 and lines[kept[-1]].end == "none" and not _closing_line(lines, kept[-1]):
        kept.pop()  # never end on a headline-shaped line
    return kept


def _link_lists(lines: list[Line]) -> set[int]:
    """Lists of links set inside an article: a bare "Read also" marker over a counter ("list 1 of
    4", as screen-reader markup leaves it in a dump), then the list's headlines, counters and labels
    ("end of list") up to the article's next sentence; or a bare "Read more" over bulleted links
    (:func:`_listed_links`). They count zero in the article's run (a box neither breaks the article
    nor extends it) and are furniture."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        links = _listed_links(lines, i)
        if links:
            out.update([i, *links])
            continue
        if line.action != "teaser" or line.words > 4 or i + 1 >= len(lines) or not _counter(lines[i + 1]):
            continue
        box = [i]
        for j in range(i + 1, len(lines)):
            if lines[j].prose and not _listed_sentence(lines, list(range(len(lines))), j):
                break
            if lines[j].action is not None:
                break
            box.append(j)
        out.update(box)
    return out


def _list_label(line: Line) -> bool:
    """A short line of a link list's own markup: a counter ("list 2 of 3", "1/4") or a label."""
    return line.end == "none" and line.words <= LABEL_WORDS


def _listed_sentence(lines: list[Line], part: list[int], pos: int) -> bool:
    """True when the sentence at ``part[pos]`` is an item of the link list it sits in: of headline
    length (:data:`PUNCTUATED_TITLE_WORDS`) or found again on the page, with more of the list (a
    headline-shaped line or a label) right under it."""
    line = lines[part[pos]]
    if not (line.repeated or line.words <= PUNCTUATED_TITLE_WORDS) or pos + 1 >= len(part):
        return False
    below = lines[part[pos + 1]]
    return not below.prose and below.action is None and (below.headline_like or _list_label(below))


def _next_header_cut(lines: list[Line], kept: list[int]) -> list[int]:
    """The body up to another article's header: a kept headline-shaped line, after the article's
    first sentence, with a byline or a date right under it on the page (or an author's name over a
    date; those lines themselves were dropped as metadata). That is the next story an infinite
    scroll loaded under the article without a label, or another story pasted after it; a
    subheading inside an article is followed by its text, not by a byline and a date; nor by the
    place and date of a statement or letter the article quotes whole (:func:`_place_date`)."""
    for pos, i in enumerate(kept):
        if not any(lines[k].prose for k in kept[:pos]) or i + 1 >= len(lines) or i + 1 in kept[pos + 1 : pos + 2]:
            continue
        below, under = lines[i + 1], lines[i + 2] if i + 2 < len(lines) else None
        dated = below.byline or (below.dateish and not _place_date(below.text)) or (under is not None and under.dateish and _name_line(below))
        if dated and lines[i].headline_like and _headline(lines[i], below, under):
            return kept[:pos]
    return kept


_PLACE = re.compile(r"^\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[,،]")
"""A place name of one or two words and a comma opening a line."""


def _place_date(text: str) -> bool:
    """True for a date line that opens with a place and a comma: "Dubai, June 28, 2018", "Tiranë,
    më 28.09.2018", the place and date a statement or a letter is headed with (a weekday before the
    comma, "Monday, 1 October 2018", is a date line's own, :data:`lexicon.WEEKDAYS`)."""
    dates = find_dates(text)
    if not dates:
        return False
    m = _PLACE.match(text[: dates[0].start])
    return m is not None and key(m.group(1)) not in _weekdays()


@cache
def _weekdays() -> frozenset[str]:
    """Keys of :data:`lexicon.WEEKDAYS`."""
    return frozenset(key(w) for w in WEEKDAYS)


def _topic_cut(lines: list[Line], kept: list[int], title: str | None) -> list[int]:
    """The body up to a label or headline-shaped line after which the text turns to other stories:
    teasers with their first sentences, readers' comments, "from the same author" lists under labels
    no word list knows. The next sentences (up to three) turn away when they share fewer than
    :data:`COHESION` content words with the title and the body so far, or (after a block's header:
    a label over another short line) none of the article's core words (the title's and those of
    two or more of its lines) once the article has :data:`CORE_LINES` lines, or when they share more with a headline-shaped line right after the
    label than with the article (:func:`_other_story`). A subheading inside the article is followed
    by more of its story; a printed page's header over a jump line ("Continued from page 8: ...")
    is followed by the rest of the article."""
    seen = _stems(title or "")
    counts: dict[str, int] = {}
    prose_before = 0
    for pos, i in enumerate(kept):
        line = lines[i]
        jumped = i + 1 < len(lines) and lines[i + 1].family == "jump"  # a page's header over "Continued from page 8"
        if prose_before and line.headline_like and line.action is None and not (line.bullet or line.numbered or jumped):
            following = [lines[j] for j in kept[pos + 1 : pos + 6] if lines[j].prose][:3]
            after = _stems(" ".join(f.text for f in following))
            if len(words(" ".join(f.text for f in following))) >= TOPIC_WORDS:
                core = _stems(title or "") | {w for w, n in counts.items() if n >= 2}
                header = pos + 1 < len(kept) and not lines[kept[pos + 1]].prose  # a label over a list or a teaser
                if len(after & seen) < COHESION or (header and prose_before >= CORE_LINES and not after & core):
                    return kept[:pos]
                if _other_story(lines, kept, pos, after, seen):
                    return kept[:pos]
        stems = _stems(line.text)
        for w in stems:
            counts[w] = counts.get(w, 0) + 1
        seen |= stems
        prose_before += line.prose
    return kept


CORE_LINES = 3
"""Body lines before a label after which the next sentences must share a core word of the article."""


def _other_story(lines: list[Line], kept: list[int], pos: int, after: set[str], seen: set[str]) -> bool:
    """True when a headline-shaped line at or right after ``kept[pos]`` shares at least
    :data:`COHESION` content words with the sentences after it (``after``) and more of them than
    the article so far (``seen``) does: another article's headline and its first sentences."""
    for j in kept[pos : pos + 2]:
        if lines[j].headline_like and lines[j].words >= 4:
            own = len(_stems(lines[j].text) & after)
            if own >= COHESION and own > len(after & seen):
                return True
    return False


BOX_LINES = 4
"""Most lines of a box inside an article (a "Related" label and a headline, an advertisement)."""
CARD_LINES = 6
"""Most lines of a card inside an article (:func:`_card`): label, competition, teams, date, link."""
CARD_WORDS = 6
BOX_LIST_LINES = 10
"""Most lines of a "Related" / "Read also" list inside an article: its label, a few headlines, and
the list's own labels ("list 1 of 3", "end of list") that screen-reader markup leaves in a dump."""
_LIST_BOXES = frozenset({"related", "read_also"})
_CLOSING_FAMILIES = frozenset({"tags", "share"})
"""Marker families that open the furniture under an article (its tags, its share buttons)."""
_BOX_FAMILIES = frozenset({"related", "read_also", "ad", "subscribe", "share", "caption"})
"""Marker families of boxes that sites put inside articles; the article may go on after them."""


def _article_words(lines: list[Line], kept: list[int], title: str | None) -> tuple[set[str], set[str]]:
    """Content words of the title and the kept lines, and the article's core: the title's and
    those found in two or more kept lines."""
    counts: dict[str, int] = {}
    for i in kept:
        for w in _stems(lines[i].text):
            counts[w] = counts.get(w, 0) + 1
    head = _stems(title or "")
    return head | set(counts), head | {w for w, n in counts.items() if n >= 2}


def _resume_after_box(lines: list[Line], kept: list[int], furniture: set[int], title: str | None) -> list[int]:
    """The article going on after a box set inside it: when the lines after the body are a short
    box (two to :data:`BOX_LINES` lines holding a headline or an advertisement marker: a "Related"
    label and a headline, an advertisement and its sponsored line; or up to :data:`CARD_LINES`
    short lines with a date or a widget's question: a match's or an event's card, a poll,
    :func:`_card`) and two or more sentences after the box share at least :data:`COHESION`
    of the article's core words (:func:`_article_words`) and more of them than of the box's
    headline, those sentences (up to the next marker or block of
    furniture) are body too."""
    kept = list(kept)
    while kept and len(kept) >= 2:
        seen, core = _article_words(lines, kept, title)
        j = kept[-1] + 1
        box: list[int] = []
        listing = j < len(lines) and lines[j].family in _LIST_BOXES
        while j < len(lines) and len(box) < (BOX_LIST_LINES if listing else CARD_LINES if _card(lines, box) else BOX_LINES):
            line = lines[j]
            sponsored = line.prose and box and lines[box[-1]].family == "ad" and not _stems(line.text) & seen
            listed = box and (line.numbered or line.bullet)  # an item of the box's list ("1. Headline.")
            # a headline ending in a full stop among a "Related" list's items (under another item or a
            # list label, over more of the list): on another story, or found again on the page (in a
            # "most read" list, a "Next Post" link; then it may close the list, the article going on under it)
            # (or the list's first item, right under its label, over more of it)
            more_list = j + 1 < len(lines) and not lines[j + 1].prose and lines[j + 1].action is None
            other = more_list and line.words <= PUNCTUATED_TITLE_WORDS and len(_stems(line.text) & core) < COHESION
            under_item = len(box) >= 2 and not lines[box[-1]].prose and lines[box[-1]].family is None
            linked = listing and (
                (under_item and (line.repeated or other or _last_item(lines, j, core)))
                or (len(box) == 1 and other and lines[j + 1].family is None and lines[j + 1].words >= 4)
            )
            if (line.prose and not sponsored and not listed and not linked) or (listing and _sentence_under_list(lines, box, j)):
                break
            if line.action == "end" and line.family not in _BOX_FAMILIES:
                return kept
            box.append(j)
            j += 1
        if not box or j >= len(lines) or not (lines[j].prose or (listing and _sentence_under_list(lines, box, j))) or j in furniture:
            return kept
        more: list[int] = []
        while j < len(lines) and j not in furniture and lines[j].action is None and not lines[j].repeated and (
            lines[j].prose or _headline_between(lines, j) or _sentence_between(lines, j)
            or (bool(more) and lines[more[-1]].prose and _unpunctuated_paragraph(lines[j]))  # (a paragraph that lost its full stop)
            or (not more and listing and _sentence_under_list(lines, box, j))
        ):
            more.append(j)  # (a sentence repeated on the page is a teaser's or a comment's, not the article's)
            j += 1
            if _ad_label_between(lines, j, more) or _pull_quote_between(lines, j, more, furniture):
                j += 1  # (an advertisement's label or a pull quote between two of its paragraphs: the article goes on)
        prose = [lines[k].text for k in more if lines[k].prose]
        after = _stems(" ".join(prose[:3]))
        several = listing and sum(_box_item(lines[b]) for b in box[1:]) >= 2  # (a teaser has one headline)
        # (under a list of several other stories' headlines, a theme's inline "You might also like",
        # the article above may be too short to have a core: two sentences or more that share its
        # words at all go on with it; one alone may be an advertisement's)
        shared = len(after & (seen if several and len(prose) >= 2 else core))
        # an advertisement, a headline, a numbered "most read" item, or a card with a date (a match, an
        # event) or a widget's question (a poll)
        boxed = any(lines[b].family == "ad" or _box_item(lines[b]) for b in box) or (
            _card(lines, box) and any(lines[b].dateish or lines[b].family == "prompt" for b in box)
        )
        # the article's last sentence alone under the box, the page's tags or share buttons under it
        last = (
            len(prose) == 1 and j < len(lines) and (lines[j].action == "end" or lines[j].family in _CLOSING_FAMILIES)
            and len(_stems(prose[0]) & seen) >= COHESION
        )
        if len(box) < 2 or not boxed or ((len(prose) < (1 if several else 2) or shared < COHESION) and not last):
            return kept
        if listing and not any(_box_item(lines[b]) for b in box[1:]):
            return kept  # a "Related" label over no headline (an advertisement at most): the page's related section, its links lost in the dump
        if any(len(_stems(lines[b].text) & after) >= shared for b in box if lines[b].words >= 4):
            return kept  # the sentences are about the box's headline: a related story's teaser
        if shared != len(after & core) and any(len(_stems(lines[b].text) & after) >= len(after & core) >= COHESION for b in box if lines[b].words >= 4):
            return kept  # (as many of a listed headline's words as of the article's core: that story's paragraphs, however many other words they share with the article)
        kept += more
    return kept


LIST_ITEM_WORDS = 30
"""Most words of a headline that ends a "Related" list inside an article with a full stop."""


def _last_item(lines: list[Line], j: int, core: set[str]) -> bool:
    """Line ``j``, a sentence under a "Related" list's headline, is the list's last headline, ending
    in a full stop: one sentence of at most :data:`LIST_ITEM_WORDS` words sharing none of the
    article's core words, in the list's block (no blank line above it), over a blank line and a
    sentence that goes on with them (the article resuming under the box). On a page that parts its
    paragraphs by blank lines, the article's own sentence under the box stands apart from it.""" 
    line = lines[j]
    if line.words > LIST_ITEM_WORDS or _stems(line.text) & core or _INNER_STOP.search(line.text.rstrip(_CLOSERS + ".!?؟ ")):
        return False
    if line.number != lines[j - 1].last + 1 or j + 1 >= len(lines) or lines[j + 1].number == line.last + 1:
        return False  # (in the list's block, the article set apart under it by a blank line)
    return lines[j + 1].prose and len(_stems(lines[j + 1].text) & core) >= COHESION


_INNER_STOP = re.compile(r"[^\W\d_]{2}[.!?؟]\s")
"""A sentence's end inside a line: a paragraph of two sentences, no headline."""


def _ad_label_between(lines: list[Line], j: int, more: list[int]) -> bool:
    """Line ``j`` is an advertisement's label alone ("ADVERTISEMENT", "إعلان") between two sentences
    of the article resumed under a box (``more``, its last one right above)."""
    return (
        bool(more) and j + 1 < len(lines) and lines[j].family == "ad" and lines[j].action == "skip"
        and lines[more[-1]].prose and lines[j + 1].prose
    )


def _sentence_under_list(lines: list[Line], box: list[int], j: int) -> bool:
    """Line ``j``, a short sentence right under a "Related" list's headlines (``box``: its label and
    two or more headlines, none ending in a full stop) and right over a sentence, on a page that
    parts its paragraphs by no blank line, is the article's own (a paragraph of a few words, the end
    of a quotation: "Provoni dashurinë.”"), not the list's last headline."""
    line = lines[j]
    items = box[1:]
    if len(items) < 2 or any(lines[b].end == "strong" or not _box_item(lines[b]) for b in items):
        return False
    if line.end != "strong" or line.action is not None or line.caption or line.timed or line.dateish or line.words > LIST_ITEM_WORDS:
        return False
    return (
        j + 1 < len(lines) and line.number == lines[j - 1].last + 1 and lines[j + 1].number == line.last + 1
        and lines[j + 1].prose
    )


def _pull_quote_between(lines: list[Line], j: int, more: list[int], furniture: set[int]) -> bool:
    """Line ``j`` is a pull quote (:func:`_pull_quotes`, in ``furniture``: a sentence repeating
    one of the paragraph right above it) between two paragraphs of the article resumed under a box
    (``more``, its last one right above; the next a sentence or a paragraph that lost its full stop)."""
    return (
        bool(more) and j + 1 < len(lines) and j in furniture and j + 1 not in furniture and lines[j].action is None
        and lines[more[-1]].prose and (lines[j + 1].prose or _unpunctuated_paragraph(lines[j + 1]))
        and f" {key(lines[j].text)} " in f" {key(lines[more[-1]].text)} "
    )


def _card(lines: list[Line], box: list[int]) -> bool:
    """True when the box's lines so far are a card's: short unpunctuated lines (at most
    :data:`CARD_WORDS` words, no marker but a skipped one) such as a match's or an event's card
    lists (competition, teams or place, date, "Match details") or a poll (question, options, "Vote")."""
    return all(
        lines[b].action == "skip" or (lines[b].end == "none" and lines[b].words <= CARD_WORDS and lines[b].action is None) for b in box
    )


def _box_item(line: Line) -> bool:
    """A headline of four words or more, or a numbered or bulleted item: what a box inside an article lists."""
    return (_title_eligible(line) or line.numbered or line.bullet) and line.words >= 4


def _headline_between(lines: list[Line], j: int) -> bool:
    """A subheading: headline-shaped, with a sentence before and after it."""
    return lines[j].headline_like and 0 < j < len(lines) - 1 and lines[j - 1].prose and lines[j + 1].prose


def _sentence_between(lines: list[Line], j: int) -> bool:
    """A short sentence ("Here is what happened.", "Ja çfarë ndodhi."), with a sentence before and after it."""
    line = lines[j]
    return (
        line.end == "strong" and not line.caption and not line.timed and line.action is None
        and 0 < j < len(lines) - 1 and lines[j - 1].prose and lines[j + 1].prose
    )


LABEL_WORDS = 4
"""An unpunctuated line of at most this many words closing the body is a label, not its last line."""
LINK_WORDS = 6
"""Content words of a linked headline from which one shared with the article is chance."""


QUOTE_TAIL_LINES = 3
"""Most lines after the body's last line that may carry on a quotation it left open."""


def _quote_count(line: Line) -> int:
    """Quote marks on the line (straight, curly and guillemets)."""
    return sum(line.text.count(q) for q in '"«»“”')


def _quote_tail(lines: list[Line], kept: list[int], furniture: set[int]) -> list[int]:
    """The lines that carry on a quotation the body's last line left open (an odd number of quote
    marks) down to the sentence that closes it, at most :data:`QUOTE_TAIL_LINES` lines, none of
    them furniture ("… said: "We are free" / "And so are we"."): a quote split over short
    paragraphs is the article's text, however short its pieces. None when no line closes it."""
    if not kept or _quote_count(lines[kept[-1]]) % 2 == 0:
        return []
    tail: list[int] = []
    for i in range(kept[-1] + 1, min(len(lines), kept[-1] + 1 + QUOTE_TAIL_LINES)):
        line = lines[i]
        if i in furniture or line.action is not None or line.caption or line.dateish or line.bullet or line.numbered:
            return []
        tail.append(i)
        if _quote_count(line) % 2:
            return tail if line.end == "strong" else []
    return []


def _drop_inserts(lines: list[Line], kept: list[int], title: str | None) -> list[int]:
    """Links and boxes inside the body that point at other stories: a label line over a headline
    ("Related" / headline) or a "label: headline" line, between sentences, whose headline shares
    fewer than :data:`COHESION` content words with the rest of the article (for a one-line link:
    none, or one of a headline of :data:`LINK_WORDS` content words or more)."""
    drop: set[int] = set()
    for pos in range(1, len(kept) - 1):
        i = kept[pos]
        line, before, after = lines[i], lines[kept[pos - 1]], lines[kept[pos + 1]]
        if i in drop or not before.prose:
            continue
        rest = [k for k in kept if k not in (i, kept[pos + 1])]
        seen, _ = _article_words(lines, rest, title)
        pair = kept[pos + 1] == i + 1 and pos + 2 < len(kept) and lines[kept[pos + 2]].prose
        if pair and line.words <= SHORT_LINE and line.headline_like and (after.headline_like or _title_eligible(after)) and after.words >= 4:
            if len(_stems(after.text) & seen) < COHESION:
                drop.update((i, kept[pos + 1]))  # "Related" over another story's headline
        elif line.end == "none" and line.words <= 30 and after.prose and _LABELLED.match(line.text) and not _said_label(line.text):
            linked = _stems(line.text.split(":", 1)[-1])
            if len(linked & seen) <= (1 if len(linked) >= LINK_WORDS else 0):
                drop.add(i)  # "Lidhur me këtë: <another story's headline>"
    drop |= _listed_under_label(lines, kept, title)
    return [i for i in kept if i not in drop]


_LABEL_HEAD = re.compile(r"^([^:|]*)[:|]")
"""What stands before the first colon or bar of a line."""


def _said_label(text: str) -> bool:
    """The words before the colon of a "label: ..." line hold a reporting verb ("وأضافت: ...", "He
    added: ...", "Ai shtoi: ..."): a quotation the article opens, never a link's label."""
    m = _LABEL_HEAD.match(text)
    return m is not None and any(key(w) in _reporting_verbs() for w in m.group(1).split())


LISTED_ITEMS = 3
"""Most headlines a "Related" / "Read also" box set between an article's paragraphs lists."""
LISTED_ITEM_WORDS = 30
"""Most words of one of those headlines (some end in a full stop and read as sentences)."""


def _listed_under_label(lines: list[Line], kept: list[int], title: str | None) -> set[int]:
    """Kept lines that are the headlines of a box set between the article's paragraphs under a bare
    "Related Articles" / "Read also" label left out of the article (family ``related`` or
    ``read_also``, a sentence of the article above it and one below the box): the one to
    :data:`LISTED_ITEMS` lines under the label, each sharing fewer than :data:`COHESION` of the
    article's core words (:func:`_article_words`: the title's and those of two or more of its
    lines). The box is the label's block when blank lines set it apart from paragraphs that blank
    lines separate; else it runs down to the last headline-shaped line under the label (those over
    it may end in a full stop: "Kanye West u shfaq në një tubim..., pas shfaqjes së tij në SNL." /
    "Sainsbury's planifikon hyrjen në tregun kozmetik")."""
    out: set[int] = set()
    place = {i: pos for pos, i in enumerate(kept)}
    for label in range(1, len(lines) - 1):
        head = lines[label]
        if label in place or head.family not in _LIST_BOXES or head.words > LABEL_WORDS:
            continue
        above = [i for i in kept if i < label]
        if not above or not lines[above[-1]].prose:
            continue
        block = _block_under(lines, label)
        if block is not None and _blank_separated(lines, kept):
            items = block
        else:
            items = []
            for k in range(label + 1, min(label + 1 + LISTED_ITEMS, len(lines))):
                if lines[k].words > LISTED_ITEM_WORDS or lines[k].action is not None:
                    break
                items.append(k)
            while items and not lines[items[-1]].headline_like:
                items.pop()
        below = [i for i in kept if items and i > items[-1]]
        if not items or not any(k in place for k in items) or not below or not lines[below[0]].prose:
            continue
        _, core = _article_words(lines, [k for k in kept if k not in items], title)
        if all(len(_stems(lines[k].text) & core) < COHESION for k in items):
            out.update(k for k in items if k in place)
    return out


def _block_under(lines: list[Line], label: int) -> list[int] | None:
    """The lines under line ``label`` in its block (no blank line between), one to
    :data:`LISTED_ITEMS` of them, when blank lines stand right above the label and right under the
    block; else None."""
    if lines[label].number <= lines[label - 1].last + 1:
        return None
    block = []
    k = label + 1
    while k < len(lines) and lines[k].number == lines[k - 1].last + 1 and len(block) <= LISTED_ITEMS:
        block.append(k)
        k += 1
    if not 1 <= len(block) <= LISTED_ITEMS or k >= len(lines):
        return None
    return block


def _blank_separated(lines: list[Line], kept: list[int]) -> bool:
    """True when blank lines separate the kept lines (the article's paragraphs), all of them."""
    return len(kept) >= 2 and all(lines[b].number > lines[a].last + 1 for a, b in zip(kept, kept[1:]))


def _on_topic(lines: list[Line], kept: list[int], title: str | None) -> set[int]:
    """Kept lines, no sentences themselves, sharing a content word with the title or a kept sentence: a subheading of the
    article ("What the plan foresees" over a paragraph on the plan), which the learned second
    opinion (:mod:`line_model`) never drops; a poll, a match card or a page jump shares none."""
    said = _content_words(title or "").union(*(_content_words(lines[i].text) for i in kept if lines[i].prose))
    suffixes = {w[-n:] for w in said for n in range(SHARED_LETTERS, len(w) + 1)}
    return {
        i for i in kept
        if not lines[i].prose and any(w in suffixes or _ends_with_any(w, said) for w in _content_words(lines[i].text))
    }


SHARED_LETTERS = 4
"""Least letters of the shorter of two words that match when one ends with the other (Arabic
clitics: "التوظيف" / "لتوظيف" share "توظيف")."""


def _ends_with_any(word: str, ends: set[str]) -> bool:
    """Whether ``word`` ends with one of ``ends`` (all of :data:`SHARED_LETTERS` letters or more),
    by looking its own endings up rather than trying every one of ``ends``."""
    return any(word[-n:] in ends for n in range(SHARED_LETTERS, len(word) + 1))


def _content_words(text: str) -> set[str]:
    """Words of :data:`SHARED_LETTERS` letters or more of ``text`` (folded, digits and punctuation
    dropped), function words out, the Arabic article stripped."""
    out = set()
    for w in key(text).split():
        if w in _function_words():
            continue
        if w.startswith("ال") and len(w) - 2 >= SHARED_LETTERS:
            w = w[2:]
        if len(w) >= SHARED_LETTERS:
            out.add(w)
    return out


def _closing_line(lines: list[Line], i: int) -> bool:
    """An unpunctuated last line that reads as prose (six words or more, function words among
    them) right before a marker (share, comments, related): the article's own closing line (an
    author's note, a credit), not another article's headline."""
    line = lines[i]
    following = lines[i + 1] if i + 1 < len(lines) else None
    if following is None or following.action is None or line.action is not None or line.end != "none":
        return False
    return line.words >= 6 and line.stop_ratio >= 0.08 and not (line.bullet or line.numbered or line.crumb or line.timed or line.byline)


HEADING_MAX_WORDS = 12
"""Longer unpunctuated body lines are sentences that lost their full stop, not subheadings."""


def _is_heading(lines: list[Line], kept: list[int], pos: int) -> bool:
    """An in-article subheading: an unpunctuated line of at most :data:`HEADING_MAX_WORDS` words with
    more body after it, not a list item, not the end of a quotation opened on an earlier line."""
    line = lines[kept[pos]]
    if pos + 1 >= len(kept) or line.end != "none" or line.bullet or line.numbered:
        return False
    if _quote_count(line) % 2:
        return False  # closes (or opens) a quotation that runs over lines
    if fold(line.text.split()[0]) in _reporting_verbs() or _said_label(line.text):
        return False  # "وقال أن الحزب ...", "Tha se ...", "وأضافت: ...": a sentence that lost its full stop, not a subheading
    return line.words <= HEADING_MAX_WORDS


@cache
def _reporting_verbs() -> frozenset[str]:
    """Folded :data:`lexicon.REPORTING_VERBS`."""
    return frozenset(fold(w) for w in REPORTING_VERBS)


def _paragraphs(raw_lines: list[str], found: Extraction) -> tuple[Paragraph, ...]:
    """One paragraph per body unit: its stripped line(s), joined by a space when hard-wrapped."""
    out = []
    for first, last in found.body:
        text = " ".join(line.strip() for line in raw_lines[first - 1 : last] if line.strip())
        out.append(Paragraph(text=text, source_lines=(first, last), heading=first in found.headings))
    return tuple(out)
