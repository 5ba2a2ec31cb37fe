"""The degenerate-output guard: empty output, repetition loops, outputs that ran to the length limit."""

from __future__ import annotations

import pytest

from translate_summarize.translate.guard import GuardConfig, check_output, consecutive_repeats_of_size


def test_clean_output_has_no_flags() -> None:
    tokens = "▁The ▁minister ▁met ▁his ▁counterpart ▁in ▁Dushanbe .".split()
    assert check_output(9, tokens, "The minister met his counterpart in Dushanbe.") == ()


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_output_is_flagged(text: str) -> None:
    assert check_output(5, [] if not text else ["▁"], text) == ("empty",)


@pytest.mark.parametrize(
    ("tokens", "n", "expected"),
    [
        (["a", "a", "a", "a"], 1, 4),
        (["a", "b", "a", "b", "a", "b"], 2, 3),
        (["x", "a", "b", "a", "b", "y"], 2, 2),
        (["a", "b", "c"], 1, 1),
        (["a", "b", "c", "a", "b", "c"], 3, 2),
        (["a", "b", "a"], 2, 1),
        ([], 1, 0),
    ],
)
def test_consecutive_repeats_of_size(tokens: list[str], n: int, expected: int) -> None:
    assert consecutive_repeats_of_size(tokens, n) == expected


def test_single_token_loop_needs_four_copies() -> None:
    three = ["▁we", "▁rd", "▁rd", "▁rd", "▁go"]
    four = ["▁we", "▁rd", "▁rd", "▁rd", "▁rd", "▁go"]
    assert check_output(10, three, "we rd rd rd go") == ()
    assert check_output(10, four, "we rd rd rd rd go") == ("repetition",)


def test_phrase_loop_needs_three_copies() -> None:
    two = "▁the ▁talks ▁the ▁talks ▁ended".split()
    three = "▁the ▁talks ▁the ▁talks ▁the ▁talks ▁ended".split()
    assert check_output(10, two, "the talks the talks ended") == ()
    assert check_output(10, three, "the talks the talks the talks ended") == ("repetition",)


def test_low_diversity_long_output_is_a_loop() -> None:
    # no n-gram loop long enough to count, but 3 distinct tokens over 14 positions (0.21 < 0.25)
    tokens = ["a", "b", "c", "b", "a", "c", "a", "b", "c", "b", "a", "c", "b", "a"]
    assert consecutive_repeats_of_size(tokens, 1) < 4
    assert all(consecutive_repeats_of_size(tokens, n) < 3 for n in (2, 3, 4))
    assert check_output(20, tokens[:12], " ".join(tokens[:12])) == ()  # 3/12 = 0.25 is not below
    assert check_output(20, tokens, " ".join(tokens)) == ("repetition",)


def test_output_reaching_the_length_limit_is_too_long() -> None:
    config = GuardConfig(length_ratio=2.0, length_extra=3)
    assert config.max_output_tokens(4) == 11
    ten = [f"t{i}" for i in range(10)]
    eleven = [f"t{i}" for i in range(11)]
    assert check_output(4, ten, " ".join(ten), config) == ()
    assert check_output(4, eleven, " ".join(eleven), config) == ("too_long",)


def test_flags_combine_in_fixed_order() -> None:
    config = GuardConfig(length_ratio=1.0, length_extra=0)
    tokens = ["x"] * 6
    assert check_output(3, tokens, "x x x x x x", config) == ("repetition", "too_long")


def test_an_output_stopped_by_a_cap_below_its_own_limit_is_truncated_not_too_long() -> None:
    tokens = [f"▁w{i}" for i in range(50)]
    text = " ".join(t[1:] for t in tokens)
    # own limit 2 x 100 + 10 = 210; the decoder stopped at a cap of 50: cut, but not degenerate
    assert check_output(100, tokens, text, max_length=50) == ("truncated",)
    assert check_output(100, tokens[:49], text, max_length=50) == ()
    # own limit 2 x 20 + 10 = 50 reached: too long whatever the cap
    assert check_output(20, tokens, text, max_length=50) == ("too_long",)
    assert check_output(20, tokens, text) == ("too_long",)


def test_which_flags_reject_an_output() -> None:
    from translate_summarize.translate.guard import REJECTING, usable

    assert REJECTING == {"empty", "repetition", "too_long", "error", "no_model"}
    assert usable(()) and usable(("truncated",)) and usable(("partial", "truncated"))
    assert not usable(("truncated", "repetition")) and not usable(("error",))
