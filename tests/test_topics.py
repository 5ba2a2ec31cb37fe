"""Topic clustering: exact groupings, time window, labels, determinism, record fields."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from topic_articles import FINAL, FLOOD, RATES, corpus, make_article  # noqa: E402

from translate_summarize.article import Article, Topic  # noqa: E402
from translate_summarize.settings import Settings  # noqa: E402
from translate_summarize.topic_vectors import make_analyzer  # noqa: E402
from translate_summarize.topics import article_vectors, build_topics, cluster_groups, parse_date, topic_id_for  # noqa: E402

SETTINGS = Settings()


def groups(topics: list[Topic]) -> list[tuple[str, ...]]:
    return [t.article_ids for t in topics]


def test_three_stories_cluster_exactly() -> None:
    articles, topics = build_topics(corpus("2024-10-30"), SETTINGS)
    assert groups(topics) == [
        ("flood-a", "flood-b", "flood-c"),
        ("rates-a", "rates-b"),  # same size and date as the final: topic id breaks the tie
        ("final-a", "final-b"),
    ]
    assert topics[1].topic_id < topics[2].topic_id
    by_id = {a.id: a.topic_id for a in articles}
    assert by_id["flood-a"] == by_id["flood-c"] == topics[0].topic_id
    assert by_id["final-b"] == topics[2].topic_id
    assert topics[0].topic_id == topic_id_for(["flood-c", "flood-b", "flood-a"])


def test_topic_id_is_sha1_of_sorted_member_ids() -> None:
    import hashlib

    assert topic_id_for(["b", "a"]) == "t-" + hashlib.sha1(b"a\nb").hexdigest()[:12]


def test_time_window_splits_identical_story_far_apart() -> None:
    early = [make_article(f"{i}-early", t, p, published="2024-10-01") for i, t, p in FINAL]
    late = [make_article(f"{i}-late", t, p, published="2024-10-20") for i, t, p in FINAL]
    _, topics = build_topics(early + late, SETTINGS)
    assert groups(topics) == [("final-a-late", "final-b-late"), ("final-a-early", "final-b-early")]
    # the same texts inside the window merge into one topic
    near = [make_article(f"{i}-near", t, p, published="2024-10-03") for i, t, p in FINAL]
    _, topics = build_topics(early + near, SETTINGS)
    assert groups(topics) == [("final-a-early", "final-b-early", "final-a-near", "final-b-near")]


def test_window_boundary_is_inclusive_and_window_split_story_is_one_topic() -> None:
    a = make_article("a", *FINAL[0][1:], published="2024-10-01")
    b = make_article("b", *FINAL[1][1:], published="2024-10-04")  # 3 days apart = window
    c = make_article("c", *FINAL[1][1:], published="2024-10-05")  # 4 days from a
    vectors = article_vectors([a, b, c], settings=SETTINGS)
    dates = [parse_date(x.published) for x in (a, b, c)]
    cut = dict(threshold=SETTINGS.topic_threshold, window_days=SETTINGS.topic_window_days)
    assert cluster_groups(vectors.cluster[[0, 1]], dates[:2], **cut) == [[0, 1]]
    assert cluster_groups(vectors.cluster[[0, 2]], [dates[0], dates[2]], **cut) == [[0], [1]]  # the window splits
    # ... but they are one story: the topic (one brief section) joins the clusters the window split
    assert groups(build_topics([a, b], SETTINGS)[1]) == [("a", "b")]
    assert groups(build_topics([a, c], SETTINGS)[1]) == [("a", "c")]


def test_undated_article_never_joins_a_dated_story_without_a_run_date() -> None:
    a = make_article("a", *FINAL[0][1:], published="2024-10-01")
    undated = make_article("u", *FINAL[1][1:], published=None)
    out, topics = build_topics([a, undated], SETTINGS)
    assert groups(topics) == [("a",), ("u",)]
    assert all(x.published_inferred is None for x in out)


def test_undated_article_takes_the_run_date_and_says_so() -> None:
    a = make_article("a", *FINAL[0][1:], published="2024-10-01")
    undated = make_article("u", *FINAL[1][1:], published=None)
    out, topics = build_topics([a, undated], SETTINGS, run_date=dt.date(2024, 10, 2))
    assert groups(topics) == [("a", "u")]
    assert [x.published_inferred for x in out] == [None, "2024-10-02"]
    assert topics[0].undated_articles == ("u",) and (topics[0].first_published, topics[0].last_published) == ("2024-10-01",) * 2
    # collected years later (an archive night): the run date keeps it away from the old story
    _, later = build_topics([a, undated], SETTINGS, run_date=dt.date(2026, 3, 1))
    assert groups(later) == [("a",), ("u",)]  # undated (real dates) sorts last
    # topics.undated = "none" (archive runs): undated articles only go with undated ones
    _, archive = build_topics([a, undated], SETTINGS.replace(topic_undated="none"), run_date=dt.date(2024, 10, 2))
    assert groups(archive) == [("a",), ("u",)]


@pytest.mark.parametrize("exact_clusters", [2000, 0])
def test_free_undated_articles_join_the_one_dated_story_their_text_matches(monkeypatch, exact_clusters: int) -> None:  # type: ignore[no-untyped-def]
    # an archive night (ECB+ through `run`): the dateline of some records gives their real date,
    # years before the run date; their undated siblings must not be split off the story. With
    # exact_clusters 0 the best dated group is looked for among each group's nearest by centroid
    # (the path of big nights) instead of every pair.
    import translate_summarize.topics as topics_mod

    monkeypatch.setattr(topics_mod, "EXACT_JOIN_CLUSTERS", exact_clusters)
    a = make_article("a", *FINAL[0][1:], published="2013-05-02")
    b = make_article("b", *FLOOD[0][1:], published="2013-05-03")
    undated = [make_article("u", *FINAL[1][1:]), make_article("v", *FLOOD[1][1:]), make_article("w", *RATES[0][1:])]
    free = SETTINGS.replace(topic_undated="free")
    _, topics = build_topics([a, b, *undated], free, run_date=dt.date(2014, 1, 1))
    assert sorted(groups(topics)) == [("a", "u"), ("b", "v"), ("w",)]
    placed = {t.article_ids: t.undated_articles for t in topics}
    assert placed == {("a", "u"): ("u",), ("b", "v"): ("v",), ("w",): ("w",)}  # named undated, no date made up
    # the same night with the other choices: the run date (nightly) or "none" keeps them apart
    for mode in ("run-date", "none"):
        _, apart = build_topics([a, b, *undated], SETTINGS.replace(topic_undated=mode), run_date=dt.date(2014, 1, 1))
        assert sorted(groups(apart)) == [("a",), ("b",), ("u",), ("v",), ("w",)], mode


def test_free_undated_group_joins_at_most_one_dated_story() -> None:
    # the same match years apart: two stories (the gap is past story_expiry_days); the undated
    # article joins the first of the equally good ones and never bridges them
    early = make_article("early", *FINAL[0][1:], published="2010-05-01")
    late = make_article("late", *FINAL[0][1:], published="2013-05-01")
    u = make_article("u", *FINAL[1][1:])
    _, topics = build_topics([early, late, u], SETTINGS.replace(topic_undated="free"), run_date=dt.date(2014, 1, 1))
    assert groups(topics) == [("early", "u"), ("late",)]


def _unit_rows(*rows: list[float]):  # type: ignore[no-untyped-def]
    """Hand-made clustering vectors (rows normalised), for pair similarities set by construction."""
    from types import SimpleNamespace

    from scipy import sparse

    m = np.array(rows, dtype=np.float64)
    return SimpleNamespace(cluster=sparse.csr_matrix(m / np.linalg.norm(m, axis=1, keepdims=True)))


def test_free_undated_groups_unlike_each_other_do_not_both_join_one_dated_article() -> None:
    # d (dated) half-matches u1 and u2, which share nothing: average linkage would never put u1 and
    # u2 in one topic (d+u1 against u2 averages (0.5 + 0) / 2 < the cut), but each undated group was
    # placed on its own and both joined d (ECB+ via `run --undated free`: P 0.765, against 0.812
    # with average linkage over the placed groups)
    from translate_summarize.topics import topic_groups

    x = 0.55 * np.sqrt(2)  # d·u1 = 0.55, d·u2 = 0.5, u1·u2 = 0
    vectors = _unit_rows([1, 1, 0, 0], [x, 0, np.sqrt(1 - x * x), 0], [0, 1, 0, 1])
    sims = (vectors.cluster @ vectors.cluster.T).toarray()
    assert sims[0, 2] == pytest.approx(0.5) and sims[1, 2] == 0 and sims[0, 1] > sims[0, 2]
    free = SETTINGS.replace(topic_undated="free", topic_threshold=0.7)  # cut: average similarity 0.3
    _, _, topics = topic_groups([], [dt.date(2013, 5, 2), None, None], vectors, free)
    assert sorted(topics) == [[0, 1], [2]]


def test_free_undated_article_brings_dated_clusters_within_the_window_together() -> None:
    # d1 and d2, a day apart, are below the cut to each other (0.1) but u (undated) matches both
    # (0.72, 0.7): clustered without dates the three are one story; the dated articles stay within the
    # window, so placing u must not leave d2 apart (before: u joined d1 only)
    from translate_summarize.topics import topic_groups

    b = (0.7 - 0.072) / np.sqrt(0.99)  # d1·d2 = 0.1, d1·u = 0.72, d2·u = 0.7
    vectors = _unit_rows([1, 0, 0], [0.1, np.sqrt(0.99), 0], [0.72, b, np.sqrt(1 - 0.72 ** 2 - b * b)])
    sims = (vectors.cluster @ vectors.cluster.T).toarray()
    assert sims[0, 1] == pytest.approx(0.1) and sims[0, 2] == pytest.approx(0.72) and sims[1, 2] == pytest.approx(0.7)
    free = SETTINGS.replace(topic_undated="free", topic_threshold=0.7)
    _, _, topics = topic_groups([], [dt.date(2013, 5, 2), dt.date(2013, 5, 3), None], vectors, free)
    assert topics == [[0, 1, 2]]
    # years apart (past story_expiry_days): u joins one of them and never bridges the two
    _, _, apart = topic_groups([], [dt.date(2010, 5, 2), dt.date(2013, 5, 3), None], vectors, free)
    assert sorted(apart) == [[0, 2], [1]]


def test_free_placed_undated_member_is_named_undated_not_given_the_topics_date() -> None:
    # an undated article placed by its text in a dated topic: the topic's dates are its dated
    # members'; the topic record and the brief must say one member has no date (before: the brief
    # showed "2013-05-02" alone, as if both were published then)
    from translate_summarize.render.markdown import topic_dates

    a = make_article("a", *FINAL[0][1:], published="2013-05-02")
    u = make_article("u", *FINAL[1][1:])
    out, topics = build_topics([a, u], SETTINGS.replace(topic_undated="free"), run_date=dt.date(2014, 1, 1))
    assert groups(topics) == [("a", "u")]
    assert [(x.published, x.published_inferred) for x in out] == [("2013-05-02", None), (None, None)]
    assert topics[0].undated_articles == ("u",) and (topics[0].first_published, topics[0].last_published) == ("2013-05-02",) * 2
    assert topic_dates(topics[0], {x.id: x for x in out}) == "2013-05-02; 1 undated, placed by text"
    # a topic of undated articles only (free or none) has no date to qualify
    _, alone = build_topics([u], SETTINGS.replace(topic_undated="free"), run_date=dt.date(2014, 1, 1))
    assert topic_dates(alone[0], {u.id: u}) == "date unknown"


def test_free_placed_undated_copy_of_a_dated_member_is_one_text() -> None:
    # a re-post without a date of a dated article: placed in its topic by text, it is a copy like a
    # dated re-post (before: the clustering graph never links undated and dated rows, so the copy
    # fed the brief as a second source)
    a = make_article("a", *FINAL[0][1:], published="2013-05-02")
    b = make_article("b", *FINAL[1][1:], published="2013-05-03")
    for repost in (make_article("repost", *FINAL[0][1:], published="2013-05-02"), make_article("repost", *FINAL[0][1:])):
        _, topics = build_topics([a, b, repost], SETTINGS.replace(topic_undated="free"), run_date=dt.date(2014, 1, 1))
        assert [sorted(t.article_ids) for t in topics] == [["a", "b", "repost"]], repost.published
        assert topics[0].copies == (("a", "repost"),), repost.published


def test_free_placement_does_not_depend_on_input_order() -> None:
    arts = [make_article("a", *FINAL[0][1:], published="2013-05-02"), make_article("early", *FINAL[0][1:], published="2010-05-01"),
            make_article("b", *FLOOD[0][1:], published="2013-05-03"), make_article("u", *FINAL[1][1:]),
            make_article("v", *FLOOD[1][1:]), make_article("x", *FLOOD[2][1:]), make_article("w", *RATES[0][1:])]
    free = SETTINGS.replace(topic_undated="free")
    want = [t.to_record() for t in build_topics(arts, free, run_date=dt.date(2014, 1, 1))[1]]
    assert sorted(tuple(r["article_ids"]) for r in want) == [("a", "u"), ("b", "v", "x"), ("early",), ("w",)]
    rng = random.Random(7)
    for _ in range(5):
        shuffled = rng.sample(arts, len(arts))
        assert [t.to_record() for t in build_topics(shuffled, free, run_date=dt.date(2014, 1, 1))[1]] == want


def test_clusters_never_span_the_window_but_the_topic_follows_the_story() -> None:
    # b is within the window of a and of c, but a and c are 6 days apart: no cluster holds both
    a = make_article("a", *FINAL[0][1:], published="2024-10-01")
    b = make_article("b", *FINAL[1][1:], published="2024-10-04")
    c = make_article("c", *FINAL[0][1:], published="2024-10-07")
    vectors = article_vectors([a, b, c], settings=SETTINGS)
    dates = [parse_date(x.published) for x in (a, b, c)]
    clusters = cluster_groups(vectors.cluster, dates, threshold=SETTINGS.topic_threshold, window_days=SETTINGS.topic_window_days)
    for g in clusters:
        days = sorted(dates[r] for r in g)
        assert (days[-1] - days[0]).days <= SETTINGS.topic_window_days
    assert sorted(len(g) for g in clusters) == [1, 2]
    _, topics = build_topics([a, b, c], SETTINGS)
    assert groups(topics) == [("a", "b", "c")]
    assert (topics[0].first_published, topics[0].last_published) == ("2024-10-01", "2024-10-07")
    # a story that goes quiet for longer than story_expiry_days is a new story
    d = make_article("d", *FINAL[1][1:], published="2024-10-22")
    assert groups(build_topics([a, b, d], SETTINGS)[1]) == [("a", "b"), ("d",)]


def test_cluster_groups_window_and_undated_rows() -> None:
    from scipy import sparse

    rows = sparse.csr_matrix([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.0, 1.0]])
    d = [dt.date(2024, 1, 1), dt.date(2024, 1, 10), None, dt.date(2024, 1, 10)]
    assert cluster_groups(rows, d, threshold=0.5, window_days=3) == [[0], [1], [2], [3]]
    assert cluster_groups(rows, d, threshold=0.5, window_days=None) == [[0, 1], [2, 3]]
    # even at the largest threshold settings accept (2.0) the window keeps 0 and 1 apart, and the
    # undated row 2 apart from the dated ones
    assert cluster_groups(rows, d, threshold=2.0, window_days=3) == [[0], [1], [2], [3]]
    assert cluster_groups(rows, [None, None, None, None], threshold=0.5, window_days=3) == [[0, 1], [2, 3]]


def test_average_linkage_uses_every_pair() -> None:
    from scipy import sparse

    # 0-1 similar (0.8), 2 similar to 0 only (0.6): cluster {0,1} vs 2 averages (0.6 + 0) / 2 = 0.3
    v0 = np.array([1.0, 0.0, 0.0])
    v1 = np.array([0.8, 0.6, 0.0])
    v2 = np.array([0.6, -0.8 * 0.0, 0.8])
    rows = sparse.csr_matrix(np.vstack([v0, v1, v2]))
    sims = (rows @ rows.T).toarray()
    assert round(sims[0, 1], 6) == 0.8 and round(sims[0, 2], 6) == 0.6 and round(sims[1, 2], 6) == 0.48
    # average of 2 with {0,1} = (0.6 + 0.48) / 2 = 0.54
    assert cluster_groups(rows, [None] * 3, threshold=1 - 0.55, window_days=3) == [[0, 1], [2]]
    assert cluster_groups(rows, [None] * 3, threshold=1 - 0.53, window_days=3) == [[0, 1, 2]]


def test_labels_and_keywords_come_from_the_text() -> None:
    _, topics = build_topics(corpus("2024-10-30"), SETTINGS)
    final = topics[2]
    assert final.headline in {FINAL[0][1], FINAL[1][1]}
    assert len(final.keywords) == 8
    text = " ".join([FINAL[0][1], *FINAL[0][2], FINAL[1][1], *FINAL[1][2]]).lower()
    for word in final.keywords:
        assert word in text
    assert {"arsenal", "chelsea"} <= set(final.keywords)
    assert final.label == f"{', '.join(final.keywords[:3])} — {final.headline}"
    flood = topics[0]
    assert "valencia" in flood.keywords and "flood" in " ".join(flood.keywords)


def test_headline_falls_back_to_first_sentence_without_titles() -> None:
    a = make_article("x", None, FLOOD[0][2])
    _, topics = build_topics([a], SETTINGS)
    assert topics[0].headline == FLOOD[0][2][0]


def test_deterministic_and_order_independent() -> None:
    arts = corpus("2024-10-30")
    _, first = build_topics(arts, SETTINGS)
    _, again = build_topics(arts, SETTINGS)
    shuffled = arts[:]
    random.Random(7).shuffle(shuffled)
    out, third = build_topics(shuffled, SETTINGS)
    records = [json.dumps(t.to_record(), sort_keys=True) for t in first]
    assert records == [json.dumps(t.to_record(), sort_keys=True) for t in again]
    assert records == [json.dumps(t.to_record(), sort_keys=True) for t in third]
    assert [a.id for a in out] == [a.id for a in shuffled]  # articles come back in input order


def test_non_ok_articles_are_left_alone() -> None:
    arts = corpus("2024-10-30")
    failed = make_article("broken", "Floods in Valencia", FLOOD[0][2], status="failed")
    out, topics = build_topics(arts + [failed], SETTINGS)
    assert out[-1] is failed and out[-1].topic_id is None
    assert all("broken" not in t.article_ids for t in topics)
    assert all(a.topic_id for a in out[:-1])
    assert build_topics([failed], SETTINGS) == ([failed], [])


def test_topic_fields_and_sort_order() -> None:
    arts = corpus(None)
    arts[0] = arts[0].replace(published="2024-10-29", lang="es")
    arts[1] = arts[1].replace(published="2024-10-31")
    arts[3] = arts[3].replace(published="2024-05-18")
    arts[5] = arts[5].replace(published="2024-10-17")
    # undated flood-c, final-b and rates-b are taken as published on the run date
    _, topics = build_topics(arts, SETTINGS, run_date=dt.date(2024, 10, 31))
    flood, rates, final_a, final_b = topics  # size desc, then last_published desc, undated last
    assert flood.article_ids == ("flood-a", "flood-b", "flood-c")  # dated by date, undated last
    assert (flood.first_published, flood.last_published) == ("2024-10-29", "2024-10-31")
    assert flood.languages == ("en", "es") and flood.undated_articles == ("flood-c",)
    # rates-a (Oct 17) and the undated rates-b (Oct 31): 14 days, split by the window, one story
    assert rates.article_ids == ("rates-a", "rates-b") and rates.undated_articles == ("rates-b",)
    # final-a (May 18) and final-b (undated, collected Oct 31) are five months apart: two stories
    assert final_a.article_ids == ("final-a",) and final_a.last_published == "2024-05-18"
    assert final_b.article_ids == ("final-b",) and final_b.last_published is None
    assert all(t.new_story and t.story_id == "s-" + t.topic_id[2:] for t in topics)
    assert all(t.story_first_seen == "2024-10-31" and len(t.timeline) == 1 for t in topics)


def test_topic_record_fields_match_issue() -> None:
    _, topics = build_topics(corpus("2024-10-30"), SETTINGS)
    record = topics[0].to_record()
    assert set(record) == {
        "schema_version", "topic_id", "story_id", "label", "keywords", "article_ids", "languages",
        "first_published", "last_published", "brief", "headline", "new_story",
        "story_first_seen", "outlets", "copies", "undated_articles", "timeline",
    }
    assert record["schema_version"] == 2
    assert isinstance(record["keywords"], list) and isinstance(record["article_ids"], list)
    assert set(record["brief"]) == {"sentences"}
    for s in record["brief"]["sentences"]:
        assert set(s) == {"en", "article_id", "segment"}
    assert Topic.from_record(json.loads(json.dumps(record))) == topics[0]


def test_article_record_carries_topic_id_and_summary_shape() -> None:
    from translate_summarize.summarize import summarize_article

    arts = [summarize_article(a, SETTINGS) for a in corpus("2024-10-30")]
    out, topics = build_topics(arts, SETTINGS)
    record = out[0].to_record()
    assert record["topic_id"] == topics[0].topic_id
    assert set(record["summary"]) == {"method", "algorithm", "sentences"}
    assert all(set(s) == {"segment", "en"} for s in record["summary"]["sentences"])
    assert Article.from_record(record).topic_id == topics[0].topic_id


def test_story_store_requires_run_date(tmp_path: Path) -> None:
    import sqlite3

    from translate_summarize.stories import StoryStore

    with pytest.raises(ValueError, match="run_date"):
        build_topics(corpus(), SETTINGS, stories=StoryStore(sqlite3.connect(":memory:", isolation_level=None)))


def test_analyzer_stems_and_drops_stop_words() -> None:
    assert make_analyzer()("The floods flooded the town") == ["flood", "flood", "town"]


def test_background_table_matches_its_builder(shared: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import build_background_idf

    assert build_background_idf.main(["--check"]) == 0


def test_topic_records_validate_against_the_shipped_schema(root: Path) -> None:
    import jsonschema

    schema = json.loads((root / "translate_summarize" / "render" / "schemas" / "topics.schema.json").read_text(encoding="utf-8"))
    arts = corpus(None)
    arts[0] = arts[0].replace(published="2024-10-29")
    _, topics = build_topics(arts + [make_article("untitled", None, ["A lone sentence about nothing in particular here."])], SETTINGS)
    for t in topics:
        jsonschema.validate(json.loads(json.dumps(t.to_record())), schema)


def test_window_split_joins_through_nearest_clusters_on_big_nights(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # above EXACT_JOIN_CLUSTERS clusters, window-split clusters are looked for among each cluster's
    # nearest by centroid (not every pair): the same stories join, the expired one stays apart
    import translate_summarize.topics as topics_mod

    monkeypatch.setattr(topics_mod, "EXACT_JOIN_CLUSTERS", 0)
    a = make_article("a", *FINAL[0][1:], published="2024-10-01")
    b = make_article("b", *FINAL[1][1:], published="2024-10-04")
    c = make_article("c", *FINAL[0][1:], published="2024-10-07")
    d = make_article("d", *FINAL[1][1:], published="2024-10-22")
    flood = [make_article(f"{i}-x", t, p, published="2024-10-05") for i, t, p in FLOOD]
    assert groups(build_topics([a, b, c, *flood], SETTINGS)[1])[0] == ("a", "b", "c")
    expired = groups(build_topics([a, b, d, *flood], SETTINGS)[1])
    assert ("a", "b") in expired
    assert ("d",) in expired
