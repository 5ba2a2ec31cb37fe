"""The output folder's life cycle: staging folders, publishing a night, ``latest``, clean-up, retention
and the index of nights.

Every folder this tool makes (``.staging-<run id>``, and so every published ``<run date>`` folder and
every ``.old-*`` folder moved aside) holds a marker file, :data:`MARKER`, written first. Clean-up and
retention only ever delete folders that carry it: a user's ``.old-thesis/`` or a hand-made
``2026-01-01/`` in ``--out`` is never touched. When a night is published the marker also records
every file of the night with its size (the manifest), so a warm rerun can tell that pages were
deleted since.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .atomic import fsync_dir, write_text

log = logging.getLogger(__name__)

TOOL = "translate-summarize"
MARKER = ".translate-summarize-run"
OUTPUT_FILES: tuple[str, ...] = ("articles.jsonl", "topics.jsonl", "brief.md", "errors.jsonl", "run.json")
LATEST = "latest"
LATEST_FILE = "LATEST"
INDEX = "index.md"
_NIGHT = re.compile(r"\d{4}-\d{2}-\d{2}")
_RECREATED = ("run.json",)  # rewritten by a warm rerun: not in the manifest


def read_marker(folder: Path) -> dict[str, Any] | None:
    """The marker of a folder this tool made, or None."""
    try:
        data = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("tool") == TOOL else None


def write_marker(folder: Path, run_id: str, files: dict[str, int] | None = None) -> None:
    """Mark ``folder`` as made by run ``run_id``; ``files``: the manifest (relative path → size)."""
    record: dict[str, Any] = {"tool": TOOL, "run_id": run_id}
    if files is not None:
        record["files"] = dict(sorted(files.items()))
    write_text(folder / MARKER, json.dumps(record, ensure_ascii=False, indent=1) + "\n")


def _legacy_night(folder: Path) -> bool:
    """A night published before markers existed: its run.json is this tool's."""
    try:
        info = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(info, dict) and {"run_id", "version", "settings", "counts"} <= set(info)


