"""JSONL records with ``text`` are articles: no page-furniture removal unless the text looks like a
page dump or the record says ``"raw": true``; short, unpunctuated and headline-only items survive."""

from __future__ import annotations

import json
from pathlib import Path

from translate_summarize.article import Article
from translate_summarize.clean import clean, looks_like_page_dump
from translate_summarize.ingest import iter_articles
from translate_summarize.settings import Settings

SETTINGS = Settings()
ROOT = Path(__file__).resolve().parents[1]
PAGE_FILES = sorted((ROOT / "tests" / "data").glob("*/*.txt")) + sorted((ROOT / "seeds").glob("00[01]_*.txt"))


def _record(text: str, **hints: object) -> Article:
    return clean(Article(id="r", source_file="in.jsonl:1", kind="record", raw=text, hints={"format": "text", **hints}), SETTINGS)


def test_headline_only_item_is_one_body_line() -> None:
    out = _record("Fed official says weak data caused by weather, should not slow taper")
    assert out.status == "ok"
    assert [p.text for p in out.paragraphs] == ["Fed official says weak data caused by weather, should not slow taper"]
    assert out.title is None


def test_headline_only_item_keeps_its_record_title() -> None:
    text = "Fed official says weak data caused by weather"
    out = _record(text, title=text, published="2014-03-10T16:52:50+00:00")
    assert (out.status, out.title, out.published) == ("ok", text, "2014-03-10")
    assert [p.text for p in out.paragraphs] == [text]


def test_extracted_body_keeps_every_line_and_takes_headline_and_dateline() -> None:
    text = (
        "Lindsay Lohan checks into Betty Ford Center\nMay 03 , 2013\n"
        "After skipping out on entering a rehab facility , Lindsay Lohan has checked into the Betty Ford Center .\n"
        "Comments\nShe was there from September 2010 to January 2011 ."
    )
    out = _record(text)
    assert (out.status, out.title, out.title_line, out.published) == ("ok", "Lindsay Lohan checks into Betty Ford Center", 1, "2013-05-03")
    assert [p.source_lines for p in out.paragraphs] == [(3, 3), (4, 4), (5, 5)]  # "Comments" is text here, not a marker


def test_short_articles_survive() -> None:
    for text in (
        "The parliament election is over in Turkmenistan .",  # under 25 words
        "Robbers in drag steal e80 million from Paris diamond store in biggest French heist",  # one line, no full stop
        "Storm closes Gulf ports\nA tropical storm closed several ports on Tuesday.\nOn the Net:\nhttp://www.nhc.noaa.gov",
    ):
        out = _record(text)
        assert out.status == "ok", (text, out.reason)
        assert out.paragraphs


def test_a_record_that_is_a_page_dump_is_cleaned_like_one() -> None:
    raw = (ROOT / "tests" / "data" / "pages" / "ar_jazeera_gaza.txt").read_text(encoding="utf-8")
    as_record = _record(raw)
    as_page = clean(Article(id="p", source_file="p.txt", raw=raw), SETTINGS)
    assert as_record.paragraphs == as_page.paragraphs and as_record.title == as_page.title
    assert len(as_record.paragraphs) < len([line for line in raw.split("\n") if line.strip()])


def test_raw_flag_overrides_the_guess_both_ways() -> None:
    raw = (ROOT / "tests" / "data" / "pages" / "ar_jazeera_gaza.txt").read_text(encoding="utf-8")
    kept = _record(raw, raw=False)
    assert len(kept.paragraphs) == len([line for line in raw.split("\n") if line.strip()]) - 1  # all but the title line
    text = "Council backs bus plan\nPhoto: City Hall\n" + "The council approved the plan on Monday, the mayor said in a statement. " * 3
    assert not looks_like_page_dump(text)
    assert [p.source_lines for p in _record(text).paragraphs] == [(2, 2), (3, 3)]  # the caption is the record's text
    assert [p.source_lines for p in _record(text, raw=True).paragraphs] == [(3, 3)]  # cleaned as a page: caption dropped


