"""The learned title chooser (:mod:`translate_summarize.title_model`): on a page of a kind no rule
was written for, the headline is found by the model alone; another story's headline above the
article (a ticker item, a "read also" teaser) is never the title; a model file that does not match
the code is an error. Pages are hand-written in the shapes sites print (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translate_summarize.boilerplate import analyse
from translate_summarize.clean import TITLE_WINDOW, extract_text, title_choice
from translate_summarize.textnorm import key
from translate_summarize.title_model import FEATURES, Candidate, TitleModel, candidates, features, shipped

PAGES = Path(__file__).parent / "data" / "ntrex_pages"

SQ = [
    "Ura e re mbi lumin Drin u hap dje për qarkullim pas tre vjet punimesh dhe disa shtyrjesh.",
    "Kryetari i bashkisë tha se ura do të shkurtojë me gjysmë ore rrugën e banorëve drejt qendrës së qytetit.",
    "Punimet kushtuan rreth njëzet milionë euro dhe u financuan kryesisht nga një kredi e huaj afatgjatë.",
    "Banorët e fshatrave përreth prisnin prej vitesh një lidhje të sigurt gjatë muajve të dimrit.",
    "Policia rrugore njoftoi se ura do të jetë e hapur gjithë ditën për makinat dhe këmbësorët.",
]
HEADLINE = "Ura e re mbi lumin Drin hapet pas tre vjet punimesh"
OTHER = "Zjarri në pyjet e Vlorës u shua pas dy ditësh pune"
"""Another story's headline (shares no content word with the article)."""


@pytest.mark.parametrize("name", ["t27_ar_46.txt", "t28_sq_46.txt"])
def test_a_headline_of_a_new_kind_of_page_is_chosen_by_the_model(name: str) -> None:
    """Two kinds of page no title rule was written for: a newsletter e-mail whose "Subject:" line
    holds the headline after the letter's own labels ("الموضوع: عاجل: ..."), taken by the rules for
    the title; and a radio station's page whose weather line ("Mitrovicë 12°C, me diell") sits
    right over the headline, joined to it by the rules as its upper half. The model chooses the
    headline itself (it shares the lead's words and sits right over the article; the subject line
    is a labelled copy, the weather line shares no word with the article)."""
    gold = {a["file"]: a for a in json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))["articles"]}[name]
    raw = (PAGES / name).read_text(encoding="utf-8")
    rules = extract_text(raw, rerank=False)
    assert (rules.title_line, rules.title) != (gold["title_line"], gold["title"])
    found = extract_text(raw)
    assert (found.title_line, found.title) == (gold["title_line"], gold["title"])
    assert found.body == rules.body  # (the chooser changes the title only)


