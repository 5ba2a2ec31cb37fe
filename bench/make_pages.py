"""Generate the NTREX page-dump set: Arabic and Albanian news pages with realistic site furniture.

Every page is one NTREX-128 dev document (``../shared/eval/ntrex128_dev/``: headline + body
sentences, human Arabic and Albanian translations line-aligned with the English originals) dressed
in the furniture of one of seventy-seven site templates, each with an Arabic and an Albanian edition
worded as such sites word it: menus, section labels above the headline, tickers ("عاجل", "E fundit"),
"most read" lists before or after the article, teaser blocks of other articles before and after,
standfirsts (with or without their full stop), bylines, photo captions, share bars, newsletter
boxes, tags, comments and footers, multi-line headlines, very short articles, and short articles
followed by a longer "read also" teaser. Other articles' headlines and sentences in that furniture
come from the other NTREX documents of the same language.

Annotated by construction: every line is written with its role (title, body, heading, furniture),
so ``gold.json`` holds the title (lines joined by a space when the headline spans two lines) and
its first line, the body line ranges, heading lines (body sentences whose English original is a
short unpunctuated line followed by more text: subheadings), the publication date written on the
page, the language, the outlet (the site's name) and the credited wire (a "Source: Reuters" line).

Templates ``t1``-``t5`` are the development templates. Later tuning rounds added templates
``t9``-``t11``, ``t12``-``t15`` and ``t16``-``t17`` (one more page per (document, language) each
round; ``t12``-``t15`` also have English editions of every fourth document). ``t6``-``t8`` were
held out until 2026-12-01 (written with ``t1``-``t5`` before any tuning, never looked at to change
the cleaner), ``t18``-``t20`` (``bench/heldout_pages.py``, written blind that morning) until the
second round of that day and ``t21``-``t23`` (``bench/heldout_pages2.py``, written blind in that
second round) until the third, ``t24``-``t26`` (``bench/heldout_pages3.py``, written blind in
that third round) until 2026-12-02 and ``t27``-``t29`` (``bench/heldout_pages4.py``, written blind
on 2026-12-02) until that day's second round, ``t30``-``t32`` (``bench/heldout_pages5.py``,
written blind in that second round) until its third, ``t33``-``t35``
(``bench/heldout_pages6.py``, written blind in that third round) until its fourth and ``t36``-``t38``
(``bench/heldout_pages7.py``, written blind in that fourth round) until its fifth and ``t39``-``t41``
(``bench/heldout_pages8.py``, written blind in that fifth round) until its sixth and ``t42``-``t44``
(``bench/heldout_pages9.py``, written blind in that sixth round) until its seventh and ``t45``-``t47``
(``bench/heldout_pages10.py``, written blind in that seventh round) until 2026-12-03 and ``t48``-``t50``
(``bench/heldout_pages11.py``, written blind that morning) until 2026-12-03 08:00 and ``t51``-``t53``
(``bench/heldout_pages12.py``, written blind that morning) until 2026-12-03 08:30 and ``t54``-``t56``
(``bench/heldout_pages13.py``, written blind that morning) until 2026-12-03 13:20 and ``t57``-``t59``
(``bench/heldout_pages14.py``, written blind that day) until 2026-12-03 13:50 and ``t60``-``t62``
(``bench/heldout_pages15.py``, written blind that day) until 2026-12-03 15:02 and ``t63``-``t65``
(``bench/heldout_pages16.py``, written blind that day) until 2026-12-03 15:18 and ``t66``-``t68``
(``bench/heldout_pages17.py``, written blind that day) until 2026-12-03 17:47 and ``t69``-``t71``
(``bench/heldout_pages18.py``, written blind that day) until 2026-12-03 18:14 and ``t72``-``t74``
(``bench/heldout_pages19.py``, written blind that day) until 2026-12-03 21:14; all are tuning
templates since. The held-out templates are now ``t75``-``t77``, in their own module
``bench/heldout_pages20.py`` (written blind on 2026-12-03, by a helper that had not read the
cleaner nor its tests; people changing the cleaner leave that module and those pages unread).
Each (document, language) appears
once in each round: once among ``t1``-``t5``, ``t6``-``t8``, ``t9``-``t11``, ``t12``-``t15``,
``t16``-``t17``, ``t18``-``t20``, ``t21``-``t23``, ``t24``-``t26``, ``t27``-``t29``, ``t30``-``t32``,
``t33``-``t35``, ``t36``-``t38``, ``t39``-``t41``, ``t42``-``t44``, ``t45``-``t47``, ``t48``-``t50``,
``t51``-``t53``, ``t54``-``t56``, ``t57``-``t59``, ``t60``-``t62``, ``t63``-``t65``, ``t66``-``t68``, ``t69``-``t71``, ``t72``-``t74`` and ``t75``-``t77``, so the held-out
pages hold the same articles as the tuning ones.
Deterministic: the same input gives byte-identical files.

Usage::

    python bench/make_pages.py                  # (re)write tests/data/ntrex_pages/
    python bench/make_pages.py --check          # exit 1 when the committed files differ
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ntrex import DEFAULT_DIR as NTREX_DIR  # noqa: E402

from translate_summarize.render.atomic import write_text  # noqa: E402

OUT_DIR = ROOT / "tests" / "data" / "ntrex_pages"
LANG_FILES = {"ar": "newstest2019-ref.arb.txt", "sq": "newstest2019-ref.sqi.txt", "en": "newstest2019-src.eng.txt"}
DEV_TEMPLATES = ("t1", "t2", "t3", "t4", "t5")
ROUND2_TEMPLATES = ("t9", "t10", "t11")
"""Tuning templates added after the first tuning round (written without looking at the held-out
pages): each (document, language) gets one more page in one of them."""
ROUND3_TEMPLATES = ("t12", "t13", "t14", "t15")
"""Tuning templates of the third round (post-article blocks of real sites, live blogs, galleries,
pull quotes; written without looking at the held-out pages): one more page per (document,
language), and English editions of every fourth document."""
ROUND4_TEMPLATES = ("t16", "t17")
"""Tuning templates of the fourth round (issue 11's title failure kinds in layouts the other tuning
templates lack; written without looking at the held-out pages): one more page per (document,
language)."""
FORMER_HELDOUT_TEMPLATES = ("t6", "t7", "t8")
"""Held out until 2026-12-01: written with ``t1``-``t5`` before any tuning and never looked at to
change the cleaner; first scored blind then (docs/benchmarks.md), and moved to the tuning templates
when the new held-out round ``t18``-``t20`` was written (their pages kept byte for byte)."""
ROUND5_TEMPLATES = ("t18", "t19", "t20")
"""Held out until 2026-12-01 (second round of that day; ``bench/heldout_pages.py``): written blind,
by someone who had not read the cleaner, before the cleaner changes of that day; first scored blind
then (docs/benchmarks.md), and moved to the tuning templates when the new held-out round
``t21``-``t23`` was written (their pages kept byte for byte)."""
ROUND6_TEMPLATES = ("t21", "t22", "t23")
"""Held out until 2026-12-01's third round (``bench/heldout_pages2.py``): written blind in the
second round of that day, by someone who had not read the cleaner, before any score of their pages;
first scored blind then (docs/benchmarks.md), and moved to the tuning templates when the new
held-out round ``t24``-``t26`` was written (their pages kept byte for byte)."""
ROUND7_TEMPLATES = ("t24", "t25", "t26")
"""Held out until 2026-12-02 (``bench/heldout_pages3.py``): written blind in the third round of
2026-12-01, by a helper that had not read the cleaner nor its tests, before any score of their
pages; first scored blind then (docs/benchmarks.md), and moved to the tuning templates when the new
held-out round ``t27``-``t29`` was written (their pages kept byte for byte)."""
ROUND8_TEMPLATES = ("t27", "t28", "t29")
"""Held out until 2026-12-02's second round (``bench/heldout_pages4.py``): written blind on
2026-12-02, by a helper that had not read the cleaner nor its tests, before any score of their
pages; first scored blind then (docs/benchmarks.md), and moved to the tuning templates when the new
held-out round ``t30``-``t32`` was written (their pages kept byte for byte)."""
ROUND9_TEMPLATES = ("t30", "t31", "t32")
"""Held out until 2026-12-02's third round (``bench/heldout_pages5.py``): written blind in the
second round of 2026-12-02, by a helper that had not read the cleaner nor its tests, before any
score of their pages; first scored blind then (docs/benchmarks.md), and moved to the tuning
templates when the new held-out round ``t33``-``t35`` was written (their pages kept byte for
byte)."""
ROUND10_TEMPLATES = ("t33", "t34", "t35")
"""Held out until 2026-12-02's fourth round (``bench/heldout_pages6.py``): written blind in the
third round of 2026-12-02, by a helper that had not read the cleaner nor its tests, before any
score of their pages; first scored blind then (docs/benchmarks.md), and moved to the tuning
templates when the new held-out round ``t36``-``t38`` was written (their pages kept byte for
byte)."""
ROUND11_TEMPLATES = ("t36", "t37", "t38")
"""Held out until 2026-12-02's fifth round (``bench/heldout_pages7.py``): written blind in the
fourth round of 2026-12-02, by a helper that had not read the cleaner nor its tests, before any
score of their pages; first scored blind then (docs/benchmarks.md), and moved to the tuning
templates when the new held-out round ``t39``-``t41`` was written (their pages kept byte for
byte)."""
ROUND12_TEMPLATES = ("t39", "t40", "t41")
"""Held out until 2026-12-02's sixth round (``bench/heldout_pages8.py``): written blind in the
fifth round of 2026-12-02, by a helper that had not read the cleaner nor its tests, before any
score of their pages; first scored blind then (docs/benchmarks.md), and moved to the tuning
templates when the new held-out round ``t42``-``t44`` was written (their pages kept byte for
byte)."""
ROUND13_TEMPLATES = ("t42", "t43", "t44")
"""Held out until 2026-12-02's seventh round (``bench/heldout_pages9.py``): written blind in the
sixth round of 2026-12-02, by a helper that had not read the cleaner nor its tests, before any
score of their pages; first scored blind then (docs/benchmarks.md), and moved to the tuning
templates when the new held-out round ``t45``-``t47`` was written (their pages kept byte for
byte)."""
ROUND14_TEMPLATES = ("t45", "t46", "t47")
"""Held out until 2026-12-03 (``bench/heldout_pages10.py``): written blind in the seventh round of
2026-12-02, by a helper that had not read the cleaner nor its tests, before any score of their
pages; first scored blind then (docs/benchmarks.md), and moved to the tuning templates when the new
held-out round ``t48``-``t50`` was written (their pages kept byte for byte)."""
ROUND15_TEMPLATES = ("t48", "t49", "t50")
"""Held out until 2026-12-03 08:00 (``bench/heldout_pages11.py``): written blind on 2026-12-03, by
a helper that had not read the cleaner nor its tests, before any score of their pages; first
scored blind then, and moved to the tuning templates when the new held-out round ``t51``-``t53``
was written (their pages kept byte for byte)."""
ROUND16_TEMPLATES = ("t51", "t52", "t53")
"""Held out until 2026-12-03 08:30 (``bench/heldout_pages12.py``): written blind on 2026-12-03, by
a helper that had not read the cleaner nor its tests, before any score of their pages; first
scored blind then, and moved to the tuning templates when the new held-out round ``t54``-``t56``
was written (their pages kept byte for byte)."""
ROUND17_TEMPLATES = ("t54", "t55", "t56")
"""Held out until 2026-12-03 13:20 (``bench/heldout_pages13.py``): written blind on 2026-12-03, by
a helper that had not read the cleaner nor its tests, before any score of their pages; first
scored blind then, and moved to the tuning templates when the new held-out round ``t57``-``t59``
was written (their pages kept byte for byte)."""
ROUND18_TEMPLATES = ("t57", "t58", "t59")
"""Held out until 2026-12-03 13:50 (``bench/heldout_pages14.py``): written blind on 2026-12-03, by
a helper that had not read the cleaner nor its tests, before any score of their pages; first
scored blind then, and moved to the tuning templates when the new held-out round ``t60``-``t62``
was written (their pages kept byte for byte)."""
ROUND19_TEMPLATES = ("t60", "t61", "t62")
"""Held out until 2026-12-03 15:02 (``bench/heldout_pages15.py``): written blind on 2026-12-03, by
a helper that had not read the cleaner nor its tests, before any score of their pages; first
scored blind then, and moved to the tuning templates when the new held-out round ``t63``-``t65``
was written (their pages kept byte for byte)."""
ROUND20_TEMPLATES = ("t63", "t64", "t65")
"""Held out until 2026-12-03 15:18 (``bench/heldout_pages16.py``): written blind on 2026-12-03, by
a helper that had not read the cleaner nor its tests, before any score of their pages; first
scored blind then, and moved to the tuning templates when the new held-out round ``t66``-``t68``
was written (their pages kept byte for byte)."""
ROUND21_TEMPLATES = ("t66", "t67", "t68")
"""Held out until 2026-12-03 17:47 (``bench/heldout_pages17.py``): written blind on 2026-12-03, by
a helper that had not read the cleaner nor its tests, before any score of their pages; first
scored blind then, and moved to the tuning templates when the new held-out round ``t69``-``t71``
was written (their pages kept byte for byte)."""
ROUND22_TEMPLATES = ("t69", "t70", "t71")
"""Held out until 2026-12-03 18:14 (``bench/heldout_pages18.py``): written blind on 2026-12-03, by
a helper that had not read the cleaner nor its tests, before any score of their pages; first
scored blind then, and moved to the tuning templates when the new held-out round ``t72``-``t74``
was written (their pages kept byte for byte)."""
ROUND23_TEMPLATES = ("t72", "t73", "t74")
"""Held out until 2026-12-03 21:14 (``bench/heldout_pages19.py``): written blind on 2026-12-03, by
a helper that had not read the cleaner nor its tests, before any score of their pages; first
scored blind then, and moved to the tuning templates when the new held-out round ``t75``-``t77``
was written (their pages kept byte for byte)."""
HELDOUT_TEMPLATES = ("t75", "t76", "t77")
"""Held out since 2026-12-03 21:14 (``bench/heldout_pages20.py``): written blind, by a helper that
had not read the cleaner nor its tests, before any score of their pages; never tuned on nor looked
at page by page. DO NOT READ that module or those pages while changing the cleaner."""
_END = (".", "!", "?", "؟", "…", ":")
_CLOSERS = "\"'”’»)“‘«"

# Category of each NTREX dev document (1-based, file order), for section labels and menus.
CATEGORIES = (
    "politics", "politics", "world", "world", "economy", "showbiz", "politics", "world", "sport", "world",
    "crime", "world", "world", "world", "politics", "politics", "crime", "world", "world", "crime",
    "sport", "politics", "crime", "crime", "world", "crime", "politics", "world", "world", "crime",
    "showbiz", "politics", "economy", "politics", "sport", "sport", "politics", "opinion", "sport", "showbiz",
    "world", "politics", "showbiz", "opinion", "sport", "politics", "sport", "sport", "politics", "health",
    "sport", "health", "health", "showbiz", "crime", "showbiz", "health", "politics", "showbiz", "economy",
)
SECTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "ar": {
        "politics": ("سياسة", "شؤون سياسية"), "world": ("عربي ودولي", "أخبار العالم", "دولي"),
        "economy": ("اقتصاد", "مال وأعمال"), "showbiz": ("فن ومشاهير", "منوعات"), "sport": ("رياضة", "كرة القدم", "ملاعب"),
        "crime": ("حوادث", "جريمة وعقاب"), "opinion": ("آراء", "مقالات"), "health": ("صحة", "علوم وصحة"),
    },
    "sq": {
        "politics": ("Politikë", "Politika"), "world": ("Bota", "Rajoni dhe bota", "Ndërkombëtare"),
        "economy": ("Ekonomi", "Biznes"), "showbiz": ("Showbiz", "Magazina"), "sport": ("Sport", "Futboll"),
        "crime": ("Kronikë", "Aktualitet"), "opinion": ("Opinion", "Editorial"), "health": ("Shëndetësi", "Shkencë"),
    },
}
AUTHORS = {
    "ar": ("محمد الخطيب", "سارة العلي", "أحمد يوسف", "ليلى حداد", "عمر الشامي", "ريم منصور", "خالد عبد الله", "هبة سالم"),
    "sq": ("Arben Hoxha", "Elira Shehu", "Besnik Krasniqi", "Mimoza Gashi", "Dritan Leka", "Ana Berisha", "Gentian Çela", "Blerta Dervishi"),
}
WEEKDAYS = {
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "sq": ("e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel"),
}
MONTHS = {"ar": {9: "سبتمبر", 10: "أكتوبر"}, "ar-lev": {9: "أيلول", 10: "تشرين الأول"}, "sq": {9: "shtator", 10: "tetor"}}
CAPTIONS: dict[str, tuple[str, ...]] = {
    "ar": ("صورة أرشيفية", "(أ ف ب)", "الصورة: رويترز", "صورة تعبيرية", "(صورة من موقع الحدث)"),
    "sq": ("Foto: Reuters", "Foto ilustruese", "Foto arkiv", "(Foto: AP)", "Foto: AFP"),
    "en": ("(Photo: Reuters)", "File photo", "Photograph: AP", "(Image: Getty)"),
}


@dataclass(frozen=True, slots=True)
class Doc:
    number: int
    """1-based position of the document in the NTREX dev set."""
    doc_id: str
    headline: str
    sentences: tuple[str, ...]
    en_sentences: tuple[str, ...]


def load_docs(lang: str, directory: Path = NTREX_DIR) -> list[Doc]:
    """The NTREX dev documents in ``lang`` with the English original of every body sentence."""
    ids = (directory / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    lines = (directory / LANG_FILES[lang]).read_text(encoding="utf-8").splitlines()
    english = (directory / LANG_FILES["en"]).read_text(encoding="utf-8").splitlines()
    if not len(ids) == len(lines) == len(english):
        raise SystemExit(f"{directory}: {len(ids)} ids, {len(lines)} {lang} lines, {len(english)} English lines")
    groups: list[tuple[str, list[str], list[str]]] = []
    for doc_id, line, en in zip(ids, lines, english):
        if not groups or groups[-1][0] != doc_id.strip():
            groups.append((doc_id.strip(), [], []))
        groups[-1][1].append(" ".join(line.split()))
        groups[-1][2].append(" ".join(en.split()))
    return [Doc(n, d, s[0], tuple(s[1:]), tuple(e[1:])) for n, (d, s, e) in enumerate(groups, 1)]


# ---------------------------------------------------------------- page building


@dataclass(slots=True)
class Builder:
    """Lines of a page, each with its role: title, body, heading, blank or furniture."""

    lines: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)
    """Names of the furniture blocks used (for the per-kind report)."""

    def add(self, *texts: str, role: str = "furniture") -> None:
        for text in texts:
            self.lines.append(text)
            self.roles.append(role)

    def blank(self, text: str = "") -> None:
        """A line between paragraphs or blocks. Empty, or only what ``str.strip()`` removes (spaces,
        tabs, a no-break space), it is blank and a gold body range runs across it. A visible
        separator (a lone "." or the braille blank "⠀" that Instagram captions put between
        paragraphs, which ``str.strip()`` keeps) is furniture: the body ranges are split around it,
        as around an ad label between paragraphs, since the eval counts every line inside a body
        range that is not blank after ``str.strip()`` as a body line."""
        self.add(text, role="furniture" if text.strip() else "blank")

    def block(self, name: str, *texts: str) -> None:
        self.blocks.append(name)
        self.add(*texts)

    def gold(self) -> dict[str, object]:
        title_lines = [i for i, r in enumerate(self.roles, 1) if r == "title"]
        ranges: list[list[int]] = []
        open_range = False
        for number, role in enumerate(self.roles, 1):
            if role in ("body", "heading"):
                if open_range:
                    ranges[-1][1] = number
                else:
                    ranges.append([number, number])
                    open_range = True
            elif role != "blank":
                open_range = False
        return {
            "title": " ".join(self.lines[i - 1] for i in title_lines) or None,
            "title_line": title_lines[0] if title_lines else None,
            "title_lines": [title_lines[0], title_lines[-1]] if title_lines else None,
            "body_lines": ranges,
            "heading_lines": [i for i, r in enumerate(self.roles, 1) if r == "heading"],
        }

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


@dataclass(frozen=True, slots=True)
class Para:
    text: str
    heading: bool


@dataclass(slots=True)
class Page:
    """What a template renders: the article, its context, and the random choices for this page."""

    template: str
    lang: str
    doc: Doc
    others: list[Doc]
    rng: random.Random
    site: str
    published: dt.datetime
    kind: str
    """``full``, ``short`` (one or two sentences) or ``short_teaser`` (short, then a longer teaser)."""
    paras: list[Para]
    title_parts: list[str]
    standfirst: str | None = None
    """The first body sentence shown as a standfirst under the headline (part of the body)."""
    teaser_doc: Doc | None = None

    @property
    def section(self) -> str:
        return SECTIONS[self.lang][CATEGORIES[self.doc.number - 1]][0]

    def other_headlines(self, n: int) -> list[str]:
        return [d.headline for d in self.rng.sample(self.others, n)]

    def other(self) -> Doc:
        return self.rng.choice(self.others)

    def author(self) -> str:
        return self.rng.choice(AUTHORS[self.lang])

    def pick(self, ar: Sequence[str], sq: Sequence[str]) -> str:
        return self.rng.choice(ar if self.lang == "ar" else sq)

    def say(self, ar: str, sq: str) -> str:
        return ar if self.lang == "ar" else sq


def _unpunctuated(en: str) -> bool:
    return not en.rstrip(_CLOSERS + " ").endswith(_END)


def make_paras(doc: Doc, rng: random.Random, sentences: int | None = None, start: int = 0) -> list[Para]:
    """Body paragraphs: one to three consecutive sentences per line; a sentence whose English
    original is unpunctuated (a subheading, a bullet, a caption line) stands alone, and is a
    heading when it is short (at most ten words) and more text follows it."""
    count = len(doc.sentences) if sentences is None else min(sentences, len(doc.sentences))
    idx = list(range(start, count))
    out: list[Para] = []
    i = 0
    while i < len(idx):
        k = idx[i]
        if _unpunctuated(doc.en_sentences[k]):
            heading = len(doc.en_sentences[k].split()) <= 10 and i + 1 < len(idx)
            out.append(Para(doc.sentences[k], heading))
            i += 1
            continue
        size = rng.choices((1, 2, 3), weights=(45, 40, 15))[0]
        group = [k]
        while len(group) < size and i + len(group) < len(idx) and not _unpunctuated(doc.en_sentences[idx[i + len(group)]]):
            group.append(idx[i + len(group)])
        out.append(Para(" ".join(doc.sentences[j] for j in group), False))
        i += len(group)
    return out


def split_title(headline: str, rng: random.Random) -> list[str]:
    """A headline wrapped over two lines at a word boundary near its middle (both parts >= 3 words)."""
    words = headline.split()
    total = len(headline)
    cuts = [j for j in range(3, len(words) - 2) if 0.4 * total <= len(" ".join(words[:j])) <= 0.65 * total]
    if not cuts:
        return [headline]
    j = rng.choice(cuts)
    return [" ".join(words[:j]), " ".join(words[j:])]


def add_title(b: Builder, page: Page) -> None:
    if len(page.title_parts) > 1:
        b.blocks.append("multiline_title")
    b.add(*page.title_parts, role="title")


def add_body(
    b: Builder,
    page: Page,
    *,
    sep: str | None,
    inserts: dict[int, list[tuple[str, list[str]]]] | None = None,
) -> None:
    """The body paragraphs (after the standfirst, when there is one), ``sep`` between them
    (``None``: no separator line), furniture blocks inserted after the given paragraph indexes."""
    inserts = inserts or {}
    for k, para in enumerate(page.paras):
        if k and sep is not None:
            b.blank(sep)
        b.add(para.text, role="heading" if para.heading else "body")
        for name, texts in inserts.get(k, []):
            if sep is not None:
                b.blank(sep)
            b.block(name, *texts)


def add_standfirst(b: Builder, page: Page) -> None:
    if page.standfirst is not None:
        b.blocks.append("standfirst")
        b.add(page.standfirst, role="body")


def short_teaser(b: Builder, page: Page, label: str, sep: str | None) -> None:
    """After a short article: "read also", another article's headline and several of its sentences."""
    if page.teaser_doc is None:
        return
    doc = page.teaser_doc
    count = page.rng.randint(3, min(6, len(doc.sentences)))
    if sep is not None:
        b.blank(sep)
    b.block("read_also_long", label, doc.headline)
    for k in range(count):
        if sep is not None:
            b.blank(sep)
        b.add(doc.sentences[k])


