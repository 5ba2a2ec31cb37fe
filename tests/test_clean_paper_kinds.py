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


SQ_PARAGRAPHS = [
    "Qeveria miratoi të enjten një ligj të ri për mbrojtjen e pyjeve, i cili ndalon prerjen e drurëve për pesë vjet.",
    "Ministri i Mjedisit tha se ligji do të zbatohet menjëherë dhe se shkelësit do të dënohen me gjoba të rënda.",
    "Organizatat mjedisore e përshëndetën vendimin, por kërkuan më shumë inspektorë në terren për ta zbatuar atë.",
]


def test_menu_of_links_apart_by_wide_gaps_is_a_menu() -> None:
    """A navigation bar dumped as one line, its links apart by two spaces or a tab, is a menu
    (it was joined to the headline under it, or taken as the title over a headline ending in a
    full stop); a sentence with a stray double space is not."""
    assert analyse("Kryefaqja  Lajme  Politikë  Ekonomi  Sport  Kulturë")[0].crumb
    assert analyse("الرئيسية\tأخبار\tالعالم العربي\tرياضة")[0].crumb
    assert not analyse("Qeveria  miratoi ligjin e ri për pyjet")[0].crumb
    raw = "\n".join([
        "Gazeta e Mëngjesit",
        "Kryefaqja  Lajme  Politikë  Ekonomi  Sport  Kulturë",
        "Qeveria ndalon prerjen e pyjeve për pesë vjet.",
        "Shkruan: Arta Hoxha",
        "08.08.2024 | 10:15",
        *SQ_PARAGRAPHS,
    ]) + "\n"
    out = _clean(raw)
    assert (out.title, out.title_line) == ("Qeveria ndalon prerjen e pyjeve për pesë vjet.", 3)
    assert [p.source_lines for p in out.paragraphs] == [(6, 6), (7, 7), (8, 8)]


def test_last_item_of_a_timed_news_list_is_not_the_headlines_upper_half() -> None:
    """A paper's "news in brief" box prints each item's time on its own line over its headline;
    its last headline, right over the page's own headline, is another story's, not the upper half
    of a headline wrapped over two lines (the two were joined into one title). A list whose times
    follow their headlines ends with a time, so a headline wrapped under it is still joined."""
    brief = ["Lajme të shkurtra", "09:40", "Zjarr i madh në një fabrikë në periferi të Durrësit", "09:12",
             "Kombëtarja fiton ndeshjen miqësore kundër Maltës në Elbasan"]
    raw = "\n".join(["Gazeta e Mëngjesit", *brief, "Qeveria ndalon prerjen e pyjeve për pesë vjet",
                     "08.08.2024 | 10:15", *SQ_PARAGRAPHS]) + "\n"
    out = _clean(raw)
    assert (out.title, out.title_line) == ("Qeveria ndalon prerjen e pyjeve për pesë vjet", 7)
    below = ["Më të lexuarat", "Zjarr i madh në një fabrikë në periferi të Durrësit", "09:40",
             "Kombëtarja fiton ndeshjen miqësore kundër Maltës në Elbasan", "09:12"]
    raw = "\n".join(["Gazeta e Mëngjesit", *below, "Qeveria ndalon prerjen e pyjeve", "për pesë vjet në të gjithë vendin",
                     "08.08.2024 | 10:15", *SQ_PARAGRAPHS]) + "\n"
    out = _clean(raw)
    assert (out.title, out.title_line) == ("Qeveria ndalon prerjen e pyjeve për pesë vjet në të gjithë vendin", 7)


