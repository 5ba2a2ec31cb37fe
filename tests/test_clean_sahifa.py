"""An outlet's article on a WordPress site with TieLabs' older "Sahifa" theme (very many Arabic news
sites until 2018; Albanian sites keep its English strings), copied from the page: the top menu, the
header's date of the reader's day ("e shtunë , 6 tetor 2018"), the logo, the menu, the "Breaking
News" ticker one headline a line, the breadcrumb ending with the headline, the headline, the post's
meta run together on one line (author, date, category, "Leave a comment" or the comment count, the
views count), the body, the share row, tags, previous / next, related articles with dates, the
footer. Guards: ordinary lines of the same shapes read as before."""

from __future__ import annotations

from page_texts import clean_lines
from test_clean_news_themes import BODY, HEADLINE
from translate_summarize.boilerplate import analyse

TICKER = ["Breaking News", "Policia arreston dy persona pas një aksidenti në autostradë",
          "Maqedonasit votojnë në referendumin për ndryshimin e emrit të vendit.",
          "Ylli i filmit kthehet në qytetin e tij të lindjes"]
TOP = ["Ballina Rreth nesh Kontakt", "e shtunë , 6 tetor 2018", "Gazeta e Liqenit", "Ballina", "Aktualitet", "Politikë", "Ekonomi"]
FOOTER = ["", "Share Tweet Pin It", "Tags Ekonomi peshku liqeni", "Previous Hajdutët vjedhin para nga një bankomat",
          "Next Studentët marrin leksione se si të pushojnë", "", "Related Articles",
          "Uragani Rosa kërcënon Phoenix dhe Las Vegas me përmbytje", "27 shtator 2018", "", "Leave a Reply",
          "© Copyright 2018, All Rights Reserved", "Powered by WordPress | Designed by TieLabs", "Scroll To Top"]

AR_HEADLINE = "افتتاح سوق جديد للسمك على ضفة البحيرة"
AR_BODY = [
    "قال رئيس البلدية يوم السبت إن السوق الجديد سيمنح الصيادين مكانا مسقوفا لبيع أسماكهم.",
    "وكان الصيادون يبيعون السمك حتى الآن على جانب الطريق من دون ماء جار أو تبريد.",
    "وبلغت كلفة البناء نحو مليوني يورو تقاسمتها البلدية وصندوق أوروبي.",
]
AR_TOP = ["الرئيسية من نحن اتصل بنا", "السبت , 6 أكتوبر 2018", "أخبار البحيرة", "الرئيسية", "سياسة", "اقتصاد", "عاجل",
          "الشرطة تعتقل شخصين بعد حادث على الطريق السريع", "نجم سينمائي يعود إلى مدينته", ""]
AR_FOOTER = ["", "شاركها غرّد Pin It", "الوسوم اقتصاد البحيرة", "السابق طلاب يتلقون دروسا في الراحة", "", "مقالات ذات صلة",
             "لصوص يسرقون صرافا آليا", "27 سبتمبر، 2018", "", "جميع الحقوق محفوظة لـ أخبار البحيرة © 2018", "إلى الأعلى"]

EN_HEADLINE = "New fish market opens on the lake shore"
EN_BODY = [
    "The mayor said on Saturday that the new market would give fishermen a covered place to sell their catch.",
    "Until now the fishermen sold their fish by the road, without running water or cooling.",
    "The building cost about two million euros, shared by the council and a European fund.",
]


def _spaced(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in (p, "")]


def _dateish(text: str) -> bool:
    return analyse(text)[0].dateish


# ---------------------------------------------------------------- the post's meta run together with its category


def test_meta_line_with_category_and_views_is_a_date_line() -> None:
    """Sahifa's meta spans run together: the name, the date, the category, the comment link or count
    and the views count, no sentence (en/ar/sq)."""
    assert _dateish("Ana Berisha September 29, 2018 Bota 1 Comment 5,713 Views")
    assert _dateish("Gentian Çela 29 shtator 2018 Kronikë Leave a comment 1,292 Views")
    assert _dateish("ليلى حداد 1 أكتوبر، 2018 عربي ودولي أضف تعليقاً 4,957 مشاهدة")
    assert _dateish("ريم منصور 1 أكتوبر، 2018 حوادث 9 تعليقات 5,651 مشاهدة")
    assert _dateish("سارة العلي 29 سبتمبر، 2018 فن ومشاهير تعليق واحد 4,998 مشاهدة")
    assert _dateish("Anna Smith September 29, 2018 World news 6 Comments 812 Views")