def inline_inserts(page: Page, name: str, texts: list[str], p: float) -> dict[int, list[tuple[str, list[str]]]]:
    """``texts`` after a middle paragraph of a long article with probability ``p``."""
    if len(page.paras) < 4 or page.rng.random() >= p:
        return {}
    return {page.rng.randint(1, len(page.paras) - 3): [(name, texts)]}


def date_ar(d: dt.datetime, style: str) -> str:
    ampm = "ص" if d.hour < 12 else "م"
    h12 = d.hour % 12 or 12
    if style == "long":
        return f"{WEEKDAYS['ar'][d.weekday()]} {d.day:02d} {MONTHS['ar'][d.month]} {d.year} {h12:02d}:{d.minute:02d} {ampm}"
    if style == "lev":
        return f"{d.day} {MONTHS['ar-lev'][d.month]} {d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year} | {d.hour:02d}:{d.minute:02d}"
    if style == "iso":
        return f"{d.year}/{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}"
    if style == "dot":
        return f"{d.day}.{d.month}.{d.year} {d.hour:02d}:{d.minute:02d}"
    if style == "day":
        return f"{d.day} {MONTHS['ar'][d.month]} {d.year}"
    raise ValueError(style)


def date_sq(d: dt.datetime, style: str) -> str:
    if style == "long":
        return f"{WEEKDAYS['sq'][d.weekday()].capitalize()}, {d.day} {MONTHS['sq'][d.month]} {d.year}, {d.hour:02d}:{d.minute:02d}"
    if style == "lev":
        return f"{d.day} {MONTHS['sq'][d.month].capitalize()} {d.year}"
    if style == "slash":
        return f"{d.day:02d}.{d.month:02d}.{d.year}, {d.hour:02d}:{d.minute:02d}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year} | {d.hour:02d}:{d.minute:02d}"
    if style == "iso":
        return f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"
    if style == "dot":
        return f"{d.day}.{d.month}.{d.year} {d.hour:02d}:{d.minute:02d}"
    if style == "day":
        return f"{d.day} {MONTHS['sq'][d.month]} {d.year}"
    raise ValueError(style)


