"""Line features and scores for the text-dump cleaner: is this line prose, or page furniture?

Each non-blank line gets features that generalise across sites and languages: length in words,
density of function words (stop words of ar/sq/en), how it ends (sentence punctuation, a weak
``:``/``;``, or nothing: headlines, menu items and buttons end with nothing), link-list shape
(bullets, ``|``/``>`` separated crumbs, runs of short unpunctuated lines), repetition of the same
text elsewhere on the page (menus and titles repeat, paragraphs do not), bare dates, photo-caption
credits, and membership of a marker family (comments, related links, read-also teasers, share
buttons, source/credit lines, disclaimers, copyright, newsletter boxes) from :mod:`lexicon`.

The score is positive for prose and negative for furniture; :mod:`clean` finds the article as the
best-scoring contiguous run of lines and uses the marker families to cut it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from .lexicon import (
    ABOUT_AUTHOR_LABELS,
    ALT_TEXT_OPENINGS,
    ARTICLE_COUNTERS,
    ARTICLE_INDEX_LABELS,
    ARTICLE_INDEX_PAGES,
    ARTICLE_TOOLS,
    DURATION_UNITS,
    LISTEN_LABELS,
    TOPIC_LABELS,
    SUBMITTED_PREFIXES,
    HIDDEN_AUTHOR_LABELS,
    HITS_LABELS,
    HIDDEN_PICTURE_LABELS,
    ACCOUNT_BUTTONS,
    APP_BUTTONS,
    ARTICLE_PAGER,
    APP_WORDS,
    BLOG_NAVBAR,
    SOCIAL_PLATFORMS,
    BYLINE_DATE_WORDS,
    BYLINE_PREFIXES,
    CATEGORY_CUES,
    COMMENT_COUNT_WORDS,
    COMMENT_LINKS,
    COLUMNIST_LABELS,
    CONSENT_BUTTONS,
    COOKIE_CUES,
    COOKIE_WORDS,
    COPYRIGHT_TOPICS,
    PRIVACY_STEMS,
    EMBED_LABELS,
    BYLINE_ROLES,
    CREDIT_ROLES,
    BYLINE_SUFFIXES,
    BY_WORDS,
    GUEST_NOTICES,
    HOME_LABELS,
    LINE_ONLY_MARKERS,
    LINK_IN_BIO,
    NOSCRIPT_NOTICES,
    ONE_COMMENT,
    HIJRI_MONTHS,
    MARKERS,
    NEWS_FEED_BUTTONS,
    NEWS_SECTION_WORDS,
    OTHER_NEWS,
    PLAYER_CONTROLS,
    POSTED_BY,
    PUBLISHED_CUES,
    RATING_LABELS,
    REACTION_WORDS,
    RECOMMENDATION_LABELS,
    RECOMMENDATION_VENDORS,
    SECTION_NAMES,
    ALL_POSTS,
    SITE_PAGE_LINKS,
    REGISTER_STEMS,
    SHARE_ROW_NETWORKS,
    SIGNATURE_HEADS,
    RELATIVE_TIME_UNITS,
    RELATIVE_TIME_WORDS,
    SOURCE_FIELD_LABELS,
    SOURCES,
    STOPWORDS,
    SUBSCRIBER_STEMS,
    SHARE_COUNTER_WORDS,
    SHARE_ROW_WORDS,
    SIGNUP_NOTICE_CUES,
    SUBSCRIPTION_STEMS,
    TAGGED_LABELS,
    TAGS_ROW_LABELS,
    TICKER_LABELS,
    UNSUBSCRIBE_ANY_TIME,
    UPDATED_CUES,
    VIA_FIELD_LABELS,
    WIRES,
)
from .metadata import FOLLOW_BUTTON, PAGE_OF, REDDIT_HEADER, POST_HEADER_LINES, READ_TIME, TAB_TITLE_LINES, embedded_post_header, find_dates, legal_links_row, post_tab_account, reaction_count, tab_title_shape, verified_label
from .textnorm import ascii_digits, fold, key, keys_of, words

WRAP_MIN = 60
WRAP_MAX = 100
WRAP_FILL = 0.6
WRAP_BREAKS = 2
"""Lines that must continue into the next (see :func:`units`) for a page to read as hard-wrapped."""
CAPTION_MAX_WORDS = 8
"""A "Video:"/"شاهد:" label line longer than this and unpunctuated is a headline, not a caption."""
MARKER_MAX_WORDS = 12
"""Longer lines are never markers, except label lines ("Source: ...") and read-also lines."""
INLINE_TEASER_WORDS = 3
"""Words after a "related" label and its colon ("Të ngjashme: <headline>", "ذات صلة: ...") that make
the line one linked headline inside the article (a read-also teaser), not the related list's head."""

_STRONG_END = frozenset(".!?؟…")
_WEAK_END = frozenset(":;,،؛")
_CLOSERS = "\"'”’»)]}»›“‘"
"""Closing quotes and brackets after a sentence's last mark (“ and ‘ close Albanian „…“ quotes)."""
_BULLET = re.compile(r"^\s*[•·▪●◦‣∙*–-]\s+")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z])[.)]\s+\S")
_CRUMB = re.compile(r"\s(?:\||>|»|›|·|⁞)\s|^[^\W\d_][\w ]{0,20}\s/\s[^\W\d_][\w ]{0,20}\s/\s")
_TIMED = re.compile(r"^\W{0,2}\d{1,2}[:.]\d{2}(?!\d)(?![.:/-]\d)")
"""A line opening with a clock time: a ticker item ("12:51 Headline"), not a date (12.10.2025)."""
RELATIVE_REST = 3
"""Words besides a relative time ("yesterday", "منذ ساعتين") on a stamp line: a name, "updated"."""
_MENU_SEPARATORS = (" - ", " – ", " | ", " · ", " • ", " / ")
MENU_ITEM_WORDS = 3
"""A line of three or more items of at most this many words between one separator is a menu."""
_BRACKETED = re.compile(r"^[(\[（][^()\[\]]+[)\]）]$")
"""A short line wholly in brackets: a picture caption or credit, "(Archive photo)"."""
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?|[صم](?!\w)|gmt\b|utc\b|(?:ب?توقيت\s+)?(?:غرينتش|جرينتش|غرينيتش)(?!\w))?", re.I
)
"""A clock time with its am/pm mark or time zone ("14:32 GMT", "14:32 بتوقيت غرينتش", Arabic sites' "GMT")."""
_CAPTION_CREDIT = re.compile(
    r"(?:\b(?:REUTERS|AFP|AP|EPA|GETTY(?:\s+IMAGES)?|ANADOLU|XINHUA|SPUTNIK|TASS)\s*/\s*[A-Z][\w.\- ]{1,40}$)"
    r"|(?:\s/\s*[^\W\d_][\w .&-]{0,20}$)"
    r"|(?:\([^()]*\b(?:Photo|Foto|Image|Photograph|Fotografi|صورة|الصورة|تصوير)\b[^()]*\)\s*$)"  # "(AP Photo/M. Varaklas, File)", "(صورة: المكتب الإعلامي)"
    r"|(?:\((?:أ\s?ف\s?ب|ا\s?ف\s?ب|رويترز|أ\s?ب|د\s?ب\s?أ|AFP|AP|Reuters|EPA|Getty|Anadolu)\)\s*$)"  # "... التقطها مراسلنا (أ ف ب)"
    r"|(?:^FILE\s[-–—]\s)",  # AP archive captions: "FILE - A firefighting plane drops water..."
    re.I,
)


_CREDIT_TAIL = re.compile(r"(?:\(([^()]{1,30})\)|\s/\s*(?:foto|photo|fotografia|image|صورة|الصورة)\s*:\s*([^/|()]{1,30}))\s*$", re.I)
"""A parenthesised tail, "... (رويترز)", or a slash and a photo label, "... / Foto: LSA"."""
PHOTO_AGENCIES: frozenset[str] = frozenset({"getty", "getty images", "غيتي", "جيتي", "غيتي إيميجز", "epa", "إ ب أ", "lsa"})
"""Picture agencies that are no news wire of :data:`lexicon.WIRES` but sign photo captions."""


@cache
def _agency_keys() -> frozenset[str]:
    """Keys of every news agency's spelling (:data:`lexicon.SOURCES` of :data:`lexicon.WIRES`) and of the picture agencies."""
    return frozenset(key(s) for name in WIRES for s in SOURCES.get(name, ())) | frozenset(key(s) for s in PHOTO_AGENCIES)


def _agency_credit(text: str) -> bool:
    """A photo caption signed by its agency at the end, as papers and channels print them: "جانب
    من الاجتماع (د.ب.أ)", "صورة من الموقع (الأناضول)", "Pamje nga vendngjarja / Foto: ATSH". The
    credit is a news or picture agency's name, or its initials ("أ.ف.ب", "إ.ب.أ", "A.P."): two to
    four single letters, which no headline ends with in brackets."""
    m = _CREDIT_TAIL.search(text)
    if m is None:
        return False
    credit = key(m.group(1) or m.group(2) or "")
    letters = credit.split()
    return credit in _agency_keys() or (2 <= len(letters) <= 4 and all(len(w) == 1 for w in letters) and "." in (m.group(1) or m.group(2) or ""))


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of a page dump with its features and prose score."""

    number: int
    """1-based number of the unit's first line in the raw text."""
    last: int
    """1-based number of its last line (``> number`` only for hard-wrapped prose)."""
    text: str
    """The line stripped of surrounding whitespace."""
    words: int
    stop_ratio: float
    end: str
    """``strong`` (. ! ? ؟ …), ``weak`` (: ; ,) or ``none``."""
    bullet: bool
    numbered: bool
    repeated: bool
    dateish: bool
    crumb: bool
    timed: bool
    """Starts with a clock time ("12:51 Headline"): an item of a news ticker."""
    caption: bool
    byline: bool
    stamp: bool
    """Only a clock time or a relative time ("14:35", "14:35 GMT", "منذ ساعتين", "2 orë më parë"), no
    calendar date: the time of a live-blog entry or a comment."""
    family: str | None
    """Marker family from :data:`lexicon.MARKERS` (``comments``, ``share``...), or None."""
    action: str | None
    """The family's action: ``end``, ``teaser`` or ``skip``."""
    score: float

    @property
    def prose(self) -> bool:
        """A real sentence: long enough, punctuated, not furniture."""
        return self.end == "strong" and self.words >= 6 and self.action is None and not self.caption and not self.timed

    @property
    def headline_like(self) -> bool:
        """Short and unpunctuated, like a headline, a subheading or a menu item."""
        return self.end == "none" and self.words <= 20


@dataclass(frozen=True, slots=True)
class _MarkerIndex:
    exact: dict[str, tuple[str, str]]
    labels: dict[str, tuple[str, str]]
    prefixes: dict[str, tuple[str, str]]
    contains: tuple[tuple[re.Pattern[str], str, str], ...]
    share_words: frozenset[str]


_CONTAINS_FAMILIES = frozenset({"copyright", "disclaimer", "subscribe"})
_PREFIX_FAMILIES = frozenset({"source", "caption", "comments", "share", "related"})
"""Families whose multi-word phrases also mark a short line that starts with them
("Reporting by X; Editing by Y", "صورة أرشيفية لـ...", "Më shumë nga Sporti"); single words must
match the whole line."""
_LABEL_HEAD = re.compile(r"^\W*([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*:")


@cache
def _line_only() -> frozenset[str]:
    """Keys of :data:`lexicon.LINE_ONLY_MARKERS`."""
    return frozenset(key(p) for p in LINE_ONLY_MARKERS)


@cache
def _marker_index() -> _MarkerIndex:
    """Lookup tables over :data:`lexicon.MARKERS` (built once)."""
    exact: dict[str, tuple[str, str]] = {}
    labels: dict[str, tuple[str, str]] = {}
    prefixes: dict[str, tuple[str, str]] = {}
    contains: list[tuple[re.Pattern[str], str, str]] = []
    for family, (action, phrases) in MARKERS.items():
        for phrase in phrases:
            k = key(phrase)
            if not k:
                continue
            if phrase.endswith(":"):
                labels.setdefault(k, (family, action))
                continue
            exact.setdefault(k, (family, action))
            if k in _line_only():
                continue
            if family == "read_also" or (family in _PREFIX_FAMILIES and " " in k):
                prefixes.setdefault(k, (family, action))
            if family in _CONTAINS_FAMILIES:
                contains.append((re.compile(rf"(?<!\w){re.escape(k)}(?!\w)"), family, action))
    for phrase in COLUMNIST_LABELS:  # (the whole line only: no prefix)
        exact.setdefault(key(phrase), ("related", MARKERS["related"][0]))
    share = frozenset(key(p) for p in MARKERS["share"][1])
    return _MarkerIndex(exact, labels, prefixes, tuple(contains), share)


@cache
def _copyright_topic() -> re.Pattern[str]:
    """The word "copyright" before a noun of :data:`lexicon.COPYRIGHT_TOPICS` in a line's key ("copyright
    policy", "copyright law"): an article's words about the law ("EU copyright directive vote set for
    2019"), unless the line is a footer's row of legal links ("Cookie Policy Copyright Policy Brand
    Policy": :func:`metadata.legal_links_row`)."""
    topics = "|".join(re.escape(key(w)) for w in COPYRIGHT_TOPICS)
    return re.compile(rf"(?<!\w)copyright\s+(?:{topics})(?!\w)")


def _full_stop(text: str) -> bool:
    """``text`` ends in a full stop, as a sentence does and a linked headline does not (an ellipsis,
    "...", cuts a headline short)."""
    trimmed = text.rstrip().rstrip(_CLOSERS).rstrip()
    return trimmed.endswith(".") and not trimmed.endswith("..")


def marker_family(text: str) -> tuple[str | None, str | None]:
    """``(family, action)`` when ``text`` is a furniture marker line, else ``(None, None)``.

    A line is a marker when it *is* a marker phrase (short lines only), starts with a label
    phrase and a colon ("Source: ...", "المصدر : ..."), starts with a read-also phrase or a
    multi-word phrase of a prefix family, contains a copyright/disclaimer/newsletter phrase
    (short lines), or is made of share-button words ("Facebook Twitter Email Print").
    """
    index = _marker_index()
    k = key(text)
    n = len(words(text))
    head = _LABEL_HEAD.match(key_with_colons(fold(text)))
    if head and key(head.group(1)) in index.labels:
        family, action = index.labels[key(head.group(1))]
        headline = family == "caption" and n > CAPTION_MAX_WORDS and _ending(text) == "none" and text.count(":") == 1 and not _INNER_STOP.search(text)
        sentence = family == "tags" and key(head.group(1)) in keys_of(TAGGED_LABELS) and n > MARKER_MAX_WORDS and _ending(text) == "strong"
        if not headline and not sentence:  # ("Tagged: in the posts we checked, ...": a sentence, no tags line)
            return family, action
        # "شاهد: <ten words>" without a full stop is a headline ("Watch: ..."), not a video caption
    if n <= MARKER_MAX_WORDS and k in index.exact and not (index.exact[k][0] == "article_end" and any(c.isdigit() for c in text)):
        return index.exact[k]  # ("End of Article 370": a subheading, its number gone from the key)
    if _widget_signature(k, n, text):
        return "related", "end"  # "Recommended by Outbrain", "Sponsored Links by Taboola": a recommendation feed
    if k in _other_news() or (":" in text and key(text.split(":", 1)[0]) in _other_news()):
        return "read_also", "teaser"  # "In other news:" (not "In other news, the council ...": a sentence)
    if (
        head and index.exact.get(key(head.group(1)), ("",))[0] == "related" and len(words(text[head.end():])) >= INLINE_TEASER_WORDS
        and marker_family(text[head.end():])[0] is None  # ("Related: More from Politics" heads a list)
    ):
        return "read_also", "teaser"  # "Related: <headline>" inside the article is one linked headline, not its end
    tokens = k.split()
    for j in range(1, min(5, len(tokens)) + 1):
        hit = index.prefixes.get(" ".join(tokens[:j]))
        if hit and hit[0] == "article_end" and j < len(tokens):
            continue  # ("End of Article 370 ...": a subheading; the closing line is the phrase alone)
        if hit and hit[0] == "read_also" and j < len(tokens) and " ".join(tokens[:j]) in keys_of(ARTICLE_PAGER) and _full_stop(text):
            continue  # ("Next story time at the library is on Saturday.": a sentence, no link to the next story)
        if hit and (hit[0] == "read_also" or (j >= 2 and n <= MARKER_MAX_WORDS)):
            return hit
    if k.startswith("copyright ") or text.lstrip().startswith("©") or (n <= 30 and "all rights reserved" in k):
        return "copyright", "end"
    if n <= MARKER_MAX_WORDS + 3:
        if "©" in text or "(c) " in text.lower():
            return "copyright", "end"
        for pattern, family, action in index.contains:
            if pattern.search(k) and (family != "copyright" or pattern.search(_copyright_topic().sub(" ", k)) or legal_links_row(text)):
                return family, action  # ("LinkedIn changes its copyright policy after ...": a headline about the law)
    if n <= MARKER_MAX_WORDS and _ending(text) != "strong" and any(p.search(k) for p in _feed_buttons()):
        return "subscribe", "skip"  # "Ndiqni Portali Jonë në Google News": a button (a sentence has its full stop)
    if n <= GUEST_NOTICE_WORDS and any(phrase in k for phrase in _guest_notices()) and _registration(k):
        return "chrome", "skip"  # a forum's notice to its guests
    if n <= MARKER_MAX_WORDS and sum(f" {b} " in f" {k} " for b in _blog_navbar()) >= BLOG_NAVBAR_BUTTONS:
        return "chrome", "skip"  # a blog host's navbar ("More Next Blog» Create Blog Sign In")
    if n <= MARKER_MAX_WORDS and _account_bar(k):
        return "chrome", "skip"  # a network's bar over a page copied logged out ("LinkedIn Join now Sign in")
    if n <= COOKIE_NOTICE_WORDS and _cookie_notice(k) and not any(q in text for q in QUOTE_MARKS):
        return "chrome", "skip"  # "We use cookies to improve your experience. By continuing ...": the site's notice
    if any(phrase in k for phrase in _noscript_notices()) and (n <= NOSCRIPT_ALONE_WORDS or (n <= NOSCRIPT_WORDS and _names_browser(k))):
        return "chrome", "skip"  # "Please enable JavaScript ...": a page's notice to browsers without scripts
    if _subscription_notice(k) or (n <= MARKER_MAX_WORDS and "%" in text and _subscription_offer(k)) or _signup_notice(k):
        return "subscribe", "skip"  # (a discount on a subscription: "Get 50% off your annual subscription!")
    tags = text.split()
    if tags and sum(_HASHTAG.match(t) is not None for t in tags) * 2 > len(tags) and n <= 3 * MARKER_MAX_WORDS:
        return "tags", "end"  # a line of hashtags: the article's tags ("#1", a forum post's number, is none)
    if _tags_row(text, tokens, n):
        return "tags", "end"  # "Tags Politics Elections": the label and the post's tags on one line
    if (
        tokens and n <= 8 and tokens[0] in index.share_words and tokens[0] not in _line_only()
        and sum(t in index.share_words or t in _share_row_networks() for t in tokens) * 2 >= len(tokens)
    ):  # (a share verb that opens sentences, "غرد الوزير", marks a line alone or in a row of buttons)
        return "share", "skip"
    if _share_row(tokens, index.share_words) or _counted_share_row(text, index.share_words):
        return "share", "skip"
    if _source_via_fields(text):
        return "source", "end"
    return None, None


