"""An article on a national public broadcaster's news portal (its own CMS, 2018), copied from the
page: the language switch, the channels' live links, the broadcaster's name and menu, the section,
the headline, the date with the time, the video block ("Watch the report" and its duration) with the
report's credit line ("Reporter: X, Camera: Y"), the presenter's lead, the body, the tool row
(text size "A+ A-", print, share; a button a line or run together), "Related news" with dates and
the footer of a public institution. Guards: ordinary articles and sentences with the same shapes
read as before."""

from __future__ import annotations

import pytest

from page_texts import AR_HEADLINE, AR_PROSE, HEADLINE, PROSE, SQ_HEADLINE, SQ_PROSE, body_texts, clean_lines
from translate_summarize.boilerplate import analyse

LANGS = {
    "en": {
        "site": "National Television", "live": ["LIVE", "Channel 1", "Channel 2", "News 24"],
        "menu": ["Home", "News", "Programmes", "Live", "TV guide", "Radio"], "section": "Politics",
        "headline": HEADLINE, "prose": PROSE[:3], "date": "01/10/2018 14:35", "watch": "Watch the report",
        "credit": "Reporter: Ana Berisha, Camera: Ilir Muca", "tools": ["Text size", "A+", "A-", "Print", "Share"],
        "related": ["Related news", "Storm closes the northern port for two days", "30/09/2018 09:04"],
        "footer": ["National Radio and Television", "Transparency", "Tenders", "Annual reports"],
    },
    "ar": {
        "site": "التلفزيون الوطني", "live": ["مباشر", "الأولى", "الثانية", "الإخبارية"],
        "menu": ["الرئيسية", "الأخبار", "البرامج", "البث المباشر", "دليل البرامج", "الإذاعة"], "section": "سياسة",
        "headline": AR_HEADLINE, "prose": AR_PROSE, "date": "01/10/2018 14:35", "watch": "شاهد التقرير",
        "credit": "تقرير: خالد عبد الله - تصوير: حسام ناصر", "tools": ["حجم الخط", "أ+", "أ-", "طباعة", "مشاركة"],
        "related": ["أخبار ذات صلة", "عاصفة تغلق الميناء الشمالي لمدة يومين", "30/09/2018 09:04"],
        "footer": ["الهيئة الوطنية للإذاعة والتلفزيون", "الشفافية", "المناقصات", "التقارير السنوية"],
    },
    "sq": {
        "site": "Radio Televizioni Publik", "live": ["LIVE", "RTP 1", "RTP 2", "RTP 24"],
        "menu": ["Ballina", "Lajme", "Emisione", "Live", "Guida TV", "Radio"], "section": "Politikë",
        "headline": SQ_HEADLINE, "prose": SQ_PROSE, "date": "01.10.2018 | 14:35", "watch": "Shiko reportazhin",
        "credit": "Reporter: Blerta Dervishi, Kameraman: Agron Dema", "tools": ["Madhësia e tekstit", "A+", "A-", "Printo", "Shpërndaje"],
        "related": ["Lajme të ngjashme", "Stuhia mbyll portin verior për dy ditë", "30.09.2018 | 09:04"],
        "footer": ["Radio Televizioni Publik", "Transparenca", "Tenderat", "Raportet vjetore"],
    },
}


def _page(lang: str, *, video: bool = True, tools_run: bool = False) -> list[str]:
    """The portal's article page in ``lang``: the video block when ``video``, the tool row one
    button a line or, ``tools_run``, run together on one line."""
    ui = LANGS[lang]
    lines = ["English", *ui["live"], ui["site"], *ui["menu"], "", ui["section"], ui["headline"], ui["date"]]
    if video:
        lines += [ui["watch"], "02:48"]
    lines += [ui["credit"], ""]
    for text in ui["prose"]:
        lines += [text, ""]
    lines += [" ".join(ui["tools"])] if tools_run else list(ui["tools"])
    return [*lines, "", *ui["related"], "", *ui["footer"], f"© 2018 {ui['site']}"]


