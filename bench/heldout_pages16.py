"""Site templates t63-t65 of the NTREX page set (imported by ``bench/make_pages.py``): tuning
templates since 2026-12-03 15:18, no longer held out (held out until the new held-out round t66-t68,
``bench/heldout_pages17.py``, was written).

Written blind on 2026-12-03 by a helper that had not read the cleaner (nothing under
``translate_summarize/``) nor its tests, before any score of these pages, and never adjusted after
the cleaner was scored on them. They live in their own module so that whoever tunes the cleaner can
leave them unread: held out until 2026-12-03 15:18, tuning since.
Each (document, language) of NTREX dev documents 1-60 gets one page in one of them.

They imitate three kinds of real Arabic and Albanian news text as it reaches a nightly batch,
laid out differently from t1-t62:

* ``t63``: an outlet's ordinary article page on a WordPress site with Jegtheme's "JNews" theme
  (2018; the theme's strings in Arabic, or the English ones Albanian sites keep while WordPress
  itself prints Albanian dates): the top bar with the reader's date (not the article's), the top
  links and "Login", the logo text, the menu, the header search's leftover "No Result" / "View All
  Result", "Trending Tags" with its tags (one a line or run together), the breadcrumb (one item a
  line or run together), the headline, the subtitle (standfirst), the meta ("by <author>", the
  date, "in <section>", one a line or run together; "Updated on" with a later date on some
  copies), "Reading Time: n mins read" and the comment count alone on its line, the share bar with
  its "n SHARES" / "n VIEWS" counters, the featured image's caption, the body with
  "ADVERTISEMENT" labels and the inline "Related Posts" box between paragraphs, the long teaser
  after short articles, "Tags:", the compact share buttons with their counts ("Share 3",
  "Tweet 1"), "Previous Post" / "Next Post" with headlines, the author box, "Related Posts" with
  their own dates, "Discussion about this post" and the reply form, the sidebar ("Recommended",
  the "Stay Connected" counters "12.3k Fans" / "Like"), the footer (about sentence, footer menu,
  the site's copyright or the theme's stock "© 2018 JNews - Premium WordPress news & magazine
  theme by Jegtheme."), and the log-in popup and the video playlist dialog the theme keeps at the
  end of the page ("Welcome Back!", "Forgotten Password?", "Add New Playlist",
  "- Select Visibility -") with the mobile menu's "No Result" again;
* ``t64``: an outlet's ordinary article page on a Squarespace site (7.0 blog page, 2018), an
  independent outlet's magazine-like site: Squarespace's own strings stay in English whatever the
  site's language (Squarespace had no Arabic or Albanian interface), what the owner types is in
  Arabic or Albanian: the cookie banner ("By using this website, you agree to our use of
  cookies...", "Accept"), the announcement bar, the site title and navigation, the date above or
  under the headline ("September 28, 2018"), the author, the category and the comment count
  ("0 Comments"), the body with image captions between paragraphs, the long teaser after short
  articles, "Tagged:" / "Posted in", the share buttons with their counts glued on ("Facebook0",
  "LinkedIn0", "Pinterest0") one a line or run together, "0 Likes", "Newer Post" / "Older Post"
  with headlines, the comments ("Newest First", "Preview", "Post Comment…", readers' comments with
  their later dates), the "Recent Posts" summary block (headline, short date, first sentence,
  "Read More") after the article or before it, the newsletter block ("Sign up with your email
  address to receive news and updates.", "Email Address", "Sign Up", "We respect your
  privacy.", "Thank you!"), the footer's address and "Powered by Squarespace";
* ``t65``: an outlet's story posted on Reddit (the 2018 redesign, new reddit, copied logged out)
  in the outlet's community (r/arabs, r/albania; Reddit's strings in English, as Reddit had no
  Arabic or Albanian interface): the header ("Reddit", "r/<sub>", "Search r/<sub>", "LOG IN",
  "SIGN UP"), the post overlay's bar (the score, the headline again, "Close") on some copies,
  "Posted by u/<user> 5 hours ago", the post's title (the headline) and its flair; either a text
  post carrying the article (an intro line, the article's date line, standfirst, body, the long
  teaser after short articles under an "Edit:" line, the source line "Burimi: <outlet>" /
  "المصدر: <outlet>" with its address) or a link post (the shortened address) whose article sits in
  the submitter's first comment ("level 1", the user, "OP", "n points · 5h", the intro, the body,
  the source line, "Reply Share Report Save"), the counts and actions ("n Comments", "Share",
  "Save", "Hide", "Report", "93% Upvoted"), "Log in or sign up to leave a comment", "Sort by"
  "best", readers' comments and replies ("level 2"), the community sidebar ("About Community", its
  description, members, online, "Created Jan 25, 2008", "JOIN", rules, moderators) after the
  comments or before the post, "More posts from the <sub> community" with other titles, and
  Reddit's footer ("Reddit Inc © 2018. All rights reserved", "Back to Top").

The article itself is rendered by the generator's shared helpers, so the annotation by construction
is the same as for the other templates. The outlet (the gold ``outlet``) is the news organisation;
Jegtheme's (JNews), Squarespace's and Reddit's names are furniture, as are the Reddit users and
the community. Paragraph separators are "" or none only.
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


def _weekday_day(page: mp.Page, d: dt.datetime, local: bool) -> str:
    """A header's full date with its weekday: "الثلاثاء، 2 أكتوبر 2018", "e martë, 2 tetor 2018" or
    "Tuesday, October 2, 2018"."""
    if page.lang == "ar":
        return f"{mp.WEEKDAYS['ar'][d.weekday()]}، {_long(page, d)}"
    if local:
        return f"{mp.WEEKDAYS['sq'][d.weekday()]}, {_long(page, d)}"
    return f"{mp.WEEKDAYS['en'][d.weekday()]}, {_en_day(d)}"


# ---------------------------------------------------------------- t63: WordPress with Jegtheme's JNews theme

JNEWS = {
    "ar": {
        "top": ("من نحن", "أعلن معنا", "سياسة الخصوصية", "اتصل بنا"), "login": "تسجيل الدخول",
        "no_result": ("لا توجد نتائج", "عرض جميع النتائج"), "trending": "الوسوم الشائعة",
        "home": "الرئيسية", "by": "بواسطة", "in": "في", "read": "وقت القراءة: {} دقائق قراءة",
        "updated": "تم التحديث في", "shares": "{} مشاركات", "views": "{} مشاهدات",
        "share": ("شارك على فيسبوك", "شارك على تويتر"), "small": ("شارك", "غرد"), "ad": "إعلان",
        "related_inline": "مقالات ذات صلة", "read_also": "اقرأ أيضاً", "tags": "الوسوم:",
        "prev": "المنشور السابق", "next": "المنشور التالي", "related": "مقالات ذات صلة",
        "discussion": "النقاش حول هذا المنشور",
        "reply": ("اترك تعليقاً إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
                  "التعليق", "الاسم *", "البريد الإلكتروني *", "الموقع الإلكتروني", "إرسال التعليق"),
        "recommended": "موصى به", "stay": "ابق على تواصل",
        "counters": (("{} معجب", "أعجبني"), ("{} متابع", "تابع"), ("{} مشترك", "اشترك")),
        "about": "{} موقع إخباري مستقل ينقل إليكم آخر الأخبار المحلية والعربية والدولية على مدار الساعة.",
        "footer_menu": ("من نحن", "أعلن معنا", "سياسة الخصوصية", "اتصل بنا"),
        "copyright": "© 2018 {} - جميع الحقوق محفوظة.",
        "credit": "© 2018 JNews - قالب ووردبريس إخباري ومجلات متميز من Jegtheme.",
        "popup": ("مرحبا بعودتك!", "سجّل الدخول إلى حسابك أدناه", "تذكرني", "نسيت كلمة المرور؟", "تسجيل الدخول",
                  "استرجع كلمة المرور", "الرجاء إدخال اسم المستخدم أو عنوان البريد الإلكتروني لإعادة تعيين كلمة المرور الخاصة بك."),
        "playlist": ("إضافة قائمة تشغيل جديدة", "- اختر مستوى الظهور -", "عام", "خاص"),
    },
    "sq": {
        "top": ("Rreth nesh", "Marketing", "Privatësia", "Kontakt"), "login": "Login",
        "no_result": ("No Result", "View All Result"), "trending": "Trending Tags",
        "home": "Home", "by": "by", "in": "in", "read": "Reading Time: {} mins read",
        "updated": "Updated on", "shares": "{} SHARES", "views": "{} VIEWS",
        "share": ("Share on Facebook", "Share on Twitter"), "small": ("Share", "Tweet"), "ad": "ADVERTISEMENT",
        "related_inline": "Related Posts", "read_also": "Lexo edhe", "tags": "Tags:",
        "prev": "Previous Post", "next": "Next Post", "related": "Related Posts",
        "discussion": "Discussion about this post",
        "reply": ("Leave a Reply Cancel reply", "Your email address will not be published. Required fields are marked *",
                  "Comment", "Name *", "Email *", "Website", "Post Comment"),
        "recommended": "Recommended", "stay": "Stay Connected",
        "counters": (("{} Fans", "Like"), ("{} Followers", "Follow"), ("{} Subscribers", "Subscribe")),
        "about": "{} është portal informativ që sjell lajmet më të fundit nga Shqipëria, Kosova dhe bota.",
        "footer_menu": ("Rreth nesh", "Marketing", "Privatësia", "Kontakt"),
        "copyright": "© 2018 {} - Të gjitha të drejtat e rezervuara.",
        "credit": "© 2018 JNews - Premium WordPress news & magazine theme by Jegtheme.",
        "popup": ("Welcome Back!", "Login to your account below", "Remember Me", "Forgotten Password?", "Log In",
                  "Retrieve your password", "Please enter your username or email address to reset your password."),
        "playlist": ("Add New Playlist", "- Select Visibility -", "Public", "Private"),
    },
}
MENU63 = {
    "ar": ("الرئيسية", "أخبار", "سياسة", "اقتصاد", "عربي ودولي", "رياضة", "منوعات", "فيديو"),
    "sq": ("Kreu", "Lajme", "Politikë", "Ekonomi", "Bota", "Sport", "Showbiz", "Video"),
}
TRENDING63 = {
    "ar": ("ترامب", "سوريا", "إيران", "كأس العالم", "الأمم المتحدة", "النفط"),
    "sq": ("Kosova", "Dialogu", "Kombëtarja", "Rama", "Protesta", "BE"),
}


def _counter(rng_value: int) -> str:
    """JNews's social counter: "12.3k" above a thousand, the number below."""
    return f"{rng_value / 1000:.1f}k" if rng_value >= 1000 else str(rng_value)


