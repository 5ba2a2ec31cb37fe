"""Model store: listing, install (file, folder, catalogue download), remove, safety of every install path."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import threading
import zipfile
from pathlib import Path

import pytest

from argos_archives import good_archive, good_members, metadata, placeholder_model_bin, snapshot, write_zip
from model_fixtures import synthetic_archives  # noqa: F401
from translate_summarize.errors import ConfigError, ModelError, PackageRejected
from translate_summarize.translate import archive as archive_mod
from translate_summarize.translate.archive import ArchiveLimits
from translate_summarize.translate.catalogue import (
    KNOWN_CHECKSUMS,
    CatalogueEntry,
    load_catalogue,
    parse_catalogue,
    refresh_catalogue,
    resolve,
)
from translate_summarize.settings import Settings
from translate_summarize.translate.verify import verify_packages
from translate_summarize.translate.install import candidate_urls, install_file, install_from_catalogue, install_from_dir
from translate_summarize.translate.models import (
    find_package,
    installed_packages,
    missing_pairs,
    remove_package,
    scan_packages,
    store_lock,
)


@pytest.fixture
def models_dir(tmp_path: Path) -> Path:
    d = tmp_path / "models"
    d.mkdir()
    return d


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- listing and lookup ---------------------------------------------------------------------------


def test_empty_and_missing_store(tmp_path: Path) -> None:
    assert installed_packages(tmp_path / "nope") == []
    assert find_package(tmp_path / "nope", "ar", "en") is None
    assert missing_pairs(tmp_path / "nope", ["ar", "sq", "en", "ar"], "en") == ["ar", "sq"]


def test_install_file_then_list_exact_fields(tmp_path: Path, models_dir: Path) -> None:
    arc = good_archive(tmp_path / "translate-sq_en-1_9.argosmodel", target_prefix="__en__")
    pkg = install_file(arc, models_dir)
    assert pkg.code == "translate-sq_en"
    assert pkg.model_id == "translate-sq_en@1.9"
    assert (pkg.from_code, pkg.to_code, pkg.package_version, pkg.argos_version) == ("sq", "en", "1.9", "1.9.0")
    assert pkg.path == models_dir / "translate-sq_en"
    assert pkg.tokenizer == "sentencepiece"
    assert pkg.tokenizer_path == models_dir / "translate-sq_en" / "sentencepiece.model"
    assert pkg.target_prefix == "__en__"
    assert pkg.source == str(arc.resolve())
    assert pkg.sha256 == _sha(arc)
    assert pkg.installed_at.endswith("+00:00")
    expected_size = sum(p.stat().st_size for p in pkg.path.rglob("*") if p.is_file())
    assert pkg.size_bytes == expected_size
    # placeholder payload: 300 + 25 + 24 + 150 + 13 bytes of members, plus metadata and .install.json
    assert expected_size > 512
    assert installed_packages(models_dir) == [pkg]
    assert find_package(models_dir, "sq", "en") == pkg
    assert find_package(models_dir, "ar", "en") is None
    assert missing_pairs(models_dir, ["ar", "sq", "en"], "en") == ["ar"]
    # only the package folder is left behind: no lock, no temp folders
    assert sorted(p.name for p in models_dir.iterdir()) == ["translate-sq_en"]
    prov = json.loads((pkg.path / ".install.json").read_text())
    assert prov["sha256"] == _sha(arc) and prov["archive_bytes"] == arc.stat().st_size


def test_bpe_tokenizer_and_default_target_prefix(tmp_path: Path, models_dir: Path) -> None:
    members = good_members("ar", "en", "1.0")
    members["ar_en/bpe.model"] = members.pop("ar_en/sentencepiece.model")
    pkg = install_file(write_zip(tmp_path / "a.argosmodel", members), models_dir)
    assert (pkg.tokenizer, pkg.target_prefix, pkg.tokenizer_path.name) == ("bpe", "", "bpe.model")


def test_newer_version_replaces_older_and_find_picks_highest(tmp_path: Path, models_dir: Path) -> None:
    install_file(good_archive(tmp_path / "old.argosmodel", version="1.9"), models_dir)
    new = install_file(good_archive(tmp_path / "new.argosmodel", version="1.10"), models_dir)
    assert [p.model_id for p in installed_packages(models_dir)] == ["translate-sq_en@1.10"]
    assert find_package(models_dir, "sq", "en") == new
    # a hand-copied second folder for the same pair: the highest version wins
    hand = models_dir / "sq_en_manual"
    (hand / "model").mkdir(parents=True)
    (hand / "model" / "model.bin").write_bytes(placeholder_model_bin())
    (hand / "sentencepiece.model").write_bytes(b"x")
    (hand / "metadata.json").write_text(json.dumps(metadata(version="1.2")))
    assert find_package(models_dir, "sq", "en").package_version == "1.10"
    manual = [p for p in installed_packages(models_dir) if p.path == hand][0]
    assert manual.source == "(copied in by hand)"


def test_broken_folder_is_skipped_and_reported(models_dir: Path) -> None:
    broken = models_dir / "broken"
    broken.mkdir()
    (broken / "metadata.json").write_text(json.dumps(metadata()))
    packages, problems = scan_packages(models_dir)
    assert packages == []
    assert [(p.path, str(p)) for p in problems] == [
        (broken, f"{broken}: missing model/ folder; missing tokenizer (sentencepiece.model or bpe.model)")
    ]
    assert missing_pairs(models_dir, ["sq"], "en") == ["sq"]


def test_remove_by_language_and_by_code(tmp_path: Path, models_dir: Path) -> None:
    install_file(good_archive(tmp_path / "sq.argosmodel"), models_dir)
    install_file(good_archive(tmp_path / "ar.argosmodel", "ar", "en", "1.0"), models_dir)
    removed = remove_package("ar", models_dir)
    assert [p.model_id for p in removed] == ["translate-ar_en@1.0"]
    assert [p.code for p in installed_packages(models_dir)] == ["translate-sq_en"]
    remove_package("translate-sq_en", models_dir)
    assert list(models_dir.iterdir()) == []
    with pytest.raises(ConfigError, match="no installed package matches 'sq'"):
        remove_package("sq", models_dir)


# --- rejected archives: each leaves the models dir byte-for-byte unchanged ---------------------------


def _zip_slip(p: Path) -> Path:
    m = good_members()
    m["../evil.txt"] = b"pwned"
    return write_zip(p, m)


def _absolute(p: Path) -> Path:
    m = good_members()
    m["/tmp/evil.txt"] = b"pwned"
    return write_zip(p, m)


def _symlink(p: Path) -> Path:
    m = good_members()
    m["sq_en/model/link"] = b"/etc/passwd"
    return write_zip(p, m, symlinks=["sq_en/model/link"])


def _truncated(p: Path) -> Path:
    good_archive(p)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return p


def _not_zip(p: Path) -> Path:
    p.write_bytes(b"<html>404 not found</html>")
    return p


def _corrupt_member(p: Path) -> Path:
    m = good_members()
    m["sq_en/model/model.bin"] = placeholder_model_bin(4000, random=True)
    write_zip(p, m)
    data = bytearray(p.read_bytes())
    # flip bytes inside model.bin's compressed stream (after its local header)
    at = data.index(b"sq_en/model/model.bin") + len("sq_en/model/model.bin") + 100
    data[at : at + 50] = bytes(b ^ 0xFF for b in data[at : at + 50])
    p.write_bytes(bytes(data))
    return p


def _without(name: str):
    def build(p: Path) -> Path:
        m = {k: v for k, v in good_members().items() if not k.startswith(name)}
        return write_zip(p, m)

    return build


def _bad_metadata(p: Path) -> Path:
    m = good_members()
    m["sq_en/metadata.json"] = b"{not json"
    return write_zip(p, m)


def _two_roots(p: Path) -> Path:
    m = good_members()
    m["other/README.md"] = b"x"
    return write_zip(p, m)


def _top_level_file(p: Path) -> Path:
    m = good_members()
    m["evil.txt"] = b"x"
    return write_zip(p, m)


def _bad_code(p: Path) -> Path:
    return write_zip(p, good_members(code="../../escape"))


def _declared_bomb(p: Path) -> Path:
    m = good_members()
    m["sq_en/model/big.bin"] = b"\0" * 60_000  # over the 50 kB test limit
    return write_zip(p, m)


def _ratio_bomb(p: Path) -> Path:
    m = good_members()
    m["sq_en/model/zeros.bin"] = b"\0" * 40_000  # deflates ~1000:1; limit below is 20:1 over 10 kB
    return write_zip(p, m)


def _hidden_ratio_bomb(p: Path) -> Path:
    """One very compressible member hidden among incompressible ones (the archive-wide ratio looks fine)."""
    m = good_members()
    m["sq_en/model/model.bin"] = placeholder_model_bin(30_000, random=True)
    m["sq_en/model/zeros.bin"] = b"\0" * 15_000
    return write_zip(p, m)


def _lying_size(p: Path) -> Path:
    """A member whose headers declare 10 bytes but whose data inflates to 20,000."""
    m = good_members()
    m["sq_en/model/liar.bin"] = b"A" * 20_000
    write_zip(p, m)
    data = bytearray(p.read_bytes())
    with zipfile.ZipFile(p) as zf:
        info = zf.getinfo("sq_en/model/liar.bin")
    import struct

    # local header: uncompressed size at offset 22; central directory entry: at offset 24
    lh = info.header_offset
    struct.pack_into("<I", data, lh + 22, 10)
    name = b"sq_en/model/liar.bin"
    cd = data.index(b"PK\x01\x02")
    while data[cd + 46 : cd + 46 + len(name)] != name:
        cd = data.index(b"PK\x01\x02", cd + 4)
    struct.pack_into("<I", data, cd + 24, 10)
    p.write_bytes(bytes(data))
    return p


REJECTIONS = [
    (_zip_slip, "member '../evil.txt' escapes the package folder ('..')"),
    (_absolute, "member '/tmp/evil.txt' has an absolute path"),
    (_symlink, "member 'sq_en/model/link' is a symlink"),
    (_truncated, "not a readable zip archive, truncated or corrupt"),
    (_not_zip, "not a readable zip archive, truncated or corrupt"),
    (_corrupt_member, "corrupt member 'sq_en/model/model.bin'"),
    (_without("sq_en/metadata.json"), "missing sq_en/metadata.json"),
    (_without("sq_en/model/"), "missing sq_en/model/ folder"),
    (_without("sq_en/model/model.bin"), "missing sq_en/model/model.bin"),
    (_without("sq_en/sentencepiece.model"), "missing tokenizer sq_en/sentencepiece.model or sq_en/bpe.model"),
    (_bad_metadata, "unparsable sq_en/metadata.json (Expecting property name"),
    (_two_roots, "expected one root folder, found 2: other, sq_en"),
    (_top_level_file, "expected one root folder, found 2: evil.txt, sq_en"),
    (_bad_code, "sq_en/metadata.json: metadata code '../../escape' is not a valid package name"),
    (_declared_bomb, "over the limit of 50000"),
    (_ratio_bomb, "exceeds 20:1 (size bomb)"),
    (_hidden_ratio_bomb, "member 'sq_en/model/zeros.bin' compression ratio"),
    # zipfile stops at the declared size and the CRC check fails; copy_member also counts bytes
    (_lying_size, "corrupt member 'sq_en/model/liar.bin' (Bad CRC-32"),
]

TEST_LIMITS = ArchiveLimits(max_total_bytes=50_000, max_ratio=20.0, ratio_min_bytes=10_000)


@pytest.mark.parametrize(("build", "message"), REJECTIONS, ids=[b.__name__.strip("_") + str(i) for i, (b, _) in enumerate(REJECTIONS)])
def test_rejected_archive_leaves_store_unchanged(tmp_path: Path, models_dir: Path, build, message: str) -> None:
    installed = install_file(good_archive(tmp_path / "old.argosmodel", version="1.0"), models_dir)
    before = snapshot(models_dir)
    bad = build(tmp_path / "bad.argosmodel")
    with pytest.raises(PackageRejected) as info:
        install_file(bad, models_dir, limits=TEST_LIMITS)
    assert str(info.value).startswith(f"{bad}: ")
    assert message in str(info.value)
    assert snapshot(models_dir) == before
    assert installed_packages(models_dir) == [installed]
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_wrong_pair_rejected(tmp_path: Path, models_dir: Path) -> None:
    arc = good_archive(tmp_path / "x.argosmodel", "sq", "en")
    with pytest.raises(PackageRejected, match="wrong language pair: metadata says sq->en, expected ar->en"):
        install_file(arc, models_dir, expect_pair=("ar", "en"))
    assert snapshot(models_dir) == {}


def test_checksum_mismatch_rejected(tmp_path: Path, models_dir: Path) -> None:
    arc = good_archive(tmp_path / "x.argosmodel")
    with pytest.raises(PackageRejected, match=f"sha256 mismatch: expected {'0' * 64}, got {_sha(arc)}"):
        install_file(arc, models_dir, expected_sha256="0" * 64)
    assert snapshot(models_dir) == {}
    assert install_file(arc, models_dir, expected_sha256=_sha(arc)).code == "translate-sq_en"


def test_rejection_into_missing_store_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "fresh"
    with pytest.raises(PackageRejected):
        install_file(_zip_slip(tmp_path / "bad.argosmodel"), target)
    assert not target.exists()


def test_ctrl_c_during_extraction_leaves_nothing(tmp_path: Path, models_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_file(good_archive(tmp_path / "old.argosmodel", version="1.0"), models_dir)
    before = snapshot(models_dir)
    real = archive_mod.copy_member
    calls = []

    def interrupted(*args, **kwargs):
        calls.append(args[1].filename)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(archive_mod, "copy_member", interrupted)
    with pytest.raises(KeyboardInterrupt):
        install_file(good_archive(tmp_path / "new.argosmodel", version="2.0"), models_dir)
    assert len(calls) == 3
    assert snapshot(models_dir) == before
    assert [p.model_id for p in installed_packages(models_dir)] == ["translate-sq_en@1.0"]


def test_ctrl_c_during_final_rename_restores_old_version(tmp_path: Path, models_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_file(good_archive(tmp_path / "old.argosmodel", version="1.0"), models_dir)
    before = snapshot(models_dir)
    from translate_summarize.translate import install as install_mod

    real_replace = os.replace
    interrupted = []

    def replace(src, dst):
        if Path(dst) == models_dir / "translate-sq_en" and not interrupted:
            interrupted.append(src)  # Ctrl-C on the rename of the new version; the rollback runs normally
            raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(install_mod.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        install_file(good_archive(tmp_path / "new.argosmodel", version="2.0"), models_dir)
    monkeypatch.undo()
    assert len(interrupted) == 1
    assert snapshot(models_dir) == before


def test_install_from_dir_installs_good_reports_bad(tmp_path: Path, models_dir: Path) -> None:
    src = tmp_path / "drop"
    src.mkdir()
    good_archive(src / "a-sq.argosmodel")
    good_archive(src / "b-ar.argosmodel", "ar", "en", "1.0")
    _zip_slip(src / "c-bad.argosmodel")
    (src / "notes.txt").write_text("ignored")
    results = install_from_dir(src, models_dir)
    assert [(Path(r.source).name, r.ok) for r in results] == [("a-sq.argosmodel", True), ("b-ar.argosmodel", True), ("c-bad.argosmodel", False)]
    assert "escapes the package folder" in results[2].error
    assert [p.code for p in installed_packages(models_dir)] == ["translate-ar_en", "translate-sq_en"]
    with pytest.raises(ModelError, match="no .argosmodel files in"):
        install_from_dir(tmp_path / "models", tmp_path / "other")


# --- lock ------------------------------------------------------------------------------------------


def test_lock_held_by_live_process_refuses(tmp_path: Path, models_dir: Path) -> None:
    (models_dir / ".lock").write_text(str(os.getppid()))
    with pytest.raises(ModelError, match=f"another install or remove is running \\(pid {os.getppid()}\\)"):
        install_file(good_archive(tmp_path / "a.argosmodel"), models_dir)
    assert (models_dir / ".lock").read_text() == str(os.getppid())


def test_stale_lock_is_taken_over(tmp_path: Path, models_dir: Path) -> None:
    (models_dir / ".lock").write_text("999999999")
    install_file(good_archive(tmp_path / "a.argosmodel"), models_dir)
    assert sorted(p.name for p in models_dir.iterdir()) == ["translate-sq_en"]
    with store_lock(models_dir):
        assert (models_dir / ".lock").read_text() == str(os.getpid())
    assert not (models_dir / ".lock").exists()


# --- catalogue -------------------------------------------------------------------------------------


def test_bundled_catalogue_has_ar_and_sq() -> None:
    cat = load_catalogue(None)
    assert len(cat) == 96
    ar = resolve(cat, "ar")
    assert (ar.model_id, ar.links[0]) == ("translate-ar_en@1.0", "https://argos-net.com/v1/translate-ar_en-1_0.argosmodel")
    assert (ar.sha256, ar.size_bytes) == KNOWN_CHECKSUMS[("translate-ar_en", "1.0")]
    assert ar.sha256 == "bc98cd4e27ca1cebfae9b7086b2ebc635e4dbed45e7cb5f0891cb7d22feacfad" and ar.size_bytes == 81_869_670
    sq = resolve(cat, "sq")
    assert (sq.model_id, sq.sha256, sq.links) == ("translate-sq_en@1.9", None, ("https://argos-net.com/v1/translate-sq_en-1_9.argosmodel",))
    assert resolve(cat, "translate-sq_en") == sq == resolve(cat, "sq_en")
    assert resolve(cat, "en", target="ar").code == "translate-en_ar"
    with pytest.raises(ConfigError, match=r"no package for 'xx' \(xx->en\) in the catalogue"):
        resolve(cat, "xx")


def test_catalogue_checksum_field_and_errors(tmp_path: Path) -> None:
    entries = parse_catalogue(json.dumps([{**metadata(), "links": ["http://x/a.argosmodel"], "checksum": "sha256:ABCD", "size": 12}]), "t")
    assert (entries[0].sha256, entries[0].size_bytes, entries[0].code) == ("abcd", 12, "translate-sq_en")
    with pytest.raises(ModelError, match="t: not valid JSON"):
        parse_catalogue("[", "t")
    with pytest.raises(ModelError, match="t: entry 0 has no from_code/to_code"):
        parse_catalogue('[{"code": "x"}]', "t")
    with pytest.raises(ConfigError, match="--catalogue: .*missing.json does not exist"):
        load_catalogue(tmp_path / "missing.json")


def test_refresh_catalogue_from_file_url(tmp_path: Path, models_dir: Path) -> None:
    src = tmp_path / "index.json"
    src.write_text(json.dumps([{**metadata("ar", "en", "2.0"), "links": ["http://x/y.argosmodel"]}]))
    path, count = refresh_catalogue(models_dir, src.as_uri())
    assert (path, count) == (models_dir / "index.json", 1)
    assert sorted(p.name for p in models_dir.iterdir()) == ["index.json"]
    assert resolve(load_catalogue(path), "ar").package_version == "2.0"
    bad = tmp_path / "bad.json"
    bad.write_text("<html>")
    with pytest.raises(ModelError, match="not valid JSON"):
        refresh_catalogue(models_dir, bad.as_uri())
    assert load_catalogue(path)[0].package_version == "2.0"  # the previous index survives a bad refresh
    assert sorted(p.name for p in models_dir.iterdir()) == ["index.json"]


def test_mirror_rewrites_links() -> None:
    entry = CatalogueEntry("translate-ar_en", "ar", "en", "1.0", links=("https://argos-net.com/v1/translate-ar_en-1_0.argosmodel", "ipfs://Qm"))
    assert candidate_urls(entry) == ["https://argos-net.com/v1/translate-ar_en-1_0.argosmodel"]
    assert candidate_urls(entry, "http://127.0.0.1:9/m/") == ["http://127.0.0.1:9/m/translate-ar_en-1_0.argosmodel"]
    ipfs_only = CatalogueEntry("translate-ar_en", "ar", "en", "1.0", links=("ipfs://Qm",))
    assert candidate_urls(ipfs_only) == []
    assert candidate_urls(ipfs_only, "file:///srv") == ["file:///srv/translate-ar_en-1_0.argosmodel"]


# --- downloads over loopback HTTP ------------------------------------------------------------------


class _Files(http.server.BaseHTTPRequestHandler):
    files: dict[str, bytes] = {}
    requests: list[tuple[str, str | None]] = []
    ranges = True

    def do_GET(self) -> None:  # noqa: N802
        self.requests.append((self.path, self.headers.get("Range")))
        data = self.files.get(self.path)
        if data is None:
            self.send_error(404)
            return
        rng = self.headers.get("Range")
        if rng and self.ranges:
            start = int(rng.split("=")[1].split("-")[0])
            if start >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(data)}")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            body = data[start:]
        else:
            self.send_response(200)
            body = data
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_server():
    handler = type("Handler", (_Files,), {"files": {}, "requests": [], "ranges": True})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, handler, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _entry_for(data: bytes, url: str, sha: str | None, from_code: str = "sq") -> CatalogueEntry:
    return CatalogueEntry(f"translate-{from_code}_en", from_code, "en", "1.9", links=("ipfs://Qm", url), sha256=sha, size_bytes=len(data))


def test_download_resumes_partial_file_with_range(tmp_path: Path, models_dir: Path, http_server) -> None:
    _, handler, base = http_server
    arc = good_archive(tmp_path / "translate-sq_en-1_9.argosmodel")
    data = arc.read_bytes()
    handler.files["/v1/translate-sq_en-1_9.argosmodel"] = data
    downloads = models_dir / ".downloads"
    downloads.mkdir()
    (downloads / "translate-sq_en-1_9.argosmodel.part").write_bytes(data[:700])
    seen: list[tuple[str, int, int | None]] = []
    cat = [_entry_for(data, f"{base}/v1/translate-sq_en-1_9.argosmodel", _sha(arc))]
    results = install_from_catalogue(["sq"], models_dir, catalogue=cat, progress=lambda *a: seen.append(a))
    assert [(r.source, r.ok) for r in results] == [("translate-sq_en@1.9", True)]
    assert handler.requests == [("/v1/translate-sq_en-1_9.argosmodel", "bytes=700-")]
    assert seen[0] == ("translate-sq_en-1_9.argosmodel", 700, len(data))
    assert seen[-1] == ("translate-sq_en-1_9.argosmodel", len(data), len(data))
    pkg = results[0].package
    assert (pkg.source, pkg.sha256) == (f"{base}/v1/translate-sq_en-1_9.argosmodel", _sha(arc))
    assert list(downloads.iterdir()) == []  # the finished download is removed after install


def test_download_restarts_when_server_ignores_range(tmp_path: Path, models_dir: Path, http_server) -> None:
    _, handler, base = http_server
    handler.ranges = False
    arc = good_archive(tmp_path / "p.argosmodel")
    data = arc.read_bytes()
    handler.files["/p.argosmodel"] = data
    (models_dir / ".downloads").mkdir()
    (models_dir / ".downloads" / "p.argosmodel.part").write_bytes(b"garbage-prefix")
    results = install_from_catalogue(["sq"], models_dir, catalogue=[_entry_for(data, f"{base}/p.argosmodel", _sha(arc))])
    assert results[0].ok, results[0].error
    assert handler.requests == [("/p.argosmodel", "bytes=14-")]


def test_download_checksum_mismatch_rejected_store_unchanged(tmp_path: Path, models_dir: Path, http_server) -> None:
    _, handler, base = http_server
    install_file(good_archive(tmp_path / "ar.argosmodel", "ar", "en", "1.0"), models_dir)
    before = snapshot(models_dir)
    data = good_archive(tmp_path / "p.argosmodel").read_bytes()
    handler.files["/p.argosmodel"] = data
    results = install_from_catalogue(["sq"], models_dir, catalogue=[_entry_for(data, f"{base}/p.argosmodel", "f" * 64)])
    assert results[0].error == f"{base}/p.argosmodel: sha256 mismatch: expected {'f' * 64}, got {hashlib.sha256(data).hexdigest()}"
    assert snapshot(models_dir) == before


def test_download_wrong_pair_rejected(tmp_path: Path, models_dir: Path, http_server) -> None:
    _, handler, base = http_server
    data = good_archive(tmp_path / "p.argosmodel", "sq", "en").read_bytes()
    handler.files["/p.argosmodel"] = data
    results = install_from_catalogue(["ar"], models_dir, catalogue=[_entry_for(data, f"{base}/p.argosmodel", None, "ar")])
    assert "wrong language pair: metadata says sq->en, expected ar->en" in results[0].error
    assert snapshot(models_dir) == {}


def test_package_calling_itself_another_version_is_not_downloaded_again(tmp_path: Path, models_dir: Path, http_server) -> None:
    """The index says 1.9, the archive's metadata.json says 1.8: installed once, then left alone."""
    _, handler, base = http_server
    arc = good_archive(tmp_path / "translate-sq_en-1_9.argosmodel", version="1.8")
    handler.files["/translate-sq_en-1_9.argosmodel"] = arc.read_bytes()
    entry = CatalogueEntry("translate-sq_en", "sq", "en", "1.9", links=(f"{base}/translate-sq_en-1_9.argosmodel",))
    first = install_from_catalogue(["sq"], models_dir, catalogue=[entry])
    assert (first[0].ok, first[0].package.model_id) == (True, "translate-sq_en@1.8")
    for _ in range(2):
        again = install_from_catalogue(["sq"], models_dir, catalogue=[entry])
        assert (again[0].already_installed, again[0].package) == (True, first[0].package)
    assert len(handler.requests) == 1
    assert first[0].package.catalogue_version == "1.9"  # recorded in .install.json
    # a newer catalogue version is still an upgrade
    newer = CatalogueEntry("translate-sq_en", "sq", "en", "2.0", links=(f"{base}/translate-sq_en-1_9.argosmodel",))
    assert not install_from_catalogue(["sq"], models_dir, catalogue=[newer])[0].already_installed
    assert len(handler.requests) == 2


