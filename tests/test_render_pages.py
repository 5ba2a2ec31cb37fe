"""Every Markdown page of a real night, rendered with markdown-it-py: headings, links, anchors and text
come out as the reader should see them (no template text escaped, no page text turned into markup)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from runhelpers import invoke, read_jsonl

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
NIGHT_1, NIGHT_2 = "2026-01-01", "2026-01-02"
ENGLISH = (
    "The city council approved the new budget on Monday after a long debate about schools and roads. "
    "Officials said the plan would raise spending on public transport and repair several bridges. "
    "Opposition members argued that the proposal ignored rural areas and asked for more money for farmers."
)
HOSTILE_TITLE = "Budget <script>alert(1)</script> [vote](javascript:alert(1)) # passes"
RECORDS = [
    {"title": HOSTILE_TITLE, "text": ENGLISH + "\n\nCouncil members will meet again next week to discuss the timetable for the works.",
     "url": "https://news.example.org/2026/budget vote(1)", "outlet": "Example News", "published": "2025-12-31"},
    {"title": "Bridge repairs", "text": ENGLISH.replace("budget", "repair plan") + "\n\nWork on the bridges starts in spring.",
     "url": "javascript:alert(document.cookie)", "published": "2025-12-31"},
]
ALLOWED_HTML = re.compile(r'<a id="para-\d+">|</a>|<div dir="rtl" lang="ar">|</div>')


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory, seed_files: list[Path], seed_memory_file: Path) -> Path:
    work = tmp_path_factory.mktemp("pages")
    inputs = work / "in"
    inputs.mkdir()
    for f in seed_files:
        shutil.copy(f, inputs / f.name)
    (inputs / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (work / "models").mkdir()
    base = ["run", str(inputs), "--memory", str(seed_memory_file), "--out", str(work / "out"),
            "--models-dir", str(work / "models"), "-q"]
    for night in (NIGHT_1, NIGHT_2):
        result = invoke([*base, "--run-date", night])
        assert result.exit_code == 1, result.stderr  # the empty file is skipped
    return work / "out"


def _tokens(md: str) -> list:
    return [t for block in MD.parse(md) for t in ([block] + list(block.children or []))]


def _inline(md: str, opener: str) -> list[str]:
    """The text of every inline block directly under an ``opener`` token (``heading_open`` / h-level tag)."""
    tokens = MD.parse(md)
    out = []
    for i, tok in enumerate(tokens[:-1]):
        if (tok.type == opener or tok.tag == opener) and tokens[i + 1].type == "inline":
            out.append("".join(c.content for c in tokens[i + 1].children if c.type in ("text", "code_inline")))
    return out


def _anchors(md: str) -> set[str]:
    return {m.group(1) for t in _tokens(md) if t.type == "html_inline" for m in [re.fullmatch(r'<a id="(para-\d+)">', t.content)] if m}


def _pages(day: Path) -> list[Path]:
    return sorted(day.rglob("*.md"))


def test_every_link_resolves_and_only_allowed_html(nights: Path) -> None:
    for night in (NIGHT_1, NIGHT_2):
        day = nights / night
        pages = _pages(day)
        assert len(pages) > 8
        for page in pages:
            md = page.read_text(encoding="utf-8")
            for tok in _tokens(md):
                if tok.type in ("html_inline", "html_block"):
                    assert ALLOWED_HTML.fullmatch(tok.content.strip()), (page, tok.content)
                if tok.type != "link_open":
                    continue
                href = tok.attrs["href"]
                if href.startswith(("http://", "https://")):
                    continue
                path, _, fragment = href.partition("#")
                target = (page.parent / path).resolve() if path else page
                assert target.is_file() and day.resolve() in target.parents, (page, href)
                if fragment:
                    assert fragment in _anchors(target.read_text(encoding="utf-8")), (page, href)


def test_article_pages_headings_and_status_lines(nights: Path) -> None:
    day = nights / NIGHT_1
    for record in read_jsonl(day / "articles.jsonl"):
        md = (day / "articles" / f"{record['id']}.md").read_text(encoding="utf-8")
        assert len(_inline(md, "h1")) == 1
        assert _inline(md, "h2") == ["Summary", "Text"]
        headings = [i for i, p in enumerate(record["paragraphs"]) if p["heading"]]
        english = {seg["paragraph"]: seg["en"] for seg in record["segments"] if seg["en"]}
        assert _inline(md, "h3") == [english[i] for i in headings]
        html = MD.render(md)
        if record["status"] == "ok":
            assert "<li>Status: ok</li>" in html
        else:
            assert f"<li>Status: {record['status']} at {record['stage']}: {record['reason']}</li>" in html, html


def _link_texts(md: str, href: str) -> list[str]:
    """The text of every link to ``href``."""
    out = []
    for block in MD.parse(md):
        children = block.children or []
        for i, tok in enumerate(children):
            if tok.type == "link_open" and tok.attrs.get("href") == href:
                end = next(j for j in range(i, len(children)) if children[j].type == "link_close")
                out.append("".join(c.content for c in children[i + 1:end]))
    return out


def test_article_pages_name_their_topic_by_its_headline(nights: Path) -> None:
    """As the brief and the topic page do: the keywords are not the topic's name."""
    day = nights / NIGHT_1
    topics = read_jsonl(day / "topics.jsonl")
    assert any(t["headline"] and t["headline"] != t["label"] for t in topics)
    for topic in topics:
        for article_id in topic["article_ids"]:
            md = (day / "articles" / f"{article_id}.md").read_text(encoding="utf-8")
            assert _link_texts(md, f"../topics/{topic['topic_id']}.md") == [topic["headline"] or topic["label"]]