def t63(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A WordPress site with the JNews theme: top bar (reader's date, links,
    "Login"), logo, menu, the search's "No Result" leftover, "Trending Tags", breadcrumb, headline,
    subtitle, meta (author, date, section, "Updated on", reading time, comment count), share bar
    with counters, caption, body with "ADVERTISEMENT" and "Related Posts" inside, tags, compact
    share buttons, previous / next post, author box, related posts with dates, the comment area,
    the sidebar, the footer and the log-in / playlist popups."""
    rng, lang = page.rng, page.lang
    ui = JNEWS[lang]
    local = lang == "ar" or rng.random() < 0.6  # WordPress in Albanian prints Albanian dates

    def day(d: dt.datetime) -> str:
        return _long(page, d) if local else _en_day(d)

    reader = page.published + dt.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 12))
    b.block("top_bar", _weekday_day(page, reader, local))
    b.add(*_lines_or_run(page, [*ui["top"], str(ui["login"])], 0.4))
    b.block("site_name", page.site)
    b.block("menu", *_lines_or_run(page, list(MENU63[lang][: rng.randint(6, 8)]), 0.6))
    if rng.random() < 0.6:
        b.block("search_leftover", *ui["no_result"])
    if rng.random() < 0.7:
        tags = rng.sample(TRENDING63[lang], rng.randint(3, 5))
        b.block("trending_tags", *_lines_or_run(page, [str(ui["trending"]), *tags], 0.4))
    b.blank()
    home = str(ui["home"]) if lang == "ar" or rng.random() < 0.5 else MENU63["sq"][0]
    crumbs = [home, page.say("أخبار", "Lajme"), page.section]
    b.block("breadcrumb", *_lines_or_run(page, crumbs, 0.5))
    mp.add_title(b, page)
    _standfirst(b, page, None)  # the theme's subtitle field, under the headline
    d = page.published
    meta = [f"{ui['by']} {page.author()}", day(d), f"{ui['in']} {page.section}"]
    b.block("post_meta", *_lines_or_run(page, meta, 0.6))
    if rng.random() < 0.3:
        b.block("updated", f"{ui['updated']} {day(d + dt.timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 9)))}")
    b.add(str(ui["read"]).format(max(2, _minutes(page))), str(rng.randint(0, 14)))
    counters = [str(ui["shares"]).format(rng.randint(0, 60)), str(ui["views"]).format(rng.randint(5, 4000))]
    b.block("share", *_lines_or_run(page, [*counters, *ui["share"]], 0.5))
    if rng.random() < 0.5:
        b.block("caption", rng.choice(mp.CAPTIONS[lang]))
    b.blank()
    sep = "" if rng.random() < 0.7 else None
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    if len(page.paras) >= 3:
        inserts.setdefault(rng.randint(0, len(page.paras) - 2), []).append(("advert", [str(ui["ad"])]))
    if len(page.paras) >= 4 and rng.random() < 0.6:
        inserts.setdefault(rng.randint(1, len(page.paras) - 2), []).append(
            ("related_inline", [str(ui["related_inline"]), *page.other_headlines(2)]))
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, str(ui["read_also"]), sep)
    b.blank()
    if rng.random() < 0.7:
        b.block("tags", *_lines_or_run(page, [str(ui["tags"]), *mp.tags_for(page)], 0.4))
    small = [f"{ui['small'][0]} {rng.randint(0, 40)}", f"{ui['small'][1]} {rng.randint(0, 25)}"]
    b.block("share_bottom", *_lines_or_run(page, small, 0.5))
    prev, nxt = page.other_headlines(2)
    b.block("prev_next", str(ui["prev"]), prev, str(ui["next"]), nxt)
    if rng.random() < 0.4:
        author = page.author()
        b.block("author_box", author, rng.choice(mp.BIOS[lang]).format(author))
    related = [str(ui["related"])]
    for h, when in _others_dated(page, 3):
        related += [h, day(when)]
    b.block("related", *related)
    b.blank()
    b.block("comments", str(ui["discussion"]), *ui["reply"])
    b.blank()
    if rng.random() < 0.7:
        b.block("recommended", str(ui["recommended"]), *page.other_headlines(3))
        stay = [str(ui["stay"])]
        for count, button in ui["counters"]:
            stay += [str(count).format(_counter(rng.randint(300, 48000))), str(button)]
        b.block("stay_connected", *stay)
        b.blank()
    b.block("footer", str(ui["about"]).format(page.site), *_lines_or_run(page, list(ui["footer_menu"]), 0.5))
    b.add(str(ui["copyright"]).format(page.site) if rng.random() < 0.5 else str(ui["credit"]))
    b.block("popup", *ui["popup"], *ui["playlist"])
    if rng.random() < 0.6:
        b.block("mobile_menu", *ui["no_result"], *MENU63[lang][:5], str(ui["credit"]))


# ---------------------------------------------------------------- t64: a Squarespace site (7.0 blog page)

SQUARESPACE = {
    # what the site's owner types (navigation, announcement, block titles and texts) in the site's language
    "ar": {
        "announce": "ادعم الصحافة المستقلة: اشترك في نشرتنا الأسبوعية", "nav": ("الرئيسية", "أخبار", "تحقيقات", "رأي", "من نحن", "تواصل معنا", "ادعمنا"),
        "recent": "آخر المقالات", "newsletter": ("النشرة البريدية", "سجّل بريدك الإلكتروني لتصلك الأخبار والتحديثات."),
        "address": ("بيروت، لبنان", "info@fushamag.com"),
    },
    "sq": {
        "announce": "Mbështetni gazetarinë e pavarur: abonohuni në buletinin tonë javor", "nav": ("Ballina", "Lajme", "Hulumtime", "Opinion", "Rreth nesh", "Kontakt", "Dhuro"),
        "recent": "Artikujt e fundit", "newsletter": ("Buletini", "Regjistrohuni me adresën tuaj të email-it për të marrë lajmet dhe përditësimet."),
        "address": ("Rruga e Kavajës, Tiranë", "redaksia@hapesira.al"),
    },
}
SQS_STRINGS = {  # Squarespace's own strings (English on every site of 2018)
    "cookie": ("By using this website, you agree to our use of cookies. We use cookies to provide you with a great "
               "experience and to help our website run effectively.", "Accept"),
    "comments": "{} Comments", "tagged": "Tagged:", "posted": "Posted in", "share": "Share",
    "buttons": ("Facebook{}", "Twitter", "LinkedIn{}", "Reddit", "Tumblr", "Pinterest{}"), "likes": "{} Likes",
    "newer": "Newer Post", "older": "Older Post", "sort": ("Newest First", "Oldest First"),
    "form": ("Preview", "Post Comment…"), "reply": "Reply", "read_more": "Read More",
    "newsletter": ("Email Address", "Sign Up", "We respect your privacy.", "Thank you!"),
    "powered": "Powered by Squarespace",
}
SQS_NEWSLETTER_EN = "Sign up with your email address to receive news and updates."


def t64(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A Squarespace site's blog post: cookie banner, announcement bar,
    title and navigation, the date above or under the headline, author, category, comment count,
    body with image captions, tags, the share buttons with their glued counts, likes, newer / older
    post, comments, the "Recent Posts" summary block, the newsletter block and the footer."""
    rng, lang = page.rng, page.lang
    own = SQUARESPACE[lang]
    ui = SQS_STRINGS
    if rng.random() < 0.5:
        b.block("cookie_banner", *ui["cookie"])
    if rng.random() < 0.5:
        b.block("announcement", str(own["announce"]))
    b.block("site_title", page.site)
    b.block("nav", *_lines_or_run(page, list(own["nav"][: rng.randint(5, 7)]), 0.6))
    b.blank()

    def summary() -> None:
        items = [str(own["recent"])]
        for other in rng.sample(page.others, 3):
            when = page.published - dt.timedelta(days=rng.randint(1, 9))
            items += [other.headline, _en_short(when), other.sentences[0], str(ui["read_more"])]
        b.block("summary_block", *items)
        b.blank()

    summary_first = rng.random() < 0.3
    if summary_first:
        summary()
    d = page.published
    date_above = rng.random() < 0.5
    if date_above:
        b.block("date_above", _en_day(d))
    mp.add_title(b, page)
    meta = [page.author()] + ([] if date_above else [_en_day(d)])
    if rng.random() < 0.5:
        meta.append(page.section)
    n_comments = rng.randint(1, 2) if rng.random() < 0.4 else 0
    if rng.random() < 0.5:
        meta.append(str(ui["comments"]).format(n_comments))
    b.block("post_meta", *_lines_or_run(page, meta, 0.7))
    b.blank()
    sep = "" if rng.random() < 0.8 else None
    _standfirst(b, page, sep)
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    if len(page.paras) >= 3 and rng.random() < 0.6:
        inserts[rng.randint(0, len(page.paras) - 2)] = [("image_caption", [rng.choice(mp.CAPTIONS[lang])])]
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, page.say("اقرأ أيضاً", "Lexo edhe"), sep)
    b.blank()
    if rng.random() < 0.7:
        b.block("tagged", f"{ui['tagged']} {', '.join(mp.tags_for(page))}")
    if rng.random() < 0.5:
        b.block("posted_in", f"{ui['posted']} {page.section}")
    buttons = [str(x).format(rng.randint(0, 30)) if "{}" in x else str(x) for x in ui["buttons"]]
    b.block("share", str(ui["share"]), *_lines_or_run(page, buttons, 0.5))
    b.add(str(ui["likes"]).format(rng.randint(0, 40)))
    b.blank()
    newer, older = page.other_headlines(2)
    pager = [str(ui["newer"]), newer, str(ui["older"]), older]
    b.block("pagination", *(pager if rng.random() < 0.7 else pager[2:]))
    b.blank()
    comments = [str(ui["comments"]).format(n_comments), *ui["sort"], *ui["form"]]
    if n_comments:
        for name, text in zip(rng.sample(mp.COMMENTERS[lang], n_comments), rng.sample(mp.COMMENTS[lang], n_comments)):
            comments += [name, _en_day(d + dt.timedelta(days=rng.randint(1, 10))), text, str(ui["reply"])]
    b.block("comments", *comments)
    b.blank()
    if not summary_first:
        summary()
    # the block's title and text are the owner's; some leave Squarespace's English default text
    text = list(own["newsletter"]) if lang == "ar" or rng.random() < 0.5 else [str(own["newsletter"][0]), SQS_NEWSLETTER_EN]
    b.block("newsletter", *text, *ui["newsletter"])
    b.blank()
    b.block("footer", page.site, *own["address"], str(ui["powered"]))


