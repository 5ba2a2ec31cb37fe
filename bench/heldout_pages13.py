"""Site templates t54-t56 of the NTREX page set (imported by ``bench/make_pages.py``): tuning
templates since 2026-12-03 13:20, no longer held out (held out until the new held-out round t57-t59,
``bench/heldout_pages14.py``, was written).

Written blind on 2026-12-03 by a helper that had not read the cleaner (nothing under
``translate_summarize/``) nor its tests, before any score of these pages, and never adjusted after
the cleaner was scored on them. They live in their own module so that whoever tunes the cleaner can
leave them unread: held out until 2026-12-03 13:20, tuning since.
Each (document, language) of NTREX dev documents 1-60 gets one page in one of them.

They imitate three kinds of real Arabic and Albanian news text as it reaches a nightly batch,
laid out differently from t1-t53:

* ``t54``: an outlet's ordinary article page on a Ghost site (Casper theme, 2018), Ghost's
  strings partly translated: the site's name and navigation with "Subscribe", the primary tag
  above the headline, the standfirst as the custom excerpt, the author line with the date and
  "n min read", the caption, the body, the long teaser after short articles, the "Subscribe to
  <site>" box ("Get the latest posts delivered right to your inbox"), the author card, the
  "More in <tag>" and previous / next post cards, the footer with "Latest Posts" and
  "Published with Ghost";
* ``t55``: an outlet's ordinary article page on a big commercial portal behind a consent-manager
  banner (OneTrust-like wording in Arabic or Albanian, at the top or the bottom of the dump), with
  two dates ("Published" and a later "Updated"), "Advertisement" labels between paragraphs, the
  "follow us on Google News" line, the share row, the newsletter box, and the Outbrain feed
  ("Recommended by Outbrain", "Promoted Links", sponsored headlines with their advertisers);
* ``t56``: an outlet's article forwarded by e-mail to the batch's mailbox (Gmail / Outlook copy as
  text): the forwarder's short note and signature ("Sent from my iPhone"), the "---------- Forwarded
  message ---------" header (From: the outlet's newsroom address, Date:, Subject: "Fwd: " and the
  headline, To:), the article as the outlet's share-by-mail sends it (headline, date, body, the
  long teaser after short articles, "Read on <site>" link), and the outlet's mail footer
  (unsubscribe, address).

The article itself is rendered by the generator's shared helpers, so the annotation by construction
is the same as for the other templates. The outlet (the gold ``outlet``) is the news organisation;
Ghost's, OneTrust's, Outbrain's, Gmail's names are furniture.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import make_pages as mp  # make_pages imports this module after defining its helpers
from heldout_pages10 import _standfirst
from heldout_pages12 import _en_short
from heldout_pages3 import _hm


def _long(page: mp.Page, d: dt.datetime) -> str:
    """The long date in the page's language: "28 سبتمبر 2018", "28 shtator 2018"."""
    return f"{d.day} {mp.MONTHS[page.lang][d.month]} {d.year}"


