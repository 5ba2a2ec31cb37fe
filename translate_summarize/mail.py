"""Forwarded e-mails: an article that reaches the batch as a mail forwarded to its mailbox.

A desk forwards an outlet's article (the outlet's share-by-mail copy, a newsletter item) to the
batch's mailbox; the mail client copies the mail it forwards under its own header, over the
forwarder's note and signature ("FYI", "Sent from my iPhone"):

* Gmail: "---------- Forwarded message ---------" (Arabic "---------- الرسالة المعاد توجيهها
  ---------"), then "From:", "Date:", "Subject:", "To:" (each label in the client's language:
  "من:", "التاريخ:", "الموضوع:", "إلى:"; "Nga:", "Data:", "Subjekti:", "Për:");
* Outlook: a rule of underscores or "-----Original Message-----", then "From:", "Sent:", "To:",
  "Cc:", "Subject:" ("تاريخ الإرسال:", "Dërguar:");
* Apple Mail: "Begin forwarded message:" and the same fields;
* Thunderbird: "-------- Forwarded Message --------", "Subject:", "Date:", "From:", "To:".

The header's date is the day the mail was sent or forwarded, not the article's (a day or more
after it), and its subject ("Fwd: <headline>") is no headline line of the article, though it
names the headline. :func:`read_forward` blanks the header and everything above it (the
forwarder's note and signature are never the article), one output line for every input line, and
hands the subject, its forward prefixes off, as the headline the mail names
(:class:`pagetext.PageText`), and its date as the day the mail was sent (the article's date only
when the article shows none: a press release forwarded with no dateline). A header counts only
near the top of the text (within :data:`NOTE_LINES` non-blank lines, none of them dated: an
article's date line over a quoted mail is the article's), under a forward separator or with a
forwarded subject ("Fwd:", not a reply's "Re:") that names the headline under it: an article
that quotes a mail's "From:" and "Date:" lines in its text is read as before.
"""

from __future__ import annotations

import re

from .metadata import find_dates
from .pagetext import PageText
from .textnorm import fold, key

NOTE_LINES = 6
"""Non-blank lines above a forward's header at most: the forwarder's note, greeting and signature."""
HEADER_FIELDS = 3
"""Fields a forward's header shows at least: the sender, the date and the subject (and the recipients)."""
HEADER_GAP = 1
"""Blank lines allowed between a separator and the first field, or between two fields."""

_SEPARATOR = re.compile(
    r"^\s*(?:[-_=]{2,}\s*)?(?P<label>[^\W\d_][^-_=:]{2,50}?)\s*(?::|\s*[-_=]{2,})\s*$"
)
"""A line of the header's separator: its words between rules of dashes ("---------- Forwarded
message ---------", "-----Original Message-----") or ending in a colon ("Begin forwarded message:")."""
SEPARATOR_WORDS = frozenset(
    fold(w)
    for w in (
        "forwarded message", "original message", "begin forwarded message", "forwarded email",
        "الرسالة المعاد توجيهها", "رسالة معاد توجيهها", "الرسالة المعادة التوجيه", "الرسالة المحولة", "رسالة محولة",
        "الرسالة الأصلية", "بداية الرسالة المعاد توجيهها", "بدء الرسالة المعاد توجيهها",
        "mesazh i përcjellë", "mesazhi i përcjellë", "mesazh i percjelle", "mesazhi origjinal", "mesazh i përcjellur",
        "mesazh i transferuar", "mesazhi i transferuar", "fillimi i mesazhit të përcjellë",
    )
)
"""What the forward separators of Gmail, Outlook, Apple Mail and Thunderbird say, in English,
Arabic and Albanian (folded)."""
_RULE = re.compile(r"^\s*_{10,}\s*$")
"""Outlook's rule of underscores over the forwarded mail's header."""

FIELDS: dict[str, frozenset[str]] = {
    role: frozenset(fold(w) for w in labels)
    for role, labels in {
        "from": ("from", "من", "المرسل", "nga", "dërguesi", "prej"),
        "date": ("date", "sent", "التاريخ", "تاريخ", "تاريخ الإرسال", "أرسلت", "أُرسلت", "مرسل", "data", "dërguar", "dërguar më"),
        "subject": ("subject", "الموضوع", "موضوع", "subjekti", "tema", "lënda"),
        "to": ("to", "cc", "bcc", "reply-to", "إلى", "نسخة", "نسخة مخفية", "për", "drejtuar", "kopje"),
    }.items()
}
"""The header's field labels by role, as the clients write them in English, Arabic and Albanian (folded)."""
_FIELD = re.compile(r"^\s*(?P<label>[^\d:]{1,30}?)\s*:\s*(?P<value>\S.*?)\s*$")
"""A field line: a label of no digits before the first colon, and its value."""

FORWARD_PREFIXES = ("fwd", "fw", "tr", "wg", "enc", "rv", "إعادة توجيه", "përc", "perc")
"""Prefixes a client puts before a forwarded mail's subject ("Fwd:", "FW:", "TR:", "WG:", "RV:",
"ENC:", Outlook's Arabic "إعادة توجيه:")."""
REPLY_PREFIXES = ("re", "aw", "رد")
"""Prefixes a client puts before an answered mail's subject ("Re:", "AW:", "رد:"): a reply's
header quoted in an article ("Subject: RE: Bus contract") forwards nothing."""


