"""`doctor`: reports each check, prints a fix for every problem, exits 1 when there is one."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from translate_summarize.doctor import Check, check_memory, check_output, run_checks
from translate_summarize.settings import Settings
from translate_summarize.translate.memory import TranslationMemory

from runhelpers import invoke


def test_no_models_is_a_problem_with_the_install_command(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    result = invoke(["doctor", "--models-dir", str(tmp_path / "models"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    text = " ".join(result.stdout.split())
    assert "PROBLEM model ar->en" in text and "PROBLEM model sq->en" in text
    assert f"fix: translate-summarize models install ar --models-dir {tmp_path / 'models'}" in text
    models = tmp_path / "models"
    assert (f"(offline, on a machine without network: translate-summarize models install --file translate-sq_en-*.argosmodel "
            f"--models-dir {models}, or --from DIR for every .argosmodel in DIR)") in text
    assert "ok dependency ctranslate2" in text and "ok python: Python 3." in text
    assert "2 problems found" in text


def test_bad_config_is_reported_with_its_key(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[output]\ndirr = 'x'\n", encoding="utf-8")
    checks = {c.name: c for c in run_checks(config, models_dir=tmp_path, output_dir=tmp_path / "out")}
    assert not checks["config"].ok and "output.dirr" in checks["config"].detail
    assert checks["config"].fix


def test_memory_pairs_counted(tmp_path: Path, seed_memory_file: Path) -> None:
    settings = Settings(output_dir=tmp_path)
    assert check_memory(settings) == Check("translation memory", True, f"{tmp_path / 'memory.sqlite'} not created yet (the first run creates it)")
    with TranslationMemory(settings.memory_path) as memory:
        memory.import_file(seed_memory_file)
    check = check_memory(settings)
    # seeds/translation_memory.jsonl: 48 ar and 21 sq pairs
    assert check.ok and "ar->en: 48 human, 0 cached" in check.detail and "sq->en: 21 human, 0 cached" in check.detail


def test_unwritable_output_dir(tmp_path: Path) -> None:
    target = tmp_path / "file-not-dir"
    target.write_text("x")
    check = check_output(Settings(output_dir=target / "out"))
    assert not check.ok and check.fix == "pass --out with a writable folder"


# --- diagnose, not guess (issue 12 item 12) -------------------------------------------------------------

class _FakeStatvfs:
    def __init__(self, real: os.statvfs_result, *, read_only: bool = False, free_blocks: int | None = None) -> None:
        self.f_flag = real.f_flag | (os.ST_RDONLY if read_only else 0)
        self.f_frsize = real.f_frsize
        self.f_bavail = real.f_bavail if free_blocks is None else free_blocks


def _fake_filesystem(monkeypatch: pytest.MonkeyPatch, under: Path, **kwargs: object) -> None:
    real = os.statvfs

    def statvfs(path: object) -> object:
        st = real(path)  # type: ignore[arg-type]
        return _FakeStatvfs(st, **kwargs) if str(path).startswith(str(under)) else st  # type: ignore[arg-type]

    monkeypatch.setattr(os, "statvfs", statvfs)


def test_read_only_filesystem_is_named_as_such(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _fake_filesystem(monkeypatch, tmp_path, read_only=True)
    check = check_output(Settings(output_dir=out))
    assert check == Check("output dir", False, f"{out}: {out} is on a read-only filesystem",
                          "remount that filesystem read-write, or use a folder on a writable one, or pass --out")
    memory = check_memory(Settings(output_dir=out))
    assert not memory.ok and memory.detail == f"{out / 'memory.sqlite'} cannot be created: {out} is on a read-only filesystem"
    assert "move" not in (memory.fix or "")


def test_full_disk_is_named_as_such(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_memory_file: Path) -> None:
    out = tmp_path / "out"
    with TranslationMemory(out / "memory.sqlite") as memory:
        memory.import_file(seed_memory_file)
    _fake_filesystem(monkeypatch, tmp_path, free_blocks=0)
    check = check_output(Settings(output_dir=out))
    assert check == Check("output dir", False, f"{out}: the filesystem holding {out} is full",
                          "free space there (at least 100 MB), or use a folder on another filesystem, or pass --out")
    memory_check = check_memory(Settings(output_dir=out))
    assert memory_check.detail == (
        f"{out / 'memory.sqlite'}: the filesystem holding {out} is full (the run writes cached translations to it)"
    )
    assert "move" not in (memory_check.fix or "")


def test_memory_db_pointing_at_a_system_file_is_not_a_database_leave_it_alone(tmp_path: Path) -> None:
    passwd = tmp_path / "passwd"
    passwd.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    before = passwd.read_bytes()
    check = check_memory(Settings(output_dir=tmp_path / "out", memory_db=passwd))
    assert not check.ok
    assert check.detail.startswith(f"{passwd} is not a SQLite database (32 bytes of something else")
    assert check.fix == (f"leave that file alone and set translate.memory_db (or --db) to the translation memory's file "
                         f"(default {tmp_path / 'out' / 'memory.sqlite'})")
    assert passwd.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["passwd"]
    if Path("/etc/passwd").is_file():
        system = check_memory(Settings(output_dir=tmp_path / "out", memory_db=Path("/etc/passwd")))
        assert not system.ok and "is not a SQLite database" in system.detail and "move" not in (system.fix or "")


def test_another_programs_sqlite_file_is_not_a_translation_memory(tmp_path: Path) -> None:
    other = tmp_path / "places.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.commit()
    conn.close()
    check = check_memory(Settings(output_dir=tmp_path, memory_db=other))
    assert check.detail == f"{other} is a SQLite database of another program (tables: moz_places), not a translation memory"


def test_damaged_memory_is_the_only_case_that_says_move_it_away(tmp_path: Path, seed_memory_file: Path) -> None:
    path = tmp_path / "memory.sqlite"
    with TranslationMemory(path) as memory:
        memory.import_file(seed_memory_file)
    data = path.read_bytes()
    path.write_bytes(data[:4096] + bytes((i * 7) % 251 for i in range(len(data) - 4096)))
    check = check_memory(Settings(output_dir=tmp_path))
    assert not check.ok and check.fix is not None and check.fix.startswith(f"move {path} away")


def test_doctor_does_not_write_the_memory(tmp_path: Path, seed_memory_file: Path) -> None:
    path = tmp_path / "memory.sqlite"
    with TranslationMemory(path) as memory:
        memory.import_file(seed_memory_file)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert check_memory(Settings(output_dir=tmp_path)).ok
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
