"""Helpers shared by the CLI modules: settings from flags, error-to-exit-code mapping, consoles."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Any, Iterator

import typer
from rich.console import Console

from ..errors import TranslateSummarizeError
from ..settings import Settings, load_settings

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_NOTHING = 3
EXIT_ENVIRONMENT = 4

EXIT_CODES_HELP = (
    "Exit codes: 0 every article ok; 1 some articles failed or were skipped (outputs written); "
    "2 usage or configuration error (nothing written); 3 nothing could be processed; 4 environment fault "
    "(full disk, unwritable folder, damaged database: the message names the path and the fix; nothing half-written "
    "was published)."
)

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

ConfigOption = typer.Option(None, "--config", "-c", help="TOML config file (default: ./translate-summarize.toml if present).", exists=False)
ModelsDirOption = typer.Option(None, "--models-dir", help="Argos package store (default: models/ or models.dir in the config).")


def build_settings(config: Path | None, **overrides: Any) -> Settings:
    """Settings from the config file plus the CLI flags that were given; config errors exit 2."""
    with cli_errors():
        return load_settings(config, overrides)


@contextlib.contextmanager
def cli_errors() -> Iterator[None]:
    """Turn library errors into one line on stderr and the error's exit code."""
    try:
        yield
    except TranslateSummarizeError as exc:
        from rich.markup import escape  # messages may hold [brackets] (e.g. "translate-summarize[dask]")

        err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:  # a filesystem fault no library layer named: still one line and exit 4
        from rich.markup import escape

        from ..faults import fs_fault

        err.print(f"[bold red]error:[/] {escape(str(fs_fault(None, exc)))}", highlight=False)
        raise typer.Exit(EXIT_ENVIRONMENT) from None
    except KeyboardInterrupt:
        err.print("interrupted; nothing half-written was left behind", highlight=False)
        raise typer.Exit(130) from None


def exit_code_for(statuses: list[str]) -> int:
    """0 all ok, 1 some not ok, 3 none ok (or nothing at all)."""
    if not any(s == "ok" for s in statuses):
        return EXIT_NOTHING
    return EXIT_OK if all(s == "ok" for s in statuses) else EXIT_SOME_FAILED


def is_tty() -> bool:
    return sys.stderr.isatty()
