"""Metadata: date formats, publication-date choice, outlets and credited sources."""

from __future__ import annotations

import pytest

from translate_summarize.metadata import (
    canonical_source,
    find_credit,
    find_dates,
    copyright_name,
    find_outlet,
    find_published,
    parse_date,
)


@pytest.mark.parametrize(
    "text,iso,raw",
    [
        ("٢٢ أبريل ٢٠٢٤", "2024-04-22", "٢٢ أبريل ٢٠٢٤"),
        ("تاريخ النشر: 19th, August 2024 GMT", "2024-08-19", "19th, August 2024"),
        ("Kosova Times Published October 12, 2025", "2025-10-12", "October 12, 2025"),
        ("Last updated: 2025/10/12 at 4:43 PM", "2025-10-12", "2025/10/12"),
        (" date 2025-10-09 عربي", "2025-10-09", "2025-10-09"),
        ("12.10.2025", "2025-10-12", "12.10.2025"),
        ("Publikuar: 03.06.2024 09:15", "2024-06-03", "03.06.2024"),
        ("10/22/2025", "2025-10-22", "10/22/2025"),
        ("14 shkurt 2025, 16:32", "2025-02-14", "14 shkurt 2025"),
        ("E hënë, 3 Nëntor 2024", "2024-11-03", "3 Nëntor 2024"),
        ("3 nentor 2024", "2024-11-03", "3 nentor 2024"),
        ("Oct. 12, 2025", "2025-10-12", "Oct. 12, 2025"),
        ("12 October 2025", "2025-10-12", "12 October 2025"),
        ("نشر في: السبت 9 آذار 2024 - 17:45", "2024-03-09", "9 آذار 2024"),
        ("الأحد ١٠ آذار ٢٠٢٤ - ١١:٢٠", "2024-03-10", "١٠ آذار ٢٠٢٤"),
        ("صباح 25 ديسمبر/كانون الأول 2024، بالقرب", "2024-12-25", "25 ديسمبر/كانون الأول 2024"),
        ("اليوم الإثنين 22 ابريل/نيسان 2024.", "2024-04-22", "22 ابريل/نيسان 2024"),
        ("في 1 تشرين الثاني 2023", "2023-11-01", "1 تشرين الثاني 2023"),
        ("2025-05-28@00:20:02 GMT", "2025-05-28", "2025-05-28"),
    ],
)
def test_parse_date_formats(text: str, iso: str, raw: str) -> None:
    assert parse_date(text) == (iso, raw)


ARABIC = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
ALBANIAN = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"]


@pytest.mark.parametrize("names", [ARABIC, LEVANTINE, ALBANIAN], ids=["arabic", "levantine", "albanian"])
def test_every_month_name(names: list[str]) -> None:
    for month, name in enumerate(names, 1):
        assert parse_date(f"٣ {name} ٢٠٢٤")[0] == f"2024-{month:02d}-03", name
        assert parse_date(f"3 {name.upper()} 2024")[0] == f"2024-{month:02d}-03", name


@pytest.mark.parametrize("text", ["31 shkurt 2025", "2025", "سبتمبر/أيلول 2018", "6 أغسطس/آب", "12.13.1850", "no date here", ""])
def test_not_a_date(text: str) -> None:
    assert parse_date(text) == (None, None)


def test_dateparser_fallback_for_short_strings_only() -> None:
    assert parse_date("Montag, 12. Oktober 2025", "de") == ("2025-10-12", "Montag, 12. Oktober 2025")
    assert parse_date("x" * 50 + " Montag, 12. Oktober 2025", "de") == (None, None)


def test_find_dates_returns_every_date_in_order() -> None:
    found = find_dates("from 2024/01/02 to 3 March 2025")
    assert [(d.iso, d.raw) for d in found] == [("2024-01-02", "2024/01/02"), ("2025-03-03", "3 March 2025")]


def _lines(*lines: str) -> list[str]:
    return list(lines)


def test_crawl_stamp_is_not_the_publication_date() -> None:
    lines = _lines("Site:", "2025-05-28@00:20:02 GMT", "", "Title here", "", "تاريخ النشر: 19th, August 2024 GMT", "", "Body.")
    assert find_published(lines, anchor=4, body=frozenset({8}), body_end=8) == ("2024-08-19", "19th, August 2024")
    only_stamp = _lines("2025-05-28@00:20:02 GMT", "Title here", "Body.")
    assert find_published(only_stamp, anchor=2, body=frozenset({3}), body_end=3) == (None, None)


