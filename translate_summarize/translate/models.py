"""Installed Argos Translate packages in the project-local store (``models/``).

A package is a folder under the models dir holding ``metadata.json``, a CTranslate2 ``model/``
folder and a ``sentencepiece.model`` or ``bpe.model`` tokenizer (the ``.argosmodel`` layout).
Where it came from is kept beside it in ``.install.json`` (source, sha256, installed_at).

This module never imports ``argostranslate`` (its settings module creates folders at import time).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shlex
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..errors import ConfigError, ModelError, ModelMissingError

log = logging.getLogger(__name__)

PROVENANCE_FILE = ".install.json"
LOCK_FILE = ".lock"
_LANGUAGE_CODE = re.compile(r"^[a-z0-9][a-z0-9_.\-]{0,15}$")
_PACKAGE_NAME = re.compile(r"^[a-z0-9][a-z0-9_.\-]{0,63}$")
_VERSION = re.compile(r"^[a-z0-9][a-z0-9_.\-]{0,31}$")
TOKENIZER_FILES = (("sentencepiece", "sentencepiece.model"), ("bpe", "bpe.model"))
TARGET_TOKENIZER_FILE = "target_sentencepiece.model"
"""Decodes the output when a model has separate source/target SentencePiece models (OPUS-MT)."""
BROUGHT_KEY = "ct2"
"""``metadata.json`` key of a package made by ``models install --ct2`` from a user's CTranslate2 model."""


class PackageIdentity:
    """``model_id`` and ``pair`` for anything with ``code``, ``package_version``, ``from_code``, ``to_code``."""

    __slots__ = ()
    code: str
    package_version: str
    from_code: str
    to_code: str

    @property
    def model_id(self) -> str:
        """``code@version``, e.g. ``translate-ar_en@1.0``; the translation cache keys on it."""
        return f"{self.code}@{self.package_version}"

    @property
    def pair(self) -> str:
        return f"{self.from_code}->{self.to_code}"


@dataclass(frozen=True, slots=True)
class InstalledPackage(PackageIdentity):
    """One installed translation package (read from its folder; immutable)."""

    code: str
    from_code: str
    to_code: str
    package_version: str
    argos_version: str
    path: Path
    size_bytes: int
    source: str
    installed_at: str
    tokenizer: str
    target_prefix: str = ""
    sha256: str = ""
    from_name: str = ""
    to_name: str = ""
    catalogue_version: str = ""
    """The catalogue entry's version this package was installed as (it may call itself otherwise)."""
    source_prefix: str = ""
    """Token put before every source (NLLB/M2M-100: the source language token)."""
    source_suffix: str = ""
    """Token put after every source (NLLB/M2M-100: ``</s>``)."""
    brought: bool = False
    """Installed with ``models install --ct2`` (a user's own CTranslate2 model), not an Argos package."""

    @property
    def model_dir(self) -> Path:
        """The CTranslate2 model folder."""
        return self.path / "model"

    @property
    def tokenizer_path(self) -> Path:
        return self.path / dict(TOKENIZER_FILES)[self.tokenizer]

    @property
    def target_tokenizer_path(self) -> Path | None:
        """The separate target-side SentencePiece model, when the package has one."""
        path = self.path / TARGET_TOKENIZER_FILE
        return path if path.is_file() else None


def package_code(from_code: str, to_code: str, kind: str = "translate") -> str:
    """argospm name of a package: ``translate-ar_en``."""
    return f"{kind}-{from_code}_{to_code}"


def metadata_code(meta: dict[str, Any]) -> str:
    """The package code a metadata object names (``code``, else derived: ``translate-ar_en``)."""
    return str(meta.get("code") or package_code(meta["from_code"], meta["to_code"], meta.get("type") or "translate"))


