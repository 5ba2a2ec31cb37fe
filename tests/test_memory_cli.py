"""``translate-summarize memory ...``: import/export/stats/purge through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from translate_summarize.cli import app
from translate_summarize.translate.memory import MemoryHit, TranslationMemory

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "tm" / "memory.sqlite"


def invoke(*args: str | Path):
    return runner.invoke(app, [str(a) for a in args])


def test_import_seeds_then_reimport_is_unchanged(db: Path, seed_memory_file: Path) -> None:
    first = invoke("memory", "import", seed_memory_file, "--db", db)
    assert first.exit_code == 0, first.output
    assert first.stdout == f"{seed_memory_file}: 69 added, 0 updated, 0 unchanged, 0 skipped\n"
    again = invoke("memory", "import", seed_memory_file, "--db", db)
    assert (again.exit_code, again.stdout) == (0, f"{seed_memory_file}: 0 added, 0 updated, 69 unchanged, 0 skipped\n")


def test_import_reports_bad_lines_and_exits_1(db: Path, tmp_path: Path, seed_memory_file: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"source_lang": "sq", "target_lang": "en", "source": "Po", "target": "Yes"}\nnot json\n', encoding="utf-8")
    result = invoke("memory", "import", seed_memory_file, bad, "--db", db)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{seed_memory_file}: 69 added, 0 updated, 0 unchanged, 0 skipped",
        f"{bad}: 1 added, 0 updated, 0 unchanged, 1 skipped",
    ]
    assert result.stderr == f"  {bad}: line 2: not valid JSON (Expecting value at column 1)\n"


def test_unparseable_file_is_reported_and_the_others_imported(db: Path, tmp_path: Path, seed_memory_file: Path) -> None:
    broken = tmp_path / "broken.tmx"
    broken.write_text("<tmx><body><tu>", encoding="utf-8")
    result = invoke("memory", "import", broken, seed_memory_file, "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {broken}: not valid XML at line 1:")
    assert result.stdout == f"{seed_memory_file}: 69 added, 0 updated, 0 unchanged, 0 skipped\n"


def test_missing_file_is_a_usage_error_and_nothing_is_imported(db: Path, tmp_path: Path, seed_memory_file: Path) -> None:
    result = invoke("memory", "import", seed_memory_file, tmp_path / "nope.jsonl", "--db", db)
    assert result.exit_code == 2
    assert result.stderr == f"error: FILE: {tmp_path / 'nope.jsonl'}: no such file (nothing was imported)\n"
    assert not db.exists()


def test_db_defaults_to_memory_db_setting_then_output_dir(tmp_path: Path, seed_memory_file: Path) -> None:
    config = tmp_path / "ts.toml"
    config.write_text(f'[output]\ndir = "{tmp_path / "out"}"\n', encoding="utf-8")
    assert invoke("memory", "import", seed_memory_file, "--config", config).exit_code == 0
    assert (tmp_path / "out" / "memory.sqlite").is_file()
    config.write_text(f'[translate]\nmemory_db = "{tmp_path / "elsewhere.sqlite"}"\n', encoding="utf-8")
    assert invoke("memory", "import", seed_memory_file, "--config", config).exit_code == 0
    assert (tmp_path / "elsewhere.sqlite").is_file()


def test_export_jsonl_and_tmx(db: Path, tmp_path: Path, seed_memory_file: Path) -> None:
    invoke("memory", "import", seed_memory_file, "--db", db)
    with TranslationMemory(db) as tm:
        tm.put_translations("ar", "en", [("جملة", "A sentence", -0.5)], model_id="m@1")
    out = tmp_path / "x.jsonl"
    result = invoke("memory", "export", out, "--db", db)
    assert (result.exit_code, result.stdout) == (0, f"wrote 69 pairs to {out} (jsonl)\n")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 69
    tmx = tmp_path / "x.tmx"
    result = invoke("memory", "export", tmx, "--include-model", "--db", db)
    assert (result.exit_code, result.stdout) == (0, f"wrote 70 pairs to {tmx} (tmx)\n")
    assert tmx.read_text(encoding="utf-8").count("<tu ") == 70
    forced = tmp_path / "y.out"
    assert invoke("memory", "export", forced, "--format", "tmx", "--db", db).exit_code == 0
    assert forced.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>')
    bad = invoke("memory", "export", forced, "--format", "csv", "--db", db)
    assert (bad.exit_code, bad.stderr) == (2, "error: --format: expected jsonl or tmx, got 'csv'\n")


def test_stats_table_and_json(db: Path, seed_memory_file: Path) -> None:
    invoke("memory", "import", seed_memory_file, "--db", db)
    with TranslationMemory(db) as tm:
        tm.put_translations("ar", "en", [("جملة", "A sentence", -0.5)], model_id="translate-ar_en@1.0")
    table = invoke("memory", "stats", "--db", db)
    assert table.exit_code == 0
    rows = [line for line in table.stdout.splitlines() if "->" in line or "@" in line]
    assert [[c for c in line.split() if c != "│"] for line in rows] == [
        ["ar->en", "48", "1", "0", "0", "0", "0%"],
        ["sq->en", "21", "0", "0", "0", "0", "0%"],
        ["translate-ar_en@1.0", "1"],
    ]
    data = json.loads(invoke("memory", "stats", "--json", "--db", db).stdout)
    assert data["pairs"] == {"ar->en": {"memory": 48, "model": 1}, "sq->en": {"memory": 21, "model": 0}}
    assert data["models"] == {"translate-ar_en@1.0": 1}


def test_stats_find_the_run_memory_by_out_and_count_its_real_hits(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    out = tmp_path / "briefs"
    (tmp_path / "models").mkdir()
    ran = invoke("run", *seed_files, "--memory", seed_memory_file, "--out", out, "--models-dir", tmp_path / "models", "-q")
    assert ran.exit_code == 0, ran.stderr
    data = json.loads(invoke("memory", "stats", "--json", "--out", out).stdout)
    assert data["path"] == str(out / "memory.sqlite")
    assert {k: data["lookups"][k] for k in ("memory_hits", "cache_hits", "misses")} == {"memory_hits": 69, "cache_hits": 0, "misses": 0}
    assert "session" not in data
    config = tmp_path / "ts.toml"
    config.write_text(f'[output]\ndir = "{out}"\n', encoding="utf-8")
    table = invoke("memory", "stats", "--config", config)
    assert [[c for c in line.split() if c != "│"] for line in table.stdout.splitlines() if "->" in line] == [
        ["ar->en", "48", "0", "48", "0", "0", "100%"],
        ["sq->en", "21", "0", "21", "0", "0", "100%"],
    ]
    assert invoke("memory", "export", tmp_path / "x.jsonl", "-o", out).exit_code == 0


def test_purge_removes_only_that_model(db: Path, seed_memory_file: Path) -> None:
    invoke("memory", "import", seed_memory_file, "--db", db)
    with TranslationMemory(db) as tm:
        tm.put_translations("ar", "en", [("أ", "a", None), ("ب", "b", None)], model_id="old@1")
        tm.put_translations("ar", "en", [("أ", "A", None)], model_id="new@2")
    result = invoke("memory", "purge", "--model", "old@1", "--db", db)
    assert (result.exit_code, result.stdout) == (0, "purged 2 cached translations of old@1\n")
    with TranslationMemory(db) as tm:
        assert tm.stats()["models"] == {"new@2": 1}
        assert tm.get_many("ar", "en", ["أ"], model_ids={"new@2", "old@1"}) == {"أ": MemoryHit("A", "model", "new@2", None)}
        assert tm.stats()["pairs"]["ar->en"]["memory"] == 48


@pytest.mark.parametrize("command", [["export", "x.jsonl"], ["stats"], ["purge", "--model", "m@1"]])
def test_commands_on_a_missing_db_are_usage_errors(command: list[str], tmp_path: Path) -> None:
    db = tmp_path / "none.sqlite"
    result = invoke("memory", *command, "--db", db)
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: --db: no translation memory at {db}; pass --out (the run's output folder), --db or --config, "
        "or create one with: translate-summarize memory import FILE\n"
    )
    assert not db.exists()


def test_every_memory_command_has_help() -> None:
    for command in ("import", "export", "stats", "purge"):
        result = invoke("memory", command, "--help")
        assert result.exit_code == 0
        assert "Usage: translate-summarize memory " + command in result.stdout
        assert "--db" in result.stdout and "--config" in result.stdout
