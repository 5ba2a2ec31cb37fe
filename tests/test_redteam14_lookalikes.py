"""Ordinary pages and record texts against the rules of fix69 (WordPress Publisher: byline and
dates run together, the article resuming under a "You might also like" list, "Source X Via Y" and
"Tags X Y" rows), fix70 (a big outlet's "Listen to this article" row, "بتوقيت غرينتش", topic chips
over a share row) and fix71 (Substack posts; "Subscribe to <name>" voting the outlet): the
fourteenth red-team pass's pages, each read as e36633e read it or better, and guards for the pass's
four mends."""

from __future__ import annotations

import pytest

from translate_summarize.article import Article
from translate_summarize.clean import clean
from translate_summarize.settings import Settings

from page_texts import HEADLINE, PROSE, assert_read_as_pinned, body_texts as _body, clean_page as _clean, lookalike_pages

NAV = ["Harbour Times", "Home | Politics | Business | Culture", ""]
FOOTER = ["", "© 2018 Harbour Times"]


@pytest.mark.parametrize("name", sorted(lookalike_pages("redteam14_lookalikes.json")))
def test_ordinary_pages_read_as_before_the_publisher_outlet_and_substack_rules(name: str) -> None:
    """Title-cased headlines opening "Tags"/"Source ... Via", chart credits between paragraphs, a
    "Related" list over another story's paragraphs, "By Monday on <date>" sentences, podcast and
    radio articles with "Listen to ..." lines, GMT times, "Topics"/"مواضيع"/"Temat" subheadings,
    "Subscribe to ..." lines, record texts opening with a greeting or "Also today" (pinned as read
    after the pass's mends; see the file's "about")."""
    assert_read_as_pinned(name, lookalike_pages("redteam14_lookalikes.json")[name])


@pytest.mark.parametrize("headline", ["Tags Show Sea Turtles Return to the Same Beach Every Year", "Source Says Gas Deal Via Qatar Is Near"])
def test_fields_shaped_headline_over_its_date_is_the_title(headline: str) -> None:
    """A title-cased headline opening "Tags" or "Source ... Via ..." right over its date line is the
    title, not a post's tags row or source fields ending the article."""
    article = _clean("\n".join([*NAV, headline, "1 October 2018", "", PROSE[0], "", PROSE[1], "", PROSE[2], *FOOTER]))
    assert article.title == headline
    assert article.published == "2018-10-01"
    assert _body(article) == PROSE[:3]


def test_publisher_fields_rows_still_end_the_article() -> None:
    """The theme's "Source X Via Y" and "Tags X Y" rows under the post's text still end it."""
    raw = "\n".join([*NAV, HEADLINE, "1 October 2018", "", PROSE[0], "", PROSE[1], "", PROSE[2], "",
                     "Source Agencies Via Harbour Times", "Tags Politics City Council", "", "Other story headline here", *FOOTER])
    article = _clean(raw)
    assert article.title == HEADLINE
    assert _body(article) == PROSE[:3]


@pytest.mark.parametrize("credit", ["Source Eurostat Via Statista", "المصدر يوروستات عبر موقع ستاتيستا", "Burimi INSTAT Nëpërmjet Eurostat"])
def test_chart_credit_between_paragraphs_ends_no_article(credit: str) -> None:
    """A chart's credit run together as "Source X Via Y" with two sentences under it is the
    article's line, not the post's fields: the paragraphs under it stay the article's."""
    article = _clean("\n".join([*NAV, HEADLINE, "1 October 2018", "", PROSE[0], "", credit, "", PROSE[1], "", PROSE[2], *FOOTER]))
    assert article.title == HEADLINE
    assert _body(article) == [PROSE[0], credit, PROSE[1], PROSE[2]]


def test_another_story_under_a_related_list_is_not_the_article() -> None:
    """Under a "Related" list of several headlines, paragraphs sharing as many words with one of the
    headlines as with the article's core are that story's, however many other words they share with
    the article (e36633e read them so; fix69's looser test took them for the article)."""
    first = "The city council on Tuesday approved a budget of 40 million euros for public transport, the mayor said."
    second = "Most of the money will pay for 120 electric buses and for new bus lanes on the main roads of the city."
    raw = "\n".join([*NAV, HEADLINE, "1 October 2018", "", first, "", second, "", "Related", "Council elections set for the spring",
                     "New mayor promises cheaper parking", "Bus drivers threaten a strike", "",
                     "The city council elections will be held in April, the electoral commission said on Monday.", "",
                     "Parties have until January to register their candidates with the commission in the city.", "", "Advertisement", *FOOTER])
    assert _body(_clean(raw)) == [first, second]


def test_subscribe_line_naming_the_headline_names_no_outlet() -> None:
    """A record's text headed by a show's name ("The Daily") with "Subscribe to The Daily" under it
    names no outlet; a newsletter's masthead over "Subscribe to <it>" still does."""
    text = "\n".join(["The Daily", PROSE[0], PROSE[1], "Subscribe to The Daily", PROSE[2]])
    assert clean(Article(id="r", source_file="r.jsonl", kind="record", raw=text), Settings()).outlet is None
    page = ["The Coast Letter", "Home | Archive | About", "", HEADLINE, "1 October 2018", "", PROSE[0], "", PROSE[1], "",
            "Subscribe to The Coast Letter", "", "© 2018 The Coast Letter"]
    assert _clean("\n".join(page)).outlet == "The Coast Letter"