def version_key(version: str) -> tuple[Any, ...]:
    """Sort key for package versions (``1.10`` > ``1.9``; non-numeric or over-long parts compare as text)."""
    return tuple((0, int(p), "") if p.isdigit() and len(p) <= 18 else (1, 0, p) for p in re.split(r"[.\-_]", version))


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def validate_metadata(data: Any, where: str) -> None:
    """Raise ModelError (naming ``where``) unless ``data`` is a metadata object whose names are safe.

    Every field that can become part of a path or a file name — the language codes, ``type`` and
    ``code`` (the package folder is ``code``, else ``<type>-<from>_<to>``) and ``package_version`` — must be
    short and made of ``a-z 0-9 _ . -`` (starting with a letter or digit): no separators, no ``..``,
    no absolute paths, nothing that needs quoting.
    """
    if not isinstance(data, dict):
        raise ModelError(f"{where}: unparsable metadata (expected a JSON object)")
    for key in ("from_code", "to_code"):
        value = data.get(key)
        if not isinstance(value, str) or not value:
            raise ModelError(f"{where}: metadata has no {key!r}")
        if not _LANGUAGE_CODE.match(value):
            raise ModelError(f"{where}: metadata {key} {_shown(value)} is not a language code (up to 16 of a-z 0-9 _ . -)")
    for key, pattern, what in (("type", _PACKAGE_NAME, "package type"), ("code", _PACKAGE_NAME, "package name")):
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not pattern.match(value)):
            raise ModelError(f"{where}: metadata {key} {_shown(value)} is not a valid {what} (up to 64 of a-z 0-9 _ . -)")
    version = data.get("package_version")
    if version is not None and (not isinstance(version, str) or not _VERSION.match(version)):
        raise ModelError(f"{where}: metadata package_version {_shown(version)} is not a version (up to 32 of a-z 0-9 _ . -)")


def read_metadata(path: Path) -> dict[str, Any]:
    """Parse ``path/metadata.json``; raise ModelError naming the file and the problem."""
    meta_path = path / "metadata.json"
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{path}: no metadata.json") from None
    except (OSError, ValueError, RecursionError) as exc:  # ValueError: bad UTF-8/JSON, or an int of 4,300+ digits
        raise ModelError(f"{meta_path}: unparsable metadata ({_shown(str(exc))[1:-1]})") from None
    validate_metadata(data, str(meta_path))
    return data


def package_problems(path: Path) -> list[str]:
    """What is missing from a package folder's layout, or not what it claims (empty when it looks complete).

    ``model/model.bin`` must start like a CTranslate2 model (a random or truncated file does not).
    """
    from .ct2_model import read_binary_header

    problems = []
    if not (path / "model").is_dir():
        problems.append("missing model/ folder")
    elif not (path / "model" / "model.bin").is_file():
        problems.append("missing model/model.bin")
    else:
        try:
            read_binary_header(path / "model" / "model.bin")
        except ModelError as exc:
            problems.append(_local(str(exc), path))
    if not any((path / name).is_file() for _, name in TOKENIZER_FILES):
        problems.append("missing tokenizer (sentencepiece.model or bpe.model)")
    return problems


def _local(problem: str, path: Path) -> str:
    """``problem`` relative to the package folder ``path``, without the advice a reader's message carries."""
    return problem.removeprefix(f"{path}/").removeprefix(f"{path}: ").removesuffix("; reinstall the package")


