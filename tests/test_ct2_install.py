"""Bring your own CTranslate2 model: ``models install --ct2 DIR --from LANG`` with NLLB-200, M2M-100 and
OPUS-MT (two SentencePiece models) conventions, then list, verify, doctor, run, the cache and run.json.

The synthetic model folders copy their input (``translate_summarize.translate.copy_model``): an
NLLB-style one only ends on a copied ``</s>`` and turns the source language token into the target
one, so the exact output shows that the engine put the language token before each source, ``</s>``
after it, forced the target token and stripped it again.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from model_fixtures import synthetic_archives  # noqa: F401
from runhelpers import invoke, read_jsonl
from translate_summarize.errors import ConfigError, ModelError
from translate_summarize.settings import Settings
from translate_summarize.translate.ct2_import import install_ct2_folder
from translate_summarize.translate.engine import CTranslate2Backend, SplitSentencePiece, load_translator
from translate_summarize.translate.install import install_file
from translate_summarize.translate.models import find_package
from translate_summarize.translate.synthetic import DEFAULT_LINES, build_ct2_model

ROOT = Path(__file__).resolve().parents[1]
RUN_DATE = "2026-02-05"
SQ, AR = list(DEFAULT_LINES["sq"]), list(DEFAULT_LINES["ar"])


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("ct2")
    return {
        "nllb-sq": build_ct2_model(out, "nllb", "sq", "en"),
        "nllb-ar": build_ct2_model(out, "nllb", "ar", "en"),
        "m2m100-ar": build_ct2_model(out, "m2m100", "ar", "en"),
        "opus-mt-sq": build_ct2_model(out, "opus-mt", "sq", "en"),
    }


class Recording:
    def __init__(self, real: Any) -> None:
        self.real, self.calls = real, []

    def translate_batch(self, source: list[list[str]], target_prefix: Any = None, **kwargs: Any) -> Any:
        self.calls.append((source, target_prefix))
        return self.real.translate_batch(source, target_prefix=target_prefix, **kwargs)


def _backend(models: Path, lang: str) -> tuple[CTranslate2Backend, Recording]:
    pkg = find_package(models, lang, "en")
    settings = Settings(models_dir=models)
    rec = Recording(load_translator(pkg, settings))
    return CTranslate2Backend(pkg, settings, translator=rec), rec


@pytest.mark.parametrize("name,lang,source_token,target_token", [
    ("nllb-sq", "sq", "als_Latn", "eng_Latn"), ("nllb-ar", "ar", "arb_Arab", "eng_Latn"), ("m2m100-ar", "ar", "__ar__", "__en__"),
])
def test_language_token_conventions(folders: dict[str, Path], tmp_path: Path, name: str, lang: str, source_token: str,
                                    target_token: str) -> None:
    models = tmp_path / "models"
    result = invoke(["models", "install", "--ct2", str(folders[name]), "--from", lang, "--models-dir", str(models)])
    assert result.exit_code == 0, result.output
    pkg = find_package(models, lang, "en")
    assert (pkg.code, pkg.brought, pkg.source_prefix, pkg.source_suffix, pkg.target_prefix) == (
        f"ct2-{lang}_en", True, source_token, "</s>", target_token
    )
    assert re.fullmatch(r"[0-9a-f]{12}", pkg.package_version)
    assert f"installed {pkg.model_id} ({lang}->en" in result.stdout
    assert f"conventions: source token {source_token}, source end </s>, target prefix {target_token};" in result.stdout
    backend, rec = _backend(models, lang)
    texts = (SQ if lang == "sq" else AR)[:4]
    assert [r.text for r in backend.translate_batch(texts)] == texts
    sources = [s for source, _ in rec.calls for s in source]
    assert all(s[0] == source_token and s[-1] == "</s>" for s in sources)
    assert [p for _, prefixes in rec.calls for p in prefixes] == [[target_token]] * len(texts)
    assert sorted(s[1:-1] for s in sources) == sorted(backend.tokenize(t) for t in texts)


def test_opus_mt_with_two_sentencepiece_models(folders: dict[str, Path], tmp_path: Path) -> None:
    models = tmp_path / "models"
    folder = folders["opus-mt-sq"]
    pkg = install_ct2_folder(folder, models, "sq", "en")  # source.spm + target.spm found in the folder
    assert (pkg.source_prefix, pkg.source_suffix, pkg.target_prefix) == ("", "", "")
    assert (pkg.tokenizer_path.read_bytes(), pkg.target_tokenizer_path.read_bytes()) == (
        (folder / "source.spm").read_bytes(), (folder / "target.spm").read_bytes()
    )
    backend, rec = _backend(models, "sq")
    assert isinstance(backend._tokenizer, SplitSentencePiece)
    assert [r.text for r in backend.translate_batch(SQ[:3])] == SQ[:3]
    assert rec.calls[0][1] is None  # no target prefix; CTranslate2 itself appends </s> (add_source_eos)
    # the same files named explicitly give the same package
    again = install_ct2_folder(folder, tmp_path / "m2", "sq", "en", source_spm=folder / "source.spm", target_spm=folder / "target.spm")
    assert again.model_id == pkg.model_id


def test_brought_model_is_used_like_a_package_by_list_verify_doctor_run(folders: dict[str, Path], tmp_path: Path,
                                                                       synthetic_archives: dict[str, Path]) -> None:  # noqa: F811
    models = tmp_path / "models"
    install_file(synthetic_archives["sq_en"], models)  # an Argos package for the same pair
    pkg = install_ct2_folder(folders["nllb-sq"], models, "sq", "en")
    assert find_package(models, "sq", "en") == pkg  # the model the user brought wins

    listed = invoke(["models", "list", "--models-dir", str(models)])
    assert listed.exit_code == 0 and f"ct2-sq_en  sq->en  {pkg.package_version}" in listed.stdout
    verified = invoke(["models", "verify", "--models-dir", str(models)])
    assert verified.exit_code == 0 and re.search(rf"{pkg.model_id}\s*│\s*ok", verified.stdout)
    doctor = " ".join(invoke(["doctor", "--models-dir", str(models), "--out", str(tmp_path / "o")]).stdout.split())
    assert f"sq->en {pkg.model_id}" in doctor and "PROBLEM package" not in doctor

    record = {"title": SQ[6], "text": "\n\n".join([SQ[0] + " " + SQ[1], SQ[2]])}
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    args = ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--models-dir", str(models), "--run-date", RUN_DATE, "-q"]
    assert invoke(args).exit_code == 0
    day = tmp_path / "out" / RUN_DATE
    (article,) = read_jsonl(day / "articles.jsonl")
    assert [(s["en"], s["model"]) for s in article["segments"]] == [(t, pkg.model_id) for t in SQ[:3]]
    assert json.loads((day / "run.json").read_text(encoding="utf-8"))["model_ids"]["sq->en"] == pkg.model_id

    # another model for the pair (M2M-100 conventions): a new version, so nothing is served from the old cache
    other = install_ct2_folder(build_ct2_model(tmp_path / "b", "m2m100", "sq", "en"), models, "sq", "en")
    assert other.code == pkg.code and other.package_version != pkg.package_version
    assert [p.name for p in models.iterdir() if p.name.startswith("ct2-")] == ["ct2-sq_en"]  # replaced
    assert invoke(args).exit_code == 0
    (article,) = read_jsonl(day / "articles.jsonl")
    assert [(s["en"], s["model"]) for s in article["segments"]] == [(t, other.model_id) for t in SQ[:3]]


def test_bad_folders_and_options_are_named(folders: dict[str, Path], tmp_path: Path) -> None:
    models = tmp_path / "models"
    nllb = folders["nllb-sq"]
    with pytest.raises(ConfigError, match="no nllb language token known for 'xx'; pass --source-token TOKEN"):
        install_ct2_folder(nllb, models, "xx", "en")
    with pytest.raises(ConfigError, match="the model's vocabulary has no language token 'ita_Latn'; pass --source-token"):
        install_ct2_folder(nllb, models, "it", "en")
    assert find_package(models, "sq", "en") is None
    bare = tmp_path / "bare"
    bare.mkdir()
    for f in nllb.iterdir():
        if f.name != "sentencepiece.bpe.model":
            (bare / f.name).write_bytes(f.read_bytes())
    with pytest.raises(ConfigError, match="no SentencePiece models found; pass --tokenizer FILE"):
        install_ct2_folder(bare, models, "sq", "en")
    assert install_ct2_folder(bare, models, "sq", "en", tokenizer=nllb / "sentencepiece.bpe.model").source_prefix == "als_Latn"
    (bare / "model.bin").write_bytes(b"<html>not found</html>")
    with pytest.raises(ModelError, match=r"model.bin is not a CTranslate2 model"):
        install_ct2_folder(bare, tmp_path / "m3", "sq", "en", tokenizer=nllb / "sentencepiece.bpe.model")
    with pytest.raises(ConfigError, match="not a language code"):
        install_ct2_folder(nllb, models, "../x", "en")

    result = invoke(["models", "install", "--ct2", str(nllb), "--models-dir", str(tmp_path / "m4")])
    assert result.exit_code == 2 and "--ct2 needs --from LANG" in result.stderr
    result = invoke(["models", "install", "sq", "--tokenizer", str(nllb / "sentencepiece.bpe.model")])
    assert result.exit_code == 2 and "--tokenizer: only with --ct2 DIR" in result.stderr
    assert not (tmp_path / "m3").exists() and not (tmp_path / "m4").exists()


def test_quality_bench_scores_a_brought_model(folders: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    import translate_quality as quality  # type: ignore[import-not-found]

    models = tmp_path / "models"
    pkg = install_ct2_folder(folders["nllb-sq"], models, "sq", "en")
    assert quality.main(["--models-dir", str(models), "--pairs", "sq"]) == 0  # synthetic: skipped unless asked
    assert "1 synthetic test package(s) skipped" in capsys.readouterr().out
    out_json = tmp_path / "scores.json"
    assert quality.main(["--models-dir", str(models), "--pairs", "sq", "--include-synthetic", "--limit", "8",
                         "--json", str(out_json)]) == 0
    (score,) = json.loads(out_json.read_text(encoding="utf-8"))  # no argostranslate arm: it cannot add language tokens
    backend = CTranslate2Backend(pkg, Settings(models_dir=models))
    sources = quality.flores.load_sentences("sq")[:8]
    copies = [backend.detokenize(backend.tokenize(s)) for s in sources]
    expected = quality.corpus_scores(copies, quality.flores.load_sentences("en")[:8])
    assert (score["model"], score["system"], score["flagged"]) == (pkg.model_id, "ours", 0)
    assert (score["chrf"], score["bleu"]) == pytest.approx(expected, abs=1e-9)
