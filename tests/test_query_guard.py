"""``communique query`` takes exactly one read statement, checked by DuckDB's parser before it
runs; everything else is one ``[E3xx]`` line, and nothing can abort the process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.errors import StoreError
from communique.store import Store

REFUSED = {
    "": "E308",
    " ": "E308",
    ";": "E308",
    "SELECT 1; SELECT 2": "E308",
    "CALL enable_logging(storage='file', storage_path='x'); SELECT 1": "E308",
    "CALL enable_logging(storage='file', storage_path='x')": "E301",
    "SELECT * FROM enable_logging(storage='file', storage_path='x')": "E301",
    "PRAGMA enable_profiling": "E301",
    "SET threads = 1": "E301",
    "ATTACH 'other.duckdb'": "E301",
    "COPY articles TO 'out.csv'": "E301",
    "EXPLAIN ANALYZE COPY articles TO 'out.csv'": "E301",
    "SELECT * FROM read_csv('/etc/passwd')": "E301",
    "DELETE FROM articles": "E301",
    "SELEC 1": "E307",
}
READS = [
    "SELECT count(*) FROM articles",
    "WITH a AS (SELECT 1 x) SELECT x FROM a",
    "FROM meta",
    "DESCRIBE articles",
    "SUMMARIZE meta",
    "SHOW TABLES",
    "EXPLAIN SELECT 1",
    "PRAGMA version",
    "PRAGMA table_info('articles');",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("q") / "q.duckdb"
    Store.open(path).close()
    return path


@pytest.fixture(scope="module")
def store(db):
    with Store.open(db, read_only=True, external=False) as s:
        yield s


@pytest.mark.parametrize("sql", READS)
def test_one_read_statement_runs(store, sql):
    names, _ = store.query(sql)
    assert names


@pytest.mark.parametrize(("sql", "code"), sorted(REFUSED.items()))
def test_everything_else_is_refused_before_it_runs(store, sql, code):
    with pytest.raises(StoreError) as err:
        store.query(sql)
    assert err.value.code == code
    assert len(err.value.line().splitlines()) == 1
    assert store.query("SELECT 42")[1] == [(42,)]  # the connection still works


@settings(max_examples=50, deadline=None)
@given(
    st.one_of(
        st.text(max_size=80),
        st.lists(
            st.sampled_from(
                [
                    "SELECT",
                    "1",
                    ";",
                    "FROM",
                    "articles",
                    "CALL",
                    "enable_logging()",
                    "(",
                    ")",
                    "PRAGMA",
                    "version",
                    "EXPLAIN",
                    "ANALYZE",
                    "'x'",
                    "COPY",
                    "TO",
                    ",",
                    "WITH",
                ]
            ),
            max_size=8,
        ).map(" ".join),
    )
)
def test_no_query_text_escapes_the_error_catalogue(store, sql):
    try:
        store.query(sql)
    except StoreError as exc:
        assert exc.code in {"E301", "E304", "E307", "E308"}


@pytest.mark.parametrize(
    "sql",
    [
        "",
        "SELECT 1; SELECT 2",
        "CALL enable_logging(storage='file', storage_path='x'); SELECT 1",
        "SELECT * FROM enable_logging(storage='file', storage_path='x')",
    ],
)
def test_the_statements_that_aborted_the_process_are_one_line(db, sql):
    res = subprocess.run(
        [sys.executable, "-m", "communique", "query", "--db", str(db), sql],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 1, (res.returncode, res.stderr)
    assert len(res.stderr.splitlines()) == 1 and "[E3" in res.stderr, res.stderr
    assert "Traceback" not in res.stderr
