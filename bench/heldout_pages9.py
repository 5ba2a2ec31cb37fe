"""Site templates t42-t44 of the NTREX page set (imported by ``bench/make_pages.py``): tuning
templates since 2026-12-02's seventh round, no longer held out.

Written blind on 2026-12-02 (sixth round of that day) by a helper that had not read the cleaner
(nothing under ``translate_summarize/``: ``clean.py``, ``extract.py``, ``boilerplate.py``,
``segment.py``, ``html.py``, ``metadata.py``, ``lexicon.py``, ``textnorm.py``, ``line_model.py``,
``title_model.py``, ``posts.py``, ``summarizers/furniture.py``, ``translate_summarize/data/`` and
the rest) nor its tests, before any score of these pages, and never adjusted after the cleaner was
scored on them; first scored blind then (docs/benchmarks.md). They were held out until the new
held-out round t45-t47 (``bench/heldout_pages10.py``) was written in the seventh round of
2026-12-02, and are tuning templates since (their pages kept byte for byte); reading them while
changing the cleaner is allowed now. Each (document, language) of NTREX dev documents 1-60 has one
page in one of them.

They imitate three kinds of real Arabic and Albanian news text as it reaches a nightly batch,
worded as such sites and services word their furniture and laid out differently from t1-t41:

* ``t42``: an outlet's ordinary article page converted to Markdown by a web-to-Markdown reader
  service or crawler (r.jina.ai-like: "Title:", "URL Source:", "Published Time:" in ISO 8601, a
  cached-snapshot warning, "Markdown Content:"; or a crawler's YAML front matter between "---"
  lines): the whole page as Markdown: the logo as a linked image ("[![Image 1: <alt>](...)](...)"),
  the header date, the menu as a "*   [item](url)" list or on one line, log-in / subscribe links,
  the breaking line, the breadcrumb as a numbered list or with "»", the section link, the headline
  underlined with "=" (setext heading) or not, the author link, the date and "updated" lines, the
  reading time, the main image and its caption, icon-only share links ("[](https://...)"),
  standfirst, body with subheadings underlined with "-", an inline "**read also:** [headline](url)",
  advertisement labels and images inside the article, the long teaser after short articles, tags,
  the author box (avatar, link, bio sentence), related articles (linked images and headlines, with
  or without dates), the comments count, the newsletter box and the footer links and copyright;
* ``t43``: an outlet's ordinary article page as a naive scraper's text (the HTML's text nodes one
  a line, as ``BeautifulSoup.get_text("\\n")`` gives it, with or without ``strip=True``): the
  ``<title>`` ("<headline> | <site>"), CSS and JavaScript that was not removed (Google Tag Manager,
  gtag, a theme's settings object, ad slots' ``googletag.display`` calls inside the article, the
  lazy loader at the end), the JSON-LD NewsArticle object (one line or pretty-printed; headline,
  dates in ISO 8601, author, publisher, a description cut with an ellipsis), the dataLayer push,
  the noscript sentence, whitespace-only lines, the skip link, the header date and weather, the
  menu one item a line, the search and close labels, "trending" headlines, the breadcrumb items and
  their separators on their own lines, the section, the headline (two lines where the ``<h1>`` has
  a ``<br>``), "by" and the author's name on separate lines, "published" / "updated" and their
  dates, a separate time line, share button labels and counters, font-size / print tools, the
  caption, standfirst, body with "advertisement" labels and "read also" blocks (label and headline
  on their own lines), the long teaser after short articles, tags, related articles with their
  dates, the comment form labels, the newsletter box, the cookie notice and the footer;
* ``t44``: a news agency's wire service as its subscribers' feed receiver saves it to a text file
  (teleprinter-style / IPTC 7901 text: "ZCZC" and "NNNN" markers or rules of "=" between items,
  the transmission line with the item number, priority, category and word count, the keyword
  (slug) line, "عاجل" / "URGJENTE" flashes of one headline, the article's own flash before its
  full story, service notes to editors, corrections, the headline, the dateline on its own line
  ("عمان 29 أيلول (مدى) -", "TIRANË, 29 shtator /AKL/ -"), the story split in two takes ("يتبع" /
  "vijon", then "إضافة أولى" / "Shtesa 1" with its own header) or not, "(انتهى)" / "(Fund)",
  the editors' initials, the transmission date and time; earlier and later items of the feed
  (headlines, datelines and a few sentences of other stories), and after short articles the next
  item's story.

The article itself (title lines, standfirst, body paragraphs, short articles and the long
"read also" teaser after them) is rendered by the generator's shared helpers (``t42`` writes the
body paragraphs with the same roles so that a subheading can carry its Markdown underline), so the
annotation by construction is the same as for the other templates. The outlet (the gold
``outlet``) is the news organisation: the converted site, the scraped site, the agency; the
Markdown reader's and the crawler's names are furniture.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from typing import Callable
from urllib.parse import quote

import make_pages as mp  # make_pages imports this module after defining its helpers
from heldout_pages3 import _hm, _weekday
from heldout_pages5 import _day
from heldout_pages8 import _slug  # the section's word in an address

DOMAINS = {
    "t42": {"ar": "albawsala-news.com", "sq": "kumbona.al"},
    "t43": {"ar": "alnakheel-daily.com", "sq": "gazetaliria.al"},
    "t44": {"ar": "mada-agency.net", "sq": "akl-lajme.al"},
}
_TZ = {"ar": "+03:00", "sq": "+02:00"}


def _article_url(page: mp.Page, doc: mp.Doc, d: dt.datetime) -> str:
    """An article's address: the section, a number and the first headline words (percent-encoded
    in Arabic, the ASCII letters in Albanian)."""
    home = f"https://www.{DOMAINS[page.template][page.lang]}/"
    words = doc.headline.split()[:5]
    if page.lang == "ar":
        slug = quote("-".join(w.strip("«»\"'،.:؟") for w in words))
    else:
        ascii_words = unicodedata.normalize("NFKD", " ".join(words)).encode("ascii", "ignore").decode().lower()
        slug = "-".join(w for w in ("".join(c for c in word if c.isalnum()) for word in ascii_words.split()) if w)
    return f"{home}{_slug(doc)}/{d.year}/{d.month:02d}/{d.day:02d}/{200000 + doc.number * 3571 % 90000}-{slug}"


def _iso(page: mp.Page, d: dt.datetime) -> str:
    return f"{d:%Y-%m-%dT%H:%M:%S}{_TZ[page.lang]}"


def _site_date(page: mp.Page, d: dt.datetime, style: int) -> str:
    """The article's date as a news theme prints it."""
    if page.lang == "ar":
        return (mp.date(page, "day", d), f"{_weekday(page, d)} {_day(page, d)} - {_hm(d)}", mp.date(page, "slash", d),
                f"{_day(page, d)} | {_hm(d)}", mp.date(page, "long", d))[style % 5]
    return (mp.date(page, "day", d), f"{_weekday(page, d)}, {_day(page, d)}, {_hm(d)}", mp.date(page, "slash", d),
            f"{d.day:02d}/{d.month:02d}/{d.year} {_hm(d)}", mp.date(page, "long", d))[style % 5]


