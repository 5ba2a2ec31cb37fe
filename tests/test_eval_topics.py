"""The story-clustering dev suite runs in CI and fails, naming the set, when a floor drops."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import eval_topics  # noqa: E402
import topic_sets  # noqa: E402


@pytest.fixture(scope="module")
def gate_output(shared: Path) -> tuple[int, str]:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = eval_topics.main([])
    return code, buf.getvalue()


def test_gate_passes_with_pinned_floors(gate_output: tuple[int, str]) -> None:
    code, text = gate_output
    assert code == 0, text
    assert "gate passed" in text
    floors = json.loads((BENCH / "topics_floors.json").read_text(encoding="utf-8"))
    assert set(floors["pair_f1"]) == set(topic_sets.LOADERS)  # every set has a floor
    for name in topic_sets.LOADERS:
        assert f"    {name:<10} " in text


def test_gate_fails_naming_the_set(tmp_path: Path, shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    floors = json.loads((BENCH / "topics_floors.json").read_text(encoding="utf-8"))
    floors["pair_f1"]["ntrex"] = 1.001  # NTREX scores 1.000 at the defaults since the general-English idf
    floors["seeds_pair_errors_max"] = -1
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(floors), encoding="utf-8")
    assert eval_topics.main(["--floors", str(path), "--sets", "ntrex,seeds"]) == 1
    out = capsys.readouterr().out
    assert "GATE FAILED" in out and "ntrex.pair_f1 = " in out and "< floor 1.0010" in out
    assert "seeds.pair_errors = " in out


def test_pair_scores_by_hand() -> None:
    gold = {"a": "s", "b": "s", "c": "s", "d": "t"}
    predicted = {"a": 1, "b": 1, "c": 2, "d": 2}
    s = topic_sets.pair_scores(predicted, gold)
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 2)
    assert s["precision"] == 0.5 and s["recall"] == pytest.approx(1 / 3) and s["f1"] == pytest.approx(0.4)
    assert topic_sets.pair_scores({"a": 1, "b": 2}, {"a": "x", "b": "y"})["f1"] == 1.0  # no pairs either way


def test_sets_have_the_documented_shape(shared: Path) -> None:
    uci = topic_sets.load_uci()
    assert len(uci.articles) == 6366 and len(set(uci.gold.values())) == 87
    assert all(a.title_en and not a.segments and a.published for a in uci.articles)  # headline only, dated
    ecb = topic_sets.load_ecbplus()
    assert len(ecb.articles) == 982 and len(set(ecb.gold.values())) == 86
    leads = topic_sets.load_ecb_leads()
    assert all(len(a.segments) <= 2 for a in leads.articles)
    seeds = topic_sets.load_seeds()
    assert seeds.gold["001_89d7c6d670ac9db8"] != seeds.gold["002_6d2f08d76ddc822d"]
    assert seeds.gold["000_24618d5ee539ec34"] == seeds.gold["003_26b40dc472a4c13d"]


def test_leave_one_fold_out_never_tunes_on_the_held_out_set() -> None:
    class Fixed:
        def __init__(self, best: float) -> None:
            self.best = best

        def scores(self, settings):  # type: ignore[no-untyped-def]
            return {"f1": 1.0 - abs(settings.topic_threshold - self.best)}

    fake = {"ntrex": Fixed(0.6), "uci": Fixed(0.9), "seeds": Fixed(0.9)}
    cv = eval_topics.cross_validate(fake, {"topic_threshold": (0.6, 0.9)})  # type: ignore[arg-type]
    assert cv["in_sample"]["ntrex"]["point"] == {"topic_threshold": 0.6}
    assert cv["held_out"]["ntrex"]["point"] == {"topic_threshold": 0.9}  # chosen by uci + seeds
    assert cv["held_out"]["ntrex"]["f1"] == pytest.approx(0.7)
    assert cv["held_out"]["uci"]["trained_on"] == ["ntrex", "seeds"]


def test_every_training_fold_counts_once() -> None:
    """The three ECB+ cuts are one fold (the same events): held out together, and when training for
    another fold they weigh as one set, not three (old code: a mean over sets, 0.6 chosen here)."""

    class Fixed:
        def __init__(self, best: float) -> None:
            self.best = best

        def scores(self, settings):  # type: ignore[no-untyped-def]
            return {"f1": 1.0 - abs(settings.topic_threshold - self.best)}

    fake = {"ntrex": Fixed(0.6), "ecbplus": Fixed(0.6), "ecb_leads": Fixed(0.6), "ecb_titles": Fixed(0.6),
            "uci": Fixed(0.9), "seeds": Fixed(0.9)}
    cv = eval_topics.cross_validate(fake, {"topic_threshold": (0.6, 0.9)})  # type: ignore[arg-type]
    # ntrex held out: folds ecb (0.6), uci (0.9), seeds (0.9) -> 0.9 (per set: 3 x 0.6 vs 2 x 0.9 -> 0.6)
    assert cv["held_out"]["ntrex"]["point"] == {"topic_threshold": 0.9}
    assert cv["held_out"]["ntrex"]["f1"] == pytest.approx(0.7)
    # ecb held out together, trained on the other three folds (ntrex 0.6, uci and seeds 0.9)
    for name in ("ecbplus", "ecb_leads", "ecb_titles"):
        assert cv["held_out"][name]["trained_on"] == ["ntrex", "uci", "seeds"]
        assert cv["held_out"][name]["point"] == {"topic_threshold": 0.9}
    # all four folds in-sample: 0.6 (ntrex, ecb) ties 0.9 (uci, seeds) at 0.85; ties go to the first point
    assert cv["all_sets"]["point"] == {"topic_threshold": 0.6}
    assert cv["all_sets"]["mean_f1"] == pytest.approx(0.85)


def test_minimax_regret_choice_by_hand() -> None:
    """Minimax regret keeps every training fold near its own best, where the mean lets one fold's gain
    buy another's loss (values exact in binary, so no tie turns on rounding)."""
    table = {"a": [1.0, 0.75, 0.875], "b": [0.5, 0.75, 0.625], "c": [0.875, 0.75, 0.75]}
    folds = [["a"], ["b"], ["c"]]
    # means: 0.7917, 0.75, 0.75 -> point 0; largest regrets: 0.25 (b), 0.25 (a), 0.125 -> point 2
    assert eval_topics.choose(table, folds, 3, "mean") == 0
    assert eval_topics.choose(table, folds, 3, "minimax") == 2
    assert eval_topics.fold_regrets(table, folds, 3) == [[0.0, 0.25, 0.0], [0.25, 0.0, 0.125], [0.125, 0.125, 0.125]]
    with pytest.raises(ValueError, match="unknown choice rule"):
        eval_topics.choose(table, folds, 3, "median")


