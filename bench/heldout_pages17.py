"""Site templates t66-t68 of the NTREX page set (imported by ``bench/make_pages.py``): tuning
templates since 2026-12-03 17:47, no longer held out (held out until the new held-out round t69-t71,
``bench/heldout_pages18.py``, was written).

Written blind on 2026-12-03 by a helper that had not read the cleaner (nothing under
``translate_summarize/``) nor its tests, before any score of these pages, and never adjusted after
the cleaner was scored on them. They live in their own module so that whoever tunes the cleaner can
leave them unread: held out until 2026-12-03 17:47, tuning since.
Each (document, language) of NTREX dev documents 1-60 gets one page in one of them.

They imitate three kinds of real Arabic and Albanian news text as it reaches a nightly batch,
laid out differently from t1-t65:

* ``t66``: an outlet's ordinary article page on a WordPress site with TieLabs' older "Sahifa" theme
  (the theme of very many Arabic news sites until 2018; its strings in Arabic, or the English ones
  Albanian sites keep while WordPress prints Albanian dates on most of them): the top menu, the
  header's date with Sahifa's spaced comma ("الأحد , 30 سبتمبر 2018", "Sunday , September 30 2018",
  the reader's day, not the article's), the logo text, the main menu and the responsive menu's
  ``<select>`` copied with all its options ("Go to...", sub-items under "-"), the "Breaking News"
  ticker, the breadcrumb that ends with the article's own headline ("Home / News / <headline>"),
  the headline, the meta (author, the WordPress date "28 سبتمبر، 2018", the category, "Leave a
  comment" / "n Comments", "n Views"; one a line or run together), the top share row ("Share",
  "Tweet", "Pin It"), the standfirst, the body with an inline "Read also: <headline>" line and an
  image caption between paragraphs, the long teaser after short articles, the bottom share row,
  the tags line ("Tags" and the tags on one line), "About <author>" with the bio, the post
  navigation with the label and the headline on one line ("Previous <headline>"), "Related
  Articles" with their dates, the comments (name, "September 29, 2018 at 3:14 pm", text, "Reply")
  and "Leave a Reply", the sidebar's tabbed widget ("Popular Recent Comments") with dated
  headlines, the "Check Also" slide box (another headline and its excerpt with "…"), the footer
  ("© Copyright 2018, All Rights Reserved", "Powered by WordPress | Designed by TieLabs") and
  "Scroll To Top";
* ``t67``: an article on a national public broadcaster's news portal, the broadcaster's own CMS
  (2018; a state television's site in Arabic, an RTSH / RTK-like public radio-television in
  Albanian): the language switch, the channels' live links ("LIVE" with the TV channels and radio
  programmes), the broadcaster's name, the menu, the "latest news" strip with times ("14:20
  <headline>"), the section, the headline, the date with the time and "Updated" on some copies,
  the video block ("Watch the report", duration) with the report's credit line ("Reporter: X,
  Camera: Y"), the standfirst (the presenter's lead, often without its stop), the body, the long
  teaser after short articles, the text-size / print / share tools, "Related news" with dates,
  the "most watched" videos with durations, the programme guide of the evening (times and
  programme titles), the footer of a public institution (address, "Transparency", "Tenders",
  "Annual reports", "Board", "Public complaints", the law it is established by, the copyright);
* ``t68``: an outlet's article published on Telegraph (telegra.ph, Telegram's publishing tool that
  opens as an Instant View) from its Telegram channel, copied from the browser (2018; Telegraph's
  strings are English whatever the language): the tab title ("<headline> – Telegraph") on some
  copies, the headline, the author line (the outlet's channel name or the reporter) and the English
  date ("September 28, 2018"), one a line, run together, or glued as the copy gives it, the cover
  image's caption, the standfirst, the body with a figure caption between paragraphs, the long
  teaser after short articles, the outlet's own footer lines (source line with the date in the
  outlet's style, the "read also" links of other articles, "Follow us on Telegram" with the
  channel's address, hashtags), and the page's end ("Report content on this page", the "Report
  Page" dialog with its reasons, "Please submit your DMCA takedown request to dmca@telegram.org",
  "Cancel" / "Report"); the editor's hidden labels ("Edit", "Publish") on some copies.

The article itself is rendered by the generator's shared helpers, so the annotation by construction
is the same as for the other templates. The outlet (the gold ``outlet``) is the news organisation;
TieLabs', WordPress's, Telegram's and Telegraph's names, the channels and programmes of the
broadcaster and the reporters are furniture. Paragraph separators are "" or none only.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import make_pages as mp  # make_pages imports this module after defining its helpers
from heldout_pages10 import _en_day, _standfirst
from heldout_pages13 import _long
from heldout_pages14 import _others_dated
from heldout_pages15 import _lines_or_run

EN_MONTH = {9: "September", 10: "October"}


# ---------------------------------------------------------------- t66: WordPress with TieLabs' Sahifa theme

SAHIFA = {
    "ar": {
        "top": ("الرئيسية", "من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية"), "go_to": "اذهب إلى...",
        "breaking": "عاجل", "home": "الرئيسية", "no_comment": "أضف تعليقاً", "one_comment": "تعليق واحد",
        "comments": "{} تعليقات", "views": "{} مشاهدة", "share": ("شاركها", "غرّد", "Pin It"),
        "read_also": "اقرأ أيضاً", "tags": "الوسوم", "about": "عن {}", "prev": "السابق", "next": "التالي",
        "related": "مقالات ذات صلة", "comments_title": "{} تعليقات", "at": "في", "reply": "رد",
        "form": ("أضف تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "التعليق",
                 "الاسم *", "البريد الإلكتروني *", "الموقع", "إرسال التعليق"),
        "tabs": "الأكثر شعبية الأخيرة تعليقات", "check": "شاهد أيضاً", "close": "إغلاق",
        "copyright": "جميع الحقوق محفوظة لـ {} © 2018", "powered": "Powered by WordPress | Designed by TieLabs",
        "top_link": "إلى الأعلى",
    },
    "sq": {
        "top": ("Ballina", "Rreth nesh", "Kontakt", "Marketing", "Privatësia"), "go_to": "Go to...",
        "breaking": "Breaking News", "home": "Home", "no_comment": "Leave a comment", "one_comment": "1 Comment",
        "comments": "{} Comments", "views": "{} Views", "share": ("Share", "Tweet", "Pin It"),
        "read_also": "Lexo edhe", "tags": "Tags", "about": "About {}", "prev": "Previous", "next": "Next",
        "related": "Related Articles", "comments_title": "{} Comments", "at": "at", "reply": "Reply",
        "form": ("Leave a Reply", "Your email address will not be published. Required fields are marked *", "Comment",
                 "Name *", "Email *", "Website", "Post Comment"),
        "tabs": "Popular Recent Comments", "check": "Check Also", "close": "Close",
        "copyright": "© Copyright 2018, All Rights Reserved", "powered": "Powered by WordPress | Designed by TieLabs",
        "top_link": "Scroll To Top",
    },
}
MENU66 = {
    "ar": ("الرئيسية", "أخبار محلية", "عربي ودولي", "سياسة", "اقتصاد", "رياضة", "ثقافة وفنون", "منوعات", "كتاب وآراء"),
    "sq": ("Ballina", "Aktualitet", "Politikë", "Ekonomi", "Rajoni", "Bota", "Sport", "Kulturë", "Opinion"),
}
SUBMENU66 = {"ar": ("محليات", "محافظات"), "sq": ("Tiranë", "Rrethe")}


def _wp_date(page: mp.Page, d: dt.datetime, local: bool) -> str:
    """WordPress's date of a post: "28 سبتمبر، 2018", "28 shtator 2018" or "September 28, 2018"."""
    if page.lang == "ar":
        return f"{d.day} {mp.MONTHS['ar'][d.month]}، {d.year}"
    return _long(page, d) if local else _en_day(d)


