"""Clean stage: seeds and held-out pages against their gold annotations, and furniture cases inline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translate_summarize.article import Article
from translate_summarize.clean import clean, extract_text
from translate_summarize.settings import Settings

PAGES = Path(__file__).parent / "data" / "pages"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SETTINGS = Settings()


def _annotated() -> list[tuple[Path, dict]]:
    out = []
    for folder in (SEEDS, PAGES):
        for record in json.loads((folder / "gold.json").read_text(encoding="utf-8"))["articles"]:
            out.append((folder / record["file"], record))
    return out


ANNOTATED = _annotated()


def _page(raw: str, name: str = "page.txt") -> Article:
    return Article(id="x", source_file=name, kind="text", raw=raw)


def _body_lines(article: Article, raw: str) -> set[int]:
    lines = raw.split("\n")
    return {n for p in article.paragraphs for n in range(p.source_lines[0], p.source_lines[1] + 1) if lines[n - 1].strip()}


@pytest.mark.parametrize("path,gold", ANNOTATED, ids=[g["file"] for _, g in ANNOTATED])
def test_annotated_page_matches_gold(path: Path, gold: dict) -> None:
    raw = path.read_text(encoding="utf-8")
    out = clean(_page(raw, path.name), SETTINGS)
    lines = raw.split("\n")
    want = {n for lo, hi in gold["body_lines"] for n in range(lo, hi + 1) if lines[n - 1].strip()}
    assert out.status == "ok"
    assert _body_lines(out, raw) == want
    assert out.title == gold["title"]
    assert out.title_line == gold["title_line"]
    assert sorted(p.source_lines[0] for p in out.paragraphs if p.heading) == gold["heading_lines"]
    assert out.published == gold["published"]
    assert out.outlet == gold["outlet"]
    assert out.credited_source == gold["credited_source"]


def test_seed_paragraphs_are_exact_stripped_lines_one_per_line(seed_files: list[Path]) -> None:
    for path in seed_files:
        raw = path.read_text(encoding="utf-8")
        out = clean(_page(raw, path.name), SETTINGS)
        lines = raw.split("\n")
        for p in out.paragraphs:
            first, last = p.source_lines
            assert first == last, f"{path.name}: seed paragraphs are one line each"
            assert p.text == lines[first - 1].strip()


def test_seed_metadata_raw_strings() -> None:
    out = clean(_page((SEEDS / "002_6d2f08d76ddc822d.txt").read_text(encoding="utf-8")), SETTINGS)
    assert (out.published, out.published_raw) == ("2024-08-19", "19th, August 2024")
    out = clean(_page((SEEDS / "004_761cb0edd2caddef.txt").read_text(encoding="utf-8")), SETTINGS)
    assert (out.published, out.published_raw) == ("2024-04-22", "٢٢ أبريل ٢٠٢٤")


PROSE = [
    "The council approved the new budget on Thursday after a long debate about the cost of transport.",
    "Most of the money will go to electric buses and to new lanes that are reserved for them in the centre.",
    "Opposition members said that the plan did not include enough money for the districts on the edge of the city.",
    "The mayor said that the first buses would arrive before the end of the year and that fares would not rise.",
]


def _article_page(*, before: list[str], body: list[str], after: list[str]) -> tuple[str, int, int]:
    lines = before + body + after
    return "\n".join(lines), len(before) + 1, len(before) + len(body)


def test_read_also_teaser_block_after_the_article_is_removed() -> None:
    raw = "\n".join(
        ["City News", "Council approves the transport budget", "Published 3 March 2025", ""]
        + PROSE
        + ["", "Read also:", "Mayor opens new bridge over the river", PROSE[0].replace("council", "mayor"),
           "The bridge cost more than planned, and it opened two years late after a dispute with the builder.", "",
           "Share", "Related articles", "  • Bridge opens", "  • Budget passes"]
    )
    out = clean(_page(raw), SETTINGS)
    assert [p.text for p in out.paragraphs] == PROSE
    assert out.title == "Council approves the transport budget"


def test_read_also_headline_ending_in_a_full_stop_after_a_short_article_is_a_teaser() -> None:
    """A bare "Read also" announces a headline: one ending in a full stop, however long (up to a
    headline's 30 words), and the paragraphs of its story after it are another article's teaser."""
    short = "The mayor opened the new bridge over the river on Sunday, two years later than planned."
    other = "Fuel prices rose for the third week in a row on Monday, and drivers in the north of the country now pay the most."
    teaser = [
        "Fuel prices rose again on Monday for the third week in a row across the whole country, the ministry said.",
        "Drivers in the north now pay the most for diesel, after the ministry raised the price of fuel on Monday.",
        "The ministry said that fuel prices will be fixed again next week, after talks with the importers.",
        "Importers said the rise follows the price of crude oil on the world markets and the weak currency.",
        "The opposition said the government should cut the tax on fuel to help drivers and farmers this winter.",
    ]
    raw = "\n".join(["City News", "Mayor opens the new bridge over the river", "3 March 2025", "", short, "", "Read also", other, "", *teaser])
    out = clean(_page(raw), SETTINGS)
    assert [p.text for p in out.paragraphs] == [short]
    assert out.title == "Mayor opens the new bridge over the river"


def test_inline_read_also_mid_article_drops_only_that_line() -> None:
    raw = "\n".join(["Council approves the transport budget", ""] + PROSE[:2]
                    + ["Read more: Fuel prices rise for the third week in a row"] + PROSE[2:])
    out = clean(_page(raw), SETTINGS)
    assert [p.text for p in out.paragraphs] == PROSE


def test_comment_section_is_cut() -> None:
    raw = "\n".join(
        ["Council approves the transport budget", ""] + PROSE
        + ["Comments (2)", "Agim — 14.02.2025",
           "Finally some good news for the city, I hope that it will not stay on paper like the last plan.",
           "Elona — 15.02.2025", "The old buses are in a terrible state and this was needed for years now."]
    )
    out = clean(_page(raw), SETTINGS)
    assert [p.text for p in out.paragraphs] == PROSE


def test_title_copy_with_caption_credit_is_dropped_and_gives_the_outlet() -> None:
    title = "Where will the rapprochement lead?"
    raw = "\n".join(
        ["Live", "  • Sport", "  • Videos", "", title, "",
         "Writing in the paper, a columnist looked at the meeting in Copenhagen and what it means:", "",
         title, f"{title} / RT", "\u00a0", ""] + PROSE
    )
    out = clean(_page(raw), SETTINGS)
    assert out.title == title and out.title_line == 5
    assert [p.source_lines[0] for p in out.paragraphs] == [7, 13, 14, 15, 16]
    assert out.outlet == "RT"


def test_numbered_list_inside_the_article_is_body() -> None:
    items = ["  1. to stop the erosion of influence in the region;", "  2. to regain the role of mediator;",
             "  3. to secure stability on the southern borders."]
    raw = "\n".join(["Council approves the transport budget", ""] + PROSE[:2] + ["", "The plan has three aims:"]
                    + items + [""] + PROSE[2:])
    out = clean(_page(raw), SETTINGS)
    texts = [p.text for p in out.paragraphs]
    assert [i.strip() for i in items] == texts[3:6]
    assert not any(p.heading for p in out.paragraphs)


def test_nbsp_only_lines_are_never_body() -> None:
    raw = "\n".join(["Council approves the transport budget", "", PROSE[0], "\u00a0", PROSE[1], " \u00a0 ", PROSE[2], "\u00a0"])
    out = clean(_page(raw), SETTINGS)
    assert [p.source_lines for p in out.paragraphs] == [(3, 3), (5, 5), (7, 7)]
    assert all(p.text.strip() for p in out.paragraphs)


def test_headings_between_paragraphs_are_marked() -> None:
    raw = "\n".join(["Council approves the transport budget", ""] + PROSE[:2] + ["What changes for passengers"] + PROSE[2:])
    out = clean(_page(raw), SETTINGS)
    assert [(p.text, p.heading) for p in out.paragraphs][2] == ("What changes for passengers", True)
    assert sum(p.heading for p in out.paragraphs) == 1


def test_trailing_teaser_headline_is_not_body() -> None:
    raw = "\n".join(["date 2025-10-09"] + PROSE + ["Russia and Tajikistan plan closer military cooperation"])
    out = clean(_page(raw), SETTINGS)
    assert out.title is None
    assert [p.text for p in out.paragraphs] == PROSE
    assert out.published == "2025-10-09"


def test_hard_wrapped_paragraphs_are_joined_with_their_line_range() -> None:
    raw = "\n".join([
        "Port authority approves dredging plan", "", "   November 4, 2024", "",
        "   The port authority on Monday approved a plan to dredge the main",
        "   shipping channel to a depth of 14 metres, clearing the way for larger",
        "   container ships to call at the terminals from 2026.", "",
        "   The decision came after a three-hour public meeting in which dozens",
        "   of local fishermen warned that the work would destroy spawning grounds.", "",
    ])
    out = clean(_page(raw), SETTINGS)
    assert [p.source_lines for p in out.paragraphs] == [(5, 7), (9, 10)]
    assert out.paragraphs[1].text == (
        "The decision came after a three-hour public meeting in which dozens "
        "of local fishermen warned that the work would destroy spawning grounds."
    )


def test_boilerplate_only_page_is_skipped_with_a_reason() -> None:
    raw = (SEEDS / "000_24618d5ee539ec34.txt").read_text(encoding="utf-8").split("\n")
    page = "\n".join(raw[:60] + raw[107:])  # the seed without its title block and article
    out = clean(_page(page, "front.txt"), SETTINGS)
    assert out.status == "skipped"
    assert out.stage == "clean"
    assert out.reason.startswith("front.txt: no article body found")
    assert "check that the file is a saved article page" in out.reason
    assert out.paragraphs == ()


def test_page_whose_only_prose_is_another_articles_teaser_is_skipped() -> None:
    raw = (SEEDS / "002_6d2f08d76ddc822d.txt").read_text(encoding="utf-8").split("\n")
    out = clean(_page("\n".join(raw[:9] + raw[37:])), SETTINGS)
    assert out.status == "skipped"


def test_empty_and_whitespace_pages_have_no_body() -> None:
    assert extract_text("").body == ()
    assert extract_text("\n \u00a0\n\t\n").body == ()


def test_text_record_hints_win_over_the_page() -> None:
    raw = "\n".join(["Council approves the transport budget", "Published 3 March 2025", ""] + PROSE)
    record = Article(id="r", source_file="in.jsonl:1", kind="record", raw=raw,
                     hints={"format": "text", "title": "Council approves the transport budget",
                            "published": "2025-03-04", "outlet": "City News"})
    out = clean(record, SETTINGS)
    assert (out.title, out.title_line) == ("Council approves the transport budget", 1)
    assert (out.published, out.published_raw) == ("2025-03-04", "2025-03-04")
    assert out.outlet == "City News"
    assert [p.text for p in out.paragraphs] == PROSE


def test_html_goes_to_clean_html(monkeypatch: pytest.MonkeyPatch) -> None:
    import translate_summarize.html as html

    calls = []

    def fake(article: Article, settings: Settings) -> Article:
        calls.append(article.source_file)
        return article.replace(title="from html")

    monkeypatch.setattr(html, "clean_html", fake)
    assert clean(Article(id="h", source_file="a.html", kind="html", raw="<p>x</p>"), SETTINGS).title == "from html"
    record = Article(id="r", source_file="b.jsonl:1", kind="record", raw="<p>x</p>", hints={"format": "html"})
    assert clean(record, SETTINGS).title == "from html"
    assert calls == ["a.html", "b.jsonl:1"]


def test_newsletter_box_and_ads_inside_the_article_do_not_end_it() -> None:
    raw = "\n".join(
        ["Council approves the transport budget", "Friday, October 3, 2025"] + PROSE[:2]
        + ["Advertisement", "Sign up for our newsletter",
           "Get the day's top stories from City News delivered to your inbox every morning.", "Subscribe"]
        + PROSE[2:] + ["Topics: City, Transport", "Most read", "Council approves the transport budget"]
    )
    out = clean(_page(raw), SETTINGS)
    assert [p.text for p in out.paragraphs] == PROSE


def test_punctuated_dash_list_after_an_ad_interstitial_is_body() -> None:
    raw = "\n".join(
        ["Council approves the transport budget", "28 Nëntor 2024 | 10:15"] + PROSE[:2]
        + ["Lajmi vazhdon pas reklamës", "The plan covers three groups:", "- pensioners;", "- students;", "- the disabled."]
        + PROSE[2:3] + ["© 2024 City News. All rights reserved."]
    )
    out = clean(_page(raw), SETTINGS)
    assert [p.text for p in out.paragraphs] == PROSE[:2] + [
        "The plan covers three groups:", "- pensioners;", "- students;", "- the disabled."] + PROSE[2:3]


def test_pull_quote_repeating_a_paragraph_is_dropped() -> None:
    quote = '"most of the money will go to electric buses"'
    raw = "\n".join(["Council approves the transport budget", ""] + PROSE[:2] + ["", quote, ""] + PROSE[2:])
    out = clean(_page(raw), SETTINGS)
    assert [p.text for p in out.paragraphs] == PROSE
