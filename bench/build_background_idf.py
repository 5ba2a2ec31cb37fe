"""Rebuild ``translate_summarize/data/background_df.json``: the background document frequencies of topics.

The background corpus is the English side of FLORES-200 devtest (``../shared/eval/flores200_devtest``:
1,012 sentences from 281 Wikinews/Wikivoyage/Wikibooks articles, grouped into documents by the
article URL in ``metadata_devtest.tsv``; CC BY-SA 4.0). Terms come from the same analyzer as the
topic vectors (``topic_vectors.make_analyzer``). Usage: ``python bench/build_background_idf.py [--check]``
(``--check`` exits 1 if the bundled file differs from a rebuild).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate_summarize.render.atomic import write_text  # noqa: E402
from translate_summarize.topic_vectors import make_analyzer  # noqa: E402

FLORES = ROOT.parent / "shared" / "eval" / "flores200_devtest"
TARGET = ROOT / "translate_summarize" / "data" / "background_df.json"


def build(flores: Path = FLORES) -> dict:
    """The background table as a JSON-ready dict (terms sorted)."""
    urls = [line.split("\t")[0] for line in (flores / "metadata_devtest.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    sentences = (flores / "eng_Latn.devtest").read_text(encoding="utf-8").splitlines()
    if len(urls) != len(sentences):
        raise ValueError(f"{flores}: {len(urls)} metadata rows for {len(sentences)} sentences")
    docs: dict[str, list[str]] = {}
    for url, sentence in zip(urls, sentences):
        docs.setdefault(url, []).append(sentence)
    analyze = make_analyzer()
    df: Counter[str] = Counter()
    for text in docs.values():
        df.update(set(analyze("\n".join(text))))
    return {
        "about": "Document frequencies of the background corpus for topic TF-IDF: FLORES-200 devtest English "
        "(281 articles grouped by URL; CC BY-SA 4.0, https://github.com/facebookresearch/flores). "
        "Rebuilt by bench/build_background_idf.py.",
        "n_docs": len(docs),
        "df": dict(sorted(df.items())),
    }


def render(table: dict) -> str:
    return json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the bundled file instead of writing it")
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        same = TARGET.read_text(encoding="utf-8") == text
        print("background table up to date" if same else f"{TARGET} differs from a rebuild")
        return 0 if same else 1
    write_text(TARGET, text)
    os.chmod(TARGET, 0o644)  # package data, readable by all (the temp file was 0600)
    print(f"wrote {TARGET} ({len(json.loads(text)['df'])} terms, {json.loads(text)['n_docs']} documents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
