"""The Ray engine (issue 20): same records as a local ingest, a killed worker retried with every
article exactly once, Parquet loaded (idempotently) and queried in place, and a one-line error
naming the extra when Ray is absent. The Ray tests start a 2-CPU local cluster themselves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

from communique.settings import load_settings
from communique.store import Store
from communique.store.load import load, open_parquet

ROOT = Path(__file__).resolve().parents[1]
NAEB = Path(
    os.environ.get("COMMUNIQUE_NAEB")
    or ROOT.parent / "shared" / "corpus" / "naeb" / "articles.jsonl"
)
N = 6


@pytest.fixture(scope="module")
def ray_local():
    ray = pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    if not NAEB.is_file():
        pytest.skip("the NAEB corpus (../shared) is absent")
    lines = NAEB.read_text("utf-8").splitlines(keepends=True)[:N]
    path = tmp_path_factory.mktemp("in") / "naeb.jsonl"
    path.write_text("".join(lines), "utf-8")
    return path


def _settings():
    return load_settings(workers=1, batch_size=2)


def _rows(db: Path, sql: str) -> list[tuple]:
    with Store.open(db, read_only=True) as store:
        return store.query(sql)[1]


def _kill_once(where: str, items: list) -> None:
    """Before a batch: the first time only, kill this actor's process (SIGKILL, no cleanup)."""
    marker = Path(where)
    if not marker.exists():
        marker.write_text(str(os.getpid()))
        os.kill(os.getpid(), signal.SIGKILL)


def test_ray_matches_local_and_loads_idempotently(ray_local, articles, tmp_path):
    from communique.engines.ray import run
    from communique.pipeline import Pipeline
    from communique.readers import read
    from communique.store import ingest

    settings = _settings()
    stats = run([str(articles)], tmp_path / "out", settings, workers=2)
    assert (stats.read, stats.stored, stats.failed) == (N, N, 0)
    with Store.open(tmp_path / "ray.duckdb") as store:
        assert load(store, tmp_path / "out") == N
        first = store.counts()
        assert load(store, tmp_path / "out") == N  # again: nothing doubled
        assert store.counts() == first
    with Store.open(tmp_path / "local.duckdb") as store:
        ingest(store, read([str(articles)]), Pipeline(settings))
        assert store.counts() == first
    sql = "SELECT id, record::VARCHAR FROM articles ORDER BY id"
    assert _rows(tmp_path / "ray.duckdb", sql) == _rows(tmp_path / "local.duckdb", sql)
    items = "SELECT * FROM events ORDER BY ALL"
    assert _rows(tmp_path / "ray.duckdb", items) == _rows(tmp_path / "local.duckdb", items)
    view = open_parquet(tmp_path / "out")
    assert view.query("SELECT count(DISTINCT id) FROM articles")[1] == [(N,)]
    view.close()


def test_killed_worker_is_retried_and_every_article_is_there_once(ray_local, articles, tmp_path):
    import ray.cloudpickle

    from communique.engines.ray import run

    marker = tmp_path / "killed"
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        kill = partial(_kill_once, str(marker))
        stats = run([str(articles)], tmp_path / "out", _settings(), before_batch=kill)
    finally:
        ray.cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert marker.exists()  # a worker really died mid-run
    assert (stats.read, stats.stored, stats.failed) == (N, N, 0)
    view = open_parquet(tmp_path / "out")
    ids = view.query("SELECT id, count(*) FROM articles GROUP BY id")[1]
    view.close()
    assert len(ids) == N and all(n == 1 for _, n in ids)


def test_query_parquet_refuses_writes_and_other_files(ray_local, articles, tmp_path):
    from communique.engines.ray import run
    from communique.errors import StoreError

    run([str(articles)], tmp_path / "out", _settings())
    view = open_parquet(tmp_path / "out")
    for sql in (
        f"COPY (SELECT 1) TO '{tmp_path}/out/articles/x.csv'",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT 1; SELECT 2",
    ):
        with pytest.raises(StoreError):
            view.query(sql)
    view.close()


def test_without_ray_the_engine_fails_with_one_line_naming_the_extra(tmp_path):
    block = (
        "import sys; sys.modules['ray'] = None; sys.modules['ray.data'] = None; "
        "from communique.cli import app; app()"
    )
    src = tmp_path / "a.txt"
    src.write_text("Officials met in Jakarta on Tuesday.\n", "utf-8")
    cmd = [sys.executable, "-c", block, "ingest", str(src), "--engine", "ray", "--out", "o"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "communique[ray]" in lines[0] and "[E030]" in lines[0]
