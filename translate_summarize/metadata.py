"""Article metadata from a page dump: publication date, outlet, and the source the article credits.

* :func:`parse_date` finds the first date in a string: ISO ``2025-10-09``, ``2025/10/12``,
  ``12.10.2025``, ``October 12, 2025``, ``19th, August 2024``, ``14 shkurt 2025``,
  ``٢٢ أبريل ٢٠٢٤``, ``9 آذار 2024``, ``25 ديسمبر/كانون الأول 2024`` ... (Arabic-Indic digits,
  Arabic, Levantine, Maghrebi, Albanian and English month names). dateparser is a last resort for
  short strings only, imported lazily.
* :func:`find_published` chooses the article's own date among the dated lines of a page: cue words
  ("Published", "تاريخ النشر", "Publikuar") and nearness to the title win; dates in the body, in
  the footer/related area, crawl stamps (``2025-05-28@00:20:02 GMT``: a date and a time to the
  second, nothing else) and a news database's export and load dates (:data:`ARCHIVE_DATE_CUES`)
  are not publication dates; a crawl stamp bounds the date from above. A blog theme's entry footer
  under the post (author, date, categories, "Leave a comment": :func:`entry_footer_date`) dates it.
* :func:`find_outlet` and :func:`find_credit` weigh evidence the page gives about who published
  it (copyright line, site-name line, a "source:" line naming a publication, a photo-caption credit,
  "our correspondent") and which wire or paper it credits (a "source:" line naming an agency, a
  dateline ``BRUSSELS (Reuters) -``, a press-review lead ``X wrote in "Izvestia":``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from .lexicon import (
    BYLINE_PREFIXES,
    COMMENT_LINKS,
    CORRESPONDENT_WORDS,
    ENGLISH_MONTH_NAMES,
    FOOTER_LEGAL_LINKS,
    FOOTER_PAGE_WORDS,
    HOME_LABELS,
    MARKERS,
    MENU_TOGGLES,
    MONTHS,
    NAME_FILLERS,
    OUTLET_WORDS,
    PLATFORM_REPORT_LINKS,
    PROFILE_COUNT_WORDS,
    PUBLISHED_CUES,
    REACTION_WORDS,
    SKIP_LINKS,
    SITE_WORDS,
    SITE_NOUNS,
    SITE_PAGE_LINKS,
    SOCIAL_PLATFORMS,
    SOURCE_LINKS,
    SOURCES,
    THEME_WORDS,
    TICKER_LABELS,
    TODAY_CUES,
    UPDATED_CUES,
    VERIFIED_LABELS,
    WEEKDAY_NUMBERS,
    WIRES,
    WROTE_VERBS,
)
from .textnorm import ascii_digits, fold, key, keys_of

MIN_YEAR = 1990
MAX_YEAR = 2100
CREDIT_LABELS: tuple[str, ...] = ("المصدر", "المصادر", "مصدر", "source", "sources", "burimi", "burime", "via")
GENERIC_SOURCES: frozenset[str] = frozenset({
    "وكالات", "الوكالات", "agencies", "agjenci", "agjencite", "wires", "مواقع", "staff",
    # "news sites" / "online media": a blog's credit for a story gathered from the web, naming no one
    "مواقع اخباريه", "مواقع الكترونيه", "news sites", "news websites", "online media", "media online", "mediat online",
})
"""Keys of credits that name no source ("Source: agencies", "المصدر: مواقع إخبارية")."""


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    names = sorted({fold(m) for m in MONTHS}, key=len, reverse=True)
    month = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?![^\W\d_])\.?"
    months = rf"({month})(?:\s*/\s*{month})?"
    return (
        # 2025-10-09, 2025/10/12, 2025.10.12 (also glued to a time: 2025-05-28@00:20)
        re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
        # 12.10.2025, 12/10/2025, 12-10-2025 (day first; month first when the day cannot be one)
        re.compile(r"(?<![\d.])(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})(?!\d)"),
        # 19th, August 2024 / 12 October 2025 / 22 أبريل 2024 / 25 ديسمبر/كانون الأول 2024 / 29 سبتمبر، 2018
        re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?,?\s+(?:of\s+)?(?P<mn>{months})[,،]?\s+(?P<y>\d{{4}})(?!\d)"),
        # October 12, 2025 / Oct. 12 2025
        re.compile(rf"(?<![^\W\d_])(?P<mn>{months})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s?[,،]?\s+(?P<y>\d{{4}})(?!\d)"),
        # "Elira ShehuSeptember 29, 2018": an English date glued to the name before it (see _glued)
        re.compile(rf"(?<=[^\W\d_])(?P<glued>)(?P<mn>{'|'.join(ENGLISH_MONTH_NAMES)})\s+(?P<d>\d{{1,2}}),\s+(?P<y>\d{{4}})(?!\d)"),
    )


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a string: ISO form, the matched text, and its character span."""

    iso: str
    raw: str
    start: int
    end: int


def _month_number(name: str) -> int | None:
    first = re.split(r"\s*/\s*", name.strip())[0].rstrip(".")
    folded = re.sub(r"\s+", " ", first)
    for candidate, number in MONTHS.items():
        if fold(candidate) == folded:
            return number
    return None


def _valid(y: int, m: int, d: int) -> str | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text`` (non-overlapping, in order of position)."""
    probe, where = _folded_with_offsets(ascii_digits(text))
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in _date_patterns():
        for m in pattern.finditer(probe):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            groups = m.groupdict()
            month = int(groups["m"]) if groups.get("m") else _month_number(groups["mn"])
            if month is None or ("glued" in pattern.groupindex and not _glued(text, where[m.start()])):
                continue
            day, year = int(groups["d"]), int(groups["y"])
            iso = _valid(year, month, day)
            if groups.get("m") and pattern is _date_patterns()[1]:
                swapped = _valid(year, day, month)  # 10/22/2025: month first
                if iso is None or (swapped is not None and _weekday_says(probe[: m.start()], swapped, iso)):
                    iso = swapped
            if iso is None:
                continue
            taken.append((m.start(), m.end()))
            start, end = where[m.start()], where[m.end() - 1] + 1
            found.append(DateMatch(iso, text[start:end], start, end))
    return sorted(found, key=lambda d: d.start)


def _glued(text: str, start: int) -> bool:
    """The month name at ``text[start]``, right after a letter, opens a date glued to the name before
    it: it is capitalised and the letter before is lower case or of another script ("Elira
    ShehuSeptember 29, 2018", "أحمد يوسفSeptember 30, 2018": Telegraph's byline, the author's
    name and the English date inline, copied without a space), not the end of a word ("dismay 5, 2018")."""
    before = text[start - 1] if start else ""
    return text[start].isupper() and (before.islower() or (before.isalpha() and not before.isascii()))


_WEEKDAY_BEFORE = re.compile(r"(?P<name>[^\W\d_]+(?:\s[^\W\d_]+)?)[\s,،.]*$")
"""The word or two right before a date ("Fri, ", "e premte, ", "الجمعة، "), where its weekday stands."""


@cache
def _weekday_numbers() -> dict[str, int]:
    """Folded :data:`lexicon.WEEKDAY_NUMBERS` (built once)."""
    return {fold(name): number for name, number in WEEKDAY_NUMBERS.items()}


def _weekday_says(before: str, month_first: str, day_first: str) -> bool:
    """True when the weekday printed right before a numeric date (``before``: the folded text up to
    it) is the weekday of its month-first reading and not of its day-first one: Drupal's default
    date, "Mon, 10/01/2018 - 00:34", is month first (1 October 2018 was a Monday), whatever the
    site's language; a date line "e hënë, 01/10/2018" is day first."""
    m = _WEEKDAY_BEFORE.search(before)
    if m is None:
        return False
    parts = m.group("name").split()
    names = _weekday_numbers()
    number = names.get(" ".join(parts), names.get(parts[-1]))
    if number is None:
        return False
    return dt.date.fromisoformat(month_first).weekday() == number != dt.date.fromisoformat(day_first).weekday()


def _folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the index of the character of ``text`` it
    came from (fold drops Arabic marks such as the shadda of "عمّان", so offsets can shift)."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded, list(range(len(text)))
    probe: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        f = fold(ch)
        probe.append(f)
        where.extend([i] * len(f))
    return "".join(probe), where


def parse_date(text: str, lang: str | None = None) -> tuple[str | None, str | None]:
    """The first date in ``text`` as ``(ISO YYYY-MM-DD, matched text)``, or ``(None, None)``.

    Args:
        text: any string (a page line, a JSONL ``published`` value...).
        lang: language hint for the dateparser fallback (used only for short strings that none
            of the built-in patterns understand).
    """
    found = find_dates(text)
    if found:
        return found[0].iso, found[0].raw
    stripped = text.strip()
    if not stripped or len(stripped) > 40 or not re.search(r"\d", stripped):
        return None, None
    return _dateparser_fallback(stripped, lang)


