"""Kinds of page furniture the cleaner kept as body on the templates of the 2026-12-01 second
round (t21-t23: an agency's site, a WordPress portal, printed pages and reader views; issue 11),
each shown by a small hand-written page as real sites print it. Every test fails on the cleaner
before the fix."""

from __future__ import annotations

from translate_summarize.article import Article
from translate_summarize.boilerplate import analyse
from translate_summarize.clean import clean
from translate_summarize.settings import Settings

SETTINGS = Settings()

SQ = [
    "Qeveria njoftoi dje se tre spitale të reja do të hapen në qytetet e jugut gjatë muajit të ardhshëm.",
    "Zëdhënësi i ministrisë tha se spitalet do të presin pacientë nga fshatrat përreth që nuk kanë shërbim mjekësor.",
    "Ai shtoi se qeveria ka ndarë një buxhet shtesë për të punësuar qindra mjekë dhe infermierë para fundit të vitit.",
    "Sipas ministrisë, punimet në dy prej tyre kanë përfunduar ndërsa i treti pret pajisjet e fundit nga jashtë.",
]
AR = [
    "أعلنت وزارة الصحة في بيان صدر مساء أمس عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية خلال الشهر المقبل.",
    "وقال المتحدث باسم الوزارة إن المستشفيات الثلاثة ستستقبل المرضى من القرى المجاورة التي تفتقر إلى الخدمات الطبية.",
    "وأضاف أن الحكومة خصصت ميزانية إضافية لتوظيف مئات الأطباء والممرضين في هذه المستشفيات قبل نهاية العام.",
    "وبحسب الوزارة فإن الأعمال في اثنين منها اكتملت بينما ينتظر الثالث وصول آخر المعدات من الخارج.",
]


def _clean(lines: list[str]) -> Article:
    return clean(Article(id="p", source_file="page.txt", raw="\n".join(lines) + "\n"), SETTINGS)


def _body(out: Article) -> list[str]:
    return [p.text for p in out.paragraphs]


def test_printed_page_keeps_only_the_article() -> None:
    """A page printed from the browser: the header (print time, the headline cut short and the
    site), the page's address and page number at the page break, the header again, a list of the
    links in the text under its label, the article's address after a label, "printed from", a
    copyright notice of several sentences and the last page number. None of it is body; the site
    is the outlet."""
    out = _clean([
        "03/10/2018, 09:12  Tre spitale të reja do të hapen në… | Gazeta Jugu",
        "Gazeta Jugu",
        "Version për printim",
        "Tre spitale të reja do të hapen në jug",
        "Arben Hoxha",
        "Publikuar: E hënë, 1 Tetor 2018 – 10:15",
        SQ[0],
        SQ[1],
        "https://www.gazetajugu.al/lajme/2018/10/01/4411-tre-spitale",
        "1/2",
        "03/10/2018, 09:12",
        "Tre spitale të reja do të hapen në… | Gazeta Jugu",
        SQ[2],
        SQ[3],
        "*Arben Hoxha është gazetar dhe analist i çështjeve shoqërore.",
        "Lidhjet në këtë artikull:",
        "[1] https://www.gazetajugu.al/news/55120",
        "[2] https://www.gazetajugu.al/archive/61234",
        "Adresa e artikullit: https://www.gazetajugu.al/lajme/2018/10/01/4411-tre-spitale",
        "Printuar nga Gazeta Jugu më 03.10.2018",
        "© 2018 Gazeta Jugu. Të gjitha të drejtat të rezervuara. Ndalohet riprodhimi i plotë ose i pjesshëm i këtij materiali pa lejen me shkrim të botuesit.",
        "2/2",
    ])
    assert out.status == "ok", out.reason
    assert out.title == "Tre spitale të reja do të hapen në jug"
    assert _body(out) == SQ
    assert out.outlet == "Gazeta Jugu"


