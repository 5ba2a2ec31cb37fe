"""Furniture of a CMS article page (Joomla's core article and its K2 items, with their Arabic and
Albanian language packs): the tools row (font size, print, e-mail), the rating widget and the
counters around the headline, the details block run together on one line, a paginated article's
index repeating the headline, the author line ("Shkruar nga"), the navigation bar run together with
single spaces, the skip link, and the item's footer labels ("Tagged under", "Latest from")."""

from __future__ import annotations

from translate_summarize.boilerplate import Line, analyse, marker_family
from translate_summarize.clean import extract_text

from page_texts import HEADLINE, PROSE, body_texts, clean_page


def _lines(raw: str) -> dict[str, Line]:
    """Each non-blank line's text and its analysed line."""
    return {line.text: line for line in analyse(raw)}


def _headline(raw: str) -> tuple[str | None, int | None]:
    """The title the cleaner finds in ``raw`` and its line number."""
    found = extract_text(raw)
    return found.title, found.title_line


AR_HEADLINE = "خطة طموحة تثير جدلا واسعا بين السكان"  # (no word of the first paragraph: no cohesion to find it by)
AR_PROSE = [
    "أقر مجلس المدينة يوم الثلاثاء ميزانية قدرها 40 مليون يورو للنقل العام، بحسب ما قاله رئيس البلدية.",
    "وسيذهب معظم المبلغ إلى شراء 120 حافلة كهربائية وإنشاء مسارات جديدة للحافلات في الشوارع الرئيسية.",
    "وصوتت المعارضة ضد الميزانية، قائلة إنها لا تستثمر ما يكفي في ضواحي المدينة.",
]


def test_a_k2_items_rating_widget_and_counter_are_no_headline() -> None:
    raw = "\n".join([
        "صحيفة الميناء", "الرئيسية", "محليات", "اقتصاد", "بحث ...", "",
        "أنت هنا: الرئيسية / محليات",
        "السبت, 29 سبتمبر 2018 00:31",
        AR_HEADLINE,
        "كتب بواسطة سامر يوسف",
        "حجم الخط تصغير حجم الخط تكبير حجم الخط",
        "طباعة",
        "قيّم هذا الموضوع",
        "1 2 3 4 5",
        "(2 تصويت)",
        "تمت قراءته 1234 مرات",
        "",
        "\n\n".join(AR_PROSE),
    ])
    found = extract_text(raw)
    assert (found.title, found.title_line) == (AR_HEADLINE, 9)  # (not "Rate this item", the nearest line over the text)
    assert [line for line in raw.split("\n")[found.body[0][0] - 1 :] if line] == AR_PROSE


def test_the_tool_rows_of_the_arabic_and_albanian_language_packs_are_chrome() -> None:
    rows = [
        "حجم الخط تصغير حجم الخط تكبير حجم الخط", "البريد الإلكتروني", "قيّم هذا الموضوع", "(3 تصويت)", "تمت قراءته 963 مرات",
        "Madhësia e shkronjave Zvogëlo madhësinë e shkronjave Rrit madhësinë e shkronjave", "Vlerëso këtë artikull", "(0 vota)",
        "Lexuar 4751 herë", "الزيارات: 8703", "Klikime: 487", "Rate this item 1 2 3 4 5 (2 votes)",
    ]
    lines = _lines("\n\n".join(rows))
    assert {text: (lines[text].family, lines[text].action) for text in rows} == {text: ("tools", "skip") for text in rows}


def test_words_of_the_tools_in_an_articles_text_are_no_chrome() -> None:
    rows = [
        "The poem was read 12 times at the ceremony in the old town hall.",
        "Hits: the songs that topped the charts in the summer of 1998",
        "Print edition sales fell by a third in five years",
        "1 2 3 4 5",  # (not next to a rating's label or vote count: a list's numbers)
        "Rate this summer's festivals and win two tickets to the final night",
        "Rate this article and tell us what you think of the new timetable",
    ]
    lines = _lines("\n\n".join(rows))
    assert [lines[text].family for text in rows] == [None] * len(rows)


