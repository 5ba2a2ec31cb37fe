"""The data model: frozen dataclasses that flow through every stage.

An :class:`Article` is created by ingest and each stage returns a *new* article with more fields
filled in (``dataclasses.replace``). ``to_record``/``from_record`` give the JSONL form; the field
names are part of the public output schema (``render/schemas``), keep them stable.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, Mapping, Sequence

SCHEMA_VERSION = 2
"""Of every JSONL record (articles, topics, errors) and run.json; 2: flat body_en/summary_text, summary.algorithm, run_id/run_date."""

Status = Literal["ok", "skipped", "failed"]
Origin = Literal["model", "memory", "passthrough", "none"]
InputKind = Literal["text", "html", "record"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph; ``start``/``end`` are character offsets into the paragraph text."""

    text: str
    start: int
    end: int

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_record(cls, d: Mapping[str, Any]) -> Sentence:
        return cls(text=d["text"], start=int(d["start"]), end=int(d["end"]))


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph (or an in-article heading) with its provenance in the raw file."""

    text: str
    source_lines: tuple[int, int]
    heading: bool = False
    lang: str | None = None
    lang_confidence: float | None = None
    sentences: tuple[Sentence, ...] = ()

    def to_record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "lang": self.lang,
            "lang_confidence": self.lang_confidence,
            "heading": self.heading,
            "source_lines": list(self.source_lines),
            "sentences": [s.to_record() for s in self.sentences],
        }

    @classmethod
    def from_sentences(
        cls, sentences: Sequence[str], source_lines: tuple[int, int], *, lang: str | None = None, heading: bool = False
    ) -> Paragraph:
        """A paragraph whose text is ``sentences`` joined by single spaces, with their offsets."""
        spans: list[Sentence] = []
        pos = 0
        for text in sentences:
            spans.append(Sentence(text, pos, pos + len(text)))
            pos += len(text) + 1
        return cls(text=" ".join(sentences), source_lines=source_lines, heading=heading, lang=lang, sentences=tuple(spans))

    @classmethod
    def from_record(cls, d: Mapping[str, Any]) -> Paragraph:
        first, last = d.get("source_lines") or (0, 0)
        return cls(
            text=d["text"],
            source_lines=(int(first), int(last)),
            heading=bool(d.get("heading", False)),
            lang=d.get("lang"),
            lang_confidence=d.get("lang_confidence"),
            sentences=tuple(Sentence.from_record(s) for s in d.get("sentences") or ()),
        )


@dataclass(frozen=True, slots=True)
class Segment:
    """One unit of translation, in reading order.

    ``paragraph`` indexes ``Article.paragraphs``; ``sentence`` indexes that paragraph's sentences, or
    is ``None`` when the segment is the whole paragraph (a paragraph-level memory hit, or English
    passthrough of a paragraph). ``en`` is ``None`` when nothing could translate it; ``flags`` holds
    why (``repetition``, ``empty``, ``too_long`` from the output guard; ``error``: the decoder raised;
    ``no_model``: no usable model) or a warning on a kept translation (``truncated``, ``partial``);
    ``error`` the message of an ``error``/``no_model`` flag.
    """

    paragraph: int
    source: str
    en: str | None
    origin: Origin
    sentence: int | None = None
    model: str | None = None
    score: float | None = None
    low_confidence: bool = False
    flags: tuple[str, ...] = ()
    error: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "source": self.source,
            "en": self.en,
            "origin": self.origin,
            "model": self.model,
            "score": self.score,
            "low_confidence": self.low_confidence,
            "flags": list(self.flags),
            "error": self.error,
        }

    @classmethod
    def from_record(cls, d: Mapping[str, Any]) -> Segment:
        return cls(
            paragraph=int(d["paragraph"]),
            sentence=d.get("sentence"),
            source=d["source"],
            en=d.get("en"),
            origin=d.get("origin", "none"),
            model=d.get("model"),
            score=d.get("score"),
            low_confidence=bool(d.get("low_confidence", False)),
            flags=tuple(d.get("flags") or ()),
            error=d.get("error"),
        )


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A summary sentence: ``segment`` indexes ``Article.segments``."""

    segment: int
    en: str

    def to_record(self) -> dict[str, Any]:
        return {"segment": self.segment, "en": self.en}


@dataclass(frozen=True, slots=True)
class Summary:
    """``method`` as configured (``summary.method``, e.g. ``default``); ``algorithm`` the one it ran (``positional``)."""

    method: str
    sentences: tuple[SummarySentence, ...]
    algorithm: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"method": self.method, "algorithm": self.algorithm or self.method,
                "sentences": [s.to_record() for s in self.sentences]}

    @classmethod
    def from_record(cls, d: Mapping[str, Any]) -> Summary:
        return cls(
            method=d["method"],
            sentences=tuple(SummarySentence(int(s["segment"]), s["en"]) for s in d["sentences"]),
            algorithm=d.get("algorithm"),
        )


