"""Scale-out on Dask: a LocalCluster (2 worker processes, 127.0.0.1) gives the in-process output.

The workload: the five seeds (with their memory), 20 NTREX documents on the Arabic side (NTREX
ar→en pairs as memory) and 6 on the Albanian side with no memory, which a synthetic sq→en model
(real CTranslate2 decoding) translates on the workers. The model copies its input
(``translate_summarize.translate.copy_model``), so each model segment's English is known exactly
(its source through the tokenizer) and does not depend on how texts are batched, in-process
(``run.chunk_articles``) or on Dask: the executor is what is compared.
"""

from __future__ import annotations

import builtins
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from runhelpers import invoke, read_jsonl
from translate_summarize.errors import ConfigError
from translate_summarize.pipeline import run
from translate_summarize.settings import Settings
from translate_summarize.translate.engine import load_tokenizer
from translate_summarize.translate.install import install_file
from translate_summarize.translate.models import find_package
from translate_summarize.translate.synthetic import build_argos_package

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from scale_corpus import write_corpus  # noqa: E402

pytestmark = pytest.mark.slow

RUN_DATE = "2026-03-02"
MEMORY_DOCS, MODEL_DOCS = 20, 6
TOTAL = 5 + MEMORY_DOCS + MODEL_DOCS


@pytest.fixture(scope="module")
def workload(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("dask-workload")
    corpus = write_corpus(root / "ntrex", MEMORY_DOCS, MODEL_DOCS)
    models = root / "models"
    install_file(build_argos_package(root / "archives", "sq", "en"), models)
    return {
        "root": root,
        "inputs": [str(p) for p in sorted(seeds_dir.glob("*.txt"))] + [str(corpus.pages)],
        "memory": [seeds_dir / "translation_memory.jsonl", corpus.memory],
        "models": models,
        "corpus": corpus,
    }


@pytest.fixture(scope="module")
def client() -> Any:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, scheduler_port=0) as cluster, Client(cluster) as c:
        yield c


def _settings(workload: dict[str, Any], out: Path, **kw: Any) -> Settings:
    return Settings(models_dir=workload["models"], output_dir=out, threads=1, dask_partition_segments=60, **kw)


def _sorted_lines(path: Path) -> list[str]:
    """The JSONL lines, sorted, without the run_id each run stamps on them."""
    return sorted(json.dumps({k: v for k, v in json.loads(line).items() if k != "run_id"}, ensure_ascii=False)
                  for line in path.read_text(encoding="utf-8").splitlines())


def _cached_model_rows(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute(
            "SELECT source_lang, target_lang, key, model_id, target, score FROM pairs WHERE origin = 'model'"
        ).fetchall())


@pytest.fixture(scope="module")
def reference(workload: dict[str, Any]) -> Any:
    """The in-process run of the workload."""
    out = workload["root"] / "inproc"
    return run(_settings(workload, out), workload["inputs"], memory_files=workload["memory"], run_date=RUN_DATE)


def test_same_output_as_in_process(workload: dict[str, Any], reference: Any, client: Any) -> None:
    from translate_summarize.dask_executor import DaskExecutor

    out = workload["root"] / "dask"
    executor = DaskExecutor(client=client)
    result = run(_settings(workload, out), workload["inputs"], memory_files=workload["memory"], run_date=RUN_DATE,
                 executor=executor)

    assert reference.counts == {"ok": TOTAL, "skipped": 0, "failed": 0}
    assert result.counts == reference.counts
    for name in ("articles.jsonl", "topics.jsonl", "errors.jsonl"):
        assert _sorted_lines(result.output_dir / name) == _sorted_lines(reference.output_dir / name), name

    # the workload really exercised both paths: memory (ar, seeds) and the model on the workers (sq)
    origins: dict[str, int] = {}
    for record in read_jsonl(result.output_dir / "articles.jsonl"):
        for seg in record["segments"]:
            origins[seg["origin"]] = origins.get(seg["origin"], 0) + 1
    assert origins.get("model", 0) >= workload["corpus"].model_segments - MODEL_DOCS  # datelines become metadata
    assert origins.get("memory", 0) > 300
    # every model segment is its source's copy, exactly, with the copy model's score
    tokenizer = load_tokenizer(find_package(workload["models"], "sq", "en"))
    model_segments = [seg for r in read_jsonl(result.output_dir / "articles.jsonl") for seg in r["segments"]
                      if seg["origin"] == "model"]
    assert model_segments and all(
        (seg["en"], seg["score"], seg["flags"]) == (tokenizer.decode(tokenizer.encode(seg["source"])).lstrip(" "), 0.0, [])
        for seg in model_segments
    )

    # new translations came back to the client's memory: same cache rows as the in-process run
    rows = _cached_model_rows(out / "memory.sqlite")
    assert rows and rows == _cached_model_rows(workload["root"] / "inproc" / "memory.sqlite")

    info = json.loads((result.output_dir / "run.json").read_text(encoding="utf-8"))["executor"]
    assert info["name"] == "dask" and info["workers"] == 2 and info["scheduler"].startswith("tcp://127.0.0.1:")
    assert info["partitions"] >= 4
    per_worker = info["per_worker"]
    assert sum(w["articles"] for w in per_worker.values()) == TOTAL
    assert sum(w["partitions"] for w in per_worker.values()) == info["partitions"]
    segments = sum(len(r["segments"]) for r in read_jsonl(result.output_dir / "articles.jsonl"))
    assert sum(w["segments"] for w in per_worker.values()) == segments
    # each worker process loaded the sq->en model at most once, however many partitions it ran
    loads = [w.get("model_loads", {}) for w in per_worker.values()]
    assert all(load.get("sq->en", 0) <= 1 for load in loads) and sum(load.get("sq->en", 0) for load in loads) >= 1


