"""Site templates t69-t71 of the NTREX page set (imported by ``bench/make_pages.py``): tuning
templates since 2026-12-03 18:14, no longer held out (held out until the new held-out round t72-t74,
``bench/heldout_pages19.py``, was written).

Written blind on 2026-12-03 by a helper that had not read the cleaner (nothing under
``translate_summarize/``) nor its tests, before any score of these pages, and never adjusted after
the cleaner was scored on them. They live in their own module so that whoever tunes the cleaner can
leave them unread: held out until 2026-12-03 18:14, tuning since.
Each (document, language) of NTREX dev documents 1-60 gets one page in one of them.

They imitate three kinds of real Arabic and Albanian news text as it reaches a nightly batch,
laid out differently from t1-t68:

* ``t69``: an outlet's ordinary article page on a WordPress site with BetterStudio's "Publisher"
  theme (2018; its strings translated in Arabic through the theme's translation panel, or the
  English ones Albanian sites keep, while WordPress prints the month in the site's language inside
  the theme's "M j, Y" format: "سبتمبر 28, 2018", "shtator 28, 2018"): the top bar with the reader's
  date (not the article's) and "Login / Register", the logo text, the menu, the "Trending" strip of
  other headlines, the breadcrumb with "»", the category badges, the headline, the subtitle
  (standfirst), the meta ("By <author>", "On <date>", "Last updated <later date>" on some copies;
  one a line or run together), the counters ("0 Shares", "1.2K Views"), the share labels
  ("Share", "Facebook", "Twitter", "Google+", "ReddIt", "WhatsApp", "Pinterest", "Email"), the
  featured image's caption, the body with the inline "You might also like" box of other headlines
  between paragraphs, the long teaser after short articles, the post's "Source" / "Via" fields, tags,
  "Prev Post" / "Next Post" with headlines, "You might also like" / "More from author" tabs with
  "Load More", the comment form ("Leave A Reply", "Cancel Reply", the WordPress 4.9.6 cookie-consent
  checkbox sentence, "Post Comment"), the sidebar's "Popular Posts" with dates, the footer
  ("© 2018 - <site>. All Rights Reserved.", "Website Design: BetterStudio") and the log-in popup the
  theme keeps at the end of the page ("Sign in", "Welcome, Login to your account.", "Forget your
  password?", "Remember me", "Recover your password.", "A password will be e-mailed to you.");
* ``t70``: an outlet's ordinary article page on a big outlet's headless-CMS site (a custom React /
  Next.js front end on an Arc XP-like content API, 2018), every string the outlet's own, in Arabic
  or Albanian: the skip link, the header ("Menu", "Search", "Subscribe", "Sign in"), the edition
  switch on some copies, the section links (one a line or run together), the kicker (section link)
  above the headline, the dek (standfirst), the byline ("By X", or "By X and Y", and the author's
  role on some copies), the article's date and time with the time zone ("GMT"), "Updated" with a
  later time on some copies, the reader's relative time ("3 hours ago") on others, the article
  tools ("Listen to this article" with its duration, "Copy link", "Share"), the lead image's
  caption and its credit on separate lines, the body with "Advertisement" labels and an inline
  "Read also" card (section, headline) between paragraphs, the long teaser after short articles,
  the "Topics" chips (one a line or run together), the share row again, "Most read" numbered, "More
  in <section>" with relative times, the newsletter sign-up, the app badges ("Download on the App
  Store", "GET IT ON Google Play"), and the footer (section links, "About us", "Contact", "Terms of
  use", "Privacy policy", "Cookie settings", the copyright);
* ``t71``: an outlet's evening newsletter issue as its web post on Substack (2018), copied from the
  browser: Substack's strings stay English whatever the language (Substack had no Arabic or
  Albanian interface), what the writer types is in Arabic or Albanian: the publication's name,
  "Subscribe" / "Sign in", the post's title (the headline) and subtitle (the standfirst, or the
  writer's own line about the issue), the writer's name and the English date ("Sep 28, 2018"), the
  heart and comment counters, "Share", the writer's greeting line above the article on some copies,
  the body with a "Subscribe now" button between paragraphs on some copies, the long teaser after
  short articles, the writer's sign-off (the outlet's line "<outlet> | <date in the outlet's style>"),
  the writer's request to forward the newsletter, the post's footer ("Subscribe to <publication>",
  the publication's description, "Type your email…", "Subscribe"), the "Like" / "Comment" / "Share"
  row, the comments ("Write a comment…", commenters, "Sep 29", "Reply") on some copies, the archive
  list of other issues with dates, and Substack's footer ("© 2018 <writer>", "Privacy ∙ Terms",
  "Publish on Substack").

The article itself is rendered by the generator's shared helpers, so the annotation by construction
is the same as for the other templates. The outlet (the gold ``outlet``) is the news organisation
(on t71 the newsletter's publication); BetterStudio's, WordPress's and Substack's names, the app
stores and the writers are furniture. Paragraph separators are "" or none only.
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

EN_SHORT = {9: "Sep", 10: "Oct"}


# ---------------------------------------------------------------- t69: WordPress with BetterStudio's Publisher theme

PUBLISHER = {
    "ar": {
        "login": "تسجيل الدخول / التسجيل", "trending": "الأكثر تداولاً", "home": "الرئيسية", "by": "بواسطة",
        "on": "في", "updated": "آخر تحديث", "shares": "{} مشاركة", "views": "{} مشاهدة",
        "share": ("شارك", "فيسبوك", "تويتر", "جوجل +", "ريديت", "واتساب", "بينتيريست", "البريد الإلكتروني"),
        "also": "قد يعجبك ايضا", "source": "المصدر", "via": "عبر", "tags": "الوسوم", "prev": "المقال السابق",
        "next": "المقال التالي", "tabs": ("قد يعجبك ايضا", "المزيد من المؤلف"), "load": ("تحميل المزيد", "السابق", "التالي"),
        "form": ("اترك رد", "إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني.", "التعليق", "الاسم", "البريد الإلكتروني",
                 "الموقع الإلكتروني", "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
                 "إرسال التعليق"),
        "popular": "المقالات الشائعة", "copyright": "© 2018 - {}. جميع الحقوق محفوظة.",
        "popup": ("تسجيل الدخول", "مرحبا، سجل الدخول إلى حسابك.", "نسيت كلمة المرور؟", "تذكرني", "تسجيل الدخول",
                  "استعادة كلمة المرور الخاصة بك.", "سيتم إرسال كلمة مرور إلى بريدك الإلكتروني."),
    },
    "sq": {
        "login": "Login / Register", "trending": "Trending", "home": "Home", "by": "By", "on": "On",
        "updated": "Last updated", "shares": "{} Shares", "views": "{} Views",
        "share": ("Share", "Facebook", "Twitter", "Google+", "ReddIt", "WhatsApp", "Pinterest", "Email"),
        "also": "You might also like", "source": "Source", "via": "Via", "tags": "Tags", "prev": "Prev Post",
        "next": "Next Post", "tabs": ("You might also like", "More from author"), "load": ("Load More", "Prev", "Next"),
        "form": ("Leave A Reply", "Cancel Reply", "Your email address will not be published.", "Comment", "Name*", "Email*",
                 "Website", "Save my name, email, and website in this browser for the next time I comment.", "Post Comment"),
        "popular": "Popular Posts", "copyright": "© 2018 - {}. All Rights Reserved.",
        "popup": ("Sign in", "Welcome, Login to your account.", "Forget your password?", "Remember me", "Log In",
                  "Recover your password.", "A password will be e-mailed to you."),
    },
}
MENU69 = {
    "ar": ("الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "تكنولوجيا", "صحة", "منوعات", "فيديو"),
    "sq": ("Ballina", "Lajme", "Politikë", "Ekonomi", "Sport", "Teknologji", "Shëndetësi", "Magazina", "Video"),
}
SOURCES69 = {"ar": ("وكالات", "مواقع إخبارية", "وسائل إعلام"), "sq": ("Agjenci", "Media të huaja", "Agjencitë")}
BETTERSTUDIO = "Website Design: BetterStudio"


def _pub_date(page: mp.Page, d: dt.datetime, local: bool) -> str:
    """Publisher's "M j, Y" date: "سبتمبر 28, 2018", "shtator 28, 2018" or "Sep 28, 2018"."""
    if page.lang == "ar" or local:
        return f"{mp.MONTHS[page.lang][d.month]} {d.day}, {d.year}"
    return f"{EN_SHORT[d.month]} {d.day}, {d.year}"