def date(page: Page, style: str, d: dt.datetime | None = None) -> str:
    d = d or page.published
    return date_ar(d, style) if page.lang == "ar" else date_sq(d, style)


# ---------------------------------------------------------------- the site templates
# Each renders one page. Arabic and Albanian editions share the layout, not the wording.


def t1(page: Page, b: Builder) -> None:
    """News portal: menu, ticker, breadcrumb, section label, byline, dated, share bar, read-also
    teaser and a most-read list after the article."""
    rng, say = page.rng, page.say
    menu = say("الرئيسية|أخبار محلية|عربي ودولي|سياسة|اقتصاد|رياضة|فن ومشاهير|صحة",
               "Kryefaqja|Lajme|Bota|Politikë|Ekonomi|Sport|Showbiz|Shëndetësi").split("|")
    b.add(page.site)
    b.add(*menu)
    if rng.random() < 0.6:
        heads = page.other_headlines(rng.randint(1, 2))
        b.block("ticker", say("عاجل", "E fundit"), *heads)
    b.block("breadcrumb", say(f"الرئيسية > {page.section}", f"Kryefaqja > {page.section}"))
    if rng.random() < 0.7:
        b.block("section", page.section)
    add_title(b, page)
    if rng.random() < 0.7:
        b.block("byline", say(f"كتب: {page.author()}", f"Nga: {page.author()}"))
    b.add(date(page, "long"))
    if rng.random() < 0.5:
        b.block("caption", rng.choice(CAPTIONS[page.lang]))
    b.blank()
    add_standfirst(b, page)
    if page.standfirst is not None:
        b.blank()
    inline = inline_inserts(page, "read_also_inline", [say("اقرأ أيضا: ", "Lexo edhe: ") + page.other().headline], 0.4)
    add_body(b, page, sep="", inserts=inline)
    short_teaser(b, page, say("اقرأ أيضا", "Lexo edhe"), "")
    b.blank()
    b.block("share", *say("شارك|فيسبوك|تويتر|واتساب", "Shpërndaje|Facebook|Twitter|Viber").split("|"))
    if page.teaser_doc is None and rng.random() < 0.5:
        other = page.other()
        b.block("read_also", say("اقرأ أيضا", "Lexo edhe"), other.headline, other.sentences[0])
    heads = page.other_headlines(5)
    if rng.random() < 0.2:
        heads[rng.randrange(5)] = page.doc.headline  # the page's own article among the most read
    b.block("most_read", say("الأكثر قراءة", "Më të lexuarat"), *heads)
    b.add(say(f"جميع الحقوق محفوظة © 2018 {page.site}", f"© 2018 {page.site}. Të gjitha të drejtat të rezervuara."))


def t2(page: Page, b: Builder) -> None:
    """Newspaper: edition date, one-line menu, most-read sidebar before the article, section,
    multi-line headlines, standfirst often without its full stop, byline and date on one line,
    tags, comments, footer links."""
    rng, say = page.rng, page.say
    b.add(page.site)
    edition = page.published + dt.timedelta(days=rng.randint(0, 3))
    b.block("edition_date", say(f"{WEEKDAYS['ar'][edition.weekday()]}، {date(page, 'day', edition)}",
                                f"{WEEKDAYS['sq'][edition.weekday()].capitalize()}, {date(page, 'day', edition)}"))
    b.add(say("الرئيسية | سياسة | اقتصاد | ثقافة | رياضة | رأي", "Ballina | Politikë | Ekonomi | Kulturë | Sport | Opinion"))
    if rng.random() < 0.7:
        heads = page.other_headlines(4)
        b.block("most_read_before", say("الأكثر قراءة", "Më të lexuarat"), *[f"{k}. {h}" for k, h in enumerate(heads, 1)])
    if rng.random() < 0.6:
        b.block("section", rng.choice(SECTIONS[page.lang][CATEGORIES[page.doc.number - 1]]))
    add_title(b, page)
    add_standfirst(b, page)
    b.block("byline", say(f"بقلم: {page.author()} | نشر في: {date(page, 'slash')}",
                          f"Nga {page.author()} | Publikuar më: {date(page, 'slash')}"))
    if rng.random() < 0.5:
        b.block("caption", say("(الصورة: أ ف ب)", "(Foto: AFP)"))
    add_body(b, page, sep=None)
    short_teaser(b, page, say("اقرأ أيضاً", "Lexo gjithashtu"), None)
    b.block("tags", say(f"الوسوم: {page.section}، {rng.choice(SECTIONS['ar']['world'])}",
                        f"Etiketa: {page.section}, {rng.choice(SECTIONS['sq']['world'])}"))
    b.block("comments", say(f"التعليقات ({rng.randint(0, 9)})", f"Komente ({rng.randint(0, 9)})"))
    b.add(say("من نحن | اتصل بنا | سياسة الخصوصية", "Rreth nesh | Kontakt | Privatësia"))
    b.add(f"© 2018 {page.site}")


def t3(page: Page, b: Builder) -> None:
    """TV channel: live button, menu, another article's teaser (headline, standfirst, "read more")
    before the article, video button, "more from <section>" after."""
    rng, say = page.rng, page.say
    b.add(page.site, say("البث المباشر", "LIVE"))
    b.add(*say("الرئيسية|أخبار|برامج|رياضة|فيديو|منوعات", "Ballina|Lajme|Emisione|Sport|Video|Magazina").split("|"))
    if rng.random() < 0.6:
        other = page.other()
        b.block("teaser_before", SECTIONS[page.lang][CATEGORIES[other.number - 1]][0], other.headline, other.sentences[0],
                say("اقرأ المزيد", "Lexo më shumë"))
    add_title(b, page)
    b.add(date(page, "dash"))
    if rng.random() < 0.5:
        b.block("video", say("شاهد الفيديو", "Shiko videon"))
    sep = "" if rng.random() < 0.5 else None
    add_standfirst(b, page)
    if page.standfirst is not None and sep is not None:
        b.blank(sep)
    add_body(b, page, sep=sep)
    short_teaser(b, page, say("شاهد أيضا", "Shiko edhe"), sep)
    b.block("more_from", say(f"المزيد من {page.section}", f"Më shumë nga {page.section}"), *page.other_headlines(3))
    b.add(f"{page.site} © 2018")