def _standfirst(b: mp.Builder, page: mp.Page, sep: str | None) -> None:
    """The standfirst, when there is one, and the separator after it."""
    mp.add_standfirst(b, page)
    if page.standfirst is not None and sep is not None:
        b.blank(sep)


def _excerpt(text: str, words: int) -> str:
    """The first words of a sentence cut with an ellipsis (a meta description)."""
    parts = text.split()
    return " ".join(parts[:max(1, min(words, len(parts) - 2))]) + "…"


# ---------------------------------------------------------------- t42: web-to-Markdown conversion

MENU = {
    "ar": ("الرئيسية", "أخبار محلية", "عربي ودولي", "سياسة", "اقتصاد", "رياضة", "ثقافة وفنون", "صحة", "مقالات الرأي"),
    "sq": ("Kryefaqja", "Aktualitet", "Politikë", "Ekonomi", "Bota", "Rajoni", "Sport", "Kulturë", "Opinion"),
}
AUTHOR_BIO = {
    "ar": ("صحفي ومحرر في القسم السياسي، يكتب في الشؤون الإقليمية والدولية.", "محررة أخبار، تغطي الشؤون المحلية والاجتماعية منذ عام 2012."),
    "sq": ("Gazetar në desk-un e politikës, shkruan për çështjet rajonale dhe ndërkombëtare.", "Redaktore lajmesh, mbulon aktualitetin dhe çështjet sociale që nga viti 2012."),
}


class _Images:
    """Markdown images, numbered as the reader service numbers them ("Image 3: <alt>")."""

    def __init__(self, numbered: bool) -> None:
        self.numbered = numbered
        self.count = 0

    def __call__(self, alt: str, src: str) -> str:
        self.count += 1
        label = f"Image {self.count}: {alt}" if self.numbered else alt
        return f"![{label}]({src})"


def _md_body(b: mp.Builder, page: mp.Page, sep: str | None, underline: bool, inserts: dict[int, list[tuple[str, list[str]]]]) -> None:
    """The body paragraphs with the roles ``mp.add_body`` gives them; a subheading is followed by
    its setext underline ("-----") when ``underline``."""
    for k, para in enumerate(page.paras):
        if k and sep is not None:
            b.blank(sep)
        b.add(para.text, role="heading" if para.heading else "body")
        if para.heading and underline:
            b.block("md_underline", "-" * max(3, min(len(para.text), 60)))
        for name, texts in inserts.get(k, []):
            if sep is not None:
                b.blank(sep)
            b.block(name, *texts)


