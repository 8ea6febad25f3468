"""``communique ingest / query / export / actors`` on a real DuckDB file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from communique.cli import app

STORIES = [
    "Grain Corridor Talks Resume\n\nISTANBUL (Wire) - Negotiators from Turkey and Ukraine met on "
    "Monday to reopen the grain corridor, the foreign ministry said.\n",
    "Parliament Approves Budget\n\nLISBON (Wire) - Portugal's parliament approved a budget of "
    "95 billion euros on Wednesday after a long debate, lawmakers said.\n",
    "Border Crossing Reopens\n\nNAIROBI (Wire) - Kenya reopened its border with Somalia on "
    "Thursday, Interior Minister Ruth Otieno told reporters.\n",
]


@pytest.fixture()
def cli(pipeline):
    pipeline.nlp  # noqa: B018  (reuse the session's model in this process)
    runner = CliRunner()

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, [*args], catch_exceptions=False)

    return run


@pytest.fixture()
def stored(cli, tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(STORIES):
        (folder / f"s{i}.txt").write_text(text, "utf-8")
    db = tmp_path / "news.duckdb"
    result = cli("ingest", str(folder), "--db", str(db), "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert "3 stored" in result.stderr
    return db


def query(cli, db: Path, sql: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    result = cli("query", "--db", str(db), "--format", "csv", sql)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_ingest_twice_and_resume_keep_the_counts(cli, stored, tmp_path):
    sql = "SELECT (SELECT count(*) FROM articles) a, (SELECT count(*) FROM mentions) m"
    before = query(cli, stored, sql)
    again = cli("ingest", str(tmp_path / "in"), "--db", str(stored), "--workers", "1")
    assert again.exit_code == 0 and "3 stored" in again.stderr
    resumed = cli("ingest", str(tmp_path / "in"), "--db", str(stored), "--resume")
    assert resumed.exit_code == 0
    assert "3 skipped (already stored), 0 parsed, 0 stored" in resumed.stderr
    assert query(cli, stored, sql) == before
    assert before[0]["a"] == "3"


def test_ingest_reports_bad_inputs_and_exits_1(cli, stored, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00" * 30)
    result = cli("ingest", str(bad), str(tmp_path / "in" / "s0.txt"), "--db", str(stored))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(f"communique: {bad}: [E1")
    assert query(cli, stored, "SELECT count(*) n FROM articles") == [{"n": "3"}]


def test_query_is_read_only(cli, stored):
    rows = query(cli, stored, "SELECT title FROM articles ORDER BY title")
    assert [r["title"] for r in rows] == sorted(s.splitlines()[0] for s in STORIES)
    for sql in ("DELETE FROM articles", "CREATE TABLE t (x INT)", "UPDATE meta SET value = '2'"):
        refused = cli("query", "--db", str(stored), sql)
        assert refused.exit_code == 1
        assert "[E301]" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert query(cli, stored, "SELECT count(*) n FROM articles") == [{"n": "3"}]
    jl = cli(
        "query", "--db", str(stored), "--format", "jsonl", "SELECT id, published FROM articles"
    )
    assert len([json.loads(x) for x in jl.stdout.splitlines()]) == 3
    assert "3 row(s)" in cli("query", "--db", str(stored), "SELECT id FROM articles").stdout


def test_missing_or_newer_store_is_a_usage_error(cli, stored, tmp_path):
    missing = cli("query", "--db", str(tmp_path / "none.duckdb"), "SELECT 1")
    assert missing.exit_code == 2 and "[E305]" in missing.stderr
    con = duckdb.connect(str(stored))
    con.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    con.close()
    newer = cli("ingest", str(tmp_path / "in"), "--db", str(stored))
    assert newer.exit_code == 2 and "[E300]" in newer.stderr


@pytest.mark.parametrize(
    "fmt,reader", [("csv", "read_csv"), ("parquet", "read_parquet"), ("jsonl", "read_json")]
)
def test_export_round_trips_row_counts(cli, stored, tmp_path, fmt, reader):
    out = tmp_path / f"export-{fmt}"
    result = cli("export", "--db", str(stored), "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.stderr
    con = duckdb.connect(str(stored), read_only=True)
    files = sorted(out.iterdir())
    assert len(files) == 11
    for f in files:
        (want,) = con.execute(f"SELECT count(*) FROM {f.stem}").fetchall()[0]
        (got,) = con.execute(f"SELECT count(*) FROM {reader}(?)", [str(f)]).fetchall()[0]
        assert got == want, f.name
    con.close()


def test_actors_lists_what_is_stored(cli, stored):
    rows = query(cli, stored, "SELECT DISTINCT name FROM actors")
    result = cli("actors", "--db", str(stored))
    assert result.exit_code == 0
    for r in rows:
        assert r["name"] in result.stdout
    assert cli("actors", "--db", str(stored), "--name", "zzzz-nobody").exit_code == 1
