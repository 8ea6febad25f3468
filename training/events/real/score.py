#!/usr/bin/env python3
"""The pipeline on the real-news share, scored as the fresh event-sentence sets are.

    python training/events/real/score.py [--part r|d] [--split train|dev]

Each labelled sentence is rebuilt from the NAEB corpus (``../shared``) and read alone, dated by
its article; the figures are those of ``communique.evaluation.event_sentences.score_fresh``
(type precision, recall and F1, sentences with an event, dyads). Part r's first run, before any
change it prompted, is in ``devsets/fresh/first_runs.jsonl``; since then the share is a dev set
for the rules (DATASHEET.md).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]


def main() -> None:
    from communique.evaluation.event_sentences import score_fresh, sentence_article
    from communique.evaluation.events_set import extract_all
    from communique.pipeline import Pipeline

    ap = argparse.ArgumentParser()
    ap.add_argument("--part", choices=("r", "d"))
    ap.add_argument("--split", choices=("train", "dev"))
    a = ap.parse_args()
    rows = [json.loads(ln) for ln in (HERE / "labels.jsonl").read_text("utf-8").splitlines()]
    near = ROOT / "devsets" / "fresh" / "events"  # where the corpus is found from
    pipeline = Pipeline()
    for part in [a.part] if a.part else ["r", "d"]:
        golds = [
            r
            for r in rows
            if r["id"].startswith(part) and (a.split is None or r["split"] == a.split)
        ]
        records = extract_all(pipeline, [sentence_article(g, near) for g in golds])
        scores = score_fresh(golds, records)
        with_events = sum(1 for g in golds if g["events"])
        print(f"part {part}: {len(golds)} sentences, {with_events} with events", scores)


if __name__ == "__main__":
    main()
