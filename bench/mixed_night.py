"""A realistic 30-input mixed night: what an operator's folder looks like on a bad morning.

Builds, under ``DIR``:

* ``in/`` — 30 inputs (31 articles once the JSONL file is split into its lines):
    - the five seeds (1 Albanian, 4 Arabic) and a duplicate of one of them under another name;
    - 16 NTREX-128 dev documents as ``.txt`` page dumps, 8 Arabic and 8 Albanian, chosen so that
      several same-story groups (``stories.json``) span both languages;
    - one NTREX document as an HTML page (Albanian), one saved in windows-1256 (Arabic) and one as a
      JSONL record (Arabic, with a URL), in a JSONL file whose second line is broken;
    - bad inputs: an empty file, a binary file, a German page (unsupported language), a
      boilerplate-only page, an Albanian page that neither the memory nor a model covers;
* ``memory.jsonl`` — the seeds' translation memory plus the NTREX ar/sq→en pairs of the chosen
  documents (so no model is needed; only the uncovered Albanian page fails at translate);
* ``models/`` — an empty package store.

With ``--run`` it then runs ``translate-summarize run in/ --memory memory.jsonl --out out/ -q``
(``--exe`` picks the executable, e.g. another checkout's venv, to compare versions) and prints the
exit code, stderr and the night's ``brief.md``.

    python bench/mixed_night.py /tmp/night --run [--exe .venv/bin/translate-summarize]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import DEFAULT_DIR, load_documents  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
RUN_DATE = "2026-03-02"
LANG_FILES = {"ar": "newstest2019-ref.arb.txt", "sq": "newstest2019-ref.sqi.txt"}
MONTHS = {"ar": "مارس", "sq": "mars"}

# Same-story groups split across the two languages (see shared/eval/ntrex128_dev/stories.json).
TXT_DOCS: dict[str, tuple[str, ...]] = {
    "ar": ("nytimes.184837", "reuters.218863", "cbsnews.248384", "abcnews.306815", "cnbc.com.6769",
           "bbc.381647", "bbc.381790", "rt.com.91337"),
    "sq": ("euronews-en.153835", "nytimes.184860", "cnn.304489", "newsweek.51338", "reuters.218861",
           "newsweek.51329", "reuters.218932", "bbc.381746"),
}
HTML_DOC = ("sq", "scotsman.133791")
RECORD_DOC = ("ar", "independent.226301")
LEGACY_DOC = ("ar", "guardian.221754")  # saved in windows-1256, as some Arabic sites still serve pages

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


def _sides() -> tuple[dict[str, tuple[str, list[str]]], dict[str, list[str]]]:
    """NTREX document id → (English headline+body) and language → that side's lines, aligned."""
    sides = {lang: (DEFAULT_DIR / name).read_text(encoding="utf-8").splitlines() for lang, name in LANG_FILES.items()}
    docs: dict[str, tuple[int, list[str]]] = {}
    offset = 0
    for doc in load_documents(DEFAULT_DIR):
        english = [doc.headline, *doc.body]
        docs[doc.doc_id] = (offset, english)
        offset += len(english)
    return docs, sides  # type: ignore[return-value]


def _source(docs: dict, sides: dict, doc_id: str, lang: str) -> tuple[list[str], list[str]]:
    offset, english = docs[doc_id]
    return [s.strip() for s in sides[lang][offset : offset + len(english)]], english


