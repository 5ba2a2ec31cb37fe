"""Post-article blocks, live blogs, flash lines and boxes inside articles: each kind is shown on a
generated tuning page (tests/data/ntrex_pages, templates t9-t15) that the cleaner got wrong before
(bench/extraction_ntrex_untuned.txt, round 3), with the whole extraction compared to the page's
annotation, and on small inline pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translate_summarize.article import Article
from translate_summarize.boilerplate import analyse
from translate_summarize.clean import clean, extract_text
from translate_summarize.settings import Settings

PAGES = Path(__file__).parent / "data" / "ntrex_pages"
GOLD = {a["file"]: a for a in json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))["articles"]}
SETTINGS = Settings()

KINDS = {
    "live blog: entries under time stamps (Arabic-Indic digits), a subheading as the first entry": ["t12_ar_05.txt", "t12_ar_21.txt"],
    "flash line ('BREAKING:', '🔴 E FUNDIT:') over the headline": ["t12_en_33.txt", "t12_sq_42.txt"],
    "readers' comments (names and sentences) under an unlisted label": ["t9_sq_56.txt", "t9_sq_59.txt"],
    "teasers (headline + sentence pairs) under an unlisted label": ["t9_sq_32.txt", "t14_ar_31.txt"],
    "short article and a 'don't miss' teaser with sentences under an unlisted label": ["t9_sq_47.txt", "t15_ar_12.txt"],
    "author bio box (name, then a sentence opening with it)": ["t13_sq_31.txt"],
    "'Related' box and an advertisement inside the article": ["t14_en_41.txt", "t14_sq_60.txt"],
    "pull quote repeating a whole paragraph in quotes": ["t13_ar_42.txt"],
    "hashtag line after the article": ["t10_ar_08.txt"],
    "'label: headline' link inside the article": ["t10_sq_15.txt", "t10_sq_12.txt"],
    "unpunctuated standfirst under a dated headline": ["t15_ar_40.txt"],
    "long headline ending in a full stop over its standfirst": ["t13_ar_58.txt"],
}
CASES = [(kind, name) for kind, names in KINDS.items() for name in names]


def _body_lines(raw: str, ranges: list[list[int]] | tuple[tuple[int, int], ...]) -> list[int]:
    lines = raw.split("\n")
    return [n for lo, hi in ranges for n in range(lo, hi + 1) if lines[n - 1].strip()]


@pytest.mark.parametrize("kind,name", CASES, ids=[f"{n}:{k.split(' (')[0][:40]}" for k, n in CASES])
def test_page_is_extracted_as_annotated(kind: str, name: str) -> None:
    gold = GOLD[name]
    assert not gold["heldout"], "only tuning pages may show what was tuned on"
    raw = (PAGES / name).read_text(encoding="utf-8")
    out = clean(Article(id="p", source_file=name, raw=raw), SETTINGS)
    assert out.status == "ok", out.reason
    assert (out.title, out.title_line) == (gold["title"], gold["title_line"]), kind
    assert _body_lines(raw, [p.source_lines for p in out.paragraphs]) == _body_lines(raw, gold["body_lines"]), kind


PROSE = [
    "The city council on Tuesday approved a budget of 40 million euros for public transport, the mayor said.",
    "Most of the money will pay for 120 electric buses and for new bus lanes on the main roads of the city.",
    "The opposition voted against the budget, saying that it does not invest enough in the council's suburbs.",
    "Council members will meet the bus drivers' union next week to discuss the new timetable and the lanes.",
]


def _numbers(raw: str) -> tuple[int | None, list[int]]:
    found = extract_text(raw)
    return found.title_line, [n for lo, hi in found.body for n in range(lo, hi + 1)]


def test_live_blog_stamps_are_set_aside_and_the_entries_are_one_article() -> None:
    raw = "\n".join(["City News", "LIVE", "Council approves the transport budget", "By Ana Berisha · Updated 14:35",
                     "14:35", PROSE[0], "14:20", PROSE[1], "14:02", PROSE[2], "Share", "© City News"])
    assert _numbers(raw) == (3, [6, 8, 10])


def test_a_single_time_between_paragraphs_of_a_normal_page_is_not_a_live_blog() -> None:
    lines = analyse("Title of the page here\n14:35\n" + PROSE[0] + "\n" + PROSE[1])
    assert [line.stamp for line in lines] == [False, True, False, False]
    raw = "\n".join(["Council approves the transport budget", "29.09.2018 14:35", PROSE[0], PROSE[1], PROSE[2]])
    assert _numbers(raw) == (1, [3, 4, 5])


def test_flash_line_sharing_no_words_with_the_article_is_not_the_title() -> None:
    raw = "\n".join(["City News", "BREAKING: Earthquake shakes the northern coast overnight", "Council approves the transport budget",
                     "29 September 2018", *PROSE])
    assert _numbers(raw) == (3, [5, 6, 7, 8])
    # a headline of the article's own opening with a label stays the title
    raw = "\n".join(["City News", "Council vote: the transport budget passes", "29 September 2018", *PROSE])
    assert _numbers(raw)[0] == 2


def test_comment_thread_under_an_unknown_label_is_not_body() -> None:
    raw = "\n".join(["Council approves the transport budget", "29 September 2018", *PROSE, "What readers say (3)",
                     "Genti", "Great article, thank you for the information.", "Lindita",
                     "I do not agree with anything written here at all.", "Visitor", "When will more details be published?"])
    assert _numbers(raw) == (1, [3, 4, 5, 6])


def test_subheadings_each_over_a_paragraph_of_one_story_are_body() -> None:
    raw = "\n".join(["Council approves the transport budget", "29 September 2018", PROSE[0],
                     "Buses for the council budget", PROSE[1], "Council budget lanes", PROSE[3], PROSE[2]])
    title, body = _numbers(raw)
    assert (title, body) == (1, [3, 4, 5, 6, 7, 8])