@dataclass(frozen=True, slots=True)
class Article:
    """One article from one input (a file, or one line of a JSONL file).

    ``raw`` is the decoded input text (page dump or HTML); it is not written to JSONL.
    ``status``/``reason``/``stage`` record why an article was skipped or failed; a skipped or failed
    article keeps whatever earlier stages produced.
    """

    id: str
    source_file: str
    kind: InputKind = "text"
    raw: str | None = field(default=None, repr=False, compare=False)
    status: Status = "ok"
    reason: str | None = None
    stage: str | None = None
    url: str | None = None
    lang: str | None = None
    lang_confidence: float | None = None
    title: str | None = None
    title_line: int | None = None
    published: str | None = None
    published_raw: str | None = None
    outlet: str | None = None
    credited_source: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    title_en: str | None = None
    title_flags: tuple[str, ...] = ()
    """``untranslated`` (plus why) when no memory entry or model could translate the title: ``title_en``
    is then ``[untranslated] <title>``; or a warning on a kept translation (``truncated``)."""
    segments: tuple[Segment, ...] = ()
    summary: Summary | None = None
    topic_id: str | None = None
    story_id: str | None = None
    published_inferred: str | None = None
    """The date topics used for an undated article (the run date, ``topics.undated = "run-date"``);
    ``None`` when ``published`` is set, or when no date was used for it (``none``, ``free``)."""
    hints: Mapping[str, Any] = field(default_factory=dict, compare=False)
    """Metadata supplied by the input itself (a JSONL record's ``title``, ``published``, ``lang``...)."""
    warnings: tuple[str, ...] = ()
    """Problems that did not stop the article but may have changed its text (e.g. lines that were not
    valid UTF-8 and were repaired); in ``articles.jsonl`` and on the article's page."""

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def replace(self, **changes: Any) -> Article:
        return dataclasses.replace(self, **changes)

    def fail(self, stage: str, reason: str, status: Status = "failed") -> Article:
        """Return this article marked failed (or skipped) at ``stage`` with a reason."""
        return dataclasses.replace(self, status=status, stage=stage, reason=reason)

    def body_text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    def english_text(self) -> str:
        """Title and body in English, one segment per line, untranslatable segments left out."""
        parts = [self.title_en] if self.title_en and "untranslated" not in self.title_flags else []
        parts += [s.en for s in self.segments if s.en]
        return "\n".join(parts)

    def body_en(self) -> str | None:
        """The English body as plain text: a paragraph's segments joined by spaces, paragraphs by a blank
        line; untranslatable segments left out; None when no segment has English."""
        paragraphs: dict[int, list[str]] = {}
        for s in self.segments:
            if s.en:
                paragraphs.setdefault(s.paragraph, []).append(s.en)
        return "\n\n".join(" ".join(parts) for _, parts in sorted(paragraphs.items())) or None

    def summary_text(self) -> str | None:
        """The summary sentences joined by spaces; None without a summary."""
        if self.summary is None:
            return None
        return " ".join(s.en for s in self.summary.sentences)

    def to_record(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "source_file": self.source_file,
            "kind": self.kind,
            "status": self.status,
            "reason": self.reason,
            "stage": self.stage,
            "url": self.url,
            "lang": self.lang,
            "lang_confidence": self.lang_confidence,
            "title": self.title,
            "title_line": self.title_line,
            "title_en": self.title_en,
            "title_flags": list(self.title_flags),
            "body_en": self.body_en(),
            "published": self.published,
            "published_raw": self.published_raw,
            "outlet": self.outlet,
            "credited_source": self.credited_source,
            "paragraphs": [p.to_record() for p in self.paragraphs],
            "segments": [s.to_record() for s in self.segments],
            "summary": self.summary.to_record() if self.summary else None,
            "summary_text": self.summary_text(),
            "topic_id": self.topic_id,
            "warnings": list(self.warnings),
            "story_id": self.story_id,
            "published_inferred": self.published_inferred,
        }

    @classmethod
    def from_record(cls, d: Mapping[str, Any]) -> Article:
        summary = d.get("summary")
        return cls(
            id=d["id"],
            source_file=d.get("source_file", ""),
            kind=d.get("kind", "text"),
            status=d.get("status", "ok"),
            reason=d.get("reason"),
            stage=d.get("stage"),
            url=d.get("url"),
            lang=d.get("lang"),
            lang_confidence=d.get("lang_confidence"),
            title=d.get("title"),
            title_line=d.get("title_line"),
            title_en=d.get("title_en"),
            title_flags=tuple(d.get("title_flags") or ()),
            published=d.get("published"),
            published_raw=d.get("published_raw"),
            outlet=d.get("outlet"),
            credited_source=d.get("credited_source"),
            paragraphs=tuple(Paragraph.from_record(p) for p in d.get("paragraphs") or ()),
            segments=tuple(Segment.from_record(s) for s in d.get("segments") or ()),
            summary=Summary.from_record(summary) if summary else None,
            topic_id=d.get("topic_id"),
            warnings=tuple(d.get("warnings") or ()),
            story_id=d.get("story_id"),
            published_inferred=d.get("published_inferred"),
        )


