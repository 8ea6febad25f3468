"""Ingest: read -> (skip what is stored) -> extract -> store in batches of whole articles.

``resume=True`` drops an article whose id (sha256 of its text, as the pipeline computes it) is
already stored *before* it reaches the pipeline, so a resumed run parses only what is missing.
Without it every article is parsed and its stored copy replaced (row counts do not change).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from communique.errors import POLICY_SKIPS, CommuniqueError, StoreError
from communique.record import article_id

if TYPE_CHECKING:
    import duckdb

    from communique.pipeline import Pipeline, RawArticle
    from communique.record import ArticleRecord
    from communique.store.duckdb import Store

Item = "RawArticle | CommuniqueError"


@dataclass
class IngestStats:
    """What an ingest did: ``parsed`` counts the articles handed to the pipeline; ``policy``
    the inputs skipped by policy (not English, too short), by error code."""

    read: int = 0
    skipped: int = 0
    parsed: int = 0
    stored: int = 0
    failed: int = 0
    policy: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        out = (
            f"{self.read} read, {self.skipped} skipped (already stored), {self.parsed} parsed, "
            f"{self.stored} stored, {self.failed} failed"
        )
        if self.policy:
            why = ", ".join(f"{POLICY_SKIPS[c]} {n}" for c, n in sorted(self.policy.items()))
            out += f", {sum(self.policy.values())} skipped by policy ({why})"
        return out


def _counted(
    items: Iterable[RawArticle | CommuniqueError], stats: IngestStats, field: str
) -> Iterator[RawArticle | CommuniqueError]:
    for item in items:
        if not isinstance(item, CommuniqueError):
            setattr(stats, field, getattr(stats, field) + 1)
        yield item


def skip_stored(
    store: Store,
    items: Iterable[RawArticle | CommuniqueError],
    stats: IngestStats,
    chunk: int = 256,
) -> Iterator[RawArticle | CommuniqueError]:
    """``items`` less the articles already in ``store``, looked up ``chunk`` ids at a time.

    Uses its own cursor, so the lookups may run in whatever thread consumes the iterator.
    """
    cursor: duckdb.DuckDBPyConnection | None = None
    buffer: list[RawArticle | CommuniqueError] = []

    def flush() -> Iterator[RawArticle | CommuniqueError]:
        nonlocal cursor
        cursor = cursor or store.con.cursor()
        ids = [article_id(i.text) for i in buffer if not isinstance(i, CommuniqueError)]
        seen = store.stored_ids(ids, cursor)
        for item in buffer:
            if isinstance(item, CommuniqueError) or article_id(item.text) not in seen:
                yield item
            else:
                stats.skipped += 1
        buffer.clear()

    for item in items:
        buffer.append(item)
        if len(buffer) >= chunk:
            yield from flush()
    yield from flush()
    if cursor is not None:
        cursor.close()


def store_batch(
    store: Store,
    records: list[ArticleRecord],
    on_error: Callable[[CommuniqueError], None] | None = None,
) -> tuple[int, int]:
    """Write ``records`` in one transaction; if that fails, write them one by one so that only
    the article that cannot be stored is lost (reported as E304). Returns (stored, failed)."""
    import duckdb
    import pyarrow as pa

    storable = (duckdb.Error, pa.ArrowException, ValueError, OverflowError, TypeError)
    try:
        return store.write(records), 0
    except storable:
        pass
    stored = failed = 0
    for rec in records:
        try:
            stored += store.write([rec])
        except storable as exc:
            failed += 1
            if on_error:
                reason = str(exc).splitlines()[0] if str(exc) else repr(exc)
                on_error(StoreError("E304", input=rec.article.input, what="store", reason=reason))
    return stored, failed


def ingest(
    store: Store,
    items: Iterable[RawArticle | CommuniqueError],
    pipeline: Pipeline,
    *,
    resume: bool = False,
    commit_every: int = 64,
    on_error: Callable[[CommuniqueError], None] | None = None,
    on_record: Callable[[ArticleRecord], None] | None = None,
    on_commit: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Extract and store every article of ``items``; ``commit_every`` articles per transaction."""
    stats = IngestStats()
    source: Iterable[RawArticle | CommuniqueError] = _counted(items, stats, "read")
    if resume:
        source = skip_stored(store, source, stats)
    source = _counted(source, stats, "parsed")
    pending: list[ArticleRecord] = []

    def commit() -> None:
        stored, failed = store_batch(store, pending, on_error)
        stats.stored += stored
        stats.failed += failed
        pending.clear()
        if on_commit:
            on_commit(stats)

    for result in pipeline.extract_many(source):
        if isinstance(result, CommuniqueError):
            if result.policy_skip:
                stats.policy[result.code] += 1
            else:
                stats.failed += 1
            if on_error:
                on_error(result)
            continue
        pending.append(result)
        if on_record:
            on_record(result)
        if len(pending) >= commit_every:
            commit()
    if pending:
        commit()
    return stats