def _dateparser_fallback(text: str, lang: str | None) -> tuple[str | None, str | None]:
    import dateparser  # slow to import: only when the patterns failed on a short date-like string

    languages = [lang, "en"] if lang and lang != "en" else ["en"]
    try:
        parsed = dateparser.parse(
            text,
            languages=languages,
            settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
        )
    except Exception:  # dateparser raises assorted errors on odd input; "no date" is the answer
        return None, None
    if parsed is None:
        return None, None
    iso = _valid(parsed.year, parsed.month, parsed.day)
    return (iso, text) if iso else (None, None)


# ---------------------------------------------------------------- publication date

_STAMP = re.compile(r"^\W*\d{4}-\d{2}-\d{2}\s*(?:@|T|\s)\s*\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\s*(?:z|gmt|utc|[+-]\d{2}:?\d{2})?\W*$", re.I)


def _has_cue(folded_prefix: str, cues: Sequence[str]) -> bool:
    return _cue_end(folded_prefix, cues) >= 0


def _cue_end(folded_prefix: str, cues: Sequence[str]) -> int:
    """Where the last of ``cues`` in ``folded_prefix`` ends (-1 when none is there)."""
    ends = [m.end() for c in cues for m in re.finditer(rf"(?<![^\W\d_]){re.escape(fold(c))}(?![^\W\d_])", folded_prefix)]
    return max(ends, default=-1)


def _edit_cued(folded_prefix: str) -> bool:
    """True when the cue nearest the date says it is an edit's date: an :data:`UPDATED_CUES` word
    after any publication cue ("تاريخ التحديث:", the *date* of the *update*; "Published: 1 Oct ·
    Updated: 4 Oct" for the second date), not before it."""
    return _cue_end(folded_prefix, UPDATED_CUES) > _cue_end(folded_prefix, PUBLISHED_CUES)


UNDER_TITLE = 0.5
"""Bonus of a date under the title over one as far above it: a dateline or byline date under the
headline is the article's, a date above it the page's (an edition date in the header)."""


BYLINE_BLOCK = 5
"""Lines under the title that its byline block (author, dates) takes: an "Updated:" date chosen
there gives way to an uncued date no later than it in the same block, the publication's ("Name ·
Friday 28 September" over "Updated: Saturday 29 September"), never to a date above the title
unless the block itself lies above it (:func:`_meta_block_above`)."""


LISTED_DATES = 3
"""Dates on one line from which it is a list of dates (back issues, an archive), not a stamp."""

ARCHIVE_DATE_CUES: tuple[str, ...] = ("load-date", "load date", "date and time", "timestamp")
"""Labels of the dates a news database writes on its export of an article (Nexis's "Load-Date:",
the cover's "Date and Time:", Factiva's search "Timestamp"): when the record was loaded or
exported, days after the article appeared, never its publication date (though "Date" is a
publication cue)."""


def find_published(
    lines: Sequence[str],
    *,
    anchor: int | None,
    body: frozenset[int],
    body_end: int | None = None,
) -> tuple[str | None, str | None]:
    """Choose the article's publication date among the page's lines.

    Args:
        lines: the raw page lines (index 0 is line 1).
        anchor: 1-based line of the title (or of the first body line when there is no title).
        body: 1-based numbers of body lines; dates inside the body are about events, not the page,
            and are only used when a lead sentence dates itself ("... today, 22 April 2024").
        body_end: last body line; dates after it belong to related articles and footers.
    Returns:
        ``(ISO date, matched text)`` or ``(None, None)``.
    """
    stamp_bound: str | None = None
    candidates: list[tuple[float, int, DateMatch, bool]] = []
    for number, line in enumerate(lines, 1):
        if number in body or not line.strip():
            continue
        if _STAMP.match(ascii_digits(line)):
            iso = parse_date(line)[0]
            if iso and (stamp_bound is None or iso > stamp_bound):
                stamp_bound = iso
            continue
        found = find_dates(line)
        stamped = post_timestamp(lines, number, found)
        footer = entry_footer_date(lines, number, found)
        if len(found) >= LISTED_DATES:
            continue  # an archive or back-issues list ("Previous issues | 01.10.2018 | 30.09.2018 | ..."): no article's date
        for match in found:
            prefix = fold(line[: match.start])
            if _has_cue(prefix, ARCHIVE_DATE_CUES):
                continue
            score = 0.0
            updated = False
            if _edit_cued(prefix):
                score += 4
                updated = True
            elif _has_cue(prefix, PUBLISHED_CUES) or stamped or footer:
                score += 10  # (a post's date under its likes count, or in its entry footer, is as good as "Published:")
            if anchor is not None:
                score += 5 / (1 + abs(number - anchor) / 3)
                score += 2 if number < anchor + 12 and (body_end is None or number < body_end) else 0
                score += UNDER_TITLE if number > anchor else 0.0
            if body_end is not None and number > body_end and not _source_dated(lines, number, match, body_end):
                score -= 6
            candidates.append((score, number, match, updated))
    if stamp_bound is not None:
        bound = (dt.date.fromisoformat(stamp_bound) + dt.timedelta(days=1)).isoformat()
        candidates = [c for c in candidates if c[2].iso <= bound]
    if candidates:
        best = max(candidates, key=lambda c: (c[0], -c[1]))
        if best[3] and anchor is not None:  # an edit's date: the byline block's own date, when it gives one
            block = [
                c for c in candidates if not c[3] and c[2].iso <= best[2].iso
                and (anchor < c[1] <= anchor + BYLINE_BLOCK or _meta_block_above(lines, c[1], best[1], anchor))
            ]
            best = max(block, key=lambda c: (c[0], -c[1])) if block else best
        if best[0] > 0:
            return best[2].iso, best[2].raw
    return _lead_date(lines, body)


def _source_dated(lines: Sequence[str], number: int, match: DateMatch, body_end: int) -> bool:
    """True when ``match`` is the date after the name on the source line right under the article
    ("Source: Gazeta X, 30 shtator 2018", "المصدر: بوابة النجمة، 1 أكتوبر 2018": the date the story
    ran there, which a reposted article, a forum post's pasted story, carries at its end), the
    first line of text under the body: no later article's or footer's date, which lie past it."""
    if any(lines[k - 1].strip() for k in range(body_end + 1, number)):
        return False
    m = _LABEL.match(lines[number - 1])
    if m is None or fold(m.group("label")) not in {fold(label) for label in CREDIT_LABELS}:
        return False
    name = m.group("value")[: max(0, match.start - m.start("value"))]
    return bool(re.search(r"[^\W\d_]", name))


def _meta_block_above(lines: Sequence[str], number: int, updated: int, anchor: int) -> bool:
    """True when the date on line ``number`` opens the byline block above the title that the
    "Updated:" line ``updated`` closes: a few lines over it (:data:`BYLINE_BLOCK`), no blank line
    between, both above the title (a website builder's blog post: "Name" / "Sep 29, 2018" / "1 min
    read" / "Updated: Sep 30, 2018" over the headline). A date set apart over the block (a top bar's
    or an edition's date) is none of it."""
    if not number < updated < anchor or updated - number > BYLINE_BLOCK:
        return False
    return all(lines[k - 1].strip() for k in range(number, updated + 1))


ENTRY_FOOTER_ITEMS = 2
"""Most lines between the date of a post's entry footer and its comment link (the categories, the tags)."""
ENTRY_FOOTER_WORDS = 6
"""Most words of a line of an entry footer other than the date's (an author's name, a category list)."""


@cache
def _comment_link_keys() -> tuple[str, ...]:
    return tuple(key(w) for w in COMMENT_LINKS)


def _footer_item(text: str) -> bool:
    """A line of an entry footer beside its date: a name or a list of categories, no sentence, no date."""
    text = text.strip()
    return 0 < len(text.split()) <= ENTRY_FOOTER_WORDS and text[-1:] not in ".!?؟" and not find_dates(text)


