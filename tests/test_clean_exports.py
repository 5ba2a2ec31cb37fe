"""News database exports (Factiva's field codes, a Nexis full-text export): the record's headline,
text, date and publication are read; the database's own furniture (search summary, cover page,
indexing, export and load dates) is not, and ordinary pages that merely mention a code are not
read as exports."""

from __future__ import annotations

import pytest

from translate_summarize.boilerplate import marker_family
from translate_summarize.exports import read_export, read_factiva, read_nexis
from translate_summarize.metadata import find_published

from page_texts import body_texts as _body, clean_page as _clean

HEADLINE = "Harbour authority approves new ferry terminal for the island route"
BODY = [
    "The harbour authority on Tuesday approved plans for a new ferry terminal that will serve the island route from next summer.",
    "The terminal will replace a wooden pier built in the 1960s, which engineers said could no longer take the weight of modern vessels.",
    "Construction is due to start in March and the authority expects about 400,000 passengers a year to use the new building.",
]


FACTIVA_INLINE = [
    "Search Summary",
    "Text\tferry AND terminal",
    "Date\t01/03/2021 to 09/03/2021",
    "Source\tCoastal Herald",
    "Results Found\t12",
    "Timestamp\t11 March 2021 9:42",
    "",
    "Page 1 of 2 © 2021 Factiva, Inc. All rights reserved.",
    "",
    "SE\tLocal",
    f"HD\t{HEADLINE}",
    "BY\tMaria Jones",
    "WC\t64 words",
    "PD\t2 March 2021",
    "SN\tCoastal Herald",
    "SC\tCOSTHE",
    "LA\tEnglish",
    "CY\tCopyright 2021 Coastal Herald. All Rights Reserved.",
    "LP",
    BODY[0],
    "TD",
    BODY[1],
    "Page 2 of 2 © 2021 Factiva, Inc. All rights reserved.",
    BODY[2],
    "NS\tgcat : Political/General News",
    "RE\tuk : United Kingdom | eurz : Europe",
    "AN\tDocument COSTHE0020210302eh3200001",
]


def test_factiva_record_is_read_by_its_codes() -> None:
    page = read_export("\n".join(FACTIVA_INLINE))
    assert page is not None
    text = page.text.split("\n")
    assert len(text) == len(FACTIVA_INLINE)  # (line numbers still point into the saved file)
    kept = [(n, line) for n, line in enumerate(text) if line]
    # the headline, its date line and the text; the page break inside the text is blanked
    assert kept == [(10, HEADLINE), (13, "2 March 2021"), (19, BODY[0]), (21, BODY[1]), (23, BODY[2])]
    assert (page.title, page.published, page.site) == (HEADLINE, "2 March 2021", "Coastal Herald")


def test_factiva_codes_on_their_own_lines() -> None:
    """Each code on its line, its value on the next ones (a two-line headline among them), no
    blank line between the fields; a second record after the first is not read."""
    fields = [("HD", "Harbour authority approves", "new ferry terminal for the island route"), ("WC", "64 words"),
              ("PD", "2 March 2021"), ("ET", "07:15"), ("SN", "Coastal Herald"), ("LA", "English")]
    rows = [row for field in fields for row in field]
    rows += ["LP", "", BODY[0], "", "TD", "", BODY[1], "", BODY[2], "", "RE", "eurz : Europe", "AN", "Document X1", ""]
    rows += ["HD", "Council delays the vote on parking fees", "PD", "3 March 2021", "LP", "The council postponed its vote.", "AN", "Document X2"]
    page = read_factiva(rows)
    assert page is not None
    assert page.title == HEADLINE and page.published == "2 March 2021 07:15"
    kept = [line for line in page.text.split("\n") if line]
    assert kept == ["Harbour authority approves", "new ferry terminal for the island route", "2 March 2021", *BODY]
    article = _clean("\n".join(rows))
    assert article.title == HEADLINE
    assert _body(article) == BODY
    assert article.published == "2021-03-02"


TITULLI = "Bashkia miraton planin për ujësjellësin e ri të qytetit"
TRUPI = [
    "Këshilli bashkiak miratoi të enjten planin për ndërtimin e një ujësjellësi të ri, që do të furnizojë lagjet lindore të qytetit.",
    "Sipas kryetarit, punimet do të nisin në pranverë dhe do të zgjasin rreth dy vite, me një kosto prej 12 milionë eurosh.",
    "Banorët e lagjeve lindore ankohen prej vitesh për ndërprerjet e shpeshta të ujit gjatë verës.",
]

NEXIS = [
    "User Name: =desk.night",
    "Date and Time: Monday, March 8, 2021 6:05:00 PM CET",
    "Job Number: 48213377",
    "",
    "Documents (2)",
    "1. Zgjedhjet lokale shtyhen për në vjeshtë",
    f"2. {TITULLI}",
    "Client/Matter: -None-",
    "Search Terms: ujësjellës",
    "Narrowed by:",
    "Content Type\tNarrowed by",
    "News\tLanguage: Albanian",
    "",
    TITULLI,
    "Gazeta Veriu",
    "March 4, 2021 Thursday",
    "Copyright 2021 Gazeta Veriu All Rights Reserved",
    "Section: Lajme; Pg. 3",
    "Length: 71 words",
    "Byline: Arben Hoxha",
    "Body",
    "",
    TRUPI[0],
    "",
    TRUPI[1],
    "",
    TRUPI[2],
    "",
    "Graphic",
    "Pamje nga qyteti",
    "",
    "Load-Date: March 6, 2021",
    "",
    "End of Document",
    "",
    "Zgjedhjet lokale shtyhen për në vjeshtë",
    "Gazeta Veriu",
    "March 5, 2021 Friday",
    "Length: 12 words",
    "Body",
    "Komisioni vendosi të shtyjë zgjedhjet për në vjeshtë.",
    "End of Document",
]


