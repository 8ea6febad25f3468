"""The store's tables as Parquet files in a folder: what a cluster writes, DuckDB reads.

Layout: ``DIR/<table>/<part>.parquet``, one file per table per batch of records, where
``<part>`` is a hash of the batch's sorted article ids. The same batch always gets the same
name, so a retried task overwrites its own files and writes nothing twice; each file is written
under a temporary name and then renamed, so a reader never sees half a file. Columns and types
are the store's (schema.sql, less ``articles.ingested_at``, which the store fills on load), and
``articles.record`` holds each whole record as JSON. A table with no rows in a batch gets no
file. ``communique load`` (store/load.py) brings a folder into a DuckDB store.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from communique.store.rows import TABLES, columns

if TYPE_CHECKING:
    from communique.record import ArticleRecord

SUFFIX = ".parquet"


@cache
def schemas() -> dict[str, pa.Schema]:
    """Each table's Arrow schema, read from an empty in-memory store (schema.sql is the one
    source of the columns)."""
    import duckdb

    from communique.store.duckdb import migrate

    con = duckdb.connect(":memory:")
    try:
        migrate(con, ":memory:")
        out = {}
        for table in TABLES:
            schema = con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            keep = [f for f in schema if f.name != "ingested_at"]
            out[table] = pa.schema(keep)
        return out
    finally:
        con.close()


def part_name(ids: Iterable[str]) -> str:
    """The file stem of a batch: the first 32 hex digits of sha256 over its sorted unique ids."""
    joined = "\n".join(sorted(set(ids)))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def arrow_tables(records: Sequence[ArticleRecord]) -> dict[str, pa.Table]:
    """The batch's rows, one Arrow table per store table that has any."""
    out = {}
    for table, cols in columns(records).items():
        schema = schemas()[table]
        out[table] = pa.Table.from_pydict({n: cols[n] for n in schema.names}, schema=schema)
    return out


def write_part(records: Sequence[ArticleRecord], folder: str | Path) -> str | None:
    """Write ``records`` (an id repeated in the batch is kept once) as one part under
    ``folder``; returns the part's name, or None for an empty batch."""
    import pyarrow.parquet as pq

    unique = list({r.article.id: r for r in records}.values())
    if not unique:
        return None
    part = part_name(r.article.id for r in unique)
    for table, arrow in arrow_tables(unique).items():
        where = Path(folder) / table
        where.mkdir(parents=True, exist_ok=True)
        tmp = where / f".{part}.{uuid.uuid4().hex}.tmp"
        try:
            pq.write_table(arrow, tmp, compression="zstd")
            os.replace(tmp, where / f"{part}{SUFFIX}")
        finally:
            tmp.unlink(missing_ok=True)
    return part


def part_files(folder: str | Path) -> dict[str, list[str]]:
    """The Parquet files of each table that has any, sorted (hidden temporaries left out)."""
    root = Path(folder)
    out = {}
    for table in TABLES:
        found = sorted(
            str(f.resolve()) for f in (root / table).glob(f"*{SUFFIX}") if f.name[0] != "."
        )
        if found:
            out[table] = found
    return out
