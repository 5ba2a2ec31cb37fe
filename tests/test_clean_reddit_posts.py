"""An outlet's story posted on Reddit (the 2018 redesign, copied logged out): Reddit's bar, "Posted
by u/user 5 hours ago" over the post's title (the headline) and its flair, the article in the text
post or, under a link post, in the submitter's first comment ("level 1", the user, "OP", "30 points ·
5h"), the submitter's intro and "Edit:" notes, the source line "Source: <outlet>, <date>", the
post's actions, readers' comments, the community's sidebar ("Created Jan 25, 2008"), other posts and
Reddit's footer ("Reddit Inc © 2018"). Guards: ordinary news pages where the same words or shapes
are article text read as before."""

from __future__ import annotations

from translate_summarize.clean import looks_like_page_dump
from translate_summarize.metadata import find_outlet, find_published
from translate_summarize.posts import reddit_page

from page_texts import body_texts, clean_page

STORIES = {
    "en": (
        "Harbour bridge to reopen to traffic next spring",
        [
            "The city council said on Monday that repairs to the harbour bridge will be finished in March.",
            "The bridge links the two halves of the old town, which have been cut off from each other for two years.",
            "The builder blamed the delays on last winter's floods and on a shortage of steel in the region.",
        ],
        "Source: Harbour Daily, 28 September 2018", "Harbour Daily", "2018-09-28",
        "Full article for those who can't open the link:", "Edit: another story on the same subject:",
    ),
    "ar": (
        "المجلس البلدي يقر ميزانية جديدة للنقل العام في المدينة",
        [
            "وافق المجلس البلدي يوم الثلاثاء على ميزانية قدرها أربعون مليون يورو للنقل العام، بحسب رئيس البلدية.",
            "وسيذهب معظم المال إلى شراء مئة وعشرين حافلة كهربائية وإلى مسارات جديدة للحافلات في الشوارع الرئيسية.",
            "وصوتت المعارضة ضد الميزانية قائلة إنها لا تستثمر ما يكفي في الأحياء البعيدة عن وسط المدينة.",
        ],
        "المصدر: بوابة المدينة، 1 أكتوبر 2018", "بوابة المدينة", "2018-10-01",
        "النص الكامل لمن لا يستطيع فتح الرابط:", "تعديل: خبر آخر على نفس الموضوع:",
    ),
    "sq": (
        "Këshilli bashkiak miraton buxhetin e ri për transportin publik",
        [
            "Këshilli bashkiak miratoi të martën një buxhet prej 40 milionë eurosh për transportin publik, tha kryetari.",
            "Pjesa më e madhe e parave do të shkojë për 120 autobusë elektrikë dhe për korsi të reja në rrugët kryesore.",
            "Opozita votoi kundër buxhetit, duke thënë se ai nuk investon mjaftueshëm në lagjet e largëta të qytetit.",
        ],
        "Burimi: Gazeta Qyteti, 28.09.2018, 21:44", "Gazeta Qyteti", "2018-09-28",
        "Artikulli i plotë:", "Edit: lajm tjetër për të njëjtën temë:",
    ),
}
OTHER_STORY = {
    "en": ["Fashion week shows off giant hats heading for the high street", "Designers showed a range of oversized hats on the catwalk in Paris on Sunday, to loud applause."],
    "ar": ["عروض الأزياء في باريس تكشف عن قبعات ضخمة في طريقها إلى الأسواق", "كشف المصممون عن مجموعة من القبعات الضخمة الغريبة خلال عرض الأزياء في باريس يوم الأحد."],
    "sq": ["Java e modës në Paris shfaq kapele gjigante për rrugët tregtare", "Stilistët shfaqën një sërë kapelesh të mëdha në pasarelë në Paris të dielën, mes duartrokitjeve."],
}
READERS = {
    "en": ["This council never delivers anything on time, we will see in March.", "Great coverage as always, thank you for posting."],
    "ar": ["هذا المجلس لا ينجز شيئا في وقته، وسنرى في مارس.", "تغطية ممتازة كالعادة، شكرا على النشر."],
    "sq": ["Ky këshill nuk mbaron asgjë në kohë, do ta shohim në mars.", "Mbulim i shkëlqyer si gjithmonë, faleminderit që e postuat."],
}
SIDEBAR = [
    "About Community", "A community for news about the city and its people, in every language they speak.", "92.2k",
    "Members", "206", "Online", "Created Jan 25, 2008", "JOIN", "r/cityhall Rules", "1. Be civil", "2. No reposts",
    "Moderators", "Message the mods", "u/AutoModerator", "u/city_mod", "VIEW ALL MODERATORS", "",
]
FOOTER = [
    "More posts from the cityhall community", "223", "Council votes on new ferry timetable for the winter", "Continue browsing in r/cityhall",
    "Help Reddit App Reddit Gold About Careers Press Advertise Blog Terms Content Policy Privacy Policy", "Reddit Inc © 2018. All rights reserved", "Back to Top",
]


