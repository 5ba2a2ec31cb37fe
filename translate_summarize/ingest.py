"""Ingest: files, folders and globs in; one :class:`Article` per page or JSONL record out.

Inputs
    * a file: ``.txt`` page dump (kind ``text``), ``.html``/``.htm`` (kind ``html``) or ``.jsonl``
      (one article per non-blank line, kind ``record``);
    * a folder: walked recursively in sorted order (by name at each level); hidden files and
      folders are skipped, files with other extensions are ignored (logged at debug level), and a
      folder reached twice through symlinks is walked once (no symlink loops);
    * a glob pattern (``seeds/*.txt``, ``in/**/*.html``): matches in sorted order; like a folder,
      it contributes only article files and skips hidden matches.

    * ``-``: standard input (a page dump, an HTML page or JSONL records, told apart by the first
      character: ``{`` records, ``<`` HTML, anything else a page dump), reported as ``<stdin>``
      (``<stdin>:N`` for record N); the caller passes the stream to :func:`iter_articles`.

    The same file named twice (directly, through a folder or a glob) is read once.
    A missing path or a glob matching nothing raises :class:`InputNotFound` *before any article is
    produced* (:func:`resolve_inputs`): a mistyped input is a usage error, and the CLI exits 2 naming it.

Never crashes the batch: every problem with one input becomes an article with ``status``
``skipped`` (not an article: empty, whitespace-only, binary, too large, unknown extension, JSONL
record without ``text``/``html``) or ``failed`` (broken: unreadable, undecodable, invalid JSON
line), ``stage`` ``"ingest"`` and a ``reason`` naming the file, the problem and what to do.

Article ids
    ``id`` = first 16 hex digits of SHA-256 of the NFC-normalised decoded content (for a JSONL
    record: of its ``html`` or ``text`` value), so the same page gets the same id whatever its
    file name or encoding, and the run state can recognise it. Inputs whose content could not be
    read get an id from their source (``sha256("unreadable\\0" + source_file)``), stable per path.
    One text in several records (the same wire text from other outlets or URLs: syndicated copies)
    is one id per record: the record that first carried the text keeps the content id, every other
    record gets a :func:`copy_id`, and each keeps its id on later nights whichever of the records
    are present (:func:`assign_record_ids`, with the origins the run state remembers).

Text handed on
    ``Article.raw`` is the decoded text, NFC-normalised, BOM removed, ``\\r\\n`` turned into ``\\n``
    (line numbers are unchanged). JSONL fields ``title``, ``url``, ``published``, ``outlet``,
    ``lang`` go to ``Article.hints`` (``url`` also to ``Article.url``); ``hints["format"]`` is
    ``"html"`` or ``"text"`` and says which field ``raw`` came from (see :func:`is_html`). A boolean
    ``raw`` field goes to ``hints["raw"]``: ``true`` says the ``text`` is a page dump to strip of its
    furniture, ``false`` that it is the article itself (see :func:`clean.clean`).
"""

from __future__ import annotations

import glob
import hashlib
import io
import json
import logging
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterator, Sequence

from .article import Article, InputKind
from .decode import BinaryInput, NotText, decode, decode_bytes, has_utf16_nuls
from .errors import InputError, json_error_text
from .settings import Settings

log = logging.getLogger(__name__)

STAGE = "ingest"
KINDS: dict[str, InputKind] = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "record"}
HINT_FIELDS: tuple[str, ...] = ("title", "url", "published", "outlet", "lang")
_GLOB_CHARS = frozenset("*?[")
STDIN = "-"
STDIN_NAME = "<stdin>"


class InputNotFound(InputError):
    """A named input path does not exist or a glob matches nothing (usage error: exit 2)."""

    exit_code = 2


def content_id(content: str) -> str:
    """Stable article id: first 16 hex digits of SHA-256 of the NFC-normalised content."""
    normalised = unicodedata.normalize("NFC", content)
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class RecordOrigin:
    """Where one record of a text came from: the ``url`` and ``outlet`` its input named (None when it
    named none), and the article ``id`` that record was given (the run state keeps them night to night)."""

    id: str
    url: str | None = None
    outlet: str | None = None


def origin_of(article: Article) -> RecordOrigin:
    """The :class:`RecordOrigin` of an input: its id and its ``url`` and ``outlet`` hints."""
    return RecordOrigin(article.id, article.hints.get("url") or None, article.hints.get("outlet") or None)


