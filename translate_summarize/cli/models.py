"""CLI: ``translate-summarize models list|available|install|remove|verify`` over the Argos package store."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from ..errors import ConfigError, ModelError
from ..settings import Settings
from .common import EXIT_OK, EXIT_SOME_FAILED, ConfigOption, ModelsDirOption, build_settings, cli_errors, err, is_tty, out, path_or_empty

models_app = typer.Typer(
    help=(
        "Translation models in the project-local store (models/ by default): Argos Translate packages and "
        "your own CTranslate2 models. List installed ones, browse the catalogue, install from the catalogue "
        "(download with resume and sha256 check), from a file or a folder (offline) or a CTranslate2 model "
        "folder (--ct2), remove, verify. Exit codes: 0 ok; 1 an install or verify failed; "
        "2 usage or configuration error."
    ),
    no_args_is_help=True,
)

JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout instead of a table (for scripts).")]

CatalogueOption = Annotated[
    Optional[Path],
    typer.Option("--catalogue", help="Argos index JSON to use instead of the bundled snapshot (config: models.catalogue).",
                 parser=path_or_empty, metavar="PATH"),
]


def register(app: typer.Typer) -> None:
    """Add the ``models`` command group to the app."""
    app.add_typer(models_app, name="models")


def _settings(config: Path | None, models_dir: Path | None, catalogue: Path | None = None, mirror: str | None = None) -> Settings:
    return build_settings(config, models_dir=models_dir, catalogue=catalogue, models_mirror=mirror)


def _size(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n} B"


def _json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@models_app.command("list")
def list_(models_dir: Optional[Path] = ModelsDirOption, config: Optional[Path] = ConfigOption, as_json: JsonOption = False) -> None:
    """Installed packages: code, language pair, version, size, where they came from and when.

    Folders that are not complete packages are listed on stderr with what is missing (with --json: under "problems").
    """
    from ..translate.models import scan_packages

    settings = _settings(config, models_dir)
    with cli_errors():
        packages, problems = scan_packages(settings.models_dir)
    if as_json:
        _json({
            "models_dir": str(settings.models_dir),
            "packages": [
                {"code": p.code, "model_id": p.model_id, "from_code": p.from_code, "to_code": p.to_code,
                 "package_version": p.package_version, "argos_version": p.argos_version, "path": str(p.path),
                 "size_bytes": p.size_bytes, "tokenizer": p.tokenizer, "source": p.source,
                 "installed_at": p.installed_at, "sha256": p.sha256 or None, "brought": p.brought,
                 "source_prefix": p.source_prefix or None, "source_suffix": p.source_suffix or None,
                 "target_prefix": p.target_prefix or None}
                for p in packages
            ],
            "problems": [str(p) for p in problems],
        })
        return
    for problem in problems:
        err.print(f"[yellow]broken:[/] {escape(str(problem))}", highlight=False)
    if not packages:
        err.print(f"no packages installed in {settings.models_dir}; install with: translate-summarize models install ar sq", highlight=False)
        raise typer.Exit(EXIT_OK)
    out.print(f"installed in {settings.models_dir}:", highlight=False)
    for p in packages:
        out.print(f"{p.code}  {p.pair}  {p.package_version}  {_size(p.size_bytes)}  {p.tokenizer}", highlight=False)
        out.print(f"    installed {p.installed_at} from {p.source}", highlight=False, markup=False)


@models_app.command("available")
def available(
    language: Annotated[Optional[list[str]], typer.Option("--lang", "-l", help="Only packages from or to this language code (repeatable).")] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="First download the current Argos index into <models dir>/index.json (needs the network).")] = False,
    index_url: Annotated[Optional[str], typer.Option("--index-url", help="Index URL for --refresh (default: the argospm-index on GitHub).")] = None,
    catalogue: CatalogueOption = None,
    models_dir: Optional[Path] = ModelsDirOption,
    config: Optional[Path] = ConfigOption,
    as_json: JsonOption = False,
) -> None:
    """Packages the catalogue offers (bundled Argos index snapshot, a refreshed one, or --catalogue), marking installed ones.

    With --json: every package with its download links, known sha256 and size, and the installed version (null if none).
    """
    from ..translate.catalogue import INDEX_URL, catalogue_path, load_catalogue, refresh_catalogue
    from ..translate.models import installed_packages

    settings = _settings(config, models_dir, catalogue)
    with cli_errors():
        if refresh:
            url = index_url or INDEX_URL
            path, count = refresh_catalogue(settings.models_dir, url)
            err.print(f"refreshed catalogue: {count} packages from {url} into {path}", highlight=False)
        path = catalogue_path(settings.catalogue, settings.models_dir)
        entries = load_catalogue(path)
        installed = {p.code: p for p in installed_packages(settings.models_dir)}
    if language:
        entries = [e for e in entries if e.from_code in language or e.to_code in language]
    if as_json:
        _json({
            "catalogue": str(path) if path else None,
            "packages": [
                {"code": e.code, "model_id": e.model_id, "from_code": e.from_code, "to_code": e.to_code,
                 "from_name": e.from_name, "to_name": e.to_name, "package_version": e.package_version,
                 "argos_version": e.argos_version, "links": list(e.links), "sha256": e.sha256,
                 "size_bytes": e.size_bytes,
                 "installed": installed[e.code].package_version if e.code in installed else None}
                for e in entries
            ],
        })
        return
    table = Table(title=f"catalogue: {path or 'bundled Argos index snapshot'}")
    for name in ("code", "pair", "version"):
        table.add_column(name, no_wrap=True)
    table.add_column("languages")
    table.add_column("sha256")
    table.add_column("installed", no_wrap=True)
    from ..translate.install import satisfies

    for e in entries:
        have = installed.get(e.code)
        if have is None:
            mark = ""
        elif have.package_version == e.package_version or (satisfies(have, e) and have.catalogue_version == e.package_version):
            mark = "yes"
        else:
            mark = f"{have.package_version} (catalogue: {e.package_version})"
        table.add_row(e.code, e.pair, e.package_version, f"{e.from_name} → {e.to_name}", "known" if e.sha256 else "", mark)
    out.print(table)
    err.print(f"{len(entries)} packages; install with: translate-summarize models install LANG", highlight=False)


def _progress():
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn

    return Progress(
        TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(), TimeRemainingColumn(),
        console=err, disable=not is_tty(), transient=False,
    )


@models_app.command("install")
def install(
    codes: Annotated[Optional[list[str]], typer.Argument(help="Source languages (ar sq: their →en packages), or package codes (translate-ar_en), from the catalogue.", show_default=False)] = None,
    file: Annotated[Optional[list[Path]], typer.Option("--file", "-f", help="Install this .argosmodel file (offline; repeatable).")] = None,
    from_: Annotated[Optional[str], typer.Option("--from", help="Install every .argosmodel in this folder (offline). With --ct2: the model's source language (e.g. ar).")] = None,
    ct2: Annotated[Optional[Path], typer.Option("--ct2", help="Install your own CTranslate2 model folder (converted NLLB-200, M2M-100, OPUS-MT...) for --from LANG --to LANG; see docs/models.md.")] = None,
    tokenizer: Annotated[Optional[Path], typer.Option("--tokenizer", help="With --ct2: the model's SentencePiece model (NLLB/M2M-100: sentencepiece.bpe.model), if not in the folder.")] = None,
    source_spm: Annotated[Optional[Path], typer.Option("--source-spm", help="With --ct2: the source-side SentencePiece model of a model with two (OPUS-MT source.spm).")] = None,
    target_spm: Annotated[Optional[Path], typer.Option("--target-spm", help="With --ct2: the target-side SentencePiece model (OPUS-MT target.spm).")] = None,
    source_token: Annotated[Optional[str], typer.Option("--source-token", help="With --ct2: the source language token, if not detected (e.g. arb_Arab, __ar__).")] = None,
    target_token: Annotated[Optional[str], typer.Option("--target-token", help="With --ct2: the target language token, if not detected (e.g. eng_Latn, __en__).")] = None,
    mirror: Annotated[Optional[str], typer.Option("--mirror", help="Download from this base URL instead of the catalogue links (config: models.mirror).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Download and reinstall catalogue packages even when that version is already installed.")] = False,
    to: Annotated[Optional[str], typer.Option("--to", help="Target language for source-language codes (default: languages.target).")] = None,
    catalogue: CatalogueOption = None,
    models_dir: Optional[Path] = ModelsDirOption,
    config: Optional[Path] = ConfigOption,
) -> None:
    """Install packages atomically: extract to a temp folder, validate, rename into place.

    Archives with absolute or '..' paths, symlinks, no metadata.json, no model/, the wrong language pair, a checksum mismatch or an excessive size are rejected and the store is left unchanged. An interrupted download is resumed by running the same command again.
    """
    from ..translate.catalogue import catalogue_path, load_catalogue
    from ..translate.install import InstallResult, install_file, install_from_catalogue, install_from_dir

    from_dir = Path(from_) if from_ and ct2 is None else None
    given = sum(bool(x) for x in (codes, file, from_dir, ct2))
    if given != 1:
        with cli_errors():
            raise ConfigError("give exactly one of: language codes (e.g. 'models install ar sq'), --file X.argosmodel, "
                              "--from DIR, or --ct2 DIR --from LANG")
    ct2_only = {"--tokenizer": tokenizer, "--source-spm": source_spm, "--target-spm": target_spm,
                "--source-token": source_token, "--target-token": target_token}
    if ct2 is None and any(ct2_only.values()):
        with cli_errors():
            raise ConfigError(f"{', '.join(k for k, v in ct2_only.items() if v)}: only with --ct2 DIR")
    settings = _settings(config, models_dir, catalogue, mirror)
    target = to or settings.target_lang
    results: list[InstallResult] = []
    with cli_errors():
        if ct2 is not None:
            from ..translate.ct2_import import install_ct2_folder

            if not from_:
                raise ConfigError("--ct2 needs --from LANG: the model's source language (e.g. --from ar)")
            pkg = install_ct2_folder(ct2, settings.models_dir, from_, target, tokenizer=tokenizer, source_spm=source_spm,
                                     target_spm=target_spm, source_token=source_token, target_token=target_token)
            results.append(InstallResult(str(ct2), pkg))
        elif file:
            for path in file:
                if not path.is_file():
                    raise ConfigError(f"--file: {path}: no such file")
            for path in file:
                try:
                    results.append(InstallResult(str(path), install_file(path, settings.models_dir)))
                except ModelError as exc:  # this file only; the others are still installed
                    results.append(InstallResult(str(path), error=str(exc)))
        elif from_dir:
            results = install_from_dir(from_dir, settings.models_dir)
        else:
            entries = load_catalogue(catalogue_path(settings.catalogue, settings.models_dir))
            with _progress() as progress:
                tasks: dict[str, int] = {}

                def report(label: str, done: int, total: int | None) -> None:
                    if label not in tasks:
                        tasks[label] = progress.add_task(label, total=total, completed=done)
                    progress.update(tasks[label], completed=done, total=total)

                results = install_from_catalogue(
                    codes or [], settings.models_dir, catalogue=entries, mirror=settings.models_mirror,
                    progress=report, target=target, force=force,
                )
    for r in results:
        if r.already_installed and r.package is not None:
            out.print(f"{r.package.model_id} is already installed in {r.package.path} (--force reinstalls it)", highlight=False)
        elif r.ok and r.package is not None:
            p = r.package
            out.print(f"installed {p.model_id} ({p.pair}, {_size(p.size_bytes)}) into {p.path}", highlight=False)
            if p.brought:
                tokens = [f"{what} {token}" for what, token in (("source token", p.source_prefix), ("source end", p.source_suffix),
                                                              ("target prefix", p.target_prefix)) if token]
                out.print(f"    conventions: {', '.join(tokens) or 'none (pieces as they are)'}; check it: translate-summarize "
                          f"models verify", highlight=False, markup=False)
        else:
            err.print(f"[bold red]error:[/] {escape(r.error or '')}", highlight=False)
    failed = [r for r in results if not r.ok]
    if failed:
        err.print(f"{len(failed)} of {len(results)} installs failed; the store was left unchanged for each of them", highlight=False)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@models_app.command("remove")
def remove(
    codes: Annotated[list[str], typer.Argument(help="Packages to remove: source language (ar), code (translate-ar_en), pair (ar_en) or folder name (a broken package's too).", show_default=False)],
    models_dir: Optional[Path] = ModelsDirOption,
    config: Optional[Path] = ConfigOption,
) -> None:
    """Remove installed packages, and broken package folders (each folder is renamed aside atomically, then deleted)."""
    from ..translate.models import BrokenPackage, remove_package

    settings = _settings(config, models_dir)
    with cli_errors():
        for code in codes:
            for p in remove_package(code, settings.models_dir, settings.target_lang):
                if isinstance(p, BrokenPackage):
                    out.print(f"removed broken package folder {p.path}", highlight=False)
                else:
                    out.print(f"removed {p.model_id} ({p.pair}) from {p.path}", highlight=False)


@models_app.command("verify")
def verify(models_dir: Optional[Path] = ModelsDirOption, config: Optional[Path] = ConfigOption) -> None:
    """Load every installed package and translate one sentence with it.

    Status ok; suspect (loaded, but the output looks degenerate: empty, looping or far too long); failed (cannot load or translate). Exit 1 if any package failed, or if none is installed (nothing could be verified).
    """
    from ..translate.verify import verify_packages

    settings = _settings(config, models_dir)
    with cli_errors():
        results = verify_packages(settings.models_dir, settings)
    if not results:
        err.print(f"no packages installed in {settings.models_dir}: nothing to verify; install with: translate-summarize models install ar sq "
                  "(offline: --file X.argosmodel or --from DIR)", highlight=False)
        raise typer.Exit(EXIT_SOME_FAILED)
    table = Table("package", "status", "seconds", "output / error")
    table.columns[0].no_wrap = True
    colour = {"ok": "green", "suspect": "yellow", "failed": "red"}
    for r in results:
        detail = r.error or (r.output[:80] + (f"  [flags: {', '.join(r.flags)}]" if r.flags else ""))
        table.add_row(r.name, f"[{colour[r.status]}]{r.status}[/]", f"{r.seconds:.2f}", escape(detail))
    out.print(table)
    raise typer.Exit(EXIT_SOME_FAILED if any(not r.ok for r in results) else EXIT_OK)
