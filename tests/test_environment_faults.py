"""Environment faults keep the exit-code contract (issue 12 item 11): a damaged database, a read-only
or file-shaped --out, a full disk, an unreachable scheduler, a broken --memory file. Each gives one
line naming the path and the fix, its documented exit code, and nothing half-written.

A full disk and a read-only filesystem cannot be made without root: they are injected at the write
layer (``OSError(ENOSPC)``/``OSError(EROFS)`` from the calls that write), SQLite's own "disk full" is
real (``PRAGMA max_page_count``), and a file-size limit (``RLIMIT_FSIZE``, EFBIG) is real in a
subprocess.
"""

from __future__ import annotations

import errno
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from translate_summarize.article import Article
from translate_summarize.errors import StateError
from translate_summarize.state import RunState
from translate_summarize.translate.memory import MemoryPair, TranslationMemory

from runhelpers import invoke

RUN_DATE = "2026-01-05"
SEED = "000_24618d5ee539ec34.txt"


def _run(seeds_dir: Path, memory: Path, out: Path, *extra: str):
    return invoke(["run", str(seeds_dir / SEED), "--memory", str(memory), "--out", str(out),
                   "--models-dir", str(out.parent / "models"), "--run-date", RUN_DATE, "-q", *extra])


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in stderr, stderr
    return lines[0][len("error: "):]


@pytest.fixture()
def published(tmp_path: Path, seeds_dir: Path, seed_memory_file: Path) -> tuple[Path, dict[str, bytes]]:
    out = tmp_path / "out"
    first = _run(seeds_dir, seed_memory_file, out)
    assert first.exit_code == 0, first.stderr
    return out, _snapshot(out / RUN_DATE)


# --- damaged databases ---------------------------------------------------------------------------------

def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "header":
        path.write_bytes(b"\0" * 100 + data[100:])
    elif how == "truncated":
        path.write_bytes(data[:8192])
    elif how == "garbage":
        path.write_bytes(data[:4096] + bytes((i * 7) % 251 for i in range(len(data) - 4096)))  # every page after the first


@pytest.mark.parametrize("name", ["state.sqlite", "memory.sqlite"])
@pytest.mark.parametrize("how", ["header", "truncated", "garbage"])
def test_a_damaged_database_is_exit_4_naming_it_and_nothing_is_published(
    published: tuple[Path, dict[str, bytes]], seeds_dir: Path, seed_memory_file: Path, name: str, how: str,
) -> None:
    out, before = published
    _damage(out / name, how)
    result = _run(seeds_dir, seed_memory_file, out, "--force")
    assert result.exit_code == 4, result.stderr
    message = _one_error_line(result.stderr)
    assert message.startswith(f"{out / name}: ") and "damaged or not a database" in message and "move it away" in message
    assert _snapshot(out / RUN_DATE) == before
    assert not list(out.glob(".staging-*"))


# --- the output folder ------------------------------------------------------------------------------------

def test_out_that_is_a_regular_file_is_a_usage_error(tmp_path: Path, seeds_dir: Path, seed_memory_file: Path) -> None:
    target = tmp_path / "out"
    target.write_text("my notes\n", encoding="utf-8")
    result = _run(seeds_dir, seed_memory_file, target)
    assert result.exit_code == 2
    assert _one_error_line(result.stderr) == f"--out (output.dir): {target} is a file, not a folder; pass a folder"
    assert target.read_text(encoding="utf-8") == "my notes\n" and sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def _read_only(monkeypatch: pytest.MonkeyPatch, mount: Path) -> None:
    """Make ``mount`` behave like a read-only filesystem for os-level writes (EROFS)."""
    real_open, real_mkdir = os.open, os.mkdir

    def inside(path: object) -> bool:
        return str(Path(os.fspath(path)).absolute()).startswith(str(mount))  # type: ignore[arg-type]

    def fake_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if inside(path) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    def fake_mkdir(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if inside(path):
            if os.path.exists(path):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), os.fspath(path))
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))
        return real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "mkdir", fake_mkdir)


