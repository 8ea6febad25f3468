"""The time stage on MEANTIME (NewsReader, English Wikinews, CC BY 4.0): TempEval-3-style scores.

    python -m communique.evaluation.meantime [--corpus DIR] [--errors] [--json]
    python benchmarks/meantime.py ...   (the same)

For each CAT XML file under ``intra-doc_annotation/``, the text is rebuilt from its tokens
(one line per sentence, tokens joined with the spacing English print uses), the document
creation time (the TIMEX3 with functionInDocument="CREATION_TIME") is the publication date,
and ``communique.time.resolve_times`` runs on the spaCy parse. The DCT's own tokens (the
dateline) are left out of both sides, as TempEval does.

Measures (HeidelTime reports 0.776 value F1 on TempEval-3):
- relaxed span F1: a prediction is right when it overlaps a gold TIMEX3 by at least a token;
  precision over predictions, recall over gold expressions;
- value F1: as above, but the overlapping pair must also have the same TIMEX3 value;
- type accuracy over gold expressions found.
Gold TIMEX3 with no token anchor (non-consuming TIMEX3: no text extent) are left out, as in
TempEval; their number is reported.
MEANTIME annotates only the first sentences of each article (the title, the dateline and four
more: no markable lies beyond sentence 5), so predictions are scored only inside the stretch of
text that carries markables (up to the end of the last sentence holding any markable).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # the checkout, when run from one
DEFAULT = ROOT.parent / "shared" / "corpus" / "meantime"
NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|''|”|’)$")
NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“", "‘", "#"}


@dataclass
class Gold:
    start: int
    end: int
    value: str
    type: str
    text: str


@dataclass
class DocCase:
    name: str
    text: str
    dct: dt.date | None
    dct_span: tuple[int, int] | None
    annotated_end: int = 0
    gold: list[Gold] = field(default_factory=list)


def parse_dct(value: str | None) -> dt.date | None:
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return dt.date.fromisoformat(value)
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)  # one file writes MM-DD-YYYY
    return dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2))) if m else None


def read_case(path: Path) -> DocCase:
    root = ET.parse(path).getroot()
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, str] = {}
    sentence_end: dict[str, int] = {}
    pos, prev_sent, prev_tok = 0, None, ""
    for tok in root.iter("token"):
        word = tok.text or ""
        sent = tok.get("sentence")
        if prev_sent is not None:
            sep = "\n" if sent != prev_sent else " "
            if sep == " " and (NO_SPACE_BEFORE.match(word) or prev_tok in NO_SPACE_AFTER):
                sep = ""
            parts.append(sep)
            pos += len(sep)
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        sentence_of[tok.get("t_id", "")] = sent or ""
        sentence_end[sent or ""] = pos + len(word)
        parts.append(word)
        pos += len(word)
        prev_sent, prev_tok = sent, word
    text = "".join(parts)
    case = DocCase(path.stem, text, None, None)
    marked = {
        sentence_of[a.get("t_id", "")]
        for a in root.iter("token_anchor")
        if a.get("t_id", "") in sentence_of
    }
    case.annotated_end = max((sentence_end[s] for s in marked), default=len(text))
    for tx in root.find("Markables").iter("TIMEX3"):  # type: ignore[union-attr]
        ids = [a.get("t_id", "") for a in tx.iter("token_anchor")]
        spans = [offsets[i] for i in ids if i in offsets]
        start, end = (min(s for s, _ in spans), max(e for _, e in spans)) if spans else (-1, -1)
        if tx.get("functionInDocument") == "CREATION_TIME":
            case.dct = parse_dct(tx.get("value"))
            case.dct_span = (start, end) if spans else None
            continue
        value = tx.get("value") or ""
        case.gold.append(Gold(start, end, value, tx.get("type") or "", text[start:end]))
    return case


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(cases: list[DocCase], show_errors: bool) -> dict[str, float]:
    from communique.nlp import load_nlp
    from communique.settings import load_settings
    from communique.time import resolve_times

    nlp = load_nlp(load_settings().spacy_model)
    n_pred = n_gold = span_pred = span_gold = val_pred = val_gold = type_ok = 0
    t0 = time.perf_counter()
    t_stage = 0.0
    for case, doc in zip(cases, nlp.pipe([c.text for c in cases], batch_size=16), strict=True):
        t1 = time.perf_counter()
        found = resolve_times(doc, case.dct)
        t_stage += time.perf_counter() - t1
        preds = [
            (f.start, f.end, v, k)
            for f, v, k in found
            if not (case.dct_span and overlaps((f.start, f.end), case.dct_span))
            and f.start < case.annotated_end
        ]
        golds = [g for g in case.gold if g.start >= 0]  # non-consuming TIMEX3 have no extent
        n_pred += len(preds)
        n_gold += len(golds)
        for p in preds:
            hits = [g for g in golds if g.start >= 0 and overlaps((p[0], p[1]), (g.start, g.end))]
            span_pred += bool(hits)
            val_pred += any(g.value == p[2] for g in hits)
            if show_errors and not hits:
                print(f"FP  {case.name[:40]:40} {case.text[p[0] : p[1]]!r} {p[2]}")
        for g in golds:
            near = [p for p in preds if g.start >= 0 and overlaps((p[0], p[1]), (g.start, g.end))]
            span_gold += bool(near)
            val_gold += any(p[2] == g.value for p in near)
            type_ok += any(p[3] == g.type for p in near)
            if show_errors and not any(p[2] == g.value for p in near):
                got = [(case.text[p[0] : p[1]], p[2]) for p in near]
                print(
                    f"{'FN' if not near else 'VAL'} {case.name[:40]:40} {g.text!r} {g.value} "
                    f"(dct {case.dct}) got {got}"
                )
    elapsed = time.perf_counter() - t0
    sp, sr = span_pred / max(n_pred, 1), span_gold / max(n_gold, 1)
    vp, vr = val_pred / max(n_pred, 1), val_gold / max(n_gold, 1)
    unanchored = sum(g.start < 0 for c in cases for g in c.gold)
    return {
        "documents": len(cases),
        "gold": n_gold,
        "gold_without_extent_left_out": unanchored,
        "predicted": n_pred,
        "span_precision": round(sp, 3),
        "span_recall": round(sr, 3),
        "span_f1": round(f1(sp, sr), 3),
        "value_precision": round(vp, 3),
        "value_recall": round(vr, 3),
        "value_f1": round(f1(vp, vr), 3),
        "type_accuracy": round(type_ok / max(span_gold, 1), 3),
        "seconds_total": round(elapsed, 1),
        "seconds_time_stage": round(t_stage, 2),
    }


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--errors", action="store_true", help="print every miss and false alarm")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    files = sorted((args.corpus / "intra-doc_annotation").glob("**/*.xml"))
    if not files:
        sys.exit(f"no MEANTIME files under {args.corpus}/intra-doc_annotation")
    scores = evaluate([read_case(f) for f in files], args.errors)
    if args.json:
        print(json.dumps(scores, indent=1))
    else:
        for k, v in scores.items():
            print(f"{k:20} {v}")


if __name__ == "__main__":
    main(sys.argv[1:])
