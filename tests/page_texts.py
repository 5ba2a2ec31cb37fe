"""Small hand-written texts the cleaner tests build their pages from: four paragraphs of one story
and its headline (three in Arabic and Albanian); and how they clean a page dump (:func:`clean_page`,
:func:`clean_lines`, :func:`body_texts`, :func:`title_and_body_lines`); the red-team passes'
regression pages (:func:`lookalike_pages`, :func:`assert_read_as_pinned`)."""

from __future__ import annotations

import json
from pathlib import Path

from translate_summarize.article import Article
from translate_summarize.clean import clean, extract_text, looks_like_page_dump
from translate_summarize.settings import Settings

PROSE = [
    "The city council on Tuesday approved a budget of 40 million euros for public transport, the mayor said.",
    "Most of the money will pay for 120 electric buses and for new bus lanes on the main roads of the city.",
    "The opposition voted against the budget, saying that it does not invest enough in the council's suburbs.",
    "Council members will meet the bus drivers' union next week to discuss the new timetable and the lanes.",
]
HEADLINE = "City council approves a new budget for public transport"
AR_HEADLINE = "مجلس المدينة يقر ميزانية جديدة للنقل العام"
AR_PROSE = [
    "أقر مجلس المدينة يوم الثلاثاء ميزانية بقيمة 40 مليون يورو للنقل العام، بحسب ما قال رئيس البلدية.",
    "وسيذهب معظم المبلغ إلى شراء 120 حافلة كهربائية وإنشاء ممرات جديدة للحافلات في الطرق الرئيسية.",
    "وصوتت المعارضة ضد الميزانية قائلة إنها لا تستثمر بما يكفي في ضواحي المدينة.",
]
SQ_HEADLINE = "Këshilli bashkiak miraton një buxhet të ri për transportin publik"
SQ_PROSE = [
    "Këshilli bashkiak miratoi të martën një buxhet prej 40 milionë eurosh për transportin publik, tha kryetari.",
    "Pjesa më e madhe e parave do të shkojë për 120 autobusë elektrikë dhe për korsi të reja autobusësh.",
    "Opozita votoi kundër buxhetit, duke thënë se ai nuk investon mjaftueshëm në periferitë e qytetit.",
]
"""The same story's headline and first three paragraphs in Arabic and Albanian."""


def clean_page(raw: str) -> Article:
    """``raw`` cleaned as a text page dump with the default settings."""
    return clean(Article(id="x", source_file="page.txt", kind="text", raw=raw), Settings())


def clean_lines(page: list[str]) -> Article:
    """The page made of ``page``'s lines, cleaned as :func:`clean_page` cleans a text page dump."""
    return clean_page("\n".join(page))


def body_texts(article: Article) -> list[str]:
    """The texts of the article's body paragraphs."""
    return [p.text for p in article.paragraphs]


def title_and_body_lines(page: list[str]) -> tuple[str | None, list[str]]:
    """The title the cleaner finds on the page made of ``page``'s lines, and the page lines its body
    paragraphs start at."""
    found = extract_text("\n".join(page))
    return found.title, [page[first - 1] for first, _ in found.body]


def lookalike_pages(file: str) -> dict[str, dict[str, object]]:
    """The pages of a red-team pass's regression file under tests/data/, by name."""
    path = Path(__file__).parent / "data" / file
    return json.loads(path.read_text(encoding="utf-8"))["pages"]


def assert_read_as_pinned(name: str, page: dict[str, object]) -> None:
    """``page`` cleaned reads the title, body, date and outlet pinned with it; a record's text is a
    page dump exactly as pinned where the page pins ``page_dump``."""
    out = clean(Article(id=name, source_file="page.txt", kind=str(page["kind"]), raw=str(page["text"])), Settings())
    assert [out.title, body_texts(out), out.published, out.outlet] == [page["title"], page["body"], page["published"], page["outlet"]]
    if "page_dump" in page:
        assert looks_like_page_dump(str(page["text"])) is page["page_dump"]
