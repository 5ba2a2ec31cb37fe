"""Translation memory at nightly scale: import, re-import, cache writes, batched lookups, export.

Builds N synthetic Arabic segments (half imported as human pairs from JSONL, half cached as model
output), then times each operation on a fresh SQLite file in a temp dir and prints one line each.

    python bench/memory_speed.py [--segments 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, TypeVar

from translate_summarize.translate.memory import TranslationMemory
from translate_summarize.translate.memory_formats import TMRow, write_jsonl

T = TypeVar("T")


def timed(label: str, fn: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<34} {time.perf_counter() - start:7.2f} s   {result}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--segments", type=int, default=100_000, help="segments looked up (half human, half cached)")
    args = parser.parse_args(argv)
    n = args.segments
    sources = [f"هذه جملة اختبار رقم {i} في نشرة الأخبار" for i in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pairs = work / "pairs.jsonl"
        with pairs.open("w", encoding="utf-8") as fh:
            write_jsonl((TMRow("ar", "en", source, f"test sentence {i}") for i, source in enumerate(sources[: n // 2])), fh)
        with TranslationMemory(work / "memory.sqlite") as tm:
            timed(f"import {n // 2:,} JSONL pairs", lambda: tm.import_file(pairs).added)
            timed("re-import (all unchanged)", lambda: tm.import_file(pairs).unchanged)
            cached = [(s, "machine", -0.3) for s in sources[n // 2 :]]
            timed(f"put_translations {len(cached):,}", lambda: tm.put_translations("ar", "en", cached, model_id="m@1"))
            timed(f"get_many {n:,} (one call)", lambda: len(tm.get_many("ar", "en", sources, model_ids={"m@1"})))
            timed(f"export {n:,} as TMX", lambda: tm.export(work / "out.tmx", "tmx", include_model=True))
            print(f"hit rate {tm.hit_rate():.2f}; db {tm.stats()['db_bytes'] / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
