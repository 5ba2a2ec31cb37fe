"""Over-long units cut at the strongest boundary that gives pieces within the limit, joined back intact."""

from __future__ import annotations

import pytest

from translate_summarize.translate.split import split_text


def count_words(text: str) -> int:
    return len(text.split())


def w(n: int, stem: str) -> str:
    return " ".join(f"{stem}{i}" for i in range(n))


def test_a_text_within_the_limit_is_returned_as_is() -> None:
    text = "  Një tekst i shkurtër.  "
    assert split_text(text, count_words, 10) == [text]


def test_sentence_punctuation_beats_commas() -> None:
    text = f"{w(6, 'a')}, {w(3, 'b')}. {w(6, 'c')}, {w(3, 'd')}?"
    assert split_text(text, count_words, 10) == [f"{w(6, 'a')}, {w(3, 'b')}.", f"{w(6, 'c')}, {w(3, 'd')}?"]


@pytest.mark.parametrize("mark", [";", ":", "؛"])
def test_semicolons_and_colons(mark: str) -> None:
    text = f"{w(8, 'a')}{mark} {w(8, 'b')}, {w(2, 'c')}"
    assert split_text(text, count_words, 12) == [f"{w(8, 'a')}{mark}", f"{w(8, 'b')}, {w(2, 'c')}"]


@pytest.mark.parametrize("comma", [",", "،"])
def test_commas_latin_and_arabic(comma: str) -> None:
    text = f"{w(5, 'a')}{comma} {w(5, 'b')}{comma} {w(5, 'c')}"
    assert split_text(text, count_words, 10) == [f"{w(5, 'a')}{comma} {w(5, 'b')}{comma}", w(5, "c")]


@pytest.mark.parametrize(
    ("conjunction", "lang"),
    [("dhe", "sq"), ("ndërsa", "sq"), ("që", "sq"), ("and", "en"), ("But", "en"), ("لكن", "ar"), ("وقال", "ar")],
)
def test_before_a_conjunction(conjunction: str, lang: str) -> None:
    text = f"{w(7, 'a')} {conjunction} {w(7, 'b')}"
    assert split_text(text, count_words, 10) == [w(7, "a"), f"{conjunction} {w(7, 'b')}"]


def test_a_conjunction_inside_a_word_is_not_a_boundary() -> None:
    text = f"{w(7, 'a')} dheu {w(7, 'b')}"  # "dheu" (earth) starts with "dhe"
    assert split_text(text, count_words, 10) == [f"{w(7, 'a')} dheu", w(7, "b")]


def test_between_words_as_evenly_as_possible() -> None:
    text = w(25, "x")
    pieces = split_text(text, count_words, 10)
    assert [count_words(p) for p in pieces] == [9, 9, 7]  # the fewest pieces (3), none over 9 words
    assert " ".join(pieces) == text


def test_a_run_without_any_boundary_is_cut_by_tokens() -> None:
    def chars(text: str) -> int:  # one token per character
        return len(text)

    text = "a" * 25
    assert split_text(text, chars, 10) == ["a" * 10, "a" * 10, "a" * 5]


def test_the_long_paragraph_without_punctuation() -> None:
    # ~2,900 words, clauses joined only by conjunctions, as in the night that lost every Albanian article
    clause = "qeveria njoftoi se bisedimet do të vazhdojnë javën e ardhshme në kryeqytet"
    text = " dhe ".join(f"{clause} {i}" for i in range(220))
    assert count_words(text) > 2900
    pieces = split_text(text, count_words, 123)
    assert all(count_words(p) <= 123 for p in pieces)
    assert " ".join(pieces) == text
    assert all(p.startswith(("qeveria", "dhe qeveria")) for p in pieces)  # every cut is before "dhe"
    # clauses of 14 words ("dhe" + 13): 8 fit in 123, so 220 clauses make 28 pieces, the fewest possible
    assert len(pieces) == 28


def test_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        split_text("a b", count_words, 0)
