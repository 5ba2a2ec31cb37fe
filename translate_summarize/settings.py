"""One frozen :class:`Settings`: defaults in code, an optional TOML file, CLI overrides last.

Every field carries its TOML location (``section.key``), a help line and, where it matters, the values
it allows (:class:`Range`, :class:`OneOf`, :class:`LangCodes`: checked in one place, :func:`_validate`,
for defaults, the file and CLI overrides alike); ``describe()`` lists them for the README and
``translate-summarize config``. Unknown keys, wrongly typed values and values out of range raise
:class:`~translate_summarize.errors.ConfigError` naming the offending key.
"""

from __future__ import annotations

import dataclasses
import math
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from datetime import date as _date
from pathlib import Path
from typing import Any, Iterator, Mapping

from .errors import ConfigError

DEFAULT_CONFIG_NAME = "translate-summarize.toml"
UNDATED_CHOICES = ("run-date", "none", "free")


@dataclass(frozen=True, slots=True)
class Range:
    """Allowed numbers: ``low``/``high`` (None: unbounded), inclusive unless ``*_open``; always finite."""

    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False

    def problem(self, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, float) and not math.isfinite(value):
            return f"must be a finite number {self}"
        too_low = self.low is not None and (value < self.low or (self.low_open and value == self.low))
        too_high = self.high is not None and (value > self.high or (self.high_open and value == self.high))
        return f"must be {self}" if too_low or too_high else None

    def __str__(self) -> str:
        low, high = _number(self.low), _number(self.high)
        if self.low is not None and self.high is not None:
            return f"in {'(' if self.low_open else '['}{low}, {high}{')' if self.high_open else ']'}"
        if self.low is not None:
            return f"{'>' if self.low_open else '>='} {low}"
        return f"{'<' if self.high_open else '<='} {high}"


def _number(value: float | None) -> str:
    return str(value) if value is None or isinstance(value, int) else f"{value:g}"


@dataclass(frozen=True, slots=True)
class OneOf:
    """Allowed strings (compared lower-case, stripped); ``values`` may be a callable (lazy import)."""

    values: tuple[str, ...] | Callable[[], Iterable[str]]

    def allowed(self) -> tuple[str, ...]:
        return tuple(self.values) if isinstance(self.values, tuple) else tuple(self.values())

    def problem(self, value: Any) -> str | None:
        allowed = self.allowed()
        return None if str(value).strip().lower() in allowed else f"must be one of {', '.join(allowed)}"

    def __str__(self) -> str:
        return "one of " + ", ".join(self.allowed())


_LANG_CODE = re.compile(r"[a-z]{2,3}")


@dataclass(frozen=True, slots=True)
class LangCodes:
    """ISO 639 language codes (2 or 3 lower-case letters: ``ar``, ``sq``, ``en``); a list needs ``at_least``."""

    at_least: int = 1

    def problem(self, value: Any) -> str | None:
        codes = (value,) if isinstance(value, str) else tuple(value)
        if len(codes) < self.at_least:
            return "must name at least one language"
        bad = [c for c in codes if not _LANG_CODE.fullmatch(c)]
        if bad:
            return f"must be ISO 639 language codes (2-3 lower-case letters like ar, sq, en); {', '.join(map(repr, bad))} is not"
        if len(set(codes)) != len(codes):
            return "names a language twice"
        return None

    def __str__(self) -> str:
        return "ISO 639 codes (ar, sq, en, ...)"


Check = Range | OneOf | LangCodes

_COUNT = Range(1, 1_000_000)
_DAYS = Range(0, 3650)


def _summary_methods() -> tuple[str, ...]:
    from .summarizers import DEFAULT_METHOD, METHODS

    return (*METHODS, DEFAULT_METHOD)


COMPUTE_TYPES: tuple[str, ...] = (
    "default", "auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16", "float16", "bfloat16", "float32",
)
"""CTranslate2's compute types."""


def _opt(section: str, key: str, default: Any, help: str, *, article: bool = True, check: Check | None = None) -> Any:
    """A setting at ``[section] key``; ``article=False`` when it cannot change an article's own record
    (it shapes topics, rendering, paths or the run), so it stays out of the per-article cache key;
    ``check``: the values it allows (see :func:`_validate`)."""
    return field(default=default, metadata={"section": section, "key": key, "help": help, "article": article, "check": check})