def same_record(a: Article | RecordOrigin, b: Article | RecordOrigin) -> bool:
    """Whether two inputs of one text (one :func:`content_id`) are the same record, not syndicated copies.

    They are unless their hints tell them apart: the same ``url`` or the same ``outlet`` is one
    record; different URLs, or different outlets, are the same wire text published twice; when they
    do not both name a URL nor both an outlet (two files, a record without hints) nothing tells them
    apart and they are one record. Either side may be an input or the origin of an earlier night's record.
    """
    oa = a if isinstance(a, RecordOrigin) else origin_of(a)
    ob = b if isinstance(b, RecordOrigin) else origin_of(b)
    if (oa.url and oa.url == ob.url) or (oa.outlet and oa.outlet == ob.outlet):
        return True
    return not ((oa.url and ob.url) or (oa.outlet and ob.outlet))


def copy_id(article: Article) -> str:
    """The id of a syndicated copy: the text's :func:`content_id` combined with the record's ``url``
    and ``outlet`` hints (the same for the same record on every night)."""
    origin = "\0".join(str(article.hints.get(k) or "") for k in ("url", "outlet"))
    return content_id(f"{article.id}\0{origin}")


def assign_record_ids(
    articles: Sequence[Article], known: Mapping[str, Sequence[RecordOrigin]]
) -> tuple[list[Article], list[tuple[str, RecordOrigin]]]:
    """Give each ok input an id that stays its own from night to night; skip repeated records.

    An input whose text was seen tonight in the same record (:func:`same_record`: a second copy of a
    file, a repeated JSONL record, the same URL or outlet) is ``skipped`` as a duplicate. Every other
    ok input is a record of its own: it keeps the id an earlier night gave the same record of this
    text (``known``: text id -> the origins the run state holds, oldest first); a record seen for the
    first time gets the text's :func:`content_id` when no record of the text holds it (tonight or
    before), else its :func:`copy_id`. So the record that first carried a wire text keeps the plain
    content id, every other outlet's record keeps its copy id, whichever of them are present on a
    night, and a record's cached output is never handed to another record.

    Args:
        articles: the night's inputs in input order, ok ones with their :func:`content_id` as id.
        known: the origins of the texts' records on earlier nights (empty for a fresh output folder).

    Returns:
        The inputs (ids set, duplicates skipped) and ``(text id, origin)`` of every record that got
        an id no earlier night gave (for the run state to remember).
    """
    kept: dict[str, list[Article]] = {}
    taken: set[str] = set()
    out: list[Article] = []
    new: list[tuple[str, RecordOrigin]] = []
    for a in articles:
        if not a.ok:
            out.append(a)
            continue
        text = a.id
        tonight = kept.setdefault(text, [])
        first = next((e for e in tonight if same_record(e, a)), None)
        if first is not None:
            out.append(a.fail(STAGE, f"duplicate of {first.source_file} (same content); processed once", "skipped"))
            continue
        tonight.append(a)
        earlier = known.get(text, ())
        ident = next((o.id for o in earlier if o.id not in taken and same_record(o, a)), None)
        if ident is None:
            claimed = text in taken or any(o.id == text for o in earlier)
            ident = copy_id(a) if claimed else text
            new.append((text, origin_of(a.replace(id=ident))))
        taken.add(ident)
        out.append(a if ident == text else a.replace(id=ident))
    return out, new


def is_html(article: Article) -> bool:
    """True when ``article.raw`` is HTML (an .html file, or a JSONL record with an ``html`` field)."""
    return article.kind == "html" or (article.kind == "record" and article.hints.get("format") == "html")