def _text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _body(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for p in paragraphs:
        out += [p, ""]
    return out


FOOT = ["Shpërndaje: Facebook | Twitter | Viber", "© 2018 Radio Drita - Të gjitha të drejtat e rezervuara"]


@pytest.mark.parametrize("head", [
    ["Lajmi i fundit", OTHER, "", HEADLINE, "Publikuar më: 30/09/2018 18:54", ""],
    ["Lexo edhe:", OTHER, "", HEADLINE, "Ana Berisha", "30/09/2018", ""],
    ["Më të lexuarat", OTHER, "Policia arreston dy të rinj pas një grabitjeje në Durrës", HEADLINE, "30/09/2018", ""],
    ["18:40 " + OTHER, "18:12 Policia arreston dy të rinj pas një grabitjeje në Durrës", "", HEADLINE, ""],
], ids=["breaking", "read-also", "most-read", "ticker"])
def test_another_storys_headline_above_the_article_is_never_the_title(head: list[str]) -> None:
    """A ticker item, a "read also" teaser or a "most read" list above the page's own headline:
    the title is the page's own headline, never the other story's (the hard rule of issue 11)."""
    raw = _text(["Radio Drita", "Ballina | Lajme | Sport | Kulturë", ""] + head + _body(SQ) + FOOT)
    found = extract_text(raw)
    assert found.title == HEADLINE
    assert found.title_line == raw.split("\n").index(HEADLINE) + 1


def test_a_model_file_that_does_not_match_the_code_is_an_error() -> None:
    """Features renamed or reordered, or a tree naming a feature the code does not have, is a
    clear error telling how to refit, never a silent guess."""
    data = json.loads(json.dumps({"features": list(FEATURES), "init": 0.0, "rate": 0.1, "threshold": 0.5, "trees": [
        {"left": [1, -1, -1], "right": [2, -1, -1], "feature": [0, -1, -1], "threshold": [0.5, 0.0, 0.0], "value": [0.0, -1.0, 1.0]},
    ]}))
    model = TitleModel.from_json(data)
    assert model.probabilities([[1.0] + [0.0] * (len(FEATURES) - 1)]) == pytest.approx([1 / (1 + 2.718281828459045 ** -0.1)])
    with pytest.raises(ValueError, match="refit it with bench/fit_title_model.py"):
        TitleModel.from_json({**data, "features": list(reversed(FEATURES))})
    bad = {**data, "trees": [{**data["trees"][0], "feature": [len(FEATURES), -1, -1]}]}
    with pytest.raises(ValueError, match="unknown feature"):
        TitleModel.from_json(bad)


def test_the_shipped_model_scores_every_candidate_of_a_page() -> None:
    """The shipped file reads, and every candidate above the article (each line alone, each pair
    of consecutive lines, never two lines across a blank one) gets one probability."""
    raw = _text(["Radio Drita", "", HEADLINE, "30/09/2018", ""] + _body(SQ) + FOOT)
    lines = list(analyse(raw))
    body = [i for i, line in enumerate(lines) if line.text in SQ]
    cands = candidates(lines, body, None, TITLE_WINDOW)
    assert cands == [Candidate(0, 0), Candidate(1, 1), Candidate(1, 2), Candidate(2, 2)]
    rows = features(lines, [key(line.text) for line in lines], body, set(), cands, None)
    probs = shipped().probabilities(rows)
    assert len(probs) == 4 and all(0.0 <= p <= 1.0 for p in probs)
    assert max(range(4), key=probs.__getitem__) == 1  # the headline


def _chat(head: list[str]) -> str:
    """A news group's chat export: a notice, a placeholder, a member's question, the article's
    message (``head`` from its stamp on, then the article and its link), a member's reply."""
    return "\n".join([
        "30/09/2018, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
        "30/09/2018, 09:30 - Radio Drita: <Media omitted>",
        "30/09/2018, 09:41 - Besa: A është e vërtetë?",
        *head, *SQ, "https://radiodrita.example/lajme/3878",
        "30/09/2018, 10:12 - Arben: 👍", "",
    ])


def test_the_fitter_is_shown_what_the_chooser_is_shown() -> None:
    """``bench/fit_title_model.py`` learns from :func:`clean.title_choice`: the page as the cleaner
    reads it (a chat export's lines without their stamps and senders: the raw line of a headline
    on its stamp's line holds no whole-line title), the body and the rules' title."""
    raw = _text(["Radio Drita", "", HEADLINE, "30/09/2018", ""] + _body(SQ) + FOOT)
    found, shown = title_choice(raw)
    assert found == extract_text(raw, rerank=False)
    assert shown is not None and shown.rules == Candidate(1, 1) and shown.body == [3, 4, 5, 6, 7]
    assert [line.text for line in shown.lines[:3]] == ["Radio Drita", HEADLINE, "30/09/2018"]
    found, shown = title_choice(_chat(["30/09/2018, 10:05 - Radio Drita: 🔴 E FUNDIT", HEADLINE]))
    assert (found.title, found.title_line) == (HEADLINE, 5)
    assert shown is not None and shown.rules == Candidate(1, 1) and shown.body == [2, 3, 4, 5, 6]
    assert [line.text for line in shown.lines[:2]] == ["🔴 E FUNDIT", HEADLINE]
    found, shown = title_choice(_chat(["30/09/2018, 10:05 - Radio Drita: " + HEADLINE]))
    assert (found.title, found.title_line) == (HEADLINE, 4)
    assert shown is not None and shown.rules == Candidate(0, 0) and shown.lines[0].text == HEADLINE