def _read_provenance(path: Path) -> dict[str, Any]:
    try:
        data = json.loads((path / PROVENANCE_FILE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError, RecursionError):
        return {}


def read_package(path: Path) -> InstalledPackage:
    """Read one installed package folder; raise ModelError if it is incomplete or unreadable."""
    found = _read_folder(path)
    if isinstance(found, BrokenPackage):
        raise ModelError(found.problem)
    return found


def _read_folder(path: Path) -> InstalledPackage | BrokenPackage:
    """The package in ``path``, or what is wrong with the folder."""
    try:
        meta = read_metadata(path)
    except ModelError as exc:
        from_code, to_code = _pair_from_name(path.name)
        return BrokenPackage(path, str(exc), (_local(str(exc), path),), from_code, to_code)
    problems = package_problems(path)
    if problems:
        brought = meta.get(BROUGHT_KEY)
        folder = brought.get("folder") if isinstance(brought, dict) else None
        return BrokenPackage(
            path, f"{path}: {'; '.join(problems)}", tuple(problems), meta["from_code"], meta["to_code"],
            metadata_code(meta), folder if isinstance(folder, str) else "",
        )
    tokenizer = next(kind for kind, name in TOKENIZER_FILES if (path / name).is_file())
    prov = _read_provenance(path)
    installed_at = prov.get("installed_at") or datetime.fromtimestamp(
        (path / "metadata.json").stat().st_mtime, tz=timezone.utc
    ).isoformat(timespec="seconds")
    return InstalledPackage(
        code=metadata_code(meta),
        from_code=meta["from_code"],
        to_code=meta["to_code"],
        package_version=str(meta.get("package_version", "")),
        argos_version=str(meta.get("argos_version", "")),
        path=path,
        size_bytes=_dir_size(path),
        source=str(prov.get("source") or "(copied in by hand)"),
        installed_at=str(installed_at),
        tokenizer=tokenizer,
        target_prefix=str(meta.get("target_prefix") or ""),
        sha256=str(prov.get("sha256") or ""),
        from_name=str(meta.get("from_name", "")),
        to_name=str(meta.get("to_name", "")),
        catalogue_version=str(prov.get("catalogue_version") or ""),
        source_prefix=str(meta.get("source_prefix") or ""),
        source_suffix=str(meta.get("source_suffix") or ""),
        brought=BROUGHT_KEY in meta,
    )


_NAMED_PAIR = re.compile(r"(?:^|[-_.])([a-z]{2,3})_([a-z]{2,3})(?=$|[-_.])")


def _pair_from_name(name: str) -> tuple[str, str]:
    """The language pair a folder name spells (``translate-ar_en``, ``ar_en``, ``translate-sq_en-1_9``), else empty."""
    pairs = {m.groups() for m in _NAMED_PAIR.finditer(name)}
    return next(iter(pairs)) if len(pairs) == 1 else ("", "")


def _package_dirs(models_dir: Path) -> list[Path]:
    if not models_dir.is_dir():
        return []
    return sorted(
        p for p in models_dir.iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / "metadata.json").exists()
    )


@dataclass(frozen=True, slots=True)
class BrokenPackage:
    """A folder in the store that is not a usable package; ``str()`` is the problem, naming the folder."""

    path: Path
    problem: str
    details: tuple[str, ...] = ()
    """What is wrong, each relative to the folder (``model/model.bin is not a CTranslate2 model (...)``)."""
    from_code: str = ""
    to_code: str = ""
    """The pair the folder was meant for: from its metadata, else as its name spells it (empty: unknown)."""
    code: str = ""
    """The package code its metadata names (empty when the metadata cannot be read)."""
    ct2_folder: str = ""
    """The folder a model brought with ``models install --ct2`` was installed from."""

    def __str__(self) -> str:
        return self.problem

    @property
    def what(self) -> str:
        """``<folder> (<what is wrong>)``, with no ``; `` in it."""
        return f"{self.path} ({', '.join(self.details) if self.details else self.problem})".replace("; ", ", ")

    def advice(self) -> str:
        """How to repair it: reinstall (the catalogue, an archive, or the brought model's folder) or remove it."""
        return repair_advice(self.path.parent, [self.path.name], self.from_code, self.to_code, self.ct2_folder)


