"""Site templates t57-t59 of the NTREX page set (imported by ``bench/make_pages.py``): tuning
templates since 2026-12-03 13:50, no longer held out (held out until the new held-out round t60-t62,
``bench/heldout_pages15.py``, was written).

Written blind on 2026-12-03 by a helper that had not read the cleaner (nothing under
``translate_summarize/``) nor its tests, before any score of these pages, and never adjusted after
the cleaner was scored on them. They live in their own module so that whoever tunes the cleaner can
leave them unread: held out until 2026-12-03 13:50, tuning since.
Each (document, language) of NTREX dev documents 1-60 gets one page in one of them.

They imitate three kinds of real Arabic and Albanian news text as it reaches a nightly batch,
laid out differently from t1-t56:

* ``t57``: an outlet's ordinary article page on a WordPress site with tagDiv's "Newspaper" theme
  (2018), the theme's strings translated into Arabic or left in English (as many Albanian sites
  leave them): the top bar with the reader's date (not the article's) and "Sign in", the hidden
  log-in and password-recovery modal that the theme keeps in the page ("Welcome! Log into your
  account", "your username", "Forgot your password? Get help", "A password will be e-mailed to
  you."), the logo's text, the menu one item a line, the breadcrumb, the category label, the
  headline, the subtitle (standfirst), the meta line ("By <author> - 28 September 2018") with the
  views and comments counters on their own lines, "Share on Facebook" / "Tweet on Twitter", the
  caption, the body with "- Advertisement -" labels, the long teaser after short articles, "TAGS",
  "Previous article" / "Next article" with their headlines, the author box, the run-together tab
  titles "RELATED ARTICLESMORE FROM AUTHOR" and related headlines, the "LEAVE A REPLY Cancel reply"
  form's messages, and the footer's "EDITOR PICKS" / "POPULAR POSTS" (headlines with their own
  dates), "POPULAR CATEGORY" (sections with post counts), "ABOUT US", "FOLLOW US" and
  "© Newspaper WordPress Theme by TagDiv";
* ``t58``: an outlet's ordinary article page on a Wix site's blog (the Wix Blog app, 2018; Wix's
  strings in Arabic, in English on Albanian sites, Wix having no Albanian interface): the free
  plan's banner ("This site was designed with the WIX.com website builder...") at the top of some
  pages, the site's name and menu with "More" and "Log In", the blog's own bar ("All Posts", its
  categories, "Search"), the author's name, the post's date and "n min read" on their own lines or
  on one, a later "Updated:" date, "More actions", the headline, the body, the long teaser
  after short articles, the share labels, the views and comments counters run together
  ("14 views0 comments") and the "Post not marked as liked" label, "Recent Posts" / "See All" with
  the counters of each card, the comments box ("Write a comment...") and the footer "© 2018 by
  <site>. Proudly created with Wix.com";
* ``t59``: an outlet's Instagram post whose caption carries the whole article, as the 2018 desktop
  page copies to text (logged out): the browser's tab title ("<account> on Instagram: “<the
  caption's first words>…”"), Instagram's bar ("Log In", "Sign Up"), the account's handle,
  "Verified", "• Follow" and a location line, the image's automatic alt text ("Image may contain:
  2 people, text"), the caption (an "urgent" emoji line above the headline or not, the handle on
  its own line or glued before that urgent line, as the caption's first comment copies; the paragraphs separated by "." or "⠀" lines, as
  Instagram users keep blank lines; the long teaser after short articles; "link in bio" and
  hashtags), readers' comments ("<user> <text>", "2w 3 likes Reply"), "Load more comments", the
  likes or views count, the post's date in capitals ("SEPTEMBER 28, 2018"), "Log in to like or
  comment.", "More posts from <handle>" with the alt texts of the grid, and Instagram's footer.

The article itself is rendered by the generator's shared helpers, so the annotation by construction
is the same as for the other templates. The outlet (the gold ``outlet``) is the news organisation;
tagDiv's, Wix's and Instagram's names are furniture.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import make_pages as mp  # make_pages imports this module after defining its helpers
from heldout_pages10 import EN_MONTHS, _en_day, _standfirst
from heldout_pages12 import _en_short
from heldout_pages13 import _long, _minutes


def _others_dated(page: mp.Page, n: int, before: bool = True) -> list[tuple[str, dt.datetime]]:
    """``n`` other articles' headlines, each with its own date a few days around the article's."""
    rng = page.rng
    sign = -1 if before else 1
    return [(h, page.published + dt.timedelta(days=sign * rng.randint(1, 6), hours=rng.randint(0, 23)))
            for h in page.other_headlines(n)]


# ---------------------------------------------------------------- t57: WordPress with tagDiv's Newspaper theme

TAGDIV = {
    "ar": {
        "sign_in": "تسجيل الدخول", "login": ("مرحبا! سجل دخولك إلى حسابك", "اسم المستخدم", "كلمة المرور",
                                            "هل نسيت كلمة المرور؟ الحصول على المساعدة"),
        "recover": ("استعادة كلمة المرور", "استعادة كلمة المرور الخاصة بك", "البريد الإلكتروني",
                    "سيتم إرسال كلمة المرور إلى بريدك الإلكتروني."),
        "home": "الرئيسية", "by": "بواسطة", "share": ("شارك على فيسبوك", "غرد على تويتر"), "ad": "- إعلان -",
        "tags": "الوسوم", "prev": "المقال السابق", "next": "المقالة التالية",
        "related": "مقالات ذات صلةالمزيد من المؤلف",
        "reply": ("ترك الرد إلغاء الرد", "الرجاء إدخال تعليقك!", "الرجاء إدخال اسمك هنا",
                  "لقد أدخلت عنوان بريد إلكتروني غير صحيح!", "الرجاء إدخال عنوان بريدك الإلكتروني هنا",
                  "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاحقاً عندما أعلّق."),
        "editor": "اختيارات المحرر", "popular": "المشاركات الشعبية", "category": "الفئة الشعبية",
        "about": "معلومات عنا", "about_text": "{} موقع إخباري مستقل يغطي الأحداث المحلية والعربية والدولية على مدار الساعة.",
        "contact": "اتصل بنا: info@{}", "follow": "تابعنا",
    },
    "sq": {
        "sign_in": "Sign in", "login": ("Welcome! Log into your account", "your username", "your password",
                                       "Forgot your password? Get help"),
        "recover": ("Password recovery", "Recover your password", "your email", "A password will be e-mailed to you."),
        "home": "Ballina", "by": "Nga", "share": ("Share on Facebook", "Tweet on Twitter"), "ad": "- Advertisement -",
        "tags": "TAGS", "prev": "Previous article", "next": "Next article",
        "related": "RELATED ARTICLESMORE FROM AUTHOR",
        "reply": ("LEAVE A REPLY Cancel reply", "Please enter your comment!", "Please enter your name here",
                  "You have entered an incorrect email address!", "Please enter your email address here",
                  "Save my name, email, and website in this browser for the next time I comment."),
        "editor": "EDITOR PICKS", "popular": "POPULAR POSTS", "category": "POPULAR CATEGORY",
        "about": "ABOUT US", "about_text": "{} është portal informativ i pavarur që sjell lajmet e ditës nga Shqipëria, Kosova dhe bota.",
        "contact": "Na kontaktoni: info@{}", "follow": "FOLLOW US",
    },
}
MENU57 = {
    "ar": ("الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "فن", "منوعات"),
    "sq": ("Ballina", "Aktualitet", "Politikë", "Ekonomi", "Bota", "Sport", "Kulturë"),
}
DOMAINS57 = {"ar": "nabdalshare3.com", "sq": "temaonline.al"}


def _tagdiv_footer(page: mp.Page, ui: dict[str, object]) -> list[tuple[str, list[str]]]:
    """The theme's footer blocks: editor picks and popular posts (headlines with their own dates),
    the popular categories with post counts, "about us", "follow us" and the theme's credit."""
    rng, lang = page.rng, page.lang
    blocks: list[tuple[str, list[str]]] = []
    for key in ("editor", "popular"):
        if rng.random() < 0.7:
            items = [str(ui[key])]
            for h, d in _others_dated(page, rng.randint(2, 3)):
                items += [h, _long(page, d)]
            blocks.append((f"footer_{key}", items))
    cats = [c for names in mp.SECTIONS[lang].values() for c in names[:1]]
    blocks.append(("footer_category", [str(ui["category"])]
                   + [f"{c}{rng.randint(40, 900)}" if rng.random() < 0.5 else f"{c} {rng.randint(40, 900)}"
                      for c in rng.sample(cats, 4)]))
    blocks.append(("footer_about", [str(ui["about"]), str(ui["about_text"]).format(page.site),
                                    str(ui["contact"]).format(DOMAINS57[lang]), str(ui["follow"]),
                                    "Facebook", "Instagram", "Twitter", "Youtube"]))
    blocks.append(("footer_credit", [f"© {page.site}", "© Newspaper WordPress Theme by TagDiv"]))
    return blocks