def test_agency_page_furniture_is_not_body() -> None:
    """An agency's page: "also available in:" over a row of languages, the agency dateline on a line
    of its own ("Place/ Author/ Agency"), a photographer's credit inside the text ("تصوير: name -
    agency"), the editors' initials and the wire's end mark "(النهاية)" after it. The end mark is no
    credited source."""
    out = _clean([
        "English | Français | Türkçe",
        "وكالة الأنباء الوطنية",
        "افتتاح ثلاثة مستشفيات جديدة في الجنوب",
        "30.09.2018",
        "هذا الخبر متوفر أيضا باللغات:",
        "English | Français | Türkçe",
        "",
        "بغداد/ سارة العلي/ وان",
        AR[0],
        "",
        AR[1],
        "",
        "تصوير: خالد عبد الله - وان",
        "",
        AR[2],
        "",
        AR[3],
        "",
        "(النهاية)",
        "ع م / س ر",
        "© وكالة الأنباء الوطنية 2018. جميع الحقوق محفوظة",
    ])
    assert out.status == "ok", out.reason
    assert out.title == "افتتاح ثلاثة مستشفيات جديدة في الجنوب"
    assert _body(out) == AR
    assert out.credited_source is None
    assert analyse("/g.r/ /sh.m/")[0].action == "skip"


def test_social_box_ad_label_and_photo_source_inside_the_article_are_not_body() -> None:
    """A WordPress theme dumps a Facebook page box (the page's name "on Facebook", its follower
    count, the "Like Page" button), an ad's "Report this ad" link and the featured picture's
    source ("Foto nga faqja zyrtare ...") between the paragraphs: furniture, not body and not
    subheadings."""
    out = _clean([
        "Lajme nga Jugu",
        "Tre spitale të reja do të hapen në jug",
        "1 Tetor 2018 nga Redaksia",
        "Foto nga faqja zyrtare e bashkisë në Facebook",
        "",
        SQ[0],
        "",
        SQ[1],
        "Lajme nga Jugu në Facebook",
        "12,345 ndjekës",
        "Pëlqeje faqen",
        "",
        SQ[2],
        "Reklama",
        "Raportojeni këtë reklamë",
        "",
        SQ[3],
        "",
        "Shpërndajeni këtë:",
    ])
    assert out.status == "ok", out.reason
    assert _body(out) == SQ
    assert not any(p.heading for p in out.paragraphs)


def test_a_paragraph_between_two_photo_captions_is_body() -> None:
    """Two photo captions with one paragraph between them frame no widget box: the paragraph is
    the article's (it was dropped as a box's blurb once "Foto nga ..." captions were known)."""
    out = _clean([
        "Tre spitale të reja do të hapen në jug",
        "01.10.2018 | 10:15",
        "Foto nga arkivi / Foto: ATSH",
        SQ[0],
        SQ[1],
        "Foto nga arkivi / Foto: AFP",
        SQ[2],
        SQ[3],
    ])
    assert _body(out) == SQ


def test_unpunctuated_short_article_under_the_headlines_alt_text_is_kept() -> None:
    """A one-paragraph article that lost its full stop, under the headline, the author, the date
    and the picture's alt text repeating the headline in brackets, above an author's footnote and
    the printed page's footer: the paragraph is the body (the page was skipped as all furniture)."""
    para = AR[0].rstrip(".") + " " + AR[1].rstrip(".")
    out = _clean([
        "صحيفة الأيام",
        "نسخة للطباعة",
        "افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية",
        "سارة العلي",
        "نُشر في: الأحد 30 سبتمبر 2018 م",
        "[افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية]",
        para,
        "* سارة العلي كاتبة وصحفية، مراسلة الصحيفة في البصرة",
        "رابط المقال: https://www.alayyam.example/news/2018/09/30/4711",
        "© 2018 صحيفة الأيام. جميع الحقوق محفوظة. لا يجوز نسخ أو إعادة نشر أي جزء من هذه المادة دون إذن خطي مسبق من الناشر.",
        "1/1",
    ])
    assert out.status == "ok", out.reason
    assert _body(out) == [para]
    assert out.outlet == "صحيفة الأيام"