def test_lines_with_a_date_and_a_comment_count_in_a_sentence_stay_text() -> None:
    """Guard: a line of text naming a date and a count of comments or views, a headline with a date
    in it, are no meta line."""
    for text in (
        "Consultation closed 1 October 2018 with 4,500 comments",
        "The consultation closed on 1 October 2018 with 4,500 comments and 9,000 views.",
        "Konsultimi u mbyll më 1 tetor 2018 me 4,500 komente",
        "أغلقت الاستشارة في 1 أكتوبر 2018 بعد 4,500 تعليق",
        "Voters head to the polls on 30 September 2018 in a referendum on the country's name",
    ):
        assert not _dateish(text), text


def test_sahifa_page_with_the_meta_run_together() -> None:
    """The headline under the breadcrumb that ends with it, its meta run together under it: the
    headline alone is the title, the meta's date (not the header's reader's date) the publication
    date, and the meta no part of the body."""
    meta = "Arta Berisha 29 shtator 2018 Ekonomi Leave a comment 2,103 Views"
    page = [*TOP, *TICKER, "", f"Home / Lajme / {HEADLINE}", HEADLINE, meta, "", *_spaced(BODY), *FOOTER]
    article = clean_lines(page)
    assert (article.title, article.published) == (HEADLINE, "2018-09-29")
    assert [p.text for p in article.paragraphs] == BODY


def test_sahifa_page_ar_with_the_meta_run_together() -> None:
    """The same page in Arabic, "n تعليقات" and "n مشاهدة" ending the meta."""
    meta = "سلمى يوسف 29 سبتمبر، 2018 اقتصاد 3 تعليقات 4,957 مشاهدة"
    page = [*AR_TOP, f"الرئيسية / أخبار / {AR_HEADLINE}", AR_HEADLINE, meta, "", *_spaced(AR_BODY), *AR_FOOTER]
    article = clean_lines(page)
    assert (article.title, article.published) == (AR_HEADLINE, "2018-09-29")
    assert [p.text for p in article.paragraphs] == AR_BODY


def test_sahifa_page_en_with_the_meta_run_together() -> None:
    """The same page with English strings and dates."""
    meta = "Anna Smith September 29, 2018 Business 1 Comment 812 Views"
    page = ["Home About Contact", "Saturday , October 6 2018", "Lake News", "Home", "News", "Business", "",
            f"Home / News / {EN_HEADLINE}", EN_HEADLINE, meta, "", *_spaced(EN_BODY), *FOOTER]
    article = clean_lines(page)
    assert (article.title, article.published) == (EN_HEADLINE, "2018-09-29")
    assert [p.text for p in article.paragraphs] == EN_BODY


# ---------------------------------------------------------------- the ticker over the breadcrumb


def test_ticker_over_a_breadcrumb_ending_with_a_full_stop() -> None:
    """The "Breaking News" ticker one headline a line, one of them ending in a full stop, over the
    breadcrumb that ends with the article's headline and its full stop: the ticker's headlines are
    neither title nor body."""
    headline = "Partia e Punës nuk është më një “kishë e hapur”."
    meta = "Besnik Krasniqi 1 tetor 2018 Opinion 6 Comments 4,830 Views"
    page = [*TOP, *TICKER, "", f"Home / Lajme / {headline}", headline, meta, "", *_spaced(BODY), *FOOTER]
    article = clean_lines(page)
    assert article.title == headline
    assert [p.text for p in article.paragraphs] == BODY
    assert [line.timed for line in analyse("\n".join(page))[8:11]] == [True, True, True]


def test_breaking_kicker_over_a_headline_and_its_lead_reads_as_before() -> None:
    """Guard: "Breaking News" over the article's own headline and its lead sentences, then a
    sentence: no ticker."""
    page = ["Gazeta e Liqenit", "Breaking News", HEADLINE, BODY[0], "", BODY[1], "", BODY[2]]
    assert not any(line.timed for line in analyse("\n".join(page)))


# ---------------------------------------------------------------- the meta one a line, the share row


