"""Session-scoped fixtures with real (synthetic, random-weight) Argos packages.

Import the fixtures you need into a test module::

    from model_fixtures import _installed_template, synthetic_archives, synthetic_models_dir  # noqa: F401

(``synthetic_models_dir`` needs ``_installed_template`` imported too: pytest finds fixtures by module.)

``synthetic_archives`` builds the ``.argosmodel`` files once per session (sq→en and ar→en 1.0, an
ar→en 1.1 upgrade, and a BPE sq→en variant); ``synthetic_models_dir`` installs sq→en and ar→en 1.0
into a fresh models dir through the real installer. The EOS bias makes the random models end
their outputs after a few tokens, so most outputs pass the degenerate-output guard.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from translate_summarize.translate.install import install_file
from translate_summarize.translate.synthetic import build_argos_package

EOS_BIAS = 2.0


@pytest.fixture(scope="session")
def synthetic_archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``{"sq_en", "ar_en", "ar_en_1.1", "sq_en_bpe"}`` → built ``.argosmodel`` paths."""
    out = tmp_path_factory.mktemp("argosmodels")
    return {
        "sq_en": build_argos_package(out, "sq", "en", eos_bias=EOS_BIAS),
        "ar_en": build_argos_package(out, "ar", "en", eos_bias=EOS_BIAS),
        "ar_en_1.1": build_argos_package(out, "ar", "en", version="1.1", eos_bias=EOS_BIAS, seed=1),
        "sq_en_bpe": build_argos_package(out, "sq", "en", eos_bias=EOS_BIAS, tokenizer="bpe"),
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
