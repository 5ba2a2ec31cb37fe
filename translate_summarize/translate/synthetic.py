"""Build small but *real* Argos Translate packages without torch (tests and benchmarks).

A package built here is a genuine ``.argosmodel``: a zip with one root folder holding
``metadata.json``, a CTranslate2 ``model/`` (a :class:`ctranslate2.specs.TransformerSpec` filled with
seeded random numpy weights) and a tokenizer (``sentencepiece.model`` trained on a few lines, or a
subword-nmt style ``bpe.model``). Its translations are gibberish, but every loading, tokenising,
batching and decoding path runs for real.

``eos_bias`` adds a constant to the output-projection bias of the end-of-sentence token: random
weights otherwise decode until ``max_decoding_length``; a positive bias makes outputs end sooner
(the speed benchmark tunes it so mean output length ≈ source length).

Builds are cached: the archive name carries a hash of every parameter, and an existing archive with
that name is returned as is.
"""

from __future__ import annotations

import collections
import hashlib
import json
import logging
import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Sequence

log = logging.getLogger(__name__)

SPECIALS = ("<unk>", "<s>", "</s>")
BUILD_FORMAT = 1  # bump when the build recipe changes, to invalidate cached archives
MAX_POSITIONS = 1024  # decoder positions of an explicit position table (eos_ramp > 0)

LANGUAGE_NAMES = {"ar": "Arabic", "sq": "Albanian", "en": "English"}

DEFAULT_LINES: dict[str, tuple[str, ...]] = {
    "sq": (
        "Ministri i Jashtëm u takua me homologun e tij në Dushanbe.",
        "Qeveria njoftoi se bisedimet do të vazhdojnë javën e ardhshme.",
        "Presidenti tha se marrëdhëniet mes dy vendeve janë të forta.",
        "Delegacioni diskutoi bashkëpunimin ekonomik dhe sigurinë rajonale.",
        "Kryeministri vizitoi qytetin pas tërmetit të së hënës.",
        "Parlamenti miratoi ligjin e ri për arsimin me shumicë votash.",
        "Lajmet e fundit nga Tirana dhe Prishtina.",
        "Policia arrestoi dy persona të dyshuar për vjedhje.",
        "Çmimet e energjisë u rritën për të tretin muaj radhazi.",
        "Ekonomia shqiptare u rrit me katër përqind këtë vit.",
    ),
    "ar": (
        "التقى وزير الخارجية بنظيره في دوشنبه يوم الثلاثاء.",
        "أعلنت الحكومة أن المحادثات ستستمر الأسبوع المقبل.",
        "قال الرئيس إن العلاقات بين البلدين قوية.",
        "ناقش الوفد التعاون الاقتصادي والأمن الإقليمي.",
        "زار رئيس الوزراء المدينة بعد زلزال يوم الاثنين.",
        "أقر البرلمان القانون الجديد للتعليم بأغلبية الأصوات.",
        "آخر الأخبار من القاهرة وبيروت ودمشق.",
        "اعتقلت الشرطة شخصين يشتبه في قيامهما بالسرقة.",
        "ارتفعت أسعار الطاقة للشهر الثالث على التوالي.",
        "نما الاقتصاد بنسبة أربعة في المئة هذا العام.",
    ),
    "en": (
        "The foreign minister met his counterpart in Dushanbe on Tuesday.",
        "The government announced that the talks will continue next week.",
        "The president said relations between the two countries are strong.",
        "The delegation discussed economic cooperation and regional security.",
        "The prime minister visited the city after Monday's earthquake.",
        "Parliament passed the new education law by a majority of votes.",
        "The latest news from the capital.",
        "Police arrested two people suspected of theft.",
        "Energy prices rose for the third month in a row.",
        "The economy grew by four percent this year.",
    ),
}


def default_training_lines(from_code: str, to_code: str) -> list[str]:
    """The built-in source+target lines for a pair (English lines stand in for unknown languages)."""
    lines: list[str] = []
    for code in dict.fromkeys((from_code, to_code)):
        lines.extend(DEFAULT_LINES.get(code, DEFAULT_LINES["en"]))
    return lines


def _build_key(params: dict[str, Any], lines: Sequence[str]) -> str:
    h = hashlib.sha256(json.dumps(params, sort_keys=True).encode("utf-8"))
    for line in lines:
        h.update(line.encode("utf-8") + b"\n")
    return h.hexdigest()[:12]


