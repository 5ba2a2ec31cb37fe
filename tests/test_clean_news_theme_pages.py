"""An outlet's article page on a WordPress news theme (Jegtheme's JNews, 2018; tagDiv's Newspaper
and others print alike), copied from the page: the logo's text under the top bar, the breadcrumb
run together ("Home Lajme Sport"), the headline and its standfirst, the post's meta on one line
("by <author> <date> in <section>"), the share bar with its counters run together ("50 SHARES
1948 VIEWS Share on Facebook Share on Twitter"), "ADVERTISEMENT" and the inline "Related Posts"
box between paragraphs, the "Stay Connected" counters ("12.3k Fans" / "Like"), the footer's
"about" sentence and the theme's stock credit ("© 2018 JNews - Premium WordPress news & magazine
theme by Jegtheme."). Guards: ordinary pages where the same words or shapes are the article's or
the outlet's own read as before."""

from __future__ import annotations

from page_texts import title_and_body_lines as _texts, clean_lines as _cleaned
from translate_summarize.boilerplate import analyse, marker_family, meta_line
from translate_summarize.metadata import find_outlet, theme_credit


SQ_TOP = ["e martë, 2 tetor 2018", "Rreth nesh Marketing Privatësia Kontakt Login", "Faktori Online",
          "Kreu Lajme Politikë Ekonomi Bota Sport", "No Result", "View All Result", ""]
SQ_HEADLINE = "Evropa kryeson 10-6 ndërsa shkon drejt ditës finale të Kupës Ryder"
SQ_META = ["by Blerta Dervishi 29 shtator 2018 in Sport", "Reading Time: 2 mins read", "0",
           "47 SHARES 3088 VIEWS Share on Facebook Share on Twitter", ""]
SQ_BODY = [
    "Evropa ka një avantazh të madh në ditën finale të Kupës Ryder pas lojërave të së shtunës në Paris, ku lojtarët "
    "evropianë fituan tri nga katër ndeshjet e pasdites dhe e çuan diferencën në katër pikë para ndeshjeve teke.",
    "Ekipi amerikan tregoi më shumë rezistencë në lojërat e pasdites, duke fituar dy ndeshje me radhë, por nuk e "
    "zvogëloi dot diferencën që Evropa kishte krijuar në mëngjes në fushën e golfit Le Golf National.",
    "Kapiteni evropian tha se lojtarët e tij do të luajnë ndeshjet teke të dielën me të njëjtin vullnet dhe se "
    "askush në ekip nuk e konsideron fitoren të sigurt para se të mbyllet edhe ndeshja e fundit e ditës.",
    "Kupa Ryder fitohet nga ekipi që mbledh i pari 14.5 pikë në tri ditët e garës, ndërsa në rast barazimi "
    "trofeun e mban ekipi që e kishte fituar në edicionin e kaluar, këtë herë Shtetet e Bashkuara.",
]
SQ_FOOTER = ["", "Tags:", "Sport", "Share 3 Tweet 1", "Previous Post", "Kosova fiton në Tiranë", "",
             "Stay Connected", "17.5k Followers", "Follow", "",
             "Faktori Online është portal informativ që sjell lajmet më të fundit nga Shqipëria, Kosova dhe bota.",
             "Rreth nesh Marketing Privatësia Kontakt",
             "© 2018 JNews - Premium WordPress news & magazine theme by Jegtheme."]

AR_TOP = ["الثلاثاء، 2 أكتوبر 2018", "من نحن", "أعلن معنا", "سياسة الخصوصية", "اتصل بنا", "تسجيل الدخول", "الساحة نيوز",
          "الرئيسية أخبار سياسة اقتصاد رياضة", ""]
AR_HEADLINE = "ارتفاع عدد الوفيات جراء تسونامي إندونيسيا إلى 832"
AR_META = ["بواسطة سارة العلي 30 سبتمبر 2018 في عربي ودولي", "وقت القراءة: 2 دقائق قراءة", "12",
           "56 مشاركات 1932 مشاهدات شارك على فيسبوك شارك على تويتر", ""]
AR_BODY = [
    "قالت هيئة مكافحة الكوارث في إندونيسيا يوم الأحد إن عدد الوفيات جراء الزلزال والتسونامي ارتفع إلى 832.",
    "وقال المتحدث باسم الهيئة في مؤتمر صحفي إن كثيرين ما زالوا تحت أنقاض المباني التي سقطت في مدينة بالو.",
]
AR_FOOTER = ["", "الوسوم: عربي ودولي إندونيسيا", "شارك 19", "غرد 4", "", "ابق على تواصل", "40.6k متابع", "تابع", "",
             "الساحة نيوز موقع إخباري مستقل ينقل إليكم آخر الأخبار المحلية والعربية والدولية على مدار الساعة.",
             "© 2018 JNews - قالب ووردبريس إخباري ومجلات متميز من Jegtheme."]