@dataclass(frozen=True, slots=True)
class Settings:
    """All tunables of a run. Build with :func:`load_settings`; never mutate (use ``replace``)."""

    # [input]
    max_input_bytes: int = _opt("input", "max_bytes", 20_000_000, "Inputs larger than this many bytes are skipped (reason says so).", check=Range(1))
    # [languages]
    languages: tuple[str, ...] = _opt("languages", "supported", ("ar", "sq", "en"), "Source languages to process; others are reported as unsupported.", check=LangCodes())
    target_lang: str = _opt("languages", "target", "en", "Language to translate into.", check=LangCodes())
    min_lang_confidence: float = _opt("languages", "min_confidence", 0.5, "Below this language-id confidence an article is reported as undetermined.", check=Range(0, 1))
    # [models]
    models_dir: Path = _opt("models", "dir", Path("models"), "Project-local Argos package store.", article=False)
    catalogue: Path | None = _opt("models", "catalogue", None, "Argos package index JSON used by 'models available/install' (default: the bundled snapshot).", article=False)
    models_mirror: str | None = _opt("models", "mirror", None, "Base URL of a mirror holding the .argosmodel files; 'models install' downloads from it instead of the catalogue links.", article=False)
    # [translate]
    compute_type: str = _opt("translate", "compute_type", "default", "CTranslate2 compute type: default = the model's own weight type (an int8 package runs int8, a float32 one float32); int8, int8_float32, float32, ... convert at load time.", check=OneOf(COMPUTE_TYPES))
    threads: int = _opt("translate", "threads", 0, "CPU threads for CTranslate2 (0 = all cores).", article=False, check=Range(0, 1024))
    inter_threads: int = _opt("translate", "inter_threads", 0, "Batches decoded in parallel per model, each with threads / inter_threads threads (0 = the engine's measured default: 2, at most one per thread).", article=False, check=Range(0, 1024))
    beam_size: int = _opt("translate", "beam_size", 4, "Beam size for decoding.", check=Range(1, 64))
    max_batch_tokens: int = _opt("translate", "max_batch_tokens", 4096, "Token budget per CTranslate2 batch (batch_type=tokens).", check=Range(16, 10_000_000))
    length_ratio: float = _opt("translate", "length_ratio", 2.0, "Maximum output length relative to source length (tokens).", check=Range(0, 100, low_open=True))
    length_extra: int = _opt("translate", "length_extra", 10, "Extra tokens allowed on top of length_ratio * source length.", check=Range(0, 100_000))
    max_decoding_length: int = _opt("translate", "max_decoding_length", 256, "Most tokens decoded for one unit (argostranslate's 256; lowered to fit the model's position table). Longer units are split at clause boundaries before translation.", check=Range(1, 100_000))
    max_untranslated_share: float = _opt("translate", "max_untranslated_share", 0.5, "Share of an article's segments that may stay untranslated because no model could translate them (none installed, a broken package, a decoder error); they are flagged and the article goes on. Above it the article fails. An untranslated title never fails it.", check=Range(0, 1))
    repetition_penalty: float = _opt("translate", "repetition_penalty", 1.0, "CTranslate2 repetition_penalty (1.0 = off).", check=Range(0, 100, low_open=True))
    no_repeat_ngram_size: int = _opt("translate", "no_repeat_ngram_size", 0, "CTranslate2 no_repeat_ngram_size (0 = off).", check=Range(0, 1000))
    length_penalty: float = _opt("translate", "length_penalty", 0.2, "CTranslate2 beam-search length_penalty (0.2 as argostranslate uses for Argos models).", check=Range(-100, 100))
    low_confidence: float = _opt("translate", "low_confidence", -1.5, "Segments whose normalised log-prob score is below this are flagged low_confidence.", check=Range(-1000, 0))
    memory_db: Path | None = _opt("translate", "memory_db", None, "Translation memory / cache SQLite file (default: <output dir>/memory.sqlite).", article=False)
    memory_files: tuple[Path, ...] = _opt("translate", "memory_files", (), "JSONL or TMX translation-memory files imported at the start of each run.", article=False)
    # [summary]
    summary_method: str = _opt("summary", "method", "default", "Summary method: default, lead, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic, reduction.", check=OneOf(_summary_methods))
    summary_sentences: int = _opt("summary", "sentences", 3, "Summary length in sentences (ignored when ratio is set).", check=_COUNT)
    summary_ratio: float | None = _opt("summary", "ratio", None, "Summary length as a fraction of the article's sentences (0-1).", check=Range(0, 1, low_open=True))
    # [topics]
    topic_threshold: float = _opt("topics", "threshold", 0.70, "Average-linkage cut: clusters merge while the average similarity of their article pairs is at least 1 - threshold.", article=False, check=Range(0, 2, low_open=True))
    topic_title_weight: float = _opt("topics", "title_weight", 1.5, "Weight of the title beside the body in an article's text vector (title_weight * unit(title) + unit(body)).", article=False, check=Range(0, 100))
    topic_name_weight: float = _opt("topics", "name_weight", 0.25, "Weight of the names sub-vector (capitalised words) beside the text vector in the clustering similarity (0 = text only).", article=False, check=Range(0, 100))
    topic_short_terms: int = _opt("topics", "short_terms", 40, "Texts with fewer distinct terms than this (headlines, feed items) have their similarities scaled up by short_terms/terms (terms counted as at least 12; 0 = off).", article=False, check=Range(0, 10_000))
    topic_window_days: int = _opt("topics", "window_days", 3, "Articles published further apart than this are never in one cluster; a story reported over more days becomes one topic only through clusters it joins day after day.", article=False, check=_DAYS)
    topic_undated: str = _opt("topics", "undated", "run-date", "Date used for an article without a publication date: 'run-date' (nightly collection: it was published around the run date; the brief marks it), 'none' (archive runs: undated articles only share topics with other undated ones) or 'free' (archive runs: undated articles are placed by their text, by average linkage at the clustering cut with the dated articles they match, which stay within the window; no date is made up, the brief marks them).", article=False, check=OneOf(UNDATED_CHOICES))
    topic_copy_jaccard: float = _opt("topics", "copy_jaccard", 0.8, "Articles whose 5-word shingles overlap at least this much (Jaccard) are copies of one text (syndicated wire copies, re-posts): shown once with 'also in', one source in the brief.", article=False, check=Range(0, 1, low_open=True))
    story_threshold: float = _opt("topics", "story_threshold", 0.72, "Largest profile cosine distance at which a topic continues a story of an earlier night (several topics continuing one story become one).", article=False, check=Range(0, 1, low_open=True))
    story_expiry_days: int = _opt("topics", "story_expiry_days", 14, "A story not seen for this many days is closed; later articles start a new one.", article=False, check=Range(1, 3650))
    brief_sentences: int = _opt("topics", "brief_sentences", 5, "Sentences in a topic brief.", article=False, check=_COUNT)
    # [output]
    output_dir: Path = _opt("output", "dir", Path("output"), "Where run outputs and run state are written.", article=False)
    templates_dir: Path | None = _opt("output", "templates", None, "Folder of Jinja2 templates overriding the bundled ones.", article=False)
    keep_nights: int = _opt("output", "keep_nights", 0, "Keep only this many newest night folders in the output dir (0 = keep all); only folders this tool made are removed.", article=False, check=Range(0))
    # [run]
    fail_fast: bool = _opt("run", "fail_fast", False, "Re-raise the first stage error instead of recording it on the article.", article=False)
    chunk_articles: int = _opt("run", "chunk_articles", 200, "Articles translated and committed to the run state together (a killed run keeps every finished chunk).", article=False, check=_COUNT)
    max_failed_ratio: float | None = _opt("run", "max_failed_ratio", None, "Exit 3 (an alert for cron) when more than this share (0-1) of the night's articles were skipped or failed; unset: any problem exits 1.", article=False, check=Range(0, 1))
    # [dask]
    dask_scheduler: str | None = _opt("dask", "scheduler", None, "Address of a running Dask scheduler (tcp://HOST:PORT) that runs extract/translate/summarize; unset = in this process.", article=False)
    dask_workers: int = _opt("dask", "workers", 0, "Start a local Dask cluster of this many worker processes (0 = no cluster, run in this process).", article=False, check=Range(0, 1024))
    dask_partition_segments: int = _opt("dask", "partition_segments", 2000, "Estimated segments per Dask partition (one task); smaller = finer load balancing and retries.", article=False, check=Range(1, 100_000_000))

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    @property
    def memory_path(self) -> Path:
        return self.memory_db if self.memory_db is not None else self.output_dir / "memory.sqlite"

    def to_record(self) -> dict[str, Any]:
        """JSON-friendly dict of every setting (for run.json and cache keys)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Path):
                value = str(value)
            elif isinstance(value, tuple):
                value = [str(v) if isinstance(v, Path) else v for v in value]
            out[f.name] = value
        return out


def article_independent() -> frozenset[str]:
    """Names of the settings that never change an article's own record (see ``_opt``'s ``article``)."""
    return frozenset(f.name for f in fields(Settings) if not f.metadata["article"])


def by_config_key(settings: Settings) -> dict[str, Any]:
    """Every setting's JSON-friendly value under its config key (``translate.beam_size``), as run.json records them."""
    record = settings.to_record()
    return {f"{f.metadata['section']}.{f.metadata['key']}": record[f.name] for f in fields(Settings)}


