"""A small made-up night (articles and topics) that takes every branch of the bundled templates.

:meth:`~translate_summarize.render.markdown.MarkdownRenderer.check` renders every template against it
before a run starts, so a template with an undefined variable or a sandbox violation is a usage
error (exit 2, nothing written) instead of a traceback after all the work.
"""

from __future__ import annotations

from ..article import Article, BriefSentence, Paragraph, Segment, Summary, SummarySentence, Topic


def sample_night() -> tuple[list[Article], list[Topic]]:
    """Two ok articles in two topics (a new story and a continuing one) and two problem inputs."""
    arabic = Article(
        id="a000000000000001", source_file="in/ar_page.txt", lang="ar", title="عنوان", title_en="A sample title",
        url="https://example.org/news/1", outlet="Sample Outlet", published="2026-01-01", credited_source="AFP",
        paragraphs=(
            Paragraph("عنوان فرعي", (3, 3), heading=True, lang="ar"),
            Paragraph("جملة أولى. جملة ثانية.", (5, 5), lang="ar"),
            Paragraph("An English quote in the page.", (7, 7), lang="en"),
            Paragraph("جملة ثالثة.", (9, 9), lang="ar"),
        ),
        segments=(
            Segment(0, "عنوان فرعي", "A sub-heading", "memory"),
            Segment(1, "جملة أولى.", "A first sentence.", "model", sentence=0, low_confidence=True),
            Segment(1, "جملة ثانية.", "A second sentence.", "model", sentence=1, flags=("repetition",)),
            Segment(2, "An English quote in the page.", "An English quote in the page.", "passthrough"),
            Segment(3, "جملة ثالثة.", None, "none", sentence=0),
        ),
        summary=Summary("default", (SummarySentence(1, "A first sentence."), SummarySentence(2, "A second sentence."))),
        topic_id="t-000000000001",
    )
    albanian = Article(
        id="a000000000000002", source_file="in/sq_page.html", kind="html", lang="sq", url="ftp://example.org/page",
        paragraphs=(Paragraph("Një fjali.", (1, 1), lang="sq"),),
        segments=(Segment(0, "Një fjali.", "One sentence.", "memory"),),
        summary=Summary("default", (SummarySentence(0, "One sentence."),)),
        topic_id="t-000000000002",
    )
    duplicate = Article(id="a000000000000001", source_file="in/zz_copy.txt").fail(
        "ingest", "duplicate of in/ar_page.txt (same content); processed once", "skipped")
    failed = Article(id="a000000000000003", source_file="in/feed.jsonl:2", kind="record", lang="sq").fail(
        "translate", "1 of 2 segments are not in the translation memory and no sq->en translation model is installed; "
        "run: translate-summarize models install sq")
    topics = [
        Topic("t-000000000001", "s-000000000001", "sample, title — A sample title", ("sample", "title"), (arabic.id,),
              ("ar",), "2026-01-01", "2026-01-01", (BriefSentence("A first sentence.", arabic.id, 1),),
              headline="A sample title", new_story=True),
        Topic("t-000000000002", "s-000000000002", "One sentence.", (), (albanian.id,), ("sq",), None, None,
              (BriefSentence("One sentence.", albanian.id, 0),), headline=None, new_story=False),
    ]
    return [arabic, albanian, duplicate, failed], topics