def repair_advice(models_dir: Path, names: Sequence[str], from_code: str = "", to_code: str = "", ct2_folder: str = "") -> str:
    """``reinstall it: <command>, or remove it: <command>`` for the damaged package folders ``names`` of ``models_dir``.

    The same words in ``doctor``, ``run``'s reasons and the engine's package errors. Reinstalling
    replaces a folder whose metadata names the package (or whose name is the package code).
    """
    where = f" --models-dir {shlex.quote(str(models_dir))}"
    to = f" --to {to_code}" if to_code and to_code != "en" else ""
    if ct2_folder and from_code:
        reinstall = f"translate-summarize models install --ct2 {shlex.quote(ct2_folder)} --from {from_code}{to}{where}"
    elif from_code:
        reinstall = f"translate-summarize models install {from_code}{to} --force{where} (offline: --file PACKAGE.argosmodel)"
    else:
        reinstall = f"translate-summarize models install --file PACKAGE.argosmodel{where}"
    them = "it" if len(names) == 1 else "them"
    removal = " ".join(shlex.quote(n) for n in names)
    return f"reinstall {them}: {reinstall}, or remove {them}: translate-summarize models remove {removal}{where}"


def scan_packages(models_dir: Path) -> tuple[list[InstalledPackage], list[BrokenPackage]]:
    """Every readable package under ``models_dir`` plus one :class:`BrokenPackage` per broken folder."""
    packages: list[InstalledPackage] = []
    problems: list[BrokenPackage] = []
    for path in _package_dirs(models_dir):
        found = _read_folder(path)
        (problems if isinstance(found, BrokenPackage) else packages).append(found)  # type: ignore[arg-type]
    packages.sort(key=lambda p: (p.from_code, p.to_code, version_key(p.package_version)))
    return packages, problems


def installed_packages(models_dir: Path) -> list[InstalledPackage]:
    """Installed packages, sorted by language pair then version; broken folders are logged and skipped."""
    packages, problems = scan_packages(models_dir)
    for problem in problems:
        log.warning("skipping broken package: %s", problem)
    return packages


def find_package(models_dir: Path, from_code: str, to_code: str) -> InstalledPackage | None:
    """The installed package translating ``from_code`` → ``to_code``, or None.

    A model the user brought (``models install --ct2``) wins over Argos packages; among the rest the
    highest version wins.
    """
    matches = [p for p in scan_packages(models_dir)[0] if p.from_code == from_code and p.to_code == to_code]
    return max(matches, key=lambda p: (p.brought, version_key(p.package_version))) if matches else None


def broken_for(models_dir: Path, from_code: str, to_code: str) -> list[BrokenPackage]:
    """The broken package folders meant for ``from_code`` → ``to_code`` (by their metadata, else their name)."""
    return [b for b in scan_packages(models_dir)[1] if (b.from_code, b.to_code) == (from_code, to_code)]


def missing_model_error(models_dir: Path, from_code: str, to_code: str) -> ModelError:
    """Why no package translates ``from_code`` → ``to_code``: none installed (:class:`ModelMissingError`), or
    only broken package folders: each named with what is wrong, then how to reinstall or remove them."""
    broken = broken_for(models_dir, from_code, to_code)
    if not broken:
        return ModelMissingError(from_code, to_code)
    folders = " and ".join(b.what for b in broken)
    noun = "package folder" if len(broken) == 1 else "package folders"
    verb = "is" if len(broken) == 1 else "are"
    ct2 = broken[0].ct2_folder if len(broken) == 1 else ""
    advice = repair_advice(models_dir, [b.path.name for b in broken], from_code, to_code, ct2)
    return ModelError(f"no usable {from_code}->{to_code} translation model: the {noun} {folders} {verb} broken; {advice}")