def _wp_time(page: mp.Page, d: dt.datetime, local: bool) -> str:
    """A comment's time: "3:14 م" or "3:14 pm"."""
    h = d.hour % 12 or 12
    if page.lang == "ar":
        return f"{h}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"
    return f"{d.hour:02d}:{d.minute:02d}" if local else f"{h}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def t66(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A WordPress site with the Sahifa theme: top menu, the header's spaced
    date, logo, menu and the responsive menu's options, "Breaking News", the breadcrumb ending with
    the headline, headline, meta (author, date, category, comments, views), share rows, body with an
    inline read-also line and a caption, tags, author box, previous / next with headlines, related
    articles, comments and reply form, the tabbed sidebar widget, "Check Also", the footer."""
    rng, lang = page.rng, page.lang
    ui = SAHIFA[lang]
    local = lang == "ar" or rng.random() < 0.6

    def day(d: dt.datetime) -> str:
        return _wp_date(page, d, local)

    b.block("top_menu", *_lines_or_run(page, list(ui["top"][: rng.randint(3, 5)]), 0.5))
    reader = page.published + dt.timedelta(days=rng.randint(0, 3), hours=rng.randint(2, 14))
    if lang == "ar":
        b.block("today", f"{mp.WEEKDAYS['ar'][reader.weekday()]} , {reader.day} {mp.MONTHS['ar'][reader.month]} {reader.year}")
    elif local:
        b.block("today", f"{mp.WEEKDAYS['sq'][reader.weekday()]} , {reader.day} {mp.MONTHS['sq'][reader.month]} {reader.year}")
    else:
        b.block("today", f"{mp.WEEKDAYS['en'][reader.weekday()]} , {EN_MONTH[reader.month]} {reader.day} {reader.year}")
    b.block("site_name", page.site)
    menu = list(MENU66[lang][: rng.randint(6, 9)])
    b.block("menu", *_lines_or_run(page, menu, 0.6))
    if rng.random() < 0.6:  # the responsive menu: a <select> whose options a copy keeps
        options = [str(ui["go_to"]), menu[0], menu[1], *(f" - {s}" for s in SUBMENU66[lang]), *menu[2:]]
        b.block("select_menu", *options)
    if rng.random() < 0.8:
        b.block("breaking", str(ui["breaking"]), *page.other_headlines(rng.randint(2, 4)))
    b.blank()
    crumbs = [str(ui["home"]), page.say("أخبار", "Lajme") if rng.random() < 0.5 else page.section]
    if rng.random() < 0.7:
        crumbs.append(page.doc.headline)  # Sahifa's breadcrumb ends with the post's title
    b.block("breadcrumb", " / ".join(crumbs))
    mp.add_title(b, page)
    d = page.published
    n_comments = rng.choice((0, 0, 1, rng.randint(2, 9)))
    count = ui["no_comment"] if n_comments == 0 else ui["one_comment"] if n_comments == 1 else str(ui["comments"]).format(n_comments)
    views = rng.randint(12, 9000)
    writer = page.author()
    meta = [writer, day(d), page.section, str(count), str(ui["views"]).format(f"{views:,}")]
    b.block("post_meta", *_lines_or_run(page, meta, 0.5))
    if rng.random() < 0.5:
        b.block("share_top", *_lines_or_run(page, list(ui["share"]), 0.4))
    b.blank()
    sep = "" if rng.random() < 0.8 else None
    _standfirst(b, page, sep)
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    if len(page.paras) >= 3 and rng.random() < 0.5:
        inserts.setdefault(rng.randint(0, len(page.paras) - 2), []).append(
            ("read_also_inline", [f"{ui['read_also']}: {page.other().headline}"]))
    if len(page.paras) >= 4 and rng.random() < 0.4:
        inserts.setdefault(rng.randint(1, len(page.paras) - 2), []).append(("caption", [rng.choice(mp.CAPTIONS[lang])]))
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, str(ui["read_also"]), sep)
    b.blank()
    b.block("share_bottom", *_lines_or_run(page, list(ui["share"]), 0.4))
    if rng.random() < 0.7:
        b.block("tags", " ".join([str(ui["tags"]), *mp.tags_for(page)]))
    if rng.random() < 0.5:
        b.block("author_box", str(ui["about"]).format(writer), rng.choice(mp.BIOS[lang]).format(writer))
    prev, nxt = page.other_headlines(2)
    b.block("post_nav", f"{ui['prev']} {prev}", f"{ui['next']} {nxt}")
    b.blank()
    related = [str(ui["related"])]
    for h, when in _others_dated(page, rng.randint(3, 4)):
        related += [h, day(when)]
    b.block("related", *related)
    b.blank()
    if n_comments:
        comments = [str(ui["comments_title"]).format(n_comments) if n_comments > 1 else str(ui["one_comment"])]
        for name, text in zip(rng.sample(mp.COMMENTERS[lang], min(n_comments, 4)), rng.sample(mp.COMMENTS[lang], min(n_comments, 4))):
            when = d + dt.timedelta(hours=rng.randint(2, 60), minutes=rng.randint(0, 59))
            comments += [name, f"{day(when)} {ui['at']} {_wp_time(page, when, local)}", text, str(ui["reply"])]
        b.block("comments", *comments)
    b.block("comment_form", *ui["form"])
    b.blank()
    if rng.random() < 0.7:
        tabs = [str(ui["tabs"])]
        for h, when in _others_dated(page, 4):
            tabs += [h, day(when)]
        b.block("sidebar_tabs", *tabs)
        b.blank()
    if rng.random() < 0.6:
        other = page.other()
        b.block("check_also", str(ui["check"]), other.headline, f"{other.sentences[0]} …", str(ui["close"]))
        b.blank()
    b.block("footer", *_lines_or_run(page, list(ui["top"]), 0.5))
    b.add(str(ui["copyright"]).format(page.site) if lang == "ar" or rng.random() < 0.5 else f"© 2018 {page.site}")
    b.add(str(ui["powered"]), str(ui["top_link"]))


# ---------------------------------------------------------------- t67: a national public broadcaster's news portal

BROADCASTER = {
    "ar": {
        "langs": ("English", "Français"), "live": "مباشر",
        "channels": ("الأولى", "الثانية", "الإخبارية", "الرياضية", "إذاعة البرنامج العام", "إذاعة الشباب"),
        "menu": ("الرئيسية", "الأخبار", "البرامج", "البث المباشر", "دليل البرامج", "الإذاعة", "أرشيف الفيديو", "عن الهيئة"),
        "latest": "آخر الأخبار", "updated": "آخر تحديث:", "watch": "شاهد التقرير", "credit": "تقرير: {} - تصوير: {}",
        "camera": ("حسام ناصر", "وليد فارس", "باسل مراد"),
        "tools": ("حجم الخط", "أ+", "أ-", "طباعة", "مشاركة"), "read_also": "اقرأ أيضاً",
        "related": "أخبار ذات صلة", "watched": "الأكثر مشاهدة", "guide": "دليل البرامج - الأولى",
        "programmes": ("نشرة الأخبار الرئيسية", "حديث الساعة", "المسلسل العربي", "ملاعب", "النشرة الاقتصادية", "سهرة الليلة"),
        "footer": ("الهيئة الوطنية للإذاعة والتلفزيون", "شارع الإذاعة والتلفزيون، ص.ب 1041", "الشفافية", "المناقصات",
                   "التقارير السنوية", "مجلس الإدارة", "شكاوى الجمهور", "الوظائف"),
        "law": "مؤسسة عامة مستقلة أنشئت بموجب قانون الإذاعة والتلفزيون رقم 35 لسنة 2000.",
        "copyright": "جميع الحقوق محفوظة © 2018 {}",
    },
    "sq": {
        "langs": ("English", "Srpski"), "live": "LIVE",
        "channels": ("RTP 1", "RTP 2", "RTP 24", "RTP Sport", "Radio Publike", "Radio Kultura"),
        "menu": ("Ballina", "Lajme", "Emisione", "Live", "Guida TV", "Radio", "Arkiva video", "Rreth nesh"),
        "latest": "Lajmet e fundit", "updated": "Përditësuar:", "watch": "Shiko reportazhin", "credit": "Reporter: {}, Kameraman: {}",
        "camera": ("Ilir Muça", "Fatos Beqiri", "Agron Dema"),
        "tools": ("Madhësia e tekstit", "A+", "A-", "Printo", "Shpërndaje"), "read_also": "Lexo edhe",
        "related": "Lajme të ngjashme", "watched": "Më të shikuarat", "guide": "Guida e programeve - RTP 1",
        "programmes": ("Edicioni qendror i lajmeve", "Debat në studio", "Film shqiptar", "Sport Magazinë", "Ekonomia sot", "Nata e lajmeve"),
        "footer": ("Radio Televizioni Publik", "Rruga Ismail Qemali, Nr. 11, Tiranë", "Transparenca", "Tenderat",
                   "Raportet vjetore", "Këshilli Drejtues", "Ankesat e publikut", "Vende pune"),
        "law": "Transmetuesi publik, i themeluar me Ligjin nr. 97/2013 \"Për mediat audiovizive\".",
        "copyright": "© 2018 {}. Të gjitha të drejtat e rezervuara.",
    },
}


def _broadcast_date(page: mp.Page, d: dt.datetime, style: int) -> str:
    """The portal's date: "28/09/2018 14:35", "28.09.2018 | 14:35" or "28 سبتمبر 2018 - 14:35"."""
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year} | {d.hour:02d}:{d.minute:02d}"
    return f"{_long(page, d)} - {d.hour:02d}:{d.minute:02d}"


