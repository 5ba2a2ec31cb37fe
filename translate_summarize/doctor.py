"""Environment checks behind ``translate-summarize doctor``: each check says what is wrong and the fix."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError
from .settings import Settings, load_settings

DEPENDENCIES: tuple[tuple[str, str], ...] = (
    ("argostranslate", "argos-translate-lt"), ("ctranslate2", "ctranslate2"), ("sentencepiece", "sentencepiece"),
    ("sumy", "sumy"), ("typer", "typer"), ("rich", "rich"), ("jsonlines", "jsonlines"), ("py3langid", "py3langid"),
    ("sentencex", "sentencex"), ("sklearn", "scikit-learn"), ("numpy", "numpy"), ("scipy", "scipy"),
    ("charset_normalizer", "charset-normalizer"), ("dateparser", "dateparser"), ("jinja2", "Jinja2"),
    ("trafilatura", "trafilatura"), ("jsonschema", "jsonschema"), ("psutil", "psutil"),
)


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str | None = None


def check_python() -> Check:
    v = sys.version_info
    version = f"{v.major}.{v.minor}.{v.micro}"
    if v < (3, 11):
        return Check("python", False, f"Python {version}", "install Python 3.11 or newer and recreate the environment (make run)")
    return Check("python", True, f"Python {version} ({sys.executable})")


def check_dependencies() -> Iterator[Check]:
    import importlib
    from importlib import metadata

    for module, dist in DEPENDENCIES:
        try:
            importlib.import_module(module)
            version = metadata.version(dist)
        except Exception as exc:  # any import failure is the finding itself
            yield Check(f"dependency {dist}", False, f"cannot import {module}: {type(exc).__name__}: {exc}",
                        "pip install -r requirements.lock (or: make run, which bootstraps .venv)")
            continue
        yield Check(f"dependency {dist}", True, version)


def check_models(settings: Settings) -> Iterator[Check]:
    """The store: its usable packages, every broken folder (named, with the fix), and missing pairs.

    A package counts as usable only when its ``model/model.bin`` parses as a CTranslate2 model to
    the end (:func:`~translate_summarize.translate.ct2_model.inspect_model`; no weights are loaded).
    """
    from .errors import ModelError
    from .translate.ct2_model import inspect_model
    from .translate.models import repair_advice, scan_packages

    models_dir = Path(settings.models_dir)
    if not models_dir.is_dir():
        langs = " ".join(l for l in settings.languages if l != settings.target_lang)
        yield Check("models dir", False, f"{models_dir} does not exist",
                    f"install models: translate-summarize models install {langs} --models-dir {models_dir}"
                    + _offline_install(models_dir))
        packages = []
    else:
        packages, broken = scan_packages(models_dir)
        unusable = []
        for p in packages:
            try:
                inspect_model(p.model_dir)
            except ModelError as exc:
                unusable.append(p)
                yield Check(f"package {p.model_id}", False, str(exc).removesuffix("; reinstall the package"),
                            repair_advice(models_dir, [p.path.name], p.from_code, p.to_code, p.source if p.brought else ""))
        packages = [p for p in packages if p not in unusable]
        for b in broken:
            yield Check(f"package folder {b.path.name}", False, b.problem, b.advice())
        names = ", ".join(f"{p.from_code}->{p.to_code} {p.model_id}" for p in packages) or "none"
        yield Check("models dir", True, f"{models_dir}: installed {names}")
    have = {(p.from_code, p.to_code) for p in packages}
    for lang in dict.fromkeys(settings.languages):
        if lang != settings.target_lang and (lang, settings.target_lang) not in have:
            yield Check(f"model {lang}->{settings.target_lang}", False,
                        "no usable installed model (articles in this language translate only from memory)",
                        f"translate-summarize models install {lang} --models-dir {models_dir}"
                        + _offline_install(models_dir, f"translate-{lang}_{settings.target_lang}-*.argosmodel"))


def _offline_install(models_dir: Path, archive: str = "X.argosmodel") -> str:
    """How to install without network: a downloaded archive, or a folder of them."""
    return (f" (offline, on a machine without network: translate-summarize models install --file {archive} "
            f"--models-dir {models_dir}, or --from DIR for every .argosmodel in DIR)")


MIN_FREE_BYTES = 100_000_000
"""Less free space than this on the output's or the memory's filesystem is reported (a night's
outputs, the run state and the translation cache need room)."""

SQLITE_HEADER = b"SQLite format 3\x00"


def _existing_ancestor(path: Path) -> Path:
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return probe


def _filesystem_problem(folder: Path) -> tuple[str, str] | None:
    """``(what, fix)`` when ``folder``'s filesystem is read-only or (nearly) full, else None."""
    try:
        st = os.statvfs(folder)
    except OSError:
        return None
    if st.f_flag & os.ST_RDONLY:
        return (f"{folder} is on a read-only filesystem",
                "remount that filesystem read-write, or use a folder on a writable one")
    free = st.f_bavail * st.f_frsize
    if free < MIN_FREE_BYTES:
        state = "full" if free == 0 else f"nearly full ({free / 1e6:.1f} MB free)"
        return (f"the filesystem holding {folder} is {state}",
                f"free space there (at least {MIN_FREE_BYTES // 1_000_000} MB), or use a folder on another filesystem")
    return None