def t4(page: Page, b: Builder) -> None:
    """News agency: menu, a ticker of timed headlines, date, source line, related list."""
    rng, say = page.rng, page.say
    b.add(page.site)
    b.add(*say("الرئيسية|محليات|عربي|دولي|اقتصاد|رياضة", "Ballina|Vendi|Rajoni|Bota|Ekonomi|Sport").split("|"))
    if rng.random() < 0.7:
        times = sorted((page.published - dt.timedelta(minutes=rng.randint(5, 300)) for _ in range(3)), reverse=True)
        b.block("ticker", say("آخر الأخبار", "Lajmet e fundit"),
                *[f"{t.hour:02d}:{t.minute:02d} {h}" for t, h in zip(times, page.other_headlines(3))])
    add_title(b, page)
    b.add(date(page, "iso"))
    b.blank()
    add_standfirst(b, page)
    add_body(b, page, sep=None)
    short_teaser(b, page, say("للمزيد", "Lexo më shumë"), None)
    credit = rng.random()
    if credit < 0.4:
        b.block("source", say("المصدر: رويترز", "Burimi: Reuters"))
    elif credit < 0.6:
        b.block("source", say("المصدر: وكالات", "Burimi: Agjenci"))
    b.blank()
    b.block("related", say("مواضيع ذات صلة", "Lajme të ngjashme"), *page.other_headlines(rng.randint(2, 3)))
    b.add(say(f"جميع الحقوق محفوظة ل{page.site} 2018", f"Të gjitha të drejtat e rezervuara nga {page.site} 2018"))


def t5(page: Page, b: Builder) -> None:
    """Magazine: kicker above the headline, standfirst with its full stop, author name and role
    lines, reading time, a newsletter box inside the article, teasers with sentences after."""
    rng, say = page.rng, page.say
    b.add(page.site)
    b.add(*say("أخبار|تحقيقات|ثقافة|مجتمع|صحة|رياضة", "Lajme|Reportazhe|Kulturë|Shoqëri|Shëndetësi|Sport").split("|"))
    if rng.random() < 0.5:
        b.block("kicker", page.pick(("حصري", "تحليل", "تقرير"), ("Ekskluzive", "Analizë", "Reportazh")))
    add_title(b, page)
    add_standfirst(b, page)
    if rng.random() < 0.7:
        b.block("byline", page.author())
        if rng.random() < 0.5:
            b.add(say("محررة الشؤون الدولية", "Gazetare"))
    b.add(say(f"{rng.randint(2, 6)} دقائق للقراءة", f"Koha e leximit: {rng.randint(2, 6)} min"))
    b.add(date(page, "day"))
    b.blank()
    box = [say("النشرة البريدية", "Buletini ynë"), say("اشترك ليصلك أبرز الأخبار يوميا.", "Merrni lajmet kryesore çdo mëngjes në email."),
           say("اشترك", "Abonohu")]
    add_body(b, page, sep="", inserts=inline_inserts(page, "newsletter", box, 0.3))
    short_teaser(b, page, say("اقرأ المزيد", "Lexoni edhe"), "")
    b.blank()
    b.block("share", say("شارك المقال", "Shpërndaje artikullin"))
    b.block("teasers_after", say("قد يعجبك أيضا", "Mund t'ju interesojë"))
    for other in rng.sample(page.others, rng.randint(2, 3)):
        b.add(other.headline, other.sentences[0])
    b.add(say(f"© 2018 {page.site}. جميع الحقوق محفوظة", f"© 2018 {page.site}. Të gjitha të drejtat e rezervuara."))


def t6(page: Page, b: Builder) -> None:
    """Held out until 2026-12-01 (tuning since). Portal with a most-viewed list and a breaking-news line above the article, section
    label, "updated" date, editor line, ads inside the article, a long read-also after."""
    rng, say = page.rng, page.say
    b.add(page.site, say("☰ القائمة", "☰ Menu"))
    b.add(*say("محليات|العالم|سياسة|اقتصاد|رياضة|فنون", "Aktualitet|Bota|Politikë|Ekonomi|Sport|Art").split("|"))
    if rng.random() < 0.5:
        b.block("most_read_before", say("الأكثر مشاهدة", "Më të klikuarat"), *page.other_headlines(3))
    if rng.random() < 0.5:
        b.block("ticker", say("خبر عاجل", "LAJM I FUNDIT"), page.other().headline)
    if rng.random() < 0.6:
        b.block("section", page.section)
    add_title(b, page)
    b.add(say(f"آخر تحديث: {date(page, 'slash')}", f"Përditësuar më: {date(page, 'slash')}"))
    if rng.random() < 0.5:
        b.block("byline", say(f"المحرر: {page.author()}", f"Redaktor: {page.author()}"))
    add_standfirst(b, page)
    add_body(b, page, sep=None, inserts=inline_inserts(page, "ad", [say("إعلان", "Reklamë")], 0.3))
    short_teaser(b, page, say("طالع أيضا", "Lexoni gjithashtu"), None)
    b.block("follow", say("تابعونا على تلغرام", "Na ndiqni në Instagram"))
    if page.teaser_doc is None and rng.random() < 0.5:
        other = page.other()
        count = rng.randint(2, min(4, len(other.sentences)))
        b.block("read_also", say("طالع أيضا", "Lexoni gjithashtu"), other.headline, *other.sentences[:count])
    b.add(say(f"© {page.site} 2018. جميع الحقوق محفوظة", f"© {page.site} 2018. Të gjitha të drejtat e rezervuara."))


def t7(page: Page, b: Builder) -> None:
    """Held out until 2026-12-01 (tuning since). Regional site: browser title line "<headline> | <site>", bulleted menu, breadcrumb
    ending in the headline, standfirst, photo credit, byline after the article, related and
    top-news lists."""
    rng, say = page.rng, page.say
    headline = " ".join(page.title_parts)
    if rng.random() < 0.5:
        b.block("browser_title", f"{headline} | {page.site}")
    b.add(page.site)
    b.add(*("• " + item for item in say("أخبار|المدينة|سياسة|اقتصاد|رياضة|ثقافة", "Lajme|Qyteti|Politikë|Ekonomi|Sport|Kulturë").split("|")))
    if rng.random() < 0.5:
        b.block("breadcrumb", say(f"الرئيسية / {page.section} / {headline}", f"Ballina / {page.section} / {headline}"))
    add_title(b, page)
    add_standfirst(b, page)
    b.add(date(page, "dot"))
    if rng.random() < 0.6:
        b.block("caption", say(f"الصورة: {page.author()}/رويترز", f"Foto: {page.author()}/Reuters"))
    b.blank()
    add_body(b, page, sep="")
    short_teaser(b, page, say("اقرأ كذلك", "Lexo më tej"), "")
    b.blank()
    if rng.random() < 0.6:
        b.block("byline_after", say(f"إعداد: {page.author()}", f"Përgatiti: {page.author()}"))
    b.block("related", say("أخبار متعلقة", "Lajme të lidhura"), *page.other_headlines(3))
    heads = page.other_headlines(5)
    if rng.random() < 0.2:
        heads[rng.randrange(5)] = page.doc.headline
    b.block("most_read", say("الأكثر تداولا", "Top lajme"), *heads)
    b.add(say(f"جميع الحقوق محفوظة لـ{page.site} © 2018", f"{page.site} © 2018"))


def t8(page: Page, b: Builder) -> None:
    """Held out until 2026-12-01 (tuning since). Mobile (AMP) page: menu button, top-story teaser before the article, section,
    date with time, share line, paragraphs separated by no-break spaces, inline read-also,
    comments and a main-news list."""
    rng, say = page.rng, page.say
    b.add(page.site, say("القائمة", "Menu"))
    if rng.random() < 0.5:
        other = page.other()
        b.block("teaser_before", say("الخبر الرئيسي", "Kryelajmi"), other.headline, other.sentences[0])
    if rng.random() < 0.6:
        b.block("section", rng.choice(SECTIONS[page.lang][CATEGORIES[page.doc.number - 1]]))
    add_title(b, page)
    b.add(say(f"{date(page, 'day')} - {page.published.hour:02d}:{page.published.minute:02d}",
              f"{date(page, 'day')} - {page.published.hour:02d}:{page.published.minute:02d}"))
    b.block("share", say("شارك عبر: فيسبوك | تويتر | واتساب", "Shpërndaje: Facebook | Twitter | Email"))
    b.blank("\u00a0")
    add_standfirst(b, page)
    if page.standfirst is not None:
        b.blank("\u00a0")
    add_body(b, page, sep="\u00a0", inserts=inline_inserts(page, "read_also_inline", [say("إقرأ أيضاً: ", "LEXO EDHE: ") + page.other().headline], 0.4))
    short_teaser(b, page, say("إقرأ أيضاً", "LEXO EDHE"), "\u00a0")
    b.blank("\u00a0")
    b.block("comments", say("التعليقات", "Komentet"))
    b.block("main_news", say("أهم الأخبار", "Lajmet kryesore"), *page.other_headlines(4))
    b.add(say(f"© 2018 {page.site}", f"© 2018 {page.site} - Të gjitha të drejtat e rezervuara"))


COMMENTS = {
    "ar": (
        "مقال رائع، شكرا على هذه المعلومات القيمة.", "لا أتفق مع ما جاء في هذا الخبر على الإطلاق.",
        "متى سيتم نشر المزيد من التفاصيل حول هذا الموضوع؟", "الله يحفظ الجميع ويبعد عنا كل شر.",
        "هذا ما كنا نتوقعه منذ البداية، لا جديد تحت الشمس.", "أتمنى أن تتابعوا القصة وتنشروا ما يستجد.",
    ),
    "sq": (
        "Shkrim shumë i mirë, faleminderit për informacionin.", "Nuk jam dakord me atë që shkruhet këtu.",
        "Kur do të publikohen më shumë detaje për këtë çështje?", "Zoti na ruajttë nga të këqijat e tilla.",
        "Këtë e prisnim që në fillim, asgjë e re.", "Shpresoj ta ndiqni historinë dhe të na njoftoni për të rejat.",
    ),
}
COMMENTERS = {"ar": ("أبو خالد", "سلمى", "زائر", "مواطن غيور"), "sq": ("Genti", "Lindita", "Vizitor", "Qytetar")}


def t9(page: Page, b: Builder) -> None:
    """Opinion and blog platform (added to the tuning templates after the first round): a cookie
    banner sentence above everything, a one-line menu with middle dots, author line above the
    headline, a comment thread of readers' sentences under an unlisted label, "from the same
    author" teasers with sentences."""
    rng, say = page.rng, page.say
    b.block("cookie_banner", say("نستخدم ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.",
                                 "Ne përdorim cookies për të përmirësuar përvojën tuaj. Duke vazhduar lundrimin, ju pranoni përdorimin e tyre."),
            say("موافق", "Pranoj"))
    b.add(page.site)
    b.add(say("الرئيسية · آراء · مدونات · ثقافة · مجتمع", "Ballina · Opinione · Blogje · Kulturë · Shoqëri"))
    if rng.random() < 0.5:
        b.block("byline", page.author())
    add_title(b, page)
    add_standfirst(b, page)
    b.add(date(page, "day"))
    b.blank()
    add_body(b, page, sep="")
    short_teaser(b, page, say("لا تفوت", "Mos e humbisni"), "")
    b.blank()
    if rng.random() < 0.7:
        count = rng.randint(2, 4)
        b.block("comment_thread", say(f"آراء القراء ({count})", f"Çfarë thonë lexuesit ({count})"))
        for text, name in zip(rng.sample(COMMENTS[page.lang], count), rng.sample(COMMENTERS[page.lang], count)):
            b.add(name, text)
    b.block("same_author", say("من نفس الكاتب", "Nga i njëjti autor"))
    for other in rng.sample(page.others, 2):
        b.add(other.headline, other.sentences[0])
    b.add(say(f"{page.site} — كل الحقوق محفوظة 2018", f"{page.site} © 2018 Të gjitha të drejtat"))


