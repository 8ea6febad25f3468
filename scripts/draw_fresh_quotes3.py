#!/usr/bin/env python3
"""Draw the third fresh quote set (devsets/fresh7/quotes; devsets/README.md gives the protocol).

    python scripts/draw_fresh_quotes3.py --out DIR

Why: on 2026-12-08 quote speakers were improved by class from samples of NAEB articles outside
every set (devsets/read_naeb_samples.json); whether that carries to articles nobody has read
needs a new set. Drawn, with its own seed, like the second quote set
(``draw_fresh_quotes2``: general news, English, at least four quotations, 150-1,800 words) from
the NAEB articles that no earlier set holds (fresh6 included) and that were not read while
developing (read_naeb_samples.json). Writes DIR/manifest.json (article ids and halves) and,
for the annotators only, DIR/texts/<id>.txt (never committed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import draw_fresh_quotes2 as second  # noqa: E402

SEED = 20261208


def _used() -> set[str]:
    used = second._used()
    used |= set(json.loads((ROOT / "devsets/fresh6/manifest.json").read_text())["quotes"])
    read = json.loads((ROOT / "devsets/read_naeb_samples.json").read_text())
    for key, ids in read.items():
        if key != "note":
            used |= set(ids)
    return used


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--naeb", default="../shared/corpus/naeb/articles.jsonl")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=16)
    a = ap.parse_args()
    second.draw(Path(a.naeb), a.out, a.articles, SEED, _used())


if __name__ == "__main__":
    main()