def _tags_row(text: str, tokens: list[str], n: int) -> bool:
    """A post's tags after their label without a colon on one line (:data:`lexicon.TAGS_ROW_LABELS`:
    Sahifa's "Tags Opinion Rajoni", "الوسوم عربي ودولي زلزال", Publisher's "Tags Showbiz Rajoni dhe
    bota"): short, no digits, no sentence's end, and in a cased script the first tag capitalised
    ("Tags are ...", "Tags worn by cattle ..." open a sentence)."""
    if not tokens or tokens[0] not in keys_of(TAGS_ROW_LABELS) or not 2 <= n <= MARKER_MAX_WORDS or _ending(text) == "strong":
        return False
    return not _lower_initial(text.split()[1]) and not any(c.isdigit() for c in text)


FIELD_NAME_WORDS = 4
"""Most words of the name in a post's "Source" or "Via" field (:func:`_source_via_fields`)."""


def _source_via_fields(text: str) -> bool:
    """A post's "Source" and "Via" fields run together on one line (:data:`lexicon.SOURCE_FIELD_LABELS`,
    :data:`lexicon.VIA_FIELD_LABELS`): "Source Agencies Via Ekspresi Online", "المصدر وكالات عبر بوابة
    الضياء": each label followed by a name of one to :data:`FIELD_NAME_WORDS` words (in a cased
    script opening with a capital), no digits, no sentence's end. A headline ("Source of the leak via
    WhatsApp") names no one after the label."""
    tokens = text.split()
    if len(tokens) < 4 or _ending(text) == "strong" or any(c.isdigit() for c in text) or key(tokens[0]) not in _post_field_labels()[0]:
        return False
    via = next((i for i in range(2, min(len(tokens) - 1, FIELD_NAME_WORDS + 2)) if key(tokens[i]) in _post_field_labels()[1]), None)
    if via is None or len(tokens) - via - 1 > FIELD_NAME_WORDS:
        return False
    return not _lower_initial(tokens[1]) and not _lower_initial(tokens[via + 1])


def _dated_headline_row(text: str, below: list[tuple[int, int, str, str]], last: int) -> bool:
    """True when a line read as a post's fields run together (:func:`_tags_row`,
    :func:`_source_via_fields`) has a date line right under it: a title-cased headline over its
    date ("Tags Show Sea Turtles Return to the Same Beach", "Source Says Gas Deal Via Qatar Is
    Near"), not the fields under a post's text (share buttons, the author's box or other posts
    follow them)."""
    return (
        (_tags_row(text, key(text).split(), len(words(text))) or _source_via_fields(text)) and bool(below) and below[0][0] == last + 1
        and _is_dateish(below[0][3])
    )


def _credit_between_paragraphs(text: str, below: list[str]) -> bool:
    """True when a line read as a post's "Source" and "Via" fields (:func:`_source_via_fields`) has
    two sentences under it: a chart's or a photo's credit between the article's paragraphs
    ("Source Eurostat Via Statista"), not the fields under the post's text (its tags, share buttons,
    the author's box follow them). A "Source:" label's line is left to its marker."""
    return ":" not in text and _source_via_fields(text) and _sentences_under(below)


@cache
def _post_field_labels() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of :data:`lexicon.SOURCE_FIELD_LABELS` and :data:`lexicon.VIA_FIELD_LABELS`."""
    source, via = (frozenset(key(w) for w in labels) for labels in (SOURCE_FIELD_LABELS, VIA_FIELD_LABELS))
    return source, via


WIDGET_SIGNATURE_WORDS = 6
"""Most words of a recommendation widget's signature ("Sponsored Links by Taboola")."""


def _widget_signature(k: str, n: int, text: str) -> bool:
    """A content-recommendation widget's signature over its feed (its key ``k``): a short line, no
    sentence, ending in "by" and the service's name (:data:`lexicon.BY_WORDS`,
    :data:`lexicon.RECOMMENDATION_VENDORS`: "Recommended by Outbrain", "Ads by Revcontent"), with
    nothing before "by" or what a widget says there (:data:`lexicon.SIGNATURE_HEADS`,
    :data:`lexicon.RECOMMENDATION_LABELS`). A headline, a subheading or a picture's credit naming the
    company ("Taboola to buy Outbrain", "Outbrain", "Bought by Outbrain", "Image provided by
    Outbrain") signs nothing."""
    tokens = k.split()
    return (
        len(tokens) >= 2 and n <= WIDGET_SIGNATURE_WORDS and _ending(text) != "strong"
        and tokens[-1] in RECOMMENDATION_VENDORS and tokens[-2] in _by_words()
        and " ".join(tokens[:-2]) in _signature_heads()
    )


@cache
def _by_words() -> frozenset[str]:
    """Keys of :data:`lexicon.BY_WORDS`."""
    return frozenset(key(w) for w in BY_WORDS)


@cache
def _signature_heads() -> frozenset[str]:
    """Keys of what may stand before "by" in a widget's signature: nothing, :data:`lexicon.SIGNATURE_HEADS`
    or a widget's label (:data:`lexicon.RECOMMENDATION_LABELS`)."""
    return frozenset({"", *(key(w) for w in SIGNATURE_HEADS + RECOMMENDATION_LABELS)})


SHARE_ROW_MAX_WORDS = 15
"""Most words of a row of share buttons worded as phrases ("Share on Facebook Share on Twitter Send by email")."""


def _share_row(tokens: list[str], share_words: frozenset[str]) -> bool:
    """A row of share buttons each worded as a phrase, their labels run together on one line: "Share on
    Facebook Share on Twitter Send by email", "شارك على فيسبوك شارك على تويتر أرسل بالبريد الإلكتروني",
    "Ndaje në Facebook Ndaje në Twitter Dërgo me email" (a page, or a browser's translation of it, that
    spells its buttons out). It opens with a share word, holds two or more, and every other word is one
    a button's phrase is made of (:data:`lexicon.SHARE_ROW_WORDS`: "on", "send", "by email"...) or a
    network named beside the buttons (:data:`lexicon.SHARE_ROW_NETWORKS`): a sentence naming a network ("Twitter on Tuesday said ...") holds other words."""
    if not tokens or len(tokens) > SHARE_ROW_MAX_WORDS or tokens[0] not in share_words:
        return False
    return sum(t in share_words for t in tokens) >= 2 and all(
        t in share_words or t in _share_row_words() or t in _share_row_networks() for t in tokens
    )


_SHARE_COUNTERS = re.compile(r"^(?:\s*[\d٠-٩][\d٠-٩.,]*\s*[kKmM]?\s+(?P<word>[^\W\d_]+))+\s+")
"""A share bar's counters opening a line: "50 SHARES 1948 VIEWS ", "56 مشاركات 1932 مشاهدات "."""


def _counted_share_row(text: str, share_words: frozenset[str]) -> bool:
    """A share bar run together on one line: its counters (:data:`lexicon.SHARE_COUNTER_WORDS`, each
    after its number: "50 SHARES 1948 VIEWS") then its buttons worded as phrases (:func:`_share_row`:
    "Share on Facebook Share on Twitter"), as news themes print them over the article."""
    m = _SHARE_COUNTERS.match(text.strip())
    if m is None:
        return False
    counts = re.findall(r"[\d٠-٩][\d٠-٩.,]*\s*[kKmM]?\s+([^\W\d_]+)", m.group(0))
    if not all(key(w) in _share_counter_words() for w in counts):
        return False
    return _share_row(key(text[m.end() :]).split(), share_words)


@cache
def _share_counter_words() -> frozenset[str]:
    """Keys of :data:`lexicon.SHARE_COUNTER_WORDS`."""
    return frozenset(key(w) for w in SHARE_COUNTER_WORDS)


@cache
def _share_row_words() -> frozenset[str]:
    """Keys of :data:`lexicon.SHARE_ROW_WORDS`."""
    return frozenset(key(w) for w in SHARE_ROW_WORDS)


@cache
def _signup_keys() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Keys of :data:`lexicon.UNSUBSCRIBE_ANY_TIME` and :data:`lexicon.SIGNUP_NOTICE_CUES`."""
    return tuple(key(p) for p in UNSUBSCRIBE_ANY_TIME), tuple(key(p) for p in SIGNUP_NOTICE_CUES)


def _signup_notice(k: str) -> bool:
    """A newsletter box's small print (its key): "We use your sign-up to provide content in ways you've
    consented to ... You can unsubscribe at any time. More info", however long: the promise that the
    reader may unsubscribe at any time and a word on consent, privacy or more information (cues match
    word openings: "consent" / "consented", "privatesi" / "privatësisë")."""
    promises, cues = _signup_keys()
    padded = f" {k} "
    return any(f" {p} " in padded for p in promises) and any(f" {c}" in padded for c in cues)


_HASHTAG = re.compile(r"^#\w*[^\W\d_]")
"""A hashtag: "#" and a word with a letter in it ("#lajm", "#Brexit2018"), not a number ("#1", "#12")."""
GUEST_NOTICE_WORDS = 60
"""Most words of a line read as a forum's notice to its guests (:data:`lexicon.GUEST_NOTICES`)."""


@cache
def _other_news() -> frozenset[str]:
    return frozenset(key(p) for p in OTHER_NEWS)


@cache
def _guest_notices() -> tuple[str, ...]:
    return tuple(key(p) for p in GUEST_NOTICES)


@cache
def _feed_buttons() -> tuple[re.Pattern[str], ...]:
    """Patterns of :data:`lexicon.NEWS_FEED_BUTTONS` (whole words of a line's key)."""
    return tuple(re.compile(rf"(?<!\w){re.escape(key(p))}(?!\w)") for p in NEWS_FEED_BUTTONS)


COOKIE_NOTICE_WORDS = 40
"""Most words of a site's cookie notice (:func:`_cookie_notice`)."""
QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")
"""Quotation marks: a line quoting a cookie notice ('"We use cookies ..." is the only notice on many
sites, the report said') is an article's sentence on it; the site's own notice is not quoted."""


@cache
def _cookie_keys() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(key(w) for w in COOKIE_WORDS), tuple(key(w) for w in COOKIE_CUES)


def _cookie_notice(k: str) -> bool:
    """A line (its key) naming cookies (:data:`lexicon.COOKIE_WORDS`) and what a site's notice about
    them says (:data:`lexicon.COOKIE_CUES`: "we use", "this site", "by continuing"): the site's
    cookie notice, page chrome. (An article's sentence on a cookie law names no site of its own.)"""
    names, cues = _cookie_keys()
    padded = f" {k} "
    return any(f" {w} " in padded for w in names) and any(f" {c} " in padded for c in cues)


@cache
def _noscript_notices() -> tuple[str, ...]:
    return tuple(key(p) for p in NOSCRIPT_NOTICES)


NOSCRIPT_ALONE_WORDS = 8
NOSCRIPT_WORDS = 20
"""A line naming a :data:`lexicon.NOSCRIPT_NOTICES` phrase is the page's notice when it is at most
:data:`NOSCRIPT_ALONE_WORDS` words, or at most :data:`NOSCRIPT_WORDS` and names the browser ("...
in your browser to view the site"); an article's sentence advising readers not to enable
JavaScript in a PDF reader is neither."""
_BROWSER_WORDS = ("browser", "متصفح", "المتصفح", "متصفحك", "shfletues", "shfletuesin", "shfletuesi", "shfletuesit")


def _names_browser(k: str) -> bool:
    return any(w in k for w in _BROWSER_WORDS)


@cache
def _register_stems() -> tuple[str, ...]:
    return tuple(key(p) for p in REGISTER_STEMS)


def _registration(k: str) -> bool:
    """A line's key names registering (a word opening with one of :data:`lexicon.REGISTER_STEMS`)."""
    return any(w.startswith(_register_stems()) for w in k.split()) or "sign up" in k


SUBSCRIPTION_WORDS = 2
"""Words of :data:`lexicon.SUBSCRIPTION_STEMS` that make a line a notice to subscribers."""


def _subscription_notice(k: str) -> bool:
    """A line (its key) naming subscribers, and subscribers or a subscription :data:`SUBSCRIPTION_WORDS`
    times or more in all: a site's notice to its subscribers ("Hyrja për abonentë" is one word: a log-in link, left to
    the other signals)."""
    subscribers, stems = _folded_subscription()
    tokens = k.split()
    return any(t.startswith(subscribers) for t in tokens) and sum(t.startswith(stems) for t in tokens) >= SUBSCRIPTION_WORDS


def _subscription_offer(k: str) -> bool:
    """A line (its key) naming a subscription (:data:`lexicon.SUBSCRIPTION_STEMS`)."""
    return any(t.startswith(_folded_subscription()[1]) for t in k.split())


