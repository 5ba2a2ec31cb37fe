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
from translate_summarize.boilerplate import analyse

SQ_HEADLINE = "Tregu i ri i peshkut hapet në bregun e liqenit"
SQ_BODY = [
    "Kryetari i komunës tha të shtunën se tregu i ri do t'u japë peshkatarëve një vend të mbuluar për shitjen.",
    "Deri tani peshkatarët e shitnin peshkun në rrugë, pa ujë të rrjedhshëm dhe pa ftohje.",
    "Ndërtimi kushtoi rreth dy milionë euro, të ndara mes komunës dhe një fondi evropian.",
    "Tregtarët thanë se presin më shumë blerës gjatë verës, kur qyteti mbushet me pushues.",
]
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
