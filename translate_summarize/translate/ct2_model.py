"""Read a CTranslate2 model folder without loading it: the ``model.bin`` header, variable shapes, config.

``model.bin`` starts with the binary version (uint32), the spec name and revision (binary version
>= 2), then each variable: name, rank, dims, dtype id and byte count (binary version >= 4), data. A
file that does not parse that way — random bytes, a truncated download, an HTML error page — is not
a model, whatever its name; :func:`inspect_model` says so without handing it to CTranslate2.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import ModelError

MAX_BINARY_VERSION = 6
"""The newest ``model.bin`` format CTranslate2 4.x writes and reads."""

_DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")
_MAX_VARIABLES = 100_000
_MAX_RANK = 8


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What a model folder declares: format, spec, every variable's shape, config and vocabularies."""

    path: Path
    binary_version: int
    spec: str
    revision: int
    shapes: dict[str, tuple[int, ...]]
    dtypes: dict[str, str]
    aliases: dict[str, str] = field(default_factory=dict)
    config: dict[str, Any] = field(default_factory=dict)
    vocabulary_files: tuple[str, ...] = ()

    def shape(self, name: str) -> tuple[int, ...] | None:
        """Shape of variable ``name`` (following an alias), None when the model has no such variable."""
        return self.shapes.get(self.aliases.get(name, name))

    @property
    def position_rows(self) -> int | None:
        """Rows of the decoder's position table (decoding past them raises), None when sinusoidal."""
        shape = self.shape("decoder/position_encodings/encodings")
        return shape[0] if shape else None

    @property
    def weight_type(self) -> str:
        """dtype of the decoder's output projection weights (``int8``, ``float32``, ``float16``, ...)."""
        name = "decoder/projection/weight"
        return self.dtypes.get(self.aliases.get(name, name), "")


def _read(fh: BinaryIO, size: int, what: str) -> bytes:
    data = fh.read(size)
    if len(data) != size:
        raise ValueError(f"truncated in {what}")
    return data


def _string(fh: BinaryIO, what: str) -> str:
    (size,) = struct.unpack("<H", _read(fh, 2, what))
    raw = _read(fh, size, what)
    if not raw or raw[-1] != 0:
        raise ValueError(f"malformed string in {what}")
    return raw[:-1].decode("utf-8")


def read_binary_header(model_bin: Path) -> tuple[int, str, int]:
    """``(binary version, spec name, spec revision)`` of a ``model.bin``; raises ModelError if it is not one."""
    info = _parse(Path(model_bin), variables=False)
    return info.binary_version, info.spec, info.revision