def test_crawl_stamp_bounds_the_date_from_above() -> None:
    lines = _lines("2024-01-10T08:00:00Z", "Title", "Published 3 March 2025", "Body.")
    assert find_published(lines, anchor=2, body=frozenset({4}), body_end=4) == (None, None)


def test_cue_word_beats_a_nearer_date_and_footer_dates_lose() -> None:
    lines = _lines("Monday, 17 February 2025", "Title", "Updated 18 February 2025", "Published 14 February 2025", "Body.", "Related", "December 31, 2023")
    assert find_published(lines, anchor=2, body=frozenset({5}), body_end=5)[0] == "2025-02-14"
    lines = _lines("Title", "Body.", "Kosova Times October 12, 2025")
    assert find_published(lines, anchor=1, body=frozenset({2}), body_end=2) == (None, None)


def test_dates_in_the_body_are_not_publication_dates_unless_the_lead_says_today() -> None:
    lines = _lines("Title", "The crash happened on 25 December 2024 near Aktau.")
    assert find_published(lines, anchor=1, body=frozenset({2}), body_end=2) == (None, None)
    lines = _lines("Title", "يعتزم الرئيس إجراء مباحثات اليوم الإثنين 22 ابريل/نيسان 2024.")
    assert find_published(lines, anchor=1, body=frozenset({2}), body_end=2) == ("2024-04-22", "22 ابريل/نيسان 2024")


@pytest.mark.parametrize(
    "name,canonical",
    [
        ("الفرنسية", "AFP"), ("فرانس برس", "AFP"), ("تاس", "TASS"), ("رويترز", "Reuters"), ("Reuters", "Reuters"),
        ("أسوشيتد برس", "AP"), ("AP", "AP"), ("الأناضول", "Anadolu"), ("نوفوستي", "RIA Novosti"),
        ("ريا نوفوستي", "RIA Novosti"), ("سبوتنيك", "Sputnik"), ("إزفيستيا", "Izvestia"), ("ATSH", "ATA"),
        ("KosovaPress", "KosovaPress"), ("روسيا اليوم", "RT"), ("مراسل الجزيرة", "Al Jazeera"),
    ],
)
def test_source_table(name: str, canonical: str) -> None:
    assert canonical_source(name) == canonical


def test_short_acronyms_need_their_case() -> None:
    assert canonical_source("the map of the region") is None  # "ap" inside words or lower case is not AP
    assert canonical_source("art and craft") is None


def test_credit_from_source_line_skips_the_outlets_own_line() -> None:
    lines = _lines("صحيفة المرصد الليبية:", "Title", "Body.", "المصدر : الفرنسية", "المصدر: صحيفة المرصد الليبية")
    outlet = find_outlet(lines, body=frozenset({3}), title="Title")
    assert outlet == "صحيفة المرصد الليبية"
    assert find_credit(lines, body=frozenset({3}), outlet=outlet) == "AFP"
    only_own = _lines("صحيفة المرصد الليبية:", "Title", "Body.", "المصدر: صحيفة المرصد الليبية")
    assert find_credit(only_own, body=frozenset({3}), outlet=outlet) is None


def test_agency_cited_inside_the_body_is_not_the_credit() -> None:
    lines = _lines("Title", "وصل الرئيس إلى باكو.", "ومن المقرر أن يحضر المراسم، بحسب وكالة “ريا نوفوستي” الروسية للأنباء.")
    assert find_credit(lines, body=frozenset({2, 3}), outlet=None) is None


def test_credit_from_dateline_and_press_review_lead() -> None:
    lines = _lines("Title", "BRUSSELS (Reuters) - European Union energy ministers agreed new rules.")
    assert find_credit(lines, body=frozenset({2}), outlet=None) == "Reuters"
    lines = _lines("Title", 'عن لقاء زيلينسكي وعلييف في الدنمارك، كتب إيغور كارمازين، في "إزفيستيا":', "Body.")
    assert find_credit(lines, body=frozenset({2, 3}), outlet=None) == "Izvestia"


def test_unknown_credit_is_kept_as_written_but_generic_ones_are_not() -> None:
    lines = _lines("Title", "Body.", "Burimi: Ministria e Shëndetësisë")
    assert find_credit(lines, body=frozenset({2}), outlet=None) == "Ministria e Shëndetësisë"
    lines = _lines("Title", "Body.", "المصدر: وكالات")
    assert find_credit(lines, body=frozenset({2}), outlet=None) is None


