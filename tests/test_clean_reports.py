"""Pages made of records and of boxes for screen readers: a press-monitoring report's clips (each
under its block of fields, closed by "End of clip"), a broadcaster's page with its hidden labels
("Author, Name", "Image source, AFP", "Skip <box> and continue reading" ... "End of <box>")."""

from __future__ import annotations


import pytest

from translate_summarize.article import Article
from translate_summarize.boilerplate import analyse, without_link_numbers
from translate_summarize.clean import clean, extract_text
from translate_summarize.metadata import copyright_name, field_blocks
from translate_summarize.settings import Settings

from page_texts import HEADLINE, PROSE, lookalike_pages

OTHER_HEADLINE = "Storm closes the northern port for the second day running"
OTHER_SENTENCE = "Ferries to the islands stayed in harbour on Sunday as winds reached 90 kilometres an hour."


def _report(article: list[str], sep: str = ": ") -> str:
    """A monitoring report: its header, a previous clip's tail, the article's clip under its fields,
    the next clip's header and excerpt."""
    f = lambda label, value: f"{label}{sep}{value}"  # noqa: E731
    return "\n".join([
        "MediaScan", "Daily media monitoring report", "Client: Embassy press office", "Report date: 02.10.2018", "",
        "The port authority said it would open an inquiry into the managers' decision.", "Keywords: Economy", "— End of clip —", "",
        f("Clip no.", "006"), f("Source", "Daily Harbour"), f("Date", "01.10.2018"), f("Page", "20"), f("Section", "City"),
        f("Author", "Rita Hoxha"), "",
        HEADLINE, "", *article, "", "— End of clip —", "Analyst's note: positive coverage, no mention of the client.", "",
        "MediaScan | Page 21 of 30", "",
        f("Clip no.", "007"), f("Source", "Reuters"), f("Date", "01.10.2018"), OTHER_HEADLINE, OTHER_SENTENCE, "[...]", "",
    ])


@pytest.mark.parametrize("sep", [": ", "\t"])
def test_the_article_is_the_clip_under_its_fields_not_a_previous_clips_tail(sep: str) -> None:
    raw = _report(PROSE, sep)
    found = extract_text(raw)
    lines = raw.split("\n")
    assert found.title == HEADLINE
    assert [lines[lo - 1] for lo, _ in found.body] == PROSE
    out = clean(Article(id="c", source_file="report.txt", raw=raw), Settings())
    assert out.published == "2018-10-01"  # (the clip's date, not the report's)
    assert out.outlet == "Daily Harbour"  # (the clip's source field names the paper it ran in)
    assert out.credited_source is None  # (the next clip's "Source: Reuters" credits nothing here)


def test_a_one_sentence_clip_wins_its_tie_with_a_previous_clips_tail() -> None:
    raw = _report([PROSE[0]])
    found = extract_text(raw)
    assert found.title == HEADLINE and len(found.body) == 1


def test_blocks_of_fields_and_page_footers() -> None:
    texts = ["Source: Daily Harbour", "Date: 01.10.2018", "Page\t20", "Section\tCity", HEADLINE, PROSE[0]]
    assert field_blocks(texts) == [(0, 4)]
    assert field_blocks(texts[1:]) == []  # (three fields make no block)
    assert field_blocks(["Source: Daily Harbour", "Date: 01.10.2018", "Page: 20", "Note: it ran on the front page."]) == []
    families = {line.text: line.family for line in analyse("\n".join(["MediaScan | Page 21 of 30", "Faqja 1 nga 28", "صفحة 7 من 12", "— End of clip —", "— نهاية القصاصة —"]))}
    assert families == {
        "MediaScan | Page 21 of 30": "counter", "Faqja 1 nga 28": "counter", "صفحة 7 من 12": "counter",
        "— End of clip —": "article_end", "— نهاية القصاصة —": "article_end",
    }


def test_an_article_over_a_block_of_fields_stays_the_article() -> None:
    raw = "\n".join([
        "Harbour News", "", HEADLINE, "30 September 2018", "", *PROSE, "", "Tags: City",
        "Source: Harbour News", "Date: 30.09.2018", "Section: City", "Author: Rita Hoxha", "", "© 2018 Harbour News", "",
    ])
    found = extract_text(raw)
    assert found.title == HEADLINE and len(found.body) == 4


