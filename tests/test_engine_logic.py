"""The engine's own logic on a copy translator (output tokens == input tokens) and a whitespace
tokenizer: decoding limits from the model, over-long units split and joined, errors contained by
halves, tokenizer exits turned into package errors, placeholders restored. No model weights."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine_fakes import CopyTranslator, SpaceTokenizer, copy_backend, package
from translate_summarize.errors import ModelError
from translate_summarize.translate.engine import GIVE_UP_AFTER, load_tokenizer
from translate_summarize.translate.limits import ModelLimits

OPUS = ModelLimits(encoder_positions=2048, decoder_positions=2048, source_specials=1)


def words(n: int, stem: str = "fjala") -> list[str]:
    return [f"{stem}{i}" for i in range(n)]


def test_decoding_limit_is_the_units_own_under_the_cap(tmp_path: Path) -> None:
    backend, tr = copy_backend(tmp_path, limits=OPUS)
    assert (backend.max_source_tokens, backend.max_decoding_length, backend.piece_tokens) == (1023, 256, 123)
    text = " ".join(words(100))
    (result,) = backend.translate_batch([text])
    assert (result.text, result.flags, result.tokens_in, result.tokens_out) == (text, (), 100, 100)
    (call,) = tr.calls
    assert (call["max_decoding_length"], call["max_input_length"]) == (2 * 100 + 10, 1024)


@pytest.mark.parametrize(
    ("limits", "prefix", "expected"),
    [
        # a small decoder table lowers the cap below the 256 setting: start token + prefix + output
        (ModelLimits(decoder_positions=128), "", (1024, 127, 58)),
        (ModelLimits(decoder_positions=128), "__en__", (1024, 126, 58)),
        # an encoder table of 512 rows and </s> added to every source: 511 source tokens
        (ModelLimits(encoder_positions=512, source_specials=1), "", (511, 256, 123)),
        # no tables (sinusoidal positions): CTranslate2's own 1,024-id input limit and the setting
        (ModelLimits(), "", (1024, 256, 123)),
    ],
)
def test_limits_follow_the_model(tmp_path: Path, limits: ModelLimits, prefix: str, expected: tuple[int, int, int]) -> None:
    backend, _ = copy_backend(tmp_path, limits=limits, target_prefix=prefix)
    assert (backend.max_source_tokens, backend.max_decoding_length, backend.piece_tokens) == expected


def test_max_decoding_length_setting_caps_every_call(tmp_path: Path) -> None:
    backend, tr = copy_backend(tmp_path, limits=OPUS, max_decoding_length=64)
    texts = [" ".join(words(n, f"w{n}_")) for n in (5, 20, 27, 60)]
    results = backend.translate_batch(texts)
    assert backend.piece_tokens == 27  # (64 - 10) / 2
    assert [r.text for r in results] == texts  # the 60-token unit was split in pieces, then joined
    assert max(len(s) for s in tr.sources) <= 27
    assert all(c["max_decoding_length"] <= 64 for c in tr.calls)


def test_output_stopped_by_the_cap_is_flagged_truncated_and_kept(tmp_path: Path) -> None:
    # a cap below length_extra leaves no room to split for: the output is cut, and says so
    backend, _ = copy_backend(tmp_path, limits=OPUS, max_decoding_length=20, length_extra=30)
    assert backend.piece_tokens == 1023
    text = " ".join(words(30))
    (result,) = backend.translate_batch([text])
    assert (result.text, result.flags, result.usable) == (" ".join(words(20)), ("truncated",), True)


def test_a_long_unit_without_sentence_punctuation_is_split_at_commas_and_joined(tmp_path: Path) -> None:
    clauses = [" ".join(words(40, f"c{k}_")) + "," for k in range(7)]  # 7 x 40 tokens, commas between
    text = " ".join(clauses)
    backend, tr = copy_backend(tmp_path, limits=OPUS)
    short = "Lajm i shkurtër sot"
    results = backend.translate_batch([text, short])
    assert [r.text for r in results] == [text, short]
    assert results[0].flags == () and results[0].tokens_in == 280
    assert backend.texts_split == 1
    # pieces end at commas, each within 123 tokens, as few as possible (280 tokens of 40-token clauses:
    # 3 pieces, the largest of 3 clauses)
    pieces = sorted((s for s in tr.sources if s[0].startswith("c")), key=lambda s: s[0])
    assert [(p[0], len(p)) for p in pieces] == [("c0_0", 120), ("c3_0", 120), ("c6_0", 40)]
    assert all(p[-1].endswith(",") for p in pieces)


def test_conjunctions_and_arabic_commas_are_boundaries(tmp_path: Path) -> None:
    backend, tr = copy_backend(tmp_path, limits=OPUS, max_decoding_length=50)  # pieces of <= 20 tokens
    sq = " dhe ".join(" ".join(words(15, f"a{k}_")) for k in range(3))
    ar = "، ".join(" ".join(words(15, f"b{k}_")) for k in range(3))
    assert [r.text for r in backend.translate_batch([sq, ar])] == [sq, ar]
    assert sorted(" ".join(s) for s in tr.sources) == sorted([
        " ".join(words(15, "a0_")), "dhe " + " ".join(words(15, "a1_")), "dhe " + " ".join(words(15, "a2_")),
        " ".join(words(15, "b0_")) + "،", " ".join(words(15, "b1_")) + "،", " ".join(words(15, "b2_")),
    ])


def test_an_exception_is_narrowed_down_to_the_text_that_raises(tmp_path: Path) -> None:
    translator = CopyTranslator(raise_on=frozenset({"BAD"}))
    backend, tr = copy_backend(tmp_path, translator=translator)
    texts = ["a1 b1", "a2 BAD", "a3 b3", "a4 b4"]  # one length: one group of four
    results = backend.translate_batch(texts)
    assert [(r.text, r.flags, r.error) for r in results] == [
        ("a1 b1", (), None),
        ("", ("error",), "RuntimeError: cannot decode 'BAD'"),
        ("a3 b3", (), None),
        ("a4 b4", (), None),
    ]
    # the group, its failing half, each text of that half, the other half
    assert [len(c["source"]) for c in tr.calls] == [4, 2, 1, 1, 2]
    assert backend.errors == 1 and backend.texts_translated == 3


def test_a_failing_piece_leaves_the_rest_of_a_split_unit(tmp_path: Path) -> None:
    translator = CopyTranslator(raise_on=frozenset({"BAD"}))
    backend, _ = copy_backend(tmp_path, translator=translator, limits=OPUS, max_decoding_length=50)
    parts = [" ".join(words(18, f"p{k}_")) + "," for k in range(3)]
    parts[1] = parts[1].replace("p1_5", "BAD")
    (result,) = backend.translate_batch([" ".join(parts)])
    assert result.text == f"{parts[0]} [untranslated] {parts[2]}"
    assert (result.flags, result.usable, result.error) == (("partial",), True, "RuntimeError: cannot decode 'BAD'")


def test_a_decoder_that_fails_on_everything_is_a_model_error(tmp_path: Path) -> None:
    translator = CopyTranslator(raise_on=frozenset({"x"}))
    backend, tr = copy_backend(tmp_path, translator=translator)
    with pytest.raises(ModelError, match=(  # names the package, the error, then the fix
        r"^package translate-sq_en@1\.9 \(\S+/translate-sq_en\): its model failed on every text it was given "
        r"\(RuntimeError: cannot decode 'x'\); rerun with --fail-fast for a traceback; reinstall it: translate-summarize "
        r"models install sq --force --models-dir \S+ \(offline: --file PACKAGE\.argosmodel\), or remove it: "
        r"translate-summarize models remove translate-sq_en --models-dir \S+$"
    )):
        backend.translate_batch([f"x t{i}" for i in range(40)])
    assert len(tr.calls) < 2 * GIVE_UP_AFTER + 8  # gave up instead of trying all 40 one by one


def test_fail_fast_reraises_the_first_exception(tmp_path: Path) -> None:
    translator = CopyTranslator(raise_on=frozenset({"BAD"}))
    backend, _ = copy_backend(tmp_path, translator=translator, fail_fast=True)
    with pytest.raises(RuntimeError, match="cannot decode 'BAD'"):
        backend.translate_batch(["ok text", "BAD text"])


def test_a_tokenizer_that_exits_is_a_package_error(tmp_path: Path) -> None:
    backend, _ = copy_backend(tmp_path, tokenizer=SpaceTokenizer(exit_on="BOOM"))
    with pytest.raises(ModelError, match=(
        r"^package translate-sq_en@1\.9 \(.*translate-sq_en\): its tokenizer exited \(status 1\) on a text; "
        r"reinstall it: translate-summarize models install sq --force --models-dir \S+ \(offline: --file PACKAGE\.argosmodel\), "
        r"or remove it: translate-summarize models remove translate-sq_en --models-dir \S+$"
    )):
        backend.translate_batch(["good text", "BOOM text"])


def test_a_bad_bpe_model_is_a_package_error_not_an_exit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pkg = package(tmp_path)
    pkg = type(pkg)(**{**{f: getattr(pkg, f) for f in pkg.__dataclass_fields__}, "tokenizer": "bpe"})
    pkg.path.mkdir(parents=True)
    (pkg.path / "bpe.model").write_text("#version: 0.2\na b\nthis line has three\n", encoding="utf-8")
    with pytest.raises(ModelError) as info:
        load_tokenizer(pkg)
    assert str(info.value) == (
        f"package translate-sq_en@1.9 ({pkg.path}): its tokenizer bpe.model cannot be loaded (Error: invalid line 3 "
        "in BPE codes file: this line has three The line should exist of exactly two subword units, separated by "
        f"whitespace); reinstall it: translate-summarize models install sq --force --models-dir {pkg.path.parent} (offline: "
        f"--file PACKAGE.argosmodel), or remove it: translate-summarize models remove translate-sq_en --models-dir {pkg.path.parent}"
    )
    assert capsys.readouterr().err == ""  # argostranslate's own stderr lines were captured into the message


# ----------------------------------------------------------------------------- protected spans

SOURCE = ("Shkruani te user_name@x.com ose @ali_k për #Tirana2025, lexoni https://x.com/a_b?c=1 "
          "para 25 majit 2025: 3,5 përqind")


class ArgosDecoder(SpaceTokenizer):
    """Decodes like argostranslate's SentencePieceTokenizer: every ``_`` becomes a space."""

    def decode(self, tokens: list[str]) -> str:  # type: ignore[override]
        return " ".join(tokens).replace("_", " ")