def entry_footer_date(lines: Sequence[str], number: int, found: Sequence[DateMatch]) -> bool:
    """Line ``number`` (1-based) holds the date of a blog theme's entry footer, the post's own meta
    printed under it (WordPress's Twenty Sixteen and most themes after it: the author, the date, the
    categories, then the comment link, :data:`lexicon.COMMENT_LINKS`, one a line or run together on
    one line): the line's one date, in a block set apart by a blank line over it, at most the
    author's name above the date, and from it down to the comment link (or a line ending with it)
    at most :data:`ENTRY_FOOTER_ITEMS` lines of names or categories (:func:`_footer_item`). The
    related posts above the footer date their headlines, and a reader's comment has its text
    under its date; neither ends in the comment link."""
    if len(found) != 1:
        return False
    above = [k for k in (number - 1, number - 2) if k >= 1]
    if above and lines[above[0] - 1].strip():
        if not _footer_item(lines[above[0] - 1]) or (len(above) > 1 and lines[above[1] - 1].strip()):
            return False  # (the author's name alone over the date, a blank line over the block)
    keys = _comment_link_keys()
    for n in range(number, min(len(lines), number + ENTRY_FOOTER_ITEMS + 1) + 1):
        text = key(lines[n - 1])
        if any(text == k or (n == number and text.endswith(" " + k)) for k in keys):
            return True
        if n > number and not _footer_item(lines[n - 1]):
            return False
    return False


_REACTION_COUNT = re.compile(r"^\W{0,2}\d[\d.,\s]*[km]?\s+(?P<word>\D+?)\s*$", re.I)
"""A count and its word alone on a line ("33,508 likes", "7,149 shikime", "528 مشاهدة")."""


def reaction_count(text: str) -> bool:
    """``text`` is a social post's likes or views count on a line of its own (:data:`lexicon.REACTION_WORDS`)."""
    m = _REACTION_COUNT.match(ascii_digits(text.strip()))
    return m is not None and key(m.group("word")) in keys_of(REACTION_WORDS)


def profile_count(text: str) -> bool:
    """``text`` is a page's or an account's followers or articles count on a line of its own, as a
    profile's header prints it under the name ("80,582 followers", "449 مقالة"; :data:`lexicon.PROFILE_COUNT_WORDS`)."""
    m = _REACTION_COUNT.match(ascii_digits(text.strip()))
    return m is not None and key(m.group("word")) in keys_of(PROFILE_COUNT_WORDS)


def post_timestamp(lines: Sequence[str], number: int, found: Sequence[DateMatch]) -> bool:
    """Line ``number`` (1-based) is a social post's own date: a date alone on its line right under
    the post's likes or views count (Instagram's "33,508 likes" / "SEPTEMBER 28, 2018"; Facebook's
    and TikTok's post pages print the count and the date together the same way). A post page's
    date stands far under the caption that carries the article, after its hashtags and readers'
    comments, where an ordinary page's footer dates belong to other articles. The page shows the
    account's "Follow" button (:data:`FOLLOW_BUTTON`) too: a news site's "Most read" box prints a
    views count over another story's date ("1.250 shikime" / "28 shtator 2018")."""
    if len(found) != 1 or number < 2 or not reaction_count(lines[number - 2]):
        return False
    if not any(FOLLOW_BUTTON.match(line.strip()) for line in lines):
        return False
    rest = lines[number - 1].replace(found[0].raw, " ", 1)
    return re.search(r"[^\W_]", rest) is None


def _lead_date(lines: Sequence[str], body: frozenset[int]) -> tuple[str | None, str | None]:
    """A date in the first two body lines introduced by "today" (اليوم، sot)."""
    for number in sorted(body)[:2]:
        line = lines[number - 1]
        for match in find_dates(line):
            window = fold(line[max(0, match.start - 30) : match.start])
            if _has_cue(window, TODAY_CUES):
                return match.iso, match.raw
    return None, None


# ---------------------------------------------------------------- outlets and credits


@cache
def _source_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for canonical, spellings in SOURCES.items():
        for spelling in spellings:
            folded = fold(spelling)
            # Short all-caps acronyms (AP, RT, AFP) must be matched case-sensitively on the original.
            flags = 0 if spelling.isupper() and len(spelling) <= 4 and spelling.isascii() else re.I
            target = spelling if flags == 0 else folded
            out.append((canonical, re.compile(rf"(?<![^\W_]){re.escape(target)}(?![^\W_])", flags)))
    return tuple(out)


def canonical_source(text: str) -> str | None:
    """The canonical name of a known agency/outlet named in ``text`` (first by position), else None."""
    folded = fold(text)
    best: tuple[int, int, str] | None = None
    for canonical, pattern in _source_patterns():
        m = pattern.search(text if pattern.flags & re.I == 0 else folded)
        if m and (best is None or (m.start(), -len(m.group())) < best[:2]):
            best = (m.start(), -len(m.group()), canonical)
    return best[2] if best else None


def canonical_name(name: str) -> str | None:
    """The canonical source a whole name stands for ("The Associated Press" → AP, "شبكة الجزيرة
    الإعلامية" → Al Jazeera), or None when the name only mentions one among other words."""
    folded = fold(name)
    fillers = {key(w) for w in NAME_FILLERS}
    for canonical, pattern in _source_patterns():
        probe = name if pattern.flags & re.I == 0 else folded
        m = pattern.search(probe)
        if m and all(w in fillers for w in key(probe[: m.start()] + " " + probe[m.end() :]).split()):
            return canonical
    return None


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" \t:;,.-–—|/\"'“”«»()،؛")
    return name


_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_]+(?:\s[^\W\d_]+)?)(?:\s*:|\t)\s*(?P<value>.+?)\s*$")

FIELD = re.compile(r"^\s*[^\W\d_][^:\t]{0,40}?(?:\s*:\s*|\t+)\S")
"""A field of a record's header: a label and its value after a colon or a tab ("Source: Daily
Paper", "Page\t20", "المصدر: جريدة الميزان")."""
FIELD_LINES = 4
"""Consecutive field lines that make a block of fields (a press clip's or an exported record's header)."""
FIELD_WORDS = 8
"""Most words of a field line."""


def field_blocks(texts: Sequence[str]) -> list[tuple[int, int]]:
    """``(first, end)`` index ranges (end exclusive) of the runs of at least :data:`FIELD_LINES`
    consecutive non-blank lines that are fields ("Source: ...", "Date: ...", "Page: 20",
    "Section: ...", one a line, at most :data:`FIELD_WORDS` words, no sentence): the header of a
    document of its own (a press-monitoring report's clip, a database export's record)."""
    out: list[tuple[int, int]] = []
    start = None
    for i, text in enumerate([*texts, ""]):
        field = bool(FIELD.match(text)) and len(text.split()) <= FIELD_WORDS and not text.rstrip().endswith((".", "!", "?", "؟"))
        if field and start is None:
            start = i
        elif not field and start is not None:
            if i - start >= FIELD_LINES:
                out.append((start, i))
            start = None
    return out


PAGE_OF = re.compile(r"(?:^|[|·•-]\s*)(?:page|faqja|faqe|صفحة|الصفحة)\s+(?P<n>\d{1,4})\s+(?:of|nga|prej|من)\s+(?P<m>\d{1,4})\s*$", re.I)
"""A printout's or an export's page footer, "Page 3 of 12", "Faqja 21 nga 30", "صفحة 7 من 12",
alone or after the document's name and a bar ("MediaScan | Page 21 of 30")."""
RECORD_REACH = 3
"""Lines above a block of fields within which the end of the previous record stands."""


def record_blocks(texts: Sequence[str]) -> list[tuple[int, int]]:
    """The blocks of fields (:func:`field_blocks`) that open a record of a report: at the top of
    ``texts`` (non-blank lines), or within :data:`RECORD_REACH` lines under the line that closed
    the previous record ("— End of clip —") or under a page footer ("Page 21 of 30"), with no
    headline-shaped line between. A byline block under a headline, a fact box inside an article
    or a menu item over a byline block opens none."""
    ends = _article_ends()
    out = []
    for lo, hi in field_blocks(texts):
        above = texts[max(0, lo - RECORD_REACH) : lo]
        first = max(0, lo - RECORD_REACH)
        closed = [
            k for k, text in enumerate(above)
            if key(text) in ends or (PAGE_OF.search(ascii_digits(text)) and (first + k == 0 or _short_or_sentence(texts[first + k - 1])))
        ]  # (a page footer right under a headline is the article's pagination, no record's end)
        if lo == 0 or (closed and all(_short_or_sentence(text) for text in above[closed[-1] + 1 :])):
            out.append((lo, hi))
    return out


def _short_or_sentence(text: str) -> bool:
    """No headline: a line of at most three words or one ending in a full stop (an analyst's note)."""
    return len(text.split()) <= 3 or text.rstrip().endswith((".", "!", "?", "؟"))


def _field_numbers(lines: Sequence[str]) -> frozenset[int]:
    """1-based numbers of the lines in the blocks of fields that open records (:func:`record_blocks`; blank lines are skipped)."""
    numbered = [(n, line) for n, line in enumerate(lines, 1) if line.strip()]
    return frozenset(numbered[k][0] for lo, hi in record_blocks([line for _, line in numbered]) for k in range(lo, hi))