def resolve_inputs(inputs: Sequence[str | Path]) -> list[Path]:
    """Expand inputs to the files to read, in stable order, each once.

    Folders and glob matches contribute only article files (``.txt``, ``.html``, ``.htm``,
    ``.jsonl``; others are ignored, logged at debug level); a file named explicitly is always
    returned, so an unsupported type gets reported.

    Raises:
        InputNotFound: an input path does not exist or a glob pattern matches nothing.
    """
    found: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = Path(os.path.realpath(path))
        if key not in seen:
            seen.add(key)
            found.append(path)

    for item in inputs:
        path = Path(item)
        if str(item) == STDIN:
            if path not in found:
                found.append(path)
        elif path.is_dir():
            for f in _walk(path):
                add(f)
        elif path.exists() or path.is_symlink():
            add(path)
        elif _GLOB_CHARS & set(str(item)):
            try:
                matches = sorted(glob.glob(str(item), recursive=True))
            except RecursionError:
                raise InputNotFound(
                    f"input {str(item)!r}: the pattern reaches folders nested too deep to expand; pass the folder itself"
                ) from None
            if not matches:
                raise InputNotFound(f"input {str(item)!r}: the pattern matches no file")
            for m in matches:
                mp = Path(m)
                if _hidden(mp.name):
                    log.debug("%s: hidden, ignored", mp)
                elif mp.is_dir():
                    for f in _walk(mp):
                        add(f)
                elif mp.suffix.lower() in KINDS:
                    add(mp)
                else:
                    log.debug("%s: not an article file type, ignored", mp)
        else:
            raise InputNotFound(f"input {str(item)!r} does not exist")
    return found


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: Path) -> Iterator[Path]:
    """Article files under ``folder``: sorted, recursive, no hidden entries, no symlink loops.

    A symlinked folder is followed unless it points at an ancestor of the folder being walked
    (a loop) or at a folder already walked (an alias): each file is reached by one path only.
    The walk keeps its own stack, so a tree thousands of levels deep is walked like a shallow one.
    """
    visited: set[str] = set()

    def listing(d: Path) -> Iterator[os.DirEntry[str]] | None:
        real = os.path.realpath(d)
        here = os.path.realpath(d.parent)
        if real in visited or (d.is_symlink() and (here + os.sep).startswith(real.rstrip(os.sep) + os.sep)):
            log.debug("%s: symlink loop or already walked, skipped", d)
            return None
        visited.add(real)
        try:
            return iter(sorted(os.scandir(d), key=lambda e: e.name))
        except OSError as exc:
            log.warning("%s: cannot list folder: %s", d, exc)
            return None

    first = listing(folder)
    stack = [first] if first is not None else []
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if _hidden(entry.name):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows symlinks; loops are caught by ``visited``
        except OSError:
            is_dir = False
        if is_dir:
            below = listing(path)
            if below is not None:
                stack.append(below)
        elif path.suffix.lower() in KINDS:
            yield path
        else:
            log.debug("%s: not an article file type, ignored", path)


def iter_articles(inputs: Sequence[str | Path], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Article]:
    """Yield one Article per input page or JSONL record, in stable order.

    Args:
        inputs: files, folders or glob patterns; ``-`` reads ``stdin``.
        settings: ``max_input_bytes`` limits the size of a page (and of one JSONL line).
        stdin: the binary stream ``-`` stands for (e.g. ``sys.stdin.buffer``).

    Raises:
        InputNotFound: before the first article, when an input does not exist or matches nothing.
        InputError: ``-`` is among the inputs but no ``stdin`` was given.
    """
    paths = resolve_inputs(inputs)
    if stdin is None and Path(STDIN) in paths:
        raise InputError("INPUT '-' (standard input) is not accepted here; name files, folders or glob patterns")
    for path in paths:
        if str(path) == STDIN:
            assert stdin is not None
            yield from stdin_articles(stdin.read(), settings)
        else:
            yield from _file_articles(path, settings)


