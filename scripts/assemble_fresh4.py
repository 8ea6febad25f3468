"""Assemble a written event-sentence set (devsets/fresh4, devsets/fresh5) from the helper
sessions' files.

Two helper sessions wrote 125 news-style sentences each (texts only, no labels; brief in
devsets/fresh4/README.md); two other helper sessions, who saw neither the code nor any output
of the pipeline, annotated them from docs/annotation.md and the CAMEO list. This script joins
text and gold by id and splits the set in halves by a hash of the id (dev: the lower half of
the hashes), so the split depends on nothing else. Run once, before the pipeline sees the set:

    python scripts/assemble_fresh4.py /work/fresh4 devsets/fresh4/events/sentences.jsonl
    python scripts/assemble_fresh4.py /work/fresh5 devsets/fresh5/events/sentences.jsonl

(fresh5: 150 sentences a part, brief in devsets/fresh5/events/DECISIONS.md.)
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def _rows(path: Path) -> dict[str, dict]:
    out = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["id"]] = row
    return out


def main(src: Path, out: Path) -> None:
    merged = []
    for part in ("A", "B"):
        texts, gold = _rows(src / f"texts_{part}.jsonl"), _rows(src / f"gold_{part}.jsonl")
        if set(texts) != set(gold):
            raise SystemExit(f"part {part}: ids of texts and gold differ")
        for i, t in texts.items():
            g = gold[i]
            merged.append(
                {
                    "id": i,
                    "text": t["text"],
                    "published": t["published"],
                    "events": g["events"],
                    "note": g.get("note", ""),
                }
            )
    ranked = sorted(merged, key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
    for n, row in enumerate(ranked):
        row["half"] = "dev" if n < len(ranked) // 2 else "test"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for row in sorted(merged, key=lambda r: r["id"]):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(merged)} sentences -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