def _views(n: int) -> str:
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


def t69(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A WordPress site with the Publisher theme: top bar with the reader's
    date and log-in link, logo, menu, "Trending", breadcrumb, category badges, headline, subtitle,
    meta, counters and share labels, caption, body with "You might also like", source / via,
    tags, previous / next post, the related tabs, the comment form, popular posts, footer and the
    log-in popup."""
    rng, lang = page.rng, page.lang
    ui = PUBLISHER[lang]
    local = lang == "ar" or rng.random() < 0.5

    def day(d: dt.datetime) -> str:
        return _pub_date(page, d, local)

    reader = page.published + dt.timedelta(days=rng.randint(0, 4), hours=rng.randint(1, 12))
    if lang == "ar":
        today = f"{mp.WEEKDAYS['ar'][reader.weekday()]}، {_long(page, reader)}"
    elif local:
        today = f"{mp.WEEKDAYS['sq'][reader.weekday()].capitalize()}, {_long(page, reader)}"
    else:
        today = f"{mp.WEEKDAYS['en'][reader.weekday()]}, {_en_day(reader)}"
    b.block("top_bar", *_lines_or_run(page, [today, str(ui["login"])], 0.6))
    b.block("site_name", page.site)
    b.block("menu", *_lines_or_run(page, list(MENU69[lang][: rng.randint(6, 9)]), 0.6))
    if rng.random() < 0.7:
        b.block("trending", str(ui["trending"]), *page.other_headlines(rng.randint(2, 4)))
    b.blank()
    crumbs = [str(ui["home"]), page.say("أخبار", "Lajme"), page.section]
    b.block("breadcrumb", " » ".join(crumbs[: rng.randint(2, 3)]))
    badges = [page.section] + ([page.say("أخبار", "Lajme")] if rng.random() < 0.4 else [])
    b.block("badges", *_lines_or_run(page, badges, 0.5))
    mp.add_title(b, page)
    _standfirst(b, page, None)  # the theme's subtitle field, under the headline
    d = page.published
    meta = [f"{ui['by']} {page.author()}", f"{ui['on']} {day(d)}"]
    if rng.random() < 0.35:
        meta.append(f"{ui['updated']} {day(d + dt.timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 9)))}")
    b.block("post_meta", *_lines_or_run(page, meta, 0.5))
    counters = [str(ui["shares"]).format(rng.randint(0, 90)), str(ui["views"]).format(_views(rng.randint(30, 9000)))]
    b.block("counters", *_lines_or_run(page, counters, 0.5))
    share = list(ui["share"])[: rng.randint(5, 8)]
    b.block("share", *_lines_or_run(page, share, 0.4))
    if rng.random() < 0.5:
        b.block("caption", rng.choice(mp.CAPTIONS[lang]))
    b.blank()
    sep = "" if rng.random() < 0.75 else None
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    if len(page.paras) >= 4 and rng.random() < 0.6:
        inserts[rng.randint(1, len(page.paras) - 3)] = [("related_inline", [str(ui["also"]), *page.other_headlines(rng.randint(2, 3))])]
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, page.say("اقرأ أيضاً", "Lexo edhe"), sep)
    b.blank()
    if rng.random() < 0.5:
        fields = [f"{ui['source']} {rng.choice(SOURCES69[lang])}"]
        if rng.random() < 0.4:
            fields.append(f"{ui['via']} {page.site}")
        b.block("source_via", *_lines_or_run(page, fields, 0.5))
    if rng.random() < 0.7:
        b.block("tags", *_lines_or_run(page, [str(ui["tags"]), *mp.tags_for(page)], 0.4))
    b.block("share_bottom", *_lines_or_run(page, share, 0.4))
    prev, nxt = page.other_headlines(2)
    b.block("post_nav", str(ui["prev"]), prev, str(ui["next"]), nxt)
    b.blank()
    b.block("related_tabs", *_lines_or_run(page, list(ui["tabs"]), 0.5), *page.other_headlines(rng.randint(4, 6)),
            *_lines_or_run(page, list(ui["load"]), 0.5))
    b.blank()
    b.block("comment_form", *ui["form"])
    b.blank()
    if rng.random() < 0.7:
        popular = [str(ui["popular"])]
        for h, when in _others_dated(page, rng.randint(3, 5)):
            popular += [h, day(when)]
        b.block("popular", *popular)
        b.blank()
    b.block("footer", *_lines_or_run(page, list(MENU69[lang][:5]), 0.5))
    b.add(str(ui["copyright"]).format(page.site), BETTERSTUDIO)
    if rng.random() < 0.8:
        b.block("login_popup", *ui["popup"])


# ---------------------------------------------------------------- t70: a big outlet's headless-CMS (Next.js) site

HEADLESS = {
    "ar": {
        "skip": "انتقل إلى المحتوى الرئيسي", "header": ("القائمة", "بحث", "اشترك", "تسجيل الدخول"),
        "editions": ("الطبعة العربية", "English"),
        "sections": ("الأخبار", "الشرق الأوسط", "العالم", "اقتصاد", "رأي", "رياضة", "ثقافة", "صحة", "فيديو"),
        "by": "بقلم", "and": "و", "roles": ("مراسل الشؤون الدولية", "محررة الأخبار العاجلة", "مراسل من بيروت"),
        "published": "نُشر:", "updated": "حُدّث:", "tz": "بتوقيت غرينتش",
        "tools": ("استمع إلى المقال", "نسخ الرابط", "مشاركة"), "minutes": "{} دقائق", "ad": "إعلان",
        "read_also": "اقرأ أيضاً", "topics": "مواضيع", "most_read": "الأكثر قراءة", "more_in": "المزيد في {}",
        "newsletter": ("النشرة البريدية", "أهم الأخبار في بريدك كل صباح.", "بريدك الإلكتروني", "اشترك"),
        "apps": ("حمّل تطبيقنا", "Download on the App Store", "GET IT ON Google Play"),
        "footer": ("من نحن", "اتصل بنا", "شروط الاستخدام", "سياسة الخصوصية", "إعدادات ملفات تعريف الارتباط", "أعلن معنا"),
        "copyright": "© 2018 {}. جميع الحقوق محفوظة.",
    },
    "sq": {
        "skip": "Kalo te përmbajtja", "header": ("Menu", "Kërko", "Abonohu", "Hyr"),
        "editions": ("Shqip", "English"),
        "sections": ("Lajme", "Kosova", "Shqipëria", "Bota", "Ekonomi", "Opinion", "Sport", "Kulturë", "Video"),
        "by": "Nga", "and": "dhe", "roles": ("Korrespondent në Bruksel", "Redaktore e lajmeve", "Gazetar i rubrikës së politikës"),
        "published": "Publikuar:", "updated": "Përditësuar:", "tz": "GMT",
        "tools": ("Dëgjo artikullin", "Kopjo linkun", "Shpërndaje"), "minutes": "{} min", "ad": "Reklamë",
        "read_also": "Lexo edhe", "topics": "Temat", "most_read": "Më të lexuarat", "more_in": "Më shumë në {}",
        "newsletter": ("Buletini", "Lajmet kryesore në email-in tuaj çdo mëngjes.", "Adresa juaj e email-it", "Abonohu"),
        "apps": ("Shkarkoni aplikacionin", "Download on the App Store", "GET IT ON Google Play"),
        "footer": ("Rreth nesh", "Kontakt", "Kushtet e përdorimit", "Politika e privatësisë", "Cilësimet e cookies", "Reklamo"),
        "copyright": "© 2018 {}. Të gjitha të drejtat e rezervuara.",
    },
}


LEAD_CAPTIONS = {
    "ar": ("صورة أرشيفية", "صورة تعبيرية", "من موقع الحدث", "صورة من الأرشيف"),
    "sq": ("Foto ilustruese", "Foto arkivi", "Nga vendngjarja", "Imazh nga arkivi"),
}


def _headless_date(page: mp.Page, d: dt.datetime, style: int) -> str:
    """The site's date and time: "28 سبتمبر 2018 14:32 بتوقيت غرينتش", "28 shtator 2018, 14:32 GMT"
    or "28.09.2018 14:32"."""
    tz = HEADLESS[page.lang]["tz"]
    if style == 0:
        return f"{_long(page, d)} {d.hour:02d}:{d.minute:02d} {tz}" if page.lang == "ar" else f"{_long(page, d)}, {d.hour:02d}:{d.minute:02d} {tz}"
    return f"{d.day:02d}.{d.month:02d}.{d.year} {d.hour:02d}:{d.minute:02d}"


def t70(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A big outlet's headless-CMS site: skip link, header buttons, edition
    switch, section links, kicker, headline, dek, byline and role, dates with the time zone,
    "Updated" or the relative time, article tools, lead image caption and credit, body with
    "Advertisement" and a read-also card, topics, most read, more in the section, newsletter, app
    badges and footer."""
    rng, lang = page.rng, page.lang
    ui = HEADLESS[lang]
    style = rng.randrange(2)
    b.block("skip_link", str(ui["skip"]))
    b.block("site_name", page.site)
    b.block("header", *_lines_or_run(page, list(ui["header"][: rng.randint(2, 4)]), 0.6))
    if rng.random() < 0.4:
        b.block("editions", *_lines_or_run(page, list(ui["editions"]), 0.5))
    b.block("sections", *_lines_or_run(page, list(ui["sections"][: rng.randint(6, 9)]), 0.5))
    b.blank()
    b.block("kicker", page.section)
    mp.add_title(b, page)
    _standfirst(b, page, None)  # the dek
    names = [page.author()]
    if rng.random() < 0.25:
        second = page.author()
        if second != names[0]:
            names.append(second)
    joiner = f" {ui['and']}" if lang == "ar" else f" {ui['and']} "  # Arabic "و" is written against the next name
    byline = [f"{ui['by']} {joiner.join(names)}"]
    if rng.random() < 0.3:
        byline.append(rng.choice(ui["roles"]))
    b.block("byline", *byline)
    d = page.published
    dates = [f"{ui['published']} {_headless_date(page, d, style)}"]
    shown = rng.random()
    if shown < 0.3:
        dates.append(f"{ui['updated']} {_headless_date(page, d + dt.timedelta(hours=rng.randint(1, 20), minutes=rng.randint(0, 59)), style)}")
    elif shown < 0.5:
        dates.insert(0, rng.choice(mp.AGO[lang]))
    b.block("dates", *_lines_or_run(page, dates, 0.6))
    tools = list(ui["tools"])
    if rng.random() < 0.6:
        tools.insert(1, str(ui["minutes"]).format(max(2, _minutes(page))))
    b.block("tools", *_lines_or_run(page, tools, 0.5))
    if rng.random() < 0.7:
        credit = rng.choice(("Getty Images", "AFP", "AP", "EPA"))
        caption = rng.choice(LEAD_CAPTIONS[lang])
        b.block("lead_caption", *([caption, credit] if rng.random() < 0.6 else [f"{caption} ({credit})"]))
    b.blank()
    sep = "" if rng.random() < 0.8 else None
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    if len(page.paras) >= 3:
        inserts.setdefault(rng.randint(0, len(page.paras) - 2), []).append(("advert", [str(ui["ad"])]))
    if len(page.paras) >= 5 and rng.random() < 0.5:
        inserts.setdefault(rng.randint(2, len(page.paras) - 2), []).append(("advert", [str(ui["ad"])]))
    if len(page.paras) >= 4 and rng.random() < 0.6:
        other = page.other()
        inserts.setdefault(rng.randint(1, len(page.paras) - 3), []).append(
            ("read_also_card", [str(ui["read_also"]), mp.SECTIONS[lang][mp.CATEGORIES[other.number - 1]][0], other.headline]))
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, str(ui["read_also"]), sep)
    b.blank()
    b.block("topics", *_lines_or_run(page, [str(ui["topics"]), *mp.tags_for(page)], 0.5))
    b.block("share_bottom", *_lines_or_run(page, list(ui["tools"][1:]), 0.5))
    b.blank()
    most = [str(ui["most_read"])]
    numbered = rng.random() < 0.6
    for k, h in enumerate(page.other_headlines(5), 1):
        most += [str(k), h] if numbered else [h]
    b.block("most_read", *most)
    b.blank()
    if rng.random() < 0.7:
        more = [str(ui["more_in"]).format(page.section)]
        for h in page.other_headlines(rng.randint(3, 4)):
            more += [h, rng.choice(mp.AGO[lang])]
        b.block("more_in_section", *more)
        b.blank()
    if rng.random() < 0.6:
        b.block("newsletter", *ui["newsletter"])
    if rng.random() < 0.6:
        b.block("apps", *_lines_or_run(page, list(ui["apps"]), 0.6))
    b.blank()
    b.block("footer", page.site, *_lines_or_run(page, list(ui["sections"][:6]), 0.5), *_lines_or_run(page, list(ui["footer"]), 0.5))
    b.add(str(ui["copyright"]).format(page.site))


