"""Site templates t45-t47 of the NTREX page set (imported by ``bench/make_pages.py``): tuning
templates since 2026-12-03, no longer held out.

Written blind on 2026-12-02 (seventh round of that day) by a helper that had not read the cleaner
(nothing under ``translate_summarize/``: ``clean.py``, ``extract.py``, ``boilerplate.py``,
``segment.py``, ``html.py``, ``metadata.py``, ``lexicon.py``, ``textnorm.py``, ``line_model.py``,
``title_model.py``, ``posts.py``, ``summarizers/furniture.py``, ``translate_summarize/data/`` and
the rest) nor its tests, before any score of these pages, and never adjusted after the cleaner was
scored on them; first scored blind then (docs/benchmarks.md). They were held out until the new
held-out round t48-t50 (``bench/heldout_pages11.py``) was written on 2026-12-03, and are tuning
templates since (their pages kept byte for byte); reading them while changing the cleaner is
allowed now. Each (document, language) of NTREX dev documents 1-60 has one page in one of them.

They imitate three kinds of real Arabic and Albanian news text as it reaches a nightly batch,
worded as such sites and services word their furniture and laid out differently from t1-t44:

* ``t45``: an outlet's ordinary article page on a digital portal whose theme loads the next
  articles below the current one as the reader scrolls (infinite scroll), saved by a headless
  browser as ``document.body.innerText`` after scrolling: the cookie notice, the header date, the
  site's name and menu, a "trending" strip of other headlines, the breadcrumb or the section, the
  headline, standfirst, the byline and date (12-hour Arabic times, "updated"), the share row, the
  caption, the body with social embeds whose scripts did not run (a tweet's text with
  "pic.twitter.com/..." and "— name (@handle) September 28, 2018", an Instagram post's "View this
  post on Instagram" / "A post shared by ..." lines, a video player's control labels), ad labels
  and an inline "read also", the long teaser after short articles, tags, "follow us on Google
  News", the "most read" sidebar, then the next article the scroll loaded (the "next article"
  label or the loader, its section, headline, byline, date, share row and first paragraphs, its
  tags), sometimes the head of a third one still loading, and the footer;
* ``t46``: an outlet's ordinary article page on an economic daily's site (a Gulf business daily
  in Arabic, a business weekly's portal in Albanian), copied from the desktop page with its data
  widgets: the markets strip (indices, oil, gold and exchange rates with arrows and percentages),
  the masthead and its tagline, the menu, the exchange-rate table (currency, buy, sell; one row a
  line, tab-separated or one cell a line), the prayer times of a city (Arabic) or the weather by
  city and fuel prices (Albanian), the breadcrumb, the headline, standfirst, the byline with the
  city, the date, listen / print / font-size tools, the body with a "related stocks" or "today's
  indicators" box and an ad label inside, the long teaser after short articles, the story's
  timeline (earlier headlines with their dates), a readers' poll, opinion writers with their
  columns' titles, "most read / most commented" tabs, the app and newsletter lines and the footer
  with the licence;
* ``t47``: an outlet's article as a news database exports it (Factiva-like "Full Article/Report
  plus Indexing" text with its field codes on their own lines, or a Nexis-like full-text export),
  the metadata in English whatever the article's language: the search summary or the export's
  cover page (user, job number, the documents' list with the article's headline among others,
  search terms, filters), the field codes ("HD", "BY", "WC", "PD", "ET", "SN", "SC", "LA", "CY",
  "LP", "TD", "NS", "RE", "IPD", "PUB", "AN"; a code and its value on one line or on two) or
  Nexis's lines (publication, "September 28, 2018 Friday", copyright, "Section:", "Length:",
  "Byline:", "Dateline:", "Body", "Graphic", "Load-Date:", "End of Document"), the distributor's
  line ("Provided by SyndiGate Media Inc."), the article split by "LP" and "TD" or under "Body",
  the web page's "read also" leftovers and the long teaser after short articles. Unlike t41's
  monitoring report it is the database's own record of one article, not a clipping service's
  annotated report.

The article itself (title lines, standfirst, body paragraphs, short articles and the long
"read also" teaser after them) is rendered by the generator's shared helpers, so the annotation
by construction is the same as for the other templates. The outlet (the gold ``outlet``) is the
news organisation: the portal, the daily, the exported publication; the headless browser's and the
database's names are furniture.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Callable

import make_pages as mp  # make_pages imports this module after defining its helpers
from heldout_pages3 import _hm, _weekday
from heldout_pages5 import _day

EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
LANGUAGE_NAMES = {"ar": "Arabic", "sq": "Albanian"}


def _en_day(d: dt.datetime | dt.date) -> str:
    """"September 28, 2018"."""
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _ar_12h(d: dt.datetime) -> str:
    """"09:14 م": the twelve-hour time Arabic sites print."""
    return f"{d.hour % 12 or 12:02d}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


def _site_date(page: mp.Page, d: dt.datetime, style: int) -> str:
    """The article's date as a portal prints it (always with the day, month and year)."""
    if page.lang == "ar":
        return (f"{_weekday(page, d)}، {_day(page, d)} {_ar_12h(d)}", f"{_day(page, d)} - {_hm(d)}",
                mp.date(page, "slash", d), f"{_weekday(page, d)} {d.day:02d}/{d.month:02d}/{d.year} - {_ar_12h(d)}")[style % 4]
    return (f"{_weekday(page, d)}, {_day(page, d)}, {_hm(d)}", f"{_day(page, d)}, ora {_hm(d)}",
            mp.date(page, "slash", d), f"{d.day:02d}/{d.month:02d}/{d.year} {_hm(d)}")[style % 4]