def _line(text: str):
    return analyse(text)[0]


# ---------------------------------------------------------------- the theme's furniture


def test_theme_credit_names_no_outlet() -> None:
    """The theme's stock footer names the theme; a site's own notice with a separate credit, or a
    site whose name holds the word, names the site."""
    assert theme_credit("© 2018 JNews - Premium WordPress news & magazine theme by Jegtheme.")
    assert theme_credit("© 2018 JNews - قالب ووردبريس إخباري ومجلات متميز من Jegtheme.")
    assert not theme_credit("© 2018 Faktori Online. Theme by Jegtheme.")
    assert not theme_credit("© Tema Online")
    assert not theme_credit("© 2018 Faktori Online - Të gjitha të drejtat e rezervuara.")


def test_logo_and_footer_about_sentence_name_the_outlet() -> None:
    """With the theme's credit as the only copyright line and its social counters over "Follow",
    the outlet is the logo's name that opens the footer's "about" sentence."""
    assert _cleaned([*SQ_TOP, SQ_HEADLINE, *SQ_META, *SQ_BODY, *SQ_FOOTER]).outlet == "Faktori Online"
    assert _cleaned([*AR_TOP, AR_HEADLINE, *AR_META, *AR_BODY, *AR_FOOTER]).outlet == "الساحة نيوز"


def test_meta_line_is_a_byline() -> None:
    """The post's meta run together on one line is a byline: never the headline's lower half, and
    its date is the article's (not the reader's date in the top bar)."""
    assert meta_line("by Blerta Dervishi 29 shtator 2018 in Sport")
    assert meta_line("بواسطة سارة العلي 30 سبتمبر 2018 في عربي ودولي")
    assert meta_line("by Mimoza Gashi October 1, 2018 in Kronikë")
    article = _cleaned([*AR_TOP, AR_HEADLINE, *AR_META, *AR_BODY, *AR_FOOTER])
    assert (article.title, article.published) == (AR_HEADLINE, "2018-09-30")
    assert [p.text for p in article.paragraphs] == AR_BODY


def test_share_bar_with_counters_is_a_share_row() -> None:
    assert marker_family("47 SHARES 3088 VIEWS Share on Facebook Share on Twitter") == ("share", "skip")
    assert marker_family("56 مشاركات 1932 مشاهدات شارك على فيسبوك شارك على تويتر") == ("share", "skip")


def test_breadcrumb_run_together_is_a_crumb() -> None:
    """"Home Lajme Sport" over the headline is the breadcrumb, the headline under it the title."""
    assert _line("Home Lajme Sport").crumb
    assert _line("الرئيسية أخبار فن ومشاهير").crumb
    page = [*SQ_TOP, "Home Lajme Sport", SQ_HEADLINE, *SQ_META, *SQ_BODY, *SQ_FOOTER]
    assert _texts(page) == (SQ_HEADLINE, SQ_BODY)


def test_standfirst_longer_than_headline_is_not_its_lower_half() -> None:
    headline = "Vullkani Popocatepetl zgjohet sërish"
    standfirst = "Hiri nga vullkani ka arritur deri në lagjet jugore të kryeqytetit dhe autoritetet paralajmërojnë banorët"
    page = [*SQ_TOP, headline, standfirst, *SQ_META, *SQ_BODY, *SQ_FOOTER]
    assert _texts(page) == (headline, [standfirst, *SQ_BODY])


def test_related_box_inside_article_then_the_article_goes_on() -> None:
    """The inline "Related Posts" box (its last headline ending in a full stop) and an
    "ADVERTISEMENT" label between paragraphs: the article goes on under both."""
    box = ["", "Related Posts", "Kosova fiton në Tiranë",
           "Ministri i Jashtëm i Koresë së Veriut tha se vendi i tij nuk do të çarmatoset i pari.", ""]
    page = [*SQ_TOP, SQ_HEADLINE, *SQ_META, SQ_BODY[0], "", SQ_BODY[1], *box, SQ_BODY[2], "", "ADVERTISEMENT", "",
            SQ_BODY[3], *SQ_FOOTER]
    assert _texts(page) == (SQ_HEADLINE, SQ_BODY)


def test_article_last_sentence_alone_under_box() -> None:
    """One sentence of the article under the box, the page's tags under it, is the article's end."""
    box = ["", "ADVERTISEMENT", "", "Related Posts", "Kosova fiton në Tiranë", "Rama takon ambasadorët në Tiranë", ""]
    page = [*SQ_TOP, SQ_HEADLINE, *SQ_META, *SQ_BODY[:3], *box, SQ_BODY[3], *SQ_FOOTER]
    assert _texts(page) == (SQ_HEADLINE, SQ_BODY)