def source_labels(lines: Sequence[str], skip: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """``(line number, value)`` of every "Source: X" / "المصدر: X" / "Burimi: X" line (without a
    date after the name)."""
    labels = {fold(label) for label in CREDIT_LABELS}
    out = []
    for number, line in enumerate(lines, 1):
        if number in skip:
            continue
        m = _LABEL.match(line)
        if m and fold(m.group("label")) in labels:
            value = m.group("value")
            dates = find_dates(value)
            if dates and dates[0].start > 0:
                value = value[: dates[0].start]  # "Source: Gazeta X, 30 shtator 2018": the date the story ran there
            if len(value.split()) <= 8:
                out.append((number, _clean_name(value)))
    return out


_RIGHTS = re.compile(
    r"(?:all\s+rights\s+reserved(?:\s+(?:by|to))?|(?:جميع|كل)\s+الحقوق\s+محفوظة(?:\s*(?:لصالح|لـ|ل(?=\S)))?"
    r"|حقوق\s+(?:النشر|الطبع)(?:\s+محفوظة)?|t[eë]\s+gjitha\s+t[eë]\s+drejtat(?:\s+(?:e\s+)?rezervuara)?(?:\s+(?:nga|p[eë]r))?"
    r"|^\W*copyright|copyright(?=\s*(?:©|\(c\)|(?:19|20)\d\d))|©|\(c\))",
    re.I,
)
"""Copyright and rights-reserved phrases (with the preposition that may follow: "لـ", "nga", "by")."""
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d)")
_NAME_SPLIT = re.compile(r"\s[—–|-]\s|\s*\|\s*|\.\s+|\.$|,\s")
COPYRIGHT_MAX_WORDS = 20
_LEADING_RIGHTS = re.compile(r"^\W{0,2}(?:©|\(c\)|copyright\b)", re.I)
"""A line that opens with the copyright sign: its first sentence names the rights holder however
long the notice that follows ("© 2018 Name. All rights reserved. No part may be copied...")."""
_FIRST_SENTENCE = re.compile(r"(?<=[^\W\d_]{2})\.\s")
"""Longer lines are prose that mentions copyright, not a copyright line."""


_FOR = re.compile(r"^لـ+\s*")
"""The preposition "for" written apart with a tatweel before a name ("لـجريدة الميزان")."""
_BY = re.compile(r"^(?:by|nga|بواسطة|من قبل)\s+(?=\S)", re.I)
"""The "by" between the copyright sign or year and the holder's name, as website builders word a
site's footer ("© 2018 by Name. Proudly created with Wix.com", "© 2023 by Name. Powered by
Squarespace", "© 2018 nga Name"): the name is what follows it."""


@cache
def _legal_links() -> tuple[frozenset[str], int]:
    """Keys of :data:`lexicon.FOOTER_LEGAL_LINKS` and the most words of one."""
    keys = frozenset(key(p) for p in FOOTER_LEGAL_LINKS)
    return keys, max(len(k.split()) for k in keys)


_LINK = "\x00"
"""What stands for each word of a footer's legal link in a copyright line (:func:`_marked_legal_links`)."""


def _legal_spans(keys: Sequence[str]) -> list[tuple[int, int]]:
    """``(first, end)`` indexes of the footer's legal links (:data:`lexicon.FOOTER_LEGAL_LINKS`)
    among the words' keys ``keys``, longest first from the left."""
    links, most = _legal_links()
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(keys):
        n = next((n for n in range(min(most, len(keys) - i), 0, -1) if " ".join(keys[i : i + n]) in links), 0)
        if n:
            spans.append((i, i + n))
        i += n or 1
    return spans


def legal_links_row(text: str) -> bool:
    """``text`` is a footer's row of legal links run together ("User Agreement Privacy Policy Cookie
    Policy Copyright Policy"): two or more of them (:data:`lexicon.FOOTER_LEGAL_LINKS`), making at
    least half its words. A headline naming one ("LinkedIn changes its copyright policy after
    complaints from writers") is none."""
    keys = [k for k in (key(t) for t in text.split()) if k]
    spans = _legal_spans(keys)
    return len(spans) >= 2 and 2 * sum(b - a for a, b in spans) >= len(keys)


def _marked_legal_links(text: str) -> str:
    """``text`` with each word of the footer's legal links (:data:`lexicon.FOOTER_LEGAL_LINKS`)
    replaced by :data:`_LINK` ("© 2018 User Agreement": "© 2018" and two marks); a one-word label
    ("Language") only on a line that holds a longer one (a name may hold the word)."""
    tokens = text.split()
    spans = _legal_spans([key(t) for t in tokens])
    if not any(b - a > 1 for a, b in spans):
        return text
    drop = {j for a, b in spans for j in range(a, b)}
    return " ".join(_LINK if j in drop else t for j, t in enumerate(tokens))


def copyright_name(text: str) -> str | None:
    """The name on a copyright line, whatever the form: what is left once the copyright and
    rights-reserved phrases, years and separators are taken out ("© 2018 Name. All rights
    reserved.", "Name © 2018 Të gjitha të drejtat", "Name — كل الحقوق محفوظة 2018", "جميع الحقوق
    محفوظة لـName © 2018"): the first piece of one to six words. None when the line is no
    copyright line or names nothing. The footer's legal links ("Copyright Policy", "User
    Agreement", "سياسة حقوق النشر") are no copyright line, and a piece that runs into them
    (:func:`_marked_legal_links`: "© 2018 Twitter About Help Center Terms Privacy policy", a footer's
    row of links flattened onto its copyright line) is more links, no name."""
    text = _marked_legal_links(text)
    if len(text.split()) > COPYRIGHT_MAX_WORDS and _LEADING_RIGHTS.match(text):
        text = _FIRST_SENTENCE.split(text, maxsplit=1)[0]  # "© 2018 Name. All rights reserved. Copying ... is forbidden."
    if len(text.split()) > COPYRIGHT_MAX_WORDS or not _RIGHTS.search(text):
        return None
    rest = _YEARS.sub(" ", _RIGHTS.sub(" | ", text))
    for piece in _NAME_SPLIT.split(rest):
        if _LINK in piece and _LEADING_RIGHTS.match(text):
            piece = _holder_before_links(piece)  # ("© 2018 Harbour Times Privacy Policy Terms of Use")
        piece = _FOR.sub("", piece.strip(" \t-–—|:;,."))  # ("محفوظة لـجريدة الميزان": rights reserved *for* the paper)
        piece = _BY.sub("", piece)  # ("© 2018 by Name": a website builder's footer)
        if piece and any(c.isalpha() for c in piece) and len(piece.split()) <= 6 and _LINK not in piece:
            return piece
    return None


def _holder_before_links(piece: str) -> str:
    """The words of a line opening with the copyright sign and year (``piece``, its legal links marked
    :data:`_LINK`) up to the first legal link: the holder's name, as a footer run onto one line prints
    it ("© 2018 Harbour Times Privacy Policy Terms of Use"); ``piece`` itself when one of those words is
    another footer link's (:data:`lexicon.FOOTER_PAGE_WORDS`: "© 2018 Twitter About Help Center Terms
    Privacy policy" runs a row of links together)."""
    head = piece.split(_LINK, 1)[0]
    return piece if any(w in keys_of(FOOTER_PAGE_WORDS) for w in key(head).split()) else head


_SENTENCES = re.compile(r"(?<=[^\W\d_]{2})\.\s+|\s+[|·]\s+")
"""Where a footer line's sentences part ("© 2018 Name. Theme by Maker.", "© 2018 Name | Theme by Maker")."""


def theme_credit(text: str) -> bool:
    """``text`` is a site theme's stock copyright line (:data:`lexicon.THEME_WORDS`): the sentence
    naming the holder calls it a theme ("© 2018 JNews - Premium WordPress news & magazine theme by
    Jegtheme."), so the name is the theme's. A site's own notice followed by a separate credit
    ("© 2018 Name. Theme by Maker.") still names the site."""
    name = copyright_name(text)
    if name is None:
        return False
    holder = key(name)
    for sentence in _SENTENCES.split(text):
        words = key(sentence)
        if holder and holder in words:
            rest = words.replace(holder, " ", 1)  # (a holder called "Tema Online" is no theme)
            return any(re.search(rf"(?<!\w){re.escape(key(w))}(?!\w)", rest) for w in THEME_WORDS)
    return False


_CAPTION_CREDIT = re.compile(r"\s[/|]\s*(?P<name>[^\W\d_][\w .&-]{0,30}?)\s*$")


_COMPANY_SUFFIX = re.compile(r"[\s,]+(?:inc|llc|ltd|corp|corporation)\.?$", re.I)
"""The company form after a network's name in its footer ("Reddit Inc", "Twitter, Inc.")."""


