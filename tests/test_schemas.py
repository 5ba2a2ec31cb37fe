"""The JSON Schemas of every output: each describes every field, and `schema NAME` prints it."""

from __future__ import annotations

import json
from typing import Any, Iterator

import pytest

from translate_summarize.render.schemas import SCHEMA_NAMES, load_schema, validator

from runhelpers import invoke


def _properties(schema: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every named property anywhere in ``schema`` (nested objects, array items, $defs), with its path."""
    if isinstance(schema, dict):
        for name, sub in (schema.get("properties") or {}).items():
            yield f"{path}/{name}", sub
            yield from _properties(sub, f"{path}/{name}")
        for key in ("items", "additionalProperties"):
            if isinstance(schema.get(key), dict):
                yield from _properties(schema[key], f"{path}/{key}")
        for name, sub in (schema.get("$defs") or {}).items():
            yield from _properties(sub, f"$defs/{name}")


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_every_field_is_described(name: str) -> None:
    schema = load_schema(name)
    validator(name)  # a valid draft 2020-12 schema
    undocumented = [path for path, sub in _properties(schema) if not (sub.get("description") or "").strip()]
    allowed = {"/executor/name", "/executor/workers"}
    assert [p for p in undocumented if p not in allowed] == [], f"{name}: fields without a description"
    assert schema["description"] and schema["properties"]["schema_version"]["const"] == 2


def test_segment_origin_and_indexes_are_explained() -> None:
    articles = load_schema("articles")
    segment = articles["$defs"]["segment"]["properties"]
    for origin in ("model", "memory", "passthrough", "none"):
        assert f"{origin} (" in segment["origin"]["description"]
    assert "index into this record's segments" in articles["properties"]["summary"]["properties"]["sentences"]["items"]["properties"]["segment"]["description"]
    assert "1-based line number" in articles["properties"]["title_line"]["description"]


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_schema_command_prints_each(name: str) -> None:
    result = invoke(["schema", name])
    assert result.exit_code == 0 and json.loads(result.stdout) == load_schema(name)


def test_run_schema_lists_every_setting_by_its_config_key() -> None:
    from translate_summarize.settings import describe

    keys = load_schema("run")["properties"]["settings"]["required"]
    assert keys == sorted(key for key, *_ in describe())
