"""What `run` writes, replaces and deletes in --out, replayed through the CLI: sandboxed templates
checked before any work, only http(s) links, a duplicate never replacing the real page, clean-up and
retention only of folders this tool made, warm reruns that notice deleted pages, `latest` never moving
backwards, file modes from the umask, grouped Problems, the index of nights."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from runhelpers import invoke, read_jsonl

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
SEED_AR = "001_89d7c6d670ac9db8.txt"  # Arabic, titled, outlet known; translated from the seed memory
ENGLISH = (
    "The city council approved the new budget on Monday after a long debate about schools and roads. "
    "Officials said the plan would raise spending on public transport and repair several bridges. "
    "Opposition members argued that the proposal ignored rural areas and asked for more money for farmers."
)


def _inputs(tmp_path: Path, seeds_dir: Path, *names: str) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name in names or (SEED_AR,):
        shutil.copy(seeds_dir / name, folder / name)
    return folder


def _run(tmp_path: Path, inputs: Path, *extra: str, day: str = "2026-01-01", out: Path | None = None) -> object:
    (tmp_path / "models").mkdir(exist_ok=True)
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    return invoke(["run", str(inputs), "--memory", str(seeds / "translation_memory.jsonl"),
                   "--out", str(out or tmp_path / "out"), "--models-dir", str(tmp_path / "models"), "--run-date", day, "-q", *extra])


def _page(out: Path, day: str, article_id: str) -> str:
    return (out / day / "articles" / f"{article_id}.md").read_text(encoding="utf-8")


# --- issue 12.3: templates are sandboxed and checked before anything is done -----------------------

def test_template_cannot_reach_python_internals(tmp_path: Path, seeds_dir: Path) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "brief.md.j2").write_text('{{ "".__class__.__mro__[1].__subclasses__() }}\n', encoding="utf-8")
    result = _run(tmp_path, _inputs(tmp_path, seeds_dir), "--templates", str(templates))
    assert result.exit_code == 2
    assert f"{templates / 'brief.md.j2'} line 1: SecurityError: access to attribute '__class__' of 'str' object is unsafe" in result.stderr
    assert not (tmp_path / "out").exists()  # refused before anything was written


@pytest.mark.parametrize("name, body, message", [
    ("brief.md.j2", "# {{ digest.run_date }}\n\n{{ digest.headline }}\n", "line 3: undefined: 'translate_summarize.render.markdown.Digest object' has no attribute 'headline'"),
    ("article.md.j2", "{% if article.ok %}\n{{ artcle.heading }}\n{% endif %}\n", "line 2: undefined: 'artcle' is undefined"),
    ("topic.md.j2", "{% for s in topic.sentences %}{{ s.cite_links.upper().foo }}{% endfor %}", "line 1: undefined: 'str object' has no attribute 'foo'"),
])
def test_undefined_template_variable_is_a_usage_error_before_any_work(
    tmp_path: Path, seeds_dir: Path, name: str, body: str, message: str
) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / name).write_text(body, encoding="utf-8")
    result = _run(tmp_path, _inputs(tmp_path, seeds_dir), "--templates", str(templates))
    assert result.exit_code == 2, result.stderr
    assert f"--templates (output.templates): {templates / name} {message}" in result.stderr
    assert not (tmp_path / "out").exists()  # no state, no memory, no .staging-* left behind


def test_template_failing_only_on_real_data_publishes_nothing_and_leaves_no_staging(tmp_path: Path, seeds_dir: Path) -> None:
    """The sample night has 2 ok articles; a branch taken only with more passes the check, then fails."""
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "brief.md.j2").write_text("{% if digest.counts.ok > 2 %}\n{{ digest.nope }}\n{% endif %}\n", encoding="utf-8")
    inputs = _inputs(tmp_path, seeds_dir, SEED_AR, "002_6d2f08d76ddc822d.txt", "003_26b40dc472a4c13d.txt")
    result = _run(tmp_path, inputs, "--templates", str(templates))
    assert result.exit_code == 2
    assert f"{templates / 'brief.md.j2'} line 2: undefined:" in result.stderr and "nothing was published" in result.stderr
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == ["memory.sqlite", "state.sqlite"]  # no night, no .staging-*


# --- issue 12.4: only http(s) URLs become links; bidi overrides are neutralised ------------------------

def test_only_http_urls_become_links_and_bidi_overrides_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    records = [
        {"title": "Council budget \u202egnp.exe", "text": ENGLISH, "url": "https://news.example.org/a?b=1&c=(2)"},
        {"title": "Bridge repairs", "text": ENGLISH.replace("budget", "repair plan"), "url": "javascript:alert(document.cookie)"},
        {"title": "Road works", "text": ENGLISH.replace("budget", "road plan"), "url": "data:text/html,<script>alert(1)</script>"},
    ]
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = _run(tmp_path, folder)
    assert result.exit_code == 0, result.stderr
    by_title = {r["title"]: r for r in read_jsonl(tmp_path / "out" / "2026-01-01" / "articles.jsonl")}
    hrefs = {}
    for title, record in by_title.items():
        page = _page(tmp_path / "out", "2026-01-01", record["id"])
        assert not any(c in page for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), title
        tokens = [t for b in MD.parse(page) for t in (b.children or [])]
        hrefs[title] = [t.attrs["href"] for t in tokens if t.type == "link_open" and not t.attrs["href"].startswith(("../", "#"))]
    assert hrefs == {"Council budget \u202egnp.exe": ["https://news.example.org/a?b=1&c=%282%29"], "Bridge repairs": [], "Road works": []}
    html = MD.render(_page(tmp_path / "out", "2026-01-01", by_title["Road works"]["id"]))
    assert "<li>Source address (not a web link, not linked): data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</li>" in html
    assert "<h1>Council budget gnp.exe</h1>" in MD.render(_page(tmp_path / "out", "2026-01-01", by_title["Council budget \u202egnp.exe"]["id"]))


# --- issue 12.5: a duplicate input never replaces the real article's page ------------------------------

def test_duplicate_inputs_never_replace_the_real_page(tmp_path: Path, seeds_dir: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    data = (seeds_dir / SEED_AR).read_bytes()
    (folder / "a_original.txt").write_bytes(data)
    (folder / "b_copy.txt").write_bytes(data)
    (folder / "c_utf16.txt").write_bytes(data.decode("utf-8").encode("utf-16"))  # with BOM: same decoded content
    record = json.dumps({"title": "Council budget", "text": ENGLISH, "outlet": "Example News"}) + "\n"
    (folder / "feed.jsonl").write_text(record + record, encoding="utf-8")
    result = _run(tmp_path, folder)
    assert result.exit_code == 1, result.stderr
    day = tmp_path / "out" / "2026-01-01"
    records = read_jsonl(day / "articles.jsonl")
    ids = {Path(r["source_file"]).name: r["id"] for r in records}
    assert ids["a_original.txt"] == ids["b_copy.txt"] == ids["c_utf16.txt"] and ids["feed.jsonl:1"] == ids["feed.jsonl:2"]
    statuses = sorted((Path(r["source_file"]).name, r["status"]) for r in records)
    assert statuses == [("a_original.txt", "ok"), ("b_copy.txt", "skipped"), ("c_utf16.txt", "skipped"),
                        ("feed.jsonl:1", "ok"), ("feed.jsonl:2", "skipped")]
    ok = {r["id"]: r for r in records if r["status"] == "ok"}
    brief_html = MD.render((day / "brief.md").read_text(encoding="utf-8"))
    for article_id, record in ok.items():
        html = MD.render(_page(tmp_path / "out", "2026-01-01", article_id))
        assert "<li>Status: ok</li>" in html
        assert f"<h1>{record['title_en'] or record['title']}</h1>" in html
        assert f'<a href="articles/{article_id}.md">{record["title_en"] or record["title"]}</a> · {record["outlet"]}' in brief_html
    assert "untitled article" not in brief_html and "no metadata" not in brief_html
    problems = brief_html.split("<h2>Problems</h2>")[1]
    assert problems.count("<tr>") == 2  # header + one row: "duplicate of … (same content)", 3 inputs
    assert '<td><strong>skipped</strong> at ingest: duplicate of … (same content)</td>\n<td style="text-align:right">3</td>' in problems
    for name in ("b_copy.txt", "c_utf16.txt", "feed.jsonl:2"):
        assert f"{folder / name}</a>" in problems


# --- issue 12.6: clean-up removes only what this tool made; --out "" is a usage error -------------------

def test_cleanup_removes_only_folders_this_tool_made(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "out"
    (out / ".old-thesis").mkdir(parents=True)
    (out / ".old-thesis" / "chapter1.tex").write_text("precious", encoding="utf-8")
    (out / ".staging-notes").mkdir()
    (out / ".staging-notes" / "todo.txt").write_text("mine", encoding="utf-8")
    (out / ".latest-notes").write_text("also mine", encoding="utf-8")
    (out / ".latest-dir").mkdir()
    os.symlink("/etc", out / ".latest-etc")
    inputs = _inputs(tmp_path, seeds_dir)
    assert _run(tmp_path, inputs).exit_code == 0
    # a leftover of this tool (marker inside) is removed by the next run; the user's entries stay
    leftover = out / ".staging-20260101T000000-deadbeef"
    shutil.copytree(out / "2026-01-01", leftover)
    os.symlink("2026-01-01", out / ".latest-999999")
    assert _run(tmp_path, inputs, "--force").exit_code == 0
    assert not leftover.exists() and not (out / ".latest-999999").is_symlink()
    assert (out / ".old-thesis" / "chapter1.tex").read_text(encoding="utf-8") == "precious"
    assert (out / ".staging-notes" / "todo.txt").read_text(encoding="utf-8") == "mine"
    assert (out / ".latest-notes").read_text(encoding="utf-8") == "also mine"
    assert (out / ".latest-dir").is_dir() and os.readlink(out / ".latest-etc") == "/etc"


def test_foreign_night_folder_is_not_replaced(tmp_path: Path, seeds_dir: Path) -> None:
    night = tmp_path / "out" / "2026-01-01"
    night.mkdir(parents=True)
    (night / "notes.md").write_text("my own notes", encoding="utf-8")
    result = _run(tmp_path, _inputs(tmp_path, seeds_dir))
    assert result.exit_code == 2
    assert f"--out (output.dir): {night} exists and was not made by translate-summarize" in result.stderr
    assert [p.name for p in night.iterdir()] == ["notes.md"]


def test_empty_out_is_a_usage_error(tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = _inputs(tmp_path, seeds_dir)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    result = invoke(["run", str(inputs), "--out", "", "--models-dir", str(tmp_path / "models"), "-q"])
    assert result.exit_code == 2
    assert "an empty path is not allowed" in result.stderr
    assert list(cwd.iterdir()) == []


# --- issue 12.14: warm reruns check the pages; latest never moves backwards ------------------------------

def test_warm_rerun_notices_deleted_pages(tmp_path: Path, seeds_dir: Path) -> None:
    inputs = _inputs(tmp_path, seeds_dir, SEED_AR, "003_26b40dc472a4c13d.txt")
    assert _run(tmp_path, inputs).exit_code == 0
    day = tmp_path / "out" / "2026-01-01"
    pages = {p.name: p.read_bytes() for p in (day / "articles").iterdir()}
    assert _run(tmp_path, inputs).exit_code == 0
    assert json.loads((day / "run.json").read_text())["cache"]["reused_outputs"] is True  # nothing changed
    for page in (day / "articles").iterdir():
        page.unlink()
    assert _run(tmp_path, inputs).exit_code == 0
    assert json.loads((day / "run.json").read_text())["cache"]["reused_outputs"] is False
    assert {p.name: p.read_bytes() for p in (day / "articles").iterdir()} == pages
    (day / "topics" / next(iter(os.listdir(day / "topics")))).write_text("truncated", encoding="utf-8")
    assert _run(tmp_path, inputs).exit_code == 0
    assert json.loads((day / "run.json").read_text())["cache"]["reused_outputs"] is False


def test_rerunning_an_older_night_keeps_latest(tmp_path: Path, seeds_dir: Path) -> None:
    inputs = _inputs(tmp_path, seeds_dir)
    out = tmp_path / "out"
    assert _run(tmp_path, inputs, day="2026-01-02").exit_code == 0
    assert _run(tmp_path, inputs, day="2026-01-01").exit_code == 0
    assert os.readlink(out / "latest") == "2026-01-02"
    assert _run(tmp_path, inputs, day="2026-01-03").exit_code == 0
    assert os.readlink(out / "latest") == "2026-01-03"


# --- issue 13.2: published files and folders get the mode the umask gives ---------------------------------

@pytest.mark.parametrize("umask, file_mode, dir_mode", [(0o022, 0o644, 0o755), (0o027, 0o640, 0o750)])
def test_published_modes_follow_the_umask(tmp_path: Path, seeds_dir: Path, umask: int, file_mode: int, dir_mode: int) -> None:
    inputs = _inputs(tmp_path, seeds_dir)
    old = os.umask(umask)
    try:
        assert _run(tmp_path, inputs).exit_code == 0
        assert _run(tmp_path, inputs, "--force").exit_code == 0  # pages replaced or hard-linked from the old folder
    finally:
        os.umask(old)
    out = tmp_path / "out"
    checked = 0
    for path in [*(out / "2026-01-01").rglob("*"), out / "state.sqlite", out / "index.md"]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (dir_mode if path.is_dir() else file_mode), (path, oct(mode))
        checked += 1
    assert checked > 10


# --- issue 13.5: Problems, one row per reason ---------------------------------------------------------------

def test_problems_one_row_per_reason_with_count_fix_and_files(tmp_path: Path, seeds_dir: Path) -> None:
    inputs = _inputs(tmp_path, seeds_dir)
    for i in range(3):
        (inputs / f"empty{i}.txt").write_bytes(b"")
    for i in range(2):
        (inputs / f"binary{i}.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert _run(tmp_path, inputs).exit_code == 1
    brief = (tmp_path / "out" / "2026-01-01" / "brief.md").read_text(encoding="utf-8")
    rows = [line for line in brief.split("## Problems\n")[1].splitlines() if line.startswith("| **")]
    assert len(rows) == 2
    empty = rows[0].split(" | ")
    assert empty[:3] == ["| **skipped** at ingest: empty file (0 bytes)", "3", "nothing to extract: remove the file, or fix what saved it"]
    assert empty[3].count("](articles/") == 3 and all(f"{inputs / f'empty{i}.txt'}](articles/" in empty[3] for i in range(3))
    assert rows[1].split(" | ")[1] == "2"


# --- issue 13.9: index of nights and --keep-nights ------------------------------------------------------------

def test_index_of_nights_and_retention_by_marker(tmp_path: Path, seeds_dir: Path) -> None:
    inputs = _inputs(tmp_path, seeds_dir)
    out = tmp_path / "out"
    (out / "2025-12-01").mkdir(parents=True)  # a user's folder with a night's name: never counted or removed
    (out / "2025-12-01" / "mine.txt").write_text("x", encoding="utf-8")
    for day in ("2026-01-01", "2026-01-02", "2026-01-03"):
        assert _run(tmp_path, inputs, "--keep-nights", "2", day=day).exit_code == 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "2025-12-01", "2026-01-02", "2026-01-03", "index.md", "latest", "memory.sqlite", "state.sqlite"]
    index = (out / "index.md").read_text(encoding="utf-8")
    rows = [line for line in index.splitlines() if line.startswith("| 20")]
    assert rows == ["| 2026-01-03 | 1 | 0 | 0 | 1 | [brief](2026-01-03/brief.md) |",
                    "| 2026-01-02 | 1 | 0 | 0 | 1 | [brief](2026-01-02/brief.md) |"]
    assert "latest: [2026-01-03](2026-01-03/brief.md)" in index
    for href in (t.attrs["href"] for b in MD.parse(index) for t in (b.children or []) if t.type == "link_open"):
        assert (out / href).is_file()


def test_keep_nights_config_key_is_validated(tmp_path: Path, seeds_dir: Path) -> None:
    config = tmp_path / "ts.toml"
    config.write_text("[output]\nkeep_nights = -1\n", encoding="utf-8")
    result = _run(tmp_path, _inputs(tmp_path, seeds_dir), "--config", str(config))
    assert result.exit_code == 2 and "output.keep_nights must be >= 0" in result.stderr