@pytest.mark.parametrize("lang", ["en", "ar", "sq"])
@pytest.mark.parametrize("video", [True, False])
def test_report_credit_line_is_a_byline_not_the_body(lang: str, video: bool) -> None:
    ui = LANGS[lang]
    page = _page(lang, video=video)
    line = next(line for line in analyse("\n".join(page)) if line.text == ui["credit"])
    assert line.byline
    article = clean_lines(page)
    assert article.title == ui["headline"]
    assert body_texts(article) == ui["prose"]
    assert not any(p.heading for p in article.paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        "Reporter: Ana Berisha, Camera: Ilir Muca",
        "Report: Ana Berisha; Camera: Ilir Muca; Editing: Jon Doe",
        "تقرير: خالد عبد الله - تصوير: حسام ناصر",
        "إعداد: هبة سالم | مونتاج: باسل مراد",
        "Reporter: Blerta Dervishi, Kameraman: Agron Dema",
        "Përgatiti: Dritan Leka / Montazhi: Fatos Beqiri",
    ],
)
def test_credit_lines_in_each_language(text: str) -> None:
    assert analyse(text)[0].byline


@pytest.mark.parametrize(
    "text",
    [
        "Report: UN warns of famine, Video: children queue for water",  # a headline's colon: sentences, not names
        "Reporter: Is it true that the council will vote again? Mayor: Yes, on Monday.",  # an interview's lines
        "Camera: Canon EOS R, Lens: 50 mm",  # a picture's settings
        "تقرير: الأمم المتحدة تحذر من مجاعة في اليمن",  # one colon: a headline
        "Raport: Qeveria paralajmëron rritje të çmimeve, Video: radhë te furrat",
    ],
)
def test_headlines_and_sentences_with_roles_are_no_credit_line(text: str) -> None:
    assert not analyse(text)[0].byline


@pytest.mark.parametrize("lang", ["en", "ar", "sq"])
def test_tool_row_run_together_is_chrome_not_the_body(lang: str) -> None:
    ui = LANGS[lang]
    page = _page(lang, tools_run=True)
    row = next(line for line in analyse("\n".join(page)) if line.text == " ".join(ui["tools"]))
    assert (row.family, row.action) == ("tools", "skip")
    article = clean_lines(page)
    assert article.title == ui["headline"]
    assert body_texts(article) == ui["prose"]


@pytest.mark.parametrize("lang", ["en", "ar", "sq"])
def test_size_buttons_a_line_each_are_chrome(lang: str) -> None:
    families = {line.text: line.family for line in analyse("\n".join(_page(lang)))}
    assert [families[t] for t in LANGS[lang]["tools"]] == ["tools", "tools", "tools", "tools", "share"]


@pytest.mark.parametrize(
    "text",
    [
        "Vitamin A+ in the school diet",
        "Students with an A- grade will print and share their essays",
        "Madhësia e tekstit nuk ka rëndësi për lexuesit",
        "حجم الخط في الكتب المدرسية يثير جدلا",
    ],
)
def test_lines_with_a_grade_or_a_tool_word_stay_text(text: str) -> None:
    assert analyse(text)[0].family is None


def test_ordinary_article_with_a_reporter_line_reads_as_before() -> None:
    page = ["Harbour Daily", "Home News Sport", "", HEADLINE, "October 1, 2018", "Reporter: Ana Berisha", "", *[x for p in PROSE for x in (p, "")]]
    article = clean_lines(page)
    assert article.title == HEADLINE
    assert body_texts(article) == PROSE


SHORT = {
    # a short article: its headline ends in a full stop, its text is one short sentence; then "read also",
    # another story's headline and several of its sentences (the portal's teaser under short articles)
    "en": ("Tsunami death toll in Indonesia rises above 800, officials say.", "It is a very sad day.", "Read also",
           "Hurricane Rosa will bring heavy rain to the south-west",
           ["Hurricane Rosa is weakening as it moves over the cooler waters of the Pacific Ocean.",
            "It will still bring heavy rain to Arizona, Nevada and Utah in the coming days.",
            "Forecasters expect the storm to turn north on Sunday and reach the coast on Monday."]),
    "ar": ("ارتفاع عدد ضحايا تسونامي في إندونيسيا إلى أكثر من 800 قتيل.", "إنه يوم حزين جدا للجميع.", "اقرأ أيضاً",
           "إعصار روزا سيجلب أمطارا غزيرة على جنوب غرب الولايات المتحدة",
           ["يضعف إعصار روزا أثناء تحركه فوق المياه الباردة في المحيط الهادئ.",
            "لكنه سيجلب أمطارا غزيرة على أريزونا ونيفادا ويوتا خلال الأيام القادمة.",
            "ويتوقع خبراء الأرصاد أن يتجه الإعصار نحو الشمال يوم الأحد."]),
    "sq": ("Numri i të vdekurve nga cunami në Indonezi kalon 800, thonë zyrtarët.", "Është një ditë shumë e trishtë.", "Lexo edhe",
           "Uragani Rosa do të sjellë shira të dendur në jugperëndim",
           ["Uragani Rosa po dobësohet ndërsa lëviz mbi ujërat më të ftohta të Paqësorit.",
            "Megjithatë ai do të sjellë shira të dendur në Arizona, Nevada dhe Utah në ditët në vijim.",
            "Parashikuesit presin që stuhia të kthehet drejt veriut të dielën."]),
}


