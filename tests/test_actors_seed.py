"""The reference article: the actors component of the shared scorer must be 1.00."""

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
def test_reference_article_actors_score_one(seed_record) -> None:
    score = _scorer()
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    s, why = score.score_actors(gold, score.Record(seed_record.to_dict()))
    assert s == 1.0, why


@needs_shared
def test_reference_article_coreference(seed_record) -> None:
    rec = seed_record
    wang = next(a for a in rec.actors if a.name == "Wang Yi")
    texts = [m.text for m in wang.mentions]
    assert "The diplomat" in texts and "the former foreign minister" in texts
    assert "Director of the Office of the Central Foreign Affairs Commission" in (wang.role or "")
    assert not any(a.name == "Yang" and a.kb_id for a in rec.actors)  # never introduced
    assert rec.check_spans() == []
