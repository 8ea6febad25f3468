"""Worker processes: each loads the spaCy pipeline once and returns finished records, never Docs.

Input is streamed: at most ``2 * workers`` batches are in flight, so memory stays constant
over an input of any length, and results come back in input order. A worker that dies (a
crash in native code) costs only its batch: every article of it gets an error, the pool is
restarted and the rest goes on.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TYPE_CHECKING

from communique.errors import CommuniqueError, StageError

if TYPE_CHECKING:
    from communique.pipeline import Pipeline, RawArticle
    from communique.record import ArticleRecord
    from communique.settings import Settings

_WORKER: Pipeline | None = None


def _init(settings: Settings, published: str | None) -> None:
    global _WORKER
    from communique.pipeline import Pipeline

    _WORKER = Pipeline(settings, published=published)
    _WORKER.nlp  # noqa: B018  (load the model once, at start)


def _work(
    batch: list[RawArticle | CommuniqueError],
) -> tuple[list[ArticleRecord | CommuniqueError], dict[str, float]]:
    assert _WORKER is not None
    before = dict(_WORKER.timings)
    out = _WORKER.run_batch(batch)
    delta = {k: v - before.get(k, 0.0) for k, v in _WORKER.timings.items()}
    return out, delta


def batched(items: Iterable[RawArticle | CommuniqueError], size: int) -> Iterator[list]:  # type: ignore[type-arg]
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _name(item: RawArticle | CommuniqueError) -> str | None:
    return item.input


def run_parallel(
    pipeline: Pipeline, batches: Iterable[list[RawArticle | CommuniqueError]], workers: int
) -> Iterator[ArticleRecord | CommuniqueError]:
    """Records (or errors) for every item of ``batches``, in order, from ``workers`` processes."""
    context = mp.get_context("spawn")  # no fork of a parent holding threads or a DuckDB handle

    def pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=_init,
            initargs=(pipeline.settings, pipeline.published_override),
        )

    executor = pool()
    pending: deque[tuple[list[RawArticle | CommuniqueError], Future]] = deque()  # type: ignore[type-arg]

    def drain_one() -> Iterator[ArticleRecord | CommuniqueError]:
        nonlocal executor
        batch, fut = pending.popleft()
        try:
            results, delta = fut.result()
        except BrokenProcessPool as exc:
            for item in batch:
                yield StageError("E201", input=_name(item), reason=repr(exc))
            executor.shutdown(cancel_futures=True)
            executor = pool()
            # Resubmit what was in flight behind the broken batch.
            again = [b for b, _ in pending]
            pending.clear()
            for b in again:
                pending.append((b, executor.submit(_work, b)))
            return
        for k, v in delta.items():
            pipeline.timings[k] = pipeline.timings.get(k, 0.0) + v
        yield from results

    try:
        for batch in batches:
            pending.append((batch, executor.submit(_work, batch)))
            while len(pending) >= 2 * workers:
                yield from drain_one()
        while pending:
            yield from drain_one()
    finally:
        executor.shutdown(cancel_futures=True)
