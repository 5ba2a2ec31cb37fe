"""Held-out site templates t75-t77 of the NTREX page set (imported by ``bench/make_pages.py``).

Written blind on 2026-12-03 by a helper that had not read the cleaner (nothing under
``translate_summarize/``) nor its tests, before any score of these pages, and never adjusted after
the cleaner was scored on them. They live in their own module so that whoever tunes the cleaner can
leave them unread: **do not read this file, nor the pages of t75-t77 (nor their entries in
gold.json), while changing the cleaner** (``bench/eval_extraction.py --hide-heldout`` prints their
totals only). Each (document, language) of NTREX dev documents 1-60 gets one page in one of them.

They imitate three kinds of real Arabic and Albanian news text as it reaches a nightly batch,
laid out differently from t1-t74:

* ``t75``: an outlet's ordinary article page on a WordPress site with ThemeGrill's free "ColorMag"
  theme (2018; the theme's strings in its Arabic translation, or the English ones Albanian sites
  keep while WordPress core and its comment form speak Albanian; Jetpack's sharing, likes and
  related posts): the top bar with the reader's date ("Friday, September 28, 2018" in the theme's
  "l, F j, Y" format, in English or the site's locale: not the article's date) and the "Latest:" ticker of other headlines, the site
  title and tagline, the primary menu (one a line or run together), the category label(s) above
  the headline, the headline, the entry meta (the date in the site's WordPress format, the author,
  "Leave a comment" / "1 Comment" / "n Comments"; one a line or run together; a "Post Views: 1,234" counter on
  some), the featured image's caption, the standfirst, the body, the long teaser after short
  articles, "Share this:" with Jetpack's button labels ("Click to share on Twitter (Opens in new
  window)" or the short ones), "Like this:" / "Like" / "Loading...", Jetpack's "Related" posts
  (headline, date, 'In "<section>"'), the "You May Also Like" block with dates and authors, the
  comment form (WordPress 4.9's wording: "Leave a Reply Cancel reply", "Your email address will
  not be published. Required fields are marked *", "Post Comment"), the sidebar's "Recent Posts"
  and "Archives" ("September 2018"), and the footer ("Copyright © 2018 <site>. All rights
  reserved. Theme: ColorMag by ThemeGrill. Powered by WordPress.");
* ``t76``: an outlet's ordinary article page on a WordPress site with bringthepixel's "Bimber"
  viral-magazine theme (2018; the theme's strings in its Arabic translation, in English on
  Albanian sites): the "Hot" / "Popular" / "Trending" top links, the site's name, the menu, the
  breadcrumb ("Home » <section>"; Yoast's separator), the category label, the headline, the
  byline ("by X"), the date, the counters ("1.2k Shares", "3.4k Views", "2 Comments"; one a line
  or run together, some missing), the share buttons ("Share on Facebook", "Share on Twitter",
  "Pinterest") above the article, the caption, the standfirst (Bimber's subtitle), the body, the
  long teaser after short articles, "What's Your Reaction?" with the eight reaction badges and
  their counts ("Cute", "Fail", "Geeky", "Lol", "Love", "OMG", "Win", "WTF"), "Like it? Share
  with your friends!", the share buttons again, the tags, the author box ("Written by X"), the
  previous / next links with headlines, "Don't Miss", "More From: <section>" with dates, the
  Facebook comments plugin remnants ("0 Comments", "Sort by", "Oldest", "Add a comment...",
  "Facebook Comments Plugin"), the newsletter box ("Get the best viral stories straight into your
  inbox!", "Don't worry, we don't spam") on some copies, and the footer with the theme's default
  line many sites kept ("© 2018 bringthepixel. Remember to change this");
* ``t77``: an outlet's article page read from Google's cache in its "Text-only version" (2018),
  as the page copies to text: Google's cache header in the reader's interface language (Arabic,
  English or Albanian on Albanian copies): "This is Google's cache of <url>. It is a snapshot of
  the page as it appeared on 30 Sep 2018 14:05:31 GMT. The current page could have changed in the
  meantime. Learn more" (the snapshot's month in the interface's language; one paragraph, or broken over two or three lines as the copy gives it; the
  snapshot's date is not the article's), "Full version", "Text-only version", "View source", the
  "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the
  find bar." line, then the outlet's page as text-only mode gives it (no images, every link and
  list item on its own line): skip link, "Search", the menu, the breadcrumb, the section, the
  headline, the dateline ("Published: 28/09/2018 14:32", an "Updated" date on some), the author,
  the standfirst, the body, the long teaser after short articles, the share links' text, the tags,
  "Related news" and "Most read" (numbered on some), the footer's links and copyright.

The article itself is rendered by the generator's shared helpers, so the annotation by construction
is the same as for the other templates. The outlet (the gold ``outlet``) is the news organisation;
ThemeGrill's, bringthepixel's, WordPress's, Jetpack's, Facebook's and Google's names and the
writers are furniture. Paragraph separators are "" or none only.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import make_pages as mp  # make_pages imports this module after defining its helpers
from heldout_pages10 import EN_MONTHS, _en_day, _standfirst
from heldout_pages13 import _long
from heldout_pages14 import _others_dated
from heldout_pages15 import _lines_or_run

EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _wp_date(page: mp.Page, d: dt.datetime, local: bool) -> str:
    """WordPress's date in the site's format: "28 سبتمبر، 2018", "28 shtator 2018" or "September 28, 2018"."""
    if page.lang == "ar":
        return f"{d.day} {mp.MONTHS['ar'][d.month]}، {d.year}"
    return _long(page, d) if local else _en_day(d)


def _k(n: int) -> str:
    """A counter as these themes print it: "845", "1.2k"."""
    return f"{n / 1000:.1f}k" if n >= 1000 else str(n)


# ---------------------------------------------------------------- t75: WordPress with ThemeGrill's ColorMag theme

COLORMAG = {
    "ar": {
        "latest": "الأحدث:", "comment0": "اترك تعليقاً", "comment1": "تعليق واحد", "comments": "{} تعليقات", "views": "مشاهدات المقال: {}",
        "share": "شارك هذا:", "share_long": ("اضغط للمشاركة على تويتر (فتح في نافذة جديدة)",
                                              "انقر للمشاركة على فيسبوك (فتح في نافذة جديدة)",
                                              "اضغط للمشاركة على واتساب (فتح في نافذة جديدة)"),
        "share_short": ("تويتر", "فيسبوك", "واتساب"), "like": ("أعجبني هذا:", "إعجاب", "تحميل..."),
        "related": "ذات صلة", "in": "في \"{}\"", "also": "قد يعجبك أيضاً",
        "form": ("اترك تعليقاً إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
                 "التعليق", "الاسم *", "البريد الإلكتروني *", "الموقع الإلكتروني", "إرسال التعليق"),
        "recent": "أحدث المقالات", "archives": "الأرشيف",
        "footer": "حقوق النشر © 2018 {}. جميع الحقوق محفوظة. قالب: ColorMag بواسطة ThemeGrill. مدعوم من ووردبريس.",
    },
    "sq": {
        "latest": "Latest:", "comment0": "Leave a comment", "comment1": "1 Comment", "comments": "{} Comments", "views": "Post Views: {}",
        "share": "Share this:", "share_long": ("Click to share on Twitter (Opens in new window)",
                                               "Click to share on Facebook (Opens in new window)",
                                               "Click to share on WhatsApp (Opens in new window)"),
        "share_short": ("Twitter", "Facebook", "WhatsApp"), "like": ("Like this:", "Like", "Loading..."),
        "related": "Related", "in": "In \"{}\"", "also": "You May Also Like",
        "form": ("Lini një Përgjigje Anuloje përgjigjen",
                 "Adresa juaj email s’do të bëhet publike. Fushat e domosdoshme janë shënuar me një *",
                 "Koment", "Emër *", "Email *", "Sajt", "Postoje Komentin"),
        "recent": "Recent Posts", "archives": "Archives",
        "footer": "Copyright © 2018 {}. All rights reserved. Theme: ColorMag by ThemeGrill. Powered by WordPress.",
    },
}
TAGLINE75 = {"ar": "صحيفة إلكترونية مستقلة", "sq": "Lajme nga Shqipëria dhe bota"}
MENU75 = {
    "ar": ("الرئيسية", "محليات", "عربي ودولي", "سياسة", "اقتصاد", "رياضة", "ثقافة وفن", "منوعات"),
    "sq": ("Ballina", "Aktualitet", "Politikë", "Ekonomi", "Bota", "Sport", "Kulturë", "Shëndetësi"),
}


def t75(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A WordPress site with the ColorMag theme: the reader's date and the
    "Latest:" ticker, site title and tagline, menu, category labels, headline, entry meta with
    views on some, caption, standfirst, body, Jetpack's sharing, likes and related posts, "You May
    Also Like", the comment form, recent posts, archives and the footer."""
    rng, lang = page.rng, page.lang
    ui = COLORMAG[lang]
    local = lang == "ar" or rng.random() < 0.5

    def day(d: dt.datetime) -> str:
        return _wp_date(page, d, local)

    reader = page.published + dt.timedelta(days=rng.randint(0, 5), hours=rng.randint(1, 12))
    top: list[str] = []
    if rng.random() < 0.7:  # the theme's date bar: today's date for the reader, "l, F j, Y"
        if lang == "ar":
            top.append(f"{mp.WEEKDAYS['ar'][reader.weekday()]}, {mp.MONTHS['ar'][reader.month]} {reader.day}, {reader.year}")
        elif local:  # date_i18n in the Albanian locale
            top.append(f"{mp.WEEKDAYS['sq'][reader.weekday()]}, {mp.MONTHS['sq'][reader.month]} {reader.day}, {reader.year}")
        else:
            top.append(f"{EN_WEEKDAYS[reader.weekday()]}, {EN_MONTHS[reader.month - 1]} {reader.day}, {reader.year}")
    if rng.random() < 0.75:
        news = page.other_headlines(rng.randint(3, 5))
        top += [str(ui["latest"]), *news] if rng.random() < 0.6 else [f"{ui['latest']} {news[0]}", *news[1:]]
    if top:
        b.block("top_bar", *top)
    b.block("site_name", page.site)
    if rng.random() < 0.6:
        b.block("tagline", TAGLINE75[lang])
    b.block("menu", *_lines_or_run(page, list(MENU75[lang][: rng.randint(5, 8)]), 0.5))
    b.blank()
    cats = [page.section] + ([page.say("أخبار", "Lajme")] if rng.random() < 0.35 else [])
    b.block("category", *_lines_or_run(page, cats, 0.5))
    mp.add_title(b, page)
    n_comments = rng.choice((0, 0, 0, 1, 3))
    comments = str(ui["comments"]).format(n_comments) if n_comments > 1 else str(ui["comment1" if n_comments else "comment0"])
    meta = [day(page.published), page.author(), comments]
    b.block("entry_meta", *_lines_or_run(page, meta, 0.5))
    if rng.random() < 0.35:  # the Post Views Counter plugin
        b.block("views", str(ui["views"]).format(f"{rng.randint(40, 9000):,}"))
    if rng.random() < 0.5:
        b.block("caption", rng.choice(mp.CAPTIONS[lang]))
    b.blank()
    sep = "" if rng.random() < 0.8 else None
    _standfirst(b, page, sep)
    mp.add_body(b, page, sep=sep)
    mp.short_teaser(b, page, page.say("اقرأ أيضاً", "Lexo edhe"), sep)
    b.blank()
    buttons = list(ui["share_long"] if rng.random() < 0.5 else ui["share_short"])
    b.block("share", str(ui["share"]), *_lines_or_run(page, buttons, 0.6))
    if rng.random() < 0.6:
        b.block("likes", *_lines_or_run(page, list(ui["like"]), 0.5))
    b.blank()
    if rng.random() < 0.7:  # Jetpack's related posts: headline, date, 'In "<section>"'
        related = [str(ui["related"])]
        for h, when in _others_dated(page, 3):
            related += [h, day(when), str(ui["in"]).format(page.section)]
        b.block("jetpack_related", *related)
        b.blank()
    if rng.random() < 0.6:
        also = [str(ui["also"])]
        for h, when in _others_dated(page, rng.randint(3, 4)):
            also += [h, day(when), page.author()] if rng.random() < 0.5 else [h, day(when)]
        b.block("also_like", *also)
        b.blank()
    b.block("comment_form", *ui["form"])
    b.blank()
    if rng.random() < 0.7:
        b.block("recent_posts", str(ui["recent"]), *page.other_headlines(rng.randint(3, 5)))
    if rng.random() < 0.5:
        if lang == "ar":
            months = ["أكتوبر 2018", "سبتمبر 2018", "أغسطس 2018", "يوليو 2018"]
        elif local:
            months = ["Tetor 2018", "Shtator 2018", "Gusht 2018", "Korrik 2018"]
        else:
            months = ["October 2018", "September 2018", "August 2018", "July 2018"]
        months = months[0 if reader.month == 10 else 1:]  # the archive's months up to the reader's day
        b.block("archives", str(ui["archives"]), *months[: rng.randint(2, 3)])
    b.blank()
    b.block("footer", str(ui["footer"]).format(page.site))


