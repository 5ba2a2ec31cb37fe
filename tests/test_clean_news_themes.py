"""An outlet's article on a WordPress news theme (TieLabs' "Jannah", the theme many Arabic news sites
bought in 2018; Albanian sites keep its English strings), copied from the page: the top bar with the
reader's date and "Sign in" / "Random Article" / "Sidebar" / "Search for", the logo, the menu, the
"Breaking News" ticker, the breadcrumb, the headline, the post's meta (author, date, "Last Updated:"
and a later date, the comment count, "n minutes read": one a line or run together on one line), the
share labels, the body with a "Related Articles" / "Read also" box of other headlines between its
paragraphs, tags, related articles with dates and "جميع الحقوق محفوظة لموقع <site> © 2018". Guards:
ordinary pages where the same words or shapes are article text read as before."""

from __future__ import annotations

from page_texts import clean_page, title_and_body_lines as _texts
from translate_summarize.boilerplate import analyse
from translate_summarize.metadata import copyright_name

HEADLINE = "Tregu i ri i peshkut hapet në bregun e liqenit"
BODY = [
    "Kryetari i komunës tha të shtunën se tregu i ri do t'u japë peshkatarëve një vend të mbuluar për shitjen.",
    "Deri tani peshkatarët e shitnin peshkun në rrugë, pa ujë të rrjedhshëm dhe pa ftohje.",
    "Ndërtimi kushtoi rreth dy milionë euro, të ndara mes komunës dhe një fondi evropian.",
    "Tregtarët thanë se presin më shumë blerës gjatë verës, kur qyteti mbushet me pushues.",
]
TOP = ["Friday, October 5, 2018", "Sign in Random Article Sidebar Search for", "Gazeta e Liqenit",
       "Ballina", "Lajme", "Politikë", "Ekonomi", "Breaking News",
       "Policia arreston dy persona pas një aksidenti në autostradë", "Ylli i filmit kthehet në qytetin e tij të lindjes", ""]
META_SQ = "Arta Berisha September 29, 2018 Last Updated: October 2, 2018 6 Comments 1 minutes read"
SHARE = "Facebook Twitter WhatsApp Telegram Share via Email Print"
FOOTER = ["", "Tags", "Ekonomi", "peshkut", "Related Articles", "Studentët marrin leksione se si të pushojnë",
          "September 27, 2018", "", "Check Also", "Hajdutët vjedhin para nga një bankomat", "Close",
          "© Copyright 2018, All Rights Reserved | Gazeta e Liqenit", "Back to top button"]

AR_HEADLINE = "افتتاح سوق جديد للسمك على ضفة البحيرة"
AR_BODY = [
    "قال رئيس البلدية يوم السبت إن السوق الجديد سيمنح الصيادين مكانا مسقوفا لبيع أسماكهم.",
    "وكان الصيادون يبيعون السمك حتى الآن على جانب الطريق من دون ماء جار أو تبريد.",
    "وبلغت كلفة البناء نحو مليوني يورو تقاسمتها البلدية وصندوق أوروبي.",
]
AR_TOP = ["الجمعة، 5 أكتوبر 2018", "تسجيل الدخول مقال عشوائي القائمة الجانبية بحث عن", "أخبار البحيرة",
          "الرئيسية", "سياسة", "اقتصاد", "أخبار عاجلة", "الشرطة تعتقل شخصين بعد حادث على الطريق السريع", ""]
AR_META = "سلمى يوسف 29 سبتمبر 2018 آخر تحديث: 2 أكتوبر 2018 3 تعليق 1 دقائق قراءة"
AR_FOOTER = ["", "الوسوم", "اقتصاد", "مقالات ذات صلة", "طلاب يتلقون دروسا في الراحة", "27 سبتمبر 2018", "",
             "جميع الحقوق محفوظة لموقع أخبار البحيرة © 2018", "زر الذهاب إلى الأعلى"]

