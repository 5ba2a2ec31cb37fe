"""Extractive summarisation algorithms, one small module per algorithm.

``text`` turns our sentences into sumy's document model (no NLTK data needed); ``ranking`` holds
the shared ordering rule; the other modules are vectorised (numpy/scipy) versions of sumy's
algorithms that return the same selections, plus the position-aware default (``positional``).
"""

from __future__ import annotations

DEFAULT_METHOD = "positional"
"""The algorithm the ``default`` method name resolves to."""
METHODS: tuple[str, ...] = ("default", "lead", "lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")
"""Summary method names accepted by ``summary.method`` / ``--method``."""
