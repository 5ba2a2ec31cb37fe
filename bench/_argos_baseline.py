"""argostranslate's own ``translate()`` on an installed package, offline (shared by the translation benches).

Two things in argostranslate must not happen here: its ``settings`` module creates folders under
``~/.local`` and ``~/.config`` at import time, and its default sentence splitter (MiniSBD) downloads
an ONNX model on first use (Stanza/spaCy likewise). :func:`argos_translation` therefore imports
argostranslate with its XDG folders pointed at a throw-away directory and replaces the package
translation's sentence splitter with our own (:func:`translate_summarize.segment.split_sentences`),
which runs offline. Everything else is argostranslate's code path: ``PackageTranslation.translate``
→ paragraphs → sentences → one ``ctranslate2.Translator.translate_batch`` per paragraph with
argostranslate's own batch size (32 tokens), beam size, ``length_penalty=0.2`` and scores.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator

_ARGOS_ENV = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR", "ARGOS_CHUNK_TYPE")


@contextlib.contextmanager
def _isolated_env(root: Path) -> Iterator[None]:
    """Point argostranslate's folders at ``root`` for the duration of its import, then restore the env."""
    saved = {key: os.environ.get(key) for key in _ARGOS_ENV}
    os.environ.update(
        HOME=str(root / "home"),  # onnxruntime (imported by argostranslate's MiniSBD module) writes under ~/.cache
        XDG_DATA_HOME=str(root / "data"),
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_CACHE_HOME=str(root / "cache"),
        ARGOS_PACKAGES_DIR=str(root / "packages"),
        ARGOS_CHUNK_TYPE="MINISBD",  # constructed offline; replaced below before any use
    )
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def import_argostranslate() -> tuple[Any, Any, Any]:
    """``(package, settings, translate)`` modules of argostranslate, imported without touching ``~``.

    Modules already imported by someone else stay as they were imported.
    """
    if "argostranslate.translate" not in sys.modules:
        root = Path(tempfile.mkdtemp(prefix="argos-home-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        with _isolated_env(root):
            import argostranslate.translate  # noqa: F401  (its settings create folders under root)
    from argostranslate import package, settings, translate

    return package, settings, translate


class OfflineSentencizer:
    """argostranslate's sentence-splitter interface over an offline splitter (default: our segmenter)."""

    def __init__(self, lang: str, split: Callable[[str], list[str]] | None = None) -> None:
        self.lang = lang
        self._split = split

    def split_sentences(self, text: str) -> list[str]:
        if self._split is not None:
            return self._split(text)
        from translate_summarize.segment import split_sentences

        return [s.text for s in split_sentences(text, self.lang)] or [text]

    def __str__(self) -> str:
        return f"OfflineSentencizer({self.lang})"


def argos_translation(
    package_path: Path,
    *,
    split: Callable[[str], list[str]] | None = None,
    beam_size: int | None = None,
    compute_type: str | None = None,
    intra_threads: int | None = None,
) -> Any:
    """argostranslate's ``PackageTranslation`` for an installed package folder, with an offline splitter.

    ``split`` (paragraph -> sentences) replaces the default splitter, e.g. to feed argostranslate the
    very segments our engine translated. ``beam_size``, ``compute_type`` and ``intra_threads``
    override argostranslate's settings (its defaults otherwise: beam 4, compute type ``auto``, all
    cores); use them to decode like our engine. Call ``.translate(text)`` on the result; its
    ``.translator`` (a ``ctranslate2.Translator``, loaded on first use) may be set beforehand, e.g. to
    a wrapper that counts tokens.
    """
    package, settings, translate = import_argostranslate()
    if beam_size is not None:
        settings.beam_size = beam_size
    if compute_type is not None:
        settings.compute_type = compute_type
    if intra_threads is not None:
        settings.intra_threads = intra_threads
    pkg = package.Package(Path(package_path))
    translation = translate.PackageTranslation(
        translate.Language(pkg.from_code, pkg.from_name), translate.Language(pkg.to_code, pkg.to_name), pkg
    )
    translation.sentencizer = OfflineSentencizer(pkg.from_code, split)
    return translation
