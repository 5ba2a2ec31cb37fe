"""Site templates t60-t62 of the NTREX page set (imported by ``bench/make_pages.py``): tuning
templates since 2026-12-03 15:02, no longer held out (held out until the new held-out round t63-t65,
``bench/heldout_pages16.py``, was written).

Written blind on 2026-12-03 by a helper that had not read the cleaner (nothing under
``translate_summarize/``) nor its tests, before any score of these pages, and never adjusted after
the cleaner was scored on them. They live in their own module so that whoever tunes the cleaner can
leave them unread: held out until 2026-12-03 15:02, tuning since.
Each (document, language) of NTREX dev documents 1-60 gets one page in one of them.

They imitate three kinds of real Arabic and Albanian news text as it reaches a nightly batch,
laid out differently from t1-t59:

* ``t60``: an outlet's ordinary article page on a WordPress site with TieLabs' "Jannah" theme (the
  theme most Arabic news sites of 2018 bought; Albanian sites keep its English strings): the top
  bar with the reader's date and "Sign in" / "Random Article" / "Sidebar" labels, the logo text, the
  menu, the "Breaking News" ticker (other headlines), the breadcrumb with "/", the category, the
  headline, the author line with the date, "Last Updated:" with a later date, the comment count and
  "n minutes read", the share labels (one a line or run together), standfirst, body with
  "Related Articles" / "Read also" boxes of other headlines between paragraphs, the long teaser
  after short articles, tags, "Show More" / "Show Less", "Related Articles" with dates, the
  "Check Also" slide-in, "Close", "Back to top button" and the theme's footer;
* ``t61``: an outlet's ordinary article on a free WordPress.com site (Twenty Sixteen theme with
  Jetpack, 2018; WordPress.com's strings in Arabic, in English on Albanian sites): "Skip to
  content", the site's title and tagline, "Menu", the headline, the standfirst, the body, the long
  teaser after short articles, Jetpack's "Share this:" buttons ("Twitter", "Facebook", "Click to
  share on ..."), "Like this:", "Like Loading...", "Related" posts (headline, date, "In
  \"<category>\""), the entry footer (author, the date, category, "Leave a comment"), "Post
  navigation" / "Previous" with a headline, "Leave a Reply" / "Enter your comment here...", the
  sidebar widgets (search, recent posts, archives, categories, meta: "Log in", "Entries RSS"), "Blog
  at WordPress.com.", and the "Follow" bar ("Follow <site>", "Get every new post delivered to your
  Inbox.", "Build a website with WordPress.com");
* ``t62``: an outlet's article republished as a LinkedIn article (LinkedIn Pulse, 2018) on its
  company page, copied logged out: "Skip to main content", LinkedIn's bar ("Join now" /
  "Sign in"), the cover image's label, the headline, the "Published on <date>" line, the page's
  name with its follower count and "Follow", "Edit article" on some copies, standfirst, body,
  the long teaser after short articles, the reaction counts ("27 Likes", "3 Comments"), "Like /
  Comment / Share", "Report this", "Published by" with the page's name and its article count,
  "More from <page>" with other headlines, "Sign in to join the conversation" and LinkedIn's footer
  ("© 2018", "User Agreement", "Privacy Policy", ...).

The article itself is rendered by the generator's shared helpers, so the annotation by construction
is the same as for the other templates. The outlet (the gold ``outlet``) is the news organisation;
TieLabs', WordPress.com's and LinkedIn's names are furniture.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import make_pages as mp  # make_pages imports this module after defining its helpers
from heldout_pages10 import _en_day, _standfirst
from heldout_pages13 import _long, _minutes
from heldout_pages14 import _others_dated


def _date(page: mp.Page, d: dt.datetime) -> str:
    """The article's date as these sites print it: "28 سبتمبر 2018" or "September 28, 2018"."""
    return _long(page, d) if page.lang == "ar" else _en_day(d)


def _lines_or_run(page: mp.Page, items: list[str], p: float = 0.5) -> list[str]:
    """A row of labels one a line, or run together on one line as some copies give it."""
    return items if page.rng.random() < p else [" ".join(items)]


# ---------------------------------------------------------------- t60: WordPress with TieLabs' Jannah theme

