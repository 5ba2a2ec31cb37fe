"""Skipped and failed inputs grouped by kind of reason: one group per reason with its count, the fix
and the files (the brief's Problems section; usable for any grouped summary of a night).

Reasons are specific ("…/feed.jsonl line 2: not valid JSON (… column 46); fix or remove that line").
A group is the same status, stage and reason once the specifics are taken out: the input's own path
prefix, other paths (``…``), numbers (``N``) and parenthesised details holding numbers. The fix is the
advice the reason carries after its first ``; `` (the project's messages say what to do next), or a
short advice of our own for the few kinds whose reason has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .article import Article

_TOKEN = re.compile(r"(?<![\w.-])(?:[A-Za-z]:)?[\w.~-]*[/\\][^\s,;()'\"]*")
_DETAIL = re.compile(r"\s*\([^()]*\d[^()]*\)")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])")
_FIXES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^duplicate of "), "nothing to do: the first copy was processed (remove the copy to silence this)"),
    (re.compile(r"^(empty file|contains only whitespace)"), "nothing to extract: remove the file, or fix what saved it"),
    (re.compile(r"^binary file"), "not a text page: remove it, or save the page as .txt or .html"),
    (re.compile(r"^unsupported language"), "nothing to do unless you need this language: then add it to languages.supported and install its model"),
)
NO_FIX = "see the article page (and errors.jsonl) for the details"


@dataclass(frozen=True, slots=True)
class ProblemGroup:
    """Inputs that were skipped or failed for the same kind of reason."""

    status: str
    stage: str
    reason: str
    """The members' reason (without their own path) when they all have the same one, else the kind
    of reason: the specifics (paths, numbers, details) taken out."""
    fix: str
    members: tuple[tuple[str, str], ...]
    """``(source_file, article id)`` of each input, in output order."""

    @property
    def count(self) -> int:
        return len(self.members)


def _own_prefixes(source: str) -> list[str]:
    """How a reason may start with the input's own name: ``path`` or, for a JSONL line ``path:N``, ``path line N``."""
    prefixes = [source]
    m = re.fullmatch(r"(.*):(\d+)", source)
    if m:
        prefixes.append(f"{m.group(1)} line {m.group(2)}")
    return prefixes


def split_reason(article: Article) -> tuple[str, str]:
    """``(what, advice)``: the reason without the input's own path prefix, split at the first ``; ``."""
    reason = (article.reason or "no reason recorded").strip()
    for prefix in _own_prefixes(article.source_file):
        if prefix and reason.startswith(prefix + ":"):
            reason = reason[len(prefix) + 1 :].strip()
            break
    what, _, advice = reason.partition("; ")
    return what.strip(), advice.strip()


def _is_path(token: str) -> bool:
    """``/tmp/x``, ``./in``, ``in/page.txt``, ``a/b/c``: a path, not ``share/comment`` or ``and/or``."""
    token = token.rstrip(".:")
    return token.startswith(("/", "./", "../", "~/", "\\")) or bool(re.match(r"[A-Za-z]:[/\\]", token)) \
        or len(re.findall(r"[/\\]", token)) >= 2 or bool(re.search(r"\.[A-Za-z0-9]{1,5}$", token))


def reason_kind(what: str) -> str:
    """``what`` with the specifics taken out, so the same kind of reason groups together."""
    kind, previous = what, None
    while kind != previous:  # innermost first: "(… line 1 column 1 (char 0))"
        kind, previous = _DETAIL.sub("", kind), kind
    kind = _TOKEN.sub(lambda m: "…" if _is_path(m.group(0)) else m.group(0), kind)
    kind = _NUMBER.sub("N", kind)
    return " ".join(kind.split()) or "no reason recorded"


def fix_for(what: str, advice: str) -> str:
    for pattern, fix in _FIXES:
        if pattern.search(what):
            return fix
    return advice or NO_FIX


def group_problems(articles: Iterable[Article]) -> list[ProblemGroup]:
    """The not-ok ``articles`` grouped by (status, stage, kind of reason); largest group first."""
    groups: dict[tuple[str, str, str], list[Article]] = {}
    fixes: dict[tuple[str, str, str], str] = {}
    specific: dict[tuple[str, str, str], set[str]] = {}
    for a in articles:
        if a.ok:
            continue
        what, advice = split_reason(a)
        key = (a.status, a.stage or "unknown stage", reason_kind(what))
        groups.setdefault(key, []).append(a)
        fixes.setdefault(key, fix_for(what, advice))
        specific.setdefault(key, set()).add(what)
    out = [
        ProblemGroup(
            status, stage, next(iter(specific[key])) if len(specific[key]) == 1 else kind, fixes[key],
            tuple((a.source_file, a.id) for a in members),
        )
        for key, members in groups.items()
        for status, stage, kind in [key]
    ]
    return sorted(out, key=lambda g: (-g.count, g.status, g.stage, g.reason))