def made_by_tool(folder: Path) -> bool:
    """``folder`` is a real directory (not a symlink) that this tool made."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    return read_marker(folder) is not None or _legacy_night(folder)


def manifest(folder: Path) -> dict[str, int]:
    """Every file under ``folder`` (relative POSIX path → size), except the marker and run.json."""
    out = {}
    for path in folder.rglob("*"):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and rel != MARKER and rel not in _RECREATED:
            out[rel] = path.stat().st_size
    return out


def outputs_complete(folder: Path) -> bool:
    """``folder`` holds a whole published night: its output files, and every file of its manifest
    with the recorded size (a deleted or truncated page makes the night incomplete)."""
    marker = read_marker(folder) if made_by_tool(folder) else None
    if marker is None or not isinstance(marker.get("files"), dict):
        return False
    if not all((folder / name).is_file() for name in OUTPUT_FILES):
        return False
    for rel, size in marker["files"].items():
        try:
            if (folder / rel).stat().st_size != size:
                return False
        except (OSError, ValueError):
            return False
    return True


def check_night_folder(final: Path) -> None:
    """Refuse to replace a ``<run date>`` entry of ``--out`` that this tool did not make."""
    from ..errors import ConfigError

    if (final.exists() or final.is_symlink()) and not made_by_tool(final):
        raise ConfigError(
            f"--out (output.dir): {final} exists and was not made by {TOOL} (no {MARKER} inside); "
            "move it away or choose another --out"
        )


def cleanup_leftovers(out_dir: Path) -> list[Path]:
    """Remove what an interrupted run of this tool left in ``out_dir``; returns what was removed.

    ``.staging-*`` and ``.old-*`` folders go only when they carry this tool's marker; ``.latest-*``
    only when it is a symlink to a night (the temp link :func:`point_latest` makes). Anything else
    with those names is the user's and stays (a warning says so once per run).
    """
    removed = []
    for leftover in sorted(out_dir.glob(".staging-*")) + sorted(out_dir.glob(".old-*")):
        if made_by_tool(leftover):
            log.warning("removing leftover %s from an interrupted run", leftover)
            shutil.rmtree(leftover, ignore_errors=True)
            removed.append(leftover)
        else:
            log.warning("leaving %s alone: it was not made by %s (no %s inside)", leftover, TOOL, MARKER)
    for tmp in sorted(out_dir.glob(".latest-*")):
        if tmp.is_symlink() and _NIGHT.fullmatch(os.readlink(tmp)):
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


def current_latest(out_dir: Path) -> str | None:
    """The night ``latest`` points at (symlink, else the LATEST file), if any."""
    link = out_dir / LATEST
    try:
        target = os.readlink(link)
    except OSError:
        try:
            target = (out_dir / LATEST_FILE).read_text(encoding="utf-8").strip()
        except OSError:
            return None
    return target if _NIGHT.fullmatch(target) else None


def point_latest(out_dir: Path, run_date: str) -> str:
    """Point ``DIR/latest`` at ``run_date`` (atomic symlink swap; a ``LATEST`` text file where symlinks
    are impossible), unless it already points at a later night that still exists: re-running an
    older night never moves ``latest`` backwards. Returns ``symlink``, ``file`` or ``kept``."""
    now = current_latest(out_dir)
    if now is not None and now > run_date and (out_dir / now).is_dir():
        log.info("latest stays at %s (later than %s)", now, run_date)
        return "kept"
    tmp = out_dir / f".latest-{os.getpid()}"
    try:
        tmp.unlink(missing_ok=True)
        os.symlink(run_date, tmp, target_is_directory=True)
        os.replace(tmp, out_dir / LATEST)
        fsync_dir(out_dir)
        return "symlink"
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        log.warning("cannot symlink %s (%s); writing %s instead", out_dir / LATEST, exc, LATEST_FILE)
        write_text(out_dir / LATEST_FILE, run_date + "\n")
        return "file"


def publish(staging: Path, final: Path, run_id: str) -> None:
    """Replace ``final`` by the complete ``staging`` folder (old one moved aside, then removed).

    ``final`` must be absent or made by this tool (:func:`check_night_folder` ran before the work).
    """
    old = final.parent / f".old-{run_id}"
    if final.exists():
        if not made_by_tool(final):
            raise RuntimeError(f"{final} was not made by {TOOL}; not replacing it")
        os.rename(final, old)
    os.rename(staging, final)
    fsync_dir(final.parent)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def nights(out_dir: Path) -> list[Path]:
    """The published night folders (``YYYY-MM-DD`` made by this tool), oldest first."""
    try:
        entries = list(out_dir.iterdir())
    except OSError:
        return []
    return sorted(p for p in entries if _NIGHT.fullmatch(p.name) and made_by_tool(p))


def prune_nights(out_dir: Path, keep: int, run_id: str, protect: Iterable[str] = ()) -> list[str]:
    """Delete all but the ``keep`` newest nights (``keep`` 0: keep all). Only folders this tool made
    are counted or deleted; nights in ``protect`` (tonight, ``latest``) are never deleted.

    Each night is first renamed to ``.old-<run id>-<date>`` (atomic), then removed, so a kill leaves
    a marked leftover the next run cleans up, never half a night under its own name.
    """
    if keep <= 0:
        return []
    protected = set(protect)
    removed = []
    for night in nights(out_dir)[:-keep]:
        if night.name in protected:
            continue
        aside = out_dir / f".old-{run_id}-{night.name}"
        os.rename(night, aside)
        shutil.rmtree(aside, ignore_errors=True)
        removed.append(night.name)
        log.info("removed night %s (output.keep_nights = %d)", night.name, keep)
    if removed:
        fsync_dir(out_dir)
    return removed


@dataclass(frozen=True, slots=True)
class NightSummary:
    date: str
    ok: int | None
    skipped: int | None
    failed: int | None
    topics: int | None
    run_id: str | None


def night_summary(folder: Path) -> NightSummary:
    """Counts of a published night from its run.json (None where it cannot be read)."""
    try:
        info = json.loads((folder / "run.json").read_text(encoding="utf-8"))
        counts = info.get("counts", {})
        status = counts.get("status", {})
    except (OSError, ValueError, AttributeError):
        return NightSummary(folder.name, None, None, None, None, None)

    def number(value: Any) -> int | None:
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    topics = number(counts.get("topics"))
    if topics is None:
        try:
            with open(folder / "topics.jsonl", "rb") as fh:
                topics = sum(1 for _ in fh)
        except OSError:
            topics = None
    return NightSummary(folder.name, number(status.get("ok")), number(status.get("skipped")),
                        number(status.get("failed")), topics, info.get("run_id") if isinstance(info.get("run_id"), str) else None)


def render_index(summaries: list[NightSummary], latest: str | None) -> str:
    """``index.md``: one row per night, newest first, linking each brief."""
    lines = ["# Nights", "", f"{len(summaries)} night{'s' if len(summaries) != 1 else ''} in this folder"
             + (f"; latest: [{latest}]({latest}/brief.md)" if latest and any(s.date == latest for s in summaries) else "") + ".", ""]
    if summaries:
        lines += ["| Night | Articles ok | Skipped | Failed | Topics | Brief |", "|---|---:|---:|---:|---:|---|"]

    def cell(value: int | None) -> str:
        return "?" if value is None else str(value)

    for s in sorted(summaries, key=lambda s: s.date, reverse=True):
        lines.append(f"| {s.date} | {cell(s.ok)} | {cell(s.skipped)} | {cell(s.failed)} | {cell(s.topics)} | [brief]({s.date}/brief.md) |")
    return "\n".join(lines) + "\n"


def write_index(out_dir: Path) -> Path:
    """Write ``DIR/index.md`` from the published nights (atomically)."""
    path = out_dir / INDEX
    write_text(path, render_index([night_summary(n) for n in nights(out_dir)], current_latest(out_dir)))
    return path
