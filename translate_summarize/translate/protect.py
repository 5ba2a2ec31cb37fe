"""Keep URLs, e-mail addresses, @handles, #hashtags and numbers out of the model's hands.

A translation model rewrites what it should copy: argostranslate's SentencePiece decoder turns
every ``_`` into a space (``user_name@x.com`` → ``user name@x.com``), subword vocabularies break
rare URLs, and numbers get re-punctuated. :func:`protect` replaces each such span with a short
placeholder (``X1X``, ``X2X``, ... in order of appearance) that models copy as an opaque code;
:func:`restore` puts the originals back into the model's output.

- Every occurrence of a placeholder in the output gets its original (a model that repeats one
  repeats the original); placeholders the output lost are reported by number so the caller can
  translate that text again without protection (see ``engine``).
- Numbers written with Arabic-Indic digits come back with ASCII digits (``٢٥`` → ``25``, ``٣٫٥`` →
  ``3.5``): the same number, readable in the English text.
- A text whose placeholder letter already occurs in it as ``<letter><digits><letter>`` uses the
  next letter of :data:`PLACEHOLDER_LETTERS`, or is left unprotected when all are taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_TRAILING = ".,;:!?'\"»”’…،؛"

PROTECTED = re.compile(
    r"(?P<url>(?:https?://|ftp://|www\.)[^\s<>\"«»“”]+)"
    r"|(?P<email>[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)"
    r"|(?P<handle>(?<![\w@./])@[A-Za-z0-9_]{1,30}(?![\w@]))"
    r"|(?P<hashtag>(?<![\w#&])#(?=\w*[^\W\d])\w+)"
    rf"|(?P<number>(?<!\w)[{_DIGIT}]+(?:[.,:/\-\u066b\u066c][{_DIGIT}]+)*(?!\w))"
)
"""The spans kept unchanged, tried left to right in this order at each position."""

PLACEHOLDER_LETTERS = "XZQK"

_TO_ASCII = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹\u066b\u066c", "01234567890123456789.,"
)


def _placeholder_pattern(letter: str) -> re.Pattern[str]:
    # the model may put a space inside the code or change its case; numbers are 1-based
    return re.compile(rf"(?<![^\W\d_]){letter}\s?([0-9]{{1,3}})\s?{letter}(?![^\W\d_])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Protected:
    """``text`` with placeholders; ``items[i]`` is the span placeholder ``i + 1`` stands for and
    ``targets[i]`` what :func:`restore` puts back for it (the span, ASCII digits for a number)."""

    source: str
    text: str
    items: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    letter: str = PLACEHOLDER_LETTERS[0]

    @property
    def only_items(self) -> bool:
        """True when nothing but protected spans, spaces and punctuation is left to translate."""
        if not self.items:
            return False
        rest = _placeholder_pattern(self.letter).sub(" ", self.text)
        return not re.search(r"[^\W\d_]", rest)


def _span_end(kind: str, span: str) -> str:
    """Trim what a greedy URL match took from the sentence around it (final punctuation, a bracket)."""
    if kind != "url":
        return span
    while span and span[-1] in _TRAILING:
        span = span[:-1]
    while span.endswith(")") and span.count("(") < span.count(")"):
        span = span[:-1]
    return span


def protect(text: str) -> Protected:
    """Replace every protected span of ``text`` with a numbered placeholder."""
    letter = next((c for c in PLACEHOLDER_LETTERS if not _placeholder_pattern(c).search(text)), None)
    if letter is None:
        return Protected(text, text)
    items: list[str] = []
    targets: list[str] = []
    out: list[str] = []
    pos = 0
    for m in PROTECTED.finditer(text):
        kind = m.lastgroup or ""
        span = _span_end(kind, m.group())
        if not span or m.start() < pos:
            continue
        out.append(text[pos:m.start()])
        items.append(span)
        targets.append(span.translate(_TO_ASCII) if kind == "number" else span)
        out.append(f"{letter}{len(items)}{letter}")
        pos = m.start() + len(span)
    if not items:
        return Protected(text, text)
    out.append(text[pos:])
    return Protected(text, "".join(out), tuple(items), tuple(targets), letter)


def restore(output: str, protected: Protected) -> tuple[str, tuple[int, ...]]:
    """Put the protected spans back into ``output``.

    Returns the restored text and the (1-based) numbers of the placeholders ``output`` lost. A
    placeholder the model repeated is restored at each occurrence; a number beyond the items is
    left as the model wrote it.
    """
    if not protected.items:
        return output, ()
    seen: set[int] = set()

    def put_back(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if not 1 <= n <= len(protected.items):
            return m.group()
        seen.add(n)
        return protected.targets[n - 1]

    text = _placeholder_pattern(protected.letter).sub(put_back, output)
    missing = tuple(n for n in range(1, len(protected.items) + 1) if n not in seen)
    return text, missing


def repair(output: str, protected: Protected) -> str:
    """Undo the known mangling of protected spans in an output decoded *without* placeholders.

    argostranslate's decoder turns ``_`` into spaces: where ``user name@x.com`` stands in the
    output for ``user_name@x.com`` of the source, the original is put back.
    """
    for item in protected.items:
        if "_" in item and item not in output:
            output = output.replace(item.replace("_", " "), item)
    return output
