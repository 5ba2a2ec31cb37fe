"""Kinds of page furniture the cleaner got wrong on site templates nobody had tuned on (issue 11,
held-out round t18-t20, now tuning): each test is a small hand-written page showing one kind as
real sites print it, and fails on the cleaner before the fix."""

from __future__ import annotations

from translate_summarize.article import Article
from translate_summarize.boilerplate import analyse
from translate_summarize.clean import clean
from translate_summarize.settings import Settings

SETTINGS = Settings()

AR_PARAGRAPHS = [
    "أعلنت وزارة الصحة في بيان صدر مساء أمس عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية خلال الشهر المقبل.",
    "وقال المتحدث باسم الوزارة إن المستشفيات الثلاثة ستستقبل المرضى من القرى المجاورة التي تفتقر إلى الخدمات الطبية.",
    "وأضاف أن الحكومة خصصت ميزانية إضافية لتوظيف مئات الأطباء والممرضين في هذه المستشفيات قبل نهاية العام.",
]


def _clean(raw: str) -> Article:
    return clean(Article(id="p", source_file="page.txt", raw=raw), SETTINGS)


def test_hijri_and_gregorian_date_lines_are_dates() -> None:
    """Arabic papers print the Hijri date beside the Gregorian one, on the print edition line (with
    the issue number) and on the published line: both are date lines, not headlines or text."""
    for text in (
        "الخميس - 3 صفر 1446 هـ - 08 أغسطس 2024 مـ رقم العدد [16690]",
        "نُشر: 10:15-8 أغسطس 2024 م ـ 3 صَفَر 1446 هـ",
        "3 ربيع الأول 1446 هـ",
    ):
        assert analyse(text)[0].dateish, text
    assert not analyse("قال الوزير إن 3 صفر سيكون موعد افتتاح المستشفى الجديد في المدينة.")[0].dateish


def test_caption_signed_with_agency_initials_is_a_caption() -> None:
    """A photo caption signed with its agency in brackets, by name or by dotted initials ("أ.ف.ب",
    "د.ب.أ"), or after a slash and a photo label ("/ Foto: ATSH"), is a caption, never a headline."""
    for text in ("وزير الصحة خلال المؤتمر (أ.ف.ب)", "جانب من الاحتجاجات (الأناضول)", "Ministri gjatë vizitës / Foto: ATSH"):
        assert analyse(text)[0].caption, text
    assert not analyse("قمة مجموعة العشرين (G20) تبدأ أعمالها في البرازيل")[0].caption


def test_newspaper_page_with_hijri_dates_and_signed_caption_keeps_its_article() -> None:
    """The print edition line and the published line carry Hijri dates, the caption under the
    published line is signed with agency initials, the paragraphs have no blank lines between
    them: the headline is the title and the paragraphs are the body (the page was skipped as all
    furniture before: the walk up from the first sentence met the caption as a headline and the
    published line as text)."""
    raw = "\n".join([
        "جريدة الصباح الجديد",
        "الخميس - 3 صفر 1446 هـ - 08 أغسطس 2024 مـ رقم العدد [16690]",
        "الاشتراك  |  دخول",
        "الرئيسية  محليات  دولي  اقتصاد  رياضة",
        "افتتاح ثلاثة مستشفيات جديدة في",
        "المحافظات الجنوبية الشهر المقبل",
        "نُشر: 10:15-8 أغسطس 2024 م ـ 3 صَفَر 1446 هـ",
        "وزير الصحة خلال المؤتمر (أ.ف.ب)",
        *AR_PARAGRAPHS,
        "تعليقات الزوار (2)",
        "1 - قارئ",
        "الخميس 8 أغسطس 2024 - 12:40",
        "خطوة ممتازة ننتظرها منذ سنوات طويلة في الجنوب.",
        "جريدة الصباح الجديد © 2024 جميع الحقوق محفوظة",
    ]) + "\n"
    out = _clean(raw)
    assert out.status == "ok", out.reason
    assert (out.title, out.title_line) == ("افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية الشهر المقبل", 5)
    assert [p.source_lines for p in out.paragraphs] == [(9, 9), (10, 10), (11, 11)]
    assert out.published == "2024-08-08"


def test_dateline_naming_the_site_is_no_headline() -> None:
    """A channel's dateline, "city - site name", under the headline and its date names the site
    its masthead and footer print: an author line, not the title (it was taken as the title,
    the headline above it ignored)."""
    raw = "\n".join([
        "قناة الأفق الإخبارية",
        "الأخبار",
        "سياسة",
        "اقتصاد",
        "افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية",
        "آخر تحديث: 2024/8/8 الساعة 10:15",
        "",
        "القاهرة - قناة الأفق الإخبارية",
        "",
        *AR_PARAGRAPHS,
        "",
        "حقوق النشر © 2024 قناة الأفق الإخبارية",
    ]) + "\n"
    assert analyse(raw)[6].byline
    out = _clean(raw)
    assert (out.title, out.title_line) == ("افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية", 5)
    assert [p.source_lines for p in out.paragraphs] == [(10, 10), (11, 11), (12, 12)]
    assert not analyse("غزة - تل أبيب\nالأخبار\n")[0].byline  # a place and a place: no site named
