"""Extraction eval gate: score the real pipeline (ingest → clean → langid → segment) on annotated pages.

Annotated corpora (same gold format, see ``seeds/gold.json``):
  * ``seeds``: the five seed pages, ``seeds/gold.json``;
  * ``pages``: held-out pages written for this gate, ``tests/data/pages/gold.json`` (written before
    the tuning round that used them; their first, blind scores are in docs/benchmarks.md);
  * ``blind``: pages written after the last tuning round and never tuned on,
    ``tests/data/blind/gold.json``: their floors are what the cleaner scores on unseen pages;
  * ``ntrex-dev`` and ``ntrex-heldout``: 3,015 generated page dumps of the NTREX dev documents in
    Arabic and Albanian (and English editions of a few; ``tests/data/ntrex_pages/``, written by
    ``bench/make_pages.py``), split by site template: templates t1-t74 are tuned on (t6-t8 were
    held out until 2026-12-01, t18-t20 until that day's second round, t21-t23 until its third,
    t24-t26 until 2026-12-02, t27-t29 until that day's second round, t30-t32 until its third,
    t33-t35 until its fourth, t36-t38 until its fifth, t39-t41 until its sixth, t42-t44 until its
    seventh, t45-t47 until 2026-12-03, t48-t50 until that day's second round, t51-t53 until its third,
    t54-t56 until its fourth, t57-t59 until its fifth, t60-t62 until its sixth, t63-t65 until its seventh, t66-t68 until its eighth, t69-t71 until its ninth, t72-t74 until its tenth), t75-t77
    (``bench/heldout_pages20.py``, written blind) are held out (never looked at
    to change the cleaner) and reported separately. Their totals are also given
    per template (``ntrex-dev:t1`` ...) and per furniture block (which title failure kinds each
    block provokes).

Per page: body line precision/recall/F1 (over lines non-blank after ``str.strip()`` inside the gold
ranges vs the lines covered by the extracted paragraphs' ``source_lines``), title exact (text and
line), date, language, outlet and credited-source exact, heading-line F1. Totals per corpus are
micro-averaged (lines pooled) for P/R/F1 and exact-match rates for the rest.

Floors are pinned in ``bench/extraction_floors.json`` per corpus and metric; the script exits 1
naming every metric that fell below its floor, 0 otherwise (2 on a usage error).

Usage::

    python bench/eval_extraction.py                 # table + totals + floor check
    python bench/eval_extraction.py --json out.json # also write the measured figures
    python bench/eval_extraction.py --pin           # rewrite the floors at the measured values
    python bench/eval_extraction.py --hide-heldout  # held-out templates as totals only (while tuning)
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate_summarize.article import Article  # noqa: E402
from translate_summarize.extract import extract  # noqa: E402
from translate_summarize.ingest import iter_articles  # noqa: E402
from translate_summarize.render.atomic import write_text  # noqa: E402
from translate_summarize.settings import Settings  # noqa: E402

NTREX_PAGES = ROOT / "tests" / "data" / "ntrex_pages" / "gold.json"


@dataclass(frozen=True, slots=True)
class Corpus:
    """An annotated corpus: its gold file, and for the generated pages which templates it takes."""

    gold: Path
    heldout: bool | None = None
    """For the generated pages: True for the held-out templates, False for the tuning ones."""

    def records(self) -> list[dict[str, Any]]:
        articles = json.loads(self.gold.read_text(encoding="utf-8"))["articles"]
        return [a for a in articles if self.heldout is None or a["heldout"] == self.heldout]


CORPORA: dict[str, Corpus] = {
    "seeds": Corpus(ROOT / "seeds" / "gold.json"),
    "pages": Corpus(ROOT / "tests" / "data" / "pages" / "gold.json"),
    "blind": Corpus(ROOT / "tests" / "data" / "blind" / "gold.json"),
    "ntrex-dev": Corpus(NTREX_PAGES, heldout=False),
    "ntrex-heldout": Corpus(NTREX_PAGES, heldout=True),
}
SMALL = ("seeds", "pages", "blind")
"""Corpora printed page by page; the generated ones print only the pages with a miss (--all: every page)."""
FLOORS = Path(__file__).with_name("extraction_floors.json")
METRICS: tuple[str, ...] = (
    "body_precision", "body_recall", "body_f1", "min_page_body_f1", "title_exact", "date_exact",
    "lang_exact", "outlet_exact", "credited_exact", "heading_f1",
)


@dataclass(slots=True)
class Counts:
    """Pooled true/false positive/negative counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[int], got: set[int]) -> None:
        self.tp += len(gold & got)
        self.fp += len(got - gold)
        self.fn += len(gold - got)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass(slots=True)
class PageResult:
    corpus: str
    file: str
    status: str
    body: Counts
    headings: Counts
    exact: dict[str, bool]
    notes: list[str] = field(default_factory=list)
    template: str | None = None
    furniture: tuple[str, ...] = ()