EN_HEADLINE = "New fish market opens on the lake shore"
EN_META = "Anna Smith September 29, 2018 Last Updated: October 2, 2018 6 Comments 2 minutes read"


def _dateish(text: str) -> bool:
    return analyse(text)[0].dateish


# ---------------------------------------------------------------- the post's meta run together


def test_meta_line_run_together_is_a_date_line() -> None:
    """The theme's meta spans run together: the name, the dates with their labels, the comment
    count and the reading time, no sentence."""
    assert _dateish(META_SQ)
    assert _dateish(AR_META)
    assert _dateish(EN_META)
    assert _dateish("Arta Berisha September 29, 2018 0 Comments")


def test_meta_line_run_together_is_no_body_and_dates_the_article() -> None:
    """Under the headline the run-together meta line is no lead paragraph, and its first date (the
    author's, not "Last Updated:" nor the reader's date in the top bar) is the article's."""
    page = [*TOP, "Ballina / Ekonomi", HEADLINE, META_SQ, SHARE, "", *BODY, *FOOTER]
    article = clean_page("\n".join(page))
    assert article.title == HEADLINE
    assert [p.text for p in article.paragraphs] == BODY
    assert article.published == "2018-09-29"
    ar = [*AR_TOP, "الرئيسية / اقتصاد", AR_HEADLINE, AR_META, "فيسبوك تويتر واتساب تيلقرام مشاركة عبر البريد طباعة", "", *AR_BODY, *AR_FOOTER]
    article = clean_page("\n".join(ar))
    assert article.title == AR_HEADLINE
    assert [p.text for p in article.paragraphs] == AR_BODY
    assert article.published == "2018-09-29"


def test_sentence_with_a_count_of_comments_is_no_date_line() -> None:
    """Guard: a sentence or a headline that counts comments beside a date is text."""
    assert not _dateish("The council received 6 comments on the plan by October 1, 2018 and will answer them")
    assert not _dateish("Këshilli mori 40 komente për planin deri më 1 tetor 2018 nga banorët e lagjes")
    assert not _dateish("تلقى المجلس 40 تعليقا على الخطة حتى 1 أكتوبر 2018 من سكان الحي الجديد")


def test_byline_with_a_labelled_date_reads_as_before() -> None:
    """Guard: a byline and a labelled date without a comment count ("بقلم: X | نشر في: date - time"
    over a long standfirst) keeps the headline above the standfirst."""
    headline = 'كلام قاسٍ "ثم وقعنا في الحب"'
    standfirst = "لقد مزح بشأن النقد الذي قد يتعرض له من وسائل الإعلام عن التعقيب الذي قد يعتقد البعض بأنه غير منسوب إلى الرئاسة"
    page = ["جريدة الضفاف", "الرئيسية | سياسة | اقتصاد | ثقافة | رياضة | رأي", "شؤون سياسية", headline, standfirst,
            "بقلم: خالد عبد الله | نشر في: 30/09/2018 - 23:55", *AR_BODY]
    title, starts = _texts(page)
    assert title == headline
    assert starts == [standfirst, *AR_BODY]


# ---------------------------------------------------------------- the footer's "for the website <name>"


def test_footer_for_the_website_names_the_logos_outlet() -> None:
    """"جميع الحقوق محفوظة لموقع <name>" (all rights reserved for the website <name>): the outlet is
    the name its logo prints, without the word "website"."""
    ar = [*AR_TOP, "الرئيسية / اقتصاد", AR_HEADLINE, AR_META, "", *AR_BODY, *AR_FOOTER]
    assert clean_page("\n".join(ar)).outlet == "أخبار البحيرة"
    sq = ["Gazeta e Liqenit", "Ballina Lajme Politikë", HEADLINE, "Arta Berisha September 29, 2018", "", *BODY, "",
          "© 2018 Të gjitha të drejtat e rezervuara për portalin Gazeta e Liqenit"]
    assert copyright_name(sq[-1]) == "portalin Gazeta e Liqenit"
    assert clean_page("\n".join(sq)).outlet == "Gazeta e Liqenit"


