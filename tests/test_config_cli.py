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
