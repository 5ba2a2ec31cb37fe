"""An outlet's post on a website builder's blog (Wix's blog app, 2018; Squarespace and Weebly word
theirs alike), copied from the page: the site's name and its menu run together with its own pages
("About us", "Contact", "More"), "Log In", the blog's bar ("All Posts" and its categories), the
post's header over the headline (the author, the date and "n min read", a later "Updated:" date,
"More actions"), and the footer "© 2018 by <site>. Proudly created with Wix.com". Guards: news
pages where the same words or shapes are article text read as before."""

from __future__ import annotations

from page_texts import title_and_body_lines as _texts, clean_lines as _cleaned
from translate_summarize.boilerplate import analyse, marker_family
from translate_summarize.metadata import copyright_name, find_published


SITE = ["Gazeta e Liqenit", "Ballina Lajme Rreth nesh Kontakt More", "Log In", ""]
BLOG_BAR = ["All Posts", "Lajme", "Ekonomi", "Search", ""]
HEADER = ["Arta Berisha", "Sep 29, 2018", "2 min read", "Updated: Oct 2, 2018", "More actions"]
HEADLINE = "Tregu i ri i peshkut hapet në bregun e liqenit"
DOTTED_HEADLINE = "Tregu i ri i peshkut hapet në bregun e liqenit pas tre vitesh punime."
BODY = [
    "Kryetari i komunës tha të shtunën se tregu i ri do t'u japë peshkatarëve një vend të mbuluar për shitjen.",
    "Deri tani peshkatarët e shitnin peshkun në rrugë, pa ujë të rrjedhshëm dhe pa ftohje.",
    "Ndërtimi kushtoi rreth dy milionë euro, të ndara mes komunës dhe një fondi evropian.",
    "Tregtarët thanë se presin më shumë blerës gjatë verës, kur qyteti mbushet me pushues.",
]
FOOTER = ["", "Facebook", "Twitter", "12 views", "0 comments", "", "© 2018 by Gazeta e Liqenit. Proudly created with Wix.com"]

AR_SITE = ["أخبار البحيرة", "الرئيسية أخبار من نحن اتصل بنا المزيد", "تسجيل الدخول", ""]
AR_BLOG_BAR = ["كل المنشورات", "اقتصاد", "بحث", ""]
AR_HEADER = ["سلمى يوسف", "29 سبتمبر 2018 · 2 دقيقة للقراءة", "تاريخ التحديث: 2 أكتوبر 2018", "المزيد من الإجراءات"]
AR_HEADLINE = "افتتاح كلام حاد في اجتماع المجلس بعد ثلاث سنوات من العمل."
AR_BODY = [
    "قال رئيس البلدية يوم السبت إن السوق الجديد سيمنح الصيادين مكانا مسقوفا لبيع أسماكهم.",
    "وكان الصيادون يبيعون السمك حتى الآن على جانب الطريق من دون ماء جار أو تبريد.",
    "وبلغت كلفة البناء نحو مليوني يورو تقاسمتها البلدية وصندوق أوروبي.",
]


def _crumb(text: str) -> bool:
    return analyse(text)[0].crumb


# ---------------------------------------------------------------- the site builder's furniture


def test_post_header_buttons_and_blog_bar_are_chrome() -> None:
    """The post's menu button ("More actions", which opens with the words of a "More from" list),
    the blog bar's "All Posts" and the Arabic "Log in" link are buttons, not the article's end."""
    for text in ("More actions", "المزيد من الإجراءات", "All Posts", "كل المنشورات", "تسجيل الدخول"):
        assert marker_family(text) == ("chrome", "skip"), text


def test_site_menu_with_its_own_pages_is_a_menu() -> None:
    """A small site's menu run together with single spaces: a section or two beside its own pages
    ("About us", "Contact") and "More"."""
    assert _crumb("Ballina Lajme Rreth nesh Kontakt More")
    assert _crumb("الرئيسية أخبار من نحن اتصل بنا المزيد")
    assert _crumb("Home News About Contact More Blog")


def test_blog_bar_on_one_line_is_a_menu() -> None:
    assert _crumb("All Posts Lajme Ekonomi Bota")
    assert _crumb("كل المنشورات سياسة عربي ودولي اقتصاد")


def test_footer_by_names_the_site() -> None:
    """"© 2018 by <site>": the name after "by" holds the rights."""
    assert copyright_name("© 2018 by Gazeta e Liqenit. Proudly created with Wix.com") == "Gazeta e Liqenit"
    assert copyright_name("© 2023 by Harbour Weekly. Powered by Squarespace") == "Harbour Weekly"
    assert _cleaned([*SITE, *BLOG_BAR, *HEADER, HEADLINE, "", *BODY, *FOOTER]).outlet == "Gazeta e Liqenit"


def test_post_date_above_headline_not_its_update() -> None:
    """The post's header over the headline: its own date, not the "Updated:" one under it
    ("تاريخ التحديث", the *date* of the *update*, is an edit's date)."""
    for header in (HEADER, AR_HEADER):
        lines = [*header, HEADLINE, "", *BODY]
        anchor = len(header) + 1
        body = frozenset(range(anchor + 2, len(lines) + 1))
        assert find_published(lines, anchor=anchor, body=body, body_end=len(lines))[0] == "2018-09-29"


def test_post_page_reads_whole() -> None:
    """Menu, blog bar and post header over an unpunctuated headline: the headline and the body,
    the post's date (not the later "Updated:" one above the headline)."""
    article = _cleaned([*SITE, *BLOG_BAR, *HEADER, HEADLINE, "", *BODY, *FOOTER])
    assert (article.title, article.published) == (HEADLINE, "2018-09-29")
    assert [p.text for p in article.paragraphs] == BODY