# ---------------------------------------------------------------- t71: a newsletter's web post on Substack

SUBSTACK = {  # what the writer types, in the publication's language
    "ar": {
        "about": "نشرة مسائية تصلك كل يوم بأهم ما جرى في المنطقة والعالم، يكتبها فريق تحريرنا.",
        "subtitles": ("أبرز ما جرى اليوم في نشرة المساء", "قصة اليوم كما رواها مراسلونا"),
        "greeting": ("مساء الخير، وأهلاً بكم في عدد اليوم.", "مرحباً بكم من جديد، إليكم قصة اليوم."),
        "teaser": "وأيضاً اليوم", "forward": "إذا أعجبتك النشرة، أرسلها إلى صديق.",
        "signoff": "{} | {}", "archive": "من الأرشيف",
    },
    "sq": {
        "about": "Buletini i mbrëmjes me lajmet më të rëndësishme nga rajoni dhe bota, nga redaksia jonë.",
        "subtitles": ("Lajmi i ditës në buletinin e mbrëmjes", "Historia e ditës, nga gazetarët tanë"),
        "greeting": ("Mirëmbrëma dhe mirë se vini në numrin e sotëm.", "Përshëndetje, ja historia e ditës."),
        "teaser": "Gjithashtu sot", "forward": "Nëse ju pëlqen buletini, dërgojani një miku.",
        "signoff": "{} | {}", "archive": "Nga arkivi",
    },
}
SUBSTACK_UI = {  # Substack's own strings (English on every publication of 2018)
    "bar": ("Subscribe", "Sign in"), "share": "Share", "subscribe_now": "Subscribe now",
    "subscribe_to": "Subscribe to {}", "email": ("Type your email…", "Subscribe"), "row": ("Like", "Comment", "Share"),
    "comments": ("{} Comments", "Write a comment…"), "reply": "Reply", "archive": ("Archive", "See all"),
    "footer": ("© 2018 {}", "Privacy ∙ Terms", "Publish on Substack"),
}