def test_site_whose_logo_keeps_the_word_keeps_it() -> None:
    """Guard: a site whose logo reads "موقع <name>" is named so, as is one that prints no logo."""
    page = ["موقع البحيرة", "الرئيسية", "اقتصاد", AR_HEADLINE, "سلمى يوسف", "29 سبتمبر 2018", "", *AR_BODY, "",
            "جميع الحقوق محفوظة لموقع البحيرة © 2018"]
    assert clean_page("\n".join(page)).outlet == "موقع البحيرة"
    bare = ["الرئيسية", "اقتصاد", AR_HEADLINE, "سلمى يوسف", "29 سبتمبر 2018", "", *AR_BODY, "",
            "جميع الحقوق محفوظة لموقع البحيرة © 2018"]
    assert clean_page("\n".join(bare)).outlet == "موقع البحيرة"


# ---------------------------------------------------------------- a short article whose lines all fit a terminal's width


SHORT_PAGE = [
    "Friday, October 5, 2018", "Sign in", "Random Article", "Sidebar", "Search for", "Gazeta e Liqenit",
    "Ballina", "Lajme", "Breaking News",
    "Policia përplaset me protestuesit përpara përvjetorit të votimeve për pavarësinë e rajonit",
    "Ylli i serialit duket i vendosur për karrierën e re në industrinë e restoranteve",
    "Hajdutët vjedhin mijëra euro gjatë rimbushjes së një bankomati në qendër të qytetit",
    "", "Ballina / Kronikë", "Aksident rrugor në autostradë: Çiklisti vdes pas përplasjes me makinën",
    "Elira Shehu", "September 30, 2018", "5 Comments", "1 minutes read", "Facebook", "Twitter", "",
    "Një çiklist ka gjetur vdekjen pasi është përplasur me një makinë në autostradën e qytetit.", "",
    "Tags", "Kronikë", "Related Articles", "Ylli i filmit godet sërish në ekranet e kinemave të qytetit",
    "September 28, 2018", "", "© Copyright 2018, All Rights Reserved | Gazeta e Liqenit", "Back to top button",
]


def test_short_article_with_long_headline_lists_is_not_hard_wrapped() -> None:
    """A short article whose lines all fit a terminal's width, under a ticker of long headlines: the
    headlines one under the other are no wrapped paragraph (no break inside a sentence, no wrapped
    run ending in a full stop), so the headline and its one sentence are read."""
    article = clean_page("\n".join(SHORT_PAGE))
    assert article.status == "ok"
    assert article.title == "Aksident rrugor në autostradë: Çiklisti vdes pas përplasjes me makinën"
    assert [p.text for p in article.paragraphs] == [SHORT_PAGE[22]]
    assert article.published == "2018-09-30"


def test_hard_wrapped_paragraphs_still_join() -> None:
    """Guard: a terminal dump's paragraphs wrapped at its width join into one paragraph each, in
    Arabic too, where no capital shows the break: the wrapped runs end in full stops."""
    wrapped_ar = [
        "افتتاح سوق جديد للسمك على ضفة البحيرة بعد ثلاث سنوات من الأعمال",
        "",
        "قال رئيس البلدية يوم السبت إن السوق الجديد سيمنح الصيادين مكانا مسقوفا لبيع",
        "أسماكهم بعد سنوات طويلة من العمل في الشارع دون ماء جار أو تبريد مناسب للأسماك.",
        "",
        "وبلغت كلفة البناء نحو مليوني يورو تقاسمتها البلدية وصندوق أوروبي مخصص للتنمية",
        "الريفية في المنطقة التي يعيش فيها أكثر من عشرين ألف شخص على صيد الأسماك.",
    ]
    article = clean_page("\n".join(wrapped_ar))
    assert [p.text for p in article.paragraphs] == [
        f"{wrapped_ar[2]} {wrapped_ar[3]}", f"{wrapped_ar[5]} {wrapped_ar[6]}",
    ]
    assert [p.source_lines for p in article.paragraphs] == [(3, 4), (6, 7)]


