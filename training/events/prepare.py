#!/usr/bin/env python3
"""Turn training/events/sentences.jsonl into spaCy DocBins for ``spacy train``.

    python training/events/prepare.py [--data sentences.jsonl] --out corpus/

Each sentence is parsed by the pipeline Communiqué runs (so the named entities are the ones the
pipeline will see), written as :func:`communique.events.classifier.features` writes it, and
given its categories: ``P_<TYPE>`` for each of the 16 PLOVER types, ``R_<NN>`` for the CAMEO
roots 01-20 (a plain statement, code 010, is R_01 and no P_), ``M_<mode>`` for a positive's
mode. Writes train.spacy and dev.spacy by the rows' ``split``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from communique.events.code import plover_types

PLOVER = plover_types()  # the package's one list, in its order
ROOTS = [f"{n:02d}" for n in range(1, 21)]
MODES = ["asserted", "planned", "possible", "hoped", "negated"]
LABELS = [f"P_{p}" for p in PLOVER] + [f"R_{r}" for r in ROOTS] + [f"M_{m}" for m in MODES]


def cats_of(row: dict) -> dict[str, float]:
    cats = dict.fromkeys(LABELS, 0.0)
    for p in row["plover"]:
        cats[f"P_{p}"] = 1.0
    if row.get("cameo") and row["cameo"][:2] in ROOTS:
        cats[f"R_{row['cameo'][:2]}"] = 1.0
    if row["plover"] and row.get("mode") in MODES:
        cats[f"M_{row['mode']}"] = 1.0
    return cats


def main() -> None:
    import spacy
    from spacy.tokens import DocBin

    from communique.events.classifier import features
    from communique.nlp import load_nlp
    from communique.settings import load_settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(__file__).parent / "sentences.jsonl")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--features", choices=("lemma", "form"), default="lemma")
    a = ap.parse_args()
    rows = [json.loads(ln) for ln in a.data.read_text("utf-8").splitlines() if ln.strip()]
    nlp, blank = load_nlp(load_settings().spacy_model), spacy.blank("en")
    bins = {"train": DocBin(), "dev": DocBin()}
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=True):
        out = blank.make_doc(features(doc[:], a.features == "lemma"))
        out.cats = cats_of(row)
        bins[row["split"]].add(out)
    a.out.mkdir(parents=True, exist_ok=True)
    for name, db in bins.items():
        db.to_disk(a.out / f"{name}.spacy")
        print(f"{name}: {len(db)} sentences")
    (a.out / "labels.json").write_text(json.dumps(LABELS), "utf-8")


if __name__ == "__main__":
    main()