_POST_TAB_TITLE = re.compile(
    r"^(?P<name>[^\W\d_][^:\"“”«»]{0,60}?)\s+(?:on|على|في|në|ne)\s+(?P<platform>[^\W\d_]+(?:\s[^\W\d_]+)?)\s*:\s*[\"“«](?P<caption>.*)[\"”»]\s*$"
)
"""A post page's tab title as a copy keeps it atop the page: the account, the network and the post's
text (cut short or whole) in quotes ("Vizion News on Instagram: “Headline…”", "X على Instagram:
"...""; Twitter's "Name on Twitter: "..."" the same way)."""


TAB_TITLE_LINES = 3
"""Non-blank lines atop a page where a copied post page's tab title stands."""
POST_HEADER_LINES = 6
"""Non-blank lines under a post page's tab title within which the account's "Follow" button stands."""


def tab_title_shape(text: str) -> bool:
    """``text`` has the shape of a post page's tab title (:data:`_POST_TAB_TITLE`: "<account> on
    <network>: "<caption>""), wherever it stands and whatever follows it."""
    return _POST_TAB_TITLE.match(text.strip()) is not None


def post_tab_caption(texts: Sequence[str]) -> str | None:
    """The caption's first words as a post page's tab title quotes them (:func:`post_tab_account`,
    maybe cut short with "…"), when one heads ``texts`` (the page's non-blank lines) and quotes
    at least :data:`TITLE_BAR_WORDS` words; else None."""
    for i in range(min(len(texts), TAB_TITLE_LINES)):
        if post_tab_account(texts, i):
            caption = _POST_TAB_TITLE.match(texts[i].strip()).group("caption").strip().rstrip("…").removesuffix("...")
            return caption if len(key(caption).split()) >= TITLE_BAR_WORDS else None
    return None


def post_tab_account(texts: Sequence[str], i: int) -> str | None:
    """The account named by ``texts[i]`` (the page's non-blank lines) when it is a post page's tab
    title (:data:`_POST_TAB_TITLE`, the network one of :data:`lexicon.SOCIAL_PLATFORMS`), or None.
    The tab title stands in the first :data:`TAB_TITLE_LINES` lines with the account's "Follow"
    button (:data:`FOLLOW_BUTTON`) in the :data:`POST_HEADER_LINES` under it: an article quoting a
    post ("Rama on Twitter: "We won"" in its text, or as its headline) is no post page."""
    m = _POST_TAB_TITLE.match(texts[i].strip()) if i < TAB_TITLE_LINES else None
    if m is None or key(m.group("platform")) not in keys_of(SOCIAL_PLATFORMS):
        return None
    if not any(FOLLOW_BUTTON.match(t.strip()) for t in texts[i + 1 : i + 1 + POST_HEADER_LINES]):
        return None
    name = m.group("name").strip()
    return name if len(name.split()) <= SITE_NAME_WORDS else None


_TAG = re.compile(r"^#(?P<name>[^\W\d_][^\W_]*(?:_[^\W_]+){1,5})$")
"""A hashtag of two to six words joined by underscores ("#Vizion_News", "#شبكة_النهار_الإخبارية")."""


def hashtag_publication(text: str) -> str | None:
    """The publication a line of hashtags names, its words joined by underscores and one of them an
    :data:`lexicon.OUTLET_WORDS` word ("#Vizion_News #lajme #kosova"): news accounts tag their own
    name under each post. None unless every word of the line is a hashtag (a sentence mentioning
    "#Fox_News" names no outlet of its own)."""
    tags = text.split()
    if not tags or not all(t.startswith("#") and len(t) > 1 for t in tags):
        return None
    for tag in tags:
        m = _TAG.match(tag)
        if m and _looks_like_publication(name := m.group("name").replace("_", " ")):
            return name
    return None


def social_post_page(texts: Sequence[str]) -> bool:
    """``texts`` (a page's non-blank lines) show a social network's post furniture: a likes or views
    count on a line of its own (:func:`reaction_count`) or an account's "Follow" button
    (:data:`FOLLOW_BUTTON`). Only there, or where the page prints the name on a line of its own (a
    video page's channel), does a line of hashtags name the page's own account
    (:func:`hashtag_publication`); an article's closing hashtags name a campaign ("#Save_Local_News")
    or another outlet."""
    return any(reaction_count(t) or FOLLOW_BUTTON.match(t.strip()) for t in texts)


def _looks_like_publication(name: str) -> bool:
    k = key(name)
    return any(re.search(rf"(?<!\w){re.escape(key(w))}(?!\w)", k) for w in OUTLET_WORDS)


SITE_HEADER_NAMES = 2
"""Most lines between a blog theme's skip link and its menu button: the site's title and tagline."""


def site_header(rows: Sequence[tuple[int, str]]) -> int | None:
    """Where the site header of a blog theme that opens the page ends: ``rows`` are the page's first
    non-blank lines as ``(line number, text)``; the header is the skip link
    (:data:`lexicon.SKIP_LINKS`), the site's title and maybe its tagline (names of up to
    :data:`SITE_NAME_WORDS` words, no sentence, no date), then the menu button
    (:data:`lexicon.MENU_TOGGLES`), one a line with no blank line between and a blank line under
    the button (WordPress's Twenty Fifteen to Twenty Seventeen and the themes built on them). The
    index in ``rows`` of the menu button, or None. ``rows[1]`` is the site's title."""
    if not rows or key(rows[0][1]) not in keys_of(SKIP_LINKS):
        return None
    for pos in range(1, min(len(rows) - 1, SITE_HEADER_NAMES + 2)):
        number, text = rows[pos]
        if number != rows[pos - 1][0] + 1:
            return None
        if key(text) in keys_of(MENU_TOGGLES):
            return pos if pos >= 2 and rows[pos + 1][0] > number + 1 else None
        if len(text.split()) > SITE_NAME_WORDS or text.strip()[-1:] in ".!?؟:" or find_dates(text) or not key(text):
            return None
    return None


FOLLOW_SITE = re.compile(r"^\W{0,2}(?:follow|تابع|ndiq)\s+[“\"«](?P<name>[^“”\"«»]{2,60})[”\"»]\s*$", re.I)
"""WordPress.com's follow bar under a hosted site's page, naming the site in quotes ("Follow “Site”",
"تابع “Site”", "Ndiq “Site”"): the site's own name, not the platform's."""


@cache
def _site_words() -> tuple[str, ...]:
    return tuple(sorted({key(w) for w in SITE_WORDS}, key=len, reverse=True))


def _logo_name(name: str, line_keys: set[str]) -> str:
    """A copyright line's name without the word "website" before it (:data:`lexicon.SITE_WORDS`:
    "جميع الحقوق محفوظة لموقع صدى البلد" names "موقع صدى البلد") when the page prints the rest on a
    line of its own (the logo: "صدى البلد") and never the whole; else the name as it is (a site
    whose logo reads "موقع الجسر" keeps the word)."""
    k = key(name)
    if k in line_keys:
        return name
    for word in _site_words():
        if k.startswith(word + " ") and k[len(word) + 1 :] in line_keys:
            tokens = name.split()
            return " ".join(tokens[len(word.split()) :])
    return name


