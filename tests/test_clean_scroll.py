"""Article pages saved after an infinite scroll (a headless browser's ``innerText``): social embeds
and video players whose scripts did not run sit inside the article, which goes on under them; the
next story the scroll loaded (under a "next article" label and its section, or a "Loading..."
placeholder) is neither the title nor the body; a cookie notice at the top is chrome."""

from __future__ import annotations

from translate_summarize.boilerplate import analyse, marker_family

from page_texts import body_texts, clean_page

HEADLINE = "City council approves new bridge over the river after years of debate"
BODY = [
    "The city council voted on Tuesday to approve the construction of a new bridge over the river, ending years of debate.",
    "The bridge will connect the old town with the growing neighbourhoods on the eastern bank, officials said.",
    "Construction is expected to begin next spring and to last about three years, according to the council.",
    "Opponents had argued that the project was too expensive and that the money should go to public transport.",
    "The mayor said the bridge would cut travel times for thousands of commuters and bring new business to the area.",
]
NEXT_HEADLINE = "Storm brings heavy rain and strong winds to the coast"
NEXT_BODY = [
    "A storm brought heavy rain and strong winds to the coast on Wednesday, flooding streets in several towns.",
    "Forecasters warned that the rain would continue through the night and urged residents to stay at home.",
    "Emergency services said they had rescued dozens of people from flooded houses and cars along the coast.",
    "Schools in the region will remain closed on Thursday while crews clear fallen trees from the roads.",
]


def _read(raw: str) -> tuple[str | None, list[str]]:
    """The cleaned page's title and body paragraphs."""
    out = clean_page(raw)
    return out.title, body_texts(out)


def _page(*blocks: list[str]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks)


HEADER = ["Monday, 1 October 2018", "The Daily Courier", "Home", "News", "Politics", "Business", "Sport", "Culture"]
ARTICLE_HEAD = ["Local", HEADLINE, "By Jane Miller", "1 October 2018, 10:15", "Share", "Facebook", "Twitter", "Email"]
FOOTER = ["About us", "Contact", "Privacy policy", "© 2018 The Daily Courier. All rights reserved."]

TWEET = [
    "Bridge vote tonight: council members arrive at city hall pic.twitter.com/Ab3dE5fGh7",
    "— City Hall News (@CityHallNews) October 1, 2018",
]
INSTAGRAM = [
    "View this post on Instagram",
    "Sunset over the river from the old town",
    "A post shared by The Old Town Society (@oldtownsociety) on Sep 30, 2018 at 6:42pm PDT",
]
PLAYER = ["Video Player is loading.", "Play Video", "Play", "Mute", "Current Time 0:00", "/", "Duration 2:14", "Loaded: 0%"]


def test_the_body_runs_through_a_tweet_an_instagram_post_and_a_video_player() -> None:
    page = _page(HEADER, ARTICLE_HEAD, [BODY[0]], TWEET, [BODY[1]], INSTAGRAM, [BODY[2]], PLAYER, [BODY[3]], [BODY[4]], FOOTER)
    assert _read(page) == (HEADLINE, BODY)  # every paragraph, none of the embeds' lines


def test_embed_lines_are_family_embed_and_ordinary_lines_are_not() -> None:
    page = _page([BODY[0]], TWEET, INSTAGRAM, PLAYER, [BODY[1]])
    families = {line.text: line.family for line in analyse(page)}
    assert all(families[text] == "embed" for text in TWEET + INSTAGRAM + PLAYER)
    assert families[BODY[0]] is None and families[BODY[1]] is None


def test_words_of_embeds_in_ordinary_sentences_stay_the_articles() -> None:
    text = [
        "The minister shared a photo on Instagram, and a post shared by her office drew thousands of comments.",
        "Play",  # (one control word alone is no player)
        "The council will debate the next article of the budget law on Friday, the speaker said.",
        "Critics wrote on Twitter that the plan was rushed, and the mayor replied to them on Monday.",
    ]
    families = {line.text: line.family for line in analyse("\n\n".join(text))}
    assert families == dict.fromkeys(text, None)
    page = _page(HEADER, ARTICLE_HEAD, BODY[:2], [text[0]], [text[2]], [text[3]], BODY[2:], FOOTER)
    assert _read(page) == (HEADLINE, [*BODY[:2], text[0], text[2], text[3], *BODY[2:]])


def test_the_next_story_under_a_next_article_label_and_its_section_is_no_title_and_no_body() -> None:
    next_story = ["Next article", "Weather", NEXT_HEADLINE, "By Tom Reed", "1 October 2018, 12:40", "Share", "Facebook", "Twitter"]
    page = _page(HEADER, ARTICLE_HEAD, BODY[:2], next_story, NEXT_BODY, FOOTER)
    assert _read(page) == (HEADLINE, BODY[:2])  # (two paragraphs against the next story's four)


def test_the_next_story_under_a_loading_placeholder_is_no_body() -> None:
    next_story = ["Loading...", "Weather and Climate", NEXT_HEADLINE, "By Tom Reed", "1 October 2018, 12:40"]
    page = _page(HEADER, ARTICLE_HEAD, BODY[:2], next_story, NEXT_BODY, FOOTER)
    assert _read(page) == (HEADLINE, BODY[:2])


def test_a_loading_placeholder_at_the_top_of_the_page_opens_no_teaser() -> None:
    page = _page(HEADER, ["Breaking", "Loading..."], ARTICLE_HEAD, BODY, FOOTER)
    assert _read(page) == (HEADLINE, BODY)


