"""Topic briefs: MMR removes duplicates, citations point at the right segment, single-article briefs."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from topic_articles import FLOOD, RATES, make_article  # noqa: E402

from translate_summarize.article import Summary, SummarySentence  # noqa: E402
from translate_summarize.briefs import (  # noqa: E402
    PARAMS,
    brief_inputs,
    build_brief,
    centroid_similarity,
    content_overlap,
    figures_in,
    select_mmr,
    sentence_similarity,
)
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
    # six candidates: the shared sentence once, and one of the two "torrential rain ... Paiporta and
    # Chiva" sentences (cosine 0.53, at the duplicate cutoff)
    assert len(texts) == len(set(texts)) == 4
    assert (FLOOD[0][2][1] in texts) != (FLOOD[1][2][1] in texts)


def test_near_duplicate_is_dropped_but_distinct_sentences_stay() -> None:
    sentences = [
        "The ECB cut its deposit rate by a quarter point to 3.25 percent on Thursday.",
        "On Thursday the ECB cut its deposit rate by a quarter point, to 3.25 percent.",
        "Christine Lagarde said inflation in the euro zone was slowing faster than expected.",
    ]
    sim = sentence_similarity(sentences)
    assert sim[0, 1] >= PARAMS.duplicate_cosine > sim[0, 2]
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


OFF_TOPIC = "The city's football club announced a new head coach on Monday after a poor start to the season."


def test_off_topic_lead_gets_no_position_bonus() -> None:
    arts = [make_article(i, t, p) for i, t, p in FLOOD[:2]]
    arts.append(make_article(FLOOD[2][0], FLOOD[2][1], [OFF_TOPIC, *FLOOD[2][2]]))
    for n in (3, 5, 8):
        texts = [s.en for s in build_brief(arts, SETTINGS.replace(brief_sentences=n))]
        assert OFF_TOPIC not in texts  # the former brief ranked it second: a lead is worth half the top score
    inputs = brief_inputs([OFF_TOPIC, *FLOOD[0][2]], [0, 0, 1, 2, 3])
    assert inputs.relevance[0] == 0.0 and inputs.relevance.max() == 1.0
    assert inputs.centrality[0] > 0.5  # LexRank alone keeps an unconnected sentence's share


RESTATED = (
    "The death toll from the Valencia floods rose to 95 on Thursday, the regional government said.",
    "The floods have killed at least 95 people across the Valencia region, officials said.",
    "Officials in the Valencia region put the number of flood victims at 95 on Thursday evening.",
    "Valencia's regional government said on Thursday that 95 people had now died in the floods.",
)
DISTINCT = (
    "Rescue teams used helicopters to pull residents from rooftops as the floodwater rose in Paiporta.",
    "Prime Minister Pedro Sanchez declared three days of national mourning for the flood victims.",
    "Spain's meteorological agency said a year's worth of rain fell in eight hours in Chiva.",
    "The regional government was criticised for sending flood alerts to phones too late.",
)


def test_one_statistic_restated_four_ways_appears_once() -> None:
    arts = [make_article(f"s{i}", "Valencia floods", [RESTATED[i], DISTINCT[i]]) for i in range(4)]
    texts = [s.en for s in build_brief(arts, SETTINGS.replace(brief_sentences=6))]
    assert sum(t in RESTATED for t in texts) == 1  # the former brief kept all four (cosines 0.38 to 0.51)
    assert set(DISTINCT) <= set(texts)


def test_redundancy_measures_by_hand() -> None:
    assert figures_in("In 2024, 95 people and 3 dogs died; damage: 1,250.5 million euros (up 12.5%).") == {"95", "1250.5", "12.5"}
    overlap = content_overlap([("flood", "kill", "peopl"), ("flood", "peopl", "valencia", "region"), ()])
    assert overlap.round(4).tolist() == [[1.0, 0.6667, 0.0], [0.6667, 1.0, 0.0], [0.0, 0.0, 0.0]]
    # sentences a, a, b; smoothed idf: a ln(4/3) + 1 = 1.2877, b ln(4/2) + 1 = 1.6931. The first a
    # against the others (a + b): 1.2877 / sqrt(1.2877² + 1.6931²); b against 2a: nothing shared
    sim = centroid_similarity([("a",), ("a",), ("b",)])
    assert sim.round(4).tolist() == [0.6053, 0.6053, 0.0]


def test_headline_only_topic_brief_cites_headlines() -> None:
    a = make_article("h1", "Fed official says weak data caused by weather, should not slow taper", [])
    b = make_article("h2", "Fed's Charles Plosser sees high bar for change in pace of tapering", [])
    c = make_article("h3", "Fed official says weak data caused by weather, should not slow taper", [])
    brief = build_brief([a, b, c], SETTINGS)
    assert sorted((s.article_id, s.segment) for s in brief) == [("h1", None), ("h2", None)]  # the repeated headline once
    solo = build_brief([summarize_article(a, SETTINGS)], SETTINGS)  # its summary is empty
    assert [(s.en, s.segment) for s in solo] == [(a.title_en, None)]
    assert build_brief([make_article("none", None, [])], SETTINGS) == ()


def test_headline_citations_validate_against_the_schema(root: Path) -> None:
    import json

    import jsonschema

    from translate_summarize.article import Topic

    schema = json.loads((root / "translate_summarize" / "render" / "schemas" / "topics.schema.json").read_text(encoding="utf-8"))
    arts = [make_article(f"h{i}", f"Plosser sees high bar for tapering change, report {i}", []) for i in range(2)]
    _, topics = build_topics(arts, SETTINGS)
    assert all(s.segment is None for t in topics for s in t.brief) and any(t.brief for t in topics)
    for t in topics:
        record = json.loads(json.dumps(t.to_record()))
        jsonschema.validate(record, schema)
        assert Topic.from_record(record) == t


def test_headline_citations_render_as_links_to_the_article() -> None:
    from translate_summarize.render.markdown import MarkdownRenderer

    arts = [make_article(f"h{i}", f"Plosser sees high bar for tapering change, report {i}", []) for i in range(2)]
    _, topics = build_topics(arts, SETTINGS)
    md = MarkdownRenderer().topic(topics[0], arts)
    cited = topics[0].brief[0]
    assert cited.segment is None and f"(../articles/{cited.article_id}.md)" in md  # no #para anchor: a headline
