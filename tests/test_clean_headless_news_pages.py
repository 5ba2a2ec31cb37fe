"""A big outlet's article page on its own headless-CMS front end (a React / Next.js site on an Arc
XP-like content API, 2018), copied from the browser: the skip link, the header buttons, the section
links, the kicker over the headline, the dek, the byline, the dates with the time zone, the
article's tools under them ("Listen to this article" with its duration, "Copy link", "Share"), the
lead image's caption, the body with "Advertisement", the topic chips, "Most read" and the footer.
Every rule test fails on the cleaner before its fix; guards: ordinary pages where the same words or
shapes are the article's own read as before (issue 11)."""

from __future__ import annotations

from page_texts import clean_lines as _cleaned, title_and_body_lines as _texts
from translate_summarize.boilerplate import analyse

EN_BODY = [
    "The city council on Tuesday approved a budget of 40 million euros for public transport, the mayor said.",
    "Most of the money will pay for 120 electric buses and for new bus lanes on the main roads of the city.",
    "The opposition voted against the budget, saying that it does not invest enough in the council's suburbs.",
    "Council members will meet the bus drivers' union next week to discuss the new timetable and the lanes.",
]
AR_BODY = [
    "أعلنت وزارة الصحة في بيان صدر مساء أمس عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية خلال الشهر المقبل.",
    "وقال المتحدث باسم الوزارة إن المستشفيات الثلاثة ستستقبل المرضى من القرى المجاورة التي تفتقر إلى الخدمات الطبية.",
    "وأضاف أن الحكومة خصصت ميزانية إضافية لتوظيف مئات الأطباء والممرضين في هذه المستشفيات قبل نهاية العام.",
    "وبحسب الوزارة فإن الأعمال في اثنين منها اكتملت بينما ينتظر الثالث وصول آخر المعدات من الخارج.",
]
SQ_BODY = [
    "Qeveria njoftoi dje se tre spitale të reja do të hapen në qytetet e jugut gjatë muajit të ardhshëm.",
    "Zëdhënësi i ministrisë tha se spitalet do të presin pacientë nga fshatrat përreth që nuk kanë shërbim mjekësor.",
    "Ai shtoi se qeveria ka ndarë një buxhet shtesë për të punësuar qindra mjekë dhe infermierë para fundit të vitit.",
    "Sipas ministrisë, punimet në dy prej tyre kanë përfunduar ndërsa i treti pret pajisjet e fundit nga jashtë.",
]
HEADLINES = {
    "en": "City council approves a new budget for public transport",
    "ar": "وزارة الصحة تعلن افتتاح ثلاثة مستشفيات جديدة في الجنوب",
    "sq": "Qeveria hap tre spitale të reja në jug të vendit",
}
BODIES = {"en": EN_BODY, "ar": AR_BODY, "sq": SQ_BODY}
CHROME = {  # skip link, site, header, sections, kicker, byline, date, advert, most read, footer
    "en": ("Skip to main content", "The Daily Courier", "Menu Search Subscribe Sign in", "News World Business Opinion Sport",
           "Politics", "By Anna Smith", "Published: 1 October 2018, 10:18 GMT", "Advertisement", "Most read",
           "© 2018 The Daily Courier. All rights reserved."),
    "ar": ("انتقل إلى المحتوى الرئيسي", "الصباح العربي", "القائمة بحث اشترك تسجيل الدخول", "الأخبار العالم اقتصاد رأي رياضة",
           "سياسة", "بقلم سارة العلي", "نُشر: 1 أكتوبر 2018 10:18", "إعلان", "الأكثر قراءة",
           "© 2018 الصباح العربي. جميع الحقوق محفوظة."),
    "sq": ("Kalo te përmbajtja", "Gazeta Dita", "Menu Kërko Abonohu Hyr", "Lajme Kosova Bota Ekonomi Sport",
           "Politikë", "Nga Ana Berisha", "Publikuar: 1 tetor 2018, 10:18 GMT", "Reklamë", "Më të lexuarat",
           "© 2018 Gazeta Dita. Të gjitha të drejtat e rezervuara."),
}
TOOLS = {  # the tools row run together, and one a line
    "en": (["Listen to this article 4 min Copy link Share"], ["Listen to this article", "4 min", "Copy link", "Share"]),
    "ar": (["استمع إلى المقال 3 دقائق نسخ الرابط مشاركة"], ["استمع إلى المقال", "3 دقائق", "نسخ الرابط", "مشاركة"]),
    "sq": (["Dëgjo artikullin 2 min Kopjo linkun Shpërndaje"], ["Dëgjo artikullin", "2 min", "Kopjo linkun", "Shpërndaje"]),
}
OTHERS = {
    "en": ["Storm brings heavy rain to the north of the country", "Football club names its new coach"],
    "ar": ["عاصفة تجلب أمطارا غزيرة إلى شمال البلاد", "نادي كرة القدم يعين مدربا جديدا"],
    "sq": ["Stuhia sjell shi të dendur në veri të vendit", "Klubi i futbollit emëron trajnerin e ri"],
}


