"""An outlet's article on a big commercial portal, as a page dump keeps it (the kind of template t55):
advertisement slots between the paragraphs, a consent manager's banner (OneTrust, Didomi, Quantcast,
Cookiebot) above or under the page, and a content-recommendation feed (Outbrain, Taboola, MGID,
Revcontent) under the article. Each page is small and hand-written; every rule's test fails on the
cleaner before the rule, and its guard shows the same words as an ordinary article's text reading
as before."""

from __future__ import annotations

import pytest

from translate_summarize.boilerplate import analyse
from translate_summarize.clean import extract_text

EN = [
    "The port authority said on Monday that cargo traffic grew by twelve per cent in the first half of the year.",
    "Most of the growth came from container ships bringing building materials and machinery from Asia.",
    "The authority plans to deepen the main channel next spring so that larger ships can dock at the new quay.",
    "Fishermen's unions have asked for a meeting, saying that the works could harm the bay's fish stocks.",
]
SQ = [
    "Autoriteti portual njoftoi të hënën se trafiku i mallrave u rrit me dymbëdhjetë për qind në gjysmën e parë të vitit.",
    "Pjesa më e madhe e rritjes erdhi nga anijet me kontejnerë që sjellin materiale ndërtimi dhe makineri nga Azia.",
    "Autoriteti planifikon të thellojë kanalin kryesor pranverën e ardhshme që anijet më të mëdha të ankorohen në kalatën e re.",
    "Sindikatat e peshkatarëve kanë kërkuar një takim, duke thënë se punimet mund të dëmtojnë peshkun e gjirit.",
]
AR = [
    "أعلنت هيئة الميناء يوم الاثنين أن حركة الشحن نمت بنسبة اثني عشر في المئة خلال النصف الأول من العام.",
    "وجاء معظم النمو من سفن الحاويات التي تنقل مواد البناء والآلات من آسيا إلى الموانئ المحلية.",
    "وتخطط الهيئة لتعميق القناة الرئيسية في الربيع المقبل حتى تتمكن السفن الأكبر من الرسو عند الرصيف الجديد.",
    "وطالبت نقابات الصيادين بعقد اجتماع، قائلة إن الأعمال قد تضر بالثروة السمكية في الخليج.",
]
HEADLINES = {
    "en": "Cargo traffic at the port grows by twelve per cent",
    "sq": "Trafiku i mallrave në port rritet me dymbëdhjetë për qind",
    "ar": "حركة الشحن في الميناء تنمو بنسبة اثني عشر في المئة",
}
PROSE = {"en": EN, "sq": SQ, "ar": AR}
ADS = {"en": "Advertisement", "sq": "Reklamë", "ar": "إعلان"}


def _body(raw: str) -> list[str]:
    lines = raw.split("\n")
    return [lines[lo - 1] for lo, _ in extract_text(raw).body]


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_paragraphs_between_advertisement_slots_are_the_article(lang: str) -> None:
    """A portal sets an ad slot (its label alone on a line, the ad itself gone from the dump) after
    every one or two paragraphs: two labels two lines apart frame the article's own paragraphs, not
    a box of their own (the newsletter box's blurb between "Sign up" and "Subscribe" is one)."""
    prose, ad = PROSE[lang], ADS[lang]
    raw = "\n".join(["Portal", "", HEADLINES[lang], "01.10.2018", "", prose[0], "", ad, "", prose[1], "", prose[2], "", ad, "",
                     prose[3], "", "© 2018 Portal", ""])
    assert extract_text(raw).title == HEADLINES[lang]
    assert _body(raw) == prose


def test_a_newsletter_blurb_between_its_buttons_stays_furniture_among_ad_slots() -> None:
    """Guard: ad labels frame nothing, but a newsletter box's blurb between "Sign up for our
    newsletter" and "Subscribe" is still a box inside the article, not its text."""
    blurb = "Get the day's most important stories delivered to your inbox every morning."
    raw = "\n".join(["Portal", "", HEADLINES["en"], "01.10.2018", "", EN[0], "", "Advertisement", "", EN[1], "",
                     "Sign up for our newsletter", blurb, "Subscribe", "", EN[2], "", "Advertisement", "", EN[3], "", "© 2018 Portal", ""])
    body = _body(raw)
    assert blurb not in body
    assert body == EN