def test_minimax_regret_ties_go_to_the_smaller_mean_regret_then_the_first_point() -> None:
    table = {"a": [0.75, 1.0, 0.5, 1.0, 0.75], "b": [0.75, 0.5, 1.0, 0.75, 1.0]}
    # regrets (a, b): (.25, .25), (0, .5), (.5, 0), (0, .25), (.25, 0): points 0, 3 and 4 have the
    # smallest largest regret (.25); 3 and 4 the smaller mean regret (.125); 3 comes first
    assert eval_topics.choose(table, [["a"], ["b"]], 5, "minimax") == 3


def test_minimax_regret_counts_the_ecb_cuts_as_one_fold() -> None:
    """A fold's F1 is the mean of its sets' (as fold_means weighs them): the two ECB+ cuts' opposite
    swings cancel within their fold, so only ntrex and uci have a regret."""
    table = {"ntrex": [1.0, 0.875], "ecbplus": [1.0, 0.5], "ecb_leads": [0.5, 1.0], "uci": [0.75, 1.0]}
    folds = [["ntrex"], ["ecbplus", "ecb_leads"], ["uci"]]
    # per fold: point 0 regrets (0, 0, .25), point 1 (.125, 0, 0) -> point 1 (per set: .5 at both)
    assert eval_topics.fold_regrets(table, folds, 2) == [[0.0, 0.0, 0.25], [0.125, 0.0, 0.0]]
    assert eval_topics.choose(table, folds, 2, "minimax") == 1


