"""``translate-summarize models ...`` through typer's CliRunner: outputs, exit codes, config, verify."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argos_archives import good_archive, metadata, snapshot, write_zip, good_members
from model_fixtures import _installed_template, synthetic_archives, synthetic_models_dir  # noqa: F401
from translate_summarize.cli import app
from translate_summarize.translate.models import installed_packages

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def _rows(text: str) -> dict[str, list[str]]:
    """Table rows keyed by their first cell."""
    rows = {}
    for line in text.splitlines():
        line = line.strip()
        if not (line.startswith("│") and line.endswith("│")):
            continue
        cells = [c.strip() for c in line[1:-1].split("│")]
        if cells and cells[0].startswith("translate-"):
            rows[cells[0]] = cells
    return rows


def test_available_lists_bundled_catalogue_with_installed_marker(tmp_path: Path) -> None:
    models = tmp_path / "models"
    result = invoke("models", "available", "--lang", "ar", "--lang", "sq", "--models-dir", str(models))
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert rows["translate-ar_en"] == ["translate-ar_en", "ar->en", "1.0", "Arabic → English", "known", ""]
    assert rows["translate-sq_en"] == ["translate-sq_en", "sq->en", "1.9", "Albanian → English", "", ""]
    assert sorted(rows) == ["translate-ar_en", "translate-en_ar", "translate-en_sq", "translate-sq_en"]
    assert "4 packages" in result.stderr
    invoke("models", "install", "--file", str(good_archive(tmp_path / "sq.argosmodel", version="1.9")), "--models-dir", str(models))
    invoke("models", "install", "--file", str(good_archive(tmp_path / "ar.argosmodel", "ar", "en", "0.9")), "--models-dir", str(models))
    rows = _rows(invoke("models", "available", "-l", "ar", "-l", "sq", "--models-dir", str(models)).stdout)
    assert rows["translate-sq_en"][-1] == "yes"
    assert rows["translate-ar_en"][-1] == "0.9 (catalogue: 1.0)"
    full = invoke("models", "available", "--models-dir", str(models))
    assert "96 packages" in full.stderr


def test_install_file_list_remove(tmp_path: Path) -> None:
    models = tmp_path / "models"
    arc = good_archive(tmp_path / "translate-sq_en-1_9.argosmodel")
    result = invoke("models", "install", "--file", str(arc), "--models-dir", str(models))
    assert result.exit_code == 0, result.output
    pkg = installed_packages(models)[0]
    assert result.stdout == f"installed translate-sq_en@1.9 (sq->en, {pkg.size_bytes} B) into {models / 'translate-sq_en'}\n"
    listed = invoke("models", "list", "--models-dir", str(models))
    assert listed.exit_code == 0
    assert listed.stdout.splitlines() == [
        f"installed in {models}:",
        f"translate-sq_en  sq->en  1.9  {pkg.size_bytes} B  sentencepiece",
        f"    installed {pkg.installed_at} from {arc.resolve()}",
    ]
    removed = invoke("models", "remove", "sq", "--models-dir", str(models))
    assert removed.exit_code == 0 and removed.stdout == f"removed translate-sq_en@1.9 (sq->en) from {models / 'translate-sq_en'}\n"
    again = invoke("models", "remove", "sq", "--models-dir", str(models))
    assert again.exit_code == 2
    assert again.stderr.strip() == f"error: no installed package matches 'sq'; see: translate-summarize models list --models-dir {models}"
    empty = invoke("models", "list", "--models-dir", str(models))
    assert empty.exit_code == 0 and "no packages installed" in empty.stderr and empty.stdout == ""


def test_rejected_file_exits_1_with_one_line_and_store_unchanged(tmp_path: Path) -> None:
    models = tmp_path / "models"
    invoke("models", "install", "--file", str(good_archive(tmp_path / "ok.argosmodel", "ar", "en", "1.0")), "--models-dir", str(models))
    before = snapshot(models)
    members = good_members()
    members["../../evil"] = b"x"
    bad = write_zip(tmp_path / "bad.argosmodel", members)
    result = invoke("models", "install", "--file", str(bad), "--models-dir", str(models))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {bad}: member '../../evil' escapes the package folder ('..'); nothing was installed",
        "1 of 1 installs failed; the store was left unchanged for each of them",
    ]
    assert snapshot(models) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give exactly one of: language codes"),
        (("ar", "--from", "."), "give exactly one of: language codes"),
        (("--file", "missing.argosmodel"), "--file: missing.argosmodel: no such file"),
        (("xx",), "no package for 'xx' (xx->en) in the catalogue; see: translate-summarize models available"),
    ],
)
def test_install_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    models = tmp_path / "models"
    result = invoke("models", "install", *args, "--models-dir", str(models))
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr
    assert not models.exists()


def test_install_from_dir(tmp_path: Path) -> None:
    src = tmp_path / "drop"
    src.mkdir()
    good_archive(src / "a.argosmodel")
    write_zip(src / "b.argosmodel", {k: v for k, v in good_members("ar", "en").items() if "metadata" not in k})
    models = tmp_path / "models"
    result = invoke("models", "install", "--from", str(src), "--models-dir", str(models))
    assert result.exit_code == 1
    assert f"error: {src / 'b.argosmodel'}: missing ar_en/metadata.json; nothing was installed" in result.stderr
    assert [p.code for p in installed_packages(models)] == ["translate-sq_en"]


def test_install_from_catalogue_file_and_config(tmp_path: Path) -> None:
    """Catalogue, models dir and mirror come from the config file; the download is a file:// URL (offline)."""
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    arc = good_archive(mirror / "translate-sq_en-2_0.argosmodel", version="2.0")
    sha = hashlib.sha256(arc.read_bytes()).hexdigest()
    cat = tmp_path / "index.json"
    cat.write_text(json.dumps([{**metadata(version="2.0"), "links": ["https://example.invalid/v1/translate-sq_en-2_0.argosmodel"], "sha256": sha}]))
    config = tmp_path / "ts.toml"
    config.write_text(f'[models]\ndir = "{tmp_path / "store"}"\ncatalogue = "{cat}"\nmirror = "{mirror.as_uri()}"\n')
    result = invoke("models", "install", "sq", "--config", str(config))
    assert result.exit_code == 0, result.output
    pkg = installed_packages(tmp_path / "store")[0]
    assert (pkg.model_id, pkg.source, pkg.sha256) == ("translate-sq_en@2.0", f"{mirror.as_uri()}/translate-sq_en-2_0.argosmodel", sha)
    rows = _rows(invoke("models", "available", "--config", str(config)).stdout)
    assert rows["translate-sq_en"][-1] == "yes" and rows["translate-sq_en"][4] == "known"
    again = invoke("models", "install", "sq", "--config", str(config))
    assert again.exit_code == 0
    assert again.stdout == f"translate-sq_en@2.0 is already installed in {pkg.path} (--force reinstalls it)\n"
    # a wrong checksum in the catalogue: exit 1, store unchanged
    cat.write_text(json.dumps([{**metadata(version="2.0"), "links": ["https://example.invalid/v1/translate-sq_en-2_0.argosmodel"], "sha256": "0" * 64}]))
    before = snapshot(tmp_path / "store")
    bad = invoke("models", "install", "sq", "--force", "--config", str(config))
    assert bad.exit_code == 1
    assert f"sha256 mismatch: expected {'0' * 64}, got {sha}" in bad.stderr
    assert snapshot(tmp_path / "store") == before


