"""What lengths a CTranslate2 model can take: its position tables, read from ``model.bin``.

A model converted from OPUS-MT (Marian) stores a fixed table of position encodings (2,048 rows for
the ``translate-sq_en`` 1.9 package); decoding or encoding past its last row makes CTranslate2 raise
``No position encodings are defined for positions >= 2048``. Models with sinusoidal positions
computed at run time (no table saved) have no such limit. CTranslate2 itself truncates every input
to ``max_input_length`` (1,024 ids by default, special tokens included).

:func:`read_model_limits` reads the variable headers of ``model.bin`` (every binary version from 1,
CTranslate2 1.x, to the current 6: names, shapes and sizes, seeking past the weights, then the
aliases the spec optimiser writes when encoder and decoder share one table) and ``config.json``
(``add_source_bos``/``add_source_eos``: ids CTranslate2 adds to each source). It never raises: a
file it cannot parse gives the limits of a model without tables (with a warning), and loading the
model reports the real problem.
"""

from __future__ import annotations

import json
import logging
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

CT2_MAX_INPUT_LENGTH = 1024
"""CTranslate2's default ``max_input_length``: ids per source after which it silently truncates."""

_TABLE_SUFFIX = "position_encodings/encodings"


@dataclass(frozen=True, slots=True)
class ModelLimits:
    """Position-table sizes (None: no table, unlimited) and the ids CTranslate2 adds to each source."""

    encoder_positions: int | None = None
    decoder_positions: int | None = None
    source_specials: int = 0

    def max_source_tokens(self) -> int:
        """Most source tokens one input may have without being cut or overrunning the encoder table."""
        ids = CT2_MAX_INPUT_LENGTH if self.encoder_positions is None else min(CT2_MAX_INPUT_LENGTH, self.encoder_positions)
        return max(1, ids - self.source_specials)

    def max_decoding_length(self, cap: int, prefix_tokens: int = 0) -> int:
        """``cap`` lowered so that decoding (start token and target prefix included) stays in the table."""
        if self.decoder_positions is None:
            return cap
        return max(1, min(cap, self.decoder_positions - 1 - prefix_tokens))


class _Reader:
    def __init__(self, f: BinaryIO, size: int) -> None:
        self.f = f
        self.size = size

    def take(self, fmt: str) -> tuple[int, ...]:
        n = struct.calcsize(fmt)
        data = self.f.read(n)
        if len(data) != n:
            raise ValueError("unexpected end of file")
        return struct.unpack(fmt, data)

    def string(self) -> str:
        (length,) = self.take("<H")
        data = self.f.read(length)
        if length == 0 or len(data) != length:
            raise ValueError("bad string")
        return data[:-1].decode("utf-8")

    def skip(self, n: int) -> None:
        if self.f.tell() + n > self.size:
            raise ValueError("variable runs past the end of the file")
        self.f.seek(n, os.SEEK_CUR)


def read_position_tables(model_bin: Path) -> dict[str, int]:
    """``{"encoder": rows, "decoder": rows}`` of the position tables saved in ``model_bin`` (aliases resolved).

    Raises ValueError (or OSError) when the file is not a CTranslate2 model of a known layout.
    """
    rows: dict[str, int] = {}
    with open(model_bin, "rb") as f:
        r = _Reader(f, os.fstat(f.fileno()).st_size)
        (version,) = r.take("<I")
        if not 1 <= version <= 64:
            raise ValueError(f"unknown binary version {version}")
        if version >= 2:
            r.string()  # spec name
            r.take("<I")  # spec revision
        (count,) = r.take("<I")
        for _ in range(count):
            name = r.string()
            (rank,) = r.take("<B")
            shape = r.take(f"<{rank}I") if rank else ()
            if version >= 4:
                _dtype, num_bytes = r.take("<BI")
            else:
                item_size, items = r.take("<BI")
                num_bytes = item_size * items
            r.skip(num_bytes)
            if name.endswith(_TABLE_SUFFIX) and shape:
                rows[name] = shape[0]
        if version >= 3:
            (aliases,) = r.take("<I")
            for _ in range(aliases):
                alias, target = r.string(), r.string()
                if alias.endswith(_TABLE_SUFFIX) and target in rows:
                    rows[alias] = rows[target]
    out: dict[str, int] = {}
    for name, n in rows.items():
        side = name.split("/", 1)[0]
        if side in ("encoder", "decoder"):
            out[side] = min(n, out.get(side, n))
    return out


def read_model_limits(model_dir: Path) -> ModelLimits:
    """The limits of the CTranslate2 model in ``model_dir`` (see the module docstring)."""
    specials = 0
    try:
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        if isinstance(config, dict):
            specials = int(bool(config.get("add_source_bos"))) + int(bool(config.get("add_source_eos")))
    except FileNotFoundError:
        pass  # CTranslate2 2.x layouts have no config.json (and add no ids)
    except (OSError, ValueError) as exc:
        log.warning("%s: unreadable config.json (%s); assuming no special source tokens", model_dir, exc)
    try:
        tables = read_position_tables(model_dir / "model.bin")
    except (OSError, ValueError, UnicodeDecodeError, struct.error) as exc:
        log.warning("%s: cannot read position tables from model.bin (%s); assuming none", model_dir, exc)
        tables = {}
    return ModelLimits(tables.get("encoder"), tables.get("decoder"), specials)