def _page(lang: str, tools: list[str], title: list[str] | None = None, under_date: list[str] | None = None) -> list[str]:
    """A headless-CMS article page in ``lang`` with ``tools`` under the date (and ``under_date``
    under them), the headline as ``title`` lines."""
    skip, site, header, sections, kicker, byline, date, ad, most, copyright = CHROME[lang]
    body = BODIES[lang]
    return [
        skip, site, header, sections, "", kicker, *(title or [HEADLINES[lang]]), byline, date, *tools, *(under_date or []), "",
        body[0], "", body[1], "", ad, "", body[2], "", body[3], "",
        most, "1", OTHERS[lang][0], "2", OTHERS[lang][1], "", site, copyright,
    ]


def test_listen_row_is_chrome() -> None:
    """The article's audio button with its duration and the share buttons beside it, run together
    or one a line, is neither the headline (it stood nearest the text) nor body."""
    for lang in ("en", "ar", "sq"):
        for tools in TOOLS[lang]:
            assert _texts(_page(lang, tools)) == (HEADLINES[lang], BODIES[lang]), (lang, tools)


def test_listen_row_is_tools_family() -> None:
    """Each line of the row is of family ``tools``: the button, its duration under it, the share buttons."""
    for lang in ("en", "ar", "sq"):
        run, stacked = TOOLS[lang]
        lines = analyse("\n".join(["x"] + run + stacked))
        assert [line.family for line in lines[1:]] == ["tools", "tools", "tools", "share", "share"], lang


def test_article_about_listening_keeps_its_lines() -> None:
    """Guard: an article's own lines that speak of listening or give a length in minutes (a
    subheading "Listen to the interview", a short line "4 min" not under a listen button) stay."""
    body = [
        "The station will broadcast the full interview with the mayor on Sunday evening, its editor said.",
        "Listen to the interview",
        "The mayor spoke for almost an hour about the new buses, the bus lanes and the city's suburbs.",
        "Council members will meet the bus drivers' union next week to discuss the new timetable and the lanes.",
    ]
    page = ["The Daily Courier", "", HEADLINES["en"], "By Anna Smith", "1 October 2018", "", *body, "",
            "© 2018 The Daily Courier. All rights reserved."]
    assert _texts(page) == (HEADLINES["en"], body)
    lines = analyse("\n".join(["Listen to this article and tell us what you think", "4 min", "Listen"]))
    assert [line.family for line in lines] == [None, None, None]
    assert _cleaned(page).title == HEADLINES["en"]