# ---------------------------------------------------------------- t76: WordPress with bringthepixel's Bimber theme

BIMBER = {
    "ar": {
        "top": ("ساخن", "الأكثر شعبية", "رائج"), "home": "الرئيسية", "by": "بواسطة {}",
        "shares": "{} مشاركة", "views": "{} مشاهدة", "comments": "{} تعليقات",
        "buttons": ("شارك على فيسبوك", "شارك على تويتر", "Pinterest"),
        "reaction": "ما هو رد فعلك؟",
        "reactions": ("لطيف", "فشل", "مهووس", "ضحك", "حب", "يا إلهي", "فوز", "ماذا؟!"),
        "like_it": "أعجبك؟ شاركه مع أصدقائك!", "share2": ("مشاركة", "تغريدة"), "tags": "الوسوم",
        "written": "كتب بواسطة", "prev": "السابق", "next": "التالي", "dont_miss": "لا تفوّت",
        "more_from": "المزيد من: {}",
        "fb": ("0 تعليقات", "ترتيب حسب", "الأقدم", "أضف تعليقاً...", "Facebook Comments Plugin"),
        "newsletter": ("اشترك في نشرتنا البريدية", "احصل على أفضل القصص مباشرة في بريدك!", "عنوان بريدك الإلكتروني",
                       "اشترك", "لا تقلق، نحن لا نرسل رسائل مزعجة"),
    },
    "sq": {
        "top": ("Hot", "Popular", "Trending"), "home": "Home", "by": "by {}",
        "shares": "{} Shares", "views": "{} Views", "comments": "{} Comments",
        "buttons": ("Share on Facebook", "Share on Twitter", "Pinterest"),
        "reaction": "What's Your Reaction?",
        "reactions": ("Cute", "Fail", "Geeky", "Lol", "Love", "OMG", "Win", "WTF"),
        "like_it": "Like it? Share with your friends!", "share2": ("Share", "Tweet"), "tags": "Tags",
        "written": "Written by", "prev": "Previous article", "next": "Next article", "dont_miss": "Don't Miss",
        "more_from": "More From: {}",
        "fb": ("0 Comments", "Sort by", "Oldest", "Add a comment...", "Facebook Comments Plugin"),
        "newsletter": ("Newsletter", "Get the best viral stories straight into your inbox!", "Your email address",
                       "Sign up", "Don't worry, we don't spam"),
    },
}
MENU76 = {
    "ar": ("أخبار", "منوعات", "فيديو", "صور", "مشاهير", "رياضة", "تقنية"),
    "sq": ("Lajme", "Showbiz", "Video", "Foto", "Sport", "Teknologji", "Lifestyle"),
}
BIMBER_FOOTER = "© 2018 bringthepixel. Remember to change this"