@cache
def _folded_subscription() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Folded :data:`lexicon.SUBSCRIBER_STEMS` and :data:`lexicon.SUBSCRIPTION_STEMS`."""
    return tuple(fold(s) for s in SUBSCRIBER_STEMS), tuple(fold(s) for s in SUBSCRIPTION_STEMS)


_INNER_STOP = re.compile(r"[^\W\d_]{4,}[.!?؟]\s")
"""A sentence ending inside a line: a word of four letters or more, its full stop and a space (not
an abbreviation's dot: "vs. Chelsea", "Dr. Ali", "U.S. troops")."""

WRAPPED_TAIL_WORDS = 12
"""Most words of the lower line of a "Watch: ..." headline wrapped over two lines."""
WRAPPED_BYLINE_WORDS = 5
"""Most words of the byline between a wrapped "Watch: ..." headline and its date ("Name - City")."""


def label_family(text: str) -> str | None:
    """The marker family of the label that opens ``text`` with a colon ("Watch:", "Source:"), if any."""
    head = _LABEL_HEAD.match(key_with_colons(fold(text)))
    hit = _marker_index().labels.get(key(head.group(1))) if head else None
    return hit[0] if hit else None


LABEL_SENTENCES = 2
"""Sentences under a recommendation widget's label that show it to be an article's subheading (:func:`_subheading_label`)."""


def _subheading_label(text: str, below: list[str]) -> bool:
    """True when ``text``, a content-recommendation widget's label (:data:`lexicon.RECOMMENDATION_LABELS`:
    "You may like", "Mund t'ju pëlqejë", "قد يعجبك"), is an article's subheading: the next
    :data:`LABEL_SENTENCES` lines ``below`` are sentences (six words or more, ending in a full stop,
    no marker): a guide's picks under "You may like". A widget's feed opens with another label, its
    signature, or a sponsored headline (a question, an exclamation, no full stop) over its advertiser."""
    return key(text) in _recommendation_labels() and _sentences_under(below)


def _sentences_under(below: list[str]) -> bool:
    """The :data:`LABEL_SENTENCES` lines ``below`` a label are an article's sentences: six words or
    more, ending in a full stop, no marker (what makes a label-shaped line a subheading)."""
    return len(below) == LABEL_SENTENCES and all(
        t.rstrip().rstrip(_CLOSERS).endswith(".") and word_count(words(t)) >= 6 and marker_family(t) == (None, None) for t in below
    )


def _tags_heading(text: str, below: list[str]) -> bool:
    """True when ``text``, shaped as a tags row without a colon (:func:`_tags_row`: "Tags For Every
    Cow", "الوسوم الإلكترونية للماشية", "Etiketa Made in Albania"), is an article's subheading on
    tags: the next :data:`LABEL_SENTENCES` lines ``below`` are sentences (as under a widget's label,
    :func:`_subheading_label`). A theme's tags row is followed by its author box, share buttons or
    the previous and next posts, not by the article's paragraphs."""
    tokens = key(text).split()
    return _tags_row(text, tokens, len(words(text))) and _sentences_under(below)


@cache
def _recommendation_labels() -> frozenset[str]:
    """Keys of :data:`lexicon.RECOMMENDATION_LABELS`."""
    return frozenset(key(w) for w in RECOMMENDATION_LABELS)


def _wrapped_label_headline(text: str, below: list[str]) -> bool:
    """True when ``text`` ("Watch: Liverpool's Daniel Sturridge dips", "شاهد: ...") is the upper half
    of a labelled headline wrapped over two lines, the first line ``below`` its lower half: together
    longer than a caption (:data:`CAPTION_MAX_WORDS`), one colon, no full stop in either, the lower
    line a short unpunctuated line that is no marker or date, and under it the headline's date (or
    its standfirst or its byline, and then the date). A caption ("Video: Reuters") is short and
    stands alone; a video's caption inside an article stands over a subheading or a paragraph, not
    over a date."""
    following, rest = below[0], below[1:]
    between = rest[0] if len(rest) > 1 and _is_dateish(rest[1]) else None  # (a standfirst, or a byline of a few words)
    dated = bool(rest) and (_is_dateish(rest[0]) or between is not None and (
        len(words(between)) >= 12 or (len(words(between)) <= WRAPPED_BYLINE_WORDS and _ending(between) == "none")
    ))
    if not dated:
        return False
    n, tail = len(words(text)), len(words(following))
    if n < 4 or not 3 <= tail <= WRAPPED_TAIL_WORDS or n + tail <= CAPTION_MAX_WORDS:
        return False
    if text.count(":") != 1 or _INNER_STOP.search(text) or _ending(text) != "none" or _ending(following) != "none" or ":" in following:
        return False
    if label_family(text) != "caption":
        return False
    return marker_family(following)[0] is None and not _is_dateish(following)


def key_with_colons(folded: str) -> str:
    """Folded text with punctuation other than ``:`` removed (for "label:" matching)."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s:©]|_", " ", folded)).strip()


def _ending(text: str) -> str:
    trimmed = text.rstrip().rstrip(_CLOSERS).rstrip()
    if not trimmed:
        return "none"
    if trimmed[-1] in _STRONG_END:
        return "strong"
    if trimmed[-1] in _WEAK_END:
        return "weak"
    return "none"


def _stop_ratio(text: str) -> float:
    folded = words(fold(text))
    if not folded:
        return 0.0
    best = 0
    for vocab in _folded_stopwords():
        best = max(best, sum(t in vocab for t in folded))
    return best / len(folded)


@cache
def _folded_stopwords() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(fold(w) for w in vocab) for vocab in STOPWORDS.values())


@cache
def _folded_bylines() -> tuple[frozenset[str], frozenset[str]]:
    """Folded :data:`lexicon.BYLINE_PREFIXES` and :data:`lexicon.BYLINE_SUFFIXES` (built once)."""
    return frozenset(fold(p) for p in BYLINE_PREFIXES), frozenset(fold(w) for w in BYLINE_SUFFIXES)


@cache
def _byline_roles() -> frozenset[str]:
    """Keys of every word that may label an author line with a colon (:data:`lexicon.BYLINE_ROLES`,
    the byline prefixes and suffixes)."""
    return frozenset(key(w) for w in (*BYLINE_ROLES, *BYLINE_PREFIXES, *BYLINE_SUFFIXES))


_HIDDEN_LABEL = re.compile(r"^([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*[,،]\s+([^\d]+)$")


@cache
def _hidden_labels() -> dict[str, str]:
    return {**{key(w): "author" for w in HIDDEN_AUTHOR_LABELS}, **{key(w): "picture" for w in HIDDEN_PICTURE_LABELS}}


def _hidden_label(text: str) -> str | None:
    """``"author"`` or ``"picture"`` for a line that opens with a label a page gives screen readers
    and a comma ("Author, Name", "Image source, Reuters": :data:`lexicon.HIDDEN_AUTHOR_LABELS`,
    :data:`lexicon.HIDDEN_PICTURE_LABELS`), no digit after it; an author line has at most
    :data:`HIDDEN_AUTHOR_WORDS` words and no second comma; else None."""
    m = _HIDDEN_LABEL.match(text.strip())
    kind = _hidden_labels().get(key(m.group(1))) if m else None
    if kind == "author" and (len(words(text)) > HIDDEN_AUTHOR_WORDS or re.search(r"[,،]", m.group(2))):
        return None  # ("Author, poet and dissident Ismail Kadare dies", "Role, not rank, will decide ...": headlines)
    return kind


HIDDEN_AUTHOR_WORDS = 6
"""Most words of a labelled author line ("Role, Correspondent of Atlas News")."""


ROLE_NAME_WORDS = 4
"""Most words of the name after an author role and its colon ("المحرر: خالد عبد الله")."""
_ROLE_LINE = re.compile(r"^\W*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*:\s*([^\W\d_][^\d:;,.!?؟،]*)$")


CATEGORY_WORDS = 8
"""Most words of the list of sections after a "Posted in" cue."""


@cache
def _category_cues() -> tuple[str, ...]:
    return tuple(sorted({key(c) for c in CATEGORY_CUES}, key=len, reverse=True))


def _category_line(text: str) -> bool:
    """A line naming the sections the article is filed in: a cue (:data:`lexicon.CATEGORY_CUES`,
    "Posted in", "منشور في", "Postuar në") and a list of section names, comma-separated, or of one to
    three words ("Posted in Politics, World", "منشور في سياسة, دولي"): no digits (a date after
    "نشر في" makes a published line) and no sentence. It sits over a headline like a breadcrumb and is
    never the title nor its upper half."""
    if any(c.isdigit() for c in text) or _ending(text) != "none":
        return False
    k = key(text)
    for cue in _category_cues():
        if k.startswith(cue + " "):
            rest = len(k[len(cue):].split())
            return 0 < rest <= CATEGORY_WORDS and (rest <= 3 or "," in text or "،" in text)
    return False


def _role_byline(text: str) -> bool:
    """A "role: name" author line: an author role of one or two words ("Editor", "المحرر",
    "Përgatiti"), a colon, and a name of one to :data:`ROLE_NAME_WORDS` words without digits or
    punctuation."""
    m = _ROLE_LINE.match(text.strip())
    return bool(m) and key(m.group(1)) in _byline_roles() and 1 <= len(words(m.group(2))) <= ROLE_NAME_WORDS


_CREDIT_SEPARATOR = re.compile(r"\s*(?:[,،;|/]|\s[-–—]\s)\s*")
"""What parts a report's credits on one line: a comma, a semicolon, a bar, a slash, a spaced dash."""


@cache
def _credit_roles() -> frozenset[str]:
    """Keys of the roles of a report's credit line (:data:`lexicon.CREDIT_ROLES` and the author roles)."""
    return _byline_roles() | frozenset(key(w) for w in CREDIT_ROLES)


def _credit_line(text: str) -> bool:
    """A broadcaster's report credit: two or more "role: name" credits on one line, each role an
    author's or a crew member's (:data:`lexicon.CREDIT_ROLES`) and each name one to
    :data:`ROLE_NAME_WORDS` words, none in small letters ("Reporter: Ana Berisha, Kameraman: Ilir
    Muça", "تقرير: خالد عبد الله - تصوير: حسام ناصر"). A byline however many words: a headline's
    colon ("Report: UN warns of famine, Video: ...") is followed by a sentence, not by names."""
    parts = _CREDIT_SEPARATOR.split(text.strip())
    if len(parts) < 2:
        return False
    for part in parts:
        m = _ROLE_LINE.match(part)
        name = m.group(2).split() if m else []
        if not m or key(m.group(1)) not in _credit_roles() or not 1 <= len(name) <= ROLE_NAME_WORDS or any(map(_lower_initial, name)):
            return False
    return True


def _opens_byline(tokens: list[str]) -> bool:
    """The line opens with a :data:`lexicon.BYLINE_PREFIXES` word or pair of words ("By", "بقلم",
    "Written by", "Shkruar nga") and a name after it (:func:`_names_after`); after a pair, a name
    only, no word of it in small letters ("Written by Ana Smith", not the headline "Written by Women
    festival returns to Prishtina" nor "Shkruar nga Kadare, lexuar nga të rinjtë")."""
    prefixes = _folded_bylines()[0]
    if len(tokens) > 2 and fold(f"{tokens[0]} {tokens[1]}") in prefixes and _names_after(tokens[1:]):
        return not any(_lower_initial(t) for t in tokens[2:])
    return bool(tokens) and fold(tokens[0]) in prefixes and _names_after(tokens)


def _names_after(tokens: list[str]) -> bool:
    """True when the words after a byline's opening word ("By", "Nga", "بقلم") can be a name: no
    digits, and in a cased script a capital first letter. "nga marrëveshja prej 11 milionë" (the
    lower half of a headline: "from the deal of 11 million") names no one."""
    rest = tokens[1:]
    if not rest or any(c.isdigit() for t in rest for c in t):
        return False
    return not _lower_initial(rest[0])


def _lower_initial(token: str) -> bool:
    """A word of a cased script starting with a small letter (never a name's first word); uncased
    scripts (Arabic) and digits are not."""
    head = token[:1]
    return head.isalpha() and head.lower() != head.upper() and head.islower()


def _is_dateish(text: str) -> bool:
    """A line that is a date or a time stamp (and maybe a weekday, a site name, a user name): no
    sentence around it. Stamps are dates, relative times ("3 hours ago", "منذ ساعتين", "2 orë më
    parë") and clock times on a line of their own or with at most three other words ("14:35 GMT",
    "Updated 14:35"), not a clock time opening a headline (a ticker item). A blogging platform's
    reading time ("5 min read", "3 min lexim", "5 دقائق قراءة") beside the author and the date
    goes with them ("Name Sep 28, 2018 • 4 min read": :func:`_without_read_time`); alone, under a
    card's headline in a list of posts, it dates nothing."""
    text = _without_read_time(text)
    rest = text
    for d in reversed(find_dates(text)):
        rest = rest[: d.start] + " " + rest[d.end :]
    folded = fold(ascii_digits(rest))
    hijri = _hijri_date().sub(" ", folded)
    if hijri != folded:  # a Hijri date, alone or beside the Gregorian one: its era marks go too
        folded = _ERA_MARK.sub(" ", hijri)
        rest = folded
    stripped = _relative_time().sub(" ", folded)
    if rest != text:
        rest = _TIME.sub(" ", stripped)
        if len(words(rest)) <= 5 and _ending(rest) != "strong":
            return True
        return _meta_parts(text) or _details_line(text) or _run_meta(text) or _byline_run_meta(text)  # "Posted by Name Surname | 28 September, 2018 | 4 Comments"
    if stripped != folded:  # a relative time: with a name or a verb at most ("Besi · 2 orë më parë")
        rest = _TIME.sub(" ", stripped)
        return len(words(rest)) <= RELATIVE_REST and _ending(rest) != "strong"
    if _meta_parts(text):
        return True
    digits = ascii_digits(text)
    clock = list(_TIME.finditer(digits))
    if not clock:
        return False
    rest = _TIME.sub(" ", digits)
    n = len(words(rest))
    opening = clock[0].start() <= 2
    return n == 0 or (n <= 3 and not opening and _ending(rest) != "strong") or _post_signature(rest)


def _without_read_time(text: str) -> str:
    """``text`` without the post's reading time (:data:`metadata.READ_TIME`) that ends it and the
    separator before it ("Name Sep 28, 2018 • 4 min read" -> "Name Sep 28, 2018"); a sentence, or
    a line that goes on after the reading time (a thread's counts and links), keeps it."""
    if _ending(text) == "strong":
        return text
    return _READ_TIME_END.sub("", text).strip()


RUN_META_NAME_WORDS = 4
"""Most words of the author's name left on a post's meta line run together (:func:`_run_meta`)."""

_DATE_SLOT = "xdateslotx"
"""What :func:`_run_meta` puts for each date on the line (letters only, unchanged by folding)."""


@cache
def _run_meta_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """On folded text: a date's label right before its slot ("last updated:", "اخر تحديث:",
    "publikuar:"), and a comment count (:data:`lexicon.COMMENT_COUNT_WORDS`: "6 comments", "3 تعليق")."""
    cues = "|".join(sorted({re.escape(fold(c)) for c in (*PUBLISHED_CUES, *UPDATED_CUES)}, key=len, reverse=True))
    counts = "|".join(sorted({re.escape(fold(w)) for w in COMMENT_COUNT_WORDS}, key=len, reverse=True))
    return (
        re.compile(rf"(?<!\w)(?:{cues})\s*:?\s*(?={_DATE_SLOT})"),
        re.compile(rf"(?<!\w)\d[\d,.]*\s+(?:{counts})(?!\w)"),
    )


def _run_meta(text: str) -> bool:
    """A blog theme's post meta run together on one line, as a dump of its spans keeps it: the
    author's name, the date, maybe a labelled later date, the comment count (and the reading time
    that :func:`_without_read_time` took off): "Ana Berisha October 1, 2018 Last Updated: October 4,
    2018 6 Comments 1 minutes read" (TieLabs' Jannah and other WordPress news themes), "خالد عبد الله
    29 سبتمبر 2018 آخر تحديث: 2 أكتوبر 2018 3 تعليق". The comment count marks it; with the dates,
    their labels and the count out, at most :data:`RUN_META_NAME_WORDS` words are left (the name),
    all of them before the first date, no sentence's end."""
    dates = find_dates(text)
    if not dates:
        return False
    slotted = text
    for d in reversed(dates):
        slotted = f"{slotted[: d.start]} {_DATE_SLOT} {slotted[d.end :]}"
    label, count = _run_meta_parts()
    folded = fold(ascii_digits(slotted))
    if _meta_with_category(text, folded):
        return True
    if not count.search(folded):
        return False  # (no comment count: a byline and a labelled date is judged by the tests above)
    name, _, after = _TIME.sub(" ", count.sub(" ", label.sub(" ", folded))).partition(_DATE_SLOT)
    if words(after.replace(_DATE_SLOT, " ")):
        return False  # (a word after the date that is no label: a line of text, "Consultation closed 1 October 2018 with 4,500 comments")
    left = words(name)
    return 0 < len(left) <= RUN_META_NAME_WORDS and _ending(text) != "strong" and not any(t.isdigit() for t in left)


META_CATEGORY_WORDS = 3
"""Most words of the category between the date and the comment link on a post's meta line."""


@cache
def _meta_tail() -> re.Pattern[str]:
    """On folded text, what follows the date on a post's meta line in WordPress news themes (TieLabs'
    Sahifa and its like): the category, then the comment link (:data:`lexicon.COMMENT_LINKS`,
    :data:`lexicon.ONE_COMMENT`) or the comment count and the views count ("3 Comments 4,957 Views",
    "أضف تعليقاً 4,957 مشاهدة"), ending the line; a count alone is no tail (a sentence's "... 2018 with
    4,500 comments")."""
    counts = "|".join(sorted({re.escape(fold(w)) for w in COMMENT_COUNT_WORDS}, key=len, reverse=True))
    links = "|".join(sorted({re.escape(fold(w)) for w in (*COMMENT_LINKS, *ONE_COMMENT)}, key=len, reverse=True))
    views = rf"\d[\d,.]*\s+(?:{'|'.join(sorted({re.escape(fold(w)) for w in REACTION_WORDS}, key=len, reverse=True))})"
    return re.compile(
        rf"^\s*(?:[^\W\d_]+\s+){{0,{META_CATEGORY_WORDS}}}"
        rf"(?:(?:{links})(?:\s+{views})?|\d[\d,.]*\s+(?:{counts})\s+{views})\s*$"
    )


def _meta_with_category(text: str, folded: str) -> bool:
    """``text`` is a post's meta line run together with the category after its date (``folded``: its
    folded text with the dates slotted): "Ana Berisha September 29, 2018 Bota Leave a comment 5,713
    Views", "ليلى حداد 1 أكتوبر، 2018 عربي ودولي 3 تعليقات 4,957 مشاهدة" (:func:`_meta_tail`); before
    the date at most :data:`RUN_META_NAME_WORDS` words (the author's name), one date, no sentence's end."""
    name, slot, after = folded.partition(_DATE_SLOT)
    if not slot or _DATE_SLOT in after or not _meta_tail().match(after) or _ending(text) == "strong":
        return False
    left = words(name)
    return len(left) <= RUN_META_NAME_WORDS and not any(t.isdigit() for t in left)


def _byline_run_meta(text: str) -> bool:
    """A theme's post meta run together on one line as a byline: the byline's opening word and the
    name (:func:`_opens_byline`, at most :data:`RUN_META_NAME_WORDS` words), the word before the
    date (:data:`lexicon.BYLINE_DATE_WORDS`), the date, and maybe a labelled later date and nothing
    else: BetterStudio's Publisher "By Ana Berisha On Sep 28, 2018 Last updated Oct 2, 2018",
    "بواسطة ريم منصور في أكتوبر 1, 2018 آخر تحديث أكتوبر 3, 2018". A sentence holding a date
    ("By Monday on October 1, 2018 the vote was over") has words after it or a sentence's end."""
    dates = find_dates(text)
    if not dates or _ending(text) == "strong":
        return False
    head = text[: dates[0].start].split()
    if len(head) < 3 or fold(head[-1]) not in _byline_date_words() or not _opens_byline(head[:-1]):
        return False
    if len(head) - 2 > RUN_META_NAME_WORDS:
        return False
    tail = text[dates[0].start :]
    for d in reversed(dates):
        tail = f"{tail[: d.start - dates[0].start]} {_DATE_SLOT} {tail[d.end - dates[0].start :]}"
    label = _run_meta_parts()[0]
    return not words(label.sub(" ", fold(ascii_digits(tail))).replace(_DATE_SLOT, " "))


@cache
def _byline_date_words() -> frozenset[str]:
    """Folded :data:`lexicon.BYLINE_DATE_WORDS`."""
    return frozenset(fold(w) for w in BYLINE_DATE_WORDS)


_READ_TIME_END = re.compile(r"(?:\s*[•·|–—-]\s*)?" + READ_TIME.pattern + r"\s*$", READ_TIME.flags)
"""A reading time ending a line, with the separator before it."""


POST_SIGNATURE_WORDS = 8
"""Most words of a post's signature once its time is gone ("Posted by <name> at")."""


def _post_signature(rest: str) -> bool:
    """A blog post's signature with its clock time taken out: "Posted by <name> at" (Blogger's
    "Posted by X at 2:14 PM", its Arabic UI's "مرسلة بواسطة X في 2:14 م", "Postuar nga X në 14:02"):
    a poster cue (:data:`lexicon.POSTED_BY`) opening a short line, no sentence."""
    k = key(rest)
    return len(k.split()) <= POST_SIGNATURE_WORDS and _ending(rest) != "strong" and k.startswith(_posted_by())


SIGNATURE_GAP = 2
"""Most line numbers from a sentence to the signature-shaped line next to it (one blank line between)."""


def _signatures_in_prose(lines: list[Line]) -> list[Line]:
    """A line shaped like a blog post's signature ("Posted by an anonymous user at 11:52 PM") set
    between two sentences of the article (a blank line at most on either side): the article's own subheading or
    sentence, not a stamp (a signature closes a post: comments, labels or the next post's headline
    follow it). It is no date line (:func:`_post_signature`) nor a CMS's "submitted" byline
    (:func:`submitted_line`) and gets its score back."""
    out = list(lines)
    for i in range(1, len(lines) - 1):
        line, above, below = lines[i], lines[i - 1], lines[i + 1]
        if (
            (line.dateish or line.byline) and key(line.text).startswith(_posted_by()) and above.prose and below.prose
            and line.number - above.last <= SIGNATURE_GAP and below.number - line.last <= SIGNATURE_GAP
        ):
            out[i] = replace(line, dateish=False, stamp=False, byline=False, score=line.score + (DATEISH_COST if line.dateish else 0))
    return out


BLOG_NAVBAR_BUTTONS = 2
"""Buttons of :data:`lexicon.BLOG_NAVBAR` a short line holds to be the bar ("Create blog posts ..." holds one)."""


@cache
def _blog_navbar() -> tuple[str, ...]:
    """Keys of :data:`lexicon.BLOG_NAVBAR`."""
    return tuple(key(p) for p in BLOG_NAVBAR)


ACCOUNT_BAR_BUTTONS = 2
"""Account buttons (:data:`lexicon.ACCOUNT_BUTTONS`) a line holds to be a network's bar ("Join now Sign in")."""


@cache
def _account_bar_keys() -> tuple[frozenset[str], frozenset[str], int]:
    """Keys of :data:`lexicon.ACCOUNT_BUTTONS`, those and the keys of :data:`lexicon.SOCIAL_PLATFORMS`, and the most words of one."""
    buttons = frozenset(key(p) for p in ACCOUNT_BUTTONS)
    either = buttons | {key(p) for p in SOCIAL_PLATFORMS}
    return buttons, either, max(len(k.split()) for k in either)


def _account_bar(k: str) -> bool:
    """``k`` (a line's key) is a social network's bar as a page copied logged out keeps it: account
    buttons run together, maybe after the network's name, and nothing else ("LinkedIn Join now
    Sign in", "Log In Sign Up", "LinkedIn انضم الآن تسجيل الدخول"). A headline holding a button's
    words ("Sign up now for the new register") has other words too."""
    buttons, either, most = _account_bar_keys()
    tokens = k.split()
    i = found = 0
    while i < len(tokens):
        n = next((n for n in range(min(most, len(tokens) - i), 0, -1) if " ".join(tokens[i : i + n]) in either), 0)
        if not n:
            return False
        found += " ".join(tokens[i : i + n]) in buttons
        i += n
    return found >= ACCOUNT_BAR_BUTTONS


@cache
def _posted_by() -> tuple[str, ...]:
    """Keys of :data:`lexicon.POSTED_BY`, each with the space after it."""
    return tuple(key(p) + " " for p in POSTED_BY)


DETAILS_FIELDS = 2
"""Fewest labelled fields of a run-together details line."""


@cache
def _details_label() -> re.Pattern[str]:
    """A field label of an article's details block and its colon (folded): published, category, updated, hits."""
    labels = sorted({fold(p) for p in (*PUBLISHED_CUES, *CATEGORY_CUES, *UPDATED_CUES, *HITS_LABELS)}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, labels))})\s*:")


def _details_line(text: str) -> bool:
    """A CMS article's details block run together on one line, a date among its fields: at least
    :data:`DETAILS_FIELDS` labelled fields and no full stop at its end (Joomla's "Written by X
    Category: World Published: Monday, 01 October 2018 14:30 Hits: 487"). The dump runs the fields
    together with spaces only: a label after a punctuation mark ("...; Category: observational
    study") is a writer's list in a sentence, not a field of the block."""
    folded = fold(text)
    fields = [m for m in _details_label().finditer(folded) if _RUN_TOGETHER.search(folded[: m.start()])]
    return _ending(text) != "strong" and len(fields) >= DETAILS_FIELDS