def test_mirror_and_failed_links(tmp_path: Path, models_dir: Path, http_server) -> None:
    _, handler, base = http_server
    arc = good_archive(tmp_path / "translate-sq_en-1_9.argosmodel")
    handler.files["/mirror/translate-sq_en-1_9.argosmodel"] = arc.read_bytes()
    entry = CatalogueEntry("translate-sq_en", "sq", "en", "1.9", links=("https://argos-net.com/v1/translate-sq_en-1_9.argosmodel",))
    results = install_from_catalogue(["sq"], models_dir, catalogue=[entry], mirror=f"{base}/mirror/")
    assert results[0].ok and results[0].package.source == f"{base}/mirror/translate-sq_en-1_9.argosmodel"
    assert handler.requests == [("/mirror/translate-sq_en-1_9.argosmodel", None)]
    # already installed at this version: nothing is downloaded again, unless forced
    again = install_from_catalogue(["sq"], models_dir, catalogue=[entry], mirror=f"{base}/mirror/")
    assert (again[0].ok, again[0].already_installed, again[0].package) == (True, True, results[0].package)
    assert len(handler.requests) == 1
    forced = install_from_catalogue(["sq"], models_dir, catalogue=[entry], mirror=f"{base}/mirror/", force=True)
    assert forced[0].ok and not forced[0].already_installed and len(handler.requests) == 2
    # a 404 is a network failure, not a rejection: reported, nothing installed, nothing kept
    other = tmp_path / "other"
    results = install_from_catalogue(["sq"], other, catalogue=[entry], mirror=f"{base}/nothing/")
    assert results[0].error == (
        f"translate-sq_en: every download link failed: {base}/nothing/translate-sq_en-1_9.argosmodel: "
        "download failed (HTTP 404 Not Found)"
    )
    assert not other.exists()


