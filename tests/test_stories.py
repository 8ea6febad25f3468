"""Story events: two articles on one meeting are one story event, kept current on every write,
the same whatever the order, batches or re-ingests; and the GDELT / POLECAT exports."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.store import TABLES, Store
from communique.store.duckdb import MIGRATIONS, _script
from communique.store.exports import GDELT_COLUMNS
from communique.store.story import rebuild

# Two reports of one meeting, in different words, from two outlets (written for this test).
MEETING = [
    {
        "source": "wire.example",
        "url": "https://wire.example/xi-macron",
        "published": "2023-04-06",
        "text": "Xi and Macron hold talks in Beijing\n\nBEIJING (Wire) - Chinese President Xi "
        "Jinping met French President Emmanuel Macron in Beijing on Thursday, and the two "
        "leaders discussed the war in Ukraine and trade between their countries.\n\nMacron "
        "told reporters after the meeting that he had asked Xi to help bring Russia back to "
        'the negotiating table. "China can play a major role," Macron said.\n',
    },
    {
        "source": "gazette.example",
        "url": "https://gazette.example/macron-presses-xi",
        "published": "2023-04-06",
        "text": "Macron presses Xi on Ukraine during state visit\n\nFrench President Emmanuel "
        "Macron held talks with Chinese President Xi Jinping on Thursday at the Great Hall of "
        "the People in Beijing.\n\nOfficials said the two presidents spoke for more than an "
        "hour about Ukraine, climate change and access for European companies to Chinese "
        "markets.\n",
    },
]
STORY_SQL = "SELECT * EXCLUDE (source_url) FROM story_events ORDER BY id"
MENTION_SQL = "SELECT * FROM story_event_mentions ORDER BY article_id, event_id"


@pytest.fixture(scope="module")
def cli(pipeline):
    pipeline.nlp  # noqa: B018  (reuse the session's model in this process)
    runner = CliRunner()

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, [*args], catch_exceptions=False)

    return run


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("meeting")
    paths = []
    for n, article in enumerate(MEETING):
        path = folder / f"a{n}.jsonl"
        path.write_text(json.dumps(article) + "\n", "utf-8")
        paths.append(path)
    return paths


def tables(db: Path) -> tuple[list, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(STORY_SQL).fetchall(), con.execute(MENTION_SQL).fetchall()
    finally:
        con.close()


def ingest(cli, db: Path, *paths: Path, resume: bool = False) -> None:  # type: ignore[no-untyped-def]
    extra = ["--resume"] if resume else []
    result = cli("ingest", *map(str, paths), "--db", str(db), "--workers", "1", *extra)
    assert result.exit_code == 0, result.stderr


@pytest.fixture(scope="module")
def meeting_db(cli, inputs, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("db") / "news.duckdb"
    ingest(cli, db, *inputs)
    return db


def test_two_reports_of_one_meeting_are_one_story_event(meeting_db):
    con = duckdb.connect(str(meeting_db), read_only=True)
    rows = con.execute(
        "SELECT plover, source, target, date::VARCHAR, num_articles, num_sources, num_mentions "
        "FROM story_events WHERE num_articles > 1"
    ).fetchall()
    con.close()
    assert len(rows) == 1
    plover, source, target, date, articles, sources, mentions = rows[0]
    assert (plover, date, articles, sources) == ("CONSULT", "2023-04-06", 2, 2)
    assert {source, target} == {"CHNGOV", "FRAGOV"} and mentions == 2


def test_reingesting_either_article_changes_nothing(cli, inputs, meeting_db, tmp_path):
    before = tables(meeting_db)
    for path in inputs:
        ingest(cli, meeting_db, path)
        assert tables(meeting_db) == before
    ingest(cli, meeting_db, *inputs, resume=True)
    assert tables(meeting_db) == before


def test_order_batches_and_rebuild_give_the_same_stories(cli, inputs, meeting_db, tmp_path):
    """One run, one article at a time in the other order, and a rebuild agree row for row."""
    expected = tables(meeting_db)
    db = tmp_path / "reversed.duckdb"
    ingest(cli, db, inputs[1])
    first = tables(db)
    assert all(r[0] for r in first[0]) and len(first[1]) >= 1
    ingest(cli, db, *inputs, resume=True)
    assert tables(db) == expected
    result = cli("stories", "--db", str(db), "--rebuild")
    assert result.exit_code == 0, result.stderr
    assert "2 story events rebuilt" in result.stderr
    assert tables(db) == expected


def test_a_store_from_before_story_events_is_linked_on_migration(meeting_db, tmp_path):
    """A version-1 store (no story tables) gets its story events built when it is migrated."""
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute(_script(MIGRATIONS[0]))
    con.execute(f"ATTACH '{meeting_db}' AS src (READ_ONLY)")
    for table in (*TABLES, "meta"):
        con.execute(f"INSERT INTO {table} SELECT * FROM src.{table}")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with Store.open(old) as store:
        assert store.query("SELECT max(num_articles) FROM story_events")[1] == [(2,)]
    assert tables(old) == tables(meeting_db)


def test_gdelt_export_has_61_tab_separated_columns(cli, meeting_db, tmp_path):
    out = tmp_path / "gdelt"
    result = cli("export", "--db", str(meeting_db), "--format", "gdelt", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    lines = (out / "story_events.gdelt.tsv").read_text("utf-8").splitlines()
    con = duckdb.connect(str(meeting_db), read_only=True)
    assert len(lines) == con.execute("SELECT count(*) FROM story_events").fetchall()[0][0]
    con.close()
    rows = [line.split("\t") for line in lines]
    assert len(GDELT_COLUMNS) == 61 and all(len(r) == 61 for r in rows)
    meeting = [dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows if r[33] == "2"]
    assert len(meeting) == 1
    m = meeting[0]
    assert (m["Day"], m["MonthYear"], m["Year"]) == ("20230406", "202304", "2023")
    assert m["EventRootCode"] == "04" and m["QuadClass"] == "1" and m["NumSources"] == "2"
    assert {m["Actor1Code"], m["Actor2Code"]} == {"CHNGOV", "FRAGOV"}
    assert m["ActionGeo_FullName"] == "Beijing" and m["SOURCEURL"].startswith("https://")


def test_polecat_export_is_json_lines(cli, meeting_db, tmp_path):
    out = tmp_path / "polecat"
    result = cli("export", "--db", str(meeting_db), "--format", "polecat", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(x) for x in (out / "story_events.polecat.jsonl").read_text().splitlines()]
    meeting = [r for r in rows if r["num_articles"] == 2]
    assert len(meeting) == 1 and meeting[0]["event_type"] == "CONSULT"
    assert meeting[0]["quad_code"] == "Verbal Cooperation"


def test_rebuild_of_an_empty_store_is_empty(tmp_path):
    with Store.open(tmp_path / "e.duckdb") as store:
        assert rebuild(store.con) == 0
