"""The time stage's own dev passages (devsets/time): scored with the shared scorer."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest

from communique.pipeline import Context
from communique.record import Article, ArticleRecord
from communique.settings import load_settings
from communique.time import run
from conftest import ROOT, SHARED

DEVSET = ROOT / "devsets" / "time"
GOLDS = sorted(DEVSET.glob("*.gold.json"))
SCORER = SHARED / "tools" / "score.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_devset_has_passages():
    assert len(GOLDS) >= 2
    for gold in GOLDS:
        data = json.loads(gold.read_text("utf-8"))
        assert (gold.parent / data["article"]).exists()
        assert data["times"]["required"] and data["amounts"]["required"]


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is absent")
@pytest.mark.parametrize("gold_path", GOLDS, ids=[g.stem for g in GOLDS])
def test_devset_passage(nlp, gold_path: Path):
    score = _scorer()
    gold = json.loads(gold_path.read_text("utf-8"))
    text = (gold_path.parent / gold["article"]).read_text("utf-8")
    rec = ArticleRecord(article=Article(id="dev"), text=text)
    run(nlp(text), rec, Context(load_settings(), dt.date.fromisoformat(gold["published"])))
    record = score.Record(rec.to_dict())
    times, why_t = score.score_times(gold, record)
    amounts, why_a = score.score_amounts(gold, record)
    assert times == 1.0, why_t
    assert amounts == 1.0, why_a