def t42(page: mp.Page, b: mp.Builder) -> None:
    """Held out in 2026-12-02's sixth round (tuning since its seventh). An outlet's article page converted to Markdown by a
    reader service (the "Title:" / "URL Source:" / "Published Time:" / "Markdown Content:" header,
    sometimes a cached-snapshot warning) or a crawler (YAML front matter): the logo as a linked
    numbered image, the header date, the menu (a "*   [item](url)" list or one line), log-in and
    subscribe links, a breaking line, the breadcrumb (a numbered list or "»"), the section link,
    the headline with its "=" underline or without, the author link and the date (published,
    updated), the reading time, the main image and caption, icon-only share links, standfirst,
    body (subheadings underlined with "-" or not) with an inline "read also" link, an
    advertisement label and an image, the long teaser after short articles, tags, the author box,
    related articles, the comment count, the newsletter box and the footer."""
    rng, say, lang = page.rng, page.say, page.lang
    d = page.published
    home = f"https://www.{DOMAINS['t42'][lang]}/"
    own = _article_url(page, page.doc, d)
    jina = rng.random() < 0.65
    img = _Images(jina)
    style = rng.randrange(5)
    if jina:
        b.block("reader_header", f"Title: {page.doc.headline}{rng.choice((' | ', ' - ', ' – '))}{page.site}")
        b.blank()
        b.add(f"URL Source: {own}")
        b.blank()
        if rng.random() < 0.6:
            b.add(f"Published Time: {_iso(page, d)}")
            b.blank()
        if rng.random() < 0.2:
            b.add("Warning: This is a cached snapshot of the original page, consider retry with caching opt-out.")
            b.blank()
        b.add("Markdown Content:")
    else:
        title = page.doc.headline.replace('"', '\\"')
        b.block("front_matter", "---", f'title: "{title}"', f"url: {own}", f"date: {d:%Y-%m-%d}", f"site_name: {page.site}",
                f"lang: {lang}", f"crawled_at: {d + dt.timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 9)):%Y-%m-%dT%H:%M:%SZ}", "---")
        b.blank()
    logo = img(say(f"شعار {page.site}", f"{page.site} logo") if rng.random() < 0.6 else page.site, f"{home}wp-content/uploads/2018/01/logo.png")
    b.block("logo", f"[{logo}]({home})")
    if rng.random() < 0.5:
        shown = d + dt.timedelta(days=rng.choice((0, 0, 1, 2)))
        b.block("header_date", f"{_weekday(page, shown)}{say('، ', ', ')}{_day(page, shown)}")
    items = [f"[{item}]({home}{'category/' + str(k) + '/' if k else ''})" for k, item in enumerate(MENU[lang])]
    bullets = rng.random() < 0.6
    b.block("menu", *([f"*   {x}" for x in items] if bullets else [" ".join(items)]))
    if rng.random() < 0.5:
        b.block("account", f"[{say('تسجيل الدخول', 'Hyr')}]({home}login/) [{say('اشترك', 'Abonohu')}]({home}subscribe/)")
    b.blank()
    if rng.random() < 0.45:
        heads = rng.sample(page.others, rng.randint(1, 2))
        b.block("ticker", say(rng.choice(("عاجل", "آخر الأخبار")), rng.choice(("E FUNDIT", "Lajmi i fundit"))),
                *[f"[{o.headline}]({_article_url(page, o, d - dt.timedelta(hours=rng.randint(1, 8)))})" for o in heads])
        b.blank()
    section_url = f"{home}category/{_slug(page.doc)}/"
    crumb = rng.random()
    if crumb < 0.4:
        b.block("breadcrumb", f"1.  [{say('الرئيسية', 'Kryefaqja')}]({home})", f"2.  [{page.section}]({section_url})")
        b.blank()
    elif crumb < 0.7:
        b.block("breadcrumb", f"[{say('الرئيسية', 'Kryefaqja')}]({home}) » [{page.section}]({section_url})")
        b.blank()
    elif rng.random() < 0.6:
        b.block("section", f"[{page.section}]({section_url})")
        b.blank()
    mp.add_title(b, page)
    if rng.random() < 0.85:
        b.block("md_underline", "=" * max(3, min(len(page.title_parts[-1]), 60)))
    b.blank()
    author = f"[{page.author()}]({home}author/{rng.randint(2, 60)}/)"
    published = _site_date(page, d, style)
    meta = rng.random()
    if meta < 0.4:
        b.block("byline", say(f"بقلم {author}", f"Nga {author}"))
        b.blank()
        b.add(published)
    elif meta < 0.7:
        b.block("byline", say(f"{author} · {published}", f"{author} · {published}"))
    else:
        b.block("byline", say(f"نشر في: {published}", f"Publikuar më: {published}"), say(f"كتب: {author}", f"Shkruar nga: {author}"))
    if rng.random() < 0.35:
        b.add(say(f"آخر تحديث: {_site_date(page, d + dt.timedelta(minutes=rng.randint(20, 400)), style)}",
                  f"Përditësuar: {_site_date(page, d + dt.timedelta(minutes=rng.randint(20, 400)), style)}"))
    if rng.random() < 0.4:
        b.block("reading_time", say(f"وقت القراءة: {rng.randint(2, 6)} دقائق", f"Koha e leximit: {rng.randint(2, 6)} min"))
    b.blank()
    if rng.random() < 0.6:
        caption = rng.choice(mp.CAPTIONS[lang])
        b.block("image", img(page.doc.headline if rng.random() < 0.3 else caption, f"{home}wp-content/uploads/{d.year}/{d.month:02d}/{page.doc.number}-780x470.jpg"))
        if rng.random() < 0.6:
            b.add(caption)
        b.blank()
    shares = ("https://www.facebook.com/sharer.php?u=", "https://twitter.com/intent/tweet?text=", "https://api.whatsapp.com/send?text=",
              "https://t.me/share/url?url=" if lang == "ar" else "viber://forward?text=")
    short = quote(f"{home}?p={200000 + page.doc.number * 3571 % 90000}", safe="")
    icons = [f"[]({u}{short})" for u in shares]
    share_top = rng.random() < 0.5
    if share_top:
        b.block("share", "".join(icons) if rng.random() < 0.5 else " ".join(icons))
        b.blank()
    sep = ""  # Markdown separates its blocks with a blank line
    _standfirst(b, page, sep)
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    n = len(page.paras)
    if n >= 4 and rng.random() < 0.5:
        o = page.other()
        label = say(rng.choice(("اقرأ أيضاً:", "اقرأ أيضا:", "ذات صلة:")), rng.choice(("Lexo edhe:", "Lexo gjithashtu:", "Të ngjashme:")))
        inserts.setdefault(rng.randint(1, n - 3), []).append(
            ("read_also_inline", [f"**{label}** [{o.headline}]({_article_url(page, o, d - dt.timedelta(hours=rng.randint(3, 50)))})"]))
    if n >= 3 and rng.random() < 0.4:
        inserts.setdefault(rng.randint(0, n - 2), []).append(("ad", [say("إعلان", rng.choice(("Reklamë", "REKLAMA")))]))
    if n >= 5 and rng.random() < 0.3:
        inserts.setdefault(rng.randint(1, n - 2), []).append(
            ("image", [img(rng.choice(mp.CAPTIONS[lang]), f"{home}wp-content/uploads/{d.year}/{d.month:02d}/{page.doc.number}-2.jpg")]))
    _md_body(b, page, sep, rng.random() < 0.7, inserts)
    mp.short_teaser(b, page, say("### اقرأ أيضاً", "### Lexo edhe"), sep)
    b.blank()
    if rng.random() < 0.6:
        tags = [page.section, rng.choice(mp.SECTIONS[lang]["world"])]
        links = [f"[{t}]({home}tag/{quote(t)}/)" for t in tags]
        if rng.random() < 0.5:
            b.block("tags", say("الوسوم:", "Etiketa:"), *[f"*   {x}" for x in links])
        else:
            b.block("tags", say("الوسوم: ", "Etiketa: ") + " ".join(links))
        b.blank()
    if not share_top or rng.random() < 0.3:
        b.block("share", say("شارك هذا المقال", "Shpërndaje këtë artikull"), "".join(icons))
        b.blank()
    if rng.random() < 0.4:
        name = page.author()
        b.block("author_box", f"[{img(name, f'{home}wp-content/uploads/avatars/{rng.randint(10, 99)}.jpg')}]({home}author/{rng.randint(2, 60)}/)",
                f"[{name}]({home}author/{rng.randint(2, 60)}/)", rng.choice(AUTHOR_BIO[lang]))
        b.blank()
    label = say(rng.choice(("مقالات ذات صلة", "أخبار مشابهة", "قد يعجبك أيضاً")), rng.choice(("Artikuj të ngjashëm", "Lajme të ngjashme", "Mund t'ju interesojë")))
    related = [label, "-" * len(label)] if rng.random() < 0.5 else [f"### {label}"]
    dated = rng.random() < 0.5
    for o in rng.sample(page.others, rng.randint(3, 5)):
        when = d - dt.timedelta(hours=rng.randint(4, 240))
        url = _article_url(page, o, when)
        if rng.random() < 0.5:
            related.append(f"[{img(o.headline, f'{home}wp-content/uploads/{when.year}/{when.month:02d}/{o.number}-350x250.jpg')}]({url})")
        related.append(f"[{o.headline}]({url})")
        if dated:
            related.append(mp.date(page, "day", when))
    b.block("related", *related)
    b.blank()
    if rng.random() < 0.4:
        count = rng.randint(0, 14)
        b.block("comments", say(f"التعليقات ({count})", f"Komente ({count})") if count else say("لا توجد تعليقات", "Nuk ka komente"))
        b.blank()
    if rng.random() < 0.4:
        b.block("newsletter", say("النشرة البريدية", "Newsletter"),
                say("اشترك الآن ليصلك أهم الأخبار يومياً إلى بريدك الإلكتروني.", "Regjistrohu për të marrë lajmet kryesore çdo ditë në email."),
                f"[{say('اشترك', 'Abonohu')}]({home}newsletter/)")
        b.blank()
    footer = say("من نحن|اتصل بنا|سياسة الخصوصية|شروط الاستخدام|أعلن معنا", "Rreth nesh|Kontakt|Privatësia|Kushtet e përdorimit|Reklamo").split("|")
    links = [f"[{x}]({home}page/{k}/)" for k, x in enumerate(footer, 1)]
    b.block("footer", *([f"*   {x}" for x in links] if bullets else [" ".join(links)]))
    b.add(say(f"© 2018 {page.site}. جميع الحقوق محفوظة.", f"© 2018 {page.site}. Të gjitha të drejtat e rezervuara."))


