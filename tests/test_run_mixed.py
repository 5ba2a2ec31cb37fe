"""`run` on seeds mixed with bad inputs: exact statuses, exit codes 1/2/3, errors.jsonl, nothing written on usage errors."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from runhelpers import invoke, read_jsonl, schema_errors
from translate_summarize.summarizers import DEFAULT_METHOD

RUN_DATE = "2026-01-02"
GERMAN = (
    "Die Bundesregierung hat am Montag neue Maßnahmen beschlossen.\n\n"
    "Der Bundeskanzler sagte in Berlin, dass die Wirtschaft wachsen werde und die Inflation sinke. Die Opposition "
    "kritisierte die Pläne scharf und forderte mehr Investitionen in Bildung und Infrastruktur.\n\n"
    "Experten erwarten, dass die Maßnahmen im nächsten Jahr wirken werden, aber viele Fragen bleiben offen.\n"
)
BOILERPLATE = "Home\n\n  • News\n  • Sport\n  • Kontakt\n\nShare\n\nFollow us on Facebook\n\nCopyright © 2024 All rights reserved\n"
ALBANIAN_NO_MEMORY = (
    "Qeveria miratoi buxhetin e ri\n\nTiranë, 12 mars 2024\n\n"
    "Qeveria shqiptare miratoi të hënën buxhetin e vitit të ardhshëm, i cili parashikon rritje të shpenzimeve për "
    "arsimin dhe shëndetësinë. Ministri i Financave tha se ekonomia do të rritet me katër për qind.\n\n"
    "Opozita e kritikoi ashpër projektbuxhetin dhe kërkoi më shumë investime në infrastrukturë dhe bujqësi. "
    "Deputetët do ta votojnë dokumentin javën e ardhshme në Kuvend.\n"
)

# file name -> (status, stage, a fragment of the reason)
EXPECTED_PROBLEMS = {
    "binary.txt": ("skipped", "ingest", "binary file"),
    "boilerplate.txt": ("skipped", "clean", "no article body found"),
    "empty.txt": ("skipped", "ingest", "empty file"),
    "german.txt": ("skipped", "langid", "unsupported language 'de'"),
    "sq_no_memory.txt": ("failed", "translate", "run: translate-summarize models install sq"),
}


def write_bad_inputs(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8 + b"\x7fELF\x00\x00")
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "boilerplate.txt").write_text(BOILERPLATE, encoding="utf-8")
    (folder / "sq_no_memory.txt").write_text(ALBANIAN_NO_MEMORY, encoding="utf-8")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory, seed_files: list[Path], seed_memory_file: Path):
    work = tmp_path_factory.mktemp("mixed")
    inputs = work / "in"
    write_bad_inputs(inputs)
    for f in seed_files:
        shutil.copy(f, inputs / f.name)
    (work / "models").mkdir()
    out = work / "out"
    result = invoke([
        "run", str(inputs), "--memory", str(seed_memory_file), "--out", str(out),
        "--models-dir", str(work / "models"), "--run-date", RUN_DATE, "-q",
    ])
    return work, out / RUN_DATE, result


def test_exit_code_1_with_outputs(mixed) -> None:
    _, day, result = mixed
    assert result.exit_code == 1, result.stderr
    assert (day / "brief.md").is_file() and (day / "articles.jsonl").is_file()


def test_exact_statuses(mixed) -> None:
    _, day, _ = mixed
    records = {Path(r["source_file"]).name: r for r in read_jsonl(day / "articles.jsonl")}
    assert len(records) == 10
    for name, r in records.items():
        if name in EXPECTED_PROBLEMS:
            status, stage, fragment = EXPECTED_PROBLEMS[name]
            assert (r["status"], r["stage"]) == (status, stage), name
            assert fragment in r["reason"], (name, r["reason"])
        else:
            assert (r["status"], r["stage"], r["reason"]) == ("ok", None, None), name
    assert schema_errors("articles", list(records.values())) == []
    assert schema_errors("topics", read_jsonl(day / "topics.jsonl")) == []


def test_errors_jsonl_one_line_per_problem(mixed) -> None:
    _, day, _ = mixed
    lines = read_jsonl(day / "errors.jsonl")
    assert [Path(l["source_file"]).name for l in lines] == sorted(EXPECTED_PROBLEMS)
    for line in lines:
        status, stage, fragment = EXPECTED_PROBLEMS[Path(line["source_file"]).name]
        assert set(line) == {"schema_version", "source_file", "id", "status", "stage", "reason", "fix", "run_id", "run_date"}
        assert (line["status"], line["stage"]) == (status, stage) and fragment in line["reason"]
    info = json.loads((day / "run.json").read_text(encoding="utf-8"))
    assert info["counts"]["status"] == {"ok": 5, "skipped": 4, "failed": 1}
    assert info["counts"]["not_ok_by_stage"] == {"clean": 1, "ingest": 2, "langid": 1, "translate": 1}


def test_brief_lists_problems(mixed) -> None:
    _, day, _ = mixed
    brief = (day / "brief.md").read_text(encoding="utf-8")
    problems = brief.split("## Problems\n", 1)[1]
    rows = [line.split(" | ") for line in problems.splitlines() if line.startswith("| **")]
    assert len(rows) == 5 and all(row[1] == "1" for row in rows)  # five different reasons, one input each
    failed = next(row for row in rows if row[0].startswith("| **failed** at translate"))
    assert failed[2] == "run: translate-summarize models install sq" and "sq_no_memory.txt" in failed[3]


def _without_timestamp(line: str) -> str:
    return re.sub(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ", "", line)


def test_cron_quiet_night_prints_each_problem_and_a_grouped_summary(mixed) -> None:
    """`run -q` from cron: one WARNING per bad input (its path once), then the problems by reason with the fix."""
    work, _, result = mixed
    folder = work / "in"
    assert result.stdout == ""
    assert [_without_timestamp(line) for line in result.stderr.splitlines()] == [
        f"WARNING translate_summarize.pipeline: {folder}/binary.txt: skipped at ingest: binary file (contains NUL bytes), not a text page",
        f"WARNING translate_summarize.pipeline: {folder}/boilerplate.txt: skipped at clean: no article body found: every line "
        "looks like page furniture (menus, link lists, share/comment widgets, footers) and no run of sentences was found; "
        "check that the file is a saved article page, not a section front, index or error page",
        f"WARNING translate_summarize.pipeline: {folder}/empty.txt: skipped at ingest: empty file (0 bytes); nothing to extract",
        f"WARNING translate_summarize.pipeline: {folder}/german.txt: skipped at langid: unsupported language 'de' (confidence 1.00); "
        "supported: ar, sq, en",
        f"WARNING translate_summarize.pipeline: {folder}/sq_no_memory.txt: failed at translate: 4 of 4 segments are not in the "
        "translation memory and no sq->en translation model is installed; run: translate-summarize models install sq",
        "5 of 10 articles not processed (4 skipped, 1 failed), by reason:",
        "  1 failed at translate: 4 of 4 segments are not in the translation memory and no sq->en translation model is "
        "installed → fix: run: translate-summarize models install sq",
        "  1 skipped at clean: no article body found: every line looks like page furniture (menus, link lists, share/comment "
        "widgets, footers) and no run of sentences was found → fix: check that the file is a saved article page, not a "
        "section front, index or error page",
        "  1 skipped at ingest: binary file (contains NUL bytes), not a text page → fix: not a text page: remove it, or save "
        "the page as .txt or .html",
        "  1 skipped at ingest: empty file (0 bytes) → fix: nothing to extract: remove the file, or fix what saved it",
        "  1 skipped at langid: unsupported language 'de' (confidence 1.00) → fix: nothing to do unless you need this "
        "language: then add it to languages.supported and install its model",
    ]


def test_a_rerun_reports_the_same_problems(mixed, seed_memory_file: Path) -> None:
    work, _, first = mixed
    again = invoke(["run", str(work / "in"), "--memory", str(seed_memory_file), "--out", str(work / "out"),
                    "--models-dir", str(work / "models"), "--run-date", RUN_DATE, "-q"])
    assert again.exit_code == 1
    assert [_without_timestamp(l) for l in again.stderr.splitlines()] == [_without_timestamp(l) for l in first.stderr.splitlines()]


def test_a_reused_night_reports_its_problems_from_errors_jsonl(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(seed_files[0], inputs / "a.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (tmp_path / "models").mkdir()
    args = ["run", str(inputs), "--memory", str(seed_memory_file), "--out", str(tmp_path / "out"),
            "--models-dir", str(tmp_path / "models"), "--run-date", RUN_DATE, "-q"]
    first, second = invoke(args), invoke(args)
    assert json.loads((tmp_path / "out" / RUN_DATE / "run.json").read_text(encoding="utf-8"))["cache"]["reused_outputs"] is True
    assert second.exit_code == first.exit_code == 1
    assert [_without_timestamp(l) for l in second.stderr.splitlines()] == [
        f"WARNING translate_summarize.pipeline: {inputs}/empty.txt: skipped at ingest: empty file (0 bytes); nothing to extract",
        "1 of 2 articles not processed (1 skipped, 0 failed), by reason:",
        "  1 skipped at ingest: empty file (0 bytes) → fix: nothing to extract: remove the file, or fix what saved it",
    ] == [_without_timestamp(l) for l in first.stderr.splitlines()]


@pytest.mark.parametrize(("ratio", "code"), [("0.4", 3), ("0.5", 1), ("1", 1)])
def test_max_failed_ratio_turns_a_bad_night_into_exit_3(mixed, seed_memory_file: Path, ratio: str, code: int) -> None:
    work, _, _ = mixed  # 5 of 10 articles not ok: 0.5
    result = invoke(["run", str(work / "in"), "--memory", str(seed_memory_file), "--out", str(work / "out"),
                     "--models-dir", str(work / "models"), "--run-date", RUN_DATE, "-q", "--max-failed-ratio", ratio])
    assert result.exit_code == code
    alert = f"alert: 50% of the articles were skipped or failed, above run.max_failed_ratio {float(ratio):g}: exit 3"
    assert (alert in result.stderr) == (code == 3)


def test_max_failed_ratio_from_the_config_and_its_range(mixed, seed_memory_file: Path, tmp_path: Path) -> None:
    work, _, _ = mixed
    config = tmp_path / "ts.toml"
    config.write_text("[run]\nmax_failed_ratio = 0.25\n", encoding="utf-8")
    args = ["run", str(work / "in"), "--memory", str(seed_memory_file), "--out", str(work / "out"),
            "--models-dir", str(work / "models"), "--run-date", RUN_DATE, "-q", "--config", str(config)]
    assert invoke(args).exit_code == 3
    bad = invoke([*args, "--max-failed-ratio", "1.5"])
    assert bad.exit_code == 2 and "max_failed_ratio" in bad.stderr


def test_log_json_problem_lines_carry_fields(mixed, seed_memory_file: Path) -> None:
    work, _, _ = mixed
    result = invoke(["run", str(work / "in"), "--memory", str(seed_memory_file), "--out", str(work / "out"),
                     "--models-dir", str(work / "models"), "--run-date", RUN_DATE, "-q", "--log-json"])
    records = [json.loads(line) for line in result.stderr.splitlines()]
    per_article = [r for r in records if r.get("event") == "article_problem"]
    assert [(Path(r["source_file"]).name, r["status"], r["stage"]) for r in per_article] == [
        ("binary.txt", "skipped", "ingest"), ("boilerplate.txt", "skipped", "clean"), ("empty.txt", "skipped", "ingest"),
        ("german.txt", "skipped", "langid"), ("sq_no_memory.txt", "failed", "translate")]
    assert all(r["level"] == "warning" and len(r["article_id"]) == 16 and r["reason"] and r["run_id"] for r in per_article)
    groups = [r for r in records if r.get("event") == "problem_group"]
    assert sum(r["count"] for r in groups) == 5 and all(r["fix"] and len(r["files"]) == r["count"] for r in groups)


def test_every_output_line_is_schema_valid(mixed) -> None:
    _, day, _ = mixed
    assert schema_errors("articles", read_jsonl(day / "articles.jsonl")) == []
    assert schema_errors("topics", read_jsonl(day / "topics.jsonl")) == []
    assert schema_errors("errors", read_jsonl(day / "errors.jsonl")) == []
    assert schema_errors("run", [json.loads((day / "run.json").read_text(encoding="utf-8"))]) == []


def test_records_are_flat_enough_for_reporting(mixed) -> None:
    """What a reporting pipeline (DuckDB, a spreadsheet) reads: top-level scalars, joinable by run and id."""
    _, day, _ = mixed
    info = json.loads((day / "run.json").read_text(encoding="utf-8"))
    articles = read_jsonl(day / "articles.jsonl")
    flat = ("id", "source_file", "status", "stage", "reason", "lang", "title", "title_en", "published", "outlet",
            "body_en", "summary_text", "topic_id", "run_id", "run_date", "schema_version")
    for r in articles:
        assert all(r[k] is None or isinstance(r[k], (str, int, float, bool)) for k in flat), r["source_file"]
        assert (r["run_id"], r["run_date"], r["schema_version"]) == (info["run_id"], RUN_DATE, 2)
    ok = [r for r in articles if r["status"] == "ok"]
    for r in ok:
        assert r["summary_text"] == " ".join(s["en"] for s in r["summary"]["sentences"])
        assert (r["summary"]["method"], r["summary"]["algorithm"]) == ("default", DEFAULT_METHOD)  # as configured, and what ran
        by_paragraph: dict[int, list[str]] = {}
        for seg in r["segments"]:
            if seg["en"]:
                by_paragraph.setdefault(seg["paragraph"], []).append(seg["en"])
        assert r["body_en"] == "\n\n".join(" ".join(v) for _, v in sorted(by_paragraph.items()))
        for sentence in r["summary"]["sentences"]:  # segment indexes this record's segments
            assert sentence["en"] in r["segments"][sentence["segment"]]["en"]
    assert all(r["body_en"] is None and r["summary_text"] is None for r in articles if r["status"] != "ok")
    errors = read_jsonl(day / "errors.jsonl")
    assert {(e["id"], e["run_id"]) for e in errors} == {(r["id"], info["run_id"]) for r in articles if r["status"] != "ok"}
    fixes = {Path(e["source_file"]).name: e["fix"] for e in errors}
    assert fixes["sq_no_memory.txt"] == "run: translate-summarize models install sq"
    assert fixes["empty.txt"] == "nothing to extract: remove the file, or fix what saved it"
    assert info["settings"]["summary.method"] == "default" and info["settings"]["run.max_failed_ratio"] is None
    assert "summary_method" not in info["settings"]  # config keys, not internal field names


def test_bad_config_key_exit_2_nothing_written(tmp_path: Path, seed_files: list[Path]) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[summary]\nsentences = 3\nbogus = 1\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke(["run", str(seed_files[0]), "--config", str(config), "--out", str(out)])
    assert result.exit_code == 2
    assert "summary.bogus" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--run-date", "2026-13-01"], "--run-date"),
        (["--memory", "does-not-exist.jsonl"], "--memory"),
        (["--templates", "no-such-folder"], "--templates"),
    ],
)
def test_bad_flag_exit_2_nothing_written(tmp_path: Path, seed_files: list[Path], args: list[str], named: str) -> None:
    out = tmp_path / "out"
    result = invoke(["run", str(seed_files[0]), "--out", str(out), *args])
    assert result.exit_code == 2, result.stderr
    assert named in result.stderr
    assert not out.exists()


def test_missing_input_exit_2_nothing_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke(["run", str(tmp_path / "nope" / "*.txt"), "--out", str(out)])
    assert result.exit_code == 2
    assert "nope" in result.stderr
    assert not out.exists()


def test_nothing_processed_exit_3(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_bad_inputs(inputs)
    (tmp_path / "models").mkdir()
    out = tmp_path / "out"
    result = invoke(["run", str(inputs), "--out", str(out), "--models-dir", str(tmp_path / "models"), "--run-date", RUN_DATE, "-q"])
    assert result.exit_code == 3, result.stderr
    assert len(read_jsonl(out / RUN_DATE / "errors.jsonl")) == 5
    assert read_jsonl(out / RUN_DATE / "topics.jsonl") == []


def test_same_content_twice_is_processed_once(tmp_path: Path, seed_files: list[Path], seed_memory_file: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(seed_files[0], inputs / "a.txt")
    shutil.copy(seed_files[0], inputs / "b.txt")
    (tmp_path / "models").mkdir()
    out = tmp_path / "out"
    result = invoke(["run", str(inputs), "--memory", str(seed_memory_file), "--out", str(out),
                     "--models-dir", str(tmp_path / "models"), "--run-date", RUN_DATE, "-q"])
    assert result.exit_code == 1
    records = read_jsonl(out / RUN_DATE / "articles.jsonl")
    assert [(Path(r["source_file"]).name, r["status"], r["stage"]) for r in records] == [
        ("a.txt", "ok", None), ("b.txt", "skipped", "ingest")]
    assert records[0]["id"] == records[1]["id"]
    assert records[1]["reason"] == f"duplicate of {inputs / 'a.txt'} (same content); processed once"
    assert records[1]["segments"] == [] and records[0]["segments"]


def test_no_input_and_no_seeds_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(["run"])
    assert result.exit_code == 2
    assert "INPUT" in result.stderr and "seeds/*.txt" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_broken_template_exit_2_names_it(tmp_path: Path, seed_files: list[Path]) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "brief.md.j2").write_text("# {{ digest.run_date }\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke(["run", str(seed_files[0]), "--out", str(out), "--templates", str(templates)])
    assert result.exit_code == 2
    assert "--templates" in result.stderr and "brief.md.j2" in result.stderr
    assert not out.exists()


def test_stage_crash_recorded_or_raised_with_fail_fast(
    tmp_path: Path, seed_files: list[Path], seed_memory_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import translate_summarize.summarize as summarize_module
    import translate_summarize.topics as topics_module

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(topics_module, "build_topics", broken)
    real_summarize = summarize_module.summarize_article

    def summarize_one_broken(article, settings):  # type: ignore[no-untyped-def]
        if article.source_file.endswith("004_761cb0edd2caddef.txt"):
            raise ZeroDivisionError("bad article")
        return real_summarize(article, settings)

    monkeypatch.setattr(summarize_module, "summarize_article", summarize_one_broken)
    (tmp_path / "models").mkdir()
    args = ["run", *map(str, seed_files), "--memory", str(seed_memory_file), "--out", str(tmp_path / "out"),
            "--models-dir", str(tmp_path / "models"), "--run-date", RUN_DATE, "-q"]
    result = invoke(args)
    assert result.exit_code == 1
    assert "problem: topics: RuntimeError: boom" in " ".join(result.stderr.split())
    day = tmp_path / "out" / RUN_DATE
    info = json.loads((day / "run.json").read_text(encoding="utf-8"))
    assert info["problems"] == ["topics: RuntimeError: boom"]
    assert info["counts"]["status"] == {"ok": 4, "skipped": 0, "failed": 1}
    assert read_jsonl(day / "topics.jsonl") == []
    (bad,) = read_jsonl(day / "errors.jsonl")
    assert (bad["status"], bad["stage"]) == ("failed", "summarize")
    assert bad["reason"].startswith("internal error in stage summarize: ZeroDivisionError: bad article")
    with pytest.raises(ZeroDivisionError):
        invoke([*args, "--fail-fast", "--force"])
