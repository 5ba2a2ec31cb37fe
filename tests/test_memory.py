"""Translation memory and cache: normalisation, imports (JSONL/TMX), precedence, invalidation, safety."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from translate_summarize.errors import InputError, StateError
from translate_summarize.translate import memory_formats
from translate_summarize.translate.memory import (
    ImportStats,
    MemoryHit,
    MemoryPair,
    TranslationMemory,
    normalize,
)


@pytest.fixture
def tm(tmp_path: Path):
    with TranslationMemory(tmp_path / "db" / "memory.sqlite") as memory:
        yield memory


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records), encoding="utf-8")
    return path


def pair(src: str, tgt: str, sl: str = "ar", tl: str = "en") -> dict[str, str]:
    return {"source_lang": sl, "target_lang": tl, "source": src, "target": tgt}


# --------------------------------------------------------------------------- normalisation


def test_normalize_collapses_unicode_whitespace_and_strips() -> None:
    assert normalize("  a\u00a0\u00a0b\t\nc\u202f d \r\n") == "a b c d"


def test_normalize_removes_tatweel_only() -> None:
    assert normalize("مـــرحبا بكـم") == "مرحبا بكم"
    # harakat (diacritics) and case are kept: they can change meaning
    assert normalize("مَرحبا") == "مَرحبا" != normalize("مرحبا")
    assert normalize("Tirana") != normalize("tirana")


def test_normalize_nfc_equals_nfd() -> None:
    nfd = "Pe\u0308rqafime"  # e + combining diaeresis
    assert normalize(nfd) == "Përqafime"
    assert len(normalize(nfd)) == len("Përqafime")


def test_lookup_is_keyed_by_the_given_unnormalised_strings(tm: TranslationMemory) -> None:
    tm.import_pairs([MemoryPair("ar", "en", "مرحبا بكم", "Welcome")], provenance="test")
    variants = ["مـرحبا\u00a0بكم", " مرحبا  بكم\n", "مرحبا بكم"]
    hits = tm.get_many("ar", "en", variants)
    assert hits == {v: MemoryHit("Welcome", "memory", None, None) for v in variants}


# --------------------------------------------------------------------------- JSONL import


def test_jsonl_import_error_for_a_line_cut_inside_a_string(tm: TranslationMemory, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "pairs.jsonl", [pair("واحد", "one"), '{"source_lang": "ar", "target_lang": "en", "source": "اثن'])
    assert tm.import_file(path).errors == ("line 2: not valid JSON (Unterminated string starting at column 54)",)



def test_jsonl_import_reports_bad_lines_and_imports_the_rest(tm: TranslationMemory, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "pairs.jsonl",
        [
            pair("واحد", "one"),
            '{"source_lang": "ar", "target_lang": "en", "source": "اثنان"',  # truncated
            "",
            {"source_lang": "ar", "source": "ثلاثة", "target": "three"},
            pair("أربعة", "four", tl="ar"),
            pair("Një", "One", sl="sq_AL", tl="en-US"),
            ["not", "an", "object"],
            pair("   ", "blank"),
        ],
    )
    stats = tm.import_file(path)
    assert stats == ImportStats(
        path=str(path),
        added=2,
        updated=0,
        unchanged=0,
        skipped=5,
        errors=(
            "line 2: not valid JSON (Expecting ',' delimiter at column 61)",
            "line 4: missing target_lang",
            "line 5: source and target language are both 'ar'",
            "line 7: expected a JSON object, got list",
            "line 8: empty source",
        ),
    )
    assert tm.get_many("ar", "en", ["واحد"])["واحد"].target == "one"
    assert tm.get_many("sq", "en", ["Një"])["Një"].target == "One"  # region subtags dropped


def test_reimport_is_idempotent_and_latest_import_wins(tm: TranslationMemory, tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", [pair("واحد", "one"), pair("اثنان", "two")])
    assert tm.import_file(first) == ImportStats(str(first), 2, 0, 0, 0, ())
    assert tm.import_file(first) == ImportStats(str(first), 0, 0, 2, 0, ())
    second = write_jsonl(tmp_path / "b.jsonl", [pair("واحد", "One (revised)"), pair("اثنان", "two")])
    assert tm.import_file(second) == ImportStats(str(second), 0, 1, 1, 0, ())
    assert tm.get_many("ar", "en", ["واحد"])["واحد"].target == "One (revised)"


def test_repeated_source_in_one_file_last_wins_and_reimport_stays_unchanged(tm: TranslationMemory, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "dup.jsonl", [pair("واحد", "one"), pair("واحد ", "ONE")])
    assert tm.import_file(path) == ImportStats(str(path), 1, 0, 0, 1, ())
    assert tm.import_file(path) == ImportStats(str(path), 0, 0, 1, 1, ())
    assert tm.get_many("ar", "en", ["واحد"])["واحد"].target == "ONE"


def test_unreadable_or_unparseable_files_raise_naming_the_file(tm: TranslationMemory, tmp_path: Path) -> None:
    missing = tmp_path / "missing.jsonl"
    with pytest.raises(InputError, match="missing.jsonl: cannot read"):
        tm.import_file(missing)
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(b"\xff\xfe\x00garbage\x80")
    with pytest.raises(InputError, match="blob.jsonl: not UTF-8"):
        tm.import_file(binary)
    prose = tmp_path / "notes.jsonl"
    prose.write_text("just some words\nand more\n", encoding="utf-8")
    with pytest.raises(InputError, match="notes.jsonl: not a JSONL file"):
        tm.import_file(prose)
    other = tmp_path / "pairs.txt"
    other.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="pairs.txt: neither JSONL pairs nor TMX"):
        tm.import_file(other)
    assert tm.stats()["pairs"] == {}


def test_import_pairs_validates_each_pair(tm: TranslationMemory) -> None:
    stats = tm.import_pairs(
        [MemoryPair("sq", "en", "Mirëdita", "Good day"), MemoryPair("sq", "en", "", "x"), MemoryPair("xx1", "en", "a", "b")],
        provenance="unit",
    )
    assert stats == ImportStats("unit", 1, 0, 0, 2, ("pair 2: empty source", "pair 3: not a language code: 'xx1'"))


def test_import_is_all_or_nothing_per_file(tm: TranslationMemory, tmp_path: Path) -> None:
    # A write failing half-way (here a trigger, standing in for a crash or a full disk) rolls the file back.
    tm._conn.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON pairs WHEN NEW.source = 'ثلاثة' "
        "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
    )
    path = write_jsonl(tmp_path / "p.jsonl", [pair("واحد", "one"), pair("اثنان", "two"), pair("ثلاثة", "three")])
    with pytest.raises(StateError, match=r"memory\.sqlite: translation memory: SQLite error \(disk on fire\)"):
        tm.import_file(path)
    assert tm.stats()["pairs"] == {}
    assert tm.get_many("ar", "en", ["واحد", "اثنان"]) == {}


# --------------------------------------------------------------------------- TMX


TMX = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="x" creationtoolversion="1" datatype="plaintext" segtype="sentence"
          adminlang="en-US" srclang="ar-SA" o-tmf="x"/>
  <body>
    <tu>
      <tuv xml:lang="ar-SA"><seg>مرحبا</seg></tuv>
      <tuv xml:lang="en-US"><seg>Hello</seg></tuv>
      <tuv xml:lang="sq_AL"><seg>Përshëndetje</seg></tuv>
    </tu>
    <tu srclang="sq-AL">
      <tuv xml:lang="en-GB"><seg>Good <hi>morning</hi><ph x="1">&lt;br/&gt;</ph>!</seg></tuv>
      <tuv xml:lang="sq-AL"><seg>Mirëmëngjes!</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="ar"><seg>وحيد</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="en"><seg>No source</seg></tuv>
      <tuv xml:lang="sq"><seg>Pa burim</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def test_tmx_import_maps_region_subtags_and_srclang(tm: TranslationMemory, tmp_path: Path) -> None:
    path = tmp_path / "mem.tmx"
    path.write_text(TMX, encoding="utf-8")
    stats = tm.import_file(path)
    assert stats == ImportStats(
        str(path),
        added=3,
        updated=0,
        unchanged=0,
        skipped=2,
        errors=(
            "line 16: <tu> needs at least two <tuv> with a <seg>, found 1",
            "line 19: no <tuv> in the source language 'ar-SA'",
        ),
    )
    assert tm.get_many("ar", "en", ["مرحبا"])["مرحبا"].target == "Hello"
    assert tm.get_many("ar", "sq", ["مرحبا"])["مرحبا"].target == "Përshëndetje"
    assert tm.get_many("sq", "en", ["Mirëmëngjes!"])["Mirëmëngjes!"].target == "Good morning!"
    assert tm.stats()["pairs"] == {
        "ar->en": {"memory": 1, "model": 0},
        "ar->sq": {"memory": 1, "model": 0},
        "sq->en": {"memory": 1, "model": 0},
    }


def test_tmx_detected_by_content_and_utf16(tm: TranslationMemory, tmp_path: Path) -> None:
    path = tmp_path / "memory.xml"
    path.write_text(TMX.replace('encoding="UTF-8"', 'encoding="UTF-16"'), encoding="utf-16")
    assert tm.import_file(path).added == 3


def test_tmx_entity_bomb_and_broken_xml_are_refused(tm: TranslationMemory, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.tmx"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        '<tmx version="1.4"><header srclang="ar"/><body><tu><tuv xml:lang="ar"><seg>&b;</seg></tuv>'
        '<tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"bomb.tmx: refused unsafe XML \(EntitiesForbidden\)"):
        tm.import_file(bomb)
    broken = tmp_path / "broken.tmx"
    broken.write_text(TMX[:400], encoding="utf-8")
    with pytest.raises(InputError, match="broken.tmx: not valid XML at line"):
        tm.import_file(broken)
    wrong_root = tmp_path / "page.tmx"
    wrong_root.write_text("<html><body/></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"page.tmx: not a TMX file \(root element is <html>, not <tmx>\)"):
        tm.import_file(wrong_root)
    assert tm.stats()["pairs"] == {}


def test_tmx_round_trip_with_model_cache(tm: TranslationMemory, tmp_path: Path) -> None:
    tm.import_pairs(
        [
            MemoryPair("ar", "en", "مرحبا <بكم> & \"أهلا\"", "Welcome <you> & 'hi'"),
            MemoryPair("sq", "en", "Rreshti\r\ndy", "Line\ttwo"),
        ],
        provenance="t",
    )
    tm.put_translations("ar", "en", [("جملة", "A sentence", -0.25)], model_id="translate-ar_en@1.9")
    out = tmp_path / "export" / "all.tmx"
    assert tm.export(out, "tmx", include_model=True) == 3
    text = out.read_text(encoding="utf-8")
    assert '<header creationtool="translate-summarize"' in text and 'srclang="*all*"' in text
    assert 'segtype="sentence"' in text and 'datatype="plaintext"' in text and 'o-tmf="translate-summarize"' in text
    with TranslationMemory(tmp_path / "copy.sqlite") as copy:
        stats = copy.import_file(out)
        assert (stats.added, stats.errors) == (3, ())
        assert list(copy.iter_rows(include_model=True)) == list(tm.iter_rows(include_model=True))
        # the cache entry came back as cache, not as a human pair
        assert copy.get_many("ar", "en", ["جملة"]) == {}
        assert copy.get_many("ar", "en", ["جملة"], model_ids={"translate-ar_en@1.9"}) == {
            "جملة": MemoryHit("A sentence", "model", "translate-ar_en@1.9", -0.25)
        }
        assert copy.import_file(out) == ImportStats(str(out), 0, 0, 3, 0, ())


def test_jsonl_round_trip_without_model_cache(tm: TranslationMemory, tmp_path: Path, seed_memory_file: Path) -> None:
    tm.import_file(seed_memory_file)
    tm.put_translations("ar", "en", [("جملة", "A sentence", -0.25)], model_id="m@1")
    out = tmp_path / "seed.jsonl"
    assert tm.export(out) == 69
    original = [json.loads(line) for line in seed_memory_file.read_text(encoding="utf-8").splitlines()]
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    key = lambda r: (r["source_lang"], r["source"])  # noqa: E731
    assert sorted(exported, key=key) == sorted(original, key=key)


def test_export_is_atomic(tm: TranslationMemory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tm.import_pairs([MemoryPair("ar", "en", "واحد", "one"), MemoryPair("ar", "en", "اثنان", "two")], provenance="t")
    out = tmp_path / "out.jsonl"
    out.write_text("previous export\n", encoding="utf-8")
    real = memory_formats.write_jsonl

    def failing_writer(rows, fh) -> None:
        rows = list(rows)
        real(rows[:1], fh)
        raise OSError("disk full")

    monkeypatch.setattr(memory_formats, "write_jsonl", failing_writer)
    with pytest.raises(OSError, match="disk full"):
        tm.export(out)
    assert out.read_text(encoding="utf-8") == "previous export\n"
    fresh = tmp_path / "fresh.jsonl"
    with pytest.raises(OSError):
        tm.export(fresh)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db", "out.jsonl"]


# --------------------------------------------------------------------------- memory vs cache


def test_human_pairs_take_precedence_over_model_cache(tm: TranslationMemory) -> None:
    tm.put_translations("sq", "en", [("Lajme", "News (machine)", -0.4), ("Sot", "Today", -0.1)], model_id="sq_en@1")
    tm.import_pairs([MemoryPair("sq", "en", "Lajme", "News")], provenance="editor")
    assert tm.get_many("sq", "en", ["Lajme", "Sot"], model_ids={"sq_en@1"}) == {
        "Lajme": MemoryHit("News", "memory", None, None),
        "Sot": MemoryHit("Today", "model", "sq_en@1", -0.1),
    }
    # human pairs need no model at all
    assert tm.get_many("sq", "en", ["Lajme", "Sot"]) == {"Lajme": MemoryHit("News", "memory", None, None)}


def test_model_upgrade_invalidates_only_its_own_entries_and_purge(tm: TranslationMemory) -> None:
    assert tm.put_translations("ar", "en", [("كتاب", "book", -0.2), ("قلم", "pen", -0.3)], model_id="ar_en@1.0") == 2
    assert tm.put_translations("sq", "en", [("Libër", "Book", -0.2)], model_id="sq_en@1.0") == 1
    current = {"ar_en@2.0", "sq_en@1.0"}  # ar->en was upgraded, sq->en was not
    assert tm.get_many("ar", "en", ["كتاب", "قلم"], model_ids=current) == {}
    assert tm.get_many("sq", "en", ["Libër"], model_ids=current) == {"Libër": MemoryHit("Book", "model", "sq_en@1.0", -0.2)}
    tm.put_translations("ar", "en", [("كتاب", "a book", -0.1)], model_id="ar_en@2.0")
    assert tm.get_many("ar", "en", ["كتاب", "قلم"], model_ids=current) == {"كتاب": MemoryHit("a book", "model", "ar_en@2.0", -0.1)}
    assert tm.stats()["models"] == {"ar_en@1.0": 2, "ar_en@2.0": 1, "sq_en@1.0": 1}
    assert tm.purge_model("ar_en@1.0") == 2
    assert tm.purge_model("ar_en@1.0") == 0
    assert tm.stats()["models"] == {"ar_en@2.0": 1, "sq_en@1.0": 1}
    assert tm.get_many("ar", "en", ["قلم"], model_ids={"ar_en@1.0"}) == {}


def test_put_translations_overwrites_same_model_entry(tm: TranslationMemory) -> None:
    tm.put_translations("ar", "en", [("كتاب", "book", -0.2)], model_id="m@1")
    tm.put_translations("ar", "en", [("كتاب ", "the book", -0.1)], model_id="m@1")
    assert tm.get_many("ar", "en", ["كتاب"], model_ids=["m@1"]) == {"كتاب": MemoryHit("the book", "model", "m@1", -0.1)}
    assert tm.stats()["pairs"] == {"ar->en": {"memory": 0, "model": 1}}


def test_lookups_are_chunked_for_large_batches(tm: TranslationMemory) -> None:
    items = [(f"جملة رقم {i}", f"sentence {i}", -0.5) for i in range(2500)]
    assert tm.put_translations("ar", "en", items, model_id="m@1") == 2500
    sources = [src for src, _, _ in items] + ["غير موجود"]
    hits = tm.get_many("ar", "en", sources, model_ids=("m@1",))
    assert len(hits) == 2500
    assert hits["جملة رقم 1234"].target == "sentence 1234"
    session = tm.stats()["session"]
    assert session["cache_hits"] == 2500 and session["misses"] == 1


# --------------------------------------------------------------------------- seeds, stats, schema


def seed_lines(seeds_dir: Path, gold: dict) -> dict[str, list[str]]:
    """The exact stripped title and non-blank body lines of each seed, by language."""
    by_lang: dict[str, list[str]] = {}
    for art in gold["articles"]:
        lines = (seeds_dir / art["file"]).read_text(encoding="utf-8").splitlines()
        wanted = [art["title_line"]] if art["title_line"] else []
        for start, end in art["body_lines"]:
            wanted.extend(range(start, end + 1))
        by_lang.setdefault(art["lang"], []).extend(lines[n - 1].strip() for n in wanted if lines[n - 1].strip())
    return by_lang


def test_seed_memory_covers_every_seed_title_and_body_line(
    tm: TranslationMemory, seed_memory_file: Path, seeds_dir: Path, gold: dict
) -> None:
    stats = tm.import_file(seed_memory_file)
    assert (stats.added, stats.skipped, stats.errors) == (69, 0, ())
    reference = {
        (r["source_lang"], r["source"]): r["target"]
        for r in map(json.loads, seed_memory_file.read_text(encoding="utf-8").splitlines())
    }
    lines = seed_lines(seeds_dir, gold)
    assert sum(len(v) for v in lines.values()) == 69
    for lang, sources in lines.items():
        hits = tm.get_many(lang, "en", sources)
        assert set(hits) == set(sources)
        assert all(hits[s] == MemoryHit(reference[(lang, s)], "memory", None, None) for s in sources)
    assert tm.hit_rate() == 1.0


def test_stats_and_hit_rate_exact(tm: TranslationMemory, seed_memory_file: Path) -> None:
    assert tm.hit_rate() == 0.0
    tm.import_file(seed_memory_file)
    tm.put_translations("ar", "en", [("جملة", "A sentence", None)], model_id="m@1")
    first_ar = json.loads(seed_memory_file.read_text(encoding="utf-8").splitlines()[21])["source"]
    tm.get_many("ar", "en", [first_ar, "جملة", "غير موجود", "آخر"], model_ids=["m@1"])
    stats = tm.stats()
    with sqlite3.connect(tm.path) as other:
        pages = other.execute("PRAGMA page_count").fetchone()[0] * other.execute("PRAGMA page_size").fetchone()[0]
    assert stats.pop("db_bytes") == pages > 0
    uid = stats["revision"].partition(":")[0]
    counts = {"memory_hits": 1, "cache_hits": 1, "misses": 2, "hit_rate": 0.5}
    assert stats == {
        "path": str(tm.path),
        "schema_version": 2,
        "revision": f"{uid}:69",  # one generation per human pair written
        "pairs": {"ar->en": {"memory": 48, "model": 1}, "sq->en": {"memory": 21, "model": 0}},
        "models": {"m@1": 1},
        "lookups": {**counts, "by_pair": {"ar->en": counts}},
        "session": counts,
    }


def test_lookups_are_counted_across_instances(tmp_path: Path) -> None:
    """`memory stats` opens a fresh instance: it must still see the hits earlier runs made."""
    path = tmp_path / "m.sqlite"
    with TranslationMemory(path) as tm:
        tm.import_pairs([MemoryPair("ar", "en", "مرحبا", "Hello"), MemoryPair("sq", "en", "Mirëdita", "Good day")], provenance="t")
        tm.get_many("ar", "en", ["مرحبا", "غير موجود"])
        tm.get_many("sq", "en", ["Mirëdita"])
    with TranslationMemory(path) as tm:
        tm.get_many("ar", "en", ["مرحبا"])
        lookups = tm.stats()["lookups"]  # recorded + this instance's unflushed counts
        assert tm.stats()["session"] == {"memory_hits": 1, "cache_hits": 0, "misses": 0, "hit_rate": 1.0}
    assert lookups == {
        "memory_hits": 3, "cache_hits": 0, "misses": 1, "hit_rate": 0.75,
        "by_pair": {
            "ar->en": {"memory_hits": 2, "cache_hits": 0, "misses": 1, "hit_rate": 2 / 3},
            "sq->en": {"memory_hits": 1, "cache_hits": 0, "misses": 0, "hit_rate": 1.0},
        },
    }
    with TranslationMemory(path) as tm:
        assert tm.stats()["lookups"]["memory_hits"] == 3  # flushed once, not twice


def test_revision_moves_with_human_pairs_only(tmp_path: Path) -> None:
    with TranslationMemory(tmp_path / "a.sqlite") as tm, TranslationMemory(tmp_path / "b.sqlite") as other:
        start = tm.revision()
        assert start.partition(":")[0] != other.revision().partition(":")[0]  # each database has its own uid
        tm.put_translations("ar", "en", [("جملة", "A sentence", None)], model_id="m@1")
        assert tm.revision() == start  # the model cache does not count
        tm.import_pairs([MemoryPair("ar", "en", "مرحبا", "Hello")], provenance="t")
        added = tm.revision()
        assert added != start
        tm.import_pairs([MemoryPair("ar", "en", "مرحبا", "Hello")], provenance="t")  # unchanged
        assert tm.revision() == added
        tm.import_pairs([MemoryPair("ar", "en", "مرحبا", "Hi")], provenance="t")  # a correction
        assert tm.revision() != added
        assert tm.human_targets("ar", "en", ["مرحبا", "جملة", "غير"]) == {"مرحبا": "Hi"}


def test_schema_is_versioned_and_a_newer_db_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    TranslationMemory(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT namespace, version, name FROM schema_migrations").fetchall() == [
        ("translation_memory", 1, "_m1_create"), ("translation_memory", 2, "_m2_revision_and_lookups")
    ]
    conn.execute("INSERT INTO schema_migrations VALUES ('translation_memory', 3, 'future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(StateError, match="translation_memory migration 3"):
        TranslationMemory(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "memory.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StateError, match=r"memory\.sqlite: translation memory: it is damaged or not a database \(file is not a database\); move it away"):
        TranslationMemory(path)


# --------------------------------------------------------------------------- concurrency


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from translate_summarize.translate.memory import TranslationMemory
    with TranslationMemory(Path(sys.argv[1])) as tm:
        for batch in range(40):
            tm.put_translations("ar", "en", [(f"w{batch}-{i}", f"t{batch}-{i}", -0.1) for i in range(50)], model_id="w@1")
    """
)


