"""A whole night through `run`: one broken package or one monster paragraph never takes the night down."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from runhelpers import invoke, read_jsonl, schema_errors
from test_run_mixed import ALBANIAN_NO_MEMORY

RUN_DATE = "2026-01-03"


def bad_bpe_package(models: Path) -> Path:
    """An installed sq->en package whose bpe.model has a malformed line (argostranslate sys.exits on it)."""
    pkg = models / "translate-sq_en"
    (pkg / "model").mkdir(parents=True)
    (pkg / "model" / "model.bin").write_bytes(b"\x06\x00\x00\x00")
    (pkg / "bpe.model").write_text("#version: 0.2\nr e\nthree parts here\n", encoding="utf-8")
    (pkg / "metadata.json").write_text(json.dumps({
        "package_version": "1.9", "argos_version": "1.9", "from_code": "sq", "from_name": "Albanian",
        "to_code": "en", "to_name": "English",
    }), encoding="utf-8")
    return pkg


def test_a_bad_bpe_model_fails_only_its_own_language(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for f in seed_files:  # four Arabic and one Albanian page, all in the seeds' translation memory
        shutil.copy(f, inputs / f.name)
    (inputs / "sq_no_memory.txt").write_text(ALBANIAN_NO_MEMORY, encoding="utf-8")
    pkg = bad_bpe_package(tmp_path / "models")
    out = tmp_path / "out"
    result = invoke(["run", str(inputs), "--memory", str(seed_memory_file), "--out", str(out),
                     "--models-dir", str(tmp_path / "models"), "--run-date", RUN_DATE, "-q"])
    assert result.exit_code == 1, result.stderr
    assert "Traceback" not in result.stderr and "invalid line" not in result.stderr
    records = {Path(r["source_file"]).name: r for r in read_jsonl(out / RUN_DATE / "articles.jsonl")}
    assert schema_errors("articles", list(records.values())) == []
    failed = records.pop("sq_no_memory.txt")
    assert (failed["status"], failed["stage"]) == ("failed", "translate")
    assert failed["reason"] == (
        "4 of 4 segments are not in the translation memory and package translate-sq_en@1.9 "
        f"({pkg}): its tokenizer bpe.model cannot be loaded (Error: invalid line 3 in BPE codes file: three parts here "
        "The line should exist of exactly two subword units, separated by whitespace); reinstall it: "
        "translate-summarize models install sq --force (offline: --file PACKAGE.argosmodel)"
    )
    # the Arabic pages and the Albanian seed (its text is in the memory) are untouched by the broken package
    assert sorted((r["lang"], r["status"]) for r in records.values()) == [("ar", "ok")] * 4 + [("sq", "ok")]