# ---------------------------------------------------------------- t43: a naive scraper's text

GTM = ("(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],"
       "j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;"
       "f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-{id}');")
GTAG = ("window.dataLayer = window.dataLayer || [];", "function gtag(){dataLayer.push(arguments);}", "gtag('js', new Date());",
        "gtag('config', 'UA-{id}-1');")
CSS = (".ad-slot{min-height:250px;margin:15px auto;text-align:center}", "body{font-family:'Cairo',Tahoma,sans-serif}",
       ".post-content p{font-size:18px;line-height:1.9}", "img.wp-smiley,img.emoji{display:inline!important;border:none!important}")
COOKIE = {
    "ar": ("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.", "موافق", "اقرأ المزيد"),
    "sq": ("Kjo faqe përdor cookies për të përmirësuar përvojën tuaj. Duke vazhduar shfletimin, ju pranoni përdorimin e tyre.", "Pranoj", "Mëso më shumë"),
}
WEATHER = {"ar": ("عمّان", "بيروت", "الرباط", "تونس"), "sq": ("Tiranë", "Prishtinë", "Shkodër", "Durrës")}


def t43(page: mp.Page, b: mp.Builder) -> None:
    """Held out in 2026-12-02's sixth round (tuning since its seventh). An outlet's article page as a scraper's text of every
    HTML text node, one a line (stripped, or with the page's whitespace-only lines): the
    ``<title>``, leftover CSS and scripts (tag manager, gtag, the theme's settings, ad slots inside
    the article, the lazy loader), the JSON-LD object (one line or indented), the dataLayer push,
    the noscript sentence, the skip link, the header date and weather, the menu, search and close
    labels, "trending" headlines, breadcrumb items and separators, the section, the headline (two
    lines when the ``<h1>`` has a ``<br>``), "by" and the name on separate lines, published /
    updated labels and dates, a time line, share labels and counters, font-size and print tools,
    the caption, standfirst, body with "advertisement" labels and "read also" blocks, the long
    teaser after short articles, tags, related articles with dates, the comment form's labels,
    the newsletter box, the cookie notice and the footer."""
    rng, say, lang = page.rng, page.say, page.lang
    d = page.published
    home = f"https://www.{DOMAINS['t43'][lang]}/"
    own = _article_url(page, page.doc, d)
    strip = rng.random() < 0.45
    author = page.author()
    style = rng.randrange(5)

    def gap(most: int = 2) -> None:
        if not strip:
            for _ in range(rng.randint(1, most)):
                b.blank(rng.choice(("", "", "", " ", "\t", "    ", "\t\t")))

    if rng.random() < 0.85:
        title = rng.choice((f"{page.doc.headline} | {page.site}", f"{page.doc.headline} - {page.site}", f"{page.site} - {page.doc.headline}"))
        b.block("html_title", title)
        gap()
    if rng.random() < 0.4:
        b.block("css", *rng.sample(CSS, rng.randint(1, 3)))
        gap()
    if rng.random() < 0.5:
        b.block("script", GTM.replace("{id}", f"{'K5P' if lang == 'ar' else 'W8N'}{rng.randint(1000, 9999)}X"))
        gap()
    if rng.random() < 0.4:
        b.block("script", *[x.replace("{id}", str(rng.randint(10000000, 99999999))) for x in GTAG])
        gap()
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": own},
        "headline": page.doc.headline,
        "description": _excerpt(page.doc.sentences[0], rng.randint(6, 12)),
        "image": [f"{home}wp-content/uploads/{d.year}/{d.month:02d}/{page.doc.number}.jpg"],
        "datePublished": _iso(page, d),
        "dateModified": _iso(page, d + dt.timedelta(minutes=rng.randint(0, 300))),
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": page.site, "logo": {"@type": "ImageObject", "url": f"{home}logo.png"}},
    }
    if rng.random() < 0.6:
        if rng.random() < 0.5:
            b.block("json_ld", json.dumps(ld, ensure_ascii=False, separators=(",", ":")))
        else:
            b.block("json_ld", *json.dumps(ld, ensure_ascii=False, indent=4).split("\n"))
        gap()
    if rng.random() < 0.3:
        b.block("script", "dataLayer.push({'pageType':'article','section':'" + _slug(page.doc) + "','author':'" + author
                + f"','publishDate':'{d:%Y-%m-%d}','articleId':'{200000 + page.doc.number * 3571 % 90000}'}});")
        gap()
    if rng.random() < 0.3:
        b.block("noscript", say("يرجى تفعيل جافا سكريبت في متصفحك لعرض الموقع بشكل صحيح.",
                                "Ju lutemi aktivizoni JavaScript në shfletuesin tuaj për ta parë faqen si duhet."))
        gap()
    if rng.random() < 0.4:
        b.block("skip_link", say("انتقل إلى المحتوى", "Kalo te përmbajtja"))
        gap()
    if rng.random() < 0.5:
        shown = d + dt.timedelta(days=rng.choice((0, 0, 1)))
        top = [f"{_weekday(page, shown)}{say('، ', ', ')}{_day(page, shown)}"]
        if rng.random() < 0.4:
            top += [rng.choice(WEATHER[lang]), f"{rng.randint(14, 31)}°"]
        b.block("header_date", *top)
        gap()
    if rng.random() < 0.5:
        b.block("site_name", page.site)
    items = list(MENU[lang])
    b.block("menu", *items[: rng.randint(6, len(items))])
    gap()
    b.block("search", *rng.sample(say("بحث|إغلاق|ابحث هنا...", "Kërko|Mbyll|Kërko këtu...").split("|"), 2))
    gap()
    if rng.random() < 0.5:
        b.block("trending", say(rng.choice(("الأكثر تداولاً", "ترند")), rng.choice(("Trending", "Më të lexuarat"))), *page.other_headlines(rng.randint(2, 4)))
        gap()
    if rng.random() < 0.7:
        crumb = [say("الرئيسية", "Kryefaqja"), page.section]
        if rng.random() < 0.3:
            crumb.append(page.doc.headline)
        mark = rng.choice(("", "»", "/", "›"))
        b.block("breadcrumb", *([x for c in crumb for x in (c, mark)][:-1] if mark else crumb))
        gap()
    elif rng.random() < 0.6:
        b.block("section", page.section)
        gap()
    mp.add_title(b, page)
    gap()
    by = rng.random()
    if by < 0.4:
        b.block("byline", say(rng.choice(("بقلم", "كتب", "بواسطة")), rng.choice(("Nga", "Autor"))), author)
    elif by < 0.7:
        b.block("byline", author)
    gap(1)
    published = _site_date(page, d, style)
    if rng.random() < 0.5:
        b.block("dates", say("نشر في", "Publikuar më"), published)
        if rng.random() < 0.4:
            b.add(say("آخر تحديث", "Përditësuar më"), _site_date(page, d + dt.timedelta(minutes=rng.randint(15, 360)), style))
    elif rng.random() < 0.5:
        b.block("dates", mp.date(page, "day", d), _hm(d))
    else:
        b.block("dates", published)
    gap()
    share = say("فيسبوك|تويتر|واتساب|تلغرام|بريد إلكتروني", "Facebook|Twitter|Viber|WhatsApp|Email").split("|")
    if rng.random() < 0.6:
        lines = share[: rng.randint(3, 5)]
        if rng.random() < 0.4:
            lines = [say("شارك", "Shpërndaje"), str(rng.randint(0, 90)), *lines]
        b.block("share", *lines)
        gap()
    if rng.random() < 0.3:
        b.block("tools", "A+", "A-", say("طباعة", "Printo"))
        gap()
    if rng.random() < 0.5:
        b.block("caption", rng.choice(mp.CAPTIONS[lang]))
        gap()
    sep = None if strip else rng.choice(("", "", " ", "\t"))
    _standfirst(b, page, sep)
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    n = len(page.paras)
    if n >= 3 and rng.random() < 0.5:
        ad = [say("إعلان", "Reklamë")]
        if rng.random() < 0.6:
            ad.append(f"googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-15{rng.randint(10000000000, 99999999999)}-0'); }});")
        inserts.setdefault(rng.randint(0, n - 2), []).append(("ad", ad))
    if n >= 4 and rng.random() < 0.5:
        o = page.other()
        inserts.setdefault(rng.randint(1, n - 3), []).append(("read_also_inline", [say(rng.choice(("اقرأ أيضا", "اقرأ أيضاً:")), rng.choice(("Lexo edhe", "LEXO EDHE:"))), o.headline]))
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, say("اقرأ أيضاً", "Lexo edhe"), sep)
    gap()
    if rng.random() < 0.6:
        b.block("tags", say("الوسوم", "Etiketa"), page.section, rng.choice(mp.SECTIONS[lang]["world"]))
        gap()
    if rng.random() < 0.4:
        b.block("share", say("شارك المقال", "Shpërndaje artikullin"), *share[:3])
        gap()
    related = [say(rng.choice(("أخبار ذات صلة", "مواضيع متعلقة")), rng.choice(("Lajme të ngjashme", "Të lidhura")))]
    dated = rng.random() < 0.6
    for o in rng.sample(page.others, rng.randint(3, 5)):
        related.append(o.headline)
        if dated:
            related.append(_site_date(page, d - dt.timedelta(hours=rng.randint(3, 200)), style))
    b.block("related", *related)
    gap()
    if rng.random() < 0.5:
        b.block("comment_form", say("اترك تعليقاً", "Lini një koment"), say("الاسم", "Emri"), say("البريد الإلكتروني", "Email"),
                say("التعليق", "Komenti"), say("إرسال", "Dërgo"))
        gap()
    if rng.random() < 0.4:
        b.block("newsletter", say("النشرة البريدية", "Newsletter"), say("اشترك ليصلك أهم الأخبار", "Abonohu për lajmet kryesore"),
                say("أدخل بريدك الإلكتروني", "Shkruani email-in tuaj"), say("اشترك", "Abonohu"))
        gap()
    if rng.random() < 0.4:
        b.block("cookie", *COOKIE[lang][: rng.randint(2, 3)])
        gap()
    b.block("footer", *say("من نحن|اتصل بنا|سياسة الخصوصية|أعلن معنا", "Rreth nesh|Kontakt|Privatësia|Marketing").split("|"),
            say(f"جميع الحقوق محفوظة © 2018 {page.site}", f"© 2018 {page.site}. Të gjitha të drejtat e rezervuara."))
    if rng.random() < 0.5:
        gap()
        b.block("script", "/* <![CDATA[ */", 'var tie = {"is_rtl":"' + say("1", "") + '","ajaxurl":"' + home
                + 'wp-admin/admin-ajax.php","lazyload":"true","lang_no_results":"' + say("لا توجد نتائج", "Asnjë rezultat") + '"};', "/* ]]> */")
    if rng.random() < 0.3:
        b.block("script", "document.addEventListener('DOMContentLoaded',function(){var l=new LazyLoad({elements_selector:'.lazy'});});")


