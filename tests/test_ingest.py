"""Ingest: files, folders and globs → articles; robust decoding; every bad input gets its reason.

The bad-input corpus is built here, in ``tmp_path``; one batch mixes it with the five seeds.
"""

from __future__ import annotations

import json
import os
import pathlib
from pathlib import Path

import pytest

from translate_summarize.article import Article
from translate_summarize.decode import decode_bytes
from translate_summarize.ingest import InputNotFound, content_id, is_html, iter_articles, resolve_inputs
from translate_summarize.settings import Settings

SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 = (
    "000_24618d5ee539ec34.txt",
    "001_89d7c6d670ac9db8.txt",
    "002_6d2f08d76ddc822d.txt",
    "003_26b40dc472a4c13d.txt",
    "004_761cb0edd2caddef.txt",
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa" + bytes(range(256))

FRENCH_HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Poutine et Aliev à Douchanbé | Le Quotidien</title>
<meta property="og:site_name" content="Le Quotidien"></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Poutine et Aliev se retrouvent à Douchanbé</h1>
<p>Le président russe Vladimir Poutine a rencontré jeudi son homologue azerbaïdjanais Ilham Aliev à Douchanbé, en marge d'un sommet régional, pour la première fois depuis des mois.</p>
<p>Les deux dirigeants ont longuement évoqué la catastrophe aérienne de décembre, qui avait provoqué une grave crise diplomatique entre Moscou et Bakou.</p>
<p>Selon le Kremlin, la rencontre s'est déroulée dans une atmosphère constructive et les deux pays veulent relancer leur coopération économique.</p>
</article><footer>© Le Quotidien</footer></body></html>
"""

MIXED_HTML = """<!DOCTYPE html>
<html lang="ar"><head><meta charset="utf-8"><title>بوتين يلتقي علييف في دوشنبه</title>
<meta property="og:site_name" content="الأخبار"><meta property="article:published_time" content="2025-10-09T10:00:00Z"></head>
<body>
<article>
<h1>بوتين يلتقي علييف في دوشنبه</h1>
<p>التقى الرئيس الروسي فلاديمير بوتين بالرئيس الأذربيجاني إلهام علييف، في العاصمة الطاجيكية دوشنبه، على هامش قمة رابطة الدول المستقلة.</p>
<p>وقدم بوتين تعازيه الحارة لأسر ضحايا حادث طائرة الخطوط الجوية الأذربيجانية، مؤكدا أن التحقيق سيكشف كل الملابسات.</p>
<p>"We have agreed to continue the investigation together and to pay compensation to the families," the Kremlin said in English.</p>
<p>وأكد الرئيسان رغبتهما في تطوير العلاقات الثنائية في مختلف المجالات، بما في ذلك التجارة والطاقة والنقل.</p>
</article>
</body></html>
"""

BOILERPLATE_HTML = """<html><head><title>Kosova Times</title></head><body>
<nav><ul><li><a href="/">Ballina</a></li><li><a href="/lajme">Lajme</a></li></ul></nav>
<div class="share">Share Facebook Twitter</div>
<footer><p>© 2025 Kosova Times. All rights reserved.</p></footer>
</body></html>
"""

BOILERPLATE_TXT = """Skip to content
  • Ballina
  • Lajme
  • Sport
  • Kontakt
Share
SHARE
Facebook Twitter Email Print
Weekly Newsletter
Subscribe
© Kosova Times. All Rights Reserved.
"""

ALBANIAN_LATIN1 = "Çështja u diskutua në Tiranë. Kryeministri tha se zgjidhja është e qartë për të gjithë.\n"


def seed_text(seeds_dir: Path, name: str) -> str:
    return (seeds_dir / name).read_text(encoding="utf-8")


def one(path: Path | str, settings: Settings | None = None) -> Article:
    articles = list(iter_articles([path], settings or Settings()))
    assert len(articles) == 1
    return articles[0]


# --- decoding --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        (SEED_003, lambda t: t.encode("cp1256")),
        (SEED_000, lambda t: t.encode("cp1250")),
        (SEED_001, lambda t: t.encode("utf-16")),
        (SEED_002, lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
        (SEED_004, lambda t: t.encode("utf-16-le")),
    ],
    ids=["cp1256", "cp1250", "utf-16-bom", "utf-8-bom", "utf-16-le-no-bom"],
)
def test_encodings_decode_to_the_seed_text_and_keep_its_id(tmp_path: Path, seeds_dir: Path, name: str, encode) -> None:
    text = seed_text(seeds_dir, name)
    path = tmp_path / f"re-encoded-{name}"
    path.write_bytes(encode(text))
    article = one(path)
    assert (article.status, article.kind, article.raw) == ("ok", "text", text)
    assert article.id == one(seeds_dir / name).id == content_id(text)


def test_latin1_albanian(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(ALBANIAN_LATIN1.encode("latin-1"))
    assert one(path).raw == ALBANIAN_LATIN1


def test_utf8_preferred_when_valid() -> None:
    assert decode_bytes("Çështja".encode("utf-8")) == ("Çështja", "utf-8")


def test_crlf_and_nfd_are_normalised_without_changing_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("Titulli\r\nRreshti i dyte me e\u0308\r\n".encode("utf-8"))
    article = one(path)
    assert article.raw == "Titulli\nRreshti i dyte me ë\n"
    assert article.id == content_id("Titulli\nRreshti i dyte me ë\n")


# --- bad single files ----------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    a = one(tmp_path / "empty.txt")
    assert (a.status, a.stage, a.raw) == ("skipped", "ingest", None)
    assert a.reason == f"{tmp_path / 'empty.txt'}: empty file (0 bytes); nothing to extract"


def test_whitespace_only_file(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text(" \n\u00a0\n\t\n", encoding="utf-8")
    a = one(tmp_path / "blank.txt")
    assert (a.status, a.stage) == ("skipped", "ingest")
    assert a.reason == f"{tmp_path / 'blank.txt'}: contains only whitespace; nothing to extract"


def test_png_bytes_are_binary(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(PNG)
    a = one(tmp_path / "photo.txt")
    assert (a.status, a.stage) == ("skipped", "ingest")
    assert a.reason == f"{tmp_path / 'photo.txt'}: binary file (PNG image), not a text page"


def test_unknown_binary_with_nul_bytes(tmp_path: Path) -> None:
    (tmp_path / "blob.html").write_bytes(bytes([7, 0, 0, 0, 200, 13, 0, 1, 0, 0, 0, 0]) * 100)
    a = one(tmp_path / "blob.html")
    assert (a.status, a.kind) == ("skipped", "html")
    assert a.reason == f"{tmp_path / 'blob.html'}: binary file (contains NUL bytes), not a text page"


def test_undecodable_bytes_fail_with_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "garbled.txt").write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 200)
    a = one(tmp_path / "garbled.txt")
    assert (a.status, a.stage) == ("failed", "ingest")
    assert a.reason == (
        f"{tmp_path / 'garbled.txt'}: not UTF-8 and not readable in any of cp1256, iso8859_6, cp1250, "
        "cp1252, iso8859_2, latin_1, iso8859_16; re-save it as UTF-8"
    )
    (tmp_path / "controls.txt").write_bytes(bytes(range(1, 32)) * 10)
    b = one(tmp_path / "controls.txt")
    assert (b.status, b.reason) == ("failed", f"{tmp_path / 'controls.txt'}: decoded as utf-8 but does not look like text (260 of 310 characters are control, private-use or replacement characters)")


def test_oversized_file_is_skipped_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50_000_000)  # sparse: instant, no disk used
    real_read = pathlib.Path.read_bytes

    def guarded(self: Path) -> bytes:
        assert self != huge, "an oversized file must be rejected from its size, not read"
        return real_read(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", guarded)
    a = one(huge)
    assert (a.status, a.stage) == ("skipped", "ingest")
    assert a.reason == (
        f"{huge}: 50,000,000 bytes exceeds the input size limit of 20,000,000 bytes; "
        "raise input.max_bytes in the config (or --max-bytes) to process it"
    )
    monkeypatch.undo()
    assert one(huge, Settings(max_input_bytes=60_000_000)).reason == f"{huge}: binary file (contains NUL bytes), not a text page"


def test_unknown_extension_named_explicitly(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    a = one(tmp_path / "report.pdf")
    assert (a.status, a.stage) == ("skipped", "ingest")
    assert a.reason == f"{tmp_path / 'report.pdf'}: unsupported file type '.pdf'; expected one of .htm, .html, .jsonl, .txt (rename it or convert it)"


def test_dangling_symlink_named_explicitly_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    a = one(tmp_path / "gone.txt")
    assert (a.status, a.stage) == ("failed", "ingest")
    assert a.reason == f"{tmp_path / 'gone.txt'}: cannot read file (No such file or directory); check that it exists and is readable"


def test_ids_of_unreadable_inputs_are_stable_and_distinct(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"")
    first = [a.id for a in iter_articles([tmp_path], Settings())]
    again = [a.id for a in iter_articles([tmp_path], Settings())]
    assert first == again and len(set(first)) == 2


# --- JSONL records -------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "what"), [
    ('{"text": "Lajmi i pa', "Unterminated string starting at column 10"),  # a line cut short by a crawler
    ('{"text": "a\tb"}', "Invalid control character at column 12"),
    ('{"text": "x"} {"text": "y"}', "Extra data at column 15"),
])
def test_json_error_reasons_read_as_one_phrase(tmp_path: Path, line: str, what: str) -> None:
    """json's own messages end in "at" for some errors: the reason said "starting at at column 10"."""
    path = tmp_path / "feed.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    (article,) = iter_articles([path], Settings())
    assert article.reason == f"{path} line 1: not valid JSON ({what}); fix or remove that line"



def test_jsonl_records_one_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "Lajmi i parë.\nParagrafi i dytë.", "title": "Titulli", "url": "https://x.al/1",
                    "published": "2025-10-12", "outlet": "Kosova Times", "lang": "sq", "extra": 1}, ensure_ascii=False),
        '{"text": "broken", ',
        json.dumps({"html": "<html><body><p>Tekst</p></body></html>", "text": "ignored"}),
        json.dumps({"title": "no body"}),
        "",
        "[1, 2]",
        json.dumps({"text": 42}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = {a.source_file: a for a in iter_articles([path], Settings())}
    assert list(got) == [f"{path}:{n}" for n in (1, 2, 3, 4, 6, 7)]
    first = got[f"{path}:1"]
    assert (first.status, first.kind, first.raw, first.url) == ("ok", "record", "Lajmi i parë.\nParagrafi i dytë.", "https://x.al/1")
    assert dict(first.hints) == {"format": "text", "title": "Titulli", "url": "https://x.al/1",
                                 "published": "2025-10-12", "outlet": "Kosova Times", "lang": "sq"}
    assert first.id == content_id("Lajmi i parë.\nParagrafi i dytë.")
    broken = got[f"{path}:2"]
    assert (broken.status, broken.stage) == ("failed", "ingest")
    assert broken.reason == f"{path} line 2: not valid JSON (Expecting property name enclosed in double quotes at column 19); fix or remove that line"
    html = got[f"{path}:3"]
    assert (html.status, html.hints["format"], is_html(html)) == ("ok", "html", True)
    assert got[f"{path}:4"].status == "skipped"
    assert got[f"{path}:4"].reason == f"{path} line 4: record has no non-empty 'text' or 'html' field (keys: title); add the page text or HTML"
    assert got[f"{path}:6"].reason == f"{path} line 6: a record must be a JSON object, got list"
    assert (got[f"{path}:7"].status, got[f"{path}:7"].reason) == ("failed", f"{path} line 7: field 'text' must be a string, got int")


def test_jsonl_oversized_line_is_skipped_and_the_next_line_still_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "short"}) + "\n", encoding="utf-8")
    got = list(iter_articles([path], Settings(max_input_bytes=100)))
    assert [(a.source_file, a.status) for a in got] == [(f"{path}:1", "skipped"), (f"{path}:2", "ok")]
    assert got[0].reason == f"{path} line 1: longer than the input size limit of 100 bytes; raise input.max_bytes in the config (or --max-bytes) to process it"


