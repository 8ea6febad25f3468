#!/usr/bin/env python3
"""Merge the annotators' output into ``labels.jsonl`` (the real-news share's labels).

    python training/events/real/build.py /tmp/ann/out_*.jsonl

Each output line (``{"id", "events", "note"}``, docs/annotation.md "Event sentences") is joined
to its sentence reference in ``sample.jsonl`` (article id and offsets; the text is not stored).
The split is a hash of the article id, 20 % dev, so no article gives sentences to both.
Lines whose id is unknown, and events whose PLOVER type is none of the 16, are reported and
left out.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from communique.events.code import plover_types

HERE = Path(__file__).parent
DEV_SHARE = 20  # percent of articles


def split_of(article: str) -> str:
    digest = int(hashlib.sha256(article.encode("utf-8")).hexdigest()[:8], 16)
    return "dev" if digest % 100 < DEV_SHARE else "train"


def main(paths: list[str]) -> None:
    refs = {}
    for sample in sorted(HERE.glob("sample_*.jsonl")):
        for line in sample.read_text("utf-8").splitlines():
            ref = json.loads(line)
            refs[ref["id"]] = ref
    types = set(plover_types())
    rows, dropped = {}, 0
    for path in paths:
        for line in Path(path).read_text("utf-8").splitlines():
            if not line.strip():
                continue
            got = json.loads(line)
            ref = refs.get(got.get("id"))
            if ref is None:
                dropped += 1
                continue
            events = [e for e in got.get("events") or [] if e.get("plover") in types]
            dropped += len(got.get("events") or []) - len(events)
            row = {k: ref[k] for k in ("id", "article", "start", "end")}
            row.update(split=split_of(ref["article"]), events=events)
            if got.get("note"):
                row["note"] = got["note"]
            rows[row["id"]] = row
    out = HERE / "labels.jsonl"
    out.write_text("".join(json.dumps(rows[k]) + "\n" for k in sorted(rows)), "utf-8")
    with_ev = sum(1 for r in rows.values() if r["events"])
    print(f"{len(rows)} sentences ({with_ev} with events) written; {dropped} lines/events left out")


if __name__ == "__main__":
    main(sys.argv[1:])
