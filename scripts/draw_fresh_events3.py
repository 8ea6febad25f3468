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
    rows += naeb_rows(rng, used)
    docs = sorted({r["article"] for r in rows})
    rng.shuffle(docs)
    half = {d: ("dev" if i % 2 == 0 else "test") for i, d in enumerate(docs)}
    a.out.mkdir(parents=True, exist_ok=True)
    with (a.out / "manifest.jsonl").open("w") as man, (a.out / "packet.jsonl").open("w") as pk:
        for i, r in enumerate(rows, 1):
            sid = f"u{i:03d}"
            keep = {"id": sid, "article": r["article"], "start": r["start"], "end": r["end"]}
            man.write(json.dumps({**keep, "half": half[r["article"]]}) + "\n")
            packet = {k: r[k] for k in ("published", "source", "title", "before", "text")}
            pk.write(json.dumps({"id": sid, **packet}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences from {len(docs)} documents")


def naeb_rows(rng: random.Random, used: set[str]) -> list[dict]:
    from draw_fresh_sets import NOT_NEWS, POLITICS

    from communique.nlp import load_nlp
    from communique.settings import load_settings

    nlp = load_nlp(load_settings().spacy_model)
    rows = []
    for line in (second.SHARED / "naeb" / "articles.jsonl").open(encoding="utf-8"):
        art = json.loads(line)
        text, words = art["text"], len(art["text"].split())
        if art["id"] in used or NOT_NEWS.search(art.get("source") or ""):
            continue
        if not 100 <= words <= 4000 or len(POLITICS.findall(text)) < MIN_POLITICS:
            continue
        sents = [s for s in nlp(text).sents if len(s.text.split()) >= 6 and "\n" not in s.text]
        for k in sorted(rng.sample(range(len(sents)), min(8, len(sents)))):
            s = sents[k]
            before = sents[k - 1].text if k else ""
            row = second._row(
                f"naeb:{art['id']}", s.start_char, s.end_char, text, before, art.get("published")
            )
            rows.append({**row, "source": art.get("source")})
    return rows


if __name__ == "__main__":
    main()
