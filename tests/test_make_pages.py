"""The generated NTREX page set is what bench/make_pages.py writes, and its annotations hold by construction."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "make_pages.py"
PAGES = ROOT / "tests" / "data" / "ntrex_pages"


@pytest.fixture(scope="module")
def maker() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("make_pages", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def test_committed_pages_are_the_generator_output(maker: ModuleType, shared: Path) -> None:
    assert maker.main(["--check", "--ntrex", str(shared / "eval" / "ntrex128_dev")]) == 0


def test_annotations_point_at_the_document_text(maker: ModuleType, shared: Path) -> None:
    """Title lines hold the headline, body lines hold only the document's own sentences, in order."""
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    docs = {lang: {d.doc_id: d for d in maker.load_docs(lang, shared / "eval" / "ntrex128_dev")} for lang in ("ar", "sq", "en")}
    for record in gold["articles"]:
        doc = docs[record["lang"]][record["doc_id"]]
        lines = (PAGES / record["file"]).read_text(encoding="utf-8").split("\n")
        first, last = record["title_lines"]
        assert " ".join(lines[first - 1 : last]) == record["title"] == doc.headline, record["file"]
        body = " ".join(lines[n - 1] for lo, hi in record["body_lines"] for n in range(lo, hi + 1) if lines[n - 1].strip())
        expected = " ".join(doc.sentences)
        if "standfirst" in record["furniture"]:  # shown without its full stop on some sites
            expected = " ".join((lines[record["body_lines"][0][0] - 1], *doc.sentences[1:]))
            assert lines[record["body_lines"][0][0] - 1] in (doc.sentences[0], maker._strip_stop(doc.sentences[0]))
        assert expected.startswith(body), record["file"]
        if record["kind"] == "full":
            assert body == expected, record["file"]
        else:
            assert 0 < len(body) < len(expected)
        assert set(record["heading_lines"]) <= {n for lo, hi in record["body_lines"] for n in range(lo, hi + 1)}


def test_split_title_breaks_at_a_word_near_the_middle(maker: ModuleType) -> None:
    import random

    parts = maker.split_title("Indonesia Tsunami and Quake Devastate an Island, Killing Hundreds", random.Random(1))
    assert len(parts) == 2 and " ".join(parts) == "Indonesia Tsunami and Quake Devastate an Island, Killing Hundreds"
    assert all(len(p.split()) >= 3 for p in parts)
    assert maker.split_title("Trump rallies in West Virginia", random.Random(1)) == ["Trump rallies in West Virginia"]


def test_standfirst_loses_only_a_final_full_stop(maker: ModuleType) -> None:
    assert maker._strip_stop("Qindra të vrarë nga cunami.") == "Qindra të vrarë nga cunami"
    assert maker._strip_stop('Ai tha: "Jo."') == 'Ai tha: "Jo."'
    assert maker._strip_stop("بلا نقطة") == "بلا نقطة"