@pytest.mark.parametrize(
    "lines,outlet",
    [
        (["Title", "Body.", "© Kosova Times. All Rights Reserved."], "Kosova Times"),
        (["Title", "Body.", "© 2025 The Balkan Ledger. All rights reserved."], "The Balkan Ledger"),
        (["Title", "Body.", "Ekonomia Sot © 2024"], "Ekonomia Sot"),
        (["Title", "Body.", "جميع الحقوق محفوظة لبوابة النهار المصرية 2024"], "بوابة النهار المصرية"),
        (["Kosova TimesKosova Times", "Kosova Times > Blog > Politikë", "Title", "Body."], "Kosova Times"),
        (["Title", "Title / RT", "Body."], "RT"),
        (["date 2025-10-09", 'التقى الرئيسان اليوم، وفق ما أفاد مراسل "سبوتنيك".'], "Sputnik"),
        (["Title", "Title / AFP", "Body.", "المصدر: تاس"], None),
        (["Ru En", "Title", "Body.", "الصورة: الموقع الرسمي لرئيس روسيا", "المصدر: تاس"], None),
    ],
)
def test_outlet_evidence(lines: list[str], outlet: str | None) -> None:
    assert find_outlet(lines, body=frozenset(), title="Title") == outlet


@pytest.mark.parametrize(
    "trailer,credit",
    [("(Koha.net)", "Koha.net"), ("/ATSH/", "ATA"), ("(رويترز)", "Reuters"), ("(صورة أرشيفية)", None), ("(Archive photo)", None)],
)
def test_bracketed_line_after_the_article_is_its_credit(trailer: str, credit: str | None) -> None:
    lines = _lines("Title", "Body one.", "Body two.", trailer, "0 Komente")
    assert find_credit(lines, body=frozenset({2, 3}), outlet=None) == credit


@pytest.mark.parametrize(
    "name,canonical",
    [("The Associated Press", "AP"), ("شبكة الجزيرة الإعلامية", "Al Jazeera"), ("الجزيرة نت", "Al Jazeera"),
     ("Reuters Institute for the Study of Journalism", None), ("صحيفة المرصد الليبية", None)],
)
def test_canonical_name_accepts_only_filler_words_around_a_known_name(name: str, canonical: str | None) -> None:
    from translate_summarize.metadata import canonical_name

    assert canonical_name(name) == canonical


def test_syndicated_wire_copyright_is_the_credit_not_the_outlet() -> None:
    lines = _lines("Aegean Herald", "Title", "Body one.", "Copyright 2024 The Associated Press. All rights reserved.", "© 2024 Aegean Herald")
    outlet = find_outlet(lines, body=frozenset({3}), title="Title")
    assert outlet == "Aegean Herald"
    assert find_credit(lines, body=frozenset({3}), outlet=outlet) == "AP"


@pytest.mark.parametrize(
    "line,name",
    [
        # forms the old patterns got wrong (the name after the rights phrase, or the phrase itself)
        ("Platforma Zëri © 2018 Të gjitha të drejtat", "Platforma Zëri"),
        ("منصة رصيف — كل الحقوق محفوظة 2018", "منصة رصيف"),
        ("جميع الحقوق محفوظة لـشبكة الوادي الإخبارية © 2018", "شبكة الوادي الإخبارية"),
        ("جميع الحقوق محفوظة لـ شفق نيوز © 2024", "شفق نيوز"),
        # forms they got right
        ("© 2024 Gazeta Express. Të gjitha të drejtat e rezervuara.", "Gazeta Express"),
        ("Copyright © 2018 Valley News Network. All rights reserved.", "Valley News Network"),
        ("جميع الحقوق محفوظة لبوابة النهار المصرية 2024", "بوابة النهار المصرية"),
        ("Të gjitha të drejtat e rezervuara nga Agjencia Shqiponja 2018", "Agjencia Shqiponja"),
        ("حقوق النشر © 2024 المدن", "المدن"),
        ("Ekonomia Sot © 2024", "Ekonomia Sot"),
        # no copyright line, or no name on it
        ("Të gjitha të drejtat e rezervuara.", None),
        ("The court ruled on Tuesday that the copyright of the song belongs to its first author.", None),
        ("Kryefaqja | Lajme | Sport", None),
    ],
)
def test_copyright_name_whatever_the_form(line: str, name: str | None) -> None:
    assert copyright_name(line) == name


