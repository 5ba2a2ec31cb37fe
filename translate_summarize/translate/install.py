"""Install packages into the models dir: from a file, a folder of files, or the catalogue (download).

Installs are atomic: the archive is extracted and validated in a temp folder inside the models dir
(same filesystem), then renamed into place; an older copy of the same package is moved aside only
after the new one validated, and restored if the final rename fails. Any error (also Ctrl-C) leaves
the models dir as it was. A download's ``.part`` file in ``models_dir/.downloads/`` is the one thing
kept on a network error or Ctrl-C, so the next attempt resumes it.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import urllib.parse
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

from ..errors import ModelError, PackageRejected
from .archive import ArchiveLimits, extract_package
from .catalogue import CatalogueEntry, resolve
from .download import ProgressFn, download, mirror_url, sha256_file, url_filename
from .models import (
    PROVENANCE_FILE,
    InstalledPackage,
    _package_dirs,
    installed_packages,
    metadata_code,
    read_metadata,
    read_package,
    store_lock,
    version_key,
)

log = logging.getLogger(__name__)

DOWNLOADS_DIR = ".downloads"
ARCHIVE_SUFFIX = ".argosmodel"


@dataclass(frozen=True, slots=True)
class InstallResult:
    """Outcome of installing one archive or catalogue entry."""

    source: str
    package: InstalledPackage | None = None
    error: str | None = None
    already_installed: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _same_code_dirs(models_dir: Path, code: str, final: Path) -> list[Path]:
    found = []
    for path in _package_dirs(models_dir):
        try:
            meta = read_metadata(path)
        except ModelError:
            continue
        if metadata_code(meta) == code:
            found.append(path)
    if final.exists() and final not in found:
        found.append(final)
    return found


def place_package(package_dir: Path, temp: Path, models_dir: Path, code: str, *, archive: Path | None = None) -> Path:
    """Rename the checked ``package_dir`` to ``models_dir/code``; return that path.

    Installed copies of ``code`` are first moved aside into ``temp`` (restored if the rename fails,
    deleted with ``temp`` by the caller). The caller holds the store lock. The final folder must be
    a direct child of the store, whatever ``code`` says.
    """
    final = models_dir / code
    if final.parent != models_dir or final.name != code or not final.resolve().is_relative_to(models_dir.resolve()):
        where = archive or package_dir
        raise PackageRejected(f"{where}: package name {code!r} would install outside {models_dir}; nothing was installed")
    moved: list[tuple[Path, Path]] = []
    try:
        for i, old in enumerate(_same_code_dirs(models_dir, code, final)):
            aside = temp / f"old-{i}"
            os.replace(old, aside)
            moved.append((old, aside))
        os.replace(package_dir, final)
    except BaseException:
        for old, aside in reversed(moved):
            os.replace(aside, old)
        raise
    for old, _ in moved:
        log.info("replaced %s", old)
    return final


def _install_archive(
    archive: Path,
    models_dir: Path,
    *,
    source: str,
    expect_pair: tuple[str, str] | None,
    expected_sha256: str | None,
    limits: ArchiveLimits,
    catalogue_version: str | None = None,
) -> InstalledPackage:
    """Validate, extract and rename one archive into place; the caller holds the store lock.

    ``catalogue_version``: the catalogue entry's version, recorded in the provenance so that a
    package calling itself something else is not downloaded again and again.
    """
    if not archive.is_file():
        raise ModelError(f"{archive}: no such file")
    digest = sha256_file(archive)
    if expected_sha256 is not None and digest != expected_sha256.lower():
        raise PackageRejected(f"{archive}: sha256 mismatch: expected {expected_sha256.lower()}, got {digest}; nothing was installed")
    package_dir = extract_package(archive, models_dir, expect_pair=expect_pair, limits=limits)
    temp = package_dir.parent
    try:
        meta = read_metadata(package_dir)
        code = metadata_code(meta)
        provenance = {"source": source, "sha256": digest, "archive_bytes": archive.stat().st_size, "installed_at": _now()}
        if catalogue_version is not None:
            provenance["catalogue_version"] = catalogue_version
            if str(meta.get("package_version", "")) != catalogue_version:
                log.warning(
                    "%s: the catalogue lists version %s but the package calls itself %s; recorded as the catalogue's %s",
                    code, catalogue_version, meta.get("package_version", "(none)"), catalogue_version,
                )
        (package_dir / PROVENANCE_FILE).write_text(json.dumps(provenance, indent=1) + "\n", encoding="utf-8")
        final = place_package(package_dir, temp, models_dir, code, archive=archive)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    pkg = read_package(final)
    log.info("installed %s (%s) from %s", pkg.model_id, pkg.pair, source)
    return pkg


def _cleanup_created(models_dir: Path, existed: bool, downloads_existed: bool = True) -> None:
    """Remove folders this call created and left empty (``.downloads``, the models dir itself)."""
    downloads = models_dir / DOWNLOADS_DIR
    if not downloads_existed and downloads.is_dir() and not any(downloads.iterdir()):
        downloads.rmdir()
    if not existed and models_dir.is_dir() and not any(models_dir.iterdir()):
        models_dir.rmdir()


def install_file(
    path: Path,
    models_dir: Path,
    *,
    expect_pair: tuple[str, str] | None = None,
    expected_sha256: str | None = None,
    limits: ArchiveLimits = ArchiveLimits(),
) -> InstalledPackage:
    """Install one ``.argosmodel`` file (offline).

    Raises:
        PackageRejected: the archive is unsafe or invalid (message names the file and the problem);
            the models dir is left unchanged.
    """
    path = Path(path)
    existed = models_dir.exists()
    try:
        with store_lock(models_dir):
            return _install_archive(
                path, models_dir, source=str(path.resolve()), expect_pair=expect_pair,
                expected_sha256=expected_sha256, limits=limits,
            )
    finally:
        _cleanup_created(models_dir, existed)


def install_from_dir(directory: Path, models_dir: Path, *, limits: ArchiveLimits = ArchiveLimits()) -> list[InstallResult]:
    """Install every ``*.argosmodel`` in ``directory`` (sorted, offline); one result per file."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ModelError(f"--from: {directory} is not a folder")
    archives = sorted(p for p in directory.iterdir() if p.is_file() and p.name.endswith(ARCHIVE_SUFFIX))
    if not archives:
        raise ModelError(f"--from: no {ARCHIVE_SUFFIX} files in {directory}")
    results = []
    for archive in archives:
        try:
            results.append(InstallResult(str(archive), install_file(archive, models_dir, limits=limits)))
        except ModelError as exc:
            log.error("%s", exc)
            results.append(InstallResult(str(archive), error=str(exc)))
    return results