def find_outlet(lines: Sequence[str], *, body: frozenset[int], title: str | None) -> str | None:
    """The outlet that published the page, from the evidence the page gives (None if none)."""
    votes: dict[str, float] = {}
    display: dict[str, str] = {}

    def vote(name: str, weight: float) -> None:
        name = _clean_name(name)
        if not name or len(name.split()) > 6:
            return
        canonical = canonical_name(name)
        if canonical in WIRES:
            return
        k = key(canonical or name)
        if not k:
            return
        votes[k] = votes.get(k, 0.0) + weight
        display.setdefault(k, canonical or name)

    nonblank = [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()]
    texts = [text for _, text in nonblank]
    top = {key(text.rstrip(":")) for _, text in nonblank[:3]}
    title_key = key(title) if title else None
    posted = social_post_page(texts)
    line_keys = {key(text) for text in texts}
    masthead = {key(text) for _, text in nonblank[:LOGO_LINES]}  # (a holder printed atop the page is the site, its template credited after it)
    for pos, (number, text) in enumerate(nonblank):
        name = copyright_name(text)
        if name and key(_COMPANY_SUFFIX.sub("", name)) not in keys_of(SOCIAL_PLATFORMS) and not (theme_credit(text) and key(name) not in masthead):
            vote(_logo_name(name, line_keys), 5)  # (not the network's own footer on a copied post page: "© 2018 INSTAGRAM", "Reddit Inc © 2018")
        name = post_tab_account(texts, pos)
        if name:
            vote(name, 6)  # the tab title of a post page: "<account> on Instagram: “...”"
        name = hashtag_publication(text)
        if name and (posted or key(name) in line_keys):
            vote(name, 4)  # "#Vizion_News #lajme": the account tagging its own name
        half = len(text) // 2
        if len(text) % 2 == 0 and half >= 3 and text[:half] == text[half:]:
            vote(text[:half], 2)  # logo text rendered twice: "Kosova TimesKosova Times"
        if " > " in text:
            vote(text.split(" > ")[0], 3)  # breadcrumb root
        if number <= 3 and text.endswith(":") and len(text.split()) <= 5:
            vote(text, 2)  # site name heading the dump
        if title_key is not None and key(text).startswith(title_key) and key(text) != title_key:
            m = _CAPTION_CREDIT.search(text)
            if m:
                vote(m.group("name"), 3)  # "Title / RT": the outlet's own picture credit
        m = _correspondent().search(text)
        if m:
            name = canonical_source(m.group("name"))
            if name:
                vote(name, 3)  # "our correspondent" / "مراسل سبوتنيك": the page's own outlet
    for name, weight in _chrome_names(nonblank, title):
        vote(name, weight)
    if site_header(nonblank[: SITE_HEADER_NAMES + 3]) is not None:
        vote(nonblank[1][1], 2)  # the site's title under its skip link, over its tagline and menu button
    for number, text in nonblank:
        m = FOLLOW_SITE.match(text)
        if m and number not in body:
            vote(m.group("name"), 5)  # WordPress.com's "Follow “Site”": the hosted site, the outlet (not a line of the text quoting it)
    for name in _about_names(nonblank, body):
        vote(name, 4)  # the logo's name opening the footer's "about" sentence: "X is a news portal that ..."
    name = _footer_masthead(nonblank, title)
    if name:
        vote(name, 4)  # the site's name atop the page and over its "Powered by" footer
    name = _dated_logo(nonblank[:LOGO_LINES], title)
    if name:
        vote(name, 2)  # the logo's text between the header's date and the menu's "Home"
    for text in _software_copyrights(nonblank):
        votes.pop(key(text), None)  # "Powered by vBulletin" / "© 2000-2018 vBulletin Solutions": the forum's software
    for _, text in nonblank:
        name = source_link(text)
        if name:
            vote(name, 6)  # "Read the full story at the source: X": an aggregator's or a repost's page of X's story
    fields = _field_numbers(lines)
    reposted = bool(nonblank) and REDDIT_HEADER.match(nonblank[0][1]) is not None
    hosted = _platform_page(nonblank, body)
    for number, value in source_labels(lines):
        if (number in fields or reposted or (hosted and number not in body and key(value) not in GENERIC_SOURCES and not value[:1].islower())) and canonical_source(value) is None:
            vote(value, 6)  # a clip's "Source: <paper>" among its fields: the paper it ran in; a forum post's or a Telegraph page's: the outlet whose story it is
            # (on a Telegraph page a name, not a note opening in small letters: "Source: figures from the ministry")
        elif canonical_source(value) is None and (key(value) in top or _looks_like_publication(value)):
            vote(value, 5)
    if not votes:
        return None
    best = max(votes, key=lambda k: votes[k])
    return display[best]


def _platform_page(nonblank: Sequence[tuple[int, str]], body: frozenset[int]) -> bool:
    """The page (``(line number, text)`` of its non-blank lines) ends with a publishing platform's
    "Report content on this page" link (:data:`lexicon.PLATFORM_REPORT_LINKS`, Telegraph's) outside
    the body: an outlet's story posted on the platform, no site of its own around it."""
    links = keys_of(PLATFORM_REPORT_LINKS)
    return any(key(text) in links and number not in body for number, text in nonblank)


LOGO_LINES = 10
"""Non-blank lines atop a page within which a site prints its name alone (its logo's text), under a top bar of links one a line."""
ABOUT_LEAD_WORDS = 5
"""Words after the name within which a site's "about" sentence calls it a site ("is an independent news site")."""
ABOUT_MIN_WORDS = 8
"""Fewest words of a site's "about" sentence."""


def _about_names(nonblank: list[tuple[int, str]], body: frozenset[int]) -> list[str]:
    """Names the page prints alone near its top (the logo's text) that open its footer's "about"
    sentence under the article, calling themselves a site (:data:`lexicon.SITE_NOUNS`: "Faktori
    Online është portal informativ që ...", "الساحة نيوز موقع إخباري مستقل ..."): the outlet, as a
    news theme's footer widget describes it."""
    end = max(body) if body else 0
    logos = {
        key(text): text for _, text in nonblank[:LOGO_LINES]
        if len(text.split()) <= SITE_NAME_WORDS and text[-1:] not in ".!?؟:،," and not find_dates(text) and key(text)
    }
    nouns = keys_of(SITE_NOUNS)
    out = []
    for number, text in nonblank:
        if number <= end or text[-1:] not in ".!؟" or len(text.split()) < ABOUT_MIN_WORDS:
            continue
        k = key(text)
        for logo, shown in logos.items():
            if k.startswith(logo + " "):
                lead = k[len(logo) :].split()[: ABOUT_LEAD_WORDS + 1]
                pairs = {" ".join(lead[i : i + 2]) for i in range(len(lead) - 1)}
                if nouns & (set(lead) | pairs):
                    out.append(shown)
    return out


_POWERED = re.compile(r"^\W*(?:powered by|runs on|built with|مدعوم من|بدعم من|مشغل بواسطة|mundësuar nga|mundesuar nga)\s+(?P<name>[^\W\d_][\w.-]*)", re.I)
"""The software a site runs on, in its footer: "Powered by vBulletin® Version 3.8.11"."""


MAKER_MIN_LETTERS = 4
"""Fewest letters of the name of the software a site is "powered by" (vBulletin, phpBB, WordPress)."""

FOOTER_BLOCK_LINES = 5
"""Most lines of a site's footer block from its name down to its "Powered by" line (name, address, email, phone)."""
MASTHEAD_LINES = 6
"""First lines of a page among which its site name stands (under a cookie banner and an announcement bar)."""


def _footer_masthead(nonblank: list[tuple[int, str]], title: str | None) -> str | None:
    """The site's name heading the footer block that closes with its "Powered by <software>" line,
    no blank line between, over the site's own lines (a website builder's footer: "Hapësira" /
    "Rruga e Kavajës, Tiranë" / "redaksia@hapesira.al" / "Powered by Squarespace"), when the page
    prints that name among its first :data:`MASTHEAD_LINES` lines too (the site title over the
    navigation): a short name (at most :data:`SITE_NAME_WORDS` words, no end punctuation), never
    the headline nor a "Home" link nor a site page's link heading the footer's block ("Kontakt" /
    the address / the e-mail, :data:`lexicon.SITE_PAGE_LINKS`). None otherwise: a footer that repeats the top menu ("About" /
    "Contact" / "Powered by WordPress", its lines all atop the page) names no site."""
    top = {key(text) for _, text in nonblank[:MASTHEAD_LINES]}
    for pos, (_, text) in enumerate(nonblank):
        if not _POWERED.match(text):
            continue
        first = pos
        while first > 0 and pos - first + 1 < FOOTER_BLOCK_LINES and nonblank[first - 1][0] == nonblank[first][0] - 1:
            first -= 1
        if pos - first < 2 or (first > 0 and nonblank[first - 1][0] == nonblank[first][0] - 1):
            continue  # (no name over lines of the site's own, or the footer goes on above it)
        name = nonblank[first][1]
        own = [key(line) for _, line in nonblank[first + 1 : pos]]
        if (
            len(name.split()) <= SITE_NAME_WORDS and name[-1:] not in ".!?؟:" and key(name) in top and first >= MASTHEAD_LINES
            and key(name) not in {key(label) for label in (*HOME_LABELS, *SITE_PAGE_LINKS)} and key(name) != (key(title) if title else None)
            and not any(k in top for k in own)
        ):
            return name
    return None


HEADER_DATE_WORDS = 6
"""Most words of the header's date line of the day ("Wednesday , October 3 2018", "e mërkurë , 3 tetor 2018")."""


def _dated_logo(top: list[tuple[int, str]], title: str | None) -> str | None:
    """The site's name as its logo's text in a news theme's header (TieLabs' Sahifa and most
    WordPress news themes: the top links, the date of the day, the logo, the main menu): a short
    name alone on its line (at most :data:`SITE_NAME_WORDS` words, no end punctuation, no date)
    right under the date line (a date and at most :data:`HEADER_DATE_WORDS` words) and right over
    the menu's first link, "Home" (:data:`lexicon.HOME_LABELS`; the menu one a line or run
    together), among the page's first non-blank lines ``top``. Never the headline, nor a ticker's
    label in its place ("Lajm i fundit", "عاجل": :data:`lexicon.TICKER_LABELS`)."""
    homes = keys_of(HOME_LABELS)
    for pos in range(1, len(top) - 1):
        date, (_, name), menu = top[pos - 1][1], top[pos], top[pos + 1][1]
        if not find_dates(date) or len(date.split()) > HEADER_DATE_WORDS or not key(menu).split() or key(menu).split()[0] not in homes:
            continue
        k = key(name)
        if k and len(name.split()) <= SITE_NAME_WORDS and name[-1:] not in ".!?؟:" and not find_dates(name) and k not in homes | keys_of(TICKER_LABELS) and k != (key(title) if title else None):
            return name
    return None


