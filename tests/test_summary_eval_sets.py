"""The evaluation sets and scorers behind bench/eval_summaries.py: ROUGE, ECB+ loading, proxy picks, brief topics."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import brief_sets  # noqa: E402
import ecbplus  # noqa: E402
import label_ecbplus  # noqa: E402
import rouge  # noqa: E402

from translate_summarize.briefs import build_brief  # noqa: E402
from translate_summarize.settings import Settings  # noqa: E402


def test_rouge_scores_each_reference_and_averages() -> None:
    summary = "The floods killed 95 people in Valencia."
    refs = ["Floods killed 95 people.", "Rescuers searched Valencia for survivors."]
    r1, r2 = rouge.rouge(summary, refs)
    # rouge-score tokens (Porter stems): the flood kill 95 peopl in valencia
    # ref 1: flood kill 95 peopl -> 4 of 7 and 4 of 4 unigrams; 3 of 6 and 3 of 3 bigrams
    # ref 2: rescuer search valencia for survivor -> 1 unigram; no bigram
    assert r1 == pytest.approx((2 * 4 / 11 + 2 * 1 / 12) / 2)
    assert r2 == pytest.approx((2 * 3 / 9 + 0.0) / 2)
    toks = rouge.tokens(summary)
    assert toks == ["the", "flood", "kill", "95", "peopl", "in", "valencia"]
    assert rouge.f1(rouge.ngrams(toks, 2), rouge.ngrams(rouge.tokens(refs[0]), 2)) == pytest.approx(r2 * 2)
    assert rouge.truncate(["one two three", "four five", "six"], 4) == "one two three four"
    with pytest.raises(ValueError, match="no reference"):
        rouge.rouge(summary, [])


def test_ecbplus_detokenise_and_headlines() -> None:
    assert ecbplus.detokenise("Reid 's rep told `` People '' it was n't a 90 - day stay , at 1 : 26 on 4 / 11 .") == (
        'Reid\'s rep told "People" it wasn\'t a 90-day stay, at 1:26 on 4/11.'
    )
    assert ecbplus.is_headline("Lindsay Lohan checks into Betty Ford Center")
    assert not ecbplus.is_headline("Tara Reid has entered a rehab program.")
    assert not ecbplus.is_headline('He said "no."')


def test_ecbplus_articles_and_copies(shared: Path) -> None:
    articles = {a.doc_id: a for a in ecbplus.load_articles()}
    assert len(articles) == 982
    plus, ecb = articles["1_10ecbplus"], articles["1_10ecb"]
    assert plus.headline == "Lindsay Lohan checks into Betty Ford Center" and plus.body[0] == "May 03, 2013"
    assert ecb.headline is None and ecb.body[0].startswith("Perennial party girl Tara Reid checked herself into")
    assert (plus.split, articles["2_1ecb"].split) == ("dev", "test")
    members = ecbplus.events(articles.values())["1_ecb"]
    assert [a.doc_id for a in members][:3] == ["1_1ecb", "1_2ecb", "1_3ecb"]  # natural order
    sets = ecbplus.content_sets([articles["23_1ecb"], articles["23_9ecb"], articles["1_10ecb"]])
    assert ecbplus.is_copy(sets["23_1ecb"], sets["23_9ecb"]) and not ecbplus.is_copy(sets["23_1ecb"], sets["1_10ecb"])


def test_oracle_picks_greedily_by_rouge() -> None:
    reference = rouge.tokens("Lohan checked into the Betty Ford Center on Thursday")
    sentences = [rouge.tokens(s) for s in (
        "Her lawyer hired a new legal team for the hearing.",
        "Lindsay Lohan checked into the Betty Ford Center late Thursday.",
        "The clinic is in Rancho Mirage, near Palm Springs.",
        "She had left a rehab facility in Newport Beach on Thursday.",
    )]
    assert label_ecbplus.oracle(sentences, reference, 1) == [1]

    def value(chosen: list[int]) -> float:
        toks = [t for i in sorted(chosen) for t in sentences[i]]
        return (rouge.f1(rouge.ngrams(toks, 1), rouge.ngrams(reference, 1)) + rouge.f1(rouge.ngrams(toks, 2), rouge.ngrams(reference, 2))) / 2

    second = max((j for j in range(4) if j != 1), key=lambda j: (value([1, j]), -j))
    assert label_ecbplus.oracle(sentences, reference, 2) == sorted([1, second])
    assert [label_ecbplus.pick_count(n) for n in (1, 2, 3, 5, 6, 20)] == [1, 1, 2, 2, 3, 3]


def test_committed_proxy_picks_follow_the_rule(shared: Path) -> None:
    data = json.loads(label_ecbplus.OUT.read_text(encoding="utf-8"))
    assert len(data["docs"]) == 908 and "Rule, for each article" in data["about"]
    members = [a for a in ecbplus.load_articles() if a.event in ("1_ecbplus", "2_ecb")]
    relabelled = label_ecbplus.label(members)
    assert relabelled and relabelled == {k: data["docs"][k] for k in relabelled}


def test_brief_topics_and_systems(shared: Path) -> None:
    ntrex = brief_sets.load_set("ntrex")
    assert len(ntrex) == 9 and [len(t.articles) for t in ntrex][:2] == [4, 2]
    quake = ntrex[0]
    assert len(quake.references) == 4
    # the brief system is build_brief's selection, only longer
    settings = Settings().replace(brief_sentences=3)
    assert brief_sets.brief_system()(quake)[:3] == [s.en for s in build_brief(quake.articles, settings)]
    rr = brief_sets.round_robin_lead(quake)
    # each article's first candidate in turn; nytimes.184860 opens with "It Is Very Bad." (under 5
    # words), so its lead is its next sentence
    assert rr[:4] == [next(c.en for c in quake.candidates if c.article_id == a.id) for a in quake.articles]
    assert rr[3].startswith("While World Vision's staff from Donggala have made it safely to Palu city")
    test_short = brief_sets.load_set("ecbplus-test-short")
    assert len(test_short) == 43
    assert all(len(a.segments) <= 1 for t in test_short for a in t.articles)
    assert all(len(t.references) == len(t.articles) or len(t.references) == len(t.articles) - 1 for t in test_short)