def test_seed_headings_are_real_headings_and_no_needless_escapes(nights: Path) -> None:
    day = nights / NIGHT_1
    pages = "\n".join(p.read_text(encoding="utf-8") for p in _pages(day))
    h3 = [h for p in (day / "articles").glob("*.md") for h in _inline(p.read_text(encoding="utf-8"), "h3")]
    assert "High-level contacts" in h3 and "The peacekeeping mission" in h3
    assert "\\#" not in pages and "000\\_" not in pages and "-&gt;" not in pages and "&gt;" not in pages


def test_hostile_record_page(nights: Path) -> None:
    day = nights / NIGHT_1
    records = {r["title"]: r for r in read_jsonl(day / "articles.jsonl") if r["source_file"].endswith("feed.jsonl:1")}
    record = records[HOSTILE_TITLE]
    md = (day / "articles" / f"{record['id']}.md").read_text(encoding="utf-8")
    html = MD.render(md)
    assert _inline(md, "h1") == [HOSTILE_TITLE]
    assert "<script" not in html and 'href="javascript' not in html
    assert '<li>Source: <a href="https://news.example.org/2026/budget%20vote%281%29">news.example.org/2026/budget vote(1)</a></li>' in html
    assert "<blockquote>" not in html  # English originals are not repeated as their own quote
    other = next(r for r in read_jsonl(day / "articles.jsonl") if r["title"] == "Bridge repairs")
    html = MD.render((day / "articles" / f"{other['id']}.md").read_text(encoding="utf-8"))
    assert "<li>Source address (not a web link, not linked): javascript:alert(document.cookie)</li>" in html
    assert "<a href=\"javascript" not in html


def test_brief_headings_meta_lines_and_citations(nights: Path) -> None:
    topics = read_jsonl(nights / NIGHT_2 / "topics.jsonl")
    md = (nights / NIGHT_2 / "brief.md").read_text(encoding="utf-8")
    html = MD.render(md)
    assert _inline(md, "h1") == [f"News brief {NIGHT_2}"]
    assert _inline(md, "h2") == [f"{i}. {t['headline'] or t['label']}" for i, t in enumerate(topics, 1)] + ["Problems"]
    assert all(t["keywords"] and f"Keywords: {', '.join(t['keywords'])}" in html for t in topics)  # below the heading, not in it
    first = topics[0]
    languages = ", ".join(first["languages"])
    dates = first["first_published"] if first["first_published"] == first["last_published"] else f"{first['first_published']} to {first['last_published']}"
    assert f"<em>{len(first['article_ids'])} articles · {languages} · {dates} · continuing since {NIGHT_1}</em>" in html
    assert all(not t["new_story"] for t in topics)  # night 2 repeats night 1: every story continues
    records = {r["id"]: r for r in read_jsonl(nights / NIGHT_2 / "articles.jsonl")}
    for sentence in first["brief"]["sentences"]:
        paragraph = records[sentence["article_id"]]["segments"][sentence["segment"]]["paragraph"]
        assert f'href="articles/{sentence["article_id"]}.md#para-{paragraph}"' in html


def test_topic_pages_render(nights: Path) -> None:
    for topic in read_jsonl(nights / NIGHT_1 / "topics.jsonl"):
        md = (nights / NIGHT_1 / "topics" / f"{topic['topic_id']}.md").read_text(encoding="utf-8")
        assert _inline(md, "h1") == [topic["headline"] or topic["label"]]
        assert _inline(md, "h2") == ["Brief", "Articles"]
        assert f"· story {topic['story_id']}" in MD.render(md)
