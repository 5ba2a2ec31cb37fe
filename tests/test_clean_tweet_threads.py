"""A story posted as a thread on a tweet page (twitter.com copied logged out): each tweet after the
first stands under its header ("Name", "@handle", its date, "Replying to @handle") with its counts
under it; set aside, the tweets read as one article, readers' replies in between left out, and the
account's first tweet is the headline. Guards: ordinary articles that quote tweets, or carry the
same words as sentences, read as before."""

from __future__ import annotations

from translate_summarize.boilerplate import analyse
from translate_summarize.clean import extract_text, looks_like_page_dump
from translate_summarize import posts

from page_texts import clean_page

TWEETS = [
    "The city council approved the new budget on Monday after a debate that lasted nine hours.",
    "The plan raises spending on schools by eight percent and cuts the road programme by half.",
    "Opposition members said the cuts would leave several bridges without repairs next winter.",
    "The mayor said the council would review the road programme again in the spring.",
]


def _tweet_page(
    arabic: bool = False, first: tuple[str, ...] = ("Council approves budget after nine-hour debate", "👇"), tweets: int = len(TWEETS)
) -> str:
    """A thread's tweet page: the bar, the first tweet, three replies of the account to itself and
    one reader's reply between them, then Twitter's footer."""
    reply, counts, acts = ("ردًا على @CityDesk", "3 12 40", "رد إعادة تغريد أعجبني") if arabic else (
        "Replying to @CityDesk", "3 replies 12 retweets 40 likes", "Reply Retweet Like")
    rows = [
        "Twitter Home Moments Search Twitter Have an account? Log in", "",
        "City Desk", "@CityDesk", "Follow",
        *first,
        "https://t.co/Ab12Cd34",
        "5:14 PM - 28 Sep 2018",
        "212 Retweets 480 Likes", acts, "",
    ]
    for k, text in enumerate(TWEETS[:tweets]):
        rows += ["City Desk", "@CityDesk", "Sep 28", reply, text, counts]
        if k == 1:
            rows += ["Ann Reader", "@ann_reads", "Sep 28", reply, "Why did nobody ask the residents about this plan?", "0 1 2"]
    rows += ["", "Show more replies", "New to Twitter?", "Sign up now to get your own personalized timeline!", "Sign up",
             "© 2018 Twitter About Help Center Terms Privacy policy Cookies Ads info"]
    return "\n".join(rows)


def _body_texts(raw: str) -> list[str]:
    rows = raw.splitlines()
    return [rows[first - 1].strip() for first, _ in extract_text(raw).body]


def test_a_threads_tweets_read_as_one_article_without_headers_counts_or_readers_replies() -> None:
    for arabic in (False, True):
        raw = _tweet_page(arabic)
        assert _body_texts(raw) == TWEETS


def test_the_accounts_first_tweet_is_the_headline_of_its_thread_past_its_label_and_hint() -> None:
    """A short story: its label, its headline ending in a full stop, the thread hint, one short tweet under it."""
    first = ("🔴 BREAKING |", "Council approves the budget after a debate of nine hours.", "👇 Details in the thread")
    raw = _tweet_page(first=first, tweets=1).replace(TWEETS[0], "The vote was close.")
    raw = raw.replace("Twitter Home Moments Search Twitter Have an account? Log in", "Twitter\nHome\nMoments\nSearch Twitter\nHave an account? Log in")
    assert extract_text(raw).title == "Council approves the budget after a debate of nine hours."


def test_a_first_tweet_of_headline_and_sentence_gives_the_headline() -> None:
    first = ("Council approves budget after nine-hour debate", "The vote closed a long day of arguments in the chamber of the city hall.")
    assert extract_text(_tweet_page(first=first)).title == "Council approves budget after nine-hour debate"


def test_the_account_over_its_handle_under_twitters_bar_is_the_outlet() -> None:
    """Twitter's bar copied a word a line pushes the account's header down the page."""
    raw = _tweet_page().replace("Twitter Home Moments Search Twitter Have an account? Log in", "Twitter\nHome\nMoments\nSearch Twitter\nHave an account? Log in")
    out = clean_page(raw)
    assert out.outlet == "City Desk"


def test_thread_page_keeps_line_numbers_and_the_first_tweets_header() -> None:
    raw = _tweet_page()
    blanked = posts.thread_page(raw)
    assert blanked is not None
    assert len(blanked.splitlines()) == len(raw.splitlines())
    kept = [row for row in blanked.splitlines() if row]
    assert kept.count("@CityDesk") == 1 and "@ann_reads" not in kept and "Replying to @CityDesk" not in kept
    assert "Why did nobody ask the residents about this plan?" not in kept


