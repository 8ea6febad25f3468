"""The reference article: every required time and amount resolved (scored by the shared scorer)."""

from __future__ import annotations

import importlib.util
import json

from conftest import SEED_GOLD, SHARED, needs_shared


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@needs_shared
def test_seed_times_and_amounts_score_one(seed_record):
    score = _scorer()
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    rec = score.Record(seed_record.to_dict())
    assert score.score_times(gold, rec)[0] == 1.0, score.score_times(gold, rec)[1]
    assert score.score_amounts(gold, rec)[0] == 1.0, score.score_amounts(gold, rec)[1]


@needs_shared
def test_seed_spans_and_types(seed_record):
    assert seed_record.check_spans() == []
    assert all(t.type in ("DATE", "TIME", "DURATION", "SET") for t in seed_record.times)
    assert all(isinstance(a.value, int) for a in seed_record.amounts if a.unit == "USD")
