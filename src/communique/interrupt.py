"""SIGINT and SIGTERM end a command with one line and the shell's exit code (130, 143).

``interruptible()`` turns either signal into :class:`Interrupted` (a BaseException, so no
``except Exception`` swallows it, and not a KeyboardInterrupt, which Click would turn into
"Aborted!" and exit 1). The exception unwinds the command normally: an open store transaction
is rolled back by ``Store.write`` and the store is closed, so the batch in flight is absent,
never half-written. Whatever error the signal caused on its way (DuckDB reports an interrupted
query as its own ``RuntimeError``) is reported as the interruption, never as a traceback.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from communique.errors import CommuniqueError

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(signal.Signals(signum).name)


@contextmanager
def interruptible() -> Iterator[None]:
    """Within the block, SIGINT/SIGTERM stop the work; on the way out print one line and exit
    with 128 + the signal number. Outside the main thread it does nothing (signals cannot be
    handled there)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        for s in SIGNALS:  # a second Ctrl-C must not interrupt the rollback
            signal.signal(s, signal.SIG_IGN)
        raise Interrupted(signum)

    previous = {s: signal.signal(s, handler) for s in SIGNALS}
    try:
        yield
    except BaseException:
        if not received:
            raise
        _stop(received[0])
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


def _stop(signum: int) -> None:
    if "communique.parallel" in sys.modules:
        from communique.parallel import stop_workers

        stop_workers()
    name = signal.Signals(signum).name
    err = CommuniqueError("E002", signal=name)
    print(f"communique: {err.line()}", file=sys.stderr, flush=True)
    raise SystemExit(128 + signum) from None
