"""Helpers shared by the CLI modules: settings from flags, error-to-exit-code mapping, consoles."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Any, Iterator

import typer
import typer.core
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
    "2 usage or configuration error (nothing written); 3 nothing could be processed "
    "(run: or more than run.max_failed_ratio of the articles were skipped or failed; outputs written); "
    "4 environment fault (full disk, unwritable folder, damaged database: the message names the path and the fix; "
    "nothing half-written was published)."
)

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

def path_or_empty(value: str) -> Any:
    """A path option's value: a Path, or the empty string kept as typed.

    click turns ``--out ""`` into ``Path("")``, which is ``.``: the current directory, silently. Kept
    empty, the settings reject it naming the flag and its config key (``--out (output.dir): ...``).
    """
    return value if not str(value).strip() else Path(value)


ConfigOption = typer.Option(None, "--config", "-c", help="TOML config file (default: ./translate-summarize.toml if present).",
                            parser=path_or_empty, metavar="PATH")
ModelsDirOption = typer.Option(None, "--models-dir", help="Argos package store (default: models/ or models.dir in the config).",
                               parser=path_or_empty, metavar="PATH")

FLAGS = {
    "output_dir": "--out", "models_dir": "--models-dir", "templates_dir": "--templates", "memory_db": "--memory-db",
    "catalogue": "--catalogue", "models_mirror": "--mirror", "target_lang": "--to", "fail_fast": "--fail-fast",
    "keep_nights": "--keep-nights", "dask_scheduler": "--scheduler", "dask_workers": "--workers",
    "max_failed_ratio": "--max-failed-ratio", "max_input_bytes": "--max-bytes", "topic_threshold": "--threshold",
    "topic_window_days": "--window-days", "summary_method": "--method", "summary_sentences": "--sentences",
    "summary_ratio": "--ratio",
}
"""The flag that sets each setting, where a command has one (a command may name it otherwise: ``flags=``)."""


def build_settings(config: Path | None, *, flags: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Settings from the config file plus the CLI flags that were given; config errors exit 2 and name
    the flag and its config key (:data:`FLAGS`, updated by ``flags``)."""
    with cli_errors():
        return load_settings(config, overrides, {**FLAGS, **(flags or {})})


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


STDIN_HELP = " '-' reads standard input."


def stdin_for(inputs: Any) -> Any:
    """``sys.stdin.buffer`` when ``-`` is among ``inputs`` (the library reads it), else None."""
    return sys.stdin.buffer if any(str(i) == "-" for i in inputs or ()) else None


_TYPE_NAMES = {"path": "PATH", "int": "N", "int range": "N", "float": "NUMBER", "float range": "NUMBER", "str": "TEXT"}


def _usage_piece(param: Any) -> str:
    """``INPUT...`` for a required argument, ``[INPUT...]`` for an optional one (typer writes
    ``{INPUT}...``, and braces in a usage line mean "one of")."""
    name = param.metavar + ("..." if param.nargs != 1 else "")
    return name if param.required else f"[{name}]"


def tidy_help(command: Any, ctx: Any) -> None:
    """Help without typer's type labels: no ``<bool>`` on flags, ``PATH``/``N``/``TEXT`` on values.

    typer labels every parameter with its Python type (``<bool>``, ``<list[Path]>``); a parameter
    with a metavar shows that instead, so flags get an empty one and options without one get a name
    made from their type. Arguments show their metavar alone, in the usage line too. Applied to groups
    recursively.
    """
    if getattr(command, "_tidy_help", False):
        return
    command._tidy_help = True
    for param in command.get_params(ctx):
        if isinstance(param, typer.core.TyperArgument):
            if param.metavar is None:
                param.metavar = (param.name or "value").upper()
            param.display_type_rich = lambda ctx: None  # the metavar in the name column says it all
            param.get_usage_pieces = lambda ctx, p=param: [_usage_piece(p)]
        elif isinstance(param, typer.core.TyperOption) and param.metavar is None:
            if param.is_flag or param.count:
                param.metavar = ""
            else:
                label = param.display_type(ctx).strip("<>")
                label = label[5:-1] if label.startswith("list[") else label
                param.metavar = _TYPE_NAMES.get(label, label.upper())
    for sub in getattr(command, "commands", {}).values():
        tidy_help(sub, ctx)


class TidyHelpGroup(typer.core.TyperGroup):
    """The root command group: tidies the help of every command it hands out (see :func:`tidy_help`)."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            tidy_help(command, ctx)
        return command

    def format_help(self, ctx: Any, formatter: Any) -> None:
        tidy_help(self, ctx)
        super().format_help(ctx, formatter)
