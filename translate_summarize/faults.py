"""Environment faults → one-line messages that name the path, say what is wrong and what to do.

A full disk, a read-only or foreign folder, a damaged SQLite file or a file-size limit is not a bad
article and not a usage error: the run stops before publishing anything (exit code 4, see the README)
and says which file or folder, what the operating system or SQLite reported, and the fix. Nothing
here guesses: the message follows the ``errno`` of an :class:`OSError` or the result code of a
:class:`sqlite3.Error`.
"""

from __future__ import annotations

import errno
import functools
import inspect
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .errors import EnvironmentFault, StateError

_NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT})
_DENIED = frozenset({errno.EACCES, errno.EPERM})

# SQLite primary result codes (the low byte of sqlite_errorcode).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 3, 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


def os_problem(exc: OSError) -> tuple[str, str]:
    """``(what is wrong, what to do)`` for an OSError, from its errno."""
    code = exc.errno
    if code in _NO_SPACE:
        return "no space left on the filesystem (disk or quota full)", "free space there (or point it at another filesystem)"
    if code == errno.EFBIG:
        return "the file size limit was reached (ulimit -f)", "raise the limit for this user (ulimit -f unlimited) or free space"
    if code == errno.EROFS:
        return "the filesystem is mounted read-only", "remount it read-write or use a folder on a writable filesystem"
    if code in _DENIED:
        return "permission denied", f"make it writable for user {_user()} or use a folder that user owns"
    if code == errno.EIO:
        return "an input/output error (the disk may be failing)", "check the disk (dmesg, smartctl) before running again"
    if code in (errno.ENOTDIR, errno.EEXIST):
        return "a file is in the way where a folder must be", "move that file away or use another folder"
    return f"{exc.strerror or exc}", "check the path and its filesystem"


def fs_fault(path: Path | str | None, exc: OSError, *, option: str = "") -> EnvironmentFault:
    """An :class:`EnvironmentFault` for ``exc``: the file it names (else ``path``), what is wrong, the fix.

    ``option`` names the flag/key that chose the path (``--out (output.dir)``), added to the fix.
    """
    where = exc.filename if exc.filename not in (None, "") else path
    what, fix = os_problem(exc)
    if option:
        fix += f", or pass another {option}"
    return EnvironmentFault(f"{where if where is not None else 'a file or folder the run uses'}: {what}; {fix}")


def db_problem(exc: sqlite3.Error) -> tuple[str, str, bool]:
    """``(what is wrong, what to do, damaged)`` for a SQLite error, from its result code."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary == SQLITE_FULL or "disk is full" in text:
        return "no space left on the filesystem (disk or quota full)", "free space there", False
    if primary == SQLITE_IOERR:
        return (f"an input/output error ({text}: a full disk, the file size limit or a failing disk)",
                "free space, check ulimit -f and the disk", False)
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        return ("it cannot be written (read-only filesystem or file, or permissions)",
                f"make it and its folder writable for user {_user()}", False)
    if primary == SQLITE_CANTOPEN:
        return "it cannot be opened (missing folder, permissions, or too many open files)", "check the path and its folder", False
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return "it is locked by another process", "wait for that process (or stop it) and run again", False
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or isinstance(exc, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text
    ):
        return f"it is damaged or not a database ({text})", "", True
    return f"SQLite error ({text})", "check the file and its filesystem", False


def db_fault(path: Path | str, exc: sqlite3.Error, what: str, damaged_fix: str) -> StateError:
    """A :class:`StateError` for ``exc`` on the SQLite file ``path`` (``what``: "run state", ...).

    ``damaged_fix`` is the advice for a damaged file (what moving it away costs).
    """
    problem, fix, damaged = db_problem(exc)
    return StateError(f"{path}: {what}: {problem}; {damaged_fix if damaged else fix}")


F = TypeVar("F", bound=Callable[..., Any])


def guard_db(what: str, damaged_fix: str) -> Callable[[type], type]:
    """Class decorator: every public method's :class:`sqlite3.Error` becomes :func:`db_fault` of ``self.path``."""

    def wrap(fn: F) -> F:
        if inspect.isgeneratorfunction(fn):
            @functools.wraps(fn)
            def gen(self: Any, *args: Any, **kwargs: Any) -> Any:
                try:
                    yield from fn(self, *args, **kwargs)
                except sqlite3.Error as exc:
                    raise db_fault(self.path, exc, what, damaged_fix) from None
            return gen  # type: ignore[return-value]

        @functools.wraps(fn)
        def call(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return fn(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise db_fault(self.path, exc, what, damaged_fix) from None
        return call  # type: ignore[return-value]

    def decorate(cls: type) -> type:
        for name, member in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(member):
                setattr(cls, name, wrap(member))
        return cls

    return decorate


def _user() -> str:
    try:
        import pwd

        return pwd.getpwuid(os.geteuid()).pw_name
    except (ImportError, KeyError):
        return str(os.geteuid())
