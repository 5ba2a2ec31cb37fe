"""Checking the `translate-summarize ...` command lines a document shows against the real CLI."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import typer

from translate_summarize.cli import app


def commands() -> dict[tuple[str, ...], Any]:
    """Every command and group of the CLI by its path (``("models", "install")``)."""
    root = typer.main.get_command(app)
    found: dict[tuple[str, ...], Any] = {}

    def walk(command: Any, path: tuple[str, ...]) -> None:
        found[path] = command
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, (*path, name))

    walk(root, ())
    return found


def invocations(text: str) -> list[list[str]]:
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


def check_command_lines(doc: Path) -> int:
    """Assert every command line in ``doc`` names a real command and only its flags; how many were checked."""
    known = commands()
    checked = 0
    for words in invocations(doc.read_text(encoding="utf-8")):
        path: tuple[str, ...] = ()
        while words and (*path, words[0]) in known:
            path, words = (*path, words[0]), words[1:]
        if not path:
            continue  # prose such as `translate-summarize` alone
        command = known[path]
        flags = {o for p in command.params for o in (*p.opts, *p.secondary_opts)} | {"--help", "-h"}
        for word in words:
            if word.startswith("-") and word != "-" and not re.fullmatch(r"-?\d+(\.\d+)?", word):
                name = word.split("=")[0]
                if "|" in name or "[" in name:
                    continue
                assert name in flags, f"{doc.name}: `translate-summarize {' '.join(path)}` has no flag {name}"
        checked += 1
    return checked
