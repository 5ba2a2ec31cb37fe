"""Markdown escaping: a hostile page cannot inject HTML, links or structure, and every value renders as
exactly its own text (checked by rendering with markdown-it-py, not by comparing strings)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from translate_summarize.article import Article, BriefSentence, Paragraph, Segment, Summary, SummarySentence, Topic
from translate_summarize.render.markdown import MarkdownRenderer, escape, http_url

HOSTILE = "<script>alert(1)</script> [link](http://x) `code` |table| *bold* _em_ & ![img](http://y/i.png) &amp;"
BIDI = "\u202e\u2066\u202a\u2069"

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])


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
        summary=Summary("lead", (SummarySentence(1, HOSTILE),)), topic_id="t-1", url="javascript:alert(1)",
    )


def hostile_topic() -> Topic:
    return Topic("t-1", "s-1", "<i>label</i> [a](b)", ("k|w",), ("0123456789abcdef",), ("en",), "2025-01-02", "2025-01-02",
                 (BriefSentence("## not a heading <img src=x>", "0123456789abcdef", 1),))


def test_escape_exact() -> None:
    assert escape("<a href='x'>&") == "&lt;a href='x'>&"
    assert escape("&amp; &#39; AT&T") == "&amp;amp; &amp;#39; AT&T"
    assert escape("[link](http://x)") == "\\[link\\](http\\://x)"
    assert escape("# heading") == "\\# heading"
    assert escape("Issue ##") == "Issue \\##"
    assert escape("C# and F#") == "C# and F#"
    assert escape("|a|b|") == "\\|a\\|b\\|"
    assert escape("`x` *y* _z_ ~s~") == "\\`x\\` \\*y\\* \\_z\\_ \\~s\\~"
    assert escape("- item") == "\\- item"
    assert escape("> quote") == "\\> quote"
    assert escape("12. item") == "12\\. item"
    assert escape("line one\n# two") == "line one # two"
    assert escape("see www.x.org") == "see www\\.x.org"
    assert escape(None) == ""
    assert escape("plain text (with parens), 14:30.") == "plain text (with parens), 14:30."
    # what the issue showed escaped for nothing: file names, language pairs, arrows, a < b
    assert escape("seeds/000_24618d5ee539ec34.txt") == "seeds/000_24618d5ee539ec34.txt"
    assert escape("no sq->en model; 3 < 4") == "no sq->en model; 3 < 4"
    assert escape(f"a{BIDI}b\x1b[31mc\x00") == "ab\\[31mc"


def _inline_text(tokens: list) -> str:
    """The text a reader sees in an inline token's children (links' text included, markup not)."""
    out = []
    for t in tokens:
        if t.type in ("text", "code_inline"):
            out.append(t.content)
        elif t.type == "softbreak":
            out.append("\n")
        elif t.type not in ("link_open", "link_close"):
            out.append(f"<{t.type}>")
    return "".join(out)


def _blocks(source: str) -> list[tuple[str, str]]:
    """(block type, inline text) of every block that holds inline content."""
    out, opened = [], []
    for tok in MD.parse(source):
        if tok.nesting == 1:
            opened.append(tok.type)
        elif tok.nesting == -1:
            opened.pop()
        elif tok.type == "inline":
            out.append((opened[-1], _inline_text(tok.children)))
        else:
            out.append((tok.type, tok.content))
    return out


SPECIALS = "\\`*_[]|~<>&#!()-+=.:/;'\" \n\t1a" + "زب" + BIDI + "\x1b\x00"
texts = st.text(alphabet=st.sampled_from(SPECIALS), min_size=1, max_size=30) | st.sampled_from(
    ["http://x.org", "www.a.b", "&amp;", "&#39;", "<http://a>", "<!-- c -->", "1. x", "10) y", "---", "===", "  code",
     "a_b_c", "_a_", "__a__", "**b**", "[^1]", "[x]: /u", "\\#", "a \\", "# ##", "| - |"]
)


def _norm(value: str) -> str:
    return " ".join("".join(c for c in value if c not in BIDI and c not in "\x1b\x00").split())


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(["{v}", "Intro line\n{v}", "# {v}", "### x {v}", "- {v}", "1. {v}", "[{v}](a.md)",
                               "| h |\n|---|\n| {v} |", "> {v}", "*{v}* · {v}"]))
def test_every_value_renders_as_its_own_text(value: str, context: str) -> None:
    expected = _norm(value)
    if not expected:
        return
    blocks = _blocks(context.format(v=escape(value)))
    literal = {"{v}": expected, "Intro line\n{v}": "Intro line\n" + expected, "# {v}": expected, "### x {v}": "x " + expected,
               "- {v}": expected, "1. {v}": expected, "[{v}](a.md)": expected, "| h |\n|---|\n| {v} |": expected,
               "> {v}": expected, "*{v}* · {v}": f"<em_open>{expected}<em_close> · {expected}"}[context]
    kinds = {"# {v}": "heading_open", "### x {v}": "heading_open", "| h |\n|---|\n| {v} |": "td_open"}
    assert blocks[-1] == (kinds.get(context, "paragraph_open"), literal), (context, escape(value))
    assert all(kind != "html_block" for kind, _ in blocks)


def test_http_url_only() -> None:
    assert http_url("https://example.com/a b(c)<d>\"") == "https://example.com/a%20b%28c%29%3Cd%3E%22"
    assert http_url("http://x.org/p?q=1&r=2#f") == "http://x.org/p?q=1&r=2#f"
    assert http_url("https://ex.com/ü") == "https://ex.com/%C3%BC"
    assert http_url("https://bücher.example/ü?q=ë") == "https://xn--bcher-kva.example/%C3%BC?q=%C3%AB"
    assert http_url("http://user@مثال.example:8080/") == "http://user@xn--mgbh0fb.example:8080/"
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>", "//evil.com/x", "/relative",
                "http://", "https:///path", "ftp://x.org/f", "http://x.org/\u202ecod.exe", "http://x.org/\nx", None, 3,
                "http://x.org\\@evil.com/", " java\tscript:x"):
        assert http_url(bad) is None, bad


def _html(md: str) -> str:
    return MD.render(md)


def _assert_inert(md: str) -> None:
    html = _html(md)
    for tag in ("<script", "<b>", "<i>", "<img", "<code", "<em>em", "<em>bold", "<strong>bold", "<del", "<h2>not"):
        assert tag not in html, (tag, html)
    for tok in (t for block in MD.parse(md) for t in ([block] + list(block.children or []))):
        if tok.type == "link_open":
            href = tok.attrs["href"]
            assert href.startswith(("articles/", "../articles/", "topics/", "../topics/", "stories/", "../stories/", "#para-")), href
        if tok.type in ("html_inline", "html_block"):
            assert re.fullmatch(r'<a id="para-\d+">|</a>|<div dir="rtl" lang="ar">|</div>', tok.content.strip()), tok.content


def test_hostile_article_page_is_inert() -> None:
    md = MarkdownRenderer().article(hostile_article(), hostile_topic())
    _assert_inert(md)
    html = _html(md)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [link](http://x) `code` |table| *bold* _em_ &amp; ![img](http://y/i.png) &amp;amp;" in html
    assert "<strong>[low confidence]</strong>" in html and "<strong>[untranslated]</strong>" in html
    assert '<a href="../topics/t-1.md">&lt;i&gt;label&lt;/i&gt; [a](b)</a>' in html
    assert "<li>Source address (not a web link, not linked): javascript:alert(1)</li>" in html
    assert "<h1># Title |x|</h1>" in html


def test_hostile_story_page_and_overview_are_inert() -> None:
    import dataclasses

    from translate_summarize.article import StoryNight

    night = StoryNight("2025-01-02", 1, "<script>x</script> | [h](http://e)", ("<b>Outlet</b> |o|",), ("en",), "2025-01-02", None)
    topic = dataclasses.replace(hostile_topic(), headline="# <i>head</i> | line", outlets=("*O* | x",), timeline=(night,),
                                new_story=False, story_first_seen="2025-01-01")
    r = MarkdownRenderer()
    page = r.story(topic)
    _assert_inert(page)
    html = _html(page)
    assert "<td>&lt;script&gt;x&lt;/script&gt; | [h](http://e)</td>" in html and "<td>&lt;b&gt;Outlet&lt;/b&gt; |o|</td>" in html
    assert "<h1>Story: # &lt;i&gt;head&lt;/i&gt; | line</h1>" in html
    brief = r.brief("2025-01-02", [topic], [hostile_article()])
    _assert_inert(brief)
    html = _html(brief)
    assert '<td><a href="topics/t-1.md"># &lt;i&gt;head&lt;/i&gt; | line</a></td>' in html
    assert "<td>*O* | x</td>" in html and "<td>continuing since 2025-01-01</td>" in html
    assert "<h2>1. # &lt;i&gt;head&lt;/i&gt; | line</h2>" in html


def test_hostile_brief_and_topic_are_inert() -> None:
    r = MarkdownRenderer()
    article = hostile_article().fail("translate", "reason with <script> and [x](http://y)")
    ok = hostile_article()
    brief = r.brief("2025-01-02", [hostile_topic()], [ok, article.replace(id="fedcba9876543210")])
    _assert_inert(brief)
    assert "reason with &lt;script&gt; and [x](http://y)" in _html(brief)
    assert '<p>## not a heading &lt;img src=x&gt; <a href="articles/0123456789abcdef.md#para-1">[1]</a></p>' in _html(brief)
    topic = r.topic(hostile_topic(), [ok])
    _assert_inert(topic)
    assert '<a href="../articles/0123456789abcdef.md#para-1">[1]</a>' in _html(topic)


def test_templates_override_falls_back(tmp_path: Path) -> None:
    (tmp_path / "brief.md.j2").write_text("CUSTOM {{ digest.run_date }} {{ digest.topics[0].label }}\n", encoding="utf-8")
    r = MarkdownRenderer(tmp_path)
    assert r.brief("2025-01-02", [hostile_topic()], [hostile_article()]) == "CUSTOM 2025-01-02 &lt;i>label&lt;/i> \\[a\\](b)\n"
    assert r.topic(hostile_topic(), [hostile_article()]).startswith("# &lt;i>label")  # bundled template


@pytest.mark.parametrize("lang, rtl", [("ar", True), ("sq", False)])
def test_source_text_direction_and_english_not_repeated(lang: str, rtl: bool) -> None:
    source = "مرحبا <b>بكم</b>" if rtl else "Përshëndetje <b>miq</b>"
    article = Article(
        id="00000000000000aa", source_file="x.txt", lang=lang,
        paragraphs=(Paragraph(source, (1, 1), lang=lang), Paragraph("An English quote.", (3, 3), lang="en")),
        segments=(Segment(0, source, "Hello friends", "memory"), Segment(1, "An English quote.", "An English quote.", "passthrough")),
    )
    md = MarkdownRenderer().article(article, None)
    html = _html(md)
    quoted = "&lt;b&gt;" + ("بكم" if rtl else "miq") + "&lt;/b&gt;"
    if rtl:
        assert f'<div dir="rtl" lang="ar">\n<blockquote>\n<p>{source.split("<")[0]}{quoted}</p>\n</blockquote>\n</div>' in html
    else:
        assert f"<blockquote>\n<p>{source.split('<')[0]}{quoted}</p>\n</blockquote>" in html and "dir=" not in html
    assert html.count("<blockquote>") == 1  # the English paragraph is not quoted as its own original
    assert '<p><a id="para-1"></a>An English quote.</p>' in html


def test_an_untranslated_paragraph_is_marked_and_its_source_shown_once() -> None:
    """A paragraph nothing could translate: the mark, then the quoted original (not the source twice).
    A paragraph translated in part keeps its untranslated sentence in place, marked."""
    paragraphs = (Paragraph("2 mars 2026", (1, 1), lang="sq"), Paragraph("E para. E dyta.", (3, 3), lang="sq"))
    segments = (Segment(0, "2 mars 2026", None, "none", flags=("no_model",)),
                Segment(1, "E para.", "The first.", "memory", sentence=0),
                Segment(1, "E dyta.", None, "none", sentence=1, flags=("no_model",)))
    article = Article(id="00000000000000bb", source_file="x.txt", lang="sq", paragraphs=paragraphs, segments=segments)
    html = _html(MarkdownRenderer().article(article, None))
    assert '<p><a id="para-0"></a><strong>[untranslated]</strong></p>\n<blockquote>\n<p>2 mars 2026</p>\n</blockquote>' in html
    assert html.count("2 mars 2026") == 1
    assert ('<p><a id="para-1"></a>The first. E dyta. <strong>[untranslated]</strong></p>\n'
            "<blockquote>\n<p>E para. E dyta.</p>\n</blockquote>") in html
