"""A real CTranslate2 Transformer whose output is fixed by construction: it copies its input.

Test and benchmark models must not depend on what random weights happen to decode (that changes
with the CPU's kernels). The model built here is an ordinary ``TransformerSpec`` — any width, layer
count and head count, int8 or float32 — whose weights are set by hand so that, for every input, the
best hypothesis is the input itself: ``output tokens == source tokens``, then ``</s>``. With beam
search every other hypothesis scores at least 32 nats lower, so the result does not depend on
floating-point rounding, quantization (every weight row keeps int8 headroom: ``HEADROOM``), the CPU's
int8 kernels (MKL or oneDNN, with or without VNNI), batching or threads.

How it works (one layer does the work; any others have zero weights and pass their input through):

* Layout of the model's width: two stabiliser dims ``K±`` (±H), a position code ``OWN`` (two digits
  in base ``b``, one-hot each: ``2b`` dims), a token code ``TOK`` (the binary digits of the target
  index as ±1 pairs: ``2·ceil(log2 V)`` dims), a copied position code ``ATT``, flags for "this is
  ``</s>``" (``EOSF``), "the attended position is my own" (``MATCH``) and "prefix step" (``PREF``).
  Every block has a paired negative dim so each block sums to zero: with the large ``K±`` the
  LayerNorms then only rescale (by a constant to within 0.1%), and their gammas restore the scale
  and zero ``K±`` for the sublayers.
* Encoder: embedding = the token's code (of the target token it copies as) and ``EOSF`` for
  ``</s>``; the position table holds the position's digits. All encoder layers are zero.
* Decoder: embeddings are zero (what was emitted before does not matter); the position table holds
  the step's digits (shifted by one when the model emits a target prefix first). Cross-attention:
  every head's query reads the step's digits, its key the source position's digits, scaled so that
  the source position equal to the step wins the softmax by ``40`` per digit; the values carry the
  token code, the position digits (into ``ATT``) and ``EOSF`` back into the decoder. The FFN has
  one unit per digit value, ``relu(OWN + ATT - 1.5)``, summed into ``MATCH``: 2 when the attended
  position is the step's own, at most 1 otherwise (when the source is exhausted).
* Output projection: each token's row is its code (logit 16·bits for the copied token, at least 32
  lower for any other); ``</s>`` gets ``B·EOSF - B·MATCH + 2B`` (``ends="source_length"``: it wins
  when the source is exhausted or ``</s>`` is copied) or ``B·EOSF`` (``ends="source_eos"``: it
  wins only by copying ``</s>``, as NLLB/M2M-100 inputs end).

``replace_unknowns=True`` (the engine's setting) turns a copied ``<unk>`` back into the source
piece, since the attention is one-hot on it. A model whose source is longer than ``positions``
tokens copies the first ``positions`` tokens and ends.

:func:`save_model` writes the model directory, either in today's format (binary version 6 with
``config.json``) or as CTranslate2 2.x wrote it (binary version 5, spec revision 4, the
configuration as model attributes, ``*_vocabulary.txt``), which CTranslate2 4.x still loads.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

SPEC_DIGITS = 2
"""Digits of the position code; base = ceil(sqrt(positions))."""

TOKEN_WEIGHT = 8.0
"""Projection weight per code dim: the copied token's logit is 16 x bits, a 1-bit neighbour's 32 lower."""

MARGIN = 16.0
"""Half the minimum logit gap between </s> and the best token whenever the construction decides."""

ATTENTION_MARGIN = 40.0
"""Attention logit gained per matching position digit (the softmax leaks < positions x e^-40)."""

HEADROOM = 127 / 63
"""Every weight row gets an entry this many times its largest weight, in a column whose input is always
zero. int8 quantization scales each row by its largest magnitude (``127 / max``), so the real weights
quantize to at most 63, and the construction's weights (one magnitude per row) to exactly +-63: no
rounding error, as with 127 before (with ``HEADROOM = 2`` they rounded to 63.5 -> 64 and the </s> margin
shrank from 32 to ~13 nats). Without it, CPUs without VNNI (AVX2 only) overflow: oneDNN's u8 x s8 kernels add products in
pairs into int16 (``vpmaddubsw``), and two weights of 127 times activations near 255 exceed 32,767: on
an AMD EPYC the models emitted their first token and ``</s>`` (reproduced on any x86 CPU with
``CT2_USE_MKL=0 ONEDNN_MAX_CPU_ISA=AVX2``). With at most 63 a pair stays under 2 x 255 x 63 = 32,130,
and the headroom column (input 0, i.e. 128 after the u8 shift, times 127) with any partner under 32,767."""

SIGMA = 20.0
"""LayerNorm std that the stabiliser dims alone produce; gammas divide it back out."""


@dataclass(frozen=True, slots=True)
class CopyModelConfig:
    """Shape and conventions of a copy model.

    Args:
        positions: source positions the model copies (longer sources are cut to this many tokens).
        table_rows: rows of the position tables (default ``max(1024, positions + 2)``; decoding past
            the last row raises in CTranslate2, as with a real Marian model's 2,048 rows).
        d_model: width (default: the smallest that holds the construction, rounded up to ``heads``).
        heads: attention heads (every head attends alike; ``d_model / heads`` must hold ``2b``).
        layers: (encoder, decoder) layers; all but the decoder's last have zero weights.
        ffn: FFN width (default: the units the construction needs).
        ends: ``"source_length"`` or ``"source_eos"`` (see the module docstring).
        target_prefix: a target token the decoder emits at step 0 before copying (a language token).
        source_map: source token -> target token it copies as (e.g. ``{"als_Latn": "eng_Latn"}``).
        loop_token: build a degenerate model instead, which emits this token forever (tests of the
            output guard).
        token_weight: projection weight per token-code dim. The default makes the copied token's
            log-probability ~0; a small one (e.g. 0.75: each other token >= 3 nats lower) gives outputs
            the same tokens with clearly negative, deterministic scores (tests of score handling).
    """

    positions: int = 512
    table_rows: int | None = None
    d_model: int | None = None
    heads: int = 1
    layers: tuple[int, int] = (1, 1)
    ffn: int | None = None
    ends: str = "source_length"
    target_prefix: str | None = None
    source_map: Mapping[str, str] = field(default_factory=dict)
    loop_token: str | None = None
    token_weight: float = TOKEN_WEIGHT

    def __post_init__(self) -> None:
        if self.ends not in ("source_length", "source_eos"):
            raise ValueError(f"ends must be 'source_length' or 'source_eos', not {self.ends!r}")
        if self.positions < 1 or self.heads < 1 or min(self.layers) < 1:
            raise ValueError("positions, heads and layers must be >= 1")
        if self.token_weight <= 0:
            raise ValueError("token_weight must be > 0")


@dataclass(frozen=True, slots=True)
class _Layout:
    """Which dims of the model width hold which block."""

    base: int
    bits: int
    blocks: dict[str, range]
    width: int

    @classmethod
    def plan(cls, positions: int, vocab_size: int) -> _Layout:
        base = max(2, math.ceil(positions ** (1 / SPEC_DIGITS)))
        bits = max(1, math.ceil(math.log2(vocab_size)))
        sizes = {
            "K": 2, "OWN": SPEC_DIGITS * base, "OWN_NEG": 1, "TOK": 2 * bits, "ATT": SPEC_DIGITS * base,
            "ATT_NEG": 1, "EOSF": 2, "MATCH": 2, "PREF": 2, "ZERO": 1,
        }
        blocks: dict[str, range] = {}
        start = 0
        for name, size in sizes.items():
            blocks[name] = range(start, start + size)
            start += size
        return cls(base, bits, blocks, start)

    def __getitem__(self, name: str) -> range:
        return self.blocks[name]


def copy_model_spec(source_vocab: Sequence[str], target_vocab: Sequence[str], config: CopyModelConfig = CopyModelConfig()) -> Any:
    """A validated ``ctranslate2.specs.TransformerSpec`` that copies its input (see the module docstring).

    Both vocabularies must contain ``<unk>`` and ``</s>``; a source token absent from the target
    vocabulary copies as ``<unk>`` (restored by ``replace_unknowns``).
    """
    import numpy as np
    from ctranslate2.specs import TransformerSpec

    for name, vocab in (("source", source_vocab), ("target", target_vocab)):
        missing = {"<unk>", "</s>"} - set(vocab)
        if missing:
            raise ValueError(f"the {name} vocabulary lacks {sorted(missing)}")
    tindex = {tok: i for i, tok in enumerate(target_vocab)}
    offset = 1 if config.target_prefix else 0
    if config.target_prefix and config.target_prefix not in tindex:
        raise ValueError(f"target_prefix {config.target_prefix!r} is not in the target vocabulary")
    lay = _Layout.plan(config.positions, len(target_vocab))
    heads = config.heads
    digit_dims = SPEC_DIGITS * lay.base
    if config.d_model is None:
        d = -(-max(lay.width, digit_dims * heads) // heads) * heads
    else:
        d = config.d_model
        if d % heads or d < lay.width or d // heads < digit_dims:
            raise ValueError(
                f"d_model {d} with {heads} heads cannot hold the construction: it needs a multiple of {heads}, "
                f">= {lay.width} dims, and {digit_dims} dims per head for the position code"
            )
    dh = d // heads
    units = digit_dims + offset
    zero_unit = units  # an FFN unit that is always 0: the headroom column of the FFN's output weights
    ffn = max(config.ffn or 0, units + 1)
    rows = config.table_rows or max(1024, config.positions + offset + 2)
    f32 = np.float32
    stabiliser = math.sqrt(SIGMA**2 * d / 2)  # K+ = H, K- = -H: LayerNorm std = SIGMA from them alone
    w = config.token_weight
    eos_weight = 2 * w * lay.bits + 2 * MARGIN  # beats any token logit (<= 2w·bits) by 2·MARGIN

    def token_code(index: int) -> Any:
        code = np.zeros(d, f32)
        for i in range(lay.bits):
            bit = 1.0 if (index >> i) & 1 else -1.0
            code[lay["TOK"][2 * i]] = bit
            code[lay["TOK"][2 * i + 1]] = -bit
        return code

    def position_table(shift: int) -> Any:
        table = np.zeros((rows, d), f32)
        table[:, lay["K"][0]] = stabiliser
        table[:, lay["K"][1]] = -stabiliser
        for row in range(shift, min(rows, config.positions + shift)):
            p = row - shift
            for j in range(SPEC_DIGITS):
                table[row, lay["OWN"][j * lay.base + (p // lay.base**j) % lay.base]] = 1.0
            table[row, lay["OWN_NEG"][0]] = -SPEC_DIGITS
        for row in range(min(shift, rows)):
            table[row, lay["PREF"][0]] = 1.0
            table[row, lay["PREF"][1]] = -1.0
        return table

    def norm(ln: Any, scaled: bool) -> None:
        gamma = np.full(d, SIGMA if scaled else 1.0, f32)
        if scaled:
            gamma[list(lay["K"])] = 0.0
        ln.gamma = gamma
        ln.beta = np.zeros(d, f32)

    def zero(lin: Any, out_dim: int, in_dim: int) -> None:
        lin.weight = np.zeros((out_dim, in_dim), f32)
        lin.bias = np.zeros(out_dim, f32)

    spec = TransformerSpec.from_config(tuple(config.layers), heads)
    enc, dec = spec.encoder, spec.decoder
    embed_scale = math.sqrt(d)  # CTranslate2 multiplies embeddings by sqrt(d_model) (scale_embeddings)
    unk = tindex["<unk>"]
    emb = np.zeros((len(source_vocab), d), f32)
    for i, tok in enumerate(source_vocab):
        row = token_code(tindex.get(config.source_map.get(tok, tok), unk))
        if tok == "</s>":
            row[lay["EOSF"][0]], row[lay["EOSF"][1]] = 1.0, -1.0
        emb[i] = row / embed_scale
    enc.embeddings[0].weight = emb
    enc.position_encodings.encodings = position_table(0)
    norm(enc.layer_norm, scaled=True)
    for layer in enc.layer:
        norm(layer.self_attention.layer_norm, scaled=False)
        zero(layer.self_attention.linear[0], 3 * d, d)
        zero(layer.self_attention.linear[1], d, d)
        norm(layer.ffn.layer_norm, scaled=False)
        zero(layer.ffn.linear_0, ffn, d)
        zero(layer.ffn.linear_1, d, ffn)

    dec.embeddings.weight = np.zeros((len(target_vocab), d), f32)
    dec.position_encodings.encodings = position_table(offset)
    norm(dec.layer_norm, scaled=True)
    for layer in dec.layer:
        norm(layer.self_attention.layer_norm, scaled=False)
        zero(layer.self_attention.linear[0], 3 * d, d)
        zero(layer.self_attention.linear[1], d, d)
        norm(layer.attention.layer_norm, scaled=True)
        zero(layer.attention.linear[0], d, d)
        zero(layer.attention.linear[1], 2 * d, d)
        zero(layer.attention.linear[2], d, d)
        norm(layer.ffn.layer_norm, scaled=True)
        zero(layer.ffn.linear_0, ffn, d)
        zero(layer.ffn.linear_1, d, ffn)

    last = dec.layer[-1]  # the alignment layer (replace_unknowns reads its first head)
    query, keys_values, out = last.attention.linear[0].weight, last.attention.linear[1].weight, last.attention.linear[2].weight
    query_scale = ATTENTION_MARGIN * math.sqrt(dh)  # CTranslate2 divides the scores by sqrt(d_head)
    for h in range(heads):
        for j, dim in enumerate(lay["OWN"]):
            query[h * dh + j, dim] = query_scale
            keys_values[h * dh + j, dim] = 1.0
    carried = (
        list(zip(lay["TOK"], lay["TOK"])) + list(zip(lay["OWN"], lay["ATT"]))
        + list(zip(lay["OWN_NEG"], lay["ATT_NEG"])) + list(zip(lay["EOSF"], lay["EOSF"]))
    )
    for slot, (src, dst) in enumerate(carried):  # value slot -> head slot//dh; every head attends alike
        keys_values[d + slot, src] = 1.0
        out[dst, slot] = 1.0
    ffn_in, ffn_out = last.ffn.linear_0, last.ffn.linear_1
    if config.ends == "source_length":
        for u in range(digit_dims):  # one unit per digit value: 0.5 when own and attended digits agree
            ffn_in.weight[u, lay["OWN"][u]] = 1.0
            ffn_in.weight[u, lay["ATT"][u]] = 1.0
            ffn_in.bias[u] = -1.5
            ffn_out.weight[lay["MATCH"][0], u] = 2.0
            ffn_out.weight[lay["MATCH"][1], u] = -2.0
        if offset:  # the prefix step counts as a full match: </s> must not win there
            ffn_in.weight[digit_dims, lay["PREF"][0]] = 1.0
            ffn_out.weight[lay["MATCH"][0], digit_dims] = float(SPEC_DIGITS)
            ffn_out.weight[lay["MATCH"][1], digit_dims] = -float(SPEC_DIGITS)

    projection = np.zeros((len(target_vocab), d), f32)
    bias = np.zeros(len(target_vocab), f32)
    eos = tindex["</s>"]
    if config.loop_token is not None:
        bias[tindex[config.loop_token]] = 2 * eos_weight
        bias[eos] = -2 * eos_weight
    else:
        for k in range(len(target_vocab)):
            projection[k] = w * token_code(k)
        projection[eos] = 0.0
        projection[eos, lay["EOSF"][0]] = eos_weight
        if config.ends == "source_length":
            projection[eos, lay["MATCH"][0]] = -eos_weight
            bias[eos] = SPEC_DIGITS * eos_weight
        if config.target_prefix:
            projection[tindex[config.target_prefix], lay["PREF"][0]] = 2 * eos_weight
    dec.projection.weight = projection
    dec.projection.bias = bias

    for layer in (*enc.layer, *dec.layer):
        for linear in (*layer.self_attention.linear, *getattr(getattr(layer, "attention", None), "linear", ()), layer.ffn.linear_0):
            _add_headroom(linear.weight, lay["ZERO"][0])
        _add_headroom(layer.ffn.linear_1.weight, zero_unit)
    _add_headroom(dec.projection.weight, lay["ZERO"][0])

    spec.register_source_vocabulary(list(source_vocab))
    spec.register_target_vocabulary(list(target_vocab))
    spec.validate()
    return spec


def _add_headroom(weight: Any, zero_column: int) -> None:
    """Give every non-zero row of ``weight`` an entry ``HEADROOM`` times its largest magnitude in a
    column whose input is always 0, so the row's int8 scale maps its real weights to at most
    ``127 / HEADROOM`` (see ``HEADROOM``). The output does not change: that input is 0."""
    import numpy as np

    peak = np.abs(weight).max(axis=1)
    rows = np.nonzero(peak)[0]
    weight[rows, zero_column] = HEADROOM * peak[rows]


# ----------------------------------------------------------------------------- saving

_V5_TOP_LEVEL = {  # revision-4 specs kept these at the top level; CTranslate2 4.x aliases them
    "encoder/num_heads": ("num_heads", "int8"),
    "encoder/pre_norm": ("pre_norm", "int8"),
    "encoder/activation": ("activation", "int8"),
    "encoder/embeddings_merge": ("embeddings_merge", "int8"),
    "decoder/alignment_layer": ("alignment_layer", "int16"),
    "decoder/alignment_heads": ("alignment_heads", "int16"),
}
_V5_DROPPED = {  # moved to the top level (above), or introduced after CTranslate2 2.x
    "decoder/num_heads", "decoder/pre_norm", "decoder/activation", "decoder/start_from_zero_embedding",
    "decoder/alibi", "decoder/alibi_use_positive_positions", "decoder/scale_alibi", "encoder/multi_query_attention",
}


def save_model(spec: Any, model_dir: Path, *, quantization: str | None = None, binary_version: int = 6) -> None:
    """Optimize (alias duplicates, quantize) and write ``spec`` into the existing folder ``model_dir``.

    ``binary_version`` 6 is today's format (``config.json``, ``*_vocabulary.json``); 5 writes the
    model as CTranslate2 2.x did (spec revision 4, configuration as model attributes,
    ``*_vocabulary.txt``, no ``config.json``).
    """
    spec.validate()  # again: the caller may have set attributes (e.g. Marian's) after building
    spec.optimize(quantization=quantization)
    if binary_version == 6:
        spec.save(str(model_dir))
        return
    if binary_version != 5:
        raise ValueError(f"binary_version must be 5 or 6, not {binary_version}")
    _save_v5(spec, Path(model_dir))


def _save_v5(spec: Any, model_dir: Path) -> None:
    import numpy as np

    config = spec.config
    variables: dict[str, Any] = {}
    aliases: dict[str, str] = {}
    for name, value in spec.variables(ordered=True):
        if name in _V5_DROPPED:
            continue
        if isinstance(value, str):
            aliases[name] = value
            continue
        array = value.numpy() if hasattr(value, "numpy") else np.asarray(value)
        if name in _V5_TOP_LEVEL:
            name, dtype = _V5_TOP_LEVEL[name]
            array = np.asarray(array).astype(dtype)
        variables[name] = np.asarray(array)
    variables["with_relative_position"] = np.asarray(0, dtype="int8")
    variables["with_source_bos"] = np.asarray(int(config.add_source_bos), dtype="int8")
    variables["with_source_eos"] = np.asarray(int(config.add_source_eos), dtype="int8")
    variables["with_target_bos"] = np.asarray(int(config.decoder_start_token == config.bos_token), dtype="int8")
    dtypes = ("float32", "int8", "int16", "int32", "float16")

    def string(fh: Any, text: str) -> None:
        data = text.encode("utf-8")
        fh.write(struct.pack("H", len(data) + 1) + data + b"\x00")

    with open(model_dir / "model.bin", "wb") as fh:
        fh.write(struct.pack("I", 5))
        string(fh, spec.name)
        fh.write(struct.pack("I", 4))
        fh.write(struct.pack("I", len(variables)))
        for name in sorted(variables):
            array = np.asarray(variables[name]).copy(order="C")
            string(fh, name)
            fh.write(struct.pack("B", array.ndim))
            for dim in array.shape:
                fh.write(struct.pack("I", dim))
            fh.write(struct.pack("B", dtypes.index(str(array.dtype))))
            fh.write(struct.pack("I", array.nbytes))
            fh.write(array.tobytes())
        fh.write(struct.pack("I", len(aliases)))
        for alias in sorted(aliases):
            string(fh, alias)
            string(fh, aliases[alias])
    vocabularies = {"source": spec._vocabularies["source"][0], "target": spec._vocabularies["target"][0]}
    if vocabularies["source"] == vocabularies["target"]:
        vocabularies = {"shared": vocabularies["source"]}
    for kind, tokens in vocabularies.items():
        (model_dir / f"{kind}_vocabulary.txt").write_text("".join(t + "\n" for t in tokens), encoding="utf-8")

