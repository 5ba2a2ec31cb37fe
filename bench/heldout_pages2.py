"""Site templates t21-t23 of the NTREX page set (imported by ``bench/make_pages.py``): tuning
templates since the third round of 2026-12-01, no longer held out.

Written blind on 2026-12-01 (second round of that day), by someone who had not read the cleaner
(``translate_summarize/clean.py``, ``extract.py``, ``boilerplate.py``, ``segment.py``, ``html.py``,
``metadata.py``, ``lexicon.py``, ``textnorm.py``) nor its tests, before any score of these pages,
and never adjusted after the cleaner was scored on them; first scored blind then
(docs/benchmarks.md). They were held out until the new held-out round t24-t26
(``bench/heldout_pages3.py``) was written in that day's third round, and are tuning templates since
(their pages kept byte for byte); reading them while changing the cleaner is allowed now. Each
(document, language) of NTREX dev documents 1-60 has one page in one of them.

They imitate three kinds of real Arabic and Albanian news pages as they look when dumped as text,
worded as such sites word their furniture and laid out differently from t1-t20:

* ``t21``: a news agency's site (Anadolu / KUNA-like in Arabic, KosovaPress / ATA-like in
  Albanian): language switcher, subscribers' log-in, agency datelines ("city/ author/ agency",
  "City, 28 shtator /DP/"), photo-service blocks, editors' initials and "(النهاية)" after the body,
  the subscription disclaimer, "latest" lists with relative times;
* ``t22``: a WordPress regional portal: the theme's date bar, tagline, search form, "posted in"
  categories, the meta line with WordPress date quirks, sidebar widgets dumped inside the article,
  Jetpack share and related-post blocks, previous/next links, author box, a comment thread whose
  heading quotes the headline, the stock comment form, the default sidebar widgets (recent posts,
  recent comments, archives, categories, meta), a cookie-consent notice;
* ``t23``: a big outlet's article printed from the browser or copied from a reader view: print
  header (print date, truncated page title, site), "print version" buttons, dates with Hijri and
  Gregorian (sometimes Eastern Arabic digits), image alt texts in brackets, a page break (URL,
  page number, header again) between paragraphs, link lists, "printed from" and copyright
  sentences, the author's footnote; or the reader view's domain, reading time and "view original"
  lines.

The article itself (title lines, standfirst, body paragraphs, short articles and the long
"read also" teaser after them) is rendered by the generator's shared helpers, so the annotation
by construction is the same as for the other templates.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Callable
from urllib.parse import quote

import make_pages as mp  # make_pages imports this module after defining its helpers
from heldout_pages import _muharram_1440  # the Hijri day of a date of Muharram 1440

DOMAINS = {
    "t21": {"ar": "nabaa-agency.net", "sq": "dardaniapress.net"},
    "t22": {"ar": "alfurat-news.com", "sq": "dibrasot.com"},
    "t23": {"ar": "alayyam-daily.com", "sq": "gazetatribuna.al"},
}
CITIES = {
    "ar": ("بغداد", "إسطنبول", "الكويت", "عمّان", "بيروت", "القاهرة", "غزة", "الخرطوم", "جنيف", "نيويورك"),
    "sq": ("Prishtinë", "Tiranë", "Mitrovicë", "Prizren", "Shkup", "Gjakovë", "Bruksel", "Vjenë"),
}


def _hm(d: dt.datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d}"


def _weekday(page: mp.Page, d: dt.datetime) -> str:
    day = mp.WEEKDAYS[page.lang][d.weekday()]
    return day if page.lang == "ar" else day.capitalize()


def _month(page: mp.Page, d: dt.datetime, capital: bool = False) -> str:
    name = mp.MONTHS[page.lang][d.month]
    return name.capitalize() if capital else name


def ago(page: mp.Page, minutes: int) -> str:
    """A relative time as such sites write it: "قبل 3 ساعات", "para 2 orësh"."""
    if page.lang == "sq":
        if minutes < 60:
            return f"para {minutes} minutash"
        hours = minutes // 60
        return "para 1 ore" if hours == 1 else f"para {hours} orësh" if hours < 24 else "para 1 dite"
    if minutes < 60:
        return f"قبل {minutes} دقائق" if minutes <= 10 else f"قبل {minutes} دقيقة"
    hours = minutes // 60
    if hours >= 24:
        return "قبل يوم"
    return {1: "قبل ساعة", 2: "قبل ساعتين"}.get(hours, f"قبل {hours} ساعات" if hours <= 10 else f"قبل {hours} ساعة")


def article_url(page: mp.Page) -> str:
    """The page's address: percent-encoded Arabic slug words, or the Albanian headline in ASCII."""
    d, domain = page.published, DOMAINS[page.template][page.lang]
    words = page.doc.headline.split()[:6]
    if page.lang == "ar":
        slug = quote("-".join(w.strip("«»\"'،.:؟") for w in words))
    else:
        ascii_words = unicodedata.normalize("NFKD", " ".join(words)).encode("ascii", "ignore").decode().lower()
        slug = "-".join("".join(c for c in w if c.isalnum()) for w in ascii_words.split())
    path = page.say("ar/news", "lajme")
    return f"https://www.{domain}/{path}/{d:%Y/%m/%d}/{page.doc.number * 7919 % 100000}-{slug}"