# ---------------------------------------------------------------- the article going on after a box of other headlines


SPORT_HEADLINE = "Aguero kalon përmes gjithë mbrojtjes së Brighton për të shënuar"
SPORT_LEAD = [
    "Sergio Aguero dhe Raheem Sterling i bënë ballë gjithë mbrojtjes së Brighton në fitoren e Manchester City të shtunën.",
    "Aguero shënoi golin e tij në minutën e 65-të dhe e bëri të dukej jashtëzakonisht i lehtë për Manchester City.",
]
SPORT_REST = [
    "Ai çau përmes tre mbrojtësve të Brighton përpara se dilte në fushë të hapur para portierit.",
    "Sterling e shfrytëzoi daljen e tij në zonë për t'ia pasuar topin Agueros, i cili shënoi me të majtën.",
    "Ja çfarë ndodhi.",
    "Aguero e mori topin në gjysmëfushën e Brighton dhe e kaloi Sterling në krahun e majtë.",
    "Sterling avancoi disa hapa përpara se t'ia kthente topin Agueros para portës së Brighton.",
]


def test_short_sentence_after_a_box_does_not_end_the_article() -> None:
    """The article going on after a "Related Articles" box between its paragraphs runs on over a
    short sentence of its own ("Ja çfarë ndodhi." = "Here is what happened.")."""
    page = [*TOP, "Ballina / Sport", SPORT_HEADLINE, "Mimoza Gashi", "September 28, 2018", SHARE, "", *SPORT_LEAD,
            "Related Articles", "Derri vrasës plagos për vdekje fermerin kinez", "Trump mbledh Virxhinian perëndimore në miting",
            *SPORT_REST, "", "Show More", "Show Less", *FOOTER[4:]]
    assert [p.text for p in clean_page("\n".join(page)).paragraphs] == [*SPORT_LEAD, *SPORT_REST]


def test_teaser_of_the_boxs_story_is_still_left_out() -> None:
    """Guard: the sentences after a box that tell the box's own story (with a short sentence among
    them) are its teaser, not the article going on."""
    teaser = [
        "Një derr ka sulmuar dhe vrarë një fermer në një treg në Kinën jugperëndimore.",
        "Fermeri kinez u gjet i pajetë pranë stallës së derrave në treg.",
        "Derri u mbyll.",
        "Familja e fermerit kinez po negocion me tregun për dëmshpërblim pas sulmit të derrit.",
    ]
    page = [*TOP, "Ballina / Sport", SPORT_HEADLINE, "Mimoza Gashi", "September 28, 2018", SHARE, "", *SPORT_LEAD,
            "Related Articles", "Derri vrasës plagos për vdekje fermerin kinez në treg", "Trump mbledh Virxhinian perëndimore",
            *teaser, "", "Show More", *FOOTER[4:]]
    assert [p.text for p in clean_page("\n".join(page)).paragraphs] == SPORT_LEAD


# ---------------------------------------------------------------- a box of other headlines between paragraphs


FILM_HEADLINE = "Johnny English godet sërish: komedia me spiunin e pa pajisur"
FILM_BODY = [
    "Është bërë e rastit që çdo film i ri britanik të shihet për mesazhe të fshehura lidhur me Brexit, dhe kjo vlen edhe për Johnny English.",
    "Ka një apo dy momente të këndshme në premierën e filmit me Rowan Atkinson, por humori duket i vakët.",
    "Humori i filmit duket sikur u drejtohet fëmijëve më shumë se sa të rriturve, si te Bean i Atkinson.",
    "English thërritet sërish në Whitehall për një takim urgjent dhe ribashkohet me ish-ndihmësin e tij Bough.",
    "Në fund të filmit, English dhe Bough nisin një odise qesharake që i pëlqen publikut të ri.",
]


