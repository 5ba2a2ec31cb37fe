"""Two more kinds of post stream: a chat exported to text (every message behind its time stamp and
sender) and a live-coverage page opened at one entry (stories one after another, each under its
time and headline). The article is the message or the entry that holds it; stamps, senders and the
app's notices are never part of it; a chat's news sender is its outlet."""

from __future__ import annotations


import pytest

from translate_summarize.article import Article
from translate_summarize.boilerplate import analyse
from translate_summarize.clean import _one_story, clean, extract_text, looks_like_page_dump
from translate_summarize.posts import chat_export, chat_outlet, entry_starts
from translate_summarize.settings import Settings

from page_texts import HEADLINE, PROSE, lookalike_pages

OTHER_HEADLINE = "Storm closes the northern port for the second day running"
OTHER_SENTENCE = "Ferries to the islands stayed in harbour on Sunday as winds reached 90 kilometres an hour."


def _chat(stamp: str = "30/09/2018, {time} - ", admin: str = "Harbour News - Admin") -> str:
    """A news group's chat export: the app's notices, an earlier news message, a member's reply,
    the article's message (a label on the stamp's line, the headline ending in a full stop under
    it), the app's placeholder, a member leaving."""
    s = lambda time: stamp.format(time=time)  # noqa: E731
    return "\n".join([
        s("09:00") + "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
        s("09:00") + "Harbour News - Admin added you",
        s("09:30") + f"{admin}: <Media omitted>",
        s("09:30") + f"{admin}: {OTHER_HEADLINE}",
        OTHER_SENTENCE,
        "https://harbournews.example/news/67221",
        s("09:41") + "Mira B.: Is this true?",
        s("10:05") + f"{admin}: 🔴 BREAKING",
        "City council approves the transport budget.",
        *PROSE,
        "🔗 More: https://harbournews.example/news/3878",
        "<This message was edited>",
        s("10:12") + "+355 69 234 5678: 👍",
        s("11:40") + "Besa left",
        "",
    ])


def _body(raw: str, ranges: tuple[tuple[int, int], ...]) -> list[int]:
    return [n for lo, hi in ranges for n in range(lo, hi + 1) if raw.split("\n")[n - 1].strip()]


def test_a_chat_export_loses_its_stamps_senders_notices_and_placeholders_but_keeps_its_line_numbers() -> None:
    raw = _chat()
    chat = chat_export(raw)
    assert chat is not None and len(chat.lines) == raw.count("\n") + 1
    assert chat.lines[0] == chat.lines[1] == chat.lines[2] == ""  # (notices, "<Media omitted>")
    assert chat.lines[3] == OTHER_HEADLINE and chat.lines[7] == "🔴 BREAKING" and chat.lines[14] == ""
    assert chat.starts == (1, 2, 3, 4, 7, 8, 16, 17)
    assert chat.senders[8] == "Harbour News - Admin" and chat.senders[16] == "+355 69 234 5678"


def test_phone_styles_of_the_stamp_are_read_arabic_indic_digits_and_the_ios_brackets_too() -> None:
    arabic = _chat(stamp="٣٠/٩/٢٠١٨، {time} م - ")
    ios = _chat(stamp="[30.09.18, {time}:12] ")
    for raw in (arabic, ios):
        chat = chat_export(raw)
        assert chat is not None and chat.lines[3] == OTHER_HEADLINE and 8 in chat.senders


def test_the_article_is_the_message_with_most_sentences_under_its_headline() -> None:
    raw = _chat()
    found = extract_text(raw)
    assert found.title == "City council approves the transport budget."  # (a headline ending in a full stop, under the label)
    assert found.title_line == 9
    assert _body(raw, found.body) == [10, 11, 12, 13]


def test_cleaned_paragraphs_hold_no_stamp_and_the_news_sender_is_the_outlet() -> None:
    raw = _chat().replace("10:05 - Harbour News - Admin: 🔴 BREAKING", "10:05 - Harbour News - Admin: " + HEADLINE)
    raw = raw.replace("City council approves the transport budget.\n", "")
    out = clean(Article(id="c", source_file="chat.txt", raw=raw), Settings())
    assert out.title == HEADLINE and [p.text for p in out.paragraphs] == PROSE  # (the headline was on the stamp's line)
    assert out.outlet == "Harbour News"  # (less its role word)
    assert out.published == "2018-09-30"


def test_a_member_who_posted_once_is_no_outlet() -> None:
    chat = chat_export(_chat())
    assert chat is not None
    assert chat_outlet(chat, 9) == "Harbour News"
    assert chat_outlet(chat, 16) is None  # (the member's one message)


def test_a_chat_export_in_a_jsonl_record_is_cleaned_as_a_page() -> None:
    raw = _chat()
    assert looks_like_page_dump(raw)
    out = clean(Article(id="r", source_file="feed.jsonl", kind="record", raw=raw), Settings())
    assert [p.text for p in out.paragraphs] == PROSE


def test_two_stamped_lines_make_no_chat_export() -> None:
    raw = "\n".join([
        HEADLINE, "", *PROSE, "", "Comments",
        "30/09/2018, 10:12 - Besa: Good news for the suburbs.",
        "30/09/2018, 10:20 - Arben: At last.",
    ])
    assert chat_export(raw) is None