def test_a_paginated_articles_index_repeating_the_headline_is_not_the_headline() -> None:
    raw = "\n".join([
        "Harbour Daily",
        "You are here: Home / Politics",
        HEADLINE,
        "Print",
        "Email",
        "Category: Politics",
        "Published: Monday, 01 October 2018 14:32",
        "Article Index",
        HEADLINE,
        "Page 2",
        "All Pages",
        "",
        *PROSE,
        "",
        "Page 1 of 2",
    ])
    assert _headline(raw) == (HEADLINE, 3)
    assert {text for text, line in _lines(raw).items() if line.family == "tools"} == {"Print", "Email", "Article Index", HEADLINE, "Page 2", "All Pages"}


def test_a_details_block_run_together_gives_the_date_and_is_no_body() -> None:
    raw = "\n".join([
        "Harbour Daily",
        HEADLINE,
        "Written by Ana Smith Category: Politics Published: Monday, 01 October 2018 14:32 Hits: 487",
        "",
        *PROSE,
    ])
    article = clean_page(raw)
    assert (article.title, article.published) == (HEADLINE, "2018-10-01")
    assert body_texts(article) == PROSE


def test_one_label_and_a_date_in_a_sentence_line_is_no_details_block() -> None:
    line = _lines("Category: the oldest cars on 1 October 2018 were shown in the square")[
        "Category: the oldest cars on 1 October 2018 were shown in the square"
    ]
    assert not line.dateish


def test_an_albanian_written_by_line_is_a_byline_not_the_headlines_lower_half() -> None:
    raw = "\n".join([
        "Gazeta e Qytetit",
        "E Hënë, 01 Tetor 2018 14:32",
        "Këshilli bashkiak miraton buxhetin e ri për transportin publik",
        "Shkruar nga Arta Hoxha",
        "",
        "Këshilli bashkiak miratoi të martën një buxhet prej 40 milionë eurosh për transportin publik, tha kryetari.",
        "Pjesa më e madhe e parave do të paguajë 120 autobusë elektrikë dhe korsi të reja në rrugët kryesore.",
        "Opozita votoi kundër buxhetit, duke thënë se ai nuk investon mjaftueshëm në periferitë e qytetit.",
    ])
    assert _headline(raw)[0] == "Këshilli bashkiak miraton buxhetin e ri për transportin publik"
    lines = _lines(raw)
    assert lines["Shkruar nga Arta Hoxha"].byline
    assert not _lines("Shkruar nga një mjek i ri")["Shkruar nga një mjek i ri"].byline  # ("written by a young doctor": no name)


def test_a_navigation_bar_run_together_with_single_spaces_is_a_menu() -> None:
    rows = ["الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة ثقافة", "Kreu Lajme Politikë Ekonomi Kulturë Sport Opinione"]
    guards = ["Kreu i qeverisë tha se buxheti do të rritet vitin e ardhshëm", "Home Office says the asylum backlog fell in 2018"]
    lines = _lines("\n\n".join(rows + guards))
    assert [lines[text].crumb for text in rows + guards] == [True, True, False, False]


def test_a_short_k2_item_under_a_spaced_menu_keeps_its_headline_and_sentence() -> None:
    raw = "\n".join([
        "Harbour Daily",
        "Home News Politics Economy Culture Sport Opinion",
        "",
        "Monday, 01 October 2018 14:32",
        HEADLINE,
        "Written by Ana Smith",
        "Print",
        "Read 964 times",
        "",
        PROSE[0],
        "",
        "Related items",
        "Storm closes the northern port",
        "",
        *PROSE[1:],
    ])
    assert _headline(raw) == (HEADLINE, 5)


def test_skip_links_and_k2_footer_labels_are_furniture() -> None:
    assert marker_family("انتقل إلى المحتوى الرئيسي") == ("chrome", "skip")
    assert marker_family("Kalo te përmbajtja kryesore") == ("chrome", "skip")
    assert marker_family("Tagged under") == ("tags", "end")
    assert marker_family("Etiketuar nën") == ("tags", "end")
    assert marker_family("Më të fundit nga Arta Hoxha") == ("related", "end")
    sentence = "Më të fundit nga qyteti vijnë lajme se rruga kryesore do të mbyllet për dy javë."
    assert marker_family(sentence) == (None, None)  # (a sentence opening with the words)

