"""Publishing a run folder: staging replaces the dated folder whole; `latest` symlink or LATEST file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from translate_summarize.render.publish import point_latest, publish, write_marker
from translate_summarize.render.atomic import write_text


def test_publish_replaces_the_whole_folder(tmp_path: Path) -> None:
    final = tmp_path / "2026-01-01"
    write_text(final / "old-only.md", "old")
    write_text(final / "brief.md", "old brief")
    write_marker(final, "r0")
    staging = tmp_path / ".staging-r1"
    write_text(staging / "brief.md", "new brief")
    publish(staging, final, "r1")
    assert sorted(p.name for p in final.iterdir()) == ["brief.md"]
    assert (final / "brief.md").read_text() == "new brief"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2026-01-01"]


def test_latest_symlink_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "2026-01-01").mkdir()
    (tmp_path / "2026-01-02").mkdir()
    assert point_latest(tmp_path, "2026-01-01") == "symlink"
    assert point_latest(tmp_path, "2026-01-02") == "symlink"
    assert os.readlink(tmp_path / "latest") == "2026-01-02"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2026-01-01", "2026-01-02", "latest"]


def test_latest_file_when_symlinks_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_symlinks(*args: object, **kwargs: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "symlink", no_symlinks)
    assert point_latest(tmp_path, "2026-01-03") == "file"
    assert (tmp_path / "LATEST").read_text() == "2026-01-03\n"


def test_atomic_write_leaves_no_temp_files(tmp_path: Path) -> None:
    write_text(tmp_path / "a.md", "one")
    write_text(tmp_path / "a.md", "two")
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]
    assert (tmp_path / "a.md").read_text() == "two"


def test_unchanged_pages_are_linked_not_rewritten(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    import json

    from runhelpers import invoke

    (tmp_path / "models").mkdir()
    args = ["run", *map(str, seed_files), "--memory", str(seed_memory_file), "--out", str(tmp_path / "out"),
            "--models-dir", str(tmp_path / "models"), "--run-date", "2026-01-06", "-q"]
    assert invoke(args).exit_code == 0
    day = tmp_path / "out" / "2026-01-06"
    before = {p.relative_to(day): p.read_bytes() for p in day.rglob("*.md")}
    assert invoke([*args, "--force"]).exit_code == 0
    info = json.loads((day / "run.json").read_text())
    assert info["render"] == {"pages": 8, "pages_unchanged_linked": 8}  # 3 topics + 5 articles
    assert {p.relative_to(day): p.read_bytes() for p in day.rglob("*.md")} == before
    assert all(p.stat().st_nlink == 1 for p in day.rglob("*.md"))  # the old folder is gone
