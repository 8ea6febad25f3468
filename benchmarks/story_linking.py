"""How well story linking works: candidate pairs for annotation, and a scorer.

Make the pairs (from a store of NAEB articles; no verdict of the system is written):

    python benchmarks/story_linking.py --db naeb.duckdb --make pairs.jsonl [--limit 300]

Candidates, over dated asserted article events of different articles with the same PLOVER
type: the same dyad at country level (for CONSULT in either order), whatever their dates;
and near misses, days at most one apart: exactly one side's country the same, or the same
actor names on both sides (actors without a country or code, which the rule cannot match).
Pairs come in a fixed pseudo-random order (by a hash of their keys), at most ``--limit``.

An annotator sets ``"same": true`` or ``false`` on each line (null = not annotated), reading
the two titles and evidence sentences. Then score the system against the annotation:

    python benchmarks/story_linking.py pairs.jsonl --db naeb.duckdb

System verdict: both events are mentions of the same story event. Prints precision, recall
and F1 of "same", with the counts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from communique.store import Store

_MENTIONS = """
SELECT m.article_id, m.event_id, a.title, m.published, m.outlet, m.plover, m.cameo,
       m.source_name, m.source_country, m.target_name, m.target_country, m.day::VARCHAR AS day,
       m.location_name, m.text AS evidence
FROM story_event_mentions m JOIN articles a ON a.id = m.article_id
WHERE m.day IS NOT NULL
"""
_PAIRS = f"""
WITH m AS ({_MENTIONS})
SELECT to_json(x) AS a, to_json(y) AS b FROM m x JOIN m y
  ON x.article_id < y.article_id AND x.plover = y.plover
 AND ((x.source_country = y.source_country AND x.target_country = y.target_country)
      OR (abs(date_diff('day', x.day::DATE, y.day::DATE)) <= 1
          AND lower(x.source_name) = lower(y.source_name)
          AND lower(coalesce(x.target_name, '')) = lower(coalesce(y.target_name, '')))
      OR (x.plover = 'CONSULT' AND x.source_country = y.target_country
          AND x.target_country = y.source_country)
      OR (abs(date_diff('day', x.day::DATE, y.day::DATE)) <= 1
          AND (x.source_country = y.source_country) <> (x.target_country = y.target_country)))
"""


def _key(p: dict[str, Any]) -> str:
    a, b = p["a"], p["b"]
    return f"{a['article_id']}:{a['event_id']}|{b['article_id']}:{b['event_id']}"


def make(db: str, out: str, limit: int) -> int:
    with Store.open(db) as store:  # a write open: migrates and links an older store
        rows = store.con.execute(_PAIRS).fetchall()
    pairs = [{"a": json.loads(a), "b": json.loads(b), "same": None} for a, b in rows]
    pairs.sort(key=lambda p: hashlib.sha256(_key(p).encode()).hexdigest())
    pairs = pairs[:limit]
    with open(out, "w", encoding="utf-8") as fh:
        for n, p in enumerate(pairs, start=1):
            fh.write(json.dumps({"pair": n, **p}, ensure_ascii=False) + "\n")
    return len(pairs)


def score(pairs_file: str, db: str) -> dict[str, Any]:
    pairs = [json.loads(x) for x in Path(pairs_file).read_text("utf-8").splitlines() if x]
    with Store.open(db, read_only=True) as store:
        story = {
            (r[0], r[1]): r[2]
            for r in store.con.execute(
                "SELECT article_id, event_id, story_id FROM story_event_mentions"
            ).fetchall()
        }
    tp = fp = fn = tn = 0
    gold = [p for p in pairs if p.get("same") is not None]
    for p in gold:
        a = story.get((p["a"]["article_id"], p["a"]["event_id"]))
        b = story.get((p["b"]["article_id"], p["b"]["event_id"]))
        linked = a is not None and a == b
        tp += linked and p["same"]
        fp += linked and not p["same"]
        fn += (not linked) and p["same"]
        tn += (not linked) and not p["same"]
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
    return {
        "pairs": len(pairs),
        "annotated": len(gold),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs", nargs="?", help="annotated pairs (JSON Lines) to score")
    ap.add_argument("--db", required=True)
    ap.add_argument("--make", help="write candidate pairs (no verdict) to this file")
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    if args.make:
        print(f"{make(args.db, args.make, args.limit)} pairs written to {args.make}")
    elif args.pairs:
        result = score(args.pairs, args.db)
        print(json.dumps(result, indent=1))
        if not result["annotated"]:
            print('no pair is annotated yet: set "same": true/false', file=sys.stderr)
    else:
        ap.error("give PAIRS.jsonl to score, or --make FILE")


if __name__ == "__main__":
    main()