def test_interrupted_download_keeps_part_for_resume(tmp_path: Path, models_dir: Path, http_server) -> None:
    _, handler, base = http_server
    members = good_members()
    members["sq_en/model/model.bin"] = placeholder_model_bin(300_000, random=True)  # several download chunks
    arc = write_zip(tmp_path / "p.argosmodel", members)
    data = arc.read_bytes()
    handler.files["/p.argosmodel"] = data
    entry = _entry_for(data, f"{base}/p.argosmodel", _sha(arc))

    def ctrl_c(label: str, done: int, total: int | None) -> None:
        if done > 0:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        install_from_catalogue(["sq"], models_dir, catalogue=[entry], progress=ctrl_c)
    part = models_dir / ".downloads" / "p.argosmodel.part"
    kept = part.stat().st_size
    assert 0 < kept < len(data)
    assert installed_packages(models_dir) == [] and not (models_dir / ".lock").exists()
    results = install_from_catalogue(["sq"], models_dir, catalogue=[entry])
    assert results[0].ok and results[0].package.sha256 == _sha(arc)
    assert handler.requests == [("/p.argosmodel", None), ("/p.argosmodel", f"bytes={kept}-")]
    assert not part.exists()


def test_unknown_code_fails_before_any_download(models_dir: Path) -> None:
    with pytest.raises(ConfigError, match="no package for 'zz'"):
        install_from_catalogue(["sq", "zz"], models_dir, catalogue=load_catalogue(None))
    assert snapshot(models_dir) == {}


