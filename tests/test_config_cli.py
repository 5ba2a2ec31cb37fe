"""`config` lists every setting; its --toml output is a valid config file that reproduces the settings."""

from __future__ import annotations

import json
from pathlib import Path

from translate_summarize.settings import Settings, describe, load_settings

from runhelpers import invoke


def test_config_toml_round_trips(tmp_path: Path) -> None:
    result = invoke(["config", "--toml"])
    assert result.exit_code == 0
    text = result.stdout
    keys = [key for key, *_ in describe()]
    for key in keys:
        section, leaf = key.split(".")
        assert f"[{section}]" in text and (f"\n{leaf} = " in text or f"\n# {leaf} = (unset by default)" in text), key
    path = tmp_path / "ts.toml"
    path.write_text(text, encoding="utf-8")
    assert load_settings(path) == Settings()


def test_config_json_lists_every_key_with_help() -> None:
    rows = [json.loads(line) for line in invoke(["config", "--json"]).stdout.splitlines()]
    assert [r["key"] for r in rows] == [key for key, *_ in describe()]
    assert all(r["help"] for r in rows)
    assert {r["key"]: r["value"] for r in rows}["output.dir"] == "output"


def test_config_unknown_key_named(tmp_path: Path) -> None:
    path = tmp_path / "ts.toml"
    path.write_text("[topics]\nthreshhold = 0.5\n", encoding="utf-8")
    result = invoke(["config", "--config", str(path)])
    assert result.exit_code == 2 and "topics.threshhold" in result.stderr


def test_show_origin_names_the_file_or_default(tmp_path: Path, monkeypatch) -> None:
    from translate_summarize.settings import setting_origins

    path = tmp_path / "ts.toml"
    path.write_text("[summary]\nsentences = 4\n[run]\nmax_failed_ratio = 0.3\n", encoding="utf-8")
    rows = {r["key"]: r for r in map(json.loads, invoke(["config", "--config", str(path), "--json"]).stdout.splitlines())}
    assert (rows["summary.sentences"]["value"], rows["summary.sentences"]["origin"]) == (4, f"file {path}")
    assert (rows["run.max_failed_ratio"]["value"], rows["run.max_failed_ratio"]["origin"]) == (0.3, f"file {path}")
    assert {r["origin"] for k, r in rows.items() if k not in ("summary.sentences", "run.max_failed_ratio")} == {"default"}
    toml = invoke(["config", "--config", str(path), "--toml", "--show-origin"]).stdout
    assert f"# (from: file {path})\nsentences = 4" in toml and "# (from: default)\nbeam_size = 4" in toml
    table = invoke(["config", "--config", str(path), "--show-origin"])
    assert table.exit_code == 0 and "origin" in table.stdout.splitlines()[0]
    # the library also knows flags; ./translate-summarize.toml is found like load_settings finds it
    monkeypatch.chdir(tmp_path)
    path.rename(tmp_path / "translate-summarize.toml")
    origins = setting_origins(None, {"summary_sentences": 2, "beam_size": None})
    assert (origins["summary_sentences"], origins["max_failed_ratio"], origins["beam_size"]) == (
        "flag", "file translate-summarize.toml", "default")