def test_a_broadcasters_hidden_labels_are_bylines_captions_and_boxes() -> None:
    raw = "\n".join([
        "Skip to content", "Atlas News", "Home", "World", "",
        HEADLINE, "Article information", "Author, Rita Hoxha", "Role, Correspondent of Atlas News", "30 September 2018",
        "Image source, AFP", "Image caption, The new buses at the depot", PROSE[0], "",
        "Skip Recommended stories and continue reading", "Recommended stories", OTHER_HEADLINE, OTHER_SENTENCE,
        "End of Recommended stories", "", *PROSE[1:], "", "Related topics", "© 2018 Atlas.", "",
    ])
    lines = {line.text: line for line in analyse(raw)}
    assert lines["Author, Rita Hoxha"].byline and lines["Role, Correspondent of Atlas News"].byline
    assert lines["Image source, AFP"].caption and lines["Image caption, The new buses at the depot"].caption
    assert lines[OTHER_SENTENCE].family == "box"
    found = extract_text(raw)
    text = raw.split("\n")
    assert found.title == HEADLINE  # (not "Role, ...")
    assert [text[lo - 1] for lo, _ in found.body] == PROSE  # (the article goes on under the box)


def test_a_headline_opening_with_a_label_word_and_a_number_is_no_byline() -> None:
    line = next(iter(analyse("Author, 92, wins the city's prize")))
    assert not line.byline


def test_rights_reserved_for_a_paper_name_it_without_the_preposition() -> None:
    assert copyright_name("حقوق النشر محفوظة لـجريدة الميزان.") == "جريدة الميزان"


def test_a_text_browsers_link_numbers_are_taken_out_of_its_dump_only() -> None:
    refs = [f"  {n}. https://harbour.example/{n}/" for n in range(1, 7)]
    raw = "\n".join([
        "[1]Harbour News", "  * [2]Home", "  * [3]City", "", HEADLINE, "By [4]Rita Hoxha | 30 September 2018",
        f"[5][{HEADLINE}]", "[6]Facebook [7]Twitter", "", *PROSE, "", "References", "", *refs, "",
    ])
    assert without_link_numbers(raw).split("\n")[:7] == ["Harbour News", "  * Home", "  * City", "", HEADLINE, "By Rita Hoxha | 30 September 2018", f"[{HEADLINE}]"]
    found = extract_text(raw)
    assert found.title == HEADLINE and len(found.body) == 4
    footnoted = "\n".join([HEADLINE, "", PROSE[0] + "[1]", PROSE[1], "", "[1] City council, 2018."])
    assert without_link_numbers(footnoted) == footnoted  # (no list of link addresses: a footnote's mark stays)


def test_a_one_sentence_article_between_two_share_bars_is_no_box() -> None:
    raw = "\n".join([
        "Harbour News", "", HEADLINE, "By Rita Hoxha | 2018-09-28", "3 comments", "Facebook Twitter WhatsApp Telegram", "",
        PROSE[0], "", "Tags: City", "Share: Facebook Twitter WhatsApp Telegram", "Previous article", "",
    ])
    found = extract_text(raw)
    assert found.title == HEADLINE and found.body == ((8, 8),)


@pytest.mark.parametrize("name", sorted(lookalike_pages("ordinary_record_lookalikes.json")))
def test_ordinary_pages_with_fields_labels_and_end_lines_read_as_before_those_rules(name: str) -> None:
    """A byline block of fields under a menu item, a photo counter or "Page 1 of 2"; a wire in a
    byline block; a headline opening "Author, ..."; a fact box's "Source:"; a subheading "End of
    Article 370"; a promo between two share bars inside an article; a wire after "نهاية الخبر"
    (the red-team pass's pages, each read so before the report rules and not by their first version)."""
    page = lookalike_pages("ordinary_record_lookalikes.json")[name]
    out = clean(Article(id=name, source_file="page.txt", raw=str(page["text"])), Settings())
    assert [out.title, [p.text for p in out.paragraphs], out.outlet, out.credited_source] == [
        page["title"], page["body"], page["outlet"], page["credited_source"]
    ]