def test_copy_member_counts_bytes_against_the_running_budget(tmp_path: Path) -> None:
    arc = good_archive(tmp_path / "a.argosmodel")
    with zipfile.ZipFile(arc) as zf:
        info = zf.getinfo("sq_en/model/model.bin")
        assert archive_mod.copy_member(zf, info, tmp_path / "ok.bin", budget=300) == 300
        with pytest.raises(ValueError, match="expands past its declared size or the size limit"):
            archive_mod.copy_member(zf, info, tmp_path / "over.bin", budget=299)


def test_metadata_without_language_code_rejected(tmp_path: Path, models_dir: Path) -> None:
    members = good_members()
    members["sq_en/metadata.json"] = json.dumps({"package_version": "1.0", "to_code": "en"}).encode()
    bad = write_zip(tmp_path / "bad.argosmodel", members)
    with pytest.raises(PackageRejected, match=f"^{bad}: sq_en/metadata.json: metadata has no 'from_code'; nothing was installed$"):
        install_file(bad, models_dir)
    assert snapshot(models_dir) == {}


def test_real_synthetic_packages_install_upgrade_and_verify(synthetic_archives: dict[str, Path], models_dir: Path) -> None:
    """Packages with a real CTranslate2 model: BPE and SentencePiece variants, 1.0 -> 1.1 upgrade, verify translates."""
    bpe = install_file(synthetic_archives["sq_en_bpe"], models_dir)
    assert (bpe.tokenizer, bpe.tokenizer_path.is_file(), (bpe.model_dir / "model.bin").is_file()) == ("bpe", True, True)
    install_file(synthetic_archives["ar_en"], models_dir, expect_pair=("ar", "en"))
    upgraded = install_file(synthetic_archives["ar_en_1.1"], models_dir, expect_pair=("ar", "en"))
    assert [p.model_id for p in installed_packages(models_dir)] == ["translate-ar_en@1.1", "translate-sq_en@1.0"]
    assert find_package(models_dir, "ar", "en") == upgraded
    results = verify_packages(models_dir, Settings(threads=1))
    assert [(r.name, r.status, r.flags, r.error) for r in results] == [
        ("translate-ar_en@1.1", "ok", (), ""), ("translate-sq_en@1.0", "ok", (), "")
    ]
    # the copy models give the probe sentence back (the BPE one through Moses tokenise/detokenise)
    assert [(r.source, r.output) for r in results] == [
        ("التقى وزير الخارجية بنظيره في دوشنبه يوم الثلاثاء.",) * 2,
        ("Ministri i Jashtëm u takua me homologun e tij në Dushanbe.",) * 2,
    ]


