"""Forwarded e-mails (Gmail, Outlook, Apple Mail, Thunderbird; English, Arabic, Albanian): the
forward's header and the forwarder's note are no article, the header's date is the forward's, not
the article's, and its subject ("Fwd: <headline>") is no headline line; a forwarded mail sent as a
record's text is a page dump. Articles that quote a mail's header lines, or tell of a forwarded
message, read as before."""

from __future__ import annotations

import pytest

from translate_summarize.article import Article
from translate_summarize.boilerplate import units
from translate_summarize.clean import _extract, clean, extract_text, looks_like_page_dump
from translate_summarize.mail import field_role, forward_header, forward_prefixed, read_forward, separator, without_prefixes
from translate_summarize.settings import Settings

from page_texts import HEADLINE, PROSE, body_texts as _body, clean_page as _clean

SHARE_FOOTER = ["", "Read the full story on the Herald's site", "https://herald.example/bus-budget", "",
                "© 2021 Daily Herald", "12 Harbour Street", "Unsubscribe"]


def _gmail(note: list[str], date: str, article: list[str]) -> str:
    return "\n".join(
        [*note, "", "---------- Forwarded message ---------", "From: Daily Herald <newsroom@herald.example>",
         f"Date: {date}", f"Subject: Fwd: {HEADLINE}", "To: desk@news.example", "", *article, *SHARE_FOOTER]
    )


ARTICLE = [HEADLINE, "14 March 2021", "", PROSE[0], "", PROSE[1], "", PROSE[2], "", PROSE[3]]


def test_gmail_forward_dates_the_article_not_the_forward() -> None:
    """The header's "Date:" (the forward, two days later) is passed over for the article's date
    under its headline; the subject is not taken for the headline; the note is not body."""
    article = _clean(_gmail(["FYI, see below", "Sent from my iPhone"], "Tue, Mar 16, 2021, 9:12 AM", ARTICLE))
    assert (article.title, article.title_line, article.published) == (HEADLINE, 10, "2021-03-14")
    assert _body(article) == PROSE


def test_short_forwarded_article_keeps_its_one_line_headline() -> None:
    """A one-sentence article under its headline and a date line of digits: the subject names the
    headline, which stays one line (the date under it is no part of it) and the date is the article's."""
    short = [HEADLINE, "14/03/2021 18:40", "", PROSE[0]]
    article = _clean(_gmail(["For the archive"], "Mar 16, 2021, 09:12", short))
    assert (article.title, article.title_line, article.published) == (HEADLINE, 9, "2021-03-14")
    assert _body(article) == [PROSE[0]]


ARABIC_HEADLINE = "المجلس البلدي يقر ميزانية جديدة للنقل العام"
ARABIC_PROSE = [
    "أقر المجلس البلدي يوم الثلاثاء ميزانية بقيمة 40 مليون يورو للنقل العام، حسبما قال رئيس البلدية.",
    "وسيذهب معظم المبلغ إلى شراء 120 حافلة كهربائية وإنشاء مسارات جديدة للحافلات في الطرق الرئيسية.",
    "وصوتت المعارضة ضد الميزانية، قائلة إنها لا تستثمر ما يكفي في ضواحي المدينة.",
]


def test_outlook_arabic_forward_under_a_rule() -> None:
    """Outlook's Arabic forward: a rule of underscores over "من:", "تاريخ الإرسال:", "إلى:",
    "الموضوع: إعادة توجيه: ..." (its date a day after the article's)."""
    rows = ["للاطلاع", "", "________________________________", "من: صحيفة المدينة <news@almadina.example>",
            "تاريخ الإرسال: 17 مارس 2021 10:05", "إلى: الأرشيف", f"الموضوع: إعادة توجيه: {ARABIC_HEADLINE}", "",
            ARABIC_HEADLINE, "16 مارس 2021", "", *ARABIC_PROSE]
    page = read_forward("\n".join(rows))
    assert page is not None and page.title == ARABIC_HEADLINE
    assert page.text.split("\n")[:8] == [""] * 8
    article = _clean("\n".join(rows))
    assert (article.title, article.title_line, article.published) == (ARABIC_HEADLINE, 9, "2021-03-16")
    assert _body(article) == ARABIC_PROSE


SQ_HEADLINE = "Bashkia miraton buxhetin e ri për transportin publik"
SQ_PROSE = [
    "Këshilli bashkiak miratoi të martën një buxhet prej 40 milionë eurosh për transportin publik, tha kryetari.",
    "Pjesa më e madhe e parave do të shkojë për 120 autobusë elektrikë dhe për korsi të reja në rrugët kryesore.",
    "Opozita votoi kundër buxhetit, duke thënë se ai nuk investon mjaftueshëm në periferi të qytetit.",
]


