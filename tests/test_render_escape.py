"""Markdown rendering escapes article text: a hostile page cannot inject HTML, links or structure."""

from __future__ import annotations

import re
from pathlib import Path

from translate_summarize.article import Article, BriefSentence, Paragraph, Segment, Summary, SummarySentence, Topic
from translate_summarize.render.markdown import MarkdownRenderer, escape

HOSTILE = "<script>alert(1)</script> [link](http://x) `code` |table| *bold* _em_ & ![img](http://y/i.png)"


def hostile_article() -> Article:
    paragraphs = (
        Paragraph("# heading", (3, 3), heading=False, lang="en"),
        Paragraph(HOSTILE, (5, 5), lang="en"),
        Paragraph("- item\n> quote\n1. numbered", (7, 9), lang="en"),
    )
    segments = (
        Segment(0, "# heading", "# heading", "passthrough"),
        Segment(1, HOSTILE, HOSTILE, "passthrough", low_confidence=True),
        Segment(2, "- item", None, "none"),
    )
    return Article(
        id="0123456789abcdef", source_file="in/<evil>.txt", lang="en", title="<b>T</b> [x](y)", title_en="# Title |x|",
        outlet="www.evil.example", published="2025-01-02", paragraphs=paragraphs, segments=segments,
        summary=Summary("lead", (SummarySentence(1, HOSTILE),)), topic_id="t-1",
    )


def hostile_topic() -> Topic:
    return Topic("t-1", "s-1", "<i>label</i> [a](b)", ("k|w",), ("0123456789abcdef",), ("en",), "2025-01-02", "2025-01-02",
                 (BriefSentence("## not a heading <img src=x>", "0123456789abcdef", 1),))


def test_escape_exact() -> None:
    assert escape("<a href='x'>&") == "&lt;a href='x'&gt;&amp;"
    assert escape("[link](http://x)") == "\\[link\\](http\\://x)"
    assert escape("# heading") == "\\# heading"
    assert escape("|a|b|") == "\\|a\\|b\\|"
    assert escape("`x` *y* _z_ ~s~") == "\\`x\\` \\*y\\* \\_z\\_ \\~s\\~"
    assert escape("- item") == "\\- item"
    assert escape("12. item") == "12\\. item"
    assert escape("line one\n# two") == "line one \\# two"
    assert escape("see www.x.org") == "see www\\.x.org"
    assert escape(None) == ""
    assert escape("plain text (with parens), 14:30.") == "plain text (with parens), 14:30."


def _assert_inert(md: str) -> None:
    assert "<script>" not in md and "<b>" not in md and "<i>" not in md and "<img" not in md
    assert not re.search(r"(?<!\\)\]\((?!\.\./|articles/|topics/)", md)  # only the renderer's own links
    assert not re.search(r"(?<!\\)\[link", md) and "![img]" not in md
    assert "http://" not in md  # no bare autolinks either
    for line in md.splitlines():
        assert not line.startswith(("# heading", "## not", "|", "- item", "> quote", "1. numbered")), line
        assert "`code`" not in line


def test_hostile_article_page_is_inert() -> None:
    md = MarkdownRenderer().article(hostile_article(), hostile_topic())
    _assert_inert(md)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md
    assert "\\# heading" in md and "\\[link\\]" in md and "\\|table\\|" in md and "\\`code\\`" in md
    assert "**[low confidence]**" in md  # the renderer's own markup survives
    assert "**[untranslated]**" in md
    assert "[&lt;i&gt;label&lt;/i&gt; \\[a\\](b)](../topics/t-1.md)" in md


def test_hostile_brief_and_topic_are_inert() -> None:
    r = MarkdownRenderer()
    article = hostile_article().fail("translate", "reason with <script> and [x](http://y)")
    ok = hostile_article()
    brief = r.brief("2025-01-02", [hostile_topic()], [ok, article.replace(id="fedcba9876543210")])
    _assert_inert(brief)
    assert "reason with &lt;script&gt; and \\[x\\](http\\://y)" in brief
    assert "\\#\\# not a heading &lt;img src=x&gt; [[1]](articles/0123456789abcdef.md)" in brief
    topic = r.topic(hostile_topic(), [ok])
    _assert_inert(topic)
    assert "[[1]](../articles/0123456789abcdef.md)" in topic


def test_templates_override_falls_back(tmp_path: Path) -> None:
    (tmp_path / "brief.md.j2").write_text("CUSTOM {{ digest.run_date }} {{ digest.topics[0].label }}\n", encoding="utf-8")
    r = MarkdownRenderer(tmp_path)
    assert r.brief("2025-01-02", [hostile_topic()], [hostile_article()]) == "CUSTOM 2025-01-02 &lt;i&gt;label&lt;/i&gt; \\[a\\](b)\n"
    assert r.topic(hostile_topic(), [hostile_article()]).startswith("# &lt;i&gt;label")  # bundled template