# ---------------------------------------------------------------- t21: news agency


def t21(page: mp.Page, b: mp.Builder) -> None:
    """Held out in 2026-12-01's second round (tuning since the third). News agency's site: today's date, a language switcher
    (one line or one language a line), subscribers' log-in, a tab-separated menu, a breadcrumb with
    "›", the headline, standfirst, author and date lines (with an "updated" line), a photo-service
    block (label, caption with photographer and agency, high-resolution download for subscribers,
    photo counter), "also available in" languages, the agency dateline on its own line before the
    body, a photographer's credit inside long articles, editors' initials (and "(النهاية)") right
    after the body (before the next article's teaser after short ones), the subscription disclaimer, latest wires with relative times, address, apps, footer."""
    rng, say, lang = page.rng, page.say, page.lang
    d = page.published
    abbr = say("نبأ", "DP")
    author = page.author()
    if rng.random() < 0.5:
        today = d + dt.timedelta(hours=rng.randint(0, 30))
        b.block("today_date", say(f"{_weekday(page, today)}، {today.day} {_month(page, today)} {today.year}",
                                  f"{_weekday(page, today)}, {today.day} {_month(page, today, True)} {today.year}"))
    languages = say("English|Français|Türkçe|Русский|فارسی|کوردی|Español", "Shqip|English|Srpski|Türkçe").split("|")
    if rng.random() < 0.5:
        b.block("language_switcher", " | ".join(languages))
    else:
        b.block("language_switcher", *languages)
    b.add(say("دخول المشتركين", "Hyrja për abonentë"))
    b.add(page.site)
    b.add(say("أخبار\tسياسة\tاقتصاد\tالعالم\tرياضة\tثقافة وفن\tصحة\tإنفوغراف\tصور\tفيديو",
              "LAJME\tPOLITIKË\tEKONOMI\tRAJONI\tBOTA\tKULTURË\tSPORT\tFOTO\tVIDEO"))
    if rng.random() < 0.7:
        region = rng.choice(mp.SECTIONS[lang]["world"])
        b.block("breadcrumb", say(f"الرئيسية › {page.section} › {region}", f"Ballina › {page.section} › {region}"))
    mp.add_title(b, page)
    mp.add_standfirst(b, page)
    if rng.random() < 0.6:
        b.block("byline", author)
    if lang == "ar":
        b.add(f"{d.day:02d}.{d.month:02d}.{d.year}")
    else:
        b.add(f"{d.day} {_month(page, d, True)} {d.year} {_hm(d)}")
    updated = d + dt.timedelta(minutes=rng.randint(10, 120))
    if updated.date() == d.date() and rng.random() < 0.5:
        b.block("updated", say(f"تحديث: {updated.day:02d}.{updated.month:02d}.{updated.year}", f"Përditësuar: {_hm(updated)}"))
    photographer = page.author()
    if rng.random() < 0.6:
        n = rng.randint(2, 12)
        b.block("photo_service", say("خدمة الصور", "Shërbimi i fotove"),
                say(f"(تصوير: {photographer} - {abbr})", f"Foto: {photographer}/{abbr}"),
                say("تحميل الصورة بدقة عالية متاح للمشتركين فقط", "Shkarkimi në rezolucion të lartë vetëm për abonentët"),
                f"1/{n}")
    if rng.random() < 0.4:
        b.block("also_in", say("هذا الخبر متوفر أيضا باللغات:", "Ky lajm gjendet edhe në:"), " | ".join(languages[:3]))
    b.blank()
    city = rng.choice(CITIES[lang])
    if lang == "ar":
        b.block("dateline", f"{city}/ {author}/ {abbr}" if rng.random() < 0.6 else f"{city}/ {abbr}")
    else:
        b.block("dateline", f"{city}, {d.day} {_month(page, d)} /{abbr}/" if rng.random() < 0.5
                else f"{city}, {d.day} {_month(page, d)} {d.year} ({abbr}) –")
    credit = [say(f"تصوير: {photographer} - {abbr}", f"Foto: {photographer} / {abbr}")]
    mp.add_body(b, page, sep="", inserts=mp.inline_inserts(page, "photo_inline", credit, 0.35))
    if rng.random() < 0.6:
        initials = rng.sample(say("ع|م|س|ر|ح|ب|ك|ن", "a|b|e|g|k|l|m|r|sh").split("|"), 4)
        b.blank()
        b.block("editor_initials", *say(f"(النهاية)|{initials[0]} {initials[1]} / {initials[2]} {initials[3]}",
                                        f"/{initials[0]}.{initials[1]}/ /{initials[2]}.{initials[3]}/").split("|"))
    if rng.random() < 0.5:
        b.block("disclaimer", say(
            f"يرجى العلم أن هذا الخبر جزء من الأخبار التي تبثها {page.site} للمشتركين عبر نظام البث الإخباري، ويُعرض على الموقع بشكل موجز. للاشتراك يرجى التواصل مع قسم المبيعات.",
            f"Ky lajm është pjesë e shërbimit që {page.site} u ofron abonentëve të saj dhe në faqe publikohet në formë të përmbledhur. Për abonim kontaktoni zyrën e shitjes."))
    mp.short_teaser(b, page, say("الخبر التالي", "Lajmi në vijim"), "")
    b.blank()
    b.block("latest_ago", say("الأحدث من الوكالة", "Më të rejat nga agjencia"))
    minutes = sorted(rng.sample(range(4, 20 * 60), 4))
    for head, m in zip(page.other_headlines(4), minutes):
        b.add(head, ago(page, m))
    b.add(say("عن الوكالة | خدمات الاشتراك | اتصل بنا | سياسة الخصوصية", "Rreth agjencisë | Abonimi | Kontakt | Privatësia"))
    b.block("address", say("العنوان: شارع السعدون، بغداد - هاتف: +964 1 717 2233", "Adresa: Rr. Agim Ramadani, nr. 23, Prishtinë | Tel: +383 38 222 333"))
    b.add(say("حمّل التطبيق: App Store | Google Play", "Shkarko aplikacionin: App Store | Google Play"))
    b.add(say(f"© {page.site} 2018. جميع الحقوق محفوظة", f"© 2018 {page.site}. Ndalohet riprodhimi pa cituar burimin."))