def describe() -> Iterator[tuple[str, str, Any, str]]:
    """Yield ``(section.key, field name, default, help)`` for every setting."""
    for f in fields(Settings):
        yield f"{f.metadata['section']}.{f.metadata['key']}", f.name, f.default, f.metadata["help"]


_BY_LOCATION = {(f.metadata["section"], f.metadata["key"]): f for f in fields(Settings)}
_BY_NAME = {f.name: f for f in fields(Settings)}


def _coerce(f: dataclasses.Field[Any], value: Any, where: str) -> Any:
    default = f.default
    annotation = str(f.type)
    if value is None:
        if "None" in annotation:
            return None
        raise ConfigError(f"{where}: a value is required")
    try:
        if "Path" in annotation and "tuple" in annotation:
            if isinstance(value, (str, Path)):
                value = [value]
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, (str, Path)) for v in value):
                raise TypeError
            return tuple(_path(v, where) for v in value)
        if "Path" in annotation:
            if not isinstance(value, (str, Path)):
                raise TypeError
            return _path(value, where)
        if "tuple" in annotation:
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise TypeError
            return tuple(value)
        if isinstance(default, bool) or annotation == "bool":
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in {"true", "false", "1", "0", "yes", "no"}:
                return value.lower() in {"true", "1", "yes"}
            raise TypeError
        if "float" in annotation:
            if isinstance(value, bool):
                raise TypeError
            return float(value)
        if "int" in annotation:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise TypeError
            return int(value)
        if not isinstance(value, str):
            raise TypeError
        return value
    except (TypeError, ValueError, OverflowError):
        kind = annotation.replace("tuple[str, ...]", "list of strings").replace("tuple[Path, ...]", "list of paths")
        raise ConfigError(f"{where}: expected {kind}, got {value!r}") from None


