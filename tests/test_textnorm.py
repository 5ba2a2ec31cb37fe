"""``textnorm.fold``/``key``: the comparison forms of page text. ``fold`` strips the combining marks below
U+0600 with one precompiled character class; it must strip exactly the characters the per-character
definition strips (``unicodedata.combining(c) and ord(c) < 0x600``), for every code point."""

from __future__ import annotations

import unicodedata

from translate_summarize.textnorm import fold, key


def _fold_by_definition(text: str) -> str:
    from translate_summarize import textnorm

    text = textnorm._ARABIC_MARKS.sub("", text.translate(textnorm._ARABIC_FOLD)).casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not (unicodedata.combining(c) and ord(c) < 0x0600)))


def test_fold_strips_what_the_definition_strips_for_every_code_point() -> None:
    chars = [chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c < 0xE000]
    assert [fold("a" + c) for c in chars] == [_fold_by_definition("a" + c) for c in chars]
    assert [fold(c + "\u0301") for c in "eEëçİ"] == [_fold_by_definition(c + "\u0301") for c in "eEëçİ"]


def test_fold_and_key_on_page_text() -> None:
    assert fold("Çështja e Ëndrrës") == "ceshtja e endrres"
    assert fold("أَحْمَد إلى القاهرة") == "احمد الي القاهره"
    assert key("Lajmi i Fundit — 12:30!") == key("lajmi i fundit 12:31") == "lajmi i fundit"
    assert key("Lajmi") is key("Lajmi")  # cached: a page compares the same lines many times