def _train_sentencepiece(lines: Sequence[str], model_prefix: Path, vocab_size: int, seed: int) -> list[str]:
    """Train a SentencePiece model on ``lines``; return its pieces (the model's vocabulary)."""
    import sentencepiece as spm

    text_file = model_prefix.with_suffix(".txt")
    text_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spm.set_random_generator_seed(seed)
    spm.SentencePieceTrainer.train(
        input=str(text_file),
        model_prefix=str(model_prefix),
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        model_type="unigram",
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        num_threads=1,
        minloglevel=2,
        input_sentence_size=200_000,
        shuffle_input_sentence=True,
    )
    text_file.unlink()
    processor = spm.SentencePieceProcessor(model_file=str(model_prefix.with_suffix(".model")))
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def _learn_bpe_codes(lines: Sequence[str], num_merges: int) -> list[tuple[str, str]]:
    """Learn subword-nmt style BPE merges (words end with ``</w>``) from whitespace-tokenised lines."""
    from sacremoses.tokenize import MosesTokenizer

    words: collections.Counter[tuple[str, ...]] = collections.Counter()
    moses = MosesTokenizer("en")
    for line in lines:
        for word in moses.tokenize(line):
            words[tuple(word[:-1]) + (word[-1] + "</w>",)] += 1
    merges: list[tuple[str, str]] = []
    for _ in range(num_merges):
        pairs: collections.Counter[tuple[str, str]] = collections.Counter()
        for word, freq in words.items():
            for a, b in zip(word, word[1:]):
                pairs[(a, b)] += freq
        if not pairs:
            break
        best = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))[0]
        merges.append(best)
        merged: collections.Counter[tuple[str, ...]] = collections.Counter()
        for word, freq in words.items():
            out: list[str] = []
            i = 0
            while i < len(word):
                if i + 1 < len(word) and (word[i], word[i + 1]) == best:
                    out.append(word[i] + word[i + 1])
                    i += 2
                else:
                    out.append(word[i])
                    i += 1
            merged[tuple(out)] += freq
        words = merged
    return merges


def _build_bpe(lines: Sequence[str], codes_path: Path, from_code: str, to_code: str, vocab_size: int) -> list[str]:
    """Write ``bpe.model`` (subword-nmt codes); return the vocabulary argostranslate's BPETokenizer yields."""
    from argostranslate.tokenizer import BPETokenizer

    merges = _learn_bpe_codes(lines, max(vocab_size - 100, 10))
    codes_path.write_text(
        "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in merges), encoding="utf-8"
    )
    vocab: dict[str, None] = {}
    for code in (from_code, to_code):
        tokenizer = BPETokenizer(codes_path, code, code)
        for line in lines:
            vocab.update(dict.fromkeys(tokenizer.encode(line)))
            # single characters (with and without the continuation marker) so no input is all <unk>
            for ch in line:
                if not ch.isspace():
                    vocab.setdefault(ch, None)
                    vocab.setdefault(ch + "@@", None)
    return list(SPECIALS) + [t for t in vocab if t not in SPECIALS]


def _sinusoids(positions: int, d_model: int) -> Any:
    import numpy as np

    half = d_model // 2
    inv = np.exp(-np.log(10000.0) * np.arange(half) / max(half - 1, 1))
    angles = np.arange(positions)[:, None] * inv[None, :]
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1).astype(np.float32)


def _fill_spec(
    spec: Any, vocab_size: int, d_model: int, ffn: int, rng: Any, eos_id: int, eos_bias: float | None,
    eos_ramp: float,
) -> None:
    """Give every weight of a TransformerSpec seeded random values of the right shape.

    With ``eos_ramp`` > 0 the decoder's position table carries ``eos_ramp * position`` in its first
    dimension and the ``</s>`` output row reads only that dimension, so the end-of-sentence logit
    grows with the decoding step (outputs end after a roughly fixed number of tokens that
    ``eos_bias`` moves) instead of never (bias too low) or at once (bias too high).
    """
    import numpy as np

    def dense(rows: int, cols: int) -> Any:
        return (rng.standard_normal((rows, cols)) / np.sqrt(cols)).astype(np.float32)

    def norm(ln: Any) -> None:
        ln.gamma = np.ones(d_model, dtype=np.float32)
        ln.beta = np.zeros(d_model, dtype=np.float32)

    def linear(lin: Any, rows: int, cols: int) -> None:
        lin.weight = dense(rows, cols)
        lin.bias = np.zeros(rows, dtype=np.float32)

    def ffn_block(block: Any) -> None:
        norm(block.layer_norm)
        linear(block.linear_0, ffn, d_model)
        linear(block.linear_1, d_model, ffn)

    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight = dense(vocab_size, d_model)
    norm(enc.layer_norm)
    for layer in enc.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d_model, d_model)
        linear(layer.self_attention.linear[1], d_model, d_model)
        ffn_block(layer.ffn)
    dec.embeddings.weight = dense(vocab_size, d_model)
    norm(dec.layer_norm)
    for layer in dec.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d_model, d_model)
        linear(layer.self_attention.linear[1], d_model, d_model)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], d_model, d_model)
        linear(layer.attention.linear[1], 2 * d_model, d_model)
        linear(layer.attention.linear[2], d_model, d_model)
        ffn_block(layer.ffn)
    dec.projection.weight = dense(vocab_size, d_model)
    if eos_ramp > 0:
        table = _sinusoids(MAX_POSITIONS, d_model)
        table[:, 0] = eos_ramp * np.arange(MAX_POSITIONS, dtype=np.float32)
        dec.position_encodings.encodings = table
        dec.projection.weight[eos_id] = 0.0
        dec.projection.weight[eos_id, 0] = 1.0
    bias = np.zeros(vocab_size, dtype=np.float32)
    if eos_bias is not None:
        bias[eos_id] = eos_bias
    dec.projection.bias = bias


