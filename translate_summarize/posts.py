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

A chat exported to text (a messaging app's "export chat": a news group or channel relayed to a
phone) is a post stream of its own shape: every message opens with its time stamp and sender on
the line of its first words ("28/09/2018, 21:55 - Sender: text", "[28.09.18, 21:55:12] Sender:
text"), and the app's notices (encryption, "added you", "left") carry a stamp and no sender.
:func:`chat_export` reads it: the stamps and senders are taken off the lines (the message's words
stay on their line, so line numbers hold), the notices and the app's placeholders ("<Media
omitted>", "<This message was edited>") are blanked, and each stamped line opens a post.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .boilerplate import WIDE_GAP, Line
from .lexicon import EDIT_NOTE_LABELS
from .metadata import REDDIT_HEADER, source_labels
from .textnorm import ascii_digits, fold, key

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


CHAT_MESSAGES = 3
"""Stamped lines (messages and the app's notices) that make a text a chat export (:func:`chat_export`) ..."""
CHAT_SENDERS = 2
"""... when at least this many of them are messages with a sender."""
CHAT_SENDER_WORDS = 6
"""Most words of a chat message's sender (a name, a group's admin, a telephone number)."""
_CHAT_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
_CHAT_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?(?:[AaPp]\.?\s?[Mm]\.?|[صم]))?"
_CHAT_STAMP = re.compile(
    rf"^[\u200e\u200f\s]*(?:{_CHAT_DATE}[,،]?\s+{_CHAT_TIME}\s+[-–]\s+|\[{_CHAT_DATE}[,،]?\s+{_CHAT_TIME}\]\s+)"
)
"""A message's stamp as messaging apps export it: "28/09/2018, 21:55 - ", "1.10.2018, 08:05 - ",
"9/28/18, 9:55 PM - ", "٢٨/٩/٢٠١٨ ٩:٥٥ م - " (matched on ASCII digits), "[28.09.18, 21:55:12] "."""
_CHAT_SENDER = re.compile(r"^(?P<sender>[^:\n]{1,60}?):(?:\s+|$)")
_CHAT_PLACEHOLDER = re.compile(r"^\s*<[^<>]{2,60}>\s*$")
"""An app's placeholder for what the export left out or changed: "<Media omitted>", "<This message was edited>"."""


@dataclass(frozen=True)
class ChatExport:
    """A chat export read by :func:`chat_export`."""

    lines: tuple[str, ...]
    """The raw lines with every stamp and sender taken off and the notices and placeholders blanked."""
    starts: tuple[int, ...]
    """1-based numbers of the stamped lines: each opens a message (or a notice)."""
    senders: dict[int, str]
    """Sender of the message opened at each stamped line that has one."""


def chat_export(raw: str) -> ChatExport | None:
    """``raw`` read as a chat export, or None when fewer than :data:`CHAT_MESSAGES` of its lines
    carry a stamp, fewer than :data:`CHAT_SENDERS` of them a sender, or its first line none (see
    the module docstring)."""
    rows = raw.split("\n")
    out: list[str] = []
    starts: list[int] = []
    senders: dict[int, str] = {}
    for number, row in enumerate(rows, 1):
        stamp = _CHAT_STAMP.match(ascii_digits(row))
        if stamp is None:
            out.append("" if _CHAT_PLACEHOLDER.match(row) else row)
            continue
        starts.append(number)
        rest = row[stamp.end():]
        sender = _CHAT_SENDER.match(rest)
        if sender is None or len(sender["sender"].split()) > CHAT_SENDER_WORDS:
            out.append("")  # the app's notice: encryption, someone added or left
            continue
        senders[number] = sender["sender"].strip()
        text = rest[sender.end():]
        out.append("" if _CHAT_PLACEHOLDER.match(text) else text)
    first = next((n for n, row in enumerate(rows, 1) if row.strip()), None)
    if len(starts) < CHAT_MESSAGES or len(senders) < CHAT_SENDERS or first not in starts:
        return None  # (an export opens with a stamp: stamped lines under an article are quoted or comments)
    return ChatExport(tuple(out), tuple(starts), senders)