def _groups(rng: random.Random, sentences: list[str]) -> list[str]:
    """Another article's sentences in paragraphs of one or two."""
    out: list[str] = []
    i = 0
    while i < len(sentences):
        size = rng.choice((1, 1, 2))
        out.append(" ".join(sentences[i:i + size]))
        i += size
    return out


def _standfirst(b: mp.Builder, page: mp.Page, sep: str | None) -> None:
    mp.add_standfirst(b, page)
    if page.standfirst is not None and sep is not None:
        b.blank(sep)


# ---------------------------------------------------------------- t45: infinite-scroll portal, innerText

MENU45 = {
    "ar": ("الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "فن", "منوعات", "تكنولوجيا", "فيديو"),
    "sq": ("Kreu", "Lajme", "Politikë", "Ekonomi", "Sport", "Showbiz", "Teknologji", "Video", "Opinion"),
}
ACCOUNTS = {
    "ar": (("عاجل الآن", "AjelAlaan"), ("المرصد الإخباري", "AlmarsadNews"), ("شبكة الأخبار العربية", "ArabNewsNet"),
           ("الناطق الرسمي", "Spokesman_Off")),
    "sq": (("Lajme Shqip", "LajmeShqip"), ("Albania Press", "AlbPressNews"), ("Kosova Sot Live", "KosovaSotLive"),
           ("Zëdhënësi", "Zedhenesi_Zyrt")),
}
COOKIE45 = {
    "ar": ("نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا. باستمرارك في التصفح فإنك توافق على ذلك.",
           "موافق", "اعرف المزيد"),
    "sq": ("Kjo faqe përdor cookies për t'ju ofruar një eksperiencë më të mirë. Duke vazhduar shfletimin, ju pranoni përdorimin e tyre.",
           "Pranoj", "Mëso më shumë"),
}


def _share_row(page: mp.Page, joined: bool) -> list[str]:
    items = page.say("مشاركة|فيسبوك|تويتر|واتساب|نسخ الرابط", "Shpërndaje|Facebook|Twitter|Viber|Kopjo linkun").split("|")
    return [" ".join(items)] if joined else items


def _tweet(page: mp.Page, when: dt.datetime) -> list[str]:
    """A tweet embed whose script did not run: the blockquote's text."""
    rng = page.rng
    name, handle = rng.choice(ACCOUNTS[page.lang])
    code = "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    tail = f"pic.twitter.com/{code}" if rng.random() < 0.6 else f"https://t.co/{code}"
    return [f"{page.other().headline} {tail}", f"— {name} (@{handle}) {_en_day(when)}"]


def _instagram(page: mp.Page, when: dt.datetime) -> list[str]:
    rng = page.rng
    name, handle = rng.choice(ACCOUNTS[page.lang])
    hour = when.hour % 12 or 12
    lines = ["View this post on Instagram"]
    if rng.random() < 0.6:
        lines.append(page.other().headline)
    lines.append(f"A post shared by {name} (@{handle.lower()}) on {EN_MONTHS[when.month - 1][:3]} {when.day}, {when.year} "
                 f"at {hour}:{when.minute:02d}{'am' if when.hour < 12 else 'pm'} PDT")
    return lines


def _player(page: mp.Page) -> list[str]:
    """A video player's control labels (visually hidden texts that innerText keeps)."""
    rng = page.rng
    labels = ["Video Player is loading.", "Play Video", "Play", "Mute", "Current Time 0:00", "/",
              f"Duration {rng.randint(0, 4)}:{rng.randint(0, 59):02d}", "Loaded: 0%", "Fullscreen"]
    start = rng.randint(0, 1)
    return labels[start:rng.randint(5, len(labels))]


def _next_article(b: mp.Builder, page: mp.Page, d: dt.datetime, share_joined: bool, full: bool) -> None:
    """An article the infinite scroll loaded under this one."""
    rng, say = page.rng, page.say
    o = page.other()
    b.block("next_section", mp.SECTIONS[page.lang][mp.CATEGORIES[o.number - 1]][0])
    b.add(o.headline)
    if not full:
        b.add(say("جاري التحميل...", "Duke u ngarkuar..."))
        b.blank()
        return
    b.add(say(f"كتب: {page.author()}", f"Nga: {page.author()}"), _site_date(page, d, rng.randrange(4)))
    b.add(*_share_row(page, share_joined))
    if rng.random() < 0.4:
        b.add(rng.choice(mp.CAPTIONS[page.lang]))
    for text in _groups(rng, list(o.sentences[: rng.randint(2, min(6, len(o.sentences)))])):
        b.blank()
        b.add(text)
    if rng.random() < 0.6:
        b.blank()
        b.add(say("الكلمات المفتاحية", "Etiketa"), mp.SECTIONS[page.lang][mp.CATEGORIES[o.number - 1]][-1])
    b.blank()


def t45(page: mp.Page, b: mp.Builder) -> None:
    """Held out in 2026-12-02's seventh round (tuning since 2026-12-03). A portal's article page with infinite scroll, saved by
    a headless browser as ``document.body.innerText`` after scrolling: the cookie notice, the header
    date, the site's name and menu, a "trending" strip, the breadcrumb or section, the headline,
    standfirst, byline and date ("updated"), share row, caption, the body with unrendered social
    embeds (a tweet's text and "— name (@handle) date", Instagram's "View this post on Instagram"
    / "A post shared by ..."), a video player's control labels, ad labels and an inline "read
    also", the long teaser after short articles, tags, "follow us on Google News", the "most read"
    sidebar, the next article the scroll loaded (label or loader, section, headline, byline, date,
    share row, first paragraphs, tags), the head of a third one still loading, and the footer."""
    rng, say, lang = page.rng, page.say, page.lang
    d = page.published
    style = rng.randrange(4)
    if rng.random() < 0.35:
        b.block("cookie", *COOKIE45[lang][: rng.randint(2, 3)])
        b.blank()
    if rng.random() < 0.5:
        b.block("header_date", f"{_weekday(page, d)}{say('، ', ', ')}{_day(page, d)}")
    b.block("site_name", page.site)
    menu = list(MENU45[lang][: rng.randint(6, len(MENU45[lang]))])
    b.block("menu", *(menu if rng.random() < 0.6 else ["  ".join(menu)]))
    if rng.random() < 0.5:
        b.add(say("بحث", "Kërko"))
    b.blank()
    if rng.random() < 0.4:
        b.block("trending", say(rng.choice(("الأكثر تداولاً", "ترند الآن")), rng.choice(("Trending", "Më të lexuarat tani"))),
                *page.other_headlines(rng.randint(2, 3)))
        b.blank()
    crumb = rng.random()
    if crumb < 0.4:
        b.block("breadcrumb", say("الرئيسية", "Kreu"), page.section)
    elif crumb < 0.6:
        b.block("breadcrumb", say(f"الرئيسية / {page.section}", f"Kreu / {page.section}"))
    elif crumb < 0.85:
        b.block("section", page.section)
    mp.add_title(b, page)
    sep = "" if rng.random() < 0.75 else None
    if rng.random() < 0.5:  # standfirst right under the headline, the meta under it
        _standfirst(b, page, sep)
        standfirst_done = True
    else:
        standfirst_done = False
    meta = rng.random()
    author = page.author()
    if meta < 0.4:
        b.block("byline", say(f"كتب: {author}", f"Nga: {author}"), _site_date(page, d, style))
    elif meta < 0.7:
        b.block("byline", author, say(f"نشر في: {_site_date(page, d, style)}", f"Publikuar më: {_site_date(page, d, style)}"))
    else:
        b.block("byline", say(f"{author} | {_site_date(page, d, style)}", f"{author} | {_site_date(page, d, style)}"))
    if rng.random() < 0.3:
        later = d + dt.timedelta(minutes=rng.randint(20, 300))
        b.add(say(f"آخر تحديث: {_site_date(page, later, style)}", f"Përditësuar: {_site_date(page, later, style)}"))
    share_joined = rng.random() < 0.4
    if rng.random() < 0.7:
        b.block("share", *_share_row(page, share_joined))
    if rng.random() < 0.5:
        b.block("caption", rng.choice(mp.CAPTIONS[lang]))
    if sep is not None:
        b.blank()
    if not standfirst_done:
        _standfirst(b, page, sep)
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    n = len(page.paras)
    embeds = [("tweet", _tweet(page, d - dt.timedelta(hours=rng.randint(0, 20)))),
              ("instagram", _instagram(page, d - dt.timedelta(hours=rng.randint(1, 30)))),
              ("video_player", _player(page))]
    rng.shuffle(embeds)
    if n >= 2:
        for name, lines in embeds[: rng.choice((0, 1, 1, 2))]:
            inserts.setdefault(rng.randint(0, n - 2), []).append((name, lines))
    if n >= 3 and rng.random() < 0.5:
        inserts.setdefault(rng.randint(0, n - 2), []).append(("ad", [rng.choice((say("إعلان", "Reklamë"), "Advertisement"))]))
    if n >= 4 and rng.random() < 0.5:
        o = page.other()
        inserts.setdefault(rng.randint(1, n - 3), []).append(
            ("read_also_inline", [say(rng.choice(("اقرأ أيضا: ", "طالع أيضا: ")), rng.choice(("Lexo edhe: ", "LEXO: "))) + o.headline]))
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, say(rng.choice(("اقرأ أيضا", "شاهد أيضا")), rng.choice(("Lexo edhe", "Mos humb"))), sep)
    b.blank()
    if rng.random() < 0.6:
        tags = [page.section, rng.choice([t for t in mp.SECTIONS[lang]["world"] if t != page.section])]
        b.block("tags", say("الكلمات المفتاحية", "Etiketa"), *tags)
    if rng.random() < 0.5:
        b.block("follow", say(f"تابعوا آخر أخبار {page.site} عبر Google News", f"Ndiqni {page.site} në Google News"))
    if rng.random() < 0.4:
        b.block("comments", say(f"التعليقات ({rng.randint(0, 40)})", f"Komente ({rng.randint(0, 40)})"))
    b.blank()
    sidebar = rng.random() < 0.5
    if sidebar:
        heads = page.other_headlines(rng.randint(4, 5))
        numbered = rng.random() < 0.5
        b.block("most_read", say("الأكثر قراءة", "Më të lexuarat"), *[f"{k}. {h}" if numbered else h for k, h in enumerate(heads, 1)])
        b.blank()
    loader = rng.random()
    if loader < 0.4:
        b.block("next_label", say(rng.choice(("المقال التالي", "الخبر التالي")), rng.choice(("Artikulli i radhës", "Lajmi tjetër"))))
    elif loader < 0.7:
        b.block("loader", say("جاري التحميل...", "Duke u ngarkuar..."))
    _next_article(b, page, d + dt.timedelta(minutes=rng.randint(-300, 300)), share_joined, True)
    if rng.random() < 0.4:
        _next_article(b, page, d - dt.timedelta(minutes=rng.randint(30, 600)), share_joined, False)
    b.block("footer", *say("من نحن|اتصل بنا|أعلن معنا|سياسة الخصوصية|شروط الاستخدام",
                           "Rreth nesh|Kontakt|Marketing|Privatësia|Kushtet e përdorimit").split("|"),
            say(f"جميع الحقوق محفوظة © {page.site} 2018", f"© 2018 {page.site}. Të gjitha të drejtat e rezervuara."))


