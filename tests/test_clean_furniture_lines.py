"""Furniture lines of three site kinds: a mailed newsletter as a webmail client shows it (the
mail's headers, greeting and label over the story are no article that has begun, so the story
under the label is no teaser; the link to its web copy, why the reader got it and the sponsor's
label are no body), a station's call-in or hotline line holding a telephone number, and a printed
paper's jump line ("Continued from page 8: ...") with the rest of the article after it."""

from __future__ import annotations

from translate_summarize.boilerplate import analyse, marker_family
from translate_summarize.clean import extract_text

from page_texts import HEADLINE, PROSE


def _body(raw: str) -> list[str]:
    lines = raw.split("\n")
    return [lines[n - 1] for lo, hi in extract_text(raw).body for n in range(lo, hi + 1) if lines[n - 1].strip()]


def _mail(greeting: str) -> str:
    return "\n".join([
        "From: Harbour Daily <newsletter@harbourdaily.example>",
        "To: reader@example.com",
        "Date: Monday, 1 October 2018, 06:23",
        "Subject: Evening briefing | 1 October 2018",
        "",
        "[Harbour Daily logo]",
        "Evening briefing | Monday 1 October 2018",
        greeting,
        "",
        "Our pick",  # a label no word list holds
        HEADLINE,
        "",
        *PROSE,
        "",
        "Read the whole story on our site →",
        "",
        "Also today",
        "Sport",
        "Local team wins the regional cup after a late goal in extra time",
        "Read more",
        "",
        "Harbour Daily, 12 Quay Street, Harbourtown",
    ])


def test_the_story_under_a_label_after_the_mails_headers_is_the_article() -> None:
    raw = _mail("Good evening,")
    assert _body(raw) == PROSE  # (the date line and the label made it another story's teaser)


def test_an_editors_line_that_shares_no_word_with_the_header_starts_no_article() -> None:
    raw = _mail("Here are the stories our editors chose for you tonight.")
    assert _body(raw) == PROSE


def test_a_short_article_under_its_dated_headline_still_ends_at_a_labelled_teaser() -> None:
    raw = "\n".join([
        "Harbour Daily",
        "Storm closes the northern port",
        "30 September 2018",
        "",
        "The northern port stayed closed on Sunday as the storm reached 90 kilometres an hour.",
        "",
        "Our pick",
        HEADLINE,
        "",
        *PROSE,
        "",
        "© 2018 Harbour Daily",
    ])
    assert _body(raw) == ["The northern port stayed closed on Sunday as the storm reached 90 kilometres an hour."]


def test_newsletter_furniture_lines_are_markers() -> None:
    assert marker_family("If this email does not display properly, view it in your browser")[1] == "skip"
    assert marker_family("إذا لم تظهر هذه الرسالة بشكل صحيح، اضغط هنا لعرضها في المتصفح")[1] == "skip"
    assert marker_family("Nëse ky email nuk shfaqet si duhet, klikoni këtu për ta parë në shfletues")[1] == "skip"
    assert marker_family("Ju e morët këtë email sepse jeni abonuar në buletinin e Dita Online.")[1] == "skip"
    assert marker_family("You received this email because you subscribed to the Harbour Daily newsletter.")[1] == "skip"
    assert marker_family("Sponsorizuar nga") == ("ad", "skip")
    assert marker_family("برعاية") == ("ad", "skip")


def test_a_contact_line_with_a_telephone_number_is_not_body() -> None:
    for contact in ("شاركونا آراءكم على الهواء: 0795788772 أو عبر واتساب", "Na shkruani në Viber: +383 44 123 456",
                    "Call the newsroom on air: 0800 1247777"):
        raw = "\n".join(["Harbour Radio", HEADLINE, "30 September 2018", "", *PROSE[:2], contact, *PROSE[2:], "", "© 2018 Harbour Radio"])
        assert _body(raw) == PROSE, contact
    line = next(line for line in analyse("Call us: 0795788772 or on WhatsApp") if line.text)
    assert line.family == "contact"
    assert [line.family for line in analyse("Tirana 2018-09-29\nLivingston 1 - 0 Rangers")] == [None, None]


TAIL = ["“We will not raise fares this year,” the company's director told reporters on Monday.",
        "Tickets stay at one euro fifty for students and pensioners, she added."]


def test_a_jump_line_is_not_body_and_the_article_goes_on_after_it() -> None:
    raw = "\n".join([
        "Page 4 - City", HEADLINE, "30 September 2018", "", *PROSE[:3], "(Continued on page 26)", "",
        "Page 26 - Economy", "Continued from page 4: City council approves...", "",
        *TAIL,
        "", "Share", "Print", "Comment",
    ])
    assert _body(raw) == [*PROSE[:3], *TAIL]  # (the page's header over the jump line cuts off no other story)
    assert [line.family for line in analyse("Vijim nga faqja 15: Anëtarët e Asamblesë...\nتتمة المنشور ص 18: أصبح تمثال كرومويل...")] == ["jump", "jump"]


def test_the_article_goes_on_after_a_match_card_or_a_poll_set_inside_it() -> None:
    after = [
        "The council said the new bus lanes on the main roads will open in the spring, before the new timetable.",
        "The mayor said the budget for public transport is the largest the city council has ever approved.",
    ]
    cards = {
        "match card": ["Related match", "Premier League - Week 7", "Liverpool - Manchester City", "Tuesday 2 October 2018 - 21:45", "Match details"],
        "poll": ["Poll", "Who will win the league this season?", "Napoli 40%", "Roma 19%", "Juventus 41%", "Vote now"],
    }
    for kind, card in cards.items():
        raw = "\n".join([
            "Harbour Daily", HEADLINE, "30 September 2018", "", *PROSE, "", *card, "", *after, "", "#city #transport", "Share: Facebook | Twitter",
        ])
        assert _body(raw) == [*PROSE, *after], kind


