"""The JSON Schemas (draft 2020-12) of the outputs, shipped as package data: ``articles.jsonl``,
``topics.jsonl``, ``errors.jsonl`` and ``run.json``."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from ..errors import ConfigError

SCHEMA_NAMES: tuple[str, ...] = ("articles", "topics", "errors", "run")


def schema_text(name: str) -> str:
    """The schema document of ``name`` (one of :data:`SCHEMA_NAMES`) as text."""
    if name not in SCHEMA_NAMES:
        raise ConfigError(f"NAME: unknown schema {name!r} (choose from {', '.join(SCHEMA_NAMES)})")
    return resources.files("translate_summarize.render").joinpath("schemas", f"{name}.schema.json").read_text(encoding="utf-8")


def load_schema(name: str) -> dict[str, Any]:
    return json.loads(schema_text(name))


def validator(name: str) -> Any:
    """A jsonschema validator for ``name`` (raises if the shipped schema itself is invalid)."""
    import jsonschema

    schema = load_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)