JANNAH = {
    "ar": {
        "top": ("تسجيل الدخول", "مقال عشوائي", "القائمة الجانبية", "بحث عن"), "breaking": "أخبار عاجلة",
        "home": "الرئيسية", "updated": "آخر تحديث:", "read": "دقائق قراءة", "comments": "{} تعليق",
        "share": ("فيسبوك", "تويتر", "واتساب", "تيلقرام", "مشاركة عبر البريد", "طباعة"),
        "related_box": "مقالات ذات صلة", "read_also": "اقرأ أيضاً", "tags": "الوسوم",
        "more": ("إظهار المزيد", "إظهار أقل"), "check": "شاهد أيضاً", "close": "إغلاق",
        "top_btn": "زر الذهاب إلى الأعلى", "ad_block": "أنت تستخدم إضافة Adblock",
        "footer": "جميع الحقوق محفوظة لموقع {} © 2018",
    },
    "sq": {
        "top": ("Sign in", "Random Article", "Sidebar", "Search for"), "breaking": "Breaking News",
        "home": "Ballina", "updated": "Last Updated:", "read": "minutes read", "comments": "{} Comments",
        "share": ("Facebook", "Twitter", "WhatsApp", "Telegram", "Share via Email", "Print"),
        "related_box": "Related Articles", "read_also": "Lexo edhe", "tags": "Tags",
        "more": ("Show More", "Show Less"), "check": "Check Also", "close": "Close",
        "top_btn": "Back to top button", "ad_block": "Adblock Detected",
        "footer": "© Copyright 2018, All Rights Reserved | {}",
    },
}
MENU60 = {
    "ar": ("الرئيسية", "سياسة", "اقتصاد", "عربي ودولي", "رياضة", "تكنولوجيا", "صحة"),
    "sq": ("Ballina", "Lajme", "Politikë", "Ekonomi", "Rajoni", "Bota", "Sport"),
}


def t60(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A WordPress site with the Jannah theme: top bar (reader's date, sign-in
    and sidebar labels), logo, menu, breaking ticker, breadcrumb, category, headline, author and
    dates ("Last Updated:"), comment count and read time, share labels, standfirst, body with
    related boxes, tags, "Show More", related articles with dates, "Check Also", "Back to top
    button" and the footer."""
    rng, lang = page.rng, page.lang
    ui = JANNAH[lang]
    reader = page.published + dt.timedelta(days=rng.randint(1, 5))
    comma = "،" if lang == "ar" else ","
    top = [f"{mp.WEEKDAYS['ar' if lang == 'ar' else 'en'][reader.weekday()]}{comma} {_date(page, reader)}"]
    b.block("top_bar", *top, *_lines_or_run(page, list(ui["top"])))
    b.block("site_name", page.site)
    b.block("menu", *_lines_or_run(page, list(MENU60[lang][: rng.randint(5, 7)]), 0.6))
    b.block("breaking", str(ui["breaking"]), *page.other_headlines(rng.randint(2, 4)))
    b.blank()
    b.block("breadcrumb", f"{ui['home']} / {page.section}" if rng.random() < 0.6 else f"{ui['home']}  /  {page.section}")
    if rng.random() < 0.5:
        b.block("category", page.section)
    mp.add_title(b, page)
    d = page.published
    meta = [page.author(), _date(page, d)]
    if rng.random() < 0.6:
        meta.append(f"{ui['updated']} {_date(page, d + dt.timedelta(days=rng.randint(1, 3)))}")
    meta += [str(ui["comments"]).format(rng.randint(0, 9)), f"{_minutes(page)} {ui['read']}"]
    b.block("post_meta", *_lines_or_run(page, meta))
    b.block("share", *_lines_or_run(page, list(ui["share"])))
    b.blank()
    sep = "" if rng.random() < 0.6 else None
    _standfirst(b, page, sep)
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    if len(page.paras) >= 3:
        label = str(ui["related_box"] if rng.random() < 0.5 else ui["read_also"])
        inserts[rng.randint(0, len(page.paras) - 2)] = [("related_box", [label, *page.other_headlines(2)])]
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, str(ui["read_also"]), sep)
    b.blank()
    if rng.random() < 0.7:
        b.block("tags", str(ui["tags"]), *mp.tags_for(page))
    if rng.random() < 0.5:
        b.block("show_more", *ui["more"])
    b.block("share_bottom", *_lines_or_run(page, list(ui["share"][:4])))
    related = [str(ui["related_box"])]
    for h, day in _others_dated(page, 3):
        related += [h, _date(page, day)]
    b.block("related", *related)
    b.blank()
    b.block("check_also", str(ui["check"]), page.other_headlines(1)[0], str(ui["close"]))
    b.block("footer", str(ui["footer"]).format(page.site), str(ui["top_btn"]))
    if rng.random() < 0.2:
        b.block("adblock", str(ui["ad_block"]))


# ---------------------------------------------------------------- t61: a free WordPress.com site (Twenty Sixteen + Jetpack)