def test_notice_to_subscribers_after_the_article_is_not_body() -> None:
    """An agency's notice under the text that the story is part of its service to subscribers and
    how to subscribe names subscribers and subscription: furniture, not the article's last
    paragraph (a sentence naming subscribers once stays prose)."""
    out = _clean([
        "Tre spitale të reja do të hapen në jug",
        "1 Tetor 2018 10:15",
        "",
        *SQ,
        "Ky lajm është pjesë e shërbimit që agjencia u ofron abonentëve të saj dhe në faqe publikohet "
        "në formë të përmbledhur. Për abonim kontaktoni zyrën e shitjes.",
        "",
        "Rreth agjencisë | Abonimi | Kontakt",
    ])
    assert _body(out) == SQ
    assert analyse("Platforma ka tani mbi dy milionë abonentë në të gjithë rajonin, tha drejtori.")[0].action is None


def test_wordpress_meta_line_with_author_date_and_comment_count_is_a_date_line() -> None:
    """A theme's meta line, "Posted by Name | September 28, 2018 | 4 Comments" (or the Arabic
    "29 سبتمبر، 2018" with an Arabic comma before the year), is a date line: the page's date, and
    the headline above it is the title (the page was skipped: a comment thread's heading was taken
    for the title)."""
    for text in ("Postuar nga Elira Shehu | 28 shtator, 2018 | 4 Komente", "نُشر في 29 سبتمبر، 2018 بواسطة admin"):
        assert analyse(text)[0].dateish, text
    out = _clean([
        "Lajme nga Jugu",
        "Postuar në Shëndetësi, Jugu",
        "Tre spitale të reja do të hapen në jug",
        "Postuar nga Elira Shehu | 28 shtator, 2018 | 2 Komente",
        "",
        *SQ,
        "",
        "2 mendime mbi “Tre spitale të reja do të hapen në jug”",
        "Besi",
        "29 shtator, 2018 në 02:52",
        "Më në fund një lajm i mirë për zonën tonë.",
        "Përgjigju",
        "Mira",
        "29 shtator, 2018 në 13:37",
        "Presim të shohim nëse do të ketë mjaft mjekë.",
        "Përgjigju",
        "Lini një Përgjigje",
    ])
    assert out.status == "ok", out.reason
    assert out.title == "Tre spitale të reja do të hapen në jug"
    assert _body(out) == SQ
    assert out.published == "2018-09-28"


def test_joint_and_subscription_in_arabic_text_is_no_notice() -> None:
    """"مشترك" is also "joint" and "الاشتراك" a generator's flat fee: a sentence of the article
    naming them is prose; only one naming subscribers ("المشتركين") is a notice."""
    for text in (
        "ويطالب ناشطون بتشديد الرقابة على أصحاب المولدات، وإلزامهم بتركيب عدادات لكل مشترك بدل الاشتراك المقطوع.",
        "تم التوقيع على مذكرة بشأن إنشاء مركز روسي تركي مشترك لمراقبة وقف إطلاق النار وفق بيان مشترك.",
    ):
        assert analyse(text)[0].action is None, text
    notice = "هذا الخبر جزء من الأخبار التي تبثها الوكالة للمشتركين عبر نظام البث الإخباري، للاشتراك يرجى التواصل مع قسم المبيعات."
    assert analyse(notice)[0].family == "subscribe"