def test_leave_one_fold_out_with_the_minimax_choice() -> None:
    class Table:
        def __init__(self, f1: dict[float, float]) -> None:
            self.f1 = f1

        def scores(self, settings):  # type: ignore[no-untyped-def]
            return {"f1": self.f1[settings.topic_threshold]}

    fake = {"ntrex": Table({0.6: 1.0, 0.7: 0.875, 0.8: 0.5}), "ecbplus": Table({0.6: 0.5, 0.7: 0.875, 0.8: 1.0}),
            "uci": Table({0.6: 1.0, 0.7: 0.5625, 0.8: 0.25}), "seeds": Table({0.6: 1.0, 0.7: 1.0, 0.8: 1.0})}
    grid = {"topic_threshold": (0.6, 0.7, 0.8)}
    mean = eval_topics.cross_validate(fake, grid)  # type: ignore[arg-type]
    minimax = eval_topics.cross_validate(fake, grid, choice="minimax")  # type: ignore[arg-type]
    # ntrex held out, trained on ecb, uci, seeds: means 2.5, 2.4375, 2.25 -> 0.6; largest regrets
    # .5 (ecb), .4375 (uci), .75 (uci) -> 0.7
    assert mean["held_out"]["ntrex"]["point"] == {"topic_threshold": 0.6}
    assert minimax["held_out"]["ntrex"]["point"] == {"topic_threshold": 0.7}
    assert minimax["held_out"]["ntrex"]["f1"] == pytest.approx(0.875)
    # uci held out: regrets (ntrex, ecb, seeds) (0, .5, 0), (.125, .125, 0), (.5, 0, 0) -> 0.7 (the mean too)
    assert minimax["held_out"]["uci"]["point"] == mean["held_out"]["uci"]["point"] == {"topic_threshold": 0.7}
    # ecbplus held out: 0.6 has no regret in ntrex, uci or seeds
    assert minimax["held_out"]["ecbplus"]["point"] == {"topic_threshold": 0.6}
    # all four folds: largest regrets .5, .4375, .75 -> 0.7; the mean (.875, .828, .6875) -> 0.6
    assert minimax["all_sets"]["point"] == {"topic_threshold": 0.7}
    assert minimax["all_sets"]["max_regret"] == pytest.approx(0.4375)
    assert minimax["all_sets"]["mean_f1"] == pytest.approx((0.875 + 0.875 + 0.5625 + 1.0) / 4)
    assert mean["all_sets"]["point"] == {"topic_threshold": 0.6}


def test_story_folds_with_the_minimax_choice() -> None:
    """Two sets (two folds of the choice), two stories of three articles each (two story folds).
    Story fold 1 trains on the s1 stories: x's F1 1 / .5 / 0 at P / Q / R, y's 0 / .5 / 1, so the mean
    ties (first point, P) and minimax picks Q (largest regret .5 against 1). Story fold 2 trains on the
    s0 stories and picks P either way. Q splits x's s0 story, which fold 1 tests."""
    x = {"a1": "s0", "a2": "s0", "a3": "s0", "b1": "s1", "b2": "s1", "b3": "s1"}
    y = {"c1": "s0", "c2": "s0", "c3": "s0", "d1": "s1", "d2": "s1", "d3": "s1"}
    joined, split = [0, 0, 0], [0, 1, 2]
    b = {"P": joined, "Q": [0, 0, 1], "R": split}
    d = {"P": split, "Q": [0, 0, 1], "R": joined}
    a = {"P": joined, "Q": split, "R": joined}

    def predict(c, point):  # type: ignore[no-untyped-def]
        p = point["p"]
        if c.data.gold is x:
            return {**{f"a{i + 1}": 10 + k for i, k in enumerate(a[p])}, **{f"b{i + 1}": 20 + k for i, k in enumerate(b[p])}}
        return {**{f"c{i + 1}": 10 for i in range(3)}, **{f"d{i + 1}": 20 + k for i, k in enumerate(d[p])}}

    sets = {"x": _Gold(x), "y": _Gold(y)}
    mean = eval_topics.story_cross_validate(sets, {"p": ("P", "Q", "R")}, 2, predict)
    minimax = eval_topics.story_cross_validate(sets, {"p": ("P", "Q", "R")}, 2, predict, choice="minimax")
    assert [f["point"] for f in mean["folds"]] == [{"p": "P"}, {"p": "P"}]
    assert [f["point"] for f in minimax["folds"]] == [{"p": "Q"}, {"p": "P"}]
    assert minimax["folds"][0]["max_regret"] == pytest.approx(0.5)
    # mean: x all 6 same-story pairs right (F1 1); y's s1 split (3 of 6 pairs: F1 2/3)
    assert mean["held_out"]["x"]["f1"] == pytest.approx(1.0)
    assert mean["held_out"]["y"]["f1"] == pytest.approx(2 / 3)
    # minimax: fold 1 tests x's s0 at Q, where it is split
    held = minimax["held_out"]["x"]
    assert (held["tp"], held["fp"], held["fn"]) == (3, 0, 3)
    assert minimax["held_out"]["y"]["f1"] == pytest.approx(2 / 3)