def t10(page: Page, b: Builder) -> None:
    """Portal with a "top headlines" block of two teasers (headline and first sentence) before the
    article, breadcrumb with the site name, byline and date on one line, a related link inside the
    article, hashtags, and a "don't miss" teaser with sentences after it."""
    rng, say = page.rng, page.say
    b.add(page.site)
    b.add(*say("محلي|دولي|اقتصاد|رياضة|فنون|علوم", "Vendi|Bota|Ekonomi|Sport|Art|Shkencë").split("|"))
    if rng.random() < 0.6:
        b.block("top_block_before", say("أبرز العناوين", "Titujt kryesorë"))
        for other in rng.sample(page.others, 2):
            b.add(other.headline, other.sentences[0])
    b.block("breadcrumb", f"{page.site} / {page.section}")
    add_title(b, page)
    add_standfirst(b, page)
    b.block("byline", say(f"{page.author()} - {date(page, 'day')}", f"Nga {page.author()}, {date(page, 'day')}"))
    link = [say("ذو صلة: ", "Lidhur me këtë: ") + page.other().headline]
    add_body(b, page, sep=None, inserts=inline_inserts(page, "related_inline", link, 0.4))
    short_teaser(b, page, say("لا تفوت", "Mos e humbisni"), None)
    b.block("hashtags", f"#{page.section.replace(' ', '_')} #{rng.choice(SECTIONS[page.lang]['world']).replace(' ', '_')}")
    if page.teaser_doc is None and rng.random() < 0.6:
        other = page.other()
        count = rng.randint(1, min(3, len(other.sentences)))
        b.block("dont_miss", say("لا تفوت", "Mos e humbisni"), other.headline, *other.sentences[:count])
    b.add(say(f"جميع الحقوق محفوظة © {page.site} 2018", f"© {page.site} 2018"))


def t11(page: Page, b: Builder) -> None:
    """Wire service: edition date, a flash line with a separator, kicker above two-line headlines,
    standfirst without its full stop, a city line, icon share bar, "most commented" list."""
    rng, say = page.rng, page.say
    b.add(page.site)
    edition = page.published + dt.timedelta(days=rng.randint(0, 2))
    b.block("edition_date", date(page, "lev", edition))
    b.add(say("أخبار | تقارير | حوارات | صور", "Lajme | Raporte | Intervista | Foto"))
    if rng.random() < 0.6:
        b.block("ticker", say("عاجل ⁞ ", "FLASH | ") + page.other().headline)
    if rng.random() < 0.5:
        b.block("kicker", page.pick(("خاص", "متابعة", "تقرير"), ("Ekskluzive", "Ndjekje", "Raport")))
    add_title(b, page)
    add_standfirst(b, page)
    b.add(say(f"{page.pick(('بيروت', 'عمّان', 'القاهرة'), ('Tiranë',))} - {date(page, 'lev')}",
              f"{page.pick(('Tiranë', 'Prishtinë', 'Shkup'), ('Tiranë',))}, {date(page, 'lev')}"))
    b.blank()
    add_body(b, page, sep="")
    short_teaser(b, page, say("اقرأ أيضاً", "Lexo edhe"), "")
    b.blank()
    b.block("share", "f  t  in  ✉")
    b.block("most_commented", say("الأكثر تعليقا", "Më të komentuarat"), *page.other_headlines(5))
    b.add(say(f"© {page.site} 2018", f"© {page.site} 2018"))


# ---------------------------------------------------------------- round 3 (tuning templates t12-t15)
# Written for the third tuning round without looking at any held-out page: post-article furniture
# of real news sites (threaded comments with user names, times, replies and likes; "more by this
# author", "related", "recommended", newsletter boxes, tag clouds, author bios, previous/next
# article links), flash lines, kicker labels, live-blog time stamps, pull quotes, image galleries,
# in-article "read also" links, worded as Arabic, Albanian and English sites word them, mostly
# with labels the cleaner's word lists do not hold. English editions: a few pages per template.

SECTIONS["en"] = {
    "politics": ("Politics", "US Politics"), "world": ("World", "International", "World News"),
    "economy": ("Business", "Economy"), "showbiz": ("Entertainment", "Celebrity"), "sport": ("Sport", "Football"),
    "crime": ("Crime", "UK News"), "opinion": ("Opinion", "Comment"), "health": ("Health", "Science"),
}
AUTHORS["en"] = ("James Carter", "Emma Lewis", "Daniel Brooks", "Sophie Turner", "Michael Reed", "Laura Bennett")
WEEKDAYS["en"] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS["en"] = {9: "September", 10: "October"}
USERS = {
    "ar": ("ابو_فهد", "Sami88", "نور الهدى", "محمد ع.", "ahmad_k", "أم يوسف", "فارس الشمري"),
    "sq": ("arber_t", "Elona K.", "dritoni77", "Mira", "Besi", "Kujtim Hasani", "tirona_2000"),
    "en": ("jsmith", "Kate W.", "northern_lad", "Mo", "truthseeker99", "Patricia Hill", "gary_1964"),
}
REPLIES = {
    "ar": (
        "كلام سليم مئة بالمئة، والأيام ستثبت ذلك.", "أين كانت الحكومة من كل هذا طوال السنوات الماضية؟",
        "نرجو من الموقع التأكد من الأرقام قبل النشر.", "حسبي الله ونعم الوكيل.", "تغطية ممتازة كالعادة، بارك الله فيكم.",
        "لماذا لا تتحدثون عن الجانب الآخر من القصة؟", "أنا من سكان المنطقة والوضع أسوأ بكثير مما ذكر هنا.",
    ),
    "sq": (
        "Plotësisht dakord, koha do ta tregojë.", "Ku ishte qeveria gjithë këto vite?", "Ju lutem kontrolloni shifrat para se të publikoni.",
        "Turp për të gjithë ata që e lejuan këtë.", "Mbulim i shkëlqyer si gjithmonë, bravo.", "Pse nuk flisni edhe për anën tjetër të historisë?",
        "Jetoj në atë zonë dhe situata është shumë më keq nga sa shkruhet.",
    ),
    "en": (
        "Spot on, time will prove it.", "Where was the government all these years?", "Please check your numbers before publishing.",
        "Absolutely shameful.", "Great coverage as always, thank you.", "Why not report the other side of the story?",
        "I live in the area and it is much worse than described here.",
    ),
}
AGO = {
    "ar": ("منذ 3 ساعات", "منذ يومين", "منذ 45 دقيقة", "قبل ساعة", "منذ 12 ساعة"),
    "sq": ("3 orë më parë", "para 2 ditësh", "45 minuta më parë", "1 orë më parë", "dje"),
    "en": ("3 hours ago", "2 days ago", "45 minutes ago", "1 hour ago", "yesterday"),
}
BIOS = {
    "ar": ("{} صحفي يغطي الشؤون السياسية والاقتصادية منذ عام 2009، وعمل مراسلا في عدة عواصم عربية.",
           "{} محررة في قسم الأخبار الدولية، حاصلة على ماجستير في الإعلام من جامعة القاهرة."),
    "sq": ("{} është gazetar që mbulon politikën dhe ekonominë që nga viti 2009 dhe ka punuar si korrespondent në disa kryeqytete.",
           "{} është redaktore e rubrikës së lajmeve ndërkombëtare dhe ka studiuar gazetari në Universitetin e Tiranës."),
    "en": ("{} is a reporter who has covered politics and the economy since 2009 and worked as a correspondent in several capitals.",
           "{} is an editor on the world news desk and studied journalism at the University of Leeds."),
}
KICKERS = {
    "ar": ("فيديو", "بالصور", "خاص", "تحليل إخباري", "حوار"),
    "sq": ("VIDEO", "FOTO", "Analizë", "Intervistë", "EKSKLUZIVE"),
    "en": ("Analysis", "Exclusive", "Watch", "In pictures", "Explainer"),
}


def w(page: Page, ar: str, sq: str, en: str) -> str:
    """The wording of the page's language."""
    return {"ar": ar, "sq": sq, "en": en}[page.lang]


def arabic_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def date_en(d: dt.datetime, style: str) -> str:
    if style == "long":
        return f"{WEEKDAYS['en'][d.weekday()]} {d.day} {MONTHS['en'][d.month]} {d.year} {d.hour:02d}:{d.minute:02d} BST"
    if style == "day":
        return f"{d.day} {MONTHS['en'][d.month]} {d.year}"
    if style == "us":
        return f"{MONTHS['en'][d.month][:3]} {d.day}, {d.year}"
    if style == "dash":
        return f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"
    raise ValueError(style)


def date3(page: Page, style: str, d: dt.datetime | None = None) -> str:
    """``date`` for the three languages (English styles: long, day, us, dash)."""
    d = d or page.published
    return date_en(d, style) if page.lang == "en" else date(page, style, d)


def comment_thread(page: Page, b: Builder, label: str, shape: str) -> None:
    """Readers' comments under ``label``: a user name and a time (one line or two), the comment,
    and a reply or likes line; ``shape`` is ``inline`` or ``stacked``."""
    rng = page.rng
    count = rng.randint(2, 4)
    b.block("comments_users", label.format(count))
    for user, text in zip(rng.sample(USERS[page.lang], count), rng.sample(REPLIES[page.lang], count)):
        ago = rng.choice(AGO[page.lang])
        if shape == "inline":
            b.add(f"{user} · {ago}", text, w(page, "رد", "Përgjigju", "Reply"))
        else:
            b.add(user, ago, text, f"👍 {rng.randint(0, 40)}  👎 {rng.randint(0, 9)}")


def pull_quote(page: Page) -> tuple[int, str] | None:
    """A sentence of 8-25 words of a later paragraph, in quotes, to stand after paragraph ``k``."""
    rng = page.rng
    if len(page.paras) < 5:
        return None
    k = rng.randint(1, len(page.paras) - 3)
    sentences = [
        sentence for p in page.paras[k + 1 :] if not p.heading
        for sentence in re.split(r"(?<=[.!?؟])\s+", p.text) if 8 <= len(sentence.split()) <= 25
    ]
    if not sentences:
        return None
    text = rng.choice(sentences).rstrip(".")
    return k, w(page, f"«{text}»", f"“{text}”", f"“{text}”")


def tags_for(page: Page) -> list[str]:
    """Tag-cloud entries: the section, a neighbouring section and up to two words of the headline."""
    rng = page.rng
    long_words = [t.strip("\"'“”‘’«»:,.") for t in page.doc.headline.split() if len(t.strip("\"'“”‘’«»:,.")) >= 5]
    picked = rng.sample(long_words, min(2, len(long_words)))
    return [page.section, rng.choice(SECTIONS[page.lang]["world"]), *picked]


