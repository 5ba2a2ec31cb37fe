"""A learned title chooser: which line (or pair of lines) above the article is its own headline?

The rules of :mod:`clean` walk up from the article's first sentence and name the title by the
shape of the lines they meet; every new kind of site (a newsletter, a bulletin, a channel's web
preview) shapes its header differently, and rules written for one kind did not transfer to the
next. This module scores each candidate title with gradient-boosted regression trees over
features that say nothing about any one site:

* where it is: distance to the article's first body line, headline-shaped lines between them,
  the first line of the page;
* its shape: words, lines (a headline wrapped over two), how it ends, quotation marks, a label
  before a colon or bar ("BREAKING: ..."), a symbol first, a web address, digits, whether the
  rules call it headline-shaped (:func:`clean._title_eligible`), a date, byline, caption, crumb,
  marker, box label or teaser;
* what it says: content words (Arabic clitics stripped, :func:`clean._stems`) shared with the
  article's first lines and with its whole body, and whether it shares the most of all candidates;
  the script of its letters against the body's;
* the page: the same text found again (a browser title, a "Subject:" or "Reading:" line holds a
  copy of the headline), the line's own text repeated as is (site and section names recur), a
  date or byline right under it, another headline-shaped line right above or below (a list of
  other stories' headlines), a line above or below that carries on its sentence, blank lines
  setting it apart;
* for two lines joined: whether the rules would join them, and what each half shares with the
  article (a bulletin's "from the 14:00 news" under a headline shares none of its words);
* the rules' own choice (read only when the fit chose the ``rerank`` use; the shipped ``replace``
  use zeroes it, so the model judges every candidate on its own).

Candidates are the lines of the :data:`clean.TITLE_WINDOW` lines above the article's first body
line that are not body, each alone and joined with the line right under it (no blank line
between: a dump prints a wrapped headline's halves on consecutive lines), and the rules' choice. The
best-scoring candidate replaces the rules' choice when its probability reaches the shipped
threshold; below it the rules' choice stands. Other articles' headlines in the window (tickers,
"most read" items, teasers) are candidates too: they share none of the article's words, sit in
lists of headlines or in teaser regions, and score low.

The trees are fitted by ``bench/fit_title_model.py`` on the generated page dumps
(``tests/data/ntrex_pages/``, gold by construction), deterministically, and shipped in
``data/title_model.json`` with the leave-one-template-round-out figures that chose the use, the
ensemble size and the threshold. Nothing is fitted at run time.
"""

from __future__ import annotations

import math
import re
import struct
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from .boilerplate import Line, closes_dateline
from .line_model import check_features, shipped_json
from .textnorm import key

MODEL_FILE = "title_model.json"
LEAD_LINES = 3
"""Body lines whose content words count as the article's lead."""
_URL = re.compile(r"https?://|www\.|@\w")
_ARABIC = re.compile(r"[\u0600-\u06ff]")

