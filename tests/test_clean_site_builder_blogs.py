"""An outlet's post on a website builder's blog (Wix's blog app, 2018; Squarespace and Weebly word
theirs alike), copied from the page: the site's name and its menu run together with its own pages
("About us", "Contact", "More"), "Log In", the blog's bar ("All Posts" and its categories), the
post's header over the headline (the author, the date and "n min read", a later "Updated:" date,
"More actions"), and the footer "© 2018 by <site>. Proudly created with Wix.com". Guards: news
pages where the same words or shapes are article text read as before."""

from __future__ import annotations

from translate_summarize.article import Article
from translate_summarize.clean import clean
from translate_summarize.metadata import copyright_name, find_published
from translate_summarize.settings import Settings

SETTINGS = Settings()

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


def _cleaned(page: list[str]) -> Article:
    return clean(Article(id="x", source_file="post.txt", kind="text", raw="\n".join(page)), SETTINGS)


# ---------------------------------------------------------------- the site builder's furniture


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


# ---------------------------------------------------------------- guards: ordinary news pages


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