"""Worker processes: each loads the spaCy pipeline once and returns finished records, never Docs.

Input is streamed: at most ``2 * workers`` batches are in flight, so memory stays constant
over an input of any length, and results come back in input order. A worker that dies (a
crash in native code) costs only its batch: every article of it gets an error, the pool is
restarted and the rest goes on.
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
import weakref
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TYPE_CHECKING, Protocol

from communique.errors import CommuniqueError, StageError

if TYPE_CHECKING:
    from collections.abc import Callable

    from communique.record import ArticleRecord
    from communique.types import RawArticle


class BatchRunner(Protocol):
    """What a worker runs: the pipeline's batch function and its stage timings. This module
    never imports the pipeline: the pipeline hands it a picklable factory of its runner."""

    timings: dict[str, float]

    def run_batch(
        self, batch: list[RawArticle | CommuniqueError]
    ) -> list[ArticleRecord | CommuniqueError]: ...


_WORKER: BatchRunner | None = None
_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
#: Pools of this process, so that an interrupted command can stop their workers at once.
_POOLS: weakref.WeakSet[ProcessPoolExecutor] = weakref.WeakSet()


def _die_with_parent(parent: int) -> None:
    """End this worker when ``parent`` ends, however it ends (SIGKILL included).

    A worker blocks on its task pipe or in a parse; if the parent is killed nothing ever closes
    that pipe, and the worker (with the resource tracker, which waits for every holder of its
    pipe) would live on under PID 1, holding a loaded model. On Linux the kernel does the job:
    ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` kills the worker as soon as the parent thread that
    started it exits. Elsewhere (or if prctl fails) a daemon thread checks every half second
    whether the parent is still our parent and exits if not; it also covers the race of a
    parent that died before prctl was called.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watchdog below still does it

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="communique-parent-watch", daemon=True).start()


def _init(make: Callable[[], BatchRunner], parent: int) -> None:
    global _WORKER
    # Ctrl-C reaches the whole process group: the parent decides what happens (it stops the
    # workers), so a worker neither prints a traceback nor dies half-way on its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)

    _WORKER = make()  # loads the model once, at start


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
    make: Callable[[], BatchRunner],
    timings: dict[str, float],
    batches: Iterable[list[RawArticle | CommuniqueError]],
    workers: int,
) -> Iterator[ArticleRecord | CommuniqueError]:
    """Records (or errors) for every item of ``batches``, in order, from ``workers`` processes,
    each running the batch function of ``make()`` (a picklable factory: the processes are
    spawned); their stage timings are added to ``timings``."""
    context = mp.get_context("spawn")  # no fork of a parent holding threads or a DuckDB handle

    def pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=_init,
            initargs=(make, os.getpid()),
        )

    executor = pool()
    _POOLS.add(executor)
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
            _POOLS.add(executor)
            # Resubmit what was in flight behind the broken batch.
            again = [b for b, _ in pending]
            pending.clear()
            for b in again:
                pending.append((b, executor.submit(_work, b)))
            return
        for k, v in delta.items():
            timings[k] = timings.get(k, 0.0) + v
        yield from results

    try:
        for batch in batches:
            pending.append((batch, executor.submit(_work, batch)))
            while len(pending) >= 2 * workers:
                yield from drain_one()
        while pending:
            yield from drain_one()
    except BaseException:  # interrupted, or the consumer stopped: do not wait for the batches
        stop_workers(executor)
        raise
    finally:
        executor.shutdown(cancel_futures=True)


def stop_workers(executor: ProcessPoolExecutor | None = None) -> None:
    """Kill the workers of ``executor`` (default: every pool of this process) without waiting
    for the batches they hold; a plain shutdown would wait for each to finish its batch.
    ``_processes`` is private, but the executor offers no public way before Python 3.14."""
    for ex in [executor] if executor else list(_POOLS):
        for proc in list((getattr(ex, "_processes", None) or {}).values()):
            if proc.is_alive():
                proc.kill()
