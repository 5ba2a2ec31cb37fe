"""Bytes → text for news inputs: BOMs, UTF-8, UTF-16, cp1256 Arabic, cp1250/latin-1 Albanian.

Order of decisions (first that applies wins):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) names the encoding;
2. a known binary signature (PNG, JPEG, GIF, PDF, ZIP, gzip, ...) → :class:`NotText`;
3. NUL bytes at one parity only, without a BOM → UTF-16 LE/BE; other NUL bytes → binary;
4. strict UTF-8 (preferred whenever it is valid);
5. ``charset-normalizer`` restricted to the legacy code pages our languages are saved in
   (:data:`LEGACY_ENCODINGS`), lowest "chaos" first.

Whatever is chosen, the decoded text must look like text (:func:`looks_like_text`), otherwise
:class:`NotText` says why.
"""

from __future__ import annotations

import codecs
import re

from .errors import InputError

LEGACY_ENCODINGS: tuple[str, ...] = (
    "cp1256",
    "iso8859_6",
    "cp1250",
    "cp1252",
    "iso8859_2",
    "latin_1",
    "iso8859_16",
)
"""Code pages tried by charset-normalizer when the bytes are not UTF-8 (Arabic, Albanian, Western)."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"\x7fELF", "executable (ELF)"),
    (b"RIFF", "RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ud800-\udfff\ufffd]")
"""Control characters (except tab/newline/CR/VT/FF), private use, surrogates, U+FFFD."""
MAX_CONTROL_RATIO = 0.01
"""More than 1% such characters means the bytes were not text in that encoding."""


class NotText(InputError):
    """The bytes are not text we can read (binary, or no encoding decodes them sensibly)."""


class BinaryInput(NotText):
    """The bytes are a binary file (an image, archive, document...), not a text page."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)``.

    Raises:
        NotText: binary data, or no encoding gives text that looks like text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise NotText(f"starts with a {encoding} byte-order mark but is not valid {encoding} ({exc.reason} at byte {exc.start})") from None
            return _checked(text, encoding), encoding + "-bom"
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise BinaryInput(f"binary file ({what}), not a text page")
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise BinaryInput("binary file (contains NUL bytes), not a text page")
        return utf16
    try:
        return _checked(data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _legacy(data)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: NUL bytes (high bytes of spaces, digits, Latin) at one parity only."""
    sample = data[:65536]
    half = max(1, len(sample) // 2)
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros / half >= 0.02 and others <= zeros / 10 and len(data) % 2 == 0:
            try:
                return _checked(data.decode(encoding), encoding), encoding
            except (UnicodeDecodeError, NotText):
                return None
    return None


def _legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise NotText(
            "not UTF-8 and not readable in any of " + ", ".join(LEGACY_ENCODINGS)
            + "; re-save it as UTF-8"
        )
    return _checked(str(best), best.encoding), best.encoding


def looks_like_text(text: str) -> str | None:
    """Return why ``text`` does not look like text, or ``None`` when it does."""
    if not text:
        return None
    bad = len(_NOT_TEXT.findall(text))
    if bad / len(text) > MAX_CONTROL_RATIO:
        return f"{bad} of {len(text)} characters are control, private-use or replacement characters"
    return None


def _checked(text: str, encoding: str) -> str:
    problem = looks_like_text(text)
    if problem is not None:
        raise NotText(f"decoded as {encoding} but does not look like text ({problem})")
    return text
