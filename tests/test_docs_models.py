"""docs/models.md says what the code does: the published packages' real file names, sizes and checksums
(the catalogue's), conversion commands that produce folders ``models install --ct2`` reads, the language
codes it knows, every model family's licence, and only real commands and flags."""

from __future__ import annotations

import re
from pathlib import Path

from doc_commands import check_command_lines
from translate_summarize.translate.catalogue import KNOWN_CHECKSUMS, load_catalogue
from translate_summarize.translate.ct2_import import NLLB_CODES, PAIR_SPM_NAMES, SINGLE_SPM_NAMES

DOC = Path(__file__).resolve().parents[1] / "docs" / "models.md"
TEXT = DOC.read_text(encoding="utf-8")


def test_every_command_line_uses_real_commands_and_flags() -> None:
    assert check_command_lines(DOC) >= 12


def test_the_package_table_is_the_catalogues() -> None:
    entries = {e.from_code: e for e in load_catalogue() if e.to_code == "en" and e.from_code in ("ar", "sq")}
    assert set(entries) == {"ar", "sq"}
    for lang, entry in entries.items():
        file_name = entry.links[0].rsplit("/", 1)[1]
        row = next(line for line in TEXT.splitlines() if line.startswith(f"| {lang}→en |"))
        assert f"`{entry.code}` {entry.package_version}" in row and f"`{file_name}`" in row
        known = KNOWN_CHECKSUMS.get((entry.code, entry.package_version))
        if known:
            sha256, size = known
            assert (entry.sha256, entry.size_bytes) == known
            assert f"`{sha256}`" in row and f"{size:,} bytes" in row
            assert f"sha256sum {file_name}   # {sha256}" in TEXT and f"ls -l {file_name}" in TEXT and f"# {size} bytes" in TEXT
        else:
            assert row.count("not published") == 2
        for link in entry.links:
            assert f"`{link}`" in TEXT
            if link.startswith("https://"):
                assert f"curl -LO {link}" in TEXT


def test_conversion_commands_make_folders_the_installer_reads() -> None:
    converters = [line.strip() for line in TEXT.replace("\\\n", " ").splitlines() if line.strip().startswith("ct2-")]
    assert any(c.startswith("ct2-transformers-converter --model facebook/nllb-200-distilled-600M --quantization int8") for c in converters)
    assert any("facebook/m2m100_418M" in c for c in converters) and any("Helsinki-NLP/opus-mt-sq-en" in c for c in converters)
    assert any(c.startswith("ct2-opus-mt-converter") for c in converters) and any(c.startswith("ct2-marian-converter") for c in converters)
    copied = {name for c in converters for name in re.findall(r"--copy_files (.+?)(?: --|$)", c) for name in name.split()}
    assert copied == {"sentencepiece.bpe.model", "source.spm", "target.spm"}
    assert copied <= set(SINGLE_SPM_NAMES) | set(PAIR_SPM_NAMES)  # what `models install --ct2` looks for


def test_language_codes_and_licences() -> None:
    known = re.search(r"NLLB codes known without `--source-token`: (.*?)\.\n\n", TEXT, flags=re.S)
    assert known is not None
    listed = known.group(1).replace("\n", " ")
    for lang in ("ar", "sq", "en"):
        assert f"{lang} `{NLLB_CODES[lang]}`" in listed
    rest = {c.strip() for c in listed.split("and", 1)[1].split(",")}
    assert rest == set(NLLB_CODES) - {"ar", "sq", "en"}
    licences = {row.split("|")[1].strip(): row.split("|")[2].strip() for row in TEXT.split("### Licences", 1)[1].splitlines()
                if row.startswith("| ") and "---" not in row and "family" not in row}
    assert licences["NLLB-200 (`facebook/nllb-200-*`)"].startswith("CC BY-NC 4.0")
    assert licences["OPUS-MT (`Helsinki-NLP/opus-mt-*`)"].startswith("CC BY 4.0")
    assert licences["M2M-100 (`facebook/m2m100_*`)"] == "MIT"
