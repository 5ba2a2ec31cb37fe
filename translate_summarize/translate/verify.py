"""``models verify``: load every installed package with the engine and translate one sentence."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError
from ..settings import Settings
from .models import InstalledPackage, scan_packages

log = logging.getLogger(__name__)

# One short news-style sentence per source language (anything else gets the English one).
PROBE_SENTENCES = {
    "ar": "التقى وزير الخارجية بنظيره في دوشنبه يوم الثلاثاء.",
    "sq": "Ministri i Jashtëm u takua me homologun e tij në Dushanbe.",
    "en": "The foreign minister met his counterpart in Dushanbe on Tuesday.",
}


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """Outcome for one package folder: ``ok``, ``suspect`` (loaded, but the guard flagged the output) or ``failed``."""

    name: str
    path: Path
    status: str
    source: str = ""
    output: str = ""
    flags: tuple[str, ...] = ()
    error: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def verify_package(pkg: InstalledPackage, settings: Settings) -> VerifyResult:
    """Load ``pkg`` with the engine and translate its probe sentence."""
    from .engine import CTranslate2Backend

    source = PROBE_SENTENCES.get(pkg.from_code, PROBE_SENTENCES["en"])
    started = time.perf_counter()
    backend = None
    try:
        backend = CTranslate2Backend(pkg, settings)
        result = backend.translate_batch([source])[0]
    except (ModelError, OSError, RuntimeError, ValueError) as exc:
        return VerifyResult(pkg.model_id, pkg.path, "failed", source, error=str(exc), seconds=time.perf_counter() - started)
    finally:
        if backend is not None:
            backend.close()
    status = "suspect" if result.flags else "ok"
    return VerifyResult(pkg.model_id, pkg.path, status, source, result.text, tuple(result.flags), seconds=time.perf_counter() - started)


def verify_packages(models_dir: Path, settings: Settings | None = None) -> list[VerifyResult]:
    """Verify every package folder under ``models_dir``; broken folders are reported as failed."""
    settings = settings or Settings()
    packages, problems = scan_packages(models_dir)
    results = [verify_package(pkg, settings) for pkg in packages]
    for problem in problems:
        results.append(VerifyResult(problem.path.name, problem.path, "failed", error=problem.problem))
    for r in results:
        log.info("verify %s: %s %s", r.name, r.status, r.error or r.output)
    return results
