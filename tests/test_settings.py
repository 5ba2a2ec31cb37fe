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