_RUN_TOGETHER = re.compile(r"(?:^|[\w]\s+)$")
"""The text before a field of a run-together details line ends: nothing, or a word (or number) and a space."""


_DATELINE_END = re.compile(r"\s[-–—]$")


def closes_dateline(text: str) -> bool:
    """True when ``text`` ends with the dash that closes a dateline on its own line ("TIRANË, 29
    shtator /AKL/ -", "عمان 29 أيلول (مدى) -"): no headline's lower half ends with one, so such a
    line is never joined to the headline above it."""
    return _DATELINE_END.search(text.rstrip()) is not None


def _meta_parts(text: str) -> bool:
    """A meta line of short parts between one separator, one of them a date or a time: "Written by
    X · Updated 14:35", "user · 3 hours ago", "Posted by X | 28 September, 2018 | 4 Comments"."""
    for sep in _MENU_SEPARATORS:
        parts = [part for part in text.split(sep) if part.strip()]
        if len(parts) >= 2 and len(parts) * 4 >= len(words(text)):
            stamped = [_is_dateish(part) for part in parts]
            if any(stamped) and all(ok or len(words(part)) <= 4 for ok, part in zip(stamped, parts)):
                return True
    return False


_ERA_MARK = re.compile(r"(?<!\w)(?:م|ه)(?!\w)")
"""The era marks of a date once folded ("2018 مـ", "1440 هـ"): letters standing alone after a year."""


@cache
def _hijri_date() -> re.Pattern[str]:
    """A Hijri date on folded text, "19 محرم 1440 هـ" (day, :data:`lexicon.HIJRI_MONTHS`, optional
    year and era mark): Arabic papers print it beside the Gregorian date on the edition and
    published lines; it is a date as much as that one, though it gives no ISO date."""
    months = "|".join(sorted({re.escape(fold(m)).replace(r"\ ", r"\s+") for m in HIJRI_MONTHS}, key=len, reverse=True))
    return re.compile(rf"(?<!\w)\d{{1,2}}\s+(?:{months})(?!\w)(?:\s+\d{{3,4}}(?!\d))?(?:\s*ه(?!\w))?")


@cache
def _relative_time() -> re.Pattern[str]:
    """Relative times on folded text: "3 hours ago", "منذ 3 ساعات", "قبل ساعة", "2 ore me pare",
    "para 2 ditesh", "yesterday" (:data:`lexicon.RELATIVE_TIME_UNITS` and ``..._WORDS``)."""
    units = "|".join(sorted({re.escape(fold(u)) for u in RELATIVE_TIME_UNITS}, key=len, reverse=True))
    plain = "|".join(sorted({re.escape(fold(u)) for u in RELATIVE_TIME_WORDS}, key=len, reverse=True))
    number = r"(?:\d+|an?|one|nje)\s+"
    return re.compile(
        rf"(?<!\w)(?:(?:{number})?(?:{units})\s+(?:ago|me\s+pare)"
        rf"|(?:منذ|قبل|para)\s+(?:{number[:-3]}\s+)?(?:{units})"
        rf"|{plain})(?!\w)"
    )


def _is_stamp(text: str) -> bool:
    """True when ``text`` holds nothing but dates, clock times and relative times."""
    rest = text
    for d in reversed(find_dates(text)):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = _TIME.sub(" ", _relative_time().sub(" ", fold(ascii_digits(rest))))
    return not words(rest)


WIDE_GAP = re.compile(r"\s{2,}|\t")
"""Two spaces or more, or a tab: what separates a menu's links once a page is dumped as text."""
GAP_MENU_ITEMS = 4
"""Items of a menu line without separator characters ("Home  News  Politics  Sport")."""


def _menu_line(text: str) -> bool:
    """Three or more short items (:data:`MENU_ITEM_WORDS`) between one separator: "News - Politics - Sport";
    or :data:`GAP_MENU_ITEMS` or more short unpunctuated items between wide gaps (a navigation bar
    dumped as one line, its links apart by two spaces or a tab: "Kryefaqja  Aktualitet  Sport  Bota").
    A sentence with a stray double space has long parts."""
    for sep in _MENU_SEPARATORS:
        parts = text.split(sep)
        if len(parts) >= 3 and all(0 < len(words(p)) <= MENU_ITEM_WORDS and _ending(p) == "none" for p in parts):
            return True
    parts = WIDE_GAP.split(text.strip())
    return len(parts) >= GAP_MENU_ITEMS and all(0 < len(words(p)) <= MENU_ITEM_WORDS and _ending(p) == "none" for p in parts)


TICKER_SEPARATOR = " • "
TICKER_ITEM_WORDS = 4
"""Fewest words of each headline on a ticker line (:func:`_ticker_line`): a byline's or a date's parts are shorter."""


def _ticker_line(text: str) -> bool:
    """A news ticker dumped as one line: the ticker's label (:data:`lexicon.TICKER_LABELS`) and two
    headlines or more run together between bullets ("Latest Headline one • Headline two", "آخر الأخبار
    ... • ...", "عاجل ... • ...", "E fundit ... • ..."), each of :data:`TICKER_ITEM_WORDS` words or more.
    A theme's "latest news" bar does that; a sentence never puts a bullet between its clauses. Like a
    line opening with a clock time, it is a ticker's (``timed``), never the headline nor a paragraph.
    Without the label the line is an article's own (a digest headline "Parliament passes the budget •
    Storm closes the port", a round's results "Tirana beat Vllaznia 2-1 • Partizani drew 0-0 ...")."""
    parts = text.split(TICKER_SEPARATOR)
    if len(parts) < 2 or not any(f"{key(parts[0])} ".startswith(f"{label} ") for label in _ticker_labels()):
        return False
    return all(len(words(part)) >= TICKER_ITEM_WORDS for part in parts)


TICKER_BLOCK_ITEMS = 6
"""Most headlines of a news ticker one a line under its label (:func:`_ticker_blocks`)."""
TICKER_HEADLINE_WORDS = 30
"""Most words of one of those headlines."""
TICKER_DOTTED_WORDS = 15
"""Most words of one of those headlines that ends in a full stop (a longer line is a sentence)."""


def _ticker_blocks(lines: list[Line]) -> list[Line]:
    """A news theme's ticker dumped one headline a line: its label alone on a line ("Breaking News",
    "أخبار عاجلة", "E fundit": :data:`lexicon.TICKER_LABELS`) over two to :data:`TICKER_BLOCK_ITEMS`
    headlines of :data:`TICKER_ITEM_WORDS` words or more (a full stop only on a short one), the block
    closed by a blank line and followed by more of the page's header (a breadcrumb, a section; no
    sentence: a post's "🔴 E FUNDIT" over its headline and lead goes on with its text; no date line
    or byline: a "Latest" kicker over the article's headline and standfirst is dated right under
    them; a breadcrumb is header, though it ends with a headline's full stop), no date, byline, marker, list or sentence among them and no two on one
    story (a "Breaking" kicker over the article's own headline and its byline or its lead is none). Those headlines are the ticker's (``timed``), never the page's headline or
    its text, though some end in a full stop ("Numri i viktimave nga cunami shkon mbi 800.")."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.end != "none" or key(line.text) not in _ticker_labels():
            continue
        block = []
        k = i + 1
        while k < len(lines) and lines[k].number == lines[k - 1].last + 1 and len(block) <= TICKER_BLOCK_ITEMS:
            block.append(k)
            k += 1
        closed = k == len(lines) or (lines[k].number > lines[k - 1].last + 1 and (not lines[k].prose or lines[k].crumb))
        dated = k < len(lines) and (lines[k].dateish or lines[k].byline)  # (the article's own date or byline under its kicked headline)
        if not closed or dated or not 2 <= len(block) <= TICKER_BLOCK_ITEMS:
            continue
        if all(
            TICKER_ITEM_WORDS <= lines[b].words <= (TICKER_HEADLINE_WORDS if lines[b].end == "none" else TICKER_DOTTED_WORDS)
            and lines[b].end != "weak" and lines[b].action is None
            and not (lines[b].dateish or lines[b].byline or lines[b].bullet or lines[b].numbered or lines[b].caption or lines[b].stamp)
            for b in block
        ) and not _one_story([lines[b].text for b in block]):
            for b in block:
                out[b] = replace(lines[b], timed=True, score=min(lines[b].score, 0.0) - 3.0)
    return out


STORY_STEM = 5
"""Letters of a word's stem (and fewest letters of the word) that :func:`_one_story` compares."""


def _one_story(texts: list[str]) -> bool:
    """True when two of ``texts`` share two words or more (by their first :data:`STORY_STEM`
    letters): a headline and its lead ("Çiklisti vdes pas përplasjes me makinën" / "Një çiklist ...
    është përplasur me një makinë"), not a ticker's headlines of different stories."""
    stems = [{w[:STORY_STEM] for w in key(text).split() if len(w) >= STORY_STEM} for text in texts]
    return any(len(a & b) >= 2 for n, a in enumerate(stems) for b in stems[n + 1 :])


@cache
def _ticker_labels() -> tuple[str, ...]:
    """Keys of :data:`lexicon.TICKER_LABELS`."""
    return tuple(key(label) for label in TICKER_LABELS)


DATEISH_COST = 3.0
"""What a date or stamp line loses of its prose score."""


def _score(n: int, stop: float, end: str, flags: dict[str, bool], action: str | None) -> float:
    if end == "none":
        s = -1.0 if n < 25 else 0.5  # a very long unpunctuated line is prose with a lost full stop
    else:
        s = (1.5 if end == "strong" else 0.5) + min(n, 40) / 10
        if n >= 5:
            s += 0.5 if stop >= 0.08 else -1.0
    if n < 4:
        s -= 1.0
    # Bullets cost only when unpunctuated: menus and link lists; list items in an article end in ; , .
    s -= 2.0 * (flags["bullet"] and end == "none") + 2.0 * flags["repeated"] + DATEISH_COST * flags["dateish"]
    s -= 2.0 * flags["crumb"] + 3.0 * flags["caption"] + 2.0 * flags["byline"] + 3.0 * flags["timed"]
    if action == "end":
        s -= 6.0
    elif action is not None:
        s -= 3.0
    return s


def _home_crumb(text: str) -> bool:
    """A breadcrumb of two parts opening with the home link: "Kreu / Showbiz", "الرئيسية / عربي ودولي"
    (:data:`lexicon.HOME_LABELS`; three parts or other separators are :data:`_CRUMB`'s). No agency's
    dateline ("Gaza/ Name/ Agency") and no headline ("Kosovo / Serbia talks") opens with the home link."""
    head, sep, rest = text.partition("/")
    return bool(sep and rest.strip()) and key(head) in _home_keys() and len(words(rest)) <= MENU_ITEM_WORDS


SPACED_CRUMB_WORDS = 4
"""Most words after the home link of a breadcrumb run together with single spaces (:func:`_spaced_crumb`)."""


def _spaced_crumb(text: str) -> bool:
    """A breadcrumb whose links a text dump ran together with single spaces: the home link
    (:data:`lexicon.HOME_LABELS`), the news section right after it (:data:`lexicon.NEWS_SECTION_WORDS`)
    and the article's section, two to :data:`SPACED_CRUMB_WORDS` words in all, no function word,
    digit or punctuation mark ("Home Lajme Sport", "الرئيسية أخبار فن ومشاهير", "Kreu Lajme
    Kronikë"). A headline opening with the word goes on with a name or a verb ("Home Secretary
    quits", "Kreu Kurti takon ambasadorët"), or with another section's name as a noun ("Home
    Health Aides Strike"), not the news section."""
    tokens = words(text)
    if not 3 <= len(tokens) <= SPACED_CRUMB_WORDS + 1 or key(tokens[0]) not in _home_keys() or _DIGIT_OR_MARK.search(text):
        return False
    return key(tokens[1]) in keys_of(NEWS_SECTION_WORDS) and _stop_ratio(" ".join(tokens[1:])) == 0


SPACED_MENU_WORDS = 5
"""Fewest words after the home link of a navigation bar run together with single spaces."""
SPACED_MENU_SECTIONS = 2
"""Fewest section names (:data:`lexicon.SECTION_NAMES`) among them."""


def _spaced_menu(text: str) -> bool:
    """A navigation bar whose links a text dump ran together with single spaces, opening with the
    home link: "الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة", "Kreu Lajme Politikë Ekonomi Kulturë
    Sport" (:data:`lexicon.HOME_LABELS`, at least :data:`SPACED_MENU_WORDS` more words, no function
    word, digit or punctuation mark, and at least :data:`SPACED_MENU_SECTIONS` of them section
    names; a small site's own pages and its "More" item, :data:`lexicon.SITE_PAGE_LINKS`, count
    with them beside one section name at least). A headline opening with the word has function words ("Kreu i qeverisë ...", "Home Office
    says ...") or, made of nouns, names no sections ("Home Secretary Priti Patel unveils tougher
    asylum rules", "Kreu Kurti takon ambasadorët europianë sot")."""
    tokens = words(text)
    if len(tokens) <= SPACED_MENU_WORDS or key(tokens[0]) not in _home_keys() or _DIGIT_OR_MARK.search(text):
        return False
    rest, pages = _site_page_pattern().subn(" ", f" {key(text)} ")  # ("Rreth nesh", "من نحن": links, not function words)
    sections = sum(t in _section_keys() for t in rest.split()[1:])
    return _stop_ratio(rest) == 0 and sections >= 1 and sections + pages >= SPACED_MENU_SECTIONS


def _blog_bar(text: str) -> bool:
    """A website builder's blog bar run together on one line: "All Posts" (:data:`lexicon.ALL_POSTS`)
    and the blog's categories, section names among them ("All Posts Showbiz Bota Ekonomi", "كل
    المنشورات سياسة عربي ودولي اقتصاد"), no function word, digit or punctuation mark. A sentence or a
    headline opening with the words ("All posts at the ministry were filled") has function words."""
    k = key(text)
    head = next((p for p in _all_posts_keys() if k.startswith(p + " ")), None)
    if head is None or _DIGIT_OR_MARK.search(text):
        return False
    rest = k[len(head):]
    return _stop_ratio(rest) == 0 and any(t in _section_keys() for t in rest.split())


@cache
def _all_posts_keys() -> tuple[str, ...]:
    return tuple(key(p) for p in ALL_POSTS)


@cache
def _site_page_pattern() -> re.Pattern[str]:
    """Whole-word :data:`lexicon.SITE_PAGE_LINKS` keys, longest first."""
    phrases = sorted({key(p) for p in SITE_PAGE_LINKS}, key=len, reverse=True)
    return re.compile(r"(?<= )(?:" + "|".join(re.escape(p) for p in phrases) + r")(?= )")


@cache
def _section_keys() -> frozenset[str]:
    return frozenset(key(p) for p in SECTION_NAMES)


_DIGIT_OR_MARK = re.compile(r"[^\w\s]|\d")


@cache
def _home_keys() -> frozenset[str]:
    return frozenset(key(p) for p in HOME_LABELS)


_LINK_REF = re.compile(r"\[\d{1,4}\]")
"""A text-mode browser's link number before a link's text ("[12]Politics", lynx -dump, w3m -dump)."""
_REFERENCE_ITEM = re.compile(r"^\s*\[?\d{1,4}[.\]]\s+(?:https?://|www\.|file:|mailto:)\S+\s*$", re.I)
"""An item of the list of link addresses a text-mode browser prints at the end ("  12. https://...")."""
REFERENCE_ITEMS = 5
"""Items of such a list that make a page a text-mode browser's dump."""


def without_link_numbers(raw: str) -> str:
    """``raw`` with the link numbers of a text-mode browser's dump taken out ("[12]Politics" →
    "Politics", "[14][Headline]" → "[Headline]", the picture's alt text), line for line; ``raw``
    itself unless it ends its dump with a list of at least :data:`REFERENCE_ITEMS` numbered link
    addresses (lynx's "References", w3m's): elsewhere "[1]" may be a footnote's mark."""
    rows = raw.split("\n")
    if sum(1 for row in rows if _REFERENCE_ITEM.match(row)) < REFERENCE_ITEMS:
        return raw
    return "\n".join(row if _REFERENCE_ITEM.match(row) else _LINK_REF.sub("", row) for row in rows)


_SPACER = re.compile("^[\\s\u2800\u3164\u115f\u1160\uffa0\u200b-\u200f\u2060\ufeff\u00ad]*$")
"""A line of invisible characters only: the Braille blank (U+2800) or the Hangul filler (U+3164) that
social network users type to keep an empty line in a caption (the networks drop truly blank lines),
zero-width and direction marks, a soft hyphen."""


DOT_SPACERS = 3
"""Fewest lines of a lone "." between two lines of text that make them a caption's paragraph
breaks (social network users type one to keep a blank line); a stray "." on an ordinary page is
left as it is."""


def _caption_dot_lines(rows: list[str]) -> set[int]:
    """Indices of the lone "." lines of ``rows`` that stand for a caption's blank lines: lines of
    a lone "." between two lines of text, at least :data:`DOT_SPACERS` of them, where at least half
    the lines of text beside them end a sentence. A caption's "." lines part paragraphs of prose;
    a poem's or a list's part lines that end no sentence (verse, items), which stay as they are."""
    dots = {i for i in range(1, len(rows) - 1) if rows[i].strip() == "." and rows[i - 1].strip() and rows[i + 1].strip()}
    if len(dots) < DOT_SPACERS:
        return set()
    beside = {j for i in dots for j in (i - 1, i + 1) if j not in dots}
    if 2 * sum(_ending(rows[j]) == "strong" for j in beside) < len(beside):
        return set()
    return dots


def without_spacer_lines(raw: str) -> str:
    """``raw`` with each line of invisible characters only (:data:`_SPACER`) made blank, line for
    line: the paragraph break its writer meant, not a line of text; so are lines of a lone "."
    between two lines of prose when the page has at least :data:`DOT_SPACERS` of them
    (:func:`_caption_dot_lines`)."""
    rows = raw.split("\n")
    dots = _caption_dot_lines(rows)
    if not dots and not any(row.strip() and _SPACER.match(row) for row in rows):
        return raw
    return "\n".join("" if _SPACER.match(row) or i in dots else row for i, row in enumerate(rows))


