"""Bring your own CTranslate2 model: wrap a converted model folder into the package store.

``models install --ct2 DIR --from ar --to en`` takes a folder a user converted on their own machine
(``ct2-transformers-converter`` for NLLB-200 / M2M-100, ``ct2-opus-mt-converter`` or
``ct2-marian-converter`` for OPUS-MT) plus its SentencePiece model(s), and installs it like an
Argos package: ``models/ct2-<from>_<to>/`` with ``metadata.json``, ``model/`` (the CTranslate2
files, copied) and ``sentencepiece.model`` (and ``target_sentencepiece.model`` when the model has a
separate target-side tokenizer, as OPUS-MT's ``source.spm``/``target.spm``).

Conventions are read from the model's vocabulary:

* **NLLB-200** (the target vocabulary holds ``eng_Latn``-style codes): each source is
  ``[source language token] + pieces + ["</s>"]`` and the target language token is forced as the
  first output token (``target_prefix``) and dropped from the output.
* **M2M-100** (``__en__``-style tokens): the same with ``__ar__``/``__sq__``/``__en__``.
* otherwise (OPUS-MT/Marian and plain Transformers): pieces as they are; CTranslate2 adds what the
  model's ``config.json`` asks for (``add_source_eos``).

The package version is the first 12 hex digits of a SHA-256 over the model's files, the tokenizers
and these conventions, so the translation cache (keyed on ``code@version``) never mixes two models.
A package brought this way takes precedence over an Argos package of the same pair.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..errors import ConfigError, ModelError
from .ct2_model import inspect_model, read_vocabulary
from .download import sha256_file
from .models import (
    PROVENANCE_FILE,
    InstalledPackage,
    TARGET_TOKENIZER_FILE,
    read_package,
    store_lock,
    validate_metadata,
)

log = logging.getLogger(__name__)

CT2_KIND = "ct2"
"""``metadata.json`` key marking a package brought with ``models install --ct2`` (its value: what was detected)."""

LANGUAGE_NAMES = {"ar": "Arabic", "sq": "Albanian", "en": "English"}

NLLB_CODES = {
    "ar": "arb_Arab", "sq": "als_Latn", "en": "eng_Latn", "bg": "bul_Cyrl", "bs": "bos_Latn", "cs": "ces_Latn",
    "de": "deu_Latn", "el": "ell_Grek", "es": "spa_Latn", "fa": "pes_Arab", "fr": "fra_Latn", "he": "heb_Hebr",
    "hi": "hin_Deva", "hr": "hrv_Latn", "hu": "hun_Latn", "it": "ita_Latn", "ja": "jpn_Jpan", "ko": "kor_Hang",
    "mk": "mkd_Cyrl", "nl": "nld_Latn", "pl": "pol_Latn", "pt": "por_Latn", "ro": "ron_Latn", "ru": "rus_Cyrl",
    "sr": "srp_Cyrl", "sv": "swe_Latn", "tr": "tur_Latn", "uk": "ukr_Cyrl", "ur": "urd_Arab", "zh": "zho_Hans",
}
"""ISO 639-1 code -> NLLB-200 (FLORES-200) code; others: ``--source-token``/``--target-token``."""

SINGLE_SPM_NAMES = ("sentencepiece.model", "sentencepiece.bpe.model", "spm.model", "tokenizer.model")
PAIR_SPM_NAMES = ("source.spm", "target.spm")


@dataclass(frozen=True, slots=True)
class Conventions:
    """How sources and outputs are wrapped for a model family."""

    family: str
    source_prefix: str = ""
    source_suffix: str = ""
    target_prefix: str = ""


def m2m_token(code: str) -> str:
    return f"__{code}__"


def detect_conventions(
    model_dir: Path, from_code: str, to_code: str, *, source_token: str | None = None, target_token: str | None = None,
) -> Conventions:
    """The family and language tokens of the model in ``model_dir`` for ``from_code`` → ``to_code``.

    Raises:
        ConfigError: a language token the model's vocabulary lacks (naming the option that sets it).
    """
    source_vocab = set(read_vocabulary(model_dir, "source"))
    target_vocab = set(read_vocabulary(model_dir, "target"))
    nllb_target = NLLB_CODES.get(to_code)
    if target_token or source_token:
        family = "custom"
    elif "eng_Latn" in target_vocab or (nllb_target and nllb_target in target_vocab):
        family = "nllb"
        source_token, target_token = NLLB_CODES.get(from_code), nllb_target
    elif m2m_token("en") in target_vocab or m2m_token(to_code) in target_vocab:
        family = "m2m100"
        source_token, target_token = m2m_token(from_code), m2m_token(to_code)
    else:
        return Conventions("plain")
    for option, token, vocab, code in (("--source-token", source_token, source_vocab, from_code),
                                       ("--target-token", target_token, target_vocab, to_code)):
        if token is None:
            raise ConfigError(
                f"{model_dir}: no {family} language token known for {code!r}; pass {option} TOKEN (e.g. arb_Arab)"
            )
        if token not in vocab:
            raise ConfigError(f"{model_dir}: the model's vocabulary has no language token {token!r}; pass {option} TOKEN")
    return Conventions(family, source_token or "", "</s>" if family in ("nllb", "m2m100") else "", target_token or "")


def find_tokenizers(
    folder: Path, tokenizer: Path | None, source_spm: Path | None, target_spm: Path | None,
) -> tuple[Path, Path | None]:
    """``(source SentencePiece model, target one or None)``: the options given, else the folder's own files."""
    if tokenizer and (source_spm or target_spm):
        raise ConfigError("give --tokenizer, or --source-spm with --target-spm, not both")
    if bool(source_spm) != bool(target_spm):
        raise ConfigError("--source-spm and --target-spm go together (the model's two SentencePiece models)")
    if tokenizer:
        chosen: tuple[Path, Path | None] = (tokenizer, None)
    elif source_spm and target_spm:
        chosen = (source_spm, target_spm)
    else:
        singles = [folder / n for n in SINGLE_SPM_NAMES if (folder / n).is_file()]
        pair = [folder / n for n in PAIR_SPM_NAMES]
        if all(p.is_file() for p in pair):
            chosen = (pair[0], pair[1])
        elif len(singles) == 1:
            chosen = (singles[0], None)
        else:
            raise ConfigError(
                f"{folder}: {'several' if singles else 'no'} SentencePiece models found; pass --tokenizer FILE "
                "(NLLB-200 / M2M-100: sentencepiece.bpe.model from the model's Hugging Face repository) or "
                "--source-spm FILE --target-spm FILE (OPUS-MT: source.spm and target.spm)"
            )
    for path in chosen:
        if path is not None:
            _check_sentencepiece(path)
    return chosen