def _article(*middle: str) -> str:
    return "\n".join([
        "Home  News  Sport", "",
        "Council approves budget after nine-hour debate", "",
        *TWEETS[:2], *middle, *TWEETS[2:], "",
        "Related: Mayor opens new library",
    ])


def test_guard_an_article_quoting_a_reply_keeps_its_text_and_headline() -> None:
    """One quoted reply of a reader (another handle) makes no thread: the article reads as it would without the rule."""
    quoted = ("Ann Reader", "@ann_reads", "Replying to @CityDesk", "Why did nobody ask the residents about this plan?", "3 12 40")
    raw = _article(*quoted)
    assert posts.thread_page(raw) is None
    found = extract_text(raw)  # (as the cleaner read it before the thread rules)
    assert found.title == "Council approves budget after nine-hour debate" and found.body == ((5, 5), (6, 6), (10, 10), (13, 13))


def test_guard_counts_and_emoji_lines_in_ordinary_articles_are_left_to_the_cleaner() -> None:
    """Number rows and short lines are only set aside on a thread's tweet page."""
    raw = _article("3 12 40", "👇", "Show this thread")
    assert posts.thread_page(raw) is None
    assert extract_text(raw).body == ((5, 5), (6, 6))  # (as before the thread rules)


def test_guard_an_article_with_a_handle_and_follow_line_keeps_its_own_headline() -> None:
    """An article quoting a tweet below its sentences keeps its own headline (no tweet page above the handle)."""
    raw = _article("City Desk", "@CityDesk", "Follow", "Council approves budget", "5:14 PM - 28 Sep 2018")
    assert posts.tweet_headline(list(analyse(raw))) is None
    assert extract_text(raw).title_line != 10  # (not the quoted tweet)


def _unrolled(label: str = "🔴 BREAKING |", tweets: int = len(TWEETS)) -> str:
    """A thread unrolled by Thread Reader App: its bar, the account and its meta block, the tweets
    as paragraphs, the dots, the app's lines and another thread of the account."""
    return "\n".join([
        "Thread Reader", "Share this page!", "Search", "",
        "City Desk", "@CityDesk", "4 tweets", "Sep 28th 2018", "2 min read", "Read on Twitter", "",
        label, "Council approves budget after nine-hour debate", *TWEETS[:tweets], "",
        "• • •",
        "Missing some Tweet in this thread? You can try to force a refresh",
        "Keep Current with City Desk",
        "Stay in touch and get notified when new unrolls are available from this author!",
        "This Thread may be Removed Anytime!",
        "Twitter may remove this content at anytime! Save it as PDF for later use!", "",
        "More from @CityDesk", "",
        "City Desk", "@CityDesk",
        "Harbour reopens after the storm as ferries resume their crossings to the islands.",
        "Read 5 tweets", "",
        "Did Thread Reader help you today?", "Support us! We are indie developers!",
        "Help | About | TOS | Privacy",
    ])


def test_an_unrolled_threads_first_tweet_is_the_headline_and_the_apps_lines_no_body() -> None:
    for label, tweets in (("🔴 BREAKING |", len(TWEETS)), ("🧵 Thread", 1)):  # (a short story: the app's lines outweigh it)
        raw = _unrolled(label, tweets)
        found = extract_text(raw)
        assert found.title == "Council approves budget after nine-hour debate"
        assert _body_texts(raw) == TWEETS[:tweets]


def test_guard_an_article_with_dots_between_its_sections_keeps_its_sections() -> None:
    """"• • •" between an article's sections ends nothing where no unrolled thread's meta block stands above it."""
    raw = _article("• • •", "Keep Current with City Desk")
    assert posts.unroll_page(raw) is None
    assert extract_text(raw).body == ((5, 5), (6, 6))  # (as before the thread rules: the sign-off after the dots ends it)


def test_an_unrolled_thread_as_a_records_text_is_a_page_dump() -> None:
    """The app's own lines are few and in English: the unroll's shape says it is a page."""
    unrolled = "\n".join([
        "Thread Reader", "", "City Desk", "@CityDesk", "Sep 28th 2018 • 4 tweets • 2 min read Read on Twitter", "",
        "Council approves budget after nine-hour debate", *TWEETS, "", "• • •", "Keep Current with City Desk",
    ])
    assert looks_like_page_dump(unrolled)


def test_guard_a_feed_items_text_naming_a_handle_is_no_page_dump() -> None:
    text = "\n".join(["@CityDesk", *TWEETS[:2], "Read on Twitter"])
    assert not looks_like_page_dump(text)
