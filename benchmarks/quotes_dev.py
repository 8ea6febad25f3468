"""Accuracy of the quotes stage on the project's own quote passages (devsets/quotes/).

    python benchmarks/quotes_dev.py [GOLD_OR_DIR ...] [--oracle] [--para-breaks] [--verbose]

For every gold file: span F1 of direct/partial quotes (a prediction matches a gold quote when
the scorer's ``same_text`` holds: token overlap >= 0.8 of the longer text), recall of indirect
speech (the scorer's ``overlap`` >= 0.8), and speaker accuracy over the matched items (the
scorer's actor-name test). Totals are micro-averaged over all passages.

``--oracle`` replaces the actors stage's output by the gold's own actor mentions (each listed
mention string, every occurrence), so the numbers measure the quotes stage alone; without it
the whole pipeline runs, so speaker accuracy also depends on the actors stage.
``--para-breaks`` adds a sentence start after every line break before the parser (an
experiment for nlp.py: headlines otherwise run into the first paragraph's sentence).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from communique.evaluation.components import score_quotes
from communique.evaluation.matching import Names, RecordView, overlap, same_text
from communique.evaluation.runner import load_gold
from communique.pipeline import Pipeline, RawArticle
from communique.readers.text import read_text_file
from communique.record import Actor, ArticleRecord, Span, make_span

ROOT = Path(__file__).resolve().parents[1]


def oracle_actors(gold: dict[str, Any], text: str) -> list[Actor]:
    """Actors whose mentions are every occurrence of the gold's mention strings (longest
    first; a place already taken by a longer mention is not reused)."""
    ga = gold.get("actors", {})
    pairs = [
        (m, n, a)
        for n, a in enumerate(ga.get("required", []) + ga.get("optional", []))
        for m in a.get("mentions", []) or [a["name"]]
    ]
    taken: list[tuple[int, int]] = []
    spans: dict[int, list[Span]] = {}
    for m, n, _a in sorted(pairs, key=lambda p: -len(p[0])):
        for hit in re.finditer(r"(?<!\w)" + re.escape(m) + r"(?!\w)", text):
            s, e = hit.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            spans.setdefault(n, []).append(make_span(text, s, e, Span))
    allg = ga.get("required", []) + ga.get("optional", [])
    return [
        Actor(
            id=f"g{n}",
            name=allg[n]["name"],
            kind=allg[n].get("kind", "person"),
            country=allg[n].get("country"),
            mentions=sorted(ms, key=lambda x: x.start),
        )
        for n, ms in spans.items()
    ]


def run_one(pipeline: Pipeline, gold_path: Path, oracle: bool) -> dict[str, Any]:
    from communique import quotes

    gf = load_gold(gold_path)
    gold = gf.data
    raw = read_text_file(gf.article)
    if not isinstance(raw, RawArticle):
        raise raw
    if gold.get("published"):
        raw.published, raw.published_from = gold["published"], "cli"
    if oracle:
        record, ctx, text = pipeline.prepare(raw)
        doc = pipeline.nlp(text)
        record.actors = oracle_actors(gold, record.text)
        quotes.run(doc, record, ctx)
    else:
        record = pipeline.extract(raw)
    return measure(gold, record)


def measure(gold: dict[str, Any], record: ArticleRecord) -> dict[str, Any]:
    rec = RecordView(record.to_dict(), Names.of_gold(gold))
    preds = rec.rec["quotes"]
    gq = gold.get("quotes", {})
    req, opt, ind = gq.get("required", []), gq.get("optional", []), gq.get("indirect_required", [])
    dp = [p for p in preds if p["kind"] in ("direct", "partial")]
    hits = [(g, next((p for p in dp if same_text(g["text"], p["text"])), None)) for g in req]
    spurious = [
        p["text"] for p in dp if not any(same_text(g["text"], p["text"]) for g in req + opt)
    ]
    ihits = [
        (
            g,
            next(
                (
                    p
                    for p in preds
                    if p["kind"] == "indirect" and overlap(g["text"], p["text"]) >= 0.8
                ),
                None,
            ),
        )
        for g in ind
    ]
    found = [(g, p) for g, p in hits + ihits if p is not None]
    right = sum(
        rec.is_actor(p.get("speaker"), g["speaker"])
        or bool(g.get("also_speaker") and rec.is_actor(p.get("speaker"), g["also_speaker"]))
        for g, p in found
    )
    misses = [g["text"] for g, p in hits + ihits if p is None]
    wrong = [
        (g["text"][:50], g["speaker"])
        for g, p in found
        if not (
            rec.is_actor(p.get("speaker"), g["speaker"])
            or (g.get("also_speaker") and rec.is_actor(p.get("speaker"), g["also_speaker"]))
        )
    ]
    return {
        "dp_gold": len(req),
        "dp_found": sum(p is not None for _, p in hits),
        "dp_pred": sum(any(same_text(g["text"], p["text"]) for g in req) for p in dp)
        + len(spurious),
        "dp_spurious": len(spurious),
        "ind_gold": len(ind),
        "ind_found": sum(p is not None for _, p in ihits),
        "matched": len(found),
        "speaker_right": right,
        "score": score_quotes(gold, rec)[0],
        "misses": misses,
        "spurious": spurious,
        "wrong_speaker": wrong,
    }


def add_paragraph_breaks(pipeline: Pipeline) -> None:
    """Experiment: make every line break a sentence start before the parser runs, so that a
    headline or a previous paragraph never runs into a sentence (see the report)."""
    from spacy.language import Language

    if "para_breaks" not in Language.factories:

        @Language.component("para_breaks")
        def para_breaks(doc: Any) -> Any:
            for t in doc[1:]:
                if "\n" in doc[t.i - 1].text:
                    t.is_sent_start = True
            return doc

    if "para_breaks" not in pipeline.nlp.pipe_names:
        pipeline.nlp.add_pipe("para_breaks", before="parser")


def main(argv: list[str]) -> None:
    oracle, verbose = "--oracle" in argv, "--verbose" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")] or [ROOT / "devsets" / "quotes"]
    golds = [g for p in paths for g in (sorted(p.glob("*.gold.json")) if p.is_dir() else [p])]
    pipeline = Pipeline()
    if "--para-breaks" in argv:
        add_paragraph_breaks(pipeline)
    tot: dict[str, float] = {}
    for g in golds:
        r = run_one(pipeline, g, oracle)
        for k, v in r.items():
            if isinstance(v, int | float):
                tot[k] = tot.get(k, 0) + v
        print(
            f"{g.name:40} score {r['score']:.2f}  direct/partial {r['dp_found']}/{r['dp_gold']}"
            f"  indirect {r['ind_found']}/{r['ind_gold']}  speakers {r['speaker_right']}/"
            f"{r['matched']}  spurious {r['dp_spurious']}"
        )
        if verbose:
            for k in ("misses", "spurious", "wrong_speaker"):
                for item in r[k]:
                    print(f"    {k}: {item}")
    p = tot["dp_found"] / tot["dp_pred"] if tot.get("dp_pred") else 1.0
    r_ = tot["dp_found"] / tot["dp_gold"] if tot.get("dp_gold") else 1.0
    f1 = 2 * p * r_ / (p + r_) if p + r_ else 0.0
    print(f"\n{len(golds)} passages ({'oracle actors' if oracle else 'full pipeline'})")
    print(f"direct/partial span P {p:.3f} R {r_:.3f} F1 {f1:.3f}")
    print(f"indirect recall {tot['ind_found'] / max(tot['ind_gold'], 1):.3f}")
    print(
        f"speaker accuracy (matched items) {tot['speaker_right'] / max(tot['matched'], 1):.3f}"
        f"  ({int(tot['speaker_right'])}/{int(tot['matched'])})"
    )
    print(f"mean scorer quotes component {tot['score'] / max(len(golds), 1):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