def t12(page: Page, b: Builder) -> None:
    """Live news site: edition date and weather, a flash line, a kicker, the byline with an
    unlisted verb, live-blog entries each under a time stamp (Arabic-Indic digits on some Arabic
    pages), an in-article "read also" link, previous/next article links, readers' comments with
    user names, times and reply buttons."""
    rng = page.rng
    b.add(page.site)
    b.block("edition_date", w(page, f"{date3(page, 'day')} | الطقس 24°",
                              f"{date3(page, 'day')} | Tiranë 21°C", f"{date3(page, 'day')} | London 14°C"))
    b.add(w(page, "أخبار - سياسة - اقتصاد - رياضة - منوعات", "Lajme - Politikë - Ekonomi - Sport - Magazinë",
            "News - Politics - Business - Sport - Culture"))
    if rng.random() < 0.6:
        b.block("flash", w(page, "🔴 عاجل | ", "🔴 E FUNDIT: ", "BREAKING: ") + page.other().headline)
    live = page.kind == "full" and len(page.paras) >= 4 and rng.random() < 0.5
    if live or rng.random() < 0.4:
        b.block("kicker", w(page, "مباشر", "LIVE", "LIVE") if live else rng.choice(KICKERS[page.lang]))
    add_title(b, page)
    add_standfirst(b, page)
    stamp = f"{page.published.hour:02d}:{page.published.minute:02d}"
    b.block("byline", w(page, f"بواسطة {page.author()} · آخر تحديث {stamp}", f"Shkruar nga {page.author()} · {stamp}",
                        f"Written by {page.author()} · Updated {stamp}"))
    b.blank()
    if live:
        b.blocks.append("live_stamps")
        b.add(w(page, "تحديث تلقائي", "Rifresko automatikisht", "Auto-refresh"))
        moment = page.published + dt.timedelta(minutes=5 * len(page.paras))
        indic = page.lang == "ar" and rng.random() < 0.5
        for k, para in enumerate(page.paras):
            moment -= dt.timedelta(minutes=rng.randint(3, 25))
            text = f"{moment.hour:02d}:{moment.minute:02d}" + (" GMT" if page.lang == "en" else "")
            if k:
                b.blank()
            b.add(arabic_digits(text) if indic else text)
            b.add(para.text, role="heading" if para.heading else "body")
    else:
        link = [w(page, "يهمك أيضا: ", "Lexo po ashtu: ", "Also read: ") + page.other().headline]
        add_body(b, page, sep="", inserts=inline_inserts(page, "read_also_inline", link, 0.4))
    short_teaser(b, page, w(page, "يهمك أيضا", "Mund t'ju interesojë", "You may also like"), "")
    b.blank()
    b.block("share", w(page, "انشر الخبر: فيسبوك · إكس · واتساب", "Ndaje: Facebook · X · WhatsApp", "Share: Facebook · X · WhatsApp"))
    if rng.random() < 0.7:
        before, after = page.other_headlines(2)
        b.block("prev_next", w(page, "المقال السابق", "Artikulli i mëparshëm", "Previous article"), before,
                w(page, "المقال التالي", "Artikulli pasardhës", "Next article"), after)
    if rng.random() < 0.7:
        comment_thread(page, b, w(page, "تعليقات القراء ({})", "Komentet e lexuesve ({})", "{} Comments"), "inline")
    b.add(w(page, f"© 2018 {page.site}", f"© 2018 {page.site}", f"© 2018 {page.site}"))


def t13(page: Page, b: Builder) -> None:
    """Magazine: breadcrumb with guillemets, kicker, standfirst, author and role lines, an image
    gallery under the headline, a pull quote inside the article, an author bio under it, "more by
    this author" with dates, a newsletter box."""
    rng = page.rng
    b.add(page.site)
    b.add(*w(page, "سياسة|ثقافة|مجتمع|علوم|رياضة", "Politikë|Kulturë|Shoqëri|Shkencë|Sport", "Politics|Culture|Society|Science|Sport").split("|"))
    b.block("breadcrumb", w(page, f"الرئيسية » {page.section}", f"Ballina » {page.section}", f"Home » {page.section}"))
    if rng.random() < 0.6:
        b.block("kicker", rng.choice(KICKERS[page.lang]))
    add_title(b, page)
    add_standfirst(b, page)
    author = page.author()
    b.block("byline", author)
    if rng.random() < 0.5:
        b.add(w(page, "مراسلة الشؤون الدولية", "Korrespondente", "Senior correspondent"))
    b.add(date3(page, "day"))
    if rng.random() < 0.5:
        n = rng.randint(4, 9)
        b.block("gallery", w(page, "معرض الصور", "Galeria", "Gallery"), f"1 / {n}",
                w(page, f"(صورة: {page.author()})", f"(Foto: {page.author()})", f"(Photo: {page.author()})"),
                w(page, "التالية ›", "Tjetra ›", "Next ›"))
    b.blank()
    quote = pull_quote(page) if rng.random() < 0.6 else None
    inserts = {quote[0]: [("pull_quote", [quote[1]])]} if quote else {}
    add_body(b, page, sep="", inserts=inserts)
    short_teaser(b, page, w(page, "ننصحك بقراءة", "Ju rekomandojmë", "Recommended reading"), "")
    b.blank()
    if rng.random() < 0.7:
        box = [author, rng.choice(BIOS[page.lang]).format(author)]
        if rng.random() < 0.5:
            box.insert(0, w(page, "عن الكاتب", "Rreth autorit", "About the author"))
        b.block("author_bio", *box)
    b.block("more_by_author", w(page, f"مقالات أخرى لـ{author}", f"Artikuj të tjerë nga {author}", f"More by {author}"))
    for k, head in enumerate(page.other_headlines(3)):
        b.add(head, date3(page, "day", page.published - dt.timedelta(days=k + 1)))
    if rng.random() < 0.5:
        b.block("newsletter", w(page, "احصل على أهم الأخبار في بريدك", "Merr lajmet më të rëndësishme në email-in tënd",
                                "Get the day's top stories in your inbox"),
                w(page, "بريدك الإلكتروني", "Adresa e email-it", "Your email address"), w(page, "سجّل الآن", "Regjistrohu", "Sign up"))
    b.add(w(page, f"جميع الحقوق محفوظة لـ{page.site} 2018", f"© {page.site} 2018", f"© {page.site} 2018"))


def t14(page: Page, b: Builder) -> None:
    """Regional portal: log-in bar, a trending line of hashtags, section label, views counter, an
    in-article "related" box of a label and a headline, a sponsored line after an ad label, a tag
    cloud (one tag a line, some taken from the headline), related headlines with dates,
    recommended teasers with a sentence each, a copyright line naming the site."""
    rng = page.rng
    b.add(w(page, "دخول | تسجيل", "Hyr | Regjistrohu", "Log in | Register"))
    b.add(page.site)
    b.add(w(page, "الرئيسية · محلي · عالمي · اقتصاد · رياضة", "Ballina · Vendi · Bota · Ekonomi · Sport", "Home · Local · World · Business · Sport"))
    if rng.random() < 0.5:
        heads = tags_for(page)[1:]
        b.block("trending", w(page, "الأكثر بحثا: ", "Në trend: ", "Trending: ") + " ".join("#" + h.replace(" ", "_") for h in heads))
    if rng.random() < 0.6:
        b.block("section", page.section)
    add_title(b, page)
    b.add(f"{date3(page, 'dash')} · 👁 {rng.randint(120, 9999):,}")
    if rng.random() < 0.5:
        b.block("caption", rng.choice(CAPTIONS[page.lang]))
    add_standfirst(b, page)
    inserts: dict[int, list[tuple[str, list[str]]]] = {}
    if len(page.paras) >= 4 and rng.random() < 0.4:
        inserts.setdefault(rng.randint(1, len(page.paras) - 3), []).append(
            ("related_box", [w(page, "ذو صلة", "Të ngjashme", "Related"), page.other().headline]))
    if len(page.paras) >= 4 and rng.random() < 0.25:
        inserts.setdefault(rng.randint(1, len(page.paras) - 3), []).append(
            ("sponsored", [w(page, "- إعلان -", "- Reklamë -", "- Advertisement -"),
                           w(page, "احصل على خصم 50% على اشتراكك السنوي الآن!", "Përfitoni 50% zbritje për abonimin vjetor sot!",
                             "Get 50% off your annual subscription today!")]))
    add_body(b, page, sep=None, inserts=inserts)
    short_teaser(b, page, w(page, "أخبار ذات صلة", "Lajme të tjera", "More stories"), None)
    b.block("tag_cloud", w(page, "الكلمات الدلالية", "Fjalë kyçe", "Topics"), *tags_for(page))
    b.block("related_dated", w(page, "أخبار مرتبطة", "Të lidhura", "Related coverage"))
    for k, head in enumerate(page.other_headlines(3)):
        b.add(head, date3(page, "dash", page.published - dt.timedelta(hours=5 * k + 2)))
    b.block("recommended", w(page, "مختارات المحرر", "Zgjedhjet e redaksisë", "Editor's picks"))
    for other in rng.sample(page.others, 2):
        b.add(other.headline, other.sentences[0])
    b.add(w(page, f"جميع الحقوق محفوظة لـ{page.site} © 2018", f"© 2018 {page.site} – Të gjitha të drejtat e rezervuara",
            f"Copyright © 2018 {page.site}. All rights reserved."))


def t15(page: Page, b: Builder) -> None:
    """Television site: live button, trending videos with durations before the article, a video
    player's controls, a standfirst often without its full stop, a follow line, a comment count
    label and comments with user, time, text and likes on separate lines, more videos after."""
    rng = page.rng
    b.add(page.site, w(page, "▶ بث مباشر", "▶ Live", "▶ Watch live"))
    b.add(*w(page, "أخبار|برامج|رياضة|وثائقيات", "Lajme|Emisione|Sport|Dokumentarë", "News|Shows|Sport|Documentaries").split("|"))
    if rng.random() < 0.4:
        b.block("videos_before", w(page, "فيديوهات رائجة", "Videot më të shikuara", "Trending videos"))
        for head in page.other_headlines(3):
            b.add(head, f"{rng.randint(0, 4):02d}:{rng.randint(0, 59):02d}")
    add_title(b, page)
    b.add(date3(page, "dash") if page.lang == "en" else date(page, "dash"))
    if rng.random() < 0.6:
        b.block("video_player", w(page, "▶ تشغيل الفيديو", "▶ Luaj videon", "▶ Play video"), f"00:00 / 0{rng.randint(1, 4)}:{rng.randint(10, 59)}")
    add_standfirst(b, page)
    add_body(b, page, sep=None)
    short_teaser(b, page, w(page, "شاهد كذلك", "Shikoni gjithashtu", "Watch next"), None)
    b.block("follow", w(page, "تابعونا على تلغرام", "Na ndiqni në Instagram", "Follow us on Instagram"))
    if rng.random() < 0.8:
        comment_thread(page, b, w(page, "{} تعليقات", "{} komente", "{} comments"), "stacked")
    b.block("more_videos", w(page, "المزيد من الفيديوهات", "Më shumë video", "More videos"))
    for head in page.other_headlines(3):
        b.add(head, f"{rng.randint(0, 4):02d}:{rng.randint(10, 59):02d}")
    b.add(w(page, f"© {page.site} 2018", f"© {page.site} 2018", f"© {page.site} 2018"))


# ---------------------------------------------------------------- round 4 (tuning templates t16-t17)
# Written for the fourth tuning round (issue 11's title failure kinds) without looking at any
# held-out page: a date or a category path above the headline, a breaking line glued to the
# headline, a lead story's teaser without a "read more" link above the article, an overline of
# several words, a photo caption sentence under the standfirst, a "most read" box inside the
# article, and short articles followed by the next article's teaser under a label the word lists
# do not hold.


