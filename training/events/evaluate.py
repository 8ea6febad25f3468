#!/usr/bin/env python3
"""Score a trained event classifier on a DocBin: per PLOVER type precision, recall and F1 at
the shipped threshold, micro figures, root and mode accuracy on positives.

    python training/events/evaluate.py MODEL_DIR corpus/dev.spacy [--threshold 0.5] [--out F]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def score(pairs: list[tuple[dict, dict]], threshold: float) -> dict:
    types = sorted({k[2:] for gold, _ in pairs for k in gold if k.startswith("P_")})
    per, tp_all, fp_all, fn_all, root_ok, mode_ok, pos = {}, 0, 0, 0, 0, 0, 0
    for t in types:
        k = f"P_{t}"
        tp = sum(g[k] == 1.0 and p[k] >= threshold for g, p in pairs)
        fp = sum(g[k] == 0.0 and p[k] >= threshold for g, p in pairs)
        fn = sum(g[k] == 1.0 and p[k] < threshold for g, p in pairs)
        pr, rc = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        per[t] = {
            "p": round(pr, 3),
            "r": round(rc, 3),
            "f": round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0,
            "n": tp + fn,
        }
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
    for g, p in pairs:
        if any(g[k] == 1.0 for k in g if k.startswith("P_")):
            pos += 1
            for prefix in ("R_", "M_"):
                gold = [k for k in g if k.startswith(prefix) and g[k] == 1.0]
                best = max((k for k in p if k.startswith(prefix)), key=lambda k: p[k], default="")
                ok = bool(gold) and best in gold
                root_ok += ok and prefix == "R_"
                mode_ok += ok and prefix == "M_"
    micro_p = tp_all / (tp_all + fp_all) if tp_all + fp_all else 0.0
    micro_r = tp_all / (tp_all + fn_all) if tp_all + fn_all else 0.0
    return {
        "threshold": threshold,
        "sentences": len(pairs),
        "micro_p": round(micro_p, 3),
        "micro_r": round(micro_r, 3),
        "micro_f": round(2 * micro_p * micro_r / (micro_p + micro_r), 3)
        if micro_p + micro_r
        else 0.0,
        "macro_f": round(sum(v["f"] for v in per.values()) / len(per), 3) if per else 0.0,
        "root_accuracy": round(root_ok / pos, 3) if pos else 0.0,
        "mode_accuracy": round(mode_ok / pos, 3) if pos else 0.0,
        "per_type": per,
    }


def main() -> None:
    import spacy
    from spacy.tokens import DocBin

    ap = argparse.ArgumentParser()
    ap.add_argument("model", type=Path)
    ap.add_argument("data", type=Path)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    nlp = spacy.load(a.model)
    gold = list(DocBin().from_disk(a.data).get_docs(nlp.vocab))
    preds = nlp.pipe(nlp.make_doc(d.text) for d in gold)
    res = score(
        [(dict(g.cats), dict(p.cats)) for g, p in zip(gold, preds, strict=True)], a.threshold
    )
    text = json.dumps(res, indent=1)
    if a.out:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(text + "\n", "utf-8")
    print(text)


if __name__ == "__main__":
    main()