CHAT_ROLES = frozenset(fold(w) for w in ("admin", "administrator", "administratori", "moderator", "moderatori", "الإدارة", "إدارة", "المشرف", "مشرف"))
"""Role words a group's poster carries beside its name ("Admin Lajme 24 Orë", "شبكة الحدث - الإدارة"), folded."""


def chat_outlet(chat: ChatExport, number: int) -> str | None:
    """The outlet of a chat message: the sender of the message that holds line ``number``, less
    its role words (:data:`CHAT_ROLES`), when that sender sent at least two messages (a channel or a
    news group relays its stories under its own name; a member who forwards one is no outlet)."""
    start = max((s for s in chat.starts if s <= number), default=None)
    sender = chat.senders.get(start) if start is not None else None
    if sender is None or sum(1 for name in chat.senders.values() if name == sender) < 2:
        return None
    parts = [p for p in re.split(r"\s+[-–|]\s+", sender) if fold(p).strip() not in CHAT_ROLES]
    name = " ".join(w for w in " ".join(parts).split() if fold(w) not in CHAT_ROLES)
    return name or None


ENTRY_POSTS = 2
"""Time-stamped entries, each under a headline of its own, that make a page a stream of stories (:func:`entry_starts`)."""
HEADLINE_WORDS = 30
"""Most words of an entry's headline."""
ENTRY_LABEL_WORDS = 3
"""Most words of a label between an entry's time and its headline ("BREAKING", "📌 Pinned")."""