def test_page_dumps_look_like_page_dumps() -> None:
    assert len(PAGE_FILES) == 3035
    # Templates t21-t23 (2026-12-01, second round; bench/heldout_pages2.py), t39-t41 (2026-12-02,
    # fifth round; bench/heldout_pages8.py, tuning since its sixth), t42-t44 (2026-12-02, sixth
    # round; bench/heldout_pages9.py, tuning since its seventh), t45-t47 (2026-12-02, seventh
    # round; bench/heldout_pages10.py, tuning since 2026-12-03), t51-t53 (2026-12-03, second round;
    # bench/heldout_pages12.py, tuning since its third) and t54-t56 (2026-12-03, third round;
    # bench/heldout_pages13.py, tuning since its fourth): only how many of their pages are missed is pinned here (t21-t23: 12 at their blind first score, all t23 reader views, still 12;
    # t39-t41: 10 at theirs, 5 since a report's clips and fields are read as such; t42-t44: 40 at
    # theirs, still 40; t45-t47: 6 at theirs, still 6; t51-t53: 4 at theirs, all t53 Twitter threads, none since
    # a thread's tweet page and an unrolled thread are read as page dumps; t54-t56: 40 at theirs, all t56 forwarded
    # e-mails, none since a forwarded e-mail is read as a page dump), never which ones; lower it as the cleaner
    # improves. Every other page must be recognised (t30-t32: all 120 at their blind first score;
    # t33-t35: 119 of 120 at theirs, all 120 since; t36-t38: 82 of 120 at theirs, t36's chat exports
    # missed, all 120 since chat exports are read as such; t48-t50, 2026-12-03,
    # bench/heldout_pages11.py: all 120 at their blind first score; t57-t59, 2026-12-03's fourth,
    # bench/heldout_pages14.py: all 120 at theirs; t60-t62, 2026-12-03's fifth,
    # bench/heldout_pages15.py: all 120 at theirs; t63-t65, 2026-12-03's sixth,
    # bench/heldout_pages16.py: all 120 at theirs; t66-t68, 2026-12-03's seventh,
    # bench/heldout_pages17.py: 5 missed at theirs, only how many is pinned; t69-t71,
    # 2026-12-03's eighth, bench/heldout_pages18.py: all 120 at theirs; t72-t74, 2026-12-03's ninth,
    # bench/heldout_pages19.py: all 120 at theirs; the held-out round t75-t77, 2026-12-03's tenth,
    # bench/heldout_pages20.py: all 120 at their blind first score).
    not_dumps = [p.name for p in PAGE_FILES if not looks_like_page_dump(p.read_text(encoding="utf-8"))]
    allowed = [n for n in not_dumps if n.startswith(("t21_", "t22_", "t23_"))]
    tuned = [n for n in not_dumps if n.startswith(("t39_", "t40_", "t41_"))]
    tuned_last = [n for n in not_dumps if n.startswith(("t42_", "t43_", "t44_"))]
    tuned_t45 = [n for n in not_dumps if n.startswith(("t45_", "t46_", "t47_"))]
    tuned_t51 = [n for n in not_dumps if n.startswith(("t51_", "t52_", "t53_"))]
    tuned_t54 = [n for n in not_dumps if n.startswith(("t54_", "t55_", "t56_"))]
    tuned_t66 = [n for n in not_dumps if n.startswith(("t66_", "t67_", "t68_"))]
    known = allowed + tuned + tuned_last + tuned_t45 + tuned_t51 + tuned_t54 + tuned_t66
    assert [n for n in not_dumps if n not in known] == []
    assert len(allowed) <= 12
    assert len(tuned) <= 5
    assert len(tuned_last) <= 40
    assert len(tuned_t45) <= 6
    assert tuned_t51 == []
    assert tuned_t54 == []
    assert len(tuned_t66) <= 5


def test_news_records_do_not_look_like_page_dumps(shared: Path) -> None:
    texts = [json.loads(line)["text"] for line in (shared / "eval" / "ecbplus" / "ecbplus.jsonl").open(encoding="utf-8")]
    texts += [json.loads(line)["title"] for line in (shared / "eval" / "uci_headlines" / "headlines.jsonl").open(encoding="utf-8")]
    assert len(texts) == 982 + 6366
    assert [t[:60] for t in texts if looks_like_page_dump(t)] == []


def test_ingest_passes_a_boolean_raw_field_on(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"text": "A", "raw": True}) + "\n" + json.dumps({"text": "B", "raw": "yes"}) + "\n" + json.dumps({"text": "C"}) + "\n",
        encoding="utf-8",
    )
    assert [a.hints.get("raw") for a in iter_articles([path], SETTINGS)] == [True, None, None]
