"""What the server holds: the store's one connection, a cursor per read, one writer, the pipeline.

DuckDB lets one process write a database file, and no other process may open it meanwhile (not
even read-only). So the server is that process: it opens the store once; every request reads
through its own cursor of that connection (a cursor is a separate connection to the same
database, and DuckDB's MVCC gives each read a consistent snapshot), and new articles come in
through ``POST /api/ingest``, written by one writer cursor under a lock, one transaction per
batch of whole articles. Reads never wait for the writer: they see the last committed batch.
With ``read_only=True`` the file is opened read-only (other processes may read it too) and
ingesting is refused (E503).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from communique.errors import ServiceError
from communique.settings import Settings, load_settings
from communique.store import Store

if TYPE_CHECKING:
    import duckdb

    from communique.pipeline import Pipeline


class Service:
    """The server's state, shared by every request."""

    def __init__(
        self,
        store: Store,
        *,
        settings: Settings | None = None,
        pipeline: Pipeline | None = None,
        read_only: bool = False,
    ) -> None:
        self.store = store
        self.settings = settings or load_settings()
        self.read_only = read_only
        self._pipeline = pipeline
        self._cursor_lock = threading.Lock()
        self._pipeline_lock = threading.Lock()
        self.write_lock = threading.Lock()
        self._writer: Store | None = None

    @classmethod
    def open(cls, path: str, *, read_only: bool = False, **kw: object) -> Service:
        # external access off: no statement the server runs may touch other files
        store = Store.open(path, read_only=read_only, external=False)
        return cls(store, read_only=read_only, **kw)  # type: ignore[arg-type]

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A fresh cursor for one request's reads, closed afterwards."""
        with self._cursor_lock:
            cur = self.store.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def reader(self, cur: duckdb.DuckDBPyConnection) -> Store:
        """A Store over ``cur``, for library helpers that take a Store (actors_over_time)."""
        return Store(cur, self.store.path)

    def writer(self) -> Store:
        """The one writing Store (its own cursor); hold ``write_lock`` while using it."""
        if self.read_only:
            raise ServiceError("E503")
        if self._writer is None:
            with self._cursor_lock:
                self._writer = Store(self.store.con.cursor(), self.store.path)
        return self._writer

    @contextmanager
    def pipeline(self) -> Iterator[Pipeline]:
        """The pipeline (spaCy loads on first use), one request at a time."""
        with self._pipeline_lock:
            if self._pipeline is None:
                from communique.pipeline import Pipeline

                self._pipeline = Pipeline(self.settings.with_(workers=1))
                self._pipeline.warm()
            yield self._pipeline

    def close(self) -> None:
        if self._writer is not None:
            self._writer.con.close()
        self.store.close()
