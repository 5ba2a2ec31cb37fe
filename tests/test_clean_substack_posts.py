"""A newsletter issue's web post on Substack (2018), copied from the browser: Substack's strings in
English whatever the publication's language (it had no Arabic or Albanian interface), the writer's
in Arabic or Albanian: the publication's name with "Subscribe" / "Sign in", the post's title and
subtitle, the writer's name and the date (one a line or run together), the counts and "Share", a
greeting line over the story, the story, the publication's sign-off, "Subscribe to <publication>"
with its description, "Like" / "Comment" / "Share", the comments, and Substack's footer. Guards:
ordinary articles and newsletters on other sites read as before."""

from __future__ import annotations

from page_texts import AR_HEADLINE, AR_PROSE, HEADLINE, PROSE, SQ_HEADLINE, SQ_PROSE, body_texts, clean_page
from translate_summarize.boilerplate import analyse
from translate_summarize.newsletter import greeting, post_header, substack_post

LANGS = {  # publication, headline, prose, writer, the writer's line about the issue, greeting, sign-off, description
    "en": ("The Evening Brief", HEADLINE, PROSE, "Jane Doe", "The day's story in the evening newsletter",
           "Good evening, and welcome to today's issue.", "The Evening Brief | 01.10.2018 18:05",
           "An evening newsletter with the day's most important news, written by our newsroom."),
    "ar": ("نشرة المساء", AR_HEADLINE, AR_PROSE, "أحمد يوسف", "أبرز ما جرى اليوم في نشرة المساء",
           "مساء الخير، وأهلاً بكم في عدد اليوم.", "نشرة المساء | 01.10.2018 18:05",
           "نشرة مسائية تصلك كل يوم بأهم ما جرى في المنطقة والعالم، يكتبها فريق تحريرنا."),
    "sq": ("Shtypi i Ditës", SQ_HEADLINE, SQ_PROSE, "Ana Berisha", "Lajmi i ditës në buletinin e mbrëmjes",
           "Mirëmbrëma dhe mirë se vini në numrin e sotëm.", "Shtypi i Ditës | 01.10.2018 18:05",
           "Buletini i mbrëmjes me lajmet më të rëndësishme nga rajoni dhe bota, nga redaksia jonë."),
}


def _page(lang: str, *, subtitle: str | None = "", hello: bool = True, run: bool = False, paragraphs: int = 3,
          footer: str = "Publish on Substack", also: list[str] | None = None) -> str:
    """A Substack post page in ``lang``: ``subtitle`` under the title ("" for the writer's line about the
    issue, None for none), the greeting line when ``hello``, the meta and counts run together when
    ``run``, ``paragraphs`` paragraphs, the lines ``also`` after them, and ``footer`` closing Substack's footer."""
    site, headline, prose, writer, line, hello_line, signoff, about = LANGS[lang]
    lines = [site, "Subscribe", "Sign in", "", headline]
    if subtitle is not None:
        lines.append(subtitle or line)
    lines += [f"{writer} Oct 1, 2018", "12 3 Share"] if run else [writer, "Oct 1, 2018", "12", "3", "Share"]
    lines.append("")
    if hello:
        lines += [hello_line, ""]
    for text in prose[:paragraphs]:
        lines += [text, ""]
    lines += [*(also or []), signoff, "", f"Subscribe to {site}", about, "Type your email…", "Subscribe", "",
              "Like", "Comment", "Share", "", f"© 2018 {writer}", "Privacy ∙ Terms", footer]
    return "\n".join(lines)


def test_substacks_footer_and_post_header_are_found() -> None:
    for lang in LANGS:
        lines = list(analyse(_page(lang)))
        assert substack_post(lines), lang
        assert [lines[i].number for i in post_header(lines)] == [5, 6, 11], lang
        lines = list(analyse(_page(lang, subtitle=None, run=True)))
        assert [lines[i].number if i is not None else None for i in post_header(lines)] == [5, None, 7], lang
    # (the same frame without Substack's footer: no Substack post)
    assert post_header(list(analyse(_page("en", footer="Powered by Ghost")))) is None


def test_the_title_is_the_post_title_not_joined_to_the_subtitle() -> None:
    for lang, (site, headline, prose, *_rest) in LANGS.items():
        for run in (False, True):
            article = clean_page(_page(lang, run=run))
            # (the writer's line about the issue was read as the headline's lower half, and the
            # greeting as the story's first line)
            assert (article.title, body_texts(article)) == (headline, prose[:3]), (lang, run)


def test_the_publication_is_the_outlet_not_the_writer() -> None:
    for lang, (site, *_rest) in LANGS.items():
        article = clean_page(_page(lang))
        # (the writer's "© 2018 <writer>" was the outlet, or none was found)
        assert (article.outlet, article.published) == (site, "2018-10-01"), lang


