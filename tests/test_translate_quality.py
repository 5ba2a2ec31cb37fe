"""bench/translate_quality.py: the no-model message, and real scoring on the synthetic (copy-model) packages."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from model_fixtures import _installed_template, synthetic_archives, synthetic_models_dir  # noqa: F401
from translate_summarize.translate.engine import load_tokenizer
from translate_summarize.translate.models import find_package

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def quality(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    import translate_quality

    return translate_quality


def test_empty_models_dir_says_no_model_installed(quality: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    models = tmp_path / "models"
    models.mkdir()
    assert quality.main(["--models-dir", str(models)]) == 0
    assert capsys.readouterr().out == (
        f"no model installed: no real ar->en or sq->en package in {models}. "
        "Install one with: translate-summarize models install ar sq "
        "(or: translate-summarize models install --file PACKAGE.argosmodel)\n"
    )


def test_synthetic_packages_are_not_real_models(
    quality: ModuleType, synthetic_models_dir: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    assert quality.main(["--models-dir", str(synthetic_models_dir), "--pairs", "sq"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"no model installed: no real sq->en package in {synthetic_models_dir} (1 synthetic test package(s) skipped;")
    assert "translate-summarize models install sq " in out


def test_corpus_scores_are_sacrebleu_chrf_and_bleu(quality: ModuleType) -> None:
    assert quality.corpus_scores(["the cat sat on the mat"], ["the cat sat on the mat"]) == pytest.approx((100.0, 100.0))
    chrf, bleu = quality.corpus_scores(["the cat sat on a mat"], ["the cat sat on the mat"])
    assert 0 < bleu < chrf < 100
    assert quality.corpus_scores([""], ["the cat sat on the mat"]) == (0.0, 0.0)


def test_scores_both_systems_on_synthetic_models(
    quality: ModuleType, synthetic_models_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    out_json = tmp_path / "scores.json"
    argv = ["--models-dir", str(synthetic_models_dir), "--include-synthetic", "--limit", "12", "--json", str(out_json)]
    assert quality.main(argv) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["pair", "model", "system", "chrF", "BLEU", "sentences", "flagged", "seconds"]
    rows = [line.split() for line in table[2:6]]
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("ar->en", "translate-ar_en@1.0", "ours", "12"),
        ("ar->en", "translate-ar_en@1.0", "argostranslate", "12"),
        ("sq->en", "translate-sq_en@1.0", "ours", "12"),
        ("sq->en", "translate-sq_en@1.0", "argostranslate", "12"),
    ]
    scores = json.loads(out_json.read_text(encoding="utf-8"))
    assert [(s["pair"], s["system"]) for s in scores] == [(r[0], r[2]) for r in rows]
    # the copy models give each source sentence back (through their tokenizer), in both systems
    references = quality.flores.load_sentences("en")[:12]
    for score, row in zip(scores, rows):
        package = find_package(synthetic_models_dir, score["pair"][:2], "en")
        tokenizer = load_tokenizer(package)
        copies = [tokenizer.decode(tokenizer.encode(s)).lstrip(" ") for s in quality.flores.load_sentences(package.from_code)[:12]]
        assert (score["chrf"], score["bleu"]) == pytest.approx(quality.corpus_scores(copies, references), abs=1e-9)
        assert (row[3], row[4]) == (f"{score['chrf']:.2f}", f"{score['bleu']:.2f}")
        assert score["sentences"] == 12
        assert score["flagged"] == (0 if score["system"] == "ours" else None)
