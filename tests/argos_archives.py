"""Build small .argosmodel archives (good and deliberately broken) and snapshot folders, for model-store tests.

These packages have the right layout but placeholder weights; tests that must load a model use
``translate_summarize.translate.synthetic.build_argos_package`` instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import struct
import zipfile
from pathlib import Path
from typing import Iterable


def placeholder_model_bin(size: int = 300, *, random: bool = False) -> bytes:
    """``size`` bytes that start like a CTranslate2 model.bin (binary version 6, TransformerSpec rev. 7),
    then filler (``random``: incompressible): enough for the store's header check, not loadable."""
    name = b"TransformerSpec\x00"
    header = struct.pack("<IH", 6, len(name)) + name + struct.pack("<I", 7)
    return header + (os.urandom(size - len(header)) if random else b"\x01" * (size - len(header)))


def metadata(from_code: str = "sq", to_code: str = "en", version: str = "1.9", **extra: object) -> dict:
    return {
        "package_version": version,
        "argos_version": "1.9.0",
        "from_code": from_code,
        "from_name": "Albanian",
        "to_code": to_code,
        "to_name": "English",
        **extra,
    }


def good_members(from_code: str = "sq", to_code: str = "en", version: str = "1.9", root: str | None = None, **meta: object) -> dict[str, bytes]:
    root = root or f"{from_code}_{to_code}"
    return {
        f"{root}/metadata.json": json.dumps(metadata(from_code, to_code, version, **meta)).encode(),
        f"{root}/model/model.bin": placeholder_model_bin(),
        f"{root}/model/config.json": b'{"add_source_bos": false}',
        f"{root}/model/shared_vocabulary.json": b'["<unk>", "<s>", "</s>"]',
        f"{root}/sentencepiece.model": b"spm" * 50,
        f"{root}/README.md": b"test package\n",
    }


def write_zip(path: Path, members: dict[str, bytes], *, symlinks: Iterable[str] = ()) -> Path:
    """Write ``members`` (name -> bytes) as a deflated zip; names in ``symlinks`` get symlink mode bits."""
    links = set(symlinks)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            mode = (stat.S_IFLNK | 0o777) if name in links else (stat.S_IFREG | 0o644)
            info.external_attr = mode << 16
            zf.writestr(info, data)
    return path


def good_archive(path: Path, from_code: str = "sq", to_code: str = "en", version: str = "1.9", **meta: object) -> Path:
    return write_zip(path, good_members(from_code, to_code, version, **meta))


def snapshot(folder: Path) -> dict[str, str]:
    """Every path under ``folder`` (files with their sha256, folders marked) — compare before/after."""
    if not folder.exists():
        return {}
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_symlink():
            out[rel] = "symlink"
        elif p.is_dir():
            out[rel] = "dir"
        else:
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out