def t57(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A WordPress site with tagDiv's Newspaper theme: the top bar with the
    reader's date and "Sign in", the log-in / recovery modal kept in the page, the logo and menu,
    breadcrumb, category, headline, subtitle, "By <author> - <date>" with the view and comment
    counters, the share labels, caption, body with "- Advertisement -", tags, previous / next
    article, author box, related articles, the reply form's messages and the theme's footer."""
    rng, lang = page.rng, page.lang
    ui = TAGDIV[lang]
    reader = page.published + dt.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 12))
    top = (f"{mp.WEEKDAYS[lang][reader.weekday()]}، {_long(page, reader)}" if lang == "ar"
           else f"{mp.WEEKDAYS['en'][reader.weekday()]}, {_en_day(reader)}")
    b.block("top_bar", top, str(ui["sign_in"]))
    modal_top = rng.random() < 0.5
    modal = list(ui["login"]) + list(ui["recover"])
    if modal_top:
        b.block("login_modal", *modal)
    b.block("site_name", page.site)
    b.block("menu", *MENU57[lang][: rng.randint(5, 7)])
    b.blank()
    crumbs = [str(ui["home"]), page.section]
    b.block("breadcrumb", *(crumbs if rng.random() < 0.5 else [" ".join(crumbs)]))
    b.block("category", page.section)
    mp.add_title(b, page)
    sep = "" if rng.random() < 0.5 else None
    _standfirst(b, page, None)
    d = page.published
    date = _long(page, d) if lang == "ar" or rng.random() < 0.5 else _en_day(d)
    b.block("meta", f"{ui['by']} {page.author()} - {date}")
    b.add(str(rng.randint(3, 2500)), str(rng.randint(0, 12)))
    b.block("share", *ui["share"])
    if rng.random() < 0.5:
        b.block("caption", rng.choice(mp.CAPTIONS[lang]))
    b.blank()
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    if len(page.paras) >= 3:
        inserts[rng.randint(0, len(page.paras) - 2)] = [("advert", [str(ui["ad"])])]
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, page.say("اقرأ أيضا", "Lexo edhe"), sep)
    b.blank()
    if rng.random() < 0.7:
        b.block("tags", str(ui["tags"]), *mp.tags_for(page))
    b.block("share_bottom", *ui["share"])
    prev, nxt = page.other_headlines(2)
    b.block("prev_next", str(ui["prev"]), prev, str(ui["next"]), nxt)
    if rng.random() < 0.5:
        author = page.author()
        b.block("author_box", author, f"https://{DOMAINS57[lang]}", rng.choice(mp.BIOS[lang]).format(author))
    b.block("related", str(ui["related"]), *page.other_headlines(3))
    b.blank()
    b.block("reply_form", *ui["reply"])
    if not modal_top:
        b.block("login_modal", *modal)
    b.blank()
    for name, texts in _tagdiv_footer(page, ui):
        b.block(name, *texts)


# ---------------------------------------------------------------- t58: a Wix site's blog

WIX = {
    "ar": {
        "banner": ("تم تصميم هذا الموقع باستخدام منشئ مواقع Wix.com. أنشئ موقعك اليوم.", "ابدأ الآن"),
        "menu": ("الرئيسية", "أخبار", "من نحن", "اتصل بنا"), "more": "المزيد", "login": "تسجيل الدخول",
        "all": "كل المنشورات", "search": "بحث", "read": "دقيقة للقراءة", "updated": "تاريخ التحديث:",
        "actions": "المزيد من الإجراءات", "share": ("فيسبوك", "تويتر", "لينكد إن", "رابط"),
        "views": "{} مشاهدة", "comments": "{} تعليق", "not_liked": "لم يتم تسجيل الإعجاب بالمنشور",
        "recent": "المنشورات الأخيرة", "see_all": "عرض الكل", "comments_title": "تعليقات",
        "write": "اكتب تعليقًا...", "footer": "© 2018 {}. تم الإنشاء بكل فخر باستخدام Wix.com",
    },
    "sq": {
        "banner": ("This site was designed with the WIX.com website builder. Create your website today.", "Start Now"),
        "menu": ("Ballina", "Lajme", "Rreth nesh", "Kontakt"), "more": "More", "login": "Log In",
        "all": "All Posts", "search": "Search", "read": "min read", "updated": "Updated:",
        "actions": "More actions", "share": ("Facebook", "Twitter", "LinkedIn", "Link"),
        "views": "{} views", "comments": "{} comments", "not_liked": "Post not marked as liked",
        "recent": "Recent Posts", "see_all": "See All", "comments_title": "Comments",
        "write": "Write a comment...", "footer": "© 2018 by {}. Proudly created with Wix.com",
    },
}


def _wix_date(page: mp.Page, d: dt.datetime) -> str:
    """The Wix Blog's post date: "28 سبتمبر 2018" on Arabic sites, "Sep 28, 2018" on English ones."""
    return _long(page, d) if page.lang == "ar" else _en_short(d)


def _wix_counters(page: mp.Page, ui: dict[str, object], glued: bool) -> list[str]:
    """A post's views and comments counters (run together as Wix's markup copies, or one a line)
    and the like button's label."""
    rng = page.rng
    views = str(ui["views"]).format(rng.randint(2, 400))
    comments = str(ui["comments"]).format(rng.randint(0, 5))
    counters = [views + comments] if glued else [views, comments]
    return counters + [str(ui["not_liked"])]


def t58(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). A Wix site's blog post: the free plan's banner, the site's name and
    menu, the blog's bar, author, date and read time, "Updated:", the headline, the body, share
    labels, the run-together counters, "Recent Posts" with their counters, the comments box and
    "Proudly created with Wix.com"."""
    rng, lang = page.rng, page.lang
    ui = WIX[lang]
    if rng.random() < 0.4:
        b.block("wix_banner", *ui["banner"])
    b.block("site_name", page.site)
    menu = list(ui["menu"]) + [str(ui["more"])]
    b.block("menu", *(menu if rng.random() < 0.5 else [" ".join(menu)]))
    b.add(str(ui["login"]))
    b.blank()
    cats = [str(ui["all"]), page.section, *[c for c in (mp.SECTIONS[lang]["world"][0], mp.SECTIONS[lang]["economy"][0]) if c != page.section]]
    b.block("blog_bar", *(cats if rng.random() < 0.5 else [" ".join(cats)]), str(ui["search"]))
    b.blank()
    d = page.published
    glued = rng.random() < 0.5
    meta = [_wix_date(page, d), f"{_minutes(page)} {ui['read']}"]
    b.block("post_meta", page.author(), *(meta if rng.random() < 0.5 else [" · ".join(meta)]))
    if rng.random() < 0.4:
        upd = d + dt.timedelta(days=rng.randint(1, 3))
        b.block("updated", f"{ui['updated']} {_wix_date(page, upd)}")
    if rng.random() < 0.5:
        b.add(str(ui["actions"]))
    mp.add_title(b, page)
    sep = "" if rng.random() < 0.7 else None
    b.blank()
    _standfirst(b, page, sep)
    mp.add_body(b, page, sep=sep)
    mp.short_teaser(b, page, page.say("اقرأ أيضا", "Lexo edhe"), sep)
    b.blank()
    b.block("share", *ui["share"])
    if rng.random() < 0.6:
        b.block("post_category", page.section)
    b.block("counters", *_wix_counters(page, ui, glued))
    b.blank()
    recent = [str(ui["recent"]), str(ui["see_all"])]
    for h in page.other_headlines(3):
        recent += [h, *_wix_counters(page, ui, glued)]
    b.block("recent_posts", *recent)
    b.blank()
    b.block("comments_box", str(ui["comments_title"]), str(ui["write"]))
    b.blank()
    b.block("footer", str(ui["footer"]).format(page.site))


# ---------------------------------------------------------------- t59: an outlet's Instagram post

INSTAGRAM = {
    "ar": {
        "on": "{} على Instagram:", "bar": ("Instagram", "بحث", "تسجيل الدخول", "التسجيل"),
        "verified": "تم التحقق", "follow": "• متابعة", "places": ("بيروت، لبنان", "عمّان، الأردن", "القاهرة، مصر"),
        "alt": ("ربما تحتوي الصورة على: ‏شخص واحد‏، ‏‏نص‏", "ربما تحتوي الصورة على: ‏شخصان‏، ‏‏أشخاص يقفون‏",
                "ربما تحتوي الصورة على: ‏سماء‏، ‏‏سحاب‏، ‏‏في الهواء الطلق‏", "لا يتوفر وصف للصورة."),
        "urgent": ("🔴 عاجل", "🚨🚨 عاجل", "📌 خبر"), "other": "📌 وفي خبر آخر",
        "bio": ("🔗 الرابط في البايو", "لمزيد من التفاصيل: الرابط في البايو 👆"),
        "tags": ("#أخبار", "#عاجل", "#سياسة", "#العالم"),
        "ago": ("3 أسابيع", "أسبوعان", "5 أيام", "سنة واحدة"), "likes_word": "تسجيل إعجاب", "reply": "رد",
        "more_comments": "تحميل المزيد من التعليقات", "likes": "{} تسجيل إعجاب", "views": "{} مشاهدة",
        "login": "سجّل الدخول لتسجيل الإعجاب أو التعليق.", "more_posts": "المزيد من المنشورات من {}",
        "footer": "نبذة عنا المساعدة الصحافة API الوظائف الخصوصية الشروط الدليل الملفات الشخصية علامات الهاشتاج اللغة",
    },
    "sq": {
        "on": "{} në Instagram:", "bar": ("Instagram", "Kërko", "Hyr", "Regjistrohu"),
        "verified": "Verifikuar", "follow": "• Ndiq", "places": ("Tirana, Albania", "Prishtina, Kosovo", "Shkodër"),
        "alt": ("Image may contain: 1 person, text", "Image may contain: 2 people, people standing",
                "Image may contain: sky, cloud and outdoor", "No photo description available."),
        "urgent": ("🔴 E FUNDIT", "🚨 LAJM I FUNDIT", "📌 LAJM"), "other": "📌 Lajm tjetër",
        "bio": ("🔗 Linku në bio", "Më shumë në linkun në bio 👆"),
        "tags": ("#lajme", "#lajmi", "#shqiperi", "#kosova"),
        "ago": ("3j", "2j", "5d", "1v"), "likes_word": "pëlqime", "reply": "Përgjigju",
        "more_comments": "Ngarko më shumë komente", "likes": "{} pëlqime", "views": "{} shikime",
        "login": "Hyr për të pëlqyer ose komentuar.", "more_posts": "Më shumë postime nga {}",
        "footer": "RRETH NESH NDIHMË SHTYPI API PUNË PRIVATËSIA KUSHTET DREJTORIA PROFILET HASHTAGËT GJUHA",
    },
}
HANDLES = {"ar": "alnahar.news", "sq": "vizion.news"}


def _insta_date(page: mp.Page) -> str:
    """The post's date under the likes, in capitals: "SEPTEMBER 28, 2018" / "28 SHTATOR 2018"."""
    d = page.published
    if page.lang == "ar":
        return _long(page, d)
    return (f"{d.day} {mp.MONTHS['sq'][d.month]} {d.year}" if page.rng.random() < 0.5
            else f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}").upper()


def _insta_comments(page: mp.Page, ui: dict[str, object]) -> list[str]:
    """Readers' comments as the post page copies them: "<user> <text>" and "2w 3 likes Reply"."""
    rng, lang = page.rng, page.lang
    out: list[str] = []
    count = rng.randint(2, 4)
    for user, text in zip(rng.sample(mp.USERS[lang], count), rng.sample(mp.COMMENTS[lang], count)):
        handle = user.replace(" ", "_").replace(".", "")
        likes = rng.randint(0, 30)
        out += [f"{handle} {text}", f"{rng.choice(ui['ago'])} {likes} {ui['likes_word']} {ui['reply']}" if likes
                else f"{rng.choice(ui['ago'])} {ui['reply']}"]
    return out


def t59(page: mp.Page, b: mp.Builder) -> None:
    """Held out (2026-12-03). An outlet's Instagram post carrying the article in its caption: the
    tab title, Instagram's bar, handle / "Verified" / "Follow" / location, the image's automatic alt
    text, the caption (urgent line, headline, paragraphs separated by "." or "⠀" lines, "link in
    bio", hashtags), comments, likes or views, the date in capitals, "Log in to like or comment.",
    "More posts from <handle>" and the footer."""
    rng, lang = page.rng, page.lang
    ui = INSTAGRAM[lang]
    handle = HANDLES[lang]
    if rng.random() < 0.4:
        words = page.doc.headline.split()
        b.block("tab_title", f"{str(ui['on']).format(page.site)} “{' '.join(words[: min(5, len(words) - 1)])}…”")
    b.block("insta_bar", *(ui["bar"] if rng.random() < 0.5 else [" ".join(ui["bar"])]))
    b.blank()
    header = [handle] + ([str(ui["verified"])] if rng.random() < 0.6 else []) + [str(ui["follow"])]
    b.block("post_header", *header)
    if rng.random() < 0.5:
        b.add(rng.choice(ui["places"]))
    b.block("image_alt", rng.choice(ui["alt"]))
    b.blank()
    urgent = rng.choice(ui["urgent"]) if rng.random() < 0.6 else None
    if urgent is not None and rng.random() < 0.5:
        b.block("caption_handle", f"{handle} {urgent}")  # the handle glued before the caption's first line
    else:
        b.block("caption_handle", handle)
        if urgent is not None:
            b.block("urgent", urgent)
    mp.add_title(b, page)
    sep = rng.choice((".", "⠀", ""))
    b.blank(sep)
    _standfirst(b, page, sep)
    mp.add_body(b, page, sep=sep)
    mp.short_teaser(b, page, str(ui["other"]), sep)
    b.blank(sep)
    if rng.random() < 0.6:
        b.block("link_in_bio", rng.choice(ui["bio"]))
    tags = ["#" + page.site.replace(" ", "_"), *rng.sample(ui["tags"], 3)]
    b.block("hashtags", " ".join(tags))
    b.blank()
    b.block("comments", *_insta_comments(page, ui))
    if rng.random() < 0.6:
        b.add(str(ui["more_comments"]))
    count = f"{rng.randint(1, 40)},{rng.randint(0, 999):03d}" if rng.random() < 0.5 else str(rng.randint(120, 999))
    b.block("likes", str(ui["likes"] if rng.random() < 0.7 else ui["views"]).format(count))
    b.block("post_date", _insta_date(page))
    b.add(str(ui["login"]))
    b.blank()
    if rng.random() < 0.7:
        b.block("more_posts", str(ui["more_posts"]).format(handle), *rng.sample(ui["alt"], 3))
    b.block("footer", str(ui["footer"]), "© 2018 INSTAGRAM")


HELDOUT_SITES: dict[str, tuple[Callable[[mp.Page, mp.Builder], None], dict[str, str], float, float, float]] = {
    "t57": (t57, {"ar": "نبض الشارع", "sq": "Tema Online"}, 0.25, 0.5, 0.4),
    "t58": (t58, {"ar": "أخبار الرافدين", "sq": "Zëri i Dukagjinit"}, 0.1, 0.4, 0.8),
    "t59": (t59, {"ar": "شبكة النهار الإخبارية", "sq": "Vizion News"}, 0.0, 0.2, 1.0),
}
"""Each held-out template: (render, site name per language, multi-line headline, standfirst and
standfirst-keeps-its-stop probabilities), registered as ``make_pages.Template``."""
