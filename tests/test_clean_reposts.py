"""Articles shown by someone else than their outlet: a news aggregator's article view (the source
named over or under the article, "read the full story at the source", then the aggregator's own
lists) and an article reposted in a discussion forum (the thread's title, a post's number and the
member's card, "Source: X" above the article, replies under it). The article is the source's
text, its headline the one nearest the text, its outlet the source it is credited to, never the
aggregator nor the forum's software."""

from __future__ import annotations

import pytest

from translate_summarize.article import Article
from translate_summarize.boilerplate import analyse, marker_family
from translate_summarize.clean import _title_eligible, clean, extract_text
from translate_summarize.settings import Settings

from page_texts import HEADLINE, PROSE

ONE_SENTENCE = [
    "The city council on Tuesday approved a budget of 40 million euros for public transport, most of it for 120 "
    "electric buses and new bus lanes on the main roads, the mayor told reporters after the vote.",
]
"""A very short article: one sentence."""
TEASER = (
    "The regional airport will close its old terminal in spring, the operator said on Monday, after the new building "
    "opened for the first flights of the season with room for two million travellers a year and a larger car park."
)


def _aggregator(article: list[str]) -> str:
    """An aggregator's article view: app banner, tabs, the source over the headline, the article,
    "read the full story at the source" with its address, more from the aggregator, reactions."""
    return "\n".join([
        "Read the news faster in the NewsNow app",
        "Open the app",
        "NewsNow",
        "Top | Latest | Politics | World | Sport",
        "",
        "Harbour Daily",
        "Follow · 12.4K followers",
        "3 hours ago · 28 September 2018",
        HEADLINE,
        *article,
        "Read the full story at the source: Harbour Daily",
        "https://www.harbourdaily.example/city/2018/09/28/41262.html",
        "",
        "More from NewsNow",
        "Regional airport to close its old terminal in spring",
        TEASER,
        "",
        "👍 325  ❤️ 8  😮 40",
        "112 comments · Share",
        "NewsNow is not responsible for the content of the news. The responsibility lies with the original source.",
        "© 2018 NewsNow · newsnow.example",
    ])


def _forum(article: list[str]) -> str:
    """A vBulletin-style thread: the guest welcome (a sentence high above the article), the thread's title with a tag, the tools row, post #1 with the
    member's card, the post's title, "Source: X" above the pasted article, a signature, a reply."""
    return "\n".join([
        "Harbour Forums",
        "Welcome! If this is your first visit, please register to take part in the discussions of the forum.",
        "Harbour Forums > General > News and current affairs",
        f"[News] {HEADLINE}",
        "Reply\tThread Tools\tDisplay",
        "",
        "#1",
        "28-09-2018, 09:14 PM",
        "citizen_77",
        "Senior Member",
        "Join Date: Mar 2013",
        "Posts: 1,291",
        f"[News] {HEADLINE}",
        "Hello everyone",
        "Source: Harbour Daily",
        HEADLINE,
        *article,
        "__________________",
        "Knowledge is power.",
        "Reply With Quote",
        "",
        "#2",
        "29-09-2018, 08:02 AM",
        "harbour_fan",
        "Member",
        "Join Date: Jan 2016",
        "Posts: 302",
        "Thanks for the news, let us see how it goes",
        "Reply With Quote",
        "",
        "Powered by vBulletin® Version 3.8.11",
        "Copyright ©2000 - 2018, vBulletin Solutions, Inc.",
    ])


def _body(text: str) -> list[str]:
    lines = text.split("\n")
    found = extract_text(text)
    return [" ".join(lines[first - 1 : last]) for first, last in found.body]


def _clean(text: str) -> Article:
    return clean(Article(id="p", source_file="page.txt", raw=text), Settings())


@pytest.mark.parametrize("article", [PROSE, PROSE[:1]], ids=["full", "one sentence"])
def test_aggregator_article_ends_at_the_link_to_its_source(article: list[str]) -> None:
    """"Read the full story at the source: X" closes the article: neither it nor the aggregator's
    "more from" teaser under a one-sentence article is body."""
    text = _aggregator(article)
    assert _body(text) == article
    found = extract_text(text)
    assert found.title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "Read the full story at the source: Harbour Daily",
        "اقرأ الخبر كاملاً من المصدر: صحيفة المسار",
        "Lexo lajmin e plotë në burim: Portali Sinjali",
    ],
)
def test_link_to_the_source_is_an_end_marker(line: str) -> None:
    assert marker_family(line) == ("source", "end")


