"""The learned second opinion on body lines (:mod:`translate_summarize.line_model`): furniture that
no word list names, kept by the rules inside the article's run, is dropped; the article's own
subheadings, sentences and list items are not; a model file that does not match the code is an
error. Each page is hand-written in the shape real sites print (a poll box and a "related match"
card between the paragraphs of a sports site's article: issue 11, template round t24-t26)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translate_summarize.article import Article
from translate_summarize.boilerplate import analyse
from translate_summarize.clean import clean, extract_text
from translate_summarize.line_model import FEATURES, LineModel, candidate, features, shipped
from translate_summarize.settings import Settings

SETTINGS = Settings()
PAGES = Path(__file__).parent / "data" / "ntrex_pages"

SQ = [
    "Qeveria njoftoi dje se tre spitale të reja do të hapen në qytetet e jugut gjatë muajit të ardhshëm.",
    "Zëdhënësi i ministrisë tha se spitalet do të presin pacientë nga fshatrat përreth që nuk kanë shërbim mjekësor.",
    "Ai shtoi se qeveria ka ndarë një buxhet shtesë për të punësuar qindra mjekë dhe infermierë para fundit të vitit.",
    "Sipas ministrisë, punimet në dy prej tyre kanë përfunduar ndërsa i treti pret pajisjet e fundit nga jashtë.",
    "Banorët e zonës e mirëpritën lajmin, por kërkuan që edhe ambulancat e fshatrave të rinovohen shpejt.",
    "Ministria premtoi se do të publikojë listën e plotë të punonjësve të rinj brenda dy javësh.",
]
HEAD = ["Sporti Sot", "Ballina | Futboll | Basketboll | Video", "Lajme të tjera",
        "Tre spitale të reja hapen në jug muajin e ardhshëm", "Ana Berisha", "Publikuar më: 30/09/2018 18:54", ""]
FOOT = ["", "Shpërndaje: Facebook | Twitter | Viber", "© 2018 Sporti Sot - Të gjitha të drejtat e rezervuara"]


def _page(*blocks: list[str]) -> list[str]:
    out = list(HEAD)
    for block in blocks:
        out += block + [""]
    return out[:-1] + FOOT


def _clean(lines: list[str]) -> Article:
    return clean(Article(id="p", source_file="page.txt", raw="\n".join(lines) + "\n"), SETTINGS)


def _body(out: Article) -> list[str]:
    return [p.text for p in out.paragraphs]


POLL = ["Sondazh", "Kush e fiton Superligën këtë sezon?", "Llapi 59%", "Drita 11%", "Prishtina 30%", "Voto"]


def test_a_poll_and_a_match_card_inside_the_article_are_dropped() -> None:
    """A poll (label, question, answers with their shares, "vote") and a related-match card
    (label, league and round, teams, kick-off, "details") between the paragraphs of a sports
    site's article (``tests/data/ntrex_pages/t24_sq_14.txt``): short lines, no sentence, digits and
    percent signs, sharing no word with the article. The rules keep them (they sit inside the
    article's best run); the model drops them, and the article goes on after them."""
    gold = {a["file"]: a for a in json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))["articles"]}["t24_sq_14.txt"]
    raw = (PAGES / "t24_sq_14.txt").read_text(encoding="utf-8")
    lines = raw.split("\n")
    want = {n for lo, hi in gold["body_lines"] for n in range(lo, hi + 1) if lines[n - 1].strip()}
    boxes = {n for n in range(18, 38) if lines[n - 1].strip() and n not in want}
    assert {"Sondazh", "Voto", "Ndeshja e lidhur", "Detajet e ndeshjes"} <= {lines[n - 1] for n in boxes}
    assert boxes & {n for n, _ in extract_text(raw, vet=False).body}  # (what the rules alone keep)
    found = extract_text(raw)
    assert {n for n, _ in found.body} == want
    assert found.title_line == gold["title_line"]


def test_a_subheading_on_the_article_and_list_items_are_kept() -> None:
    """A short unpunctuated line sharing a content word with the article ("spitalet") is its
    subheading, and numbered items are a list of the article: the model never drops them."""
    page = _page([SQ[0]], [SQ[1]], ["Ku hapen spitalet"], [SQ[2]], ["1. Vlora", "2. Saranda", "3. Gjirokastra"], [SQ[3]], [SQ[4]])
    out = _clean(page)
    assert _body(out) == [SQ[0], SQ[1], "Ku hapen spitalet", SQ[2], "1. Vlora", "2. Saranda", "3. Gjirokastra", SQ[3], SQ[4]]
    assert [p.heading for p in out.paragraphs][2]


def test_sentences_list_items_and_quotation_ends_are_no_candidates() -> None:
    lines = analyse("Ai tha se spitali do të hapet nesër në mëngjes.\n1. Vlora\n- Saranda\npor jo sot\" tha ai\nVoto\n")
    assert [candidate(line) for line in lines] == [False, False, False, False, True]


def test_features_match_the_shipped_model() -> None:
    lines = analyse("\n".join(SQ[:2] + POLL) + "\n")
    rows = features(lines)
    assert len(rows) == len(lines) and all(len(r) == len(FEATURES) for r in rows)
    p = shipped().probabilities(lines)
    assert min(p[:2]) > max(p[2:])  # the sentences are more likely body than the poll


def test_a_model_file_for_other_features_is_a_clear_error() -> None:
    data = {"features": ["log_words"], "mean": [0.0], "scale": [1.0], "weights": [1.0], "intercept": 0.0, "threshold": 0.5}
    with pytest.raises(ValueError, match=r"do not match this code's .*refit it with bench/fit_line_model.py"):
        LineModel.from_json(data)
    good = {"features": list(FEATURES), "mean": [0.0] * len(FEATURES), "scale": [1.0], "weights": [0.0] * len(FEATURES),
            "intercept": 0.0, "threshold": 0.5}
    with pytest.raises(ValueError, match=r"scale has 1 values, want"):
        LineModel.from_json(good)