# ---------------------------------------------------------------- t65: a Reddit post (new reddit, 2018)

REDDIT = {
    "ar": {
        "sub": "arabs", "flair": ("أخبار", "سياسة", "News"),
        "intro": ("النص الكامل لمن لا يستطيع فتح الرابط:", "المقال كاملاً:", "منقول من الموقع:"),
        "source": "المصدر: {}", "domain": "najmanews.net", "edit": "تعديل: خبر آخر على نفس الموضوع:",
        "about": "مجتمع للنقاش حول أخبار العالم العربي وثقافته وقضاياه. A community for Arabs and about the Arab world.",
        "rules": ("احترم الآخرين", "لا للمحتوى المكرر", "اذكر مصدر الخبر"),
        "users": ("Sami88", "ahmad_k", "desert_fox_91", "Levantine_Guy", "NourH", "throwaway_cairo", "Omar_Tunisia"),
        "mods": ("u/AutoModerator", "u/Levantine_Mod"),
    },
    "sq": {
        "sub": "albania", "flair": ("Lajme", "Politikë", "News"),
        "intro": ("Teksti i plotë për ata që s'e hapin dot linkun:", "Artikulli i plotë:", "Kopjuar nga faqja:"),
        "source": "Burimi: {}", "domain": "busulla.al", "edit": "Edit: lajm tjetër për të njëjtën temë:",
        "about": "Subreddit-i për Shqipërinë, shqiptarët dhe gjithçka shqiptare. The subreddit for Albania and Albanians.",
        "rules": ("Respektoni njëri-tjetrin", "Pa postime të përsëritura", "Vendosni burimin e lajmit"),
        "users": ("arber_t", "dritoni77", "tirona_2000", "Besi_K", "shqipe_ne_zemer", "Kujtim_H", "elona_k"),
        "mods": ("u/AutoModerator", "u/shqiponja_mod"),
    },
}
REDDIT_UI = {
    "bar": ("Reddit", "r/{}", "Search r/{}", "LOG IN", "SIGN UP", "User account menu"),
    "posted": "Posted by", "ago": "{} hours ago", "close": "Close",
    "actions": ("{} Comments", "Share", "Save", "Hide", "Report", "{}% Upvoted"),
    "login": ("Log in or sign up to leave a comment", "LOG IN", "SIGN UP"), "sort": ("Sort by", "best"),
    "comment_actions": ("Reply", "Share", "Report", "Save"), "points": "{} points", "op": "OP",
    "side": ("About Community", "Members", "Online", "Created Jan 25, 2008", "JOIN", "r/{} Rules",
             "Moderators", "Message the mods", "VIEW ALL MODERATORS"),
    "more": ("More posts from the {} community", "Continue browsing in r/{}"),
    "footer": ("Help", "Reddit App", "Reddit Gold", "Reddit Gifts", "About", "Careers", "Press", "Advertise", "Blog",
               "Terms", "Content Policy", "Privacy Policy", "Mod Policy"),
    "copyright": "Reddit Inc © 2018. All rights reserved", "top": "Back to Top",
}


