"""`translate-summarize run` on the bundled seeds with no model installed: the README's first command."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from runhelpers import read_jsonl, schema_errors, seed_runs

RUN_DATE = "2026-01-01"
SNAPSHOTS = Path(__file__).parent / "snapshots"
SEED_000 = "seeds/000_24618d5ee539ec34.txt"
SEED_003 = "seeds/003_26b40dc472a4c13d.txt"


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path):
    """Run with no INPUT in a fresh folder holding only seeds/ and an empty models dir."""
    work = tmp_path_factory.mktemp("seedrun")
    (result,) = seed_runs(work, seeds_dir, [RUN_DATE])
    return work, result


def test_exit_code_and_layout(seed_run) -> None:
    work, result = seed_run
    assert result.exit_code == 0, result.stderr
    out = work / "output"
    assert os.readlink(out / "latest") == RUN_DATE
    day = out / RUN_DATE
    names = sorted(p.name for p in day.iterdir())
    assert names == [".translate-summarize-run", "articles", "articles.jsonl", "brief.md", "errors.jsonl", "run.json", "stories", "topics", "topics.jsonl"]
    assert (day / "errors.jsonl").read_text() == ""
    assert not list(out.glob(".staging-*")) and not list(out.glob(".old-*"))


def test_five_articles_ok_translated_from_memory(seed_run, seed_memory_file: Path) -> None:
    work, _ = seed_run
    memory = {}
    for line in seed_memory_file.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        memory[pair["source"]] = pair["target"]
    records = read_jsonl(work / "output" / RUN_DATE / "articles.jsonl")
    assert [r["source_file"] for r in records] == sorted(f"seeds/{p.name}" for p in (work / "seeds").glob("*.txt"))
    assert [r["status"] for r in records] == ["ok"] * 5
    for r in records:
        if r["title"] is not None:
            assert r["title_en"] == memory[r["title"]]
        covered = {seg["paragraph"] for seg in r["segments"]}
        assert covered == set(range(len(r["paragraphs"])))
        for seg in r["segments"]:
            assert seg["origin"] == "memory"
            assert seg["en"] == memory[seg["source"]]
        assert r["summary"]["sentences"], r["id"]
        assert r["topic_id"]


def test_000_and_003_share_a_topic_whose_brief_cites_both(seed_run) -> None:
    work, _ = seed_run
    day = work / "output" / RUN_DATE
    ids = {r["source_file"]: r["id"] for r in read_jsonl(day / "articles.jsonl")}
    a000, a003 = ids[SEED_000], ids[SEED_003]
    topics = read_jsonl(day / "topics.jsonl")
    together = [t for t in topics if {a000, a003} <= set(t["article_ids"])]
    assert len(together) == 1
    topic = together[0]
    assert sorted(topic["article_ids"]) == sorted([a000, a003])
    assert sorted(topic["languages"]) == ["ar", "sq"]
    assert {s["article_id"] for s in topic["brief"]["sentences"]} == {a000, a003}
    brief = (day / "brief.md").read_text(encoding="utf-8")
    section = brief.split("\n## ")[1]  # topics are listed by size: the 2-article Dushanbe topic first
    assert f"(articles/{a000}.md)" in section and f"(articles/{a003}.md)" in section
    assert "[[1]]" in section and "[[2]]" in section
    assert brief.rstrip().endswith("## Problems\n\nNone: every input was processed.")
    topic_page = (day / "topics" / f"{topic['topic_id']}.md").read_text(encoding="utf-8")
    assert f"(../articles/{a000}.md)" in topic_page and f"(../articles/{a003}.md)" in topic_page


def test_outputs_are_schema_valid(seed_run) -> None:
    work, _ = seed_run
    day = work / "output" / RUN_DATE
    assert schema_errors("articles", read_jsonl(day / "articles.jsonl")) == []
    topics = read_jsonl(day / "topics.jsonl")
    assert len(topics) >= 2
    assert schema_errors("topics", topics) == []


def test_run_json(seed_run) -> None:
    work, _ = seed_run
    info = json.loads((work / "output" / RUN_DATE / "run.json").read_text(encoding="utf-8"))
    assert info["counts"]["status"] == {"ok": 5, "skipped": 0, "failed": 0}
    assert info["model_ids"] == {}
    assert info["cache"]["articles_processed"] == 5 and info["cache"]["articles_reused"] == 0
    assert info["memory"]["memory_hits"] == 69 and info["memory"]["cache_hits"] == 0  # every seed pair used once
    assert info["executor"]["name"] == "in-process"
    assert set(info["timings_s"]) >= {"ingest", "extract", "translate", "summarize", "topics", "render", "total"}
    assert info["started"] < info["finished"]


def test_article_markdown_snapshot(seed_run) -> None:
    """Exact comparison; regenerate deliberately with UPDATE_SNAPSHOTS=1 and review the diff."""
    work, _ = seed_run
    day = work / "output" / RUN_DATE
    ids = {r["source_file"]: r["id"] for r in read_jsonl(day / "articles.jsonl")}
    name = f"{ids[SEED_003]}.md"
    rendered = (day / "articles" / name).read_text(encoding="utf-8")
    snapshot = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        snapshot.write_text(rendered, encoding="utf-8")
    assert rendered == snapshot.read_text(encoding="utf-8")
