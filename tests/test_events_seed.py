"""The reference article (../shared, skipped when absent): the scorer's events component."""

from __future__ import annotations

import importlib.util
import json

from conftest import SEED_GOLD, SHARED, needs_shared


def _score_events(record):
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    return score.score_events(gold, score.Record(record.to_dict()))


@needs_shared
def test_reference_article_events_component(seed_record):
    s, why = _score_events(seed_record)
    assert s >= 0.75, why


@needs_shared
def test_reference_article_event_spans_and_fields(seed_record):
    assert seed_record.check_spans() == []
    ids = {a.id for a in seed_record.actors}
    quotes = {q.id for q in seed_record.quotes}
    for e in seed_record.events:
        assert e.source and set(e.source) <= ids and set(e.target) <= ids
        assert e.quote is None or e.quote in quotes
        assert "\n" not in e.evidence.text
        assert e.goldstein is not None and e.quad_class in (1, 2, 3, 4)
