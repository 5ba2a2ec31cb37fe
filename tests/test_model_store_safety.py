"""The model store's trust boundary: archive metadata never names a path outside the store, and a
damaged or hostile package folder is diagnosed (list, verify, doctor, run) instead of crashing them."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from argos_archives import good_members, metadata, snapshot, write_zip
from model_fixtures import synthetic_archives  # noqa: F401
from runhelpers import invoke, read_jsonl
from translate_summarize.errors import ModelError, PackageRejected
from translate_summarize.translate.catalogue import parse_catalogue
from translate_summarize.translate.install import install_file
from translate_summarize.translate.models import scan_packages, validate_metadata
from translate_summarize.translate.synthetic import DEFAULT_LINES
from translate_summarize.translate.verify import verify_packages

RUN_DATE = "2026-02-04"


def _victim(root: Path) -> Path:
    victim = root / "victim-ar_en"
    victim.mkdir(parents=True)
    (victim / "precious.txt").write_text("keep me", encoding="utf-8")
    return victim


@pytest.mark.parametrize("relative", [False, True])
def test_metadata_type_cannot_place_the_package_outside_the_store(tmp_path: Path, relative: bool) -> None:
    """Issue 12.1: 'type' (with no 'code') became the folder name: '/abs/path/victim' installed into
    /abs/path/victim-ar_en, moving an existing directory of that name aside and deleting it."""
    store = tmp_path / "deep" / "er" / "models"
    store.parent.mkdir(parents=True)
    victim = _victim(tmp_path / "deep" if relative else tmp_path / "elsewhere")
    kind = "../../victim" if relative else str(victim.parent / "victim")
    assert (store / f"{kind}-ar_en").resolve() == victim.resolve()  # where today's code would put it
    members = good_members("ar", "en", "1.0")
    members["ar_en/metadata.json"] = json.dumps(metadata("ar", "en", "1.0", type=kind)).encode()
    archive = write_zip(tmp_path / "evil.argosmodel", members)
    before = snapshot(tmp_path)
    with pytest.raises(PackageRejected, match=r"metadata type .* is not a valid package type"):
        install_file(archive, store)
    assert snapshot(tmp_path) == before  # the victim untouched, nothing created (not even the store)
    assert (victim / "precious.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("field,value", [
    ("code", "../victim"), ("code", "/tmp/x"), ("from_code", "a/b"), ("to_code", ".."), ("from_code", "AR"),
    ("package_version", "1/../../x"), ("package_version", "1" * 4300), ("package_version", 10**100), ("type", 7),
])
def test_every_metadata_name_that_reaches_a_path_is_checked(field: str, value: object) -> None:
    with pytest.raises(ModelError, match=f"metadata {field} .* is not a"):
        validate_metadata({**metadata("ar", "en", "1.0"), field: value}, "x/metadata.json")
    validate_metadata(metadata("ar", "en", "1.9.0-beta_2", code="translate-ar_en", type="translate"), "ok")


def test_catalogue_entries_are_checked_like_metadata() -> None:
    entry = {**metadata("ar", "en", "1.0"), "type": "/abs/x", "links": []}
    with pytest.raises(ModelError, match=r"^idx: entry 0: metadata type '/abs/x' is not a valid package type"):
        parse_catalogue(json.dumps([entry]), "idx")
    with pytest.raises(ModelError, match=r"^idx: not valid JSON \(Exceeds the limit \(4300 digits\)"):
        parse_catalogue('[{"from_code": "ar", "to_code": "en", "package_version": ' + "1" * 5000 + "}]", "idx")


def _copied_in(store: Path, name: str, meta_text: str) -> Path:
    """A package folder copied into the store by hand (no installer checks)."""
    folder = store / name
    for member, data in good_members("ar", "en", "1.0", root=name).items():
        path = store / member
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (folder / "metadata.json").write_text(meta_text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("version_json", ['"' + "1" * 4300 + '"', "1" * 4301])
def test_4300_digit_package_version_crashes_nothing(tmp_path: Path, synthetic_archives: dict[str, Path], version_json: str) -> None:  # noqa: F811
    """Issue 12.12: a 4,300-digit package_version (a string, or a JSON integer) crashed 'models list',
    'doctor' and 'run' (int() refuses over 4,300 digits)."""
    store = tmp_path / "models"
    install_file(synthetic_archives["sq_en"], store)
    meta = json.dumps(metadata("ar", "en", "1.0")).replace('"1.0"', version_json)
    _copied_in(store, "translate-ar_en", meta)
    packages, broken = scan_packages(store)
    assert [p.model_id for p in packages] == ["translate-sq_en@1.0"]
    assert [(b.path.name, "unparsable metadata" in b.problem or "is not a version" in b.problem) for b in broken] == [
        ("translate-ar_en", True)
    ]
    result = invoke(["models", "list", "--models-dir", str(store)])
    assert result.exit_code == 0 and "translate-sq_en  sq->en  1.0" in result.stdout
    assert "broken:" in result.stderr and "translate-ar_en" in result.stderr
    result = invoke(["doctor", "--models-dir", str(store), "--out", str(tmp_path / "out")])
    text = " ".join(result.stdout.split())
    assert result.exit_code == 1 and "PROBLEM package folder translate-ar_en" in text
    (tmp_path / "in").mkdir()
    sq = DEFAULT_LINES["sq"]
    record = {"title": sq[6], "text": "\n\n".join([sq[0] + " " + sq[1], sq[2] + " " + sq[3], sq[4]])}
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = invoke(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--models-dir", str(store),
                     "--run-date", RUN_DATE, "-q"])
    assert result.exit_code == 0, result.stderr
    (article,) = read_jsonl(tmp_path / "out" / RUN_DATE / "articles.jsonl")
    assert [s["en"] for s in article["segments"]] == list(sq[:5])  # the sq copy model still translates


def test_random_bytes_model_bin_is_not_ok(tmp_path: Path, synthetic_archives: dict[str, Path]) -> None:  # noqa: F811
    """Issue 12.12: doctor called a package whose model.bin is random bytes 'ok'."""
    store = tmp_path / "models"
    install_file(synthetic_archives["sq_en"], store)
    install_file(synthetic_archives["ar_en"], store)
    model_bin = store / "translate-ar_en" / "model" / "model.bin"
    model_bin.write_bytes(bytes(range(256)) * 64)
    result = invoke(["doctor", "--models-dir", str(store), "--out", str(tmp_path / "out")])
    text = " ".join(result.stdout.split())
    assert result.exit_code == 1
    assert "PROBLEM package folder translate-ar_en" in text and "is not a CTranslate2 model" in text
    assert "PROBLEM model ar->en" in text and "ok models dir" in text and "sq->en translate-sq_en@1.0" in text
    results = {r.name: (r.status, r.error) for r in verify_packages(store)}
    assert results["translate-sq_en@1.0"] == ("ok", "")
    status, error = results["translate-ar_en"]
    assert status == "failed" and error.startswith(f"{store / 'translate-ar_en'}: model/model.bin is not a CTranslate2 model (binary version")


def test_truncated_model_bin_is_caught_by_doctor(tmp_path: Path, synthetic_archives: dict[str, Path]) -> None:  # noqa: F811
    """A download cut short keeps a valid header; doctor reads every variable's size to the end."""
    store = tmp_path / "models"
    install_file(synthetic_archives["sq_en"], store)
    model_bin = store / "translate-sq_en" / "model" / "model.bin"
    model_bin.write_bytes(model_bin.read_bytes()[:5000])
    result = invoke(["doctor", "--models-dir", str(store), "--out", str(tmp_path / "out")])
    text = " ".join(result.stdout.split())
    assert result.exit_code == 1 and "PROBLEM package translate-sq_en@1.0" in text and "truncated in variable" in text
    assert f"fix: reinstall it: translate-summarize models install sq --force --models-dir {store}" in text


