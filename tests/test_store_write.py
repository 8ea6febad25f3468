"""The DuckDB store at the library level: batched all-or-nothing writes, replace on re-ingest,
versioned schema, read-only queries, exports that round-trip, roles over time."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.errors import StoreError
from communique.pipeline import RawArticle, new_record
from communique.record import (
    Actor,
    Amount,
    ArticleRecord,
    Event,
    Quote,
    Role,
    Span,
    Time,
    Voice,
    make_span,
)
from communique.store import TABLES, Store, actors_over_time, expected_counts


def hand_record(text: str, published: str | None = "2024-02-01", kb: str = "Q42") -> ArticleRecord:
    """A record with one row in most tables, built with make_span over ``text``."""
    rec = new_record(
        RawArticle(
            text=text,
            input="<hand>",
            published=published,
            published_from="cli" if published else "unknown",
        )
    )
    first = text.split()[0]
    s = text.index(first)
    rec.actors.append(
        Actor(
            id="a1",
            name="Ana Ruiz",
            kind="person",
            kb_id=kb,
            roles=[Role(title="foreign minister", start="2021-01-01")],
            mentions=[make_span(text, s, s + len(first))],
        )
    )
    rec.quotes.append(make_span(text, 0, len(text), Quote, id="q1", kind="direct", speaker="a1"))
    rec.amounts.append(make_span(text, s, s + len(first), Amount, value=10**15, unit="USD"))
    rec.events.append(
        Event(id="e1", plover="CONSULT", source=["a1"], evidence=make_span(text, 0, len(text)))
    )
    return rec


def counts_by_article(store: Store, article: str) -> dict[str, int]:
    out = {}
    for table in TABLES:
        key = "id" if table == "articles" else "article_id"
        (n,) = store.con.execute(
            f"SELECT count(*) FROM {table} WHERE {key} = ?", [article]
        ).fetchall()[0]
        out[table] = n
    return out


def test_write_stores_every_row_and_the_full_record(tmp_path):
    rec = hand_record("Ruiz arrived in Lima on Monday.")
    with Store.open(tmp_path / "s.duckdb") as store:
        assert store.write([rec]) == 1
        assert counts_by_article(store, rec.article.id) == expected_counts(rec)
        (raw,) = store.con.execute("SELECT record FROM articles").fetchall()[0]
        assert ArticleRecord.model_validate_json(raw).to_dict() == rec.to_dict()
        (value,) = store.con.execute("SELECT value FROM amounts").fetchall()[0]
        assert value == 1e15


def test_rewriting_the_same_articles_changes_no_count(tmp_path):
    recs = [hand_record(f"Ruiz met envoy number {i} in Lima.") for i in range(5)]
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write(recs[:3])
        before = store.counts()
        store.write(recs[:3])
        store.write([recs[0], recs[0], recs[1]])
        assert store.counts() == before
        store.write(recs)
        assert store.counts()["articles"] == 5
        assert store.counts()["mentions"] == 5


def test_a_failing_batch_leaves_no_article_of_it(tmp_path):
    """A write that fails half-way (here an event field out of the column's range, met after
    the articles and actors rows were inserted) rolls the whole batch back."""
    good = hand_record("Ruiz flew to Quito.")
    bad = hand_record("Ruiz flew to Bogota.")
    bad.events[0].quad_class = 2**40
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([good])
        before = store.counts()
        with pytest.raises(Exception, match="too large|overflow|out of range"):
            store.write([good, bad])
        assert store.counts() == before
        assert store.stored_ids([good.article.id, bad.article.id]) == {good.article.id}


def test_a_newer_store_is_refused_and_an_old_one_migrated(tmp_path):
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    for read_only in (False, True):
        with pytest.raises(StoreError) as err:
            Store.open(path, read_only=read_only)
        assert err.value.code == "E300"
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(StoreError) as err:
        Store.open(empty, read_only=True)
    assert err.value.code == "E302"
    with Store.open(empty) as store:
        assert store.counts() == dict.fromkeys(TABLES, 0)
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database\n" * 100)
    with pytest.raises(StoreError) as err:
        Store.open(junk)
    assert err.value.code == "E306"
    with pytest.raises(StoreError) as err:
        Store.open(tmp_path / "absent.duckdb", read_only=True)
    assert err.value.code == "E305"


def test_read_only_queries_refuse_writes_and_files(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.write([hand_record("Ruiz spoke in Caracas.")])
    with Store.open(path, read_only=True, external=False) as store:
        names, rows = store.query("SELECT count(*) AS n FROM articles")
        assert (names, rows) == (["n"], [(1,)])
        for sql in (
            "DELETE FROM articles",
            "DROP TABLE quotes",
            "INSERT INTO meta VALUES (1, 2)",
            f"COPY articles TO '{tmp_path / 'leak.csv'}'",
        ):
            with pytest.raises(StoreError) as err:
                store.query(sql)
            assert err.value.code == "E301", sql
        with pytest.raises(StoreError) as err:
            store.query("SELECT nothing FROM nowhere")
        assert err.value.code == "E304"
    assert not (tmp_path / "leak.csv").exists()
    with Store.open(path, read_only=True) as store:
        assert store.counts()["articles"] == 1


@pytest.mark.parametrize(
    "fmt,reader", [("csv", "read_csv"), ("parquet", "read_parquet"), ("jsonl", "read_json")]
)
def test_exports_round_trip_row_counts(tmp_path, fmt, reader):
    path = tmp_path / "s.duckdb"
    tricky = 'Ruiz said, "no, never"\nand left; the 3rd, \u00e9t\u00e9 \u2014 done.'
    with Store.open(path) as store:
        store.write([hand_record(tricky), hand_record("Ruiz left Lima.", published=None)])
        counts = store.counts()
        files = store.export(tmp_path / "out", fmt)
    assert sorted(f.stem for f in files) == sorted(TABLES)
    con = duckdb.connect()
    for f in files:
        (n,) = con.execute(f"SELECT count(*) FROM {reader}(?)", [str(f)]).fetchall()[0]
        assert n == counts[f.stem], f.name
    texts = {
        r[0]
        for r in con.execute(
            f"SELECT text FROM {reader}(?)", [str(tmp_path / "out" / f"articles.{fmt}")]
        ).fetchall()
    }
    assert tricky in texts


def test_roles_over_time_follow_the_article_dates(tmp_path):
    first = hand_record("Ruiz opened the summit.", published="2022-03-01")
    later = hand_record("Ruiz closed the summit.", published="2023-07-09")
    later.actors[0].roles = [
        Role(title="prime minister", source="text"),
        Role(title="foreign minister", start="2021-01-01"),
        Role(title="envoy", start="2024", end="2025-06"),
    ]
    other = hand_record("Ruiz was absent.", published="2023-01-01", kb="Q7")
    other.actors[0].name = "Tom Berg"
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([first, later, other])
        found = actors_over_time(store)
        assert [a.name for a in found] == ["Ana Ruiz", "Tom Berg"]
        ruiz = found[0]
        assert ruiz.articles == 2
        assert [(r.title, r.source, r.first_seen, r.last_seen) for r in ruiz.roles] == [
            ("foreign minister", "kb", "2022-03-01", "2023-07-09"),
            ("prime minister", "text", "2023-07-09", "2023-07-09"),
            ("envoy", "kb", None, None),  # a post taken after both articles: no support
        ]
        assert ruiz.roles[0].article_ids == sorted([first.article.id, later.article.id])
        assert ruiz.roles[2].article_ids == []
        assert [a.name for a in actors_over_time(store, "berg")] == ["Tom Berg"]
        assert actors_over_time(store, "nobody") == []


def test_stored_record_json_is_parseable_by_duckdb(tmp_path):
    rec = hand_record("Ruiz signed the pact.")
    rec.quotes[0].speaker_mention = Span(start=0, end=4, text="Ruiz")
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([rec])
        (speaker,) = store.con.execute(
            "SELECT json_extract_string(record, '$.quotes[0].speaker_mention.text') FROM articles"
        ).fetchall()[0]
        assert speaker == "Ruiz"
        (st,) = store.con.execute("SELECT speaker_text FROM quotes").fetchall()[0]
        assert st == "Ruiz"
    assert json.loads(rec.model_dump_json(by_alias=True))["schema"] == "communique/1"


def test_an_unstorable_article_costs_only_itself(tmp_path):
    from communique.store import store_batch

    recs = [hand_record(f"Ruiz visited town {i}.") for i in range(4)]
    recs[2].events[0].quad_class = 2**40
    errors = []
    with Store.open(tmp_path / "s.duckdb") as store:
        assert store_batch(store, recs, errors.append) == (3, 1)
        assert [e.code for e in errors] == ["E304"]
        assert store.counts()["articles"] == 3
        for rec in (recs[0], recs[1], recs[3]):
            assert counts_by_article(store, rec.article.id) == expected_counts(rec)


def test_a_store_in_use_by_another_process_is_a_clear_error(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.write([hand_record("Ruiz waited in Lima.")])
        done = subprocess.run(
            [sys.executable, "-m", "communique", "query", "--db", str(path), "SELECT 1"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 2
    assert done.stderr.startswith(f"communique: {path}: [E306]")
    assert len(done.stderr.splitlines()) == 1


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=1, max_size=80), st.data())
def test_any_record_round_trips_through_the_store(text, data):
    import tempfile

    rec = new_record(RawArticle(text=text, input="<random>"))
    for i in range(data.draw(st.integers(0, 3))):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        rec.times.append(make_span(text, start, end, Time, value=None))
        rec.voice.append(make_span(text, start, end, Voice, kind=f"k{i}", voice="author"))
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "s.duckdb") as store:
        store.write([rec])
        store.write([rec])
        assert store.counts() == expected_counts(rec)
        (raw, stored_text) = store.con.execute("SELECT record, text FROM articles").fetchall()[0]
        assert ArticleRecord.model_validate_json(raw).to_dict() == rec.to_dict()
        assert stored_text == text
        for s, e, t in store.con.execute("SELECT start_char, end_char, text FROM times").fetchall():
            assert text[s:e] == t


def test_migrations_run_in_one_transaction(tmp_path, monkeypatch):
    """A later schema version is one more script; a failing script leaves the store as it was."""
    from communique.store import duckdb as store_db

    path = tmp_path / "s.duckdb"
    rec = hand_record("Ruiz landed in Santiago.")
    with Store.open(path) as store:
        store.write([rec])
    scripts = {
        "good": "ALTER TABLE articles ADD COLUMN region VARCHAR; CREATE TABLE notes (x INTEGER);",
        "bad": "ALTER TABLE articles ADD COLUMN region VARCHAR; CREATE TABLE notes (;",
    }
    real = store_db._script
    base = store_db.MIGRATIONS  # the next version is one more script, whatever the current is
    now, nxt = len(base), len(base) + 1
    monkeypatch.setattr(store_db, "_script", lambda name: scripts.get(name) or real(name))
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", nxt)

    def columns() -> list[str]:
        con = duckdb.connect(str(path), read_only=True)
        names = [r[0] for r in con.execute("DESCRIBE articles").fetchall()]
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        con.close()
        return names + [f"v{version[0][0]}"]

    monkeypatch.setattr(store_db, "MIGRATIONS", (*base, "bad"))
    with pytest.raises(StoreError, match=f"migration to version {nxt} failed") as err:
        Store.open(path)
    assert err.value.code == "E306"
    assert "region" not in columns() and f"v{now}" in columns()
    with pytest.raises(StoreError) as err:
        Store.open(path, read_only=True)
    assert err.value.code == "E303"
    monkeypatch.setattr(store_db, "MIGRATIONS", (*base, "good"))
    with Store.open(path) as store:
        assert store.counts()["articles"] == 1
    assert "region" in columns() and f"v{nxt}" in columns()
