"""Markdown pages (digest, topic pages, article pages) from Jinja2 templates.

Templates are package data (``render/templates/*.j2``); ``--templates DIR`` overrides any of them by
name and the rest fall back to the bundled ones.

Escaping happens where a value is interpolated, never on the template's own text: templates see only
*view models* (:class:`ArticlePage`, :class:`TopicView`, :class:`Digest`...) whose every text field
is already :class:`Md` — an inert Markdown fragment made by :func:`md` — and links the renderer built
itself (:func:`link`, relative paths and ``http(s)`` URLs only). A template can also pass any value
it computes through the ``md`` filter (idempotent on :class:`Md`). Markup the template writes
(``###``, ``·``, `` at ``, ``<div dir="rtl">``) is printed exactly as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from ..article import Article, Topic
from .jsonl import article_sort_key

TEMPLATE_NAMES: tuple[str, ...] = ("brief.md.j2", "topic.md.j2", "article.md.j2", "story.md.j2")

RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})
"""Languages whose source text is shown right-to-left (``<div dir="rtl">``)."""

# Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they reorder what
# follows them, so a page could make the rendered text read differently from the file. C0/C1 control
# characters (terminal escapes) go too; tab/newline/CR are whitespace and collapse to one space.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
_ALWAYS = re.compile(r"[\\`*\[\]|~]")
_LINE_START = re.compile(r"^([-+=>]|\d{1,9}[.)])")
_SPECIALS = re.compile(
    r"[\\`*\[\]|~]"  # code spans, emphasis, links, table cells, strikethrough, escapes themselves
    r"|(?<![^\W_])_|_(?![^\W_])"  # _ that could open or close emphasis (intraword _ cannot)
    r"|<(?=[A-Za-z/!?])"  # < that could start an HTML tag, comment or autolink
    r"|&(?=#?\w+;)"  # & that could start a character reference
)
_CLOSING_HASHES = re.compile(r"(?<=\s)#+$")  # an ATX heading's closing sequence would eat these
_ANCHOR = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")
_RELATIVE = re.compile(r"(?:\.\./)*(?:[A-Za-z0-9][A-Za-z0-9_.-]*/)*[A-Za-z0-9][A-Za-z0-9_.-]*(?:#[A-Za-z][A-Za-z0-9_-]*)?")
_URL_SAFE = "/:@!$&'*+,;=?#%-._~"  # RFC 3986 reserved + unreserved, without ( ) that end a link destination


class Md(str):
    """An inert Markdown fragment: escaped text or markup the renderer built. Printed unchanged."""

    __slots__ = ()


def escape(value: Any) -> str:
    """Make ``value`` inert inline Markdown that renders as exactly its text (whitespace collapsed).

    Only what could change the rendering is escaped, so the file stays readable: ``\\ ` * [ ] | ~``
    always; ``_`` unless inside a word; ``<`` before a letter, ``/``, ``!`` or ``?`` and ``&`` before
    a character reference (as ``&lt;`` / ``&amp;``); a leading ``#``, list, quote or ``1.`` marker
    and a trailing ``#`` run; ``://`` and ``www.`` so bare URLs are not autolinked. Newlines become
    spaces (a value cannot start a block); bidi overrides and control characters are removed.
    """
    if value is None:
        return ""
    if isinstance(value, Md):
        return str(value)
    text = " ".join(_INVISIBLE.sub("", str(value)).split())
    text = _SPECIALS.sub(_escape_special, text)
    if text.startswith("#"):
        text = "\\" + text
    text = _CLOSING_HASHES.sub(lambda m: "\\" + m.group(0), text)
    text = _LINE_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], text)
    return text.replace("://", "\\://").replace("www.", "www\\.")


def _escape_special(m: re.Match[str]) -> str:
    char = m.group(0)
    if char == "<":
        return "&lt;"
    if char == "&":
        return "&amp;"
    return "\\" + char


def md(value: Any) -> Md:
    """``value`` as inert Markdown (:class:`Md` values are returned unchanged); the ``md`` filter."""
    return value if isinstance(value, Md) else Md(escape(value))


def link(text: Any, target: str) -> Md:
    """``[text](target)`` with ``text`` escaped; ``target`` must be from :func:`http_url` or :func:`relative`."""
    return Md(f"[{md(text)}]({target})")


def relative(path: str) -> str:
    """A link target the renderer builds (``../articles/<id>.md#para-3``); anything else is refused."""
    if not _RELATIVE.fullmatch(path):
        raise ValueError(f"not a safe relative link target: {path!r}")
    return path


def anchor(name: str) -> Md:
    """An HTML anchor ``<a id="name"></a>`` a link can jump to (``name`` from the renderer only)."""
    if not _ANCHOR.fullmatch(name):
        raise ValueError(f"not a safe anchor name: {name!r}")
    return Md(f'<a id="{name}"></a>')


def http_url(url: Any) -> str | None:
    """``url`` as a link destination when it is an absolute ``http(s)`` URL with a host, else None.

    ``javascript:``, ``data:``, relative and malformed URLs never become links. Characters that could
    end or break a Markdown link destination (spaces, parentheses, ``<>``, quotes, non-ASCII) are
    percent-encoded.
    """
    if not isinstance(url, str) or len(url) > 4096:
        return None
    text = url.strip()
    if any(unicodedata.category(c)[0] in "CZ" and c != " " for c in text):  # controls, bidi/format chars, odd spaces
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "\\" in text:
        return None
    if not parts.netloc.isascii():  # an internationalised host name: punycode, not percent-encoding
        try:
            host = parts.hostname.encode("idna").decode("ascii")
            port = f":{parts.port}" if parts.port is not None else ""
        except (UnicodeError, ValueError):
            return None
        userinfo = parts.netloc.rpartition("@")[0]
        netloc = (quote(userinfo, safe=":%") + "@" if userinfo else "") + host + port
        text = parts._replace(netloc=netloc).geturl()
    return quote(text, safe=_URL_SAFE)


def url_text(url: str) -> str:
    """The readable form of an http(s) URL shown as link text: no scheme, no trailing slash."""
    shown = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", url).rstrip("/")
    return shown if len(shown) <= 80 else shown[:79] + "…"


def _lang_code(lang: Any) -> str | None:
    return lang if isinstance(lang, str) and re.fullmatch(r"[a-z]{2,3}", lang) else None


# --- view models --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SegmentView:
    text: Md
    mark: Md | None


@dataclass(frozen=True, slots=True)
class ParagraphView:
    """A body paragraph: its English segments, the source text and how to show it."""

    index: int
    heading: bool
    source: Md
    segments: tuple[SegmentView, ...]
    lang: Md | None
    rtl: bool
    """The source is in a right-to-left language (shown in a ``<div dir="rtl">`` block)."""
    show_source: bool
    """False when the source is the English text itself (not repeated as its own original)."""

    @property
    def anchor(self) -> Md:
        """``<a id="para-N"></a>``: brief citations of this paragraph's sentences jump here."""
        return anchor(f"para-{self.index}")

    @property
    def english(self) -> Md:
        """The English segments joined, each escaped, warnings shown as bold ``[...]`` after a segment.

        A paragraph none of whose segments could be translated is only marked ``[untranslated]`` when its
        source is quoted below it (the source text is not shown twice).
        """
        if self.show_source and self.segments and all(s.mark == UNTRANSLATED_MARK for s in self.segments):
            return Md(f"**[{UNTRANSLATED_MARK}]**")
        parts = [s.text + (f" **[{s.mark}]**" if s.mark else "") for s in self.segments]
        return Md(" ".join(parts) if parts else "**[no translation]**")


@dataclass(frozen=True, slots=True)
class SummaryLineView:
    text: Md
    paragraph: int | None


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """What ``article.md.j2`` sees as ``article``: every text field escaped."""

    id: Md
    heading: Md
    """English title, else original title, else ``(untitled) <first sentence>``."""
    title: Md | None
    title_en: Md | None
    outlet: Md | None
    published: Md | None
    credited_source: Md | None
    lang: Md | None
    source_file: Md
    status: Md
    stage: Md | None
    reason: Md | None
    ok: bool
    source_link: Md | None
    """``[host/path](url)`` when the article's ``url`` is an http(s) URL."""
    url_unlinked: Md | None
    """The ``url`` as plain text when it is not an http(s) URL (never a link)."""
    topic_link: Md | None
    """``[topic label](../topics/<id>.md)`` when the article is in a topic."""
    summary: tuple[SummaryLineView, ...]
    paragraphs: tuple[ParagraphView, ...]
    warnings: tuple[Md, ...] = ()
    """The article's warnings (e.g. input lines that were not valid UTF-8 and were repaired)."""


@dataclass(frozen=True, slots=True)
class Citation:
    n: int
    article_id: Md
    link: Md
    """Relative path of the article page (``articles/<id>.md``)."""
    title: Md
    outlet: Md | None
    published: Md | None
    lang: Md | None

    also_in: Md | None = None
    """Outlets of this article's syndicated copies (the same text), shown once here."""

    @property
    def meta(self) -> Md:
        return Md(" · ".join(v for v in (self.outlet, self.published, self.lang) if v) or "no metadata")

    @property
    def also_in_note(self) -> Md:
        """`` · also in: X, Y`` when the article has syndicated copies, else nothing."""
        return Md(f" · also in: {self.also_in}" if self.also_in else "")


@dataclass(frozen=True, slots=True)
class BriefSentenceView:
    en: Md
    cites: tuple[int, ...]
    targets: tuple[str, ...]

    @property
    def cite_links(self) -> Md:
        """``[[1]](articles/<id>.md#para-3)`` for each citation of the sentence."""
        return Md(" ".join(f"[[{n}]]({target})" for n, target in zip(self.cites, self.targets)))


@dataclass(frozen=True, slots=True)
class TopicView:
    topic_id: Md
    story_id: Md
    new_story: bool
    label: Md
    keywords: tuple[Md, ...]
    languages: Md
    date_range: Md
    size: int
    link: Md
    """Relative path of the topic page (from the brief)."""
    sentences: tuple[BriefSentenceView, ...]
    citations: tuple[Citation, ...]
    headline: Md = Md("")
    """The section heading: the most central member's title (no keyword prefix)."""
    outlets: Md = Md("")
    dates: Md = Md("")
    """Publication dates, saying which were inferred (undated articles take the run date)."""
    status: Md = Md("new")
    """``new`` or ``continuing since <first night>``."""
    story_link: Md = Md("")
    """Relative path of the story's timeline page (``stories/<story_id>.md``)."""
    copies: int = 0
    """Members shown only as "also in" (syndicated copies of another member)."""


@dataclass(frozen=True, slots=True)
class StoryNightView:
    run_date: Md
    articles: int
    outlets: Md
    languages: Md
    dates: Md
    headline: Md


@dataclass(frozen=True, slots=True)
class StoryPage:
    """What ``story.md.j2`` sees as ``story``: a story's timeline across nights."""

    story_id: Md
    headline: Md
    first_seen: Md
    status: Md
    nights: tuple[StoryNightView, ...]
    topic_link: Md
    """``[tonight's topic](../topics/<id>.md)``."""
    keywords: tuple[Md, ...]


@dataclass(frozen=True, slots=True)
class ProblemView:
    source_file: Md
    article_id: Md
    status: Md
    stage: Md | None
    reason: Md | None


@dataclass(frozen=True, slots=True)
class ProblemGroupView:
    """One row of the Problems table: a kind of reason, how many inputs, the fix, the files."""

    status: Md
    stage: Md
    reason: Md
    count: int
    fix: Md
    files: tuple[Md, ...]
    """``[source file](articles/<id>.md)`` for the first :data:`MAX_FILES_LISTED` inputs."""
    more: int
    """Inputs not listed in ``files`` (all are in errors.jsonl)."""


MAX_FILES_LISTED = 20


@dataclass(slots=True)
class Digest:
    run_date: Md
    topics: list[TopicView] = field(default_factory=list)
    problems: list[ProblemView] = field(default_factory=list)
    """Every skipped/failed input (sorted like articles.jsonl)."""
    problem_groups: list[ProblemGroupView] = field(default_factory=list)
    """The same inputs grouped by kind of reason, largest group first."""
    counts: dict[str, int] = field(default_factory=dict)


def problem_group_views(articles: Sequence[Article], prefix: str = "") -> list[ProblemGroupView]:
    from ..problems import group_problems

    return [
        ProblemGroupView(
            md(g.status), md(g.stage), md(g.reason), g.count, md(g.fix),
            tuple(link(source, article_target(prefix, article_id)) for source, article_id in g.members[:MAX_FILES_LISTED]),
            max(0, g.count - MAX_FILES_LISTED),
        )
        for g in group_problems(sorted(articles, key=article_sort_key))
    ]


def _opt(value: Any) -> Md | None:
    return md(value) if value not in (None, "") else None


UNTRANSLATED_MARK = "untranslated"


def segment_mark(segment: Any) -> str | None:
    """The visible warning shown after a segment: untranslated, flagged or low confidence."""
    if segment.en is None:
        return UNTRANSLATED_MARK
    if segment.flags:
        return "flagged: " + ", ".join(segment.flags)
    if segment.low_confidence:
        return "low confidence"
    return None


def paragraph_views(article: Article) -> list[ParagraphView]:
    """Each body paragraph with its English segments (in reading order) and its source text."""
    by_paragraph: dict[int, list[SegmentView]] = {}
    passthrough: dict[int, bool] = {}
    for seg in article.segments:
        text = seg.en if seg.en is not None else seg.source
        mark = segment_mark(seg)
        by_paragraph.setdefault(seg.paragraph, []).append(SegmentView(md(text), md(mark) if mark else None))
        passthrough[seg.paragraph] = passthrough.get(seg.paragraph, True) and seg.origin == "passthrough"
    views = []
    for i, p in enumerate(article.paragraphs):
        lang = _lang_code(p.lang) or _lang_code(article.lang)
        english_source = passthrough.get(i, False) or (lang == "en" and i not in by_paragraph)
        views.append(ParagraphView(
            i, p.heading, md(p.text), tuple(by_paragraph.get(i, ())), _opt(lang),
            rtl=lang in RTL_LANGUAGES, show_source=not english_source,
        ))
    return views


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


def segment_paragraph(article: Article | None, segment: int | None) -> int | None:
    """The paragraph holding ``article.segments[segment]`` (None when out of range, or for a headline citation)."""
    if article is None or segment is None or not 0 <= segment < len(article.segments):
        return None
    return article.segments[segment].paragraph


def article_target(prefix: str, article_id: str, paragraph: int | None = None) -> str:
    """``<prefix>articles/<id>.md`` (``#para-N`` when a paragraph is given)."""
    return relative(f"{prefix}articles/{article_id}.md" + (f"#para-{paragraph}" if paragraph is not None else ""))


def topic_view(topic: Topic, articles: dict[str, Article], prefix: str) -> TopicView:
    """Brief sentences with [n] citation numbers in order of first citation."""
    numbers: dict[str, int] = {}
    sentences = []
    for s in topic.brief:
        n = numbers.setdefault(s.article_id, len(numbers) + 1)
        target = article_target(prefix, s.article_id, segment_paragraph(articles.get(s.article_id), s.segment))
        sentences.append(BriefSentenceView(md(s.en), (n,), (target,)))
    copy_of = {c: g[0] for g in topic.copies for c in g[1:]}
    for article_id in topic.article_ids:  # members not cited still listed as sources, copies once
        if article_id not in copy_of:
            numbers.setdefault(article_id, len(numbers) + 1)
    also_in = {g[0]: [articles[c].outlet or articles[c].source_file for c in g[1:] if c in articles] for g in topic.copies}
    citations = []
    for article_id, n in numbers.items():
        a = articles.get(article_id)
        title = article_title(a) if a else article_id
        others = also_in.get(article_id)
        citations.append(
            Citation(
                n, md(article_id), Md(article_target(prefix, article_id)), md(title),
                _opt(a.outlet) if a else None, _opt(a.published) if a else None, _opt(a.lang) if a else None,
                md(", ".join(others)) if others else None,
            )
        )
    return TopicView(
        md(topic.topic_id), md(topic.story_id), topic.new_story, md(topic.label), tuple(md(k) for k in topic.keywords),
        md(", ".join(topic.languages)), md(date_range(topic.first_published, topic.last_published)),
        len(topic.article_ids), Md(relative(f"{prefix}topics/{topic.topic_id}.md")), tuple(sentences), tuple(citations),
        headline=md(topic.headline or topic.label), outlets=md(", ".join(topic.outlets) or "unknown"),
        dates=md(topic_dates(topic, articles)), status=md(story_status(topic)),
        story_link=Md(relative(f"{prefix}stories/{topic.story_id}.md")), copies=len(copy_of),
    )


def story_status(topic: Topic) -> str:
    """``new`` or ``continuing since <the night the story was first seen>``."""
    if topic.new_story:
        return "new"
    return f"continuing since {topic.story_first_seen}" if topic.story_first_seen else "continuing"


def topic_dates(topic: Topic, articles: dict[str, Article]) -> str:
    """The members' publication dates; undated members are named with the run date used for them, or
    as placed by their text beside dated ones (``topics.undated = "free"``: no date is made up)."""
    shown = date_range(topic.first_published, topic.last_published) if topic.first_published else ""
    undated = [articles[i] for i in topic.undated_articles if i in articles]
    used = sorted({a.published_inferred for a in undated if a.published_inferred})
    if used:
        note = f"{len(undated)} undated, taken as {', '.join(used)} (run date)"
    elif undated and shown:
        note = f"{len(undated)} undated, placed by text"
    else:
        return shown or "date unknown"
    return f"{shown}; {note}" if shown else note


def story_page(topic: Topic) -> StoryPage:
    """The view model of ``stories/<story_id>.md``."""
    nights = tuple(
        StoryNightView(
            md(n.run_date), n.n_articles, md(", ".join(n.outlets) or "unknown"), md(", ".join(n.languages) or "unknown"),
            md(date_range(n.first_published, n.last_published)), md(n.headline or ""),
        )
        for n in topic.timeline
    )
    return StoryPage(
        story_id=md(topic.story_id), headline=md(topic.headline or topic.label), first_seen=md(topic.story_first_seen or "unknown"),
        status=md(story_status(topic)), nights=nights,
        topic_link=link(topic.headline or topic.label, relative(f"../topics/{topic.topic_id}.md")),
        keywords=tuple(md(k) for k in topic.keywords),
    )


def article_page(article: Article, topic: Topic | None) -> ArticlePage:
    """The view model of ``articles/<id>.md``."""
    url = http_url(article.url)
    summary = tuple(
        SummaryLineView(md(s.en), segment_paragraph(article, s.segment))
        for s in (article.summary.sentences if article.summary else ())
    )
    return ArticlePage(
        id=md(article.id), heading=md(article_title(article)), title=_opt(article.title), title_en=_opt(article.title_en),
        outlet=_opt(article.outlet), published=_opt(article.published), credited_source=_opt(article.credited_source),
        lang=_opt(article.lang), source_file=md(article.source_file), status=md(article.status),
        stage=_opt(article.stage), reason=_opt(article.reason), ok=article.ok,
        source_link=link(url_text(str(article.url).strip()), url) if url else None,
        url_unlinked=_opt(article.url) if article.url and not url else None,
        topic_link=link(topic.headline or topic.label, relative(f"../topics/{topic.topic_id}.md")) if topic else None,
        summary=summary, paragraphs=tuple(paragraph_views(article)),
        warnings=tuple(md(w) for w in article.warnings),
    )


def by_id_preferring_ok(articles: Sequence[Article]) -> dict[str, Article]:
    """One article per id: the ok one where an id has several records (a duplicate input is skipped
    with the same id), else the first in output order."""
    out: dict[str, Article] = {}
    for a in sorted(articles, key=article_sort_key):
        kept = out.get(a.id)
        if kept is None or (a.ok and not kept.ok):
            out[a.id] = a
    return out


# --- templates ------------------------------------------------------------------------------------

MAX_SEQUENCE = 1_000_000
"""Largest string or list a template may build with ``*`` (and largest ``**`` result), against
templates that would exhaust memory in the usage check."""


def _sandbox_class() -> Any:
    from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

    class Sandbox(ImmutableSandboxedEnvironment):
        """No attribute starting with ``_``, no mutation of lists/dicts, no huge ``*``/``**`` results."""

        intercepted_binops = frozenset({"*", "**"})

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "*":
                for seq, n in ((left, right), (right, left)):
                    if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_SEQUENCE:
                        raise SecurityError(f"repeating a sequence of {len(seq)} items {n} times is too large")
            if operator == "**" and isinstance(right, (int, float)) and abs(right) > 64 and isinstance(left, (int, float)) and abs(left) > 1:
                raise SecurityError(f"{left} ** {right} is too large")
            return super().call_binop(context, operator, left, right)

    return Sandbox


def environment(templates_dir: Path | None = None) -> Any:
    """A sandboxed Jinja2 environment: ``templates_dir`` first (if given), then the bundled templates.

    Templates cannot reach Python internals (``__class__``, ``__subclasses__``...), call mutating
    methods or build huge values; an undefined variable or attribute is an error, not empty text.
    """
    import jinja2

    loaders: list[Any] = []
    if templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
    loaders.append(jinja2.PackageLoader("translate_summarize.render", "templates"))
    env = _sandbox_class()(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["md"] = md
    return env


class TemplateProblem(ValueError):
    """A template cannot be rendered: names the template file, the line and what is wrong."""


def _template_line(exc: BaseException, filename: str | None) -> int | None:
    """The template line of the innermost traceback frame in ``filename`` (Jinja rewrites frames)."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if filename and tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


class MarkdownRenderer:
    """Renders the digest, topic pages and article pages with one sandboxed template environment."""

    def __init__(self, templates_dir: Path | None = None) -> None:
        self.env = environment(templates_dir)

    def _render(self, name: str, **context: Any) -> str:
        import jinja2

        try:
            template = self.env.get_template(name)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateProblem(f"{exc.filename or name} line {exc.lineno}: {exc.message}") from None
        try:
            text = str(template.render(**context))
        except Exception as exc:  # a template error of any kind: undefined name, sandbox refusal, bad filter...
            line = _template_line(exc, template.filename)
            where = f"{template.filename or name}" + (f" line {line}" if line else "")
            kind = "undefined" if isinstance(exc, jinja2.UndefinedError) else type(exc).__name__
            raise TemplateProblem(f"{where}: {kind}: {str(exc).rstrip('.')}") from exc
        return text.rstrip("\n") + "\n"  # one final newline, however the template's blocks end

    def check(self) -> None:
        """Render every template against sample articles and topics covering each branch of the
        bundled templates, so a broken or unsafe template fails before any work is done.

        Raises:
            TemplateProblem: naming the template file, the line and the undefined variable or error.
        """
        from .samples import sample_night

        articles, topics = sample_night()
        self.brief("2026-01-01", topics, articles)
        self.brief("2026-01-01", [], [a for a in articles if a.ok])
        for topic in topics:
            self.topic(topic, articles)
        for article in articles:
            self.article(article, next((t for t in topics if article.id in t.article_ids), None))
        for topic in topics:
            self.story(topic)

    def brief(self, run_date: str, topics: Sequence[Topic], articles: Sequence[Article]) -> str:
        """The digest; ``topics`` in digest order (as :func:`~translate_summarize.topics.build_topics` returns them)."""
        by_id = by_id_preferring_ok(articles)
        counts: dict[str, int] = {"ok": 0, "skipped": 0, "failed": 0}
        for a in articles:
            counts[a.status] = counts.get(a.status, 0) + 1
        digest = Digest(
            run_date=md(run_date),
            topics=[topic_view(t, by_id, "") for t in topics],
            problems=[
                ProblemView(md(a.source_file), md(a.id), md(a.status), _opt(a.stage), _opt(a.reason))
                for a in sorted(articles, key=article_sort_key)
                if not a.ok
            ],
            problem_groups=problem_group_views(articles),
            counts=counts,
        )
        return self._render("brief.md.j2", digest=digest)

    def topic(self, topic: Topic, articles: Sequence[Article]) -> str:
        return self._render("topic.md.j2", topic=topic_view(topic, by_id_preferring_ok(articles), "../"))

    def article(self, article: Article, topic: Topic | None) -> str:
        return self._render("article.md.j2", article=article_page(article, topic))

    def story(self, topic: Topic) -> str:
        """The story's timeline page (``stories/<story_id>.md``) as of tonight's ``topic``."""
        return self._render("story.md.j2", story=story_page(topic))