def _short_page(lang: str) -> list[str]:
    """The portal's page of a short article in ``lang`` with the teaser of another story under it."""
    ui = LANGS[lang]
    headline, text, label, other, sentences = SHORT[lang]
    lines = [*ui["live"], ui["site"], *ui["menu"], "", ui["section"], headline, ui["date"], ui["watch"], "02:42", ui["credit"], "",
             text, "", label, other, ""]
    for sentence in sentences:
        lines += [sentence, ""]
    return [*lines, " ".join(ui["tools"]), "", *ui["related"], "", *ui["footer"], f"© 2018 {ui['site']}"]


@pytest.mark.parametrize("lang", ["en", "ar", "sq"])
def test_short_article_under_a_headline_with_its_full_stop(lang: str) -> None:
    headline, text, _, _, _ = SHORT[lang]
    article = clean_lines(_short_page(lang))
    assert article.status == "ok"
    assert article.title == headline
    assert body_texts(article) == [text]


@pytest.mark.parametrize("lang", ["en", "ar", "sq"])
def test_list_of_dated_headlines_with_full_stops_over_the_article_reads_as_before(lang: str) -> None:
    """Other stories' headlines ending in a full stop, each over its date, above the page's own
    headline and article: the article is the page's own, not a short sentence under the list."""
    ui = LANGS[lang]
    headline, text, _, other, sentences = SHORT[lang]
    page = [ui["site"], *ui["menu"], "", f"{other}.", ui["date"], f"{headline}", ui["date"], "", ui["headline"], ui["date"], "",
            *[x for p in ui["prose"] for x in (p, "")], *ui["footer"]]
    article = clean_lines(page)
    assert article.title == ui["headline"]
    assert body_texts(article) == ui["prose"]


RUN_ON = {
    # a report whose text lost its spaces (a copy through a broken font): its headline, then its lead without a full stop
    "ar": ("طلابجامعةهارفارديتلقون دورةعنالنوم",
           "جعلتالدورةالجديدةفيجامعةهارفاردجميعطلابهاينامون أكثرفيمحاولةللقضاء علىثقافةالسهرالليلي المصحوب بالقهوة والمنبهات"),
    "en": ("Harvarduniversitystudents takeaclassonsleep",
           "ThenewcourseatHarvarduniversity ismakingallofitsstudents sleepmoreinabidtoend theculture oflatenights"),
}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_run_on_headline_over_its_run_on_lead(lang: str) -> None:
    ui = LANGS[lang]
    headline, lead = RUN_ON[lang]
    page = [ui["site"], *ui["menu"], "", ui["section"], headline, ui["date"], f"Updated: {ui['date']}", "", lead,
            *ui["prose"], "", *ui["footer"]]
    article = clean_lines(page)
    assert article.title == headline
    assert body_texts(article) == [lead, *ui["prose"]]


def test_run_on_overlap_needs_glued_words_on_both_sides() -> None:
    from translate_summarize.clean import _run_on_overlap

    assert _run_on_overlap(*RUN_ON["ar"])
    assert not _run_on_overlap("Harvard students take a class on sleep", "The new course at Harvard university makes students sleep")
    assert not _run_on_overlap(RUN_ON["ar"][0], "جعلتالدورةالجديدةفيجامعةأكسفوردجميعطلابهاينامون أكثر")
