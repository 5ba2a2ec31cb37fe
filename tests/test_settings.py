from __future__ import annotations

from pathlib import Path

import pytest

from translate_summarize.errors import ConfigError
from translate_summarize.settings import Settings, describe, load_settings


def test_defaults_and_overrides(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[translate]\nbeam_size = 2\n[models]\ndir = "m"\n[languages]\nsupported = ["ar"]\n', encoding="utf-8")
    s = load_settings(cfg, {"beam_size": 5, "threads": None})
    assert s.beam_size == 5  # CLI beats file
    assert s.models_dir == Path("m")
    assert s.languages == ("ar",)
    assert s.threads == 0  # None override ignored
    assert s.memory_path == Path("output/memory.sqlite")


def test_unknown_key_is_named(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[translate]\nbeam = 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown key translate\.beam\b"):
        load_settings(cfg)


def test_unknown_section_is_named(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[translation]\nbeam_size = 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown section \[translation\]"):
        load_settings(cfg)


def test_bad_type_names_key(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[translate]\nbeam_size = "wide"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"translate\.beam_size: expected int"):
        load_settings(cfg)


def test_invalid_value_names_key() -> None:
    with pytest.raises(ConfigError, match=r"topics\.threshold"):
        load_settings(None, {"topic_threshold": 0})


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--config"):
        load_settings(tmp_path / "nope.toml")


def test_every_setting_documented() -> None:
    rows = list(describe())
    assert len(rows) == len(Settings.__dataclass_fields__)
    assert all(help_ for *_, help_ in rows)
    assert len({key for key, *_ in rows}) == len(rows)


def test_article_independent_settings_are_the_ones_that_cannot_change_an_article() -> None:
    from translate_summarize.settings import article_independent

    independent = article_independent()
    # paths, run mechanics, topic/brief shaping and where models come from never change an article's record
    assert {"output_dir", "models_dir", "models_mirror", "catalogue", "threads", "topic_threshold", "dask_workers"} <= independent
    # what shapes translation or summaries must stay in the cache key
    assert not independent & {"languages", "beam_size", "compute_type", "length_ratio", "summary_method", "summary_sentences"}


# --- ranges (issue 12 item 13) -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "value", "key"),
    [
        ("min_lang_confidence", 2.0, "languages.min_confidence"),
        ("min_lang_confidence", float("nan"), "languages.min_confidence"),
        ("min_lang_confidence", -3, "languages.min_confidence"),
        ("story_expiry_days", 0, "topics.story_expiry_days"),
        ("story_expiry_days", 10**9, "topics.story_expiry_days"),
        ("topic_window_days", -1, "topics.window_days"),
        ("beam_size", 0, "translate.beam_size"),
        ("beam_size", 10_000, "translate.beam_size"),
        ("length_ratio", float("inf"), "translate.length_ratio"),
        ("repetition_penalty", 0, "translate.repetition_penalty"),
        ("low_confidence", 1.5, "translate.low_confidence"),
        ("summary_ratio", 1.5, "summary.ratio"),
        ("chunk_articles", 0, "run.chunk_articles"),
        ("max_input_bytes", -5, "input.max_bytes"),
        ("compute_type", "int4", "translate.compute_type"),
        ("languages", "ar,EN", "languages.supported"),
        ("languages", "ar,arabic", "languages.supported"),
        ("languages", "ar,ar", "languages.supported"),
        ("target_lang", "en-US", "languages.target"),
    ],
)
def test_values_out_of_range_are_refused_naming_the_key(name: str, value: object, key: str) -> None:
    with pytest.raises(ConfigError, match=rf"^{key.replace('.', '[.]')} (must|names)"):
        load_settings(None, {name: value})


def test_every_numeric_and_coded_setting_declares_what_it_allows() -> None:
    from dataclasses import fields

    from translate_summarize.settings import allowed

    unchecked = [f.name for f in fields(Settings) if f.type in ("int", "float", "float | None") and allowed(f.name) is None]
    assert unchecked == []
    assert allowed("min_lang_confidence") == "in [0, 1]"
    assert allowed("length_ratio") == "in (0, 100]"
    assert allowed("threads") == "in [0, 1024]"
    assert allowed("output_dir") is None


def test_toml_nan_and_huge_numbers_are_config_errors(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[languages]\nmin_confidence = nan\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"languages\.min_confidence must be a finite number"):
        load_settings(cfg)
    cfg.write_text("[translate]\nbeam_size = " + "9" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"not valid TOML"):
        load_settings(cfg)
    cfg.write_text("[translate]\nlength_ratio = " + "9" * 400 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"translate\.length_ratio: expected float"):
        load_settings(cfg)


@pytest.mark.parametrize("value", ["20260101", "2026-W01-1", "0001-01-01", "9999-12-31", "2026-1-3", "2026-01-03T00:00", "２０２６-01-03", ""])
def test_run_date_must_be_strict_iso_in_a_sane_range(value: str) -> None:
    from translate_summarize.settings import parse_run_date

    with pytest.raises(ConfigError, match="^--run-date: "):
        parse_run_date(value)


def test_run_date_accepted() -> None:
    import datetime as dt

    from translate_summarize.settings import parse_run_date

    assert parse_run_date("2026-01-03") == dt.date(2026, 1, 3)


@pytest.mark.parametrize("value", ["20260101", "2026-W01-1", "0001-01-01"])
def test_run_refuses_a_loose_run_date_before_writing(tmp_path: Path, seed_files: list[Path], value: str) -> None:
    from runhelpers import invoke

    result = invoke(["run", str(seed_files[0]), "--out", str(tmp_path / "out"), "--run-date", value, "-q"])
    assert result.exit_code == 2 and "--run-date" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("value", ["extract:x", "bogus:1", "extract:0", "extract:-1", "extract:1.5", ":3"])
def test_pause_variable_is_parsed_strictly(value: str) -> None:
    from translate_summarize.reporting import PAUSE_ENV, PauseHook

    with pytest.raises(ConfigError, match=f"^{PAUSE_ENV}="):
        PauseHook.from_environ({PAUSE_ENV: value})


def test_pause_variable_accepted_forms() -> None:
    from translate_summarize.reporting import PAUSE_ENV, PauseHook

    assert PauseHook.from_environ({PAUSE_ENV: "translate:2"}) == PauseHook("translate", 2)
    assert PauseHook.from_environ({PAUSE_ENV: "render"}) == PauseHook("render", 1)
    assert PauseHook.from_environ({}) is None


def test_bad_pause_variable_is_a_usage_error_in_the_cli(tmp_path: Path, seed_files: list[Path]) -> None:
    from typer.testing import CliRunner

    from translate_summarize.cli import app

    result = CliRunner().invoke(app, ["run", str(seed_files[0]), "--out", str(tmp_path / "out"), "-q"],
                                env={"TRANSLATE_SUMMARIZE_PAUSE_AT": "extract:x"})
    assert result.exit_code == 2 and "TRANSLATE_SUMMARIZE_PAUSE_AT" in result.stderr
    assert not (tmp_path / "out").exists()


def test_config_json_shows_what_each_key_allows() -> None:
    import json

    from runhelpers import invoke

    rows = {r["key"]: r for r in map(json.loads, invoke(["config", "--json"]).stdout.splitlines())}
    assert rows["languages.min_confidence"]["allowed"] == "in [0, 1]"
    assert rows["topics.story_expiry_days"]["allowed"] == "in [1, 3650]"
    assert rows["output.dir"]["allowed"] is None
