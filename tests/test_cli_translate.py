"""``translate-summarize translate``: raw or extracted inputs, memory import, models, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from model_fixtures import _installed_template, synthetic_archives, synthetic_models_dir  # noqa: F401
from translate_summarize.article import Article, Paragraph
from translate_summarize.cli import app
from translate_summarize.translate.synthetic import DEFAULT_LINES


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["translate", *args], catch_exceptions=False)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_seeds_translate_from_memory_without_models(seed_files: list[Path], seed_memory_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "translated.jsonl"
    result = invoke(*map(str, seed_files), "--memory", str(seed_memory_file), "--memory-db", str(tmp_path / "m.sqlite"),
                    "--models-dir", str(tmp_path / "models"), "--out", str(out))
    assert result.exit_code == 0, result.output
    recs = records(out)
    assert [r["status"] for r in recs] == ["ok"] * 5
    assert all(s["origin"] == "memory" and s["en"] for r in recs for s in r["segments"])
    assert all(r["title_en"] for r in recs if r["title"])
    assert "5 ok, 0 skipped, 0 failed" in result.stderr


def test_extracted_jsonl_without_memory_or_model_fails_with_the_fix(seed_files: list[Path], tmp_path: Path) -> None:
    extracted = tmp_path / "articles.jsonl"
    assert CliRunner().invoke(app, ["extract", str(seed_files[1]), "--out", str(extracted)]).exit_code == 0
    out = tmp_path / "translated.jsonl"
    result = invoke(str(extracted), "--memory-db", str(tmp_path / "m.sqlite"), "--models-dir", str(tmp_path / "models"),
                    "--out", str(out))
    assert result.exit_code == 3  # nothing could be processed
    (rec,) = records(out)
    assert (rec["status"], rec["stage"]) == ("failed", "translate")
    assert rec["reason"].endswith("no ar->en translation model is installed; run: translate-summarize models install ar")
    assert "run: translate-summarize models install ar" in result.stderr


def _extracted_file(path: Path) -> Path:
    sentences = DEFAULT_LINES["sq"][0], DEFAULT_LINES["sq"][1]  # the synthetic (copy) model gives them back
    para = Paragraph.from_sentences(sentences, (3, 3), lang="sq")
    articles = [
        Article(id="sq1", source_file="sq1.txt", lang="sq", title=DEFAULT_LINES["sq"][6], paragraphs=(para,)),
        Article(id="bad", source_file="bad.bin", status="skipped", reason="binary input"),
    ]
    path.write_text("".join(json.dumps(a.to_record(), ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def test_extracted_jsonl_with_a_real_model(synthetic_models_dir: Path, tmp_path: Path) -> None:
    extracted = _extracted_file(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    args = (str(extracted), "--memory-db", str(tmp_path / "m.sqlite"), "--models-dir", str(synthetic_models_dir), "--out", str(out))
    result = invoke(*args)
    assert result.exit_code == 1  # one article was already skipped at extraction
    first = records(out)
    assert [r["status"] for r in first] == ["ok", "skipped"]
    assert [(s["sentence"], s["origin"], s["model"], s["en"], s["flags"]) for s in first[0]["segments"]] == [
        (0, "model", "translate-sq_en@1.0", DEFAULT_LINES["sq"][0], []),
        (1, "model", "translate-sq_en@1.0", DEFAULT_LINES["sq"][1], []),
    ]
    assert first[0]["title_en"] == DEFAULT_LINES["sq"][6]
    assert "models used: translate-sq_en@1.0" in result.stderr
    # rerun: everything from the cache, no model loaded
    result = invoke(*args)
    assert "models used: none loaded" in result.stderr
    assert records(out) == first


def test_broken_extracted_line_is_reported(tmp_path: Path) -> None:
    extracted = _extracted_file(tmp_path / "in.jsonl")
    extracted.write_text(extracted.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    result = invoke(str(extracted), "--memory-db", str(tmp_path / "m.sqlite"), "--models-dir", str(tmp_path / "models"))
    assert result.exit_code == 1
    assert f"{extracted}:3: not an extracted-article record" in result.stderr


def test_missing_memory_file_is_an_error(tmp_path: Path) -> None:
    extracted = _extracted_file(tmp_path / "in.jsonl")
    result = invoke(str(extracted), "--memory", str(tmp_path / "nope.jsonl"), "--memory-db", str(tmp_path / "m.sqlite"))
    assert result.exit_code != 0
    assert "--memory: " in result.stderr and "nope.jsonl does not exist" in result.stderr
    assert not (tmp_path / "m.sqlite").exists()


def test_extracted_jsonl_is_told_apart_from_raw_records(tmp_path: Path) -> None:
    from translate_summarize.cli.translate import is_extracted_jsonl

    extracted = _extracted_file(tmp_path / "extracted.jsonl")
    raw = tmp_path / "raw.jsonl"
    raw.write_text(json.dumps({"text": "Lajmet e fundit.", "lang": "sq", "title": "Lajm"}) + "\n", encoding="utf-8")
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(json.dumps({"schema_version": 1, "paragraphs": []}), encoding="utf-8")
    assert [is_extracted_jsonl(p) for p in (extracted, raw, broken, page)] == [True, False, False, False]


def test_translate_does_not_create_the_default_memory(seed_files: list[Path], seed_memory_file: Path, tmp_path: Path,
                                                      monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(str(seed_files[1]), "--memory", str(seed_memory_file), "--models-dir", str(tmp_path / "models"))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no ./output/memory.sqlite (nor ./output)
    assert "translation memory: none at output/memory.sqlite and no --memory-db: using a temporary one" in result.stderr
    assert json.loads(result.stdout)["status"] == "ok"  # the --memory pairs were used all the same
    (tmp_path / "output").mkdir()
    from translate_summarize.translate.memory import TranslationMemory

    TranslationMemory(tmp_path / "output" / "memory.sqlite").close()  # made by an earlier `run` here
    result = invoke(str(seed_files[1]), "--memory", str(seed_memory_file), "--models-dir", str(tmp_path / "models"))
    assert result.exit_code == 0 and "translation memory: output/memory.sqlite" in result.stderr


def test_stdin_pipeline_extract_translate_summarize_topics(seed_files: list[Path], seed_memory_file: Path, tmp_path: Path) -> None:
    """cat page | extract - | translate - | summarize - | topics -: standard input everywhere, JSONL on stdout."""
    runner = CliRunner()
    extracted = runner.invoke(app, ["extract", "-"], input=seed_files[1].read_bytes())
    assert extracted.exit_code == 0, extracted.output
    (record,) = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert record["source_file"] == "<stdin>" and record["status"] == "ok" and record["lang"] == "ar"
    translated = runner.invoke(app, ["translate", "-", "--memory", str(seed_memory_file), "--memory-db", str(tmp_path / "m.sqlite"),
                                     "--models-dir", str(tmp_path / "models")], input=extracted.stdout)
    assert translated.exit_code == 0, translated.output
    assert json.loads(translated.stdout)["title_en"]
    summarized = runner.invoke(app, ["summarize", "-"], input=translated.stdout)
    assert summarized.exit_code == 0, summarized.output
    assert json.loads(summarized.stdout)["summary"]["sentences"]
    topics = runner.invoke(app, ["topics", "-"], input=summarized.stdout)
    assert topics.exit_code == 0, topics.output
    assert json.loads(topics.stdout)["article_ids"] == [record["id"]]
    records_in = runner.invoke(app, ["extract", "-"], input=b'{"text": "x"}\n{broken\n')
    assert [json.loads(line)["source_file"] for line in records_in.stdout.splitlines()] == ["<stdin>:1", "<stdin>:2"]
    english = runner.invoke(app, ["summarize", "-"], input="A headline\nThe first paragraph. It has two sentences.\n")
    assert json.loads(english.stdout)["source_file"] == "<stdin>"
    assert runner.invoke(app, ["summarize", str(tmp_path / "missing.jsonl")]).exit_code == 2


def test_run_refuses_stdin_as_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", "-", "--out", str(tmp_path / "out")], input="x")
    assert result.exit_code == 2 and "INPUT '-': run reads files" in result.stderr
    assert not (tmp_path / "out").exists()
