"""Ordinary pages and record texts that brush against the rules for news themes (JNews), Squarespace
blog posts and Reddit post pages (branches fix63, fix64, fix65): an article copying a Reddit post's
card between its paragraphs, a record quoting one, a fact-check's line opening "Tagged:", a headline
opening "Home Health", a footer block headed "Kontakt" over "Powered by", a copyright line crediting
a web template after the site's own name. Each reads as main b123a05 read it, or better."""

from __future__ import annotations


import pytest

from page_texts import assert_read_as_pinned, body_texts as _body, clean_page as _clean, lookalike_pages
from translate_summarize.boilerplate import analyse, marker_family
from translate_summarize.clean import looks_like_page_dump
from translate_summarize.posts import reddit_page


EN = [
    "The city council on Tuesday approved a budget of 40 million euros for public transport, the mayor said.",
    "Most of the money will pay for 120 electric buses and for new bus lanes on the main roads of the city.",
    "The opposition voted against the budget, saying that it does not invest enough in the council's suburbs.",
]
SQ = [
    "Kryetari i komunës tha të shtunën se tregu i ri do t'u japë peshkatarëve një vend të mbuluar për shitjen.",
    "Deri tani peshkatarët e shitnin peshkun në rrugë, pa ujë të rrjedhshëm dhe pa ftohje.",
    "Ndërtimi kushtoi rreth dy milionë euro, të ndara mes komunës dhe një fondi evropian.",
]
AR = [
    "قال رئيس البلدية يوم السبت إن السوق الجديد سيمنح الصيادين مكانا مسقوفا لبيع أسماكهم.",
    "وكان الصيادون يبيعون السمك حتى الآن على جانب الطريق من دون ماء جار أو تبريد.",
    "وبلغت كلفة البناء نحو مليوني يورو تقاسمتها البلدية وصندوق أوروبي.",
]

# ---------------------------------------------------------------- a Reddit post's card in an article

CARD = ["Posted by u/wadi_fisher 5 hours ago", "افتتاح سوق جديد للسمك", "340 Comments", "Share Save Hide Report 95% Upvoted"]


def test_a_post_card_between_an_articles_paragraphs_is_no_reddit_page() -> None:
    """An article copying a post's card (header, title, comment count, upvote ratio) names no
    community on a bar of its own; a copied Reddit page does ("r/arabs" in its bar)."""
    article = ["بوابة الوادي", "", "منشور على ريديت يثير نقاشا واسعا", "1 أكتوبر 2018", "", AR[0], *CARD, *AR[1:]]
    assert reddit_page("\n".join(article)) is None
    assert reddit_page("\n".join(["Reddit", "r/arabs", "Search r/arabs", "LOG IN", *CARD, "Log in or sign up to leave a comment"])) is not None


def test_a_post_header_quoted_in_a_record_is_text() -> None:
    """A record's text quoting a post's header, title and counts under its own sentence is no page
    dump, and the header under that sentence is no post header (only one atop the page is)."""
    text = "\n".join([
        "A post on the forum Reddit about the flooded metro station was shared widely on Monday.",
        "Posted by u/metro_rider 3 hours ago",
        "Water pouring into Central station right now",
        "2.4k Comments",
        "Log in or sign up to leave a comment",
        "The transport authority said the station would stay closed until Wednesday while engineers pump out the water.",
    ])
    assert looks_like_page_dump(text) is False
    assert analyse(text)[1].family is None
    assert analyse("Posted by u/metro_rider 3 hours ago\nWater pouring into Central station right now")[0].family == "share"


# ---------------------------------------------------------------- "Tagged:" opening a sentence


def test_tagged_label_over_a_sentence_is_no_tags_line() -> None:
    for sentence in (
        "Tagged: in the posts we checked, the photo was tagged with the name of the city's new airport, which opened in 2016.",
        "موسوم: في المنشورات التي راجعناها كانت الصورة موسومة باسم المطار الجديد للمدينة الذي افتتح عام 2016.",
        "Etiketuar: në postimet që kontrolluam, fotografia ishte etiketuar me emrin e aeroportit të ri të qytetit.",
    ):
        assert marker_family(sentence) == (None, None), sentence
    for tags in ("Tagged: Politics, Elections", "موسوم: سياسة، انتخابات", "Etiketuar: Politikë, Zgjedhje"):
        assert marker_family(tags) == ("tags", "end"), tags


def test_factcheck_line_opening_tagged_stays_in_the_body() -> None:
    line = "Tagged: in the posts we checked, the photo was tagged with the name of the city's new airport, which opened in 2016."
    page = ["Check Desk", "Fact checks", "About", "", "No, the photo of the flooded airport was not taken this week", "October 3, 2018", "",
            "A photo of a flooded airport terminal shared thousands of times on Tuesday was taken in 2012, not this week.", line, *EN[1:], "", "© 2018 Check Desk"]
    assert _body(_clean("\n".join(page))) == [page[7], line, *EN[1:]]


# ---------------------------------------------------------------- a headline opening "Home"


def test_headline_home_and_a_section_noun_is_no_breadcrumb() -> None:
    assert not analyse("Home Health Aides Strike")[0].crumb
    for crumb in ("Home Lajme Sport", "الرئيسية أخبار صحة", "Kreu Lajme Kronikë", "Home News World"):
        assert analyse(crumb)[0].crumb, crumb
    page = ["Valley Courier", "News", "Business", "Health", "", "Home Health Aides Strike", "October 1, 2018", "", *EN, "", "© 2018 Valley Courier"]
    assert _clean("\n".join(page)).title == "Home Health Aides Strike"


# ---------------------------------------------------------------- footers


def test_footer_block_headed_by_a_contact_link_names_no_site() -> None:
    for heading, address in (("Kontakt", "Rruga e Liqenit 12, Pogradec"), ("Contact", "12 Lake Road, Harbour"), ("اتصل بنا", "شارع البحيرة 12، عمان")):
        page = ["Kreu", "Lajme", "Sport", heading, "", "Gazeta Liqeni", "", "Tregu i ri i peshkut hapet në bregun e liqenit", "1 tetor 2018", "",
                *SQ, "", "Lajme", "Sport", heading, "", "", heading, address, "redaksia@liqeni.al", "Powered by WordPress"]
        assert _clean("\n".join(page)).outlet != heading, heading


def test_site_name_atop_the_page_before_a_template_credit_is_the_outlet() -> None:
    head = ["Harbour Times", "News", "Politics", "", "Council approves budget for public transport", "October 2, 2018", "", *EN, ""]
    assert _clean("\n".join([*head, "Copyright © 2018 Harbour Times - website template by Studio Nine"])).outlet == "Harbour Times"
    jnews = [*head[1:], "© 2018 JNews - Premium WordPress news & magazine theme by Jegtheme."]
    assert _clean("\n".join(jnews)).outlet != "JNews"  # (a theme's name the page prints nowhere else is no site)


# ---------------------------------------------------------------- the pass's pages


@pytest.mark.parametrize("name", sorted(lookalike_pages("redteam12_lookalikes.json")))
def test_ordinary_pages_read_as_before_the_theme_and_post_rules(name: str) -> None:
    """Each page (see the file's "about") reads the title, body, date and outlet pinned with it; a
    record's text is a page dump only where pinned so."""
    assert_read_as_pinned(name, lookalike_pages("redteam12_lookalikes.json")[name])