def test_a_sites_cookie_notice_is_chrome_and_a_sentence_on_cookies_is_not() -> None:
    assert marker_family("We use cookies to improve your experience on our site. By continuing to browse, you agree to their use.") == (
        "chrome", "skip"
    )
    assert marker_family("Kjo faqe përdor cookies për t'ju ofruar një eksperiencë më të mirë.") == ("chrome", "skip")
    assert marker_family("نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا.") == ("chrome", "skip")
    assert marker_family("The court ruled that websites must ask visitors before they store cookies on their computers.") == (None, None)


def test_the_bare_albanian_tags_label_and_a_google_news_button_close_the_article() -> None:
    assert marker_family("Etiketa") == ("tags", "end")
    assert marker_family("Ndiqni Portali Jonë në Google News") == ("subscribe", "skip")
    assert marker_family("تابعوا آخر أخبار الموقع عبر Google News") == ("subscribe", "skip")


def test_a_share_rows_copy_link_and_messenger_buttons_are_share_buttons() -> None:
    assert marker_family("Kopjo linkun") == ("share", "skip")
    assert marker_family("نسخ الرابط") == ("share", "skip")
    assert marker_family("Facebook Viber Messenger") == ("share", "skip")
    assert marker_family("Viber said on Monday that it would open an office in Tirana next year.") == (None, None)
    # a messenger's name alone is a share button inside a row set one button a line, a subheading between paragraphs
    row = analyse("Shpërndaje\nFacebook\nViber\nKopjo linkun\n\nUsers of Messenger could not send messages.\nMessenger\nThe app showed an error.")
    assert [(line.text, line.family) for line in row if line.text in ("Viber", "Messenger")] == [("Viber", "share"), ("Messenger", None)]


def test_a_tweets_dated_signature_does_not_make_the_article_a_live_page() -> None:
    standfirst = "The new bridge will link the old town with the eastern bank"
    head = ["Local", HEADLINE, "Jane Miller | 1 October 2018, 10:15", "Updated: 1 October 2018, 14:20", "(Photo: AP)"]
    rest = ["What the plan foresees", "The plan foresees two lanes for cars, one for buses and a wide path for bikes and walkers."]
    next_story = ["Next article", "Weather", NEXT_HEADLINE, "By Tom Reed", "1 October 2018, 12:40"]
    tweet = ["The vote is on tonight https://t.co/Xy7kL2mN4p", "— Mayor Lee (@MayorLee) October 1, 2018"]  # (a short dated line)
    page = _page(HEADER, head, [standfirst], [BODY[0]], [BODY[1]], tweet, [rest[0]], [rest[1]], [BODY[2]], ["Tags", "Local"],
                 next_story, NEXT_BODY[:2], FOOTER)
    assert _read(page) == (HEADLINE, [standfirst, BODY[0], BODY[1], *rest, BODY[2]])


def test_a_breadcrumb_opening_with_the_home_link_is_no_dateline() -> None:
    menu = "Home  News  Politics  Business  Sport  Culture  Technology"
    lines = {line.text: line for line in analyse(_page([menu], ["Home / Culture", HEADLINE], [BODY[0]]))}
    assert lines["Home / Culture"].crumb and not lines["Home / Culture"].byline
    trending = ["Most read now", "Students learn how to rest enough before their exams", "Scherzer wants to keep the spoiler role against Rockies"]
    upper, lower = "Film review: the spy comedy with the clumsy British agent returns", "with its hero still without gadgets"
    head = ["Home / Culture", upper, lower, "Jane Miller | 30.09.2018, 17:24", "Updated: 30.09.2018, 20:11", "Share Facebook Twitter Email",
            "Archive photo"]
    review = "The film is the third of the series and its hero, a clumsy spy, is once again called back to work by the service."
    most_read = ["Most read", *(f"{k}. {h}" for k, h in enumerate(["Council opens new library", "Rain expected this weekend"], 1))]
    next_story = ["Weather", NEXT_HEADLINE, "By Tom Reed", "1 October 2018, 12:40", "Share Facebook Twitter Email", "Archive photo"]
    page = _page(["The Daily Courier", menu], trending, head, [review], most_read, next_story, *([p] for p in NEXT_BODY), ["Tags", "Weather"],
                 ["Culture", "Theatre festival opens in the old town", "Loading..."], FOOTER)
    assert _read(page) == (f"{upper} {lower}", [review])


def test_the_next_story_loaded_without_a_label_ends_the_article_at_its_dated_header() -> None:
    # (the next story is about a bridge too: its words alone do not tell it apart)
    next_head = ["Local", "Old railway bridge over the river closes for repairs", "By Tom Reed", "1 October 2018, 12:40",
                 "Share Facebook Twitter Email"]
    next_body = [
        "The old railway bridge over the river will close for repairs next month, the council said on Tuesday.",
        "Trains between the old town and the eastern bank will be replaced by buses while the bridge is closed.",
        "The repairs are expected to last about three months and to cost the city and the railway company millions.",
        "Engineers found cracks in the old bridge last year, and the council said that the repairs could not wait.",
        "The railway company said that it would add more buses in the morning, when most commuters cross the river.",
    ]
    page = _page(HEADER, ARTICLE_HEAD, BODY, next_head, *([p] for p in next_body), FOOTER)
    assert _read(page) == (HEADLINE, BODY)


def test_a_paragraph_right_over_a_tweets_signature_stays_when_longer_than_a_tweet() -> None:
    paragraph = " ".join(BODY[:3])  # (a tweet of a picture alone prints no text line over its signature)
    assert len(paragraph) > 280
    families = {line.text: line.family for line in analyse("\n".join([paragraph, "— Mayor Lee (@MayorLee) October 1, 2018"]))}
    assert families == {paragraph: None, "— Mayor Lee (@MayorLee) October 1, 2018": "embed"}
