"""Ingest with the real pipeline into a real DuckDB file: twice gives the same counts, --resume
hands only unstored articles to the pipeline, and every stored article is whole."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from communique.errors import CommuniqueError
from communique.pipeline import Pipeline
from communique.record import ArticleRecord
from communique.store import TABLES, Store, expected_counts, ingest

CITIES = ["Lima", "Oslo", "Hanoi", "Nairobi", "Quito", "Riga", "Accra", "Dhaka", "Porto", "Sofia"]


def write_articles(folder: Path, n: int, start: int = 0) -> list[Path]:
    """``n`` short wire stories of our own, each different (so each has its own id)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        city = CITIES[i % len(CITIES)]
        text = (
            f"Envoys Meet in {city} for Round {i}\n\n"
            f"{city.upper()} (Wire) - Trade ministers from {i % 7 + 2} countries met in {city} on "
            f"Tuesday and agreed to cut tariffs by {i % 9 + 1} percent, officials said.\n\n"
            f'"We are closer than ever," the host minister told reporters after round {i}.\n'
        )
        path = folder / f"story-{i:04d}.txt"
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


class CountingPipeline(Pipeline):
    """The real pipeline, noting every article it is asked to prepare (and so to parse)."""

    def __init__(self) -> None:
        from communique.settings import load_settings

        super().__init__(load_settings(workers=1))
        self.prepared: list[str] = []

    def prepare(self, raw):  # type: ignore[no-untyped-def]
        self.prepared.append(raw.input)
        return super().prepare(raw)


@pytest.fixture()
def counting(pipeline) -> CountingPipeline:
    pipeline.nlp  # noqa: B018  (the session's model is loaded once; load_nlp caches it)
    return CountingPipeline()


def articles(paths: list[Path]):  # type: ignore[no-untyped-def]
    from communique.readers import read

    return read([str(p) for p in paths])


def assert_whole(store: Store) -> int:
    """Every stored article has exactly its record's rows in every table; returns how many."""
    records = [
        ArticleRecord.model_validate_json(r[0])
        for r in store.con.execute("SELECT record FROM articles").fetchall()
    ]
    want = dict.fromkeys(TABLES, 0)
    for rec in records:
        for table, n in expected_counts(rec).items():
            want[table] += n
    assert store.counts() == want
    ids = [r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()]
    assert len(ids) == len(set(ids))
    return len(records)


def test_ingesting_a_directory_twice_keeps_the_counts(tmp_path, counting):
    paths = write_articles(tmp_path / "in", 6)
    errors: list[CommuniqueError] = []
    with Store.open(tmp_path / "s.duckdb") as store:
        first = ingest(store, articles(paths), counting, commit_every=4, on_error=errors.append)
        assert errors == []
        assert (first.read, first.parsed, first.stored, first.failed) == (6, 6, 6, 0)
        counts = store.counts()
        assert counts["articles"] == 6
        second = ingest(store, articles(paths), counting, commit_every=4)
        assert (second.stored, second.skipped) == (6, 0)
        assert store.counts() == counts
        assert assert_whole(store) == 6


def test_resume_hands_only_unstored_articles_to_the_pipeline(tmp_path, counting):
    old = write_articles(tmp_path / "in", 4)
    with Store.open(tmp_path / "s.duckdb") as store:
        ingest(store, articles(old), counting)
        new = write_articles(tmp_path / "in", 3, start=4)
        counting.prepared.clear()
        stats = ingest(store, articles(sorted(old + new)), counting, resume=True)
        assert counting.prepared == [str(p) for p in new]
        assert (stats.read, stats.skipped, stats.parsed, stats.stored) == (7, 4, 3, 3)
        counting.prepared.clear()
        again = ingest(store, articles(old + new), counting, resume=True)
        assert counting.prepared == []
        assert (again.skipped, again.parsed, again.stored) == (7, 0, 0)
        assert assert_whole(store) == 7


def test_bad_inputs_are_reported_and_the_rest_stored(tmp_path, counting):
    paths = write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "empty.txt").write_text("  \n")
    (tmp_path / "in" / "blob.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    errors: list[CommuniqueError] = []
    with Store.open(tmp_path / "s.duckdb") as store:
        stats = ingest(
            store, articles(sorted((tmp_path / "in").iterdir())), counting, on_error=errors.append
        )
        assert (stats.stored, stats.failed) == (2, 2)
        assert sorted(Path(e.input or "").name for e in errors) == ["blob.txt", "empty.txt"]
        assert store.stored_ids([]) == set()
        assert len(paths) == assert_whole(store)


def run_cli(*args: str, **kw):  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-m", "communique", *args],
        capture_output=True,
        text=True,
        timeout=300,
        **kw,
    )


def story_lines(folder: Path, n: int) -> list[str]:
    """The stories of ``write_articles`` as JSON Lines (one article per line)."""
    return [json.dumps({"text": p.read_text("utf-8")}) + "\n" for p in write_articles(folder, n)]


def test_a_killed_ingest_resumes_with_no_duplicates_and_no_loss(tmp_path):
    """The ingest reads stdin, so the test decides how far it can get: 20 articles in batches of
    4, a commit every 8; after the commit at 16 it parses 17-20 (never committed) and waits for
    more input. SIGKILL then must leave exactly the 16 committed articles, each whole."""
    from communique.record import article_id

    n = 30
    lines = story_lines(tmp_path / "stories", n)
    db = tmp_path / "s.duckdb"
    env = {**os.environ, "COMMUNIQUE_BATCH_SIZE": "4"}
    cmd = [
        sys.executable,
        "-m",
        "communique",
        "ingest",
        "-",
        "--db",
        str(db),
        "--workers",
        "1",
        "--commit-every",
        "8",
        "--verbose",
    ]
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.write("".join(lines[:20]))
    proc.stdin.flush()
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if "committed, 16 stored" in line:
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, seen
    with Store.open(db, read_only=True) as store:
        assert assert_whole(store) == 16
    (tmp_path / "all.jsonl").write_text("".join(lines), "utf-8")
    again = run_cli(
        "ingest", str(tmp_path / "all.jsonl"), "--db", str(db), "--workers", "1", "--resume"
    )
    assert again.returncode == 0, again.stderr
    assert "16 skipped (already stored), 14 parsed, 14 stored" in again.stderr
    with Store.open(db, read_only=True) as store:
        assert assert_whole(store) == n
        ids = {r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()}
    assert ids == {article_id(json.loads(line)["text"]) for line in lines}
