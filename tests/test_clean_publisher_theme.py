"""An outlet's article on a WordPress site with BetterStudio's "Publisher" theme (2018; its strings
translated in Arabic through the theme's panel, the English ones kept on Albanian sites), copied
from the page: the top bar with the reader's date and "Login / Register", the logo, the menu, the
breadcrumb with "»", the category badge, the headline, the post's meta ("By <author>", "On <date>",
"Last updated <later date>": one a line or run together on one line), the counters and share
labels, the body with the inline "You might also like" box of other headlines between paragraphs,
tags, "Prev Post" / "Next Post" and the comment form. Guards: ordinary pages where the same words
or shapes are article text read as before."""

from __future__ import annotations

from page_texts import body_texts, clean_lines
from test_clean_wordpress_com import SQ_BODY, SQ_HEADLINE
from translate_summarize.boilerplate import analyse

SQ_TOP = ["E premte, 5 tetor 2018 Login / Register", "Gazeta e Liqenit", "Ballina Lajme Politikë Ekonomi Sport", "",
          "Home » Lajme » Ekonomi", "Ekonomi"]
SQ_META = "By Arta Berisha On shtator 29, 2018 Last updated tetor 2, 2018"
SQ_META_EN = "By Arta Berisha On Sep 29, 2018 Last updated Oct 2, 2018"
SQ_UNDER = ["12 Shares 1.4K Views", "Share Facebook Twitter Google+ ReddIt", ""]
SQ_FOOTER = ["", "Tags Ekonomi peshkut", "Share Facebook Twitter Google+ ReddIt", "Prev Post",
             "Policia arreston dy persona pas një aksidenti në autostradë", "Next Post",
             "Ylli i filmit kthehet në qytetin e tij të lindjes", "", "Leave A Reply", "Cancel Reply",
             "Your email address will not be published.", "Post Comment", "",
             "© 2018 - Gazeta e Liqenit. All Rights Reserved."]

AR_HEADLINE = "افتتاح سوق جديد للسمك على ضفة البحيرة"
AR_BODY = [
    "قال رئيس البلدية يوم السبت إن السوق الجديد سيمنح الصيادين مكانا مسقوفا لبيع أسماكهم.",
    "وكان الصيادون يبيعون السمك حتى الآن على جانب الطريق من دون ماء جار أو تبريد.",
    "وبلغت كلفة البناء نحو مليوني يورو تقاسمتها البلدية وصندوق أوروبي.",
]
AR_TOP = ["الجمعة، 5 أكتوبر 2018 تسجيل الدخول / التسجيل", "أخبار البحيرة", "الرئيسية أخبار سياسة اقتصاد رياضة", "",
          "الرئيسية » أخبار » اقتصاد", "اقتصاد"]
AR_META = "بواسطة سلمى يوسف في سبتمبر 29, 2018 آخر تحديث أكتوبر 2, 2018"
AR_UNDER = ["12 مشاركة 1.4K مشاهدة", "شارك فيسبوك تويتر جوجل + ريديت", ""]
AR_FOOTER = ["", "الوسوم اقتصاد السمك", "المقال السابق", "الشرطة تعتقل شخصين بعد حادث على الطريق السريع",
             "المقال التالي", "طلاب يتلقون دروسا في الراحة", "", "اترك رد", "إلغاء الرد",
             "لن يتم نشر عنوان بريدك الإلكتروني.", "إرسال التعليق", "", "© 2018 - أخبار البحيرة. جميع الحقوق محفوظة."]

EN_HEADLINE = "New fish market opens on the lake shore"
EN_BODY = [
    "The mayor said on Saturday that the new market will give fishermen a covered place to sell their catch.",
    "Until now the fishermen sold their fish by the road, without running water or cooling.",
    "The building cost about two million euros, shared between the town and a European fund.",
]
EN_META = "By Anna Smith On Sep 29, 2018 Last updated Oct 2, 2018"


def _dateish(text: str) -> bool:
    return analyse(text)[0].dateish


# ---------------------------------------------------------------- the post's meta run together as a byline


def test_byline_meta_run_together_is_a_date_line() -> None:
    """"By <name> On <date> Last updated <date>" on one line: a byline and its dates, no sentence."""
    assert _dateish(SQ_META)
    assert _dateish(SQ_META_EN)
    assert _dateish(AR_META)
    assert _dateish(EN_META)
    assert _dateish("Nga Arta Berisha Më 29 shtator 2018 Përditësuar 2 tetor 2018")