AD_COPY = {"en": "Open your account online today and get a free card for the first year!",
           "sq": "Hapni llogarinë tuaj online sot dhe fitoni një kartë pa pagesë për vitin e parë!",
           "ar": "افتح حسابك عبر الإنترنت اليوم واحصل على بطاقة مجانية للسنة الأولى!"}


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_an_ads_copy_between_its_labels_is_no_text_but_a_slot_after_every_paragraph_frames_none(lang: str) -> None:
    """An ad's own copy right between two labels, in one block with them, is a box (not the
    article's sentence); a portal's slot after every paragraph, in one block too, frames none of the
    paragraphs: a third label one line beyond shows the run."""
    prose, ad = PROSE[lang], ADS[lang]
    top = ["Portal", MENU, HEADLINES[lang], "01.10.2018 10:15"]
    boxed = "\n".join([*top, prose[0], prose[1], ad, AD_COPY[lang], ad, prose[2], prose[3], "© 2018 Portal", ""])
    assert _body(boxed) == prose
    run = "\n".join([*top, prose[0], ad, prose[1], ad, prose[2], ad, prose[3], "© 2018 Portal", ""])
    assert _body(run) == prose


LEADS = {"en": "Ships wait for days at the old quay", "sq": "Anijet presin me ditë në kalatën e vjetër", "ar": "السفن تنتظر أياما عند الرصيف القديم"}


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_an_ad_slot_under_the_articles_opening_line_is_passed_over(lang: str) -> None:
    """The article opens with a subheading (a lead without its full stop), and the portal's first ad
    slot sits between it and the first paragraph: the page reads as it would without the slot (the
    subheading is the body's first line, a heading; the headline is the title)."""
    prose, ad, lead = PROSE[lang], ADS[lang], LEADS[lang]
    raw = "\n".join(["Portal", "", HEADLINES[lang], "01.10.2018 10:15", "", lead, "", ad, "", prose[0], prose[1], "", ad, "",
                     prose[2], prose[3], "", "© 2018 Portal", ""])
    found = extract_text(raw)
    assert found.title == HEADLINES[lang]
    assert _body(raw) == [lead, *prose]
    assert found.headings == {6}
    without = extract_text(raw.replace(f"\n{ad}\n\n{prose[0]}", f"\n{prose[0]}", 1))
    assert (without.title, len(without.body), len(without.headings)) == (found.title, len(found.body), 1)


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_an_ad_slot_right_under_the_headline_leaves_the_headline_the_title(lang: str) -> None:
    """Guard: the slot right under the headline and its date (no lead line) changes nothing: the
    headline is the title, the paragraphs the body."""
    prose, ad = PROSE[lang], ADS[lang]
    for top in (["Portal", "", HEADLINES[lang], "01.10.2018 10:15"], ["Portal", "01.10.2018 10:15", "", HEADLINES[lang]]):
        raw = "\n".join([*top, "", ad, "", *prose, "", "© 2018 Portal", ""])
        found = extract_text(raw)
        assert found.title == HEADLINES[lang]
        assert _body(raw) == prose
        assert not found.headings


BANNERS = {
    "en": ["We value your privacy",
           "We and our partners store and access information on a device, such as cookies, and process data to personalise ads and content.",
           "Manage preferences", "Reject all Accept all"],
    "sq": ["Privatësia juaj është e rëndësishme për ne",
           "Ne dhe partnerët tanë ruajmë dhe lexojmë informacion në pajisjen tuaj, si cookies, për reklama dhe përmbajtje të personalizuara.",
           "Menaxho preferencat", "Refuzo të gjitha Prano të gjitha"],
    "ar": ["خصوصيتك تهمنا",
           "نحن وشركاؤنا نخزن المعلومات على جهازك ونصل إليها، مثل ملفات تعريف الارتباط، لعرض إعلانات ومحتوى مخصص.",
           "إدارة التفضيلات", "رفض الكل قبول الكل"],
}


BRIEFS = {"en": "The port reopened on Monday after the storm.", "sq": "Porti u rihap të hënën pas stuhisë.",
          "ar": "أعيد فتح الميناء يوم الاثنين بعد العاصفة."}


@pytest.mark.parametrize("lang", sorted(BANNERS))
@pytest.mark.parametrize("above", [True, False])
def test_a_consent_managers_banner_is_no_part_of_a_short_article(lang: str, above: bool) -> None:
    """A consent manager's banner (heading, notice, button rows) dumped above or under the page of a
    one-sentence brief: the banner's heading is no headline and its notice (a longer sentence than
    the brief's) no article text."""
    page = ["Portal", "Home | News | Sport", "", HEADLINES[lang], "01.10.2018 10:15", "", BRIEFS[lang], "", "© 2018 Portal"]
    raw = "\n".join([*BANNERS[lang], "", *page, ""] if above else [*page, "", *BANNERS[lang], ""])
    found = extract_text(raw)
    assert found.title == HEADLINES[lang]
    assert _body(raw) == [BRIEFS[lang]]
    families = {line.text: line.family for line in analyse(raw)}
    assert all(families[text] == "consent" for text in BANNERS[lang])


