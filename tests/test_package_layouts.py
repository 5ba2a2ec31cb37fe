"""Archives shaped exactly like the packages users install (``../shared/README.md``, "Real package
layouts"): each installs, verifies and translates through ``run``; argostranslate reads each alike.

The packages' models copy their input, so every English text below is known exactly: the source.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from argos_archives import good_members, write_zip
from model_fixtures import LAYOUTS, layout_archives, synthetic_archives  # noqa: F401
from runhelpers import invoke, read_jsonl
from translate_summarize.errors import PackageRejected
from translate_summarize.settings import Settings
from translate_summarize.translate.ct2_model import inspect_model, read_binary_header, read_vocabulary
from translate_summarize.translate.engine import CTranslate2Backend
from translate_summarize.translate.install import install_file
from translate_summarize.translate.models import find_package
from translate_summarize.translate.synthetic import DEFAULT_LINES
from translate_summarize.translate.verify import PROBE_SENTENCES

ROOT = Path(__file__).resolve().parents[1]
RUN_DATE = "2026-02-03"
ALL = [*LAYOUTS, "sq_en-macos"]
LANG = {**{name: lang for name, (lang, _) in LAYOUTS.items()}, "sq_en-macos": "sq"}


def _infos(archive: Path) -> list[zipfile.ZipInfo]:
    with zipfile.ZipFile(archive) as zf:
        return zf.infolist()


def _record(lang: str) -> tuple[str, list[str]]:
    """A JSONL news record in ``lang`` made of the tokenizers' own lines: (JSON line, [title, *sentences])."""
    lines = list(DEFAULT_LINES[lang])
    body = [lines[0] + " " + lines[1], lines[2] + " " + lines[3], lines[4]]
    record = {"title": lines[6], "text": "\n\n".join(body), "published": "2026-02-03", "url": f"https://example.org/{lang}"}
    return json.dumps(record, ensure_ascii=False) + "\n", [lines[6], *lines[:5]]


def test_ar_en_1_0_layout(layout_archives: dict[str, Path]) -> None:  # noqa: F811
    infos = _infos(layout_archives["ar_en-1.0"])
    names = [i.filename for i in infos]
    # zip -r: the root and every folder have directory entries; files deflated (model.bin stored, see synthetic.py)
    assert names[0] == "ar_en/" and {"ar_en/model/", "ar_en/stanza/", "ar_en/stanza/ar/tokenize/"} <= set(names)
    assert {i.filename for i in infos if i.compress_type == zipfile.ZIP_STORED and not i.is_dir()} == {"ar_en/model/model.bin"}
    assert sorted(n for n in names if not n.endswith("/")) == [
        "ar_en/README.md", "ar_en/metadata.json", "ar_en/model/model.bin", "ar_en/model/shared_vocabulary.txt",
        "ar_en/sentencepiece.model", "ar_en/stanza/ar/tokenize/synthetic.pt", "ar_en/stanza/resources.json",
        "ar_en/synthetic.json",
    ]
    with zipfile.ZipFile(layout_archives["ar_en-1.0"]) as zf:
        meta = json.loads(zf.read("ar_en/metadata.json"))
    assert meta == {"package_version": "1.0", "argos_version": "1.0", "from_code": "ar", "from_name": "Arabic",
                    "to_code": "en", "to_name": "English"}


def test_sq_en_1_9_layout(layout_archives: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    infos = _infos(layout_archives["sq_en-1.9"])
    assert all(i.compress_type == zipfile.ZIP_STORED and not i.is_dir() for i in infos)  # stored, files only
    assert sorted(i.filename for i in infos) == [
        f"translate-sq_en-1_9/{name}" for name in (
            "README.md", "metadata.json", "model/config.json", "model/model.bin", "model/source_vocabulary.json",
            "model/target_vocabulary.json", "sentencepiece.model", "synthetic.json",
        )
    ]
    pkg = install_file(layout_archives["sq_en-1.9"], tmp_path / "models")
    info = inspect_model(pkg.model_dir)
    assert (info.binary_version, info.position_rows) == (6, 2048)
    assert {k: info.config[k] for k in ("add_source_eos", "decoder_start_token", "add_source_bos")} == {
        "add_source_eos": True, "decoder_start_token": "</s>", "add_source_bos": False,
    }
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(pkg.tokenizer_path))
    target = read_vocabulary(pkg.model_dir, "target")
    source = read_vocabulary(pkg.model_dir, "source")
    absent = [t for t in target if t not in ("</s>", "<unk>") and sp.piece_to_id(t) == sp.unk_id()]
    assert len(absent) > 20  # the tokenizer is the source side's only
    assert source[:2] == target[:2] == ["</s>", "<unk>"] and source != target


def test_bpe_opus_port_target_prefix_float32_and_macos_layouts(layout_archives: dict[str, Path]) -> None:  # noqa: F811
    bpe = {i.filename for i in _infos(layout_archives["sq_en-bpe-opus"])}
    assert {"translate-sq_en-1_2/bpe.model", "translate-sq_en-1_2/model/config.json"} <= bpe
    assert not any(n.endswith("sentencepiece.model") for n in bpe)
    with zipfile.ZipFile(layout_archives["sq_en-target-prefix"]) as zf:
        assert json.loads(zf.read("sq_en/metadata.json"))["target_prefix"] == "__en__"
    mac = [i.filename for i in _infos(layout_archives["sq_en-macos"])]
    assert {"sq_en/", "sq_en/.DS_Store", "__MACOSX/", "__MACOSX/sq_en/._metadata.json", "__MACOSX/sq_en/model/._model.bin"} <= set(mac)