def test_links_lists_and_offers_between_or_after_the_paragraphs_are_not_body() -> None:
    """A labelled link to another story set between the paragraphs ("Lidhur me këtë: <headline>",
    "ذو صلة: ..."), a subscription offer ("Get 50% off your annual subscription"), and after the
    article a "previous article" link and an "other news" list, each over another story's
    headline: none of them is body."""
    out = _clean([
        "Tre spitale të reja do të hapen në jug",
        "1 Tetor 2018 10:15",
        "",
        SQ[0],
        "Lidhur me këtë: Ministri i Financave paralajmëron shkurtime në buxhetin e vitit të ardhshëm",
        SQ[1],
        "Përfitoni 50% zbritje për abonimin vjetor sot!",
        SQ[2],
        SQ[3],
        "",
        "Artikulli i mëparshëm",
        "Zgjedhjet vendore do të mbahen në pranverë, njofton komisioni.",
        "Lajme të tjera",
        "Partia e Punës nuk është më një “kishë e hapur”.",
    ])
    assert _body(out) == SQ
    for text in ("ذو صلة: ليبرون يبدأ أول ظهور له مع فريق ليكرز الأحد", "يهمك أيضا: حزب العمال لم يعد حزبًا ذو آراء متنوعة", "أخبار أخرى", "Më të komentuarat"):
        assert analyse(text)[0].action is not None, text
    assert analyse("احصل على خصم 50% على اشتراكك السنوي الآن!")[0].action == "skip"
    assert analyse("Inflacioni arriti në 5% këtë muaj, sipas bankës qendrore.")[0].action is None


def test_reported_sentence_that_lost_its_full_stop_is_no_subheading() -> None:
    """A body line opening with a reporting verb ("وقال أن ...", "Tha se ...") that lost its full
    stop is a sentence of the article, kept as body but never marked as a subheading; a short
    unpunctuated line of another shape over a paragraph still is one."""
    out = _clean([
        "افتتاح ثلاثة مستشفيات جديدة في الجنوب",
        "30.09.2018",
        "",
        AR[0],
        "وقال إن الوزارة ستفتتح المستشفيات الثلاثة في موعدها",
        AR[1],
        "خطة التوظيف",
        AR[2],
        AR[3],
    ])
    assert [(p.text, p.heading) for p in out.paragraphs] == [
        (AR[0], False), ("وقال إن الوزارة ستفتتح المستشفيات الثلاثة في موعدها", False), (AR[1], False),
        ("خطة التوظيف", True), (AR[2], False), (AR[3], False),
    ]


def test_a_reported_quote_opened_by_a_label_shaped_line_is_body() -> None:
    """A paragraph that opens a quotation with a reporting verb and a colon and breaks off ("وأضافت:
    هو حر" / "وكذلك نحن". ...: a copy that split the paragraph inside the quote) has the shape of a
    "label: headline" link, but the words before its colon say who speaks: it is the article's, and
    no subheading either."""
    en = [
        "The city council on Tuesday approved a budget of 40 million euros for public transport, the mayor said.",
        "Most of the money will pay for 120 electric buses and for new bus lanes on the main roads of the city.",
        "He added: we are free",
        "and so are the bus drivers\". The council will vote on the new bus timetable and the bus lanes next week.",
    ]
    ar = [AR[0], AR[1], "وأضافت: هو حر", "وكذلك الأطباء\". وبحسب الوزارة فإن الأعمال في اثنين من المستشفيات الجديدة اكتملت بينما ينتظر المستشفى الثالث وصول آخر المعدات."]
    sq = [SQ[0], SQ[1], "Ai shtoi: jemi të lirë", "e kështu janë edhe mjekët\". Sipas ministrisë, punimet në dy prej spitaleve të reja kanë përfunduar ndërsa spitali i tretë pret pajisjet."]
    for headline, body in (("City council approves a new budget", en), ("افتتاح ثلاثة مستشفيات جديدة في الجنوب", ar), ("Tre spitale të reja do të hapen në jug", sq)):
        page = [headline, "1 Tetor 2018 10:15", ""]
        for para in body:
            page += [para, ""]
        out = _clean(page)
        assert (_body(out), [p.heading for p in out.paragraphs]) == (body, [False] * 4), headline  # (nor a subheading)


def test_a_labelled_link_between_paragraphs_is_still_dropped() -> None:
    """Guard: a "label: headline" link whose label is no reporting verb is still another story's link."""
    for label in ("Lidhur me këtë: Ministri i Financave paralajmëron shkurtime", "Read also: Finance minister warns of cuts next year"):
        out = _clean(["Tre spitale të reja do të hapen në jug", "1 Tetor 2018 10:15", "", SQ[0], "", SQ[1], "", label, "", SQ[2], "", SQ[3]])
        assert _body(out) == SQ, label
