"""What an article's translation depends on in the translation memory, as one digest per article.

The translate stage looks every title, paragraph and sentence of an article up in the memory, and a
human pair always wins. So an article's English is decided by the human targets of exactly those
texts (whether each has one, and which): :func:`memory_digests` hashes them. The nightly run stores
the digest with each processed article; when the memory's revision has moved since (an import added,
corrected or removed a pair), it recomputes the digests and reprocesses only the articles whose
digest changed. Cached model output is not part of the digest: it depends on the model id, which is
part of the article's cache key already.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..article import Article
from .memory import normalize
from .stage import lookup_texts

if TYPE_CHECKING:
    from ..settings import Settings
    from .memory import TranslationMemory


def memory_digests(articles: Iterable[Article], settings: Settings, memory: TranslationMemory) -> dict[str, str]:
    """Article id → digest of the human targets of every text its translation looks up.

    One query per source language for all articles together. An article that looks nothing up
    (English, not ok, no language) gets the digest of nothing.
    """
    wanted: dict[str, list[tuple[str, str]]] = {}
    for article in articles:
        wanted[article.id] = sorted({(lang, normalize(text)) for lang, text in lookup_texts(article, settings)})
    by_lang: dict[str, set[str]] = {}
    for pairs in wanted.values():
        for lang, key in pairs:
            by_lang.setdefault(lang, set()).add(key)
    targets = {
        lang: memory.human_targets(lang, settings.target_lang, sorted(keys)) for lang, keys in sorted(by_lang.items())
    }
    return {article_id: _digest(pairs, targets) for article_id, pairs in wanted.items()}


def _digest(pairs: Sequence[tuple[str, str]], targets: dict[str, dict[str, str]]) -> str:
    h = hashlib.sha256()
    for lang, key in pairs:
        target = targets[lang].get(key)
        h.update(f"{lang}\0{key}\0{'' if target is None else '1' + target}\n".encode())
    return h.hexdigest()[:32]