def test_by_word_over_no_name_is_no_byline() -> None:
    """"Nga" ("by", "from") opens Albanian author lines ("Nga Besnik Krasniqi"), but a line opening
    with it over no name ("nga marrëveshja prej 11 milionë", the lower half of a headline wrapped
    over two lines) is no byline: the headline's halves are joined."""
    assert analyse("Nga Besnik Krasniqi")[0].byline
    assert not analyse("nga marrëveshja prej 11 milionë eurosh")[0].byline
    raw = "\n".join([
        "Gazeta e Mëngjesit",
        "Kryefaqja  Lajme  Politikë  Ekonomi  Sport  Kulturë",
        "Pronarët e pyjeve protestojnë pas tërheqjes së qeverisë",
        "nga marrëveshja prej 11 milionë eurosh",
        "08.08.2024 | 10:15",
        *SQ_PARAGRAPHS,
    ]) + "\n"
    out = _clean(raw)
    assert (out.title, out.title_line) == (
        "Pronarët e pyjeve protestojnë pas tërheqjes së qeverisë nga marrëveshja prej 11 milionë eurosh", 3)


def test_place_and_author_dateline_over_the_date_is_a_byline() -> None:
    """A paper's "place: author" dateline between the standfirst and the published line is an
    author line, not the title (it was taken as the title, the headline and standfirst above it
    ignored); a short "place: event" headline under the menu stays a headline."""
    raw = "\n".join([
        "جريدة الصباح الجديد",
        "الرئيسية  محليات  دولي  اقتصاد  رياضة",
        "افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية",
        "الحكومة تخصص ميزانية إضافية لتوظيف مئات الأطباء والممرضين في مستشفيات الجنوب.",
        "عمّان: سامي الحداد",
        "نُشر: 10:15-8 أغسطس 2024 م",
        *AR_PARAGRAPHS,
    ]) + "\n"
    assert analyse(raw)[4].byline
    out = _clean(raw)
    assert (out.title, out.title_line) == ("افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية", 3)
    assert [p.source_lines for p in out.paragraphs] == [(4, 4), (7, 7), (8, 8), (9, 9)]
    short = "\n".join(["جريدة الصباح الجديد", "الرئيسية  محليات  دولي  اقتصاد  رياضة", "غزة: مقتل ثلاثة صيادين",
                       "نُشر: 10:15-8 أغسطس 2024 م", *AR_PARAGRAPHS]) + "\n"
    assert not analyse(short)[2].byline


def test_article_goes_on_after_a_read_also_list_inside_it() -> None:
    """A "Read also" / "Related" list set inside the article (its label, several headlines, one of
    them ending in a full stop, and the labels screen-reader markup leaves in a dump: "list 1 of 3",
    "end of list") is a box: the article's paragraphs after it are body (they were cut off)."""
    more = [
        "وأكد المتحدث أن وزارة الصحة ستفتح باب التوظيف للأطباء والممرضين في المستشفيات الجديدة الأسبوع المقبل عبر موقعها على الإنترنت.",
        "وتعاني المحافظات الجنوبية منذ سنوات من نقص في عدد المستشفيات والأطباء بحسب تقارير الوزارة.",
        "ويضطر سكان القرى الجنوبية إلى السفر مئات الكيلومترات للوصول إلى أقرب مستشفى في العاصمة.",
        "وقالت الوزارة إن المستشفى الرابع في المحافظات الجنوبية سيفتتح في بداية العام المقبل.",
    ]
    raw = "\n".join([
        "افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية",
        "آخر تحديث: 2024/8/8 الساعة 10:15",
        *AR_PARAGRAPHS,
        "اقرأ أيضا",
        "قائمة 1 من 3",
        "منتخب الشباب يتأهل إلى نهائي البطولة العربية لكرة القدم",
        "قائمة 2 من 3",
        "ارتفاع أسعار الذهب إلى مستوى قياسي جديد في الأسواق العالمية.",
        "قائمة 3 من 3",
        "مهرجان السينما يعلن أسماء الأفلام المشاركة في دورته المقبلة",
        "نهاية القائمة",
        *more,
    ]) + "\n"
    out = _clean(raw)
    assert [p.source_lines[0] for p in out.paragraphs] == [3, 4, 5, 14, 15, 16, 17]
    sq = "\n".join([
        "Qeveria ndalon prerjen e pyjeve për pesë vjet",
        "08.08.2024 | 10:15",
        *SQ_PARAGRAPHS,
        "Artikuj të ngjashëm",
        "Zjarr i madh në një fabrikë në periferi të Durrësit",
        "Kombëtarja fiton ndeshjen miqësore kundër Maltës.",
        "Çmimi i bukës rritet për herë të dytë këtë vit",
        "Ministri i Mjedisit shtoi se qeveria do të mbjellë një milion pemë të reja në pyjet e prera gjatë pesë viteve.",
        "Pronarët e pyjeve do të marrin kompensim nga qeveria për të ardhurat që humbasin gjatë ndalimit të prerjes.",
        "Sipas ministrit, pyjet e vendit janë zvogëluar me një të tretën gjatë njëzet viteve të fundit.",
    ]) + "\n"
    out = _clean(sq)
    assert [p.source_lines[0] for p in out.paragraphs] == [3, 4, 5, 10, 11, 12]