GDPR = [
    "The regulator said on Monday that many websites make it harder for readers to refuse cookies than to accept them.",
    "It has written to forty of the country's most visited sites and given them two months to change their banners.",
    "Reject all",
    "Under the new rules, a banner must offer a button to reject all cookies next to the one that accepts them.",
    "Both buttons must be of the same size and colour, and neither may be hidden behind a second page.",
    "Sites must also let readers change their choice later, the regulator said, and keep a record of it.",
]


def test_an_article_on_cookie_banners_keeps_its_sentences_and_subheadings() -> None:
    """Guard: an article on cookie banners names cookies in its sentences, and its subheadings word
    a banner's button ("Reject all"), followed by its paragraph: no line is a banner's, and the
    article reads as before."""
    raw = "\n".join(["Portal", "", "Regulator tells websites to make refusing cookies easy", "01.10.2018", "", *GDPR, "",
                     "© 2018 Portal", ""])
    assert all(line.family != "consent" for line in analyse(raw))
    assert _body(raw) == GDPR
    assert extract_text(raw).headings == {8}


def test_a_sentence_on_cookies_over_a_short_line_is_no_banner() -> None:
    """Guard: the last sentence of an article on cookies, then the reporter's sign-off and a lone
    "OK" (a reader's comment): one word of a button is no choice, and the sentence stays body."""
    last = "Readers can still accept cookies from the site, but only after they have been told what the cookies do."
    raw = "\n".join(["Portal", "", "Regulator tells websites to make refusing cookies easy", "01.10.2018", "", GDPR[0], "", last,
                     "Ok", "", "© 2018 Portal", ""])
    assert all(line.family != "consent" for line in analyse(raw))
    assert last in _body(raw)


FEED_ITEMS = {
    "en": ["Why are so many retirees moving to this small coastal town?", "Travel Weekly"],
    "sq": ["Pse po shpërngulen kaq shumë pensionistë në këtë qytet të vogël bregdetar?", "Travel Weekly"],
    "ar": ["لماذا ينتقل الكثير من المتقاعدين إلى هذه البلدة الساحلية الصغيرة؟", "Travel Weekly"],
}
"""A feed's sponsored headline and its advertiser."""
FEED_LABELS = [("en", "Promoted Links"), ("en", "Sponsored Links"), ("en", "You may like"), ("sq", "Mund t'ju pëlqejë"),
               ("sq", "Lidhje të sponsorizuara"), ("ar", "روابط مروّجة"), ("ar", "قد يعجبك"),
               ("en", "Sponsored Links by Taboola"), ("en", "Ads by Revcontent"), ("ar", "Recommended by Outbrain"),
               ("sq", "Rekomanduar nga Outbrain")]
MENU = "Home | News | Politics | Economy | Sport | Culture | Opinion | Video | Weather | Travel | Technology | Health | Contact"


@pytest.mark.parametrize(("lang", "label"), FEED_LABELS)
def test_a_recommendation_feed_under_the_article_ends_it(lang: str, label: str) -> None:
    """A content-recommendation widget (Outbrain, Taboola, MGID, Revcontent) under a brief: its label
    or its signature opens the feed of sponsored headlines and their advertisers; the article ends
    there, its first headline (a question, an exclamation) is no sentence of the article."""
    raw = "\n".join(["Portal", MENU, "", HEADLINES[lang], "01.10.2018 10:15", "", BRIEFS[lang], "", label, *FEED_ITEMS[lang], "",
                     "© 2018 Portal", ""])
    assert extract_text(raw).title == HEADLINES[lang]
    assert _body(raw) == [BRIEFS[lang]]


ADTECH = [
    "Taboola and Outbrain, the two biggest sellers of sponsored links under news articles, called off their merger on Monday.",
    "Outbrain",
    "The company said that its feed, signed Recommended by Outbrain on thousands of sites, would stay as it is.",
    "Promoted links to the minister's own website were removed from the feed after readers complained, it added.",
    "Taboola",
    "Its rival said that sponsored links by Taboola would appear on two more news sites by the end of the year.",
]


def test_an_article_on_recommendation_services_keeps_its_text() -> None:
    """Guard: an article on the recommendation services names them in its sentences and in its
    subheadings ("Outbrain", "Taboola"), and opens a sentence with a feed's label ("Promoted links
    to ..."): no line is a widget's, and the article reads as before."""
    raw = "\n".join(["Portal", MENU, "", "Taboola and Outbrain call off their merger", "01.10.2018 10:15", "", *ADTECH, "",
                     "© 2018 Portal", ""])
    assert all(line.family is None for line in analyse(raw) if line.text in ADTECH)
    assert _body(raw) == ADTECH