WPCOM = {
    "ar": {
        "skip": "التجاوز إلى المحتوى", "menu": "القائمة", "share": "شارك هذا:",
        "buttons": ("تويتر", "فيسبوك", "انقر للمشاركة على WhatsApp (فتح في نافذة جديدة)"),
        "like": ("أعجبني هذا:", "إعجاب تحميل..."), "related": "ذات صلة", "in": "في \"{}\"",
        "leave": "أضف تعليق", "nav": ("تصفّح المقالات", "السابق", "المقالة السابقة:"),
        "reply": ("اترك رد", "أدخل تعليقك هنا..."),
        "widgets": ("البحث عن:", "بحث", "أحدث المقالات", "الأرشيف", "سبتمبر 2018", "تصنيفات",
                    "منوعات", "تسجيل الدخول", "خلاصة RSS للمقالات", "WordPress.com"),
        "credit": "مدونة على ووردبريس.كوم.",
        "follow": ("تابع", "تابع “{}”", "احصل على كل مقالة جديدة في بريدك.", "أنشئ موقعًا مع WordPress.com"),
    },
    "sq": {
        "skip": "Skip to content", "menu": "Menu", "share": "Share this:",
        "buttons": ("Twitter", "Facebook", "Click to share on WhatsApp (Opens in new window)"),
        "like": ("Like this:", "Like Loading..."), "related": "Related", "in": "In \"{}\"",
        "leave": "Leave a comment", "nav": ("Post navigation", "Previous", "Previous post:"),
        "reply": ("Leave a Reply", "Enter your comment here..."),
        "widgets": ("Search for:", "Search", "Recent Posts", "Archives", "September 2018", "Categories",
                    "Uncategorized", "Log in", "Entries RSS", "WordPress.com"),
        "credit": "Blog at WordPress.com.",
        "follow": ("Follow", "Follow “{}”", "Get every new post delivered to your Inbox.",
                   "Build a website with WordPress.com"),
    },
}
TAGLINES61 = {
    "ar": ("أخبار المدينة ساعة بساعة", "صوت الناس"),
    "sq": ("Lajme nga qyteti dhe rajoni", "Informacion i pavarur"),
}