def _comment(user: str, text: str, level: int = 1, op: bool = False) -> list[str]:
    return [f"level {level}", user, *(["OP"] if op else []), "17 points · 3h", text, "Reply Share Report Save"]


def _article(lang: str, edit: bool, sep: str = "") -> list[str]:
    _, body, source, _, _, intro, note = STORIES[lang]
    lines = [intro, sep]
    for paragraph in body:
        lines += [paragraph, sep]
    if edit:
        lines += [note, *[x for line in OTHER_STORY[lang] for x in (line, sep)]]
    return [*lines, source, "https://city.example/news/40112"]


def _page(lang: str, link_post: bool = False, edit: bool = False, side_first: bool = False, headline: str | None = None) -> str:
    title = headline or STORIES[lang][0]
    top = ["Reddit r/cityhall Search r/cityhall LOG IN SIGN UP User account menu", "", *(SIDEBAR if side_first else [])]
    post = ["Posted by u/poster_1 5 hours ago", title, "News"]
    actions = ["22 Comments Share Save Hide Report 89% Upvoted", "", "Log in or sign up to leave a comment", "LOG IN", "SIGN UP", "Sort by best", ""]
    readers = [*_comment("reader_2", READERS[lang][0]), *_comment("reader_3", READERS[lang][1], level=2), ""]
    if link_post:
        op = ["level 1", "poster_1", "OP", "30 points · 5h", *_article(lang, edit), "Reply Share Report Save", ""]
        lines = [*top, *post, "city.example/news/40...", *actions, *_comment("reader_4", READERS[lang][0]), "", *op, *readers]
    else:
        lines = [*top, *post, "", *_article(lang, edit), "", *actions, *readers]
    return "\n".join([*lines, *([] if side_first else SIDEBAR), *FOOTER])


def _read(raw: str) -> tuple[str | None, list[str], str | None, str | None, str | None]:
    out = clean_page(raw)
    return out.title, body_texts(out), out.published, out.outlet, out.credited_source


def test_text_post_reads_as_its_article() -> None:
    for lang, (headline, body, _, outlet, date, _, _) in STORIES.items():
        assert _read(_page(lang)) == (headline, body, date, outlet, None), lang


def test_link_post_reads_as_its_submitters_comment() -> None:
    """The article pasted in the submitter's first comment under a link post, not a reader's comment
    above it nor the replies under it."""
    for lang, (headline, body, _, outlet, date, _, _) in STORIES.items():
        assert _read(_page(lang, link_post=True)) == (headline, body, date, outlet, None), lang


def test_edit_note_and_what_it_adds_are_no_article() -> None:
    for lang, (headline, body, _, outlet, date, _, _) in STORIES.items():
        for link_post in (False, True):
            assert _read(_page(lang, link_post=link_post, edit=True)) == (headline, body, date, outlet, None), (lang, link_post)


def test_community_created_date_is_no_article_date() -> None:
    """The sidebar over the post ("Created Jan 25, 2008") dates the community, not the article: the
    source line's date is taken, and without it no date."""
    for lang in STORIES:
        raw = _page(lang, side_first=True)
        assert _read(raw)[2] == STORIES[lang][4], lang
        undated = raw.replace(STORIES[lang][2], STORIES[lang][2].split(",")[0].split("،")[0])
        assert _read(undated)[2] is None, lang