def build_argos_package(
    out_dir: Path,
    from_code: str,
    to_code: str,
    *,
    version: str = "1.0",
    training_lines: Sequence[str] | None = None,
    vocab_size: int = 400,
    layers: int = 2,
    d_model: int = 64,
    heads: int = 2,
    ffn: int = 128,
    seed: int = 0,
    eos_bias: float | None = None,
    eos_ramp: float = 0.0,
    tokenizer: str = "sentencepiece",
    quantization: str | None = None,
) -> Path:
    """Build (or reuse from ``out_dir``) a real ``.argosmodel`` for ``from_code`` → ``to_code``.

    Args:
        out_dir: folder receiving the archive (also the build cache).
        training_lines: text the tokenizer is trained on (default: built-in source+target lines).
        vocab_size: SentencePiece vocabulary size (a soft limit on tiny corpora) or BPE merges + 100.
        layers, d_model, heads, ffn: transformer shape (encoder and decoder alike).
        seed: numpy / SentencePiece seed; the same parameters give the same archive contents.
        eos_bias: added to the output bias of ``</s>`` (positive → shorter outputs).
        eos_ramp: > 0 makes the ``</s>`` logit grow by about this much per decoding step (see
            :func:`_fill_spec`); with it, ``eos_bias`` sets the typical output length.
        tokenizer: ``"sentencepiece"`` (``sentencepiece.model``) or ``"bpe"`` (``bpe.model``).
        quantization: optional CTranslate2 weight quantization applied at save time (e.g. ``int8``).

    Returns:
        Path of the ``.argosmodel`` zip (one root folder ``<from>_<to>``).
    """
    import numpy as np
    from ctranslate2.specs import TransformerSpec

    if tokenizer not in ("sentencepiece", "bpe"):
        raise ValueError(f"tokenizer must be 'sentencepiece' or 'bpe', not {tokenizer!r}")
    lines = list(training_lines) if training_lines is not None else default_training_lines(from_code, to_code)
    params = {
        "format": BUILD_FORMAT, "from": from_code, "to": to_code, "version": version,
        "vocab_size": vocab_size, "layers": layers, "d_model": d_model, "heads": heads, "ffn": ffn,
        "seed": seed, "eos_bias": eos_bias, "eos_ramp": eos_ramp, "tokenizer": tokenizer, "quantization": quantization,
    }
    key = _build_key(params, lines)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    archive = out_dir / f"translate-{from_code}_{to_code}-{version}-{key}.argosmodel"
    if archive.is_file():
        log.debug("reusing cached synthetic package %s", archive)
        return archive

    root_name = f"{from_code}_{to_code}"
    with tempfile.TemporaryDirectory(prefix=".synthetic-", dir=out_dir) as tmp:
        pkg_dir = Path(tmp) / root_name
        pkg_dir.mkdir()
        if tokenizer == "sentencepiece":
            vocab = _train_sentencepiece(lines, Path(tmp) / "sentencepiece", vocab_size, seed)
            shutil.move(str(Path(tmp) / "sentencepiece.model"), pkg_dir / "sentencepiece.model")
        else:
            vocab = _build_bpe(lines, pkg_dir / "bpe.model", from_code, to_code, vocab_size)

        spec = TransformerSpec.from_config((layers, layers), heads)
        _fill_spec(spec, len(vocab), d_model, ffn, np.random.default_rng(seed), vocab.index("</s>"), eos_bias, eos_ramp)
        spec.register_source_vocabulary(vocab)
        spec.register_target_vocabulary(vocab)
        spec.validate()
        spec.optimize(quantization=quantization)
        (pkg_dir / "model").mkdir()
        spec.save(str(pkg_dir / "model"))

        metadata = {
            "package_version": version,
            "argos_version": "1.9",
            "from_code": from_code,
            "from_name": LANGUAGE_NAMES.get(from_code, from_code),
            "to_code": to_code,
            "to_name": LANGUAGE_NAMES.get(to_code, to_code),
            "code": f"translate-{from_code}_{to_code}",
            "type": "translate",
            "links": [],
            "synthetic": params,
        }
        (pkg_dir / "metadata.json").write_text(json.dumps(metadata, indent=2, ensure_ascii=False), encoding="utf-8")
        (pkg_dir / "README.md").write_text(
            "Synthetic test package (random weights) built by translate_summarize.translate.synthetic.\n",
            encoding="utf-8",
        )
        partial = Path(tmp) / archive.name
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(pkg_dir.rglob("*")):
                zf.write(path, path.relative_to(Path(tmp)).as_posix())
        os.replace(partial, archive)
    log.info("built synthetic package %s", archive)
    return archive