def gold_body_lines(raw: str, ranges: Sequence[Sequence[int]]) -> set[int]:
    """Line numbers inside the gold ranges whose text is non-blank after ``str.strip()``."""
    lines = raw.split("\n")
    return {n for lo, hi in ranges for n in range(lo, hi + 1) if n <= len(lines) and lines[n - 1].strip()}


def extracted_lines(article: Article, raw: str) -> set[int]:
    """Non-blank line numbers covered by the article's paragraphs."""
    lines = raw.split("\n")
    return {
        n
        for p in article.paragraphs
        for n in range(p.source_lines[0], p.source_lines[1] + 1)
        if 0 < n <= len(lines) and lines[n - 1].strip()
    }


def score_page(corpus: str, gold: dict[str, Any], path: Path, settings: Settings) -> PageResult:
    """Run ingest → extract on one annotated page and compare with its gold record."""
    ingested = list(iter_articles([path], settings))
    if len(ingested) != 1:
        raise SystemExit(f"{path}: expected one article from ingest, got {len(ingested)}")
    raw = ingested[0].raw or ""
    article = extract(ingested[0], settings)
    want = gold_body_lines(raw, gold["body_lines"])
    got = extracted_lines(article, raw)
    body, heads = Counts(), Counts()
    body.add(want, got)
    heads.add(set(gold.get("heading_lines") or ()), {p.source_lines[0] for p in article.paragraphs if p.heading})
    exact = {
        "title_exact": article.title == gold["title"] and article.title_line == gold["title_line"],
        "date_exact": article.published == gold["published"],
        "lang_exact": article.lang == gold["lang"],
        "outlet_exact": article.outlet == gold["outlet"],
        "credited_exact": article.credited_source == gold["credited_source"],
    }
    notes = []
    if got - want:
        notes.append(f"extra lines {sorted(got - want)}")
    if want - got:
        notes.append(f"missing lines {sorted(want - got)}")
    for name, ok in exact.items():
        if not ok:
            field_name = {"title_exact": "title", "date_exact": "published", "lang_exact": "lang",
                          "outlet_exact": "outlet", "credited_exact": "credited_source"}[name]
            got_value = getattr(article, field_name)
            want_value = gold[field_name]
            if name == "title_exact":
                got_value, want_value = (article.title_line, article.title), (gold["title_line"], gold["title"])
            notes.append(f"{field_name}: got {got_value!r}, want {want_value!r}")
    if article.status != "ok":
        notes.append(f"status {article.status}: {article.reason}")
    return PageResult(corpus, gold["file"], article.status, body, heads, exact, notes,
                      gold.get("template"), tuple(gold.get("furniture") or ()))


def corpus_totals(pages: Sequence[PageResult]) -> dict[str, float]:
    """Pooled line P/R/F1, worst page F1, exact-match rates and heading F1 of a group of pages."""
    body, heads = Counts(), Counts()
    for r in pages:
        body.tp, body.fp, body.fn = body.tp + r.body.tp, body.fp + r.body.fp, body.fn + r.body.fn
        heads.tp, heads.fp, heads.fn = heads.tp + r.headings.tp, heads.fp + r.headings.fp, heads.fn + r.headings.fn
    p, rcl, f = body.prf()
    return {
        "pages": float(len(pages)),
        "body_precision": p,
        "body_recall": rcl,
        "body_f1": f,
        "min_page_body_f1": min(r.body.prf()[2] for r in pages),
        **{name: sum(r.exact[name] for r in pages) / len(pages) for name in pages[0].exact},
        "heading_f1": heads.prf()[2],
    }


def evaluate(corpora: dict[str, Corpus], settings: Settings) -> tuple[list[PageResult], dict[str, dict[str, float]]]:
    """Score every annotated page; return per-page results and totals per corpus and, for the
    generated pages, per template (``ntrex-dev:t1``)."""
    results: list[PageResult] = []
    totals: dict[str, dict[str, float]] = {}
    for corpus, spec in corpora.items():
        pages = [score_page(corpus, g, spec.gold.parent / g["file"], settings) for g in spec.records()]
        results += pages
        totals[corpus] = corpus_totals(pages)
        for template in sorted({r.template for r in pages if r.template}, key=lambda t: (len(t), t)):
            totals[f"{corpus}:{template}"] = corpus_totals([r for r in pages if r.template == template])
    return results, totals


def furniture_table(results: Sequence[PageResult]) -> dict[str, dict[str, tuple[int, int]]]:
    """For every furniture block of the generated pages: ``{block: {corpus: (pages, titles right)}}``."""
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for r in results:
        for block in r.furniture:
            n, ok = out.setdefault(block, {}).get(r.corpus, (0, 0))
            out[block][r.corpus] = (n + 1, ok + r.exact["title_exact"])
    return dict(sorted(out.items()))


