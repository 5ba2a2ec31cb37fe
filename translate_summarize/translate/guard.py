"""Degenerate-output guard: flag model output that must not be passed on as a translation.

Neural decoders fail in recognisable ways: they emit nothing, loop on a token or phrase
("the the the ...", "rdrdrdrd"), or run on until the length limit. :func:`check_output` looks at the
output tokens (subword pieces, as the model produced them) and returns the flags that apply. A
flag in :data:`REJECTING` means the output must not be used: the translate stage keeps the segment
with ``en=None`` and its flags instead of passing garbage on; the other flags (``truncated``,
``partial``) keep the text and warn the reader.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

EMPTY = "empty"
REPETITION = "repetition"
TOO_LONG = "too_long"
TRUNCATED = "truncated"
"""The output stopped at the model's (or ``translate.max_decoding_length``'s) limit, below the
unit's own length limit: usable, but it may end early."""
PARTIAL = "partial"
"""Some pieces of a unit that was split before translation could not be translated; the text marks
them ``[untranslated]``."""
ERROR = "error"
"""The decoder raised for this text (the message travels with it)."""
NO_MODEL = "no_model"
"""No model could translate this text (none installed, or its package is broken)."""

REJECTING = frozenset({EMPTY, REPETITION, TOO_LONG, ERROR, NO_MODEL})
"""Flags that mean the output must not be used as a translation (the others are warnings)."""


def usable(flags: Sequence[str]) -> bool:
    """True when none of ``flags`` rejects the output."""
    return not any(f in REJECTING for f in flags)


@dataclass(frozen=True, slots=True)
class GuardConfig:
    """Thresholds of the guard (the length limit is the decoder's own: ``ratio * source + extra``)."""

    length_ratio: float = 2.0
    length_extra: int = 10
    max_ngram: int = 4
    """Longest n-gram (in tokens) checked for consecutive repetition."""
    min_repeats: int = 4
    """A single token repeated this many times in a row is a loop; n-grams of 2+ tokens need one fewer."""
    min_tokens_for_ratio: int = 12
    """Outputs at least this long are also checked for low token diversity."""
    min_distinct_ratio: float = 0.25
    """Below this share of distinct tokens a long output is a loop."""

    def max_output_tokens(self, source_tokens: int) -> int:
        """The decoding length limit for a source of ``source_tokens`` tokens."""
        return int(math.ceil(self.length_ratio * source_tokens)) + self.length_extra


def _has_loop(tokens: Sequence[str], config: GuardConfig) -> bool:
    # single tokens must repeat min_repeats times; longer n-grams one time fewer (3 x "a b" = 6 tokens)
    for n in range(1, config.max_ngram + 1):
        needed = config.min_repeats if n == 1 else max(config.min_repeats - 1, 2)
        if consecutive_repeats_of_size(tokens, n) >= needed:
            return True
    if len(tokens) >= config.min_tokens_for_ratio:
        if len(set(tokens)) / len(tokens) < config.min_distinct_ratio:
            return True
    return False


def consecutive_repeats_of_size(tokens: Sequence[str], n: int) -> int:
    """Largest number of back-to-back copies of any n-gram of exactly ``n`` tokens (linear time)."""
    best = 1 if len(tokens) >= n else 0
    run = 0
    for i in range(len(tokens) - n):
        if tokens[i] == tokens[i + n]:
            run += 1
            if run // n + 1 > best:
                best = run // n + 1
        else:
            run = 0
    return best


def check_output(
    source_tokens: int,
    output_tokens: Sequence[str],
    text: str,
    config: GuardConfig = GuardConfig(),
    max_length: int | None = None,
) -> tuple[str, ...]:
    """Flags for one decoded output (empty tuple: the output is usable).

    Args:
        source_tokens: number of source tokens the output was decoded from.
        output_tokens: the output's tokens (target prefix removed).
        text: the detokenised output.
        config: thresholds.
        max_length: the decoding limit the output was produced under, when it was capped below the
            unit's own limit (``config.max_output_tokens``); reaching it means ``truncated``, not
            ``too_long``.

    Returns:
        A subset of ``("empty", "repetition", "too_long", "truncated")`` in that order.
    """
    flags: list[str] = []
    if not text.strip():
        flags.append(EMPTY)
    tokens = list(output_tokens)
    if tokens and _has_loop(tokens, config):
        flags.append(REPETITION)
    if source_tokens > 0:
        own = config.max_output_tokens(source_tokens)
        if len(tokens) >= own:
            flags.append(TOO_LONG)
        elif max_length is not None and max_length < own and len(tokens) >= max_length:
            flags.append(TRUNCATED)
    return tuple(flags)
