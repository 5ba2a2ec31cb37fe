"""Property-based tests of the text cleaner: it invents no text, keeps order, and finds planted articles."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translate_summarize.article import Article
from translate_summarize.clean import clean
from translate_summarize.settings import Settings

SETTINGS = Settings()
SEEDS = Path(__file__).resolve().parents[1] / "seeds"

EN_WORDS = ["council", "budget", "city", "plan", "minister", "talks", "bus", "river", "report", "vote", "price", "week"]
EN_STOP = ["the", "of", "and", "to", "in", "that", "for", "with", "on", "was", "said", "from"]
SQ_WORDS = ["qeveria", "buxheti", "qyteti", "ministri", "bisedimet", "çmimi", "java", "raporti", "votimi", "Tiranës"]
SQ_STOP = ["e", "i", "të", "në", "për", "që", "dhe", "me", "nga", "se", "tha"]
AR_WORDS = ["الرئيس", "الحكومة", "الخطة", "الوزير", "المدينة", "الميزانية", "المحادثات", "الأسعار", "التقرير"]
AR_STOP = ["في", "من", "على", "إلى", "أن", "التي", "مع", "عن", "قد", "بعد"]
LEXICON = {"en": (EN_WORDS, EN_STOP), "sq": (SQ_WORDS, SQ_STOP), "ar": (AR_WORDS, AR_STOP)}
TITLE_WORDS = {
    "en": ["Ministers", "agree", "new", "storage", "rules", "ahead", "winter", "Port", "approves", "dredging"],
    "sq": ["Tirana", "miraton", "planin", "e", "ri", "transportit", "publik", "KESH", "njofton", "ulje"],
    "ar": ["بوتين", "وعلييف", "يجريان", "مباحثات", "موسكو", "الحكومة", "تقر", "خطة", "طارئة", "لدعم"],
}

FURNITURE = [
    "Share", "SHARE", "Comments", "التعليقات", "مقالات مشابهة", "You Might Also Like", "Popular News", "Follow US",
    "Weekly Newsletter", "Lajme të ngjashme", "Komentet (3)", "إقرأ أيضاً:", "Read also:", "المصدر: تاس",
    "© 2025 Example News. All rights reserved.", "Facebook Twitter Email Print", "- Advertisement -",
    "Ru En", "2025-05-28@00:20:02 GMT", "October 12, 2025", "Home / World / Europe", "\u00a0", "", "   ",
]


def sentence(lang: str) -> st.SearchStrategy[str]:
    """A sentence of 12-30 words, every other one a function word (as in real prose)."""
    content, stop = LEXICON[lang]
    pair = st.tuples(st.sampled_from(stop), st.sampled_from(content)).map(" ".join)
    end = "؟" if lang == "ar" else "?"
    return st.lists(pair, min_size=6, max_size=15).map(lambda ps: " ".join(ps) + (end if len(ps) % 7 == 0 else "."))


def nav_item(lang: str) -> st.SearchStrategy[str]:
    content, _ = LEXICON[lang]
    return st.lists(st.sampled_from(content), min_size=1, max_size=3).map(lambda ws: "  • " + " ".join(ws))


def any_line(lang: str) -> st.SearchStrategy[str]:
    content, stop = LEXICON[lang]
    return st.one_of(
        sentence(lang),
        nav_item(lang),
        st.sampled_from(FURNITURE),
        st.lists(st.sampled_from(content + stop), min_size=1, max_size=8).map(" ".join),
        st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40),
    )


LANGS = st.sampled_from(["en", "sq", "ar"])


def _check_invariants(raw: str, out: Article) -> None:
    lines = raw.split("\n")
    previous_last = 0
    for p in out.paragraphs:
        first, last = p.source_lines
        assert previous_last < first <= last <= len(lines), "paragraphs in increasing, non-overlapping line order"
        assert lines[first - 1].strip() and lines[last - 1].strip(), "ranges start and end on non-blank lines"
        expected = " ".join(line.strip() for line in lines[first - 1 : last] if line.strip())
        assert p.text == expected, "no text invented: a paragraph is its stripped source line(s)"
        assert p.text.strip(), "no blank paragraph"
        previous_last = last
    if out.title is not None:
        body = {n for p in out.paragraphs for n in range(p.source_lines[0], p.source_lines[1] + 1)}
        if out.title_line is not None:
            # the title line, or a headline wrapped over it and the lines right under it: a run of
            # consecutive non-blank lines (a hard-wrapped page's line is several source lines, and
            # a headline's two halves may each be one), none of them body
            run = [out.title_line - 1]
            while run[-1] + 1 < len(lines) and lines[run[-1]].strip() and lines[run[-1] + 1].strip():
                run.append(run[-1] + 1)
            spans = [" ".join(lines[k].strip() for k in run[:n]) for n in range(1, len(run) + 1)]
            assert out.title in spans, "the title is its line, or the run of lines right under it joined"
            assert not {k + 1 for k in run[: spans.index(out.title) + 1]} & body, "no title line is body"
        assert out.title_line not in body


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), lang=LANGS)
def test_cleaning_invents_no_text_and_keeps_order(data: st.DataObject, lang: str) -> None:
    raw = "\n".join(data.draw(st.lists(any_line(lang), max_size=60)))
    out = clean(Article(id="p", source_file="p.txt", raw=raw), SETTINGS)
    if out.status == "skipped":
        assert out.stage == "clean" and out.paragraphs == ()
    else:
        assert out.paragraphs
        _check_invariants(raw, out)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), lang=LANGS)
def test_a_planted_article_is_found_exactly_between_furniture(data: st.DataObject, lang: str) -> None:
    header = data.draw(st.lists(st.one_of(nav_item(lang), st.sampled_from(["Share", "Ru En", "October 12, 2025", "\u00a0", ""])), max_size=25))
    title = " ".join(data.draw(st.lists(st.sampled_from(TITLE_WORDS[lang]), min_size=4, max_size=9)))
    # no paragraph repeats inside another: a line whose text recurs in a longer one is a pull quote
    body = data.draw(st.lists(sentence(lang), min_size=3, max_size=12, unique=True).filter(_no_repeats))
    footer_start = data.draw(st.sampled_from(["Comments", "التعليقات", "Lajme të ngjashme", "You Might Also Like", "المصدر: تاس"]))
    footer = data.draw(st.lists(st.one_of(nav_item(lang), sentence(lang), st.sampled_from(FURNITURE)), max_size=15))
    footer = [line for line in footer if _no_repeats([*body, line])]  # comments neither copy nor quote paragraphs
    separator = data.draw(st.sampled_from(["\n", "\n\n", "\n\u00a0\n"]))
    raw = "\n".join(header + [title, ""]) + "\n" + separator.join(body) + "\n" + "\n".join([footer_start] + footer)
    out = clean(Article(id="p", source_file="p.txt", raw=raw), SETTINGS)
    assert out.status == "ok"
    assert [p.text for p in out.paragraphs] == body
    assert out.title == title
    _check_invariants(raw, out)


def _no_repeats(lines: list[str]) -> bool:
    """No line's text recurs inside another (a pull quote) or equals it."""
    cores = [" " + line.rstrip(".?؟") + " " for line in lines]
    return not any(i != j and a in b for i, a in enumerate(cores) for j, b in enumerate(cores))


