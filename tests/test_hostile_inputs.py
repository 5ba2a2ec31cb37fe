"""Hostile and careless inputs (issue 12 items 8-10): each bad record, line or file fails alone with
its own reason, and the rest of the night is published."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from translate_summarize.article import Article
from translate_summarize.decode import BinaryInput, decode
from translate_summarize.ingest import content_id, iter_articles, resolve_inputs
from translate_summarize.settings import Settings

from runhelpers import invoke, read_jsonl, schema_errors

RUN_DATE = "2026-01-04"
SEED_SQ = "000_24618d5ee539ec34.txt"
SEED_AR = "001_89d7c6d670ac9db8.txt"
DEEP_LIST = "[" * 100_000 + "]" * 100_000


def _articles(path: Path, settings: Settings | None = None) -> dict[str, Article]:
    return {a.source_file: a for a in iter_articles([path], settings or Settings())}


# --- item 8: one bad record -------------------------------------------------------------------------

def _bad_record_lines(seeds_dir: Path) -> list[str]:
    sq = (seeds_dir / SEED_SQ).read_text(encoding="utf-8")
    ar = (seeds_dir / SEED_AR).read_text(encoding="utf-8")
    return [
        json.dumps({"text": sq}, ensure_ascii=False),
        '{"text": "Lajm i ri sot.", "title": "Titull \\ud83d i prere"}',
        '{"text": "Lajm \\ud83d tjeter."}',
        '{"text": "Lajm.", "views": ' + "9" * 5000 + "}",
        '{"text": "Lajm.", "x": ' + DEEP_LIST + "}",
        json.dumps({"text": ar}, ensure_ascii=False),
    ]


def test_bad_records_fail_alone_with_their_reasons(tmp_path: Path, seeds_dir: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(_bad_record_lines(seeds_dir)) + "\n", encoding="utf-8")
    got = _articles(path)
    assert [a.status for a in got.values()] == ["ok", "failed", "failed", "failed", "failed", "ok"]
    assert got[f"{path}:2"].reason == (
        f"{path} line 2: field 'title' holds a lone surrogate escape (\\ud83d at character 8), which is not text; "
        "fix the program that wrote the record or remove that line"
    )
    assert got[f"{path}:3"].reason is not None and got[f"{path}:3"].reason.startswith(f"{path} line 3: field 'text' holds a lone surrogate")
    assert got[f"{path}:4"].reason == f"{path} line 4: a number with more digits than Python reads (4,300); fix or remove that line"
    assert got[f"{path}:5"].reason == (
        f"{path} line 5: JSON nested too deeply (arrays or objects inside each other by the thousand); fix or remove that line"
    )


def test_one_bad_record_never_stops_the_night(tmp_path: Path, seeds_dir: Path, seed_memory_file: Path) -> None:
    path = tmp_path / "in" / "feed.jsonl"
    path.parent.mkdir()
    path.write_text("\n".join(_bad_record_lines(seeds_dir)) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke(["run", str(path), "--memory", str(seed_memory_file), "--out", str(out),
                     "--models-dir", str(tmp_path / "models"), "--run-date", RUN_DATE, "-q"])
    assert result.exit_code == 1, result.stderr
    day = out / RUN_DATE
    records = read_jsonl(day / "articles.jsonl")
    assert schema_errors("articles", records) == []
    assert {r["source_file"].rsplit(":", 1)[1]: r["status"] for r in records} == {
        "1": "ok", "2": "failed", "3": "failed", "4": "failed", "5": "failed", "6": "ok",
    }
    assert sorted(r["source_file"] for r in read_jsonl(day / "errors.jsonl")) == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert (day / "brief.md").is_file()


def test_memory_import_bad_lines_fail_alone(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    good = {"source_lang": "sq", "target_lang": "en", "source": "Mirëdita", "target": "Good day"}
    pairs.write_text("\n".join([
        json.dumps(good, ensure_ascii=False),
        '{"source_lang": "sq", "target_lang": "en", "source": "Lajm \\ud83d", "target": "News"}',
        '{"source_lang": "sq", "target_lang": "en", "source": "Një", "target": "One", "n": ' + "9" * 5000 + "}",
        '{"source_lang": "sq", "target_lang": "en", "source": "Dy", "target": "Two", "x": ' + DEEP_LIST + "}",
        '{"source_lang": "sq", "target_lang": "en", "source": "Tre", "target": "Three", "origin": "model", "model": "m@1", "score": ' + "9" * 400 + "}",
        json.dumps({"source_lang": "sq", "target_lang": "en", "source": "Katër", "target": "Four"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "memory.sqlite"
    result = invoke(["memory", "import", str(pairs), "--db", str(db)])
    assert result.exit_code == 1, result.stderr
    assert f"{pairs}: 2 added, 0 updated, 0 unchanged, 4 skipped" in result.stdout
    lines = [line.strip() for line in result.stderr.splitlines()]
    assert lines == [
        f"{pairs}: line 2: source holds a lone surrogate escape (\\ud83d at character 6), which is not text",
        f"{pairs}: line 3: a number with more digits than Python reads (4,300)",
        f"{pairs}: line 4: JSON nested too deeply",
        f"{pairs}: line 5: score must be a finite number, got a number too large",
    ]


# --- item 9: per-line decoding -------------------------------------------------------------------------

ALBANIAN_UTF8 = [
    "Përqafime dhe lot në aeroportin e Tiranës",
    "Qindra familje pritën sot të afërmit e tyre që u kthyen nga Gjermania pas shumë vitesh.",
    "Ministri i Brendshëm tha se procedurat u përshpejtuan për të gjithë të kthyerit.",
    "Të afërmit u përqafuan gjatë në sallën e mbërritjeve, ku kishte edhe gazetarë.",
    "Kthimi i tyre u prit me gëzim në shumë qytete të vendit, nga Shkodra në Vlorë.",
]


def test_a_latin1_line_in_a_utf8_page_is_repaired_alone_and_reported(tmp_path: Path) -> None:
    latin1 = "Çështja u diskutua në Tiranë, tha zëdhënësi."
    data = "\n".join(ALBANIAN_UTF8[:3]).encode("utf-8") + b"\n" + latin1.encode("latin-1") + b"\n" + "\n".join(ALBANIAN_UTF8[3:]).encode("utf-8") + b"\n"
    decoded = decode(data)
    assert decoded.text == "\n".join([*ALBANIAN_UTF8[:3], latin1, *ALBANIAN_UTF8[3:]]) + "\n"
    assert decoded.repaired == ((4, "cp1250"),)
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    (article,) = _articles(path).values()
    assert article.status == "ok" and article.raw is not None and "Përqafime" in article.raw and "PĂ«rqafime" not in article.raw
    assert article.warnings == (
        f"{path}: mostly UTF-8, but line 4 (cp1250) was not valid UTF-8 and was decoded as shown; "
        "check them, and re-save the file as UTF-8",
    )


ARABIC_UTF8 = [
    "بوتين يلتقي علييف في دوشنبه",
    "التقى الرئيس الروسي فلاديمير بوتين بالرئيس الأذربيجاني إلهام علييف في العاصمة الطاجيكية.",
    "وقدم بوتين تعازيه الحارة لأسر ضحايا حادث الطائرة، مؤكدا أن التحقيق سيكشف كل الملابسات.",
    "وأكد الرئيسان رغبتهما في تطوير العلاقات الثنائية في مختلف المجالات.",
]


def test_a_few_bad_bytes_in_an_arabic_page_become_replacement_characters(tmp_path: Path) -> None:
    lines = [line.encode("utf-8") for line in ARABIC_UTF8]
    lines[2] = lines[2][:20] + b"\xff\xfe" + lines[2][20:]
    lines[3] = lines[3][:-2] + b"."  # the last letter's second byte lost
    path = tmp_path / "ar.txt"
    path.write_bytes(b"\n".join(lines) + b"\n")
    (article,) = _articles(path).values()
    assert article.status == "ok"
    assert article.raw is not None and article.raw.splitlines()[:2] == ARABIC_UTF8[:2]
    assert article.raw.splitlines()[2] == ARABIC_UTF8[2].encode("utf-8")[:20].decode("utf-8") + "\ufffd\ufffd" + ARABIC_UTF8[2].encode("utf-8")[20:].decode("utf-8")
    assert article.raw.splitlines()[3] == ARABIC_UTF8[3][:-2] + "\ufffd."
    assert "lines 3 (replacement characters), 4 (replacement characters) were not valid UTF-8" in article.warnings[0]


def test_a_legacy_page_still_decodes_whole(tmp_path: Path) -> None:
    text = "\n".join(ALBANIAN_UTF8) + "\n"
    path = tmp_path / "cp1250.txt"
    path.write_bytes(text.encode("cp1250"))
    (article,) = _articles(path).values()
    assert (article.raw, article.warnings) == (text, ())


def test_repair_warning_reaches_articles_jsonl(tmp_path: Path, seeds_dir: Path, seed_memory_file: Path) -> None:
    seed = (seeds_dir / SEED_SQ).read_bytes()
    lines = seed.split(b"\n")
    index = next(i for i, line in enumerate(lines) if not line.isascii())
    lines[index] = lines[index].decode("utf-8").encode("cp1250")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "sq.txt").write_bytes(b"\n".join(lines))
    out = tmp_path / "out"
    result = invoke(["run", str(tmp_path / "in"), "--memory", str(seed_memory_file), "--out", str(out),
                     "--models-dir", str(tmp_path / "models"), "--run-date", RUN_DATE, "-q"])
    assert result.exit_code == 0, result.stderr
    (record,) = read_jsonl(out / RUN_DATE / "articles.jsonl")
    assert record["status"] == "ok" and len(record["warnings"]) == 1
    assert f"line {index + 1} (cp1250)" in record["warnings"][0]
    page = (out / RUN_DATE / "articles" / f"{record['id']}.md").read_text(encoding="utf-8")
    assert "not valid UTF-8" in page


# --- item 10: deep trees, deep HTML, UTF-16 JSONL, binary as UTF-16 ------------------------------------

def _chain(root: Path, depth: int) -> list[Path]:
    chain = [root]
    for _ in range(depth):
        chain.append(chain[-1] / "d")
    return chain


def test_a_folder_tree_1100_levels_deep_is_walked(tmp_path: Path) -> None:
    chain = _chain(tmp_path / "deep", 1100)
    for d in chain:  # os.makedirs recurses once per level
        d.mkdir()
    (chain[-1] / "bottom.txt").write_text("Lajmi nga fundi i pemës.\n", encoding="utf-8")
    (chain[550] / "middle.txt").write_text("Lajmi nga mesi i pemës.\n", encoding="utf-8")
    try:
        found = resolve_inputs([tmp_path / "deep"])
        assert [p.name for p in found] == ["bottom.txt", "middle.txt"]
        assert [a.status for a in iter_articles([tmp_path / "deep"], Settings())] == ["ok", "ok"]
    finally:
        for f in (chain[-1] / "bottom.txt", chain[550] / "middle.txt"):
            f.unlink()
        for d in reversed(chain):
            d.rmdir()


def _nested_html(depth: int) -> str:
    body = "".join(
        f"<p>Qeveria shqiptare njoftoi sot planin e ri numër {n} për ekonominë dhe punësimin e të rinjve në vend.</p>"
        for n in range(4)
    )
    return ("<html><head><title>Lajm</title></head><body>" + "<div>" * depth + "<article><h1>Plani i ri</h1>"
            + body + "</article>" + "</div>" * depth + "</body></html>")


def test_an_article_nested_in_300_divs_is_extracted(tmp_path: Path) -> None:
    from translate_summarize.html import clean_html

    article = Article(id="x", source_file="deep.html", kind="html", raw=_nested_html(300))
    cleaned = clean_html(article, Settings())
    assert cleaned.status == "ok"
    assert [p.text for p in cleaned.paragraphs][-1] == (
        "Qeveria shqiptare njoftoi sot planin e ri numër 3 për ekonominë dhe punësimin e të rinjve në vend."
    )


def test_html_deeper_than_the_parser_reads_gets_that_reason() -> None:
    from translate_summarize.html import clean_html

    article = Article(id="x", source_file="deeper.html", kind="html", raw=_nested_html(3000))
    cleaned = clean_html(article, Settings())
    assert (cleaned.status, cleaned.stage) == ("failed", "clean")
    assert cleaned.reason == (
        "deeper.html: HTML nested more than 2,048 elements deep; the parser cannot reach the text "
        "(save the article's text as a .txt page instead)"
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_jsonl_without_bom_is_read_line_by_line(tmp_path: Path, encoding: str) -> None:
    lines = [json.dumps({"text": "Lajm i parë sot."}, ensure_ascii=False), json.dumps({"text": "خبر ثان اليوم."}, ensure_ascii=False)]
    path = tmp_path / "feed.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    got = _articles(path)
    assert [(k, a.status, a.raw) for k, a in got.items()] == [
        (f"{path}:1", "ok", "Lajm i parë sot."), (f"{path}:2", "ok", "خبر ثان اليوم."),
    ]


def test_binary_with_nul_bytes_at_one_parity_is_not_taken_for_utf16(tmp_path: Path) -> None:
    rng = random.Random(12)
    data = b"".join(bytes([rng.randrange(0xA1, 0x100), 0]) for _ in range(4000))  # a 16-bit table, high bytes 0
    with pytest.raises(BinaryInput, match=r"read as utf-16-le it would be \d+% letters and 0% spaces, not prose"):
        decode(data)
    path = tmp_path / "table.txt"
    path.write_bytes(data)
    (article,) = _articles(path).values()
    assert (article.status, article.stage) == ("skipped", "ingest")
    assert article.reason is not None and article.reason.startswith(f"{path}: binary file (contains NUL bytes; read as utf-16-le")


def test_utf16_seed_without_bom_still_reads(seeds_dir: Path) -> None:
    text = (seeds_dir / SEED_AR).read_text(encoding="utf-8")
    decoded = decode(text.encode("utf-16-le"))
    assert (decoded.text, decoded.encoding) == (text, "utf-16-le")
    assert content_id(decoded.text) == content_id(text)


def test_a_jsonl_file_of_blank_lines_is_reported_not_silently_dropped(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\n \n\t\n")
    (article,) = _articles(path).values()
    assert (article.status, article.reason) == ("skipped", f"{path}: contains only blank lines; no records to extract")