def check_floors(totals: dict[str, dict[str, float]], floors: dict[str, Any]) -> list[str]:
    """Messages for every metric below its pinned floor (a tiny tolerance absorbs float noise)."""
    failures = []
    for corpus, pinned in floors["floors"].items():
        if corpus not in totals:
            failures.append(f"corpus {corpus!r} has floors but was not evaluated")
            continue
        for metric, floor in pinned.items():
            value = totals[corpus].get(metric)
            if value is None:
                failures.append(f"{corpus}: metric {metric!r} has a floor but was not measured")
            elif value + 1e-9 < floor:
                failures.append(f"{corpus}: {metric} = {value:.4f} fell below its floor {floor:.4f}")
    return failures


HELDOUT = frozenset(name for name, spec in CORPORA.items() if spec.heldout)
"""Corpora whose pages are never looked at one by one while tuning (``--hide-heldout``)."""


def print_report(
    results: list[PageResult], totals: dict[str, dict[str, float]], every_page: bool = False, hide: frozenset[str] = frozenset()
) -> None:
    """The per-page table (pages with a miss; all with ``every_page``), the furniture table and
    the totals; corpora in ``hide`` appear only in the totals."""
    head = f"{'corpus':<13} {'file':<28} {'status':<7} {'P':>6} {'R':>6} {'F1':>6} {'head F1':>7}  title date lang outlet credit"
    print(head)
    print("-" * len(head))
    mark = {True: "  ok ", False: "  -- "}
    for r in results:
        if r.corpus in hide or not (every_page or r.corpus in SMALL or r.notes):
            continue
        p, rc, f = r.body.prf()
        print(
            f"{r.corpus:<13} {r.file[:28]:<28} {r.status:<7} {p:6.3f} {rc:6.3f} {f:6.3f} {r.headings.prf()[2]:7.3f} "
            + "".join(mark[r.exact[k]] for k in ("title_exact", "date_exact", "lang_exact", "outlet_exact", "credited_exact"))
        )
        for note in r.notes:
            print(f"{'':<8}{note}")
    blocks = furniture_table([r for r in results if r.corpus not in hide])
    if blocks:
        generated = sorted({r.corpus for r in results if r.furniture})
        print()
        print("titles right on generated pages holding each furniture block (pages with the block: right/all)")
        print(f"{'block':<20} " + " ".join(f"{c:>15}" for c in generated))
        for block, per in blocks.items():
            cells = [f"{per[c][1]:>7}/{per[c][0]:<7}" if c in per else f"{'-':>15}" for c in generated]
            print(f"{block:<20} " + " ".join(cells))
    print()
    print(f"{'corpus':<16} {'pages':>5} " + " ".join(f"{m:>16}" for m in METRICS))
    for corpus, t in totals.items():
        print(f"{corpus:<16} {int(t['pages']):>5} " + " ".join(f"{t[m]:16.4f}" for m in METRICS))


def write_json_atomic(path: Path, data: Any) -> None:
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--floors", type=Path, default=FLOORS, help="pinned floors JSON (default: %(default)s)")
    parser.add_argument("--json", type=Path, help="also write per-page results and totals to this JSON file")
    parser.add_argument("--pin", action="store_true", help="rewrite the floors file at the measured values")
    parser.add_argument("--all", action="store_true", help="print every generated page, not only those with a miss")
    parser.add_argument("--hide-heldout", action="store_true",
                        help="print the held-out templates as totals only, no page or furniture rows (while tuning)")
    args = parser.parse_args(argv)

    results, totals = evaluate(CORPORA, Settings())
    print_report(results, totals, every_page=args.all, hide=HELDOUT if args.hide_heldout else frozenset())
    if args.json:
        write_json_atomic(args.json, {
            "totals": totals,
            "pages": [{"corpus": r.corpus, "file": r.file, "template": r.template, "status": r.status, "body_prf": r.body.prf(),
                       "heading_f1": r.headings.prf()[2], **r.exact, "notes": r.notes} for r in results
                      if not (args.hide_heldout and r.corpus in HELDOUT)],
        })
    if args.pin:
        pinned = {c: {m: round(t[m] - 5e-5, 4) if t[m] < 1 else 1.0 for m in METRICS} for c, t in totals.items()}
        write_json_atomic(args.floors, {
            "about": "Floors of bench/eval_extraction.py, pinned at measured values (rounded down to 4 places); "
                     "CI fails when a metric of a corpus drops below its floor. Raise them when extraction improves.",
            "floors": pinned,
        })
        print(f"\nfloors pinned in {args.floors}")
        return 0
    try:
        floors = json.loads(args.floors.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"cannot read floors {args.floors}: {exc}", file=sys.stderr)
        return 2
    failures = check_floors(totals, floors)
    print()
    if failures:
        for msg in failures:
            print(f"FLOOR DROPPED: {msg}")
        return 1
    print(f"all floors held ({sum(len(v) for v in floors['floors'].values())} metrics, {args.floors.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