def test_meta_one_a_line_with_leave_a_comment_and_the_share_row() -> None:
    """The meta one a line ("Leave a comment" or "أضف تعليقاً" in the comment count's place, then the
    views count) and the share row ("Share" / "Tweet" / "Pin It", "شاركها غرّد Pin It") between a
    headline wrapped over two lines and a short article: the headline is the title, the two
    sentences the body."""
    page = [*TOP, "", "Home / Lajme", "Aksident rrugor në Deptford: Çiklisti vdes", "pas përplasjes me makinën",
            "Mimoza Gashi", "2 tetor 2018", "Kronikë", "Leave a comment", "6,219 Views", "Share", "Tweet", "Pin It", "",
            BODY[0], BODY[1], *FOOTER]
    article = clean_lines(page)
    assert article.title == "Aksident rrugor në Deptford: Çiklisti vdes pas përplasjes me makinën"
    assert (article.published, [p.text for p in article.paragraphs]) == ("2018-10-02", BODY[:2])
    ar_page = [*AR_TOP, "الرئيسية / أخبار", AR_HEADLINE, "ليلى حداد", "30 سبتمبر، 2018", "سياسة", "أضف تعليقاً", "6,459 مشاهدة",
               "شاركها غرّد Pin It", "", *_spaced(AR_BODY), *AR_FOOTER]
    article = clean_lines(ar_page)
    assert (article.title, article.published) == (AR_HEADLINE, "2018-09-30")
    assert [p.text for p in article.paragraphs] == AR_BODY


def test_share_buttons_of_the_theme_are_share_markers() -> None:
    """"شاركها", "غرّد", "Pin It" one a line or run together are the share row."""
    for text in ("شاركها غرّد Pin It", "شاركها\nغرّد\nPin It", "Share\nTweet\nPin It"):
        assert {(line.family, line.action) for line in analyse(text)} == {("share", "skip")}, text


def test_headline_opening_with_tweeted_reads_as_before() -> None:
    """Guard: a headline opening with "غرد" (tweeted) is no share button."""
    assert analyse("غرد ترامب على تويتر بشأن الانتخابات الرئاسية")[0].family is None


def test_comment_link_under_the_last_sentence_still_ends_the_article() -> None:
    """Guard: "Leave a comment" under the article's last sentence, with comments under it, ends it."""
    page = ["Gazeta e Liqenit", "", HEADLINE, "Arta Berisha", "29 shtator 2018", "", *_spaced(BODY),
            "Leave a comment", "Vizitor", "Nuk jam dakord me atë që shkruhet këtu për tregun e ri të peshkut."]
    assert [p.text for p in clean_lines(page).paragraphs] == BODY


# ---------------------------------------------------------------- tags, author box


BIO = "Arta Berisha është redaktore e rubrikës së ekonomisë dhe ka studiuar gazetari në Universitetin e Tiranës."


def test_tags_row_is_a_tags_marker() -> None:
    """"Tags" and the tags on one line without a colon (the label in English on Albanian sites,
    "الوسوم" in Arabic) is the tags line that ends the article."""
    for text in ("Tags Opinion Rajoni dhe bota është Partia", "الوسوم عربي ودولي زلزال إندونيسي،", "Tags Politics Elections Albania"):
        assert (analyse(text)[0].family, analyse(text)[0].action) == ("tags", "end"), text


def test_author_box_is_no_body() -> None:
    """"About <author>" over the bio that opens with the name, under the share row: none of it is
    the article's (sq/ar)."""
    page = [*TOP, "", f"Home / Lajme / {HEADLINE}", HEADLINE, "Arta Berisha 29 shtator 2018 Ekonomi Leave a comment 2,103 Views",
            "", *_spaced(BODY), "", "Share Tweet Pin It", "About Arta Berisha", BIO, *FOOTER[3:]]
    assert [p.text for p in clean_lines(page).paragraphs] == BODY
    ar_footer = ["", "شاركها غرّد Pin It", "عن سلمى يوسف", "سلمى يوسف محررة في قسم الاقتصاد، حاصلة على ماجستير في الصحافة من جامعة دمشق.",
                 *AR_FOOTER[3:]]
    page = [*AR_TOP, f"الرئيسية / أخبار / {AR_HEADLINE}", AR_HEADLINE, "سلمى يوسف 29 سبتمبر، 2018 اقتصاد أضف تعليقاً 4,957 مشاهدة",
            "", *_spaced(AR_BODY), *ar_footer]
    assert [p.text for p in clean_lines(page).paragraphs] == AR_BODY
    lines = analyse("\n".join(["Arta Berisha", "سلمى يوسف", "", "About Arta Berisha", BIO, "عن سلمى يوسف", "سلمى يوسف محررة في قسم الاقتصاد."]))
    assert [line.family for line in lines] == [None, None, "author_note", "author_note", "author_note", "author_note"]


