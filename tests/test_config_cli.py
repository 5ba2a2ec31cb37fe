"""`config` lists every setting; its --toml output is a valid config file that reproduces the settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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


# --- an empty path names the flag the user typed and its config key, and never means the current directory ---

EMPTY = "an empty path is not allowed (it would mean the current directory); name a folder or file"
PATH_FLAGS = [
    # (command line before the empty value, flag, config key)
    (["run", "IN", "--out"], "--out", "output.dir"),
    (["run", "IN", "--models-dir"], "--models-dir", "models.dir"),
    (["run", "IN", "--templates"], "--templates", "output.templates"),
    (["translate", "IN", "--memory-db"], "--memory-db", "translate.memory_db"),
    (["translate", "IN", "--models-dir"], "--models-dir", "models.dir"),
    (["memory", "stats", "--out"], "--out", "output.dir"),
    (["memory", "export", "x.jsonl", "--db"], "--db", "translate.memory_db"),
    (["models", "list", "--models-dir"], "--models-dir", "models.dir"),
    (["models", "verify", "--models-dir"], "--models-dir", "models.dir"),
    (["models", "remove", "ar", "--models-dir"], "--models-dir", "models.dir"),
    (["models", "install", "ar", "--models-dir"], "--models-dir", "models.dir"),
    (["models", "available", "--catalogue"], "--catalogue", "models.catalogue"),
]


@pytest.mark.parametrize("args, flag, key", PATH_FLAGS, ids=[" ".join(a[:2] + a[-1:]) for a, *_ in PATH_FLAGS])
def test_an_empty_path_flag_is_a_usage_error_naming_the_flag_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], flag: str, key: str,
) -> None:
    """'run --out ""' said '--output-dir: ...' (the setting's name, not the flag), and every other path flag
    took "" as '.': the current directory became the models dir, the memory database, the catalogue..."""
    (tmp_path / "in.jsonl").write_text('{"text": "Lajm."}\n', encoding="utf-8")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    result = invoke([str(tmp_path / "in.jsonl") if a == "IN" else a for a in args] + [""])
    assert (result.exit_code, result.stderr.strip()) == (2, f"error: {flag} ({key}): {EMPTY}")
    assert list(cwd.iterdir()) == []


def test_empty_config_paths_doctor_and_range_errors_name_where_the_value_came_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(["run", "--config", ""])
    assert (result.exit_code, result.stderr.strip()) == (2, "error: --config: an empty path is not allowed; name a TOML file (or leave --config out)")
    cfg = tmp_path / "c.toml"
    for text, key in (('[output]\ndir = ""\n', "output.dir"), ('[translate]\nmemory_files = ["tm.tmx", " "]\n', "translate.memory_files")):
        cfg.write_text(text, encoding="utf-8")
        result = invoke(["run", "--config", str(cfg)])
        assert (result.exit_code, result.stderr.strip()) == (2, f"error: {cfg}: {key}: {EMPTY}")
    doctor = invoke(["doctor", "--out", ""])
    assert doctor.exit_code == 1 and f"PROBLEM  config: --out (output.dir): {EMPTY}" in doctor.stdout
    assert "ok  output dir: output writable" in doctor.stdout  # checked the default, not the current directory
    result = invoke(["run", "--max-failed-ratio", "2"])
    assert (result.exit_code, result.stderr.strip()) == (2, "error: --max-failed-ratio (run.max_failed_ratio) must be in [0, 1]")
    cfg.write_text("[run]\nmax_failed_ratio = 2\n", encoding="utf-8")
    result = invoke(["run", "--config", str(cfg)])
    assert (result.exit_code, result.stderr.strip()) == (2, f"error: {cfg}: run.max_failed_ratio must be in [0, 1]")
    result = invoke(["summarize", "x.jsonl", "--ratio", "5"])
    assert (result.exit_code, result.stderr.strip()) == (2, "error: --ratio (summary.ratio) must be in (0, 1]")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.toml"]


def test_every_flag_that_sets_a_setting_is_named_as_typed() -> None:
    """Each option whose help names its config key ('config: output.dir') is the flag errors name for that key."""
    import re

    import typer.main

    from translate_summarize.cli import app
    from translate_summarize.cli.common import FLAGS
    from translate_summarize.settings import _BY_LOCATION

    def commands(group, prefix=()):  # type: ignore[no-untyped-def]
        for name, command in getattr(group, "commands", {}).items():
            yield (*prefix, name), command
            yield from commands(command, (*prefix, name))

    checked = 0
    for path, command in commands(typer.main.get_command(app)):
        for param in command.params:
            for key in re.findall(r"config: ([a-z_]+\.[a-z_]+)", getattr(param, "help", None) or ""):
                field = _BY_LOCATION[tuple(key.split("."))].name
                assert FLAGS.get(field) in param.opts, (" ".join(path), param.opts, key, FLAGS.get(field))
                checked += 1
    assert checked >= 10
