"""Syndicated copies: detected by shingles, shown once with "also in", one source for the brief."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from topic_articles import FINAL, make_article  # noqa: E402

from translate_summarize.duplicates import copy_groups, jaccard, shingles  # noqa: E402
from translate_summarize.render.markdown import MarkdownRenderer  # noqa: E402
from translate_summarize.settings import Settings  # noqa: E402
from translate_summarize.topics import build_topics  # noqa: E402

WIRE = FINAL[0][2]
CREDIT = "Reporting by AP."


def test_shingles_ignore_case_and_punctuation_and_are_stable() -> None:
    assert shingles("Arsenal won the FA Cup on Saturday.") == shingles("arsenal WON the fa cup, on saturday")
    assert len(shingles("one two three four five six")) == 2  # two 5-word shingles
    assert len(shingles("too short")) == 1  # a text under five words is one shingle
    assert shingles("") == frozenset()
    a, b = shingles(" ".join(WIRE)), shingles(" ".join(WIRE + [CREDIT]))
    assert 0.8 < jaccard(a, b) < 1.0
    assert jaccard(a, shingles(" ".join(FINAL[1][2]))) < 0.1


def test_copy_groups_pick_the_earliest_as_representative() -> None:
    original = make_article("wire-b", FINAL[0][1], WIRE, published="2024-10-01").replace(outlet="Outlet A")
    copy = make_article("wire-a", FINAL[0][1], WIRE + [CREDIT], published="2024-10-02").replace(outlet="Outlet B")
    other = make_article("other", *FINAL[1][1:], published="2024-10-01")
    arts = [original, copy, other]
    assert copy_groups(arts, [(0, 1), (0, 2), (1, 2)], min_jaccard=0.8) == [[0, 1]]
    assert copy_groups(arts, [(0, 1)], min_jaccard=0.99) == []  # the credit line keeps them below 0.99
    assert copy_groups(arts, [(0, 2)], min_jaccard=0.8) == []  # not a candidate pair: never compared


def test_copies_are_shown_once_and_count_as_one_source() -> None:
    original = make_article("wire-1", FINAL[0][1], WIRE, published="2024-10-01").replace(outlet="Outlet A")
    copy = make_article("wire-2", FINAL[0][1], WIRE + [CREDIT], published="2024-10-01").replace(outlet="Outlet B")
    repost = make_article("wire-3", FINAL[0][1], WIRE, published="2024-10-02").replace(outlet="Outlet C")
    other = make_article("own", *FINAL[1][1:], published="2024-10-01").replace(outlet="Outlet D")
    arts = [original, copy, repost, other]
    _, topics = build_topics(arts, Settings())
    assert len(topics) == 1
    topic = topics[0]
    # shown: the earliest, and of those the longest (wire-2 carries the credit line)
    assert topic.copies == (("wire-2", "wire-1", "wire-3"),)
    assert set(topic.article_ids) == {"wire-1", "wire-2", "wire-3", "own"}
    assert {s.article_id for s in topic.brief} <= {"wire-2", "own"}  # copies never cited separately
    brief = MarkdownRenderer().brief("2024-10-02", topics, arts)
    sources = brief.split("Sources:")[1]
    assert "articles/wire-2.md) · Outlet B · 2024-10-01 · en · also in: Outlet A, Outlet C" in sources
    assert "articles/wire-1.md" not in sources and "articles/wire-3.md" not in sources
    assert "*4 articles (2 syndicated copies) · en ·" in brief