# ---------------------------------------------------------------- t22: WordPress regional portal


WP_SIDEBAR = {
    "ar": ("أحدث المقالات", "أحدث التعليقات", "الأرشيف", "التصنيفات", "منوعات", "تسجيل الدخول", "خلاصة المدخلات", "خلاصة التعليقات", "على"),
    "sq": ("Postime Së Fundi", "Komente Së Fundi", "Arkiva", "Kategori", "Meta", "Hyni", "Prurje zërash", "Prurje komentesh", "te"),
}


def _wp_date(page: mp.Page, d: dt.datetime, quirk: bool) -> str:
    """A WordPress theme's date: the locale's "month day, year" (quirk) or "day month, year"."""
    if quirk:
        return f"{_month(page, d)} {d.day}, {d.year}"
    return page.say(f"{d.day} {_month(page, d)}، {d.year}", f"{d.day} {_month(page, d)}, {d.year}")


def t22(page: mp.Page, b: mp.Builder) -> None:
    """Held out in 2026-12-01's second round (tuning since the third). WordPress regional portal: the theme's date bar (the
    reader's day), log-in link, site title and tagline, menu items one a line with submenu arrows,
    a search form, "posted in" categories, the meta line (author, WordPress date, comment count),
    a view count, a featured-image caption, sidebar widgets inside long articles (a Facebook page
    box, a WordAds label and "report this ad"), the Jetpack share block, "tagged" line, Jetpack
    related posts (headline, date, "in <category>"), previous/next links with arrows, author box,
    a comment thread headed by "n replies on “headline”", the stock comment form, the default
    sidebar widgets (recent posts sometimes holding the page's own headline, recent comments,
    archives, categories with counts, meta links), "powered by WordPress", a cookie notice."""
    rng, say, lang = page.rng, page.say, page.lang
    d = page.published
    quirk = rng.random() < 0.5
    who = rng.choice(("admin", say("محرر الموقع", "Redaksia"), page.author()))
    if rng.random() < 0.6:
        today = d + dt.timedelta(days=rng.randint(0, 3))
        b.block("today_date", say(f"{_weekday(page, today)}، {today.day} {_month(page, today)} {today.year}",
                                  f"{_weekday(page, today)}, {today.day} {_month(page, today)} {today.year}"))
    b.add(say("تسجيل الدخول", "Hyni"))
    b.add(page.site)
    b.block("tagline", say("صوت الفرات الحر - أخبار المحافظة والعالم", "Lajme nga Dibra, Shqipëria dhe bota"))
    b.add(*say("الرئيسية|أخبار المحافظة ▾|عربي ودولي|اقتصاد|رياضة|منوعات ▾|اتصل بنا",
               "Ballina|Lajme ▾|Dibra|Shqipëri|Bota|Sport ▾|Kontakt").split("|"))
    b.block("search_form", say("ابحث عن:", "Kërko për:"), say("بحث", "Kërko"))
    region = rng.choice(mp.SECTIONS[lang]["world"])
    if rng.random() < 0.7:
        b.block("posted_in", say(f"منشور في {page.section}, {region}", f"Postuar në {page.section}, {region}"))
    mp.add_title(b, page)
    comments = rng.randint(0, 4) if rng.random() < 0.5 else 0
    if rng.random() < 0.5:
        b.block("wp_meta", say(f"بواسطة {who} | {_wp_date(page, d, quirk)} | {comments} تعليقات",
                               f"Postuar nga {who} | {_wp_date(page, d, quirk)} | {comments} Komente"))
    else:
        b.block("wp_meta", say(f"نُشر في {_wp_date(page, d, quirk)} بواسطة {who}", f"{_wp_date(page, d, quirk)} nga {who}"))
    if rng.random() < 0.5:
        b.block("views", say(f"{rng.randint(40, 4000)} مشاهدة", f"{rng.randint(40, 4000)} shikime"))
    if rng.random() < 0.5:
        b.block("caption", say("الصورة من صفحة مجلس المحافظة على فيسبوك", "Foto nga faqja zyrtare e bashkisë në Facebook"))
    mp.add_standfirst(b, page)
    b.blank()
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    if len(page.paras) >= 4 and rng.random() < 0.45:
        fans = f"{rng.randint(2, 90)},{rng.randint(100, 999)}"
        inserts.setdefault(rng.randint(1, len(page.paras) - 3), []).append(
            ("facebook_widget", [say(f"{page.site} على فيسبوك", f"{page.site} në Facebook"),
                                 say(f"{fans} متابع", f"{fans} ndjekës"), say("أعجبني الصفحة", "Pëlqeje faqen")]))
    if len(page.paras) >= 4 and rng.random() < 0.35:
        inserts.setdefault(rng.randint(1, len(page.paras) - 3), []).append(
            ("wordads", [say("إعلانات", "Reklama"), say("أبلغ عن هذا الإعلان", "Raportojeni këtë reklamë")]))
    mp.add_body(b, page, sep="", inserts=inserts)
    mp.short_teaser(b, page, say("قد يهمك أيضاً", "Ndoshta ju intereson"), "")
    b.blank()
    if rng.random() < 0.7:
        b.block("jetpack_share", *say(
            "شارك هذا الموضوع:|انقر للمشاركة على Twitter (فتح في نافذة جديدة)|انقر للمشاركة على فيس بوك (فتح في نافذة جديدة)|معجب بهذه:|إعجاب تحميل...",
            "Shpërndajeni këtë:|Klikoni që ta ndani me të tjerë në Twitter (Hapet në dritare të re)|Klikoni që ta ndani me të tjerë në Facebook (Hapet në dritare të re)|Pëlqejeni këtë:|Pëlqim Po ngarkohet…").split("|"))
    b.block("tagged", say("موسوم بـ: " + "، ".join(mp.tags_for(page)), "Etiketuar: " + ", ".join(mp.tags_for(page))))
    if rng.random() < 0.6:
        b.block("jetpack_related", say("ذات صلة", "Të ngjashme"))
        for k, other in enumerate(rng.sample(page.others, 3)):
            section = mp.SECTIONS[lang][mp.CATEGORIES[other.number - 1]][0]
            b.add(other.headline, _wp_date(page, d - dt.timedelta(days=k + 1), quirk), say(f"في \"{section}\"", f"Në \"{section}\""))
    before, after = page.other_headlines(2)
    b.block("post_nav", say("← المقالة السابقة", "← Artikulli paraardhës"), before, say("المقالة التالية →", "Artikulli pasardhës →"), after)
    if rng.random() < 0.5:
        b.block("author_box", who, say(f"عرض جميع المقالات بواسطة {who} ←", f"Shiko të gjitha postimet nga {who} →"))
    headline = page.doc.headline
    if comments:
        b.block("wp_comments", say(f"{comments} ردود على “{headline}”" if comments > 1 else f"رد واحد على “{headline}”",
                                   f"{comments} mendime mbi “{headline}”" if comments > 1 else f"Një mendim mbi “{headline}”"))
        for user, text in zip(rng.sample(mp.USERS[lang], comments), rng.sample(mp.REPLIES[lang], comments)):
            when = d + dt.timedelta(minutes=rng.randint(30, 900))
            b.add(user, say(f"{_wp_date(page, when, quirk)} في {when.hour % 12 or 12}:{when.minute:02d} {'ص' if when.hour < 12 else 'م'}",
                            f"{_wp_date(page, when, quirk)} në {_hm(when)}"), text, say("رد", "Përgjigju"))
    b.block("comment_form", *say(
        "اترك تعليقاً|لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *|التعليق|الاسم *|البريد الإلكتروني *|الموقع الإلكتروني"
        "|احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.|إرسال التعليق",
        "Lini një Përgjigje|Adresa juaj email s’do të bëhet publike. Fushat e domosdoshme janë shënuar me një *|Komenti|Emër *|Email *|Sajt"
        "|Ruaje emrin tim, email-in dhe sajtin në këtë shfletues për herën tjetër që komentoj.|Publikoje Komentin").split("|"))
    recent, replies, archive, categories, meta, login, feed, comment_feed, on = WP_SIDEBAR[lang]
    heads = page.other_headlines(4)
    if rng.random() < 0.3:
        heads[rng.randrange(4)] = headline  # the page's own post among the recent ones
    b.block("wp_recent_posts", recent, *heads)
    if rng.random() < 0.6:
        b.block("wp_recent_comments", replies, *[f"{user} {on} {head}" for user, head in zip(rng.sample(mp.USERS[lang], 2), page.other_headlines(2))])
    if rng.random() < 0.6:
        b.block("wp_archive", archive, *say("أكتوبر 2018|سبتمبر 2018|أغسطس 2018", "tetor 2018|shtator 2018|gusht 2018").split("|"))
    b.block("wp_categories", categories, *[f"{s[0]} ({rng.randint(3, 400)})" for s in rng.sample(list(mp.SECTIONS[lang].values()), 4)])
    if rng.random() < 0.5:
        b.block("wp_meta_widget", meta, login, feed, comment_feed, "WordPress.org")
    b.add(f"© 2018 {page.site}", say("مدعوم من ووردبريس | قالب: أخبار برو", "Krenarisht mundësuar nga WordPress | Tema: NewsPro"))
    if rng.random() < 0.5:
        b.block("cookie_notice", say("يستخدم هذا الموقع ملفات تعريف الارتباط لضمان حصولك على أفضل تجربة على موقعنا.",
                                     "Kjo faqe përdor cookies për t'ju garantuar përvojën më të mirë në faqen tonë."),
                say("موافق", "Në rregull"), say("اقرأ المزيد", "Lexo më shumë"))
    b.add(say("العودة للأعلى", "Kthehu lart"))


