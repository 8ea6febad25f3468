#!/usr/bin/env python3
"""Assemble the event training set from the writers' batches (DATASHEET.md says how they were
written): validate, make the labels consistent, drop near-copies, assign the train/dev split.

    python training/events/assemble.py RAW_DIR [RAW_DIR ...] --out training/events/sentences.jsonl

Label rules applied here: the PLOVER type of a positive follows its CAMEO code through the
project's crosswalk (data/events/plover_crosswalk.tsv), so "release" (084) is RETREAT and
"apologise" (055) CONCEDE wherever a writer thought otherwise; a code the crosswalk does not
map (010, a plain statement) makes a negative. Near-copies (the same word 3-shingles for 70 %
of the shorter sentence) keep only the first. The split (10 % dev) is a hash of the text, so
adding sentences never moves old ones between train and dev.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from communique.events import code

MODES = {"asserted", "planned", "possible", "hoped", "negated"}
WORD = re.compile(r"[a-z0-9]+")


def norm_words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def shingles(text: str) -> set[tuple[str, ...]]:
    w = norm_words(text)
    return {tuple(w[i : i + 3]) for i in range(max(1, len(w) - 2))}


def clean(row: dict, origin: str) -> dict | None:
    """A consistent training row, or None for a row that cannot be used."""
    text = " ".join(str(row.get("text") or "").split())
    if not 4 <= len(text.split()) <= 120:
        return None
    cameo = row.get("cameo")
    cameo = str(cameo) if cameo not in (None, "", "null") else None
    if cameo is not None and not cameo.isdigit():
        return None
    plover = [p for p in (row.get("plover") or []) if isinstance(p, str)]
    mapped = code.plover(cameo) if cameo else None
    if plover and mapped and plover[0] != mapped:
        plover = [mapped] + [p for p in plover[1:] if p != mapped]
    if plover and cameo and mapped is None:
        plover = []  # 010 and other unmapped codes: no PLOVER event
    mode = row.get("mode") if row.get("mode") in MODES else "asserted"
    return {
        "text": text,
        "plover": plover,
        "cameo": cameo,
        "mode": mode if plover else None,
        "source": row.get("source") if plover else None,
        "target": row.get("target") if plover else None,
        "kind": row.get("kind") or ("event" if plover else "other"),
        "style": row.get("style"),
        "year": row.get("year"),
        "origin": origin,
    }


def dedupe(rows: list[dict]) -> list[dict]:
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    kept: list[dict] = []
    sh: list[set[tuple[str, ...]]] = []
    for row in rows:
        mine = shingles(row["text"])
        hits = Counter(j for s in mine for j in index.get(s, ()))
        if any(n >= 0.7 * min(len(mine), len(sh[j])) for j, n in hits.items()):
            continue
        for s in mine:
            index[s].append(len(kept))
        sh.append(mine)
        kept.append(row)
    return kept


def split_of(text: str) -> str:
    h = int(hashlib.sha256(" ".join(norm_words(text)).encode()).hexdigest(), 16)
    return "dev" if h % 10 == 0 else "train"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("raw", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "sentences.jsonl")
    a = ap.parse_args()
    rows, bad = [], 0
    for folder in a.raw:
        for f in sorted(folder.glob("*.jsonl")):
            for n, line in enumerate(f.read_text("utf-8").splitlines(), 1):
                try:
                    r = clean(json.loads(line), f"{folder.name}/{f.name}:{n}")
                except (json.JSONDecodeError, AttributeError, TypeError):
                    r = None
                bad += r is None and bool(line.strip())
                if r:
                    rows.append(r)
    kept = dedupe(rows)
    with a.out.open("w", encoding="utf-8") as fh:
        for r in kept:
            r["id"] = hashlib.sha256(r["text"].encode()).hexdigest()[:12]
            r["split"] = split_of(r["text"])
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(
        f"read {len(rows) + bad}, unusable {bad}, near-copies dropped {len(rows) - len(kept)}, "
        f"kept {len(kept)}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
