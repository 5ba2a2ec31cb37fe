"""Stand-ins for CTranslate2 and argostranslate's tokenizers whose behaviour is fixed by construction.

``CopyTranslator`` is a ``ctranslate2.Translator`` whose output tokens are its input tokens (what an
exact copy model does), with a score of -0.1 per token; it records every ``translate_batch`` call,
raises on inputs holding a chosen token, and can be told to drop or repeat tokens. ``SpaceTokenizer``
splits on whitespace. Together they make the engine's own logic (limits, splitting, containment,
placeholders) testable with exact expected values and no model weights.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from translate_summarize.settings import Settings
from translate_summarize.translate.engine import CTranslate2Backend
from translate_summarize.translate.limits import ModelLimits
from translate_summarize.translate.models import InstalledPackage


@dataclass
class Output:
    hypotheses: list[list[str]]
    scores: list[float]


@dataclass
class CopyTranslator:
    """Copies each source; ``raise_on`` tokens make a call raise; ``rewrite`` edits outputs."""

    raise_on: frozenset[str] = frozenset()
    rewrite: Callable[[list[str]], list[str]] | None = None
    calls: list[dict[str, Any]] = field(default_factory=list)

    def translate_batch(self, source: list[list[str]], target_prefix: Any = None, **kwargs: Any) -> list[Output]:
        self.calls.append({"source": [list(s) for s in source], "target_prefix": target_prefix, **kwargs})
        bad = [t for s in source for t in s if t in self.raise_on]
        if bad:
            raise RuntimeError(f"cannot decode {bad[0]!r}")
        max_len = kwargs.get("max_decoding_length", 256)
        outputs = []
        for i, toks in enumerate(source):
            out = list(toks)
            if self.rewrite is not None:
                out = self.rewrite(out)
            if target_prefix:
                out = list(target_prefix[i]) + out
            out = out[:max_len]
            outputs.append(Output([out], [-0.1 * len(out)]))
        return outputs

    @property
    def sources(self) -> list[list[str]]:
        return [s for call in self.calls for s in call["source"]]


class SpaceTokenizer:
    """Whitespace tokens; ``exit_on`` makes ``encode`` call ``sys.exit`` like argostranslate's BPE code."""

    def __init__(self, exit_on: str | None = None) -> None:
        self.exit_on = exit_on
        self.encoded = 0

    def encode(self, text: str) -> list[str]:
        self.encoded += 1
        if self.exit_on is not None and self.exit_on in text:
            raise SystemExit(1)
        return text.split()

    def decode(self, tokens: Sequence[str]) -> str:
        return " ".join(tokens)


def package(tmp: Path, lang: str = "sq", version: str = "1.9", *, target_prefix: str = "") -> InstalledPackage:
    return InstalledPackage(
        code=f"translate-{lang}_en", from_code=lang, to_code="en", package_version=version, argos_version="1.9",
        path=tmp / f"translate-{lang}_en", size_bytes=0, source="test", installed_at="2025-01-01T00:00:00Z",
        tokenizer="sentencepiece", target_prefix=target_prefix,
    )


def copy_backend(
    tmp: Path,
    *,
    limits: ModelLimits = ModelLimits(),
    translator: CopyTranslator | None = None,
    tokenizer: SpaceTokenizer | None = None,
    target_prefix: str = "",
    **settings: Any,
) -> tuple[CTranslate2Backend, CopyTranslator]:
    """A real CTranslate2Backend over a copy translator and a whitespace tokenizer."""
    translator = translator or CopyTranslator()
    backend = CTranslate2Backend(
        package(tmp, target_prefix=target_prefix), Settings(models_dir=tmp, **settings),
        translator=translator, tokenizer=tokenizer or SpaceTokenizer(), limits=limits,
    )
    return backend, translator