def test_urls_handles_hashtags_and_numbers_survive_a_decoder_that_mangles_underscores(tmp_path: Path) -> None:
    backend, tr = copy_backend(tmp_path, tokenizer=ArgosDecoder())
    (result,) = backend.translate_batch([SOURCE])
    assert result.text == SOURCE
    (sent,) = tr.sources
    assert sent == ["Shkruani", "te", "X1X", "ose", "X2X", "për", "X3X,", "lexoni", "X4X", "para", "X5X", "majit",
                    "X6X:", "X7X", "përqind"]
    # the same decoder on the unprotected text is what argostranslate gives
    assert ArgosDecoder().decode(SOURCE.split()) != SOURCE


def test_a_lost_placeholder_means_a_second_decode_without_protection(tmp_path: Path) -> None:
    drop = CopyTranslator(rewrite=lambda toks: [t for t in toks if t != "X2X"])
    backend, tr = copy_backend(tmp_path, translator=drop, tokenizer=ArgosDecoder())
    text = "Takim me user_name@x.com dhe 25 veta"
    (result,) = backend.translate_batch([text])
    # the retry saw the text itself; argostranslate's underscore damage is repaired on the way out
    assert [c["source"] for c in tr.calls] == [[["Takim", "me", "X1X", "dhe", "X2X", "veta"]], [text.split()]]
    assert result.text == text


