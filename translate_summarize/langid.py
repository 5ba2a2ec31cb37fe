"""Language of an article and of each of its paragraphs (py3langid), unsupported ones reported.

How it decides
    1. Every paragraph with at least :data:`MIN_LETTERS` letters is classified over *all* of
       langid's languages (so an unsupported page is named: ``fr``, ``tr``, ``fa``...). Probabilities
       are langid's normalised ones, with regional varieties folded into their language
       (:data:`VARIETIES`: Moroccan/Egyptian Arabic → ``ar``, Nigerian Pidgin → ``en``).
    2. The article's language is the one holding most letters of those paragraphs (a stray English
       paragraph does not make an Arabic article English); its confidence is the probability of
       that language over the text of its paragraphs. A record's ``lang`` hint overrides it
       (confidence 1.0).
    3. Confidence below ``settings.min_lang_confidence`` → ``skipped`` at stage ``langid`` as
       undetermined; else not in ``settings.languages`` → ``skipped`` with
       ``unsupported language 'fr' (confidence 0.99); supported: ar, sq, en``. Never guessed into a model.
    4. Paragraph languages: a paragraph keeps its own language when langid is sure of it
       (probability ≥ :data:`SURE`); when it is unsure, the choice is made over the supported
       languages only (a dedicated identifier restricted with ``set_languages``) and kept only if
       sure there too; otherwise, and for short paragraphs (numbers, a few words), it inherits the
       article's language and confidence.

The identifiers are created lazily and cached (``functools.lru_cache``); nothing at module level.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import logging
from collections import defaultdict
from typing import Any, Sequence

from .article import Article, Paragraph
from .errors import InputError
from .settings import Settings

log = logging.getLogger(__name__)

STAGE = "langid"
MIN_LETTERS = 20
"""Paragraphs with fewer letters inherit the article's language."""
SURE = 0.9
"""A paragraph may differ from its article's language only with at least this probability."""
VARIETIES: dict[str, str] = {"ary": "ar", "arz": "ar", "pcm": "en"}
"""langid labels folded into the language they are a variety of."""


class LanguageUndetermined(InputError):
    """No body text to identify the language of."""


@functools.lru_cache(maxsize=1)
def _broad() -> Any:
    """langid over all of its languages, normalised probabilities (loaded once)."""
    import py3langid.langid as langid

    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


@functools.lru_cache(maxsize=8)
def _restricted(languages: tuple[str, ...]) -> Any:
    """A separate identifier restricted to ``languages`` (and their varieties)."""
    broad = _broad()
    known = set(broad.labels)
    labels = [code for code in known if VARIETIES.get(code, code) in languages]
    ident = copy.copy(broad)  # set_languages replaces arrays, it never mutates the shared ones
    ident.set_languages(labels or None)
    return ident


def _fold(ranked: Sequence[tuple[str, float]]) -> tuple[str, float]:
    scores: dict[str, float] = defaultdict(float)
    for code, p in ranked:
        scores[VARIETIES.get(code, code)] += p
    best = max(scores, key=lambda c: scores[c])
    return best, min(1.0, scores[best])


def detect(text: str, languages: Sequence[str] | None = None) -> tuple[str, float]:
    """Most likely language of ``text`` and its probability.

    Args:
        text: any text.
        languages: restrict the choice to these codes (``None``: every language langid knows).
    """
    ident = _broad() if languages is None else _restricted(tuple(sorted(languages)))
    return _fold(ident.rank(text))


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def identify(article: Article, settings: Settings) -> Article:
    """Set ``lang``/``lang_confidence`` on the article and each paragraph, or skip it as unsupported."""
    paragraphs = article.paragraphs
    if not paragraphs:
        raise LanguageUndetermined(f"{article.source_file}: no body text to identify the language of")
    supported = tuple(settings.languages)
    found: list[tuple[str, float] | None] = []
    letters: dict[str, int] = defaultdict(int)
    for p in paragraphs:
        n = _letters(p.text)
        if n < MIN_LETTERS:
            found.append(None)
            continue
        code, prob = detect(p.text)
        found.append((code, prob))
        letters[code] += n
    hint = str(article.hints.get("lang") or "").strip().lower().replace("_", "-").split("-")[0]
    if hint:
        lang, confidence = hint, 1.0
    elif letters:
        lang = max(letters, key=lambda c: letters[c])
        text = "\n".join(p.text for p, f in zip(paragraphs, found) if f is not None and f[0] == lang)
        confidence = detect(text)[1]
    else:
        lang, confidence = detect(article.body_text())
    confidence = round(confidence, 4)
    if confidence < settings.min_lang_confidence:
        return article.replace(lang=lang, lang_confidence=confidence).fail(
            STAGE,
            f"language undetermined: best guess {lang!r} with confidence {confidence:.2f}, below "
            f"languages.min_confidence {settings.min_lang_confidence}",
            "skipped",
        )
    if lang not in supported:
        how = "from the record's lang field" if hint else f"confidence {confidence:.2f}"
        return article.replace(lang=lang, lang_confidence=confidence).fail(
            STAGE,
            f"unsupported language {lang!r} ({how}); supported: {', '.join(supported)}",
            "skipped",
        )
    new = tuple(_paragraph_lang(p, f, lang, confidence, supported) for p, f in zip(paragraphs, found))
    return article.replace(lang=lang, lang_confidence=confidence, paragraphs=new)


def _paragraph_lang(
    p: Paragraph, found: tuple[str, float] | None, lang: str, confidence: float, supported: tuple[str, ...]
) -> Paragraph:
    if found is not None:
        code, prob = found
        if code == lang or prob >= SURE:
            return dataclasses.replace(p, lang=code, lang_confidence=round(prob, 4))
        code, prob = detect(p.text, supported)
        if code != lang and prob >= SURE:
            return dataclasses.replace(p, lang=code, lang_confidence=round(prob, 4))
    return dataclasses.replace(p, lang=lang, lang_confidence=confidence)
