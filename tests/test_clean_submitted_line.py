"""A CMS's "submitted" line under a node's title (Drupal's "Submitted by <user> on <date>", Arabic
"أرسلها <user> في <date>", Albanian "Dërguar nga <user> më <date>") is a byline: the title does
not run into it. Guard: a sentence opening with the same words stays article text."""

from __future__ import annotations

from translate_summarize import boilerplate
from translate_summarize.clean import extract_text

BODY = [
    "The city council approved the new budget on Monday after a debate that lasted nine hours.",
    "The plan raises spending on schools by eight percent and cuts the road programme by half.",
    "Opposition members said the cuts would leave several bridges without repairs next winter.",
]


def _node(title: str, submitted: str, body: list[str] = BODY) -> str:
    """A news node on a Drupal site, copied as text: menu, breadcrumb, title, submitted line, body, links."""
    return "\n".join([
        "Skip to main content", "", "Home  News  Sport  Contact", "",
        "Home » News",
        title,
        submitted,
        "", *body, "",
        "Log in or register to post comments",
    ])


def test_the_title_does_not_run_into_the_submitted_line() -> None:
    cases = [
        ("Council approves budget after nine-hour debate", "Submitted by Ana Berisha on Fri, 09/28/2018 - 14:03"),
        ("Këshilli miraton buxhetin pas një debati nëntë orësh", "Dërguar nga Ana Berisha më e premte, 28/09/2018 - 14:03"),
        ("المجلس يقر الميزانية بعد نقاش دام تسع ساعات", "أرسلها خالد عبد الله في الجمعة, 09/28/2018 - 14:03"),
    ]
    for title, submitted in cases:
        assert extract_text(_node(title, submitted)).title == title


def test_submitted_line_needs_the_date_and_no_sentence() -> None:
    assert boilerplate.submitted_line("Submitted by Ana Berisha on Fri, 09/28/2018 - 14:03")
    assert not boilerplate.submitted_line("Submitted by Ana Berisha")
    assert not boilerplate.submitted_line("Posted by the ministry on 28 September 2018, the report shows that exports rose by a tenth.")


def test_guard_a_sentence_opening_with_posted_by_stays_in_the_body() -> None:
    sentence = "Posted by the ministry on 28 September 2018, the report shows that exports rose by a tenth."
    raw = _node("Exports rise by a tenth in a year", "", [BODY[0], sentence, BODY[1]])
    assert sentence in [raw.splitlines()[first - 1] for first, _ in extract_text(raw).body]
