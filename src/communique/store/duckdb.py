"""The DuckDB store: one file, a versioned schema, batched all-or-nothing writes.

Why a transaction per batch is safe: a batch holds whole articles only, and DuckDB replays
only committed transactions from its write-ahead log, so a process killed mid-batch leaves
every article of that batch absent (never half-written); running the ingest again (with or
without ``--resume``) writes them. Writes replace an article already stored under the same
id (delete + insert inside the same transaction), so re-ingesting changes no row count.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import suppress
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from communique.errors import StoreError
from communique.store.rows import TABLES, columns
from communique.store.sql import check_read_statement

if TYPE_CHECKING:
    from communique.record import ArticleRecord

#: Migration scripts in order; the store's schema version is how many of them have run.
MIGRATIONS: tuple[str, ...] = ("schema.sql", "stories.sql")
SCHEMA_VERSION = len(MIGRATIONS)
#: DuckDB's words for a refused write, file access or setting change: reported as E301.
_REFUSALS = ("read-only", "read only", "disabled by configuration", "configuration has been locked")
EXPORT_FORMATS = {
    "csv": "(FORMAT csv, HEADER)",
    "parquet": "(FORMAT parquet)",
    "jsonl": "(FORMAT json)",
}


@cache
def _script(name: str) -> str:
    return resources.files("communique.store").joinpath(name).read_text("utf-8")


def _connect(path: str, read_only: bool, external: bool = True) -> duckdb.DuckDBPyConnection:
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError("E305", input=path, path=path)
    # Without external access the configuration is also locked: nothing a query runs (a
    # table function such as enable_logging) can change a setting (see store/sql.py).
    config: dict[str, str | bool | int | float | list[str]] = (
        {} if external else {"enable_external_access": False, "lock_configuration": True}
    )
    try:
        return duckdb.connect(path, read_only=read_only, config=config)
    except duckdb.Error as exc:
        raise StoreError("E306", input=path, path=path, reason=str(exc).splitlines()[0]) from exc


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    """The first value of the first row, or None (fetchall: DuckDB wants results drained)."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0][0] if rows else None


def _version(con: duckdb.DuckDBPyConnection) -> int:
    if not _scalar(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"):
        return 0
    value = _scalar(con, "SELECT value FROM meta WHERE key = 'schema_version'")
    return int(value) if value is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """Bring the store to SCHEMA_VERSION in one transaction; refuse a newer store (E300)."""
    con.begin()
    try:
        found = _version(con)
        if found > SCHEMA_VERSION:
            raise StoreError("E300", input=path, path=path, found=found, known=SCHEMA_VERSION)
        for step in range(found, SCHEMA_VERSION):
            try:
                con.execute(_script(MIGRATIONS[step]))
            except duckdb.Error as exc:
                reason = f"migration to version {step + 1} failed: {str(exc).splitlines()[0]}"
                raise StoreError("E306", input=path, path=path, reason=reason) from exc
        if found < SCHEMA_VERSION:
            con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?), ('record_schema', ?)",
                [str(SCHEMA_VERSION), "communique/1"],
            )
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return found