def test_box_of_headlines_under_a_read_also_label_is_no_body() -> None:
    """"Lexo edhe" over two other stories' headlines between the article's paragraphs, the first
    ending in a full stop: both headlines are the box's, down to the last headline-shaped one."""
    box = ["Lexo edhe", "Kanye West u shfaq në një tubim, duke mbajtur veshur një kapele, pas shfaqjes së tij në SNL.",
           "Sainsbury's planifikon hyrjen në tregun kozmetik të MB-së"]
    page = [*TOP, "Ballina / Showbiz", FILM_HEADLINE, META_SQ, SHARE, "", *FILM_BODY[:3], *box, *FILM_BODY[3:],
            "", "Facebook Twitter WhatsApp Telegram", *FOOTER[4:]]
    assert [p.text for p in clean_page("\n".join(page)).paragraphs] == FILM_BODY
    article = clean_page("\n".join(page))
    assert not any(p.heading for p in article.paragraphs)


def test_box_block_set_apart_by_blank_lines_is_no_body() -> None:
    """On a page whose paragraphs blank lines separate, the label's block ("مقالات ذات صلة", a
    headline, a headline ending in a full stop) is the box, all of it."""
    body = [
        "أخبر وزير خارجية كوريا الشمالية الجمعية العامة للأمم المتحدة يوم السبت أن بلاده لن تنزع سلاحها النووي من جانب واحد ما لم تثق بالولايات المتحدة.",
        "وقال الوزير إن كوريا الشمالية لا ترى أي استجابة مماثلة من الولايات المتحدة على خطواتها.",
        "وأضاف الوزير أن استمرار العقوبات على كوريا الشمالية يزيد من عدم الثقة بالولايات المتحدة.",
        "ولم يتطرق الوزير لذكر أي خطط لعقد قمة ثانية بين زعيم كوريا الشمالية والرئيس الأمريكي.",
        "وكان الرئيس الأمريكي قد قال إن الولايات المتحدة ليست في عجلة من أمرها بشأن نزع سلاح كوريا الشمالية.",
    ]
    box = ["مقالات ذات صلة", "يمكن أن يوضح لقاح السرطان الجديد للجهاز المناعي كيفية رؤية الخلايا",
           "مراجعة فيلم جديد: قلل من قدرة الممثل البريطاني على الإضحاك في دور الجاسوس."]
    headline = "كوريا الشمالية تقول إن نزع السلاح من جانب واحد مستحيل"
    page = [*AR_TOP, "الرئيسية / عربي ودولي", headline, AR_META, "", body[0], "", body[1], "", *box, "", body[2], "",
            body[3], "", body[4], *AR_FOOTER]
    assert [p.text for p in clean_page("\n".join(page)).paragraphs] == body


def test_read_also_box_on_the_articles_own_story_reads_as_before() -> None:
    """Guard: a "Lexo edhe" box whose headlines carry the article's own words (Johnny English,
    Atkinson) is the teaser it was read as before: the article ends over it."""
    box = ["Lexo edhe", "Rowan Atkinson: Johnny English ishte roli që më pëlqeu më shumë në film.",
           "Humori i Johnny English dhe filmat e Atkinson"]
    page = [*TOP, "Ballina / Showbiz", FILM_HEADLINE, META_SQ, SHARE, "", *FILM_BODY[:3], *box, *FILM_BODY[3:],
            "", "Facebook Twitter WhatsApp Telegram", *FOOTER[4:]]
    assert _texts(page) == (FILM_HEADLINE, FILM_BODY[:3])


# ---------------------------------------------------------------- the "Breaking News" ticker one headline a line


VACCINE = "Një vaksinë e re kundër kancerit mund t’i mësojë sistemit imunitar të dallojë qelizat e këqija"