def test_sklearn_baseline_counts_pairs_on_ntrex(shared: Path) -> None:
    """bench/topics_baseline.py: the issue's plain TF-IDF + agglomerative baseline, exact pair counts."""
    import topics_baseline

    b = topics_baseline.Baseline(topic_sets.load_ntrex())
    s = b.scores({"linkage": "average", "threshold": 0.84})  # its in-sample best on NTREX
    assert (s["tp"], s["fp"], s["fn"]) == (13, 6, 1) and s["f1"] == pytest.approx(26 / 33)
    s = b.scores({"linkage": "complete", "threshold": 0.9})  # the ECB+ choice merges too much here
    assert (s["tp"], s["fp"], s["fn"]) == (14, 12, 0)


def test_neighbour_smoothing_leaves_full_articles_alone(shared: Path) -> None:
    """bench/topics_prf.py mixes neighbours only into short texts (h < 1): a long article's clustering
    row is unchanged, a headline's changes; alpha 0 is the product as shipped."""
    import numpy as np
    import topics_prf

    from translate_summarize.settings import Settings
    from translate_summarize.summarizers.text import english_stemmer
    from translate_summarize.topic_vectors import short_scale
    from translate_summarize.topics import day_ordinals, feature_weights, prepare

    data = topic_sets.load_ecb_leads()  # 851 of 982 items under 40 terms, the rest full length
    settings = Settings()
    ordered = sorted(data.articles, key=lambda a: a.id)
    ok, dates, vectors = prepare(ordered, settings, data.run_date, english_stemmer())
    out = topics_prf.smoothed(vectors, day_ordinals(dates), settings, m=5, alpha=0.5)
    h = short_scale(vectors.n_terms, feature_weights(settings))
    diff = np.asarray(abs(out.cluster - vectors.cluster).sum(axis=1)).ravel()
    assert (h == 1).sum() > 50 and (h < 1).sum() > 500
    assert diff[h == 1].max() < 1e-9
    assert (diff[h < 1] > 1e-6).mean() > 0.9
    same = topics_prf.smoothed(vectors, day_ordinals(dates), settings, m=5, alpha=0.0)
    assert abs(same.cluster - vectors.cluster).max() < 1e-9


def test_background_experiment_pseudo_document_frequencies_by_hand() -> None:
    """bench/topics_background.py: word frequencies become pseudo document counts per analysed term."""
    import math

    import topics_background

    from translate_summarize.topic_vectors import make_analyzer

    freqs = {"Floods": 0.001, "flooded": 0.002, "the": 0.05, "zyxwv": 1e-9}
    # Floods + flooded stem to "flood": f = 0.003, in 1000 * (1 - exp(-0.3)) = 259.18 documents of 100
    # words; "the" is a stop word; "zyxwv" is in 0.0001 documents, under one: left out
    assert topics_background.pseudo_df(freqs, make_analyzer(), docs=1000, length=100) == {"flood": 259}
    assert round(1000 * (1 - math.exp(-0.3)), 2) == 259.18


