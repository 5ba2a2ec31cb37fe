"""Text folding used to *compare* page text (never to change what is output).

``fold`` lower-cases, removes Arabic diacritics and tatweel, unifies Arabic letter variants
(أ إ آ ٱ → ا, ى → ي, ة → ه) and strips Latin accents (ë → e, ç → c), keeping punctuation.
``key`` additionally drops punctuation and digits and squeezes spaces: two lines with the same key
say the same thing. ``ascii_digits`` maps Arabic-Indic and Persian digits to ASCII one character
for one character, so regex offsets on the result are offsets into the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_NOT_WORD = re.compile(r"[^\w\s©]|[\d_]", re.UNICODE)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_LATIN_MARKS = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x600) if unicodedata.combining(chr(c))) + "]")
"""The combining marks below U+0600 (accents of Latin, Greek, Cyrillic, Hebrew points): what ``fold``
strips after decomposing; Arabic marks are handled by ``_ARABIC_MARKS``."""


def ascii_digits(text: str) -> str:
    """Map Arabic-Indic/Persian digits to ASCII (same length, same offsets)."""
    return text.translate(_DIGITS)


def fold(text: str) -> str:
    """Case-, accent- and Arabic-variant-insensitive form of ``text`` (punctuation kept)."""
    text = _ARABIC_MARKS.sub("", text.translate(_ARABIC_FOLD)).casefold()
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub("", unicodedata.normalize("NFD", text)))


@lru_cache(maxsize=8192)
def key(text: str) -> str:
    """``fold`` without punctuation or digits, single-spaced: the comparison key of a line."""
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", fold(ascii_digits(text)))).strip()


@lru_cache(maxsize=None)
def keys_of(phrases: tuple[str, ...]) -> frozenset[str]:
    """The keys (:func:`key`) of a lexicon list's phrases, folded once per list."""
    return frozenset(key(p) for p in phrases)


def words(text: str) -> list[str]:
    """Word tokens of ``text`` (letters and digits; an apostrophe inside a word is kept)."""
    return _WORD.findall(text)
