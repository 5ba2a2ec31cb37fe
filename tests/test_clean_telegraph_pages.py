"""An outlet's article on Telegraph (telegra.ph, Telegram's publishing tool, 2018), copied from the
browser: the tab title ("<headline> – Telegraph"), the headline, the author line with Telegraph's
English date (glued to the name by the copy: "Elira ShehuSeptember 29, 2018"), the outlet's own
footer ("Source: <outlet> - date", "Follow us on Telegram") and the page's end ("Report content on
this page" and the report dialog). Guards: ordinary article pages where the same shapes are
article text or a credit read as before."""

from __future__ import annotations

from page_texts import clean_lines, title_and_body_lines
from translate_summarize.clean import extract_text
from translate_summarize.metadata import find_dates

REPORT = ["", "Report content on this page", "Report Page", "Violence", "Child Abuse", "Copyright", "Illegal Drugs",
          "Personal Details", "Other", "Please submit your DMCA takedown request to dmca@telegram.org", "Cancel", "Report"]

SQ_HEADLINE = "Ura e re mbi lumin hapet për qarkullim në pranverë"
SQ_BODY = [
    "Kryetari i komunës tha të hënën se punimet në urën e re do të përfundojnë në muajin mars.",
    "Ura do të lidhë dy lagjet e qytetit që prej vitesh mbeten të ndara nga lumi.",
    "Banorët kanë pritur prej kohësh këtë urë, pasi rruga e vjetër kërkon gjysmë ore në makinë.",
    "Kontraktori tha se vonesat erdhën nga përmbytjet e vitit të kaluar dhe nga mungesa e materialeve.",
]
AR_HEADLINE = "افتتاح الجسر الجديد فوق النهر أمام حركة المرور في الربيع"
AR_BODY = [
    "قال رئيس البلدية يوم الاثنين إن الأشغال في الجسر الجديد ستنتهي في شهر مارس المقبل.",
    "وسيربط الجسر بين حيين من أحياء المدينة ظلا منفصلين بسبب النهر منذ سنوات طويلة.",
    "وانتظر السكان هذا الجسر طويلاً لأن الطريق القديم يتطلب نصف ساعة بالسيارة.",
    "وقال المقاول إن التأخير جاء بسبب فيضانات العام الماضي ونقص المواد في الأسواق.",
]
EN_HEADLINE = "New bridge over the river opens to traffic in the spring"
EN_BODY = [
    "The mayor said on Monday that work on the new bridge will be finished in March.",
    "The bridge will link two districts of the city that the river has kept apart for years.",
    "Residents have long waited for the bridge, as the old road takes half an hour by car.",
    "The contractor said the delays came from last year's floods and a shortage of materials.",
]


def _telegraph(headline: str, byline: str, body: list[str], source: str, follow: str, tab: bool = False) -> list[str]:
    top = [f"{headline} – Telegraph", ""] if tab else []
    return [*top, headline, byline, "", *[x for p in body for x in (p, "")], source, follow, *REPORT]


# ---------------------------------------------------------------- the English date glued to the author's name


def test_date_glued_to_the_author_name_is_found() -> None:
    """Telegraph's byline, the author's name and the English date inline, copied without a space."""
    assert [d.iso for d in find_dates("Elira ShehuSeptember 29, 2018")] == ["2018-09-29"]
    assert [d.iso for d in find_dates("أحمد يوسفSeptember 30, 2018")] == ["2018-09-30"]
    assert [d.iso for d in find_dates("Harbour DailyOctober 1, 2018")] == ["2018-10-01"]


def test_month_name_ending_a_word_is_no_glued_date() -> None:
    """Guard: a word that ends in a month name ("dismay"), a name in capitals, a date in another
    form glued to a word are no dates; an ordinary English date is read as before."""
    assert find_dates("to their dismay 5, 2018 was worse") == []
    assert find_dates("NATOSeptember 5, 2018") == []
    assert find_dates("KronikaSeptember 5 2018") == []
    assert [d.iso for d in find_dates("Posted on September 29, 2018")] == ["2018-09-29"]


def test_glued_byline_dates_the_page() -> None:
    page = _telegraph(SQ_HEADLINE, "Elira ShehuSeptember 29, 2018", SQ_BODY, "Burimi: Kronika Online",
                      "Na ndiqni në Telegram: https://t.me/kronika_online")
    article = clean_lines(page)
    assert article.published == "2018-09-29"
    assert article.title == SQ_HEADLINE
    page = _telegraph(AR_HEADLINE, "نجمة الأخبارSeptember 30, 2018", AR_BODY, "المصدر: نجمة الأخبار", "تابعونا على تلغرام")
    article = clean_lines(page)
    assert (article.published, article.title) == ("2018-09-30", AR_HEADLINE)


# ---------------------------------------------------------------- the outlet on its "Source:" line


def test_source_line_of_a_telegraph_page_names_the_outlet() -> None:
    """A Telegraph page has no site of its own: its "Source: X" line names the outlet whose story
    it is (here the channel signing its own article), not a credited wire."""
    page = _telegraph(SQ_HEADLINE, "Elira ShehuSeptember 29, 2018", SQ_BODY, "Burimi: Kronika Online - 29.9.2018 19:04",
                      "Na ndiqni në Telegram: https://t.me/kronika_online")
    article = clean_lines(page)
    assert (article.outlet, article.credited_source) == ("Kronika Online", None)
    page = _telegraph(AR_HEADLINE, "أحمد يوسف September 30, 2018", AR_BODY, "المصدر: نجمة الأخبار - 30 سبتمبر 2018",
                      "📢 اشترك في قناتنا على تلغرام https://t.me/najmat_alakhbar")
    article = clean_lines(page)
    assert (article.outlet, article.credited_source) == ("نجمة الأخبار", None)
    page = _telegraph(EN_HEADLINE, "John Smith", EN_BODY, "Source: Harbour Lantern - September 30, 2018", "Follow us on Telegram")
    article = clean_lines(page)
    assert (article.outlet, article.credited_source) == ("Harbour Lantern", None)