def units(raw: str) -> list[tuple[int, int, str, str]]:
    """Non-blank lines of ``raw`` as ``(first, last, first raw line, text)``, hard wraps joined.

    A page is hard-wrapped when no line is longer than :data:`WRAP_MAX` characters, the longest
    is at least :data:`WRAP_MIN` (terminal dumps, plain-text mail) and at least :data:`WRAP_BREAKS`
    lines break that way. There, a line that fills at least :data:`WRAP_FILL` of that width, does
    not end a sentence and is followed by a line of the same indentation continues into it; the
    unit's text is the stripped lines joined by single spaces. (A short page whose lines all fit
    the width, a blog post of one sentence, breaks once at most: between two long headlines of
    the cards under it, which are no wrapped line.) A page that breaks once is hard-wrapped when
    that break is a sentence's (:func:`_sentence_break`): a short item of one paragraph wrapped
    once in a plain-text mail, a wire's brief or a record's text.
    """
    rows = [(i, line, line.strip()) for i, line in enumerate(raw.split("\n"), 1)]
    width = max((len(text) for _, _, text in rows), default=0)
    breaks = [
        (text, following.strip())
        for (_, line, text), (_, following, _) in zip(rows, rows[1:])
        if text and following.strip() and _continues(line, text, following, width)
    ] if WRAP_MIN <= width <= WRAP_MAX else []
    wrapped = (len(breaks) >= WRAP_BREAKS and _wraps_prose(breaks)) or (len(breaks) == 1 and _sentence_break(*breaks[0], width))
    out: list[tuple[int, int, str, str]] = []
    prev: tuple[int, str, str] | None = None  # (line number, raw line, stripped) of the unit's last line
    for number, line, text in rows:
        if not text:
            prev = None
            continue
        if wrapped and prev is not None and out and _continues(prev[1], prev[2], line, width):
            first, _, head, joined = out[-1]
            out[-1] = (first, number, head, f"{joined} {text}")
        else:
            out.append((number, number, line, text))
        prev = (number, line, text)
    return out


def _sentence_break(text: str, following: str, width: int) -> bool:
    """True when a page's only break (``text`` over ``following``, a line that does not end a
    sentence over the next) is a sentence wrapped at the page's width. It is when it visibly
    breaks inside one: the line ends in a comma, a semicolon or a colon, or in a function word
    ("... do të mbyllet për" / "qarkullim ..."), or the line under it opens in lower case ("... for
    public" / "transport and ..."); or when the line under it ends the sentence and the width was
    set by another line (the wrapped sentence's longer rest, a line of the article). A headline
    that is itself the page's longest line sets the width it "fills" and is no wrap over the lead
    under it; two cards' headlines end in no full stop."""
    return _inside_sentence(text, following) or (_ending(following) == "strong" and len(text) < width)


def _inside_sentence(text: str, following: str) -> bool:
    """``text`` over ``following`` visibly breaks inside a sentence: the line ends in a comma, a
    semicolon or a colon, or in a function word, or the line under it opens in lower case."""
    tail = words(fold(text))[-1:]
    opening = _FIRST_LETTER.search(following)
    return (
        _ending(text) == "weak"
        or bool(tail and any(tail[0] in vocab for vocab in _folded_stopwords()))
        or (opening is not None and opening.group(0).islower())
    )


def _wraps_prose(breaks: list[tuple[str, str]]) -> bool:
    """True when the page's breaks (line over line, see :func:`units`) wrap prose: one visibly
    breaks inside a sentence (:func:`_inside_sentence`) or a wrapped run ends a sentence (the line
    under a break ends in a full stop). A hard-wrapped article's paragraphs end in full stops; an
    article page whose lines all fit the width (a short article of one sentence) breaks only
    between the long headlines of its lists (a ticker, related articles) and its footer lines,
    which end no sentence."""
    return any(_inside_sentence(text, following) or _ending(following) == "strong" for text, following in breaks)


_FIRST_LETTER = re.compile(r"[^\W\d_]")
"""The first letter of a line."""


def _continues(line: str, text: str, following: str, width: int) -> bool:
    indent = len(line) - len(line.lstrip())
    next_indent = len(following) - len(following.lstrip())
    if indent != next_indent or len(text) < WRAP_FILL * width or _ending(text) == "strong":
        return False
    return not (
        _BULLET.match(following) or _NUMBERED.match(following) or marker_family(following.strip())[0]
        or submitted_line(following.strip()) or _date_line(following.strip())
    )


def _date_line(text: str) -> bool:
    """A line that is a calendar date (and maybe a time) alone, "29/09/2018 20:59", "30 shtator
    2018": the date under a headline or over a mail's article, never the rest of a hard-wrapped
    line (a sentence wrapped before its date ends in its full stop)."""
    return bool(find_dates(text)) and _is_dateish(text) and len(words(_TIME.sub(" ", ascii_digits(text)))) <= DATE_LINE_WORDS


DATE_LINE_WORDS = 4
"""Most words of a date line (day, month, year and a weekday) once its time is gone."""


def submitted_line(text: str) -> bool:
    """A CMS's "submitted" line: an opening of :data:`lexicon.SUBMITTED_PREFIXES`, then the author
    and a date ("Submitted by Ana on Fri, 09/28/2018 - 14:03"). It stands under the node's title on
    a line of its own, a byline however long the user's name and the date: neither a headline
    filling a hard-wrapped page's width nor a title of two lines continues into it. The CMS prints
    it with a capital: a line opening in lower case ("submitted by the minister on 3 March 2025,
    would ...") is a hard-wrapped sentence's continuation, never a submitted line."""
    folded = fold(text)
    if len(words(text)) > SUBMITTED_WORDS or _ending(text) == "strong" or text.lstrip()[:1].islower():
        return False  # (a sentence: "Posted by the ministry on 28 September, the report says ...")
    return any(folded.startswith(fold(p) + " ") for p in SUBMITTED_PREFIXES) and bool(_is_dateish(text) or find_dates(text))


SUBMITTED_WORDS = 14
"""Most words of a "submitted" line (:func:`submitted_line`): the user's name, a weekday, the date and time."""


META_NAME_WORDS = 4
"""Most words of the author's name in a post's meta run together on one line (:func:`meta_line`)."""
META_SECTION_WORDS = 4
"""Most words after the date in such a line: "in" and the section ("in Kronikë", "في عربي ودولي")."""


def meta_line(text: str) -> bool:
    """A news theme's post meta run together on one line under the headline: a
    :data:`lexicon.BYLINE_PREFIXES` word, the author's name (one to :data:`META_NAME_WORDS` words,
    no digits, capitals in a cased script), the date, maybe the section ("by Mimoza Gashi October 1,
    2018 in Kronikë", "بواسطة سارة العلي 30 سبتمبر 2018 في عربي ودولي"). A byline however long: never
    the lower half of a headline (a headline's "by 2030" names no one)."""
    tokens = words(text)
    if not tokens or len(tokens) > SUBMITTED_WORDS or _ending(text) == "strong" or fold(tokens[0]) not in _folded_bylines()[0]:
        return False
    dates = find_dates(text)
    if len(dates) != 1:
        return False
    name = words(text[: dates[0].start])[1:]
    after = words(text[dates[0].end :])
    return 1 <= len(name) <= META_NAME_WORDS and _names_after(["by", *name]) and not any(_lower_initial(t) for t in name) and len(after) <= META_SECTION_WORDS


RUN_ON_LETTERS = 20
"""A token of more letters than this is several words run together (text whose spaces were lost)."""
LETTERS_PER_WORD = 6


