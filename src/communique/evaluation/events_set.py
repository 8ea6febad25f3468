"""The sentence-level PLOVER set (``devsets/events/plover_dev.jsonl``, format in the dev-set notes).

A sentence with a gold type is typed right when one predicted event has that PLOVER type, and
fully right when that event's source and target actors also have the gold countries (a null
gold country matches a side with no actor or an actor without a country), the rule of
``benchmarks/events_dev.py``. A no-event sentence is right when nothing is predicted.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.errors import CommuniqueError, InputError

if TYPE_CHECKING:
    from communique.pipeline import Pipeline
    from communique.types import RawArticle


def read_sentences(path: Path) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError("E121", input=f"{path}:{n}", reason=str(exc)) from exc
        out.append(item)
    return out


def _countries(record: Mapping[str, Any], ids: Sequence[str]) -> set[str | None]:
    out = {a.get("country") for a in record.get("actors", []) if a.get("id") in ids}
    return out or {None}


def judge(gold: Mapping[str, Any], record: Mapping[str, Any]) -> tuple[bool, bool]:
    """(typed right, fully right) for one sentence with a gold type."""
    typed = [e for e in record.get("events", []) if e.get("plover") == gold["plover"]]
    full = [
        e
        for e in typed
        if gold.get("source") in _countries(record, e.get("source") or [])
        and gold.get("target") in _countries(record, e.get("target") or [])
    ]
    return bool(typed), bool(full)


def score_sentences(
    golds: Sequence[Mapping[str, Any]], records: Sequence[Mapping[str, Any]]
) -> dict[str, float]:
    typed = full = events = nones = clean = 0
    for g, rec in zip(golds, records, strict=True):
        if g.get("plover") is None:
            nones += 1
            clean += not rec.get("events")
            continue
        t, f = judge(g, rec)
        events += 1
        typed += t
        full += f
    return {
        "type_accuracy": round(typed / events, 3) if events else 1.0,
        "full_match": round(full / events, 3) if events else 1.0,
        "no_event_precision": round(clean / nones, 3) if nones else 1.0,
        "accuracy": round((full + clean) / len(golds), 3) if golds else 1.0,
    }


def evaluate_sentences(path: Path, pipeline: Pipeline, half: str | None = None) -> dict[str, float]:
    """Run the pipeline on every sentence (one batch) and score the set; a fresh-format set
    (sentences by corpus reference, several events each) is scored by event_sentences."""
    from communique.evaluation.event_sentences import evaluate_fresh, is_fresh_format
    from communique.types import RawArticle

    golds = read_sentences(path)
    if is_fresh_format(golds):
        return evaluate_fresh(path, pipeline, half)
    raws = [
        RawArticle(
            text=g["text"],
            input=str(g.get("id")),
            published=g.get("published"),
            published_from="cli",
        )
        for g in golds
    ]
    return score_sentences(golds, extract_all(pipeline, raws))


def extract_all(pipeline: Pipeline, raws: Sequence[RawArticle]) -> list[dict[str, Any]]:
    """The records of ``raws`` in order, in one batch; the first error is raised."""
    records = []
    for rec in pipeline.extract_many(raws, workers=1):
        if isinstance(rec, CommuniqueError):
            raise rec
        records.append(rec.to_dict())
    return records
