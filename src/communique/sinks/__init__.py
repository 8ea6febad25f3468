"""Where records go: ``open_sink(fmt, stream)`` for json, jsonl and table (rich), and a
progress bar that shows only on a terminal. The DuckDB store lives in communique.store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from communique.record import ArticleRecord

FORMATS = ("json", "jsonl", "table")


class Sink(Protocol):
    def write(self, record: ArticleRecord) -> None: ...

    def close(self) -> None: ...


def open_sink(fmt: str, out: TextIO) -> Sink:
    if fmt == "json":
        from communique.sinks.json import JsonSink

        return JsonSink(out)
    if fmt == "jsonl":
        from communique.sinks.json import JsonlSink

        return JsonlSink(out)
    if fmt == "table":
        from communique.sinks.table import TableSink

        return TableSink(out)
    raise ValueError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
