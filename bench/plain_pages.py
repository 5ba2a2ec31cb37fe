"""Plain pages: every NTREX dev document as the simplest page there is, scored by construction.

Each of the 60 NTREX-128 dev documents, in Arabic, Albanian and English (180 pages), written as its
headline, a blank line, and its sentences one paragraph each: no menus, dates, bylines or teasers
(what a reader-mode copy or a bare text export looks like). The cleaner should take the headline as
the title and keep every sentence. Nobody tuned on this check; it shows the title and body kinds
the cleaner gets wrong even without furniture: headlines ending in a full stop over prose (taken as
the first sentence: no title, kept in the body), "Watch:"-labelled headlines (read as a video
caption), and a short unpunctuated second line (a subheading or standfirst) joined to the title.

    python bench/plain_pages.py [--quiet]

Prints each wrong title and each lost body line, then the totals; exits 0 (a report, not a gate).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_pages import load_docs  # noqa: E402

from translate_summarize.article import Article  # noqa: E402
from translate_summarize.clean import clean  # noqa: E402
from translate_summarize.settings import Settings  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quiet", action="store_true", help="totals only")
    args = parser.parse_args(argv)
    settings = Settings()
    pages = lines = lost = wrong = missing = 0
    for lang in ("ar", "sq", "en"):
        for doc in load_docs(lang):
            body = [s for s in doc.sentences if s.strip()]
            raw = doc.headline + "\n\n" + "\n\n".join(body) + "\n"
            article = clean(Article(id=f"{lang}_{doc.number:02d}", source_file=f"{lang}_{doc.number:02d}.txt", raw=raw), settings)
            kept = "\n".join(p.text for p in article.paragraphs)
            gone = [s for s in body if s.strip() not in kept]
            pages += 1
            lines += len(body)
            lost += len(gone)
            if (article.title or "").strip() != doc.headline.strip():
                wrong += 1
                missing += article.title is None
                if not args.quiet:
                    print(f"title  {lang}_{doc.number:02d}: got {article.title!r:.90} want {doc.headline!r:.70}")
            if gone and not args.quiet:
                print(f"lost   {lang}_{doc.number:02d}: {[s[:70] for s in gone][:3]}")
    print(f"{pages} plain pages: title exact {1 - wrong / pages:.3f} ({wrong} wrong, {missing} of them no title); "
          f"body sentences kept {1 - lost / lines:.4f} ({lost} of {lines} lost)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
