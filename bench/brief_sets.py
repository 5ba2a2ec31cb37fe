"""Proxy evaluation of topic briefs: topics with reference summaries, three systems, ROUGE at one word budget.

Sets (each topic: English articles and one or more reference texts):

* ``ntrex``: the same-story groups of NTREX-128 dev (``stories.json``, 9 groups of 2-4
  documents); one reference per member document: its editor picks (``summary_picks.json``).
* ``ecbplus-dev`` / ``ecbplus-test``: ECB+ events with at least 4 articles (dev = odd topics,
  test = even topics, as ``ecbplus.py``). Articles in natural doc-id order; those at even
  positions are the topic's input, those at odd positions are held back: one reference per held-back
  article, its headline (when it has one) and its first candidate sentence of at least 5 words,
  i.e. what another outlet led with.
* ``ecbplus-*-short``: the same events with each input article cut to its headline and its first
  candidate sentence (title + lead items, as feeds and wires often carry).

Systems, all drawing from the same candidates (``briefs.brief_candidates``, computed once per
topic) and cut to the same budget of :data:`BUDGET` words (``rouge.truncate``):

* ``brief``: ``briefs.select_mmr`` as ``build_brief`` calls it for a topic of several articles (its
  selection order);
* ``round-robin lead``: each article's first candidate in turn, then each one's second, ...;
* ``lexrank``: LexRank over the candidates, best first, no redundancy control.

Score: ROUGE-1 and ROUGE-2 F1 with Porter stemming (``rouge-score``), against each reference
separately and averaged over the references (``rouge.rouge``), then averaged over topics.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

import ecbplus
import rouge
from eval_summaries import english_article
from label_ecbplus import reference_lead
from ntrex import DEFAULT_DIR as NTREX_DIR
from ntrex import load_documents

from translate_summarize.article import Article
from translate_summarize.briefs import PARAMS, BriefParams, Candidate, brief_candidates, build_brief, select_mmr
from translate_summarize.settings import Settings

BUDGET = 100
"""Words per system output (all systems, all sets)."""
MIN_EVENT_ARTICLES = 4
SETS = ("ntrex", "ecbplus-dev", "ecbplus-dev-short", "ecbplus-test", "ecbplus-test-short")
GATE_SETS = ("ntrex", "ecbplus-test", "ecbplus-test-short")
"""The sets the evaluation gate scores (the ECB+ dev sets are ``tune_briefs.py``'s)."""


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    articles: tuple[Article, ...]
    references: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    """``briefs.brief_candidates`` of the articles (computed once, shared by the systems)."""


def topic(name: str, articles: Sequence[Article], references: Sequence[str]) -> Topic:
    return Topic(name, tuple(articles), tuple(references), tuple(brief_candidates(articles)))


def ntrex_topics(directory: Path = NTREX_DIR) -> list[Topic]:
    picks = json.loads((directory / "summary_picks.json").read_text(encoding="utf-8"))["docs"]
    docs = {d.doc_id: d for d in load_documents(directory)}
    groups = json.loads((directory / "stories.json").read_text(encoding="utf-8"))["groups"]
    return [
        topic(
            name,
            [english_article(i, f"ntrex/{i}", docs[i].headline, docs[i].body) for i in ids],
            [" ".join(picks[i]["text"]) for i in ids],
        )
        for name, ids in groups.items()
    ]


def ecbplus_topics(split: str, *, short: bool = False, source: Path = ecbplus.DEFAULT_FILE) -> list[Topic]:
    out = []
    for event, members in ecbplus.events(ecbplus.load_articles(source)).items():
        if len(members) < MIN_EVENT_ARTICLES or members[0].split != split:
            continue
        inputs, held = members[0::2], members[1::2]
        references = tuple(" ".join(reference_lead(a)) for a in held)
        articles = []
        for a in inputs:
            body = list(a.body)
            if short:
                body = [line for line in reference_lead(a) if line != a.headline][:1]
            articles.append(english_article(a.doc_id, f"ecbplus/{a.doc_id}", a.headline, body))  # type: ignore[arg-type]
        out.append(topic(event, articles, references))
    return out


def load_set(name: str) -> list[Topic]:
    if name == "ntrex":
        return ntrex_topics()
    split = name.removeprefix("ecbplus-").removesuffix("-short")
    return ecbplus_topics(split, short=name.endswith("-short"))


# --- systems ---------------------------------------------------------------------------------------

System = Callable[[Topic], list[str]]
MIN_SENTENCE_WORDS = 5


def brief_system(params: BriefParams = PARAMS) -> System:
    """The brief's selection, asked for enough sentences to fill the budget (its order kept)."""

    def run(topic: Topic) -> list[str]:
        cands = topic.candidates
        chosen = select_mmr([c.en for c in cands], [c.position for c in cands], BUDGET // MIN_SENTENCE_WORDS, params=params)
        return [cands[i].en for i in chosen]

    return run


def round_robin_lead(topic: Topic) -> list[str]:
    order = {a.id: n for n, a in enumerate(topic.articles)}
    return [c.en for c in sorted(topic.candidates, key=lambda c: (c.position, order[c.article_id]))]


def lexrank(topic: Topic) -> list[str]:
    from translate_summarize.summarize import lexrank_scores

    cands = topic.candidates
    scores = lexrank_scores([c.en for c in cands])
    return [cands[i].en for i in np.argsort(-scores, kind="stable")]


def systems() -> dict[str, System]:
    return {"brief": brief_system(), "round-robin lead": round_robin_lead, "lexrank": lexrank}


def score(topics: Sequence[Topic], system: System) -> tuple[float, float]:
    """Mean (ROUGE-1 F1, ROUGE-2 F1) over topics, in points (× 100)."""
    values = [rouge.rouge(rouge.truncate(system(t), BUDGET), t.references) for t in topics]
    return float(np.mean([v[0] for v in values]) * 100), float(np.mean([v[1] for v in values]) * 100)


def empty_briefs(topics: Sequence[Sequence[Article]], settings: Settings | None = None) -> list[int]:
    """Indices of topics whose brief is empty although an article has text (headline or body)."""
    settings = settings or Settings()
    out = []
    for n, articles in enumerate(topics):
        has_text = any((a.title_en or a.title or "").strip() or any(s.en and s.en.strip() for s in a.segments) for a in articles)
        if has_text and not build_brief(articles, settings):
            out.append(n)
    return out