@pytest.mark.parametrize("line", ["In other news:", "وفي خبر آخر:", "Në një lajm tjetër:"])
def test_another_story_pasted_after_the_article_is_a_teaser(line: str) -> None:
    assert marker_family(line) == ("read_also", "teaser")


@pytest.mark.parametrize(
    "line",
    [
        "In other news from the session, the council also approved a new park on the river bank, which will open next spring.",
        "وفي خبر آخر، وافق المجلس على إنشاء حديقة جديدة على ضفة النهر ستفتح أبوابها في الربيع المقبل.",
        "Në një lajm tjetër nga seanca, këshilli miratoi edhe një park të ri buzë lumit, i cili do të hapet në pranverë.",
    ],
)
def test_a_sentence_opening_with_in_other_news_is_the_articles_own(line: str) -> None:
    """Only the bare label ("In other news:") marks another story; a paragraph of a report opening
    with the words, a comma after them, goes on with the article (it was cut with all under it)."""
    assert marker_family(line) == (None, None)
    text = "\n".join(["News", "Published: 29 September 2018", HEADLINE, *PROSE[:2], line, *PROSE[2:]])
    assert _body(text) == [*PROSE[:2], line, *PROSE[2:]]


@pytest.mark.parametrize("article", [PROSE, ONE_SENTENCE, PROSE[:1]], ids=["full", "one sentence", "one short sentence"])
def test_forum_repost_finds_the_pasted_article_and_its_headline(article: list[str]) -> None:
    """The source line above the article closes nothing (no prose right above it), "#1" is a post's
    number and no hashtag line ending the page, the tools row (cells apart by tabs) is no half of
    the thread's title, the guest notice is chrome (its sentence would outscore a short article),
    and the headline is the untagged one pasted over the article."""
    text = _forum(article)
    assert _body(text) == article
    found = extract_text(text)
    assert found.title == HEADLINE
    assert found.title_line == text.split("\n").index(HEADLINE) + 1


def test_post_number_is_no_hashtag_line() -> None:
    assert marker_family("#1") == (None, None)
    assert marker_family("#12") == (None, None)
    assert marker_family("#city #transport") == ("tags", "end")
    assert marker_family("#Brexit2018") == ("tags", "end")


@pytest.mark.parametrize(
    ("site", "powered", "copyright"),
    [
        ("Al Mayadeen English", "Powered by Al Mayadeen Digital", "© 2018 Al Mayadeen. All rights reserved."),
        ("Top Channel", "Mundësuar nga Top Media", "© 2018 Top Channel. Të gjitha të drejtat e rezervuara."),
    ],
)
def test_a_site_powered_by_its_own_group_keeps_its_outlet(site: str, powered: str, copyright: str) -> None:
    """"Powered by" the outlet's own media group names no forum software: the outlet's copyright
    still votes."""
    text = "\n".join([site, "Home | News | Sport", HEADLINE, "28 September 2018", *PROSE, powered, copyright])
    assert _clean(text).outlet == copyright.split("2018 ")[1].split(".")[0]


def test_a_row_of_cells_is_no_headline() -> None:
    row, title = analyse("Reply\tThread Tools\tDisplay\n" + HEADLINE)
    assert not _title_eligible(row)
    assert _title_eligible(title)


@pytest.mark.parametrize("label", ["Politics", "سياسة", "Politikë"])
def test_a_label_beside_the_headline_in_a_tabbed_row_keeps_the_headline(label: str) -> None:
    """A table-laid page dumps the section's label and the headline in one row ("Politics\tHeadline"):
    the row is the headline's line (the site's name at the top is none)."""
    text = "\n".join(["Harbour Daily", "Home | News | Sport", f"{label}\t{HEADLINE}", "28 September 2018", *PROSE])
    found = extract_text(text)
    assert found.title_line == 3 and HEADLINE in found.title
    assert _body(text) == PROSE


