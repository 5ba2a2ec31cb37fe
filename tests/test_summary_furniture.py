"""Per-article summaries skip the page furniture that survived cleaning; fragments only as a last resort."""

from __future__ import annotations

import pytest

from translate_summarize.summarize import METHODS, candidate_indices, select_sentences
from translate_summarize.summarizers.furniture import furniture_kind, is_fragment

from summary_docs import BUDGET, BUDGET_TITLE


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("May 03, 2013", "dateline"),
        ("Updated 4/11/2007 1:26 PM", "dateline"),
        ("POSTED: 1052 GMT (1852 HKT), April 10, 2007", "dateline"),
        ("8:44AM BST 16 Sep 2013", "dateline"),
        ("By John Smith", "byline"),
        ("(AP Photo/Evan Vucci)", "caption"),
        ("Photo: Reuters", "caption"),
        ("Image copyright Getty Images", "caption"),
        ("Image caption Protesters gathered outside parliament", "caption"),
        ("Read also: Trump meets Kim in Hanoi", "read_also"),
        ("Read more: the storm hits Texas after landfall near Houston on Friday night.", "read_also"),
        ("Reporting by Jane Doe; Editing by John Roe", "source"),
        ("This page was archived by the Wayback Machine on 12 June 2019.", "crawl"),
        ("The Wayback Machine - https://web.archive.org/web/20190612/http://example.com", "crawl"),
        ("https://example.com/news/2019/06/12/story.html", "url"),
        ("Share this article", "share"),
        ("The storm killed 12 people on Monday.", None),
        ("WASHINGTON (Reuters) - The Senate voted on Monday to approve the bill.", None),
        ("He said the company would appeal the ruling, which was announced on May 3, 2013.", None),
        (
            "Researchers at the Internet Archive said on Tuesday that the Wayback Machine had saved more than "
            "800 billion web pages since it began crawling the web in 1996, a milestone for the project.",
            None,  # a news sentence about web archives, not a crawl notice
        ),
    ],
)
def test_furniture_kind(text: str, kind: str | None) -> None:
    assert furniture_kind(text) == kind


def test_fragments_are_short_unpunctuated_lines() -> None:
    assert is_fragment("Suspect had been fired last week by Troy, Mich., company")
    assert is_fragment("Surgeon General Nominee Dr. Regina Benjamin")
    assert not is_fragment("The storm killed 12 people on Monday.")
    assert not is_fragment('"We will rebuild," the mayor said.')
    assert not is_fragment(" ".join(["word"] * 13))  # long: a sentence that lost its full stop


DATELINE = "Updated 4/11/2007 1:26 PM"
BYLINE = "By Harbour Daily staff"
CREDIT = "(AP Photo/Evan Vucci)"
READ_ALSO = "Read also: Council elections set for June"
STANDFIRST = "Ten million dollars more for teachers"


def test_candidates_skip_furniture_and_keep_fragments_for_last() -> None:
    sentences = [DATELINE, BYLINE, STANDFIRST, BUDGET[0], CREDIT, BUDGET[1], READ_ALSO, BUDGET[4]]
    assert candidate_indices(sentences, [False] * 8) == [3, 5, 7]
    assert candidate_indices(sentences, [False, False, False, True, False, True, False, True]) == [2]  # only the fragment is left
    assert candidate_indices([DATELINE, BYLINE], [False, False]) == []


@pytest.mark.parametrize("method", METHODS)
def test_every_method_skips_furniture(method: str) -> None:
    sentences = [DATELINE, BYLINE, BUDGET[0], CREDIT, BUDGET[1], READ_ALSO, *BUDGET[2:]]
    real = [2, 4, 6, 7, 8, 9, 10]
    for count in (1, 3, 7, 20):
        chosen = select_sentences(sentences, method=method, count=count, title=BUDGET_TITLE)
        assert set(chosen) <= set(real) and len(chosen) == min(count, 7)
    assert select_sentences(sentences, method="lead", count=2) == [2, 4]
