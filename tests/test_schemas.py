"""The JSON Schemas of every output: each describes every field, and `schema NAME` prints it."""

from __future__ import annotations

import json
from pathlib import Path
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
    assert undocumented == [], f"{name}: fields without a description"
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


def test_run_json_executor_of_each_kind_is_described_and_valid() -> None:
    """run.json's executor block: in-process, nothing to process, and a Dask run (docs/scaling.md) all fit
    the schema, and every key they carry is one the schema describes."""
    from jsonschema import Draft202012Validator

    from translate_summarize.pipeline import InProcessExecutor

    schema = load_schema("run")["properties"]["executor"]
    in_process = InProcessExecutor()
    in_process.counts.update(articles=27, chunks=1)
    dask = {"name": "dask", "scheduler": "tcp://127.0.0.1:40123", "cluster": "local", "workers": 2, "partitions": 4,
            "partition_segments": 60, "failed_partitions": 1,
            "per_worker": {"tcp://127.0.0.1:40125": {"partitions": 2, "articles": 14, "segments": 300, "model_loads": {"sq->en": 1}},
                           "tcp://127.0.0.1:40127": {"partitions": 2, "articles": 17, "segments": 280}}}
    examples = [in_process.info(), {"name": "none (nothing to process)", "workers": 0}, dask]
    for info in examples:
        assert list(Draft202012Validator(schema).iter_errors(info)) == []
        assert set(info) <= set(schema["properties"])
        for counts in info.get("per_worker", {}).values():
            assert set(counts) <= set(schema["properties"]["per_worker"]["additionalProperties"]["properties"])
    assert in_process.info()["per_worker"] == {"local": {"articles": 27, "chunks": 1}}
    assert list(Draft202012Validator(schema).iter_errors({**dask, "cluster": "somewhere"}))


def test_run_schema_describes_every_setting_by_its_help_text() -> None:
    # run.json's settings block is documented by the settings' own help (what `config` prints and
    # docs/configuration.md carries); before, four descriptions were left behind when the help
    # changed (topics.undated did not name "free")
    from translate_summarize.settings import describe

    described = load_schema("run")["properties"]["settings"]["properties"]
    stale = {key: described[key]["description"] for key, _, _, help_ in describe() if described[key]["description"] != help_}
    assert stale == {}


def test_configuration_doc_carries_every_settings_help_line() -> None:
    from translate_summarize.settings import describe

    doc = (Path(__file__).parent.parent / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert [key for key, _, _, help_ in describe() if f"# {help_}\n" not in doc] == []
