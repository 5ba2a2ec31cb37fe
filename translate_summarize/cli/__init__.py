"""The ``translate-summarize`` command: a thin typer layer over the library.

Each command group lives in its own module with a ``register(app)`` function; commands parse flags,
build :class:`~translate_summarize.settings.Settings`, call the library and print. No logic here.
"""

from __future__ import annotations

import typer

from . import extract, memory, models, run, summarize, translate
from .common import EXIT_CODES_HELP

app = typer.Typer(
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


def main() -> None:
    """Console-script entry point."""
    app()
