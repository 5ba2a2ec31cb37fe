"""The ``translate-summarize`` command: a thin typer layer over the library.

Each command group lives in its own module with a ``register(app)`` function; commands parse flags,
build :class:`~translate_summarize.settings.Settings`, call the library and print. No logic here.
"""

from __future__ import annotations

import typer

from . import extract, memory, models, run, summarize, translate
from .common import EXIT_CODES_HELP, TidyHelpGroup

app = typer.Typer(
    cls=TidyHelpGroup,
    name="translate-summarize",
    help=(
        "Offline nightly batch processor for Albanian and Arabic news: extract articles from raw pages, "
        "translate them to English (Argos Translate / CTranslate2), summarise them, group them into "
        "topics and write JSONL plus Markdown briefs.\n\n" + EXIT_CODES_HELP
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

for _module in (run, extract, translate, summarize, models, memory):
    _module.register(app)


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"translate-summarize {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """The command group's own options (the help text is the app's)."""


def main() -> None:
    """Console-script entry point."""
    app()