def test_questions_over_reaction_tallies_or_buttons_are_furniture() -> None:
    """A portal asks its readers a question over its reaction buttons, each with a tally, and over
    the buttons of a notifications prompt at the top of the page: both questions are furniture,
    not the article's last line nor prose that outweighs a one-sentence article (the notification
    question at the top was the page's best prose and the article was lost)."""
    raw = "\n".join([
        "A doni të merrni njoftime për lajmet e fundit?",
        "Jo, faleminderit",
        "Lejo",
        "Portali Sinjal",
        "Lajme",
        "Sport",
        "Më të lexuarat",
        "Zjarr i madh në një fabrikë në periferi të Durrësit",
        "Kombëtarja fiton ndeshjen miqësore kundër Maltës në Elbasan",
        "MJEDIS",
        "Qeveria ndalon prerjen e pyjeve për pesë vjet",
        "Arta Hoxha",
        "8 gusht 2024, 10:15",
        "",
        SQ_PARAGRAPHS[0],
        "",
        "Si ndiheni pas këtij lajmi?",
        "Pëlqej 22",
        "Dashuri 7",
        "Trishtim 31",
        "Zemërim 4",
        "Facebook",
        "WhatsApp",
    ]) + "\n"
    lines = analyse(raw)
    assert lines[0].family == "prompt" and lines[14].family == "prompt"
    out = _clean(raw)
    assert (out.title, out.title_line) == ("Qeveria ndalon prerjen e pyjeve për pesë vjet", 11)
    assert [p.source_lines for p in out.paragraphs] == [(15, 15)]
    assert not analyse("Çfarë ndodh tani me pyjet?\nQeveria do të vendosë javën e ardhshme për ligjin e ri të pyjeve.\n")[0].family


def test_read_also_teaser_is_told_from_the_article_by_its_headline_not_a_short_sentence() -> None:
    """Whether the paragraphs after an inline "Read also" and its headline are that teaser's or
    the article's going on is judged against the page's own headline; a short sentence of the
    article right before the marker is no headline (the article's paragraphs after the link were
    dropped as the teaser's)."""
    raw = "\n".join([
        "Qeveria ndalon prerjen e pyjeve për pesë vjet",
        "8 gusht 2024, 10:15",
        "",
        SQ_PARAGRAPHS[0],
        "",
        "Vendimi u mor pas një debati të gjatë në parlament.",
        "",
        "Lexo edhe...",
        "Kombëtarja fiton ndeshjen miqësore kundër Maltës në Elbasan",
        "",
        "Ndalimi i prerjes së pyjeve do të kontrollohet nga policia pyjore në çdo qark të vendit.",
        "",
        "Qeveria tha se pyjet janë zvogëluar me një të tretën gjatë njëzet viteve të fundit.",
        "",
        "Qeveria do të mbjellë një milion pemë të reja në pyjet e prera gjatë pesë viteve të ndalimit.",
        "",
        "Pronarët e pyjeve do të marrin kompensim nga qeveria për të ardhurat që humbasin gjatë ndalimit të prerjes.",
        "",
        "Burimi: ATSH",
    ]) + "\n"
    out = _clean(raw)
    assert [p.source_lines[0] for p in out.paragraphs] == [4, 6, 11, 13, 15, 17]


