"""Extractive summarisation algorithms, one small module per algorithm.

``text`` turns our sentences into sumy's document model (no NLTK data needed); ``ranking`` holds
the shared ordering rule; the other modules are vectorised (numpy/scipy) versions of sumy's
algorithms that return the same selections; ``features`` and ``supervised`` are the default: a linear
scorer fitted to editors' picks; ``furniture`` recognises page furniture left in a body.
"""

from __future__ import annotations

DEFAULT_METHOD = "supervised"
"""The algorithm the ``default`` method name resolves to."""
METHODS: tuple[str, ...] = ("default", "lead", "lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")
"""Summary method names accepted by ``summary.method`` / ``--method``."""