def test_available_refresh_from_injected_url(tmp_path: Path) -> None:
    index = tmp_path / "new-index.json"
    index.write_text(json.dumps([{**metadata("ar", "en", "2.1", from_name="Arabic"), "links": ["http://127.0.0.1:9/x.argosmodel"]}]))
    models = tmp_path / "models"
    result = invoke("models", "available", "--refresh", "--index-url", index.as_uri(), "--models-dir", str(models))
    assert result.exit_code == 0, result.output
    assert f"refreshed catalogue: 1 packages from {index.as_uri()} into {models / 'index.json'}" in result.stderr
    assert _rows(result.stdout) == {"translate-ar_en": ["translate-ar_en", "ar->en", "2.1", "Arabic → English", "", ""]}
    # later commands use the refreshed index by default
    assert list(_rows(invoke("models", "available", "--models-dir", str(models)).stdout)) == ["translate-ar_en"]


def _verify_rows(table: str) -> dict[str, tuple[str, str]]:
    """``models verify``'s table as {package: (status, output)}, wrapped cells joined with spaces."""
    rows: dict[str, list[list[str]]] = {}
    current = ""
    for line in table.splitlines():
        if not line.startswith("│"):
            continue
        cells = [c.strip() for c in line.strip("│").split("│")]
        current = cells[0] or current
        rows.setdefault(current, []).append(cells)
    return {name: (parts[0][1], " ".join(p[3] for p in parts if p[3])) for name, parts in rows.items()}