# ---------------------------------------------------------------- t46: an economic daily's page with data widgets

MENU46 = {
    "ar": ("الرئيسية", "أسواق", "عقارات", "طاقة", "شركات", "اقتصاد دولي", "تقنية", "مقالات", "الصحيفة الورقية"),
    "sq": ("Kreu", "Ekonomi", "Biznes", "Financa", "Energji", "Pasuri të paluajtshme", "Teknologji", "Opinion", "Intervista"),
}
PRAYERS = ("الفجر", "الشروق", "الظهر", "العصر", "المغرب", "العشاء")
PRAYER_CITIES = ("الرياض", "جدة", "دبي", "الكويت", "الدوحة", "عمان")
WEATHER_CITIES = ("Tiranë", "Durrës", "Shkodër", "Vlorë", "Korçë", "Prishtinë")
WEATHER_WORDS = ("Me diell", "Pjesërisht me re", "Vranët", "Shi i lehtë")


def _change(rng: random.Random) -> str:
    up = rng.random() < 0.55
    return f"{'▲' if up else '▼'} {rng.randint(1, 240) / 100:.2f}%"


def _markets(page: mp.Page) -> list[str]:
    """The markets strip: index, commodity and exchange-rate quotes."""
    rng = page.rng
    if page.lang == "ar":
        quotes = [f"تاسي {rng.randint(7600, 8100)}.{rng.randint(0, 99):02d} {_change(rng)}",
                  f"سوق دبي {rng.randint(2700, 2900):,}.{rng.randint(0, 99):02d} {_change(rng)}",
                  f"برنت {rng.randint(78, 86)}.{rng.randint(0, 99):02d} {_change(rng)}",
                  f"الذهب {rng.randint(1180, 1200):,}.{rng.randint(0, 99):02d} {_change(rng)}",
                  f"اليورو/الدولار 1.{rng.randint(150, 175)} {_change(rng)}"]
    else:
        quotes = [f"EUR/ALL {rng.randint(126, 128)}.{rng.randint(0, 99):02d} {_change(rng)}",
                  f"USD/ALL {rng.randint(107, 110)}.{rng.randint(0, 99):02d} {_change(rng)}",
                  f"Brent {rng.randint(78, 86)}.{rng.randint(0, 99):02d} $ {_change(rng)}",
                  f"Ari {rng.randint(1180, 1200)}.{rng.randint(0, 99):02d} $ {_change(rng)}",
                  f"GBP/ALL {rng.randint(141, 145)}.{rng.randint(0, 99):02d} {_change(rng)}"]
    return quotes[: rng.randint(3, 5)]


