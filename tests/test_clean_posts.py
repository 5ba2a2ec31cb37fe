"""Post streams (a channel's web view: posts one after another, each under the sender's name): the
article is looked for inside the post that holds it, the sender's name is never its title, and the
channel's name over its handle is the outlet."""

from __future__ import annotations

from translate_summarize.article import Article
from translate_summarize.boilerplate import analyse
from translate_summarize.clean import clean, extract_text
from translate_summarize.metadata import find_outlet
from translate_summarize.posts import article_post, post_starts
from translate_summarize.settings import Settings

from page_texts import HEADLINE, PROSE


def _channel(article: list[str]) -> str:
    """A channel's web view: its header, a post of another story, the article's post, one more post."""
    return "\n".join([
        "Telegram",
        "Harbour News",
        "@harbournews",
        "80.3K subscribers",
        "View in Telegram",
        "",
        "30 September 2018",
        "Harbour News",
        "Storm closes the northern port for the second day running",
        "Ferries to the islands stayed in harbour on Sunday as winds reached 90 kilometres an hour.",
        "🔗 https://harbournews.example/news/67221",
        "👁 5.0K 09:05",
        "",
        *article,
        "",
        "Harbour News",
        "Local team wins the regional cup after a late goal",
        "🔗 https://harbournews.example/news/10866",
        "👁 19.7K 10:50",
        "",
        "Load more",
    ])


ARTICLE_POST = [
    "Harbour News",
    "🔴 OUR PICK",  # a label no word list holds, over the article's headline
    HEADLINE,
    "",
    PROSE[0],
    "",
    PROSE[1],
    "",
    PROSE[2],
    "",
    PROSE[3],
    "",
    "#city #transport",
    "👁 701 09:51",
]


def _body(raw: str, ranges: tuple[tuple[int, int], ...]) -> list[str]:
    lines = raw.split("\n")
    return [lines[n - 1] for lo, hi in ranges for n in range(lo, hi + 1) if lines[n - 1].strip()]


def test_the_article_is_the_post_that_holds_it_under_a_label_after_other_posts() -> None:
    raw = _channel(ARTICLE_POST)
    found = extract_text(raw)
    assert _body(raw, found.body) == PROSE  # (read as one page, the label made the article a teaser)
    assert found.title == HEADLINE


def test_a_headline_ending_in_a_full_stop_is_its_posts_title_not_the_previous_posts() -> None:
    raw = _channel(["Harbour News", "Tsunami toll in Indonesia rises above 800.", "", *PROSE[:2], "", "👁 701 09:51"])
    found = extract_text(raw)
    assert found.title == "Tsunami toll in Indonesia rises above 800."  # (not the sender's name, not the storm post's)
    assert _body(raw, found.body) == PROSE[:2]


def test_the_post_with_the_most_sentences_holds_the_article_whatever_its_place() -> None:
    raw = _channel(["Harbour News", "Ferry timetable changes from Monday", "👁 12 09:40"]) + "\n\n" + "\n".join(ARTICLE_POST)
    lines = list(analyse(raw))
    lo, hi = article_post(lines)
    assert [line.text for line in lines[lo:hi] if line.prose] == PROSE


def test_the_channel_name_over_its_handle_is_the_outlet() -> None:
    raw = _channel(ARTICLE_POST)
    out = clean(Article(id="p", source_file="channel.txt", raw=raw), Settings())
    assert out.outlet == "Harbour News"
    lines = raw.split("\n")
    assert find_outlet(lines[:1] + lines[3:], body=frozenset(), title=None) is None  # (no handle: no vote)


def test_a_section_name_in_menus_and_over_the_headline_makes_no_post_stream() -> None:
    raw = "\n".join([
        "Politics", "Economy", "Sport", "",
        "Politics", HEADLINE, "30 September 2018", "", *PROSE, "",
        "Politics", "Economy", "Sport", "Contact us",
    ])
    assert post_starts(list(analyse(raw))) == []
    assert _body(raw, extract_text(raw).body) == PROSE
