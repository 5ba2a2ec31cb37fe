"""An outlet's article republished as a LinkedIn article on its company page, copied logged out:
"Skip to main content", LinkedIn's bar ("LinkedIn" / "Join now" / "Sign in", one a line or run
together), the headline, "Published on <date>", the page's name over its followers count and
"Follow", the text, the likes and comments counts, "Like" / "Comment" / "Share", "Published by"
with the page's name over its articles count and "Follow", "More from <page>" and LinkedIn's
footer of legal links ("© 2018" / "User Agreement" / "Privacy Policy" / ... / "Copyright Policy",
one a line or run together). Guards: ordinary news pages where the same words or shapes are the
page's own read as before."""

from __future__ import annotations

from page_texts import clean_lines as _clean

from translate_summarize.boilerplate import marker_family
from translate_summarize.clean import extract_text
from translate_summarize.metadata import copyright_name, find_outlet, profile_count


UI = {
    "en": {
        "skip": "Skip to main content", "bar": ["LinkedIn", "Join now", "Sign in"], "published": "Published on Sep 28, 2018",
        "followers": "12,480 followers", "follow": "Follow", "likes": ["41 Likes", "3 Comments"], "actions": ["Like", "Comment", "Share"],
        "report": "Report this", "by": "Published by", "articles": "318 articles", "more": "More from {}",
        "join": "Sign in to join the conversation",
        "footer": ["© 2018", "User Agreement", "Privacy Policy", "Cookie Policy", "Copyright Policy", "Community Guidelines", "Language"],
    },
    "ar": {
        "skip": "تخطي إلى المحتوى الرئيسي", "bar": ["LinkedIn", "انضم الآن", "تسجيل الدخول"], "published": "تم النشر في 28 سبتمبر 2018",
        "followers": "12,480 متابع", "follow": "متابعة", "likes": ["41 إعجاب", "3 تعليق"], "actions": ["أعجبني", "تعليق", "مشاركة"],
        "report": "الإبلاغ عن هذا", "by": "نُشر من قِبل", "articles": "318 مقالة", "more": "المزيد من {}",
        "join": "سجّل الدخول للانضمام إلى المحادثة",
        "footer": ["© 2018", "اتفاقية المستخدم", "سياسة الخصوصية", "سياسة ملفات تعريف الارتباط", "سياسة حقوق النشر", "إرشادات المجتمع", "اللغة"],
    },
}
UI["sq"] = {**UI["en"], "published": "Published on September 28, 2018"}  # (LinkedIn has no Albanian interface)

STORY = {
    "en": (
        "Harbour Daily",
        "Harbour bridge to reopen to traffic next spring",
        [
            "The city council said on Monday that repairs to the harbour bridge will be finished in March.",
            "The bridge links the two halves of the old town, which have been cut off from each other for two years.",
            "The builder blamed the delays on last winter's floods and on a shortage of steel in the region.",
        ],
    ),
    "ar": (
        "مجموعة الميناء الإعلامية",
        "إعادة فتح جسر الميناء أمام السيارات في الربيع المقبل",
        [
            "قال مجلس المدينة يوم الاثنين إن أعمال إصلاح جسر الميناء ستنتهي في شهر مارس المقبل.",
            "ويربط الجسر شطري البلدة القديمة اللذين ظلا منفصلين أحدهما عن الآخر منذ عامين.",
            "وعزت الشركة المنفذة التأخير إلى فيضانات الشتاء الماضي ونقص الحديد في المنطقة.",
        ],
    ),
    "sq": (
        "Report Media",
        "Ura e portit rihapet për makinat pranverën e ardhshme",
        [
            "Këshilli i qytetit tha të hënën se riparimet e urës së portit do të përfundojnë në mars.",
            "Ura lidh dy pjesët e qytetit të vjetër, të cilat kanë qenë të ndara nga njëra-tjetra prej dy vitesh.",
            "Ndërtuesi ia faturoi vonesat përmbytjeve të dimrit të kaluar dhe mungesës së çelikut në rajon.",
        ],
    ),
}
DATES = {"en": "2018-09-28", "ar": "2018-09-28", "sq": "2018-09-28"}


def _page(lang: str, run: bool) -> list[str]:
    """A LinkedIn article page in ``lang``; ``run``: the bar, the counts, the actions and the footer run together on one line each."""
    ui, (site, headline, body) = UI[lang], STORY[lang]

    def row(items: list[str]) -> list[str]:
        return [" ".join(items)] if run else items

    return [
        ui["skip"], *row(ui["bar"]), "",
        headline, ui["published"], site, ui["followers"], ui["follow"], "",
        *body, "",
        *row(ui["likes"]), *row(ui["actions"]), ui["report"], "",
        ui["by"], site, ui["articles"], ui["follow"], ui["more"].format(site),
        "Tunnel works to close the coast road for a week", "New ferry line to link the islands in summer",
        ui["join"], "",
        *row(ui["footer"]),
    ]


def test_linkedin_article_reads_as_its_article() -> None:
    """Headline, the three paragraphs (the middle one too, between two others under the page's
    "Follow" and over the likes count), the date under the headline and the page's name as the
    outlet, whether the bar and the footer are one a line or run together."""
    for lang in ("en", "ar", "sq"):
        site, headline, body = STORY[lang]
        for run in (False, True):
            out = _clean(_page(lang, run))
            assert (out.title, [p.text for p in out.paragraphs], out.published, out.outlet) == (headline, body, DATES[lang], site), (lang, run)