def _rates(page: mp.Page) -> list[str]:
    """The exchange-rate table: a header and one row a currency."""
    rng = page.rng
    if page.lang == "ar":
        head = ["أسعار العملات", "العملة", "شراء", "بيع"]
        rows = [("الدولار الأمريكي", 3.74), ("اليورو", 4.36), ("الجنيه الإسترليني", 4.89), ("الدرهم الإماراتي", 1.02)]
    else:
        head = ["Kursi i këmbimit", "Monedha", "Blerje", "Shitje"]
        rows = [("EUR", 126.9), ("USD", 108.4), ("GBP", 142.3), ("CHF", 111.8)]
    cells = []
    for name, v in rows[: rng.randint(3, 4)]:
        buy = v * (1 + rng.randint(-20, 20) / 1000)
        cells.append([name, f"{buy:.2f}", f"{buy * (1 + rng.randint(4, 15) / 1000):.2f}"])
    layout = rng.randrange(3)
    if layout == 0:
        return [head[0], "\t".join(head[1:]), *["\t".join(c) for c in cells]]
    if layout == 1:
        return [head[0], " ".join(head[1:]), *[" ".join(c) for c in cells]]
    return [head[0], *head[1:], *[x for c in cells for x in c]]


def _services(page: mp.Page) -> list[str]:
    """Prayer times of a city (Arabic) or the weather and fuel prices (Albanian)."""
    rng = page.rng
    if page.lang == "ar":
        base = dt.datetime(2018, 9, 28, 4, 5) + dt.timedelta(minutes=rng.randint(0, 30))
        offsets = (0, 75, 445, 650, 810, 900)
        times = [f"{p} {_hm(base + dt.timedelta(minutes=o))}" for p, o in zip(PRAYERS, offsets)]
        return [f"مواقيت الصلاة - {rng.choice(PRAYER_CITIES)}", *times]
    lines = ["Moti"] + [f"{c} {rng.randint(14, 29)}° {rng.choice(WEATHER_WORDS)}" for c in rng.sample(WEATHER_CITIES, rng.randint(2, 4))]
    if rng.random() < 0.6:
        lines += ["Çmimi i karburanteve", f"Nafta {rng.randint(178, 186)} lekë/litër", f"Benzina {rng.randint(185, 194)} lekë/litër"]
    return lines