def test_a_repeated_placeholder_is_restored_each_time(tmp_path: Path) -> None:
    twice = CopyTranslator(rewrite=lambda toks: [u for t in toks for u in ([t, t] if re.fullmatch("X1X", t) else [t])])
    backend, tr = copy_backend(tmp_path, translator=twice)
    (result,) = backend.translate_batch(["Vdiqën 25 veta"])
    assert result.text == "Vdiqën 25 25 veta"
    assert len(tr.calls) == 1


def test_texts_of_nothing_but_protected_spans_need_no_model(tmp_path: Path) -> None:
    backend, tr = copy_backend(tmp_path)
    results = backend.translate_batch(["2025", "https://x.com/a_b", "٢٥ - ٣٫٥", "@ali_k #Tirana"])
    assert [r.text for r in results] == ["2025", "https://x.com/a_b", "25 - 3.5", "@ali_k #Tirana"]
    assert tr.calls == [] and all(r.usable and r.flags == () for r in results)


def test_with_parallel_workers_a_small_call_is_cut_into_one_batch_per_worker(tmp_path: Path) -> None:
    texts = [" ".join(words(10, f"t{i}_")) for i in range(4)]  # one group of 40 tokens
    one, tr1 = copy_backend(tmp_path, threads=2, inter_threads=1)
    two, tr2 = copy_backend(tmp_path, threads=2, inter_threads=2, max_batch_tokens=30)
    assert one.translate_batch(texts) == two.translate_batch(texts)
    assert [c["max_batch_size"] for c in tr1.calls] == [4096]  # one worker: the whole budget
    assert [c["max_batch_size"] for c in tr2.calls] == [20]  # two workers: 40 tokens in two batches
    big, tr3 = copy_backend(tmp_path, threads=2, inter_threads=2, max_batch_tokens=16)
    big.translate_batch(texts)
    assert [c["max_batch_size"] for c in tr3.calls] == [16]  # never above max_batch_tokens


def test_thread_layout() -> None:
    from translate_summarize.settings import Settings
    from translate_summarize.translate.engine import DEFAULT_INTER_THREADS, thread_layout

    assert thread_layout(Settings(threads=1)) == (1, 1)
    assert thread_layout(Settings(threads=2, inter_threads=1)) == (1, 2)
    assert thread_layout(Settings(threads=2, inter_threads=2)) == (2, 1)
    assert thread_layout(Settings(threads=8, inter_threads=3)) == (3, 2)
    assert thread_layout(Settings(threads=4)) == (DEFAULT_INTER_THREADS, 4 // DEFAULT_INTER_THREADS)
