"""Accuracy of the events stage on the PLOVER-style sentence development set.

    python benchmarks/events_dev.py [devsets/events/plover_dev.jsonl] [--errors] [--json]

Each line is one sentence with its gold PLOVER type and source/target countries (ISO3, or null;
see /work/notes/devsets.md). A sentence counts as typed right when one predicted event has the
gold type, and as a full match when that event's source and target actors also have the gold
countries (a null gold country matches an actor without one, or no target). No-event precision
is the share of no-event sentences for which nothing was predicted.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "devsets" / "events" / "plover_dev.jsonl"


def _countries(record: Any, ids: list[str]) -> set[str | None]:
    out = {a.country for a in record.actors if a.id in ids}
    return out or {None}


def judge(gold: dict[str, Any], record: Any) -> dict[str, Any]:
    evs = record.events
    typed = [e for e in evs if e.plover == gold["plover"]]
    src = [e for e in typed if gold["source"] in _countries(record, e.source)]
    tgt = [e for e in typed if gold["target"] in _countries(record, e.target)]
    full = [e for e in src if e in tgt]
    return {
        "typed": bool(typed),
        "source": bool(src),
        "target": bool(tgt),
        "full": bool(full),
        "modality": bool(full) and full[0].modality == gold.get("modality", "asserted"),
        "predicted": [
            (
                e.plover,
                e.cameo,
                sorted(map(str, _countries(record, e.source))),
                sorted(map(str, _countries(record, e.target))),
                e.modality,
            )
            for e in evs
        ],
    }


def evaluate(path: Path = DEFAULT, pipeline: Any = None) -> dict[str, Any]:
    from communique.pipeline import Pipeline, RawArticle

    pipe = pipeline or Pipeline()
    golds = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    raws = [
        RawArticle(
            text=g["text"], input=g["id"], published=g.get("published"), published_from="cli"
        )
        for g in golds
    ]
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    errors = []
    for g, rec in zip(golds, pipe.extract_many(raws, workers=1), strict=True):
        if isinstance(rec, Exception):
            raise rec
        if g["plover"] is None:
            totals["none"] += 1
            totals["none_clean"] += not rec.events
            if rec.events:
                errors.append((g["id"], g["text"], None, judge(g, rec)["predicted"]))
            continue
        j = judge(g, rec)
        totals["events"] += 1
        for k in ("typed", "source", "target", "full", "modality"):
            totals[k] += j[k]
            per_type[g["plover"]][k] += j[k]
        per_type[g["plover"]]["n"] += 1
        if not j["full"]:
            errors.append(
                (g["id"], g["text"], (g["plover"], g["source"], g["target"]), j["predicted"])
            )
    n = max(totals["events"], 1)
    return {
        "sentences": len(golds),
        "event_sentences": totals["events"],
        "type_accuracy": round(totals["typed"] / n, 3),
        "source_accuracy": round(totals["source"] / n, 3),
        "target_accuracy": round(totals["target"] / n, 3),
        "full_match": round(totals["full"] / n, 3),
        "modality_on_full": round(totals["modality"] / max(totals["full"], 1), 3),
        "no_event_precision": round(totals["none_clean"] / max(totals["none"], 1), 3),
        "per_type": {
            k: {m: v[m] for m in ("n", "typed", "full")} for k, v in sorted(per_type.items())
        },
        "errors": errors,
    }


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    res = evaluate(Path(args[0]) if args else DEFAULT)
    errors = res.pop("errors")
    if "--json" in argv:
        print(json.dumps(res, indent=1))
    else:
        for k, v in res.items():
            if k != "per_type":
                print(f"{k:20} {v}")
        for k, v in res["per_type"].items():
            print(f"  {k:10} n={v['n']:3} typed={v['typed']:3} full={v['full']:3}")
    if "--errors" in argv:
        for e in errors:
            print(e)


if __name__ == "__main__":
    main(sys.argv[1:])
