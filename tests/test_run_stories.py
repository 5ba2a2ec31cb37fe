"""Two nights of the seeds through `translate-summarize run`: one brief section per story, new then
continuing, the overview table, story pages with their timeline, story_id and inferred dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from runhelpers import read_jsonl, schema_errors, seed_runs

NIGHT1, NIGHT2 = "2026-01-01", "2026-01-02"
SEED_000 = "seeds/000_24618d5ee539ec34.txt"
SEED_001 = "seeds/001_89d7c6d670ac9db8.txt"
SEED_003 = "seeds/003_26b40dc472a4c13d.txt"


@pytest.fixture(scope="module")
def two_nights(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """The seeds run on two consecutive nights into one output folder (the same stories twice)."""
    work = tmp_path_factory.mktemp("twonights")
    for result in seed_runs(work, seeds_dir, [NIGHT1, NIGHT2]):
        assert result.exit_code == 0, result.stderr
    return work / "output"


def _table_rows(brief: str) -> list[list[str]]:
    lines = brief.split("\n")
    start = lines.index("| # | Headline | Articles | Languages | Outlets | Dates | Story |")
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows


def test_first_night_overview_and_sections(two_nights: Path) -> None:
    day = two_nights / NIGHT1
    ids = {r["source_file"]: r for r in read_jsonl(day / "articles.jsonl")}
    topics = read_jsonl(day / "topics.jsonl")
    brief = (day / "brief.md").read_text(encoding="utf-8")
    rows = _table_rows(brief)
    assert len(rows) == len(topics) == 4  # 000+003 together, 001, 002 and 004 alone
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
    first = rows[0]
    assert first[1] == f"[Embraces in Dushanbe: How Putin Beat Aliyev at the Diplomatic Game](topics/{topics[0]['topic_id']}.md)"
    assert first[2:] == ["2", "ar, sq", "Kosova Times, Sputnik", "2025-10-09 to 2025-10-12", "new"]
    assert all(r[6] == "new" for r in rows)
    # section headings carry the headline only; keywords are on their own line below
    assert "\n## 1. Embraces in Dushanbe: How Putin Beat Aliyev at the Diplomatic Game\n\nKeywords: " in brief
    # 001 has no date: it is its own story, dated by the run date, and the brief says so
    undated = ids[SEED_001]
    assert undated["published"] is None and undated["published_inferred"] == NIGHT1
    alone = next(t for t in topics if undated["id"] in t["article_ids"])
    assert alone["article_ids"] == [undated["id"]] and alone["undated_articles"] == [undated["id"]]
    assert any(r[5] == f"1 undated, taken as {NIGHT1} (run date)" for r in rows)
    # every ok article record carries its topic's story id
    story_of = {a: t["story_id"] for t in topics for a in t["article_ids"]}
    assert all(r["story_id"] == story_of[r["id"]] for r in ids.values())
    assert schema_errors("articles", list(ids.values())) == [] and schema_errors("topics", topics) == []


def test_second_night_continues_every_story_in_one_section(two_nights: Path) -> None:
    first = read_jsonl(two_nights / NIGHT1 / "topics.jsonl")
    day = two_nights / NIGHT2
    topics = read_jsonl(day / "topics.jsonl")
    assert len(topics) == 4 and len({t["story_id"] for t in topics}) == 4  # one section per story
    assert {t["story_id"] for t in topics} == {t["story_id"] for t in first}
    assert all(not t["new_story"] and t["story_first_seen"] == NIGHT1 for t in topics)
    rows = _table_rows((day / "brief.md").read_text(encoding="utf-8"))
    assert [r[6] for r in rows] == [f"continuing since {NIGHT1}"] * 4
    brief = (day / "brief.md").read_text(encoding="utf-8")
    assert brief.count(f"· continuing since {NIGHT1}*") == 4


def test_story_pages_show_the_timeline(two_nights: Path) -> None:
    day = two_nights / NIGHT2
    ids = {r["source_file"]: r["id"] for r in read_jsonl(day / "articles.jsonl")}
    topics = read_jsonl(day / "topics.jsonl")
    dushanbe = next(t for t in topics if ids[SEED_000] in t["article_ids"])
    assert ids[SEED_003] in dushanbe["article_ids"]
    assert [n["run_date"] for n in dushanbe["timeline"]] == [NIGHT1, NIGHT2]
    page = (day / "stories" / f"{dushanbe['story_id']}.md").read_text(encoding="utf-8")
    assert page.startswith("# Story: Embraces in Dushanbe: How Putin Beat Aliyev at the Diplomatic Game\n")
    assert f"first seen {NIGHT1} · continuing since {NIGHT1}" in page
    for night in (NIGHT1, NIGHT2):
        assert f"| {night} | 2 | Kosova Times, Sputnik | ar, sq | 2025-10-09 to 2025-10-12 | Embraces in Dushanbe" in page
    assert f"(../topics/{dushanbe['topic_id']}.md)" in page
    assert sorted(p.name for p in (day / "stories").iterdir()) == sorted(f"{t['story_id']}.md" for t in topics)
    brief = (day / "brief.md").read_text(encoding="utf-8")
    assert f"[story timeline](stories/{dushanbe['story_id']}.md)" in brief