def _related_box(page: mp.Page) -> list[str]:
    rng = page.rng
    if page.lang == "ar":
        names = ("شركة الاتصالات", "مصرف الإنماء", "شركة الأسمنت الوطنية", "الشركة العقارية", "شركة الكهرباء")
        return ["أسهم ذات صلة", *[f"{n} {rng.randint(10, 120)}.{rng.randint(0, 99):02d} {_change(rng)}" for n in rng.sample(names, rng.randint(2, 3))]]
    items = (f"Inflacioni vjetor {rng.randint(18, 26) / 10:.1f} %", f"Norma bazë {rng.choice(('1.00', '1.25'))} %",
             f"Euribor 3M -0.3{rng.randint(1, 9)} %", f"Rritja ekonomike {rng.randint(30, 45) / 10:.1f} %")
    items = tuple(item.replace(".", ",") for item in items)  # the Albanian decimal comma
    return ["Treguesit e ditës", *rng.sample(items, rng.randint(2, 3))]


POLLS = {
    "ar": (("هل تتوقع ارتفاع أسعار النفط قبل نهاية العام؟", ("نعم", "لا", "لا أعرف")),
           ("هل تؤيد فرض ضرائب جديدة على الشركات؟", ("أؤيد", "أعارض", "محايد"))),
    "sq": (("A prisni rritje të çmimeve deri në fund të vitit?", ("Po", "Jo", "Nuk e di")),
           ("A jeni dakord me taksat e reja për bizneset?", ("Dakord", "Kundër", "Pa mendim"))),
}