def test_short_article_between_share_rows_over_an_author_box() -> None:
    """A two-sentence article between the top and the bottom share rows, the author box under them:
    both sentences are the body."""
    page = [*TOP, "", f"Home / Lajme / {HEADLINE}", HEADLINE, "Arta Berisha 29 shtator 2018 Ekonomi 4 Comments 7,004 Views",
            "Share", "Tweet", "Pin It", "", BODY[0], BODY[1], "", "Share Tweet Pin It", "About Arta Berisha", BIO, *FOOTER[3:]]
    assert [p.text for p in clean_lines(page).paragraphs] == BODY[:2]


def test_lines_shaped_like_tags_or_an_author_box_stay_text() -> None:
    """Guard: a sentence opening with "Tags", a section headed "About ..." over a sentence that
    repeats its words, a name no byline above gives (en/ar/sq), are the article's."""
    for text in (
        "Tags are what most blogs use to sort posts",
        "About the new budget\nThe new budget was passed on Monday by the council.",
        "عن الموازنة الجديدة\nالموازنة الجديدة أقرت يوم الاثنين بعد نقاش طويل.",
        "Rreth buxhetit të ri\nBuxhetit të ri i mungojnë paratë për transportin.",
        "About Donald Trump\nDonald Trump has spoken twice to the council about the new budget.",
        "عن دونالد ترامب\nدونالد ترامب تحدث مرتين إلى المجلس عن الموازنة الجديدة.",
    ):
        assert {(line.family, line.action) for line in analyse(text)} == {(None, None)}, text


def test_comment_link_in_the_meta_block_is_a_counter() -> None:
    """"Leave a comment" / "أضف تعليقاً" / "تعليق واحد" in the meta block under the headline, where the
    comment count stands: a meta line (family ``counter``), not the comments' head that ends the article."""
    for link in ("Leave a comment", "أضف تعليقاً", "تعليق واحد"):
        lines = analyse("\n".join([HEADLINE, "Mimoza Gashi", "2 tetor 2018", "Kronikë", link, "6,219 Views", "", BODY[0]]))
        assert (lines[4].family, lines[4].action) == ("counter", "skip"), link


# ---------------------------------------------------------------- the outlet: the logo between the header's date and the menu


def test_outlet_is_the_logo_between_the_date_and_the_menu() -> None:
    """The footer's copyright names no one ("© Copyright 2018, All Rights Reserved"): the outlet is
    the logo's text under the header's date of the day and over the menu's "Ballina" / "Home" (the
    menu one a line or run together; Albanian or English date)."""
    body = ["", f"Home / Lajme / {HEADLINE}", HEADLINE, "Arta Berisha 29 shtator 2018 Ekonomi Leave a comment 2,103 Views", "",
            *_spaced(BODY), *FOOTER]
    assert clean_lines([*TOP, *body]).outlet == "Gazeta e Liqenit"
    top = ["Ballina", "Rreth nesh", "Kontakt", "Wednesday , October 3 2018", "Gazeta e Liqenit", "Ballina Aktualitet Politikë Ekonomi"]
    assert clean_lines([*top, *body]).outlet == "Gazeta e Liqenit"


def test_outlet_reads_as_before_without_a_logo_line() -> None:
    """Guards: a copyright that names the outlet outvotes the logo line; a header whose date stands
    right over the menu, or over a sentence, names no outlet."""
    body = ["", HEADLINE, "Arta Berisha 29 shtator 2018 Ekonomi Leave a comment 2,103 Views", "", *_spaced(BODY), *FOOTER]
    named = [*body[:-4], "© 2018 Lajmi i Ditës", *body[-2:]]
    assert clean_lines(["e mërkurë , 3 tetor 2018", "Gazeta", "Ballina", "Lajme", *named]).outlet == "Lajmi i Ditës"
    assert clean_lines(["Ballina Kontakt", "e mërkurë , 3 tetor 2018", "Ballina", "Lajme", *body]).outlet is None
    assert clean_lines(["e mërkurë , 3 tetor 2018", "Qeveria miratoi buxhetin e ri.", "Ballina", "Lajme", *body]).outlet is None
