#!/usr/bin/env python3
"""Counts of the training set for its datasheet (markdown on stdout).

python training/events/stats.py [sentences.jsonl]
"""

import json
import sys
from collections import Counter
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "sentences.jsonl")
rows = [json.loads(ln) for ln in path.read_text("utf-8").splitlines() if ln.strip()]
types = Counter(p for r in rows for p in r["plover"])
kinds = Counter(r["kind"] for r in rows)
roots = Counter((r["cameo"] or "--")[:2] for r in rows)
modes = Counter(r["mode"] for r in rows if r["plover"])
styles = Counter(r["style"] for r in rows)
split = Counter(r["split"] for r in rows)
countries = {
    side["country"]
    for r in rows
    for side in (r.get("source"), r.get("target"))
    if isinstance(side, dict) and side.get("country") not in (None, "IGO")
}
years = [r["year"] for r in rows if isinstance(r.get("year"), int)]
neg = sum(not r["plover"] for r in rows)
long_ = sum(len(r["text"].split()) > 30 for r in rows)
domestic = sum(
    1
    for r in rows
    if r["plover"]
    and isinstance(r.get("source"), dict)
    and isinstance(r.get("target"), dict)
    and r["source"].get("country")
    and r["source"].get("country") == r["target"].get("country")
)


def table(title: str, c: Counter) -> str:
    body = "\n".join(f"| {k} | {v} |" for k, v in sorted(c.items(), key=lambda kv: str(kv[0])))
    return f"| {title} | sentences |\n|---|---:|\n{body}\n"


print(f"- sentences: {len(rows)} (train {split['train']}, dev {split['dev']})")
print(f"- negatives (no PLOVER event): {neg} ({neg / len(rows):.0%})")
print(f"- over 30 words: {long_} ({long_ / len(rows):.0%}); domestic events: {domestic}")
print(f"- countries named as source or target: {len(countries)}")
print(f"- years: {min(years)}-{max(years)}\n")
for title, c in (
    ("PLOVER type", types),
    ("kind", kinds),
    ("CAMEO root", roots),
    ("mode (positives)", modes),
    ("style", styles),
):
    print(table(title, c))