ADVERTISING = {
    "en": ["The city's newspapers lost a third of their advertisement revenue last year, the publishers' association said.",
           "Advertisement",
           "A campaign sponsored by the chamber of commerce asks shops to advertise in local papers again.",
           "The association's own stories now appear on Google News as well, and its newsletter reaches 4,000 readers."],
    "sq": ["Gazetat e qytetit humbën një të tretën e të ardhurave nga reklamat vitin e kaluar, tha shoqata e botuesve.",
           "Reklamë",
           "Një fushatë e sponsorizuar nga dhoma e tregtisë u kërkon dyqaneve të reklamojnë sërish në gazetat lokale.",
           "Lajmet e shoqatës shfaqen tani edhe në Google News, dhe buletini i saj arrin 4000 lexues."],
    "ar": ["خسرت صحف المدينة ثلث عائداتها من الإعلانات العام الماضي، بحسب رابطة الناشرين.",
           "إعلان",
           "وتدعو حملة برعاية غرفة التجارة المتاجر إلى الإعلان في الصحف المحلية من جديد.",
           "وتظهر أخبار الرابطة الآن على Google News أيضا، وتصل نشرتها البريدية إلى 4000 قارئ."],
}


@pytest.mark.parametrize("lang", sorted(ADVERTISING))
def test_an_article_on_advertising_reads_as_before(lang: str) -> None:
    """Guard: an article on newspapers' advertising names advertisements, a sponsor and Google News
    in its sentences, with one ad slot between them: the sentences are its text (the slot is not)."""
    text = ADVERTISING[lang]
    raw = "\n".join(["Portal", MENU, "", HEADLINES[lang], "01.10.2018 10:15", "", *text, "", "© 2018 Portal", ""])
    assert extract_text(raw).title == HEADLINES[lang]
    assert _body(raw) == [text[0], *text[2:]]


CENTERS = {
    "en": ["Privacy Preference Center",
           "When you visit a website, it may store or read information on your browser, mostly in the form of cookies.",
           "You can choose not to allow some kinds of cookies, but blocking them may change how the site works for you.",
           "Cookie Settings", "Reject All", "Accept All Cookies"],
    "sq": ["Qendra e preferencave të privatësisë",
           "Kur vizitoni një faqe, ajo mund të ruajë ose lexojë informacion në shfletuesin tuaj, kryesisht në formën e cookies.",
           "Mund të zgjidhni të mos lejoni disa lloje cookies, por bllokimi i tyre mund të ndryshojë mënyrën si punon faqja.",
           "Cilësimet e cookies", "Refuzo të gjitha", "Prano të gjitha cookies"],
    "ar": ["مركز تفضيلات الخصوصية",
           "عندما تزور موقعا، قد يخزن معلومات على متصفحك أو يقرؤها، غالبا في شكل ملفات تعريف الارتباط.",
           "يمكنك اختيار عدم السماح ببعض أنواع ملفات تعريف الارتباط، لكن حظرها قد يغير طريقة عمل الموقع.",
           "إعدادات ملفات تعريف الارتباط", "رفض الكل", "قبول جميع ملفات تعريف الارتباط"],
}


@pytest.mark.parametrize("lang", sorted(CENTERS))
def test_a_preference_centers_notice_of_two_paragraphs_is_the_banners(lang: str) -> None:
    """A consent manager's preference center: its heading, a notice of two paragraphs (each naming
    cookies) and its buttons; all of it is the banner's, the first paragraph too."""
    page = ["Portal", "Home | News | Sport", "", HEADLINES[lang], "01.10.2018 10:15", "", BRIEFS[lang], "", "© 2018 Portal"]
    raw = "\n".join([*page, "", *CENTERS[lang], ""])
    families = {line.text: line.family for line in analyse(raw)}
    assert all(families[text] == "consent" for text in CENTERS[lang])
    assert _body(raw) == [BRIEFS[lang]]


def test_an_articles_last_sentence_on_cookies_right_over_a_banner_stays_body() -> None:
    """Guard: a dump without a blank line between the article and the banner under it: the
    article's last sentence names cookies, but the banner's heading lies between them, and the
    banner takes nothing above its heading."""
    last = "Sites must also let readers change their choice about cookies later, the regulator said."
    raw = "\n".join(["Portal", "", "Regulator tells websites to make refusing cookies easy", "01.10.2018", "", *GDPR[:2], last,
                     *BANNERS["en"], "", "© 2018 Portal", ""])
    assert _body(raw) == [*GDPR[:2], last]
    assert {line.text for line in analyse(raw) if line.family == "consent"} == set(BANNERS["en"])