def test_two_processes_one_writing_while_the_other_reads(tmp_path: Path, seed_memory_file: Path) -> None:
    path = tmp_path / "shared.sqlite"
    with TranslationMemory(path) as reader:
        reader.import_file(seed_memory_file)
        seed_ar = [json.loads(line)["source"] for line in seed_memory_file.read_text(encoding="utf-8").splitlines()[21:]]
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stderr=subprocess.PIPE, text=True)
        reads = 0
        while writer.poll() is None or reads == 0:
            assert len(reader.get_many("ar", "en", seed_ar)) == 48
            reader.put_translations("sq", "en", [(f"r{reads}", "x", None)], model_id="r@1")  # both write
            reads += 1
        assert writer.wait() == 0, writer.stderr.read() if writer.stderr else ""
        assert reader.stats()["models"] == {"r@1": reads, "w@1": 2000}
        hits = reader.get_many("ar", "en", ["w39-49"], model_ids={"w@1"})
        assert hits == {"w39-49": MemoryHit("t39-49", "model", "w@1", -0.1)}


def test_opening_a_file_another_process_is_migrating_retries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Interleaving seen with 4 processes opening one new file: the other process creates the tables
    # between our "what is done" read and our CREATE TABLE, which then fails.
    from translate_summarize.translate import memory as memory_module

    real = memory_module.apply_migrations
    calls: list[int] = []

    def racing(conn, namespace, migrations) -> None:
        calls.append(1)
        if len(calls) == 1:
            real(conn, namespace, migrations)  # stands in for the other process, which committed
            raise sqlite3.OperationalError("table pairs already exists")
        real(conn, namespace, migrations)

    monkeypatch.setattr(memory_module, "apply_migrations", racing)
    with TranslationMemory(tmp_path / "m.sqlite") as tm:
        assert tm.import_pairs([MemoryPair("ar", "en", "واحد", "one")], provenance="t").added == 1
    assert len(calls) == 2