def _check_sentencepiece(path: Path) -> None:
    import sentencepiece as spm

    if not path.is_file():
        raise ConfigError(f"{path}: no such file")
    try:
        spm.SentencePieceProcessor(model_file=str(path))
    except (OSError, RuntimeError, ValueError) as exc:
        raise ModelError(f"{path} is not a SentencePiece model ({exc})") from None


def _digest(files: list[Path], conventions: Conventions) -> str:
    h = hashlib.sha256(json.dumps(
        [conventions.family, conventions.source_prefix, conventions.source_suffix, conventions.target_prefix]
    ).encode())
    for path in files:
        h.update(path.name.encode() + b"\0" + sha256_file(path).encode() + b"\n")
    return h.hexdigest()[:12]


def install_ct2_folder(
    folder: Path,
    models_dir: Path,
    from_code: str,
    to_code: str,
    *,
    tokenizer: Path | None = None,
    source_spm: Path | None = None,
    target_spm: Path | None = None,
    source_token: str | None = None,
    target_token: str | None = None,
) -> InstalledPackage:
    """Install the CTranslate2 model in ``folder`` as package ``ct2-<from>_<to>`` (replacing an older one).

    Every top-level file of ``folder`` is copied into the package's ``model/`` (the chosen
    SentencePiece models become ``sentencepiece.model`` / ``target_sentencepiece.model``); the copy
    is checked and renamed into place atomically, as for archives.

    Raises:
        ConfigError: bad options (no folder, unknown language token, tokenizers not found).
        ModelError: the folder is not a CTranslate2 model, or a tokenizer is not a SentencePiece model.
    """
    from .install import _cleanup_created, place_package

    folder = Path(folder)
    if not folder.is_dir():
        raise ConfigError(f"--ct2: {folder} is not a folder")
    try:
        validate_metadata({"from_code": from_code, "to_code": to_code}, "--from/--to")
    except ModelError as exc:
        raise ConfigError(str(exc).replace("metadata ", "")) from None
    if not (folder / "model.bin").is_file() and (folder / "model" / "model.bin").is_file():
        raise ConfigError(f"--ct2: {folder} looks like an Argos package folder; install its archive with --file, "
                          f"or pass its model folder: --ct2 {folder / 'model'}")
    info = inspect_model(folder)
    source_tok, target_tok = find_tokenizers(folder, tokenizer, source_spm, target_spm)
    conventions = detect_conventions(folder, from_code, to_code, source_token=source_token, target_token=target_token)
    tokenizer_files = {p.resolve() for p in (source_tok, target_tok) if p is not None}
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.resolve() not in tokenizer_files)
    version = _digest([*files, source_tok, *([target_tok] if target_tok else [])], conventions)
    code = f"ct2-{from_code}_{to_code}"
    meta: dict[str, object] = {
        "package_version": version, "argos_version": "", "from_code": from_code,
        "from_name": LANGUAGE_NAMES.get(from_code, from_code), "to_code": to_code,
        "to_name": LANGUAGE_NAMES.get(to_code, to_code), "code": code, "type": "translate",
    }
    for key in ("source_prefix", "source_suffix", "target_prefix"):
        if getattr(conventions, key):
            meta[key] = getattr(conventions, key)
    meta[CT2_KIND] = {
        "family": conventions.family, "folder": str(folder.resolve()), "binary_version": info.binary_version,
        "weight_type": info.weight_type, "position_rows": info.position_rows,
    }
    validate_metadata(meta, f"--ct2 {folder}")
    existed = models_dir.exists()
    try:
        with store_lock(models_dir):
            temp = Path(tempfile.mkdtemp(prefix=".tmp-install-", dir=models_dir))
            try:
                package_dir = temp / code
                (package_dir / "model").mkdir(parents=True)
                for path in files:
                    shutil.copyfile(path, package_dir / "model" / path.name)
                shutil.copyfile(source_tok, package_dir / "sentencepiece.model")
                if target_tok is not None:
                    shutil.copyfile(target_tok, package_dir / TARGET_TOKENIZER_FILE)
                (package_dir / "metadata.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
                provenance = {"source": str(folder.resolve()), "installed_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
                (package_dir / PROVENANCE_FILE).write_text(json.dumps(provenance, indent=1) + "\n", encoding="utf-8")
                inspect_model(package_dir / "model")  # the copy is whole
                final = place_package(package_dir, temp, models_dir, code)
            finally:
                shutil.rmtree(temp, ignore_errors=True)
    finally:
        _cleanup_created(models_dir, existed)
    pkg = read_package(final)
    log.info("installed %s (%s, %s conventions) from %s", pkg.model_id, pkg.pair, conventions.family, folder)
    return pkg
