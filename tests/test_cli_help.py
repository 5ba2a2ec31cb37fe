"""Every command, subcommand, option and argument of the CLI has help text; --help works everywhere."""

from __future__ import annotations

from typing import Any

import pytest
import typer

from translate_summarize.cli import app
from translate_summarize.cli.common import EXIT_CODES_HELP

from runhelpers import invoke


def _walk(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    """(path, command) for the app and every command/group below it (typer vendors its own click)."""
    found = [(path, command)]
    if hasattr(command, "commands"):
        for name in sorted(command.commands):
            found += _walk(command.commands[name], (*path, name))
    return found


COMMANDS = _walk(typer.main.get_command(app))


def test_the_walk_finds_the_run_commands() -> None:
    names = {" ".join(p) for p, _ in COMMANDS}
    assert {"run", "doctor", "schema", "config"} <= names
    assert len(COMMANDS) > 5


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) or "(main)" for p, _ in COMMANDS])
def test_command_has_help(path: tuple[str, ...], command: Any) -> None:
    assert (command.help or "").strip(), f"command {' '.join(path) or '(main)'} has no help text"
    for param in command.params:
        if param.name in {"help"}:
            continue
        text = getattr(param, "help", None)
        kind = param.param_type_name
        assert text and text.strip(), f"{' '.join(path)}: {kind} {param.name} has no help text"
    result = invoke([*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_exit_codes_documented_in_main_and_run_help() -> None:
    for args in (["--help"], ["run", "--help"]):
        text = " ".join(invoke(args).output.split())
        assert "Exit codes: 0" in text and "3 nothing could be processed" in text, args
    assert "3 nothing could be processed" in EXIT_CODES_HELP


def test_each_short_flag_means_one_thing_everywhere() -> None:
    meaning: dict[str, set[str]] = {}
    for _, command in COMMANDS:
        for param in command.params:
            for flag in (*param.opts, *param.secondary_opts):
                if len(flag) == 2:
                    meaning.setdefault(flag, set()).add(max(param.opts, key=len))
    assert {short: longs for short, longs in meaning.items() if len(longs) > 1} == {}
    assert meaning["-m"] == {"--memory"} and meaning["-o"] == {"--out"} and meaning["-f"] == {"--file"}


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) or "(main)" for p, _ in COMMANDS])
def test_help_has_no_type_noise(path: tuple[str, ...], command: Any) -> None:
    text = invoke([*path, "--help"]).output
    for noise in ("<bool>", "<int>", "<path>", "<list[", "<str>", "[[", "]...]...", "}...", "[default: 0]"):
        assert noise not in text, f"{' '.join(path) or '(main)'} --help shows {noise!r}"


def test_usage_lines_name_arguments_plainly() -> None:
    """Required arguments bare, optional ones in brackets; typer's ``{INPUT}...`` reads as "one of"."""
    usage = {" ".join(p): next(line.strip() for line in invoke([*p, "--help"]).output.splitlines() if "Usage:" in line)
             for p, _ in COMMANDS if p}
    assert [line for line in usage.values() if "{" in line] == []
    assert usage["extract"] == "Usage: translate-summarize extract [OPTIONS] INPUT..."
    assert usage["run"] == "Usage: translate-summarize run [OPTIONS] [INPUT...]"
    assert usage["schema"] == "Usage: translate-summarize schema [OPTIONS] NAME"
    assert usage["memory export"] == "Usage: translate-summarize memory export [OPTIONS] FILE"
    assert usage["models install"] == "Usage: translate-summarize models install [OPTIONS] [CODES...]"


def test_version() -> None:
    from translate_summarize import __version__

    result = invoke(["--version"])
    assert (result.exit_code, result.stdout) == (0, f"translate-summarize {__version__}\n")


def test_run_help_names_every_output_and_models_help_every_kind_of_model() -> None:
    run_help = " ".join(invoke(["run", "--help"]).output.split())
    for name in ("articles.jsonl", "topics.jsonl", "brief.md", "topics/*.md", "stories/*.md", "articles/*.md",
                 "run.json", "errors.jsonl", "DIR/latest", "DIR/index.md"):
        assert name in run_help, name
    models_help = " ".join(invoke(["models", "--help"]).output.split())
    assert "your own CTranslate2 models" in models_help and "(--ct2)" in models_help
