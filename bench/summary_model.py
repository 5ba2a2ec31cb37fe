"""Document sets, candidate models and cross-validation for the default per-article summary.

Shared by ``bench/fit_summary_model.py`` (chooses and fits the shipped model) and
``bench/eval_summaries.py`` (re-runs the chosen configuration's cross-validation as a gate).

Document sets (each document: the feature rows of its candidate sentences and the gold picks):

* ``ntrex``: NTREX-128 dev, 60 documents, editor picks (``summary_picks.json``). Folds: the
  same-story groups of ``stories.json`` (unlisted documents are single stories) dealt in order of
  first appearance over :data:`NTREX_FOLDS` folds, so two reports of one story are never split.
* ``ecbplus-dev`` / ``ecbplus-test``: ECB+ articles with proxy picks (``label_ecbplus.py``);
  dev = odd topics, test = even topics. Folds (dev only): topics dealt over :data:`ECB_FOLDS`.
* ``pages-tuning`` / ``pages-heldout``: the NTREX page dumps through extraction and memory
  translation (``summary_pages.py``), tuning templates and held-out templates t75-t77; each page is
  in its document's NTREX fold, and a page is only ever scored by a model fitted without its
  document (every set's documents carry their ``source``, the underlying article).

Selection F1 of a set = distinct picked lines hit / picks (each document selects as many sentences
as it has picks, so precision = recall = F1 on clean text; micro over the set, as the gate reports).

Candidate models (:data:`MENU`, simplest first; fixed before looking at held-out results):

* ``lead``: the first candidate sentences.
* ``positional``: the former default, ``position + w_c centrality + w_t title_cos + w_l length``
  with each weight on the grid :data:`GRID`, chosen by selection F1 on the training documents.
* ``logistic C=…``: L2 logistic regression on every feature of ``features.NAMES`` (standardised
  for fitting, weights mapped back to raw features), each training set weighted equally;
  ``logistic-notitle``: the same without the headline features (a page's extracted title can be
  wrong or missing, and ECB articles have none).

Each candidate is fitted either on ``ntrex`` alone or on ``ntrex`` + ``ecbplus-dev``.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from ntrex import DEFAULT_DIR as NTREX_DIR
from ntrex import load_documents, load_picks

import ecbplus

from translate_summarize.summarize import candidate_indices
from translate_summarize.summarizers.features import NAMES, sentence_features
from translate_summarize.summarizers.ranking import best_indices
from translate_summarize.summarizers.supervised import LinearModel
from translate_summarize.summarizers.text import english_stemmer, english_stop_words, prepare

ROOT = Path(__file__).resolve().parents[1]
ECB_PICKS = ROOT / "bench" / "data" / "ecbplus_picks.json"
NTREX_FOLDS = 10
ECB_FOLDS = 5
GRID = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0)
POSITIONAL = ("position", "centrality", "title_cos", "length")
SELECTION_SETS = ("ntrex", "pages-tuning", "ecbplus-dev")
"""The sets whose cross-validated F1 chooses the model (``ecbplus-test`` and ``pages-heldout`` are only reported)."""
TITLE_FEATURES = ("title_cos", "title_cover")


@dataclass(frozen=True, slots=True)
class Doc:
    """One document ready for scoring: candidate rows and gold picks (indices into the body)."""

    set: str
    doc_id: str
    source: str
    """The underlying article (an NTREX page's document): never scored by a model fitted on it."""
    fold: int
    features: np.ndarray
    candidates: tuple[int, ...]
    """Per feature row, the body line it is (-1: not a line of the document, e.g. furniture)."""
    gold: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Config:
    """A candidate model: its kind, regularisation (logistic only) and training sets."""

    kind: str
    train: tuple[str, ...]
    c: float | None = None

    @property
    def name(self) -> str:
        label = self.kind if self.c is None else f"{self.kind} C={self.c:g}"
        return f"{label} [{'+'.join(self.train)}]"

    @property
    def features(self) -> tuple[str, ...]:
        if self.kind == "logistic-notitle":
            return tuple(n for n in NAMES if n not in TITLE_FEATURES)
        return NAMES

    def to_record(self) -> dict[str, object]:
        return {"kind": self.kind, "c": self.c, "train": list(self.train)}

    @classmethod
    def from_record(cls, record: dict[str, object]) -> Config:
        c = record.get("c")
        return cls(str(record["kind"]), tuple(record["train"]), None if c is None else float(c))  # type: ignore[arg-type]


MENU: tuple[Config, ...] = (
    Config("lead", ("ntrex",)),
    Config("positional", ("ntrex",)),
    Config("positional", ("ntrex", "ecbplus-dev")),
    *(
        Config(kind, train, c)
        for kind in ("logistic-notitle", "logistic")
        for c in (0.03, 0.3, 3.0)
        for train in (("ntrex",), ("ntrex", "ecbplus-dev"))
        if not (kind == "logistic-notitle" and c == 3.0)
    ),
)
"""Candidates, simplest first: the one-standard-error rule of ``fit_summary_model.py`` takes the
first whose held-out F1 is within one standard error of the best (fewer parameters, then stronger
regularisation, then less training data)."""


# --- documents -------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _stemmer() -> Callable[[str], str]:
    """One memoising stemmer for every document of a run (thousands of articles share their words)."""
    return english_stemmer()


def _doc(
    set_name: str, doc_id: str, fold: int, body: Sequence[str], headline: str | None, gold: Sequence[int],
    *, source: str | None = None, headings: Sequence[bool] | None = None, lines: Sequence[int] | None = None,
) -> Doc | None:
    """A document from its sentences (``lines``: each sentence's body line; default its index)."""
    cands = candidate_indices(body, headings if headings is not None else [False] * len(body))
    if not cands:
        return None
    stop, stem = english_stop_words(), _stemmer()
    texts = [body[i] for i in cands]
    terms = prepare(texts, stop, stem).terms
    title_terms = prepare([headline], stop, stem).terms[0] if headline else ()
    line = list(lines) if lines is not None else list(range(len(body)))
    return Doc(
        set_name, doc_id, source or doc_id, fold, sentence_features(texts, terms, title_terms),
        tuple(line[i] for i in cands), tuple(sorted(gold)),
    )


def ntrex_docs(directory: Path = NTREX_DIR) -> list[Doc]:
    picks = load_picks(directory)
    folds = ntrex_folds(directory)
    out = []
    for d in load_documents(directory):
        if d.doc_id not in picks:
            continue
        doc = _doc("ntrex", d.doc_id, folds[d.doc_id], d.body, d.headline, picks[d.doc_id])
        if doc is not None:
            out.append(doc)
    return out


def ntrex_folds(directory: Path = NTREX_DIR) -> dict[str, int]:
    """Fold of each NTREX dev document: story groups (and single stories) dealt in order of first appearance."""
    picks = load_picks(directory)
    groups = json.loads((directory / "stories.json").read_text(encoding="utf-8"))["groups"]
    story = {doc_id: name for name, ids in groups.items() for doc_id in ids}
    order: dict[str, int] = {}
    return {
        d.doc_id: order.setdefault(story.get(d.doc_id, d.doc_id), len(order)) % NTREX_FOLDS
        for d in load_documents(directory)
        if d.doc_id in picks
    }


def page_docs() -> dict[str, list[Doc]]:
    """``pages-tuning`` and ``pages-heldout`` documents (``summary_pages.py``; slow: extracts all 1,815 pages)."""
    import summary_pages

    from translate_summarize.segment import split_sentences
    from translate_summarize.summarize import article_units

    folds = ntrex_folds()
    out: dict[str, list[Doc]] = {"pages-tuning": [], "pages-heldout": []}
    for entry, article, document, picks in summary_pages.page_inputs(*summary_pages.translated_pages()):
        units = article_units(article, split_sentences)
        set_name = "pages-heldout" if entry["heldout"] else "pages-tuning"
        doc = _doc(
            set_name, entry["file"], folds[document.doc_id], [u.en for u in units], article.title_en, picks,
            source=document.doc_id, headings=[u.heading for u in units],
            lines=[summary_pages.line_of(u.en, document) for u in units],
        )
        if doc is not None:
            out[set_name].append(doc)
    return out


def ecbplus_docs(split: str, picks_file: Path = ECB_PICKS, source: Path = ecbplus.DEFAULT_FILE) -> list[Doc]:
    """Proxy-labelled ECB+ articles of one split (``dev`` or ``test``)."""
    labels = json.loads(picks_file.read_text(encoding="utf-8"))["docs"]
    articles = [a for a in ecbplus.load_articles(source) if a.doc_id in labels and a.split == split]
    topics = sorted({a.topic for a in articles})
    fold_of = {t: i % ECB_FOLDS for i, t in enumerate(topics)}
    out = []
    for a in articles:
        entry = labels[a.doc_id]
        if entry["n_body"] != len(a.body):
            raise ValueError(f"{picks_file}: {a.doc_id} was labelled with {entry['n_body']} body lines, the corpus has {len(a.body)}; rerun bench/label_ecbplus.py")
        doc = _doc(f"ecbplus-{split}", a.doc_id, fold_of[a.topic], a.body, a.headline, entry["picks"], source=a.doc_id)
        if doc is not None:
            out.append(doc)
    return out


# --- models ----------------------------------------------------------------------------------------

Scorer = Callable[[Doc], np.ndarray]


def chosen(doc: Doc, scores: np.ndarray) -> list[int]:
    """Body lines the scores select (as many sentences as the document has picks)."""
    return [doc.candidates[i] for i in best_indices(scores, len(doc.gold))]


def hits(doc: Doc, scorer: Scorer) -> int:
    """Distinct picked lines among the chosen sentences."""
    return len(set(chosen(doc, scorer(doc))) & set(doc.gold))


def micro_f1(docs: Sequence[Doc], scorer: Scorer) -> float:
    total = sum(len(d.gold) for d in docs)
    return sum(hits(d, scorer) for d in docs) / total if total else 0.0


def lead_scores(doc: Doc) -> np.ndarray:
    return -np.arange(len(doc.candidates), dtype=float)


def linear_scorer(model: LinearModel) -> Scorer:
    return lambda doc: model.scores(doc.features)


def fit(config: Config, docs: Sequence[Doc]) -> LinearModel | None:
    """The model ``config`` fits on ``docs`` (None for ``lead``, which has nothing to fit)."""
    if config.kind == "lead":
        return None
    if config.kind == "positional":
        return _fit_positional(docs)
    if config.kind in ("logistic", "logistic-notitle"):
        return _fit_logistic(docs, float(config.c or 1.0), config.features)
    raise ValueError(f"unknown model kind {config.kind!r}")


def scorer_for(config: Config, docs: Sequence[Doc]) -> Scorer:
    model = fit(config, docs)
    return lead_scores if model is None else linear_scorer(model)


def _fit_positional(docs: Sequence[Doc]) -> LinearModel:
    columns = [NAMES.index(f) for f in POSITIONAL]
    grid = np.array([(1.0, *w) for w in itertools.product(GRID, repeat=3)])
    hits = np.zeros(len(grid))
    for d in docs:
        scores = d.features[:, columns] @ grid.T  # candidates × grid
        gold = np.isin(np.asarray(d.candidates), d.gold)
        k = len(d.gold)
        rounded = np.round(scores, 12)
        for g in range(len(grid)):  # stable sort: ties keep document order, as best_indices
            top = np.argsort(-rounded[:, g], kind="stable")[:k]
            hits[g] += gold[top].sum()
    best = int(np.argmax(hits))  # first best in grid order (smaller weights first)
    return LinearModel(POSITIONAL, tuple(float(w) for w in grid[best]))


def _fit_logistic(docs: Sequence[Doc], c: float, features: Sequence[str] = NAMES) -> LinearModel:
    from sklearn.linear_model import LogisticRegression

    columns = [NAMES.index(f) for f in features]
    x = np.vstack([d.features[:, columns] for d in docs])
    y = np.concatenate([np.isin(np.asarray(d.candidates), d.gold) for d in docs]).astype(int)
    per_set = {s: sum(1 for d in docs if d.set == s) for s in {d.set for d in docs}}
    weight = np.concatenate([np.full(len(d.candidates), 1.0 / per_set[d.set]) for d in docs])
    weight *= len(weight) / weight.sum()
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=10_000).fit((x - mean) / scale, y, sample_weight=weight)
    coef = model.coef_[0] / scale
    return LinearModel(tuple(features), tuple(round(float(w), 6) for w in coef))