def _software_copyrights(nonblank: list[tuple[int, str]]) -> list[str]:
    """Copyright names of the software a page says it is powered by ("Copyright ©2000 - 2018,
    vBulletin Solutions, Inc." under "Powered by vBulletin"): the forum's or the blog's maker,
    never the outlet. A maker's name of under :data:`MAKER_MIN_LETTERS` letters ("Al", "Top": the
    first word of "Powered by Al Mayadeen Digital") or in the site's name atop the page is the
    outlet's own group, not software."""
    masthead = {w for _, text in nonblank[:3] for w in key(text).split()}
    makers = {
        name for _, text in nonblank
        if (m := _POWERED.match(text)) and key(m.group("name"))
        and len(name := key(m.group("name")).split()[0]) >= MAKER_MIN_LETTERS and name not in masthead
    }
    if not makers:
        return []  # (no "Powered by" line: the copyright lines need no second reading)
    out = []
    for _, text in nonblank:
        name = copyright_name(text)
        if name and makers & set(key(name).split()):
            out.append(canonical_name(_clean_name(name)) or _clean_name(name))
    return out


@cache
def _source_link_phrases() -> tuple[str, ...]:
    """Keys of :data:`lexicon.SOURCE_LINKS`, longest first."""
    return tuple(sorted((key(p) for p in SOURCE_LINKS), key=len, reverse=True))


_SOURCE_WORDS = frozenset({"", "the source", "source", "its source", "المصدر", "burim", "burimi", "burimin"})
"""What may stand between a :data:`lexicon.SOURCE_LINKS` phrase and the colon before the source's name."""


def source_link(text: str) -> str | None:
    """The source named by a link to the story on its source's site ("Read the full story at the
    source: Harbour Daily", "اقرأ الخبر كاملاً من المصدر: X", "Lexo lajmin e plotë në burim: X"):
    the name after the colon; None for other lines, and for a link naming no source before a colon
    ("Continue reading on page 2", "اقرأ الخبر كاملاً من هنا", "Read more on this topic: Headline")."""
    k = key(text)
    for phrase in _source_link_phrases():
        if k == phrase or k.startswith(phrase + " "):
            head, colon, tail = text.partition(":")
            if not colon or key(head)[len(phrase) :].strip() not in _SOURCE_WORDS:
                return None
            name = _clean_name(tail)
            return name if name and len(name.split()) <= SITE_NAME_WORDS and "/" not in name else None
    return None


_HOST = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/?$", re.I)
"""A bare host name on a line of its own ("www.example.com"): a reader view's or a print's header."""
_TITLE_BAR = re.compile(r"^(?:[\d/.,:\s-]+\s)?(?P<head>\S.*?)\s*(?:…|\.\.\.)?\s+\|\s+(?P<site>[^|]+)$")
"""A browser title bar, "Headline (maybe truncated with …) | Site", maybe after a print time stamp."""
SITE_NAME_WORDS = 6
_HANDLE = re.compile(r"^@[A-Za-z0-9_.]{2,40}$")
"""An account's handle on a line of its own ("@lajmeexpress"), under its name in a profile's header."""
PROFILE_LINES = 6
"""Lines at the top of a page where a channel's or profile's header (name over handle) stands."""
REDDIT_HEADER = re.compile(r"^Posted by u/(?P<user>[\w-]{3,20})(?:\s+(?P<age>.+))?$")
"""The header over a Reddit post's title (the 2018 redesign, in English whatever the community's
language): "Posted by u/user 5 hours ago" (the age on the next line in some copies)."""
FOLLOW_BUTTON = re.compile(r"^\W{0,2}(?:follow|متابعة|تابع|ndiq)\b(?:\s*[·•|-]\s*[\d.,٠-٩]+\s*[KkMmألف]*\s*\w+)?\s*$", re.I)
"""A "follow" button under a source's or an account's name, maybe with its followers ("Follow ·
12.4K followers", "+ متابعة", "Ndiq · 80K ndjekës"): the name over it is a profile's."""


def embedded_post_header(text: str) -> bool:
    """``text``, the line over a "follow" button, is an @handle: the header of a post embedded in
    the article ("Edi Rama" / "@ediramaal" / "Follow"), not the source an aggregator shows."""
    return _HANDLE.match(text.strip()) is not None


TITLE_BAR_WORDS = 3
"""Words of the headline a title bar must repeat (the last one maybe cut) to name the site after it."""


def title_bar_site(text: str, title: str | None) -> str | None:
    """The site named by a title bar that repeats the headline, whole or cut short ("Headline… | Site")."""
    m = _TITLE_BAR.match(text)
    if m is None or title is None:
        return None
    head, want = key(m.group("head")).split(), key(title).split()
    if len(head) < TITLE_BAR_WORDS or len(head) > len(want) or head[:-1] != want[: len(head) - 1] or not want[len(head) - 1].startswith(head[-1]):
        return None
    site = m.group("site").strip()
    return site if len(site.split()) <= SITE_NAME_WORDS else None


def verified_label(text: str) -> bool:
    """``text`` is the "verified account" badge's label alone (:data:`lexicon.VERIFIED_LABELS`)."""
    return key(text) in keys_of(VERIFIED_LABELS)


def _chrome_names(nonblank: list[tuple[int, str]], title: str | None) -> list[tuple[str, float]]:
    """Site names the browser's chrome prints: the name after a bare host line heading the page (a
    reader view: "www.example.com" / "Example Daily"), the name after the headline in a title
    bar (a printed page's header: "29/09/2018, 11:53  Headline… | Example Daily"), the name
    over an account's handle in a channel's or profile's header at the top of the page ("Lajme
    Express" / "@lajmeexpress": a Telegram channel's web view, a social profile), and the name
    over a "follow" button (:data:`FOLLOW_BUTTON`: the source an aggregator shows the story from)."""
    out = []
    title_key = key(title) if title else None
    for pos, (_, text) in enumerate(nonblank[:3]):
        if _HOST.match(text) and pos + 1 < len(nonblank):
            following = nonblank[pos + 1][1]
            if len(following.split()) <= SITE_NAME_WORDS and following[-1:] not in ".!?؟:" and key(following) != title_key:
                out.append((following, 2.0))
    for _, text in nonblank:
        site = title_bar_site(text, title)
        if site:
            out.append((site, 3.0))
    headers = set()  # publications' headers: a name over its sections or its followers count and a "follow" button
    for pos in range(1, len(nonblank)):
        name = nonblank[pos - 1][1]
        if verified_label(name) and pos >= 2:
            name = nonblank[pos - 2][1]  # the account over its "Verified" badge and "Follow"
        follow = FOLLOW_BUTTON.match(nonblank[pos][1]) and not embedded_post_header(name) and not _author_follow(nonblank, pos)
        if follow and profile_count(name) and pos >= 2:
            name = nonblank[pos - 2][1]  # a page's header: its name, its followers or articles count, "Follow"
            follow = not embedded_post_header(name)  # (an embedded post's "@handle" / "1.2M followers" / "Follow")
        elif follow and MENU_ROW.search(name) and pos >= 2:
            name = nonblank[pos - 2][1]  # a publication's header: its name, its sections' row, "Follow"
        elif follow:
            name = _column_head(nonblank, pos - 1) or name  # its name over its sections, one a line
        if (_HANDLE.match(nonblank[pos][1]) and pos < PROFILE_LINES or follow) and len(name.split()) <= SITE_NAME_WORDS and name[-1:] not in ".!?؟:" and key(name) != title_key and not MENU_ROW.search(name) and not reaction_count(name) and not profile_count(name):
            out.append((name, 3.0))  # (not a quoted post's "12,345 likes" nor a theme's "40.6k Followers" over its "Follow")
            if name != nonblank[pos - 1][1]:
                headers.add(key(name))
    for _, text in nonblank:
        m = _SUBSCRIBE_TO.match(text)
        if m:
            out.append((m.group("name"), 5.0))
        m = _MORE_FROM.match(text)
        if m and key(m.group("name")) in headers:
            out.append((m.group("name"), 3.0))
    masthead = {key(text) for _, text in nonblank[:3]}
    for _, text in nonblank:
        m = _SUBSCRIBE_BOX.match(text)
        if m and key(m.group("name")) in masthead and (title is None or key(m.group("name")) != key(title)):
            out.append((m.group("name"), 6.0))  # (over the writer's "© 2018 <writer>" in the platform's footer)
    return out