def stdin_articles(data: bytes, settings: Settings) -> Iterator[Article]:
    """Articles from the bytes of standard input: JSONL records, an HTML page or a page dump (by the first character)."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"{":
        yield from _record_stream(STDIN_NAME, io.BytesIO(data), len(data), settings)
        return
    kind: InputKind = "html" if head == b"<" else "text"
    if len(data) > settings.max_input_bytes:
        yield _problem(STDIN_NAME, "skipped", _too_large(STDIN_NAME, len(data), settings), kind)
    elif not data:
        yield _problem(STDIN_NAME, "skipped", f"{STDIN_NAME}: empty input (0 bytes); nothing to extract", kind)
    else:
        yield _page(STDIN_NAME, kind, data)


def _problem(source: str, status: str, reason: str, kind: InputKind = "text") -> Article:
    log.debug("%s: %s", source, reason)  # the caller reports it (run: one WARNING per article)
    return Article(
        id=content_id("unreadable\0" + source),
        source_file=source,
        kind=kind,
        status=status,  # type: ignore[arg-type]
        stage=STAGE,
        reason=reason,
    )


def _file_articles(path: Path, settings: Settings) -> Iterator[Article]:
    source = str(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        expected = ", ".join(sorted(KINDS))
        yield _problem(source, "skipped", f"{source}: unsupported file type {path.suffix or '(no extension)'!r}; expected one of {expected} (rename it or convert it)")
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield _problem(source, "failed", f"{source}: cannot read file ({exc.strerror or exc}); check that it exists and is readable", kind)
        return
    if not path.is_file():
        yield _problem(source, "skipped", f"{source}: not a regular file", kind)
        return
    if kind == "record":
        yield from _records(path, size, settings)
        return
    if size > settings.max_input_bytes:
        yield _problem(source, "skipped", _too_large(source, size, settings), kind)
        return
    if size == 0:
        yield _problem(source, "skipped", f"{source}: empty file (0 bytes); nothing to extract", kind)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _problem(source, "failed", f"{source}: cannot read file ({exc.strerror or exc}); check its permissions", kind)
        return
    yield _page(source, kind, data)


def _too_large(source: str, size: int, settings: Settings) -> str:
    return (
        f"{source}: {size:,} bytes exceeds the input size limit of {settings.max_input_bytes:,} bytes; "
        "raise input.max_bytes in the config (or --max-bytes) to process it"
    )


def _decode(source: str, data: bytes, kind: InputKind) -> tuple[str | None, tuple[str, ...], Article | None]:
    """``(text, warnings, None)``, or ``(None, (), problem article)`` when the bytes are not readable text."""
    try:
        decoded = decode(data)
    except NotText as exc:
        status = "skipped" if isinstance(exc, BinaryInput) else "failed"
        return None, (), _problem(source, status, f"{source}: {exc}", kind)
    log.debug("%s: decoded as %s", source, decoded.encoding)
    warning = decoded.warning()
    warnings = (f"{source}: {warning}",) if warning else ()
    for w in warnings:
        log.warning("%s", w)
    text = unicodedata.normalize("NFC", decoded.text.replace("\r\n", "\n"))
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return None, (), _problem(source, "skipped", f"{source}: contains only whitespace; nothing to extract", kind)
    return text, warnings, None


def _page(source: str, kind: InputKind, data: bytes) -> Article:
    text, warnings, problem = _decode(source, data, kind)
    if problem is not None:
        return problem
    assert text is not None
    return Article(id=content_id(text), source_file=source, kind=kind, raw=text, warnings=warnings)


def _records(path: Path, size: int, settings: Settings) -> Iterator[Article]:
    """One article per non-blank line (or one problem for the file); a file of blank lines is reported."""
    found = 0
    for article in _record_articles(path, size, settings):
        found += 1
        yield article
    if not found:
        yield _problem(str(path), "skipped", f"{path}: contains only blank lines; no records to extract", "record")


def _record_articles(path: Path, size: int, settings: Settings) -> Iterator[Article]:
    source = str(path)
    try:
        with path.open("rb") as fh:
            yield from _record_stream(source, fh, size, settings)
    except OSError as exc:
        yield _problem(source, "failed", f"{source}: cannot read file ({exc.strerror or exc}); check its permissions", "record")


def _record_stream(source: str, fh: BinaryIO, size: int, settings: Settings) -> Iterator[Article]:
    """The articles of a JSONL stream (seekable, ``size`` bytes) named ``source``."""
    if size == 0:
        yield _problem(source, "skipped", f"{source}: empty file (0 bytes); nothing to extract", "record")
        return
    if _is_memory_stream(fh):
        yield _problem(
            source, "skipped",
            f"{source}: a translation-memory file (source_lang/target_lang/source/target pairs), not article records; "
            "pass it with --memory or load it with 'translate-summarize memory import'",
            "record",
        )
        return
    head = fh.read(65536)
    fh.seek(0)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or has_utf16_nuls(head):  # UTF-16 JSONL: decode it whole
        if size > settings.max_input_bytes:
            yield _problem(source, "skipped", _too_large(source, size, settings), "record")
            return
        text, _, problem = _decode(source, fh.read(), "record")
        if problem is not None:
            yield problem
            return
        assert text is not None
        for number, line in enumerate(text.split("\n"), 1):
            yield from _record(source, number, line.encode("utf-8"), settings)
        return
    for number, line in enumerate(_bounded_lines(fh, settings.max_input_bytes), 1):
        if line is None:
            yield _problem(
                f"{source}:{number}", "skipped",
                f"{source} line {number}: longer than the input size limit of {settings.max_input_bytes:,} bytes; "
                "raise input.max_bytes in the config (or --max-bytes) to process it",
                "record",
            )
            continue
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        yield from _record(source, number, line, settings)


MEMORY_FIELDS = frozenset({"source_lang", "target_lang", "source", "target"})
_SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate (``"\\ud83d"`` in JSON gives one): not a character, cannot be encoded or stored."""