def t46(page: mp.Page, b: mp.Builder) -> None:
    """Held out in 2026-12-02's seventh round (tuning since 2026-12-03). An economic daily's article page copied from the
    desktop site with its data widgets: the markets strip (indices, oil, gold, exchange rates with
    arrows and percentages), the date, log-in / subscribe, the masthead and tagline, the menu, the
    exchange-rate table, prayer times (Arabic) or weather and fuel prices (Albanian), the
    breadcrumb, the headline, standfirst, byline with the city, the date, listen / print / font
    tools, the body with a "related stocks" / "today's indicators" box and an ad label, the long
    teaser after short articles, the story's timeline (earlier headlines with dates), a poll,
    opinion writers and their columns, "most read / most commented" tabs, app and newsletter lines,
    and the footer with the licence."""
    rng, say, lang = page.rng, page.say, page.lang
    d = page.published
    if rng.random() < 0.75:
        quotes = _markets(page)
        b.block("markets", *(quotes if rng.random() < 0.5 else ["   ".join(quotes)]))
    top = [f"{_weekday(page, d)}{say('، ', ', ')}{_day(page, d)}"] if rng.random() < 0.6 else []
    b.block("top_bar", *top, say("تسجيل الدخول", "Hyr"), say("اشترك الآن", "Abonohu"))
    b.block("site_name", page.site)
    if rng.random() < 0.6:
        b.add(say("صحيفة اقتصادية يومية", "E përjavshme ekonomike dhe portal biznesi"))
    menu = list(MENU46[lang][: rng.randint(6, len(MENU46[lang]))])
    b.block("menu", *(menu if rng.random() < 0.5 else [" | ".join(menu)]))
    b.blank()
    widgets = [("rates", _rates(page)), ("services", _services(page))]
    rng.shuffle(widgets)
    before = rng.randint(0, 2)
    for name, lines in widgets[:before]:
        b.block(name, *lines)
        b.blank()
    crumb = rng.random()
    if crumb < 0.5:
        b.block("breadcrumb", say(f"الرئيسية › {page.section}", f"Kreu › {page.section}"))
    elif crumb < 0.8:
        b.block("section", page.section)
    mp.add_title(b, page)
    sep = rng.choice(("", None))
    standfirst_first = rng.random() < 0.5
    if standfirst_first:
        _standfirst(b, page, sep)
    author = page.author()
    city = rng.choice(PRAYER_CITIES if lang == "ar" else WEATHER_CITIES)
    b.block("byline", say(rng.choice((f"{author} - {city}", f"{city}: {author}")), rng.choice((f"{author}, {city}", f"Nga {author}"))))
    style = rng.randrange(3)
    if style == 0:
        b.block("dates", say(f"نشر في: {mp.date(page, 'day')} - {_hm(d)}", f"Publikuar: {mp.date(page, 'slash')}"))
    elif style == 1:
        b.block("dates", f"{_weekday(page, d)}{say('، ', ', ')}{_day(page, d)}", _hm(d))
    else:
        b.block("dates", mp.date(page, "dash"))
    if rng.random() < 0.5:
        b.block("tools", *rng.sample(say("استمع|طباعة|حجم الخط|أرسل لصديق", "Dëgjo|Printo|Madhësia e shkronjave|Dërgo").split("|"), 3))
    if rng.random() < 0.4:
        b.block("caption", rng.choice(mp.CAPTIONS[lang]))
    if sep is not None:
        b.blank()
    if not standfirst_first:
        _standfirst(b, page, sep)
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    n = len(page.paras)
    if n >= 3 and rng.random() < 0.6:
        inserts.setdefault(rng.randint(0, n - 2), []).append(("related_box", _related_box(page)))
    if n >= 3 and rng.random() < 0.4:
        inserts.setdefault(rng.randint(0, n - 2), []).append(("ad", [say("إعلان", "Reklamë")]))
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, say(rng.choice(("اقرأ أيضاً", "ذات صلة")), rng.choice(("Lexo edhe", "Të lidhura"))), sep)
    b.blank()
    if rng.random() < 0.5:
        timeline = [say(rng.choice(("خط زمني", "تسلسل الأحداث")), rng.choice(("Kronologjia", "Sfondi i ngjarjes")))]
        for hours in sorted((rng.randint(24, 600) for _ in range(rng.randint(2, 4))), reverse=True):
            timeline += [_day(page, d - dt.timedelta(hours=hours)), page.other().headline]
        b.block("timeline", *timeline)
        b.blank()
    for name, lines in widgets[before:]:
        b.block(name, *lines)
        b.blank()
    if rng.random() < 0.4:
        question, options = rng.choice(POLLS[lang])
        b.block("poll", say("استطلاع الرأي", "Sondazh"), question, *options, say("صوّت", "Voto"), say("النتائج", "Rezultatet"))
        b.blank()
    if rng.random() < 0.5:
        writers = [say("كتاب الرأي", "Opinionistët")]
        for o in rng.sample(page.others, rng.randint(2, 3)):
            writers += [page.author(), o.headline]
        b.block("opinion", *writers)
        b.blank()
    tabs = say("الأكثر قراءة | الأكثر تعليقاً", "Më të lexuarat | Më të komentuarat")
    b.block("most_read", *([tabs] if rng.random() < 0.5 else tabs.split(" | ")), *page.other_headlines(rng.randint(3, 5)))
    b.blank()
    if rng.random() < 0.5:
        b.block("newsletter", say("اشترك في النشرة الاقتصادية اليومية", "Abonohu në buletinin ditor ekonomik"), say("اشترك", "Abonohu"))
    if rng.random() < 0.5:
        b.block("apps", say(f"حمّل تطبيق {page.site}", f"Shkarko aplikacionin {page.site}"), "App Store", "Google Play")
    b.block("footer", say("من نحن | اتصل بنا | الإعلانات | الاشتراكات | سياسة الخصوصية", "Rreth nesh | Kontakt | Reklama | Abonime | Privatësia"),
            say(f"ترخيص وزارة الإعلام رقم {rng.randint(100, 999)}/{rng.randint(10, 99)}", f"NIPT L{rng.randint(10000000, 99999999)}A"),
            say(f"© 2018 {page.site}. جميع الحقوق محفوظة", f"© 2018 {page.site}. Të gjitha të drejtat e rezervuara."))


# ---------------------------------------------------------------- t47: a news database's export

SOURCE_CODES = {"ar": "ALRAED", "sq": "GAZDRI"}
REGIONS = {
    "ar": ("jordan : Jordan | meastz : Middle East | arabz : Arab States", "saudi : Saudi Arabia | gulfstz : Persian Gulf Region | meastz : Middle East"),
    "sq": ("alban : Albania | balkz : Balkan States | eurz : Europe", "kosovo : Kosovo | balkz : Balkan States | eurz : Europe"),
}
SUBJECTS = {
    "politics": "gpol : Domestic Politics | gcat : Political/General News", "world": "gdip : International Relations | gcat : Political/General News",
    "economy": "ecat : Economic News | ncat : Content Types", "showbiz": "gent : Arts/Entertainment | gcat : Political/General News",
    "sport": "gspo : Sports | gcat : Political/General News", "crime": "gcrim : Crime/Legal Action | gcat : Political/General News",
    "opinion": "ncolu : Columns | ncat : Content Types", "health": "ghea : Health | gcat : Political/General News",
}
DATELINE_CITIES = {"ar": ("Amman", "Riyadh", "Cairo", "Beirut"), "sq": ("Tirana", "Pristina", "Shkodra", "Durres")}