FEATURES: tuple[str, ...] = (
    "rules", "rules_first", "log_distance", "adjacent", "log_between", "page_top",
    "log_words", "short", "long", "two_lines", "end_strong", "end_question", "end_weak",
    "eligible", "quote_odd", "quote_start", "labelled", "symbol", "url", "digit_share",
    "dateish", "byline", "caption", "crumb", "marker", "label", "teaser",
    "lead_shared", "lead_share", "body_share", "best_lead", "no_stems", "script_gap",
    "copies", "log_repeats", "dated_below", "dated_above", "headline_above", "headline_below",
    "lower_start_below", "pair_continues", "pair_joinable", "upper_shared", "lower_shared", "lower_counter",
    "next_continues", "prev_continues", "upper_body_share", "lower_body_share", "lower_digit",
    "blank_between", "blank_above", "blank_below",
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate title: indexes of its first and last line (in the page's :class:`Line` list)."""

    first: int
    last: int


def candidates(lines: Sequence[Line], body: Sequence[int], rules: Candidate | None, window: int) -> list[Candidate]:
    """The candidate titles above the article whose body lines (indexes, in order) are ``body``:
    every non-body line of the ``window`` lines above the first, alone and with the line right
    under it (no blank line between), and the rules' choice ``rules``."""
    if not body:
        return [rules] if rules is not None else []
    kept = set(body)
    start = body[0]
    out = []
    for i in range(max(0, start - window), start):
        if i in kept:
            continue
        out.append(Candidate(i, i))
        if i + 1 < start and i + 1 not in kept and lines[i + 1].number == lines[i].last + 1 and not closes_dateline(lines[i + 1].text):
            out.append(Candidate(i, i + 1))  # (a wrapped headline's halves are printed with no blank line between)
    if rules is not None and rules not in out:
        out.append(rules)
    return out


def text_of(lines: Sequence[Line], c: Candidate) -> str:
    """The candidate's text, its lines joined with single spaces."""
    return " ".join(lines[i].text for i in range(c.first, c.last + 1))


def _share(stems: set[str], whole: set[str]) -> float:
    """Share of ``stems`` found in ``whole`` (0 for none)."""
    return len(stems & whole) / len(stems) if stems else 0.0


def _arabic_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if _ARABIC.match(ch)) / len(letters) if letters else 0.0


def features(
    lines: Sequence[Line], keys: Sequence[str], body: Sequence[int], teasers: set[int],
    cands: Sequence[Candidate], rules: Candidate | None,
) -> list[list[float]]:
    """The :data:`FEATURES` vector of every candidate (``keys``: the lines' :func:`textnorm.key`)."""
    from . import clean  # (clean imports this module; its helpers are read at call time)

    start = body[0] if body else len(lines)
    lead: set[str] = set()
    for i in body[:LEAD_LINES]:
        lead |= clean._stems(lines[i].text)
    whole: set[str] = set()
    for i in body:
        whole |= clean._stems(lines[i].text)
    body_script = _arabic_share(" ".join(lines[i].text for i in body[:LEAD_LINES]))
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    headline = [clean._headline(line) for line in lines]
    stems = [clean._stems(text_of(lines, c)) for c in cands]
    shared = [len(s & lead) for s in stems]
    top = max(shared, default=0)
    rows = []
    for c, s, n in zip(cands, stems, shared):
        head, tail = lines[c.first], lines[c.last]
        text = text_of(lines, c)
        tkey = key(text)
        trimmed = text.rstrip(clean._CLOSERS)
        words = sum(lines[i].words for i in range(c.first, c.last + 1))
        chars = [ch for ch in text if not ch.isspace()]
        copies = sum(
            1 for j in range(len(lines))
            if not c.first <= j <= c.last and len(tkey.split()) >= 2 and (keys[j] != tkey and f" {tkey} " in f" {keys[j]} ")
        )
        below = lines[c.last + 1] if c.last + 1 < len(lines) else None
        above = lines[c.first - 1] if c.first >= 1 else None
        low = (below.text.lstrip("\"'“”‘’«»(")[:1] if below is not None else "")
        rows.append([
            float(c == rules), float(rules is not None and c.first == rules.first),
            math.log1p(max(0, start - c.last - 1)), float(c.last + 1 == start),
            math.log1p(sum(1 for j in range(c.last + 1, start) if headline[j])), float(c.first == 0),
            math.log1p(words), float(words <= 3), float(words > 20), float(c.last > c.first),
            float(tail.end == "strong"), float(trimmed.endswith(("?", "؟"))), float(trimmed.endswith((":", ";", ",", "،", "؛"))),
            float(all(clean._title_eligible(lines[i], signed=True) for i in range(c.first, c.last + 1))),
            float(clean._quote_marks(text) % 2 == 1), float(text[:1] in "\"'“”‘’«»„"),
            float(bool(clean._LABELLED.match(text))), float(bool(clean._SYMBOL_START.match(text))),
            float(bool(_URL.search(text))), sum(ch.isdigit() for ch in chars) / max(1, len(chars)),
            float(head.dateish or tail.dateish), float(head.byline or tail.byline), float(head.caption or tail.caption),
            float(head.crumb or tail.crumb), float(any(lines[i].action is not None for i in range(c.first, c.last + 1))),
            float(clean._label(head)), float(any(i in teasers for i in range(c.first, c.last + 1))),
            min(n, 5) / 5, n / len(s) if s else 0.0, _share(s, whole),
            float(n == top and n > 0), float(not s), abs(_arabic_share(text) - body_script),
            float(min(copies, 2)), math.log1p(counts.get(tkey, 1) - 1),
            float(below is not None and (below.dateish or below.byline or below.stamp)),
            float(above is not None and (above.dateish or above.byline or above.stamp)),
            float(c.first >= 1 and headline[c.first - 1]), float(c.last + 1 < start and headline[c.last + 1]),
            float(low.isalpha() and low.islower()),
            float(c.last > c.first and clean._continues_title(head, tail)), float(c.last > c.first and clean._joinable(head, tail)),
            min(len(clean._stems(head.text) & lead), 3) / 3, min(len(clean._stems(tail.text) & lead), 3) / 3 if c.last > c.first else 0.0,
            float(c.last > c.first and (clean._counter(tail) or tail.stamp or tail.timed or bool(clean.find_dates(tail.text)))),
            float(below is not None and c.last + 1 < start and clean._continues_title(tail, below)),
            float(above is not None and clean._continues_title(above, head)),
            _share(clean._stems(head.text), whole), _share(clean._stems(tail.text), whole) if c.last > c.first else 0.0,
            float(c.last > c.first and any(ch.isdigit() for ch in tail.text)),
            float(any(lines[i + 1].number > lines[i].last + 1 for i in range(c.first, c.last))),
            float(above is None or head.number > above.last + 1), float(below is None or below.number > tail.last + 1),
        ])
    return rows


def _float32(x: float) -> float:
    """``x`` rounded to single precision, as the fitted trees compared their inputs."""
    return struct.unpack("f", struct.pack("f", x))[0]


@dataclass(frozen=True, slots=True)
class Tree:
    """One regression tree: per node its left and right child (-1 at a leaf), feature, threshold and value."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    value: tuple[float, ...]

    def predict(self, row: Sequence[float]) -> float:
        node = 0
        while self.left[node] >= 0:
            node = self.left[node] if row[self.feature[node]] <= self.threshold[node] else self.right[node]
        return self.value[node]


@dataclass(frozen=True, slots=True)
class TitleModel:
    """Gradient-boosted regression trees over :data:`FEATURES` (log-odds), and the threshold."""

    init: float
    rate: float
    trees: tuple[Tree, ...]
    threshold: float

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Probability that each candidate (a :func:`features` row) is the page's own headline."""
        out = []
        for row in rows:
            x = [_float32(v) for v in row]
            z = self.init + self.rate * sum(tree.predict(x) for tree in self.trees)
            out.append(1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z)))))
        return out

    def choose(
        self, lines: Sequence[Line], keys: Sequence[str], body: Sequence[int], teasers: set[int],
        rules: Candidate | None, window: int,
    ) -> Candidate | None:
        """The title: the best candidate when its probability reaches the threshold, else ``rules``
        (ties go to the rules' choice, then to the higher candidate)."""
        cands = candidates(lines, body, rules, window)
        if not cands:
            return rules
        p = self.probabilities(features(lines, keys, body, teasers, cands, rules))
        best = min(range(len(cands)), key=lambda k: (-p[k], cands[k] != rules, k))
        return cands[best] if p[best] >= self.threshold else rules

    @classmethod
    def from_json(cls, data: dict) -> "TitleModel":
        """Read the shipped model; a file that does not match :data:`FEATURES` is an error, not a guess."""
        check_features(data, MODEL_FILE, FEATURES, "bench/fit_title_model.py")
        trees = []
        for k, t in enumerate(data["trees"]):
            fields = [t[name] for name in ("left", "right", "feature", "threshold", "value")]
            if len({len(f) for f in fields}) != 1 or any(not -1 <= f < len(FEATURES) for f in t["feature"]):
                raise ValueError(f"{MODEL_FILE}: tree {k} has node lists of different lengths or an unknown feature")
            trees.append(Tree(*(tuple(f) for f in fields)))
        return cls(float(data["init"]), float(data["rate"]), tuple(trees), float(data["threshold"]))


@cache
def shipped() -> TitleModel:
    """The model shipped in ``translate_summarize/data/title_model.json``."""
    return TitleModel.from_json(shipped_json(MODEL_FILE))