def entry_starts(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Where a live page's entries part: ``(end, start)`` index pairs, the previous block ending at
    ``end`` (exclusive) and the next starting at ``start``, when at least :data:`ENTRY_POSTS`
    entries each tell a story of their own: a stamp ("10:58", "2 hours ago"), perhaps a short label,
    a headline-shaped line and a sentence among the next two lines; at least half of the page's
    stamps open such an entry; and the lines above the first entry hold fewer than
    :data:`HEADER_SENTENCES` sentence (an article with a timeline or dated teasers under it is no
    live page). A stamp between a headline-shaped line and a sentence is that headline's dateline:
    the block it is in starts at the headline (an article under a list of dated teasers). On a
    live-coverage page opened at one update (or a news ticker's page) the article is one of the
    entries; ``[]`` otherwise (a live blog whose updates are sentences under their times is one
    article: :func:`clean._entry_stamps`)."""
    stamps, datelines = [], []
    for i, line in enumerate(lines):
        if not _entry_stamp(line):
            continue
        if 0 < i < len(lines) - 1 and headline_shaped(lines[i - 1]) and lines[i + 1].prose:
            datelines.append(i)
        else:
            stamps.append(i)
    out = []
    for i in stamps:
        j = past_label(lines, i + 1, ENTRY_LABEL_WORDS)  # (the entry's label)
        if j >= len(lines) or not headline_shaped(lines[j]):
            continue
        following = list(itertools.takewhile(lambda k: not _entry_stamp(lines[k]), range(j + 1, min(len(lines), j + 3))))
        if any(lines[k].prose for k in following):  # (a sentence of its own entry)
            out.append(i)
    if len(out) < ENTRY_POSTS or 2 * len(out) < len(stamps):
        return []
    if sum(1 for line in lines[: min(stamps)] if line.prose and not line.bullet) >= HEADER_SENTENCES:
        return []
    return sorted([(i, i + 1) for i in stamps] + [(i - 1, i - 1) for i in datelines])


HEADER_SENTENCES = 1
"""Sentences (not list items) above a live page's first entry from which the page is an article."""
def past_label(lines: Sequence[Line], i: int, most_words: int) -> int:
    """``i``, or ``i + 1`` when line ``i`` is a label of at most ``most_words`` words and no
    sentence ("BREAKING", "📌 Pinned", "📰") and a line follows it: where a post's headline may stand."""
    label = i + 1 < len(lines) and lines[i].words <= most_words and lines[i].end == "none" and not lines[i].prose
    return i + 1 if label else i


STAMP_WORDS = 6
"""Most words of an entry's time stamp with its date ("00:25 · 2 October 2018")."""


def _entry_stamp(line: Line) -> bool:
    """An entry's time stamp: a time or a relative time alone, or with its date, on a short line;
    not a marker's line (an embedded tweet's signature, "— Name (@handle) September 29, 2018", is dated too)."""
    return (line.stamp or (line.dateish and line.words <= STAMP_WORDS and line.end == "none")) and line.action is None


def headline_shaped(line: Line) -> bool:
    """A headline: one line of more than :data:`ENTRY_LABEL_WORDS` words and at most
    :data:`HEADLINE_WORDS`, no sentence, marker, date, list item or row of buttons apart by wide gaps."""
    return (
        ENTRY_LABEL_WORDS < line.words <= HEADLINE_WORDS and line.number == line.last and line.end != "strong" and line.action is None
        and not (line.dateish or line.stamp or line.bullet or line.numbered or line.caption or WIDE_GAP.search(line.text))
    )


def entry_post(lines: Sequence[Line], cuts: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """``(first, end)`` indexes of the entry (past its stamp) that holds the article, chosen as
    :func:`article_post` chooses a post; ``cuts`` from :func:`entry_starts`; the lines above the
    first entry count as one more block."""
    return best_post(lines, list(zip([0, *(start for _, start in cuts)], [*(end for end, _ in cuts), len(lines)])))


def chat_post(lines: Sequence[Line], starts: Sequence[int]) -> tuple[int, int] | None:
    """``(first, end)`` indexes of the chat message that holds the article (the lines above the
    first stamp count as one more block), chosen as :func:`article_post` chooses a post."""
    bounds = [0, *(next((i for i, line in enumerate(lines) if line.number >= s), len(lines)) for s in starts), len(lines)]
    return best_post(lines, [(lo, hi) for lo, hi in zip(bounds, bounds[1:]) if hi > lo])


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
    return best_post(lines, list(zip([0, *(s + 1 for s in starts)], [*starts, len(lines)])))


def best_post(lines: Sequence[Line], blocks: Sequence[tuple[int, int]], preferred: Sequence[bool] = ()) -> tuple[int, int] | None:
    """The block whose best contiguous run of lines (prose scores for, furniture against; captions
    and buttons count zero) holds the most sentences, then (when ``preferred`` flags the blocks)
    a preferred one, then the highest score; None when no block has a positive run."""
    scores = [0.0 if line.caption or line.action in ("skip", "teaser") else line.score for line in lines]
    best: tuple[int, bool, float] = (0, False, 0.0)
    chosen = None
    for k, (lo, hi) in enumerate(blocks):
        first, last, total = best_run(scores, lo, hi)
        value = (sum(lines[i].prose for i in range(first, last + 1)), bool(preferred and preferred[k]), total)
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



THREAD_REPLIES = 1
"""Tweets under a reply marker to their own account (a thread's tweets after its first) that make
a page a thread's tweet page (:func:`thread_page`)."""
HEADER_DATE_WORDS = 4
"""Most words of a tweet's date between its handle and its reply marker."""
_HANDLE = re.compile(r"^@(?P<handle>\w{1,15})$")
"""A tweet's handle alone on its line under the account's name ("@AlmasarNews")."""
_REPLY_MARKER = re.compile(r"^(?:Replying to|In reply to|ردً?ا على|رداً على)\s+@(?P<handle>\w{1,15})\b", re.I)
"""Twitter's line over a reply ("Replying to @handle", Arabic interface "ردًا على @handle")."""
_COUNT = r"\d[\d.,]*[KkMm]?"
_COUNT_WORD = r"(?:replies|reply|retweets?|likes?|ردود|إعادة تغريد|إعجابات|إعجاب)"
_COUNT_ROW = re.compile(rf"^(?:(?:{_COUNT}\s+){{1,3}}{_COUNT}|(?:{_COUNT}\s*{_COUNT_WORD}\s*){{1,4}})$", re.I)
"""A tweet's counts under it: "7 replies 44 retweets 5 likes", "4 42 211" (the Arabic interface
shows the numbers only), "479 إعادة تغريد 982 إعجاب", "206 Retweets" on a line of its own."""
_ACTION_ROW = re.compile(r"^(?:(?:Reply|Retweet|Like|رد|إعادة تغريد|أعجبني)\s*){3}$", re.I)
"""A tweet's buttons: "Reply Retweet Like", "رد إعادة تغريد أعجبني"."""
_THREAD_FOOT = re.compile(
    r"^(?:Show this thread|Show more replies|New to Twitter\?|Sign up now to get your own personalized timeline!|"
    r"عرض هذه السلسلة|عرض مزيد من الردود|جديد على تويتر؟|سجّ?ل الآن للحصول على خطك الزمني المخصص!)$",
    re.I,
)
"""Twitter's lines under a thread on a logged-out tweet page: the thread's and the replies' links
and the sign-up prompt, in the English and the Arabic interface."""

_TWEET_ASIDE = re.compile(r"^(?:https?://t\.co/\w+|[^\w\s]{1,6})$")
"""A tweet's short link ("https://t.co/Ab12") or an emoji pointing at the thread ("⬇️", "👇") on a
line of its own: read as wrapped, they would join the tweet's text."""


ABOVE_SENTENCE_WORDS = 6
"""Fewest words of a sentence above an account's header that make the page an article quoting
tweets (:func:`_article_above`), not a tweet page or an unrolled thread."""


def _article_above(texts: Sequence[str], top: int) -> bool:
    """True when a sentence (at least :data:`ABOVE_SENTENCE_WORDS` words ending in a full stop, "!"
    or "?") stands above line ``top``, where an account's header opens: an article or a record's
    text that quotes tweets under its own headline and opening paragraphs. Above a tweet page's
    account or an unrolled thread stand only the site's bar ("Twitter Home Moments ... Have an
    account? Log in", "Thread Reader Share this page! Search"), never a sentence."""
    return any(len(t.split()) >= ABOVE_SENTENCE_WORDS and t.rstrip("\"'”’»)").endswith((".", "!", "?", "؟")) for t in texts[:top])


def thread_page(raw: str) -> str | None:
    """``raw`` with the interface lines around a thread's tweets blanked (line numbers kept), or
    None when the page is no thread's tweet page (twitter.com as copied logged out).

    An outlet posts its story as a thread, a paragraph a tweet: each tweet after the first stands
    under its header (the account's name, "@handle", the tweet's date, the "Replying to @handle"
    marker) with its counts row ("7 replies 44 retweets 5 likes") under it. Read as they stand,
    the headers split the story into as many posts as tweets (and the counts row under a tweet
    without a full stop reads as its wrapped end); blanked, the tweets read as one article, a
    paragraph each. Readers' replies between the thread's tweets (a header of another handle)
    are blanked whole, up to the next header (the last one up to a blank line). A page is a
    thread's when at least :data:`THREAD_REPLIES` tweet replies under the page account's own handle (the first handle
    alone on its line) to that handle. The first tweet's header (the account the page is about)
    stays; Twitter's bar above it goes (so that the account's name over its handle heads the page,
    where :func:`metadata.find_outlet` looks for a profile's header). An article quoting a thread
    under its headline and opening sentences (:func:`_article_above`) is no tweet page, nor is a
    tweet's text with its header but without Twitter's counts or buttons (a feed's item)."""
    texts = [t.strip() for t in raw.splitlines()]
    handles = [i for i, t in enumerate(texts) if _HANDLE.match(t)]
    if not handles:
        return None
    own = _HANDLE.match(texts[handles[0]])["handle"].lower()
    headers = []  # (first index, marker's index, handle, handle replied to) of each reply's header
    for i, text in enumerate(texts):
        marker = _REPLY_MARKER.match(text)
        above = [j for j in (i - 1, i - 2) if marker and j >= 0 and _HANDLE.match(texts[j])]
        if not above or (above[0] == i - 2 and len(texts[i - 1].split()) > HEADER_DATE_WORDS):
            continue
        first = above[0] - 1 if above[0] > 0 and 0 < len(texts[above[0] - 1].split()) <= SENDER_WORDS else above[0]
        headers.append((first, i, _HANDLE.match(texts[above[0]])["handle"].lower(), marker["handle"].lower()))
    top = handles[0] - 1 if handles[0] > 0 and 0 < len(texts[handles[0] - 1].split()) <= SENDER_WORDS else handles[0]
    if sum(1 for _, _, by, to in headers if by == to == own) < THREAD_REPLIES or _article_above(texts, top):
        return None
    counts = {i for i, t in enumerate(texts) if _COUNT_ROW.match(t) or _ACTION_ROW.match(t)}
    if not counts:
        return None  # (a tweet as a feed carries it, its header over its text: no tweet page)
    blank = counts | {i for i, t in enumerate(texts) if _THREAD_FOOT.match(t) or _TWEET_ASIDE.match(t)}
    blank.update(range(top))  # Twitter's bar above the account ("Home", "Moments", "Have an account? Log in")
    for k, (first, last, by, _) in enumerate(headers):
        end = headers[k + 1][0] if k + 1 < len(headers) else next((j for j in range(last, len(texts)) if not texts[j]), len(texts))
        blank.update(range(first, last + 1) if by == own else range(first, end))
    return "\n".join("" if i in blank else line for i, line in enumerate(raw.splitlines()))


_UNROLL_META = re.compile(r"(?:^|\s)Read on Twitter$", re.I)
"""The last line (or the end of the one line) of an unrolled thread's meta block on Thread Reader
App: "n tweets", the date, "n min read", "Read on Twitter"."""
_UNROLL_END = re.compile(r"^(?:•\s*){3}$")
"""The dots under an unrolled thread's last tweet ("• • •")."""
UNROLL_REACH = 5
"""Lines under the account's "@handle" within which an unrolled thread's meta block ends."""


def _unroll_meta(lines: Sequence[str], handle: int) -> int | None:
    """Index of the "Read on Twitter" line closing the meta block under ``handle``, or None."""
    return next((j for j in range(handle + 1, min(len(lines), handle + 1 + UNROLL_REACH)) if _UNROLL_META.search(lines[j])), None)


def unroll_page(raw: str) -> str | None:
    """``raw`` with everything under an unrolled thread blanked (line numbers kept), or None when
    the page is no thread unrolled by Thread Reader App: the account's "@handle", its meta block
    closing with "Read on Twitter", the tweets as paragraphs, then "• • •" (or the account's next
    thread under its "@handle") and the app's lines (the refresh hint, "Keep Current with ...", the "may be removed" and "Save as PDF" lines, other
    threads of the account, the donation appeal, the site's links): all of it furniture, and in
    English whatever the thread's language. An article or a record's text quoting an account under
    its own sentences (:func:`_article_above`) is no unrolled thread."""
    texts = [t.strip() for t in raw.splitlines()]
    handle = next((i for i, t in enumerate(texts) if _HANDLE.match(t)), None)
    meta = _unroll_meta(texts, handle) if handle is not None and not _article_above(texts, handle) else None
    end = next((k for k in range(meta + 1, len(texts)) if _UNROLL_END.match(texts[k]) or _HANDLE.match(texts[k])), None) if meta is not None else None
    if end is None:
        return None
    return "\n".join(line if i < end else "" for i, line in enumerate(raw.splitlines()))


_FOLLOW = re.compile(r"^(?:Follow|متابعة|تابِع|تابع)(?:\s+@\w{1,15})?$", re.I)
"""The follow button beside a tweet page's account ("Follow", "Follow @handle", "متابعة")."""
_TWEET_TIME = re.compile(r"^\d{1,2}:\d{2}\s*(?:AM|PM|[صم])\s+[-–]\s+\d{1,2}\s+\w+\.?\s+\d{4}$", re.I)
"""The time under a tweet page's tweet: "5:14 PM - 28 Sep 2018", Arabic interface "5:14 م - 28 سبتمبر 2018"."""
TWEET_REACH = 8
"""Lines between a tweet page's follow button and its tweet's time (label, text, thread hint, link)."""


def tweet_headline(lines: Sequence[Line]) -> int | None:
    """Index of the tweet's text on a tweet page (twitter.com as copied logged out), or None: the
    account's "@handle" alone on its line, its follow button, then within :data:`TWEET_REACH`
    lines the tweet's time ("5:14 PM - 28 Sep 2018"). An outlet's tweet opening a thread is its
    story's headline, maybe with its first sentence under it: the first line between the button
    and the time of more than :data:`ENTRY_LABEL_WORDS` words, past a label such as "BREAKING"
    (the thread hint and the link come after it). Only where no sentence stands above the handle: an article quoting a tweet keeps its own headline. On a
    thread unrolled by Thread Reader App (:func:`unroll_page`) the first tweet under the meta
    block, past its label ("🔴 BREAKING |", "🧵 Thread"), is the headline."""
    for i, line in enumerate(lines[:-1]):
        if line.prose:
            return None
        if not _HANDLE.match(line.text):
            continue
        meta = _unroll_meta([row.text for row in lines], i)
        if meta is not None and meta + 1 < len(lines):  # Thread Reader App: the first tweet under the meta block
            first = meta + 1
            return first + 1 if lines[first].words <= ENTRY_LABEL_WORDS and not lines[first].prose and first + 1 < len(lines) else first
        if not _FOLLOW.match(lines[i + 1].text):
            continue
        time = next((j for j in range(i + 2, min(len(lines), i + 2 + TWEET_REACH)) if _TWEET_TIME.match(lines[j].text)), None)
        between = [j for j in range(i + 2, time or i + 2) if lines[j].action is None]
        return next((j for j in between if lines[j].words > ENTRY_LABEL_WORDS), None)
    return None


_AGE = re.compile(r"^(?:\d{1,3}\s+(?:minutes?|hours?|days?|months?|years?)\s+ago|just now)$", re.I)
"""A post's or a comment's age as Reddit prints it: "5 hours ago", "just now"."""
_LEVEL = re.compile(r"^level \d{1,2}$")
"""The depth label opening each comment of a copied Reddit thread ("level 1", "level 2")."""
_POINTS = re.compile(r"^(?:\d[\d.,]*k?\s+points?|Score hidden)(?:\s*·\s*(?:\d{1,3}\s*[smhdy]|\d{1,3}\s+\w+\s+ago))?$", re.I)
"""A comment's score and age: "30 points · 17h", "1 point · 2 hours ago", "Score hidden"."""
_POST_ACTIONS = re.compile(r"^\d[\d.,]*k?\s+Comments?(?:\s+(?:Share|Save|Hide|Report|Give Award|\d{1,3}% Upvoted))*$")
"""A Reddit post's actions row under its text or link: "22 Comments" (the rest one a line or run on:
"Share Save Hide Report 89% Upvoted")."""
_UPVOTED = re.compile(r"(?:^|\s)\d{1,3}% Upvoted$")
"""The post's upvote ratio closing its actions row ("89% Upvoted")."""
_COMMUNITY = re.compile(r"(?:^|\s)r/[A-Za-z0-9_]{2,21}(?:\s|$)")
"""A community's name as Reddit prints it in its bar, its sidebar and its header ("r/albania", "Search r/arabs")."""
COMMUNITY_LINE_WORDS = 8
"""Most words of a line of Reddit's bar or sidebar naming the community ("Reddit r/albania Search r/albania LOG IN SIGN UP")."""
LOGIN_PROMPT = "Log in or sign up to leave a comment"
"""Reddit's prompt over a post's comments when the page was copied logged out."""
_COMMENT_ACTIONS = re.compile(r"^Reply(?:\s+(?:Give Award|Share|Report|Save|Follow)){2,5}$")
"""The buttons under each comment: "Reply Share Report Save"."""
_SHORT_LINK = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*(?:\.\.\.|…)$", re.I)
"""A link post's address as Reddit shortens it under the title ("najmanews.net/world/45...")."""
FLAIR_WORDS = 3
"""Most words of a post's flair, the community's label printed right under its title ("News", "Lajme", "أخبار")."""
INTRO_WORDS = 10
"""Most words of a submitter's line introducing the text pasted under it ("Full article:", "النص الكامل لمن لا يستطيع فتح الرابط:")."""


@dataclass(frozen=True, slots=True)
class _Comment:
    """A comment of a copied Reddit thread: its depth ("level n"), its author and the indexes of
    its text's lines."""

    level: int
    user: str
    text: tuple[int, ...]


def _comments(texts: Sequence[str], start: int) -> list[_Comment]:
    """The comments under ``start``: each a "level n" label over the author's line (maybe "OP"
    next), the score line, the comment's text and its buttons row."""
    out: list[_Comment] = []
    labels = [i for i in range(start, len(texts)) if _LEVEL.match(texts[i])]
    for k, i in enumerate(labels):
        if i + 1 >= len(texts) or not texts[i + 1]:
            continue
        head = i + 2 if i + 2 < len(texts) and texts[i + 2] == "OP" else i + 1
        points = next((j for j in range(head + 1, min(len(texts), head + 3)) if _POINTS.match(texts[j])), None)
        if points is None:
            continue
        limit = labels[k + 1] if k + 1 < len(labels) else len(texts)
        last = next((j for j in range(points + 1, limit) if _COMMENT_ACTIONS.match(texts[j])), None)
        if last is None:  # (no buttons: the comment runs to its first blank line after its text)
            last = next((j - 1 for j in range(points + 2, limit) if not texts[j]), limit - 1)
        text = tuple(j for j in range(points + 1, last + 1) if texts[j] and not _COMMENT_ACTIONS.match(texts[j]))
        out.append(_Comment(int(texts[i].split()[1]), texts[i + 1].removeprefix("u/"), text))
    return out


def _edit_note(text: str) -> bool:
    """``text`` opens a submitter's note added to the post ("Edit:", "EDIT 2:", "تعديل:")."""
    head, colon, _ = text.partition(":")
    return bool(colon) and key(re.sub(r"\s*\d+$", "", head)) in _edit_keys()


@cache
def _edit_keys() -> frozenset[str]:
    return frozenset(key(w) for w in EDIT_NOTE_LABELS)


def _pasted(texts: Sequence[str], lines: Sequence[int]) -> set[int]:
    """Of the lines ``lines`` of a post's text (or of its submitter's comment), the article the
    submitter pasted: without the intro line over it (a short line ending in a colon: "Full
    article:") and without the notes the submitter added ("Edit:" and what it introduces, up to the
    source line or the end; an "Edit: ..." with its text on the line is that line alone)."""
    kept = [i for i in lines if texts[i]]
    if kept and texts[kept[0]].endswith(":") and len(texts[kept[0]].split()) <= INTRO_WORDS and not source_labels([texts[kept[0]]]):
        kept = kept[1:]
    out: set[int] = set()
    noted = False
    for i in kept:
        if source_labels([texts[i]]):
            noted = False
        elif _edit_note(texts[i]):
            noted = texts[i].endswith(":")
            continue
        if not noted:
            out.add(i)
    return out


def reddit_page(raw: str) -> str | None:
    """``raw`` with all but the post's header, its title and the article it carries blanked (line
    numbers kept), or None when the page is no Reddit post page (the 2018 redesign, copied logged
    out). The header ("Posted by u/user", :data:`metadata.REDDIT_HEADER`) stays atop the page, over the
    title (:func:`post_title`).

    An outlet's story reaches Reddit as a post in a community: "Posted by u/user 5 hours ago" over
    the post's title (the headline) and its flair, then either a text post holding the article
    (with the submitter's intro and notes, and the source line) or a link post (the shortened
    address) whose article the submitter pastes in the first comment ("level 1", the user, "OP",
    "30 points · 5h", the text, "Reply Share Report Save"); around them Reddit's bar, the post's
    actions ("22 Comments", "Share", "89% Upvoted"), the log-in prompt, readers' comments, the
    community's sidebar ("About Community", "Created Jan 25, 2008", rules, moderators), other
    posts and Reddit's footer ("Reddit Inc © 2018"): all furniture, in English whatever the
    community's language, and the community's date is no article's. A page is a Reddit post's
    when the header stands on a line of its own and the post's actions row ("22 Comments") follows
    it, then a comment's score line, the upvote ratio or the log-in prompt, and the page names its
    community ("r/albania") on a short line of Reddit's bar or sidebar: an article quoting a post's
    header in its text, or copying a post's card (header, title, "1.2k Comments", "89% Upvoted")
    between its paragraphs, has not all of them."""
    texts = [t.strip() for t in raw.split("\n")]
    posted = next((i for i, t in enumerate(texts) if REDDIT_HEADER.match(t)), None)
    if posted is None or not any(_COMMUNITY.search(t) and len(t.split()) <= COMMUNITY_LINE_WORDS for t in texts):
        return None  # (an article's copy of a post's card names no community in a bar of its own)
    actions = next((i for i in range(posted + 1, len(texts)) if _POST_ACTIONS.match(texts[i])), None)
    if actions is None:
        return None
    comments = _comments(texts, actions)
    if not comments and not any(_UPVOTED.search(t) or t == LOGIN_PROMPT for t in texts[actions:]):
        return None
    submitter = REDDIT_HEADER.match(texts[posted])["user"]
    rest = [i for i in range(posted + 1, actions) if texts[i] and not _AGE.match(texts[i])]
    if not rest:
        return None
    title, post = rest[0], rest[1:]
    if post and len(texts[post[0]].split()) <= FLAIR_WORDS and not re.search(r"[\d.!?؟:]", texts[post[0]]):
        post = post[1:]  # the flair
    post = [i for i in post if not _SHORT_LINK.match(texts[i])]
    keep = {posted, title} | _pasted(texts, post)
    if not any(len(texts[i].split()) >= OPENING_WORDS for i in keep - {posted, title}):  # a link post: the article in its submitter's comment
        own = next((c for c in comments if c.level == 1 and c.user == submitter), None)
        if own is not None:
            keep |= _pasted(texts, own.text)
    return "\n".join(line if i in keep else "" for i, line in enumerate(raw.split("\n")))


def post_title(lines: Sequence[Line]) -> int | None:
    """Index of a Reddit post's title, or None: the line under the post's header ("Posted by
    u/user 5 hours ago", :data:`metadata.REDDIT_HEADER`) when the header opens the page, as
    :func:`reddit_page` leaves it. The title is the outlet's headline, whether or not it ends in a
    full stop and whatever the text under it (a one-line article that lost its full stop too)."""
    return 1 if len(lines) > 1 and REDDIT_HEADER.match(lines[0].text) else None