def check_memory(settings: Settings) -> Check:
    """Inspect the translation memory without writing to it: what it is, whether it is usable, and where."""
    import sqlite3

    from .faults import os_problem

    path = Path(settings.memory_path)
    option = "translate.memory_db (or --db)"
    if not path.exists():
        folder = _existing_ancestor(path.parent)
        trouble = _filesystem_problem(folder)
        if trouble is not None:
            return Check("translation memory", False, f"{path} cannot be created: {trouble[0]}", f"{trouble[1]}, or set {option}")
        if not os.access(folder, os.W_OK | os.X_OK):
            return Check("translation memory", False, f"{path} cannot be created: {folder} is not writable for user {_user()}",
                         f"make {folder} writable for that user, or set {option} to a file in a folder it owns")
        return Check("translation memory", True, f"{path} not created yet (the first run creates it)")
    if not path.is_file():
        return Check("translation memory", False, f"{path} is not a file ({_kind(path)})",
                     f"set {option} to a file path, e.g. {Path(settings.output_dir) / 'memory.sqlite'}")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        what, fix = os_problem(exc)
        return Check("translation memory", False, f"{path}: cannot read it: {what}", fix)
    if head and head != SQLITE_HEADER:
        return Check(
            "translation memory", False,
            f"{path} is not a SQLite database ({path.stat().st_size:,} bytes of something else, owned by uid {path.stat().st_uid}); "
            "it is not a translation memory",
            f"leave that file alone and set {option} to the translation memory's file "
            f"(default {Path(settings.output_dir) / 'memory.sqlite'})",
        )
    try:
        # read-only; without a -wal file (no run has it open) also "immutable", so no -wal/-shm appears
        wal = path.with_name(path.name + "-wal").exists()
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{'' if wal else '&immutable=1'}", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0] if head else "ok"
            pairs = dict(((f"{s}->{t}", o), n) for s, t, o, n in conn.execute(
                "SELECT source_lang, target_lang, origin, COUNT(*) FROM pairs GROUP BY 1, 2, 3")) if "pairs" in tables else {}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        from .faults import db_problem

        problem, fix, damaged = db_problem(exc)
        return Check("translation memory", False, f"{path}: {problem}",
                     _MOVE_AWAY.format(path=path) if damaged else fix)
    if verdict != "ok":
        return Check("translation memory", False, f"{path} is damaged (SQLite quick_check: {verdict})", _MOVE_AWAY.format(path=path))
    if head and "pairs" not in tables:
        return Check("translation memory", False,
                     f"{path} is a SQLite database of another program (tables: {', '.join(sorted(tables)) or 'none'}), not a translation memory",
                     f"leave that file alone and set {option} to the translation memory's file")
    trouble = _filesystem_problem(path.parent)
    if trouble is not None:
        return Check("translation memory", False, f"{path}: {trouble[0]} (the run writes cached translations to it)",
                     f"{trouble[1]}, or set {option}")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        return Check("translation memory", False, f"{path}: not writable for user {_user()} (the run writes cached translations to it)",
                     f"make {path} and {path.parent} writable for that user, or set {option}")
    by_pair: dict[str, dict[str, int]] = {}
    for (pair, origin), n in pairs.items():
        by_pair.setdefault(pair, {"memory": 0, "model": 0})[origin] = n
    summary = ", ".join(f"{k}: {v['memory']} human, {v['model']} cached" for k, v in sorted(by_pair.items())) or "empty"
    return Check("translation memory", True, f"{path}: {summary}")