def test_ticker_headlines_one_a_line_are_neither_title_nor_body() -> None:
    """"Breaking News" over other stories' headlines, one ending in a full stop, in the page's
    header: none of them is the headline nor the text of a short article whose one line lost its
    full stop."""
    page = ["Friday, October 5, 2018", "Sign in", "Random Article", "Gazeta e Liqenit", "Ballina", "Lajme", "Breaking News",
            "Koha e tubimeve të Trump në Virxhinian Perëndimore", "Numri i viktimave nga cunami në Indonezi shkon mbi 800.",
            "Uragani Rosa kërcënon Phoenix dhe Las Vegas me përmbytje", "", "Ballina  /  Shëndetësi", "Shëndetësi", VACCINE,
            "Mimoza Gashi September 30, 2018 Last Updated: October 1, 2018 9 Comments 1 minutes read", SHARE, "",
            f"{VACCINE} dhe t’i vrasë ato", "", "Tags", "Shëndetësi", *FOOTER[4:]]
    article = clean_page("\n".join(page))
    assert article.title == VACCINE
    assert [p.text for p in article.paragraphs] == [f"{VACCINE} dhe t’i vrasë ato"]
    assert article.published == "2018-09-30"
    lines = analyse("\n".join(page))
    assert [line.timed for line in lines[7:10]] == [True, True, True]


def test_breaking_kicker_over_the_articles_headline_reads_as_before() -> None:
    """Guard: a post's "🔴 E FUNDIT" / "Breaking News" kicker over the article's own headline and its
    lead (on one story, or going on with the text after a blank line) is no ticker."""
    lead = "Një çiklist ka gjetur vdekjen pasi është përplasur me një makinë në Londër."
    text = "Aksidenti ka ndodhur pranë kryqëzimit të dy rrugëve me trafik të rënduar në lagjen Deptford, tha policia e Londrës të dielën."
    headline = "Aksident rrugor në Deptford: Çiklisti vdes pas përplasjes me makinën"
    page = ["Lajme Express", "🔴 E FUNDIT", headline, lead, "", text, "", "Shpërndaje me miqtë tuaj"]
    lines = analyse("\n".join(page))
    assert not any(line.timed for line in lines)
    other = ["Breaking News", headline, "Situata në rrugë është mjaft e rëndë.", "", text]
    assert not any(line.timed for line in analyse("\n".join(other)))


def test_one_sentence_after_a_box_of_two_headlines_goes_on_with_the_article() -> None:
    """After a "Related Articles" box listing two headlines, the article's last paragraph of one
    sentence (on the article's story) is the article's: a teaser has one headline."""
    last = "Aguero dhe Sterling u pozicionuan brenda zonës së Brighton, ndërsa Manchester City mbajti topin deri në fund të ndeshjes."
    page = [*TOP, "Ballina / Sport", SPORT_HEADLINE, "Mimoza Gashi", "September 28, 2018", SHARE, "", *SPORT_LEAD,
            "Related Articles", "Derri vrasës plagos për vdekje fermerin kinez", "Trump mbledh Virxhinian perëndimore në miting",
            last, "", "Show More", "Show Less", *FOOTER[4:]]
    assert [p.text for p in clean_page("\n".join(page)).paragraphs] == [*SPORT_LEAD, last]


def test_one_sentence_off_the_story_after_a_related_list_stays_out() -> None:
    """Guard: the sentence under a related list that tells its last headline's story, or shares
    nothing with the article, is no part of the article."""
    for sentence in (
        "Një derr ka sulmuar dhe vrarë një fermer kinez në një treg në Kinën jugperëndimore të shtunën.",
        "Parlamenti miratoi ligjin e ri për pyjet pas një debati të gjatë mes deputetëve të opozitës.",
    ):
        page = [*TOP, "Ballina / Sport", SPORT_HEADLINE, "Mimoza Gashi", "September 28, 2018", SHARE, "", *SPORT_LEAD,
                "Related Articles", "Trump mbledh Virxhinian perëndimore në miting", "Derri vrasës plagos për vdekje fermerin kinez",
                sentence, "", "Show More", *FOOTER[4:]]
        assert [p.text for p in clean_page("\n".join(page)).paragraphs] == SPORT_LEAD, sentence