def test_headline_with_a_full_stop_and_a_one_line_article_without_one() -> None:
    """The post's title is the headline even ending in a full stop; a one-line article that lost its
    full stop under it, over the source line, is the text."""
    headline = STORIES["sq"][0] + "."
    assert _read(_page("sq", headline=headline))[0] == headline
    one = "\n".join([
        "Reddit r/cityhall Search r/cityhall LOG IN SIGN UP User account menu", "",
        "Posted by u/poster_1", "20 hours ago", STORIES["ar"][0], "سياسة", "",
        "أول هدف دولي للاعب يمنح فريقه انتصارا ثمينا خارج أرضه", "المصدر: بوابة المدينة، 01/10/2018 - 19:53", "",
        "7 Comments", "Share", "Save", "Hide", "Report", "93% Upvoted", "", *_comment("reader_2", READERS["ar"][0]), "", *FOOTER,
    ])
    assert _read(one) == (STORIES["ar"][0], ["أول هدف دولي للاعب يمنح فريقه انتصارا ثمينا خارج أرضه"], "2018-10-01", "بوابة المدينة", None)


def test_standfirst_under_the_title_opens_the_text() -> None:
    """The standfirst the submitter pasted over the article (a line without a full stop) is text,
    not the title, under a title ending in a full stop too."""
    standfirst = "Kryetari thotë se autobusët e rinj do të jenë në rrugë që në pranverë"
    headline = STORIES["sq"][0] + "."
    raw = _page("sq", headline=headline).replace("Artikulli i plotë:\n\n", f"Artikulli i plotë:\n\n{standfirst}\n\n")
    assert _read(raw)[:2] == (headline, [standfirst, *STORIES["sq"][1]])


def test_reddit_footer_is_no_outlet() -> None:
    assert find_outlet(["Some text", "Reddit Inc © 2018. All rights reserved"], body=frozenset(), title=None) is None
    assert find_outlet(["Some text", "© 2018 Twitter, Inc."], body=frozenset(), title=None) is None


def test_reddit_pages_look_like_page_dumps() -> None:
    assert looks_like_page_dump(_page("en"))
    assert reddit_page(_page("en")) is not None


def test_source_line_date_under_the_body() -> None:
    """The date after the name on the source line right under the article dates it ("the story ran
    there") when nothing nearer the headline does."""
    lines = ["Headline of the story here", "", "First sentence of the story.", "Second sentence of the story.", "Source: Gazeta X, 30 shtator 2018"]
    assert find_published(lines, anchor=1, body=frozenset({3, 4}), body_end=4)[0] == "2018-09-30"


# ---------------------------------------------------------------- guards: the same words and shapes as article text

NEWS = [
    "Harbour Daily", "Home | City | Sport", "",
    STORIES["en"][0], "Published: 27 September 2018", "",
    *STORIES["en"][1], "",
    "© 2018 Harbour Daily. All rights reserved.",
]


def test_guard_article_quoting_a_reddit_post() -> None:
    """An article quoting a post's header and a reader's words, and a submitter's "Edit:" line, in its
    text: the same title, date and outlet as without them, and the quoted lines stay text."""
    quoted = [
        "One resident wrote on the city's forum:",
        "Posted by u/harbour_fan 5 hours ago",
        "Edit: the council has since said the bridge will open in April, not in March.",
        "Another reader asked why the works had taken two years when the builder had promised one.",
    ]
    raw = "\n".join(NEWS[:8] + quoted + NEWS[8:])
    assert reddit_page(raw) is None
    title, body, published, outlet, _ = _read(raw)
    assert (title, published, outlet) == (STORIES["en"][0], "2018-09-27", "Harbour Daily")
    assert quoted[2] in body and quoted[3] in body


def test_guard_source_date_never_beats_the_bylines() -> None:
    """An ordinary page's byline date stays over the date on its source line, and a date under the
    source line (a related story's) is never the source's."""
    lines = ["Headline of the story here", "Published: 27 September 2018", "First sentence of the story.",
             "Second sentence of the story.", "Source: Gazeta X, 30 shtator 2018"]
    assert find_published(lines, anchor=1, body=frozenset({3, 4}), body_end=4)[0] == "2018-09-27"
    related = ["Headline of the story here", "", "First sentence of the story.", "Second sentence of the story.",
               "Related", "Council votes on ferry", "Source: Gazeta X, 30 shtator 2018"]
    assert find_published(related, anchor=1, body=frozenset({3, 4}), body_end=4)[0] is None


