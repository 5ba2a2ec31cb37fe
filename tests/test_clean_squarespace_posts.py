"""An outlet's post on a Squarespace site (a 7.0 blog page, 2018), copied from the page:
Squarespace's own strings in English whatever the site's language, the owner's in Arabic or
Albanian: the site's name over its navigation, the "Recent Posts" summary block (each item a
headline, its short date, its first sentence and "Read More") above or under the post, the date
above the headline, the meta block (author, category, "0 Comments"; one a line or run together),
"Tagged:", the share buttons, "Newer Post" / "Older Post" over other posts' headlines, and the
footer with the site's name, its address and "Powered by Squarespace". Guards: ordinary articles
where the same shapes are the article's own read as before."""

from __future__ import annotations

from page_texts import AR_HEADLINE, AR_PROSE, HEADLINE, PROSE, SQ_HEADLINE, SQ_PROSE, body_texts, clean_page
from translate_summarize.boilerplate import analyse, marker_family
from translate_summarize.clean import _cut_copy
from translate_summarize.textnorm import key

OTHERS = [
    ("Storm closes the northern port for two days", "Sep 27, 2018",
     "A storm with winds of 120 kilometres an hour closed the northern port on Sunday, the harbour master said."),
    ("Local team wins the regional cup after a late goal", "Sep 25, 2018",
     "The home side scored in the last minute of extra time to win the regional cup for the first time."),
    ("Prices of bread rise again in the capital", "Sep 24, 2018",
     "Bakers in the capital raised the price of a loaf for the third month in a row, the statistics office said."),
]
AR_OTHERS = [
    ("عاصفة تغلق الميناء الشمالي لمدة يومين", "Sep 27, 2018", "أغلقت عاصفة رياحها 120 كيلومترا في الساعة الميناء الشمالي يوم الأحد، كما قال مدير الميناء."),
    ("الفريق المحلي يفوز بالكأس الإقليمية بهدف متأخر", "Sep 25, 2018", "سجل أصحاب الأرض في الدقيقة الأخيرة من الوقت الإضافي ليفوزوا بالكأس للمرة الأولى."),
    ("أسعار الخبز ترتفع مجددا في العاصمة", "Sep 24, 2018", "رفع الخبازون في العاصمة سعر الرغيف للشهر الثالث على التوالي، بحسب مكتب الإحصاء."),
]
SQ_OTHERS = [
    ("Stuhia mbyll portin verior për dy ditë", "Sep 27, 2018", "Një stuhi me erë 120 kilometra në orë mbylli portin verior të dielën, tha kapiteni i portit."),
    ("Skuadra vendase fiton kupën rajonale me një gol të vonë", "Sep 25, 2018", "Vendasit shënuan në minutën e fundit të shtesës dhe fituan kupën për herë të parë."),
    ("Çmimi i bukës rritet sërish në kryeqytet", "Sep 24, 2018", "Furrtarët në kryeqytet rritën çmimin e bukës për të tretin muaj radhazi, tha zyra e statistikave."),
]
LANGS = {
    "en": ("Harbour Daily", ["Home", "News", "Opinion", "About"], "Recent Posts", HEADLINE, PROSE, OTHERS, "Jane Doe", "Politics",
           "12 Harbour Road, Portsmouth"),
    "ar": ("مجلة فسحة", ["الرئيسية", "أخبار", "رأي", "من نحن"], "آخر المقالات", AR_HEADLINE, AR_PROSE, AR_OTHERS, "أحمد يوسف", "سياسة",
           "بيروت، لبنان"),
    "sq": ("Hapësira", ["Ballina", "Lajme", "Opinion", "Rreth nesh"], "Artikujt e fundit", SQ_HEADLINE, SQ_PROSE, SQ_OTHERS, "Ana Berisha",
           "Politikë", "Rruga e Kavajës, Tiranë"),
}