@pytest.mark.parametrize(
    "header",
    [
        ["Begin forwarded message:", "", "Nga: Gazeta Veriu <redaksia@veriu.example>", "Subjekti: " + SQ_HEADLINE,
         "Data: 18 mars 2021 08:30", "Për: arkiva@desk.example"],  # Apple Mail, Albanian labels
        ["-------- Forwarded Message --------", "Subject: " + SQ_HEADLINE, "Date: Thu, 18 Mar 2021 08:30:11 +0100",
         "From: Gazeta Veriu <redaksia@veriu.example>", "To: arkiva@desk.example"],  # Thunderbird
        ["From: Gazeta Veriu <redaksia@veriu.example>", "Sent: Thursday, March 18, 2021 8:30 AM",
         "To: arkiva@desk.example", "Subject: FW: " + SQ_HEADLINE],  # Outlook, no rule: the subject is forwarded
    ],
)
def test_other_clients_forward_headers(header: list[str]) -> None:
    rows = ["Për dijeni", "", *header, "", SQ_HEADLINE, "15 mars 2021", "", *SQ_PROSE]
    assert forward_header(rows) is not None
    article = _clean("\n".join(rows))
    assert (article.title, article.published) == (SQ_HEADLINE, "2021-03-15")
    assert _body(article) == SQ_PROSE


def test_forwarded_mail_record_is_a_page_dump() -> None:
    """A forwarded mail sent as a JSONL record's text is cleaned like a page, with the mail's footer
    or without (no other page furniture): the header, note and footer are not the record's text."""
    for raw in (_gmail(["FYI"], "Tue, Mar 16, 2021, 9:12 AM", ARTICLE),
                "\n".join(_gmail(["FYI"], "Tue, Mar 16, 2021, 9:12 AM", ARTICLE).split("\n")[: -len(SHARE_FOOTER)])):
        assert looks_like_page_dump(raw)
        record = clean(Article(id="r", source_file="in.jsonl:1", kind="record", raw=raw, hints={"format": "text"}), Settings())
        assert (record.title, record.published, _body(record)) == (HEADLINE, "2021-03-14", PROSE)


def test_header_parts() -> None:
    assert without_prefixes("Fwd: FW: Re: " + HEADLINE) == HEADLINE
    assert without_prefixes("إعادة توجيه: " + ARABIC_HEADLINE) == ARABIC_HEADLINE
    assert without_prefixes("Fed: rates stay on hold") == "Fed: rates stay on hold"
    assert forward_prefixed("FW: " + HEADLINE) and forward_prefixed("Re: Fwd: " + HEADLINE)
    assert not forward_prefixed("RE: Bus contract") and not forward_prefixed("Press release: " + HEADLINE)
    assert field_role("تاريخ الإرسال: 17 مارس 2021") == ("date", "17 مارس 2021")
    assert field_role("Profile: a day with the mayor") is None
    assert separator("---------- الرسالة المعاد توجيهها ---------") and separator("-----Original Message-----")
    assert not separator("Breaking news:") and not separator("---")


QUOTED_MAIL = [
    HEADLINE,
    "14 March 2021",
    "",
    PROSE[0],
    "",
    "The mayor's office released the e-mail it had sent to the union on Monday:",
    "From: Office of the Mayor",
    "Date: 8 March 2021",
    "Subject: Bus timetable",
    "To: Drivers' union",
    "",
    PROSE[1],
    "",
    PROSE[2],
]


def test_article_quoting_a_mail_header_is_read_as_before() -> None:
    """A mail's "From:", "Date:", "Subject:" lines quoted in an article are no forward header (no
    separator over them, no forwarded subject): the article is read as without the mail reader.
    (How the cleaner reads such a quote is not this rule's: today it takes the quoted subject for
    the headline and the quoted date for the article's, as before the rule.)"""
    raw = "\n".join(QUOTED_MAIL)
    assert read_forward(raw) is None
    assert not looks_like_page_dump(raw)
    assert extract_text(raw) == _extract(raw, None)


def test_mail_fields_at_the_top_without_a_forward_are_read_as_before() -> None:
    """A newsroom's own mail of an article (fields at the top, its subject not forwarded, no
    separator) is no forward: nothing is blanked."""
    rows = ["From: Daily Herald <newsroom@herald.example>", "Date: 14 March 2021", f"Subject: {HEADLINE}", "", *ARTICLE]
    raw = "\n".join(rows)
    assert read_forward(raw) is None
    assert extract_text(raw) == _extract(raw, None)


