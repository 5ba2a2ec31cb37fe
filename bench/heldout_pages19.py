"""Site templates t72-t74 of the NTREX page set (imported by ``bench/make_pages.py``): tuning
templates since 2026-12-03 21:14, no longer held out (held out until the new held-out round t75-t77,
``bench/heldout_pages20.py``, was written).

Written blind on 2026-12-03 by a helper that had not read the cleaner (nothing under
``translate_summarize/``) nor its tests, before any score of these pages, and never adjusted after
the cleaner was scored on them. They live in their own module so that whoever tunes the cleaner can
leave them unread: held out until 2026-12-03 21:14, tuning since.
Each (document, language) of NTREX dev documents 1-60 gets one page in one of them.

They imitate three kinds of real Arabic and Albanian news text as it reaches a nightly batch,
laid out differently from t1-t71:

* ``t72``: an outlet's ordinary article page on a WordPress site with PenciDesign's "Soledad"
  theme (2018; its strings translated in Arabic through the theme's "Quick Text Translation"
  panel, or the English ones Albanian sites keep, while WordPress prints the site's date format,
  "28 سبتمبر، 2018", "28 shtator 2018" or "September 28, 2018"): the top bar with the "Trending"
  or "Breaking News" ticker of other headlines and the social icons' labels, the logo text, the
  menu, the category label(s) above the headline (one a line or run together), the headline, the
  meta ("written by X", the date, "0 comment", "1.2K views", "3 min read"; one a line or run
  together, the counters on some copies only), the featured image's caption, the standfirst, the
  body with an inline "Read also" line (label and headline on one line) between paragraphs, the
  long teaser after short articles, the tags (one a line or run together), the share row
  ("0 FacebookTwitterPinterestEmail" glued as the icons copy, or one a line), the author box
  (name and bio), "previous post" / "next post" in lowercase with the headlines, "You may also
  like" with the related posts and their dates, the comment form ("Leave a Comment Cancel Reply",
  the WordPress 4.9.6 cookie-consent sentence, "Submit"), the sidebar's "Recent Posts" with dates
  and "Categories" with post counts in brackets, the footer ("@2018 - All Right Reserved. Designed
  and Developed by PenciDesign", Soledad's default wording kept by most sites) and "Back To Top";
* ``t73``: an outlet's ordinary article page on a Drupal 8 site (2018; Drupal 8.6 with a Classy
  sub-theme, Drupal's strings in the site's language pack, a few left in English as the Albanian
  translation of Drupal 8 was incomplete): the EU Cookie Compliance banner ("We use cookies on
  this site to enhance your user experience", "OK, I agree", "No, give me more info") at the top
  or the bottom of the dump, "Skip to main content", the language switcher, the account menu
  ("Log in"), the site's name and slogan, the search block ("Search", "Enter the terms you wish to
  search for."), the main navigation, the breadcrumb (one a line or "Home / News / <section>"), the
  headline, the node's fields with their labels above (Classy's ``field--label-above``: "Author",
  "Publication date" in Drupal's medium format "Fri, 09/28/2018 - 14:32", "Section") or inline
  ("Author: X"), or "Submitted by X on <date>" on others, the image field's caption, the
  standfirst (a "Summary" field), the body, the long teaser after short articles, "Tags" with its
  terms one a line, the statistics counter ("n views"), the "Related content" view with "Read
  more", the comments section ("Comments", "Add new comment", "Your name", "Subject", "Comment",
  "Text format", "Basic HTML", "About text formats", "Lines and paragraphs break automatically.",
  "Save", "Preview") on some copies, the "Most read" view with its pager ("1", "2", "next ›",
  "last »"), the RSS feed link, the footer's menu and "Powered by Drupal";
* ``t74``: an outlet's article posted on its Tumblr blog as a text post (2018), copied from the
  blog's permalink page logged out: Tumblr's own strings stay English whatever the language
  (Tumblr had no Arabic or Albanian interface), the theme's are the owner's (English labels of
  the theme or the owner's own in Arabic or Albanian): Tumblr's iframe controls ("<blog>",
  "Follow", "Join Tumblr" / "Sign up", "Log in"), the blog's title (the outlet) and description,
  the theme's links ("Archive", "Ask me anything", "Submit a post", "RSS", "Search"), the post's
  title (the headline), the standfirst, the body, the long teaser after short articles, the post
  footer ("Posted on September 28th, 2018" or "Sep 28, 2018" or "28 Sep 2018" with the time on
  some, the relative time "2 hours ago" before it on some), "Source: <outlet's domain>", the
  hashtags (one a line or run together), the notes count ("12 notes"), "Reblog" / "Like" /
  "Share", the notes list ("<blog> liked this", "<blog> reblogged this from <blog>", "<blog>
  posted this"), the pager ("← Previous", "Next →", "Page 1 of 214"), "Powered by Tumblr", "Theme
  by <designer>" and, on some copies, Tumblr's logged-out sign-up prompt at the end ("Sign up for
  Tumblr", "Follow <blog> and discover more of what you love", "Sign up", "Log in").

The article itself is rendered by the generator's shared helpers, so the annotation by construction
is the same as for the other templates. The outlet (the gold ``outlet``) is the news organisation
(on t74 the blog's title); PenciDesign's, WordPress's, Drupal's and Tumblr's names, the theme
designers, the other blogs of the notes and the writers are furniture. Paragraph separators are ""
or none only.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import make_pages as mp  # make_pages imports this module after defining its helpers
from heldout_pages10 import _en_day, _standfirst
from heldout_pages12 import _en_short
from heldout_pages13 import _long, _minutes
from heldout_pages14 import _others_dated
from heldout_pages15 import _lines_or_run

EN_MONTH = {9: "September", 10: "October"}


def _views(n: int) -> str:
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


# ---------------------------------------------------------------- t72: WordPress with PenciDesign's Soledad theme

SOLEDAD = {
    "ar": {
        "ticker": ("الأكثر تداولاً", "أخبار عاجلة"), "social": ("فيسبوك", "تويتر", "انستغرام", "يوتيوب"),
        "written_by": "بقلم", "comment": "{} تعليقات", "views": "{} مشاهدة", "read": "{} دقائق للقراءة",
        "read_also": "اقرأ أيضاً:", "share": ("فيسبوك", "تويتر", "بينتيريست", "البريد الإلكتروني"),
        "prev": "المقال السابق", "next": "المقال التالي", "related": "قد يعجبك أيضاً",
        "form": ("اترك تعليقاً", "إلغاء الرد", "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
                 "إرسال"),
        "recent": "أحدث المقالات", "categories": "التصنيفات", "top": "العودة للأعلى",
    },
    "sq": {
        "ticker": ("Trending", "Breaking News"), "social": ("Facebook", "Twitter", "Instagram", "Youtube"),
        "written_by": "written by", "comment": "{} comment", "views": "{} views", "read": "{} min read",
        "read_also": "Lexo edhe:", "share": ("Facebook", "Twitter", "Pinterest", "Email"),
        "prev": "previous post", "next": "next post", "related": "You may also like",
        "form": ("Leave a Comment Cancel Reply", "Save my name, email, and website in this browser for the next time I comment.",
                 "Submit"),
        "recent": "Recent Posts", "categories": "Categories", "top": "Back To Top",
    },
}
MENU72 = {
    "ar": ("الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "اتصل بنا"),
    "sq": ("Kryefaqja", "Lajme", "Politikë", "Ekonomi", "Sport", "Kulturë", "Lifestyle", "Kontakt"),
}
BIOS72 = {
    "ar": ("صحفي ومحرر في الموقع، يكتب في الشؤون السياسية والاجتماعية.", "محررة الأخبار في الموقع منذ عام 2015."),
    "sq": ("Gazetar dhe redaktor i portalit, shkruan për politikën dhe shoqërinë.", "Redaktore e lajmeve prej vitit 2015."),
}
SOLEDAD_FOOTER = "@2018 - All Right Reserved. Designed and Developed by PenciDesign"


def _soledad_date(page: mp.Page, d: dt.datetime, local: bool) -> str:
    """WordPress's date in the site's format: "28 سبتمبر، 2018", "28 shtator 2018" or "September 28, 2018"."""
    if page.lang == "ar":
        return f"{d.day} {mp.MONTHS['ar'][d.month]}، {d.year}"
    return _long(page, d) if local else _en_day(d)


def t72(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A WordPress site with the Soledad theme: ticker, social labels, logo,
    menu, category labels, headline, meta with counters, caption, standfirst, body with an inline
    read-also line, tags, glued share row, author box, previous / next post, related posts, the
    comment form, recent posts, categories with counts, footer and "Back To Top"."""
    rng, lang = page.rng, page.lang
    ui = SOLEDAD[lang]
    local = lang == "ar" or rng.random() < 0.6

    def day(d: dt.datetime) -> str:
        return _soledad_date(page, d, local)

    top: list[str] = []
    if rng.random() < 0.4:  # the top bar's date: the reader's day, not the article's
        reader = page.published + dt.timedelta(days=rng.randint(0, 4), hours=rng.randint(1, 12))
        if lang == "ar":
            top.append(f"{mp.WEEKDAYS['ar'][reader.weekday()]}، {day(reader)}")
        elif local:
            top.append(f"{mp.WEEKDAYS['sq'][reader.weekday()].capitalize()}, {day(reader)}")
        else:
            top.append(f"{mp.WEEKDAYS['en'][reader.weekday()]}, {day(reader)}")
    if rng.random() < 0.7:
        top += [rng.choice(ui["ticker"]), *page.other_headlines(rng.randint(2, 4))]
    if top:
        b.block("top_bar", *top)
    if rng.random() < 0.6:
        b.block("social", *_lines_or_run(page, list(ui["social"]), 0.5))
    b.block("site_name", page.site)
    b.block("menu", *_lines_or_run(page, list(MENU72[lang][: rng.randint(5, 8)]), 0.5))
    b.blank()
    cats = [page.section] + ([page.say("أخبار", "Lajme")] if rng.random() < 0.4 else [])
    b.block("category", *_lines_or_run(page, cats, 0.5))
    mp.add_title(b, page)
    author = page.author()
    meta = [f"{ui['written_by']} {author}", day(page.published)]
    if rng.random() < 0.7:
        meta.append(str(ui["comment"]).format(rng.choice((0, 0, 0, 1, 2))))
    if rng.random() < 0.5:
        meta.append(str(ui["views"]).format(_views(rng.randint(20, 6000))))
    if rng.random() < 0.4:
        meta.append(str(ui["read"]).format(_minutes(page)))
    b.block("post_meta", *_lines_or_run(page, meta, 0.5))
    if rng.random() < 0.5:
        b.block("caption", rng.choice(mp.CAPTIONS[lang]))
    b.blank()
    sep = "" if rng.random() < 0.75 else None
    _standfirst(b, page, sep)
    inserts = mp.inline_inserts(page, "read_also_inline", [f"{ui['read_also']} {page.other().headline}"], 0.5)
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, str(ui["read_also"]).rstrip(":"), sep)
    b.blank()
    if rng.random() < 0.7:
        b.block("tags", *_lines_or_run(page, mp.tags_for(page), 0.5))
    share = list(ui["share"])
    if lang == "sq" and rng.random() < 0.6:
        b.block("share", f"{rng.randint(0, 40)} {''.join(share)}")  # the icons' labels, glued as the copy gives them
    else:
        b.block("share", str(rng.randint(0, 40)), *_lines_or_run(page, share, 0.5))
    if rng.random() < 0.6:
        b.block("author_box", author, rng.choice(BIOS72[lang]))
    b.blank()
    prev, nxt = page.other_headlines(2)
    nav = [str(ui["prev"]), prev, str(ui["next"]), nxt] if rng.random() < 0.7 else [f"{ui['prev']} {prev}", f"{ui['next']} {nxt}"]
    b.block("post_nav", *nav)
    b.blank()
    related = [str(ui["related"])]
    for h, when in _others_dated(page, 3):
        related += [h, day(when)]
    b.block("related", *related)
    b.blank()
    b.block("comment_form", *ui["form"])
    b.blank()
    if rng.random() < 0.7:
        recent = [str(ui["recent"])]
        for h, when in _others_dated(page, rng.randint(3, 5), before=False):
            recent += [h, day(when)]
        b.block("recent_posts", *recent)
        b.blank()
    if rng.random() < 0.5:
        sections = [s[0] for s in mp.SECTIONS[lang].values()][: rng.randint(4, 7)]
        b.block("categories", str(ui["categories"]), *[f"{s} ({rng.randint(3, 900)})" for s in sections])
        b.blank()
    b.block("footer", *_lines_or_run(page, list(ui["social"]), 0.5), SOLEDAD_FOOTER)
    if rng.random() < 0.6:
        b.add(str(ui["top"]))