# ---------------------------------------------------------------- t44: a news agency's wire feed

AGENCY = {"ar": ("مدى", "MDA"), "sq": ("AKL", "AKL")}
"""The agency's abbreviation in datelines and its transmission code."""
CATEGORY_CODES = {"politics": "POL", "world": "INT", "economy": "ECO", "showbiz": "CUL", "sport": "SPO",
                  "crime": "LOC", "opinion": "GEN", "health": "HEA"}
WIRE_CITIES = {
    "ar": ("عمان", "بيروت", "القاهرة", "لندن", "واشنطن", "باريس", "الرباط", "الدوحة"),
    "sq": ("TIRANË", "PRISHTINË", "SHKODËR", "LONDËR", "UASHINGTON", "BRUKSEL", "ROMË", "PARIS"),
}
LEV_MONTHS = {9: "أيلول", 10: "تشرين الأول"}
EDITORS = {"ar": ("م ع", "ر ن", "س ح", "ف ق", "هـ ش"), "sq": ("a.h", "e.sh", "b.k", "m.g", "d.l")}
NOTES = {
    "ar": ("ملاحظة للمحررين: ستبث الوكالة تغطية مصورة للحدث في وقت لاحق.",
           "خدمة: يرجى الانتباه إلى أن الخبر رقم {n} أعيد بثه بعد تصحيح في الفقرة الثانية.",
           "تصحيح: في الخبر رقم {n} يرجى قراءة التاريخ الصحيح الوارد أدناه، مع الاعتذار."),
    "sq": ("SHËNIM PËR REDAKSITË: Agjencia do të transmetojë më vonë fotografi nga ngjarja.",
           "KUJDES: Lajmi nr. {n} u ritransmetua pas një korrigjimi në paragrafin e dytë.",
           "KORRIGJIM: Në lajmin nr. {n} lexoni datën e saktë më poshtë. Kërkojmë ndjesë."),
}