def test_an_authors_unpunctuated_closing_note_over_a_keywords_line_is_body() -> None:
    note = "Chris Leslie is the member of parliament for the east of the city"
    for keywords in ("Keywords: opinion", "كلمات مفتاحية: آراء"):
        raw = "\n".join(["Harbour Daily", HEADLINE, "30 September 2018", "", *PROSE, note, keywords, "Comments (2)"])
        assert _body(raw) == [*PROSE, note], keywords


def test_market_quotes_are_furniture_the_article_goes_on_through() -> None:
    """An economic site's markets strip over the page and a "related stocks" box between the
    article's first paragraph and the rest: rows of quotes (a price, an arrow or a sign, the change
    in per cent) are neither a headline nor what ends the article; a sentence reporting a change is
    body."""
    raw = "\n".join([
        "Brent 84.98 $ ▼ 1.80%   EUR/USD 1.1589 ▲ 0.12%   Dow 26,458.31 -0.07%",
        "Harbour Business Daily",
        "Markets | Companies | Energy | Property",
        "",
        HEADLINE,
        "Tina Hill - Harbour City",
        "30 September 2018 - 14:37",
        "Print",
        "Font size",
        PROSE[0],
        "Related stocks",
        "Harbour Transport Co 12.40 ▲ 2.10%",
        "City Bus Holdings 8.75 ▼ 0.45%",
        *PROSE[1:],
        "The shares of the bus company rose 2.1% after the vote, traders said.",
        "",
        "© 2018 Harbour Business Daily",
    ])
    assert extract_text(raw).title == HEADLINE
    assert _body(raw) == [*PROSE, "The shares of the bus company rose 2.1% after the vote, traders said."]
    assert [line.family for line in analyse(raw)[:1]] == ["data"]


def test_weather_and_fuel_prices_over_the_headline_are_no_title() -> None:
    """A portal's weather by city and fuel prices (a value per unit) right over the headline:
    rows of values one under the other, and their labels, are no headline; one such value in a
    headline or a sentence is no data row."""
    headline = "Fashion shows in Paris reveal the latest line of giant hats that will soon reach the streets of your city"
    raw = "\n".join([
        "Harbour Business Weekly", "Home | Economy | Business | Energy", "",
        "Weather", "Tirana 27° Cloudy", "Korça 15° Sunny", "Shkodra 28° Partly cloudy",
        "Fuel prices", "Diesel 183 lekë/litre", "Petrol 190 lekë/litre", "",
        headline, "By Tina Hill", "28 September 2018", "14:37", "Listen", "Print", "",
        *PROSE,
    ])
    assert extract_text(raw).title == headline
    assert _body(raw) == PROSE
    assert [line.family for line in analyse(raw)[3:9]] == ["data"] * 6
    assert [line.family for line in analyse("Heat wave: 41° in Tirana\nPrices rose to 190 lekë/litre on Monday.")] == [None, None]


def test_an_authors_name_and_city_over_the_date_is_a_byline() -> None:
    """Headline, standfirst, then "Name - City" over the date: the pair is the byline, the
    headline stands above the standfirst."""
    standfirst = "The council's vote ends a year of talks with the bus company and the drivers' union over fares"
    for pair in ("Tina Hill - Harbour City", "خالد عبد الله - جدة"):
        raw = "\n".join(["Harbour Daily", "Home | City | Economy", "", HEADLINE, standfirst, "", pair, "28 September 2018", "12:55", "", *PROSE])
        assert extract_text(raw).title == HEADLINE, pair
        assert _body(raw) == [standfirst, *PROSE], pair
        assert [line.byline for line in analyse(raw) if line.text == pair] == [True]
    assert [line.byline for line in analyse("Livingston - Rangers 1-0\n28 September 2018")] == [False, False]


def test_todays_indicators_box_inside_the_article_is_furniture() -> None:
    """A "today's indicators" box between paragraphs (its label, rows of a name and a rate) is
    neither body nor the article's end; lines reporting a rate in words are no rows."""
    box = ["Treguesit e ditës", "Inflacioni vjetor 2,3 %", "Euribor 3M -0,37 %", "Rritja ekonomike 3,6 %"]
    raw = "\n".join(["Harbour Business Weekly", "", HEADLINE, "28 September 2018", "", *PROSE[:2], *box, *PROSE[2:], "", "© 2018 Harbour Business Weekly"])
    assert _body(raw) == PROSE
    assert [line.family for line in analyse("\n".join(box))] == ["data"] * 4
    assert [line.family for line in analyse("Inflation rose to 2.3%\nThe rate is now 3,6 %")] == [None, None]


def test_an_authors_closing_note_over_the_columnists_box_is_body() -> None:
    """A column's last line, the author's unpunctuated note, over the paper's box of columnists and
    their columns' titles: the note closes the article, the box is none of it."""
    note = "Chris Leslie is the member of parliament for the east of the city"
    for label in ("Opinion writers", "كتاب الرأي", "Opinionistët"):
        raw = "\n".join(["Harbour Daily", HEADLINE, "30 September 2018", "", *PROSE, note, "", label, "Dana Reed",
                         "Why the harbour needs a second bridge", "Omar Aziz", "The quiet end of the high street"])
        assert _body(raw) == [*PROSE, note], label
