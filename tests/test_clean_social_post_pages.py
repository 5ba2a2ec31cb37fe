"""An outlet's social post page whose caption carries the whole article (an Instagram post copied
from the desktop page while logged out): the tab title "<account> on Instagram: “…”", the
account's header (handle, "Verified", "Follow", location), the picture's automatic alt text, the
caption's author line, the "⠀" lines that keep its paragraphs apart, hashtags, the likes count over
the post's date in capitals and the network's own footer. Guards: ordinary news pages where the
same words or shapes are article text read as before."""

from __future__ import annotations

from page_texts import clean_lines as _article

from translate_summarize.boilerplate import without_spacer_lines
from translate_summarize.clean import extract_text, looks_like_page_dump
from translate_summarize.metadata import find_outlet, find_published, hashtag_publication, post_tab_account, reaction_count

HEADLINE = "Harbour bridge to reopen to traffic next spring"
BODY = [
    "The city council said on Monday that repairs to the harbour bridge will be finished in March.",
    "The bridge links the two halves of the old town, which have been cut off from each other for two years.",
    "Residents have waited a long time, since the detour along the coast road takes half an hour by car.",
    "The builder blamed the delays on last winter's floods and on a shortage of steel in the region.",
]
HEADER = ["harbourdaily", "Verified", "• Follow", "Port Town, Westland", "Image may contain: 2 people, bridge and outdoor", ""]
TAIL = [
    "", "#Harbour_Daily #news #city", "",
    "mira_k When will the works start?", "2w 3 likes Reply",
    "1,204 likes", "OCTOBER 2, 2018", "Log in to like or comment.", "",
    "More posts from harbourdaily", "No photo description available.",
    "ABOUT US HELP PRESS API JOBS PRIVACY TERMS", "© 2018 INSTAGRAM",
]


def _post(tab: bool = True, spacer: str = "\u2800") -> list[str]:
    caption = []
    for line in BODY:
        caption += [line, spacer]
    top = ['Harbour Daily on Instagram: “Harbour bridge to reopen to…”', "Instagram Search Log In Sign Up", ""] if tab else ["Instagram Search Log In Sign Up", ""]
    return [*top, *HEADER, "harbourdaily 🔴 BREAKING", HEADLINE, spacer, *caption, "🔗 More details: link in bio 👆", *TAIL]


def _body(page: list[str]) -> list[str]:
    found = extract_text("\n".join(page))
    return [page[n - 1] for first, last in found.body for n in range(first, last + 1) if page[n - 1].strip()]


def test_post_page_reads_as_its_caption() -> None:
    for tab in (True, False):
        page = _post(tab)
        found = extract_text("\n".join(page))
        assert (found.title, _body(page)) == (HEADLINE, BODY)


def test_headline_with_a_full_stop_is_the_one_the_tab_title_quotes() -> None:
    """A caption's headline that ends in a full stop reads like its first sentence; the tab title
    quoting its first words says it is the headline."""
    page = [row.replace(HEADLINE, HEADLINE + ".") for row in _post(tab=True)]
    out = _article(page)
    assert out.title == HEADLINE + "." and [p.text for p in out.paragraphs] == BODY


def test_caption_opening_with_a_full_stop_is_the_headline_without_a_tab_title() -> None:
    """With no tab title to quote it, a caption's headline ending in a full stop (under the author
    line and a kicker on its own row) is still the headline: the caption opens with it."""
    page = [row.replace(HEADLINE, HEADLINE + ".") for row in _post(tab=False)]
    at = page.index("harbourdaily 🔴 BREAKING")
    page[at:at + 1] = ["harbourdaily", "🔴 BREAKING"]
    out = _article(page)
    assert out.title == HEADLINE + "." and [p.text for p in out.paragraphs] == BODY


def test_guard_no_caption_opening_on_an_ordinary_page() -> None:
    from translate_summarize.boilerplate import caption_opening

    assert caption_opening(NEWS) is None
    assert caption_opening(["Besa Krasniqi", "Follow", "Sep 29, 2018", HEADLINE + ".", *BODY]) is None  # (an author's name, no handle)


def test_post_furniture_lines() -> None:
    from translate_summarize.boilerplate import _alt_text, _link_in_bio

    assert _link_in_bio("🔗 Link in bio") and _link_in_bio("Më shumë në linkun në bio 👆") and _link_in_bio("لمزيد من التفاصيل: الرابط في البايو 👆")
    assert not _link_in_bio("The post, which said the details were in the link in bio, had many likes by the evening.")
    assert _alt_text("Image may contain: 2 people, people standing") and _alt_text("لا يتوفر وصف للصورة.")
    assert not _alt_text("Image may contain: the council's post showed only a drawing of the bridge.")