_SUBSCRIBE_BOX = re.compile(r"^\W{0,2}subscribe to\s+(?P<name>\S.{0,60}?)\s*$", re.I)
"""The subscribe box under a newsletter platform's post ("Subscribe to <publication>" over its
description and "Type your email…", Substack's and Ghost's): the publication's name, which also
heads the page, is the outlet ("Subscribe to our newsletter" names no line atop the page; a headline
naming a show, "The Daily" over a story on it and "Subscribe to The Daily", names no outlet)."""


READ_TIME = re.compile(
    r"(?<!\w)[\d٠-٩]+\s*(?:min(?:ute)?s?\s+read|min(?:uta)?\s+lexim|(?:دقائق|دقيقة)\s+(?:لل)?قراءة)(?!\w)", re.I
)
"""A post's reading time as blogging platforms print it under the author's name ("5 min read",
"3 min lexim", "5 دقائق قراءة")."""

MENU_ROW = re.compile(r"\S\s{2,}\S+\s{2,}\S")
"""Three or more items set apart by runs of spaces: a row of menu links, not a name (over a
"follow" button, the row of a publication's sections under its name)."""

_SUBSCRIBE_TO = re.compile(r"^\W{0,2}never miss a story from\s+(?P<name>[^,.!?]{2,60}?)\s*(?:[,.!?]|$)", re.I)
"""A blogging platform's banner inviting readers to follow the publication the post appears in
(Medium: "Never miss a story from <publication>, when you sign up for Medium."): the outlet."""

_MORE_FROM = re.compile(r"^\W{0,2}more from\s+(?P<name>\S.{0,60}?)\s*$", re.I)
"""The "More from <publication>" list under a platform's post; its name counts only when it also
heads a publication's header on the page (its name over its sections and a "follow" button),
since news sites head their own section lists the same way ("More from Politics") and put a
"follow" button under a topic's name ("Transport" / "Follow")."""


COLUMN_LINES = 3
"""Fewest short lines (a name over two or more sections) that make a publication's header column."""
COLUMN_MAX_LINES = 7
"""Most lines of such a column (the name and its sections, one a line)."""


def _short_item(text: str) -> bool:
    return len(text.split()) <= 3 and text[-1:] not in ".!?؟:"


def _column_head(nonblank: list[tuple[int, str]], last: int) -> str | None:
    """The name heading a column of short lines that ends at ``last`` (over a "follow" button): a
    publication's header with its sections one a line ("Name" / "News" / "Reports" / "Opinion" /
    "Follow"), when the page names the head again over another "follow" button (the publication's
    box) or in "More from <name>" (a site's menu repeated in its footer does not count), and
    no menu bar of the page lists the head among its links (a news site's section over its
    subsections and a "follow" button); None when there is no such column (the line over the
    button is the name itself)."""
    first = last
    while first > 0 and last - first + 1 < COLUMN_MAX_LINES and _short_item(nonblank[first - 1][1]):
        first -= 1
    if last - first + 1 < COLUMN_LINES or not _short_item(nonblank[last][1]):
        return None
    head = nonblank[first][1]
    k = key(head)
    if any(k in menu_items(text) for _, text in nonblank):
        return None  # (a site's section with its subsections and a "follow" button: "Sport" / "Football" / "Tennis")
    for pos, (_, text) in enumerate(nonblank):
        if first <= pos <= last:
            continue
        m = _MORE_FROM.match(text)
        boxed = key(text) == k and pos + 1 < len(nonblank) and FOLLOW_BUTTON.match(nonblank[pos + 1][1])
        if boxed or (m and key(m.group("name")) == k):
            return head
    return None


_MENU_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s{2,}")
"""What sets a menu bar's links apart ("Home | News | Sport", "News  Sport  Business")."""


def menu_items(text: str) -> set[str]:
    """The keys of the links of a menu bar (three or more items between separators), else none:
    a site names its own sections there, never a publication hosted on a platform."""
    items = [key(item) for item in _MENU_SEPARATOR.split(text.strip()) if item]
    return set(items) if len(items) >= 3 else set()


def _author_follow(nonblank: list[tuple[int, str]], pos: int) -> bool:
    """The "follow" button at ``pos`` is an author's, not a publication's: a reading time follows
    it (a blogging platform's byline: "Name" / "Follow" / "Sep 28, 2018 · 5 min read") or a
    "written by" label heads the name (the author box under the post)."""
    after = nonblank[pos + 1][1] if pos + 1 < len(nonblank) else ""
    before = key(nonblank[pos - 2][1].rstrip(":")) if pos >= 2 else ""
    return READ_TIME.search(after) is not None or before in {key(w) for w in BYLINE_PREFIXES}


@cache
def _correspondent() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in CORRESPONDENT_WORDS)
    return re.compile(rf"(?:{words})\w*\s+[\"“«]?(?P<name>[^\"”»،,.]{{2,30}})[\"”»]?", re.I)


_TRAILER = re.compile(r"^(?:\((?P<a>[^()]{2,30})\)|/(?P<b>[^/]{2,30})/|\[(?P<c>[^\[\]]{2,30})\])$")
"""A source credit on the line after the article: "(Koha.net)", "/ATSH/", "(رويترز)"."""

END_MARKS: tuple[str, ...] = ("النهاية", "انتهى", "end", "the end", "fund", "fundi")
"""Words a wire prints in brackets after its text to end it ("(النهاية)", "(End)"): no source."""
_END_KEYS = frozenset(key(w) for w in END_MARKS)


def _trailer_credit(line: str) -> str | None:
    """The source named by a bracketed line after the article, or None ("(Archive photo)" is not)."""
    m = _TRAILER.match(line)
    if not m:
        return None
    name = (m.group("a") or m.group("b") or m.group("c")).strip()
    known = canonical_source(name)
    if known:
        return known
    k = key(name)
    if k in _END_KEYS:
        return None  # "(النهاية)", "(End)": the wire's end mark, no name
    if len(name.split()) > 3 or any(k.startswith(key(p)) for p in MARKERS["caption"][1] if key(p)):
        return None
    return name


_DATELINE = re.compile(r"^\W{0,3}[^\W\d_][^()]{0,60}?[(（]\s*(?P<name>[^()]{2,30}?)\s*[)）]\s*[-–—:]")
_PRESS_REVIEW = re.compile(r"(?P<verb>\w+)[^.:؟?!]{0,80}?\s(?:في|in|në|ne)\s+[\"“«](?P<name>[^\"”»]{2,40})[\"”»]")


CREDIT_AFTER_END = 2
"""Lines under the line that closed the article ("نهاية الخبر") where a "Source: X" line still credits it."""


@cache
def _article_ends() -> frozenset[str]:
    """Keys of the lines that close an article in exports and clipping reports ("— End of clip —")."""
    return frozenset(key(phrase) for phrase in MARKERS["article_end"][1])


def find_credit(lines: Sequence[str], *, body: frozenset[int], outlet: str | None) -> str | None:
    """The wire or paper the article credits (canonical name when known), or None."""
    outlet_key = key(outlet) if outlet else None
    ends = _article_ends()
    stop = next((n for n in range(max(body, default=0) + 1, len(lines) + 1) if key(lines[n - 1]) in ends), len(lines))
    for number, value in source_labels(lines):
        if number > stop + CREDIT_AFTER_END:
            continue  # (the next clip's "Source:", past the line that closed the article and what follows it)
        canonical = canonical_source(value)
        if canonical is not None:
            if outlet_key is None or key(canonical) != outlet_key:
                return canonical
            continue
        if key(value) == outlet_key or key(value) in GENERIC_SOURCES or _looks_like_publication(value):
            continue
        return value
    if body:
        trailer = next((line.strip() for line in lines[max(body):] if line.strip()), "")
        name = _trailer_credit(trailer)
        if name and key(name) != outlet_key:
            return name
    lead = [lines[n - 1] for n in sorted(body)[:2]]
    for line in lead[:1]:
        m = _DATELINE.match(line)
        if m and canonical_source(m.group("name")):
            return canonical_source(m.group("name"))
    verbs = {fold(v) for v in WROTE_VERBS}
    for line in lead:
        for m in _PRESS_REVIEW.finditer(line):
            if fold(m.group("verb")) in verbs or any(fold(v) in fold(line[: m.start("name")]).split() for v in verbs):
                return canonical_source(m.group("name")) or _clean_name(m.group("name"))
    for line in lines:  # "Copyright 2024 The Associated Press": syndicated wire copy
        found = copyright_name(line.strip())
        name = canonical_name(_clean_name(found)) if found else None
        if name in WIRES:
            return name
    return None
