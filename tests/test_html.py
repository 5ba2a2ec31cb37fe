"""HTML pages through trafilatura into the article model: paragraphs, headings, source lines, metadata."""

from __future__ import annotations

from translate_summarize.article import Article
from translate_summarize.html import clean_html
from translate_summarize.ingest import content_id
from translate_summarize.settings import Settings

PAGE = """<!DOCTYPE html>
<html lang="sq">
<head>
<meta charset="utf-8">
<title>Takimi në Dushanbe | Kosova Times</title>
<meta property="og:site_name" content="Kosova Times">
<meta property="article:published_time" content="2025-10-12T16:43:00+00:00">
<link rel="canonical" href="https://example.com/takimi">
<script>var menu = "Azerbajxhani e konsideroi takimin";</script>
</head>
<body>
<nav><ul><li><a href="/">Ballina</a></li><li><a href="/lajme">Lajme</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Përqafime në Dushanbe: Si e mposhti Putin Aliyevin</h1>
<p>Azerbajxhani e konsideroi takimin e Putinit me Aliyevin si një fitore për Bakunë në përballjen e tij me Moskën. Taktikisht, kjo mund të interpretohej në atë mënyrë, por strategjikisht, Putini fitoi.</p>
<h2>Si u zhvillua konflikti</h2>
<p>Presidentët rusë dhe azerbajxhanas, Vladimir Putin dhe Ilham Aliyev, u përqafuan në një takim informal të udhëheqësve të CIS në Dushanbe,
pasi diskutuan publikisht konfliktin gati nj&euml;vje&ccedil;ar <b>që</b> shpërtheu pas rrëzimit të avionit.</p>
<p>Në Baku, gazetarët rusë dhe banorët e zhvendosur u arrestuan dhe u rrahën menjëherë; ata janë ende nën hetim.</p>
</article>
<footer><p>© 2025 Kosova Times. Të gjitha të drejtat e rezervuara.</p></footer>
</body>
</html>
"""


def html_article(raw: str, **kw: object) -> Article:
    return Article(id=content_id(raw), source_file="page.html", kind="html", raw=raw, **kw)  # type: ignore[arg-type]


def test_paragraphs_headings_and_source_lines() -> None:
    done = clean_html(html_article(PAGE), Settings())
    assert done.status == "ok"
    assert [(p.heading, p.source_lines) for p in done.paragraphs] == [(False, (15, 15)), (True, (16, 16)), (False, (17, 18)), (False, (19, 19))]
    assert done.paragraphs[1].text == "Si u zhvillua konflikti"
    assert done.paragraphs[2].text.endswith("konfliktin gati njëvjeçar që shpërtheu pas rrëzimit të avionit.")
    assert "Ballina" not in done.body_text() and "©" not in done.body_text()


def test_metadata_from_the_page() -> None:
    done = clean_html(html_article(PAGE), Settings())
    assert (done.title, done.title_line) == ("Përqafime në Dushanbe: Si e mposhti Putin Aliyevin", 14)
    assert (done.published, done.published_raw) == ("2025-10-12", "2025-10-12")
    assert (done.outlet, done.url) == ("Kosova Times", "https://example.com/takimi")


def test_record_hints_override_detected_metadata() -> None:
    hints = {"format": "html", "title": "Titull tjetër", "published": "12 tetor 2025", "outlet": "KT", "url": "https://kt.al/1"}
    done = clean_html(Article(id="x", source_file="f.jsonl:3", kind="record", raw=PAGE, url="https://kt.al/1", hints=hints), Settings())
    assert (done.title, done.title_line, done.published, done.published_raw, done.outlet, done.url) == (
        "Titull tjetër", None, "2025-10-12", "12 tetor 2025", "KT", "https://kt.al/1",
    )


def test_boilerplate_only_page_is_skipped_with_reason() -> None:
    raw = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><footer>© 2025</footer></body></html>"
    done = clean_html(html_article(raw), Settings())
    assert (done.status, done.stage, done.paragraphs) == ("skipped", "clean", ())
    assert done.reason == "page.html: no article body found in the HTML (only navigation or boilerplate); nothing to translate"


def test_no_network_is_attempted() -> None:
    # conftest's autouse fixture makes any non-loopback connection raise; a page with remote
    # resources and a canonical URL must still extract.
    raw = PAGE.replace("<body>", '<body><img src="https://cdn.example.com/a.png"><iframe src="https://example.com/x"></iframe>')
    assert clean_html(html_article(raw), Settings()).status == "ok"


def test_source_lines_survive_invisible_marks_and_extractor_normalisation() -> None:
    raw = PAGE.replace("Në Baku, gazetarët", "Në Ba&shy;ku, gaze\u200btarët").replace("menjëherë;", "menj\u200fëherë;")
    raw = raw.replace("përballjen e tij", "përballjen\u00a0\u00a0e tij")
    done = clean_html(html_article(raw), Settings())
    assert [p.source_lines for p in done.paragraphs] == [(15, 15), (16, 16), (17, 18), (19, 19)]
    assert done.paragraphs[3].text.startswith("Në Baku, gazetarët")


def test_locator_falls_back_to_the_paragraph_edges_when_the_middle_differs() -> None:
    from translate_summarize.html import _TextLocator

    raw = "<html><body>\n<p>Hyrja e faqes.</p>\n<p>Paragrafi i parë ka një fjali shumë të gjatë\nme mesin e ndryshuar &amp; fundin e njëjtë deri këtu.</p>\n</body></html>"
    locator = _TextLocator(raw)
    changed = "Paragrafi i parë ka një fjali shumë të gjatë me MESIN e ndryshuar & fundin e njëjtë deri këtu."
    assert locator.find(changed) == (3, 4)
    assert locator.find("Një tekst që nuk gjendet fare në faqe, as në fillim as në fund.") == (0, 0)
