"""Sentence segmentation: sentencex plus our fixes for Albanian, Arabic and English news text."""

from __future__ import annotations

import pytest

from translate_summarize.article import Article, Paragraph
from translate_summarize.segment import QUOTE_MAX_CHARS, segment, split_sentences
from translate_summarize.settings import Settings


def texts(text: str, lang: str) -> list[str]:
    sentences = split_sentences(text, lang)
    for s in sentences:
        assert text[s.start:s.end] == s.text
    return [s.text for s in sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mjetet etj. janë gati. Erdhën miqtë etj. Të nesërmen u nisën.",
            ["Mjetet etj. janë gati.", "Erdhën miqtë etj.", "Të nesërmen u nisën."],
        ),
        (
            "Shtetet fqinje, p.sh. Maqedonia e Veriut, reaguan. Qeveria heshti.",
            ["Shtetet fqinje, p.sh. Maqedonia e Veriut, reaguan.", "Qeveria heshti."],
        ),
        (
            "Z. Rama dhe Znj. Kryemadhi takuan Prof. Berishën dhe Dr. Hoxhën. Takimi zgjati.",
            ["Z. Rama dhe Znj. Kryemadhi takuan Prof. Berishën dhe Dr. Hoxhën.", "Takimi zgjati."],
        ),
        ("Vendimi nr. 5 u miratua. Ligji hyn në fuqi.", ["Vendimi nr. 5 u miratua.", "Ligji hyn në fuqi."]),
        ("Inflacioni arriti 3.5 për qind. Banka reagoi.", ["Inflacioni arriti 3.5 për qind.", "Banka reagoi."]),
    ],
)
def test_albanian_abbreviations_and_numbers(text: str, expected: list[str]) -> None:
    assert texts(text, "sq") == expected


def test_numbered_list_item_is_one_sentence() -> None:
    item = "1. të ndalojë erozionin e ndikimit rus në Transk Kaukaz;"
    assert texts(item, "sq") == [item]
    assert texts("2) rifitojë rolin e negociatorit kryesor.", "sq") == ["2) rifitojë rolin e negociatorit kryesor."]


def test_quote_spanning_sentences_is_kept_whole() -> None:
    text = "Ai tha: «Do të vijmë nesër. Jemi gati.» Pastaj u largua."
    assert texts(text, "sq") == ["Ai tha: «Do të vijmë nesër. Jemi gati.»", "Pastaj u largua."]


def test_quote_closed_with_an_opening_glyph_as_in_seed_000() -> None:
    text = "“Dy raketat nuk e goditën aeroplanin. Prandaj, dëmi ndodhi nga mbeturinat “, tha presidenti. Ai premtoi hetim."
    assert texts(text, "sq") == [
        "“Dy raketat nuk e goditën aeroplanin. Prandaj, dëmi ndodhi nga mbeturinat “, tha presidenti.",
        "Ai premtoi hetim.",
    ]


def test_long_unclosed_quote_is_split_at_its_sentences() -> None:
    first = "«" + "Fjali e gjatë " * (QUOTE_MAX_CHARS // 14) + "mbaron këtu."
    text = first + " Dhe tjetra vjen pas saj."
    assert texts(text, "sq") == [first, "Dhe tjetra vjen pas saj."]


def test_arabic_punctuation() -> None:
    text = "قال د. محمد إن النسبة 3.5٪. هل هذا صحيح؟نعم! ثم غادر، وأضاف؛ شيئا."
    assert texts(text, "ar") == ["قال د. محمد إن النسبة 3.5٪.", "هل هذا صحيح؟", "نعم!", "ثم غادر، وأضاف؛ شيئا."]


def test_arabic_quotation() -> None:
    text = "وقال: «سنأتي. نحن جاهزون». ثم غادر."
    assert texts(text, "ar") == ["وقال: «سنأتي. نحن جاهزون».", "ثم غادر."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. officials met Mr. Smith, e.g. at 3.5 p.m. on Monday. He left.",
            ["U.S. officials met Mr. Smith, e.g. at 3.5 p.m. on Monday.", "He left."],
        ),
        ('He said "Go. Now." Then he left.', ['He said "Go. Now."', "Then he left."]),
        ("J. R. R. Tolkien wrote it. Apple Inc. is big.", ["J. R. R. Tolkien wrote it.", "Apple Inc. is big."]),
        ("Sales rose 2.75% in 2024. Prices fell.", ["Sales rose 2.75% in 2024.", "Prices fell."]),
        (
            "Dr. Jones, i.e. the doctor, spoke. The U.S. Army agreed.",
            ["Dr. Jones, i.e. the doctor, spoke.", "The U.S. Army agreed."],
        ),
        ("Tools, paper etc. were ready. Then it rained.", ["Tools, paper etc. were ready.", "Then it rained."]),
    ],
)
def test_english(text: str, expected: list[str]) -> None:
    assert texts(text, "en") == expected


def test_offsets_skip_surrounding_whitespace() -> None:
    sentences = split_sentences("  First one.   Second one.  ", "en")
    assert [(s.text, s.start, s.end) for s in sentences] == [("First one.", 2, 12), ("Second one.", 15, 26)]


def test_empty_and_whitespace_paragraphs_have_no_sentences() -> None:
    assert split_sentences("", "sq") == ()
    assert split_sentences("   \n ", "ar") == ()


def test_segment_uses_paragraph_language_then_article_language() -> None:
    article = Article(
        id="x",
        source_file="f.txt",
        lang="sq",
        paragraphs=(
            Paragraph(text="Erdhën miqtë etj. të nesërmen. Pastaj ikën.", source_lines=(1, 1)),
            Paragraph(text="He met Dr. Smith. Then left.", source_lines=(2, 2), lang="en"),
        ),
    )
    done = segment(article, Settings())
    assert [[s.text for s in p.sentences] for p in done.paragraphs] == [
        ["Erdhën miqtë etj. të nesërmen.", "Pastaj ikën."],
        ["He met Dr. Smith.", "Then left."],
    ]


def test_seed_000_numbered_items_and_quote(seeds_dir) -> None:
    lines = (seeds_dir / "000_24618d5ee539ec34.txt").read_text(encoding="utf-8").split("\n")
    quote = lines[85].strip()  # line 86: a two-sentence quotation closed by "“, tha presidenti."
    assert texts(quote, "sq") == [quote]
    for n in (101, 102, 103):  # lines 102-104: "1. të ndalojë ...", "2. rifitojë ...", "3. të sigurojë ..."
        item = lines[n].strip()
        assert texts(item, "sq") == [item]
