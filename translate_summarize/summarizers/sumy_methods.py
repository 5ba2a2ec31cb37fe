"""sumy's own summarizers, configured for English news and fed through our document model.

Used directly for LSA, Luhn and Edmundson (linear or SVD-bound, fast enough as they are) and, in
tests and benchmarks, as the reference the vectorised algorithms must reproduce.

Edmundson needs three word lists; our news defaults (stemmed like the text before matching):

* bonus (cue) words: reporting and event verbs and nouns that mark a news sentence stating what
  happened (``said``, ``announced``, ``killed``, ``agreed``, ``percent``...);
* stigma words: hedges, opinion and page furniture that mark a sentence an editor drops
  (``perhaps``, ``reportedly``, ``click``, ``subscribe``, ``photo``...);
* null words: sumy's English stop words (ignored when matching title/heading words).
"""

from __future__ import annotations

from typing import Callable, Sequence

from .text import english_stemmer, english_stop_words, sumy_document

NEWS_BONUS_WORDS: tuple[str, ...] = (
    "said", "says", "announced", "announce", "confirmed", "reported", "according", "agreed",
    "agreement", "signed", "killed", "died", "arrested", "elected", "voted", "vote", "approved",
    "launched", "decided", "decision", "ordered", "warned", "percent", "million", "billion",
    "government", "president", "minister", "official", "officials", "police", "court",
)
NEWS_STIGMA_WORDS: tuple[str, ...] = (
    "perhaps", "maybe", "possibly", "reportedly", "allegedly", "rumour", "rumor", "opinion",
    "hardly", "somewhat", "click", "subscribe", "newsletter", "photo", "advertisement",
    "comments", "share", "follow", "copyright",
)

SUMY_CLASSES: dict[str, str] = {
    "lexrank": "sumy.summarizers.lex_rank:LexRankSummarizer",
    "textrank": "sumy.summarizers.text_rank:TextRankSummarizer",
    "lsa": "sumy.summarizers.lsa:LsaSummarizer",
    "luhn": "sumy.summarizers.luhn:LuhnSummarizer",
    "edmundson": "sumy.summarizers.edmundson:EdmundsonSummarizer",
    "kl": "sumy.summarizers.kl:KLSummarizer",
    "sumbasic": "sumy.summarizers.sum_basic:SumBasicSummarizer",
    "reduction": "sumy.summarizers.reduction:ReductionSummarizer",
}


def sumy_summarizer(name: str, stemmer: Callable[[str], str] | None = None) -> object:
    """A configured sumy summarizer: our stemmer, sumy's English stop words, news Edmundson words."""
    import importlib

    module_name, class_name = SUMY_CLASSES[name].split(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    stem = stemmer or english_stemmer()
    summarizer = cls(stem)
    stop_words = english_stop_words()
    if name == "edmundson":
        summarizer.bonus_words = NEWS_BONUS_WORDS
        summarizer.stigma_words = NEWS_STIGMA_WORDS
        summarizer.null_words = stop_words
    else:
        summarizer.stop_words = stop_words
    return summarizer


def sumy_select(
    name: str,
    sentences: Sequence[str],
    count: int,
    *,
    headings: Sequence[bool] | None = None,
    paragraphs: Sequence[int] | None = None,
    title: str | None = None,
) -> list[int]:
    """Indices (document order) that sumy's ``name`` summarizer selects from ``sentences``."""
    document = sumy_document(sentences, headings=headings, paragraphs=paragraphs, title=title)
    if not document.sentences or count <= 0:
        return []
    chosen = sumy_summarizer(name)(document, count)
    return sorted(s.index for s in chosen)
