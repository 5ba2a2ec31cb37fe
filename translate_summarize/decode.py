"""Bytes → text for news inputs: BOMs, UTF-8, UTF-16, cp1256 Arabic, cp1250/latin-1 Albanian.

Order of decisions (first that applies wins):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) names the encoding;
2. a known binary signature (PNG, JPEG, GIF, PDF, ZIP, gzip, ...) → :class:`NotText`;
3. NUL bytes at one parity only, without a BOM → UTF-16 LE/BE; other NUL bytes → binary;
4. strict UTF-8 (preferred whenever it is valid);
5. mostly UTF-8: when nearly all non-ASCII characters are valid UTF-8 (:data:`MIN_UTF8_SHARE`; a
   Latin-1 line pasted into a UTF-8 page, a few corrupt bytes), each line is decoded on its own and the bad
   lines are repaired and reported (:attr:`Decoded.repaired`): with the one legacy code page whose
   reading uses only letters of the scripts the page's good lines are written in (preferring
   characters those lines use), else with U+FFFD for the bad bytes. Decoding the whole page with one
   legacy code page would garble every good line instead (``PĂ«rqafime``);
6. ``charset-normalizer`` restricted to the legacy code pages our languages are saved in
   (:data:`LEGACY_ENCODINGS`), lowest "chaos" first.

Whatever is chosen, the decoded text must look like text (:func:`looks_like_text`), otherwise
:class:`NotText` says why. UTF-16 without a BOM must moreover read as prose (letters and spaces),
so a binary file whose NUL bytes happen to sit at one parity is not taken for text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

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
_ARABIC_ENCODINGS = frozenset({"cp1256", "iso8859_6"})

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


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the encoding that was used, and the lines that had to be repaired.

    ``repaired`` holds ``(line number, how)`` pairs (1-based, as in the file): ``how`` is the legacy
    code page the line was read with, or ``"replacement characters"``.
    """

    text: str
    encoding: str
    repaired: tuple[tuple[int, str], ...] = ()

    def warning(self) -> str | None:
        """One sentence on the repaired lines (for the article's warnings), or None."""
        if not self.repaired:
            return None
        shown = ", ".join(f"{n} ({how})" for n, how in self.repaired[:10])
        more = f" and {len(self.repaired) - 10} more" if len(self.repaired) > 10 else ""
        lines, were = ("line", "was") if len(self.repaired) == 1 else ("lines", "were")
        return (f"mostly UTF-8, but {lines} {shown}{more} {were} not valid UTF-8 and {were} decoded as shown; "
                "check them, and re-save the file as UTF-8")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)`` (see :func:`decode` for repaired lines).

    Raises:
        NotText: binary data, or no encoding gives text that looks like text.
    """
    decoded = decode(data)
    return decoded.text, decoded.encoding


def decode(data: bytes) -> Decoded:
    """Decode ``data`` to text, repairing the odd bad line of a mostly-UTF-8 file (module docstring).

    Raises:
        NotText: binary data, or no encoding gives text that looks like text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise NotText(f"starts with a {encoding} byte-order mark but is not valid {encoding} ({exc.reason} at byte {exc.start})") from None
            return Decoded(_checked(text, encoding), encoding + "-bom")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise BinaryInput(f"binary file ({what}), not a text page")
    if b"\x00" in data:
        return _utf16_without_bom(data)
    try:
        return Decoded(_checked(data.decode("utf-8"), "utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    text, encoding = _legacy(data)
    return Decoded(text, encoding)


def has_utf16_nuls(sample: bytes) -> bool:
    """True when NUL bytes sit at one parity only, as in UTF-16 text without a BOM."""
    return _utf16_parity(sample) is not None


def _utf16_parity(sample: bytes) -> str | None:
    sample = sample[:65536]
    half = max(1, len(sample) // 2)
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros / half >= 0.02 and others <= zeros / 10:
            return encoding
    return None


MIN_UTF16_LETTERS = 0.5
"""UTF-16 without a BOM is a guess: at least this share of its non-space characters must be letters..."""
MIN_UTF16_SPACES = 0.02
"""...and at least this share of all characters whitespace (prose; a binary table has neither)."""


def _utf16_without_bom(data: bytes) -> Decoded:
    """UTF-16 without a BOM: NUL bytes (high bytes of spaces, digits, Latin) at one parity only."""
    encoding = _utf16_parity(data)
    if encoding is None or len(data) % 2:
        raise BinaryInput("binary file (contains NUL bytes), not a text page")
    try:
        text = _checked(data.decode(encoding), encoding)
    except (UnicodeDecodeError, NotText):
        raise BinaryInput("binary file (contains NUL bytes), not a text page") from None
    sample = text[:20000]
    spaces = sum(ch.isspace() for ch in sample)
    letters = sum(ch.isalpha() for ch in sample)
    visible = max(1, len(sample) - spaces)
    if letters / visible < MIN_UTF16_LETTERS or spaces / max(1, len(sample)) < MIN_UTF16_SPACES:
        raise BinaryInput(
            f"binary file (contains NUL bytes; read as {encoding} it would be {letters / visible:.0%} letters and "
            f"{spaces / max(1, len(sample)):.0%} spaces, not prose), not a text page"
        )
    return Decoded(text, encoding)


MIN_UTF8_SHARE = 0.8
"""A file is "mostly UTF-8" when at least this share of its non-ASCII characters are valid UTF-8
sequences (the rest are invalid bytes). A page saved in a legacy code page has almost none: its
accented or Arabic letters are single bytes that UTF-8 rejects."""


def _mostly_utf8(data: bytes) -> Decoded | None:
    """Per-line decoding when the bytes are mostly valid UTF-8 (:data:`MIN_UTF8_SHARE`); else None."""
    lines = data.split(b"\n")
    decoded: list[str | None] = []
    good_text: list[str] = []
    bad: list[int] = []
    valid = invalid = 0
    for line in lines:
        if line.isascii():
            decoded.append(line.decode("ascii"))
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            loose = line.decode("utf-8", errors="replace")
            invalid += loose.count("\ufffd")
            valid += sum(1 for ch in loose if not ch.isascii() and ch != "\ufffd")
            bad.append(len(decoded))
            decoded.append(None)
            continue
        valid += sum(1 for ch in text if not ch.isascii())
        good_text.append(text)
        decoded.append(text)
    if not good_text or valid < MIN_UTF8_SHARE * (valid + invalid):
        return None
    alphabet = {ch for text in good_text for ch in text if not ch.isascii()}
    scripts = {_script(ch) for ch in alphabet if ch.isalpha()}
    repaired: list[tuple[int, str]] = []
    for index in bad:
        text, how = _repair_line(lines[index], alphabet, scripts)
        decoded[index] = text
        repaired.append((index + 1, how))
    text = "\n".join(t or "" for t in decoded)
    _checked(text.replace("\ufffd", ""), "utf-8 (with repaired lines)")  # the flagged replacements are counted above
    return Decoded(text, "utf-8", tuple(repaired))


def _script(ch: str) -> str:
    """First word of the character's Unicode name: ``LATIN``, ``ARABIC``, ``GREEK``..."""
    return unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]


def _repair_line(line: bytes, alphabet: set[str], scripts: set[str]) -> tuple[str, str]:
    """The bad line read with the one legacy code page that clearly fits the page, else with U+FFFD."""
    readings: dict[str, tuple[int, str]] = {}
    arabic_last = "ARABIC" not in scripts  # several code pages may agree on a line: name the page's own first
    for encoding in sorted(LEGACY_ENCODINGS, key=lambda e: arabic_last and e in _ARABIC_ENCODINGS):
        try:
            text = line.decode(encoding)
        except UnicodeDecodeError:
            continue
        foreign = [ch for ch in text if not ch.isascii()]
        if not foreign or looks_like_text(text) is not None:
            continue
        if all(ch in alphabet or (ch.isalpha() and _script(ch) in scripts) for ch in foreign):
            known = sum(ch in alphabet for ch in foreign)
            if text not in readings or readings[text][0] < known:
                readings[text] = (known, encoding)
    if readings:
        ranked = sorted(readings.items(), key=lambda item: -item[1][0])
        best_known = ranked[0][1][0]
        tied = [text for text, (known, _) in ranked if known == best_known]
        if len(tied) == 1:
            return tied[0], ranked[0][1][1]
    return line.decode("utf-8", errors="replace"), "replacement characters"


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
