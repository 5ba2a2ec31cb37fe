"""A learned second opinion on body lines: is a line the rules kept as body really the article's?

The rules of :mod:`clean` find the article as the best-scoring run of lines and cut it at marker
families; what no word list names (a poll in the middle of the article, a "related match" card, a
"was this page useful?" prompt, a newspaper's "continued from page 15" jump) stays in the run.
This module scores every kept line with a logistic regression over features that say nothing
about any one site: the line's own shape (length, function-word share, how it ends, digit and
percent share, an ellipsis ending), its block (the lines between two blank lines: how many, how
many of them are sentences, the longest), its neighbours (sentences before and after, distance to
the nearest sentence, a sentence right under it in its block, a byline or date right above it), and the page (the same text, or the same text with other numbers, found
again elsewhere on the page). A kept line whose probability of being body falls below the
shipped threshold is dropped.

The weights are fitted by ``bench/fit_line_model.py`` on the tuning templates' page dumps (gold
by construction), deterministically, and shipped in ``data/line_model.json`` with the
cross-round validation figures that chose the threshold. Nothing is fitted at run time.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Collection, Sequence

from .boilerplate import Line
from .textnorm import ascii_digits, key

MODEL_FILE = "line_model.json"
NEAR = 5
"""Distance (in lines) to the nearest sentence from which a line counts as far from the text."""
_QUOTES = ('"', "«", "»", "“", "”")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)\W*$")

FEATURES: tuple[str, ...] = (
    "log_words", "stop_ratio", "end_strong", "end_weak", "end_none", "prose",
    "bullet", "numbered", "repeated", "dateish", "crumb", "timed", "caption", "byline", "stamp",
    "family", "act_end", "act_teaser", "act_skip",
    "digit_share", "percent", "ellipsis", "shape_repeated",
    "block_log_size", "block_prose_share", "block_log_max_words", "block_single",
    "prev_prose", "next_prose", "near_prose", "heads_sentence", "after_meta",
)


def blocks(lines: Sequence[Line]) -> list[int]:
    """Block number of every line: lines with no blank line between them share a block."""
    out: list[int] = []
    for i, line in enumerate(lines):
        if i and line.number == lines[i - 1].last + 1:
            out.append(out[-1])
        else:
            out.append(out[-1] + 1 if out else 0)
    return out


def features(lines: Sequence[Line]) -> list[list[float]]:
    """The :data:`FEATURES` vector of every line of a page (``lines`` as :func:`boilerplate.analyse` gives them)."""
    block = blocks(lines)
    members: dict[int, list[int]] = {}
    for i, b in enumerate(block):
        members.setdefault(b, []).append(i)
    shapes: dict[str, int] = {}
    for line in lines:
        if _has_digit(line.text):
            k = key(line.text)
            shapes[k] = shapes.get(k, 0) + 1
    prose = [line.prose for line in lines]
    prose_at = [i for i, p in enumerate(prose) if p]
    rows = []
    for i, line in enumerate(lines):
        text = line.text
        chars = [c for c in ascii_digits(text) if not c.isspace()]
        group = members[block[i]]
        near = min((abs(i - j) for j in prose_at), default=NEAR)
        rows.append([
            math.log1p(line.words), line.stop_ratio,
            float(line.end == "strong"), float(line.end == "weak"), float(line.end == "none"), float(line.prose),
            float(line.bullet), float(line.numbered), float(line.repeated), float(line.dateish), float(line.crumb),
            float(line.timed), float(line.caption), float(line.byline), float(line.stamp),
            float(line.family is not None), float(line.action == "end"), float(line.action == "teaser"),
            float(line.action == "skip"),
            sum(c.isdigit() for c in chars) / max(1, len(chars)), float("%" in text or "٪" in text),
            float(bool(_ELLIPSIS.search(text))),
            float(_has_digit(text) and shapes.get(key(text), 0) > 1 and line.words <= 8),
            math.log1p(len(group)), sum(prose[j] for j in group) / len(group),
            math.log1p(max(lines[j].words for j in group)), float(len(group) == 1),
            float(i > 0 and prose[i - 1]), float(i + 1 < len(lines) and prose[i + 1]),
            1.0 - min(near, NEAR) / NEAR,
            float(i + 1 < len(lines) and prose[i + 1] and block[i + 1] == block[i]),
            float(i > 0 and (lines[i - 1].byline or lines[i - 1].dateish)),
        ])
    return rows


def candidate(line: Line) -> bool:
    """Lines the model may drop: no sentence (:attr:`Line.prose`), no numbered or bulleted list
    item, no end (or start) of a quotation running over lines (an odd count of quote marks); the
    rules keep those on their own evidence."""
    return not (line.prose or line.numbered or line.bullet or sum(line.text.count(q) for q in _QUOTES) % 2)


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


@dataclass(frozen=True, slots=True)
class LineModel:
    """Standardisation and logistic-regression weights over :data:`FEATURES`, and the threshold."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    threshold: float

    def probabilities(self, lines: Sequence[Line]) -> list[float]:
        """Probability that each line is article body."""
        out = []
        for row in features(lines):
            z = self.intercept + sum(w * (x - m) / s for w, x, m, s in zip(self.weights, row, self.mean, self.scale))
            out.append(1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z)))))
        return out

    def vet(self, lines: Sequence[Line], kept: list[int], protect: Collection[int] = ()) -> list[int]:
        """``kept`` without the :func:`candidate` lines (not in ``protect``) whose probability of
        being body is below the threshold."""
        unsure = [i for i in kept if i not in protect and candidate(lines[i])]
        if not unsure:  # (most pages: every kept line is a sentence, a list item or protected)
            return kept
        p = self.probabilities(lines)
        drop = {i for i in unsure if p[i] < self.threshold}
        return [i for i in kept if i not in drop]

    @classmethod
    def from_json(cls, data: dict) -> "LineModel":
        """Read the shipped model; a file that does not match :data:`FEATURES` is an error, not a guess."""
        check_features(data, MODEL_FILE, FEATURES, "bench/fit_line_model.py")
        n = len(FEATURES)
        for name in ("mean", "scale", "weights"):
            if len(data[name]) != n:
                raise ValueError(f"{MODEL_FILE}: {name} has {len(data[name])} values, want {n}")
        return cls(tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]), float(data["intercept"]), float(data["threshold"]))


def shipped_json(name: str) -> dict:
    """The JSON of a model shipped in ``translate_summarize/data/`` (this module's and :mod:`title_model`'s)."""
    return json.loads(resources.files("translate_summarize").joinpath("data", name).read_text(encoding="utf-8"))


def check_features(data: dict, name: str, features: tuple[str, ...], fitter: str) -> None:
    """A shipped model file whose feature names are not this code's is an error, not a guess."""
    if tuple(data.get("features", ())) != features:
        raise ValueError(
            f"{name}: features {data.get('features')!r} do not match this code's {list(features)!r}; refit it with {fitter}"
        )


@cache
def shipped() -> LineModel:
    """The model shipped in ``translate_summarize/data/line_model.json``."""
    return LineModel.from_json(shipped_json(MODEL_FILE))
