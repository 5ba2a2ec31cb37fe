"""The scale-out workload: NTREX-128 dev documents as page dumps, part memory-backed, part model-bound.

``write_corpus(dest, memory_docs=20, model_docs=6)`` writes:

- ``pages/<doc>_ar_<k>.txt`` for the first ``memory_docs`` documents on their Arabic side, with the
  NTREX ar→en pairs in ``memory.jsonl`` (so their translation is a memory hit);
- ``pages/<doc>_sq_<k>.txt`` for the next ``model_docs`` documents on their Albanian side, with no
  memory pairs (so every segment goes to the sq→en model).

Page dumps look like ``bench/nightly.py``'s: headline, dateline, one paragraph per sentence. Copy k
(``replicas`` > 1) is dated k days later, so each copy has its own content id. Used by
``bench/scale.py`` and ``tests/test_dask.py``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import DEFAULT_DIR, load_documents  # noqa: E402

SIDES = {"ar": "newstest2019-ref.arb.txt", "sq": "newstest2019-ref.sqi.txt"}
MONTHS = {"ar": "مارس", "sq": "mars"}


@dataclass(frozen=True, slots=True)
class Corpus:
    pages: Path
    memory: Path
    memory_pages: int
    model_pages: int
    model_segments: int
    """Albanian sentences (headline included) the model must translate, over all copies."""


def write_corpus(dest: Path, memory_docs: int = 20, model_docs: int = 6, replicas: int = 1,
                 directory: Path = DEFAULT_DIR) -> Corpus:
    """Write the pages and the memory file under ``dest`` (which must not hold a corpus yet)."""
    docs = load_documents(directory)
    if memory_docs + model_docs > len(docs):
        raise ValueError(f"only {len(docs)} NTREX documents")
    sides = {lang: (directory / name).read_text(encoding="utf-8").splitlines() for lang, name in SIDES.items()}
    pages = dest / "pages"
    pages.mkdir(parents=True)
    pairs: list[dict[str, str]] = []
    offset = 0
    counts = {"ar": 0, "sq": 0}
    model_segments = 0
    for n, doc in enumerate(docs[: memory_docs + model_docs]):
        english = [doc.headline, *doc.body]
        lang = "ar" if n < memory_docs else "sq"
        source = [s.strip() for s in sides[lang][offset : offset + len(english)]]
        offset += len(english)
        if lang == "ar":
            pairs += [{"source_lang": "ar", "target_lang": "en", "source": s, "target": e}
                      for s, e in zip(source, english) if s]
        else:
            model_segments += sum(1 for s in source if s) * replicas
        for k in range(replicas):
            text = "\n\n".join([source[0], f"{1 + k} {MONTHS[lang]} 2024", *source[1:]]) + "\n"
            (pages / f"{doc.doc_id}_{lang}_{k:02d}.txt").write_text(text, encoding="utf-8")
            counts[lang] += 1
    memory = dest / "memory.jsonl"
    memory.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
    return Corpus(pages, memory, counts["ar"], counts["sq"], model_segments)