def test_account_bar_run_together_is_chrome() -> None:
    """LinkedIn's bar run together on one line is chrome, never the headline over the article's."""
    assert marker_family("LinkedIn Join now Sign in") == ("chrome", "skip")
    assert marker_family("LinkedIn انضم الآن تسجيل الدخول") == ("chrome", "skip")
    assert marker_family("Bashkohu tani Hyr") == ("chrome", "skip")
    page = _page("sq", run=True)
    page[page.index(STORY["sq"][1])] = "Korea e Veriut thotë se nuk do të çarmatoset në asnjë mënyrë në mënyrë të njëanshme pa fituar besimin"
    assert extract_text("\n".join(page)).title == page[3]


def test_guard_headlines_with_account_words_are_no_bar() -> None:
    """A headline or a line holding a button's words among others is no bar: it needs two buttons
    and nothing but buttons and a network's name."""
    for text in (
        "Thousands join now as the new register opens",
        "Facebook to let users log in without a password",
        "LinkedIn Join now",
        "فيسبوك يتيح تسجيل الدخول دون كلمة مرور",
        "Facebook lejon hyrjen pa fjalëkalim, regjistrohu tani",
    ):
        assert marker_family(text) != ("chrome", "skip"), text


def test_footer_legal_links_are_no_copyright_name() -> None:
    """The footer's legal links name no rights holder, one a line or run together with "© 2018"."""
    assert copyright_name("Copyright Policy") is None
    assert copyright_name("سياسة حقوق النشر") is None
    assert copyright_name("© 2018 User Agreement Privacy Policy Cookie Policy Copyright Policy Community Guidelines Language") is None
    assert copyright_name("© 2018 اتفاقية المستخدم سياسة الخصوصية سياسة ملفات تعريف الارتباط سياسة حقوق النشر إرشادات المجتمع اللغة") is None
    assert copyright_name("© 2018 Twitter About Help Center Terms Privacy policy Cookies Ads info") is None  # (words running into the links are links)
    assert copyright_name("Privacy Policy © 2018 Kosova Times") == "Kosova Times"  # (was "Privacy Policy")


def test_guard_copyright_names_beside_legal_links() -> None:
    """A site's own copyright line keeps its name, beside its legal links or holding a label's word."""
    assert copyright_name("© 2018 Kosova Times | Privacy Policy | Terms of Use") == "Kosova Times"
    assert copyright_name("© 2018 Language Magazine") == "Language Magazine"
    assert copyright_name("© 2018 صحيفة الأيام. سياسة الخصوصية") == "صحيفة الأيام"
    assert copyright_name("جميع الحقوق محفوظة لجريدة الميزان © 2018") == "جريدة الميزان"
    assert copyright_name("© 2018 Gazeta Tema. Të gjitha të drejtat e rezervuara.") == "Gazeta Tema"


def test_profile_count_under_the_name() -> None:
    assert profile_count("12,480 followers") and profile_count("318 مقالة") and profile_count("12.400 ndjekës")
    assert not profile_count("41 Likes") and not profile_count("Report Media") and not profile_count("7 News")
    lines = ["Report Media", "12,480 followers", "Follow", *STORY["sq"][2]]
    assert find_outlet(lines, body=frozenset({4, 5, 6}), title=None) == "Report Media"
    _, headline, body = STORY["en"]
    embedded = ["Harbour Daily", headline, "September 28, 2018", body[0], body[1], "Edi Rama", "@ediramaal", "1.2M followers", "Follow", body[2]]
    assert find_outlet(embedded, body=frozenset({4, 5, 10}), title=headline) is None  # (an embedded post's handle over its count names no outlet)


def test_guard_news_page_with_an_embedded_account_box() -> None:
    """A news page's own copyright still names it when the article embeds a post's header with a
    followers count."""
    _, headline, body = STORY["en"]
    page = [
        "Harbour Daily", "Home | News | Sport | Opinion", headline, "September 28, 2018",
        body[0], "Westland Police", "12,400 followers", "Follow", body[1], body[2], "© 2018 Harbour Daily. All rights reserved.",
    ]
    assert _clean(page).outlet == "Harbour Daily"


def test_guard_newsletter_box_between_paragraphs_is_still_a_box() -> None:
    """A newsletter box's blurb right under its "Sign up" heading stays furniture; only a line with a
    paragraph of prose right above and right under it is read as the article's."""
    _, headline, body = STORY["en"]
    page = [
        headline, "September 28, 2018", body[0], body[1],
        "Sign up to our newsletter", "Get our top stories in your inbox every morning, for free.", "Subscribe",
        body[2],
    ]
    out = _clean(page)
    assert [p.text for p in out.paragraphs] == body


def test_middle_of_three_paragraphs_between_follow_and_likes_is_body() -> None:
    """A three-paragraph text between the page's "Follow" and the likes count: the markers two lines
    off the middle paragraph frame the whole text, not a box round the middle one."""
    for lang in ("en", "ar", "sq"):
        page = _page(lang, run=False)
        found = extract_text("\n".join(page))
        assert [page[first - 1] for first, _ in found.body] == STORY[lang][2], lang