# --- folders and globs ---------------------------------------------------------------------


def test_folder_walk_sorted_recursive_skips_hidden_and_other_types_and_symlink_loops(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".cache").mkdir()
    for rel in ("z.txt", "a/2.html", "a/1.txt", "b/x.jsonl", ".cache/hidden.txt", ".hidden.txt", "notes.md", "a/img.png"):
        (root / rel).write_text("x\n" if not rel.endswith("jsonl") else '{"text": "x"}\n', encoding="utf-8")
    (root / "b" / "loop").symlink_to(root)  # a loop back to the top
    found = [str(p.relative_to(root)) for p in resolve_inputs([root])]
    assert found == ["a/1.txt", "a/2.html", "b/x.jsonl", "z.txt"]
    again = [root / "z.txt", f"{root}/a/*.txt", root]
    assert [str(p.relative_to(root)) for p in resolve_inputs(again)] == ["z.txt", "a/1.txt", "a/2.html", "b/x.jsonl"]
    assert [str(p.relative_to(root)) for p in resolve_inputs([f"{root}/*", f"{root}/.*"])] == ["a/1.txt", "a/2.html", "b/x.jsonl", "z.txt"]


def test_glob_in_sorted_order(seeds_dir: Path) -> None:
    arts = list(iter_articles([f"{seeds_dir}/*.txt"], Settings()))
    assert [Path(a.source_file).name for a in arts] == [SEED_000, SEED_001, SEED_002, SEED_003, SEED_004]
    assert all(a.ok and a.kind == "text" for a in arts)
    assert len({a.id for a in arts}) == 5