def _summary(lang: str) -> list[str]:
    """The "Recent Posts" summary block: its title, then each item's headline, date, first sentence and "Read More"."""
    _, _, label, _, _, others, _, _, _ = LANGS[lang]
    return [label, *[line for head, day, first in others for line in (head, day, first, "Read More")], ""]


def _page(lang: str, *, summary_first: bool = True, meta: list[str] | None = None, paragraphs: int = 3) -> str:
    """A Squarespace post page in ``lang``: the summary block above the post (or under it), the post
    (date above the headline, ``meta`` under it, ``paragraphs`` paragraphs), its footer and the site's footer."""
    site, nav, _, headline, prose, others, author, section, address = LANGS[lang]
    meta = [author, section, "0 Comments"] if meta is None else meta
    lines = [site, *nav, ""]
    if summary_first:
        lines += _summary(lang)
    lines += ["October 1, 2018", headline, *meta, ""]
    for text in prose[:paragraphs]:
        lines += [text, ""]
    lines += [f"Tagged: {section}, {others[0][0].split()[0]}", "Share", "Facebook0 Twitter LinkedIn3 Reddit Tumblr Pinterest0",
              "4 Likes", "", "Newer Post", others[1][2], "Older Post", others[2][0], "",
              "0 Comments", "Newest First", "Oldest First", "Preview", "Post Comment…", ""]
    if not summary_first:
        lines += _summary(lang)
    lines += [site, address, "Powered by Squarespace"]
    return "\n".join(lines)


def test_a_summary_block_above_the_post_is_other_posts_teasers() -> None:
    for lang, (_, _, _, headline, prose, *_rest) in LANGS.items():
        article = clean_page(_page(lang))
        # (its first item's headline was the title, its sentence the body, its date the post's)
        assert (article.title, body_texts(article), article.published) == (headline, prose[:3], "2018-10-01"), lang


def test_a_summary_block_above_a_one_sentence_post_leaves_the_post() -> None:
    for lang, (_, _, _, headline, prose, *_rest) in LANGS.items():
        article = clean_page(_page(lang, paragraphs=1))
        assert (article.status, article.title, body_texts(article)) == ("ok", headline, prose[:1]), lang


def test_a_summary_block_under_the_post_is_no_part_of_it() -> None:
    for lang, (_, _, _, headline, prose, *_rest) in LANGS.items():
        article = clean_page(_page(lang, summary_first=False))
        assert (article.title, body_texts(article), article.published) == (headline, prose[:3], "2018-10-01"), lang


def test_a_lone_read_more_under_an_articles_lead_is_no_summary_item() -> None:
    # an article page's own "Read more" under its headline, date and lead, no other item under or over
    # it: the headline and the lead stay the article's (what follows the link is read as another
    # story, as under a short article: see test_clean_blog_translated)
    for site, headline, lead, link, rest in (
        ("Harbour Daily", HEADLINE, PROSE[0], "Read more", PROSE[1:]),
        ("مجلة فسحة", AR_HEADLINE, AR_PROSE[0], "اقرأ المزيد", AR_PROSE[1:]),
        ("Hapësira", SQ_HEADLINE, SQ_PROSE[0], "Lexo më shumë", SQ_PROSE[1:]),
    ):
        page = "\n".join([site, "", headline, "Oct 1, 2018", lead, link, "", *[p for text in rest for p in (text, "")]])
        article = clean_page(page)
        assert (article.title, body_texts(article)) == (headline, [lead]), site


def _counts(page: str) -> list[tuple[str, str | None, str | None]]:
    return [(line.text, line.family, line.action) for line in analyse(page) if "Comments" in line.text]


def test_a_comment_count_under_the_author_and_category_is_a_meta_line() -> None:
    for lang, (_, _, _, headline, prose, *_rest) in LANGS.items():
        page = _page(lang, summary_first=False, paragraphs=1)
        assert _counts(page) == [("0 Comments", "counter", "skip"), ("0 Comments", "comments", "end")], lang
        # (the count under the meta block closed the article before its one sentence)
        assert (clean_page(page).title, body_texts(clean_page(page))) == (headline, prose[:1]), lang