def test_article_about_a_forwarded_message_is_read_as_before() -> None:
    """Sentences that tell of a "forwarded message" and its "Fwd:" subject are no header."""
    rows = [
        "Minister apologises for forwarded message",
        "14 March 2021",
        "",
        "The minister apologised on Sunday after a forwarded message with the subject \"Fwd: budget figures\" reached 300 journalists.",
        "",
        "Forwarded message:",
        "",
        "From the ministry's side, officials said the mail had been sent by mistake and that no figures in it were final.",
        "",
        PROSE[2],
    ]
    raw = "\n".join(rows)
    assert read_forward(raw) is None
    assert not looks_like_page_dump(raw)
    article = _clean(raw)
    assert (article.title, article.published) == ("Minister apologises for forwarded message", "2021-03-14")
    assert _body(article) == [rows[3], rows[5], rows[7], rows[9]]


LONG_HEADLINE = "Council approves a budget of 40 million euros for buses and new bus lanes"
WRAPPED = ["The city council on Tuesday approved a budget of 40 million euros for",
           "public transport, the mayor said, and most of the money will pay for 120",
           "electric buses and for new bus lanes on the main roads of the city."]


def test_date_line_under_a_long_headline_of_a_plain_text_mail_is_no_wrap() -> None:
    """A short plain-text mail reads as hard-wrapped (no line over 100 characters, the longest over
    60): the date line under a headline that fills the width is the headline's date, not its rest,
    and the article's one line without a full stop is its text."""
    rows = ["For the archive", "", "---------- Forwarded message ---------", "From: Daily Herald <newsroom@herald.example>",
            "Date: Mar 16, 2021, 09:12", f"Subject: Fwd: {LONG_HEADLINE}", "To: desk@news.example", "",
            LONG_HEADLINE, "14/03/2021 18:40", "", "The money will buy 120 electric buses for the city", "",
            "Read on Daily Herald", "https://herald.example/54", "", "© 2021 Daily Herald", "Unsubscribe"]
    assert [u[:2] for u in units("\n".join(rows)) if u[0] in (9, 10)] == [(9, 9), (10, 10)]
    wrapped = [LONG_HEADLINE, "14/03/2021 18:40", "", *WRAPPED]  # (a page that breaks twice: hard-wrapped)
    assert [u[:2] for u in units("\n".join(wrapped))] == [(1, 1), (2, 2), (4, 6)]
    article = _clean("\n".join(rows))
    assert (article.status, article.title, article.published) == ("ok", LONG_HEADLINE, "2021-03-14")
    assert _body(article) == ["The money will buy 120 electric buses for the city"]


def test_hard_wrapped_sentence_ending_in_its_date_is_joined() -> None:
    """A wrapped sentence whose last line is its date and full stop is one unit (guard)."""
    rows = ["The council said that the drivers' union, the bus company and the city",
            "transport office would meet to discuss the new timetable and lanes on",
            "Tuesday, 16 March 2021.", "", "Most of the money will pay for 120 electric buses and new lanes."]
    assert [u[:2] for u in units("\n".join(rows))] == [(1, 3), (5, 5)]


def test_a_plain_text_mail_wrapped_over_three_lines_is_joined() -> None:
    """A short plain-text mail whose one paragraph wraps twice is hard-wrapped (guard: a page that
    breaks twice is one)."""
    rows = [HEADLINE, "", *WRAPPED]
    assert [u[:2] for u in units("\n".join(rows))] == [(1, 1), (3, 5)]


def test_a_forward_of_a_forward_blanks_both_headers() -> None:
    rows = ["See below", "", "---------- Forwarded message ---------", "From: Ana <ana@desk.example>",
            "Date: Wed, Mar 17, 2021, 8:00 AM", f"Subject: Fwd: {HEADLINE}", "To: archive@desk.example", "",
            "FYI", "", "---------- Forwarded message ---------", "From: Daily Herald <newsroom@herald.example>",
            "Date: Tue, Mar 16, 2021, 9:12 AM", f"Subject: {HEADLINE}", "To: ana@desk.example", "", *ARTICLE]
    page = read_forward("\n".join(rows))
    assert page is not None and page.text.split("\n")[:16] == [""] * 16
    article = _clean("\n".join(rows))
    assert (article.title, article.title_line, article.published, _body(article)) == (HEADLINE, 17, "2021-03-14", PROSE)


def test_a_forward_header_quoted_deep_in_an_article_is_read_as_before() -> None:
    """A separator and its fields quoted after the article's first paragraphs (more than
    NOTE_LINES lines down) are the article's text, no forward of the page."""
    rows = [HEADLINE, "14 March 2021", "", PROSE[0], "", PROSE[1], "", PROSE[2], "", PROSE[3], "",
            "The union published the mail it received:", "", "---------- Forwarded message ---------",
            "From: Office of the Mayor", "Date: 8 March 2021", "Subject: Fwd: Bus timetable", "To: Drivers' union"]
    raw = "\n".join(rows)
    assert read_forward(raw) is None
    assert extract_text(raw) == _extract(raw, None)
