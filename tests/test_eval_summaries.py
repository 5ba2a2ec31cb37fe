"""The summaries/topics evaluation gate runs in CI and fails, naming the metric, when a floor drops."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import eval_summaries  # noqa: E402

HELDOUT_FULL_PAGES_WITHOUT_BODY = 2
"""Full pages of the held-out templates (t75-t77 since 2026-12-03's tenth round) that extraction
left without a body at their blind first score (89 of 91 scored; t72-t74, held out before them, had
11 of 95 without a body at theirs, t69-t71 2 of 90 without a body at theirs, t66-t68 0 of 93 at theirs, t63-t65 0 of 91 at theirs, t60-t62 1 of 94 at theirs, t57-t59 0 of 85 without a body at theirs, t54-t56 0 of 86 without a body at theirs, t51-t53 10 of 93, t48-t50 0 of 90, t45-t47 2 of 83, t42-t44 3 of 89, t39-t41 0 of 79, t36-t38 2 of 84, t33-t35 0 of 92,
t30-t32 0 of 95, t27-t29 11 of 93, t24-t26 0 of 88)."""


@pytest.fixture(scope="module")
def gate_output(shared: Path) -> tuple[int, str]:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = eval_summaries.main([])
    return code, buf.getvalue()


def test_gate_passes_with_pinned_floors(gate_output: tuple[int, str]) -> None:
    code, text = gate_output
    assert code == 0, text
    assert "gate passed" in text
    floors = json.loads((BENCH / "summaries_floors.json").read_text(encoding="utf-8"))
    from translate_summarize.summarize import METHODS

    assert set(floors["selection_f1"]) == set(METHODS)  # every method has a floor
    assert floors["topic_f1"] >= 0.92
    for method in METHODS:
        assert f"    {method:<10}" in text
    assert "<- Settings default" in text
    assert "share 000+003          ok" in text and "brief cites 000+003    ok" in text
    assert "shipped weights re-fitted from their training sets: ok" in text
    assert "NTREX dev, cross-validated by story      60 docs" in text and "ECB+ test topics, proxy picks           440 docs" in text
    for set_name in ("ntrex", "ecbplus-test", "ecbplus-test-short"):
        assert f"    {set_name:<20} " in text
    assert "empty briefs while the topic has text: 0 (title + lead topics and 87 UCI headline-only topics)" in text
    assert set(floors["default_held_out_f1"]) == {"ntrex", "ecbplus-test", "pages-tuning", "pages-heldout"}


def test_gate_fails_naming_the_metric(tmp_path: Path, shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    floors = json.loads((BENCH / "summaries_floors.json").read_text(encoding="utf-8"))
    floors["topic_f1"] = 1.001  # NTREX clusters perfectly since the general-English idf
    floors["selection_f1"]["lead"] = 0.9
    path = tmp_path / "floors.json"
    floors["default_held_out_f1"]["ecbplus-test"] = 0.99
    path.write_text(json.dumps(floors), encoding="utf-8")
    assert eval_summaries.main(["--floors", str(path), "--no-sweep", "--no-briefs"]) == 1
    out = capsys.readouterr().out
    assert "GATE FAILED" in out and "topic_f1 = 1.0000 < floor 1.0010" in out and "selection_f1.lead" in out
    assert "default_held_out_f1.ecbplus-test = 0.6100 < floor 0.9900" in out


def test_pairwise_scores() -> None:
    gold = {"a": "s", "b": "s", "c": "s"}
    predicted = {"a": "1", "b": "1", "c": "2", "d": "2"}
    s = eval_summaries.pairwise(predicted, gold, ["a", "b", "c", "d"])
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 2)
    assert s["precision"] == 0.5 and s["recall"] == pytest.approx(1 / 3)


def test_seed_articles_follow_gold_and_memory(seeds_dir: Path) -> None:
    arts = {a.id[:3]: a for a in eval_summaries.seed_articles(seeds_dir)}
    assert arts["003"].title_en is None and arts["003"].published == "2025-10-09"
    assert arts["000"].title_en == "Embraces in Dushanbe: How Putin Beat Aliyev at the Diplomatic Game"
    assert [p.source_lines[0] for p in arts["000"].paragraphs if p.heading] == [72, 80, 92]
    assert all(s.origin == "memory" and s.en for a in arts.values() for s in a.segments)
    assert arts["001"].published is None and arts["004"].published == "2024-04-22"


def test_uci_topics_are_headline_only(shared: Path) -> None:
    topics = eval_summaries.uci_topics()
    assert len(topics) == 87 and max(len(t) for t in topics) == eval_summaries.UCI_PER_STORY
    first = topics[0][0]
    assert first.title_en == "Fed official says weak data caused by weather, should not slow taper" and first.segments == ()


def test_default_beats_the_lead_on_pages_through_the_real_stages(shared: Path) -> None:
    """The NTREX page dumps (tuning and held-out templates) through extraction and memory translation."""
    floors = json.loads((BENCH / "summaries_floors.json").read_text(encoding="utf-8"))["default_held_out_f1"]
    held = eval_summaries.held_out_default(pages=True)
    for name in ("pages-tuning", "pages-heldout"):
        assert held[name]["default"] + 1e-9 >= floors[name], (name, held[name])
        assert held[name]["default"] > held[name]["lead"], (name, held[name])
    gold = json.loads((BENCH.parent / "tests" / "data" / "ntrex_pages" / "gold.json").read_text(encoding="utf-8"))["articles"]
    full = sum(1 for g in gold if g["heldout"] and g["kind"] == "full")
    # every full held-out page whose extraction keeps a body is scored; on the blind first score of
    # the held-out templates t75-t77 (2026-12-03, tenth round) 89 of their 91 full pages came out of
    # extraction with sentences to choose: at most HELDOUT_FULL_PAGES_WITHOUT_BODY may be lost
    assert full - HELDOUT_FULL_PAGES_WITHOUT_BODY <= held["pages-heldout"]["documents"] <= full