@pytest.mark.parametrize("name", ALL)
def test_layout_installs_verifies_and_translates_through_run(name: str, layout_archives: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    lang = LANG[name]
    models = tmp_path / "models"
    result = invoke(["models", "install", "--file", str(layout_archives[name]), "--models-dir", str(models)])
    assert result.exit_code == 0, result.output
    code = f"translate-{lang}_en"
    assert sorted(p.name for p in models.iterdir()) == [code]  # no __MACOSX/.DS_Store, whatever the root's name
    assert not list((models / code).rglob(".DS_Store")) and not list((models / code).rglob("._*"))

    result = invoke(["models", "verify", "--models-dir", str(models)])
    assert result.exit_code == 0, result.output
    assert " ok " in result.stdout and PROBE_SENTENCES[lang].split()[0] in result.stdout

    line, sentences = _record(lang)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / f"{lang}.jsonl").write_text(line, encoding="utf-8")
    result = invoke(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--models-dir", str(models),
                     "--run-date", RUN_DATE, "-q"])
    assert result.exit_code == 0, result.stderr
    (record,) = read_jsonl(tmp_path / "out" / RUN_DATE / "articles.jsonl")
    assert (record["status"], record["lang"], record["title"], record["title_en"]) == ("ok", lang, sentences[0], sentences[0])
    version = {"sq_en-1.9": "1.9", "sq_en-bpe-opus": "1.2"}.get(name, "1.0")
    assert [(s["source"], s["en"], s["origin"], s["model"], s["flags"]) for s in record["segments"]] == [
        (s, s, "model", f"{code}@{version}", []) for s in sentences[1:]
    ]


@pytest.mark.parametrize("name", ALL)
def test_argostranslate_reads_every_layout_alike(name: str, layout_archives: dict[str, Path], tmp_path: Path,  # noqa: F811
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    from _argos_baseline import argos_translation

    lang = LANG[name]
    pkg = install_file(layout_archives[name], tmp_path / "models")
    sentences = list(DEFAULT_LINES[lang][:3])
    ours = CTranslate2Backend(pkg, Settings(models_dir=tmp_path / "models")).translate_batch(sentences)
    theirs = argos_translation(pkg.path, split=lambda text: [text])
    assert [r.text for r in ours] == sentences
    if name == "sq_en-target-prefix":
        # argostranslate turns "_" into spaces before it looks for the prefix in the text, so "__en__"
        # is never stripped; our engine drops the prefix token itself
        assert [theirs.translate(s) for s in sentences] == [f" en   {s}" for s in sentences]
    else:
        assert [theirs.translate(s) for s in sentences] == sentences


def test_compute_type_follows_the_package_unless_configured(layout_archives: dict[str, Path],  # noqa: F811
                                                             synthetic_archives: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    models = tmp_path / "models"
    install_file(layout_archives["ar_en-float32"], models)
    install_file(synthetic_archives["sq_en"], models)
    assert inspect_model(find_package(models, "ar", "en").model_dir).weight_type == "float32"

    def loaded(lang: str, **settings: Any) -> str:
        backend = CTranslate2Backend(find_package(models, lang, "en"), Settings(models_dir=models, **settings))
        try:
            assert backend.translate_batch([DEFAULT_LINES[lang][0]])[0].text == DEFAULT_LINES[lang][0]
            return backend._translator.compute_type
        finally:
            backend.close()

    assert Settings().compute_type == "default"
    assert (loaded("ar"), loaded("sq")) == ("float32", "int8_float32")  # not re-quantised
    assert (loaded("ar", compute_type="int8"), loaded("sq", compute_type="float32")) == ("int8_float32", "float32")


def test_macos_junk_is_checked_but_never_a_root_folder(tmp_path: Path) -> None:
    members = good_members()
    members["__MACOSX/sq_en/._metadata.json"] = b"\x00\x05\x16\x07"
    members["sq_en/.DS_Store"] = b"Bud1"
    pkg = install_file(write_zip(tmp_path / "mac.argosmodel", members), tmp_path / "models")
    assert not (pkg.path / ".DS_Store").exists() and not (tmp_path / "models" / "__MACOSX").exists()
    # a second real root is still refused, and junk names are still checked for escapes
    two = write_zip(tmp_path / "two.argosmodel", {**members, "other/metadata.json": b"{}"})
    with pytest.raises(PackageRejected, match="expected one root folder, found 2: other, sq_en"):
        install_file(two, tmp_path / "models2")
    evil = write_zip(tmp_path / "evil.argosmodel", {**members, "__MACOSX/../../x": b"x"})
    with pytest.raises(PackageRejected, match=r"escapes the package folder"):
        install_file(evil, tmp_path / "models3")
    only = write_zip(tmp_path / "only.argosmodel", {"__MACOSX/._x": b"x", ".DS_Store": b"x"})
    with pytest.raises(PackageRejected, match=r"holds only macOS metadata"):
        install_file(only, tmp_path / "models4")


def test_v5_header_of_the_2x_era_model(layout_archives: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    pkg = install_file(layout_archives["ar_en-1.0"], tmp_path / "models")
    assert read_binary_header(pkg.model_dir / "model.bin") == (5, "TransformerSpec", 4)
    assert not (pkg.model_dir / "config.json").exists()
    assert inspect_model(pkg.model_dir).vocabulary_files == ("shared_vocabulary.txt",)