def test_background_experiment_idf_and_its_patch_by_hand() -> None:
    import math

    import topics_background

    import translate_summarize.topic_vectors as tv

    model = tv.IdfModel(tv.Background(n_docs=9, df={"a": 4}), 3, {"a": 1})
    # ln(10 / 5) + w * ln(4 / 2) + 1, and an unseen term: ln(10) + w * ln(4) + 1
    with topics_background.general_idf(model.background, 2.0):
        assert model.idf("a") == pytest.approx(3 * math.log(2) + 1)
    with topics_background.general_idf(model.background, 0.5):
        assert model.idf("b") == pytest.approx(math.log(10) + 0.5 * math.log(4) + 1)
    shipped = model.idf("a")
    assert shipped == pytest.approx(2 * math.log(2) + 1)  # the product: the same formula with w = 1
    assert model.idf("b") == pytest.approx(math.log(10) + math.log(4) + 1)
    assert tv.TONIGHT_IDF_WEIGHT == 1.0
    other = tv.Background(n_docs=1, df={})
    with topics_background.general_idf(other, 2.0):
        assert tv.load_background() is other
        assert model.idf("a") == pytest.approx(3 * math.log(2) + 1)
    assert model.idf("a") == shipped and tv.load_background() is not other  # restored


def test_background_experiment_adds_pseudo_documents_to_the_flores_table(shared: Path) -> None:
    import build_background_idf
    import topics_background

    n_flores, flores = build_background_idf.flores_df()
    assert n_flores == 281 and "flood" in flores
    general = topics_background.general_background({"flooded": 0.003, "zyxwvu": 0.003})
    assert general.n_docs == n_flores + topics_background.WORDFREQ_DOCS
    pseudo = round(topics_background.WORDFREQ_DOCS * (1 - math.exp(-0.3)))
    assert general.df["flood"] == flores["flood"] + pseudo
    assert general.df["zyxwvu"] == pseudo and "zyxwvu" not in flores


def test_bundled_background_is_the_general_table_without_its_rarest_terms(shared: Path) -> None:
    import build_background_idf

    from translate_summarize.topic_vectors import load_background

    bundled = load_background()
    table = build_background_idf.build(frequencies={"flooded": 0.003, "zyxwvu": 0.003, "qqxyzw": 1e-7})
    assert table["n_docs"] == 100_281 == bundled.n_docs
    # "qqxyzw" (0.001 pseudo-documents) and FLORES words in one article only are under MIN_DF = 2: left out
    assert "qqxyzw" not in table["df"] and min(table["df"].values()) >= build_background_idf.MIN_DF
    assert min(bundled.df.values()) >= build_background_idf.MIN_DF
    # rebuilt from FLORES and wordfreq (bench/build_background_idf.py --check): a news word is common,
    # a rare name rare
    assert (len(bundled.df), bundled.df["flood"], bundled.df["putin"], bundled.df["aliyev"]) == (51_477, 438, 155, 3)


def test_title_terms_experiment_weighs_headline_words_by_their_body_counts() -> None:
    """bench/topics_title_terms.py: beta 0 rebuilds the product's clustering rows; with beta 1 a
    headline word the body uses 3 times weighs 1 + ln 4 times more against one the body never uses."""
    import math

    import numpy as np
    import topics_title_terms

    from translate_summarize.settings import Settings
    from translate_summarize.topic_vectors import ArticleTerms, vectorize_terms
    from translate_summarize.topics import feature_weights

    analysed = [
        ArticleTerms({"flood": 1, "pun": 1}, {"flood": 3, "rain": 1}, {"rain": 1}),
        ArticleTerms({"pun": 1, "storm": 1}, {"storm": 1, "wind": 2}, {}),
        ArticleTerms({}, {"flood": 1, "wind": 1}, {}),
    ]
    shipped = Settings()
    vectors = vectorize_terms(analysed, feature_weights(shipped))
    same = topics_title_terms.boosted(analysed, vectors, shipped, 0.0)
    assert abs(same.cluster - vectors.cluster).max() < 1e-9

    title_only = Settings().replace(topic_title_weight=100.0, topic_name_weight=0.0, topic_short_terms=0)
    vectors = vectorize_terms(analysed, feature_weights(title_only))
    col = {t: j for j, t in enumerate(vectors.terms)}

    def ratio(beta: float) -> float:
        row = np.asarray(topics_title_terms.boosted(analysed, vectors, title_only, beta).cluster[0].todense()).ravel()
        return float(row[col["flood"]] / row[col["pun"]])

    assert ratio(1.0) / ratio(0.0) == pytest.approx(1 + math.log(4), rel=0.02)
    assert ratio(0.0) == pytest.approx(vectors.idf.idf("flood") / vectors.idf.idf("pun"), rel=0.02)