def test_a_headline_ending_in_a_full_stop_under_its_date_keeps_its_meta_count() -> None:
    page = _page("en", summary_first=False, paragraphs=1).replace(HEADLINE, HEADLINE + " after a long debate.")
    assert _counts(page)[0] == ("0 Comments", "counter", "skip")


def test_names_and_a_count_under_an_articles_last_sentence_still_head_the_comments() -> None:
    # no date over the sentence: the article's last line, its author and section, then the comments
    page = "\n".join(["Harbour Daily", "", HEADLINE, "Oct 1, 2018", "", PROSE[0], "", PROSE[1], "Jane Doe", "Politics",
                      "3 Comments", "Anonymous", "Great news for the city, thank you."])
    assert _counts(page) == [("3 Comments", "comments", "end")]


def test_a_meta_line_run_together_under_the_headline_is_no_part_of_it() -> None:
    for lang, (_, _, _, headline, prose, _, author, section, _) in LANGS.items():
        article = clean_page(_page(lang, meta=[f"{author} {section} 0 Comments"]))
        # (the headline was read as wrapped over the meta line)
        assert (article.title, body_texts(article)) == (headline, prose[:3]), lang


def test_a_standfirst_ending_in_a_count_of_comments_is_no_meta_line() -> None:
    for headline, standfirst, prose in (
        (HEADLINE, "Residents sent the council more than 300 comments", PROSE),
        (SQ_HEADLINE, "Banorët i dërguan këshillit mbi 300 komente", SQ_PROSE),
    ):
        page = "\n".join(["Harbour Daily", "", headline, standfirst, "", *[p for text in prose for p in (text, "")]])
        line = next(line for line in analyse(page) if line.text == standfirst)
        assert (line.family, line.action) == (None, None), standfirst


def test_tagged_and_the_newer_and_older_posts_close_the_post() -> None:
    assert marker_family("Tagged: Politics, Transport") == ("tags", "end")
    for label in ("Newer Post", "Older Post", "Previous Post", "Next Post", "المنشور السابق", "Postimi i mëparshëm"):
        assert marker_family(label) == ("read_also", "teaser"), label
    for lang, (_, _, _, headline, prose, *_rest) in LANGS.items():
        page = _page(lang, summary_first=False).replace("\nShare\nFacebook0 Twitter LinkedIn3 Reddit Tumblr Pinterest0\n4 Likes\n", "\n")
        # (the tags line, and the newer post's headline, a sentence, were read as the article's last lines)
        assert (clean_page(page).title, body_texts(clean_page(page))) == (headline, prose[:3]), lang


def test_sentences_on_posts_and_tags_are_no_markers() -> None:
    for text in ("The next post office opens in the village on Monday.", "Older posts were deleted by the moderators.",
                 "Tagged as unsafe, the bridge was closed on Monday.", "Next post-match interview is set for Sunday, the club said.",
                 "المنشور السابق للوزير أثار جدلا واسعا على مواقع التواصل الاجتماعي.",
                 "Postimi tjetër i ministrit u shpërnda mijëra herë brenda një dite."):
        assert marker_family(text) == (None, None), text


def test_the_sites_name_atop_the_page_and_over_its_powered_by_footer_is_the_outlet() -> None:
    for lang, (site, *_rest) in LANGS.items():
        assert clean_page(_page(lang)).outlet == site, lang


def test_a_footer_repeating_the_top_menu_names_no_outlet() -> None:
    for menu, home, headline, prose in (
        (["About", "Contact", "Archive"], "Home", HEADLINE, PROSE),
        (["من نحن", "اتصل بنا", "الأرشيف"], "الرئيسية", AR_HEADLINE, AR_PROSE),
        (["Rreth nesh", "Kontakt", "Arkivi"], "Ballina", SQ_HEADLINE, SQ_PROSE),
    ):
        text = ["", headline, "Oct 1, 2018", "", *[p for line in prose for p in (line, "")]]
        page = "\n".join([*menu, *text, "", *menu, "Powered by WordPress"])
        assert clean_page(page).outlet is None, menu
        page = "\n".join(["Harbour Daily", home, *menu, *text, "", home, "12 Harbour Road", "Powered by WordPress"])
        assert clean_page(page).outlet is None, home  # (a "Home" link heads the footer, not the site's name)


