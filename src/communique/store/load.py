"""Parquet output (store/parquet.py) into the DuckDB store, or queried where it lies.

``load(store, folder)`` is idempotent, as ingest is: in one transaction, every article found is
first removed from every table, then its rows are inserted. An article found in more than one
part (a rerun that batched differently) is taken from one part only (the first by name), so
no row is ever doubled. ``open_parquet(folder)`` gives a read-only view of the folder: one view
per table over its files, file access limited to those files, and only SELECT allowed.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from communique.errors import StoreError
from communique.store.duckdb import Store, migrate
from communique.store.parquet import part_files
from communique.store.rows import TABLES


def _files(folder: str | Path) -> dict[str, list[str]]:
    found = part_files(folder)
    if "articles" not in found:
        raise StoreError("E309", input=str(folder), path=str(folder))
    return found


def _source(files: list[str]) -> str:
    quoted = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
    return f"read_parquet([{quoted}], filename = true)"


def load(store: Store, folder: str | Path) -> int:
    """Bring every article of ``folder`` into ``store``; returns how many articles."""
    found = _files(folder)
    con = store.con
    con.begin()
    try:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _communique_parts AS "
            "SELECT id, min(parse_filename(filename, true)) AS part "
            f"FROM {_source(found['articles'])} GROUP BY id"
        )
        for table in TABLES:
            key = "id" if table == "articles" else "article_id"
            con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT id FROM _communique_parts)")
        for table, files in found.items():
            key = "id" if table == "articles" else "article_id"
            con.execute(
                f"INSERT INTO {table} BY NAME SELECT * EXCLUDE (filename) FROM {_source(files)} p "
                f"WHERE EXISTS (SELECT 1 FROM _communique_parts s WHERE s.id = p.{key} "
                "AND s.part = parse_filename(p.filename, true))"
            )
        n = con.execute("SELECT count(*) FROM _communique_parts").fetchall()[0][0]
        con.execute("DROP TABLE _communique_parts")
        con.commit()
    except duckdb.Error as exc:
        con.rollback()
        reason = str(exc).splitlines()[0]
        raise StoreError("E304", input=str(folder), what="load", reason=reason) from exc
    except BaseException:
        con.rollback()
        raise
    return int(n)


class ParquetView(Store):
    """A store-shaped, read-only view of a Parquet folder (see ``open_parquet``)."""

    def query(self, sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
        try:
            statements = duckdb.extract_statements(sql)
        except duckdb.Error as exc:
            reason = str(exc).splitlines()[0]
            raise StoreError("E304", input=self.path, what="query", reason=reason) from exc
        kinds = [s.type for s in statements]
        if kinds != [duckdb.StatementType.SELECT]:
            what = ", ".join(k.name for k in kinds) or "nothing"
            reason = f"one SELECT statement is allowed on Parquet output, got {what}"
            raise StoreError("E301", input=self.path, reason=reason)
        return super().query(sql)


def open_parquet(folder: str | Path) -> ParquetView:
    """An in-memory DuckDB with one view per table over ``folder``'s files (an empty table
    where a table has none), file access limited to those files, configuration locked."""
    found = _files(folder)
    con = duckdb.connect(":memory:")
    try:
        migrate(con, ":memory:")
        for table, files in found.items():
            con.execute(f"DROP TABLE {table}")
            con.execute(f"CREATE VIEW {table} AS SELECT * EXCLUDE (filename) FROM {_source(files)}")
        allowed = [f for files in found.values() for f in files]
        con.execute("SET allowed_paths = ?", [allowed])
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return ParquetView(con, str(folder))