def test_breaking_strip_over_the_headline_is_told_apart_by_the_articles_words() -> None:
    """A channel's "Breaking" strip (a label over other stories' headlines) stands right over the
    page's headline: a strip headline sharing none of the article's words is not the upper half of
    the page's headline (the two were joined), and the page's headline wrapped over two lines under
    the strip, its upper half on the article's story, is joined (the strip made it look like the
    last two items of a list of headlines)."""
    strip = ["قناة الأفق الإخبارية", "الأخبار", "سياسة", "أخبار عاجلة", "منتخب الشباب يتأهل إلى نهائي البطولة العربية لكرة القدم"]
    story = [
        "أعلنت وزارة الصحة عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية خلال الشهر المقبل لخدمة القرى المجاورة.",
        "وقال المتحدث باسم وزارة الصحة إن المستشفيات الجديدة ستستقبل المرضى من القرى التي تفتقر إلى الخدمات الطبية.",
    ]
    raw = "\n".join([*strip, "ثلاثة مستشفيات جديدة في الجنوب", "سامي الحداد", "آخر تحديث: 2024/8/8 الساعة 10:15", "", *story]) + "\n"
    out = _clean(raw)
    assert (out.title, out.title_line) == ("ثلاثة مستشفيات جديدة في الجنوب", 6)
    wrapped = "\n".join([*strip, "حريق كبير في مصنع للنسيج بضواحي العاصمة", "افتتاح ثلاثة مستشفيات جديدة", "في المحافظات الجنوبية للبلاد",
                         "آخر تحديث: 2024/8/8 الساعة 10:15", "", *story]) + "\n"
    out = _clean(wrapped)
    assert (out.title, out.title_line) == ("افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية للبلاد", 7)


EN_PARAGRAPHS = [
    "Rescue teams reached the coastal town on Saturday after a powerful earthquake and a tsunami destroyed most of its houses.",
    "Officials said that more than 800 people had died and that the number was expected to rise in the coming days.",
    "Aid agencies warned that roads to the region were blocked and that fuel and clean water were running out.",
]


def test_short_sentence_over_the_paragraphs_of_a_bare_page_is_its_headline() -> None:
    """A reader-mode copy or bare text export: the headline, ending in a full stop, at the top of
    the page over the article's paragraphs is the title (it was read as the first sentence: no
    title); a page of only prose, whose first sentence is a full lead of twelve words or more,
    keeps every sentence as body."""
    raw = "Death toll from the Indonesian tsunami soars above 800 people.\n\n" + "\n\n".join(EN_PARAGRAPHS) + "\n"
    out = _clean(raw)
    assert (out.title, out.title_line) == ("Death toll from the Indonesian tsunami soars above 800 people.", 1)
    assert [p.source_lines for p in out.paragraphs] == [(3, 3), (5, 5), (7, 7)]
    prose = "\n\n".join(EN_PARAGRAPHS) + "\n"
    out = _clean(prose)
    assert out.title is None and len(out.paragraphs) == 3


def test_unpunctuated_line_set_apart_under_the_top_headline_is_body() -> None:
    """Under a headline at the top of a bare page, an unpunctuated line set apart by a blank line
    (a first line that lost its full stop) opens the body; it is not the lower half of a headline
    wrapped over two lines (the two were joined into one title)."""
    raw = "Menga strike gives Livingston win over Rangers\n\nDolly Menga's first goal for Livingston secured the victory\n\n" + "\n\n".join(EN_PARAGRAPHS) + "\n"
    out = _clean(raw)
    assert (out.title, out.title_line) == ("Menga strike gives Livingston win over Rangers", 1)
    assert out.paragraphs[0].source_lines == (3, 3)
    wrapped = "Menga strike gives Livingston win over Rangers\nDolly Menga's first goal for Livingston\n\n" + "\n\n".join(EN_PARAGRAPHS) + "\n"
    assert _clean(wrapped).title_line == 1 and _clean(wrapped).paragraphs[0].source_lines == (4, 4)