def _duration(page: mp.Page) -> str:
    return f"{page.rng.randint(1, 4):02d}:{page.rng.randint(0, 59):02d}"


def t67(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A national public broadcaster's news portal: language switch, live
    channels, name, menu, the latest-news strip with times, section, headline, date and update, the
    video block with the report's credit, standfirst, body, tools, related news, most watched
    videos, the evening's programme guide and a public institution's footer."""
    rng, lang = page.rng, page.lang
    ui = BROADCASTER[lang]
    style = rng.randrange(3)
    b.block("languages", *_lines_or_run(page, list(ui["langs"]), 0.5))
    channels = list(ui["channels"])
    b.block("live_links", *_lines_or_run(page, [str(ui["live"]), *channels[: rng.randint(3, 6)]], 0.5))
    b.block("site_name", page.site)
    b.block("menu", *_lines_or_run(page, list(ui["menu"][: rng.randint(6, 8)]), 0.6))
    if rng.random() < 0.7:
        strip = [str(ui["latest"])]
        t = page.published + dt.timedelta(hours=rng.randint(1, 30))
        for h in page.other_headlines(rng.randint(3, 5)):
            t -= dt.timedelta(minutes=rng.randint(7, 95))
            strip.append(f"{t.hour:02d}:{t.minute:02d} {h}")
        b.block("latest_strip", *strip)
    b.blank()
    if rng.random() < 0.8:
        b.block("section", page.section)
    mp.add_title(b, page)
    d = page.published
    dates = [_broadcast_date(page, d, style)]
    if rng.random() < 0.35:
        dates.append(f"{ui['updated']} {_broadcast_date(page, d + dt.timedelta(hours=rng.randint(1, 9), minutes=rng.randint(0, 59)), style)}")
    b.block("date", *_lines_or_run(page, dates, 0.6))
    video = rng.random() < 0.6
    if video:
        b.block("video", str(ui["watch"]), _duration(page))
    if video or rng.random() < 0.3:
        b.block("report_credit", str(ui["credit"]).format(page.author(), rng.choice(ui["camera"])))
    b.blank()
    sep = "" if rng.random() < 0.75 else None
    _standfirst(b, page, sep)
    inserts = mp.inline_inserts(page, "read_also_inline", [str(ui["read_also"]), page.other().headline], 0.3)
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, str(ui["read_also"]), sep)
    b.blank()
    b.block("tools", *_lines_or_run(page, list(ui["tools"]), 0.5))
    b.blank()
    related = [str(ui["related"])]
    for h, when in _others_dated(page, rng.randint(3, 5)):
        related += [h, _broadcast_date(page, when - dt.timedelta(minutes=rng.randint(0, 59)), style)]
    b.block("related", *related)
    b.blank()
    if rng.random() < 0.7:
        watched = [str(ui["watched"])]
        for h in page.other_headlines(4):
            watched += [_duration(page), h]
        b.block("most_watched", *watched)
        b.blank()
    if rng.random() < 0.6:
        guide = [str(ui["guide"])]
        hour = 17
        for prog in rng.sample(ui["programmes"], 4):
            guide.append(f"{hour:02d}:{rng.choice((0, 15, 30, 45)):02d} {prog}")
            hour += rng.randint(1, 2)
        b.block("programme_guide", *guide)
        b.blank()
    footer = list(ui["footer"])
    b.block("footer", footer[0], footer[1], *_lines_or_run(page, footer[2:], 0.5), str(ui["law"]))
    b.add(str(ui["copyright"]).format(page.site))


# ---------------------------------------------------------------- t68: a Telegraph (telegra.ph) page from a Telegram channel

TELEGRAPH = {
    "ar": {
        "channel": "najmat_alakhbar", "follow": ("تابعونا على تلغرام:", "📢 اشترك في قناتنا على تلغرام"),
        "source": "المصدر: {}", "read_also": "اقرأ أيضاً:", "tags": ("#عاجل", "#أخبار", "#{}"),
    },
    "sq": {
        "channel": "kronika_online", "follow": ("Na ndiqni në Telegram:", "📢 Abonohuni në kanalin tonë në Telegram"),
        "source": "Burimi: {}", "read_also": "Lexo edhe:", "tags": ("#lajme", "#eFundit", "#{}"),
    },
}
TELEGRAPH_UI = {
    "tab": "{} – Telegraph", "report": "Report content on this page",
    "dialog": ("Report Page", "Violence", "Child Abuse", "Copyright", "Illegal Drugs", "Personal Details", "Other",
               "Please submit your DMCA takedown request to dmca@telegram.org", "Cancel", "Report"),
    "editor": ("Edit", "Publish"),
}


def t68(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A Telegraph page of an outlet's Telegram channel: tab title, headline,
    author and English date, cover caption, standfirst, body with a figure caption, the outlet's own
    footer lines (source and date, read-also links, "follow us on Telegram", hashtags), "Report
    content on this page" with the report dialog and the editor's labels."""
    rng, lang = page.rng, page.lang
    own = TELEGRAPH[lang]
    ui = TELEGRAPH_UI
    if rng.random() < 0.4:
        b.block("tab_title", str(ui["tab"]).format(page.doc.headline))
        b.blank()
    mp.add_title(b, page)
    by_outlet = rng.random() < 0.6
    author = page.site if by_outlet else page.author()
    when = _en_day(page.published)
    style = rng.randrange(3)
    if style == 0:
        b.block("author_date", author, when)
    elif style == 1:
        b.block("author_date", f"{author} {when}")
    else:
        b.block("author_date", f"{author}{when}")  # <address>'s inline parts glued by the copy
    b.blank()
    if rng.random() < 0.5:
        b.block("cover_caption", rng.choice(mp.CAPTIONS[lang]))
        b.blank()
    sep = "" if rng.random() < 0.8 else None
    _standfirst(b, page, sep)
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    if len(page.paras) >= 4 and rng.random() < 0.4:
        inserts[rng.randint(1, len(page.paras) - 2)] = [("figure_caption", [rng.choice(mp.CAPTIONS[lang])])]
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, str(own["read_also"]).rstrip(":"), sep)
    b.blank()
    date_style = rng.choice(("day", "slash", "dot"))
    if by_outlet or rng.random() < 0.5:
        b.block("source", f"{str(own['source']).format(page.site)} - {mp.date(page, date_style)}")
    else:
        b.block("source", str(own["source"]).format(page.site), mp.date(page, date_style))
    if page.teaser_doc is None and rng.random() < 0.6:
        b.block("read_also_links", str(own["read_also"]), *(f"🔹 {h}" for h in page.other_headlines(rng.randint(2, 3))))
    channel = f"https://t.me/{own['channel']}"
    follow = str(rng.choice(own["follow"]))
    b.block("follow", *([f"{follow} {channel}"] if rng.random() < 0.5 else [follow, channel]))
    if rng.random() < 0.5:
        tags = [str(t).format(page.section.replace(" ", "_")) for t in own["tags"]]
        b.block("hashtags", " ".join(tags))
    b.blank()
    b.block("report", str(ui["report"]))
    if rng.random() < 0.7:
        b.block("report_dialog", *_lines_or_run(page, list(ui["dialog"][:7]), 0.6), *ui["dialog"][7:])
    if rng.random() < 0.3:
        b.block("editor", *ui["editor"])


HELDOUT_SITES: dict[str, tuple[Callable[[mp.Page, mp.Builder], None], dict[str, str], float, float, float]] = {
    "t66": (t66, {"ar": "شبكة البيان الإخبارية", "sq": "Lajmi Shqip"}, 0.2, 0.3, 0.8),
    "t67": (t67, {"ar": "التلفزيون الوطني", "sq": "Radio Televizioni Publik"}, 0.15, 0.6, 0.4),
    "t68": (t68, {"ar": "نجمة الأخبار", "sq": "Kronika Online"}, 0.0, 0.3, 0.9),
}
"""Each held-out template: (render, site name per language, multi-line headline, standfirst and
standfirst-keeps-its-stop probabilities), registered as ``make_pages.Template``."""