def test_story_folds_deal_every_story_into_exactly_one_fold() -> None:
    gold = {f"a{i}": f"s{i % 7}" for i in range(20)}  # 7 stories over 20 articles
    fold_of = eval_topics.story_folds(gold, 3)
    assert set(fold_of) == {f"s{i}" for i in range(7)}  # every story, one fold each (a mapping)
    members = [{s for s, f in fold_of.items() if f == k} for k in range(3)]
    assert set().union(*members) == set(fold_of) and sum(map(len, members)) == 7  # disjoint, complete
    assert sorted(map(len, members)) == [2, 2, 3]  # round-robin over the sorted ids
    assert fold_of == eval_topics.story_folds(dict(reversed(list(gold.items()))), 3)  # deterministic
    # fewer stories than folds: one story per fold (leave one story out)
    assert eval_topics.story_folds({"x": "b", "y": "a", "z": "b"}, 5) == {"a": 0, "b": 1}


def test_fold_pair_counts_split_test_and_training_pairs_by_hand() -> None:
    # stories s = {a, b, c} and u = {f} in fold 0, t = {d, e} in fold 1
    gold = {"a": "s", "b": "s", "c": "s", "d": "t", "e": "t", "f": "u"}
    fold_of = {"s": 0, "u": 0, "t": 1}
    predicted = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3, "f": 3}
    counts = eval_topics.fold_pair_counts(predicted, gold, fold_of, 0)
    # within fold 0 (a b c f): a-b right; a-c, b-c missed; nothing wrongly joined
    assert counts["within"] == {"tp": 1, "fp": 0, "fn": 2}
    # training (d e): d-e missed
    assert counts["train"] == {"tp": 0, "fp": 0, "fn": 1}
    # cross: c-d and f-e wrongly joined
    assert counts["cross"] == {"tp": 0, "fp": 2, "fn": 0}
    counts = eval_topics.fold_pair_counts(predicted, gold, fold_of, 1)
    assert counts["within"] == {"tp": 0, "fp": 0, "fn": 1}
    assert counts["train"] == {"tp": 1, "fp": 0, "fn": 2}
    assert counts["cross"] == {"tp": 0, "fp": 2, "fn": 0}


class _Gold:
    def __init__(self, gold: dict[str, str]) -> None:
        self.data = type("Data", (), {"gold": gold})()


def test_story_folds_choose_on_training_pairs_only() -> None:
    """Point P clusters story s0 (fold 1) right and splits s1 (fold 2); Q the reverse. Fold 1 trains on
    s1's pair and picks Q, which splits s0; fold 2 picks P, which splits s1: held out F1 0, where tuning
    on the test pairs would give 1."""
    gold = {"a1": "s0", "a2": "s0", "b1": "s1", "b2": "s1"}
    clusterings = {"P": {"a1": 0, "a2": 0, "b1": 1, "b2": 2}, "Q": {"a1": 0, "a2": 1, "b1": 2, "b2": 2}}
    cv = eval_topics.story_cross_validate({"x": _Gold(gold)}, {"p": ("P", "Q")}, 2,
                                          lambda c, point: clusterings[point["p"]])
    assert cv["story_folds"]["x"] == {"s0": 0, "s1": 1}
    assert [f["point"] for f in cv["folds"]] == [{"p": "Q"}, {"p": "P"}]
    held = cv["held_out"]["x"]
    assert (held["tp"], held["fp"], held["fn"]) == (0, 0, 2) and held["f1"] == 0.0


def test_story_folds_pool_every_pair_once() -> None:
    """With one grid point every fold chooses it, and the pooled counts are the in-sample counts: a pair
    across two folds counts half in each (here a1-c1 and b1-c1 are joined across folds)."""
    gold = {"a1": "s0", "a2": "s0", "b1": "s1", "b2": "s1", "c1": "s2"}
    predicted = {"a1": 0, "a2": 0, "b1": 0, "b2": 1, "c1": 0}
    cv = eval_topics.story_cross_validate({"x": _Gold(gold), "y": _Gold({"n": "m"})}, {"p": (1,)}, 5,
                                          lambda c, point: predicted if c.data.gold is gold else {"n": 0})
    assert len(cv["folds"]) == 3  # min(5, 3 stories)
    whole = topic_sets.pair_scores(predicted, gold)
    held = cv["held_out"]["x"]
    assert (held["tp"], held["fp"], held["fn"]) == (whole["tp"], whole["fp"], whole["fn"]) == (1, 5, 1)
    assert held["f1"] == pytest.approx(whole["f1"])


