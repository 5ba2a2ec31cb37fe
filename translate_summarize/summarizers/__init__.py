"""Extractive summarisation algorithms, one small module per algorithm.

``text`` turns our sentences into sumy's document model (no NLTK data needed); ``ranking`` holds
the shared ordering rule; the other modules are vectorised (numpy/scipy) versions of sumy's
algorithms that return the same selections, plus the position-aware default (``positional``).
"""
