"""docs/running.md: every command line it shows (cron, systemd, pipes, backups) uses real commands and flags."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import typer

from translate_summarize.cli import app

DOC = Path(__file__).resolve().parents[1] / "docs" / "running.md"


def _commands() -> dict[tuple[str, ...], Any]:
    root = typer.main.get_command(app)
    found: dict[tuple[str, ...], Any] = {}

    def walk(command: Any, path: tuple[str, ...]) -> None:
        found[path] = command
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, (*path, name))

    walk(root, ())
    return found


def _invocations(text: str) -> list[list[str]]:
    """Each `translate-summarize ...` found in the document's code (fenced blocks and `inline` spans)."""
    code = re.findall(r"```[a-z]*\n(.*?)```", text, flags=re.S) + re.findall(r"`([^`\n]+)`", text)
    calls = []
    for block in code:
        block = block.replace("\\\n", " ")
        for part in re.split(r"[|;&\n]|&&", block):
            words = part.split()
            for i, word in enumerate(words):
                if word.endswith("translate-summarize"):
                    calls.append(shlex.split(" ".join(words[i + 1:]).split(">>")[0].split("#")[0]))
    return calls


def test_the_scheduling_sections_exist() -> None:
    text = DOC.read_text(encoding="utf-8")
    for heading in ("### cron", "### systemd service and timer", "## Logs and log rotation", "## Where state lives",
                    "## Moving an output folder"):
        assert heading in text
    assert "OnCalendar=" in text and "Persistent=true" in text and "SuccessExitStatus=1" in text and "/etc/logrotate.d/" in text


def test_every_documented_command_line_uses_real_commands_and_flags() -> None:
    commands = _commands()
    calls = _invocations(DOC.read_text(encoding="utf-8"))
    assert len(calls) >= 8
    checked = 0
    for words in calls:
        path: tuple[str, ...] = ()
        while words and (*path, words[0]) in commands:
            path, words = (*path, words[0]), words[1:]
        if not path:
            continue  # prose such as `translate-summarize` alone
        command = commands[path]
        flags = {o for p in command.params for o in (*p.opts, *p.secondary_opts)} | {"--help", "-h"}
        for word in words:
            if word.startswith("-") and word != "-" and not re.fullmatch(r"-?\d+(\.\d+)?", word):
                name = word.split("=")[0]
                if "|" in name or "[" in name:
                    continue
                assert name in flags, f"docs/running.md: `translate-summarize {' '.join(path)}` has no flag {name}"
        checked += 1
    assert checked >= 8
