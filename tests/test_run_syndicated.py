"""The same text from two outlets through `run`: a syndicated copy kept at ingest (its own id), shown once
in the brief with "also in", translated once; the same record twice stays a duplicate."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from mixed_night import ALBANIAN_NO_MEMORY  # noqa: E402  (Albanian, in no translation memory)

from translate_summarize.article import Article  # noqa: E402
from translate_summarize.ingest import content_id, copy_id, same_record  # noqa: E402
from translate_summarize.pipeline import InProcessExecutor, run  # noqa: E402
from translate_summarize.settings import load_settings  # noqa: E402
from translate_summarize.translate.engine import StaticProvider, TranslationResult  # noqa: E402

RUN_DATE = "2024-03-13"


class RecordingBackend:
    """'Translates' by tagging the text; records every text it was sent."""

    model_id = "translate-sq_en@test"

    def __init__(self) -> None:
        self.texts: list[str] = []

    def translate_batch(self, texts: Sequence[str]) -> list[TranslationResult]:
        self.texts.extend(texts)
        return [TranslationResult(f"In English: {t}", -0.3, 3, 3) for t in texts]


def _record(url: str, outlet: str | None) -> dict[str, str]:
    row = {"url": url, "title": "Qeveria miratoi buxhetin e ri", "text": ALBANIAN_NO_MEMORY, "lang": "sq",
           "published": "2024-03-12"}
    if outlet:
        row["outlet"] = outlet
    return row


def _hinted(**hints: str) -> Article:
    return Article(id="x", source_file="x.jsonl:1", hints=hints)


def test_same_record_unless_the_hints_name_another_url_or_outlet() -> None:
    a = _hinted(url="https://a.example/1", outlet="A")
    assert same_record(a, _hinted(url="https://a.example/1", outlet="A"))
    assert same_record(a, _hinted(url="https://a.example/1", outlet="B"))  # the same URL
    assert same_record(a, _hinted(url="https://a.example/1?ref=rss", outlet="A"))  # the same outlet
    assert not same_record(a, _hinted(url="https://b.example/9", outlet="B"))
    assert not same_record(_hinted(url="https://a.example/1"), _hinted(url="https://b.example/9"))
    assert not same_record(_hinted(outlet="A"), _hinted(outlet="B"))
    assert same_record(_hinted(), _hinted())  # two files, or records without hints: nothing tells them apart
    assert same_record(_hinted(url="https://a.example/1"), _hinted(outlet="B"))  # nothing comparable
    copy = Article(id="x", source_file="x.jsonl:2", hints={"url": "https://b.example/9", "outlet": "B"})
    assert copy_id(copy) == content_id("x\0https://b.example/9\0B") != copy_id(a)


def test_syndicated_copy_is_kept_shown_once_and_translated_once(tmp_path: Path) -> None:
    src = tmp_path / "night.jsonl"
    rows = [
        _record("https://gazeta-a.example/buxheti", "Gazeta A"),
        _record("https://gazeta-b.example/lajme/77", "Gazeta B"),  # the wire text in another outlet
        _record("https://gazeta-a.example/buxheti", "Gazeta A"),  # the same record again
        _record("https://gazeta-a.example/buxheti?ref=rss", "Gazeta A"),  # the same outlet and text
    ]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (tmp_path / "models").mkdir()
    out = tmp_path / "out"
    settings = load_settings(None, {"output_dir": out, "models_dir": tmp_path / "models", "chunk_articles": 1})
    backend = RecordingBackend()
    result = run(settings, [str(src)], run_date=RUN_DATE,
                 executor=InProcessExecutor(StaticProvider({("sq", "en"): backend})))
    assert result.exit_code == 1  # the two repeats are skipped
    day = out / RUN_DATE
    records = [json.loads(line) for line in (day / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    by_line = {r["source_file"].rsplit(":", 1)[1]: r for r in records}
    assert {k: (r["status"], r.get("outlet")) for k, r in by_line.items()} == {
        "1": ("ok", "Gazeta A"), "2": ("ok", "Gazeta B"), "3": ("skipped", None), "4": ("skipped", None)}
    text_id = content_id(ALBANIAN_NO_MEMORY)
    assert by_line["1"]["id"] == text_id != by_line["2"]["id"]
    assert by_line["3"]["reason"] == by_line["4"]["reason"] == f"duplicate of {src}:1 (same content); processed once"
    assert by_line["1"]["topic_id"] == by_line["2"]["topic_id"]
    assert by_line["1"]["body_en"] == by_line["2"]["body_en"] and "In English:" in by_line["1"]["body_en"]
    # two chunks (chunk_articles = 1): the copy's texts came from the translation cache
    assert backend.texts and max(Counter(backend.texts).values()) == 1
    topics = [json.loads(line) for line in (day / "topics.jsonl").read_text(encoding="utf-8").splitlines()]
    # one date, one length: the representative is the smaller id (duplicates._rep_key)
    rep, other = sorted((by_line["1"], by_line["2"]), key=lambda r: r["id"])
    assert [t["copies"] for t in topics] == [[[rep["id"], other["id"]]]]
    brief = (day / "brief.md").read_text(encoding="utf-8")
    sources = brief.split("Sources:")[1].split("## Problems")[0]
    assert f"articles/{rep['id']}.md) · {rep['outlet']} · 2024-03-12 · sq · also in: {other['outlet']}" in sources
    assert f"articles/{other['id']}.md" not in sources
