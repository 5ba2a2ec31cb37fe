"""Atomic file writes: temp file in the same folder, fsync, ``os.replace``, fsync the folder.

The temp file gets the mode a plain ``open()`` would give (``0o666`` minus the umask: 0644 under
umask 022, 0640 under 027) before it is renamed into place; ``mkstemp`` alone makes it 0600, which
would leave a shared output folder unreadable to the web server or the analysts.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """fsync a directory so a rename inside it survives a power cut (no-op where unsupported)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def current_umask() -> int:
    """The process umask, read without changing it where the OS allows (Linux ``/proc``)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore (not thread-safe, but only off Linux)
    os.umask(mask)
    return mask


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one, never a part."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), 0o666 & ~current_umask())
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def write_text(path: Path, text: str) -> None:
    """:func:`write_bytes` of UTF-8 text."""
    write_bytes(path, text.encode("utf-8"))


def write_text_reusing(path: Path, text: str, previous: Path | None) -> bool:
    """:func:`write_text`, or hard-link ``previous`` when it already holds exactly ``text``.

    Published files are never modified in place (always replaced by rename), so sharing an inode
    with the previous run's folder is safe, and a file already on disk needs no second fsync.
    Returns True when the previous file was linked.
    """
    data = text.encode("utf-8")
    if previous is not None:
        try:
            if previous.stat().st_size == len(data) and previous.read_bytes() == data:
                path.parent.mkdir(parents=True, exist_ok=True)
                os.link(previous, path)
                return True
        except OSError:
            pass
    write_bytes(path, data)
    return False
