"""Resumable downloads with progress and sha256 verification (HTTP(S) Range, or file:// URLs).

A partial download is kept as ``<name>.part`` in the given folder; the next attempt resumes it with
an HTTP ``Range`` request. The finished file is checked against the expected size and sha256 before
it is renamed into place; a mismatch deletes it and raises :class:`PackageRejected`.
"""

from __future__ import annotations

import hashlib
import logging
import os
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Callable

from ..errors import ModelError, PackageRejected

log = logging.getLogger(__name__)

CHUNK = 1 << 16
# progress(label, bytes done, total bytes or None)
ProgressFn = Callable[[str, int, "int | None"], None]


def _hash_into(digest: hashlib._Hash, path: Path) -> None:
    """Feed a file's bytes to ``digest``, streamed."""
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, streamed."""
    digest = hashlib.sha256()
    _hash_into(digest, path)
    return digest.hexdigest()


def mirror_url(link: str, mirror: str) -> str:
    """Rewrite ``link`` to the same file name under ``mirror`` (a base URL)."""
    name = Path(urllib.parse.urlparse(link).path).name
    return mirror.rstrip("/") + "/" + urllib.parse.quote(name)


def url_filename(url: str) -> str:
    name = Path(urllib.parse.unquote(urllib.parse.urlparse(url).path)).name
    if not name or name in {".", ".."}:
        raise ModelError(f"{url}: URL has no file name")
    return name


def _open(url: str, offset: int, timeout: float) -> tuple[object, int, int | None]:
    """Open ``url`` from ``offset``; return (response, offset actually used, total size or None)."""
    request = urllib.request.Request(url, headers={"User-Agent": "translate-summarize"})
    if offset and urllib.parse.urlparse(url).scheme in {"http", "https"}:
        request.add_header("Range", f"bytes={offset}-")
    response = urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 (scheme checked by caller)
    status = getattr(response, "status", None) or 200
    length = response.headers.get("Content-Length")
    length = int(length) if length and length.isdigit() else None
    if status == 206:
        content_range = response.headers.get("Content-Range", "")
        total = content_range.rsplit("/", 1)[-1]
        return response, offset, int(total) if total.isdigit() else (offset + length if length is not None else None)
    return response, 0, length


def download(
    url: str,
    dest: Path,
    *,
    expected_sha256: str | None = None,
    expected_size: int | None = None,
    progress: ProgressFn | None = None,
    timeout: float = 60.0,
) -> Path:
    """Download ``url`` to ``dest``, resuming ``dest.part`` if present; return ``dest``.

    Raises:
        PackageRejected: size or checksum mismatch (the partial file is deleted).
        ModelError: the URL could not be fetched (the partial file is kept for a later resume).
    """
    scheme = urllib.parse.urlparse(url).scheme
    if scheme not in {"http", "https", "file"}:
        raise ModelError(f"{url}: unsupported URL scheme {scheme!r} (use http, https or file)")
    part = dest.with_name(dest.name + ".part")
    offset = part.stat().st_size if part.exists() else 0
    label = dest.name
    try:
        response, offset, total = _open(url, offset, timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and offset:  # range beyond the end: the partial file is already complete
            response, total = None, offset
        else:
            raise ModelError(f"{url}: download failed (HTTP {exc.code} {exc.reason})") from None
    except (urllib.error.URLError, OSError) as exc:
        raise ModelError(f"{url}: download failed ({getattr(exc, 'reason', exc)})") from None
    if expected_size is not None and total is not None and total != expected_size:
        part.unlink(missing_ok=True)
        if response is not None:
            response.close()  # type: ignore[attr-defined]
        raise PackageRejected(f"{url}: server reports {total} bytes, expected {expected_size}")
    digest = hashlib.sha256()
    if offset:
        _hash_into(digest, part)
        log.info("resuming %s at byte %d", label, offset)
    done = offset
    if response is not None:
        try:
            with response, open(part, "ab" if offset else "wb") as fh:  # type: ignore[attr-defined]
                if progress:
                    progress(label, done, total)
                while True:
                    try:
                        block = response.read(CHUNK)  # type: ignore[attr-defined]
                    except OSError as exc:
                        raise ModelError(f"{url}: download interrupted at byte {done} ({exc}); run again to resume") from None
                    if not block:
                        break
                    fh.write(block)
                    digest.update(block)
                    done += len(block)
                    if expected_size is not None and done > expected_size:
                        break
                    if progress:
                        progress(label, done, total)
                fh.flush()
                os.fsync(fh.fileno())
        except ModelError:
            raise
        except OSError as exc:
            raise ModelError(f"{part}: cannot write download ({exc})") from None
    if total is not None and done < total:
        raise ModelError(f"{url}: download stopped at byte {done} of {total}; run again to resume")
    if expected_size is not None and done != expected_size:
        part.unlink(missing_ok=True)
        raise PackageRejected(f"{url}: got {done} bytes, expected {expected_size}")
    got = digest.hexdigest()
    if expected_sha256 is not None and got != expected_sha256.lower():
        part.unlink(missing_ok=True)
        raise PackageRejected(f"{url}: sha256 mismatch: expected {expected_sha256.lower()}, got {got}")
    os.replace(part, dest)
    return dest
