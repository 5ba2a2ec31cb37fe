"""Publishing a run folder: staging replaces the dated folder whole; `latest` symlink or LATEST file."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from translate_summarize.render.publish import (
    MARKER, cleanup_leftovers, made_by_tool, point_latest, prune_nights, publish, write_index, write_marker,
)
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
    assert info["render"] == {"pages": 13, "pages_unchanged_linked": 13}  # 4 topics, their 4 story pages, 5 articles
    assert {p.relative_to(day): p.read_bytes() for p in day.rglob("*.md")} == before
    assert all(p.stat().st_nlink == 1 for p in day.rglob("*.md"))  # the old folder is gone


def _night(out: Path, day: str, ok: int = 1) -> Path:
    folder = out / day
    write_text(folder / "brief.md", f"brief {day}")
    write_text(folder / "run.json", json.dumps({"run_id": f"r-{day}", "counts": {"status": {"ok": ok, "skipped": 0, "failed": 1}, "topics": 2}}))
    write_marker(folder, f"r-{day}")
    return folder


def test_prune_keeps_the_newest_marked_nights_and_never_latest(tmp_path: Path) -> None:
    for day in ("2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"):
        _night(tmp_path, day)
    (tmp_path / "2025-12-31").mkdir()  # not ours: no marker
    os.symlink("2026-01-01", tmp_path / "latest")  # an operator pinned latest on an old night
    assert prune_nights(tmp_path, 2, "r9", protect={"2026-01-04", "2026-01-01"}) == ["2026-01-02"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2025-12-31", "2026-01-01", "2026-01-03", "2026-01-04", "latest"]
    assert prune_nights(tmp_path, 0, "r9") == []


def test_index_lists_marked_nights_newest_first(tmp_path: Path) -> None:
    _night(tmp_path, "2026-01-01", ok=3)
    _night(tmp_path, "2026-01-02", ok=4)
    (tmp_path / "2026-01-05").mkdir()  # not ours
    point_latest(tmp_path, "2026-01-02")
    assert write_index(tmp_path).read_text(encoding="utf-8") == (
        "# Nights\n\n2 nights in this folder; latest: [2026-01-02](2026-01-02/brief.md).\n\n"
        "| Night | Articles ok | Skipped | Failed | Topics | Brief |\n|---|---:|---:|---:|---:|---|\n"
        "| 2026-01-02 | 4 | 0 | 1 | 2 | [brief](2026-01-02/brief.md) |\n"
        "| 2026-01-01 | 3 | 0 | 1 | 2 | [brief](2026-01-01/brief.md) |\n"
    )


def test_latest_never_moves_backwards_unless_the_later_night_is_gone(tmp_path: Path) -> None:
    _night(tmp_path, "2026-01-01")
    _night(tmp_path, "2026-01-03")
    assert point_latest(tmp_path, "2026-01-03") == "symlink"
    assert point_latest(tmp_path, "2026-01-01") == "kept"
    assert os.readlink(tmp_path / "latest") == "2026-01-03"
    shutil.rmtree(tmp_path / "2026-01-03")
    assert point_latest(tmp_path, "2026-01-01") == "symlink"
    assert os.readlink(tmp_path / "latest") == "2026-01-01"


def test_markers_decide_what_is_ours(tmp_path: Path) -> None:
    ours = _night(tmp_path, "2026-01-01")
    assert made_by_tool(ours)
    (tmp_path / ".old-thesis").mkdir()
    os.symlink(ours, tmp_path / ".old-link")  # a symlink to our folder is not our folder
    fake = tmp_path / ".staging-fake"
    write_text(fake / MARKER, json.dumps({"tool": "something-else", "run_id": "x"}))
    assert [made_by_tool(p) for p in (tmp_path / ".old-thesis", tmp_path / ".old-link", fake)] == [False, False, False]
    assert cleanup_leftovers(tmp_path) == []
    assert (ours / "brief.md").is_file()