def t16(page: Page, b: Builder) -> None:
    """Regional portal: a menu with dashes, the lead story's teaser (label, headline, sentence, no
    link) above the article, a category path or an overline over the headline, the date above or
    under the headline, a caption sentence with its credit, a numbered "most read" box inside long
    articles, the next article's teaser after short ones."""
    rng, say = page.rng, page.say
    b.add(page.site)
    b.add(say("الرئيسية - محليات - عربي ودولي - اقتصاد - رياضة - منوعات", "Kreu - Vendi - Bota - Ekonomi - Sport - Kulturë"))
    if rng.random() < 0.5:
        other = page.other()
        b.block("lead_teaser", say("الخبر الأبرز", "Lajmi kryesor"), other.headline, other.sentences[0])
    top = rng.random()
    if top < 0.4:
        b.block("category_path", say(f"{page.section} / {rng.choice(SECTIONS['ar']['world'])}", f"{page.section} / {rng.choice(SECTIONS['sq']['world'])}"))
    elif top < 0.7:
        b.block("overline", say(f"{page.section}: متابعة خاصة لآخر التطورات", f"{page.section}: ndjekje e veçantë e zhvillimeve"))
    dated_above = rng.random() < 0.4
    if dated_above:
        b.block("date_above", say(f"نشر بتاريخ {date(page, 'dot')}", f"Publikuar: {date(page, 'dot')}"))
    add_title(b, page)
    add_standfirst(b, page)
    if rng.random() < 0.4:
        b.block("caption_sentence", say("صورة من مكان الحدث التقطها مراسلنا (أ ف ب)", "Pamje nga vendi i ngjarjes, e bërë nga korrespondenti ynë (Foto: AFP)"))
    if dated_above:
        b.block("byline", say(f"بقلم {page.author()}", f"Nga {page.author()}"))
    else:
        b.block("byline", say(f"بقلم {page.author()}، {date(page, 'dot')}", f"Nga {page.author()}, {date(page, 'dot')}"))
    b.blank()
    box = [say("الأكثر قراءة الآن", "Më të lexuarat tani"), *[f"{k}. {h}" for k, h in enumerate(page.other_headlines(3), 1)]]
    add_body(b, page, sep="", inserts=inline_inserts(page, "most_read_inline", box, 0.4))
    short_teaser(b, page, say("المقال التالي", "Artikulli i radhës"), "")
    b.blank()
    b.block("share", say("شارك: فيسبوك | إكس | بريد", "Shpërndaje: Facebook | X | Email"))
    b.block("more_news", say("أخبار أخرى", "Lajme të tjera"))
    for other in rng.sample(page.others, 3):
        b.add(other.headline, date(page, "dot", page.published - dt.timedelta(hours=rng.randint(1, 30))))
    b.add(say(f"{page.site} © 2018 - جميع الحقوق محفوظة", f"{page.site} © 2018 - Të gjitha të drejtat e rezervuara"))


def t17(page: Page, b: Builder) -> None:
    """Breaking-news site: a breaking line (label, time and another story's headline) glued right
    above the article's headline or a "latest" list of two headlines with their sections, the
    headline with its standfirst (often without its full stop), an audio button, the author and date
    on two lines, paragraphs without blank lines, tags, a "you may have missed" teaser with sentences
    after short articles, and readers' comments."""
    rng, say = page.rng, page.say
    b.add(page.site, say("تسجيل الدخول", "Hyr"))
    b.add(say("أخبار | سياسة | اقتصاد | رياضة | ثقافة", "Lajme | Politikë | Ekonomi | Sport | Kulturë"))
    t = page.published - dt.timedelta(minutes=rng.randint(5, 90))
    if rng.random() < 0.5:
        b.block("breaking_glued", say(f"عاجل {t.hour:02d}:{t.minute:02d} | {page.other().headline}",
                                      f"E FUNDIT {t.hour:02d}:{t.minute:02d} | {page.other().headline}"))
    elif rng.random() < 0.6:
        b.block("latest_sections", say("الأحدث", "Më të rejat"))
        for other in rng.sample(page.others, 2):
            b.add(SECTIONS[page.lang][CATEGORIES[other.number - 1]][0], other.headline)
    if rng.random() < 0.4:
        b.block("section", page.section)
    add_title(b, page)
    add_standfirst(b, page)
    if rng.random() < 0.5:
        b.block("audio", say("استمع إلى المقال", "Dëgjo artikullin"))
    b.block("byline", page.author())
    b.add(date(page, "long"))
    add_body(b, page, sep=None)
    short_teaser(b, page, say("ربما فاتك", "Mund t'ju ketë shpëtuar"), None)
    b.block("tags", say(f"كلمات مفتاحية: {page.section}", f"Fjalë kyçe: {page.section}"))
    if rng.random() < 0.5:
        comment_thread(page, b, say("التعليقات ({})", "Komentet ({})"), "inline")
    b.add(f"© 2018 {page.site}")


if __name__ == "__main__":  # heldout_pages(2, 3, ..., 16) import the helpers above as ``make_pages``
    sys.modules.setdefault("make_pages", sys.modules[__name__])
import heldout_pages  # noqa: E402  (templates t18-t20, held out until 2026-12-01's second round, tuning since)
import heldout_pages2  # noqa: E402  (templates t21-t23, held out until 2026-12-01's third round, tuning since)
import heldout_pages3  # noqa: E402  (templates t24-t26, held out until 2026-12-02, tuning since)
import heldout_pages4  # noqa: E402  (templates t27-t29, held out until 2026-12-02's second round, tuning since)
import heldout_pages5  # noqa: E402  (templates t30-t32, held out until 2026-12-02's third round, tuning since)
import heldout_pages6  # noqa: E402  (templates t33-t35, held out until 2026-12-02's fourth round, tuning since)
import heldout_pages7  # noqa: E402  (templates t36-t38, held out until 2026-12-02's fifth round, tuning since)
import heldout_pages8  # noqa: E402  (templates t39-t41, held out until 2026-12-02's sixth round, tuning since)
import heldout_pages9  # noqa: E402  (templates t42-t44, held out until 2026-12-02's seventh round, tuning since)
import heldout_pages10  # noqa: E402  (templates t45-t47, held out until 2026-12-03, tuning since)
import heldout_pages11  # noqa: E402  (templates t48-t50, held out until 2026-12-03 08:00, tuning since)
import heldout_pages12  # noqa: E402  (templates t51-t53, held out until 2026-12-03 08:30, tuning since)
import heldout_pages13  # noqa: E402  (templates t54-t56, held out until 2026-12-03 13:20, tuning since)
import heldout_pages14  # noqa: E402  (templates t57-t59, held out until 2026-12-03 13:50, tuning since)
import heldout_pages15  # noqa: E402  (templates t60-t62, held out until 2026-12-03 15:02, tuning since)
import heldout_pages16  # noqa: E402  (templates t63-t65, held out until 2026-12-03 15:18, tuning since)
import heldout_pages17  # noqa: E402  (templates t66-t68, held out until 2026-12-03 17:47, tuning since)
import heldout_pages18  # noqa: E402  (templates t69-t71, held out until 2026-12-03 18:14, tuning since)
import heldout_pages19  # noqa: E402
import heldout_pages20  # noqa: E402  (the held-out templates t75-t77; see its docstring before reading it)


@dataclass(frozen=True, slots=True)
class Template:
    render: Callable[[Page, Builder], None]
    sites: dict[str, str]
    multiline: float
    """Probability of a two-line headline (headlines of six words or more)."""
    standfirst: float
    """Probability of a standfirst (the first body sentence on its own line under the headline)."""
    standfirst_stop: float
    """Probability that the standfirst keeps its final punctuation."""


TEMPLATES: dict[str, Template] = {
    "t1": Template(t1, {"ar": "بوابة المدار", "sq": "Portali Horizont"}, 0.1, 0.0, 1.0),
    "t2": Template(t2, {"ar": "جريدة الضفاف", "sq": "Gazeta Dita"}, 0.3, 0.6, 0.3),
    "t3": Template(t3, {"ar": "قناة الساحل", "sq": "TV Vala"}, 0.0, 0.3, 0.5),
    "t4": Template(t4, {"ar": "وكالة أنباء السهل", "sq": "Agjencia Shqiponja"}, 0.0, 0.0, 1.0),
    "t5": Template(t5, {"ar": "مجلة الواحة", "sq": "Revista Jeta"}, 0.15, 0.5, 1.0),
    "t6": Template(t6, {"ar": "موقع الجسر", "sq": "Portali Ura"}, 0.25, 0.3, 0.3),
    "t7": Template(t7, {"ar": "صدى المدينة", "sq": "Zëri i Qytetit"}, 0.1, 0.5, 1.0),
    "t8": Template(t8, {"ar": "النبأ اليوم", "sq": "Lajmi Sot"}, 0.15, 0.3, 0.5),
    "t9": Template(t9, {"ar": "منصة رصيف", "sq": "Platforma Zëri"}, 0.15, 0.3, 1.0),
    "t10": Template(t10, {"ar": "بوابة الشرق الجديد", "sq": "Portali Lindja"}, 0.2, 0.4, 0.5),
    "t11": Template(t11, {"ar": "وكالة الخبر", "sq": "Agjencia Lajm"}, 0.4, 0.6, 0.2),
    "t12": Template(t12, {"ar": "الحدث الآن", "sq": "Lajm Live", "en": "The Live Desk"}, 0.3, 0.5, 0.7),
    "t13": Template(t13, {"ar": "مجلة المنارة", "sq": "Revista Fokus", "en": "Focus Weekly"}, 0.35, 0.7, 0.6),
    "t14": Template(t14, {"ar": "شبكة الوادي الإخبارية", "sq": "Portali Rajoni", "en": "Valley News Network"}, 0.2, 0.3, 1.0),
    "t15": Template(t15, {"ar": "تلفزيون الأفق", "sq": "Televizioni Agim", "en": "Horizon TV"}, 0.25, 0.4, 0.5),
    "t16": Template(t16, {"ar": "بوابة الجنوب", "sq": "Portali Jugu"}, 0.3, 0.5, 0.4),
    "t17": Template(t17, {"ar": "الخبر العاجل", "sq": "Lajmi i Fundit"}, 0.3, 0.6, 0.3),
    **{name: Template(*spec) for name, spec in heldout_pages.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages2.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages3.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages4.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages5.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages6.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages7.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages8.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages9.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages10.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages11.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages12.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages13.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages14.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages15.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages16.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages17.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages18.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages19.HELDOUT_SITES.items()},
    **{name: Template(*spec) for name, spec in heldout_pages20.HELDOUT_SITES.items()},
}
CREDITS = {"المصدر: رويترز": "Reuters", "Burimi: Reuters": "Reuters", "المصدر : رويترز": "Reuters"}


def _strip_stop(sentence: str) -> str:
    core = sentence.rstrip()
    tail = ""
    while core and core[-1] in _CLOSERS:
        tail = core[-1] + tail
        core = core[:-1]
    if core.endswith(_END[:5]) and not tail:
        return core[:-1].rstrip()
    return sentence