def test_post_date_is_the_date_under_its_likes_count() -> None:
    assert _article(_post()).published == "2018-10-02"
    assert reaction_count("1,204 likes") and reaction_count("7,149 shikime") and reaction_count("528 مشاهدة")
    assert not reaction_count("12 comments") and not reaction_count("1,204 people marched on Sunday")


def test_outlet_is_the_account_not_the_network() -> None:
    assert _article(_post(tab=True)).outlet == "Harbour Daily"  # the tab title's account
    assert _article(_post(tab=False)).outlet == "Harbour Daily"  # the account tagging its own name
    assert find_outlet(["Some text", "© 2018 INSTAGRAM"], body=frozenset(), title=None) is None


def test_spacer_lines_are_blank_lines() -> None:
    assert without_spacer_lines("One.\n\u2800\nTwo.\n\u3164\nThree.") == "One.\n\nTwo.\n\nThree."
    assert without_spacer_lines("One.\n.\nTwo.\n.\nThree.\n.\nFour.") == "One.\n\nTwo.\n\nThree.\n\nFour."
    assert without_spacer_lines("One.\n.\nTwo.\n.\nThree.") == "One.\n.\nTwo.\n.\nThree."  # (two "." lines: left as text)


def test_caption_of_short_paragraphs_between_dot_lines() -> None:
    """A short paragraph between two "." lines of a caption (the first under the headline) is the
    article's, like the longer ones."""
    short = "Traffic is heavy now."
    page = _post(tab=False, spacer=".")
    at = page.index(BODY[0])
    page[at:at] = [short, "."]
    assert _body(page) == [short, *BODY]


def test_post_pages_look_like_page_dumps() -> None:
    assert looks_like_page_dump("\n".join(_post(tab=False)))


# ---------------------------------------------------------------- guards: the same words as article text

NEWS = [
    "Harbour Daily", "Home | City | Sport", "",
    HEADLINE, "Published: 28 September 2018", "",
    *BODY, "",
    "© 2018 Harbour Daily. All rights reserved.",
]


def test_guard_article_quoting_a_post() -> None:
    """An article quoting a post's words, its hashtags in a sentence, "link in bio" and a likes count
    in prose, about Instagram itself: the same title, body, date and outlet as without them."""
    quoted = [
        'The mayor on Instagram: “The bridge will be ready in March.”',
        "Image may contain: the council's post showed only a drawing of the bridge, as #HarbourBridge trended.",
        "The post, which said the details were in the link in bio, had 1,204 likes by the evening.",
    ]
    page = NEWS[:9] + quoted + NEWS[9:]
    out = _article(page)
    assert (out.title, out.published, out.outlet) == (HEADLINE, "2018-09-28", "Harbour Daily")
    assert all(q in _body(page) for q in quoted)


def test_guard_headline_naming_a_network_is_no_tab_title() -> None:
    """A headline shaped like a tab title ("X on Twitter: “…”") over an ordinary article, with no
    account's "Follow" under it, stays the headline."""
    headline = 'Mayor on Twitter: “The bridge will be ready in March”'
    page = ["Harbour Daily", "", headline, "Published: 28 September 2018", "", *BODY]
    assert extract_text("\n".join(page)).title == headline
    assert post_tab_account(page, 2) is None


def test_guard_hashtags_in_a_sentence_and_a_sites_own_tags_line() -> None:
    assert hashtag_publication("Fans of #Harbour_Daily wrote in their thousands.") is None
    page = [*NEWS[:-1], "#Harbour_Bridge #Fox_News #city", NEWS[-1]]
    assert _article(page).outlet == "Harbour Daily"  # (its copyright, not a tag naming another outlet)


def test_guard_date_alone_under_a_count_in_a_related_card() -> None:
    """A related article's card under the story ("340 views" over its date) is no post's date: the
    byline's date stays."""
    page = [*NEWS[:-1], "", "Related", "Council votes on new ferry", "340 views", "1 October 2018", NEWS[-1]]
    lines = page
    body = frozenset(range(7, 11))
    assert find_published(lines, anchor=4, body=body, body_end=10)[0] == "2018-09-28"


def test_guard_dot_lines_in_an_ordinary_page() -> None:
    """A stray line of only "." between two paragraphs of an ordinary page is left as it was."""
    extra = [BODY[0].replace("March", "April"), ".", BODY[1].replace("two", "three")]
    page = NEWS[:10] + extra + NEWS[10:]
    assert _article(page).title == HEADLINE
    assert _body(page) == [*BODY, *extra]  # (as before: a "." line of an ordinary page is its text)


def test_guard_short_record_with_a_hashtag_is_no_page_dump() -> None:
    text = ("The council approved the harbour bridge repairs on Monday. #HarbourBridge\n"
            "Work will start next week and should be finished in March, the mayor said.")
    assert not looks_like_page_dump(text)
