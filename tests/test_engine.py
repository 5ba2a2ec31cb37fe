"""The CTranslate2 engine on real (synthetic) Argos packages: loading, batching, dedup, scores, guard.

The packages' models copy their input (``translate_summarize.translate.copy_model``), so every
output below is known exactly: the source text itself for the built-in lines.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from model_fixtures import LOOP_TOKEN, _installed_template, install_one, synthetic_archives, synthetic_models_dir  # noqa: F401
from translate_summarize.errors import ModelMissingError
from translate_summarize.settings import Settings
from translate_summarize.translate.engine import (
    CTranslate2Backend,
    EngineRegistry,
    LIMIT_STEP,
    load_translator,
    resolve_compute_type,
    translate_one,
)
from translate_summarize.translate.install import install_file
from translate_summarize.translate.models import find_package
from translate_summarize.translate.synthetic import DEFAULT_LINES

SQ = list(DEFAULT_LINES["sq"])
AR = list(DEFAULT_LINES["ar"])


class RecordingTranslator:
    """Wraps a real ctranslate2.Translator and records every translate_batch call."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls: list[dict[str, Any]] = []

    def translate_batch(self, source: list[list[str]], target_prefix: Any = None, **kwargs: Any) -> Any:
        self.calls.append({"source": [list(s) for s in source], "target_prefix": target_prefix, **kwargs})
        return self.real.translate_batch(source, target_prefix=target_prefix, **kwargs)


def _backend(models: Path, lang: str, **settings: Any) -> tuple[CTranslate2Backend, RecordingTranslator]:
    s = Settings(models_dir=models, **settings)
    pkg = find_package(models, lang, "en")
    assert pkg is not None
    rec = RecordingTranslator(load_translator(pkg, s))
    return CTranslate2Backend(pkg, s, translator=rec), rec


def test_registry_loads_each_pair_once(synthetic_models_dir: Path) -> None:
    with EngineRegistry(Settings(models_dir=synthetic_models_dir)) as reg:
        assert reg.model_id("sq", "en") == "translate-sq_en@1.0"
        assert reg.model_ids() == {}  # nothing loaded until asked
        sq = reg.get("sq", "en")
        assert reg.get("sq", "en") is sq
        ar = reg.get("ar", "en")
        assert reg.model_ids() == {"ar->en": "translate-ar_en@1.0", "sq->en": "translate-sq_en@1.0"}
        results = ar.translate_batch(AR[:3])
        assert [r.text for r in results] == AR[:3]
        assert [r.tokens_in for r in results] == [r.tokens_out for r in results] == [len(ar.tokenize(t)) for t in AR[:3]]
        assert all(r.flags == () and r.score == pytest.approx(0.0, abs=1e-6) for r in results)


def test_missing_pair_raises_with_exact_fix(synthetic_models_dir: Path) -> None:
    reg = EngineRegistry(Settings(models_dir=synthetic_models_dir))
    assert reg.model_id("fr", "en") is None
    with pytest.raises(ModelMissingError, match="run: translate-summarize models install fr$"):
        reg.get("fr", "en")


def test_results_follow_input_order_whatever_the_order(synthetic_models_dir: Path) -> None:
    backend, rec = _backend(synthetic_models_dir, "sq")
    forward = backend.translate_batch(SQ)
    backward = backend.translate_batch(SQ[::-1])
    assert [r.text for r in forward] == SQ  # each output is its own input's copy: a mix-up would show
    assert [r.text for r in backward] == SQ[::-1]
    # each call sorted its inputs by token length before decoding
    for call in rec.calls:
        lengths = [len(s) for s in call["source"]]
        assert lengths == sorted(lengths)
    alone = translate_one(backend, SQ[4])
    assert (alone.text, alone.tokens_in, alone.tokens_out) == (SQ[4], forward[4].tokens_in, forward[4].tokens_out)


def test_duplicates_are_decoded_once(synthetic_models_dir: Path) -> None:
    backend, rec = _backend(synthetic_models_dir, "sq")
    texts = [SQ[0], SQ[1], SQ[0], SQ[0], SQ[1], SQ[2]]
    results = backend.translate_batch(texts)
    assert sum(len(c["source"]) for c in rec.calls) == 3
    assert backend.texts_translated == 3
    assert [r.text for r in results] == texts
    assert results[0] == results[2] == results[3] and results[1] == results[4]


