"""The voice stage and the checks on the reference article, scored by the shared scorer against
the shared gold (read at test time; skipped without ../shared)."""

from __future__ import annotations

import importlib.util
import json

from conftest import SEED_GOLD, SHARED, needs_shared


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@needs_shared
def test_reference_article_voice_and_checks(seed_record):
    score = _scorer()
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    rec = score.Record(seed_record.to_dict())
    voice, why_voice = score.score_voice(gold, rec)
    checks, why_checks = score.score_checks(gold, rec)
    assert voice >= 0.8, why_voice
    assert checks == 1.0, why_checks
    assert seed_record.check_spans() == []


@needs_shared
def test_reference_article_summary(seed_record):
    s = seed_record.voice_summary
    assert s is not None and s.words > 300
    assert 0 < s.quoted_share < 1 and 0 < s.attributed_share <= 1
    assert s.loaded_author is not None and s.loaded_author >= 1
