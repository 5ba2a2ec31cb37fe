"""Position-table sizes read from model.bin, whatever its binary version, aliases included."""

from __future__ import annotations

import json
import logging
import struct
from pathlib import Path
from typing import Sequence

import pytest

from translate_summarize.translate.limits import ModelLimits, read_model_limits, read_position_tables

D = 8
VOCAB = ["<unk>", "<s>", "</s>", "a", "b"]


def _zero_spec(encoder_rows: int | None, decoder_rows: int | None):  # type: ignore[no-untyped-def]
    """A one-layer TransformerSpec with zero weights and the given position tables (None: sinusoidal)."""
    import numpy as np
    from ctranslate2.specs import TransformerSpec

    spec = TransformerSpec.from_config((1, 1), 2)
    z = lambda *shape: np.zeros(shape, dtype=np.float32)  # noqa: E731

    def norm(ln):  # type: ignore[no-untyped-def]
        ln.gamma, ln.beta = z(D) + 1, z(D)

    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight = z(len(VOCAB), D)
    dec.embeddings.weight = z(len(VOCAB), D)
    dec.projection.weight = z(len(VOCAB), D)
    norm(enc.layer_norm)
    norm(dec.layer_norm)
    for layer in (*enc.layer, *dec.layer):
        norm(layer.self_attention.layer_norm)
        layer.self_attention.linear[0].weight = z(3 * D, D)
        layer.self_attention.linear[1].weight = z(D, D)
        norm(layer.ffn.layer_norm)
        layer.ffn.linear_0.weight = z(16, D)
        layer.ffn.linear_1.weight = z(D, 16)
    for layer in dec.layer:
        norm(layer.attention.layer_norm)
        layer.attention.linear[0].weight = z(D, D)
        layer.attention.linear[1].weight = z(2 * D, D)
        layer.attention.linear[2].weight = z(D, D)
    if encoder_rows:
        enc.position_encodings.encodings = np.ones((encoder_rows, D), dtype=np.float32)
    if decoder_rows:
        dec.position_encodings.encodings = np.ones((decoder_rows, D), dtype=np.float32)
    spec.register_source_vocabulary(VOCAB)
    spec.register_target_vocabulary(VOCAB)
    spec.validate()
    spec.optimize()
    return spec


@pytest.mark.parametrize(
    ("encoder_rows", "decoder_rows", "expected"),
    [
        (2048, 2048, {"encoder": 2048, "decoder": 2048}),  # the OPUS-MT port: one table, the decoder's an alias
        (512, 1024, {"encoder": 512, "decoder": 1024}),
        (None, 1024, {"decoder": 1024}),
        (None, None, {}),  # sinusoidal positions: no table is saved, nothing limits
    ],
)
def test_tables_of_a_model_saved_by_ctranslate2(tmp_path: Path, encoder_rows: int | None, decoder_rows: int | None,
                                                expected: dict[str, int]) -> None:
    _zero_spec(encoder_rows, decoder_rows).save(str(tmp_path))
    assert read_position_tables(tmp_path / "model.bin") == expected
    if encoder_rows == decoder_rows == 2048:  # saved once; the encoder's is an alias, at the end of the file
        assert b"encoder/position_encodings/encodings" in (tmp_path / "model.bin").read_bytes()[-100:]


def _string(s: str) -> bytes:
    raw = s.encode() + b"\0"
    return struct.pack("<H", len(raw)) + raw


def _write(path: Path, version: int, variables: Sequence[tuple[str, tuple[int, ...]]], aliases: Sequence[tuple[str, str]] = ()) -> None:
    """A model.bin of binary ``version`` holding float32 ``variables`` of these shapes (zeros)."""
    out = struct.pack("<I", version)
    if version >= 2:
        out += _string("TransformerSpec") + struct.pack("<I", 3)
    out += struct.pack("<I", len(variables))
    for name, shape in variables:
        size = 1
        for d in shape:
            size *= d
        out += _string(name) + struct.pack("<B", len(shape)) + struct.pack(f"<{len(shape)}I", *shape)
        out += struct.pack("<BI", 0, 4 * size) if version >= 4 else struct.pack("<BI", 4, size)
        out += bytes(4 * size)
    if version >= 3:
        out += struct.pack("<I", len(aliases)) + b"".join(_string(a) + _string(t) for a, t in aliases)
    path.write_bytes(out)