def missing_pairs(models_dir: Path, languages: Sequence[str], target: str = "en") -> list[str]:
    """Source languages (in the given order) with no installed package to ``target``.

    The target language itself never needs a package.
    """
    have = {(p.from_code, p.to_code) for p in installed_packages(models_dir)}
    seen: list[str] = []
    for lang in languages:
        if lang != target and (lang, target) not in have and lang not in seen:
            seen.append(lang)
    return seen


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def store_lock(models_dir: Path) -> Iterator[None]:
    """Hold ``models_dir/.lock`` (pid file) while installing or removing; a dead holder's lock is taken over."""
    models_dir.mkdir(parents=True, exist_ok=True)
    lock = models_dir / LOCK_FILE
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            break
        except FileExistsError:
            try:
                holder = int(lock.read_text(encoding="ascii").strip() or "0")
            except (OSError, ValueError):
                holder = 0
            if holder and holder != os.getpid() and _pid_alive(holder):
                raise ModelError(
                    f"{models_dir}: another install or remove is running (pid {holder}); wait for it to finish"
                ) from None
            log.warning("taking over stale lock %s (pid %s is gone)", lock, holder or "unknown")
            lock.unlink(missing_ok=True)
    else:
        raise ModelError(f"{lock}: could not take the models-dir lock; remove the file if no install is running")
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(str(os.getpid()))
        _remove_stale_temp_dirs(models_dir)
        yield
    finally:
        lock.unlink(missing_ok=True)


def _remove_stale_temp_dirs(models_dir: Path) -> None:
    """Clean up after a process killed mid-install/remove (we hold the lock, so no temp folder is live).

    A previous version moved aside (``.tmp-install-*/old-N``) whose code is no longer installed was
    caught between the two renames of a replacement: it is put back. Everything else is deleted.
    """
    for path in sorted(models_dir.glob(".tmp-*")):
        if not path.is_dir() or path.is_symlink():
            continue
        for old in sorted(path.glob("old-*")):
            try:
                code = metadata_code(read_metadata(old))
            except ModelError:
                continue
            if not (models_dir / code).exists():
                log.warning("restoring %s from an interrupted upgrade", code)
                os.replace(old, models_dir / code)
        log.warning("removing %s left by an interrupted install or remove", path)
        shutil.rmtree(path, ignore_errors=True)


def match_packages(packages: Sequence[InstalledPackage], spec: str, target: str = "en") -> list[InstalledPackage]:
    """Packages named by ``spec``: a code (``translate-ar_en``), a pair (``ar_en``), a source language, or a folder name."""
    return [
        p for p in packages
        if spec in {p.code, p.path.name, f"{p.from_code}_{p.to_code}", p.model_id}
        or (spec == p.from_code and p.to_code == target)
    ]


def match_broken(broken: Sequence[BrokenPackage], spec: str, target: str = "en") -> list[BrokenPackage]:
    """Broken folders named by ``spec``: their folder name, or (when their metadata says) a code, pair or source language."""
    return [
        b for b in broken
        if spec == b.path.name
        or (b.code and (spec in {b.code, f"{b.from_code}_{b.to_code}"} or (spec == b.from_code and b.to_code == target)))
    ]


def remove_package(code_or_lang: str, models_dir: Path, target: str = "en") -> list[InstalledPackage | BrokenPackage]:
    """Remove the installed package(s) named by ``code_or_lang``, broken package folders included; return what was removed.

    Each folder is first renamed aside (atomic), then deleted, so a crash never leaves half a package
    under its real name.
    """
    with store_lock(models_dir):
        installed, broken = scan_packages(models_dir)
        packages: list[InstalledPackage | BrokenPackage] = [
            *match_packages(installed, code_or_lang, target), *match_broken(broken, code_or_lang, target)
        ]
        if not packages:
            raise ConfigError(
                f"no installed package matches {code_or_lang!r}; see: translate-summarize models list --models-dir {models_dir}"
            )
        for pkg in packages:
            aside = Path(tempfile.mkdtemp(prefix=".tmp-remove-", dir=models_dir))
            try:
                os.replace(pkg.path, aside / pkg.path.name)
            finally:
                shutil.rmtree(aside, ignore_errors=True)
            log.info("removed %s from %s", getattr(pkg, "model_id", "broken package folder"), pkg.path)
        return packages