def _path(value: str | Path, where: str) -> Path:
    if not str(value).strip():
        raise ConfigError(f"{where}: an empty path is not allowed (it would mean the current directory); name a folder or file")
    return Path(value)


def _validate(s: Settings, origins: Mapping[str, str] | None = None) -> Settings:
    """Every field's ``check`` (range, choices, language codes): one message naming the key as its value
    was given (``origins``: field name -> ``--flag (key)`` or ``FILE: key``)."""
    for f in fields(s):
        check = f.metadata["check"]
        problem = check.problem(getattr(s, f.name)) if check is not None else None
        if problem is not None:
            where = (origins or {}).get(f.name) or f"{f.metadata['section']}.{f.metadata['key']}"
            raise ConfigError(f"{where} {problem}, got {_shown(getattr(s, f.name))}")
    return s


def _shown(value: Any) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(map(repr, value)) + "]"
    return repr(value)


def allowed(name: str) -> str | None:
    """What setting ``name`` allows, in words (``"in [0, 1]"``), or None if anything of its type goes."""
    check = _BY_NAME[name].metadata["check"]
    return str(check) if check is not None else None


RUN_DATES = ("1990-01-01", "2099-12-31")
"""The run dates accepted (``--run-date``): a night of news in a plausible span, not year 1 or 9999."""
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_run_date(value: str, flag: str = "--run-date") -> _date:
    """``value`` as a date: strictly ``YYYY-MM-DD`` (not ``20260101`` nor ``2026-W01-1``) within :data:`RUN_DATES`.

    Raises:
        ConfigError: naming ``flag``.
    """
    try:
        day = _date.fromisoformat(value) if _ISO_DAY.fullmatch(value) else None
    except ValueError:
        day = None
    if day is None:
        raise ConfigError(f"{flag}: {value!r} is not a YYYY-MM-DD date")
    if not RUN_DATES[0] <= value <= RUN_DATES[1]:
        raise ConfigError(f"{flag}: {value} is outside {RUN_DATES[0]}..{RUN_DATES[1]}; give the date of the night being processed")
    return day