def test_read_only_out_is_exit_4_before_anything_is_written(
    tmp_path: Path, seeds_dir: Path, seed_memory_file: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "ro"
    out.mkdir()
    _read_only(monkeypatch, out)
    result = _run(seeds_dir, seed_memory_file, out)
    assert result.exit_code == 4
    assert _one_error_line(result.stderr) == (
        f"{out}: the filesystem is mounted read-only; remount it read-write or use a folder on a writable filesystem, "
        "or pass another --out (output.dir)"
    )
    assert list(out.iterdir()) == []


# --- a full disk ---------------------------------------------------------------------------------------------

def test_disk_full_while_rendering_is_exit_4_and_the_published_night_is_untouched(
    published: tuple[Path, dict[str, bytes]], seeds_dir: Path, seed_memory_file: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    out, before = published
    real_fsync = os.fsync
    synced: list[str] = []

    def fsync(fd: int) -> None:  # the disk fills up after the first two files of the new night
        target = os.readlink(f"/proc/self/fd/{fd}")
        if "/.staging-" in target and not os.path.isdir(target):
            if len(synced) >= 2:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            synced.append(target)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    result = _run(seeds_dir, seed_memory_file, out, "--force")
    assert result.exit_code == 4
    message = _one_error_line(result.stderr)
    assert message.startswith(str(out / ".staging-")) and message.endswith(
        ": no space left on the filesystem (disk or quota full); free space there (or point it at another filesystem)"
    )
    assert _snapshot(out / RUN_DATE) == before
    assert not list(out.glob(".staging-*"))
    monkeypatch.undo()
    again = _run(seeds_dir, seed_memory_file, out, "--force")  # space freed: the night completes
    assert again.exit_code == 0, again.stderr


def test_sqlite_disk_full_names_the_file_and_does_not_blame_it(tmp_path: Path) -> None:
    with RunState(tmp_path) as state:
        pages = state.conn.execute("PRAGMA page_count").fetchone()[0]
        state.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL from here on
        article = Article(id="0123456789abcdef", source_file="x.txt", title="x" * 200_000)
        with pytest.raises(StateError) as caught:
            state.commit_articles([(article, "key")])
    assert str(caught.value) == (
        f"{tmp_path / 'state.sqlite'}: run state: no space left on the filesystem (disk or quota full); free space there"
    )
    with TranslationMemory(tmp_path / "memory.sqlite") as memory:
        pages = memory._conn.execute("PRAGMA page_count").fetchone()[0]
        memory._conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StateError) as caught:
            memory.import_pairs([MemoryPair("sq", "en", f"fjala {n}", "x" * 2000) for n in range(200)], provenance="test")
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'memory.sqlite'}: translation memory: no space left") and "move it away" not in message


_FSIZE = r"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))
from translate_summarize.cli import main
sys.argv = ["translate-summarize", *sys.argv[1:]]
main()
"""


def test_file_size_limit_is_exit_4_with_one_line(published: tuple[Path, dict[str, bytes]], seeds_dir: Path, seed_memory_file: Path) -> None:
    out, before = published
    proc = subprocess.run(
        [sys.executable, "-c", _FSIZE, "run", str(seeds_dir / SEED), "--memory", str(seed_memory_file), "--out", str(out),
         "--models-dir", str(out.parent / "models"), "--run-date", RUN_DATE, "-q", "--force"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 4, proc.stderr
    message = _one_error_line(proc.stderr)
    assert "an input/output error" in message and "ulimit -f" in message
    assert _snapshot(out / RUN_DATE) == before


# --- memory files and the scheduler ------------------------------------------------------------------------

def test_broken_tmx_with_memory_is_exit_2_and_nothing_is_written(tmp_path: Path, seeds_dir: Path) -> None:
    broken = tmp_path / "desk.tmx"
    broken.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><body><tu>\n', encoding="utf-8")
    out = tmp_path / "out"
    result = _run(seeds_dir, broken, out)
    assert result.exit_code == 2
    message = _one_error_line(result.stderr)
    assert message.startswith(f"--memory (translate.memory_files): {broken}: not valid XML at line 3")
    assert message.endswith("; fix the file or leave it out (nothing was written)")
    assert not out.exists()


def test_unreachable_scheduler_is_exit_2_fast_and_nothing_is_written(tmp_path: Path, seeds_dir: Path, seed_memory_file: Path) -> None:
    pytest.importorskip("distributed")
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = tmp_path / "out"
    result = _run(seeds_dir, seed_memory_file, out, "--scheduler", f"tcp://127.0.0.1:{port}")
    assert result.exit_code == 2
    assert _one_error_line(result.stderr).startswith(f"--scheduler (dask.scheduler): cannot reach tcp://127.0.0.1:{port} (Connection refused)")
    assert not out.exists()