def _article_date(page: mp.Page) -> str:
    """The article's date as the submitter pastes it from the outlet's page."""
    style = page.rng.choice(("day", "day", "slash", "iso"))
    return mp.date(page, style)


def _reddit_comment(page: mp.Page, level: int, user: str, hours: int) -> list[str]:
    """A reader's comment: the level label, the user, points and age (``hours``; a reply is younger
    than the comment it answers), the text, the buttons."""
    rng = page.rng
    text = rng.choice(mp.REPLIES[page.lang])
    return [f"level {level}", user, f"{REDDIT_UI['points'].format(rng.randint(1, 60))} · {hours}h", text,
            " ".join(REDDIT_UI["comment_actions"])]


def t65(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). An outlet's story posted in its Reddit community (new reddit, logged
    out): the header, the overlay's bar, "Posted by", the title and flair, the article in the text
    post or in the submitter's first comment under a link post, the source line, counts and
    actions, comments, the community sidebar, "More posts from" and Reddit's footer."""
    rng, lang = page.rng, page.lang
    own = REDDIT[lang]
    ui = REDDIT_UI
    sub = str(own["sub"])
    users = list(own["users"])
    rng.shuffle(users)
    submitter = users.pop()
    hours = rng.randint(2, 20)
    score = rng.randint(8, 400)
    b.block("reddit_bar", *_lines_or_run(page, [x.format(sub) for x in ui["bar"]], 0.5))
    b.blank()

    def sidebar() -> None:
        side = list(ui["side"])
        members = f"{rng.randint(12, 95)}.{rng.randint(0, 9)}k"
        b.block("community", side[0], str(own["about"]), members, side[1], str(rng.randint(20, 400)), side[2], side[3], side[4])
        numbered = rng.random() < 0.5
        rules = [side[5].format(sub), *(f"{k}. {rule}" if numbered else rule for k, rule in enumerate(own["rules"], 1))]
        b.block("rules", *rules)
        b.block("moderators", side[6], side[7], *own["mods"], side[8])
        b.blank()

    side_first = rng.random() < 0.3
    if side_first:
        sidebar()
    if rng.random() < 0.3:
        b.block("overlay_bar", str(score), page.doc.headline, str(ui["close"]))
    b.block("posted_by", *_lines_or_run(page, [f"{ui['posted']} u/{submitter}", str(ui["ago"]).format(hours)], 0.3))
    mp.add_title(b, page)
    b.block("flair", rng.choice(own["flair"]))
    link_post = rng.random() < 0.5
    sep = "" if rng.random() < 0.75 else None
    source = str(own["source"]).format(page.site)
    url = f"https://{own['domain']}/{mp.CATEGORIES[page.doc.number - 1]}/{rng.randint(10000, 99999)}"
    date_first = rng.random() < 0.5

    def article() -> None:
        if rng.random() < 0.6:
            b.block("intro", rng.choice(own["intro"]))
            if sep is not None:
                b.blank(sep)
        if date_first:
            b.block("article_date", _article_date(page))
            if sep is not None:
                b.blank(sep)
        _standfirst(b, page, sep)
        mp.add_body(b, page, sep=sep)
        mp.short_teaser(b, page, str(own["edit"]), sep)
        if sep is not None:
            b.blank(sep)
        if date_first:
            b.block("source", source)
        else:
            b.block("source", f"{source}{page.say('،', ',')} {_article_date(page)}")
        if not link_post or rng.random() < 0.5:
            b.add(url)

    if link_post:
        b.block("link", f"{own['domain']}/{url.split('/', 3)[3][:8]}...")
    else:
        b.blank()
        article()
        b.blank()
    comments = rng.randint(3, 60)
    actions = list(ui["actions"])
    actions[0] = actions[0].format(comments)
    actions[-1] = actions[-1].format(rng.randint(70, 99))
    b.block("actions", *_lines_or_run(page, actions, 0.5))
    b.blank()
    b.block("login_prompt", *ui["login"])
    b.block("sort", *_lines_or_run(page, list(ui["sort"]), 0.5))
    b.blank()
    if link_post:
        if rng.random() < 0.3:
            b.block("comment", *_reddit_comment(page, 1, users.pop(), rng.randint(1, hours)))
            b.blank()
        b.block("op_comment", "level 1", submitter, str(ui["op"]),
                f"{ui['points'].format(rng.randint(5, 120))} · {hours}h")
        article()
        b.block("op_comment_actions", " ".join(ui["comment_actions"]))
        b.blank()
    age = hours
    for level in (1, 2, 1)[: rng.randint(1, 3)]:
        age = rng.randint(1, age if level == 2 else hours)
        b.block("comment", *_reddit_comment(page, level, users.pop(), age))
    b.blank()
    if not side_first:
        sidebar()
    more = [str(ui["more"][0]).format(sub)]
    for h in page.other_headlines(3):
        more += [str(rng.randint(2, 300)), h]
    b.block("more_posts", *more, str(ui["more"][1]).format(sub))
    b.block("footer", *_lines_or_run(page, list(ui["footer"]), 0.3), str(ui["copyright"]), str(ui["top"]))


HELDOUT_SITES: dict[str, tuple[Callable[[mp.Page, mp.Builder], None], dict[str, str], float, float, float]] = {
    "t63": (t63, {"ar": "الساحة نيوز", "sq": "Faktori Online"}, 0.2, 0.6, 0.5),
    "t64": (t64, {"ar": "مجلة فسحة", "sq": "Hapësira"}, 0.1, 0.4, 0.8),
    "t65": (t65, {"ar": "بوابة النجمة", "sq": "Busulla News"}, 0.0, 0.3, 0.7),
}
"""Each held-out template: (render, site name per language, multi-line headline, standfirst and
standfirst-keeps-its-stop probabilities), registered as ``make_pages.Template``."""