def test_guard_outlets_company_name_is_its_name() -> None:
    assert find_outlet(["Some text", "© 2018 Harbour Daily Inc."], body=frozenset(), title=None) == "Harbour Daily Inc"


NEWS_AR = [
    "صحيفة المدينة", "الرئيسية | محليات | رياضة", "",
    STORIES["ar"][0], "نشر في: 28 سبتمبر 2018", "",
    *STORIES["ar"][1], "",
    "المصدر: بوابة الأهرام، 27 سبتمبر 2018", "",
    "© 2018 صحيفة المدينة. جميع الحقوق محفوظة.",
]
NEWS_SQ = [
    "Gazeta Qyteti", "Kreu | Lajme | Sport", "",
    STORIES["sq"][0], "Publikuar: 29 shtator 2018", "",
    *STORIES["sq"][1], "",
    "Burimi: Agjencia e Lajmeve, 28.09.2018", "",
    "© 2018 Gazeta Qyteti. Të gjitha të drejtat e rezervuara.",
]


def test_guard_ordinary_pages_source_line_credits_another_outlet() -> None:
    """On an outlet's own page the source line credits another outlet (no Reddit header atop the
    page), its date stays under the byline's, and the page's own outlet stays. (The credit's
    Arabic comma is no part of the name: 1aa056e read 'بوابة الأهرام،'.)"""
    assert _read("\n".join(NEWS_AR)) == (STORIES["ar"][0], STORIES["ar"][1], "2018-09-28", "صحيفة المدينة", "بوابة الأهرام")
    assert _read("\n".join(NEWS_SQ)) == (STORIES["sq"][0], STORIES["sq"][1], "2018-09-29", "Gazeta Qyteti", "Agjencia e Lajmeve")


def test_guard_digest_of_headlines_over_source_lines() -> None:
    """A digest's list of unpunctuated headlines, each over its source line with a date, is no
    article that lost its full stops (as 1aa056e read it: no body)."""
    for items in (
        [("Council approves new budget for the city's public transport network", "Source: Harbour Daily, 28 September 2018"),
         ("Ferry timetable to change for the winter season on the northern routes", "Source: City Post, 28 September 2018"),
         ("Police close the coast road after a landslide near the old harbour", "Source: Gazeta X, 27 September 2018")],
        [("Këshilli miraton buxhetin e ri për rrjetin e transportit publik të qytetit", "Burimi: Gazeta Qyteti, 28 shtator 2018"),
         ("Orari i trageteve ndryshon për sezonin e dimrit në linjat veriore", "Burimi: Lajmi Sot, 28 shtator 2018"),
         ("Policia mbyll rrugën bregdetare pas një rrëshqitjeje dheu pranë portit", "Burimi: Gazeta X, 27 shtator 2018")],
    ):
        page = ["News Digest", "Home | World | Sport", "", "Top stories", *[x for item in items for x in item], "", "© 2018 News Digest"]
        assert clean_page("\n".join(page)).status == "skipped"


def test_guard_ar_sq_articles_quoting_a_reddit_post() -> None:
    """Arabic and Albanian articles quoting a post's header and the submitter's edit note in their
    text read as without Reddit's rules: the quoted lines stay text, the byline's date and the
    copyright's outlet stay."""
    for page, note, date, outlet in (
        (NEWS_AR, "تعديل: قال المجلس لاحقا إن الجسر سيفتح في أبريل وليس في مارس كما أعلن من قبل.", "2018-09-28", "صحيفة المدينة"),
        (NEWS_SQ, "Edit: këshilli tha më vonë se autobusët do të vijnë në prill, jo në mars siç u njoftua.", "2018-09-29", "Gazeta Qyteti"),
    ):
        quoted = ["Posted by u/harbour_fan 5 hours ago", note]
        raw = "\n".join(page[:8] + quoted + page[8:])
        assert reddit_page(raw) is None
        title, body, published, found_outlet, _ = _read(raw)
        assert (title, published, found_outlet, note in body) == (page[3], date, outlet, True)
