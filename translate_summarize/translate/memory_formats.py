"""Translation-memory file formats: JSONL pairs and TMX 1.4 (read and write).

Parsing only: rows come back as :class:`TMRow` records tagged with where they were found
(``line N``); :class:`~translate_summarize.translate.memory.TranslationMemory` validates and stores
them. Problems confined to one line / translation unit are returned as error strings; a file that
cannot be read or parsed at all raises :class:`InputError` naming it.

JSONL: one object a line, ``{"source_lang", "target_lang", "source", "target"}``; lines exported
from the cache also carry ``"origin": "model"``, ``"model"`` and ``"score"`` and are re-imported as
cache entries, never as human pairs.

TMX 1.4 is parsed with defusedxml's SAX reader (entity declarations and external references are
refused, so entity bombs cannot expand). Each ``<tu>`` yields pairs from its source language
(``srclang`` of the ``<tu>``, else of the ``<header>``; ``*all*`` means the first ``<tuv>``) to every
other language in it. Inline codes (``<bpt> <ept> <it> <ph> <ut>``) are dropped, ``<hi>`` text kept.
Cache rows are exported with ``<prop type="x-ts-origin|x-ts-model|x-ts-score">``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any, Iterable
from xml.sax import SAXException, SAXParseException
from xml.sax.handler import ContentHandler, feature_external_ges, feature_external_pes
from xml.sax.saxutils import escape, quoteattr

from ..errors import InputError, json_error_text

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
TMX_SUFFIXES = frozenset({".tmx"})
REQUIRED_KEYS = ("source_lang", "target_lang", "source", "target")
INLINE_CODES = frozenset({"bpt", "ept", "it", "ph", "ut"})
PROP_ORIGIN, PROP_MODEL, PROP_SCORE = "x-ts-origin", "x-ts-model", "x-ts-score"
# Characters XML 1.0 cannot carry (C0 controls except tab, newline, carriage return; U+FFFE/FFFF).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class TMRow:
    """One pair as read from a file or stored in the memory (``where`` is ``line N`` for parsed rows)."""

    source_lang: str
    target_lang: str
    source: str
    target: str
    origin: str = "memory"
    model_id: str = ""
    score: float | None = None
    where: str = ""


def detect_format(path: Path, head: bytes) -> str:
    """``"tmx"`` or ``"jsonl"`` from the extension, else from the first bytes of the file."""
    suffix = path.suffix.lower()
    if suffix in TMX_SUFFIXES:
        return "tmx"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "tmx"  # UTF-16 with a BOM: JSONL is UTF-8 only, TMX files often are UTF-16
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if first == b"<":
        return "tmx"
    if first == b"{":
        return "jsonl"
    raise InputError(f"{path}: neither JSONL pairs nor TMX (use a .jsonl or .tmx file)")


def read_pairs(path: Path) -> tuple[list[TMRow], list[str]]:
    """Parse a JSONL or TMX translation-memory file into rows and per-line error messages."""
    try:
        with path.open("rb") as fh:
            head = fh.read(64)
    except OSError as exc:
        raise InputError(f"{path}: cannot read translation memory ({exc.strerror or exc})") from None
    if detect_format(path, head) == "tmx":
        return read_tmx(path)
    return read_jsonl(path)


def read_jsonl(path: Path) -> tuple[list[TMRow], list[str]]:
    """Rows and ``line N: ...`` errors of a JSONL pairs file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot read translation memory ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}); JSONL memory files must be UTF-8") from None
    rows: list[TMRow] = []
    errors: list[str] = []
    parsed = 0
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: {json_error_text(exc)}")
            continue
        except ValueError as exc:  # an integer literal over Python's 4,300-digit limit
            parsed += 1
            errors.append(f"{where}: " + ("a number with more digits than Python reads (4,300)" if "digits" in str(exc) else f"not usable JSON ({exc})"))
            continue
        except RecursionError:
            parsed += 1
            errors.append(f"{where}: JSON nested too deeply")
            continue
        parsed += 1
        if not isinstance(record, dict):
            errors.append(f"{where}: expected a JSON object, got {type(record).__name__}")
            continue
        missing = [k for k in REQUIRED_KEYS if k not in record]
        if missing:
            errors.append(f"{where}: missing {', '.join(missing)}")
            continue
        origin = record.get("origin", "memory")
        rows.append(
            TMRow(
                record["source_lang"], record["target_lang"], record["source"], record["target"],
                origin=origin, model_id=record.get("model") or "", score=record.get("score"), where=where,
            )
        )
    if errors and not parsed:
        raise InputError(f"{path}: not a JSONL file (no line is JSON; first problem: {errors[0]})")
    return rows, errors


