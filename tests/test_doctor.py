"""`doctor`: reports each check, prints a fix for every problem, exits 1 when there is one."""

from __future__ import annotations

from pathlib import Path

from translate_summarize.doctor import Check, check_memory, check_output, run_checks
from translate_summarize.settings import Settings
from translate_summarize.translate.memory import TranslationMemory

from runhelpers import invoke


def test_no_models_is_a_problem_with_the_install_command(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    result = invoke(["doctor", "--models-dir", str(tmp_path / "models"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    text = " ".join(result.stdout.split())
    assert "PROBLEM model ar->en" in text and "PROBLEM model sq->en" in text
    assert f"fix: translate-summarize models install ar --models-dir {tmp_path / 'models'}" in text
    models = tmp_path / "models"
    assert (f"(offline, on a machine without network: translate-summarize models install --file translate-sq_en-*.argosmodel "
            f"--models-dir {models}, or --from DIR for every .argosmodel in DIR)") in text
    assert "ok dependency ctranslate2" in text and "ok python: Python 3." in text
    assert "2 problems found" in text


def test_bad_config_is_reported_with_its_key(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[output]\ndirr = 'x'\n", encoding="utf-8")
    checks = {c.name: c for c in run_checks(config, models_dir=tmp_path, output_dir=tmp_path / "out")}
    assert not checks["config"].ok and "output.dirr" in checks["config"].detail
    assert checks["config"].fix


def test_memory_pairs_counted(tmp_path: Path, seed_memory_file: Path) -> None:
    settings = Settings(output_dir=tmp_path)
    assert check_memory(settings) == Check("translation memory", True, f"{tmp_path / 'memory.sqlite'} not created yet (the first run creates it)")
    with TranslationMemory(settings.memory_path) as memory:
        memory.import_file(seed_memory_file)
    check = check_memory(settings)
    # seeds/translation_memory.jsonl: 48 ar and 21 sq pairs
    assert check.ok and "ar->en: 48 human, 0 cached" in check.detail and "sq->en: 21 human, 0 cached" in check.detail


def test_unwritable_output_dir(tmp_path: Path) -> None:
    target = tmp_path / "file-not-dir"
    target.write_text("x")
    check = check_output(Settings(output_dir=target / "out"))
    assert not check.ok and check.fix == "pass --out with a writable folder"
