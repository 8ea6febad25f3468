#!/usr/bin/env python3
"""Draw the second fresh event-sentence set (devsets/fresh2/events; devsets/README.md).

    python scripts/draw_fresh_events2.py --out DIR

The first fresh sets used up NAEB's politics pool (scripts/draw_fresh_sets.py), and their dev
halves were tuned on. This set is drawn from text no rule or model of the project was fitted
to: the English MEANTIME documents (Wikinews: Airbus, Apple, GM, stock market; CC BY 4.0; used
before only for time expressions in their first sentences) and the NAEB articles outside every
earlier fresh set that name the business of politics at least four times. Sentences: up to two
per MEANTIME document (lines after the title and dateline), up to eight per NAEB article
(spaCy's segmentation of the text the pipeline reads), drawn with a fixed seed; halves by
document. Writes DIR/manifest.jsonl (the rows, without events: the annotator adds them) and
DIR/packet.jsonl (id, date, source, title, the sentence before, the sentence) for the
annotators only; neither text file is committed, the texts stay in ../shared.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
SEED = 20261207


def _used() -> set[str]:
    fresh = ROOT / "devsets" / "fresh"
    manifest = json.loads((fresh / "manifest.json").read_text())
    used = set(manifest["articles"]) | set(manifest["quotes"])
    for line in (fresh / "events" / "sentences.jsonl").open():
        used.add(json.loads(line)["article"].removeprefix("naeb:"))
    return used


def meantime_rows(
    rng: random.Random, exclude: frozenset[tuple[str, int]] = frozenset()
) -> list[dict]:
    """Up to two sentences per MEANTIME document, none of ``exclude`` ((reference, start))."""
    from communique.evaluation.meantime import read_case

    rows = []
    folder = SHARED / "meantime" / "intra-doc_annotation"
    for path in sorted(folder.glob("*/*.xml")):
        case = read_case(path)
        lines, pos, spans = case.text.split("\n"), 0, []
        for i, line in enumerate(lines):
            if i >= 2 and len(line.split()) >= 6:
                spans.append((pos, pos + len(line), lines[i - 1]))
            pos += len(line) + 1
        ref = f"meantime:{path.parent.name}/{path.stem}"
        spans = [sp for sp in spans if (ref, sp[0]) not in exclude]
        for s, e, before in sorted(rng.sample(spans, min(2, len(spans)))):
            rows.append(_row(ref, s, e, case.text, before, case.dct and case.dct.isoformat()))
    return rows


def naeb_rows(
    rng: random.Random, used: set[str] | None = None, min_politics: int = 4
) -> list[dict]:
    """Up to eight sentences per NAEB article outside ``used`` (default: the first fresh sets')
    that names the business of politics at least ``min_politics`` times."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from draw_fresh_sets import NOT_NEWS, POLITICS

    from communique.nlp import load_nlp
    from communique.settings import load_settings

    nlp = load_nlp(load_settings().spacy_model)
    used, rows = (_used() if used is None else used), []
    for line in (SHARED / "naeb" / "articles.jsonl").open(encoding="utf-8"):
        art = json.loads(line)
        text, words = art["text"], len(art["text"].split())
        if art["id"] in used or NOT_NEWS.search(art.get("source") or ""):
            continue
        if not 100 <= words <= 4000 or len(POLITICS.findall(text)) < min_politics:
            continue
        sents = [s for s in nlp(text).sents if len(s.text.split()) >= 6 and "\n" not in s.text]
        picked = sorted(rng.sample(range(len(sents)), min(8, len(sents))))
        for k in picked:
            s = sents[k]
            before = sents[k - 1].text if k else ""
            ref = f"naeb:{art['id']}"
            rows.append(_row(ref, s.start_char, s.end_char, text, before, art.get("published")))
            rows[-1]["source"] = art.get("source")
    return rows


def _row(ref: str, s: int, e: int, text: str, before: str, date: str | None) -> dict:
    title = text.split("\n", 1)[0]
    return {
        "article": ref,
        "start": s,
        "end": e,
        "text": text[s:e],
        "before": before,
        "title": title,
        "published": date,
        "source": None,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    rng = random.Random(SEED)
    write_sets(a.out, meantime_rows(rng) + naeb_rows(rng), rng, "t")


def write_sets(out: Path, rows: list[dict], rng: random.Random, prefix: str) -> None:
    """Halves by document (shuffled with ``rng``); OUT/manifest.jsonl and OUT/packet.jsonl,
    sentence ids ``<prefix>001``..."""
    docs = sorted({r["article"] for r in rows})
    rng.shuffle(docs)
    half = {d: ("dev" if i % 2 == 0 else "test") for i, d in enumerate(docs)}
    out.mkdir(parents=True, exist_ok=True)
    with (out / "manifest.jsonl").open("w") as man, (out / "packet.jsonl").open("w") as pk:
        for i, r in enumerate(rows, 1):
            sid = f"{prefix}{i:03d}"
            keep = {"id": sid, "article": r["article"], "start": r["start"], "end": r["end"]}
            man.write(json.dumps({**keep, "half": half[r["article"]]}) + "\n")
            packet = {k: r[k] for k in ("published", "source", "title", "before", "text")}
            pk.write(json.dumps({"id": sid, **packet}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences from {len(docs)} documents")


if __name__ == "__main__":
    main()