def test_arabic_gmt_dates_run_together_are_no_headline() -> None:
    """The published and updated dates with the time zone as Arabic sites write it ("بتوقيت
    غرينتش", "GMT"), run together on one line, are the article's dates, not its headline."""
    dates = ["نُشر: 1 أكتوبر 2018 10:18 بتوقيت غرينتش حُدّث: 1 أكتوبر 2018 11:42 بتوقيت غرينتش"]
    page = _page("ar", ["استمع إلى المقال"], under_date=[])
    page[page.index(CHROME["ar"][6])] = dates[0]
    assert _texts(page) == (HEADLINES["ar"], AR_BODY)
    out = _cleaned(page)
    assert (out.title, out.published) == (HEADLINES["ar"], "2018-10-01")
    assert [line.dateish for line in analyse(dates[0] + "\nنُشر: 1 أكتوبر 2018 10:18 بتوقيت جرينتش")] == [True, True]


def test_sentence_with_greenwich_time_stays_prose() -> None:
    """Guard: an article's sentence that gives a time in GMT is prose, not a date line."""
    sentence = "ووقع الزلزال في الساعة 10:18 بتوقيت غرينتش صباح اليوم، بحسب هيئة المسح الجيولوجي الأمريكية."
    page = ["الصباح العربي", "", HEADLINES["ar"], "بقلم سارة العلي", "1 أكتوبر 2018", "", sentence, *AR_BODY[1:], "",
            "© 2018 الصباح العربي. جميع الحقوق محفوظة."]
    assert _texts(page) == (HEADLINES["ar"], [sentence, *AR_BODY[1:]])
    assert [line.dateish for line in analyse(sentence)] == [False]


TOPICS = {  # the topic chips run together with their label, then the share row; and one a line
    "en": (["Topics Politics World Transport buses", "Copy link Share"], ["Topics", "Politics", "World", "buses", "Copy link", "Share"]),
    "ar": (["مواضيع سياسة العالم النقل الحافلات،", "نسخ الرابط مشاركة"], ["مواضيع", "سياسة", "العالم", "الحافلات", "نسخ الرابط", "مشاركة"]),
    "sq": (["Temat Politikë Bota Rajoni dhe bota spitale", "Kopjo linkun Shpërndaje"], ["Temat", "Politikë", "Bota", "spitale", "Kopjo linkun", "Shpërndaje"]),
}


def _short_page(lang: str, end: list[str]) -> list[str]:
    """A short article (two paragraphs) under its headline with ``end`` after it, then the footer."""
    skip, site, header, sections, kicker, byline, date, _, most, copyright = CHROME[lang]
    body = BODIES[lang]
    return [skip, site, header, sections, "", kicker, HEADLINES[lang], byline, date, "", body[0], "", body[1], "",
            *end, "", most, OTHERS[lang][0], OTHERS[lang][1], "", copyright]


def test_topic_chips_end_the_article() -> None:
    """The "Topics" label with the article's topic chips, run together on one line over the share
    row or one a line, is no body line of a short article."""
    for lang in ("en", "ar", "sq"):
        for end in TOPICS[lang]:
            assert _texts(_short_page(lang, end)) == (HEADLINES[lang], BODIES[lang][:2]), (lang, end)


def test_headline_and_subheading_opening_with_topics_stay() -> None:
    """Guard: a headline or a subheading that opens with the same word ("Topics", "مواضيع",
    "Temat") but has no share row under it reads as before."""
    cases = {
        "en": ("Topics of the day at the council meeting", "Topics on the table"),
        "ar": ("مواضيع ساخنة على طاولة مجلس المدينة", "مواضيع على الطاولة"),
        "sq": ("Temat e ditës në mbledhjen e këshillit", "Temat në tryezë"),
    }
    for lang, (headline, subheading) in cases.items():
        body = [*BODIES[lang][:2], subheading, *BODIES[lang][2:]]
        page = [CHROME[lang][1], "", headline, CHROME[lang][5], CHROME[lang][6], "", *body, "", CHROME[lang][9]]
        assert _texts(page) == (headline, body), lang
