"""JSON output: ``json`` (one object for one article, an array for several), ``jsonl`` (one
object per line), and the record's JSON Schema as the text committed in schema/."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from communique.record import ArticleRecord

SCHEMA_ID = "urn:communique:record:1"


def dumps(record: ArticleRecord, indent: int | None = None) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=indent)


class JsonSink:
    """One record -> one pretty object; more -> a JSON array, streamed (one record held back).

    Holding back only the first record keeps memory constant while still printing a bare
    object for the common case of one article (what SCHEMA.md and the scorer expect).
    """

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.first: ArticleRecord | None = None
        self.count = 0

    def write(self, record: ArticleRecord) -> None:
        self.count += 1
        if self.count == 1:
            self.first = record
            return
        if self.count == 2:
            assert self.first is not None
            self.out.write("[\n" + _indented(self.first))
            self.first = None
        self.out.write(",\n" + _indented(record))
        self.out.flush()

    def close(self) -> None:
        if self.count == 1 and self.first is not None:
            self.out.write(dumps(self.first, indent=2) + "\n")
        elif self.count > 1:
            self.out.write("\n]\n")
        self.out.flush()


def _indented(record: ArticleRecord) -> str:
    return "\n".join("  " + line for line in dumps(record, indent=2).splitlines())


class JsonlSink:
    """One compact JSON object per line, flushed as it goes."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, record: ArticleRecord) -> None:
        self.out.write(dumps(record) + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


def schema() -> dict[str, Any]:
    """The record's JSON Schema (draft 2020-12), as committed in schema/record.schema.json."""
    from communique.record import json_schema

    body = json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **body}


def schema_text() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"
