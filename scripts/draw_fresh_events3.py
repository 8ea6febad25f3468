#!/usr/bin/env python3
"""Draw the third fresh event-sentence set (devsets/fresh3/events; devsets/README.md).

    python scripts/draw_fresh_events3.py --out DIR

The second set's dev half was tuned on, so its test half is no longer the only honest figure
the events stage can show. This set is drawn the same way (``draw_fresh_events2.py``), with its
own seed, from sentences no earlier set holds: up to two more per MEANTIME document (none that
the second set drew), and up to eight per NAEB article that is in no earlier set and names the
business of politics at least twice (the second set took those at four or more). Halves by
document; writes DIR/manifest.jsonl and DIR/packet.jsonl as the second set's script does.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import draw_fresh_events2 as second  # noqa: E402

SEED = 20261208
MIN_POLITICS = 2


def _drawn() -> tuple[set[tuple[str, int]], set[str]]:
    """(article, start) of every sentence of the earlier sets, and their NAEB article ids."""
    spans: set[tuple[str, int]] = set()
    for name in ("fresh", "fresh2"):
        for line in (ROOT / "devsets" / name / "events" / "sentences.jsonl").open():
            r = json.loads(line)
            spans.add((r["article"], int(r["start"])))
    arts = {a.removeprefix("naeb:") for a, _ in spans if a.startswith("naeb:")}
    return spans, arts | second._used()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    rng = random.Random(SEED)
    spans, used = _drawn()
    rows = second.meantime_rows(rng, frozenset(spans))
    rows += second.naeb_rows(rng, used, MIN_POLITICS)
    second.write_sets(a.out, rows, rng, "u")


if __name__ == "__main__":
    main()
