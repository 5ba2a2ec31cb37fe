"""Grouping skipped/failed inputs by kind of reason (the brief's Problems table)."""

from __future__ import annotations

from translate_summarize.article import Article
from translate_summarize.problems import NO_FIX, group_problems, reason_kind, split_reason


def _bad(source: str, reason: str, stage: str = "ingest", status: str = "skipped") -> Article:
    return Article(id=f"id-{source}", source_file=source).fail(stage, reason, status)  # type: ignore[arg-type]


def test_split_reason_drops_the_inputs_own_path_and_splits_the_advice() -> None:
    assert split_reason(_bad("/in/a.txt", "/in/a.txt: empty file (0 bytes); nothing to extract")) == ("empty file (0 bytes)", "nothing to extract")
    assert split_reason(_bad("/in/f.jsonl:2", "/in/f.jsonl line 2: not valid JSON (x at column 4); fix or remove that line")) == (
        "not valid JSON (x at column 4)", "fix or remove that line")
    assert split_reason(_bad("/in/b.txt", "unsupported language 'de' (confidence 1.00); supported: ar, sq, en")) == (
        "unsupported language 'de' (confidence 1.00)", "supported: ar, sq, en")
    assert split_reason(_bad("x", "")) == ("no reason recorded", "")


def test_reason_kind_takes_out_paths_numbers_and_numeric_details() -> None:
    assert reason_kind("duplicate of /in/001_x.txt (same content)") == "duplicate of … (same content)"
    assert reason_kind("5 of 22 segments (title included) are not in the memory") == "N of N segments (title included) are not in the memory"
    assert reason_kind("not valid JSON (Expecting value: line 1 column 1 (char 0))") == "not valid JSON"
    assert reason_kind("menus, link lists, share/comment widgets, and/or footers") == "menus, link lists, share/comment widgets, and/or footers"
    assert reason_kind("cannot read ./in/a and C:\\in\\b.txt and in/page.html") == "cannot read … and … and …"
    assert reason_kind("unsupported language 'de'") == "unsupported language 'de'"


def test_group_one_row_per_kind_largest_first_with_specific_reason_when_shared() -> None:
    articles = [
        _bad("/in/e1.txt", "/in/e1.txt: empty file (0 bytes); nothing to extract"),
        _bad("/in/e2.txt", "/in/e2.txt: empty file (0 bytes); nothing to extract"),
        _bad("/in/d1.txt", "duplicate of /in/a.txt (same content); processed once"),
        _bad("/in/d2.txt", "duplicate of /in/b.txt (same content); processed once"),
        _bad("/in/d3.txt", "duplicate of /in/b.txt (same content); processed once"),
        _bad("/in/s.txt", "1 of 5 segments are not in the translation memory; run: translate-summarize models install sq", "translate", "failed"),
        _bad("/in/t.txt", "internal error in stage summarize: KeyError: 'x'", "summarize", "failed"),
        Article(id="ok", source_file="/in/ok.txt"),
    ]
    groups = group_problems(articles)
    assert [(g.status, g.stage, g.reason, g.count) for g in groups] == [
        ("skipped", "ingest", "duplicate of … (same content)", 3),
        ("skipped", "ingest", "empty file (0 bytes)", 2),
        ("failed", "summarize", "internal error in stage summarize: KeyError: 'x'", 1),
        ("failed", "translate", "1 of 5 segments are not in the translation memory", 1),
    ]
    assert groups[0].members == (("/in/d1.txt", "id-/in/d1.txt"), ("/in/d2.txt", "id-/in/d2.txt"), ("/in/d3.txt", "id-/in/d3.txt"))
    assert [g.fix for g in groups] == [
        "nothing to do: the first copy was processed (remove the copy to silence this)",
        "nothing to extract: remove the file, or fix what saved it",
        NO_FIX,
        "run: translate-summarize models install sq",
    ]