def t61(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A free WordPress.com site: "Skip to content", title and tagline,
    "Menu", the headline, standfirst, body, Jetpack's share / like / related blocks, the entry
    footer (author, date, category, "Leave a comment"), post navigation, the reply form, the
    sidebar widgets, "Blog at WordPress.com." and the follow bar."""
    rng, lang = page.rng, page.lang
    ui = WPCOM[lang]
    b.block("skip", str(ui["skip"]))
    b.block("site_title", page.site, rng.choice(TAGLINES61[lang]))
    b.block("menu", str(ui["menu"]))
    b.blank()
    entry_date = _date(page, page.published)
    meta_top = rng.random() < 0.3  # some child themes move the entry meta above the headline
    if meta_top:
        b.block("entry_meta", entry_date)
    mp.add_title(b, page)
    sep = "" if rng.random() < 0.8 else None
    b.blank()
    _standfirst(b, page, sep)
    mp.add_body(b, page, sep=sep)
    mp.short_teaser(b, page, page.say("اقرأ أيضا:", "Lexo edhe:"), sep)
    b.blank()
    b.block("share", str(ui["share"]), *_lines_or_run(page, list(ui["buttons"])))
    b.block("like", *ui["like"])
    related = [str(ui["related"])]
    for h, day in _others_dated(page, 3):
        related += [h, _date(page, day), str(ui["in"]).format(page.section)]
    b.block("related", *related)
    b.blank()
    footer = [page.author()] + ([] if meta_top else [entry_date]) + [page.section, str(ui["leave"])]
    b.block("entry_footer", *_lines_or_run(page, footer, 0.7))
    nav, prev, prev_label = ui["nav"]
    b.block("post_nav", nav, prev, prev_label, page.other_headlines(1)[0])
    b.blank()
    b.block("reply", *ui["reply"])
    widgets = list(ui["widgets"])
    b.block("widgets", *widgets[:3], *page.other_headlines(rng.randint(2, 4)), *widgets[3:])
    b.block("credit", str(ui["credit"]))
    if rng.random() < 0.7:
        follow = list(ui["follow"])
        b.block("follow_bar", follow[0], follow[1].format(page.site), *follow[2:])


# ---------------------------------------------------------------- t62: a LinkedIn article (Pulse)

LINKEDIN = {
    "ar": {
        "skip": "تخطي إلى المحتوى الرئيسي", "bar": ("LinkedIn", "انضم الآن", "تسجيل الدخول"),
        "cover": "صورة الغلاف", "published": "تم النشر في {}", "followers": "{} متابع", "follow": "متابعة",
        "edit": "تعديل المقال", "likes": "{} إعجاب", "comments": "{} تعليق",
        "actions": ("أعجبني", "تعليق", "مشاركة"), "report": "الإبلاغ عن هذا",
        "by": "نُشر من قِبل", "articles": "{} مقالة", "more": "المزيد من {}",
        "join": "سجّل الدخول للانضمام إلى المحادثة",
        "footer": ("© 2018", "اتفاقية المستخدم", "سياسة الخصوصية", "سياسة ملفات تعريف الارتباط",
                   "سياسة حقوق النشر", "إرشادات المجتمع", "اللغة"),
    },
    "sq": {
        "skip": "Skip to main content", "bar": ("LinkedIn", "Join now", "Sign in"),
        "cover": "Cover image", "published": "Published on {}", "followers": "{} followers", "follow": "Follow",
        "edit": "Edit article", "likes": "{} Likes", "comments": "{} Comments",
        "actions": ("Like", "Comment", "Share"), "report": "Report this",
        "by": "Published By", "articles": "{} articles", "more": "More from {}",
        "join": "Sign in to join the conversation",
        "footer": ("© 2018", "User Agreement", "Privacy Policy", "Cookie Policy", "Copyright Policy",
                   "Community Guidelines", "Language"),
    },
}


def _linkedin_date(page: mp.Page) -> str:
    """LinkedIn's article date: "28 سبتمبر 2018" in Arabic, "September 28, 2018" or "Sep 28, 2018"."""
    d = page.published
    if page.lang == "ar":
        return _long(page, d)
    full = _en_day(d)
    return full if page.rng.random() < 0.5 else full[:3] + full[full.index(" "):]


def t62(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). An outlet's article republished as a LinkedIn article on its company
    page, copied logged out: the skip link, LinkedIn's bar, the cover image label, the headline,
    "Published on", the page's name, followers and "Follow", standfirst, body, the reaction counts,
    the action row, "Report this", "Published by", "More from <page>", the sign-in prompt and the
    footer."""
    rng, lang = page.rng, page.lang
    ui = LINKEDIN[lang]
    b.block("skip", str(ui["skip"]))
    b.block("bar", *_lines_or_run(page, list(ui["bar"])))
    b.blank()
    if rng.random() < 0.5:
        b.block("cover", str(ui["cover"]))
    mp.add_title(b, page)
    published = str(ui["published"]).format(_linkedin_date(page))
    followers = str(ui["followers"]).format(f"{rng.randint(1, 90)},{rng.randint(0, 999):03d}")
    byline = [page.site, followers, str(ui["follow"])]
    if rng.random() < 0.5:
        b.block("published", published)
        b.block("byline", *byline)
    else:
        b.block("byline", *byline)
        b.block("published", published)
    if rng.random() < 0.15:
        b.block("edit", str(ui["edit"]))
    sep = "" if rng.random() < 0.7 else None
    b.blank()
    _standfirst(b, page, sep)
    mp.add_body(b, page, sep=sep)
    mp.short_teaser(b, page, page.say("اقرأ أيضا", "Lexo edhe"), sep)
    b.blank()
    counts = [str(ui["likes"]).format(rng.randint(3, 300))]
    if rng.random() < 0.6:
        counts.append(str(ui["comments"]).format(rng.randint(1, 20)))
    b.block("counts", *_lines_or_run(page, counts))
    b.block("actions", *_lines_or_run(page, list(ui["actions"])))
    b.block("report", str(ui["report"]))
    b.blank()
    b.block("published_by", str(ui["by"]), page.site, str(ui["articles"]).format(rng.randint(40, 900)),
            str(ui["follow"]))
    b.block("more_from", str(ui["more"]).format(page.site), *page.other_headlines(rng.randint(2, 4)))
    b.block("join", str(ui["join"]))
    b.blank()
    b.block("footer", *_lines_or_run(page, list(ui["footer"])))


HELDOUT_SITES: dict[str, tuple[Callable[[mp.Page, mp.Builder], None], dict[str, str], float, float, float]] = {
    "t60": (t60, {"ar": "صدى البلد نيوز", "sq": "Lajmi i Ditës"}, 0.3, 0.5, 0.5),
    "t61": (t61, {"ar": "أخبار الجنوب", "sq": "Kukësi Online"}, 0.1, 0.4, 0.7),
    "t62": (t62, {"ar": "مجموعة الوسط الإعلامية", "sq": "Report Media"}, 0.0, 0.6, 0.6),
}
"""Each held-out template: (render, site name per language, multi-line headline, standfirst and
standfirst-keeps-its-stop probabilities), registered as ``make_pages.Template``."""