class Store:
    """An open store. ``Store.open(path)`` migrates; ``read_only=True`` only checks the version."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path
        self._schemas: dict[str, pa.Schema] = {}
        #: Keep story events current on every write (store/story.py); off only to measure it.
        self.link_stories = True

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, external: bool = True) -> Store:
        p = str(path)
        con = _connect(p, read_only, external)
        try:
            if read_only:
                found = _version(con)
                if found == 0:
                    raise StoreError("E302", input=p, path=p)
                if found != SCHEMA_VERSION:
                    code = "E300" if found > SCHEMA_VERSION else "E303"
                    raise StoreError(code, input=p, path=p, found=found, known=SCHEMA_VERSION)
            elif 0 < migrate(con, p) < 2:  # events stored before story events existed
                from communique.store.story import rebuild

                rebuild(con)
        except BaseException:
            con.close()
            raise
        return cls(con, p)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------
    def _schema(self, table: str, names: Iterable[str]) -> pa.Schema:
        if table not in self._schemas:
            self._schemas[table] = (
                self.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            )
        full = self._schemas[table]
        return pa.schema([full.field(n) for n in names])

    def stored_ids(
        self, ids: Iterable[str], con: duckdb.DuckDBPyConnection | None = None
    ) -> set[str]:
        """Which of ``ids`` the store already holds."""
        wanted = list(ids)
        if not wanted:
            return set()
        rows = (
            (con or self.con)
            .execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [wanted])
            .fetchall()
        )
        return {r[0] for r in rows}

    def write(self, records: Sequence[ArticleRecord]) -> int:
        """Store ``records`` in one transaction (all their rows or none); returns how many.

        An id already stored (or repeated within the batch) is replaced, never duplicated.
        """
        unique = list({r.article.id: r for r in records}.values())
        if not unique:
            return 0
        tables = columns(unique)
        ids = pa.table({"id": pa.array([r.article.id for r in unique], pa.string())})
        con = self.con
        con.begin()
        try:
            con.register("_communique_ids", ids)
            if _scalar(
                con, "SELECT count(*) FROM articles WHERE id IN (SELECT id FROM _communique_ids)"
            ):
                for table in TABLES:
                    key = "id" if table == "articles" else "article_id"
                    con.execute(
                        f"DELETE FROM {table} WHERE {key} IN (SELECT id FROM _communique_ids)"
                    )
            for table, cols in tables.items():
                arrow = pa.Table.from_pydict(cols, schema=self._schema(table, cols))
                con.register("_communique_rows", arrow)
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _communique_rows")
                con.unregister("_communique_rows")
            con.unregister("_communique_ids")
            if self.link_stories:
                from communique.store.story import link

                link(con, [r.article.id for r in unique])
            con.commit()
        except BaseException:
            # A signal handled just after the commit lands here too: nothing left to roll back.
            with suppress(duckdb.Error):
                con.rollback()
            raise
        return len(unique)

    # -- reading -------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {}
        for table in TABLES:
            out[table] = int(_scalar(self.con, f"SELECT count(*) FROM {table}"))
        return out

    def query(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run the one read statement of ``sql`` (checked first: E301, E307, E308)."""
        statement = check_read_statement(self.con, sql, self.path)
        try:
            cur = self.con.execute(statement)
            names = [d[0] for d in cur.description or []]
            return names, cur.fetchall() if names else []
        except (duckdb.Error, ValueError, OverflowError, TypeError) as exc:
            # Errors raised while converting values to Python (ValueError...) are the query's too.
            reason = (str(exc).splitlines() or [type(exc).__name__])[0]
            if any(w in reason for w in _REFUSALS):
                raise StoreError("E301", input=self.path, reason=reason) from exc
            raise StoreError("E304", input=self.path, what="query", reason=reason) from exc

    def export(self, out: str | Path, fmt: str) -> list[Path]:
        """Every table to ``out/<table>.<fmt>`` (a folder, created); returns the files written."""
        if fmt not in EXPORT_FORMATS:
            raise StoreError(
                "E304",
                input=str(out),
                what="export",
                reason=f"unknown format {fmt!r}; use csv, parquet or jsonl",
            )
        folder = Path(out)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError("E304", input=str(out), what="export", reason=str(exc)) from exc
        written = []
        for table in TABLES:
            target = folder / f"{table}.{fmt}"
            quoted = str(target).replace("'", "''")
            try:
                self.con.execute(f"COPY {table} TO '{quoted}' {EXPORT_FORMATS[fmt]}")
            except duckdb.Error as exc:
                reason = str(exc).splitlines()[0]
                raise StoreError("E304", input=str(target), what="export", reason=reason) from exc
            written.append(target)
        return written