def build(folder: Path) -> tuple[Path, Path, Path]:
    """Write ``in/``, ``memory.jsonl`` and an empty ``models/`` under ``folder``; return their paths."""
    inputs, memory, models = folder / "in", folder / "memory.jsonl", folder / "models"
    shutil.rmtree(inputs, ignore_errors=True)
    inputs.mkdir(parents=True)
    models.mkdir(exist_ok=True)
    docs, sides = _sides()
    pairs: list[dict[str, str]] = []

    def add_pairs(lang: str, source: list[str], english: list[str]) -> None:
        pairs.extend({"source_lang": lang, "target_lang": "en", "source": s, "target": e}
                     for s, e in zip(source, english) if s)

    for day, seed in enumerate(sorted(SEEDS.glob("*.txt"))):
        shutil.copy(seed, inputs / seed.name)
    shutil.copy(sorted(SEEDS.glob("*.txt"))[1], inputs / "zz_duplicate_of_001.txt")
    for lang, ids in TXT_DOCS.items():
        for k, doc_id in enumerate(ids):
            source, english = _source(docs, sides, doc_id, lang)
            add_pairs(lang, source, english)
            text = "\n\n".join([source[0], f"{1 + k % 3} {MONTHS[lang]} 2026", *source[1:]]) + "\n"
            (inputs / f"ntrex_{lang}_{doc_id}.txt").write_text(text, encoding="utf-8")

    lang, doc_id = HTML_DOC
    source, english = _source(docs, sides, doc_id, lang)
    add_pairs(lang, source, english)
    body = "".join(f"<p>{s}</p>" for s in source[1:])
    (inputs / f"ntrex_{lang}_{doc_id}.html").write_text(
        f"<!doctype html><html lang='sq'><head><title>{source[0]}</title></head><body><nav>Kreu | Sport</nav>"
        f"<article><h1>{source[0]}</h1><p>2 mars 2026</p>{body}</article><footer>© 2026</footer></body></html>\n",
        encoding="utf-8",
    )
    lang, doc_id = LEGACY_DOC
    source, english = _source(docs, sides, doc_id, lang)
    add_pairs(lang, source, english)
    text = "\n\n".join([source[0], f"3 {MONTHS[lang]} 2026", *source[1:]]) + "\n"
    (inputs / f"ntrex_{lang}_{doc_id}_cp1256.txt").write_bytes(text.encode("cp1256", errors="replace"))
    lang, doc_id = RECORD_DOC
    source, english = _source(docs, sides, doc_id, lang)
    add_pairs(lang, source, english)
    record = {"url": f"https://example.invalid/{doc_id}", "title": source[0], "published": "2026-03-01",
              "text": "\n\n".join(source[1:])}
    (inputs / "feed.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n" + '{"url": "https://example.invalid/x", "text": "unterminated\n',
                                       encoding="utf-8")

    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 8 + b"\x7fELF\x00\x00")
    (inputs / "german.txt").write_text(GERMAN, encoding="utf-8")
    (inputs / "boilerplate.txt").write_text(BOILERPLATE, encoding="utf-8")
    (inputs / "sq_no_memory.txt").write_text(ALBANIAN_NO_MEMORY, encoding="utf-8")

    seed_memory = (SEEDS / "translation_memory.jsonl").read_text(encoding="utf-8")
    memory.write_text(seed_memory + "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
    return inputs, memory, models


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="where to build in/, memory.jsonl, models/ (and out/ with --run)")
    parser.add_argument("--run", action="store_true", help="run the night and print exit code, stderr and brief.md")
    parser.add_argument("--exe", default=str(Path(sys.executable).with_name("translate-summarize")),
                        help="translate-summarize executable to run (default: the one beside this Python)")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: FOLDER/out)")
    args = parser.parse_args()
    inputs, memory, models = build(args.folder)
    print(f"{sum(1 for p in inputs.iterdir())} inputs in {inputs}; memory {memory}")
    if not args.run:
        return
    out = args.out or args.folder / "out"
    cmd = [args.exe, "run", str(inputs), "--memory", str(memory), "--out", str(out), "--models-dir", str(models),
           "--run-date", RUN_DATE, "-q"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    print(f"$ {' '.join(cmd)}\nexit {done.returncode}")
    print("--- stdout ---\n" + done.stdout + "--- stderr ---\n" + done.stderr + "--- brief.md ---")
    brief = out / RUN_DATE / "brief.md"
    print(brief.read_text(encoding="utf-8") if brief.is_file() else f"(no {brief})")


if __name__ == "__main__":
    main()