VARIABLES = [
    ("encoder/embeddings/weight", (5, D)),
    ("encoder/position_encodings/encodings", (300, D)),
    ("decoder/embeddings/weight", (5, D)),
    ("decoder/position_encodings/encodings", (200, D)),
    ("decoder/projection/weight", (5, D)),
]


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5, 6])
def test_every_binary_version(tmp_path: Path, version: int) -> None:
    _write(tmp_path / "model.bin", version, VARIABLES)
    assert read_position_tables(tmp_path / "model.bin") == {"encoder": 300, "decoder": 200}


def test_an_aliased_decoder_table(tmp_path: Path) -> None:
    _write(tmp_path / "model.bin", 5, VARIABLES[:3] + VARIABLES[4:],
           aliases=[("decoder/position_encodings/encodings", "encoder/position_encodings/encodings")])
    assert read_position_tables(tmp_path / "model.bin") == {"encoder": 300, "decoder": 300}


@pytest.mark.parametrize("damage", ["truncated", "garbage", "missing"])
def test_an_unreadable_model_bin_means_no_known_tables(tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture) -> None:
    _write(tmp_path / "model.bin", 6, VARIABLES)
    data = (tmp_path / "model.bin").read_bytes()
    if damage == "truncated":
        (tmp_path / "model.bin").write_bytes(data[:200])
    elif damage == "garbage":
        (tmp_path / "model.bin").write_bytes(b"\xff" * 64)
    else:
        (tmp_path / "model.bin").unlink()
    with caplog.at_level(logging.WARNING):
        assert read_model_limits(tmp_path) == ModelLimits()
    assert "cannot read position tables" in caplog.text


def test_marian_config_adds_the_source_eos(tmp_path: Path) -> None:
    _write(tmp_path / "model.bin", 6, [("encoder/position_encodings/encodings", (2048, D))],
           aliases=[("decoder/position_encodings/encodings", "encoder/position_encodings/encodings")])
    (tmp_path / "config.json").write_text(json.dumps(
        {"add_source_bos": False, "add_source_eos": True, "decoder_start_token": "</s>", "bos_token": "<s>"}
    ))
    limits = read_model_limits(tmp_path)
    assert limits == ModelLimits(2048, 2048, 1)
    assert (limits.max_source_tokens(), limits.max_decoding_length(256), limits.max_decoding_length(4096, 1)) == (
        1023, 256, 2046,
    )


def test_a_real_translator_is_never_asked_past_its_tables(tmp_path: Path) -> None:
    import ctranslate2

    from engine_fakes import SpaceTokenizer, package
    from translate_summarize.settings import Settings
    from translate_summarize.translate.engine import CTranslate2Backend

    _zero_spec(64, 64).save(str(tmp_path))
    translator = ctranslate2.Translator(str(tmp_path), device="cpu", intra_threads=1)
    long_input = [["a", "b"] * 100]
    with pytest.raises(RuntimeError, match="No position encodings are defined for positions >= 64"):
        translator.translate_batch(long_input, max_decoding_length=8)  # what an unlimited engine runs into
    limits = read_model_limits(tmp_path)
    backend = CTranslate2Backend(package(tmp_path), Settings(models_dir=tmp_path), translator=translator,
                                 tokenizer=SpaceTokenizer(), limits=limits)
    assert (backend.max_source_tokens, backend.max_decoding_length, backend.piece_tokens) == (64, 63, 26)
    (result,) = backend.translate_batch([" ".join(long_input[0])])
    assert "error" not in result.flags and result.error is None  # 200 tokens went in as pieces of <= 26
    assert result.tokens_in == 200 and backend.texts_split == 1 and backend.errors == 0
