"""CI runs the property tests on fixed examples; a developer's run explores new ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]


def test_the_loaded_hypothesis_profile_follows_the_ci_variable() -> None:
    assert settings.default.derandomize is bool(os.environ.get("CI"))
    assert settings.default.database is None or not os.environ.get("CI")


def test_ci_entry_point_sets_ci_so_property_tests_are_derandomized() -> None:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'export CI="${CI:-true}"' in text
    code = "import conftest; from hypothesis import settings; print(settings.default.derandomize)"
    env = {**os.environ, "CI": "true"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT / "tests", env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
