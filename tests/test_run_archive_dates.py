"""An archive night through `run` (how ECB+ was measured): records whose text opens with a dateline
get that date at clean, their undated siblings do not; `topics.undated = "free"` keeps each story one
topic, the nightly default (the run date) keeps the undated ones apart from the old dated story."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from topic_articles import FINAL, FLOOD  # noqa: E402

from translate_summarize.pipeline import run  # noqa: E402
from translate_summarize.settings import load_settings  # noqa: E402

RUN_DATE = "2014-01-01"


def _records(path: Path) -> None:
    """Two stories of 2013; the first record of each opens with a dateline line, the second has none."""
    rows = []
    for story, dateline in ((FINAL, "May 2 , 2013"), (FLOOD, "October 30 , 2013")):
        for k, (doc, title, paragraphs) in enumerate(story[:2]):
            text = "\n".join(([dateline] if k == 0 else []) + list(paragraphs))
            rows.append({"url": f"https://eval.invalid/{doc}", "title": title, "text": text, "lang": "en"})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _topics(tmp_path: Path, undated: str) -> tuple[list[tuple[str, ...]], dict[str, str | None]]:
    src = tmp_path / "night.jsonl"
    _records(src)
    (tmp_path / "models").mkdir(exist_ok=True)
    out = tmp_path / f"out-{undated}"
    settings = load_settings(None, {"output_dir": out, "models_dir": tmp_path / "models", "topic_undated": undated})
    run(settings, [str(src)], run_date=RUN_DATE)
    day = out / RUN_DATE
    records = [json.loads(line) for line in (day / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    doc = {r["id"]: r["url"].rsplit("/", 1)[1] for r in records}
    topics = [json.loads(line) for line in (day / "topics.jsonl").read_text(encoding="utf-8").splitlines()]
    return sorted(tuple(sorted(doc[a] for a in t["article_ids"])) for t in topics), {doc[r["id"]]: r["published"] for r in records}


def test_dateline_records_and_their_undated_siblings_are_one_topic_with_free(tmp_path: Path) -> None:
    topics, published = _topics(tmp_path, "free")
    # the cause of the gap: clean takes the dateline as the publication date, the siblings have none
    assert published == {"final-a": "2013-05-02", "final-b": None, "flood-a": "2013-10-30", "flood-b": None}
    assert topics == [("final-a", "final-b"), ("flood-a", "flood-b")]
    # no date is made up for the undated sibling, and the brief says its topic holds an undated article
    brief = (tmp_path / "out-free" / RUN_DATE / "brief.md").read_text(encoding="utf-8")
    rows = [line.split(" | ")[5] for line in brief.splitlines() if line.startswith("| 1 |") or line.startswith("| 2 |")]
    assert sorted(rows) == ["2013-05-02; 1 undated, placed by text", "2013-10-30; 1 undated, placed by text"]


@pytest.mark.parametrize("undated", ["run-date", "none"])
def test_nightly_and_none_keep_undated_siblings_off_an_old_dated_story(tmp_path: Path, undated: str) -> None:
    topics, _ = _topics(tmp_path, undated)
    assert topics == [("final-a",), ("final-b",), ("flood-a",), ("flood-b",)]


def test_rerunning_the_night_with_another_undated_choice_redoes_the_topics(tmp_path: Path) -> None:
    # every topics setting is part of the render fingerprint: before, only threshold, window,
    # story expiry and brief length were, and a rerun with topics.undated changed kept the old topics
    src = tmp_path / "night.jsonl"
    _records(src)
    (tmp_path / "models").mkdir()
    day = tmp_path / "out" / RUN_DATE
    counts, cache = [], []
    for undated in ("run-date", "free", "free"):
        settings = load_settings(None, {"output_dir": tmp_path / "out", "models_dir": tmp_path / "models", "topic_undated": undated})
        run(settings, [str(src)], run_date=RUN_DATE)
        counts.append(len((day / "topics.jsonl").read_text(encoding="utf-8").splitlines()))
        info = json.loads((day / "run.json").read_text(encoding="utf-8"))["cache"]
        cache.append((info["articles_processed"], info["articles_reused"], info["reused_outputs"]))
    assert counts == [4, 2, 2]
    # the articles (translation, summary) are not redone for a topics setting; the same settings again is warm
    assert cache == [(4, 0, False), (0, 4, False), (0, 4, True)]


def test_every_topics_setting_is_in_the_render_fingerprint() -> None:
    from translate_summarize.pipeline import render_fingerprint
    from translate_summarize.settings import Settings

    base = Settings()
    changed = {"topic_threshold": 0.64, "topic_title_weight": 1.0, "topic_name_weight": 0.5, "topic_short_terms": 20,
               "topic_window_days": 2, "topic_undated": "free", "topic_copy_jaccard": 0.9, "story_threshold": 0.6,
               "story_expiry_days": 7, "brief_sentences": base.brief_sentences + 1}
    assert {n for n in Settings.__dataclass_fields__ if n.startswith(("topic_", "story_"))} | {"brief_sentences"} == set(changed)
    for name, value in changed.items():
        assert render_fingerprint(base.replace(**{name: value})) != render_fingerprint(base), name


def test_the_idf_background_and_formula_are_in_the_render_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new background table or idf formula redoes a rerun night's topics (translations stay cached)."""
    import translate_summarize.topic_vectors as tv
    from translate_summarize.pipeline import render_fingerprint
    from translate_summarize.settings import Settings

    before, idf_before = render_fingerprint(Settings()), tv.idf_fingerprint()
    monkeypatch.setattr(tv, "IDF_VERSION", tv.IDF_VERSION + "-next")
    tv.idf_fingerprint.cache_clear()
    try:
        assert tv.idf_fingerprint() != idf_before
        assert render_fingerprint(Settings()) != before
    finally:
        tv.idf_fingerprint.cache_clear()
    monkeypatch.undo()
    assert tv.idf_fingerprint() == idf_before and render_fingerprint(Settings()) == before