def test_sentence_opening_with_by_and_a_date_is_no_date_line() -> None:
    """Guard: a sentence or a headline that opens with "By" and holds "on <date>" is text."""
    assert not _dateish("By Monday on October 1, 2018 the vote was over and the council went home")
    assert not _dateish("By Friday the Council voted On October 1, 2018 to close the old market for good.")
    assert not _dateish("Nga Tirana në 1 tetor 2018 u nis karvani i parë drejt bregdetit të jugut")
    assert not _dateish("بواسطة الحافلات في 1 أكتوبر 2018 وصل مئات الطلاب إلى العاصمة لأول مرة")


def test_byline_meta_run_together_is_no_body_and_dates_the_article() -> None:
    """Under the headline the run-together byline is neither the headline's lower half nor a lead
    paragraph, and its first date (the author's "On", not "Last updated" nor the reader's date in
    the top bar) is the article's."""
    for meta in (SQ_META, SQ_META_EN):
        article = clean_lines([*SQ_TOP, SQ_HEADLINE, meta, *SQ_UNDER, *SQ_BODY, *SQ_FOOTER])
        assert article.title == SQ_HEADLINE
        assert body_texts(article) == SQ_BODY
        assert article.published == "2018-09-29"
    article = clean_lines([*AR_TOP, AR_HEADLINE, AR_META, *AR_UNDER, *AR_BODY, *AR_FOOTER])
    assert article.title == AR_HEADLINE
    assert body_texts(article) == AR_BODY
    assert article.published == "2018-09-29"
    en_top = ["Friday, October 5, 2018 Login / Register", "Lake Times", "Home News Politics Business Sport", "",
              "Home » News » Business", "Business"]
    article = clean_lines([*en_top, EN_HEADLINE, EN_META, *SQ_UNDER, *EN_BODY, *SQ_FOOTER[:-1], "© 2018 - Lake Times. All Rights Reserved."])
    assert article.title == EN_HEADLINE
    assert body_texts(article) == EN_BODY
    assert article.published == "2018-09-29"


def test_ordinary_byline_and_date_read_as_before() -> None:
    """Guard: an ordinary page with the byline and the date one a line reads the same headline,
    body and date."""
    article = clean_lines(["Gazeta e Liqenit", "Ballina Lajme Politikë", SQ_HEADLINE, "Nga Arta Berisha",
                           "29 shtator 2018", "", *SQ_BODY])
    assert article.title == SQ_HEADLINE
    assert body_texts(article) == SQ_BODY
    assert article.published == "2018-09-29"


# ---------------------------------------------------------------- the inline "You might also like" box


AR_SHORT_HEADLINE = "تجمع انتخابي للرئيس في مدينة الساحل"
AR_LEAD = [
    "تحدث الرئيس مساء الخميس أمام آلاف المؤيدين عن أهمية المشاركة في الانتخابات البلدية المقبلة.",
    "وقال إن الحملة ستزور عشر مدن قبل نهاية الشهر.",
]
AR_BOX = ["قد يعجبك ايضا", "اصطدام قطار بشاحنة عند معبر للسكك الحديدية في الشمال",
          "مهرجان الموسيقى يعود إلى العاصمة بعد غياب ثلاث سنوات"]
AR_REST = [
    "وأضاف أن الانتخابات البلدية ستكون اختبارا مهما للحكومة، وأن أهمية كل صوت لا تقل عن أهمية الانتخابات العامة.",
    "ودعا المؤيدين إلى إقناع جيرانهم بالتسجيل في القوائم قبل انتهاء المهلة يوم الاثنين المقبل في كل المدن.",
    "وانتقد المعارضة قائلا إنها لا تقدم برنامجا للناخبين سوى الشكوى من الحكومة ومن الوزراء.",
]


def _ar_page(lead: list[str], box: list[str], rest: list[str]) -> list[str]:
    return [*AR_TOP, AR_SHORT_HEADLINE, "بواسطة سلمى يوسف", "في سبتمبر 29, 2018", *AR_UNDER,
            *_parted(lead), *box, "", *_parted(rest), *AR_FOOTER]


def _parted(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in (p, "")]


