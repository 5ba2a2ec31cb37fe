"""A whole night through `run`: one broken package or one monster paragraph never takes the night down."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from runhelpers import invoke, read_jsonl, schema_errors
from test_run_mixed import ALBANIAN_NO_MEMORY
from translate_summarize.translate.synthetic import DEFAULT_LINES

RUN_DATE = "2026-01-03"


def bad_bpe_package(models: Path) -> Path:
    """An installed sq->en BPE package (a working copy model) whose bpe.model then got a malformed line:
    argostranslate's BPE loader writes to stderr and calls sys.exit on it."""
    from translate_summarize.translate.install import install_file
    from translate_summarize.translate.synthetic import build_argos_package

    pkg = install_file(build_argos_package(models.parent / "archives", "sq", "en", version="1.9", tokenizer="bpe"), models)
    with open(pkg.path / "bpe.model", "a", encoding="utf-8") as f:
        f.write("three parts here\n")
    return pkg.path


def test_a_bad_bpe_model_fails_only_its_own_language(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for f in seed_files:  # four Arabic and one Albanian page, all in the seeds' translation memory
        shutil.copy(f, inputs / f.name)
    (inputs / "sq_no_memory.txt").write_text(ALBANIAN_NO_MEMORY, encoding="utf-8")
    pkg = bad_bpe_package(tmp_path / "models")
    lines = len((pkg / "bpe.model").read_text(encoding="utf-8").splitlines())
    out = tmp_path / "out"
    result = invoke(["run", str(inputs), "--memory", str(seed_memory_file), "--out", str(out),
                     "--models-dir", str(tmp_path / "models"), "--run-date", RUN_DATE, "-q"])
    assert result.exit_code == 1, result.stderr
    # the loader's own complaint never leaks to stderr; the failed article's reason (which quotes it) is reported
    leaked = [line for line in result.stderr.splitlines() if "invalid line" in line
              and "WARNING translate_summarize.pipeline: " not in line and not line.startswith("  1 failed at translate: ")]
    assert "Traceback" not in result.stderr and leaked == []
    records = {Path(r["source_file"]).name: r for r in read_jsonl(out / RUN_DATE / "articles.jsonl")}
    assert schema_errors("articles", list(records.values())) == []
    failed = records.pop("sq_no_memory.txt")
    assert (failed["status"], failed["stage"]) == ("failed", "translate")
    assert failed["reason"] == (
        "4 of 4 segments are not in the translation memory and package translate-sq_en@1.9 "
        f"({pkg}): its tokenizer bpe.model cannot be loaded (Error: invalid line {lines} in BPE codes file: three parts here "
        "The line should exist of exactly two subword units, separated by whitespace); reinstall it: "
        f"translate-summarize models install sq --force --models-dir {tmp_path / 'models'} (offline: --file PACKAGE.argosmodel), "
        f"or remove it: translate-summarize models remove translate-sq_en --models-dir {tmp_path / 'models'}"
    )
    # the Arabic pages and the Albanian seed (its text is in the memory) are untouched by the broken package
    assert sorted((r["lang"], r["status"]) for r in records.values()) == [("ar", "ok")] * 4 + [("sq", "ok")]


# ----------------------------------------------------------------------------- the long-paragraph night


@pytest.fixture(scope="module")
def opus_sq_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A models dir holding an sq->en package shaped like translate-sq_en 1.9 (OPUS-MT port, Marian
    config, 2,048-row position tables) whose model copies its input."""
    from translate_summarize.translate.install import install_file
    from translate_summarize.translate.synthetic import build_argos_package

    work = tmp_path_factory.mktemp("opus")
    install_file(build_argos_package(work, "sq", "en", layout="opus-mt", version="1.9"), work / "models")
    return work / "models"


def long_paragraph(words: int) -> str:
    """Albanian news words (the tokenizer's own training text) without any sentence punctuation."""
    vocabulary = " ".join(DEFAULT_LINES["sq"]).replace(".", "").split()
    return " ".join(vocabulary[i % len(vocabulary)] for i in range(words))


def test_the_long_paragraph_night(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path,
                                  opus_sq_models: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for f in seed_files:
        shutil.copy(f, inputs / f.name)
    monster = long_paragraph(2900) + "."  # one full stop, at the very end
    lead, tail = DEFAULT_LINES["sq"][7], DEFAULT_LINES["sq"][8]
    (inputs / "long.txt").write_text(f"Lajmet e fundit nga Tirana dhe Prishtina\n\n{lead}\n\n{monster}\n\n{tail}\n",
                                     encoding="utf-8")
    short = {
        "short1.txt": DEFAULT_LINES["sq"][0:3],
        "short2.txt": DEFAULT_LINES["sq"][4:7],
    }
    for name, lines in short.items():
        (inputs / name).write_text(f"{lines[0]}\n\n{' '.join(lines[1:])} {lines[0]}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke(["run", str(inputs), "--memory", str(seed_memory_file), "--out", str(out),
                     "--models-dir", str(opus_sq_models), "--run-date", RUN_DATE, "-q"])
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr and "position encodings" not in result.stderr
    records = {Path(r["source_file"]).name: r for r in read_jsonl(out / RUN_DATE / "articles.jsonl")}
    assert schema_errors("articles", list(records.values())) == []
    assert {name: r["status"] for name, r in records.items()} == dict.fromkeys(records, "ok")
    # the seeds came from the memory; the short Albanian articles and the monster from the model,
    # whose output is its input: the 2,900 words went in as pieces and came back whole
    segments = records["long.txt"]["segments"]
    assert [s["source"] for s in segments if len(s["source"]) > 1000] == [monster]  # one unit, not sentences
    assert all((s["en"], s["origin"], s["flags"]) == (s["source"], "model", []) for s in segments)
    for name in short:
        segs = records[name]["segments"]
        assert segs and all(s["en"] == s["source"] and s["origin"] == "model" and not s["flags"] for s in segs)