def test_a_subtitle_telling_the_story_is_its_standfirst() -> None:
    standfirsts = {
        "en": "The council will buy 120 electric buses for the city.",
        "ar": "سيشتري المجلس 120 حافلة كهربائية للمدينة.",
        "sq": "Këshilli do të blejë 120 autobusë elektrikë për qytetin.",
    }
    for lang, (_, headline, prose, *_rest) in LANGS.items():
        article = clean_page(_page(lang, subtitle=standfirsts[lang]))
        assert (article.title, body_texts(article)) == (headline, [standfirsts[lang], *prose[:3]]), lang


def test_a_one_sentence_post_under_a_greeting_is_read() -> None:
    for lang, (_, headline, prose, *_rest) in LANGS.items():
        article = clean_page(_page(lang, paragraphs=1))
        # (the post was skipped: no run of prose once the greeting was set aside)
        assert (article.status, article.title, body_texts(article)) == ("ok", headline, prose[:1]), lang


def test_also_today_heads_the_issues_next_item() -> None:
    items = {
        "en": ["Also today", "Storm closes the northern port for two days",
               "A storm with winds of 120 kilometres an hour closed the northern port on Sunday, the harbour master said.",
               "Ferries to the islands will sail from the southern port until the storm has passed, the company said."],
        "ar": ["وأيضاً اليوم", "عاصفة تغلق الميناء الشمالي لمدة يومين",
               "أغلقت عاصفة رياحها 120 كيلومترا في الساعة الميناء الشمالي يوم الأحد، كما قال مدير الميناء.",
               "وستبحر العبارات إلى الجزر من الميناء الجنوبي حتى تمر العاصفة، بحسب الشركة."],
        "sq": ["Gjithashtu sot", "Stuhia mbyll portin verior për dy ditë",
               "Një stuhi me erë 120 kilometra në orë mbylli portin verior të dielën, tha kapiteni i portit.",
               "Tragetet për në ishuj do të nisen nga porti jugor derisa të kalojë stuhia, tha kompania."],
    }
    for lang, (_, headline, prose, *_rest) in LANGS.items():
        article = clean_page(_page(lang, paragraphs=2, also=items[lang]))
        assert (article.title, body_texts(article)) == (headline, prose[:2]), lang


def test_the_last_paragraph_between_subscribe_buttons_stays_in_the_post() -> None:
    # no blank lines between paragraphs; the writer's "Subscribe now" button over the last paragraph
    # and again under the sign-off framed that paragraph as a newsletter box's blurb
    for lang, (_, headline, prose, _writer, _line, hello, signoff, _about) in LANGS.items():
        page = _page(lang, paragraphs=0, also=[prose[0], prose[1], "Subscribe now", prose[2]])
        page = page.replace(signoff + "\n", signoff + "\nSubscribe now\n")
        article = clean_page(page)
        assert (article.title, body_texts(article)) == (headline, prose[:3]), lang


def test_greetings_are_whole_words_at_the_start() -> None:
    lines = list(analyse("\n".join([
        "Good evening, and welcome to today's issue.", "مرحباً بكم من جديد، إليكم قصة اليوم.", "Përshëndetje, ja historia e ditës.",
        "Hillary Clinton said on Tuesday that the vote was fair.", "Hilmi Çela u zgjodh kryetar.", "مرحبا بالحافلات الجديدة قال الوزير في كلمة ألقاها أمام البرلمان يوم الثلاثاء بعد التصويت على الميزانية الجديدة.",
    ])))
    assert [greeting(line) for line in lines] == [True, True, True, False, False, False]


# ---------------------------------------------------------------- guards: ordinary pages


def test_an_ordinary_article_opening_with_a_greeting_keeps_it() -> None:
    # no Substack footer: a letter or a speech opening with "Good evening" is the article's own line
    page = "\n".join(["Harbour Daily", "", HEADLINE, "By Jane Doe", "Oct 1, 2018", "", "Good evening, and welcome to the council.", "",
                      *[p for text in PROSE for p in (text, "")]])
    article = clean_page(page)
    assert (article.title, body_texts(article)) == (HEADLINE, ["Good evening, and welcome to the council.", *PROSE])


def test_subscribe_to_our_newsletter_names_no_outlet() -> None:
    page = "\n".join(["Harbour Daily", "", HEADLINE, "Oct 1, 2018", "", *[p for text in PROSE for p in (text, "")],
                      "Subscribe to our newsletter", "Type your email", "Subscribe", "", "© 2018 Harbour Daily"])
    assert clean_page(page).outlet == "Harbour Daily"


def test_a_sentence_opening_with_also_today_stays_in_the_article() -> None:
    line = "Also today, the mayor said the new lanes would open before the winter."
    page = "\n".join(["Harbour Daily", "", HEADLINE, "Oct 1, 2018", "", *[p for text in PROSE[:2] for p in (text, "")], line, "", PROSE[2]])
    assert body_texts(clean_page(page)) == [*PROSE[:2], line, PROSE[2]]