@dataclass(frozen=True, slots=True)
class BriefSentence:
    """A brief sentence and its citation: the article and the segment it comes from (None: the article's headline)."""

    en: str
    article_id: str
    segment: int | None

    def to_record(self) -> dict[str, Any]:
        return {"en": self.en, "article_id": self.article_id, "segment": self.segment}


@dataclass(frozen=True, slots=True)
class StoryNight:
    """One line of a story's timeline: what the story was on one night."""

    run_date: str
    n_articles: int
    headline: str | None
    outlets: tuple[str, ...]
    languages: tuple[str, ...]
    first_published: str | None
    last_published: str | None

    def to_record(self) -> dict[str, Any]:
        return {
            "run_date": self.run_date,
            "articles": self.n_articles,
            "headline": self.headline,
            "outlets": list(self.outlets),
            "languages": list(self.languages),
            "first_published": self.first_published,
            "last_published": self.last_published,
        }

    @classmethod
    def from_record(cls, d: Mapping[str, Any]) -> StoryNight:
        return cls(
            run_date=d["run_date"], n_articles=int(d["articles"]), headline=d.get("headline"),
            outlets=tuple(d.get("outlets") or ()), languages=tuple(d.get("languages") or ()),
            first_published=d.get("first_published"), last_published=d.get("last_published"),
        )


@dataclass(frozen=True, slots=True)
class Topic:
    """A cluster of articles about one story, with its multi-article brief."""

    topic_id: str
    story_id: str
    label: str
    keywords: tuple[str, ...]
    article_ids: tuple[str, ...]
    languages: tuple[str, ...]
    first_published: str | None
    last_published: str | None
    brief: tuple[BriefSentence, ...]
    headline: str | None = None
    new_story: bool = True
    story_first_seen: str | None = None
    """The night the story was first seen (tonight for a new story); ``None`` without a run date."""
    outlets: tuple[str, ...] = ()
    copies: tuple[tuple[str, ...], ...] = ()
    """Groups of syndicated copies among the members (the same text in several outlets): the first id
    of each group is the one shown, the others are listed as "also in"."""
    undated_articles: tuple[str, ...] = ()
    """Ids of members without a (valid) publication date: clustered as published on the run date (their
    ``published_inferred``), or with ``topics.undated = "free"`` placed by their text."""
    timeline: tuple[StoryNight, ...] = ()
    """The story night by night, up to tonight (one line per night)."""

    def to_record(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "topic_id": self.topic_id,
            "story_id": self.story_id,
            "new_story": self.new_story,
            "label": self.label,
            "headline": self.headline,
            "keywords": list(self.keywords),
            "article_ids": list(self.article_ids),
            "languages": list(self.languages),
            "first_published": self.first_published,
            "last_published": self.last_published,
            "brief": {"sentences": [s.to_record() for s in self.brief]},
            "story_first_seen": self.story_first_seen,
            "outlets": list(self.outlets),
            "copies": [list(g) for g in self.copies],
            "undated_articles": list(self.undated_articles),
            "timeline": [n.to_record() for n in self.timeline],
        }

    @classmethod
    def from_record(cls, d: Mapping[str, Any]) -> Topic:
        return cls(
            topic_id=d["topic_id"],
            story_id=d["story_id"],
            new_story=bool(d.get("new_story", True)),
            label=d["label"],
            headline=d.get("headline"),
            keywords=tuple(d.get("keywords") or ()),
            article_ids=tuple(d["article_ids"]),
            languages=tuple(d.get("languages") or ()),
            first_published=d.get("first_published"),
            last_published=d.get("last_published"),
            brief=tuple(
                BriefSentence(s["en"], s["article_id"], None if s.get("segment") is None else int(s["segment"]))
                for s in (d.get("brief") or {}).get("sentences", ())
            ),
            story_first_seen=d.get("story_first_seen"),
            outlets=tuple(d.get("outlets") or ()),
            copies=tuple(tuple(g) for g in d.get("copies") or ()),
            undated_articles=tuple(d.get("undated_articles") or ()),
            timeline=tuple(StoryNight.from_record(n) for n in d.get("timeline") or ()),
        )