def _wire_stamp(page: mp.Page, d: dt.datetime, style: int) -> str:
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year} {_hm(d)}"
    if style == 1:
        return f"{d.year}-{d.month:02d}-{d.day:02d} {_hm(d)}"
    return f"{d.day:02d}.{d.month:02d}.{d.year} {_hm(d)}"


def _dateline(page: mp.Page, d: dt.datetime) -> str:
    city = page.rng.choice(WIRE_CITIES[page.lang])
    abbr = AGENCY[page.lang][0]
    if page.lang == "ar":
        month = LEV_MONTHS[d.month] if page.rng.random() < 0.6 else mp.MONTHS["ar"][d.month]
        return f"{city} {d.day} {month} ({abbr}) -"
    return f"{city}, {d.day} {mp.MONTHS['sq'][d.month]} /{abbr}/ -"


class _Wire:
    """The feed's items: transmission numbers, the file's item separators and the end lines."""

    def __init__(self, page: mp.Page) -> None:
        rng = page.rng
        self.page = page
        self.number = rng.randint(100, 900)
        self.markers = rng.random() < 0.6
        self.rule = "=" * rng.choice((40, 60, 72))
        self.stamp_style = rng.randrange(3)
        self.service = rng.choice(("AR", "ARB")) if page.lang == "ar" else rng.choice(("SQ", "ALB"))

    def header(self, doc: mp.Doc, d: dt.datetime, priority: int, words: int | None, take: str = "") -> list[str]:
        page, rng = self.page, self.page.rng
        self.number += rng.randint(1, 4)
        code = CATEGORY_CODES[mp.CATEGORIES[doc.number - 1]]
        lines = ["ZCZC"] if self.markers else [self.rule]
        line = f"{AGENCY[page.lang][1]}{self.number:04d} {priority} {code} /{self.service}-{_hm(d).replace(':', '')}"
        if words is not None:
            line += f" {words:03d} " + page.say("كلمة", "fjalë")
        lines.append(line)
        section = mp.SECTIONS[page.lang][mp.CATEGORIES[doc.number - 1]][0]
        slug = page.say(f"{section} / {rng.choice(('الأردن', 'عربي', 'دولي', 'محلي'))}", f"{section.upper()}/{rng.choice(('SHQIPËRI', 'KOSOVË', 'BOTË', 'RAJON'))}")
        lines.append(f"{slug} {take}".rstrip())
        return lines

    def end(self, d: dt.datetime, more: bool = False) -> list[str]:
        page, rng = self.page, self.page.rng
        say = page.say
        lines = [say("يتبع", "/vijon/") if more else say("(انتهى)", "(Fund)")]
        editors = " / ".join(rng.sample(EDITORS[page.lang], 2))
        stamp = _wire_stamp(page, d, self.stamp_style)
        if rng.random() < 0.5:
            lines.append(f"{editors} {stamp}")
        else:
            lines += [editors, stamp]
        if self.markers:
            lines.append("NNNN")
        return lines