# ---------------------------------------------------------------- t73: a Drupal 8 news site

DRUPAL8 = {
    "ar": {
        "cookies": ("نستخدم ملفات تعريف الارتباط على هذا الموقع لتحسين تجربة المستخدم",
                    "بالنقر على أي رابط في هذه الصفحة فإنك توافق على أن نقوم بتعيين ملفات تعريف الارتباط.",
                    "موافق", "لا، أعطني مزيداً من المعلومات"),
        "skip": "تجاوز إلى المحتوى الرئيسي", "languages": ("العربية", "English"), "login": "تسجيل الدخول",
        "search": ("بحث", "أدخل الكلمات التي تريد البحث عنها."), "home": "الرئيسية", "news": "أخبار",
        "author": "الكاتب", "date": "تاريخ النشر", "changed": "آخر تحديث", "section": "القسم", "submitted": "أرسلها {} في {}",
        "weekdays": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
        "tags": "الوسوم", "views": "{} مشاهدة", "related": "محتوى ذو صلة", "more": "اقرأ المزيد",
        "comments": ("التعليقات", "أضف تعليقاً جديداً", "اسمك", "الموضوع", "التعليق", "تنسيق النص", "Basic HTML",
                     "عن تنسيقات النصوص", "الأسطر والفقرات تنكسر تلقائياً.", "حفظ", "معاينة"),
        "most_read": "الأكثر قراءة", "pager": ("1", "2", "3", "التالي ›", "الأخير »"), "rss": "اشترك في {}",
        "footer": ("من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام"), "powered": "تدعمه دروبال",
    },
    "sq": {
        "cookies": ("We use cookies on this site to enhance your user experience",
                    "By clicking any link on this page you are giving your consent for us to set cookies.",
                    "OK, I agree", "No, give me more info"),
        "skip": "Kalo te përmbajtja kryesore", "languages": ("Shqip", "English"), "login": "Hyni",
        "search": ("Kërko", "Enter the terms you wish to search for."), "home": "Kreu", "news": "Lajme",
        "author": "Autori", "date": "Data e publikimit", "changed": "Përditësuar", "section": "Rubrika", "submitted": "Submitted by {} on {}",
        "weekdays": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        "tags": "Etiketa", "views": "{} views", "related": "Përmbajtje e ngjashme", "more": "Lexo më shumë",
        "comments": ("Komente", "Shto koment të ri", "Emri juaj", "Subjekti", "Komenti", "Formati i tekstit", "Basic HTML",
                     "About text formats", "Lines and paragraphs break automatically.", "Ruaj", "Parapamje"),
        "most_read": "Më të lexuarat", "pager": ("1", "2", "3", "next ›", "last »"), "rss": "Subscribe to {}",
        "footer": ("Rreth nesh", "Kontakt", "Politika e privatësisë", "Kushtet e përdorimit"), "powered": "Powered by Drupal",
    },
}
SLOGAN73 = {"ar": "الخبر كما هو", "sq": "Lajmi ashtu siç është"}
NAV73 = {
    "ar": ("الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة", "آراء", "ملفات"),
    "sq": ("Kreu", "Vendi", "Rajoni", "Bota", "Ekonomi", "Sport", "Kulturë", "Opinione"),
}


