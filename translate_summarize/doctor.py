"""Environment checks behind ``translate-summarize doctor``: each check says what is wrong and the fix."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError, TranslateSummarizeError
from .settings import Settings, load_settings

DEPENDENCIES: tuple[tuple[str, str], ...] = (
    ("argostranslate", "argos-translate-lt"), ("ctranslate2", "ctranslate2"), ("sentencepiece", "sentencepiece"),
    ("sumy", "sumy"), ("typer", "typer"), ("rich", "rich"), ("jsonlines", "jsonlines"), ("py3langid", "py3langid"),
    ("sentencex", "sentencex"), ("sklearn", "scikit-learn"), ("numpy", "numpy"), ("scipy", "scipy"),
    ("charset_normalizer", "charset-normalizer"), ("dateparser", "dateparser"), ("jinja2", "Jinja2"),
    ("trafilatura", "trafilatura"), ("jsonschema", "jsonschema"), ("psutil", "psutil"),
)


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str | None = None


def check_python() -> Check:
    v = sys.version_info
    version = f"{v.major}.{v.minor}.{v.micro}"
    if v < (3, 11):
        return Check("python", False, f"Python {version}", "install Python 3.11 or newer and recreate the environment (make run)")
    return Check("python", True, f"Python {version} ({sys.executable})")


def check_dependencies() -> Iterator[Check]:
    import importlib
    from importlib import metadata

    for module, dist in DEPENDENCIES:
        try:
            importlib.import_module(module)
            version = metadata.version(dist)
        except Exception as exc:  # any import failure is the finding itself
            yield Check(f"dependency {dist}", False, f"cannot import {module}: {type(exc).__name__}: {exc}",
                        "pip install -r requirements.lock (or: make run, which bootstraps .venv)")
            continue
        yield Check(f"dependency {dist}", True, version)


def check_models(settings: Settings) -> Iterator[Check]:
    """The store: its usable packages, every broken folder (named, with the fix), and missing pairs.

    A package counts as usable only when its ``model/model.bin`` parses as a CTranslate2 model to
    the end (:func:`~translate_summarize.translate.ct2_model.inspect_model`; no weights are loaded).
    """
    from .errors import ModelError
    from .translate.ct2_model import inspect_model
    from .translate.models import repair_advice, scan_packages

    models_dir = Path(settings.models_dir)
    if not models_dir.is_dir():
        langs = " ".join(l for l in settings.languages if l != settings.target_lang)
        yield Check("models dir", False, f"{models_dir} does not exist",
                    f"install models: translate-summarize models install {langs} --models-dir {models_dir}"
                    + _offline_install(models_dir))
        packages = []
    else:
        packages, broken = scan_packages(models_dir)
        unusable = []
        for p in packages:
            try:
                inspect_model(p.model_dir)
            except ModelError as exc:
                unusable.append(p)
                yield Check(f"package {p.model_id}", False, str(exc).removesuffix("; reinstall the package"),
                            repair_advice(models_dir, [p.path.name], p.from_code, p.to_code, p.source if p.brought else ""))
        packages = [p for p in packages if p not in unusable]
        for b in broken:
            yield Check(f"package folder {b.path.name}", False, b.problem, b.advice())
        names = ", ".join(f"{p.from_code}->{p.to_code} {p.model_id}" for p in packages) or "none"
        yield Check("models dir", True, f"{models_dir}: installed {names}")
    have = {(p.from_code, p.to_code) for p in packages}
    for lang in dict.fromkeys(settings.languages):
        if lang != settings.target_lang and (lang, settings.target_lang) not in have:
            yield Check(f"model {lang}->{settings.target_lang}", False,
                        "no usable installed model (articles in this language translate only from memory)",
                        f"translate-summarize models install {lang} --models-dir {models_dir}"
                        + _offline_install(models_dir, f"translate-{lang}_{settings.target_lang}-*.argosmodel"))


def _offline_install(models_dir: Path, archive: str = "X.argosmodel") -> str:
    """How to install without network: a downloaded archive, or a folder of them."""
    return (f" (offline, on a machine without network: translate-summarize models install --file {archive} "
            f"--models-dir {models_dir}, or --from DIR for every .argosmodel in DIR)")


def check_memory(settings: Settings) -> Check:
    path = settings.memory_path
    if not path.exists():
        return Check("translation memory", True, f"{path} not created yet (the first run creates it)")
    try:
        from .translate.memory import TranslationMemory

        with TranslationMemory(path) as memory:
            pairs = memory.stats().get("pairs", {})
    except (TranslateSummarizeError, OSError) as exc:
        return Check("translation memory", False, f"{path}: {exc}", f"move {path} away; the next run recreates it")
    summary = ", ".join(f"{k}: {v.get('memory', 0)} human, {v.get('model', 0)} cached" for k, v in pairs.items()) or "empty"
    return Check("translation memory", True, f"{path}: {summary}")


def check_output(settings: Settings) -> Check:
    out = Path(settings.output_dir)
    probe = out
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        return Check("output dir", False, f"{out}: {probe} is not a folder", f"pass --out with a writable folder")
    try:
        with tempfile.TemporaryFile(dir=probe):
            pass
    except OSError as exc:
        return Check("output dir", False, f"{out}: cannot write in {probe} ({exc.strerror})",
                     f"make {probe} writable for user {os.getuid()} or pass --out")
    lock = out / ".lock"
    holder = ""
    if lock.exists():
        holder = f"; lock file present ({lock.read_text(encoding='utf-8', errors='replace').strip()})"
    return Check("output dir", True, f"{out} writable{holder}")


def run_checks(config: Path | None, *, models_dir: Path | None = None, output_dir: Path | None = None) -> Iterator[Check]:
    """Every check in order; a bad config is reported and the rest runs with defaults."""
    yield check_python()
    yield from check_dependencies()
    try:
        settings = load_settings(config, {"models_dir": models_dir, "output_dir": output_dir},
                                 {"models_dir": "--models-dir", "output_dir": "--out"})
        yield Check("config", True, str(config) if config else "defaults (+ ./translate-summarize.toml if present)")
    except ConfigError as exc:
        yield Check("config", False, str(exc), "fix the named key or flag (translate-summarize config lists every key)")
        settings = Settings()
        if models_dir is not None and str(models_dir).strip():  # an empty one was the error: not the current directory
            settings = settings.replace(models_dir=Path(models_dir))
        if output_dir is not None and str(output_dir).strip():
            settings = settings.replace(output_dir=Path(output_dir))
    yield from check_models(settings)
    yield check_memory(settings)
    yield check_output(settings)
