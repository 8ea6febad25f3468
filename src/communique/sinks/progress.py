"""A progress bar (rich) on stderr for multi-file work; silent when stderr is not a terminal,
so logs and pipes get only the one-line error messages."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class Progress(Protocol):
    def advance(self, ok: bool = True) -> None: ...


class _Quiet:
    def advance(self, ok: bool = True) -> None:
        pass


class _Bar:
    def __init__(self, progress: object, task: object) -> None:
        self.progress, self.task = progress, task
        self.done = self.failed = 0

    def advance(self, ok: bool = True) -> None:
        self.done += 1
        self.failed += not ok
        self.progress.update(  # type: ignore[attr-defined]
            self.task, advance=1, description=f"articles ({self.failed} failed)"
        )


@contextmanager
def progress(enabled: bool, label: str = "articles") -> Iterator[Progress]:
    """A bar counting articles (the total is unknown while inputs stream) when ``enabled`` and
    stderr is a terminal; otherwise a no-op."""
    if not (enabled and sys.stderr.isatty()):
        yield _Quiet()
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.progress import Progress as RichProgress

    bar = RichProgress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
        redirect_stdout=False,  # records go to stdout untouched; only stderr lines are routed
    )
    with bar:
        yield _Bar(bar, bar.add_task(label, total=None))


def many_inputs(inputs: list[str]) -> bool:
    """Whether the work is multi-article: several inputs, a directory or a JSON Lines file."""
    from pathlib import Path

    if len(inputs) > 1:
        return True
    return any(p != "-" and (Path(p).is_dir() or p.endswith(".jsonl")) for p in inputs)
