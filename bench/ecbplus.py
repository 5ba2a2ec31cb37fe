"""ECB+ news articles (``../shared/eval/ecbplus/``) as documents for the summary evaluations.

The corpus ships tokenised text (spaces before punctuation, ``` `` ''`` quotes, ``1 : 26``); it is
detokenised here so the summarizers see ordinary English. A document's first line is its headline
when it does not end with sentence punctuation (the ECB+ half of the corpus has headlines, the ECB
half starts with the lead sentence); the other lines are its body, one sentence per line as shipped.

Splits are by ECB+ topic (each topic holds two similar events, and syndicated copies of an article
stay within their event): **dev** = odd topic numbers (used to fit and choose), **test** = even
topic numbers (never used to fit or choose anything; reported as held out).

Two articles of the same event are *copies* when the Jaccard similarity of their stemmed
content-word sets exceeds :data:`COPY_JACCARD` (wire stories run by several outlets).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

DEFAULT_FILE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ecbplus" / "ecbplus.jsonl"
COPY_JACCARD = 0.5


@dataclass(frozen=True, slots=True)
class Article:
    doc_id: str
    event: str
    topic: int
    headline: str | None
    body: tuple[str, ...]

    @property
    def split(self) -> str:
        return "dev" if self.topic % 2 else "test"


_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"``|''", '"'),
        (r"(\d) : (\d)", r"\1:\2"),
        (r"(\d) / (\d)", r"\1/\2"),
        (r"(\w) - (\w)", r"\1-\2"),
        (r" ([,.;:!?%)\]}])", r"\1"),
        (r"([(\[{$]) ", r"\1"),
        (r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1"),
        (r'"\s+([^"]*?)\s+"', r'"\1"'),
        (r"\s{2,}", " "),
    )
)


def detokenise(line: str) -> str:
    """Ordinary English spacing for one tokenised ECB+ line."""
    text = line
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text.strip()


def is_headline(line: str) -> bool:
    """A first line without sentence-final punctuation is a headline."""
    trimmed = line.rstrip().rstrip("\"')").rstrip()
    return bool(trimmed) and trimmed[-1] not in ".!?"


def load_articles(path: Path = DEFAULT_FILE) -> list[Article]:
    """Every article in file order."""
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        record = json.loads(raw)
        lines = [detokenise(x) for x in record["text"].split("\n") if x.strip()]
        if len(lines) > 1 and is_headline(lines[0]):
            headline, body = lines[0], lines[1:]
        else:
            headline, body = None, lines
        out.append(Article(record["doc_id"], record["event"], int(record["topic"]), headline, tuple(body)))
    return out


def events(articles: Iterable[Article]) -> dict[str, list[Article]]:
    """Articles per event, each list in doc-id order (numeric-aware: 1_2ecb before 1_10ecb)."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        groups[a.event].append(a)
    return {e: sorted(g, key=lambda a: _natural(a.doc_id)) for e, g in sorted(groups.items(), key=lambda kv: _natural(kv[0]))}


def _natural(text: str) -> tuple[object, ...]:
    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", text))


def content_sets(articles: Sequence[Article]) -> dict[str, frozenset[str]]:
    """Stemmed content words (sumy's stop words removed, Snowball stems) of each article's body."""
    from translate_summarize.summarizers.text import english_stemmer, english_stop_words, prepare

    stop, stem = english_stop_words(), english_stemmer()
    return {a.doc_id: frozenset(t for row in prepare(list(a.body), stop, stem).terms for t in row) for a in articles}


def is_copy(a: frozenset[str], b: frozenset[str]) -> bool:
    union = len(a | b)
    return union > 0 and len(a & b) / union > COPY_JACCARD
