"""Small exception hierarchy. Messages say what went wrong *and* what to do next.

The library raises these; the CLI turns them into one line on stderr and an exit code.
"""

from __future__ import annotations

import json


class TranslateSummarizeError(Exception):
    """Base class of every error this package raises on purpose."""

    exit_code = 1


class ConfigError(TranslateSummarizeError):
    """A setting, flag or config-file key is wrong; the message names it. Nothing was written."""

    exit_code = 2


class InputError(TranslateSummarizeError):
    """An input could not be read or understood (the article is skipped or failed, the batch goes on)."""


class ModelError(TranslateSummarizeError):
    """A translation package is missing, broken or unsafe."""


class ModelMissingError(ModelError):
    """No installed package translates this language pair."""

    def __init__(self, source_lang: str, target_lang: str = "en") -> None:
        self.source_lang = source_lang
        self.target_lang = target_lang
        super().__init__(
            f"no {source_lang}->{target_lang} translation model is installed; "
            f"run: translate-summarize models install {source_lang}"
        )


class PackageRejected(ModelError):
    """An .argosmodel archive failed validation; the models dir was left unchanged."""


class EnvironmentFault(TranslateSummarizeError):
    """The machine, not the input: a full disk, a read-only or unwritable folder, a damaged database.

    The message names the path, what is wrong and the fix; nothing half-written was published.
    """

    exit_code = 4


class StateError(EnvironmentFault):
    """The run state or translation memory (SQLite) or the output-dir lock is unusable."""


class LockedError(StateError):
    """Another live run holds the output directory's lock."""

    exit_code = 2


def json_error_text(exc: json.JSONDecodeError) -> str:
    """``not valid JSON (<what> at column N)`` for a line of JSONL.

    Several of json's messages end in "at" themselves ("Unterminated string starting at", "Invalid
    control character at"): that word is not repeated.
    """
    return f"not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})"
