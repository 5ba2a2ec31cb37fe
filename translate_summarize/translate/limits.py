"""What lengths a CTranslate2 model can take: its position tables, read from ``model.bin``.

A model converted from OPUS-MT (Marian) stores a fixed table of position encodings (2,048 rows for
the ``translate-sq_en`` 1.9 package); decoding or encoding past its last row makes CTranslate2 raise
``No position encodings are defined for positions >= 2048``. Models with sinusoidal positions
computed at run time (no table saved) have no such limit. CTranslate2 itself truncates every input
to ``max_input_length`` (1,024 ids by default, special tokens included).

:func:`read_model_limits` reads the variable headers of ``model.bin`` with
:func:`.ct2_model.read_model_bin` (every binary version from 1, CTranslate2 1.x, to the current 6,
seeking past the weights; aliases resolved, as when encoder and decoder share one table) and ``config.json``
(``add_source_bos``/``add_source_eos``: ids CTranslate2 adds to each source). It never raises: a
file it cannot parse gives the limits of a model without tables (with a warning), and loading the
model reports the real problem.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError
from .ct2_model import read_model_bin

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


def read_position_tables(model_bin: Path) -> dict[str, int]:
    """``{"encoder": rows, "decoder": rows}`` of the position tables saved in ``model_bin`` (aliases resolved).

    Raises ModelError when the file is not a CTranslate2 model (see :mod:`.ct2_model`).
    """
    info = read_model_bin(model_bin)
    rows = {side: info.shape(f"{side}/{_TABLE_SUFFIX}") for side in ("encoder", "decoder")}
    return {side: shape[0] for side, shape in rows.items() if shape}


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
    except ModelError as exc:
        log.warning("%s: cannot read position tables from model.bin (%s); assuming none", model_dir, exc)
        tables = {}
    return ModelLimits(tables.get("encoder"), tables.get("decoder"), specials)