def test_cleaning_the_body_alone_keeps_all_of_it(seed_files: list[Path]) -> None:
    """Idempotence: a page made of only the extracted paragraphs (and headings) loses none of them."""
    for path in seed_files:
        first = clean(Article(id="s", source_file=path.name, raw=path.read_text(encoding="utf-8")), SETTINGS)
        page = "\n\n".join(p.text for p in first.paragraphs)
        second = clean(Article(id="s2", source_file=path.name, raw=page), SETTINGS)
        assert [(p.text, p.heading) for p in second.paragraphs] == [(p.text, p.heading) for p in first.paragraphs], path.name


@settings(max_examples=30, deadline=None)
@given(body=st.lists(sentence("sq"), min_size=3, max_size=10, unique=True))
def test_cleaning_generated_body_alone_keeps_all_of_it(body: list[str]) -> None:
    # Three sentences of 12+ words: above clean.MIN_BODY_WORDS, the least a page must hold to count
    # as an article (shorter prose on a page of furniture is a widget's blurb, not a story).
    out = clean(Article(id="b", source_file="b.txt", raw="\n\n".join(body)), SETTINGS)
    assert [p.text for p in out.paragraphs] == body


def test_a_title_over_a_hard_wrapped_line_is_a_run_of_its_source_lines() -> None:
    # found by the property above (random profile): the page reads as hard-wrapped, its first two
    # lines are one line of text, and the title joins it with the short line under it, three source
    # lines in all; no text is invented and none of them is body
    raw = "\n".join([
        "council council council council council budget",
        "council council council council council council council",
        "a",
        "the council the council the council the council the council the council.",
        "the council the council the council the council the council the budget the council?",
    ])
    out = clean(Article(id="p", source_file="p.txt", raw=raw), SETTINGS)
    assert (out.title_line, out.title) == (1, " ".join(line for line in raw.split("\n")[:3]))
    assert [p.source_lines for p in out.paragraphs] == [(4, 4), (5, 5)]
    _check_invariants(raw, out)
