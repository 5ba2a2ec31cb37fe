"""Ordinary lines that read as furniture before: a sentence opening with a news theme's
previous/next-story label ("Next story time at the library ..."), a headline holding the word
"copyright", and a footer's copyright line run into its legal links ("© 2018 Name Privacy Policy
Terms of Use", whose holder was lost). Guards: the theme's own pager links and the footer's rows
of links read as before."""

from __future__ import annotations

import pytest

from page_texts import AR_HEADLINE, AR_PROSE, HEADLINE, PROSE, SQ_HEADLINE, SQ_PROSE, body_texts, clean_page
from translate_summarize.boilerplate import marker_family
from translate_summarize.metadata import copyright_name, legal_links_row

LANGS = {
    # site, date, headline, prose, a sentence opening with a pager label, the theme's two pager labels, two other headlines
    "en": ("Harbour Times", "1 October 2018", HEADLINE, PROSE,
           "Next story time at the library is on Saturday morning, the council said.",
           ("Previous article", "Next article"),
           ("Storm closes the northern port for two days", "Local team wins the regional cup after a late goal")),
    "ar": ("صحيفة الميناء", "1 أكتوبر 2018", AR_HEADLINE, AR_PROSE,
           "المقال السابق للكاتب نشر في الصحيفة قبل أسبوعين وأثار نقاشا واسعا بين القراء.",
           ("المقال السابق", "المقال التالي"),
           ("عاصفة تغلق الميناء الشمالي لمدة يومين", "الفريق المحلي يفوز بالكأس الإقليمية بهدف متأخر")),
    "sq": ("Gazeta Porti", "1 tetor 2018", SQ_HEADLINE, SQ_PROSE,
           "Lajmi i radhës për ministrin erdhi të martën, kur qeveria njoftoi dorëheqjen e tij.",
           ("Lajmi i mëparshëm", "Lajmi i radhës"),
           ("Stuhia mbyll portin verior për dy ditë", "Skuadra vendase fiton kupën rajonale me një gol të vonë")),
}


def _page(lang: str, middle: list[str], tail: list[str]) -> str:
    """An article page: site name, menu, headline, date, the first paragraph, ``middle``, the other two, ``tail``, a footer."""
    site, day, headline, prose, *_ = LANGS[lang]
    return "\n".join(
        [site, "Home | Politics | Business", "", headline, day, "", prose[0], "", *middle, prose[1], "", prose[2], "", *tail, f"© 2018 {site}"]
    )


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_sentence_opening_with_a_pager_label_is_body(lang: str) -> None:
    """A paragraph that opens with the words of a "Next story" / "المقال السابق" / "Lajmi i radhës"
    link and ends in a full stop is a sentence of the article, no link to another story."""
    _, _, headline, prose, sentence, _, _ = LANGS[lang]
    assert marker_family(sentence) == (None, None)
    article = clean_page(_page(lang, [sentence, ""], []))
    assert article.title == headline
    assert body_texts(article) == [prose[0], sentence, prose[1], prose[2]]


@pytest.mark.parametrize("lang", sorted(LANGS))
@pytest.mark.parametrize("one_line", [False, True])
def test_guard_pager_links_under_the_article_stay_furniture(lang: str, one_line: bool) -> None:
    """The theme's "Previous article" / "Next article" links under the article, each over (or
    before, on one line) the other story's headline, are no body."""
    _, _, headline, prose, _, labels, others = LANGS[lang]
    tail = [f"{labels[0]} {others[0]}", f"{labels[1]} {others[1]}", ""] if one_line else [labels[0], others[0], labels[1], others[1], ""]
    article = clean_page(_page(lang, [], tail))
    assert article.title == headline
    assert body_texts(article) == prose[:3]


def test_guard_pager_label_before_a_headline_is_a_teaser() -> None:
    """A label and a headline on one line, cut short or asking, is a link; only a full stop makes a sentence."""
    for text in (
        "Previous article Minister resigns after scandal over contracts",
        "Next story Storm closes the northern port for two…",
        "Up next: Will the council raise bus fares again?",
        "المقال السابق عاصفة تغلق الميناء الشمالي لمدة يومين",
        "Lajmi i radhës Stuhia mbyll portin verior për dy ditë",
    ):
        assert marker_family(text) == ("read_also", "teaser"), text


def test_headline_about_copyright_is_the_title() -> None:
    """A headline holding "copyright" before a noun of the law ("copyright policy", "copyright
    directive") is the article's, no copyright line, even with a year."""
    headline = "LinkedIn changes its copyright policy after complaints from writers"
    assert marker_family(headline) == (None, None)
    assert marker_family("EU copyright directive vote set for 2019") == (None, None)
    assert legal_links_row(headline) is False
    article = clean_page(_page("en", [], []).replace(HEADLINE, headline))
    assert [article.title, article.outlet] == [headline, "Harbour Times"]
    assert body_texts(article) == PROSE[:3]


def test_guard_copyright_notices_credits_and_legal_rows_stay_copyright_lines() -> None:
    """The word "copyright" before a holder or a year, a picture's credit, and a footer's row of legal links
    holding "Copyright Policy" still mark copyright lines."""
    row = "User Agreement Privacy Policy Cookie Policy Copyright Policy Brand Policy Guest Controls Language"
    assert legal_links_row(row) is True
    for text in ("Harbour Times copyright 2018", "All content copyright Harbour Times", "Image copyright Getty Images", row,
                 "Copyright policy"):
        assert marker_family(text) == ("copyright", "end"), text


def test_copyright_line_run_into_legal_links_names_its_holder() -> None:
    """The holder is the words between the year and the first legal link."""
    assert copyright_name("© 2018 Harbour Times Privacy Policy Terms of Use") == "Harbour Times"
    assert copyright_name("© 2018 صحيفة الميناء سياسة الخصوصية شروط الاستخدام") == "صحيفة الميناء"
    assert copyright_name("© 2018 Gazeta Porti Politika e privatësisë Kushtet e përdorimit") == "Gazeta Porti"
    article = clean_page(_page("en", [], []).replace("© 2018 Harbour Times", "© 2018 Harbour Times Privacy Policy Terms of Use"))
    assert [article.title, article.outlet] == [HEADLINE, "Harbour Times"]


def test_guard_rows_of_footer_links_name_no_holder() -> None:
    """A row of links run together after the year (other footer links among them) or legal links
    alone name nobody."""
    assert copyright_name("© 2018 Twitter About Help Center Terms Privacy policy Cookies Ads info") is None
    assert copyright_name("© 2018 User Agreement Privacy Policy Cookie Policy Copyright Policy Community Guidelines Language") is None
    assert copyright_name("© 2018 Rreth nesh Kontakt Politika e privatësisë") is None
