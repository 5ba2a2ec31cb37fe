"""Markdown pages (digest, topic pages, article pages) from Jinja2 templates.

Templates are package data (``render/templates/*.j2``); ``--templates DIR`` overrides any of them by
name and the rest fall back to the bundled ones. Every value a template prints goes through
:func:`escape` (Jinja ``finalize``), so text from the pages — HTML, links, Markdown syntax — comes
out literally and cannot add structure to the brief. Values the renderer builds itself (relative
links, ids, numbers) are wrapped in :class:`Safe` and printed unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..article import Article, Topic
from .jsonl import article_sort_key

TEMPLATE_NAMES: tuple[str, ...] = ("brief.md.j2", "topic.md.j2", "article.md.j2")

_SPECIALS = re.compile(r"([\\`*_\[\]#|~<>&])")
_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])")


class Safe(str):
    """A string the renderer built (link, id, number): printed without escaping."""

    __slots__ = ()


def escape(value: Any) -> str:
    """Make ``value`` inert Markdown: HTML ``< > &`` as entities, Markdown specials backslashed.

    Newlines become spaces (a value cannot start a block), a leading list/quote/heading marker or
    ``1.`` is escaped, and ``://`` / ``www.`` are broken so bare URLs are not autolinked.
    """
    if value is None:
        return ""
    if isinstance(value, Safe):
        return str(value)
    text = " ".join(str(value).split())
    text = _SPECIALS.sub(lambda m: _ENTITIES.get(m.group(1), "\\" + m.group(1)), text)
    text = _LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)
    return text.replace("://", "\\://").replace("www.", "www\\.")


def _finalize(value: Any) -> str:
    return escape(value)


def environment(templates_dir: Path | None = None) -> Any:
    """A Jinja2 environment: ``templates_dir`` first (if given), then the bundled templates."""
    import jinja2

    loaders: list[Any] = []
    if templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
    loaders.append(jinja2.PackageLoader("translate_summarize.render", "templates"))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,
        finalize=_finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


# --- view models --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SegmentView:
    text: str
    mark: str | None


@dataclass(frozen=True, slots=True)
class ParagraphView:
    heading: bool
    source: str
    segments: tuple[SegmentView, ...]
    lang: str | None

    @property
    def english(self) -> Safe:
        """The English segments joined, each escaped, warnings shown as bold ``[...]`` after a segment."""
        parts = [escape(s.text) + (f" **[{escape(s.mark)}]**" if s.mark else "") for s in self.segments]
        return Safe(" ".join(parts) if parts else "**[no translation]**")


@dataclass(frozen=True, slots=True)
class Citation:
    n: int
    article_id: str
    link: Safe
    title: str
    outlet: str | None
    published: str | None
    lang: str | None

    @property
    def meta(self) -> str:
        return " · ".join(v for v in (self.outlet, self.published, self.lang) if v) or "no metadata"


@dataclass(frozen=True, slots=True)
class BriefSentenceView:
    en: str
    cites: tuple[int, ...]
    links: tuple[Safe, ...]

    @property
    def cite_links(self) -> Safe:
        """``[[1]](articles/<id>.md)`` for each citation of the sentence."""
        return Safe(" ".join(f"[[{n}]]({link})" for n, link in zip(self.cites, self.links)))


@dataclass(frozen=True, slots=True)
class TopicView:
    topic_id: str
    story_id: str
    new_story: bool
    label: str
    keywords: tuple[str, ...]
    languages: str
    date_range: str
    size: int
    link: Safe
    sentences: tuple[BriefSentenceView, ...]
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class ProblemView:
    source_file: str
    article_id: str
    status: str
    stage: str | None
    reason: str | None


@dataclass(slots=True)
class Digest:
    run_date: str
    topics: list[TopicView] = field(default_factory=list)
    problems: list[ProblemView] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def segment_mark(segment: Any) -> str | None:
    """The visible warning shown after a segment: untranslated, flagged or low confidence."""
    if segment.en is None:
        return "untranslated"
    if segment.flags:
        return "flagged: " + ", ".join(segment.flags)
    if segment.low_confidence:
        return "low confidence"
    return None


def paragraph_views(article: Article) -> list[ParagraphView]:
    """Each body paragraph with its English segments (in reading order) and its source text."""
    by_paragraph: dict[int, list[SegmentView]] = {}
    for seg in article.segments:
        text = seg.en if seg.en is not None else seg.source
        by_paragraph.setdefault(seg.paragraph, []).append(SegmentView(text, segment_mark(seg)))
    return [
        ParagraphView(p.heading, p.text, tuple(by_paragraph.get(i, ())), p.lang)
        for i, p in enumerate(article.paragraphs)
    ]


def article_title(article: Article, limit: int = 80) -> str:
    """English title, else original title, else ``(untitled)`` + the start of the first English sentence."""
    if article.title_en or article.title:
        return str(article.title_en or article.title)
    first = next((seg.en for seg in article.segments if seg.en), None)
    if not first:
        return f"(untitled article {article.id})"
    return "(untitled) " + (first if len(first) <= limit else first[: limit - 1].rstrip() + "…")


def date_range(first: str | None, last: str | None) -> str:
    if not first and not last:
        return "date unknown"
    if first == last or not last:
        return str(first)
    if not first:
        return str(last)
    return f"{first} to {last}"


def topic_view(topic: Topic, articles: dict[str, Article], prefix: str) -> TopicView:
    """Brief sentences with [n] citation numbers in order of first citation."""
    numbers: dict[str, int] = {}
    sentences = []
    for s in topic.brief:
        n = numbers.setdefault(s.article_id, len(numbers) + 1)
        sentences.append(BriefSentenceView(s.en, (n,), (Safe(f"{prefix}articles/{s.article_id}.md"),)))
    for article_id in topic.article_ids:  # members not cited still listed as sources
        numbers.setdefault(article_id, len(numbers) + 1)
    citations = []
    for article_id, n in numbers.items():
        a = articles.get(article_id)
        citations.append(
            Citation(
                n, article_id, Safe(f"{prefix}articles/{article_id}.md"),
                article_title(a) if a else article_id,
                a.outlet if a else None, a.published if a else None, a.lang if a else None,
            )
        )
    return TopicView(
        topic.topic_id, topic.story_id, topic.new_story, topic.label, topic.keywords,
        ", ".join(topic.languages), date_range(topic.first_published, topic.last_published),
        len(topic.article_ids), Safe(f"topics/{topic.topic_id}.md"), tuple(sentences), tuple(citations),
    )


class MarkdownRenderer:
    """Renders the digest, topic pages and article pages with one template environment."""

    def __init__(self, templates_dir: Path | None = None) -> None:
        self.env = environment(templates_dir)

    def _render(self, name: str, **context: Any) -> str:
        return str(self.env.get_template(name).render(**context))

    def brief(self, run_date: str, topics: Sequence[Topic], articles: Sequence[Article]) -> str:
        """The digest; ``topics`` in digest order (as :func:`~translate_summarize.topics.build_topics` returns them)."""
        by_id = {a.id: a for a in articles}
        counts: dict[str, int] = {}
        for a in articles:
            counts[a.status] = counts.get(a.status, 0) + 1
        digest = Digest(
            run_date=run_date,
            topics=[topic_view(t, by_id, "") for t in topics],
            problems=[
                ProblemView(a.source_file, a.id, a.status, a.stage, a.reason)
                for a in sorted(articles, key=article_sort_key)
                if not a.ok
            ],
            counts=counts,
        )
        return self._render("brief.md.j2", digest=digest)

    def topic(self, topic: Topic, articles: Sequence[Article]) -> str:
        by_id = {a.id: a for a in articles}
        return self._render("topic.md.j2", topic=topic_view(topic, by_id, "../"))

    def article(self, article: Article, topic: Topic | None) -> str:
        return self._render(
            "article.md.j2",
            article=article,
            title=article_title(article),
            paragraphs=paragraph_views(article),
            topic=topic,
            topic_link=Safe(f"../topics/{topic.topic_id}.md") if topic else None,
        )
