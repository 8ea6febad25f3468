"""The fresh event-sentence set (``devsets/fresh/events/sentences.jsonl``, docs/annotation.md).

Each line names a sentence of a NAEB article by ``article`` ("naeb:<id>"), ``start`` and ``end``
(the text is rebuilt from the corpus, never stored) and gives its gold ``events`` (possibly
none), each with a PLOVER type, CAMEO code, mode and source/target country and agent. The
pipeline reads the sentence alone, dated by its article. Figures:

- type precision / recall / F1 over (sentence, PLOVER type) pairs;
- event_sentence_recall / no_event_precision: whether a sentence gets any event at all;
- dyad_of_found: of the gold events whose type was found, the share where one predicted event
  of that type has the gold source and target countries (a null gold side matches a side with
  no actor or an actor without a country); dyad_recall: the same over all gold events.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.evaluation.events_set import extract_all, read_sentences

if TYPE_CHECKING:
    from communique.pipeline import Pipeline, RawArticle


def is_fresh_format(rows: Sequence[Mapping[str, Any]]) -> bool:
    return bool(rows) and all("events" in r and ("article" in r or "text" in r) for r in rows)


def sentence_article(row: Mapping[str, Any], near: Path) -> RawArticle:
    from communique.evaluation.corpus import corpus_article
    from communique.pipeline import RawArticle

    if "text" in row:  # a set written by the project: the sentence is stored with its date
        return RawArticle(
            text=str(row["text"]),
            input=str(row.get("id")),
            published=str(row["published"]),
            published_from="cli",
        )
    art = corpus_article(str(row["article"]), near)
    return RawArticle(
        text=art.text[int(row["start"]) : int(row["end"])],
        input=str(row.get("id")),
        published=art.published,
        published_from="cli",
    )


def _countries(record: Mapping[str, Any], ids: Sequence[str]) -> set[str | None]:
    """The countries of a side, as the sentence gold writes them: an international body, which
    the record leaves without a country (an ISO code or null), is "IGO" (docs/annotation.md)."""
    out = {_country(a) for a in record.get("actors", []) if a.get("id") in ids}
    return out or {None}


def _country(actor: Mapping[str, Any]) -> str | None:
    if not actor.get("country") and str(actor.get("code") or "").startswith("IGO"):
        return "IGO"
    return actor.get("country")


def _side(gold: Mapping[str, Any] | None) -> str | None:
    return (gold or {}).get("country")


def dyad_right(gold: Mapping[str, Any], record: Mapping[str, Any]) -> bool:
    return any(
        e.get("plover") == gold["plover"]
        and _side(gold.get("source")) in _countries(record, e.get("source") or [])
        and _side(gold.get("target")) in _countries(record, e.get("target") or [])
        for e in record.get("events", [])
    )


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_fresh(
    golds: Sequence[Mapping[str, Any]], records: Sequence[Mapping[str, Any]]
) -> dict[str, float]:
    tp = fp = fn = found = dyads = n_events = 0
    ev_sent = ev_sent_hit = pred_sent = pred_sent_right = 0
    for g, rec in zip(golds, records, strict=True):
        gold_types = {e["plover"] for e in g["events"]}
        pred_types = {e.get("plover") for e in rec.get("events", [])}
        tp += len(gold_types & pred_types)
        fp += len(pred_types - gold_types)
        fn += len(gold_types - pred_types)
        ev_sent += bool(gold_types)
        ev_sent_hit += bool(gold_types) and bool(pred_types)
        pred_sent += bool(pred_types)
        pred_sent_right += bool(pred_types) and bool(gold_types)
        for e in g["events"]:
            n_events += 1
            if e["plover"] in pred_types:
                found += 1
                dyads += dyad_right(e, rec)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {
        "type_precision": round(p, 3),
        "type_recall": round(r, 3),
        "type_f1": round(_f1(p, r), 3),
        "event_sentence_recall": round(ev_sent_hit / ev_sent, 3) if ev_sent else 1.0,
        "event_sentence_precision": round(pred_sent_right / pred_sent, 3) if pred_sent else 1.0,
        "dyad_of_found": round(dyads / found, 3) if found else 0.0,
        "dyad_recall": round(dyads / n_events, 3) if n_events else 1.0,
    }


def evaluate_fresh(path: Path, pipeline: Pipeline, half: str | None = None) -> dict[str, float]:
    """Run the pipeline on every sentence of ``half`` (or all) and score them."""
    golds = [g for g in read_sentences(path) if half is None or g.get("half") == half]
    raws = [sentence_article(g, path.resolve().parent) for g in golds]
    return score_fresh(golds, extract_all(pipeline, raws))
