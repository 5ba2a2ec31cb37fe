"""Topic briefs: MMR removes duplicates, citations point at the right segment, single-article briefs."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from topic_articles import FLOOD, RATES, make_article  # noqa: E402

from translate_summarize.article import Summary, SummarySentence  # noqa: E402
from translate_summarize.briefs import DUPLICATE_COSINE, build_brief, select_mmr, sentence_similarity  # noqa: E402
from translate_summarize.settings import Settings  # noqa: E402
from translate_summarize.summarize import summarize_article  # noqa: E402
from translate_summarize.topics import build_topics  # noqa: E402

SETTINGS = Settings()
SHARED = "Prime Minister Pedro Sanchez declared three days of national mourning for the flood victims."


def test_duplicated_sentence_appears_once() -> None:
    a = make_article("a", FLOOD[0][1], [FLOOD[0][2][0], SHARED, FLOOD[0][2][1]])
    b = make_article("b", FLOOD[1][1], [SHARED, FLOOD[1][2][0], FLOOD[1][2][1]])
    brief = build_brief([a, b], SETTINGS.replace(brief_sentences=6))
    texts = [s.en for s in brief]
    assert texts.count(SHARED) == 1
    assert len(texts) == len(set(texts)) == 5  # six candidates, the duplicate dropped


def test_near_duplicate_is_dropped_but_distinct_sentences_stay() -> None:
    sentences = [
        "The ECB cut its deposit rate by a quarter point to 3.25 percent on Thursday.",
        "On Thursday the ECB cut its deposit rate by a quarter point, to 3.25 percent.",
        "Christine Lagarde said inflation in the euro zone was slowing faster than expected.",
    ]
    sim = sentence_similarity(sentences)
    assert sim[0, 1] >= DUPLICATE_COSINE > sim[0, 2]
    chosen = select_mmr(sentences, [0, 0, 1], 3)
    assert len(chosen) == 2 and 2 in chosen and len({0, 1} & set(chosen)) == 1


def test_citations_point_at_article_and_segment() -> None:
    arts = [make_article(i, t, p, published="2024-10-30") for i, t, p in FLOOD]
    brief = build_brief(arts, SETTINGS)
    assert len(brief) == SETTINGS.brief_sentences
    by_id = {a.id: a for a in arts}
    for s in brief:
        segment = by_id[s.article_id].segments[s.segment]
        assert s.en in segment.en
    assert {s.article_id for s in brief} == {"flood-a", "flood-b", "flood-c"}


def test_citation_segment_of_a_multi_sentence_segment() -> None:
    # one segment holding two sentences (a paragraph-level memory hit): both cite that segment
    a = make_article("a", RATES[0][1], [RATES[0][2][0] + " " + RATES[0][2][1], RATES[0][2][2]])
    b = make_article("b", RATES[1][1], list(RATES[1][2]))
    brief = build_brief([a, b], SETTINGS.replace(brief_sentences=5))
    cited = {(s.article_id, s.segment, s.en) for s in brief}
    assert ("a", 0, RATES[0][2][1]) in cited
    assert ("a", 0, RATES[0][2][0]) in cited


def test_headings_and_untranslated_segments_are_not_candidates() -> None:
    a = make_article("a", FLOOD[0][1], ["Rescue efforts continue across the region today", *FLOOD[0][2]], headings=[0])
    b = make_article("b", FLOOD[1][1], list(FLOOD[1][2]))
    b = b.replace(segments=(b.segments[0].__class__(paragraph=0, source="x", en=None, origin="none"), *b.segments[1:]))
    brief = build_brief([a, b], SETTINGS.replace(brief_sentences=8))
    texts = [s.en for s in brief]
    assert "Rescue efforts continue across the region today" not in texts
    assert FLOOD[1][2][0] not in texts
    assert len(texts) == 7


def test_short_and_colon_sentences_are_not_candidates() -> None:
    intro = "Igor Karmazin wrote in Izvestia about the meeting between the two leaders:"
    a = make_article("a", RATES[0][1], ["Rates cut.", intro, *RATES[0][2]])
    b = make_article("b", RATES[1][1], list(RATES[1][2]))
    texts = [s.en for s in build_brief([a, b], SETTINGS.replace(brief_sentences=10))]
    assert len(texts) == 6 and "Rates cut." not in texts and intro not in texts
    only_short = make_article("c", None, ["Rates cut.", "Euro falls."])
    fallback = build_brief([only_short, make_article("d", None, ["Markets calm."])], SETTINGS)
    assert sorted(s.en for s in fallback) == ["Euro falls.", "Markets calm.", "Rates cut."]  # nothing longer exists


def test_lead_sentence_comes_first() -> None:
    arts = [make_article(i, t, p) for i, t, p in RATES]
    brief = build_brief(arts, SETTINGS.replace(brief_sentences=2))
    assert brief[0].segment == 0


def test_single_article_topic_brief_is_its_summary() -> None:
    article = summarize_article(make_article("solo", FLOOD[0][1], FLOOD[0][2]), SETTINGS)
    assert article.summary is not None
    _, topics = build_topics([article], SETTINGS)
    expected = [(s.en, "solo", s.segment) for s in article.summary.sentences]
    assert [(s.en, s.article_id, s.segment) for s in topics[0].brief] == expected
    # a hand-made summary is used verbatim
    custom = article.replace(summary=Summary("lead", (SummarySentence(3, FLOOD[0][2][3]),)))
    assert [(s.en, s.segment) for s in build_brief([custom], SETTINGS)] == [(FLOOD[0][2][3], 3)]


def test_seed_dushanbe_brief_cites_both_articles(seeds_dir: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from eval_summaries import seed_articles

    arts = [a for a in seed_articles(seeds_dir) if a.id[:3] in {"000", "003"}]
    brief = build_brief(arts, SETTINGS)
    assert {s.article_id[:3] for s in brief} == {"000", "003"}
    by_id = {a.id: a for a in arts}
    assert all(s.en in by_id[s.article_id].segments[s.segment].en for s in brief)