def test_outlet_is_the_source_not_the_aggregator_nor_the_forum_software() -> None:
    """The aggregator's copyright names the aggregator and the forum's names its software: the
    outlet is the source the page credits ("read the full story at the source: X", "Source: X,
    DATE", the name over a "Follow" button)."""
    assert _clean(_aggregator(PROSE)).outlet == "Harbour Daily"
    forum = _forum(PROSE).replace("Source: Harbour Daily", "Source: Harbour Daily, 28 September 2018")
    assert _clean(forum).outlet == "Harbour Daily"


@pytest.mark.parametrize(
    "link",
    ["Continue reading on page 2", "اقرأ الخبر كاملاً من هنا", "Lexo lajmin e plotë në linkun më poshtë",
     "Read more on this topic: Albania opens talks on EU membership", "Read more at reuters.com"],
)
def test_a_link_naming_no_source_gives_no_outlet(link: str) -> None:
    """"Continue reading on page 2", "read the full story from here", "... on the link below", a
    related headline after "Read more on this topic:": the words after the phrase name no source
    (only a name after a colon does, "at the source: X"); the outlet stays the site's own."""
    text = "\n".join([
        "Harbour Daily", "Home | News | Sport", HEADLINE, "28 September 2018", *PROSE, link,
        "© 2018 Harbour Daily. All rights reserved.",
    ])
    assert _clean(text).outlet == "Harbour Daily"


def test_app_banner_and_follow_button_are_no_headlines() -> None:
    """"Read the news faster in the NewsNow app" over "Open the app" is the banner's text (chrome);
    the source's name over "Follow · 12.4K followers" and the button say who the story is from
    (byline lines), never the headline."""
    lines = analyse(_aggregator(PROSE))
    banner, button = lines[0], lines[1]
    assert (banner.family, banner.action) == ("chrome", "skip")
    assert (button.family, button.action) == ("chrome", "skip")
    name = next(line for line in lines if line.text == "Harbour Daily")
    follow = next(line for line in lines if line.text.startswith("Follow"))
    assert name.byline and follow.byline
    assert not _title_eligible(name)
    # a sentence about an app is no banner without the button under it
    assert analyse("Read the news faster in the NewsNow app\n" + PROSE[0])[0].action is None


def test_a_tweet_embedded_in_the_article_is_no_source_header() -> None:
    """An embedded tweet's header (name, @handle, "Follow") inside the article names no source: the
    article goes on under it, and the handle is no outlet."""
    tweet = "The coast will be protected, and those who say otherwise are lying. The project brings jobs to the south."
    text = "\n".join(["News", HEADLINE, "28 September 2018", *PROSE[:2], "Edi Rama", "@ediramaal", "Follow", tweet, *PROSE[2:]])
    assert _body(text)[2:] == [tweet, *PROSE[2:]]
    assert _clean(text).outlet != "@ediramaal"


def test_headline_wrapped_before_a_long_lower_half() -> None:
    """A headline wrapped over two lines whose lower half is clearly longer and opens in lower
    case carries on the upper half's sentence: one title, not a headline and its standfirst."""
    upper = "North Korea says nuclear disarmament"
    lower = "will not happen as long as the country cannot trust the United States and its allies in the region"
    text = "\n".join(["Politics", "", upper, lower, "29 September 2018", "", *PROSE])
    found = extract_text(text)
    assert found.title == f"{upper} {lower}"
    assert _body(text) == PROSE


def test_a_standfirst_opening_with_a_lower_case_brand_is_no_half_of_the_headline() -> None:
    """"iPhone revenue rose ..." under "Apple sales beat forecasts" opens its own sentence with a
    name spelled in lower case: a standfirst, not the headline's lower half."""
    upper = "Apple sales beat forecasts"
    lower = "iPhone revenue rose 20 per cent in the quarter as buyers paid more for the new models, the company said on Tuesday"
    text = "\n".join([
        "Tech Daily", "Home | Tech | Business | Science", upper, lower, "By Anna Marsh", "31 July 2018",
        "Apple reported revenue of 53.3 billion dollars for its third quarter, above the forecasts of analysts, on strong "
        "demand for its most expensive phones.",
        "The company sold 41.3 million iPhones in the quarter, about the same number as a year earlier, but the average "
        "price rose to 724 dollars.",
        "Chief executive Tim Cook said the company was confident about the coming holiday season, when new models are expected.",
        "© 2018 Tech Daily",
    ])
    assert extract_text(text).title == upper


