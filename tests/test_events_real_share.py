"""The classifier's real-news share (training/events/real): labels by reference, never a sentence
of an evaluation set's test half, consistent with the crosswalk, split by article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.events import code
from conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "training" / "events" / "real"
LABELS = [json.loads(ln) for ln in (REAL / "labels.jsonl").read_text("utf-8").splitlines()]
CORPUS = SHARED / "corpus" / "naeb" / "articles.jsonl"


def _test_half_articles() -> set[str]:
    out: set[str] = set()
    for path in (ROOT / "devsets").glob("fresh*/events/sentences.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            if row.get("half") == "test":
                out.add(str(row.get("article")))
    manifest = json.loads((ROOT / "devsets/fresh/manifest.json").read_text("utf-8"))
    out |= {f"naeb:{a}" for a, half in manifest["articles"].items() if half == "test"}
    return out


def test_no_sentence_comes_from_an_article_of_a_test_half():
    assert not {r["article"] for r in LABELS} & _test_half_articles()


def test_every_label_names_a_drawn_sentence_and_no_article_straddles_the_split():
    refs = {}
    for sample in REAL.glob("sample_*.jsonl"):
        for line in sample.read_text("utf-8").splitlines():
            ref = json.loads(line)
            refs[ref["id"]] = (ref["article"], ref["start"], ref["end"])
    assert len(LABELS) == len(refs) > 3000
    assert all(refs[r["id"]] == (r["article"], r["start"], r["end"]) for r in LABELS)
    splits: dict[str, set[str]] = {}
    for r in LABELS:
        splits.setdefault(r["article"], set()).add(r["split"])
    assert all(len(s) == 1 for s in splits.values())


def test_every_event_type_follows_its_cameo_code():
    events = [e for r in LABELS for e in r["events"]]
    assert len(events) > 200
    assert all(code.plover(str(e["cameo"])) == e["plover"] for e in events)


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared is absent")
def test_offsets_rebuild_whole_sentences_from_the_corpus():
    texts = {}
    for line in CORPUS.read_text("utf-8").splitlines():
        art = json.loads(line)
        texts[f"naeb:{art['id']}"] = art["text"]
    spans = [texts[r["article"]][r["start"] : r["end"]] for r in LABELS]
    assert all(s and s == s.strip() and len(s.split()) >= 4 for s in spans)
