"""translate-summarize: raw Albanian/Arabic news pages in, English translations, summaries and briefs out.

Public API (heavy modules are imported lazily)::

    from translate_summarize import Settings, load_settings, Article, run
"""

from __future__ import annotations

from typing import Any

from .article import Article, Paragraph, Segment, Sentence, Summary, Topic
from .settings import Settings, load_settings

__version__ = "0.1.0"

__all__ = ["Article", "Paragraph", "Segment", "Sentence", "Settings", "Summary", "Topic", "__version__", "load_settings", "run"]


def run(*args: Any, **kwargs: Any) -> Any:
    """Run the nightly pipeline; see :func:`translate_summarize.pipeline.run`."""
    from .pipeline import run as _run

    return _run(*args, **kwargs)
