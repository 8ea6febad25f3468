"""The embedded store (DuckDB, one file): its public face.

``Store.open(path)`` creates or migrates a store; ``ingest(store, items, pipeline)`` extracts
and writes in batches of whole articles; ``Store.query`` / ``Store.export`` read it back;
``actors_over_time`` follows actors' roles across articles. Tables: see schema.sql.
"""

from __future__ import annotations

from communique.store.actors import ActorSeen, RoleSeen, actors_over_time
from communique.store.duckdb import EXPORT_FORMATS, SCHEMA_VERSION, Store
from communique.store.ingest import IngestStats, ingest, skip_stored, store_batch
from communique.store.rows import TABLES, expected_counts

__all__ = [
    "EXPORT_FORMATS",
    "SCHEMA_VERSION",
    "TABLES",
    "ActorSeen",
    "IngestStats",
    "RoleSeen",
    "Store",
    "actors_over_time",
    "expected_counts",
    "ingest",
    "skip_stored",
    "store_batch",
]
