"""Ordinary pages and record texts against the rules of fix60 (a WordPress news theme's ticker and
post meta), fix61 (a WordPress.com blog's site header, entry footer and "Follow “Site”") and fix62
(LinkedIn articles): the eleventh red-team pass's pages, each read as b123a05 read it or better, and
guards for the pass's three mends."""

from __future__ import annotations


import pytest

from translate_summarize.article import Article
from translate_summarize.clean import clean
from translate_summarize.settings import Settings

from page_texts import HEADLINE, PROSE, assert_read_as_pinned, body_texts as _body, clean_page as _clean, lookalike_pages

SETTINGS = Settings()
FOOTER = "© 2018 Harbour Times"


@pytest.mark.parametrize("name", sorted(lookalike_pages("redteam11_lookalikes.json")))
def test_ordinary_pages_read_as_before_the_wordpress_and_linkedin_rules(name: str) -> None:
    """A site header over a section line, "leave a comment" ending a dated sentence, a quoted
    "Follow “...”" / "تابع “...”" line in an article or a record, a related post's date over "Lini një
    koment", "X says: ..." teasers, a caption over a byline,
    legal links run onto a copyright line, a followers or articles count in an article or an author
    box, "وأضاف:" lines, a "Latest" / "E fundit" kicker over the headline and a standfirst, a
    "Read also" box with a blurb, a dated line ending in a comments count, newsletter boxes, and
    record texts quoting LinkedIn's buttons (pinned as read after the pass's mends; see the
    file's "about" for those b123a05 read worse and those the rules first misread)."""
    assert_read_as_pinned(name, lookalike_pages("redteam11_lookalikes.json")[name])


def test_dated_line_with_words_after_its_date_is_no_run_together_post_meta() -> None:
    """A line naming a date and a comments count with a word after the date ("... closed 1 October
    2018 with 4,500 comments") is the article's, no theme's meta run together (author, date,
    labelled dates, count): the headline over it stays the headline and the date above it the date."""
    raw = "\n".join(
        ["Harbour Times", "Home | Politics | Business", "", HEADLINE, "3 October 2018", "", PROSE[0], "",
         "Consultation closed 1 October 2018 with 4,500 comments", "", PROSE[1], "", PROSE[2], "", FOOTER]
    )
    article = _clean(raw)
    assert article.title == HEADLINE
    assert article.published == "2018-10-03"
    assert _body(article) == [PROSE[0], "Consultation closed 1 October 2018 with 4,500 comments", PROSE[1], PROSE[2]]


def test_run_together_post_meta_is_still_a_date_line() -> None:
    """The theme's meta line itself (name, date, "Last Updated:" date, count) stays no body and dates the post."""
    raw = "\n".join(
        ["Harbour Times", "Home | Politics | Business", "", HEADLINE,
         "Ana Berisha October 1, 2018 Last Updated: October 4, 2018 6 Comments", "", PROSE[0], "", PROSE[1], "", PROSE[2], "", FOOTER]
    )
    article = _clean(raw)
    assert article.title == HEADLINE
    assert article.published == "2018-10-01"
    assert _body(article) == PROSE[:3]


@pytest.mark.parametrize("under", ["1 October 2018", "By Anna Smith"])
def test_kicker_over_headline_and_standfirst_dated_under_them_is_no_ticker(under: str) -> None:
    """A "Latest" kicker over the headline and a standfirst, set apart by a blank line over the
    article's date or byline, is no news ticker: the headline is the title (not the standfirst)."""
    standfirst = "Opposition says the suburbs are left out of the plan again."
    raw = "\n".join(
        ["Harbour Times", "Home | Politics | Business", "", "Latest", HEADLINE, standfirst, "", under, "",
         PROSE[0], "", PROSE[1], "", PROSE[2], "", FOOTER]
    )
    article = _clean(raw)
    assert article.title == HEADLINE
    assert _body(article) == [standfirst, *PROSE[:3]]


def test_follow_line_in_a_records_text_names_no_outlet() -> None:
    """A record's text quoting a blog's "Ndiq “Site”" button on a line of its own names the blog it
    is about, not its own outlet (the follow bar under a hosted site's page still does)."""
    text = "\n".join(
        [
            "Blogu “Kuzhina e Anës” ka mbi 12.400 ndjekës dhe çdo postim përfundon me ftesën “Lini një koment”.",
            "Ndiq “Kuzhina e Anës”",
            "Autorja tha se më 28 shtator 2018 blogu mori mbi një mijë komente brenda një dite.",
        ]
    )
    out = clean(Article(id="r", source_file="r.jsonl", kind="record", raw=text), SETTINGS)
    assert out.outlet is None
    page = "\n".join(["Recipes | About | Contact", "", HEADLINE, "", PROSE[0], "", PROSE[1], "", "Follow “Kuzhina e Anës”"])
    assert _clean(page).outlet == "Kuzhina e Anës"