def test_verify_real_synthetic_models(synthetic_models_dir: Path) -> None:
    result = invoke("models", "verify", "--models-dir", str(synthetic_models_dir))
    assert result.exit_code == 0, result.output
    # the packages' copy models give the probe sentence back
    assert _verify_rows(result.stdout) == {
        "translate-ar_en@1.0": ("ok", "التقى وزير الخارجية بنظيره في دوشنبه يوم الثلاثاء."),
        "translate-sq_en@1.0": ("ok", "Ministri i Jashtëm u takua me homologun e tij në Dushanbe."),
    }


def test_verify_reports_unloadable_and_broken(synthetic_models_dir: Path) -> None:
    (synthetic_models_dir / "translate-ar_en" / "model" / "model.bin").write_bytes(b"not a model")
    broken = synthetic_models_dir / "half"
    broken.mkdir()
    (broken / "metadata.json").write_text(json.dumps(metadata()))
    result = invoke("models", "verify", "--models-dir", str(synthetic_models_dir))
    assert result.exit_code == 1
    rows = _verify_rows(result.stdout)
    # a model.bin that is not a CTranslate2 model makes its folder a broken package, named by folder
    assert {name: status for name, (status, _) in rows.items()} == {
        "translate-ar_en": "failed", "translate-sq_en@1.0": "ok", "half": "failed"
    }
    assert "model/model.bin is not a CTranslate2 model" in rows["translate-ar_en"][1]


def test_every_models_command_has_help() -> None:
    for command in ("list", "available", "install", "remove", "verify"):
        result = invoke("models", command, "--help")
        assert result.exit_code == 0
        assert "--models-dir" in result.stdout and "--config" in result.stdout


def test_ctrl_c_during_cli_install_exits_130_store_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from translate_summarize.translate import archive

    models = tmp_path / "models"
    invoke("models", "install", "--file", str(good_archive(tmp_path / "old.argosmodel", version="1.0")), "--models-dir", str(models))
    before = snapshot(models)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(archive, "copy_member", interrupted)
    result = invoke("models", "install", "--file", str(good_archive(tmp_path / "new.argosmodel", version="2.0")), "--models-dir", str(models))
    assert result.exit_code == 130
    assert result.stderr == "interrupted; nothing half-written was left behind\n"
    assert snapshot(models) == before


def test_list_and_available_as_json(tmp_path: Path) -> None:
    models = tmp_path / "models"
    empty = json.loads(invoke("models", "list", "--json", "--models-dir", str(models)).stdout)
    assert empty == {"models_dir": str(models), "packages": [], "problems": []}
    arc = good_archive(tmp_path / "sq.argosmodel", "sq", "en", "1.9")
    assert invoke("models", "install", "--file", str(arc), "--models-dir", str(models)).exit_code == 0
    listed = invoke("models", "list", "--json", "--models-dir", str(models))
    assert listed.exit_code == 0
    (pkg,) = json.loads(listed.stdout)["packages"]
    installed = installed_packages(models)[0]
    assert pkg == {
        "code": "translate-sq_en", "model_id": "translate-sq_en@1.9", "from_code": "sq", "to_code": "en",
        "package_version": "1.9", "argos_version": installed.argos_version, "path": str(installed.path),
        "size_bytes": installed.size_bytes, "tokenizer": "sentencepiece", "source": str(arc.resolve()),
        "installed_at": installed.installed_at, "sha256": installed.sha256 or None,
        "brought": False, "source_prefix": None, "source_suffix": None, "target_prefix": None,
    }
    available = json.loads(invoke("models", "available", "--json", "--lang", "ar", "--lang", "sq", "--models-dir", str(models)).stdout)
    by_code = {p["code"]: p for p in available["packages"] if p["to_code"] == "en"}
    ar = by_code["translate-ar_en"]
    assert (ar["package_version"], ar["sha256"], ar["size_bytes"], ar["installed"]) == (
        "1.0", "bc98cd4e27ca1cebfae9b7086b2ebc635e4dbed45e7cb5f0891cb7d22feacfad", 81_869_670, None)
    assert ar["links"][0] == "https://argos-net.com/v1/translate-ar_en-1_0.argosmodel"
    assert by_code["translate-sq_en"]["installed"] == "1.9"
    assert available["catalogue"] is None  # the bundled snapshot


def test_verify_with_nothing_installed_exits_1(tmp_path: Path) -> None:
    result = invoke("models", "verify", "--models-dir", str(tmp_path / "models"))
    assert result.exit_code == 1
    assert "nothing to verify" in result.stderr and "--file X.argosmodel or --from DIR" in result.stderr