def _parse(model_bin: Path, *, variables: bool) -> ModelInfo:
    try:
        size = model_bin.stat().st_size
        with open(model_bin, "rb") as fh:
            (version,) = struct.unpack("<I", _read(fh, 4, "the header"))
            if not 1 <= version <= MAX_BINARY_VERSION:
                raise ValueError(f"binary version {version} is not one CTranslate2 writes (1-{MAX_BINARY_VERSION})")
            spec, revision = "", 1
            if version >= 2:
                spec = _string(fh, "the spec name")
                (revision,) = struct.unpack("<I", _read(fh, 4, "the spec revision"))
                if not spec.isidentifier() or not 1 <= revision <= 1000:
                    raise ValueError(f"spec {spec!r} revision {revision} is not a model specification")
            shapes: dict[str, tuple[int, ...]] = {}
            dtypes: dict[str, str] = {}
            aliases: dict[str, str] = {}
            if variables:
                (count,) = struct.unpack("<I", _read(fh, 4, "the variable count"))
                if count > _MAX_VARIABLES:
                    raise ValueError(f"{count} variables")
                for _ in range(count):
                    name = _string(fh, "a variable name")
                    (rank,) = struct.unpack("<B", _read(fh, 1, name))
                    if rank > _MAX_RANK:
                        raise ValueError(f"variable {name!r} has rank {rank}")
                    dims = struct.unpack(f"<{rank}I", _read(fh, 4 * rank, name))
                    if version >= 4:
                        type_id, nbytes = struct.unpack("<BI", _read(fh, 5, name))
                        if type_id >= len(_DTYPES):
                            raise ValueError(f"variable {name!r} has unknown type id {type_id}")
                        dtype = _DTYPES[type_id]
                    else:
                        item, count_items = struct.unpack("<BI", _read(fh, 5, name))
                        dtype, nbytes = f"{item}-byte", item * count_items
                    if fh.tell() + nbytes > size:
                        raise ValueError(f"truncated in variable {name!r}")
                    fh.seek(nbytes, os.SEEK_CUR)
                    shapes[name], dtypes[name] = tuple(dims), dtype
                if version >= 3:
                    (count,) = struct.unpack("<I", _read(fh, 4, "the alias count"))
                    for _ in range(min(count, _MAX_VARIABLES + 1)):
                        alias = _string(fh, "an alias")
                        aliases[alias] = _string(fh, f"alias {alias!r}")
    except FileNotFoundError:
        raise ModelError(f"{model_bin}: no such file") from None
    except OSError as exc:
        raise ModelError(f"{model_bin}: cannot read ({exc.strerror or exc})") from None
    except (ValueError, UnicodeDecodeError, struct.error) as exc:
        raise ModelError(f"{model_bin} is not a CTranslate2 model ({exc}); reinstall the package") from None
    return ModelInfo(model_bin.parent, version, spec, revision, shapes, dtypes, aliases)


def read_model_bin(model_bin: Path) -> ModelInfo:
    """Every variable's name, shape and dtype, and the aliases, of ``model_bin`` (seeking past the weights).

    Raises:
        ModelError: the file is missing, unreadable or not a CTranslate2 model (truncated included).
    """
    return _parse(Path(model_bin), variables=True)


def inspect_model(model_dir: Path) -> ModelInfo:
    """Parse ``model_dir/model.bin`` (every variable's header, no weights), ``config.json`` and the vocabulary files.

    Raises:
        ModelError: naming the file and what is wrong with it.
    """
    model_dir = Path(model_dir)
    info = _parse(model_dir / "model.bin", variables=True)
    config: dict[str, Any] = {}
    config_path = model_dir / "config.json"
    if config_path.is_file():
        try:
            loaded = json.loads(config_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(f"{config_path}: unparsable ({exc})") from None
        if not isinstance(loaded, dict):
            raise ModelError(f"{config_path}: expected a JSON object")
        config = loaded
    vocabularies = tuple(sorted(p.name for p in model_dir.glob("*vocabulary*") if p.suffix in (".json", ".txt")))
    if not vocabularies:
        raise ModelError(f"{model_dir}: no vocabulary file (shared_vocabulary.json/.txt or source_/target_vocabulary)")
    return ModelInfo(info.path, info.binary_version, info.spec, info.revision, info.shapes, info.dtypes, info.aliases,
                     config, vocabularies)


def read_vocabulary(model_dir: Path, side: str) -> list[str]:
    """Tokens of the ``source`` or ``target`` vocabulary (the shared one when the model has one)."""
    model_dir = Path(model_dir)
    for name in (f"{side}_vocabulary", "shared_vocabulary"):
        json_path, txt_path = model_dir / f"{name}.json", model_dir / f"{name}.txt"
        try:
            if json_path.is_file():
                tokens = json.loads(json_path.read_text(encoding="utf-8"))
                if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
                    raise ModelError(f"{json_path}: expected a JSON list of tokens")
                return tokens
            if txt_path.is_file():
                return txt_path.read_text(encoding="utf-8").split("\n")[:-1]
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(f"{model_dir / name}: unreadable vocabulary ({exc})") from None
    raise ModelError(f"{model_dir}: no {side} vocabulary")
