"""Safe extraction and validation of ``.argosmodel`` archives (zip with one root folder).

Metadata that macOS adds when a user re-zips a package (``__MACOSX/``, ``.DS_Store``, ``._*``) is
checked like any member name, then ignored: it neither counts as a root folder nor is extracted.

Everything is checked before a byte is written (member names, types, declared sizes, required files,
metadata and language pair), and again while extracting (bytes actually produced are counted against
the limits, CRCs are verified by :mod:`zipfile`). Extraction goes into a fresh temp folder that the
caller renames into place; on any error, including KeyboardInterrupt, the temp folder is removed.
"""

from __future__ import annotations

import json
import shutil
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import ModelError, PackageRejected
from .models import TOKENIZER_FILES, package_problems, read_metadata, validate_metadata

CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """Size-bomb limits: total uncompressed bytes, members, and compression ratio."""

    max_total_bytes: int = 4 << 30
    max_members: int = 10_000
    max_ratio: float = 100.0
    ratio_min_bytes: int = 1 << 20  # the ratio is only judged once this many bytes are claimed


def _reject(archive: Path, problem: str) -> PackageRejected:
    return PackageRejected(f"{archive}: {problem}; nothing was installed")


def _member_parts(archive: Path, info: zipfile.ZipInfo) -> tuple[str, ...]:
    name = info.filename
    if "\x00" in name:
        raise _reject(archive, f"member {name!r} has a NUL byte in its name")
    unified = name.replace("\\", "/")
    if unified.startswith("/") or (len(unified) > 1 and unified[1] == ":"):
        raise _reject(archive, f"member {name!r} has an absolute path")
    parts = tuple(p for p in PurePosixPath(unified).parts if p not in {"", "."})
    if ".." in parts:
        raise _reject(archive, f"member {name!r} escapes the package folder ('..')")
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise _reject(archive, f"member {name!r} is a symlink")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise _reject(archive, f"member {name!r} is not a regular file or folder")
    if not parts:
        raise _reject(archive, f"member {name!r} has an empty path")
    return parts


def is_os_junk(parts: tuple[str, ...]) -> bool:
    """Metadata macOS adds when it zips a folder (``__MACOSX/``, ``.DS_Store``, AppleDouble ``._name``): never extracted."""
    return parts[0] == "__MACOSX" or parts[-1] == ".DS_Store" or parts[-1].startswith("._")


def inspect_archive(archive: Path, limits: ArchiveLimits) -> tuple[zipfile.ZipFile, str, list[tuple[zipfile.ZipInfo, tuple[str, ...]]]]:
    """Open and check an archive's listing; return (open zip, root folder name, members with path parts)."""
    try:
        zf = zipfile.ZipFile(archive)
    except FileNotFoundError:
        raise ModelError(f"{archive}: no such file") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _reject(archive, f"not a readable zip archive, truncated or corrupt ({exc})") from None
    try:
        infos = zf.infolist()
        if not infos:
            raise _reject(archive, "the archive is empty")
        if len(infos) > limits.max_members:
            raise _reject(archive, f"{len(infos)} members exceed the limit of {limits.max_members}")
        members = [(info, _member_parts(archive, info)) for info in infos]  # every name checked, junk included
        members = [(info, parts) for info, parts in members if not is_os_junk(parts)]
        if not members:
            raise _reject(archive, "the archive holds only macOS metadata (__MACOSX/, .DS_Store)")
        roots = sorted({parts[0] for _, parts in members})
        if len(roots) != 1:
            raise _reject(archive, f"expected one root folder, found {len(roots)}: {', '.join(roots[:5])}")
        root = roots[0]
        for info, parts in members:
            if len(parts) == 1 and not info.is_dir():
                raise _reject(archive, f"member {info.filename!r} is a file outside a root folder")
        declared = sum(info.file_size for info, _ in members)
        compressed = sum(info.compress_size for info, _ in members)
        if declared > limits.max_total_bytes:
            raise _reject(archive, f"members declare {declared} bytes uncompressed, over the limit of {limits.max_total_bytes}")
        if declared >= limits.ratio_min_bytes and declared > limits.max_ratio * max(compressed, 1):
            raise _reject(archive, f"compression ratio {declared / max(compressed, 1):.0f}:1 exceeds {limits.max_ratio:.0f}:1 (size bomb)")
        for info, _ in members:
            if info.file_size >= limits.ratio_min_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                raise _reject(
                    archive,
                    f"member {info.filename!r} compression ratio {info.file_size / max(info.compress_size, 1):.0f}:1 "
                    f"exceeds {limits.max_ratio:.0f}:1 (size bomb)",
                )
        names = {parts[1:] for info, parts in members if not info.is_dir()}
        if ("metadata.json",) not in names:
            raise _reject(archive, f"missing {root}/metadata.json")
        if not any(parts[:1] == ("model",) for parts in names):
            raise _reject(archive, f"missing {root}/model/ folder")
        if ("model", "model.bin") not in names:
            raise _reject(archive, f"missing {root}/model/model.bin")
        if not any((name,) in names for _, name in TOKENIZER_FILES):
            raise _reject(archive, f"missing tokenizer {root}/sentencepiece.model or {root}/bpe.model")
        return zf, root, members
    except BaseException:
        zf.close()
        raise