def test_article_goes_on_under_the_inline_box_after_a_short_lead() -> None:
    """Two short paragraphs, the theme's "You might also like" box of several headlines, and the
    rest of the article sharing the lead's words (not yet the title's, nor words found twice
    above the box): the article goes on under the box."""
    article = clean_lines(_ar_page(AR_LEAD, AR_BOX, AR_REST))
    assert article.title == AR_SHORT_HEADLINE
    assert body_texts(article) == [*AR_LEAD, *AR_REST]


def test_resumed_article_runs_over_a_pull_quote_and_a_paragraph_without_its_full_stop() -> None:
    """Under the box the article runs on over a pull quote repeating its sentence and over a long
    paragraph that lost its full stop."""
    quote = "«إن أهمية كل صوت لا تقل عن أهمية الانتخابات العامة»"
    quoted = "وأضاف أن الانتخابات البلدية ستكون اختبارا مهما للحكومة، إن أهمية كل صوت لا تقل عن أهمية الانتخابات العامة."
    unpunctuated = ("وقال مسؤول في الحملة إن الرئيس سيعود إلى المدينة في نهاية الشهر لحضور لقاء مع ممثلي النقابات والجمعيات "
                    "المحلية وإن برنامج الزيارة سيشمل جولة في الميناء الجديد ولقاء مع الصيادين الذين طالبوا بدعم الدولة لهم بعد موسم صعب")
    rest = [quoted, quote, unpunctuated, AR_REST[2]]
    article = clean_lines(_ar_page(AR_LEAD, AR_BOX, rest))
    assert body_texts(article) == [*AR_LEAD, quoted, unpunctuated, AR_REST[2]]


def test_inline_box_in_albanian_and_english_keeps_the_article_going() -> None:
    """The same box with the theme's English label on an Albanian page and an English one."""
    box = ["You might also like", "Policia arreston dy persona pas një aksidenti në autostradë",
           "Ylli i filmit kthehet në qytetin e tij të lindjes"]
    rest = ["Peshkatarët thanë se tregu do t'u kursejë orë të tëra pritjeje në rrugë gjatë verës.",
            "Ndërtimi kushtoi rreth dy milionë euro, të ndara mes komunës dhe një fondi evropian."]
    page = [*SQ_TOP, SQ_HEADLINE, "By Arta Berisha", "On shtator 29, 2018", *SQ_UNDER, *_parted(SQ_BODY[:2]), *box, "",
            *_parted(rest), *SQ_FOOTER]
    assert body_texts(clean_lines(page)) == [*SQ_BODY[:2], *rest]
    en_lead = ["The president spoke to thousands of supporters on Thursday about the local elections next month.",
               "He said the campaign would visit ten towns before the end of the month."]
    en_rest = ["He added that the local elections would test the government and that every vote counted.",
               "He urged supporters to register their neighbours before the deadline on Monday."]
    en_box = ["You might also like", "Train hits a lorry at a level crossing in the north", "Music festival returns to the capital"]
    page = ["Friday, October 5, 2018 Login / Register", "Lake Times", "Home News Politics Business Sport", "",
            "Home » News » Politics", "Politics", "President holds a rally in the coastal town", "By Anna Smith",
            "On Sep 29, 2018", *SQ_UNDER, *_parted(en_lead), *en_box, "", *_parted(en_rest), *SQ_FOOTER]
    assert body_texts(clean_lines(page)) == [*en_lead, *en_rest]


def test_related_list_over_another_storys_text_is_still_left_out() -> None:
    """Guard: under the article, "You might also like" over several headlines and sentences of
    another story (none of the article's words) is no part of the article (an advertisement's one
    sentence under such a list: redteam12's ``related_box_then_ad_then_other_story_en``)."""
    other = ["اصطدم قطار بشاحنة عند معبر للسكك الحديدية في الشمال صباح الأحد.",
             "ونقل السائق إلى المستشفى بعد إصابته بجروح طفيفة، بحسب الدفاع المدني."]
    article = clean_lines(_ar_page([*AR_LEAD, *AR_REST], AR_BOX, other))
    assert body_texts(article) == [*AR_LEAD, *AR_REST]


# ---------------------------------------------------------------- the share row, the source and via fields, the tags run together


