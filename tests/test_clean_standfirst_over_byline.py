"""A standfirst set between the headline and the byline block, as blogging platforms and some
themes print it (Medium's subtitle: "Headline" / "<a sentence or two on the story>" / "Author" /
"Sep 28, 2018 · 1 min read"), here without its full stop: it opens the body. Guard: an ordinary
page with its byline right under the headline reads as before."""

from __future__ import annotations

from page_texts import HEADLINE, PROSE
from translate_summarize.clean import extract_text

STANDFIRST = {
    "en": (
        "Calendar: the inventor of the Geiger counter",
        "Now a page from our Sunday calendar: on September 30, 1882, 136 years ago, and the count goes on,"
        " the physicist Johannes Wilhelm Hans Geiger was born in Germany",
        "Omar Shami",
        "Sep 28, 2018 • 1 min read",
    ),
    "ar": (
        "تقويم: مخترع عدّاد غايغر",
        "الآن مع صفحة من تقويمنا: يوم 30 سبتمبر من عام 1882، أي منذ 136 عامًا، وما زال العدّ مستمرًا، هو اليوم الذي ولد فيه"
        " الفيزيائي يوهانس فيلهلم غايغر في ألمانيا",
        "عمر الشامي",
        "Sep 28, 2018 • 1 دقائق قراءة",
    ),
    "sq": (
        "Kalendari: shpikësi i numëruesit Geiger",
        "Tani një faqe nga kalendari ynë i së dielës: më 30 shtator 1882, 136 vjet më parë, dhe numërimi vazhdon,"
        " lindi në Gjermani fizikani Johannes Wilhelm Hans Geiger",
        "Omar Shami",
        "Sep 28, 2018 • 1 min lexim",
    ),
}


OPENING = PROSE[0].rstrip(".") + ", and the mayor told the two councillors who voted against it:"
"""The article's first paragraph, ending in a colon before a quotation (no sentence of its own)."""
BODY = [OPENING, *PROSE[1:]]


def _page(lang: str, standfirst: bool = True) -> list[str]:
    headline, sub, author, date = STANDFIRST[lang]
    top = ["Blog i Ngjarjes", "Home News Sport", "Subscribe", "", "Health", headline]
    return [*top, *([sub] if standfirst else []), author, date, "", *(p for para in BODY for p in (para, ""))]


def test_standfirst_between_headline_and_byline_opens_the_body() -> None:
    for lang in ("en", "ar", "sq"):
        page = _page(lang)
        found = extract_text("\n".join(page))
        assert (found.title, [page[first - 1] for first, _ in found.body]) == (STANDFIRST[lang][0], [STANDFIRST[lang][1], *BODY]), lang


def test_guard_byline_right_under_the_headline_reads_as_before() -> None:
    for lang in ("en", "ar", "sq"):
        page = _page(lang, standfirst=False)
        found = extract_text("\n".join(page))
        assert (found.title, [page[first - 1] for first, _ in found.body]) == (STANDFIRST[lang][0], BODY), lang
    page = [HEADLINE, "By Rita Hoxha", "September 28, 2018", "", *PROSE]
    found = extract_text("\n".join(page))
    assert (found.title, [page[first - 1] for first, _ in found.body]) == (HEADLINE, PROSE)
