"""An outlet's post on a free WordPress.com site (Twenty Sixteen with Jetpack, 2018; WordPress.com's
strings in Arabic, in English on Albanian sites), copied from the page: the skip link, the site's
title and tagline and the "Menu" button over the headline (which may end in a full stop, be wrapped
over two lines or sit under the entry's date), Jetpack's "Share this:", "Like this:" and "Related"
blocks (other posts with their dates) under the body, the entry footer (author, date, category,
"Leave a comment"), the sidebar and the follow bar ("Follow “<site>”"). Guards: news pages,
comment threads and records where the same words or shapes mean something else read as before."""

from __future__ import annotations

from page_texts import HEADLINE, PROSE, title_and_body_lines as _texts, clean_lines as _cleaned
from translate_summarize.article import Article
from translate_summarize.boilerplate import marker_family
from translate_summarize.clean import clean
from translate_summarize.metadata import entry_footer_date, find_dates, site_header
from translate_summarize.settings import Settings

SETTINGS = Settings()

EN_HEADER = ["Skip to content", "Harbour Weekly", "News from the bay", "Menu", ""]
AR_HEADER = ["التجاوز إلى المحتوى", "صدى الوادي", "أخبار القرى والبلدات", "القائمة", ""]
SQ_HEADER = ["Skip to content", "Zëri i Luginës", "Lajme nga lugina", "Menu", ""]

AR_HEADLINE = "افتتاح سوق جديد للصيادين على ضفة البحيرة"
AR_BODY = [
    "قال رئيس البلدية يوم السبت إن السوق الجديد سيمنح الصيادين مكانا مسقوفا لبيع أسماكهم.",
    "وكان الصيادون يبيعون السمك حتى الآن على جانب الطريق من دون ماء جار أو تبريد.",
    "وبلغت كلفة البناء نحو مليوني يورو تقاسمتها البلدية وصندوق أوروبي.",
    "وقال التجار إنهم ينتظرون مزيدا من الزبائن في الصيف حين تمتلئ المدينة بالمصطافين.",
]
SQ_HEADLINE = "Tregu i ri i peshkut hapet në bregun e liqenit"
SQ_BODY = [
    "Kryetari i komunës tha të shtunën se tregu i ri do t'u japë peshkatarëve një vend të mbuluar për shitjen.",
    "Deri tani peshkatarët e shitnin peshkun në rrugë, pa ujë të rrjedhshëm dhe pa ftohje.",
    "Ndërtimi kushtoi rreth dy milionë euro, të ndara mes komunës dhe një fondi evropian.",
    "Tregtarët thanë se presin më shumë blerës gjatë verës, kur qyteti mbushet me pushues.",
]


def _tail(lang: str, site: str, run_together: bool = False, follow: bool = True) -> list[str]:
    """Jetpack's blocks, the entry footer (one a line or run together), navigation, reply form,
    sidebar and follow bar, in the site's language (Albanian sites keep WordPress.com's English)."""
    if lang == "ar":
        author, day, section = "عمر الشامي", "29 سبتمبر 2018", "محليات"
        related = ["ذات صلة", "المجلس البلدي يقر ميزانية النقل العام للعام المقبل", "27 سبتمبر 2018", 'في "محليات"',
                   "افتتاح مكتبة عامة جديدة في وسط المدينة القديمة", "25 سبتمبر 2018", 'في "محليات"']
        share = ["شارك هذا:", "تويتر", "فيسبوك", "أعجبني هذا:", "إعجاب تحميل..."]
        leave, rest = "أضف تعليق", ["تصفّح المقالات", "السابق", "اترك رد", "أدخل تعليقك هنا...", "البحث عن:", "الأرشيف",
                                   "سبتمبر 2018", "مدونة على ووردبريس.كوم."]
        bar = ["تابع", f"تابع “{site}”", "احصل على كل مقالة جديدة في بريدك."]
    else:
        author, day, section = ("Ana Berisha", "September 29, 2018", "Lajme") if lang == "sq" else ("Ann Hale", "September 29, 2018", "News")
        related = ["Related", "The council approves the transport budget for next year", "September 27, 2018", f'In "{section}"',
                   "A new public library opens in the old town centre", "September 25, 2018", f'In "{section}"']
        share = ["Share this:", "Twitter", "Facebook", "Like this:", "Like Loading..."]
        leave, rest = "Leave a comment", ["Post navigation", "Previous", "Leave a Reply", "Enter your comment here...",
                                         "Search for:", "Archives", "September 2018", "Blog at WordPress.com."]
        bar = ["Follow", f"Follow “{site}”", "Get every new post delivered to your Inbox."]
    footer = [" ".join([author, day, section, leave])] if run_together else [author, day, section, leave]
    return ["", *share, *related, "", *footer, *rest, *(bar if follow else [])]


def _post(lang: str, headline: list[str], body: list[str], **tail: bool) -> list[str]:
    header = {"en": EN_HEADER, "ar": AR_HEADER, "sq": SQ_HEADER}[lang]
    lines = [*header, *headline, ""]
    for paragraph in body:
        lines += [paragraph, ""]
    return lines[:-1] + _tail(lang, header[1], **tail)


