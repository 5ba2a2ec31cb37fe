"""bench/plain_pages.py: the plain-page report runs on every NTREX dev document in three languages."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_plain_pages_report_covers_every_document_and_sentence() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "plain_pages.py"), "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    totals = re.fullmatch(
        r"180 plain pages: title exact (\d\.\d{3}) \((\d+) wrong, (\d+) of them no title\); "
        r"body sentences kept (\d\.\d{4}) \((\d+) of 2688 lost\)\n",
        proc.stdout,
    )
    assert totals, proc.stdout
    wrong, untitled, lost = int(totals[2]), int(totals[3]), int(totals[5])
    assert untitled <= wrong <= 180 and lost <= 2688
    assert float(totals[1]) == round(1 - wrong / 180, 3)