def settings_from_mapping(data: Mapping[str, Any], source: str = "config") -> dict[str, Any]:
    """Turn a parsed TOML mapping into ``Settings`` field values, rejecting unknown keys."""
    values: dict[str, Any] = {}
    sections = sorted({sec for sec, _ in _BY_LOCATION})
    for section, body in data.items():
        if section not in sections:
            raise ConfigError(f"{source}: unknown section [{section}] (known: {', '.join(sections)})")
        if not isinstance(body, Mapping):
            raise ConfigError(f"{source}: [{section}] must be a table")
        for key, value in body.items():
            f = _BY_LOCATION.get((section, key))
            if f is None:
                known = ", ".join(k for sec, k in _BY_LOCATION if sec == section)
                raise ConfigError(f"{source}: unknown key {section}.{key} (known in [{section}]: {known})")
            values[f.name] = _coerce(f, value, origin_of(f, source=source))
    return values


def config_path(config: Path | None) -> Path | None:
    """The config file settings are read from: ``config``, else ./translate-summarize.toml if present."""
    if config is not None and not str(config).strip():
        raise ConfigError("--config: an empty path is not allowed; name a TOML file (or leave --config out)")
    if config is None:
        return Path(DEFAULT_CONFIG_NAME) if Path(DEFAULT_CONFIG_NAME).is_file() else None
    return Path(config)


def origin_of(f: dataclasses.Field[Any], *, flag: str | None = None, source: str | None = None) -> str:
    """How an error names a setting: ``--out (output.dir)`` from a flag, ``FILE: output.dir`` from a config file."""
    key = f"{f.metadata['section']}.{f.metadata['key']}"
    if flag:
        return f"{flag} ({key})"
    return f"{source}: {key}" if source else key


def load_settings(
    config: Path | None = None, overrides: Mapping[str, Any] | None = None, flags: Mapping[str, str] | None = None,
) -> Settings:
    """Build Settings from defaults, then ``config`` (or ./translate-summarize.toml), then overrides.

    ``overrides`` maps field names to values (``None`` values are ignored, so CLI options left unset
    do not override the file). ``flags`` maps field names to the command-line flag each override came
    from, so that an error names what the user typed and the config key: ``--out (output.dir): ...``.
    """
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    path = config_path(config)
    if path is not None:
        if not path.is_file():
            raise ConfigError(f"--config: {path} does not exist")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({type(exc).__name__}: {str(exc)[:200]})") from None
        values.update(settings_from_mapping(data, str(path)))
        origins.update((name, origin_of(_BY_NAME[name], source=str(path))) for name in values)
    for name, value in (overrides or {}).items():
        if value is None:
            continue
        f = _BY_NAME.get(name)
        if f is None:
            raise ConfigError(f"unknown setting {name!r}")
        origins[name] = origin_of(f, flag=(flags or {}).get(name))
        values[name] = _coerce(f, value, origins[name])
    return _validate(Settings(**values), origins)


def setting_origins(config: Path | None = None, overrides: Mapping[str, Any] | None = None) -> dict[str, str]:
    """Where :func:`load_settings` takes each setting's value from: ``default``, ``file PATH`` or ``flag``.

    Settings are never read from the environment. Raises what ``load_settings`` raises for a bad file or flag.
    """
    load_settings(config, overrides)
    origins = dict.fromkeys(_BY_NAME, "default")
    path = config_path(config)
    if path is not None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        origins.update(dict.fromkeys(settings_from_mapping(data, str(path)), f"file {path}"))
    origins.update((name, "flag") for name, value in (overrides or {}).items() if value is not None)
    return origins