def test_watch_headline_with_an_abbreviation_is_a_headline() -> None:
    """A long "Watch:" headline is a headline, not a video caption, even when it holds an
    abbreviation's dot ("vs. Chelsea"); a caption holding a sentence stays a caption."""
    assert analyse("Watch: Liverpool's Daniel Sturridge dips deep equalizer vs. Chelsea")[0].family is None
    assert analyse("Watch: the moment the bridge collapsed. Video by our correspondent in the city")[0].family == "caption"


def test_short_quote_set_apart_under_a_full_stop_headline_is_body() -> None:
    """A headline ending in a full stop at the top of a bare page, then a short quote set apart
    ("It is very bad."): the headline's sentence has ended, so the quote is body, not its tail."""
    raw = "Indonesia Tsunami Toll Soars Above 800.\n\nIt Is Very Bad.\n\n" + "\n\n".join(EN_PARAGRAPHS) + "\n"
    out = _clean(raw)
    assert (out.title, out.title_line) == ("Indonesia Tsunami Toll Soars Above 800.", 1)
    assert [p.source_lines[0] for p in out.paragraphs] == [3, 5, 7, 9]


def test_paragraphs_after_an_inline_read_also_up_to_the_source_line_are_the_article() -> None:
    """An inline "Read also" link, then the article's last two paragraphs on its own story and its
    source line ("Source: Reuters", which closes an article, not a teaser under it): the paragraphs
    are body (they were dropped as the link's teaser, being few before an end marker); a short
    article's longer teaser, on the link's story, is still dropped."""
    raw = "\n".join([
        "Qeveria ndalon prerjen e pyjeve për pesë vjet",
        "8 gusht 2024, 10:15",
        "",
        SQ_PARAGRAPHS[0],
        "",
        "Lexo edhe...",
        "Kombëtarja fiton ndeshjen miqësore kundër Maltës në Elbasan",
        "",
        "Ndalimi i prerjes së pyjeve do të kontrollohet nga policia pyjore në çdo qark të vendit.",
        "",
        "Qeveria tha se pyjet janë zvogëluar me një të tretën gjatë njëzet viteve të fundit.",
        "",
        "Burimi: Reuters",
    ]) + "\n"
    out = _clean(raw)
    assert [p.source_lines[0] for p in out.paragraphs] == [4, 9, 11]
    teaser = raw.replace(
        "Ndalimi i prerjes së pyjeve do të kontrollohet nga policia pyjore në çdo qark të vendit.",
        "Kombëtarja fitoi ndeshjen miqësore kundër Maltës me dy gola në stadiumin e Elbasanit.",
    ).replace(
        "Qeveria tha se pyjet janë zvogëluar me një të tretën gjatë njëzet viteve të fundit.",
        "Trajneri i kombëtares tha se fitorja kundër Maltës ishte e merituar për lojtarët e rinj.",
    )
    assert [p.source_lines[0] for p in _clean(teaser).paragraphs] == [4]


def test_long_headline_under_a_breaking_strip_is_no_standfirst_of_its_last_item() -> None:
    """A "Breaking" strip of two other stories' headlines over the page's own long headline (then
    its date): the page's headline, on the article's story, is the title, not the standfirst of the
    strip's last headline, which shares none of the article's words (the strip item was taken)."""
    raw = "\n".join([
        "Kanali Lajme 24",
        "Lajme",
        "Sport",
        "LAJM I FUNDIT",
        "Kombëtarja fiton ndeshjen miqësore kundër Maltës",
        "Zjarr i madh në një fabrikë në periferi të Durrësit",
        "Qeveria ndalon prerjen e pyjeve për pesë vjet pas zvogëlimit të tyre me një të tretën në njëzet vjet",
        "10:15 | 08/08/2024",
        "",
        SQ_PARAGRAPHS[0],
    ]) + "\n"
    out = _clean(raw)
    assert out.title_line == 7
    assert [p.source_lines for p in out.paragraphs] == [(10, 10)]


