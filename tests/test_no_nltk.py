"""No NLTK data and no network: every summary method still works.

sumy normally needs NLTK's punkt data (a download no package registry ships). Our sentences come
from our own segmentation and words from a regular expression, so nothing may look for NLTK data.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from summary_docs import BUDGET

from translate_summarize.summarize import METHODS, lexrank_scores, select_sentences

ROOT = Path(__file__).resolve().parents[1]

DOC = BUDGET[:5]


def test_every_method_without_nltk_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import nltk

    empty = tmp_path / "nltk_data"
    empty.mkdir()
    monkeypatch.setenv("NLTK_DATA", str(empty))
    monkeypatch.setattr(nltk.data, "path", [str(empty)])
    lookups: list[str] = []

    def refuse(resource: str, *args: object, **kwargs: object) -> None:
        lookups.append(resource)
        raise LookupError(f"NLTK data lookup refused in this test: {resource}")

    monkeypatch.setattr(nltk.data, "find", refuse)
    monkeypatch.setattr(nltk.data, "load", refuse)
    for method in METHODS:
        chosen = select_sentences(DOC, method=method, count=2, title="Council approves school budget")
        assert len(chosen) == 2, method
    assert lexrank_scores(DOC).shape == (5,)
    assert lookups == []
    assert list(empty.iterdir()) == []


SCRIPT = textwrap.dedent(
    """
    import socket, sys
    def refuse(*a, **k):
        raise OSError("network refused in test")
    socket.socket.connect = refuse
    socket.create_connection = refuse
    import nltk
    nltk.data.path[:] = [sys.argv[1]]
    from translate_summarize.summarize import METHODS, select_sentences
    doc = [
        "The city council approved a new budget for public schools on Monday.",
        "Council members said the budget adds ten million dollars for teachers.",
        "Parents had protested for months outside the council building.",
        "The mayor said the school budget will be signed next week.",
    ]
    for m in METHODS:
        print(m, select_sentences(doc, method=m, count=1, title="Council approves school budget"))
    """
)


def test_fresh_interpreter_with_empty_nltk_data(tmp_path: Path) -> None:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(empty)], capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(METHODS)
    assert list(empty.iterdir()) == []