def _words(page: mp.Page) -> int:
    return sum(len(p.text.split()) for p in page.paras) + (len(page.standfirst.split()) if page.standfirst else 0)


def _keywords(page: mp.Page) -> str:
    """Search terms: a few words of the headline."""
    words = [w.strip("«»\"'،.:؟,") for w in page.doc.headline.split() if len(w) > 3]
    return " AND ".join(page.rng.sample(words, min(2, len(words)))) if words else page.section


def _field(b: mp.Builder, code: str, value: str, inline: bool) -> None:
    b.block("field", *([f"{code}\t{value}"] if inline else [code, value]))


def _db_body(b: mp.Builder, page: mp.Page, name: str, label: str, blank_lines: float, lead_split: bool) -> None:
    """The article under its label ("LP" or "Body"): paragraphs separated by blank lines with
    probability ``blank_lines``, "TD" after the lead when ``lead_split``, the web page's inline
    "read also" leftover in long articles and the long teaser after short ones."""
    rng, say = page.rng, page.say
    b.block(name, label)
    sep = "" if rng.random() < blank_lines else None
    if sep is not None:
        b.blank()
    _standfirst(b, page, sep)
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    n = len(page.paras)
    first = 0
    if lead_split:
        first = 0 if page.standfirst is not None else rng.choice((0, 1))
        if n >= first + 2:
            inserts[first] = [("field", ["TD"])]
    if n >= 4 and rng.random() < 0.35:
        o = page.other()
        inserts.setdefault(rng.randint(first + 1, n - 2), []).append(("read_also_inline", [say("اقرأ أيضا: ", "Lexo edhe: ") + o.headline]))
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, say("اقرأ أيضا", "Lexo edhe"), sep)
    b.blank()