# --- a damaged package fails its language with the folder, what is wrong and the fix (not "no model installed") ---

def _night(tmp_path: Path, store: Path) -> tuple[object, dict[str, dict]]:
    """One Albanian and one Arabic record through ``run -q``; returns the result and the records by language."""
    inputs = tmp_path / "in"
    inputs.mkdir(exist_ok=True)
    for lang in ("sq", "ar"):
        lines = DEFAULT_LINES[lang]
        record = {"title": lines[6], "text": "\n\n".join([lines[0] + " " + lines[1], lines[2] + " " + lines[3], lines[4]])}
        (inputs / f"{lang}.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = invoke(["run", str(inputs), "--out", str(tmp_path / "out"), "--models-dir", str(store), "--run-date", RUN_DATE, "-q"])
    return result, {r["lang"]: r for r in read_jsonl(tmp_path / "out" / RUN_DATE / "articles.jsonl")}


def _fix(store: Path, lang: str = "ar", folder: str = "translate-ar_en") -> str:
    return (f"reinstall it: translate-summarize models install {lang} --force --models-dir {store} (offline: --file "
            f"PACKAGE.argosmodel), or remove it: translate-summarize models remove {folder} --models-dir {store}")


DAMAGE = {
    # name: (what is done to the installed translate-ar_en folder, what run and doctor must say is wrong)
    "random model.bin": (lambda p: (p / "model" / "model.bin").write_bytes(bytes(range(256)) * 64),
                         "model/model.bin is not a CTranslate2 model (binary version 50462976 is not one CTranslate2 writes (1-6))"),
    "no model.bin": (lambda p: (p / "model" / "model.bin").unlink(), "missing model/model.bin"),
    "no tokenizer": (lambda p: (p / "sentencepiece.model").unlink(), "missing tokenizer (sentencepiece.model or bpe.model)"),
    "unparsable metadata": (lambda p: (p / "metadata.json").write_text("{", encoding="utf-8"),
                            "metadata.json: unparsable metadata (Expecting property name enclosed in ..)"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_package_fails_its_language_naming_the_folder_the_fault_and_the_fix(
    tmp_path: Path, synthetic_archives: dict[str, Path], damage: str,  # noqa: F811
) -> None:
    """An article whose pair has only a broken package folder failed with 'no ar->en translation model is
    installed; run: models install ar' (the broken folder showed only in a log warning)."""
    store = tmp_path / "models"
    install_file(synthetic_archives["sq_en"], store)
    install_file(synthetic_archives["ar_en"], store)
    harm, problem = DAMAGE[damage]
    harm(store / "translate-ar_en")
    result, records = _night(tmp_path, store)
    assert result.exit_code == 1, result.stderr
    assert records["sq"]["status"] == "ok"
    what = (f"5 of 5 segments are not in the translation memory and no usable ar->en translation model: the package "
            f"folder {store / 'translate-ar_en'} ({problem}) is broken")
    assert (records["ar"]["status"], records["ar"]["stage"], records["ar"]["reason"]) == (
        "failed", "translate", f"{what}; {_fix(store)}")
    assert f"  1 failed at translate: {what} → fix: {_fix(store)}" in result.stderr.splitlines()  # the grouped summary
    assert "skipping broken package" not in result.stderr  # said once, in the reason, not as log noise
    doctor = invoke(["doctor", "--models-dir", str(store), "--out", str(tmp_path / "out")])
    text = " ".join(doctor.stdout.split())
    assert "PROBLEM package folder translate-ar_en: " in text and problem in text and f"fix: {_fix(store)}" in text


def test_the_fix_in_the_reason_works(tmp_path: Path, synthetic_archives: dict[str, Path]) -> None:  # noqa: F811
    """'models remove FOLDER' removes a broken folder (it used to say 'no installed package matches'), and
    the offline reinstall replaces one in place; either way the next night translates the language."""
    store = tmp_path / "models"
    install_file(synthetic_archives["sq_en"], store)
    install_file(synthetic_archives["ar_en"], store)
    (store / "translate-ar_en" / "sentencepiece.model").unlink()
    removed = invoke(["models", "remove", "translate-ar_en", "--models-dir", str(store)])
    assert removed.exit_code == 0, removed.stderr
    assert removed.stdout.strip() == f"removed broken package folder {store / 'translate-ar_en'}"
    assert sorted(p.name for p in store.iterdir() if not p.name.startswith(".")) == ["translate-sq_en"]
    install_file(synthetic_archives["ar_en"], store)
    (store / "translate-ar_en" / "model" / "model.bin").write_bytes(b"\0" * 64)
    assert invoke(["models", "install", "--file", str(synthetic_archives["ar_en"]), "--models-dir", str(store)]).exit_code == 0
    result, records = _night(tmp_path, store)
    assert result.exit_code == 0, result.stderr
    assert [s["en"] for s in records["ar"]["segments"]] == list(DEFAULT_LINES["ar"][:5])


def test_a_broken_upgrade_beside_a_good_package_is_named_once_and_the_good_one_used(
    tmp_path: Path, synthetic_archives: dict[str, Path],  # noqa: F811
) -> None:
    store = tmp_path / "models"
    install_file(synthetic_archives["sq_en"], store)
    install_file(synthetic_archives["ar_en"], store)
    upgrade = install_file(synthetic_archives["ar_en_1.1"], tmp_path / "elsewhere").path
    shutil.copytree(upgrade, store / "ar_en-1.1")  # the upgrade copied in by hand, and damaged
    (store / "ar_en-1.1" / "model" / "model.bin").unlink()
    result, records = _night(tmp_path, store)
    assert result.exit_code == 0, result.stderr
    assert [r["status"] for r in records.values()] == ["ok", "ok"]
    warnings = [line for line in result.stderr.splitlines() if "broken package folder" in line]
    assert len(warnings) == 1 and warnings[0].endswith(
        f"ar->en: using translate-ar_en@1.0; ignoring the broken package folder {store / 'ar_en-1.1'} (missing "
        f"model/model.bin); {_fix(store, folder='ar_en-1.1')}")


def test_a_model_that_cannot_load_names_the_package_what_a_full_read_finds_and_the_fix(
    tmp_path: Path, synthetic_archives: dict[str, Path],  # noqa: F811
) -> None:
    """A truncated model.bin keeps a valid header, so the folder looks whole until CTranslate2 refuses it: the
    reason said 'cannot load model …: Variable … has an invalid payload size' with no fix."""
    store = tmp_path / "models"
    install_file(synthetic_archives["sq_en"], store)
    install_file(synthetic_archives["ar_en"], store)
    model_bin = store / "translate-ar_en" / "model" / "model.bin"
    model_bin.write_bytes(model_bin.read_bytes()[:5000])
    result, records = _night(tmp_path, store)
    assert result.exit_code == 1, result.stderr
    assert records["sq"]["status"] == "ok"
    variable = re.search(r"truncated in variable '([^']+)'", records["ar"]["reason"]).group(1)  # type: ignore[union-attr]
    what = (f"5 of 5 segments are not in the translation memory and package translate-ar_en@1.0 ({store / 'translate-ar_en'}): "
            f"its model cannot be loaded (model/model.bin is not a CTranslate2 model (truncated in variable '{variable}'))")
    assert records["ar"]["reason"] == f"{what}; {_fix(store)}"
    assert f"  1 failed at translate: {what} → fix: {_fix(store)}" in result.stderr.splitlines()
    doctor = " ".join(invoke(["doctor", "--models-dir", str(store), "--out", str(tmp_path / "out")]).stdout.split())
    assert f"truncated in variable '{variable}'" in doctor and f"fix: {_fix(store)}" in doctor


def test_a_broken_model_you_brought_is_reinstalled_from_its_folder(tmp_path: Path) -> None:
    from translate_summarize.translate.ct2_import import install_ct2_folder
    from translate_summarize.translate.models import missing_model_error
    from translate_summarize.translate.synthetic import build_ct2_model

    folder = build_ct2_model(tmp_path / "build", "nllb", "ar", "en")
    store = tmp_path / "models"
    install_ct2_folder(folder, store, "ar", "en")
    (store / "ct2-ar_en" / "model" / "model.bin").write_bytes(b"")
    assert str(missing_model_error(store, "ar", "en")) == (
        f"no usable ar->en translation model: the package folder {store / 'ct2-ar_en'} (model/model.bin is not a "
        f"CTranslate2 model (truncated in the header)) is broken; reinstall it: translate-summarize models "
        f"install --ct2 {folder.resolve()} --from ar --models-dir {store}, or remove it: translate-summarize models remove "
        f"ct2-ar_en --models-dir {store}"
    )
    assert str(missing_model_error(store, "sq", "en")) == (
        "no sq->en translation model is installed; run: translate-summarize models install sq"
    )
