"""Query results on stdout: a rich table for people, CSV or JSON Lines for scripts."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO


def _plain(value: Any) -> Any:
    """JSON-safe values (dates, decimals and the like as their string form)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def write_rows(names: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str, out: TextIO) -> None:
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
    elif fmt == "jsonl":
        for row in rows:
            out.write(
                json.dumps(dict(zip(names, map(_plain, row), strict=True)), ensure_ascii=False)
                + "\n"
            )
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(*names, caption=f"{len(rows)} row(s)")
        for row in rows:
            table.add_row(*["" if v is None else str(v) for v in row])
        Console(file=out, highlight=False, markup=False).print(table)
    else:
        raise ValueError(f"unknown format {fmt!r}; use table, csv or jsonl")
    out.flush()