def test_headline_ending_in_a_full_stop_wrapped_over_two_lines_is_joined() -> None:
    """A headline ending in a full stop wrapped over two lines right over its date (the lower half
    a short sentence finishing the unpunctuated upper one) is one title, not a headline and its
    standfirst (the lower half was kept as body, the title cut in two)."""
    raw = "\n".join([
        "Gazeta e Mëngjesit",
        "Kryefaqja  Lajme  Politikë  Ekonomi  Sport  Kulturë",
        "Qeveria ndalon prerjen e pyjeve",
        "për pesë vjet në të gjithë vendin.",
        "08.08.2024 | 10:15",
        *SQ_PARAGRAPHS,
    ]) + "\n"
    out = _clean(raw)
    assert (out.title, out.title_line) == ("Qeveria ndalon prerjen e pyjeve për pesë vjet në të gjithë vendin.", 3)
    assert [p.source_lines for p in out.paragraphs] == [(6, 6), (7, 7), (8, 8)]


def test_short_article_paragraphs_after_a_counted_link_list_are_body() -> None:
    """A "Read also" list inside a short article, its items counted ("list 1 of 4") and closed
    ("end of list"), then the article's last three sentences: the list is a box, the sentences are
    body (the list's first counter was taken for a teaser's headline and the sentences after it,
    being few, for that teaser's)."""
    raw = "\n".join([
        "افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية",
        "آخر تحديث: 2024/8/8 الساعة 10:15",
        "",
        AR_PARAGRAPHS[0],
        "",
        "اقرأ أيضا",
        "قائمة 1 من 2",
        "منتخب الشباب يتأهل إلى نهائي البطولة العربية لكرة القدم",
        "قائمة 2 من 2",
        "مهرجان السينما يعلن أسماء الأفلام المشاركة في دورته المقبلة",
        "نهاية القائمة",
        "",
        AR_PARAGRAPHS[1],
        "",
        AR_PARAGRAPHS[2],
        "",
        "الأكثر قراءة",
        "ارتفاع أسعار الذهب إلى مستوى قياسي جديد في الأسواق العالمية",
    ]) + "\n"
    out = _clean(raw)
    assert out.title_line == 1
    assert [p.source_lines[0] for p in out.paragraphs] == [4, 13, 15]


def test_related_label_over_only_an_advertisement_ends_the_article() -> None:
    """A "Related news" label whose links the dump lost (nothing under it but an advertisement) is
    the page's related section, not a box inside the article: the sentences after it are other
    stories' teasers or comments even when they repeat the article's words. Found by the property
    test ``test_a_planted_article_is_found_exactly_between_furniture`` (a random example)."""
    body = [
        "The city council approved the new budget for the bus network after a long debate on Tuesday.",
        "The council said the budget would pay for new bus lines to the river districts next year.",
        "Opposition members of the council voted against the budget, saying bus fares would rise.",
    ]
    after = [
        "The council budget for the river park was approved by the city last week after a vote.",
        "Bus drivers of the city council network will strike next week over the budget, the union said.",
    ]
    raw = "\n".join(["City approves bus budget", "", *body, "Related news", "- Advertisement -", *after])
    out = _clean(raw)
    assert [p.text for p in out.paragraphs] == body
    # with a headline under the label it is a box inside the article, and the article goes on after it
    boxed = "\n".join(["City approves bus budget", "", *body, "Related news", "Ministers agree new storage rules ahead of winter", "- Advertisement -", *after])
    assert [p.text for p in _clean(boxed).paragraphs] == body + after