# ---------------------------------------------------------------- guards: ordinary pages


def test_guard_followers_count_over_follow_is_no_outlet() -> None:
    """A theme's "17.5k Followers" over "Follow" names nobody; a publication's header does."""
    lines = ["Koha Ditore", "Follow", "", SQ_HEADLINE, "", *SQ_BODY, "17.5k Followers", "Follow"]
    body = frozenset(range(6, 6 + len(SQ_BODY)))
    assert find_outlet(lines, body=body, title=SQ_HEADLINE) == "Koha Ditore"


def test_guard_top_word_opening_an_ordinary_footer_sentence() -> None:
    """A menu word atop the page opening a sentence under the article that calls nothing a site
    names no outlet; the site's own copyright line still does."""
    page = ["Kosova", "Bota", "", SQ_HEADLINE, "", *SQ_BODY, "",
            "Kosova dhe Shqipëria do të luajnë ndeshjen e radhës në Prishtinë më 14 tetor.",
            "© 2018 Gazeta Sport - Të gjitha të drejtat e rezervuara."]
    assert _cleaned(page).outlet == "Gazeta Sport"


def test_guard_by_line_headline_and_meta() -> None:
    """A headline opening with "By" and a year, or a sentence, is no meta line."""
    assert not meta_line("By 2030 half of Europe's cars will run on electricity")
    assert not meta_line("by the minister on 3 March 2025, would change the law.")
    assert not meta_line("by Arta Berisha")


def test_guard_headline_opening_with_home_and_a_word() -> None:
    assert not _line("Home Secretary quits over visa row").crumb
    assert not _line("Kreu Kurti takon ambasadorët").crumb


def test_guard_wrapped_headline_halves_still_join() -> None:
    """A headline wrapped over two lines of like length is still one title."""
    upper, lower = "Shqipëria dhe Kosova nënshkruajnë marrëveshjen", "për tregun e përbashkët të energjisë"
    page = ["Gazeta Sport", "", upper, lower, "", *SQ_BODY]
    assert _texts(page) == (f"{upper} {lower}", SQ_BODY)


def test_guard_short_sentence_after_related_box_stays_body() -> None:
    """An article's own short sentence set apart under a "Related" box (sharing no words with the
    rest) is the article's, not the list's last headline."""
    box = ["", "Related Posts", "Kosova fiton në Tiranë", "Rama takon ambasadorët në Tiranë", ""]
    tail = "Një zëdhënës i federatës nuk pranoi të komentojë për gazetarët që e prisnin jashtë sallës."
    page = [*SQ_TOP, SQ_HEADLINE, *SQ_META, *SQ_BODY[:2], *box, tail, "", *SQ_BODY[2:], *SQ_FOOTER]
    assert _texts(page) == (SQ_HEADLINE, [*SQ_BODY[:2], tail, *SQ_BODY[2:]])


def test_english_theme_pages_read_alike() -> None:
    """The theme's English strings and an English site: the same rules."""
    assert meta_line("by Ana Smith September 29, 2018 in Politics")
    assert _line("Home News World").crumb
    assert marker_family("12 SHARES 340 VIEWS Share on Facebook Share on Twitter") == ("share", "skip")
    body = [
        "The city council on Tuesday approved a budget of 40 million euros for public transport, the mayor said after a "
        "long session in which the opposition asked for more money for the council's suburbs and its night buses.",
        "Most of the money will pay for 120 electric buses and for new bus lanes on the main roads of the city, which "
        "the council says will cut the time of a trip across the centre by a quarter before the end of next year.",
    ]
    page = ["Tuesday, October 2, 2018", "About Advertise Privacy Contact Login", "Harbour Daily", "Home News World Sport",
            "", "Home News World", "City council approves a new budget for public transport",
            "by Ana Smith September 29, 2018 in News", "Reading Time: 2 mins read", "3",
            "12 SHARES 340 VIEWS Share on Facebook Share on Twitter", "", *body, "", "Tags:", "Transport",
            "Stay Connected", "12.3k Fans", "Like", "",
            "Harbour Daily is an independent news site covering the city and the region since 2009.",
            "© 2018 JNews - Premium WordPress news & magazine theme by Jegtheme."]
    article = _cleaned(page)
    assert (article.title, article.published, article.outlet) == (
        "City council approves a new budget for public transport", "2018-09-29", "Harbour Daily")
    assert [p.text for p in article.paragraphs] == body