# ---------------------------------------------------------------- the site's header


def test_skip_links_are_chrome() -> None:
    """WordPress's skip link in Arabic and Albanian is chrome, as the English one was."""
    for text in ("Skip to content", "التجاوز إلى المحتوى", "Kalo te lënda"):
        assert marker_family(text) == ("chrome", "skip"), text


def test_site_header_over_the_post() -> None:
    """Skip link, the site's title and maybe its tagline, the menu button, then a blank line."""
    for header in (EN_HEADER, AR_HEADER, SQ_HEADER):
        rows = [(n, t) for n, t in enumerate([*header, "Headline"], 1) if t]
        assert site_header(rows) == 3, header
    rows = [(1, "Skip to content"), (2, "Harbour Weekly"), (3, "Menu"), (5, "Headline")]
    assert site_header(rows) == 2


def test_headline_under_site_header() -> None:
    """The block under the site's header is the headline: unpunctuated, ending in a full stop,
    or dated above it; the tagline is no title."""
    assert _texts(_post("en", [HEADLINE], PROSE)) == (HEADLINE, PROSE)
    dotted = "الحزب لم يعد حزبا يتسع لكل الآراء بعد الآن."
    assert _texts(_post("ar", [dotted], AR_BODY)) == (dotted, AR_BODY)
    assert _texts(_post("ar", ["30 سبتمبر 2018", dotted], AR_BODY)) == (dotted, AR_BODY)
    long = ("Kryetari u shfaq në një tubim të partisë, duke mbajtur veshur një kapele me emrin e saj, "
            "pas paraqitjes së tij në televizion.")
    lead = "Nuk shkoi si duhej"
    assert _texts(_post("sq", [long], [lead, *SQ_BODY])) == (long, [lead, *SQ_BODY])


def test_wrapped_headline_under_site_header() -> None:
    """A headline wrapped over two lines under the site's header is one title."""
    upper, lower = "ارتفاع عدد ضحايا الفيضانات في", "شمال البلاد إلى أكثر من مئة شخص."
    title, body = _texts(_post("ar", [upper, lower], AR_BODY))
    assert (title, body) == (f"{upper} {lower}", AR_BODY)
    upper, lower = "كأس البلقان 2018: فريق المدينة يبدي عزمه", "للقتال من أجل الحفاظ على آماله في المباراة الأخيرة"
    title, body = _texts(_post("ar", [upper, lower], AR_BODY))
    assert (title, body) == (f"{upper} {lower}", AR_BODY)
    upper, lower = "Kupa e Ballkanit 2018: ekipi i qytetit tregon", "vendosmërinë për të luftuar deri në ndeshjen e fundit"
    title, body = _texts(_post("sq", [upper, lower], SQ_BODY))
    assert (title, body) == (f"{upper} {lower}", SQ_BODY)


# ---------------------------------------------------------------- the entry footer's date


def test_entry_footer_date() -> None:
    """The entry footer's date, one a line or run together with the author, the category and the
    comment link, is the post's; the related posts' dates above it are not."""
    for lang, headline, body in (("en", HEADLINE, PROSE), ("ar", AR_HEADLINE, AR_BODY), ("sq", SQ_HEADLINE, SQ_BODY)):
        for run_together in (False, True):
            article = _cleaned(_post(lang, [headline], body, run_together=run_together))
            assert (article.title, article.published) == (headline, "2018-09-29"), (lang, run_together)


def test_entry_footer_in_albanian() -> None:
    """An Albanian theme's footer: "Lini një koment" closes it."""
    page = [SQ_HEADLINE, "", *SQ_BODY, "", "Ana Berisha", "29 shtator 2018", "Lajme", "Lini një koment"]
    assert _cleaned(page).published == "2018-09-29"


def test_entry_footer_date_shape() -> None:
    lines = ["Body.", "", "Ann Hale", "September 29, 2018", "News, Local", "Leave a comment"]
    assert entry_footer_date(lines, 4, find_dates(lines[3]))
    lines = ["Body.", "", "Ann Hale September 29, 2018 News Leave a comment"]
    assert entry_footer_date(lines, 3, find_dates(lines[2]))


# ---------------------------------------------------------------- the outlet


def test_follow_bar_and_site_title_name_the_outlet() -> None:
    """The follow bar's "Follow “<site>”" and, without it, the site's title under the skip link name
    the outlet (never WordPress.com)."""
    assert _cleaned(_post("en", [HEADLINE], PROSE)).outlet == "Harbour Weekly"
    assert _cleaned(_post("ar", [AR_HEADLINE], AR_BODY)).outlet == "صدى الوادي"
    assert _cleaned(_post("sq", [SQ_HEADLINE], SQ_BODY, follow=False)).outlet == "Zëri i Luginës"
    page = [SQ_HEADLINE, "", *SQ_BODY, "", "Follow", "Follow “Zëri i Luginës”", "Build a website with WordPress.com"]
    assert _cleaned(page).outlet == "Zëri i Luginës"