def _is_memory_stream(fh: BinaryIO) -> bool:
    """True when the first record of a UTF-8 JSONL stream is a translation-memory pair, not an article (rewinds ``fh``)."""
    try:
        for line in fh:
            if line.strip():
                record = json.loads(line.decode("utf-8-sig"))
                return isinstance(record, dict) and MEMORY_FIELDS <= record.keys() and _record_content(record)[1] is None
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    finally:
        fh.seek(0)
    return False


def _bounded_lines(fh: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines of ``fh`` without reading more than ``limit`` bytes of one line; ``None`` for longer lines."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the oversized line
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _record(source: str, number: int, line: bytes, settings: Settings) -> Iterator[Article]:
    where = f"{source}:{number}"
    if not line.strip():
        return
    try:
        raw_line, encoding = decode_bytes(line)
        record = json.loads(raw_line.strip())
    except NotText as exc:
        yield _problem(where, "failed", f"{source} line {number}: {exc}", "record")
        return
    except json.JSONDecodeError as exc:
        yield _problem(where, "failed", f"{source} line {number}: {json_error_text(exc)}; fix or remove that line", "record")
        return
    except ValueError as exc:  # an integer literal over Python's 4,300-digit limit
        what = "a number with more digits than Python reads (4,300)" if "digits" in str(exc) else f"not usable JSON ({exc})"
        yield _problem(where, "failed", f"{source} line {number}: {what}; fix or remove that line", "record")
        return
    except RecursionError:
        yield _problem(where, "failed", f"{source} line {number}: JSON nested too deeply (arrays or objects inside each other by the thousand); fix or remove that line", "record")
        return
    if not isinstance(record, dict):
        yield _problem(where, "failed", f"{source} line {number}: a record must be a JSON object, got {type(record).__name__}", "record")
        return
    fmt, content = _record_content(record)
    if content is None:
        yield _problem(where, "skipped", f"{source} line {number}: record has no non-empty 'text' or 'html' field (keys: {', '.join(sorted(record)) or 'none'}); add the page text or HTML", "record")
        return
    if not isinstance(content, str):
        yield _problem(where, "failed", f"{source} line {number}: field {fmt!r} must be a string, got {type(content).__name__}", "record")
        return
    for name in (fmt, *HINT_FIELDS):
        value = record.get(name)
        bad = _SURROGATE.search(value) if isinstance(value, str) else None
        if bad is not None:
            yield _problem(
                where, "failed",
                f"{source} line {number}: field {name!r} holds a lone surrogate escape (\\u{ord(bad.group()):04x} at character "
                f"{bad.start() + 1}), which is not text; fix the program that wrote the record or remove that line",
                "record",
            )
            return
    if len(content.encode("utf-8")) > settings.max_input_bytes:
        yield _problem(where, "skipped", f"{source} line {number}: the {fmt!r} field exceeds the input size limit of {settings.max_input_bytes:,} bytes; raise input.max_bytes in the config (or --max-bytes) to process it", "record")
        return
    text = unicodedata.normalize("NFC", content.replace("\r\n", "\n"))
    hints: dict[str, Any] = {"format": fmt}
    for key in HINT_FIELDS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            hints[key] = value.strip()
    if isinstance(record.get("raw"), bool):
        hints["raw"] = record["raw"]
    warnings = () if encoding.startswith("utf-8") else (f"{source} line {number}: not UTF-8; read as {encoding}, check the text (JSONL should be UTF-8)",)
    yield Article(
        id=content_id(text),
        source_file=where,
        kind="record",
        raw=text,
        url=hints.get("url"),
        hints=hints,
        warnings=warnings,
    )


def _record_content(record: dict[str, Any]) -> tuple[str, Any]:
    """``("html", value)`` when the record has HTML, else ``("text", value)``; value None if absent."""
    for fmt in ("html", "text"):
        value = record.get(fmt)
        if value is not None and not (isinstance(value, str) and not value.strip()):
            return fmt, value
    return "text", None