def test_stamped_comments_under_an_article_make_no_chat_export() -> None:
    raw = "\n".join([
        HEADLINE, "", *PROSE, "", "Comments",
        "30/09/2018, 10:12 - Besa: Good news for the suburbs.",
        "30/09/2018, 10:20 - Arben: At last.",
        "30/09/2018, 10:31 - Besa: Thank you.",
    ])
    assert chat_export(raw) is None  # (an export opens with a stamp)
    found = extract_text(raw)
    assert found.title == HEADLINE and _body(raw, found.body) == [3, 4, 5, 6]


def _live(article: list[str]) -> str:
    """A live-coverage page opened at one entry: its header, newer entries, the article's, an older one."""
    return "\n".join([
        "Harbour News", "Home | News | Live | Sport", "LIVE: Sunday 30 September 2018 as it happened", "Updated 20 minutes ago",
        "Key points", f"• {OTHER_HEADLINE}", f"• {HEADLINE}", "You are viewing a single update", "",
        "12:40", OTHER_HEADLINE, OTHER_SENTENCE, "Share", "",
        "12:05", "Ferry timetable changes from Monday", "The new timetable adds two evening crossings to the islands.", "Share", "",
        *article,
        "Copy link to this update", "Share", "",
        "09:12", "Local team wins the regional cup after a late goal",
        "The winning goal came in the last minute of extra time.", "Share", "",
        "Load more updates", "© 2018 Harbour News. All rights reserved.", "",
    ])


def test_the_article_is_the_live_pages_entry_with_most_sentences_under_its_headline() -> None:
    raw = _live(["10:58", HEADLINE, PROSE[0].rstrip("."), *PROSE[1:]])  # (its first sentence lost its full stop)
    found = extract_text(raw)
    assert found.title == HEADLINE and found.title_line == 21  # (read as one page: another entry's headline and sentence)
    assert _body(raw, found.body) == [22, 23, 24, 25]


def test_under_a_label_and_over_a_byline_naming_the_site_the_entrys_headline_stands_alone() -> None:
    raw = _live(["10:58", "📌 Pinned", HEADLINE, "Rita Hoxha, Harbour News", *PROSE])
    found = extract_text(raw)
    assert found.title == HEADLINE and found.title_line == 22 and _body(raw, found.body) == [24, 25, 26, 27]
    byline = next(line for line in analyse(raw) if line.text == "Rita Hoxha, Harbour News")
    assert byline.byline  # (the site's name is in its copyright footer)
    unsigned = raw.replace("© 2018 Harbour News. All rights reserved.", "All rights reserved.")
    assert not next(line for line in analyse(unsigned) if line.text == "Rita Hoxha, Harbour News").byline


def test_a_short_entry_whose_line_lost_its_full_stop_keeps_it_before_a_read_also_teaser() -> None:
    raw = _live([
        "10:58", HEADLINE, "Buses and bus lanes get most of the money",
        "Read also", OTHER_HEADLINE, OTHER_SENTENCE, *PROSE[1:3],
    ])
    found = extract_text(raw)
    assert found.title == HEADLINE and _body(raw, found.body) == [22]


def test_a_live_blog_of_sentences_under_their_times_is_one_article() -> None:
    raw = "\n".join([
        "Harbour News", "LIVE", HEADLINE, "By Rita Hoxha", "",
        *[line for i, sentence in enumerate(PROSE) for line in (f"1{i}:00", sentence, "")],
        "© 2018 Harbour News",
    ])
    assert entry_starts(list(analyse(raw))) == []
    found = extract_text(raw)
    assert found.title == HEADLINE and len(found.body) == 4


@pytest.mark.parametrize("name", sorted(lookalike_pages("ordinary_stream_lookalikes.json")))
def test_ordinary_pages_that_look_like_streams_keep_their_title_and_outlet(name: str) -> None:
    """Dated teasers or a "latest" list around a dated article, chat-format comments or quoted
    messages, a ticker of "Name: quote" headlines, an article with a timeline, a live blog of one
    story, headlines whose last words are in the site's name: none is read as a chat or a live page
    (the red-team pass's pages; each read so before these rules and not by their first version)."""
    page = lookalike_pages("ordinary_stream_lookalikes.json")[name]
    record = name.startswith("rec_")
    article = Article(id=name, source_file="feed.jsonl" if record else "page.txt", kind="record" if record else "text", raw=page["text"])
    out = clean(article, Settings())
    assert (out.title, out.outlet) == (page["title"], page["outlet"])


def test_an_article_with_a_timeline_and_a_live_blog_of_one_story_are_no_live_pages() -> None:
    pages = lookalike_pages("ordinary_stream_lookalikes.json")
    for name in ("article_timeline", "ar_timeline"):  # (sentences above the first entry)
        assert entry_starts(list(analyse(pages[name]["text"]))) == []
    lines = list(analyse(pages["liveblog_one_story"]["text"]))
    cuts = entry_starts(lines)
    assert cuts and _one_story(lines, cuts)  # (its updates' headlines share the blog's title words)