def _factiva(page: mp.Page, b: mp.Builder) -> None:
    rng, say, lang = page.rng, page.say, page.lang
    d = page.published
    if rng.random() < 0.5:
        start = d - dt.timedelta(days=rng.randint(1, 3))
        stamp = d + dt.timedelta(days=rng.randint(2, 6), minutes=rng.randint(0, 600))
        rows = [("Text", _keywords(page)), ("Date", f"{start:%d/%m/%Y} to {stamp:%d/%m/%Y}"), ("Source", page.site),
                ("Author", "All Authors"), ("Company", "All Companies"), ("Subject", "All Subjects"), ("Industry", "All Industries"),
                ("Region", "All Regions"), ("Language", LANGUAGE_NAMES[lang]), ("Results Found", str(rng.randint(3, 80))),
                ("Timestamp", f"{stamp.day} {EN_MONTHS[stamp.month - 1]} {stamp.year} {stamp.hour}:{stamp.minute:02d}")]
        b.block("search_summary", "Search Summary", *[f"{k}\t{v}" for k, v in rows])
        b.blank()
    if rng.random() < 0.4:
        b.block("page_header", f"Page 1 of {rng.randint(1, 3)} © 2018 Factiva, Inc. All rights reserved.")
        b.blank()
    inline = rng.random() < 0.5
    gap = rng.random() < 0.5
    if rng.random() < 0.5:
        _field(b, "SE", page.section, inline)
        if gap:
            b.blank()
    b.block("field", "HD")
    mp.add_title(b, page)
    if gap:
        b.blank()
    fields = []
    if rng.random() < 0.7:
        fields.append(("BY", say(rng.choice((f"كتب: {page.author()}", page.author())), page.author())))
    if rng.random() < 0.3:
        fields.append(("CR", say(rng.choice(("وكالات", "بترا")), rng.choice(("ATA", "Agjencitë")))))
    fields += [("WC", f"{_words(page)} words"), ("PD", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}")]
    if rng.random() < 0.6:
        fields.append(("ET", _hm(d)))
    fields += [("SN", page.site), ("SC", SOURCE_CODES[lang])]
    if rng.random() < 0.5:
        fields.append(("ED", rng.choice(("Final", "Online", "1"))))
    if rng.random() < 0.5:
        fields.append(("PG", str(rng.randint(1, 24))))
    fields.append(("LA", LANGUAGE_NAMES[lang]))
    syndigate = rng.random() < 0.5
    copyright_ = f"Copyright 2018 {page.site}" + (". Provided by SyndiGate Media Inc. (Syndigate.info)." if syndigate else ". All Rights Reserved.")
    fields.append(("CY", copyright_))
    for code, value in fields:
        _field(b, code, value, inline)
        if gap:
            b.blank()
    _db_body(b, page, "field", "LP", 0.7, lead_split=True)
    tail = []
    if rng.random() < 0.5:
        tail.append(("NS", SUBJECTS[mp.CATEGORIES[page.doc.number - 1]]))
    tail.append(("RE", rng.choice(REGIONS[lang])))
    if rng.random() < 0.5:
        tail.append(("IPD", page.section))
    tail.append(("PUB", "SyndiGate Media Inc." if syndigate else page.site))
    code = "abcdefghijklmnopqrstuvwxyz0123456789"
    tail.append(("AN", f"Document {SOURCE_CODES[lang]}00{d:%Y%m%d}ee9{code[d.day - 1]}{''.join(rng.choice(code) for _ in range(5))}"))
    for c, value in tail:
        _field(b, c, value, inline)
        if gap:
            b.blank()
    if rng.random() < 0.4:
        b.block("page_footer", "© 2018 Factiva, Inc. All rights reserved.")


def _nexis(page: mp.Page, b: mp.Builder) -> None:
    rng, say, lang = page.rng, page.say, page.lang
    d = page.published
    if rng.random() < 0.6:
        stamp = d + dt.timedelta(days=rng.randint(2, 6), minutes=rng.randint(0, 600))
        hour = stamp.hour % 12 or 12
        cover = [f"User Name: ={rng.choice(('analyst_mon', 'desk.night', 'media_watch'))}",
                 f"Date and Time: {EN_WEEKDAYS[stamp.weekday()]}, {_en_day(stamp)} {hour}:{stamp.minute:02d}:00 "
                 f"{'AM' if stamp.hour < 12 else 'PM'} {say('AST', 'CET')}",
                 f"Job Number: {rng.randint(10000000, 99999999)}"]
        b.block("cover", *cover)
        b.blank()
        count = rng.randint(1, 4)
        heads = [o.headline for o in rng.sample(page.others, count - 1)]
        heads.insert(rng.randint(0, len(heads)), page.doc.headline)
        b.block("documents", f"Document{'s' if count > 1 else ''} ({count})", *[f"{k}. {h}" for k, h in enumerate(heads, 1)])
        b.add("Client/Matter: -None-", f"Search Terms: {_keywords(page)}",
              f"Search Type: {rng.choice(('Terms and Connectors', 'Natural Language'))}", "Narrowed by:",
              "Content Type\tNarrowed by", f"News\tLanguage: {LANGUAGE_NAMES[lang]}; Sources: {page.site}")
        b.blank()
        if rng.random() < 0.5:
            b.block("rule", "_" * rng.choice((40, 60)))
            b.blank()
    mp.add_title(b, page)
    gap = rng.random() < 0.5
    if gap:
        b.blank()
    b.block("publication", page.site)
    b.add(f"{_en_day(d)} {EN_WEEKDAYS[d.weekday()]}")
    syndigate = rng.random() < 0.5
    b.add(f"Copyright 2018 {page.site} All Rights Reserved")
    if syndigate:
        b.add("Provided by Syndigate Media Inc. (Syndigate.info)")
    if gap:
        b.blank()
    if rng.random() < 0.5:
        b.block("meta", f"Section: {page.section}" + (f"; Pg. {rng.randint(1, 24)}" if rng.random() < 0.5 else ""))
    b.block("meta", f"Length: {_words(page)} words")
    if rng.random() < 0.6:
        b.add(f"Byline: {page.author()}")
    if rng.random() < 0.4:
        b.add(f"Dateline: {rng.choice(DATELINE_CITIES[lang])}")
    if gap:
        b.blank()
    _db_body(b, page, "body_label", "Body", 0.8, lead_split=False)
    if rng.random() < 0.4:
        b.block("graphic", "Graphic", rng.choice(mp.CAPTIONS[lang]))
        b.blank()
    load = d + dt.timedelta(days=rng.randint(1, 3))
    b.block("load_date", f"Load-Date: {_en_day(load)}")
    b.blank()
    b.block("end", "End of Document")


def t47(page: mp.Page, b: mp.Builder) -> None:
    """Held out in 2026-12-02's seventh round (tuning since 2026-12-03). An outlet's article as a news database exports it, the
    metadata in English: Factiva-like (the search summary, the "Page 1 of n" header, the field
    codes on their own line or before a tab: "SE", "HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC",
    "ED", "PG", "LA", "CY" with the distributor's line, "LP" before the lead and "TD" before the
    rest, then "NS", "RE", "IPD", "PUB", "AN") or Nexis-like (the cover: user, date and time, job
    number, the documents' list with the article's headline among others, search terms and
    filters; then the headline, publication, "September 28, 2018 Friday", copyright, "Section:",
    "Length:", "Byline:", "Dateline:", "Body", the article, "Graphic", "Load-Date:", "End of
    Document"); the web page's "read also" leftovers and the long teaser after short articles."""
    if page.rng.random() < 0.5:
        _factiva(page, b)
    else:
        _nexis(page, b)


HELDOUT_SITES: dict[str, tuple[Callable[[mp.Page, mp.Builder], None], dict[str, str], float, float, float]] = {
    "t45": (t45, {"ar": "موقع الشاهد نيوز", "sq": "Portali Fjala"}, 0.2, 0.5, 0.6),
    "t46": (t46, {"ar": "صحيفة المؤشر الاقتصادي", "sq": "Revista Tregu"}, 0.3, 0.6, 0.5),
    "t47": (t47, {"ar": "جريدة الرائد", "sq": "Gazeta Drini"}, 0.05, 0.3, 1.0),
}
"""Each held-out template: (render, site name per language, multi-line headline, standfirst and
standfirst-keeps-its-stop probabilities), registered as ``make_pages.Template``."""