SHORT_POSTS = {  # a post of an unpunctuated opening line and one sentence, its headline ending in a full stop
    "en": ("The council is no longer a place of many voices.", "It tolerates none of those who speak their minds",
           "When the members of my own branch voted to censure me last week, I was not surprised at all."),
    "ar": ("حزب العمال لم يعد حزبًا ذو آراء متنوعة بعد الآن.", "إنه لا يتسامح مع أولئك الذين يعبرون عن آرائهم",
           "عندما صوّت نشطاء الحزب في فرعي المحلي لانتقادي، لم يكن هذا مدهشًا أبدًا."),
    "sq": ("Partia nuk është më një vend për shumë zëra.", "Ajo nuk duron askënd që thotë mendimin e vet",
           "Kur anëtarët e degës sime votuan për të më qortuar javën e kaluar, nuk u habita aspak."),
}


def test_the_comment_count_closing_the_meta_block_marks_the_headline_over_it() -> None:
    for lang, (headline, opening, sentence) in SHORT_POSTS.items():
        site, nav, _, _, _, _, author, section, address = LANGS[lang]
        author = "By Jane Doe" if lang == "en" else author  # (a name of two Latin words under a headline reads as its tail)
        page = "\n".join([site, *nav, "", *_summary(lang), "October 1, 2018", headline, author, section, "0 Comments", "",
                          opening, "", sentence, "", f"Tagged: {section}", "Share", "Facebook0 Twitter", "", site, address,
                          "Powered by Squarespace"])
        article = clean_page(page)
        # (the opening line, sharing no word with the one sentence, was read as the headline)
        assert (article.title, body_texts(article)) == (headline, [opening, sentence]), lang


CUT = {  # the site's title field, cut short, over the post's text opening with the full headline
    "en": ("New vaccine could teach the immune system to see rogue cells", " and kill them", PROSE),
    "ar": ("يمكن أن يُوضح لقاح السرطان الجديد للجهاز المناعي كيفية رؤية الخلايا المارقة", " وقتلها", AR_PROSE),
    "sq": ("Vaksina e re mund t'i mësojë sistemit imunitar të dallojë qelizat e këqija", " dhe t'i vrasë", SQ_PROSE),
}


def test_a_post_opening_with_its_full_headline_under_the_meta_block_keeps_the_shorter_title() -> None:
    for lang, (title, rest, prose) in CUT.items():
        site, nav, _, _, _, _, author, *_rest = LANGS[lang]
        author = "By Jane Doe" if lang == "en" else author  # (a name of two Latin words under a headline reads as its tail)
        page = "\n".join([site, *nav, "", title, author, "September 29, 2018", "", title + rest, "",
                          *[p for text in prose[:3] for p in (text, "")]])
        article = clean_page(page)
        # (the longer line, the headline pasted with the post, was the title, and the line set as it none)
        assert (article.title, body_texts(article)) == (title, [title + rest, *prose[:3]]), lang


def test_a_line_going_on_far_from_the_headline_or_with_no_date_over_it_is_no_cut_copy() -> None:
    title, rest, prose = CUT["en"]
    for lines, want in (
        (["Harbour Daily", title, "September 29, 2018", title + rest], True),
        (["Harbour Daily", title, "September 29, 2018", title + rest + ", doctors in Maryland said on Friday"], False),
        (["Harbour Daily", title, "By Jane Doe", title + rest], False),  # (no date between: no post's meta block)
        (["Harbour Daily", "Vaccine could teach", "September 29, 2018", "Vaccine could teach the immune system"], False),
    ):
        found = list(analyse("\n".join(lines)))
        assert _cut_copy(found, [key(line.text) for line in found], 1, 3) is want, lines