def test_leftovers_of_a_killed_install_are_cleaned_by_the_next_one(tmp_path: Path, models_dir: Path) -> None:
    """kill -9 cannot run cleanup; the next locked operation removes the temp folders it left."""
    stale = models_dir / ".tmp-install-dead" / "sq_en" / "model"
    stale.mkdir(parents=True)
    (stale / "model.bin").write_bytes(b"half")
    (models_dir / ".tmp-remove-dead").mkdir()
    (models_dir / ".lock").write_text("999999999")
    install_file(good_archive(tmp_path / "a.argosmodel"), models_dir)
    assert sorted(p.name for p in models_dir.iterdir()) == ["translate-sq_en"]


def test_sigkill_mid_extraction_leaves_no_package_and_next_install_recovers(tmp_path: Path, models_dir: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    arc = good_archive(tmp_path / "a.argosmodel")
    ready = tmp_path / "ready"
    script = f"""
import time
from pathlib import Path
from translate_summarize.translate import archive
from translate_summarize.translate.install import install_file
real = archive.copy_member
def slow(*a, **k):
    n = real(*a, **k)
    Path({str(ready)!r}).write_text("x")
    time.sleep(60)
    return n
archive.copy_member = slow
install_file(Path({str(arc)!r}), Path({str(models_dir)!r}))
"""
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=Path(__file__).resolve().parents[1])
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert proc.poll() is None and time.monotonic() < deadline, "installer subprocess did not reach extraction"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    leftovers = sorted(p.name for p in models_dir.iterdir())
    assert leftovers[0] == ".lock" and leftovers[1].startswith(".tmp-install-") and len(leftovers) == 2
    assert installed_packages(models_dir) == []
    assert install_file(arc, models_dir).code == "translate-sq_en"
    assert sorted(p.name for p in models_dir.iterdir()) == ["translate-sq_en"]


def test_version_caught_between_the_two_renames_of_an_upgrade_is_restored(tmp_path: Path, models_dir: Path) -> None:
    """SIGKILL after the old version was moved aside but before the new one was renamed in."""
    old = install_file(good_archive(tmp_path / "old.argosmodel", version="1.0"), models_dir)
    before = snapshot(models_dir / "translate-sq_en")
    aside = models_dir / ".tmp-install-killed"
    aside.mkdir()
    os.replace(old.path, aside / "old-0")
    (aside / "sq_en").mkdir()  # the half-handled new version
    assert installed_packages(models_dir) == []
    other = install_file(good_archive(tmp_path / "ar.argosmodel", "ar", "en", "1.0"), models_dir)
    assert other.code == "translate-ar_en"
    assert [p.model_id for p in installed_packages(models_dir)] == ["translate-ar_en@1.0", "translate-sq_en@1.0"]
    assert snapshot(models_dir / "translate-sq_en") == before
    assert sorted(p.name for p in models_dir.iterdir()) == ["translate-ar_en", "translate-sq_en"]
