"""The default per-article summary: sentence features, the shipped linear model and how it was chosen."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from translate_summarize.summarize import select_sentences
from translate_summarize.summarizers.features import NAMES, feature_rows
from translate_summarize.summarizers.supervised import LinearModel, shipped_model, supervised_scores
from translate_summarize.summarizers.text import english_stemmer, english_stop_words, prepare

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = (
    "The council approved a budget of 10 million dollars for Springfield schools on Monday.",
    'He said: "We are proud of our teachers."',
    "Will the mayor sign it?",
)
TITLE = "Springfield council approves school budget"


def test_features_by_hand() -> None:
    x = feature_rows(SENTENCES, TITLE, english_stop_words(), english_stemmer())
    got = {name: [round(float(v), 4) for v in x[:, j]] for j, name in enumerate(NAMES)}
    assert got == {
        "first": [1.0, 0.0, 0.0],
        "position": [1.0, 0.5, 0.3333],
        "relative": [0.0, 0.5, 1.0],
        "length": [0.8667, 0.5333, 0.3333],  # 13, 8 and 5 words of 15
        "short": [0.0, 0.0, 1.0],
        # the headline's five stems all occur in sentence 0 only (same idf): 5 / sqrt(8 * 5)
        "title_cos": [0.7906, 0.0, 0.0],
        "title_cover": [1.0, 0.0, 0.0],
        "centrality": [1.0, 1.0, 1.0],  # no two sentences share a stem: LexRank is flat
        "centroid": [0.0, 0.0, 0.0],
        "entities": [0.1538, 0.125, 0.0],  # Springfield, Monday of 13 words; "We" of 8
        "numbers": [1.0, 0.0, 0.0],
        "quote": [0.0, 1.0, 0.0],
        "attribution": [0.0, 1.0, 0.0],
        "first_person": [0.0, 1.0, 0.0],
        "opener": [0.0, 1.0, 0.0],
        "question": [0.0, 0.0, 1.0],
        "long_doc": [0.15, 0.15, 0.15],  # 3 of 20 sentences
        "first_long": [0.15, 0.0, 0.0],
    }


def test_features_of_an_empty_body_and_a_missing_headline() -> None:
    stop, stem = english_stop_words(), english_stemmer()
    assert feature_rows((), TITLE, stop, stem).shape == (0, len(NAMES))
    x = feature_rows(SENTENCES, None, stop, stem)
    assert x[:, NAMES.index("title_cos")].tolist() == [0.0, 0.0, 0.0]
    assert x[:, NAMES.index("title_cover")].tolist() == [0.0, 0.0, 0.0]


def test_linear_model_scores_and_validation() -> None:
    model = LinearModel(("position", "question"), (2.0, -1.0))
    x = feature_rows(SENTENCES, TITLE, english_stop_words(), english_stemmer())
    assert model.scores(x).round(4).tolist() == [2.0, 1.0, -0.3333]
    assert not model.uses_centrality
    with pytest.raises(ValueError, match="unknown feature.*colour"):
        LinearModel(("position", "colour"), (1.0, 1.0))
    with pytest.raises(ValueError, match="2 features but 1 weights"):
        LinearModel(("position", "length"), (1.0,))


def test_shipped_model_is_the_default_method() -> None:
    model = shipped_model()
    record = json.loads((ROOT / "translate_summarize" / "data" / "summary_model.json").read_text(encoding="utf-8"))
    assert model == LinearModel.from_record(record)
    assert record["model"]["kind"] in ("positional", "logistic") and record["figures"]["cv_f1"]
    stop, stem = english_stop_words(), english_stemmer()
    prepared = prepare(SENTENCES, stop, stem)
    scores = supervised_scores(SENTENCES, prepared.terms, prepare([TITLE], stop, stem).terms[0])
    expected = model.scores(feature_rows(SENTENCES, TITLE, stop, stem))
    np.testing.assert_allclose(scores, expected)
    best = sorted(np.argsort(-expected, kind="stable")[:2].tolist())
    assert select_sentences(SENTENCES, count=2, title=TITLE) == best


def test_former_default_is_a_linear_model_of_the_same_features(shared: Path) -> None:
    """The positional default (position + 0.5 title + 2 length) as a LinearModel reproduces its in-sample NTREX F1."""
    sys.path.insert(0, str(ROOT / "bench"))
    import summary_model as sm

    former = LinearModel(sm.POSITIONAL, (1.0, 0.0, 0.5, 2.0))
    docs = sm.ntrex_docs()
    assert len(docs) == 60 and round(sm.micro_f1(docs, sm.linear_scorer(former)), 4) == 0.5906
    assert round(sm.micro_f1(docs, sm.lead_scores), 4) == 0.5322
    # folds keep every story group together
    groups = json.loads((shared / "eval" / "ntrex128_dev" / "stories.json").read_text(encoding="utf-8"))["groups"]
    fold = {d.doc_id: d.fold for d in docs}
    assert all(len({fold[i] for i in ids}) == 1 for ids in groups.values())
    assert sorted({d.fold for d in docs}) == list(range(sm.NTREX_FOLDS))