def t71(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A newsletter issue's web post on Substack: publication bar, title,
    subtitle, writer and date, counters, greeting, body with a "Subscribe now" button, the outlet's
    sign-off, the subscribe box, Like / Comment / Share, comments, archive and Substack's footer."""
    rng, lang = page.rng, page.lang
    own = SUBSTACK[lang]
    ui = SUBSTACK_UI
    writer = page.author()
    b.block("publication_bar", page.site, *_lines_or_run(page, list(ui["bar"]), 0.5))
    b.blank()
    mp.add_title(b, page)
    if page.standfirst is not None:
        mp.add_standfirst(b, page)  # the post's subtitle
    elif rng.random() < 0.5:
        b.block("subtitle", rng.choice(own["subtitles"]))
    d = page.published
    likes = rng.randint(0, 40)
    n_comments = rng.choice((0, 0, 1, rng.randint(2, 5)))
    meta = [writer, _en_short(d)]
    counters = [str(likes), str(n_comments), str(ui["share"])]
    b.block("post_meta", *_lines_or_run(page, meta, 0.5), *_lines_or_run(page, counters, 0.5))
    b.blank()
    sep = "" if rng.random() < 0.8 else None
    if rng.random() < 0.5:
        b.block("greeting", rng.choice(own["greeting"]))
        if sep is not None:
            b.blank(sep)
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    if len(page.paras) >= 4 and rng.random() < 0.5:
        inserts[rng.randint(1, len(page.paras) - 3)] = [("subscribe_button", [str(ui["subscribe_now"])])]
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, str(own["teaser"]), sep)
    if sep is not None:
        b.blank(sep)
    b.block("signoff", str(own["signoff"]).format(page.site, mp.date(page, rng.choice(("day", "slash", "dot")))))
    if rng.random() < 0.6:
        b.block("forward", str(own["forward"]))
    if rng.random() < 0.4:
        b.add(str(ui["subscribe_now"]))
    b.blank()
    b.block("subscribe_box", str(ui["subscribe_to"]).format(page.site), str(own["about"]),
            *_lines_or_run(page, list(ui["email"]), 0.6))
    b.blank()
    b.block("actions", *_lines_or_run(page, list(ui["row"]), 0.5))
    if n_comments:
        comments = [str(ui["comments"][0]).format(n_comments), str(ui["comments"][1])]
        for name, text in zip(rng.sample(mp.COMMENTERS[lang], min(n_comments, 4)), rng.sample(mp.COMMENTS[lang], min(n_comments, 4))):
            when = d + dt.timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 20))
            comments += [name, _en_short(when, year=False), text, str(ui["reply"])]
        b.block("comments", *comments)
    b.blank()
    if rng.random() < 0.7:
        archive = [str(ui["archive"][0]) if rng.random() < 0.5 else str(own["archive"])]
        for h, when in _others_dated(page, rng.randint(3, 4)):
            archive += [h, _en_short(when)]
        archive.append(str(ui["archive"][1]))
        b.block("archive", *archive)
        b.blank()
    footer = [str(ui["footer"][0]).format(writer if rng.random() < 0.5 else page.site), *ui["footer"][1:]]
    b.block("footer", *_lines_or_run(page, footer, 0.5))


HELDOUT_SITES: dict[str, tuple[Callable[[mp.Page, mp.Builder], None], dict[str, str], float, float, float]] = {
    "t69": (t69, {"ar": "بوابة الضياء", "sq": "Ekspresi Online"}, 0.2, 0.5, 0.7),
    "t70": (t70, {"ar": "المشهد العربي", "sq": "Gazeta Pavarësia"}, 0.25, 0.7, 0.5),
    "t71": (t71, {"ar": "نشرة المساء", "sq": "Shtypi i Ditës"}, 0.0, 0.4, 0.5),
}
"""Each held-out template: (render, site name per language, multi-line headline, standfirst and
standfirst-keeps-its-stop probabilities), registered as ``make_pages.Template``."""