class _TMXHandler(ContentHandler):
    """SAX handler turning ``<tu>`` elements into rows (one per non-source ``<tuv>``)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[TMRow] = []
        self.errors: list[str] = []
        self._locator: Any = None
        self._root_seen = False
        self._header_srclang = ""
        self._tu: dict[str, Any] | None = None
        self._tuv_lang: str | None = None
        self._seg: list[str] | None = None
        self._skip = 0
        self._prop: tuple[str, list[str]] | None = None

    def setDocumentLocator(self, locator: Any) -> None:  # noqa: N802 (SAX API)
        self._locator = locator

    def _line(self) -> int:
        return self._locator.getLineNumber() if self._locator is not None else 0

    def startElement(self, name: str, attrs: Any) -> None:  # noqa: N802 (SAX API)
        if not self._root_seen:
            self._root_seen = True
            if name != "tmx":
                raise SAXException(f"root element is <{name}>, not <tmx>")
        if self._seg is not None:
            if name in INLINE_CODES or self._skip:
                self._skip += 1
            return
        if name == "header":
            self._header_srclang = attrs.get("srclang", "")
        elif name == "tu":
            self._tu = {"line": self._line(), "srclang": attrs.get("srclang", ""), "tuvs": [], "props": {}}
        elif name == "tuv" and self._tu is not None:
            self._tuv_lang = attrs.get("xml:lang") or attrs.get("lang") or ""
        elif name == "seg" and self._tuv_lang is not None:
            self._seg = []
        elif name == "prop" and self._tu is not None:
            self._prop = (attrs.get("type", ""), [])

    def characters(self, content: str) -> None:
        if self._seg is not None and not self._skip:
            self._seg.append(content)
        elif self._prop is not None:
            self._prop[1].append(content)

    def endElement(self, name: str) -> None:  # noqa: N802 (SAX API)
        if self._seg is not None:
            if name == "seg" and not self._skip:
                assert self._tu is not None and self._tuv_lang is not None
                self._tu["tuvs"].append((self._tuv_lang, "".join(self._seg)))
                self._seg = None
            elif self._skip:
                self._skip -= 1
            return
        if name == "tuv":
            self._tuv_lang = None
        elif name == "prop" and self._prop is not None and self._tu is not None:
            self._tu["props"][self._prop[0]] = "".join(self._prop[1]).strip()
            self._prop = None
        elif name == "tu" and self._tu is not None:
            self._finish_tu(self._tu)
            self._tu = None

    def _finish_tu(self, tu: dict[str, Any]) -> None:
        where = f"line {tu['line']}"
        tuvs: list[tuple[str, str]] = tu["tuvs"]
        if len(tuvs) < 2:
            self.errors.append(f"{where}: <tu> needs at least two <tuv> with a <seg>, found {len(tuvs)}")
            return
        srclang = tu["srclang"] or self._header_srclang
        if not srclang:
            self.errors.append(f"{where}: no srclang on <tu> or <header>")
            return
        try:
            langs = [primary_lang(lang) for lang, _ in tuvs]
            src = langs[0] if srclang == "*all*" else primary_lang(srclang)
        except ValueError as exc:
            self.errors.append(f"{where}: {exc}")
            return
        if src not in langs:
            self.errors.append(f"{where}: no <tuv> in the source language {srclang!r}")
            return
        source = tuvs[langs.index(src)][1]
        props = tu["props"]
        origin = props.get(PROP_ORIGIN, "memory")
        score: Any = props.get(PROP_SCORE)
        if score is not None:
            try:
                score = float(score)
            except ValueError:
                self.errors.append(f"{where}: {PROP_SCORE} is not a number: {score!r}")
                return
        seen = {src}
        for lang, (_, text) in zip(langs, tuvs):
            if lang in seen:
                continue
            seen.add(lang)
            self.rows.append(
                TMRow(src, lang, source, text, origin=origin, model_id=props.get(PROP_MODEL, ""), score=score, where=where)
            )


def primary_lang(code: str) -> str:
    """``"ar-SA"``, ``"sq_AL"``, ``"EN-us"`` -> ``"ar"``, ``"sq"``, ``"en"``; ValueError if not a language code."""
    primary = code.strip().replace("_", "-").split("-", 1)[0].lower()
    if not (2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha()):
        raise ValueError(f"not a language code: {code!r}")
    return primary


def read_tmx(path: Path) -> tuple[list[TMRow], list[str]]:
    """Rows and ``line N: ...`` errors of a TMX file (safe against entity expansion)."""
    import defusedxml.sax
    from defusedxml import DefusedXmlException

    handler = _TMXHandler()
    parser = defusedxml.sax.make_parser()
    parser.setContentHandler(handler)
    # Entity declarations are refused (no bombs); the DOCTYPE's external DTD ("tmx14.dtd", common in
    # TMX files) is allowed but never fetched: external entities and parameter entities stay off.
    parser.forbid_entities = True
    parser.forbid_external = False
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    try:
        with path.open("rb") as fh:
            parser.parse(fh)
    except OSError as exc:
        raise InputError(f"{path}: cannot read translation memory ({exc.strerror or exc})") from None
    except SAXParseException as exc:
        raise InputError(f"{path}: not valid XML at line {exc.getLineNumber()}: {exc.getMessage()}") from None
    except DefusedXmlException as exc:
        raise InputError(f"{path}: refused unsafe XML ({type(exc).__name__}); TMX needs no entity declarations") from None
    except SAXException as exc:
        raise InputError(f"{path}: not a TMX file ({exc.getMessage()})") from None
    if not handler._root_seen:
        raise InputError(f"{path}: empty file, not a TMX document")
    return handler.rows, handler.errors


# --------------------------------------------------------------------------- writers


def write_jsonl(rows: Iterable[TMRow], fh: IO[str]) -> None:
    """One JSON object a line; cache rows carry origin, model and score."""
    for row in rows:
        record: dict[str, Any] = {
            "source_lang": row.source_lang,
            "target_lang": row.target_lang,
            "source": row.source,
            "target": row.target,
        }
        if row.origin != "memory":
            record.update(origin=row.origin, model=row.model_id, score=row.score)
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def _xml_text(text: str) -> str:
    return escape(_XML_INVALID.sub("", text), {"\r": "&#13;"})


def write_tmx(rows: Iterable[TMRow], fh: IO[str], *, tool_version: str | None = None) -> None:
    """A TMX 1.4 document: one ``<tu srclang=..>`` per row with a source and a target ``<tuv>``."""
    from .. import __version__

    rows = list(rows)
    source_langs = {row.source_lang for row in rows}
    srclang = next(iter(source_langs)) if len(source_langs) == 1 else "*all*"
    created = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n')
    fh.write(
        f'  <header creationtool="translate-summarize" creationtoolversion={quoteattr(tool_version or __version__)}'
        f' datatype="plaintext" segtype="sentence" adminlang="en" srclang={quoteattr(srclang)}'
        f' o-tmf="translate-summarize" creationdate="{created}"/>\n  <body>\n'
    )
    for row in rows:
        fh.write(f"    <tu srclang={quoteattr(row.source_lang)}>\n")
        if row.origin != "memory":
            fh.write(f'      <prop type="{PROP_ORIGIN}">{_xml_text(row.origin)}</prop>\n')
            fh.write(f'      <prop type="{PROP_MODEL}">{_xml_text(row.model_id)}</prop>\n')
            if row.score is not None:
                fh.write(f'      <prop type="{PROP_SCORE}">{row.score!r}</prop>\n')
        for lang, text in ((row.source_lang, row.source), (row.target_lang, row.target)):
            fh.write(f"      <tuv xml:lang={quoteattr(lang)}><seg>{_xml_text(text)}</seg></tuv>\n")
        fh.write("    </tu>\n")
    fh.write("  </body>\n</tmx>\n")
