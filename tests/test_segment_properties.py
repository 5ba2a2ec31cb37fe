"""Property-based tests of sentence segmentation: no text invented or lost, order kept, offsets exact."""

from __future__ import annotations

import re

from hypothesis import given, settings as hsettings, strategies as st

from translate_summarize.segment import split_sentences

WORDS = st.sampled_from(
    [
        "Putin", "Aliyev", "tha", "se", "është", "gati", "etj.", "p.sh.", "Z.", "Dr.", "nr.", "1.", "2)",
        "3.5", "U.S.", "Mr.", "e.g.", "said", "the", "talks", "بوتين", "قال", "إن", "د.", "المحادثات",
        "«Po.", "Jo.»", "“Mirë.", "”", "\"Go.", "now.\"", "؟", "،", "؛", "!", "?", ".", "...", "-", "(a)",
    ]
)
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\n", "\u00a0", "\t"])


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=0, max_size=40))
    out = draw(st.sampled_from(["", " ", "\n"]))
    for w in words:
        out += w + draw(SEPARATORS)
    return out


LANGS = st.sampled_from(["sq", "ar", "en"])


def _nonspace(s: str) -> str:
    return re.sub(r"\s+", "", s)


@hsettings(max_examples=300, deadline=None)
@given(paragraphs(), LANGS)
def test_offsets_point_at_the_text_in_order(text: str, lang: str) -> None:
    sentences = split_sentences(text, lang)
    previous_end = 0
    for s in sentences:
        assert text[s.start:s.end] == s.text
        assert s.start >= previous_end
        assert s.text and s.text == s.text.strip()
        previous_end = s.end


@hsettings(max_examples=300, deadline=None)
@given(paragraphs(), LANGS)
def test_no_text_invented_or_lost(text: str, lang: str) -> None:
    sentences = split_sentences(text, lang)
    assert "".join(_nonspace(s.text) for s in sentences) == _nonspace(text)
    gaps = [text[a.end:b.start] for a, b in zip(sentences, sentences[1:])]
    assert all(not g.strip() for g in gaps)


@hsettings(max_examples=300, deadline=None)
@given(paragraphs(), LANGS)
def test_idempotent_on_joined_output(text: str, lang: str) -> None:
    first = [s.text for s in split_sentences(text, lang)]
    again = [s.text for s in split_sentences(" ".join(first), lang)]
    assert again == first


@hsettings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=200), LANGS)
def test_arbitrary_unicode_never_breaks_invariants(text: str, lang: str) -> None:
    sentences = split_sentences(text, lang)
    assert "".join(_nonspace(s.text) for s in sentences) == _nonspace(text)
    for s in sentences:
        assert text[s.start:s.end] == s.text
