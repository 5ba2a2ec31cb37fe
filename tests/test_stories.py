"""Story tracking across nights in the run state: stable ids, joining, expiry, idempotent reruns."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from topic_articles import FINAL, FLOOD, RATES, make_article  # noqa: E402

from translate_summarize.settings import Settings  # noqa: E402
from translate_summarize.state import connect  # noqa: E402
from translate_summarize.stories import StoryStore, new_story_id  # noqa: E402
from translate_summarize.topics import build_topics  # noqa: E402

SETTINGS = Settings()
NIGHT1 = dt.date(2024, 10, 30)


def night(spec: list[tuple[str, str, list[str]]], day: dt.date, suffix: str) -> list:
    return [make_article(f"{i}{suffix}", t, p, published=day.isoformat()) for i, t, p in spec]


def run(db: Path, articles: list, day: dt.date, settings: Settings = SETTINGS):
    conn = connect(db)
    try:
        return build_topics(articles, settings, stories=StoryStore(conn), run_date=day)[1]
    finally:
        conn.close()


def story_of(topics, article_id: str) -> tuple[str, bool]:
    t = next(t for t in topics if article_id in t.article_ids)
    return t.story_id, t.new_story


def test_second_night_joins_first_nights_story(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite"
    first = run(db, night(FLOOD[:2] + FINAL[:1], NIGHT1, "-1"), NIGHT1)
    flood_story, new = story_of(first, "flood-a-1")
    assert new and flood_story == new_story_id(NIGHT1, next(t.topic_id for t in first if "flood-a-1" in t.article_ids))
    final_story, _ = story_of(first, "final-a-1")
    day2 = NIGHT1 + dt.timedelta(days=1)
    second = run(db, night(FLOOD[2:], day2, "-2") + night(RATES, day2, "-2") + night(FINAL[1:], day2, "-2"), day2)
    assert story_of(second, "flood-c-2") == (flood_story, False)  # tomorrow's article joins the story
    assert story_of(second, "final-b-2") == (final_story, False)
    rates_story, rates_new = story_of(second, "rates-a-2")
    assert rates_new and rates_story not in {flood_story, final_story}


def test_story_ids_stable_across_two_runs_on_same_db(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite"
    articles = night(FLOOD, NIGHT1, "") + night(FINAL, NIGHT1, "")
    first = run(db, articles, NIGHT1)
    again = run(db, articles, NIGHT1)  # a rerun of the same night (e.g. after a crash)
    assert [t.to_record() for t in first] == [t.to_record() for t in again]
    assert all(t.new_story for t in again)
    fresh = run(tmp_path / "other.sqlite", articles, NIGHT1)
    assert [t.story_id for t in fresh] == [t.story_id for t in first]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0] == 2
    assert conn.execute("SELECT COUNT(*) FROM story_observations").fetchone()[0] == 2
    assert conn.execute("SELECT version FROM schema_migrations WHERE namespace = 'stories'").fetchall() == [(1,), (2,), (3,)]


def test_free_placed_undated_article_and_the_next_night(tmp_path: Path) -> None:
    # an archive collection over nights (topics.undated = "free"): an undated article placed in a
    # dated topic is part of that story; undated articles of it on the next nights continue it,
    # alone or beside a dated one, and an unrelated undated article starts its own story
    free = SETTINGS.replace(topic_undated="free")
    db = tmp_path / "state.sqlite"
    day1 = dt.date(2014, 1, 1)
    first = run(db, [make_article("a1", *FINAL[0][1:], published="2013-05-02"), make_article("u1", *FINAL[1][1:]),
                     make_article("f1", *FLOOD[0][1:], published="2013-10-30")], day1, free)
    final_story, new = story_of(first, "u1")
    assert new and story_of(first, "a1") == (final_story, True) and story_of(first, "f1")[0] != final_story
    second = run(db, [make_article("u2", *FINAL[0][1:]), make_article("r2", *RATES[0][1:])], day1 + dt.timedelta(days=1), free)
    assert story_of(second, "u2") == (final_story, False)
    assert story_of(second, "r2")[1] and story_of(second, "r2")[0] != final_story
    day3 = day1 + dt.timedelta(days=2)
    third = run(db, [make_article("a3", *FINAL[1][1:], published="2013-05-03"), make_article("u3", *FINAL[0][1:])], day3, free)
    assert [t.article_ids for t in third] == [("a3", "u3")] and story_of(third, "u3") == (final_story, False)
    assert [(n.run_date, n.n_articles, n.first_published) for n in third[0].timeline] == [
        ("2014-01-01", 2, "2013-05-02"), ("2014-01-02", 1, None), ("2014-01-03", 2, "2013-05-03")]


def test_stories_expire_after_the_window(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite"
    settings = SETTINGS.replace(story_expiry_days=5)
    first = run(db, night(FINAL[:1], NIGHT1, "-1"), NIGHT1, settings)
    story, _ = story_of(first, "final-a-1")
    within = NIGHT1 + dt.timedelta(days=5)
    assert story_of(run(db, night(FINAL[1:], within, "-2"), within, settings), "final-b-2") == (story, False)
    # 5 days after it was last seen a story is still live; 6 days after, it has expired
    day11 = within + dt.timedelta(days=5)
    assert story_of(run(db, night(FINAL[:1], day11, "-3"), day11, settings), "final-a-3") == (story, False)
    day17 = day11 + dt.timedelta(days=6)
    later_story, new = story_of(run(db, night(FINAL[1:], day17, "-4"), day17, settings), "final-b-4")
    assert new and later_story != story


def test_live_stories_view(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite"
    run(db, night(FLOOD, NIGHT1, ""), NIGHT1)
    conn = connect(db)
    store = StoryStore(conn)
    live = store.live_stories(NIGHT1 + dt.timedelta(days=1), 14)
    assert len(live) == 1
    s = live[0]
    assert (s.first_seen, s.last_seen, s.n_articles) == ("2024-10-30", "2024-10-30", 3)
    assert "valencia" in s.profile and "flood" in s.profile  # stems, comparable across nights
    assert store.live_stories(NIGHT1, 14) == []  # the night itself is not "before" itself
    assert store.story(s.story_id, NIGHT1 + dt.timedelta(days=20), 14) is None
    conn.close()


def test_unrelated_topic_does_not_join(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite"
    first = run(db, night(FLOOD, NIGHT1, "-1"), NIGHT1)
    day2 = NIGHT1 + dt.timedelta(days=1)
    second = run(db, night(RATES, day2, "-2"), day2)
    assert second[0].new_story and second[0].story_id != first[0].story_id


def test_profile_distances_by_hand() -> None:
    import math

    from translate_summarize.topic_vectors import Background, IdfModel, profile_distance, profile_distances

    flat = IdfModel(Background(n_docs=0, df={}), 0, {})  # idf = ln(1/1) + 1 = 1 for every term
    a, b, c = {"x": 1.0, "y": 1.0}, {"x": 1.0}, {"z": 2.0}
    rows = profile_distances([a, {}], [b, c, a], flat)
    assert [[round(d, 6) for d in row] for row in rows] == [[0.292893, 1.0, 0.0], [1.0, 1.0, 1.0]]
    assert profile_distance(a, b, flat) == rows[0][0]
    weighted = IdfModel(Background(n_docs=1, df={"x": 1}), 0, {})  # idf(x) = ln(2/2) + 1 = 1, idf(y) = ln 2 + 1
    wy = 1.0 + math.log(2.0)
    assert profile_distance(a, b, weighted) == 1.0 - 1.0 / (math.sqrt(1.0 + wy**2) * 1.0)


def test_same_stories_on_consecutive_nights_continue_with_a_timeline(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite"
    first = run(db, night(FLOOD, NIGHT1, "-1") + night(FINAL, NIGHT1, "-1"), NIGHT1)
    day2 = NIGHT1 + dt.timedelta(days=1)
    second = run(db, night(FLOOD, day2, "-2") + night(FINAL, day2, "-2"), day2)
    assert len(second) == 2  # one topic (one brief section) per story
    assert {t.story_id for t in second} == {t.story_id for t in first}
    assert all(not t.new_story and t.story_first_seen == NIGHT1.isoformat() for t in second)
    flood = next(t for t in second if "flood-a-2" in t.article_ids)
    assert [(n.run_date, n.n_articles, n.first_published) for n in flood.timeline] == [
        ("2024-10-30", 3, "2024-10-30"), ("2024-10-31", 3, "2024-10-31"),
    ]
    assert flood.timeline[-1].headline == flood.headline and flood.timeline[-1].languages == ("en",)


def test_unchanged_articles_are_not_analysed_or_briefed_again(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import translate_summarize.briefs as briefs
    import translate_summarize.topic_vectors as topic_vectors

    db = tmp_path / "state.sqlite"
    articles = night(FLOOD, NIGHT1, "") + night(FINAL, NIGHT1, "")
    first = run(db, articles, NIGHT1)
    calls = {"terms": 0, "brief": 0}
    real_terms, real_brief = topic_vectors.article_terms, briefs.build_brief

    def counting_terms(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["terms"] += 1
        return real_terms(*args, **kwargs)

    def counting_brief(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["brief"] += 1
        return real_brief(*args, **kwargs)

    monkeypatch.setattr(topic_vectors, "article_terms", counting_terms)
    monkeypatch.setattr(briefs, "build_brief", counting_brief)
    day2 = NIGHT1 + dt.timedelta(days=1)
    second = run(db, articles, day2)  # the same articles on the next night
    assert calls == {"terms": 0, "brief": 0}
    assert [(t.topic_id, t.brief, t.keywords) for t in second] == [(t.topic_id, t.brief, t.keywords) for t in first]
    edited = [articles[0].replace(title_en="Valencia floods: the death toll rises again")] + articles[1:]
    run(db, edited, day2 + dt.timedelta(days=1))
    assert calls == {"terms": 1, "brief": 1}  # only the changed article and its topic's brief


def test_nearest_profiles_agrees_with_every_pair_distance() -> None:
    """The sparse matcher (only stories sharing a term are compared) picks what comparing every
    topic with every story by ``profile_distance`` picks: the nearest within the threshold, ties to
    the first story."""
    import random

    from translate_summarize.stories import nearest_profiles
    from translate_summarize.topic_vectors import Background, IdfModel, profile_distances

    rng = random.Random(7)
    vocab = [f"t{k}" for k in range(40)]
    idf = IdfModel(Background(n_docs=50, df={t: rng.randint(0, 40) for t in vocab}), 10, {"t1": 3, "t2": 9})

    def profile() -> dict[str, float]:
        return {t: round(rng.random(), 3) for t in rng.sample(vocab, rng.randint(0, 6))}

    topics = [profile() for _ in range(60)]
    topics[3] = {"t5": 0.5, "t9": 0.25, "t30": 1.0}
    stories = [profile() for _ in range(45)] + [dict(topics[3])]  # an exact repeat: distance 0
    table = profile_distances(topics, stories, idf)
    for threshold in (0.2, 0.5, 0.8):
        expected = []
        for row in table:
            best = min(range(len(row)), key=lambda j: (round(row[j], 12), j))
            expected.append(best if row[best] <= threshold else None)
        found = nearest_profiles(topics, stories, idf, threshold)
        assert [f[0] if f else None for f in found] == expected
        assert all(abs(f[1] - table[i][f[0]]) < 1e-9 for i, f in enumerate(found) if f)
    repeat = nearest_profiles(topics, stories, idf, 0.5)[3]
    assert repeat is not None and repeat[0] == 45 and repeat[1] < 1e-9
    assert nearest_profiles(topics, [], idf, 0.5) == [None] * 60