def _check_metadata(
    archive: Path,
    zf: zipfile.ZipFile,
    root: str,
    members: list[tuple[zipfile.ZipInfo, tuple[str, ...]]],
    expect_pair: tuple[str, str] | None,
) -> dict:
    info = next(info for info, parts in members if parts == (root, "metadata.json"))
    if info.file_size > 1 << 20:
        raise _reject(archive, f"{root}/metadata.json is {info.file_size} bytes (over 1 MiB)")
    try:
        meta = json.loads(zf.read(info).decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, an int of 4,300+ digits, deep nesting
        raise _reject(archive, f"unparsable {root}/metadata.json ({str(exc)[:80]})") from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
        raise _reject(archive, f"corrupt member {root}/metadata.json ({exc})") from None
    try:
        validate_metadata(meta, f"{root}/metadata.json")
    except ModelError as exc:
        raise _reject(archive, str(exc)) from None
    if expect_pair is not None and (meta["from_code"], meta["to_code"]) != tuple(expect_pair):
        raise _reject(
            archive,
            f"wrong language pair: metadata says {meta['from_code']}->{meta['to_code']}, expected {expect_pair[0]}->{expect_pair[1]}",
        )
    return meta


def copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, budget: int) -> int:
    """Stream one member to ``target``; return bytes written. Raises ValueError past ``budget`` or its size."""
    written = 0
    with zf.open(info) as src, open(target, "wb") as dst:
        while True:
            block = src.read(CHUNK)
            if not block:
                break
            written += len(block)
            if written > info.file_size or written > budget:
                raise ValueError(f"member {info.filename!r} expands past its declared size or the size limit")
            dst.write(block)
    return written


def extract_package(
    archive: Path,
    work_dir: Path,
    *,
    expect_pair: tuple[str, str] | None = None,
    limits: ArchiveLimits = ArchiveLimits(),
) -> Path:
    """Extract and validate ``archive`` into a new temp folder inside ``work_dir``; return the package folder.

    The returned folder is ``<temp>/<root>``; the caller renames it into place and removes ``<temp>``.
    On any error (also KeyboardInterrupt) the temp folder is removed before the error propagates.
    """
    zf, root, members = inspect_archive(archive, limits)
    temp = Path(tempfile.mkdtemp(prefix=".tmp-install-", dir=work_dir))
    try:
        with zf:
            _check_metadata(archive, zf, root, members, expect_pair)
            budget = limits.max_total_bytes
            for info, parts in members:
                target = temp.joinpath(*parts)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    budget -= copy_member(zf, info, target, budget)
                except ValueError as exc:
                    raise _reject(archive, f"{exc} (size bomb)") from None
                except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                    raise _reject(archive, f"corrupt member {info.filename!r} ({exc})") from None
                except OSError as exc:
                    raise ModelError(f"{archive}: cannot extract {info.filename!r} ({exc}); nothing was installed") from None
        package_dir = temp / root
        try:
            read_metadata(package_dir)
        except ModelError as exc:
            raise _reject(archive, str(exc)) from None
        problems = package_problems(package_dir)
        if problems:
            raise _reject(archive, "; ".join(problems))
        return package_dir
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