_PREFIX = re.compile(
    r"^\s*(?:(?:" + "|".join(re.escape(p) for p in FORWARD_PREFIXES + REPLY_PREFIXES) + r")\s*(?:\[\d+\])?\s*:\s*)+", re.I
)
"""The run of forward and reply prefixes opening a subject ("Fwd: Re: ", "FW [2]: ")."""


def forward_prefixed(subject: str) -> bool:
    """True when the prefixes opening a subject hold a forward's: "Fwd: ...", "FW: ...", "Re: Fwd:
    ...", "إعادة توجيه: ..."; a reply's alone ("Re: ...") is no forward."""
    run = _PREFIX.match(subject)
    if run is None:
        return False
    return any(re.sub(r"\[\d+\]", "", p).strip().lower() in FORWARD_PREFIXES for p in run.group(0).split(":"))


def without_prefixes(subject: str) -> str:
    """A subject without its forward and reply prefixes: "Fwd: Fwd: Headline" -> "Headline"."""
    return _PREFIX.sub("", subject).strip()


def field_role(row: str) -> tuple[str, str] | None:
    """``(role, value)`` of a mail header's field line ("Subject: Fwd: ..." -> ("subject", "Fwd: ...")), else ``None``."""
    m = _FIELD.match(row)
    if m is None:
        return None
    label = " ".join(fold(m.group("label")).split())
    return next(((role, m.group("value")) for role, labels in FIELDS.items() if label in labels), None)


def separator(row: str) -> bool:
    """True for a forward separator line ("---------- Forwarded message ---------", "Begin
    forwarded message:", "-----Original Message-----") or Outlook's rule of underscores."""
    if _RULE.match(row):
        return True
    m = _SEPARATOR.match(row)
    return m is not None and fold(m.group("label")).strip() in SEPARATOR_WORDS


def _fields(rows: list[str], start: int) -> tuple[int, dict[str, str]]:
    """The header fields from ``start`` on: the last field's row and the value of each role (the first of each)."""
    found: dict[str, str] = {}
    last, gap = start - 1, 0
    for i in range(start, len(rows)):
        if not rows[i].strip():
            gap += 1
            if gap > HEADER_GAP:
                break
            continue
        field = field_role(rows[i])
        if field is None:
            break
        found.setdefault(*field)
        last, gap = i, 0
    return last, found


def forward_header(rows: list[str], start: int = 0) -> tuple[int, int, str, str | None] | None:
    """``(first row, last row, subject, date)`` of the first forward header from row ``start`` on,
    within :data:`NOTE_LINES` non-blank rows of it and with no dated line over it: a separator over
    at least :data:`HEADER_FIELDS` fields with a sender and a subject, or such fields alone when
    the subject is forwarded ("Fwd: ...") and names the headline under them (:func:`_names_headline`)."""
    seen = 0
    for i in range(start, len(rows)):
        if not rows[i].strip():
            continue
        if seen > NOTE_LINES or find_dates(rows[i]):
            return None  # (a dated line over the header is the article's own dateline: the header is quoted in it)
        seen += 1
        sep = separator(rows[i])
        last, found = _fields(rows, i + 1 if sep else i)
        if len(found) < HEADER_FIELDS or not {"from", "subject"} <= found.keys():
            continue
        if sep or (forward_prefixed(found["subject"]) and _names_headline(rows, last + 1, found["subject"])):
            return i, last, found["subject"], found.get("date")
    return None


def _names_headline(rows: list[str], start: int, subject: str) -> bool:
    """True when the subject (its prefixes off) names a line among the first :data:`NOTE_LINES`
    non-blank rows from ``start``: the headline of the article the mail forwards ("FW: Press
    release: Water works" over "Water works"). Fields with no separator over them are only a
    forward's when so (an article quoting a phishing mail's "Subject: Fwd: Your parcel is
    waiting" goes on with its own text)."""
    wanted = key(without_prefixes(subject))
    heads = [key(row) for row in rows[start:] if row.strip()][:NOTE_LINES]
    return bool(wanted) and any(
        head == wanted or (len(head.split()) >= HEADLINE_WORDS and f" {head} " in f" {wanted} ") for head in heads
    )


HEADLINE_WORDS = 3
"""Fewest words of a headline line the forwarded subject holds within more words ("Press release: <headline>")."""


def read_forward(raw: str) -> PageText | None:
    """``raw`` as the mail it forwards when it is a forwarded e-mail: the forward's header (each
    nested one of a forward of a forward) and what stands above it blanked, line for line, the
    subject without its prefixes as the headline the mail names and the innermost header's date as
    the day it was sent (:attr:`pagetext.PageText.sent`); else ``None``."""
    rows = raw.split("\n")
    header = forward_header(rows)
    if header is None:
        return None
    while (nested := forward_header(rows, header[1] + 1)) is not None:
        header = nested
    blanked = [""] * (header[1] + 1) + rows[header[1] + 1 :]
    return PageText("\n".join(blanked), title=without_prefixes(header[2]) or None, sent=header[3])