# --- cross-validation ------------------------------------------------------------------------------

def held_out_hits(config: Config, sets: dict[str, list[Doc]], evaluate: str) -> list[tuple[int, int]]:
    """``(picked lines hit, picks)`` of every document of ``evaluate``, each scored by a model fitted without it.

    When the training sets of ``config`` hold documents of ``evaluate`` (the same ``source``), each
    fold of ``evaluate`` is scored by the model fitted on the training sets less every document of
    that fold's sources; otherwise one model fitted on all the training sets scores it (a
    cross-set evaluation).
    """
    docs = sets[evaluate]
    train_all = [d for s in config.train for d in sets[s]]
    sources = {d.source for d in docs}
    if not any(d.source in sources for d in train_all):
        scorer = scorer_for(config, train_all)
        return [(hits(d, scorer), len(d.gold)) for d in docs]
    out: dict[int, tuple[int, int]] = {}
    for fold in sorted({d.fold for d in docs}):
        test = [(i, d) for i, d in enumerate(docs) if d.fold == fold]
        excluded = {d.source for _, d in test}
        scorer = scorer_for(config, [d for d in train_all if d.source not in excluded])
        out.update((i, (hits(d, scorer), len(d.gold))) for i, d in test)
    return [out[i] for i in range(len(docs))]


def held_out_f1(config: Config, sets: dict[str, list[Doc]], evaluate: str) -> float:
    """Micro F1 of :func:`held_out_hits`."""
    return ratio(held_out_hits(config, sets, evaluate))[0]


def ratio(counts: Sequence[tuple[int, int]]) -> tuple[float, float]:
    """Micro F1 (hits / picks) over documents and its standard error (ratio estimator, documents as the unit)."""
    total = sum(p for _, p in counts)
    if total == 0:
        return 0.0, 0.0
    f1 = sum(h for h, _ in counts) / total
    variance = sum((h - f1 * p) ** 2 for h, p in counts) / total**2
    return f1, variance**0.5
