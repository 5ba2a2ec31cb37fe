"""An outlet's post on a Ghost site (Casper and other themes): the byline line "Author Date • n min
read" (a name of any length) is the post's metadata, not the rest of the headline, and the custom
excerpt under it is the standfirst, not the headline. Guards: pages where a reading time, a date
line or a longer line under a headline are something else read as before."""

from __future__ import annotations

from page_texts import title_and_body_lines as _texts
from translate_summarize.boilerplate import analyse, units

NAV = ["Zëri i Qytetit", "Ballina Politikë Ekonomi", "Subscribe", "", "Politikë"]
HEADLINE = "Bashkia miraton buxhetin e ri për transportin publik"
EXCERPT = "Këshilli bashkiak i jep dritën jeshile blerjes së 120 autobusëve elektrikë dhe korsive të reja për transportin publik"
BODY = [
    "Këshilli bashkiak miratoi të martën një buxhet prej 40 milionë eurosh për transportin publik, tha kryetari.",
    "Pjesa më e madhe e parave do të shkojë për 120 autobusë elektrikë dhe për korsi të reja në rrugët kryesore.",
    "Opozita votoi kundër buxhetit, duke thënë se ai nuk investon mjaftueshëm në periferi të qytetit.",
]
FOOTER = ["", "Subscribe to Zëri i Qytetit", "Get the latest posts delivered right to your inbox", "Subscribe",
          "", "Zëri i Qytetit © 2021", "Published with Ghost"]


def test_byline_with_a_long_name_and_reading_time_is_metadata() -> None:
    """"Name Name Name Date • n min read" is a date line, whatever the name's length, in en/sq/ar."""
    for line in ("Arben Hoxha Krasniqi 14 mars 2021 • 3 min lexim", "Mary Ann Jones Mar 14, 2021 • 4 min read",
                 "خالد عبد الله Sep 28, 2018 • 1 دقائق قراءة"):
        assert analyse(line)[0].dateish, line


def test_short_post_headline_is_not_joined_to_its_byline() -> None:
    page = [*NAV, HEADLINE, "Arben Hoxha Krasniqi 14 mars 2021 • 1 min lexim", "", BODY[0], *FOOTER]
    title, body = _texts(page)
    assert (title, body) == (HEADLINE, [BODY[0]])


PREV_NEXT = ["Qeveria paralajmëron rritjen e çmimit të energjisë për familjet dhe bizneset e vogla",
             "Stuhia mbyll portin e Durrësit për dy ditë dhe anijet presin në det të hapur"]


def test_cards_after_a_short_post_are_no_hard_wrapped_line() -> None:
    """A one-sentence post's page has no line over 100 characters; the previous / next cards under
    its subscribe box, two long headlines, are no line wrapped in two (the page breaks once)."""
    sentence = "Këshilli bashkiak miratoi të martën buxhetin e ri për transportin publik, tha kryetari."
    page = [*NAV, HEADLINE, "Arben Hoxha 14 mars 2021 • 1 min lexim", "", sentence, *FOOTER[:4], "", *PREV_NEXT, *FOOTER[4:]]
    assert 60 <= max(len(row) for row in page) <= 100
    assert [u[:2] for u in units("\n".join(page)) if u[0] >= 15] == [(15, 15), (16, 16), (18, 18), (19, 19)]
    assert _texts(page) == (HEADLINE, [sentence])


def test_excerpt_under_the_byline_is_the_standfirst() -> None:
    """Casper prints the custom excerpt under the author and date (and the image's caption under
    it): the headline stays the title and the excerpt opens the body."""
    page = [*NAV, HEADLINE, "Arben Hoxha 14 mars 2021 • 3 min lexim", EXCERPT, "Foto: Reuters", "", *BODY, *FOOTER]
    title, body = _texts(page)
    assert (title, body) == (HEADLINE, [EXCERPT, *BODY])


def test_excerpt_under_a_name_and_a_date_line_is_the_standfirst() -> None:
    """Some themes set the author's name on its own line over "Date • n min read": the excerpt under
    both is still the standfirst."""
    page = [*NAV, HEADLINE, "Arben Hoxha", "14 mars 2021 • 3 min lexim", EXCERPT, "Foto: Reuters", "", *BODY, *FOOTER]
    title, body = _texts(page)
    assert (title, body) == (HEADLINE, [EXCERPT, *BODY])


def test_reading_time_in_a_sentence_or_under_cards_is_no_date() -> None:
    """A sentence that names a reading time, a reading time that goes on ("• 19 tweets • 2 min read
    Read on Twitter") and a card's bare "3 min read" are not date lines."""
    for line in ("The report is a 5 min read, the editor said.", "Sep 28th 2018 • 19 tweets • 2 min read Read on Twitter", "3 min read"):
        assert not analyse(line)[0].dateish, line


CARD = "Mayor opens the new library in the old town hall"
OWN_HEADLINE = "City council approves a new budget for public transport after a long night of debate"
PROSE = [
    "The city council on Tuesday approved a budget of 40 million euros for public transport, the mayor said.",
    "Most of the money will pay for 120 electric buses and for new bus lanes on the main roads of the city.",
    "The opposition voted against the budget, saying that it does not invest enough in the suburbs.",
]


def test_dated_line_over_a_long_headline_keeps_the_headline() -> None:
    """Another post's card, or an edition's name, and its date over the page's own long headline
    and its caption: no headline over a post's byline (no reading time) and its standfirst."""
    for upper in ([CARD], ["The Daily Herald Weekend Edition"], [CARD, "By John Smith"]):
        page = [*upper, "27 September 2021", OWN_HEADLINE, "Photo: Reuters", "", *PROSE]
        assert _texts(page) == (OWN_HEADLINE, PROSE), upper
