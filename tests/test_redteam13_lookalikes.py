"""Ordinary pages and record texts against the rules of fix66 (WordPress Sahifa pages: run-together
post meta, "Leave a comment" counters, share buttons, colonless tags rows, author boxes, the logo
between the header's date and "Home"), fix67 (a public broadcaster's portal: credit lines, text-size
tool rows, short articles under a headline ending in a full stop, glued headline and lead) and fix68
(Telegraph pages: glued English dates, "Source: X" over "Report content on this page", tab titles,
quotes left open at the body's end): the thirteenth red-team pass's pages, each read as e36633e read
it or better, and guards for the pass's four mends."""

from __future__ import annotations

import pytest

from page_texts import HEADLINE, PROSE, assert_read_as_pinned, body_texts as _body, clean_page as _clean, lookalike_pages

FILE = "redteam13_lookalikes.json"
AR_FARM = [
    "وسوم إلكترونية إلزامية لكل رؤوس الماشية في الشمال",
    "قالت وزارة الزراعة يوم الاثنين إن على المزارعين في الشمال تركيب وسوم إلكترونية لكل بقرة وخروف بحلول نهاية العام المقبل.",
    "وأضافت الوزارة أن الوسوم ستسمح للأطباء البيطريين بتتبع أي مرض إلى مزرعة واحدة خلال ساعات بدلا من أسابيع.",
    "وقالت نقابات المزارعين إن كلفة الوسوم مرتفعة على المزارع الصغيرة وطلبت من الحكومة دفع نصفها.",
]
EN_FARM = [
    "Electronic tags to be compulsory for all cattle in the north",
    "Farmers in the north will have to fit electronic tags to every cow and sheep by the end of next year, the agriculture ministry said on Monday.",
    "The ministry said the tags would let vets trace an outbreak of disease to a single farm within hours instead of weeks.",
    "Farmers' unions said the tags cost too much for small farms and asked the government to pay for half of them.",
]
SQ_FARM = [
    "Etiketa elektronike të detyrueshme për bagëtinë në veri",
    "Ministria e Bujqësisë tha të hënën se fermerët në veri duhet të vendosin etiketa elektronike në çdo lopë dhe dele deri në fund të vitit të ardhshëm.",
    "Sipas ministrisë, etiketat do t'u lejojnë veterinerëve të gjurmojnë një sëmundje deri te një fermë e vetme brenda pak orësh.",
    "Sindikatat e fermerëve thanë se etiketat kushtojnë shumë për fermat e vogla dhe kërkuan që qeveria të paguajë gjysmën.",
]
"""A headline and three paragraphs on electronic tags for cattle (الوسوم, etiketa) in Arabic, English and Albanian."""


@pytest.mark.parametrize("name", sorted(lookalike_pages(FILE)))
def test_ordinary_pages_read_as_before_the_sahifa_broadcaster_and_telegraph_rules(name: str) -> None:
    """Subheadings opening with "Tags"/"الوسوم"/"Etiketa", "غرد الوزير" lines, a ticker's label
    between the header's date and "Home", a personal Telegraph post's "Source:" note, quotes left
    open at the body's end, headlines ending in a full stop, credit-like lines, "A+" grades, glued
    dates, tab-title-like kickers and records quoting a theme's meta (pinned as read after the
    pass's mends; see the file's "about" for those e36633e read worse and those the rules first misread)."""
    assert_read_as_pinned(name, lookalike_pages(FILE)[name])


@pytest.mark.parametrize(
    ("headline", "prose", "heading", "tags", "footer"),
    [
        (EN_FARM[0], EN_FARM[1:], "Tags For Every Cow", "Tags Farming Valley", "© 2018 Valley Herald"),
        (AR_FARM[0], AR_FARM[1:], "الوسوم الإلكترونية للماشية", "الوسوم محليات اقتصاد", "© 2018 الوادي نيوز"),
        (SQ_FARM[0], SQ_FARM[1:], "Etiketa Made in Albania", "Etiketa Bujqësi Ekonomi", "© 2018 Lajmi Sot"),
    ],
)
def test_tags_shaped_subheading_over_sentences_does_not_end_the_article(
    headline: str, prose: list[str], heading: str, tags: str, footer: str
) -> None:
    """A subheading shaped as a colonless tags row ("Tags For Every Bus", "الوسوم الإلكترونية
    للحافلات", "Etiketa Made in Albania") over two sentences of the article heads a section; the
    theme's tags row under the last paragraph still ends the article."""
    raw = "\n".join(
        ["Home | Politics | Business", "", headline, "3 October 2018", "", prose[0], "", heading, "", prose[1], "", prose[2], "",
         tags, "Share Facebook Twitter", "", footer]
    )
    assert _body(_clean(raw)) == [prose[0], heading, prose[1], prose[2]]


def test_share_verb_opening_a_line_is_the_articles_text() -> None:
    """"غرد الوزير" (the minister tweeted) on a line of its own is the article's; "غرّد" alone and
    in the theme's share row ("شاركها غرّد Pin It") stays a share button."""
    raw = "\n".join(
        ["الوادي نيوز", "الرئيسية | محليات | اقتصاد", "", AR_FARM[0], "2 أكتوبر 2018", "", AR_FARM[1], "", "غرد الوزير", "", AR_FARM[2], "",
         AR_FARM[3], "", "شاركها غرّد Pin It", "غرّد", "", "© 2018 الوادي نيوز"]
    )
    assert _body(_clean(raw)) == [AR_FARM[1], "غرد الوزير", AR_FARM[2], AR_FARM[3]]


@pytest.mark.parametrize("label", ["Lajm i fundit", "Breaking news", "عاجل"])
def test_ticker_label_between_header_date_and_home_is_no_outlet(label: str) -> None:
    """A ticker's label between the header's date and the menu's "Home" names no outlet."""
    raw = "\n".join(["Tuesday, October 2, 2018", label, "Home | Politics | Business", "", HEADLINE, "", *PROSE])
    assert _clean(raw).outlet is None


def test_logo_between_header_date_and_home_still_names_the_outlet() -> None:
    """The logo's text there still names the outlet."""
    raw = "\n".join(["Tuesday, October 2, 2018", "Harbour Times", "Home | Politics | Business", "", HEADLINE, "", *PROSE])
    assert _clean(raw).outlet == "Harbour Times"


def test_telegraph_source_note_in_small_letters_names_no_outlet() -> None:
    """On a Telegraph page a "Source:" note opening in small letters ("figures from the ministry")
    names no outlet; an outlet's name there still does."""
    page = ["Our week in the harbour", "Ana Smith", "October 2, 2018", "", PROSE[0], PROSE[1], "{}", "", "Report content on this page"]
    assert _clean("\n".join(page).format("Source: figures from the city council")).outlet is None
    assert _clean("\n".join(page).format("Source: Harbour Times")).outlet == "Harbour Times"