def _pair_set():  # type: ignore[no-untyped-def]
    """bench/topics_pairmodel.PairSet over five synthetic articles: two flood reports, two election
ones and a football report that shares words with the floods."""
    import datetime as dt

    import topics_pairmodel

    rows = [
        ("f1", "Floods hit Valencia", ["Floods hit Valencia on Tuesday, 214 dead.", "Rescue teams searched Valencia."]),
        ("f2", "Valencia floods kill 214", ["Rain flooded Valencia, 214 dead, rescue teams said."]),
        ("e1", "Election in Moldova", ["Moldova voted on Sunday in a close election."]),
        ("e2", None, ["Moldova election results came on Monday, a close vote."]),
        ("v1", "Valencia win the derby", ["Valencia won on Tuesday."]),
    ]
    articles = tuple(topic_sets._article(i, t, lines, "2024-10-30") for i, t, lines in rows)
    gold = {"f1": "flood", "f2": "flood", "e1": "vote", "e2": "vote", "v1": "football"}
    data = topic_sets.EvalSet("tiny", articles, gold, dt.date(2024, 10, 31), "test")
    return topics_pairmodel.PairSet(data)


def test_pair_model_experiment_features_labels_and_clustering_on_p() -> None:
    """bench/topics_pairmodel.py: each candidate pair carries its parts' cosines and its gold label;
    average linkage on p joins exactly the pairs whose average p reaches the cut."""
    import numpy as np
    import topics_pairmodel

    s = _pair_set()
    pairs = {(s.ids[a], s.ids[b]): k for k, (a, b) in enumerate(zip(s.a.tolist(), s.b.tolist()))}
    flood, vote = pairs[("f1", "f2")], pairs[("e1", "e2")]
    assert s.y[flood] and s.y[vote] and s.y.sum() == 2
    cols = s.columns
    assert cols["numbers"][flood] == pytest.approx(1.0)  # "214" is the only number of both
    assert cols["title"][flood] > 0.5 and cols["title"][vote] == 0.0  # e2 has no title
    assert cols["both_titled"][flood] == 1.0 and cols["both_titled"][vote] == 0.0
    assert 0 < cols["length_ratio"][flood] <= 1
    X = s.features(("title", "title*short"))
    assert X[:, 1] == pytest.approx(cols["title"] * cols["short"])
    p = np.where(s.y, 0.9, 0.0)
    groups = s.groups(p, 0.5)
    assert groups["f1"] == groups["f2"] != groups["e1"] == groups["e2"]
    assert groups["v1"] not in (groups["f1"], groups["e1"])
    assert ("f1", "v1") in pairs and not s.y[pairs[("f1", "v1")]]
    assert len(set(s.groups(p, 0.95).values())) == 5
    from translate_summarize.topic_vectors import ArticleTerms

    assert topics_pairmodel.part_terms(ArticleTerms({"2024": 1}, {"2024": 2, "vote": 1}, {}), "numbers") == {"2024": 3}


def test_pair_model_experiment_weighs_folds_once_and_never_fits_on_held_out_sets() -> None:
    import topics_pairmodel

    weights = topics_pairmodel.training_weights({"ntrex": 10, "ecbplus": 100, "ecb_leads": 50, "seeds": 0},
                                                [["ntrex"], ["ecbplus", "ecb_leads"], ["seeds"]])
    assert weights["ntrex"] * 10 == pytest.approx(1 / 3)
    assert weights["ecbplus"] * 100 == pytest.approx(1 / 6) and weights["ecb_leads"] * 50 == pytest.approx(1 / 6)
    assert weights["seeds"] == 0.0

    class HeldOut:
        def features(self, *args):  # type: ignore[no-untyped-def]
            raise AssertionError("a held-out set's pairs entered the fit")

    s = _pair_set()
    model = topics_pairmodel.fit({"tiny": s, "held": HeldOut()}, [["tiny"]], "linear")  # type: ignore[dict-item]
    p = model.p(s.features(model.names))
    assert p[s.y].min() > p[~s.y].max()  # fitted on the training pairs
