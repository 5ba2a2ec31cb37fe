"""The copy model: a real CTranslate2 Transformer whose best hypothesis is its input, by construction."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Sequence

import pytest

from translate_summarize.translate.copy_model import CopyModelConfig, copy_model_spec, save_model
from translate_summarize.translate.ct2_model import inspect_model, read_binary_header

PIECES = [f"▁w{i}" for i in range(40)] + [f"s{i}" for i in range(20)]
VOCAB = ["<unk>", "<s>", "</s>", *PIECES]
SOURCES = [
    ["▁w1", "s2", "▁w3"],
    ["▁w5"],
    ["▁w7", "▁w7", "▁w7", "▁w7", "▁w7", "▁w7"],  # the same token at every position
    [PIECES[(i * 7) % len(PIECES)] for i in range(45)],
    ["▁w2", "▁never_seen", "s3"],  # not in the vocabulary: copied as <unk>, restored by replace_unknowns
]


def _translator(tmp_path: Path, config: CopyModelConfig, source: Sequence[str] = VOCAB, target: Sequence[str] = VOCAB,
                quantization: str | None = "int8", binary_version: int = 6, marian: bool = False) -> Any:
    import ctranslate2

    spec = copy_model_spec(source, target, config)
    if marian:
        spec.decoder.start_from_zero_embedding = True
        spec.config.add_source_eos = True
        spec.config.decoder_start_token = "</s>"
    folder = tmp_path / f"m{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    save_model(spec, folder, quantization=quantization, binary_version=binary_version)
    return ctranslate2.Translator(str(folder), compute_type="default"), folder


def _decode(translator: Any, sources: list[list[str]], **kwargs: Any) -> list[Any]:
    options = {"beam_size": 4, "replace_unknowns": True, "return_scores": True, "max_decoding_length": 200, **kwargs}
    return translator.translate_batch(sources, **options)


@pytest.mark.parametrize("quantization,binary_version", [("int8", 6), (None, 6), ("int8", 5), (None, 5)])
def test_output_is_the_input_in_one_padded_batch(tmp_path: Path, quantization: str | None, binary_version: int) -> None:
    translator, folder = _translator(tmp_path, CopyModelConfig(positions=64, heads=2), quantization=quantization,
                                     binary_version=binary_version)
    for beam_size in (1, 4):
        results = _decode(translator, SOURCES, beam_size=beam_size)
        assert [r.hypotheses[0] for r in results] == SOURCES
        assert [r.scores[0] for r in results] == pytest.approx([0.0] * len(SOURCES), abs=1e-6)
    assert translator.compute_type == ("float32" if quantization is None else "int8_float32")
    assert read_binary_header(folder / "model.bin") == (binary_version, "TransformerSpec", 7 if binary_version == 6 else 4)
    info = inspect_model(folder)
    assert info.weight_type == ("float32" if quantization is None else "int8")
    assert info.position_rows == 1024 and info.shape("decoder/embeddings/weight") == (len(VOCAB), info.shape("encoder/layer_norm/gamma")[0])
    expected_files = {6: ["config.json", "model.bin", "shared_vocabulary.json"], 5: ["model.bin", "shared_vocabulary.txt"]}
    assert sorted(p.name for p in folder.iterdir()) == expected_files[binary_version]


def test_every_width_layer_and_head_count_copies(tmp_path: Path) -> None:
    config = CopyModelConfig(positions=256, d_model=192, heads=4, layers=(3, 2), ffn=96)
    translator, _ = _translator(tmp_path, config)
    assert [r.hypotheses[0] for r in _decode(translator, SOURCES)] == SOURCES


def test_a_source_longer_than_the_positions_is_cut_there(tmp_path: Path) -> None:
    translator, _ = _translator(tmp_path, CopyModelConfig(positions=16))
    long = [PIECES[i % len(PIECES)] for i in range(40)]
    assert _decode(translator, [long])[0].hypotheses[0] == long[:16]


def test_decoding_past_the_position_table_raises_like_a_marian_model(tmp_path: Path) -> None:
    translator, _ = _translator(tmp_path, CopyModelConfig(positions=16, table_rows=32, loop_token="▁w3"))
    assert _decode(translator, [["▁w1"]], max_decoding_length=32)[0].hypotheses[0] == ["▁w3"] * 32
    with pytest.raises(RuntimeError, match="No position encodings are defined for positions >= 32"):
        _decode(translator, [["▁w1"]], max_decoding_length=40)


def test_marian_conventions_with_separate_vocabularies(tmp_path: Path) -> None:
    # source: </s>, <unk>, pieces; target: the pieces in another order plus pieces the source lacks
    source = ["</s>", "<unk>", *PIECES]
    target = ["</s>", "<unk>", "▁only_in_target", *reversed(PIECES)]
    translator, _ = _translator(tmp_path, CopyModelConfig(positions=64, table_rows=2048), source, target, marian=True)
    results = _decode(translator, SOURCES)  # CTranslate2 appends </s> to each source (add_source_eos)
    assert [r.hypotheses[0] for r in results] == SOURCES


def test_target_prefix_is_emitted_then_the_copy(tmp_path: Path) -> None:
    vocab = [*VOCAB, "__en__"]
    translator, _ = _translator(tmp_path, CopyModelConfig(positions=64, target_prefix="__en__"), vocab, vocab)
    forced = _decode(translator, SOURCES, target_prefix=[["__en__"]] * len(SOURCES))
    free = _decode(translator, SOURCES)
    for results in (forced, free):
        assert [r.hypotheses[0] for r in results] == [["__en__", *s] for s in SOURCES]
        assert [r.scores[0] for r in results] == pytest.approx([0.0] * len(SOURCES), abs=1e-6)


def test_nllb_conventions_language_tokens_and_source_eos(tmp_path: Path) -> None:
    vocab = ["<s>", "<pad>", "</s>", "<unk>", *PIECES, "arb_Arab", "als_Latn", "eng_Latn", "<mask>"]
    config = CopyModelConfig(positions=64, ends="source_eos", source_map={"arb_Arab": "eng_Latn", "als_Latn": "eng_Latn"})
    translator, _ = _translator(tmp_path, config, vocab, vocab)
    wrapped = [["als_Latn", *s, "</s>"] for s in SOURCES]
    results = _decode(translator, wrapped, target_prefix=[["eng_Latn"]] * len(SOURCES))
    assert [r.hypotheses[0] for r in results] == [["eng_Latn", *s] for s in SOURCES]
    assert [r.scores[0] for r in results] == pytest.approx([0.0] * len(SOURCES), abs=1e-6)
    # without the source </s> an NLLB-style model never ends: the output runs to the limit
    unended = _decode(translator, [["als_Latn", *SOURCES[0]]], target_prefix=[["eng_Latn"]], max_decoding_length=30)
    assert len(unended[0].hypotheses[0]) == 30


def test_loop_model_repeats_one_token(tmp_path: Path) -> None:
    translator, _ = _translator(tmp_path, CopyModelConfig(positions=64, loop_token="s4"))
    assert [r.hypotheses[0] for r in _decode(translator, SOURCES[:2], max_decoding_length=12)] == [["s4"] * 12] * 2


def test_soft_copy_model_gives_the_same_tokens_with_negative_scores(tmp_path: Path) -> None:
    translator, _ = _translator(tmp_path, CopyModelConfig(positions=64, token_weight=0.75))
    results = _decode(translator, SOURCES)
    assert [r.hypotheses[0] for r in results] == SOURCES
    assert all(-0.2 * (len(s) + 1) < r.scores[0] < -0.05 for r, s in zip(results, SOURCES))


def test_impossible_shapes_are_refused() -> None:
    with pytest.raises(ValueError, match="d_model 64 with 8 heads cannot hold the construction: .* 16 dims per head"):
        copy_model_spec(VOCAB, VOCAB, CopyModelConfig(positions=64, d_model=64, heads=8))
    with pytest.raises(ValueError, match=r"the target vocabulary lacks \['</s>'\]"):
        copy_model_spec(VOCAB, ["<unk>", *PIECES], CopyModelConfig(positions=64))
    with pytest.raises(ValueError, match="ends must be"):
        CopyModelConfig(ends="never")
    with pytest.raises(ValueError, match="binary_version must be 5 or 6"):
        save_model(copy_model_spec(VOCAB, VOCAB, CopyModelConfig(positions=16)), Path("unused"), binary_version=4)


def test_copies_on_oneDNN_int8_kernels_without_VNNI(tmp_path: Path) -> None:
    """CTranslate2 runs int8 on MKL (Intel) or oneDNN (other CPUs); without VNNI, oneDNN adds u8 x s8
    products in pairs into int16, which saturates on large one-hot weights (``copy_model.HEADROOM``).
    The child process forces that path on any x86 CPU; before the headroom it decoded the first token,
    then </s>."""
    import json
    import subprocess
    import sys

    folder = tmp_path / "model"
    folder.mkdir()
    save_model(copy_model_spec(VOCAB, VOCAB, CopyModelConfig(positions=64, heads=2)), folder, quantization="int8")
    child = (
        "import ctranslate2, json, sys\n"
        "t = ctranslate2.Translator(sys.argv[1], compute_type='int8')\n"
        "r = t.translate_batch(json.loads(sys.argv[2]), beam_size=4, replace_unknowns=True, max_decoding_length=200)\n"
        "print(json.dumps([x.hypotheses[0] for x in r]))\n"
    )
    env = {**os.environ, "CT2_USE_MKL": "0", "ONEDNN_MAX_CPU_ISA": "AVX2"}
    out = subprocess.run([sys.executable, "-c", child, str(folder), json.dumps(SOURCES)], env=env,
                         capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(out.stdout) == SOURCES