# ---------------------------------------------------------------- t23: print / reader view of a big outlet


def t23(page: mp.Page, b: mp.Builder) -> None:
    """Held out in 2026-12-01's second round (tuning since the third). A big outlet's article as printed from the browser
    (about two pages in three) or copied from a reader view. Print: the browser's header (print
    date and time, the page title truncated with "…" and the site), the site and "print version"
    lines, print/close buttons, section, headline, standfirst, author and role, the publication
    date (Arabic: weekday, Hijri and Gregorian, in Eastern Arabic digits on some pages; Albanian:
    weekday, date and time with an "updated" line), image alt texts in brackets (once the headline
    itself), paragraphs without blank lines, a page break (the address and page number, then the
    browser header again) between paragraphs, the author's footnote ("* name, writer and
    journalist"), a "links in this article" list, the article address,
    "printed from" and copyright sentences, the last page number. Reader view: the domain, the
    site, headline, author, date, reading time, captions as text lines, "view original"."""
    rng, say, lang = page.rng, page.say, page.lang
    d = page.published
    url = article_url(page)
    domain = DOMAINS["t23"][lang]
    author = page.author()
    headline = page.doc.headline
    if rng.random() >= 0.65:  # reader view
        b.block("reader_domain", f"www.{domain}")
        b.add(page.site)
        mp.add_title(b, page)
        b.block("byline", author)
        b.add(say(f"{d.day} {_month(page, d)} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"))
        words = sum(len(p.text.split()) for p in page.paras) + len((page.standfirst or "").split())
        low = max(1, words // 200)
        b.block("reading_time", say(f"{low}-{low + 1} دقائق", f"{low}-{low + 1} minuta"))
        mp.add_standfirst(b, page)
        b.blank()
        what = say("جانب من جلسة البرلمان أمس. (رويترز)", "Pamje nga seanca e djeshme e Kuvendit. (Foto: LSA)")
        mp.add_body(b, page, sep="", inserts=mp.inline_inserts(page, "caption_inline", [what], 0.5))
        mp.short_teaser(b, page, say("اقرأ في العدد نفسه", "Lexoni në të njëjtin numër"), "")
        b.blank()
        b.block("view_original", say("عرض المقال الأصلي", "Shiko artikullin origjinal"), url)
        return
    printed = d + dt.timedelta(days=rng.randint(1, 4), minutes=rng.randint(0, 600))
    short = headline if len(headline) <= 45 else headline[:42].rstrip() + "…"
    stamp = f"{printed.day:02d}/{printed.month:02d}/{printed.year}, {_hm(printed)}"
    header = [f"{stamp}  {short} | {page.site}"] if rng.random() < 0.5 else [stamp, f"{short} | {page.site}"]
    b.block("print_header", *header)
    b.add(page.site, say("نسخة للطباعة", "Version për printim"))
    b.block("print_buttons", say("اطبع | أغلق النافذة", "Printo | Mbyll dritaren"))
    if rng.random() < 0.5:
        b.block("section", page.section)
    mp.add_title(b, page)
    mp.add_standfirst(b, page)
    b.block("byline", author)
    if rng.random() < 0.5:
        b.add(say(f"مراسل الصحيفة في {rng.choice(CITIES['ar'])}", f"Korrespondent në {rng.choice(CITIES['sq'])}"))
    if lang == "ar":
        stamp_ar = f"نُشر في: {_weekday(page, d)} {_muharram_1440(d)} محرم 1440 هـ الموافق {d.day} {_month(page, d)} {d.year} م"
        b.add(mp.arabic_digits(stamp_ar) if rng.random() < 0.5 else stamp_ar)
    else:
        b.add(f"Publikuar: {_weekday(page, d)}, {d.day} {_month(page, d, True)} {d.year} – {_hm(d)}")
        updated = d + dt.timedelta(minutes=rng.randint(15, 300))
        if rng.random() < 0.4:
            b.block("updated", f"Përditësuar: {_weekday(page, updated)}, {updated.day} {_month(page, updated, True)} {updated.year} – {_hm(updated)}")
    if rng.random() < 0.5:
        alt = headline if rng.random() < 0.3 else say("صورة أرشيفية لمقر الحكومة", "Foto arkivi e ndërtesës së qeverisë")
        b.block("alt_text", f"[{alt}]")
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    length = sum(len(p.text) for p in page.paras)
    pages = 1 if length < 1200 else 2 if length < 4000 else 3
    if pages > 1 and len(page.paras) >= 4 and rng.random() < 0.6:
        inserts.setdefault(rng.randint(1, len(page.paras) - 2), []).append(
            ("page_break", [url, f"1/{pages}", stamp, f"{short} | {page.site}"]))
    if len(page.paras) >= 4 and rng.random() < 0.3:
        inserts.setdefault(rng.randint(1, len(page.paras) - 3), []).append(
            ("alt_text_inline", [say("[صورة: مشهد عام للمدينة]", "[Foto: pamje e përgjithshme e qytetit]"), say("(غيتي)", "(Getty Images)")]))
    mp.add_body(b, page, sep=None, inserts=inserts)
    if rng.random() < 0.3:
        b.block("author_footnote", say(f"* {author} كاتب وصحفي، مراسل الصحيفة في {rng.choice(CITIES['ar'])}",
                                       f"*{author} është gazetar dhe analist i çështjeve ndërkombëtare."))
    mp.short_teaser(b, page, say("اقرأ في العدد نفسه", "Lexoni në të njëjtin numër"), None)
    if rng.random() < 0.5:
        b.block("link_list", say("روابط وردت في المقال:", "Lidhjet në këtë artikull:"),
                *[f"[{k}] https://www.{domain}/{'news' if k == 1 else 'archive'}/{rng.randint(10000, 99999)}" for k in (1, 2)])
    b.block("printed_from", say(f"رابط المقال: {url}", f"Adresa e artikullit: {url}"),
            say(f"طُبع من موقع {page.site} بتاريخ {printed.day:02d}/{printed.month:02d}/{printed.year}",
                f"Printuar nga {page.site} më {printed.day:02d}.{printed.month:02d}.{printed.year}"))
    b.add(say(f"© 2018 {page.site}. جميع الحقوق محفوظة. لا يجوز نسخ أو إعادة نشر أي جزء من هذه المادة دون إذن خطي مسبق من الناشر.",
              f"© 2018 {page.site}. Të gjitha të drejtat të rezervuara. Ndalohet riprodhimi i plotë ose i pjesshëm i këtij materiali pa lejen me shkrim të botuesit."))
    b.add(f"{pages}/{pages}")


HELDOUT_SITES: dict[str, tuple[Callable[[mp.Page, mp.Builder], None], dict[str, str], float, float, float]] = {
    "t21": (t21, {"ar": "وكالة نبأ للأنباء", "sq": "Agjencia Dardania Press"}, 0.2, 0.6, 0.9),
    "t22": (t22, {"ar": "شبكة أخبار الفرات", "sq": "Dibra Sot"}, 0.3, 0.2, 1.0),
    "t23": (t23, {"ar": "صحيفة الأيام الدولية", "sq": "Gazeta Tribuna"}, 0.15, 0.5, 0.5),
}
"""Each held-out template: (render, site name per language, multi-line headline, standfirst and
standfirst-keeps-its-stop probabilities), registered as ``make_pages.Template``."""