def test_post_page_reads_whole() -> None:
    for lang, headline, body, site in (("en", HEADLINE, PROSE, "Harbour Weekly"), ("ar", AR_HEADLINE, AR_BODY, "صدى الوادي"),
                                       ("sq", SQ_HEADLINE, SQ_BODY, "Zëri i Luginës")):
        article = _cleaned(_post(lang, [headline], body))
        assert (article.title, [p.text for p in article.paragraphs]) == (headline, body), lang
        assert (article.published, article.outlet) == ("2018-09-29", site), lang


# ---------------------------------------------------------------- guards: ordinary pages and records


def test_guard_comment_dates_over_the_comment_link() -> None:
    """A reader's comment (name, date, text, "Reply") over "Leave a comment" dates no article: the
    date under the headline stands, and a page without one has no date."""
    comments = ["", "2 Comments", "Arben Hoxha", "September 30, 2018 at 10:12 am", "Shumë e vërtetë.", "Reply", "Leave a comment"]
    page = [SQ_HEADLINE, "28 shtator 2018", "", *SQ_BODY, *comments]
    assert _cleaned(page).published == "2018-09-28"
    assert _cleaned([SQ_HEADLINE, "", *SQ_BODY, *comments]).published is None
    comments = ["", "تعليقان", "سامي خليل", "30 سبتمبر 2018", "مقال ممتاز.", "رد", "أضف تعليق"]
    assert _cleaned([AR_HEADLINE, "28 سبتمبر 2018", "", *AR_BODY, *comments]).published == "2018-09-28"
    assert _cleaned([AR_HEADLINE, "", *AR_BODY, *comments]).published is None


def test_guard_related_post_over_the_comment_link() -> None:
    """A related post's headline and date right over a comment link are no entry footer."""
    tail = ["", "Related", "The council approves the transport budget for next year", "September 27, 2018", "Leave a comment"]
    assert _cleaned([HEADLINE, "", *PROSE, *tail]).published is None
    assert _cleaned([HEADLINE, "September 29, 2018", "", *PROSE, *tail]).published == "2018-09-29"


def test_guard_linkedin_bar_is_no_site_header() -> None:
    """LinkedIn's bar under its skip link ("LinkedIn" / "Join now" / "Sign in") names no site."""
    page = ["Skip to main content", "LinkedIn", "Join now", "Sign in", "", HEADLINE, "", *PROSE]
    assert site_header([(n, t) for n, t in enumerate(page, 1) if t]) is None
    assert _cleaned(page).outlet is None


def test_guard_news_page_with_skip_link_and_sections() -> None:
    """A news site's skip link over its name and its sections (no menu button) reads as before: the
    copyright names the outlet, the headline is the title."""
    page = ["Skip to main content", "The Balkan Ledger", "World", "Business", "Opinion", "", HEADLINE,
            "29 September 2018", "", *PROSE, "", "© 2018 The Balkan Ledger"]
    article = _cleaned(page)
    assert (article.title, article.published, article.outlet) == (HEADLINE, "2018-09-29", "The Balkan Ledger")
    assert [p.text for p in article.paragraphs] == PROSE
    page = ["انتقل إلى المحتوى", "صحيفة الوادي", "محليات", "اقتصاد", "رياضة", "", AR_HEADLINE,
            "29 سبتمبر 2018", "", *AR_BODY, "", "© 2018 صحيفة الوادي"]
    article = _cleaned(page)
    assert (article.title, article.published, article.outlet) == (AR_HEADLINE, "2018-09-29", "صحيفة الوادي")
    assert [p.text for p in article.paragraphs] == AR_BODY


def test_guard_post_without_headline_under_site_header() -> None:
    """A post printed without a headline under the site's header: its long first sentence over the
    next one is body, no title."""
    first = ("The harbour authority said on Saturday that the new ferry line to the islands will start "
             "in May and carry up to four hundred passengers a day.")
    _, body = _texts([*EN_HEADER, first, "", *PROSE])
    assert body == [first, *PROSE]
    first = "قالت هيئة الميناء يوم السبت إن خط العبارات الجديد إلى الجزر سيبدأ العمل في مايو وسينقل ما يصل إلى أربعمئة راكب يوميا."
    _, body = _texts([*AR_HEADER, first, "", *AR_BODY])
    assert body == [first, *AR_BODY]


def test_guard_follow_at_sentence_start() -> None:
    """A sentence opening with "Follow" and a quotation names no site."""
    body = ["Follow “the money”, the senator told the reporters on Friday after the vote in parliament.", *PROSE]
    page = [HEADLINE, "", *body, "", "© 2018 Harbour Daily"]
    assert _cleaned(page).outlet == "Harbour Daily"


def test_guard_record_ending_with_comment_link() -> None:
    """A crawler's record whose text ends with its author, date and "Leave a comment" keeps every
    line as text, as before, and the date it gives in its fields."""
    text = "\n".join([*PROSE, "Ann Hale", "September 29, 2018", "Leave a comment"])
    article = clean(Article(id="r", source_file="in.jsonl:1", kind="record", raw=text,
                            hints={"format": "text", "published": "2018-09-28"}), SETTINGS)
    assert article.published == "2018-09-28"
    assert [p.text for p in article.paragraphs][:4] == PROSE
