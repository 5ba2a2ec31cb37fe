"""The same text from two outlets through `run`: a syndicated copy kept at ingest (its own id), shown once
in the brief with "also in", translated once; the same record twice stays a duplicate. Over several
nights each outlet's record keeps its id whichever outlets carry the text, also in a run state written
before the ids were remembered."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from mixed_night import ALBANIAN_NO_MEMORY  # noqa: E402  (Albanian, in no translation memory)

from translate_summarize.article import Article  # noqa: E402
from translate_summarize.ingest import RecordOrigin, assign_record_ids, content_id, copy_id, same_record  # noqa: E402
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


# --- ids that hold from night to night ------------------------------------------------------------------

WIRE_A = ("https://gazeta-a.example/buxheti", "Gazeta A")
WIRE_B = ("https://gazeta-b.example/lajme/77", "Gazeta B")
WIRE_C = ("https://gazeta-c.example/ekonomi/5", "Gazeta C")
OTHER_TEXT = (
    "Zjarri në malin e Dajtit u shua pas dy ditësh\n\nTiranë, 13 mars 2024\n\n"
    "Zjarrfikësit shuan të mërkurën zjarrin që kishte djegur qindra hektarë pyll në malin e Dajtit. "
    "Banorët e fshatrave përreth u kthyen në shtëpitë e tyre pasi rreziku kaloi.\n\n"
    "Policia po heton shkakun e zjarrit dhe ka marrë në pyetje dy barinj të zonës. "
    "Ministria e Mjedisit premtoi se pylli do të rimbillet brenda vitit.\n"
)


def _ids(articles: list[Article]) -> list[str]:
    return [a.id if a.ok else "skipped" for a in articles]


def _input(url: str, outlet: str, text: str = "wire text") -> Article:
    return Article(id=content_id(text), source_file=url, hints={"url": url, "outlet": outlet})


def test_a_record_keeps_its_id_whichever_records_of_its_text_come() -> None:
    a, b, c = (_input(*w) for w in (WIRE_A, WIRE_B, WIRE_C))
    night1, new1 = assign_record_ids([a, b], {})
    assert _ids(night1) == [content_id("wire text"), copy_id(b)]
    known = {content_id("wire text"): [o for _, o in new1]}
    # B alone, then C before B: each record keeps the id it had, the content id stays A's
    assert _ids(assign_record_ids([b], known)[0]) == [copy_id(b)]
    night3, new3 = assign_record_ids([c, b], known)
    assert _ids(night3) == [copy_id(c), copy_id(b)] and new3 == [(content_id("wire text"), RecordOrigin(copy_id(c), *WIRE_C))]
    # the same outlet under another URL is the same record: it keeps A's id; the same record twice is skipped
    moved = _input("https://gazeta-a.example/buxheti?ref=rss", "Gazeta A")
    assert _ids(assign_record_ids([moved, a, b], known)[0]) == [content_id("wire text"), "skipped", copy_id(b)]
    # another text from the same outlet is another article
    other = _input("https://gazeta-a.example/zjarri", "Gazeta A", "another text")
    assert _ids(assign_record_ids([other, b], known)[0]) == [content_id("another text"), copy_id(b)]


def _night(tmp_path: Path, night: str, rows: list[dict[str, str]], backend: RecordingBackend) -> dict[str, dict]:
    """Run one night of ``rows`` into ``tmp_path/out``; its ok article records by outlet."""
    src = tmp_path / f"{night}.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (tmp_path / "models").mkdir(exist_ok=True)
    settings = load_settings(None, {"output_dir": tmp_path / "out", "models_dir": tmp_path / "models"})
    result = run(settings, [str(src)], run_date=night, executor=InProcessExecutor(StaticProvider({("sq", "en"): backend})))
    assert result.exit_code == 0
    records = [json.loads(line) for line in (tmp_path / "out" / night / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return {r["outlet"]: r for r in records}


def _sources(tmp_path: Path, night: str) -> str:
    brief = (tmp_path / "out" / night / "brief.md").read_text(encoding="utf-8")
    return brief.split("Sources:")[1].split("## Problems")[0]


@pytest.mark.parametrize("old_store", [False, True], ids=["remembered", "store-before-origins"])
def test_copies_keep_their_ids_and_outlets_across_nights(tmp_path: Path, old_store: bool) -> None:
    backend = RecordingBackend()
    first = _night(tmp_path, "2024-03-13", [_record(*WIRE_A), _record(*WIRE_B)], backend)
    assert first["Gazeta A"]["id"] == content_id(ALBANIAN_NO_MEMORY)
    if old_store:  # the run state as the version before record_origins left it
        with sqlite3.connect(tmp_path / "out" / "state.sqlite") as conn:
            conn.execute("DROP TABLE record_origins")
            conn.execute("DELETE FROM schema_migrations WHERE namespace = 'run_state' AND version = 5")
    other = {"url": "https://gazeta-a.example/zjarri", "outlet": "Gazeta A", "title": "Zjarri në Dajti",
             "text": OTHER_TEXT, "lang": "sq", "published": "2024-03-13"}
    # night 2: B and C carry the wire text, A is absent (it publishes another article)
    second = _night(tmp_path, "2024-03-14", [_record(*WIRE_B), _record(*WIRE_C), other], backend)
    assert second["Gazeta B"]["id"] == first["Gazeta B"]["id"]
    assert second["Gazeta B"]["url"] == WIRE_B[0]  # its own record, not A's from the cache
    assert second["Gazeta C"]["id"] not in {first["Gazeta A"]["id"], first["Gazeta B"]["id"]}
    assert second["Gazeta A"]["id"] == content_id(OTHER_TEXT) and second["Gazeta A"]["url"] == other["url"]
    assert second["Gazeta B"]["story_id"] == second["Gazeta C"]["story_id"] == first["Gazeta A"]["story_id"]
    assert second["Gazeta A"]["story_id"] != first["Gazeta A"]["story_id"]
    topics = [json.loads(line) for line in (tmp_path / "out" / "2024-03-14" / "topics.jsonl").read_text(encoding="utf-8").splitlines()]
    wire = sorted((second["Gazeta B"], second["Gazeta C"]), key=lambda r: r["id"])
    assert [t["copies"] for t in topics if t["copies"]] == [[[wire[0]["id"], wire[1]["id"]]]]
    assert f"articles/{wire[0]['id']}.md) · {wire[0]['outlet']} · 2024-03-12 · sq · also in: {wire[1]['outlet']}" in _sources(tmp_path, "2024-03-14")
    # night 3: C alone keeps its id; then all three: each its own, A's text id back with A
    third = _night(tmp_path, "2024-03-15", [_record(*WIRE_C)], backend)
    assert third["Gazeta C"]["id"] == second["Gazeta C"]["id"] and third["Gazeta C"]["url"] == WIRE_C[0]
    fourth = _night(tmp_path, "2024-03-16", [_record(*w) for w in (WIRE_C, WIRE_B, WIRE_A)], backend)
    assert {k: r["id"] for k, r in fourth.items()} == {
        "Gazeta A": first["Gazeta A"]["id"], "Gazeta B": first["Gazeta B"]["id"], "Gazeta C": second["Gazeta C"]["id"]}
    rep, *others = sorted(fourth.values(), key=lambda r: r["id"])  # one date, one length: the smaller id
    assert f"{rep['outlet']} · 2024-03-12 · sq · also in: {', '.join(r['outlet'] for r in others)}\n" in _sources(tmp_path, "2024-03-16")
    assert len({r["story_id"] for n in (first, third, fourth) for r in n.values()}) == 1
    assert max(Counter(backend.texts).values()) == 1  # four nights, every text translated once
