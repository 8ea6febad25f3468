#!/usr/bin/env python3
"""Turn training/events/sentences.jsonl into spaCy DocBins for ``spacy train``.

    python training/events/prepare.py [--data sentences.jsonl] --out corpus/

Each sentence is parsed by the pipeline Communiqué runs (so the named entities are the ones the
pipeline will see), written as :func:`communique.events.classifier.features` writes it, and
given its categories: ``P_<TYPE>`` for each of the 16 PLOVER types, ``R_<NN>`` for the CAMEO
roots 01-20 (a plain statement, code 010, is R_01 and no P_), ``M_<mode>`` for a positive's
mode. Writes train.spacy and dev.spacy by the rows' ``split``.

With ``--real`` (the real-news share, ``real/labels.jsonl``, DATASHEET.md) each labelled
sentence is rebuilt from the corpus it names (``--corpus``, the NAEB articles: their text is
never stored in the repository) and added with the same categories: ``--real-weight`` copies
to train, one to dev (none to either at weight 0, the shipped recipe); ``dev_real.spacy``
always holds the real dev sentences alone, so a model is scored on real news apart from the
written sentences.
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


def real_rows(path: Path, corpus: Path) -> list[dict]:
    """The real share as training rows: text from the corpus, labels from the events."""
    from communique.events import code

    texts = {}
    for line in corpus.read_text("utf-8").splitlines():
        if line.strip():
            art = json.loads(line)
            texts[f"naeb:{art['id']}"] = art["text"]
    rows = []
    for line in path.read_text("utf-8").splitlines():
        ref = json.loads(line)
        events = [e for e in ref["events"] if code.plover(str(e.get("cameo"))) == e["plover"]]
        first = events[0] if events else {}
        rows.append(
            {
                "text": texts[ref["article"]][ref["start"] : ref["end"]],
                "plover": sorted({e["plover"] for e in events}),
                "cameo": str(first.get("cameo")) if first else None,
                "mode": first.get("mode"),
                "split": ref["split"],
                "real": True,
            }
        )
    return rows


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
    ap.add_argument("--real", type=Path, help="the real-news share (real/labels.jsonl)")
    ap.add_argument("--corpus", type=Path, help="the corpus the real share names (NAEB jsonl)")
    ap.add_argument("--real-weight", type=int, default=1)
    a = ap.parse_args()
    rows = [json.loads(ln) for ln in a.data.read_text("utf-8").splitlines() if ln.strip()]
    if a.real:
        rows += real_rows(a.real, a.corpus)
    nlp, blank = load_nlp(load_settings().spacy_model), spacy.blank("en")
    bins = {"train": DocBin(), "dev": DocBin(), "dev_real": DocBin()}
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=True):
        out = blank.make_doc(features(doc[:], a.features == "lemma"))
        out.cats = cats_of(row)
        copies = a.real_weight if row.get("real") else 1
        for _ in range(copies if row["split"] == "train" else min(copies, 1)):
            bins[row["split"]].add(out)
        if row.get("real") and row["split"] == "dev":
            bins["dev_real"].add(out)
    a.out.mkdir(parents=True, exist_ok=True)
    for name, db in bins.items():
        db.to_disk(a.out / f"{name}.spacy")
        print(f"{name}: {len(db)} sentences")
    (a.out / "labels.json").write_text(json.dumps(LABELS), "utf-8")


if __name__ == "__main__":
    main()
