"""Session-scoped fixtures with real Argos packages whose models copy their input (see
``translate_summarize.translate.copy_model``): a package translates every text to
``detokenize(tokenize(text))``, which for the built-in lines (``synthetic.DEFAULT_LINES``, the
tokenizers' own training text) is the text itself, on any machine.

Import the fixtures you need into a test module::

    from model_fixtures import _installed_template, synthetic_archives, synthetic_models_dir  # noqa: F401

(``synthetic_models_dir`` needs ``_installed_template`` imported too: pytest finds fixtures by module.)

``synthetic_archives`` builds the ``.argosmodel`` files once per session: sq→en and ar→en 1.0, an
ar→en 1.1 upgrade, a BPE sq→en variant, an sq→en package with ``target_prefix`` ``__en__``, a "soft"
sq→en copy model (same outputs, scores clearly below 0) and a degenerate sq→en model that repeats
``▁the`` until the length limit. ``synthetic_models_dir`` installs sq→en and ar→en 1.0 into a fresh
models dir through the real installer.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from translate_summarize.translate.install import install_file
from translate_summarize.translate.synthetic import build_argos_package

LOOP_TOKEN = "▁the"


@pytest.fixture(scope="session")
def synthetic_archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``{"sq_en", "ar_en", "ar_en_1.1", "sq_en_bpe", "sq_en_prefix", "sq_en_soft", "sq_en_loop"}`` → ``.argosmodel`` paths."""
    out = tmp_path_factory.mktemp("argosmodels")
    return {
        "sq_en": build_argos_package(out, "sq", "en"),
        "ar_en": build_argos_package(out, "ar", "en"),
        "ar_en_1.1": build_argos_package(out, "ar", "en", version="1.1"),
        "sq_en_bpe": build_argos_package(out, "sq", "en", tokenizer="bpe"),
        "sq_en_prefix": build_argos_package(out, "sq", "en", target_prefix="__en__"),
        "sq_en_soft": build_argos_package(out, "sq", "en", token_weight=0.75),
        "sq_en_loop": build_argos_package(out, "sq", "en", loop_token=LOOP_TOKEN),
    }


@pytest.fixture(scope="session")
def _installed_template(synthetic_archives: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    models = tmp_path_factory.mktemp("models-template") / "models"
    install_file(synthetic_archives["sq_en"], models)
    install_file(synthetic_archives["ar_en"], models)
    return models


@pytest.fixture()
def synthetic_models_dir(_installed_template: Path, tmp_path: Path) -> Path:
    """A fresh models dir (per test) with synthetic sq→en 1.0 and ar→en 1.0 installed."""
    models = tmp_path / "models"
    shutil.copytree(_installed_template, models)
    return models


def install_one(archive: Path, tmp_path: Path) -> Path:
    """A fresh models dir holding only ``archive``."""
    models = tmp_path / "models"
    install_file(archive, models)
    return models


LAYOUTS = {
    # name: (source language, build_argos_package keywords); see translate/synthetic.py
    "ar_en-1.0": ("ar", {"layout": "argos-1.0"}),
    "sq_en-1.9": ("sq", {"layout": "opus-mt", "version": "1.9"}),
    "sq_en-bpe-opus": ("sq", {"layout": "opus-mt", "tokenizer": "bpe", "version": "1.2"}),
    "sq_en-target-prefix": ("sq", {"target_prefix": "__en__"}),
    "ar_en-float32": ("ar", {"quantization": None}),
}


@pytest.fixture(scope="session")
def layout_archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Archives shaped like the published packages (see ``LAYOUTS``), plus ``sq_en-macos``: a project
    package re-zipped by macOS Finder (``__MACOSX/``, ``.DS_Store``)."""
    from translate_summarize.translate.synthetic import macos_rezip

    out = tmp_path_factory.mktemp("layouts")
    archives = {name: build_argos_package(out, lang, "en", **kw) for name, (lang, kw) in LAYOUTS.items()}
    archives["sq_en-macos"] = macos_rezip(build_argos_package(out, "sq", "en"), out / "translate-sq_en-1_0 2.argosmodel")
    return archives