def t76(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A WordPress site with the Bimber viral theme: hot / popular /
    trending links, site name, menu, breadcrumb, category, headline, byline, date, counters, share
    buttons, caption, subtitle, body, reactions, share again, tags, author box, previous / next,
    "Don't Miss", "More From", Facebook comments, newsletter and the theme's default footer."""
    rng, lang = page.rng, page.lang
    ui = BIMBER[lang]
    local = lang == "ar" or rng.random() < 0.4
    b.block("top_links", *_lines_or_run(page, list(ui["top"]), 0.5))
    b.block("site_name", page.site)
    b.block("menu", *_lines_or_run(page, list(MENU76[lang][: rng.randint(4, 7)]), 0.5))
    b.blank()
    if rng.random() < 0.6:
        b.block("breadcrumb", f"{ui['home']} » {page.section}")
    b.block("category", page.section)
    mp.add_title(b, page)
    author = page.author()
    meta = [str(ui["by"]).format(author), _wp_date(page, page.published, local)]
    counters = []
    if rng.random() < 0.6:
        counters.append(str(ui["shares"]).format(_k(rng.randint(3, 4000))))
    if rng.random() < 0.7:
        counters.append(str(ui["views"]).format(_k(rng.randint(50, 30000))))
    if rng.random() < 0.4:
        counters.append(str(ui["comments"]).format(rng.randint(0, 12)))
    b.block("byline", *_lines_or_run(page, meta + counters, 0.5))
    if rng.random() < 0.7:
        b.block("share_top", *_lines_or_run(page, list(ui["buttons"]), 0.5))
    if rng.random() < 0.45:
        b.block("caption", rng.choice(mp.CAPTIONS[lang]))
    b.blank()
    sep = "" if rng.random() < 0.75 else None
    _standfirst(b, page, sep)  # Bimber's subtitle
    mp.add_body(b, page, sep=sep)
    mp.short_teaser(b, page, page.say("اقرأ أيضاً", "Lexo edhe"), sep)
    b.blank()
    if rng.random() < 0.75:  # the reaction badges, each with its vote count
        badges = [f"{r} {rng.choice((0, 0, 1, 2, rng.randint(3, 40)))}" if rng.random() < 0.5 else r for r in ui["reactions"]]
        b.block("reactions", str(ui["reaction"]), *_lines_or_run(page, badges, 0.6))
        b.blank()
    b.block("share_bottom", str(ui["like_it"]), *_lines_or_run(page, list(ui["share2"]), 0.5))
    if rng.random() < 0.7:
        tags = mp.tags_for(page)
        b.block("tags", *([str(ui["tags"]), *tags] if rng.random() < 0.5 else tags))
    b.blank()
    if rng.random() < 0.6:
        b.block("author_box", str(ui["written"]), author)
        b.blank()
    prev, nxt = page.other_headlines(2)
    b.block("post_nav", *([str(ui["prev"]), prev, str(ui["next"]), nxt] if rng.random() < 0.6 else [prev, nxt]))
    b.blank()
    if rng.random() < 0.5:
        b.block("dont_miss", str(ui["dont_miss"]), *page.other_headlines(rng.randint(2, 4)))
        b.blank()
    more = [str(ui["more_from"]).format(page.section)]
    for h, when in _others_dated(page, rng.randint(3, 5)):
        more += [h, _wp_date(page, when, local)] if rng.random() < 0.5 else [h]
    b.block("more_from", *more)
    b.blank()
    if rng.random() < 0.6:
        b.block("fb_comments", *_lines_or_run(page, list(ui["fb"]), 0.4))
        b.blank()
    if rng.random() < 0.4:
        b.block("newsletter", *ui["newsletter"])
        b.blank()
    b.block("footer", *_lines_or_run(page, list(MENU76[lang][:4]), 0.5), BIMBER_FOOTER)


# ---------------------------------------------------------------- t77: Google's cache, text-only version

GCACHE = {
    "ar": ("هذه هي النسخة المخبأة من Google من {}.", "وهي لقطة للصفحة كما ظهرت في {}.",
           "ربما تغيرت الصفحة الحالية في الوقت نفسه. مزيد من المعلومات",
           ("النسخة الكاملة", "إصدار نصي فقط", "عرض المصدر"),
           "نصيحة: للعثور على عبارة البحث بسرعة على هذه الصفحة، اضغط على Ctrl+F أو ⌘-F (Mac) واستخدم شريط البحث."),
    "en": ("This is Google's cache of {}.", "It is a snapshot of the page as it appeared on {}.",
           "The current page could have changed in the meantime. Learn more",
           ("Full version", "Text-only version", "View source"),
           "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar."),
    "sq": ("Kjo është kopja e memories së Google për {}.", "Është një pamje e faqes siç dukej më {}.",
           "Faqja aktuale mund të ketë ndryshuar ndërkohë. Mëso më shumë",
           ("Versioni i plotë", "Versioni vetëm tekst", "Shiko burimin"),
           "Këshillë: Për të gjetur shpejt termin e kërkimit në këtë faqe, shtyp Ctrl+F ose ⌘-F (Mac) dhe përdor shiritin e gjetjes."),
}
SITE77 = {
    "ar": {
        "domain": "https://www.alnour-daily.com/news/{}", "skip": "انتقل إلى المحتوى", "search": "بحث",
        "menu": ("الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة", "رأي", "فيديو"),
        "home": "الرئيسية", "published": "نشر في: {}", "updated": "آخر تحديث: {}", "author": "كتب: {}",
        "share": ("فيسبوك", "تويتر", "واتساب", "طباعة", "إرسال"), "tags": "كلمات مفتاحية:",
        "related": "أخبار ذات صلة", "most": "الأكثر قراءة",
        "footer": ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية"), "rights": "جميع الحقوق محفوظة © {} 2018",
    },
    "sq": {
        "domain": "https://www.shekulliiri.al/lajme/{}/", "skip": "Kalo te përmbajtja", "search": "Kërko",
        "menu": ("Kryefaqja", "Aktualitet", "Politikë", "Ekonomi", "Bota", "Sport", "Kulturë", "Opinion"),
        "home": "Kryefaqja", "published": "Publikuar: {}", "updated": "Përditësuar: {}", "author": "Nga: {}",
        "share": ("Facebook", "Twitter", "Viber", "Printo", "Email"), "tags": "Etiketa:",
        "related": "Lajme të ngjashme", "most": "Më të lexuarat",
        "footer": ("Rreth nesh", "Kontakt", "Marketing", "Privatësia"), "rights": "© 2018 {}. Të gjitha të drejtat të rezervuara.",
    },
}


def _stamp(d: dt.datetime) -> str:
    """The outlet's dateline: "28/09/2018 14:32"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"


def t77(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). Google's cache, text-only version: the cache header with the
    snapshot's date, the version links and the tip, then the outlet's page as text: skip link,
    search, menu, breadcrumb, section, headline, dateline, author, standfirst, body, share links,
    tags, related and most read, footer links and copyright."""
    rng, lang = page.rng, page.lang
    ui = SITE77[lang]
    face = "en" if lang == "sq" and rng.random() < 0.5 else lang
    cache = GCACHE[face]
    url = str(ui["domain"]).format(rng.randint(100000, 999999))
    snap = page.published + dt.timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 23), minutes=rng.randint(0, 59),
                                         seconds=rng.randint(0, 59))
    month = EN_MONTHS[snap.month - 1][:3] if face == "en" else mp.MONTHS[face][snap.month]
    when = f"{snap.day} {month} {snap.year} {snap:%H:%M:%S} GMT"
    head = [str(cache[0]).format(url), str(cache[1]).format(when), str(cache[2])]
    shape = rng.random()
    if shape < 0.4:
        head = [" ".join(head)]
    elif shape < 0.7:
        head = [f"{head[0]} {head[1]}", head[2]]
    b.block("cache_header", *head)
    b.block("cache_versions", *_lines_or_run(page, list(cache[3]), 0.5))
    b.block("cache_tip", str(cache[4]))
    b.blank()
    b.block("skip_link", str(ui["skip"]))
    b.block("site_name", page.site)
    if rng.random() < 0.6:
        b.block("search", str(ui["search"]))
    b.block("menu", *list(ui["menu"])[: rng.randint(5, 8)])
    b.blank()
    if rng.random() < 0.6:
        b.block("breadcrumb", str(ui["home"]), page.section)
    else:
        b.block("section", page.section)
    mp.add_title(b, page)
    published = _stamp(page.published)
    dateline = [str(ui["published"]).format(published)]
    if rng.random() < 0.35:
        updated = page.published + dt.timedelta(hours=rng.randint(1, 20), minutes=rng.randint(0, 59))
        dateline.append(str(ui["updated"]).format(_stamp(updated)))
    author = str(ui["author"]).format(page.author())
    if rng.random() < 0.5:
        dateline.insert(0, author)
    elif rng.random() < 0.5:
        dateline.append(author)
    b.block("dateline", *_lines_or_run(page, dateline, 0.6))
    b.blank()
    sep = "" if rng.random() < 0.7 else None
    _standfirst(b, page, sep)
    mp.add_body(b, page, sep=sep)
    mp.short_teaser(b, page, page.say("اقرأ أيضاً", "Lexo edhe"), sep)
    b.blank()
    b.block("share", *list(ui["share"])[: rng.randint(3, 5)])
    if rng.random() < 0.7:
        b.block("tags", str(ui["tags"]), *mp.tags_for(page))
    b.blank()
    if rng.random() < 0.75:
        b.block("related", str(ui["related"]), *page.other_headlines(rng.randint(3, 4)))
        b.blank()
    most = page.other_headlines(rng.randint(4, 5))
    if rng.random() < 0.4:
        dot = "." if rng.random() < 0.5 else ""
        most = [f"{k}{dot} {h}" for k, h in enumerate(most, 1)]
    b.block("most_read", str(ui["most"]), *most)
    b.blank()
    b.block("footer", *list(ui["footer"]), str(ui["rights"]).format(page.site))


HELDOUT_SITES: dict[str, tuple[Callable[[mp.Page, mp.Builder], None], dict[str, str], float, float, float]] = {
    "t75": (t75, {"ar": "صحيفة السبيل الإلكترونية", "sq": "Tirana Post"}, 0.2, 0.5, 0.5),
    "t76": (t76, {"ar": "عالم الترند", "sq": "Bota Virale"}, 0.3, 0.6, 0.3),
    "t77": (t77, {"ar": "جريدة النور", "sq": "Shekulli i Ri"}, 0.2, 0.4, 0.7),
}
"""Each held-out template: (render, site name per language, multi-line headline, standfirst and
standfirst-keeps-its-stop probabilities), registered as ``make_pages.Template``."""