def make_page(name: str, lang: str, doc: Doc, docs: list[Doc]) -> tuple[str, dict[str, object]]:
    """One page of ``doc`` in template ``name``: its text and its gold record."""
    tpl = TEMPLATES[name]
    rng = random.Random(f"{name}:{lang}:{doc.number}")
    others = [d for d in docs if d.number != doc.number]
    published = dt.datetime(2018, 9, 28, 6, 0) + dt.timedelta(minutes=rng.randint(0, 4 * 24 * 60 - 1))
    roll = rng.random()
    kind = "short" if roll < 0.12 else "short_teaser" if roll < 0.24 else "full"
    if kind == "full":
        paras = make_paras(doc, rng)
    else:
        paras = make_paras(doc, rng, sentences=rng.choice((1, 1, 2)))
    words = len(doc.headline.split())
    title_parts = split_title(doc.headline, rng) if words >= 6 and rng.random() < tpl.multiline else [doc.headline]
    standfirst = None
    if kind == "full" and len(paras) >= 3 and not paras[0].heading and rng.random() < tpl.standfirst:
        first = make_paras(doc, rng, sentences=1)[0].text
        standfirst = first if rng.random() < tpl.standfirst_stop else _strip_stop(first)
        paras = make_paras(doc, random.Random(f"{name}:{lang}:{doc.number}:rest"), start=1)
    teaser_doc = None
    if kind == "short_teaser":
        longer = [d for d in others if len(d.sentences) >= 5]
        teaser_doc = rng.choice(longer)
    page = Page(name, lang, doc, others, rng, tpl.sites[lang], published, kind, paras, title_parts, standfirst, teaser_doc)
    b = Builder()
    tpl.render(page, b)
    gold = b.gold()
    credit = next((CREDITS[line] for line, role in zip(b.lines, b.roles) if line in CREDITS and role == "furniture"), None)
    file = f"{name}_{lang}_{doc.number:02d}.txt"
    record = {
        "file": file,
        "template": name,
        "heldout": name in HELDOUT_TEMPLATES,
        "doc_id": doc.doc_id,
        "kind": kind,
        "furniture": sorted(set(b.blocks)),
        "lang": lang,
        "outlet": page.site,
        "published": published.date().isoformat(),
        **gold,
        "credited_source": credit,
    }
    return b.text(), record


def build(directory: Path = NTREX_DIR) -> dict[str, str]:
    """Every page and ``gold.json``: file name → text."""
    files: dict[str, str] = {}
    records: list[dict[str, object]] = []
    for lang_no, lang in enumerate(("ar", "sq")):
        docs = load_docs(lang, directory)
        for doc in docs:
            i = doc.number - 1
            names = (
                DEV_TEMPLATES[(i + 2 * lang_no) % len(DEV_TEMPLATES)],
                FORMER_HELDOUT_TEMPLATES[(i + lang_no) % len(FORMER_HELDOUT_TEMPLATES)],
                ROUND2_TEMPLATES[(i + 2 * lang_no) % len(ROUND2_TEMPLATES)],
            )
            names += (ROUND3_TEMPLATES[(i + 3 * lang_no) % len(ROUND3_TEMPLATES)],)
            names += (ROUND4_TEMPLATES[(i + lang_no) % len(ROUND4_TEMPLATES)],)
            names += (ROUND5_TEMPLATES[(i + 2 * lang_no) % len(ROUND5_TEMPLATES)],)
            names += (ROUND6_TEMPLATES[(i + lang_no) % len(ROUND6_TEMPLATES)],)
            names += (ROUND7_TEMPLATES[(i + 2 * lang_no) % len(ROUND7_TEMPLATES)],)
            names += (ROUND8_TEMPLATES[(i + lang_no) % len(ROUND8_TEMPLATES)],)
            names += (ROUND9_TEMPLATES[(i + 2 * lang_no) % len(ROUND9_TEMPLATES)],)
            names += (ROUND10_TEMPLATES[(i + lang_no) % len(ROUND10_TEMPLATES)],)
            names += (ROUND11_TEMPLATES[(i + 2 * lang_no) % len(ROUND11_TEMPLATES)],)
            names += (ROUND12_TEMPLATES[(i + lang_no) % len(ROUND12_TEMPLATES)],)
            names += (ROUND13_TEMPLATES[(i + 2 * lang_no) % len(ROUND13_TEMPLATES)],)
            names += (ROUND14_TEMPLATES[(i + lang_no) % len(ROUND14_TEMPLATES)],)
            names += (ROUND15_TEMPLATES[(i + 2 * lang_no) % len(ROUND15_TEMPLATES)],)
            names += (ROUND16_TEMPLATES[(i + lang_no) % len(ROUND16_TEMPLATES)],)
            names += (ROUND17_TEMPLATES[(i + 2 * lang_no) % len(ROUND17_TEMPLATES)],)
            names += (ROUND18_TEMPLATES[(i + lang_no) % len(ROUND18_TEMPLATES)],)
            names += (ROUND19_TEMPLATES[(i + 2 * lang_no) % len(ROUND19_TEMPLATES)],)
            names += (ROUND20_TEMPLATES[(i + lang_no) % len(ROUND20_TEMPLATES)],)
            names += (ROUND21_TEMPLATES[(i + 2 * lang_no) % len(ROUND21_TEMPLATES)],)
            names += (ROUND22_TEMPLATES[(i + lang_no) % len(ROUND22_TEMPLATES)],)
            names += (ROUND23_TEMPLATES[(i + 2 * lang_no) % len(ROUND23_TEMPLATES)],)
            names += (HELDOUT_TEMPLATES[(i + lang_no) % len(HELDOUT_TEMPLATES)],)
            for name in names:
                text, record = make_page(name, lang, doc, docs)
                files[str(record["file"])] = text
                records.append(record)
    english = load_docs("en", directory)
    for doc in english[::4]:
        name = ROUND3_TEMPLATES[(doc.number // 4) % len(ROUND3_TEMPLATES)]
        text, record = make_page(name, "en", doc, english)
        files[str(record["file"])] = text
        records.append(record)
    records.sort(key=lambda r: str(r["file"]))
    gold = {
        "about": (
            "Generated by bench/make_pages.py from NTREX-128 dev documents 1-60 (CC BY-SA 4.0): the Arabic and "
            "Albanian translation of each document dressed in the furniture of a site template; annotated by "
            "construction (same fields as seeds/gold.json, plus title_lines [first, last], template, heldout, "
            "doc_id, kind and the furniture blocks on the page). Templates t1-t5, t9-t11 (added after the "
            "first tuning round), t12-t15 (after the second; with English editions of every fourth document), "
            "t16-t17 (after the third), t6-t8 (held out until 2026-12-01, first scored blind then) and t18-t20 "
            "(bench/heldout_pages.py, written blind on 2026-12-01, held out until that day's second round, first scored "
            "blind then) and t21-t23 (bench/heldout_pages2.py, written blind in the second round of 2026-12-01, held "
            "out until that day's third round, first scored blind then) and t24-t26 (bench/heldout_pages3.py, written blind "
            "in the third round of 2026-12-01, held out until 2026-12-02, first scored blind then) and t27-t29 "
            "(bench/heldout_pages4.py, written blind on 2026-12-02, held out until that day's second round, first scored "
            "blind then) and t30-t32 (bench/heldout_pages5.py, written blind in the second round of 2026-12-02, held out "
            "until that day's third round, first scored blind then) and t33-t35 (bench/heldout_pages6.py, written blind in "
            "the third round of 2026-12-02, held out until that day's fourth round, first scored blind then) and t36-t38 "
            "(bench/heldout_pages7.py, written blind in the fourth round of 2026-12-02, held out until that day's fifth "
            "round, first scored blind then) and t39-t41 (bench/heldout_pages8.py, written blind in the fifth round of "
            "2026-12-02, held out until that day's sixth round, first scored blind then) and t42-t44 "
            "(bench/heldout_pages9.py, written blind in the sixth round of 2026-12-02, held out until that day's seventh "
            "round, first scored blind then) and t45-t47 (bench/heldout_pages10.py, written blind in the seventh round of "
            "2026-12-02, held out until 2026-12-03, first scored blind then) and t48-t50 (bench/heldout_pages11.py, "
            "written blind on 2026-12-03, held out until 2026-12-03 08:00, first scored blind then) and t51-t53 "
            "(bench/heldout_pages12.py, written blind on 2026-12-03, held out until 2026-12-03 08:30, first scored blind "
            "then) and t54-t56 (bench/heldout_pages13.py, written blind on 2026-12-03, held out until 2026-12-03 13:20, "
            "first scored blind then) and t57-t59 (bench/heldout_pages14.py, written blind on 2026-12-03, held out until "
            "2026-12-03 13:50, first scored blind then) and t60-t62 (bench/heldout_pages15.py, written blind on 2026-12-03, "
            "held out until 2026-12-03 15:02, first scored blind then) and t63-t65 (bench/heldout_pages16.py, written "
            "blind on 2026-12-03, held out until 2026-12-03 15:18, first scored blind then) and t66-t68 "
            "(bench/heldout_pages17.py, written blind on 2026-12-03, held out until 2026-12-03 17:47, first scored "
            "blind then) and t69-t71 (bench/heldout_pages18.py, written blind on 2026-12-03, held out until 2026-12-03 "
            "18:14, first scored blind then) and t72-t74 (bench/heldout_pages19.py, written blind on 2026-12-03, held out "
            "until 2026-12-03 21:14, first scored blind then) are for tuning; t75-t77 (bench/heldout_pages20.py, written blind on "
            "2026-12-03 by a "
            "helper that had not read the cleaner nor its tests) are held out and never tuned on. "
            "Regenerate with python bench/make_pages.py; do not edit by hand."
        ),
        "dev_templates": list(
            DEV_TEMPLATES + FORMER_HELDOUT_TEMPLATES + ROUND2_TEMPLATES + ROUND3_TEMPLATES + ROUND4_TEMPLATES + ROUND5_TEMPLATES
            + ROUND6_TEMPLATES + ROUND7_TEMPLATES + ROUND8_TEMPLATES + ROUND9_TEMPLATES + ROUND10_TEMPLATES
            + ROUND11_TEMPLATES + ROUND12_TEMPLATES + ROUND13_TEMPLATES + ROUND14_TEMPLATES + ROUND15_TEMPLATES
            + ROUND16_TEMPLATES + ROUND17_TEMPLATES + ROUND18_TEMPLATES + ROUND19_TEMPLATES + ROUND20_TEMPLATES
            + ROUND21_TEMPLATES + ROUND22_TEMPLATES + ROUND23_TEMPLATES
        ),
        "heldout_templates": list(HELDOUT_TEMPLATES),
        "articles": records,
    }
    files["gold.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    return files


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder (default: %(default)s)")
    parser.add_argument("--ntrex", type=Path, default=NTREX_DIR, help="NTREX dev folder (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="compare with the files in --out instead of writing")
    args = parser.parse_args(argv)
    files = build(args.ntrex)
    if args.check:
        stale = sorted(n for n, text in files.items() if not (args.out / n).is_file() or (args.out / n).read_text(encoding="utf-8") != text)
        extra = sorted(p.name for p in args.out.glob("*") if p.name not in files)
        for n in stale:
            print(f"differs or missing: {n}")
        for n in extra:
            print(f"not generated: {n}")
        return 1 if stale or extra else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for n, text in files.items():
        write_text(args.out / n, text)
    print(f"wrote {len(files) - 1} pages and gold.json to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