def test_headline_with_full_stop_under_post_header() -> None:
    """A headline ending in a full stop right under the post's header (date, reading time,
    "Updated:", "More actions") is the title, not the first sentence under the author's name."""
    title, body = _texts([*SITE, *BLOG_BAR, *HEADER, DOTTED_HEADLINE, "", *BODY, *FOOTER])
    assert (title, body) == (DOTTED_HEADLINE, BODY)
    page = [*AR_SITE, *AR_BLOG_BAR, *AR_HEADER, AR_HEADLINE, "", *AR_BODY]
    assert _texts(page) == (AR_HEADLINE, AR_BODY)
    assert _cleaned(page).published == "2018-09-29"  # ("تاريخ التحديث": the update's date)


def test_headline_under_post_header_over_menu_one_link_a_line() -> None:
    """The headline right under the post's header is the title, whatever headline-shaped pair of
    the menu's links ("About us" / "Contact") lies above the header."""
    page = [*AR_SITE[:1], "الرئيسية", "أخبار", "من نحن", "اتصل بنا", "المزيد", "تسجيل الدخول", "", *AR_BLOG_BAR,
            *AR_HEADER, "كلام حاد في اجتماع المجلس", "", *AR_BODY]
    assert _texts(page) == ("كلام حاد في اجتماع المجلس", AR_BODY)


def test_line_without_full_stop_under_dotted_headline_opens_the_body() -> None:
    lead = "Një ditë e shumëpritur për peshkatarët"
    title, body = _texts([*SITE, *BLOG_BAR, *HEADER, DOTTED_HEADLINE, "", lead, "", *BODY, *FOOTER])
    assert (title, body) == (DOTTED_HEADLINE, [lead, *BODY])


def test_short_post_without_full_stop_under_post_header() -> None:
    """A one-line post that lost its full stop, dated by the header above its headline, is the
    article (not "no body")."""
    line = "Tregtarët presin më shumë blerës gjatë verës kur qyteti mbushet me pushues"
    title, body = _texts([*SITE, *BLOG_BAR, *HEADER[:3], DOTTED_HEADLINE, "", line, *FOOTER])
    assert (title, body) == (DOTTED_HEADLINE, [line])


# ---------------------------------------------------------------- guards: ordinary news pages


def test_guard_reading_time_in_byline_under_headline() -> None:
    """A news page's byline with a reading time under its headline, over a short first sentence:
    the headline stays the title and the sentence the body's first."""
    first = "Tregu i ri i peshkut u hap të shtunën."
    page = ["Gazeta e Liqenit", "", HEADLINE, "Arta Berisha", "Sep 29, 2018 · 2 min read", first, "", *BODY]
    assert _texts(page) == (HEADLINE, [first, *BODY])
    page = [HEADLINE, "Sep 29, 2018", "2 min read", first, "", *BODY]
    assert _texts(page) == (HEADLINE, [first, *BODY])


def test_guard_update_date_with_publication_date_on_one_line() -> None:
    page = [HEADLINE, "Published: 29 September 2018 · Updated: 2 October 2018", "", *BODY]
    assert _cleaned(page).published == "2018-09-29"


def test_guard_top_bar_date_set_apart_from_updated_line() -> None:
    """A date set apart from the post's header by a blank line (a top bar's) is no date of the
    block: the "Updated:" date stands, as before."""
    page = ["Sep 28, 2018", "", "Arta Berisha", "Updated: Oct 2, 2018", HEADLINE, "", *BODY]
    assert _cleaned(page).published == "2018-10-02"


def test_guard_top_bar_date_is_the_only_date() -> None:
    """A date atop the page, the only one, stays the article's date."""
    page = ["E shtunë, 29 shtator 2018", "Gazeta e Liqenit", "", HEADLINE, "", *BODY]
    article = _cleaned(page)
    assert (article.title, article.published) == (HEADLINE, "2018-09-29")


def test_guard_builder_words_in_article_text() -> None:
    """An article about website builders and blogs, its sentences holding the furniture's words,
    reads whole; "All posts" or "More actions" opening a sentence is text."""
    body = [
        "Wix.com tha se 2 milionë faqe janë ndërtuar këtë vit, shumica me planin falas që shfaq një reklamë.",
        "All posts on the company blog are now translated, the spokeswoman said, into twelve languages.",
        "More actions are planned for next year, including a tool that estimates a post's reading time.",
        "A typical post showed 12 views and 3 comments in its first week, according to the company.",
        "Recent posts by the company's users were mostly about travel, food and small shops.",
        "Kompania tha se përdoruesit e saj kanë shkruar mbi 50 milionë postime në blogje.",
    ]
    page = ["Lajme", "", "Ndërtuesit e faqeve të internetit rriten shpejt", "29 shtator 2018", "", *body]
    assert _texts(page) == ("Ndërtuesit e faqeve të internetit rriten shpejt", body)
    assert marker_family(body[1]) == (None, None) and marker_family(body[2]) == (None, None)


def test_guard_headlines_opening_with_home_or_all_posts() -> None:
    """Headlines opening with "Home" or "All posts", with function words or no sections, are no menus."""
    for text in ("Home prices rise more than expected about town", "Home Office blog more about contact rules",
                 "All posts at the ministry were filled", "Kreu Kurti takon ambasadorët europianë sot"):
        assert not _crumb(text), text
