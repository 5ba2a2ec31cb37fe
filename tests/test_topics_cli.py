"""``translate-summarize topics``: JSONL in, topics JSONL out, story tracking with --state, exit codes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))

from topic_articles import FINAL, corpus, make_article  # noqa: E402

from translate_summarize.cli import app  # noqa: E402

runner = CliRunner()


def write_articles(path: Path, articles: list) -> Path:
    path.write_text("".join(json.dumps(a.to_record()) + "\n" for a in articles), encoding="utf-8")
    return path


def test_topics_writes_records(tmp_path: Path) -> None:
    src = write_articles(tmp_path / "in.jsonl", corpus("2024-10-30"))
    out = tmp_path / "topics.jsonl"
    arts_out = tmp_path / "articles.jsonl"
    result = runner.invoke(app, ["topics", str(src), "--out", str(out), "--articles-out", str(arts_out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["article_ids"] for r in records] == [
        ["flood-a", "flood-b", "flood-c"], ["rates-a", "rates-b"], ["final-a", "final-b"],
    ]
    assert all(r["schema_version"] == 2 and r["brief"]["sentences"] for r in records)
    articles = [json.loads(line) for line in arts_out.read_text(encoding="utf-8").splitlines()]
    assert {a["id"]: a["topic_id"] for a in articles}["final-b"] == records[2]["topic_id"]
    assert all(a["summary"]["sentences"] for a in articles)  # summarised before clustering


def test_threshold_and_window_flags(tmp_path: Path) -> None:
    early = [make_article(f"{i}-e", t, p, published="2024-10-01") for i, t, p in FINAL]
    late = [make_article(f"{i}-l", t, p, published="2024-10-20") for i, t, p in FINAL]
    src = write_articles(tmp_path / "in.jsonl", early + late)
    result = runner.invoke(app, ["topics", str(src)])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2  # 19 days apart (beyond story_expiry_days): two topics
    result = runner.invoke(app, ["topics", str(src), "--window-days", "30"])
    assert len(result.stdout.splitlines()) == 1
    # without the short-text scaling, similarities are cosines: at a cut of 0.95 only identical texts merge
    config = tmp_path / "plain.toml"
    config.write_text("[topics]\nshort_terms = 0\n", encoding="utf-8")
    result = runner.invoke(app, ["topics", str(src), "--window-days", "30", "--threshold", "0.05", "--config", str(config)])
    ids = sorted(json.loads(line)["article_ids"] for line in result.stdout.splitlines())
    assert ids == [["final-a-e", "final-a-l"], ["final-b-e", "final-b-l"]]


def test_state_links_stories_across_nights(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite"
    n1 = write_articles(tmp_path / "n1.jsonl", [make_article("final-a", *FINAL[0][1:], published="2024-10-01")])
    n2 = write_articles(tmp_path / "n2.jsonl", [make_article("final-b", *FINAL[1][1:], published="2024-10-02")])
    first = runner.invoke(app, ["topics", str(n1), "--state", str(db), "--run-date", "2024-10-01"])
    second = runner.invoke(app, ["topics", str(n2), "--state", str(db), "--run-date", "2024-10-02"])
    assert first.exit_code == second.exit_code == 0
    r1, r2 = json.loads(first.stdout), json.loads(second.stdout)
    assert r1["new_story"] is True and r2["new_story"] is False
    assert r2["story_id"] == r1["story_id"]


def test_bad_run_date_and_failed_articles(tmp_path: Path) -> None:
    src = write_articles(tmp_path / "in.jsonl", corpus())
    bad = runner.invoke(app, ["topics", str(src), "--run-date", "yesterday"])
    assert bad.exit_code == 2 and "--run-date" in bad.stderr
    failed = make_article("x", "t", ["Some text here for nobody."], status="failed")
    mixed = write_articles(tmp_path / "mixed.jsonl", corpus() + [failed])
    assert runner.invoke(app, ["topics", str(mixed)]).exit_code == 1
    only_failed = write_articles(tmp_path / "failed.jsonl", [failed])
    result = runner.invoke(app, ["topics", str(only_failed)])
    assert result.exit_code == 3 and result.stdout == ""


def test_broken_input_line_is_a_clean_error(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"not": "an article"}\n', encoding="utf-8")
    result = runner.invoke(app, ["topics", str(src)])
    assert result.exit_code != 0 and "in.jsonl:1" in result.stderr


def test_help_mentions_every_option() -> None:
    result = runner.invoke(app, ["topics", "--help"], terminal_width=200)
    assert result.exit_code == 0
    for flag in ("--out", "--state", "--threshold", "--window-days", "--run-date", "--articles-out", "--config"):
        assert flag in result.stdout