def test_syndicated_copies_as_in_process(workload: dict[str, Any], client: Any, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Three Albanian texts in six JSONL records (one wire text in three outlets, one in two), far
    apart in the input and one article per partition: as in-process, every text goes to the model once,
    and the copy groups and "also in" lines are the same."""
    from collections import Counter

    from translate_summarize.dask_executor import DaskExecutor
    from translate_summarize.translate.memory import TranslationMemory

    texts = [p.read_text(encoding="utf-8") for p in sorted(workload["corpus"].pages.glob("*_sq_00.txt"))[:3]]
    order = [(0, "Gazeta A"), (1, "Gazeta A"), (2, "Gazeta B"), (0, "Gazeta B"), (1, "Gazeta D"), (0, "Gazeta C")]
    src = tmp_path / "night.jsonl"
    src.write_text("".join(
        json.dumps({"url": f"https://{outlet[-1].lower()}.example/{n}", "outlet": outlet, "text": texts[n], "lang": "sq"},
                   ensure_ascii=False) + "\n" for n, outlet in order), encoding="utf-8")
    sent: dict[str, Counter[str]] = {}
    put = TranslationMemory.put_translations

    def recording_put(self: TranslationMemory, source_lang: str, target_lang: str, items: Any, *, model_id: str) -> int:
        items = list(items)
        sent.setdefault(self.path.parent.name, Counter()).update(s for s, _, _ in items)
        return put(self, source_lang, target_lang, items, model_id=model_id)

    monkeypatch.setattr(TranslationMemory, "put_translations", recording_put)
    settings = _settings(workload, tmp_path / "inproc").replace(dask_partition_segments=5)
    inproc = run(settings, [str(src)], run_date=RUN_DATE)
    dask = run(settings.replace(output_dir=tmp_path / "dask"), [str(src)], run_date=RUN_DATE,
               executor=DaskExecutor(client=client))

    assert json.loads((dask.output_dir / "run.json").read_text(encoding="utf-8"))["executor"]["partitions"] >= 3
    assert sent["inproc"] and sent["dask"] == sent["inproc"] and max(sent["dask"].values()) == 1
    for name in ("articles.jsonl", "topics.jsonl"):
        assert _sorted_lines(dask.output_dir / name) == _sorted_lines(inproc.output_dir / name), name
    by_line = {r["source_file"].rsplit(":", 1)[1]: r["id"] for r in read_jsonl(dask.output_dir / "articles.jsonl")}
    copies = sorted(sorted(g) for t in read_jsonl(dask.output_dir / "topics.jsonl") for g in t["copies"])
    assert copies == sorted([sorted(by_line[k] for k in "146"), sorted(by_line[k] for k in "25")])
    also = [line for line in (dask.output_dir / "brief.md").read_text(encoding="utf-8").splitlines() if "also in:" in line]
    assert len(also) == 2
    assert also == [line for line in (inproc.output_dir / "brief.md").read_text(encoding="utf-8").splitlines() if "also in:" in line]


class _KillOnFirstResult:
    """A progress reporter that SIGKILLs one worker process when the first partition comes back."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.killed: int | None = None
        self.done_at_kill = 0
        self.done = 0

    def stage_start(self, stage: str, total: int | None = None) -> None:
        pass

    def advance(self, stage: str, n: int = 1) -> None:
        if stage != "translate":
            return
        self.done += n
        if self.killed is None:
            pids = self.client.run(os.getpid)
            self.killed = pids[sorted(pids)[0]]
            self.done_at_kill = self.done
            os.kill(self.killed, signal.SIGKILL)

    def stage_end(self, stage: str, seconds: float | None = None) -> None:
        pass


def test_worker_killed_mid_run_loses_nothing(workload: dict[str, Any], reference: Any, client: Any) -> None:
    from translate_summarize.dask_executor import DaskExecutor

    out = workload["root"] / "killed"
    reporter = _KillOnFirstResult(client)
    settings = _settings(workload, out).replace(dask_partition_segments=20)
    result = run(settings, workload["inputs"], memory_files=workload["memory"], run_date=RUN_DATE,
                 executor=DaskExecutor(client=client), reporter=reporter)

    assert reporter.killed is not None and reporter.done_at_kill < TOTAL  # killed while partitions were in flight
    assert reporter.done == TOTAL
    assert result.counts == {"ok": TOTAL, "skipped": 0, "failed": 0}
    ids = [r["id"] for r in read_jsonl(result.output_dir / "articles.jsonl")]
    assert len(ids) == len(set(ids)) == TOTAL
    assert _sorted_lines(result.output_dir / "articles.jsonl") == _sorted_lines(reference.output_dir / "articles.jsonl")
    client.wait_for_workers(2, timeout=60)  # the nanny restarted the killed worker
    assert reporter.killed not in client.run(os.getpid).values()


def test_missing_dask_extra_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeds_dir: Path) -> None:
    real_import = builtins.__import__

    def no_dask(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.split(".")[0] in ("dask", "distributed"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    out = tmp_path / "out"
    result = invoke(["run", str(seeds_dir / "000_24618d5ee539ec34.txt"), "--out", str(out), "--workers", "2", "-q"])
    assert result.exit_code == 2
    assert "pip install 'translate-summarize[dask]'" in result.stderr
    assert "--scheduler/--workers" in result.stderr
    assert not out.exists()


def test_scheduler_and_workers_exclude_each_other(tmp_path: Path, seeds_dir: Path) -> None:
    result = invoke(["run", str(seeds_dir), "--out", str(tmp_path / "o"), "--workers", "2",
                     "--scheduler", "tcp://127.0.0.1:1", "-q"])
    assert result.exit_code == 2
    assert "--scheduler and --workers" in result.stderr


def test_worker_without_the_model_is_named(workload: dict[str, Any], tmp_path: Path) -> None:
    """One worker runs where the (relative) models dir has sq->en, another where it has nothing."""
    from distributed import Client, LocalCluster

    from translate_summarize.dask_executor import DaskExecutor

    with_models, without = tmp_path / "a", tmp_path / "b"
    shutil.copytree(workload["models"], with_models / "models")
    without.mkdir()
    old = Path.cwd()
    os.chdir(with_models)
    proc = None
    try:
        with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, scheduler_port=0) as cluster:
            proc = subprocess.Popen(
                [str(Path(sys.executable).parent / "dask"), "worker", cluster.scheduler_address, "--nthreads", "1",
                 "--name", "bare-worker", "--host", "127.0.0.1", "--no-dashboard", "--nanny"],
                cwd=without, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            with Client(cluster) as c:
                c.wait_for_workers(2, timeout=120)
                settings = Settings(models_dir=Path("models"), output_dir=tmp_path / "out")
                with pytest.raises(ConfigError) as info:
                    DaskExecutor(client=c).preflight(settings)
    finally:
        os.chdir(old)
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    message = str(info.value)
    assert "(name bare-worker)" in message
    assert "has no sq->en model (translate-sq_en@1.0 wanted)" in message
    assert "translate-summarize models install sq --models-dir models" in message


def test_partitions_follow_segment_estimates(workload: dict[str, Any]) -> None:
    from translate_summarize.article import Article
    from translate_summarize.dask_executor import estimate_segments, partition

    a = Article(id="a", source_file="a", raw="Title\n\nOne. Two! Three?\n\nFour.\n")  # 1 + 3 + 1
    b = Article(id="b", source_file="b", raw="مرحبا. كيف حالك؟\n")
    c, d = a.replace(id="c", raw=a.raw + "Five.\n"), b.replace(id="d", raw="مرحبا.\n")  # 6, 1
    assert estimate_segments(a) == 5 and estimate_segments(b) == 2
    assert [[x.id for x in p] for p in partition([a, b, c, d], max_segments=7)] == [["a", "b"], ["c", "d"]]
    assert [[x.id for x in p] for p in partition([a, b, c, d], max_segments=100, min_parts=2)] == [["a", "b"], ["c", "d"]]
    assert [[x.id for x in p] for p in partition([a, b, c, d], max_segments=4)] == [["a"], ["b"], ["c"], ["d"]]
    # the records of one text (syndicated copies) go with the first, and count once
    a2, b2 = a.replace(id="a2", source_file="a2"), b.replace(id="b2", source_file="b2")
    assert [[x.id for x in p] for p in partition([a, b, c, a2, d, b2], max_segments=4)] == [["a", "a2"], ["b", "b2"], ["c"], ["d"]]
    assert [[x.id for x in p] for p in partition([a, b, a2, b2], max_segments=7)] == [["a", "a2", "b", "b2"]]


def test_task_failure_marks_only_its_partition(workload: dict[str, Any], reference: Any) -> None:
    """No reruns allowed (allowed-failures 0, retries 0): the partitions running on a killed worker
    fail with KilledWorker; their articles, and only theirs, are marked failed; the rest are ok."""
    import dask
    from distributed import Client, LocalCluster

    from translate_summarize.dask_executor import DaskExecutor

    out = workload["root"] / "no-retry"
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                         dashboard_address=None, scheduler_port=0) as cluster, Client(cluster) as c:
        reporter = _KillOnFirstResult(c)
        settings = _settings(workload, out).replace(dask_partition_segments=20)
        result = run(settings, workload["inputs"], memory_files=workload["memory"], run_date=RUN_DATE,
                     executor=DaskExecutor(client=c, retries=0), reporter=reporter)

    records = read_jsonl(result.output_dir / "articles.jsonl")
    assert len({r["id"] for r in records}) == len(records) == TOTAL
    failed = [r for r in records if r["status"] == "failed"]
    assert failed and result.counts == {"ok": TOTAL - len(failed), "skipped": 0, "failed": len(failed)}
    assert all(r["stage"] in ("extract", "translate") and "KilledWorker" in r["reason"] for r in failed)
    assert sorted(json.loads(line)["id"] for line in (result.output_dir / "errors.jsonl").read_text().splitlines()) \
        == sorted(r["id"] for r in failed)
    info = json.loads((result.output_dir / "run.json").read_text(encoding="utf-8"))["executor"]
    assert info["failed_partitions"] >= 1
    assert sum(w["articles"] for w in info["per_worker"].values()) == TOTAL - len(failed)
    # the articles that did come back are the in-process ones (topics differ: fewer articles to group)
    masked = {"topic_id": None, "story_id": None, "run_id": None}
    expected = {r["id"]: {**r, **masked} for r in read_jsonl(reference.output_dir / "articles.jsonl")}
    ok = [r for r in records if r["status"] == "ok"]
    assert len(ok) == TOTAL - len(failed)
    assert all({**r, **masked} == expected[r["id"]] for r in ok)


def test_cli_workers_runs_the_seeds(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "out"
    models = tmp_path / "models"
    models.mkdir()
    result = invoke(["run", str(seeds_dir / "*.txt"), "--memory", str(seeds_dir / "translation_memory.jsonl"), "--out", str(out),
                     "--models-dir", str(models), "--workers", "2", "--run-date", RUN_DATE, "-q"])
    assert result.exit_code == 0, result.stderr
    run_info = json.loads((out / RUN_DATE / "run.json").read_text(encoding="utf-8"))
    info = run_info["executor"]
    assert info["name"] == "dask" and info["cluster"] == "local" and info["workers"] == 2
    assert sum(w["articles"] for w in info["per_worker"].values()) == 5
    assert run_info["settings"]["dask.workers"] == 2
    assert [r["status"] for r in read_jsonl(out / RUN_DATE / "articles.jsonl")] == ["ok"] * 5


def test_cli_scheduler_uses_a_running_cluster(tmp_path: Path, seeds_dir: Path, client: Any) -> None:
    out = tmp_path / "out"
    models = tmp_path / "models"
    models.mkdir()
    address = client.scheduler.address
    result = invoke(["run", str(seeds_dir / "*.txt"), "--memory", str(seeds_dir / "translation_memory.jsonl"), "--out", str(out),
                     "--models-dir", str(models), "--scheduler", address, "--run-date", RUN_DATE, "-q"])
    assert result.exit_code == 0, result.stderr
    info = json.loads((out / RUN_DATE / "run.json").read_text(encoding="utf-8"))["executor"]
    assert info["name"] == "dask" and info["cluster"] == "external" and info["scheduler"] == address
    assert info["workers"] == 2 and sum(w["articles"] for w in info["per_worker"].values()) == 5
    assert client.scheduler_info()["workers"]  # the cluster is still up: the run closed only its own client
