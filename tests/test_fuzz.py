"""Property tests (hypothesis): no input raises out of the JSONL record reader or the memory importers,
and every bad record gets a reason naming its line (issue 12).

Deterministic: ``derandomize=True`` derives the examples from the test itself (same examples on every
machine and run) and no example database is written.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translate_summarize.errors import InputError
from translate_summarize.ingest import iter_articles
from translate_summarize.settings import Settings
from translate_summarize.state import RunState
from translate_summarize.translate.memory import TranslationMemory

FUZZ = settings(max_examples=120, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Any code point, lone surrogates included (hypothesis leaves them out unless asked).
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), ANY_TEXT,
    st.sampled_from(["ar", "sq", "en", "", " ", "model", "memory", "xx-YY", "a" * 9]),
)
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4), max_leaves=12)
HOSTILE_LINES = st.sampled_from([
    '{"text": "Lajm.", "n": ' + "9" * 5000 + "}",
    '{"text": "Lajm.", "x": ' + "[" * 50_000 + "]" * 50_000 + "}",
    '{"text": "\\ud83d"}',
    '{"source_lang": "sq", "target_lang": "en", "source": "\\udfff", "target": "x"}',
    '{"text": NaN, "title": Infinity}',
    "[" * 5000,
    "\x00\x01\x02",
    "{\"text\": 1e999999}",
])


def _line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True, allow_nan=True)


ARTICLE_RECORDS = st.fixed_dictionaries(
    {}, optional={k: JSON_VALUES for k in ("text", "html", "title", "url", "published", "outlet", "lang")}
).map(_line)
RECORD_LINES = st.one_of(ARTICLE_RECORDS, JSON_VALUES.map(_line), HOSTILE_LINES, st.binary(max_size=60).map(lambda b: b.decode("latin-1")))


def _non_blank_lines(data: bytes) -> list[int]:
    return [n for n, line in enumerate(data.split(b"\n"), 1) if line.strip()]


@FUZZ
@given(lines=st.lists(RECORD_LINES, min_size=1, max_size=8), raw_bytes=st.booleans())
def test_jsonl_record_reader_never_raises_and_gives_each_bad_line_a_reason(lines: list[str], raw_bytes: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feed.jsonl"
        data = "\n".join(lines).encode("latin-1" if raw_bytes and all(ord(c) < 256 for c in "".join(lines)) else "utf-8", "surrogatepass")
        path.write_bytes(data)
        articles = list(iter_articles([path], Settings()))
        assert articles, "every file gives at least one article or problem"
        for a in articles:
            assert a.status in ("ok", "skipped", "failed")
            if a.ok:
                assert a.raw is not None and a.raw.strip()
                for text in (a.raw, *(v for v in a.hints.values() if isinstance(v, str))):
                    text.encode("utf-8")  # storable and writable: no lone surrogates
            else:
                assert a.reason and a.reason.startswith(str(path)) and a.stage == "ingest"
        by_line = [a for a in articles if a.source_file.startswith(f"{path}:")]
        if len(by_line) == len(articles) and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" not in data:
            assert [a.source_file for a in by_line] == [f"{path}:{n}" for n in _non_blank_lines(data)]
        with RunState(Path(tmp) / "out") as state:
            state.commit_articles((a.replace(raw=None), "key") for a in articles)


MEMORY_RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "source_lang": st.one_of(st.sampled_from(["ar", "sq", "en", "ar-SA", "SQ_al", "x", "123"]), JSON_VALUES),
        "target_lang": st.one_of(st.sampled_from(["en", "EN-us", "sq"]), JSON_VALUES),
        "source": st.one_of(ANY_TEXT, JSON_VALUES),
        "target": st.one_of(ANY_TEXT, JSON_VALUES),
        "origin": st.one_of(st.sampled_from(["memory", "model", "human"]), JSON_VALUES),
        "model": st.one_of(st.sampled_from(["", "translate-sq_en@1.9"]), JSON_VALUES),
        "score": st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(min_value=-(10**400), max_value=10**400), JSON_VALUES),
    },
).map(_line)


@FUZZ
@given(lines=st.lists(st.one_of(MEMORY_RECORDS, HOSTILE_LINES, JSON_VALUES.map(_line)), min_size=1, max_size=8))
def test_memory_jsonl_import_never_raises_and_accounts_for_every_line(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pairs.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        with TranslationMemory(Path(tmp) / "memory.sqlite") as memory:
            try:
                stats = memory.import_file(path)
            except InputError as exc:  # the whole file is unusable: said once, naming it
                assert str(exc).startswith(str(path))
                return
            text = path.read_text(encoding="utf-8", errors="surrogatepass")
            non_blank = [n for n, line in enumerate(text.splitlines(), 1) if line.strip()]
            assert stats.added + stats.updated + stats.unchanged + stats.skipped == len(non_blank)
            assert all(e.split(":", 1)[0] in {f"line {n}" for n in non_blank} for e in stats.errors)
            memory.export(Path(tmp) / "out.tmx", "tmx", include_model=True)
            memory.stats()


def _xml_attr(value: str) -> str:
    from xml.sax.saxutils import quoteattr

    return quoteattr(value)


def _xml_text(value: str) -> str:
    from xml.sax.saxutils import escape

    return escape(value)


TUV = st.tuples(st.sampled_from(["ar", "sq", "en", "EN-GB", "x", "", "1234"]), ANY_TEXT)
TU = st.tuples(
    st.sampled_from(["", "ar", "sq", "*all*", "zz-ZZ", "9"]),
    st.lists(TUV, max_size=4),
    st.one_of(st.none(), st.sampled_from(["-1.5", "nan", "inf", "abc", "1e999", ""])),
    st.sampled_from(["", "model", "memory", "other"]),
)


def _tmx(units: list[tuple[str, list[tuple[str, str]], str | None, str]], header_srclang: str) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<tmx version=\"1.4\">",
           f"<header srclang={_xml_attr(header_srclang)} datatype=\"plaintext\"/>", "<body>"]
    for srclang, tuvs, score, origin in units:
        out.append(f"<tu srclang={_xml_attr(srclang)}>" if srclang else "<tu>")
        if origin:
            out.append(f'<prop type="x-ts-origin">{origin}</prop><prop type="x-ts-model">m@1</prop>')
        if score is not None:
            out.append(f'<prop type="x-ts-score">{score}</prop>')
        for lang, text in tuvs:
            out.append(f"<tuv xml:lang={_xml_attr(lang)}><seg>{_xml_text(text)}</seg></tuv>")
        out.append("</tu>")
    out += ["</body>", "</tmx>"]
    return "\n".join(out) + "\n"


@FUZZ
@given(units=st.lists(TU, max_size=6), header=st.sampled_from(["", "ar", "sq", "*all*"]), garble=st.binary(max_size=8))
def test_memory_tmx_import_never_raises(units: list, header: str, garble: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "desk.tmx"
        data = _tmx(units, header).encode("utf-8", "surrogatepass")
        if garble:
            cut = len(data) // 2
            data = data[:cut] + garble + data[cut:]
        path.write_bytes(data)
        with TranslationMemory(Path(tmp) / "memory.sqlite") as memory:
            try:
                stats = memory.import_file(path)
            except InputError as exc:
                assert str(exc).startswith(str(path))
                return
            assert all(e.startswith("line ") for e in stats.errors)
            memory.export(Path(tmp) / "out.jsonl", "jsonl", include_model=True)