def test_nexis_document_is_read_by_its_layout() -> None:
    page = read_nexis(NEXIS)
    assert page is not None
    text = page.text.split("\n")
    assert len(text) == len(NEXIS)
    kept = [(n, line) for n, line in enumerate(text) if line]
    assert kept == [(13, TITULLI), (15, "March 4, 2021 Thursday"), (22, TRUPI[0]), (24, TRUPI[1]), (26, TRUPI[2]), (33, "End of Document")]
    assert (page.title, page.published, page.site) == (TITULLI, "March 4, 2021 Thursday", "Gazeta Veriu")


@pytest.mark.parametrize(
    "rows, expected",
    [(FACTIVA_INLINE, [HEADLINE, BODY, "2021-03-02", "Coastal Herald"]), (NEXIS, [TITULLI, TRUPI, "2021-03-04", "Gazeta Veriu"])],
    ids=["factiva", "nexis"],
)
def test_export_cleans_to_its_headline_text_date_and_publication(rows: list[str], expected: list[object]) -> None:
    """The record's (the first document's) headline, text, date and publication."""
    article = _clean("\n".join(rows))
    assert [article.title, _body(article), article.published, article.outlet] == expected


def test_authors_note_closing_a_nexis_document_is_body() -> None:
    """The column's last line, its author's unpunctuated note, right above what follows the text."""
    note = "Arben Hoxha është gazetar dhe analist i çështjeve urbane në Shkodër"
    rows = NEXIS[:27] + ["", note] + NEXIS[27:]
    assert _body(_clean("\n".join(rows))) == [*TRUPI, note]


def test_short_text_without_a_full_stop_keeps_its_headline() -> None:
    """A record whose text is one line that lost its full stop: the headline over its date line
    makes it an article under its headline, not a page without one."""
    short = "Ministri i Financave paraqiti sot në parlament projektbuxhetin e vitit të ardhshëm me rritje pagash"
    rows = ["HD", TITULLI, "", "WC", "15 words", "", "PD", "4 March 2021", "", "SN", "Gazeta Veriu", "", "LA", "Albanian", "",
            "LP", "", short, "", "AN", "Document GAZVER0020210304eh340001"]
    article = _clean("\n".join(rows))
    assert [article.title, _body(article), article.published, article.outlet] == [TITULLI, [short], "2021-03-04", "Gazeta Veriu"]


def test_export_and_load_dates_are_never_the_published_date() -> None:
    """The cover's "Date and Time:" and the "Load-Date:" are when the database loaded or exported
    the article; the dateless page's date is none of them."""
    lines = ["Date and Time: Monday, March 8, 2021 6:05:00 PM CET", "", TITULLI, *TRUPI, "Load-Date: March 6, 2021"]
    assert find_published(lines, anchor=3, body=frozenset({4, 5, 6}), body_end=6) == (None, None)


def test_pages_that_mention_codes_or_body_are_no_exports() -> None:
    """A review with "HD" and "TD" on lines of their own (a screen's modes, a table's cells), a
    page with a "Body" heading and "End of Document" in a quoted letter: no record of a database."""
    review = [
        "The new screen handles three modes",
        "HD",
        "The picture is sharp and the colours are natural, even in a bright room.",
        "TD",
        "A tabletop display mode that lays the picture flat for board games.",
        "PD",
        "Plug-and-display: the screen is recognised without drivers.",
    ]
    assert read_export("\n".join(review)) is None
    letter = [
        "How to write a formal letter",
        "Body",
        "The body of the letter says why you write, in two or three short paragraphs.",
        "Sign it and write End of Document at the bottom only when a form asks you to.",
        "End of Document",
    ]
    assert read_export("\n".join(letter)) is None
    article = _clean("\n".join(review))
    assert "HD" not in (article.title or "")


def test_end_of_document_ends_the_article() -> None:
    """Without its head lines (no "Length:", no date line) a Nexis document is no record for
    :func:`read_nexis`; its "End of Document" still ends the article, the next one's text is not
    read on."""
    rows = [TITULLI, "", *TRUPI, "End of Document", "", "Zgjedhjet lokale shtyhen për në vjeshtë", "",
            "Komisioni qendror i zgjedhjeve vendosi të shtyjë zgjedhjet lokale për në vjeshtë, pas kërkesës së partive.",
            "Partitë e opozitës e pritën mirë vendimin, ndërsa disa kryetarë bashkish kërkuan që data të caktohet sa më shpejt."]
    assert marker_family("End of Document") == ("article_end", "end")
    assert read_export("\n".join(rows)) is None
    article = _clean("\n".join(rows))
    assert article.title == TITULLI
    assert _body(article) == TRUPI