_MOVE_AWAY = ("move {path} away (keep it for recovery); the next run creates a fresh one: re-import your memory files "
              "(translate-summarize memory import), cached machine translations are rebuilt as articles are translated")


def check_output(settings: Settings) -> Check:
    """Can the run write its outputs: a folder (or creatable), writable, on a writable filesystem with room."""
    from .faults import os_problem

    out = Path(settings.output_dir)
    if out.exists() and not out.is_dir():
        return Check("output dir", False, f"{out} is a {_kind(out)}, not a folder", "pass --out with a folder (or move that file away)")
    probe = _existing_ancestor(out)
    if not probe.is_dir():
        return Check("output dir", False, f"{out}: {probe} is not a folder", "pass --out with a writable folder")
    trouble = _filesystem_problem(probe)
    if trouble is not None:
        return Check("output dir", False, f"{out}: {trouble[0]}", f"{trouble[1]}, or pass --out")
    try:
        with tempfile.TemporaryFile(dir=probe):
            pass
    except OSError as exc:
        what, fix = os_problem(exc)
        return Check("output dir", False, f"{out}: cannot write in {probe}: {what}", f"{fix}, or pass --out")
    lock = out / ".lock"
    holder = ""
    if lock.is_file() and not lock.is_symlink():
        holder = f"; lock file present ({lock.read_text(encoding='utf-8', errors='replace').strip()[:200]})"
    return Check("output dir", True, f"{out} writable{holder}")


def _kind(path: Path) -> str:
    import stat

    mode = path.lstat().st_mode
    for test, name in ((stat.S_ISDIR, "folder"), (stat.S_ISREG, "file"), (stat.S_ISLNK, "symbolic link"),
                       (stat.S_ISFIFO, "named pipe"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
                       (stat.S_ISSOCK, "socket")):
        if test(mode):
            return name
    return "special file"


def _user() -> str:
    from .faults import _user as user

    return user()


def run_checks(config: Path | None, *, models_dir: Path | None = None, output_dir: Path | None = None) -> Iterator[Check]:
    """Every check in order; a bad config is reported and the rest runs with defaults."""
    yield check_python()
    yield from check_dependencies()
    try:
        settings = load_settings(config, {"models_dir": models_dir, "output_dir": output_dir},
                                 {"models_dir": "--models-dir", "output_dir": "--out"})
        yield Check("config", True, str(config) if config else "defaults (+ ./translate-summarize.toml if present)")
    except ConfigError as exc:
        yield Check("config", False, str(exc), "fix the named key or flag (translate-summarize config lists every key)")
        settings = Settings()
        if models_dir is not None and str(models_dir).strip():  # an empty one was the error: not the current directory
            settings = settings.replace(models_dir=Path(models_dir))
        if output_dir is not None and str(output_dir).strip():
            settings = settings.replace(output_dir=Path(output_dir))
    yield from check_models(settings)
    yield check_memory(settings)
    yield check_output(settings)
