"""A publication's post on a blogging platform (Medium, 2018), copied from the desktop page: the
platform's furniture in English around an Arabic or Albanian article (the publication's header
with its sections and "Follow", the author's byline with "Follow" and the reading time, the "Top
highlight" label, the "WRITTEN BY" box with the author's bio). Guards: news pages where the same
words or shapes are article text read as before."""

from __future__ import annotations

from page_texts import title_and_body_lines as _texts
from translate_summarize.boilerplate import marker_family

HEADER = ["Zëri i Lumit", "Lajme  Reportazhe  Opinion", "Follow", ""]
HEADER_ROWS = ["Zëri i Lumit", "Lajme", "Reportazhe", "Opinion", "Follow", ""]
BYLINE = ["Besa Krasniqi", "Follow", "Sep 29, 2018 · 3 min read"]
HEADLINE = "Ura e re mbi lumin hapet për qarkullim në pranverë"
DOTTED_HEADLINE = "Ura e re mbi lumin hapet për qarkullim në pranverë."
STANDFIRST = "Punimet po i afrohen fundit pas dy vitesh vonesash"
BODY = [
    "Kryetari i komunës tha të hënën se punimet në urën e re do të përfundojnë në muajin mars.",
    "Ura do të lidhë dy lagjet e qytetit që prej vitesh mbeten të ndara nga lumi.",
    "Banorët kanë pritur prej kohësh këtë urë, pasi rruga e vjetër kërkon gjysmë ore në makinë.",
    "Kontraktori tha se vonesat erdhën nga përmbytjet e vitit të kaluar dhe nga mungesa e materialeve.",
    "Komuna ka ndarë edhe një fond për ndriçimin e rrugëve që çojnë drejt urës së re.",
    "Sipas kryetarit, qarkullimi i rënduar në qendër të qytetit pritet të bjerë ndjeshëm pas hapjes.",
]
AUTHOR_BOX = ["", "WRITTEN BY", "Besa Krasniqi", "Follow",
              "Besa Krasniqi është gazetare që mbulon komunat dhe infrastrukturën që nga viti 2012."]


def test_written_by_box_with_follow_is_no_article() -> None:
    """The bio under "WRITTEN BY" / name / "Follow" is the author box, not a later dated start."""
    page = [*HEADER, *BYLINE, HEADLINE, "", *BODY, "", "Lajme", "42 claps", *AUTHOR_BOX]
    title, body = _texts(page)
    assert title == HEADLINE
    assert BODY[0] in body and AUTHOR_BOX[-1] not in body


def test_top_highlight_label_is_platform_chrome() -> None:
    assert marker_family("Top highlight") == ("chrome", "skip")
    page = [*HEADER, HEADLINE, *BYLINE, "", *BODY[:3], "Top highlight", *BODY[3:]]
    assert "Top highlight" not in _texts(page)[1]


def test_headline_with_full_stop_under_byline_and_publication_header() -> None:
    """The publication's name over its sections' lines and "Follow" is no short headline; the
    sentence under the reading time, over its standfirst, is."""
    page = [*HEADER_ROWS, *BYLINE, DOTTED_HEADLINE, STANDFIRST, "", *BODY, *AUTHOR_BOX]
    title, body = _texts(page)
    assert title == DOTTED_HEADLINE
    assert body[-len(BODY):] == BODY


def test_publication_box_description_is_no_later_article() -> None:
    """Under a short post, the publication's box ("Name" / "Follow" / its description) is no dated
    start of another article (the name over the button reads as a byline)."""
    page = [*HEADER_ROWS, *BYLINE, HEADLINE, "", *BODY[:3], "", "Aksidente Lajme nga Bota Lajme", "88", "",
            "Zëri i Lumit", "Follow", "Platformë e pavarur gazetareske me lajme nga qyteti dhe rajoni i tij."]
    title, body = _texts(page)
    assert title == HEADLINE and body == BODY[:3]


# ---------------------------------------------------------------- guards: ordinary news pages


def test_guard_highlight_sentence_is_article_text() -> None:
    assert marker_family("Top highlight of the festival was the final night.") == (None, None)


def test_guard_short_headline_and_first_sentence_under_a_date() -> None:
    """A two-word headline with no "follow" button, and a dated first sentence followed by more
    sentences, read as before."""
    page = ["Lajme", "", "Ura hapet", "29 shtator 2018", "", *BODY]
    title, body = _texts(page)
    assert title == "Ura hapet" and body == BODY
    page = ["29 shtator 2018", *BODY]
    title, body = _texts(page)
    assert title != BODY[0] and BODY[1] in body


def test_guard_bio_shaped_paragraph_without_follow_button() -> None:
    """A paragraph opening with a name that heads no box stays article text."""
    quote = "Besa Krasniqi tha se banorët e lagjes kanë pritur prej vitesh një zgjidhje për urën."
    page = [HEADLINE, "29 shtator 2018", "", *BODY[:3], quote, *BODY[3:]]
    assert quote in _texts(page)[1]
