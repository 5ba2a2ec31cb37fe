"""NTREX-128 dev documents and editor summary picks, for the summary benchmarks and evaluation.

Documents are rebuilt from ``DOCUMENT_IDS.tsv`` (consecutive lines with the same id form one
document); the first line of each document is its headline, the rest its body sentences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ntrex128_dev"


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    headline: str
    body: tuple[str, ...]


def load_documents(directory: Path = DEFAULT_DIR) -> list[Document]:
    """Every document of the English source, in file order."""
    ids = (directory / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    lines = (directory / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    if len(ids) != len(lines):
        raise ValueError(f"{directory}: {len(ids)} document ids for {len(lines)} sentences")
    groups: list[tuple[str, list[str]]] = []
    for doc_id, line in zip(ids, lines):
        doc_id = doc_id.strip()
        if not groups or groups[-1][0] != doc_id:
            groups.append((doc_id, []))
        groups[-1][1].append(line.strip())
    return [Document(doc_id, sents[0], tuple(sents[1:])) for doc_id, sents in groups]


def load_picks(directory: Path = DEFAULT_DIR) -> dict[str, list[int]]:
    """Editor picks: document id → sorted 0-based body indices."""
    data = json.loads((directory / "summary_picks.json").read_text(encoding="utf-8"))
    return {doc_id: sorted(int(i) for i in d["picks"]) for doc_id, d in data["docs"].items()}


def selection_f1(chosen: list[int], gold: list[int]) -> float:
    """F1 between two index sets (1.0 when both are empty)."""
    a, b = set(chosen), set(gold)
    if not a and not b:
        return 1.0
    hits = len(a & b)
    if hits == 0:
        return 0.0
    precision, recall = hits / len(a), hits / len(b)
    return 2 * precision * recall / (precision + recall)