def test_outlet_from_copyright_forms_with_the_name_first_or_after_the_phrase() -> None:
    assert find_outlet(["Menu", "Platforma Zëri © 2018 Të gjitha të drejtat"], body=frozenset(), title="T") == "Platforma Zëri"
    assert find_outlet(["منصة رصيف — كل الحقوق محفوظة 2018"], body=frozenset(), title="T") == "منصة رصيف"


def test_date_under_the_title_beats_an_edition_date_as_far_above_it() -> None:
    # issue 11 (tuning page t11_ar_57.txt): the page header's edition date and the dateline under
    # the headline and its standfirst lie two lines from the title; the dateline is the article's
    lines = ["Agency News", "3 October 2018", "News | Reports", "Council backs bus plan", "The plan buys electric buses", "Tirana - 1 October 2018", "", "Body."]
    assert find_published(lines, anchor=4, body=frozenset({5, 8}), body_end=8) == ("2018-10-01", "1 October 2018")


@pytest.mark.parametrize(
    "lines,outlet",
    [
        # a printed page: the browser's header repeats the headline cut short, then the site
        (["01/10/2018, 11:53  Bells of the old church will not ring… | Harbour Daily", "Print version",
          "Bells of the old church will not ring again", "Body."], "Harbour Daily"),
        (["Të dielën zgjedhjet në… | Gazeta Jugu", "Të dielën zgjedhjet në Maqedoni", "Body."], "Gazeta Jugu"),
        # a reader view: the host, then the site's name
        (["www.harbour-daily.com", "Harbour Daily", "Bells of the old church will not ring again", "Body."], "Harbour Daily"),
        # a copyright notice that goes on for sentences names its holder in the first
        (["Title", "Body.", "© 2018 Gazeta Jugu. Të gjitha të drejtat të rezervuara. Ndalohet riprodhimi i plotë ose i pjesshëm "
          "i këtij materiali pa lejen me shkrim të botuesit."], "Gazeta Jugu"),
        # a bar that does not repeat the headline names nothing
        (["Sport | Harbour Daily Weekend", "Bells of the old church will not ring again", "Body."], None),
    ],
)
def test_outlet_from_the_browsers_chrome(lines: list[str], outlet: str | None) -> None:
    title = next((t for t in lines if t.startswith(("Bells", "Të dielën zgjedhjet në Maqedoni"))), "Title")
    assert find_outlet(lines, body=frozenset(), title=title) == outlet


def test_arabic_comma_between_month_and_year() -> None:
    """WordPress themes in Arabic print "29 سبتمبر، 2018" (an Arabic comma before the year)."""
    assert [d.iso for d in find_dates("نُشر في 29 سبتمبر، 2018 بواسطة admin")] == ["2018-09-29"]
    assert [d.iso for d in find_dates("سبتمبر 29، 2018")] == ["2018-09-29"]


def test_a_numeric_date_after_its_weekday_is_read_in_the_order_the_weekday_names() -> None:
    """Drupal's default date ("Mon, 10/01/2018 - 00:34") is month first in every language of the site."""
    assert [d.iso for d in find_dates("Submitted by Ana on Mon, 10/01/2018 - 00:34")] == ["2018-10-01"]
    assert [d.iso for d in find_dates("أرسلها خالد في الاثنين, 10/01/2018 - 13:33")] == ["2018-10-01"]
    assert [d.iso for d in find_dates("Dërguar nga Ana më Mon, 10/01/2018 - 00:34")] == ["2018-10-01"]


def test_guard_a_numeric_date_is_day_first_unless_its_weekday_says_otherwise() -> None:
    assert [d.iso for d in find_dates("Published 10/01/2018")] == ["2018-01-10"]  # (no weekday: day first, as before)
    assert [d.iso for d in find_dates("E hënë, 01/10/2018")] == ["2018-10-01"]  # (the weekday agrees with day first)
    assert [d.iso for d in find_dates("Wed, 10/01/2018")] == ["2018-01-10"]  # (10 January 2018 was a Wednesday)


# A publication's post on a blogging platform (Medium): the platform's furniture names the
# publication (its header over the sections' row and "Follow", its box, "More from ...", the
# "Never miss a story from ..." banner) and the author (the byline's "Follow" over the reading
# time, the "WRITTEN BY" box); the outlet is the publication, never the author nor a section.

