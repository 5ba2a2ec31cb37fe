"""Words, stop words and stems for English sentences, and sumy's document model built from them.

Nothing here needs NLTK data: words come from one regular expression, stop words from the list
shipped inside sumy (``sumy/data/stopwords/english.txt``) and stems from NLTK's Snowball English
stemmer, which is pure code (it reads a corpus only when asked to ignore stop words, which we never
do). Sentences are given to sumy already split by our own segmentation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


def to_words(text: str) -> tuple[str, ...]:
    """Words of ``text`` (letters, with inner apostrophes and hyphens), case kept."""
    return tuple(m.group(0).replace("\u2019", "'") for m in _WORD_RE.finditer(text))


class RegexTokenizer:
    """A sumy tokenizer that only splits words; sentences are ours already."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return to_words(text)

    @staticmethod
    def to_sentences(text: str) -> tuple[str, ...]:
        """Not used: sentences come from our segmentation; one line is one sentence here."""
        return tuple(line.strip() for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    """The English stop words shipped with sumy (a data file inside the sumy package; read once per process)."""
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


def english_stemmer() -> Callable[[str], str]:
    """Snowball English stemmer (pure code, no NLTK data) applied to lower-cased words.

    Each returned stemmer remembers its own stems (sumy's summarizers stem the same words many
    times); make one per summarisation call.
    """
    from nltk.stem.snowball import EnglishStemmer

    stem = EnglishStemmer().stem
    cache: dict[str, str] = {}

    def stemmer(word: str) -> str:
        low = word.lower()
        found = cache.get(low)
        if found is None:
            found = cache[low] = stem(low)
        return found

    return stemmer


@dataclass(frozen=True, slots=True)
class Prepared:
    """Tokenised sentences shared by the vectorised algorithms.

    ``words``: the raw words of each sentence; ``terms``: sumy's ``_to_words_set`` (lower-cased,
    stop words removed, stemmed) for each sentence.
    """

    words: tuple[tuple[str, ...], ...]
    terms: tuple[tuple[str, ...], ...]


def prepare(sentences: Sequence[str], stop_words: frozenset[str], stemmer: Callable[[str], str]) -> Prepared:
    """Tokenise once; stems are cached per call (each distinct word is stemmed once)."""
    cache: dict[str, str] = {}
    words = tuple(to_words(s) for s in sentences)
    terms = []
    for ws in words:
        row = []
        for w in ws:
            low = w.lower()
            if low in stop_words:
                continue
            stem = cache.get(low)
            if stem is None:
                stem = cache[low] = stemmer(low)
            row.append(stem)
        terms.append(tuple(row))
    return Prepared(words=words, terms=tuple(terms))


def sumy_document(
    sentences: Sequence[str],
    *,
    headings: Sequence[bool] | None = None,
    paragraphs: Sequence[int] | None = None,
    title: str | None = None,
) -> object:
    """sumy ``ObjectDocumentModel`` of ``sentences``; ``title`` becomes a heading of the first paragraph.

    ``headings`` marks sentences that are in-article headings (sumy headings: used by Edmundson's
    title method, never selected). ``paragraphs`` gives each sentence's paragraph number
    (consecutive sentences with the same number share a paragraph); by default every sentence is
    its own paragraph. Each sumy sentence
    carries its index (``.index``) and compares by it, so two sentences with the same text are
    rated separately (plain sumy rates them as one).
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    class IndexedSentence(Sentence):
        __slots__ = ("index",)

        def __init__(self, text: str, tokenizer: object, index: int, is_heading: bool = False) -> None:
            super().__init__(text, tokenizer, is_heading)
            self.index = index

        def __eq__(self, other: object) -> bool:
            return isinstance(other, IndexedSentence) and self.index == other.index and Sentence.__eq__(self, other)

        def __hash__(self) -> int:
            return hash((self.index, self._is_heading, self._text))

    tokenizer = RegexTokenizer()
    keys = list(paragraphs) if paragraphs is not None else list(range(len(sentences)))
    groups: list[list[object]] = []
    previous: object = object()
    flags = list(headings) if headings is not None else [False] * len(sentences)
    for i, (text, key, heading) in enumerate(zip(sentences, keys, flags)):
        if not groups or key != previous:
            groups.append([])
        groups[-1].append(IndexedSentence(text, tokenizer, i, is_heading=bool(heading)))
        previous = key
    if title:
        heading = IndexedSentence(title, tokenizer, -1, is_heading=True)
        if groups:
            groups[0].insert(0, heading)
        else:
            groups.append([heading])
    return ObjectDocumentModel(Paragraph(g) for g in groups)
