"""Build small but *real* translation packages without torch (tests and benchmarks).

A package built here is a genuine ``.argosmodel``: a zip with one root folder holding
``metadata.json``, a CTranslate2 ``model/`` and a tokenizer (``sentencepiece.model`` trained on a few
lines, or a subword-nmt style ``bpe.model``). The model is a copy model
(:mod:`translate_summarize.translate.copy_model`): its output tokens are its input tokens, so a
package "translates" every text to ``detokenize(tokenize(text))`` on any machine, and tests can
assert exact outputs. ``loop_token`` builds a degenerate model instead, which repeats one token until
the length limit (tests of the output guard).

``layout`` reproduces the archives users really install (see ``../shared/README.md``, "Real package
layouts"):

* ``"project"`` — this project's own packages: root ``<from>_<to>/``, deflated files, full metadata.
* ``"argos-1.0"`` — like ``translate-ar_en-1_0``: root ``<from>_<to>/`` zipped with ``zip -r``
  (directory entries, deflate), the 6-key ``metadata.json`` (no ``code``/``type``/``links``), a
  README, one shared ``sentencepiece.model``, a CTranslate2 2.x ``model/`` (binary version 5,
  ``shared_vocabulary.txt``, no ``config.json``) and a ``stanza/`` folder.
* ``"opus-mt"`` — like ``translate-sq_en-1_9`` (a converted OPUS-MT/Marian model): root
  ``translate-<from>_<to>-<version>/``, stored without compression or directory entries, a
  source-side-only tokenizer (target pieces absent from it), separate source/target vocabularies,
  Marian settings in ``model/config.json`` (``add_source_eos``, ``decoder_start_token`` ``</s>``) and
  2,048-row position tables.

:func:`macos_rezip` re-zips an archive the way macOS Finder does (``__MACOSX/``, ``.DS_Store``).
:func:`build_ct2_model` builds a bare CTranslate2 model folder as a user converts one themselves
(NLLB-200, M2M-100 or OPUS-MT conventions), for ``models install --ct2``.

Every build carries a ``synthetic.json`` marker (the quality benchmark skips such models unless
asked). Builds are cached: the file name carries a hash of every parameter, and an existing archive
(or folder) with that name is returned as is.
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
BUILD_FORMAT = 2  # bump when the build recipe changes, to invalidate cached archives
SYNTHETIC_MARKER = "synthetic.json"
LAYOUTS = ("project", "argos-1.0", "opus-mt")
OPUS_MT_POSITIONS = 2048  # rows of a converted Marian model's position tables

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


def _body(vocab: Sequence[str]) -> list[str]:
    """``vocab`` without the special tokens, order kept."""
    return [t for t in vocab if t not in SPECIALS]


def _tokenizer_vocab(
    tokenizer: str, lines: Sequence[str], work: Path, target: Path, from_code: str, to_code: str, vocab_size: int, seed: int,
) -> list[str]:
    """Write the tokenizer file ``target`` (trained on ``lines``) and return the pieces it produces."""
    if tokenizer == "sentencepiece":
        prefix = work / f"spm-{target.name.replace('.', '-')}"
        vocab = _train_sentencepiece(lines, prefix, vocab_size, seed)
        shutil.move(str(prefix.with_suffix(".model")), target)
        return vocab
    return _build_bpe(lines, target, from_code, to_code, vocab_size)


def _zip_folder(folder: Path, archive: Path, *, compression: int, directory_entries: bool) -> None:
    """Zip ``folder`` (as the archive's root folder) in sorted order, like ``zip -r`` with ``directory_entries``.

    ``model.bin`` is always stored: a copy model's weights are mostly zeros, and deflated they would
    trip the installer's size-bomb ratio (a trained model's weights hardly compress).
    """
    with zipfile.ZipFile(archive, "w", compression=compression) as zf:
        for path in [folder, *sorted(folder.rglob("*"))]:
            name = path.relative_to(folder.parent).as_posix()
            if path.is_dir():
                if directory_entries:
                    zf.write(path, name + "/")
            else:
                zf.write(path, name, compress_type=zipfile.ZIP_STORED if path.name == "model.bin" else None)


def build_argos_package(
    out_dir: Path,
    from_code: str,
    to_code: str,
    *,
    version: str = "1.0",
    training_lines: Sequence[str] | None = None,
    vocab_size: int = 400,
    layers: int = 1,
    d_model: int | None = None,
    heads: int = 1,
    ffn: int | None = None,
    positions: int = 512,
    seed: int = 0,
    tokenizer: str = "sentencepiece",
    quantization: str | None = "int8",
    layout: str = "project",
    target_prefix: str | None = None,
    loop_token: str | None = None,
    token_weight: float | None = None,
) -> Path:
    """Build (or reuse from ``out_dir``) a real ``.argosmodel`` for ``from_code`` → ``to_code``.

    Args:
        out_dir: folder receiving the archive (also the build cache).
        version: the package version (metadata and, for ``opus-mt``, the root folder name).
        training_lines: text the tokenizer is trained on (default: the built-in source+target lines;
            source lines only for ``opus-mt``, whose target vocabulary comes from the target lines).
            Texts to translate exactly should use only characters these lines contain.
        vocab_size: SentencePiece vocabulary size (a soft limit on tiny corpora) or BPE merges + 100.
        layers, d_model, heads, ffn, positions: the copy model's shape (see
            :class:`~translate_summarize.translate.copy_model.CopyModelConfig`); e.g. 6, 512, 8,
            2048 for a transformer-base-sized model with realistic decoding cost.
        seed: SentencePiece seed; the same parameters give the same archive contents.
        tokenizer: ``"sentencepiece"`` or ``"bpe"``.
        quantization: CTranslate2 weight type at save time (``"int8"``, or None for float32).
        layout: ``"project"``, ``"argos-1.0"`` or ``"opus-mt"`` (see the module docstring).
        target_prefix: a token the package forces as the first output token (metadata
            ``target_prefix``); the model emits it, then copies.
        loop_token: build a degenerate model that emits this token until the length limit.
        token_weight: see :class:`~translate_summarize.translate.copy_model.CopyModelConfig` (a small
            one gives the same outputs with clearly negative scores).

    Returns:
        Path of the ``.argosmodel`` zip.
    """
    from .copy_model import CopyModelConfig, copy_model_spec, save_model

    if tokenizer not in ("sentencepiece", "bpe"):
        raise ValueError(f"tokenizer must be 'sentencepiece' or 'bpe', not {tokenizer!r}")
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
    opus = layout == "opus-mt"
    if training_lines is not None:
        lines = list(training_lines)
    else:
        lines = list(DEFAULT_LINES.get(from_code, DEFAULT_LINES["en"])) if opus else default_training_lines(from_code, to_code)
    params = {
        "format": BUILD_FORMAT, "from": from_code, "to": to_code, "version": version, "vocab_size": vocab_size,
        "layers": layers, "d_model": d_model, "heads": heads, "ffn": ffn, "positions": positions, "seed": seed,
        "tokenizer": tokenizer, "quantization": quantization, "layout": layout, "target_prefix": target_prefix,
        "loop_token": loop_token, "token_weight": token_weight,
    }
    key = _build_key(params, lines)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    archive = out_dir / f"translate-{from_code}_{to_code}-{version}-{key}.argosmodel"
    if archive.is_file():
        log.debug("reusing cached synthetic package %s", archive)
        return archive

    root_name = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}" if opus else f"{from_code}_{to_code}"
    tokenizer_file = "sentencepiece.model" if tokenizer == "sentencepiece" else "bpe.model"
    with tempfile.TemporaryDirectory(prefix=".synthetic-", dir=out_dir) as tmp:
        work = Path(tmp)
        pkg_dir = work / root_name
        (pkg_dir / "model").mkdir(parents=True)
        source_vocab = _tokenizer_vocab(tokenizer, lines, work, pkg_dir / tokenizer_file, from_code, to_code, vocab_size, seed)
        if opus:  # Marian vocabularies: </s>, <unk>, pieces; the target side has pieces the source tokenizer lacks
            target_lines = list(DEFAULT_LINES.get(to_code, DEFAULT_LINES["en"]))
            target_pieces = _tokenizer_vocab(
                tokenizer, target_lines, work, work / f"target-{tokenizer_file}", to_code, to_code, vocab_size, seed
            )
            source_vocab = ["</s>", "<unk>"] + _body(source_vocab)
            target_vocab = ["</s>", "<unk>"] + sorted(set(_body(source_vocab)) | set(_body(target_pieces)))
        else:
            target_vocab = source_vocab
        if target_prefix and target_prefix not in target_vocab:
            target_vocab = target_vocab + [target_prefix]
            if not opus:
                source_vocab = target_vocab
        config = CopyModelConfig(
            positions=positions, table_rows=OPUS_MT_POSITIONS if opus else None, d_model=d_model, heads=heads,
            layers=(layers, layers), ffn=ffn, target_prefix=target_prefix, loop_token=loop_token,
            **({"token_weight": token_weight} if token_weight is not None else {}),
        )
        spec = copy_model_spec(source_vocab, target_vocab, config)
        if opus:
            spec.decoder.start_from_zero_embedding = True
            spec.config.add_source_eos = True
            spec.config.decoder_start_token = "</s>"
        save_model(spec, pkg_dir / "model", quantization=quantization, binary_version=5 if layout == "argos-1.0" else 6)

        metadata: dict[str, Any] = {
            "package_version": version,
            "argos_version": {"argos-1.0": "1.0", "opus-mt": "1.9.0"}.get(layout, "1.9"),
            "from_code": from_code,
            "from_name": LANGUAGE_NAMES.get(from_code, from_code),
            "to_code": to_code,
            "to_name": LANGUAGE_NAMES.get(to_code, to_code),
        }
        if layout == "project":
            metadata.update(code=f"translate-{from_code}_{to_code}", type="translate", links=[])
        if target_prefix:
            metadata["target_prefix"] = target_prefix
        (pkg_dir / "metadata.json").write_text(json.dumps(metadata, indent=2, ensure_ascii=False), encoding="utf-8")
        (pkg_dir / "README.md").write_text(
            "Synthetic test package built by translate_summarize.translate.synthetic: its model copies its input.\n",
            encoding="utf-8",
        )
        (pkg_dir / SYNTHETIC_MARKER).write_text(json.dumps(params, sort_keys=True) + "\n", encoding="utf-8")
        if layout == "argos-1.0":  # the sentence splitter argostranslate 1.x shipped inside the package
            stanza = pkg_dir / "stanza" / from_code / "tokenize"
            stanza.mkdir(parents=True)
            (stanza / "synthetic.pt").write_bytes(b"not a real stanza model\n")
            (pkg_dir / "stanza" / "resources.json").write_text("{}\n", encoding="utf-8")
        partial = work / archive.name
        _zip_folder(
            pkg_dir, partial, compression=zipfile.ZIP_STORED if opus else zipfile.ZIP_DEFLATED,
            directory_entries=layout == "argos-1.0",
        )
        os.replace(partial, archive)
    log.info("built synthetic package %s", archive)
    return archive


def macos_rezip(archive: Path, dest: Path) -> Path:
    """Copy ``archive`` to ``dest`` as macOS Finder re-zips a folder: directory entries, a
    ``.DS_Store`` in the root folder and AppleDouble ``__MACOSX/<root>/._<name>`` twins."""
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as out:
        names = [info.filename for info in src.infolist() if not info.is_dir()]
        root = names[0].split("/", 1)[0]
        folders = sorted({"/".join(n.split("/")[:i]) + "/" for n in names for i in range(1, n.count("/") + 1)})
        for folder in folders:
            out.writestr(folder, b"")
        for name in names:
            out.writestr(name, src.read(name))
        out.writestr(f"{root}/.DS_Store", b"\x00\x00\x00\x01Bud1" + b"\x00" * 64)
        out.writestr("__MACOSX/", b"")
        for folder in folders:
            out.writestr(f"__MACOSX/{folder}", b"")
        for name in names:
            head, _, base = name.rpartition("/")
            out.writestr(f"__MACOSX/{head}/._{base}", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    return dest


def is_synthetic(package_dir: Path) -> bool:
    """True for a package (or its ``model/`` folder) built here: it copies its input, it does not translate."""
    return any((Path(package_dir) / sub / SYNTHETIC_MARKER).is_file() for sub in (".", "model"))


CT2_FAMILIES = ("nllb", "m2m100", "opus-mt")
NLLB_TOKENS = ("arb_Arab", "als_Latn", "eng_Latn", "fra_Latn", "deu_Latn")
M2M_TOKENS = ("__ar__", "__de__", "__en__", "__fr__", "__sq__")


def build_ct2_model(
    out_dir: Path,
    family: str,
    from_code: str,
    to_code: str,
    *,
    training_lines: Sequence[str] | None = None,
    vocab_size: int = 400,
    positions: int = 512,
    quantization: str | None = "int8",
    seed: int = 0,
) -> Path:
    """Build (or reuse from ``out_dir``) a bare CTranslate2 model folder, as a user converts one.

    ``family``:

    * ``"nllb"`` — NLLB-200 conventions: vocabulary ``<s> <pad> </s> <unk>``, pieces, FLORES-200
      language tokens (``arb_Arab``, ``als_Latn``, ``eng_Latn``, ...), ``<mask>``; decoder start
      ``</s>``; SentencePiece model as ``sentencepiece.bpe.model`` (the file users copy from the
      Hugging Face repository). Its copy model ends only on a copied ``</s>`` and turns any source
      language token into the target one, so a source must be ``[src_lang] + pieces + ["</s>"]``
      with ``target_prefix`` ``[tgt_lang]``, and the output (after the prefix) is the pieces.
    * ``"m2m100"`` — the same with ``__ar__``/``__sq__``/``__en__`` tokens (and ``madeupword`` fillers).
    * ``"opus-mt"`` — a converted Marian model (``add_source_eos``, decoder start ``</s>``) with two
      SentencePiece models, ``source.spm`` (source lines) and ``target.spm`` (target lines).

    Returns:
        The folder (``model.bin``, ``config.json``, vocabulary, tokenizer file(s), ``synthetic.json``).
    """
    from .copy_model import CopyModelConfig, copy_model_spec, save_model

    if family not in CT2_FAMILIES:
        raise ValueError(f"family must be one of {', '.join(CT2_FAMILIES)}, not {family!r}")
    lines = list(training_lines) if training_lines is not None else default_training_lines(from_code, to_code)
    params = {"format": BUILD_FORMAT, "family": family, "from": from_code, "to": to_code, "vocab_size": vocab_size,
              "positions": positions, "quantization": quantization, "seed": seed}
    folder = Path(out_dir) / f"ct2-{family}-{from_code}_{to_code}-{_build_key(params, lines)}"
    if (folder / SYNTHETIC_MARKER).is_file():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".synthetic-", dir=folder.parent) as tmp:
        work = Path(tmp)
        model = work / "model"
        model.mkdir()
        if family == "opus-mt":
            source = _tokenizer_vocab("sentencepiece", DEFAULT_LINES.get(from_code, lines), work, model / "source.spm",
                                      from_code, to_code, vocab_size, seed)
            target = _tokenizer_vocab("sentencepiece", DEFAULT_LINES.get(to_code, lines), work, model / "target.spm",
                                      to_code, to_code, vocab_size, seed)
            vocab = ["</s>", "<unk>"] + list(dict.fromkeys(_body(source) + _body(target)))
            config = CopyModelConfig(positions=positions)
        else:
            pieces = _tokenizer_vocab("sentencepiece", lines, work, model / "sentencepiece.bpe.model", from_code, to_code,
                                      vocab_size, seed)
            languages = NLLB_TOKENS if family == "nllb" else M2M_TOKENS
            target_token = {"nllb": dict(zip(("ar", "sq", "en", "fr", "de"), NLLB_TOKENS)),
                            "m2m100": {t.strip("_"): t for t in M2M_TOKENS}}[family][to_code]
            fillers = [f"madeupword{i}" for i in range(4)] if family == "m2m100" else ["<mask>"]
            vocab = ["<s>", "<pad>", "</s>", "<unk>", *_body(pieces), *languages, *fillers]
            config = CopyModelConfig(positions=positions, ends="source_eos",
                                     source_map={t: target_token for t in languages if t != target_token})
        spec = copy_model_spec(vocab, vocab, config)
        spec.config.decoder_start_token = "</s>"
        if family == "opus-mt":
            spec.decoder.start_from_zero_embedding = True
            spec.config.add_source_eos = True
        save_model(spec, model, quantization=quantization)
        (model / SYNTHETIC_MARKER).write_text(json.dumps(params, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(model, folder)
    log.info("built synthetic CTranslate2 model %s", folder)
    return folder