def test_wire_on_a_telegraph_page_stays_credited() -> None:
    """Guard: a Telegraph page's "Source: Reuters" credits the agency; the agency is no outlet, nor
    are "agencies" ("المصدر: وكالات", naming no one)."""
    page = _telegraph(EN_HEADLINE, "John Smith", EN_BODY, "Source: Reuters", "Follow us on Telegram")
    article = clean_lines(page)
    assert (article.outlet, article.credited_source) == (None, "Reuters")
    page = _telegraph(AR_HEADLINE, "أحمد يوسف", AR_BODY, "المصدر: وكالات", "تابعونا على تلغرام")
    article = clean_lines(page)
    assert (article.outlet, article.credited_source) == (None, None)


def test_source_line_of_an_ordinary_article_is_a_credit() -> None:
    """Guard: without the platform's report link, an article's "Source: X" credits X as before."""
    for headline, body, source in (
        (SQ_HEADLINE, SQ_BODY, "Burimi: Kronika Online"),
        (AR_HEADLINE, AR_BODY, "المصدر: نجمة الأخبار"),
        (EN_HEADLINE, EN_BODY, "Source: Harbour Lantern"),
    ):
        article = clean_lines([headline, "", *[x for p in body for x in (p, "")], source])
        assert article.outlet is None and article.credited_source == source.split(": ")[1]


# ---------------------------------------------------------------- the tab title over the headline


def test_tab_title_over_the_headline_is_no_title() -> None:
    """"<headline> – Telegraph" atop the page is the browser tab's title; the headline under it,
    over the byline and the date, is the title (not the standfirst of the tab title)."""
    for headline, byline, body in (
        ("Ura e re mbi lumin në qendër të qytetit hapet për qarkullim në pranverën e vitit të ardhshëm", "Kronika Online", SQ_BODY),
        ("افتتاح الجسر الجديد فوق النهر في وسط المدينة أمام حركة المرور في ربيع العام المقبل بعد تأخير", "أحمد يوسف", AR_BODY),
        ("New bridge over the river in the city centre opens to traffic next spring after two years of delays", "Harbour Lantern", EN_BODY),
    ):
        page = [f"{headline} – Telegraph", "", headline, byline, "September 29, 2018", "", "(AFP)", "", *body, *REPORT]
        title, lines = title_and_body_lines(page)
        assert title == headline
        assert lines == body
        assert extract_text("\n".join(page), rerank=False).title == headline  # (the rules', before the learned chooser's second opinion)


def test_headline_over_its_standfirst_is_read_as_before() -> None:
    """Guard: a headline over a longer line that restates it keeps that line as its standfirst."""
    standfirst = "Punimet në urën e re mbi lumin po i afrohen fundit pas dy vitesh vonesash dhe përmbytjesh"
    page = [SQ_HEADLINE, standfirst, "", "Kronika Online", "29 shtator 2018", "", *SQ_BODY]
    title, lines = title_and_body_lines(page)
    assert title == SQ_HEADLINE
    assert lines == [standfirst, *SQ_BODY]
    assert extract_text("\n".join(page), rerank=False).title == SQ_HEADLINE


# ---------------------------------------------------------------- a quotation split over short paragraphs at the end


def test_quotation_left_open_runs_on_to_its_close() -> None:
    """The last paragraph opens a quote that two short paragraphs close: they, and the unpunctuated
    paragraph after them, are the article's end (over the outlet's "Source:" line)."""
    quote = [*AR_BODY[:3], 'وقالت المذيعة في تغريدة: "كان الرجل على طبيعته وهذا أمر رائع. لكنني اخترت ألا أكافئ أحدا على ذلك.',
             "وأضافت: هو حر", 'وكذلك نحن".', "قبل العرض أعلن المغني على تويتر أنه غير اسمه إلى اسم جديد يعرفه به الجمهور"]
    page = [AR_HEADLINE, "", *[x for p in quote for x in (p, "")], "المصدر: نجمة الأخبار - 29 سبتمبر 2018", "تابعونا على تلغرام"]
    title, lines = title_and_body_lines(page)
    assert title == AR_HEADLINE
    assert lines == quote
    quote = [*SQ_BODY[:3], 'Ajo shkroi në Twitter: "Ai ishte vetvetja dhe kjo është mirë. Por unë zgjodha të mos shpërblej askënd për këtë.',
             "Shtoi se ai është i lirë", 'Edhe ne jemi".']
    page = [SQ_HEADLINE, "", *[x for p in quote for x in (p, "")], "Burimi: Kronika Online - 29.9.2018"]
    assert title_and_body_lines(page)[1] == quote


def test_quotation_left_open_takes_no_furniture() -> None:
    """Guard: a quote the last paragraph leaves open that no line under it closes takes nothing;
    nor does the share row and the tags line under it."""
    body = [*EN_BODY[:3], 'The mayor told reporters: "We will open it in the spring, whatever the weather does to us.']
    page = [EN_HEADLINE, "", *[x for p in body for x in (p, "")], "Share", "Tweet", "Tags: bridge, city", "", "Related",
            'Mayor says "bridge is ready".', "Council approves the new budget for transport"]
    title, lines = title_and_body_lines(page)
    assert title == EN_HEADLINE
    assert lines == body
