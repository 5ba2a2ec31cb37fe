"""The model catalogue: the Argos package index (bundled snapshot, or a newer one fetched on demand).

Never calls ``argostranslate.package.get_available_packages``/``update_package_index`` (they hang
or download); the index is plain JSON we read ourselves.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

from ..errors import ConfigError, ModelError
from .models import PackageIdentity, metadata_code, validate_metadata, version_key

log = logging.getLogger(__name__)

INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
BUNDLED_INDEX = "data/argos_index.json"
REFRESHED_INDEX_NAME = "index.json"

# Checksums we know for published packages (code, version) -> (sha256, size in bytes).
KNOWN_CHECKSUMS: dict[tuple[str, str], tuple[str, int]] = {
    ("translate-ar_en", "1.0"): ("bc98cd4e27ca1cebfae9b7086b2ebc635e4dbed45e7cb5f0891cb7d22feacfad", 81_869_670),
}


@dataclass(frozen=True, slots=True)
class CatalogueEntry(PackageIdentity):
    """One package the catalogue offers."""

    code: str
    from_code: str
    to_code: str
    package_version: str
    argos_version: str = ""
    from_name: str = ""
    to_name: str = ""
    links: tuple[str, ...] = ()
    sha256: str | None = None
    size_bytes: int | None = None


def _entry(raw: Any, where: str, index: int) -> CatalogueEntry:
    if not isinstance(raw, dict):
        raise ModelError(f"{where}: entry {index} is not an object")
    from_code, to_code = raw.get("from_code"), raw.get("to_code")
    if not isinstance(from_code, str) or not isinstance(to_code, str) or not from_code or not to_code:
        raise ModelError(f"{where}: entry {index} has no from_code/to_code")
    given = raw.get("package_version")
    validate_metadata({**raw, "package_version": None if given in (None, "") else str(given)}, f"{where}: entry {index}")
    code = metadata_code(raw)
    version = str(raw.get("package_version", ""))
    links = raw.get("links") or []
    if not isinstance(links, list) or not all(isinstance(link, str) for link in links):
        raise ModelError(f"{where}: entry {index} ({code}) has malformed links")
    sha = raw.get("sha256") or raw.get("checksum")
    if isinstance(sha, str) and sha.lower().startswith("sha256:"):
        sha = sha[7:]
    size = raw.get("size") or raw.get("size_bytes")
    known = KNOWN_CHECKSUMS.get((code, version))
    if known and not sha:
        sha, size = known[0], size or known[1]
    elif known and size is None:
        size = known[1]
    return CatalogueEntry(
        code=code,
        from_code=from_code,
        to_code=to_code,
        package_version=version,
        argos_version=str(raw.get("argos_version", "")),
        from_name=str(raw.get("from_name", "")),
        to_name=str(raw.get("to_name", "")),
        links=tuple(links),
        sha256=sha.lower() if isinstance(sha, str) and sha else None,
        size_bytes=int(size) if isinstance(size, (int, float)) and not isinstance(size, bool) else None,
    )


def parse_catalogue(text: str, where: str) -> list[CatalogueEntry]:
    """Parse index JSON text (a list of package objects); raise ModelError naming ``where``."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:  # also ints of 4,300+ digits and deep nesting
        raise ModelError(f"{where}: not valid JSON ({str(exc)[:80]})") from None
    if isinstance(data, dict) and isinstance(data.get("packages"), list):
        data = data["packages"]
    if not isinstance(data, list):
        raise ModelError(f"{where}: expected a JSON list of packages")
    entries = [_entry(raw, where, i) for i, raw in enumerate(data)]
    entries.sort(key=lambda e: (e.from_code, e.to_code, version_key(e.package_version)))
    return entries


def load_catalogue(path: Path | None = None) -> list[CatalogueEntry]:
    """Catalogue entries from ``path``, or from the snapshot bundled with the package."""
    if path is None:
        text = resources.files("translate_summarize").joinpath(BUNDLED_INDEX).read_text(encoding="utf-8")
        return parse_catalogue(text, "bundled catalogue")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"--catalogue: {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"{path}: cannot read catalogue ({exc})") from None
    return parse_catalogue(text, str(path))


def catalogue_path(explicit: Path | None, models_dir: Path) -> Path | None:
    """Which catalogue to use: an explicit file, else a refreshed ``models_dir/index.json``, else bundled (None)."""
    if explicit is not None:
        return explicit
    refreshed = models_dir / REFRESHED_INDEX_NAME
    return refreshed if refreshed.is_file() else None


def resolve(catalogue: Sequence[CatalogueEntry], spec: str, target: str = "en") -> CatalogueEntry:
    """The newest entry for ``spec``: a source language (``ar`` → ar→target), a code or ``ar_en``."""
    spec = spec.strip()
    if "_" in spec or "-" in spec:
        pair = spec.split("-", 1)[-1]
        matches = [e for e in catalogue if e.code == spec or f"{e.from_code}_{e.to_code}" == pair]
    else:
        matches = [e for e in catalogue if e.from_code == spec and e.to_code == target]
    if not matches:
        raise ConfigError(
            f"no package for {spec!r}" + ("" if "_" in spec else f" ({spec}->{target})")
            + " in the catalogue; see: translate-summarize models available"
        )
    return max(matches, key=lambda e: version_key(e.package_version))


def refresh_catalogue(models_dir: Path, url: str = INDEX_URL, *, timeout: float = 60.0) -> tuple[Path, int]:
    """Fetch a newer index from ``url`` into ``models_dir/index.json`` (validated, then renamed into place).

    Returns the path and the number of entries. Needs the network; never called by the tests with a
    remote URL.
    """
    from .download import download

    models_dir.mkdir(parents=True, exist_ok=True)
    temp = models_dir / ".index.json.download"
    try:
        download(url, temp, timeout=timeout)
        entries = parse_catalogue(temp.read_text(encoding="utf-8"), url)
        if not entries:
            raise ModelError(f"{url}: the index lists no packages")
        final = models_dir / REFRESHED_INDEX_NAME
        os.replace(temp, final)
        return final, len(entries)
    finally:
        temp.unlink(missing_ok=True)
        temp.with_name(temp.name + ".part").unlink(missing_ok=True)
