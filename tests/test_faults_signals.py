"""Faults from outside: a killed parent leaves no worker behind; SIGINT/SIGTERM end a command
with one line, exit 130/143 and a consistent store. Real processes, real signals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from communique.store import Store
from test_store_ingest import assert_whole, story_lines

MINUTE = 60


def ingest_from_stdin(db: Path, workers: int, env_extra: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """``communique ingest -`` that commits every 2 articles and says so on stderr."""
    env = {**os.environ, "COMMUNIQUE_BATCH_SIZE": "2", **(env_extra or {})}
    cmd = [sys.executable, "-m", "communique", "ingest", "-", "--db", str(db)]
    cmd += ["--workers", str(workers), "--commit-every", "2", "--verbose"]
    return subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for(proc: subprocess.Popen, text: str) -> list[str]:  # type: ignore[type-arg]
    seen = []
    assert proc.stderr is not None
    for line in proc.stderr:
        seen.append(line)
        if text in line:
            return seen
    raise AssertionError(f"never saw {text!r}: {seen}")


def alive(procs: list[psutil.Process]) -> list[psutil.Process]:
    """Those still running (a zombie waiting for its reaper has ended)."""
    out = []
    for p in procs:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except psutil.NoSuchProcess:
            pass
    return out


def feed(proc: subprocess.Popen, tmp_path: Path, n: int = 8) -> None:  # type: ignore[type-arg]
    assert proc.stdin is not None
    proc.stdin.write("".join(story_lines(tmp_path / "stories", n)))
    proc.stdin.flush()  # stdin stays open: the ingest waits for more, workers alive


def test_sigkill_of_the_parent_leaves_no_live_worker(tmp_path):
    proc = ingest_from_stdin(tmp_path / "s.duckdb", workers=2)
    children: list[psutil.Process] = []
    try:
        feed(proc, tmp_path)
        wait_for(proc, "committed, 2 stored")
        children = psutil.Process(proc.pid).children(recursive=True)
        assert len(children) >= 2, children  # two workers (and the resource tracker)
        proc.send_signal(signal.SIGKILL)  # the parent only, as `kill -9 PID` does
        proc.wait(timeout=MINUTE)
        gone_by = time.monotonic() + 5
        while alive(children) and time.monotonic() < gone_by:
            time.sleep(0.2)
        left = alive(children)
        assert not left, [(p.pid, p.cmdline()) for p in left]
    finally:
        if proc.poll() is None:
            proc.kill()
        for p in alive(children):
            p.kill()  # only on failure: never leave the orphans this test looks for


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_ends_ingest_with_one_line_and_no_orphan(tmp_path, signum, code):
    db = tmp_path / "s.duckdb"
    proc = ingest_from_stdin(db, workers=2)
    feed(proc, tmp_path)
    wait_for(proc, "committed, 2 stored")
    children = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=MINUTE)
    assert proc.returncode == code, err
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if "[E002]" in ln]
    assert len(lines) == 1 and signal.Signals(signum).name in lines[0], err
    time.sleep(1)
    assert not alive(children)
    with Store.open(db, read_only=True) as store:
        assert assert_whole(store) >= 2


WRITER = """
import os, signal, sys, threading
from communique.cli import run
from communique.interrupt import interruptible
from communique.record import ArticleRecord
from communique.store import Store

rec = ArticleRecord.model_validate_json(open(sys.argv[2], encoding="utf-8").read())
clones = []
for i in range(int(sys.argv[4])):
    r = rec.model_copy(deep=True)
    r.article.id = f"{i:064x}"
    clones.append(r)
with interruptible(), Store.open(sys.argv[1]) as store:
    store.write([rec])
    threading.Timer(float(sys.argv[3]), os.kill, (os.getpid(), signal.SIGINT)).start()
    store.write(clones)
    sys.exit(0)
"""


@pytest.mark.parametrize("delay", [0.05, 0.4, 0.9])
def test_sigint_during_a_store_write_rolls_back_the_batch(tmp_path, pipeline, delay):
    """The signal lands while Store.write builds, inserts or commits a batch of 1,500 records:
    rc 130, one line, and the store holds whole articles only (the batch entirely or not)."""
    from importlib import resources

    from communique.pipeline import RawArticle

    text = resources.files("communique").joinpath("examples", "summit.txt").read_text("utf-8")
    rec = pipeline.extract(RawArticle(text=text, input="summit"))
    (tmp_path / "rec.json").write_text(rec.model_dump_json(), "utf-8")
    (tmp_path / "w.py").write_text(WRITER, "utf-8")
    db = tmp_path / "s.duckdb"
    n = 1500
    res = subprocess.run(
        [
            sys.executable,
            str(tmp_path / "w.py"),
            str(db),
            str(tmp_path / "rec.json"),
            str(delay),
            str(n),
        ],
        capture_output=True,
        text=True,
        timeout=MINUTE * 2,
    )
    assert res.returncode == 130, res.stderr
    assert "Traceback" not in res.stderr
    assert len(res.stderr.splitlines()) == 1 and "[E002]" in res.stderr, res.stderr
    with Store.open(db, read_only=True) as store:
        assert assert_whole(store) in {1, n + 1}