def test_groups_by_decoding_limit_in_length_order(synthetic_models_dir: Path) -> None:
    backend, rec = _backend(synthetic_models_dir, "sq", max_batch_tokens=40, length_ratio=2.0, length_extra=10)
    assert [r.text for r in backend.translate_batch(SQ)] == SQ
    assert backend.batches == 1 and len(rec.calls) >= 1
    seen: list[int] = []
    steps: list[int] = []
    for call in rec.calls:
        lengths = [len(s) for s in call["source"]]
        # CTranslate2 cuts its own token-budget batches inside each call
        assert call["batch_type"] == "tokens" and call["max_batch_size"] == 40
        # the call's limit is its longest source's: ratio * tokens + extra
        assert call["max_decoding_length"] == 2 * max(lengths) + 10
        # every text of a call has a limit in the same 64-token step
        assert len({-(-(2 * n + 10) // LIMIT_STEP) for n in lengths}) == 1
        steps.append(-(-(2 * lengths[0] + 10) // LIMIT_STEP))
        seen += lengths
    assert seen == sorted(seen) and len(seen) == len(SQ)
    assert steps == sorted(set(steps))  # one call per step


def test_decoding_settings_reach_ctranslate2(synthetic_models_dir: Path) -> None:
    backend, rec = _backend(
        synthetic_models_dir, "ar", beam_size=2, repetition_penalty=1.3, no_repeat_ngram_size=3, length_penalty=0.5
    )
    assert [r.text for r in backend.translate_batch(AR[:2])] == AR[:2]  # no repeated 3-gram to block
    call = rec.calls[0]
    assert (call["beam_size"], call["repetition_penalty"], call["no_repeat_ngram_size"], call["length_penalty"]) == (
        2, 1.3, 3, 0.5
    )
    assert call["return_scores"] is True and call["target_prefix"] is None


def test_score_is_mean_logprob_whatever_the_length_penalty(synthetic_archives: dict[str, Path], tmp_path: Path) -> None:
    """The "soft" copy model gives every output token a clearly negative log-probability; the score
    must be CTranslate2's own teacher-forced mean log-probability (</s> included) under any penalty."""
    models = install_one(synthetic_archives["sq_en_soft"], tmp_path)
    expected = None
    for length_penalty in (0.0, 0.2, 1.0):
        for beam_size in (1, 4):
            backend, rec = _backend(models, "sq", length_penalty=length_penalty, beam_size=beam_size, compute_type="float32")
            results = backend.translate_batch(SQ[:4])
            assert [r.text for r in results] == SQ[:4]
            if expected is None:
                tokens = [backend.tokenize(t) for t in SQ[:4]]
                scored = rec.real.score_batch(tokens, tokens)  # log-probs of each output token, then of </s>
                expected = [sum(s.log_probs) / len(s.log_probs) for s in scored]
                assert all(-1.0 < e < -0.05 for e in expected)  # far from 0: a wrong normalisation shows
            assert [r.score for r in results] == pytest.approx(expected, rel=1e-4)


def test_degenerate_model_output_is_flagged(synthetic_archives: dict[str, Path], tmp_path: Path) -> None:
    # a model that emits "▁the" until the length limit: every output loops and runs to its group's limit
    models = install_one(synthetic_archives["sq_en_loop"], tmp_path)
    backend, rec = _backend(models, "sq")
    results = backend.translate_batch(SQ[:3])
    limits = {len(s): c["max_decoding_length"] for c in rec.calls for s in c["source"]}
    for text, r in zip(SQ[:3], results):
        n = len(backend.tokenize(text))
        assert r.flags == ("repetition", "too_long") and not r.usable
        assert (r.tokens_in, r.tokens_out) == (n, limits[n])
        assert r.text == " ".join([LOOP_TOKEN.lstrip("▁")] * limits[n])
        assert r.tokens_out >= 2 * n + 10  # past its own limit: ratio x source + extra


def test_bpe_package_translates(synthetic_archives: dict[str, Path], tmp_path: Path) -> None:
    models = tmp_path / "models"
    pkg = install_file(synthetic_archives["sq_en_bpe"], models)
    assert pkg.tokenizer == "bpe"
    backend = EngineRegistry(Settings(models_dir=models)).get("sq", "en")
    tokens = backend.tokenize("Ministri i Jashtëm u takua me homologun e tij.")
    assert tokens[-1] == "." and any(t.endswith("@@") for t in tokens)
    results = backend.translate_batch(SQ[:3])
    assert [r.text for r in results] == SQ[:3]  # Moses-detokenised copy of the Moses+BPE tokens
    assert [r.tokens_in for r in results] == [r.tokens_out for r in results] == [len(backend.tokenize(t)) for t in SQ[:3]]


def test_target_prefix_from_metadata_is_forced_and_stripped(synthetic_archives: dict[str, Path], tmp_path: Path) -> None:
    models = install_one(synthetic_archives["sq_en_prefix"], tmp_path)
    backend, rec = _backend(models, "sq")
    assert backend.package.target_prefix == "__en__"
    results = backend.translate_batch(SQ[:2])
    assert rec.calls[0]["target_prefix"] == [["__en__"], ["__en__"]]
    assert [r.text for r in results] == SQ[:2]  # the prefix is not in the text
    raw = rec.real.translate_batch(rec.calls[0]["source"], target_prefix=[["__en__"]] * 2, beam_size=4,
                                   max_decoding_length=rec.calls[0]["max_decoding_length"])
    assert [r.hypotheses[0] for r in raw] == [["__en__", *s] for s in rec.calls[0]["source"]]
    by_len = sorted(range(2), key=lambda i: len(backend.tokenize(SQ[i])))
    for i, out in zip(by_len, raw):
        assert results[i].tokens_out == len(out.hypotheses[0]) - 1 == results[i].tokens_in


def test_unsupported_compute_type_falls_back_with_warning(synthetic_models_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert resolve_compute_type("bfloat16") == "default"
    assert "bfloat16 is not supported" in caplog.text
    backend = EngineRegistry(Settings(models_dir=synthetic_models_dir, compute_type="bfloat16")).get("sq", "en")
    assert backend.translate_batch(SQ[:1])[0].text == SQ[0]
    assert resolve_compute_type("int8") == "int8"