def _item(b: mp.Builder, name: str, lines: list[str]) -> None:
    b.block(name, *lines)
    b.blank()


def _other_item(b: mp.Builder, page: mp.Page, wire: _Wire, d: dt.datetime) -> None:
    """Another story of the feed: a flash of one headline or a short item of a few sentences."""
    rng, say = page.rng, page.say
    o = page.other()
    if rng.random() < 0.3:
        _item(b, "wire_flash", [*wire.header(o, d, 1, None), say(f"عاجل: {o.headline}", f"URGJENTE: {o.headline}"), *wire.end(d)])
        return
    sentences = list(o.sentences[: rng.randint(1, 3)])
    _item(b, "wire_item", [*wire.header(o, d, rng.choice((3, 4)), sum(len(s.split()) for s in sentences)), o.headline,
                           _dateline(page, d), *sentences, *wire.end(d)])


def t44(page: mp.Page, b: mp.Builder) -> None:
    """Held out in 2026-12-02's sixth round (tuning since its seventh). A news agency's wire feed as the subscriber's receiver
    saves it: items between "ZCZC" and "NNNN" or between rules of "=", each with its transmission
    line (item number, priority, category, the service and time, the word count) and keyword line;
    the feed file's header, earlier items (one-headline flashes "عاجل:" / "URGJENTE:", short items
    with their datelines and sentences), a service note or a correction, the article's own flash
    before its story, the story (headline, the dateline on its own line, standfirst, body in one
    take or two, the second under "إضافة أولى" / "Shtesa 1" with its own header; "يتبع" / "/vijon/"
    at the end of the first), "(انتهى)" / "(Fund)", the editors' initials and the transmission date
    and time, after short articles the next item's story, and later items."""
    rng, say, lang = page.rng, page.say, page.lang
    d = page.published
    wire = _Wire(page)
    if rng.random() < 0.5:
        head = say(f"{page.site} - الخدمة العربية - {_weekday(page, d)} {_day(page, d)}",
                   f"{page.site} - Shërbimi në shqip - {_weekday(page, d)}, {_day(page, d)}")
        b.block("feed_header", head)
        b.blank()
    for minutes in sorted((rng.randint(30, 150) for _ in range(rng.randint(1, 3))), reverse=True):
        _other_item(b, page, wire, d - dt.timedelta(minutes=minutes))
    if rng.random() < 0.25:
        note = rng.choice(NOTES[lang]).replace("{n}", f"{AGENCY[lang][1]}{wire.number - rng.randint(1, 30):04d}")
        when = d - dt.timedelta(minutes=rng.randint(26, 29))
        _item(b, "service_note", [*wire.header(page.doc, when, 5, None), note, *wire.end(when)])
    if rng.random() < 0.3:
        when = d - dt.timedelta(minutes=rng.randint(3, 25))
        _item(b, "own_flash", [*wire.header(page.doc, when, 1, None),
                               say(f"عاجل: {page.doc.headline}", f"URGJENTE: {page.doc.headline}") if rng.random() < 0.6 else page.doc.headline,
                               *wire.end(when)])
    paras = page.paras
    words = sum(len(p.text.split()) for p in paras) + (len(page.standfirst.split()) if page.standfirst else 0)
    b.block("wire_header", *wire.header(page.doc, d, rng.choice((2, 3, 3, 4)), words))
    mp.add_title(b, page)
    b.block("dateline", _dateline(page, d))
    sep = "" if rng.random() < 0.3 else None
    _standfirst(b, page, sep)
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    if len(paras) >= 5 and rng.random() < 0.4:
        cut = rng.randint(2, len(paras) - 2)
        take = wire.end(d, more=True) + wire.header(page.doc, d + dt.timedelta(minutes=rng.randint(2, 9)), 3, None,
                                                     say("- إضافة أولى", "- Shtesa 1"))
        inserts[cut] = [("wire_take", take)]
    mp.add_body(b, page, sep=sep, inserts=inserts)
    _item(b, "wire_end", wire.end(d))
    if page.teaser_doc is not None:
        later = d + dt.timedelta(minutes=rng.randint(5, 40))  # before the later items
        head = wire.header(page.teaser_doc, later, 3, None)
        b.block("wire_item", *head[:-1])
        mp.short_teaser(b, page, head[-1], None)
        b.add(*wire.end(later))
        b.blank()
    for minutes in sorted(rng.randint(45, 180) for _ in range(rng.randint(0, 2))):
        _other_item(b, page, wire, d + dt.timedelta(minutes=minutes))


HELDOUT_SITES: dict[str, tuple[Callable[[mp.Page, mp.Builder], None], dict[str, str], float, float, float]] = {
    "t42": (t42, {"ar": "البوصلة نيوز", "sq": "Portali Kumbona"}, 0.1, 0.45, 0.7),
    "t43": (t43, {"ar": "صحيفة النخيل", "sq": "Gazeta Liria"}, 0.25, 0.4, 0.6),
    "t44": (t44, {"ar": "وكالة مدى للأنباء", "sq": "Agjencia Kombëtare e Lajmeve"}, 0.05, 0.25, 1.0),
}
"""Each held-out template: (render, site name per language, multi-line headline, standfirst and
standfirst-keeps-its-stop probabilities), registered as ``make_pages.Template``."""