def _minutes(page: mp.Page) -> int:
    return max(1, len(" ".join(page.doc.sentences).split()) // 200)


# ---------------------------------------------------------------- t54: a Ghost (Casper) site

GHOST = {
    "ar": {"nav": ("الرئيسية", "سياسة", "اقتصاد", "مجتمع", "عن الموقع"), "subscribe": "اشترك",
           "read": "دقائق قراءة", "box": ("اشترك في {}", "احصل على آخر المقالات مباشرة في بريدك", "youremail@example.com", "اشترك"),
           "more_in": "المزيد في {}", "see_all": "عرض كل المقالات ←", "latest": "أحدث المقالات"},
    "sq": {"nav": ("Ballina", "Politikë", "Ekonomi", "Shoqëri", "Rreth nesh"), "subscribe": "Abonohu",
           "read": "min lexim", "box": ("Subscribe to {}", "Get the latest posts delivered right to your inbox", "youremail@example.com", "Subscribe"),
           "more_in": "More in {}", "see_all": "See all posts →", "latest": "Latest Posts"},
}


def t54(page: mp.Page, b: mp.Builder) -> None:
    """Held out until 2026-12-03 13:20 (tuning since). A Ghost (Casper) site: name, navigation, "Subscribe", primary tag,
    headline, custom excerpt, author / date / read time, caption, body, the subscribe box, the
    author card, "More in <tag>", previous / next cards and "Published with Ghost"."""
    rng, say, lang = page.rng, page.say, page.lang
    ui = GHOST[lang]
    b.block("site_name", page.site)
    nav = list(ui["nav"][: rng.randint(3, 5)])
    b.block("menu", *(nav + [ui["subscribe"]] if rng.random() < 0.5 else [" ".join(nav), ui["subscribe"]]))
    b.blank()
    b.block("primary_tag", page.section)
    mp.add_title(b, page)
    sep = "" if rng.random() < 0.6 else None
    excerpt_first = rng.random() < 0.5
    if excerpt_first:
        _standfirst(b, page, None)
    author = page.author()
    date = _long(page, page.published) if rng.random() < 0.6 else _en_short(page.published)
    meta = [author, f"{date} • {_minutes(page)} {ui['read']}"]
    b.block("author_meta", *(meta if rng.random() < 0.5 else [" ".join(meta)]))
    if not excerpt_first:
        _standfirst(b, page, None)
    if rng.random() < 0.4:
        b.block("caption", rng.choice(mp.CAPTIONS[lang]))
    b.blank()
    mp.add_body(b, page, sep=sep)
    mp.short_teaser(b, page, say("اقرأ أيضا", "Lexo edhe"), sep)
    b.blank()
    box = list(ui["box"])
    box[0] = box[0].format(page.site)
    b.block("subscribe_box", *box)
    if rng.random() < 0.6:
        b.block("author_card", author, rng.choice(mp.BIOS[lang]).format(author), say("اقرأ المزيد", "Read more"))
    b.blank()
    if rng.random() < 0.7:
        more = [str(ui["more_in"]).format(page.section)]
        for h in page.other_headlines(rng.randint(2, 3)):
            more += [h, f"{_minutes(page)} {ui['read']}"]
        b.block("more_in", *more, str(ui["see_all"]))
    if rng.random() < 0.5:
        b.block("prev_next", *page.other_headlines(2))
    b.blank()
    b.block("footer", f"{page.site} © 2018", " ".join([str(ui["latest"]), "Facebook", "Twitter", "Ghost"]), "Published with Ghost")


# ---------------------------------------------------------------- t55: a portal with a consent banner and Outbrain

CONSENT = {
    "ar": ("نحن نهتم بخصوصيتك", "نستخدم نحن وشركاؤنا ملفات تعريف الارتباط وتقنيات مماثلة لتخزين المعلومات على جهازك والوصول إليها، "
           "من أجل تخصيص الإعلانات والمحتوى وقياسهما.", "إعدادات ملفات تعريف الارتباط", "قبول جميع ملفات تعريف الارتباط"),
    "sq": ("Ne kujdesemi për privatësinë tuaj", "Ne dhe partnerët tanë përdorim cookies dhe teknologji të ngjashme për të ruajtur "
           "dhe për të pasur qasje në informacion në pajisjen tuaj, për reklama dhe përmbajtje të personalizuara.",
           "Cilësimet e cookies", "Prano të gjitha cookies"),
}
ADVERTISERS = ("Hotels.com", "Booking.com", "Trendscatchers", "Investing.com", "AliExpress")


def t55(page: mp.Page, b: mp.Builder) -> None:
    """Held out until 2026-12-03 13:20 (tuning since). A commercial portal: the consent banner (top or bottom), the site's
    bar, headline, "Published" and a later "Updated" date, the share row, standfirst, body with
    "Advertisement" labels, "follow us on Google News", the newsletter box and the Outbrain feed."""
    rng, say, lang = page.rng, page.say, page.lang
    d = page.published
    consent_top = rng.random() < 0.5
    if consent_top:
        b.block("consent", *CONSENT[lang])
        b.blank()
    b.block("site_name", page.site)
    b.block("menu", say("الرئيسية | أخبار | سياسة | اقتصاد | رياضة | فيديو", "Kreu | Lajme | Politikë | Ekonomi | Sport | Video"))
    b.blank()
    b.block("section", page.section)
    mp.add_title(b, page)
    upd = d + dt.timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
    dates = [say(f"نشر في: {_long(page, d)} - {_hm(d)}", f"Publikuar: {_long(page, d)}, {_hm(d)}"),
             say(f"آخر تحديث: {_long(page, upd)} - {_hm(upd)}", f"Përditësuar: {_long(page, upd)}, {_hm(upd)}")]
    b.block("dates", *(dates if rng.random() < 0.5 else [" | ".join(dates)]))
    if rng.random() < 0.5:
        b.block("share", say("مشاركة فيسبوك تويتر واتساب نسخ الرابط", "Shpërndaje Facebook Twitter WhatsApp Kopjo linkun"))
    sep = "" if rng.random() < 0.5 else None
    b.blank()
    _standfirst(b, page, sep)
    ad = say("إعلان", "Reklamë")
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    for k in range(1, len(page.paras) - 1, rng.choice((2, 3))):
        inserts[k - 1] = [("advert", [ad])]
    mp.add_body(b, page, sep=sep, inserts=inserts)
    mp.short_teaser(b, page, say("اقرأ أيضا", "Lexo edhe"), sep)
    b.blank()
    if rng.random() < 0.6:
        b.block("google_news", say(f"تابعوا آخر أخبار {page.site} عبر Google News", f"Ndiqni {page.site} në Google News"))
    if rng.random() < 0.5:
        b.block("newsletter", say("اشترك في النشرة البريدية", "Abonohu në buletinin tonë"), say("بريدك الإلكتروني", "Email-i juaj"), say("اشترك", "Abonohu"))
    feed = [say("قد يعجبك أيضا", "Mund t'ju pëlqejë"), "Promoted Links", "Recommended by Outbrain"]
    for h in page.other_headlines(rng.randint(2, 4)):
        feed += [h, page.site]
    for adv in rng.sample(ADVERTISERS, 2):
        feed += [say("عروض حصرية لهذا الأسبوع", "Ofertat më të mira të javës"), adv]
    b.block("outbrain", *feed)
    b.blank()
    b.block("footer", say(f"© 2018 {page.site}. جميع الحقوق محفوظة", f"© 2018 {page.site}. Të gjitha të drejtat e rezervuara."))
    if not consent_top:
        b.blank()
        b.block("consent", *CONSENT[lang])


# ---------------------------------------------------------------- t56: an article forwarded by e-mail

MAIL = {
    "ar": {"note": ("للاطلاع", "انظر الخبر أدناه", "مرفق للأرشيف"), "sent": "أُرسلت من الـ iPhone الخاص بي",
           "from": "من", "date": "التاريخ", "subject": "الموضوع", "to": "إلى", "fwd": "---------- الرسالة المعاد توجيهها ---------",
           "read_on": "اقرأ على {}", "unsub": "لإلغاء الاشتراك اضغط هنا", "addr": "شارع الجمهورية، بناية 12"},
    "sq": {"note": ("Për dijeni", "Shih lajmin më poshtë", "Për arkivin"), "sent": "Dërguar nga iPhone-i im",
           "from": "From", "date": "Date", "subject": "Subject", "to": "To", "fwd": "---------- Forwarded message ---------",
           "read_on": "Lexo në {}", "unsub": "Çregjistrohu", "addr": "Rruga e Durrësit, nr. 12, Tiranë"},
}
MAIL_DOMAINS = {"ar": "alwatan-news.com", "sq": "gazetajeta.al"}


def t56(page: mp.Page, b: mp.Builder) -> None:
    """Held out until 2026-12-03 13:20 (tuning since). An article forwarded by e-mail: the forwarder's note and signature,
    the forwarded-message header (From the newsroom, Date, Subject "Fwd: <headline>", To), the
    article as the outlet's share-by-mail sends it and the outlet's mail footer."""
    rng, lang = page.rng, page.lang
    ui = MAIL[lang]
    d = page.published
    sent = d + dt.timedelta(hours=rng.randint(1, 20))
    b.block("note", rng.choice(ui["note"]))
    if rng.random() < 0.6:
        b.add(ui["sent"])
    b.blank()
    b.block("fwd_header", ui["fwd"], f"{ui['from']}: {page.site} <newsroom@{MAIL_DOMAINS[lang]}>",
            f"{ui['date']}: {_en_short(sent)}, {_hm(sent)}" if rng.random() < 0.5 else f"{ui['date']}: {_long(page, sent)} {_hm(sent)}",
            f"{ui['subject']}: Fwd: {page.doc.headline}", f"{ui['to']}: archive@newsdesk.local")
    b.blank()
    mp.add_title(b, page)
    b.block("date", _long(page, d) if rng.random() < 0.5 else f"{d.day:02d}/{d.month:02d}/{d.year} {_hm(d)}")
    sep = "" if rng.random() < 0.7 else None
    b.blank()
    _standfirst(b, page, sep)
    mp.add_body(b, page, sep=sep)
    mp.short_teaser(b, page, page.say("اقرأ أيضا", "Lexo edhe"), sep)
    b.blank()
    b.block("read_on", str(ui["read_on"]).format(page.site), f"https://{MAIL_DOMAINS[lang]}/{page.doc.number}")
    b.blank()
    b.block("mail_footer", f"© 2018 {page.site}", ui["addr"], ui["unsub"])


HELDOUT_SITES: dict[str, tuple[Callable[[mp.Page, mp.Builder], None], dict[str, str], float, float, float]] = {
    "t54": (t54, {"ar": "مدونة الحدث", "sq": "Reporteri Online"}, 0.2, 0.5, 0.6),
    "t55": (t55, {"ar": "بوابة الخليج اليوم", "sq": "Lajmi Sot"}, 0.25, 0.6, 0.5),
    "t56": (t56, {"ar": "صحيفة الوطن", "sq": "Gazeta Jeta"}, 0.1, 0.4, 0.7),
}
"""Each held-out template: (render, site name per language, multi-line headline, standfirst and
standfirst-keeps-its-stop probabilities), registered as ``make_pages.Template``."""