def word_count(tokens: list[str]) -> int:
    """How many words ``tokens`` hold: a run-on token of letters longer than :data:`RUN_ON_LETTERS`
    ("طلابجامعةهارفارديتلقون", words whose spaces were lost) counts one word per
    :data:`LETTERS_PER_WORD` letters, so that a headline or sentence typed that way is not taken
    for a two-word label."""
    return sum(len(t) // LETTERS_PER_WORD if len(t) > RUN_ON_LETTERS and _letters(t) else 1 for t in tokens)


def _letters(token: str) -> bool:
    """Only letters and combining marks (Arabic short vowels): no digits, no URL."""
    return all(c.isalpha() or unicodedata.category(c) == "Mn" for c in token)


def analyse(raw: str) -> tuple[Line, ...]:
    """Features and scores of every non-blank unit of ``raw`` (blank = empty after ``str.strip``)."""
    rows = units(raw)
    counts = Counter(r[3] for r in rows)
    out: list[Line] = []
    for pos, (number, last, line, text) in enumerate(rows):
        tokens = words(text)
        n = word_count(tokens)
        family, action = marker_family(text)
        if family == "caption" and pos + 1 < len(rows) and _wrapped_label_headline(text, [r[3] for r in rows[pos + 1 : pos + 4]]):
            family, action = None, None
        if family == "related" and _subheading_label(text, [r[3] for r in rows[pos + 1 : pos + 1 + LABEL_SENTENCES]]):
            family, action = None, None
        if family == "tags" and _tags_heading(text, [r[3] for r in rows[pos + 1 : pos + 1 + LABEL_SENTENCES]]):
            family, action = None, None
        if family in ("tags", "source") and _dated_headline_row(text, rows[pos + 1 : pos + 2], last):
            family, action = None, None
        if family == "source" and _credit_between_paragraphs(text, [r[3] for r in rows[pos + 1 : pos + 3]]):
            family, action = None, None
        end = _ending(text)
        lastword = fold(tokens[-1]) if tokens else ""
        flags = {
            "bullet": bool(_BULLET.match(line)),
            "repeated": counts[text] > 1,
            "dateish": _is_dateish(text),
            "crumb": bool(_CRUMB.search(text)) or _menu_line(text) or _category_line(text) or _home_crumb(text) or _spaced_menu(text) or _spaced_crumb(text) or _blog_bar(text),
            "timed": (bool(_TIMED.match(ascii_digits(text))) and not _is_dateish(text)) or _ticker_line(text),
            "caption": ((bool(_CAPTION_CREDIT.search(text)) or _agency_credit(text) or _hidden_label(text) == "picture") and end != "strong" and n <= 40)
            or (_BRACKETED.match(text) is not None and n <= 15),
            "byline": n <= 8 and end == "none" and (
                _opens_byline(tokens) or lastword in _folded_bylines()[1] or _role_byline(text)
                or _hidden_label(text) == "author"
            ) or submitted_line(text) or meta_line(text) or _credit_line(text),
        }
        stamp = n <= 6 and flags["dateish"] and _is_stamp(text) and not find_dates(text)
        stop = _stop_ratio(text)
        out.append(
            Line(
                number=number,
                last=last,
                text=text,
                words=n,
                stop_ratio=stop,
                end=end,
                numbered=bool(_NUMBERED.match(line)),
                family=family,
                action=action,
                score=_score(n, stop, end, flags, action),
                stamp=stamp,
                **flags,
            )
        )
    return tuple(_topic_rows(_ticker_blocks(_short_runs(_embeds(_post_pages(_social_boxes(_share_rows(_widget_prompts(_follow_lines(_role_lines(_meta_counts(_dated_pairs(_site_datelines(_skip_boxes(_consent_banners(_consent_dialogs(_data_boxes(_article_tools(_chrome_lines(_signatures_in_prose(out)))))))))))))))))))))


TOPIC_CHIPS = 8
"""Most chips one a line under a topics label (:func:`_topic_rows`)."""


def _topic_rows(lines: list[Line]) -> list[Line]:
    """The label over an article's topic chips (:data:`lexicon.TOPIC_LABELS`) and the chips, right
    over the share buttons that follow them, as a big outlet's own front end prints them at the
    article's end: run together on one line ("Topics Politics World Brexit" / "Copy link Share",
    "مواضيع سياسة العالم" / "نسخ الرابط مشاركة", "Temat Bota Rajoni" / "Kopjo linkun Shpërndaje"),
    or the label alone with at most :data:`TOPIC_CHIPS` chips of one to three words one a line
    under it. They are of family ``tags``, where the article ends. A headline or a subheading
    opening with the same word, or a box of other stories under "مواضيع" alone, has no share row
    under it."""
    labels = sorted({key(p) for p in TOPIC_LABELS}, key=len, reverse=True)
    out = list(lines)
    for i, line in enumerate(lines[:-1]):
        k = key(line.text)
        if line.family not in (None, "tags") or line.end == "strong" or line.words > MARKER_MAX_WORDS or any(c.isdigit() for c in line.text):
            continue
        j = i + 1
        if k in labels:  # (the label alone: its chips one a line under it)
            while (
                j < len(lines) and j - i <= TOPIC_CHIPS and lines[j].number == lines[j - 1].last + 1
                and lines[j].family is None and lines[j].end == "none" and lines[j].words <= 3
            ):
                j += 1
        elif not any(k.startswith(f"{label} ") for label in labels):
            continue
        if j < len(lines) and lines[j].family == "share" and lines[j].number == lines[j - 1].last + 1:
            for m in range(i, j):
                out[m] = replace(lines[m], family="tags", action="end", score=min(lines[m].score, 0.0) - 6.0)
    return out


_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
"""A web address alone: the page's own address printed at a page break or under the article."""
_URL_ITEM = re.compile(r"^(?:\[\d{1,2}\]|\d{1,2}[.)])\s*(?:https?://|www\.)\S+$", re.I)
"""An item of a printed page's list of the links in the text: "[1] https://..."."""
_LABELLED_URL = re.compile(r"^[^\W\d_][^:]{0,40}:\s*(?:https?://|www\.)\S+$", re.I)
"""A label and an address: "Article address: https://...", "رابط المقال: https://..."."""
_PAGE_NUMBER = re.compile(r"^(?P<n>\d{1,2})\s*/\s*(?P<m>\d{1,2})$")
"""A page or picture counter, "1/2", "3/12"."""
LINK_LABEL_WORDS = 6
"""Most words of the label heading a list of addresses ("Links in this article:")."""
_INITIALS = re.compile(r"^[/(]?[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})*[/)]?$")
"""An editor's initials as agencies sign their wires: "/g.r/", "(sh.m)", "ع م"."""
_SLASHED = re.compile(r"^[^\W\d_][^/\d]{0,40}(?:\s*/\s*[^\W\d_][^/\d]{0,40}){1,2}$")
"""An agency dateline, "Place/ Author/ Agency" or "Place/ Agency": two or three slash-separated names."""
DATELINE_PART_WORDS = 3
_PHONE = re.compile(r"(?<![\d.,:/])(?:\+\d{1,3}(?:[ -]?\d{2,4}){2,4}|\d{7,12})(?![\d.,:/])")
"""A telephone number: seven to twelve digits in a row ("0795788772", "8001247777"), or an
international one in groups ("+383 44 123 456")."""
CONTACT_WORDS = 12
"""Most words of a contact line (a call-in, hotline or messaging number with its label)."""
_JUMP = re.compile(
    r"^\W{0,2}(?:continued (?:from|on) page|cont(?:inued)? from p|(?:vijim|vijon|vazhdim) nga faqja|(?:vijon|vazhdon) ne faqen"
    r"|(?:ال)?تتمه(?: المنشور| الموضوع)?(?: في)? (?:ص|صفحه|الصفحه)|يتبع في (?:ص|صفحه|الصفحه))\W{0,2}\d{1,3}\b"
)
"""A printed paper's jump line, matched on the folded text (ة as ه): "Continued from page 18: Headline...", "Vijim nga
faqja 15: ...", "تتمة المنشور ص 18: ..."."""


_MARKET_QUOTE = re.compile(r"\d[\d.,]*\s*[^\w\s]{0,2}\s*(?:[▲▼△▽↑↓⬆⬇]\s*[+\-−]?|[+\-−])\s*\d[\d.,]*\s*%")
"""A market quote: a price (a currency sign after it or not), an arrow or a sign, and the change in
per cent ("Brent 84.98 $ ▼ 1.80%", "تاسي 8031.88 ▲ 1.22%", "Dow 26,458.31 -0.07%")."""
_UNIT_PRICE = re.compile(r"\d[\d.,]*\s*(?:[^\W\d_]+|[$€£])\s*/\s*[^\W\d_]+")
"""A price per unit: "Nafta 183 lekë/litër", "Gold 1,190 $/oz", "بنزين 91: 2.18 ريال/لتر"."""
_TEMPERATURE = re.compile(r"-?\d{1,2}\s?°\s?[CF]?(?![\w°])")
"""A temperature: "Tiranë 27° Vranët", "Dubai 38 °C"."""
_RATE = re.compile(r"(?<![\d.,])[+\-−]?\d[\d.,]*\s?%\s*$")
"""A rate closing an indicator's row: "Inflacioni vjetor 2,3 %", "Euribor 3M -0,37 %"."""
DATA_WORDS = 8
"""Most words a line may hold for each value on it (a name of up to four words, a price and its
change as digits): a row of a quotes box, or a markets strip of several quotes (a sentence
reporting a change has more words, and its full stop)."""
SINGLE_FAMILIES = frozenset({"caption", "address", "counter", "initials", "dateline", "author_note", "contact", "jump", "embed", "tools"})
"""Families of lines that stand alone, one here and one there in an article (captions, addresses,
page counters, initials, datelines, social embeds and video players): two of them never frame a
box (:func:`clean._widget_boxes`)."""


_SHARE_INTENT = re.compile(r"^(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*:\s*\S.*\s(?:via|عبر|nëpërmjet|përmes)\s+@[\w.-]+$", re.I)
"""A share button's text as a page dump keeps it: "Share: <headline> via @outlet", "شارك: ... عبر @..."."""
_CONSENT = re.compile(r"\b(?:consent|pelqim\w*|\w*موافق\w*)")
_PERSONAL_DATA = re.compile(r"personal data|te dhenat|بيانات")
CONSENT_LINES = 12
"""Most lines of a consent dialog from its question to its buttons."""


SKIP_BOXES: tuple[tuple[str, str, str], ...] = (
    ("skip", "and continue reading", "end of"),
    ("kalo", "dhe vazhdo leximin", "fundi i"),
    ("تخطى", "وواصل القراءة", "نهاية"),
    ("تخطى", "وتابع القراءة", "نهاية"),
)
"""(opening word, closing words, end label) of the labels a page gives screen readers around a box
set inside or after the article: "Skip <box> and continue reading" ... "End of <box>"."""
SKIP_BOX_LINES = 25
"""Most lines between a box's "Skip" label and its "End of" label."""


@cache
def _skip_box_labels() -> tuple[tuple[str, str, str], ...]:
    return tuple((fold(a), fold(b), fold(c)) for a, b, c in SKIP_BOXES)


def _skip_boxes(lines: list[Line]) -> list[Line]:
    """A box between "Skip <name> and continue reading" and "End of <name>" (:data:`SKIP_BOXES`,
    on the folded text; in Arabic the end label may follow the name) is chrome, its labels too:
    recommended stories, a podcast promo, "most read" inside or after the article, which goes on
    under it."""
    out = list(lines)
    for i, line in enumerate(lines):
        folded = fold(line.text).strip()
        for opening, closing, end in _skip_box_labels():
            if not (folded.startswith(opening + " ") and folded.endswith(" " + closing)):
                continue
            name = folded[len(opening) : -len(closing)].strip()
            ends = (f"{end} {name}", f"{name} {end}")
            close = next((k for k in range(i + 1, min(len(lines), i + 1 + SKIP_BOX_LINES)) if fold(lines[k].text).strip() in ends), None)
            if name and close is not None:
                for k in range(i, close + 1):
                    out[k] = _chrome(lines[k], "box")
            break
    return out


def _consent_dialogs(lines: list[Line]) -> list[Line]:
    """A consent dialog dumped with the page ("example.com asks for your consent to use your
    personal data for:", its purposes, "Learn more", the notice on how data is processed, the
    buttons): from the line that asks for consent to use personal data (ending in a colon or a
    question mark; matched on the folded text: a consent word and personal data, in English,
    Albanian or Arabic; an article's sentence on data protection asks nothing) to the end of its block (the
    next blank line, at most :data:`CONSENT_LINES` lines), chrome. Its notice is a real sentence
    that would otherwise read as a short article's text."""
    out = list(lines)
    i = 0
    while i < len(lines):
        folded = fold(lines[i].text)
        asks = lines[i].text.rstrip().endswith((":", "?", "؟")) and lines[i].words <= MARKER_MAX_WORDS * 3
        if not (asks and _CONSENT.search(folded) and _PERSONAL_DATA.search(folded)):
            i += 1
            continue
        j = i
        while j < len(lines) and j - i < CONSENT_LINES and (j == i or lines[j].number <= lines[j - 1].last + 1):
            out[j] = _chrome(lines[j], "consent")
            j += 1
        i = j
    return out


CONSENT_NOTICE_WORDS = 90
"""Most words of the notice of a consent manager's banner (longer than a site's one-line cookie
notice, :data:`COOKIE_NOTICE_WORDS`: the banner's buttons vouch for it)."""
CONSENT_HEADING_WORDS = 8
"""Most words of the heading over a consent banner's notice ("We value your privacy")."""
CONSENT_HEADING_LINES = 2
"""Most lines of a consent banner's heading ("Privacy" over "We value your privacy")."""
CONSENT_CHOICES = 2
"""Buttons a consent banner offers at the least (accept, and settings or reject: a choice)."""


@cache
def _consent_button_labels() -> re.Pattern[str]:
    """Any key of :data:`lexicon.CONSENT_BUTTONS` as whole words, longest first (a row is taken apart greedily)."""
    labels = sorted({key(p) for p in CONSENT_BUTTONS}, key=len, reverse=True)
    return re.compile(rf"(?<!\S)(?:{'|'.join(map(re.escape, labels))})(?!\S)")


def _consent_buttons(line: Line) -> bool:
    """A row of a consent banner's buttons: the line's key made only of :data:`lexicon.CONSENT_BUTTONS`,
    unquoted (an article quoting a button's name sets it in quotation marks: «قبول الكل»)."""
    k = key(line.text)
    return (
        bool(k) and line.words <= MARKER_MAX_WORDS and not _consent_button_labels().sub(" ", k).strip()
        and not any(q in line.text for q in QUOTE_MARKS)
    )


def _names_cookies(line: Line) -> bool:
    """The line names browser cookies (:data:`lexicon.COOKIE_WORDS`) and quotes nobody."""
    padded = f" {key(line.text)} "
    return any(f" {w} " in padded for w in _cookie_keys()[0]) and not any(q in line.text for q in QUOTE_MARKS)


def _privacy_heading(line: Line) -> bool:
    """A consent banner's heading: short, no sentence, naming privacy, cookies or consent (:data:`lexicon.PRIVACY_STEMS`)."""
    return line.words <= CONSENT_HEADING_WORDS and line.end != "strong" and any(t.startswith(_privacy_stems()) for t in key(line.text).split())


@cache
def _privacy_stems() -> tuple[str, ...]:
    """Folded :data:`lexicon.PRIVACY_STEMS`."""
    return tuple(fold(p) for p in PRIVACY_STEMS)


def _in_block(lines: list[Line], i: int) -> bool:
    """Line ``i`` exists and runs on into the next line with no blank line between (one block)."""
    return 0 <= i < len(lines) - 1 and lines[i + 1].number <= lines[i].last + 1


def _consent_banners(lines: list[Line]) -> list[Line]:
    """A consent manager's cookie banner dumped with the page, at its top or its bottom (OneTrust,
    Didomi, Quantcast, Cookiebot: "We value your privacy" / "We and our partners use cookies and similar
    technologies to store and access information on your device ..." / "Cookie Settings" / "Accept
    All Cookies"): a notice naming cookies (at most :data:`CONSENT_NOTICE_WORDS` words, quoting
    nobody) with rows of consent buttons right under it in its block (no blank line between; short
    unpunctuated labels such as a banner's purposes may sit between the rows, not a line announcing
    a list, "Look for these buttons:") offering a choice (at least :data:`CONSENT_CHOICES` buttons,
    none quoted), the block ending there (no sentence right under the last row), and above it in its
    block the notice's earlier paragraphs (sentences naming cookies: a preference center's) and the
    heading that names privacy, cookies or consent. A banner without a heading is its notice and its
    buttons alone, the notice in the site's voice (:func:`_cookie_notice`: "We use cookies ...").
    All of it is chrome of family ``consent``: its notice is a real sentence that would otherwise
    read as a short article's text, its heading as the headline. An article's sentence on cookies
    has no button row under it, and its list of buttons or a reader poll under it ("Should websites
    ask before they place cookies?" / "Agree" / "Disagree") no heading over it."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.words > CONSENT_NOTICE_WORDS or not _names_cookies(line) or _consent_buttons(line):
            continue
        end, buttons = None, 0
        j = i + 1
        while _in_block(lines, j - 1) and j - i <= CONSENT_LINES:
            if _consent_buttons(lines[j]):
                end, buttons = j, buttons + len(_consent_button_labels().findall(key(lines[j].text)))
            elif lines[j].end != "none" or lines[j].words > CONSENT_HEADING_WORDS:
                break  # (a sentence, or a line announcing a list, "Look for these buttons:": an article's)
            j += 1
        if end is None or buttons < CONSENT_CHOICES or (_in_block(lines, end) and lines[end + 1].prose):
            continue  # (a subheading "Reject all" over the next paragraph of an article on cookies is no button)
        start = i  # up over the notice's earlier paragraphs (sentences naming cookies), then its heading
        while _in_block(lines, start - 1) and i - start < CONSENT_LINES and lines[start - 1].end == "strong" and (
            lines[start - 1].words <= CONSENT_NOTICE_WORDS and _names_cookies(lines[start - 1])
        ):
            start -= 1
        top = start
        while _in_block(lines, start - 1) and top - start < CONSENT_HEADING_LINES and _privacy_heading(lines[start - 1]):
            start -= 1
        if start == top:  # no heading: the notice alone, and in the site's voice ("We use cookies ...", "This site ...")
            if not _cookie_notice(key(line.text)):
                continue  # (a reader poll under an article on cookies: "Should websites ask ...?" / "Agree" / "Disagree")
            start = i
        for k in range(start, end + 1):
            out[k] = _chrome(lines[k], "consent")
    return out


def _chrome(line: Line, family: str) -> Line:
    return replace(line, family=family, action="skip", score=min(line.score, 0.0) - 3.0)


def _chrome_lines(lines: list[Line]) -> list[Line]:
    """Lines a printed, syndicated or agency page adds around and inside the article, each a kind
    of its own: a web address alone or after a label or a list number (the page's address at a
    page break or under the text, a list of the links in the text), the label heading such a list,
    a page or picture counter ("1/2"), a printed paper's jump line ("Continued from page 18:
    Headline...", :data:`_JUMP`), an unpunctuated contact line holding a telephone number (a
    station's call-in line, a hotline: :data:`_PHONE`), an editor's initials ("/g.r/ /sh.m/"), an author's footnote
    ("* Name, writer and journalist", :func:`_author_note`) and an agency
    dateline on a line of its own ("Gaza/ Ahmad Yousef/ Agency"). They are furniture the article
    neither ends at nor goes on through (families ``address``, ``counter``, ``jump``, ``contact``,
    ``initials`` and ``dateline``: :data:`SINGLE_FAMILIES`, skipped)."""
    out = list(lines)
    for i, line in enumerate(lines):
        text = line.text
        if line.action is not None:
            continue
        if _app_banner(lines, i):
            out[i] = _chrome(line, "chrome")  # "Read the news faster in the X app" over "Open the app"
            continue
        intent = _SHARE_INTENT.match(text)
        if intent and marker_family(intent["label"])[0] == "share":
            out[i] = _chrome(line, "share")  # "Share: Headline via @outlet" (a share button's text)
            continue
        tokens = text.split()
        page = _PAGE_NUMBER.match(text) or (PAGE_OF.search(ascii_digits(text)) if line.words <= LINK_LABEL_WORDS + 2 else None)
        if _URL.match(text) or _URL_ITEM.match(text) or _LABELLED_URL.match(text):
            out[i] = _chrome(line, "address")
        elif page and 1 <= int(page["n"]) <= int(page["m"]):
            out[i] = _chrome(line, "counter")
        elif (
            text.endswith(":") and line.words <= LINK_LABEL_WORDS and i + 1 < len(lines)
            and (_URL.match(lines[i + 1].text) or _URL_ITEM.match(lines[i + 1].text))
        ):
            out[i] = _chrome(line, "address")  # "Links in this article:" over the addresses
        elif (
            text.endswith(":") and line.words <= LINK_LABEL_WORDS and i + 1 < len(lines)
            and lines[i + 1].crumb and lines[i + 1].end == "none" and not lines[i + 1].dateish
        ):
            out[i] = _chrome(line, "address")  # "Also available in:" over a row of links
        elif 1 <= len(tokens) <= 6 and "/" in text and all(_INITIALS.match(t) for t in tokens) and sum(len(t.strip("/()")) for t in tokens) >= 2:
            out[i] = _chrome(line, "initials")
        elif _author_note(lines, i) or _author_box(lines, i) or (i >= 1 and _author_box(lines, i - 1)):
            out[i] = _chrome(line, "author_note")
        elif _JUMP.match(fold(text)) and line.words <= MARKER_MAX_WORDS:
            out[i] = _chrome(line, "jump")  # "Continued from page 18: Headline..."
        elif line.end == "none" and line.words <= CONTACT_WORDS and not line.dateish and _PHONE.search(text):
            out[i] = _chrome(line, "contact")  # "Call us on air: 0795788772 or on WhatsApp"
        elif line.end == "none" and _SLASHED.match(text) and " / " not in text and "/ " in text:
            parts = [p.strip() for p in text.split("/")]
            if all(1 <= len(words(p)) <= DATELINE_PART_WORDS for p in parts) and not line.crumb:
                out[i] = _chrome(line, "dateline")
    return out


ARTICLE_INDEX_LINES = 12
"""Most lines of a paginated article's index under its label."""
_STAR_ROW = re.compile(r"^1(?: 2(?: 3(?: 4(?: 5(?: 6(?: 7(?: 8(?: 9(?: 10)?)?)?)?)?)?)?)?)?$")
"""The numbers of a rating widget's stars ("1 2 3 4 5")."""


@cache
def _article_tool_labels() -> re.Pattern[str]:
    """Any key of :data:`lexicon.ARTICLE_TOOLS` as whole words, longest first (a row is taken apart greedily)."""
    labels = sorted({key(p) for p in ARTICLE_TOOLS}, key=len, reverse=True)
    return re.compile(rf"(?<!\S)(?:{'|'.join(map(re.escape, labels))})(?!\S)")


@cache
def _article_counter() -> re.Pattern[str]:
    """A :data:`lexicon.HITS_LABELS` counter or one of :data:`lexicon.ARTICLE_COUNTERS` as the whole (folded) line."""
    hits = rf"(?:{'|'.join(re.escape(fold(p)) for p in HITS_LABELS)})\s*:\s*\d[\d,.]*"
    return re.compile(rf"^(?:{'|'.join([hits, *(fold(p) for p in ARTICLE_COUNTERS)])})$")


@cache
def _rating_keys() -> frozenset[str]:
    return frozenset(key(p) for p in RATING_LABELS)


def _tool_row(k: str) -> bool:
    """The key ``k`` is made only of article tools' labels (:data:`lexicon.ARTICLE_TOOLS`)."""
    return bool(k) and not _article_tool_labels().sub(" ", k).strip()


_SIZE_BUTTONS = re.compile(r"(?<!\S)(?:[Aaأا][+\-−]|[+\-−][Aaأا])(?!\S)")
"""The text-size buttons of an article's tool row, the letter and its sign ("A+", "A-", "أ+", "أ-")."""


def _sized_tool_row(text: str) -> bool:
    """A news portal's tool row over or under the article, run together or a button a line: its
    text-size buttons ("A+ A-", "أ+ أ-"), tool labels (:data:`lexicon.ARTICLE_TOOLS`: "Text size",
    "حجم الخط", "Madhësia e tekstit", "Print") and the share button ("Share", "مشاركة",
    "Shpërndaje"): "Madhësia e tekstit A+ A- Printo Shpërndaje", "حجم الخط أ+ أ- طباعة مشاركة". At
    least one size button or tool label, nothing but such labels and share words (a sentence holds
    other words)."""
    rest = _SIZE_BUTTONS.sub(" ", text)
    k = key(rest)
    left = _article_tool_labels().sub(" ", k).split()
    if rest == text and len(left) == len(k.split()):
        return False  # (no size button, no tool label)
    return all(t in _marker_index().share_words for t in left)


@cache
def _listen_parts() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """Keys of :data:`lexicon.LISTEN_LABELS`; on a line's key, any of them or of the share buttons'
    phrases as whole words, longest first; on folded text with ASCII digits, a duration ("5 min",
    "4:30", "3 دقائق": :data:`lexicon.DURATION_UNITS`)."""
    listen = frozenset(key(p) for p in LISTEN_LABELS)
    labels = sorted(listen | {key(p) for p in MARKERS["share"][1]}, key=len, reverse=True)
    units = "|".join(sorted({re.escape(key(u)) for u in DURATION_UNITS}, key=len, reverse=True))
    return (
        listen,
        re.compile(rf"(?<!\S)(?:{'|'.join(map(re.escape, labels))})(?!\S)"),
        re.compile(rf"(?<!\w)\d{{1,3}}(?::\d{{2}})?\s*(?:{units})?(?!\w)"),
    )


def _listen_row(text: str) -> bool:
    """An article's audio button with its duration and the share buttons beside it, as a big
    outlet's own front end prints them under the byline ("Listen to this article 5 min Copy link
    Share", "استمع إلى المقال 3 دقائق نسخ الرابط مشاركة", "Dëgjo artikullin"): a listen label
    (:data:`lexicon.LISTEN_LABELS`) and nothing else but durations and share buttons' words."""
    listen, labels, duration = _listen_parts()
    k = key(duration.sub(" ", fold(ascii_digits(text))))
    return any(f" {p} " in f" {k} " for p in listen) and not labels.sub(" ", k).strip()


def _duration_line(text: str) -> bool:
    """A line that is only an audio player's duration ("4 min", "3 دقائق")."""
    folded = fold(ascii_digits(text)).strip()
    return any(c.isdigit() for c in folded) and not re.sub(r"[\W_]", "", _listen_parts()[2].sub(" ", folded))


def _rating_row(text: str) -> bool:
    """A rating widget's label or vote count, alone or run together with its stars' numbers
    ("Rate this item 1 2 3 4 5 (0 votes)"); "Rate this article and tell us ..." is none."""
    folded = fold(ascii_digits(text)).strip()
    votes = re.search(r"\([^()]*\)$", folded)
    if votes and _article_counter().match(votes.group()):
        folded = folded[: votes.start()].strip()
        if not folded:
            return True
    if key(folded) not in _rating_keys():
        return False
    stars = re.sub(r"^\D*", "", folded).strip()
    return not stars or bool(_STAR_ROW.match(stars))


def _article_tools(lines: list[Line]) -> list[Line]:
    """A CMS article's tools, counters and index around the headline (Joomla's core article and
    its K2 items, as a page dump keeps them), chrome of family ``tools`` the article neither ends at
    nor goes on through: a row of tool labels only (font size, print, e-mail, "Rate this item":
    :data:`lexicon.ARTICLE_TOOLS`), a rating widget's stars' numbers and vote count, a counter
    line ("Hits: 487", "Read 1234 times": :data:`lexicon.ARTICLE_COUNTERS`), and a paginated
    article's index (:data:`lexicon.ARTICLE_INDEX_LABELS`, the lines under it down to the next blank
    line, at most :data:`ARTICLE_INDEX_LINES`: the pages' titles, the first of them the article's
    headline again, which would otherwise stand nearer the text than the headline itself). A star
    row ("1 2 3 4 5") is the widget's only next to its label or vote count."""
    out = list(lines)
    index_labels = frozenset(key(p) for p in ARTICLE_INDEX_LABELS)
    counter = _article_counter()
    rated = [_rating_row(line.text) for line in lines]
    listened = [line.end != "strong" and line.words <= MARKER_MAX_WORDS and _listen_row(line.text) for line in lines]
    for i, line in enumerate(lines):
        if line.end == "strong" or line.words > MARKER_MAX_WORDS + 3:
            continue
        k = key(line.text)
        stars = _STAR_ROW.match(ascii_digits(line.text).strip()) is not None and any(rated[j] for j in (i - 1, i + 1) if 0 <= j < len(lines))
        sized = line.family is None and _sized_tool_row(line.text)
        heard = listened[i] or (i > 0 and listened[i - 1] and _duration_line(line.text))  # (the duration one line under the button)
        if ((_tool_row(k) or sized) and not _subheading(lines, i)) or counter.match(fold(ascii_digits(line.text)).strip()) or rated[i] or stars or heard:
            out[i] = _chrome(line, "tools")
        elif k in index_labels:
            for j in range(i, _index_end(lines, i) + 1):
                out[j] = _chrome(lines[j], "tools")
    return out


def _subheading(lines: list[Line], i: int) -> bool:
    """``lines[i]``, no marker of another family, stands right between two of the article's
    sentences (a full stop at the end of each): a subheading of the text ("البريد الإلكتروني" over a
    paragraph on e-mail scams), not a CMS article's tools, which stand over the text under the
    headline. (A share button's word there, "Print", stays a tool: chrome the article goes on
    through rather than a share row it ends at.)"""
    if lines[i].family is not None or not 0 < i < len(lines) - 1:
        return False
    before, after = lines[i - 1], lines[i + 1]
    return before.end == after.end == "strong" and before.last + 1 == lines[i].number and lines[i].last + 1 == after.number


def _index_end(lines: list[Line], i: int) -> int:
    """The last line of the paginated article's index whose label is ``lines[i]``: its last page
    link (:data:`lexicon.ARTICLE_INDEX_PAGES`: "Page 2", "All Pages") among the lines under the label
    down to the next blank line, at most :data:`ARTICLE_INDEX_LINES`; the label alone when none is
    (a table of contents' label over the article's own paragraphs: "محتويات المقال" on a site of
    another kind)."""
    pages = frozenset(key(p) for p in ARTICLE_INDEX_PAGES)
    end = j = i
    while j + 1 < len(lines) and j + 1 - i <= ARTICLE_INDEX_LINES and lines[j + 1].number <= lines[j].last + 1:
        j += 1
        if key(lines[j].text) in pages:
            end = j
    return end


def _data_boxes(lines: list[Line]) -> list[Line]:
    """The rows of a site's data widgets, chrome of family ``data`` the article neither ends at nor
    goes on through: an economic site's markets strip, a "related stocks" or "today's indicators"
    box set inside an article (a market quote is one on its own), fuel prices, the weather by city
    and a "today's indicators" box (prices per unit, temperatures and rates two rows or more one
    under the other: "Heat wave: 41° in Tirana" alone is a headline) (:func:`_data_row`), and a
    box's label right above its rows (at most :data:`DATA_LABEL_WORDS` unpunctuated words: "Related
    stocks" labels no list of links that would end the article)."""
    kinds = [_data_row(line) for line in lines]
    stacked = {i for i in range(1, len(lines)) if kinds[i] and kinds[i - 1] and lines[i].number == lines[i - 1].number + 1}
    rows = {i for i, kind in enumerate(kinds) if kind == "quote" or i in stacked or i + 1 in stacked}
    out = list(lines)
    for i in sorted(rows):
        out[i] = _chrome(lines[i], "data")
        above = lines[i - 1] if i else None
        if (
            above is not None and i - 1 not in rows and above.number >= lines[i].number - 1
            and above.end == "none" and above.words <= DATA_LABEL_WORDS and not above.dateish
        ):
            out[i - 1] = _chrome(above, "data")
    return out


DATA_LABEL_WORDS = 4
"""Most words of the label of a box of quotes."""


def _data_row(line: Line) -> str | None:
    """What values a line of a data widget holds: ``"quote"`` (market quotes), ``"value"``
    (prices per unit, temperatures, an indicator's rate after a name without function words), at most :data:`DATA_WORDS` words for each; None for any other
    line and for a sentence."""
    if line.end == "strong":
        return None
    text = ascii_digits(line.text)
    quotes = len(_MARKET_QUOTE.findall(text))
    rates = len(_RATE.findall(text)) if line.stop_ratio == 0 else 0  # ("Inflation rose to 2.3%" says what a row shows)
    values = quotes + len(_UNIT_PRICE.findall(text)) + len(_TEMPERATURE.findall(text)) + rates
    if not values or line.words > DATA_WORDS * values:
        return None
    return "quote" if quotes else "value"


@cache
def _share_row_networks() -> frozenset[str]:
    """Keys of :data:`lexicon.SHARE_ROW_NETWORKS`."""
    return frozenset(key(w) for w in SHARE_ROW_NETWORKS)


def _share_rows(lines: list[Line]) -> list[Line]:
    """A messenger's name alone on its line (:data:`lexicon.SHARE_ROW_NETWORKS`: "Viber") inside a share
    row set one button a line, right under or over a share button ("Facebook" / "Viber" / "Kopjo
    linkun"): a share button too. Alone between paragraphs it is a subheading ("Messenger" over an
    outage's part on the app)."""
    out = list(lines)
    for i, line in enumerate(lines):
        if key(line.text) not in _share_row_networks() or line.action is not None:
            continue
        near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(n.family == "share" and (n.number == line.last + 1 or line.number == n.last + 1) for n in near):
            out[i] = replace(line, family="share", action="skip", score=min(line.score, 0.0) - 3.0)
    return out


APP_BANNER_WORDS = 12
"""Most words of the text of an app banner."""


def _app_banner(lines: list[Line], i: int) -> bool:
    """Line ``i`` is the text of a "read this in our app" banner: a short unpunctuated line naming
    an app (:data:`lexicon.APP_WORDS`) right over the banner's button (:data:`lexicon.APP_BUTTONS`)."""
    line = lines[i]
    if i + 1 >= len(lines) or line.words > APP_BANNER_WORDS or line.end == "strong" or key(lines[i + 1].text) not in _app_buttons():
        return False
    return bool(set(key(line.text).split()) & _app_words())


@cache
def _app_buttons() -> frozenset[str]:
    return frozenset(key(p) for p in APP_BUTTONS)


@cache
def _app_words() -> frozenset[str]:
    return frozenset(key(w) for w in APP_WORDS)


WRITER_WORDS: tuple[str, ...] = (
    "كاتب", "كاتبة", "صحفي", "صحفية", "صحافي", "صحافية", "باحث", "باحثة", "محلل", "محللة", "أستاذ", "مراسل", "مراسلة",
    "gazetar", "gazetare", "gazetarja", "analist", "analiste", "shkrimtar", "shkrimtare", "publicist", "profesor", "studiues",
    "journalist", "writer", "analyst", "columnist", "correspondent", "professor", "researcher", "author",
)
"""Words of an author's footnote ("* X is a writer and journalist")."""
NOTE_WORDS = 30


AUTHOR_BOX_NAME_WORDS = 4
"""Most words of the name after "About" over an author box."""


def _author_box(lines: list[Line], i: int) -> bool:
    """Line ``i`` heads a blog theme's author box under the post: "About" and the author's name
    (:data:`lexicon.ABOUT_AUTHOR_LABELS`; "About Ana Berisha", "عن ليلى حداد"), no punctuation, right
    over the bio, a sentence that opens with that name ("Ana Berisha is a reporter ..."), the name
    (two words or more) the post's byline above (alone on its line, or opening the meta line). Both
    are the theme's, not the article's (family ``author_note``). A headline opening with "About" or
    "عن" has no sentence under it that repeats its words; a name has no small initial nor function word."""
    if i + 1 >= len(lines) or lines[i].action is not None or lines[i].end != "none" or lines[i + 1].number != lines[i].last + 1:
        return False
    tokens = key(lines[i].text).split()
    if len(tokens) < 3 or len(tokens) > AUTHOR_BOX_NAME_WORDS + 1 or tokens[0] not in keys_of(ABOUT_AUTHOR_LABELS):
        return False
    if any(_lower_initial(t) for t in lines[i].text.split()[1:]) or any(t in vocab for vocab in _folded_stopwords() for t in tokens[1:]):
        return False  # (a name: capitalised in a cased script, no function word: "About the new budget" heads a section)
    if tokens[1].startswith("ال"):
        return False  # (an Arabic first name takes no article: "عن الموازنة الجديدة" heads a section)
    name = " ".join(tokens[1:])
    if lines[i + 1].end != "strong" or not f"{key(lines[i + 1].text)} ".startswith(f"{name} "):
        return False
    return any(  # (the post's byline above: the name alone, or opening the meta line)
        key(line.text) == name or ((line.dateish or line.byline) and key(line.text).startswith(f"{name} ")) for line in lines[:i]
    )


def _author_note(lines: list[Line], i: int) -> bool:
    """An author's footnote under an article: a line opening with an asterisk (not one of a list of
    starred items) of at most :data:`NOTE_WORDS` words that says what the author does ("* Name,
    writer and journalist", "*Name është gazetar dhe analist")."""
    line = lines[i]
    if not line.text.startswith("*") or line.text.startswith("**") or line.words > NOTE_WORDS:
        return False
    if any(0 <= j < len(lines) and lines[j].text.startswith("*") for j in (i - 1, i + 1)):
        return False
    return any(fold(t) in _folded_writers() for t in words(line.text))


@cache
def _folded_writers() -> frozenset[str]:
    return frozenset(fold(w) for w in WRITER_WORDS)


_FOLLOWERS = re.compile(r"^[\d.,\s]+[kKmM]?\s+(?P<word>\S+)$")
"""A follower or fan count: "48,637 followers", "23.2K fans"."""
FOLLOWER_WORDS: frozenset[str] = frozenset(
    {"followers", "fans", "likes", "subscribers", "متابع", "متابعين", "متابعا", "معجب", "معجبين", "ndjekes", "ndjekesit", "pelqime", "fansa"}
)
SOCIAL_NETWORKS: tuple[str, ...] = ("facebook", "twitter", "instagram", "youtube", "فيسبوك", "فيس بوك", "تويتر", "انستغرام", "يوتيوب")
SOCIAL_LINE_WORDS = 6


def _social_boxes(lines: list[Line]) -> list[Line]:
    """A social page's box dumped into the article: the follower count ("48,637 followers"), the
    line over it naming the network ("Example News on Facebook") and the button under it ("Like
    Page"): family ``share``, skipped."""
    out = list(lines)
    for i, line in enumerate(lines):
        m = _FOLLOWERS.match(line.text)
        if not m or fold(m["word"]) not in _folded_followers():
            continue
        out[i] = _chrome(line, "share")
        if i > 0 and lines[i - 1].end == "none" and lines[i - 1].words <= SOCIAL_LINE_WORDS and any(
            f" {fold(n)}" in f" {fold(lines[i - 1].text)}" for n in SOCIAL_NETWORKS
        ):
            out[i - 1] = _chrome(lines[i - 1], "share")
        if i + 1 < len(lines) and lines[i + 1].end == "none" and lines[i + 1].words <= 3 and lines[i + 1].action is None:
            out[i + 1] = _chrome(lines[i + 1], "share")
    return out


def _post_pages(lines: list[Line]) -> list[Line]:
    """A copied social post page's own furniture (family ``share``, skipped): its tab title atop the
    page ("<account> on Instagram: “<the caption's first words>…”" over the account's "Follow",
    :func:`metadata.post_tab_account`;
    the caption's headline follows in full under the account's header), the "Verified" badge's
    label (:data:`lexicon.VERIFIED_LABELS`) alone on a line, the header's location line and the
    caption's author line (:func:`_post_header`, :func:`_handle_line`), the picture's automatic alt
    text (:func:`_alt_text`), the caption's "link in bio" pointer (:func:`_link_in_bio`), the likes or views count
    (:func:`metadata.reaction_count`) right over the post's date, and a Reddit post's header over its
    title ("Posted by u/user 5 hours ago", :data:`metadata.REDDIT_HEADER`) atop the page, as
    :func:`posts.reddit_page` leaves it (one in a record's text under its own sentence is quoted)."""
    out = list(lines)
    top = [line.text for line in lines[: TAB_TITLE_LINES + POST_HEADER_LINES]]
    handles, located = _post_header([line.text for line in lines])
    for i, line in enumerate(lines):
        if post_tab_account(top, i) or verified_label(line.text) or _alt_text(line.text) or _handle_line(line.text, handles) or i in located or _link_in_bio(line.text) or (i == 0 and REDDIT_HEADER.match(line.text)):
            out[i] = _chrome(line, "share")
        elif reaction_count(line.text) and i + 1 < len(lines) and find_dates(lines[i + 1].text):
            out[i] = _chrome(line, "share")
    return out


_BARE_HANDLE = re.compile(r"^@?[A-Za-z0-9_.]{2,30}$")
"""An account's handle as a post page prints it, with or without its "@" ("vizion.news", "@bbcnews")."""


def _header_handle(text: str) -> bool:
    """``text`` is the handle a post page's header prints over "Follow" (:data:`_BARE_HANDLE`): with
    its "@", or without it in lower case, as the network prints handles ("vizion.news"). A capitalised
    word over a "Follow" button ("Tennis", "Opinion") is a news site's section or column, whose next
    line is the headline, not the post's location."""
    text = text.strip()
    return bool(_BARE_HANDLE.match(text)) and (text.startswith("@") or not any(c.isupper() for c in text))


HANDLE_LABEL_WORDS = 3
"""Most words of the label glued after the account's handle on the caption's first line ("🔴 BREAKING")."""


LOCATION_WORDS = 4
"""Most words of the location line a post's header prints under its "Follow" button ("Tirana, Albania")."""


def _post_header(texts: list[str]) -> tuple[frozenset[str], set[int]]:
    """The handles of the accounts whose header (handle, maybe "Verified", then "Follow") stands
    at the top of a post page, within :data:`metadata.TAB_TITLE_LINES` +
    :data:`metadata.POST_HEADER_LINES` lines, and the index of the post's location line under
    each such header's "Follow" (a place name of at most :data:`LOCATION_WORDS` words, no digits,
    no sentence: "Tirana, Albania", "بيروت، لبنان"). Only the tab title
    (:func:`metadata.tab_title_shape`) and the network's bar stand above the header: a handle over
    "Follow" under a sentence is a post an article or a record's text quotes."""
    handles, located = set(), set()
    for i in range(1, min(len(texts), TAB_TITLE_LINES + POST_HEADER_LINES)):
        if not FOLLOW_BUTTON.match(texts[i].strip()):
            continue
        j = i - 2 if i >= 2 and verified_label(texts[i - 1]) else i - 1
        if not _header_handle(texts[j]) or any(_ending(texts[k]) == "strong" and not tab_title_shape(texts[k]) for k in range(j)):
            continue
        handles.add(texts[j].strip().lstrip("@").casefold())
        place = texts[i + 1] if i + 1 < len(texts) else ""
        if 0 < len(words(place)) <= LOCATION_WORDS and _ending(place) == "none" and not any(c.isdigit() for c in place) and not _alt_text(place):
            located.add(i + 1)
    return frozenset(handles), located


def caption_opening(rows: list[str]) -> int | None:
    """The 1-based row where a post page's caption text begins: the row under the caption's author
    line (:func:`_handle_line`, the handle of the account whose header heads the page:
    :func:`_post_header`), past a short kicker on its own row ("🔴 BREAKING", at most
    :data:`HANDLE_LABEL_WORDS` words, no sentence); None on other pages. A news account's caption
    opens with the story's headline."""
    nonblank = [(n, row.strip()) for n, row in enumerate(rows, 1) if row.strip()]
    texts = [text for _, text in nonblank]
    handles = _post_header(texts)[0]
    if not handles:
        return None
    for pos, text in enumerate(texts[:-1]):
        after = texts[pos + 1]
        if not _handle_line(text, handles) or FOLLOW_BUTTON.match(after) or verified_label(after):
            continue  # (the header's own handle, over "Verified" or "Follow")
        k = pos + 1
        if " " not in text and len(words(after)) <= HANDLE_LABEL_WORDS and _ending(after) == "none" and k + 1 < len(texts):
            k += 1  # (the kicker on a row of its own)
        return nonblank[k][0]
    return None


def _handle_line(text: str, handles: frozenset[str]) -> bool:
    """``text`` is the caption's author line of a post page: the account's handle alone, or with a
    short label glued after it ("vizion.news 🔴 BREAKING": the caption's first words, a kicker
    of at most :data:`HANDLE_LABEL_WORDS` words and no sentence), as the caption copies under the picture."""
    head, _, rest = text.strip().partition(" ")
    if head.lstrip("@").casefold() not in handles:
        return False
    return not rest or (len(words(rest)) <= HANDLE_LABEL_WORDS and _ending(rest) == "none")


LINK_IN_BIO_WORDS = 8
"""Most words of a caption's "link in bio" line ("For more details: link in bio 👆")."""


@cache
def _link_in_bio_keys() -> tuple[str, ...]:
    return tuple(key(p) for p in LINK_IN_BIO)


def _link_in_bio(text: str) -> bool:
    """``text`` is a caption's pointer to the link in the account's profile (:data:`lexicon.LINK_IN_BIO`)
    on a short line of its own; a sentence telling of such a link is longer than :data:`LINK_IN_BIO_WORDS` words."""
    if len(words(text)) > LINK_IN_BIO_WORDS:
        return False
    k = f" {key(text)} "
    return any(f" {p} " in k for p in _link_in_bio_keys())


@cache
def _alt_text_keys() -> tuple[str, ...]:
    return tuple(key(p) for p in ALT_TEXT_OPENINGS)


ALT_ITEM_WORDS = 4
"""Most words of one item of an automatic alt text's list ("people standing", "sky, cloud and outdoor")."""
_ALT_ITEMS = re.compile(r"[,،;]|\s(?:and|dhe)\s|\sو")


def _alt_text(text: str) -> bool:
    """``text`` is a social network's automatic alt text for a picture: an opening of
    :data:`lexicon.ALT_TEXT_OPENINGS` alone ("No photo description available.") or over a list of
    short items ("Image may contain: 2 people, people standing"), each of at most
    :data:`ALT_ITEM_WORDS` words; a sentence that opens with the same words goes on as prose."""
    k = key(text)
    for p in _alt_text_keys():
        if k == p:
            return True
        if k.startswith(p + " "):
            rest = text.split(":", 1)[1] if ":" in text else ""
            return bool(rest.strip()) and all(len(words(item)) <= ALT_ITEM_WORDS for item in _ALT_ITEMS.split(rest))
    return False


_TWEET_SIGNATURE = re.compile(r"^[—–-]\s*[^\s()][^()]{0,60}\(@\w{1,15}\)\s*(?P<date>\S.{2,40})$")
"""The signature line of a tweet embedded as its blockquote: "— Name (@handle) September 28, 2018"."""
_TWEET_LINK = re.compile(r"(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)[\s\W]*$", re.I)
"""The picture or short link that ends an embedded tweet's text ("... pic.twitter.com/Ab12Cd34Ef")."""
TWEET_CHARS = 280
"""Most characters of a tweet's text: a longer line right over a signature is the article's own
paragraph (a tweet of a picture alone has no text line)."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_POST_SIGNATURE = re.compile(r"^a post shared by\s.{1,80}?\(@[\w.]{1,30}\)\s+on\s+(?P<date>[^.]{3,40})$", re.I)
"""The signature of an embedded Instagram post: "A post shared by Name (@handle) on Sep 29, 2018 at
5:57pm PDT", the line ending at the post's date (with its year, :func:`_embeds`). An article's
sentence telling of a post ("A post shared by the singer (@dualipa) on Saturday showed her ...")
goes on after the date, or has none."""
EMBED_CAPTION_LINES = 2
"""Most lines of an embedded post's caption between "View this post on Instagram" and its signature."""
PLAYER_LABELS = 3
"""Control labels of a video player (:data:`lexicon.PLAYER_CONTROLS`) in a row that make a run of lines the player's."""


def _embeds(lines: list[Line]) -> list[Line]:
    """Social embeds and video players whose scripts did not run, as a page saved as text keeps
    them inside the article (family ``embed``, skipped; the article goes on under them):

    * a tweet's blockquote: its text (ending in a "pic.twitter.com/..." or "t.co" link, or the line
      right over the signature) and its signature "— Name (@handle) September 28, 2018";
    * an Instagram post's: "View this post on Instagram", the post's caption (at most
      :data:`EMBED_CAPTION_LINES` lines) and "A post shared by Name (@handle) on <date>";
    * a video player's loading notice (:data:`lexicon.EMBED_LABELS`) and its control labels, at least
      :data:`PLAYER_LABELS` of them in a row (:data:`lexicon.PLAYER_CONTROLS`; "/" and bare times
      between them go with them). One word such as "Play" alone is no player.
    """
    out = list(lines)
    labels, controls = _embed_keys()

    def adjacent(a: int, b: int) -> bool:  # (no blank line between lines a < b)
        return all(lines[k].number == lines[k - 1].last + 1 for k in range(a + 1, b + 1))

    for i, line in enumerate(lines):
        k = key(line.text)
        signed = _TWEET_SIGNATURE.match(line.text.strip())
        if signed and _YEAR.search(ascii_digits(signed["date"])):
            out[i] = _chrome(line, "embed")
            if i and adjacent(i - 1, i) and lines[i - 1].action is None and len(lines[i - 1].text) <= TWEET_CHARS:
                out[i - 1] = _chrome(lines[i - 1], "embed")  # the tweet's text
        elif (_TWEET_LINK.search(line.text) and _tweet_text(lines, i)) or k in labels:
            out[i] = _chrome(line, "embed")
        elif (posted := _POST_SIGNATURE.match(fold(line.text).strip())) and _YEAR.search(ascii_digits(posted["date"])):
            out[i] = _chrome(line, "embed")
            opening = next((j for j in range(i - 1, max(-1, i - 2 - EMBED_CAPTION_LINES), -1) if key(lines[j].text) in labels), None)
            if opening is not None and adjacent(opening, i):
                for j in range(opening + 1, i):
                    out[j] = _chrome(lines[j], "embed")  # the post's caption
    i = 0
    while i < len(lines):
        j, named = i, 0
        while j < len(lines) and (j == i or adjacent(j - 1, j)) and (key(lines[j].text) in controls or (named and not key(lines[j].text))):
            named += key(lines[j].text) in controls
            j += 1
        if named >= PLAYER_LABELS:
            for m in range(i, j):
                out[m] = _chrome(lines[m], "embed")
        i = max(j, i + 1)
    return out


TWEET_TEXT_LINES = 2
"""Most lines between a tweet's text line that ends in its link and the tweet's signature."""


def _tweet_text(lines: list[Line], i: int) -> bool:
    """True when line ``i``, ending in a "pic.twitter.com/..." or "t.co" link, is an embedded
    tweet's text: the link alone, or a line no longer than a tweet (:data:`TWEET_CHARS`) with the
    tweet's signature ("— Name (@handle) September 28, 2018") within :data:`TWEET_TEXT_LINES`
    lines under it. An article's own sentence may end in the link of the tweet it reports, with
    more article under it and no signature."""
    if not _TWEET_LINK.sub("", lines[i].text).strip():
        return True
    below = lines[i + 1 : i + 1 + TWEET_TEXT_LINES]
    return len(lines[i].text) <= TWEET_CHARS and any(_TWEET_SIGNATURE.match(line.text.strip()) for line in below)


@cache
def _embed_keys() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of :data:`lexicon.EMBED_LABELS` and of :data:`lexicon.PLAYER_CONTROLS`."""
    return frozenset(key(p) for p in EMBED_LABELS), frozenset(key(p) for p in PLAYER_CONTROLS)


@cache
def _folded_followers() -> frozenset[str]:
    return frozenset(fold(w) for w in FOLLOWER_WORDS)


PROMPT_WORDS = 10
"""Most words of the question a widget asks ("How did you feel about this news?")."""
TALLIES = 3
"""Counter lines in a row under a question that make it a reactions or poll widget."""
BUTTONS = 2
"""Button lines in a row under a question that make it a prompt ("Get notifications?" / "No thanks" / "Allow")."""


def _widget_prompts(lines: list[Line]) -> list[Line]:
    """Questions a site asks its readers over buttons: over reaction buttons or a poll, each with
    its tally ("Like 22" / "Love 71" / "Haha 8", :data:`TALLIES` or more), or over two or more
    buttons of one to three words ("No, thanks" / "Allow": a notifications prompt, a cookie
    question), or over one row of two to four one- or two-word buttons ("Was this page useful?" /
    "Yes | No"). They are page furniture (family ``prompt``, skipped), never the article's text or
    its last line: an article's question is answered by a sentence, not by a row of buttons."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.words > PROMPT_WORDS or not line.text.rstrip(_CLOSERS).endswith(("?", "؟")) or line.action is not None:
            continue
        tallies = lines[i + 1 : i + 1 + TALLIES]
        buttons = lines[i + 1 : i + 1 + BUTTONS]
        tallied = len(tallies) == TALLIES and all(t.words <= 5 and t.end == "none" and any(c.isdigit() for c in t.text) for t in tallies)
        pressed = len(buttons) == BUTTONS and all(
            b.words <= 3 and b.end != "strong" and not any(c.isdigit() for c in b.text) and not b.dateish for b in buttons
        )
        if tallied or pressed or (i + 1 < len(lines) and _button_row(lines[i + 1].text)):
            out[i] = replace(line, family="prompt", action="skip", score=min(line.score, 0.0) - 3.0)
    return out


BUTTON_ROW = (2, 4)
"""Options of a row of answer buttons on one line under a question ("Yes | No", "نعم | لا")."""
_ROW_SEPARATOR = re.compile(r"\s[|/·•]\s")


def _button_row(text: str) -> bool:
    """A row of :data:`BUTTON_ROW` answer buttons of one or two words each, no digits ("Yes | No")."""
    items = [t.strip() for t in _ROW_SEPARATOR.split(text)]
    return BUTTON_ROW[0] <= len(items) <= BUTTON_ROW[1] and all(
        0 < len(words(t)) <= 2 and not any(c.isdigit() for c in t) and t[-1:] not in ".!?؟" for t in items
    )


_DATELINE = re.compile(r"^([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*(?:[-–—:|])\s*(.+)$")
"""A place of one or two words, a dash, colon or bar, and a name: "Beirut - News Network"."""
DATELINE_NAME_WORDS = 5
"""Most words of the name after a dateline's place."""
MASTHEAD_LINES = 5
"""The page's first lines, among which its masthead prints the site's name."""
_SIGNED_SITE = re.compile(r"^([^\W\d_]+(?:\s+[^\W\d_]+){1,2})\s*[,،]\s*(.+)$")
"""An author's name of two or three words, a comma and a name: "Gentian Çela, Portali Dita"."""


AUTHOR_NAME_WORDS = (2, 3)
"""Words of an author's name in a "place: name" dateline."""


def _signed_dateline(lines: list[Line], i: int, name: str) -> bool:
    """A paper's "place: author" dateline ("الرباط: سعيد الإدريسي", "Tiranë: Besnik Krasniqi")
    between the headline (or its standfirst) and the date: a name of two or three words (no digits,
    no function words, capitalised in a cased script) right over a date line, under a headline-shaped
    line or a sentence. A short headline "place: event" stands under a menu or a label, not under
    another headline."""
    if not 0 < i < len(lines) - 1 or not lines[i + 1].dateish:
        return False
    tokens = words(name)
    if not AUTHOR_NAME_WORDS[0] <= len(tokens) <= AUTHOR_NAME_WORDS[1] or any(c.isdigit() for c in name):
        return False
    if any(fold(t) in vocab for t in tokens for vocab in _folded_stopwords()):
        return False
    if any(_lower_initial(t) for t in tokens):
        return False
    above = lines[i - 1]
    return above.end == "strong" and above.words >= 6 or (above.end == "none" and above.words > 3 and not (above.dateish or above.crumb or above.action))


_SLASH_DATELINE = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s*/\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*/\s*)?([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*/?$")
"""An agency's dateline: a place, maybe the reporter, and the agency, apart by slashes ("غزة/ نبأ",
"بيروت/ ليلى حداد/ نبأ", "Tirana/ Ana Berisha/ ATA")."""


def _agency_dateline(text: str, names: set[str], footers: list[str]) -> bool:
    """A slash dateline (:data:`_SLASH_DATELINE`) whose last part, the agency, is a word of the
    page's masthead or of its copyright line ("وكالة نبأ للأنباء", "© 2018 ... نبأ"): a wire's
    dateline over its copy, not a headline. A headline with a slash ("Kosovo / Serbia talks") names
    no line of the page's chrome."""
    m = _SLASH_DATELINE.match(text)
    if m is None:
        return False
    agency, own = f" {key(m.group(1))} ", key(text)
    return bool(agency.strip()) and (
        any(agency in f" {name} " for name in names if name != own) or any(agency in footer for footer in footers)
    )


def _site_datelines(lines: list[Line]) -> list[Line]:
    """Datelines naming the site: a place, a dash or colon (or an author's name and a comma), and
    the site's name as the page prints it elsewhere on a line of its own or in a footer ("بيروت -
    شبكة الأخبار" under a masthead "شبكة الأخبار", "Tiranë: «Gazeta»"; after a name and a comma,
    the whole name on a line of its own among the page's first :data:`MASTHEAD_LINES` and in its
    copyright footer: "Gentian Çela, Portali Dita"): an author line under the headline (a byline), never a
    headline. A headline of that shape names no line of the page's chrome."""
    names = {key(line.text) for line in lines if line.end != "strong" and line.words <= DATELINE_NAME_WORDS}
    footers = [f" {key(line.text)} " for line in lines if line.family == "copyright"]
    mastheads = {key(line.text) for line in lines[:MASTHEAD_LINES] if line.end == "none" and line.words <= DATELINE_NAME_WORDS}
    out = []
    for i, line in enumerate(lines):
        bare = "".join(c for c in line.text if unicodedata.category(c) != "Mn")  # ("عمّان": no shadda)
        short = line.end == "none" and line.words <= DATELINE_NAME_WORDS + 2 and not line.byline and not line.crumb
        m = _DATELINE.match(bare) if short else None
        name = key(m.group(2)) if m else ""
        signed = _SIGNED_SITE.match(bare) if short else None  # (the site's name in its footer: the lower
        site = key(signed.group(2)) if signed else ""  # half of a headline is no site's name)
        slashed = short and _agency_dateline(bare, names, footers)
        if slashed or site and site in mastheads and any(f" {site} " in footer for footer in footers) or name and not line.dateish and (
            name in names or any(f" {name} " in footer for footer in footers) or _signed_dateline(lines, i, m.group(2) if m else "")
        ):
            line = replace(line, byline=True, score=line.score - 2.0)
        out.append(line)
    return out


DATED_PAIR_WORDS = 3
"""Most words of each side of an author's "Name - City" line (:func:`_dated_pairs`)."""
_DASHES = (" - ", " – ", " — ")


def _dated_pairs(lines: list[Line]) -> list[Line]:
    """An author's name and the city filed from, apart by a dash, on the line right over the
    article's date ("خالد عبد الله - جدة", "Tina Hill - Harbour City"; "City - Name" too): two
    short names (at most :data:`DATED_PAIR_WORDS` words each, letters only) are a byline, never the
    headline, which stands above them: the line above is the headline or its standfirst, longer than
    the pair. Right under the site's menu or masthead, the pair is the headline itself, a match's
    ("روسيا - السعودية", "Liverpool - Roma" over the match's date)."""
    out = list(lines)
    for i in range(1, len(lines) - 1):
        line, above, below = lines[i], lines[i - 1], lines[i + 1]
        if line.byline or line.action is not None or line.end != "none" or not below.dateish or below.number != line.last + 1:
            continue
        if above.crumb or above.action is not None or above.words <= line.words:
            continue
        parts = next((line.text.split(d) for d in _DASHES if len(line.text.split(d)) == 2), None)
        if parts and all(1 <= len(words(p)) <= DATED_PAIR_WORDS and not any(c.isdigit() for c in p) for p in parts):
            out[i] = replace(line, byline=True)
    return out


META_COUNT_WORDS = 3
"""Most words of a comment count in a post's meta block ("2 Comments", "3 تعليقات", "0 komente")."""


def _meta_counts(lines: list[Line]) -> list[Line]:
    """A comment count in the meta block under a headline, right under its date or byline ("Name" /
    "September 29, 2018" / "2 Comments", as a blog theme prints it): the link to the comments, a
    meta line, not the comments section's head (which ends the article): a counter standing alone
    (family ``counter``, skipped; it frames no box with the comments' head under a one-sentence post).
    A count with a colon ("2 comments:") heads the comments themselves; so does a count under a date
    under the article ("... the works." / "Published 2 October 2018" / "14 Comments"): the meta block
    sits under a headline, not under a sentence. The link to the comment form in its place ("Leave a
    comment", "أضف تعليقاً") or the spelled-out count ("تعليق واحد") is the same meta line (:func:`_comment_link`)."""
    out = list(lines)
    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        if (
            _comment_link(line) and ":" not in line.text and line.words <= META_COUNT_WORDS and line.number == above.last + 1
            and ((above.dateish or above.byline) and not _under_prose(lines, i) or _under_named_meta(lines, i))
        ) or _meta_run(line, above):
            out[i] = _chrome(line, "counter")
    return out


@cache
def _comment_link_keys() -> frozenset[str]:
    """Keys of :data:`lexicon.COMMENT_LINKS` and :data:`lexicon.ONE_COMMENT`."""
    return frozenset(key(p) for p in (*COMMENT_LINKS, *ONE_COMMENT))


def _comment_link(line: Line) -> bool:
    """A post's comment link on a line of its own: the comment count ("2 Comments", a comments
    marker with a digit), the link to the comment form ("Leave a comment", "أضف تعليقاً",
    :data:`lexicon.COMMENT_LINKS`) or the count spelled out ("تعليق واحد", :data:`lexicon.ONE_COMMENT`)."""
    if line.family == "comments" and line.action == "end":
        return any(c.isdigit() for c in line.text) or key(line.text) in _comment_link_keys()
    return line.action is None and key(line.text) in _comment_link_keys()


META_RUN_WORDS = 12
"""Most words of a post's meta line run together ("Jane Doe October 1, 2018 Politics 0 Comments")."""
_COUNT_END = re.compile(r"(?<!\S)\d+\s+(?P<word>[^\W\d_]+)\s*$")


def _meta_run(line: Line, above: Line) -> bool:
    """True when ``line`` is a post's meta line run together under its headline, closed by the comment
    count (the author, the date, the category, "0 Comments" on one line: "محمد الخطيب عربي ودولي 0
    Comments", as a blog theme prints the meta block run together): short (at most
    :data:`META_RUN_WORDS` words), no sentence and no word of a cased script in small letters before
    the count (a standfirst: "Residents sent the council 300 comments"), right under a
    headline-shaped line (no blank line between); never the headline's lower half."""
    m = _COUNT_END.search(ascii_digits(line.text))
    if m is None or line.action is not None or line.end == "strong" or line.words > META_RUN_WORDS or line.number != above.last + 1:
        return False
    if marker_family(m.group("word"))[0] != "comments" or line.words <= META_COUNT_WORDS:
        return False  # (a count alone on its line is _meta_counts's)
    if any(_lower_initial(token) for token in ascii_digits(line.text)[: m.start()].split()):
        return False  # (names, a date, a category: a word in small letters makes it a sentence, a standfirst)
    return above.action is None and not above.dateish and above.last == above.number and META_HEAD_WORDS <= above.words <= META_HEAD_MAX_WORDS


META_BLOCK_LINES = 3
"""Most meta lines (author, category, date) between a headline and the comment count under them."""
META_HEAD_WORDS = 4
"""Fewest words of the headline over a post's meta block (:func:`_under_named_meta`)."""
META_HEAD_MAX_WORDS = 30
"""Most words of that headline (a title is one line of at most thirty words)."""


def _meta_name(line: Line) -> bool:
    """A short meta line of a post's header: a date, a byline, or an author's or a category's name
    (at most :data:`META_COUNT_WORDS` words, no digits, no punctuation)."""
    if line.action is not None or line.last != line.number:
        return False
    return line.dateish or line.byline or (
        1 <= line.words <= META_COUNT_WORDS and line.end == "none" and not any(c.isdigit() for c in line.text)
    )


def _under_named_meta(lines: list[Line], i: int) -> bool:
    """True when the comment count on line ``i`` closes a post's meta block of names under its
    headline: one to :data:`META_BLOCK_LINES` short meta lines (:func:`_meta_name`: the author, the
    category) right above it, under a headline-shaped line that a date dates, set right above the
    headline or among the meta lines ("September 29, 2018" / headline / "Jane Doe" / "Politics" /
    "0 Comments", as Squarespace's blog pages print it), no blank line between. The headline may end
    in a full stop when the date stands right above it; a sentence with no date over it is an
    article's last line, and the names and the count under it its footer over the comments."""
    k = i - 1
    while k >= 0 and i - k <= META_BLOCK_LINES and _meta_name(lines[k]) and lines[k].last + 1 == lines[k + 1].number:
        k -= 1
    if k == i - 1 or k < 0 or lines[k].last + 1 != lines[k + 1].number:
        return False
    head = lines[k]
    if head.action is not None or head.dateish or head.last != head.number or not META_HEAD_WORDS <= head.words <= META_HEAD_MAX_WORDS:
        return False
    dated_above = k >= 1 and lines[k - 1].dateish and lines[k - 1].last + 1 == head.number
    return dated_above or (head.end == "none" and any(lines[m].dateish for m in range(k + 1, i)))


def _under_prose(lines: list[Line], i: int) -> bool:
    """True when the meta lines (dates, bylines) right above line ``i`` sit under a sentence, not a headline."""
    k = i - 1
    while k >= 0 and (lines[k].dateish or lines[k].byline):
        k -= 1
    return k >= 0 and lines[k].prose


ROLE_LINE_WORDS = 6
"""Most words of an author's role line under the name ("مراسل الصحيفة في جنيف")."""


def _role_lines(lines: list[Line]) -> list[Line]:
    """An author's role on the line under the name: it opens with a role word
    (:data:`lexicon.BYLINE_SUFFIXES`: "Correspondent in Geneva", "مراسل الصحيفة في جنيف",
    "Gazetari i Kombit"), is short and unpunctuated, and the line above is a byline or a name (two to
    four words, no digits, no punctuation, none starting with a small letter). A byline, never a headline: a headline that opens with
    such a word ("Reporter hurt in Gaza") stands under a menu or a date, not under a name."""
    out = list(lines)
    roles = _folded_bylines()[1]
    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        tokens = words(fold(line.text))
        if line.byline or line.end != "none" or not 2 <= line.words <= ROLE_LINE_WORDS or not tokens or tokens[0] not in roles:
            continue
        named = above.byline or (
            2 <= above.words <= 4 and above.end == "none" and above.action is None and not above.dateish
            and not any(c.isdigit() for c in above.text) and not any(_lower_initial(t) for t in above.text.split())
        )
        if named:
            out[i] = replace(line, byline=True, score=line.score - 2.0)
    return out


FOLLOWED_NAME_WORDS = 6
"""Most words of the name over a "follow" button."""


def _follow_lines(lines: list[Line]) -> list[Line]:
    """A "follow" button with its followers ("Follow · 12.4K followers", "+ متابعة",
    :data:`metadata.FOLLOW_BUTTON`) and the name over it (an aggregator's source, an account): the
    lines that say who the article comes from, as a byline does; never a headline. Under an
    @handle the button is an embedded post's ("Edi Rama" / "@ediramaal" / "Follow", a tweet quoted
    in the article): its lines are the article's, not who it comes from."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.end == "strong" or not FOLLOW_BUTTON.match(line.text) or (i and embedded_post_header(lines[i - 1].text)):
            continue
        out[i] = replace(line, byline=True, score=line.score - 2.0)
        above = lines[i - 1] if i else None
        if above is not None and not above.byline and above.end == "none" and 1 <= above.words <= FOLLOWED_NAME_WORDS and not above.dateish:
            out[i - 1] = replace(above, byline=True, score=above.score - 2.0)
    return out


def _short_runs(lines: list[Line]) -> list[Line]:
    """Extra penalty for a short unpunctuated line between two others: the shape of a link list."""
    out = []
    for i, line in enumerate(lines):
        prev_short = i > 0 and lines[i - 1].headline_like and lines[i - 1].words <= 8
        next_short = i + 1 < len(lines) and lines[i + 1].headline_like and lines[i + 1].words <= 8
        if line.headline_like and line.words <= 8 and prev_short and next_short:
            line = replace(line, score=line.score - 1.0)
        out.append(line)
    return out


PAGE_FAMILIES = frozenset({"comments", "related", "share", "subscribe", "chrome", "copyright", "tags", "ad"})
"""Marker families found on web pages but not in an article's own text (a crawler's extracted body
may keep a "Source:" line, a caption or an inline "Read also", never a share bar or a menu)."""


def page_signals(lines: tuple[Line, ...]) -> int:
    """How many signs of a web page the lines show: page-furniture markers (:data:`PAGE_FAMILIES`),
    breadcrumbs (not dates with "|"), and runs of three short unpunctuated lines (a menu)."""
    signals = run = 0
    for line in lines:
        signals += line.family in PAGE_FAMILIES
        signals += line.crumb and not line.dateish
        short = line.words <= 3 and line.end == "none" and not line.dateish
        run = run + 1 if short else 0
        signals += run == 3
    return signals