def test_missing_path_and_empty_glob_are_usage_errors_before_any_article(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputNotFound) as missing:
        list(iter_articles([tmp_path / "ok.txt", tmp_path / "nope.txt"], Settings()))
    assert str(missing.value) == f"input {str(tmp_path / 'nope.txt')!r} does not exist"
    assert missing.value.exit_code == 2
    with pytest.raises(InputNotFound) as empty:
        next(iter_articles([tmp_path / "*.html"], Settings()))
    assert str(empty.value) == f"input {str(tmp_path / '*.html')!r}: the pattern matches no file"


# --- the whole batch: bad inputs next to good ones, through extraction ----------------------


def build_corpus(folder: Path, seeds_dir: Path) -> None:
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(PNG)
    (folder / "arabic-cp1256.txt").write_bytes(seed_text(seeds_dir, SEED_003).encode("cp1256"))
    (folder / "albanian-cp1250.txt").write_bytes(seed_text(seeds_dir, SEED_000).encode("cp1250"))
    (folder / "utf16.txt").write_bytes(seed_text(seeds_dir, SEED_001).encode("utf-16"))
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + seed_text(seeds_dir, SEED_002).encode("utf-8"))
    with (folder / "huge.txt").open("wb") as fh:
        fh.truncate(50_000_000)
    (folder / "mixed.html").write_text(MIXED_HTML, encoding="utf-8")
    (folder / "french.html").write_text(FRENCH_HTML, encoding="utf-8")
    (folder / "boilerplate.html").write_text(BOILERPLATE_HTML, encoding="utf-8")
    (folder / "boilerplate.txt").write_text(BOILERPLATE_TXT, encoding="utf-8")
    records = [
        json.dumps({"text": seed_text(seeds_dir, SEED_004), "title": "Titull nga regjistri", "outlet": "TASS",
                    "published": "2024-04-22", "url": "https://example.com/a", "raw": True}, ensure_ascii=False),
        '{"text": "half a record',
        json.dumps({"html": MIXED_HTML}, ensure_ascii=False),
    ]
    (folder / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (folder / "readme.md").write_text("not an article", encoding="utf-8")


def test_bad_input_batch_every_file_gets_its_reason_good_files_extracted(tmp_path: Path, seeds_dir: Path) -> None:
    from translate_summarize.extract import extract_all

    corpus = tmp_path / "corpus"
    build_corpus(corpus, seeds_dir)
    seeds = [seeds_dir / n for n in (SEED_000, SEED_001, SEED_002, SEED_003, SEED_004)]
    done = {a.source_file: a for a in extract_all([corpus, *seeds], Settings())}
    c = str(corpus)
    expected_status = {
        f"{c}/albanian-cp1250.txt": ("ok", None, "sq"),
        f"{c}/arabic-cp1256.txt": ("ok", None, "ar"),
        f"{c}/binary.txt": ("skipped", "ingest", None),
        f"{c}/boilerplate.html": ("skipped", "clean", None),
        f"{c}/boilerplate.txt": ("skipped", "clean", None),
        f"{c}/bom.txt": ("ok", None, "ar"),
        f"{c}/empty.txt": ("skipped", "ingest", None),
        f"{c}/french.html": ("skipped", "langid", "fr"),
        f"{c}/huge.txt": ("skipped", "ingest", None),
        f"{c}/mixed.html": ("ok", None, "ar"),
        f"{c}/records.jsonl:1": ("ok", None, "ar"),
        f"{c}/records.jsonl:2": ("failed", "ingest", None),
        f"{c}/records.jsonl:3": ("ok", None, "ar"),
        f"{c}/utf16.txt": ("ok", None, "ar"),
        **{str(p): ("ok", None, "sq" if p.name == SEED_000 else "ar") for p in seeds},
    }
    assert {k: (a.status, a.stage, a.lang) for k, a in done.items()} == expected_status
    reasons = {k: a.reason for k, a in done.items() if not a.ok}
    assert reasons[f"{c}/empty.txt"] == f"{c}/empty.txt: empty file (0 bytes); nothing to extract"
    assert reasons[f"{c}/binary.txt"] == f"{c}/binary.txt: binary file (PNG image), not a text page"
    assert reasons[f"{c}/huge.txt"] == (
        f"{c}/huge.txt: 50,000,000 bytes exceeds the input size limit of 20,000,000 bytes; "
        "raise input.max_bytes in the config (or --max-bytes) to process it"
    )
    assert reasons[f"{c}/records.jsonl:2"].startswith(f"{c}/records.jsonl line 2: not valid JSON (")
    assert reasons[f"{c}/french.html"] == "unsupported language 'fr' (confidence 1.00); supported: ar, sq, en"
    assert reasons[f"{c}/boilerplate.html"] == (
        f"{c}/boilerplate.html: no article body found in the HTML (only navigation or boilerplate); nothing to translate"
    )
    assert reasons[f"{c}/boilerplate.txt"].startswith(f"{c}/boilerplate.txt: no article body found")

    # Re-encoded seeds extract exactly like the seeds themselves (same id, same paragraphs).
    for copy, seed in (("arabic-cp1256.txt", SEED_003), ("albanian-cp1250.txt", SEED_000), ("utf16.txt", SEED_001), ("bom.txt", SEED_002)):
        a, b = done[f"{c}/{copy}"], done[str(seeds_dir / seed)]
        assert a.id == b.id
        assert [p.to_record() for p in a.paragraphs] == [p.to_record() for p in b.paragraphs]
        assert (a.title, a.published, a.outlet, a.credited_source) == (b.title, b.published, b.outlet, b.credited_source)

    # The record's hints override what the page says; its body is the seed's body (a page saved
    # into a record with "raw": true is cleaned like the page).
    record, seed4 = done[f"{c}/records.jsonl:1"], done[str(seeds_dir / SEED_004)]
    assert (record.title, record.outlet, record.published, record.url) == ("Titull nga regjistri", "TASS", "2024-04-22", "https://example.com/a")
    assert [p.text for p in record.paragraphs] == [p.text for p in seed4.paragraphs]

    # The mixed page: Arabic article, the English quotation keeps its own language.
    mixed = done[f"{c}/mixed.html"]
    assert [p.lang for p in mixed.paragraphs] == ["ar", "ar", "en", "ar"]
    assert (mixed.title, mixed.published, mixed.outlet) == ("بوتين يلتقي علييف في دوشنبه", "2025-10-09", "الأخبار")
    assert [p.source_lines for p in mixed.paragraphs] == [(7, 7), (8, 8), (9, 9), (10, 10)]
    assert all(p.sentences for p in mixed.paragraphs)
    assert done[f"{c}/records.jsonl:3"].id == content_id(MIXED_HTML)
    assert f"{c}/readme.md" not in done  # other file types in a folder walk are ignored


def test_extraction_is_deterministic(tmp_path: Path, seeds_dir: Path) -> None:
    from translate_summarize.extract import extract_all

    runs = [[a.to_record() for a in extract_all([seeds_dir / SEED_002, seeds_dir / SEED_000], Settings())] for _ in range(2)]
    assert runs[0] == runs[1]
    assert os.path.basename(runs[0][0]["source_file"]) == SEED_002


def test_translation_memory_file_in_a_folder_is_one_skip_not_one_per_pair(seeds_dir: Path) -> None:
    articles = list(iter_articles([seeds_dir], Settings()))
    memory = [a for a in articles if a.source_file.endswith("translation_memory.jsonl")]
    assert [(a.status, a.stage) for a in memory] == [("skipped", "ingest")]
    assert "translation-memory file" in (memory[0].reason or "") and "--memory" in (memory[0].reason or "")
    assert sorted(a.status for a in articles if a.source_file.endswith(".txt")) == ["ok"] * 5
