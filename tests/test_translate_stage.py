"""The translate stage: memory first (paragraph, then sentence), one deduplicated model batch per
language, cache across runs, model-upgrade invalidation, guard flags, missing models, passthrough, seeds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import pytest

from model_fixtures import _installed_template, synthetic_archives, synthetic_models_dir  # noqa: F401
from translate_summarize.article import Article, Paragraph
from translate_summarize.settings import Settings
from translate_summarize.translate.engine import CTranslate2Backend, EngineRegistry, StaticProvider, TranslationResult
from translate_summarize.translate.install import install_file
from translate_summarize.translate.memory import MemoryPair, TranslationMemory
from translate_summarize.translate.stage import translate_articles
from translate_summarize.translate.synthetic import DEFAULT_LINES


class FakeBackend:
    """Records every batch; 'translates' by wrapping the text; flags texts listed in ``bad``."""

    def __init__(self, model_id: str, *, score: float = -0.5, bad: Sequence[str] = (), scores: dict[str, float] | None = None) -> None:
        self.model_id = model_id
        self.calls: list[list[str]] = []
        self.score = score
        self.bad = set(bad)
        self.scores = scores or {}

    def translate_batch(self, texts: Sequence[str]) -> list[TranslationResult]:
        self.calls.append(list(texts))
        return [
            TranslationResult("", None, 3, 0, ("empty",)) if t in self.bad
            else TranslationResult(f"EN[{t}]", self.scores.get(t, self.score), 3, 3)
            for t in texts
        ]

    @property
    def texts(self) -> list[str]:
        return [t for call in self.calls for t in call]


def art(aid: str, lang: str, title: str | None, *paragraphs: Sequence[str], para_langs: Sequence[str | None] = ()) -> Article:
    """An extracted article from inline sentences (one tuple of sentences per paragraph)."""
    paras = [
        Paragraph.from_sentences(sentences, (i + 1, i + 1), lang=para_langs[i] if i < len(para_langs) else lang)
        for i, sentences in enumerate(paragraphs)
    ]
    return Article(id=aid, source_file=f"{aid}.txt", lang=lang, title=title, paragraphs=tuple(paras))


@pytest.fixture()
def memory(tmp_path: Path) -> TranslationMemory:
    with TranslationMemory(tmp_path / "memory.sqlite") as mem:
        yield mem


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    return Settings(models_dir=tmp_path / "no-models", output_dir=tmp_path / "out")


def human(memory: TranslationMemory, lang: str, pairs: dict[str, str]) -> None:
    memory.import_pairs([MemoryPair(lang, "en", s, t) for s, t in pairs.items()], provenance="test")


def test_english_articles_and_paragraphs_pass_through(settings: Settings, memory: TranslationMemory) -> None:
    en = art("e1", "en", "Talks end", ("The talks ended.", "Both sides left."), ("A second paragraph.",))
    ar_backend = FakeBackend("translate-ar_en@1.0")
    mixed = art("a1", "ar", "عنوان", ("جملة أولى.",), ("An English quote.", "Still English."),
                para_langs=("ar", "en"))
    out = translate_articles([en, mixed], settings, memory, StaticProvider({("ar", "en"): ar_backend}))
    assert out[0].title_en == "Talks end"
    assert [(s.paragraph, s.sentence, s.source, s.en, s.origin) for s in out[0].segments] == [
        (0, 0, "The talks ended.", "The talks ended.", "passthrough"),
        (0, 1, "Both sides left.", "Both sides left.", "passthrough"),
        (1, 0, "A second paragraph.", "A second paragraph.", "passthrough"),
    ]
    assert [(s.paragraph, s.sentence, s.en, s.origin) for s in out[1].segments] == [
        (0, 0, "EN[جملة أولى.]", "model"),
        (1, 0, "An English quote.", "passthrough"),
        (1, 1, "Still English.", "passthrough"),
    ]
    assert out[1].title_en == "EN[عنوان]"
    assert ar_backend.calls == [["عنوان", "جملة أولى."]]


def test_one_deduplicated_batch_per_language_and_results_scattered(settings: Settings, memory: TranslationMemory) -> None:
    ar = FakeBackend("translate-ar_en@1.0")
    sq = FakeBackend("translate-sq_en@1.0")
    articles = [
        art("a1", "ar", "خبر", ("الأولى.", "الثانية."), ("الثالثة.",)),
        art("s1", "sq", "Lajm", ("E para.", "E dyta.")),
        art("a2", "ar", "خبر", ("الثانية.", "الرابعة."), ("الأولى.",)),
        art("s2", "sq", None, ("E dyta.",)),
    ]
    out = translate_articles(articles, settings, memory, StaticProvider({("ar", "en"): ar, ("sq", "en"): sq}))
    assert ar.calls == [["خبر", "الأولى.", "الثانية.", "الثالثة.", "الرابعة."]]
    assert sq.calls == [["Lajm", "E para.", "E dyta."]]
    assert [a.id for a in out] == ["a1", "s1", "a2", "s2"]
    for article in out:
        assert article.status == "ok"
        for seg in article.segments:
            assert seg.en == f"EN[{seg.source}]"
            assert (seg.origin, seg.model, seg.score) == ("model", f"translate-{article.lang}_en@1.0", -0.5)
            assert seg.source == article.paragraphs[seg.paragraph].sentences[seg.sentence].text
    assert [(s.paragraph, s.sentence) for s in out[2].segments] == [(0, 0), (0, 1), (1, 0)]
    assert out[3].title_en is None


def test_memory_whole_paragraph_then_sentences(settings: Settings, memory: TranslationMemory) -> None:
    human(memory, "ar", {
        "الأولى. الثانية.": "The first. The second.",  # whole paragraph 0
        "الرابعة.": "The fourth.",  # one sentence of paragraph 1
        "خبر": "News",
    })
    backend = FakeBackend("translate-ar_en@1.0")
    out = translate_articles(
        [art("a1", "ar", "خبر", ("الأولى.", "الثانية."), ("الثالثة.", "الرابعة."))],
        settings, memory, StaticProvider({("ar", "en"): backend}),
    )[0]
    assert out.title_en == "News"
    assert [(s.paragraph, s.sentence, s.source, s.en, s.origin, s.model) for s in out.segments] == [
        (0, None, "الأولى. الثانية.", "The first. The second.", "memory", None),
        (1, 0, "الثالثة.", "EN[الثالثة.]", "model", "translate-ar_en@1.0"),
        (1, 1, "الرابعة.", "The fourth.", "memory", None),
    ]
    assert backend.texts == ["الثالثة."]


def test_second_run_makes_zero_model_calls(settings: Settings, memory: TranslationMemory) -> None:
    backend = FakeBackend("translate-sq_en@1.0", score=-0.25)
    provider = StaticProvider({("sq", "en"): backend})
    articles = [art("s1", "sq", "Lajm", ("E para.", "E dyta."), ("E treta.",))]
    first = translate_articles(articles, settings, memory, provider)
    assert len(backend.calls) == 1
    second = translate_articles(articles, settings, memory, provider)
    assert len(backend.calls) == 1  # everything came from the cache
    assert second[0].title_en == first[0].title_en == "EN[Lajm]"
    assert [(s.paragraph, s.sentence, s.en, s.origin, s.model, s.score) for s in second[0].segments] == [
        (0, 0, "EN[E para.]", "model", "translate-sq_en@1.0", -0.25),
        (0, 1, "EN[E dyta.]", "model", "translate-sq_en@1.0", -0.25),
        # a one-sentence paragraph's text equals its sentence: the paragraph lookup hits first
        (1, None, "EN[E treta.]", "model", "translate-sq_en@1.0", -0.25),
    ]


def test_lookup_counts_are_what_the_output_used(settings: Settings, memory: TranslationMemory) -> None:
    """A paragraph lookup that misses before its sentences hit is not a miss: count texts of the output."""
    human(memory, "sq", {"E para.": "The first.", "E dyta.": "The second."})
    provider = StaticProvider({("sq", "en"): FakeBackend("translate-sq_en@1.0")})
    articles = [art("s1", "sq", "Lajm", ("E para.", "E dyta."), ("E treta.",))]
    translate_articles(articles, settings, memory, provider)  # 2 human sentences; title + 1 sentence by the model
    assert memory.stats()["session"] == {"memory_hits": 2, "cache_hits": 0, "misses": 2, "hit_rate": 0.5}
    translate_articles(articles, settings, memory, provider)  # the model's two come from the cache now
    assert memory.stats()["session"] == {"memory_hits": 4, "cache_hits": 2, "misses": 2, "hit_rate": 0.75}
    translate_articles(articles, settings, memory, StaticProvider({}))  # no model: the article fails, its uncovered texts are misses
    assert memory.stats()["session"]["misses"] == 4


def test_human_memory_beats_cached_model_output(settings: Settings, memory: TranslationMemory) -> None:
    memory.put_translations("sq", "en", [("E para.", "model says", -0.1)], model_id="translate-sq_en@1.0")
    human(memory, "sq", {"E para.": "The first."})
    backend = FakeBackend("translate-sq_en@1.0")
    out = translate_articles([art("s1", "sq", None, ("E para.",))], settings, memory,
                             StaticProvider({("sq", "en"): backend}))[0]
    assert [(s.en, s.origin, s.model, s.score) for s in out.segments] == [("The first.", "memory", None, None)]
    assert backend.calls == []


def test_model_upgrade_invalidates_only_its_cache(settings: Settings, memory: TranslationMemory) -> None:
    human(memory, "ar", {"الثانية.": "The second."})
    articles = [art("a1", "ar", None, ("الأولى.", "الثانية."))]
    old = FakeBackend("translate-ar_en@1.0")
    translate_articles(articles, settings, memory, StaticProvider({("ar", "en"): old}))
    assert old.texts == ["الأولى."]
    new = FakeBackend("translate-ar_en@1.1")
    out = translate_articles(articles, settings, memory, StaticProvider({("ar", "en"): new}))[0]
    assert new.texts == ["الأولى."]  # 1.0's output is not reused; the human pair still is
    assert [(s.origin, s.model) for s in out.segments] == [("model", "translate-ar_en@1.1"), ("memory", None)]


def test_guard_flags_keep_the_segment_without_english(settings: Settings, memory: TranslationMemory) -> None:
    backend = FakeBackend("translate-sq_en@1.0", bad=["E keqe."], scores={"E ulët.": -2.0})
    provider = StaticProvider({("sq", "en"): backend})
    articles = [art("s1", "sq", None, ("E mirë.", "E keqe.", "E ulët."))]
    out = translate_articles(articles, settings, memory, provider)[0]
    assert out.status == "ok"
    assert [(s.en, s.flags, s.low_confidence) for s in out.segments] == [
        ("EN[E mirë.]", (), False),
        (None, ("empty",), True),
        ("EN[E ulët.]", (), True),  # score -2.0 < low_confidence -1.5
    ]
    translate_articles(articles, settings, memory, provider)
    assert backend.calls[1] == ["E keqe."]  # rejected output was not cached


def test_missing_model_fails_only_uncovered_articles(settings: Settings, memory: TranslationMemory) -> None:
    human(memory, "ar", {"كلها في الذاكرة.": "All in memory.", "عنوان": "Title"})
    sq = FakeBackend("translate-sq_en@1.0")
    articles = [
        art("a1", "ar", "عنوان", ("الأولى.", "كلها في الذاكرة."), ("الثالثة.",)),
        art("s1", "sq", "Lajm", ("E para.",)),
        art("a2", "ar", "عنوان", ("كلها في الذاكرة.",)),
    ]
    out = translate_articles(articles, settings, memory, StaticProvider({("sq", "en"): sq}))
    assert [a.status for a in out] == ["failed", "ok", "ok"]
    assert out[0].stage == "translate"
    assert out[0].reason == (
        "2 of 3 segments are not in the translation memory and no ar->en translation model is installed; "
        "run: translate-summarize models install ar (more than translate.max_untranslated_share = 0.5)"
    )
    assert out[0].segments == ()
    assert [(s.en, s.origin) for s in out[2].segments] == [("All in memory.", "memory")]
    assert out[2].title_en == "Title"


class CrashingBackend(FakeBackend):
    def translate_batch(self, texts: Sequence[str]) -> list[TranslationResult]:
        raise RuntimeError("decoder exploded")


def test_a_crashing_model_fails_its_language_only(settings: Settings, memory: TranslationMemory) -> None:
    provider = StaticProvider({("ar", "en"): CrashingBackend("translate-ar_en@1.0"), ("sq", "en"): FakeBackend("s@1")})
    out = translate_articles([art("a1", "ar", None, ("الأولى.",)), art("s1", "sq", None, ("E para.",))],
                             settings, memory, provider)
    assert [a.status for a in out] == ["failed", "ok"]
    assert out[0].reason == (
        "1 of 1 segments are not in the translation memory and the ar->en model translate-ar_en@1.0 failed on every "
        "text it was given (RuntimeError: decoder exploded); rerun with --fail-fast for a traceback"
    )
    with pytest.raises(RuntimeError, match="decoder exploded"):
        translate_articles([art("a1", "ar", None, ("الأولى.",))], settings.replace(fail_fast=True), memory, provider)


def test_blank_paragraphs_and_sentences_need_no_model(settings: Settings, memory: TranslationMemory) -> None:
    from translate_summarize.article import Sentence

    human(memory, "ar", {"الأولى.": "The first.", "الثانية.": "The second."})
    text = "الأولى.   الثانية."
    with_blank = Paragraph(text, (2, 2), lang="ar",
                           sentences=(Sentence("الأولى.", 0, 7), Sentence("  ", 7, 9), Sentence("الثانية.", 10, 18)))
    article = Article(id="a", source_file="a.txt", lang="ar",
                      paragraphs=(Paragraph("   ", (1, 1), lang="ar"), with_blank))
    (out,) = translate_articles([article], settings, memory, StaticProvider({}))
    assert out.status == "ok"
    # sentence indices still point into Paragraph.sentences (the blank one, index 1, is skipped)
    assert [(s.paragraph, s.sentence, s.en) for s in out.segments] == [(1, 0, "The first."), (1, 2, "The second.")]


def test_not_ok_articles_pass_untouched_and_unknown_language_fails(settings: Settings, memory: TranslationMemory) -> None:
    skipped = Article(id="x", source_file="x.bin", status="skipped", reason="binary input")
    unknown = Article(id="y", source_file="y.txt", paragraphs=(Paragraph("text", (1, 1)),))
    out = translate_articles([skipped, unknown], settings, memory, StaticProvider({}))
    assert out[0] is skipped
    assert (out[1].status, out[1].stage) == ("failed", "translate")
    assert "language is unknown" in (out[1].reason or "")


def test_progress_counts_every_segment_and_title(settings: Settings, memory: TranslationMemory) -> None:
    human(memory, "sq", {"E para.": "The first."})
    seen: list[int] = []
    articles = [art("s1", "sq", "Lajm", ("E para.", "E dyta.")), art("e1", "en", "T", ("One.", "Two."))]
    translate_articles(articles, settings, memory, StaticProvider({("sq", "en"): FakeBackend("m@1")}),
                       progress=seen.append)
    # memory + passthrough first (E para., One., Two.), then the sq batch (title, E dyta.)
    assert seen == [3, 2]


# ----------------------------------------------------------------------------- real synthetic models


def test_real_models_cache_and_upgrade(synthetic_models_dir: Path, synthetic_archives: dict[str, Path],
                                       tmp_path: Path, memory: TranslationMemory) -> None:
    settings = Settings(models_dir=synthetic_models_dir)
    backends: list[CTranslate2Backend] = []

    def factory(pkg, s):  # type: ignore[no-untyped-def]
        backends.append(CTranslate2Backend(pkg, s))
        return backends[-1]

    human(memory, "ar", {DEFAULT_LINES["ar"][2]: "The president said relations are strong."})
    articles = [
        art("s1", "sq", DEFAULT_LINES["sq"][6], DEFAULT_LINES["sq"][:2], DEFAULT_LINES["sq"][2:4]),
        art("a1", "ar", None, DEFAULT_LINES["ar"][:3]),
    ]
    with EngineRegistry(settings, backend_factory=factory) as reg:
        first = translate_articles(articles, settings, memory, reg)
    assert [a.status for a in first] == ["ok", "ok"]
    assert sorted(b.model_id for b in backends) == ["translate-ar_en@1.0", "translate-sq_en@1.0"]
    # one batch per language pair, each unique text decoded once
    assert [b.batches for b in backends] == [1, 1] and sum(b.texts_translated for b in backends) == 7
    sq_segments = first[0].segments
    assert [(s.origin, s.model) for s in sq_segments] == [("model", "translate-sq_en@1.0")] * 4
    # the copy models give each source sentence back (log-probability ~0), so the English is known
    assert [s.en for s in sq_segments] == [s.source for s in sq_segments] == list(DEFAULT_LINES["sq"][:4])
    assert all(s.score == pytest.approx(0.0, abs=1e-6) and not s.flags and not s.low_confidence for s in sq_segments)
    assert first[0].title_en == DEFAULT_LINES["sq"][6]
    assert [(s.origin, s.en) for s in first[1].segments] == [
        ("model", DEFAULT_LINES["ar"][0]), ("model", DEFAULT_LINES["ar"][1]),
        ("memory", "The president said relations are strong."),
    ]

    # second run over the same input: zero translator calls, identical output
    backends.clear()
    with EngineRegistry(settings, backend_factory=factory) as reg:
        second = translate_articles(articles, settings, memory, reg)
    assert backends == []  # no model was even loaded
    assert [a.segments for a in second] == [a.segments for a in first]

    # installing ar->en 1.1 invalidates 1.0's cached Arabic output only
    install_file(synthetic_archives["ar_en_1.1"], synthetic_models_dir)
    with EngineRegistry(settings, backend_factory=factory) as reg:
        third = translate_articles(articles, settings, memory, reg)
    assert [(b.model_id, b.texts_translated) for b in backends] == [("translate-ar_en@1.1", 2)]
    assert [(s.origin, s.model, s.en) for s in third[1].segments] == [
        ("model", "translate-ar_en@1.1", DEFAULT_LINES["ar"][0]), ("model", "translate-ar_en@1.1", DEFAULT_LINES["ar"][1]),
        ("memory", None, "The president said relations are strong."),
    ]
    assert third[0].segments == first[0].segments


# ----------------------------------------------------------------------------- seeds


def test_seeds_translate_from_memory_with_no_model(seed_files: list[Path], seed_memory_file: Path, tmp_path: Path) -> None:
    from translate_summarize.extract import extract_all

    settings = Settings(models_dir=tmp_path / "empty-models", output_dir=tmp_path / "out")
    pairs = [json.loads(line) for line in seed_memory_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    reference = {p["source"]: p["target"] for p in pairs}
    articles = list(extract_all(seed_files, settings))
    assert [a.status for a in articles] == ["ok"] * 5
    with TranslationMemory(tmp_path / "memory.sqlite") as memory, EngineRegistry(settings) as registry:
        memory.import_file(seed_memory_file)
        out = translate_articles(articles, settings, memory, registry)
        assert registry.model_ids() == {}
    for article in out:
        assert article.status == "ok", article.reason
        if article.title is not None:
            assert article.title_en == reference[article.title]
        assert [s.paragraph for s in article.segments] == list(range(len(article.paragraphs)))
        for seg, para in zip(article.segments, article.paragraphs):
            assert (seg.origin, seg.sentence, seg.source) == ("memory", None, para.text)
            assert seg.en == reference[para.text]
    assert sum(len(a.segments) for a in out) + sum(a.title is not None for a in out) == len(pairs)


# ----------------------------------------------------------------------------- what cannot be translated


class RaisingBackend(FakeBackend):
    """Like FakeBackend, but a batch holding one of ``raise_on`` raises (as a decoder crash would)."""

    def __init__(self, model_id: str, raise_on: Sequence[str]) -> None:
        super().__init__(model_id)
        self.raise_on = set(raise_on)

    def translate_batch(self, texts: Sequence[str]) -> list[TranslationResult]:
        self.calls.append(list(texts))
        bad = [t for t in texts if t in self.raise_on]
        if bad:
            raise RuntimeError(f"cannot translate {bad[0]!r}")
        return [TranslationResult(f"EN[{t}]", self.score, 3, 3) for t in texts]


def test_an_untranslatable_title_is_marked_and_the_article_goes_on(settings: Settings, memory: TranslationMemory) -> None:
    human(memory, "ar", {"الأولى.": "The first.", "الثانية.": "The second."})
    (out,) = translate_articles([art("a1", "ar", "عنوان", ("الأولى.", "الثانية."))], settings, memory, StaticProvider({}))
    assert (out.status, out.title_en, out.title_flags) == ("ok", "[untranslated] عنوان", ("untranslated", "no_model"))
    assert [s.en for s in out.segments] == ["The first.", "The second."]
    assert out.english_text() == "The first.\nThe second."  # summaries and topics do not read the marker
    assert out.to_record()["title_flags"] == ["untranslated", "no_model"]


def test_a_title_the_model_raises_on_is_marked_too(settings: Settings, memory: TranslationMemory) -> None:
    backend = RaisingBackend("translate-sq_en@1.0", raise_on=["Titulli"])
    (out,) = translate_articles([art("s1", "sq", "Titulli", ("E para.",))], settings, memory,
                                StaticProvider({("sq", "en"): backend}))
    assert (out.status, out.title_en, out.title_flags) == ("ok", "[untranslated] Titulli", ("untranslated", "error"))
    assert [s.en for s in out.segments] == ["EN[E para.]"]


def test_an_isolated_segment_the_model_raises_on_is_flagged_with_the_error(settings: Settings, memory: TranslationMemory) -> None:
    backend = RaisingBackend("translate-sq_en@1.0", raise_on=["E keqe."])
    articles = [
        art("s1", "sq", None, ("E para.", "E keqe.", "E treta."), ("E katërta.",)),
        art("s2", "sq", None, ("E keqe.",)),
    ]
    out = translate_articles(articles, settings, memory, StaticProvider({("sq", "en"): backend}))
    assert out[0].status == "ok"
    assert [(s.en, s.flags, s.error, s.origin) for s in out[0].segments] == [
        ("EN[E para.]", (), None, "model"),
        (None, ("error",), "RuntimeError: cannot translate 'E keqe.'", "model"),
        ("EN[E treta.]", (), None, "model"),
        ("EN[E katërta.]", (), None, "model"),
    ]
    # retried by halves down to the text that raised
    assert backend.calls == [
        ["E para.", "E keqe.", "E treta.", "E katërta."], ["E para.", "E keqe."], ["E para."], ["E keqe."],
        ["E treta.", "E katërta."],
    ]
    # an article that is nothing but that segment cannot be published: 1 of 1 > max_untranslated_share
    assert (out[1].status, out[1].stage, out[1].reason) == ("failed", "translate", (
        "1 of 1 segments are not in the translation memory and the sq->en model failed on them: "
        "RuntimeError: cannot translate 'E keqe.' (rerun with --fail-fast for a traceback)"
    ))
    # the failed output is not cached: the next run tries that text again, and only that one
    translate_articles(articles, settings, memory, StaticProvider({("sq", "en"): backend}))
    assert backend.calls[5] == ["E keqe."]


@pytest.mark.parametrize(
    ("share", "status"),
    [(1.0, "ok"), (0.5, "ok"), (0.34, "ok"), (0.33, "failed"), (0.0, "failed")],
)
def test_the_untranslated_share_is_a_setting(settings: Settings, memory: TranslationMemory, share: float, status: str) -> None:
    human(memory, "ar", {"الأولى.": "The first.", "الثانية.": "The second."})
    (out,) = translate_articles([art("a1", "ar", None, ("الأولى.", "الثانية.", "الثالثة."))],
                                settings.replace(max_untranslated_share=share), memory, StaticProvider({}))
    assert out.status == status
    if status == "ok":  # 1 of 3 segments has no memory entry and there is no model
        assert [(s.en, s.origin, s.flags) for s in out.segments] == [
            ("The first.", "memory", ()), ("The second.", "memory", ()), (None, "none", ("no_model",)),
        ]
        assert out.segments[2].error == "no ar->en translation model is installed; run: translate-summarize models install ar"
    else:
        assert out.reason == (
            "1 of 3 segments are not in the translation memory and no ar->en translation model is installed; "
            f"run: translate-summarize models install ar (more than translate.max_untranslated_share = {share:g})"
        )


def test_guard_rejections_never_fail_an_article(settings: Settings, memory: TranslationMemory) -> None:
    backend = FakeBackend("translate-sq_en@1.0", bad=["E para.", "E dyta."])
    (out,) = translate_articles([art("s1", "sq", None, ("E para.", "E dyta."))], settings.replace(max_untranslated_share=0.0),
                                memory, StaticProvider({("sq", "en"): backend}))
    assert out.status == "ok" and [s.flags for s in out.segments] == [("empty",), ("empty",)]


def test_a_package_that_cannot_load_fails_only_its_language(settings: Settings, memory: TranslationMemory) -> None:
    from translate_summarize.errors import ModelError

    class BrokenPackage(StaticProvider):
        def get(self, source_lang: str, target_lang: str):  # type: ignore[no-untyped-def]
            if source_lang == "sq":
                raise ModelError("package translate-sq_en@1.9 (models/translate-sq_en): its tokenizer bpe.model cannot "
                                 "be loaded (bad); reinstall it: translate-summarize models install sq --force")
            return super().get(source_lang, target_lang)

    ar = FakeBackend("translate-ar_en@1.0")
    provider = BrokenPackage({("ar", "en"): ar, ("sq", "en"): FakeBackend("translate-sq_en@1.9")})
    out = translate_articles([art("s1", "sq", "Lajm", ("E para.",)), art("a1", "ar", "خبر", ("الأولى.",))],
                             settings, memory, provider)
    assert [a.status for a in out] == ["failed", "ok"]
    assert out[0].reason == (
        "1 of 1 segments are not in the translation memory and package translate-sq_en@1.9 (models/translate-sq_en): "
        "its tokenizer bpe.model cannot be loaded (bad); reinstall it: translate-summarize models install sq --force"
    )
    with pytest.raises(ModelError, match="bpe.model cannot be loaded"):
        translate_articles([art("s1", "sq", None, ("E para.",))], settings.replace(fail_fast=True), memory, provider)


def test_flagged_translations_are_not_cached_so_reruns_keep_the_flag(settings: Settings, memory: TranslationMemory) -> None:
    class Truncating(FakeBackend):
        def translate_batch(self, texts: Sequence[str]) -> list[TranslationResult]:
            self.calls.append(list(texts))
            return [TranslationResult(f"EN[{t}]", -0.5, 3, 3, ("truncated",) if t == "E gjatë." else ()) for t in texts]

    backend = Truncating("translate-sq_en@1.0")
    articles = [art("s1", "sq", None, ("E gjatë.", "E shkurtër."))]
    first = translate_articles(articles, settings, memory, StaticProvider({("sq", "en"): backend}))
    second = translate_articles(articles, settings, memory, StaticProvider({("sq", "en"): backend}))
    assert [(s.en, s.flags, s.low_confidence) for s in first[0].segments] == [
        ("EN[E gjatë.]", ("truncated",), False), ("EN[E shkurtër.]", (), False),
    ]
    assert second[0].segments == first[0].segments
    assert backend.calls == [["E gjatë.", "E shkurtër."], ["E gjatë."]]