def candidate_urls(entry: CatalogueEntry, mirror: str | None = None) -> list[str]:
    """Download URLs for ``entry`` in the order to try: its http(s)/file links, or the mirror's copies."""
    usable = [link for link in entry.links if urllib.parse.urlparse(link).scheme in {"http", "https", "file"}]
    if mirror:
        default_name = f"{entry.code}-{entry.package_version.replace('.', '_')}{ARCHIVE_SUFFIX}"
        names = usable or [default_name]
        return list(dict.fromkeys(mirror_url(link, mirror) for link in names))
    return usable


def _install_entry(
    entry: CatalogueEntry,
    models_dir: Path,
    *,
    mirror: str | None,
    progress: ProgressFn | None,
    limits: ArchiveLimits,
    timeout: float,
) -> InstalledPackage:
    urls = candidate_urls(entry, mirror)
    if not urls:
        raise ModelError(f"{entry.code}: the catalogue gives no http(s) link; use --mirror URL or --file")
    downloads = models_dir / DOWNLOADS_DIR
    downloads.mkdir(exist_ok=True)
    failures = []
    for url in urls:
        dest = downloads / url_filename(url)
        try:
            download(url, dest, expected_sha256=entry.sha256, expected_size=entry.size_bytes, progress=progress, timeout=timeout)
        except PackageRejected:
            raise
        except ModelError as exc:
            failures.append(str(exc))
            continue
        try:
            return _install_archive(
                dest, models_dir, source=url, expect_pair=(entry.from_code, entry.to_code),
                expected_sha256=entry.sha256, limits=limits, catalogue_version=entry.package_version,
            )
        finally:
            dest.unlink(missing_ok=True)
    raise ModelError(f"{entry.code}: every download link failed: {' | '.join(failures)}")


def satisfies(package: InstalledPackage, entry: CatalogueEntry) -> bool:
    """True when the installed ``package`` is ``entry`` or newer: by its own version, by the catalogue
    version it was installed as, or by the archive's checksum."""
    if version_key(package.package_version) >= version_key(entry.package_version):
        return True
    if package.catalogue_version and version_key(package.catalogue_version) >= version_key(entry.package_version):
        return True
    return bool(entry.sha256) and package.sha256 == entry.sha256


def install_from_catalogue(
    codes: Sequence[str],
    models_dir: Path,
    *,
    catalogue: Sequence[CatalogueEntry],
    mirror: str | None = None,
    progress: ProgressFn | None = None,
    target: str = "en",
    limits: ArchiveLimits = ArchiveLimits(),
    timeout: float = 60.0,
    force: bool = False,
) -> list[InstallResult]:
    """Download and install the catalogue packages for ``codes`` (``ar`` means the ar→``target`` package).

    Every code is resolved before anything is downloaded (an unknown one raises ConfigError). Each
    package is then downloaded (resuming a kept ``.part``), checked against the known size and sha256,
    and installed atomically; one result per code. A package already installed at the same or a
    newer version is not downloaded again unless ``force`` (see :func:`satisfies`: a package whose
    metadata names another version than its catalogue entry counts as that entry).
    """
    entries = [resolve(catalogue, code, target) for code in codes]
    results = []
    for entry in entries:
        have = [p for p in installed_packages(models_dir) if p.code == entry.code]
        if have and not force and satisfies(have[-1], entry):
            results.append(InstallResult(entry.model_id, have[-1], already_installed=True))
            continue
        existed = models_dir.exists()
        downloads_existed = (models_dir / DOWNLOADS_DIR).exists()
        try:
            with store_lock(models_dir):
                pkg = _install_entry(entry, models_dir, mirror=mirror, progress=progress, limits=limits, timeout=timeout)
            results.append(InstallResult(entry.model_id, pkg))
        except ModelError as exc:
            log.error("%s", exc)
            results.append(InstallResult(entry.model_id, error=str(exc)))
        finally:
            _cleanup_created(models_dir, existed, downloads_existed)
    return results
