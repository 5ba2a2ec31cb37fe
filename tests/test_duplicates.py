"""Syndicated copies: detected by shingles, shown once with "also in", one source for the brief."""

from __future__ import annotations

import datetime as dt
import random
import sys
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from topic_articles import FINAL, make_article  # noqa: E402

from translate_summarize import duplicates  # noqa: E402
from translate_summarize.duplicates import CopyFinder, shingle_array  # noqa: E402
from translate_summarize.render.markdown import MarkdownRenderer  # noqa: E402
from translate_summarize.settings import Settings  # noqa: E402
from translate_summarize.topics import build_topics  # noqa: E402

WIRE = FINAL[0][2]
CREDIT = "Reporting by AP."


def shingles(text: str) -> frozenset[int]:
    """The shingle hashes of ``text`` as a set (the reference the blocked comparisons are checked against)."""
    return frozenset(shingle_array(text)[0].tolist())


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard similarity of two shingle sets (0 when both are empty)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def copy_groups(articles, pairs, *, min_jaccard: float) -> list[list[int]]:
    """Copy groups among the candidate ``pairs`` only, compared in one shingle matrix (:class:`CopyFinder`)."""
    finder = CopyFinder(articles, min_jaccard)
    if pairs:
        a, b = (np.asarray(side, dtype=np.int64) for side in zip(*pairs))
        finder.add_pairs(finder.matrix(sorted(set(a.tolist()) | set(b.tolist()))), a, b)
    return finder.groups()


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


def _one_bag_of_words(n: int) -> list:
    """``n`` articles with the words of one wire text, each in its own order (text-vector cosine 1,
    hardly a 5-word shingle in common), every second one undated, and the wire text itself dated and
    undated (the one copy pair)."""
    words = " ".join(WIRE).replace(".", "").split()
    rng = random.Random(7)
    out = []
    for k in range(n):
        rng.shuffle(words)
        out.append(make_article(f"bag-{k:04d}", FINAL[0][1], [" ".join(words)], published=None if k % 2 else "2024-10-01"))
    return out + [make_article("wire-d", FINAL[0][1], WIRE, published="2024-10-01"), make_article("wire-u", FINAL[0][1], WIRE)]


class _CopiesPeak(dict):
    """A ``timings`` dict that traces the memory allocated during the copies step (from the end of clustering)."""

    peak = 0

    def __setitem__(self, key: str, value: float) -> None:
        super().__setitem__(key, value)
        if key == "clustering":
            tracemalloc.start()
        elif key == "copies":
            self.peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()


def test_copies_of_a_big_topic_never_hold_all_its_pairs() -> None:
    # 501 undated articles placed among 501 dated ones: 251,000 pairs with a text-vector cosine of 1,
    # each of which must be checked (an undated re-post of a dated article is a copy). They were held
    # as one list, with every member's shingle set (38.7 MiB at this size, growing with the square
    # of the topic); now counted by sparse products a block at a time (8 MiB, mostly fixed).
    arts = _one_bag_of_words(1000)
    timings = _CopiesPeak()
    _, topics = build_topics(arts, Settings().replace(topic_undated="free"), run_date=dt.date(2024, 10, 2), timings=timings)
    assert [len(t.article_ids) for t in topics] == [1002]
    assert topics[0].copies == (("wire-d", "wire-u"),)
    assert timings.peak < 16 * 2**20


def test_cross_pairs_in_blocks_find_what_every_pair_compared_finds(monkeypatch) -> None:
    arts = _one_bag_of_words(40)
    arts += [make_article("wire-c", FINAL[0][1], WIRE + [CREDIT]), make_article("wire-e", FINAL[0][1], WIRE[:2])]
    rows = list(range(len(arts)))
    left, right = np.array(rows[::2]), np.array(rows[1::2])
    sets = [shingles(duplicates.copy_text(a)) for a in arts]
    every = {(i, j) for i in left.tolist() for j in right.tolist() if jaccard(sets[i], sets[j]) >= 0.8}
    assert len(every) == 2  # wire-u (row 41) with wire-d (40) and with wire-c (42)
    for block in (duplicates.CROSS_BLOCK, 7, 1):
        monkeypatch.setattr(duplicates, "CROSS_BLOCK", block)
        finder = duplicates.CopyFinder(arts, 0.8)
        a, b = finder.cross_pairs(finder.matrix(rows), left, right)
        assert set(zip(a.tolist(), b.tolist())) == every