def test_arabic_share_row_with_translated_networks_is_a_share_row() -> None:
    """The theme's share labels in Arabic run together, "جوجل +", "ريديت", "بينتيريست" and
    "البريد الإلكتروني" among them."""
    line = analyse("شارك فيسبوك تويتر جوجل + ريديت واتساب بينتيريست البريد الإلكتروني")[0]
    assert (line.family, line.action) == ("share", "skip")


def test_sentence_naming_networks_is_no_share_row() -> None:
    """Guard: a sentence or a headline naming the networks is text."""
    for text in ("شارك على فيسبوك جوجل تعلن عن هاتف جديد", "جوجل", "ريديت",
                 "شارك ناشطون على فيسبوك وتويتر صور الفيضانات في المدينة."):
        assert analyse(text)[0].family is None


def test_source_and_via_fields_and_tags_run_together_close_the_article() -> None:
    """"Source X Via Y" and "Tags ..." run together under the text are no body line."""
    for tail in (["Source Media të huaja Via Gazeta e Liqenit"], ["Tags Ekonomi Rajoni dhe bota peshkut"]):
        page = [*SQ_TOP, SQ_HEADLINE, SQ_META, *SQ_UNDER, *_parted(SQ_BODY), *tail, *SQ_FOOTER[2:]]
        assert body_texts(clean_lines(page)) == SQ_BODY
    for tail in (["المصدر وكالات عبر أخبار البحيرة"], ["الوسوم اقتصاد دولي السمك"]):
        page = [*AR_TOP, AR_HEADLINE, AR_META, *AR_UNDER, *_parted(AR_BODY), *tail, *AR_FOOTER[2:]]
        assert body_texts(clean_lines(page)) == AR_BODY


def test_sentences_opening_with_source_or_tags_are_text() -> None:
    """Guard: a headline or a sentence opening with "Source", "المصدر" or "Tags" is no marker."""
    for text in ("Source of the leak via WhatsApp", "Tags worn by cattle help farmers track their herds",
                 "المصدر الرئيسي عبر الحدود الشمالية للبلاد هو التهريب.", "Tags on the new price list, 2018 edition",
                 "Burimi i ujit përmes tubacionit të ri u hap sot"):
        assert analyse(text)[0].family is None, text
    page = [*SQ_TOP, SQ_HEADLINE, SQ_META, *SQ_UNDER, *_parted(SQ_BODY), "Source of the leak via WhatsApp, the police said.",
            *SQ_FOOTER[2:]]
    assert body_texts(clean_lines(page)) == [*SQ_BODY, "Source of the leak via WhatsApp, the police said."]


SQ_LEAD = SQ_BODY[:2]
SQ_BOX = ["You might also like", "Policia arreston dy persona pas një aksidenti në autostradë",
          "Ylli i filmit kthehet në qytetin e tij të lindjes"]
SQ_REST = ["Peshkatarët thanë se tregu do t'u kursejë orë të tëra pritjeje në rrugë gjatë verës.",
           "Ndërtimi kushtoi rreth dy milionë euro, të ndara mes komunës dhe një fondi evropian."]


def test_short_sentence_right_under_the_box_is_the_articles() -> None:
    """On a page that parts its paragraphs by no blank line, a short sentence right under the box's
    headlines (the end of a quotation: "Blini peshk të freskët.”") and over the article's next
    sentence is the article's own paragraph."""
    short = "“Blini peshk të freskët.”"
    page = [*SQ_TOP, SQ_HEADLINE, SQ_META, *SQ_UNDER, *SQ_LEAD, *SQ_BOX, short, *SQ_REST, "", *SQ_FOOTER[2:]]
    assert body_texts(clean_lines(page)) == [*SQ_LEAD, short, *SQ_REST]


def test_list_item_ending_in_a_full_stop_set_apart_stays_the_lists() -> None:
    """Guard: on a page that parts its paragraphs by blank lines, a list's last headline ending in
    a full stop, a blank line under it, is the list's, the article going on under it."""
    item = "Ylli i filmit kthehet në qytetin e tij të lindjes."
    page = [*SQ_TOP, SQ_HEADLINE, SQ_META, *SQ_UNDER, *_parted(SQ_LEAD), *SQ_BOX, item, "", *_parted(SQ_REST), *SQ_FOOTER[2:]]
    assert body_texts(clean_lines(page)) == [*SQ_LEAD, *SQ_REST]

