"""Rebuild ``translate_summarize/data/background_df.json``: the general-English document frequencies of topics.

Two parts, added term by term (``n_docs`` is the sum):

- the English side of FLORES-200 devtest (``../shared/eval/flores200_devtest``: 1,012 sentences from
  281 Wikinews/Wikivoyage/Wikibooks articles, grouped into documents by the article URL in
  ``metadata_devtest.tsv``; CC BY-SA 4.0, https://github.com/facebookresearch/flores);
- :data:`WORDFREQ_DOCS` pseudo-documents of :data:`WORDFREQ_DOC_LENGTH` words from the ``wordfreq``
  package's ``large`` English word frequencies (Wikipedia, subtitles, news, books, web text, Twitter,
  Reddit; data CC BY-SA 4.0, https://github.com/rspeer/wordfreq): a term (the summed frequency ``f``
  of the words that stem to it) is in ``WORDFREQ_DOCS * (1 - exp(-f * WORDFREQ_DOC_LENGTH))`` of
  them, rounded (:func:`pseudo_df`).

Terms with a total df under :data:`MIN_DF` are left out (the product treats them as unseen: df 0),
which halves the file (1.26 MB -> 0.70 MB); the eval figures at the defaults move by at most 0.001
F1 (UCI 0.773 -> 0.774; MIN_DF 5 would cost ECB+ 0.011). Terms come from the same analyzer as the
topic vectors (``topic_vectors.make_analyzer``). Usage:
``python bench/build_background_idf.py [--check]`` (needs ``wordfreq``, in the ``eval`` extra;
``--check`` exits 1 if the bundled file differs from a rebuild).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Mapping

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate_summarize.render.atomic import write_text  # noqa: E402
from translate_summarize.topic_vectors import make_analyzer  # noqa: E402

FLORES = ROOT.parent / "shared" / "eval" / "flores200_devtest"
TARGET = ROOT / "translate_summarize" / "data" / "background_df.json"
WORDFREQ_DOCS = 100_000
"""Pseudo-documents the wordfreq list stands for (its weight beside the 281 FLORES articles)."""
WORDFREQ_DOC_LENGTH = 100
"""Words per pseudo-document."""
MIN_DF = 2
"""Terms with a smaller background df are left out of the bundled table (a rarer term counts as unseen)."""


def pseudo_df(frequencies: Mapping[str, float], analyze: Callable[[str], list[str]], *,
              docs: int = WORDFREQ_DOCS, length: int = WORDFREQ_DOC_LENGTH) -> dict[str, int]:
    """Pseudo document frequencies of the terms of ``word -> frequency``: the frequencies of the words
    that analyse to a term are added, and a term of frequency ``f`` is in ``docs * (1 - exp(-f * length))``
    documents, rounded; terms under one document are left out."""
    term_freq: dict[str, float] = {}
    for word, f in frequencies.items():
        for term in analyze(word):
            term_freq[term] = term_freq.get(term, 0.0) + f
    out: dict[str, int] = {}
    for term, f in term_freq.items():
        count = round(-docs * math.expm1(-f * length))
        if count >= 1:
            out[term] = count
    return out


def wordfreq_english() -> Mapping[str, float]:
    """wordfreq's ``large`` English list, word -> frequency."""
    import wordfreq

    return wordfreq.get_frequency_dict("en", "large")


def flores_df(flores: Path = FLORES) -> tuple[int, Counter[str]]:
    """FLORES-200 devtest English: (articles, term -> articles it is in)."""
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
    return len(docs), df


def general_df(flores: Path = FLORES, frequencies: Mapping[str, float] | None = None) -> tuple[int, dict[str, int]]:
    """FLORES plus the wordfreq pseudo-documents, every term kept: (documents, term -> df)."""
    n_flores, df = flores_df(flores)
    total: dict[str, int] = dict(df)
    freqs = wordfreq_english() if frequencies is None else frequencies
    for term, count in pseudo_df(freqs, make_analyzer()).items():
        total[term] = total.get(term, 0) + count
    return n_flores + WORDFREQ_DOCS, total


def build(flores: Path = FLORES, frequencies: Mapping[str, float] | None = None, min_df: int = MIN_DF) -> dict:
    """The background table as a JSON-ready dict (terms sorted; df under ``min_df`` left out)."""
    n_docs, df = general_df(flores, frequencies)
    return {
        "about": "Document frequencies of the general-English background for topic TF-IDF: FLORES-200 devtest "
        "English (281 articles grouped by URL; CC BY-SA 4.0, https://github.com/facebookresearch/flores) plus "
        f"{WORDFREQ_DOCS:,} pseudo-documents of {WORDFREQ_DOC_LENGTH} words from the wordfreq 'large' English "
        "word frequencies (data CC BY-SA 4.0, https://github.com/rspeer/wordfreq); terms with df under "
        f"{min_df} left out. Rebuilt by bench/build_background_idf.py.",
        "n_docs": n_docs,
        "df": {t: c for t, c in sorted(df.items()) if c >= min_df},
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