PLATFORM_BODY = ("Kryetari i komunës tha se punimet do të përfundojnë në pranverë.", "Banorët kanë pritur prej vitesh.")


def test_platform_post_author_follow_is_not_the_outlet() -> None:
    lines = ["Zëri i Lumit", "Follow", "", "Ura e re hapet në pranverë", "Besa Krasniqi", "Follow", "Oct 2 · 4 min read",
             *PLATFORM_BODY, "", "WRITTEN BY", "Besa Krasniqi", "Follow", "Besa Krasniqi shkruan për komunat."]
    assert find_outlet(lines, body=frozenset({8, 9}), title="Ura e re hapet në pranverë") == "Zëri i Lumit"


def test_platform_publication_header_over_its_sections_row() -> None:
    lines = ["Zëri i Lumit", "Lajme  Sport  Kulturë", "Follow", "", "Ura e re hapet në pranverë", *PLATFORM_BODY]
    assert find_outlet(lines, body=frozenset({6, 7}), title="Ura e re hapet në pranverë") == "Zëri i Lumit"


def test_platform_never_miss_a_story_banner_names_the_publication() -> None:
    lines = ["Never miss a story from صوت الوادي, when you sign up for Medium. Learn more", "GET UPDATES",
             "", "جسر جديد يفتتح في الربيع", "قال رئيس البلدية إن الأعمال ستنتهي في الربيع."]
    assert find_outlet(lines, body=frozenset({5}), title="جسر جديد يفتتح في الربيع") == "صوت الوادي"


def test_platform_more_from_names_the_followed_publication() -> None:
    lines = ["Zëri i Lumit", "Lajme", "Sport", "Follow", "", "Ura e re hapet në pranverë", *PLATFORM_BODY,
             "Zëri i Lumit", "Follow", "Platformë e pavarur lajmesh.", "More from Zëri i Lumit", "Një titull tjetër"]
    assert find_outlet(lines, body=frozenset({7, 8}), title="Ura e re hapet në pranverë") == "Zëri i Lumit"


@pytest.mark.parametrize(
    "lines,outlet",
    [
        # a news site's own "More from <section>" list names no outlet
        (["Lajme  Sport  Kulturë", "Ura e re hapet në pranverë", *PLATFORM_BODY, "More from Politika", "© 2018 Gazeta Lindja"], "Gazeta Lindja"),
        (["Politika", "Ura e re hapet në pranverë", *PLATFORM_BODY, "More from Politika"], None),
        # an aggregator's source over its "follow" button still names the source
        (["Gazeta Lindja", "Follow · 12.4K followers", "Ura e re hapet në pranverë", *PLATFORM_BODY], "Gazeta Lindja"),
        # "never miss a story" and reading times as article text vote for nothing
        (["Ura e re hapet në pranverë", "Readers say they never miss a story from the valley.", "A 5 min read on the bridge."], None),
    ],
)
def test_platform_rules_leave_news_pages_alone(lines: list[str], outlet: str | None) -> None:
    assert find_outlet(lines, body=frozenset({2, 3}), title="Ura e re hapet në pranverë") == outlet


def test_platform_publication_over_its_sections_one_a_line() -> None:
    lines = ["Zëri i Lumit", "Lajme", "Sport", "Opinion", "Follow", "", "Ura e re hapet në pranverë", *PLATFORM_BODY,
             "Zëri i Lumit", "Follow", "Platformë e pavarur lajmesh."]
    assert find_outlet(lines, body=frozenset({8, 9}), title="Ura e re hapet në pranverë") == "Zëri i Lumit"


@pytest.mark.parametrize(
    "footer",
    [[], ["Kryefaqja", "Lajme", "Sport"], ["More from Lajme"]],
)
def test_platform_column_rule_leaves_an_aggregators_source_alone(footer: list[str]) -> None:
    """A source over its "follow" button under a menu column (repeated in the footer or not) is the source."""
    lines = ["Kryefaqja", "Lajme", "Sport", "Gazeta Lindja", "Follow · 12.4K followers", "Ura e re hapet në pranverë",
             *PLATFORM_BODY, *footer]
    assert find_outlet(lines, body=frozenset({7, 8}), title="Ura e re hapet në pranverë") == "Gazeta Lindja"