def _drupal_date(page: mp.Page, d: dt.datetime) -> str:
    """Drupal 8's "medium" date: "Fri, 09/28/2018 - 14:32" ("الجمعة, 09/28/2018 - 14:32")."""
    wd = DRUPAL8[page.lang]["weekdays"][d.weekday()]
    return f"{wd}, {d.month:02d}/{d.day:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"


def t73(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A Drupal 8 site: cookie-compliance banner, skip link, language
    switcher, account menu, site name and slogan, search block, main navigation, breadcrumb,
    headline, labelled fields or "Submitted by", image caption, summary, body, tags, views counter,
    related content, comments, most read with its pager, RSS link and footer."""
    rng, lang = page.rng, page.lang
    ui = DRUPAL8[lang]
    cookies_top = rng.random() < 0.5
    if cookies_top:
        b.block("cookie_banner", *ui["cookies"])
    b.block("skip_link", str(ui["skip"]))
    if rng.random() < 0.6:
        b.block("languages", *_lines_or_run(page, list(ui["languages"]), 0.5))
    b.block("account_menu", str(ui["login"]))
    b.block("site_name", page.site)
    if rng.random() < 0.6:
        b.block("slogan", SLOGAN73[lang])
    if rng.random() < 0.7:
        b.block("search", *ui["search"])
    b.block("main_nav", *_lines_or_run(page, list(NAV73[lang][: rng.randint(5, 8)]), 0.5))
    b.blank()
    crumbs = [str(ui["home"]), str(ui["news"]), page.section][: rng.randint(2, 3)]
    b.block("breadcrumb", *(crumbs if rng.random() < 0.5 else [" / ".join(crumbs)]))
    b.blank()
    mp.add_title(b, page)
    author = page.author()
    when = _drupal_date(page, page.published)
    changed = page.published + dt.timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
    show_changed = rng.random() < 0.3  # the node's "changed" field, on some sites
    layout = rng.random()
    if layout < 0.4:  # fields with their labels above
        fields = [str(ui["author"]), author, str(ui["date"]), when]
        if show_changed:
            fields += [str(ui["changed"]), _drupal_date(page, changed)]
        if rng.random() < 0.5:
            fields += [str(ui["section"]), page.section]
    elif layout < 0.7:  # inline labels
        fields = [f"{ui['author']}: {author}", f"{ui['date']}: {when}"]
        if show_changed:
            fields.append(f"{ui['changed']}: {_drupal_date(page, changed)}")
    else:
        fields = [str(ui["submitted"]).format(author, when)]
    b.block("fields", *fields)
    if rng.random() < 0.5:
        b.block("caption", rng.choice(mp.CAPTIONS[lang]))
    b.blank()
    sep = "" if rng.random() < 0.8 else None
    _standfirst(b, page, sep)  # the "Summary" field
    mp.add_body(b, page, sep=sep)
    mp.short_teaser(b, page, page.say("اقرأ أيضاً", "Lexo edhe"), sep)
    b.blank()
    if rng.random() < 0.75:
        b.block("tags", str(ui["tags"]), *mp.tags_for(page))
    if rng.random() < 0.6:
        b.block("views", str(ui["views"]).format(rng.randint(12, 4800)))
    b.blank()
    if rng.random() < 0.7:
        related = [str(ui["related"])]
        for h in page.other_headlines(rng.randint(2, 4)):
            related += [h, str(ui["more"])] if rng.random() < 0.5 else [h]
        b.block("related", *related)
        b.blank()
    if rng.random() < 0.4:
        b.block("comments", *ui["comments"])
        b.blank()
    most = [str(ui["most_read"])]
    dated = rng.random() < 0.4
    for h, d in _others_dated(page, rng.randint(4, 6)):
        most += [h, _drupal_date(page, d)] if dated else [h]
    b.block("most_read", *most, *_lines_or_run(page, list(ui["pager"]), 0.5))
    b.blank()
    if rng.random() < 0.5:
        b.block("rss", str(ui["rss"]).format(page.site))
    b.block("footer", *_lines_or_run(page, list(ui["footer"]), 0.5), str(ui["powered"]))
    if not cookies_top:
        b.block("cookie_banner", *ui["cookies"])


# ---------------------------------------------------------------- t74: an outlet's Tumblr blog, a text post

TUMBLR_UI = {  # Tumblr's own strings (English on every blog of 2018)
    "controls": ("Follow", "Join Tumblr"), "controls_alt": ("Follow", "Sign up", "Log in"),
    "notes": "{} notes", "actions": ("Reblog", "Like", "Share"), "liked": "{} liked this",
    "reblogged": "{} reblogged this from {}", "posted": "{} posted this", "pager": ("← Previous", "Next →"),
    "page_of": "Page 1 of {}", "powered": "Powered by Tumblr", "theme_by": "Theme by {}",
    "prompt": ("Sign up for Tumblr", "Follow {} and discover more of what you love", "Sign up", "Log in"),
    "source": "Source: {}",
}
TUMBLR_THEME = {  # the theme's labels: English, or the owner's own
    "ar": (("Archive", "Ask me anything", "Submit a post", "RSS", "Search"),
           ("الأرشيف", "اسألنا", "أرسل خبراً", "RSS", "بحث")),
    "sq": (("Archive", "Ask me anything", "Submit a post", "RSS", "Search"),
           ("Arkivi", "Na pyesni", "Dërgo një lajm", "RSS", "Kërko")),
}
BLOGS74 = {"ar": "alnahar-alyawm", "sq": "zeri-lajme"}
DOMAINS74 = {"ar": "annahar-alyawm.net", "sq": "zerilajme.com"}
DESCRIPTIONS74 = {
    "ar": "الحساب الرسمي لموقع {} على تمبلر: أخبار المنطقة والعالم على مدار الساعة.",
    "sq": "Blogu zyrtar i {} në Tumblr: lajmet e fundit nga Shqipëria, Kosova dhe bota.",
}
OTHER_BLOGS = ("newsfromtheworld", "mediawatcher", "dailyreads", "balkanpress", "arabworldnow", "the-morning-post", "readlater")
DESIGNERS = ("Pixel Union", "Tumblr", "Peter Vidani", "Seventhemes")


def _suffix(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _tumblr_date(d: dt.datetime, style: int) -> str:
    """A Tumblr theme's date: "September 28th, 2018", "Sep 28, 2018" or "28 Sep 2018" (English)."""
    if style == 0:
        return f"{EN_MONTH[d.month]} {d.day}{_suffix(d.day)}, {d.year}"
    if style == 1:
        return _en_short(d)
    return f"{d.day} {EN_MONTH[d.month][:3]} {d.year}"


def t74(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). An outlet's Tumblr text post: Tumblr's controls, blog title and
    description, theme links, post title, standfirst, body, post footer with the date, source,
    hashtags, notes and actions, the notes list, pager, "Powered by Tumblr" and the sign-up
    prompt."""
    rng, lang = page.rng, page.lang
    ui = TUMBLR_UI
    blog = BLOGS74[lang]
    controls = list(ui["controls"] if rng.random() < 0.5 else ui["controls_alt"])
    b.block("tumblr_controls", *_lines_or_run(page, [blog, *controls], 0.5))
    b.blank()
    b.block("site_name", page.site)
    if rng.random() < 0.7:
        b.block("description", DESCRIPTIONS74[lang].format(page.site))
    labels = TUMBLR_THEME[lang][0 if lang == "sq" and rng.random() < 0.5 else rng.randrange(2)]
    b.block("theme_links", *_lines_or_run(page, list(labels[: rng.randint(3, 5)]), 0.5))
    b.blank()
    mp.add_title(b, page)
    sep = "" if rng.random() < 0.8 else None
    _standfirst(b, page, sep)
    mp.add_body(b, page, sep=sep)
    mp.short_teaser(b, page, page.say("اقرأ أيضاً", "Lexo edhe"), sep)
    b.blank()
    d = page.published
    style = rng.randrange(3)
    stamp = _tumblr_date(d, style)
    if rng.random() < 0.4:
        stamp += f" {d.hour % 12 or 12}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    footer = [f"Posted on {stamp}" if rng.random() < 0.5 else stamp]
    if rng.random() < 0.3:
        footer.insert(0, rng.choice(mp.AGO["en"]))
    if rng.random() < 0.6:
        footer.append(str(ui["source"]).format(DOMAINS74[lang]))
    b.block("post_footer", *footer)
    tags = ["#" + t for t in mp.tags_for(page)]
    b.block("hashtags", *_lines_or_run(page, tags, 0.5))
    notes = rng.choice((0, 2, 5, rng.randint(6, 60)))
    counts = ([str(ui["notes"]).format(notes)] if notes else []) + list(ui["actions"])
    b.block("notes_count", *_lines_or_run(page, counts, 0.5))
    if notes and rng.random() < 0.7:
        shown = rng.sample(OTHER_BLOGS, min(notes, rng.randint(2, 4)))
        lines = []
        for other in shown:
            lines.append(str(ui["liked"]).format(other) if rng.random() < 0.5 else str(ui["reblogged"]).format(other, blog))
        lines.append(str(ui["posted"]).format(blog))
        b.block("notes", *lines)
    b.blank()
    if rng.random() < 0.6:
        b.block("pager", *_lines_or_run(page, [*ui["pager"], str(ui["page_of"]).format(rng.randint(40, 400))], 0.5))
    b.block("theme_footer", *_lines_or_run(page, [str(ui["powered"]), str(ui["theme_by"]).format(rng.choice(DESIGNERS))], 0.5))
    if rng.random() < 0.5:
        prompt = list(ui["prompt"])
        prompt[1] = prompt[1].format(blog)
        b.block("signup_prompt", *prompt)


HELDOUT_SITES: dict[str, tuple[Callable[[mp.Page, mp.Builder], None], dict[str, str], float, float, float]] = {
    "t72": (t72, {"ar": "بوابة الشروق نيوز", "sq": "Kosova Sot Online"}, 0.25, 0.5, 0.6),
    "t73": (t73, {"ar": "الوطن الإخباري", "sq": "Agjencia Vatra"}, 0.2, 0.6, 0.4),
    "t74": (t74, {"ar": "النهار اليوم", "sq": "Zëri Lajme"}, 0.15, 0.4, 0.5),
}
"""Each held-out template: (render, site name per language, multi-line headline, standfirst and
standfirst-keeps-its-stop probabilities), registered as ``make_pages.Template``."""
