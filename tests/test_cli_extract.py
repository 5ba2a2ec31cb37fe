"""``translate-summarize extract``: JSONL fields, atomic --out, per-file table, exit codes 0/1/2/3."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from translate_summarize.cli import app

ARTICLE_FIELDS = {
    "schema_version", "id", "source_file", "status", "reason", "lang", "lang_confidence", "title",
    "published", "published_raw", "outlet", "credited_source", "paragraphs",
}
PARAGRAPH_FIELDS = {"text", "lang", "heading", "source_lines", "sentences"}


def run(*args: str):
    return CliRunner().invoke(app, ["extract", *args])


def test_seeds_to_file_exit_0_with_every_field(tmp_path: Path, seed_files: list[Path], gold: dict) -> None:
    out = tmp_path / "output" / "articles.jsonl"
    result = run(*map(str, seed_files), "--out", str(out))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source_file"]).name for r in records] == [a["file"] for a in gold["articles"]]
    for record, expected in zip(records, gold["articles"]):
        assert ARTICLE_FIELDS <= set(record)
        assert (record["schema_version"], record["status"], record["reason"]) == (2, "ok", None)
        assert (record["lang"], record["title"], record["published"]) == (expected["lang"], expected["title"], expected["published"])
        assert record["paragraphs"]
        for p in record["paragraphs"]:
            assert PARAGRAPH_FIELDS <= set(p)
            first, last = p["source_lines"]
            assert 1 <= first <= last
            assert all(p["text"][s["start"]:s["end"]] == s["text"] for s in p["sentences"])
    assert sorted(x.name for x in out.parent.iterdir()) == ["articles.jsonl"]  # no temp file left behind
    assert "5 articles: 5 ok, 0 skipped, 0 failed" in result.stderr
    assert "000_24618d5ee539ec34.txt" in result.stderr


def test_stdout_when_no_out_and_unicode_kept(seed_files: list[Path]) -> None:
    result = run(str(seed_files[3]))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["lang"] == "ar" and record["title"] is None
    assert "بوتين" in lines[0]  # ensure_ascii=False


def test_some_bad_inputs_exit_1_with_reasons_in_table(tmp_path: Path, seed_files: list[Path]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "a.jsonl"
    result = run(str(seed_files[0]), str(tmp_path / "empty.txt"), "--out", str(out))
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["status"], r["stage"]) for r in records] == [("ok", None), ("skipped", "ingest")]
    assert records[1]["reason"].endswith("empty file (0 bytes); nothing to extract")
    assert "empty file (0 bytes)" in result.stderr
    assert "2 articles: 1 ok, 1 skipped, 0 failed" in result.stderr


def test_nothing_ok_exit_3(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n....")
    result = run(str(tmp_path))
    assert result.exit_code == 3, result.output
    assert [json.loads(line)["status"] for line in result.stdout.splitlines()] == ["skipped", "skipped"]


def test_missing_input_exit_2_names_it_and_writes_nothing(tmp_path: Path, seed_files: list[Path]) -> None:
    out = tmp_path / "a.jsonl"
    result = run(str(seed_files[0]), str(tmp_path / "nope.txt"), "--out", str(out))
    assert result.exit_code == 2
    assert f"input '{tmp_path / 'nope.txt'}' does not exist" in result.stderr
    assert not out.exists()
    pattern = run(str(tmp_path / "*.html"))
    assert pattern.exit_code == 2
    assert "the pattern matches no file" in pattern.stderr


def test_config_and_flag_errors_exit_2(tmp_path: Path, seed_files: list[Path]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[input]\nmax_byte = 5\n", encoding="utf-8")
    result = run(str(seed_files[0]), "--config", str(bad))
    assert result.exit_code == 2
    assert "unknown key input.max_byte" in result.stderr
    zero = run(str(seed_files[0]), "--max-bytes", "0")
    assert zero.exit_code == 2
    assert zero.stderr.strip() == "error: --max-bytes (input.max_bytes) must be > 0"
    assert run().exit_code == 2  # no INPUT at all: usage error


def test_max_bytes_flag_and_config_key(tmp_path: Path, seed_files: list[Path]) -> None:
    result = run(str(seed_files[3]), "--max-bytes", "100")
    assert result.exit_code == 3
    record = json.loads(result.stdout)
    assert record["status"] == "skipped"
    assert "exceeds the input size limit of 100 bytes" in record["reason"]
    config = tmp_path / "c.toml"
    config.write_text("[input]\nmax_bytes = 100\n", encoding="utf-8")
    assert run(str(seed_files[3]), "--config", str(config)).exit_code == 3
    assert run(str(seed_files[3]), "--config", str(config), "--max-bytes", "1000000").exit_code == 0


def test_help_describes_every_option() -> None:
    result = CliRunner().invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    for option in ("--out", "--config", "--max-bytes", "--fail-fast", "Exit codes"):
        assert option in result.output


def test_unwritable_out_exit_2(tmp_path: Path, seed_files: list[Path]) -> None:
    result = run(str(seed_files[3]), "--out", str(tmp_path))  # a folder, not a file
    assert result.exit_code == 2
    assert f"--out: cannot write {tmp_path}" in result.stderr