def test_headline_pasted_again_wrapped_under_the_posts_title() -> None:
    """The post's title is the headline; the article pasted under a greeting repeats it wrapped
    over two lines: the title is the pasted copy (nearest the text), the greeting no half of it."""
    upper, lower = "City council approves a new", "budget for public transport"
    text = _forum(PROSE).replace(f"[News] {HEADLINE}\nHello everyone\nSource: Harbour Daily\n{HEADLINE}\n",
                                 f"{HEADLINE}\nHello everyone\n{upper}\n{lower}\n")
    assert f"{upper}\n{lower}" in text
    found = extract_text(text)
    assert (found.title, found.title_line) == (HEADLINE, text.split("\n").index(upper) + 1)
    assert _body(text) == PROSE


@pytest.mark.parametrize("line", ["السلام عليكم ورحمة الله", "Përshëndetje të gjithëve", "Hello everyone"])
def test_a_posters_greeting_is_chrome(line: str) -> None:
    assert marker_family(line) == ("chrome", "skip")


@pytest.mark.parametrize("alt", ["Image not available", "Imazhi nuk është i disponueshëm", "صورة غير متوفرة"])
def test_a_missing_pictures_alt_text_is_no_half_of_the_headline(alt: str) -> None:
    text = "\n".join(["News", "Published: 29 September 2018", HEADLINE, alt, *PROSE])
    assert extract_text(text).title == HEADLINE
    assert _body(text) == PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Mirë se vini! Nëse kjo është vizita juaj e parë, ju lutemi regjistrohuni për të marrë pjesë në diskutime.",
        "مرحباً بك زائرنا الكريم، إذا كانت هذه زيارتك الأولى للمنتدى فيسعدنا أن تنضم إلينا بالتسجيل.",
        "If this is your first visit, be sure to check out the FAQ by clicking the link above. You may have to register "
        "before you can post: click the register link above to proceed.",
    ],
)
def test_a_forums_guest_notice_is_chrome(line: str) -> None:
    assert marker_family(line) == ("chrome", "skip")


def test_a_first_visit_in_a_story_is_no_guest_notice() -> None:
    assert marker_family("If this is your first visit to Tirana, start at Skanderbeg Square and walk to the castle.") == (None, None)


@pytest.mark.parametrize(
    "line",
    [
        "Nëse jeni jashtë vendit, duhet të regjistroheni para se të votoni, tha zëdhënësi i KQZ-së në konferencën për shtyp.",
        "وقال المتحدث باسم الوزارة: إذا كنت ترغب في أداء الفريضة هذا العام فيجب عليك التسجيل قبل نهاية الشهر عبر البوابة.",
    ],
)
def test_advice_to_register_in_a_report_is_no_guest_notice(line: str) -> None:
    """"You must register before you vote" quoted in a report is the article's sentence, not a
    forum's notice to its guests (that one is about posting)."""
    assert marker_family(line) == (None, None)


@pytest.mark.parametrize(
    "row",
    ["☆ Star  Save to read later  Share  Open in new tab", "Like  Follow  Send message", "Like  Comment  Share"],
)
def test_a_row_of_buttons_apart_by_wide_gaps_is_no_headline(row: str) -> None:
    """Cells apart by two spaces or more, as a dumped toolbar prints them, are no headline; a
    label beside the headline in a two-cell row keeps the headline's line."""
    line, title = analyse(row + "\n" + HEADLINE)
    assert not _title_eligible(line)
    assert _title_eligible(title)
    assert _title_eligible(analyse("Politics  " + HEADLINE)[0])


@pytest.mark.parametrize("line", ["Save to read later", "Open in new tab", "Mark all as read", "حفظ للقراءة لاحقاً", "Shëno të gjitha si të lexuara"])
def test_a_reader_apps_buttons_are_chrome(line: str) -> None:
    assert marker_family(line) == ("chrome", "skip")


@pytest.mark.parametrize("byline", ["by Ana Berisha via Harbour Daily · 30 Sep 2018, 07:35", "by Ana Berisha via Harbour Daily"])
def test_a_byline_in_lower_case_is_no_half_of_the_headline(byline: str) -> None:
    """"by Name via Outlet" under the headline opens in lower case but is its byline."""
    text = "\n".join(["Harbour Daily", "", HEADLINE, byline, "", *PROSE])
    assert extract_text(text).title == HEADLINE
    assert _body(text) == PROSE
